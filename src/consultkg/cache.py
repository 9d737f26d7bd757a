"""The build cache: each record's triples and figures, keyed by the content hash of its file.

    >>> cache = Cache(Path("output/.consultkg-cache"))          # doctest: +SKIP
    >>> key = cache.key(sha256, "lima.md", "lima", base_iri)     # doctest: +SKIP
    >>> cache.get(key) is None                                   # doctest: +SKIP

A key covers everything the triples depend on: the file's bytes (sha256), its
name and document id, the base IRI and the version of consultkg (a new version
re-extracts everything). Entries are written atomically, so an interrupted
build leaves no half entry.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import __version__
from .output import atomic_write

# Bump when extraction or the RDF writer changes what a record gives.
FORMAT_REVISION = 2


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


class Cache:
    def __init__(self, root: Path):
        self.root = Path(root)

    def key(self, sha256: str, name: str, doc_id: str, base_iri: str) -> str:
        raw = f"{__version__}|{FORMAT_REVISION}|{sha256}|{name}|{doc_id}|{base_iri}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def _paths(self, key: str) -> tuple[Path, Path]:
        folder = self.root / key[:2]
        return folder / f"{key}.nt", folder / f"{key}.json"

    def get(self, key: str) -> Figures | None:
        nt, meta = self._paths(key)
        if not (nt.is_file() and meta.is_file()):
            return None
        try:
            return Figures(**json.loads(meta.read_text(encoding="utf-8")))
        except (ValueError, TypeError):
            return None  # a damaged entry is rebuilt

    def put(self, key: str, lines: list[str], figures: Figures) -> None:
        nt, meta = self._paths(key)
        atomic_write(nt, ("\n".join(lines) + "\n").encode("utf-8"), durable=False)
        atomic_write(meta, json.dumps(asdict(figures), ensure_ascii=False).encode("utf-8"), durable=False)

    def triples_path(self, key: str) -> Path:
        return self._paths(key)[0]

    def prune(self, keep: set[str]) -> int:
        """Remove the entries of documents no longer built; return how many went."""
        gone = 0
        if not self.root.is_dir():
            return 0
        for entry in self.root.glob("*/*.json"):
            if entry.stem not in keep:
                entry.unlink(missing_ok=True)
                entry.with_suffix(".nt").unlink(missing_ok=True)
                gone += 1
        return gone
