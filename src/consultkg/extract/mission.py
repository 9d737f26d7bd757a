"""Mission summaries: title block, overview, key messages, meeting takeaways.

:func:`extract_mission` takes the logical lines of a record and returns the
parts of a :class:`~consultkg.model.Record` (see :mod:`consultkg.extract`).
"""
from __future__ import annotations

import re

from ..model import Consultation, Block, Person
from . import countries
from .common import Mapper, evidence, initiatives_in, key_messages
from .meetings import read_meeting
from .outline import outline, title_length
from .roles import find_meetings, section_cue
from .orgs import OrgRegistry
from .parts import Parts
from .titleblock import parse_title


def extract_mission(lines: list[Block], mapper: Mapper, path: str) -> Parts:
    """A mission summary read by its outline: the title block, then sections; meetings are the
    sections that hold participants or discussion (:func:`.roles.find_meetings`), the overview and
    key messages the sections whose headings the lexicon knows as such."""
    n = title_length(lines)
    title_lines = lines[:n]
    root = outline(lines[n:])
    found = find_meetings(root, mapper)
    cued = {section_cue(sec): sec for sec in reversed(list(root.walk())) if section_cue(sec)}
    tb = parse_title([ln.text for ln in title_lines])
    parts = Parts(warnings=[])
    overview = cued["overview"].all_blocks() if "overview" in cued else []
    if not tb.start:
        from .dates import find_dates
        dates = find_dates(" ".join(ln.text for ln in overview))
        if dates:
            tb.start, tb.end = dates.start, dates.end
    country = tb.country or _country_in(overview)
    label = _label(tb.city, country, tb.audience)
    parts.consultation = Consultation(
        label=label, start=tb.start, end=tb.end, city=tb.city, country=country,
        stakeholder_group=tb.stakeholder_group, audience=tb.audience, strategy=tb.strategy, campaign=tb.campaign,
        evidence=evidence(title_lines[0]) if title_lines else None)
    parts.title = " ".join(ln.text for ln in title_lines if not ln.text.startswith("#"))[:300] or label

    reg = OrgRegistry()
    people: dict[str, Person] = {}
    for pos, sec in enumerate(found, start=1):
        head = sec.heading if sec.heading is not None else Block(f"Meeting {pos}", sec.line or 1)
        meeting, ppl = read_meeting(pos, head, sec.all_blocks(), reg, country, mapper, tb.stakeholder_group,
                                    parts.not_read)
        parts.meetings.append(meeting)
        for p in ppl:
            people.setdefault(p.key, p)
        if not meeting.participants:
            parts.warnings.append(f"line {head.lineno}: meeting '{meeting.label}' lists no participants")
        if not meeting.mentions:
            parts.warnings.append(f"line {head.lineno}: meeting '{meeting.label}' names no themes")
    km_lines = cued["key_messages"].all_blocks() if "key_messages" in cued else []
    parts.key_messages = key_messages(km_lines, mapper)
    for msg, ln in zip(parts.key_messages, [x for x in km_lines if x.bullet is not None] or km_lines):
        msg.mentions = org_mentions(ln.text, reg)
    for ln in lines:
        parts.add_initiatives(initiatives_in(ln))
    for name in ("overview", "key_messages"):
        if name not in cued:
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
