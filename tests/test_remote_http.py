"""Tests for knowgraph.stores.httpclient through RemoteStore and the command line: Basic and
Digest authentication, credentials in endpoint URLs (used, never shown), the Accept header of
each query form, answers cut by the server, and ``--timeout`` bounding a whole request against
a server that trickles one byte a second.

Small servers on 127.0.0.1 play the parts; every wait is bounded.
"""

from __future__ import annotations

import base64
import http.server
import json
import signal
import socketserver
import threading
import time
from pathlib import Path

import pytest
import rdflib
from conftest import finish_cli, run_cli, start_cli
from test_cli import assert_one_line_error

from knowgraph.stores.embedded import StoreError
from knowgraph.stores.remote import RemoteStore

ASK_TRUE = b'{"head": {}, "boolean": true}'
ROWS = {"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", "value": "http://example.org/s"}}]}}
# how Virtuoso answers ASK when its SQL identifiers are upper case (CaseMode 1)
ASK_TABLE = {
    "head": {"vars": ["__ASK_RETVAL"]},
    "results": {
        "bindings": [
            {
                "__ASK_RETVAL": {
                    "type": "typed-literal",
                    "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                    "value": "1",
                }
            }
        ]
    },
}
GOOD_BASIC = "Basic " + base64.b64encode(b"kg user:p@ss w:rd").decode()


class Server(http.server.BaseHTTPRequestHandler):
    """Records each request; /basic wants Basic credentials (kg user, p@ss w:rd)."""

    requests: list[tuple[str, str, dict[str, str], bytes]] = []
    release = threading.Event()

    def log_message(self, *args) -> None:  # quiet
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        Server.requests.append((self.command, self.path, dict(self.headers), body))
        path = self.path.split("?")[0]
        extra: dict[str, str] = {}
        if path == "/basic" and self.headers.get("Authorization") != GOOD_BASIC:
            status, ctype, payload = 401, "text/plain", b"who are you?"
            extra["WWW-Authenticate"] = 'Basic realm="test", charset="UTF-8"'
        elif path in ("/basic", "/ask"):
            status, ctype, payload = 200, "application/sparql-results+json", ASK_TRUE
        elif path == "/asktable":
            status, ctype, payload = 200, "application/sparql-results+json", json.dumps(ASK_TABLE).encode()
        elif path == "/capped":
            status, ctype, payload = 200, "application/sparql-results+json", json.dumps(ROWS).encode()
            extra["X-SPARQL-MaxRows"] = "1"
        elif path == "/hang":  # the first graph goes in, the next one hangs (20 s at most)
            if "g1" not in self.path:
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline and not Server.release.is_set():
                    time.sleep(0.05)
            status, ctype, payload = 204, "text/plain", b""
        elif path == "/construct":
            status, ctype, payload = (
                200,
                "application/n-triples",
                b'<http://example.org/s> <http://example.org/p> "o" .\n',
            )
        else:
            status, ctype, payload = 404, "text/plain", b"no such endpoint"
        try:
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = do_POST = do_PUT = do_DELETE = _answer


def serve(handler) -> tuple[socketserver.TCPServer, threading.Thread]:
    server_class = (
        http.server.ThreadingHTTPServer
        if issubclass(handler, http.server.BaseHTTPRequestHandler)
        else socketserver.ThreadingTCPServer
    )
    server = server_class(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture(scope="module")
def recorder():
    server, thread = serve(Server)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture()
def recorded(recorder):
    Server.requests.clear()
    return Server.requests


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("remote-http")
    triple = '<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "s" .'
    (folder / "kg.ttl").write_text(triple + "\n", encoding="utf-8")
    (folder / "kg.trig").write_text(f"<http://example.org/g> {{ {triple} }}\n", encoding="utf-8")
    return {".ttl": folder / "kg.ttl", ".trig": folder / "kg.trig"}


# ---------------------------------------------------------------------------------------------
# authentication: Basic, Digest, credentials in the URL; never a secret in a message
# ---------------------------------------------------------------------------------------------


def test_basic_authentication_answers_the_challenge(recorder, recorded, monkeypatch):
    monkeypatch.delenv("KNOWGRAPH_AUTH", raising=False)
    store = RemoteStore(f"{recorder}/basic", user="kg user", password="p@ss w:rd")
    assert store.query("ASK {}") is True
    assert store.query("ASK {}") is True
    sent = [h.get("Authorization") for _, _, h, _ in recorded]
    # nothing before the server asks, then the answer; the next request carries it at once
    assert sent[0] is None and sent[1] == sent[2] and sent[1].startswith("Basic ") and len(sent) == 3
    with pytest.raises(StoreError) as e:
        RemoteStore(f"{recorder}/basic", user="kg user", password="wrong secret").query("ASK {}")
    message = str(e.value)
    assert "HTTP 401" in message and "'kg user'" in message and "wrong user or password" in message
    assert "wrong secret" not in message and "\n" not in message
    with pytest.raises(StoreError, match="HTTP 401.*give a user and password"):
        RemoteStore(f"{recorder}/basic").query("ASK {}")


def test_credentials_in_the_url_are_used_and_never_shown(recorder, recorded, monkeypatch):
    monkeypatch.delenv("KNOWGRAPH_PASSWORD", raising=False)
    host = recorder.removeprefix("http://")
    store = RemoteStore(f"http://kg%20user:p%40ss%20w%3Ard@{host}/basic")
    assert repr(store) == f"<RemoteStore {recorder}/basic>" and store.query("ASK {}") is True
    assert recorded[-1][2]["Authorization"] == GOOD_BASIC
    with pytest.raises(StoreError) as e:
        RemoteStore(f"http://kg%20user:hunter2@{host}/basic").query("ASK {}")
    assert "hunter2" not in str(e.value) and f"{recorder}/basic" in str(e.value)
    with pytest.raises(StoreError) as e:
        RemoteStore("ftp://kg:hunter2@example.org/q")
    assert "hunter2" not in str(e.value) and "kg:***@example.org" in str(e.value)
    proc = run_cli("query", "--endpoint", f"http://kg:hunter2@{host}/basic", "ASK {}", "--retries", "0")
    assert_one_line_error(proc, "HTTP 401", f"{recorder}/basic")
    assert "hunter2" not in proc.stderr


def test_cli_user_and_password(recorder, recorded, files, tmp_path, monkeypatch):
    monkeypatch.setenv("KNOWGRAPH_PASSWORD", "p@ss w:rd")
    proc = run_cli("query", "--endpoint", f"{recorder}/basic", "ASK {}", "--user", "kg user")
    assert proc.returncode == 0 and proc.stdout.strip() == "true", proc.stderr
    assert "p@ss" not in proc.stderr + proc.stdout
    monkeypatch.delenv("KNOWGRAPH_PASSWORD")
    # no password and no terminal to ask on: one line, no prompt
    assert_one_line_error(
        run_cli("query", "--endpoint", f"{recorder}/basic", "ASK {}", "--user", "kg"),
        "no password for user 'kg'",
        "KNOWGRAPH_PASSWORD",
    )
    assert_one_line_error(
        run_cli("query", "--endpoint", f"{recorder}/ask", "ASK {}", "--user", "kg", "--auth", "Bearer x"),
        "either --user",
    )
    assert_one_line_error(run_cli("load", files[".trig"], "--store", tmp_path / "s", "--user", "kg"), "--endpoint")
    assert_one_line_error(run_cli("query", tmp_path, "ASK {}", "--password", "p"), "--endpoint")


def test_digest_answer_of_rfc_2617():
    """The worked example of RFC 2617 section 3.5 (MD5, qop=auth)."""
    from knowgraph.stores.httpclient import Credentials, _Digest, parse_challenges

    challenge = parse_challenges(
        [
            'Digest realm="testrealm@host.com", qop="auth,auth-int", '
            'nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"'
        ]
    )
    digest = _Digest(challenge["digest"])
    digest.cnonce = "0a4f113b"
    header = digest.header(Credentials("Mufasa", "Circle Of Life"), "GET", "/dir/index.html", None)
    assert 'response="6629fae49393a05397450978507c4ef1"' in header
    assert "nc=00000001" in header and "qop=auth," in header
    assert "nc=00000002" in digest.header(Credentials("Mufasa", "Circle Of Life"), "GET", "/dir/index.html", None)
    assert "Circle" not in repr(Credentials("Mufasa", "Circle Of Life"))


# ---------------------------------------------------------------------------------------------
# query forms, row limits
# ---------------------------------------------------------------------------------------------


def test_accept_header_follows_the_query_form(recorder, recorded):
    g = RemoteStore(f"{recorder}/construct").query("# SELECT in a comment\nCONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(g, rdflib.Graph) and len(g) == 1
    assert recorded[-1][2]["Accept"].startswith("application/n-triples")
    RemoteStore(f"{recorder}/ask").query("PREFIX ex: <http://example.org/CONSTRUCT#> ASK { ?s ex:p 'DESCRIBE' }")
    assert recorded[-1][2]["Accept"].startswith("application/sparql-results+json")
    assert RemoteStore(f"{recorder}/asktable").query("ASK { ?s ?p ?o }") is True  # Virtuoso, CaseMode 1
    assert RemoteStore(f"{recorder}/asktable").query("SELECT * { ?s ?p ?o }").rows == [{"__ASK_RETVAL": 1}]


def test_a_cut_answer_is_said(recorder):
    store = RemoteStore(f"{recorder}/capped")
    store.query("SELECT * WHERE { ?s ?p ?o }")
    assert store.row_limit == 1
    store = RemoteStore(f"{recorder}/ask")
    store.query("ASK {}")
    assert store.row_limit is None
    proc = run_cli("query", "--endpoint", f"{recorder}/capped", "SELECT * WHERE { ?s ?p ?o }")
    assert proc.returncode == 0 and "warning: the server cut its answer at 1 rows" in proc.stderr


# ---------------------------------------------------------------------------------------------
# --timeout bounds a whole request: a server that trickles one byte a second
# ---------------------------------------------------------------------------------------------


class Trickler(socketserver.BaseRequestHandler):
    """Reads a request, sends its headers (or, for /headers, the headers themselves) one byte
    a second, for at most 60 s."""

    def handle(self) -> None:
        self.request.settimeout(5)
        try:
            first = self.request.recv(65536)
            if first.split(b" ")[1].startswith(b"/headers"):
                data = b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n" + b"X: " + b"y" * 100
            else:
                self.request.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: 1000\r\n\r\n"
                )
                data = b" " * 100
            for byte in data[:60]:
                self.request.sendall(bytes([byte]))
                time.sleep(1)
        except OSError:
            pass


@pytest.fixture(scope="module")
def trickler():
    server, thread = serve(Trickler)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.parametrize("path", ["/body", "/headers"])
def test_timeout_bounds_the_whole_request(trickler, path):
    start = time.monotonic()
    with pytest.raises(StoreError) as e:
        RemoteStore(f"{trickler}{path}", timeout=1.5, retries=0).query("ASK {}")
    assert time.monotonic() - start < 3
    assert str(e.value) == f"cannot connect to {trickler}{path}: no answer within 1.5 s (timed out)"


def test_cli_load_timeout_bounds_a_trickling_server(trickler, files):
    start = time.monotonic()
    proc = run_cli("load", files[".trig"], "--endpoint", f"{trickler}/store", "--timeout", "2", "--retries", "0")
    assert time.monotonic() - start < 15  # the CLI starts in about 1 s; without the bound: 60 s and more
    assert_one_line_error(proc, f"{trickler}/store", "no answer within 2 s")
    assert proc.returncode == 1


def test_ctrl_c_during_a_load_says_what_was_sent(recorder, recorded, tmp_path):
    triple = '<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "s" .'
    trig = tmp_path / "two.trig"
    trig.write_text(f"<http://example.org/g1> {{ {triple} }}\n<http://example.org/g2> {{ {triple} }}\n{triple}\n")
    Server.release.clear()
    proc = start_cli("load", trig, "--endpoint", f"{recorder}/hang", "--retries", "0")
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any("g2" in path for _, path, _, _ in recorded):
            time.sleep(0.05)
        assert any("g2" in path for _, path, _, _ in recorded), "the load never reached the second graph"
        proc.send_signal(signal.SIGINT)
        done = finish_cli(proc, timeout=60)
    finally:
        Server.release.set()
        if proc.poll() is None:
            proc.kill()
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().splitlines() == [
        "knowgraph: interrupted: load incomplete: 1 of 3 graphs replaced, not sent: <http://example.org/g2> and "
        "the default graph; run the same load again to complete it"
    ]
