"""Events (Investment, Acquisition, Partnership) with their amounts and dates.

An event comes from an asserted fact whose pattern declares one (``event:`` in
``patterns.yaml``); its amount and date are the expressions of the same sentence nearest to the
trigger. Statements of one event in several sentences of an article ("Kernwerk a investi dans
Nexalia" ... "Kernwerk a investi 2 milliards d'euros dans Nexalia") are merged when their
amounts and dates agree.

Deals have more to them:

- the investors one statement names for one company ("led by A with participation from B and C") make
  one Investment with several investors;
- a company's raise ("X raised $1 billion", ``doc.user_data["kg_raises"]`` from the rounds family) is an
  Investment with its investee and amount, merged with the investors named in the same sentence or the
  next ones ("The round was led by Y"), or on its own with no investor;
- the amount is not a valuation ("at a $10 billion valuation"), a bracketed conversion ("400 million
  euros ($456 million)") nor an amount past a deal noun of another kind; an event with no amount takes
  the one a planned statement of the same deal gives, or "the $700 million acquisition" a little later;
- "... et investi à nouveau en 2022" (``kg_investments_again``) is another Investment with its own date.

    doc = nlp("Norvane raised $50 million in a round led by Pell Capital with participation from Ardent.")
    [(e.type, e.roles, e.amount.value) for e in extract_events(doc, doc._.kg_facts, "en", None)]
    # [('Investment', {'investor': ('ardent', 'pell-capital'), 'investee': ('norvane',)}, Decimal('50000000'))]
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from typing import TypeVar

from spacy.tokens import Doc

from knowgraph.facts.amount_qualifiers import compared as _compared
from knowgraph.facts.amount_qualifiers import excluded as _excluded
from knowgraph.facts.amount_qualifiers import followed as _followed
from knowgraph.facts.amount_qualifiers import of_another_thing as _of_another_thing
from knowgraph.facts.amount_qualifiers import past_followers as _past_followers
from knowgraph.facts.amount_qualifiers import raised as _raised
from knowgraph.facts.amounts import MonetaryAmount, find_amounts, find_elliptic_amounts
from knowgraph.facts.clauses import (
    ClauseWords,
    another_clause,
    clause_words,
    forget_mentions,
    party_tokens,
    triggers_apart,
)
from knowgraph.facts.dates import DateValue, find_dates, publication_stamp, stamp_reference
from knowgraph.facts.deal_prices import (
    amounts_of_the_deal_after,
    amounts_of_the_heading,
    amounts_paid,
    dates_of_the_deal_after,
)
from knowgraph.facts.earlier_rounds import add_earlier_rounds, earlier_round_spans, round_date
from knowgraph.facts.event_dates import clause_dates, coarsened, dates_of_the_lead, end_prepositions, one_time
from knowgraph.facts.event_merges import amounts_to_their_own_deal, merge_same_sentence
from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations import Fact, sentence_bounds
from knowgraph.mentions.entities import MENTIONS_KEY
from knowgraph.nlp.doccache import doc_text
from knowgraph.nlp.resources import language_data

ROLES = {
    "Investment": ("investor", "investee"),
    "Acquisition": ("acquirer", "acquiree"),
    "Partnership": ("partner", "partner"),
}

_Item = TypeVar("_Item", MonetaryAmount, DateValue)

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


# statuses under which a statement still tells the amount of a deal the article asserts elsewhere
# ("plans to acquire Nexalia for $2.3 billion" ... "Kernwerk is acquiring Nexalia")
_AMOUNT_WITNESSES = {"Planned", "Reported"}
# a company's raise ("X raised $1 billion") and the investors named a few sentences away are one round
RAISE_SENTENCES = 3
# a date at most this many characters after a compared figure is that figure's ("up from $500 million | last year")
_DATE_AFTER_COMPARED = 2
# rules whose statement names a holding, not a deal: "Microsoft-backed OpenAI" is no Investment of the
# sentence's amount (the article's gold events leave such premodifiers out)
_HOLDING_RULES = ("investedIn.hyphenated",)


def extract_events(doc: Doc, facts: list[Fact], lang: str, published: datetime.date | None) -> list[Event]:
    """Events of a ``Doc`` whose facts were extracted by ``knowgraph_relations``.

    The investors one statement names for one company ("led by A with participation from B and C")
    are one Investment with several investors; a company's raise (``doc.user_data["kg_raises"]``,
    "X raised $1 billion") is an Investment with its investee and amount, merged with the investors
    named nearby when nothing disagrees."""
    text = doc_text(doc)
    forget_mentions(doc)  # (the mentions are final now: read them afresh)
    # an article given no publication date may carry one in its opening stamp ("Publié le 14/03/2019"); a stamp
    # of a month only ("date 2024-03") dates what is relative to it to that month, no finer
    stamp = publication_stamp(text, lang) if published is None else None
    reference = stamp_reference(stamp) if stamp is not None else published
    coarse = stamp is not None and stamp.precision == "month"
    patterns = language_data(lang, "patterns")
    excluded = [w.lower() for w in patterns.get("amount_exclusions", [])]
    comparisons = tuple(w.lower() for w in patterns.get("amount_comparisons", []))
    excluded_after = tuple(
        w.lower()
        for w in (*patterns.get("amount_exclusions_after", []), *language_data(lang, "amounts").get("sum_after", []))
    )
    # "in a deal valued at $1.2 billion", "the acquisition of X, valued at $700 million": a deal's value is its price
    priced = (
        tuple(w.lower() for w in patterns.get("deal_amount_nouns", {}).get("Acquisition", [])),
        tuple(w.lower() for w in patterns.get("deal_price_words", [])),
    )
    owners = tuple(
        frozenset(w.lower() for w in patterns.get(k, [])) for k in ("amount_owner_nouns", "amount_owner_verbs")
    )
    sentence_cache: dict[int, tuple[list[MonetaryAmount], list[DateValue]]] = {}
    earlier: dict[int, list[tuple[MonetaryAmount, DateValue | None]]] = {}  # sentence -> its earlier rounds
    # sentence -> (start, end, amount, dates) of the phrase of each of its earlier rounds
    rounds_named: dict[int, list[tuple[int, int, MonetaryAmount, list[DateValue]]]] = {}

    def in_sentence(start: int, end: int) -> tuple[list[MonetaryAmount], list[DateValue]]:
        if start not in sentence_cache:
            sentence = text[start:end]
            found = find_amounts(sentence, lang)
            # "260 millions d'euros ... un premier tour de 40 millions": a currency said once for both
            found = sorted(found + find_elliptic_amounts(sentence, lang, found), key=lambda a: a.start)
            # "400 million euro ($456 million)": the figure in brackets only converts the one before it
            converted = {
                b.start for a, b in zip(found, found[1:], strict=False) if sentence[a.end : b.start].strip() == "("
            }
            # what comes before an amount qualifies it back to the amount before it, no further: "Kernwerk,
            # valued at $6.8 billion in a $41 million round" excludes the first figure only
            since = [0, *(_past_followers(sentence, a.end, excluded_after) for a in found)]
            # "up from $500 million last year", "contre 500 millions l'an dernier": a figure the news is compared
            # with, and the date right after it, are not the deal's
            compared_ends = [a.end for a in found if _compared(sentence, a.start, comparisons)]
            amounts = [
                _shift(a, start)
                for a, lo in zip(found, since, strict=False)
                if a.start not in converted
                and a.end not in compared_ends
                and not _excluded(sentence, a.start, excluded, lo, priced)
                and not _followed(sentence, a.end, excluded_after)
            ]
            # "extended its partnership through 2030", "jusqu'en 2030": the end of a term, not the deal's date
            ends = end_prepositions(lang)
            dates = [
                _shift(coarsened(d) if coarse else d, start)
                for d in find_dates(sentence, lang, reference)
                if (ends is None or not ends.search(sentence[max(0, d.start - 24) : d.start].replace("\u2019", "'")))
                and not any(0 <= d.start - e <= _DATE_AFTER_COMPARED for e in compared_ends)
            ]
            dates = one_time(sentence, dates, start)
            # "after a $10 million seed round last year": another round's amount and date, not this sentence's deal's
            inside = [
                (lo, hi, [a for a in amounts if lo <= a.start < hi], [d for d in dates if round_date(lo, hi, d, text)])
                for lo, hi in earlier_round_spans(doc, start, end, lang)
            ]
            inside = [(lo, hi, own, own_dates) for lo, hi, own, own_dates in inside if len(own) == 1]
            earlier[start] = [(own[0], own_dates[0] if own_dates else None) for _, _, own, own_dates in inside]
            rounds_named[start] = [(lo, hi, own[0], own_dates) for lo, hi, own, own_dates in inside]
            amounts = [
                a
                for a in amounts
                if not any(lo <= a.start < hi for lo, hi, _, _ in inside) and not _of_another_thing(doc, a, *owners)
            ]
            dates = [d for d in dates if not any(d in own_dates for _, _, _, own_dates in inside)]
            sentence_cache[start] = (amounts, dates)
        return sentence_cache[start]

    deal_nouns = {w: kind for kind, words in patterns.get("deal_amount_nouns", {}).items() for w in words}
    round_data = patterns.get("rounds", {})
    # the words of a round and of raising it ("Series", "tour", "raise", "lever"), not "investment", which can
    # name a price ("moyennant un investissement de 215 M$")
    raise_words = frozenset(
        w.lower() for w in (*round_data.get("raise_verbs", []), *round_data.get("nouns", [])) if " " not in w
    )
    price_words = {w.lower() for w in patterns.get("price_prepositions", [])}
    events: list[Event] = []
    rounds: dict[tuple, Event] = {}  # (sentence, trigger, investee) -> the Investment its investors join
    for fact in facts:
        if not fact.event or fact.status != ASSERTED or fact.rule.endswith(_HOLDING_RULES):
            continue
        amounts, dates = in_sentence(fact.start, fact.end)
        anchor = doc[fact.trigger].idx
        # "valorisée à 12 Md€ après un tour de 600 M€ mené par Y": a statement inside the phrase of a round after
        # "après" is of that round, with its amount and date
        own_round = next((r for r in rounds_named.get(fact.start, []) if r[0] <= anchor < r[1]), None)
        if own_round is not None and not _named_in(doc, fact.subject, own_round[0], own_round[1]):
            own_round = None  # "X's round, which follows a $50 million Series A, was led by Y": Y leads the new one
        if own_round is not None and fact.event == "Investment":
            amounts, dates = [own_round[2]], own_round[3]
        a, b = ROLES[fact.event]
        if fact.event == "Investment":
            same_round = rounds.get((fact.start, fact.trigger, fact.object))
            if same_round is not None:
                if fact.subject not in same_round.roles[a]:
                    same_round.roles[a] = tuple(sorted(same_round.roles[a] + (fact.subject,)))
                same_round.evidence.append(fact)
                same_round.confidence = max(same_round.confidence, fact.confidence)
                continue
        if fact.event == "Partnership":
            roles = {"partner": tuple(sorted({fact.subject, fact.object}))}
        else:
            roles = {a: (fact.subject,), b: (fact.object,)}
        if fact.event != "Partnership":
            amounts = _not_another_deals(doc, fact, amounts, anchor, deal_nouns, price_words)
            amounts = _own_items(doc, amounts, fact.trigger, lang, _parties(fact.event, fact.subject, fact.object))
        if fact.event == "Acquisition":
            amounts = [x for x in amounts if not _raised(doc, x, raise_words, priced[0])]
        event = Event(
            fact.event,
            roles,
            amount=_nearest(amounts, anchor) if fact.event != "Partnership" else None,
            date=_nearest(
                _own_items(
                    doc,
                    clause_dates(doc, fact.trigger, dates),
                    fact.trigger,
                    lang,
                    _parties(fact.event, fact.subject, fact.object),
                ),
                anchor,
            ),
            confidence=fact.confidence,
            evidence=[fact],
        )
        if fact.event == "Investment":
            rounds[(fact.start, fact.trigger, fact.object)] = event
        events.append(event)
    words = clause_words(lang)
    events = merge_same_sentence(doc, _merge_compatible(doc, events, words), words)
    for fact in doc.user_data.get("kg_investments_again") or []:
        if fact.status != ASSERTED:
            continue
        # "... et investi à nouveau en 2022": another investment, with what its own clause says
        amounts, dates = in_sentence(fact.start, fact.end)
        anchor = doc[fact.trigger].idx
        clause_end = next((t.idx for t in doc[fact.trigger : doc[fact.trigger].sent.end] if t.is_punct), fact.end)
        amounts = [x for x in amounts if anchor <= x.start < clause_end]
        dates = [x for x in dates if anchor <= x.start < clause_end]
        roles = {"investor": (fact.subject,), "investee": (fact.object,)}
        events.append(
            Event("Investment", roles, _nearest(amounts, anchor), _nearest(dates, anchor), fact.confidence, [fact])
        )
    _amounts_from_other_statements(doc, events, facts, in_sentence, lang)
    events = _merge_follow_ups(doc, events)
    _add_raises(doc, events, in_sentence, lang)
    add_earlier_rounds(doc, events, earlier)
    links = frozenset(w.lower() for w in patterns.get("deal_amount_links", []))
    asides = tuple(w.lower() for w in patterns.get("deal_amount_asides", []))
    amounts_of_the_deal_after(doc, events, patterns.get("deal_amount_nouns", {}), in_sentence, links, asides)
    amounts_paid(doc, events, patterns.get("deal_payment", {}), in_sentence)
    amounts_of_the_heading(doc, events, in_sentence)
    dates_of_the_deal_after(
        doc, events, patterns.get("deal_amount_nouns", {}), patterns.get("deal_closing", {}), in_sentence
    )
    day = DateValue(published.isoformat(), "day", relative=True) if published is not None else None
    dates_of_the_lead(doc, events, stamp or day, lang, rounds_named)
    amounts_to_their_own_deal(doc, events)
    return events


def _merge_compatible(doc: Doc, events: list[Event], words: ClauseWords) -> list[Event]:
    merged: list[Event] = []
    for event in events:
        for existing in merged:
            if existing.compatible(event) and not _told_apart(doc, existing, event, words):
                existing.merge(event)
                break
        else:
            merged.append(event)
    return merged


def _merge_follow_ups(doc: Doc, events: list[Event]) -> list[Event]:
    """ "X raised $40 million in a round led by A. Also participating in the round were B and C": investors
    named with no amount nor date a few sentences after an Investment in the same company join it."""
    kept: list[Event] = []
    for event in events:
        earlier = None
        if event.type == "Investment" and event.amount is None and event.date is None and event.evidence:
            here = doc[event.evidence[0].trigger].sent.start
            earlier = next(
                (
                    e
                    for e in reversed(kept)
                    if e.type == "Investment"
                    and e.roles["investee"] == event.roles["investee"]
                    and e.evidence
                    and doc[e.evidence[-1].trigger].sent.start < here
                    and _sentences_apart(doc, here, e.evidence[-1].trigger) <= RAISE_SENTENCES
                ),
                None,
            )
        if earlier is None:
            kept.append(event)
            continue
        earlier.roles["investor"] = tuple(sorted(set(earlier.roles["investor"]) | set(event.roles["investor"])))
        earlier.evidence.extend(event.evidence)
        earlier.confidence = max(earlier.confidence, event.confidence)
    return kept


def _amounts_from_other_statements(doc: Doc, events: list[Event], facts: list[Fact], in_sentence, lang: str) -> None:
    """An event with no amount takes the one a planned or reported statement of the same deal gives
    ("Kernwerk plans to acquire Nexalia for $2.3 billion" ... "Kernwerk is acquiring Nexalia")."""
    for event in events:
        if event.amount is not None or event.type == "Partnership":
            continue
        a, b = ROLES[event.type]
        for fact in facts:
            if (
                fact.event == event.type
                and fact.status in _AMOUNT_WITNESSES
                and fact.subject in event.roles[a]
                and (fact.object,) == event.roles[b]
            ):
                amounts, _ = in_sentence(fact.start, fact.end)
                amounts = _own_items(doc, amounts, fact.trigger, lang, _parties(fact.event, fact.subject, fact.object))
                if amounts:
                    event.amount = _nearest(amounts, doc[fact.trigger].idx)
                    break


def _add_raises(doc: Doc, events: list[Event], in_sentence, lang: str) -> None:
    """A company's asserted raise with an amount: the amount of the round its investors (named in the
    same sentence or a few sentences away) joined, or an Investment of its own with no investor."""
    raises = doc.user_data.get("kg_raises") or []
    rounds = language_data(lang, "patterns").get("rounds", {})
    governors = {*rounds.get("raise_verbs", []), *rounds.get("raise_governors", [])}
    idioms = [w.lower() for w in language_data(lang, "patterns").get("round_idioms", [])]
    for investee, trigger, status, confidence, rule in raises:
        if status != ASSERTED or _round_idiom(doc, trigger, idioms):
            continue
        sent = doc[trigger].sent
        start, end = sentence_bounds(sent)
        amounts, dates = in_sentence(start, end)
        amounts = _own_items(doc, amounts, trigger, lang, (investee,))
        if not amounts:
            continue
        anchor = doc[trigger].idx
        if rule.endswith(".round-raise"):
            # "un mois porté par le méga-tour de Nexalia": a round named without a raise verb has the amount its own
            # phrase gives ("une levée de fonds de 20 millions", "a $20 million round"), not the sentence's
            lo, hi = _phrase_bounds(doc, trigger, governors)
            amounts = [a for a in amounts if lo <= a.start and a.end <= hi]
            if not amounts:
                continue
        dates = _own_items(doc, clause_dates(doc, trigger, dates), trigger, lang, (investee,))
        amount, date = _nearest(amounts, anchor), _nearest(dates, anchor)
        # the statement the event stands on (its rule and sentence; a raise is no relation between two entities)
        evidence = Fact(investee, "investedIn", investee, status, confidence, rule, start, end, trigger, "Investment")
        raise_event = Event(
            "Investment", {"investor": (), "investee": (investee,)}, amount, date, confidence, [evidence]
        )
        here = sent.start
        words = clause_words(lang)
        for event in events:
            if event.type != "Investment" or event.roles["investee"] != (investee,):
                continue
            if _apart(doc, trigger, event, words):
                continue  # "X, which raised $50 million last year, has a new backer, Y": another deal
            if not event.roles["investor"] and event.amount and _amount_key(event.amount) == _amount_key(amount):
                break  # the same raise said again
            if event.amount is not None and _amount_key(event.amount) != _amount_key(amount):
                continue
            if (
                event.date
                and date
                and not (event.date.value.startswith(date.value) or date.value.startswith(event.date.value))
            ):
                continue
            # the raise, then "the round was led by Y" (a raise after the investors is another round, unless
            # it gives the same amount: "X lève 23,5 M€ auprès de Y" ... "X a réussi une levée de 23,5 M€")
            same_amount = event.amount is not None and _amount_key(event.amount) == _amount_key(amount)
            if not same_amount and not any(
                doc[f.trigger].sent.start >= here and _sentences_apart(doc, here, f.trigger) <= RAISE_SENTENCES
                for f in event.evidence
            ):
                continue
            event.amount = event.amount or amount
            event.date = event.date or date
            event.evidence.append(evidence)
            break
        else:
            lone = _lone_unpriced_round(events, investee, raises)
            if (
                lone is not None
                and not _apart(doc, trigger, lone, words)
                and _only_raise_amount(doc, investee, amount, raises, in_sentence, lang)
            ):
                # the article's one raise of X and its one list of X's investors with no amount of their own,
                # however far apart ("X a levé 60 M€ ... Ses bailleurs de fonds sont A, B et C")
                lone.amount = amount
                lone.date = lone.date or date
                lone.evidence.append(evidence)
            else:
                events.append(raise_event)


def _round_idiom(doc: Doc, trigger: int, idioms: list[str]) -> bool:
    """ "c'est au tour de Nexalia d'être rachetée": a round noun in an idiom (``round_idioms`` in
    patterns.yaml) that a round's own phrase does not continue ("au tour de table de Nexalia")."""
    if not idioms or trigger == 0:
        return False
    start = doc[trigger - 1].idx
    text = doc_text(doc)[start : start + 40].lower().replace("\u2019", "'")
    return any(text.startswith(p) and not text[len(p) :].lstrip().startswith("table") for p in idioms)


def _phrase_bounds(doc: Doc, trigger: int, governors: set[str]) -> tuple[int, int]:
    """Character bounds of the noun phrase a round noun heads ("tour de table" -> "tour", whose phrase
    holds "de 20 millions d'euros")."""
    token = doc[trigger]
    while token.head.i != token.i and (
        0 < token.i - token.head.i <= 3 and token.head.pos_ in ("NOUN", "PROPN") or token.dep_ == "compound"
    ):
        token = token.head  # ("a $20 million funding round": "funding" a compound of the noun after it)
    if token.head.lemma_.lower() in governors:
        token = token.head  # "X boucle un tour de table de 90 millions": the raise verb's clause
    right = token.right_edge
    return token.left_edge.idx, right.idx + len(right.text)


def _lone_unpriced_round(events: list[Event], investee: str, raises: list) -> Event | None:
    """The only Investment in ``investee`` with investors and no amount, when there is exactly one."""
    unpriced = [
        e
        for e in events
        if e.type == "Investment" and e.roles["investee"] == (investee,) and e.roles["investor"] and e.amount is None
    ]
    priced = [e for e in events if e.type == "Investment" and e.roles["investee"] == (investee,) and e.amount]
    return unpriced[0] if len(unpriced) == 1 and not priced else None


def _only_raise_amount(doc: Doc, investee: str, amount: MonetaryAmount, raises: list, in_sentence, lang: str) -> bool:
    """Does the article give ``investee`` one raise amount only (said once or more)?"""
    amounts = set()
    for key, trigger, status, _confidence, _rule in raises:
        if key != investee or status != ASSERTED:
            continue
        start, end = sentence_bounds(doc[trigger].sent)
        found = _own_items(doc, in_sentence(start, end)[0], trigger, lang, (investee,))
        if found:
            amounts.add(_amount_key(_nearest(found, doc[trigger].idx)))
    return amounts == {_amount_key(amount)}


def _named_in(doc: Doc, key: str, start: int, end: int) -> bool:
    """Is ``key`` named (or taken up) between the characters ``start`` and ``end``?"""
    return any(m.kb_id_ == key and start <= m.start_char < end for m in doc.spans.get(MENTIONS_KEY, []))


def _parties(kind: str, subject: str, obj: str) -> tuple[str, ...]:
    """The entities a deal is about, whose relative clauses tell other deals: the company raising or bought, and the
    buyer (an investor's relative clause may tell the round it joins: "backed by Y, which led its first round")."""
    return (obj,) if kind == "Investment" else (subject, obj)


def _event_parties(event: Event) -> tuple[str, ...]:
    if event.type == "Investment":
        return event.roles["investee"]
    return tuple(key for keys in event.roles.values() for key in keys)


def _own_items(doc: Doc, amounts: list[_Item], trigger: int, lang: str, keys: tuple[str, ...]) -> list[_Item]:
    """ "Quorvex, which raised $50 million last year, has a new backer", "Après avoir levé 50 M€ en 2023, X ...": the
    amounts (or dates) of the sentence but those said in a clause that tells another deal and does not hold the
    statement's word, or the other way round (:mod:`knowgraph.facts.clauses`)."""
    if not amounts:
        return amounts
    words = clause_words(lang)
    sent = doc[trigger].sent
    parties = party_tokens(doc, keys, sent.start, sent.end)
    kept = []
    for amount in amounts:
        span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        # the amount in such a clause and the statement outside it, or the other way round ("Quorvex, which closed a
        # round led by A in 2022, raised $40 million")
        if span is None or not (
            another_clause(span.root, doc[trigger], words, parties)
            or another_clause(doc[trigger], span.root, words, parties)
        ):
            kept.append(amount)
    return kept


def _told_apart(doc: Doc, event: Event, other: Event, words: ClauseWords) -> bool:
    """ "Quorvex, which raised $50 million from A last year, has a new backer, B": two statements of one sentence,
    one in a clause that tells another deal and does not hold the other, are two deals."""
    return triggers_apart(
        doc,
        (f.trigger for f in event.evidence),
        (f.trigger for f in other.evidence),
        words,
        {*_event_parties(event), *_event_parties(other)},
    )


def _apart(doc: Doc, trigger: int, event: Event, words: ClauseWords) -> bool:
    """Is a raise said in one clause of a sentence and ``event`` in another that tells another deal (or the other
    way round), ``event`` being said in that sentence only?"""
    sent = doc[trigger].sent.start
    return bool(event.evidence) and all(
        doc[f.trigger].sent.start == sent
        and triggers_apart(doc, (trigger,), (f.trigger,), words, _event_parties(event))
        for f in event.evidence
    )


def _not_another_deals(
    doc: Doc, fact: Fact, amounts: list, anchor: int, deal_nouns: dict[str, str], price_words: set[str] = frozenset()
) -> list:
    """ "L'investissement de Kernwerk dans Quillon ... après l'acquisition de Brintel pour 3 milliards": an
    amount past a deal noun of another kind (between the trigger and the amount) is that deal's, unless a
    price word puts that noun as what is paid ("a racheté X moyennant un investissement de 215 M$")."""
    if not amounts or not deal_nouns:
        return amounts
    sent = doc[fact.trigger].sent
    others = [
        t.idx
        for t in sent
        if t.i != fact.trigger
        and deal_nouns.get(t.lemma_.lower(), fact.event) != fact.event
        and t.pos_ == "NOUN"
        and not any(w.lower_ in price_words for w in doc[max(sent.start, t.i - 2) : t.i])
    ]
    if not others:
        return amounts
    return [a for a in amounts if not any(min(anchor, a.start) < o < max(anchor, a.start) for o in others)]


def _sentences_apart(doc: Doc, sent_start: int, token: int) -> int:
    other = doc[token].sent.start
    lo, hi = sorted((sent_start, other))
    return sum(1 for t in doc[lo:hi] if t.is_sent_start)


def _shift(item, offset: int):
    return replace(item, start=item.start + offset, end=item.end + offset)


def _nearest(items, anchor: int):
    if not items:
        return None
    return min(items, key=lambda item: (abs(item.start - anchor), item.start))
