"""Relations between entities, from trigger words and the syntax around them.

The ``knowgraph_relations`` component reads the patterns of ``knowgraph/data/<lang>/patterns.yaml``
(a trigger lemma and where its arguments sit) and writes ``doc._.kg_facts``: a list of
:class:`Fact`, each with its claim status (hedged statements are kept, not asserted), confidence,
rule and sentence offsets. Argument classes are checked against the ontology's domain and range.

    nlp = knowgraph.load_pipeline("fr")
    doc = nlp("Nexalia, la startup lyonnaise, a été rachetée par Microsoft en 2024.")
    [(f.subject, f.relation, f.object, f.status) for f in doc._.kg_facts]
    # [('microsoft', 'acquired', 'nexalia', 'Asserted'), ...]

The rules are split by the way of saying things, each family a module on one small engine:

- :mod:`.engine`: the component; runs the families of ``FAMILIES`` in order and deduplicates the facts;
- :mod:`.family`: ``RuleFamily``, the base of every family, and ``DocContext``, the document being read;
- :mod:`.verbs` (verb frames, the passive voice in :mod:`.verb_passives`), :mod:`.word_order` (a name, a verb form, a name, where the parse lost the
  verb: "X rachète Y" with "rachète" read as a noun), :mod:`.nouns` (noun and title frames), :mod:`.rounds` (funding rounds and
  raises, with :mod:`.round_companies`: the company of a round the sentence does not name plainly),
  :mod:`.investor_lists` ("Investors in X include A, B and C", "actionnaire de startups comme A"),
  :mod:`.investor_counts` ("X counts A and B among its investors"), :mod:`.founder_lists` (founders
  listed after a plural title or a founding participle), :mod:`.person_affiliations` ("Person
  (Organisation)"), :mod:`.title_appositions` (a title beside a person's name, read in word order where
  the parse lost it: "X, associé chez Y", "X, CEO et cofondateur de Y"), :mod:`.encyclopedic` (shapes of reference works: "A and B of the
  Organisation"), :mod:`.member_lists` (members of a named project), :mod:`.compute_deals` (compute
  bought through a deal), :mod:`.compute_use` (compute used from the organisation named with it, or hosting what a user owns),
  :mod:`.compute_customers` (the customers of a compute supplier),
  :mod:`.partnership_between` ("an agreement signed between A and B"), :mod:`.partner_roles`
  ("X chose Y as a partner"),
  :mod:`.acquisition_joins` ("joined X following the acquisition of Y": X bought Y),
  :mod:`.partner_subjects` (partners listed before a verb the parse lost), :mod:`.quoted_partners` ("our
  partnership with X" in a quote), :mod:`.model_access` (a model available through a product),
  :mod:`.possessives` (possessives and compounds), :mod:`.locations` and :mod:`.nationalities` (places),
  :mod:`.named_units` (a company's unit named after it: "Google France", "Google Cloud"),
  :mod:`.appositions` (appositions and descriptions of place), :mod:`.answers` (interview answers),
  :mod:`.memory` (what earlier facts tell later rules), :mod:`.named_makers` (a product named after its
  maker, and at the end of the document :mod:`.maker_phrases`, :mod:`.model_families`, :mod:`.counted_models`,
  :mod:`.rival_lists` and :mod:`.sources`: makers said around a product's name, models that share a maker,
  models counted at their launch and named afterwards, rivals given as examples, who is no party to a statement);
- :mod:`.arguments`: argument search shared by the families (subjects, objects, complements, holders,
  with coreference through the resolver); :mod:`.words`: word forms and triggers; :mod:`.name_lists`:
  reading a list of names (separators, descriptions, appositions);
- :mod:`.person_titles`: titles and past employers for the people rules, with :mod:`.title_parts` (titles that head
  a part of a company: worksFor, not ceoOf);
- :mod:`.registry`: optional families switched on by name (``extra_families``), such as
  :mod:`.implied_places` (a stated town's region and country), and those other packages register;
- :mod:`.rules`: the language's patterns and word lists; :mod:`.facts`: ``Fact`` and its helpers.

The claim status of each fact comes from ``RuleFamily.status_of`` (the modality hook, by default
:func:`knowgraph.facts.modality.statement_status`).
"""

from __future__ import annotations

from knowgraph.facts.relations.engine import FAMILIES, RelationExtractor, make_relation_extractor
from knowgraph.facts.relations.facts import DESCRIPTION_FACTOR, LINEAR_FALLBACK, SUBJECT_DEPS, Fact, sentence_bounds
from knowgraph.facts.relations.family import DocContext, RuleFamily
from knowgraph.facts.relations.rules import LanguageRules, Pattern

__all__ = [
    "DESCRIPTION_FACTOR",
    "FAMILIES",
    "LINEAR_FALLBACK",
    "SUBJECT_DEPS",
    "DocContext",
    "Fact",
    "LanguageRules",
    "Pattern",
    "RelationExtractor",
    "RuleFamily",
    "make_relation_extractor",
    "sentence_bounds",
]
