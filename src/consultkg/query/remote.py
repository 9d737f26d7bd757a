"""SPARQL 1.1 endpoints over HTTP: queries (SPARQL Protocol) and pushes (Graph Store Protocol).

    >>> ep = Endpoint("http://127.0.0.1:7878/query")                 # doctest: +SKIP
    >>> ep.run("SELECT * WHERE { ?s ?p ?o } LIMIT 1", {}).rows        # doctest: +SKIP

Credentials come from the environment, never from the command line:
``CONSULTKG_ENDPOINT_TOKEN`` (sent as a bearer token) or
``CONSULTKG_ENDPOINT_USER`` and ``CONSULTKG_ENDPOINT_PASSWORD`` (Basic, and
HTTP Digest when the server asks for it: see :mod:`consultkg.query.auth`).
Queries are sent as an HTML form (``query=...``), the one POST form of the
SPARQL Protocol every server takes (Virtuoso 7.2 never answers a body of type
``application/sparql-query``).
Transient failures (connection errors, timeouts, HTTP 429/502/503/504) are
retried with exponential backoff, or after the time a ``Retry-After`` header
asks for. A redirect is followed only to the same scheme, host and port (with
the same method and body); to another host it is refused when credentials
would go with it. A password written in the URL (``https://user:pw@host/``) is
sent as basic auth and shown as ``***`` in every message::

    >>> redact("https://ana:s3cret@kg.example.org/sparql")
    'https://ana:***@kg.example.org/sparql'
"""
from __future__ import annotations

import http.client
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rdflib import Graph
from rdflib.term import Node

from ..errors import ConsultkgError
from . import auth
from .auth import CREDENTIALS
from .guard import QueryTimeout, bounded
from .local import QueryError, check_read_only, from_json_results
from .params import substitute
from .results import PREFIXES, Result

TRANSIENT_STATUS = {429, 502, 503, 504}
REDIRECTS = {301, 302, 303, 307, 308}
MAX_RETRY_AFTER = 120.0  # seconds: a server asking to wait longer gets a one-line error instead
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class EndpointError(ConsultkgError):
    """The server could not be reached, or answered with an error."""


@dataclass
class Retry:
    attempts: int = 4
    backoff: float = 0.5  # seconds before the 2nd attempt; doubles each time
    timeout: float = 30.0  # seconds an attempt may take in all, from connecting to the answer's last byte
    max_body: int = 256_000_000  # bytes of an answer read at most (streamed: no more is ever held)


def _read_body(resp, limit: int, shown: str) -> bytes:
    """The answer's body, read as it comes (``read1``: what has arrived) and refused past ``limit`` bytes."""
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise EndpointError(f"{shown}: the answer is {int(length) / 1e6:.0f} MB, over the {limit / 1e6:g} MB "
                            "limit (--max-answer MB allows more)")
    chunks, size = [], 0
    while chunk := resp.read1(1 << 16):
        size += len(chunk)
        if size > limit:
            raise EndpointError(f"{shown}: the answer is over the {limit / 1e6:g} MB limit (--max-answer MB "
                                "allows more)")
        chunks.append(chunk)
    return b"".join(chunks)


def redact(url: str) -> str:
    """``url`` with the password of its user part replaced by ``***``."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def _split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """The URL without its user part, and the (user, password) that part holds."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    return (urllib.parse.urlunsplit(parts._replace(netloc=netloc)),
            (urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")))


def _target(url: str) -> str:
    """The request target a server sees (path and query): what a Digest answer signs."""
    p = urllib.parse.urlsplit(url)
    return (p.path or "/") + (f"?{p.query}" if p.query else "")


def _origin(url: str) -> tuple:
    p = urllib.parse.urlsplit(url)
    return p.scheme, p.hostname, p.port or {"http": 80, "https": 443}.get(p.scheme)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # every redirect comes back as an HTTPError, and request() decides


_OPENER = urllib.request.build_opener(_NoRedirect)


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        from email.utils import parsedate_to_datetime

        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def request(url: str, *, method: str = "GET", data: bytes | None = None, headers: dict | None = None,
            retry: Retry | None = None) -> tuple[int, str, bytes]:
    """One HTTP request with retries; returns (status, content type, body). Raises EndpointError.

    A Digest challenge (``401`` with ``WWW-Authenticate: Digest``) is answered
    with the user and password (of the URL, else of the environment) and does
    not count as a failed attempt; credentials only ever go to the URL's own
    origin (see :mod:`consultkg.query.auth`).
    """
    retry = retry or Retry()
    shown = redact(url)
    url, userinfo = _split_credentials(url)
    origin, hops, last, wait = _origin(url), 0, "no attempt", 0.0
    cred = auth.Credentials(origin, userinfo)
    hdrs = {"User-Agent": "consultkg", **(headers or {})}
    attempt = 0
    while attempt < retry.attempts:
        if attempt:
            time.sleep(wait or retry.backoff * 2 ** (attempt - 1))
        attempt, wait = attempt + 1, 0.0
        value = cred.header(method, _target(url)) if _origin(url) == origin else None
        if value:
            hdrs["Authorization"] = value
        else:
            hdrs.pop("Authorization", None)
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)

        def attempt_once(req=req):  # in a thread: the whole attempt is bounded, however slowly bytes come
            # the socket's own timeout is only there to free the thread later: were it
            # the attempt's, a read stalled for that long would race the deadline
            with _OPENER.open(req, timeout=retry.timeout + 5) as resp:
                return resp.status, resp.headers.get("Content-Type", ""), _read_body(resp, retry.max_body, shown)

        try:
            return bounded(attempt_once, retry.timeout, what="request")
        except QueryTimeout as e:
            last = str(e)
        except urllib.error.HTTPError as e:
            if e.code in REDIRECTS and e.headers.get("Location"):
                target = urllib.parse.urljoin(url, e.headers["Location"])
                if _origin(target) != origin and cred.any:
                    raise EndpointError(f"{shown}: redirected to another host ({redact(target)}); not following "
                                        f"it with your credentials (use that URL if you trust it)") from None
                hops += 1
                if hops > 5:
                    raise EndpointError(f"{shown}: too many redirects") from None
                url, attempt = target, attempt - 1  # a redirect is not a failed attempt
                continue
            body = e.read(4096).decode("utf-8", "replace").strip()  # the first words of an error page
            last = f"HTTP {e.code} {e.reason}" + (f": {body.splitlines()[0][:300]}" if body else "")
            if e.code == 401 and _origin(url) == origin and cred.after_401(e.headers.get_all("WWW-Authenticate") or []):
                attempt -= 1  # answering a challenge is not a failed attempt
                continue
            if e.code in (401, 403):
                hint = ("the server refused these credentials" if cred.offered else "the server wants credentials") + \
                    f" (from {CREDENTIALS})"
                raise EndpointError(f"{shown}: {last}; {hint}") from None
            if e.code not in TRANSIENT_STATUS:
                raise EndpointError(f"{shown}: {last}") from None
            asked = _retry_after(e.headers.get("Retry-After"))
            if asked is not None:
                if asked > MAX_RETRY_AFTER:
                    raise EndpointError(f"{shown}: {last}; the server asks to retry after {asked:.0f} s") from None
                wait = max(asked, 0.001)
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as e:
            reason = getattr(e, "reason", e)
            last = f"cannot reach the server ({reason})"
        except http.client.HTTPException as e:  # a broken answer: a bad status line, endless headers, ...
            last = f"the server's answer is not valid HTTP ({type(e).__name__}: {str(e)[:120]})"
    tries = f"{retry.attempts} attempt" + ("s" if retry.attempts != 1 else "")
    raise EndpointError(f"{shown}: {last} (after {tries})")


def with_prefixes(query: str) -> str:
    """Declare consultkg's usual prefixes that the query uses without declaring."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w.-]*):", query, re.IGNORECASE)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()
             if p.lower() not in declared and re.search(rf"(?<![\w<]){re.escape(p)}:", query)]
    return "\n".join(lines + [query]) if lines else query


class Endpoint:
    """A SPARQL 1.1 query endpoint."""

    def __init__(self, url: str, retry: Retry | None = None):
        self.url, self.name, self.retry = url, redact(url), retry or Retry()

    def run(self, query: str, bindings: dict[str, Node]) -> Result:
        check_read_only(query)
        text = with_prefixes(substitute(query, bindings) if bindings else query)
        form = urllib.parse.urlencode({"query": text}).encode("ascii")
        status, ctype, body = request(self.url, method="POST", data=form, retry=self.retry,
                                      headers={"Content-Type": "application/x-www-form-urlencoded",
                                               "Accept": ACCEPT})
        ctype = ctype.split(";")[0].strip()
        if ctype in ("application/sparql-results+json", "application/json"):
            return from_json_results(body)
        fmt = {"application/n-triples": "nt", "text/turtle": "turtle"}.get(ctype)
        if fmt is None:
            raise QueryError(f"{redact(self.url)}: unexpected answer of type {ctype or 'unknown'}")
        return Result("graph", graph=Graph().parse(data=body.decode("utf-8"), format=fmt))


def put_graph(store_url: str, graph_iri: str, ntriples: bytes, retry: Retry | None = None) -> int:
    """Replace one named graph on a Graph Store Protocol server (HTTP PUT, idempotent)."""
    path = urllib.parse.urlsplit(store_url).path
    if path in ("", "/"):
        raise EndpointError(f"{redact(store_url)}: this is the server's base URL; give its Graph Store "
                            f"endpoint: {GSP_HINT}")
    sep = "&" if "?" in store_url else "?"
    url = f"{store_url}{sep}graph={urllib.parse.quote(graph_iri, safe='')}"
    try:
        status, _, _ = request(url, method="PUT", data=ntriples, retry=retry,
                               headers={"Content-Type": "application/n-triples"})
    except EndpointError as e:
        if " HTTP 404 " in f" {e} " or " HTTP 405 " in f" {e} ":
            raise EndpointError(f"{e}; is it the Graph Store endpoint? {GSP_HINT}") from None
        raise
    return status


GSP_HINT = ("Oxigraph http://HOST:7878/store, Fuseki http://HOST:3030/<dataset>/data, "
            "Virtuoso http://HOST:8890/sparql-graph-crud-auth")
