"""Reading and extracting many records in parallel, each once: through the cache.

    >>> done = process_all([Job(Path("data/lima.md"), "lima")], Cache(root), DEFAULT_BASE_IRI, jobs=2)  # doctest: +SKIP

Each worker reads one file, hashes it, and either finds its triples in the
cache or reads, extracts and writes them there; only small :class:`Done`
records travel back, so memory stays bounded whatever the corpus size.
"""
from __future__ import annotations

import hashlib
import os
import stat
import sys
from dataclasses import asdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .cache import Cache, Figures
from .errors import InputError


@dataclass(frozen=True)
class Job:
    path: Path
    doc_id: str
    known_key: str | None = None  # the key of the last build when the file's size and mtime are unchanged


@dataclass
class Done:
    path: Path
    doc_id: str
    key: str | None = None
    figures: Figures | None = None
    error: str | None = None  # one line, for an unreadable input
    cached: bool = False


def _figures(record, doc_graph: str, lines: list[str], sha256: str = "") -> Figures:
    """The summary figures of a record, read off its triples (one source of truth)."""
    from rdflib.namespace import FOAF, ORG, RDF

    from .namespaces import CKG

    is_org, is_person = f" <{RDF.type}> <{ORG.Organization}> .", f" <{RDF.type}> <{FOAF.Person}> ."
    discussed = f"> <{CKG.discussed}> <"
    orgs = sorted(ln[1:ln.index(">")] for ln in lines if ln.endswith(is_org))
    people = sorted(ln[1:ln.index(">")] for ln in lines if ln.endswith(is_person))
    themes = sorted({ln.split(discussed, 1)[1][:-3] for ln in lines if discussed in ln})
    return Figures(doc_graph=doc_graph, meetings=len(record.meetings), organisations=orgs, people=people,
                   themes=themes, unmapped=record.unmapped_phrases(), warnings=record.warnings, triples=len(lines),
                   sha256=sha256, not_read=[asdict(n) for n in getattr(record, "not_read", [])])


def process(job: Job, cache_root: str, base_iri: str) -> Done:
    """Hash one file; on a cache miss read, extract and cache it."""
    from .extract import extract
    from .rdf import Iris, record_triples
    from .read import read_source

    cache = Cache(Path(cache_root))
    if job.known_key:
        hit = cache.get(job.known_key)
        if hit is not None:
            return Done(job.path, job.doc_id, job.known_key, hit, cached=True)
    try:
        data = read_regular(job.path)
    except InputError as e:
        return Done(job.path, job.doc_id, error=str(e))
    sha = hashlib.sha256(data).hexdigest()
    key = cache.key(sha, job.path.name, job.doc_id, base_iri)
    hit = cache.get(key)
    if hit is not None:
        return Done(job.path, job.doc_id, key, hit, cached=True)
    try:
        record = extract(read_source(job.path))
    except InputError as e:
        return Done(job.path, job.doc_id, error=str(e))
    iris = Iris(base_iri)
    lines = record_triples(record, job.doc_id, iris)
    figures = _figures(record, str(iris.doc(job.doc_id)), lines, sha)
    cache.put(key, lines, figures)
    return Done(job.path, job.doc_id, key, figures)


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file, opened without blocking (a FIFO swapped in after the scan cannot hang)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError(str(path), f"cannot read ({e.strerror or e})") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(str(path), "not a regular file; skipped")
        return fh.read()


def _star(args):
    return process(*args)


def process_all(jobs: list[Job], cache: Cache, base_iri: str, workers: int | None = None,
                progress: bool | None = None) -> list[Done]:
    """Process every job (in parallel when there are several workers); results in job order."""
    workers = workers or os.cpu_count() or 1
    args = [(job, str(cache.root), base_iri) for job in jobs]
    bar = _progress(len(jobs), progress)
    out: list[Done] = []
    if workers == 1 or len(jobs) < 8:
        for a in args:
            out.append(_star(a))
            bar.update(1)
    else:
        from .transaction import die_with_parent
        with ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent,
                                 initargs=(os.getpid(),)) as pool:
            for done in pool.map(_star, args, chunksize=max(1, min(64, len(jobs) // (workers * 8)))):
                out.append(done)
                bar.update(1)
    bar.close()
    return out


def _progress(total: int, enabled: bool | None):
    """A progress bar on stderr that appears only on a terminal and only after a second."""
    from tqdm import tqdm

    if enabled is None:
        enabled = sys.stderr.isatty()
    return tqdm(total=total, unit="doc", file=sys.stderr, delay=1.0, disable=not enabled, leave=False)
