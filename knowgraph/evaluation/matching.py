"""Which gold entity a node of a built graph stands for.

A node is the gold entity whose Wikidata id it carries (``owl:sameAs``, ``schema:sameAs`` or
``ai:wikidata``); failing that, the one with a name or alias equal to one of the node's labels
after :func:`normalise`; failing that, the same comparison without a trailing company suffix
(:func:`without_suffix`: "Inflection AI" is "Inflection", "Meta Platforms" is "Meta").

>>> normalise("L’Oréal S.A.")
'oreal s a'
>>> normalise("The Redmond giant") == normalise("Redmond Giant")
True
>>> without_suffix("Meta Platforms, Inc.")
'meta platforms'

A node that matches no gold entity keeps its own name, prefixed with ``?`` ("?Acme"), so that it
can still be counted as a wrong entity or a wrong fact.
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import FOAF, OWL, RDFS, SKOS
from rdflib.term import Node

from knowgraph.evaluation.gold import QID, GoldCase

AI = Namespace("https://w3id.org/knowgraph/ai#")
SCHEMA = Namespace("https://schema.org/")
SCHEMA_HTTP = Namespace("http://schema.org/")

#: A leading article is not part of a name: "la firme de Redmond", "the Redmond giant", "l'IA".
ARTICLES = frozenset({"the", "la", "le", "les", "l", "un", "une"})
#: Legal-form and branding words that a text may add to or drop from a company's name.
COMPANY_SUFFIXES = frozenset(
    {
        "ai",
        "inc",
        "corp",
        "corporation",
        "ltd",
        "llc",
        "sa",
        "sas",
        "gmbh",
        "labs",
        "platforms",
        "technologies",
        "group",
    }
)
#: Predicates whose literals name a node, canonical name first.
NAME_PREDICATES = (
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    SCHEMA.name,
    SCHEMA.alternateName,
    SCHEMA_HTTP.name,
    SCHEMA_HTTP.alternateName,
    FOAF.name,
)
SAME_AS_PREDICATES = (OWL.sameAs, SCHEMA.sameAs, SCHEMA_HTTP.sameAs, AI.wikidata)
WIKIDATA_IRI = re.compile(r"wikidata\.org/(?:entity|wiki)/(Q[0-9]+)")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> str:
    """Lower case, accents and punctuation dropped, spaces collapsed, one leading article dropped."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = _NOT_ALNUM.sub(" ", plain).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def without_suffix(text: str) -> str:
    """:func:`normalise`, then one trailing company suffix dropped (never the only word)."""
    words = normalise(text).split()
    if len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def wikidata_id(term: Node) -> str | None:
    """``Q2283`` from a Wikidata entity IRI, or from a literal that is just the id."""
    found = WIKIDATA_IRI.search(str(term))
    if found:
        return found.group(1)
    return str(term) if QID.fullmatch(str(term)) else None


def node_names(graph: Graph, node: Node) -> list[str]:
    """The node's names: the canonical label first, then the other names in a stable order."""
    names: list[str] = []
    for predicate in NAME_PREDICATES:
        names += sorted(str(o) for o in graph.objects(node, predicate) if isinstance(o, Literal))
    return names


class EntityMatcher:
    """Resolves graph nodes to gold names (or ``?name`` for an entity the gold does not have).

    >>> from knowgraph.evaluation.gold import GoldCase
    >>> gold = GoldCase.from_dict({"id": "x", "entities": [
    ...     {"name": "Microsoft", "type": "Organization", "aliases": ["la firme de Redmond"], "wikidata": "Q2283"}]})
    >>> matcher = EntityMatcher(gold)
    >>> matcher.by_name("Microsoft Corp"), matcher.by_name("Firme de Redmond"), matcher.by_name("Apple")
    ('Microsoft', 'Microsoft', None)
    """

    def __init__(self, gold: GoldCase):
        self.exact: dict[str, str] = {}
        self.loose: dict[str, str] = {}
        self.wikidata: dict[str, str] = {}
        for entity in gold.entities:
            for name in (entity.name, *entity.aliases):
                # a form two entities share goes to the first one listed
                self.exact.setdefault(normalise(name), entity.name)
                self.loose.setdefault(without_suffix(name), entity.name)
            if entity.wikidata:
                self.wikidata.setdefault(entity.wikidata, entity.name)
        for entity in gold.unmapped:  # recognised by exact name only, so that they can be ignored
            for name in (entity.name, *entity.aliases):
                self.exact.setdefault(normalise(name), entity.name)
        self._cache: dict[Node, str] = {}

    def by_name(self, name: str) -> str | None:
        return self.exact.get(normalise(name)) or self.loose.get(without_suffix(name))

    def resolve(self, graph: Graph, node: Node) -> str:
        """The gold name of ``node``, or ``?`` + its own name."""
        if node not in self._cache:
            self._cache[node] = self._resolve(graph, node)
        return self._cache[node]

    def _resolve(self, graph: Graph, node: Node) -> str:
        for predicate in SAME_AS_PREDICATES:
            for target in graph.objects(node, predicate):
                qid = wikidata_id(target)
                if qid in self.wikidata:
                    return self.wikidata[qid]
        names = node_names(graph, node)
        for index in (self.exact, self.loose):
            key = normalise if index is self.exact else without_suffix
            for name in names:
                if key(name) in index:
                    return index[key(name)]
        return "?" + (names[0] if names else str(node).rsplit("/", 1)[-1])
