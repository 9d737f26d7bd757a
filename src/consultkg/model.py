"""Plain data passed between the pipeline stages.

``read`` turns a file into :class:`SourceText` (blocks with their line and page
numbers); ``extract`` turns that into a :class:`Record`; ``rdf`` turns records
into triples. Nothing here knows about files or RDF::

    >>> block = Block(text="Participants:", lineno=3)
    >>> block.bullet is None, block.kind
    (True, 'paragraph')
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace


HEADING, PARAGRAPH, ITEM, TABLE = "heading", "paragraph", "item", "table"


@dataclass(frozen=True)
class Block:
    """One block of a document as its reader found it, cleaned of markup.

    ``kind`` is ``"heading"`` (``level`` 1-6), ``"paragraph"``, ``"item"`` (a list
    item: ``level`` 1 for top level, 2 nested, ...; ``number`` the label as written
    or as Word numbers it, such as ``"1."`` or ``"a)"``, else ``None``) or
    ``"table"`` (``rows`` of cell texts, the first a header when ``header``;
    ``row_lines`` the line of each row). ``lineno`` is the 1-based line of the
    input it starts on (several blocks share one when a record arrives on one
    physical line); ``page`` the 1-based page for PDF and DOCX. ``emphasis`` holds
    the phrases that were bold or italic; ``links`` the texts of links.

    ``char`` and ``char_end`` are set only for a block split out of one long
    physical line (a record a portal published on one line), and only where the
    block's text is the source's text word for word: the 0-based offsets, in
    Unicode code points of the file's decoded text (as RFC 5147 ``char=`` counts
    them), of its first character and just past its last, so that
    ``text == document[char:char_end]``. They are ``None`` for every other block.

    >>> Block("UN Women", 4, kind=ITEM, level=1).bullet
    1
    >>> Block("Comments", 7, kind=ITEM, level=1, number="2.").bullet
    '2.'
    """

    text: str
    lineno: int
    page: int | None = None
    kind: str = PARAGRAPH
    level: int | None = None
    number: str | None = None
    emphasis: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = False
    row_lines: tuple[int, ...] = ()
    char: int | None = None
    char_end: int | None = None

    @property
    def bullet(self) -> int | str | None:
        """``None`` unless a list item: its number when it has one, else its level."""
        if self.kind != ITEM:
            return None
        return self.number or self.level or 1

    @property
    def heading(self) -> int | None:
        """The heading level, or ``None`` for any other block."""
        return self.level if self.kind == HEADING else None


def cut(block: Block, start: int, end: int | None = None, *, keep: bool = False) -> Block:
    """The words ``block.text[start:end]`` (stripped) as a block of their own, their offsets kept right.

    A plain paragraph on the block's line and page, or with ``keep`` the block's own kind and markers::

    >>> b = Block("UNDP; UN Women", 1, kind=ITEM, level=1, char=40, char_end=54)
    >>> part = cut(b, 5)
    >>> part.text, part.kind, part.char, part.char_end
    ('UN Women', 'paragraph', 46, 54)
    >>> cut(b, 0, 4, keep=True).kind, cut(Block("UNDP; UN Women", 1), 5).char
    ('item', None)
    """
    piece = block.text[start:end]
    text = piece.strip()
    char = char_end = None
    if block.char is not None:
        char = block.char + len(block.text[:start]) + len(piece) - len(piece.lstrip())
        char_end = char + len(text)
    if keep:
        return replace(block, text=text, char=char, char_end=char_end)
    return Block(text, block.lineno, block.page, char=char, char_end=char_end)


def item(text: str, lineno: int, page: int | None = None, bullet: int | str | None = None, **kw) -> Block:
    """A block from the older ``bullet`` notation: ``None`` paragraph, an int a level, a str a number.

    >>> item("x", 1, bullet="3.").number, item("y", 2).kind
    ('3.', 'paragraph')
    """
    if bullet is None:
        return Block(text, lineno, page, **kw)
    if isinstance(bullet, str):
        return Block(text, lineno, page, ITEM, 1, bullet, **kw)
    return Block(text, lineno, page, ITEM, bullet, **kw)


@dataclass
class SourceText:
    """What a reader produced: the document's blocks and its metadata."""

    path: str  # as given on the command line
    name: str  # file name
    sha256: str
    format: str  # "markdown", "text", "pdf", "docx"
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)
    # Footnotes a reader kept out of ``blocks`` (PDF): paragraph blocks, ``number`` the marker.
    footnotes: list[Block] = field(default_factory=list)
    # A record published on one line: each long physical line's number -> (file offset of its start, its text)
    long_lines: dict[int, tuple[int, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class NotRead:
    """A piece of a record that was expected to name entities (or to be read) but was not.

    It goes to the build's ``report.json`` and summary, never into the graph.
    ``why`` is a short reason a person can act on ("a sentence, not a name").
    """

    line: int
    text: str
    why: str
    page: int | None = None


@dataclass
class Evidence:
    """Where a fact was read: 1-based line, page when known, and the words.

    ``char`` and ``char_end`` are the 0-based offsets of ``exact`` in the file's
    decoded text (code points, as RFC 5147 ``char=`` counts them), set only
    where the block it was read from has offsets (see :class:`Block`) and
    ``exact`` occurs in that block once, so ``document[char:char_end] == exact``;
    else ``None``.

    ``prefix`` and ``suffix`` are the text just before and after ``exact`` in the
    document, set only where ``exact`` occurs there more than once (so a Web
    Annotation ``oa:TextQuoteSelector`` can tell the occurrences apart); see
    :func:`consultkg.extract.quote.add_quote_context`.
    """

    line: int
    exact: str
    page: int | None = None
    prefix: str | None = None
    suffix: str | None = None
    char: int | None = None
    char_end: int | None = None


@dataclass
class Organisation:
    """An organisation as the document names it. ``key`` identifies it within
    the record (other objects refer to organisations by key)."""

    key: str
    label: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)  # other names the record gives it ("UN Women")
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
    listed: bool = False  # an item of a list of topics, not a clause that names a theme in passing


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
    stance_evidence: Evidence | None = None  # where the stance sentence was read
    follow_up_evidence: list[Evidence] = field(default_factory=list)  # where each follow-up was read, in order


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
    not_read: list[NotRead] = field(default_factory=list)  # what the extractor could not read, for report.json
    coverage: dict = field(default_factory=dict)  # how much was read (consultkg.extract.coverage), for report.json

    def to_dict(self) -> dict:
        """The record as JSON-ready plain data (what ``consultkg extract`` prints)."""
        return asdict(self)

    def unmapped_phrases(self) -> list[str]:
        """Theme phrases that map to no concept, in document order."""
        return [m.text for mt in self.meetings for m in mt.mentions if not m.concepts]
