"""Which files of the paths given are records to read.

    >>> find_inputs(["/no/such/place"])
    Traceback (most recent call last):
    consultkg.errors.InputError: /no/such/place: no such file or folder
"""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError

FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".pdf": "pdf", ".docx": "docx"}


def find_inputs(paths) -> list[Path]:
    """Files named in ``paths`` plus the records found (recursively) in folders.

    Files given are kept in order; each folder contributes its ``.md``, ``.markdown``,
    ``.txt``, ``.pdf`` and ``.docx`` files sorted by relative path, skipping hidden
    files and folders. Duplicates are dropped.
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


