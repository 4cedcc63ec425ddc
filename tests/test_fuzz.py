"""Fuzzing: mutated articles (quotes, brackets, Turtle and HTML syntax, odd Unicode, huge and odd
numbers) through ``knowgraph.build`` and ``knowgraph build``; every output parses with rdflib,
pyoxigraph and Raptor's ``rapper``, conforms to the shapes, and every evidence quotes the text
between its offsets.

The generator and the checks are bench/fuzz.py's (seeded: the same cases every run); the test runs
a few hundred cases, the benchmark as many as asked (``--cases N``). Property tests (Hypothesis,
derandomised) cover what the pages and the store do with any text.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sys

import pytest
from conftest import ROOT, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

import knowgraph

spec = importlib.util.spec_from_file_location("knowgraph_fuzz", ROOT / "bench" / "fuzz.py")
fuzz = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = fuzz  # dataclasses look their module up
spec.loader.exec_module(fuzz)

#: Seeds and sizes of the suite's run: about 400 articles through the API, 40 through the CLI.
API_SEEDS = (17, 18, 19, 20)
API_CASES = 100
CLI_SEED, CLI_CASES = 21, 40


@pytest.fixture(scope="module", autouse=True)
def _pipelines():
    """Both spaCy pipelines loaded once for the module."""
    knowgraph.load_pipeline("fr"), knowgraph.load_pipeline("en")


@pytest.fixture(scope="module", autouse=True)
def _rapper_on_ci():
    if shutil.which("rapper") is None and os.environ.get("CI"):
        pytest.fail("rapper is missing (apt-get install raptor2-utils): CI must check the outputs with it")


def test_generator_is_deterministic():
    first = [c.text for c in fuzz.generate(17, 50)]
    assert first == [c.text for c in fuzz.generate(17, 50)]
    assert first != [c.text for c in fuzz.generate(18, 50)]
    everything = "".join(first)
    for needle in ("<!--", "\u200b", "\u202e", "😀", "\u0301"):
        assert any(needle in c.text for c in fuzz.generate(17, 400)), needle
    assert re.search(r"\d", everything)


@pytest.mark.parametrize("seed", API_SEEDS)
def test_mutated_articles_through_the_api(seed):
    """Many small articles a call: no exception, outputs parse alike in every parser, conform, and
    every evidence's sentence is the text between its offsets."""
    cases = list(fuzz.generate(seed, API_CASES))
    problems: list[str] = []
    totals = {"articles": 0, "evidence": 0}
    for first in range(0, len(cases), 50):
        counts, found = fuzz.build_batch(cases[first : first + 50])
        problems += found
        totals["articles"] += counts["articles"]
        totals["evidence"] += counts["evidence"]
    assert problems == []
    assert totals["articles"] == API_CASES and totals["evidence"] > API_CASES // 2  # facts were found


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ope\x7fnAI a levé 600 millions d'euros auprès de Nexalia.", "fr"),
        ("Ope\u202enAI a levé 600 millions d'euros auprès de Nexalia.", "fr"),
        ("Lumen Robotics invested $600 million in Helix Co</script>mpute.", "en"),
    ],
)
def test_an_odd_name_keeps_the_graph_valid(text, lang):
    """The smallest articles the fuzzing found where a name that the mention finder missed (a control
    or bidi character inside it, markup) was added by the relation step to a copy of the doc's
    empty entity table, so the graph had a fact about an entity it did not describe."""
    assert knowgraph.build(text, lang=lang, validate=False).validate().conforms


def test_the_checks_catch_a_broken_graph():
    """The oracle is not vacuous: a moved offset, a sentence that is not the text and a fact that
    breaks the shapes (about described entities) are all reported."""
    from rdflib import Literal

    from knowgraph.rdf.namespace import AI, KGE

    text = "Microsoft a investi 10 milliards de dollars dans OpenAI en janvier 2023."
    kg = knowgraph.build(text, lang="fr", published="2025-01-01")
    texts = {r.iri: r.text for r in kg.articles}
    assert fuzz.check_graph(kg, texts)[1] == []
    ev, _, start, g = next(iter(kg.dataset.quads((None, AI.startOffset, None, None))))
    kg.dataset.remove((ev, AI.startOffset, start, g))
    kg.dataset.add((ev, AI.startOffset, Literal(int(start) + 1), g))
    kg.dataset.add((KGE.microsoft, AI.ceoOf, KGE.openai, g))  # an organization as a chief executive
    problems = fuzz.check_graph(kg, texts)[1]
    assert any("is not the text at" in p for p in problems)
    assert any(p.startswith("SHACL:") for p in problems)


def test_mutated_articles_through_the_cli(tmp_path):
    cases = list(fuzz.generate(CLI_SEED, CLI_CASES))
    counts, problems = fuzz.cli_batch(cases, tmp_path)
    assert problems == []
    assert counts["cli articles"] == CLI_CASES and counts["cli evidence"] > 0


def test_line_separators_in_a_sentence_through_the_cli(tmp_path):
    """U+2028, U+2029 and U+0085 are line ends for Python's str.splitlines, not for N-Quads: the
    command's merge of the articles' quads split a sentence there and failed."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, odd in enumerate(["\u2028", "\u2029", "\x85"]):
        (folder / f"a{n}.txt").write_text(
            f"Nexalia a racheté Quorra AI pour 600 millions d'euros en juin 2024.{odd} Quorra AI a été fondée "
            "par Claire Dubois.\n",
            encoding="utf-8",
        )
    out = tmp_path / "graph.trig"
    result = run_cli("build", folder, "-o", out, "--lang", "fr", "-q")
    assert result.returncode == 0, result.stderr
    assert fuzz.parse_counts(out.read_bytes(), "trig")["rdflib"] > 0


def test_pictures_of_a_fuzzed_graph_keep_their_data():
    """The graph page of mutated articles: its embedded data is JSON that reads back whole."""
    from knowgraph.views.show import graph_view, page_data, render_html

    kg = knowgraph.build([knowgraph.Article(text=c.text, lang=c.lang) for c in fuzz.generate(22, 60)], validate=False)
    view = graph_view(kg.dataset)
    html = render_html(view)
    embedded = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S).group(1)
    assert not re.search("[<>&\u2028\u2029]", embedded)
    assert json.loads(embedded) == json.loads(json.dumps(page_data(view)))


# --- properties of any text --------------------------------------------------------------------


@settings(derandomize=True, max_examples=300, deadline=None)
@given(
    st.recursive(
        st.text() | st.integers() | st.none(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)
    )
)
def test_page_json_reads_back_and_cannot_leave_its_script(data):
    from knowgraph.views.visual import script_json

    embedded = script_json(json.dumps(data, ensure_ascii=False))
    assert json.loads(embedded) == data
    assert not re.search("[<>&\u2028\u2029]", embedded)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text())
def test_only_http_links(text):
    from knowgraph.views.visual import link_target

    target = link_target(text)
    assert target is None or (re.match(r"(?i)https?://\S+$", target) and target == text)
    assert link_target("javascript:" + text) is None and link_target(" https://x.org/" + text) is None


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_service_in_a_query_is_always_seen(noise):
    """SERVICE as a keyword is found whatever comment, string or IRI comes before it."""
    from knowgraph.stores.queries import uses_service

    text = noise.replace("\n", " ").replace("\r", " ")
    quoted = json.dumps(text)  # a valid SPARQL string literal
    assert uses_service(f"SELECT * {{ ?s ?p {quoted} . SERVICE <http://127.0.0.1:9/> {{ ?s ?p ?o }} }}")
    assert uses_service(f"# {text}\nSELECT * {{ SERVICE <http://127.0.0.1:9/> {{ ?s ?p ?o }} }}")
    if "\\" not in text:  # a backslash may make the check see more than the parser does: it errs on refusing
        assert not uses_service(f"SELECT * {{ ?s ?p {json.dumps('SERVICE ' + text, ensure_ascii=False)} }}")
