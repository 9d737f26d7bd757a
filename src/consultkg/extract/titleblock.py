"""The title block of a record: campaign, strategy, dates, place and audience.

    >>> tb = parse_title(["#AccelerateEquality", "WORLD BANK GROUP 2024-2030 GENDER STRATEGY CONSULTATION",
    ...                   "March 6-9, 2023", "Nairobi, Kenya", "Civil Society Organizations"])
    >>> tb.city, tb.country, tb.start, tb.stakeholder_group, tb.strategy
    ('Nairobi', 'Kenya', '2023-03-06', 'civil-society', 'World Bank Group Gender Strategy 2024-2030')
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import cased
from . import countries
from .dates import find_dates
from ..lexicon import CITY_PARTICLE, FIELD_LABEL, STRATEGY, TITLE_END, WORLD_BANK
from ..lexicon import stakeholder_group as _stakeholder_group

_STRATEGY = STRATEGY  # "gender strategy", "estrategia de género", "estratégia de gênero" (lexicon)
_WBG = WORLD_BANK  # "World Bank", "WBG", "Banco Mundial", "GBM" (lexicon)
_YEARS = re.compile(r"\b(20\d\d)\s*[-–]\s*(20\d\d)\b")
_HASHTAG = re.compile(r"#\w+")
_PLACE = re.compile(cased(r"(?P<city>[\p{Lu}][\w'’.\-]*(?:\s+(?:%s\s+)*[\p{Lu}][\w'’.\-]*){0,4})"
                    r"\s*,\s*(?P<rest>\S.*)$") % CITY_PARTICLE)


@dataclass
class TitleBlock:
    campaign: str | None = None
    strategy: str | None = None
    start: str | None = None
    end: str | None = None
    date_text: str | None = None
    city: str | None = None
    country: str | None = None
    audience: str | None = None
    stakeholder_group: str | None = None


def strategy_label(text: str) -> str | None:
    """A canonical strategy name: "World Bank Group Gender Strategy 2024-2030" in any language."""
    if not _STRATEGY.search(text):
        return None
    years = _YEARS.search(text)
    span = f" {years.group(1)}-{years.group(2)}" if years else ""
    owner = "World Bank Group " if _WBG.search(text) else ""
    return f"{owner}Gender Strategy{span}"


# The ckga: group an audience line names; "multi-stakeholder" when it names several (the lexicon's
# matcher: "Government, Parliamentarians and Civil Society" -> multi-stakeholder, "Parliamentarians"
# alone -> parliamentarians, never also government).
stakeholder_group = _stakeholder_group


def _place(text: str) -> tuple[str, str, str] | None:
    """(city, country, what follows) from "Lima, Peru Government Representatives"."""
    for m in _PLACE.finditer(text):
        rest_words = m.group("rest").split()
        for n in range(min(6, len(rest_words)), 0, -1):
            cand = " ".join(rest_words[:n]).rstrip(".,;")
            if countries.country_code(cand):
                city_words = m.group("city").split()
                # drop leading words that are not the city ("SUMMARY Lima")
                if not all(w.isupper() for w in city_words):
                    while len(city_words) > 1 and city_words[0].isupper() and len(city_words[0]) > 1:
                        city_words = city_words[1:]
                return " ".join(city_words), countries.find_country(cand), " ".join(rest_words[n:])
    return None


def parse_title(lines: list[str]) -> TitleBlock:
    """Read the title block (a few short lines, or one long one) of a record."""
    tb = TitleBlock()
    text = " \n".join(lines)
    tag = _HASHTAG.search(text)
    tb.campaign = tag.group(0) if tag else None
    tb.strategy = strategy_label(text)
    dates = find_dates(text)
    if dates:
        tb.start, tb.end, tb.date_text = dates.start, dates.end, dates.text
    for ln in lines:
        rest = ln.replace(tb.date_text, " ") if tb.date_text else ln
        if _STRATEGY.search(rest):
            rest = _after_strategy_line(rest)
        place = _place(rest.strip())
        if place:
            tb.city, tb.country, after = place
            audience = after.strip() or _next_line(lines, ln)
            if audience:
                tb.audience = audience
            break
    if tb.audience is None:
        for ln in reversed(lines):  # "Where: Chandaria Auditorium, University of Nairobi" is a venue, no audience
            field = FIELD_LABEL.match(ln)
            if field and (field.group("venue") or field.group("date")):
                continue
            if not _STRATEGY.search(ln) and stakeholder_group(ln) and len(ln) < 120:
                tb.audience = ln.strip()
                break
    if tb.audience:
        tb.stakeholder_group = stakeholder_group(tb.audience)
    return tb


def _after_strategy_line(text: str) -> str:
    """In a one-line title keep only what follows the strategy words and the date."""
    ends = [m.end() for m in TITLE_END.finditer(text)]  # "summary", "consulta", "synthèse", "missão"
    return text[ends[-1]:] if ends else ""


def _next_line(lines: list[str], line: str) -> str | None:
    i = lines.index(line)
    for nxt in lines[i + 1:]:
        if nxt.strip() and not find_dates(nxt):
            return nxt.strip()
    return None
