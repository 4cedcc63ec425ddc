"""knowgraph: offline, auditable knowledge graphs of the AI industry from French and English news.

>>> import knowgraph
>>> kg = knowgraph.build("Mistral AI, basée à Paris, a été fondée par Arthur Mensch.", lang="fr")
>>> print(kg.serialize("turtle").decode())          # doctest: +SKIP

The pipeline is text -> spaCy ``Doc`` (``knowgraph.text``) -> mentions (``knowgraph.mentions``)
-> facts (``knowgraph.relations``, ``knowgraph.events``) -> RDF (``knowgraph.graph``) ->
validation (``knowgraph.validation``) -> output and stores (``knowgraph.output``, ``knowgraph.store``).
"""
__version__ = "0.1.0"

from .api import Article, GraphInvalid, InputError, KnowledgeGraph, analyse, build  # noqa: E402
from .pipeline import load_pipeline  # noqa: E402
from .resources import UnsupportedLanguage  # noqa: E402

__all__ = ["Article", "GraphInvalid", "InputError", "KnowledgeGraph", "UnsupportedLanguage", "analyse", "build",
           "load_pipeline", "__version__"]
