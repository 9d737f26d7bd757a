"""Writing outputs: atomically (temp file, then rename) and byte-for-byte deterministic.

The graph files are streamed from each document's N-Triples (see
:func:`write_streamed`) and serialised by Oxigraph, so a build never holds a
whole corpus in memory.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> atomic_write(d / "a.txt", b"hello")
    >>> (d / "a.txt").read_bytes()
    b'hello'
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def atomic_write(path: Path | str, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    ``durable`` syncs the data to disk before the rename (skipped for cache entries,
    which a build can always make again).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# --- large builds: streaming from per-document N-Triples files --------------------------------

def _prefixes() -> dict[str, str]:
    from .sparql.results import PREFIXES

    return {p: ns for p, ns in PREFIXES.items() if p != "id"}


def _shared_subjects(base_iri: str) -> tuple[str, ...]:
    """Subjects that several documents describe (organisations, people, places ...)."""
    base = base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"
    return tuple(f"<{base}{kind}/" for kind in ("org", "person", "country", "place", "strategy", "initiative"))


# Above this many triples the three serialisations run in parallel processes.
PARALLEL_FROM = 200_000


def _serialize(source: str, fmt_in: str, target: str, fmt_out: str) -> None:
    """Stream one RDF file into another format with Oxigraph (prefixed names for Turtle and TriG)."""
    import pyoxigraph as ox

    formats = {"nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
               "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}
    ox.serialize(ox.parse(path=source, format=formats[fmt_in]), output=target, format=formats[fmt_out],
                 prefixes=None if fmt_out == "jsonld" else _prefixes())


def write_streamed(out_dir: Path, vocabulary: tuple[str, list[str]], docs: list[tuple[str, Path]],
                   base_iri: str) -> tuple[list[Path], int]:
    """Write the four graph files from the vocabulary lines and each document's N-Triples file.

    ``docs`` are (graph IRI, path of its N-Triples lines) in document order. The
    union (graph.ttl, graph.nt) keeps one copy of a triple that several documents
    share; no file is ever held whole in memory. Returns the paths written and the
    number of distinct data triples.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    shared, seen, count = _shared_subjects(base_iri), set(), 0
    try:
        union, quads = tmp / "union.nt", tmp / "quads.nq"
        vocab_iri, vocab_lines = vocabulary
        with open(union, "w", encoding="utf-8") as u, open(quads, "w", encoding="utf-8") as q:
            for line in vocab_lines:
                u.write(line + "\n")
                q.write(f"{line[:-1]}<{vocab_iri}> .\n")
            for graph, path in docs:
                with open(path, encoding="utf-8") as f:
                    for line in f:
                        line = line.rstrip("\n")
                        if not line:
                            continue
                        q.write(f"{line[:-1]}<{graph}> .\n")
                        if line.startswith(shared):
                            if line in seen:
                                continue
                            seen.add(line)
                        u.write(line + "\n")
                        count += 1
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
            os.chmod(made[name], 0o666 & ~_umask())
            os.replace(made[name], out_dir / name)
            written.append(out_dir / name)
        return written, count
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
