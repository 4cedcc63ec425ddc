"""People's titles: whether a title holds whatever its sentence reports or plans, titles given
"respectively" to coordinated names (the n-th title goes to the n-th name), a past employer said in an
aside after a person's name, and where a title's organisation is (a description after the title that a
name closes is that name's, not the organisation named before: "cofondateur de la jeune pousse ... Ostrakon").

    "... reportedly caught Kernwerk CEO Dana Brook off guard" -> ceoOf(dana brook, kernwerk), asserted

    "Léa Martin et Paul Roy, respectivement PDG et directeur technique de Nexalia" ->
    ceoOf(léa martin, nexalia), worksFor(paul roy, nexalia)
    "Dana Brook and Omar Haddad, respectively CEO and CTO of Kernwerk" -> the same in English
    "Dana Brook, formerly at Kernwerk, joined ..." / "Léa Martin, auparavant chez Nexalia, ..." ->
    worksFor(dana brook, kernwerk)

The words are ``future_titles``, ``respective_words``, ``past_adverbs`` and ``past_employer_prepositions``
in patterns.yaml (``lists``).

    class NounFrames(TitleStatus, RespectiveTitles, RuleFamily):  # status_of comes from TitleStatus
        def at_token(self, token, forms):
            return self._respective_titles(token, self.context.resolver)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.modality import ASSERTED, statement_status
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.named_makers import maker_in_name, organisation_forms
from knowgraph.facts.relations.title_parts import TitleParts
from knowgraph.mentions.coordination import listed_before
from knowgraph.mentions.coref import DIRECT, LINKED, Referent, Resolver

#: the relations a title states of the person it names
TITLE_RELATIONS = ("ceoOf", "worksFor", "foundedBy")


def task_object(verb: Token, resolver: Resolver, descriptors) -> bool:
    """ "Roux a piloté l'ingénierie de la société", "she leads the AI team at X": the direct object of a
    verb of running is a common noun that names no organisation (no name, no descriptor such as "startup"):
    the verb runs a task or a team of the organisation, not the organisation (no ceoOf)."""
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    return bool(objects) and all(  # ("a dirigé Y Combinator, le célèbre incubateur": a name is among them)
        c.pos_ == "NOUN"
        and resolver.mention_at(c.i) is None
        and (c.lemma_.lower() not in descriptors and c.lower_ not in descriptors or _named_owner(c, resolver))
        for c in objects
    )


def _named_owner(noun: Token, resolver: Resolver) -> bool:
    """ "will head Kernwerk's new research group", "dirige la division cloud de Kernwerk": a descriptor with a
    named owner is a part of that owner (a group, a division, a subsidiary), not the owner itself."""
    for child in noun.children:
        if child.dep_ in ("poss", "nmod:poss") and resolver.mention_at(child.i) is not None:
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            child = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ == "nmod" and any(
            g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du") for g in child.children
        ):
            pass
        else:
            continue
        if child.i > noun.i and resolver.mention_at(child.i) is not None:
            return True
    return False


class TitleStatus:
    """Mixin for the noun frames: the claim status of a title (see the module docstring)."""

    _relation: str | None = None  # the relation of the pattern being read

    def status_of(self, trigger: Token) -> str:
        if self._relation not in TITLE_RELATIONS:
            return statement_status(trigger, self.lang)
        head = trigger
        while head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
            head = head.head  # "chief" in "chief executive": the phrase's status is its head noun's
        status = statement_status(head, self.lang)
        if any(t.lower_ in self.lists.get("future_titles", ()) for t in trigger.doc[max(0, head.i - 4) : head.i]):
            return "Planned"  # "le futur directeur général de X", "the incoming CEO"
        if status in ("Reported", "Hypothetical", "Planned"):
            # "... reportedly caught Kernwerk CEO Dana Brook off guard", "Roux rendra compte au directeur
            # des produits de Nexalia, Paul Roy": a title that describes a named person holds whatever the
            # sentence reports, supposes or plans; not one predicated of them ("pourrait devenir PDG de X")
            predicated = (
                head.dep_ in ("attr", "xcomp", "oprd", "ROOT", "obj", "dobj", "acomp")
                or head.head.lower_ in ("as", "comme")
                or any(c.dep_ == "cop" or c.dep_ == "case" and c.lower_ in ("comme", "en") for c in head.children)
            )
            name = self.context.resolver.mention_at(head.i + 1) if head.i + 1 < head.sent.end else None
            before_name = name is not None and name.start == head.i + 1 and name.label_ == "Person"
            if before_name or not predicated:
                return ASSERTED
        return status

    def _title_name(self, key: str, resolver: Resolver) -> bool:
        """ "Chief Executive Officer (CEO)" read as a person's name: a title is nobody's name."""
        words = tuple(resolver.entity(key).name.lower().split())
        return any(p.kind == "noun" and p.words == words for p in self.patterns.get(words[0] if words else "", ()))


class TitleArguments(TitleParts):
    """Mixin for the noun frames: where a title's organisation is when no complement gives it, and the titles
    another frame says."""

    def _title_said_elsewhere(self, noun: Token, pattern) -> bool:
        """ "the former founder of X" (the title "former" modifies says it), "A et B, respectivement PDG et CTO
        de X" (paired by :meth:`RespectiveTitles._respective_titles`)."""
        if (
            pattern.relation == "worksFor"
            and noun.dep_ == "amod"
            and noun.head.i > noun.i
            and any(p.kind == "noun" and p.relation in ("ceoOf", "foundedBy") for p, _ in self._triggers(noun.head))
        ):
            return True
        if pattern.relation in TITLE_RELATIONS and self._unnamed_people_object(noun):
            return True
        respective = self.lists.get("respective_words", ())
        return pattern.relation in TITLE_RELATIONS and any(
            t.lower_ in respective for t in noun.doc[max(noun.sent.start, noun.i - 8) : noun.i]
        )

    def _source_before_clause_subject(self, noun: Token, holder: Referent, resolver: Resolver) -> bool:
        """ "Selon Paul Roux, le fondateur de Kernwerk a menti", "According to X, the CEO of Y lied": the name a
        source preposition introduces is not the holder of the title after its comma when the title phrase runs
        into its verb unclosed (the title is the clause's subject); "Selon X, fondateur de Y, le marché ..." is
        an apposition, closed by its comma."""
        doc, sent = noun.doc, noun.sent
        span = resolver.mention_at(holder.token)
        if span is None or span.end >= noun.i or doc[span.end].text != ",":
            return False
        start = span.start
        while start > sent.start and doc[start - 1].text not in (",", ";", ":", "(", "«", '"'):
            start -= 1
        opening = doc[start : span.end].text.lower()
        if not any(opening.startswith(p + " ") for p in self.lists.get("source_prepositions", ())):
            return False
        for token in doc[noun.i + 1 : sent.end]:
            if token.text in (",", "(", "–", "—", ";", ":"):
                return False
            if token.pos_ in ("VERB", "AUX"):
                return True
        return False

    def _unnamed_people_object(self, noun: Token) -> bool:
        """ "Dana Brook hired dozens of engineers with experience at X", "a recruté des chercheurs venus de X": a
        plural title that is the object of a verb (or of a quantity that is) and names nobody says where
        unnamed people worked, not where the verb's subject did."""
        if noun.tag_ not in ("NNS", "NNPS") and noun.morph.get("Number") != ["Plur"]:
            return False
        node = noun
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head  # "researchers and engineers": the first of the coordinated titles
        if node.dep_ in ("pobj", "nmod") and node.head.dep_ in ("prep", "case"):
            node = node.head.head if node.head.dep_ == "prep" else node.head  # "dozens of engineers"
        if node.dep_ not in ("dobj", "obj") or node.head.pos_ != "VERB":
            return False
        resolver = self.context.resolver
        for k in range(noun.i + 1, noun.sent.end):  # "deux des fondateurs de X, A et B": named after all
            if noun.doc[k].pos_ in ("VERB", "AUX"):
                break
            span = resolver.mention_at(k)
            if span is not None and span.label_ == "Person":
                return False
        return True

    def _former_word_of_another_noun(self, noun: Token, pattern) -> bool:
        """ "un ancien étudiant de X": "ancien" is a title ("un ancien de X") only before its complement; before
        another noun it says the noun's time (a student is no employee, an employee's own title is read)."""
        if pattern.relation != "worksFor" or noun.lower_ not in self.lists.get("former_words", ()):
            return False
        after = noun.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
        return after is not None and after.pos_ in ("NOUN", "ADJ") and after.lower_ not in pattern.of

    def _coordinated_title_holders(self, noun: Token, resolver: Resolver, holder_types: set[str], complements):
        """ "Kernwerk's co-founder and CEO Dana Brook", "le cofondateur et PDG de Nexalia Paul Roy": a title
        coordinated with a following title has that title's holder."""
        for other in noun.children:
            if other.dep_ != "conj" or other.i <= noun.i or other.i - noun.i > 6:
                continue
            if not any(p.kind == "noun" and p.relation in TITLE_RELATIONS for p, _ in self._triggers(other)):
                continue
            keys = {c.key for c in complements}
            return [h for h in self._holders(other, resolver, holder_types) if h.key not in keys]
        return []

    def _person_before_company_title(self, noun: Token, pattern, resolver: Resolver) -> list[Referent]:
        """ "Dana Brook, Kernwerk CEO, said ...": in English, a company's name and a title in apposition to the
        person named right before the comma."""
        doc = noun.doc
        first = noun.i - len(pattern.words) + 1
        if not self.noun_premodifiers or noun.i + 1 >= len(doc) or doc[noun.i + 1].text not in (",", ".", ";"):
            return []
        org = resolver.mention_at(first - 1) if first - 1 >= noun.sent.start else None
        if org is None or org.end != first or resolver.type_of(org.kb_id_) != "Organization":
            return []
        if org.start - 2 < 0 or doc[org.start - 1].text != ",":
            return []
        person = resolver.mention_at(org.start - 2)
        if person is None or person.end != org.start - 1 or resolver.type_of(person.kb_id_) != "Person":
            return []
        return [Referent(person.kb_id_, DIRECT, person.start)]

    def _not_past_the_name(self, noun: Token, complements: list[Referent], resolver: Resolver) -> list[Referent]:
        """ "Le PDG Léa Martin retourne chez Kernwerk" parsed with "chez Kernwerk" on the title: a complement
        after the name that follows the title, past words that are no preposition or article, and not in the
        genitive, is another phrase's (where the person goes), not the title's."""
        doc = noun.doc
        complements = [c for i, c in enumerate(complements) if not (i and self._opens_main_clause(c, resolver))]
        complements = [c for c in complements if not self._describes_a_later_name(noun, c, resolver)]
        name = resolver.mention_at(noun.i + 1) if noun.i + 1 < noun.sent.end else None
        if name is None or name.start != noun.i + 1 or name.label_ != "Person":
            return complements
        return [
            c
            for c in complements
            if c.token < name.end
            or all(t.pos_ in ("ADP", "DET") or t.text == "," for t in doc[name.end : c.token])
            or any(t.lower_ in self.genitive for t in doc[max(name.end, c.token - 2) : c.token])
        ]

    def _describes_a_later_name(self, noun: Token, complement: Referent, resolver: Resolver) -> bool:
        """ "cofondateur de la jeune pousse lyonnaise de robotique Ostrakon": a description after the title, taken
        up as an organisation named before, while a capitalised name closes the description's phrase (a name
        the finder did not know): the description is that name's, not the organisation named before."""
        doc = noun.doc
        k = noun.i + 1
        if (
            complement.token > noun.i
            or k + 2 >= noun.sent.end
            or doc[k].lower_ not in (*self.genitive, "of", "at", "chez")
        ):
            return False
        if not (doc[k + 1].pos_ == "DET" or doc[k + 1].is_lower):
            return False  # "le fondateur de Nexalia": the name itself
        for token in doc[k + 1 : min(noun.sent.end, k + 14)]:
            finite = token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm")
            if (token.is_punct and token.text not in ("-", "'", "’")) or (finite and not token.is_title):
                return False
            if token.is_title and len(token) > 1:
                span = resolver.mention_at(token.i)
                if span is None:
                    return True  # a name nobody found
                if resolver.type_of(span.kb_id_) == "Organization":
                    return span.kb_id_ != complement.key
        return False

    @staticmethod
    def _opens_main_clause(complement: Referent, resolver: Resolver) -> bool:
        """ "Fondée par Léa Martin, ancienne chercheuse chez Quillon, Nexalia s'est donné ...": a name after a
        comma and right before the verb (or its clitic) is the main clause's subject, not one more complement."""
        span = resolver.mention_at(complement.token)
        if span is None or span.start == 0 or span.end >= len(span.doc) or span.doc[span.start - 1].text != ",":
            return False
        after = span.doc[span.end]
        if after.pos_ == "PRON" and span.end + 1 < len(span.doc):
            after = span.doc[span.end + 1]  # "s'est", "se sont"
        return after.pos_ in ("VERB", "AUX")

    def _title_complement(self, noun: Token, pattern, first: int, of_types: set[str], resolver: Resolver):
        """The organisation of a title with no complement: "the late Brintel co-founder Tom Hale", "Senior
        Vice President of Kernwerk Cloud Services", "expliquait le PDG Arthur Mensch"."""
        doc = noun.doc
        end = noun.i + 1  # past the words of a title its first noun heads ("le directeur général Léa Martin")
        while end < noun.sent.end and end - noun.i < len(pattern.words) and doc[end].lower_ in pattern.words:
            end += 1
        after = resolver.mention_at(end) if end < noun.sent.end else None
        person_after = after is not None and after.start == end and after.label_ == "Person"
        if self.noun_premodifiers and first > noun.sent.start and person_after:
            # an organisation's name, the title, then the person's name, however the parser split a hyphenated
            # title ("the late Brintel co-founder Tom Hale"), past a coordinated title ("Orbitron CEO and
            # co-founder Jane Roe")
            k = first - 1
            if doc[k].lower_ in resolver.coordinators:
                k -= 1
                while k > noun.sent.start and first - k < 6 and resolver.mention_at(k) is None and doc[k].is_alpha:
                    k -= 1
            k = self._domain_words_start(k + 1, first, resolver) - 1  # "Kernwerk machine learning chief Dana Brook"
            if k > noun.sent.start and doc[k].lower_ in ("'s", "’s"):
                k -= 1
            before = resolver.mention_at(k)
            if (
                before is not None
                and before.label_ == "Person"
                and doc[first - 1].lower_ in resolver.coordinators
                and before.start - 2 >= noun.sent.start
                and any(
                    p.kind == "noun" and p.relation in TITLE_RELATIONS for p, _ in self._triggers(doc[before.start - 1])
                )
            ):
                # "Kernwerk founder Dana Brook and president Omar Haddad": the organisation of the title and name
                # coordinated before is this title's too
                before = resolver.mention_at(before.start - 2)
                k = before.end - 1 if before is not None else k
            if before is not None and before.end == k + 1 and before.label_ == "Organization":
                return resolver.resolve(doc[before.start], of_types, coordinated=False)
        if self._colon_list(noun) is not None and noun.dep_ in ("obj", "dobj"):
            # "Nexalia compte trois cofondateurs : A, B et C": the subject of the verb has them
            return self._governor_subject(noun, resolver, of_types & {"Organization"})
        if pattern.subject == "holder" and any(
            m.label_ == "Product" for m in resolver.mentions_in(noun.i, min(noun.sent.end, noun.i + 8))
        ):
            # a unit named after its company
            units = self._complement(noun, resolver, {"Product"}, pattern.of)
            span = resolver.mention_at(units[0].token) if units else None
            maker = maker_in_name(span, organisation_forms(doc)) if span is not None else None
            if maker is not None and resolver.type_of(maker) in of_types:
                return [Referent(maker, LINKED, span.start)]
        if pattern.bare_title and not self.titles_before_names and person_after:
            # a bare title before a name, in an article about one company (not "l'ex-PDG Eric Schmidt",
            # "l'ancien patron X": a former title is of some other company)
            former = noun.lower_.startswith("ex") or any(
                t.lower_ in self.lists.get("former_words", ()) for t in doc[max(0, noun.i - 3) : noun.i]
            )
            # founders: one named founder only ("le cofondateur X"); "les trois fondateurs A, B et C" in an article
            # about a round may be another company's, which the article names less than its investors
            plural = noun.morph.get("Number") == ["Plur"]
            if not former and not (pattern.relation == "foundedBy" and plural):
                framed = self._framing_organization(noun, resolver)
                if framed is not None:
                    return framed
                return [r for r in resolver.speaker_organization() if r.key != after.kb_id_]
        listed = self._comma_listed_organization(noun, first, end, resolver) or self._described_owner(noun, resolver)
        if listed:
            return listed
        if pattern.bare_title and self.titles_before_names and pattern.subject == "holder" and person_after:
            # "According to CEO Dana Brook, Kernwerk's sales doubled", "Kernwerk stays independent under new
            # chief executive Dana Brook": the one organisation of the sentence, its main subject
            former = self.lists.get("former_words", set()) | self.lists.get("former_title_words", set())
            if not any(t.lower_ in former for t in doc[max(0, first - 3) : noun.i]):
                framed = self._clause_subject_organization(noun, after, resolver)
                if framed:
                    return framed
                before = doc[first - 1] if first > noun.sent.start else None
                if (
                    before is None or not (before.pos_ == "PROPN" or before.is_title and before.i > noun.sent.start)
                ) and not any(m.label_ == "Organization" for m in resolver.mentions_in(noun.sent.start, noun.sent.end)):
                    # '"...," said CEO Dana Brook.': a sentence that names no organisation, in an article about
                    # one company (the one named clearly most), as the French rule reads "le PDG X" (not after
                    # a capitalised word: "Quillon CEO Dana Brook" is a name the finder missed)
                    return [r for r in resolver.speaker_organization() if r.key != after.kb_id_]
        if pattern.relation in ("foundedBy", "ceoOf") and first - 2 >= noun.sent.start and doc[first - 1].text == ",":
            # "Léa Martin, cofondatrice et directrice technique, ...": an apposition with no company, in an
            # article about one company (the one named clearly most)
            person = resolver.mention_at(first - 2)
            closing = doc[end] if end < len(doc) else None
            if (
                person is not None
                and person.end == first - 1
                and person.label_ == "Person"
                and closing is not None
                and (closing.text in (",", ".", ";") or closing.lower_ in resolver.coordinators)
                and not any(t.lower_ in self.lists.get("former_words", ()) for t in doc[first - 1 : noun.i])
            ):
                return [r for r in resolver.speaker_organization() if r.key != person.kb_id_]
        return []

    @staticmethod
    def _comma_listed_organization(noun: Token, first: int, end: int, resolver: Resolver) -> list[Referent]:
        """ "said Dana Brook, CEO, Kernwerk." (a press release's signature): a person's name, the title and the
        organisation, each after a comma, the organisation closing the phrase."""
        doc, sent = noun.doc, noun.sent
        if first - 2 < sent.start or doc[first - 1].text != "," or end + 1 >= len(doc) or doc[end].text != ",":
            return []
        person = resolver.mention_at(first - 2)
        span = resolver.mention_at(end + 1)
        if person is None or person.end != first - 1 or person.label_ != "Person":
            return []
        if span is None or span.start != end + 1 or resolver.type_of(span.kb_id_) != "Organization":
            return []
        closing = doc[span.end] if span.end < len(doc) else None
        if closing is not None and not (closing.is_punct or "\n" in doc[span.end - 1].text_with_ws):
            return []  # "Dana Brook, CEO, Kernwerk Cloud ...": not the end of the phrase
        return [Referent(span.kb_id_, LINKED, span.start)]

    def _described_owner(self, noun: Token, resolver: Resolver) -> list[Referent]:
        """ "Dana Brook, the company's CEO": a definite description of an organisation that owns the title is
        the organisation the passage names most (read here: in apposition to a person, the description would
        take up the person before it)."""
        owner = next((c for c in noun.children if c.dep_ in ("poss", "nmod:poss") and c.pos_ == "NOUN"), None)
        info = self.descriptors.get(owner.lemma_.lower()) if owner is not None else None
        if info is None or info.get("type") != "Organization" or "Plur" in owner.morph.get("Number"):
            return []
        if not any(c.dep_ == "det" and c.lower_ in self.definite for c in owner.children):
            return []
        kinds = set(info.get("kinds") or ())
        found = resolver._salient(owner.i, {"Organization"}, set(), kinds=kinds, place=None)[:1]
        return [Referent(r.key, LINKED, r.token) for r in found if resolver.type_of(r.key) == "Organization"]

    @staticmethod
    def _clause_subject_organization(noun: Token, person, resolver: Resolver) -> list[Referent]:
        """The organisation a bare title in a side phrase belongs to: the subject of the sentence's main verb
        (or that subject's possessor) when it is the only organisation the sentence names and the title is
        not in that subject ("According to CEO Dana Brook, Kernwerk's revenue ...")."""
        sent = noun.sent
        organisations = {m.kb_id_ for m in resolver.mentions_in(sent.start, sent.end) if m.label_ == "Organization"} - {
            person.kb_id_
        }
        root = sent.root
        if len(organisations) != 1 or root.pos_ not in ("VERB", "AUX"):
            return []
        clauses = [root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"))]
        subjects = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
        for subject in subjects:  # ("X will stay independent under CEO Y, the firm said": the reported clause's)
            if subject.left_edge.i <= noun.i <= subject.right_edge.i:
                return []  # the title is in the subject: the noun frames read it
            owners = [subject] + [c for c in subject.children if c.dep_ == "poss"]
            for owner in owners:
                span = resolver.mention_at(owner.i)
                if span is not None and span.kb_id_ in organisations:
                    return [Referent(span.kb_id_, LINKED, span.start)]
        return []

    def _framing_organization(self, noun: Token, resolver: Resolver) -> list[Referent] | None:
        """ "Chez Nexalia, c'est la même musique. Le PDG Léa Martin ...", "Du côté de Nexalia, ... le PDG X":
        the organisation a framing phrase (``topic_frames``) opens the title's sentence or the one before with
        (in the same paragraph) is the title's; None when neither opens so."""
        doc = noun.doc
        frames = [tuple(f.split()) for f in self.lists.get("topic_frames", ())]
        # sentence openings by punctuation (the parser also breaks at a framing comma): this one, the one before
        openings, k = [], noun.i - 1
        while k >= max(0, noun.i - 60) and len(openings) < 2:
            if "\n" in doc[k].text_with_ws:
                openings.append(k + 1)
                break
            if (doc[k].text in (".", "!", "?") and resolver.mention_at(k) is None) or k == 0:  # ("Character.AI")
                openings.append(k + 1 if k else 0)
            k -= 1
        for k in openings:
            while k < noun.i and doc[k].is_punct:
                k += 1
            for frame in frames:
                words = tuple(t.lower_ for t in doc[k : k + len(frame)])
                span = resolver.mention_at(k + len(frame)) if words == frame and k + len(frame) < noun.i else None
                if (
                    span is not None
                    and span.start == k + len(frame)
                    and span.end < noun.i
                    and doc[span.end].text == ","
                    and resolver.type_of(span.kb_id_) == "Organization"
                ):
                    return [Referent(span.kb_id_, LINKED, span.start)]
        return None

    @staticmethod
    def _colon_list(noun: Token) -> int | None:
        """ "three co-founders: A, B and C": the index of the colon that opens the names of a plural title."""
        doc = noun.doc
        j = noun.i + 1
        if noun.morph.get("Number") != ["Plur"] and noun.tag_ not in ("NNS", "NNPS"):
            return None
        return j if j + 1 < noun.sent.end and doc[j].text == ":" and doc[j + 1].pos_ == "PROPN" else None

    @staticmethod
    def _not_product_owners(complements: list[Referent], noun: Token, resolver: Resolver) -> list[Referent]:
        """ "a co-creator of Quillon's Vello chatbot": the creator of a product, not of the company that owns it."""
        doc = noun.doc
        kept = []
        for c in complements:
            owner = resolver.mention_at(c.token)
            product = (
                resolver.mention_at(owner.end + 1)
                if owner is not None and owner.end + 1 < len(doc) and doc[owner.end].lower_ in ("'s", "’s")
                else None
            )
            if product is None or product.label_ not in ("Product", "AIModel"):
                kept.append(c)
        return kept


class RespectiveTitles:
    """Mixin for the noun frames: "A and B, respectively T1 and T2 of Y" (see the module docstring)."""

    def _respective_titles(self, token: Token, resolver: Resolver) -> list[Fact]:
        doc, sent = token.doc, token.sent
        if token.lower_ not in self.lists.get("respective_words", ()) or token.i - 1 <= sent.start:
            return []
        if doc[token.i - 1].text != ",":
            return []
        people = self._people_before(token.i - 1, resolver)
        if len(people) < 2:
            return []
        # the titles, separated by commas and "et"/"and", up to the genitive that names the organisation
        titles: list[list[Token]] = [[]]
        j = token.i + 1
        while j < sent.end and j - token.i < 16:
            t = doc[j]
            if t.lower_ in self.genitive and titles[-1]:
                break
            if t.text == "," or t.lower_ in resolver.coordinators:
                if titles[-1]:
                    titles.append([])
            elif t.pos_ != "DET":
                titles[-1].append(t)
            j += 1
        if j >= sent.end or doc[j].lower_ not in self.genitive or len(titles) != len(people):
            return []
        k = j + 1
        while k < sent.end and doc[k].pos_ == "DET":
            k += 1
        # a name the NER missed is read in the slot, as the other frames do
        orgs = resolver.resolve(doc[k], {"Organization"}, coordinated=False) if k < sent.end else []
        if not orgs or orgs[0].token != k:
            return []
        facts = []
        for person, title in zip(people, titles, strict=True):
            for relation in self._title_relations(title):
                facts += self._make(
                    f"{self.lang}/{relation}.respective", relation, [person], orgs[:1], token, 0.85, resolver
                )
        return facts

    def _fronted_past_employer(self, token: Token, resolver: Resolver) -> list[Fact]:
        """ "Ex-Kernwerk, Dana Brook a fondé ...": the prefix and the employer open the sentence, a comma, then
        the person's name."""
        doc, sent = token.doc, token.sent
        orgs = resolver.resolve(doc[token.i + 1], {"Organization"}, coordinated=False) if token.i + 1 < sent.end else []
        org = resolver.mention_at(token.i + 1) if orgs else None
        if org is None or org.start != token.i + 1 or org.end + 1 >= sent.end or doc[org.end].text != ",":
            return []
        person = resolver.mention_at(org.end + 1)
        if person is None or person.start != org.end + 1 or resolver.type_of(person.kb_id_) != "Person":
            return []
        return self._make(
            f"{self.lang}/worksFor.formerly",
            "worksFor",
            [Referent(person.kb_id_, DIRECT, person.start)],
            orgs[:1],
            token,
            0.8,
            resolver,
        )

    def _past_employer(self, token: Token, resolver: Resolver) -> list[Fact]:
        """ "Dana Brook, formerly at Kernwerk, ...": an aside of a past-time adverb and the employer."""
        doc, sent = token.doc, token.sent
        if token.lower_ not in self.lists.get("past_adverbs", ()):
            return []
        if token.i == sent.start and token.text.endswith("-"):
            return self._fronted_past_employer(token, resolver)
        if token.i < 2:
            return []  # (the name may be left of a sentence break the parser put at the comma)
        if doc[token.i - 1].text not in (",", "(") or token.i + 2 >= sent.end:
            return []  # "Léa Roux, auparavant chez X," or "Léa Roux (ex-X)"
        person = resolver.mention_at(token.i - 2)
        if person is None or person.end != token.i - 1 or resolver.type_of(person.kb_id_) != "Person":
            return []
        # a prefix the tokenizer split off a name ("ex-Google", see data/<lang>/tokens.yaml) takes the employer directly
        direct = token.text.endswith("-")
        if not direct and doc[token.i + 1].lower_ not in self.lists.get("past_employer_prepositions", ()):
            return []
        k = token.i + 1 if direct else token.i + 2
        while k < sent.end and doc[k].pos_ == "DET":
            k += 1
        orgs = resolver.resolve(doc[k], {"Organization"}, coordinated=False) if k < sent.end else []
        org = resolver.mention_at(k) if orgs else None
        if org is None or org.start != k or org.end >= len(doc) or doc[org.end].text not in (",", ".", ")", ";"):
            return []  # the aside ends with the employer's name: "formerly at Kernwerk's lab" is not said
        return self._make(
            f"{self.lang}/worksFor.formerly",
            "worksFor",
            [Referent(person.kb_id_, DIRECT, person.start)],
            orgs[:1],
            token,
            0.8,
            resolver,
        )

    def _people_before(self, comma: int, resolver: Resolver) -> list[Referent]:
        """ "A, B et C, respectivement", "A (ex-X), B, and C, respectively": the persons named right before the
        comma, in their order (:func:`knowgraph.mentions.coordination.listed_before`)."""
        last = resolver.mention_at(comma - 1)
        if last is None or last.end != comma or resolver.type_of(last.kb_id_) != "Person":
            return []
        listed = listed_before(last, resolver, {"Person"}, preposition="keep")
        return [*listed, Referent(last.kb_id_, DIRECT, last.start)]

    def _title_relations(self, title: list[Token]) -> list[str]:
        """The people relations the words of one title trigger ("directeur technique": worksFor)."""
        found: list[str] = []
        for t in title:
            for pattern, _head in self._triggers(t):
                if pattern.kind == "noun" and pattern.relation in TITLE_RELATIONS and pattern.relation not in found:
                    found.append(pattern.relation)
        return found
