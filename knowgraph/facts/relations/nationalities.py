"""Nationality adjectives next to an organisation's name or description: "la start-up lyonnaise X",
"l'américain OpenAI", "X is a Japanese automaker", "DeepSeek, la startup chinoise".

    "la start-up allemande Kernwerk" -> locatedIn(kernwerk, germany)
    "Tessaro Motors is a Japanese automaker" -> locatedIn(tessaro-motors, japan)
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import DESCRIPTION_FACTOR, Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, Referent, Resolver
from knowgraph.mentions.finder import Entity
from knowgraph.nlp.resources import language_data

# the parser's named-entity classes of a subject that cannot be an organisation described by a nationality
NOT_ORGANIZATIONS = frozenset({"PERSON", "WORK_OF_ART", "EVENT", "NORP", "GPE", "LOC", "PRODUCT"})
# the words between the names of a list ("A, B ou encore C", "A, B and C")
_LIST_GLUE = frozenset({"and", "or", "et", "ou", "encore", "also"})


class Nationalities(RuleFamily):
    """Nationality adjectives next to an organisation's name or description, at the start of each sentence."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        # the prepositions of a description's field before the name: "le spécialiste français du cloud X"
        self.field_prepositions = frozenset(language_data(self.lang, "lexicon").get("field_prepositions", []))

    def start_sentence(self, sent: Span) -> list[Fact]:
        facts: list[Fact] = []
        self._nationalities(sent, self.context.resolver, facts)
        facts += self._country_possessives(sent, self.context.resolver)
        return facts

    def _country_possessives(self, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "China's AI startup Kernwerk", "Japan's largest telecom operator, X": a
        country's (or town's) possessive, a description ending with an organisation noun, then the name
        (the plain "Oslo's Tindra AI" is the appositions' rule). A plural description places each listed name
        ("Korea's chip giants A and B")."""
        doc, facts = sent.doc, []
        for place in resolver.mentions_in(sent.start, sent.end):
            k = place.end
            if place.label_ != "Place" or k + 2 >= sent.end or doc[k].lower_ not in ("'s", "’s"):
                continue
            j = k + 1
            while (  # the tagger may call "startup" a verb: a descriptor is read by its word
                j < sent.end
                and j - k <= 5
                and (doc[j].is_lower or self._acronym_modifier(doc[j]))  # "France's biggest AI lab, X"
                and (doc[j].pos_ in ("ADJ", "NOUN", "PROPN") or self._descriptor_type(doc[j]) == "Organization")
            ):
                j += 1
            noun = doc[j - 1]
            if j == k + 1 or self._descriptor_type(noun) != "Organization":
                continue
            if j < sent.end and doc[j].text == ",":
                j += 1  # "China's largest subway operator, X"
            name = resolver.mention_at(j) if j < sent.end else None
            if name is None or name.start != j or resolver.type_of(name.kb_id_) not in ("Organization", "Company"):
                continue
            plural = noun.tag_ in ("NNS", "NNPS") or "Plur" in noun.morph.get("Number")
            names = [name, *self._listed_after(name, sent.end, resolver)] if plural else [name]
            for named in names:
                facts += self._make(
                    f"{self.lang}/locatedIn.country_possessive",
                    "locatedIn",
                    [Referent(named.kb_id_, DIRECT, named.start)],
                    [Referent(place.kb_id_, DIRECT, place.start)],
                    doc[k],
                    0.8,
                    resolver,
                    status=ASSERTED,
                )
        return facts

    def _nationalities(self, sent: Span, resolver: Resolver, facts: list[Fact]) -> None:
        """ "la startup chinoise DeepSeek", "DeepSeek, la start-up chinoise", "l'américain OpenAI"."""
        doc = sent.doc
        entities = doc._.kg_entities
        lowers, nationalities = resolver.lowers, self.nationalities
        for i in range(sent.start, sent.end):
            lower = lowers[i]
            if "-" not in lower or lower in nationalities:  # (most words: one look-up)
                places = [nationalities[lower]] if lower in nationalities else []
            else:
                # "franco-américaine" names two countries; "anglo-saxons" (a part that is no nationality) none;
                # "sud-coréen" is one nationality, whose first part is none
                parts = lower.split("-")
                places = [nationalities[p] for p in parts] if all(p in nationalities for p in parts) else []
            for place in places:
                examples = self._examples(doc[i], sent, resolver)
                for holder in examples:
                    self._emit(doc[i], place, holder, f"{self.lang}/locatedIn.examples", resolver, facts, entities)
                if not examples:
                    self._nationality(doc[i], place, sent, resolver, facts, entities)

    def _examples(self, adjective: Token, sent: Span, resolver: Resolver) -> list[Span]:
        """ "des startups françaises en vue, telles que Nexalia, Brintel ou Quillon",
        "large Chinese internet groups, including Kernwerk and Orbitron": the organisations listed
        after a plural organisation noun that the adjective describes."""
        doc = sent.doc
        nouns = [adjective.head] + [doc[j] for j in range(adjective.i + 1, min(sent.end, adjective.i + 4))]
        noun = next(
            (
                n
                for n in nouns
                if n.pos_ == "NOUN" and "Plur" in n.morph.get("Number") and self._descriptor_type(n) == "Organization"
            ),
            None,
        )
        if noun is None:
            return []
        markers = resolver.example_markers
        start = max(noun.i, adjective.i) + 1
        k = next((j for j in range(start, min(sent.end, start + 5)) if doc[j].lower_ in markers), None)
        if k is None or any(doc[j].pos_ in ("VERB", "AUX") for j in range(start, k)):
            return []
        k += 1
        if k < sent.end and doc[k].lower_ in ("as", "que", "qu'"):
            k += 1  # "such as", "telles que"
        out: list[Span] = []
        while k < sent.end:
            mention = resolver.mention_at(k)
            if mention is not None and mention.label_ == "Organization":
                out.append(mention)
                k = mention.end
            elif doc[k].text == "," or doc[k].lower_ in _LIST_GLUE:
                k += 1
            else:
                break
        return out

    def _nationality(
        self, token: Token, place: str, sent: Span, resolver: Resolver, facts: list[Fact], entities
    ) -> None:
        doc = sent.doc
        if self._inside_a_name(token):
            return
        holder = None
        named_after = False  # the name follows the adjective in its noun phrase: "les fonds américains A et B"
        # the name after the descriptor: "la startup chinoise DeepSeek" / "l'américain OpenAI"; a longer run
        # of modifiers ends with a descriptor: "Israeli AI infrastructure and management company Run:ai"
        # the parser may cut a noun phrase into two sentences ("hormis l'allemande | Kernwerk, qui ...",
        # "Nexalia | , la start-up française"): a sentence that does not end with punctuation goes on
        start, end = sent.start, sent.end
        if end < len(doc) and not doc[end - 1].is_punct:
            end = doc[end].sent.end
        if start > 0 and not doc[start - 1].is_punct:
            start = doc[start - 1].sent.start
        complement = self._field_complement(token, end, resolver)
        for j in range(token.i + 1, min(end, token.i + 9)):
            span = resolver.mention_at(j)
            if span is not None:
                if j - token.i <= 4 or self._descriptor_type(doc[j - 1]) == "Organization" or j == complement:
                    holder, named_after = span, True
                break
            if j < complement:
                continue  # "le fonds belge de capital-amorçage X": the field of the description, then its name
            if (
                doc[j].pos_ not in ("ADJ", "NOUN")
                and doc[j].tag_ != "VBG"  # "a Swedish logistics and routing company"
                and doc[j].text != "-"
                and self._descriptor_type(doc[j]) is None
                and not self._acronym_modifier(doc[j])
                and not (
                    doc[j].pos_ == "CCONJ"
                    and self.noun_premodifiers
                    and (doc[j + 1].pos_ in ("NOUN", "ADJ") or doc[j + 1].tag_ == "VBG")
                )
            ) or doc[j].text == ",":
                break
        if holder is None:
            holder = self._named_after_comma(token, start, end, resolver)
            named_after = holder is not None
        if holder is None:
            # a descriptor before the adjective: "DeepSeek, la startup chinoise,"
            k = token.i - 1
            if (
                k >= sent.start
                and (doc[k].lemma_.lower() in self.descriptors or doc[k].lower_ in self.descriptors)
                and "Plur" not in doc[k].morph.get("Number")  # "les startups françaises ont levé": many, no one
            ):
                found = resolver.resolve(doc[k], {"Organization", "Company"})
                if found:
                    holder = resolver.mention_at(found[0].token)
        if holder is None:
            # "Nimbostrat, an Icelandic data-centre operator": the description is in apposition; "Mistral AI,
            # la start-up française": its descriptor before the adjective, however the parser cut "start-up"
            k = token.i
            if k - 1 > start and self._ends_descriptor(doc[k - 1]):
                k -= 1
                while k - 2 > start and doc[k - 1].text == "-":
                    k -= 2
            while k - 1 > start and doc[k - 1].pos_ in ("DET", "ADJ") and doc[k - 1].text != ",":
                k -= 1
            # "Kernwerk, fleuron allemand de la robotique": the apposition may go without its article
            if (
                k - 2 >= start
                and doc[k - 1].text == ","
                and (doc[k].pos_ == "DET" or self._descriptor_type(doc[k]) == "Organization" and doc[k].is_lower)
            ):
                found = resolver.resolve(doc[k - 2], {"Organization", "Company"}, coordinated=False)
                if found:
                    holder = resolver.mention_at(found[0].token)
        if holder is None:
            # "Tessaro is a Japanese automaker": the description is the complement of the subject's copula
            holder = self._copula_subject(token, resolver)
        if (
            holder is None
            and self.noun_premodifiers
            and token.head.dep_.startswith("nsubj")
            and token.dep_ == "amod"
            and self._descriptor_type(token.head) == "Organization"
            and any(c.dep_ == "det" and c.lower_ in self.definite for c in token.head.children)
        ):
            # "Last year the French startup raised ...": a definite description, subject of its clause
            found = resolver.resolve(token.head, {"Organization", "Company"}, coordinated=False)
            if found and found[0].factor >= DESCRIPTION_FACTOR:
                holder = resolver.mention_at(found[0].token)
        if holder is None or resolver.type_of(holder.kb_id_) not in ("Organization", "Company"):
            return
        if not named_after:
            self._emit(token, place, holder, f"{self.lang}/locatedIn.nationality", resolver, facts, entities)
            return
        # a name inside the adjective's own noun phrase: said whatever the clause says ("contrairement aux
        # français A et B, qui n'ont pas remis au pot"); a plural phrase describes each name of its list
        holders = [holder, *self._listed_after(holder, end, resolver)] if _plural_phrase(token, holder) else [holder]
        for named in holders:
            self._emit(
                token, place, named, f"{self.lang}/locatedIn.nationality", resolver, facts, entities, attributive=True
            )

    def _field_complement(self, adjective: Token, end: int, resolver: Resolver) -> int:
        """Where the name starts after a field complement of the description ("le spécialiste français du cloud
        X", "la pépite suisse de la vision par ordinateur X"), or -1. The adjective follows an organisation
        noun; the complement ("de"/"du"/"d'" and lower-case words) names no organisation and has no noun of one
        ("la filiale française du groupe X" describes the subsidiary, not X; a product's noun may be the field:
        "du cloud X"), and the name, which must be an organisation's, comes right after it."""
        doc = adjective.doc
        k = adjective.i + 1
        if (
            adjective.i - 1 < adjective.sent.start
            or self._descriptor_type(doc[adjective.i - 1]) != "Organization"
            or k >= end
            or doc[k].lower_ not in self.field_prepositions
        ):
            return -1
        k += 1
        while k < end and k - adjective.i <= 6 and resolver.mention_at(k) is None:
            t = doc[k]
            if not (t.is_lower or t.text in ("'", "’", "-")) or t.pos_ in ("VERB", "AUX", "ADP", "PRON"):
                return -1
            if self._descriptor_type(t) == "Organization" or t.lower_ in self.field_prepositions:
                return -1
            k += 1
        span = resolver.mention_at(k) if k < end and k - adjective.i > 2 else None
        return k if span is not None and span.start == k else -1

    def _named_after_comma(self, adjective: Token, start: int, end: int, resolver: Resolver) -> Span | None:
        """ "La start-up californienne, OpenAI, ...", "le fleuron allemand de l'IA générative, Aleph Alpha a ...":
        a description that opens its phrase (no name before it), then a comma and the name it announces. The
        adjective's noun is an organisation descriptor (before it in French, after it in English), its
        complement lower-case words only."""
        doc = adjective.doc
        k = adjective.i - 1
        # a descriptor the tagger read as an adjective ends the walk: "une multinationale américaine, X"
        while k > start and doc[k].pos_ == "ADJ" and doc[k].is_lower and self._descriptor_type(doc[k]) is None:
            k -= 1
        noun = doc[k] if self._descriptor_type(doc[k]) == "Organization" else None
        j = adjective.i + 1
        while j < end and j - adjective.i <= 8 and doc[j].text != ",":
            if resolver.mention_at(j) is not None or not (doc[j].is_lower or doc[j].text in ("'", "’", "-")):
                return None
            if doc[j].pos_ in ("VERB", "AUX"):
                return None
            if noun is None and self._descriptor_type(doc[j]) == "Organization":
                noun = doc[j]  # "the Californian startup, OpenAI"
            j += 1
        if noun is None or "Plur" in noun.morph.get("Number") or j >= end or doc[j].text != ",":
            return None
        first = min(noun.i, adjective.i)
        while first - 1 >= start and doc[first - 1].pos_ == "DET":
            first -= 1
        if first == noun.i or first == adjective.i:
            return None  # no article: a title or a list item, not a description announcing a name
        if first - 2 >= start and doc[first - 1].text == "," and resolver.mention_at(first - 2) is not None:
            return None  # "Nexalia, la start-up lyonnaise, et Kernwerk": the description is Nexalia's
        j += 1
        while j < end and resolver.mention_at(j) is None and j - adjective.i <= 14:
            if not (doc[j].pos_ == "DET" or doc[j].is_lower and self._descriptor_type(doc[j]) == "Organization"):
                return None
            j += 1
        span = resolver.mention_at(j) if j < end else None
        return span if span is not None and span.start == j else None

    @staticmethod
    def _listed_after(first: Span, end: int, resolver: Resolver) -> list[Span]:
        """The organisations listed right after ``first`` ("A, B et C", "A and B"): each after a comma or a
        coordinator, with no article or word of its own before it (", et le français C" starts a new phrase)."""
        doc, out, k = first.doc, [], first.end
        while k < end:
            j = k
            if j < end and doc[j].text == ",":
                j += 1
            if j < end and doc[j].lower_ in _LIST_GLUE:
                j += 1
            mention = resolver.mention_at(j) if k < j < end else None
            if (
                mention is None
                or mention.start != j
                or resolver.type_of(mention.kb_id_) not in ("Organization", "Company")
            ):
                break
            out.append(mention)
            k = mention.end
        return out

    def _emit(
        self,
        token: Token,
        place: str,
        holder: Span,
        rule: str,
        resolver: Resolver,
        facts: list[Fact],
        entities,
        attributive: bool = False,
    ) -> None:
        """locatedIn(holder, the country or town the adjective ``token`` names)."""
        doc = token.doc
        # "la startup allemande X" is about X; "le rival américain de X" is not a descriptor of X
        from knowgraph.mentions.gazetteer import default_gazetteer

        entry = default_gazetteer().get(place)
        if entry is None:
            return
        if place not in entities:
            # with the place's own enclosing place: "la société parisienne" is in France too
            entities[place] = Entity(
                place, entry.name, entry.type, entry.qid, set(entry.kinds), entry.hq, known=True, first_token=token.i
            )
        if "-" not in token.text or token.lower_ in self.nationalities:
            # the adjective names the country in this article ("American" for the United States, "sud-coréen";
            # not a compound: "franco-américaine" names two)
            entities[place].surface_forms |= {entities[place].name, token.text}
        doc.user_data["kg_locations"].setdefault(holder.kb_id_, set()).add(place)
        facts.extend(
            self._make(
                rule,
                "locatedIn",
                [Referent(holder.kb_id_, DIRECT, holder.start)],
                [Referent(place, DIRECT, token.i)],
                token,
                0.85,
                resolver,
                status=ASSERTED if attributive or self._attributive(token) else None,
            )
        )

    @staticmethod
    def _attributive(adjective: Token) -> bool:
        """ "la startup lyonnaise X pourrait être rachetée": an adjective inside the noun phrase describes
        the company whatever the clause says of it (and the parser may even tag it a future verb);
        only a predicative one ("X est lyonnaise", "X n'est pas française") takes the clause's status."""
        head = adjective.head
        return (
            head is not adjective
            and head.pos_ in ("NOUN", "PROPN")
            and adjective.dep_ in ("amod", "nmod", "appos", "flat:name", "compound", "acl")
            and not any(c.dep_ == "cop" for c in head.children)
        )

    @staticmethod
    def _inside_a_name(token: Token) -> bool:
        """ "the French Revolution", "the Italian Social Republic": the parser's named entity goes on past the
        adjective and is no organisation (an event, a state), so the adjective starts that name and describes
        nothing after it. An organisation's name keeps it ("the British Armed Forces", "the Royal Norwegian
        Navy"), unless the adjective is in the name's complement, where it says the organisation's subject
        ("the Hallam Institute of Japanese Studies")."""
        doc = token.doc
        # a name goes on with a capitalised word ("cette start-up française d'IA générative": the
        # NER's span is no name after the adjective)
        if token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I" or not doc[token.i + 1].text[:1].isupper():
            return False
        if token.ent_type_ == "ORG":
            return token.ent_iob_ == "I" and token.i > 0 and doc[token.i - 1].pos_ == "ADP"
        return token.ent_type_ not in ("", "NORP")

    def _copula_subject(self, token: Token, resolver: Resolver) -> Span | None:
        """The name that "is a <nationality> ..." describes: "Tessaro Motors is a Japanese automaker"."""
        noun = token.head
        verb = noun.head
        if token.dep_ not in ("amod", "compound") or noun.dep_ != "attr" or verb.lemma_ != "be":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if (
            self._descriptor_type(noun) != "Organization"
            and noun.lemma_.lower() not in self.location_organization_nouns
        ):
            return None
        # "Mira Holt is an American cellist": a person's nationality, whatever class her name was given
        if subject.ent_type_ in NOT_ORGANIZATIONS and not person_class_overruled(
            resolver.mention_at(subject.i), noun, resolver
        ):
            return None
        found = resolver.resolve(subject, {"Organization", "Company"}, coordinated=False)
        return resolver.mention_at(found[0].token) if found else None


def person_class_overruled(name: Span | None, noun: Token, resolver: Resolver) -> bool:
    """Does an organisation noun overrule the parser's person class of the name it describes? The parser calls
    many an unknown organisation's name a person's ("Veltron is a Japanese company", "Stellix Records is a German
    label"): a name read as an organisation's, of one word or ending with an organisation word, described by a
    noun no person is ("company", "label"; not "broadcaster": ``location.person_descriptors`` in patterns.yaml)."""
    if (
        name is None
        or resolver.doc[name.start].ent_type_ != "PERSON"
        or resolver.type_of(name.kb_id_) != "Organization"
    ):
        return False
    lang = resolver.doc.lang_
    if noun.lemma_.lower() in _location_words(lang, "patterns", "person_descriptors"):
        return False
    return len(name) == 1 or name[-1].text in _location_words(lang, "lexicon", "organization_words")


@cache
def _location_words(lang: str, table: str, key: str) -> frozenset[str]:
    data = language_data(lang, table)
    return frozenset((data.get("location", {}) if table == "patterns" else data).get(key, []))


def _plural_phrase(adjective: Token, name: Span) -> bool:
    """Is the noun phrase of the adjective plural ("les fonds américains", "aux français", "the Chinese
    tech giants")? Its article decides when it has a number (the tagger may call an invariable adjective such
    as "français" plural); otherwise a plural noun or adjective between the adjective and the name."""
    doc = adjective.doc
    k = adjective.i - 1
    while k >= adjective.sent.start and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_lower:
        k -= 1
    article = doc[k].morph.get("Number") if k >= adjective.sent.start and doc[k].pos_ in ("DET", "ADP") else []
    if article:
        return "Plur" in article
    return any(
        t.tag_ in ("NNS", "NNPS") or t.pos_ in ("NOUN", "ADJ") and "Plur" in t.morph.get("Number")
        for t in doc[adjective.i : name.start]
    )
