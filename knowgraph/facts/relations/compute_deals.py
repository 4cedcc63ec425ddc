"""Compute bought through a deal: "Nexalia struck a deal with Kernwerk Cloud for more computing capacity",
"Nexalia unveiled an agreement with Kernwerk to supply the startup with 10,000 GPUs", "Nexalia a signé
un accord avec Kernwerk pour obtenir de la puissance de calcul". The one the deal is made with supplies the
compute to the one who makes it (``providesComputeTo``); the words are ``compute_deals`` in patterns.yaml.

    "Nexalia struck a deal with Kernwerk for cloud capacity." -> providesComputeTo(kernwerk, nexalia)

The signer is the subject of the verb that governs the deal noun; the supplier, the name after the deal
noun's "with"/"avec"; then, right after it, either "for"/"pour" and a compute word, or an infinitive of
getting, or of supply whose receiver is the signer ("to supply it/the startup with GPUs": a pronoun or a
description, not another name). A compute word before the deal noun ("a cloud deal with X") says it too, but
not who supplies: X then must be a cloud or chip company (``supplier_kinds``) and the signer not. :func:`supplies_signer` tells
:class:`~knowgraph.facts.relations.verbs.VerbFrames` to leave such an infinitive to this family (it
would read the signer as the supplier).
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import LINEAR_FALLBACK, Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import LINKED, Referent, Resolver
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization", "Company"}


def _spec(lang: str) -> dict:
    return language_data(lang, "patterns").get("compute_deals", {})


def _counterparty_end(noun: Token, resolver: Resolver, withs: set[str]) -> tuple[list[Referent], int]:
    """The organisation after the deal noun's "with" (a few description words allowed) and where it ends."""
    doc, sent = noun.doc, noun.sent
    k = noun.i + 1
    if k >= sent.end or doc[k].lower_ not in withs:
        return [], -1
    k += 1
    n = 0
    while k < sent.end and n < 4:
        span = resolver.mention_at(k)
        if span is not None and span.start == k:
            end = span.end
            owned = resolver.mention_at(end + 1) if end + 1 < sent.end else None
            if owned is not None and doc[end].lower_ in ("'s", "’s"):
                span, end = owned, owned.end  # "Alphabet Inc.'s Google": the one owned
            found = resolver.resolve(doc[span.start], _ORGS, coordinated=False)
            return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found[:1]], end
        if not (doc[k].is_lower or doc[k].pos_ == "DET"):
            return [], -1
        k, n = k + 1, n + 1
    return [], -1


def _receiver_is_signer(verb: Token, resolver: Resolver) -> bool:
    """ "to supply it / the startup / the company with ...": the receiver is no name of its own."""
    doc = verb.doc
    k = verb.i + 1
    if k < verb.sent.end and doc[k].pos_ == "PRON":
        return True
    while k < verb.sent.end and k - verb.i <= 5 and (doc[k].is_lower or doc[k].pos_ == "DET"):
        if resolver.mention_at(k) is not None:
            return False
        k += 1
    return verb.i + 1 < k < verb.sent.end and resolver.mention_at(k) is None


def supplies_signer(verb: Token, resolver: Resolver, lang: str) -> bool:
    """Is ``verb`` the infinitive of supply in "a deal with B to supply it/the startup with X", where the
    receiver is the signer (a pronoun or a description, not a name)?"""
    spec = _spec(lang)
    if verb.lemma_.lower() not in set(spec.get("supply_verbs", [])):
        return False
    doc, k = verb.doc, verb.i - 1
    if k < verb.sent.start or doc[k].lower_ not in set(spec.get("infinitive_markers", [])):
        return False
    nouns = set(spec.get("deal_nouns", []))
    withs = set(spec.get("with", []))
    for j in range(k - 1, max(verb.sent.start, k - 10) - 1, -1):
        if doc[j].lemma_.lower() in nouns:
            party, end = _counterparty_end(doc[j], resolver, withs)
            return bool(party) and end == k and _receiver_is_signer(verb, resolver)
    return False


class ComputeDeals(RuleFamily):
    """A deal made with a supplier for compute (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = _spec(self.lang)
        self.deal_nouns = set(spec.get("deal_nouns", []))
        self.withs = set(spec.get("with", []))
        self.fors = set(spec.get("for", []))
        self.markers = set(spec.get("infinitive_markers", []))
        self.supply_verbs = set(spec.get("supply_verbs", []))
        self.get_verbs = set(spec.get("get_verbs", []))
        self.use_verbs = set(spec.get("use_verbs", []))
        self.genitives = set(spec.get("genitives", []))
        self.supplier_kinds = {w.lower() for w in spec.get("supplier_kinds", [])}
        self.confidence = float(spec.get("confidence", 0.75))
        self.agree_verbs = {w.lower() for w in spec.get("agree_verbs", [])}

    def watched_words(self) -> set[str]:
        return self.deal_nouns

    def end_doc(self) -> list[Fact]:
        """ "X has agreed to lease computing power from Y as part of a deal", "agreed to pay Y for cloud services":
        compute got under a deal the clause states (a deal noun the trigger's own clause holds, or a verb of
        agreeing above it) makes the two partners too, as the deal's parties."""
        doc, resolver = self.context.doc, self.context.resolver
        partnered = {frozenset((f.subject, f.object)) for f in self.context.facts if f.relation == "partnerOf"}
        out: list[Fact] = []
        for fact in list(self.context.facts):
            pair = frozenset((fact.subject, fact.object))
            if fact.relation != "providesComputeTo" or fact.status != ASSERTED or pair in partnered:
                continue
            trigger = doc[fact.trigger]
            if not self._under_a_deal(trigger, pair, resolver):
                continue
            partnered.add(pair)
            out += self._make(
                f"{self.lang}/partnerOf.compute-deal",
                "partnerOf",
                [Referent(fact.subject, LINKED, fact.trigger)],
                [Referent(fact.object, LINKED, fact.trigger)],
                trigger,
                0.7,
                resolver,
                "Partnership",
            )
        return out

    def _under_a_deal(self, trigger: Token, pair: frozenset[str], resolver: Resolver) -> bool:
        if any(a.lemma_.lower() in self.agree_verbs for a in list(trigger.ancestors)[:2]):
            return True
        for t in trigger.subtree:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in self.deal_nouns:
                continue
            verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            others = {
                m.kb_id_ for m in resolver.mentions_in(t.i, t.right_edge.i + 1) if m.label_ in _ORGS
            } - pair  # "a deal with Z": a deal of another party
            if verb is not None and verb.i == trigger.i and not others:
                return True
        return False

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.pos_ not in ("NOUN", "PROPN") or not forms & self.deal_nouns:
            return []
        resolver = self.context.resolver
        suppliers, end = _counterparty_end(token, resolver, self.withs)
        if not suppliers:
            return []
        for_compute = self._for_compute(end, token)
        if not for_compute and not self._compute_compound(token):
            return []
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return []
        signers = [r for r in self._subjects(verb, resolver, _ORGS) if r.key not in {s.key for s in suppliers}]
        if not for_compute and (
            not self._supplier_kind(suppliers[0].key) or any(self._supplier_kind(r.key) for r in signers)
        ):
            return []  # "a cloud deal with X" says who supplies only by what X is: a cloud or chip company
        return self._make(
            f"{self.lang}/providesComputeTo.deal",
            "providesComputeTo",
            suppliers,
            signers,
            verb,
            self.confidence,
            resolver,
        )

    def _compute_compound(self, noun: Token) -> bool:
        """ "a cloud deal", "a $2 billion cloud computing contract": a compute word among the two words before
        the deal noun."""
        doc = noun.doc
        compute = self.lists.get("compute", set())
        return any(
            doc[k].lower_ in compute or doc[k].lemma_.lower() in compute
            for k in range(max(noun.sent.start, noun.i - 2), noun.i)
        )

    def _supplier_kind(self, key: str) -> bool:
        """Is the organisation a cloud or chip company (gazetteer kinds, or those a description gave it)?"""
        return bool({k.lower() for k in self.context.resolver.entity(key).kinds} & self.supplier_kinds)

    def _for_compute(self, k: int, noun: Token) -> bool:
        """ "for cloud capacity", "to supply the startup with GPUs", "pour obtenir de la puissance de calcul"."""
        doc, sent = noun.doc, noun.sent
        compute = self.lists.get("compute", set())
        if k < 0 or k >= sent.end:
            return False
        if doc[k].lower_ in self.markers and k + 1 < sent.end and doc[k + 1].pos_ in ("VERB", "AUX"):
            verb = doc[k + 1]
            lemma = verb.lemma_.lower()
            window = doc[k + 2 : min(sent.end, k + 16)]
            if not any(t.lower_ in compute or t.lemma_.lower() in compute for t in window):
                return False
            if lemma in self.get_verbs:
                return True  # "pour obtenir de la puissance de calcul": the signer gets it
            if lemma in self.use_verbs:
                return self._uses_compute(k + 2, sent.end, compute)  # "to use its cloud", not "its models in the cloud"
            return lemma in self.supply_verbs and _receiver_is_signer(verb, self.context.resolver)
        if doc[k].lower_ in self.fors:
            return any(t.lower_ in compute or t.lemma_.lower() in compute for t in doc[k + 1 : min(sent.end, k + 4)])
        return False

    def _uses_compute(self, start: int, end: int, compute: set[str]) -> bool:
        """Is a compute word the object of the verb of use: before any punctuation, verb or preposition other
        than the genitive ones ("to use its cloud capacity", not "to use its models in the cloud")?"""
        doc = self.context.doc
        for t in doc[start : min(end, start + 8)]:
            if t.lower_ in compute or t.lemma_.lower() in compute:
                return True
            if t.is_punct or t.pos_ in ("VERB", "AUX") or t.pos_ == "ADP" and t.lower_ not in self.genitives:
                return False
        return False
