"""Writing a build's graph files, byte-for-byte deterministic.

The graph files are streamed from each document's N-Triples (see
:func:`write_streamed`) and serialised by Oxigraph, so a build never holds a
whole corpus in memory. Each triple is written once, into two streams: the
N-Quads of every named graph and the deduplicated union (graph.nt); Oxigraph
turns those into Turtle, TriG and JSON-LD, and ``build --store`` bulk-loads
the same N-Quads into the store.

Files are replaced atomically (:func:`consultkg.files.atomic_write`).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..files import umask
from ..namespaces import prefixes
from ..rdf.writer import Iris


# --- large builds: streaming from per-document N-Triples files --------------------------------

# Above this many triples the three serialisations run in parallel processes.
PARALLEL_FROM = 200_000


def _serialize(source: str, fmt_in: str, target: str, fmt_out: str) -> None:
    """Stream one RDF file into another format with Oxigraph (prefixed names for Turtle and TriG)."""
    import pyoxigraph as ox

    formats = {"nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
               "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}
    ox.serialize(ox.parse(path=source, format=formats[fmt_in]), output=target, format=formats[fmt_out],
                 prefixes=None if fmt_out == "jsonld" else prefixes(None))  # the one table, no id:


def write_streamed(out_dir: Path, vocabulary: tuple[str, list[str]], docs: Iterable[tuple[str, str]],
                   base_iri: str, keep_quads: Path | None = None) -> tuple[list[Path], int]:
    """Write the four graph files from the vocabulary lines and each document's N-Triples text.

    ``docs`` are (graph IRI, N-Triples text, each line ending in a newline) in
    document order, read one at a time. The union (graph.ttl, graph.nt) keeps one
    copy of a triple that several documents share; no file is ever held whole in
    memory. ``keep_quads`` keeps the N-Quads of every graph at that path (for the
    store to bulk-load). Returns the paths written and the number of distinct data
    triples.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    shared, seen, count = Iris(base_iri).shared_openings(), set(), 0
    try:
        union, quads = tmp / "union.nt", tmp / "quads.nq"
        vocab_iri, vocab_lines = vocabulary
        with open(union, "w", encoding="utf-8") as u, open(quads, "w", encoding="utf-8") as q:
            for line in vocab_lines:
                u.write(line + "\n")
                q.write(f"{line[:-1]}<{vocab_iri}> .\n")
            for graph, text in docs:
                if not text:
                    continue
                # every line ends " .\n" and no literal holds a raw newline: one replace names the graph
                q.write(text.replace(" .\n", f" <{graph}> .\n"))
                kept = [ln for ln in text.splitlines()
                        if ln and (not ln.startswith(shared) or (ln not in seen and not seen.add(ln)))]
                if kept:
                    u.write("\n".join(kept) + "\n")
                count += len(kept)
        made = {"graph.nt": union}
        tasks = [("graph.ttl", union, "nt", "ttl"), ("graph.trig", quads, "nq", "trig"),
                 ("graph.jsonld", quads, "nq", "jsonld")]
        if count > PARALLEL_FROM:  # the three serialisations side by side, one process each
            from concurrent.futures import ProcessPoolExecutor
            from .transaction import die_with_parent
            with ProcessPoolExecutor(max_workers=min(3, os.cpu_count() or 1), initializer=die_with_parent,
                                     initargs=(os.getpid(),)) as pool:
                list(pool.map(_serialize, *zip(*[(str(src), fi, str(tmp / name), fo) for name, src, fi, fo in tasks])))
        else:
            for name, src, fi, fo in tasks:
                _serialize(str(src), fi, str(tmp / name), fo)
        made |= {name: tmp / name for name, *_ in tasks}
        written = []
        for name in ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nt"):
            os.chmod(made[name], 0o666 & ~umask())
            os.replace(made[name], out_dir / name)
            written.append(out_dir / name)
        if keep_quads is not None:
            os.replace(quads, keep_quads)
        return written, count
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
