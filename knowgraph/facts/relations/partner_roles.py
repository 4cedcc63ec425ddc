"""An organisation given the role of partner by another: "Kernwerk has chosen the startup Nexalia as a
strategic partner", "Le groupe Kernwerk a retenu Nexalia comme partenaire", "Nexalia vante ses liens avec
Kernwerk, qu'elle présente comme un partenaire". The one who chooses, names or presents (the verb's subject)
and the one given the role (its object, or the name a relative "que"/"that" stands for) are partners
(``partnerOf``). The words are ``partner_roles`` in patterns.yaml: the verbs, the role markers ("as",
"comme") and the partner nouns; only the determiners and adjectives of the role ("a strategic") may come
between the marker and the noun.

    "Kernwerk has chosen the startup Nexalia as a strategic partner." -> partnerOf(kernwerk, nexalia)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import Referent, Resolver
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization", "Company"}
# words that start another clause between the verb and the name ("chose to work with", "picked what")
_CLAUSE_BREAKS = {"AUX", "PUNCT", "PART", "SCONJ", "PRON"}


class PartnerRoles(RuleFamily):
    """ "X chose Y as a partner": X and Y are partners (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = language_data(self.lang, "patterns").get("partner_roles", {})
        self.verbs = {w.lower() for w in spec.get("verbs", [])}
        self.markers = {w.lower() for w in spec.get("markers", [])}
        self.nouns = {w.lower() for w in spec.get("nouns", [])}
        self.relatives = {w.lower() for w in spec.get("relatives", [])}
        self.confidence = float(spec.get("confidence", 0.7))
        # "X lists Y as a competitor": a rival's role, given by the verbs of naming or seeing one
        self.rival_nouns = {w.lower() for w in spec.get("rival_nouns", [])}
        self.rival_verbs = {w.lower() for w in spec.get("rival_verbs", [])}
        self.complement_words = {w.lower() for w in spec.get("complement_words", [])}

        # "A and B jointly operate X", "built jointly with B", "développé conjointement par A et B"
        self.joint_adverbs = {w.lower() for w in spec.get("joint_adverbs", [])}
        self.joint_excluded = {w.lower() for w in spec.get("joint_excluded_verbs", [])}
        self.joint_with = tuple(spec.get("joint_with", []))
        self.joint_by = tuple(spec.get("joint_by", []))

    def watched_words(self) -> set[str]:
        return self.nouns | self.rival_nouns | self.joint_adverbs

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.lower_ in self.joint_adverbs:
            return self._joint(token)
        rival = token.lower_ in self.rival_nouns
        if token.pos_ not in ("NOUN", "PROPN") or not (rival or token.lower_ in self.nouns):
            return []
        doc, sent = token.doc, token.sent
        if rival and token.i + 1 < sent.end and doc[token.i + 1].lower_ in self.complement_words:
            return []  # "as a competitor to Z": Z's rival, which the noun frames read
        k = token.i - 1
        while (
            k > sent.start
            and (doc[k].pos_ in ("DET", "ADJ", "ADV") or doc[k].dep_ == "amod" or doc[k].text == "-")
            and token.i - k <= 5
        ):
            k -= 1  # "as a strategic partner", "comme partenaire privilégié" has nothing before
        if k <= sent.start or doc[k].lower_ not in self.markers:
            return []
        marker = k
        verb = self._verb_before(marker, self.rival_verbs if rival else self.verbs)
        if verb is None:
            return []
        resolver = self.context.resolver
        chosen = self._chosen(verb, marker, resolver)
        if not chosen:
            return []
        chosen_keys = {c.key for c in chosen}
        choosers = [r for r in self._subjects(verb, resolver, _ORGS) if r.key not in chosen_keys]
        pronoun = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.pos_ == "PRON"), None)
        if not choosers and pronoun is not None:
            # "Nexalia vante Kernwerk, qu'elle présente comme": the pronoun takes up the main clause's subject,
            # not the name its own clause hangs on
            choosers = self._main_subject(chosen[0].token, resolver, chosen_keys)
        relation = "competitorOf" if rival else "partnerOf"
        return self._make(
            f"{self.lang}/{relation}.role",
            relation,
            choosers[:1],
            chosen,
            token,
            self.confidence,
            resolver,
            None if rival else "Partnership",
        )

    def _joint(self, adverb: Token) -> list[Fact]:
        """ "A and B jointly operate a data centre", "a benchmark it runs jointly with B", "développé conjointement par
        A et B": what two organisations do jointly makes them partners (the verb's subjects or its agents, with the
        one named after "with"/"avec"). Not the verbs of funding or buying (``joint_excluded_verbs``): co-investors
        and co-buyers are no partners for that."""
        verb = adverb.head
        if adverb.pos_ != "ADV" or verb.pos_ != "VERB" or verb.lemma_.lower() in self.joint_excluded:
            return []
        resolver = self.context.resolver
        parties = self._prepositional(verb, resolver, _ORGS, self.joint_by) or self._subjects(verb, resolver, _ORGS)
        keys = {p.key for p in parties}
        others = [r for r in self._prepositional(verb, resolver, _ORGS, self.joint_with) if r.key not in keys]
        if others:
            pairs = [(parties[:1], others)] if parties else []
        else:
            pairs = [([a], parties[i + 1 :]) for i, a in enumerate(parties)]
        return [
            f
            for subjects, objects in pairs
            for f in self._make(
                f"{self.lang}/partnerOf.joint", "partnerOf", subjects, objects, verb, self.confidence, resolver
            )  # (the verb's mood and negation are the statement's: "could jointly develop")
        ]

    def _verb_before(self, marker: int, verbs: set[str]) -> Token | None:
        """The verb of choosing or presenting nearest before the marker, in the same stretch between
        punctuation marks; the tagger may read a word of the object as a verb ("the robotics startup")."""
        doc = self.context.doc
        for j in range(marker - 1, doc[marker].sent.start - 1, -1):
            t = doc[j]
            if t.pos_ == "VERB" and {t.lemma_.lower(), t.lower_} & verbs:
                return t
            if t.is_punct and t.text not in ("-", "'", "’"):
                return None
        return None

    def _chosen(self, verb: Token, marker: int, resolver: Resolver) -> list[Referent]:
        """The organisation given the role: the one name between the verb and the marker, or, for a relative
        clause ("Kernwerk, qu'elle présente comme"), the name the clause hangs on."""
        doc = verb.doc
        spans = [s for s in resolver.mentions_in(verb.i + 1, marker) if s.end <= marker]
        if len(spans) == 1 and spans[0].label_ in _ORGS:
            if any(
                t.pos_ in _CLAUSE_BREAKS and t.text not in ("-", "'", "’") for t in doc[verb.i + 1 : spans[0].start]
            ):
                return []  # the name belongs to another clause
            return resolver.resolve(doc[spans[0].start], _ORGS, coordinated=False)
        if spans:
            return []
        # "Kernwerk, qu'elle présente comme": the relative pronoun right before the verb's subject pronoun,
        # the name right before it (a comma between)
        k = verb.i - 1
        if k > verb.sent.start and doc[k].pos_ == "PRON" and doc[k].lower_ not in self.relatives:
            k -= 1
        if k <= verb.sent.start or doc[k].lower_ not in self.relatives:
            return []
        k -= 1
        if doc[k].text == ",":
            k -= 1
        span = resolver.mention_at(k)
        if span is None or span.end != k + 1 or span.label_ not in _ORGS:
            return []
        return resolver.resolve(doc[span.start], _ORGS, coordinated=False)

    def _main_subject(self, named: int, resolver: Resolver, exclude: set[str]) -> list[Referent]:
        """The subject of the clause the name at ``named`` belongs to; when the parse made the sentence's
        first name its root, that name."""
        doc = self.context.doc
        main = next((a for a in doc[named].ancestors if a.pos_ in ("VERB", "AUX")), None)
        found = [r for r in self._subjects(main, resolver, _ORGS) if r.key not in exclude] if main is not None else []
        if found:
            return found
        first = next(iter(resolver.mentions_in(doc[named].sent.start, named)), None)
        if first is None or doc[first.start].dep_ not in ("ROOT", "nsubj") or first.label_ not in _ORGS:
            return []
        return [r for r in resolver.resolve(doc[first.start], _ORGS, coordinated=False) if r.key not in exclude]
