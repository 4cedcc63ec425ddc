"""Which company a funding round is of, when the sentence does not say it plainly: the round whose
valuation verb names it, a definite description that takes up the passage's subject, a name that opens the
sentence before its appositions; the investors said around the round noun rather than after a phrase
("the Harrow-led round", "with Y also taking part") or in a sentence of their own ("Y also invested"); and
the loose round nouns that name something else ("a round of departures"). A mixin of
:class:`~knowgraph.facts.relations.rounds.FundingRounds`, which gives it ``valuation_verbs``,
``definite_articles``, ``hyphen_leads`` and the companions' words (``rounds`` in patterns.yaml).

    "A 2023 round valued Corvane at $1.4 billion. Harrow Ventures took part in the round."
    -> the round is Corvane's: investedIn(harrow-ventures, corvane)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.relations.deal_anaphora import investor_phrases, raise_taken_up
from knowgraph.facts.relations.facts import Fact
from knowgraph.mentions.coref import Referent, Resolver
from knowgraph.nlp.resources import language_data


class RoundCompanies:
    """The company of a round, read from the valuation, the passage's subject or a fronted name."""

    valuation_verbs: set[str]
    definite_articles: set[str]
    hyphen_leads: set[str]
    also_joining_verbs: list[tuple[str, ...]]
    also_words: set[str]
    clause_contrasts: set[str]
    loose_round_nouns: set[str]
    funding_complements: set[str]
    round_targets: tuple[str, ...]
    round_companion_verbs: set[str]
    round_companion_preps: set[str]
    joined_subjects: set[str]
    joined_agents: set[str]
    round_confidence: float

    def _topic_described(self, verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "Vektora exploite trois sites, loue ses GPU à A ou B. Début mars, la société a bouclé une levée de ...":
        a definite description that is the subject of a raise takes up the previous sentence's named subject,
        the company the passage is about, not the last company named."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if (
            subject is None
            or subject.pos_ != "NOUN"
            # (a name in its phrase is what it describes: "la société Nexalia a levé")
            or any(c.pos_ == "PROPN" for c in subject.subtree)
            or self._descriptor_type(subject) != "Organization"  # type: ignore[attr-defined]
            or not any(c.dep_ == "det" and c.lower_ in self.definite_articles for c in subject.children)
            or verb.sent.start == 0
        ):
            return []
        previous = verb.doc[verb.sent.start - 1].sent
        topic = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        opening = resolver.mention_at(previous.start)
        if topic is None and opening is not None and opening.start <= previous.root.i < opening.end:
            topic = previous.root  # "Nexalia exploite ...": the parser made the opening name the root
        if topic is None or resolver.mention_at(topic.i) is None:
            return []
        found = resolver.resolve(topic, types, coordinated=False)[:1]
        info = resolver.descriptors.get(subject.lemma_.lower()) or resolver.descriptors.get(subject.lower_) or {}
        kinds = set(info.get("kinds") or ())
        if found and kinds and resolver.entity(found[0].key).kinds and not kinds & resolver.entity(found[0].key).kinds:
            return []  # "Microsoft ... . La start-up a levé ...": a description of another kind than the topic
        return found

    @staticmethod
    def _fronted_topic(verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "Calcéa, un opérateur fondé à Grenoble par X, l'ancien directeur de Y, a annoncé avoir levé ...": a
        name that opens the sentence before a comma, when the parser gave the verb an apposition for subject."""
        doc = verb.doc
        start = verb.sent.start
        for comma in (start, start - 1):  # the parser may end a sentence after "Calcéa" or "Calcéa,"
            if comma > 0 and doc[comma].text == ",":
                start = doc[comma - 1].sent.start
                break
        span = resolver.mention_at(start)
        if span is None or span.start != start or span.end >= verb.i or doc[span.end].text != ",":
            return []
        return resolver.resolve(doc[span.start], types, coordinated=False)[:1]

    @staticmethod
    def _lemma_of(token: Token) -> str:
        return token.lemma_.lower()

    def _valued_company(self, noun: Token, resolver: Resolver) -> list[Referent]:
        """ "A 2023 round valued AI21 at $1.4 billion", "un tour de table a permis d'évaluer X à ...": a
        valuation verb that the round governs (its subject, or the clause on it) names the company right
        after it (read on the words: the parsers attach that name in many ways)."""
        if not self.valuation_verbs:
            return []
        verbs = [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i]
        if noun.dep_ in ("nsubj", "nsubj:pass"):
            verbs += [noun.head, *(c for c in noun.head.children if c.dep_ in ("xcomp", "ccomp"))]
        doc = noun.doc
        for v in verbs:
            if v.lemma_.lower() not in self.valuation_verbs or v.i < noun.i:
                continue
            j = v.i + 1
            while j < v.sent.end and doc[j].pos_ == "DET":
                j += 1
            if j < v.sent.end and resolver.mention_at(j) is not None:
                return resolver.resolve(doc[j], {"Organization", "Company"}, coordinated=False)[:1]
        return []

    def _hyphen_leads(self, first: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "the Thrive Capital-led raise", "a $40 million Kernwerk-backed round": a name hyphenated to a lead
        word (``rounds.hyphen_leads``) in the words before the round noun."""
        doc = first.doc
        k = first.i - 1
        while k - 2 >= first.sent.start and first.i - k < 8:
            t = doc[k]
            if t.lower_ in self.hyphen_leads and doc[k - 1].text == "-":
                name = resolver.mention_at(k - 2)
                if name is None or name.end != k - 1:
                    return []  # (a name found with the lead word in it, "Harrow Ventures-led", is no name to keep)
                return resolver.resolve(doc[name.start], types, coordinated=False)
            if not (t.pos_ in ("ADJ", "NUM", "SYM", "ADV") or t.is_lower and t.pos_ == "NOUN"):
                return []  # out of the round's noun phrase
            k -= 1
        return []

    def _round_companions(self, last: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "... in a round led by X, with Y also taking part", "with the state agency Z also investing":
        an absolute clause after the round noun whose subject joins the round (``rounds.companions``)."""
        doc = last.doc
        found: list[Referent] = []
        if not self.round_companion_verbs:
            return found
        end = last.sent.end
        for j in range(last.i + 1, end - 2):
            if doc[j].lower_ not in self.round_companion_preps:
                continue
            k = j + 1
            while (
                k < end
                and k - j < 5
                and resolver.mention_at(k) is None
                and (doc[k].pos_ == "DET" or doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"))
            ):
                k += 1
            span = resolver.mention_at(k) if k < end else None
            if span is None:
                continue
            m = span.end
            while m < end and doc[m].pos_ in ("ADV", "PART") and m - span.end < 3:
                m += 1
            if (
                m < end
                and doc[m].tag_ == "VBG"
                or (m < end and "Part" in doc[m].morph.get("VerbForm") and "Pres" in doc[m].morph.get("Tense"))
            ):
                lemma = doc[m].lemma_.lower()
                if (
                    lemma in self.round_companion_verbs
                    or " ".join([lemma] + [t.lower_ for t in doc[m + 1 : m + 2]]) in self.round_companion_verbs
                ):
                    found += [r for r in resolver.resolve(doc[k], types) if r.key not in {f.key for f in found}]
        return found

    def _also_joined(self, verb: Token, resolver: Resolver) -> list[Referent]:
        """ "X raised $20 million. Harrow Ventures and Pell Capital also invested.", "Brume Capital a également
        participé.": the investors of a joining verb (``rounds.also_joining_verbs``) said with "also"
        (``rounds.also_words``) and with no company of its own after it; the caller gives them the raise
        reported last."""
        doc = verb.doc
        words = (verb.lemma_.lower(), *(t.lower_ for t in doc[verb.i + 1 : verb.i + 4]))
        if not any(words[: len(v)] == v for v in self.also_joining_verbs):
            return []
        clause = [t for t in verb.subtree if t.i != verb.i]
        if not any(t.lower_ in self.also_words and t.head.i == verb.i for t in clause) and not self._joins_alone(
            verb, doc[verb.i : verb.i + 6]
        ):
            return []
        if any(resolver.mention_at(t.i) is not None for t in clause if t.i > verb.i):
            return []  # "also invested in Y": the verb frames read it
        if self._planned_raise(verb):
            return []  # "X is in talks to raise $40 million. A also participated": no round closed to join
        found = [
            r
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i
            for r in resolver.resolve(c, {"Organization", "Company", "Person"})
        ]
        return found + [r for r in self._subject_list(verb, resolver) if r.key not in {f.key for f in found}]

    @staticmethod
    def _name_in_noun_subject(verb: Token, i: int) -> bool:
        """ "Une start-up fondée par d'anciens chercheurs d'Orbitron et de Quillon a levé ...": the parser made the last
        name of a complement in the participle phrase on the subject a subject, after a coordinator whose left side
        is that complement; that name is no company raising (the unnamed subject is)."""
        doc = verb.doc
        if i < 2 or doc[i - 1].pos_ != "CCONJ" or not doc[verb.sent.start].i < i - 2:
            return False
        left = doc[i - 2]
        while left.dep_ in ("flat:name", "flat", "compound") and left.head.i < left.i:
            left = left.head  # (the head of a name of several words)
        # (inside the participle phrase that describes the subject: "fondée par ...", "founded by ...")
        return left.dep_ in ("nmod", "obl", "obl:mod", "obl:arg", "pobj") and any(
            t.dep_ == "acl" and left in t.subtree for t in doc[verb.sent.start : i - 2]
        )

    def _fronted_amount_raise(self, verb: Token, resolver: Resolver) -> list[Referent]:
        """ "Avec 40 millions d'euros levés auprès de A, X accélère", "With $40 million raised from A, X plans ...": a
        raise participle on an amount in a phrase that opens the sentence, before the main clause: the main clause's
        named subject raised it."""
        amount = verb.head
        root = verb.sent.root
        if (
            verb.dep_ not in ("acl", "amod")
            or "Part" not in verb.morph.get("VerbForm")
            or verb.lemma_.lower() not in self.money_raise_verbs  # type: ignore[attr-defined]
            or not (amount.like_num or amount.lower_ in self.scale_words)  # type: ignore[attr-defined]
            or root.i <= verb.i
            or root.i not in (amount.head.i, amount.head.head.i)  # ("With $40 million": the preposition's object)
            # (the phrase opens the sentence, its preposition first)
            or verb.sent.start
            not in (amount.left_edge.i, amount.head.left_edge.i if amount.head.dep_ == "prep" else -1)
        ):
            return []
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if subject is None or resolver.mention_at(subject.i) is None:
            return []
        return resolver.resolve(subject, {"Organization", "Company"}, coordinated=False)[:1]

    def _announcer(self, head: Token, governing: Token, resolver: Resolver) -> list[Referent]:
        """The named subject of the verb that governs a round noun, when that verb announces or closes a raise
        (``rounds.raise_governors``, ``raise_verbs``), not one of taking part in it."""
        if head.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") or governing.lemma_.lower() not in self.raise_governors:  # type: ignore[attr-defined]
            return []
        return self._governor_subject(head, resolver, {"Organization", "Company"})  # type: ignore[attr-defined]

    def _hold_unnamed_raise(self, verb: Token, subject: Token | None, resolver: Resolver) -> list[Fact]:
        """ "Une start-up française fondée en mars a levé 40 millions d'euros.": a raise whose subject
        is an indefinite description of a company, unnamed, is held until the article names the company raising
        (:meth:`_name_unnamed_raise`); nothing is said of it yet."""
        if (
            subject is not None
            and subject.pos_ == "NOUN"
            and resolver.mention_at(subject.i) is None
            and any(c.dep_ == "det" and c.lower_ in ("un", "une", "a", "an") for c in subject.children)
            and self._descriptor_type(subject) == "Organization"  # type: ignore[attr-defined]
        ):
            here = self.context.sent_index.get(verb.sent.start, 0)  # type: ignore[attr-defined]
            verb.doc.user_data["kg_unnamed_raise"] = (verb.i, here, self.status_of(verb))  # type: ignore[attr-defined]
        return []

    def _name_unnamed_raise(self, investee: str, trigger: Token) -> None:
        """The first company whose raise is told in the two sentences after an unnamed one (:meth:`_hold_unnamed_raise`),
        and that the article had not named before it, is the company that raise was about: "Une start-up ... a levé
        40 M€. Le tout premier tour de financement de Nexalia ..." gives Nexalia that raise (its amount)."""
        doc = trigger.doc
        held = doc.user_data.pop("kg_unnamed_raise", None)
        if held is None:
            return
        i, n, status = held
        here = self.context.sent_index.get(trigger.sent.start, 0)  # type: ignore[attr-defined]
        if here - n > 2 or any(m.kb_id_ == investee for m in self.context.resolver.mentions_in(0, i)):  # type: ignore[attr-defined]
            return
        doc.user_data["kg_raises"].append(
            (investee, i, status, self.round_confidence, f"{self.lang}/investedIn.unnamed-raise")  # type: ignore[attr-defined]
        )

    @staticmethod
    def _negated(verb: Token) -> bool:
        return any(
            c.dep_ in ("neg", "advmod") and c.lower_ in ("not", "n't", "pas", "jamais", "ne", "n'")
            for c in verb.children
        )

    @staticmethod
    def _planned_raise(token: Token) -> bool:
        """Whether the raise a later word takes up (``kg_round_target``) was told as planned or not closed yet."""
        target = token.doc.user_data.get("kg_round_target")
        raises = [
            r for r in token.doc.user_data.get("kg_raises", []) if target and r[0] == target[0] and r[1] < token.i
        ]
        return bool(raises) and raises[-1][2] == "Planned"

    def _joins_alone(self, verb: Token, window: Span) -> bool:
        """ "A et B ont mis la main à la poche": an idiom of putting money in (``rounds.sole_joining_verbs``) joins
        the raise reported before without "also"; so does "A and B took part." (``rounds.alone_joining_verbs``, not
        "joined": a person joins a company) with nothing after it, the main verb of a sentence right after the raise."""
        words = (verb.lemma_.lower(), *(t.lower_ for t in window[1:]))
        rounds = language_data(self.lang, "patterns").get("rounds", {})  # type: ignore[attr-defined]
        if any(words[: len(v.split())] == tuple(v.split()) for v in rounds.get("sole_joining_verbs", [])):
            return True
        alone = [tuple(v.split()) for v in rounds.get("alone_joining_verbs", [])]
        target = verb.doc.user_data.get("kg_round_target")
        here = self.context.sent_index.get(verb.sent.start, 0)  # type: ignore[attr-defined]
        n = max((len(v) for v in alone if words[: len(v)] == v), default=0)  # ("take part")
        return (
            n > 0
            and target is not None
            and here - target[1] <= 1
            and verb.dep_ == "ROOT"
            and all(t.is_punct or t.is_space for t in verb.doc[verb.i + n : verb.sent.end])
        )

    def _joined_by(self, verb: Token, resolver: Resolver) -> list[Fact]:
        """ "X a levé 40 millions. Les investisseurs historiques ont été rejoints par deux fonds, A et B", "They
        were joined by A and B": the investors of the raise reported just before, joined by the agent's names
        (``rounds.joined_by``: a passive verb whose subject is a pronoun or an investor noun, not a company)."""
        doc = verb.doc
        if not any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in verb.children):
            return []
        subject = next((c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
        if subject is None or resolver.mention_at(subject.i) is not None:
            return []
        if subject.lower_ not in self.joined_subjects and subject.lemma_.lower() not in self.joined_subjects:
            return []
        investees = self._last_raise(verb)  # type: ignore[attr-defined]
        end = verb.sent.end
        k = verb.i + 1
        if not investees or k >= end or doc[k].lower_ not in self.joined_agents:
            return []
        k += 1
        if resolver.mention_at(k) is None:
            # "par deux fonds de capital-risque réputés, A et B": the names after the description's comma
            comma = next((m for m in range(k, min(end, k + 8)) if doc[m].text == ","), None)
            if comma is None or any(resolver.mention_at(m) is not None for m in range(k, comma)):
                return []
            k = comma + 1
        investors = [r for r in self._listed(k, end, resolver) if r.key != investees[0].key]  # type: ignore[attr-defined]
        return self._make(  # type: ignore[attr-defined]
            f"{self.lang}/investedIn.joined-by", "investedIn", investors, investees, verb,  # type: ignore[attr-defined]
            self.round_confidence, resolver, "Investment",
        )  # fmt: skip

    def _deal_round(self, token: Token, resolver: Resolver) -> list[Fact]:
        """ "X raised $40 million. The deal was led by A", "L'opération a été menée par A, aux côtés de B": a
        definite deal noun that takes up the raise reported just before (``deal_anaphora``), with the investors
        after its stricter phrases, hyphenated before it or in an absolute clause with it."""
        investees = raise_taken_up(token, self.lang, self.context.facts, self.context.sent_index, resolver)  # type: ignore[attr-defined]
        if not investees:
            return []
        if self._planned_raise(token):
            return []  # "X is in talks to raise $500 million. The deal would be led by A": no deal done
        orgs = {"Organization", "Company", "Person"}
        window = token.doc[token.i : token.i + 1]
        phrases = investor_phrases(self.lang)  # type: ignore[attr-defined]
        investors = self._round_investors(window, token, resolver, orgs, phrases)  # type: ignore[attr-defined]
        investors = [r for r in investors if r.key != investees[0].key]
        return self._make(  # type: ignore[attr-defined]
            f"{self.lang}/investedIn.deal-round", "investedIn", investors, investees, token,  # type: ignore[attr-defined]
            self.round_confidence, resolver, "Investment",  # type: ignore[attr-defined]
        )  # fmt: skip

    def _takes_up_unasserted_raise(self, investees: list[Referent], head: Token) -> bool:
        """ "X is in talks to raise $500 million. The funding round, led by A, ...": a definite round noun that
        takes up a raise reported as planned or not closed yet is that raise, not a deal done (no fact)."""
        earlier = self._earlier_round_target(head)  # type: ignore[attr-defined]
        if not earlier or earlier[0].key != investees[0].key:
            return False
        raises = [r for r in head.doc.user_data.get("kg_raises", []) if r[0] == earlier[0].key and r[1] < head.i]
        return bool(raises) and raises[-1][2] == "Planned"  # (rounds.ongoing and planning cues; not "Reported")

    def _subject_list(self, verb: Token, resolver: Resolver) -> list[Referent]:
        """ "Along with new backers A and B, existing investors C, D, and E also took part", "Additionally,
        tech firms A, B and C participated": the names listed before the joining verb, read on the words (the
        parsers split such lists), when everything before the verb is its subject (no other finite verb)."""
        doc = verb.doc
        start, end = verb.sent.start, verb.i
        while end > start and (resolver.lowers[end - 1] in self.also_words or doc[end - 1].pos_ == "AUX"):
            end -= 1
        if doc[start].pos_ == "ADV" and start + 1 < end and doc[start + 1].text == ",":
            start += 2  # "Additionally, ..."
        finite = [t.i for t in doc[start:end] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
        if finite:
            # "X est revenu pour la série F, mais A et B ont également suivi": the list opens the contrasting clause
            opening = next(
                (j for j in range(end - 1, finite[-1], -1) if resolver.lowers[j] in self.clause_contrasts), None
            )
            if opening is None or doc[opening - 1].text != ",":
                return []  # "Quillon said A also invested": the names before are another clause's
            start = opening + 1
        return self._listed(start, end, resolver)  # type: ignore[attr-defined]

    def _other_series(self, window: Span) -> bool:
        """ "another round of executive departures", "une série de rachats": a round noun that may name
        something else (``rounds.loose_nouns``) followed by "of"/"de" and a noun that is no funding
        (``rounds.funding_complements``)."""
        doc = window.doc
        if len(window) > 1 or window[0].lower_ not in self.loose_round_nouns:
            return False
        j = window.end
        if j >= window.sent.end or doc[j].lower_ not in self.round_targets:
            return False
        j += 1
        while j < window.sent.end and j - window.end < 5:
            t = doc[j]
            if t.like_num or t.is_currency or t.pos_ in ("NUM", "SYM"):
                return False  # "un tour de 20 millions": an amount
            if t.lower_ in self.funding_complements or t.lemma_.lower() in self.funding_complements:
                return False
            if t.pos_ not in ("DET", "ADJ"):
                return t.is_lower and t.pos_ == "NOUN"  # "a round of departures"
            j += 1
        return False

    @staticmethod
    def _name_right_before(verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "lors d'un tour d'amorçage, Nexalia levait 40 millions": a verb the parse gave no subject, with a
        company named right before it (or before its auxiliaries) raises."""
        if any(c.dep_ in ("nsubj", "nsubj:pass", "expl", "expl:subj") for c in verb.children):
            return []
        k = verb.i - 1
        while k > verb.sent.start and verb.doc[k].pos_ == "AUX" and verb.doc[k].head.i == verb.i:
            k -= 1
        span = resolver.mention_at(k)
        if span is None or span.end != k + 1:
            return []
        return resolver.resolve(verb.doc[span.start], types, coordinated=False)[:1]
