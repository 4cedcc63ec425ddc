"""Titles that head a part of a company, not the company: a deputy ("directeur général délégué de X",
"deputy CEO of X"), the chief of a unit or a field ("patron de l'IA chez X", "PDG de la filiale française de
X", "Kernwerk machine learning chief Dana Brook"). Such a title says worksFor, never ceoOf.

    class NounFrames(TitleParts, RuleFamily):
        ...
        if relation == "ceoOf" and self._heads_a_part(noun, pattern, complements):
            relation = "worksFor"

The words are ``deputy_words`` (patterns.yaml ``lists``), ``acronym_modifiers`` and the noun frames' own
trigger nouns (``subsidiaryOf.noun``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.mentions.coref import LINKED, Referent, Resolver


def market_after(complement: Span | None, resolver: Resolver, lists: dict) -> bool:
    """Does a market follow a title's organisation: "pour la France", "pour le marché canadien", "for Europe"
    (one of ``scope_prepositions``, then a place or one of ``scope_nouns``)?"""
    if complement is None:
        return False
    doc, end = resolver.doc, complement.sent.end
    k = complement.end
    if k >= end or doc[k].lower_ not in lists.get("scope_prepositions", ()):
        return False
    k += 1
    while k < end and doc[k].pos_ == "DET":
        k += 1
    if k >= end:
        return False
    place = resolver.mention_at(k)
    return (place is not None and place.label_ == "Place") or doc[k].lemma_.lower() in lists.get("scope_nouns", ())


class TitleParts:
    """Mixin for the noun frames (through :class:`~knowgraph.facts.relations.person_titles.TitleArguments`)."""

    def _domain_words_start(self, start: int, first: int, resolver: Resolver) -> int:
        """Where the words of a domain before a title start ("machine learning" in "Kernwerk machine learning
        chief", "AI" in "Quillon AI chief"): common nouns (with their adjectives and gerunds) and acronyms of a
        field, back from ``first``, the title's first word; ``start`` when none, or when no noun is among them
        ("Kernwerk's new CEO": an adjective says nothing of a part)."""
        doc = resolver.doc
        k, noun_seen = start, False
        while k - 1 >= doc[first].sent.start and first - k < 4 and resolver.mention_at(k - 1) is None:
            word = doc[k - 1]
            acronym = self._acronym_modifier(word)
            if not (acronym or word.is_lower and word.pos_ in ("NOUN", "ADJ", "VERB")):
                break
            noun_seen = noun_seen or acronym or word.pos_ == "NOUN"
            k -= 1
        return k if noun_seen and k < start else start

    def _heads_a_part(self, noun: Token, pattern, complements: list[Referent]) -> bool:
        """ "directeur général délégué de X", "deputy CEO of X" (a deputy), "patron de l'IA chez X", "PDG de la
        filiale française de X" (the title's own complement before the organisation): the chief of a part of X,
        or a deputy, works for X but does not head it."""
        doc, sent = noun.doc, noun.sent
        first = noun.i - len(pattern.words) + 1
        if self.noun_premodifiers and self._domain_words_start(first, first, self.context.resolver) < first:
            return True  # "Kernwerk machine learning chief", "Quillon AI CEO": the head of a field, not the company
        deputies = self.lists.get("deputy_words", ())
        # the trigger token may be the title's first or last word: the words just around either end
        around = range(max(sent.start, noun.i - len(pattern.words)), min(sent.end, noun.i + len(pattern.words) + 1))
        if any(doc[k].lower_ in deputies for k in around):
            return True
        named = [c.token for c in complements if c.token > noun.i]
        if not named:
            return False
        resolver = self.context.resolver
        if market_after(resolver.mention_at(min(named)), resolver, self.lists):
            return True  # "directeur général de X pour la France", "CEO of X for Europe": the head of a market
        opened = part = False  # the title's preposition, then a noun of its own ("patron et cofondateur de X": none)
        for token in doc[noun.i + 1 : min(named)]:
            if token.i in resolver.index or not opened and token.pos_ not in ("ADP", "ADJ"):
                return False
            if not opened:
                opened = token.lower_ in pattern.of
            elif token.pos_ in ("NOUN", "PROPN") and (
                self._frame_noun(token, "subsidiaryOf.noun") or self._descriptor_type(token) != "Organization"
            ):
                part = True
            elif token.pos_ == "ADJ" and (doc[token.i - 1].pos_ == "DET" or doc[token.i - 1].lower_ in pattern.of):
                part = True  # "patron du numérique chez X", "head of digital at X": an adjective used as a noun
            elif part and token.lower_ in pattern.of:
                return True
        return False


def led_part_owners(verb: Token, resolver: Resolver, parts: set[str]) -> list[Referent]:
    """ "Dana Brook, who leads Kernwerk's robotics team", "Léa Roux dirige la recherche de Nexalia": a verb of
    running whose object is a part of an organisation (one of ``led_parts``: a team, a unit, its research) that
    the organisation's name owns (a possessive, or "of"/"de"/"chez" right after it): the one who runs it works
    for that organisation (the object itself is no organisation, so no ceoOf). Only a name: a funding round,
    a deal or an inquiry "of X" is no part of X and is not in the list. The name hangs on the part itself ("la
    nouvelle unité de robotique d'Orbitron"), never on another noun ("the team of the fund that backs X")."""
    for obj in verb.children:
        if obj.dep_ not in ("obj", "dobj") or obj.pos_ != "NOUN" or obj.lemma_.lower() not in parts:
            continue
        if resolver.mention_at(obj.i) is not None:
            continue
        for child in obj.children:
            owner = None
            if child.dep_ in ("poss", "nmod:poss") and child.i < obj.i:
                owner = child
            elif child.dep_ == "prep" and child.lower_ in ("of", "at") and child.i == obj.i + 1:
                owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif (
                child.dep_ == "nmod"
                and child.i > obj.i
                and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "chez") for g in child.children)
            ):
                owner = child
            span = resolver.mention_at(owner.i) if owner is not None else None
            if span is None or resolver.type_of(span.kb_id_) != "Organization":
                continue
            return [Referent(span.kb_id_, LINKED, span.start)]
    return []
