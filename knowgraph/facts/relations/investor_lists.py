"""Investor lists: the investors of a company named as a list ("Investors in X include A, B and C",
"Other firms involved in the X funding included A and B", "Parmi les investisseurs figurent A et B",
"Le tour de table réunit A, B et C", "Also participating in the round were A and B", "Elle a investi
dans des start-up comme A, B et C"), with ``investor_lists`` in patterns.yaml.

    "Backers of Quillon include Harrow Ventures, Pell Capital and Ondine Partners."
    -> investedIn(harrow-ventures, quillon), investedIn(pell-capital, quillon), investedIn(ondine-partners, quillon)

The list is read word by word (:meth:`~knowgraph.facts.relations.name_lists.NameLists._listed`): names joined by commas, "and", "as
well as", "ainsi que", each possibly after a short description ("tech giant Nvidia", "l'incubateur
américain Y"); a name's apposition ("NFDG, a fund co-run by X", "Xavier Niel, fondateur d'Iliad")
is skipped, its names are not investors. Only a noun of ``subjects`` (investors, backers...) or a
round noun opens a list: "clients including Microsoft" names no investor. The names a company counts
among its investors ("X counts A among its backers") and investors in general followed by examples
("Existing investors also took part, including A") are read by the mixin :mod:`.investor_counts`.
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import LINEAR_FALLBACK, Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.investor_counts import ORGS, CountedInvestors
from knowgraph.facts.relations.name_lists import INVESTORS, NameLists
from knowgraph.facts.relations.round_investors import described_backers
from knowgraph.mentions.coref import Referent, Resolver
from knowgraph.nlp.resources import language_data


class InvestorLists(CountedInvestors, NameLists, RuleFamily):
    """Lists of investors after an investor noun, a round noun or an investment in several companies."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = language_data(self.lang, "patterns").get("investor_lists", {})
        # "bailleurs de fonds": a noun that names investors only with the words after it (a "bailleur" alone
        # is a landlord); the first word watched, the rest checked
        subjects = [tuple(w.lower().split()) for w in spec.get("subjects", [])]
        self.list_subjects = {w[0] for w in subjects}
        self.subject_rest = {w[0]: w[1:] for w in subjects if len(w) > 1}
        self.round_subjects = set(spec.get("round_subjects", []))
        self.list_verbs = set(spec.get("verbs", []))
        self.round_verbs = set(spec.get("round_verbs", []))
        self.among = set(spec.get("among", []))
        self.as_words = set(spec.get("as_words", []))
        self.holding_words = set(spec.get("holding_words", []))
        self.joining_verbs = [tuple(w.lower().split()) for w in spec.get("joining_verbs", [])]
        self.example_markers = [tuple(w.lower().replace("'", "' ").split()) for w in spec.get("example_markers", [])]
        self.counting_verbs = set(spec.get("counting_verbs", []))
        self.joining = set(spec.get("joining", []))
        self._load_list_words(self.lang)
        self.participation = set(spec.get("participation_verbs", []))
        self.invest_verbs = set(spec.get("invest_verbs", []))
        self.invest_preps = set(spec.get("invest_prepositions", []))
        self.examples = [tuple(p.lower().split()) for p in spec.get("examples", [])]
        self.targets = set(spec.get("target_prepositions", []))
        self.again = set(spec.get("again_words", []))
        self.coordinators = set(spec.get("again_coordinators", []))
        self.confidence = float(spec.get("confidence", 0.8))
        # "Intel and Sora Lenz-backed fund Brume": the words of a backer named inside a description
        self.backer_words = set(language_data(self.lang, "patterns").get("rounds", {}).get("hyphen_leads", []))
        self.fronted_participles = set(spec.get("fronted_participles", []))
        self.fronted_lead_participles = set(spec.get("fronted_lead_participles", []))
        self.agent_words = set(spec.get("agent_words", []))
        self.attract_verbs = set(spec.get("attract_verbs", []))
        self.attract_objects = set(spec.get("attract_objects", []))
        self.member_phrases = [tuple(w.lower().split()) for w in spec.get("member_phrases", [])]
        self.definite_words = set(spec.get("definite_articles", []))

    def start_sentence(self, sent) -> list[Fact]:
        if self.context.sentence == 0:
            sent.doc.user_data["kg_investments_again"] = []  # read by knowgraph.facts.events
        return []

    def watched_words(self) -> set[str]:
        return (
            self.list_subjects
            | self.round_subjects
            | self.participation
            | self.invest_verbs
            | self.round_verbs
            | self.again
            | self.fronted_participles
            | self.fronted_lead_participles
            | self.attract_verbs
        )

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if not self.list_subjects:
            return []
        lemma = token.lemma_.lower()
        if token.lower_ in self.fronted_lead_participles and token.i <= token.sent.start + 1:
            return self._fronted_backing(token, self.context.resolver)
        if token.lower_ in self.fronted_participles:
            if token.i > token.sent.start + 1:
                return self._backed_by_described(token, self.context.resolver)
            return self._fronted_backing(token, self.context.resolver)
        if (
            token.lower_ in self.again
            and token.i > token.sent.start
            and token.doc[token.i - 1].lower_ in self.coordinators
        ):
            found = self._invested_again(token)
            if found:
                return found
        if (
            token.pos_ in ("NOUN", "PROPN")
            # ("La banque est actionnaire de ...": the tagger may read a predicative noun as an adjective)
            or token.pos_ == "ADJ"
            and any(c.dep_ == "cop" for c in token.children)
        ) and (lemma in self.list_subjects or token.lower_ in self.list_subjects):
            rest = self.subject_rest.get(token.lower_, ())
            if rest and tuple(t.lower_ for t in token.doc[token.i + 1 : token.i + 1 + len(rest)]) != rest:
                return []
            return self._after_subject(token)
        if (
            token.pos_ == "NOUN"
            and (lemma in self.round_subjects or token.lower_ in self.round_subjects)
            and any(t.i > token.i and self._round_noun(t) for t in token.subtree)
        ):
            return self._after_subject(token)  # "other firms involved in the X funding include A"
        if token.pos_ in ("VERB", "AUX") and lemma in self.round_verbs and self._round_noun_subject(token):
            return self._round_lists(token)
        if (lemma in self.round_verbs or token.lower_ in self.round_verbs) and token.i > token.sent.start:
            before = token.doc[token.i - 1]
            if self._round_noun(before):  # "le tour de table réunit A, B et C" on a parse that lost the verb
                resolver = self.context.resolver
                investors = self._listed(token.i + 1, token.sent.end, resolver)
                # (the lost verb hangs its list on the round noun: no name after the verb is the round's company)
                investees = [r for r in self._round_investee(before, resolver) if r.token < token.i]
                investees = investees or self._last_round_target(before)
                return self._facts("investedIn.round-list", investors, investees, token)
        if token.pos_ == "VERB" and lemma in self.participation and token.tag_ == "VBG":
            return self._fronted_participation(token)
        if token.pos_ == "VERB" and lemma in self.invest_verbs:
            return self._invested_in_examples(token)
        if token.pos_ == "VERB" and lemma in self.attract_verbs:
            return self._attracted_examples(token, self.context.resolver)
        return []

    # -- the shapes ------------------------------------------------------------------------------
    def _after_subject(self, noun: Token) -> list[Fact]:
        """ "Investors in X include A, B", "X's backers include A", "Parmi les investisseurs figurent A"."""
        resolver = self.context.resolver
        if noun.dep_ not in ("nsubj", "nsubj:pass"):
            found = self._holder_of_examples(noun, resolver)
            if found:
                return found
        counted = (
            self._member_of_investors(noun, resolver)
            or self._counted_as_investors(noun, resolver)
            or self._joining_examples(noun, resolver)
            or self._colon_list(noun, resolver)
        )
        if counted:
            return counted
        verb = noun.head
        if noun.dep_ in ("nsubj", "nsubj:pass") and verb.lemma_.lower() in self.list_verbs:
            start = verb.i + 1
        elif (
            noun.dep_ in ("pobj", "obl", "obl:mod", "nmod")
            and any(t.lower_ in self.among for t in noun.children if t.i < noun.i)
            or noun.head.lower_ in self.among
        ):
            verb = noun.head.head if noun.head.lower_ in self.among else noun.head
            # (the word form too: after a fronted "Parmi les investisseurs de X," the tagger may read the
            # verb "figurent" as a noun, with itself as lemma)
            if not {verb.lemma_.lower(), verb.lower_} & self.list_verbs or verb.i < noun.i:
                return []
            start = verb.i + 1
        else:
            verb = self._verb_after(noun)  # the parse may miss the subject ("X. Investors in Y include...")
            if verb is None:
                return []
            start = verb.i + 1
        investors = self._listed(start, noun.sent.end, resolver)
        if not investors:
            return []
        investees = self._investee_of_noun(noun, resolver)
        # "Existing investors include A": a holding named, not the round's investors (no Investment event)
        holding = any(c.dep_ == "amod" and c.lower_ in self.holding_words for c in noun.children)
        return self._facts("investedIn.list", investors, investees, verb, event=None if holding else "Investment")

    def _round_lists(self, verb: Token) -> list[Fact]:
        """ "Le tour de table réunit A, B et C": a round noun whose verb lists the investors."""
        resolver = self.context.resolver
        noun = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and self._round_noun(c))
        investors = self._listed(verb.i + 1, verb.sent.end, resolver)
        investees = self._round_investee(noun, resolver)
        return self._facts("investedIn.round-list", investors, investees, verb)

    def _fronted_participation(self, verb: Token) -> list[Fact]:
        """ "Also participating in the round were A and B": the names after the copula."""
        resolver = self.context.resolver
        doc = verb.doc
        end = verb.sent.end
        noun = next(
            (g for c in verb.children if c.dep_ == "prep" for g in c.children if self._round_noun(g)),
            None,
        )
        if noun is None:
            return []
        copula = next((t for t in doc[noun.i + 1 : min(end, noun.i + 8)] if t.lemma_ == "be"), None)
        if copula is None or any(t.pos_ == "VERB" for t in doc[noun.i + 1 : copula.i]):
            return []
        investors = self._listed(copula.i + 1, end, resolver)
        return self._facts("investedIn.participating", investors, self._round_investee(noun, resolver), verb)

    def _invested_again(self, token: Token) -> list[Fact]:
        """ "Kernwerk, qui a investi 1 milliard dans Nexalia en 2018 et investi à nouveau en 2022": a second
        investment verb with no company of its own repeats the first one's investor and company (its date and
        amount are its own: events read them in its clause only, rule ``investedIn.again``)."""
        doc = token.doc
        resolver = self.context.resolver
        end = token.sent.end
        k = token.i + 1
        while k < end and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX"):
            if resolver.mention_at(k) is not None:
                return []  # "et investi dans X": the verb frame reads it
            k += 1
        earlier = [
            f
            for f in self.context.facts
            if f.relation == "investedIn"
            and f.event == "Investment"
            and token.sent.start <= f.trigger < token.i
            and doc[f.trigger].lemma_.lower() in self.invest_verbs
        ]
        if not earlier:
            return []
        last = max(f.trigger for f in earlier)
        # one statement per pair: several rules may have read the first verb
        firsts: dict[tuple[str, str], Fact] = {}
        for f in earlier:
            if f.trigger == last and (
                (f.subject, f.object) not in firsts or f.confidence > firsts[(f.subject, f.object)].confidence
            ):
                firsts[(f.subject, f.object)] = f
        status = self.status_of(token)
        # the same triple as the first verb's, in the same sentence: a fact would be merged with it, so the
        # statement goes to the events only
        doc.user_data.setdefault("kg_investments_again", []).extend(
            Fact(
                f.subject,
                f.relation,
                f.object,
                status,
                f.confidence,
                f"{self.lang}/investedIn.again",
                f.start,
                f.end,
                token.i,
                f.event,
            )
            for f in firsts.values()
        )
        return []

    def _holder_of_examples(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "La banque est actionnaire de plusieurs startups, telles que A, B ou C", "X is an investor in
        several labs, including A and B": the examples a generic complement stands for."""
        doc = noun.doc
        end = noun.sent.end
        j = noun.i + 1 + len(self.subject_rest.get(noun.lower_, ()))  # (past "de fonds" of "bailleurs de fonds")
        if j >= end or resolver.lowers[j] not in self.targets or resolver.mention_at(j + 1) is not None:
            return []
        j += 1
        while j < end and j - noun.i < 16 and doc[j].pos_ not in ("VERB", "AUX"):
            marker = self._phrase_at(self.examples, j, resolver)
            if marker is not None:
                investees = self._listed(j + len(marker), end, resolver, ORGS)
                holders = appositive_holder(noun, resolver)  # "A, l'un des investisseurs de sociétés comme B"
                holders = self._subjects(noun, resolver, INVESTORS) if self._predicative(noun) else holders
                # a holding, not a deal: no Investment event (as "investor in X")
                return self._facts("investedIn.holder-examples", holders, investees, noun, event=None)
            if resolver.mention_at(j) is not None:
                return []
            j += 1
        return []

    def _invested_in_names(self, verb: Token, resolver: Resolver) -> list[Fact]:
        """ "Bpifrance, qui a investi dans A, B et C": every company of the list (the verb frame reads the first)."""
        doc = verb.doc
        end = verb.sent.end
        prep = next(
            (t for t in doc[verb.i + 1 : min(end, verb.i + 6)] if t.lower_ in self.invest_preps),
            None,
        )
        if prep is None or any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : prep.i]):
            return []
        j = prep.i + 1
        while j < end and doc[j].pos_ == "DET":
            j += 1
        if resolver.mention_at(j) is None:
            return []
        investees = self._listed(j, end, resolver, ORGS)
        if len(investees) < 2:
            return []
        return self._facts("investedIn.verb-list", self._subjects(verb, resolver, INVESTORS), investees, verb)

    # -- investees --------------------------------------------------------------------------------
    def _investee_of_noun(self, noun: Token, resolver: Resolver) -> list[Referent]:
        """ "investors in X", "X's backers", "investors who took part in the round of funding for X",
        "companies involved in the X funding"; else the company whose funding was reported last."""
        for child in noun.children:
            if child.lower_ in self.targets:
                for obj in child.children:
                    if obj.dep_ in ("pobj", "obj", "nmod") or obj.i == child.i + 1:
                        if self._round_noun(obj):
                            return self._round_investee(obj, resolver)
                        found = resolver.resolve(obj, ORGS, coordinated=False)
                        if found:
                            return found
        found = (
            self._complement_owner(noun, resolver, ORGS)
            or self._possessor(noun, resolver, ORGS)
            or self._genitive_name(noun, resolver)
        )
        if found:
            return found
        for t in noun.subtree:
            if t.i != noun.i and self._round_noun(t):
                return self._round_investee(t, resolver)
        return self._last_round_target(noun)

    def _genitive_name(self, noun: Token, resolver: Resolver, depth: int = 2) -> list[Referent]:
        """ "les investisseurs de X", "les bailleurs de fonds de X" on a UD parse, where the preposition is
        the name's own ``case`` word: the company named in the complement, through one generic noun."""
        for child in noun.children:
            if child.dep_ != "nmod" or child.i < noun.i:
                continue
            if not any(c.dep_ == "case" and c.lower_ in self.targets for c in child.children):
                continue
            found = resolver.resolve(child, ORGS, coordinated=False) if resolver.mention_at(child.i) else []
            if found:
                return found
            if depth > 1 and resolver.mention_at(child.i) is None and child.is_lower:
                found = self._genitive_name(child, resolver, depth - 1)
                if found:
                    return found
        return []

    def _round_investee(self, noun: Token, resolver: Resolver) -> list[Referent]:
        for t in noun.subtree:
            if t.i > noun.i and t.lower_ in self.round_targets:
                for obj in t.children:
                    if self._round_noun(obj):
                        continue
                    found = resolver.resolve(obj, ORGS, coordinated=False)
                    if found:
                        return found
        for t in noun.subtree:  # "the Figure funding", "the round of funding for Scale"
            if t.i > 0 and self._round_noun(t.doc[t.i - 1]) and t.dep_ == "compound":
                continue  # "the series A+ round": the series' letter, not a company
            if t.i != noun.i and (t.dep_ == "compound" or t.lower_ in self.round_targets):
                found = [
                    r
                    for c in [t, *t.children]
                    if c.pos_ != "DET"  # ("The series A+ round": a capitalised article is no company)
                    for r in resolver.resolve(c, ORGS, coordinated=False)
                ]
                if found:
                    return found[:1]
        return self._complement_owner(noun, resolver, ORGS) or self._last_round_target(noun)

    def _last_round_target(self, token: Token) -> list[Referent]:
        target = token.doc.user_data.get("kg_round_target")
        if target is None:
            return []
        key, n, trigger = target
        here = self.context.sent_index.get(token.sent.start, 0)
        # (a target the round noun itself took up from the raise before is this round's: "ce tour de table")
        if here - n > self.round_anaphora_sentences or trigger > token.i:
            return []
        return [Referent(key, LINEAR_FALLBACK * LINEAR_FALLBACK, token.i)]

    def _round_noun_subject(self, verb: Token) -> bool:
        return any(c.dep_ in ("nsubj", "nsubj:pass") and self._round_noun(c) for c in verb.children)

    def _facts(
        self,
        rule: str,
        investors: list[Referent],
        investees: list[Referent],
        trigger: Token,
        event: str | None = "Investment",
    ) -> list[Fact]:
        resolver = self.context.resolver
        investors = described_backers(investors, resolver, self.backer_words, {"Organization", "Company", "Person"})
        listed = {r.key for r in investors}
        if any(r.key in listed for r in investees):
            # a company is never one of its own investors: the company of the round reported before is the
            # investee, and a list read on into "..., X said" loses X; any other investee among the names
            # ("Parmi ses actionnaires figurent A et B": a possessive the parse hangs on the inverted subject)
            # gives its place to that round's company
            target = self._last_round_target(trigger)
            if {r.key for r in investees} <= {r.key for r in target}:
                investors = [r for r in investors if r.key not in {i.key for i in investees}]
            else:
                investees = [r for r in investees if r.key not in listed] or [r for r in target if r.key not in listed]
        if not investors or not investees:
            return []
        doc = trigger.doc
        here = self.context.sent_index.get(trigger.sent.start, 0)
        if len(investees) == 1 and investees[0].factor >= LINEAR_FALLBACK:  # a later "it raised", "the round"
            doc.user_data["kg_round_target"] = (investees[0].key, here, trigger.i)
        return self._make(
            f"{self.lang}/{rule}", "investedIn", investors, investees, trigger, self.confidence, resolver, event
        )


def appositive_holder(noun: Token, resolver: Resolver) -> list[Referent]:
    """The name an apposition opening with ``noun`` describes: "A, l'un des premiers investisseurs de ...",
    "A, an early backer of ...": lower-case words only back to a comma right after a name."""
    doc = noun.doc
    j = noun.i - 1
    while j > noun.sent.start and noun.i - j <= 6 and (doc[j].is_lower or doc[j].text in ("'", "’")):
        j -= 1
    if j <= noun.sent.start or doc[j].text != ",":
        return []
    name = resolver.mention_at(j - 1)
    if name is None or name.end != j:
        return []
    return resolver.resolve(doc[name.start], INVESTORS, coordinated=False)
