"""Careless and hostile input (issue 17): each test here failed before its fix.

What these tests hold is written down in docs/robustness.md. The command line runs as a
subprocess (tests/conftest.py); every failure must be one line on standard error, never a
traceback, and must leave no file behind.
"""

from __future__ import annotations

import datetime
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
from conftest import finish_cli, run_cli, start_cli

import knowgraph
from knowgraph.rdf.validation import ENGINE_VARIABLE, available_engines, validate

AI = rdflib.Namespace("https://w3id.org/knowgraph/ai#")
SCHEMA = rdflib.Namespace("https://schema.org/")

ARTICLE = "La startup Vendalia, basée à Nantes, a été rachetée par Microsoft pour 40 millions d'euros en 2024.\n"
#: A figure no article means (10^21 euros): pyshacl-turbo and pySHACL used to disagree on it.
HUGE_AMOUNT = "La startup Vendalia a été rachetée par Microsoft pour 1 000 000 000 000 000 millions d'euros en 2024.\n"


def assert_one_line_error(proc, *needles: str, code: int | None = None) -> None:
    """A failed command: non-zero exit (``code`` if given), one line on stderr, no traceback."""
    assert proc.returncode != 0, (proc.returncode, proc.stderr)
    if code is not None:
        assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("knowgraph: "), lines[0]
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


# --------------------------------------------------------------------------- public errors


def test_errors_are_exported_and_share_one_base():
    from knowgraph.nlp.resources import SUPPORTED_LANGUAGES
    from knowgraph.rdf.output import OutputError, ParseError, UnsupportedFormat
    from knowgraph.stores.embedded import StoreError

    for name in ("KnowgraphError", "InputError", "GraphInvalid", "UnsupportedLanguage", "ParseError", "StoreError"):
        assert name in knowgraph.__all__, name
        assert issubclass(getattr(knowgraph, name), knowgraph.KnowgraphError), name
    # the names the modules always had are the exported classes, so old `except` clauses still work
    assert ParseError is knowgraph.ParseError and StoreError is knowgraph.StoreError
    for cls in (OutputError, UnsupportedFormat, knowgraph.InputError, knowgraph.UnsupportedLanguage):
        assert issubclass(cls, knowgraph.KnowgraphError), cls
    assert issubclass(knowgraph.InputError, ValueError)  # `except ValueError` code keeps working
    assert "fr and en" in str(knowgraph.UnsupportedLanguage("de")) and SUPPORTED_LANGUAGES == ("fr", "en")


# --------------------------------------------------------------------------- item 2: huge amounts


@pytest.fixture(scope="module")
def huge_amount_graph():
    return knowgraph.build(HUGE_AMOUNT, lang="fr", validate=False)


def test_an_implausible_amount_is_not_asserted(huge_amount_graph):
    graph = huge_amount_graph.graph
    assert list(graph.subjects(AI.acquired, None)), "the acquisition is kept"
    assert not list(graph.triples((None, SCHEMA.value, None))), "10^21 euros is not asserted as a value"
    assert not list(graph.triples((None, AI.amount, None)))


@pytest.mark.skipif("turbo" not in available_engines(), reason="pyshacl-turbo not installed")
def test_both_engines_agree_on_an_article_with_a_huge_amount(huge_amount_graph):
    reports = {engine: validate(huge_amount_graph.graph, engine=engine) for engine in ("pyshacl", "turbo")}
    assert reports["pyshacl"].conforms and reports["turbo"].conforms, {e: r.text for e, r in reports.items()}
    assert knowgraph.build(HUGE_AMOUNT, lang="fr").articles  # validate=True: no GraphInvalid


@pytest.mark.skipif("turbo" not in available_engines(), reason="pyshacl-turbo not installed")
@pytest.mark.parametrize(
    ("value", "conforms"),
    [
        ("40000000", True),
        ("1000000000000000", True),
        ("1000000000000001", False),  # above the bound
        ("1000000000000000000000", False),  # beyond what turbo's xsd:decimal holds
        ("0.000000000000000001", True),
        ("0.0000000000000000001", False),  # a 19th decimal: beyond what turbo's xsd:decimal holds
    ],
)
def test_both_engines_agree_on_an_amount_in_a_graph_from_elsewhere(value, conforms):
    kg = knowgraph.build(ARTICLE, lang="fr", validate=False)
    turtle = kg.serialize("turtle").decode()
    assert '"40000000"^^xsd:decimal' in turtle
    graph = rdflib.Graph().parse(data=turtle.replace('"40000000"^^xsd:decimal', f'"{value}"^^xsd:decimal'))
    verdicts = {engine: validate(graph, engine=engine).conforms for engine in ("pyshacl", "turbo")}
    assert verdicts == {"pyshacl": conforms, "turbo": conforms}


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
def test_the_command_line_keeps_an_article_with_a_huge_amount(tmp_path, monkeypatch, engine):
    if engine not in available_engines():
        pytest.skip(f"{engine} not installed")
    monkeypatch.setenv(ENGINE_VARIABLE, engine)  # the CLI's subprocess validates with this engine
    (tmp_path / "huge.txt").write_text(HUGE_AMOUNT, encoding="utf-8")
    proc = run_cli("build", "huge.txt", "-o", "huge.ttl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "1 article(s)" in proc.stderr and "skipped" not in proc.stderr
    graph = rdflib.Graph().parse(tmp_path / "huge.ttl")
    assert list(graph.subjects(AI.acquired, None))


# --------------------------------------------------------------------------- item 9: the API


def test_bytes_are_read_as_utf8():
    kg = knowgraph.build(ARTICLE.encode("utf-8"), lang="fr")
    assert list(kg.graph.subjects(AI.acquired, None))
    with pytest.raises(knowgraph.InputError, match="not UTF-8"):
        knowgraph.build(b"\xff\xfe Vendalia", lang="fr")
    with pytest.raises(knowgraph.InputError, match="cannot build a graph from int"):
        knowgraph.build(42)


def test_lang_none_means_auto():
    assert knowgraph.build(ARTICLE, lang=None).articles[0].lang == "fr"
    with pytest.raises(knowgraph.UnsupportedLanguage):
        knowgraph.build(ARTICLE, lang="de")


@pytest.mark.parametrize(
    "published",
    ["2024-01-01", "2024-01-01T10:30:00Z", datetime.datetime(2024, 1, 1, 10, 30), datetime.date(2024, 1, 1)],
)
def test_published_as_iso_string_or_datetime(published):
    result = knowgraph.analyse(
        "Microsoft a racheté la startup Vendalia l'année dernière.", lang="fr", published=published
    )
    assert result.published == datetime.date(2024, 1, 1)
    assert any(e.date and e.date.value == "2023" for e in result.events), result.events


def test_a_bad_published_is_an_input_error():
    with pytest.raises(knowgraph.InputError, match="published"):
        knowgraph.build(ARTICLE, lang="fr", published="le 3 mars")
    with pytest.raises(knowgraph.InputError, match="published"):
        knowgraph.build(ARTICLE, lang="fr", published=20240101)


@pytest.mark.parametrize("published", [datetime.date(1, 1, 1), datetime.date(9999, 12, 31)])
def test_publication_dates_at_the_ends_of_the_calendar(published):
    # "hier" before 0001-01-01 and "demain" after 9999-12-31 raised OverflowError: now left unresolved
    text = "Microsoft a racheté la startup Vendalia hier, et Google a racheté la startup Kernelia demain."
    kg = knowgraph.build(text, lang="fr", published=published)
    assert {str(s).rsplit("/", 1)[1] for s in kg.graph.subjects(AI.acquired, None)} == {"microsoft", "google"}


def test_a_lone_surrogate_becomes_a_replacement_character_at_the_same_offset():
    text = "La startup Vendalia \ud800 a été rachetée par Microsoft."
    result = knowgraph.analyse(text, lang="fr")
    assert result.text == text.replace("\ud800", "\ufffd") and len(result.text) == len(text)
    kg = knowgraph.build(text, lang="fr")
    assert list(kg.graph.subjects(AI.acquired, None))
    kg.serialize("nquads").decode("utf-8")


def test_into_a_missing_file_is_an_exported_parse_error(tmp_path):
    with pytest.raises(knowgraph.ParseError, match="cannot read") as info:
        knowgraph.build(ARTICLE, lang="fr", into=tmp_path / "missing.trig")
    assert isinstance(info.value, knowgraph.KnowgraphError) and "\n" not in str(info.value)


def test_a_bad_source_is_an_input_error():
    with pytest.raises(knowgraph.InputError, match="not an absolute IRI"):
        knowgraph.build(ARTICLE, lang="fr", source="not an iri")
    kg = knowgraph.build(ARTICLE, lang="fr", source="https://example.org/news/1")
    assert (rdflib.URIRef("https://example.org/news/1"), None, None) in kg.graph


def test_graph_invalid_says_it_in_one_line():
    from knowgraph.rdf.validation import ValidationReport  # noqa: F401 - the report type GraphInvalid keeps

    graph = rdflib.Graph().parse(data=knowgraph.build(ARTICLE, lang="fr").serialize("turtle").decode())
    graph.remove((None, rdflib.RDFS.label, None))
    error = knowgraph.GraphInvalid(validate(graph))
    assert "\n" not in str(error) and "violates the shapes" in str(error) and error.report.violations


# --------------------------------------------------------------------------- item 9: long articles


def test_an_article_longer_than_spacys_limit_is_analysed_in_paragraphs():
    # over 1,000,000 characters, mostly blank lines (cheap to parse), facts at both ends
    second = "Bpifrance a investi dans la startup Kernelia, basée à Grenoble."
    text = ARTICLE + "\n" * 1_000_001 + second + "\n"
    assert len(text) > knowgraph.load_pipeline("fr").max_length
    result = knowgraph.analyse(text, lang="fr")
    relations = {(f.relation, f.subject, f.object) for f in result.facts}
    assert ("acquired", "microsoft", "vendalia") in relations and ("investedIn", "bpifrance", "kernelia") in relations
    for fact in result.facts:  # offsets are offsets in the whole article
        assert text[fact.start : fact.end] in (ARTICLE.strip(), second)
    # the way the command line's workers analyse articles: in batches, the long one on its own
    from knowgraph.api import analyse_many

    batch = list(analyse_many([text, ARTICLE], lang="fr"))
    assert [type(r).__name__ for r in batch] == ["ArticleResult", "ArticleResult"], batch
    assert sorted(map(repr, batch[0].facts)) == sorted(map(repr, result.facts))


def test_pieces_of_a_long_article_give_the_facts_of_the_whole():
    from knowgraph.nlp.text import run_pipeline

    nlp = knowgraph.load_pipeline("fr")
    paragraphs = [ARTICLE.strip(), "Claire Dumas, PDG de Vendalia, reste aux commandes.", "Titre sans point", ARTICLE]
    text = "\n\n".join(paragraphs)
    whole = nlp(text)
    limit, nlp.max_length = nlp.max_length, max(len(p) for p in paragraphs) + 2
    try:
        pieces = run_pipeline(nlp, text)
    finally:
        nlp.max_length = limit
    assert pieces.text == whole.text and pieces._.kg_source_text == text
    assert pieces._.kg_entities.keys() == whole._.kg_entities.keys()
    assert sorted(map(repr, pieces._.kg_facts)) == sorted(map(repr, whole._.kg_facts))


# --------------------------------------------------------------------------- item 1: inputs are never overwritten


@pytest.fixture()
def article_dir(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_build_refuses_to_overwrite_its_input(article_dir):
    notes = article_dir / "notes.ttl"
    notes.write_text(ARTICLE, encoding="utf-8")  # an article saved with the wrong extension
    proc = run_cli("build", "notes.ttl", "-o", "notes.ttl", cwd=article_dir)
    assert_one_line_error(proc, "notes.ttl", "both an input and the output", code=2)
    assert notes.read_text(encoding="utf-8") == ARTICLE
    # the same file by another name: a link, another spelling of the path
    (article_dir / "link.txt").symlink_to(article_dir / "article.txt")
    for args in (["link.txt", "-o", "x.ttl", "--into", "article.txt"], ["./notes.ttl", "-o", "notes.ttl"]):
        proc = run_cli("build", *args, cwd=article_dir)
        assert_one_line_error(proc, code=2)
    assert (article_dir / "article.txt").read_text(encoding="utf-8") == ARTICLE
    proc = run_cli("report", "article.txt", "-o", str(article_dir / "article.txt"), cwd=article_dir)
    assert_one_line_error(proc, "both an input and the output", code=2)
    assert sorted(p.name for p in article_dir.iterdir()) == ["article.txt", "link.txt", "notes.ttl"]


@pytest.mark.parametrize("suffix", [".ttl", ".trig", ".nt", ".nq", ".jsonld"])
def test_rdf_is_not_read_as_an_article(article_dir, suffix):
    (article_dir / f"kg{suffix}").write_text("<https://example.org/a> <https://example.org/b> 'c' .\n")
    for command in ("build", "report"):
        output = "view.ttl" if command == "build" else "report.html"
        proc = run_cli(command, f"kg{suffix}", "-o", output, cwd=article_dir)
        assert_one_line_error(proc, f"kg{suffix}: an RDF file, not an article", code=2)
        assert not (article_dir / output).exists()


def test_rdf_files_in_read_inputs_are_problems(article_dir):
    from knowgraph.inputs import InputProblem, read_inputs

    (article_dir / "kg.nq").write_text("", encoding="utf-8")
    items = list(read_inputs([str(article_dir / "kg.nq"), str(article_dir / "article.txt")]))
    assert isinstance(items[0], InputProblem) and "an RDF file (.nq), not an article" in items[0].reason
    assert isinstance(items[1], knowgraph.Article)


def test_into_is_legitimately_rdf(article_dir):
    proc = run_cli("build", "article.txt", "--into", "kg.trig", "-q", cwd=article_dir)
    assert proc.returncode == 0, proc.stderr
    assert rdflib.Dataset().parse(article_dir / "kg.trig", format="trig")


# --------------------------------------------------------------------------- item 9: one clear line


def test_a_source_that_is_not_an_iri(article_dir):
    proc = run_cli("build", "article.txt", "-o", "out.ttl", "--source", "not an iri", cwd=article_dir)
    assert_one_line_error(proc, "source 'not an iri' is not an absolute IRI", code=2)
    assert "does not look like a valid URI" not in proc.stderr and not (article_dir / "out.ttl").exists()


@pytest.mark.parametrize("command", ["validate", "show"])
def test_validate_and_show_say_a_text_file_is_not_rdf(article_dir, command):
    args = [command, "article.txt"] + (["-o", "graph.html"] if command == "show" else [])
    proc = run_cli(*args, cwd=article_dir)
    assert_one_line_error(proc, "article.txt: not an RDF file (.ttl .trig .nt .nq .jsonld)", code=2)
    assert "output extension" not in proc.stderr


@pytest.mark.parametrize("url", ["not a url", "ftp://example.org/store", "http://user:s3cret@host:99x/store"])
def test_load_says_the_endpoint_url_is_invalid(article_dir, url):
    (article_dir / "kg.nq").write_text("<https://example.org/a> <https://example.org/b> 'c' .\n")
    proc = run_cli("load", "kg.nq", "--endpoint", url, cwd=article_dir)
    assert_one_line_error(proc, "--endpoint", "not a valid URL", code=2)
    assert "s3cret" not in proc.stderr


@pytest.mark.parametrize("folder", ["empty", "missing"])
def test_query_does_not_create_a_store(article_dir, folder):
    if folder == "empty":
        (article_dir / folder).mkdir()
    proc = run_cli("query", folder, "SELECT * WHERE { ?s ?p ?o }", cwd=article_dir)
    assert_one_line_error(proc, f"{folder}: no knowgraph store here; create it with knowgraph load", code=2)
    assert not (article_dir / "missing").exists()
    assert folder == "missing" or not any((article_dir / folder).iterdir())


def test_deep_html_keeps_its_text(tmp_path):
    from knowgraph.inputs import parse_html

    body = "<p>La startup Vendalia, basée à Nantes, a été rachetée par Microsoft.</p><p>Fin de l'article ici.</p>"
    loose = "Claire Dumas reste <b>PDG</b> de Vendalia, la startup nantaise de quarante personnes."
    for depth in (300, 5000):
        page = f"<html><head><title>Vendalia</title></head><body>{'<div>' * depth}{body}<section>{loose}</section>"
        page += "</div>" * depth + "<script>var hidden = '<div>';</script></body></html>"
        article = parse_html(page.encode("utf-8"), "deep.html")
        assert isinstance(article, knowgraph.Article), article
        assert "rachetée par Microsoft" in article.text and "Claire Dumas reste PDG de Vendalia" in article.text
        assert "hidden" not in article.text


# --------------------------------------------------------------------------- item 9: two builds, one output


def test_a_second_build_to_the_same_output_is_refused(article_dir):
    from knowgraph.archive.lock import lock_path, output_lock

    with output_lock(article_dir / "kg.nq"):  # a build in progress
        proc = run_cli("build", "article.txt", "-o", "kg.nq", cwd=article_dir)
    assert_one_line_error(proc, "another build is writing kg.nq", code=2)
    assert not (article_dir / "kg.nq").exists() and not lock_path(article_dir / "kg.nq").exists()
    # released when the build is over: the next one runs
    proc = run_cli("build", "article.txt", "-o", "kg.nq", "-q", cwd=article_dir)
    assert proc.returncode == 0, proc.stderr


def test_two_builds_started_together_never_fail_with_a_raw_error(article_dir):
    for i in range(6):
        (article_dir / f"a{i}.txt").write_text(ARTICLE.replace("Vendalia", f"Vendalia{i}"), encoding="utf-8")
    inputs = [f"a{i}.txt" for i in range(6)]
    procs = [start_cli("build", *inputs, "-o", "kg.nq", "-q", cwd=article_dir) for _ in range(2)]
    results = [finish_cli(p) for p in procs]
    assert any(r.returncode == 0 for r in results), [r.stderr for r in results]
    for r in results:
        if r.returncode != 0:
            assert_one_line_error(r, "another build is writing kg.nq", code=2)
    assert len(rdflib.Dataset().parse(article_dir / "kg.nq", format="nquads")) > 0


# --------------------------------------------------------------------------- item 9: Ctrl-C and a killed worker


def _start_busy_build(folder: Path, articles: int = 600) -> subprocess.Popen:
    """A two-worker build long enough to be stopped in the middle, in its own process group."""
    from conftest import _cli_env

    (folder / "in").mkdir()
    for i in range(articles):
        (folder / "in" / f"a{i:03d}.txt").write_text(ARTICLE.replace("Vendalia", f"Vendalia{i}"), encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "knowgraph.cli", "build", "in", "-o", "kg.nq", "--workers", "2", "-q"],
        cwd=folder,
        env=_cli_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a group of its own, as a terminal's foreground job is
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # whatever the test runner ignores
    )


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _workers(proc: subprocess.Popen, timeout: float = 180) -> list[int]:
    """The two worker processes of a build, once both have loaded spaCy and are analysing articles."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        workers = [int(c) for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
        # loading the models takes a worker 3-4 s of CPU: past 6 s it is in the middle of articles
        if len(workers) == 2 and all(_cpu_seconds(w) > 6 for w in workers):
            return workers
        time.sleep(0.2)
    raise AssertionError("the build's workers did not get to work")


def _stop(proc: subprocess.Popen) -> None:
    """Leave no build behind a failed test: kill its process group (its own session)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()


def _assert_stopped_cleanly(folder: Path, err: str, *needles: str) -> None:
    assert "Traceback" not in err and "SpawnPoolWorker" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and all(n in lines[0] for n in needles), err
    assert not (folder / "kg.nq").exists(), "no half-written output"
    assert (folder / ".kg.nq.knowgraph-partial").is_dir(), "the work so far is kept for --resume"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_ctrl_c_stops_a_build_in_one_line(tmp_path):
    proc = _start_busy_build(tmp_path)
    try:
        _workers(proc)
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal does: the whole group gets it
        _, err = proc.communicate(timeout=120)
    finally:
        _stop(proc)
    assert proc.returncode == 130, err
    _assert_stopped_cleanly(tmp_path, err.decode(), "interrupted", "--resume")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_a_killed_worker_stops_the_build_in_one_line(tmp_path):
    proc = _start_busy_build(tmp_path)
    try:
        os.kill(_workers(proc)[0], signal.SIGKILL)
        _, err = proc.communicate(timeout=120)  # a multiprocessing.Pool waited forever here
    finally:
        _stop(proc)
    assert proc.returncode == 1, err
    _assert_stopped_cleanly(tmp_path, err.decode(), "a worker process stopped", "--resume")


def test_load_says_a_text_file_is_not_rdf_and_creates_no_store(article_dir):
    proc = run_cli("load", "article.txt", "--store", "store", cwd=article_dir)
    assert_one_line_error(proc, "article.txt: not an RDF file (.ttl .trig .nt .nq .jsonld)", code=2)
    assert not (article_dir / "store").exists()


def test_a_lone_surrogate_in_json_lines_is_built(article_dir):
    record = '{"text": "La startup Vendalia \\ud800 a été rachetée par Microsoft.", "title": "Vendalia \\udfff"}\n'
    (article_dir / "export.jsonl").write_text(record, encoding="utf-8")
    proc = run_cli("build", "export.jsonl", "-o", "kg.nq", cwd=article_dir)
    assert proc.returncode == 0 and "1 article(s)" in proc.stderr, proc.stderr
    assert "\ufffd" in (article_dir / "kg.nq").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("call", "error", "needle"),
    [
        (lambda: knowgraph.build(None), knowgraph.InputError, "cannot build a graph from NoneType"),
        (lambda: knowgraph.build([ARTICLE, 42], lang="fr"), knowgraph.InputError, "from int"),
        (lambda: knowgraph.build(knowgraph.Article(text=None)), knowgraph.InputError, "Article.text"),
        (lambda: knowgraph.build(ARTICLE, lang=5), knowgraph.UnsupportedLanguage, "unsupported language"),
        (lambda: knowgraph.build(ARTICLE, gazetteer_files=["nope.csv"]), knowgraph.InputError, "nope.csv"),
        (lambda: knowgraph.build(ARTICLE, nlp="fr_core_news_sm"), knowgraph.InputError, "spaCy Language"),
        (lambda: knowgraph.KnowledgeGraph.read("README.md"), knowgraph.ParseError, "not an RDF file"),
    ],
)
def test_what_a_caller_gets_wrong_is_a_knowgraph_error(call, error, needle):
    with pytest.raises(error, match=needle) as info:
        call()
    assert isinstance(info.value, knowgraph.KnowgraphError) and "\n" not in str(info.value)
