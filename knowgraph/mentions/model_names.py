"""Model names known by their shape alone: a word and hyphen-joined parts, one of them a version or a size.

Articles name new models the gazetteer cannot know ("Orbis-2", "Quill-7B-preview", "vela-oss-40b",
"Lumen3-32B", "KERN-2"), and the tagger cuts them at their hyphens or reads their head as a company.
Such a name is a model when, after its first word, one part holds a digit that is neither a year nor a
quantity with a unit ("80GB"), and its first word is no word of the data's ``not_heads`` ("Covid-19").
Lower-case parts at its end that are no model variant are a compound, not part of the name
("Orbis-2-powered"). The words are data: ``model_shapes`` in ``knowgraph/data/<lang>/lexicon.yaml``.
:class:`LaunchedNames` reads a name and a version after a launch verb ("a dévoilé Orbis 3"), and
:func:`model_title_end` a family of models named after its maker ("Kernwerk Foundation Models").

    names = ShapedModelNames("en", {"mini", "preview"})
    names(nlp("Kernwerk released Quill-7B-preview and Orbis-2-powered apps."))
    # [Candidate(2, 7, 1, 'AIModel'), Candidate(8, 11, 1, 'AIModel')]: "Quill-7B-preview", "Orbis-2"
"""

from __future__ import annotations

import re

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from knowgraph.mentions.entities import Candidate
from knowgraph.nlp.anchored import AnchoredMatcher
from knowgraph.nlp.doccache import doc_text
from knowgraph.nlp.resources import language_data

# a word, then one or more parts after a hyphen (or the non-breaking hyphen U+2011), no space inside
_SHAPED = re.compile(r"(?<![\w\-\u2011/.@])[A-Za-z][A-Za-z0-9.]*(?:[-\u2011][A-Za-z0-9.]+)+")
_HYPHENS = re.compile(r"[-\u2011]")
_YEAR = re.compile(r"^(19|20)\d\d$")
# "3", "2.5", "K2": a version after a name the tagger does not know ("Orbis 3", "Kimi K2")
_VERSION = r"^([A-Z]?\d{1,2}(\.\d{1,2})?)$"
# a word that begins with a capital letter, other letters after it ("Orbis", "KernAI")
_CAPITALISED = r"^[A-ZÀ-Ý][A-Za-zÀ-ÿ]+$"


class LaunchedNames:
    """A capitalised name and a version right after a launch verb ("Kernwerk released Orbis 3", "a dévoilé
    Vello 2.5", "launched its new Lumen 4"): a model (or a product) the article introduces, which the NER
    often reads as a law, a person or a company. The verbs are data (``model_shapes.launch_verbs``); a name
    the gazetteer knows keeps its own type (its candidate comes first).

        LaunchedNames("en", nlp.vocab)(nlp("Kernwerk released Orbis 3 on Tuesday."))  # [Candidate(2, 4, 1, 'AIModel')]
    """

    def __init__(self, lang: str, vocab: Vocab):
        verbs = language_data(lang, "lexicon").get("model_shapes", {}).get("launch_verbs", [])
        self.matcher = Matcher(vocab)
        self.matcher.add(
            "LAUNCHED",
            [
                [
                    {"LEMMA": {"IN": verbs}},
                    {"POS": {"IN": ["DET", "ADJ", "PRON"]}, "IS_LOWER": True, "OP": "*"},
                    {"IS_TITLE": True, "IS_ALPHA": True},
                    {"IS_TITLE": True, "IS_ALPHA": True, "OP": "?"},
                    {"TEXT": {"REGEX": _VERSION}},
                ]
            ],
        )

        # "a lighter model called Orbis Mini", "une puce baptisée Lumen": a name given to a product noun
        shapes = language_data(lang, "lexicon").get("model_shapes", {})
        self.named_types = {w: "AIModel" for w in shapes.get("named_model_nouns", [])}
        self.named_types.update({w: "Product" for w in shapes.get("named_product_nouns", [])})
        self.naming_words = {w.lower() for w in shapes.get("naming_words", [])}
        self.name_articles = {w.lower() for w in shapes.get("name_articles", [])}
        # "un modèle de langage appelé Vello": a complement of the noun between it and the naming word
        links = shapes.get("name_noun_links", [])
        # (an adjective after "plus" may be tagged a noun: "un modèle plus compact" under fr_core_news_md)
        described = [{"POS": {"IN": ["ADJ", "ADV", "NOUN"]}, "IS_LOWER": True, "OP": "{0,3}"}]
        complement = [{"LOWER": {"IN": links}}, {"POS": "NOUN", "IS_LOWER": True}] if links else []
        name = [
            {"LOWER": {"IN": sorted(self.naming_words)}},
            {"LOWER": {"IN": sorted(self.name_articles)}, "OP": "?"},
            {"TEXT": {"REGEX": _CAPITALISED}},  # "MatX"-like names mix cases
            {"TEXT": {"REGEX": _CAPITALISED}, "OP": "?"},
            {"TEXT": {"REGEX": _VERSION}, "OP": "?"},
        ]
        noun = [{"LEMMA": {"IN": sorted(self.named_types)}, "POS": "NOUN"}]
        # "son assistant, baptisé Vello", "its chip, dubbed Ostra": the naming participle after a comma too
        comma = [{"TEXT": ","}]
        shapes_named = [noun + described + name, noun + described + comma + name]
        if complement:
            shapes_named += [noun + complement + described + name, noun + complement + described + comma + name]
        self.named_matcher = AnchoredMatcher(vocab, "NAMED", shapes_named)  # as greedy="LONGEST"
        self.listed = ListedNames(vocab, self.named_types, shapes, verbs, language_data(lang, "lexicon"))

    def __call__(self, doc: Doc) -> list[Candidate]:
        out = self._named(doc) + self.listed(doc)
        for _match, start, end in self.matcher(doc):
            version = doc[end - 1]
            after = doc[end] if end < len(doc) else None
            if after is not None and (after.like_num or after.text in ("%", "$", "€")):
                continue  # "a lancé Orbis 3 500 fois": a figure
            name_start = next(i for i in range(start + 1, end) if doc[i].is_title)
            if any(t.is_sent_start for t in doc[name_start + 1 : end]) or _YEAR.match(version.text):
                continue
            out.append(Candidate(name_start, end, 1, "AIModel", None, set()))
        return out

    def _named(self, doc: Doc) -> list[Candidate]:
        """ "an accelerator called the Orbis One", "un modèle plus léger nommé Vello 3": the name a sentence gives
        a product or a model noun (``model_shapes.naming_words`` after one of ``named_model_nouns`` or
        ``named_product_nouns``); the noun says which of the two it is."""
        out = []
        for _match, start, end in self.named_matcher(doc):
            naming = next(i for i in range(start + 1, end) if doc[i].lower_ in self.naming_words)
            name_start = naming + 2 if doc[naming + 1].lower_ in self.name_articles else naming + 1
            if any(t.is_sent_start for t in doc[start + 1 : end]):
                continue
            out.append(Candidate(name_start, end, 1, self.named_types[doc[start].lemma_.lower()], None, set()))
        return out


class ListedNames:
    """Names listed as examples or members of a plural model or product noun: "des modèles de langage comme
    Orbis et Quilla", "chatbots such as Vello, Tessel or Quilla", "three new models: Orbis, Lumen and
    Tessel". The noun says whether they are models or products (``named_model_nouns``,
    ``named_product_nouns``), the words that open the list are data (``model_shapes.example_words``).
    Between the noun and the list stand only lower-case adjectives and, in French, a complement of the noun
    ("modèles de langage"): "models from companies such as X" lists no model. A list after a colon holds two
    names at least. A name the gazetteer knows keeps its own type (its candidate comes first).

        ListedNames(nlp.vocab, {"model": "AIModel"}, shapes)(nlp("Kernwerk trains models such as Orbis and Lumen."))
        # [Candidate(5, 6, 1, 'AIModel'), Candidate(7, 8, 1, 'AIModel')]
    """

    def __init__(self, vocab: Vocab, noun_types: dict[str, str], shapes: dict, launch_verbs: list[str], lexicon: dict):
        self.noun_types = noun_types
        self.joins = {w.lower() for w in shapes.get("list_joins", [])}
        openers = [str(w).split() for w in shapes.get("example_words", [])]
        self.matcher: AnchoredMatcher | None = None
        self.owner_nouns: set[str] = set()
        if not noun_types or not openers:
            return
        noun = [{"LEMMA": {"IN": sorted(noun_types)}, "POS": "NOUN"}]
        links = shapes.get("name_noun_links", [])
        # the nouns that name organisations or people: "des outils de startups comme Nexalia" lists startups
        others = sorted(
            w for w, spec in (lexicon.get("descriptors") or {}).items() if spec.get("type") not in noun_types.values()
        )
        self.owner_nouns = set(others)
        # "performants", "open-source": the tagger reads some French adjectives after a complement as nouns
        after = ["ADJ", "ADV", "NOUN"] if links else ["ADJ", "ADV"]
        described = [
            {
                "IS_LOWER": True,
                "POS": {"IN": after},
                "LEMMA": {"NOT_IN": others},
                "LOWER": {"NOT_IN": others},
                "OP": "{0,3}",
            }
        ]
        # "modèles de langage", "outils d'intelligence artificielle": a complement in the singular (a plural
        # one, "modèles d'entreprises", names their owners)
        complement = (
            [{"LOWER": {"IN": links}}, {"POS": "NOUN", "IS_LOWER": True, "MORPH": {"IS_SUPERSET": ["Number=Sing"]}}]
            if links
            else []
        )
        hyphen = [{"TEXT": "-", "OP": "?"}, {"IS_LOWER": True, "OP": "?"}]
        first = [{"TEXT": {"REGEX": _CAPITALISED}}]
        comma = [{"TEXT": ",", "OP": "?"}]
        shapes_listed = []
        # the one-word openers in one token pattern: fewer patterns, the same matches
        single = sorted({o[0] for o in openers if len(o) == 1})
        opener_words = [[{"LOWER": {"IN": single}}]] if single else []
        opener_words += [[{"LOWER": w} for w in opener] for opener in openers if len(opener) > 1]
        for words in opener_words:
            shapes_listed.append(noun + described + comma + words + first)
            if complement:
                shapes_listed.append(noun + complement + described + hyphen + described + comma + words + first)
        # "ses applications Vello, Tessel et Quilla": a plural noun right before a list of two names at least
        plural = [{"LEMMA": {"IN": sorted(noun_types)}, "POS": "NOUN", "MORPH": {"IS_SUPERSET": ["Number=Plur"]}}]
        shapes_listed.append(plural + described + first)
        # "Trois modèles ont été dévoilés : A, B et C": the plural noun is the subject of a launch verb
        launched = [{"POS": "AUX", "OP": "{0,3}"}, {"LEMMA": {"IN": launch_verbs}}, {"TEXT": ":"}]
        shapes_listed.append(noun + described + launched + first)
        self.matcher = AnchoredMatcher(vocab, "LISTED", shapes_listed)  # as greedy="LONGEST"

    def __call__(self, doc: Doc) -> list[Candidate]:
        out = []
        for _match, start, end in self.matcher(doc) if self.matcher is not None else ():
            # (the parser may start a sentence at the first name after a colon)
            inside = end - 1 if doc[end - 2].text == ":" else end
            if any(t.is_sent_start for t in doc[start + 1 : inside]):
                continue
            if self._owners_of(doc, start):
                continue
            names = self._names_from(doc, end - 1)
            if (doc[end - 2].text == ":" or doc[end - 2].pos_ in ("NOUN", "ADJ")) and len(names) < 2:
                continue  # "le modèle : Nexalia le vend", "les modèles Nexalia": a list holds two names
            etype = self.noun_types[doc[start].lemma_.lower()]
            out += [Candidate(a, b, 1, etype, None, set()) for a, b in names]
        return out

    def _names_from(self, doc: Doc, k: int) -> list[tuple[int, int]]:
        """The names of a list from token ``k``: capitalised words (with a version after them), joined by
        commas and the list's conjunctions; the list ends at any other word."""
        names: list[tuple[int, int]] = []
        while k < len(doc) and re.match(_CAPITALISED, doc[k].text) and not (names and self._new_sentence(doc, k)):
            stop = k + 1
            while stop < len(doc) and not self._new_sentence(doc, stop) and stop - k < 4:
                word = doc[stop].text
                if word == "-" and not doc[stop - 1].whitespace_ and stop + 1 < len(doc):
                    # "Orca-Math", "Lumen-2": the parts of one hyphenated name
                    following = doc[stop + 1].text
                    if not doc[stop].whitespace_ and (re.match(_CAPITALISED, following) or following[:1].isdigit()):
                        stop += 2
                        continue
                if not (re.match(_CAPITALISED, word) or re.match(_VERSION, word)):
                    break
                stop += 1
            names.append((k, stop))
            k = stop
            if k < len(doc) and doc[k].text == ",":
                k += 1
            if k < len(doc) and doc[k].lower_ in self.joins:
                k += 1
            if k == stop:
                break
        return names

    def _owners_of(self, doc: Doc, k: int) -> bool:
        """Whether the noun at ``k`` is the complement of a noun of makers ("les éditeurs de logiciels comme X",
        "makers of chatbots such as X"): the list then names the makers."""
        j = k - 1
        while j > 0 and doc[j].pos_ == "DET":
            j -= 1
        if j < 1 or doc[j].pos_ != "ADP":
            return False
        # "les éditeurs historiques de logiciels": the noun of makers may have its adjectives after it
        for word in reversed(list(doc[max(0, j - 3) : j])):
            if word.lower_ in self.owner_nouns or word.lemma_.lower() in self.owner_nouns:
                return True
            if not (word.is_lower and word.pos_ in ("ADJ", "NOUN")):
                return False
        return False

    @staticmethod
    def _new_sentence(doc: Doc, k: int) -> bool:
        """Whether a sentence starts at ``k`` after a full stop (not where the parser cut a list)."""
        return doc[k].is_sent_start and k > 0 and doc[k - 1].text in (".", "!", "?")


class ShapedModelNames:
    """Candidates for the model names a text writes with a hyphen and a version (see module docstring)."""

    def __init__(self, lang: str, variants: set[str]):
        shapes = language_data(lang, "lexicon").get("model_shapes", {})
        self.not_heads = {w.casefold() for w in shapes.get("not_heads", [])}
        # "80GB", "5nm": a quantity with its unit describes hardware, it numbers no model
        self.unit_tail = re.compile(r"^\d+(\.\d+)?(" + "|".join(shapes.get("unit_suffixes", ["GB"])) + r")$", re.I)
        # "Quill-7B-preview", "vela-oss-40b-instruct": lower-case words that end a model's name
        self.variants = {v.casefold() for v in variants} | {w.casefold() for w in shapes.get("variants", [])}

    def __call__(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        if "-" not in text and "\u2011" not in text:
            return []
        out = []
        for match in _SHAPED.finditer(text):
            name = self._name(match.group().rstrip("."))
            if name is None:
                continue
            span = doc.char_span(match.start(), match.start() + len(name), alignment_mode="expand")
            if span is not None and not any(t.is_space for t in span):
                out.append(Candidate(span.start, span.end, 1, "AIModel", None, set()))
        return out

    def _name(self, text: str) -> str | None:
        """The model name ``text`` writes, without a trailing compound; None if it is none."""
        parts = _HYPHENS.split(text)
        while len(parts) > 1 and parts[-1].isalpha() and parts[-1].islower() and parts[-1] not in self.variants:
            parts.pop()  # "Orbis-2-powered", "Quill-3-based": the compound's second word
        head, rest = parts[0], parts[1:]
        if not rest or head.casefold() in self.not_heads or len(head) < 2:
            return None
        numbered = [p for p in rest if any(c.isdigit() for c in p)]
        if not numbered and any(c.isdigit() for c in head) and all(p.casefold() in self.variants for p in rest):
            return text  # "o3-mini", "Lumen3-Pro": the version in the first word, a variant after it
        if not numbered or any(_YEAR.match(p) or self.unit_tail.match(p) for p in numbered):
            return None
        return text[: sum(len(p) for p in parts) + len(parts) - 1]


def model_title_end(doc: Doc, end: int, titles: set[str]) -> int | None:
    """The end of "Foundation Models" in "Kernwerk Foundation Models": up to two capitalised words after a
    known company's name ending at ``end``, then a title word of models (``titles``: ``model_shapes.title_heads``)
    that no version follows ("Kernwerk Model 3" names a car or a device, not a family); None if none.

        model_title_end(nlp("the Kernwerk Foundation Models will ship"), 2, {"Models"})  # 4
    """
    for stop in range(end + 1, min(end + 4, len(doc) + 1)):
        token = doc[stop - 1]
        if token.is_sent_start or not token.is_alpha or not token.is_title:
            return None
        if token.text in titles:
            following = doc[stop] if stop < len(doc) else None
            if following is not None and (following.like_num or following.is_title):
                return None
            return stop
    return None
