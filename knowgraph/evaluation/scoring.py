"""Score one built graph against one gold case.

>>> from knowgraph.evaluation.gold import load_gold
>>> result = score_file("kg.ttl", load_gold("corpus/dev/fr/fr-01.yaml"))   # doctest: +SKIP
>>> result.facts.f1, result.hedged_asserted                                  # doctest: +SKIP
(0.71, [])

What is counted (``docs/evaluation.md`` says it in full):

- entities: (gold name, type) pairs; a node counts under every entity type its classes specialise;
- facts: the direct triples of the 13 relations, with symmetric and implied relations closed on
  both sides; a predicted fact listed under ``optional`` is neither right nor wrong;
- events: a gold event is found when a predicted event of its type has its roles (an Investment
  without a gold investor needs only the investee; a Partnership needs all gold partners); a
  predicted event that matches no gold event is wrong; amounts and dates are checked on the
  predicted events that found their gold event;
- hedged: predicted facts the gold lists under ``not_facts`` (they are also wrong facts).
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from rdflib import RDF, Dataset, Graph, Literal
from rdflib.term import Node

from knowgraph.evaluation.closure import RelationClosure
from knowgraph.evaluation.gold import EVENT_ROLES, Amount, Fact, GoldCase, GoldEvent
from knowgraph.evaluation.matching import AI, SCHEMA, SCHEMA_HTTP, EntityMatcher

#: Relative tolerance on amounts: "about 1.3 billion" written 1,300,000,000 or 1,296,000,000 is right.
AMOUNT_TOLERANCE = 0.005


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "p": round(self.precision, 3),
            "r": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


@dataclass(frozen=True)
class Hits:
    """Amounts (or dates) of the gold events that carry one: ``right`` of ``total``, where ``total``
    counts every such gold event, found or not (as the shared scorer counts), and ``found`` those of
    them that a predicted event found. ``right / found`` is the qualifier's own accuracy: an event
    never found is an event miss, not a wrong amount.

    >>> Hits(right=11, total=27, found=15).accuracy_on_found
    0.7333333333333333
    """

    right: int = 0
    total: int = 0
    found: int = 0

    def __add__(self, other: Hits) -> Hits:
        return Hits(self.right + other.right, self.total + other.total, self.found + other.found)

    @property
    def accuracy_on_found(self) -> float:
        return self.right / self.found if self.found else 0.0


@dataclass
class CaseScore:
    """The score of one case, with the errors behind it (sorted lists of facts or (name, type))."""

    id: str
    triples: int
    entities: Counts
    facts: Counts
    events: Counts
    amounts: Hits
    dates: Hits
    hedged_asserted: list[Fact] = field(default_factory=list)
    wrong_facts: list[Fact] = field(default_factory=list)
    missed_facts: list[Fact] = field(default_factory=list)
    wrong_entities: list[tuple[str, str]] = field(default_factory=list)
    missed_entities: list[tuple[str, str]] = field(default_factory=list)
    gold_facts: list[Fact] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "triples": self.triples,
            "entities": self.entities.as_dict(),
            "facts": self.facts.as_dict(),
            "events": self.events.as_dict(),
            "amounts": [self.amounts.right, self.amounts.total],
            "amounts_found": self.amounts.found,
            "dates": [self.dates.right, self.dates.total],
            "dates_found": self.dates.found,
            "hedged_asserted": [list(f) for f in self.hedged_asserted],
            "wrong_facts": [list(f) for f in self.wrong_facts],
            "missed_facts": [list(f) for f in self.missed_facts],
            "wrong_entities": [list(e) for e in self.wrong_entities],
            "missed_entities": [list(e) for e in self.missed_entities],
        }


@dataclass
class PredictedEvent:
    type: str
    roles: dict[str, set[str]]
    amounts: list[Amount]
    dates: list[str]

    def matches(self, gold: GoldEvent) -> bool:
        if self.type != gold.type:
            return False
        return all(set(names) <= self.roles.get(role, set()) for role, names in gold.roles.items())

    def has_amount(self, amount: Amount) -> bool:
        return any(_same_amount(mine, amount) for mine in self.amounts)

    def has_date(self, date: str) -> bool:
        """A date as precise as the gold or more: gold 2024-03 is found by 2024-03-12."""
        return any(mine.startswith(date) for mine in self.dates)


def _close(value: float | None, gold: float | None) -> bool:
    if value is None or gold is None:
        return False
    return abs(value - gold) <= AMOUNT_TOLERANCE * max(abs(gold), 1)


def _same_amount(mine: Amount, gold: Amount) -> bool:
    if mine.currency != gold.currency:
        return False
    if gold.value is not None:
        return _close(mine.value, gold.value)
    if mine.value is not None:
        return False
    # a bound the gold leaves open must be open in the graph too ("more than $400M" has no maximum)
    return all(
        (bound is None and found is None) or _close(found, bound)
        for found, bound in ((mine.minimum, gold.minimum), (mine.maximum, gold.maximum))
    )


def _number(graph: Graph, node: Node, *predicates: Node) -> float | None:
    for predicate in predicates:
        for value in graph.objects(node, predicate):
            try:
                return float(value.toPython()) if isinstance(value, Literal) else None
            except (TypeError, ValueError):
                return None
    return None


def _amount(graph: Graph, node: Node) -> Amount:
    currencies = sorted(str(c) for p in (SCHEMA.currency, SCHEMA_HTTP.currency) for c in graph.objects(node, p))
    return Amount(
        currency=currencies[0] if currencies else "",
        value=_number(graph, node, SCHEMA.value, SCHEMA_HTTP.value),
        minimum=_number(graph, node, SCHEMA.minValue, SCHEMA_HTTP.minValue),
        maximum=_number(graph, node, SCHEMA.maxValue, SCHEMA_HTTP.maxValue),
    )


def predicted_events(graph: Graph, matcher: EntityMatcher) -> list[PredictedEvent]:
    events = []
    for kind, roles in EVENT_ROLES.items():
        for node in set(graph.subjects(RDF.type, AI[kind])):
            events.append(
                PredictedEvent(
                    type=kind,
                    roles={role: {matcher.resolve(graph, o) for o in graph.objects(node, AI[role])} for role in roles},
                    amounts=[_amount(graph, a) for a in graph.objects(node, AI.amount)],
                    dates=sorted(str(d) for d in graph.objects(node, AI.date)),
                )
            )
    return events


def score_graph(
    graph: Graph,
    gold: GoldCase,
    *,
    relations: Collection[str] | None = None,
    closure: RelationClosure | None = None,
) -> CaseScore:
    """Score a built graph (an :class:`rdflib.Graph`: pass ``kg.graph`` of a KnowledgeGraph).

    ``relations``: score only these relations (for a corpus annotated for a few of them);
    ``closure``: the ontology knowledge to use (default: the packaged ontology and the graph's own
    declarations).
    """
    closure = closure or RelationClosure(graph)
    matcher = EntityMatcher(gold)
    ignored = {e.name for e in gold.unmapped}

    gold_entities = {(e.name, e.type) for e in gold.entities}
    typed = {
        (matcher.resolve(graph, node), kind)
        for node, cls in graph.subject_objects(RDF.type)
        for kind in closure.entity_types(cls)
    }
    typed = {(name, kind) for name, kind in typed if name not in ignored}

    def keep(facts: Iterable[Fact]) -> set[Fact]:
        return {f for f in facts if relations is None or f[1] in relations}

    gold_facts = keep(closure.close_all(gold.facts))
    optional = closure.close_all(gold.optional)
    not_facts = closure.close_all(gold.not_facts)
    predicted: set[Fact] = set()
    for subject, predicate, obj in graph:
        if isinstance(obj, Literal):
            continue
        for relation, flipped in closure.asserted_by(predicate):
            a, b = matcher.resolve(graph, subject), matcher.resolve(graph, obj)
            predicted |= closure.close((b, relation, a) if flipped else (a, relation, b))
    predicted = keep(predicted)
    judged = predicted - optional  # an optional fact is neither right nor wrong

    events = predicted_events(graph, matcher)
    found = amounts_right = amounts_total = amounts_found = dates_right = dates_total = dates_found = 0
    for gold_event in gold.events:
        hits = [event for event in events if event.matches(gold_event)]
        found += bool(hits)
        if gold_event.amount is not None:
            amounts_total += 1
            amounts_found += bool(hits)
            amounts_right += any(event.has_amount(gold_event.amount) for event in hits)
        if gold_event.date is not None:
            dates_total += 1
            dates_found += bool(hits)
            dates_right += any(event.has_date(gold_event.date) for event in hits)
    unmatched = sum(1 for event in events if not any(event.matches(g) for g in gold.events))

    return CaseScore(
        id=gold.id,
        triples=len(graph),
        entities=Counts(len(typed & gold_entities), len(typed - gold_entities), len(gold_entities - typed)),
        facts=Counts(len(judged & gold_facts), len(judged - gold_facts), len(gold_facts - predicted)),
        events=Counts(found, unmatched, len(gold.events) - found),
        amounts=Hits(amounts_right, amounts_total, amounts_found),
        dates=Hits(dates_right, dates_total, dates_found),
        hedged_asserted=sorted(judged & not_facts),
        wrong_facts=sorted(judged - gold_facts),
        missed_facts=sorted(gold_facts - predicted),
        wrong_entities=sorted(typed - gold_entities),
        missed_entities=sorted(gold_entities - typed),
        gold_facts=sorted(gold_facts),
    )


def read_graph(path: str | os.PathLike) -> Graph:
    """A built RDF file as one graph (the named graphs of TriG, N-Quads or JSON-LD merged)."""
    from knowgraph.rdf.output import parse

    dataset: Dataset = parse(path)
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def score_file(path: str | os.PathLike, gold: GoldCase, *, relations: Collection[str] | None = None) -> CaseScore:
    """Score an RDF file written by ``knowgraph build`` (any format it writes) against one case."""
    return score_graph(read_graph(path), gold, relations=relations)
