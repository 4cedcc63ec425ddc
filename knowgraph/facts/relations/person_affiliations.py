"""A person's organisation in brackets right after the name: the way news lists business angels, speakers
and guests.

    "... des business angels comme Léa Martin (Nexalia) et Paul Roy (Kernwerk)" ->
    worksFor(léa martin, nexalia), worksFor(paul roy, kernwerk)
    "Angel investors Dana Brook (Quillon) and Omar Haddad (Brintel) joined the round." -> the same in English

Only a bracket that holds one organisation's name and nothing else: "(CEO as of 2020)", "(ex-Google)" (a
past employer, see :mod:`.person_titles`) or "(Brintel, in Paris)" say something else.

    extractor = RelationExtractor(nlp, "fr")  # PersonAffiliations is one of FAMILIES
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, Referent

_OPENING, _CLOSING = "(", ")"


class PersonAffiliations(RuleFamily):
    """ "Person (Organisation)": the person works for the organisation (see module docstring)."""

    def watched_words(self) -> set[str]:
        return {_OPENING}

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        resolver = self.context.resolver
        doc = token.doc
        if token.text != _OPENING or token.i < 1 or token.i + 2 >= len(doc):
            return []
        person = resolver.mention_at(token.i - 1)
        if person is None or person.end != token.i or resolver.type_of(person.kb_id_) != "Person":
            return []
        close = next((k for k in range(token.i + 1, min(len(doc), token.i + 6)) if doc[k].text == _CLOSING), None)
        if close is None or close == token.i + 1:
            return []
        org = resolver.mention_at(token.i + 1)
        if org is not None and (org.start != token.i + 1 or org.end != close):
            return []
        inside = doc[token.i + 1 : close]
        if any(_acronym_of(inside.text, name) for name in (person.text, person.kb_id_.replace("-", " "))):
            return []  # "Nordvik Statsbaner (NSB)": the short name the article gives, not an employer
        if org is None and not all(t.pos_ == "PROPN" or t.is_title for t in inside):
            return []  # "(CEO depuis 2020)": no name alone in the brackets
        if any(p.kind == "noun" for t in inside for p, _ in self._triggers(t)):
            return []  # "(Président)", "(CEO)": a title, not an organisation
        # a name the NER missed or mistyped is read in the slot, as the other frames do
        orgs = resolver.resolve(doc[token.i + 1], {"Organization"}, coordinated=False)
        orgs = [r for r in orgs if r.token == token.i + 1 and resolver.type_of(r.key) == "Organization"]
        return self._make(
            f"{self.lang}/worksFor.bracket",
            "worksFor",
            [Referent(person.kb_id_, DIRECT, person.start)],
            orgs[:1],
            token,
            0.7,
            resolver,
        )


def _acronym_of(short: str, name: str) -> bool:
    """Is ``short`` an acronym of ``name``: capitals only, starting with its first letter, its letters in
    the name's order ("NSB" of "Nordvik Statsbaner")?

    >>> _acronym_of("NSB", "Nordvik Statsbaner"), _acronym_of("OpenAI", "Dana Brook")
    (True, False)
    """
    if len(short) < 2 or not short.isalpha() or not short.isupper() or short[0] != name[:1].upper():
        return False
    letters = iter(name.upper())
    return all(c in letters for c in short)
