"""A spaCy ``Matcher`` run only where its patterns can start.

spaCy's ``Matcher`` tries every pattern at every token of a doc; a pattern that must start at a
word of a short list (a noun lemma) and spans a bounded number of tokens can only match in the
few tokens after such a word. :class:`AnchoredMatcher` finds those words from the doc's token
columns, runs the matcher on the windows after them, and filters the matches as
``greedy="LONGEST"`` does over the whole doc: the same matches, in the same order, as a
``Matcher`` with the same patterns added with ``greedy="LONGEST"``.

    matcher = AnchoredMatcher(nlp.vocab, "LISTED", [[{"LEMMA": {"IN": ["model"]}, "POS": "NOUN"}, {"TEXT": ":"}]])
    matcher(doc)  # [(match_id, start, end), ...], as Matcher(doc)

Each pattern's first token must be a lemma among a list (``{"LEMMA": {"IN": [...]}}``, other
attributes beside it) that occurs exactly once (no ``OP``), and every token's ``OP`` must bound its
repetitions (no ``*``, ``+`` or ``{n,}``).
"""

from __future__ import annotations

import re

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from knowgraph.nlp.doccache import token_columns

_RANGE = re.compile(r"^\{(\d*)(,?)(\d*)\}$")


def _most_tokens(token: dict) -> int:
    """How many tokens one token pattern can match at most."""
    op = token.get("OP")
    if op in (None, "?", "!"):
        return 1
    found = _RANGE.match(op) if isinstance(op, str) else None
    if found is None or (found[2] and not found[3]):
        raise ValueError(f"unbounded or unknown OP {op!r}: the pattern's length has no bound")
    return int(found[3] or found[1])


class AnchoredMatcher:
    """The matches of ``patterns`` under ``key``, filtered as ``greedy="LONGEST"`` (module docstring)."""

    def __init__(self, vocab: Vocab, key: str, patterns: list[list[dict]]):
        self.matcher = Matcher(vocab)
        self.matcher.add(key, patterns)  # every match: the LONGEST filter is applied over the whole doc below
        self.key = vocab.strings.add(key)  # the match id, as Matcher gives it
        self.span = max(sum(_most_tokens(t) for t in pattern) for pattern in patterns)
        lemmas: set[str] = set()
        for pattern in patterns:
            first = pattern[0]
            words = first.get("LEMMA", {}).get("IN") if isinstance(first.get("LEMMA"), dict) else None
            if words is None or "OP" in first:
                raise ValueError("each pattern must start with one token of a lemma among a list")
            lemmas |= {w.lower() for w in words}  # the columns' lemmas are lower-cased: a superset
        self.lemmas = frozenset(lemmas)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        self.matcher(doc[0:0])  # raises as Matcher does when the doc lacks an annotation the patterns read
        columns = token_columns(doc)
        lemmas, n, span = self.lemmas, len(doc), self.span
        found: list[tuple[int, int]] = []
        window: list[int] = []  # the current window's [start, end)
        for i, lemma in enumerate(columns.lemma):
            if lemma not in lemmas:
                continue
            if window and i <= window[1]:
                window[1] = max(window[1], min(n, i + span))
                continue
            if window:
                found += self._window(doc, *window)
            window = [i, min(n, i + span)]
        if window:
            found += self._window(doc, *window)
        # as Matcher does for greedy="LONGEST": longest first, then leftmost, none overlapping a match kept
        taken = bytearray(n)
        out = []
        key = self.key
        for start, end in sorted(found, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
            if not any(taken[start:end]):
                out.append((key, start, end))
                taken[start:end] = b"\x01" * (end - start)
        return out

    def _window(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        return [(start + a, start + b) for _key, a, b in self.matcher(doc[start:end])]
