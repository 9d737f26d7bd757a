"""The plain data the network views are made of (read from RDF by ``read``, drawn by ``project``).

    >>> Said("stance", "We strongly support the strategy.", "lima.md", 12, None).kind
    'stance'
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mention:
    """The exact words of a theme mention and where they are: document file name, line, page, and in a
    record published as one line the character offsets of the words (``start``, ``end``; else None)."""

    text: str
    document: str
    line: int | None
    theme: str  # the concept's label, "" when the phrase maps to no concept
    page: int | None = None
    theme_id: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Said:
    """A sentence of a meeting: its stance sentence or a follow-up interest, with where it is."""

    kind: str  # "stance" | "follow-up"
    text: str
    document: str
    line: int | None
    page: int | None
    start: int | None = None  # character offsets in a one-line record
    end: int | None = None


@dataclass
class Meeting:
    """One ckg:Meeting as the views need it."""

    iri: str
    consultation: str | None
    participants: set[str] = field(default_factory=set)
    themes: set[str] = field(default_factory=set)
    stance: str = ""
    stance_id: str = ""
    position: int = 0
    document: str = ""
    mentions: list[Mention] = field(default_factory=list)
    said: list[Said] = field(default_factory=list)


@dataclass(frozen=True)
class Consultation:
    """One ckg:Consultation: label, dates, country, stakeholder group, document."""

    iri: str
    label: str
    start: str
    end: str
    country_id: str
    country: str
    group_id: str
    group: str
    document_id: str
    document: str


@dataclass(frozen=True)
class KeyMessage:
    """A key message (or suggestion) of a consultation, with the themes it is about and where it is."""

    iri: str
    consultation: str
    position: int
    text: str
    highlight: str
    about: tuple[str, ...]
    mentions: tuple[str, ...]
    document: str
    line: int | None
    page: int | None
    start: int | None = None  # character offsets in a one-line record
    end: int | None = None


@dataclass
class Facts:
    """What the views are made of, read once from the RDF graph."""

    nodes: dict[str, dict] = field(default_factory=dict)  # IRI -> attributes (label, type, ...)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    consultations: dict[str, Consultation] = field(default_factory=dict)
    messages: list[KeyMessage] = field(default_factory=list)
    objectives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # theme IRI -> objective IRIs
    links: set[tuple[str, str, str]] = field(default_factory=set)  # (person/org, org, kind)
    labels: dict[str, str] = field(default_factory=dict)  # objective and country IRIs -> labels

    def of_type(self, *types: str) -> list[str]:
        return sorted(n for n, a in self.nodes.items() if a["type"] in types)
