"""A definite deal noun that takes up the funding round reported just before: "the deal", "the investment",
"l'opération", "cette transaction" (``rounds.deal_anaphora`` in patterns.yaml). Such a noun names an
acquisition or a partnership as often as a round, so it stands for the round only when the last deal of the
passage is a raise: no acquisition or partnership told (a fact, or one of ``other_deals``' words) between the
raise and the noun, a few sentences back at most, and no complement of its own naming a company.

    "Nexalia a levé 40 millions d'euros. L'opération a été menée par Brume Capital." -> the round is Nexalia's
    "Nexalia a racheté Orbitron. L'opération a été menée par Brume Capital." -> no round
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.mentions.coref import PRONOUN, Referent, Resolver
from knowgraph.nlp.resources import language_data

_OTHER_DEALS = {"acquired", "partnerOf", "subsidiaryOf"}


@cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    spec = language_data(lang, "patterns").get("rounds", {}).get("deal_anaphora", {})
    return (
        frozenset(spec.get("nouns", [])),
        frozenset(spec.get("determiners", [])),
        frozenset(spec.get("other_deals", [])),
        frozenset(spec.get("complements", [])),
        int(spec.get("sentences", 2)),
    )


def deal_nouns(lang: str) -> frozenset[str]:
    """The deal nouns that may take up a round (the words a family watches)."""
    return _words(lang)[0]


def investor_phrases(lang: str) -> tuple[str, ...]:
    """The phrases after which a deal noun names its investors: fewer than a round noun's ("with", "and" name
    a deal's other parties as often)."""
    return tuple(language_data(lang, "patterns").get("rounds", {}).get("deal_anaphora", {}).get("investor_phrases", []))


def raise_taken_up(
    noun: Token, lang: str, facts: list[Fact], sent_index: dict[int, int], resolver: Resolver
) -> list[Referent]:
    """The company whose raise a definite deal noun at ``noun`` takes up, or nothing (see module docstring)."""
    nouns, determiners, others, complements, window = _words(lang)
    if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns or noun.pos_ != "NOUN":
        return []
    if not any(c.dep_ in ("det", "case") and c.lower_ in determiners for c in noun.children):
        return []  # "a deal", "une opération": a new one, not the round told before
    target = noun.doc.user_data.get("kg_round_target")
    if target is None:
        return []
    key, n, trigger = target
    if sent_index.get(noun.sent.start, 0) - n > window or trigger >= noun.i:
        return []
    doc = noun.doc
    for child in noun.children:
        if (
            child.i > noun.i
            and child.dep_ in ("prep", "nmod")
            and (
                child.lower_ in complements
                or any(c.dep_ == "case" and c.lower_ in complements for c in child.children)
                or any(resolver.mention_at(t.i) is not None or t.lemma_.lower() in others for t in child.subtree)
            )
        ):
            return []  # "the deal with Kernwerk", "l'opération de rachat": a deal of its own
    if any(t.lemma_.lower() in others or t.lower_ in others for t in doc[doc[trigger].sent.start : noun.i]):
        return []  # an acquisition or a partnership told with the raise or since: the deal may be that one
    if any(f.relation in _OTHER_DEALS and doc[trigger].sent.start <= f.trigger <= noun.i for f in facts):
        return []
    return [Referent(key, PRONOUN, noun.i)]


def investing_subjects(participle: Token, resolver: Resolver, lang: str) -> set[str]:
    """The named subjects of the verb that governs the round a passive participle of leading describes, when that
    verb is one of taking part (``rounds.investor_governors``: "A et B ont participé à un tour mené par C"):
    investors of the round, not the company raising it."""
    governors = set(language_data(lang, "patterns").get("rounds", {}).get("investor_governors", []))
    round_noun = participle.head if participle.dep_ in ("acl", "amod", "relcl") else None
    verb = (
        next((a for a in round_noun.ancestors if a.pos_ in ("VERB", "AUX")), None) if round_noun is not None else None
    )
    if verb is None or verb.lemma_.lower() not in governors:
        return set()
    return {
        r.key
        for c in verb.children
        if c.dep_.startswith("nsubj")
        for r in resolver.resolve(c, {"Organization", "Company", "Person"})
    }
