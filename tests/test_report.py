"""``knowgraph report``: the evidence page of an extraction, checked as HTML and in headless Chromium.

Real spaCy models and the real extraction; the pages are opened in Debian's Chromium (see
tests/_chromium.py); screenshots are saved in tests/artifacts/.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from _chromium import artifact, browser, dump_dom, png_size, screenshot
from conftest import ARTICLES, EXAMPLES_PUBLISHED, run_cli

from knowgraph.api import Article
from knowgraph.views.report import analyse_for_report, render_report, write_report

FR_ARTICLE = ARTICLES / "fr-01-mistral-levee.txt"
ENTITY = "https://w3id.org/knowgraph/entity/"

#: Written for this test (names are invented except the well-known companies).
EN_ARTICLE = """Lumora raises 50 million dollars from Microsoft

Lumora, a Berlin-based startup founded by Anna Keller, has raised 50 million dollars from Microsoft, the company said on Tuesday. Anna Keller, the CEO of Lumora, said the money would pay for new GPUs.

Nvidia provides compute to Lumora. Google could acquire Lumora next year, according to people familiar with the matter.
"""


@pytest.fixture(scope="module")
def fr_report(nlp_fr):
    article = Article(
        text=FR_ARTICLE.read_text(encoding="utf-8"),
        published=EXAMPLES_PUBLISHED,
        path="examples/articles/fr-01-mistral-levee.txt",
    )
    return analyse_for_report(article, lang="fr", nlp=None)


@pytest.fixture(scope="module")
def fr_page(fr_report, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "fr-01.html"
    write_report([fr_report], path)
    return path


def test_entities_are_marked_with_displacy_and_linked(fr_report, fr_page):
    html = fr_page.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    # displaCy's entity markup, one mark per mention, linked to the knowgraph IRI
    marks = re.findall(
        r'<mark class="entity kg-ent kg-(\w+)"[^>]*data-key="([^"]+)"><a class="kg-iri" href="([^"]+)"', html
    )
    assert len(marks) == len(fr_report.doc.spans["kg_mentions"])
    assert ("Organization", "mistral-ai", ENTITY + "mistral-ai") in marks
    assert ("Person", "arthur-mensch", ENTITY + "arthur-mensch") in marks
    # labels in the article's language, from the ontology
    assert '<span class="kg-type">Organisation</span>' in html and '<span class="kg-type">Personne</span>' in html
    # displaCy's knowledge-base link: Wikidata when the entity has a QID (Nvidia: Q182477)
    assert 'href="https://www.wikidata.org/wiki/Q182477">Q182477</a>' in html
    # the text is all there, in order, once the markup is taken away
    text = re.sub(r"<span class=\"kg-type\">.*?</span>|<sup.*?</sup>|<a style=[^>]*>Q\d+</a>", "", html)
    assert "Mistral AI" in text and "Timothée Lacroix" in text


def test_every_fact_links_to_its_sentence(fr_report, fr_page):
    html = fr_page.read_text(encoding="utf-8")
    ids = set(re.findall(r'id="(s-\d+)"', html))
    targets = set(re.findall(r'href="#(s-\d+)"', html))
    assert targets and targets <= ids
    asserted = fr_report.result.asserted
    rows = re.findall(r'<tr id="f-(\d+)" class="kg-fact kg-status-Asserted" data-target="(s-\d+)"', html)
    assert len(rows) == len(asserted) and len(rows) >= 10
    for (_n, target), fact in zip(rows, asserted, strict=True):
        assert target == f"s-{fact.start}"
        sentence = fr_report.result.text[fact.start : fact.end]
        assert sentence.strip()
    # one row in full: subject, relation label (fr), object, confidence, rule, status
    row = re.search(
        r'<tr id="f-\d+"[^>]*>(?:(?!</tr>).)*fr/<wbr>investedIn\.<wbr>raise(?:(?!</tr>).)*</tr>', html
    ).group(0)
    assert f'href="{ENTITY}general-catalyst"' in row and f'href="{ENTITY}mistral-ai"' in row
    assert ">a investi dans</a>" in row and "ai:investedIn" in row and "affirmé" in row and "0.77" in row


def test_hedged_statements_are_apart_and_events_have_amounts_and_dates(fr_report, fr_page):
    html = fr_page.read_text(encoding="utf-8")
    facts = html[html.index('id="facts"') : html.index('id="events"')]
    events = html[html.index('id="events"') : html.index('id="hedged"')]
    hedged = html[html.index('id="hedged"') : html.index('id="entities"')]
    # the rumoured purchase of Codexia is apart; "la startup lyonnaise Codexia" describes it, so its
    # city is an asserted fact whatever the clause says of the purchase
    codexia_rows = [row for row in re.findall(r"<tr[^>]*>.*?</tr>", facts, re.S) if "codexia" in row]
    assert codexia_rows and all("ai:locatedIn" in row for row in codexia_rows)
    assert f'href="{ENTITY}codexia"' in hedged and "prévu" in hedged and "fr/<wbr>acquired.<wbr>verb" in hedged
    assert "Investissement" in events and "Partenariat" in events
    assert "600\u202f000\u202f000 EUR" in events and "600 millions d" in events
    assert "2024-06" in events and "juin 2024" in events
    assert "investisseur" in events


def test_page_is_self_contained():
    html = render_report([analyse_for_report("OpenAI a racheté Nexalia en 2024.", lang="fr")])
    assert not re.search(r"<script[^>]+src=|<link\b|@import|url\(", html)
    assert "<style>" in html and "<script>" in html


def test_english_article_gets_english_labels(tmp_path):
    report = analyse_for_report(EN_ARTICLE, lang="auto")
    assert report.result.lang == "en"
    html = render_report([report])
    assert '<html lang="en">' in html and "Evidence report" in html
    assert ">invested in</a>" in html and '<span class="kg-type">Organization</span>' in html
    assert "hypothetical" in html[html.index('id="hedged"') :]
    assert 'href="https://www.wikidata.org/wiki/Q2283">Q2283</a>' in html  # Microsoft


def test_cli_report(tmp_path):
    out = tmp_path / "report.html"
    result = run_cli("report", FR_ARTICLE, "-o", out, "--lang", "fr", "--published", "2025-03-14")
    assert result.returncode == 0, result.stderr
    assert "-> " in result.stderr and out.is_file()
    assert 'id="s-62"' in out.read_text(encoding="utf-8")
    bad = run_cli("report", FR_ARTICLE, "-o", tmp_path / "report.ttl")
    assert bad.returncode == 2 and "give a .html file" in bad.stderr and not (tmp_path / "report.ttl").exists()
    missing = run_cli("report", tmp_path / "nope.txt", "-o", tmp_path / "x.html")
    assert missing.returncode == 2 and "nope.txt" in missing.stderr and not (tmp_path / "x.html").exists()


# --- in the browser ----------------------------------------------------------------------------


def test_report_without_javascript_in_chromium(fr_report, fr_page):
    """The page reads without JavaScript: Chromium with scripts off, then a click on a fact."""
    with browser(javascript=False, width=1400, height=1000) as context:
        page = context.new_page()
        page.goto(fr_page.as_uri())
        dom = page.content()
        assert 'data-ready="1"' not in dom  # the script did not run
        assert page.locator("mark.kg-ent").count() == len(fr_report.doc.spans["kg_mentions"])
        assert page.locator("mark.kg-ent").first.is_visible()
        assert 'id="s-62"' in dom and 'href="#s-62"' in dom
        assert "fr/<wbr>investedIn.<wbr>raise" in dom and "a investi dans" in dom
        page.screenshot(path=str(artifact("report-fr-01-nojs.png")))
        last = fr_report.result.asserted[-1]
        page.click(f"#f-{len(fr_report.result.asserted)} a.kg-rel")  # a plain link: no script needed
        page.wait_for_timeout(800)
        assert page.url.endswith(f"#s-{last.start}")
        top = page.locator(f"#s-{last.start}").bounding_box()["y"]
        assert 0 <= top < 1000
    assert png_size(artifact("report-fr-01-nojs.png")) == (1400, 1000)


def test_report_dom_in_chromium(fr_report, fr_page):
    """Chromium started by hand (--headless --dump-dom, --screenshot), as a user would check a page."""
    dom = dump_dom(fr_page)
    assert 'data-ready="1"' in dom
    assert dom.count('class="entity kg-ent') == len(fr_report.doc.spans["kg_mentions"])
    assert f'href="{ENTITY}mistral-ai"' in dom and "https://www.wikidata.org/wiki/Q182477" in dom
    shot = screenshot(fr_page, artifact("report-fr-01-cli.png"))
    assert png_size(shot) == (1400, 1000)


def test_click_on_a_fact_scrolls_to_its_sentence(fr_report, fr_page):
    last = fr_report.result.asserted[-1]
    with browser(width=1400, height=800) as context:
        page = context.new_page()
        page.goto(fr_page.as_uri())
        assert page.get_attribute("body", "data-ready") == "1"
        assert page.locator("mark.kg-ent").count() == len(fr_report.doc.spans["kg_mentions"])
        assert page.evaluate("window.scrollY") == 0
        n = len(fr_report.result.asserted)
        page.click(f"#f-{n} a.kg-rel")
        page.wait_for_function(f"location.hash === '#s-{last.start}'")
        page.wait_for_timeout(800)  # smooth scrolling
        box = page.evaluate(f"JSON.stringify(document.getElementById('s-{last.start}').getBoundingClientRect())")
        top = json.loads(box)["top"]
        assert 0 <= top < 800, box
        assert page.evaluate("document.querySelector(':target').id") == f"s-{last.start}"
        # a click anywhere on a row goes to its sentence too
        page.click("#f-1 td.kg-n")
        page.wait_for_function(f"location.hash === '#s-{fr_report.result.asserted[0].start}'")
        page.click(f"#f-{n} a.kg-rel")
        page.wait_for_timeout(800)
        page.screenshot(path=str(artifact("report-fr-01.png")))
    assert png_size(artifact("report-fr-01.png")) == (1400, 800)


def test_report_of_all_examples_in_chromium(tmp_path):
    out = tmp_path / "examples.html"
    result = run_cli("report", ARTICLES, "-o", out, "--published", "2025-03-14")
    assert result.returncode == 0, result.stderr
    dom = dump_dom(out)
    assert dom.count('<article class="kg-article"') == 4
    assert all(f'href="#a{n}-article"' in dom and f'id="a{n}-article"' in dom for n in range(1, 5))
    assert 'data-ready="1"' in dom
    for anchor in re.findall(r'href="#(a\d-s-\d+)"', dom):
        assert f'id="{anchor}"' in dom
    assert "Nexalia" in dom and "Veridian" in dom and "Scaleway" in dom
    screenshot(out, artifact("report-examples.png"))
