"""Event readouts: "Inputs for WBG Gender Strategy: <Event>", date, venue, stance,
"Comments from:" and "Suggestions and Insights:" with two-level bullets."""
from __future__ import annotations

import re

from ..model import TABLE, Block, Consultation, Meeting, NotRead, cut
from . import countries
from .topics import listed_topics
from .initiatives import initiatives_in
from .common import (Mapper, evidence, group_of_org_types, key_messages, mentions_from,
                     stance_of, themes_after_lead, topic_mentions)
from .dates import find_dates
from ..lexicon import FIELD_LABEL, SECTION_LINE, SECTION_PATTERNS
from .orgs import OrgRegistry
from .participants import parse_entry
from .participant_tables import table_participants
from .parts import Parts
from .titleblock import _place, strategy_label


def _section_of(line: Block) -> str | None:
    m = SECTION_LINE.match(line.text)
    return m.lastgroup if m else None


_COMMENTS_FROM = re.compile(r"^\s*(?:%s)\s*:\s*(\S.*)$" % SECTION_PATTERNS["comments_from"], re.IGNORECASE)


def _inline_section(line: Block) -> tuple[str, str] | None:
    """"Comments from: A; B" written on one line."""
    m = _COMMENTS_FROM.match(line.text)
    return ("comments_from", m.group(1)) if m else None


def _entries(line: Block, start: int = 0) -> list[Block]:
    """The entries of "A; B; C" from ``start`` in ``line``, each a block of its own (offsets kept)."""
    return [cut(line, start + m.start(), start + m.end())
            for m in re.finditer(r"[^;]+", line.text[start:]) if m.group().strip()]


def place_of_venue(venue: str) -> tuple[str | None, str | None]:
    """(city, country) of "Kafue Riverside Conference Centre, Lusaka, Zambia".

    >>> place_of_venue("Kafue Riverside Conference Centre, Lusaka, Zambia"), place_of_venue("Tegucigalpa, M.D.C., Honduras")
    (('Lusaka', 'Zambia'), ('Tegucigalpa', 'Honduras'))
    """
    parts = [p.strip() for p in venue.split(",") if p.strip()]
    if parts and countries.country_code(parts[-1]):
        country = countries.find_country(parts[-1])
        before = parts[-2::-1]  # the city: one the gazetteer knows, else the nearest part written in words (not
        known = [p for p in before if countries.find_city(p)]  # "M.D.C." of "Tegucigalpa, M.D.C., Honduras")
        worded = [p for p in before if any(c.islower() for c in p)]
        return next(iter(known + worded + before), None), country
    place = _place(venue)
    return (place[0], place[1]) if place else (None, countries.find_country(venue))


def extract_readout(lines: list[Block], mapper: Mapper, path: str) -> Parts:
    parts = Parts()
    title_line = lines[0]
    event = title_line.text.split(":", 1)[1].strip() if ":" in title_line.text else title_line.text
    reg = OrgRegistry()
    head, comments, suggestions = [], [], []
    under = {"comments_from": comments, "suggestions": suggestions}  # the lines under each section; else the head
    current = None
    for ln in lines[1:]:
        sec = _section_of(ln)
        inline = _inline_section(ln)
        if sec in ("comments_from", "suggestions"):
            current = sec
            continue
        if inline:
            current = "comments_from"
            comments.extend(_entries(ln, _COMMENTS_FROM.match(ln.text).start(1)))
            continue
        under.get(current, head).append(ln)
    dates = find_dates(" ".join(ln.text for ln in [title_line] + head[:4]))
    venue, city, country = None, None, None
    stance, stance_text = "NoStanceStated", None
    for ln in head:
        if dates and dates.text in ln.text and len(ln.text) <= len(dates.text) + 20:
            continue
        field = FIELD_LABEL.match(ln.text)
        if field and field.group("date"):
            continue
        if venue is None and len(ln.text.split()) <= 14 and not ln.text.endswith(".") and not stance_of(ln.text):
            venue = ln.text[field.end():].strip() if field and field.group("venue") else ln.text.strip()
            city, country = place_of_venue(venue)
            continue
        found = stance_of(ln.text)
        if found and stance_text is None:
            stance, stance_text = found, ln.text
    meeting = Meeting(position=1, label=event, stance=stance, stance_text=stance_text, evidence=evidence(title_line))
    for table in (c for c in comments if c.kind == TABLE):  # "Comments from:" as a table of Name | Position | Org
        rejected_rows: list = []
        orgs, people = table_participants(table, reg, country, rejected_rows)
        parts.not_read += [NotRead(at, t, why, table.page) for t, why, at in rejected_rows]
        meeting.participants += [k for k in orgs if k not in meeting.participants]
        parts.people += people
    for ln in [e for c in comments if c.kind != TABLE for e in _entries(c)]:
        rejected: list[tuple[str, str]] = []
        orgs, people = parse_entry(ln.text, reg, country, evidence(ln), rejected=rejected)
        parts.not_read += [NotRead(ln.lineno, t, why, ln.page) for t, why in rejected]
        meeting.participants += [k for k in orgs if k not in meeting.participants]
        parts.people += people
        meeting.participants += [p.organisation for p in people if p.organisation and p.organisation not in meeting.participants]
    meeting.people = [p.key for p in parts.people]
    themes_line = next((ln for ln in head + suggestions if themes_after_lead(ln.text)), None)
    if themes_line:
        listed = themes_after_lead(themes_line.text)
        meeting.mentions = mentions_from(listed_topics(listed, mapper), themes_line, mapper)
    else:
        meeting.mentions = topic_mentions([ln for ln in suggestions if ln.bullet in (1, None)], mapper)
    parts.meetings = [meeting]
    parts.key_messages = key_messages(suggestions, mapper)
    for ln in head + suggestions:
        parts.add_initiatives(initiatives_in(ln))
    parts.organisations = list(reg)
    group = group_of_org_types([o.org_type for o in parts.organisations])
    parts.consultation = Consultation(
        label=event, start=dates.start if dates else None, end=dates.end if dates else None, city=city,
        country=country, stakeholder_group=group, strategy=strategy_label(title_line.text), venue=venue,
        evidence=evidence(title_line))
    parts.title = title_line.text
    if not comments:
        parts.warnings.append("section 'Comments from' not found")
    if not suggestions:
        parts.warnings.append("section 'Suggestions and Insights' not found")
    return parts
