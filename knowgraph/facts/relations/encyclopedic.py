"""Shapes of reference works (encyclopedia leads, biographies, credits) that news uses too.

:class:`PeopleOfOrganisations`: people named right before "of" and an organisation's name, the way
reference works credit a team or a study: the people work for that organisation.

    "The survey was led in 2003 by Dana Brook and Omar Haddad of the Ostrakon Foundation."
    -> worksFor(dana-brook, ostrakon-foundation), worksFor(omar-haddad, ostrakon-foundation)
    "Lena Varga of Kernwerk said the figures were sound." -> worksFor(lena-varga, kernwerk)

Only a person's name directly before the preposition and an organisation's name directly after it (with
an article at most): "Louis of Valmora" names a place, "a colleague of Kernwerk's founder" a possessor,
and "the head of research of Kernwerk" is the title frames' business. The prepositions are
``encyclopedic.people_of_prepositions`` in patterns.yaml (none in French, where "de" joins names).

    extractor = RelationExtractor(nlp, "en")  # PeopleOfOrganisations is one of FAMILIES
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coordination import listed_before
from knowgraph.mentions.coref import DIRECT, Referent, Resolver
from knowgraph.nlp.resources import language_data

# how many names back a list of people may go ("A, B, C and D of X")
_MAX_LISTED = 6


class PeopleOfOrganisations(RuleFamily):
    """ "A and B of [the] Organisation": each person works for it (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = language_data(self.lang, "patterns").get("encyclopedic", {})
        self.people_of = {w.lower() for w in spec.get("people_of_prepositions", [])}
        self.people_of_glue = {w.lower() for w in spec.get("list_glue", [])}
        self.people_of_confidence = float(spec.get("people_of_confidence", 0.7))
        self.people_at = {w.lower() for w in spec.get("people_at_prepositions", [])}
        self.people_at_verbs = {w.lower() for w in spec.get("people_at_verbs", [])}

    def watched_words(self) -> set[str]:
        return self.people_of | self.people_at

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.lower_ not in self.people_of | self.people_at or token.i < 1:
            return []
        resolver = self.context.resolver
        person = resolver.mention_at(token.i - 1)
        if person is None or person.end != token.i or resolver.type_of(person.kb_id_) != "Person":
            return []
        organisation = self._organisation_after(token, resolver)
        if organisation is None:
            return []
        if token.lower_ in self.people_at and not self._at_describes(token, person, organisation):
            return []
        people = [person, *self._listed_before(person, resolver)]
        return self._make(
            f"{self.lang}/worksFor.people_of",
            "worksFor",
            [Referent(p.kb_id_, DIRECT, p.start) for p in people],
            [Referent(organisation.kb_id_, DIRECT, organisation.start)],
            token,
            self.people_of_confidence,
            resolver,
        )

    def _at_describes(self, prep: Token, person: Span, organisation: Span) -> bool:
        """Does "at" say where the person works ("Dana Brook at Kernwerk said", '"...," said Dana Brook at Kernwerk',
        "From Dana Brook at Kernwerk:") rather than where something happened ("met Dana Brook at Kernwerk", "said
        Dana Brook at the Kernwerk conference")? The organisation closes the phrase, and the preposition hangs on
        the person, on a preposition the person is the object of, or on a speech verb the person is subject of."""
        doc = prep.doc
        after = doc[organisation.end] if organisation.end < prep.sent.end else None
        if after is not None and not (after.is_punct or after.pos_ in ("VERB", "AUX")):
            return False
        head = prep.head
        if head.i == person.root.i or head.pos_ == "ADP" and person.root.head.i == head.i:
            return True
        return (
            head.pos_ == "VERB"
            and head.lemma_.lower() in self.people_at_verbs
            and person.root.head.i == head.i
            and person.root.dep_.startswith("nsubj")
        )

    @staticmethod
    def _organisation_after(prep: Token, resolver: Resolver) -> Span | None:
        """The organisation's name right after the preposition (an article may come first), when it is the
        whole complement: not the possessor of another noun ("of Kernwerk's board")."""
        doc = prep.doc
        k = prep.i + 1
        if k < len(doc) and doc[k].pos_ == "DET":
            k += 1
        name = resolver.mention_at(k) if k < len(doc) else None
        if name is None or name.start != k or resolver.type_of(name.kb_id_) != "Organization":
            return None
        if name.end < len(doc) and doc[name.end].lower_ in ("'s", "’s", "'"):
            return None
        return name

    def _listed_before(self, person: Span, resolver: Resolver) -> list[Span]:
        """The people listed before ``person`` ("A, B and" person, "A (a geologist) and" person): names joined by
        commas and the language's ``list_glue``, within the sentence
        (:func:`knowgraph.mentions.coordination.listed_before`); a preposition before the list takes none of it
        away ("with A and B of X"); a name with an organisation of its own ends it ("Kernwerk's A", "A
        (Kernwerk)"), and so does a relative clause after a name (it says its own things of that person)."""
        listed = listed_before(
            person,
            resolver,
            {"Person"},
            coordinators=self.people_of_glue,
            relatives=False,
            preposition="keep",
            stop=lambda before: self._affiliated_before(before, resolver) or self._affiliated_aside(before, resolver),
            limit=_MAX_LISTED,
        )
        return [resolver.mention_at(r.token) for r in listed]

    @staticmethod
    def _affiliated_aside(person: Span, resolver: Resolver) -> bool:
        """Whether an aside in brackets right after the person's name names an organisation ("A (Kernwerk)")."""
        doc, k = person.doc, person.end
        if k >= person.sent.end or doc[k].text != "(":
            return False
        for m in range(k + 1, min(person.sent.end, k + 9)):
            if doc[m].text == ")":
                return False
            name = resolver.mention_at(m)
            if name is not None and resolver.type_of(name.kb_id_) == "Organization":
                return True
        return False

    @staticmethod
    def _affiliated_before(person: Span, resolver: Resolver) -> bool:
        """Whether an organisation's possessive or name comes right before the person's name."""
        k = person.start - 1
        if k < person.sent.start:
            return False
        doc = person.doc
        if doc[k].lower_ in ("'s", "’s", "'"):
            return True
        name = resolver.mention_at(k)
        return name is not None and resolver.type_of(name.kb_id_) == "Organization"
