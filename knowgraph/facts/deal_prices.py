"""The price of a deal said in a later sentence than the deal: "Kernwerk has acquired Nexalia. ... The $700
million acquisition ...", "Brintel a racheté Quillon ... Brintel a déboursé 300 millions d'euros pour cette jeune
pousse", or in the round-up heading before it ("Quillfeather — £22 million."); used by :mod:`knowgraph.facts.events`
for the events that have no amount of their own.

    amounts_of_the_deal_after(doc, events, patterns["deal_amount_nouns"], in_sentence, links)
    amounts_paid(doc, events, patterns["deal_payment"], in_sentence)
    amounts_of_the_heading(doc, events, in_sentence)

A definite deal noun ("the deal", "la transaction", "Kernwerk's $300 million bid for Nexalia") is the deal stated
last before it, so its amount goes to that event only: not when another deal of the same kind was stated in
between or in the same sentence, nor when the noun's own phrase names another company.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from knowgraph.facts.amounts import MonetaryAmount
from knowgraph.facts.relations import sentence_bounds
from knowgraph.mentions.entities import MENTIONS_KEY
from knowgraph.nlp.doccache import doc_text

if TYPE_CHECKING:
    from knowgraph.facts.events import Event

#: how many sentences after the deal a definite deal noun or a payment verb may give its price
DEAL_NOUN_SENTENCES = 3
#: a "sentence" of fewer alphabetic words (a name's "Inc." cut off, a credit line) does not count
_SHORT_SENTENCE = 4
_NAMING_DEPS = ("poss", "prep", "nmod", "compound", "nmod:poss")
_HEADING_DASHES = {"\u2014", "\u2013", "-", ":"}
_DEAL_AMOUNT_LINKS = {"", "de", "d'un montant de", "d’un montant de", "pour", "for", "worth", "of"}


def following_sentences(doc: Doc, sent: Span, count: int) -> Iterator[Span]:
    """The next ``count`` sentences after ``sent`` (fragments of a few words go by without being counted)."""
    seen = 0
    while seen < count and sent.end < len(doc):
        sent = doc[sent.end].sent
        if sum(t.is_alpha for t in sent) >= _SHORT_SENTENCE:
            seen += 1
        yield sent


def _org_mentions(doc: Doc) -> list:
    return [m for m in doc.spans.get(MENTIONS_KEY, []) if m.label_ == "Organization"]


def _first_sentence(doc: Doc, event: Event) -> Span:
    return doc[min(f.trigger for f in event.evidence)].sent


def _stated_in(doc: Doc, event: Event, lo: int, hi: int) -> bool:
    """Is one of ``event``'s statements in the sentences from token ``lo`` to token ``hi``?"""
    return any(lo <= doc[f.trigger].sent.start <= hi for f in event.evidence)


def amounts_of_the_deal_after(
    doc: Doc,
    events: list[Event],
    nouns: dict[str, list[str]],
    in_sentence,
    links: frozenset[str] = frozenset(),
    asides: tuple[str, ...] = (),
) -> None:
    """ "Kernwerk's acquisition of Quillon ... puts at risk the closing of the $400 million acquisition": an
    event with no amount takes the one a definite noun of the same deal gives in the next sentences
    (``deal_amount_nouns`` in patterns.yaml), when that noun can only be this deal: no other deal of its kind
    stated in its sentence or since, no other company named in the noun's phrase."""
    mentions = _org_mentions(doc)
    for event in events:
        words = set(nouns.get(event.type, []))
        if event.amount is not None or not words or not event.evidence:
            continue
        parties = {key for role in event.roles.values() for key in role}
        others = [e for e in events if e is not event and e.type == event.type and e.evidence]
        here = _first_sentence(doc, event)
        if any(_stated_in(doc, e, here.start, here.start) for e in others):
            continue  # two deals of one kind in one sentence: which one "the acquisition" is would be a guess
        for sent in following_sentences(doc, here, DEAL_NOUN_SENTENCES):
            if any(_stated_in(doc, e, here.start + 1, sent.start) for e in others):
                break  # a deal stated since is the one "the deal" speaks of
            amounts, _ = in_sentence(*sentence_bounds(sent))
            amount = next(
                (
                    a
                    for a in amounts
                    for t in sent
                    if _names_the_deal(t, a, words, links, asides) and not _names_another(t, parties, mentions)
                ),
                None,
            )
            if amount is not None:
                event.amount = amount
                break


def _names_another(noun, parties: set[str], mentions: list) -> bool:
    """Does the deal noun's phrase ("the $400 million acquisition of Brintel") name a company that is not a
    party of the event?"""
    # its possessive and its complements ("Brintel's", "of Brintel", "de Brintel"), not a list it heads by mistake
    tokens = {t.i for c in noun.children if c.dep_ in _NAMING_DEPS for t in c.subtree}
    return any(m.start in tokens and m.kb_id_ not in parties for m in mentions)


def amounts_paid(doc: Doc, events: list[Event], payment: dict, in_sentence) -> None:
    """ "Kernwerk has acquired Nexalia. The deal has Kernwerk paying $2 billion", "Brintel a racheté Quillon
    ... Brintel a déboursé 300 millions d'euros pour cette jeune pousse": an Acquisition with no amount takes the
    one a payment verb governs in its sentence or the next ones, when that sentence names one of its parties
    and the payment is for no other organisation (``deal_payment`` in patterns.yaml)."""
    verbs = set(payment.get("verbs", []))
    if not verbs:
        return
    targets = set(payment.get("for", []))
    modals = set(payment.get("modals", []))
    mentions = _org_mentions(doc)
    for event in events:
        if event.type != "Acquisition" or event.amount is not None or not event.evidence:
            continue
        parties = set(event.roles["acquirer"]) | set(event.roles["acquiree"])
        here = _first_sentence(doc, event)
        for sent in (here, *following_sentences(doc, here, DEAL_NOUN_SENTENCES)):
            named = {m.kb_id_ for m in mentions if sent.start <= m.start < sent.end}
            if not named & parties:
                continue
            amount = next(
                (
                    a
                    for verb in sent
                    if verb.lemma_.lower() in verbs
                    and verb.pos_ in ("VERB", "AUX")
                    and not _modal(verb, modals)
                    and not _paid_for_another(verb, targets, mentions, parties)
                    for a in in_sentence(*sentence_bounds(sent))[0]
                    if verb.idx < a.start <= verb.right_edge.idx
                ),
                None,
            )
            if amount is not None:
                event.amount = amount
                break


def dates_of_the_deal_after(
    doc: Doc, events: list[Event], nouns: dict[str, list[str]], closing: dict, in_sentence
) -> None:
    """ "Nexalia said on Wednesday that it had raised $45 million ... The round closed in December": an event dated
    by the day it was told (or not dated) takes the earlier date that a definite noun of the same deal, the subject of
    a closing verb (``deal_closing`` in patterns.yaml) in one of the next sentences, is said to have closed on."""
    verbs = set(closing.get("verbs", []))
    modals = set(closing.get("modals", []))
    if not verbs:
        return
    for event in events:
        words = set(nouns.get(event.type, []))
        if not words or not event.evidence or (event.date is not None and not _told_on_a_day(event.date)):
            continue
        others = [e for e in events if e is not event and e.type == event.type and e.evidence]
        here = _first_sentence(doc, event)
        if any(_stated_in(doc, e, here.start, here.start) for e in others):
            continue
        for sent in following_sentences(doc, here, DEAL_NOUN_SENTENCES):
            if any(_stated_in(doc, e, here.start + 1, sent.start) for e in others):
                break
            date = _closing_date(sent, words, verbs, modals, in_sentence)
            if date is not None:
                if event.date is None or date.value < event.date.value[: len(date.value)]:
                    event.date = date
                break


def _told_on_a_day(date) -> bool:
    """A date of the day a deal was told ("said on Wednesday", the publication day), not one said of the deal."""
    return date.precision == "day" and date.relative


def _closing_date(sent: Span, words: set[str], verbs: set[str], modals: set[str], in_sentence):
    """The date said of a closing verb whose subject is a definite deal noun of ``words`` ("The round closed in
    December", "L'opération a été finalisée en décembre"), in the sentence ``sent``."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or _modal(verb, modals):
            continue
        if "Fut" in verb.morph.get("Tense") or any("Fut" in c.morph.get("Tense") for c in verb.children):
            continue
        if not any(
            c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")
            and (c.lemma_.lower() in words or c.lower_ in words)
            and any(d.dep_ in ("det", "poss") and d.morph.get("Definite") != ["Ind"] for d in c.children)
            for c in verb.children
        ):
            continue
        _, dates = in_sentence(*sentence_bounds(sent))
        own = [
            d
            for d in dates
            if verb.left_edge.idx <= d.start and d.end <= verb.right_edge.idx + len(verb.right_edge.text)
        ]
        own = [d for d in own if _said_of(sent.doc, d) == verb.i]
        if own:
            return own[0]
    return None


def _said_of(doc: Doc, date) -> int | None:
    """The index of the verb a date is said of."""
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t.i for t in (span.root, *span.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def amounts_of_the_heading(doc: Doc, events: list[Event], in_sentence) -> None:
    """ "Quillfeather — £22 million. The London-based startup closed a Series A led by Ashgrove Partners": a deal with
    no amount takes the one of the round-up heading just before its first statement, a heading that is the name of
    the company the deal is about (the one raising or bought), a dash or a colon, and that one amount."""
    mentions = _org_mentions(doc)
    for event in events:
        if event.type == "Partnership" or event.amount is not None or not event.evidence:
            continue
        subject = event.roles["investee" if event.type == "Investment" else "acquiree"]
        here = _first_sentence(doc, event)
        before = _sentence_before(doc, here)
        if before is None:
            continue
        start, end = sentence_bounds(before)
        amounts, _ = in_sentence(start, end)
        name = next((m for m in mentions if m.start == before.start), None)
        if len(amounts) != 1 or name is None or name.kb_id_ not in subject:
            continue
        text = doc_text(doc)
        (amount,) = amounts
        if text[name.end_char : amount.start].strip() in _HEADING_DASHES and not text[amount.end : end].strip(" ."):
            event.amount = amount


def _sentence_before(doc: Doc, sent: Span) -> Span | None:
    """The sentence before ``sent``, past blank lines."""
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].sent if i >= 0 else None


def _modal(verb, modals: set[str]) -> bool:
    """ "could pay", "pourrait débourser": a payment not made."""
    return any(c.dep_.startswith("aux") and c.lemma_.lower() in modals for c in verb.children) or (
        verb.head.lemma_.lower() in modals and verb.dep_ in ("xcomp", "ccomp")
    )


def _paid_for_another(verb, targets: set[str], mentions: list, parties: set[str]) -> bool:
    """ "Kernwerk paid $2 billion for Ostrakon": the payment names what it buys; it is another deal's when
    that is an organisation other than the event's parties (a relative clause after it says nothing)."""
    for child in verb.subtree:  # on the verb or on the amount ("300 millions d'euros pour X")
        if child.lower_ in targets and child.dep_ in ("prep", "dative"):  # "paid ... for X": X hangs on "for"
            objects = list(child.children)
        elif any(c.dep_ == "case" and c.lower_ in targets for c in child.children):  # "pour X"
            objects = [child]
        else:
            continue
        for obj in objects:
            tokens = {t.i for t in obj.subtree} - {
                t.i for c in obj.children if c.dep_ in ("relcl", "acl", "acl:relcl", "appos") for t in c.subtree
            }
            if any(m.start in tokens and m.kb_id_ not in parties for m in mentions):
                return True
    return False


def _names_the_deal(
    noun, amount: MonetaryAmount, words: set[str], links: frozenset[str] = frozenset(), asides: tuple[str, ...] = ()
) -> bool:
    """ "the $700 million acquisition": a definite deal noun right after the amount, or before it and the
    words that give its price ("the deal is worth $700 million": ``deal_amount_links`` in patterns.yaml), past an
    aside that the price was not told and the pronoun that takes the noun up ("le montant de la transaction n'a pas
    été dévoilé, mais il serait de 35 millions": ``deal_amount_asides``)."""
    if noun.lemma_.lower() not in words and noun.lower_ not in words:
        return False
    # definite only: "a $1 billion funding round" a sentence later is another deal, not the one stated before
    if not any(
        c.dep_ in ("det", "poss") and c.i < noun.i and c.morph.get("Definite") != ["Ind"] for c in noun.children
    ):
        return False
    text = doc_text(noun.doc)
    if amount.end <= noun.idx:  # "the $700 million acquisition"
        between = text[amount.end : noun.idx]
        return len(between) < 12 and all(w.isalpha() or w == "-" for w in between.split())
    # "l'opération de 700 millions d'euros", "the deal, worth $700 million"
    after = text[noun.idx + len(noun.text) : amount.start].strip(" ,").lower().replace("\u2019", "'")
    while aside := next((a for a in asides if after.startswith(a)), None):
        after = after[len(aside) :].strip(" ,")
    return after in _DEAL_AMOUNT_LINKS or after in links
