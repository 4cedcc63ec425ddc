"""What the mention stage hands on: :class:`Entity`, the ``kg_mentions`` spans and their index.

The ``knowgraph_mentions`` component (:mod:`knowgraph.mentions.finder`) writes
``doc.spans[MENTIONS_KEY]`` and ``doc._.kg_entities``; the coreference resolver and the relation
rules read them back::

    from knowgraph.mentions.entities import MENTIONS_KEY, mention_index
    span = mention_index(doc).get(token.i)  # the mention that covers a token, or None
    entity = doc._.kg_entities[span.kb_id_] if span is not None else None

:class:`Candidate` is the stage's working unit: a span that may name an entity, before the finder
chooses among overlapping candidates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from knowgraph.mentions.gazetteer import GazetteerEntry

MENTIONS_KEY = "kg_mentions"

if not Doc.has_extension("kg_entities"):
    Doc.set_extension("kg_entities", default=None)
if not Doc.has_extension("kg_lang"):
    Doc.set_extension("kg_lang", default=None)


@dataclass
class Entity:
    """One real-world entity as named in one article."""

    key: str
    name: str
    type: str
    qid: str | None = None
    kinds: set[str] = field(default_factory=set)
    hq: str | None = None
    surface_forms: set[str] = field(default_factory=set)
    known: bool = False  # from the gazetteer
    first_token: int = 0

    @property
    def alt_labels(self) -> list[str]:
        return sorted(form for form in self.surface_forms if form != self.name)


@dataclass
class Candidate:
    """Tokens ``start:end`` that may name an entity of ``type``, found by one of the finder's steps."""

    start: int
    end: int
    priority: int  # 0 gazetteer, 1 named by context, 2 NER, 3 found again once named
    type: str | None
    entry: GazetteerEntry | None = None
    kinds: set[str] = field(default_factory=set)


def mention_index(doc: Doc) -> dict[int, Span]:
    """Token index -> the mention span that covers it."""
    index = doc.user_data.get("kg_mention_index")
    if index is None:
        index = {i: span for span in doc.spans.get(MENTIONS_KEY, []) for i in range(span.start, span.end)}
        doc.user_data["kg_mention_index"] = index
    return index
