"""From extracted facts and events to RDF: entities, direct triples, events and provenance.

Layout of the :class:`rdflib.Dataset` (see ``docs/data-model.md``):

* one named graph per article (its IRI is the article's): the article node, every direct triple
  the article asserts, the statements with their evidence, the events, the entities' surface
  forms (``skos:altLabel``) and ``ai:mentionedIn``;
* the default graph: what is true across articles: each entity's type, canonical
  ``rdfs:label`` and ``owl:sameAs``; each statement's overall confidence and number of
  supporting articles.

Every IRI is derived from content (no blank nodes), so the same input gives the same bytes.
"""
from __future__ import annotations

import datetime
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef

from .amounts import MonetaryAmount, as_xsd_decimal
from .events import Event
from .gazetteer import Gazetteer, default_gazetteer, slugify
from .mentions import Entity, canonical_form
from .namespace import AI, KGA, KGE, KGM, KGS, KGV, KGX, SCHEMA, WD
from .relations import Fact

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


def entity_iri(key: str) -> URIRef:
    return KGE[slugify(key)]


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _decimal(value: float | Decimal) -> Literal:
    return Literal(as_xsd_decimal(Decimal(str(value))), datatype=XSD.decimal)


def _date_literal(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def to_dataset(articles: Iterable[ArticleResult], dataset: Dataset | None = None) -> Dataset:
    """Add articles to a dataset (a new one by default), then refresh the cross-article view."""
    ds = dataset if dataset is not None else Dataset()
    for article in articles:
        add_article(ds, article)
    refresh_default_graph(ds)
    return ds


def add_article(ds: Dataset, article: ArticleResult) -> Graph:
    """Write one article into its named graph, replacing what an earlier run wrote there."""
    iri = URIRef(article.iri)
    ds.remove_graph(ds.graph(iri))
    g = ds.graph(iri)
    g.add((iri, RDF.type, AI.Article))
    g.add((iri, SCHEMA.inLanguage, Literal(article.lang)))
    g.add((iri, AI.textLength, Literal(len(article.text))))
    if article.published:
        g.add((iri, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.url:
        g.add((iri, SCHEMA.url, URIRef(article.url)))
    if article.title:
        g.add((iri, SCHEMA.name, Literal(article.title)))
    if article.source_file:
        g.add((iri, AI.sourceFile, Literal(article.source_file)))

    used = {f.subject for f in article.facts} | {f.object for f in article.facts}
    used |= {k for e in article.events for keys in e.roles.values() for k in keys}
    for key, entity in article.entities.items():
        node = entity_iri(key)
        g.add((node, AI.mentionedIn, iri))
        g.add((node, RDF.type, AI[entity.type]))
        if entity.qid:
            g.add((node, OWL.sameAs, WD[entity.qid]))
        # the names this article uses; the default graph derives label and altLabels from them
        for form in entity.surface_forms or {entity.name}:
            g.add((node, AI.surfaceForm, Literal(form)))

    text = article.text
    for fact in article.facts:
        s, p, o = entity_iri(fact.subject), AI[fact.relation], entity_iri(fact.object)
        statement = KGS[_digest(s, p, o, fact.status)]
        evidence = KGV[_digest(iri, fact.start, fact.end, fact.rule, s, p, o, fact.status)]
        if fact.status == "Asserted":
            g.add((s, p, o))
        g.add((statement, RDF.type, AI.Statement))
        g.add((statement, RDF.subject, s))
        g.add((statement, RDF.predicate, p))
        g.add((statement, RDF.object, o))
        g.add((statement, AI.status, AI[fact.status]))
        g.add((statement, AI.evidence, evidence))
        _evidence(g, evidence, iri, text, fact)

    for event in article.events:
        roles = sorted((role, key) for role, keys in event.roles.items() for key in keys)
        node = KGX[_digest(iri, event.type, roles, event.amount and _amount_digest(event.amount),
                           event.date and event.date.value)]
        g.add((node, RDF.type, AI[event.type]))
        for role, key in roles:
            g.add((node, AI[role], entity_iri(key)))
        if event.amount:
            amount = KGM[_amount_digest(event.amount)]
            g.add((node, AI.amount, amount))
            _amount(g, amount, event.amount)
        if event.date:
            g.add((node, AI.date, _date_literal(event.date.value)))
        for fact in event.evidence:
            s, p, o = entity_iri(fact.subject), AI[fact.relation], entity_iri(fact.object)
            evidence = KGV[_digest(iri, fact.start, fact.end, fact.rule, s, p, o, fact.status)]
            g.add((node, AI.evidence, evidence))
            _evidence(g, evidence, iri, text, fact)
    return g


def _evidence(g: Graph, node: URIRef, article: URIRef, text: str, fact: Fact) -> None:
    g.add((node, RDF.type, AI.Evidence))
    g.add((node, AI.article, article))
    g.add((node, PROV_WAS_DERIVED_FROM, article))
    g.add((node, AI.sentence, Literal(" ".join(text[fact.start : fact.end].split()))))
    g.add((node, AI.startOffset, Literal(fact.start)))
    g.add((node, AI.endOffset, Literal(fact.end)))
    g.add((node, AI.confidence, _decimal(fact.confidence)))
    g.add((node, AI.rule, Literal(fact.rule)))


def _amount_digest(amount: MonetaryAmount) -> str:
    return _digest(amount.currency, amount.value, amount.min_value, amount.max_value)


def _amount(g: Graph, node: URIRef, amount: MonetaryAmount) -> None:
    g.add((node, RDF.type, SCHEMA.MonetaryAmount))
    g.add((node, SCHEMA.currency, Literal(amount.currency)))
    if amount.value is not None:
        g.add((node, SCHEMA.value, Literal(as_xsd_decimal(amount.value), datatype=XSD.decimal)))
    else:
        g.add((node, SCHEMA.minValue, Literal(as_xsd_decimal(amount.min_value), datatype=XSD.decimal)))
        g.add((node, SCHEMA.maxValue, Literal(as_xsd_decimal(amount.max_value), datatype=XSD.decimal)))


def refresh_default_graph(ds: Dataset, gazetteer: Gazetteer | None = None) -> None:
    """Recompute the cross-article view: one type and label per entity, statement support."""
    default = ds.default_graph
    default.remove((None, None, None))
    forms: dict[URIRef, set] = defaultdict(set)
    support: dict[URIRef, set] = defaultdict(set)
    confidence: dict[URIRef, Decimal] = {}
    evidence_conf: dict[URIRef, Decimal] = {}
    evidence_article: dict[URIRef, URIRef] = {}
    statement_evidence: dict[URIRef, set] = defaultdict(set)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        if p == AI.surfaceForm:
            forms[s].add(str(o))
        elif p == AI.confidence and str(s).startswith(str(KGV)):
            evidence_conf[s] = Decimal(str(o))
        elif p == AI.article:
            evidence_article[s] = o
        elif p == AI.evidence and str(s).startswith(str(KGS)):
            statement_evidence[s].add(o)
    gazetteer = gazetteer or default_gazetteer()
    for node, names in forms.items():
        entry = gazetteer.get(str(node)[len(str(KGE)):])
        label = entry.name if entry is not None else canonical_form(names)
        default.add((node, RDFS.label, Literal(label)))
        for name in names - {label}:
            default.add((node, SKOS.altLabel, Literal(name)))
    for statement, evidences in statement_evidence.items():
        articles = {evidence_article[e] for e in evidences if e in evidence_article}
        best = max((evidence_conf[e] for e in evidences if e in evidence_conf), default=Decimal("0"))
        default.add((statement, AI.confidence, _decimal(best)))
        default.add((statement, AI.supportCount, Literal(len(articles))))
