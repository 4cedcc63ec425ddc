"""Tests for knowgraph.stores.embedded: the embedded pyoxigraph SPARQL store (real pyoxigraph, no mocks)."""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib
from rdflib import RDFS, Literal, URIRef
from test_output import ART1, ART2, TRICKY_LABEL, build_sample, sample_quads, union_graph

from knowgraph.rdf import output
from knowgraph.stores.embedded import EmbeddedStore, QueryResult, StoreError, read_query

KGE = output.PREFIXES["kge"]
N_QUADS = len(sample_quads())
N_TRIPLES = len(union_graph())


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    ds = build_sample()
    out = {}
    for ext in output.FORMATS:
        path = tmp_path / f"sample{ext}"
        output.write(ds, path)
        out[ext] = path
    return out


@pytest.fixture()
def store(files: dict[str, Path]) -> EmbeddedStore:
    s = EmbeddedStore()
    s.load(files[".trig"])
    return s


# --------------------------------------------------------------------------------------
# loading
# --------------------------------------------------------------------------------------


def test_load_trig_twice_is_idempotent(files: dict[str, Path]) -> None:
    with EmbeddedStore() as s:
        assert s.load(files[".trig"]) == N_QUADS
        assert len(s) == N_QUADS
        assert s.load(files[".trig"]) == N_QUADS
        assert len(s) == N_QUADS
        assert s.named_graphs() == sorted([str(ART1), str(ART2)])


@pytest.mark.parametrize("ext", [".nq", ".jsonld"])
def test_load_other_dataset_formats(ext: str, files: dict[str, Path]) -> None:
    with EmbeddedStore() as s:
        assert s.load(files[ext]) == N_QUADS
        s.load(files[ext])
        assert len(s) == N_QUADS


@pytest.mark.parametrize("ext", [".ttl", ".nt"])
def test_load_triples_to_default_or_named_graph(ext: str, files: dict[str, Path]) -> None:
    with EmbeddedStore() as s:
        assert s.load(files[ext]) == N_TRIPLES
        assert s.load(files[ext]) == N_TRIPLES
        assert len(s) == N_TRIPLES
        assert s.named_graphs() == []
        g = "https://example.org/graphs/extra"
        assert s.load(files[ext], graph=g) == N_TRIPLES
        assert s.load(files[ext], graph=g) == N_TRIPLES
        assert len(s) == 2 * N_TRIPLES
        assert s.named_graphs() == [g]
        res = s.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
        assert isinstance(res, QueryResult)
        assert res.rows == [{"n": N_TRIPLES}]


def test_reloading_a_named_graph_replaces_it(tmp_path: Path) -> None:
    g = "https://example.org/graphs/g"
    a, b = rdflib.Graph(), rdflib.Graph()
    a.add((URIRef(KGE + "x"), RDFS.label, Literal("old")))
    b.add((URIRef(KGE + "x"), RDFS.label, Literal("new")))
    with EmbeddedStore() as s:
        s.load(a, graph=g)
        s.load(b, graph=g)
        res = s.query("SELECT ?l WHERE { kge:x rdfs:label ?l }")
        assert isinstance(res, QueryResult)
        assert res.rows == [{"l": "new"}]


def test_union_sees_a_shared_triple_once(store: EmbeddedStore) -> None:
    # kge:microsoft rdfs:label "Microsoft" is in both named graphs of the sample
    res = store.query("SELECT ?l WHERE { kge:microsoft rdfs:label ?l }")
    assert isinstance(res, QueryResult) and res.rows == [{"l": "Microsoft"}]
    res = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert isinstance(res, QueryResult) and res.rows == [{"n": N_TRIPLES}]
    res = store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { kge:microsoft rdfs:label ?l } } GROUP BY ?g ORDER BY ?g"
    )
    assert isinstance(res, QueryResult)
    assert res.rows == [{"g": str(ART1), "n": 1}, {"g": str(ART2), "n": 1}]
    res = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert isinstance(res, QueryResult)
    assert [r["g"] for r in res.rows] == [str(ART1), str(ART2)]  # the default graph's triples are not a "GRAPH"


def test_replacing_graphs_keeps_the_union_exact() -> None:
    def graph(*labels: str) -> rdflib.Graph:
        g = rdflib.Graph()
        for label in labels:
            g.add((URIRef(KGE + "x"), RDFS.label, Literal(label)))
        return g

    def labels(s: EmbeddedStore) -> list[str]:
        res = s.query("SELECT ?l WHERE { kge:x rdfs:label ?l } ORDER BY ?l")
        assert isinstance(res, QueryResult)
        return [r["l"] for r in res.rows]

    with EmbeddedStore() as s:
        s.load(graph("A"), graph="https://example.org/g")
        s.load(graph("A", "B"), graph="https://example.org/h")
        s.load(graph("A"))  # default graph too
        assert labels(s) == ["A", "B"]
        s.load(graph("C"), graph="https://example.org/g")
        assert labels(s) == ["A", "B", "C"]  # A still in h and in the default graph
        s.load(graph("D"), graph="https://example.org/h")
        assert labels(s) == ["A", "C", "D"]  # B gone; A kept by the default graph
        assert len(s) == 3
        with pytest.raises(StoreError, match="reserved"):
            s.load(graph("E"), graph="urn:x-knowgraph:default-graph")


def test_load_rdflib_dataset_and_graph() -> None:
    with EmbeddedStore() as s:
        assert s.load(build_sample()) == N_QUADS
        assert s.load(build_sample(seed=3)) == N_QUADS
        assert len(s) == N_QUADS
    with EmbeddedStore() as s:
        assert s.load(union_graph()) == N_TRIPLES
        assert s.named_graphs() == []


def test_load_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('<https://ex.org/a> <https://ex.org/b> "unterminated .\n')
    with EmbeddedStore() as s:
        with pytest.raises(StoreError) as info:
            s.load(bad)
        assert "\n" not in str(info.value) and "bad.ttl" in str(info.value)
        with pytest.raises(StoreError, match="no such file"):
            s.load(tmp_path / "missing.ttl")
        with pytest.raises(StoreError, match="unsupported"):
            s.load(tmp_path / "graph.xml")
        with pytest.raises(StoreError, match="invalid graph IRI"):
            s.load(union_graph(), graph="not an iri")
        assert len(s) == 0


# --------------------------------------------------------------------------------------
# on-disk stores
# --------------------------------------------------------------------------------------


def test_on_disk_store_persists(tmp_path: Path, files: dict[str, Path]) -> None:
    path = tmp_path / "kg.store"
    with EmbeddedStore(path) as s:
        s.load(files[".trig"])
        assert len(s) == N_QUADS
    with EmbeddedStore(path) as s:
        assert len(s) == N_QUADS
        res = s.query("SELECT ?l WHERE { kge:l-oreal rdfs:label ?l }")
        assert isinstance(res, QueryResult)
        assert res.rows == [{"l": TRICKY_LABEL}]
    s = EmbeddedStore(str(path))
    s.close()
    with pytest.raises(StoreError, match="closed"):
        len(s)


def test_locked_store(tmp_path: Path) -> None:
    path = tmp_path / "kg.store"
    with EmbeddedStore(path):
        with pytest.raises(StoreError) as info:
            EmbeddedStore(path)
        assert "locked" in str(info.value) and "\n" not in str(info.value)
        # and from another process
        code = textwrap.dedent(
            f"""
            import sys
            sys.path[:0] = [{str(Path(__file__).resolve().parent.parent)!r}]
            from knowgraph.stores.embedded import EmbeddedStore, StoreError
            try:
                EmbeddedStore({str(path)!r})
            except StoreError as e:
                print("StoreError:", e)
            """
        )
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert "StoreError:" in res.stdout and "locked" in res.stdout, res.stdout + res.stderr
    with EmbeddedStore(path) as s:  # released on close
        assert len(s) == 0


def test_not_a_store(tmp_path: Path) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("hello")
    with pytest.raises(StoreError, match="not a knowgraph store"):
        EmbeddedStore(afile)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("x")
    with pytest.raises(StoreError, match="not a knowgraph store"):
        EmbeddedStore(folder)
    assert os.listdir(folder) == ["a.txt"]  # nothing written into it
    empty = tmp_path / "empty"
    empty.mkdir()
    with EmbeddedStore(empty) as s:  # an empty folder becomes a store
        assert len(s) == 0


# --------------------------------------------------------------------------------------
# queries
# --------------------------------------------------------------------------------------


def test_select_over_union_of_graphs(store: EmbeddedStore) -> None:
    res = store.query(
        """
        SELECT ?article ?sentence ?start ?end ?confidence ?rule ?published WHERE {
          ?st a ai:Statement ; rdf:subject kge:microsoft ; rdf:predicate ai:investedIn ;
              rdf:object kge:openai ; ai:evidence ?ev .
          ?ev ai:article ?article ; ai:sentence ?sentence ; ai:startOffset ?start ;
              ai:endOffset ?end ; ai:confidence ?confidence ; ai:rule ?rule .
          ?article schema:datePublished ?published .
        }
        """
    )
    assert isinstance(res, QueryResult)
    assert res.variables == ["article", "sentence", "start", "end", "confidence", "rule", "published"]
    assert len(res) == 1
    row = res.rows[0]
    assert row["article"] == str(ART1)
    assert row["sentence"].startswith("Microsoft a investi 11,25 milliards")
    assert row["start"] == 1534 and row["end"] == 1596
    assert row["confidence"] == Decimal("0.85")
    assert row["rule"] == "fr/investedIn/verb"
    assert row["published"] == datetime.date(2025, 3, 14)


def test_select_values_and_unbound(store: EmbeddedStore) -> None:
    res = store.query(
        """
        SELECT ?e ?label ?wd WHERE {
          ?e a ai:Company ; rdfs:label ?label .
          OPTIONAL { ?e owl:sameAs ?wd }
        } ORDER BY ?e
        """
    )
    assert isinstance(res, QueryResult)
    rows = {r["e"]: r for r in res.rows}
    assert rows[KGE + "microsoft"]["wd"] == "http://www.wikidata.org/entity/Q2283"
    assert rows[KGE + "l-oreal"]["wd"] is None
    assert rows[KGE + "l-oreal"]["label"] == TRICKY_LABEL
    assert all(set(r) == {"e", "label", "wd"} for r in res.rows)
    # typed values: decimal amount, gYearMonth date kept as text
    res = store.query("SELECT ?v ?d WHERE { ?x ai:amount ?m ; ai:date ?d . ?m schema:value ?v }")
    assert isinstance(res, QueryResult)
    assert res.rows == [{"v": Decimal("13750000000"), "d": "2024-09"}]


def test_user_prefix_overrides_default(store: EmbeddedStore) -> None:
    res = store.query("PREFIX ai: <http://example.org/other#> SELECT * WHERE { ?s ai:investedIn ?o }")
    assert isinstance(res, QueryResult) and res.rows == []


def test_ask(store: EmbeddedStore) -> None:
    assert store.query("ASK { kge:microsoft ai:investedIn kge:openai }") is True
    assert store.query("ASK { kge:openai ai:investedIn kge:microsoft }") is False


def test_construct_and_describe(store: EmbeddedStore) -> None:
    g = store.query("CONSTRUCT { ?a ai:investedIn ?b } WHERE { ?a ai:investedIn ?b }")
    assert isinstance(g, rdflib.Graph)
    assert set(g) == {(URIRef(KGE + "microsoft"), URIRef(output.PREFIXES["ai"] + "investedIn"), URIRef(KGE + "openai"))}
    d = store.query("DESCRIBE kgm:5d6e7f8091a2b3c4")
    assert isinstance(d, rdflib.Graph)
    values = {str(o): o for o in d.objects()}
    assert values["13750000000"].datatype == rdflib.XSD.decimal
    assert "USD" in values
    assert b"kgm:5d6e7f8091a2b3c4" in output.serialize(d, "ttl")


def test_syntax_error(store: EmbeddedStore) -> None:
    with pytest.raises(StoreError) as info:
        store.query("SELEKT ?x WHERE { ?x ?y }")
    msg = str(info.value)
    assert msg.startswith("SPARQL syntax error:") and "\n" not in msg
    assert "1:" in msg  # pyoxigraph's position


def test_query_file(tmp_path: Path, store: EmbeddedStore) -> None:
    rq = tmp_path / "investments.rq"
    rq.write_text("# who invested in whom\nSELECT ?a ?b WHERE {\n  ?a ai:investedIn ?b\n}\n", encoding="utf-8")
    assert read_query(str(rq)).startswith("# who invested")
    res = store.query(str(rq))
    assert isinstance(res, QueryResult)
    assert res.rows == [{"a": KGE + "microsoft", "b": KGE + "openai"}]
    assert read_query("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"
    with pytest.raises(StoreError, match="query file not found"):
        read_query(str(tmp_path / "missing.rq"))


# --------------------------------------------------------------------------------------
# result formats
# --------------------------------------------------------------------------------------


@pytest.fixture()
def result(store: EmbeddedStore) -> QueryResult:
    res = store.query(
        """
        SELECT ?e ?label ?n WHERE {
          VALUES ?e { kge:microsoft kge:l-oreal }
          ?e rdfs:label ?label .
          OPTIONAL { ?e owl:sameAs ?wd }
          BIND(IF(BOUND(?wd), 1, ?unbound) AS ?n)
        } ORDER BY ?e
        """
    )
    assert isinstance(res, QueryResult)
    return res


def test_to_csv(result: QueryResult) -> None:
    text = result.to_csv()
    assert text.startswith("e,label,n\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == [KGE + "l-oreal", TRICKY_LABEL, ""]
    assert rows[2] == [KGE + "microsoft", "Microsoft", "1"]


def test_to_tsv(result: QueryResult) -> None:
    lines = result.to_tsv().splitlines()
    assert lines[0] == "?e\t?label\t?n"
    assert lines[2] == (f'<{KGE}microsoft>\t"Microsoft"\t"1"^^<http://www.w3.org/2001/XMLSchema#integer>')
    assert lines[1].endswith("\t")  # unbound


def test_to_json(result: QueryResult) -> None:
    doc = json.loads(result.to_json())
    assert doc["head"]["vars"] == ["e", "label", "n"]
    b = doc["results"]["bindings"]
    assert b[0]["e"] == {"type": "uri", "value": KGE + "l-oreal"}
    assert b[0]["label"] == {"type": "literal", "value": TRICKY_LABEL}
    assert "n" not in b[0]
    assert b[1]["n"] == {"type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def test_to_json_language(store: EmbeddedStore) -> None:
    res = store.query("SELECT ?l WHERE { kge:microsoft skos:altLabel ?l } ORDER BY ?l")
    assert isinstance(res, QueryResult)
    doc = json.loads(res.to_json())
    assert doc["results"]["bindings"][1]["l"] == {"type": "literal", "value": "la firme de Redmond", "xml:lang": "fr"}


def test_to_table(result: QueryResult, store: EmbeddedStore) -> None:
    table = result.to_table()
    lines = table.splitlines()
    assert lines[0].split(" | ")[0].rstrip() == "e"
    assert set(lines[1]) <= {"-", "+"}
    assert lines[2].startswith("kge:l-oreal ")
    assert lines[3].startswith("kge:microsoft | Microsoft")
    assert lines[3].endswith("| 1")
    assert lines[-1] == "(2 rows)"
    # columns are aligned (every separator at the same place)
    assert len({line.index("|") for line in lines[2:4]} | {lines[0].index("|")}) == 1
    # long values are clipped, line breaks escaped
    res = store.query("SELECT ?s WHERE { kgv:1b2c3d4e5f607182 ai:sentence ?s }")
    assert isinstance(res, QueryResult)
    text = res.to_table(max_width=30)
    assert "\\n" in res.to_table()
    assert "…" in text and all(len(line) <= 30 for line in text.splitlines()[2:-1])
    assert res.to_table().splitlines()[-1] == "(1 row)"


def test_rows_for_dataframes(result: QueryResult) -> None:
    assert result.rows[1] == {"e": KGE + "microsoft", "label": "Microsoft", "n": 1}
    assert list(result) == result.rows
    # a hand-made result (no terms) still exports
    hand = QueryResult(["x", "y"], [{"x": "a", "y": 2}])
    assert hand.to_csv() == "x,y\r\na,2\r\n"
    assert json.loads(hand.to_json())["results"]["bindings"][0]["y"]["datatype"].endswith("#integer")


@pytest.mark.parametrize("ext", ["trig", "nq", "ttl", "nt", "jsonld"])
def test_bulk_load_into_an_empty_store_gives_the_same_store(ext: str, files: dict[str, Path]) -> None:
    """A file loaded into an empty store takes pyoxigraph's bulk loader; the result is the same
    quads (named graphs, the file's default graph, the union) as the quad-by-quad load."""
    path = files["." + ext]
    with EmbeddedStore() as bulk, EmbeddedStore() as by_quad:
        assert bulk.load(path) == by_quad.load(output.parse(path, ext))
        assert set(bulk.store) == set(by_quad.store)
        assert bulk.load(path) == by_quad.load(path)  # the second load (not empty) is the usual one
        assert set(bulk.store) == set(by_quad.store)


def test_bulk_load_of_a_bad_file_leaves_the_store_empty(tmp_path: Path) -> None:
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\nthis is not N-Quads\n", encoding="utf-8")
    with EmbeddedStore() as store:
        with pytest.raises(StoreError, match="invalid"):
            store.load(bad)
        assert len(store) == 0


# --------------------------------------------------------------------------------------
# an interrupted load (issue 17): detectably incomplete, finished by loading again
# --------------------------------------------------------------------------------------


def _write_big_nquads(path: Path, lines: int) -> None:
    """Half named-graph quads, half default-graph triples: what a killed first load lost."""
    with open(path, "w", encoding="utf-8") as out:
        for i in range(lines // 2):
            article = f"<https://w3id.org/knowgraph/article/a{i // 400}>"
            out.write(f'<{KGE}e{i % 5000}> <https://w3id.org/knowgraph/ai#p{i % 13}> "value {i}" {article} .\n')
            out.write(f'{article} <https://w3id.org/knowgraph/ai#seen> "v{i}" .\n')


def _store_content(path: Path) -> set:
    with EmbeddedStore(path) as s:
        return set(s.store)


def test_killed_load_is_detected_and_finished_by_loading_again(tmp_path: Path) -> None:
    """A real kill (SIGKILL) of ``knowgraph load`` half-way: ``query`` then refuses with one line
    that says how to finish, another load is refused, the same load again gives the store a clean
    load gives."""
    from conftest import run_cli, start_cli

    from knowgraph.stores.embedded import LOAD_MARKER

    data = tmp_path / "kg.nq"
    _write_big_nquads(data, 60_000)
    killed = tmp_path / "killed.store"
    proc = start_cli("load", data, "--store", killed)
    deadline = time.monotonic() + 120
    while not (killed / LOAD_MARKER).exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5)  # into pyoxigraph's bulk load or the union updates after it (several seconds in all)
    assert proc.poll() is None, "the load finished before it could be killed: make the input bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert (killed / LOAD_MARKER).exists()

    answer = run_cli("query", killed, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert answer.returncode != 0 and answer.stdout == ""
    message = answer.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert "incomplete" in message and f"knowgraph load {data} --store {killed}" in message
    with EmbeddedStore(killed) as s:
        with pytest.raises(StoreError, match="incomplete"):
            s.query("ASK { ?s ?p ?o }")
        with pytest.raises(StoreError, match=r"incomplete: .*before loading more"):
            s.load(union_graph())  # another input would mix with the half-done one

    again = run_cli("load", data, "--store", killed)
    assert again.returncode == 0, again.stderr
    assert not (killed / LOAD_MARKER).exists()
    clean = tmp_path / "clean.store"
    with EmbeddedStore(clean) as s:
        s.load(data)
    assert _store_content(killed) == _store_content(clean)
    counted = run_cli("query", killed, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
    assert counted.returncode == 0 and counted.stdout.split() == ["n", "60000"]  # the union: every triple


def test_a_failed_load_leaves_the_store_as_it_was(tmp_path: Path, files: dict[str, Path]) -> None:
    """Errors before the first write (a bad file) leave no note: the store still answers."""
    from knowgraph.stores.embedded import LOAD_MARKER

    bad = tmp_path / "bad.nq"
    bad.write_text("<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\nthis is not N-Quads\n", encoding="utf-8")
    path = tmp_path / "kg.store"
    with EmbeddedStore(path) as s:
        with pytest.raises(StoreError, match="invalid"):
            s.load(bad)  # into the empty store: the bulk loader
        assert not (path / LOAD_MARKER).exists() and s.query("ASK { ?s ?p ?o }") is False
        s.load(files[".trig"])
        with pytest.raises(StoreError, match="invalid"):
            s.load(bad)  # into a store with data: quad by quad
        assert not (path / LOAD_MARKER).exists() and len(s) == N_QUADS


# --------------------------------------------------------------------------------------
# SERVICE: no request to the addresses a query names unless allowed
# --------------------------------------------------------------------------------------


@pytest.fixture()
def sparql_server():
    """A SPARQL endpoint on 127.0.0.1 that records every request it gets."""
    import http.server
    import threading

    requests: list[str] = []
    answer = json.dumps(
        {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri", "value": "http://ex.org/remote"}}]}}
    ).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            requests.append(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        do_GET = do_POST = _answer

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", requests
    finally:
        server.shutdown()
        server.server_close()


def test_service_is_refused_unless_allowed(sparql_server, tmp_path: Path, files: dict[str, Path]) -> None:
    from conftest import run_cli

    endpoint, requests = sparql_server
    federated = f"SELECT ?x WHERE {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} }}"
    sneaky = f"# a comment\nSELECT ?x WHERE {{ ?s ?p ?o . sErViCe SILENT <{endpoint}> {{ ?x ?p ?o }} }}"
    path = tmp_path / "kg.store"
    with EmbeddedStore(path) as s:
        s.load(files[".trig"])
        for query in (federated, sneaky):
            with pytest.raises(StoreError, match="SERVICE") as info:
                s.query(query)
            assert "\n" not in str(info.value)
        # SERVICE as text is no federation
        assert s.query('ASK { ?s ?p "SERVICE" } # SERVICE <http://127.0.0.1:9/>') is False
    rq = tmp_path / "federated.rq"
    rq.write_text(federated, encoding="utf-8")
    refused = run_cli("query", path, rq)
    assert refused.returncode != 0 and "SERVICE" in refused.stderr and "--allow-service" in refused.stderr
    assert "Traceback" not in refused.stderr and refused.stderr.strip().count("\n") == 0
    assert requests == []  # nothing reached the server
    # allowed explicitly: the request is made (so the refusal above is what kept it away)
    with EmbeddedStore(path) as s:
        assert s.query(federated, allow_service=True).rows == [{"x": "http://ex.org/remote"}]
    assert len(requests) == 1
    allowed = run_cli("query", path, rq, "--allow-service", "--format", "csv")
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.split() == ["x", "http://ex.org/remote"] and len(requests) == 2


def test_service_through_the_python_api(sparql_server) -> None:
    """``KnowledgeGraph.query`` refuses SERVICE too, unless ``allow_service=True``."""
    import knowgraph

    endpoint, requests = sparql_server
    kg = knowgraph.KnowledgeGraph(build_sample())
    federated = f"SELECT ?x WHERE {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} }}"
    with pytest.raises(knowgraph.StoreError, match="SERVICE"):
        kg.query(federated)
    assert requests == []
    assert kg.query(federated, allow_service=True).rows == [{"x": "http://ex.org/remote"}]
    assert len(requests) == 1
