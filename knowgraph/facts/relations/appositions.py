"""Appositions and descriptions of place: a place set beside an organisation's name, or a description that
names a company by its town.

    "Nexalia (Lyon) ..." and "Nexalia, à Lyon, ..." -> locatedIn(nexalia, lyon)
    "The Lisbon startup Ondaluz raised $5m." -> locatedIn(ondaluz, lisbon); "la firme de Redmond" -> the company
    it means, once resolved, is located in Redmond
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, Referent, Resolver


class PlaceRules(RuleFamily):
    """What the place rules of this module share: an asserted locatedIn between an organisation and a place."""

    def _located(
        self,
        rule: str,
        organization: Span | list[Referent],
        place: Span,
        trigger: Token,
        confidence: float,
        resolver: Resolver,
    ) -> list[Fact]:
        """``organization`` (a mention, or referents already resolved) located in the mention ``place``."""
        if isinstance(organization, Span):
            organization = [Referent(organization.kb_id_, DIRECT, organization.start)]
        place_referent = [Referent(place.kb_id_, DIRECT, place.start)]
        return self._make(
            f"{self.lang}/locatedIn.{rule}",
            "locatedIn",
            organization,
            place_referent,
            trigger,
            confidence,
            resolver,
            status=ASSERTED,
        )


class LocatedDescriptions(PlaceRules):
    """A description naming a company by its home town, once per sentence."""

    def end_sentence(self, sent: Span) -> list[Fact]:
        return self._located_descriptions(sent, self.context.resolver)

    def _located_descriptions(self, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "la firme de Redmond" names a company by its home town: locatedIn, once resolved."""
        doc = sent.doc
        facts = []
        if self.noun_premodifiers:
            # "the Redmond firm", "a Dublin startup", "the Manhattan law firm": the town before the noun
            for place in [
                m
                for m in resolver.mentions_in(sent.start, sent.end)
                if sent.start <= m.start and m.end < sent.end and m.label_ == "Place"
            ]:
                if doc[place.end].text not in ("-", "'s", "’s"):
                    # "U.S. procurement software maker Coupa", "Austin startup Dovetail": a place before a descriptor
                    # and its name
                    j = place.end
                    while (
                        j < sent.end - 1
                        and j - place.end < 5
                        and (
                            doc[j].is_lower
                            and (doc[j].pos_ in ("NOUN", "ADJ") or self._descriptor_type(doc[j]) is not None)
                            or self._acronym_modifier(doc[j])
                        )  # ("startup" may be tagged a verb)
                        and (
                            self._descriptor_type(doc[j]) is None
                            or doc[j + 1].is_lower
                            and (doc[j + 1].pos_ == "NOUN" or self._descriptor_type(doc[j + 1]) is not None)
                        )
                    ):
                        j += 1
                    name = resolver.mention_at(j + 1) if j + 1 < sent.end else None
                    if (
                        j > place.end
                        and self._descriptor_type(doc[j]) == "Organization"
                        and name is not None
                        and name.start == j + 1
                        and name.label_ == "Organization"
                    ):
                        facts += self._located("premodifier", name, place, doc[j], 0.75, resolver)
                        continue
                if (
                    place.start == sent.start
                    or doc[place.start - 1].pos_ != "DET"
                    or doc[place.end].text in ("-", "'s", "’s")
                ):
                    continue
                org = resolver.mention_at(place.end)
                if (
                    org is not None
                    and org.start == place.end
                    and org.label_ == "Organization"
                    and "country" in resolver.entity(place.kb_id_).kinds
                ):
                    # "the U.S. Federal Trade Commission": a country name before an organisation's name
                    facts += self._located("premodifier", org, place, doc[place.start], 0.75, resolver)
                    continue
                j = place.end
                while (
                    j < sent.end - 1
                    and j - place.end < 4
                    and (
                        doc[j].is_lower
                        and doc[j].pos_ in ("NOUN", "ADJ")
                        or doc[j].text == "-"
                        # "Nexalia, a Lisbon AI lab": in an apposition only, where the name is at hand
                        or self._acronym_modifier(doc[j])
                        and place.start - 2 >= sent.start
                        and doc[place.start - 2].text == ","
                    )
                    and (self._descriptor_type(doc[j]) is None or self._descriptor_type(doc[j + 1]) is not None)
                ):
                    j += 1
                if self._descriptor_type(doc[j]) != "Organization" or doc[j].tag_ in ("NNS", "NNPS"):
                    continue
                orgs = {"Organization", "Company"}
                if place.start - 3 >= sent.start and doc[place.start - 2].text == ",":
                    found = resolver.resolve(doc[place.start - 3], orgs, coordinated=False)  # "X, the Paris company"
                elif j + 2 < sent.end and doc[j + 1].text == "," and resolver.mention_at(j + 2) is not None:
                    found = resolver.resolve(doc[j + 2], orgs, coordinated=False)  # "a Lisbon startup, Ondaluz,"
                elif doc[j].dep_ == "attr" and doc[j].head.lemma_ == "be" and doc[j + 1].lower_ not in ("'s", "’s"):
                    # "Orbitron is a Seattle company": the description is the complement of the subject's copula
                    subject = next((c for c in doc[j].head.children if c.dep_ == "nsubj"), None)
                    found = resolver.resolve(subject, orgs, coordinated=False) if subject is not None else []
                elif doc[place.start - 1].lower_ in self.definite:
                    # "the London lab": named earlier; one known to be there first, never one known to be elsewhere
                    info = self.descriptors.get(doc[j].lemma_.lower()) or self.descriptors.get(doc[j].lower_) or {}
                    found = resolver._salient(
                        doc[j].i, orgs, set(), kinds=set(info.get("kinds") or ()), place=place.kb_id_
                    ) or [
                        r
                        for r in resolver.resolve(doc[j], orgs, coordinated=False)
                        if resolver.entity(r.key).hq in (None, place.kb_id_)
                        or "city" not in resolver.entity(place.kb_id_).kinds
                    ]
                else:
                    found = []
                if found:
                    facts += self._located("description", found[:1], place, doc[j], 0.75, resolver)
        if self.noun_premodifiers:
            facts += self._possessive_place(sent, resolver)
        for i in range(sent.start, sent.end):
            info = self.descriptors.get(resolver.lemmas[i]) or self.descriptors.get(resolver.lowers[i])
            if not info or info["type"] != "Organization" or i + 2 >= sent.end:
                continue
            token = doc[i]
            if doc[token.i + 1].lower_ not in self.genitive:
                continue
            place = resolver.mention_at(token.i + 2)
            if place is None or place.label_ != "Place":
                continue
            found = resolver.resolve(token, {"Organization", "Company"}, coordinated=False)
            if found:
                facts += self._located("description", found[:1], place, token, 0.75, resolver)
        return facts

    def _possessive_place(self, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "Nexalia is India's highest-funded AI startup", "Nexalia, France's biggest AI lab, ...": a place's
        possessive before an organisation descriptor (in the singular) said of a name before it (the subject of
        "be", or the name the description is in apposition to) places it there. The name after the description
        ("France's biggest AI lab, Nexalia") is the nationalities family's ``_country_possessives``."""
        doc, facts = sent.doc, []
        for place in [m for m in resolver.mentions_in(sent.start, sent.end) if m.label_ == "Place"]:
            if place.end + 2 >= sent.end or doc[place.end].lower_ not in ("'s", "’s"):
                continue
            j = place.end + 1
            while j < sent.end - 1 and j - place.end < 6 and self._descriptor_type(doc[j]) is None:
                if not (
                    doc[j].is_lower
                    and doc[j].pos_ in ("NOUN", "ADJ", "ADV", "VERB")
                    or doc[j].text == "-"
                    or self._acronym_modifier(doc[j])
                ):
                    break
                j += 1
            if self._descriptor_type(doc[j]) != "Organization" or doc[j].tag_ in ("NNS", "NNPS"):
                continue
            info = self.descriptors.get(doc[j].lemma_.lower()) or self.descriptors.get(doc[j].lower_) or {}
            if not set(info.get("kinds") or ()) - {"investor", "government"}:
                continue  # "Brazil's biggest investor in AI" may be from anywhere
            name = None
            copula = place.start - 1
            while copula > sent.start and doc[copula].pos_ == "ADV":
                copula -= 1  # "is now Europe's ..."
            if copula >= sent.start and doc[copula].lemma_ == "be":
                if any(c.dep_ == "neg" for c in doc[copula].children):
                    continue  # "X is not France's biggest lab" does not place it
                subject = next((c for c in doc[copula].children if c.dep_.startswith("nsubj")), None)
                name = resolver.mention_at(subject.i) if subject is not None else None  # "X is India's ..."
            elif place.start - 2 >= sent.start and doc[place.start - 1].text == ",":
                name = resolver.mention_at(place.start - 2)  # "Nexalia, France's biggest AI lab,"
                name = name if name is not None and name.end == place.start - 1 else None
            if name is not None and name.label_ == "Organization":
                facts += self._located("possessive", name, place, doc[j], 0.75, resolver)
        return facts


class LocatedAppositions(PlaceRules):
    """A place in apposition to an organisation, once per sentence."""

    def end_sentence(self, sent: Span) -> list[Fact]:
        return self._located_appositions(sent, self.context.resolver)

    def _located_appositions(self, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "Nabla, à Paris, ..." and "Nexalia (Lyon)": a place in apposition to an organisation."""
        doc = sent.doc
        facts = []
        for place in [
            m
            for m in resolver.mentions_in(sent.start, sent.end)
            if sent.start + 3 <= m.start < sent.end - 1 and m.label_ == "Place"
        ]:
            # a name the NER missed before ", à Paris,"
            k = place.start - 1
            while k > sent.start and doc[k].pos_ == "DET":
                k -= 1
            if (
                doc[k].lower_ in self.location_preps
                and doc[k - 1].text == ","
                and k - 2 >= sent.start
                and resolver.mention_at(k - 2) is None
                and place.end < sent.end
                and doc[place.end].text == ","
            ):
                resolver.resolve(doc[k - 2], {"Organization", "Company"}, coordinated=False)
        for span in resolver.mentions_in(sent.start, sent.end):
            if span.start < sent.start or span.end >= sent.end or span.label_ != "Organization":
                continue
            j = span.end
            if span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s") and span.start - 2 >= sent.start:
                # "Oslo's Tindra AI"
                place = resolver.mention_at(span.start - 2)
                if place is not None and place.label_ == "Place":
                    facts += self._located("possessive", span, place, doc[span.start - 1], 0.8, resolver)
                elif place is not None and place.label_ == "Person" and place.end == span.start - 1:
                    # "Dana Brook's Kernwerk", "the round led by Dana Brook's fund Brintel Capital": the one whose
                    # company it is (its founder, head or partner) works there
                    facts += self._make(
                        f"{self.lang}/worksFor.owner-possessive",
                        "worksFor",
                        [Referent(place.kb_id_, DIRECT, place.start)],
                        [Referent(span.kb_id_, DIRECT, span.start)],
                        doc[span.start - 1],
                        0.7,
                        resolver,
                    )
            if span.end >= sent.end - 2:
                continue
            if doc[j].lower_ in ("'s", "’s"):
                # "Meta's Mark Zuckerberg", "Cindervale's Aoife Brennan": the person works there
                person = resolver.mention_at(j + 1)
                if person is not None and person.label_ == "Person" and person.start == j + 1:
                    facts += self._make(
                        f"{self.lang}/worksFor.possessor",
                        "worksFor",
                        [Referent(person.kb_id_, DIRECT, person.start)],
                        [Referent(span.kb_id_, DIRECT, span.start)],
                        doc[j],
                        0.75,
                        resolver,
                    )
                elif (
                    person is not None
                    and person.label_ == "Organization"
                    and person.start == j + 1
                    and person.kb_id_ != span.kb_id_
                    and not _common_plural(doc[person.end - 1])
                    and not (person.end < len(doc) and doc[person.end].text == "-")  # "X's Google-built centre"
                ):
                    # "Alphabet's Google", "Amazon's Industrial Innovation Fund": a unit named by its owner
                    facts += self._make(
                        f"{self.lang}/subsidiaryOf.possessor",
                        "subsidiaryOf",
                        [Referent(person.kb_id_, DIRECT, person.start)],
                        [Referent(span.kb_id_, DIRECT, span.start)],
                        doc[j],
                        0.7,
                        resolver,
                    )
            if doc[j].text == "(":
                place = resolver.mention_at(j + 1)
                if (
                    place is not None
                    and place.label_ == "Place"
                    and place.end < sent.end
                    and doc[place.end].text == ")"
                ):
                    facts += self._located("apposition", span, place, doc[j], 0.8, resolver)
            elif doc[j].text == "," and doc[j + 1].lower_ in self.location_preps:
                k = j + 2
                while k < sent.end and doc[k].pos_ == "DET":
                    k += 1
                place = resolver.mention_at(k) if k < sent.end else None
                if (
                    place is not None
                    and place.label_ == "Place"
                    and place.end < sent.end
                    and doc[place.end].text in (",", ")")
                ):
                    facts += self._located("apposition", span, place, doc[j + 1], 0.8, resolver)
        return facts


def _common_plural(token: Token) -> bool:
    """ "TPUs", "GPUs", "chips": a plural of an acronym or of a common noun names hardware, not a unit.

    >>> # "Google's TPUs" -> True for "TPUs"; "Meta's Reality Labs" -> False for "Labs"
    """
    text = token.text
    return text.islower() or (len(text) > 2 and text.endswith("s") and text[:-1].isupper())
