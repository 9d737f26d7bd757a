"""The read stage: one input file (Markdown, text, PDF or DOCX) to :class:`SourceText`.

Each reader turns its format into physical ``(text, lineno, page)`` lines and
:func:`consultkg.segment.segment` turns those into logical lines. Files are
read one at a time and nothing is kept between calls::

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "notes.md").write_text("Participants:\\n- **Farmers** union\\n", "utf-8")
    >>> src = read_source(folder / "notes.md")
    >>> src.format, [(l.text, l.bullet, l.emphasis) for l in src.lines]
    ('markdown', [('Participants:', None, ()), ('Farmers union', 1, ('Farmers',))])
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import re
import unicodedata
import warnings
from pathlib import Path

from .errors import InputError, brief as _brief
from .read_docx import docx_lines
from .model import SourceText
from .segment import segment

FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".pdf": "pdf", ".docx": "docx"}
_PAGE_NUMBER = re.compile(r"(?:(?:page|p\.|p[áa]gina)\s*)?[-\u2013]?\s*\d{1,4}\s*[-\u2013]?(?:\s*(?:/|of|de|sur)\s*\d{1,4})?", re.I)
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


def find_inputs(paths) -> list[Path]:
    """Files named in ``paths`` plus the records found (recursively) in folders.

    Files given are kept in order; each folder contributes its ``.md``, ``.markdown``,
    ``.txt``, ``.pdf`` and ``.docx`` files sorted by relative path, skipping hidden
    files and folders. Duplicates are dropped.

    >>> find_inputs(["/no/such/place"])
    Traceback (most recent call last):
    consultkg.errors.InputError: /no/such/place: no such file or folder
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = _walk(path)
        elif path.is_file():
            candidates = [path]
        elif path.exists():
            raise InputError(str(given), "not a regular file or folder")
        else:
            raise InputError(str(given), "no such file or folder")
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _walk(folder: Path) -> list[Path]:
    hits = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith((".", "~$")) or Path(name).suffix.lower() not in FORMATS:
                continue
            hits.append(Path(root) / name)
    return sorted(hits, key=lambda p: p.relative_to(folder).parts)


def read_source(path) -> SourceText:
    """Read one record; raise :class:`InputError` for anything that is not one."""
    where = str(path)
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in FORMATS:
        shown = f"'{file.suffix}'" if file.suffix else "no extension"
        raise InputError(where, f"unsupported file type {shown} (expected .md, .txt, .pdf or .docx)")
    if file.is_dir():
        raise InputError(where, "is a folder, not a file")
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except OSError as exc:
        raise InputError(where, f"cannot read file ({exc.strerror or exc})") from None
    if not raw.strip():
        raise InputError(where, "empty file")
    fmt = FORMATS[suffix]
    warnings_: list[str] = []
    if fmt == "pdf":
        physical = pdf_lines(raw, where)
        wrapped = True if any(not t.strip() for t, *_ in physical) else None
    elif fmt == "docx":
        physical, wrapped = docx_lines(raw, where), False
    else:
        text, warnings_ = decode_text(raw, where)
        physical, wrapped = [(t, i, None) for i, t in enumerate(text.split("\n"), start=1)], None
    lines = segment(physical, wrapped=wrapped)
    if not lines:
        raise InputError(where, "empty file" if fmt in {"markdown", "text"} else f"no text in this {fmt.upper()}")
    return SourceText(where, file.name, hashlib.sha256(raw).hexdigest(), fmt, lines, warnings_)


# ---------------------------------------------------------------- text
def decode_text(raw: bytes, where: str = "<bytes>") -> tuple[str, list[str]]:
    """Bytes of a text record to NFC text with ``\\n`` line ends, and any warnings.

    >>> decode_text("caf\\u00e9\\r\\n".encode("cp1252"))
    ('café\\n', ['not UTF-8; read as cp1252'])
    """
    notes: list[str] = []
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    text = None
    for encoding in ["utf-16"] if utf16 else [] if b"\x00" in raw else ["utf-8-sig", "cp1252"]:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        notes += ["not UTF-8; read as cp1252"] if encoding == "cp1252" else []
        break
    if text is None or _looks_binary(text):
        raise InputError(where, "binary file, not a text record")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(where, "empty file")
    return text, notes


def _looks_binary(text: str) -> bool:
    return len(_CONTROLS.findall(text)) > max(2, len(text) // 100) or "\x00" in text


# ---------------------------------------------------------------- PDF
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
