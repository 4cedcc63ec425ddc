"""What the ontology says about the relations: their domain and range classes, read from
``ontologies/knowgraph.ttl`` so that extraction rules never restate the vocabulary.

>>> relation_signature("developedBy")
(frozenset({'AIModel', 'Product'}), frozenset({'Organization'}))
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from rdflib import OWL, RDFS, Graph
from rdflib.collection import Collection

from knowgraph.rdf.namespace import AI, RELATIONS, SYMMETRIC_RELATIONS

AI_NS = str(AI._NS)


def local(term) -> str:
    return str(term)[len(AI_NS) :] if str(term).startswith(AI_NS) else str(term)


def ontology_file(name: str = "knowgraph.ttl") -> Path:
    """Where an ontology file is: package data in a wheel, ``ontologies/`` in a source checkout."""
    from knowgraph.rdf.validation import ontology_path

    return ontology_path(name)


@lru_cache(maxsize=1)
def ontology() -> Graph:
    graph = Graph()
    graph.parse(ontology_file("knowgraph.ttl"), format="turtle")
    return graph


def _classes(graph: Graph, node) -> frozenset[str]:
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return frozenset(local(c) for c in Collection(graph, union))
    return frozenset({local(node)})


@cache
def relation_signature(relation: str) -> tuple[frozenset[str], frozenset[str]]:
    """(subject classes, object classes) of a relation, by local name."""
    graph = ontology()
    prop = AI[relation]
    domain = graph.value(prop, RDFS.domain)
    range_ = graph.value(prop, RDFS.range)
    subclasses = {local(s): local(o) for s, o in graph.subject_objects(RDFS.subClassOf)}
    expand = lambda names: frozenset(names | {s for s, o in subclasses.items() if o in names})  # noqa: E731
    return expand(_classes(graph, domain)), expand(_classes(graph, range_))


RELATION_NAMES: tuple[str, ...] = tuple(local(r) for r in RELATIONS)
SYMMETRIC: frozenset[str] = frozenset(local(r) for r in SYMMETRIC_RELATIONS)
