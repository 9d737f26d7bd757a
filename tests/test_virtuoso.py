"""A second real SPARQL server: Virtuoso, and every saved question on it and on Oxigraph against the local answers.

One Virtuoso (Debian's ``virtuoso-opensource``) and one Oxigraph per test session, each on free loopback
ports, each stopped at the end. ``consultkg push`` sends a build of the sample and a few fixture records
(to Virtuoso through its Digest-protected Graph Store endpoint), then ``consultkg query ENDPOINT -q NAME``
runs every saved question, with its parameters, and the answers must equal ``consultkg query BUILD -q NAME``
as RDF terms. Two things are set aside: the order of the rows, and the order of the values inside a
``GROUP_CONCAT`` cell (SPARQL leaves both to the server). Typed literals are compared as they are: both
servers give back the datatypes and language tags they were given.

Without ``virtuoso-t`` the Virtuoso tests are skipped, unless ``CONSULTKG_REQUIRE_SERVERS=1`` (``.ci/run``
sets it), when they fail instead.
"""
from __future__ import annotations

import hashlib
import http.server
import os
import re
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from consultkg.build.run import build
from consultkg.cli import cli
from consultkg.query import auth
from consultkg.query.local import from_json_results
from consultkg.query.remote import EndpointError, Retry, put_graph, request
from consultkg.query.saved import saved_questions

from . import virtuoso
from .conftest import RECORDS, SAMPLE
from .test_server import OXIGRAPH, oxigraph_serve

REQUIRED = os.environ.get("CONSULTKG_REQUIRE_SERVERS") == "1"
RECORD_FILES = ["mission-es.md", "mission-pt.md", "readout-fr.md", "written-input.txt", "written-joint.md"]
# Values for the parameters: a theme discussed directly, an objective (reached through skos:broader*),
# a theme under another, and one nobody discussed.
THEMES = ["srhr", "objective-gbv-human-capital", "indigenous-women", "care", "climate"]
DBA = {"CONSULTKG_ENDPOINT_USER": virtuoso.USER, "CONSULTKG_ENDPOINT_PASSWORD": virtuoso.PASSWORD}


def _missing(what: str):
    if REQUIRED:
        pytest.fail(f"{what} is not installed, and CONSULTKG_REQUIRE_SERVERS=1")
    pytest.skip(f"{what} is not installed (Debian: apt-get install virtuoso-opensource; .ci/run does)")


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    if not virtuoso.installed():
        _missing("virtuoso-t")
    server = virtuoso.Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        server.start()
    except RuntimeError as e:
        pytest.fail(str(e))
    yield server
    server.stop()
    assert server.proc.poll() is not None  # never left running


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    if not Path(OXIGRAPH).exists():
        _missing("the oxigraph server")
    for base in oxigraph_serve(tmp_path_factory.mktemp("oxigraph-all")):
        yield {"store": base + "/store", "query": base + "/query"}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("kg-servers")
    build([SAMPLE] + [RECORDS / f for f in RECORD_FILES], out)
    return out


@pytest.fixture(scope="session")
def pushed(virtuoso_server, oxigraph_server, corpus):
    """Both servers hold the corpus: pushed with the command line, Virtuoso with Digest credentials."""
    runner = CliRunner()
    res = runner.invoke(cli, ["push", str(corpus), "--endpoint", virtuoso_server.store], env=DBA)
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["push", str(corpus), "--endpoint", oxigraph_server["store"]])
    assert res.exit_code == 0, res.output
    return {"virtuoso": virtuoso_server.sparql, "oxigraph": oxigraph_server["query"]}


def cases():
    """(name, parameters) for every saved question: once without, and once per theme when it takes one."""
    out = []
    for name, q in saved_questions().items():
        out.append((name, {}))
        if q.params:
            assert [p.name for p in q.params] == ["theme"], name  # a new parameter needs values here
            out += [(name, {"theme": t}) for t in THEMES]
    return out


def answers(source: str, name: str, params: dict) -> list:
    """The rows of ``consultkg query SOURCE -q NAME --format json``, as a sorted list of sorted (variable, term)."""
    args = ["query", source, "-q", name, "--format", "json"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    result = from_json_results(res.stdout.encode("utf-8"))
    concat = _concatenated(saved_questions()[name].text)
    rows = []
    for row in result.dicts():
        cells = []
        for var, term in row.items():
            if var in concat:  # GROUP_CONCAT: the same values, in whatever order the server joined them
                term = tuple(sorted(str(term).split(concat[var])))
            cells.append((var, term))
        rows.append(tuple(sorted(cells, key=lambda c: c[0])))
    return sorted(rows, key=repr)


def _concatenated(query: str) -> dict[str, str]:
    """Variable -> separator of every GROUP_CONCAT in the query."""
    out = {}
    for m in re.finditer(r"GROUP_CONCAT\s*\((?P<args>[^()]*)\)\s*AS\s+\?(?P<var>\w+)", query, re.IGNORECASE):
        sep = re.search(r"separator\s*=\s*\"([^\"]*)\"", m["args"], re.IGNORECASE)
        out[m["var"]] = sep.group(1) if sep else " "
    return out


@pytest.mark.parametrize("server", ["virtuoso", "oxigraph"])
def test_every_saved_question_answers_the_same_on_the_server_as_locally(pushed, corpus, server):
    endpoint = pushed[server]
    checked, nonempty = [], 0
    for name, params in cases():
        local = answers(str(corpus), name, params)
        remote = answers(endpoint, name, params)
        assert remote == local, f"{server}: {name} {params}: {len(remote)} rows against {len(local)} locally"
        checked.append(name)
        nonempty += bool(local)
    assert set(checked) == set(saved_questions())
    assert nonempty >= len(checked) - 6  # the comparison is not of empty answers (some themes match nothing)


def test_not_consulted_on_rolls_up_through_broader_on_virtuoso(pushed, corpus):
    """The question Virtuoso 7.2 got wrong in its MINUS form: groups consulted on a theme *under* the objective."""
    local = answers(str(corpus), "not-consulted-on", {"theme": "objective-gbv-human-capital"})
    whole = answers(str(corpus), "not-consulted-on", {})
    assert local != answers(str(corpus), "not-consulted-on", {"theme": "climate"})  # the parameter matters
    assert len(local) >= len(whole)
    assert answers(pushed["virtuoso"], "not-consulted-on", {"theme": "objective-gbv-human-capital"}) == local


def _triples(endpoint: str) -> int:
    res = CliRunner().invoke(cli, ["query", endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                   "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/consultkg/')) }", "--format", "csv"])
    assert res.exit_code == 0, res.output
    return int(res.stdout.split()[1])


def test_push_to_virtuoso_holds_every_triple_and_is_idempotent(pushed, corpus, virtuoso_server):
    import pyoxigraph as ox
    local = ox.Store()
    local.load(path=str(corpus / "graph.trig"), format=ox.RdfFormat.TRIG)
    expected = sum(1 for q in local if q.graph_name != ox.DefaultGraph())
    assert _triples(pushed["virtuoso"]) == expected
    res = CliRunner().invoke(cli, ["push", str(corpus), "--endpoint", virtuoso_server.store], env=DBA)
    assert res.exit_code == 0 and f"pushed {len(list(local.named_graphs()))} graphs" in res.stderr
    assert _triples(pushed["virtuoso"]) == expected


def test_virtuoso_refuses_a_wrong_password_and_says_so(pushed, corpus, virtuoso_server):
    before = _triples(pushed["virtuoso"])
    res = CliRunner().invoke(cli, ["push", str(corpus), "--endpoint", virtuoso_server.store],
                             env={**DBA, "CONSULTKG_ENDPOINT_PASSWORD": "not-the-password"})
    assert res.exit_code == 1 and "refused these credentials" in res.stderr
    assert res.stderr.count("\n") == 1 and "not-the-password" not in res.output
    res = CliRunner().invoke(cli, ["push", str(corpus), "--endpoint", virtuoso_server.store],
                             env={"CONSULTKG_ENDPOINT_USER": None, "CONSULTKG_ENDPOINT_PASSWORD": None,
                                  "CONSULTKG_ENDPOINT_TOKEN": None})
    assert res.exit_code == 1 and "the server wants credentials" in res.stderr
    assert _triples(pushed["virtuoso"]) == before


def test_a_failed_put_leaves_the_previous_graph_on_virtuoso(pushed, virtuoso_server):
    """A broken document is refused and the graph keeps its triples.

    Virtuoso reads N-Triples with its Turtle reader, so a bare word (``broken``) would be taken as an IRI
    relative to the graph; an unterminated string is refused. consultkg only ever sends N-Triples written
    by Oxigraph, so that leniency never comes into play on a push.
    """
    store = virtuoso_server.store.replace("http://", "http://dba:dba@")
    graph = "https://w3id.org/consultkg/id/doc/test-failed-put"
    put_graph(store, graph, b'<https://a.example/s> <https://a.example/p> "kept" .\n', Retry(attempts=1))
    with pytest.raises(EndpointError, match=r"HTTP [45]\d\d"):  # Virtuoso: 500
        put_graph(store, graph, b'<https://a.example/s> <https://a.example/p> "unterminated .\n', Retry(attempts=1))
    res = CliRunner().invoke(cli, ["query", pushed["virtuoso"], f'ASK {{ GRAPH <{graph}> {{ ?s ?p "kept" }} }}'])
    assert res.exit_code == 0 and "true" in res.stdout.lower()


def test_digest_only_never_sends_the_password_to_virtuoso(monkeypatch, pushed, virtuoso_server):
    monkeypatch.setenv("CONSULTKG_ENDPOINT_USER", virtuoso.USER)
    monkeypatch.setenv("CONSULTKG_ENDPOINT_PASSWORD", virtuoso.PASSWORD)
    monkeypatch.setenv("CONSULTKG_ENDPOINT_AUTH", "digest")
    monkeypatch.setattr(auth, "_CHALLENGES", {})
    graph = "https://w3id.org/consultkg/id/doc/test-digest-only"
    status = put_graph(virtuoso_server.store, graph, b"<https://a.example/s> <https://a.example/p> \"x\" .\n")
    assert status in (200, 201, 204)
    res = CliRunner().invoke(cli, ["query", pushed["virtuoso"], f"ASK {{ GRAPH <{graph}> {{ ?s ?p \"x\" }} }}"])
    assert res.exit_code == 0 and "true" in res.stdout.lower()
    # the next request to the same server answers the kept challenge straight away (no Basic, no probe)
    assert put_graph(virtuoso_server.store, graph, b"") in (200, 201, 204)


# --- Digest without a server: the RFC examples, and a loopback server that checks the answer itself -----

def test_digest_matches_the_rfc_examples():
    rfc2617 = auth.Challenge(realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", qop="auth",
                             opaque="5ccc069c403ebaf9f0171e9517f40e41")
    assert auth.digest_response(rfc2617, "Mufasa", "Circle Of Life", "GET", "/dir/index.html", 1,
                                "0a4f113b") == "6629fae49393a05397450978507c4ef1"
    for algorithm, expected in (("MD5", "8ca523f5e9506fed4657c9700eebdbec"),  # RFC 7616, 3.9.1
                                ("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")):
        c = auth.Challenge(realm="http-auth@example.org", nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
                           qop="auth", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", algorithm=algorithm)
        assert auth.digest_response(c, "Mufasa", "Circle of Life", "GET", "/dir/index.html", 1,
                                    "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ") == expected
    header = auth.digest_header(rfc2617, "Mufasa", "Circle Of Life", "GET", "/dir/index.html", cnonce="0a4f113b")
    assert 'response="6629fae49393a05397450978507c4ef1"' in header and "nc=00000001" in header
    assert "Circle" not in header


def test_challenges_consultkg_cannot_answer_are_left_alone():
    assert auth.parse_challenge(['Digest realm="r", nonce="n", qop="auth-int"']) is None  # needs a body digest
    assert auth.parse_challenge(['Digest realm="r", nonce="n", algorithm=SHA-512-256']) is None
    assert auth.parse_challenge(['Digest nonce="n"']) is None  # no realm
    c = auth.parse_challenge(['Basic realm="x"', 'Digest realm="r", nonce="n", stale=TRUE, algorithm=sha-256'])
    assert (c.realm, c.nonce, c.qop, c.algorithm, c.stale) == ("r", "n", None, "SHA-256", True)


class _DigestServer:
    """Like Virtuoso: a bare 401 to Basic, a Digest challenge to no credentials, checks the answer by RFC 2617."""

    def __init__(self, user: str, password: str):
        self.seen: list[str | None] = []
        outer = self

        class H(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_PUT(self):  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                got = self.headers.get("Authorization")
                outer.seen.append(got)
                if got and got.startswith("Digest ") and outer.valid(got, self.command, user, password):
                    return self._send(201)
                if got:
                    return self._send(401)
                self._send(401, {"WWW-Authenticate": 'Digest realm="R", nonce="abc123", qop="auth", '
                                                     'opaque="op", algorithm="MD5"'})

            def _send(self, status, headers=None):
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @staticmethod
    def valid(header: str, method: str, user: str, password: str) -> bool:
        f = dict(re.findall(r'(\w+)="?([^",]*)"?', header[len("Digest "):]))

        def md5(s: str) -> str:
            return hashlib.md5(s.encode()).hexdigest()

        ha1, ha2 = md5(f"{user}:R:{password}"), md5(f"{method}:{f['uri']}")
        return f["response"] == md5(f"{ha1}:abc123:{f['nc']}:{f['cnonce']}:auth:{ha2}") and f["opaque"] == "op"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.mark.parametrize("digest_only", [False, True])
def test_a_digest_server_is_answered_and_remembered(monkeypatch, digest_only):
    monkeypatch.setattr(auth, "_CHALLENGES", {})
    monkeypatch.delenv("CONSULTKG_ENDPOINT_TOKEN", raising=False)
    monkeypatch.setenv("CONSULTKG_ENDPOINT_USER", "ana")
    monkeypatch.setenv("CONSULTKG_ENDPOINT_PASSWORD", "pw")
    if digest_only:
        monkeypatch.setenv("CONSULTKG_ENDPOINT_AUTH", "digest")
    else:
        monkeypatch.delenv("CONSULTKG_ENDPOINT_AUTH", raising=False)
    server = _DigestServer("ana", "pw")
    try:
        fast = Retry(attempts=1, timeout=2)
        assert request(server.url + "/store?graph=g1", method="PUT", data=b"x", retry=fast)[0] == 201
        kinds = [(s or "none").split()[0] for s in server.seen]
        assert kinds == (["none", "Digest"] if digest_only else ["Basic", "none", "Digest"])
        server.seen.clear()
        assert request(server.url + "/store?graph=g2", method="PUT", data=b"x", retry=fast)[0] == 201
        assert [s.split()[0] for s in server.seen] == ["Digest"]  # the kept challenge, nonce count 2
        assert "nc=00000002" in server.seen[0] and 'uri="/store?graph=g2"' in server.seen[0]
        monkeypatch.setenv("CONSULTKG_ENDPOINT_PASSWORD", "wrong")
        with pytest.raises(EndpointError, match="refused these credentials"):
            request(server.url + "/store?graph=g3", method="PUT", data=b"x", retry=fast)
    finally:
        server.close()


def test_a_digest_challenge_from_another_host_gets_nothing(monkeypatch):
    """Credentials answer only their own origin: a redirect elsewhere is refused before anything is sent there."""
    monkeypatch.setattr(auth, "_CHALLENGES", {})
    monkeypatch.setenv("CONSULTKG_ENDPOINT_USER", "ana")
    monkeypatch.setenv("CONSULTKG_ENDPOINT_PASSWORD", "pw")
    monkeypatch.setenv("CONSULTKG_ENDPOINT_AUTH", "digest")
    other = _DigestServer("ana", "pw")

    class Redirect(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_PUT(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(307)
            self.send_header("Location", other.url.replace("127.0.0.1", "localhost") + "/store")
            self.send_header("Content-Length", "0")
            self.end_headers()

    first = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=first.serve_forever, daemon=True).start()
    try:
        with pytest.raises(EndpointError, match="redirected to another host"):
            request(f"http://127.0.0.1:{first.server_address[1]}/store", method="PUT", data=b"x",
                    retry=Retry(attempts=1, timeout=2))
        assert other.seen == [] and auth._CHALLENGES == {}
    finally:
        first.shutdown()
        first.server_close()
        other.close()
