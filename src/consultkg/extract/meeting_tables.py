"""Tables whose rows are meetings: one row a meeting, one column who came, one what was said.

A back-to-office note often records its meetings as a table ("Date | Who | What was
discussed", in any order and words, or with no header). A reader sees one meeting per
row; :func:`unfold_meeting_tables` gives each row as the blocks of a headed section,
so the outline reads it as any other meeting: a bold line (the row's other cells, a
date or a venue), the lines of the cell of names as list items, the cell of prose as a
paragraph. What the table is comes from what its columns hold, not from its header::

    >>> from consultkg.model import Block, TABLE
    >>> table = Block("", 5, kind=TABLE, header=True, row_lines=(5, 6, 7), rows=(
    ...     ("Date", "Who", "What was discussed"),
    ...     ("11 Sep", "UN Women\\nMs. Ana Ruiz, Director, UNFPA",
    ...      "Partners welcomed the draft and asked how country teams would be resourced to deliver it."),
    ...     ("12 Sep", "Rwanda Women's Network (RWN)",
    ...      "The network strongly endorsed the strategy and asked for direct funding of women's groups.")))
    >>> [(b.text[:30], b.kind, b.lineno) for b in unfold_meeting_tables([table])]  # doctest: +NORMALIZE_WHITESPACE
    [('11 Sep', 'paragraph', 6), ('UN Women', 'item', 6), ('Ms. Ana Ruiz, Director, UNFPA', 'item', 6),
     ('Partners welcomed the draft an', 'paragraph', 6), ('12 Sep', 'paragraph', 7),
     ("Rwanda Women's Network (RWN)", 'paragraph', 7), ('The network strongly endorsed ', 'paragraph', 7)]

A table of names, of fields or of anything else is left as it is.
"""
from __future__ import annotations

from ..model import ITEM, PARAGRAPH, TABLE, Block
from .entities import is_sentence
from .names import has_honorific
from .prose_names import names_in_prose, strong_name
from .prose import people_named

MIN_TALK_WORDS = 12  # a cell of what was said is running text, a sentence or more


def _lines(cell: str) -> list[str]:
    return [x.strip() for x in cell.replace(";", "\n").split("\n") if x.strip()]


def _is_talk(cell: str) -> bool:
    """Running text: a dozen words at least, most of its lines sentences (not a list of names)."""
    lines = [x for x in cell.split("\n") if x.strip()]
    said = sum(len(x.split()) >= 6 and is_sentence(x) for x in lines)
    return len(cell.split()) >= MIN_TALK_WORDS and said * 2 > len(lines)


def _is_who(cell: str) -> bool:
    """Names: most of its lines a sure name or a person, or, run together, two names or more a line."""
    lines = _lines(cell)
    named = sum(strong_name(x) or has_honorific(x) for x in lines)
    return bool(lines) and (named * 2 >= len(lines) and (len(lines) > 1 or not _is_talk(cell)) or _names(cell) >= 2)


def _names(cell: str) -> int:
    """How many sure names of bodies and people with an honorific ``cell`` holds."""
    return len(names_in_prose(cell)) + people_named(cell)


def _column(rows: list[tuple[str, ...]], test, skip: set[int] = frozenset(), key=lambda i: 0) -> int | None:
    """The column whose filled cells mostly pass ``test`` (two thirds of the rows at least); of several, the
    one ``key`` ranks first, else the one that passes most."""
    width = max(map(len, rows))
    passing = []
    for i in range(width):
        if i in skip:
            continue
        cells = [r[i] for r in rows if i < len(r) and r[i].strip()]
        share = sum(map(test, cells)) / len(rows)
        if share >= 2 / 3:
            passing.append((key(i), share, -i))
    return -max(passing)[2] if passing else None


def meeting_columns(table: Block) -> tuple[int, int, int] | None:
    """``(first data row, column of names, column of prose)`` when ``table``'s rows are meetings, else None."""
    rows = list(table.rows)
    start = 1 if table.header or (rows and not any(map(_is_talk, rows[0]))) else 0
    data = rows[start:]
    if len(data) < 2:
        return None
    width = max(map(len, data))
    density = [sum(_names(r[i]) for r in data if i < len(r)) for i in range(width)]
    who = _column(data, _is_who, key=lambda i: density[i])  # the column naming the most: who came
    talk = _column(data, _is_talk, {who}) if who is not None else None
    return None if talk is None else (start, who, talk)


def unfold_meeting_tables(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each table of meetings given as the headed sections its rows stand for."""
    out: list[Block] = []
    for b in blocks:
        found = meeting_columns(b) if b.kind == TABLE and b.rows else None
        if found is None:
            out.append(b)
            continue
        start, who, talk = found
        lines = list(b.row_lines) or [b.lineno] * len(b.rows)
        for row, line in zip(b.rows[start:], lines[start:]):
            names = _lines(row[who])
            rest = [c.strip() for i, c in enumerate(row) if i not in (who, talk) and c.strip()]
            head = " — ".join(" ".join(c.split()) for c in rest) or names[0]
            out.append(Block(head, line, b.page, PARAGRAPH, emphasis=(head,)))
            if len(names) > 1:
                out += [Block(n, line, b.page, ITEM, level=1) for n in names]
            else:  # one run of names and people, written as sentences: a paragraph, read as one
                out.append(Block(" ".join(row[who].split()), line, b.page, PARAGRAPH))
            out.append(Block(" ".join(row[talk].split()), line, b.page, PARAGRAPH))
    return out
