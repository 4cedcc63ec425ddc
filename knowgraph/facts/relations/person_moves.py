"""A person's move from or back to an organisation, and a copula that places a person at one: the way news
gives a past or present employer without a title.

    "Six mois après son départ de Nexalia, Léa Martin rejoint Kernwerk." -> worksFor(léa martin, nexalia)
    "le départ de Paul Roy d'Ostrakon" / "Dana Brook's departure from Brintel" -> worksFor(person, organisation)
    "Paul Roy est de retour chez Quillon", "his return to Quillon" -> worksFor(person, quillon)
    "Il était auparavant chez Valmora" / "She was previously at Valmora" -> worksFor(person, valmora)

A departure or a return says the person worked there, whatever the move's date; a copula says it only with
an adverb of the past ("auparavant", "previously"): "he was at Valmora's conference" places nobody on a
payroll. The person is the one the noun names ("de Paul Roy", "Dana Brook's"), the possessive's person, or
the subject of the clause; the organisation follows one of the noun's prepositions. Words: ``person_moves`` in
patterns.yaml.

    extractor = RelationExtractor(nlp, "en")  # PersonMoves is one of FAMILIES
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, Referent, Resolver
from knowgraph.nlp.resources import language_data

# words that may stand between a preposition and the name it introduces: "de la jeune start-up Nexalia"
_DESCRIPTIVE = {"NOUN", "ADJ"}

_PERSON, _ORGANIZATION = {"Person"}, {"Organization"}
_POSSESSIVE_MARKS = ("'s", "’s")
_CLAUSE_BREAKS = (",", ";", ".", ":", "(", "«", "»", "“", "”", '"')


class PersonMoves(RuleFamily):
    """A departure, a return or a past copula: the person works for the organisation (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = language_data(self.lang, "patterns").get("person_moves", {})
        self.move_nouns = {noun.lower(): tuple(preps) for noun, preps in (spec.get("nouns") or {}).items()}
        self.person_prepositions = set(spec.get("person_prepositions", []))
        self.copulas = set(spec.get("copulas", []))
        self.place_prepositions = set(spec.get("copula_prepositions", []))
        self.past_adverbs = set(spec.get("copula_adverbs", []))

    def watched_words(self) -> set[str]:
        return set(self.move_nouns) | self.place_prepositions

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.pos_ in ("NOUN", "PROPN") and (token.lower_ in self.move_nouns or token.lemma_ in self.move_nouns):
            return self._move(token)
        if token.lower_ in self.place_prepositions:
            return self._past_place(token)
        return []

    # -- "son départ de X", "Y's departure from X" --------------------------------------------------
    def _move(self, noun: Token) -> list[Fact]:
        resolver = self.context.resolver
        doc, sent = noun.doc, noun.sent
        preps = self.move_nouns.get(noun.lower_) or self.move_nouns.get(noun.lemma_, ())
        people: list[Referent] = []
        orgs: list[Referent] = []
        j = noun.i + 1
        while j < min(sent.end, noun.i + 9) and not orgs:
            t = doc[j]
            if t.text in _CLAUSE_BREAKS or t.pos_ in ("VERB", "AUX") or t.lower_ in resolver.relatives:
                break
            if t.lower_ in preps or t.lower_ in self.person_prepositions:
                span = self._name_after(j, resolver)
                if span is None:
                    j += 1
                    continue
                kind = resolver.type_of(span.kb_id_)
                if kind == "Person" and t.lower_ in self.person_prepositions and not people:
                    people = [Referent(span.kb_id_, DIRECT, span.start)]
                elif kind == "Organization" and t.lower_ in preps:
                    orgs = [Referent(span.kb_id_, DIRECT, span.start)]
                j = span.end
                continue
            if t.pos_ not in ("ADJ", "ADV", "DET", "ADP") and resolver.mention_at(j) is None:
                break  # "le départ de la course": another noun's complement
            j += 1
        if not orgs:
            return []
        if not people:
            people = self._mover(noun, resolver)
        people = [p for p in people if resolver.type_of(p.key) == "Person"]
        return self._make(f"{self.lang}/worksFor.move", "worksFor", people[:1], orgs, noun, 0.75, resolver)

    def _mover(self, noun: Token, resolver: Resolver) -> list[Referent]:
        """Who moves when no complement names them: "Dana Brook's departure", "son départ" (the possessive's
        person, the clause's subject first: "Après son départ de X, Léa Martin ..."), "Paul Roy est de retour"."""
        doc = noun.doc
        k = noun.i - 1
        while k > noun.sent.start and doc[k].pos_ == "ADJ":
            k -= 1
        if doc[k].lower_ in _POSSESSIVE_MARKS and k - 1 >= noun.sent.start:
            span = resolver.mention_at(k - 1)
            return [Referent(span.kb_id_, DIRECT, span.start)] if span is not None else []
        if doc[k].lower_ in self.possessives:
            found = self._governor_subject(noun, resolver, _PERSON) or self._head_subject(noun, resolver)
            return found or resolver.resolve(doc[k], _PERSON, coordinated=False)
        if doc[k].pos_ == "DET":
            return []  # "le départ" with no named person: whose is unsaid
        return self._governor_subject(noun, resolver, _PERSON)

    @staticmethod
    def _head_subject(noun: Token, resolver: Resolver) -> list[Referent]:
        """ "Après son départ de X, Léa Martin annonce ...": the subject of the word the noun's phrase hangs
        on, when the parser made that word no verb."""
        for child in noun.head.children:
            if child.dep_.startswith("nsubj") and child.i != noun.i:
                found = resolver.resolve(child, _PERSON, coordinated=False)
                if found:
                    return found
        return []

    def _name_after(self, prep: int, resolver: Resolver):
        """The name a preposition introduces, past an article and a descriptor ("de la start-up Nexalia")."""
        return self._name_past_descriptors(resolver, prep + 1, min(prep + 5, resolver.doc[prep].sent.end), _DESCRIPTIVE)

    # -- "il était auparavant chez X" ---------------------------------------------------------------
    def _past_place(self, prep: Token) -> list[Fact]:
        resolver = self.context.resolver
        doc, sent = prep.doc, prep.sent
        span = self._name_after(prep.i, resolver)
        if span is None or resolver.type_of(span.kb_id_) != "Organization":
            return []
        # the copula and a past adverb, between the subject and the preposition
        window = doc[max(sent.start, prep.i - 4) : prep.i]
        copula = next((t for t in window if t.lemma_.lower() in self.copulas), None)
        if copula is None or not any(t.lower_ in self.past_adverbs for t in window if t.i > copula.i):
            return []
        if any(t.text in _CLAUSE_BREAKS or t.pos_ == "VERB" for t in doc[copula.i + 1 : prep.i]):
            return []
        verb = copula.head if copula.dep_ in ("cop", "aux", "aux:tense") else copula
        people = [r for r in self._subjects(verb, resolver, _PERSON) or self._subjects(copula, resolver, _PERSON)]
        orgs = [Referent(span.kb_id_, DIRECT, span.start)]
        return self._make(f"{self.lang}/worksFor.was-at", "worksFor", people[:1], orgs, prep, 0.75, resolver)
