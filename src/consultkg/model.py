"""Plain data passed between the pipeline stages.

``read`` turns a file into :class:`SourceText` (lines with their line and page
numbers); ``extract`` turns that into a :class:`Record`; ``rdf`` turns records
into triples. Nothing here knows about files or RDF::

    >>> line = Line(text="Participants:", lineno=3)
    >>> line.bullet is None
    True
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Line:
    """One logical line of a document, cleaned of markup.

    ``lineno`` is the 1-based line of the input text it came from (several
    logical lines share one when a record arrives on a single physical line);
    ``page`` is the 1-based page for PDF and DOCX input. ``bullet`` is ``None``
    for a plain line, ``1`` for a top-level bullet, ``2`` for a nested one, and
    ``"1."``-style strings for numbered items. ``emphasis`` holds the phrases
    that were bold or italic; ``links`` the texts of Markdown links.
    """

    text: str
    lineno: int
    page: int | None = None
    bullet: int | str | None = None
    emphasis: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    heading: int | None = None  # Markdown heading level, when the line was one


@dataclass
class SourceText:
    """What a reader produced: the document's logical lines and its metadata."""

    path: str  # as given on the command line
    name: str  # file name
    sha256: str
    format: str  # "markdown", "text", "pdf", "docx"
    lines: list[Line]
    warnings: list[str] = field(default_factory=list)


@dataclass
class Evidence:
    """Where a fact was read: 1-based line, page when known, and the words."""

    line: int
    exact: str
    page: int | None = None


@dataclass
class Organisation:
    """An organisation as the document names it. ``key`` identifies it within
    the record (other objects refer to organisations by key)."""

    key: str
    label: str
    acronym: str | None = None
    org_type: str = "other"  # local name of a ckgo: concept
    country: str | None = None  # English country name
    host_country: str | None = None  # where an embassy or office sits
    parent: str | None = None  # key of the parent organisation
    member_of: list[str] = field(default_factory=list)  # keys of groups
    wikidata: str | None = None  # Q-identifier, from the curated gazetteer only
    evidence: Evidence | None = None


@dataclass
class Person:
    key: str
    name: str
    honorific: str | None = None
    job_title: str | None = None
    organisation: str | None = None  # key of an Organisation
    evidence: Evidence | None = None


@dataclass
class ThemeMention:
    text: str
    concepts: list[str]  # local names of ckgt: concepts; empty when unmapped
    evidence: Evidence


@dataclass
class Meeting:
    position: int
    label: str
    participants: list[str] = field(default_factory=list)  # organisation keys
    people: list[str] = field(default_factory=list)  # person keys
    mentions: list[ThemeMention] = field(default_factory=list)
    stance: str = "NoStanceStated"  # local name of a ckg: stance individual
    stance_text: str | None = None
    follow_ups: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class KeyMessage:
    position: int
    text: str
    highlight: str | None = None
    concepts: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # organisation keys
    detail_of: int | None = None  # position of the message it elaborates
    evidence: Evidence | None = None


@dataclass
class Initiative:
    label: str
    acronym: str | None = None
    evidence: Evidence | None = None


@dataclass
class Consultation:
    label: str
    start: str | None = None  # ISO date
    end: str | None = None
    city: str | None = None
    country: str | None = None  # English name
    stakeholder_group: str | None = None  # local name of a ckga: concept
    audience: str | None = None  # the audience line as written
    strategy: str | None = None
    campaign: str | None = None
    venue: str | None = None
    evidence: Evidence | None = None


@dataclass
class Record:
    """Everything extracted from one document."""

    source: str  # path as given
    name: str  # file name
    sha256: str
    format: str
    title: str
    language: str
    document_type: str  # MissionSummary | EventReadout | WrittenInput | OtherDocument
    consultation: Consultation
    meetings: list[Meeting] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    key_messages: list[KeyMessage] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    author: str | None = None  # organisation key of a written input's author
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The record as JSON-ready plain data (what ``consultkg extract`` prints)."""
        return asdict(self)

    def unmapped_phrases(self) -> list[str]:
        """Theme phrases that map to no concept, in document order."""
        return [m.text for mt in self.meetings for m in mt.mentions if not m.concepts]
