"""The build: input files -> records -> triples per document -> graph files (and a store).

    >>> report = build(["data/"], "output/")          # doctest: +SKIP
    >>> report.documents, report.errors               # doctest: +SKIP
    (1, [])

Inputs are read and extracted in parallel, each through the cache
(:mod:`consultkg.cache`): a record whose file did not change is not read
again. An input that cannot be read is reported in ``errors`` and the others
still build. When nothing changed since the last build into the same folder,
nothing is rewritten.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from .cache import Cache
from .text import slug
from .model import Record
from .namespaces import DEFAULT_BASE_IRI
from .output import atomic_write, write_streamed
from .pipeline import Job, process_all
from .rdf import (VOCABULARY_GRAPH, Iris, add_record, add_vocabulary, bind_prefixes, vocabulary_digest,
                  vocabulary_lines)
from .read import find_inputs

STATE_FILE = ".consultkg-build.json"
CACHE_DIR = ".consultkg-cache"
OUTPUTS = ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nt")
# Above this many triples build leaves network.html out: drawing re-reads the whole graph with
# rdflib, which costs more than the build itself (about 350 records; `consultkg network` draws any size).
NETWORK_MAX_TRIPLES = 60_000


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
        if self.errors:
            lines.append(f"unreadable inputs: {len(self.errors)}")
        lines.append(f"extracted: {self.extracted} (the other {self.documents - self.extracted} from the cache)")
        return "\n".join(lines)


def document_ids(paths: list[Path]) -> dict[Path, str]:
    """A stable id per input: the slug of its file name, numbered when two names clash."""
    counts = Counter(slug(p.stem) for p in paths)
    seen: Counter = Counter()
    out = {}
    for p in paths:
        base = slug(p.stem)
        seen[base] += 1
        out[p] = base if counts[base] == 1 else f"{base}-{seen[base]}"
    return out


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
          network: bool = True) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir`` (and ``store`` when given).

    When no input can be read nothing is written (an earlier output stays as
    it was) and ``report.outputs`` is empty. ``network`` also writes
    ``network.html``, the stakeholder-theme explorer (``consultkg.network``).
    """
    out_dir = Path(out_dir)
    report = BuildReport()
    paths = find_inputs(inputs)
    ids = document_ids(paths)
    cache = Cache(out_dir / CACHE_DIR)
    previous = _read_state(out_dir) or {}
    stats = _file_stats(paths)
    digest = vocabulary_digest()
    if _nothing_changed(previous, stats, base_iri, digest, out_dir):
        # no file's size or modification time moved since the last build: not one is opened
        report = BuildReport(**previous["summary"], unchanged=True, outputs=[out_dir / n for n in OUTPUTS])
        report.unmapped = [tuple(u) for u in report.unmapped]
        ok = [_Known(graph, key) for graph, key in previous["documents"]]
        return _finish(report, ok, out_dir, cache, store, network, digest)
    known = {path: entry[2] for path, entry in previous.get("files", {}).items()
             if stats.get(path) == entry[:2] and previous.get("base_iri") == base_iri}
    done = process_all([Job(p, ids[p], known.get(str(p))) for p in paths], cache, base_iri, jobs, progress)
    report.errors = [d.error for d in done if d.error]
    ok = [d for d in done if d.key]
    if not ok:
        return report
    _count(report, ok)
    state = {"base_iri": base_iri, "vocabulary": digest,
             "documents": [[d.figures.doc_graph, d.key] for d in ok], "triples": None}
    if {k: previous.get(k) for k in ("base_iri", "vocabulary", "documents")} == \
            {k: state[k] for k in ("base_iri", "vocabulary", "documents")} \
            and all((out_dir / name).is_file() for name in OUTPUTS):
        report.unchanged, report.triples = True, previous.get("triples") or 0
        report.outputs = [out_dir / name for name in OUTPUTS]
    else:
        docs = [(d.figures.doc_graph, cache.triples_path(d.key)) for d in ok]
        vocab = (str(VOCABULARY_GRAPH), vocabulary_lines(cache.root))
        report.outputs, report.triples = write_streamed(out_dir, vocab, docs, base_iri)
        cache.prune({d.key for d in ok})
    state["triples"] = report.triples
    if not report.errors:  # the fast path below may replay this build's summary
        state["files"] = {str(d.path): stats[str(d.path)] + [d.key] for d in ok}
        state["summary"] = {k: getattr(report, k) for k in _SUMMARY}
    atomic_write(out_dir / STATE_FILE, json.dumps(state, indent=0, ensure_ascii=False).encode("utf-8"))
    return _finish(report, [_Known(d.figures.doc_graph, d.key) for d in ok], out_dir, cache, store, network,
                   digest)


_SUMMARY = ("documents", "meetings", "organisations", "people", "themes", "triples", "unmapped", "warnings")


@dataclass
class _Known:
    doc_graph: str
    key: str


def _file_stats(paths: list[Path]) -> dict[str, list[int]]:
    out = {}
    for p in paths:
        try:
            st = p.stat()
            out[str(p)] = [st.st_size, st.st_mtime_ns]
        except OSError:
            out[str(p)] = [-1, -1]
    return out


def _nothing_changed(previous: dict, stats: dict, base_iri: str, digest: str, out_dir: Path) -> bool:
    files = previous.get("files")
    return bool(files) and "summary" in previous and previous.get("base_iri") == base_iri \
        and previous.get("vocabulary") == digest and set(files) == set(stats) \
        and all(files[p][:2] == stats[p] for p in stats) \
        and all((out_dir / name).is_file() for name in OUTPUTS)


def _finish(report: BuildReport, ok: list[_Known], out_dir: Path, cache: Cache, store, network: bool,
            digest: str) -> BuildReport:
    """The network page and the store, after the graph files."""
    if network and report.triples > NETWORK_MAX_TRIPLES:
        report.warnings.append(f"network.html not drawn: {report.triples:,} triples is more than the "
                               f"{NETWORK_MAX_TRIPLES:,} a build draws; run 'consultkg network {out_dir} --out FILE.html'")
    elif network and not (report.unchanged and (out_dir / "network.html").is_file()):
        from .network import build_network_page  # the stakeholder-theme page, drawn from the graph just written
        report.outputs.append(build_network_page(out_dir))
    if store is not None:
        from .sparql.store import sync_store
        graphs = [(d.doc_graph, d.key, cache.triples_path(d.key)) for d in ok]
        report.store_graphs = sync_store(store, graphs, (str(VOCABULARY_GRAPH), digest,
                                                         lambda: vocabulary_lines(cache.root)),
                                         union=out_dir / "graph.nt")
    return report


def _read_state(out_dir: Path) -> dict | None:
    try:
        return json.loads((out_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


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
