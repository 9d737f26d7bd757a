"""Tables in a PDF's text: rows whose cells line up under the columns of a header row.

:func:`tables` replaces each run of such lines by a table
:class:`~consultkg.model.Block` (``rows`` of cells, the first the header). A
table needs a header row of two or more short cells and at least two rows
below it with two or more cells each, every cell starting where a header cell
starts. The words of a line go to the column whose start is at or left of
them, so the words of a justified cell, which wide gaps set apart, stay one
cell; none may reach into the next column. A row starts where a first-column
cell starts below all of the row above; any other line that lines up adds to
the row's cells: a wrapped cell, whether the file gives a row line by line or
cell by cell (as word processors do), or a cell set lower than the row's first
line (middle- or bottom-aligned), but never a line above the row before. A
table may go on over a page break, where a repeated header row is skipped.
Anything less clear stays text (fail closed)::

    >>> from consultkg.read.layout import PdfLine
    >>> def row(top, *cells):
    ...     return PdfLine(" ".join(cells), 1, top, top - 10, 50, 500, 10.0,
    ...                    tuple((x, c) for x, c in zip((50, 200, 350), cells) if c), lineno=800 - top)
    >>> out = tables([row(700, "Name", "Position", "Institution"), row(688, "Ana Lima", "Chair", "Farmers Union"),
    ...               row(676, "", "", "of Dorvik"), row(664, "Rui Sol", "Adviser", "Ministry of Water")])
    >>> out[0].kind, out[0].row_lines
    ('table', (100, 112, 136))
    >>> for cells in out[0].rows:
    ...     print(cells)
    ('Name', 'Position', 'Institution')
    ('Ana Lima', 'Chair', 'Farmers Union of Dorvik')
    ('Rui Sol', 'Adviser', 'Ministry of Water')
"""
from __future__ import annotations

import math
import re

from ..text import cased
from ..model import TABLE, Block
from .hyphen import join_fragments
from .layout import PdfLine

MAX_HEADER_WORDS = 5
ROW_STEP = 3.0  # rows further apart than this many line heights are not one table
_NOT_A_CELL = re.compile(cased(r"[-*\u2022\u25cf\u25aa\u25e6\uf0b7\uf0a7o]|\(?\d{1,2}[.)]|\(?[\p{Ll}]\)|\(?[ivx]{1,4}[.)]"), re.I)


def tables(lines: list[PdfLine]) -> list[PdfLine | Block]:
    """``lines`` with each table found among them replaced by its block."""
    out: list[PdfLine | Block] = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i)
        if found:
            out.append(found[0])
            i = found[1]
        else:
            out.append(lines[i])
            i += 1
    return out


def _header(line: PdfLine) -> bool:
    """Column titles: short, with letters and no digits, none a label ("Date:"), a
    sentence end or a list marker (a hanging indent is not a column)."""
    return len(line.cells) >= 2 and all(
        any(ch.isalpha() for ch in text) and not any(ch.isdigit() for ch in text)
        and len(text.split()) <= MAX_HEADER_WORDS and not text.endswith((".", ",", ";", ":"))
        and not _NOT_A_CELL.fullmatch(text)
        for _, text in line.cells
    )


def _slots(line: PdfLine, columns: list[float], tolerance: float) -> list[tuple[int, str]] | None:
    """``(column, text)`` of the line's cells, or ``None`` when they do not line up.

    Each run of words goes to the column whose start is at or left of it; the
    first run in a column must start where the column starts, and later ones
    (a justified cell's words, set apart by wide gaps) join it. Where the line
    knows where its runs end, none may reach into the next column::

        >>> cells = ((50, "Ana"), (200, "Ministry"), (260, "of Water"))
        >>> _slots(PdfLine("", 1, 0, 0, 50, 500, 10.0, cells), [50.0, 200.0], 6.0)
        [(0, 'Ana'), (1, 'Ministry of Water')]
        >>> print(_slots(PdfLine("", 1, 0, 0, 50, 500, 10.0, cells, ends=(230, 250, 300)), [50.0, 200.0], 6.0))
        None
    """
    slots: list[tuple[int, str]] = []
    for n, (x, text) in enumerate(line.cells):
        k = len(columns) - 1
        while k >= 0 and columns[k] > x + tolerance:
            k -= 1
        if k < 0 or (line.ends and k + 1 < len(columns) and line.ends[n] > columns[k + 1]):
            return None  # left of the table, or running into the next column
        if slots and k == slots[-1][0]:  # more words of the same cell, on the same line
            slots[-1] = (k, f"{slots[-1][1]} {text}")
        elif (slots and k < slots[-1][0]) or x - columns[k] > tolerance or _NOT_A_CELL.fullmatch(text):
            return None
        else:
            slots.append((k, text))
    return slots or None


MIN_HEADERLESS_ROWS = 3


def _columns_without_header(lines: list[PdfLine], i: int) -> list[float] | None:
    """The column starts of a table with no header row (an unruled list of "Organisation | Person, title"
    rows, each cell perhaps wrapped): the distinct left edges of the run of lines from ``i`` on that start
    at no more than three places, on one page, the first line at the leftmost. ``None`` when there are
    not two such places, or the run holds a label and its value, or a header row comes first."""
    head = lines[i]
    tolerance = max(3.0, 0.6 * head.size)
    if i + 1 < len(lines) and head.bottom - lines[i + 1].top > 0.8 * head.size:
        return None  # a gap under the first line: a label or heading over the table, not its first row
    xs: list[float] = []
    for line in lines[i:i + 60]:
        if line.page != head.page or any(_NOT_A_CELL.fullmatch(t) for _, t in line.cells):
            break
        if any(t.endswith(":") for _, t in line.cells):
            return None  # label and value ("Place: | Dorvik")
        if len(xs) < 2 and line is not head and _header(line):
            return None  # lines over a header row: the table starts there
        for x, _ in line.cells:
            if all(abs(x - c) > tolerance for c in xs):
                xs.append(x)
        if len(xs) > 3:
            xs.pop()
            break
    xs.sort()
    if len(xs) < 2 or abs(head.cells[0][0] - xs[0]) > tolerance or xs[1] - xs[0] < 8 * head.size:
        return None
    return xs


def _side_by_side(lines: list[PdfLine], starts: list[int], end: int, columns: list[float], overlap: float) -> bool:
    """Every row's cells stand beside each other (their heights overlap by ``overlap`` at least), as a
    table's do, not one under the other, as the indented lines of a list of terms and their meanings do."""
    bounds = starts[1:] + [end]
    for a, b in zip(starts, bounds):
        spans: dict[int, tuple[float, float]] = {}
        for line in lines[a:b]:
            for x, _ in line.cells:
                k = max((n for n, c in enumerate(columns) if c <= x + overlap), default=0)
                lo, hi = spans.get(k, (math.inf, -math.inf))
                spans[k] = (min(lo, line.bottom), max(hi, line.top))
        if len(spans) < 2:
            continue
        (lo0, hi0), *others = [spans[k] for k in sorted(spans)]
        if any(min(hi, hi0) - max(lo, lo0) < overlap for lo, hi in others):
            return False
    return True


def _table_at(lines: list[PdfLine], i: int) -> tuple[Block, int] | None:
    """The table whose first line is ``lines[i]`` and the index after it: under a header row, else one
    with no header (a first row of short cells looks like a header and may be none)."""
    found = _table_under(lines, i, header=True) if _header(lines[i]) else None
    return found or _table_under(lines, i, header=False)


def _table_under(lines: list[PdfLine], i: int, header: bool) -> tuple[Block, int] | None:
    head = lines[i]
    tolerance = max(3.0, 0.6 * head.size)
    if header:
        columns = [x for x, _ in head.cells]
        header: list[str] | None = [text for _, text in head.cells]
    else:
        columns, header = _columns_without_header(lines, i), None
        if columns is None:
            return None
    rows: list[list[list[str]]] = [[[text] for text in header]] if header else [[[] for _ in columns]]
    starts = [i]  # the index of each row's first line
    if header is None:
        for k, text in _slots(head, columns, tolerance) or []:
            rows[0][k].append(text)
    # ``low``: the lowest bottom so far; ``floor``: that of the rows before the current one, above
    # which no line of the row may start (a cell set lower, as a middle-aligned one is, stays in its row).
    last, low, floor = head, head.bottom, head.bottom if header else math.inf  # no row above a headerless one
    column = len(columns) - 1 if header else max([k for k, cell in enumerate(rows[0]) if cell], default=0)
    j = i + 1
    while j < len(lines):
        line = lines[j]
        slots = _slots(line, columns, tolerance)
        if slots is None:
            break
        cells = [text for _, text in slots]
        new_page = line.page != last.page
        if new_page:
            if cells == header:  # the header repeated at the top of the next page
                last, low, floor, column, j = line, line.bottom, line.bottom, len(columns) - 1, j + 1
                continue
            low, floor = line.top, math.inf  # the table goes on at the top of the next page
        elif line.top > floor + tolerance or line.top < low - ROW_STEP * line.size:
            break  # above the row before, or too far below the table
        if slots[0][0] == 0 and column > 0 and line.top <= low + tolerance:
            rows.append([[] for _ in columns])  # a first cell below all the row above: a new row
            starts.append(j)
            if not new_page:
                floor = low
        for k, text in slots:
            rows[-1][k].append(text)
        last, low, column = line, min(low, line.bottom), slots[-1][0]
        j += 1
    while len(rows) > 1 and sum(1 for cell in rows[-1] if cell) < 2:
        j = starts.pop()  # a last "row" of one cell is text after the table: give it back
        rows.pop()
    table = [tuple(join_fragments(cell) for cell in row) for row in rows]
    full = sum(1 for row in table[1 if header else 0:] if sum(1 for cell in row if cell) >= 2)
    if full < (2 if header else MIN_HEADERLESS_ROWS):
        return None
    if header is None and (full < len(table) - 1 or not _side_by_side(lines, starts, j, columns, 0.3 * head.size)):
        return None  # with no header to vouch for it: every row (bar one) whole, its cells side by side
    # The cells are in ``rows``; the text stays empty so that no reader of prose takes a row for a sentence.
    return Block("", head.lineno, head.page, TABLE, rows=tuple(table), header=header is not None,
                 row_lines=tuple(lines[k].lineno for k in starts)), j
