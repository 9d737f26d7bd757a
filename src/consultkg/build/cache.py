"""The build cache: each record's triples and figures, keyed by the content hash of its file.

    >>> import tempfile, pathlib
    >>> cache = Cache(pathlib.Path(tempfile.mkdtemp()) / ".consultkg-cache")
    >>> key = cache.key("0" * 64, "lima.md", "lima", "https://example.org/id/")
    >>> cache.get(key) is None
    True
    >>> with cache.writing():
    ...     cache.put(key, "<urn:a> <urn:p> <urn:o> .\\n", Figures(doc_graph="urn:g", triples=1))
    >>> cache.get(key).triples, cache.triples(key)
    (1, '<urn:a> <urn:p> <urn:o> .\\n')
    >>> cache.close()

A key covers everything the triples depend on: the file's bytes (sha256), its
name and document id, the base IRI and the version of consultkg (a new version
re-extracts everything).

All entries live in one SQLite database (``cache.sqlite``, write-ahead log), not
a file per record: a build of 10,000 records writes one file, in a few
transactions, instead of 20,000 files through a temporary file and a rename
each. Only the build process writes (workers hand their triples back to it);
workers may read at the same time, which the write-ahead log allows. An
interrupted build leaves the database as of its last commit (SQLite rolls a
half-written transaction back), never a half entry; a database that cannot be
read at all is deleted and rebuilt, since a build can always make it again.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__

# Bump when extraction or the RDF writer changes what a record gives (the code fingerprint below
# catches any change of code or data as well, so an upgrade never serves stale triples).
FORMAT_REVISION = 5


@functools.cache
def code_fingerprint() -> str:
    """A hash of everything a record's triples depend on besides the record: consultkg's own modules and
    language files, and the vocabulary folder (gazetteer, type rules, themes). Any edit re-extracts.

    >>> len(code_fingerprint()), code_fingerprint() == code_fingerprint()
    (16, True)
    """
    from ..vocab import ontology_dir

    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for root, pattern in ((package, "**/*.py"), (package, "**/*.toml"), (ontology_dir(), "*")):
        for path in sorted(p for p in root.glob(pattern) if p.is_file()):
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
DB_FILE = "cache.sqlite"
_SCHEMA = ("CREATE TABLE IF NOT EXISTS entry (key TEXT PRIMARY KEY, figures TEXT NOT NULL, triples TEXT NOT NULL);"
           "CREATE TABLE IF NOT EXISTS digest (key TEXT PRIMARY KEY, revision INTEGER NOT NULL, data TEXT NOT NULL)")


@dataclass
class Figures:
    """What the build summary needs of one record, without its triples."""

    doc_graph: str
    meetings: int = 0
    organisations: list[str] = field(default_factory=list)  # IRIs
    people: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    triples: int = 0
    sha256: str = ""  # of the file's bytes: two inputs with the same content are told apart in a warning
    not_read: list[dict] = field(default_factory=list)  # model.NotRead as dicts: {"line", "text", "why", "page"}
    coverage: dict = field(default_factory=dict)  # model.Record.coverage


class Cache:
    """The cache database under ``root`` (opened on first use; :meth:`close` when done)."""

    def __init__(self, root: Path, readonly: bool = False):
        self.root = Path(root)
        self.readonly = readonly
        self._db: sqlite3.Connection | None = None

    @property
    def path(self) -> Path:
        return self.root / DB_FILE

    def key(self, sha256: str, name: str, doc_id: str, base_iri: str) -> str:
        raw = f"{__version__}|{FORMAT_REVISION}|{code_fingerprint()}|{sha256}|{name}|{doc_id}|{base_iri}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    # --- the connection -----------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            if self.readonly:
                if not self.path.is_file():
                    raise sqlite3.OperationalError("no cache yet")
                self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30,
                                           check_same_thread=False)
            else:
                self.root.mkdir(parents=True, exist_ok=True)
                self._db = self._open_or_reset()
        return self._db

    def _open_or_reset(self) -> sqlite3.Connection:
        for attempt in (1, 2):
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last commit to a power cut is fine
                db.executescript(_SCHEMA)
                db.execute("SELECT count(*) FROM entry WHERE rowid = 1").fetchone()
                return db
            except sqlite3.DatabaseError:  # not a database (damaged, or something else): the cache is remade
                db.close()
                if attempt == 2:
                    raise
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # --- entries ----------------------------------------------------------------------
    def get(self, key: str) -> Figures | None:
        """The figures of entry ``key``, or None when it is missing or damaged (it is then rebuilt)."""
        try:
            row = self._connect().execute("SELECT figures FROM entry WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        try:
            return Figures(**json.loads(row[0]))
        except (ValueError, TypeError):
            return None

    def triples(self, key: str) -> str:
        """The N-Triples text of entry ``key`` (lines ending in newlines); KeyError when it is missing."""
        row = self._connect().execute("SELECT triples FROM entry WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return row[0]

    def triple_lines(self, key: str) -> list[str]:
        """The N-Triples lines of entry ``key``, without newlines."""
        return self.triples(key).splitlines()

    @contextlib.contextmanager
    def writing(self):
        """One transaction for many :meth:`put` calls (committed at the end, rolled back on an error)."""
        db = self._connect()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def commit(self) -> None:
        """Commit what was put so far and start the next transaction (inside :meth:`writing`)."""
        db = self._connect()
        db.execute("COMMIT")
        db.execute("BEGIN IMMEDIATE")

    def put(self, key: str, triples: str, figures: Figures, digest: tuple[int, str] | None = None) -> None:
        """Store an entry: ``triples`` is N-Triples text, each line ending in a newline; ``digest`` the
        (revision, JSON text) of what the network views need of it (``consultkg.network.digest``)."""
        self._connect().execute("INSERT OR REPLACE INTO entry (key, figures, triples) VALUES (?, ?, ?)",
                                (key, json.dumps(figures.__dict__, ensure_ascii=False), triples))  # flat: no asdict
        if digest is not None:
            self.put_digest(key, *digest)

    def put_digest(self, key: str, revision: int, data: str) -> None:
        self._connect().execute("INSERT OR REPLACE INTO digest (key, revision, data) VALUES (?, ?, ?)",
                                (key, revision, data))

    def digest(self, key: str, revision: int) -> str | None:
        """The digest text of entry ``key`` made by ``revision`` of the digest code, or None."""
        try:
            row = self._connect().execute("SELECT data FROM digest WHERE key = ? AND revision = ?",
                                          (key, revision)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def keys(self) -> set[str]:
        return {k for (k,) in self._connect().execute("SELECT key FROM entry")}

    def prune(self, keep: set[str]) -> int:
        """Remove the entries of documents no longer built; return how many went."""
        if not self.path.is_file():
            return 0
        gone = sorted(self.keys() - set(keep))
        if gone:
            with self.writing():
                self._connect().executemany("DELETE FROM entry WHERE key = ?", [(k,) for k in gone])
                self._connect().executemany("DELETE FROM digest WHERE key = ?", [(k,) for k in gone])
        return len(gone)
