"""Checking the merged view of an archive build against the shapes, once per build, in bounded memory.

Every article's graph is checked on its own as it is built (:mod:`knowgraph.archive.worker`); what
can only be checked once articles are merged (one label and one class per entity, the classes the
relations need, conflicting CEOs...) is checked here, on the view's entity triples and the asserted
triples between them, a chunk at a time (:func:`validate_merged_view`).
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator

from rdflib import RDF, Graph, URIRef

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
