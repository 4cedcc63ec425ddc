"""Holders: who bears a relational noun (a title, a role, "rival", "investor").

"Léa Martin, directrice technique de Nexalia, ..." and "Léa Martin est la directrice technique de
Nexalia" -> "Léa Martin" holds the title; "chief executive Dana Brook" -> the name right after it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.mentions.coordination import listed_before
from knowgraph.mentions.coref import Referent, Resolver


def in_opening_phrase(span: Span) -> bool:
    """Is ``span`` the object of a preposition in the phrase that opens its sentence, before any comma ("En
    entrevue avec Le Courrier, ...", "In an interview with The Courier, ...")?"""
    sent = span.sent
    return (
        sent[0].pos_ == "ADP"
        and (span.root.dep_ == "pobj" or any(c.dep_ == "case" for c in span.root.children))
        and span.root.head.i < span.start
        and all(t.text != "," for t in span.doc[sent.start : span.start])
    )


class HolderSearch:
    """The bearer of a relational noun: apposition, copula, name after the noun or its complement."""

    def _holders(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """Who bears a relational noun ("Sam Altman, PDG d'OpenAI", "X est le PDG de Y")."""
        doc = noun.doc
        if (
            noun.head.lower_ in self.genitive
            and noun.head.head.lower_ in self.lists.get("group_heads", ())
            and noun.head.head.i < noun.i
        ):
            # "Oracle has become one of the biggest suppliers to OpenAI": the one bears the noun
            return self._holders(noun.head.head, resolver, types)
        if (
            noun.dep_ == "nmod"
            and noun.head.lower_ in self.lists.get("group_heads", ())
            and noun.head.i < noun.i
            and any(c.dep_ == "case" and c.lower_ in self.lists.get("group_genitives", ()) for c in noun.children)
        ):
            # "Brume, l'un des premiers investisseurs de X", "A et B, deux des principaux actionnaires de X": on a UD
            # parse the number heads the phrase and the noun hangs on it; the one (or the two) bears the noun. Not
            # when the complement's name runs on into a list ("..., l'un des investisseurs de X, B et C": whose
            # names B and C are is not said there)
            complement = next(
                (resolver.mention_at(j) for j in range(noun.i + 1, noun.sent.end) if resolver.mention_at(j)), None
            )
            listed_on = (
                complement is not None
                and complement.end + 1 < noun.sent.end
                and doc[complement.end].text == ","
                and resolver.mention_at(complement.end + 1) is not None
            )
            found = [] if listed_on else self._holders(noun.head, resolver, types)
            if found:
                return found
        appointee = self._appointee(noun, resolver, types)
        if appointee:
            return appointee
        sent = noun.sent
        plural = (
            noun.tag_ in ("NNS", "NNPS")
            or noun.morph.get("Number") == ["Plur"]
            or noun.lower_ in self.lists.get("plural_group_heads", ())
        )
        if plural and noun.i + 2 < sent.end and doc[noun.i + 1].text == ":":
            # "Nexalia compte trois cofondateurs : A, B et C": the names the colon announces
            found = resolver.resolve(doc[noun.i + 2], types)
            if found:
                return found
        after = resolver.mention_at(noun.i + 1) if self.noun_premodifiers and noun.i + 1 < sent.end else None
        if after is not None and after.start == noun.i + 1 and resolver.type_of(after.kb_id_) == "Person":
            # "..., as the late Kernwerk co-founder Dana Brook said": a title right before a person's name is
            # that person's, whatever stands before the title ("former Intel engineers A and B": theirs)
            plural = noun.tag_ in ("NNS", "NNPS") or noun.morph.get("Number") == ["Plur"]
            found = resolver.resolve(doc[after.start], types, coordinated=plural)
            if found:
                return found
        # apposition to the left: "Anthropic, le rival d'OpenAI" / "Google, l'ancien employeur de X"
        i = noun.i
        while self.noun_premodifiers and i - 1 >= sent.start and resolver.mention_at(i - 1) is not None:
            span = resolver.mention_at(i - 1)
            if (
                span.label_ != "Organization"
                or span.start - 1 < sent.start
                or doc[span.start - 1].pos_ not in ("DET", "ADJ")
                and not (
                    doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ == "ex"
                )  # "an ex-OpenAI employee"
            ):
                break
            i = span.start - 1  # "Dana Whitlock, a former Oracle executive": the employer before the noun
        while (
            i - 1 >= sent.start
            and doc[i - 1].text != ","
            and (
                doc[i - 1].pos_ in ("DET", "ADJ", "NUM")
                or (doc[i - 1].pos_ == "ADV" and doc[i - 1].is_lower)  # "X, également chercheur chez Meta"
                or (  # "Léa Roux, Executive Vice President of ...": the capitalised words of the title
                    doc[i - 1].dep_ in ("compound", "amod")
                    and doc[i - 1].head.i == noun.i
                    and i - 1 not in resolver.index
                )
                or doc[i - 1].lower_ in self.possessives
                or doc[i - 1].lower_ in ("et", "ex", "-", "and", "'s", "’s")
                or doc[i - 1].tag_ == "POS"  # "Databricks' co-founder"
                or (doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower)  # "Amazon's cloud unit"
                # "X, start-up rivale de Y": with no article the tagger may call the descriptor a pronoun
                or (doc[i - 1].is_lower and self._descriptor_type(doc[i - 1]) == "Organization")
                or doc[i - 1].lower_ in self.based_words  # "the San Francisco-based developer"
                or (
                    i - 1 in resolver.index
                    and resolver.index[i - 1].label_ == "Place"
                    and i < len(doc)
                    and doc[i].text == "-"
                )
                or (
                    i - 1 in resolver.index and i < len(doc) and (doc[i].lower_ in ("'s", "’s") or doc[i].tag_ == "POS")
                )
                or (  # "Dana Brook, Kernwerk executive vice president": the title's own organisation before it
                    self.noun_premodifiers
                    and i - 1 in resolver.index
                    and resolver.index[i - 1].label_ == "Organization"
                    and resolver.index[i - 1].root.dep_ in ("compound", "nmod")
                    and resolver.index[i - 1].root.head.i == noun.i
                )
            )
        ):
            i -= 1
            if (
                i in resolver.index
                and resolver.index[i].label_ == "Organization"
                and resolver.index[i].root.head.i == noun.i
            ):
                i = resolver.index[i].start  # "Dana Brook, Kernwerk Cloud executive vice president": the whole name
            elif i in resolver.index and resolver.index[i].label_ == "Place" and doc[i + 1].text == "-":
                i = resolver.index[i].start  # "the San Francisco-based developer"
            elif i in resolver.index and (doc[i + 1].lower_ in ("'s", "’s") or doc[i + 1].tag_ == "POS"):
                i = resolver.index[i].start  # "Jane Roe, Hugging Face's co-founder": the whole possessor's name
            while self.noun_premodifiers and i - 1 >= sent.start and resolver.mention_at(i - 1) is not None:
                # "Dana Whitlock, a former Oracle executive": the employer before the noun
                span = resolver.mention_at(i - 1)
                if (
                    span.label_ != "Organization"
                    or span.start - 1 < sent.start
                    or doc[span.start - 1].pos_ not in ("DET", "ADJ")
                    or doc[i].pos_ not in ("NOUN", "ADJ")
                ):
                    break
                i = span.start - 1
        if (
            i - 3 >= sent.start
            and doc[i - 1].text == ","
            and doc[i - 2].text in ("»", "”")
            and resolver.mention_at(i - 3) is not None
        ):
            i -= 1  # "« le soutien d'Ostrakon Brintel », le patron de Kernwerk": the name that closes the quote
        if i - 1 >= sent.start and doc[i - 1].text in (",", "(", "–", "—", "»", "”") and i - 2 >= sent.start:
            span = resolver.mention_at(i - 2)
            if span is not None and plural and span.root.dep_ == "conj":
                # "Lena Vogt and Tobias Reindl, two former SAP engineers": a plural noun is borne by
                # every conjunct
                first = span.root
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head
                found = resolver.resolve(first, types, coordinated=True)
                if len(found) > 1:
                    return found
            if span is not None and plural:
                found = self._names_listed_before(span, resolver, types)
                if len(found) > 1:
                    return found
            if span is not None and self._opening_phrase_before_titled_name(span, noun):
                # "En entrevue avec Le Courrier, le président de Quillon, Marc Derval, a dit": the name in the
                # phrase that opens the sentence is no apposition; the name after the title's complement is
                after = self._name_after_complement(noun, resolver, types) or self._name_after_comma(
                    noun, resolver, types
                )
                if after:
                    return after
            found = resolver.resolve(doc[span.start] if span is not None else doc[i - 2], types, coordinated=False)
            if found:
                return found
        # directly before: "l'ex-PDG" no; "le PDG X" after the complement: "le PDG de Nexalia, Paul Quillon"
        # (after a comma too when no name closes the phrase before it: "Dans un entretien, le président de
        # Kernwerk Léa Roux a dit", "According to Reuters, ...": no apposition to a name there)
        if i - 1 < sent.start or doc[i - 1].text != "," or not self._name_before_comma(i - 1, resolver, types):
            after = self._name_after_complement(noun, resolver, types)
            if after:
                return after
        # "Lumenfold's most direct rival is Pelagos Code": the noun is the subject of a copula
        if noun.dep_.startswith("nsubj") and noun.head.lemma_.lower() in (
            "be",
            "être",
            "rester",
            "remain",
            "devenir",
            "become",
        ):
            for child in noun.head.children:
                if child.dep_ in ("attr", "acomp", "xcomp", "obj", "oprd") and child.i > noun.i:
                    found = resolver.resolve(child, types)
                    if found:
                        return found
        # copula: "X est le PDG de Y", "dont il était le PDG"
        for child in noun.children:
            if child.dep_.startswith("nsubj") and any(c.dep_ == "cop" for c in noun.children):
                found = resolver.resolve(child, types)
                if found:
                    return found
        # "X considère Y comme un concurrent", "X a ajouté Y à sa liste de concurrents", "X a nommé Y PDG":
        # the object of the governing verb bears the noun
        governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None and noun.dep_ not in ("obj", "dobj"):
            for child in governor.children:
                if (
                    child.dep_ == "obj"
                    or (child.dep_ == "dobj" and (noun.head.lower_ == "as" or noun.dep_ in ("oprd", "xcomp", "ccomp")))
                    or (  # "X named Jane Roe its new chief executive": the title parsed as the object's apposition
                        child.dep_ == "dobj"
                        and noun.dep_ == "appos"
                        and noun.head.i == child.i
                        and governor.lemma_.lower() in self.lists.get("object_control", ())
                    )
                ) and child.i < noun.i:
                    found = resolver.resolve(child, types)
                    if found and governor.lemma_.lower() in self.lists.get("successor_verbs", ()):
                        # "Y succeeds Z as CEO of X": the title is Y's now, and was Z's before
                        return self._governor_subject(noun, resolver, types) + found
                    if found:
                        return found
        if (
            governor is not None
            and noun.dep_ in ("oprd", "xcomp")
            and governor.lemma_.lower() in self.lists.get("object_control", ())
        ):
            # "X named Jane Roe chief executive": the name the parser hung on the title is the one named
            for child in noun.children:
                if child.dep_ in ("nmod", "compound", "npadvmod") and child.i < noun.i and resolver.mention_at(child.i):
                    found = resolver.resolve(child, types)
                    if found:
                        return found
        # "en tant que cofondateur de X", "comme PDG de X", "X est devenu PDG de Y": the subject of
        # the verb, but only when the noun is predicated of it
        if self._predicative(noun):
            return self._governor_subject(noun, resolver, types)
        if (
            noun.dep_ == "conj"
            and noun.head.pos_ == "NOUN"
            and (noun.head.dep_ in ("attr", "appos") or self._predicative(noun.head))
        ) or (
            noun.dep_ == "appos"
            and noun.head.pos_ == "NOUN"
            and noun.head.dep_ == "pobj"
            and self._predicative(noun.head)
        ):
            # "X is an economist and the former CEO of Y", "X served as director of Y and president of Z", "X served
            # as minister of finance, director of Y": the second noun is said of whom the first is
            return self._holders(noun.head, resolver, types)
        if (
            noun.dep_ == "conj"
            and resolver.mention_at(noun.head.i) is not None
            and noun.head.dep_ == "pobj"
            and noun.head.head.dep_ == "prep"
            and noun.head.head.head.pos_ == "NOUN"
            and noun.head.head.head.i < noun.head.i
            and noun.head.head.head.lower_ in self._title_words()
        ):
            # "X, a vice president of Google and chief scientist at Y": the parser hung the second title on the
            # first one's complement; it is said of whom the first title is
            return self._holders(noun.head.head.head, resolver, types)
        return []

    @staticmethod
    def _names_listed_before(last: Span, resolver: Resolver, types: set[str]) -> list[Referent]:
        """The names of a list that ends with ``last``, ``last`` included, read back over commas, coordinators,
        asides in brackets and relative clauses (:func:`knowgraph.mentions.coordination.listed_before`; the
        parse often hangs the list on another word): "A, B et C, trois des fondateurs de X" -> A, B, C; a
        preposition before the list takes none of it away ("Avec A et B, deux anciens de X, ...")::

            self._names_listed_before(span, resolver, {"Person"})
        """
        found = resolver.resolve(last.doc[last.start], types, coordinated=False)
        return listed_before(last, resolver, types, preposition="keep") + found if found else []

    def _appointee(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "la nomination de Léa Roux comme directrice de X", "l'arrivée de Y au poste de PDG de X", "the
        appointment of Jane Roe as chief scientist of X": the person an appointment noun names bears the title
        it gives (``appointment_nouns``, through one of ``post_nouns``)."""
        head = noun.head
        if head.pos_ == "ADP" and head.i < noun.i:
            head = head.head  # "as" / "to" hangs on the appointment noun in English
        if head.lemma_.lower() in self.lists.get("post_nouns", ()) and head.i < noun.i:
            head = head.head.head if head.head.pos_ == "ADP" else head.head
        named = resolver.mention_at(head.i) if head.i < noun.i else None
        if named is not None and resolver.type_of(named.kb_id_) == "Person":
            # the title hung on the person ("la nomination de [Léa Roux comme directrice]"): the person is the
            # appointment noun's complement, or the title is an apposition read elsewhere
            governor = head.head.head if head.head.pos_ == "ADP" else head.head
            if governor.i < head.i and governor.lemma_.lower() in self.lists.get("appointment_nouns", ()):
                return resolver.resolve(head, types, coordinated=False)
            return []
        if head.i >= noun.i or head.lemma_.lower() not in self.lists.get("appointment_nouns", ()):
            return []
        for child in head.children:
            if not head.i < child.i < noun.i:
                continue
            if child.dep_ == "prep" and child.lower_ == "of":
                person = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in self.genitive for c in child.children):
                person = child
            else:
                continue
            if person is not None and resolver.mention_at(person.i) is not None:
                found = [r for r in resolver.resolve(person, types, coordinated=False) if r.key]
                if found:
                    return found
        return []

    @staticmethod
    def _opening_phrase_before_titled_name(span: Span, noun: Token) -> bool:
        """Is ``span`` the object of a preposition in a phrase that opens the sentence, and the noun after it
        a title with its own article ("Selon Le Courrier, le PDG de X, ...")?"""
        return (
            in_opening_phrase(span)
            and noun.sent.root.i > noun.i  # the title phrase is before the sentence's verb
            and any(
                c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "the")
                for c in (noun.head if noun.dep_ in ("compound", "amod") else noun).children  # "the chief executive"
            )
        )

    @staticmethod
    def _name_after_comma(noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """The name after the first comma that follows ``noun`` in its phrase ("le directeur de X pour la
        France, Hugo Brissac, a dit"), if nothing verbal comes before it."""
        doc = noun.doc
        for j in range(noun.i + 1, min(noun.sent.end - 1, noun.i + 12)):
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", "(", "«", '"'):
                return []
            if doc[j].text == ",":
                span = resolver.mention_at(j + 1)
                if span is None or span.start != j + 1 or resolver.type_of(span.kb_id_) not in types:
                    return []
                return resolver.resolve(doc[span.start], types, coordinated=False)
        return []

    @staticmethod
    def _name_before_comma(comma: int, resolver: Resolver, types: set[str]) -> bool:
        """Is the phrase before ``comma`` closed by a name (or a word taken up as one) of ``types``?"""
        span = resolver.mention_at(comma - 1) if comma > 0 else None
        return span is not None and span.end == comma and resolver.type_of(span.kb_id_) in types

    def _title_words(self) -> set[str]:
        """The words of the people's title patterns ("chief", "executive", "officer", ...), once."""
        words = getattr(self, "_title_word_set", None)
        if words is None:
            words = self._title_word_set = {
                w
                for patterns in self.patterns.values()
                for p in patterns
                if p.kind == "noun" and p.relation in ("ceoOf", "worksFor", "foundedBy")
                for phrase in p.words
                for w in phrase.split()
            }
        return words

    def _name_after_complement(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        doc = noun.doc
        j = noun.i + 1
        end = min(noun.sent.end, noun.i + 9)
        seen_complement = False
        while j < end:
            span = resolver.mention_at(j)
            if span is not None:
                if (
                    all(
                        t.is_lower
                        and t.pos_ in ("NOUN", "ADJ")
                        or t.lower_ in resolver.coordinators
                        or t.text == "-"
                        # "co-founder and Chief Executive Y", "founder and CEO Y"
                        or ((t.is_title or t.is_upper) and t.lower_ in self._title_words())
                        for t in doc[noun.i + 1 : j]
                    )  # ("Orbitron CEO and co-founder Jane Roe")
                    and j - noun.i <= 5
                    and resolver.type_of(span.kb_id_) in types
                ):
                    # "chief executive Jensen Huang": the bearer right after the noun
                    return resolver.resolve(doc[span.start], types)
                if (
                    seen_complement
                    or span.label_ in types
                    and resolver.type_of(span.kb_id_) in types
                    and not seen_complement
                    and doc[j - 1].text == ","
                ):
                    found = resolver.resolve(doc[span.start], types)
                    if found:
                        return found
                seen_complement = True
                j = span.end
                if j < end and doc[j].text == ",":
                    j += 1
                continue
            if seen_complement and doc[j].text[:1].isupper() and doc[j - 1].text == ",":
                # "le directeur général d'Altéris, Hugo Lemarchand": a name the NER missed
                found = resolver.resolve(doc[j], types)
                if found:
                    return found
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", ".", "(") or doc[j].lower_ in resolver.relatives:
                # ("employees of X, which Suleyman cofounded": a relative clause's subject bears nothing)
                break
            if seen_complement and doc[j].pos_ == "ADP":
                break  # "Y CEO de X aux côtés de Z": a name in another phrase after the complement bears nothing
            j += 1
        return []
