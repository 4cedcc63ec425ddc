"""Building one graph from a news archive: streaming, on several cores, resumable.

:func:`build_archive` is what ``knowgraph build`` runs. Articles stream from the inputs to
worker processes (each loads its spaCy pipelines once and analyses articles in batches with
``nlp.pipe``), each article's graph is checked against the shapes on its own and spooled to disk
(:class:`knowgraph.archive.stream.Spool`), and the cross-article view is accumulated
(:class:`knowgraph.rdf.graph.MergedView`): names and class votes per entity in memory, one record per
statement and event in sorted runs on disk (:class:`knowgraph.archive.runs.SortedRuns`). At the end the
view is checked once (one label and one class per entity, conflicting CEOs...), in chunks of
asserted triples, and the output is merged from the spool. Memory holds buffers of bounded size
and the entities (which grow with distinct entities, not with articles or facts); the output is
byte-identical to what :meth:`knowgraph.KnowledgeGraph.write` gives for the same
articles built in memory, whatever the number of workers.

>>> from knowgraph.archive.batch import build_archive
>>> summary = build_archive(["articles/", "export.jsonl"], "kg.nq", workers=2)   # doctest: +SKIP
>>> summary.built, summary.failed, summary.facts                                   # doctest: +SKIP
(9998, 2, 181412)

A build that stops (a crash, Ctrl-C) keeps its work in a folder beside the output
(``.kg.nq.knowgraph-partial``); ``resume=True`` (``--resume``) goes on from there, and skips the
articles that the output already holds.

The build is shared by four modules, whose public names are all importable from here:
:mod:`knowgraph.archive.worker` (the work of one process: analyse, build and check articles),
:mod:`knowgraph.archive.partial` (the partial build, its checkpoints, what ``--resume`` reads back),
:mod:`knowgraph.archive.view_check` (the merged view checked against the shapes once per build) and
this one, which streams the articles through the workers and writes the output.
"""

from __future__ import annotations

import datetime
import multiprocessing
import os
import shutil
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from knowgraph.archive.partial import _FORMAT_VERSION, _checkpoint, _load_state, article_iris_in, partial_folder
from knowgraph.archive.view_check import MERGED_VIEW_SHAPES, _chunks, merged_view_shapes, validate_merged_view
from knowgraph.archive.worker import ArticleOutcome, _chunked, _init_process, _run_in_process, _Worker
from knowgraph.errors import KnowgraphError
from knowgraph.rdf.graph import MergedView, article_iri
from knowgraph.rdf.namespace import KGE

__all__ = [
    "MERGED_VIEW_SHAPES",
    "ArticleOutcome",
    "BatchSummary",
    "BuildFailed",
    "WorkerDied",
    "article_iris_in",
    "build_archive",
    "build_article_graphs",
    "finish",
    "merged_view_shapes",
    "partial_folder",
    "validate_merged_view",
]

#: Articles sent to a worker at a time (one ``nlp.pipe`` batch).
CHUNK = 8
#: Spooled articles between two checkpoints of the partial build.
CHECKPOINT = 200


class BuildFailed(KnowgraphError):
    """Nothing could be written (no article built, or the merged graph violates the shapes)."""


class WorkerDied(KnowgraphError):
    """A worker process stopped (killed, out of memory): the build stops and keeps its work for ``--resume``."""


def _init_worker(*options) -> None:
    # Ctrl-C reaches every process of the terminal's process group: only the parent handles it
    # (it stops the workers), so that a worker prints no "Process SpawnPoolWorker-1:" traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_process(*options)


def _submit(pool: ProcessPoolExecutor, part: list) -> Future:
    """``pool.submit`` of a chunk; a worker process it starts ignores Ctrl-C from its first instruction.

    Ctrl-C is blocked, not ignored, while the pool may start a process: a blocked signal stays
    blocked across exec, which covers the seconds a new worker spends importing spaCy before its
    initializer ignores it; and a Ctrl-C that arrives meanwhile waits in the parent until the
    submit is done instead of being lost (an ignored one was: the build then ran to its end).
    """
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        return pool.submit(_run_in_process, part)
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.submit(_run_in_process, part)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@dataclass
class BatchSummary:
    """The figures of a build."""

    built: int = 0
    """Articles analysed and written in this run."""
    kept: int = 0
    """Articles already in the output or the ``into`` graph, kept as they were."""
    failed: int = 0
    """Inputs that could not be read or built (reported in ``problems``)."""
    facts: int = 0
    """Asserted facts of the articles built in this run."""
    quads: int = 0
    """Quads spooled for the articles built in this run."""
    written: int = 0
    """Distinct triples (Turtle, N-Triples) or quads (TriG, N-Quads) in the output."""
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def build_article_graphs(
    items: Iterable[tuple[int, str, object]],
    *,
    workers: int = 1,
    lang: str = "auto",
    published: datetime.date | None = None,
    gazetteer_files: Sequence[str] = (),
    model: str | None = None,
    validate: bool = True,
    chunk: int | None = None,
) -> Iterator[ArticleOutcome]:
    """Analyse ``(index, name, article)`` items and yield their :class:`ArticleOutcome`, in order.

    ``workers`` > 1 runs that many processes (each loads the pipelines once); the outcomes come
    back in input order, so the result does not depend on the number of workers.
    """
    options = (lang, published, tuple(gazetteer_files), model, validate)
    chunks = _chunked(items, chunk or CHUNK)
    if workers <= 1:
        worker = _Worker(*options)
        for part in chunks:
            yield from worker.run(part)
        return
    context = multiprocessing.get_context("spawn")
    # concurrent.futures rather than multiprocessing.Pool: a Pool waits forever for the chunk of a
    # worker killed with -9; an executor says its pool is broken.
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=options)
    pending: deque[Future] = deque()
    try:
        for part in chunks:
            pending.append(_submit(pool, part))
            if len(pending) > 2 * workers:  # a bounded look-ahead: the archive streams
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        raise WorkerDied(
            "a worker process stopped (killed, or out of memory); run the same command with --resume to go on"
        ) from None
    finally:
        if pending:  # stopped early (Ctrl-C, an error, the consumer): the workers' chunks are not wanted
            for process in list((getattr(pool, "_processes", None) or {}).values()):  # no public way to stop them
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _existing_graphs(path: str | os.PathLike) -> Iterator[tuple[str, Graph]]:
    """The named graphs of a TriG / N-Quads / JSON-LD file written by knowgraph, one at a time."""
    from knowgraph.rdf.output import format_for_path, parse

    fmt = format_for_path(path)
    if fmt == "json-ld":
        ds = parse(path)
        for graph in ds.graphs():
            if graph.identifier != ds.default_graph.identifier:
                yield str(graph.identifier), graph
        return
    import pyoxigraph as ox

    from knowgraph.rdf.output import _ToRdflib, oxigraph_format

    to_rdflib = _ToRdflib()
    current, graph = None, None
    seen: set[str] = set()
    for quad in ox.parse(path=str(path), format=oxigraph_format(fmt)):
        if isinstance(quad.graph_name, ox.DefaultGraph):
            continue  # the merged view: derived again from the named graphs
        name = quad.graph_name.value
        if name != current:
            if graph is not None:
                yield current, graph
            if name in seen:
                raise BuildFailed(f"{path}: the quads of graph <{name}> are not together; knowgraph cannot add to it")
            seen.add(name)
            current, graph = name, Graph(identifier=URIRef(name))
        graph.add((to_rdflib.term(quad.subject), to_rdflib.term(quad.predicate), to_rdflib.term(quad.object)))
    if graph is not None:
        yield current, graph


def _nquads_of(name: str, graph: Graph) -> bytes:
    from knowgraph.rdf.output import serialize

    return serialize({URIRef(name): graph}, "nquads")


def build_archive(
    inputs: Sequence[str],
    output: str | os.PathLike,
    *,
    workers: int = 1,
    lang: str = "auto",
    published: datetime.date | None = None,
    source: str | None = None,
    gazetteer_files: Sequence[str] = (),
    model: str | None = None,
    validate: bool = True,
    into: str | os.PathLike | None = None,
    resume: bool = False,
    stdin=None,
    progress: bool | None = None,
    on_problem: Callable[[str], None] | None = None,
) -> BatchSummary:
    """Build the graph of ``inputs`` (files, folders, ``-``) into ``output``, streaming.

    * ``into``: a TriG / N-Quads / JSON-LD graph to add the articles to (an article already in it
      is analysed again and replaced);
    * ``resume``: go on with the partial build of ``output`` left by a run that stopped, and keep
      the articles ``output`` already holds instead of analysing them again;
    * ``workers``: processes analysing articles (each loads the spaCy pipelines once);
    * ``progress``: a progress bar on standard error (default: when it is a terminal).

    Unreadable or failing articles are counted in ``summary.failed``, their reasons in
    ``summary.problems`` (and passed to ``on_problem`` as they happen); the others are built.
    Raises :class:`BuildFailed` when nothing was built or the merged graph violates the shapes;
    then nothing is written.
    """
    from knowgraph.archive.stream import Spool
    from knowgraph.inputs import InputProblem, read_inputs
    from knowgraph.rdf.output import format_for_path

    started = time.perf_counter()
    fmt = format_for_path(output)
    summary = BatchSummary()
    report = on_problem or (lambda problem: None)

    pending: list[str] = []  # problems are reported once an article is built; before, they may be the error

    def problem(text: str) -> None:
        bar.update(1)
        summary.failed += 1
        summary.problems.append(text)
        if summary.built or done:
            report(text)
        else:
            pending.append(text)

    partial = partial_folder(output)
    state = _load_state(partial, fmt, gazetteer_files) if resume else None
    if state is None:
        shutil.rmtree(partial, ignore_errors=True)
        state = {
            "version": _FORMAT_VERSION,
            "format": fmt,
            "gazetteer": list(map(str, gazetteer_files)),
            "done": {},
            "view": MergedView(folder=partial),
            "runs": 0,
        }
    else:
        for stale in partial.glob("run-*.txt"):  # runs written after the last checkpoint
            if int(stale.stem.split("-")[1]) >= state["runs"]:
                stale.unlink()
        needed = {path.name for path in state["view"].run_files()}
        for stale in [*partial.glob("view-*.pkl"), *partial.glob("view-*.tmp")]:
            if stale.name not in needed:  # written after the last checkpoint, or compacted since
                stale.unlink()
    partial.mkdir(parents=True, exist_ok=True)
    spool = Spool(fmt, folder=partial)
    view: MergedView = state["view"]
    done: dict[str, int] = state["done"]  # article IRI -> facts; bounded by the articles, a few bytes each

    kept_sources: list[Path] = []
    if into is not None and Path(into).exists():
        kept_sources.append(Path(into))
    if resume and Path(output).exists() and Path(output).resolve() != (Path(into).resolve() if into else None):
        kept_sources.append(Path(output))
    already: set[str] = set()
    for path in kept_sources:
        if format_for_path(path) in ("turtle", "ntriples"):
            raise BuildFailed(
                f"--resume: {output} merges its articles (Turtle/N-Triples) and cannot be added to; "
                "write .trig or .nq to build an archive in steps"
            )
        already |= article_iris_in(path) if resume else set()

    seen: set[str] = set(done)

    def items() -> Iterator[tuple[int, str, object]]:
        for index, item in enumerate(read_inputs(inputs, stdin=stdin)):
            if isinstance(item, InputProblem):
                problem(str(item))
                continue
            item.published = item.published or published
            if source:
                item.source = source
            iri = article_iri(item.text, item.source) if item.text else None
            if source and index > 0:
                raise BuildFailed("--source names one article: give a single input")
            if iri is not None and (iri in seen or iri in already):
                bar.update(1)  # built before, or the same text twice
                continue
            if iri is not None:
                seen.add(iri)
            yield index, item.path or "<stdin>", item

    total = _count_inputs(inputs) if progress is not False else None
    bar = _progress_bar(total, progress)
    since_checkpoint = 0
    try:
        for outcome in build_article_graphs(
            items(),
            workers=workers,
            lang=lang,
            published=published,
            gazetteer_files=gazetteer_files,
            model=model,
            validate=validate,
        ):
            if outcome.problem is not None:
                problem(f"{outcome.name}: {outcome.problem}")
                continue
            bar.update(1)
            for text in pending:
                report(text)
            pending.clear()
            summary.quads += spool.add_nquads(outcome.nquads)
            view.update(outcome.view)
            done[outcome.iri] = outcome.facts
            summary.built += 1
            summary.facts += outcome.facts
            since_checkpoint += 1
            if since_checkpoint >= CHECKPOINT:
                _checkpoint(spool, state, partial)
                since_checkpoint = 0
        bar.close()
        _checkpoint(spool, state, partial)

        for path in kept_sources:
            for name, graph in _existing_graphs(path):
                if name in done:
                    continue  # analysed again in this run: replaced
                spool.add_nquads(_nquads_of(name, graph))
                view.add_graph(graph)
                done[name] = 0
                summary.kept += 1
        if not done:
            raise BuildFailed(
                summary.problems[0]
                if len(summary.problems) == 1
                else f"no article could be read ({'; '.join(summary.problems)})"
            )
        for text in pending:  # every article was kept from an earlier build
            report(text)
        summary.written = finish(spool, view, output, gazetteer_files=gazetteer_files, validate=validate)
    except BuildFailed:
        bar.close()
        shutil.rmtree(partial, ignore_errors=True)  # nothing a second run could go on with
        raise
    except BaseException:
        bar.close()  # the partial build stays for --resume
        raise
    shutil.rmtree(partial, ignore_errors=True)
    summary.seconds = time.perf_counter() - started
    return summary


def finish(
    spool, view: MergedView, output: str | os.PathLike, *, gazetteer_files: Sequence[str] = (), validate: bool = True
) -> int:
    """Derive the default graph from ``view``, check the merged view, and write ``output`` from
    ``spool`` (which holds the articles' named graphs). Returns the number of triples/quads written."""
    gazetteer = None
    if gazetteer_files:
        from knowgraph.mentions.gazetteer import Gazetteer

        gazetteer = Gazetteer.load(extra=list(gazetteer_files))
    entity_triples = view.entity_triples(gazetteer)  # derived once, for the check and the output
    if validate:
        entities = str(KGE)
        result = validate_merged_view(
            [t for t in entity_triples if t[0].startswith(entities)], view.asserted_triples(), keep_warnings=False
        )
        if not result.conforms:
            raise BuildFailed(
                f"the graph violates the shapes ({result.violations} violations); nothing written:\n{result.text}"
            )
    from knowgraph.rdf.output import serialize

    for chunk in _chunks(view.default_triples(gazetteer, entity_triples=entity_triples), _DEFAULT_CHUNK):
        spool.add_nquads(serialize({None: chunk}, "nquads"))
    return spool.write(output)


_DEFAULT_CHUNK = 20_000  # triples of the default graph serialised at a time


def _count_inputs(inputs: Sequence[str]) -> int | None:
    """How many articles the inputs hold (files, and lines of JSON Lines files); None for stdin."""
    from knowgraph.inputs import JSONL_SUFFIXES, _folder_files

    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        files = _folder_files(path) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with open(file, "rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int | None, progress: bool | None):
    show = progress if progress is not None else sys.stderr.isatty()
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="knowgraph", file=sys.stderr, dynamic_ncols=True, smoothing=0.05)
