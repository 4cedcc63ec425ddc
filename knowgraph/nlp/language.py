"""Which language is an article in? Function-word counting: fast, offline, and good enough to
tell French from English and to refuse other languages with a clear message.

>>> detect_language("La startup a levé des fonds auprès de ses investisseurs.")
'fr'
>>> detect_language("The startup raised money from its investors.")
'en'
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from knowgraph.nlp.resources import SUPPORTED_LANGUAGES, UnsupportedLanguage

_WORD = re.compile(r"[^\W\d_]+(?:['’])?", re.UNICODE)


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(resources.files("knowgraph.data").joinpath("languages.yaml").read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in data.items()}


def language_scores(text: str, sample: int = 4000) -> dict[str, float]:
    """Share of the words of ``text`` (its first ``sample`` characters) that are function words of each language."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[:sample])]
    if not words:
        return {lang: 0.0 for lang in _function_words()}
    vocab = _function_words()
    # a word shared by several languages ("de", "la", "en") says less than one of its own
    share = {}
    for words_of_lang in vocab.values():
        for w in words_of_lang:
            share[w] = share.get(w, 0) + 1
    return {
        lang: sum(1 / share[w] for w in words if w in lang_words) / len(words) for lang, lang_words in vocab.items()
    }


def detect_language(text: str) -> str:
    """``"fr"`` or ``"en"``; raises :class:`UnsupportedLanguage` for anything else."""
    scores = language_scores(text)
    best = max(scores, key=lambda lang: (scores[lang], lang))
    if scores[best] < 0.05:
        raise UnsupportedLanguage("unknown")
    if best not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(best)
    return best
