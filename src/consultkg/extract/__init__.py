"""Extraction: from a document's logical lines to a :class:`~consultkg.model.Record`.

    >>> from consultkg.read import read_source
    >>> record = extract(read_source("data/lima-peru-government.md"))   # doctest: +SKIP
    >>> record.document_type, len(record.meetings)                      # doctest: +SKIP
    ('MissionSummary', 3)

Which family a record belongs to is decided by :func:`document_type`; each
family has its own module (:mod:`.mission`, :mod:`.readout`, :mod:`.written`).
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import Block, Record, SourceText
from .common import Mapper, cite_what_was_said, tells_of_meeting
from .prose_names import names_in_prose
from .governments import attach_to_governments
from .initiatives import initiatives_in
from .quote import add_quote_context
from .language import detect_language as _detect_language
from ..lexicon import (HONORIFICS, ABOUT_CONSULTATION, MEETING_HEADING, PARTICIPANTS, READOUT_TITLE, SECTION_LINE,
                       WE, WRITTEN_TITLE)
from ..lexicon.phrases import folded
from ..text import cased, clock_lead, sentences, strip_accents
from .outline import names_a_date
from .entities import is_sentence
from .coverage import coverage
from .parts import Parts
from .wrapper import is_memo, is_written
from .authors import signed_off
from .form import is_form
from .roles import Layout, holds_participants, names_who_took_part, read_layout
from .meeting_tables import unfold_meeting_tables
from .run_in import split_run_in_heads

_READOUT = READOUT_TITLE  # "Inputs for the ... Gender Strategy:", "Aportes para ... Estrategia de Género:"
_WRITTEN = re.compile(folded(WRITTEN_TITLE.pattern), re.IGNORECASE)  # on strip_accents(text): "Joint submission ...
# gender strategy", "Comentarios ... estrategia de género"
_PERSON_IN_PROSE = re.compile(cased(r"(?<!\w)(?:%s)\s+[\p{Lu}][\p{Ll}]") % "|".join(
    re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True)))  # "Mme Adjoua Brou Kouassi"
_ABOUT_STRATEGY = re.compile(folded(ABOUT_CONSULTATION.pattern), re.IGNORECASE)  # on strip_accents(text)


def detect_language(lines: list[Block]) -> str:
    """The language code of a record ("en", "es", "fr", "pt", ...): see :mod:`.language`."""
    return _detect_language(lines)


_TITLE_WORDS = 15  # a title line is no longer


def document_type(lines: list[Block], mapper: Mapper | None = None, layout: Layout | None = None) -> str | None:
    """The family of a record, "OtherDocument" for a consultation text of no known shape, None for no record."""
    head = lines[:12]
    if any(_READOUT.search(ln.text) for ln in head):
        return "EventReadout"
    if is_form(lines):  # a form's export carries a written input, whatever its title says
        return "WrittenInput"
    mapper = mapper or (lambda text: [])
    if is_written(lines):  # so do a letter and an e-mail, but not a memo for the record of a meeting: the
        layout = layout or read_layout(lines, mapper)  # office's own readout, whose sections hold who took part
        if not (is_memo(lines) and (any(names_who_took_part(m, mapper) for m in layout.meetings) or any(
                holds_participants(s, mapper) for s in layout.root.walk()))):
            return "WrittenInput"
    if _in_our_voice(lines, share=4) and not any(tells_of_meeting(ln.text) for ln in lines):
        return "WrittenInput"  # a quarter of its sentences speak as "we" and none tells of a meeting: its authors'
        # own words, whatever list of signatories or members it carries
    if signed_off(lines) and not any(tells_of_meeting(ln.text) for ln in lines):
        return "WrittenInput"  # it ends signed ("Pela Rede ...," then a name) and tells of no meeting: a paper
    layout = layout or read_layout(lines, mapper)
    if any(names_who_took_part(m, mapper) for m in layout.meetings) or (
            not layout.meetings and any(holds_participants(s, mapper) for s in layout.root.walk())):
        return "MissionSummary"  # sections that hold participants: meetings (or one event: see .mission)
    has_sections = sum(bool(SECTION_LINE.match(ln.text)) for ln in lines)
    has_meetings = any(MEETING_HEADING.match(ln.text) for ln in lines)
    has_participants = any(PARTICIPANTS.match(ln.text) for ln in lines)
    if has_meetings or (has_participants and has_sections) or (has_sections >= 2 and not _comments_from(lines)):
        return "MissionSummary"
    if any(_WRITTEN.search(strip_accents(ln.text)) and len(ln.text.split()) <= _TITLE_WORDS for ln in head[:6]):
        return "WrittenInput"  # a title that says it ("Contribución de ..."), not a sentence ("As contribuições ...")
    if _comments_from(lines):
        return "EventReadout"
    if has_participants or has_sections:
        return "MissionSummary"
    if _in_our_voice(lines):
        return "WrittenInput"  # no meeting told, its authors speaking as one ("Propomos ...", "We ask ...")
    days = sum(sec.heading is not None and names_a_date(sec.title) for sec in layout.root.walk())
    timed = sum(bool((clock := clock_lead(ln.text)) and names_in_prose(ln.text[clock.end():])) for ln in lines)
    if days >= 2 and timed >= 2:
        return "MissionSummary"  # a journal: days, and under them paragraphs that open with the hour a body was met
    from .mission import opens_with_body_and_day
    if sum(opens_with_body_and_day(ln.text) for ln in lines if ln.kind != "table") >= 2:
        return "MissionSummary"  # "(b) Kenya National Bureau of Statistics (KNBS), October 10. Ms. ... welcomed ..."
    if len(lines) >= 3 and any(_ABOUT_STRATEGY.search(strip_accents(ln.text)) for ln in lines):
        if sum(tells_of_meeting(ln.text) and bool(names_in_prose(ln.text)) for ln in lines if is_sentence(ln.text)) >= 2:
            return "MissionSummary"  # "a equipa foi recebida no Ministério ...", "reuniu-se na sede do Fórum Mulher":
            # meetings told in prose, paragraph by paragraph, no outline of them
        if sum(bool(_PERSON_IN_PROSE.search(ln.text)) for ln in lines if is_sentence(ln.text)) >= 2:
            return "EventReadout"  # no outline of meetings, but prose naming who spoke: one event, told in prose
        return "OtherDocument"
    return None


def _in_our_voice(lines: list[Block], share: int = 3) -> bool:
    """One ``share``-th of the record's sentences, and three at least, speak as "we" (lexicon ``written.we``)."""
    if sum(1 for ln in lines for _ in WE.finditer(ln.text)) < 3:
        return False  # most records: no "we" thrice, no sentence need be split
    said = [s for ln in lines for _, s in sentences(ln.text) if is_sentence(s)]
    ours = sum(bool(WE.search(s)) for s in said)
    return ours >= 3 and ours * share >= len(said)


def _comments_from(lines: list[Block]) -> bool:
    return any(SECTION_LINE.match(ln.text) and SECTION_LINE.match(ln.text).lastgroup in ("comments_from", "suggestions")
               for ln in lines)


def extract(source: SourceText, mapper: Mapper | None = None) -> Record:
    """Read one document's lines into a record; raise :class:`InputError` for no record."""
    if mapper is None:
        from ..themes import default_matcher
        mapper = default_matcher().concepts
    lines = split_run_in_heads(unfold_meeting_tables(source.blocks))  # a table's rows that are meetings, and
    # "3. **Ministère X — lundi 11.** La mission a été reçue par ...": the outline's sections
    layout = read_layout(lines, mapper)
    family = document_type(lines, mapper, layout)
    if family is None:
        first = lines[0].lineno if lines else None
        raise InputError(source.path, "not a consultation record (no title block, meetings or sections found)",
                         line=first)
    from .mission import extract_mission
    from .readout import extract_readout
    from .written import extract_other, extract_written
    builder = {"MissionSummary": extract_mission, "EventReadout": extract_readout,
               "WrittenInput": extract_written, "OtherDocument": extract_other}[family]
    if family == "EventReadout" and not _comments_from(lines):  # a readout without "Comments from": by its outline
        parts: Parts = extract_mission(lines, mapper, source.path, layout, one_event=True)
    else:
        parts = builder(lines, mapper, source.path, layout) if family == "MissionSummary" else \
            builder(lines, mapper, source.path)
    family = parts.family or family
    for note in getattr(source, "footnotes", []):  # an initiative a footnote names still counts
        parts.add_initiatives(initiatives_in(note))
    parts.drop_organisation_initiatives()
    attach_to_governments(parts, lines)
    parts.learn_acronyms(" ".join(b.text for b in lines))
    record = Record(
        source=source.path, name=source.name, sha256=source.sha256, format=source.format,
        title=parts.title, language=detect_language(lines), document_type=family,
        consultation=parts.consultation, meetings=parts.meetings, organisations=parts.organisations,
        people=parts.people, key_messages=parts.key_messages, initiatives=parts.initiatives,
        author=parts.author, warnings=list(source.warnings) + parts.warnings, not_read=list(parts.not_read))
    if not record.meetings:
        record.warnings.append("no meetings found")
    cite_what_was_said(record.meetings, lines)
    record.coverage = coverage(lines, record, mapper, layout)
    record.not_read = sorted(set(record.not_read), key=lambda n: (n.line, n.text, n.why))
    return add_quote_context(record, source)
