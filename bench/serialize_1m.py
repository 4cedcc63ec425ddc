"""Benchmark: write + read a large knowgraph-shaped graph as Turtle, knowgraph.rdf.output vs rdflib.

Usage::

    .venv/bin/python bench/serialize_1m.py                    # 1,000,000 triples
    .venv/bin/python bench/serialize_1m.py --triples 100000
    .venv/bin/python bench/serialize_1m.py --rdflib-triples 200000   # rdflib on a subset, extrapolated

The synthetic graph follows docs/data-model.md: entities (type, label, French altLabels with
quotes and apostrophes, owl:sameAs, ai:mentionedIn), direct facts, statements, evidence with
sentences and offsets, investment events with monetary amounts and dates, and articles.

Reading is measured three ways on each side: into a graph one can query (``output.parse``, an
rdflib Dataset; ``output.read_store``, an in-memory Oxigraph store; rdflib's ``Graph.parse``), and
the parser alone, keeping nothing (``output.check_syntax``, pyoxigraph's streaming parser;
rdflib's Turtle parser feeding a store that drops every triple), which separates the cost of
parsing from that of indexing.

Both sides write to and read from a real file.  Seconds are wall-clock and CPU (process) time;
the ratio uses CPU time, which is less sensitive to other load on the machine.  knowgraph's side
is run ``--repeat`` times and the best run is kept (the first run of a process also pays for
fresh memory pages, which the rdflib run that follows reuses); rdflib's side runs once.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import rdflib  # noqa: E402
import rdflib.store  # noqa: E402
from rdflib import RDF, RDFS, XSD, Literal, URIRef  # noqa: E402

from knowgraph.rdf import output  # noqa: E402

AI = rdflib.Namespace(output.PREFIXES["ai"])
KGE = output.PREFIXES["kge"]
KGA = output.PREFIXES["kga"]
KGS = output.PREFIXES["kgs"]
KGV = output.PREFIXES["kgv"]
KGX = output.PREFIXES["kgx"]
KGM = output.PREFIXES["kgm"]
SCHEMA = rdflib.Namespace(output.PREFIXES["schema"])
SKOS = rdflib.Namespace(output.PREFIXES["skos"])
OWL = rdflib.Namespace(output.PREFIXES["owl"])
WD = output.PREFIXES["wd"]
RELATIONS = ["investedIn", "partnerOf", "acquired", "competitorOf", "usesModel", "developedBy"]
CLASSES = ["Organization", "Company", "Person", "AIModel", "Product", "Place"]


def _h(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def add_fact(add, i: int, s: URIRef, rel: str, o: URIRef, art: URIRef, *, distinct: bool = False) -> int:  # type: ignore[no-untyped-def]
    """Emit fact number ``i`` the way knowgraph does: the direct triple, its statement, its
    evidence and, for investments, the event with its amount. ``distinct`` makes every fact a
    new one (a new object and statement per ``i``). Returns the number of triples added."""
    obj = URIRef(f"{o}-{i}") if distinct else o
    st = URIRef(f"{KGS}{_h(s, rel, o, i)}") if distinct else URIRef(f"{KGS}{_h(s, rel, o)}")
    ev = URIRef(f"{KGV}{_h(art, i, rel)}")
    add((s, AI[rel], obj))
    add((st, RDF.type, AI.Statement))
    add((st, RDF.subject, s))
    add((st, RDF.predicate, AI[rel]))
    add((st, RDF.object, obj))
    add((st, AI.status, AI.Asserted))
    add((st, AI.confidence, Literal(f"0.{50 + i % 50}", datatype=XSD.decimal)))
    add((st, AI.supportCount, Literal(1 + i % 3)))
    add((st, AI.evidence, ev))
    add((ev, RDF.type, AI.Evidence))
    add((ev, AI.article, art))
    add((ev, AI.sentence, Literal(f"L'entreprise {i} a investi 11,25 milliards de dollars dans « {i + 1} ».")))
    add((ev, AI.startOffset, Literal(i % 9000)))
    add((ev, AI.endOffset, Literal(i % 9000 + 60)))
    add((ev, AI.confidence, Literal("0.85", datatype=XSD.decimal)))
    add((ev, AI.rule, Literal(f"fr/{rel}/verb")))
    if rel != "investedIn":
        return 16
    x = URIRef(f"{KGX}{_h('event', i)}")
    m = URIRef(f"{KGM}{_h('amount', i)}")
    add((x, RDF.type, AI.Investment))
    add((x, AI.investor, s))
    add((x, AI.investee, o))
    add((x, AI.amount, m))
    add((x, AI.date, Literal(f"{2015 + i % 10}-{1 + i % 12:02d}", datatype=XSD.gYearMonth)))
    add((x, AI.evidence, ev))
    add((m, RDF.type, SCHEMA.MonetaryAmount))
    add((m, SCHEMA.value, Literal(str(13750000000 + i), datatype=XSD.decimal)))
    add((m, SCHEMA.currency, Literal("USD")))
    return 25


def synthetic_graph(n_triples: int) -> rdflib.Graph:
    """A graph of about ``n_triples`` triples shaped like knowgraph's output."""
    g = rdflib.Graph()
    add = g.add
    n_entities = max(10, n_triples // 40)
    n_articles = max(2, n_triples // 400)
    entities = [URIRef(f"{KGE}entity-{i}") for i in range(n_entities)]
    articles = [URIRef(f"{KGA}{_h('article', i)}") for i in range(n_articles)]
    was = gc.isenabled()
    gc.disable()
    try:
        for i, a in enumerate(articles):
            add((a, RDF.type, AI.Article))
            add((a, SCHEMA.inLanguage, Literal("fr" if i % 2 else "en")))
            add((a, SCHEMA.datePublished, Literal(f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", datatype=XSD.date)))
            add((a, SCHEMA.url, URIRef(f"https://example.org/news/{i}")))
            add((a, SCHEMA.name, Literal(f"Article n°{i} : l'IA « générative »")))
            add((a, AI.sourceFile, Literal(f"articles/a{i}.txt")))
            add((a, AI.textLength, Literal(2000 + i % 5000)))
        for i, e in enumerate(entities):
            add((e, RDF.type, AI[CLASSES[i % len(CLASSES)]]))
            add((e, RDFS.label, Literal(f"Entité {i}")))
            add((e, SKOS.altLabel, Literal(f'la firme « {i} » d\'"Outre-Atlantique" <{i}>', lang="fr")))
            if i % 3 == 0:
                add((e, OWL.sameAs, URIRef(f"{WD}Q{1000 + i}")))
            add((e, AI.mentionedIn, articles[i % n_articles]))
        i = 0
        while len(g) < n_triples:
            s, o = entities[i % n_entities], entities[(i * 7 + 1) % n_entities]
            rel = RELATIONS[i % len(RELATIONS)]
            art = articles[i % n_articles]
            add_fact(add, i, s, rel, o, art)
            i += 1
    finally:
        if was:
            gc.enable()
    return g


def _timed(fn):  # type: ignore[no-untyped-def]
    w, c = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - w, time.process_time() - c


class _Discard(rdflib.store.Store):
    """An rdflib store that counts the triples it is given and keeps none: rdflib's parser alone."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def add(self, triple, context, quoted=False) -> None:  # type: ignore[no-untyped-def]
        self.count += 1

    def bind(self, prefix, namespace, override=True) -> None:  # type: ignore[no-untyped-def]
        pass


def _rdflib_parser_alone(path: str) -> int:
    sink = rdflib.Graph(store=_Discard())
    sink.parse(path, format="turtle")
    return sink.store.count


def _subset(g: rdflib.Graph, n: int) -> rdflib.Graph:
    if n >= len(g):
        return g
    sub = rdflib.Graph()
    for k, t in enumerate(sorted(g, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))):
        if k >= n:
            break
        sub.add(t)
    return sub


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="graph size (default 1,000,000)")
    ap.add_argument(
        "--rdflib-triples",
        type=int,
        default=None,
        help="run rdflib on only this many triples and extrapolate linearly (default: the whole graph); 0 skips rdflib",
    )
    ap.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="knowgraph.rdf.output runs; the best is reported (default 3: the first run of a "
        "process also pays for fresh memory pages, which rdflib, run afterwards, reuses)",
    )
    args = ap.parse_args(argv)

    print(f"building a synthetic graph of {args.triples:,} triples ...", flush=True)
    g, w, _ = _timed(lambda: synthetic_graph(args.triples))
    n = len(g)
    print(f"  {n:,} triples in {w:.1f} s")

    with tempfile.TemporaryDirectory() as tmp:
        ours = os.path.join(tmp, "ours.ttl")
        runs = []
        for _ in range(max(1, args.repeat)):
            _, w, c = _timed(lambda: output.write(g, ours))
            runs.append((c, w))
        ow_c, ow_w = min(runs)
        size = os.path.getsize(ours)
        reads = []
        for _ in range(max(1, args.repeat)):
            ds, w, c = _timed(lambda: output.parse(ours))
            assert len(ds) == n, (len(ds), n)
            del ds
            reads.append((c, w))
        or_c, or_w = min(reads)
        fast = []
        for _ in range(max(1, args.repeat)):
            dsx, w, c = _timed(lambda: output.read_store(ours))
            assert len(dsx) == n, (len(dsx), n)
            del dsx
            fast.append((c, w))
        ox_c, ox_w = min(fast)
        scans = []
        for _ in range(max(1, args.repeat)):
            count, w, c = _timed(lambda: output.check_syntax(ours))
            assert count == n, (count, n)
            scans.append((c, w))
        op_c, op_w = min(scans)
        cold = f"   first run {runs[0][0]:.2f} s cpu" if len(runs) > 1 else ""
        print(f"knowgraph.rdf.output  write {ow_w:7.2f} s wall {ow_c:7.2f} s cpu   ({size / 1e6:.1f} MB){cold}")
        cold = f"   first run {reads[0][0]:.2f} s cpu" if len(reads) > 1 else ""
        print(f"knowgraph.rdf.output  read  {or_w:7.2f} s wall {or_c:7.2f} s cpu{cold}   (parse: an rdflib Dataset)")
        print(
            f"knowgraph.rdf.output  read  {ox_w:7.2f} s wall {ox_c:7.2f} s cpu   (read_store: an in-memory pyoxigraph Store)"
        )
        print(
            f"knowgraph.rdf.output  parse {op_w:7.2f} s wall {op_c:7.2f} s cpu   (check_syntax: the parser alone, nothing kept)"
        )

        m = n if args.rdflib_triples is None else min(args.rdflib_triples, n)
        if m <= 0:
            print("rdflib            skipped (--rdflib-triples 0)")
            return 0
        sub = _subset(g, m)
        scale = n / len(sub)
        theirs = os.path.join(tmp, "rdflib.ttl")
        _, rw_w, rw_c = _timed(lambda: sub.serialize(destination=theirs, format="turtle", encoding="utf-8"))
        g2, rr_w, rr_c = _timed(lambda: rdflib.Graph().parse(theirs, format="turtle"))
        assert len(g2) == len(sub)
        del g2
        gc.collect()
        count, rp_w, rp_c = _timed(lambda: _rdflib_parser_alone(theirs))
        assert count == len(sub), (count, len(sub))
        note = f"  (measured on {len(sub):,} triples, x{scale:.2f} extrapolated)" if scale != 1 else ""
        rw_w, rw_c, rr_w, rr_c, rp_w, rp_c = (x * scale for x in (rw_w, rw_c, rr_w, rr_c, rp_w, rp_c))
        print(f"rdflib            write {rw_w:7.2f} s wall {rw_c:7.2f} s cpu{note}")
        print(f"rdflib            read  {rr_w:7.2f} s wall {rr_c:7.2f} s cpu{note}")
        print(
            f"rdflib            parse {rp_w:7.2f} s wall {rp_c:7.2f} s cpu{note}   (its Turtle parser alone, nothing kept)"
        )
        print(f"speed-up (cpu)    parser alone x{rp_c / op_c:.1f}")
        print(
            f"speed-up (cpu)    read_store x{rr_c / ox_c:.1f}   write+read_store x{(rw_c + rr_c) / (ow_c + ox_c):.1f}"
        )
        print(
            f"speed-up (cpu)    write x{rw_c / ow_c:.1f}   read x{rr_c / or_c:.1f}   "
            f"write+read x{(rw_c + rr_c) / (ow_c + or_c):.1f}"
        )
        print(
            f"speed-up (wall)   write x{rw_w / ow_w:.1f}   read x{rr_w / or_w:.1f}   "
            f"write+read x{(rw_w + rr_w) / (ow_w + or_w):.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
