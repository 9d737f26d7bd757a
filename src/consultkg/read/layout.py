"""Characters placed on a PDF page to text lines that know where they sit.

:func:`page_lines` groups a page's characters (as PDFium reports them: a code
point and a box, in reading order) into :class:`PdfLine` objects: the text,
the line's box, its font height, the *cells* it falls into where the gap
between two words is wide (a table row), and footnote markers. A digit or
sign that is raised and smaller than the line (``Ghana¹``, ``Ghana1`` set as
a superscript) is detached from the word and kept in ``markers``; at the start
of a line it is the line's ``lead`` (a footnote's own number)::

    >>> def chars(text, x, y, h=10.0):
    ...     out = []
    ...     for ch in text:
    ...         out.append((ch, x, y, x + 0.5 * h, y + h))
    ...         x += 0.5 * h
    ...     return out
    >>> row = chars("Name", 50, 700) + chars("Role", 200, 700) + chars("1", 222, 704, 6)
    >>> [(l.text, l.cells, l.markers) for l in page_lines(row + chars("Next line", 50, 680), 1)]
    [('Name Role', ((50, 'Name'), (200, 'Role')), ('1',)), ('Next line', ((50, 'Next line'),), ())]

Coordinates are PDF points with ``y`` growing upwards, as PDFium gives them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SPACE, BREAK = " ", "\n"  # separators without a box (PDFium's generated characters)
CELL_GAP = 1.2  # a gap this many line heights wide separates two cells
_MARKER_CHARS = set("0123456789*\u2020\u2021")  # raised digits, asterisk, daggers
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPER_MARK = re.compile(r"(?<=[^\W\d_]|[.,;:)\u2019'\"])[%s]+" % _SUPERSCRIPTS)
_LEAD_SUPER = re.compile(r"([%s]+)\s*" % _SUPERSCRIPTS)
_TO_DIGITS = str.maketrans(_SUPERSCRIPTS, "1230456789")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})

Char = tuple  # (text, left, bottom, right, top); text SPACE or BREAK has no box


@dataclass
class PdfLine:
    """One text line of a page: its text, box, font height and cells."""

    text: str
    page: int
    top: float
    bottom: float
    left: float
    right: float
    size: float  # the height of the line's usual character box (grows with the font size)
    cells: tuple[tuple[float, str], ...] = ()  # (left x, text) of each run between wide gaps
    markers: tuple[str, ...] = ()  # footnote markers detached from words
    lead: str | None = None  # a marker that starts the line (a footnote's number)
    lineno: int = 0  # 1-based, across the document (set by the reader)


def page_lines(chars: list[Char], page: int) -> list[PdfLine]:
    """The lines of one page from its characters in reading order (see the module doc)."""
    lines: list[PdfLine] = []
    run: list[Char] = []
    for ch in chars:
        if ch[0] in (SPACE, BREAK):
            if run and run[-1][0] not in (SPACE, BREAK):
                run.append(ch)
            continue
        if run and not _same_line(run, ch):
            lines += _line(run, page)
            run = []
        run.append(ch)
    return lines + _line(run, page)


def _same_line(run: list[Char], ch: Char) -> bool:
    last = next(c for c in reversed(run) if c[0] not in (SPACE, BREAK))
    height = min(ch[4] - ch[2], last[4] - last[2]) or 1.0
    overlap = min(ch[4], last[4]) - max(ch[2], last[2])
    return overlap >= 0.4 * height and ch[1] >= last[1] - 0.5 * height


def _line(run: list[Char], page: int) -> list[PdfLine]:
    boxed = [c for c in run if c[0] not in (SPACE, BREAK)]
    if not boxed:
        return []
    heights = sorted(round(c[4] - c[2], 1) for c in boxed)
    size = max(heights, key=heights.count) or heights[-1]
    body = [c for c in boxed if c[4] - c[2] >= 0.8 * size] or boxed
    base = min(c[2] for c in body)
    words: list[list[str]] = [[]]  # the cells' texts, built character by character
    lefts: list[float] = []
    markers: list[str] = []
    lead: list[str] = []
    previous: Char | None = None
    gap = False
    for c in run:
        if c[0] in (SPACE, BREAK):
            gap = True
            continue
        raised = c[4] - c[2] < 0.8 * size and c[2] > base + 0.15 * size and c[0] in _MARKER_CHARS
        if raised and (previous is not None and not gap or previous is None):
            (markers if previous is not None else lead).append(c[0])
            continue  # a footnote marker stuck to a word, or a footnote's own number
        if previous is None or c[1] - previous[3] >= CELL_GAP * size:
            if previous is not None:
                words.append([])
            lefts.append(c[1])
        elif gap or c[1] - previous[3] > 0.2 * size:
            words[-1].append(" ")
        words[-1].append(c[0])
        previous, gap = c, False
    cells = [_clean("".join(w)) for w in words]
    text = " ".join(cell for cell in cells if cell)
    text, supers = _detach_superscripts(text)
    first = _LEAD_SUPER.match(text)
    if first:
        lead.append(first.group(1).translate(_TO_DIGITS))
        text = text[first.end():]
    if not text:
        return []
    return [PdfLine(text, page, max(c[4] for c in body), base, boxed[0][1], max(c[3] for c in boxed), size,
                    tuple((x, _detach_superscripts(cell)[0]) for x, cell in zip(lefts, cells) if cell),
                    tuple(markers + supers), "".join(lead) or None)]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.translate(_LIGATURES)).replace("\x02", "-")
    return " ".join(text.split())


def _detach_superscripts(text: str) -> tuple[str, list[str]]:
    """Superscript digits that follow a word are footnote markers: remove them.

    >>> _detach_superscripts("Ministry of Social Policy\u00b9 and UN Women\u00b2\u00b3.")
    ('Ministry of Social Policy and UN Women.', ['1', '23'])
    """
    found = [m.group(0).translate(_TO_DIGITS) for m in _SUPER_MARK.finditer(text)]
    return (_SUPER_MARK.sub("", text), found) if found else (text, [])
