"""The base of every rule family: :class:`RuleFamily`, and :class:`DocContext`, what the families share
while one document is read.

A family is one way of saying a relation (verb frames, noun frames, appositions, possessives...). It
overrides one or more hooks, which the engine (:mod:`knowgraph.facts.relations.engine`) calls at fixed
moments, family after family in the order of ``FAMILIES``:

- ``start_sentence(sent)``: before the words of a sentence;
- ``at_trigger(head, pattern)``: at a trigger of ``patterns.yaml`` whose kind (``verb``, ``noun``) is the
  family's ``frame_kind``;
- ``at_token(token, forms)``: at a word of the sentence that the family watches: one of ``forms`` (the word's
  lower-case form and lemmas) is among its ``watched_words()``; a family that watches no word (it reads the
  facts the families before it found at the word) is called at every word some family watches;
- ``end_sentence(sent)``: after the words of a sentence;
- ``end_doc()``: once, after the last sentence.

Each hook returns the facts it found (a list, possibly empty). A family has the language's word lists
as attributes (:class:`~knowgraph.facts.relations.rules.LanguageRules`), word forms
(:class:`~knowgraph.facts.relations.words.WordForms`) and argument search
(:class:`~knowgraph.facts.relations.arguments.ArgumentSearch`) as methods, the document being read as
``self.context`` and :meth:`RuleFamily._make` to build facts that fit the ontology. A new family::

    class Headquarters(RuleFamily):  # "Mistral AI a son siège à Paris"

        def watched_words(self) -> set[str]:
            return {"siège"}

        def at_token(self, token, forms):
            places = self._prepositional(token, self.context.resolver, {"Place"}, ("à",))
            holders = self._subjects(token.head, self.context.resolver, {"Organization"})
            return self._make("fr/locatedIn.seat", "locatedIn", holders, places, token, 0.8, self.context.resolver)

and one line in ``FAMILIES`` (:mod:`knowgraph.facts.relations.engine`) to run it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from knowgraph.facts.modality import statement_status
from knowgraph.facts.relations.arguments import ArgumentSearch
from knowgraph.facts.relations.facts import Fact, sentence_bounds
from knowgraph.facts.relations.rules import LanguageRules, Pattern
from knowgraph.facts.relations.words import WordForms
from knowgraph.mentions.coref import Referent, Resolver
from knowgraph.rdf.vocabulary import SYMMETRIC, relation_signature

# the relations of a person's employment, which an organisation of members (a party, a band, an army) never gives
_EMPLOYMENT = ("worksFor", "ceoOf")


def joined_as_member(organisation: Referent, resolver: Resolver, lists: dict[str, set[str]]) -> bool:
    """Is ``organisation`` one people join as members: its name's last word, or the descriptor right before its name,
    is one of ``lists["membership_heads"]`` ("the Valmora Labour Party", "the band X"), or its first word before "of"
    one of ``lists["membership_openers"]`` ("the House of Orvane")? (patterns.yaml)"""
    heads, openers = lists.get("membership_heads", ()), lists.get("membership_openers", ())
    if not heads:
        return False
    name = resolver.entity(organisation.key).name.split()
    if name and name[-1].lower() in heads or len(name) > 2 and name[0].lower() in openers and name[1] == "of":
        return True
    return organisation.token > 0 and resolver.doc[organisation.token - 1].lower_ in heads


def studied_at(trigger: Token, organisation: Referent, resolver: Resolver, lists: dict[str, set[str]]) -> bool:
    """Is the title ``trigger`` a word of study ("an alumnus of the Orvane Institute", "Orvane University
    alumnus") said of a school, whose name ends with, or starts with, one of ``lists["school_heads"]``? A
    school's alumni are its former students; a company's alumni are its former staff. (patterns.yaml)"""
    if trigger.lower_ not in lists.get("study_titles", ()):
        return False
    entity = resolver.entity(organisation.key)
    if "university" in entity.kinds:
        return True  # "an MIT alumna": a school the gazetteer knows, whatever its name's words
    name = entity.name.lower().split()
    heads = lists.get("school_heads", ())
    return bool(name) and (name[-1] in heads or name[0] in heads)


@dataclass
class DocContext:
    """The document being read, shared by the engine and every family (the engine resets it per document)."""

    doc: Doc | None = None
    resolver: Resolver | None = None  # mentions, coreference and the token columns of ``doc``
    sentence: int = 0  # number of the sentence being read
    sent_index: dict[int, int] = field(default_factory=dict)  # first token -> number, for the sentences read so far
    facts: list[Fact] = field(default_factory=list)  # the facts found so far, in the order found
    token_start: int = 0  # where the facts found at the current word begin in ``facts``

    def begin(self, doc: Doc, resolver: Resolver) -> None:
        self.doc, self.resolver = doc, resolver
        self.sentence, self.sent_index, self.facts, self.token_start = 0, {}, [], 0

    def end(self) -> None:
        """Forget the document (the facts list is handed over, not cleared)."""
        self.doc = self.resolver = None
        self.sent_index, self.facts = {}, []


class RuleFamily(WordForms, ArgumentSearch):
    """One way of saying relations: override the hooks it needs (see module docstring)."""

    frame_kind: str | None = None  # "verb" or "noun": receives ``at_trigger`` for the patterns of that kind

    def __init__(self, rules: LanguageRules, context: DocContext):
        super().__init__(rules)
        self.context = context

    def watched_words(self) -> set[str]:
        """Words (lower-case form or lemma) at which ``at_token`` can find something: it is not called at the others
        (none: called at every word some family watches)."""
        return set()

    def start_sentence(self, sent: Span) -> list[Fact]:
        return []

    def at_trigger(self, head: Token, pattern: Pattern) -> list[Fact]:
        return []

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        return []

    def end_sentence(self, sent: Span) -> list[Fact]:
        return []

    def end_doc(self) -> list[Fact]:
        return []

    # -- modality hook ------------------------------------------------------------------------
    def status_of(self, trigger: Token) -> str:
        """The claim status of a statement made at ``trigger`` (``Asserted``, ``Reported``, ``Negated``...):
        hedging, negation and rumour, by :func:`knowgraph.facts.modality.statement_status`. A family whose
        way of saying things carries its own modality overrides this."""
        return statement_status(trigger, self.lang)

    # -- facts ---------------------------------------------------------------------------------
    def _make(
        self,
        pattern_rule: str,
        relation: str,
        subjects: list[Referent],
        objects: list[Referent],
        trigger: Token,
        confidence: float,
        resolver: Resolver,
        event: str | None = None,
        status: str | None = None,
    ) -> list[Fact]:
        sent = trigger.sent
        start, end = sentence_bounds(sent)
        status = status or self.status_of(trigger)
        subject_types, object_types = relation_signature(relation)
        out = []
        for s in subjects:
            for o in objects:
                if s.key == o.key:
                    continue
                if resolver.type_of(s.key) not in subject_types or resolver.type_of(o.key) not in object_types:
                    continue
                if relation in _EMPLOYMENT and joined_as_member(o, resolver, self.lists):
                    continue  # "joined the Labour Party", "chairman of the X Front": a member's post, no employer
                if relation in _EMPLOYMENT and studied_at(trigger, o, resolver, self.lists):
                    continue  # "an alumnus of X University": a former student, no employee
                a, b = (s.key, o.key)
                if relation in SYMMETRIC and b < a:
                    a, b = b, a
                conf = round(confidence * s.factor * o.factor, 3)
                out.append(Fact(a, relation, b, status, conf, pattern_rule, start, end, trigger.i, event))
        return out

    def _roles(self, pattern: Pattern) -> tuple[set[str], set[str]]:
        """(agent classes, patient classes) for a pattern, from the relation signature."""
        subject_types, object_types = relation_signature(pattern.relation)
        if pattern.subject in ("agent", "holder"):
            return set(subject_types), set(object_types)
        return set(object_types), set(subject_types)
