"""Reading and extracting many records in parallel, each once: through the cache.

    >>> done = process_all([Job(Path("data/lima.md"), "lima")], Cache(root), DEFAULT_BASE_IRI, jobs=2)  # doctest: +SKIP

An input whose size and modification time did not move since the last build
(its ``known_key``) is looked up in the cache by the build process itself and
never opened. Each other file goes to a worker, which reads and hashes it and
either finds its entry in the cache (the same bytes under a new time) or reads,
extracts and writes its triples as N-Triples text. That text travels back once
and the build process, the cache's one writer, stores it in a few large
transactions; only the small :class:`Done` records are kept, so memory stays
bounded whatever the corpus size.

Workers are forked from the build process after it has imported the reading
and extraction code (the lexicon's compiled patterns, the theme matcher), so no
worker compiles them again.
"""
from __future__ import annotations

import hashlib
import os
import stat
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from .cache import Cache, Figures
from ..errors import InputError
from ..limits import DEFAULT_LIMITS, Limits, cpu_budget

COMMIT_EVERY = 500  # cache entries per transaction


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
    triples: str | None = None  # N-Triples text of a record just extracted, on its way to the cache
    digest: tuple[int, str] | None = None  # and what the network needs of it: (revision, JSON text)


def _figures(record, doc_graph: str, lines: list[str], sha256: str = "") -> Figures:
    """The summary figures of a record, read off its triples in one pass (one source of truth)."""
    from rdflib.namespace import FOAF, ORG, RDF

    from ..namespaces import CKG
    from ..rdf.ntriples import parse_lines

    org, person, a, discussed = str(ORG.Organization), str(FOAF.Person), str(RDF.type), str(CKG.discussed)
    orgs, people, themes = [], [], set()
    for s, p, o in parse_lines(lines, (a, discussed)):
        if p == discussed:
            themes.add(o)
        elif o == org:
            orgs.append(s)
        elif o == person:
            people.append(s)
    return Figures(doc_graph=doc_graph, meetings=len(record.meetings), organisations=sorted(orgs),
                   people=sorted(people), themes=sorted(themes), unmapped=record.unmapped_phrases(),
                   warnings=record.warnings, triples=len(lines), sha256=sha256,
                   not_read=[asdict(n) for n in getattr(record, "not_read", [])],
                   coverage=getattr(record, "coverage", {}))


_READERS: dict[tuple[int, str], Cache] = {}  # (process, cache folder): the cache opened read-only, once


def _reader(cache_root: str) -> Cache:
    key = (os.getpid(), cache_root)  # a forked worker never uses its parent's connection
    cache = _READERS.get(key)
    if cache is None:
        cache = _READERS[key] = Cache(Path(cache_root), readonly=True)
    return cache


def _close_readers() -> None:
    for key in [k for k in _READERS if k[0] == os.getpid()]:
        _READERS.pop(key).close()


def process(job: Job, cache_root: str, base_iri: str, digest: Callable[[list[str]], tuple[int, str]] | None = None,
            limits: Limits = DEFAULT_LIMITS) -> Done:
    """Hash one file; on a cache miss read and extract it (its triples come back in ``Done.triples``, and
    ``digest`` of its N-Triples lines in ``Done.digest``)."""
    from ..extract import extract
    from ..rdf.writer import Iris, record_triples
    from ..read import read_source

    cache = _reader(cache_root)
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
        with cpu_budget(limits.record_seconds, str(job.path)):  # reading and extracting: the record's budget
            record = extract(read_source(job.path, limits))
    except InputError as e:
        return Done(job.path, job.doc_id, error=str(e))
    iris = Iris(base_iri)
    lines = record_triples(record, job.doc_id, iris)
    figures = _figures(record, str(iris.doc(job.doc_id)), lines, sha)
    return Done(job.path, job.doc_id, key, figures, triples="\n".join(lines) + "\n" if lines else "",
                digest=digest(lines) if digest is not None else None)


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


def preload() -> None:
    """Import what every worker needs (the lexicon compiles its patterns on import) before forking."""
    from .. import extract, rdf, read  # noqa: F401
    from ..themes import default_matcher

    default_matcher()


def _pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing

    from .transaction import die_with_parent

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=die_with_parent,
                               initargs=(os.getpid(),))


def chunksize(jobs: int, workers: int) -> int:
    """Jobs sent to a worker at once: few round trips, yet about 8 chunks a worker so none waits at the end.

        >>> chunksize(10_000, 2), chunksize(20, 2), chunksize(1_000_000, 2)
        (32, 1, 32)
    """
    return max(1, min(32, jobs // (workers * 8)))


def process_all(jobs: list[Job], cache: Cache, base_iri: str, workers: int | None = None,
                progress: bool | None = None, digest: Callable[[list[str]], tuple[int, str]] | None = None,
                limits: Limits = DEFAULT_LIMITS) -> list[Done]:
    """Process every job (in parallel when there are several workers); results in job order.

    Entries of records just extracted are written to ``cache`` here, by this process; ``digest`` (a
    module-level function, so workers can be sent it) is applied to each record's triples in its worker.
    """
    workers = workers or os.cpu_count() or 1
    bar = _progress(len(jobs), progress)
    out: list[Done | None] = [None] * len(jobs)
    todo = []
    for i, job in enumerate(jobs):  # unchanged files: their entry, without opening them
        hit = cache.get(job.known_key) if job.known_key else None
        if hit is not None:
            out[i] = Done(job.path, job.doc_id, job.known_key, hit, cached=True)
            bar.update(1)
        else:
            todo.append(i)
    args = [(jobs[i], str(cache.root), base_iri, digest, limits) for i in todo]
    if todo:
        with cache.writing():
            written = 0
            for i, done in zip(todo, _run(args, workers)):
                if done.triples is not None:
                    cache.put(done.key, done.triples, done.figures, digest=done.digest)
                    done.triples = done.digest = None
                    written += 1
                    if written % COMMIT_EVERY == 0:
                        cache.commit()
                out[i] = done
                bar.update(1)
        _close_readers()
    bar.close()
    return out  # type: ignore[return-value]


def _run(args: list[tuple], workers: int):
    if workers == 1 or len(args) < 8:
        yield from map(_star, args)
        return
    preload()
    with _pool(workers) as pool:
        yield from pool.map(_star, args, chunksize=chunksize(len(args), workers))


def _progress(total: int, enabled: bool | None):
    """A progress bar on stderr that appears only on a terminal and only after a second."""
    from tqdm import tqdm

    if enabled is None:
        enabled = sys.stderr.isatty()
    return tqdm(total=total, unit="doc", file=sys.stderr, delay=1.0, disable=not enabled, leave=False)
