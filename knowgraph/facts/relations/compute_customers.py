"""Customers of a compute supplier: "Kernwerk's customers include Nexalia and Valmora", "Nexalia is one of
Brintel's largest cloud customers", "Nexalia, a Brintel cloud customer, ...", "les clients de Brintel, comme
Nexalia", "Nexalia est l'un des plus gros clients cloud de Brintel". The supplier (a possessor, a name before
the customer noun or its "of"/"de" complement) provides compute (``providesComputeTo``) to its customers: the
names its customers "include", the examples after the noun ("such as", "comme"), the subject of "is one of
... customers", or the name the noun is in apposition to.

A customer is a compute customer only when the compute is said: a compute word just before the noun ("cloud
customers") or in its complement ("clients du cloud de X"), or a supplier whose kinds are those of compute only
(``compute_kinds``, and none of ``other_kinds``: a chipmaker, a cloud company that is no big tech group whose
customers may buy anything). The words are ``compute_customers`` in patterns.yaml::

    "Kernwerk's customers include the startups Nexalia and Valmora." -> providesComputeTo(kernwerk, nexalia), ...
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.name_lists import NameLists
from knowgraph.mentions.coref import Referent, Resolver
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization", "Company"}
# how many words (adjectives, compute words, articles, "'s") may stand between the supplier and the customer noun
_GAP = 5


class ComputeCustomers(NameLists, RuleFamily):
    """The customers of a compute supplier (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = language_data(self.lang, "patterns").get("compute_customers", {})
        self.nouns = {w.lower() for w in spec.get("nouns", [])}
        self.include_verbs = {w.lower() for w in spec.get("include_verbs", [])}
        self.example_markers = [tuple(w.lower().split()) for w in spec.get("example_markers", [])]
        self.compute_kinds = {w.lower() for w in spec.get("compute_kinds", [])}
        self.other_kinds = {w.lower() for w in spec.get("other_kinds", [])}
        self.confidence = float(spec.get("confidence", 0.7))
        self._load_list_words(self.lang)
        self.complement_words = {w.lower() for w in spec.get("genitives", [])}  # "customers of X", "clients de X"

    def watched_words(self) -> set[str]:
        return self.nouns

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.pos_ not in ("NOUN", "PROPN") or not forms & self.nouns:
            return []
        resolver = self.context.resolver
        suppliers, said = self._supplier(token, resolver)
        if not suppliers:
            return []
        supplier = suppliers[0]
        if not said and not self._compute_company(supplier.key, resolver):
            return []
        users = [u for u in self._customers(token, resolver) if u.key != supplier.key]
        return self._make(
            f"{self.lang}/providesComputeTo.customer",
            "providesComputeTo",
            [supplier],
            users,
            token,
            self.confidence,
            resolver,
        )

    # -- the supplier ----------------------------------------------------------------------------
    def _supplier(self, noun: Token, resolver: Resolver) -> tuple[list[Referent], bool]:
        """The supplier and whether a compute word was said with it: before the noun ("Kernwerk's largest
        cloud customers", "a Kernwerk cloud customer", "its customers"), else in a complement after it
        ("customers of Kernwerk's cloud", "clients du cloud de Kernwerk")."""
        doc, sent = noun.doc, noun.sent
        said = False
        k = noun.i - 1
        while k >= sent.start and noun.i - k <= _GAP:
            t = doc[k]
            said = said or self._compute(t)
            span = resolver.mention_at(k)
            if span is not None:
                if span.label_ not in _ORGS:
                    break
                return resolver.resolve(doc[span.start], _ORGS, coordinated=False), said
            if t.lower_ in ("'s", "’s"):
                k -= 1
                continue
            if t.lower_ in self.possessives:
                return self._possessor(noun, resolver, _ORGS), said
            if not (t.is_lower or t.pos_ in ("DET", "NUM")):
                break
            k -= 1
        k = noun.i + 1
        if k < sent.end and self._compute(doc[k]):
            said, k = True, k + 1  # "clients cloud de X"
        if k < sent.end and doc[k].lower_ in self.complement_words:
            for j in range(k + 1, min(sent.end, k + 6)):
                said = said or self._compute(doc[j])
                span = resolver.mention_at(j)
                if span is not None:
                    if span.label_ not in _ORGS:
                        return [], False
                    return resolver.resolve(doc[span.start], _ORGS, coordinated=False), said
                if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
                    break
        return [], False

    def _compute(self, token: Token) -> bool:
        compute = self.lists.get("compute", set())
        return token.lower_ in compute or token.lemma_.lower() in compute

    def _compute_company(self, key: str, resolver: Resolver) -> bool:
        entity = resolver.entity(key)  # a description's kinds are what it may refer to: the gazetteer's only
        kinds = {k.lower() for k in entity.kinds}
        return entity.known and bool(kinds & self.compute_kinds) and not kinds & self.other_kinds

    # -- the customers ---------------------------------------------------------------------------
    def _customers(self, noun: Token, resolver: Resolver) -> list[Referent]:
        doc, sent = noun.doc, noun.sent
        head = noun.head
        # "Kernwerk's customers include A and B"
        if noun.dep_.startswith("nsubj") and head.lemma_.lower() in self.include_verbs and head.i > noun.i:
            return self._listed(head.i + 1, sent.end, resolver, _ORGS)
        # "customers such as A and B", "des clients comme A et B"
        for j in range(noun.i + 1, min(sent.end, noun.i + 8)):
            marker = self._phrase_at(self.example_markers, j, resolver)
            if marker is not None:
                return self._listed(j + len(marker), sent.end, resolver, _ORGS)
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (".", ";", ":"):
                break
        # "A, a Kernwerk cloud customer,": the name the noun is in apposition to
        if noun.dep_ == "appos" and head.i < noun.i:
            return resolver.resolve(head, _ORGS, coordinated=False)
        # "A is one of Kernwerk's customers", "A est l'un des clients de Kernwerk": the subject of the copula
        node = noun
        for _ in range(4):
            if any(c.dep_ == "cop" for c in node.children) or node.lemma_.lower() == "be":
                return self._subjects(node, resolver, _ORGS)
            if node.head.i == node.i:
                break
            node = node.head
        return []
