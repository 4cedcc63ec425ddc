"""The merged view: what the default graph is derived from, accumulated one article graph at a time
(:class:`MergedView`), in memory or in sorted runs on disk, and combined across batches, workers
and Dask partitions.
"""

from __future__ import annotations

import itertools
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from knowgraph.archive.runs import SortedRuns
from knowgraph.mentions.gazetteer import Gazetteer, default_gazetteer
from knowgraph.rdf.article_graph import _decimal
from knowgraph.rdf.merge_rules import _accepted_classes, _case_variants, entity_label, entity_type, same_events
from knowgraph.rdf.namespace import AI, EVENT_CLASSES, KGE, KGS, KGV, RELATIONS, SCHEMA

_EVENT_CLASSES = frozenset(EVENT_CLASSES)
_RELATIONS = frozenset(RELATIONS)
_EVENT_ROLES = frozenset(AI[name] for name in ("investor", "investee", "acquirer", "acquiree", "partner"))
_STATEMENT_PARTS = frozenset((RDF.subject, RDF.predicate, RDF.object, AI.status))
_AMOUNT_PARTS = (SCHEMA.currency, SCHEMA.value, SCHEMA.minValue, SCHEMA.maxValue)
#: predicate -> what MergedView.add_graph does with it (a dict lookup instead of a chain of tests)
_VIEW_PREDICATES: dict[URIRef, int] = {
    AI.surfaceForm: 0,
    AI.extractedType: 1,
    AI.confidence: 2,
    AI.article: 3,
    AI.evidence: 4,
    **{p: 5 for p in _STATEMENT_PARTS},
    RDF.type: 6,
    **{p: 7 for p in _EVENT_ROLES},
    AI.date: 8,
    AI.amount: 9,
    **{p: 10 for p in _AMOUNT_PARTS},
}


class MergedView:
    """What the default graph is derived from, accumulated one article graph at a time.

    It holds the entities (their names and the classes articles gave them, counted) in memory,
    and one record per statement (best confidence, number of articles, its parts) and per event
    (type, participants, date, amount) in :class:`knowgraph.archive.runs.SortedRuns`: in memory, or, with
    ``folder``, in sorted runs on disk, so that a build of an archive keeps in memory what grows
    with the number of distinct entities only. Views of separate batches combine with
    :meth:`update` (workers, Dask partitions) into the view of all of them.

    >>> view = MergedView()
    >>> for graph in dataset.graphs():                      # doctest: +SKIP
    ...     view.add_graph(graph)
    >>> default = view.default_graph()                      # doctest: +SKIP
    """

    def __init__(self, folder: str | os.PathLike | None = None, limit: int = 20_000) -> None:
        self.forms: dict[URIRef, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.types: dict[URIRef, dict[URIRef, int]] = defaultdict(lambda: defaultdict(int))
        # (statement, supported, best confidence, articles, subject, predicate, object, status)
        self.statements = SortedRuns(1, folder, "view-statements", limit, _combine_statements)
        # (event class or "", participants, event, date, amount key): grouped by class and participants
        self.events = SortedRuns(3, folder, "view-events", limit, _combine_events)

    def __getstate__(self) -> dict:
        return {
            "forms": {k: dict(v) for k, v in self.forms.items()},
            "types": {k: dict(v) for k, v in self.types.items()},
            "statements": self.statements,
            "events": self.events,
        }

    def __setstate__(self, state: dict) -> None:
        self.__init__()
        for node, forms in state["forms"].items():
            self.forms[node].update(forms)
        for node, types in state["types"].items():
            self.types[node].update(types)
        self.statements, self.events = state["statements"], state["events"]
        self.statements.combine, self.events.combine = _combine_statements, _combine_events

    def flush(self) -> None:
        """Write the records held in memory to disk (with a folder): a checkpoint."""
        self.statements.flush()
        self.events.flush()

    def discard_obsolete(self) -> None:
        """Delete the runs compactions replaced (see :meth:`SortedRuns.discard_obsolete`)."""
        self.statements.discard_obsolete()
        self.events.discard_obsolete()

    def run_files(self) -> set[Path]:
        """The files on disk this view needs."""
        return {*self.statements.runs, *self.events.runs}

    def add_graph(self, triples: Iterable[tuple]) -> MergedView:
        """Add one article's named graph (an rdflib Graph or any iterable of triples).

        Each article must be added once: the counts are numbers of graphs.
        """
        evidence_conf: dict[URIRef, Decimal] = {}
        evidence_article: dict[URIRef, URIRef] = {}
        statement_evidence: dict[URIRef, set] = defaultdict(set)
        statement_parts: dict[URIRef, dict] = defaultdict(dict)
        event_type: dict[URIRef, URIRef] = {}
        event_roles: dict[URIRef, set] = defaultdict(set)
        event_date: dict[URIRef, str] = {}
        event_amount: dict[URIRef, URIRef] = {}
        amount_parts: dict[URIRef, dict] = defaultdict(dict)
        kgv, kgs = str(KGV), str(KGS)
        role = _VIEW_PREDICATES.get
        forms, types = self.forms, self.types
        for s, p, o in triples:
            kind = role(p)
            if kind is None:
                continue
            if kind == 0:
                forms[s][str(o)] += 1
            elif kind == 1:
                types[s][o] += 1
            elif kind == 2:
                if s.startswith(kgv):
                    evidence_conf[s] = Decimal(str(o))
            elif kind == 3:
                evidence_article[s] = o
            elif kind == 4:
                if s.startswith(kgs):
                    statement_evidence[s].add(o)
            elif kind == 5:
                statement_parts[s][p] = o
            elif kind == 6:
                if o in _EVENT_CLASSES:
                    event_type[s] = o
            elif kind == 7:
                event_roles[s].add((p, o))
            elif kind == 8:
                event_date[s] = str(o)
            elif kind == 9:
                event_amount[s] = o
            else:
                amount_parts[s][p] = str(o)
        for statement in statement_evidence.keys() | {
            n for n, parts in statement_parts.items() if RDF.predicate in parts
        }:
            evidences = statement_evidence.get(statement)
            parts = statement_parts.get(statement, {})
            if evidences is None:
                supported, best, articles = False, Decimal("0"), 0
            else:
                supported = True
                articles = len({evidence_article[e] for e in evidences if e in evidence_article})
                best = max((evidence_conf[e] for e in evidences if e in evidence_conf), default=Decimal("0"))
            self.statements.add(
                (
                    statement,
                    supported,
                    best,
                    articles,
                    parts.get(RDF.subject),
                    parts.get(RDF.predicate),
                    parts.get(RDF.object),
                    parts.get(AI.status),
                )
            )
        for node in event_type.keys() | event_roles.keys():
            amount = event_amount.get(node)
            amount_key = None
            if amount is not None:
                parts = amount_parts.get(amount, {})
                amount_key = tuple(parts.get(k) for k in _AMOUNT_PARTS)
            self.events.add(
                (
                    event_type.get(node, ""),
                    tuple(sorted(event_roles.get(node, ()))),
                    node,
                    event_date.get(node),
                    amount_key,
                )
            )
        return self

    def update(self, other: MergedView) -> MergedView:
        """Add the articles of another view (of other articles)."""
        for node, forms in other.forms.items():
            mine = self.forms[node]
            for form, count in forms.items():
                mine[form] += count
        for node, types in other.types.items():
            mine = self.types[node]
            for cls, count in types.items():
                mine[cls] += count
        for _, group in other.statements.groups():
            self.statements.add(_combine_statements(group))
        for _, group in other.events.groups():
            self.events.add(_combine_events(group))
        return self

    def _statement_records(self) -> Iterator[tuple]:
        """One record per distinct statement, in statement order."""
        return (_combine_statements(group) for _, group in self.statements.groups())

    def _event_records(self) -> Iterator[tuple]:
        """One record per distinct event node, grouped by class and participants."""
        return (_combine_events(group) for _, group in self.events.groups())

    def _constraints(self) -> dict[URIRef, dict[frozenset, int]]:
        """What the facts need of each entity's class: accepted classes -> number of statements
        and event roles that accept them."""
        constraints: dict[URIRef, dict[frozenset, int]] = defaultdict(lambda: defaultdict(int))
        for record in self._statement_records():
            predicate = record[5]
            if predicate in _RELATIONS:
                constraints[record[4]][_accepted_classes(predicate, "subject")] += 1
                constraints[record[6]][_accepted_classes(predicate, "object")] += 1
        for record in self._event_records():
            for role, entity in record[1]:
                constraints[entity][_accepted_classes(role, "object")] += 1
        return constraints

    def entity_triples(self, gazetteer: Gazetteer | None = None) -> list[tuple]:
        """The entities' triples of the default graph: one class (or more, see :func:`entity_type`),
        one label, the other names (bounded by the number of entities)."""
        gazetteer = gazetteer or default_gazetteer()
        constraints = self._constraints()
        triples: list[tuple] = []
        kge = str(KGE)
        for node in sorted(set(self.forms) | set(self.types), key=str):  # plain str: compared in C, the same order
            key = str(node)[len(kge) :] if str(node).startswith(kge) else str(node)
            names = _case_variants(dict(self.forms.get(node, {})))
            if node in self.types:
                needs = [accepted for accepted, n in constraints.get(node, {}).items() for _ in range(n)]
                for cls in entity_type(dict(self.types[node]), needs):
                    triples.append((node, RDF.type, cls))
            if names:
                label = entity_label(key, names, gazetteer)
                triples.append((node, RDFS.label, Literal(label)))
                for name in set(names) - {label}:
                    triples.append((node, SKOS.altLabel, Literal(name)))
        return triples

    def default_triples(
        self, gazetteer: Gazetteer | None = None, *, entity_triples: list[tuple] | None = None
    ) -> Iterator[tuple]:
        """The default graph (see :func:`refresh_default_graph`), streamed from the records.
        ``entity_triples``: what :meth:`entity_triples` gave with the same gazetteer, when the
        caller already has it (it is not derived again)."""
        yield from self.entity_triples(gazetteer) if entity_triples is None else entity_triples
        for statement, supported, best, articles, *_parts in self._statement_records():
            if supported:
                yield statement, AI.confidence, _decimal(best)
                yield statement, AI.supportCount, Literal(articles)
        for (cls, _participants), records in itertools.groupby(self._event_records(), key=lambda r: r[:2]):
            if not cls:
                continue
            reports = {node: (date, amount_key) for _, _, node, date, amount_key in records}
            if len(reports) > 1:
                for node, canonical in same_events(reports).items():
                    yield node, AI.sameEventAs, canonical

    def default_graph(self, gazetteer: Gazetteer | None = None, into: Graph | None = None) -> Graph:
        """The cross-article view (see :func:`refresh_default_graph`), added to ``into`` or a new Graph."""
        default = into if into is not None else Graph()
        for triple in self.default_triples(gazetteer):
            default.add(triple)
        return default

    def asserted_triples(self) -> Iterator[tuple[URIRef, URIRef, URIRef]]:
        """The direct triples of the asserted statements (the entity layer of the merged view)."""
        for record in self._statement_records():
            if record[7] == AI.Asserted and record[5] in _RELATIONS:
                yield record[4], record[5], record[6]


def _combine_statements(group: list[tuple]) -> tuple:
    """One statement's records from several batches: best confidence, articles added up."""
    if len(group) == 1:
        return group[0]
    first = group[0]
    supported = [r for r in group if r[1]]
    best = max((r[2] for r in supported), default=Decimal("0"))
    parts = [next((r[i] for r in group if r[i] is not None), None) for i in range(4, 8)]
    return (first[0], bool(supported), best, sum(r[3] for r in group), *parts)


def _combine_events(group: list[tuple]) -> tuple:
    """One event node's records: its IRI is a digest of its type, roles, date and amount, so they agree."""
    return group[0]
