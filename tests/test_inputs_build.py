"""Issue 3's inputs, end to end through `knowgraph build`: a saved web page gives the facts of its
plain text and records its publication date; a JSON Lines export mixing French and English builds
in one command, each article in its language, a broken line reported and skipped."""

from __future__ import annotations

import html
import json
from pathlib import Path

import rdflib
from conftest import run_cli
from rdflib import RDF

from knowgraph.rdf.namespace import AI, RELATIONS, SCHEMA

ARTICLE = Path(__file__).parent.parent / "examples" / "articles" / "fr-02-nexalia-rachat.txt"

ENGLISH = (
    "Nvidia has agreed to buy Fennec Systems, a Tel Aviv-based startup, for $700 million, the chipmaker said on "
    "Monday. Fennec was founded in 2020 by Yael Mizrahi, its chief executive."
)
FRENCH = (
    "La start-up Kerlann, basée à Rennes, a levé 4 millions d'euros auprès de Bpifrance. Elle a été fondée par "
    "Yann Le Goff, un ancien ingénieur de Naval Group."
)


def _facts(path: Path) -> set[tuple[str, str, str]]:
    graph = rdflib.Graph().parse(path, format="turtle")
    return {(str(s), str(p), str(o)) for p in RELATIONS for s, o in graph.subject_objects(p)}


def _page(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="2024-03-21T09:30:00+01:00">
<link rel="canonical" href="https://example.org/tech/2024/03/21/nexalia"></head><body>
<nav><a href="/">Accueil</a> <a href="/tech">Tech</a> <a href="/eco">Économie</a> <a href="/abonnement">Abonnez-vous</a></nav>
<div class="ad">Publicité : essayez notre offre à 1 € le premier mois</div>
<article><h1>{html.escape(title)}</h1>
{body}
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="/a">Les startups de l'IA lèvent toujours plus</a></li></ul></aside>
<footer>© 2024 Le Journal de la Tech — Mentions légales — Contact</footer></body></html>"""


def test_a_saved_page_gives_the_facts_of_its_text_and_its_date(tmp_path):
    title, *paragraphs = [p.strip() for p in ARTICLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    page = tmp_path / "nexalia.html"
    page.write_text(_page(title, paragraphs), encoding="utf-8")
    text = tmp_path / "nexalia.txt"
    text.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    for name in ("nexalia.html", "nexalia.txt"):
        result = run_cli("build", str(tmp_path / name), "--lang", "fr", "-o", str(tmp_path / f"{name}.ttl"))
        assert result.returncode == 0, result.stderr
    from_page, from_text = _facts(tmp_path / "nexalia.html.ttl"), _facts(tmp_path / "nexalia.txt.ttl")
    assert from_text and from_page == from_text
    graph = rdflib.Graph().parse(tmp_path / "nexalia.html.ttl", format="turtle")
    [article] = list(graph.subjects(RDF.type, AI.Article))
    assert str(graph.value(article, SCHEMA.datePublished)) == "2024-03-21"
    assert str(graph.value(article, SCHEMA.url)) == "https://example.org/tech/2024/03/21/nexalia"


def test_a_json_lines_export_in_two_languages_builds_in_one_command(tmp_path):
    lines = [
        json.dumps({"text": FRENCH, "published": "2025-02-03", "url": "https://example.org/fr/kerlann"}),
        json.dumps({"text": ENGLISH, "published": "2025-02-04", "url": "https://example.org/en/fennec"}),
        '{"text": "this line is broken", ',
        json.dumps({"text": "Mistral AI, basée à Paris, a été fondée par Arthur Mensch.", "title": "Mistral AI"}),
    ]
    export = tmp_path / "batch.jsonl"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "batch.ttl"
    result = run_cli("build", str(export), "-o", str(out))
    assert result.returncode == 1  # something was skipped, the rest was built
    problems = [line for line in result.stderr.splitlines() if line.startswith("knowgraph: skipped")]
    assert len(problems) == 1 and "batch.jsonl:3" in problems[0]
    assert "Traceback" not in result.stderr
    graph = rdflib.Graph().parse(out, format="turtle")
    languages = sorted(str(graph.value(a, SCHEMA.inLanguage)) for a in graph.subjects(RDF.type, AI.Article))
    assert languages == ["en", "fr", "fr"]
    facts = _facts(out)
    kge = "https://w3id.org/knowgraph/entity/"
    assert (f"{kge}nvidia", str(AI.acquired), f"{kge}fennec-systems") in facts
    assert (f"{kge}kerlann", str(AI.locatedIn), f"{kge}rennes") in facts
    assert (f"{kge}mistral-ai", str(AI.foundedBy), f"{kge}arthur-mensch") in facts
