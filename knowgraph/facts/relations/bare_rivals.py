"""Rivals named right after a rival word or described as one, with no possessive or owner of their own:
"analysts said competitor Ostrakon had ...", "acquired rival startup Windsurf", "it acquired Brintel, a rival
startup that ...". A mixin of :class:`~knowgraph.facts.relations.rival_lists.RivalLists`, which calls
``_bare_rival`` at every rival word and gives ``_climbing_subject``::

    facts += self._bare_rival(token, resolver)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.mentions.coref import LINKED, Referent, Resolver

_ORGS = {"Organization"}


class BareRivals:
    """A rival word before a name, or in an apposition after one (see module docstring)."""

    def _bare_rival(self, token: Token, resolver: Resolver) -> list[Fact]:
        """ "analysts said competitor Ostrakon had ...", "rejoindre la startup concurrente Ostrakon": a rival
        word right before a name, with no possessive or owner of its own, is said of the one other organisation
        the sentence named before it (none or several: no fact)."""
        doc, sent = token.doc, token.sent
        j = token.i + 1
        while (
            j < sent.end
            and j - token.i <= 2
            and resolver.mention_at(j) is None
            and doc[j].is_lower
            and self._descriptor_type(doc[j]) == "Organization"
        ):
            j += 1  # "acquired rival startup Windsurf": the descriptor between the rival word and the name
        span = resolver.mention_at(j) if j < sent.end else None
        if span is None or span.start != j or span.label_ not in _ORGS:
            return self._rival_apposition(token, resolver)
        k = token.i - 1
        while k >= sent.start and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ") and token.i - k <= 2:
            k -= 1  # "la startup concurrente", "rival AI startup"
        if k >= sent.start and (doc[k].lower_ in self.possessives or doc[k].lower_ in ("'s", "’s")):
            return []  # "its rival OpenAI", "Google's rival X": the possessive rules read those
        if any(t.lower_ in self.same_side_words for t in doc[max(sent.start, token.i - 4) : token.i]):
            return []  # "fellow AI rival X": a rival of the one the passage is about, on the same side as the others
        others = {
            m.kb_id_
            for m in resolver.mentions_in(sent.start, k + 1)
            if m.label_ in _ORGS and m.end <= k + 1 and m.kb_id_ != span.kb_id_
        }
        if len(others) != 1:
            return []
        holder = next(m for m in resolver.mentions_in(sent.start, k + 1) if m.kb_id_ in others)
        return self._make(
            f"{self.lang}/competitorOf.bare",
            "competitorOf",
            [Referent(holder.kb_id_, LINKED * 0.9, holder.start)],
            [Referent(span.kb_id_, LINKED, span.start)],
            token,
            0.7,
            resolver,
        )

    def _rival_apposition(self, token: Token, resolver: Resolver) -> list[Fact]:
        """ "it acquired Brintel, a rival startup that ...": a singular rival word in an indefinite apposition
        (its descriptor after it) describes the name before the comma; its rival is the one other organisation
        the sentence named before that name, or else the subject of the verb the name is the object of."""
        doc, sent = token.doc, token.sent
        k = token.i - 1
        if k - 2 < sent.start or doc[k].lower_ not in ("a", "an", "another") or doc[k - 1].text != ",":
            return []
        j = token.i + 1
        while j < sent.end and j - token.i <= 2 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"):
            j += 1
        if (
            j == token.i + 1
            or self._descriptor_type(doc[j - 1]) != "Organization"
            or "Plur" in doc[j - 1].morph.get("Number")
        ):
            return []  # "a rival startup", "a rival AI lab": an organisation noun closes the description
        named = resolver.mention_at(k - 2)
        if named is None or named.end != k - 1 or named.label_ not in _ORGS:
            return []
        others = {
            m.kb_id_
            for m in resolver.mentions_in(sent.start, named.start)
            if m.label_ in _ORGS and m.end <= named.start and m.kb_id_ != named.kb_id_
        }
        if len(others) > 1:
            return []
        if others:
            first = next(m for m in resolver.mentions_in(sent.start, named.start) if m.kb_id_ in others)
            holders = [Referent(first.kb_id_, LINKED * 0.9, first.start)]
        else:
            root = named.root
            verb = root.head if root.dep_ in ("dobj", "obj") else None
            holders = self._climbing_subject(verb, resolver) if verb is not None else []
            holders = [h for h in holders if h.key != named.kb_id_][:1]
        return self._make(
            f"{self.lang}/competitorOf.bare",
            "competitorOf",
            holders,
            [Referent(named.kb_id_, LINKED, named.start)],
            token,
            0.7,
            resolver,
        )
