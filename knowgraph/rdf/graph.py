"""From extracted facts and events to RDF: entities, direct triples, events and provenance.

Layout of the :class:`rdflib.Dataset` (see ``docs/data-model.md``, "Many articles, one graph"):

* one named graph per article (its IRI is the article's): the article node, every direct triple
  the article asserts, the statements with their evidence, the events, and what the article says
  of each entity: ``ai:mentionedIn``, ``owl:sameAs``, the names it uses (``ai:surfaceForm``) and
  the class its extraction gave (``ai:extractedType``);
* the default graph, recomputed from the named graphs by :func:`refresh_default_graph`: what is
  true across articles: each entity's single ``rdf:type``, canonical ``rdfs:label`` and
  ``skos:altLabel``; each statement's overall confidence and number of supporting articles;
  ``ai:sameEventAs`` links between reports of one event that differ in detail.

Nothing in two named graphs can contradict: the union of all graphs is the merged view, and it
is what Turtle output, validation and the SPARQL store show. The default graph is a function of
the named graphs alone, so adding articles one by one or all at once gives the same bytes.

Every IRI is derived from content (no blank nodes), so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import os
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from knowgraph.archive.runs import SortedRuns
from knowgraph.facts.amounts import MonetaryAmount, as_xsd_decimal
from knowgraph.facts.events import Event
from knowgraph.facts.relations import Fact
from knowgraph.mentions.finder import Entity
from knowgraph.mentions.gazetteer import ENTITY_TYPES, Gazetteer, bare, default_gazetteer, fold, slugify
from knowgraph.rdf.namespace import (
    AI,
    ENTITY_CLASSES,
    EVENT_CLASSES,
    KGA,
    KGE,
    KGM,
    KGS,
    KGV,
    KGX,
    RELATIONS,
    SCHEMA,
    WD,
)
from knowgraph.rdf.vocabulary import local, relation_signature

PROV_WAS_DERIVED_FROM = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")


@dataclass
class ArticleResult:
    """What knowgraph extracted from one article, before it becomes RDF."""

    iri: str
    text: str
    lang: str
    entities: dict[str, Entity]
    facts: list[Fact]
    events: list[Event]
    published: datetime.date | None = None
    url: str | None = None
    title: str | None = None
    source_file: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def asserted(self) -> list[Fact]:
        return [f for f in self.facts if f.status == "Asserted"]


def article_iri(text: str, source: str | None = None) -> str:
    """``--source`` when given, else a content hash: the same text gets the same IRI anywhere."""
    if source:
        return source
    return str(KGA[hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]])


@lru_cache(maxsize=1 << 16)  # a function of the key; every fact asks it twice
def entity_iri(key: str) -> URIRef:
    return KGE[slugify(key)]


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=4096)  # a function of the number's value (as_xsd_decimal is canonical); confidences repeat
def _decimal(value: float | Decimal) -> Literal:
    return Literal(as_xsd_decimal(Decimal(str(value))), datatype=XSD.decimal)


def _date_literal(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def to_dataset(
    articles: Iterable[ArticleResult], dataset: Dataset | None = None, gazetteer: Gazetteer | None = None
) -> Dataset:
    """Add articles to a dataset (a new one by default), then refresh the cross-article view.

    An article already in ``dataset`` (same IRI) is replaced, so running it again changes nothing.
    """
    ds = dataset if dataset is not None else Dataset()
    for article in articles:
        add_article(ds, article)
    refresh_default_graph(ds, gazetteer)
    return ds


def add_article(ds: Dataset, article: ArticleResult) -> Graph:
    """Write one article into its named graph, replacing what an earlier run wrote there."""
    iri = URIRef(article.iri)
    ds.remove_graph(ds.graph(iri))
    g = ds.graph(iri)
    g.addN((s, p, o, g) for s, p, o in article_triples(article))
    return g


def article_triples(article: ArticleResult) -> list[tuple]:
    """The triples of an article's named graph (see :func:`add_article`), each once, without an
    rdflib store: what a streaming build validates, writes and adds to its merged view.

    >>> from knowgraph import analyse                                  # doctest: +SKIP
    >>> triples = article_triples(analyse("Mistral AI a levé 600 millions d'euros."))  # doctest: +SKIP
    >>> view = MergedView().add_graph(triples)                         # doctest: +SKIP
    """
    iri = URIRef(article.iri)
    out: list[tuple] = []
    add = out.append
    add((iri, RDF.type, AI.Article))
    add((iri, SCHEMA.inLanguage, Literal(article.lang)))
    add((iri, AI.textLength, Literal(len(article.text))))
    if article.published:
        add((iri, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.url:
        add((iri, SCHEMA.url, URIRef(article.url)))
    if article.title:
        add((iri, SCHEMA.name, Literal(article.title)))
    if article.source_file:
        add((iri, AI.sourceFile, Literal(article.source_file)))

    mentioned_in, extracted_type, same_as, surface_form = AI.mentionedIn, AI.extractedType, OWL.sameAs, AI.surfaceForm
    for key, entity in article.entities.items():
        node = entity_iri(key)
        add((node, mentioned_in, iri))
        # the class this article gives; the default graph derives the one rdf:type from these
        add((node, extracted_type, AI[entity.type]))
        if entity.qid:
            add((node, same_as, WD[entity.qid]))
        # the names this article uses; the default graph derives label and altLabels from them
        for form in entity.surface_forms or {entity.name}:
            add((node, surface_form, Literal(form)))

    text = article.text
    written: set = set()  # the evidence nodes written, with what _evidence writes of them
    statements: set = set()  # the statements written: the same one again adds nothing but its evidence
    for fact in article.facts:
        s, p, o = entity_iri(fact.subject), AI[fact.relation], entity_iri(fact.object)
        statement = KGS[_digest(s, p, o, fact.status)]
        evidence = KGV[_digest(iri, fact.start, fact.end, fact.rule, s, p, o, fact.status)]
        if (statement, s, p, o, fact.status) not in statements:
            statements.add((statement, s, p, o, fact.status))
            if fact.status == "Asserted":
                add((s, p, o))
            add((statement, RDF.type, AI.Statement))
            add((statement, RDF.subject, s))
            add((statement, RDF.predicate, p))
            add((statement, RDF.object, o))
            add((statement, AI.status, AI[fact.status]))
        add((statement, AI.evidence, evidence))
        _evidence(out, evidence, iri, text, fact, written)

    for event in article.events:
        roles = sorted((role, key) for role, keys in event.roles.items() for key in keys)
        # not the article: articles that report the same event with the same details share its node
        node = event_iri(
            event.type, roles, event.amount and _amount_digest(event.amount), event.date and event.date.value
        )
        add((node, RDF.type, AI[event.type]))
        for role, key in roles:
            add((node, AI[role], entity_iri(key)))
        if event.amount:
            amount = KGM[_amount_digest(event.amount)]
            add((node, AI.amount, amount))
            _amount(out, amount, event.amount)
        if event.date:
            add((node, AI.date, _date_literal(event.date.value)))
        for fact in event.evidence:
            s, p, o = entity_iri(fact.subject), AI[fact.relation], entity_iri(fact.object)
            evidence = KGV[_digest(iri, fact.start, fact.end, fact.rule, s, p, o, fact.status)]
            add((node, AI.evidence, evidence))
            _evidence(out, evidence, iri, text, fact, written)
    # a graph holds each triple once (two facts of one sentence share an evidence's article, two
    # events may share an amount...)
    return list(dict.fromkeys(out))


def event_iri(event_type: str, roles: list[tuple[str, str]], amount_digest: str | None, date: str | None) -> URIRef:
    """The IRI of an event: its type, participants (sorted ``(role, entity key)``), amount and date."""
    return KGX[_digest(event_type, roles, amount_digest, date)]


_EVIDENCE_TERMS = (AI.Evidence, AI.article, AI.sentence, AI.startOffset, AI.endOffset, AI.confidence, AI.rule)


def _evidence(out: list, node: URIRef, article: URIRef, text: str, fact: Fact, written: set | None = None) -> None:
    if written is not None:
        # an event's evidence is also a fact's: its triples are in ``out`` already
        done = (node, article, fact.start, fact.end, fact.confidence, fact.rule)
        if done in written:
            return
        written.add(done)
    evidence, article_p, sentence, start, end, confidence, rule = _EVIDENCE_TERMS
    out.extend(
        (
            (node, RDF.type, evidence),
            (node, article_p, article),
            (node, PROV_WAS_DERIVED_FROM, article),
            (node, sentence, Literal(text[fact.start : fact.end])),
            (node, start, Literal(fact.start)),
            (node, end, Literal(fact.end)),
            (node, confidence, _decimal(fact.confidence)),
            (node, rule, Literal(fact.rule)),
        )
    )


def _amount_digest(amount: MonetaryAmount) -> str:
    return _digest(amount.currency, amount.value, amount.min_value, amount.max_value)


def _amount(out: list, node: URIRef, amount: MonetaryAmount) -> None:
    out.append((node, RDF.type, SCHEMA.MonetaryAmount))
    out.append((node, SCHEMA.currency, Literal(amount.currency)))
    if amount.value is not None:
        out.append((node, SCHEMA.value, Literal(as_xsd_decimal(amount.value), datatype=XSD.decimal)))
    else:
        out.append((node, SCHEMA.minValue, Literal(as_xsd_decimal(amount.min_value), datatype=XSD.decimal)))
        out.append((node, SCHEMA.maxValue, Literal(as_xsd_decimal(amount.max_value), datatype=XSD.decimal)))


#: Entity classes in the order that breaks ties when articles disagree on an entity's class.
TYPE_ORDER = tuple(AI[name] for name in ENTITY_TYPES)
_ENTITY_CLASSES = frozenset(ENTITY_CLASSES)
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


def _graph_id(g) -> URIRef:
    return getattr(g, "identifier", g)


def _is_default(g) -> bool:
    return str(_graph_id(g)) == str(DATASET_DEFAULT_GRAPH_ID)


@lru_cache(maxsize=1024)  # a function of the ontology's signatures: a few dozen predicates
def _accepted_classes(predicate: URIRef, position: str) -> frozenset[URIRef]:
    """The entity classes that may stand at ``position`` ("subject" or "object") of ``predicate``."""
    domain, range_ = relation_signature(local(predicate))
    return frozenset(AI[name] for name in (domain if position == "subject" else range_)) & _ENTITY_CLASSES


def entity_label(key: str, forms: dict[str, int], gazetteer: Gazetteer) -> str:
    """The canonical name of an entity, from the names articles use for it (name -> number of articles).

    A gazetteer entity is labelled with its canonical name. Otherwise the label is a name rather
    than a description (not "la startup lyonnaise"), then the most complete name once legal forms
    are set aside ("Claire Dumas", not "Dumas"; "Fonds Aurore Capital", not "FAC"), then a form
    without legal suffix ("Nexalia", not "Nexalia SAS"), then not in capitals ("Nexalia", not
    "NEXALIA"), then with its accents ("Élodie", not "Elodie"), then the form most articles use, then the first in alphabetical order: the choice
    depends on the set of articles only, never on their order.

    >>> entity_label("nexalia", {"NEXALIA": 1, "Nexalia SAS": 2, "Nexalia": 1, "La startup lyonnaise": 1}, Gazetteer())
    'Nexalia'
    >>> entity_label("aurore-capital", {"FAC": 2, "Fonds Aurore Capital": 1}, Gazetteer())
    'Fonds Aurore Capital'
    """
    entry = gazetteer.get(key)
    if entry is not None:
        return entry.name
    unaccented = {_strip_accents(f) for f in forms} & set(forms)
    twins = {f for f in unaccented if any(g != f and _strip_accents(g) == f for g in forms)}
    return min(
        forms,
        key=lambda f: (
            _is_description(f),
            -len(bare(f).split()),
            fold(f) != bare(f),
            f.isupper() and len(f) > 1,
            f in twins,
            -forms[f],
            f,
        ),
    )


def _strip_accents(form: str) -> str:
    """ "Élodie" -> "Elodie": a spelling without its accents (often dropped on capitals, never added)."""
    return "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))


_DETERMINERS = frozenset("la le les l un une des ce cet cette the a an this".split())


def _is_description(form: str) -> bool:
    """ "la firme de Redmond", "La startup lyonnaise", "the chipmaker": not a name."""
    words = fold(form).split()
    return form[:1].islower() or not words or words[0] in _DETERMINERS


def _case_variants(forms: dict[str, int]) -> dict[str, int]:
    """One form for names that differ only by the case of their first letter, as a description
    does at the start of a sentence ("La firme de Redmond", "la firme de Redmond"): the lower-case one.

    >>> _case_variants({"La firme de Redmond": 1, "la firme de Redmond": 2, "Microsoft": 3})
    {'Microsoft': 3, 'la firme de Redmond': 3}
    """
    out: dict[str, int] = {}
    for form in sorted(forms, key=lambda f: (not f[:1].islower(), f)):
        lowered = form[:1].lower() + form[1:]
        if lowered != form and lowered in out:
            out[lowered] += forms[form]
        else:
            out[form] = out.get(form, 0) + forms[form]
    return dict(sorted(out.items()))


def entity_type(votes: dict[URIRef, int], constraints: list[frozenset[URIRef]]) -> list[URIRef]:
    """The class(es) of an entity in the merged view, from the classes articles gave it.

    ``votes``: class -> number of articles that gave it; ``constraints``: for every statement and
    event role the entity takes part in, the classes the ontology accepts there. The class that
    satisfies the most constraints wins, then the one most articles gave, then the first of
    :data:`TYPE_ORDER`. A second class is added only when a fact needs it (an entity that is the
    object of ``developedBy`` in one article and of ``acquired`` in another): the shapes then warn
    (``kgsh:EntitySingleClassShape``), a conflict for a reader to look at.

    >>> [local(t) for t in entity_type({AI.Product: 2, AI.Organization: 1}, [])]
    ['Product']
    >>> [local(t) for t in entity_type({AI.Product: 2, AI.Organization: 1}, [frozenset({AI.Organization})])]
    ['Organization']
    """
    candidates = sorted(
        votes,
        key=lambda t: (
            -sum(1 for c in constraints if t in c),
            -votes[t],
            TYPE_ORDER.index(t) if t in TYPE_ORDER else len(TYPE_ORDER),
            str(t),
        ),
    )
    chosen = [candidates[0]]
    for accepted in sorted(constraints, key=lambda c: sorted(map(str, c))):
        if accepted and not accepted & set(chosen):
            options = sorted(
                accepted, key=lambda t: (-votes.get(t, 0), TYPE_ORDER.index(t) if t in TYPE_ORDER else 99, str(t))
            )
            chosen.append(options[0])
    return chosen


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _events_compatible(a: tuple, b: tuple) -> bool:
    """(date, amount key) pairs that can describe one event: each detail equal or missing on one
    side; a date may be more precise than the other ("2024-03" and "2024")."""
    return _dates_compatible(a[0], b[0]) and (a[1] is None or b[1] is None or a[1] == b[1])


def same_events(reports: dict[URIRef, tuple]) -> dict[URIRef, URIRef]:
    """Group the event nodes of one type and one set of participants into real-world events.

    ``reports``: node -> (date or None, amount key or None). Nodes are taken from the most to the
    least detailed (longest date, then with an amount, then by IRI); a node joins the one group all
    of whose members it is compatible with, or starts its own group when there is none, or more
    than one (a report without details that could be either of two deals is left alone). Returns
    node -> the first (most detailed) node of its group, for every node that is not first.
    """
    order = sorted(reports, key=lambda n: (-len(reports[n][0] or ""), reports[n][1] is None, str(n)))
    groups: list[list[URIRef]] = []
    for node in order:
        fits = [g for g in groups if all(_events_compatible(reports[node], reports[m]) for m in g)]
        if len(fits) == 1:
            fits[0].append(node)
        else:
            groups.append([node])
    return {m: g[0] for g in groups for m in g[1:]}


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


def refresh_default_graph(ds: Dataset, gazetteer: Gazetteer | None = None) -> None:
    """Recompute the cross-article view (the default graph) from the articles' named graphs.

    * entities: one ``rdf:type`` (:func:`entity_type`), one ``rdfs:label`` (:func:`entity_label`)
      and a ``skos:altLabel`` for every other name an article uses;
    * statements: ``ai:confidence`` (the best of their evidence) and ``ai:supportCount`` (the
      number of distinct articles among their evidence);
    * events: ``ai:sameEventAs`` from each report of an event to its most detailed report
      (:func:`same_events`).

    The result depends only on the set of named graphs: building articles one by one, in any
    order, or all at once gives the same default graph. Pass the gazetteer the articles were
    extracted with (``--gazetteer`` files): it gives the canonical names of the known entities.
    """
    default = ds.default_graph
    default.remove((None, None, None))
    _upgrade_entity_types(ds)
    view = MergedView()
    for graph in ds.graphs():
        if not _is_default(graph):
            view.add_graph(graph)
    view.default_graph(gazetteer, into=default)


def _upgrade_entity_types(ds: Dataset) -> None:
    """Named graphs written before ``ai:extractedType`` typed entities with ``rdf:type``: move
    those to ``ai:extractedType`` so that the union keeps one class per entity."""
    old = [
        (s, o, g)
        for s, p, o, g in ds.quads((None, RDF.type, None, None))
        if o in _ENTITY_CLASSES and not _is_default(g) and str(s).startswith(str(KGE))
    ]
    for s, o, g in old:
        graph = ds.graph(_graph_id(g))
        graph.remove((s, RDF.type, o))
        graph.add((s, AI.extractedType, o))
