"""A company's earlier round named beside its new one: "Nexalia raised $50 million, after a $10 million seed round
last year", "X a levé 260 M€ ... après un premier tour de table de 40 millions en mars". The earlier round's
amount is not the new round's, and it is a round of its own: an Investment of the same company with that amount
(and the date its phrase gives); used by :mod:`knowgraph.facts.events`.

A round noun (``rounds.nouns`` in patterns.yaml) whose own phrase holds an amount and which comes right after one
of ``earlier_rounds.prepositions`` ("after", "following", "après", "lors du") names such a round.

    spans = earlier_round_spans(doc, start, end, lang)   # [(start, end)] of "a $10 million seed round last year"
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from knowgraph.facts.amounts import MonetaryAmount
from knowgraph.facts.dates import DateValue
from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations import Fact
from knowgraph.nlp.doccache import doc_text
from knowgraph.nlp.resources import language_data

if TYPE_CHECKING:
    from knowgraph.facts.events import Event

#: how many characters before a round noun's phrase its preposition is looked for
_BEFORE = 24
_FUNCTION_WORDS = {"de", "d'", "du", "of", "a", "the"}
#: the rule name of an earlier round's statement (no lead sentence dates it with the publication day)
EARLIER_ROUND_RULE = "earlier-round"
#: a date at most this many characters after a round's phrase is the round's ("a seed round | last year")
_DATE_AFTER = 2
#: ... or after one of these prepositions ("a $50 million Series A in 2023", when the parser hangs the date on the verb)
_PREPOSITIONS = frozenset({"in", "en", "on", "le", "au", "dès"})
_PREPOSITION_AFTER = 6


@cache
def _words(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    patterns = language_data(lang, "patterns")
    nouns = (
        frozenset(w.lower() for noun in patterns.get("rounds", {}).get("nouns", []) for w in noun.split())
        - _FUNCTION_WORDS
    )
    prepositions = [
        p.lower().replace("\u2019", "'") for p in patterns.get("earlier_rounds", {}).get("prepositions", [])
    ]
    if not prepositions:
        return nouns, None
    alternation = "|".join(re.escape(p) for p in sorted(prepositions, key=len, reverse=True))
    return nouns, re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")


def earlier_round_spans(doc: Doc, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Character spans, in the sentence from ``start`` to ``end``, of the round phrases that name an earlier
    round ("after a $10 million seed round last year")."""
    nouns, preposition = _words(lang)
    if preposition is None:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    text = doc_text(doc)
    found: list[tuple[int, int]] = []
    for token in span:
        if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in nouns and token.lemma_.lower() not in nouns:
            continue
        # "a $50 million Series A": the round noun is a compound of the letter that heads the phrase
        phrase = token.head if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") else token
        lo, right = phrase.left_edge.idx, phrase.right_edge
        hi = right.idx + len(right.text)
        # the preposition right before the phrase ("after | a $10 million seed round"), or its first word when the
        # parser hangs it on the noun ("après un premier tour ...", "lors du tour ...")
        before = text[max(start, lo - _BEFORE) : lo].lower().replace("\u2019", "'").rstrip()
        opening = text[lo : token.idx].lower().replace("\u2019", "'")
        right_before = any(m.end() == len(before) for m in preposition.finditer(before))
        # ("deux ans après sa première levée": a duration before the preposition, inside the phrase)
        if not right_before and preposition.search(opening) is None:
            continue
        if not any(s <= lo < e or s < hi <= e for s, e in found):
            found.append((lo, hi))
    return found


def round_date(lo: int, hi: int, date: DateValue, text: str = "") -> bool:
    """Is ``date`` said of the round phrase from ``lo`` to ``hi`` of ``text``: inside it, or right after it, or after
    only a preposition ("a $50 million Series A | in 2023")?"""
    if lo <= date.start < hi or hi <= date.start <= hi + _DATE_AFTER:
        return True
    return hi <= date.start <= hi + _PREPOSITION_AFTER and text[hi : date.start].strip().lower() in _PREPOSITIONS


def add_earlier_rounds(
    doc: Doc, events: list[Event], earlier: dict[int, list[tuple[MonetaryAmount, DateValue | None]]]
) -> None:
    """An Investment for each earlier round (its amount, its date) named in a sentence where one company, and one
    only, raises or receives an investment, unless that company already has an Investment of that amount."""
    from knowgraph.facts.events import Event

    for sentence_start, rounds in earlier.items():
        if not rounds:
            continue
        investees = {
            e.roles["investee"]
            for e in events
            if e.type == "Investment" and any(f.start == sentence_start for f in e.evidence)
        }
        if len(investees) != 1:
            continue
        (investee,) = investees
        if len(investee) != 1:
            continue
        sent = doc.char_span(sentence_start, sentence_start + 1, alignment_mode="expand")
        end = sent.sent.end_char if sent is not None else sentence_start
        for amount, date in rounds:
            if any(
                e.type == "Investment"
                and e.roles["investee"] == investee
                and e.amount is not None
                and (e.amount.currency, e.amount.value, e.amount.min_value, e.amount.max_value)
                == (amount.currency, amount.value, amount.min_value, amount.max_value)
                for e in events
            ):
                continue
            evidence = Fact(
                investee[0],
                "investedIn",
                investee[0],
                ASSERTED,
                0.75,
                EARLIER_ROUND_RULE,
                sentence_start,
                end,
                doc.char_span(amount.start, amount.end, alignment_mode="expand").start,
                "Investment",
            )
            events.append(Event("Investment", {"investor": (), "investee": investee}, amount, date, 0.75, [evidence]))
