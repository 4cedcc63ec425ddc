"""What a triple asserts, once the ontology is taken into account.

The ontology (``ontologies/knowgraph.ttl``, read through :func:`knowgraph.rdf.vocabulary.ontology`)
and the scored graph itself may declare:

- ``owl:SymmetricProperty``: ``partnerOf`` and ``competitorOf`` hold both ways, so a fact and its
  mirror are the same fact;
- ``rdfs:subPropertyOf``: a triple with a subproperty also asserts its superproperties;
- ``owl:inverseOf``: a triple with the inverse of a relation asserts the relation, flipped;
- ``rdfs:subClassOf``: a node typed ``ai:Company`` is an ``Organization``.

The annotation guidelines add one implication the ontology does not state as a subproperty:
a CEO works for the company (``ceoOf`` implies ``worksFor``), so annotators write only ``ceoOf``.

>>> closure = RelationClosure()
>>> sorted(closure.symmetric)
['competitorOf', 'partnerOf']
>>> sorted(closure.close(("Mira Okafor", "ceoOf", "Orbilux")))
[('Mira Okafor', 'ceoOf', 'Orbilux'), ('Mira Okafor', 'worksFor', 'Orbilux')]
>>> closure.close(("Orbilux", "partnerOf", "Aster")) == closure.close(("Aster", "partnerOf", "Orbilux"))
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.term import Node

from knowgraph.evaluation.gold import ENTITY_TYPES, RELATIONS, Fact

AI_NS = "https://w3id.org/knowgraph/ai#"

#: Implications of the annotation guidelines (RELATIONS.md): "ceoOf implies worksFor".
GUIDELINE_IMPLICATIONS: Mapping[str, tuple[str, ...]] = {"ceoOf": ("worksFor",)}


def ai_local(term: Node) -> str | None:
    text = str(term)
    return text[len(AI_NS) :] if text.startswith(AI_NS) else None


def _ancestors(parents: Mapping[Node, set[Node]], start: Node) -> set[Node]:
    """``start`` and everything above it (cycles are harmless)."""
    seen, todo = {start}, [start]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


class RelationClosure:
    """Subproperties, inverses, symmetric relations and subclasses from the ontology and ``extra``
    graphs (pass the scored graph: a graph may declare its own subproperties)."""

    def __init__(self, *extra: Graph, ontology: Graph | None = None):
        if ontology is None:
            from knowgraph.rdf.vocabulary import ontology as packaged_ontology

            ontology = packaged_ontology()
        graphs = (ontology, *extra)
        self._super_class: dict[Node, set[Node]] = defaultdict(set)
        self._super_property: dict[Node, set[Node]] = defaultdict(set)
        self._inverse: dict[Node, set[Node]] = defaultdict(set)
        self.symmetric: set[str] = set()
        for graph in graphs:
            for child, parent in graph.subject_objects(RDFS.subClassOf):
                self._super_class[child].add(parent)
            for child, parent in graph.subject_objects(RDFS.subPropertyOf):
                self._super_property[child].add(parent)
            for one, other in graph.subject_objects(OWL.inverseOf):
                self._inverse[one].add(other)
                self._inverse[other].add(one)
            self.symmetric |= {ai_local(p) for p in graph.subjects(RDF.type, OWL.SymmetricProperty)} & set(RELATIONS)
        self._asserts: dict[Node, tuple[tuple[str, bool], ...]] = {}
        self._types: dict[Node, frozenset[str]] = {}
        self.implied: dict[str, set[str]] = {
            relation: {name for name, flipped in self.asserted_by(URIRef(AI_NS + relation)) if not flipped} - {relation}
            for relation in RELATIONS
        }
        for relation, implied in GUIDELINE_IMPLICATIONS.items():
            self.implied[relation].update(implied)

    def _relations_above(self, predicate: Node) -> list[str]:
        return [name for p in _ancestors(self._super_property, predicate) if (name := ai_local(p)) in RELATIONS]

    def asserted_by(self, predicate: Node) -> tuple[tuple[str, bool], ...]:
        """(relation, flipped) pairs a triple with ``predicate`` asserts; flipped: object first."""
        if predicate not in self._asserts:
            found = [(name, False) for name in self._relations_above(predicate)]
            for inverse in self._inverse.get(predicate, ()):
                found += [(name, True) for name in self._relations_above(inverse)]
            self._asserts[predicate] = tuple(found)
        return self._asserts[predicate]

    def entity_types(self, cls: Node) -> frozenset[str]:
        """The knowgraph entity types a class is or specialises (empty for events, articles...)."""
        if cls not in self._types:
            above = {ai_local(c) for c in _ancestors(self._super_class, cls)}
            self._types[cls] = frozenset(above & set(ENTITY_TYPES))
        return self._types[cls]

    def canonical(self, fact: Fact) -> Fact:
        """One order for a symmetric fact, so that a fact and its mirror compare equal."""
        subject, relation, obj = fact
        if relation in self.symmetric and obj < subject:
            return (obj, relation, subject)
        return fact

    def close(self, fact: Fact) -> set[Fact]:
        """The fact (in canonical order) and the facts it implies."""
        subject, relation, obj = fact
        return {self.canonical((subject, name, obj)) for name in (relation, *self.implied.get(relation, ()))}

    def close_all(self, facts: Iterable[Fact]) -> set[Fact]:
        return {closed for fact in facts for closed in self.close(fact)}
