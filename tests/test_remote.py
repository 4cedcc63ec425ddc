"""Tests for knowgraph.stores.remote: loading over the Graph Store Protocol and querying over HTTP.

A real ``oxigraph serve`` (PyPI package ``oxigraph``, in the ``dev`` extra) runs on 127.0.0.1
for the session; a tiny ``http.server`` on 127.0.0.1 records headers and plays a failing
server.  Only loopback addresses are used; every wait is bounded.
"""

from __future__ import annotations

import datetime
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib
from conftest import QUERIES, run_cli
from test_cli import assert_one_line_error

import knowgraph
from knowgraph.rdf import output
from knowgraph.stores.embedded import QueryResult, StoreError
from knowgraph.stores.remote import LoadIncomplete, RemoteStore

KGE = output.PREFIXES["kge"]
AI = output.PREFIXES["ai"]

NEXALIA = (
    "La startup lyonnaise Nexalia a été rachetée par Microsoft pour 300 millions d'euros en mars 2024. "
    "Nexalia développe des modèles de langage pour les hôpitaux."
)
MISTRAL = "Mistral AI, basée à Paris, a été fondée par Arthur Mensch."
ARTICLE_IRIS = ["https://example.org/news/mistral", "https://example.org/news/nexalia"]

ACQUISITION = (
    "SELECT ?buyer ?amount ?currency WHERE { ?deal ai:acquirer ?buyer ; ai:acquiree kge:nexalia ; "
    "ai:amount ?m . ?m schema:value ?amount ; schema:currency ?currency }"
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


# ---------------------------------------------------------------------------------------------
# fixtures
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real ``oxigraph serve`` on 127.0.0.1: yields its base URL, killed at the end."""
    binary = oxigraph_binary()
    if binary is None:
        message = "the oxigraph server is not installed (pip install oxigraph, part of the dev extra)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    location = tmp_path_factory.mktemp("oxigraph-server")
    log = open(location.parent / "oxigraph-server.log", "wb")
    for _ in range(3):  # the free port may be taken between free_port() and bind: try again
        port = free_port()
        proc = subprocess.Popen(
            [binary, "serve", "--location", str(location / "db"), "--bind", f"127.0.0.1:{port}"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        probe = RemoteStore(f"{base}/query", retries=0, timeout=2)
        deadline = time.monotonic() + 30
        ready = False
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                probe.query("ASK { ?s ?p ?o }")
                ready = True
                break
            except StoreError:
                time.sleep(0.1)
        if ready:
            break
        proc.kill()
        proc.wait(timeout=10)
    else:
        log.close()
        pytest.fail(
            f"oxigraph serve did not start: {(location.parent / 'oxigraph-server.log').read_text(errors='replace')}"
        )
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


@pytest.fixture()
def remote(oxigraph_server) -> RemoteStore:
    """The server, emptied before each test."""
    store = RemoteStore(f"{oxigraph_server}/query", f"{oxigraph_server}/store", retries=1, backoff=0.05, timeout=20)
    for g in store.named_graphs():
        store.drop(g)
    store.drop(None)
    assert store.count() == 0
    return store


@pytest.fixture(scope="module")
def kg():
    """Two French articles, one named graph each."""
    published = datetime.date(2025, 3, 14)
    return knowgraph.build(
        [
            knowgraph.Article(text=NEXALIA, lang="fr", published=published, source=ARTICLE_IRIS[1]),
            knowgraph.Article(text=MISTRAL, lang="fr", published=published, source=ARTICLE_IRIS[0]),
        ]
    )


@pytest.fixture(scope="module")
def kg_one():
    """The Nexalia article alone: the same graph before the Mistral article was added."""
    return knowgraph.build(
        knowgraph.Article(text=NEXALIA, lang="fr", published=datetime.date(2025, 3, 14), source=ARTICLE_IRIS[1])
    )


@pytest.fixture(scope="module")
def files(kg, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("remote-files")
    out = {}
    for ext in (".trig", ".nq", ".ttl", ".nt", ".jsonld"):
        out[ext] = folder / f"kg{ext}"
        kg.write(out[ext])
    return out


def n_quads(kg) -> int:
    """Quads of the dataset: named graphs plus its default graph (what ``load`` returns)."""
    return len(list(kg.dataset.quads((None, None, None, None))))


def server_count(kg) -> int:
    """What the server holds after ``load(kg.dataset)``: the named graphs' quads, plus the
    merged view of everything (the dataset's default graph included) in the default graph."""
    default = rdflib.graph.DATASET_DEFAULT_GRAPH_ID
    named = sum(len(g) for g in kg.dataset.graphs() if g.identifier != default)
    return named + len(kg.graph)


# ---------------------------------------------------------------------------------------------
# load, reload, count, query against a real oxigraph server
# ---------------------------------------------------------------------------------------------


def test_load_is_idempotent(remote, kg):
    quads = n_quads(kg)
    assert remote.load(kg.dataset) == quads
    assert remote.named_graphs() == ARTICLE_IRIS
    # the named graphs, plus the merged view in the default graph
    assert remote.count() == server_count(kg)
    assert remote.load(kg.dataset) == quads
    assert remote.count() == server_count(kg)
    assert remote.named_graphs() == ARTICLE_IRIS


@pytest.mark.parametrize("ext", [".trig", ".nq", ".jsonld"])
def test_load_dataset_files_twice(remote, kg, files, ext):
    assert remote.load(files[ext]) == n_quads(kg)
    first = remote.count()
    assert remote.load(files[ext]) == n_quads(kg)
    assert remote.count() == first == server_count(kg)
    assert remote.named_graphs() == ARTICLE_IRIS


@pytest.mark.parametrize("ext", [".ttl", ".nt"])
def test_load_triples_to_default_or_named_graph(remote, kg, files, ext):
    triples = len(kg.graph)
    assert remote.load(files[ext]) == triples
    assert remote.load(files[ext]) == triples
    assert remote.count() == triples
    assert remote.named_graphs() == []
    extra = "https://example.org/graphs/extra"
    assert remote.load(files[ext], graph=extra, union=False) == triples
    assert remote.load(files[ext], graph=extra, union=False) == triples
    assert remote.named_graphs() == [extra]
    assert remote.count() == 2 * triples


def test_reloading_a_rebuilt_graph_leaves_no_stale_values(remote, kg, kg_one):
    remote.load(kg_one.dataset)
    assert remote.named_graphs() == [ARTICLE_IRIS[1]]
    remote.load(kg.dataset)
    assert remote.count() == server_count(kg)
    query = "SELECT ?s ?n ?c WHERE { ?s ai:supportCount ?n ; ai:confidence ?c }"
    assert Counter(map(str, remote.query(query).rows)) == Counter(map(str, kg.query(query).rows))


def test_several_inputs_are_merged_into_one_snapshot(remote, kg, files):
    assert remote.load([files[".trig"], files[".nq"], kg.dataset]) == n_quads(kg)
    assert remote.count() == server_count(kg)
    assert remote.named_graphs() == ARTICLE_IRIS


def test_put_replaces_a_changed_graph(remote):
    g = rdflib.Graph()
    s, p = rdflib.URIRef("http://example.org/s"), rdflib.URIRef("http://example.org/p")
    g.add((s, p, rdflib.Literal("one")))
    remote.load(g, graph="http://example.org/g", union=False)
    g2 = rdflib.Graph()
    g2.add((s, p, rdflib.Literal("two")))
    remote.load(g2, graph="http://example.org/g", union=False)
    answer = remote.query("SELECT ?o WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }")
    assert answer.rows == [{"o": "two"}]


def test_no_union_leaves_the_default_graph_empty(remote, kg):
    remote.load(kg.dataset, union=False)
    assert remote.count() == n_quads(kg)
    assert len(remote.query("SELECT ?b WHERE { ?b ai:acquired kge:nexalia }")) == 0
    assert len(remote.query("SELECT ?b WHERE { GRAPH ?g { ?b ai:acquired kge:nexalia } }")) == 1


def test_query_rows_like_the_embedded_store(remote, kg):
    remote.load(kg.dataset)
    result = remote.query(ACQUISITION)
    assert isinstance(result, QueryResult)
    assert result.variables == ["buyer", "amount", "currency"]
    assert result.rows == [{"buyer": KGE + "microsoft", "amount": Decimal("300000000"), "currency": "EUR"}]
    embedded = kg.query(ACQUISITION)
    assert result.rows == embedded.rows
    assert result.to_csv() == embedded.to_csv()
    assert result.to_json() == embedded.to_json()
    assert "kge:microsoft" in result.to_table()
    labels = remote.query("SELECT ?label WHERE { kge:nexalia rdfs:label ?label }")
    assert labels.rows == [{"label": "Nexalia"}]


def test_ask_construct_and_own_prefixes(remote, kg):
    remote.load(kg.dataset)
    assert remote.query("ASK { kge:microsoft ai:acquired kge:nexalia }") is True
    assert remote.query("ASK { kge:nexalia ai:acquired kge:microsoft }") is False
    g = remote.query("CONSTRUCT WHERE { ?a ai:foundedBy ?b }")
    assert isinstance(g, rdflib.Graph)
    assert set(g) == {
        (rdflib.URIRef(KGE + "mistral-ai"), rdflib.URIRef(AI + "foundedBy"), rdflib.URIRef(KGE + "arthur-mensch"))
    }
    # a query that declares a knowgraph prefix itself keeps its own declaration
    own = remote.query("PREFIX kge: <http://example.org/other/> SELECT ?b WHERE { ?b ai:acquired ?x }")
    assert own.rows == [{"b": KGE + "microsoft"}]


def test_example_queries_answer_as_in_the_embedded_store(remote, examples_kg, examples_store):
    remote.load(examples_kg.dataset)
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        ours, theirs = remote.query(text), examples_store.query(text)
        assert isinstance(ours, QueryResult), path.name
        assert ours.variables == theirs.variables, path.name
        key = lambda r: tuple(map(str, r.values()))  # noqa: E731
        assert Counter(map(key, ours.rows)) == Counter(map(key, theirs.rows)), path.name


def test_errors_from_the_real_server(remote, oxigraph_server, kg):
    with pytest.raises(StoreError) as e:
        remote.query("SELEC nonsense")
    message = str(e.value)
    assert "HTTP 400" in message and f"{oxigraph_server}/query" in message and "\n" not in message
    wrong = RemoteStore(f"{oxigraph_server}/query", f"{oxigraph_server}/nowhere", retries=0)
    with pytest.raises(StoreError, match="HTTP 404") as e:
        wrong.load(kg.dataset)
    assert f"{oxigraph_server}/nowhere" in str(e.value)


# ---------------------------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------------------------


def test_cli_load_and_query(remote, oxigraph_server, kg, files):
    args = (
        "load",
        files[".trig"],
        "--endpoint",
        f"{oxigraph_server}/store",
        "--query-endpoint",
        f"{oxigraph_server}/query",
    )
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    count = server_count(kg)
    assert f"{count} quads in all graphs" in proc.stderr
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    assert f"{count} quads in all graphs" in proc.stderr
    proc = run_cli("query", "--endpoint", f"{oxigraph_server}/query", ACQUISITION, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["buyer,amount,currency", f"{KGE}microsoft,300000000,EUR"]
    proc = run_cli("query", "--endpoint", f"{oxigraph_server}/query", "ASK { ?a ai:acquired kge:nexalia }")
    assert proc.returncode == 0 and proc.stdout.strip() == "true", proc.stderr


def test_cli_store_option_form(kg, files, tmp_path):
    folder = tmp_path / "kg.store"
    assert run_cli("load", files[".trig"], "--store", folder).returncode == 0
    proc = run_cli("query", "--store", folder, ACQUISITION, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[1] == f"{KGE}microsoft,300000000,EUR"


def test_cli_errors(oxigraph_server, files, tmp_path):
    port = free_port()
    proc = run_cli("query", "--endpoint", f"http://127.0.0.1:{port}/query", "ASK {}", "--retries", "0")
    assert_one_line_error(proc, f"http://127.0.0.1:{port}/query", "refused")
    proc = run_cli("load", files[".trig"], "--endpoint", f"http://127.0.0.1:{port}/store", "--retries", "1")
    assert_one_line_error(proc, f"http://127.0.0.1:{port}/store", "refused")
    assert_one_line_error(run_cli("query", "--endpoint", f"{oxigraph_server}/query", "SELEC x"), "HTTP 400")
    assert_one_line_error(run_cli("query", "ASK {}"), "--endpoint")
    assert_one_line_error(run_cli("query", tmp_path, "ASK {}", "--store", tmp_path), "either DIR")
    assert_one_line_error(
        run_cli("load", files[".trig"], "--store", tmp_path / "s", "--auth", "Bearer x"), "--endpoint"
    )
    assert_one_line_error(
        run_cli("load", tmp_path / "missing.trig", "--endpoint", f"{oxigraph_server}/store"), "missing.trig"
    )
    proc = run_cli("load", files[".trig"])
    assert proc.returncode == 2 and "--endpoint" in proc.stderr


# ---------------------------------------------------------------------------------------------
# a tiny recording server: headers, retries, 4xx/5xx, timeouts
# ---------------------------------------------------------------------------------------------

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
RESULTS = {
    "head": {"vars": ["n", "label", "node", "unbound"]},
    "results": {
        "bindings": [
            {
                "n": {"type": "literal", "value": "3", "datatype": XSD_INTEGER},
                "label": {"type": "literal", "value": "Été", "xml:lang": "fr"},
                "node": {"type": "bnode", "value": "b0"},
            }
        ]
    },
}


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[tuple[str, str, dict[str, str], bytes]] = []

    def log_message(self, *args) -> None:  # quiet
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        Recorder.requests.append((self.command, self.path, dict(self.headers), body))
        path = self.path.split("?")[0]
        if path == "/slow":
            time.sleep(1.5)
        status, ctype, payload = {
            "/query": (200, "application/sparql-results+json", json.dumps(RESULTS).encode()),
            "/ask": (200, "application/sparql-results+json; charset=utf-8", b'{"head": {}, "boolean": true}'),
            "/store": (204, "", b""),
            "/busy": (503, "text/plain", b"Service Unavailable: try later\nsecond line"),
            "/secret": (401, "text/plain", b"\n  invalid token for this dataset\nmore details"),
            "/html": (
                400,
                "text/html",
                b"<html><head><title>Error</title></head><body><h1>Bad graph IRI</h1><p>details</p></body></html>",
            ),
            "/slow": (200, "application/sparql-results+json", b'{"head": {}, "boolean": true}'),
        }.get(path, (404, "text/plain", b"no such endpoint"))
        try:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = do_POST = do_PUT = do_DELETE = _answer


@pytest.fixture(scope="module")
def recorder():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture()
def recorded(recorder):
    Recorder.requests.clear()
    return Recorder.requests


def test_authorization_header_is_sent(recorder, recorded, kg, monkeypatch):
    monkeypatch.delenv("KNOWGRAPH_AUTH", raising=False)
    store = RemoteStore(f"{recorder}/query", f"{recorder}/store", auth_header="Bearer xyz")
    assert store.load(kg.dataset) == n_quads(kg)
    store.query("SELECT * WHERE { ?s ?p ?o }")
    methods = [(m, p.split("?")[0]) for m, p, _, _ in recorded]
    assert methods == [("PUT", "/store"), ("PUT", "/store"), ("PUT", "/store"), ("POST", "/query")]
    assert all(h.get("Authorization") == "Bearer xyz" for _, _, h, _ in recorded)
    # the Graph Store requests: one PUT per article graph, then the merged view to ?default
    assert [p for _, p, _, _ in recorded[:3]] == [
        "/store?graph=https%3A%2F%2Fexample.org%2Fnews%2Fmistral",
        "/store?graph=https%3A%2F%2Fexample.org%2Fnews%2Fnexalia",
        "/store?default",
    ]
    assert recorded[0][2]["Content-Type"] == "application/n-triples"
    assert recorded[0][3] == output.serialize(kg.dataset.graph(rdflib.URIRef(ARTICLE_IRIS[0])), "nt")
    assert recorded[3][2]["Content-Type"] == "application/x-www-form-urlencoded"
    assert "application/sparql-results+json" in recorded[3][2]["Accept"]


def test_authorization_from_environment_and_cli(recorder, recorded, monkeypatch):
    monkeypatch.setenv("KNOWGRAPH_AUTH", "Basic dXNlcjpwYXNz")
    RemoteStore(f"{recorder}/ask").query("ASK {}")
    monkeypatch.delenv("KNOWGRAPH_AUTH")
    RemoteStore(f"{recorder}/ask").query("ASK {}")
    proc = run_cli("query", "--endpoint", f"{recorder}/ask", "ASK {}", "--auth", "Bearer from-cli")
    assert proc.returncode == 0 and proc.stdout.strip() == "true", proc.stderr
    headers = [h.get("Authorization") for _, _, h, _ in recorded]
    assert headers == ["Basic dXNlcjpwYXNz", None, "Bearer from-cli"]


def test_results_json_terms(recorder, recorded):
    result = RemoteStore(f"{recorder}/query").query("SELECT * WHERE { ?s ?p ?o }")
    assert result.variables == ["n", "label", "node", "unbound"]
    assert result.rows == [{"n": 3, "label": "Été", "node": "_:b0", "unbound": None}]
    assert result.terms[0]["label"] == rdflib.Literal("Été", lang="fr")
    # the knowgraph prefixes used by the query are declared for the server, on the first line
    form = recorded[0][3].decode()
    assert "PREFIX" not in form
    RemoteStore(f"{recorder}/query").query("SELECT ?x WHERE { ?x a ai:Organization }")
    from urllib.parse import parse_qs

    sent = parse_qs(recorded[1][3].decode())["query"][0]
    assert sent == f"PREFIX ai: <{AI}> SELECT ?x WHERE {{ ?x a ai:Organization }}"


def test_5xx_is_retried_then_fails(recorder, recorded):
    store = RemoteStore(f"{recorder}/busy", retries=2, backoff=0.01)
    with pytest.raises(StoreError) as e:
        store.query("ASK {}")
    assert len(recorded) == 3
    message = str(e.value)
    assert "HTTP 503" in message and "Service Unavailable: try later" in message and "3 attempts" in message
    assert "\n" not in message and "second line" not in message


def test_4xx_is_not_retried(recorder, recorded):
    with pytest.raises(StoreError) as e:
        RemoteStore(f"{recorder}/secret", retries=3, backoff=0.01, auth_header="Bearer wrong").query("ASK {}")
    assert len(recorded) == 1
    assert "HTTP 401" in str(e.value) and "invalid token for this dataset" in str(e.value)
    assert "wrong" not in str(e.value)  # the credentials never appear in messages
    with pytest.raises(StoreError, match="HTTP 404.*no such endpoint"):
        RemoteStore(f"{recorder}/missing", retries=3).query("ASK {}")
    with pytest.raises(StoreError, match=r"HTTP 400 Bad Request: Bad graph IRI$"):
        RemoteStore(f"{recorder}/html").query("ASK {}")
    assert len(recorded) == 3


def test_refused_connection_names_the_url_quickly():
    port = free_port()  # nothing listens there any more
    url = f"http://127.0.0.1:{port}/query"
    start = time.monotonic()
    with pytest.raises(StoreError) as e:
        RemoteStore(url, retries=2, backoff=0.01).count()
    assert time.monotonic() - start < 5
    assert str(e.value) == f"cannot connect to {url}: connection refused (after 3 attempts)"
    with pytest.raises(StoreError, match=f"cannot connect to http://127.0.0.1:{port}/store: connection refused"):
        g = rdflib.Graph()
        g.add((rdflib.URIRef("http://example.org/s"), rdflib.RDFS.label, rdflib.Literal("s")))
        RemoteStore(url, f"http://127.0.0.1:{port}/store", retries=0).load(g)


def test_timeout(recorder, recorded):
    start = time.monotonic()
    with pytest.raises(StoreError, match=r"cannot connect to .*/slow: no answer within 0.3 s"):
        RemoteStore(f"{recorder}/slow", timeout=0.3, retries=0).query("ASK {}")
    assert time.monotonic() - start < 1.4


def test_bad_arguments():
    with pytest.raises(StoreError, match="invalid query endpoint 'localhost:7878/query': expected an http"):
        RemoteStore("localhost:7878/query")
    with pytest.raises(StoreError, match="invalid Graph Store endpoint 'not a url'"):
        RemoteStore("not a url either", "not a url")
    with pytest.raises(StoreError, match="Authorization"):
        RemoteStore("http://127.0.0.1:1/q", auth_header="Bearer a\nX-Evil: 1")
    with pytest.raises(StoreError, match="either an Authorization header or a user"):
        RemoteStore("http://127.0.0.1:1/q", auth_header="Bearer a", user="u", password="p")
    with pytest.raises(StoreError, match="two users"):
        RemoteStore("http://u:p@127.0.0.1:1/q", user="v", password="p")
    with pytest.raises(StoreError, match="password was given without a user"):
        RemoteStore("http://127.0.0.1:1/q", password="p")
    with pytest.raises(StoreError, match="no such file"):
        RemoteStore("http://127.0.0.1:1/q").load("/nonexistent/kg.trig")


# ---------------------------------------------------------------------------------------------
# a load that fails half-way says so, and running it again completes it
# ---------------------------------------------------------------------------------------------


class FlakyProxy(http.server.BaseHTTPRequestHandler):
    """Forwards to the oxigraph server, but answers 503 to the first ``?default`` request
    while ``FlakyProxy.fail_default`` is set."""

    target = ""
    fail_default = False

    def log_message(self, *args) -> None:
        pass

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        if FlakyProxy.fail_default and self.path.endswith("?default"):
            payload = b"Service Unavailable: disk full"
            self.send_response(503)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(self.target + self.path, data=body, method=self.command, headers=headers)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(request, timeout=30) as answer:
                status, data, ctype = answer.status, answer.read(), answer.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            status, data, ctype = e.code, e.read(), e.headers.get("Content-Type", "")
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = _forward


@pytest.fixture()
def flaky(oxigraph_server):
    FlakyProxy.target, FlakyProxy.fail_default = oxigraph_server, True
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FlakyProxy)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_a_half_done_load_says_what_was_sent_and_a_rerun_completes_it(remote, flaky, kg, files):
    store = RemoteStore(f"{flaky}/query", f"{flaky}/store", retries=1, backoff=0.01)
    with pytest.raises(LoadIncomplete) as e:
        store.load(kg.dataset)
    message = str(e.value)
    assert message.startswith(f"PUT {flaky}/store (default graph): HTTP 503")
    assert "load incomplete: 2 of 3 graphs replaced, not sent: the default graph; run the same load again" in message
    assert e.value.sent == ARTICLE_IRIS and e.value.unsent == ["default"]
    assert remote.named_graphs() == ARTICLE_IRIS  # the articles are there, the merged view is not
    # the command line says it in one line, exit 1; the same command once the server is well completes it
    args = (
        "load",
        files[".trig"],
        "--endpoint",
        f"{flaky}/store",
        "--query-endpoint",
        f"{flaky}/query",
        "--retries",
        "0",
    )
    assert_one_line_error(run_cli(*args), "HTTP 503", "2 of 3 graphs replaced", "run the same load again")
    FlakyProxy.fail_default = False
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    assert f"{server_count(kg)} quads in all graphs" in proc.stderr
    assert remote.count() == server_count(kg)
