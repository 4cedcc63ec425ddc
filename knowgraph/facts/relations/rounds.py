"""Funding rounds: a round noun ("levée de fonds", "Series B", "tour de table") with the company raising and
the investors named with it (``rounds`` in patterns.yaml). The company is remembered, so that a later
"the round" still means it.

    "Nexalia a bouclé une levée de fonds de 20 millions menée par Brume Capital, avec Ardent."
    -> investedIn(brume capital, nexalia), investedIn(ardent, nexalia)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import Referent, Resolver


class FundingRounds(RuleFamily):
    """Round nouns and their investors."""

    def watched_words(self) -> set[str]:
        return set(self._round_first_words)

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        resolver = self.context.resolver
        i = token.i
        if resolver.lowers[i] in self._round_first_words or resolver.lemmas[i] in self._round_first_words:
            return self._round(token, resolver)  # (_round finds nothing at other words)
        return []

    def _round(self, token: Token, resolver: Resolver) -> list[Fact]:
        """A funding round noun with its investors (see ``rounds`` in patterns.yaml)."""
        doc = token.doc
        if token.lower_ not in self._round_first_words and token.lemma_.lower() not in self._round_first_words:
            return []
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
        noun = window[-1] if len(window) > 1 and window[-1].pos_ == "NOUN" else window[0]
        orgs = {"Organization", "Company", "Person"}
        # "a funding round in Feldmark AI" names the company raising, whoever is the verb's subject
        investees = self._prepositional(window[-1], resolver, {"Organization", "Company"}, self.round_targets, window=4)
        if not investees:
            investees = (
                self._governor_subject(window[0], resolver, {"Organization", "Company"})
                if window[0].dep_ not in ("nsubj", "nsubj:pass")
                else []
            )
        if not investees:
            investees = (
                self._prepositional(window[-1], resolver, {"Organization", "Company"}, self.round_targets)
                or self._possessor(window[0], resolver, {"Organization", "Company"})
                or self._earlier_round_target(window[0])
            )
        if not investees:
            return []
        doc.user_data["kg_round_target"] = (investees[0].key, self.context.sent_index.get(token.sent.start, 0), token.i)
        investors: list[Referent] = []
        start = window[-1].i + 1
        for phrase in self.round_investor_phrases:
            words = tuple(phrase.replace("'", "' ").split())
            for j in range(start, token.sent.end - len(words) + 1):
                if tuple(resolver.lowers[j : j + len(words)]) == words:
                    k = j + len(words)
                    while k < token.sent.end and doc[k].pos_ == "DET":
                        k += 1
                    # "with participation from existing backer Spreeblick Ventures": a bare title before the name
                    t = k
                    while (
                        self.titles_before_names
                        and t < token.sent.end
                        and t - k < 4
                        and doc[t].is_lower
                        and (doc[t].pos_ in ("NOUN", "ADJ") or doc[t].tag_ in ("VBG", "VBN"))
                        and resolver.mention_at(t) is None
                    ):
                        t += 1
                    if t > k and t < token.sent.end and resolver.mention_at(t) is not None:
                        k = t
                    owner = resolver.mention_at(k) if k < token.sent.end else None
                    if owner is not None and owner.end + 1 < token.sent.end and doc[owner.end].lower_ in ("'s", "’s"):
                        k = owner.end + 1  # "along with Amazon's Industrial Innovation Fund": the fund invests
                    if k < token.sent.end and (words not in (("et",), ("and",)) or investors):
                        for r in resolver.resolve(doc[k], orgs):
                            if r.key not in {i.key for i in investors}:
                                investors.append(r)
        investors += [
            r for r in self._round_companions(window[-1], resolver, orgs) if r.key not in {i.key for i in investors}
        ]
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
