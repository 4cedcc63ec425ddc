"""Clauses of a sentence that tell another deal than its statement's; used by :mod:`knowgraph.facts.events` so that
an amount said there is not given to the statement outside, nor the two statements made one event:

- an adverbial clause of an earlier time: "Having raised $50 million in 2023, X ...", "Après avoir levé 50 millions
  l'an dernier, X ...", "..., after raising $50 million" (its subordinator, preposition or auxiliary is one of
  ``earlier_rounds.clause_marks`` in patterns.yaml);
- a relative clause with a date of its own on the company the deal is about (the one raising or bought): "Quorvex,
  which raised $50 million last year, has a new backer, Y";
- a relative clause on anyone, told as earlier than the sentence's news: "Y, qui avait déjà investi 8 millions en
  2022, ..." (a pluperfect auxiliary or an adverb of ``earlier_rounds.clause_earlier``).

A relative clause on a deal noun ("Pell Capital headed the round, which Ardent joined"; ``rounds.nouns`` and
``deal_amount_nouns``) tells the same deal, and so does one on an investor told in the simple past ("backed by Y,
which led its first round").

    words = clause_words("en")
    another_clause(doc[amount_root], doc[trigger], words, parties)   # True: the amount is that clause's
"""

from __future__ import annotations

import datetime
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from knowgraph.facts.dates import find_dates
from knowgraph.mentions.entities import MENTIONS_KEY
from knowgraph.nlp.doccache import doc_text
from knowgraph.nlp.resources import language_data

_RELATIVE = ("relcl", "acl:relcl")
_ADVERBIAL = ("advcl", "pcomp")
_FUNCTION_WORDS = frozenset({"de", "d'", "du", "des", "of", "the", "a"})
_MENTION_INDEX = "kg_mention_tokens"
#: a day against which relative dates ("last year") are read, only to know that a clause says one
_ANY_DAY = datetime.date(2020, 6, 15)


@dataclass(frozen=True)
class ClauseWords:
    lang: str
    marks: frozenset[str]  # "after", "having", "après", "ayant"
    earlier: frozenset[str]  # "had", "already", "avait", "déjà"
    deal_nouns: frozenset[str]  # "round", "acquisition", "levée"


@cache
def clause_words(lang: str) -> ClauseWords:
    """``earlier_rounds.clause_marks`` and ``clause_earlier``, and the round and deal nouns, of patterns.yaml."""
    patterns = language_data(lang, "patterns")
    earlier = patterns.get("earlier_rounds", {})
    nouns = [w for noun in patterns.get("rounds", {}).get("nouns", []) for w in noun.split()]
    nouns += [w for words in patterns.get("deal_amount_nouns", {}).values() for w in words]
    return ClauseWords(
        lang,
        frozenset(w.lower() for w in earlier.get("clause_marks", [])),
        frozenset(w.lower() for w in earlier.get("clause_earlier", [])),
        frozenset(w.lower() for w in nouns if w.lower() not in _FUNCTION_WORDS),
    )


def party_tokens(doc: Doc, keys: Collection[str], sent_start: int, sent_end: int) -> frozenset[int]:
    """The tokens of the sentence's mentions of the entities ``keys``."""
    index = doc.user_data.get(_MENTION_INDEX)
    if index is None:
        index = {}
        for m in doc.spans.get(MENTIONS_KEY, []):
            index.setdefault(m.kb_id_, []).append((m.start, m.end))
        doc.user_data[_MENTION_INDEX] = index
    return frozenset(
        i
        for key in keys
        for start, end in index.get(key, ())
        if sent_start <= start < sent_end
        for i in range(start, end)
    )


def forget_mentions(doc: Doc) -> None:
    """Drop the index :func:`party_tokens` keeps of the document's mentions (to read them afresh)."""
    doc.user_data.pop(_MENTION_INDEX, None)


def another_clause(token: Token, trigger: Token, words: ClauseWords, parties: frozenset[int] = frozenset()) -> bool:
    """Is ``token`` inside a clause that tells another deal (see the module) and does not hold ``trigger`` (the word
    of the statement)? ``parties``: the tokens that name the company the deal is about."""
    for node in (token, *token.ancestors):
        if node.i == trigger.i or node.is_ancestor(trigger):
            return False  # the clause that holds both
        if node.pos_ in ("VERB", "AUX") and subordinate(node, words, parties):
            return True
    return False


def in_an_earlier_clause(token: Token, words: ClauseWords) -> bool:
    """Is ``token`` inside an adverbial clause of an earlier time or a relative clause told as earlier ("a year after
    Quorvex raised $50 million", "Y, qui avait déjà investi")? Such a clause is not the news of the day."""
    for node in (token, *token.ancestors):
        if node.pos_ in ("VERB", "AUX") and (
            _antecedent(node) is not None
            and told_earlier(node, words)
            or node.dep_ in _ADVERBIAL
            and subordinate(node, words)
        ):
            return True
    return False


def triggers_apart(
    doc: Doc, triggers: Iterable[int], others: Iterable[int], words: ClauseWords, keys: Collection[str] = ()
) -> bool:
    """Are two statements, one said at one of ``triggers`` and the other at one of ``others`` (token indices), said
    in one sentence in clauses that tell two deals? ``keys``: the entities the deal is about."""
    others = list(others)
    for i in triggers:
        for j in others:
            sent = doc[i].sent
            if doc[j].sent.start != sent.start:
                continue
            parties = party_tokens(doc, keys, sent.start, sent.end)
            if another_clause(doc[i], doc[j], words, parties) or another_clause(doc[j], doc[i], words, parties):
                return True
    return False


def subordinate(verb: Token, words: ClauseWords, parties: frozenset[int] | None = frozenset()) -> bool:
    """Is ``verb`` the verb of a clause that tells another deal (see the module)? With ``parties`` None, any relative
    clause not on a deal noun is one."""
    antecedent = _antecedent(verb)
    if antecedent is not None:
        if antecedent.lemma_.lower() in words.deal_nouns or antecedent.lower_ in words.deal_nouns:
            return False
        return (
            parties is None
            or told_earlier(verb, words)
            or (_names(antecedent, verb, parties) and _dated(verb, words.lang))
        )
    if verb.dep_ not in _ADVERBIAL:
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ in words.marks:
        return True  # "after raising $50 million"
    return any(c.dep_ in ("mark", "aux", "aux:tense", "case") and c.lower_ in words.marks for c in verb.children)


def told_earlier(verb: Token, words: ClauseWords) -> bool:
    """ "which had raised", "qui avait déjà investi": a pluperfect auxiliary or an adverb of an earlier time
    (``earlier_rounds.clause_earlier``)."""
    return any(c.dep_.startswith(("aux", "advmod")) and c.lower_ in words.earlier for c in verb.children)


def _dated(verb: Token, lang: str) -> bool:
    """Does the clause of ``verb`` say a date of its own ("which raised $50 million last year")? A clause on the
    company with none ("the round of Quillon, which raised $20 million") may tell the sentence's own deal."""
    doc = verb.doc
    text = doc_text(doc)[verb.left_edge.idx : verb.right_edge.idx + len(verb.right_edge.text)]
    return bool(find_dates(text, lang, _ANY_DAY))


def _names(antecedent: Token, verb: Token, parties: frozenset[int]) -> bool:
    """Does the phrase a relative clause is on (or the name it is in apposition to) name one of ``parties``?"""
    if not parties:
        return False
    clause = {t.i for t in verb.subtree}
    nodes = (antecedent, antecedent.head) if antecedent.dep_ == "appos" else (antecedent,)
    return any(t.i in parties and t.i not in clause for node in nodes for t in node.subtree)


def _antecedent(verb: Token) -> Token | None:
    """The word a relative clause whose verb is ``verb`` is on, or None when it is no relative clause."""
    if verb.dep_ in _RELATIVE:
        return verb.head
    if verb.dep_ == "ROOT":
        return None
    # "Quorvex, qui avait levé 10 millions": a relative clause the parser may hang on the main verb; its antecedent
    # is the word before the relative pronoun
    pronoun = next(
        (
            c
            for c in verb.children
            if c.i < verb.i and c.dep_.startswith(("nsubj", "obj", "dobj")) and "Rel" in c.morph.get("PronType")
        ),
        None,
    )
    if pronoun is None:
        return None
    return next((t for t in reversed(verb.doc[verb.sent.start : pronoun.i]) if not t.is_punct), pronoun)
