"""Argument search: given a trigger, which entities fill its slots. The parse first, then the words,
then coreference (a pronoun, a description, the company the passage is about) through the
:class:`~knowgraph.mentions.coref.Resolver`. Shared by every family (a base of ``RuleFamily``).

- :mod:`.subjects`: who does it ("Nexalia, fondée en 2021 par X, ..."; the fronted participle's subject; the
  name before a short apposition between commas: :func:`.subjects.end_before_apposition`);
- :mod:`.objects`: what it is done to (direct objects, named objects, deal counterparties, round objects);
- :mod:`.complements`: prepositional phrases, complements and possessors of nouns ("le PDG de X", "son PDG");
- :mod:`.holders`: who bears a relational noun ("Sam Altman, PDG d'OpenAI").

Each returns :class:`~knowgraph.mentions.coref.Referent` lists: the entity key, a confidence factor
(lower for a guess), and the token it was found at.
"""

from __future__ import annotations

from knowgraph.facts.relations.arguments.complements import ComplementSearch
from knowgraph.facts.relations.arguments.holders import HolderSearch
from knowgraph.facts.relations.arguments.objects import ObjectSearch
from knowgraph.facts.relations.arguments.subjects import SubjectSearch, end_before_apposition


class ArgumentSearch(SubjectSearch, ObjectSearch, ComplementSearch, HolderSearch):
    """All argument finders (mixins over the language's word lists and :class:`WordForms`)."""


__all__ = [
    "ArgumentSearch",
    "ComplementSearch",
    "HolderSearch",
    "ObjectSearch",
    "SubjectSearch",
    "end_before_apposition",
]
