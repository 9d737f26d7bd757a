"""The title block of a record: campaign, strategy, dates, place and audience.

    >>> tb = parse_title(["#AccelerateEquality", "WORLD BANK GROUP 2024-2030 GENDER STRATEGY CONSULTATION",
    ...                   "March 6-9, 2023", "Nairobi, Kenya", "Civil Society Organizations"])
    >>> tb.city, tb.country, tb.start, tb.stakeholder_group, tb.strategy
    ('Nairobi', 'Kenya', '2023-03-06', 'civil-society', 'World Bank Group Gender Strategy 2024-2030')
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import cased, fold
from . import countries
from .dates import find_dates
from ..lexicon import CITY_PARTICLE, FIELD_LABEL, FUNCTION_WORDS, STRATEGY, TITLE_END, WORLD_BANK, without_groups
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
    if tb.audience is None:
        tb.audience = audience_segment(lines, tb.date_text)
    if tb.audience:
        tb.stakeholder_group = stakeholder_group(tb.audience)
    return tb


_SEGMENT = re.compile(r"\s[|·•—–-]\s|:\s|\|")


def audience_segment(lines: list[str], date_text: str | None) -> str | None:
    """A part of a title line, between the strategy's name, the Bank's, the date and separators, that is mostly
    words of stakeholder groups ("VIRTUAL CONSULTATION WITH THE PRIVATE SECTOR World Bank Group ...",
    "Parlamentares dos PALOP e a Estratégia ...", "Dakar, 13-15 septembre 2023 · Autorités, société civile").

    >>> audience_segment(["READOUT | CONSULTATION WITH THE PRIVATE SECTOR World Bank Group Gender Strategy"], None)
    'CONSULTATION WITH THE PRIVATE SECTOR'
    """
    for ln in lines:
        text = ln.replace(date_text, " | ") if date_text else ln
        text = _WBG.sub(" | ", _STRATEGY.sub(" | ", text))
        for seg in _SEGMENT.split(text):
            seg = seg.strip(" ,;.")
            while len(seg.split()) > 1 and fold(seg.split()[-1]) in FUNCTION_WORDS:
                seg = seg.rsplit(maxsplit=1)[0]  # "Parlamentares dos PALOP e a| Estratégia"
            if seg and len(seg) < 120 and _stakeholder_group(seg) and _mostly_groups(seg):
                return seg
    return None


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


_VALUE_END = re.compile(cased(r"(?<=\w)[.;]\s|\s+(?=[\p{Lu}]{4,}\b(?![\p{Ll}]))"))  # a sentence's end, a heading


def audience_field(fields: list[str]) -> str | None:
    """The audience a field of the head names, whatever its label ("Audiences: legislators, national government,
    women's rights organizations PURPOSE The ..." gives "legislators, ..., organizations"): the first field, not
    a date's or a venue's, whose value up to a heading in capitals or its sentence's end is mostly words of
    stakeholder groups.

    >>> audience_field(["Date: 9 October 2023", "Audiences: legislators, national government PURPOSE The team"])
    'legislators, national government'
    >>> audience_field(["Japão: Agência de Cooperação Internacional do Japão (JICA)"]) is None
    True
    """
    for text in fields:
        label, _, value = text.partition(":")
        value = _VALUE_END.split(value.strip(), maxsplit=1)[0].strip(" .;")
        if FIELD_LABEL.match(text) or len(label.split()) > 3 or not value or len(value) > 120:
            continue
        if _stakeholder_group(value) and _mostly_groups(value):
            return value
    return None


def _mostly_groups(value: str) -> bool:
    """Half the content words of ``value`` at least are words of stakeholder groups."""
    def content(text: str) -> list[str]:
        return [w for w in re.findall(r"[^\W\d_]+", text) if fold(w) not in FUNCTION_WORDS]
    words = content(value)
    return bool(words) and len(content(without_groups(value))) * 2 <= len(words)
