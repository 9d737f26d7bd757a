"""PDF text layer to physical lines with their page numbers (pypdf)."""
from __future__ import annotations

import contextlib
import io
import logging
import re
import unicodedata
import warnings

from ..errors import InputError, brief as _brief

_PAGE_NUMBER = re.compile(r"(?:(?:page|p\.|p[áa]gina)\s*)?[-\u2013]?\s*\d{1,4}\s*[-\u2013]?(?:\s*(?:/|of|de|sur)\s*\d{1,4})?", re.I)
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


@contextlib.contextmanager
def _quiet_pypdf():
    """Keep pypdf's log messages and warnings away from the user, then restore."""
    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate


def pdf_lines(raw: bytes, where: str = "<bytes>") -> list[tuple[str, int, int]]:
    """Physical lines of a PDF's text layer, numbered across the whole document.

    Where the vertical gap between two lines is clearly wider than the usual
    line spacing, an empty line (sharing the next line's number) marks the
    paragraph break. Raises :class:`InputError` for an unreadable or encrypted
    PDF and for one without extractable text.
    """
    from pypdf import PdfReader

    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(raw))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(where, "encrypted PDF (a password is needed)")
            pages = [_page_lines(page) for page in reader.pages]
        except InputError:
            raise
        except Exception as exc:  # pypdf raises many kinds on damaged files
            crypt = "crypt" in str(exc).lower() or "Dependency" in type(exc).__name__
            raise InputError(where, f"{'encrypted' if crypt else 'not a readable'} PDF ({_brief(exc)})") from None
    spacing = _line_spacing([y for page in pages for _, y in page])
    lines: list[tuple[str, int, int]] = []
    count = 0
    for number, page in enumerate(pages, start=1):
        previous, furniture = None, _page_numbers(page)
        for index, (text, y) in enumerate(page):
            text = unicodedata.normalize("NFC", text.translate(_LIGATURES))
            if index in furniture:
                count += 1  # a running page number: counted, never shown
                continue
            if spacing and y is not None and previous is not None and not 0 <= previous - y <= 1.35 * spacing:
                lines.append(("", count + 1, number))  # a paragraph gap, not a line of text
            count += 1
            lines.append((text, count, number))
            previous = y if text.strip() else previous
    if not any(text.strip() for text, _, _ in lines):
        raise InputError(where, "PDF has no text layer (scanned?)")
    return lines


def _page_lines(page) -> list[tuple[str, float | None]]:
    """A page's extracted lines, each with the height of its first text (or None)."""
    chunks: list[tuple[str, float]] = []

    def visit(text, cm, tm, *_):
        try:
            y = float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
        except Exception:  # an odd matrix must not cost the text
            y = None
        chunks.append((text, y))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(t for t, _ in chunks) != text:
        return [(line, None) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines: list[tuple[str, float | None]] = [("", None)]
    for chunk, y in chunks:
        for i, part in enumerate(chunk.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if i:
                lines.append(("", None))
            line, first_y = lines[-1]
            lines[-1] = (line + part, first_y if first_y is not None or not part.strip() else y)
    return lines


def _page_numbers(page: list[tuple[str, float | None]]) -> set[int]:
    """Indexes of a page's first or last line when it is only a page number."""
    filled = [i for i, (text, _) in enumerate(page) if text.strip()]
    return {i for i in filled[:1] + filled[-1:] if _PAGE_NUMBER.fullmatch(page[i][0].strip())}


def _line_spacing(heights: list[float | None]) -> float:
    """The usual distance between consecutive lines (lower quartile), 0 if unknown."""
    steps = sorted(a - b for a, b in zip(heights, heights[1:]) if a is not None and b is not None and a - b > 0.5)
    return steps[len(steps) // 4] if len(steps) >= 3 else 0.0
