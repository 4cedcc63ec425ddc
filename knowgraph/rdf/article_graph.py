"""One article's named graph: the article node, what it says of each entity, its statements with
their evidence, its events and their amounts (see :func:`article_triples`).

Every IRI is derived from content (no blank nodes): the same text gives the same IRIs anywhere.

>>> str(entity_iri("mistral-ai"))
'https://w3id.org/knowgraph/entity/mistral-ai'
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from rdflib import OWL, RDF, XSD, Literal, URIRef

from knowgraph.facts.amounts import MonetaryAmount, as_xsd_decimal
from knowgraph.facts.events import Event
from knowgraph.facts.relations import Fact
from knowgraph.mentions.finder import Entity
from knowgraph.mentions.gazetteer import slugify
from knowgraph.rdf.namespace import AI, KGA, KGE, KGM, KGS, KGV, KGX, SCHEMA, WD

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
    # a range, or a range open on one side ("more than $400 million" has a minimum only)
    if amount.value is None and amount.min_value is not None:
        out.append((node, SCHEMA.minValue, Literal(as_xsd_decimal(amount.min_value), datatype=XSD.decimal)))
    if amount.value is None and amount.max_value is not None:
        out.append((node, SCHEMA.maxValue, Literal(as_xsd_decimal(amount.max_value), datatype=XSD.decimal)))
