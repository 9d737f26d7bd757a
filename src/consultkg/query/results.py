"""Query results, and how they are printed: table, csv, tsv, json, md; Turtle for graphs.

    >>> from rdflib import URIRef, Literal
    >>> r = Result("select", ["theme", "n"], [(URIRef("https://w3id.org/consultkg/theme/care"), Literal(3))])
    >>> print(render(r, "table"))
    theme      n
    ---------  -
    ckgt:care  3
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef

from ..namespaces import prefixes

FORMATS = ("table", "csv", "tsv", "json", "xml", "md")
PREFIXES = prefixes()  # the one table (consultkg.namespaces), with id: for the default base IRI


@dataclass
class Result:
    """A query's answer: rows of terms (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE)."""

    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    payload: bytes | None = None  # the SPARQL JSON results as received or serialised by pyoxigraph

    def dicts(self) -> list[dict]:
        """Rows as ``{variable: term}`` (unbound variables left out)."""
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def short(term) -> str:
    """A term as people read it: prefixed name for IRIs, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        s = str(term)
        for prefix, ns in PREFIXES.items():
            if s.startswith(ns) and all(c not in s[len(ns):] for c in "/#"):
                return f"{prefix}:{s[len(ns):]}"
        return f"<{s}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _table(r: Result) -> str:
    cells = [[short(t) for t in row] for row in r.rows]
    widths = [max([len(v)] + [len(row[i]) for row in cells]) for i, v in enumerate(r.variables)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    return "\n".join([line(r.variables), line(["-" * w for w in widths])] + [line(row) for row in cells])


def _md(r: Result) -> str:
    esc = lambda s: s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")  # noqa: E731
    out = ["| " + " | ".join(r.variables) + " |", "|" + "---|" * len(r.variables)]
    out += ["| " + " | ".join(esc(short(t)) for t in row) + " |" for row in r.rows]
    return "\n".join(out)


def _json_term(t) -> dict:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    d = {"type": "literal", "value": str(t)}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype and t.datatype != XSD.string:
        d["datatype"] = str(t.datatype)
    return d


def _payload(r: Result) -> bytes:
    """SPARQL 1.1 JSON results of ``r``: as the engine or server gave them, else from its rows."""
    if r.payload is not None:
        return r.payload
    if r.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(r.boolean)}).encode("utf-8")
    bindings = [{v: _json_term(t) for v, t in zip(r.variables, row) if t is not None} for row in r.rows]
    return json.dumps({"head": {"vars": r.variables}, "results": {"bindings": bindings}}).encode("utf-8")


def serialized(r: Result, fmt: str) -> str:
    """``r`` as SPARQL 1.1 CSV, TSV, JSON or XML results, written by pyoxigraph's serialisers."""
    import pyoxigraph as ox

    formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
               "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
    parsed = ox.parse_query_results(_payload(r), format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=formats[fmt]).decode("utf-8")


def render(r: Result, fmt: str = "table") -> str:
    """The text ``consultkg query`` prints for ``r``."""
    if r.kind == "graph":
        return r.graph.serialize(format="turtle")
    if fmt in ("csv", "tsv", "json", "xml"):
        return serialized(r, fmt)
    if r.kind == "ask":
        return "true" if r.boolean else "false"
    return _md(r) if fmt == "md" else _table(r)

