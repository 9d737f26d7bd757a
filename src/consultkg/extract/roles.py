"""What each part of a record is, from what it holds: the roles of blocks and sections.

A block is *entries* when it names organisations or people and nothing else (a list
item "UN Women", a table of names, "Ms. Ana Ruiz, Director, Red de Mujeres"), a
*statement* when it is a sentence about the meeting, a *topic* when it is a short
phrase of the theme scheme ("Care services"), else *other*. A section holds
participants when some of its blocks are entries, whatever its heading says; a
meeting is a section that holds participants or discussion (see :func:`find_meetings`)::

    >>> from consultkg.model import Block
    >>> block_role(Block("Network for Women's Rights in Ghana (NETRIGHT)", 1, kind="item", level=1))
    'entries'
    >>> block_role(Block("Participants welcomed the strategy but raised concerns.", 2, kind="item", level=1))
    'statement'
    >>> block_role(Block("Care services", 3, kind="item", level=1), lambda t: ["care"])
    'topic'

Headings are a cue among several: a heading the lexicon knows as a section
("Key messages", "Overview") keeps its section out of the meetings.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import FIELD_LABEL, MEETING_HEADING, PARTICIPANTS, SECTION_LINE, SECTION_PATTERNS, SENTENCE_VERB
from ..text import LIST_MARKER, cased, run_in_label, sentences, strip_accents
from ..model import ITEM, TABLE, Block
from .common import Mapper, follow_up_of, stance_of, themes_after_lead
from .entities import is_sentence
from .orgs import OrgRegistry
from .outline import MAX_LABEL_WORDS, RANK, Section, heading_kind, names_a_date, outline, title_length
from .participants import is_prose_list, parse_entry
from .name_lines import pair_name_lines
from .prose import people_in_a_series
from .names import has_honorific
from .prose_names import comma_names, headed_by_names, names_only, strong_name
from .participant_tables import table_participants

ENTRIES, STATEMENT, TOPIC, OTHER = "entries", "statement", "topic", "other"

#: Section keys of the lexicon whose sections are never meetings.
NOT_MEETINGS = frozenset({"overview", "key_messages", "next_steps", "initiatives"})


def _no_mapper(text: str) -> list[str]:
    return []


@functools.lru_cache(maxsize=1 << 14)
def _entry_parse(text: str) -> tuple[int, int, int]:
    """(organisations, people, rejected) that ``text`` reads as, on a scratch registry."""
    rejected: list = []
    orgs, people = parse_entry(text, OrgRegistry(), None, rejected=rejected)
    return len(orgs), len(people), len(rejected)


def is_statement(text: str) -> bool:
    """A sentence about the meeting: a stance, a themes lead-in, a follow-up, or any sentence."""
    return bool(themes_after_lead(text) is not None or follow_up_of(text) or is_sentence(text)
                or (stance_of(text) and (text.endswith(".") or len(text.split()) > 12)))


def entry_texts(text: str) -> list[str]:
    """The entries of one block: "A; B; C" is three."""
    return [t.strip() for t in text.split(";") if t.strip()] if ";" in text else [text.strip()]


def split_label(text: str) -> tuple[str | None, str]:
    """A short label before a colon and what follows it ("Who attended: UNDP; ILO").

    >>> split_label("Who attended: UNDP; ILO"), split_label("UNDP; ILO")
    (('Who attended', 'UNDP; ILO'), (None, 'UNDP; ILO'))
    """
    m = run_in_label(text, MAX_LABEL_WORDS)
    return (m.group(1), text[m.end():]) if m else (None, text)


@functools.lru_cache(maxsize=1 << 14)
def block_role(block: Block, mapper: Mapper = _no_mapper) -> str:
    """"entries", "statement", "topic" or "other" (see the module's doc); remembered, as the outline asks it of
    a block once for each section that holds it."""
    if block.kind == TABLE:
        return _table_role(block)
    label, rest = split_label(block.text.strip())
    if label and FIELD_LABEL.fullmatch(label + ":"):
        return OTHER  # "Lieu : Dakar, bureau du Groupe ...", "Date: ...": where or when, never who
    text = rest if label and rest else block.text.strip()
    if block.kind != ITEM and heading_kind(block) == "marker":
        text = LIST_MARKER.sub("", text)  # "V. Social dialogue": the words after the number say what it is
    role = _text_role(text, mapper)
    if role == ENTRIES and block.kind != ITEM and not is_prose_list(text):
        # a line standing alone (a heading, a paragraph) names participants only when its names are sure
        # ones; in a list a plain name is enough ("Songtaba", "Norsaac")
        entries = entry_texts(text.rstrip(".;,"))
        if heading_kind(block) is not None and not label or sum(map(strong_name, entries)) < len(entries) / 2 \
                and not _labelled_series(label, entries):
            return TOPIC if mapper(text) else OTHER
    if label and rest and role != ENTRIES:
        return _text_role(block.text.strip(), mapper)
    return role


def _labelled_series(label: str | None, entries: list[str]) -> bool:
    """Three or more entries between semicolons after a short label, each read as a name and none refused
    ("Zorblax: Corporación Favorita; Holcim Ecuador; Pronaca; Nestlé Ecuador; Grupo Difare."): a list of
    names by its shape, whatever the label says and however little known the names are."""
    if not label or len(entries) < 3:
        return False
    return all((o or p) and not r for o, p, r in map(_entry_parse, entries))


def _table_role(block: Block) -> str:
    return _rows_role(block.rows, block.header)


@functools.lru_cache(maxsize=1 << 12)
def _rows_role(rows: tuple[tuple[str, ...], ...], header: bool) -> str:
    orgs, people = table_participants(Block("", 1, kind=TABLE, rows=rows, header=header), OrgRegistry(), None, [], None)
    return ENTRIES if orgs or people else OTHER


@functools.lru_cache(maxsize=1 << 14)
def _text_role(whole: str, mapper: Mapper) -> str:
    text = whole.rstrip(".;,")
    if not text or PARTICIPANTS.fullmatch(whole):
        return OTHER
    if whole.endswith(":") and len(whole.split()) > MAX_LABEL_WORDS:
        return OTHER  # "Outre l'équipe du bureau pays, les organisations suivantes étaient représentées :": it leads
        # in to a list, and is none of it
    if is_prose_list(whole):
        return ENTRIES
    if themes_after_lead(whole) is not None or follow_up_of(whole) or (
            stance_of(whole) and (whole.endswith(".") or len(whole.split()) > 12)):
        return STATEMENT
    if ";" not in text and is_sentence(whole) and (whole.endswith((".", "!", "?")) or SENTENCE_VERB.search(whole)):
        if names_only(text) or comma_names(text):
            return ENTRIES  # "A (ACR), B (ACR) et C, représentée par Mme D, conseillère genre.": a list, no sentence
        return STATEMENT  # a sentence with a verb or a final stop, whatever names it holds
    if ";" in text and any(_prose_lead(s) for _, s in sentences(whole)):
        return STATEMENT  # "le panel réunissait Mme A, ... ; M. B, ...": people a sentence lists, read with it
    if ";" not in text and len(sentences(whole)) >= 2:
        return OTHER  # "Prepared by the World Bank Uganda Country Office. Not a verbatim record.": two sentences, no
        # name nor statement of the meeting
    entries = entry_texts(text)
    read = [_entry_parse(e) for e in entries]
    named = sum(1 for (o, p, r), e in zip(read, entries)
                if (o or p) and not r and (len(e.split()) > 1 or strong_name(e)))
    if named == 0 or named < len(entries) / 2:
        if is_sentence(whole):
            return STATEMENT
        return TOPIC if mapper(text) else OTHER
    if mapper(text) and not any(strong_name(e) for e in entries):
        return TOPIC  # "Care services", "Gender data": a theme, not a name
    return ENTRIES


def _prose_lead(sentence: str) -> bool:
    """The sentence lists people between semicolons after words of its own ("Animé par une journaliste, le
    panel réunissait Mme A ; M. B"), not after a label or a body's name ("SEMUJER: Sra. A; Lic. B")."""
    series = people_in_a_series(sentence)
    lead = sentence[:sentence.find(series[:20])].strip() if series else ""
    words = lead.split()
    return len(words) >= 3 and not lead.endswith(":") and sum(w[:1].islower() for w in words) * 2 >= len(words)


_MARKER_LEAD = re.compile(cased(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,5}|[\p{Lu}\p{Ll}])[.)]?\s+(?=\S)"))
_CUES = {key: re.compile(SECTION_PATTERNS[key], re.IGNORECASE) for key in ("key_messages", "overview")}


def section_cue(section: Section) -> str | None:
    """The lexicon's name for a section's heading ("key_messages", "overview", ...), or ``None``: the whole
    heading, its number aside ("3. Key messages"), or, in a short heading, the words of key messages or an
    overview among others ("Key messages for the strategy team")."""
    return None if section.heading is None else heading_cue(section.heading.text)


@functools.lru_cache(maxsize=1 << 12)
def heading_cue(heading: str) -> str | None:
    """The lexicon's name for a heading's words (see :func:`section_cue`)."""
    text = _MARKER_LEAD.sub("", heading.strip())
    m = SECTION_LINE.match(text)
    if m:
        return m.lastgroup
    if len(text.split()) <= 8:
        return next((key for key, rx in _CUES.items() if rx.search(strip_accents(text)) or rx.search(text)), None)
    return None


@functools.lru_cache(maxsize=1 << 12)
def _roles_of(blocks: tuple[Block, ...], mapper: Mapper) -> tuple[str, ...]:
    return tuple(block_roles(list(blocks), mapper))


def block_roles(blocks: list[Block], mapper: Mapper) -> list[str]:
    """The role of each block, read with its neighbours: in a list (a run of items of one level) whose
    items are mostly not names, an item that reads as a name only weakly is not a participant (the
    programme item "Présentation du projet par l'équipe du Groupe ..." among "Ouverture", "Session 1")."""
    out = [block_role(b, mapper) for b in blocks]
    cued = False  # under a participants label ("Participants:"), a name the content alone doubts counts
    for k, b in enumerate(blocks):
        if b.kind != TABLE and PARTICIPANTS.match(b.text.strip()):
            cued = True
        elif out[k] == STATEMENT or heading_kind(b) is not None:
            cued = False
        elif cued and out[k] == OTHER and any(o or p for o, p, r in map(_entry_parse, entry_texts(b.text))):
            out[k] = ENTRIES
    for k in _over_people(blocks):  # "CARE Moçambique" over "Sr. Armando Cuna Massingue, Coordenador ...": a body
        if out[k] in (TOPIC, OTHER) and _entry_parse(blocks[k].text)[0]:  # and its people, whatever theme its
            out[k] = ENTRIES  # name spells
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == ITEM and blocks[j].level == blocks[i].level:
            j += 1
        if j - i >= 3 and sum(r == ENTRIES for r in out[i:j]) * 2 < j - i:
            for k in range(i, j):
                if out[k] == ENTRIES and not all(map(strong_name, entry_texts(blocks[k].text))):
                    out[k] = OTHER
        i = max(j, i + 1)
    return out


def roles_of(blocks: list[Block], mapper: Mapper) -> tuple[str, ...]:
    """:func:`block_roles` of ``blocks``, remembered (a meeting's blocks are read by the outline first)."""
    return _roles_of(tuple(blocks), mapper)


def roles(section: Section, mapper: Mapper, deep: bool = True) -> list[str]:
    """The roles of the blocks a section governs (``deep``: its sub-sections' too)."""
    blocks = section.all_blocks() if deep else section.blocks
    return list(_roles_of(tuple(blocks), mapper))


def holds_participants(section: Section, mapper: Mapper) -> bool:
    return ENTRIES in roles(section, mapper)


def names_who_took_part(section: Section, mapper: Mapper) -> bool:
    """The section names who took part: in a list, a table or a paragraph of names, or in its heading over what
    was said ("Kenya Bankers Association (KBA), Equity Bank Kenya and KCB Group" / "On 5 October the team met ...")."""
    return holds_participants(section, mapper) or (section.heading is not None and headed_by_names(section.title)
                                                    and holds_discussion(section, mapper))


def holds_discussion(section: Section, mapper: Mapper) -> bool:
    return STATEMENT in roles(section, mapper) or TOPIC in roles(section, mapper)


def _is_part_of_meeting(section: Section, mapper: Mapper) -> bool:
    """A labelled list inside a meeting ("Who attended:", "Government:"): entries and nothing else,
    under a label line; it is part of the meeting above it, never a meeting of its own."""
    from .outline import RANK
    return section.rank == RANK["label"] and not holds_discussion(section, mapper)


def find_meetings(root: Section, mapper: Mapper) -> list[Section]:
    """The sections of a record that are meetings, in document order.

    A section is a meeting when it holds participants and no two of its sub-sections are
    meetings themselves (then those are); beside meetings, a sibling of the same rank that holds
    discussion but names no one is a meeting too. Sections the lexicon names as overview or
    key messages are never meetings.
    """
    def meeting_like(sec: Section) -> bool:  # who took part, in its list or its heading ("KEPSA and FKE")
        return (section_cue(sec) not in NOT_MEETINGS and names_who_took_part(sec, mapper)
                and not _is_part_of_meeting(sec, mapper))

    def visit(sec: Section) -> list[Section]:
        if section_cue(sec) in NOT_MEETINGS:
            return []
        inner = [m for child in sec.children for m in visit(child)]
        ranks = {m.rank for m in inner if m in sec.children}
        talk = [c for c in sec.children if c.rank in ranks and c not in inner and section_cue(c) is None
                and not any(m in inner for m in c.walk())  # a day whose meetings are found already
                and holds_discussion(c, mapper) and (MEETING_HEADING.match(c.title) or names_a_date(c.title))]
        headed = sec.heading is not None and (names_a_date(sec.title) or MEETING_HEADING.match(sec.title))
        if len(inner) >= 2 or talk:  # "Reunião 1 — ..." told without a list beside "Reunião 2 — ..." with one
            own = Section(sec.heading, sec.rank, blocks=sec.blocks)  # a meeting heading over the next ones
            first = [own] if headed and section_cue(sec) is None and holds_participants(own, mapper) else []
            return sorted(first + inner + talk, key=lambda s: s.position)  # holds the first meeting's list
        said_beside = len(inner) == 1 and inner[0] in sec.children and any(  # "Asistentes" / "Lo conversado" under
            c is not inner[0] and holds_discussion(c, mapper) and not holds_participants(c, mapper)  # one heading:
            for c in sec.children)  # the heading's section holds participants and discussion: it is the meeting
        if said_beside and sec.heading is not None and section_cue(sec) is None and meeting_like(sec):
            return [sec]
        if len(inner) == 1 and inner[0].rank != RANK["label"] and not (headed and meeting_like(sec)):
            return inner  # one meeting under a heading of its own ("Meeting 1 with ...") inside a larger section
        if sec.heading is not None and meeting_like(sec):
            return [sec]  # its labelled parts ("Participants:", "Discussion:") are the meeting's, not meetings
        return inner

    return visit(root)


@dataclass
class Layout:
    """A record's layout, read once: how many blocks its title block holds, its outline, its meetings."""

    title: int
    root: Section
    meetings: list[Section]


def _over_people(blocks: list[Block]) -> list[int]:
    """The indexes of the list items with people one level down, most of the items under them with an
    honorific ("Uganda Women Parliamentary Association (UWOPA)" / "Hon. Grace Akello Namuddu, Chairperson")."""
    out: list[int] = []
    for i, b in enumerate(blocks):
        if b.kind != ITEM or has_honorific(b.text):
            continue
        children = []
        for j in range(i + 1, len(blocks)):  # (not a slice: a copy of the rest for every item)
            c = blocks[j]
            if c.kind != ITEM or (c.level or 1) <= (b.level or 1):
                break
            children.append(c)
        if children and sum(has_honorific(c.text) for c in children) * 2 >= len(children):
            out.append(i)
    return out


def _bodies_over_people(blocks: list[Block]) -> set[int]:
    """The list items, bold or not, that surely name an organisation over its people: entries of a nested list
    of participants, never headings ("**Uganda Women Parliamentary Association (UWOPA)**")."""
    return {id(blocks[i]) for i in _over_people(blocks) if strong_name(blocks[i].text.strip())}


def read_layout(blocks: list[Block], mapper: Mapper) -> Layout:
    """The :class:`Layout` of a record's blocks (the title block, then the outline of the rest)."""
    n = title_length(blocks)
    pairs = pair_name_lines(blocks[n:])  # "Ms. Wanjiru Kamau-Otieno" / "Chief Human Resources Officer, Safaricom PLC"
    root = outline(blocks[n:], frozenset(pairs) | {id(b) for b in pairs.values()} | _bodies_over_people(blocks[n:]))
    return Layout(n, root, find_meetings(root, mapper))
