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

The work is shared by four modules, whose public names are all importable from here:
:mod:`knowgraph.rdf.article_graph` (one article's triples, its IRIs), :mod:`knowgraph.rdf.merge_rules`
(an entity's label and class, one event in several reports), :mod:`knowgraph.rdf.merged_view`
(:class:`MergedView`, the default graph accumulated article by article) and this one, which puts
them in an rdflib :class:`~rdflib.Dataset`.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from knowgraph.mentions.gazetteer import Gazetteer
from knowgraph.rdf.article_graph import (
    PROV_WAS_DERIVED_FROM,
    ArticleResult,
    article_iri,
    article_triples,
    entity_iri,
    event_iri,
)
from knowgraph.rdf.article_graph import _amount_digest as _amount_digest  # for knowgraph.views.report
from knowgraph.rdf.merge_rules import _ENTITY_CLASSES, TYPE_ORDER, entity_label, entity_type, same_events
from knowgraph.rdf.merged_view import MergedView
from knowgraph.rdf.namespace import AI, KGE

__all__ = [
    "PROV_WAS_DERIVED_FROM",
    "TYPE_ORDER",
    "ArticleResult",
    "MergedView",
    "add_article",
    "article_iri",
    "article_triples",
    "entity_iri",
    "entity_label",
    "entity_type",
    "event_iri",
    "refresh_default_graph",
    "same_events",
    "to_dataset",
]


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


def _graph_id(g) -> URIRef:
    return getattr(g, "identifier", g)


def _is_default(g) -> bool:
    return str(_graph_id(g)) == str(DATASET_DEFAULT_GRAPH_ID)


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
