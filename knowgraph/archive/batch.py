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
"""

from __future__ import annotations

import datetime
import functools
import itertools
import multiprocessing
import os
import pickle
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, URIRef

from knowgraph.rdf.graph import MergedView, article_iri, article_triples
from knowgraph.rdf.namespace import AI, KGE

__all__ = ["ArticleOutcome", "BatchSummary", "BuildFailed", "build_archive", "build_article_graphs"]

#: Articles sent to a worker at a time (one ``nlp.pipe`` batch).
CHUNK = 8
#: Spooled articles between two checkpoints of the partial build.
CHECKPOINT = 200
_STATE = "state.pickle"
_FORMAT_VERSION = 1


class BuildFailed(Exception):
    """Nothing could be written (no article built, or the merged graph violates the shapes)."""


@dataclass
class ArticleOutcome:
    """What happened to one article: its graph as N-Quads and its share of the merged view, or a problem."""

    index: int
    name: str
    iri: str | None = None
    nquads: bytes = b""
    view: MergedView | None = None
    facts: int = 0
    problem: str | None = None


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


# --- the work of one process -----------------------------------------------------------


class _Worker:
    """Per-process state: the pipelines, loaded once, and the build options."""

    def __init__(
        self,
        lang: str,
        published: datetime.date | None,
        gazetteer_files: Sequence[str],
        model: str | None,
        validate: bool,
    ) -> None:
        self.lang = lang
        self.published = published
        self.gazetteer_files = tuple(gazetteer_files)
        self.model = model
        self.validate = validate
        self._nlp = None
        self._gazetteer = None

    @property
    def nlp(self):
        if self.model and self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model)
        return self._nlp

    @property
    def gazetteer(self):
        if self._gazetteer is None and self.gazetteer_files:
            from knowgraph.mentions.gazetteer import Gazetteer

            self._gazetteer = Gazetteer.load(extra=list(self.gazetteer_files))
        return self._gazetteer

    def run(self, chunk: list[tuple[int, str, object]]) -> list[ArticleOutcome]:
        """Analyse a chunk of articles, build their graphs, and check them against the shapes.

        The chunk is checked in one validation call (its articles' graphs and the merged view of
        the chunk: most of a call's cost is fixed, so one call per article would cost several
        times more); only when that finds a violation is each article checked alone, to name the
        culprits.
        """
        from knowgraph.api import analyse_many

        results = analyse_many(
            [item for _, _, item in chunk],
            lang=self.lang,
            published=self.published,
            nlp=self.nlp,
            gazetteer_files=self.gazetteer_files,
            batch_size=len(chunk) or 1,
        )
        built: list[tuple[ArticleOutcome, list]] = []
        outcomes: list[ArticleOutcome] = []
        for (index, name, _), result in zip(chunk, results, strict=False):
            outcome, triples = self._graph(index, name, result)
            outcomes.append(outcome)
            if triples is not None:
                built.append((outcome, triples))
        if self.validate and built and not self._conforms([t for _, t in built], [o.view for o, _ in built]):
            for outcome, triples in built:
                if not self._conforms([triples], [outcome.view], outcome=outcome):
                    built = [(o, t) for o, t in built if o is not outcome]
        from knowgraph.rdf.output import serialize

        for outcome, triples in built:
            if outcome.problem is None:
                outcome.nquads = serialize({URIRef(outcome.iri): triples}, "nquads")
        return outcomes

    def _graph(self, index: int, name: str, result) -> tuple[ArticleOutcome, list | None]:
        """The article's named graph as triples (no rdflib store: they are validated, written and
        added to the view, nothing else), and its share of the merged view."""
        if isinstance(result, Exception):
            return ArticleOutcome(index, name, problem=_reason(result)), None
        try:
            triples = article_triples(result)
            view = MergedView().add_graph(triples)
            return ArticleOutcome(index, name, iri=result.iri, view=view, facts=len(result.asserted)), triples
        except Exception as exc:  # noqa: BLE001 - one article must not stop an archive
            return ArticleOutcome(index, name, iri=result.iri, problem=_reason(exc)), None

    def _conforms(self, graphs: list[list], views: list[MergedView], outcome: ArticleOutcome | None = None) -> bool:
        """Validate the articles' graphs with the merged view of them (the default graph)."""
        from knowgraph.rdf.validation import validate

        view = MergedView()
        for part in views:
            view.update(part)
        data = set().union(*graphs)
        data.update(view.default_triples(self.gazetteer))
        try:
            report = validate(data)
        except Exception as exc:  # noqa: BLE001
            if outcome is not None:
                outcome.problem = f"cannot be validated: {_reason(exc)}"
            return False
        if not report.conforms and outcome is not None:
            outcome.problem = f"its graph violates the shapes ({report.violations} violations)"
        return report.conforms


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) < 300 else text[:297] + "..."


_PROCESS_WORKER: _Worker | None = None


def _init_process(*args) -> None:
    global _PROCESS_WORKER
    _PROCESS_WORKER = _Worker(*args)


def _run_in_process(chunk):
    assert _PROCESS_WORKER is not None
    return _PROCESS_WORKER.run(chunk)


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
    with context.Pool(workers, initializer=_init_process, initargs=options) as pool:
        for outcomes in pool.imap(_run_in_process, chunks):
            yield from outcomes


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    part: list = []
    for item in items:
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


# --- the whole build -------------------------------------------------------------------


def partial_folder(output: str | os.PathLike) -> Path:
    """Where a build of ``output`` keeps its work until it completes."""
    path = Path(output).resolve()
    return path.parent / f".{path.name}.knowgraph-partial"


def article_iris_in(path: str | os.PathLike) -> set[str]:
    """The IRIs of the articles a knowgraph output holds (read with pyoxigraph, streaming)."""
    import pyoxigraph as ox

    from knowgraph.rdf.output import format_for_path, oxigraph_format

    article_class = ox.NamedNode(str(AI.Article))
    rdf_type = ox.NamedNode(str(RDF.type))
    found = set()
    for quad in ox.parse(path=str(path), format=oxigraph_format(format_for_path(path))):
        if quad.predicate == rdf_type and quad.object == article_class and isinstance(quad.subject, ox.NamedNode):
            found.add(quad.subject.value)
    return found


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
_CHECK_CHUNK = 10_000  # asserted triples of the merged view checked at a time


def _chunks(triples: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    iterator = iter(triples)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


#: The shapes whose result can change when articles are merged: one class and one label per
#: entity, the classes the relations need (entity classes are voted across articles), conflicting
#: CEOs, self-acquisitions. Every other shape is about one article's own nodes (its statements,
#: evidence, events, article node) and is checked on each article's graph.
MERGED_VIEW_SHAPES = (
    "EntityShape",
    "EntitySingleClassShape",
    "FoundedByShape",
    "CeoOfShape",
    "WorksForShape",
    "AcquiredShape",
    "InvestedInShape",
    "PartnerOfShape",
    "CompetitorOfShape",
    "ProvidesComputeToShape",
    "DevelopedByShape",
    "UsesModelShape",
    "LocatedInShape",
    "SubsidiaryOfShape",
    "ParticipatesInShape",
    "CeoConflictShape",
    "SelfAcquisitionShape",
)


@functools.lru_cache(maxsize=1)
def merged_view_shapes() -> Graph:
    """The shapes graph restricted to :data:`MERGED_VIEW_SHAPES` (with their prefix declarations;
    cached: do not modify it)."""
    from rdflib import BNode
    from rdflib.namespace import SH

    from knowgraph.rdf.validation import load_shapes

    shapes = load_shapes()
    kgsh = "https://w3id.org/knowgraph/shapes#"
    keep = {URIRef(kgsh + name) for name in MERGED_VIEW_SHAPES}
    dropped: set = set()
    todo = [
        shape for shape in shapes.subjects(RDF.type, SH.NodeShape) if shape not in keep and not isinstance(shape, BNode)
    ]
    while todo:  # each dropped shape with the blank nodes only it uses
        node = todo.pop()
        if node in dropped:
            continue
        dropped.add(node)
        for obj in shapes.objects(node, None):
            if isinstance(obj, BNode):
                todo.append(obj)
    subset = Graph()
    for prefix, namespace in shapes.namespaces():
        subset.bind(prefix, namespace)
    for triple in shapes:
        if triple[0] not in dropped:
            subset.add(triple)
    return subset


def validate_merged_view(
    default: Iterable[tuple], asserted: Iterable[tuple], chunk: int | None = None, *, keep_warnings: bool = True
):
    """Check the merged view (the entities' triples of the default graph, and the asserted direct
    triples between them) once per build
    against :data:`MERGED_VIEW_SHAPES` (returns a :class:`knowgraph.rdf.validation.ValidationReport`).

    The asserted triples are checked ``chunk`` at a time (default 10,000), each chunk with the
    triples of the entities it names, then the entities no triple names: memory stays bounded by
    the entities and one chunk. Each result counts once. A warning about several triples (two CEOs
    of one company) is seen when its triples fall in one chunk.

    ``keep_warnings=False`` counts the warnings without keeping their report: ``graph`` and
    ``text`` then hold only the checks that found a new violation. A build does that, since only
    a violation stops it, and the warnings of a big archive grow with its articles (the generated
    benchmark articles give a warning for every second article: a CEO conflict, an entity given
    two classes).
    """
    from rdflib.namespace import SH

    from knowgraph.rdf.validation import ValidationReport

    by_entity: dict = defaultdict(list)
    for triple in default:
        by_entity[triple[0]].append(triple)
    seen_results: dict[tuple, URIRef] = {}
    texts: list[str] = []
    reports = Graph()
    named: set = set()

    def check(triples: list[tuple], entities: set) -> None:
        data = set(triples)
        for entity in entities:
            data.update(by_entity.get(entity, ()))
        report, text = _merged_view_report(data)
        found_new = False
        for result in report.subjects(RDF.type, SH.ValidationResult):
            key = tuple(report.value(result, p) for p in (SH.focusNode, SH.resultPath, SH.value, SH.sourceShape))
            if key not in seen_results:
                severity = seen_results[key] = report.value(result, SH.resultSeverity)
                found_new = found_new or keep_warnings or severity == SH.Violation
        if found_new:
            texts.append(text)
            for triple in report:
                reports.add(triple)

    for block in _chunks(asserted, chunk or _CHECK_CHUNK):
        entities = {t[0] for t in block} | {t[2] for t in block}
        named |= entities
        check(block, entities)
    rest = set(by_entity) - named  # the entities of no asserted triple: one label, one class...
    if rest:
        check([], rest)
    severities = list(seen_results.values())
    violations = sum(1 for s in severities if s == SH.Violation)
    return ValidationReport(
        conforms=violations == 0,
        violations=violations,
        warnings=sum(1 for s in severities if s == SH.Warning),
        text="\n".join(texts),
        graph=reports,
    )


def _merged_view_report(data: set[tuple]) -> tuple[Graph, str]:
    """pySHACL's (report graph, text) for :data:`MERGED_VIEW_SHAPES`, or pyshacl-turbo's where
    :func:`knowgraph.rdf.validation.validate` would run it (``engine="auto"``)."""
    from knowgraph.rdf import validation

    if validation._engine("auto") == "turbo":
        program, encoded, ontology = _merged_view_turbo()
        _conforms, report, text = program.validate(
            validation._turbo_input(data, encoded, ontology, {}), allow_warnings=True, allow_infos=True
        )
        return report, str(text)
    import pyshacl

    graph = Graph()
    for triple in data:
        graph.add(triple)
    conforms, report, text = pyshacl.validate(
        graph,
        shacl_graph=merged_view_shapes(),
        ont_graph=validation.load_ontology(),
        inference="none",
        advanced=True,
        allow_warnings=True,
        allow_infos=True,
    )
    return report, str(text)


@functools.lru_cache(maxsize=1)
def _merged_view_turbo() -> tuple:
    """The merged-view shapes compiled by pyshacl-turbo, with the ontology triples pySHACL mixes in."""
    from knowgraph.rdf import validation

    ontology = validation._ontology_mix()
    return (
        validation._turbo_module().compile_shapes(merged_view_shapes(), advanced=True),
        validation._encode(ontology),
        frozenset(ontology),
    )


def _checkpoint(spool, state: dict, partial: Path) -> None:
    """Everything spooled so far on disk, then the state that describes it (atomically)."""
    spool.flush()
    state["runs"] = len(spool.runs)
    tmp = partial / (_STATE + ".tmp")
    with open(tmp, "wb") as f:
        pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)  # the view's records go to its runs first
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, partial / _STATE)
    state["view"].discard_obsolete()


def _load_state(partial: Path, fmt: str, gazetteer_files: Sequence[str]) -> dict | None:
    try:
        with open(partial / _STATE, "rb") as f:
            state = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None
    if (
        state.get("version") != _FORMAT_VERSION
        or state.get("format") != fmt
        or state.get("gazetteer") != list(map(str, gazetteer_files))
    ):
        return None
    return state


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
