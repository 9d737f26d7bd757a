"""SPARQL 1.1 endpoints over HTTP: queries (SPARQL Protocol) and pushes (Graph Store Protocol).

    >>> ep = Endpoint("http://127.0.0.1:7878/query")                 # doctest: +SKIP
    >>> ep.run("SELECT * WHERE { ?s ?p ?o } LIMIT 1", {}).rows        # doctest: +SKIP

Credentials come from the environment, never from the command line:
``CONSULTKG_ENDPOINT_TOKEN`` (sent as a bearer token) or
``CONSULTKG_ENDPOINT_USER`` and ``CONSULTKG_ENDPOINT_PASSWORD`` (basic auth).
Transient failures (connection errors, timeouts, HTTP 429/502/503/504) are
retried with exponential backoff.
"""
from __future__ import annotations

import base64
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rdflib import BNode, Graph, URIRef
from rdflib.term import Node

from ..errors import ConsultkgError
from .local import QueryError, check_read_only
from .params import substitute
from .results import PREFIXES, Result, literal_from

TRANSIENT_STATUS = {429, 502, 503, 504}
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class EndpointError(ConsultkgError):
    """The server could not be reached, or answered with an error."""


@dataclass
class Retry:
    attempts: int = 4
    backoff: float = 0.5  # seconds before the 2nd attempt; doubles each time
    timeout: float = 30.0


def auth_headers() -> dict[str, str]:
    token = os.environ.get("CONSULTKG_ENDPOINT_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user, password = os.environ.get("CONSULTKG_ENDPOINT_USER"), os.environ.get("CONSULTKG_ENDPOINT_PASSWORD")
    if user is not None and password is not None:
        raw = base64.b64encode(f"{user}:{password}".encode()).decode()
        return {"Authorization": f"Basic {raw}"}
    return {}


def request(url: str, *, method: str = "GET", data: bytes | None = None, headers: dict | None = None,
            retry: Retry | None = None) -> tuple[int, str, bytes]:
    """One HTTP request with retries; returns (status, content type, body). Raises EndpointError."""
    retry = retry or Retry()
    hdrs = {"User-Agent": "consultkg", **auth_headers(), **(headers or {})}
    last = "no attempt"
    for attempt in range(retry.attempts):
        if attempt:
            time.sleep(retry.backoff * 2 ** (attempt - 1))
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(req, timeout=retry.timeout) as resp:
                return resp.status, resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as e:
            body = e.read().decode("utf-8", "replace").strip()
            last = f"HTTP {e.code} {e.reason}" + (f": {body.splitlines()[0][:300]}" if body else "")
            if e.code not in TRANSIENT_STATUS:
                raise EndpointError(f"{url}: {last}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as e:
            reason = getattr(e, "reason", e)
            last = f"cannot reach the server ({reason})"
    raise EndpointError(f"{url}: {last} (after {retry.attempts} attempts)")


def with_prefixes(query: str) -> str:
    """Declare consultkg's usual prefixes that the query uses without declaring."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w.-]*):", query, re.IGNORECASE)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()
             if p.lower() not in declared and re.search(rf"(?<![\w<]){re.escape(p)}:", query)]
    return "\n".join(lines + [query]) if lines else query


def _term(b: dict) -> Node:
    kind = b["type"]
    if kind == "uri":
        return URIRef(b["value"])
    if kind == "bnode":
        return BNode(b["value"])
    return literal_from(b["value"], b.get("xml:lang"), b.get("datatype"))


class Endpoint:
    """A SPARQL 1.1 query endpoint."""

    def __init__(self, url: str, retry: Retry | None = None):
        self.url, self.name, self.retry = url, url, retry or Retry()

    def run(self, query: str, bindings: dict[str, Node]) -> Result:
        check_read_only(query)
        text = with_prefixes(substitute(query, bindings) if bindings else query)
        status, ctype, body = request(self.url, method="POST", data=text.encode("utf-8"), retry=self.retry,
                                      headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                               "Accept": ACCEPT})
        ctype = ctype.split(";")[0].strip()
        if ctype in ("application/sparql-results+json", "application/json"):
            data = json.loads(body)
            if "boolean" in data:
                return Result("ask", boolean=bool(data["boolean"]))
            names = data["head"].get("vars", [])
            rows = [tuple(_term(b[n]) if n in b else None for n in names) for b in data["results"]["bindings"]]
            return Result("select", names, rows)
        fmt = {"application/n-triples": "nt", "text/turtle": "turtle"}.get(ctype)
        if fmt is None:
            raise QueryError(f"{self.url}: unexpected answer of type {ctype or 'unknown'}")
        return Result("graph", graph=Graph().parse(data=body.decode("utf-8"), format=fmt))


def put_graph(store_url: str, graph_iri: str, ntriples: bytes, retry: Retry | None = None) -> int:
    """Replace one named graph on a Graph Store Protocol server (HTTP PUT, idempotent)."""
    sep = "&" if "?" in store_url else "?"
    url = f"{store_url}{sep}graph={urllib.parse.quote(graph_iri, safe='')}"
    status, _, _ = request(url, method="PUT", data=ntriples, retry=retry,
                           headers={"Content-Type": "application/n-triples"})
    return status
