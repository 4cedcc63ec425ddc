"""Benchmark: how long headless Chromium takes to draw a knowgraph graph page of 2,000 entities.

Usage::

    .venv/bin/python bench/render_graph.py                       # 2,000 entities, 5 page loads
    .venv/bin/python bench/render_graph.py --entities 5000 --runs 3 --out bench/results/render

Needs Debian's ``chromium`` (``apt-get install chromium``) and Playwright (``pip install playwright``,
part of the dev extra; no browser download: it drives /usr/bin/chromium).

The script builds a synthetic graph in knowgraph's vocabulary (docs/data-model.md): organizations,
people, AI models, products, places and projects linked by the 13 relations with their domains and
ranges, one statement per fact, Investment/Acquisition/Partnership events with amounts and dates,
and articles; the degrees follow preferential attachment, as in news (a few companies named
everywhere). It writes it as Turtle, runs ``knowgraph show graph.ttl -o graph.html`` (timed: read,
layout, write), then opens the page ``--runs`` times in headless Chromium, each time in a new
page, and reads ``<body data-rendered-ms>``: the page sets it when Cytoscape.js has drawn its
first frame, as milliseconds since the navigation started (HTML and script parsing, building the
graph, drawing). The median and the worst run are reported, with a screenshot of the last run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef  # noqa: E402

from knowgraph.rdf.namespace import AI, KGA, KGE, KGM, KGS, KGX, SCHEMA  # noqa: E402

CHROMIUM = os.environ.get("KNOWGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

SHARES = (
    ("Organization", 0.40),
    ("Person", 0.25),
    ("AIModel", 0.12),
    ("Product", 0.12),
    ("Place", 0.06),
    ("Project", 0.05),
)
SYLLABLES = ("no", "va", "lex", "ia", "tra", "mis", "ker", "lu", "men", "dex", "or", "ion", "vi", "sor", "ta", "gen")


def _name(rng: random.Random, cls: str, i: int) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    suffix = {
        "Organization": rng.choice(["", " AI", " Labs", " Capital", " Systems"]),
        "Person": " " + "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize(),
        "AIModel": f"-{rng.randint(1, 9)}",
        "Product": rng.choice([" Chat", " Studio", " Cloud", " Pilot"]),
        "Place": "",
        "Project": " Initiative",
    }[cls]
    return f"{word}{suffix} {i}"


def synthetic_graph(entities: int = 2000, seed: int = 1) -> Graph:
    """A knowgraph-shaped graph of ``entities`` entities (merged view, as Turtle output holds it)."""
    rng = random.Random(seed)
    g = Graph()
    g.bind("ai", str(AI._NS))
    by_class: dict[str, list[URIRef]] = {}
    count = 0
    for cls, share in SHARES:
        n = max(1, round(entities * share)) if cls != SHARES[-1][0] else entities - count
        nodes = []
        for _ in range(n):
            node = KGE[f"e{count}"]
            g.add((node, RDF.type, AI[cls]))
            g.add((node, RDFS.label, Literal(_name(rng, cls, count))))
            nodes.append(node)
            count += 1
        by_class[cls] = nodes
    articles = [KGA[f"a{i}"] for i in range(max(1, entities // 10))]
    for article in articles:
        g.add((article, RDF.type, AI.Article))
        g.add((article, SCHEMA.inLanguage, Literal("en")))
    weight: dict[URIRef, int] = {}

    def pick(cls: str) -> URIRef:  # preferential attachment: popular entities get more links
        nodes = by_class[cls]
        if rng.random() < 0.5:
            return rng.choice(nodes)
        pool = rng.sample(nodes, min(len(nodes), 20))
        return max(pool, key=lambda n: (weight.get(n, 0), str(n)))

    def fact(s: URIRef, relation: str, o: URIRef) -> None:
        if s == o:
            return
        g.add((s, AI[relation], o))
        st = KGS[f"{abs(hash((s, relation, o))) % 10**12}"]
        g.add((st, RDF.type, AI.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, AI[relation]))
        g.add((st, RDF.object, o))
        g.add((st, AI.status, AI.Asserted))
        g.add((st, AI.confidence, Literal(f"{rng.uniform(0.6, 0.95):.2f}", datatype=XSD.decimal)))
        for x in (s, o):
            weight[x] = weight.get(x, 0) + 1

    for person in by_class["Person"]:
        fact(person, rng.choice(["ceoOf", "worksFor", "worksFor"]), pick("Organization"))
        if rng.random() < 0.3:
            fact(pick("Organization"), "foundedBy", person)
    for model in by_class["AIModel"]:
        fact(model, "developedBy", pick("Organization"))
    for product in by_class["Product"]:
        fact(product, "developedBy", pick("Organization"))
        if rng.random() < 0.5:
            fact(product, "usesModel", pick("AIModel"))
    for org in by_class["Organization"]:
        fact(org, "locatedIn", pick("Place"))
        for relation, p in (
            ("investedIn", 0.5),
            ("partnerOf", 0.3),
            ("competitorOf", 0.3),
            ("acquired", 0.1),
            ("providesComputeTo", 0.1),
            ("subsidiaryOf", 0.05),
            ("participatesIn", 0.15),
        ):
            if rng.random() < p:
                fact(org, relation, pick("Project" if relation == "participatesIn" else "Organization"))
    n_events = max(1, entities // 8)
    for i in range(n_events):
        kind = rng.choice(["Investment", "Investment", "Acquisition", "Partnership"])
        event = KGX[f"x{i}"]
        g.add((event, RDF.type, AI[kind]))
        a, b = pick("Organization"), pick("Organization")
        roles = {
            "Investment": ("investor", "investee"),
            "Acquisition": ("acquirer", "acquiree"),
            "Partnership": ("partner", "partner"),
        }[kind]
        g.add((event, AI[roles[0]], a))
        g.add((event, AI[roles[1]], b))
        if kind != "Partnership":
            amount = KGM[f"m{i}"]
            g.add((event, AI.amount, amount))
            g.add((amount, RDF.type, SCHEMA.MonetaryAmount))
            g.add((amount, SCHEMA.value, Literal(str(rng.randint(1, 900) * 10**6), datatype=XSD.decimal)))
            g.add((amount, SCHEMA.currency, Literal(rng.choice(["EUR", "USD"]))))
        g.add((event, AI.date, Literal(f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}", datatype=XSD.gYearMonth)))
    return g


def measure(html: Path, runs: int, screenshot: Path | None, width: int = 1600, height: int = 1000) -> list[dict]:
    """Open the page ``runs`` times in headless Chromium; the page's own timing of its first frame."""
    from playwright.sync_api import sync_playwright

    out = []
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS[1:],
            viewport={"width": width, "height": height},
        )
        for run in range(runs):
            page = browser.new_page()
            start = time.perf_counter()
            page.goto(html.resolve().as_uri())
            page.wait_for_function("document.body.dataset.renderedMs !== undefined", timeout=120_000)
            wall = time.perf_counter() - start
            out.append(
                {
                    "rendered_ms": float(page.evaluate("document.body.dataset.renderedMs")),
                    "wall_s": wall,
                    "nodes": page.evaluate("window.knowgraph.cy.nodes().length"),
                    "edges": page.evaluate("window.knowgraph.cy.edges().length"),
                }
            )
            if screenshot is not None and run == runs - 1:
                page.wait_for_timeout(300)
                page.screenshot(path=str(screenshot))
            page.close()
        browser.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entities", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--out", default=None, help="folder for graph.ttl, graph.html and the screenshot (default: a temporary one)"
    )
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"no Chromium at {CHROMIUM}: apt-get install chromium (or set KNOWGRAPH_CHROMIUM)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.out) if args.out else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        ttl, html = folder / "graph.ttl", folder / "graph.html"
        graph = synthetic_graph(args.entities)
        from knowgraph.rdf.output import write

        write(graph, ttl)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "knowgraph.cli", "show", str(ttl), "-o", str(html)], check=True)
        show_s = time.perf_counter() - start
        loadavg = os.getloadavg()
        results = measure(html, args.runs, folder / "graph.png" if args.out else None)
        version = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
        ms = [r["rendered_ms"] for r in results]
        load = ", ".join(f"{x:.1f}" for x in loadavg)
        print(f"{version}; {os.cpu_count()} cores; load average before the page loads: {load}")
        print(
            f"graph: {args.entities} entities, {results[0]['nodes']} nodes (entities + events), "
            f"{results[0]['edges']} edges, {len(graph)} triples; page {html.stat().st_size / 1e6:.2f} MB"
        )
        print(f"knowgraph show (read Turtle, layout, write HTML, process start included): {show_s:.1f} s")
        print("| runs | first frame drawn, median | worst | page load to drawn (wall, median) |")
        print("|---|---|---|---|")
        print(
            f"| {len(ms)} | {statistics.median(ms):,.0f} ms | {max(ms):,.0f} ms | "
            f"{statistics.median(r['wall_s'] for r in results):.2f} s |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
