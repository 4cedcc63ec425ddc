"""What a graph picture draws of a knowledge graph: entity and event nodes, relation and role edges.

    from knowgraph.rdf.output import parse
    from knowgraph.views.graph_view import graph_view
    view = graph_view(parse("kg.ttl"), lang="auto").around("OpenAI", depth=2)
    sorted(n.label for n in view.nodes.values())

:func:`graph_view` reads the graph once and keeps the entities (not the articles, statements,
evidence or amount nodes) and the events; :mod:`knowgraph.views.layout` places them and
:mod:`knowgraph.views.show_page` / :mod:`knowgraph.views.show_picture` draw them.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, URIRef

from knowgraph.errors import KnowgraphError
from knowgraph.rdf.namespace import AI, EVENT_CLASSES, KGE, KGS, RELATIONS, SCHEMA, SYMMETRIC_RELATIONS, WD
from knowgraph.views.visual import CLASS_ORDER, short_amount, term_label, ui_language

_AI = str(AI._NS)
ENTITY_CLASSES = ("Company", "Organization", "Person", "AIModel", "Product", "Place", "Project")
EVENT_NAMES = tuple(str(c)[len(_AI) :] for c in EVENT_CLASSES)
RELATION_NAMES = tuple(str(r)[len(_AI) :] for r in RELATIONS)
SYMMETRIC = frozenset(str(r)[len(_AI) :] for r in SYMMETRIC_RELATIONS)
ROLES = ("investor", "investee", "acquirer", "acquiree", "partner")


class ShowError(KnowgraphError, ValueError):
    """A graph that cannot be drawn as asked (unknown ``--around`` name, unsupported extension)."""


@dataclass
class Node:
    """An entity or event node of the picture."""

    id: str  # the IRI
    label: str
    cls: str  # local name of its class: "Organization", "Investment"...
    event: bool = False
    qid: str | None = None
    alt: list[str] = field(default_factory=list)
    amount: str = ""  # events: the amount, short ("600 M EUR")
    date: str = ""  # events: the date as in the graph ("2024-06")

    @property
    def caption(self) -> str:
        """The text drawn on the node: the name, or for an event its type, amount and date."""
        if not self.event:
            return self.label
        details = " \u00b7 ".join(x for x in (self.amount, self.date) if x)
        return f"{self.label}\n{details}" if details else self.label


@dataclass
class Edge:
    """A relation between two nodes: a direct triple, an event role, or (``--hedged``) a statement."""

    source: str
    target: str
    relation: str  # local name: "investedIn", or a role: "investor"
    status: str = "Asserted"
    confidence: float | None = None

    @property
    def role(self) -> bool:
        return self.relation in ROLES


@dataclass
class GraphView:
    """The drawable part of a knowledge graph, with labels in ``lang``."""

    nodes: dict[str, Node]
    edges: list[Edge]
    lang: str = "en"
    centre: tuple[str, ...] = ()
    title: str = ""

    def find(self, name: str) -> list[str]:
        """The nodes called ``name`` (label, other name, IRI or key; case and accents ignored),
        else those whose name contains it."""
        wanted = fold(name)
        exact, partial = [], []
        for node in self.nodes.values():
            names = [node.label, *node.alt, node.id, node.id.rsplit("/", 1)[-1]]
            folded = [fold(n) for n in names]
            if wanted in folded:
                exact.append(node.id)
            elif not node.event and any(wanted in f for f in folded[:-2] if f):
                partial.append(node.id)
        return sorted(exact or partial)

    def around(self, name: str, depth: int = 2) -> GraphView:
        """The neighbourhood of the entity ``name``: entities at most ``depth`` relations away (an
        event is one step between its participants). Raises :class:`ShowError` for an unknown name."""
        if depth < 0:
            raise ShowError(f"--depth must be 0 or more, got {depth}")
        seeds = self.find(name)
        if not seeds:
            close = sorted(
                n.label
                for n in self.nodes.values()
                if not n.event and fold(name)[:3] and fold(n.label).startswith(fold(name)[:3])
            )[:5]
            hint = f" (did you mean: {', '.join(close)}?)" if close else ""
            raise ShowError(f"no entity called {name!r} in the graph{hint}")
        neighbours: dict[str, set[str]] = defaultdict(set)
        for edge in self.edges:
            neighbours[edge.source].add(edge.target)
            neighbours[edge.target].add(edge.source)
        keep = set(seeds)
        frontier = set(seeds)
        for _ in range(depth):
            reached = set()
            for node in frontier:
                for other in neighbours[node]:
                    reached.add(other)
                    if self.nodes[other].event:  # an event and all its participants are one step
                        reached |= neighbours[other]
            frontier = reached - keep
            keep |= reached
            if not frontier:
                break
        view = self.subgraph(keep)
        view.centre = tuple(seeds)
        return view

    def subgraph(self, ids: Iterable[str]) -> GraphView:
        keep = set(ids)
        return GraphView(
            {k: v for k, v in self.nodes.items() if k in keep},
            [e for e in self.edges if e.source in keep and e.target in keep],
            self.lang,
            self.centre,
            self.title,
        )


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).casefold()
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _quads(data: Dataset | Graph):
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from data.triples((None, None, None))


def graph_language(data: Dataset | Graph) -> str:
    """The language most articles of the graph are written in ("en" when there are none)."""
    counts = Counter(str(o) for s, p, o in _quads(data) if p == SCHEMA.inLanguage)
    if not counts:
        return "en"
    return ui_language(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != "en", kv[0]))[0][0])


def graph_view(data: Dataset | Graph, lang: str = "auto", hedged: bool = False) -> GraphView:
    """What to draw of a knowledge graph read by :func:`knowgraph.rdf.output.parse` (or built by knowgraph)."""
    lang = graph_language(data) if lang in (None, "", "auto") else ui_language(lang)
    types: dict[URIRef, set[str]] = defaultdict(set)
    extracted: dict[URIRef, set[str]] = defaultdict(set)
    labels: dict[URIRef, str] = {}
    alts: dict[URIRef, set[str]] = defaultdict(set)
    forms: dict[URIRef, set[str]] = defaultdict(set)
    qids: dict[URIRef, str] = {}
    direct: set[tuple[URIRef, str, URIRef]] = set()
    statement: dict[URIRef, dict] = defaultdict(dict)
    event_type: dict[URIRef, str] = {}
    roles: dict[URIRef, set[tuple[str, URIRef]]] = defaultdict(set)
    event_amount: dict[URIRef, URIRef] = {}
    event_date: dict[URIRef, str] = {}
    same_event: set[URIRef] = set()
    amounts: dict[URIRef, dict[str, str]] = defaultdict(dict)
    for s, p, o in _quads(data):
        if p == RDF.type:
            name = str(o)[len(_AI) :] if str(o).startswith(_AI) else None
            if name in ENTITY_CLASSES:
                types[s].add(name)
            elif name in EVENT_NAMES:
                event_type[s] = name
        elif p == RDFS.label:
            labels[s] = str(o)
        elif p == SKOS.altLabel:
            alts[s].add(str(o))
        elif p == AI.surfaceForm:
            forms[s].add(str(o))
        elif p == AI.extractedType:
            extracted[s].add(str(o)[len(_AI) :])
        elif p == OWL.sameAs and str(o).startswith(str(WD)):
            qids[s] = str(o)[len(str(WD)) :]
        elif p in (RDF.subject, RDF.predicate, RDF.object):
            statement[s][p] = o
        elif p == AI.status:
            statement[s]["status"] = str(o)[len(_AI) :]
        elif p == AI.confidence and str(s).startswith(str(KGS)):
            statement[s]["confidence"] = max(float(o), statement[s].get("confidence", 0.0))
        elif str(p).startswith(_AI) and str(p)[len(_AI) :] in RELATION_NAMES:
            direct.add((s, str(p)[len(_AI) :], o))
        elif str(p).startswith(_AI) and str(p)[len(_AI) :] in ROLES:
            roles[s].add((str(p)[len(_AI) :], o))
        elif p == AI.amount:
            event_amount[s] = o
        elif p == AI.date:
            event_date[s] = str(o)
        elif p == AI.sameEventAs:
            same_event.add(s)
        elif p in (SCHEMA.currency, SCHEMA.value, SCHEMA.minValue, SCHEMA.maxValue):
            amounts[s][str(p)[len(str(SCHEMA)) :]] = str(o)

    nodes: dict[str, Node] = {}

    def entity(term: URIRef) -> Node | None:
        key = str(term)
        if key in nodes:
            return nodes[key]
        classes = types.get(term) or extracted.get(term)
        if not classes and not key.startswith(str(KGE)):
            return None
        order = [c for c in ENTITY_CLASSES if c in (classes or ())]
        cls = order[0] if order else "Organization"
        label = labels.get(term) or (
            sorted(forms[term], key=lambda f: (-len(f), f))[0] if forms.get(term) else key.rsplit("/", 1)[-1]
        )
        names = sorted((alts.get(term, set()) | forms.get(term, set())) - {label})
        nodes[key] = Node(key, label, cls, qid=qids.get(term), alt=names)
        return nodes[key]

    for term in sorted(set(types) | set(extracted)):
        entity(term)
    edges: list[Edge] = []
    confidence: dict[tuple, float] = {}
    for parts in statement.values():
        if RDF.predicate in parts:
            key = (
                parts.get(RDF.subject),
                str(parts[RDF.predicate])[len(_AI) :],
                parts.get(RDF.object),
                parts.get("status", "Asserted"),
            )
            confidence[key] = max(parts.get("confidence", 0.0), confidence.get(key, 0.0))
    for s, relation, o in sorted(direct):
        if entity(s) is not None and entity(o) is not None:
            edges.append(Edge(str(s), str(o), relation, "Asserted", confidence.get((s, relation, o, "Asserted"))))
    if hedged:
        for (s, relation, o, status), conf in sorted(confidence.items(), key=lambda kv: tuple(map(str, kv[0]))):
            if status != "Asserted" and relation in RELATION_NAMES and entity(s) is not None and entity(o) is not None:
                edges.append(Edge(str(s), str(o), relation, status, conf))
    for term, cls in sorted(event_type.items()):
        if term in same_event:
            continue
        amount = ""
        if term in event_amount:
            parts = amounts.get(event_amount[term], {})
            dec = {k: Decimal(v) for k, v in parts.items() if k != "currency"}
            amount = short_amount(
                parts.get("currency"), dec.get("value"), dec.get("minValue"), dec.get("maxValue"), lang
            )
        node = Node(str(term), term_label(cls, lang), cls, event=True, amount=amount, date=event_date.get(term, ""))
        nodes[node.id] = node
        for role, participant in sorted(roles.get(term, ())):
            if entity(participant) is not None:
                edges.append(Edge(node.id, str(participant), role))
    return GraphView(nodes, edges, lang)


def classes_used(view: GraphView) -> list[str]:
    """The classes of the view's nodes, in legend order."""
    used = {n.cls for n in view.nodes.values()}
    return [c for c in CLASS_ORDER if c in used] + sorted(used - set(CLASS_ORDER))
