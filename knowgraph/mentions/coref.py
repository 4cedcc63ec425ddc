"""Resolve a token that stands for an entity: names, pronouns, relative pronouns, descriptions.

Relation rules find an argument *token* (the subject of a verb, the noun after "de"); the
:class:`Resolver` says which entities of the article it denotes, using the mentions of
``knowgraph_mentions`` and, for words that are not names, simple and explainable rules:

* a relative pronoun ("que", "dont", "which") denotes the noun its clause modifies;
* a personal pronoun ("il", "elle", "lui", "it") the most recent entity of a fitting type;
* a definite description ("la startup", "le laboratoire", "la firme de Redmond", "the lab")
  the entity it is in apposition with, else the most recent entity whose kinds fit;
* "des entreprises comme X et Y" denotes X and Y.

Every resolution carries a factor that lowers the confidence of facts built on it.

Usage, as the relation component does it for each article::

    resolver = Resolver(doc, "fr")
    [(r.key, r.factor) for r in resolver.resolve(token, types={"Organization"})]

The rules live in one module per way of referring, on the article's shared mentions
(:class:`~knowgraph.mentions.coref_article.ArticleMentions`):
:mod:`~knowgraph.mentions.coref_names` (names the NER missed, short and family names),
:mod:`~knowgraph.mentions.coref_pronouns` (personal and relative pronouns, "we"),
:mod:`~knowgraph.mentions.coref_descriptions` (descriptions: "la pépite française", "the ChatGPT
maker") and :mod:`~knowgraph.mentions.coref_recency` (which recent entity fits). This module
dispatches a token to them and follows lists ("Anthropic, Cohere et OpenAI").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from knowgraph.mentions.coordination import listed_after
from knowgraph.mentions.coref_article import COERCED, DESCRIPTION, DIRECT, LINKED, PRONOUN, ArticleMentions, Referent
from knowgraph.mentions.coref_descriptions import DescriptionResolver
from knowgraph.mentions.coref_names import NameCoercer
from knowgraph.mentions.coref_pronouns import PronounResolver
from knowgraph.mentions.coref_recency import Recency
from knowgraph.mentions.entities import Entity
from knowgraph.mentions.lexicon import CorefWords
from knowgraph.nlp.doccache import TokenColumns

__all__ = ["COERCED", "DESCRIPTION", "DIRECT", "LINKED", "PRONOUN", "Referent", "Resolver"]


class Resolver:
    """The entities a token of ``doc`` denotes (see the module docstring); one per article."""

    def __init__(self, doc: Doc, lang: str):
        self.doc = doc
        self.lang = lang
        words = self.words = CorefWords.of(lang)
        # the word lists the dispatch reads, and the relation rules with it
        self.descriptors: dict[str, dict] = words.descriptors
        self.pronouns: dict[str, list[str]] = words.pronouns
        self.relatives = words.relatives
        self.first_person = words.first_person
        self.second_person = words.second_person
        self.coordinators = words.coordinators
        self.example_markers = words.example_markers
        self.genitive_words = words.genitive_words
        self.comitative_prepositions = words.comitative_prepositions
        article = self.article = ArticleMentions(doc)
        self.entities: dict[str, Entity] = article.entities
        self.index = article.index
        self.mentions: list[Span] = article.mentions  # grows with the names found in argument slots
        self.lowers: list[str] = article.lowers  # token.lower_ by index, for the rules' word-sequence tests
        self.lemmas: list[str] = article.lemmas  # token.lemma_.lower() by index
        self.recency = Recency(article, words)
        self.by_name = NameCoercer(article, words)
        self.by_pronoun = PronounResolver(article, words, self.recency, self._resolve)
        self.by_description = DescriptionResolver(article, words, self.recency)
        self.descriptions: dict[str, set[str]] = self.by_description.descriptions  # key -> descriptions used
        # the rules' helpers under the names the relation rules call them by
        self._recent = self.recency.recent
        self._salient = self.recency.salient
        self._spoken = self.by_pronoun.spoken
        self.speaker_organization = self.by_pronoun.speaker_organization

    @property
    def columns(self) -> TokenColumns:
        """The doc's :class:`knowgraph.nlp.doccache.TokenColumns` (read-only lists of token strings)."""
        return self.article.columns

    @property
    def _interview(self) -> bool | None:
        """Is the article an interview (known once a "we" or "you" was read, None before)?"""
        return self.by_pronoun.interview

    # -- public ---------------------------------------------------------------------------------
    def entity(self, key: str) -> Entity:
        return self.entities[key]

    def type_of(self, key: str) -> str:
        return self.entities[key].type

    def mention_at(self, i: int) -> Span | None:
        return self.index.get(i)

    def mentions_in(self, start: int, end: int) -> Iterator[Span]:
        """``self.mentions`` as ``for span in self.mentions`` reads it (the list may grow meanwhile),
        less spans that start before ``start`` or at ``end`` or after, which it skips without
        reading them, when the list is in order of start."""
        return self.article.mentions_in(start, end)

    def resolve(
        self,
        token: Token,
        types: Iterable[str] | None = None,
        exclude: Iterable[str] = (),
        coordinated: bool = True,
        depth: int = 0,
    ) -> list[Referent]:
        """Entities that ``token`` denotes, filtered by ``types`` (ontology class names)."""
        types = set(types) if types else None
        exclude = set(exclude)
        found = self._resolve(token, types, exclude, depth)
        # a name coerced where it stands (the NER missed it) heads a list as a found name does ("competes with
        # Nexalia and Orbitron"); a pronoun or description does not
        if found and coordinated and (found[0].factor >= LINKED or self._named_here(token, found[0])):
            found = found + [
                r for r in self._coordinated(found[0].token, types, token.i) if r.key not in {f.key for f in found}
            ]
        return [r for r in found if r.key not in exclude and (types is None or self.type_of(r.key) in types)]

    # -- dispatch -------------------------------------------------------------------------------
    def _resolve(self, token: Token, types, exclude, depth) -> list[Referent]:
        if depth > 4:
            return []
        span = self.index.get(token.i)
        if span is not None:
            return [Referent(span.kb_id_, DIRECT, span.start)]
        lower = token.lower_
        if lower in self.first_person and token.pos_ == "PRON":
            return self.by_pronoun.we(token)
        if lower in self.second_person and token.pos_ == "PRON":
            return self.by_pronoun.you(token)
        if lower in self.relatives or ("PronType=Rel" in str(token.morph) and token.pos_ == "PRON"):
            return self.by_pronoun.relative(token, types, exclude, depth)
        if lower in self.pronouns and token.pos_ in ("PRON", "DET", "NOUN", "PROPN", "ADV", "X", "ADJ"):
            return self.by_pronoun.personal(token, types, exclude)
        if (
            token.pos_ in ("NOUN", "PROPN", "ADJ", "X")
            or lower in self.descriptors
            or token.lemma_.lower() in self.descriptors
            or self._ends_descriptor(token.i)
            # a "verb" with a determiner is a noun the tagger read as a verb form ("la jeune pousse")
            or (token.pos_ == "VERB" and any(c.dep_ == "det" for c in token.children))
        ):
            found = self.by_description.noun(token, types, exclude, depth)
            if found:
                return found
        return self.by_name.coerce(token, types)

    def _named_here(self, token: Token, referent: Referent) -> bool:
        """Is ``referent`` the name at ``token`` itself, one the name coercer has just made a mention of (an
        unknown name the NER missed)? Such a name heads a list as a name the NER found does ("A et B ont
        investi", A and B unknown), unlike a pronoun's or a description's referent."""
        span = self.index.get(token.i)
        return span is not None and span.start == referent.token and span.kb_id_ == referent.key

    def _ends_descriptor(self, i: int) -> bool:
        """Does a descriptor of two words end at token ``i`` ("la jeune pousse": fr_core_news_md tags "pousse" a
        verb)?"""
        return i > 0 and f"{self.lowers[i - 1]} {self.lowers[i]}" in self.descriptors

    def _coordinated(self, start: int, types, origin: int = -1) -> list[Referent]:
        """Names coordinated after the one at ``start``: "Anthropic, Cohere et OpenAI" (``origin``: the word
        resolved, which no relative clause skipped over may hold); see
        :func:`knowgraph.mentions.coordination.listed_after`."""
        return listed_after(self, start, types, origin)
