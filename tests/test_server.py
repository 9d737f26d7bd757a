"""Push and query against a real Oxigraph server on a free loopback port, and HTTP failure handling."""
from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

import consultkg
from consultkg.build.run import build
from consultkg.cli import cli
from consultkg.query.remote import EndpointError, Retry, put_graph, request

from .conftest import SAMPLE

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
needs_server = pytest.mark.skipif(not Path(OXIGRAPH).exists(), reason="the oxigraph server is not installed "
                                  "(pip install oxigraph; .ci/run installs it with the test extra)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_serve(location: Path):
    """Start ``oxigraph serve`` on a free loopback port with the union default graph; yield its base URL."""
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("oxigraph server did not start")
            time.sleep(0.1)
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from oxigraph_serve(tmp_path_factory.mktemp("oxigraph"))


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    out = tmp_path_factory.mktemp("kg")
    build([SAMPLE], out)
    return out


def count(url: str) -> int:
    return int(consultkg.ask(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"])


@needs_server
def test_push_then_query_the_server(server, kg):
    res = CliRunner().invoke(cli, ["push", str(kg), "--endpoint", server + "/store"])
    assert res.exit_code == 0, res.output
    assert "pushed 2 graphs" in res.stderr
    local_total = count(str(kg / "graph.trig"))
    assert count(server + "/query") == local_total
    # every saved question gives the same answer remotely as locally
    for name, params in (("people", {}), ("evidence", {"theme": "care"}), ("not-consulted-on", {"theme": "srhr"}),
                         ("theme-frequency", {})):
        assert consultkg.ask(server + "/query", name, **params) == consultkg.ask(kg, name, **params), name
    res = CliRunner().invoke(cli, ["query", server + "/query", "-q", "organisations-for-theme", "--param",
                                   "theme=srhr", "--format", "csv"])
    assert res.exit_code == 0 and "Ministry of Women and Vulnerable Population" in res.stdout


@needs_server
def test_push_is_idempotent(server, kg):
    consultkg.query.api.push(kg, server + "/store")
    first = count(server + "/query")
    consultkg.query.api.push(kg, server + "/store")
    assert count(server + "/query") == first


@needs_server
def test_failed_put_leaves_the_previous_graph(server, kg):
    consultkg.query.api.push(kg, server + "/store")
    doc = "https://w3id.org/consultkg/id/doc/lima-peru-government"
    before = count(server + "/query")
    with pytest.raises(EndpointError) as err:
        put_graph(server + "/store", doc, b"<https://a> <https://b> broken .\n", Retry(attempts=1))
    assert "HTTP 400" in str(err.value)
    assert count(server + "/query") == before
    assert consultkg.ask(server + "/query", "ASK { ?m a ckg:Meeting }") is True


@needs_server
def test_update_is_refused_before_reaching_the_server(server):
    res = CliRunner().invoke(cli, ["query", server + "/query", "DROP ALL"])
    assert res.exit_code == 1 and "read-only" in res.stderr


def test_unreachable_endpoint_one_line_after_retries():
    port = free_port()  # nothing listens there
    start = time.monotonic()
    res = CliRunner().invoke(cli, ["query", f"http://127.0.0.1:{port}/query", "-q", "people", "--retries", "3"])
    assert res.exit_code == 1
    assert "cannot reach the server" in res.stderr and "after 3 attempts" in res.stderr
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.output
    assert time.monotonic() - start >= 1.5  # backed off 0.5 s, then 1 s


class _Flaky(http.server.BaseHTTPRequestHandler):
    """Answers 503 twice, then 200; remembers the Authorization headers it saw."""

    seen: list = []

    def do_GET(self):  # noqa: N802
        type(self).seen.append(self.headers.get("Authorization"))
        status = 503 if len(type(self).seen) <= 2 else 200
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"ok" if status == 200 else b"busy")

    def log_message(self, *args):
        pass


def test_transient_errors_are_retried_and_credentials_come_from_the_environment(monkeypatch):
    _Flaky.seen = []
    srv = http.server.HTTPServer(("127.0.0.1", 0), _Flaky)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("CONSULTKG_ENDPOINT_TOKEN", "s3cret")
        status, _, body = request(f"http://127.0.0.1:{srv.server_port}/", retry=Retry(attempts=3, backoff=0.01))
        assert (status, body) == (200, b"ok")
        assert _Flaky.seen == ["Bearer s3cret"] * 3
        _Flaky.seen = []
        with pytest.raises(EndpointError, match="HTTP 503"):
            request(f"http://127.0.0.1:{srv.server_port}/", retry=Retry(attempts=2, backoff=0.01))
    finally:
        srv.shutdown()


def test_credentials_are_not_command_line_options():
    for name in ("push", "query"):
        params = {p.name for p in cli.commands[name].params}
        assert not params & {"password", "token", "user"}
