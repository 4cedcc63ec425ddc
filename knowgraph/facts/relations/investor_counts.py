"""Investors counted by the company: "X counts A and B among its investors", "its website lists A, B and C
as investors", "X compte A et B parmi ses actionnaires", "X compte parmi ses investisseurs A et B" (a
counting verb and ``among``/``as`` before an investor noun: ``investor_lists.counting_verbs`` and
``as_words`` in patterns.yaml). A mixin of :class:`~knowgraph.facts.relations.investor_lists.InvestorLists`,
called at its investor nouns.

    "The startup Nexalia raised $20 million. Its website lists Brume Capital and Ardent Partners as backers."
    -> investedIn(brume-capital, nexalia), investedIn(ardent-partners, nexalia)

Also the lists with no verb: after a colon ("Parmi les investisseurs : A et B"), after a backing participle
that opens the sentence ("Backed by A and B, Nexalia ..."), and after a backing participle whose agent is a
description the names then stand for ("X, soutenue par deux figures du secteur, A et B").
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.arguments import end_before_apposition
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.name_lists import INVESTORS
from knowgraph.mentions.coref import DESCRIPTION, Referent, Resolver

ORGS = {"Organization", "Company"}


class CountedInvestors:
    """The names a company counts among its investors (see module docstring)."""

    among: set[str]
    as_words: set[str]
    counting_verbs: set[str]
    joining_verbs: list[tuple[str, ...]]
    example_markers: list[tuple[str, ...]]
    agent_words: set[str]
    list_verbs: set[str]
    fronted_lead_participles: set[str]
    member_phrases: list[tuple[str, ...]]
    definite_words: set[str]

    def _joining_examples(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "Existing investors also took part, including A and B", "Des fonds de Valmora se sont joints au
        tour, à l'image de A et B", "Les actionnaires de Nexalia ont de nouveau remis au pot, comme A, B": investors
        in general joining the round (``joining_verbs``), then examples (``example_markers``); the round is the
        one reported last."""
        doc = noun.doc
        verb = noun.head
        if noun.dep_ not in ("nsubj", "nsubj:pass") or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i:
            return []
        if "Plur" not in noun.morph.get("Number") or any(
            resolver.mention_at(t.i) for t in noun.subtree if t.i < verb.i
        ):
            return []  # "investors" in general, with no company of their own ("les investisseurs de X")
        words = [verb.lemma_.lower()] + [t.lower_ for t in doc[verb.i + 1 : verb.i + 3]]
        if not any(tuple(words[: len(v)]) == v for v in self.joining_verbs):
            return []
        end = noun.sent.end
        for j in range(verb.i + 1, end):
            marker = self._phrase_at(self.example_markers, j, resolver)  # type: ignore[attr-defined]
            if marker is not None:
                investors = self._listed(j + len(marker), end, resolver)  # type: ignore[attr-defined]
                investees = self._last_round_target(noun)  # type: ignore[attr-defined]
                return self._facts("investedIn.joining-examples", investors, investees, verb)  # type: ignore[attr-defined]
            if resolver.mention_at(j) is not None:
                return []  # a name before any marker: not this shape
        return []

    def _member_of_investors(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "Brume compte parmi les investisseurs de Nexalia", "A et B figurent parmi les actionnaires de X", "A fait
        partie des investisseurs de X": a verb of belonging and its words (``investor_lists.member_phrases``, a
        lemma then the words after it) right before the investor noun (past its articles and adjectives). Its
        subject is the investor, the company the noun's complement ("de X"); with no complement after a
        definite article ("figurent parmi les investisseurs"), the company whose round was reported last. A
        possessive ("parmi ses investisseurs") is no such shape: the subject is then the company counting.

            self._member_of_investors(noun, resolver)  # "investisseurs" in "A compte parmi les investisseurs de X"
        """
        doc = noun.doc
        start = noun.sent.start
        k = noun.i
        while k - 1 > start and doc[k - 1].pos_ in ("DET", "ADJ") and doc[k - 1].lower_ not in self.possessives:
            k -= 1
        verb = None
        for phrase in self.member_phrases:
            for end in range(k, noun.i + 1):  # ("faire partie des": "des" is the phrase's, or the noun's article)
                first = end - len(phrase)
                if first < start or tuple(t.lower_ for t in doc[first + 1 : end]) != phrase[1:]:
                    continue
                if doc[first].lemma_.lower() == phrase[0] or doc[first].lower_ == phrase[0]:
                    verb = doc[first]
                    break
            if verb is not None:
                break
        if verb is None or any(t.lower_ in self.possessives for t in doc[verb.i : noun.i]):
            return []
        investors = self._subjects(verb, resolver, INVESTORS)  # type: ignore[attr-defined]
        investees = self._genitive_name(noun, resolver)  # type: ignore[attr-defined]
        event = None  # a holding stated ("X compte parmi les actionnaires de Y"), not a deal
        if not investees and doc[noun.i - 1].lower_ in self.definite_words:
            investees, event = self._last_round_target(noun), "Investment"  # type: ignore[attr-defined]
        investees = [r for r in investees if r.key not in {i.key for i in investors}]
        return self._facts("investedIn.member", investors, investees, verb, event=event)  # type: ignore[attr-defined]

    def _counted_as_investors(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "X counts A and B among its investors", "its website lists A, B and C as investors", "X compte A
        et B parmi ses actionnaires": a counting verb before the investor noun, the names between them
        (``investor_lists.counting_verbs`` and ``as_words``, read on the words: the parsers often miss
        the verb); the company is the name right before the verb, else the noun's possessor, else the
        verb's subject (or that subject's possessor: "its website lists")."""
        doc = noun.doc
        marker = next(
            (
                doc[k]
                for k in (noun.i - 1, noun.i - 2)
                if k > noun.sent.start and doc[k].lower_ in self.among | self.as_words
            ),
            None,
        )
        if marker is None or any(t.pos_ not in ("DET", "PRON", "ADJ") for t in doc[marker.i + 1 : noun.i]):
            return []
        verb = None
        for k in range(marker.i - 1, max(noun.sent.start, marker.i - 40) - 1, -1):
            t = doc[k]
            if t.lemma_.lower() in self.counting_verbs or t.lower_ in self.counting_verbs:
                verb = t
                break
            if t.is_punct and t.text != "," or t.pos_ == "VERB" and resolver.mention_at(k) is None:
                return []
        if verb is None:
            return []
        # "X compte parmi ses investisseurs A et B": the names after the noun when none come before it
        investors = (
            self._listed(verb.i + 1, marker.i, resolver)  # type: ignore[attr-defined]
            if verb.i + 1 < marker.i
            else []
        )
        if verb.i + 1 == marker.i:
            investors = self._listed(noun.i + 1, noun.sent.end, resolver)  # type: ignore[attr-defined]
        if not investors:
            return []
        before = resolver.mention_at(verb.i - 1) if verb.i > verb.sent.start else None
        investees = resolver.resolve(doc[before.start], ORGS, coordinated=False) if before is not None else []
        investees = investees or self._possessor(noun, resolver, ORGS)  # type: ignore[attr-defined]
        if not investees:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subject is not None:
                investees = (
                    resolver.resolve(subject, ORGS, coordinated=False)
                    if resolver.mention_at(subject.i) is not None or subject.pos_ == "PRON"
                    else self._possessor(subject, resolver, ORGS)  # type: ignore[attr-defined]
                )
        investees = [r for r in investees if r.key not in {i.key for i in investors}][:1]
        # a holding stated, not a deal: no Investment event
        return self._facts(  # type: ignore[attr-defined]
            "investedIn.counted", investors, investees, verb, event=None
        )

    def _colon_list(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "Parmi les investisseurs : A, ou encore B", "Among the investors: A and B": an investor noun after
        ``among`` with no verb, whose list follows a colon; the company is the noun's complement, else the one
        whose round was reported last."""
        doc = noun.doc
        first = noun.left_edge
        if first.lower_ not in self.among and not (first.i > noun.sent.start and doc[first.i - 1].lower_ in self.among):
            return []
        colon = noun.i + 1  # (past the noun's complement: "Parmi les investisseurs de X :")
        while colon < min(noun.sent.end, noun.i + 7) and not doc[colon].is_punct:
            colon += 1
        if colon >= noun.sent.end or doc[colon].text != ":":
            return []
        investors = self._listed(colon + 1, noun.sent.end, resolver)  # type: ignore[attr-defined]
        investees = self._investee_of_noun(noun, resolver)  # type: ignore[attr-defined]
        return self._facts("investedIn.colon-list", investors, investees, doc[colon])  # type: ignore[attr-defined]

    def _fronted_backing(self, participle: Token, resolver: Resolver) -> list[Fact]:
        """ "Soutenue par A, B et C, la start-up veut ...", "Backed by A and B, Nexalia ...": a backing
        participle that opens the sentence (``investor_lists.fronted_participles``, then an agent word of
        ``agent_words``), its list up to the main clause, whose subject is the company backed. A holding
        described, not a deal: no Investment event. A leading participle goes to :meth:`_fronted_lead`."""
        doc = participle.doc
        sent = participle.sent
        start = participle.i + 1
        if participle.i > sent.start + 1 or start >= sent.end or doc[start].lower_ not in self.agent_words:
            return []
        if participle.lower_ in self.fronted_lead_participles:
            return self._fronted_lead(participle, resolver)
        # the main clause's subject: the words after the last comma before the main verb (the parser often
        # makes the participle itself the subject)
        root = sent.root
        comma = next((k for k in range(root.i - 1, start, -1) if doc[k].text == ","), None)
        if comma is None:
            return []
        subject = doc[comma + 1]
        while subject.pos_ == "DET" and subject.i + 1 < root.i:
            subject = doc[subject.i + 1]
        investors = self._listed(start + 1, comma, resolver)  # type: ignore[attr-defined]
        backers = {i.key for i in investors}
        investees = resolver.resolve(subject, ORGS, exclude=backers, coordinated=False)[:1]
        if not investees and resolver.mention_at(subject.i) is None and subject.pos_ == "NOUN":
            # "la start-up": a description, never one of the backers just listed; the company named before them
            investees = resolver.recency.recent(participle.i, ORGS, backers, DESCRIPTION, prefer_subject=True)[:1]
        return self._facts(  # type: ignore[attr-defined]
            "investedIn.fronted-backing", investors, investees, participle, event=None
        )

    def _fronted_lead(self, participle: Token, resolver: Resolver) -> list[Fact]:
        """ "Mené par A, ce tour de table ...", "Led by A, the round ...": a leading participle
        (``fronted_lead_participles``) that opens the sentence, whose main subject is a round noun: A invests
        in that round's company (an Investment). "Led by its founder, the company ...": no round led. The list
        ends at the first comma followed by the round noun (the parser often makes the participle the root)."""
        doc = participle.doc
        sent = participle.sent
        start = participle.i + 1
        comma = next(
            (
                k
                for k in range(start + 1, min(sent.end - 2, start + 40))
                if doc[k].text == "," and self._round_noun(_past_article(doc[k + 1]))  # type: ignore[attr-defined]
            ),
            None,
        )
        if comma is None:
            return []
        investors = self._listed(start + 1, comma, resolver)  # type: ignore[attr-defined]
        investees = self._round_investee(_past_article(doc[comma + 1]), resolver)  # type: ignore[attr-defined]
        return self._facts("investedIn.fronted-lead", investors, investees, participle)  # type: ignore[attr-defined]

    def _backed_by_described(self, participle: Token, resolver: Resolver) -> list[Fact]:
        """ "Nexalia, une plateforme, soutenue par deux figures de la Silicon Valley, A et B", "X is backed by
        the founder of Kernwerk, A": a backing participle whose agent is a description, then a comma and the
        names it stands for (up to the sentence's end or another clause). The names the description's own
        complement gives ("de Kernwerk") are no investors. A holding, not a deal: no Investment event."""
        doc = participle.doc
        end = participle.sent.end
        k = participle.i + 1
        while (
            k < end
            and k - participle.i < 4
            and doc[k].pos_ == "ADV"
            or (k < end and doc[k].pos_ == "ADP" and doc[k].lower_ not in self.agent_words and k - participle.i < 4)
        ):
            k += 1  # "soutenue depuis son lancement par": a few words of time before the agent
            while k < end and doc[k].pos_ in ("DET", "NOUN") and doc[k].is_lower and k - participle.i < 6:
                k += 1
        if k >= end or doc[k].lower_ not in self.agent_words:
            return []
        k += 1
        if k >= end or doc[k].pos_ not in ("DET", "NUM", "ADJ") or resolver.mention_at(k) is not None:
            return []  # "soutenue par Brume Capital": the verb frame reads a name
        comma = next((m for m in range(k, min(end, k + 10)) if doc[m].text == ","), None)
        if comma is None:
            return []
        description = doc[k:comma]
        if any("Fin" in t.morph.get("VerbForm") for t in description) or not any(
            t.pos_ in ("NOUN", "VERB") and t.is_lower for t in description
        ):
            return []
        named = {
            resolver.mention_at(t.i).kb_id_  # type: ignore[union-attr]
            for t in description
            if resolver.mention_at(t.i) is not None
        }
        investors = [r for r in self._listed(comma + 1, end, resolver) if r.key not in named]
        if not investors:
            return []
        investees = self._described_before(participle, resolver) or self._subjects(participle, resolver, ORGS)
        investees = [r for r in investees if r.key not in {i.key for i in investors} and r.key not in named][:1]
        return self._facts("investedIn.backed-described", investors, investees, participle, event=None)

    @staticmethod
    def _described_before(participle: Token, resolver: Resolver) -> list[Referent]:
        """ "Nexalia, une plateforme d'embauche, soutenue par": the company named before the comma the participle
        follows, past its short apposition (:func:`~knowgraph.facts.relations.arguments.end_before_apposition`)."""
        comma = participle.i - 1
        if comma <= participle.sent.start or participle.doc[comma].text != ",":
            return []
        end = end_before_apposition(comma, participle.sent.start, resolver, longest=6)
        last = end if end != comma else comma - 1  # (no apposition: the name right before the comma)
        span = resolver.mention_at(last)
        if span is None or span.end != last + 1:
            return []
        return resolver.resolve(participle.doc[span.start], ORGS, coordinated=False)[:1]

    def _attracted_examples(self, verb: Token, resolver: Resolver) -> list[Fact]:
        """ "X a séduit des fonds célèbres comme A et B", "X attracted investors such as A and B": a verb of
        winning over (``investor_lists.attract_verbs``) whose object is an investor noun (``attract_objects``),
        then examples; the verb's subject is the company invested in. A holding, not a deal: no Investment event."""
        doc = verb.doc
        end = verb.sent.end
        k = verb.i + 1
        while k < end and doc[k].pos_ == "DET":
            k += 1  # (the object right after the verb, when the parse hung it elsewhere)
        noun = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), doc[min(k, end - 1)])
        if noun is None or noun.lemma_.lower() not in self.attract_objects and noun.lower_ not in self.attract_objects:
            return []
        j, marker = noun.i + 1, None
        while j < end and j - noun.i < 4:
            marker = self._phrase_at(self.example_markers, j, resolver)  # type: ignore[attr-defined]
            if marker is not None or not (doc[j].is_lower and doc[j].pos_ in ("ADJ", "ADV")):
                break
            j += 1  # "des fonds célèbres comme"
        if marker is None:
            return []
        investors = self._listed(j + len(marker), end, resolver)  # type: ignore[attr-defined]
        investees = [r for r in self._subjects(verb, resolver, ORGS) if r.key not in {i.key for i in investors}][:1]  # type: ignore[attr-defined]
        return self._facts("investedIn.attracted", investors, investees, verb, event=None)  # type: ignore[attr-defined]

    def _verb_after(self, noun: Token) -> Token | None:
        """A list verb a few words after a noun that opens its clause: "Investors in the venture include"."""
        doc = noun.doc
        before = doc[noun.i - 1] if noun.i > noun.sent.start else None
        if before is not None and not (
            before.is_punct or before.is_space or before.text.endswith(".") or before.pos_ in ("ADJ", "DET")
        ):
            return None
        first = doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
        if (
            first is not None
            and first.is_lower
            and first.pos_ == "VERB"
            and ("Part" in first.morph.get("VerbForm") or first.tag_ in ("VBG", "VBN"))
            and first.lower_ not in self.list_verbs
        ):
            # "Parmi les investisseurs participant au tour figurent A", "Other investors taking part in the round
            # include A": past a participle's phrase on the noun, up to the list verb
            for t in doc[first.i + 1 : min(noun.sent.end, noun.i + 12)]:
                listing = {t.lemma_.lower(), t.lower_} & self.list_verbs and t.lemma_.lower() != "be"
                if listing:
                    return t
                if t.is_punct or t.pos_ in ("VERB", "AUX"):
                    return None
            return None
        for t in doc[noun.i + 1 : min(noun.sent.end, noun.i + 9)]:
            if t.lemma_.lower() in self.list_verbs and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() != "be":
                return t
            # right after the noun phrase, or its comma: "Parmi les investisseurs, figurent A et B"
            next_to_noun = t.i in (noun.i + 1, noun.right_edge.i + 1) or (
                t.i - 1 in (noun.i + 1, noun.right_edge.i + 1) and doc[t.i - 1].text == ","
            )
            if t.lower_ in self.list_verbs and t.lower_ != "be" and next_to_noun:
                return t  # "Parmi les investisseurs figuraient A": a listed verb form the tagger made a noun
            if t.text == "," and t.i in (noun.i + 1, noun.right_edge.i + 1):
                continue
            if t.pos_ in ("VERB", "AUX") or t.is_punct:
                return None
        return None

    def _invested_in_examples(self, verb: Token) -> list[Fact]:
        """ "Elle a investi dans des start-up comme A, B et C": a generic object the examples stand for."""
        resolver = self.context.resolver
        doc = verb.doc
        end = verb.sent.end
        named = self._invested_in_names(verb, resolver)
        if named:
            return named
        # the preposition on the verb (English) or on its oblique's noun (UD: "investi dans des structures")
        preps = [*verb.children, *(g for c in verb.children if c.dep_.startswith("obl") for g in c.children)]
        for child in preps:
            if child.lower_ not in self.invest_preps or child.i < verb.i:
                continue
            j = child.i + 1
            if j < end and resolver.mention_at(j) is not None:
                continue  # a name: the verb frame reads it
            while j < end and j - child.i < 12 and not doc[j].is_punct or (j < end and doc[j].text == ","):
                marker = self._phrase_at(self.examples, j, resolver)
                if marker is not None:
                    investees = self._listed(j + len(marker), end, resolver, ORGS)
                    investors = self._subjects(verb, resolver, INVESTORS)
                    # (a portfolio given by examples, not a deal: no Investment event)
                    return self._facts("investedIn.examples", investors, investees, verb, event=None)
                if doc[j].pos_ in ("VERB", "AUX") or resolver.mention_at(j) is not None:
                    break
                j += 1
        return []


def _past_article(token: Token) -> Token:
    """The word after ``token`` when ``token`` is an article ("the round", "ce tour"), else ``token``."""
    return token.doc[token.i + 1] if token.pos_ == "DET" else token
