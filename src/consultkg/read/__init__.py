"""The read stage: one input file (Markdown, text, PDF or DOCX) to :class:`SourceText`.

The Markdown, text and PDF readers turn the file into physical ``(text, lineno,
page)`` lines and :func:`consultkg.read.segment.segment` turns those into blocks;
the DOCX reader (:func:`consultkg.read.docx.read_docx`) builds blocks straight
from the document's styles, numbering and tables. Files are
read one at a time and nothing is kept between calls::

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "notes.md").write_text("Participants:\\n- **Farmers** union\\n", "utf-8")
    >>> src = read_source(folder / "notes.md")
    >>> src.format, [(b.text, b.kind, b.emphasis) for b in src.blocks]
    ('markdown', [('Participants:', 'paragraph', ()), ('Farmers union', 'item', ('Farmers',))])
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError
from ..limits import DEFAULT_LIMITS, Limits
from ..model import SourceText
from .decode import decode_text, file_chars
from .docx import read_docx
from .inputs import FORMATS, find_inputs
from .offsets import with_offsets
from .pdf import read_pdf
from .segment import segment

__all__ = ["FORMATS", "decode_text", "find_inputs", "read_source"]


def read_source(path, limits: Limits = DEFAULT_LIMITS) -> SourceText:
    """Read one record; raise :class:`InputError` for anything that is not one (or over a budget of ``limits``)."""
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
    footnotes: list = []
    long_lines: dict[int, tuple[int, str]] = {}
    width = None
    if fmt == "pdf":  # footnotes kept apart from the body (SourceText.footnotes)
        physical, footnotes, width = read_pdf(raw, where)
        wrapped = True if any(isinstance(t, tuple) and not t[0].strip() for t in physical) else None
    elif fmt == "docx":
        physical, wrapped = [], False  # blocks come straight from the document's structure
    else:
        text, warnings_ = decode_text(raw, where)
        physical, wrapped = [(t, i, None) for i, t in enumerate(text.split("\n"), start=1)], None
    if fmt == "docx":  # footnotes and endnotes kept apart from the body (SourceText.footnotes)
        lines, footnotes = read_docx(raw, where, limits)
    else:
        lines = segment(physical, wrapped=wrapped, width=width if fmt == "pdf" else None)
    if fmt in {"markdown", "text"}:  # blocks split out of a one-line record: where each starts in the file
        lines = with_offsets(lines, text, lambda: file_chars(raw, where)[0], long_lines)
    limits.check_blocks(where, len(lines))
    if not lines:
        raise InputError(where, "empty file" if fmt in {"markdown", "text"} else f"no text in this {fmt.upper()}")
    return SourceText(where, file.name, hashlib.sha256(raw).hexdigest(), fmt, lines, warnings_, footnotes, long_lines)
