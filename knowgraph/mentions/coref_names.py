"""Coreference by name: a capitalised name in an argument slot that the NER missed.

"cofondatrice de Médivia", "auprès de Sorbane Partners": a slot that wants an organisation or a
person makes the name one (factor ``COERCED``), added to the article's mentions with its other
occurrences. A family name alone ("Altman") stands for the person named earlier; a short or long
form of an unknown organisation's name ("Kilnworth", "Kilnworth Digital") for that organisation::

    NameCoercer(article, CorefWords.of("fr")).coerce(token, {"Organization"})
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.mentions.candidates import cut_at_the_end
from knowgraph.mentions.coref_article import COERCED, LINKED, ArticleMentions, Referent
from knowgraph.mentions.encyclopedic_names import EVENT_TOKENS
from knowgraph.mentions.entities import Entity
from knowgraph.mentions.gazetteer import bare, fold, slugify
from knowgraph.mentions.lexicon import CorefWords, first_names
from knowgraph.mentions.names import (
    headline_verb,
    is_ticker,
    names_nothing,
    participle_opener,
    sentence_end_inside,
    title_before_person,
)

# the dependencies of a clause's subject, in both models' labels
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


_THINGS = frozenset({"AIModel", "Product"})  # the subject classes of developedBy


class NameCoercer:
    """Names the NER missed, in argument slots that want an organisation or a person."""

    def __init__(self, article: ArticleMentions, words: CorefWords):
        self.article = article
        self.columns = article.columns
        self.doc = article.doc
        self.entities = article.entities
        self.index = article.index
        self.based_words = words.based_words
        self.descriptors = words.descriptors
        self.genitive_words = words.genitive_words
        self.name_tails = words.name_tails
        self.organization_words = words.organization_words
        self.stop_names = words.stop_names
        self.nationalities = words.nationalities
        self.funding_series_words = words.funding_series_words
        self.person_roles = words.person_roles
        self.title_nouns = words.title_nouns
        self.antonomasia_articles = words.antonomasia_articles
        self.party_prepositions = words.party_prepositions
        self.model_nouns = words.model_nouns
        self.coerced_things = words.coerced_things
        self.name_honorifics = words.name_honorifics

    def _occurrences(self, text: str) -> list[int]:
        """The indices of the tokens written ``text``, in order (an index of the doc, built once)."""
        return self.columns.occurrences(text)

    def _lower_occurrences(self, lower: str) -> list[int]:
        """The indices of the tokens whose lower-case form is ``lower``, in order."""
        return self.columns.lower_occurrences(lower)

    def _is_name_part(self, token: Token) -> bool:
        return (
            (token.text[:1].isupper() or (token.text[:1].isdigit() and token.is_alpha is False))
            and not token.is_punct
            and fold(token.text) not in self.stop_names
            and token.lower_ not in self.descriptors
            and not is_ticker(token.text)  # "Alphabet GOOGL.O": the company's ticker, no name of its own
        )

    def _party_of_verb(self, token: Token) -> bool:
        """Is ``token`` right after a preposition by which its verb introduces a company ("fournit des GPU à X",
        "s'allie à X": ``party_prepositions``), however near the verb?"""
        head, before = token.head, self.doc[token.i - 1].lower_
        if head.pos_ == "ADP" and head.i == token.i - 1:
            head = head.head  # English hangs the name on its preposition: "rents GPUs from -> X"
        return (
            head.pos_ == "VERB" and head.i < token.i and before in self.party_prepositions.get(head.lemma_.lower(), ())
        )

    def _coordinated_with_organisation(self, token: Token) -> bool:
        """Is ``token`` coordinated with an organisation's mention before it ("auprès de Brume Capital et de X")?
        A list's items share their kind."""
        head = token.head
        if token.dep_ != "conj" or head.i >= token.i:
            return False
        span = self.index.get(head.i)
        return span is not None and span.label_ == "Organization"

    def _after_title(self, preposition: int) -> bool:
        """Is the word before ``preposition`` "de" a person's title, maybe with its adjectives ("directeur
        général de X", "cofondateur de X")? Its complement is an organisation, whatever the NER says (the
        French md model calls an unknown name there a place)."""
        doc = self.doc
        if doc[preposition].lower_ != "de":
            return False
        k = preposition - 1
        while k > preposition - 4 and k >= 0 and doc[k].is_lower and doc[k].lower_ not in self.title_nouns:
            if doc[k].pos_ not in ("ADJ", "VERB"):
                return False  # "délégué" may be tagged a participle; nothing else between the title and "de"
            k -= 1
        return k >= 0 and doc[k].lower_ in self.title_nouns

    def _thing_type(self, sent) -> str:
        """A coerced thing is a model where its sentence speaks of models ("modèle", "LLM"), else a product."""
        return "AIModel" if any(t.lower_ in self.model_nouns for t in sent) else "Product"

    def coerce(self, token: Token, types) -> list[Referent]:
        """A capitalised name in an argument slot that wants an organisation or a person is one,
        even when the NER missed it: "cofondatrice de Médivia", "auprès de Sorbane Partners"."""
        # a slot only a model or a product fills (what is developed, launched, unveiled): a name the NER
        # missed or called a place is the thing's ("Quillon a été conçu par X", "X présente Quillon")
        wants_thing = (
            self.coerced_things
            and types == _THINGS
            and token.ent_type_ in ("", "LOC", "MISC")
            # not a noun's "de" complement: "le créateur de X" names a company's founder as often as a maker
            and not (token.i > 0 and self.doc[token.i - 1].lower_ in self.genitive_words)
        )
        if (
            not types
            or not (types & {"Organization", "Company", "Person"} or wants_thing)
            or not self._is_name_part(token)
        ):
            return []
        if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"):
            return []
        if token.i in self.doc.user_data.get(EVENT_TOKENS, ()):
            return []  # a word of the name of an event or an award ("the X Agreement was signed")
        if token.i > 0 and self.doc[token.i - 1].lower_ in self.antonomasia_articles:
            return []  # "fondent un OpenAI européen": a comparison, not the company
        if (
            token.ent_type_ in ("LOC", "GPE")
            and token.i > 0
            and self.doc[token.i - 1].lower_ in ("à", "au", "aux", "en", "dans", "in", "at", "near", "de", "from")
            and not (token.i > 1 and self.doc[token.i - 2].lower_ == "auprès")
            and not self._after_title(token.i - 1)
            and not self._party_of_verb(token)
            and not self._coordinated_with_organisation(token)
        ):
            # a place where places are named ("à Bordeaux"); elsewhere the NER's LOC is often a company, and so
            # it is after "auprès de", which names whom money was raised from ("auprès de Kernwerk")
            return []
        doc = self.doc
        sent = token.sent
        if (
            token.i == sent.start
            and not token.ent_type_
            and not any(not doc[i].is_sent_start for i in self._occurrences(token.text) if i != token.i)
            and not (
                # a proper noun that starts several sentences, or is a clause's subject, and is never written in
                # lower case is a name ("Quillon is backed by X" as an article's first sentence)
                token.pos_ == "PROPN"
                and not token.is_stop
                and (
                    len(self._occurrences(token.text)) >= 2
                    or token.dep_ in _SUBJECTS
                    # "Quillon's partnership with X ...": a proper noun with its clitic owns something
                    or token.i + 1 < sent.end
                    and doc[token.i + 1].lower_ in ("'s", "’s")
                )
                and not any(doc[i].is_lower for i in self._lower_occurrences(token.lower_))
                and not participle_opener(token)
            )
        ):
            return []  # "Basée à Paris, ...": a capital that only starts a sentence names nothing
        if participle_opener(token):
            return []  # "Cofondée en 2019 par A et B, X ...": the participle of a fronted clause
        if any(headline_verb(t) for t in sent):
            return []  # a Title Case headline ("Unit Gains Key AI Team"): its capitals say nothing of names
        start = token.i
        while start - 1 > sent.start and self._is_name_part(doc[start - 1]) and start - 1 not in self.index:
            start -= 1
        end = token.i + 1
        while (
            end < sent.end
            and end not in self.index
            and not sentence_end_inside(doc, end)  # "rejoint H. Toujours en quête ...": two sentences
            and (
                self._is_name_part(doc[end])
                or (doc[end].text in ("-", "&") and end + 1 < sent.end and self._is_name_part(doc[end + 1]))
                or (
                    # "CHU de Bordeaux", "Banque de France": an institution word, "de", a name
                    doc[end].lower_ in self.genitive_words
                    and doc[start].text in self.organization_words
                    and end + 1 < sent.end
                    and self._is_name_part(doc[end + 1])
                )
            )
        ):
            end += 1
        while start < end and not doc[start].text[:1].isupper():
            start += 1  # a name starts with a capital letter, not "500" nor "7B"
        if (
            start >= end
            # "le CHU de Bordeaux" with "Bordeaux" a place already: "CHU de" is no name (the institution's
            # whole name would take the place in; none rather than half of it)
            or doc[end - 1].lower_ in self.genitive_words
            or any(i in self.index for i in range(start, end))
            or (end - start == 1 and len(doc[start].text) < 2)
            or cut_at_the_end(doc, end)  # "... signed with Vexora Robot": an excerpt cut mid-word
            or names_nothing(doc, start, end, self.nationalities, self.funding_series_words)
        ):
            return []
        text = doc[start:end].text
        words = text.split()
        if len(words) == 1 and words[0].lower() in self.name_honorifics and end in self.index:
            return []  # "founded by Sir William Osler": a word of address before a person named
        if title_before_person(doc, end, {words[0].lower(), words[-1].lower()}, self.person_roles):
            return []  # "Chief Research Officer Dana Okoye": a title before a person's name
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in self.based_words:
            return []  # "Reykjavik-based": a place
        if len(words) == 1 and "Person" in types:
            # "Altman" after "Sam Altman": a family name stands for the person named earlier
            for key, entity in self.entities.items():
                if entity.type == "Person" and len(entity.name.split()) > 1 and entity.name.split()[-1] == words[0]:
                    entity.surface_forms.add(text)
                    self.article.add(start, end, "Person", key)
                    return [Referent(key, LINKED, start)]
        org_words = any(w in self.organization_words for w in words)
        wants_org = bool(types & {"Organization", "Company"})
        if len(words) == 1 and any(
            e.type == "Person" and e.name.split()[-1] == words[0] for e in self.entities.values()
        ):
            return []  # "Esterhazy" is the person named earlier, not a company
        given_name = 2 <= len(words) <= 3 and not org_words and words[0] in first_names()
        if (
            "Person" in types
            and len(words) >= 2
            and not org_words
            and (not wants_org or token.ent_type_ in ("PER", "PERSON") or given_name)
        ):
            etype, key = "Person", slugify(text)
        elif given_name:
            # "Interim CEO Emmet Shear wrote": a given name first is a person's name, never the company a
            # slot wants; the mention is kept, the slot gets nothing
            if slugify(text) not in self.entities:
                self.entities[slugify(text)] = Entity(slugify(text), text, "Person", first_token=start)
                self.entities[slugify(text)].surface_forms.add(text)
                self.article.add(start, end, "Person", slugify(text))
            return []
        elif wants_org and (len(words) <= 4):
            etype, key = "Organization", slugify(bare(text))
        elif wants_thing and len(words) <= 3 and not org_words:
            etype, key = self._thing_type(sent), slugify(text)
        else:
            return []
        if etype == "Organization" and key not in self.entities:
            # "Kilnworth Digital" when "Kilnworth" is already an organisation: a generic tail
            for n in range(len(words) - 1, 0, -1):
                if all(w in self.name_tails for w in words[n:]):
                    short = slugify(bare(" ".join(words[:n])))
                    if (
                        short in self.entities
                        and self.entities[short].type == "Organization"
                        and not self.entities[short].known
                    ):
                        key = short
                        break
            if key not in self.entities:
                # "Kilnworth" when "Kilnworth Digital" is already an organisation
                longer = [  # known or not: "Scale" after "Scale AI" too
                    k
                    for k, e in self.entities.items()
                    if e.type == "Organization"
                    and e.name.split()[: len(words)] == words
                    and len(e.name.split()) > len(words)
                    and all(w in self.name_tails for w in e.name.split()[len(words) :])
                ]
                if len(longer) == 1:
                    key = longer[0]
        entity = self.entities.get(key)
        if entity is not None and entity.type != etype:
            return []
        if entity is None:
            entity = Entity(key, text, etype, first_token=start)
            self.entities[key] = entity
        entity.surface_forms.add(text)
        self.article.add(start, end, etype, key)
        # its other occurrences are mentions too
        n = len(words)
        for i in self._occurrences(words[0]):  # the tokens written words[0], in order
            if i > len(doc) - n:
                break
            if (
                i != start
                and tuple(t.text for t in doc[i : i + n]) == tuple(words)
                and not any(k in self.index for k in range(i, i + n))
            ):
                self.article.add(i, i + n, etype, key)
        return [Referent(key, COERCED, start)]
