"""pyshacl-turbo, knowgraph's fast SHACL engine: the shapes compiled once, the ontology mixed in
once, and the slow shape run on its own (see the notes below).

:func:`knowgraph.rdf.validation.validate` calls :func:`_validate_turbo` when the engine is turbo;
the names here are internal to that module (and importable from it), not a public API.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import rdflib
from rdflib.namespace import RDF, SH
from rdflib.plugins.stores.memory import Memory

from knowgraph.rdf.shacl_files import load_ontology, load_shapes


@functools.lru_cache(maxsize=1)
def _turbo_module():
    """The pyshacl_turbo module, or None when it is not installed (imported once)."""
    try:
        import pyshacl_turbo
    except ImportError:
        return None
    return pyshacl_turbo


# --------------------------------------------------------------------------- pyshacl-turbo
#
# pyshacl-turbo's ``validate(data, shacl_graph=..., ont_graph=...)`` gives the same reports as
# pySHACL on every shape (tests/test_validation_engines.py), but called that way on one article's
# graph most of its time goes to Python glue: compiling the shapes again, serialising the
# ontology, mixing it into the data natively and parsing the mix back into rdflib. So knowgraph
#
# * compiles the shapes once (``pyshacl_turbo.compile_shapes``);
# * mixes the ontology in itself: pySHACL's ``ont_graph`` mixing (``inoculate``) copies the
#   ontology's RDFS/OWL axioms into the data whatever the data is, so those triples are computed
#   once, with pySHACL's own function, encoded once in turbo's term format, and each data graph
#   is appended to a copy of them (knowgraph's graphs have no blank nodes, so the union is what
#   pySHACL validates);
# * runs the shapes of ``_ISOLATED_SHAPES`` on their own, on the only triples they can read. Such
#   a shape has only SPARQL constraints and a SPARQL target, whose queries name every predicate
#   they follow (no variable or negated predicate, no GRAPH): their answers over the triples with
#   those predicates are their answers over the whole graph, so the results are the same. A
#   shape that does not qualify (a core constraint added, a variable predicate) stays with the
#   others. ``StatementDomainRangeShape`` is isolated because its ``FILTER NOT EXISTS { ?value
#   rdf:type/rdfs:subClassOf* ?class . ?expected (owl:unionOf/rdf:rest*/rdf:first)? ?class }``
#   is slow in turbo's SPARQL engine (spareval): 70-120 ms on one article's graph, 3-5 times
#   the other shapes together. Its SPARQL target is also checked first in Python
#   (:func:`_domain_range_candidates`): when no statement can be selected (every subject and
#   object has a class that its relation's domain or range accepts, the usual case), the shape
#   gives no result and is not run. That check is used only while the shape's queries are the
#   ones it was written for (``_PRECHECKS`` holds their fingerprint); it never decides that a
#   statement is wrong, it only finds the class that makes each one right, and otherwise the
#   shape is run.

_ISOLATED_SHAPES = ("https://w3id.org/knowgraph/shapes#StatementDomainRangeShape",)

#: Shape properties that do not read the data graph (besides sh:sparql and sh:target).
_INERT = frozenset(
    {
        RDF.type,
        SH.message,
        SH.severity,
        SH.deactivated,
        SH.name,
        SH.description,
        rdflib.RDFS.comment,
        rdflib.RDFS.label,
        rdflib.RDFS.seeAlso,
    }
)

_RDFS, _OWL = rdflib.RDFS, rdflib.OWL


@dataclass(frozen=True)
class _Isolated:
    program: object  # pyshacl_turbo.CompiledShapes of the shape alone
    predicates: frozenset  # the predicates its queries follow
    ontology: frozenset  # the mixed-in ontology triples with those predicates
    precheck: object  # None, or a function (pairs by predicate) -> True when its target selects nothing
    encoded: object  # ``ontology`` in turbo's term encoding, or None


@dataclass(frozen=True)
class _TurboPlan:
    main: object  # pyshacl_turbo.CompiledShapes: every shape but the isolated ones
    isolated: tuple  # of _Isolated
    ontology: frozenset  # the triples pySHACL's ont_graph mixing adds to any data graph
    encoded: object  # the ontology in turbo's term encoding (records, quads, indices, nodes), or None


@functools.lru_cache(maxsize=1)
def _ontology_mix() -> tuple:
    from pyshacl.rdfutil.inoculate import inoculate

    return tuple(inoculate(rdflib.Graph(), load_ontology()))


def _closure(graph: rdflib.Graph, node) -> set:
    """The triples of ``node`` and of every blank node it reaches."""
    triples, todo, seen = set(), [node], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for p, o in graph.predicate_objects(current):
            triples.add((current, p, o))
            if isinstance(o, rdflib.BNode):
                todo.append(o)
    return triples


def _query_predicates(query: str, prefixes: dict) -> frozenset | None:
    """The predicates a SPARQL query follows, or None when it can read any (a variable or
    negated predicate, a GRAPH or SERVICE clause)."""
    from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    found: set = set()

    def path(p) -> bool:
        if isinstance(p, rdflib.URIRef):
            found.add(p)
            return True
        if isinstance(p, (SequencePath, AlternativePath)):
            return all(path(a) for a in p.args)
        if isinstance(p, MulPath):
            return path(p.path)
        if isinstance(p, InvPath):
            return path(p.arg)
        return False  # a Variable, a NegatedPath, anything else

    def walk(node) -> bool:
        if isinstance(node, CompValue):
            if node.name in ("Graph", "GraphGraphPattern", "ServiceGraphPattern"):
                return False
            if "triples" in node and not all(path(t[1]) for t in node["triples"]):
                return False
            return all(walk(v) for v in node.values())
        if isinstance(node, dict):
            return all(walk(v) for v in node.values())
        if isinstance(node, (list, tuple)):
            return all(walk(v) for v in node)
        return True

    try:
        parsed = prepareQuery(query, initNs=prefixes)
    except Exception:  # noqa: BLE001 - a query rdflib cannot read is simply not isolated
        return None
    return frozenset(found) if walk(parsed.algebra) else None


def _sparql_prefixes(shapes: rdflib.Graph, node) -> dict:
    out = {}
    for holder in shapes.objects(node, SH.prefixes):
        for declaration in shapes.objects(holder, SH.declare):
            prefix, namespace = shapes.value(declaration, SH.prefix), shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                out[str(prefix)] = str(namespace)
    return out


def _shape_queries(shapes: rdflib.Graph, shape) -> list | None:
    """The (query, prefixes) of a shape that has only SPARQL constraints and SPARQL targets, else None."""
    properties = set(shapes.predicates(shape))
    if SH.sparql not in properties or SH.target not in properties or properties - _INERT - {SH.sparql, SH.target}:
        return None
    queries = []
    for node in [*shapes.objects(shape, SH.sparql), *shapes.objects(shape, SH.target)]:
        query = shapes.value(node, SH.select)
        if query is None or set(shapes.predicates(node)) - _INERT - {SH.select, SH.prefixes}:
            return None  # an ASK validator, a parameterised target...
        queries.append((str(query), _sparql_prefixes(shapes, node)))
    return queries


def _fingerprint(queries: list) -> str:
    import hashlib

    return hashlib.sha256("\n".join(sorted(" ".join(q.split()) for q, _ in queries)).encode()).hexdigest()[:16]


def _domain_range_candidates(pairs: dict) -> bool:
    """Whether StatementDomainRangeShape's SPARQL target may select a statement.

    ``pairs``: predicate -> list of (subject, object) of the data mixed with the ontology. A
    statement is selected when its rdf:subject (rdf:object) has no class ``?value
    rdf:type/rdfs:subClassOf* ?class`` that the rdfs:domain (rdfs:range) of its rdf:predicate
    accepts: ``?expected (owl:unionOf/rdf:rest*/rdf:first)? ?class``. Returns False only when a
    class is found for every (statement, relation, value, expected) combination.
    """

    def index(predicate):
        out: dict = {}
        for s, o in pairs.get(predicate, ()):
            out.setdefault(s, set()).add(o)
        return out

    types, sub = index(RDF.type), index(_RDFS.subClassOf)
    union, rest, first = index(_OWL.unionOf), index(RDF.rest), index(RDF.first)
    domain, range_ = index(_RDFS.domain), index(_RDFS.range)
    relation_of, subject_of, object_of = index(RDF.predicate), index(RDF.subject), index(RDF.object)

    def reach(starts, step) -> set:
        seen, todo = set(starts), list(starts)
        while todo:
            for nxt in step.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    classes_cache: dict = {}
    accepted_cache: dict = {}

    def classes(value) -> set:
        if value not in classes_cache:
            classes_cache[value] = reach(types.get(value, ()), sub)
        return classes_cache[value]

    def accepted(expected) -> set:
        if expected not in accepted_cache:
            members = {expected}
            for head in union.get(expected, ()):
                for node in reach((head,), rest):
                    members |= first.get(node, set())
            accepted_cache[expected] = members
        return accepted_cache[expected]

    for statement, relations in relation_of.items():
        for values, signature in ((subject_of.get(statement, ()), domain), (object_of.get(statement, ()), range_)):
            for value in values:
                for relation in relations:
                    for expected in signature.get(relation, ()):
                        if not classes(value) & accepted(expected):
                            return True
    return False


#: Shape -> (fingerprint of its queries, Python check of its target) for the isolated shapes
#: whose target is checked before they are run. The check is dropped when the queries change.
_PRECHECKS = {
    "https://w3id.org/knowgraph/shapes#StatementDomainRangeShape": ("7151d33a6ac3326b", _domain_range_candidates),
}


def _encode(triples) -> object:
    """Triples in turbo's term transfer encoding, to copy and extend (None: encoding unavailable)."""
    try:
        from pyshacl_turbo.term_input import _TermBatch
    except ImportError:  # pragma: no cover - another pyshacl-turbo layout: use rdflib graphs
        return None
    batch = _TermBatch({})
    for triple in triples:
        batch.append(*triple)
    return batch.records, batch.quads, batch.indices, batch.nodes


def _turbo_input(graph_triples, encoded, ontology: frozenset, namespaces: dict):
    """The data (an iterable of triples) mixed with the encoded ontology, as turbo's input."""
    if encoded is not None:
        from pyshacl_turbo.rdf import Input
        from pyshacl_turbo.term_input import _TermBatch

        records, quads, indices, nodes = encoded
        batch = _TermBatch(dict(nodes))
        batch.records, batch.quads, batch.indices = list(records), list(quads), dict(indices)
        append = batch.append
        for triple in graph_triples:
            if triple not in ontology:
                append(*triple)
        return Input((batch.records, batch.quads), "terms", None, batch.nodes, namespaces)
    mixed = rdflib.Graph()
    for triple in graph_triples:
        mixed.add(triple)
    for triple in ontology:
        mixed.add(triple)
    return mixed


@functools.lru_cache(maxsize=2)
def _turbo_plan(advanced: bool) -> _TurboPlan:
    turbo = _turbo_module()
    shapes = load_shapes()
    declarations = set()
    for holder in set(shapes.objects(None, SH.prefixes)):
        declarations |= _closure(shapes, holder)
    ontology = _ontology_mix()
    isolated, removed = [], set()
    for iri in _ISOLATED_SHAPES if advanced else ():
        shape = rdflib.URIRef(iri)
        queries = _shape_queries(shapes, shape) if (shape, RDF.type, SH.NodeShape) in shapes else None
        predicates = set()
        for query, prefixes in queries or ():
            found = _query_predicates(query, prefixes)
            if found is None:
                queries = None
                break
            predicates |= found
        if not queries:
            continue
        own = _closure(shapes, shape) - declarations
        graph = rdflib.Graph()
        for prefix, namespace in shapes.namespaces():
            graph.bind(prefix, namespace)
        for triple in own | declarations:
            graph.add(triple)
        fingerprint, check = _PRECHECKS.get(iri, (None, None))
        own_ontology = frozenset(t for t in ontology if t[1] in predicates)
        isolated.append(
            _Isolated(
                turbo.compile_shapes(graph, advanced=advanced),
                frozenset(predicates),
                own_ontology,
                check if fingerprint == _fingerprint(queries) else None,
                _encode(own_ontology),
            )
        )
        removed |= own
    main_shapes = shapes
    if removed:
        main_shapes = rdflib.Graph()
        for prefix, namespace in shapes.namespaces():
            main_shapes.bind(prefix, namespace)
        for triple in shapes:
            if triple not in removed:
                main_shapes.add(triple)
    return _TurboPlan(
        turbo.compile_shapes(main_shapes, advanced=advanced), tuple(isolated), frozenset(ontology), _encode(ontology)
    )


def _validate_turbo(data: rdflib.Graph | rdflib.Dataset | Iterable[tuple], advanced: bool) -> tuple[rdflib.Graph, str]:
    plan = _turbo_plan(advanced)
    if not isinstance(data, rdflib.Graph):
        namespaces = dict(_default_namespaces())
        triples = data if isinstance(data, (set, frozenset)) else set(data)
    elif isinstance(data, (rdflib.Dataset, rdflib.ConjunctiveGraph)):  # the union of its graphs
        namespaces = dict(data.namespaces())
        if isinstance(data.store, Memory):
            # what quads() reads, in the same order, without listing each triple's graphs
            triples = {triple for triple, _contexts in data.store.triples((None, None, None), None)}
        else:
            triples = {(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))}
    else:
        namespaces = dict(data.namespaces())
        triples = set(data)
    runs = [
        plan.main.validate(
            _turbo_input(triples, plan.encoded, plan.ontology, namespaces), allow_warnings=True, allow_infos=True
        )
    ]
    for shape in plan.isolated:
        data = [t for t in triples if t[1] in shape.predicates]
        if shape.precheck is not None:
            pairs: dict = {}
            for s, p, o in (*data, *shape.ontology):
                pairs.setdefault(p, []).append((s, o))
            if not shape.precheck(pairs):
                continue
        runs.append(
            shape.program.validate(
                _turbo_input(data, shape.encoded, shape.ontology, namespaces), allow_warnings=True, allow_infos=True
            )
        )
    if len(runs) == 1:
        _conforms, report_graph, report_text = runs[0]
        return report_graph, report_text
    return _merge_reports(runs)


@functools.lru_cache(maxsize=1)
def _default_namespaces() -> dict:
    """The prefixes of a new rdflib Graph: what the report of plain triples is written with."""
    return dict(rdflib.Graph().namespaces())


_RESULTS_HEADER = re.compile(r"\AValidation Report\nConforms: (?:True|False)\n(?:Results \(\d+\):\n)?")


def _merge_reports(runs: list) -> tuple[rdflib.Graph, str]:
    """One sh:ValidationReport (graph and text) from the reports of runs on parts of the shapes."""
    conforms = all(bool(c) for c, _g, _t in runs)
    merged = rdflib.Graph()
    first = runs[0][1]
    for prefix, namespace in first.namespaces():
        merged.bind(prefix, namespace)
    report = first.value(None, RDF.type, SH.ValidationReport, any=True) or rdflib.BNode()
    merged.add((report, RDF.type, SH.ValidationReport))
    merged.add((report, SH.conforms, rdflib.Literal(conforms)))
    bodies, count = [], 0
    for _c, graph, text in runs:
        own = graph.value(None, RDF.type, SH.ValidationReport, any=True)
        for s, p, o in graph:
            if s == own and p in (RDF.type, SH.conforms):
                continue
            merged.add((report if s == own else s, p, o))
        count += sum(1 for _ in graph.subjects(RDF.type, SH.ValidationResult))
        bodies.append(_RESULTS_HEADER.sub("", str(text), count=1))
    text = f"Validation Report\nConforms: {conforms}\n"
    if count:
        text += f"Results ({count}):\n" + "".join(b if b.endswith("\n") or not b else b + "\n" for b in bodies if b)
    return merged, text
