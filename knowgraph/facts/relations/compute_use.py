"""Compute used from a named supplier: "Nexalia will use Kernwerk's cloud capacity", "a deal to use 50,000
Kernwerk TPUs", "Nexalia utilise le service cloud Orbis de Kernwerk", "access to Kernwerk's infrastructure".
The organisation named inside the phrase of compute (a possessor, a name before the compute noun, a "de"/"of"
complement) supplies the compute (``providesComputeTo``) to the one who uses it: the subject of the verb of
use, or, for an access noun, the name a verb of giving hands it to ("gives Nexalia access to ...") or else
the subject of the clause. An organisation named alone after the verb counts only when it is a known cloud
("utiliser Amazon Web Services").

The words are ``compute_use`` in patterns.yaml: the verbs and nouns of use, the prepositions they take, the
compute nouns, the verbs of giving, the words of the user's own ("its own servers": no supplier named)::

    "The startup Nexalia will use Kernwerk Inc.'s cloud capacity." -> providesComputeTo(kernwerk, nexalia)

A phrase ends at a verb, a punctuation mark or a preposition other than the genitive ones, so that
"uses its models on Kernwerk's cloud" (what is used is no compute) says nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import LINKED, Referent, Resolver
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization", "Company"}
# how many words the phrase of compute may have after the verb, its preposition or the access noun
_WINDOW = 9


class ComputeUse(RuleFamily):
    """Compute used from the organisation named in the phrase of compute (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = language_data(self.lang, "patterns").get("compute_use", {})
        self.verbs: dict[str, set[str]] = {
            verb: {p.lower() for p in preps or []} for verb, preps in (spec.get("verbs") or {}).items()
        }
        self.nouns = {w.lower() for w in spec.get("nouns", [])}
        self.noun_prepositions = {w.lower() for w in spec.get("noun_prepositions", [])}
        self.genitives = {w.lower() for w in spec.get("genitives", [])}
        self.compute = {w.lower() for w in spec.get("compute", [])}
        self.giving_verbs = {w.lower() for w in spec.get("giving_verbs", [])}
        self.own_words = {w.lower() for w in spec.get("own_words", [])}
        self.cloud_kinds = {w.lower() for w in spec.get("cloud_kinds", [])}
        self.confidence = float(spec.get("confidence", 0.7))

    def watched_words(self) -> set[str]:
        return set(self.verbs) | self.nouns

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        resolver = self.context.resolver
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in self.verbs:
            start = self._after(token, self.verbs[lemma])
            users = self._subjects(token, resolver, _ORGS) if start is not None else []
        elif token.pos_ == "NOUN" and (lemma in self.nouns or token.lower_ in self.nouns):
            start = self._after(token, self.noun_prepositions)
            users = self._access_holder(token, resolver) if start is not None else []
        else:
            return []
        if not users:
            return []
        suppliers = self._supplier(start, token, resolver, {u.key for u in users})
        return self._make(
            f"{self.lang}/providesComputeTo.use",
            "providesComputeTo",
            suppliers,
            users[:1],
            token,
            self.confidence,
            resolver,
        )

    def _after(self, token: Token, prepositions: set[str]) -> int | None:
        """Where the phrase of compute starts: right after the word, or after its preposition when it takes
        one ("accéder à", "access to"); None when the preposition it needs is not there."""
        k = token.i + 1
        if not prepositions:
            return k
        if k < token.sent.end and token.doc[k].lower_ in prepositions:
            return k + 1
        return None

    def _access_holder(self, noun: Token, resolver: Resolver) -> list[Referent]:
        """ "gives Nexalia access to": the name between a verb of giving and the noun; otherwise the subject of
        the verb the noun depends on ("Nexalia gains access to")."""
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return []
        if verb.lemma_.lower() in self.giving_verbs:
            for span in resolver.mentions_in(verb.i + 1, noun.i):
                if span.end <= noun.i and span.label_ in _ORGS:
                    return resolver.resolve(noun.doc[span.start], _ORGS, coordinated=False)
            return []
        return self._subjects(verb, resolver, _ORGS)

    def _supplier(self, start: int, trigger: Token, resolver: Resolver, users: set[str]) -> list[Referent]:
        doc, sent = trigger.doc, trigger.sent
        end = min(sent.end, start + _WINDOW)
        named: list[Referent] = []
        has_compute = False
        k = start
        while k < end:
            t = doc[k]
            if t.lower_ in self.own_words:
                return []  # "its own servers": the user's
            span = resolver.mention_at(k)
            if span is not None and span.start == k:
                if span.label_ in _ORGS:
                    named += [r for r in resolver.resolve(doc[k], _ORGS, coordinated=False) if r.key not in users]
                k = span.end
                continue
            if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("-", "'", "’"):
                break
            if t.pos_ == "ADP" and t.lower_ not in self.genitives:
                break
            has_compute = has_compute or t.lower_ in self.compute or t.lemma_.lower() in self.compute
            k += 1
        if not named:
            return []
        supplier = named[0]
        if has_compute or self._known_cloud(supplier.key, resolver):
            return [Referent(supplier.key, min(supplier.factor, LINKED), supplier.token)]
        return []

    def _known_cloud(self, key: str, resolver: Resolver) -> bool:
        """Is the organisation a cloud by the gazetteer ("utiliser Amazon Web Services")?"""
        entity = resolver.entity(key)
        return bool(entity.known and {k.lower() for k in entity.kinds} & self.cloud_kinds)
