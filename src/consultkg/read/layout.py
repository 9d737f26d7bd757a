"""A PDF page's text to lines that know where they sit.

:func:`page_lines` takes a page's text as PDFium gives it (line ends as
``\\r\\n``, a hyphen that ends a line as ``\\x02``) and ``box(i)``, the box of
character ``i`` (left, bottom, right, top in points, ``y`` up), and makes
:class:`PdfLine` objects: the text, where the line sits and how tall its
letters are, the *cells* it falls into where the gap between two words is
wide (a table row), and footnote markers. Only a few characters per line are
measured: one letter for the height, the two sides of each space for the cells
and the digits that follow a word for the markers, so a page costs little more
than its text. A digit or sign raised and smaller than the line, stuck to a
word (``Ghana1`` with the 1 set as a superscript) or a superscript digit
(``Policy¹``), is detached from the word and kept in ``markers``; at the start
of a line it is the line's ``lead`` (a footnote's own number)::

    >>> text = "Name      Role1\\r\\nNext line"
    >>> boxes = [(50 + 5 * i, 700, 55 + 5 * i, 712) for i in range(17)]
    >>> boxes[14] = (122, 705, 125, 712)  # the raised, smaller "1"
    >>> boxes[17:] = [(50 + 5 * i, 680, 55 + 5 * i, 692) for i in range(9)]
    >>> [(l.text, l.cells, l.markers) for l in page_lines(text, boxes.__getitem__, 1)]
    [('Name Role', ((50, 'Name'), (100, 'Role')), ('1',)), ('Next line', ((50, 'Next line'),), ())]
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

CELL_GAP = 1.2  # a gap this many line heights wide separates two cells
HEADER_WORDS = 12  # a line of more words is no table header (its cells are not measured)
RAISED = 0.15  # a marker's bottom sits this share of the line height above the letters'
SMALLER = 0.8  # ... and it is less tall than this share of them
_SEGMENT = re.compile(r"[^\r\n\x02\ufffe]+[\x02\ufffe]?|[\x02\ufffe]")  # PDFium marks a line-end hyphen so
_MAYBE_MARK = re.compile(r"[0-9*\u2020\u2021\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
_MARKER_ONLY = re.compile(r"[0-9*\u2020\u2021]{1,3}")
_LETTER = re.compile(r"[^\W\d_]")
_VISIBLE = re.compile(r"\S")
_SPACES = re.compile(r"\s+")
_LIST_START = re.compile(r"\s*(?:[-*\u2022\u25cf\u25aa\u25e6\uf0b7\uf0a7]|\d{1,2}[.)])\s")
_STUCK = re.compile(r"(?<=[^\W\d_]|[.,;:)\u2019'\"])[0-9*\u2020\u2021]{1,3}(?![^\W_])")
_LEADING = re.compile(r"\s*([0-9*\u2020\u2021]{1,3})(?=\s|[^\W\d_])")
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPER_MARK = re.compile(r"(?<=[^\W\d_]|[.,;:)\u2019'\"])[%s]+" % _SUPERSCRIPTS)
_LEAD_SUPER = re.compile(r"([%s]+)\s*" % _SUPERSCRIPTS)
_TO_DIGITS = str.maketrans(_SUPERSCRIPTS, "1230456789")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\x02": "-", "\ufffe": "-", "\xa0": " "})

Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass
class PdfLine:
    """One text line of a page: its text, box, letter height and cells."""

    text: str
    page: int
    top: float
    bottom: float
    left: float
    right: float
    size: float  # the height of the line's letter boxes (grows with the font size)
    cells: tuple[tuple[float, str], ...] = ()  # (left x, text) of each run between wide gaps
    markers: tuple[str, ...] = ()  # footnote markers detached from words
    lead: str | None = None  # a marker that starts the line (a footnote's number)
    lineno: int = 0  # 1-based, across the document (set by the reader)
    ends: tuple[float, ...] = ()  # the right x of each cell (none when not measured)


def page_lines(text: str, box: Callable[[int], Box], page: int,
               generated: Callable[[int], bool] | None = None) -> list[PdfLine]:
    """The lines of one page (see the module doc).

    ``generated(i)``, whether PDFium added the space at ``i`` (where a run of
    text ends and another starts further on), saves measuring every space:
    only added spaces and runs of several spaces can part two cells.
    """
    lines: list[PdfLine] = []
    for m in _SEGMENT.finditer(text):
        for seg, start in _bands(m.group(0), m.start(), box, generated):
            # Cells matter only in a table: its header (a short line, not a sentence), the rows
            # under it, and a page's first lines (a table that goes on from the page before).
            cells = (len(lines) < 3 or len(lines[-1].cells) > 1
                     or (seg.count(" ") < HEADER_WORDS and not seg.rstrip().endswith((".", ",", ";"))
                         and not _LIST_START.match(seg)))
            line = _line(seg, start, box, page, generated, cells)
            if line is not None:
                lines.append(line)
    return _attach_markers(lines)


def _bands(seg: str, start: int, box: Callable[[int], Box], generated: Callable[[int], bool] | None):
    """``(text, start)`` of each line in a PDFium line: where a run of text that PDFium
    put after a space it added sits on another band (a cell's second line beside the
    next cell's first, say), it is a line of its own."""
    if generated is None or " " not in seg:
        return [(seg, start)]
    first = _VISIBLE.search(seg)
    if first is None:
        return [(seg, start)]
    _, low, _, high = box(start + first.start())
    _, b, _, t = box(start + len(seg.rstrip()) - 1)
    if min(t, high) - max(b, low) >= 0.4 * min(t - b, high - low):
        return [(seg, start)]  # it ends on the band it starts on
    out, begin = [], 0
    for m in _SPACES.finditer(seg, first.end()):
        if m.end() < len(seg) and (m.end() - m.start() > 1 or generated(start + m.start())):
            _, b, _, t = box(start + m.end())
            if min(t, high) - max(b, low) < 0.4 * min(t - b, high - low):
                out.append((seg[begin:m.start()], start + begin))
                begin, low, high = m.end(), b, t
    out.append((seg[begin:], start + begin))
    return out


def _attach_markers(lines: list[PdfLine]) -> list[PdfLine]:
    """A marker that PDFium set apart as a line of its own (it sits higher) goes back
    to the line it belongs to: the lead of the line it starts, else a marker of the one it ends."""
    out: list[PdfLine] = []
    for i, line in enumerate(lines):
        if _MARKER_ONLY.fullmatch(line.text):
            after = lines[i + 1] if i + 1 < len(lines) else None
            if after and not after.lead and _beside(line, after) and line.right <= after.left + 1:
                after.lead = line.text
                continue
            if out and _beside(line, out[-1]) and line.left >= out[-1].right - 1:
                out[-1].markers += (line.text,)
                continue
        out.append(line)
    return out


def _beside(mark: PdfLine, line: PdfLine) -> bool:
    """Whether ``mark`` is a smaller, raised sign on ``line``'s band."""
    return (mark.size < SMALLER * line.size and line.bottom + RAISED * line.size < mark.bottom < line.top
            and mark.page == line.page)


def _line(seg: str, start: int, box: Callable[[int], Box], page: int,
          generated: Callable[[int], bool] | None, cells: bool = True) -> PdfLine | None:
    anchor = _LETTER.search(seg) or _VISIBLE.search(seg)
    if anchor is None:
        return None
    left, bottom, right, top = box(start + anchor.start())
    size = (top - bottom) or 1.0
    markers: list[str] = []
    lead = None
    cut: list[tuple[int, int]] = []  # spans of detached markers
    maybe_mark = _MAYBE_MARK.search(seg) is not None
    if maybe_mark:
        for m in _STUCK.finditer(seg):
            if _raised(box(start + m.start()), bottom, size):
                markers.append(m.group(0))
                cut.append(m.span())
        m = _LEADING.match(seg)
        if m and m.start(1) < anchor.start() and _raised(box(start + m.start(1)), bottom, size):
            lead = m.group(1)
            cut.insert(0, m.span(1))
    first = _VISIBLE.search(seg)
    bounds, rights = [first.start()], []
    lefts = [left if first.start() == anchor.start() else box(start + first.start())[0]]
    end = len(seg)
    for m in _SPACES.finditer(seg, first.end()) if cells else ():
        if m.end() < end and (generated is None or m.end() - m.start() > 1 or generated(start + m.start())):
            after, before = box(start + m.end())[0], box(start + m.start() - 1)[2]
            if after - before >= CELL_GAP * size:
                bounds.append(m.end())
                lefts.append(after)
                rights.append(before)
    bounds.append(end)
    last = len(seg.rstrip()) - 1
    rights.append(box(start + last)[2])
    if cut:
        kept = list(seg)
        for a, b in cut:
            kept[a:b] = [""] * (b - a)
    parts, found, ends = [], [], []
    for x, right, a, b in zip(lefts, rights, bounds, bounds[1:]):
        cell = _clean("".join(kept[a:b]) if cut else seg[a:b])
        if maybe_mark:
            cell, supers = _detach_superscripts(cell)
            found += supers
        if cell:
            parts.append((x, cell))
            ends.append(right)
    line_text = " ".join(cell for _, cell in parts)
    if maybe_mark and not lead and (m := _LEAD_SUPER.match(line_text)):
        lead, line_text = m.group(1).translate(_TO_DIGITS), line_text[m.end():]
        parts[0] = (parts[0][0], parts[0][1][m.end():].lstrip())
    if not line_text:
        return None
    kept_cells = [k for k, c in enumerate(parts) if c[1]]
    return PdfLine(line_text, page, top, bottom, lefts[0], rights[-1], size,
                   tuple(parts[k] for k in kept_cells), tuple(markers + found), lead,
                   ends=tuple(ends[k] for k in kept_cells))


def _raised(mark: Box, bottom: float, size: float) -> bool:
    return mark[3] - mark[1] < SMALLER * size and mark[1] > bottom + RAISED * size


def _clean(text: str) -> str:
    if text.isascii() and "\x02" not in text:
        return " ".join(text.split())
    return " ".join(unicodedata.normalize("NFC", text.translate(_LIGATURES)).split())


def _detach_superscripts(text: str) -> tuple[str, list[str]]:
    """Superscript digits that follow a word are footnote markers: remove them.

    >>> _detach_superscripts("Ministry of Social Policy\u00b9 and UN Women\u00b2\u00b3.")
    ('Ministry of Social Policy and UN Women.', ['1', '23'])
    """
    found = [m.group(0).translate(_TO_DIGITS) for m in _SUPER_MARK.finditer(text)]
    return (_SUPER_MARK.sub("", text), found) if found else (text, [])
