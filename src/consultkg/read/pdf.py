"""PDF text layer to physical lines and blocks, page furniture removed (PDFium).

:func:`read_pdf` opens the file with pypdfium2, takes each page's text and
places its lines (see :mod:`.layout`), and returns what
:func:`consultkg.read.segment.segment` takes:
``(text, lineno, page)`` lines, an empty line where a vertical gap marks a
paragraph break, and a table :class:`~consultkg.model.Block` where rows line up
in columns (see :mod:`.pdftable`). Running headers, footers and page numbers
are dropped, footnote markers detached from words, and footnotes returned
apart (see :mod:`.furniture`); a word hyphenated at a line end is joined when
it is not a compound (see :mod:`.hyphen`). Lines are numbered across the
document, dropped ones included, so a line number points at the same line
whatever is removed::

    from consultkg.read.pdf import read_pdf
    lines, footnotes, width = read_pdf(Path("notes.pdf").read_bytes(), "notes.pdf")
    blocks = segment(lines, wrapped=True, width=width)

Raises :class:`InputError` for an unreadable or encrypted PDF and for one
without extractable text.
"""
from __future__ import annotations

import functools
import re

from ..text import cased
from ..errors import InputError, brief as _brief
from ..lexicon import HONORIFICS
from ..model import Block
from .furniture import body_size, footnotes, furniture, line_spacing
from .hyphen import document_words, join_lines
from .layout import PdfLine, page_lines
from .pdftable import tables
from .portal import LONG_LINE
from .segment import DATED_END, heading_break, name_line, wrap_width

PhysicalLine = tuple[str, int, "int | None"]
GAP = 1.35  # a step this many times the usual line spacing is a paragraph gap
UNKNOWN_SPACING = 1.5  # with too few lines to tell, the usual spacing is taken as this many line heights


def read_pdf(raw: bytes, where: str = "<bytes>") -> tuple[list[PhysicalLine | Block], list[Block], int]:
    """``(lines, footnotes, width)``: the body as physical lines and table blocks (lines wrapped at
    their column's edge already joined), the footnotes, and the widest line as the page had it
    (in characters, for :func:`~consultkg.read.segment.segment`'s own judgement of wrapped lines)."""
    pages = _pages(raw, where)
    count = 0
    for page in pages:
        for line in page:
            count += 1
            line.lineno = count
    if not count:
        raise InputError(where, "PDF has no text layer (scanned?)")
    dropped = furniture(pages)
    pages = [[line for line in page if id(line) not in dropped] for page in pages]
    size = body_size(pages)
    notes: list[Block] = []
    body_pages = []
    for page in pages:
        body, found = footnotes(page, size)
        body_pages.append(body)
        notes += found
    body = [line for page in body_pages for line in page]
    gaps = _paragraph_gaps(body)
    laid = tables(body)
    words = document_words(line.text for line in body) if any(line.text.endswith("-") for line in body) else ()
    out: list[PhysicalLine | Block] = []
    for a, b in zip(laid, laid[1:]):
        if isinstance(a, PdfLine) and isinstance(b, PdfLine) and id(b) not in gaps:
            a.text, b.text = join_lines(a.text, b.text, words)  # "vio-" + "lence" (page breaks too)
    width = wrap_width([(x.text, x.lineno, x.page) for x in laid if isinstance(x, PdfLine)])
    laid = _unwrap(laid, gaps)
    for x in laid:
        if isinstance(x, Block):
            out.append(x)
            continue
        if id(x) in gaps:
            out.append(("", x.lineno, x.page))
        if x.text:
            out.append((x.text, x.lineno, x.page))
    return out, notes, width


def _pages(raw: bytes, where: str) -> list[list[PdfLine]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    try:
        document = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (c.FPDF_ERR_PASSWORD, c.FPDF_ERR_SECURITY) or "password" in str(exc):
            raise InputError(where, "encrypted PDF (a password is needed)") from None
        raise InputError(where, f"not a readable PDF ({_brief(exc)})") from None
    try:
        pages = []
        for number in range(len(document)):
            page = document[number]
            text_page = page.get_textpage()
            try:
                text, box = _text_and_boxes(text_page, c)
                generated = functools.partial(c.FPDFText_IsGenerated, text_page.raw)
                pages.append(page_lines(text, box, number + 1, generated))
            finally:
                text_page.close()
                page.close()
        return pages
    except pdfium.PdfiumError as exc:  # a damaged page: report it, never a traceback
        raise InputError(where, f"not a readable PDF ({_brief(exc)})") from None
    finally:
        document.close()


def _text_and_boxes(text_page, c):
    """A page's text, one character per PDFium character, and the box of each (by index)."""
    count = text_page.count_chars()
    text = text_page.get_text_range() if count > 0 else ""
    if len(text) != count:  # characters PDFium leaves out or adds (rare): spell them one by one
        code = c.FPDFText_GetUnicode
        text = "".join(chr(u) if 0 < u < 0xD800 or 0xDFFF < u < 0x110000 else " " if u == 0 else "\ufffd"
                       for u in (code(text_page.raw, i) for i in range(count)))
    rect, get_box, raw = c.FS_RECTF(), c.FPDFText_GetLooseCharBox, text_page.raw
    seen: dict[int, tuple[float, float, float, float]] = {}

    def box(index: int) -> tuple[float, float, float, float]:
        if index not in seen:
            ok = get_box(raw, index, rect)
            seen[index] = (rect.left, rect.bottom, rect.right, rect.top) if ok else (0.0, 0.0, 0.0, 0.0)
        return seen[index]

    return text, box


def _paragraph_gaps(body: list[PdfLine]) -> set[int]:
    """Ids of the lines that a wider than usual vertical gap separates from the one before.

    A page break is not a gap, nor a column break (the next line higher up and to the right of the
    last): a paragraph or list carries on across both.
    """
    spacing = line_spacing(body)
    return {id(b) for a, b in zip(body, body[1:])
            if a.page == b.page and not 0 <= a.top - b.top <= GAP * (spacing or UNKNOWN_SPACING * a.size)
            and not _next_column(a, b)}


def _next_column(a: PdfLine, b: PdfLine) -> bool:
    return b.top > a.top and b.left >= a.right - a.size


def _column_rights(lines: list[PdfLine]) -> dict[int, float]:
    """Each line's column's right edge: the furthest most lines that start near it reach, on every
    page (columns stand at the same place page after page; a title across two columns does not move
    an edge); none where too few lines end there to tell."""
    out: dict[int, float] = {}
    widest = max(x.right - x.left for x in lines)
    edges: dict[int, float | None] = {}
    for line in lines:
        key = round(line.left / (widest * 0.15))
        if key not in edges:
            rights = sorted(x.right for x in lines if abs(x.left - line.left) <= widest * 0.15)
            edge = rights[int(0.9 * (len(rights) - 1))] if rights else 0.0
            enough = len(rights) >= 8 and sum(r >= edge - 0.08 * (edge - line.left) for r in rights) >= 3
            edges[key] = edge if enough else None  # too few lines, or too few reaching the edge: no edge
        if edges[key] is not None:
            out[id(line)] = edges[key]
    return out


_HONORIFIC_WORDS = frozenset(HONORIFICS)



def _wrapped(prev: PdfLine, nxt: PdfLine, edge: float) -> bool:
    """``prev`` was wrapped: the first word of ``nxt`` would not have fit in the room left on it, or ``prev``
    stops on an honorific ("… (KWFT) - Mr." / "Collins Otieno, Branch Manager"), which no line ends on."""
    if prev.text.split() and prev.text.split()[-1] in _HONORIFIC_WORDS and nxt.text[:1].isupper():
        return True
    if heading_break(prev.text, nxt.text):
        return False  # a label line, a heading in capitals, a day's heading line: lines of their own
    if DATED_END.search(prev.text) and nxt.text[:1].isupper():
        return False  # "Assemblée nationale — mardi 21 novembre": a heading ending on its day, whatever its width
    if name_line(nxt.text, prev.text):
        return False  # "... Kenya Private Sector Alliance (KEPSA)" / "Prof. Amina Said Abdalla": a name line of its own
    width = (prev.right - prev.left) / max(len(prev.text), 1)  # a character's width, on average
    first = nxt.text.split()[0] if nxt.text.split() else ""
    if edge - prev.right >= (len(first) + 1) * width:
        return False  # the word would have fitted: the line ended there on purpose
    last = prev.text.split()[-1] if prev.text.split() else ""
    if last.endswith((".", "!", "?", ":")):
        return False  # a sentence or a label ends there: the segmenter decides by the page's own gaps
    # a line that stops on a small lower-case word ("de", "des", "the") runs on; else it must fill its column
    return (last.islower() and last[-1:].isalpha()) or prev.right - prev.left >= 0.85 * (edge - prev.left)


_MARKER_START = re.compile(cased(r"\s*(?:[-*\u2013\u2014\u2022\u25cf\u25aa\u25e6\uf0b7\uf0a7o]|\d{1,2}[.)]|[\p{Ll}][.)]|[IVX]{1,4}[.)])\s"))


def _unwrap(laid: list, gaps: set[int]) -> list:
    """Lines a paragraph wrapped at its column's edge joined to the line they run on to (columns and
    page breaks included), so that a sentence or a list item reads whole; a gap, a list marker or a
    line that stops short of the edge ends it."""
    lines = [x for x in laid if isinstance(x, PdfLine)]
    if len(lines) < 3:
        return laid
    right = _column_rights(lines)
    out: list = []
    for x in laid:
        prev = out[-1] if out else None
        if (isinstance(x, PdfLine) and isinstance(prev, PdfLine) and id(x) not in gaps and x.text and prev.text
                and id(prev) in right and _wrapped(prev, x, right[id(prev)])
                and not _MARKER_START.match(x.text) and len(prev.text) + len(x.text) < LONG_LINE):
            prev.text = f"{prev.text} {x.text}" if not prev.text.endswith("-") else prev.text + x.text
            if id(x) in right:
                right[id(prev)] = right[id(x)]
            else:
                right.pop(id(prev), None)
            prev.left, prev.right = x.left, x.right  # the joined line ends where the last one does
            prev.text = prev.text  # (its width per character is the last line's, for the next test)
            continue
        out.append(x)
    return out

