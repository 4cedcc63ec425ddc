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

from knowgraph.mentions.coref_article import COERCED, DESCRIPTION, DIRECT, LINKED, PRONOUN, ArticleMentions, Referent
from knowgraph.mentions.coref_descriptions import DescriptionResolver
from knowgraph.mentions.coref_names import NameCoercer
from knowgraph.mentions.coref_pronouns import PronounResolver
from knowgraph.mentions.coref_recency import Recency
from knowgraph.mentions.entities import Entity
from knowgraph.mentions.lexicon import CorefWords
from knowgraph.mentions.names import is_ticker
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
        if found and coordinated and found[0].factor >= LINKED:
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

    def _ends_descriptor(self, i: int) -> bool:
        """Does a descriptor of two words end at token ``i`` ("la jeune pousse": fr_core_news_md tags "pousse" a
        verb)?"""
        return i > 0 and f"{self.lowers[i - 1]} {self.lowers[i]}" in self.descriptors

    @staticmethod
    def _has_subject(verb: Token) -> bool:
        """Has the clause of ``verb`` (an auxiliary's verb for an auxiliary) a subject in the parse?"""
        main = verb.head if verb.dep_.startswith("aux") else verb
        return any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in main.children)

    def _coordinated(self, start: int, types, origin: int = -1) -> list[Referent]:
        """Names coordinated after the one at ``start``: "Anthropic, Cohere et OpenAI" (``origin``: the word
        resolved, which no relative clause skipped over may hold)."""
        doc = self.doc
        text, pos, lower = self.article.texts, self.columns.pos, self.lowers  # no Token object per look
        n_tokens = len(text)
        out = []
        span = self.index.get(start)
        if span is None:
            return out
        j = span.end
        while j < n_tokens - 1:
            if is_ticker(text[j]):
                j += 1  # "CrowdStrike CRWD.O and Airbnb": an item's ticker
                continue
            if text[j] == "(" and ")" in text[j + 1 : j + 8]:
                # "par Léa Roux (ex-Brintel) et Dana Brook": an aside in brackets after a name
                j = text.index(")", j + 1) + 1
                continue
            if lower[j] in self.coordinators or text[j] == ",":
                k = j + 1
                if text[j] == "," and k < n_tokens - 1 and lower[k] in self.coordinators:
                    k += 1  # "A, B, and C": the serial comma before the last item
                while k < n_tokens and (
                    pos[k] == "DET"
                    or lower[k] in self.genitive_words
                    or (lower[j] in self.coordinators and lower[k] in self.comitative_prepositions)
                    # "dans A et dans B", "to A and to B": the first item's preposition said again
                    or (
                        lower[j] in self.coordinators
                        and span.start > 0
                        and lower[k] == lower[span.start - 1]
                        and pos[k] == "ADP"
                    )
                ):
                    k += 1
                nxt = self.index.get(k)
                if nxt is None and lower[j] in self.coordinators and types and pos[k] == "PROPN":
                    # "auprès de Brume Capital et de X": an unknown last item takes the slot's kind, as its mates
                    # have; not the first words of another name ("Air" of "Air France", "Chief Scientist" before a
                    # person's)
                    after = k
                    while after < n_tokens and text[after][:1].isupper() and after not in self.index:
                        after += 1
                    if after not in self.index and self.by_name.coerce(doc[k], types):
                        nxt = self.index.get(k)
                if nxt is None:
                    # "et la startup xAI": a description introducing a name
                    if k < n_tokens and pos[k] == "NOUN" and k + 1 in self.index:
                        nxt = self.index[k + 1]
                    elif text[j] == ",":
                        # "Lucie Ferrand, ancienne ingénieure d'Airbus, et Marc-Antoine Diallo": skip the apposition,
                        # or a relative clause ("A, qui a conçu X, et B, qui ...")
                        relative = lower[k] in self.relatives
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
                        if m + 1 < n_tokens and text[m] == "," and lower[m + 1] in self.coordinators:
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
                    and lower[j] in self.coordinators
                    and self.index.get(nxt.end + 1) is not None
                    and self.index[nxt.end + 1].label_ == "Product"
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
                    lower[j] in self.coordinators
                    and nxt.end < n_tokens
                    and doc[nxt.end].pos_ in ("VERB", "AUX")
                    and "Fin" in doc[nxt.end].morph.get("VerbForm")
                    and span.root.dep_ in ("pobj", "dobj", "obj", "obl", "obl:arg", "nmod")
                    and not self._has_subject(doc[nxt.end])
                ):
                    # "Kernwerk pledged $2 billion to Nexalia and Brintel pledged $1 billion": a
                    # name before a finite verb the parser left without a subject opens a new clause after a list
                    # that is a complement (not "the rivalry between Nvidia and AMD has shaped ...")
                    break
                owner = self.index.get(nxt.end + 1) if nxt.end + 1 < n_tokens else None
                if (
                    owner is not None
                    and lower[nxt.end] in self.genitive_words
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
