"""Locations: where an organisation is, said with a verb or a noun of place ("basée à", "son siège à"),
in encyclopedic addresses ("X, Inc., Manila, Philippines"); nationality adjectives ("la start-up
lyonnaise", "l'allemand X") are :mod:`knowgraph.facts.relations.nationalities`.

    "Mistral AI, basée à Paris, recrute." -> locatedIn(mistral-ai, paris)
    "the business school of the Harwell University in Dayton, Ohio" -> locatedIn(harwell-university, dayton)
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.nationalities import NOT_ORGANIZATIONS, Nationalities, person_class_overruled
from knowgraph.mentions.coref import DIRECT, Referent, Resolver
from knowgraph.nlp.resources import language_data

__all__ = ["Locations", "Nationalities"]  # Nationalities: the engine's import, from before the split

# the prepositions before a region or country that encloses the town before it ("à Austin, au Texas")
_ENCLOSING_PREPOSITIONS = frozenset({"en", "au", "aux", "in"})
# the conjunctions of a list of seats ("in Lyon, France, and Austin, Texas")
_COORDINATORS = frozenset({"and", "et"})


class Locations(RuleFamily):
    """Location verbs and nouns with a place after a preposition (``location`` in patterns.yaml)."""

    def watched_words(self) -> set[str]:
        return (
            self.location_verbs
            | self._location_first_words
            | self.location_founding_verbs
            | self.location_situated_nouns
            | self.based_words
        )

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        lowers = self.context.resolver.lowers
        i = token.i
        if token.is_sent_start and token.lower_ in self.based_words:
            fronted = self._fronted(token, self.context.resolver)
            if fronted:
                return fronted
        if not forms.isdisjoint(self.location_situated_nouns) and token.pos_ == "NOUN":
            return self._situated(token, self.context.resolver)
        if not forms.isdisjoint(self.location_founding_verbs):
            # "founded in 1998 in Menlo Park": where it was founded, said of what was founded (not "X founded
            # a lab in Paris": the thing founded there is another)
            if token.tag_ != "VBN" or any(c.dep_ in ("dobj", "obj") for c in token.children):
                return []
            return self._location(token, self.context.resolver)
        if (
            not forms.isdisjoint(self.location_verbs)
            or token.lower_ in self._location_first_words
            and any(tuple(lowers[i : i + len(n)]) == n for n in self.location_nouns)
        ):
            return self._location(token, self.context.resolver)
        return []

    def _location(self, token: Token, resolver: Resolver) -> list[Fact]:
        """ "OpenAI, basé à San Francisco", "X est installée dans le New Jersey", "son siège à Paris"."""
        doc = token.doc
        places = self._prepositional(token, resolver, {"Place"}, self.location_preps) or place_of_place_noun(
            token, self.location_preps, resolver
        )
        for particle in (c for c in token.children if not places and c.lower_ in self._location_particles):
            # "a startup based out of Bengaluru": the place after the particle's own preposition
            places = self._prepositional(particle, resolver, {"Place"}, self._location_particles[particle.lower_])
        seat_of_copula = (
            token.lower_ in self._location_first_words
            and token.dep_ == "nsubj"
            and token.head.lemma_ == "be"
            and not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children)  # a person's
        )
        if seat_of_copula and not places:
            # "Its headquarters are in Aarhus", "whose head office is in Leeds": the place is the copula's
            places = self._prepositional(token.head, resolver, {"Place"}, self.location_preps)
        if (
            not places
            and token.i >= 2
            and doc[token.i - 1].text == "-"
            and resolver.mention_at(token.i - 2) is not None
            and resolver.mention_at(token.i - 2).label_ == "Place"
        ):
            # "a Toronto-based startup", "San Francisco-based OpenAI"
            place = resolver.mention_at(token.i - 2)
            places = [Referent(place.kb_id_, DIRECT, place.start)]
            before = (
                resolver.mention_at(place.start - 2) if place.start >= 2 and doc[place.start - 1].text == "," else None
            )
            if before is not None and before.label_ == "Place":
                # "the Santa Clara, California-based company": the town and its region
                places.append(Referent(before.kb_id_, DIRECT, before.start))
                place = before
            orgs = {"Organization", "Company"}
            holders = []
            after = resolver.mention_at(token.i + 1)
            np_start = place.start
            if (
                np_start - 2 > token.sent.start
                and doc[np_start - 1].lower_ in resolver.coordinators
                and doc[np_start - 2].text.endswith("-")
                and len(doc[np_start - 2].text) > 1
            ):
                # "a Lyon- and Geneva-based startup": the first town shares the suffix (the tokenizer
                # keeps the hyphen on it, and no place is read there); the description starts before it
                np_start -= 2
                first = known_place(doc[np_start], doc[np_start].text[:-1])
                if first is not None:
                    places.append(Referent(first, DIRECT, np_start))
            while np_start - 1 > token.sent.start and doc[np_start - 1].pos_ == "DET":
                np_start -= 1
            if after is not None:
                holders = resolver.resolve(doc[after.start], orgs, coordinated=False)
            elif np_start - 2 >= token.sent.start and doc[np_start - 1].text == ",":
                # "Tindra AI, an Oslo-based startup": the name the description is in apposition to
                holders = resolver.resolve(doc[np_start - 2], orgs, coordinated=False)
            else:
                j = token.i + 1
                while (
                    j < token.sent.end
                    and (
                        (doc[j].pos_ in ("ADJ", "NOUN") or self._descriptor_type(doc[j]))
                        and doc[j].is_lower
                        or self._acronym_modifier(doc[j])  # "the Toronto-based AI startup Cohere"
                    )
                    and j - token.i < 4
                ):
                    j += 1
                if j < token.sent.end and resolver.mention_at(j) is not None:
                    holders = resolver.resolve(doc[j], orgs, coordinated=False)
                elif (
                    j + 1 < len(doc)
                    and doc[j].text == ","
                    and resolver.mention_at(j + 1) is not None
                    and np_start == token.sent.start
                ):
                    # "A Lisbon-based robotics startup, Nexalia said ...": the name after the description that
                    # opens the sentence (not "X is a Paris-based startup, Reuters reported")
                    holders = resolver.resolve(doc[j + 1], orgs, coordinated=False)
                elif j - 1 > token.i and not any(self._acronym_modifier(t) for t in doc[token.i + 1 : j]):
                    # a description alone ("the Oslo-based startup") names one named before; with a field
                    # in it ("the Toronto-based AI startup") it was measured to take the wrong one too often
                    holders = resolver.resolve(doc[j - 1], orgs, coordinated=False)
                if not holders and j - 1 > token.i and doc[j - 1].dep_ == "attr" and doc[j - 1].head.lemma_ == "be":
                    # "Kestrel is a Paris-based startup": the subject of the copula
                    subject = next((c for c in doc[j - 1].head.children if c.dep_ == "nsubj"), None)
                    if subject is not None and resolver.mention_at(subject.i) is not None:
                        holders = resolver.resolve(subject, orgs, coordinated=False)
            # a description of the name ("X, an Israel-based startup") holds whatever its sentence reports or plans
            rule, confidence = f"{self.lang}/locatedIn.based", self.location_confidence
            return self._make(rule, "locatedIn", holders, places, token, confidence, resolver, status=ASSERTED)
        if not places or self._about_something_else(token, resolver):
            return []
        places = with_enclosing_places(places, resolver)
        orgs = {"Organization", "Company"}
        holders = []
        if token.i >= 2 and doc[token.i - 1].text == "," and resolver.mention_at(token.i - 2) is not None:
            # "OpenAI, basé à San Francisco": the name before the comma, whatever the parser attached
            holders = resolver.resolve(doc[token.i - 2], orgs, coordinated=False)
        elif token.i >= 2 and doc[token.i - 1].text == ",":
            holders = self._before_apposition(token.i - 1, resolver, orgs)
        if not holders and (token.pos_ in ("VERB", "AUX", "ADJ") or self._participle_lemma(token)):
            holders = self._subjects(token, resolver, orgs)
            seat = next(
                (c for c in token.children if c.dep_.startswith("nsubj") and c.lower_ in self._location_first_words),
                None,
            )
            if not holders and seat is not None:
                # "Le siège de BearingPoint se situe à Amsterdam", "Kernwerk's headquarters are located in Y"
                holders = self._complement(seat, resolver, orgs, self.genitive)
                if not holders:
                    holders = self._topic_of_seat(seat, resolver)
        if not holders and (seat_of_copula or self._named_seat(token)):
            # "Nvidia's headquarters in Santa Clara" wherever the phrase stands ("modeled after ...")
            holders = self._complement(token, resolver, orgs, self.genitive)
        if not holders:
            holders = self._holders(token, resolver, orgs)
        facts = self._make(
            f"{self.lang}/locatedIn.verb", "locatedIn", holders, places, token, self.location_confidence, resolver
        )
        for f in facts:
            doc.user_data["kg_locations"].setdefault(f.subject, set()).add(f.object)
        return facts

    def _topic_of_seat(self, seat: Token, resolver: Resolver) -> list[Referent]:
        """ "The head office was located in Tessaly": a definite seat of no one named is the
        seat of the organisation the article is about, the subject of the definition that opens it
        ("X was a chain of pharmacies ..."), as reference works open."""
        if not any(c.dep_ == "det" and c.lower_ in self.definite for c in seat.children) or any(
            c.dep_ in ("poss", "nmod:poss") or c.lower_ in self.genitive for c in seat.children
        ):
            return []
        doc = seat.doc
        first = next(iter(doc.sents))
        topic = next(
            (
                m
                for m in resolver.mentions_in(first.start, first.end)
                if m.label_ == "Organization" and any(t.dep_.startswith("nsubj") for t in m)
            ),
            None,
        )
        if topic is None or topic.start >= seat.i:
            return []
        head = next(t for t in topic if t.dep_.startswith("nsubj")).head
        if head.lemma_ not in ("be", "être") and not any(c.dep_ == "cop" for c in head.children):
            return []  # only an article that opens by defining its subject ("X was a chain of ...")
        return [Referent(topic.kb_id_, DIRECT, topic.start)]

    @staticmethod
    def _before_apposition(comma: int, resolver: Resolver, orgs: set[str]) -> list[Referent]:
        """ "Nexalia, premier éditeur européen du secteur, basé à Lyon,": the name before an apposition
        (a noun phrase between two commas, with no verb) that the participle follows."""
        doc = resolver.doc
        # by the words: the parser may start a sentence after "LVMH,"
        k = comma - 1
        while (
            k > 0
            and comma - k < 12
            and doc[k].text not in (",", ".", ";", "!", "?")
            and doc[k].pos_ not in ("VERB", "AUX")
        ):
            k -= 1
        if k < 1 or doc[k].text != "," or doc[k + 1].pos_ != "DET" or resolver.mention_at(k - 1) is None:
            return []
        return resolver.resolve(doc[k - 1], orgs, coordinated=False)

    def end_sentence(self, sent: Span) -> list[Fact]:
        resolver = self.context.resolver
        doc = sent.doc
        facts: list[Fact] = []
        for span in resolver.mentions_in(sent.start, sent.end):
            if span.label_ != "Organization" or span.end + 1 >= sent.end:
                continue
            if doc[span.end].lower_ in self.location_preps:
                facts += self._name_in_place(doc[span.end], resolver)
            elif doc[span.end].text == ",":
                facts += self._name_then_places(span, resolver)
        return facts

    def _name_then_places(self, name: Span, resolver: Resolver) -> list[Fact]:
        """ "Orbitron Studios, Ltd., Porto, Portugal": an organisation's name followed by a town and
        the region or country that encloses it, as reference works and credits list studios and labs."""
        doc = name.doc
        town = resolver.mention_at(name.end + 1)
        if town is None or town.label_ != "Place" or town.start != name.end + 1:
            return []
        if resolver.entity(town.kb_id_).kinds & {"country", "region"}:
            return []  # "Google, France and ...": a list, not an address
        enclosing = places_after(town.end, resolver)
        if not enclosing:
            return []
        last = resolver.mention_at(enclosing[-1].token)
        if last is None or (last.end < len(doc) and doc[last.end].pos_ in ("VERB", "AUX")):
            return []  # "X, Paris, France says ...": not an apposition
        return self._make(
            f"{self.lang}/locatedIn.address",
            "locatedIn",
            [Referent(name.kb_id_, DIRECT, name.start)],
            [Referent(town.kb_id_, DIRECT, town.start), *enclosing],
            doc[name.end],
            self.location_confidence * 0.9,
            resolver,
            status=ASSERTED,
        )

    def _name_in_place(self, prep: Token, resolver: Resolver) -> list[Fact]:
        """ "the law faculty of Tessaly University in Austin, Texas": a place list
        ("Town, Region") in a phrase the parser attaches to the organisation's name right before it
        (not to a verb: "X sued Y in San Jose, California" says where the suit is)."""
        if prep.i < 1 or not (prep.head.i < prep.i and resolver.mention_at(prep.head.i) is not None):
            return []
        holder = resolver.mention_at(prep.i - 1)
        if holder is None or holder.label_ != "Organization" or not holder.start <= prep.head.i < holder.end:
            return []
        # the name of a description ("the school of X in Y"), a subject or an apposition; not a verb's
        # object nor a place of work ("joined X in Y", "worked at X in Y": an office, an event)
        head = prep.head
        if not (
            head.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "appos", "attr")
            or head.dep_ in ("pobj", "nmod")
            and head.head.lower_ in self.genitive
        ):
            return []
        place = resolver.mention_at(prep.i + 1) if prep.i + 1 < len(prep.doc) else None
        if place is None or place.label_ != "Place" or place.start != prep.i + 1:
            return []
        enclosing = places_after(place.end, resolver)
        if not enclosing:
            return []
        return self._make(
            f"{self.lang}/locatedIn.name_in_place",
            "locatedIn",
            [Referent(holder.kb_id_, DIRECT, holder.start)],
            [Referent(place.kb_id_, DIRECT, place.start), *enclosing],
            prep,
            self.location_confidence * 0.9,
            resolver,
            status=ASSERTED,
        )

    def _fronted(self, participle: Token, resolver: Resolver) -> list[Fact]:
        """ "Basée à Paris, la startup Nexalia conçoit ...", "Headquartered in Oslo, Tindra AI sells ...": a
        participle that opens the sentence places the name that starts the main clause after the comma
        (read by the words: the parser often takes the capitalised participle for a name)."""
        doc = participle.doc
        # the parser may end a sentence at the comma ("Basée à Lyon, | la startup X"): the words decide
        end = min(len(doc), participle.i + 25)
        k = participle.i + 1
        if k >= end or doc[k].lower_ not in self.location_preps:
            return []
        k += 1
        while k < end and doc[k].pos_ == "DET":
            k += 1
        place = resolver.mention_at(k)
        if place is None or place.label_ != "Place":
            return []
        places = with_enclosing_places([Referent(place.kb_id_, DIRECT, place.start)], resolver)
        # the comma that closes the participle's phrase, after its ", Region, Country" list
        comma = next((j for j in range(place.end, min(end, place.end + 8)) if doc[j].text == ","), None)
        if comma is None or any(
            resolver.mention_at(j) is None and doc[j].pos_ == "VERB" for j in range(place.end, comma)
        ):
            return []
        j = comma + 1
        # the description before the name: "la start-up", "the Norwegian startup"
        while j < end and j - comma <= 5 and resolver.mention_at(j) is None:
            if not (doc[j].pos_ == "DET" or doc[j].text == "-" or doc[j].is_lower and doc[j].is_alpha):
                return []
            j += 1
        holder = resolver.mention_at(j) if j < end else None
        if holder is None or holder.label_ != "Organization":
            return []
        return self._make(
            f"{self.lang}/locatedIn.fronted",
            "locatedIn",
            [Referent(holder.kb_id_, DIRECT, holder.start)],
            places,
            participle,
            self.location_confidence,
            resolver,
            status=ASSERTED,
        )

    def _named_seat(self, noun: Token) -> bool:
        """A seat noun with a name of its own: "Nvidia's headquarters", "the headquarters of X" (not "its")."""
        return noun.lower_ in self._location_first_words and any(
            c.dep_ == "poss" and c.lower_ not in self.possessives or c.lower_ in self.genitive for c in noun.children
        )

    def _about_something_else(self, verb: Token, resolver: Resolver) -> bool:
        """Does the place belong to a thing that is not an organisation? "Google a créé un centre de
        recherche à Paris" (the centre is there, not Google), "recruits based in Paris" (the recruits
        are): a common noun object of the verb, or a noun the participle modifies that is no
        organisation's. "X a installé son siège à Lyon" keeps its seat noun; "X founded Kernwerk in Y",
        its name."""
        doc = verb.doc
        # the object is another thing, even an organisation noun ("Microsoft established a lab in Paris");
        # the noun a participle modifies is the holder when it describes an organisation ("the firm, based in")
        nouns = [(c, True) for c in verb.children if c.dep_ in ("obj", "dobj")]
        if verb.dep_ in ("acl", "amod") and verb.head.i < verb.i:
            nouns.append((verb.head, False))
        for noun, any_noun in nouns:
            if (
                noun.pos_ == "NOUN"
                and resolver.mention_at(noun.i) is None
                and noun.lower_ not in self._location_first_words
                and noun.lemma_.lower() not in self._location_first_words
                and (any_noun or not self._organization_noun(noun))
                and not (noun.i + 1 < len(doc) and doc[noun.i + 1].text in ("-", "'s", "’s"))
            ):
                return True
        return False

    def _organization_noun(self, noun: Token) -> bool:
        """Does a common noun describe an organisation ("the firm", "a television network", "a record label")?"""
        lemma = noun.lemma_.lower()
        return (
            self._descriptor_type(noun) == "Organization"
            or self._ends_descriptor(noun)  # "a young start-up based in ...": "up"
            or lemma in self.location_organization_nouns
            or lemma in self.location_situated_nouns
        )

    @property
    def _location_particles(self) -> dict[str, list[str]]:
        """ "based out of": a particle after the verb and the preposition that then names the place."""
        if not hasattr(self, "_particles"):
            spec = language_data(self.lang, "patterns").get("location", {})
            self._particles = {k.lower(): list(v) for k, v in (spec.get("particle_prepositions") or {}).items()}
        return self._particles

    def _situated(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "Harlow College is a private university in Dayton, Ohio", "X, a radio station in Y", "X is one of
        the three law schools in Canada": an organisation noun with its place after "in"."""
        preps = self.location_preps | origin_prepositions(self.lang)
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
        place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        mention = resolver.mention_at(place.i) if place is not None else None
        if mention is not None and mention.label_ == "Place":
            places = with_enclosing_places([Referent(mention.kb_id_, DIRECT, mention.start)], resolver)
        elif mention is None and place is not None and place.ent_type_ == "GPE" and place.ent_iob_ == "B":
            # "a public college in Ashland, Oregon": a town no mention holds, in a region that one does
            end = place.i + 1
            while end < len(resolver.doc) and resolver.doc[end].ent_iob_ == "I" and resolver.doc[end].text != ",":
                end += 1  # (the NER may run "Uyo, Nigeria" into one name: the town ends at the comma)
            places = places_after(end, resolver)
            places = unnamed_town(resolver, place.i, end) + places if places else places
        else:
            places = []
        if not places:
            return []
        # only a description of the name: a copula's complement, an apposition, "one of the N schools"
        head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in self.genitive else noun
        if head.dep_ not in ("attr", "appos"):
            return []
        holders = self._holders(noun, resolver, {"Organization", "Company"})
        if not holders or any(_parsed_as_no_organisation(h, noun, resolver) for h in holders):
            return []
        return self._make(
            f"{self.lang}/locatedIn.situated", "locatedIn", holders, places, noun, self.location_confidence, resolver
        )


def place_of_place_noun(verb: Token, preps: set[str], resolver: Resolver) -> list[Referent]:
    """ "headquartered in the city of Lyon", "based in the town of Uyo": the place a place noun's "of" names."""
    nouns = place_nouns(resolver.doc.lang_)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns):
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            place = resolver.mention_at(name.i) if name is not None else None
            if place is not None and place.label_ == "Place":
                return [Referent(place.kb_id_, DIRECT, place.start)]
    return []


@cache
def place_nouns(lang: str) -> frozenset[str]:
    """ "the city of", "the town of": nouns of a place that its name completes."""
    return frozenset(language_data(lang, "patterns").get("location", {}).get("place_nouns", []))


@cache
def origin_prepositions(lang: str) -> frozenset[str]:
    """ "a record label from Hamburg": the prepositions of an organisation's origin after its noun."""
    spec = language_data(lang, "patterns").get("location", {})
    return frozenset(w.lower() for w in spec.get("origin_prepositions", []))


def _parsed_as_no_organisation(holder: Referent, noun: Token, resolver: Resolver) -> bool:
    """Did the parser class the holder's name as no organisation's (a person, a place, a work), and the
    organisation noun does not overrule it (:func:`.nationalities.person_class_overruled`)?"""
    kind = resolver.doc[holder.token].ent_type_
    return kind in NOT_ORGANIZATIONS and not person_class_overruled(resolver.mention_at(holder.token), noun, resolver)


def with_enclosing_places(places: list[Referent], resolver: Resolver) -> list[Referent]:
    """ "based in Nagoya, Aichi, Japan": the town, then each place after a comma that encloses it (a
    place the parser sees but no mention holds, "Aichi", is passed over, not kept)."""
    out = list(places)
    for place in places:
        mention = resolver.mention_at(place.token)
        out.extend(places_after(mention.end if mention is not None else place.token + 1, resolver))
    return out


def places_after(end: int, resolver: Resolver) -> list[Referent]:
    """The places of a ", Region, Country" list that starts at token ``end``."""
    doc = resolver.doc
    out: list[Referent] = []
    while end + 1 < len(doc) and doc[end].text == ",":
        after = resolver.mention_at(end + 1)
        if after is None and doc[end + 1].lower_ in _COORDINATORS and end + 2 < len(doc):
            # "based in Lyon, France, and Austin, Texas": a second seat and its country
            after = resolver.mention_at(end + 2)
            if after is None or after.label_ != "Place" or after.start != end + 2:
                break
        elif after is None and doc[end + 1].lower_ in _ENCLOSING_PREPOSITIONS and end + 2 < len(doc):
            # "installée à Austin, au Texas": a region or country after a preposition
            after = resolver.mention_at(end + 2)
            if after is None or not resolver.entity(after.kb_id_).kinds & {"region", "country"}:
                break
        if after is not None and after.label_ == "Place":
            out.append(Referent(after.kb_id_, DIRECT, after.start))
            end = after.end
        elif after is None and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_iob_ == "B":
            end += 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        else:
            break
    return out


def known_place(token: Token, text: str) -> str | None:
    """The key of the gazetteer's place named ``text`` ("Toronto" of "Toronto-"), entered among the document's
    entities with ``token`` as its surface; None for a name the gazetteer has no place for."""
    from knowgraph.mentions.finder import Entity
    from knowgraph.mentions.gazetteer import default_gazetteer, slugify

    key = slugify(text)
    entry = default_gazetteer().get(key)
    if entry is None or entry.type != "Place":
        return None
    entities = token.doc._.kg_entities
    if key not in entities:
        entities[key] = Entity(
            key, entry.name, entry.type, entry.qid, set(entry.kinds), entry.hq, known=True, first_token=token.i
        )
    entities[key].surface_forms |= {entry.name, text}
    return key


def unnamed_town(resolver: Resolver, start: int, end: int) -> list[Referent]:
    """ "a small college in Ekwara, Valmora": the town the NER names before a region or country that a
    mention holds, entered among the document's entities as a place (no gazetteer knows every town). Nothing when
    its words are not all capitalised or its name is another entity's, or a word of one's (which the article may
    use for it: "Hollins" for Hollins University)."""
    from knowgraph.mentions.entities import Entity
    from knowgraph.mentions.gazetteer import slugify

    doc = resolver.doc
    words = doc[start:end]
    if not len(words) or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return []
    key = slugify(words.text)
    entities = doc._.kg_entities
    if any(
        e.type != "Place" and any(words.text in form.split() for form in e.surface_forms | {e.name})
        for e in entities.values()
    ):
        return []  # "Hollins University ... in Hollins, Virginia": the town's name is also the university's
    if key not in entities:
        entities[key] = Entity(key, words.text, "Place", None, {"city"}, None, {words.text}, first_token=start)
    elif entities[key].type != "Place":
        return []
    return [Referent(key, DIRECT, start)]
