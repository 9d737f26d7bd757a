"""Local SPARQL sources: a graph file or build folder (parsed into an in-memory
Oxigraph store) and a persistent Oxigraph store made by ``build --store``.

    >>> src = open_local("output/")                     # doctest: +SKIP
    >>> src.run("ASK { ?s ?p ?o }", {}).boolean         # doctest: +SKIP
    True

Queries see the union of all named graphs as their default graph.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import ConsultkgError, InputError
from ..build.load import graph_file
from ..build.store import is_store, read_marker
from .params import _TOKENS, substitute
from .child import DEFAULT_MEMORY_MB, in_child
from .guard import DEFAULT_TIMEOUT, bounded, check_query
from .results import PREFIXES, Result

_OX_FORMATS = {".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
               ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD}
_GRAPH = b"#graph\n"  # marks a CONSTRUCT or DESCRIBE answer (N-Triples) from a JSON one
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


class QueryError(ConsultkgError):
    """A query that cannot run: a syntax error (with line and column) or an update."""


def check_read_only(query: str) -> None:
    """Refuse SPARQL Update: consultkg query only reads."""
    text = _TOKENS.sub(lambda m: " " if m.group("skip") else m.group(0), query)
    text = re.sub(r"(?is)^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", "", text)
    first = re.match(r"\s*(\w+)", text)
    if first and first.group(1).upper() in _UPDATE_WORDS:
        raise QueryError(f"{first.group(1).upper()} is an update operation; consultkg query is read-only")


def syntax_message(err: Exception) -> str:
    """"error at 3:17: expected ..." -> "SPARQL syntax error at line 3, column 17: expected ..."."""
    m = re.match(r"error at (\d+):(\d+):\s*(.*)", str(err), re.S)
    if m:
        detail = " ".join(m.group(3).split())
        detail = detail[:160] + " ..." if len(detail) > 160 else detail
        return f"SPARQL syntax error at line {m.group(1)}, column {m.group(2)}: {detail}"
    return f"SPARQL syntax error: {err}"


def to_rdflib(term) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


def to_oxigraph(term: Node):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


class OxigraphSource:
    """Runs queries on an Oxigraph store (in memory or on disk), within limits.

    With ``union`` the default graph of a query is the union of the named graphs as
    Oxigraph computes it, which repeats a triple once per graph that holds it; a
    store whose default graph already holds the deduplicated union (what consultkg
    writes) is queried without it: same answers, no repeats, faster joins.
    ``timeout`` (seconds, None for none) bounds each query; ``allow_service``
    lets a query call other servers with SERVICE (refused by default); ``memory_mb`` is
    what its evaluation may grow to, in a child process (:mod:`consultkg.query.child`;
    ``None``: in a thread of this process, unbounded).
    """

    def __init__(self, store: ox.Store, name: str, union: bool = True, timeout: float | None = DEFAULT_TIMEOUT,
                 allow_service: bool = False, memory_mb: int | None = DEFAULT_MEMORY_MB):
        self.store, self.name, self.union = store, name, union
        self.timeout, self.allow_service, self.memory_mb = timeout, allow_service, memory_mb

    def run(self, query: str, bindings: dict[str, Node]) -> Result:
        check_read_only(query)
        check_query(query, self.allow_service)
        text = substitute(query, bindings) if bindings else query

        def evaluate() -> bytes:  # the whole evaluation, its answer serialised by pyoxigraph
            answer = self.store.query(text, use_default_graph_as_union=self.union, prefixes=PREFIXES)
            try:
                if isinstance(answer, (ox.QuerySolutions, ox.QueryBoolean)):
                    return answer.serialize(format=ox.QueryResultsFormat.JSON)
                return _GRAPH + ox.serialize(answer, format=ox.RdfFormat.N_TRIPLES)
            finally:
                del answer  # pyoxigraph's iterators must be dropped on the thread that made them

        try:
            if self.memory_mb:  # in a child process that cannot grow past its memory, nor crash this one
                answer = in_child(evaluate, self.timeout, self.memory_mb)
            else:
                answer = bounded(evaluate, self.timeout)
        except SyntaxError as e:
            raise QueryError(syntax_message(e)) from None
        if answer.startswith(_GRAPH):
            g = Graph()
            for prefix, ns in PREFIXES.items():
                g.bind(prefix, ns)
            for t in ox.parse(answer[len(_GRAPH):], format=ox.RdfFormat.N_TRIPLES):
                g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
            return Result("graph", graph=g)
        return from_json_results(answer)


def from_json_results(payload: bytes) -> Result:
    """A Result from SPARQL 1.1 JSON results, parsed by pyoxigraph (kept to print them again)."""
    try:
        parsed = ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as e:
        raise QueryError(f"not valid SPARQL JSON results: {str(e).splitlines()[0] if str(e) else e}") from None
    if isinstance(parsed, ox.QueryBoolean):
        return Result("ask", boolean=bool(parsed), payload=payload)
    names = [v.value for v in parsed.variables]
    rows = [tuple(to_rdflib(sol[n]) for n in names) for sol in parsed]
    return Result("select", names, rows, payload=payload)


def open_local(source: str | Path, **limits) -> OxigraphSource:
    """A store folder made by ``build --store``, or a graph file / build folder loaded in memory.

    ``limits`` are ``timeout``, ``allow_service`` and ``memory_mb`` (see :class:`OxigraphSource`).
    """
    path = Path(source)
    if is_store(path):
        if read_marker(path).get("complete", True) is not True:
            raise InputError(str(path), "this store is incomplete: an update into it was interrupted; "
                             "rebuild it with 'consultkg build INPUT... --out DIR --store "
                             f"{path}'")
        try:
            store = ox.Store.read_only(str(path))
        except Exception as e:  # pyoxigraph reports a damaged store as OSError or RuntimeError
            raise InputError(str(path), f"cannot open the store: {str(e).splitlines()[0]}") from None
        return OxigraphSource(store, str(path), union=read_marker(path).get("default") != "union", **limits)
    file = graph_file(path)
    store = ox.Store()
    fmt = _OX_FORMATS[file.suffix.lower()]
    try:
        store.bulk_load(path=str(file), format=fmt)
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD):
            union = file.with_name("graph.nt")
            if union.is_file() and file.name.startswith("graph."):  # a build folder: its union, deduplicated
                store.bulk_load(path=str(union), format=ox.RdfFormat.N_TRIPLES)
            else:
                store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(str(file), f"not a valid graph: {str(e).splitlines()[0]}") from None
    return OxigraphSource(store, str(file), union=False, **limits)
