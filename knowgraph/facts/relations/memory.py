"""What the facts found at a word tell the rules that run later in the article: the developer of a model
or a product, the company whose funding round was reported last.

    "Orca was developed by Quillon. ... Orca was trained on GPUs rented from CoreWeave." -> the model's
    developer, Quillon, is the one who gets the compute; "Nexalia a levé 20 millions d'euros. Ardent a
    participé au tour." -> the round is Nexalia's.

Its place in ``FAMILIES`` matters: after the families whose facts it reads at a word (frames, rounds,
compounds), before the location rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily


class FactMemory(RuleFamily):
    """Writes ``doc.user_data["kg_developers"]`` and ``["kg_round_target"]`` from the facts of the current word."""

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        context = self.context
        user_data = context.doc.user_data
        for f in context.facts[context.token_start :]:
            if f.relation == "developedBy" and f.status == ASSERTED:
                user_data["kg_developers"].setdefault(f.subject, f.object)
            if (
                f.relation == "investedIn"
                and f.event == "Investment"
                and f.status == ASSERTED
                # "Intel and Sora-backed fund Brume also took part": a backer named in a description, no round
                and not f.rule.endswith(".hyphenated")
            ):
                # the company a later "the round" means ("Y also took part in the round"); not an investment
                # only reported in passing ("X was said to be making an investment in Y")
                user_data["kg_round_target"] = (f.object, context.sentence, f.trigger)
        return []
