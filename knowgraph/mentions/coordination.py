"""The names of a coordinated list, read from one of its names when the parse hangs the list on another word.

:func:`listed_before` serves every family that needs "the names listed before this one" (subjects of a verb,
the bearers of a plural title, the people "of" an organisation, partners and users of a cloud before a verb);
:func:`listed_after` is the resolver's reading of a list forward from a name ("Anthropic, Cohere et OpenAI",
:meth:`knowgraph.mentions.coref.Resolver.resolve`). What :func:`listed_before` reads, from the last name back:

* the glue between items: a comma, a coordinator of the language data (``coordinators`` in lexicon.yaml: "et",
  "ou", "and", "or", or the caller's own), or both ("A, B, and C": the serial comma);
* an aside in brackets after an item: "A (Iliad), B (ex-Google) et C";
* a relative clause after an item, between commas and before the coordinator: "A, qui a conçu X, et B";
* with ``described``, a lower-case description before an item: "l'entreprise émiratie Core42 et B";
* items of the type of the last name (``same_type``) that ``types`` lets through.

A list opened by a preposition ("Selon A, B et C ont dit": A is the source) is refused whole
(``preposition="refuse"``, for subjects), loses only the item after it (``"drop"``: "Selon Reuters, A et B";
"la filiale de Kernwerk et B": Kernwerk is a complement) or is read as it is (``"keep"``: "with A and B of
Kernwerk" are both of Kernwerk)::

    listed_before(span_of_C, resolver, {"Organization"})                      # [A, B] for "A, B et C ont"
    listed_before(span_of_C, resolver, {"Person"}, preposition="keep")       # [A, B] for "with A and B of X"
    listed_before(span, resolver, types, coordinators={"and"}, stop=own_organisation, limit=6)

Why one module: both directions read the same glue, asides and relative clauses of one list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from knowgraph.mentions.coref_article import LINKED, Referent
from knowgraph.mentions.names import is_ticker

if TYPE_CHECKING:
    from knowgraph.mentions.coref import Resolver

_ASIDE = 8  # words an aside in brackets holds at most
_RELATIVE = 16  # words a relative clause between commas holds at most
_DESCRIPTION = 6  # words of a description before a name


def listed_before(
    last: Span,
    resolver: Resolver,
    types: set[str] | None,
    *,
    coordinators: set[str] | None = None,
    ending_coordinator: bool = False,
    same_type: bool = True,
    asides: bool = True,
    relatives: bool = True,
    described: set[str] | frozenset[str] | None = None,
    preposition: str = "refuse",
    stop: Callable[[Span], bool] | None = None,
    limit: int = 8,
) -> list[Referent]:
    """The names listed before ``last`` in its sentence, in the order of the text, ``last`` not included (see
    the module docstring): "A, B et C", "A, B, and C", "A (Iliad), B (ex-Google) et C", "A, qui a conçu X, et
    B" read from the last name give the others.

    ``coordinators``: the glue words (the language's coordinators by default); ``ending_coordinator``: the
    list must end in one ("A, B et C", not the apposition "A, C"); ``same_type``: every item has the type of
    ``last``; ``described``: a lower-case description may come before each item (the fields its "de" may
    name, "le géant des puces Kernwerk"), ``last`` included; ``preposition``: "refuse", "drop" or "keep" a
    list opened by a preposition; ``stop``: an item it holds true of ends the list before it; ``limit``: items
    read at most.
    """
    doc = resolver.doc
    glue = resolver.coordinators if coordinators is None else coordinators
    sent_start = last.sent.start
    kind = resolver.type_of(last.kb_id_)
    k = last.start - 1
    if k > sent_start and is_ticker(doc[k].text):
        k -= 1  # "A et QLLN.O Quillon ont participé": a news agency's ticker before the name
    if described is not None:
        k, n = _description_start(doc, k, sent_start, described)
        if k >= sent_start and doc[k].pos_ == "ADP" and n == 0 and preposition == "drop":
            return []  # "la filiale de Kernwerk" is no item of a list
    if ending_coordinator and (k < sent_start or doc[k].lower_ not in glue):
        return []
    found: list[Referent] = []
    seen = {last.kb_id_}
    after_comma = False
    opener = k  # the word before the first item read
    while k > sent_start and len(found) < limit:
        if doc[k].lower_ in glue:
            k -= 1
            closed = k > sent_start and doc[k].text == ","  # ", et": a serial comma or a clause's end
            if closed:
                k -= 1
            after_comma = False
        elif doc[k].text == ",":
            k, closed, after_comma = k - 1, False, True
        else:
            break
        if asides and doc[k].text == ")":  # an aside after the name: "A (Iliad/Free)"
            opening = next((m for m in range(k - 1, max(sent_start, k - _ASIDE) - 1, -1) if doc[m].text == "("), None)
            if opening is None:
                break
            k = opening - 1
        elif relatives and closed:
            opening = _relative_opening(doc, k, sent_start, resolver.relatives)
            if opening is not None:
                k = opening - 2  # "A, qui a conçu X, et B": the clause is A's
        if k > sent_start and is_ticker(doc[k].text):
            k -= 1  # "A NVDA.O and B": an item's ticker after its name
        before = resolver.mention_at(k)
        if before is None or before.end != k + 1 or before.kb_id_ in seen:
            break
        if same_type and resolver.type_of(before.kb_id_) != kind:
            break
        if stop is not None and stop(before):
            break
        referents = [r for r in resolver.resolve(doc[before.start], types, coordinated=False) if r.key not in seen]
        if not referents:
            break
        k, n = before.start - 1, 0
        if described is not None:
            k, n = _description_start(doc, k, sent_start, described)
        if preposition == "drop" and k >= sent_start and doc[k].pos_ == "ADP" and (after_comma or n == 0):
            break  # "Selon Reuters, A et B": the source is none of the list
        seen.update(r.key for r in referents)
        found, opener = referents + found, k
    if preposition == "refuse" and found and opener >= sent_start and doc[opener].pos_ == "ADP":
        return []  # "Selon A, B et C ont dit": A is the source, the list is not one
    return found


def _relative_opening(doc, k: int, sent_start: int, relatives: set[str]) -> int | None:
    """The relative pronoun that opens the clause ending at ``k`` after a comma ("A, qui a conçu X, et"),
    with no comma inside; None when there is none within reach."""
    for m in range(k, max(sent_start + 1, k - _RELATIVE), -1):
        if doc[m].text == ",":
            return None
        if doc[m].lower_ in relatives and doc[m - 1].text == ",":
            return m
    return None


def _description_start(doc, k: int, sent_start: int, fields) -> tuple[int, int]:
    """Where the lower-case description that ends at ``k`` before a name starts (the index before it) and how
    many words it has: "l'entreprise émiratie Core42", "le géant des puces Kernwerk"; a description starts with
    its noun, not with a preposition."""
    n = 0
    while k >= sent_start and n < _DESCRIPTION and _describes(doc[k], n, fields):
        k, n = k - 1, n + 1
    while n and doc[k + 1].pos_ == "ADP":
        k, n = k + 1, n - 1
    return k, n


def _describes(token: Token, n: int, fields) -> bool:
    """Is ``token`` part of the lower-case description before a listed name ("l'entreprise émiratie Core42",
    "le géant des puces Kernwerk", "le fonds d'investissement Quillon")? A field in "de" may be in it, but
    not right before the name ("la filiale de Kernwerk": Kernwerk is the complement, not the one listed)."""
    if not token.is_lower:
        return False
    if token.pos_ in ("DET", "NOUN", "ADJ", "PROPN"):
        return True  # a lower-case word the tagger calls a proper noun: "le fonds émirati"
    return n > 0 and token.pos_ == "ADP" and token.lower_ in fields


def listed_after(resolver: Resolver, start: int, types, origin: int = -1) -> list[Referent]:
    """The names coordinated after the name that starts at ``start``, forward over commas and coordinators:
    "Anthropic, Cohere et OpenAI" -> Cohere, OpenAI (``origin``: the word resolved, which no relative clause
    skipped over may hold). Each item may follow a determiner or a description noun ("et la startup xAI"),
    an item's ticker, an aside in brackets ("par Léa Roux (ex-Brintel) et Dana Brook"), an apposition or a
    relative clause between commas ("A, qui a conçu X, et B"); a possessive ("Nvidia's venture arm"), a
    finite verb that opens a new clause, or an organisation's own organisation ("Lumo de Kernwerk") ends
    the list::

        listed_after(resolver, span.start, {"Organization"})  # [Referent(cohere), Referent(openai)]
    """
    doc = resolver.doc
    text, pos, lower = resolver.article.texts, resolver.columns.pos, resolver.lowers  # no Token object per look
    n_tokens = len(text)
    out = []
    span = resolver.index.get(start)
    if span is None:
        return out
    j = span.end
    while j < n_tokens - 1:
        if is_ticker(text[j]):
            j += 1  # "CrowdStrike CRWD.O and Airbnb": an item's ticker
            continue
        priced = _price_end(doc, j, resolver.words.price_prepositions)
        if priced is not None and priced < n_tokens and lower[priced] in resolver.coordinators:
            nxt = resolver.index.get(priced + 1)
            if nxt is not None and _price_end(doc, nxt.end, resolver.words.price_prepositions) is not None:
                j = priced  # "bought A for $7 million and B for $3 million": each item with its price
                continue
        if text[j] == "(" and ")" in text[j + 1 : j + 8]:
            # "par Léa Roux (ex-Brintel) et Dana Brook": an aside in brackets after a name
            j = text.index(")", j + 1) + 1
            continue
        if lower[j] in resolver.coordinators or text[j] == ",":
            k = j + 1
            if text[j] == "," and k < n_tokens - 1 and lower[k] in resolver.coordinators:
                k += 1  # "A, B, and C": the serial comma before the last item
            while k < n_tokens and (
                pos[k] == "DET"
                or lower[k] in resolver.genitive_words
                or (lower[j] in resolver.coordinators and lower[k] in resolver.comitative_prepositions)
                # "dans A et dans B", "to A and to B": the first item's preposition said again
                or (
                    lower[j] in resolver.coordinators
                    and span.start > 0
                    and lower[k] == lower[span.start - 1]
                    and pos[k] == "ADP"
                )
            ):
                k += 1
            nxt = resolver.index.get(k)
            if nxt is None and lower[j] in resolver.coordinators and types and pos[k] == "PROPN":
                # "auprès de Brume Capital et de X": an unknown last item takes the slot's kind, as its mates have;
                # not the first words of another name ("Air" of "Air France", "Chief Scientist" before a person's)
                after = k
                while after < n_tokens and text[after][:1].isupper() and after not in resolver.index:
                    after += 1
                if after not in resolver.index and resolver.by_name.coerce(doc[k], types):
                    nxt = resolver.index.get(k)
            if nxt is None:
                # "et la startup xAI": a description introducing a name
                if k < n_tokens and pos[k] == "NOUN" and k + 1 in resolver.index:
                    nxt = resolver.index[k + 1]
                elif text[j] == ",":
                    # "Lucie Ferrand, ancienne ingénieure d'Airbus, et Marc-Antoine Diallo": skip the apposition,
                    # or a relative clause ("A, qui a conçu X, et B, qui ...")
                    relative = lower[k] in resolver.relatives
                    m = k
                    while (
                        m < min(len(doc), k + (16 if relative else 10))
                        and doc[m].text != ","
                        and (relative or doc[m].pos_ not in ("VERB", "AUX"))
                        and not doc[m].is_sent_start
                    ):
                        m += 1
                    if relative and k <= origin < m:
                        break  # "A, qui a conçu X, et B": the relative pronoun is A's alone
                    if m + 1 < n_tokens and text[m] == "," and lower[m + 1] in resolver.coordinators:
                        j = m + 1
                        continue
                    break
                else:
                    break
            if types and nxt.label_ not in types:
                break
            if (
                nxt.end + 1 < n_tokens
                and lower[nxt.end] in ("'s", "’s")
                and lower[j] in resolver.coordinators
                and resolver.index.get(nxt.end + 1) is not None
                and resolver.index[nxt.end + 1].label_ == "Product"
                and types
                and "Product" not in types
                and nxt.label_ in types
            ):
                # "with Amazon Web Services and Microsoft's Azure": the owner of the product is the last item
                out.append(Referent(nxt.kb_id_, LINKED * 0.9, nxt.start))
                break
            if nxt.end < n_tokens and lower[nxt.end] in ("'s", "’s"):
                break  # ", Nvidia's venture arm,": an apposition, not the next item of a list
            if (
                lower[j] in resolver.coordinators
                and nxt.end < n_tokens
                and doc[nxt.end].pos_ in ("VERB", "AUX")
                and "Fin" in doc[nxt.end].morph.get("VerbForm")
                and span.root.dep_ in ("pobj", "dobj", "obj", "obl", "obl:arg", "nmod")
                and not _has_subject(doc[nxt.end])
            ):
                # "Kernwerk pledged $2 billion to Nexalia and Brintel pledged $1 billion": a
                # name before a finite verb the parser left without a subject opens a new clause after a list
                # that is a complement (not "the rivalry between Nvidia and AMD has shaped ...")
                break
            owner = resolver.index.get(nxt.end + 1) if nxt.end + 1 < n_tokens else None
            if (
                owner is not None
                and lower[nxt.end] in resolver.genitive_words
                and nxt.label_ != "Person"
                and owner.label_ in ("Organization", "Company")
            ):
                # "Nexalia financée par Brintel et Lumo de Kernwerk": an organisation of another
                # organisation starts a new item of an outer list, not a co-agent of the first name
                break
            out.append(Referent(nxt.kb_id_, LINKED, nxt.start))
            j = nxt.end
            continue
        break
    return out


def _has_subject(verb: Token) -> bool:
    """Has the clause of ``verb`` (an auxiliary's verb for an auxiliary) a subject in the parse?"""
    main = verb.head if verb.dep_.startswith("aux") else verb
    return any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in main.children)


def _price_end(doc, j: int, prepositions: set[str]) -> int | None:
    """Where the price that starts at ``j`` ends ("for $700 million": a price preposition, then a money
    amount the NER marks), None when there is none."""
    if j + 1 >= len(doc) or doc[j].lower_ not in prepositions or doc[j + 1].ent_type_ != "MONEY":
        return None
    m = j + 1
    while m < len(doc) and doc[m].ent_type_ == "MONEY":
        m += 1
    return m


def example_start(token: Token, markers: set[str], genitives: set[str]) -> int:
    """Where the first example after the noun ``token`` starts ("des entreprises comme A", "companies such as A"),
    past its adjectives, the things a count noun counts ("une dizaine de laboratoires, dont A", "dozens of labs,
    including A") and a comma before the marker after a plural ("à des laboratoires, dont A"); -1 if none."""
    doc, k = token.doc, token.i + 1
    while k < len(doc) and k - token.i < 4 and doc[k].pos_ == "ADJ" and doc[k].lower_ not in markers:
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in genitives and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
        k += 2
    if (
        k + 1 < len(doc)
        and doc[k].text == ","
        and "Plur" in doc[k - 1].morph.get("Number")  # ("la société, dont X détient 10 %": a relative clause)
        and doc[k + 1].lower_ in markers
        and doc[k + 1].lower_ not in ("comme", "like")  # (", comme X le fait": a comparison, no example)
    ):
        k += 1
    if k >= len(doc) or doc[k].lower_ not in markers:
        return -1
    m = k + 1
    while m < len(doc) and doc[m].lower_ in {"que", "as"}:
        m += 1
    return m
