"""Merging the statements one sentence makes of one deal into one event.

"Pell Capital headed Kernwerk's newest round, which Ardent and Brintel joined": the lead investor
comes from one rule ("headed") and the others from another ("joined"), two
statements of the same round. They are one Investment, whose investors are all of them, when the
amounts and dates they give do not disagree; used by :mod:`knowgraph.facts.events`.

"Kernwerk, Brintel and Quillon announced a partnership", "Nexalia a collaboré avec Kernwerk, Brintel et
Quillon": the partnerOf facts are pairs, but the one trigger they share names one deal between all of the
companies, one Partnership with every partner.

    merged = merge_same_sentence(doc, events)  # one Investment in Kernwerk, three investors
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from knowgraph.facts.clauses import ClauseWords, triggers_apart

if TYPE_CHECKING:
    from knowgraph.facts.events import Event


def merge_same_sentence(doc: Doc, events: list[Event], words: ClauseWords | None = None) -> list[Event]:
    """Investments in the same company whose statements all lie in one sentence, with no amount or date
    that disagrees, become one Investment with the union of their investors (the earliest kept); the
    Partnerships of one trigger that share a partner become one Partnership of all their partners. With ``words``,
    two statements in clauses that tell two deals (:func:`knowgraph.facts.clauses.triggers_apart`) stay apart."""
    kept: list[Event] = []
    for event in events:
        if event.type == "Partnership":
            _join_partnership(kept, event)
            continue
        sentence = _only_sentence(doc, event)
        target = None
        if event.type == "Investment" and sentence is not None:
            target = next(
                (
                    e
                    for e in kept
                    if e.type == "Investment"
                    and e.roles["investee"] == event.roles["investee"]
                    and _only_sentence(doc, e) == sentence
                    and _agree(e, event)
                    and not (
                        words is not None
                        and triggers_apart(
                            doc,
                            (f.trigger for f in e.evidence),
                            (f.trigger for f in event.evidence),
                            words,
                            event.roles["investee"],
                        )
                    )
                ),
                None,
            )
        if target is None:
            kept.append(event)
            continue
        target.roles["investor"] = tuple(sorted(set(target.roles["investor"]) | set(event.roles["investor"])))
        target.merge(event)
    return kept


def _join_partnership(kept: list[Event], event: Event) -> None:
    """Add ``event`` to ``kept``, or fold it into the Partnership said by the same one trigger that shares
    one of its partners (the pairs of "A, B and C announced a partnership" are one deal)."""
    trigger = _only_trigger(event)
    target = None
    if trigger is not None:
        target = next(
            (
                e
                for e in kept
                if e.type == "Partnership"
                and _only_trigger(e) == trigger
                and set(e.roles["partner"]) & set(event.roles["partner"])
                and _agree(e, event)
            ),
            None,
        )
    if target is None:
        kept.append(event)
        return
    target.roles["partner"] = tuple(sorted(set(target.roles["partner"]) | set(event.roles["partner"])))
    target.merge(event)


def _only_trigger(event: Event) -> int | None:
    """The one trigger token all of the event's statements share, or None."""
    triggers = {f.trigger for f in event.evidence}
    return triggers.pop() if len(triggers) == 1 else None


def _only_sentence(doc: Doc, event: Event) -> int | None:
    """The start of the one sentence all of the event's statements are in, or None."""
    starts = {doc[f.trigger].sent.start for f in event.evidence}
    return starts.pop() if len(starts) == 1 else None


def _agree(a: Event, b: Event) -> bool:
    """Neither the amounts nor the dates of two statements disagree (a missing one agrees with anything)."""
    if a.amount and b.amount and _key(a.amount) != _key(b.amount):
        return False
    if a.date and b.date and not (a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value)):
        return False
    return True


def _key(amount) -> tuple:
    return (amount.currency, amount.value, amount.min_value, amount.max_value)


def amounts_to_their_own_deal(doc: Doc, events: list[Event]) -> None:
    """ "Quillon a investi 30 millions dans Brumea, qui a racheté Orbitron", "Brumea, which Quillon backed with $30
    million, acquired Orbitron": one amount of a sentence given to two deals (of two kinds, or about two companies)
    is the one of the deal whose clause holds it (its verb is the nearest verb above the amount), when only some of
    them do; the others lose it. Two statements of one clause ("acquired A and B for $20 million and $30 million")
    are left as they are."""
    holders: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        if event.amount is not None and event.type != "Partnership" and event.evidence:
            holders.setdefault((event.amount.start, event.amount.end), []).append(event)
    for (start, end), sharing in holders.items():
        if len({(e.type, _subject(e)) for e in sharing}) < 2:
            continue  # one deal said twice, or one round and its investors
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        clause = _clause_verb(span.root)
        owners = [
            e
            for e in sharing
            if any(doc[f.trigger].sent.start == span.sent.start and _clause_verb(doc[f.trigger]) == clause
                   for f in e.evidence)
        ]  # fmt: skip
        if clause is None or not owners or len(owners) == len(sharing):
            continue
        for event in sharing:
            if event not in owners:
                event.amount = None


def _subject(event: Event) -> tuple[str, ...]:
    """The company a deal is about: the one raising, or the one bought."""
    return event.roles.get("investee") or event.roles.get("acquiree") or ()


def _clause_verb(token) -> int | None:
    """The index of the nearest verb at or above ``token``."""
    return next((t.i for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
