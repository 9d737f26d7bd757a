"""The outline of a record: its blocks as a tree of sections, as a reader sees the page.

Anything that visually opens a section counts as a heading, whatever its words:
a heading of any level, an all-capitals line, a bold-only line, a short line with
no final stop standing alone, a numbered or lettered marker line, a short label
line ending in a colon. Each kind has a rank (:data:`RANK`); a heading closes every
open section of its rank or a deeper one, so a label line ("Who attended:") sits
inside the bold or plain line above it, and that inside the capitals section
above it::

    >>> from consultkg.model import Block
    >>> blocks = [Block("KEY POINTS", 1), Block("Support was broad.", 2, kind="item", level=1),
    ...           Block("Roundtable with women entrepreneurs", 4, emphasis=("Roundtable with women entrepreneurs",)),
    ...           Block("Who attended:", 5), Block("UN Women", 6, kind="item", level=1),
    ...           Block("What we heard:", 7), Block("Care came first.", 8)]
    >>> root = outline(blocks)
    >>> [(s.title, s.rank) for s in root.walk()][1:]  # doctest: +NORMALIZE_WHITESPACE
    [('KEY POINTS', 7), ('Roundtable with women entrepreneurs', 8), ('Who attended:', 11),
     ('What we heard:', 11)]
    >>> [b.text for b in root.children[0].children[0].children[0].blocks]
    ['UN Women']

Nothing here knows what a section is *for*: :mod:`.roles` decides that from what
each section holds.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..text import LIST_MARKER, is_capitals
from ..lexicon import FIELD_LABEL, MEETING_HEADING, SECTION_LINE, SECTION_PATTERNS, SENTENCE_VERB
from ..model import HEADING, ITEM, PARAGRAPH, Block
from ..lexicon import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS

WEEKDAY_WORDS = frozenset(w.casefold() for w in (*WEEKDAYS, *WEEKDAY_ABBREVIATIONS))

#: Ranks of the kinds of heading, outermost first: Markdown/Word heading levels 1-6, then the
#: visual kinds. A heading closes every open section whose rank is the same or deeper.
RANK = {"caps": 7, "bold": 8, "marker": 9, "plain": 10, "label": 11}

MAX_HEADING_WORDS = 20  # a longer line is running text, whatever it looks like
MAX_LABEL_WORDS = 8
_FINAL = ".;,!?\u2026"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FIELD = re.compile(r"^([^:]{1,40}):\s+\S")
_RECORD_SECTION = re.compile(r"^(?:%s)\s*:?$" % "|".join(SECTION_PATTERNS.values()), re.IGNORECASE)


@dataclass(eq=False)  # a section is itself: "in" and "==" by identity, never field by field (quadratic)
class Section:
    """A heading (``None`` for the record's root) and what it governs: its own blocks and sub-sections."""

    heading: Block | None
    rank: int
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.heading.text if self.heading is not None else ""

    @property
    def line(self) -> int | None:
        return self.heading.lineno if self.heading is not None else (self.blocks[0].lineno if self.blocks else None)

    @property
    def position(self) -> tuple[int, int]:
        """Where the section starts, (line, character): the order of sections within one long line too."""
        first = self.heading if self.heading is not None else (self.blocks[0] if self.blocks else None)
        return _order(first) if first is not None else (0, 0)

    def walk(self) -> Iterator[Section]:
        """This section and every section below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def all_blocks(self) -> list[Block]:
        """Every block this section governs (its sub-sections' headings and blocks too), in document order."""
        out: list[Block] = []
        self._gather(out)
        return sorted(out, key=_order)

    def _gather(self, out: list[Block]) -> None:
        out += self.blocks
        for child in self.children:
            if child.heading is not None:
                out.append(child.heading)
            child._gather(out)


def _order(b: Block) -> tuple[int, int]:
    return (b.lineno, b.char or 0)


def _letters(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c).startswith("L")]


def is_bold_line(block: Block) -> bool:
    """The whole line is emphasised ("**Roundtable with women entrepreneurs**")."""
    if not block.emphasis:
        return False
    bold = "".join("".join(e.split()) for e in block.emphasis)
    text = "".join(block.text.split()).rstrip(":")
    return len(bold) >= 0.9 * len(text) > 0


@functools.lru_cache(maxsize=1 << 14)
def names_a_date(text: str) -> bool:
    """A day of a month is named in ``text`` ("Jour 1 — lundi 20 novembre, Dakar").

    >>> names_a_date("Kenya Bankers Association — Wednesday 13 September"), names_a_date("Session 2")
    (True, False)
    """
    if not any(c.isdigit() for c in text):
        return False
    words = re.findall(r"[^\W\d_]+|\d{1,2}(?!\d)", text.casefold())
    return any(w in MONTHS for w in words) or any(
        w in WEEKDAY_WORDS and k + 1 < len(words) and words[k + 1].isdigit() for k, w in enumerate(words)) or any(
        1 <= int(d) <= 31 and 1 <= int(m) <= 12 for d, m in _DAY_MONTH.findall(text))
    # "Lunes 11 | Sede de la Secretaría de la Mujer", "Lun. 13/11, 9:00": a weekday and its number, a day and its
    # month in figures, name a day too


_DAY_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d.])")  # "13/11", "13/11/2023"; not "2023/24"


def is_dateline(text: str) -> bool:
    """A short line giving a date, perhaps a time and a place ("13 de Novembro, 9h00, Maputo").

    >>> is_dateline("13 de Novembro, 9h00, Maputo"), is_dateline("Meeting with the Ministry of Finance")
    (True, False)
    """
    return len(text.split()) <= 8 and names_a_date(text)


def heading_kind(block: Block) -> str | None:
    """The kind of heading ``block`` is ("caps", "bold", "marker", "plain", "label"), or ``None``.

    >>> heading_kind(Block("Who attended:", 1)), heading_kind(Block("Day 2 — Kumasi", 1))
    ('label', 'plain')
    >>> heading_kind(Block("The team met three groups.", 1)) is None, heading_kind(Block("Venue: Hotel Sol", 1))
    (True, None)
    """
    kind = _heading_kind(block.text, block.kind, is_bold_line(block), block.number)
    if kind is None and block.kind == PARAGRAPH and _bold_dateline(block):
        return "bold"
    return kind


def _bold_dateline(block: Block) -> bool:
    """A line that opens in bold and gives a day, as a venue's or a meeting's heading does ("**En la Secretaría
    de la Mujer** — lunes 20 de noviembre, 9:00 a. m."), its final stop an abbreviation's, not a sentence's."""
    lead = block.emphasis[0].strip() if block.emphasis else ""
    text = block.text.strip()
    return len(lead.split()) >= 2 and text.startswith(lead) and len(text.split()) <= MAX_HEADING_WORDS \
        and names_a_date(text) and not SENTENCE_VERB.search(text) and not text.endswith(":")


@functools.lru_cache(maxsize=1 << 15)
def _heading_kind(text: str, kind: str, bold: bool, number: str | None) -> str | None:
    if kind == HEADING:
        return "heading"
    if kind != PARAGRAPH and not (kind == ITEM and bold and number is None and len(text.split()) <= MAX_HEADING_WORDS
                                  and not text.rstrip().endswith(tuple(_FINAL))):
        return None
    text = text.strip()
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or not _letters(text):
        return None
    if text.endswith(":"):
        return "label" if len(words) <= MAX_LABEL_WORDS else None
    if text.endswith(tuple(_FINAL)):
        return None
    field_ = _FIELD.match(text)
    if field_ and not any(c.isdigit() for c in field_.group(1)) and not (bold and _names_a_part(text, field_)):
        return None  # "Participants: A; B", "Venue: Hotel X": a field and its value, not a heading ("Session 3: X"
        # is, and so is a line in bold whole naming a part, "**Afternoon: Kenya Private Sector Alliance**")
    if is_capitals(text):
        return "caps"
    if bold:
        return "bold"
    if LIST_MARKER.match(text):
        return "marker"
    first = next((c for c in text if unicodedata.category(c)[0] in "LN"), "")
    if first and (first.isupper() or first.isdigit() or first.lower() == first.upper()):
        return "plain"
    return None


def _names_a_part(text: str, field_: re.Match) -> bool:
    """A field-shaped line that names a part of the record ("Afternoon: Kenya Private Sector Alliance"): its value
    one capitalised name, no list ("Public : parties prenantes (administration, ...)"), and no date's or venue's."""
    value = text[field_.end(1) + 1:].strip()
    return bool(value) and value[0].isupper() and "," not in value and not FIELD_LABEL.match(text)


def rank_of(block: Block) -> int | None:
    kind = heading_kind(block)
    if kind is None:
        return None
    return min(block.level or 1, 6) if kind == "heading" else RANK[kind]


_FIRST_NUMBER = re.compile(r"^\(?(?:0?1|[aAiI])[.)]$")


def _list_starts_under(item: Block, next_: Block) -> bool:
    """``next_`` opens a list of its own ("1.", "a)", a bullet) at ``item``'s level: ``item`` is not of it.

    >>> _list_starts_under(Block("Points", 5, kind=ITEM, level=1, number="2."), Block("A", 6, kind=ITEM, level=1, number="a)"))
    True
    >>> _list_starts_under(Block("Points", 5, kind=ITEM, level=1, number="1."), Block("A", 6, kind=ITEM, level=1, number="2."))
    False
    """
    return next_.kind == ITEM and next_.level == item.level and (
        next_.number is None or bool(_FIRST_NUMBER.match(next_.number)) and next_.number != item.number)


def _heads_a_list(blocks: list[Block], i: int) -> bool:
    """The numbered item ``blocks[i]`` heads the list after it: a short label (no comma, six words at most)
    over a list of its own, not itself one of a list of such labels ("1. Ministry of Labour" / "2. Ministry
    of Finance" / bullets of what they said)."""
    item = blocks[i]
    if len(item.text.split()) > 6 or "," in item.text or not _list_starts_under(item, blocks[i + 1]):
        return False
    before = blocks[i - 1] if i else None
    return before is None or before.kind != ITEM or before.number is None or before.level != item.level \
        or len(before.text.split()) > MAX_HEADING_WORDS


def _ranks(blocks: list[Block], text: frozenset[int] = frozenset()) -> list[int | None]:
    """The heading rank of each block. A plain line heads a section only standing alone: a run of
    plain lines is a list of names or a title block, and a plain line with nothing of its own after
    it (the end, or a heading of its rank or above next) heads nothing."""
    ranks = [None if id(b) in text else rank_of(b) for b in blocks]
    plain, label = RANK["plain"], RANK["label"]
    for i, b in enumerate(blocks):  # "1. EN LA SECRETARÍA DE LA MUJER (martes 28)" then "Participaron:": a heading;
        if ranks[i] is None and b.kind == ITEM and b.number is not None and (  # so is "2. Points à retenir" over a
                i + 1 == len(blocks) or blocks[i + 1].kind != ITEM or _heads_a_list(blocks, i)) \
                and _heading_kind(b.text, PARAGRAPH, False, None):  # list of its own, "1. ..." or "a) ..."
            ranks[i] = RANK["marker"]

    def is_short(b: Block) -> bool:
        return len(b.text.split()) <= 4 and not any(c.isdigit() for c in b.text)

    repeated = Counter((r, b.text.strip(" :").casefold()) for b, r in zip(blocks, ranks) if r is not None and is_short(b))
    last_long: dict[int, bool] = {}  # rank -> whether the last heading of that rank was a long one
    labelled: set[int] = set()  # ranks whose last long heading has run-in labels already
    for i, rank in enumerate(ranks):
        if rank is None or rank == label:
            continue
        short = is_short(blocks[i])
        if short and last_long.get(rank) and rank > 6 and (
                ranks[i - 1] == rank or repeated[rank, blocks[i].text.strip(" :").casefold()] > 1
                or (rank in labelled and not _RECORD_SECTION.match(blocks[i].text.strip()))):
            ranks[i] = label  # "*In the room*" under each "**Session A — UN House, Amman (5 December)**": a run-in
            labelled.add(rank)  # label, right under its long heading, repeated under several, or after another such
            continue  # label ("**Attending**" ... "**What we heard**"); a lone "Other meetings" is a section, and so
            # is one of the record's own the lexicon names ("Mensagens-chave", "Next steps")
        last_long = {r: v for r, v in last_long.items() if r < rank}
        last_long[rank] = not short
        labelled = {r for r in labelled if r < rank}
    out = list(ranks)
    dated = [i for i, rank in enumerate(ranks) if rank is not None and rank != label and is_dateline(blocks[i].text)]
    days = {ranks[i] for i in dated if i and ranks[i - 1] is None}  # a date line after running text heads a day
    for i, rank in enumerate(ranks):
        if rank is not None and rank != label and i and out[i - 1] is not None and out[i - 1] != label \
                and is_dateline(blocks[i].text) and rank not in days:
            out[i] = None  # a date line right under a heading ("13 de Novembro, 9h00, Maputo") is its date; but
            continue  # "JOURNAL DE MISSION" / "Lundi 20 novembre — Dakar" ... "Mardi 21 novembre — Thiès": days
        if rank != plain or SECTION_LINE.match(blocks[i].text.strip()):
            continue  # a plain line the lexicon knows as a section heading ("Meeting takeaways") heads one
        before = ranks[i - 1] if i else None
        after = ranks[i + 1] if i + 1 < len(ranks) else 0
        if i + 1 < len(blocks) and blocks[i + 1].kind == ITEM and blocks[i + 1].text[:1].islower():
            out[i] = None  # "Las prioridades de la Secretaría son" / "• la prevención de ...": a sentence the
            continue  # list goes on, no heading
        if after == label:
            continue  # a plain line over a label line ("Meeting 1 – Government" / "Attendees:") heads it
        if before == plain and after is None and (MEETING_HEADING.match(blocks[i].text) or names_a_date(blocks[i].text)):
            continue  # the last of a run of plain lines, a meeting's or a day's, over what it heads ("Sesiones" /
            # "Sesión 1 — Instituciones de gobierno (lunes 9 de octubre)" / its participants)
        if before == plain or after == plain or (after is not None and after <= plain):
            out[i] = None
    for i in range(len(out) - 1):  # a day over a meeting's title ("Quarta-feira, 4 de outubro — Maputo" /
        if ranks[i] == plain and ranks[i + 1] == plain and is_dateline(blocks[i].text) \
                and (i == 0 or ranks[i - 1] != plain) and out[i + 1] is not None:  # "Mesa-redonda com ...")
            out[i], out[i + 1] = plain, None  # the day heads the section, the title is its first line
    return out


def title_length(blocks: list[Block]) -> int:
    """How many blocks open the record as its title block: short lines (campaign tag, strategy, dates,
    place, audience) before the first list, table, label line or running text.

    >>> title_length([Block("#AccelerateEquality", 1), Block("Lima, Peru", 2), Block("Who attended:", 3)])
    2
    >>> title_length([Block("Lima, Peru", 1), Block("MISSION OVERVIEW", 2), Block("From 4 to 7 December, the team met.", 3)])
    1
    """
    for i, b in enumerate(blocks):
        text = b.text.strip()
        if b.kind not in (HEADING, PARAGRAPH) or text.endswith(":") or len(text.split()) > MAX_HEADING_WORDS \
                or (text.endswith(tuple(_FINAL)) and len(text.split()) > 6):
            break
        if i and (MEETING_HEADING.match(text) or b.kind == HEADING and names_a_date(text) and not _YEAR.search(text)):
            return i  # "Reunião 1 — Ministério da Família", "## Day 1 — Nairobi, Tuesday 12 September": the first
            # meeting or day, whatever follows it
    else:
        return len(blocks)
    if i and heading_kind(blocks[i - 1]) == "label":
        i -= 1
    if i > 1 and heading_kind(blocks[i - 1]) == "plain" and MEETING_HEADING.match(blocks[i - 1].text) is None \
            and names_a_date(blocks[i - 1].text) and not _YEAR.search(blocks[i - 1].text):
        i -= 1  # a day over what stopped it ("Lundi 20 novembre — Dakar"), not the record's dates (with their year)
    if i > 1 and heading_kind(blocks[i - 1]) not in (None, "plain"):
        i -= 1  # the heading of what stopped the title block ("MISSION OVERVIEW", "Roundtable with ...")
    return i


def outline(blocks: list[Block], text: frozenset[int] = frozenset()) -> Section:
    """The section tree of a record's blocks (see the module's doc); the blocks whose ``id`` is in ``text``
    are never headings, whatever they look like (a person's name line over a post line)."""
    root = Section(None, 0)
    stack = [root]
    for block, rank in zip(blocks, _ranks(blocks, text)):
        if rank is None:
            stack[-1].blocks.append(block)
            continue
        while len(stack) > 1 and stack[-1].rank >= rank:
            stack.pop()
        section = Section(block, rank)
        stack[-1].children.append(section)
        stack.append(section)
    return root
