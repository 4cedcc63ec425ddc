"""Words around an amount that say whether it is the amount of a deal: valuations, revenues and prices
per share are amounts, but not the one raised or paid (``amount_exclusions``, ``amount_exclusions_after``
and ``deal_price_words`` in patterns.yaml); used by :mod:`knowgraph.facts.events`.

    excluded("valued at $4.5 billion", 10, ["valued at"])  # True: a valuation
    excluded("in a deal valued at $1.2 billion", 20, ["valued at"], deals=(("deal",), ("valued at",)))  # False
    followed(" a share in cash", 0, ("a share",))  # True: "$56 a share" is a price per share
    compared("valued at $2 billion, up from $500 million", 32, ("up from",))  # True: an earlier figure
"""

from __future__ import annotations

import re

# "a deal that two people valued at": a noun, a relative pronoun and the clause's words up to the price words
_RELATIVE_AFTER_NOUN = re.compile(r"(?=(\w+),?\s+(?:(?:that|which|que)\b|qu['\u2019])[^,;:.()]{0,60}$)")
# "the transaction was valued at": the copula between a deal noun and the price words
_COPULA_END = re.compile(r"\s+(?:is|was|has been|had been|est|était|a été)$")


def compared(sentence: str, start: int, words: tuple[str, ...]) -> bool:
    """ "valued at $2 billion, up from $500 million last year": the words right before the amount make it a figure
    the news is compared with, not the deal's."""
    before = sentence[max(0, start - 30) : start].rstrip().lower().replace("\u2019", "'")
    return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalpha()) for w in words)


def followed(sentence: str, end: int, words: tuple[str, ...]) -> bool:
    """ "a $7.4 billion valuation for Nexalia": the word after the amount says it is not the deal's."""
    return bool(words) and sentence[end : end + 30].lstrip(" -").lower().replace("\u2019", "'").startswith(words)


def past_followers(sentence: str, end: int, words: tuple[str, ...]) -> int:
    """Where the words after an amount that say what it counts end ("$3 billion in revenue"), or ``end``: they are
    that amount's, and qualify no amount after it ("X, with $3 billion in revenue, raised $400 million")."""
    after = sentence[end : end + 30]
    rest = after.lstrip(" -")
    lowered = rest.lower().replace("\u2019", "'")
    found = max((w for w in words if lowered.startswith(w)), key=len, default=None)
    return end if found is None else end + len(after) - len(rest) + len(found)


def excluded(
    sentence: str, start: int, words: list[str], since: int = 0, deals: tuple[tuple[str, ...], ...] = ((), ())
) -> bool:
    """Valuations and revenues are amounts, but not the amount of the deal (the words are looked for
    in the 40 characters before the amount, from ``since`` on), unless a deal noun before a price word
    names what is valued ("the deal valued at $2 billion", "the purchase of X, valued at $2 billion")."""
    nouns, price_words = deals
    lo = max(since, start - 40)
    original = sentence[lo:start]
    before = original.lower()
    for word in words:
        at = before.find(word)
        while at >= 0 and _inside_a_name(original, at, len(word)):
            at = before.find(word, at + 1)  # "Salesforce", "Costco": a name, not "sales" nor "cost"
        if at < 0:
            continue
        ahead = _COPULA_END.sub("", before[:at].rstrip(" ,"))  # "the transaction was valued at"
        if nouns and (ahead.endswith(nouns) or (word in price_words and _deal_of(ahead, nouns))):
            continue
        if nouns and word in price_words and _deal_relative(sentence[since : lo + at].lower(), nouns):
            continue
        return True
    return False


def _deal_relative(text: str, nouns: tuple[str, ...]) -> bool:
    """Does ``text`` end with a deal noun and a relative clause that goes on to the price word ("in a deal that two
    people familiar with the matter valued at", "une opération que deux sources valorisent à")?"""
    return any(m.group(1) in nouns for m in _RELATIVE_AFTER_NOUN.finditer(text))


def _inside_a_name(text: str, at: int, length: int) -> bool:
    """Is ``text[at:at + length]`` inside a longer word, or the start of a capitalised one that goes on
    well past it ("Salesforce"; not "Valorisée", an inflection of the word)?"""
    end = at + length
    rest = len(text[end:]) - len(text[end:].lstrip("abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿ"))
    return (at > 0 and text[at - 1].isalpha()) or (text[at].isupper() and rest >= 3)


def _deal_of(text: str, nouns: tuple[str, ...]) -> bool:
    """Does ``text`` end with a deal noun and its object ("the acquisition of run:ai", "le rachat de x")?"""
    words = text.split()
    for k in range(max(0, len(words) - 5), len(words) - 1):
        if words[k] in nouns and (words[k + 1] in ("of", "de", "du") or words[k + 1].startswith(("d'", "d\u2019"))):
            return True
    return False


def of_another_thing(doc, amount, nouns: frozenset[str], verbs: frozenset[str]) -> bool:
    """ "through its $500 million fund", "as part of a $10 billion push", "via son fonds de 500 millions", "which
    manages $9 billion": an amount that sizes a noun of another thing (a fund, a plan, a business:
    ``amount_owner_nouns`` in patterns.yaml, with its own determiner) or is the object of a verb that tells no deal
    (``amount_owner_verbs``) is not the deal's."""
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    if head.i == root.i:
        return False
    if head.pos_ in ("VERB", "AUX"):
        return root.dep_ in ("obj", "dobj") and head.lemma_.lower() in verbs
    if head.lower_ == "worth":
        # "Kernwerk, worth $3 trillion, bought X", "X, which is worth $1 billion": what a company is worth ("a deal
        # worth", "the deal, which is worth" stay)
        named = head.head if head.head.dep_ != "relcl" else head.head.head
        return named.pos_ == "PROPN"
    return (
        head.pos_ == "NOUN"
        and root.dep_ in ("nummod", "compound", "nmod", "quantmod")
        and (head.lemma_.lower() in nouns or head.lower_ in nouns)
        and any(c.dep_ in ("det", "poss", "nmod:poss") for c in head.children)
    )


def raised(doc, amount, raise_words: frozenset[str], deal_nouns: tuple[str, ...] = ()) -> bool:
    """ "Fresh from its $20 million Series A, X acquired Y", "X, which raised $20 million last year, bought Y": an
    amount whose phrase a round noun or a raise verb governs is that round's, not the price of an acquisition."""
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head  # the word the amount's phrase hangs on
    if head.i == span.root.i:
        return False
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head  # "une levée de fonds de 20 millions": the noun the preposition hangs on
    if head.pos_ == "VERB" and any(
        c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and c.lemma_.lower() in deal_nouns for c in head.children
    ):
        # "a finalisé le rachat pour 300 millions", "le rachat, pour 300 millions, a été finalisé": the verb closes
        # the acquisition, raises nothing
        return False
    # "$20 million Series A": the name of a round, "Series" a compound of its letter
    words = {head, *(c for c in head.children if c.dep_ == "compound")} if head.pos_ == "PROPN" else {head}
    return head.pos_ in ("NOUN", "PROPN", "VERB") and any(
        w.lemma_.lower() in raise_words or w.lower_ in raise_words for w in words
    )
