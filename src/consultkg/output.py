"""Writing outputs: atomically (temp file, then rename) and byte-for-byte deterministic.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> atomic_write(d / "a.txt", b"hello")
    >>> (d / "a.txt").read_bytes()
    b'hello'
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

FORMATS = {"graph.trig": "trig", "graph.ttl": "turtle", "graph.jsonld": "json-ld", "graph.nt": "nt"}


def atomic_write(path: Path | str, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
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


def _sorted_json(value):
    """Sort JSON-LD arrays (unordered in RDF) so that output does not depend on hashing."""
    if isinstance(value, dict):
        return {k: (v if k == "@list" else _sorted_json(v)) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _trig(ds: Dataset) -> bytes:
    """TriG with the named graphs in IRI order (rdflib's own order depends on hashing)."""
    prefixes: set[str] = set()
    blocks = []
    graphs = sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))
    for g in graphs:
        body = Graph()
        for prefix, ns in ds.namespaces():
            body.bind(prefix, ns, override=True, replace=True)
        for t in g:
            body.add(t)
        lines = body.serialize(format="turtle").splitlines()
        prefixes |= {ln for ln in lines if ln.startswith("@prefix")}
        content = "\n".join("    " + ln if ln else "" for ln in lines if not ln.startswith("@prefix")).strip("\n")
        blocks.append(f"{g.identifier.n3()} {{\n{content}\n}}\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def serialize(ds: Dataset, fmt: str) -> bytes:
    """Serialise the dataset (TriG, JSON-LD: all graphs) or its union (Turtle, N-Triples) to bytes."""
    if fmt == "trig":
        return _trig(ds)
    if fmt == "json-ld":
        doc = json.loads(ds.serialize(format="json-ld"))
        return (json.dumps(_sorted_json(doc), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    union = Graph()
    for prefix, ns in ds.namespaces():
        union.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    if fmt == "nt":
        lines = sorted(set(union.serialize(format="nt").splitlines()) - {""})
        return ("\n".join(lines) + "\n").encode("utf-8")
    return union.serialize(format=fmt).encode("utf-8")


def write_graphs(ds: Dataset, out_dir: Path) -> list[Path]:
    """Write graph.trig, graph.ttl, graph.jsonld and graph.nt into ``out_dir``."""
    written = []
    for name, fmt in FORMATS.items():
        data = serialize(ds, fmt)
        atomic_write(out_dir / name, data)
        written.append(out_dir / name)
    return written
