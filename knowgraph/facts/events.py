"""Events (Investment, Acquisition, Partnership) with their amounts and dates.

An event comes from an asserted fact whose pattern declares one (``event:`` in
``patterns.yaml``); its amount and date are the expressions of the same sentence nearest to the
trigger. Statements of one event in several sentences of an article ("Microsoft a investi dans
OpenAI" ... "Microsoft a investi 13,75 milliards de dollars dans OpenAI") are merged when their
amounts and dates agree.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from spacy.tokens import Doc

from knowgraph.facts.amounts import MonetaryAmount, find_amounts
from knowgraph.facts.dates import DateValue, find_dates
from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations import Fact
from knowgraph.nlp.resources import language_data

ROLES = {
    "Investment": ("investor", "investee"),
    "Acquisition": ("acquirer", "acquiree"),
    "Partnership": ("partner", "partner"),
}

if not Doc.has_extension("kg_events"):
    Doc.set_extension("kg_events", default=None)


@dataclass
class Event:
    type: str
    roles: dict[str, tuple[str, ...]]
    amount: MonetaryAmount | None = None
    date: DateValue | None = None
    confidence: float = 0.0
    evidence: list[Fact] = field(default_factory=list)

    def compatible(self, other: Event) -> bool:
        if self.type != other.type or self.roles != other.roles:
            return False
        if self.amount and other.amount and _amount_key(self.amount) != _amount_key(other.amount):
            return False
        if (
            self.date
            and other.date
            and not (self.date.value.startswith(other.date.value) or other.date.value.startswith(self.date.value))
        ):
            return False
        return True

    def merge(self, other: Event) -> None:
        self.amount = self.amount or other.amount
        if other.date and (not self.date or len(other.date.value) > len(self.date.value)):
            self.date = other.date
        self.confidence = max(self.confidence, other.confidence)
        self.evidence.extend(other.evidence)


def _amount_key(amount: MonetaryAmount) -> tuple:
    return (amount.currency, amount.value, amount.min_value, amount.max_value)


def extract_events(doc: Doc, facts: list[Fact], lang: str, published: datetime.date | None) -> list[Event]:
    """Events of a ``Doc`` whose facts were extracted by ``knowgraph_relations``."""
    text = doc.text
    excluded = [w.lower() for w in language_data(lang, "patterns").get("amount_exclusions", [])]
    sentence_cache: dict[int, tuple[list[MonetaryAmount], list[DateValue]]] = {}
    events: list[Event] = []
    for fact in facts:
        if not fact.event or fact.status != ASSERTED:
            continue
        if fact.start not in sentence_cache:
            sentence = text[fact.start : fact.end]
            amounts = [
                _shift(a, fact.start)
                for a in find_amounts(sentence, lang)
                if not _excluded(sentence, a.start, excluded)
            ]
            dates = [_shift(d, fact.start) for d in find_dates(sentence, lang, published)]
            sentence_cache[fact.start] = (amounts, dates)
        amounts, dates = sentence_cache[fact.start]
        anchor = doc[fact.trigger].idx
        a, b = ROLES[fact.event]
        if fact.event == "Partnership":
            roles = {"partner": tuple(sorted({fact.subject, fact.object}))}
        else:
            roles = {a: (fact.subject,), b: (fact.object,)}
        event = Event(
            fact.event,
            roles,
            amount=_nearest(amounts, anchor) if fact.event != "Partnership" else None,
            date=_nearest(dates, anchor),
            confidence=fact.confidence,
            evidence=[fact],
        )
        for existing in events:
            if existing.compatible(event):
                existing.merge(event)
                break
        else:
            events.append(event)
    return events


def _excluded(sentence: str, start: int, words: list[str]) -> bool:
    """Valuations and revenues are amounts, but not the amount of the deal."""
    before = sentence[max(0, start - 40) : start].lower()
    return any(w in before for w in words)


def _shift(item, offset: int):
    from dataclasses import replace

    return replace(item, start=item.start + offset, end=item.end + offset)


def _nearest(items, anchor: int):
    if not items:
        return None
    return min(items, key=lambda item: (abs(item.start - anchor), item.start))
