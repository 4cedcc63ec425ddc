"""A partnership between parties named further on: "une vaste collaboration a été officialisée mardi
entre le groupe Kernwerk et la start-up Nexalia", "a multiyear agreement was signed this week between A and B".
The partnership noun (``lists.partnership`` and the deal nouns of ``compute_deals`` in patterns.yaml) comes
a few words before "entre"/"between" (``partnership_between`` in patterns.yaml), with no name in between;
every pair of the names listed after it are partners (``partnerOf``).

    "Un accord a été signé hier entre le groupe Kernwerk et la start-up Nexalia."
    -> partnerOf(kernwerk, nexalia)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.name_lists import NameLists
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization", "Company"}


class PartnershipBetween(NameLists, RuleFamily):
    """A partnership noun, then "between" and its parties (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        patterns = language_data(self.lang, "patterns")
        spec = patterns.get("partnership_between", {})
        self.between = set(spec.get("prepositions", []))
        self.window = int(spec.get("window", 10))
        self.nouns = set(self.lists.get("partnership", set())) | set(
            patterns.get("compute_deals", {}).get("deal_nouns", [])
        )
        self._load_list_words(self.lang)

    def watched_words(self) -> set[str]:
        return self.between

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.lower_ not in self.between:
            return []
        doc, resolver = token.doc, self.context.resolver
        noun = None
        for j in range(token.i - 1, max(token.sent.start, token.i - self.window) - 1, -1):
            if resolver.mention_at(j) is not None or doc[j].text in (";", ":"):
                return []  # "le partenariat de X ... entre": a name before "entre" is the noun's own
            if doc[j].lower_ in self.nouns or doc[j].lemma_.lower() in self.nouns:
                noun = doc[j]
                break
        if noun is None:
            return []
        parties = self._listed(token.i + 1, token.sent.end, resolver, _ORGS)
        if noun.i == token.i - 1 and any(f.trigger == noun.i for f in self.context.facts):
            return []  # right after the noun, the noun frame read it ("collaboration entre A et B")
        facts: list[Fact] = []
        for i, a in enumerate(parties):
            facts += self._make(
                f"{self.lang}/partnerOf.between",
                "partnerOf",
                [a],
                parties[i + 1 :],
                noun,
                0.75,
                resolver,
                "Partnership",
            )
        return facts
