"""Coreference by description: a noun phrase that stands for an entity of the article.

"la startup", "le laboratoire", "la firme de Redmond", "the ChatGPT maker", "la pépite française":
a descriptor noun (``descriptors`` of ``knowgraph/data/<lang>/lexicon.yaml``) denotes

* the name in apposition with it or right after it ("la startup Inflection", "OpenAI, the lab",
  "His startup, Keelhaul Labs,");
* the names it introduces as examples ("des entreprises comme Kernwerk et Quillon");
* else, with a definite or possessive determiner, the salient entity named earlier whose type,
  kinds and place fit ("le géant américain" is an American company), factor ``DESCRIPTION``;
* a maker noun with a product's name ("the ChatGPT maker", "le créateur de ChatGPT", "the company
  behind ChatGPT") denotes the maker the article already gave that product (``maker_phrases`` in
  patterns.yaml), before any of the above.

The descriptions that gave a place or a nationality are kept (:attr:`DescriptionResolver.descriptions`):
the relation component adds them to the entity's surface forms::

    DescriptionResolver(article, CorefWords.of("fr"), recency).noun(token, {"Organization"}, set(), 0)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.mentions.coordination import example_start
from knowgraph.mentions.coref_article import DESCRIPTION, LINKED, ArticleMentions, Referent
from knowgraph.mentions.coref_recency import Recency
from knowgraph.mentions.gazetteer import fold
from knowgraph.mentions.lexicon import CorefWords
from knowgraph.nlp.resources import language_data


def field_between(words: Span, genitive_words: set[str]) -> bool:
    """ "le fonds de capital-risque Brintel Partners", "la start-up de robotique Nexalia": the noun's field (a
    genitive and a few lower-case words) between a descriptor and its name::

        field_between(doc[5:9], {"de", "d'"})  # "de capital - risque" -> True
    """
    return (
        2 <= len(words) <= 5
        and (words[0].lower_ in genitive_words or words[0].lower_ == "d’")
        and all((t.is_alpha and t.is_lower) or t.text == "-" for t in words[1:])
    )


class DescriptionResolver:
    """Nouns that stand for an entity: "la startup", "the ChatGPT maker", "la pépite française"."""

    def __init__(self, article: ArticleMentions, words: CorefWords, recency: Recency):
        self.article = article
        self.recency = recency
        self.descriptions: dict[str, set[str]] = {}  # entity key -> description surface forms used for it
        self.columns = article.columns
        self.doc = article.doc
        self.entities = article.entities
        self.index = article.index
        self.lowers = article.lowers
        self.mentions = article.mentions
        self.texts = article.texts
        self.texts_ws = article.texts_ws
        self.based_words = words.based_words
        self.definite = words.definite
        self.indefinite = words.indefinite
        self.new_organization_verbs = words.new_organization_verbs
        self.descriptors = words.descriptors
        self.example_markers = words.example_markers
        self.genitive_words = words.genitive_words
        self.naming_verbs = words.naming_verbs
        self.nationalities = words.nationalities
        self.noun_premodifiers = words.noun_premodifiers
        self.possessives = words.possessives
        self.prepositions = words.prepositions
        self.stop_names = words.stop_names
        makers = language_data(words.lang, "patterns").get("maker_phrases", {})
        self.maker_nouns = {w.lower() for w in makers.get("maker_nouns", [])}
        self.behind_words = {w.lower() for w in makers.get("behind_words", [])}

    def noun(self, token: Token, types, exclude, depth) -> list[Referent]:
        """What the noun ``token`` denotes: the name it stands next to (after it, before it, in
        apposition, as an example), else the entity named earlier that it describes."""
        left = self._np_start(token)  # where its noun phrase starts
        maker = maker_of_product(self, token)  # [] when the maker is unknown: no guess by salience then
        if maker is not None:
            return maker
        return (
            self._name_after(token, types)
            or self._name_before(token)
            or self._name_around(token, left)
            or self._entity_described(token, types, exclude, left)
        )

    def _between_noun_and_name(self, token: Token) -> bool:
        """A quote, or a nationality adjective ("la startup lyonnaise Nexalia": the parser may tag
        the adjective a verb, so it is known by its word, not its tag)."""
        return token.text in '«»"“”' or (token.is_lower and token.lower_ in self.nationalities)

    def _name_after(self, token: Token, types) -> list[Referent]:
        """A name right after the noun, in apposition or given by a naming participle."""
        doc = self.doc
        # "la startup Inflection": a name right after the noun phrase
        for child in token.children:
            span = self.index.get(child.i)
            if (
                span is not None
                and child.dep_ in ("appos", "flat:name", "nmod", "amod", "compound", "nummod")
                and child.i > token.i
                and (
                    all(self._between_noun_and_name(doc[k]) for k in range(token.i + 1, child.i))
                    or field_between(doc[token.i + 1 : child.i], self.genitive_words)
                )
            ):
                return [Referent(span.kb_id_, LINKED, span.start)]
            # "a family of multilingual models, called Weft": the name a naming participle gives the phrase
            if (
                child.i > token.i
                and child.dep_ in ("prep", "acl")
                and child.lemma_.lower() in self.naming_verbs | {"of"}
            ):
                for t in child.subtree:
                    if (
                        t.lemma_.lower() in self.naming_verbs
                        and t.dep_ == "acl"
                        and t.i + 1 < len(doc)
                        and self.index.get(t.i + 1) is not None
                        and t.i - token.i <= 8
                    ):
                        span = self.index[t.i + 1]
                        if span.label_ in (types or {span.label_}):
                            return [Referent(span.kb_id_, LINKED, span.start)]
            # "His startup, Keelhaul Labs, ...": a name in apposition after a comma
            if (
                span is not None
                and child.dep_ == "appos"
                and span.start == token.i + 2
                and doc[token.i + 1].text == ","
                and span.end < len(doc)
                and doc[span.end].text in (",", ".", ";", ")")
            ):
                return [Referent(span.kb_id_, LINKED, span.start)]
        # "la startup lyonnaise Nexalia" parsed with the adjective as a verb whose object is the name
        for child in token.children:
            if child.i == token.i + 1 and child.is_lower and child.lower_ in self.nationalities:
                span = self.index.get(child.i + 1)
                if span is not None and span.start == child.i + 1 and doc[child.i + 1].head.i in (child.i, token.i):
                    return [Referent(span.kb_id_, LINKED, span.start)]
        return project_name_beside(token, self.index, self.descriptors)

    def _name_before(self, token: Token) -> list[Referent]:
        """A product or model name before its class noun, where names premodify nouns (English)."""
        doc = self.doc
        # "the Claude chatbot", "the Weft language models": a name of the noun's own class before it
        info = self.descriptors.get(token.lemma_.lower()) or self.descriptors.get(token.lower_)
        if self.noun_premodifiers and info is not None and info["type"] in ("Product", "AIModel", "Project"):
            k = token.i - 1
            while (
                k > token.sent.start
                and token.i - k <= 3
                and (
                    doc[k].is_lower
                    and doc[k].pos_ in ("NOUN", "ADJ")
                    # "its Bing AI chatbot": an acronym word of a product's name (not "its Claude AI models")
                    or doc[k].is_upper
                    and doc[k].dep_ == "compound"
                    and info["type"] == "Product"
                )
                and k not in self.index
            ):
                k -= 1
            span = self.index.get(k)
            if (
                span is not None
                and span.label_ in ("Product", "AIModel")
                and span.start - 1 >= token.sent.start
                and (
                    doc[span.start - 1].lower_ in self.definite | self.possessives
                    or doc[span.start - 1].tag_ == "POS"  # "Meta's Llama models": a named owner's
                )
            ):
                return [Referent(span.kb_id_, LINKED, span.start)]
        return []

    def _name_around(self, token: Token, left: int) -> list[Referent]:
        """A name the noun phrase (starting at ``left``) is in apposition with, names, or gives as an example."""
        doc = self.doc
        # apposition: "Anthropic, le rival d'OpenAI" / "OpenAI, the lab"
        if (
            left - 1 >= 0
            and doc[left - 1].text == ","
            and left - 2 >= token.sent.start
            # an unknown proper noun is a name of its own, no description ("Backed by X, Quillon builds ...")
            and not (token.pos_ == "PROPN" and token.text[:1].isupper() and token.lower_ not in self.descriptors)
        ):
            prev = doc[left - 2]
            span = self.index.get(prev.i)
            if span is not None:
                return [Referent(span.kb_id_, LINKED, span.start)]
        # "le fournisseur de cloud rival Brintel", "une fonctionnalité appelée « Think Deeper »",
        # "la start-up Kerlann" (a descriptor of several tokens starting here)
        j = token.i + 1
        for n in (3, 2):
            if token.i + n <= len(doc) and (
                self.article.text_of(token.i, token.i + n).lower() in self.descriptors
                or " ".join(self.lowers[token.i : token.i + n]) in self.descriptors
            ):
                j = token.i + n
                break
        while (
            j < len(doc)
            and j - token.i < 6
            and j not in self.index
            and (
                doc[j].text in '«»"“”'
                or doc[j].lemma_.lower() in self.naming_verbs
                or (
                    doc[j].is_alpha
                    and doc[j].is_lower
                    and doc[j].pos_ not in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ")
                    and doc[j].lower_ not in self.prepositions
                )
            )
        ):
            if doc[j].lower_ in self.genitive_words and j + 1 in self.index:
                break  # "l'employeur de Mustafa Suleyman": a complement, not the noun's name
            j += 1
        determined = left < token.i  # "le fournisseur", not the bare "de cloud"
        if (
            determined
            and j < len(doc)
            and j in self.index
            and doc[j].sent.start == token.sent.start
            and doc[j - 1].lower_ not in self.genitive_words
        ):
            span = self.index[j]
            return [Referent(span.kb_id_, LINKED, span.start)]
        # "des entreprises comme Kernwerk et Quillon"
        m = example_start(token, self.example_markers, self.genitive_words)
        if m in self.index:
            span = self.index[m]
            return [Referent(span.kb_id_, LINKED, span.start)]
        return []

    def _entity_described(self, token: Token, types, exclude, left: int) -> list[Referent]:
        """The entity named earlier that a definite or possessive description means."""
        doc = self.doc
        # definite description of an entity named earlier
        info = self.descriptors.get(token.lemma_.lower()) or self.descriptors.get(token.lower_)
        for n in (3, 2):  # "une start-up" parsed with "start" as the head: the descriptor starts here
            if (
                info is None
                and token.i + n <= len(doc)
                and (self.article.text_of(token.i, token.i + n).lower() in self.descriptors)
            ):
                left = self._np_start(token)
                if (
                    left - 1 >= 0
                    and doc[left - 1].text == ","
                    and left - 2 >= token.sent.start
                    and left - 2 in self.index
                ):
                    span = self.index[left - 2]
                    return [Referent(span.kb_id_, LINKED, span.start)]
        for n in (2, 3):  # "la jeune pousse", "une start-up": a multi-word descriptor ending here
            if info is None and token.i - n + 1 >= 0:
                first = token.i - n + 1  # the window doc[first : token.i + 1]
                info = self.descriptors.get(self.article.text_of(first, token.i + 1).lower()) or self.descriptors.get(
                    " ".join(self.lowers[first : token.i + 1])
                )
                if info is not None:
                    left = self._np_start(doc[first])
                    if (
                        left - 1 >= 0
                        and doc[left - 1].text == ","
                        and left - 2 >= token.sent.start
                        and left - 2 in self.index
                    ):
                        span = self.index[left - 2]
                        return [Referent(span.kb_id_, LINKED, span.start)]
        if info is None:
            return []
        if token.text[:1].isupper() and not token.is_sent_start and token.i > 0 and doc[token.i - 1].text[:1].islower():
            # "l'Université de Georgetown", "the Institute": a capitalised noun in running prose is (part of)
            # an institution's name, not a description of the company the passage is about
            return []
        determiner = doc[left].lower_ if left < token.i else ""
        if determiner not in self.definite and determiner not in self.possessives:
            # "Last year the French startup raised ...": a time phrase before the determiner
            determiner = next((t.lower_ for t in doc[left : token.i] if t.pos_ == "DET"), determiner)
        if determiner not in self.definite and determiner not in self.possessives:
            return []
        if token.i > 0 and doc[token.i - 1].lower_ in ("deux", "two", "both"):
            # "les deux entreprises", "the two companies": the two entities last named
            first = self.recency.recent(
                token.i, {info["type"]} & types if types else {info["type"]}, exclude, DESCRIPTION
            )
            if first:
                second = self.recency.recent(
                    token.i, {info["type"]} & types if types else {info["type"]}, exclude | {first[0].key}, DESCRIPTION
                )
                return first + second if second else []
            return []
        if info["type"] == "Organization" and "Plur" in token.morph.get("Number"):
            return []  # "les startups françaises", "the companies": several organisations, not the salient one
        wanted = {info["type"]} & types if types else {info["type"]}
        if not wanted:
            return []
        if info["type"] == "Organization" and determiner in self.definite and unnamed_newcomer(self, token):
            return []  # "... to build a startup. He will start the company with X": the new, unnamed one
        kinds = set(info.get("kinds") or ())
        place = self._place_of_description(token)
        candidates = self.recency.salient(token.i, wanted, exclude, kinds=kinds, place=place)
        if not candidates and place:
            candidates = unplaced_salient(self, token, wanted, exclude, kinds, place)
        if not candidates and place:
            # "la pépite française" for a company seated in Paris: the country of its seat, last, since an
            # unplaced subject the passage is about is more likely what a nationality describes
            candidates = self.recency.salient(token.i, wanted, exclude, kinds=kinds, place=place, by_country=True)
        if candidates and not place:
            described = self._described_as(token, wanted, exclude)
            if described and described[0].key != candidates[0].key:
                candidates = described
        if candidates:
            phrase = doc[left : self._np_end(token)].text
            if place or any(t.lower_ in self.nationalities for t in doc[left : self._np_end(token)]):
                self.descriptions.setdefault(candidates[0].key, set()).add(phrase)
        return candidates

    def _np_start(self, token: Token) -> int:
        i = token.i
        doc = self.doc
        while True:
            i = self._np_start_from(token, i)
            # "the Santa Clara, California-based company": a comma between two places
            place = self.index.get(i - 1) if i - 1 >= token.sent.start else None
            if (
                place is not None
                and place.label_ == "Place"
                and place.start - 2 >= token.sent.start
                and doc[place.start - 1].text == ","
                and place.start - 2 in self.index
                and self.index[place.start - 2].label_ == "Place"
            ):
                i = self.index[place.start - 2].start
                continue
            return i

    def _np_start_from(self, token: Token, i: int) -> int:
        # read from the token columns: spaCy makes a Token object at every doc[i]
        text, pos, lower, text_ws = self.texts, self.columns.pos, self.lowers, self.texts_ws
        sent_start = token.sent.start
        determiners = self.definite | self.possessives
        while (
            i - 1 >= sent_start
            and text[i - 1] != ","
            and (
                pos[i - 1] in ("DET", "ADJ", "NUM")
                or lower[i - 1] in determiners
                # English premodifiers: "the London coding-assistant maker", "a Paris-based lab"
                or (
                    self.noun_premodifiers
                    and pos[i - 1] == "NOUN"
                    and text[i - 1].islower()
                    and i - 1 > sent_start
                    and text[i - 2] != ","
                )
                or text[i - 1] == "-"
                or lower[i - 1] in self.based_words
                # "the in-house AI chips": a word glued to a hyphen, a generic capitalised word ("AI")
                or (
                    text[i] == "-" and text_ws[i - 1] == text[i - 1] and text[i - 1].isalpha() and text[i - 1].islower()
                )
                or (
                    self.noun_premodifiers
                    and pos[i - 1] == "PROPN"
                    and fold(text[i - 1]) in self.stop_names
                    and i - 1 > sent_start
                    and text[i - 2] != ","
                )
                or (
                    i - 1 in self.index
                    and self.index[i - 1].label_ == "Place"
                    and i - 1 > sent_start
                    and text[i - 2] != ","
                )
            )
        ):
            i -= 1
        return i

    def _np_end(self, token: Token) -> int:
        end = token.i + 1
        doc = self.doc
        while (
            end < len(doc) and end - token.i < 4 and (doc[end].pos_ == "ADJ" or doc[end].lower_ in self.genitive_words)
        ):
            if doc[end].lower_ in self.genitive_words:
                if end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                    end += 2
                    continue
                break
            end += 1
        return end

    def _place_of_description(self, token: Token) -> str | None:
        return place_of_description(token, self.index, self.nationalities)

    def _described_as(
        self, token: Token, wanted: set[str], exclude: set[str], limit_sentences: int = 2
    ) -> list[Referent]:
        """ "Whitcombe Lyle, the Manhattan law firm, ... a former colleague at the firm": the entity an
        apposition (or a copula: "X is a law firm") of the last few sentences described with the same noun."""
        doc = self.doc
        lemma = token.lemma_.lower()
        sent_start = token.sent.start
        sentences = 0
        last = None
        for span in reversed(self.mentions):
            if span.start >= token.i or span.kb_id_ in exclude or span.label_ not in wanted:
                continue
            if span.sent.start != last:
                if last is not None:
                    sentences += 1
                last = span.sent.start
            if span.sent.start < sent_start and sentences > limit_sentences:
                break
            if defined_as(span, lemma, token.i):
                return [Referent(span.kb_id_, DESCRIPTION, span.start)]  # "X is the weekly newspaper of Y"
            j = span.end
            if j + 1 < token.i and doc[j].text == "," and doc[j + 1].pos_ == "DET":
                for k in range(j + 2, min(j + 7, token.i)):
                    if doc[k].text in (",", ".", ";") or doc[k].pos_ in ("VERB", "AUX", "ADP"):
                        break
                    if doc[k].lemma_.lower() == lemma and doc[k].pos_ == "NOUN" and k != token.i:
                        m = k + 1
                        while m < token.i and doc[m].pos_ == "ADJ":
                            m += 1
                        if m < len(doc) and doc[m].text in (",", ".", ";", ")"):  # a closed apposition
                            return [Referent(span.kb_id_, DESCRIPTION, span.start)]
                        break
        return []


def defined_as(span: Span, lemma: str, before: int) -> bool:
    """Is the name ``span`` the subject of a copula whose complement is a noun of ``lemma`` (before token ``before``)?"""
    root = span.root
    return (
        root.dep_ == "nsubj"
        and root.head.lemma_ == "be"
        and any(
            c.dep_ == "attr" and c.lemma_.lower() == lemma and c.pos_ == "NOUN" and c.i < before
            for c in root.head.children
        )
    )


def place_of_description(token: Token, index: dict[int, Span], nationalities: dict[str, str]) -> str | None:
    """The place a description gives its entity::

    place_of_description(token, index, nationalities)  # "la firme de Redmond" -> "redmond"
    # "le géant américain", "the U.S. company" -> "united-states"
    """
    doc = token.doc
    for j in range(token.i + 1, min(len(doc), token.i + 4)):
        if doc[j].lower_ in nationalities:
            return nationalities[doc[j].lower_]
        span = index.get(j)
        if span is not None:
            return span.kb_id_ if span.label_ == "Place" else None
        if doc[j].pos_ not in ("ADJ", "ADP", "DET"):
            break
    for j in range(max(token.sent.start, token.i - 2), token.i):
        if doc[j].lower_ in nationalities:
            return nationalities[doc[j].lower_]
        span = index.get(j)
        if (
            span is not None
            and span.label_ == "Place"
            and span.start == j
            and all(t.pos_ == "ADJ" and t.is_lower for t in doc[span.end : token.i])
        ):
            return span.kb_id_  # "the U.S. company", "the Paris startup": a place name before the noun
    return None


def maker_of_product(self: DescriptionResolver, token: Token) -> list[Referent] | None:
    """ "the ChatGPT maker", "the maker of ChatGPT", "le créateur de ChatGPT", "the company behind
    ChatGPT": the organisation named right after the phrase ("le fabricant de ChatGPT OpenAI"), else the one
    the article already said makes that product; ``[]`` if it said none, ``None`` if ``token`` heads no
    such phrase. A function of the resolver's words and article, outside the class to keep it short."""
    lemma = token.lemma_.lower()
    behind = any(c.lower_ in self.behind_words for c in token.children)
    if lemma not in self.maker_nouns and token.lower_ not in self.maker_nouns and not behind:
        return None
    product = None
    for child in token.children:
        if child.dep_ == "compound" and child.i < token.i:
            product = self.index.get(child.i)  # "the ChatGPT maker"
        elif child.dep_ in ("prep", "nmod") and child.i > token.i:
            # "the maker of ChatGPT" (prep -> pobj), "le créateur de ChatGPT" (nmod with its case)
            objects = [child] if child.dep_ == "nmod" else [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ not in self.genitive_words | self.behind_words:
                continue
            product = next((self.index[o.i] for o in objects if o.i in self.index), None)
        if product is not None:
            break
    if product is None or product.label_ not in ("Product", "AIModel"):
        return None
    doc = self.doc
    after = product.end + (1 if product.end < len(doc) and doc[product.end].text == "," else 0)
    named = self.index.get(after) if after < len(doc) and doc[after].sent.start == token.sent.start else None
    if named is not None and named.start == after and named.label_ == "Organization":
        return [Referent(named.kb_id_, LINKED, named.start)]  # "the maker of ChatGPT, OpenAI,"
    maker = self.doc.user_data.get("kg_developers", {}).get(product.kb_id_)
    if maker is None or maker not in self.entities:
        return []
    return [Referent(maker, DESCRIPTION, token.i)]


def unnamed_newcomer(self: DescriptionResolver, token: Token) -> bool:
    """Did the sentence of ``token`` or one of the two before bring in, before it, a new organisation
    without a name: an organisation noun after an indefinite determiner, object of a verb of founding
    ("to build a startup", "pour créer une start-up"), with no name right after it? A definite
    description then most likely means that one ("... he will start the company with X"), whom no
    entity stands for. A function of the resolver, outside the class to keep it short::

        unnamed_newcomer(resolver, doc[12])  # True for "the company" after "to build a startup"
    """
    doc = self.doc
    first = token.sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    for noun in doc[first : token.i]:
        if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in self.new_organization_verbs:
            continue
        info = self.descriptors.get(noun.lemma_.lower()) or self.descriptors.get(noun.lower_)
        if info is None or info["type"] != "Organization" or "Plur" in noun.morph.get("Number"):
            continue
        if not any(child.dep_ == "det" and child.lower_ in self.indefinite for child in noun.children):
            continue
        if any(k in self.index for k in range(noun.i + 1, min(noun.i + 4, noun.sent.end, token.i))):
            continue  # "a startup, Kernwerk," or "a startup called Kernwerk": named after all
        return True
    return False


def unplaced_salient(
    self: DescriptionResolver, token: Token, wanted: set[str], exclude: set[str], kinds: set[str], place: str
) -> list[Referent]:
    """ "Quillfeather - £22m. The London-based legal drafting startup closed ...": a description
    that gives a place no candidate is known to be in introduces that place for the entity the
    passage is about, if its own location is not known yet (as the clause's subject, or elsewhere
    when that entity is also the most salient one: "X a investi dans la pépite lyonnaise").
    A function of the resolver, outside the class to keep it short."""
    placed = {
        k for k, e in self.entities.items() if e.hq is not None or self.doc.user_data.get("kg_locations", {}).get(k)
    }
    candidates = self.recency.salient(token.i, wanted, set(exclude) | placed, kinds=kinds, place=None)
    if candidates and not token.dep_.startswith("nsubj"):
        # "X invested in the Parisian startup": out of the subject slot only the entity the passage is
        # about, not an unplaced one found by passing over a more salient one placed elsewhere
        first = self.recency.salient(token.i, wanted, set(exclude), kinds=kinds, place=None)
        if not first or first[0].key != candidates[0].key:
            return []
    return [Referent(r.key, r.factor * 0.9, r.token) for r in candidates]


def project_name_beside(token: Token, index: dict, descriptors: dict) -> list[Referent]:
    """ "les membres du projet Helios": the parser hangs an initiative's name on the noun the descriptor
    complements; the name right after the descriptor, a project as it says, is still the one it introduces."""
    span = index.get(token.i + 1)
    info = descriptors.get(token.lower_) or descriptors.get(token.lemma_.lower())
    if (
        span is None
        or span.start != token.i + 1
        or info is None
        or info["type"] != "Project"
        or span.label_ != "Project"
        or token.doc[token.i + 1].head.i != token.head.i
    ):
        return []
    return [Referent(span.kb_id_, LINKED, span.start)]
