"""Dates of events: which date expressions of a sentence are a deal's, and the dates an article's lead gives.

Split from :mod:`knowgraph.facts.events`, which calls these once it has its events:

- ``one_time``: two dates joined by "and" ("in 2023 and early 2024") are no one date of a deal;
- ``end_prepositions``: a date after a word that ends a term ("through 2030", "jusqu'en 2030") is none;
- ``clause_dates``: the dates of the trigger's own clause, not those of an earlier clause of the sentence;
- ``dates_of_the_lead``: the news an article opens with is of its publication day when no date is said.

    dates = clause_dates(doc, trigger, one_time(sentence, dates, offset))
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from knowgraph.facts.clauses import clause_words, in_an_earlier_clause
from knowgraph.facts.dates import DateValue
from knowgraph.facts.earlier_rounds import EARLIER_ROUND_RULE
from knowgraph.nlp.doccache import doc_text
from knowgraph.nlp.resources import language_data

if TYPE_CHECKING:
    from knowgraph.facts.events import Event

# the sentences an article opens with (a headline and its lead): their news is of the publication day
LEAD_SENTENCES = 2


@cache
def end_prepositions(lang: str) -> re.Pattern[str] | None:
    """The words after which a date ends a term or is a deadline (``end_prepositions`` in dates.yaml), as a regex
    that matches at the end of the text before a date."""
    words = [w.replace("\u2019", "'") for w in language_data(lang, "dates").get("end_prepositions") or []]
    if not words:
        return None
    alternation = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})\s*$", re.IGNORECASE)


#: "in 2023 and early 2024", "entre 2020 et 2023": two dates joined by one of these tell a deal spread over a time
_DATES_JOINED = re.compile(r"\s*(?:and|et|to|à|through)(?:\s+(?:in|en|on|le))?\s*$", re.IGNORECASE)


def one_time(sentence: str, dates: list[DateValue], offset: int) -> list[DateValue]:
    """ "Amazon invested $4 billion in two tranches in 2023 and early 2024": two dates joined by "and" are no one date
    of a deal, but their year when they share it (``dates`` are shifted by ``offset`` into ``sentence``)."""
    kept = list(dates)
    for a, b in zip(dates, dates[1:], strict=False):
        if not _DATES_JOINED.fullmatch(sentence[a.end - offset : b.start - offset]):
            continue
        for date in (a, b):
            if date in kept:
                kept.remove(date)
        if a.value[:4] == b.value[:4]:
            kept.append(
                replace(
                    a, value=a.value[:4], precision="year", end=b.end, text=sentence[a.start - offset : b.end - offset]
                )
            )
    return sorted(kept, key=lambda d: d.start)


def coarsened(date: DateValue) -> DateValue:
    """A relative date resolved against the middle of a stamped month, kept to that month."""
    if date.relative and date.precision == "day":
        return replace(date, value=date.value[:7], precision="month")
    return date


def dates_of_the_lead(
    doc: Doc, events: list[Event], published: DateValue | None, lang: str, rounds_named: dict | None = None
) -> None:
    """ "Nexalia said it has closed a $50 million round": the news an article opens with (its first
    ``LEAD_SENTENCES`` sentences, a headline included), and news reported as such further down, is of its
    publication day (or month, for a stamp of a month only), when no date is said."""
    if published is None:
        return
    # a line of fewer than three words (a date stamp, a section name, "IA :") is no sentence of the lead, nor is
    # the line of a publication stamp ("Publié le 14/03/2019 à 10:30")
    lead = [s for s in doc.sents if sum(t.is_alpha for t in s) >= 3 and not _stamp_line(s, published)]
    lead = lead[:LEAD_SENTENCES]
    lead_end = lead[-1].end if len(lead) == LEAD_SENTENCES else len(doc)
    markers = _news_markers(lang)
    words = clause_words(lang)
    for event in events:
        if event.date is not None or not event.evidence or any(f.rule == EARLIER_ROUND_RULE for f in event.evidence):
            continue  # "after a seed round": not the news of the day
        if all(in_an_earlier_clause(doc[f.trigger], words) for f in event.evidence):
            continue  # "a year after Quorvex raised $50 million": neither
        if rounds_named and all(
            any(lo <= doc[f.trigger].idx < hi for lo, hi, _, _ in rounds_named.get(f.start, [])) for f in event.evidence
        ):
            continue  # "deux ans après sa première levée de 20 M€": nor a round named after "after"
        first = min(f.trigger for f in event.evidence)
        if first < lead_end or any(_news_of_the_day(doc[f.trigger], markers) for f in event.evidence):
            event.date = replace(published, start=0, end=0, text="", relative=True)


@cache
def _news_markers(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = language_data(lang, "dates").get("news_of_the_day") or {}
    return tuple(
        frozenset(w.lower() for w in data.get(key, [])) for key in ("reporting", "recent_verbs", "recent_adverbs")
    )


def _news_of_the_day(trigger, markers: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> bool:
    """Is the statement the news of the article's day, whatever sentence says it: said under a reporting verb
    ("Kernwerk also said it had signed a deal with X", "X a annoncé qu'il a racheté Y"), or just done
    ("X vient de lever 20 M€", "X has just acquired Y")? ``news_of_the_day`` in dates.yaml."""
    reporting, recent_verbs, recent_adverbs = markers
    token, levels = trigger, 0
    while levels < 3:
        if any(c.dep_ == "advmod" and c.lower_ in recent_adverbs for c in token.children):
            return True
        if token.i == token.head.i:
            return False
        head = token.head
        if token.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
            levels += 1
            if head.lemma_.lower() in reporting:
                return True
            # "X vient de lever 20 M€": venir, then "de" before the verb of the deal
            if head.lemma_.lower() in recent_verbs and any(
                c.dep_ == "mark" and c.lower_ == "de" for c in token.children
            ):
                return True
        token = head
    return False


def _stamp_line(sent, stamp: DateValue) -> bool:
    """Is ``sent`` a publication stamp's line, with little else ("Publié le 14/03/2019 à 10:30")?"""
    if not stamp.end or not sent.start_char <= stamp.start < sent.end_char:
        return False
    text = doc_text(sent.doc)
    line_start = text.rfind("\n", 0, stamp.start) + 1
    rest = text[sent.start_char : max(sent.start_char, line_start)] + text[stamp.end : sent.end_char]
    return sum(w.isalpha() and len(w) > 2 for w in rest.split()) < 2


def clause_dates(doc: Doc, trigger: int, dates: list[DateValue]) -> list[DateValue]:
    """The dates said of the trigger's clause or of a clause above it ("said on Monday it raised"), or of a
    participle on a common noun ("la collaboration annoncée en janvier"), not of a clause beside it or on a
    party's name: "Nexalia, qui avait levé 10 M€ en 2022, boucle un tour de 45 M€" (2022 is the first
    round's)."""
    verb = _verb_of(doc[trigger])
    if verb is None or not dates:
        return dates
    above = {verb.i, *(a.i for a in verb.ancestors)}
    # "une collaboration annoncée en janvier 2025": a clause on the event noun itself dates it
    own = {t.i for t in doc[trigger].subtree} if doc[trigger].pos_ in ("NOUN", "PROPN") else set()
    kept, of_the_verb = [], []
    for date in dates:
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        said_of = _verb_of(span.root) if span is not None else None
        if (
            said_of is None
            or said_of.i in above
            or span.root.i in own
            # a participle on a common noun ("le projet, annoncé en janvier"), not on a party's name
            or (said_of.dep_ == "acl" and said_of.head.pos_ == "NOUN")
        ):
            kept.append(date)
            if said_of is not None and said_of.i == verb.i:
                of_the_verb.append(date)
    # "A invested in X in 2021, and B invested in X in 2023": the date of the trigger's own clause, not of the
    # clause it is coordinated under
    return of_the_verb if of_the_verb and verb.dep_ == "conj" else kept


def _verb_of(token):
    """The verb whose clause holds ``token`` (itself when it is one)."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
