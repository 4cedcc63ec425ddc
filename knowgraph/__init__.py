"""knowgraph: offline, auditable knowledge graphs of the AI industry from French and English news.

>>> import knowgraph
>>> kg = knowgraph.build("Nexalia, basée à Lyon, a été fondée par Claire Valmora.", lang="fr")
>>> print(kg.serialize("turtle").decode())          # doctest: +SKIP

The pipeline is text -> spaCy ``Doc`` (``knowgraph.nlp.text``) -> mentions (``knowgraph.mentions.finder``)
-> facts (``knowgraph.facts.relations``, ``knowgraph.facts.events``) -> RDF (``knowgraph.rdf.graph``) ->
validation (``knowgraph.rdf.validation``) -> output and stores (``knowgraph.rdf.output``, ``knowgraph.stores.embedded``).

Everything a caller can get wrong raises a :class:`KnowgraphError` (one-line message); its
subclasses are exported here (``knowgraph.errors`` defines them).
"""

__version__ = "0.1.0"

from knowgraph.api import Article, KnowledgeGraph, analyse, build  # noqa: E402
from knowgraph.errors import (  # noqa: E402
    GraphInvalid,
    InputError,
    KnowgraphError,
    OutputError,
    ParseError,
    StoreError,
    UnsupportedFormat,
    UnsupportedLanguage,
)
from knowgraph.evaluation import evaluate  # noqa: E402
from knowgraph.nlp.pipeline import load_pipeline  # noqa: E402

__all__ = [
    "Article",
    "GraphInvalid",
    "InputError",
    "KnowgraphError",
    "KnowledgeGraph",
    "OutputError",
    "ParseError",
    "StoreError",
    "UnsupportedFormat",
    "UnsupportedLanguage",
    "analyse",
    "build",
    "evaluate",
    "load_pipeline",
    "__version__",
]
