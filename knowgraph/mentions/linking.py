"""Gazetteer linking: a chosen name the gazetteer knows is that entry's entity, with its QID.

The gazetteer matcher (:class:`~knowgraph.mentions.candidates.GazetteerCandidates`) links the exact
surface forms; :class:`GazetteerLinker` links the other chosen names by the gazetteer's looser
lookup (case, accents, legal suffixes: "Open AI", "Mistral AI SAS")::

    linker = GazetteerLinker(default_gazetteer())
    linker.link(doc, chosen)          # sets candidate.entry and candidate.type where a name is known
    entity = linker.entity(entry, first_token=c.start)
"""

from __future__ import annotations

from spacy.tokens import Doc

from knowgraph.mentions.entities import Candidate, Entity
from knowgraph.mentions.gazetteer import Gazetteer, GazetteerEntry
from knowgraph.nlp.text import squeeze


class GazetteerLinker:
    """Links chosen candidates to gazetteer entries and makes the entities of those entries."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def link(self, doc: Doc, chosen: list[Candidate]) -> None:
        """Give every candidate whose name the gazetteer knows its entry, and the entry's type."""
        for c in chosen:
            entry = c.entry or self.gazetteer.lookup(squeeze(doc[c.start : c.end].text))
            if entry is not None:
                c.entry = entry
                c.type = entry.type

    @staticmethod
    def entity(entry: GazetteerEntry, first_token: int) -> Entity:
        """The entity a gazetteer entry names, first named at token ``first_token``."""
        return Entity(
            entry.key,
            entry.name,
            entry.type,
            entry.qid,
            set(entry.kinds),
            entry.hq,
            known=True,
            first_token=first_token,
        )
