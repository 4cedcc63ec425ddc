"""Funding rounds: a round noun ("levée de fonds", "Series B", "tour de table") with the company raising and
the investors named with it (``rounds`` in patterns.yaml). The company is remembered, so that a later
"the round" still means it.

    "Nexalia a bouclé une levée de fonds de 20 millions menée par Brume Capital, avec Ardent."
    -> investedIn(brume capital, nexalia), investedIn(ardent, nexalia)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.amounts import find_amounts
from knowgraph.facts.clauses import clause_words, subordinate, told_earlier
from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.deal_anaphora import deal_nouns
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.name_lists import NameLists
from knowgraph.facts.relations.round_companies import RoundCompanies
from knowgraph.facts.relations.round_investors import RoundInvestors, described_backers
from knowgraph.mentions.coref import PRONOUN, Referent, Resolver
from knowgraph.nlp.resources import language_data

_OTHER_CLAUSES = ("parataxis", "conj")


class FundingRounds(RoundInvestors, RoundCompanies, NameLists, RuleFamily):
    """Round nouns and their investors."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        rounds = language_data(self.lang, "patterns").get("rounds", {})
        self._load_list_words(self.lang)
        self.raise_verbs = set(rounds.get("raise_verbs", []))
        self.money_raise_verbs = set(rounds.get("money_raise_verbs", []))
        self.raise_governors = set(rounds.get("raise_governors", [])) | self.raise_verbs
        self.raise_investor_phrases = [
            tuple(p.replace("'", "' ").split()) for p in rounds.get("raise_investor_phrases", [])
        ]
        self.raise_objects = set(rounds.get("raise_objects", []))
        self.raise_for = set(rounds.get("raise_for", []))
        self.valuation_verbs = set(rounds.get("valuation_verbs", []))
        self.ongoing = [w.lower().replace("'", "' ") for w in rounds.get("ongoing", [])]
        self.definite_articles = set(rounds.get("definite_articles", []))
        self.investor_governors = set(rounds.get("investor_governors", []))
        self.hyphen_leads = set(rounds.get("hyphen_leads", []))
        self.also_joining_verbs = [tuple(w.lower().split()) for w in rounds.get("also_joining_verbs", [])]
        self._also_joining_lemmas = {words[0] for words in self.also_joining_verbs}  # checked at every watched word
        self.also_words = set(rounds.get("also_words", []))
        self.clause_contrasts = set(rounds.get("clause_contrasts", []))
        joined = rounds.get("joined_by", {})
        self.joined_verbs = set(joined.get("verbs", []))
        self.joined_subjects = set(joined.get("subjects", []))
        self.joined_agents = set(joined.get("agent_words", []))
        self.loose_round_nouns = set(rounds.get("loose_nouns", []))
        self.demonstratives = set(rounds.get("demonstratives", []))
        self.funding_complements = set(rounds.get("funding_complements", []))
        self.scale_words = {
            w for w, power in language_data(self.lang, "amounts").get("scales", {}).items() if power >= 6
        }
        contribution = rounds.get("contributions", {})
        self.contribution_verbs = set(contribution.get("verbs", []))
        self.contribution_agents = set(contribution.get("passive_agents", []))
        self.contribution_targets = set(contribution.get("prepositions", []))

    def status_of(self, trigger: Token) -> str:
        """ "X, now at the final stages of a raise, ...", "X est sur le point de boucler un tour": a raise not
        closed yet is no fact (``rounds.ongoing``, a few words before the trigger), whatever the tense says."""
        status = super().status_of(trigger)
        if status != ASSERTED or not self.ongoing:
            return status
        doc = trigger.doc
        before = " " + " ".join(t.lower_ for t in doc[max(trigger.sent.start, trigger.i - 8) : trigger.i]) + " "
        return "Planned" if any(f" {words} " in before for words in self.ongoing) else status

    def watched_words(self) -> set[str]:
        return (
            set(self._round_first_words)
            | self.raise_verbs
            | self.contribution_verbs
            | self._also_joining_lemmas
            | self.joined_verbs
            | deal_nouns(self.lang)
        )

    def start_sentence(self, sent: Span) -> list[Fact]:
        if self.context.sentence == 0:
            sent.doc.user_data["kg_raises"] = []  # (investee, trigger, status, confidence): read by events
        return []

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        resolver = self.context.resolver
        i = token.i
        found = self._raise(token, resolver) if resolver.lemmas[i] in self.raise_verbs and token.pos_ == "VERB" else []
        if resolver.lemmas[i] in self.contribution_verbs and token.pos_ in ("VERB", "AUX"):
            found += self._contribution(token, resolver)
        if resolver.lemmas[i] in self._also_joining_lemmas and token.pos_ == "VERB":
            investees = self._last_raise(token)  # (no raise reported before: nothing to join, no subtree to read)
            investors = (
                [
                    r
                    for r in described_backers(
                        self._also_joined(token, resolver),
                        resolver,
                        self.hyphen_leads,
                        {"Organization", "Company", "Person"},
                    )
                    if r.key != investees[0].key
                ]
                if investees
                else []
            )
            if investors:
                found += self._make(
                    f"{self.lang}/investedIn.also-joined", "investedIn", investors, investees, token,
                    self.round_confidence, resolver, "Investment",
                )  # fmt: skip
        if resolver.lemmas[i] in self.joined_verbs and token.pos_ == "VERB":
            found += self._joined_by(token, resolver)
        if resolver.lowers[i] in self._round_first_words or resolver.lemmas[i] in self._round_first_words:
            found += self._round(token, resolver)  # (_round finds nothing at other words)
        elif resolver.lemmas[i] in deal_nouns(self.lang) or resolver.lowers[i] in deal_nouns(self.lang):
            found += self._deal_round(token, resolver)
        return found

    def _raise(self, verb: Token, resolver: Resolver) -> list[Fact]:
        """ "X raised $1 billion", "X a levé 20 millions d'euros", "X closed a funding round": the company
        raising, remembered for the Investment event (its amount) and for a later "the round"."""
        if any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in verb.children):
            # "$500 million was raised by X": the subject is the money, never the company raising; whether the
            # agent raised it or put it in, the sentence does not say plainly (no fact, no raise remembered)
            return []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        fronted = [] if objects else self._fronted_amount_raise(verb, resolver)  # "Avec 40 M€ levés auprès de A, X"
        if not objects and not fronted:
            return []
        money = verb.lemma_.lower() in self.money_raise_verbs  # "raised $1 billion"; "closed" needs a round
        if not fronted and not any(
            self._round_noun(t) or money and (t.like_num or t.is_currency or t.lower_ in self.raise_objects)
            for o in objects
            for t in o.subtree
        ):
            return []
        orgs = {"Organization", "Company"}
        # "Sutskever raised $1 billion for his new venture, SSI": the company the money is for
        investees = [
            r
            for prep in verb.subtree
            if prep.lower_ in self.raise_for and prep.dep_ == "prep"
            for obj in prep.children
            if obj.dep_ == "pobj"
            for named in (obj, *(c for c in obj.children if c.dep_ == "appos"))
            for r in resolver.resolve(named, orgs, coordinated=False)
        ][:1]
        # "la start-up avait levé 48 millions auprès de X": never a name among the verb's own complements
        investees = (
            investees
            or fronted
            or self._topic_described(verb, resolver, orgs)
            or [
                r
                for r in self._subjects(verb, resolver, orgs)
                if not verb.i < r.token <= verb.right_edge.i and not self._name_in_noun_subject(verb, r.token)
            ]
            or self._fronted_topic(verb, resolver, orgs)
            or self._name_right_before(verb, resolver, orgs)
        )
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if (
            subject is not None
            and subject.pos_ == "NOUN"
            and "Plur" in subject.morph.get("Number")
            and resolver.mention_at(subject.i) is None
        ):
            return []  # "les jeunes pousses du pays ont levé 2 milliards": a sum over many companies
        if (
            investees
            and subject is not None
            and subject.pos_ == "PRON"
            and not verb.sent.start <= investees[0].token < verb.sent.end
        ):
            # "In 2020, it had raised $80 million": the company whose funding the article is about, rather
            # than the last organisation named in an earlier sentence
            investees = self._last_raise(verb) or investees
        if (
            investees
            and subject is not None
            and subject.pos_ == "PRON"
            and any(f.relation == "investedIn" and f.subject == investees[0].key for f in self.context.facts)
        ):
            # "... from A, B and Tiger Global. Months after, it raised $600 million": a pronoun the resolver
            # gave to a company just named as an investor is not that investor raising
            investees = [r for r in self._last_raise(verb) if r.key != investees[0].key]
        if not investees:
            return self._hold_unnamed_raise(verb, subject, resolver)
        # ("Avec 40 M€ levés, X veut recruter": the raise is done, whatever the main clause plans)
        status = ASSERTED if fronted and investees == fronted and not self._negated(verb) else None
        self._remember_raise(investees[0].key, verb, "raise-verb", status)
        # "nous avons collecté 1 milliard auprès de A, B, C et D", "raised $675 million from investors including
        # A, B and C": the whole list after the verb's investor phrase (not inside a round noun: _round reads it)
        investors: list[Referent] = []
        doc = verb.doc
        end = verb.sent.end  # (the list reading stops at the list's end)
        if subordinate(verb, clause_words(self.lang)):
            # "Having raised $50 million in 2023, X secured $120 million from Y", "X, which had raised $50 million from
            # A, ...": the investors of a raise in an earlier or relative clause are named inside that clause
            end = min(end, verb.right_edge.i + 1)
        # "X, qui avait levé 5 M€ en 2023, lève 40 M€ auprès de A": a verb the parser hung on this one (parataxis, a
        # coordinated verb) makes another statement, with its own investors
        end = min(
            [
                end,
                *(
                    c.left_edge.i
                    for c in verb.children
                    if c.i > verb.i and c.dep_ in _OTHER_CLAUSES and c.pos_ == "VERB"
                ),
            ]
        )
        for phrase in self.raise_investor_phrases:
            for j in range(verb.i + 1, end - len(phrase) + 1):
                if tuple(resolver.lowers[j : j + len(phrase)]) == phrase and not any(
                    self._round_noun(t) for t in doc[verb.i + 1 : j]
                ):
                    investors += [
                        r
                        for r in self._listed(j + len(phrase), end, resolver)
                        if r.key not in {i.key for i in investors}
                    ]
        investors = described_backers(investors, resolver, self.hyphen_leads, {"Organization", "Company", "Person"})
        if not investors:
            return []
        investors = self._people_after_titles(investors, end, resolver)
        return self._make(
            f"{self.lang}/investedIn.raise-list",
            "investedIn",
            investors,
            investees[:1],
            verb,
            self.round_confidence,
            resolver,
            "Investment",
            status,
        )

    def _contribution(self, verb: Token, resolver: Resolver) -> list[Fact]:
        """ "ASML a investi 1,3 milliard", "1,3 milliard ont été apportés par ASML", "Nvidia contributed
        $100 million": an amount put in with no company named is put in the round reported just before
        (``rounds.contributions``); a company named after the verb is the verb frames' to read."""
        doc = verb.doc
        end = verb.sent.end
        clause = [t for t in verb.subtree if t.i > verb.i]
        if any(t.lower_ in self.contribution_targets and t.head.i == verb.i for t in clause) or any(
            resolver.type_of(span.kb_id_) in ("Organization", "Company")
            and doc[span.start - 1].lower_ not in self.contribution_agents  # (not "apportés par ASML")
            for span in resolver.mentions_in(verb.i + 1, verb.right_edge.i + 1)
        ):
            # "invested $40 million in Nexalia", "a investi 1 milliard dans X", "invested again in X":
            # a company named after the verb is the verb frame's
            return []
        phrase = doc[verb.left_edge.i : verb.right_edge.i + 1]
        # an amount, or a number with a scale word after a round given in a currency ("a investi 1,3 milliard")
        scaled = any(t.like_num and t.i + 1 < phrase.end and doc[t.i + 1].text in self.scale_words for t in phrase)
        if not scaled and (not any(t.like_num for t in phrase) or not find_amounts(phrase.text, self.lang)):
            return []  # "puis réinvesti en 2020": a year is no amount
        orgs = {"Organization", "Company", "Person"}
        passive = any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in verb.children)
        if passive:
            investors = [
                r
                for j in range(verb.i + 1, min(end, verb.i + 4))
                if doc[j].lower_ in self.contribution_agents
                for r in resolver.resolve(doc[j + 1], orgs)
                if j + 1 < end
            ][:3]
        else:
            investors = [
                r
                for c in verb.children
                if c.dep_ in ("nsubj", "csubj") and c.i < verb.i
                for r in resolver.resolve(c, orgs)
            ]
        investees = self._last_raise(verb) or _already_backed(verb, investors, self.context.facts, self.lang)
        if not investees:
            return []
        investors = [r for r in investors if r.key != investees[0].key]
        if not investors:
            return []
        return self._make(
            f"{self.lang}/investedIn.contribution",
            "investedIn",
            investors,
            investees,
            verb,
            self.round_confidence,
            resolver,
            "Investment",
        )

    def _last_raise(self, token: Token) -> list[Referent]:
        target = token.doc.user_data.get("kg_round_target")
        if target is None:
            return []
        key, n, trigger = target
        if self.context.sent_index.get(token.sent.start, 0) - n > self.round_anaphora_sentences or trigger >= token.i:
            return []
        return [Referent(key, PRONOUN, token.i)]

    def _remember_raise(self, investee: str, trigger: Token, rule: str = "raise", status: str | None = None) -> None:
        doc = trigger.doc
        doc.user_data.setdefault("kg_raises", []).append(
            (
                investee,
                trigger.i,
                status or self.status_of(trigger),
                self.round_confidence,
                f"{self.lang}/investedIn.{rule}",
            )
        )
        doc.user_data["kg_round_target"] = (investee, self.context.sent_index.get(trigger.sent.start, 0), trigger.i)
        self._name_unnamed_raise(investee, trigger)

    def _round(self, token: Token, resolver: Resolver) -> list[Fact]:
        """A funding round noun with its investors (see ``rounds`` in patterns.yaml)."""
        doc = token.doc
        if token.lower_ not in self._round_first_words and token.lemma_.lower() not in self._round_first_words:
            return []
        if token.pos_ in ("VERB", "AUX") and token.lower_ not in self._round_first_words:
            return []  # "X raised $70 million in a Kernwerk-led deal": the verb "raised" is no "raise" noun
        for words in self.round_nouns:
            window = doc[token.i : token.i + len(words)]
            if len(window) == len(words) and all(
                w in (t.lower_, t.lemma_.lower()) for w, t in zip(words, window, strict=False)
            ):
                break
        else:
            return []
        if token.i > 0 and " ".join(t.lower_ for t in doc[token.i - 1 : token.i + 1]) in {
            " ".join(w) for w in self.round_nouns
        }:
            return []  # the second word of a longer round noun
        if self._other_series(window):
            return []
        noun = window[-1] if len(window) > 1 and window[-1].pos_ == "NOUN" else window[0]
        orgs = {"Organization", "Company", "Person"}
        # "a funding round in Feldmark AI" names the company raising, whoever is the verb's subject
        investees = self._prepositional(window[-1], resolver, {"Organization", "Company"}, self.round_targets, window=4)
        # the company raising when the round itself names it ("a round in X", "its round"): not the subject of
        # "took part in the round", who invests (a raise verb's subject is remembered at the verb)
        raising = [r for r in investees if r.token > window[-1].i] or [
            r
            for r in self._possessor(window[0], resolver, {"Organization", "Company"})
            # "X, which led its first round": its is the company raising, not X
            if r.key not in {s.key for s in self._governor_subject(window[0], resolver, {"Organization", "Company"})}
        ]
        governing = next((a for a in window[0].ancestors if a.pos_ in ("VERB", "AUX")), window[0].head)
        # the round noun's head word ("the funding round": its last; "tour de table": its first)
        head = window[-1] if window[0].dep_ == "compound" and window[0].head.i == window[-1].i else window[0]
        letter = doc[window.end] if window.end < token.sent.end else None
        if letter is not None and head.dep_ == "compound" and head.head.i == letter.i and letter.text[:1].isupper():
            head = letter  # "The Series B was led by": the letter heads the round noun and holds its article
        if not investees:
            investees = (
                (
                    self._topic_described(governing, resolver, {"Organization", "Company"})
                    or self._governor_subject(window[0], resolver, {"Organization", "Company"})
                )
                # "Y a participé à ce financement", "Y took part in the round": the subject of a verb of taking
                # part invests ("X's funding was led by Y": the round is the passive subject, the governor's
                # subject is the round's company)
                if head.dep_ not in ("nsubj", "nsubj:pass")
                and (head.dep_ == "nsubjpass" or self._lemma_of(governing) not in self.investor_governors)
                else []
            )
        if not investees and any(
            # ("ce tour de table": the determiner hangs on the round noun's first word)
            c.dep_ == "det" and c.lower_ in self.demonstratives
            for c in (*window[0].children, *window[-1].children)
        ):
            # "which led this round, alongside A, former CEO of B": a demonstrative takes up the round reported
            # before, not a company named further in the sentence
            investees = self._earlier_round_target(head)
        if not investees:
            investees = (
                self._prepositional(window[-1], resolver, {"Organization", "Company"}, self.round_targets)
                or self._possessor(window[0], resolver, {"Organization", "Company"})
                or self._valued_company(
                    next((t for t in window if not window.start <= t.head.i < window.end), noun), resolver
                )
                or self._earlier_round_target(head)
            )
        investees, raising = self._not_an_investor(investees, token), self._not_an_investor(raising, token)
        if not investees or self._takes_up_unasserted_raise(investees, head):
            return []
        earlier = self._earlier_round_target(head)  # (before this round takes its place)
        investors = self._round_investors(window, token, resolver, orgs)
        if {r.key for r in investees} & {r.key for r in investors}:
            # "The $2 billion round drew money from the likes of A, B and C": names the round noun's
            # complement reaches that are its investors are not the company raising; the round is the one
            # reported before, if any; or the subject of a verb that announces it ("X annonce une levée de 40 M€
            # auprès de A et B": "de A" is no complement of the round)
            investees, raising = self._announcer(head, governing, resolver) or earlier, []
            if not investees:
                return []
        doc.user_data["kg_round_target"] = (investees[0].key, self.context.sent_index.get(token.sent.start, 0), token.i)
        governor = head.head  # (the head word's: "announced a $20 million funding round", "funding" a compound)
        if not raising and governor.lemma_.lower() in self.raise_governors and governor.i < window[0].i:
            raising = investees  # "X a annoncé une levée de fonds de 20 millions": the subject raises
        if raising and "Plur" not in window[0].morph.get("Number"):  # "en prenant part à des tours de table"
            self._remember_raise(raising[0].key, noun, "round-raise")
        if not investors:
            return []
        return self._make(
            f"{self.lang}/investedIn.round",
            "investedIn",
            investors,
            investees,
            noun,
            self.round_confidence,
            resolver,
            "Investment",
        )


def _already_backed(verb: Token, investors: list[Referent], facts: list[Fact], lang: str) -> list[Referent]:
    """ "Bpifrance, qui avait déjà investi 8 millions lors du tour d'amorçage, ...": an investor told as having put
    money in before backs the one company the article already has it invest in."""
    if len(investors) != 1 or not told_earlier(verb, clause_words(lang)):
        return []
    backed = {
        f.object for f in facts if f.relation == "investedIn" and f.subject == investors[0].key and f.status == ASSERTED
    }
    return [Referent(backed.pop(), PRONOUN, verb.i)] if len(backed) == 1 else []
