"""The engine: the spaCy component ``knowgraph_relations`` runs the rule families of :data:`FAMILIES` over
a document, sentence by sentence and word by word, and writes the deduplicated facts to
``doc._.kg_facts``.

At each sentence: every family's ``start_sentence``; then at each word some family watches, the verb or
noun frames of the patterns it triggers (``at_trigger``) and the ``at_token`` of every family that watches
that word (or watches none); then every family's ``end_sentence``. At the end of the document: every
family's ``end_doc``. Within a moment, the families run in the order of ``FAMILIES``, and the order matters:
rules read what earlier facts left in ``doc.user_data`` (locations, developers, the last round) and the
resolver's mentions.

    extractor = RelationExtractor(nlp, "fr")  # or nlp.add_pipe("knowgraph_relations", config={"lang": "fr"})
    doc = extractor(doc)  # a Doc after knowgraph_mentions
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from knowgraph.facts.relations.acquisition_joins import AcquisitionJoins
from knowgraph.facts.relations.answers import InterviewAnswers
from knowgraph.facts.relations.appositions import LocatedAppositions, LocatedDescriptions
from knowgraph.facts.relations.compute_customers import ComputeCustomers
from knowgraph.facts.relations.compute_deals import ComputeDeals
from knowgraph.facts.relations.compute_use import ComputeUse
from knowgraph.facts.relations.encyclopedic import PeopleOfOrganisations
from knowgraph.facts.relations.facts import dedupe
from knowgraph.facts.relations.family import DocContext, RuleFamily
from knowgraph.facts.relations.founder_lists import FounderLists
from knowgraph.facts.relations.investor_lists import InvestorLists
from knowgraph.facts.relations.locations import Locations, Nationalities
from knowgraph.facts.relations.member_lists import MemberLists
from knowgraph.facts.relations.memory import FactMemory
from knowgraph.facts.relations.named_makers import NamedMakers
from knowgraph.facts.relations.named_units import NamedUnits
from knowgraph.facts.relations.nouns import NounFrames
from knowgraph.facts.relations.partner_roles import PartnerRoles
from knowgraph.facts.relations.partnership_between import PartnershipBetween
from knowgraph.facts.relations.person_affiliations import PersonAffiliations
from knowgraph.facts.relations.person_moves import PersonMoves
from knowgraph.facts.relations.possessives import HyphenatedCompounds, Ownership
from knowgraph.facts.relations.quoted_partners import QuotedPartners
from knowgraph.facts.relations.rounds import FundingRounds
from knowgraph.facts.relations.rules import LanguageRules
from knowgraph.facts.relations.title_appositions import TitleAppositions
from knowgraph.facts.relations.verbs import VerbFrames
from knowgraph.facts.relations.word_order import WordOrderFrames
from knowgraph.facts.relations.words import WordForms
from knowgraph.mentions.coref import Resolver
from knowgraph.mentions.finder import MENTIONS_KEY
from knowgraph.nlp.doccache import cached_sentences

if not Doc.has_extension("kg_facts"):
    Doc.set_extension("kg_facts", default=None)

# The rule families, in the order they run at each moment (a new family: its module and one line here).
FAMILIES: tuple[type[RuleFamily], ...] = (
    Nationalities,  # start of sentence
    VerbFrames,  # at a verb trigger
    NounFrames,  # at a noun trigger
    WordOrderFrames,  # at a word: name, verb form, name, where the verb frames read nothing (a lost parse)
    FounderLists,  # at a word: founders listed after a plural title or a founding participle
    PersonAffiliations,  # at a word: 'Person (Organisation)'
    TitleAppositions,  # at a word: a title beside a person's name, in word order ('X, associé chez Y')
    PeopleOfOrganisations,  # at a word: 'A and B of the Organisation' (encyclopedic)
    PersonMoves,  # at a word: a person's departure from or return to an organisation, 'was previously at X'
    FundingRounds,  # at a word
    InvestorLists,  # at a word, after FundingRounds: a list may name the investors of the round just read
    MemberLists,  # at a word: the members of a named project given as a list
    ComputeDeals,  # at a word: a deal made with a supplier for compute
    ComputeUse,  # at a word: compute used from the organisation named in the phrase ('uses Y's cloud')
    ComputeCustomers,  # at a word: the customers of a compute supplier ('Y's cloud customers include A')
    AcquisitionJoins,  # at a word: 'joined X following the acquisition of Y' (X bought Y)
    PartnershipBetween,  # at a word: a partnership noun, then 'between' and its parties
    PartnerRoles,  # at a word: 'X chose Y as a partner'
    HyphenatedCompounds,  # at a word
    FactMemory,  # at a word, after the facts above: developers and the last round, for later rules
    Locations,  # at a word
    Ownership,  # end of sentence
    LocatedDescriptions,  # end of sentence
    LocatedAppositions,  # end of sentence
    InterviewAnswers,  # end of document
    QuotedPartners,  # end of document: 'our partnership with X' in a quote, said by someone of Y
    NamedMakers,  # end of document
    NamedUnits,  # end of document: "Google France", "Google Cloud" are Google's units
)


def _overrides(family: RuleFamily, hook: str) -> bool:
    return getattr(type(family), hook) is not getattr(RuleFamily, hook)


class RelationExtractor:
    """spaCy component: runs the rule families over a ``Doc`` (see module docstring)."""

    def __init__(self, nlp: Language, lang: str, families: Sequence[type[RuleFamily]] = FAMILIES):
        self.lang = lang
        self.rules = LanguageRules(lang)
        self.context = DocContext()
        self.words = WordForms(self.rules)
        self.families = [family(self.rules, self.context) for family in families]
        self.frames = {f.frame_kind: f for f in self.families if f.frame_kind is not None}
        # only the families that have something to do at each moment are called
        self._starting = [f for f in self.families if _overrides(f, "start_sentence")]
        # at a word, a family is called when the word is one it watches: one of its forms (lower-case form, lemmas)
        # is in its own ``watched_words()``; a family that watches no word (it reads the facts found at the word
        # by the families before it) is called at every word some family watches
        self._at_token = [(f, frozenset(f.watched_words()) or None) for f in self.families if _overrides(f, "at_token")]
        self._callers: dict[frozenset[str], list[RuleFamily]] = {}  # forms of a word -> the families called there
        self._ending = [f for f in self.families if _overrides(f, "end_sentence")]
        self._at_end = [f for f in self.families if _overrides(f, "end_doc")]
        # the words at which the word loop can find something
        self.watched = set().union(*(f.watched_words() for f in self.families))

    def _called_at(self, forms: set[str]) -> list[RuleFamily]:
        """The families called at a word of these forms, in order (remembered per set of forms)."""
        key = frozenset(forms)
        called = self._callers.get(key)
        if called is None:
            if len(self._callers) > 50_000:
                self._callers.clear()
            called = self._callers[key] = [
                family for family, own in self._at_token if own is None or not own.isdisjoint(forms)
            ]
        return called

    def __call__(self, doc: Doc) -> Doc:
        with cached_sentences(doc):  # token.sent is asked thousands of times per article
            return self._extract(doc)

    def _extract(self, doc: Doc) -> Doc:
        resolver = Resolver(doc, self.lang)
        doc.user_data["kg_locations"] = {}
        doc.user_data["kg_round_target"] = None
        doc.user_data["kg_developers"] = {}
        doc.user_data["kg_amount_tokens"] = None  # read lazily by the complement search (arguments/complements.py)
        context = self.context
        context.begin(doc, resolver)
        facts = context.facts
        watched, patterns, words, frames = self.watched, self.rules.patterns, self.words, self.frames
        lowers, lemmas_of, pos = resolver.lowers, resolver.lemmas, resolver.columns.pos
        participle_tags = ("ADJ", "NOUN", "PROPN")  # the only ones _participle_lemma reads
        present = words.present_forms
        try:
            for n, sent in enumerate(doc.sents):
                context.sent_index[sent.start] = n
                context.sentence = n
                for family in self._starting:
                    facts.extend(family.start_sentence(sent))
                for i in range(sent.start, sent.end):
                    if (
                        lowers[i] not in watched
                        and lemmas_of[i] not in watched
                        and (
                            pos[i] not in participle_tags
                            or words._participle_stem(lowers[i]) is None  # then _participle_lemma is None
                            or words._participle_lemma(doc[i]) not in watched
                        )
                        and lowers[i] not in present  # "noue", "signe": a present form lemmatized as itself
                    ):
                        continue  # most words: none of their forms is watched (and no Token object is made)
                    token = doc[i]
                    context.token_start = len(facts)
                    forms = words._lemmas(token)  # once per token; most have no pattern
                    for pattern, head in words._triggers(token) if not patterns.keys().isdisjoint(forms) else ():
                        frame = frames.get(pattern.kind)
                        if frame is not None:
                            facts.extend(frame.at_trigger(head, pattern))
                    for family in self._called_at(forms):
                        facts.extend(family.at_token(token, forms))
                for family in self._ending:
                    facts.extend(family.end_sentence(sent))
            for family in self._at_end:
                facts.extend(family.end_doc())
        finally:
            context.end()
        doc._.kg_facts = dedupe(facts)
        doc.spans[MENTIONS_KEY] = resolver.mentions  # with the names found in argument slots
        for key, forms in resolver.descriptions.items():
            if key in doc._.kg_entities:
                doc._.kg_entities[key].surface_forms |= forms
        return doc


@Language.factory("knowgraph_relations", default_config={"lang": "fr", "extra_families": []})
def make_relation_extractor(
    nlp: Language, name: str, lang: str, extra_families: Sequence[str] = ()
) -> RelationExtractor:
    """spaCy factory for :class:`RelationExtractor` (after ``knowgraph_mentions``).

    ``extra_families``: names of optional families (:mod:`knowgraph.facts.relations.registry`) to run
    after the default ones, e.g. ``["implied_places"]``.
    """
    from knowgraph.facts.relations.registry import resolve_families

    return RelationExtractor(nlp, lang, FAMILIES + resolve_families(extra_families))
