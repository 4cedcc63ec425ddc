"""Makers in the name: a product or a model whose name begins with the name of an organisation of the
article is that organisation's ("Microsoft Azure", "Amazon Bedrock", "Nvidia H100"); so is a product named
right after the name of one ("the first mover, Apple Siri", "Google Gemini 2.5 Pro").

    "Figure will move its training to Microsoft Azure, Microsoft said." -> developedBy(microsoft-azure, microsoft)

Only organisations the article itself names count (their names and the other forms it uses), so a
product merely sharing a word with a company it never mentions is left alone; except a known product
whose known name begins with a known company's ("Nvidia H100" in "512 GPU Nvidia H100"): the gazetteer
reads that name as one mention of the device, and the company it names is added to the article's
entities as its maker; so is a known product written with its maker's name before its own ("Microsoft Bing").

    "The lab rents 512 Nvidia H100 GPUs." -> developedBy(nvidia-h100, nvidia)

At the same moment, :mod:`.rival_lists` reads rivals given as examples, :mod:`.maker_phrases` reads the makers said around a product's name (appositions,
brackets, lists of models), :mod:`.model_access` the products a model is available through, and these facts are dropped from the document's: a maker found through a
weak argument that contradicts a named one (:func:`~knowgraph.facts.relations.maker_phrases.drop_rival_makers`),
a model's maker among the organisations said to use it (:func:`~knowgraph.facts.relations.maker_phrases.drop_makers_as_users`),
a maker of a model named only in a compound ("its Orbis-powered app": :func:`~knowgraph.facts.relations.maker_phrases.drop_compound_makers`),
a maker read from a possessive that the sentence names as a party's rival (:func:`~knowgraph.facts.relations.maker_phrases.drop_rivals_as_makers`),
a fact whose argument is the source its sentence is attributed to, and a public body listed after a partner
(:mod:`.sources`).
"""

from __future__ import annotations

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.maker_phrases import (
    MakerPhrases,
    drop_compound_makers,
    drop_makers_as_users,
    drop_rival_makers,
    drop_rivals_as_makers,
)
from knowgraph.facts.relations.model_access import ModelAccess
from knowgraph.facts.relations.rival_lists import RivalLists
from knowgraph.facts.relations.sources import drop_attributed_sources, drop_listed_public_partners
from knowgraph.mentions.coref import DIRECT, Referent
from knowgraph.mentions.known_makers import known_maker_in_name
from knowgraph.nlp.resources import language_data

_MAKER_TYPES = ("Organization", "Company")
_MADE_TYPES = ("Product", "AIModel")


def organisation_forms(doc) -> dict[str, str]:
    """The name forms of the article's organisations, lower case -> entity key."""
    makers: dict[str, str] = {}
    for key, entity in (doc._.kg_entities or {}).items():
        if entity.type in _MAKER_TYPES:
            for form in (entity.name, *entity.surface_forms):
                makers.setdefault(form.lower(), key)
    return makers


def maker_in_name(span, makers: dict[str, str]) -> str | None:
    """The organisation whose name ``span`` (a product's name) begins with, the longest one, if any."""
    doc = span.doc
    for end in range(span.end - 1, span.start, -1):
        maker = makers.get(doc[span.start : end].text.lower())
        if maker is not None and maker != span.kb_id_:
            return maker
    return None


class NamedMakers(RuleFamily):
    """A product or model named after its maker, once per document (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        self.phrases = MakerPhrases(rules, context)
        self.rivals = RivalLists(rules, context)
        self.access = ModelAccess(rules, context)
        sources = language_data(self.lang, "patterns").get("sources", {})
        self.source_verbs = set(sources.get("verbs", []))
        self.public_kinds = set(sources.get("public_kinds", []))
        # "Orbis family", "Orbis models": nouns after a name that make it a family of models
        self.model_nouns = {
            w.lower() for w in language_data(self.lang, "patterns").get("maker_phrases", {}).get("family_nouns", [])
        }
        # "Apple Siri", "Nvidia V100 GPUs": the nouns that may follow a product named after its maker's name
        phrases = language_data(self.lang, "patterns").get("maker_phrases", {})
        self.after_compound = {
            w.lower() for key in ("product_nouns", "plural_heads") for w in phrases.get(key, []) if " " not in w
        }
        # the first words of job titles ("CEO", "PDG", "chief"): after a name, they make it an organisation's
        self.title_words = {
            p.words[0]
            for patterns in self.patterns.values()
            for p in patterns
            if p.kind == "noun" and p.relation in ("ceoOf", "worksFor") and len(p.words[0]) > 2
        }

    def end_doc(self) -> list[Fact]:
        facts = (
            self._named() + self._compounds() + self.phrases.end_doc() + self.rivals.end_doc() + self.access.end_doc()
        )
        # the document's facts so far are edited in place: the engine extends this very list
        every = self.context.facts + facts
        doc, resolver = self.context.doc, self.context.resolver
        rivals = (
            drop_rival_makers(every)
            + drop_makers_as_users(every)
            + drop_compound_makers(doc, every, resolver, set(self.hyphenated))
            + drop_rivals_as_makers(doc, every, resolver, self.phrases.not_maker_words)
            + drop_attributed_sources(doc, every, self.source_verbs, resolver)
            + drop_listed_public_partners(doc, every, self.public_kinds)
        )
        if rivals:
            self.context.facts[:] = [f for f in self.context.facts if f not in rivals]
            facts = [f for f in facts if f not in rivals]
        return facts

    def _named(self) -> list[Fact]:
        doc, resolver = self.context.doc, self.context.resolver
        makers = organisation_forms(doc)
        facts: list[Fact] = []
        done: set[str] = set()
        for span in resolver.mentions:
            if span.label_ not in _MADE_TYPES or span.kb_id_ in done or len(span) < 2:
                continue
            maker = maker_in_name(span, makers) or known_maker_in_name(span)
            if (
                maker is not None
                and not self._described_as_organisation(span.kb_id_, doc, resolver)
                and not self._named_as_model_family(maker, doc, resolver)
            ):
                done.add(span.kb_id_)
                facts += self._make(
                    f"{self.lang}/developedBy.named",
                    "developedBy",
                    [Referent(span.kb_id_, DIRECT, span.start)],
                    [Referent(maker, DIRECT, span.start)],
                    doc[span.start],
                    0.8,
                    resolver,
                    status=ASSERTED,
                )
        return facts

    def _compounds(self) -> list[Fact]:
        """A product or a model right after its maker's name, in one noun phrase ("the first mover, Apple Siri",
        "on Nvidia V100 GPUs", "surpasse Google Gemini 2.5 Pro"): the maker before the name as a compound, as
        English writes it and French press copies it. Not when a noun other than a product noun follows ("the
        Brintel Orbis integration": a deal between two parties)."""
        doc, resolver = self.context.doc, self.context.resolver
        facts: list[Fact] = []
        done: set[str] = set()
        for span in resolver.mentions:
            if span.label_ not in _MADE_TYPES or span.kb_id_ in done or span.start == 0:
                continue
            maker = resolver.mention_at(span.start - 1)
            if (
                maker is None
                or maker.label_ not in _MAKER_TYPES
                or maker.end != span.start
                or doc[maker.end - 1].whitespace_ == ""  # "Nvidia-backed", "AMD/Intel": no compound
            ):
                continue
            after = doc[span.end] if span.end < span.sent.end else None
            if after is not None and after.pos_ in ("NOUN", "PROPN") and after.lower_ not in self.after_compound:
                continue
            done.add(span.kb_id_)
            facts += self._make(
                f"{self.lang}/developedBy.compound",
                "developedBy",
                [Referent(span.kb_id_, DIRECT, span.start)],
                [Referent(maker.kb_id_, DIRECT, maker.start)],
                doc[span.start],
                0.75,
                resolver,
                status=ASSERTED,
            )
        return facts

    def _named_as_model_family(self, key: str, doc, resolver) -> bool:
        """Is every mention of the organisation ``key`` followed by a model noun ("a new Orbis family of models",
        "Orbis models")? Then the name is a family of models the NER took for a company, the maker of none
        of its versions ("Orbis Spark").

            self._named_as_model_family("orbis", doc, resolver)  # True
        """
        seen = False
        for span in resolver.mentions:
            if span.kb_id_ != key:
                continue
            seen = True
            after = doc[span.end] if span.end < len(doc) else None
            if after is None or after.lower_ not in self.model_nouns:
                return False
        return seen

    def _described_as_organisation(self, key: str, doc, resolver) -> bool:
        """Does the article treat the name typed as a product ``key`` as an organisation: a job title right
        after it ("the Kernwerk Cloud CEO"), an organisation noun right before it ("le fournisseur de cloud
        Kernwerk Delos", "cloud provider Kernwerk Cloud")? Such a unit is its parent's, not a product it makes.

            self._described_as_organisation("kernwerk-cloud", doc, resolver)  # True
        """
        for span in resolver.mentions:
            if span.kb_id_ != key:
                continue
            sent = span.sent
            after = doc[span.end] if span.end < sent.end else None
            if after is not None and after.lower_ in self.title_words and not after.text.islower():
                return True  # "Kernwerk Cloud CEO" (a title written as a title, not "the model head")
            k = span.start - 1
            while k >= sent.start and span.start - k <= 4:
                token = doc[k]
                if token.is_lower and self._descriptor_type(token) == "Organization":
                    return True
                # "X": a foreign word ("services cloud SAP Delos": fr_core_news_md tags "cloud" so)
                if not (
                    token.is_lower and (token.pos_ in ("DET", "NOUN", "ADJ", "X") or token.lower_ in self.genitive)
                ):
                    break
                k -= 1
        return False
