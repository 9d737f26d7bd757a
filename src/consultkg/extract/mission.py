"""Mission summaries: title block, overview, key messages, meeting takeaways.

:func:`extract_mission` takes the logical lines of a record and returns the
parts of a :class:`~consultkg.model.Record` (see :mod:`consultkg.extract`).
"""
from __future__ import annotations

import re

from ..model import Consultation, Block, Person
from . import countries
from .common import Mapper, evidence, initiatives_in, key_messages
from ..lexicon import MEETING_HEADING, PARTICIPANTS, SECTION_LINE
from .meetings import read_meeting
from .orgs import OrgRegistry
from .parts import Parts
from .titleblock import parse_title


def sections(lines: list[Block]) -> dict[str, tuple[int, int]]:
    """Where each section heading's lines start and end: ``{"key_messages": (i, j), ...}``."""
    marks = [(i, SECTION_LINE.match(ln.text).lastgroup) for i, ln in enumerate(lines) if SECTION_LINE.match(ln.text)]
    out: dict[str, tuple[int, int]] = {}
    for n, (i, name) in enumerate(marks):
        end = marks[n + 1][0] if n + 1 < len(marks) else len(lines)
        out.setdefault(name, (i + 1, end))
    return out


def is_meeting_heading(line: Block) -> bool:
    return bool(MEETING_HEADING.match(line.text)) or (line.heading is not None and not SECTION_LINE.match(line.text))


def split_meetings(lines: list[Block]) -> list[tuple[Block, list[Block]]]:
    """Meeting headings with the lines each governs; "Participants:" starts one when headings are missing."""
    meetings: list[tuple[Block, list[Block]]] = []
    heads = [i for i, ln in enumerate(lines) if is_meeting_heading(ln) and ln.bullet is None]
    if not heads:
        parts = [i for i, ln in enumerate(lines) if PARTICIPANTS.match(ln.text)]
        for n, i in enumerate(parts):
            end = parts[n + 1] if n + 1 < len(parts) else len(lines)
            label = lines[i - 1] if i > 0 and lines[i - 1].bullet is None else Block(f"Meeting {n + 1}", lines[i].lineno)
            meetings.append((label, lines[i:end]))
        return meetings
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        meetings.append((lines[i], lines[i + 1:end]))
    return meetings


def extract_mission(lines: list[Block], mapper: Mapper, path: str) -> Parts:
    secs = sections(lines)
    first_mark = min([s for s, _ in secs.values()] + [len(lines) + 1]) - 1
    # a heading before the first section is the title ("# Consultation summary", Word's Title style), not a meeting
    first_meeting = next((i for i, ln in enumerate(lines)
                          if MEETING_HEADING.match(ln.text) or PARTICIPANTS.match(ln.text)
                          or (is_meeting_heading(ln) and i > first_mark)), len(lines))
    title_end = min(first_mark, first_meeting)
    title_lines = lines[:title_end]
    tb = parse_title([ln.text for ln in title_lines])
    parts = Parts(warnings=[])
    overview = lines[slice(*secs["overview"])] if "overview" in secs else []
    if not tb.start:
        from .dates import find_dates
        found = find_dates(" ".join(ln.text for ln in overview))
        if found:
            tb.start, tb.end = found.start, found.end
    country = tb.country or _country_in(overview)
    label = _label(tb.city, country, tb.audience)
    parts.consultation = Consultation(
        label=label, start=tb.start, end=tb.end, city=tb.city, country=country,
        stakeholder_group=tb.stakeholder_group, audience=tb.audience, strategy=tb.strategy, campaign=tb.campaign,
        evidence=evidence(title_lines[0]) if title_lines else None)
    parts.title = " ".join(ln.text for ln in title_lines if not ln.text.startswith("#"))[:300] or label

    reg = OrgRegistry()
    if "takeaways" in secs:
        region = lines[slice(*secs["takeaways"])]
    else:
        taken = {i for a, b in secs.values() for i in range(a - 1, b)}
        region = [ln for i, ln in enumerate(lines) if i >= title_end and i not in taken]
    people: dict[str, Person] = {}
    for pos, (head, body) in enumerate(split_meetings(region), start=1):
        meeting, ppl = read_meeting(pos, head, body, reg, country, mapper, tb.stakeholder_group, parts.not_read)
        parts.meetings.append(meeting)
        for p in ppl:
            people.setdefault(p.key, p)
        if not meeting.participants:
            parts.warnings.append(f"line {head.lineno}: meeting '{meeting.label}' lists no participants")
        if not meeting.mentions:
            parts.warnings.append(f"line {head.lineno}: meeting '{meeting.label}' names no themes")
    km_lines = lines[slice(*secs["key_messages"])] if "key_messages" in secs else []
    parts.key_messages = key_messages(km_lines, mapper)
    for msg, ln in zip(parts.key_messages, [x for x in km_lines if x.bullet is not None] or km_lines):
        msg.mentions = org_mentions(ln.text, reg)
    for ln in lines:
        parts.add_initiatives(initiatives_in(ln))
    for name in ("overview", "key_messages", "takeaways"):
        if name not in secs:
            parts.warnings.append(f"section {name.replace('_', ' ')} not found")
    parts.organisations = list(reg)
    parts.people = list(people.values())
    return parts


_ORG_MENTION = re.compile(
    r"\b(?:Ministry|Ministerio|Minist[èe]re|Government|Gobierno|Gouvernement|Embassy|Embajada|Ambassade)"
    r"(?:\s+(?:of|for|de|del|du|des|de la|d'|and|y|et|la|el|le|[A-ZÀ-Ý][\w'’\-]*))+")


def org_mentions(text: str, reg: OrgRegistry) -> list[str]:
    """Keys of known organisations a sentence names, short forms included ("Ministry of Inclusion")."""
    keys = []
    for m in _ORG_MENTION.finditer(text):
        name = re.sub(r"\s+(?:of|for|de|del|du|des|de la|and|y|et|la|el|le)$", "", m.group(0))
        key = reg.resolve(name)
        if key and key not in keys:
            keys.append(key)
    for org in reg:
        if org.acronym and re.search(rf"\b{re.escape(org.acronym)}\b", text) and org.key not in keys:
            keys.append(org.key)
    return keys


def _country_in(lines: list[Block]) -> str | None:
    for ln in lines:
        m = re.search(r"\b(?:in|en|au|aux)\s+((?:[A-ZÀ-Ý][\w'’\-]*\s*){1,4})", ln.text)
        if m and countries.find_country(m.group(1)):
            return countries.find_country(m.group(1))
    return None


def _label(city: str | None, country: str | None, audience: str | None) -> str:
    place = ", ".join(x for x in (city, country) if x)
    label = "Consultation mission" + (f", {place}" if place else "")
    return label + (f": {audience}" if audience else "")
