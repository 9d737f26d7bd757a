"""Which files of the paths given are records to read.

    >>> find_inputs(["/no/such/place"])
    Traceback (most recent call last):
    consultkg.errors.InputError: /no/such/place: no such file or folder

:func:`scan_inputs` is what a build uses: it never stops at a bad path, it
reports it (one line) and goes on, and it gives each file its path relative to
the input named on the command line (the source of its document IRI)::

    >>> scan = scan_inputs(["/no/such/place"])
    >>> scan.files, scan.errors
    ([], ['/no/such/place: no such file or folder'])
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import InputError

FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".pdf": "pdf", ".docx": "docx"}
MAX_SIZE = 20 * 1024 * 1024  # bytes: a larger file is skipped unless --max-size allows it


@dataclass(frozen=True)
class Input:
    """A record file and its path relative to the input given (``a/record.md``; a file given: its name)."""

    path: Path
    relative: PurePosixPath


@dataclass
class Scan:
    files: list[Input] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, why it is not read)

    @property
    def errors(self) -> list[str]:
        """One line per path that is not a record to read."""
        return [f"{path}: {why}" for path, why in self.problems]


def find_inputs(paths) -> list[Path]:
    """Files named in ``paths`` plus the records found (recursively) in folders.

    Files given are kept in order; each folder contributes its ``.md``, ``.markdown``,
    ``.txt``, ``.pdf`` and ``.docx`` files sorted by relative path, skipping hidden
    files and folders. Duplicates are dropped. The first path that is not a
    file or a folder raises :class:`InputError` (a build uses :func:`scan_inputs`).
    """
    scan = scan_inputs(paths, max_size=None)
    if scan.problems:
        raise InputError(*scan.problems[0])
    return [f.path for f in scan.files]


def check_input(path: Path | str, max_size: int | None = None) -> None:
    """Raise :class:`InputError` unless ``path`` is a regular file (a folder too, when it is one) that can be
    opened without blocking: what every command checks before it opens a file it is given.

        >>> check_input("/dev/null")
        Traceback (most recent call last):
        consultkg.errors.InputError: /dev/null: a device, not a file to read
    """
    if os.path.isdir(path):
        return
    why = check_file(Path(path), max_size)
    if why is not None:
        raise InputError(str(path), why.replace("not a record file; skipped", "not a file to read"))


def check_file(path: Path, max_size: int | None = MAX_SIZE) -> str | None:
    """Why ``path`` is not a regular file to read (a FIFO, a device, a link loop, too large), or None.

    Only ``os.stat`` is called: nothing is opened, so a FIFO cannot hang the build.
    """
    try:
        st = os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a symbolic link loop"
        if e.errno == errno.ENOENT:
            return "no such file or folder" if not os.path.islink(path) else "a broken symbolic link"
        return f"cannot read ({e.strerror or e})"
    if stat.S_ISFIFO(st.st_mode):
        return "a named pipe (FIFO), not a record file; skipped"
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        return "a device, not a record file; skipped"
    if stat.S_ISSOCK(st.st_mode):
        return "a socket, not a record file; skipped"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file or folder"
    if max_size is not None and st.st_size > max_size:
        return f"{st.st_size / 1e6:.1f} MB is over the {max_size / 1e6:g} MB limit; skipped (--max-size allows more)"
    return None


def scan_inputs(paths, exclude=(), max_size: int | None = MAX_SIZE, follow_links: bool = False) -> Scan:
    """The record files of ``paths`` with their relative paths, and one error line per bad path.

    ``exclude`` are folders never read (the build's output folder and store).
    A missing path, a FIFO, a device, a link loop or a file over ``max_size``
    bytes is an error line; the other paths are still scanned. Inside a folder given,
    symbolic links to files and folders are followed when they stay inside it, and out of
    it only with ``follow_links``; a path named itself is read wherever it leads.
    """
    scan, seen = Scan(), set()
    skip = {_real(p) for p in exclude}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            if _real(path) in skip:
                continue
            found, outside = _walk(path, skip, follow_links)
            scan.problems += outside
            candidates = [(p, PurePosixPath(*p.relative_to(path).parts)) for p in found]
        else:
            candidates = [(path, PurePosixPath(path.name))]
        for candidate, relative in candidates:
            why = check_file(candidate, max_size)
            if why is not None:
                scan.problems.append((str(candidate), why))
                continue
            key = _real(candidate)
            if key not in seen:
                seen.add(key)
                scan.files.append(Input(candidate, relative))
    return scan


def _real(path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, RuntimeError):
        return os.path.abspath(path)


def _walk(folder: Path, skip: set[str], follow_links: bool = False) -> tuple[list[Path], list[tuple[str, str]]]:
    """The record files under ``folder``, and the symbolic links not followed (with why).

    A symbolic link, to a file or a folder, is followed when its target is inside ``folder``
    (each folder once, so a loop ends); one that leads out of it only with ``follow_links``.
    """
    top = _real(folder)
    hits, problems, seen = [], [], {top}

    def inside(path: Path) -> bool:
        return follow_links or _real(path) == top or _real(path).startswith(top.rstrip(os.sep) + os.sep)

    for root, dirs, files in os.walk(folder, followlinks=True):
        keep = []
        for d in sorted(dirs):
            path = Path(root) / d
            if d.startswith(".") or _real(path) in skip:
                continue
            if path.is_symlink() and not inside(path):
                problems.append((str(path), OUTSIDE))
            elif _real(path) not in seen:
                seen.add(_real(path))
                keep.append(d)
        dirs[:] = keep
        for name in files:
            if name.startswith((".", "~$")) or Path(name).suffix.lower() not in FORMATS:
                continue
            path = Path(root) / name
            if path.is_symlink() and os.path.exists(path) and not inside(path):
                problems.append((str(path), OUTSIDE))
            else:
                hits.append(path)
    return sorted(hits, key=lambda p: p.relative_to(folder).parts), sorted(problems)


OUTSIDE = "a symbolic link out of the input folder; skipped (--follow-links allows it)"
