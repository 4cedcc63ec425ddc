"""Subjects of partnership verbs that the parse loses: "Le consortium Oreus et l'entreprise Core42 se sont
associés", "Lors du salon de Lyon, Nexalia et Kernwerk ont annoncé leur alliance". Used by
:class:`~knowgraph.facts.relations.verbs.VerbFrames` for symmetric relations::

    pronominal(verb, {"se", "s'"})  # "se sont alliés": active, though the tagger reads an adjective
    coordinated_before(verb, resolver, {"Organization"}, {"et"}, {"se", "s'"})  # [Nexalia, Kernwerk]
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.arguments.subjects import end_before_apposition
from knowgraph.facts.relations.facts import LINEAR_FALLBACK
from knowgraph.mentions.coordination import listed_before
from knowgraph.mentions.coref import Referent, Resolver


def pronominal(verb: Token, reflexives: set[str]) -> bool:
    """ "Nexalia et Kernwerk se sont alliés", "s'est associée à": a reflexive pronoun before the auxiliary
    être makes a compound past, active whatever the tagger read as a participle or an adjective."""
    if not reflexives:
        return False
    doc, k = verb.doc, verb.i - 1
    while k > verb.sent.start and doc[k].pos_ == "ADV" and verb.i - k <= 3:
        k -= 1  # "se sont notamment alliés"
    if k - 1 >= verb.sent.start and doc[k].lemma_.lower() == "être" and doc[k - 1].lower_ in reflexives:
        return True
    # "s'est par ailleurs associée": an adverbial phrase between the auxiliary and the participle; the
    # auxiliary found on the parse, the reflexive pronoun right before it
    return any(
        c.dep_.startswith("aux")
        and c.lemma_.lower() == "être"
        and c.i - 1 >= verb.sent.start
        and doc[c.i - 1].lower_ in reflexives
        for c in verb.children
        if c.i < verb.i
    )


def coordinated_before(
    verb: Token,
    resolver: Resolver,
    types: set[str],
    coordinators: set[str],
    reflexives: set[str],
    fields: frozenset[str] | set[str] = frozenset(),
) -> list[Referent]:
    """The names coordinated right before ``verb`` (past its auxiliaries, a reflexive pronoun and adverbs),
    read from the words when the parser lost the subject: two names at least, joined by a coordinator,
    each possibly after a lower-case description ("l'entreprise émiratie Core42", with a field in ``fields``:
    "le géant des puces Kernwerk") or before an aside in brackets or a relative clause
    (:func:`knowgraph.mentions.coordination.listed_before`); an apposition may close the list ("..., et B, la
    banque publique, se sont associés"). A name in a phrase before the list ("Selon Reuters, A et B ont ...")
    is none of it."""
    doc, start = verb.doc, verb.sent.start
    k = verb.i - 1
    while k >= start and (
        doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in reflexives or doc[k].dep_.startswith("aux")
    ):
        k -= 1
    k = end_before_apposition(k, start, resolver)
    last = resolver.mention_at(k) if k >= start else None
    if last is None or last.end != k + 1:
        return []
    found = resolver.resolve(doc[last.start], types, coordinated=False)[:1]
    if not found:
        return []
    listed = listed_before(
        last,
        resolver,
        types,
        coordinators=coordinators,
        same_type=False,
        described=fields,
        preposition="drop",
        limit=len(doc),
    )
    if not listed or not any(doc[i].lower_ in coordinators for i in range(listed[0].token, last.start)):
        return []
    return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in [*listed, *found]]


def repeated_preposition(
    verb: Token, found: list[Referent], preps: set[str], resolver: Resolver, types: set[str], coordinators: set[str]
) -> list[Referent]:
    """ "Kernwerk s'est associé à Quillon, une licorne qui ..., et à Brintel": after the partners the verb's
    preposition introduced, a coordinator and the same preposition again name one more, however long the
    apposition in between (the parse hangs the second one on the apposition)."""
    if not found:
        return []
    doc, sent = verb.doc, verb.sent
    known = {r.key for r in found}
    extra: list[Referent] = []
    k = max(r.token for r in found) + 1
    while k + 2 < sent.end:
        if doc[k].lower_ in coordinators and doc[k + 1].lower_ in preps:
            j, n = k + 2, 0
            while (
                j < sent.end and n < 4 and (doc[j].pos_ == "DET" or doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"))
            ):
                j, n = j + 1, n + 1
            span = resolver.mention_at(j)
            if span is not None and span.start == j:
                for r in resolver.resolve(doc[j], types, coordinated=False)[:1]:
                    if r.key not in known:
                        known.add(r.key)
                        extra.append(Referent(r.key, r.factor * LINEAR_FALLBACK, r.token))
                k = span.end
                continue
        k += 1
    return extra
