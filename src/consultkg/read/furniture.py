"""Page furniture of a PDF: running headers and footers, page numbers, footnotes.

:func:`furniture` finds the lines that repeat at the top or bottom of most
pages (the same text, page numbers aside, at the same height) and the page
numbers alone on a page's first or last line; :func:`footnotes` splits off the
notes at the foot of a page (smaller than the body text, starting with their
marker) so they stay out of the body but can still be read::

    >>> from consultkg.read.layout import PdfLine
    >>> def line(text, page, top, size=12.0, lead=None):
    ...     return PdfLine(text, page, top, top - size, 50, 400, size, lead=lead)
    >>> body = {1: "Farmers asked for more storage.", 2: "The fund will reply in May.", 3: "Credit is far too dear."}
    >>> pages = [[line("Consultation | Ghana", p, 800, 9), line(body[p], p, 700), line(f"- {p} -", p, 40, 9)]
    ...          for p in (1, 2, 3)]
    >>> sorted(l.text for page in pages for l in page if id(l) in furniture(pages))
    ['- 1 -', '- 2 -', '- 3 -', 'Consultation | Ghana', 'Consultation | Ghana', 'Consultation | Ghana']
    >>> body, notes = footnotes([line("Body.", 1, 700), line("The note.", 1, 90, 8, lead="1")], 12.0)
    >>> [l.text for l in body], [(n.text, n.number, n.page) for n in notes]
    (['Body.'], [('The note.', '1', 1)])
"""
from __future__ import annotations

import re

from ..lexicon import PAGE_OF, PAGE_WORD
from collections import Counter
from difflib import SequenceMatcher

from ..model import PARAGRAPH, Block
from .hyphen import join_fragments
from .layout import PdfLine

EDGE = 2  # lines at the top and at the bottom of a page that may be furniture
APART = 1.5  # ... set apart from the body by this many usual line steps (or a smaller size)
SAME_HEIGHT = 4.0  # points: a running header sits at the same height on every page
SIMILAR = 0.9  # texts this similar (page numbers masked) are the same running header
SMALL = 0.88  # footnote text is smaller than this share of the body text's height
PAGE_NUMBER = re.compile(  # "- 3 -", "Page 2 of 5", "página 2 de 5" (the lexicon's page words)
    r"(?:%s\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?"
    r"(?:\s*(?:/|%s)\s*\d{1,4})?" % (PAGE_WORD, PAGE_OF), re.I
)
_NOTE_START = re.compile(r"(\d{1,2}|[*\u2020\u2021])[.)]?\s+(?=\S)")


def furniture(pages: list[list[PdfLine]]) -> set[int]:
    """The ``id`` of every line that is a running header or footer or a page number.

    Running lines are the outermost lines of a page (one or two), found at the
    same height with the same text (numbers aside) on most pages, and set apart
    from the body (smaller, or further from the next line than a paragraph gap).
    """
    dropped = set()
    for page in pages:
        for line in page[:1] + page[-1:]:
            if PAGE_NUMBER.fullmatch(line.text.strip()):
                dropped.add(id(line))
    filled = [page for page in pages if page]
    if len(filled) < 2:
        return dropped
    need = max(2, -(-len(filled) * 3 // 5))
    size, spacing = body_size(filled), line_spacing([line for page in filled for line in page])
    edges = [[(line, _key(line.text)) for line in _edge(page)] for page in filled]

    def repeated(line: PdfLine, own: int) -> bool:
        key = _key(line.text)
        seen = 1 + sum(
            any(abs(other.top - line.top) <= SAME_HEIGHT and _similar(key, okey) for other, okey in edge)
            for index, edge in enumerate(edges) if index != own
        )
        return seen >= need

    def apart(block: list[PdfLine], neighbour: PdfLine | None) -> bool:
        last = block[-1]
        return (neighbour is None or all(line.size < SMALL * size for line in block)
                or abs(last.top - neighbour.top) >= APART * (spacing or 1.5 * last.size))

    for own, page in enumerate(filled):
        for order in (page, page[::-1]):  # from the top, then from the bottom
            block: list[PdfLine] = []
            for line in order[:EDGE]:
                if id(line) not in dropped and not repeated(line, own):
                    break
                block.append(line)
            while block and not apart(block, order[len(block)] if len(block) < len(order) else None):
                block.pop()  # a running header is set apart from the body below it
            dropped.update(id(line) for line in block)
    return dropped


def line_spacing(lines: list[PdfLine]) -> float:
    """The usual step from one line to the next on a page (lower quartile), 0 when too few lines."""
    steps = sorted(a.top - b.top for a, b in zip(lines, lines[1:]) if a.page == b.page and a.top - b.top > 0.5)
    return steps[len(steps) // 4] if len(steps) >= 3 else 0.0


def _edge(page: list[PdfLine]) -> list[PdfLine]:
    return page if len(page) <= 2 * EDGE else page[:EDGE] + page[-EDGE:]


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def _similar(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b).ratio() >= SIMILAR


def body_size(pages: list[list[PdfLine]]) -> float:
    """The height of the body text: the line height that carries the most characters."""
    weights: Counter = Counter()
    for page in pages:
        for line in page:
            weights[round(line.size, 1)] += len(line.text)
    return max(weights, key=lambda size: (weights[size], size)) if weights else 0.0


def footnotes(page: list[PdfLine], size: float) -> tuple[list[PdfLine], list[Block]]:
    """``(body, notes)``: a page's lines less the footnotes at its foot, and those notes.

    The notes are the page's last lines when they are all smaller than the body
    text and the first of them starts with a marker (a raised or leading number,
    ``*``, a dagger); each marker starts a new note. Anything else stays body.
    """
    start = len(page)
    while start > 0 and page[start - 1].size < SMALL * size:
        start -= 1
    first = next((i for i in range(start, len(page)) if _marker(page[i])), None)
    if first is None or first == 0:
        return page, []
    notes: list[Block] = []
    current: list = []  # [marker, lines' texts, first line]
    for line in page[first:]:
        marker = _marker(line)
        if marker:
            if current:
                notes.append(_note(*current))
            text = line.text if line.lead else line.text[_NOTE_START.match(line.text).end():]
            current = [marker, [text], line]
        else:
            current[1].append(line.text)
    notes.append(_note(*current))
    return page[:first], notes


def _marker(line: PdfLine) -> str | None:
    if line.lead:
        return line.lead
    m = _NOTE_START.match(line.text)
    return m.group(1) if m else None


def _note(marker: str, texts: list[str], line: PdfLine) -> Block:
    return Block(join_fragments(texts), line.lineno, line.page, PARAGRAPH, number=marker)
