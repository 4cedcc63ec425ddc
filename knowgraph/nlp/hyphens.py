"""Hyphenated words the model's tokenizer splits or glues wrongly, fixed from per-language data.

French press writes "start-up(s)" constantly; the French models cut it into "start", "-", "up",
so "la start-up parisienne X" no longer reaches its name. It also keeps "ex-Google" whole, so the
organisation inside is never a mention. ``knowgraph/data/<lang>/tokens.yaml`` lists

* ``whole_words``: words kept as one token, with the norm the model reads (its features use NORM);
* ``name_prefixes``: prefixes split off a capitalised name ("ex-Google" -> "ex-", "Google").

>>> import spacy
>>> nlp = spacy.blank("fr")
>>> add_hyphen_rules(nlp.tokenizer, "fr")
>>> [t.text for t in nlp("La start-up Zeta, fondée par Léa Roux (ex-Google).")][:3]
['La', 'start-up', 'Zeta']
>>> [t.text for t in nlp("Léa Roux (ex-Google)")][-4:]
['(', 'ex-', 'Google', ')']
"""

from __future__ import annotations

import re
from importlib import resources

from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer

from knowgraph.nlp.resources import language_data

_UPPER = "A-ZÀ-ÖØ-Þ"


def _data(lang: str) -> dict:
    if not resources.files("knowgraph.data").joinpath(lang, "tokens.yaml").is_file():
        return {}
    return language_data(lang, "tokens") or {}


def _variants(word: str) -> set[str]:
    """The spellings a whole word takes in running text: "start-up", "Start-up", "START-UP"."""
    return {word, word[:1].upper() + word[1:], word.upper()}


def add_hyphen_rules(tokenizer: Tokenizer, lang: str) -> None:
    """Teach ``tokenizer`` the hyphenated words of ``knowgraph/data/<lang>/tokens.yaml`` (idempotent)."""
    data = _data(lang)
    if not hasattr(tokenizer, "add_special_case"):
        return  # a caller's own tokenizer (any callable): left as it is
    for word, norm in (data.get("whole_words") or {}).items():
        for spelling in _variants(word):
            tokenizer.add_special_case(spelling, [{ORTH: spelling, NORM: norm}])
    prefixes = data.get("name_prefixes") or []
    # role acronyms stay glued: "l'ex-PDG de Google" is one role word, as "l'ex-patron" is
    kept = data.get("kept_after_prefix") or []
    keep = rf"(?!(?-i:{'|'.join(re.escape(w) for w in kept)})\b)" if kept else ""
    prefix = rf"^(?i:{'|'.join(re.escape(p) for p in prefixes)})-{keep}(?=[{_UPPER}])"
    current = tokenizer.prefix_search.__self__.pattern if tokenizer.prefix_search is not None else None
    if not prefixes or (current or "").startswith(prefix):
        return
    # a case-sensitive capital even inside the model's case-insensitive token_match
    split = rf"(?:{'|'.join(re.escape(p) for p in prefixes)})-{keep}(?-i:[{_UPPER}])"
    if tokenizer.token_match is not None:
        tokenizer.token_match = _excluding(tokenizer.token_match.__self__, split).match
    tokenizer.prefix_search = re.compile(prefix + (f"|{current}" if current else "")).search


_GLOBAL_FLAGS = re.compile(r"^\(\?[a-zA-Z]+\)")


class _ExcludingMatch:
    """A whole-token regex that no longer matches a prefixed name: "ex-Google" goes on to the
    prefix rules. ``match`` is what the regex ``(?!split)(?:pattern)`` (in ``pattern``'s global
    flags) matches, tried as two regexes so that the model's own, already compiled, is used as it
    is: the French models' token_match is 1.4 MB of regex, and compiling it again with the
    exclusion took about 2 s of CPU at every start. ``pattern`` is that combined regex's text, which
    spaCy writes when it serialises the tokenizer (``token_match.__self__.pattern``) and compiles
    when it reads it back."""

    def __init__(self, pattern: re.Pattern, split: str):
        flags = _GLOBAL_FLAGS.match(pattern.pattern)
        head = flags.group(0) if flags else ""
        self.pattern = f"{head}(?!{split})(?:{pattern.pattern[len(head) :]})"
        # flags given to re.compile rather than written in the pattern are not in its text: then
        # the combined regex (what the pattern's text means) is compiled, the slow way
        self._whole = pattern if pattern.flags == re.compile(head).flags else re.compile(self.pattern)
        self._split = re.compile(f"{head}(?:{split})") if self._whole is pattern else re.compile("(?!)")

    def match(self, text: str, *args):
        if args:  # pos, endpos: a caller's own use, with the combined regex
            return re.compile(self.pattern).match(text, *args)
        return None if self._split.match(text) else self._whole.match(text)

    def __reduce__(self):  # pickled (nlp.pipe with n_process) as the combined regex
        return (re.compile, (self.pattern,))


def _excluding(pattern: re.Pattern, split: str) -> _ExcludingMatch:
    """``pattern`` (a whole-token regex) no longer matching a prefixed name (:class:`_ExcludingMatch`)."""
    return _ExcludingMatch(pattern, split)
