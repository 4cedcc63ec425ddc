"""Benchmark: load a large knowgraph-shaped dataset into the embedded store (on disk).

Usage::

    .venv/bin/python bench/load_1m.py                     # 1,000,000 quads, N-Quads and TriG
    .venv/bin/python bench/load_1m.py --triples 100000 --formats nq

The synthetic dataset follows docs/data-model.md, with the shapes of ``bench/serialize_1m.py``
(entities with labels, French altLabels, owl:sameAs and ai:mentionedIn; direct facts;
statements; evidence with sentences and offsets; investment events with amounts and dates;
articles), but kept as knowgraph writes it: one named graph per article.  It is written with
:mod:`knowgraph.rdf.output` (N-Quads and/or TriG), then each file is loaded by a *fresh Python
process* into a new :class:`knowgraph.stores.embedded.EmbeddedStore` folder, so that the figures are the
load's alone:

* wall and CPU seconds of ``EmbeddedStore(path).load(file)`` then ``close()`` (parse, write the
  quads and the union graph, flush);
* peak memory: the child process's highest resident set size (Linux ``VmHWM``, reset between
  the load and the reload), which includes the Python interpreter, knowgraph's imports and
  RocksDB's buffers;
* the same file loaded a second time into the same store (every named graph replaced), which
  must leave the same number of quads;
* the size of the store folder and the time of a ``COUNT(*)`` query over the union.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import rdflib  # noqa: E402
from rdflib import RDF, RDFS, XSD, Literal, URIRef  # noqa: E402
from serialize_1m import AI, CLASSES, KGA, KGE, OWL, RELATIONS, SCHEMA, SKOS, WD, _h, add_fact  # noqa: E402

from knowgraph.rdf import output  # noqa: E402

# quads added per fact (direct triple, statement, evidence) and per investment event (+ amount)


def synthetic_dataset(n_quads: int) -> rdflib.Dataset:
    """A Dataset of about ``n_quads`` quads shaped like knowgraph's output, one named graph
    per article (the article node, the entities it mentions, its facts, statements, evidence
    and events).  A knowgraph statement or entity seen in several articles is repeated in each
    article's graph, as here."""
    ds = rdflib.Dataset()
    n_entities = max(10, n_quads // 40)
    n_articles = max(2, n_quads // 400)
    entities = [URIRef(f"{KGE}entity-{i}") for i in range(n_entities)]
    articles = [URIRef(f"{KGA}{_h('article', i)}") for i in range(n_articles)]
    graphs = [ds.graph(a) for a in articles]
    adds = [g.add for g in graphs]
    total = 0
    was = gc.isenabled()
    gc.disable()
    try:
        for i, a in enumerate(articles):
            add = adds[i]
            add((a, RDF.type, AI.Article))
            add((a, SCHEMA.inLanguage, Literal("fr" if i % 2 else "en")))
            add((a, SCHEMA.datePublished, Literal(f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", datatype=XSD.date)))
            add((a, SCHEMA.url, URIRef(f"https://example.org/news/{i}")))
            add((a, SCHEMA.name, Literal(f"Article n°{i} : l'IA « générative »")))
            add((a, AI.sourceFile, Literal(f"articles/a{i}.txt")))
            add((a, AI.textLength, Literal(2000 + i % 5000)))
            total += 7
        for i, e in enumerate(entities):
            add = adds[i % n_articles]
            add((e, RDF.type, AI[CLASSES[i % len(CLASSES)]]))
            add((e, RDFS.label, Literal(f"Entité {i}")))
            add((e, SKOS.altLabel, Literal(f'la firme « {i} » d\'"Outre-Atlantique" <{i}>', lang="fr")))
            add((e, AI.mentionedIn, articles[i % n_articles]))
            total += 4
            if i % 3 == 0:
                add((e, OWL.sameAs, URIRef(f"{WD}Q{1000 + i}")))
                total += 1
        i = 0
        while total < n_quads:
            k = i % n_articles
            add, art = adds[k], articles[k]
            s, o = entities[i % n_entities], entities[(i * 7 + 1) % n_entities]
            rel = RELATIONS[i % len(RELATIONS)]
            total += add_fact(add, i, s, rel, o, art, distinct=True)
            i += 1
    finally:
        if was:
            gc.enable()
    return ds


def _maxrss_mb() -> float:
    """Peak resident memory of this process, MB.

    Linux's ``VmHWM`` (this program's own address space) is preferred to ``ru_maxrss``, which
    carries over the peak of the process image replaced by ``exec`` (here a fork of the parent,
    holding the whole rdflib dataset)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _reset_peak() -> bool:
    """Reset the peak (``VmHWM``) to the current resident size (Linux 4.0+)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _folder_size(path: str) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def child(path: str, store_dir: str) -> int:
    """Load ``path`` into a new store at ``store_dir`` (twice) and print the figures as JSON."""
    from knowgraph.stores.embedded import EmbeddedStore

    base = _maxrss_mb()
    figures: dict[str, float] = {"rss_before_mb": base}
    w, c = time.perf_counter(), time.process_time()
    store = EmbeddedStore(store_dir)
    loaded = store.load(path)
    figures.update(load_wall=time.perf_counter() - w, load_cpu=time.process_time() - c, loaded=loaded)
    w = time.perf_counter()
    store.close()
    figures.update(close_wall=time.perf_counter() - w, rss_load_mb=_maxrss_mb())
    figures["store_mb"] = _folder_size(store_dir) / 1e6

    store = EmbeddedStore(store_dir)
    if not _reset_peak():
        figures["rss_reload_mb"] = float("nan")
    w = time.perf_counter()
    figures["quads"] = len(store)
    figures["count_wall"] = time.perf_counter() - w
    w, c = time.perf_counter(), time.process_time()
    store.load(path)
    figures.update(reload_wall=time.perf_counter() - w, reload_cpu=time.process_time() - c)
    figures["quads_after_reload"] = len(store)
    store.close()
    figures["rss_reload_mb"] = _maxrss_mb()
    print(json.dumps(figures))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="dataset size in quads (default 1,000,000)")
    ap.add_argument("--formats", default="nq,trig", help="comma-separated: nq, trig (default both)")
    ap.add_argument("--child", nargs=2, metavar=("FILE", "STORE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(*args.child)

    print(f"building a synthetic dataset of {args.triples:,} quads ...", flush=True)
    w = time.perf_counter()
    ds = synthetic_dataset(args.triples)
    n = sum(len(g) for g in ds.graphs())
    n_graphs = sum(1 for g in ds.graphs() if len(g))
    print(f"  {n:,} quads in {n_graphs:,} named graphs, {time.perf_counter() - w:.1f} s", flush=True)
    cores = os.cpu_count()
    rows = []
    with tempfile.TemporaryDirectory(prefix="knowgraph-load-bench-") as tmp:
        paths = {}
        for fmt in [f.strip().lstrip(".") for f in args.formats.split(",") if f.strip()]:
            path = os.path.join(tmp, f"kg.{fmt}")
            w = time.perf_counter()
            output.write(ds, path)
            print(
                f"  wrote {path} ({os.path.getsize(path) / 1e6:.0f} MB) in {time.perf_counter() - w:.1f} s", flush=True
            )
            paths[fmt] = path
        del ds
        gc.collect()
        for fmt, path in paths.items():
            store_dir = os.path.join(tmp, f"store-{fmt}")
            proc = subprocess.run(
                [sys.executable, __file__, "--child", path, store_dir], capture_output=True, text=True, check=False
            )
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1
            fig = json.loads(proc.stdout.strip().splitlines()[-1])
            assert fig["quads"] == fig["loaded"] == n, (fig, n)
            assert fig["quads_after_reload"] == fig["quads"], fig
            rows.append((fmt, os.path.getsize(path), fig))
            print(f"  loaded {fmt}", flush=True)

    print()
    print(f"embedded store (pyoxigraph, on disk), {n:,} quads in {n_graphs:,} named graphs, {cores} cores")
    header = (
        "format",
        "file MB",
        "load s (wall)",
        "load s (cpu)",
        "peak RSS MB",
        "store MB",
        "reload s (wall)",
        "reload peak RSS MB",
        "quads after reload",
        "COUNT(*) s",
    )
    table = [header]
    for fmt, size, f in rows:
        table.append(
            (
                fmt,
                f"{size / 1e6:.0f}",
                f"{f['load_wall'] + f['close_wall']:.1f}",
                f"{f['load_cpu']:.1f}",
                f"{f['rss_load_mb']:.0f}",
                f"{f['store_mb']:.0f}",
                f"{f['reload_wall']:.1f}",
                f"{f['rss_reload_mb']:.0f}",
                f"{int(f['quads_after_reload']):,}",
                f"{f['count_wall']:.2f}",
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for k, r in enumerate(table):
        print(" | ".join(c.rjust(widths[i]) if i else c.ljust(widths[i]) for i, c in enumerate(r)))
        if k == 0:
            print("-+-".join("-" * w for w in widths))
    base = max(f["rss_before_mb"] for _, _, f in rows)
    print(
        f"peak RSS: the loading process's resident memory at its highest (VmHWM), including "
        f"{base:.0f} MB for Python and knowgraph's imports before loading; load s includes closing the store"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
