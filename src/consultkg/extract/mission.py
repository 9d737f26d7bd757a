"""Mission summaries: title block, overview, key messages, meeting takeaways.

:func:`extract_mission` takes the logical lines of a record and returns the
parts of a :class:`~consultkg.model.Record` (see :mod:`consultkg.extract`).
"""
from __future__ import annotations

import re

from ..text import cased, clock_lead, run_in_label, sentences
from ..lexicon import (FIELD_LABEL, MEETING_HEADING, MEETING_PROSE, NOT_DISCUSSED, PARTICIPANTS, NAME_ELISION, NAME_LINK, OF_WORD, ORG_HEADS,
                       PLACE_PREPOSITION, stakeholder_group)
from ..lexicon.phrases import alternation
from ..model import ITEM, TABLE, Consultation, Block, Person
from . import countries
from .common import TRAILING_LINK, Mapper, tells_of_meeting, evidence, group_of_org_types, key_messages, stance_of, strong_concepts
from .initiatives import initiatives_in
from .meetings import read_meeting
from .outline import RANK, Section, names_a_date
from .titleblock import audience_field, audience_segment
from .prose import first_person_at
from .prose_names import names_in_prose
from .roles import (ENTRIES, Layout, holds_discussion, holds_participants, names_who_took_part, is_statement, read_layout, roles_of,
                    section_cue)
from .names import has_honorific
from .name_lines import pair_name_lines
from .entities import is_sentence
from .orgs import OrgRegistry
from .parts import Parts
from .titleblock import parse_title
from .wrapper import addressing


def extract_mission(lines: list[Block], mapper: Mapper, path: str, layout: Layout | None = None,
                    one_event: bool = False) -> Parts:
    """A mission summary read by its outline: the title block, then sections; meetings are the
    sections that hold participants or discussion (:func:`.roles.find_meetings`), the overview and
    key messages the sections whose headings the lexicon knows as such. ``one_event``: the record says it
    is an event's readout, so all of it is that event's one exchange."""
    layout = layout or read_layout(lines, mapper)
    n, root, found = layout.title, layout.root, list(layout.meetings)
    title_lines = lines[:n]
    inside_ = {id(s) for m in found for s in m.walk()}  # "What we heard" within a meeting is that meeting's
    cued = {section_cue(sec): sec for sec in reversed(list(root.walk())) if section_cue(sec) and id(sec) not in inside_}
    addressed = addressing(lines[:n + 15])  # a memo's "Para: ... (Washington)", "Data: ...": the message's own
    tb = parse_title([ln.text for ln in title_lines if id(ln) not in addressed])
    fields = head_fields(lines[:n + 12])
    _fill_from_fields(tb, fields, [b.text for b in lines[n:n + 2] if b.kind != TABLE])
    dated = _dated_sections(root, mapper)
    if len(found) < 2 and len(dated) >= 2:
        found = dated  # a journal of the mission: sections headed by their day, whoever the prose names
    days = max(len(dated), sum(sec.heading is not None and names_a_date(sec.title) for sec in found))
    # one list of who took part, under no meeting heading ("Annex: participants", or none): one event
    event = sum(names_who_took_part(sec, mapper) for sec in found) <= 1 and not any(
        sec.heading is not None and MEETING_HEADING.match(sec.title) for sec in found) and days < 2 \
        and not (not found and not one_event and len(prose_meetings(root, set(), mapper)) >= 2)  # a mission told in prose
    # lists of who took part that say nothing, and the discussion in sections of its own ("Ouverture et
    # panel", "Structures représentées" / "Ce que nous avons retenu"): the lists of one event
    inside_found = {id(b) for sec in found for b in sec.all_blocks()}
    summaries = {id(b) for sec in root.walk() if section_cue(sec) in ("overview", "key_messages", "next_steps")
                 for b in sec.all_blocks()} - inside_found  # what the record sums up is no discussion of its own
    # (the meetings an outline hangs under "Main takeaways", one heading level down, are not summed up)
    cited = {id(b) for sec in root.walk() if section_cue(sec) == "initiatives" for b in sec.all_blocks()}
    # "Initiatives referred to": programmes named, never participants of any meeting
    event = event or (bool(found) and not any(_says(sec.all_blocks(), mapper) for sec in found)
                      and not any(sec.heading is not None and MEETING_HEADING.match(sec.title) for sec in found)
                      and _says([b for b in root.all_blocks() if id(b) not in inside_found | summaries], mapper))
    one_place_one_day = bool(tb.start) and tb.start == tb.end and any(  # "Fecha: martes 21 de noviembre" and
        (m := FIELD_LABEL.match(f)) and m.group("venue") for f in fields)  # "Lugar: ...": an event's head
    event = event or one_event or (one_place_one_day and days < 2
                                   and not any(sec.heading is not None and MEETING_HEADING.match(sec.title)
                                               for sec in found))
    if event:  # one event (a workshop, a webinar, a panel): the whole record is its one exchange
        pairs = pair_name_lines(lines[n:])  # "Mr. Habil Odhiambo Were" over his post: a participant, no heading
        named = set(pairs) | {id(b) for b in pairs.values()}
        headings = {id(sec.heading) for sec in root.walk() if sec.heading is not None} - named  # "1. Contexte"
        whole = Section(title_lines[0] if title_lines else None, 0,
                        blocks=[b for b in lines[n:] if id(b) not in headings | cited])
        found = [whole]
    parts = Parts(warnings=[], family="EventReadout" if event else None)
    overview = cued["overview"].all_blocks() if "overview" in cued else []
    if not tb.start:  # the first dates of the head (a "When" field, a date line), else of the overview
        from .dates import find_dates
        for texts in ([b.text for b in lines[:n + 8] if b.kind != TABLE and id(b) not in addressed]
                      + head_fields(lines[:n + 12]),
                      [ln.text for ln in overview]):
            dates = next((d for d in map(find_dates, texts) if d), None)
            if dates:
                tb.start, tb.end = dates.start, dates.end
                break
    if tb.start:  # the record's head may give the days more closely than its title block or a memo's date field
        from .dates import precision, sharpest
        sharp = sharpest([b.text for b in lines[:n + 8] if b.kind != TABLE and id(b) not in addressed] + fields)
        if sharp and precision(sharp.start, sharp.end) > precision(tb.start, tb.end):
            tb.start, tb.end = sharp.start, sharp.end
    if not tb.city or not tb.country:  # the place named first in the record's head ("Where: Amman", "Dakar, 20-24 ...")
        head = [b.text for b in lines[:n + 15] if b.kind != TABLE and id(b) not in addressed] + head_fields(lines[:n + 12])
        for text in head:
            city = countries.find_place_city(text, prose=is_sentence(text))  # not "its Nairobi headquarters"
            if city and (not tb.country or city[1] == tb.country):
                tb.city, tb.country = city
                break
        tb.country = tb.country or next((c for c in map(countries.find_country, head[:n + 3]) if c), None)
    country = tb.country or _country_in(overview)
    label = _label(tb.city, country, tb.audience)
    parts.consultation = Consultation(
        label=label, start=tb.start, end=tb.end, city=tb.city, country=country,
        stakeholder_group=tb.stakeholder_group, audience=tb.audience, strategy=tb.strategy, campaign=tb.campaign,
        evidence=evidence(title_lines[0]) if title_lines else None)
    parts.title = " ".join(ln.text for ln in title_lines if not ln.text.startswith("#"))[:300] or label

    # a sub-section of a meeting that holds no one of its own but tells of other meetings ("Otras reuniones":
    # "El jueves 14, el equipo también se reunió con ... del INE"): those meetings, not this one's
    detached = [] if event else [c for m in found for c in m.children if c.heading is not None
                                 and c.rank < RANK["label"] and not holds_participants(c, mapper)
                                 and any(tells_of_meeting(b.text) and names_in_prose(b.text) for b in c.blocks)]
    apart = {id(b) for c in detached for b in [c.heading, *c.all_blocks()]} | cited
    if not event:  # a paragraph telling of a meeting of its own ("The team also met with staff of ..."), outside
        inside = {id(b) for m in found for b in m.all_blocks()} - apart  # the meetings found: one meeting more
        told = prose_meetings(root, inside, mapper, opening=min(m.line or 0 for m in found) if len(found) > 1 else 0)
        apart |= {id(b) for sec in told for b in sec.blocks}  # what a meeting told in prose says is its own
        later = [t for sec in found for t in told_after_participants(sec, mapper, apart)]
        told += later
        apart |= {id(b) for sec in later for b in sec.blocks}
        found = sorted(found + told, key=lambda sec: sec.position)
        found = [part for sec in found for part in ([sec] if _not_held(sec) else _run_in_meetings(sec))]
        held = [sec for sec in found if not _not_held(sec)]
        kept = {id(sec) for sec in held}  # by identity: comparing sections field by field is quadratic
        parts.warnings += [f"line {sec.line}: '{sec.title[:60]}' tells of a meeting not held; no meeting read"
                           for sec in found if id(sec) not in kept]
        found = held
    reg = OrgRegistry()
    people: dict[str, Person] = {}
    for pos, sec in enumerate(found, start=1):
        head = sec.heading if sec.heading is not None else Block(f"Meeting {pos}", sec.line or 1)
        if sec.rank == 0:
            sec = Section(head, 0, blocks=[b for b in sec.blocks if b is not head])
        told = bool(sec.blocks) and sec.blocks[0] is head  # a meeting told in prose (or opened by a run-in label)
        own = sec.all_blocks() if told else [b for b in sec.all_blocks() if id(b) not in apart]
        meeting, ppl = read_meeting(pos, head, own, reg, country, mapper, tb.stakeholder_group, parts.not_read)
        if told:  # the organisations its opening paragraph names
            meeting.label = re.split(r"(?<=[.;:])\s", head.text, maxsplit=1)[0][:160]
            hosts, lead = [], _lead(head.text)
            for name in (n for n in names_in_prose(head.text) if not has_honorific(n)):  # people are read above
                key = reg.add(name, country=country, evidence=evidence(head, name))
                if name in lead:
                    hosts.append(key)
                if key not in meeting.participants:
                    meeting.participants.append(key)
            for p in ppl:  # "09:30 — Ministère de la Femme ... [Mme A, Directrice ... ; M. B, Conseiller ...]": the
                if p.organisation is None and len(set(hosts)) == 1:  # people no body follows are its own
                    p.organisation = hosts[0]
        parts.meetings.append(meeting)
        for p in ppl:
            people.setdefault(p.key, p)
        if not meeting.participants:
            parts.warnings.append(f"line {head.lineno}: meeting '{meeting.label}' lists no participants")
        if not meeting.mentions:
            parts.warnings.append(f"line {head.lineno}: meeting '{meeting.label}' names no themes")
    summary = cued.get("key_messages") or (cued.get("takeaways") if event else None)  # an event's "Key takeaways"
    if summary is None or not any(b.kind == ITEM for b in summary.blocks):  # are its messages; a list of them
        summary = _key_messages_by_content(root, [] if event else found, mapper) or summary  # beats paragraphs
    in_meetings = set() if event else {id(b) for sec in found for b in [sec.heading, *sec.all_blocks()]}
    km_lines = [b for b in summary.all_blocks() if id(b) not in in_meetings] if summary is not None else []
    parts.key_messages = key_messages(km_lines, mapper)
    for msg, ln in zip(parts.key_messages, [x for x in km_lines if x.bullet is not None] or km_lines):
        msg.mentions = org_mentions(ln.text, reg)
    for ln in lines:
        parts.add_initiatives(initiatives_in(ln))
    for name, found_it in (("overview", "overview" in cued), ("key_messages", summary is not None)):
        if not found_it:  # key messages found by their content count as found
            parts.warnings.append(f"section {name.replace('_', ' ')} not found")
    parts.organisations = list(reg)
    parts.people = list(people.values())
    if not parts.consultation.stakeholder_group:  # no audience line: the groups of those who took part
        parts.consultation.stakeholder_group = group_of_org_types(  # most of them, counted once each
            [reg.get(k).org_type for k in dict.fromkeys(k for m in parts.meetings for k in m.participants)],
            majority=0.6)
    return parts


# a ministry, a government or an embassy named by its head noun (the lexicon's, capitalised), with the words after it
_ORG_MENTION = re.compile(
    cased(r"(?<![\w'’])(?=[\p{Lu}])(?i:%s)(?:\s+(?:%s|%s|(?:%s)?[\p{Lu}][\w'’\-]*))+") % (
        alternation(sorted({w for t in ("government-ministry", "national-government", "embassy") for h in ORG_HEADS.get(t, ())
                            for w in re.sub(r"^\^?(?:\[[^\]]*\]\s*)?", "", h).split()[:1] if w.isalpha()}), bounded=False),
        NAME_LINK, OF_WORD.pattern, NAME_ELISION))


def org_mentions(text: str, reg: OrgRegistry) -> list[str]:
    """Keys of known organisations a sentence names, short forms included ("Ministry of Inclusion")."""
    keys = []
    for m in _ORG_MENTION.finditer(text):
        name = TRAILING_LINK.sub("", m.group(0))
        key = reg.resolve(name)
        if key and key not in keys:
            keys.append(key)
    for org in reg:
        if org.acronym and re.search(rf"\b{re.escape(org.acronym)}\b", text) and org.key not in keys:
            keys.append(org.key)
    return keys


def _says(blocks: list[Block], mapper: Mapper) -> bool:
    """Some sentence of ``blocks`` states a view or names a theme of the scheme."""
    return any(is_statement(b.text) and (stance_of(b.text) or strong_concepts(mapper, b.text)) for b in blocks
               if b.kind != TABLE)


def _key_messages_by_content(root: Section, meetings: list[Section], mapper: Mapper) -> Section | None:
    """Key messages under a heading the lexicon does not know ("Points saillants", "Principais conclusões"):
    the first section before the meetings whose own list items are statements, most of them naming a theme
    or a stance (a list of next steps names neither)."""
    first = min((m.position for m in meetings), default=None)
    inside = {id(s) for m in meetings for s in m.walk()}
    for sec in root.walk():
        if sec.heading is None or id(sec) in inside or (first is not None and sec.position > first):
            continue
        items = [b for b in sec.blocks if b.kind == ITEM]
        if len(items) < 2 or len(items) < len(sec.blocks) / 2:
            continue
        said = [b for b in items if is_statement(b.text) and (strong_concepts(mapper, b.text) or stance_of(b.text))]
        if len(said) * 2 >= len(items):
            return sec
    return None


def prose_meetings(root: Section, taken: set[int], mapper: Mapper, opening: int = 0) -> list[Section]:
    """Paragraphs outside every meeting that tell of a meeting held and name a sure organisation or a
    person ("Na tarde de 14 de Novembro, a equipa reuniu-se com ... na sede do Fórum Mulher"): each a
    meeting of its own, with the statements that follow it up to the next such paragraph or heading.
    What comes before line ``opening`` (the first of several meetings under headings) introduces the
    record ("À l'invitation du Gouvernement, une équipe ... a rencontré ..."): no meeting of its own."""
    out: list[Section] = []
    for sec in root.walk():
        if section_cue(sec) in ("overview", "key_messages"):
            continue
        out += _told_runs(sec.blocks, lambda b: tells_of_meeting(b.text) and bool(names_in_prose(b.text))
                          or opens_with_body_and_day(b.text),
                          lambda b: id(b) not in taken and b.kind != TABLE and b.lineno >= opening)
    return out


def opens_with_body_and_day(text: str) -> bool:
    """``text`` opens with a body's name and the day it was met, then says what was said ("Kenya National Bureau of
    Statistics (KNBS), October 10. Ms. Grace Wambugu, Director ..., welcomed ..."): a meeting's own entry.

    >>> opens_with_body_and_day("Kenya National Bureau of Statistics (KNBS), October 10. Ms. Grace Wambugu welcomed the draft.")
    True
    >>> opens_with_body_and_day("Kenya National Bureau of Statistics (KNBS) publishes data on October 10.")
    False
    """
    if not text[:1].isupper() or not names_a_date(text[:260]):
        return False  # most blocks name no day near their start: not worth reading their names
    names = names_in_prose(text[:200])
    if not names or not text.startswith(names[0]):
        return False
    rest = text[len(names[0]):]
    day = re.match(r"\s*(?:\([^()]{2,80}\)\s*)?[,\u2013\u2014-]\s*([^.;:()]{3,40}?)[.;:]\s+\S", rest)  # "(State ...),"
    return bool(day and names_a_date(day.group(1)) and is_statement(rest[day.end() - 1:]))


def _told_runs(blocks: list[Block], opens, usable=lambda b: True) -> list[Section]:
    """Meetings told in prose among ``blocks``: each block ``opens`` accepts starts one, the statements right
    after it are its own; a block not ``usable`` (another meeting's, a table) ends the run."""
    out: list[Section] = []
    current: Section | None = None
    for block in blocks:
        if not usable(block):
            current = None
        elif opens(block):
            current = Section(block, RANK["plain"], blocks=[block])
            out.append(current)
        elif current is not None and is_statement(block.text):
            current.blocks.append(block)
        else:
            current = None
    return out


def told_after_participants(sec: Section, mapper: Mapper, taken: set[int] = frozenset()) -> list[Section]:
    """Meetings a meeting's own paragraphs tell of after its participants were named ("L'équipe a ensuite été
    reçue par M. Cheikh Mbengue, Directeur de la Programmation budgétaire, ..."): each a meeting of its own,
    with the statements that follow it. Before any participant, such a paragraph tells of the meeting itself.
    Blocks in ``taken`` (by ``id``) belong to meetings found already."""
    if sec.blocks and sec.blocks[0] is sec.heading:
        return []  # a meeting told in prose already
    blocks = [b for b in sec.all_blocks() if id(b) not in taken]  # not what another meeting told in prose holds
    if not any(b.kind != TABLE and tells_of_meeting(b.text) for b in blocks[1:]):
        return []  # most meetings tell of no other
    named, before = False, set()  # the blocks after which the meeting's participants are named
    for block, role in zip(blocks, roles_of(blocks, mapper)):
        if named:
            before.add(id(block))
        named = named or role == ENTRIES

    def opens(block: Block) -> bool:
        met = MEETING_PROSE.search(block.text) if id(block) in before and tells_of_meeting(block.text) else None
        return met is not None and bool(names_in_prose(block.text) or has_honorific(block.text[met.end():].strip()))

    return _told_runs(blocks, opens, lambda b: b.kind != TABLE)


def _lead(text: str) -> str:
    """A paragraph telling of a meeting up to the people it names in brackets or after a colon, when it does."""
    first = sentences(text)[0][1]
    cut = min([i for i in (first.find("["), first.find(": "), first_person_at(first)) if i is not None and i >= 0],
              default=len(first))
    return first[:cut]


def _not_held(sec: Section) -> bool:
    """A section that only says its meeting was postponed or cancelled ("La rencontre prévue avec le
    Conseil départemental a été reportée"): it names no participant and no one spoke."""
    blocks = [b for b in sec.blocks if b.kind != TABLE]  # a meeting told in prose is its first block
    if not blocks or len(blocks) > 2 or sec.children or not (
            NOT_DISCUSSED.search(sentences(blocks[0].text)[0][1]) or NOT_DISCUSSED.search(sec.title)):
        return False  # "La rencontre prévue ... a été reportée", "Mer. 15/11 – Assemblée nationale (annulée)"
    return not any(stance_of(b.text) or PARTICIPANTS.match(b.text) or tells_of_meeting(b.text) for b in blocks)


def _run_in_meetings(sec: Section) -> list[Section]:
    """A section holding several meetings, each a paragraph opening with a short run-in label and the
    organisation met ("Matin : Ministère de l'Économie (MEPC) …", "Après-midi : Observatoire national
    …", "15:30 — Groupe thématique Genre …"), each with something said: a meeting per such paragraph, with the statements after it."""
    blocks = [b for b in sec.blocks if b is not sec.heading]
    if sec.children:
        return [sec]
    starts = [i for i, b in enumerate(blocks) if b.kind != TABLE and not PARTICIPANTS.match(b.text)
              and (label := run_in_label(b.text, 3) or clock_lead(b.text)) and names_in_prose(b.text[label.end():])]
    if not starts or starts[0] != 0 or len(starts) < 2 and not (clock_lead(blocks[0].text) and sec.heading is not None
                                                                and names_a_date(sec.title)):
        return [sec]  # (one paragraph opening with its hour, under its day's heading, is that day's one meeting)
    pieces = [blocks[a:z] for a, z in zip(starts, [*starts[1:], len(blocks)])]
    if not all(_says_something(piece) for piece in pieces):
        return [sec]  # "Participants: …" / "Délégation : …" and then what was said: one meeting
    return [Section(piece[0], RANK["plain"], blocks=piece) for piece in pieces]


def _says_something(piece: list[Block]) -> bool:
    """A sentence after the opening one of the first block, or a statement among the blocks after it."""
    return any(is_statement(s) for _, s in sentences(piece[0].text)[1:]) or any(is_statement(b.text) for b in piece[1:])


def _dated_sections(root: Section, mapper: Mapper) -> list[Section]:
    """Sections headed by a date ("Mardi 21 novembre — Thiès") that hold discussion or names, outermost."""
    out: list[Section] = []
    within: set[int] = set()
    for sec in root.walk():
        if sec.heading is None or not names_a_date(sec.title) or id(sec) in within \
                or not (holds_discussion(sec, mapper) or holds_participants(sec, mapper)):
            continue
        own = Section(sec.heading, sec.rank, blocks=sec.blocks)
        if sec.children and all(c.heading is not None and names_a_date(c.title) for c in sec.children) and (
                holds_discussion(own, mapper) or holds_participants(own, mapper)):
            out.append(own)  # "3. Encuentros Conversatorio con ... (8 de noviembre)" over "Mesa de trabajo ... (9 de
            continue  # noviembre)": a day run into the heading of its record's section; the days under it are its equals
        out.append(sec)
        within |= {id(s) for s in sec.walk()}
    return out


def head_fields(lines: list[Block]) -> list[str]:
    """The labelled fields of a record's head as "Label: value" texts: field lines ("Lieu : Abidjan") and
    the rows of a two-column table ("Where | Amman, Jordan")."""
    out = []
    for b in lines:
        if b.kind == TABLE:
            out += [f"{row[0]}: {row[1]}" for row in b.rows if len(row) == 2 and row[0].strip() and row[1].strip()]
        elif ":" in b.text:
            pairs = [[k, v] for k, v in _FIELDS.findall(b.text)]
            for before, pair in zip(pairs, pairs[1:]):  # "..., República Dominicana Modalidad: presencial": the
                words = pair[0].split()  # label is the capitalised word before the colon, not the place before it
                if len(words) > 1 and words[-1][:1].isupper() and not pair[0].isupper():
                    before[1], pair[0] = f"{before[1]} {' '.join(words[:-1])}", words[-1]
            out += [f"{k}: {v}" for k, v in pairs]
    return out


_FIELDS = re.compile(r"([^\W\d_][\w'’ ]{0,30}?)\s*:\s*([^:]+?)(?=\s+[^\W\d_][\w'’ ]{0,30}?\s*:|$)")


def _fill_from_fields(tb, fields: list[str], head_lines: list[str]) -> None:
    """Dates, place and audience the title block lacks, from the head's fields ("Date: 12 March 2024", "Venue:
    ...") and the lines right under it (``head_lines``)."""
    from .dates import find_dates
    from .readout import place_of_venue
    for text in fields:
        m = FIELD_LABEL.match(text)
        if not m:
            continue
        value = text[m.end():].strip(" :")
        if m.group("date") and not tb.start:
            dates = find_dates(value)
            if dates:
                tb.start, tb.end = dates.start, dates.end
        elif m.group("venue") and not tb.country:
            city, country = place_of_venue(value)
            tb.city, tb.country = tb.city or city, country
    if tb.audience is None:  # a field's value, else a line right under the title ("Dakar, 13-15 septembre 2023 ·
        tb.audience = audience_field(fields) or audience_segment(head_lines, None)  # Autorités, société civile ...")
        tb.stakeholder_group = stakeholder_group(tb.audience) if tb.audience else tb.stakeholder_group


_IN_PLACE = re.compile(cased(r"(?<!\w)(?:%s)\s+((?:[\p{Lu}][\w'’\-]*\s*){1,4})") % PLACE_PREPOSITION)  # "in Mozambique"


def _country_in(lines: list[Block]) -> str | None:
    for ln in lines:
        m = _IN_PLACE.search(ln.text)
        if m and countries.find_country(m.group(1)):
            return countries.find_country(m.group(1))
    return None


def _label(city: str | None, country: str | None, audience: str | None) -> str:
    place = ", ".join(x for x in (city, country) if x)
    label = "Consultation mission" + (f", {place}" if place else "")
    return label + (f": {audience}" if audience else "")
