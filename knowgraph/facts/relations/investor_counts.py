"""Investors counted by the company: "X counts A and B among its investors", "its website lists A, B and C
as investors", "X compte A et B parmi ses actionnaires", "X compte parmi ses investisseurs A et B" (a
counting verb and ``among``/``as`` before an investor noun: ``investor_lists.counting_verbs`` and
``as_words`` in patterns.yaml). A mixin of :class:`~knowgraph.facts.relations.investor_lists.InvestorLists`,
called at its investor nouns.

    "The startup Nexalia raised $20 million. Its website lists Brume Capital and Ardent Partners as backers."
    -> investedIn(brume-capital, nexalia), investedIn(ardent-partners, nexalia)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.mentions.coref import Resolver

ORGS = {"Organization", "Company"}


class CountedInvestors:
    """The names a company counts among its investors (see module docstring)."""

    among: set[str]
    as_words: set[str]
    counting_verbs: set[str]
    joining_verbs: list[tuple[str, ...]]
    example_markers: list[tuple[str, ...]]

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
            marker = next((m for m in self.example_markers if tuple(resolver.lowers[j : j + len(m)]) == m), None)
            if marker is not None:
                investors = self._listed(j + len(marker), end, resolver)  # type: ignore[attr-defined]
                investees = self._last_round_target(noun)  # type: ignore[attr-defined]
                return self._facts("investedIn.joining-examples", investors, investees, verb)  # type: ignore[attr-defined]
            if resolver.mention_at(j) is not None:
                return []  # a name before any marker: not this shape
        return []

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
