"""The command line, run as a subprocess (``python -m knowgraph.cli``): build from a file, a folder
and standard input; validate; load and query; determinism; and bad input, which must give one
line on standard error, a non-zero exit, no traceback and no output file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import rdflib
from conftest import finish_cli, run_cli, start_cli
from rdflib import RDF

AI = rdflib.Namespace("https://w3id.org/knowgraph/ai#")
KGE = rdflib.Namespace("https://w3id.org/knowgraph/entity/")

ARTICLE = (
    "La startup Nexalia, basée à Lyon, a été rachetée par Microsoft pour 300 millions d’euros "
    "en mars 2024. Claire Dumas, PDG de la startup Nexalia, reste aux commandes.\n"
)
OTHER_ARTICLE = "Bpifrance a investi dans la startup Kernelia. La startup Kernelia est basée à Grenoble.\n"

ACQUISITIONS_QUERY = """# Who acquired Nexalia?
SELECT ?buyer WHERE { ?buyer ai:acquired kge:nexalia }
"""

BAD_TURTLE = """\
@prefix ai: <https://w3id.org/knowgraph/ai#> .
@prefix kge: <https://w3id.org/knowgraph/entity/> .
@prefix kga: <https://w3id.org/knowgraph/article/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .

kga:0123456789abcdef a ai:Article ; schema:inLanguage "fr" ; ai:textLength 42 .

# an organization without its label, said to have acquired a place, with no statement behind it
kge:nexalia a ai:Organization ;
    ai:mentionedIn kga:0123456789abcdef ;
    ai:acquired kge:lyon .
kge:lyon a ai:Place ; rdfs:label "Lyon" ; ai:mentionedIn kga:0123456789abcdef .
"""


def assert_one_line_error(proc, *needles: str) -> None:
    """A failed command: non-zero exit, exactly one line on stderr, no traceback."""
    assert proc.returncode != 0, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("knowgraph: "), lines[0]
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cli")
    (d / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "articles").mkdir()
    (d / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "articles" / "b.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (d / "articles" / "notes.csv").write_text("id,name\n1,not an article\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def builds(workdir) -> dict:
    """The slow commands (each loads spaCy), started together and awaited once for the module."""
    if os.geteuid() != 0:
        unwritable = workdir / "read-only"
        unwritable.mkdir()
        unwritable.chmod(0o555)
    else:  # root writes through file permissions: use a folder of a file system that takes no new files
        unwritable = Path("/proc")
    started = {
        "file": start_cli("build", "article.txt", "-o", "article.ttl", "--published", "2025-03-14", cwd=workdir),
        "again": start_cli("build", "article.txt", "-o", "again.ttl", "--published", "2025-03-14", cwd=workdir),
        "folder": start_cli("build", "articles", "-o", "folder.trig", cwd=workdir),
        "stdin": start_cli(
            "build",
            "-",
            "-o",
            "stdin.ttl",
            "--lang",
            "fr",
            "--published",
            "2025-03-14",
            stdin=ARTICLE.encode("utf-8"),
            cwd=workdir,
        ),
    }
    if unwritable.is_dir():
        started["unwritable"] = start_cli("build", str(workdir / "article.txt"), "-o", str(unwritable / "out.ttl"))
    done = {name: finish_cli(proc) for name, proc in started.items()}
    done["unwritable_folder"] = unwritable
    yield done
    if unwritable != Path("/proc"):
        unwritable.chmod(0o755)


@pytest.fixture(scope="module")
def built(workdir, builds) -> Path:
    """``knowgraph build article.txt -o article.ttl``."""
    proc = builds["file"]
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return workdir / "article.ttl"


def _graph(path: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format="turtle")


# ---------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------


def test_build_from_a_file(built):
    g = _graph(built)
    assert (KGE["microsoft"], AI.acquired, KGE["nexalia"]) in g
    assert (KGE["nexalia"], AI.locatedIn, KGE["lyon"]) in g
    [article] = g.subjects(RDF.type, AI.Article)
    assert str(g.value(article, AI.sourceFile)) == "article.txt"
    assert str(g.value(article, rdflib.URIRef("https://schema.org/datePublished"))) == "2025-03-14"


def test_build_from_a_folder(workdir, builds):
    proc = builds["folder"]
    assert proc.returncode == 0, proc.stderr
    ds = rdflib.Dataset()
    ds.parse(workdir / "folder.trig", format="trig")
    union = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    files = {str(o) for o in union.objects(None, AI.sourceFile)}
    assert files == {os.path.join("articles", "a.txt"), os.path.join("articles", "b.txt")}  # not notes.csv
    assert (KGE["microsoft"], AI.acquired, KGE["nexalia"]) in union
    assert (KGE["bpifrance"], AI.investedIn, KGE["kernelia"]) in union
    articles = set(union.subjects(RDF.type, AI.Article))
    assert len(articles) == 2
    assert {g.identifier for g in ds.graphs()} >= articles  # one named graph per article


def test_build_from_stdin(workdir, builds, built):
    proc = builds["stdin"]
    assert proc.returncode == 0, proc.stderr
    g = _graph(workdir / "stdin.ttl")
    assert (KGE["microsoft"], AI.acquired, KGE["nexalia"]) in g
    assert not list(g.objects(None, AI.sourceFile))
    # the article IRI comes from its text: the same as when read from a file
    assert set(g.subjects(RDF.type, AI.Article)) == set(_graph(built).subjects(RDF.type, AI.Article))


def test_build_twice_gives_identical_bytes(workdir, builds, built):
    proc = builds["again"]  # another process, another PYTHONHASHSEED
    assert proc.returncode == 0, proc.stderr
    assert (workdir / "again.ttl").read_bytes() == built.read_bytes()


# ---------------------------------------------------------------------------------------------
# validate
# ---------------------------------------------------------------------------------------------


def test_validate_built_output(built):
    proc = run_cli("validate", str(built))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "conforms" in proc.stdout


def test_validate_violating_file(workdir):
    bad = workdir / "bad.ttl"
    bad.write_text(BAD_TURTLE, encoding="utf-8")
    proc = run_cli("validate", str(bad))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "violation" in proc.stdout.lower()
    assert "Traceback" not in proc.stderr


def test_validate_unparsable_file(workdir):
    garbage = workdir / "garbage.ttl"
    garbage.write_text("this is { not turtle", encoding="utf-8")
    proc = run_cli("validate", str(garbage))
    assert_one_line_error(proc, "garbage.ttl")
    assert "internal error" not in proc.stderr, proc.stderr


# ---------------------------------------------------------------------------------------------
# load and query
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def store(workdir, built) -> Path:
    path = workdir / "kg.store"
    proc = run_cli("load", str(built), "--store", str(path))
    assert proc.returncode == 0, proc.stderr
    (workdir / "acquirers.rq").write_text(ACQUISITIONS_QUERY, encoding="utf-8")
    return path


def test_query_table(store, workdir):
    proc = run_cli("query", str(store), str(workdir / "acquirers.rq"), "--format", "table")
    assert proc.returncode == 0, proc.stderr
    assert "kge:microsoft" in proc.stdout
    assert "(1 row)" in proc.stdout


def test_query_csv(store, workdir):
    proc = run_cli("query", str(store), str(workdir / "acquirers.rq"), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["buyer", str(KGE["microsoft"])]


def test_query_tsv(store, workdir):
    proc = run_cli("query", str(store), str(workdir / "acquirers.rq"), "--format", "tsv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["?buyer", f"<{KGE['microsoft']}>"]


def test_query_json(store):
    proc = run_cli(
        "query",
        str(store),
        "SELECT ?buyer ?amount WHERE { ?deal ai:acquirer ?buyer ; ai:acquiree kge:nexalia ; "
        "ai:amount/schema:value ?amount }",
        "--format",
        "json",
    )
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["head"]["vars"] == ["buyer", "amount"]
    [binding] = answer["results"]["bindings"]
    assert binding["buyer"] == {"type": "uri", "value": str(KGE["microsoft"])}
    assert binding["amount"]["value"] == "300000000"
    assert binding["amount"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"


def test_load_is_idempotent(store, built):
    proc = run_cli("load", str(built), "--store", str(store))
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("query", str(store), "SELECT (COUNT(*) AS ?n) WHERE { ?a ai:acquired ?b }", "--format", "csv")
    assert proc.stdout.splitlines() == ["n", "1"]


def test_query_errors(store, workdir):
    assert_one_line_error(run_cli("query", str(store), "SELEC nonsense"))
    assert_one_line_error(run_cli("query", str(workdir / "no-store"), "SELECT * WHERE { ?s ?p ?o }"), "no-store")
    assert_one_line_error(run_cli("load", str(workdir / "missing.ttl"), "--store", str(store)), "missing.ttl")


# ---------------------------------------------------------------------------------------------
# bad input: one line, non-zero exit, no traceback, no output file
# ---------------------------------------------------------------------------------------------

SPANISH = (
    "La empresa española Nexalia ha sido comprada por Microsoft por 300 millones de euros en marzo "
    "de 2024. Es una de las mayores operaciones del año en el sector de la inteligencia artificial.\n"
)
GERMAN = (
    "Das deutsche Startup Nexalia wurde im März 2024 von Microsoft für 300 Millionen Euro übernommen. "
    "Es ist eine der größten Übernahmen des Jahres in der künstlichen Intelligenz.\n"
)


@pytest.mark.parametrize(
    "name, content, needle",
    [
        ("missing.txt", None, "missing.txt"),
        ("empty.txt", b"", "empty.txt"),
        ("blank.txt", b"  \n\n\t\n", "blank.txt"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary.txt"),
        ("latin1.txt", "La société Nexalia, basée à Lyon, a été rachetée.".encode("latin-1"), "latin1.txt"),
        ("spanish.txt", SPANISH.encode("utf-8"), "language"),
        ("german.txt", GERMAN.encode("utf-8"), "language"),
    ],
)
def test_bad_input_file(tmp_path, name, content, needle):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    before = set(tmp_path.iterdir())
    proc = run_cli("build", name, "-o", "out.ttl", cwd=tmp_path)
    assert_one_line_error(proc, needle)
    assert set(tmp_path.iterdir()) == before  # no output, no temporary file left behind


def test_unsupported_output_extension(workdir, tmp_path):
    proc = run_cli("build", str(workdir / "article.txt"), "-o", str(tmp_path / "out.xml"))
    assert_one_line_error(proc, ".xml")
    assert not list(tmp_path.iterdir())


def test_missing_output_folder(workdir, tmp_path):
    proc = run_cli("build", str(workdir / "article.txt"), "-o", str(tmp_path / "no" / "such" / "out.ttl"))
    assert_one_line_error(proc)
    assert not list(tmp_path.iterdir())


def test_unwritable_output_folder(builds):
    if "unwritable" not in builds:
        pytest.skip("no unwritable folder available")
    folder = builds["unwritable_folder"]
    assert_one_line_error(builds["unwritable"], "out.ttl")
    assert not (folder / "out.ttl").exists()
    if folder != Path("/proc"):
        assert not list(folder.iterdir())


def test_no_input_files_in_folder(tmp_path):
    (tmp_path / "empty-folder").mkdir()
    assert_one_line_error(run_cli("build", "empty-folder", "-o", "out.ttl", cwd=tmp_path), "empty-folder")
    assert not (tmp_path / "out.ttl").exists()


def test_bad_published_date(workdir, tmp_path):
    proc = run_cli("build", str(workdir / "article.txt"), "-o", str(tmp_path / "out.ttl"), "--published", "14/03/2025")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert not (tmp_path / "out.ttl").exists()


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("knowgraph ")
