"""The build: input files -> records -> one RDF dataset -> graph files.

    >>> report = build(["data/"], "output/")          # doctest: +SKIP
    >>> report.documents, report.errors               # doctest: +SKIP
    (1, [])

Each input is read and extracted on its own; an input that cannot be read is
reported in ``errors`` and the others still build.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from .errors import InputError
from .extract import extract
from .extract.names import slug
from .model import Record
from .namespaces import DEFAULT_BASE_IRI
from .output import write_graphs
from .rdf import VOCABULARY_GRAPH, Iris, add_record, add_vocabulary, bind_prefixes
from .read import find_inputs, read_source


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
    records: list[Record] = field(default_factory=list, repr=False)

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


def read_records(inputs: list[str | Path], report: BuildReport) -> list[tuple[str, Record]]:
    """Read and extract every input; unreadable ones land in ``report.errors``."""
    paths = find_inputs(inputs)
    ids = document_ids(paths)
    out = []
    for path in paths:
        try:
            record = extract(read_source(path))
        except InputError as e:
            report.errors.append(str(e))
            continue
        report.warnings += [f"{path}: {w}" for w in record.warnings]
        out.append((ids[path], record))
    return out


def make_dataset(records: list[tuple[str, Record]], base_iri: str = DEFAULT_BASE_IRI) -> Dataset:
    """The dataset of the records plus the vocabulary graph."""
    ds = Dataset()
    bind_prefixes(ds, base_iri)
    add_vocabulary(ds)
    iris = Iris(base_iri)
    for doc_id, record in records:
        add_record(ds, record, doc_id, iris)
    return ds


def build(inputs: list[str | Path], out_dir: str | Path, base_iri: str = DEFAULT_BASE_IRI,
          store: str | Path | None = None) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    When no input can be read nothing is written (an earlier output stays as
    it was) and ``report.outputs`` is empty.
    """
    report = BuildReport()
    records = read_records(inputs, report)
    if not records:
        return report
    ds = make_dataset(records, base_iri)
    _count(report, records, ds)
    report.outputs = write_graphs(ds, Path(out_dir))
    if store is not None:
        from .sparql.store import sync_store
        report.store_graphs = sync_store(ds, store)
    return report


def _count(report: BuildReport, records: list[tuple[str, Record]], ds: Dataset) -> None:
    from rdflib.namespace import FOAF, ORG, RDF
    from .namespaces import CKG
    data = [g for g in ds.graphs() if g.identifier != VOCABULARY_GRAPH]
    report.records = [r for _, r in records]
    report.documents = len(records)
    report.meetings = sum(len(r.meetings) for _, r in records)
    report.organisations = len({s for g in data for s in g.subjects(RDF.type, ORG.Organization)})
    report.people = len({s for g in data for s in g.subjects(RDF.type, FOAF.Person)})
    report.themes = len({o for g in data for o in g.objects(None, CKG.discussed)})
    report.triples = len({t for g in data for t in g})
    report.unmapped = [(r.name, phrase) for _, r in records for phrase in r.unmapped_phrases()]
