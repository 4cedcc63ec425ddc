"""knowgraph against a real Virtuoso Open Source server (Debian's ``virtuoso-opensource``).

The module starts its own ``virtuoso-t`` with its own ``virtuoso.ini`` in a temporary folder, on
free loopback ports (HTTP and ISQL), sets a random dba password and grants writes to the
anonymous SPARQL user with ``isql-vt``, and stops the server at the end.  It runs the same tests
as the Oxigraph server tests of ``test_remote.py``: load, idempotent reload, every example
query against the embedded store, query errors, and authentication (HTTP Digest on
``/sparql-graph-crud-auth``, refused without or with wrong credentials).  Skipped when
``virtuoso-t`` is not installed, except under CI (``CI`` set), where that is a failure.
"""

from __future__ import annotations

import datetime
import os
import secrets
import shutil
import signal
import subprocess
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib
from conftest import QUERIES, run_cli
from test_cli import assert_one_line_error
from test_remote import ACQUISITION, AI, ARTICLE_IRIS, KGE, MISTRAL, NEXALIA, free_port, n_quads

import knowgraph
from knowgraph.stores.embedded import QueryResult, StoreError
from knowgraph.stores.remote import VIEW_GRAPH, LoadIncomplete, RemoteStore

INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CaseMode = 2
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""

OWN = ("https://w3id.org/knowgraph/", "https://example.org/", "http://example.org/")


def virtuoso_binaries() -> tuple[str, str] | None:
    server = shutil.which("virtuoso-t")
    isql = shutil.which("isql-vt") or shutil.which("isql")
    return (server, isql) if server and isql else None


def isql(binary: str, port: int, password: str, sql: str) -> None:
    proc = subprocess.run(
        [binary, f"127.0.0.1:{port}", "dba", password, f"exec={sql}"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    if proc.returncode != 0 or "*** Error" in proc.stdout + proc.stderr:
        raise RuntimeError(f"isql {sql!r} failed: {proc.stdout} {proc.stderr}")


class Virtuoso:
    def __init__(self, base: str, password: str, seconds: float) -> None:
        self.base, self.password, self.start_seconds = base, password, seconds
        self.query = f"{base}/sparql"
        self.crud = f"{base}/sparql-graph-crud"  # anonymous, writable once granted
        self.crud_auth = f"{base}/sparql-graph-crud-auth"  # HTTP Digest


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A real virtuoso-t on 127.0.0.1, with its own ini and database in a temporary folder."""
    binaries = virtuoso_binaries()
    if binaries is None:
        message = "Virtuoso is not installed (apt-get install virtuoso-opensource: virtuoso-t and isql-vt)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server, isql_binary = binaries
    proc = None
    for _ in range(3):  # a free port may be taken between free_port() and bind: try again
        folder = tmp_path_factory.mktemp("virtuoso")
        http_port, sql_port = free_port(), free_port()
        (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=sql_port, http=http_port), encoding="utf-8")
        log = open(folder / "stdout.log", "wb")
        start = time.monotonic()
        proc = subprocess.Popen(
            [server, "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{http_port}"
        probe = RemoteStore(f"{base}/sparql", retries=0, timeout=2)
        ready = False
        while time.monotonic() - start < 90 and proc.poll() is None:
            try:
                probe.query("ASK { ?s ?p ?o }")
                ready = True
                break
            except StoreError:
                time.sleep(0.1)
        seconds = time.monotonic() - start
        log.close()
        if ready:
            break
        proc.kill()
        proc.wait(timeout=30)
    else:
        text = (folder / "virtuoso.log").read_text(errors="replace") if (folder / "virtuoso.log").exists() else ""
        pytest.fail(f"virtuoso-t did not start: {text[-2000:]}")
    password = secrets.token_urlsafe(12)
    try:
        isql(isql_binary, sql_port, "dba", f"USER_SET_PASSWORD('dba', '{password}')")
        isql(isql_binary, sql_port, password, 'GRANT SPARQL_UPDATE TO "SPARQL"')
        yield Virtuoso(base, password, seconds)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)


@pytest.fixture(scope="module")
def kg():
    """Two French articles, one named graph each (as in test_remote)."""
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
    published = datetime.date(2025, 3, 14)
    return knowgraph.build(knowgraph.Article(text=NEXALIA, lang="fr", published=published, source=ARTICLE_IRIS[1]))


@pytest.fixture(scope="module")
def files(kg, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("virtuoso-files")
    out = {}
    for ext in (".trig", ".nq", ".ttl", ".nt", ".jsonld"):
        out[ext] = folder / f"kg{ext}"
        kg.write(out[ext])
    return out


@pytest.fixture()
def remote(virtuoso) -> RemoteStore:
    """The server, through its Digest-authenticated Graph Store endpoint, emptied of the graphs
    the tests write (Virtuoso's own graphs stay)."""
    store = RemoteStore(
        virtuoso.query, virtuoso.crud_auth, user="dba", password=virtuoso.password, retries=1, backoff=0.05, timeout=60
    )
    for g in store.named_graphs():
        if g.startswith(OWN):
            store.drop(g)
    return store


def own_graphs(store: RemoteStore) -> list[str]:
    return [g for g in store.named_graphs() if g.startswith(OWN)]


# ---------------------------------------------------------------------------------------------
# load, reload, count, query
# ---------------------------------------------------------------------------------------------


def test_load_puts_the_cross_article_view_in_a_named_graph(remote, kg):
    quads = n_quads(kg)
    assert remote.load(kg.dataset) == quads
    assert remote.view_graph == VIEW_GRAPH
    assert own_graphs(remote) == ARTICLE_IRIS + [VIEW_GRAPH]
    assert remote.loaded_graphs == ARTICLE_IRIS + [VIEW_GRAPH]
    # every quad once: the article graphs, and knowgraph's default graph in the view graph
    assert remote.count(remote.loaded_graphs) == quads
    assert remote.count(ARTICLE_IRIS) == quads - len(kg.dataset.default_graph)
    first = remote.count()
    assert remote.load(kg.dataset) == quads
    assert remote.count(remote.loaded_graphs) == quads
    assert remote.count() == first  # Virtuoso's own graphs included, nothing doubled
    assert own_graphs(remote) == ARTICLE_IRIS + [VIEW_GRAPH]


@pytest.mark.parametrize("ext", [".trig", ".nq", ".jsonld"])
def test_load_dataset_files_twice(remote, kg, files, ext):
    assert remote.load(files[ext]) == n_quads(kg)
    assert remote.load(files[ext]) == n_quads(kg)
    assert remote.count(remote.loaded_graphs) == n_quads(kg)
    assert own_graphs(remote) == ARTICLE_IRIS + [VIEW_GRAPH]


def test_load_triples_file_goes_to_the_view_graph_or_the_named_graph(remote, kg, files):
    triples = len(kg.graph)
    assert remote.load(files[".ttl"]) == triples
    assert remote.view_graph == VIEW_GRAPH
    assert own_graphs(remote) == [VIEW_GRAPH]
    assert remote.count([VIEW_GRAPH]) == triples
    extra = "https://example.org/graphs/extra"
    assert remote.load(files[".nt"], graph=extra, union=False) == triples
    assert remote.load(files[".nt"], graph=extra) == triples  # no merged copy to send: union is built in
    assert remote.view_graph is None
    assert own_graphs(remote) == [extra, VIEW_GRAPH]
    assert remote.count([extra]) == triples


def test_reloading_a_rebuilt_graph_leaves_no_stale_values(remote, kg, kg_one):
    remote.load(kg_one.dataset)
    assert own_graphs(remote) == [ARTICLE_IRIS[1], VIEW_GRAPH]
    remote.load(kg.dataset)
    assert remote.count(remote.loaded_graphs) == n_quads(kg)
    query = "SELECT DISTINCT ?s ?n ?c WHERE { ?s ai:supportCount ?n ; ai:confidence ?c }"
    assert Counter(map(str, remote.query(query).rows)) == Counter(map(str, kg.query(query).rows))


def test_query_rows_like_the_embedded_store(remote, kg):
    remote.load(kg.dataset)
    result = remote.query(ACQUISITION)
    assert isinstance(result, QueryResult)
    assert result.rows == [{"buyer": KGE + "microsoft", "amount": Decimal("300000000"), "currency": "EUR"}]
    embedded = kg.query(ACQUISITION)
    assert result.rows == embedded.rows
    assert result.to_csv() == embedded.to_csv()
    assert result.to_json() == embedded.to_json()
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
    own = remote.query("PREFIX kge: <http://example.org/other/> SELECT DISTINCT ?b WHERE { ?b ai:acquired ?x }")
    assert own.rows == [{"b": KGE + "microsoft"}]


def test_example_queries_answer_as_in_the_embedded_store(remote, examples_kg, examples_store):
    remote.load(examples_kg.dataset)
    paths = sorted(QUERIES.glob("*.rq"))
    assert len(paths) >= 9
    for path in paths:
        text = path.read_text(encoding="utf-8")
        ours, theirs = remote.query(text), examples_store.query(text)
        assert isinstance(ours, QueryResult), path.name
        assert ours.variables == theirs.variables, path.name
        assert len(theirs.rows) > 0, path.name
        key = lambda r: tuple(map(str, r.values()))  # noqa: E731
        assert Counter(map(key, ours.rows)) == Counter(map(key, theirs.rows)), path.name


def test_errors_from_the_real_server(remote, virtuoso, kg):
    with pytest.raises(StoreError) as e:
        remote.query("SELEC nonsense")
    message = str(e.value)
    assert "HTTP 400" in message and virtuoso.query in message and "SELEC" in message and "\n" not in message
    with pytest.raises(StoreError, match="HTTP 501 Method Not Implemented$") as e:  # not retried
        RemoteStore(virtuoso.query, f"{virtuoso.base}/nowhere", retries=0).load(kg.dataset)
    assert f"{virtuoso.base}/nowhere" in str(e.value)
    # the default graph cannot be written: said in one line, at once (not retried)
    start = time.monotonic()
    with pytest.raises(StoreError, match='"default" param but the endpoint is not configured to have default graph'):
        RemoteStore(virtuoso.query, virtuoso.crud, retries=3, backoff=1).drop(None)
    assert time.monotonic() - start < 1


def test_digest_with_a_wrong_password(virtuoso, kg):
    store = RemoteStore(
        virtuoso.query, virtuoso.crud_auth, user="dba", password="not-" + virtuoso.password, retries=2, backoff=0.05
    )
    with pytest.raises(StoreError) as e:
        store.load(kg.dataset)
    message = str(e.value)
    assert "HTTP 401" in message and "'dba'" in message and "Digest" in message
    assert virtuoso.password not in message and not isinstance(e.value, LoadIncomplete)


# ---------------------------------------------------------------------------------------------
# the command line, as a user runs it
# ---------------------------------------------------------------------------------------------


def test_cli_load_twice_with_digest_then_query(remote, virtuoso, kg, files, monkeypatch):
    monkeypatch.setenv("KNOWGRAPH_PASSWORD", virtuoso.password)
    args = (
        "load",
        files[".trig"],
        "--endpoint",
        virtuoso.crud_auth,
        "--user",
        "dba",
        "--query-endpoint",
        virtuoso.query,
    )
    for _ in range(2):
        proc = run_cli(*args)
        assert proc.returncode == 0, proc.stderr
        assert f"{n_quads(kg)} quads loaded into {virtuoso.crud_auth}" in proc.stderr
        assert f"{n_quads(kg)} quads in the 3 graphs loaded" in proc.stderr
        assert f"named graph <{VIEW_GRAPH}>" in proc.stderr
        assert virtuoso.password not in proc.stderr + proc.stdout
    proc = run_cli("query", "--endpoint", virtuoso.query, ACQUISITION, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["buyer,amount,currency", f"{KGE}microsoft,300000000,EUR"]


def test_cli_anonymous_endpoint_as_in_the_issue(remote, virtuoso, kg, files):
    proc = run_cli("load", files[".trig"], "--endpoint", virtuoso.crud, "--retries", "0")
    assert proc.returncode == 0, proc.stderr
    assert remote.count(ARTICLE_IRIS + [VIEW_GRAPH]) == n_quads(kg)


def test_cli_auth_refused_without_credentials(remote, virtuoso, files, monkeypatch):
    monkeypatch.delenv("KNOWGRAPH_PASSWORD", raising=False)
    monkeypatch.delenv("KNOWGRAPH_AUTH", raising=False)
    proc = run_cli("load", files[".trig"], "--endpoint", virtuoso.crud_auth)
    assert proc.returncode == 1
    assert_one_line_error(proc, "HTTP 401", virtuoso.crud_auth, "--user")
    assert own_graphs(remote) == []


def test_cli_digest_wrong_password_is_one_line_and_exit_1(remote, virtuoso, files, monkeypatch):
    wrong = "wrong-" + secrets.token_hex(4)
    monkeypatch.setenv("KNOWGRAPH_PASSWORD", wrong)
    proc = run_cli("load", files[".trig"], "--endpoint", virtuoso.crud_auth, "--user", "dba")
    assert proc.returncode == 1
    assert_one_line_error(proc, "HTTP 401", "'dba'", "wrong user or password")
    assert wrong not in proc.stderr
    # the same in the URL: never printed
    url = virtuoso.crud_auth.replace("http://", f"http://dba:{wrong}@")
    proc = run_cli("load", files[".trig"], "--endpoint", url)
    assert proc.returncode == 1
    assert_one_line_error(proc, "HTTP 401", virtuoso.crud_auth)
    assert wrong not in proc.stderr
    assert own_graphs(remote) == []


def test_cli_credentials_in_the_endpoint_url(remote, virtuoso, kg, files, monkeypatch):
    monkeypatch.delenv("KNOWGRAPH_PASSWORD", raising=False)
    url = virtuoso.crud_auth.replace("http://", f"http://dba:{virtuoso.password}@")
    proc = run_cli("load", files[".nq"], "--endpoint", url)
    assert proc.returncode == 0, proc.stderr
    assert virtuoso.password not in proc.stderr and f"quads loaded into {virtuoso.crud_auth}" in proc.stderr
    assert remote.count(ARTICLE_IRIS + [VIEW_GRAPH]) == n_quads(kg)


def test_start_up_time(virtuoso):
    """Recorded for the report: a fresh database, the minimal ini above."""
    print(f"virtuoso-t answered after {virtuoso.start_seconds:.1f} s")
    assert virtuoso.start_seconds < 90
