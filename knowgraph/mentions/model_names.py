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
        self.named_matcher = Matcher(vocab)
        # "un modèle de langage appelé Vello": a complement of the noun between it and the naming word
        links = shapes.get("name_noun_links", [])
        described = [{"POS": {"IN": ["ADJ", "ADV"]}, "IS_LOWER": True, "OP": "{0,3}"}]
        complement = [{"LOWER": {"IN": links}}, {"POS": "NOUN", "IS_LOWER": True}] if links else []
        name = [
            {"LOWER": {"IN": sorted(self.naming_words)}},
            {"LOWER": {"IN": sorted(self.name_articles)}, "OP": "?"},
            {"TEXT": {"REGEX": _CAPITALISED}},  # "MatX"-like names mix cases
            {"TEXT": {"REGEX": _CAPITALISED}, "OP": "?"},
            {"TEXT": {"REGEX": _VERSION}, "OP": "?"},
        ]
        noun = [{"LEMMA": {"IN": sorted(self.named_types)}, "POS": "NOUN"}]
        shapes_named = [noun + described + name] + ([noun + complement + described + name] if complement else [])
        self.named_matcher.add("NAMED", shapes_named, greedy="LONGEST")

    def __call__(self, doc: Doc) -> list[Candidate]:
        out = self._named(doc)
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
