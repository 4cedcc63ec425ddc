"""``knowgraph show``: pictures of a graph (interactive HTML, static SVG/PNG), checked in headless Chromium.

Real extraction (the example articles), real rdflib parsing; the pages are opened in Debian's
Chromium (tests/_chromium.py); screenshots are saved in tests/artifacts/.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from _chromium import artifact, browser, dump_dom, png_size, screenshot
from conftest import ARTICLES, ROOT, run_cli

from knowgraph.rdf.output import parse
from knowgraph.views.show import ShowError, graph_view, layout, render_html, write_picture

ENTITY = "https://w3id.org/knowgraph/entity/"


@pytest.fixture(scope="module")
def examples_file(examples_kg, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("show") / "examples.trig"
    examples_kg.write(path)
    return path


@pytest.fixture(scope="module")
def view(examples_file):
    return graph_view(parse(examples_file))


def _needs_matplotlib():
    if importlib.util.find_spec("matplotlib") is None:
        if os.environ.get("CI"):
            pytest.fail("matplotlib is missing (the dev extra installs it)")
        pytest.skip("matplotlib is not installed: pip install 'knowgraph[viz]'")


def test_view_has_entities_events_and_labelled_relations(view):
    assert view.lang == "fr"
    entities = {n.label: n for n in view.nodes.values() if not n.event}
    assert entities["Mistral AI"].cls in ("Organization", "Company") and entities["Arthur Mensch"].cls == "Person"
    assert entities["Nvidia"].qid == "Q182477"
    # provenance is not drawn
    assert not [n for n in view.nodes if re.search(r"/(statement|evidence|article|amount)/", n)]
    events = [n for n in view.nodes.values() if n.event]
    assert {e.cls for e in events} == {"Investment", "Acquisition", "Partnership"}
    round_ = [e for e in events if e.amount == "600\u00a0M EUR"]
    assert (
        round_ and round_[0].date == "2024-06" and round_[0].caption == "Investissement\n600\u00a0M EUR \u00b7 2024-06"
    )
    relations = {(view.nodes[e.source].label, e.relation, view.nodes[e.target].label) for e in view.edges}
    assert ("General Catalyst", "investedIn", "Mistral AI") in relations
    assert ("Mistral AI", "foundedBy", "Arthur Mensch") in relations
    assert not [e for e in view.edges if e.status != "Asserted"]  # hedged only when asked
    assert all(e.confidence for e in view.edges if not e.role)


def test_hedged_statements_on_request(examples_file):
    hedged = [e for e in graph_view(parse(examples_file), hedged=True).edges if e.status != "Asserted"]
    assert ("acquired", "Planned") in {(e.relation, e.status) for e in hedged}


def test_around_keeps_a_neighbourhood(view):
    one = view.around("openai", depth=1)
    labels = {n.label for n in one.nodes.values()}
    assert {"OpenAI", "Microsoft", "Sam Altman"} <= labels
    assert "Arthur Mensch" not in labels
    assert one.centre == (ENTITY + "openai",)
    two = view.around("OpenAI", depth=2)
    assert set(one.nodes) < set(two.nodes) and "Nexalia" in {n.label for n in two.nodes.values()}
    assert set(view.around("OpenAI", depth=0).nodes) == {ENTITY + "openai"}
    with pytest.raises(ShowError, match="no entity called 'Zorglub'"):
        view.around("Zorglub")


def test_layout_is_deterministic_and_spread(view):
    first, second = layout(view), layout(view)
    assert first == second and len(first) == len(view.nodes)
    assert len(set(first.values())) == len(first)  # no two nodes on one spot


def test_page_is_self_contained(view):
    html = render_html(view)
    assert not re.search(r"<script[^>]+src=|<link\b|@import|url\(http", html)
    assert "Cytoscape Consortium" in html  # the vendored library, with its licence header
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S).group(1))
    assert len(data["nodes"]) == len(view.nodes) and len(data["edges"]) == len(view.edges)
    assert "a investi dans" in {r["label"] for r in data["relations"]}


def test_page_in_chromium(examples_file, tmp_path):
    out = tmp_path / "graph.html"
    result = run_cli("show", examples_file, "-o", out)
    assert result.returncode == 0, result.stderr
    with browser(width=1400, height=900) as context:
        page = context.new_page()
        page.goto(out.as_uri())
        page.wait_for_function("document.body.dataset.renderedMs !== undefined", timeout=30_000)
        total = int(page.get_attribute("body", "data-nodes"))
        assert page.evaluate("window.knowgraph.cy.nodes().length") == total > 50
        assert page.evaluate("window.knowgraph.cy.edges().length") == int(page.get_attribute("body", "data-edges"))
        assert page.locator("#kg-cy canvas").count() >= 1
        labels = page.evaluate("window.knowgraph.cy.nodes().map(n => n.data('label'))")
        assert "Mistral AI" in labels and any(label.startswith("Investissement\n600") for label in labels)
        page.wait_for_timeout(300)
        page.screenshot(path=str(artifact("show-examples.png")))
        # filter by entity
        page.fill("#kg-q", "Nexalia")
        page.select_option("#kg-depth", "1")
        page.click("#kg-search button[type=submit]")
        visible = int(page.get_attribute("body", "data-visible-nodes"))
        assert 3 < visible < total
        shown = page.evaluate("window.knowgraph.cy.nodes(':visible').map(n => n.data('label'))")
        assert "Nexalia" in shown and "Microsoft" in shown and "Arthur Mensch" not in shown
        page.wait_for_timeout(300)
        page.screenshot(path=str(artifact("show-examples-nexalia.png")))
        # filter by relation: only "situé à"
        page.click("#kg-all")
        for box in page.locator("#kg-relations input").all():
            if box.evaluate("b => b.parentElement.textContent").find("situé à") < 0:
                box.uncheck()
        edges = page.evaluate("window.knowgraph.cy.edges(':visible').map(e => e.data('label'))")
        assert edges and set(edges) == {"situé à"}
        # a click on a node shows its IRI
        page.evaluate("window.knowgraph.cy.nodes().filter(n => n.data('label') === 'Lyon').emit('tap')")
        assert page.locator("#kg-info a").first.get_attribute("href") == ENTITY + "lyon"
    assert png_size(artifact("show-examples.png")) == (1400, 900)


def test_single_article_graph_in_chromium(tmp_path):
    """The picture of one article's graph (the French example about Mistral AI)."""
    ttl, out = tmp_path / "fr-01.ttl", tmp_path / "fr-01.html"
    assert (
        run_cli("build", ARTICLES / "fr-01-mistral-levee.txt", "-o", ttl, "--published", "2025-03-14").returncode == 0
    )
    result = run_cli("show", ttl, "-o", out)
    assert result.returncode == 0, result.stderr
    dom = dump_dom(out)
    assert re.search(r'data-rendered-ms="\d+"', dom)
    assert "Cette page dessine le graphe" in dom  # the <noscript> text, in French
    screenshot(out, artifact("show-fr-01.png"), width=1400, height=900)


def test_static_pictures_around_an_entity(examples_file, tmp_path):
    _needs_matplotlib()
    svg, png = tmp_path / "openai.svg", tmp_path / "openai.png"
    for out in (svg, png):
        result = run_cli("show", examples_file, "-o", out, "--around", "OpenAI", "--depth", "2")
        assert result.returncode == 0, result.stderr
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "OpenAI" in text and "Microsoft" in text and "Voisinage de OpenAI" in text and "a racheté" in text
    width, height = png_size(png)
    assert width > 600 and height > 400
    # the same bytes again: pictures are reproducible
    again = tmp_path / "again.svg"
    assert run_cli("show", examples_file, "-o", again, "--around", "OpenAI", "--depth", "2").returncode == 0
    assert again.read_bytes() == svg.read_bytes()
    # the SVG renders in the browser
    screenshot(svg, artifact("show-openai-svg.png"), width=1200, height=1000)
    artifact("show-openai.png").write_bytes(png.read_bytes())


def test_static_picture_of_the_whole_graph(view, tmp_path):
    _needs_matplotlib()
    out = tmp_path / "all.png"
    write_picture(view, out)
    assert png_size(out)[0] > 1000
    artifact("show-examples-static.png").write_bytes(out.read_bytes())


def test_cli_errors(examples_file, tmp_path):
    bad = run_cli("show", examples_file, "-o", tmp_path / "g.pdf")
    assert bad.returncode == 2 and "use .html, .svg or .png" in bad.stderr
    unknown = run_cli("show", examples_file, "-o", tmp_path / "g.html", "--around", "Zorglub")
    assert unknown.returncode == 2 and "Zorglub" in unknown.stderr and not (tmp_path / "g.html").exists()
    missing = run_cli("show", tmp_path / "none.ttl", "-o", tmp_path / "g.html")
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_two_thousand_entities_in_chromium(tmp_path):
    """bench/render_graph.py's synthetic graph: drawn at once (the bench reports the figure)."""
    spec = importlib.util.spec_from_file_location("render_graph", ROOT / "bench" / "render_graph.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    graph = bench.synthetic_graph(2000)
    view = graph_view(graph)
    assert sum(1 for n in view.nodes.values() if not n.event) == 2000
    out = tmp_path / "big.html"
    start = time.perf_counter()
    write_picture(view, out)
    python_s = time.perf_counter() - start
    with browser(width=1600, height=1000) as context:
        page = context.new_page()
        page.goto(out.as_uri())
        page.wait_for_function("document.body.dataset.renderedMs !== undefined", timeout=60_000)
        ms = float(page.get_attribute("body", "data-rendered-ms"))
        assert page.evaluate("window.knowgraph.cy.nodes().length") == len(view.nodes)
        page.screenshot(path=str(artifact("show-2000.png")))
        # focus on one entity: the few nodes in view get their labels
        name = page.evaluate("window.knowgraph.cy.nodes('.entity').max(n => n.degree()).ele.data('label')")
        page.fill("#kg-q", name)
        page.click("#kg-search button[type=submit]")
        page.wait_for_function("window.knowgraph.cy.nodes('.kg-label').length > 0", timeout=10_000)
        assert name in page.evaluate("window.knowgraph.cy.nodes('.kg-label').map(n => n.data('label'))")
        page.screenshot(path=str(artifact("show-2000-focus.png")))
    print(f"\n2,000 entities: layout and page {python_s:.1f} s in Python, first frame drawn after {ms:.0f} ms")
    assert ms < 15_000  # the target is 5 s on an idle machine (bench/README.md); this only guards regressions


def test_visual_doctests():
    import doctest

    import knowgraph.views.visual

    assert doctest.testmod(knowgraph.views.visual).failed == 0


def test_short_amounts_and_language():
    from decimal import Decimal

    from knowgraph.views.visual import format_amount, short_amount

    assert short_amount("USD", Decimal("13750000000"), lang="en") == "13.75\u00a0bn USD"
    assert short_amount("USD", Decimal("13750000000"), lang="fr") == "13,75\u00a0Md USD"
    assert (
        short_amount("EUR", None, Decimal("20000000"), Decimal("30000000"), lang="fr") == "20\u00a0M\u201330\u00a0M EUR"
    )
    assert format_amount("EUR", Decimal("600000000"), lang="en") == "600,000,000 EUR"
    # a range open on one side: "more than $400 million", "up to €2 billion"
    assert short_amount("USD", None, Decimal("400000000"), None, lang="en") == "\u2265\u00a0400\u00a0M USD"
    assert format_amount("EUR", None, None, Decimal("2000000000"), lang="en") == "\u2264\u00a02,000,000,000 EUR"


# --- hostile graphs: what a graph from someone else can put in the page ------------------------

HOSTILE_NAME = 'Acme <!-- </script> & "Co" \u2028 \u2029 >'
SCRIPT_IRI = "javascript:alert(document.domain)"


def _hostile_graph(tmp_path: Path) -> Path:
    """A Turtle file someone else wrote: a name that opens an HTML comment and closes the script
    element, an entity whose IRI is script, a Wikidata id that is markup."""
    path = tmp_path / "hostile.ttl"
    path.write_text(
        "@prefix ai: <https://w3id.org/knowgraph/ai#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        f"<{ENTITY}acme> a ai:Company ; rdfs:label {json.dumps(HOSTILE_NAME)} ;\n"
        "    owl:sameAs <http://www.wikidata.org/entity/Q1%22%3E%3Cb%3E> ; ai:partnerOf <" + SCRIPT_IRI + "> .\n"
        f'<{SCRIPT_IRI}> a ai:Company ; rdfs:label "Click me" ; owl:sameAs <http://www.wikidata.org/entity/Q95> .\n',
        encoding="utf-8",
    )
    return path


def test_hostile_names_and_iris_stay_data(tmp_path):
    from knowgraph.views.show_page import page_data

    view = graph_view(parse(_hostile_graph(tmp_path)))
    assert {n.label for n in view.nodes.values()} == {HOSTILE_NAME, "Click me"}
    html = render_html(view)
    embedded = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S).group(1)
    # nothing in the data can end the element, open a comment or end a line of script
    assert not re.search("[<>&\u2028\u2029]", embedded)
    data = json.loads(embedded)
    assert data == json.loads(json.dumps(page_data(view)))  # the escapes read back as the same data
    nodes = {n[1]: n for n in data["nodes"]}
    assert nodes[HOSTILE_NAME][10] == 1 and nodes["Click me"][10] == 0  # only http(s) IRIs are linkable
    assert nodes[HOSTILE_NAME][5] == "" and nodes["Click me"][5] == "Q95"  # a Wikidata id is Q and digits


def test_hostile_graph_in_chromium(tmp_path):
    out = tmp_path / "hostile.html"
    result = run_cli("show", _hostile_graph(tmp_path), "-o", out)
    assert result.returncode == 0, result.stderr
    # the script IRI is shown as text, even when the page's data is tampered to call it linkable: the
    # embedded data is edited before the page loads (changing it at run time through cytoscape made
    # Chromium 156.0.8078.114's renderer die of a V8 out-of-memory, so it is not done that way)
    html = out.read_text(encoding="utf-8")
    found = re.search(r'(<script id="kg-data" type="application/json">)(.*?)(</script>)', html, re.S)
    data = json.loads(found.group(2))
    for node in data["nodes"]:
        node[10] = 1
    tampered = json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    out.write_text(html[: found.start(2)] + tampered + html[found.end(2) :], encoding="utf-8")
    with browser(width=1000, height=700) as context:
        page = context.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(out.as_uri())
        page.wait_for_function("document.body.dataset.renderedMs !== undefined", timeout=30_000)
        assert sorted(page.evaluate("window.knowgraph.cy.nodes().map(n => n.data('label'))")) == sorted(
            ["Click me", HOSTILE_NAME]
        )
        assert page.evaluate("window.knowgraph.cy.nodes().map(n => n.data('linkable'))") == [True, True]
        page.evaluate("window.knowgraph.cy.nodes().filter(n => n.data('label') === 'Click me').emit('tap')")
        assert page.locator("#kg-info .kg-iri").first.text_content() == SCRIPT_IRI
        hrefs = page.evaluate("Array.from(document.querySelectorAll('#kg-info a')).map(a => a.href)")
        assert hrefs == ["https://www.wikidata.org/wiki/Q95"]
        page.locator("#kg-info .kg-iri").first.click()
        page.evaluate("window.knowgraph.cy.nodes().filter(n => n.data('label') !== 'Click me').emit('tap')")
        assert page.evaluate("Array.from(document.querySelectorAll('#kg-info a')).map(a => a.href)") == [
            ENTITY + "acme"
        ]
        page.wait_for_timeout(200)
    assert dialogs == []


def test_report_links_only_http_urls(tmp_path):
    """The evidence report: an article's url or --source is a link only when http(s)."""
    import knowgraph
    from knowgraph.views.report import analyse_for_report, render_report

    text = "Nexalia a annoncé un partenariat avec Mistral AI à Paris."
    hostile = analyse_for_report(
        knowgraph.Article(text=text, url="javascript://%0aalert(document.domain)", source="javascript:alert(1)"),
        lang="fr",
    )
    html = render_report([hostile])
    assert not re.search(r'href="\s*javascript', html, re.I)
    assert "javascript://%0aalert(document.domain)" in html  # shown as text
    fine = analyse_for_report(knowgraph.Article(text=text, url="https://example.org/a"), lang="fr")
    assert '<a href="https://example.org/a">' in render_report([fine])
    out = tmp_path / "report.html"
    out.write_text(render_report([hostile]).replace("https://example", "javascript:alert(2)//"), encoding="utf-8")
    dom = dump_dom(out)  # report.js disarms any link it did not expect
    assert 'href="javascript' not in dom and 'data-ready="1"' in dom
