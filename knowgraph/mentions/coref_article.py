"""The article as the coreference rules read and extend it, and what they answer (:class:`Referent`).

:class:`ArticleMentions` holds one doc's mentions (``doc.spans["kg_mentions"]``), their index by
token, the entities and the token columns. The rules of :mod:`knowgraph.mentions.coref` share one
per article; the names they find in argument slots are added to it (:meth:`ArticleMentions.add`)::

    article = ArticleMentions(doc)
    article.mention_at(5)             # the span covering token 5, or None
    article.add(7, 9, "Organization", "kerlann-robotics")

A :class:`Referent` carries a factor that lowers the confidence of facts built on it: ``DIRECT`` for a
name, down to ``DESCRIPTION`` for "la startup".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Span

from knowgraph.mentions.entities import MENTIONS_KEY, Entity, mention_index
from knowgraph.nlp.doccache import TokenColumns, token_columns

DIRECT, LINKED, PRONOUN, DESCRIPTION, COERCED = 1.0, 0.95, 0.85, 0.8, 0.85


@dataclass(frozen=True)
class Referent:
    key: str
    factor: float
    token: int  # where the referring expression is


class ArticleMentions:
    """The mentions, entities and token columns of one doc (see the module docstring)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        if doc._.kg_entities is None:
            doc._.kg_entities = {}
        # The doc's own dict, even when empty: names found in argument slots are added to it, and a
        # copy would leave facts about entities the graph never describes.
        self.entities: dict[str, Entity] = doc._.kg_entities
        self.index = mention_index(doc)
        self.mentions: list[Span] = list(doc.spans.get(MENTIONS_KEY, []))
        # mentions in order of their start (as knowgraph_mentions writes them; add keeps the order)
        self.ordered = all(a.start <= b.start for a, b in zip(self.mentions, self.mentions[1:], strict=False))
        # per-token strings as lists (read-only, shared with the mentions component)
        self.columns: TokenColumns = token_columns(doc)
        columns = self.columns
        self.lowers: list[str] = columns.lower  # token.lower_ by index, for the rules' word-sequence tests
        self.lemmas: list[str] = columns.lemma  # token.lemma_.lower() by index
        self.texts: list[str] = columns.text  # token.text and token.text_with_ws by index
        self.texts_ws: list[str] = columns.text_with_ws

    def mention_at(self, i: int) -> Span | None:
        return self.index.get(i)

    def mentions_in(self, start: int, end: int) -> Iterator[Span]:
        """``self.mentions`` as ``for span in self.mentions`` reads it (the list may grow meanwhile),
        less spans that start before ``start`` or at ``end`` or after, which it skips without
        reading them, when the list is in order of start."""
        mentions = self.mentions
        k = 0
        if self.ordered:  # the first span that starts at ``start`` or after
            hi = len(mentions)
            while k < hi:
                mid = (k + hi) // 2
                if mentions[mid].start < start:
                    k = mid + 1
                else:
                    hi = mid
        for span in islice(mentions, k, None):
            if self.ordered and span.start >= end:
                return  # so do all the later ones
            yield span

    def add(self, start: int, end: int, etype: str, key: str) -> None:
        """A mention of entity ``key`` found by a rule, indexed and kept in order of start."""
        span = Span(self.doc, start, end, label=etype, kb_id=key)
        for i in range(start, end):
            self.index[i] = span
        self.mentions.append(span)
        self.mentions.sort(key=lambda s: s.start)
        self.ordered = True

    def text_of(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for ``start < end <= len(doc)``, without building the span."""
        return "".join(self.texts_ws[start : end - 1]) + self.texts[end - 1]
