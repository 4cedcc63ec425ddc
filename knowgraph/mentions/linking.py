"""Gazetteer linking: a chosen name the gazetteer knows is that entry's entity, with its QID.

The gazetteer matcher (:class:`~knowgraph.mentions.candidates.GazetteerCandidates`) links the exact
surface forms; :class:`GazetteerLinker` links the other chosen names by the gazetteer's looser
lookup (case, accents, legal suffixes: "Open AI", "Mistral AI SAS"), and a short form of a known
organisation the article names in full ("Scale" after "Scale AI": the name less its generic tail)::

    linker = GazetteerLinker(default_gazetteer(), name_tails={"AI", "Labs"})
    linker.link(doc, chosen)          # sets candidate.entry and candidate.type where a name is known
    entity = linker.entity(entry, first_token=c.start)
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from knowgraph.mentions.entities import Candidate, Entity
from knowgraph.mentions.gazetteer import Gazetteer, GazetteerEntry
from knowgraph.nlp.text import squeeze


class GazetteerLinker:
    """Links chosen candidates to gazetteer entries and makes the entities of those entries."""

    def __init__(self, gazetteer: Gazetteer, name_tails: Collection[str] = ()):
        self.gazetteer = gazetteer
        self.name_tails = set(name_tails)  # generic last words of a name ("AI", "Labs", "Inc")

    def link(self, doc: Doc, chosen: list[Candidate]) -> None:
        """Give every candidate whose name the gazetteer knows its entry, and the entry's type."""
        unknown = []
        for c in chosen:
            entry = c.entry or self.gazetteer.lookup(squeeze(doc[c.start : c.end].text))
            if entry is not None:
                c.entry = entry
                c.type = entry.type
            else:
                unknown.append(c)
        short_forms = self._short_forms(doc, [c for c in chosen if c.entry is not None])
        for c in unknown:
            entry = short_forms.get(squeeze(doc[c.start : c.end].text))
            if entry is not None and c.type in (None, "Organization"):
                c.entry = entry  # "Scale" after "Scale AI"
                c.type = entry.type

    def _short_forms(self, doc: Doc, linked: list[Candidate]) -> dict[str, GazetteerEntry]:
        """The names less their generic tail of the organisations the article names in full."""
        forms: dict[str, GazetteerEntry] = {}
        for c in linked:
            words = doc[c.start : c.end].text.split()
            n = len(words)
            while n > 1 and words[n - 1] in self.name_tails:
                n -= 1
            if c.entry.type == "Organization" and n < len(words):
                forms.setdefault(" ".join(words[:n]), c.entry)
        return forms

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
