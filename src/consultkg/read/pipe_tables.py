"""Markdown pipe tables, on their own lines or flattened into a one-line record, as table blocks.

A table is two or more rows of ``|``-separated cells; a separator row
(``| --- | :---: |``) after the first row marks that row as the header. In a record
published on one line the rows follow each other on the same line, and the
separator row tells how many cells make a row::

    >>> items = find_tables([("Participants:", 1, None), ("| Name | Role |", 2, None),
    ...                      ("| --- | --- |", 3, None), ("| Ana Ruiz | Chair |", 4, None)])
    >>> items[0], items[1].rows, items[1].header, items[1].row_lines
    (('Participants:', 1, None), (('Name', 'Role'), ('Ana Ruiz', 'Chair')), True, (2, 4))
    >>> flat = find_tables([("Attendees: | Name | Role | | --- | --- | | Ana | Chair | | Bo | Lead | Then.", 1, None)])
    >>> [x if isinstance(x, tuple) else x.rows for x in flat]
    [('Attendees:', 1, None), (('Name', 'Role'), ('Ana', 'Chair'), ('Bo', 'Lead')), ('Then.', 1, None)]

Cells are cleaned of inline Markdown; their emphasised phrases become the
block's emphasis. Escaped pipes (``\\|``) stay inside their cell.
"""
from __future__ import annotations

import re

from ..model import TABLE, Block
from .inline import clean_inline  # the one inline-Markdown cleaner

PhysicalLine = tuple[str, int, "int | None"]

_ROW = re.compile(r"^\s*\|(?:[^|\\]|\\.|\|)*\|\s*$")
_SEPARATOR_CELL = re.compile(r"\s*:?-{3,}:?\s*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
# a flattened table: "| a | b |" rows, one of them all dashes, inside a longer line
_INLINE = re.compile(r"\|(?:[^|\n]*\|){2,}")


_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _cells(row: str) -> list[str]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(inner)]


def _is_separator(cells: list[str]) -> bool:
    return bool(cells) and all(_SEPARATOR_CELL.fullmatch(c) for c in cells)


def _block(rows: list[list[str]], header: bool, lines: list[int], page: int | None) -> Block:
    emphasis: list[str] = []
    links: list[str] = []
    clean_rows = []
    for row in rows:
        cleaned = []
        for cell in row:
            parts = []
            for part in _BREAK.split(cell):  # "<br>" breaks a cell's lines, as a Word cell's paragraphs do
                inline = clean_inline(part)
                emphasis += inline.emphasis
                links += inline.links
                if inline.text:
                    parts.append(inline.text)
            cleaned.append("\n".join(parts))
        clean_rows.append(tuple(cleaned))
    width = max(len(r) for r in clean_rows)
    clean_rows = [r + ("",) * (width - len(r)) for r in clean_rows]
    text = " | ".join(" ".join(c for c in r if c) for r in clean_rows)
    return Block(text, lines[0], page, TABLE, emphasis=tuple(emphasis), links=tuple(links),
                 rows=tuple(clean_rows), header=header, row_lines=tuple(lines))


def _table_from_rows(rows: list[tuple[list[str], int]], page: int | None) -> Block | None:
    """A table block from consecutive pipe rows, or None when they do not make one."""
    header = len(rows) >= 2 and _is_separator(rows[1][0])
    body = [r for i, r in enumerate(rows) if not (header and i == 1)]
    if len(body) < 2 or any(_is_separator(c) for c, _ in body):
        return None
    return _block([c for c, _ in body], header, [n for _, n in body], page)


def _inline_tables(text: str, lineno: int, page: int | None) -> list[PhysicalLine | Block]:
    """Split a long line around the pipe tables flattened into it."""
    out: list[PhysicalLine | Block] = []
    pos = 0
    for m in _INLINE.finditer(text):
        cells = _cells(m.group(0))
        # the separator row gives the width; rows are then cut from the cell stream
        seps = [i for i in range(len(cells)) if _SEPARATOR_CELL.fullmatch(cells[i])]
        runs = _runs(seps)
        run = next((r for r in runs if len(r) >= 2), None)
        if run is None:
            continue
        width = len(run)
        start = run[0] - width - 1  # the header row sits just before, with an empty cell between rows
        if start < 0:
            continue
        stream = [c for c in cells]
        rows: list[list[str]] = []
        i = start
        while i + width <= len(stream):
            row = stream[i:i + width]
            rows.append(row)
            i += width
            if i < len(stream) and stream[i] == "":
                i += 1  # the "| |" between two flattened rows
            elif i < len(stream):
                break
        table = _table_from_rows([(r, lineno) for r in rows], page)
        if table is None:
            continue
        before = text[pos:m.start()].strip()
        if before:
            out.append((before, lineno, page))
        out.append(table)
        pos = m.end()
    if not out:
        return [(text, lineno, page)]
    after = text[pos:].strip()
    if after:
        out.append((after, lineno, page))
    return out


def _runs(indexes: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def find_tables(lines: list[PhysicalLine]) -> list[PhysicalLine | Block]:
    """The physical lines with every pipe table replaced by a table :class:`Block` in its place."""
    out: list[PhysicalLine | Block] = []
    pending: list[tuple[list[str], int, PhysicalLine]] = []

    def flush() -> None:
        if not pending:
            return
        table = _table_from_rows([(c, n) for c, n, _ in pending], pending[0][2][2])
        out.extend([table] if table is not None else [p for _, _, p in pending])
        pending.clear()

    for line in lines:
        text = str(line[0])
        if "|" not in text:
            flush()
            out.append(line)
        elif _ROW.match(text):
            pending.append((_cells(text), line[1], line))
        else:
            flush()
            out.extend(_inline_tables(text, line[1], line[2]) if text.count("|") >= 6 else [line])
    flush()
    return out
