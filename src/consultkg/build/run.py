"""The build: input files -> records -> triples per document -> graph files (and a store).

    >>> report = build(["data/"], "output/")          # doctest: +SKIP
    >>> report.documents, report.errors               # doctest: +SKIP
    (1, [])

Inputs are read and extracted in parallel, each through the cache
(:mod:`consultkg.build.cache`): a record whose file did not change is not read
again. An input that cannot be read is reported in ``errors`` and the others
still build. When nothing changed since the last build into the same folder,
nothing is rewritten.

A build is a transaction (:mod:`consultkg.build.transaction`): it holds a lock on
the output folder, removes what a killed build left, writes every output
atomically and the build state last, so a killed build is redone in full by
the next one. Document IRIs come from each file's path relative to the input
named on the command line (:func:`document_id`), never from order.
"""
from __future__ import annotations

import contextlib
import functools
import json
from collections import defaultdict
from dataclasses import dataclass, field
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from rdflib import Dataset

from .cache import Cache, code_fingerprint
from ..errors import ConsultkgError
from ..limits import DEFAULT_LIMITS, Limits
from ..extract.coverage import LOW as LOW_COVERAGE
from ..model import Record
from ..namespaces import DEFAULT_BASE_IRI
from ..files import atomic_write
from .outputs import write_streamed
from .workers import Job, process_all
from ..rdf.writer import (VOCABULARY_GRAPH, Iris, add_record, add_vocabulary, bind_prefixes, vocabulary_digest,
                  vocabulary_lines)
from ..read.inputs import MAX_SIZE, scan_inputs
from .state import CACHE_DIR, OUTPUTS, REPORT_FILE, STATE_FILE, last_build, output_stats, read_state
from ..text import slug
from .transaction import clean_leftovers, output_lock

__all__ = ["BuildError", "BuildReport", "build", "document_id", "document_ids", "make_dataset", "last_build",
           "CACHE_DIR", "STATE_FILE"]

QUADS_FILE = ".build-quads.nq"  # the N-Quads of this build, kept for the store (a leftover is removed)


@dataclass(frozen=True)
class Page:
    """A page a build draws from its records: what a worker makes of each record's N-Triples (``digest``, kept in
    the cache), and how the page is written from those (``draw(out_dir, cache, keys)`` gives its path)."""

    digest: Callable
    draw: Callable


class BuildError(ConsultkgError):
    """A build that cannot start (its output folder is locked by another build, say)."""


@dataclass
class BuildReport:
    """What a build read, made and wrote."""

    documents: int = 0
    meetings: int = 0
    organisations: int = 0
    people: int = 0
    themes: int = 0
    triples: int = 0
    unmapped: list[tuple[str, str]] = field(default_factory=list)  # (file, phrase)
    warnings: list[str] = field(default_factory=list)  # "file: message"
    errors: list[str] = field(default_factory=list)  # one line per unreadable input
    not_read: list[dict] = field(default_factory=list)  # {"file", "line", "page", "text", "why"}: see report.json
    coverage: dict[str, dict] = field(default_factory=dict)  # file -> what was read of it: see report.json
    outputs: list[Path] = field(default_factory=list)
    store_graphs: int = 0  # named graphs written to the --store
    extracted: int = 0  # documents read and extracted (the others came from the cache)
    unchanged: bool = False  # nothing changed since the last build: no file rewritten

    def summary(self) -> str:
        """The lines ``consultkg build`` prints to stderr."""
        lines = [
            f"documents: {self.documents}", f"meetings: {self.meetings}", f"organisations: {self.organisations}",
            f"people: {self.people}", f"themes: {self.themes}", f"unmapped theme phrases: {len(self.unmapped)}",
        ]
        lines += [f"  - {name}: {phrase}" for name, phrase in self.unmapped]
        lines += [f"triples: {self.triples}", f"warnings: {len(self.warnings)}"]
        lines += [f"  - {w}" for w in self.warnings]
        if self.not_read:
            lines.append(f"not read: {len(self.not_read)} lines, see {REPORT_FILE}")
        for name, cov in sorted(self.coverage.items()):
            if cov.get("share", 1.0) < LOW_COVERAGE:
                lines.append(f"  - {name}: {round(100 * cov['share'])} % of its content read, see {REPORT_FILE}")
        if self.errors:
            lines.append(f"unreadable inputs: {len(self.errors)}")
        lines.append(f"extracted: {self.extracted} (the other {self.documents - self.extracted} from the cache)")
        return "\n".join(lines)


def document_id(relative: PurePosixPath | str) -> str:
    """The id of a document (its IRI is ``<base>doc/<id>``) from its path relative to the input given.

    Each folder and the file's stem are slugged; the extension is dropped::

        >>> document_id("lima-peru-government.md")
        'lima-peru-government'
        >>> document_id("a/Mission Notes.md")
        'a/mission-notes'
    """
    rel = PurePosixPath(relative)
    return "/".join([slug(part) for part in rel.parent.parts] + [slug(rel.stem)])


def document_ids(paths: list[Path]) -> dict[Path, str]:
    """The id of each of ``paths`` given as files (relative to themselves: their name)."""
    return {p: document_id(p.name) for p in paths}


def make_dataset(records: list[tuple[str, Record]], base_iri: str = DEFAULT_BASE_IRI) -> Dataset:
    """An in-memory rdflib dataset of a few records plus the vocabulary graph (for tests and small jobs)."""
    ds = Dataset()
    bind_prefixes(ds, base_iri)
    add_vocabulary(ds)
    iris = Iris(base_iri)
    for doc_id, record in records:
        add_record(ds, record, doc_id, iris)
    return ds


def build(inputs: list[str | Path], out_dir: str | Path, base_iri: str = DEFAULT_BASE_IRI,
          store: str | Path | None = None, jobs: int | None = None, progress: bool | None = None,
          page: Page | None = None, max_size: int | None = MAX_SIZE, limits: Limits = DEFAULT_LIMITS,
          follow_links: bool = False) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir`` (and ``store`` when given).

    When no input can be read nothing is written (an earlier output stays as
    it was) and ``report.outputs`` is empty. ``page`` also draws a page from the records
    (``network.html``, the stakeholder-theme explorer: ``consultkg.network.BUILD_PAGE``; the caller hands it
    in, as no stage imports a later one).
    ``max_size`` (bytes) skips larger inputs; ``None`` reads any size; a record over one of ``limits``
    (:class:`consultkg.limits.Limits`: unpacked DOCX size, blocks, CPU time) is an error line; symbolic links
    lead out of a folder given only with ``follow_links``. A
    second build into the same folder while one runs raises :class:`BuildError`.
    """
    out_dir = Path(out_dir)
    with output_lock(out_dir, BuildError), _store_lock(store):
        clean_leftovers(out_dir)
        return _build(inputs, out_dir, base_iri, store, jobs, progress, page, max_size, limits, follow_links)


@contextlib.contextmanager
def _store_lock(store):
    """The store's lock, held for the whole build, taken before any file is written (no store: nothing)."""
    if store is None:
        yield
        return
    from .store import check_store_folder

    check_store_folder(Path(store))  # before the lock file goes in
    with output_lock(Path(store), BuildError, what="store"):
        yield


def _build(inputs, out_dir: Path, base_iri: str, store, jobs, progress, page: Page | None, max_size,
           limits: Limits = DEFAULT_LIMITS, follow_links: bool = False) -> BuildReport:
    network = page is not None
    report = BuildReport()
    scan = scan_inputs(inputs, exclude=[out_dir] + ([store] if store is not None else []), max_size=max_size,
                       follow_links=follow_links)
    report.errors = scan.errors
    files, clashes = _identify(scan.files)
    report.errors += clashes
    cache = Cache(out_dir / CACHE_DIR)
    previous = read_state(out_dir) or {}
    if previous.get("code") != code_fingerprint():  # another consultkg built it: no file's key can be trusted
        previous = {k: v for k, v in previous.items() if k != "files"}
    stats = _file_stats(files)
    digest = vocabulary_digest()
    if not report.errors and _nothing_changed(previous, stats, base_iri, digest, out_dir, network):
        # no file's size or modification time moved since the last build: not one is opened
        report = BuildReport(**previous["summary"], unchanged=True, outputs=_present(out_dir))
        report.unmapped = [tuple(u) for u in report.unmapped]
        return _sync(report, [_Known(g, k) for g, k in previous["documents"]], out_dir, cache, store, digest,
                     previous)
    known = {path: entry[3] for path, entry in previous.get("files", {}).items()
             if stats.get(path) == entry[:3] and previous.get("base_iri") == base_iri}
    done = process_all([Job(f.path, doc_id, known.get(str(f.path))) for f, doc_id in files], cache, base_iri,
                       jobs, progress, digest=page.digest if page is not None else None, limits=limits)
    report.errors += [d.error for d in done if d.error]
    ok = [d for d in done if d.key]
    if not ok:
        cache.close()
        return report
    _count(report, ok)
    state = {"base_iri": base_iri, "vocabulary": digest, "network": network,
             "documents": [[d.figures.doc_graph, d.key] for d in ok], "triples": None}
    same = {k: previous.get(k) for k in ("base_iri", "vocabulary", "documents", "network")} == \
        {k: state[k] for k in ("base_iri", "vocabulary", "documents", "network")}
    if same and _outputs_intact(previous, out_dir):
        report.unchanged, report.triples = True, previous.get("triples") or 0
        report.outputs = _present(out_dir)
    else:
        docs = ((d.figures.doc_graph, cache.triples(d.key)) for d in ok)
        vocab = (str(VOCABULARY_GRAPH), vocabulary_lines(cache.root))
        quads = out_dir / QUADS_FILE if store is not None else None  # the store loads the same stream
        report.outputs, report.triples = write_streamed(out_dir, vocab, docs, base_iri, keep_quads=quads)
        report.outputs.append(_write_report(out_dir, report))
        if page is not None:  # any size: drawn from what the workers made of each record's triples
            report.outputs.append(page.draw(out_dir, cache, [d.key for d in ok]))
        cache.prune({d.key for d in ok})
    state["triples"] = report.triples
    if not report.errors:  # the fast path replays this build's summary
        state["files"] = {str(d.path): stats[str(d.path)] + [d.key] for d in ok}
        state["code"] = code_fingerprint()
        state["summary"] = {k: getattr(report, k) for k in _SUMMARY}
    return _sync(report, [_Known(d.figures.doc_graph, d.key) for d in ok], out_dir, cache, store, digest, state)


_SUMMARY = ("documents", "meetings", "organisations", "people", "themes", "triples", "unmapped", "warnings",
            "not_read")


@dataclass
class _Known:
    doc_graph: str
    key: str


def _identify(files) -> tuple[list, list[str]]:
    """(input, document id) per file; two inputs with one id are both refused (an error line each)."""
    by_id = defaultdict(list)
    for f in files:
        by_id[document_id(f.relative)].append(f)
    out, errors = [], []
    for f in files:
        doc_id = document_id(f.relative)
        others = [str(o.path) for o in by_id[doc_id] if o is not f]
        if others:
            errors.append(f"{f.path}: same document id '{doc_id}' as {', '.join(others)} "
                          f"(its IRI comes from the path and name without extension); rename one")
        else:
            out.append((f, doc_id))
    return out, errors


def _file_stats(files) -> dict[str, list]:
    out = {}
    for f, doc_id in files:
        try:
            st = f.path.stat()
            out[str(f.path)] = [st.st_size, st.st_mtime_ns, doc_id]
        except OSError:
            out[str(f.path)] = [-1, -1, doc_id]
    return out


def _output_names(network: bool) -> list[str]:
    return [*OUTPUTS, REPORT_FILE] + (["network.html"] if network else [])


def _present(out_dir: Path) -> list[Path]:
    return [out_dir / n for n in (*OUTPUTS, REPORT_FILE, "network.html") if (out_dir / n).is_file()]


def _outputs_intact(previous: dict, out_dir: Path) -> bool:
    """Every output the last build wrote is there, untouched since (size and time as the state says)."""
    recorded = previous.get("outputs")
    if not recorded:
        return False
    now = output_stats(out_dir)
    names = [n for n in _output_names(previous.get("network", True)) if n != "network.html" or n in recorded]
    return all(n in recorded and now.get(n) == recorded[n] for n in names)


def _nothing_changed(previous: dict, stats: dict, base_iri: str, digest: str, out_dir: Path, network: bool) -> bool:
    files = previous.get("files")
    return bool(files) and "summary" in previous and previous.get("base_iri") == base_iri \
        and previous.get("vocabulary") == digest and previous.get("network") == network \
        and set(files) == set(stats) and all(files[p][:3] == stats[p] for p in stats) \
        and _outputs_intact(previous, out_dir)


def _write_report(out_dir: Path, report: BuildReport) -> Path:
    """``report.json``: what the records held that was not read, by document path then line."""
    data = {"not_read": report.not_read, "coverage": report.coverage}
    path = out_dir / REPORT_FILE
    atomic_write(path, (json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    return path




def _sync(report: BuildReport, ok: list[_Known], out_dir: Path, cache: Cache, store, digest: str,
          state: dict) -> BuildReport:
    """The store after the files, then the build state: last, so a killed build is redone in full."""
    if store is not None:
        from .store import sync_store
        graphs = [(d.doc_graph, d.key, functools.partial(cache.triple_lines, d.key)) for d in ok]
        quads = out_dir / QUADS_FILE
        try:
            report.store_graphs = sync_store(store, graphs, (str(VOCABULARY_GRAPH), digest,
                                                             lambda: vocabulary_lines(cache.root)),
                                             union=out_dir / "graph.nt", quads=quads if quads.is_file() else None)
        finally:
            quads.unlink(missing_ok=True)
    cache.close()
    state = dict(state, outputs=output_stats(out_dir))
    atomic_write(out_dir / STATE_FILE, json.dumps(state, indent=0, ensure_ascii=False).encode("utf-8"))
    return report


def _count(report: BuildReport, ok: list) -> None:
    figures = [d.figures for d in ok]
    report.documents = len(ok)
    report.extracted = sum(not d.cached for d in ok)
    report.meetings = sum(f.meetings for f in figures)
    report.organisations = len({o for f in figures for o in f.organisations})
    report.people = len({p for f in figures for p in f.people})
    report.themes = len({t for f in figures for t in f.themes})
    report.unmapped = [(d.path.name, phrase) for d in ok for phrase in d.figures.unmapped]
    report.warnings = [f"{d.path}: {w}" for d in ok for w in d.figures.warnings]
    by_content = defaultdict(list)
    for d in ok:
        if d.figures.sha256:
            by_content[d.figures.sha256].append(str(d.path))
    for d in ok:
        twins = [p for p in by_content.get(d.figures.sha256, []) if p != str(d.path)]
        if d.figures.sha256 and twins:
            report.warnings.append(f"{d.path}: same content as {', '.join(twins)}; built as separate documents")
    rows = [{"file": str(d.path), "line": n.get("line"), "page": n.get("page"), "text": n.get("text"),
             "why": n.get("why")} for d in ok for n in d.figures.not_read]
    report.not_read = sorted(rows, key=lambda r: (r["file"], r["line"] or 0, r["page"] or 0, r["text"] or ""))
    report.coverage = {str(d.path): d.figures.coverage for d in ok if d.figures.coverage}
