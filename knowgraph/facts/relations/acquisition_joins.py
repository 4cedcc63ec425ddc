"""An acquisition told through the people it brought: "Taylor joined Kernwerk following the acquisition of
Nexalia", "she joined Kernwerk through its 2016 acquisition of her startup, Nexalia", "il a rejoint Kernwerk
après le rachat de Nexalia". The organisation joined bought the one named after the deal noun, which has no
buyer of its own in the phrase (``acquired``, with an Acquisition event).

The words are ``acquisition_joins`` in patterns.yaml: the verbs of joining, the prepositions that bring the
deal noun, the deal nouns and the prepositions of what is bought::

    "Taylor joined Kernwerk in 2012 following the acquisition of Nexalia." -> acquired(kernwerk, nexalia)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.nlp.doccache import doc_text
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization"}
#: how many characters before the deal noun's phrase its preposition is looked for
_BEFORE = 20


class AcquisitionJoins(RuleFamily):
    """The organisation a person joined through the acquisition of another (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = language_data(self.lang, "patterns").get("acquisition_joins", {})
        self.verbs = {w.lower() for w in spec.get("verbs", [])}
        self.prepositions = tuple(w.lower() for w in spec.get("prepositions", []))
        self.nouns = {w.lower() for w in spec.get("nouns", [])}
        self.of = {w.lower() for w in spec.get("of", [])}
        self.confidence = float(spec.get("confidence", 0.75))

    def watched_words(self) -> set[str]:
        return set(self.verbs)

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.verbs:
            return []
        resolver = self.context.resolver
        joined = [
            r
            for c in token.children
            # (fr_core_news_md reads the name joined as the verb's complement at times: "a rejoint Kernwerk" xcomp)
            if c.dep_ in ("dobj", "obj", "xcomp") and resolver.mention_at(c.i) is not None
            for r in resolver.resolve(c, _ORGS, coordinated=False)
        ]
        if not joined:
            return []
        facts: list[Fact] = []
        for noun in token.subtree:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.nouns or not self._brought(noun):
                continue
            if any(c.dep_ in ("poss", "nmod:poss") and c.lower_ not in ("its", "son", "sa") for c in noun.children):
                continue  # "through Brintel's acquisition of X": a buyer of its own
            bought = self._bought(noun, {r.key for r in joined})
            facts += self._make(
                f"{self.lang}/acquired.join",
                "acquired",
                joined[:1],
                bought,
                noun,
                self.confidence,
                resolver,
                event="Acquisition",
            )
        return facts

    def _brought(self, noun: Token) -> bool:
        """Is the deal noun's phrase brought by one of the prepositions ("following | the acquisition")?"""
        text = doc_text(noun.doc)
        lo = noun.left_edge.idx
        before = text[max(0, lo - _BEFORE) : lo].lower().rstrip()
        opening = text[lo : noun.idx].lower()
        return before.endswith(self.prepositions) or opening.startswith(self.prepositions)

    def _bought(self, noun: Token, buyers: set[str]) -> list:
        """The organisation after the deal noun's "of" ("of his last startup, Nexalia"), not the buyer."""
        resolver = self.context.resolver
        after_of = False
        for t in noun.subtree:
            if t.i <= noun.i:
                continue
            if t.lower_ in self.of:
                after_of = True
                continue
            if after_of and resolver.mention_at(t.i) is not None:
                found = [r for r in resolver.resolve(t, _ORGS, coordinated=False) if r.key not in buyers]
                if found:
                    return found[:1]
        return []
