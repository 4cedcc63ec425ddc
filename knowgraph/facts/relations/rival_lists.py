"""Rivals given as examples: "OpenAI faces competitors like Anthropic and Google", "face à des concurrents
comme Mistral AI", "Mistral AI affronte ses concurrents, notamment OpenAI et Anthropic": a rival noun in the
plural, an example marker, then the names; their rival is the noun's possessor ("ses concurrents") or the
subject of the verb that governs the noun. Without a marker, two names or more in apposition to the noun
("its rivals, Brintel and Quillon") are its examples too.

The nouns are those of the ``competitorOf.noun`` pattern, the markers ``maker_phrases.example_markers``
(patterns.yaml). Run at the end of the document by
:class:`~knowgraph.facts.relations.named_makers.NamedMakers`::

    RivalLists(rules, context).end_doc()  # the competitorOf facts
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.bare_rivals import BareRivals
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import LINKED, PRONOUN, Referent, Resolver
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization"}


class RivalLists(BareRivals, RuleFamily):
    """Rival nouns with their examples (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        self.rival_nouns = {
            p.words[0] for ps in self.patterns.values() for p in ps if p.rule.endswith("competitorOf.noun")
        }
        words = language_data(self.lang, "patterns").get("maker_phrases", {})
        extra = language_data(self.lang, "patterns").get("rival_phrases", {}).get("example_markers", [])
        self.markers = sorted(
            {tuple(w.lower().split()) for w in [*words.get("example_markers", []), *extra]}, key=len, reverse=True
        )
        self.coordinators = {w.lower() for w in words.get("coordinators", [])}
        self.list_fillers = {w.lower() for w in language_data(self.lang, "lexicon").get("list_fillers", [])}
        mutual = language_data(self.lang, "patterns").get("mutual_rivalry", {})
        self.mutual_nouns = {w.lower() for w in mutual.get("nouns", [])}
        self.mutual_possessives = {w.lower() for w in mutual.get("possessives", [])}
        self.mutual_against = {w.lower() for w in mutual.get("against", [])}
        offered = language_data(self.lang, "patterns").get("rival_phrases", {})
        self.alternative_nouns = {w.lower() for w in offered.get("alternative_nouns", [])}
        self.alternative_prepositions = {w.lower() for w in offered.get("alternative_prepositions", [])}
        self.same_side_words = {w.lower() for w in offered.get("same_side_words", [])}
        self.rival_verbs = {
            p.words[0] for ps in self.patterns.values() for p in ps if p.rule.endswith("competitorOf.verb")
        }
        # "the rivals of X", "les concurrents de X": the prepositions of the rival noun's own complement
        self.rival_of = {
            w.lower() for ps in self.patterns.values() for p in ps if p.rule.endswith("competitorOf.noun") for w in p.of
        }

    def end_doc(self) -> list[Fact]:
        doc, resolver = self.context.doc, self.context.resolver
        facts: list[Fact] = []
        lemmas = resolver.lemmas  # a column: no Token object for the words that are no rival noun
        for i in (i for i, lemma in enumerate(lemmas) if lemma in self.mutual_nouns):
            facts += self._mutual(doc[i], resolver)
        lowers = resolver.lowers
        for i in (
            i
            for i, lemma in enumerate(lemmas)
            if lemma in self.alternative_nouns or lowers[i] in self.alternative_nouns
        ):
            facts += self._alternative(doc[i], resolver)
        for i in (i for i, lemma in enumerate(lemmas) if lemma in self.rival_verbs):
            if doc[i].pos_ == "VERB":
                facts += self._verb_examples(doc[i], resolver)
        for i in (i for i, lemma in enumerate(lemmas) if lemma in self.rival_nouns):
            token = doc[i]
            facts += self._bare_rival(token, resolver)
            facts += self._named_description(token, resolver)
            if (
                token.pos_ in ("NOUN", "ADJ")  # "ses concurrents américains": the noun may be tagged an adjective
                and token.lemma_.lower() in self.rival_nouns
                and "Plur" in token.morph.get("Number")
            ):
                facts += self._examples(token, resolver)
        return facts

    def _alternative(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "Nexalia, alternative européenne à Kernwerk, Brintel ou Quillon", "pitched as an alternative to
        Kernwerk": the organisations named right after the preposition are the rivals of the one offered
        instead (the name the noun is in apposition to, else the subject of its verb)."""
        doc, sent = noun.doc, noun.sent
        k = noun.i + 1
        while k < sent.end and k - noun.i <= 2 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k += 1  # "alternative européenne à"
        if k >= sent.end or doc[k].lower_ not in self.alternative_prepositions:
            return []
        k += 1
        while k < sent.end and k - noun.i <= 6 and resolver.mention_at(k) is None and doc[k].pos_ == "DET":
            k += 1
        names = self._names(self._past_description(k, sent, resolver), sent, resolver)
        if not names:
            return []
        keys = {n.kb_id_ for n in names}
        head = resolver.mention_at(noun.head.i) if noun.dep_ == "appos" else None
        j = noun.i - 1
        while j > sent.start and doc[j].pos_ == "DET":
            j -= 1
        if head is None and j > sent.start and doc[j].text == ",":
            # "Nexalia, alternative européenne à X": the name right before the apposition's comma
            before = resolver.mention_at(j - 1)
            head = before if before is not None and before.end == j else None
        if head is not None and head.label_ in _ORGS:
            holders = [Referent(head.kb_id_, LINKED, head.start)]
        else:
            holders = [r for r in self._subjects(noun.head, resolver, _ORGS) if r.key not in keys]
        rivals = [Referent(n.kb_id_, LINKED, n.start) for n in names]
        return self._make(
            f"{self.lang}/competitorOf.alternative", "competitorOf", holders[:1], rivals, noun, 0.7, resolver
        )

    def _verb_examples(self, verb: Token, resolver: Resolver) -> list[Fact]:
        """ "pensés pour concurrencer les poids lourds du marché comme A, B ou C", "to take on giants such as A and
        B": a rival verb whose object is a group given by examples; the examples are the subject's rivals."""
        doc, sent = verb.doc, verb.sent
        k = verb.i + 1
        while k < sent.end and k - verb.i <= 7 and resolver.mention_at(k) is None and self._marker_at(doc, k) < 0:
            if not (doc[k].is_lower and doc[k].is_alpha or doc[k].text in ("'", "’", "-")):
                return []  # a name, a figure or a punctuation mark before any marker: no group of examples
            k += 1
        start = self._marker_at(doc, k) if k > verb.i + 1 else -1
        names = self._names(self._past_description(start, sent, resolver), sent, resolver) if start >= 0 else []
        if not names:
            return []
        keys = {n.kb_id_ for n in names}
        holders = [r for r in self._climbing_subject(verb, resolver) if r.key not in keys]
        rivals = [Referent(n.kb_id_, LINKED, n.start) for n in names]
        return self._make(
            f"{self.lang}/competitorOf.verb-examples", "competitorOf", holders[:1], rivals, verb, 0.7, resolver
        )

    def _climbing_subject(self, verb: Token, resolver: Resolver) -> list[Referent]:
        """The subject of the verb, or of the clause it depends on: "des modèles destinés à concurrencer ..."
        are the ones who made them (through a thing, never through another organisation's description)."""
        node = verb
        for _ in range(5):
            subject = next((c for c in node.children if c.dep_.startswith("nsubj")), None)
            if subject is not None:
                return resolver.resolve(subject, _ORGS, coordinated=False)
            # "nmod": a thing's complement ("une gamme de modèles pensés pour ...", the participle on "modèles")
            if node.head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "advcl", "acl", "obj", "dobj", "nmod"):
                return []
            node = node.head
            if node.pos_ == "NOUN" and self._descriptor_type(node) == "Organization":
                return []  # "une start-up destinée à concurrencer X": the start-up's rivals, not its buyer's
        return []

    def _past_description(self, k: int, sent: Span, resolver: Resolver) -> int:
        """Where the first name starts after ``k``: past an article and a descriptor ("au groupe Kernwerk")."""
        doc, start = sent.doc, k
        while k < sent.end and k - start < 3 and resolver.mention_at(k) is None:
            if not (doc[k].pos_ == "DET" or doc[k].is_lower and self._descriptor_type(doc[k]) == "Organization"):
                return start
            k += 1
        return k

    def _mutual(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "X a signé un accord avec Y, malgré leur rivalité directe", "despite their fierce competition": a
        rivalry noun after a plural possessive is between the two organisations the clause named before it
        (exactly two: with more, "their" is no one pair)."""
        doc = noun.doc
        k = noun.i - 1
        while k > noun.sent.start and doc[k].pos_ == "ADJ" and noun.i - k <= 2:
            k -= 1  # "leur farouche rivalité"
        if doc[k].lower_ not in self.mutual_possessives:
            return []
        after = doc[noun.i + 1 : min(noun.sent.end, noun.i + 4)]
        if any(t.lower_ in self.mutual_against for t in after):
            return []  # "leur concurrence face à Brintel": a rivalry they share against another
        named: dict[str, Span] = {}
        for m in resolver.mentions_in(noun.sent.start, k):
            if m.end <= k and m.label_ in _ORGS:
                named.setdefault(m.kb_id_, m)
        if len(named) != 2:
            return []
        a, b = named.values()
        return self._make(
            f"{self.lang}/competitorOf.mutual",
            "competitorOf",
            [Referent(a.kb_id_, LINKED, a.start)],
            [Referent(b.kb_id_, LINKED, b.start)],
            noun,
            0.7,
            resolver,
        )

    def _named_description(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "Nexalia said it raised $6 billion, as the Kernwerk rival looks to invest more": a definite rival
        noun with an organisation's name before it, the subject of its clause, describes the organisation the
        passage is about (the most recent subject before it); its rival is the name."""
        doc = noun.doc
        if not noun.dep_.startswith("nsubj") or "Plur" in noun.morph.get("Number"):
            return []
        named = resolver.mention_at(noun.i - 1) if noun.i > noun.sent.start else None
        if named is None or named.end != noun.i or named.label_ not in _ORGS or named.start == noun.sent.start:
            return []
        if doc[named.start - 1].lower_ not in self.definite:
            return []  # "the Kernwerk rival", not "Brintel's Kernwerk rival" nor a bare compound
        holders = resolver._recent(named.start - 1, _ORGS, {named.kb_id_}, PRONOUN, prefer_subject=True)[:1]
        if not holders or holders[0].token < noun.sent.start:
            return []  # only the organisation its own sentence named before: a guess across sentences costs more
        holder = resolver.mention_at(holders[0].token)
        if holder is not None and any(
            m.kb_id_ not in (holder.kb_id_, named.kb_id_) and m.label_ in _ORGS
            for m in resolver.mentions_in(noun.sent.start, named.start)
        ):
            return []  # two organisations named before it: "the X rival" may be either
        return self._make(
            f"{self.lang}/competitorOf.described",
            "competitorOf",
            holders,
            [Referent(named.kb_id_, LINKED, named.start)],
            noun,
            0.7,
            resolver,
        )

    def _marker_at(self, doc, k: int) -> int:
        """The end of the example marker that starts at token ``k``, or -1."""
        lowers = self.context.resolver.lowers  # the doc's token.lower_, no Token object made
        for words in self.markers:
            n = len(words)
            if tuple(lowers[k : k + n]) == words:
                return k + n
        return -1

    def _marker_end(self, token: Token, k: int | None = None) -> int:
        doc = token.doc
        k = token.i + 1 if k is None else k
        while (
            k < token.sent.end
            and doc[k].pos_ == "ADJ"
            and doc[k].is_lower
            and k - token.i <= 3
            and self._marker_at(doc, k) < 0  # "rivals such as": "such" starts the marker
        ):
            k += 1  # "ses concurrents américains, notamment"
        if k < token.sent.end and doc[k].text == ",":
            k += 1
        return self._marker_at(doc, k)

    def _names(self, start: int, sent: Span, resolver: Resolver) -> list[Span]:
        doc, names, k = sent.doc, [], start
        while k < sent.end:
            span = resolver.mention_at(k)
            if span is None or span.start != k or span.label_ not in _ORGS:
                break
            names.append(span)
            if k > start and doc[k - 1].lower_ in self.coordinators:
                break  # "A and B, Nexalia sells": the name after the coordinator ends the list
            k = span.end
            k = _past_aside(doc, k, sent.end)  # "A (valued at $10 billion) or B"
            if k < sent.end and doc[k].text == ",":
                k += 1
            if k < sent.end and doc[k].lower_ in self.coordinators:
                k += 1
                if k < sent.end and doc[k].lower_ in self.list_fillers:
                    k += 1  # "B ou encore C"
            if k > start:
                k = self._past_description(k, sent, resolver)  # "A et la société B"
        return names

    def _holder(self, noun: Token, resolver: Resolver, exclude: set[str]) -> list[Referent]:
        doc = noun.doc
        owner = next((c for c in noun.children if c.dep_ in ("poss", "det") and c.lower_ in self.possessives), None)
        if owner is None and noun.i - 1 >= noun.sent.start and doc[noun.i - 1].lower_ in self.possessives:
            owner = doc[noun.i - 1]  # "ses concurrents", the determiner hung on the adjective after
        if owner is not None:
            # "ses", "its": the organisation the clause is about, as the possessive rules read it
            return resolver._recent(owner.i, _ORGS, set(exclude), PRONOUN, prefer_subject=True)[:1]
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = None
        for _ in range(3):  # "OpenAI veut devenir la référence face à des concurrents": the controlling verb's
            subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
            if subject is not None or verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
                break
            verb = verb.head
        if subject is None or subject.i == noun.i:
            return []
        return [r for r in resolver.resolve(subject, _ORGS, coordinated=False) if r.key not in exclude]

    @staticmethod
    def _fronted_subject(noun: Token, resolver: Resolver, exclude: set[str], list_end: int) -> list[Referent]:
        """ "Unlike its rivals, A and B, Nexalia sells ...", "Comme ses concurrents A et B, Nexalia ...": in a
        phrase that opens the sentence, before the main clause's subject, "its" looks ahead to that subject
        (the name right after the phrase's comma when the parser took a listed name for the subject)."""
        doc = noun.doc
        list_end = _past_aside(doc, list_end, noun.sent.end)
        if list_end + 1 < noun.sent.end and doc[list_end].text in (",", "—", "–"):
            j = list_end + 1
            while (  # the description before the name: "la start-up Nexalia", "the Paris startup Nexalia"
                j < noun.sent.end
                and j - list_end <= 4
                and resolver.mention_at(j) is None
                and (
                    doc[j].pos_ == "DET"
                    or doc[j].text == "-"
                    or doc[j].is_lower
                    and doc[j].text.replace("-", "").isalpha()
                )
            ):
                j += 1
            after = resolver.mention_at(j) if j < noun.sent.end else None
            if after is not None and after.start == j and after.label_ in _ORGS:
                named = [Referent(after.kb_id_, LINKED, after.start)]
                if after.kb_id_ not in exclude and RivalLists._opens_sentence(noun, after.start):
                    return named
        phrase = noun
        while phrase.head.i != phrase.i and phrase.head.pos_ not in ("VERB", "AUX"):
            phrase = phrase.head
        verb = phrase.head
        if verb.pos_ not in ("VERB", "AUX") or phrase.dep_ not in (
            "prep",
            "obl",
            "obl:arg",
            "obl:mod",
            "advcl",
            "nmod",
            "advmod",
            "dep",
        ):
            return []
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subject is None or not phrase.left_edge.i == noun.sent.start or subject.i < noun.i:
            return []
        if any(t.pos_ in ("VERB", "AUX") for t in noun.doc[noun.i : subject.i]):
            return []  # another clause between: its subject is not the phrase's
        return [r for r in resolver.resolve(subject, _ORGS, coordinated=False) if r.key not in exclude]

    @staticmethod
    def _opens_sentence(noun: Token, name_start: int) -> bool:
        """Does the noun's phrase open the sentence, with no verb between it and the name at ``name_start``
        ("Unlike its rivals, A and B, | Nexalia")?"""
        doc, first = noun.doc, noun.sent.start
        depth, verbs = 0, False
        for t in doc[first:name_start]:  # a verb in an aside ("A (valued at ...)") is no clause of the sentence
            depth += (t.text == "(") - (t.text == ")")
            verbs = verbs or depth == 0 and t.pos_ in ("VERB", "AUX")
        if not 0 < noun.i - first <= 4 or verbs:
            return False
        # a prepositional phrase: "Unlike its rivals", "Face à des concurrents", "Contrairement à ses rivaux"
        return doc[first].pos_ == "ADV" or any(t.pos_ in ("ADP", "SCONJ") for t in doc[first : noun.i])

    def _apposed_names(self, noun: Token, resolver: Resolver) -> list[Span]:
        """ "its larger rivals, Kernwerk and Valmora Cloud", "ses concurrents Brintel et Quillon":
        without an example marker, the rivals named right after the noun (after a comma or none), two at
        least joined by a coordinator, and the list closing the phrase (a comma, a period, the end)."""
        doc, sent, k = noun.doc, noun.sent, noun.i + 1
        while k < sent.end and doc[k].pos_ == "ADJ" and doc[k].is_lower and k - noun.i <= 3:
            k += 1
        if k < sent.end and doc[k].text in (",", "—", "–"):  # "its rivals—A, B and C—"
            k += 1
        names = self._names(k, sent, resolver)
        if len(names) < 2:
            return []
        end = names[-1].end
        if end < sent.end and doc[end].text not in (",", ".", ";", ")", ":", "—", "–"):
            return []
        if not any(t.lower_ in self.coordinators for t in doc[names[0].end : names[-1].start]):
            return []
        return names

    def _examples(self, noun: Token, resolver: Resolver) -> list[Fact]:
        owner, after = _named_owner(noun, resolver, self.rival_of)
        start = self._marker_end(noun, after if after > noun.i + 1 else None)
        if start >= 0:
            names = self._names(start, noun.sent, resolver)
        else:
            names = self._apposed_names(noun, resolver) if owner is None or after == noun.i + 1 else []
        if not names:
            return []
        keys = {n.kb_id_ for n in names}
        if owner is not None:
            # "X's rivals, including A and B", "les concurrents de X, dont A et B": the rivals named are X's
            if owner.kb_id_ in keys:
                return []
            holders = [Referent(owner.kb_id_, LINKED, owner.start)]
            rivals = [Referent(n.kb_id_, LINKED, n.start) for n in names]
            return self._make(
                f"{self.lang}/competitorOf.examples", "competitorOf", holders, rivals, noun, 0.75, resolver
            )
        # a phrase that opens the sentence names the rivals of the main clause's subject, whatever that clause
        # then says or denies of it ("Unlike its rivals A and B, Nexalia does not sell ...")
        fronted = self._fronted_subject(noun, resolver, keys, names[-1].end)
        holders = fronted or self._holder(noun, resolver, keys)
        rivals = [Referent(n.kb_id_, LINKED, n.start) for n in names]
        return self._make(
            f"{self.lang}/competitorOf.examples",
            "competitorOf",
            holders[:1],
            rivals,
            noun,
            0.75,
            resolver,
            status=ASSERTED if fronted else None,
        )


def _past_aside(doc, k: int, end: int) -> int:
    """The token after a bracketed aside that starts at ``k`` ("A (valued at $10 billion) or B"), or ``k``
    itself when none starts there (or it does not close within a few words)."""
    if k >= end or doc[k].text != "(":
        return k
    close = next((j for j in range(k + 1, min(end, k + 12)) if doc[j].text == ")"), None)
    return close + 1 if close is not None else k


def _named_owner(noun: Token, resolver: Resolver, rival_of: set[str]) -> tuple[Span | None, int]:
    """ "X's rivals", "the rivals of X", "les concurrents d'X": the organisation named as the rival noun's own
    possessor or complement, and the token after the noun's phrase (after the complement when there is one)."""
    doc, sent = noun.doc, noun.sent
    for c in noun.children:
        if c.dep_ == "poss" and c.i < noun.i:
            owner = resolver.mention_at(c.i)
            if owner is not None and owner.label_ in _ORGS:
                return owner, noun.i + 1
    k = noun.i + 1
    while k < sent.end and doc[k].pos_ == "ADJ" and doc[k].is_lower and k - noun.i <= 3:
        k += 1  # "les concurrents directs de X"
    if k + 1 >= sent.end or doc[k].lower_ not in rival_of:
        return None, noun.i + 1
    j = k + 1
    if doc[j].pos_ == "DET" and j + 1 < sent.end:
        j += 1  # "the rivals of the Kernwerk group"
    owner = resolver.mention_at(j)
    if owner is None or owner.start != j or owner.label_ not in _ORGS:
        return None, noun.i + 1
    return owner, owner.end
