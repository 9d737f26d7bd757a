"""Remotes are safe: loopback HTTP servers that redirect to another host, answer 401/403/429, or never answer."""
from __future__ import annotations

import http.server
import json
import socket
import threading
import time

import pytest

import consultkg
from consultkg.query.remote import EndpointError, Retry, put_graph, request

RESULTS = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}})


class Server:
    """A loopback HTTP server in a thread; ``handle(handler)`` answers each request; ``seen`` logs them."""

    def __init__(self, host: str, handle):
        self.seen: list[dict] = []
        outer = self

        class H(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def _any(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                outer.seen.append({"method": self.command, "path": self.path, "time": time.monotonic(),
                                   "auth": self.headers.get("Authorization"), "body": body})
                handle(self)

            do_GET = do_POST = do_PUT = _any

        self.httpd = http.server.ThreadingHTTPServer((host, 0), H)
        self.url = f"http://{host}:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def answer(status: int, body: str = "", headers: dict | None = None, ctype="application/sparql-results+json"):
    def handle(h):
        h.send_response(status)
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body.encode())))
        h.end_headers()
        h.wfile.write(body.encode())
    return handle


@pytest.fixture
def token(monkeypatch):
    monkeypatch.setenv("CONSULTKG_ENDPOINT_TOKEN", "tok-123")
    monkeypatch.delenv("CONSULTKG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("CONSULTKG_ENDPOINT_PASSWORD", raising=False)


FAST = Retry(attempts=3, backoff=0.01, timeout=2)


def test_credentials_never_follow_a_redirect_to_another_host(token):
    other = Server("127.0.0.2", answer(200, RESULTS))
    first = Server("127.0.0.1", answer(307, headers={"Location": other.url + "/sparql"}))
    try:
        with pytest.raises(EndpointError, match="redirected to another host"):
            consultkg.ask(first.url + "/query", "SELECT ?x WHERE { ?s ?p ?x }")
        assert other.seen == [] and first.seen[0]["auth"] == "Bearer tok-123"
    finally:
        first.close(), other.close()


def test_a_same_host_redirect_keeps_the_method_and_the_query(token):
    server = Server("127.0.0.1", lambda h: (answer(308, headers={"Location": "/sparql"}) if h.path == "/query"
                                            else answer(200, RESULTS))(h))
    try:
        rows = consultkg.ask(server.url + "/query", "SELECT ?x WHERE { ?s ?p ?x }")
        assert rows == [{"x": "ok"}]
        assert [s["method"] for s in server.seen] == ["POST", "POST"] and server.seen[1]["body"] == server.seen[0]["body"]
    finally:
        server.close()


def test_a_password_in_the_url_is_redacted_in_every_message(monkeypatch):
    monkeypatch.delenv("CONSULTKG_ENDPOINT_TOKEN", raising=False)
    server = Server("127.0.0.1", answer(500, "boom"))
    url = server.url.replace("http://", "http://ana:s3cret@") + "/query"
    try:
        with pytest.raises(EndpointError) as info:
            request(url, retry=FAST)
        assert "s3cret" not in str(info.value) and "ana:***@" in str(info.value)
        assert server.seen[0]["auth"].startswith("Basic ")  # sent as basic auth, not in the URL
    finally:
        server.close()
    from consultkg.query.remote import redact
    assert redact("https://u:p@h.example/x") == "https://u:***@h.example/x"


@pytest.mark.parametrize("status, words", [(401, "the server wants credentials"),
                                           (403, "the server wants credentials")])
def test_401_and_403_name_the_credential_variables(monkeypatch, status, words):
    for var in ("CONSULTKG_ENDPOINT_TOKEN", "CONSULTKG_ENDPOINT_USER", "CONSULTKG_ENDPOINT_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    server = Server("127.0.0.1", answer(status, "no"))
    try:
        with pytest.raises(EndpointError) as info:
            request(server.url + "/query", retry=FAST)
        msg = str(info.value)
        assert f"HTTP {status}" in msg and words in msg
        assert "CONSULTKG_ENDPOINT_TOKEN" in msg and "CONSULTKG_ENDPOINT_PASSWORD" in msg
        assert len(server.seen) == 1  # not retried
    finally:
        server.close()


def test_refused_credentials_say_so(token):
    server = Server("127.0.0.1", answer(401, "bad token"))
    try:
        with pytest.raises(EndpointError, match="refused these credentials"):
            request(server.url + "/query", retry=FAST)
    finally:
        server.close()


def test_retry_after_is_honoured():
    calls = []

    def handle(h):
        calls.append(1)
        (answer(429, "slow down", {"Retry-After": "1"}) if len(calls) == 1 else answer(200, RESULTS))(h)

    server = Server("127.0.0.1", handle)
    try:
        request(server.url + "/query", retry=Retry(attempts=3, backoff=0.01, timeout=2))
        gap = server.seen[1]["time"] - server.seen[0]["time"]
        assert gap >= 0.95, gap  # the backoff alone would wait 0.01 s
    finally:
        server.close()


def test_a_server_that_never_answers_is_given_up_on_in_time():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)  # accepts connections, never answers
    try:
        start = time.monotonic()
        with pytest.raises(EndpointError, match="after 2 attempts"):
            request(f"http://127.0.0.1:{sock.getsockname()[1]}/query", retry=Retry(attempts=2, backoff=0.01, timeout=0.5))
        assert time.monotonic() - start < 5
    finally:
        sock.close()


def test_pushing_to_a_base_url_names_the_graph_store_path(monkeypatch):
    monkeypatch.delenv("CONSULTKG_ENDPOINT_TOKEN", raising=False)
    server = Server("127.0.0.1", answer(404, "not found"))
    try:
        with pytest.raises(EndpointError, match=r"Oxigraph http://HOST:7878/store, Fuseki http://HOST:3030/<dataset>/data"):
            put_graph(server.url + "/", "https://w3id.org/consultkg/id/doc/x", b"", retry=FAST)
        assert server.seen == []  # refused before sending
        with pytest.raises(EndpointError, match="is it the Graph Store endpoint"):
            put_graph(server.url + "/wrong", "https://w3id.org/consultkg/id/doc/x", b"", retry=FAST)
    finally:
        server.close()


def trickle(h):  # a byte a second, for ever: each read is quick, the answer never ends
    h.send_response(200)
    h.send_header("Content-Type", "application/sparql-results+json")
    h.end_headers()
    try:
        for _ in range(60):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(1)
    except OSError:
        pass


def flood(h):  # an endless answer without a length, as fast as it can go
    h.send_response(200)
    h.send_header("Content-Type", "application/sparql-results+json")
    h.end_headers()
    block = b" " * (1 << 20)
    try:
        for _ in range(2000):  # 2 GB at most
            h.wfile.write(block)
    except OSError:
        pass


def test_a_server_that_answers_a_byte_a_second_is_given_up_on_at_the_deadline():
    server = Server("127.0.0.1", trickle)
    try:
        start = time.monotonic()
        with pytest.raises(EndpointError, match=r"the request was stopped after 1 s .*\(after 1 attempt\)"):
            request(server.url + "/query", retry=Retry(attempts=1, timeout=1))
        assert time.monotonic() - start < 4  # was: as long as the server kept sending
    finally:
        server.close()


def test_an_endless_answer_is_refused_past_its_cap_without_holding_it():
    import resource

    server = Server("127.0.0.1", flood)
    try:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with pytest.raises(EndpointError, match=r"the answer is over the 5 MB limit \(--max-answer MB allows more\)"):
            request(server.url + "/query", retry=Retry(attempts=1, timeout=30, max_body=5_000_000))
        grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        assert grown_mb < 100  # was: the whole body read at once
    finally:
        server.close()


def test_an_announced_length_over_the_cap_is_refused_before_reading():
    server = Server("127.0.0.1", answer(200, " " * 2_000_001))
    try:
        with pytest.raises(EndpointError, match=r"the answer is 2 MB, over the 1 MB limit"):
            request(server.url + "/query", retry=Retry(attempts=1, timeout=10, max_body=1_000_000))
    finally:
        server.close()


def test_a_server_that_sends_headers_without_end_is_an_endpoint_error():
    def endless_headers(h):
        h.send_response(200)
        try:
            for i in range(1000):
                h.send_header("X-A", "b")
            h.end_headers()
        except OSError:
            pass

    server = Server("127.0.0.1", endless_headers)
    try:
        with pytest.raises(EndpointError, match=r"not valid HTTP \(HTTPException: got more than 100 headers\) "
                                                r"\(after 2 attempts\)"):  # was: an internal error
            request(server.url + "/query", retry=Retry(attempts=2, backoff=0.01, timeout=5))
    finally:
        server.close()
