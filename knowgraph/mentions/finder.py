"""Entity mentions: spaCy's NER corrected and typed with the gazetteer and with context.

The ``knowgraph_mentions`` component writes

* ``doc.spans["kg_mentions"]``: one span per mention, ``label_`` the ontology class
  (``Organization``, ``Person``, ``AIModel``, ``Product``, ``Place``, ``Project``) and ``kb_id_``
  the key of the entity it names, the same key for every mention of that entity in the article;
* ``doc._.kg_entities``: ``{key: Entity}`` with canonical name, type, Wikidata QID and surface forms.

Usage in any French or English pipeline::

    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("knowgraph_mentions", config={"lang": "fr"})
    doc = nlp("La startup Nexalia a été rachetée par Microsoft.")
    [(s.text, s.label_, s.kb_id_) for s in doc.spans["kg_mentions"]]
    # [('Nexalia', 'Organization', 'nexalia'), ('Microsoft', 'Organization', 'microsoft')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from knowgraph.mentions.gazetteer import Gazetteer, GazetteerEntry, bare, default_gazetteer, fold, slugify
from knowgraph.nlp.doccache import cached_sentences, token_columns
from knowgraph.nlp.resources import language_data, language_table
from knowgraph.nlp.text import squeeze

MENTIONS_KEY = "kg_mentions"
_VERSION = re.compile(r"^\d+(\.\d+)*[a-z]?$")
_QUANTITY_WORDS = {
    "%",
    "percent",
    "million",
    "billion",
    "millions",
    "milliards",
    "milliard",
    "m",
    "bn",
    "times",
    "fois",
    "x",
}
NER_TYPES = {
    "PER": "Person",
    "PERSON": "Person",
    "ORG": "Organization",
    "LOC": "Place",
    "GPE": "Place",
    "MISC": None,
    "PRODUCT": "Product",
    "NORP": None,
    "FAC": None,
    "WORK_OF_ART": None,
}
QUOTES = {'"', "«", "»", "“", "”", "'"}

if not Doc.has_extension("kg_entities"):
    Doc.set_extension("kg_entities", default=None)
if not Doc.has_extension("kg_lang"):
    Doc.set_extension("kg_lang", default=None)


#: spaCy entity labels of dates, times, amounts and numbers: never part of an entity name.
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


@dataclass
class Entity:
    """One real-world entity as named in one article."""

    key: str
    name: str
    type: str
    qid: str | None = None
    kinds: set[str] = field(default_factory=set)
    hq: str | None = None
    surface_forms: set[str] = field(default_factory=set)
    known: bool = False  # from the gazetteer
    first_token: int = 0

    @property
    def alt_labels(self) -> list[str]:
        return sorted(form for form in self.surface_forms if form != self.name)


@dataclass
class _Candidate:
    start: int
    end: int
    priority: int  # 0 gazetteer, 1 named by context, 2 NER
    type: str | None
    entry: GazetteerEntry | None = None
    kinds: set[str] = field(default_factory=set)


class MentionFinder:
    """Find, type and cluster the entity mentions of a ``Doc`` (see module docstring)."""

    def __init__(self, nlp: Language, lang: str, gazetteer: Gazetteer | None = None):
        self.lang = lang
        self.gazetteer = gazetteer or default_gazetteer()
        lexicon = language_data(lang, "lexicon")
        self.based_words = set(lexicon.get("based_words", []))
        self.descriptors: dict[str, dict] = lexicon["descriptors"]
        # every prefix of a descriptor: a window is looked up only where one can start
        self._descriptor_prefixes = {form[:k] for form in self.descriptors for k in range(1, len(form) + 1)}
        self.fillers = set(lexicon["descriptor_fillers"])
        self.possessives = set(lexicon.get("possessive_determiners", []))
        self.split_words = set(lexicon.get("ner_split_words", []))
        self.person_relatives = set(lexicon.get("person_relatives", []))
        self.person_roles = set(lexicon.get("person_roles", []))
        self.coordinators = set(lexicon.get("coordinators", []))
        # pronouns that stand for a thing ("it"): the ones that may stand for a product
        self.pronoun_things = {p.lower() for p, types in lexicon.get("pronouns", {}).items() if "Product" in types}
        self.naming_verbs = set(lexicon["naming_verbs"])
        self.stop_names = {fold(n) for n in lexicon["stop_names"]}
        self.strip_leading = set(lexicon["strip_leading"])
        self.organization_words = set(lexicon.get("organization_words", []))
        self.name_tails = set(lexicon.get("name_tails", []))
        self.first_names = first_names()
        self.location_verbs = set(language_data(lang, "patterns").get("location", {}).get("verbs", []))
        self.nationalities = {
            row["adjective"].casefold(): row["place_key"] for row in language_table(lang, "nationalities")
        }
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        make_doc = nlp.make_doc
        by_key: dict[str, list] = {}
        for entry in self.gazetteer:
            by_key[entry.key] = [make_doc(form) for form in entry.surface_forms]
        for key, patterns in by_key.items():
            self.matcher.add(key, patterns)

    # -- candidates ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_lang = self.lang
        self._columns = self._columns_of(doc)  # read by descriptor_at at every token
        with cached_sentences(doc):  # token.sent, asked in the scans below
            candidates = self._gazetteer_candidates(doc) + self._context_candidates(doc) + self._ner_candidates(doc)
            candidates = self._split_ner_spans(doc, candidates)
            chosen = self._select(doc, candidates)
            entities, spans = self._cluster(doc, chosen)
        doc.spans[MENTIONS_KEY] = spans
        doc._.kg_entities = entities
        self._columns = None
        return doc

    _columns: tuple | None = None  # _columns_of(the doc being read)

    def _cols(self, doc: Doc) -> tuple:
        """_columns_of(doc): those of the doc being read, else built."""
        columns = self._columns
        return columns if columns is not None and columns[0] is doc else self._columns_of(doc)

    @staticmethod
    def _columns_of(doc: Doc) -> tuple:
        """(doc, lower_, lemma_.lower(), text, text_with_ws, pos_ of every token, the TokenColumns): spaCy builds
        these strings at every access, and descriptor_at reads them at every token."""
        columns = token_columns(doc)  # shared with the relations component's Resolver
        return (doc, columns.lower, columns.lemma, columns.text, columns.text_with_ws, columns.pos, columns)

    def _gazetteer_candidates(self, doc: Doc) -> list[_Candidate]:
        out = []
        org_ents = {ent.start: ent.end for ent in doc.ents if ent.label_ in ("ORG",)}
        for match_id, start, end in self.matcher(doc):
            entry = self.gazetteer.get(doc.vocab.strings[match_id])
            if entry is None:
                continue
            if entry.type == "Place" and org_ents.get(start, end) > end and doc[org_ents[start] - 1].text[:1].isupper():
                continue  # "Zurich Insurance", "Banque de France": an organisation named after a place
            if (
                end < len(doc)
                and doc[end].text in self.organization_words
                and doc[end].text not in self.name_tails
                and not doc[end].is_sent_start
            ):
                # "Intel Capital", "Alexa Fund": a known name with an organisation word names another
                # organisation (its investment arm), unless the gazetteer knows the longer name
                out.append(_Candidate(start, end + 1, 1, "Organization", None, {"investor"}))
                continue
            if (
                entry.type == "AIModel"
                and end < len(doc)
                and _VERSION.match(doc[end].text)
                and not doc[end].is_sent_start
                and not (end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].lower_ in _QUANTITY_WORDS))
            ):
                # "Llama 3.3", "Gemini 2.5 Pro": a version of a known model family is a model of its own
                stop = end + 1
                while (
                    stop < len(doc)
                    and stop - end < 3
                    and not doc[stop].is_sent_start
                    and (
                        doc[stop].text[:1].isupper()
                        and doc[stop].is_alpha
                        or re.match(r"^\d+[BbMmKk]$", doc[stop].text)
                    )
                ):
                    stop += 1
                out.append(_Candidate(start, stop, 1, "AIModel", None, set()))
                continue
            out.append(_Candidate(start, end, 0, entry.type, entry, set(entry.kinds)))
        return out

    def descriptor_at(self, doc: Doc, i: int) -> tuple[dict, int] | None:
        """The descriptor noun starting at token ``i`` ("startup", "start-up", "jeune pousse",
        "moteur de recherche"), and the token index after it."""
        _doc, lowers, lemmas, texts, texts_ws, pos, _columns = self._cols(doc)
        prefixes = self._descriptor_prefixes
        multiword = lowers[i] in prefixes or lemmas[i] in prefixes
        for n in (3, 2):
            if multiword and i + n <= len(lowers):
                last = i + n - 1  # the window doc[i : i + n], its text as Span.text gives it
                for form in (
                    ("".join(texts_ws[i:last]) + texts[last]).lower(),
                    " ".join(lowers[i : i + n]),
                    " ".join([lemmas[i]] + lowers[i + 1 : i + n]),
                ):
                    if form in self.descriptors:
                        return self.descriptors[form], i + n
        if pos[i] in ("NOUN", "PROPN", "ADJ", "X", "VERB"):
            for form in (lowers[i], lemmas[i]):
                if form in self.descriptors:
                    return self.descriptors[form], i + 1
        return None

    def _context_candidates(self, doc: Doc) -> list[_Candidate]:
        """Names introduced by a descriptor ("la startup Nexalia", "le modèle o1") or by a naming
        verb ("une fonctionnalité appelée « Think Deeper »")."""
        out = []
        for i in range(len(doc)):  # a Token object only where a descriptor starts
            found = self.descriptor_at(doc, i)
            if found is None:
                continue
            token = doc[i]
            info, j = found
            # skip fillers, adjectives and nationality adjectives: "la startup chinoise DeepSeek"
            while (
                j < len(doc)
                and j - token.i < 6
                and (
                    doc[j].lower_ in self.fillers
                    or (doc[j].pos_ == "ADJ" and doc[j].is_lower)
                    or doc[j].lower_ in self.nationalities
                )
            ):
                j += 1
            if j < len(doc) and doc[j].lemma_.lower() in self.naming_verbs:
                j += 1
            if j + 1 < len(doc) and doc[j].text == "," and doc[j - 1].pos_ in ("NOUN", "PROPN"):
                # "its flagship model, Tern-2, ...", "a family of models, called Weft,": a name in
                # apposition to the descriptor, closed by punctuation
                k = j + 1
                if doc[k].lemma_.lower() in self.naming_verbs:
                    k += 1
                span = self._name_at(doc, k, info["type"])
                if (
                    span is not None
                    and span[1] - span[0] <= 4
                    and span[1] < len(doc)
                    and doc[span[1]].text in (",", ".", ")", ";")
                    and doc[span[0]].text not in QUOTES
                ):
                    out.append(_Candidate(span[0], span[1], 1, info["type"], None, set(info.get("kinds") or ())))
                continue
            span = self._name_at(doc, j, info["type"])
            if span is not None:
                start = span[0]
                if token.text[:1].isupper() and not token.is_sent_start and j == found[1]:
                    start = token.i  # "le Fonds Aurore Capital", "le Groupe Iliad": part of the name
                out.append(_Candidate(start, span[1], 1, info["type"], None, set(info.get("kinds") or ())))
        out += self._apposition_candidates(doc)
        out += self._nationality_candidates(doc)
        out += self._named_after_complement(doc)
        out += self._named_before_descriptor(doc)
        out += self._named_in_headings(doc)
        out += self._named_by_pronoun(doc)
        out += self._persons_by_relative(doc)
        # the city of a dateline ("FRANKFURT, June 3 (Reuters) -")
        out += [_Candidate(i, i + 1, 1, "Place", None, {"city"}) for i in doc.user_data.get("kg_datelines", ())]
        return out

    def _named_before_descriptor(self, doc: Doc) -> list[_Candidate]:
        """ "the Weft language models", "its Bedrock service": an unknown name before a model or product
        noun (English puts names before the noun they qualify)."""
        out = []
        if not language_data(self.lang, "lexicon").get("noun_premodifiers"):
            return out
        _doc, lowers, lemmas, texts, _texts_ws, pos, _columns = self._cols(doc)
        for i, tag in enumerate(pos):  # a Token object only for the lower-case nouns
            if tag != "NOUN" or not texts[i].islower():
                continue
            token = doc[i]
            info = self.descriptors.get(lowers[token.i]) or self.descriptors.get(lemmas[token.i])
            if info is None or info["type"] not in ("AIModel", "Product"):
                continue
            k = token.i - 1
            while (
                k > token.sent.start
                and token.i - k <= 3
                and (doc[k].lower_ in self.fillers or doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"))
            ):
                k -= 1
            end = k + 1
            start = end
            while (
                start - 1 > token.sent.start
                and self._is_name_token(doc[start - 1], info["type"], first=False)
                and end - start < 3
            ):
                start -= 1
            possessed = doc[start - 1].lower_ in ("'s", "’s") or doc[start - 1].lower_ in self.possessives
            if (
                start < end
                and (doc[start - 1].lower_ in ("the", "its", "their", "his", "her") or possessed)
                and (
                    doc[start].ent_type_ not in ("ORG", "GPE", "NORP", "PERSON", "LOC")
                    or possessed
                    and doc[start].ent_type_ != "GPE"
                )
                and doc[start].text[:1].isupper()
            ):
                out.append(_Candidate(start, end, 1, info["type"], None, set(info.get("kinds") or ())))
        return out

    def _named_in_headings(self, doc: Doc) -> list[_Candidate]:
        """ "Quillfeather — £22 million.": a round-up item headed by a capitalised name, a dash and
        an amount names the company the item is about."""
        out = []
        for sent in doc.sents:
            if sent.end - sent.start < 3 or not sent[0].text[:1].isupper():
                continue
            span = self._name_at(doc, sent.start, "Organization")
            if (
                span is None
                or span[1] >= sent.end - 1
                or doc[span[1]].text not in ("—", "–", "-", ":")
                or span[1] - span[0] > 4
            ):
                continue
            if (
                sent.end - span[1] > 8
                or doc[span[1] + 1].ent_type_ != "MONEY"
                or doc[span[0]].ent_type_ in ("GPE", "LOC", "PERSON", "DATE")
            ):
                continue
            out.append(_Candidate(span[0], span[1], 1, "Organization", None, set()))
        return out

    def _persons_by_relative(self, doc: Doc) -> list[_Candidate]:
        """ "Nkechi Adeyemi, who ...": a name of two or three words that a personal relative pronoun
        (``person_relatives``) takes up is a person's, whatever the NER said."""
        out = []
        _doc, lowers, _lemmas, texts, _texts_ws, _pos, _columns = self._cols(doc)
        for i, lower in enumerate(lowers):  # a Token object only for ", who"
            if lower not in self.person_relatives or i < 3 or texts[i - 1] != ",":
                continue
            token = doc[i]
            end = token.i - 1
            start = end
            while (
                start - 1 >= 0
                and end - start < 3
                and self._is_name_token(doc[start - 1], "Person", first=True)
                and doc[start - 1].text[:1].isupper()
                and not doc[start - 1].is_punct
            ):
                start -= 1
            words = [t.text for t in doc[start:end]]
            if (
                len(words) < 2
                or any(w in self.organization_words for w in words)
                or (start > 0 and doc[start - 1].text in ("'s", "’s"))
            ):
                continue
            if start > 0 and (doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start):
                continue
            if start > 0 and (doc[start - 1].pos_ == "ADP" or doc[start - 1].lower_ in self.strip_leading):
                continue  # "an analyst at Pembroke Street Research, who ...": the relative takes up the analyst
            out.append(_Candidate(start, end, 1, "Person", None, set()))
        # "Mara Lenz, a former Google engineer, ...", "Mara Lenz, chief executive of X": a role only people hold
        for i, text in enumerate(texts):  # a Token object only for the commas
            if text != "," or i < 2 or i + 2 >= len(doc):
                continue
            token = doc[i]
            k = token.i + 1
            while (
                k < len(doc)
                and k - token.i < 6
                and not (doc[k].lower_ in self.person_roles and doc[k].pos_ in ("NOUN", "PROPN"))
                and (
                    doc[k].pos_ in ("DET", "ADJ", "NUM")
                    or doc[k].lower_ in self.possessives
                    or doc[k].text in ("-", "'s", "’s")
                    or doc[k].text[:1].isupper()
                    and doc[k].pos_ == "PROPN"
                    or doc[k].is_lower
                    and doc[k].pos_ == "NOUN"
                )
            ):
                k += 1
            if k >= len(doc) or doc[k].lower_ not in self.person_roles or doc[k].pos_ not in ("NOUN", "PROPN"):
                continue
            end = token.i
            start = end
            while (
                start - 1 >= 0
                and end - start < 3
                and doc[start - 1].text[:1].isupper()
                and doc[start - 1].is_alpha
                and not doc[start - 1].is_sent_start
            ):
                start -= 1
            if (
                start - 1 >= 0
                and doc[start - 1].is_sent_start
                and doc[start - 1].text[:1].isupper()
                and doc[start - 1].is_alpha
                and end - start < 3
            ):
                start -= 1
            words = [t.text for t in doc[start:end]]
            if len(words) < 2 or any(w in self.organization_words for w in words):
                continue
            if start > 0 and doc[start - 1].text in ("'s", "’s"):
                continue
            out.append(_Candidate(start, end, 1, "Person", None, set()))
        return out

    def _naming_participles(self, doc: Doc) -> Iterator[Token]:
        """The past participles of naming verbs ("called", "baptisé"); a Token object only for
        the words whose lemma is a naming verb."""
        for i, lemma in enumerate(self._cols(doc)[2]):
            if lemma not in self.naming_verbs:
                continue
            token = doc[i]
            if token.tag_ in ("VBN", "VPP") or "Part" in token.morph.get("VerbForm"):
                yield token

    def _named_by_pronoun(self, doc: Doc) -> list[_Candidate]:
        """ "... is launching a coding agent today. It's called Kittiwake": a naming participle after
        "it is" names what the last descriptor noun of the previous sentence or of this one described."""
        out = []
        for token in self._naming_participles(doc):
            if token.i < 2 or doc[token.i - 1].pos_ != "AUX" or doc[token.i - 2].lower_ not in self.pronoun_things:
                continue
            sent = token.sent
            previous = doc[sent.start - 1].sent if sent.start > 0 else sent
            info = None
            for t in reversed(doc[previous.start : token.i - 2]):
                if t.pos_ == "NOUN" and t.is_lower and t.dep_ in ("obj", "dobj", "attr", "nsubj", "nsubjpass"):
                    found = self.descriptors.get(t.lower_) or self.descriptors.get(t.lemma_.lower())
                    if found is not None and found["type"] in ("Product", "AIModel"):
                        info = found
                    break
            if info is None:
                continue
            span = self._name_at(doc, token.i + 1, info["type"])
            if span is not None and span[1] - span[0] <= 4 and span[1] <= sent.end:
                out.append(_Candidate(span[0], span[1], 1, info["type"], None, set(info.get("kinds") or ())))
        return out

    def _named_after_complement(self, doc: Doc) -> list[_Candidate]:
        """ "a foundation model for warehouse robots called HM-0": a naming participle after the
        descriptor's complement names what the descriptor describes."""
        out = []
        for token in self._naming_participles(doc):
            k = token.i - 1
            while (
                k >= token.sent.start
                and token.i - k <= 7
                and (
                    doc[k].pos_ in ("NOUN", "ADJ", "ADP", "DET", "NUM") and doc[k].is_lower or doc[k].text in (",", "-")
                )
            ):
                if (
                    doc[k].pos_ == "NOUN"
                    and (doc[k].lower_ in self.descriptors or doc[k].lemma_.lower() in self.descriptors)
                    and k < token.i - 1
                ):
                    info = self.descriptors.get(doc[k].lower_) or self.descriptors.get(doc[k].lemma_.lower())
                    span = self._name_at(doc, token.i + 1, info["type"])
                    if span is not None and span[1] - span[0] <= 4:
                        out.append(_Candidate(span[0], span[1], 1, info["type"], None, set(info.get("kinds") or ())))
                    break
                k -= 1
        return out

    def _apposition_candidates(self, doc: Doc) -> list[_Candidate]:
        """A name typed by the description after it: "Juria, un assistant conversationnel",
        "Sorbane Partners, un fonds spécialisé"."""
        out = []
        texts = self._cols(doc)[3]
        for i, text in enumerate(texts):  # a Token object only for the commas
            if text != "," or i < 1 or i + 2 >= len(doc):
                continue
            token = doc[i]
            k = token.i + 1
            if doc[k].pos_ != "DET" and doc[k].lower_ not in self.strip_leading:
                continue
            k += 1
            # "a Paris-based startup", "the London coding-assistant maker", "une jeune start-up"
            while (
                k < len(doc)
                and k - token.i < 7
                and self.descriptor_at(doc, k) is None
                and (
                    (doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_lower)
                    or doc[k].text == "-"
                    or doc[k].lower_ in self.based_words
                    or (doc[k].text[:1].isupper() and doc[k + 1].text == "-")
                    or (doc[k].tag_ == "VBN" and doc[k].is_lower and doc[k - 1].text == "-")
                    # "the London coding-assistant maker": a place name before the description
                    or (doc[k].ent_type_ in ("GPE", "LOC") and doc[k].text[:1].isupper() and k == token.i + 2)
                )
            ):
                k += 1
            found = self.descriptor_at(doc, k) if k < len(doc) else None
            if found is None:
                continue
            # "the coding-assistant maker": the last noun of the compound is the descriptor
            while (
                found[1] < len(doc)
                and doc[found[1]].is_lower
                and doc[found[1]].pos_ == "NOUN"
                and self.descriptor_at(doc, found[1]) is not None
            ):
                found = self.descriptor_at(doc, found[1])
            info = found[0]
            end = token.i
            start = end
            while (
                start - 1 >= doc[token.i].sent.start
                and self._is_name_token(doc[start - 1], info["type"], first=False)
                and not doc[start - 1].is_sent_start
            ):
                start -= 1
            if (
                start - 1 >= 0
                and doc[start - 1].is_sent_start
                and self._is_name_token(doc[start - 1], info["type"], first=True)
            ):
                start -= 1
            # "in March 2024, the company said": a date, an amount or a number is no name
            if (
                start < end
                and doc[start].text[:1].isupper()
                and not any(doc[i].ent_type_ in _NOT_NAMES for i in range(start, end))
            ):
                out.append(_Candidate(start, end, 1, info["type"], None, set(info.get("kinds") or ())))
        return out

    def _nationality_candidates(self, doc: Doc) -> list[_Candidate]:
        """ "l'américain Harvey", "le français Doctrine": a nationality used as a noun before a name."""
        out = []
        _doc, lowers, _lemmas, _texts, _texts_ws, pos, _columns = self._cols(doc)
        for i in range(1, len(doc)):  # a Token object only for nationality adjectives after a determiner
            if lowers[i] not in self.nationalities or pos[i - 1] != "DET":
                continue
            token = doc[i]
            span = self._name_at(doc, token.i + 1, "Organization")
            if span is not None and doc[span[0]].text not in QUOTES:
                out.append(_Candidate(span[0], span[1], 1, "Organization", None, set()))
        return out

    def _name_at(self, doc: Doc, j: int, etype: str) -> tuple[int, int] | None:
        """A proper name starting at token ``j``: a quoted string or a run of capitalised tokens."""
        if j >= len(doc):
            return None
        if doc[j].text in QUOTES:
            k = j + 1
            while k < len(doc) and k - j < 8 and doc[k].text not in QUOTES:
                k += 1
            if k < len(doc) and k > j + 1:
                return (j + 1, k)
            return None
        k = j
        while k < len(doc) and (
            self._is_name_token(doc[k], etype, first=k == j)
            or (
                # "High-Flyer": a hyphen between two capitalised words is part of the name
                k > j
                and doc[k].text == "-"
                and not doc[k - 1].whitespace_
                and not doc[k].whitespace_
                and k + 1 < len(doc)
                and doc[k + 1].text[:1].isupper()
                and doc[k + 1].is_alpha
            )
        ):
            k += 1
        # a trailing hyphen or dot is punctuation, not part of the name
        while k > j and doc[k - 1].text in {"-", ".", "'"}:
            k -= 1
        return (j, k) if k > j else None

    @staticmethod
    def _is_name_token(token: Token, etype: str, first: bool) -> bool:
        text = token.text
        if token.is_punct and text not in {"-", ".", "&"}:
            return False
        if token.is_space or (token.is_sent_start and not first):
            return False
        if text[:1].isupper() or (text[:1].isdigit() and not first):
            return True
        # model names such as o1, o3-mini, gpt-4o
        if etype == "AIModel" and any(c.isdigit() for c in text) and text[:1].isalpha():
            return True
        return False

    def _ner_candidates(self, doc: Doc) -> list[_Candidate]:
        out = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            while start < end and (doc[start].lower_ in self.strip_leading or doc[start].is_punct):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in {")"}:
                end -= 1
            # spaCy glues a period and the next word into entities such as "OpenAI.Mais"
            if end > start and doc[end - 1].text == ")":
                end -= 1
            if end <= start:
                continue
            out.append(_Candidate(start, end, 2, NER_TYPES.get(ent.label_), None))
        return out

    def _split_ner_spans(self, doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """The NER sometimes runs a name over a preposition or a coordination: "Corvane with Piet
        Aalders", "Locus Robotics and Symbotic". A preposition that never joins a name splits it
        (``ner_split_words``); "and" does when both sides are named alone elsewhere in the article."""
        if not self.split_words and not self.coordinators:
            return candidates
        alone = {squeeze(doc[c.start : c.end].text) for c in candidates if c.priority < 2} | {
            squeeze(doc[c.start : c.end].text)
            for c in candidates
            if c.priority == 2
            and not any(t.lower_ in self.split_words | self.coordinators for t in doc[c.start : c.end])
        }
        out = []
        for c in candidates:
            if c.priority != 2 or c.end - c.start < 3:
                out.append(c)
                continue
            cut = next(
                (i for i in range(c.start + 1, c.end - 1) if doc[i].lower_ in self.split_words and doc[i].is_lower),
                None,
            )
            if cut is None:
                cut = next(
                    (
                        i
                        for i in range(c.start + 1, c.end - 1)
                        if doc[i].lower_ in self.coordinators
                        and doc[i].is_lower
                        and squeeze(doc[c.start : i].text) in alone
                        and squeeze(doc[i + 1 : c.end].text) in alone
                    ),
                    None,
                )
            if cut is None:
                out.append(c)
                continue
            out.append(_Candidate(c.start, cut, 2, c.type))
            if cut + 1 < c.end:
                out.append(_Candidate(cut + 1, c.end, 2, None if doc[cut].lower_ in self.split_words else c.type))
        return out

    def _select(self, doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """Greedy non-overlapping choice: gazetteer first, longer first; context hints merged in."""
        hints: dict[tuple[int, int], _Candidate] = {}
        for c in candidates:
            if c.priority == 1:
                hints[(c.start, c.end)] = c
        # "the state agency Enterprise Ireland": a name a descriptor introduces is not the place it ends with
        named_orgs = [c for c in candidates if c.priority == 1 and c.type == "Organization" and c.end - c.start > 1]
        candidates = [
            c
            for c in candidates
            if not (
                c.priority == 0 and c.type == "Place" and any(o.start < c.start and c.end <= o.end for o in named_orgs)
            )
        ]
        chosen: list[_Candidate] = []
        taken: set[int] = set()
        for c in sorted(candidates, key=lambda c: (c.priority, -(c.end - c.start), c.start)):
            if any(i in taken for i in range(c.start, c.end)):
                continue
            text = doc[c.start : c.end].text
            if not self._plausible(doc, c, text):
                continue
            hint = hints.get((c.start, c.end))
            if hint is not None and c.entry is None:
                c.type = hint.type
                c.kinds |= hint.kinds
            elif hint is not None:
                c.kinds |= hint.kinds
            chosen.append(c)
            taken.update(range(c.start, c.end))
        return sorted(chosen, key=lambda c: c.start)

    def _plausible(self, doc: Doc, c: _Candidate, text: str) -> bool:
        if c.entry is not None:
            return True
        folded = fold(text)
        if not folded or folded in self.stop_names or text.islower():
            return False
        first = doc[c.start]
        if c.priority == 2 and c.end - c.start == 1 and first.is_sent_start and first.pos_ not in ("PROPN",):
            return False
        if c.priority == 2 and all(t.is_lower or not t.is_alpha for t in doc[c.start : c.end]):
            return False
        return True

    # -- clustering ----------------------------------------------------------------------------
    def _cluster(self, doc: Doc, chosen: list[_Candidate]) -> tuple[dict[str, Entity], list[Span]]:
        entities: dict[str, Entity] = {}
        unresolved: list[_Candidate] = []
        assigned: list[tuple[_Candidate, str]] = []
        # Context-typed and known names first, so that later bare NER mentions inherit their type.
        typed_by_bare: dict[str, str] = {}
        context_types: dict[str, str] = {}
        ner_votes: dict[str, dict[str, int]] = {}
        for c in chosen:
            text = squeeze(doc[c.start : c.end].text)
            entry = c.entry or self.gazetteer.lookup(text)
            if entry is not None:
                c.entry = entry
                c.type = entry.type
            words = text.split()
            if (
                c.entry is None
                and 2 <= len(words) <= 3
                and words[0] in self.first_names
                and not any(w in self.organization_words for w in words)
            ):
                c.type = "Person"  # "Christel Heydemann" even when the NER says ORG
            elif (
                c.entry is None
                and c.priority == 2
                and len(words) == 2
                and c.type in ("Organization", None)
                and self._family_name_alone(doc, c, words)
            ):
                c.type = "Person"  # "Nkechi Adeyemi" ... "Adeyemi said": people are named again by their last name
            if c.priority == 1 and c.type:
                typed_by_bare.setdefault(bare(text), c.type)
                context_types.setdefault(bare(text), c.type)
            elif c.priority == 2 and c.type and c.entry is None:
                votes = ner_votes.setdefault(bare(text), {})
                votes[c.type] = votes.get(c.type, 0) + 1
        # NER labels of an unknown name, by majority over its occurrences (ties: organisation)
        for name, votes in ner_votes.items():
            best = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0] != "Organization", kv[0]))[0][0]
            typed_by_bare.setdefault(name, best)
        persons: dict[str, str] = {}  # family name -> key, known before the loop: "Altman" may come first
        for c in chosen:
            words = squeeze(doc[c.start : c.end].text).split()
            if c.entry is not None and c.entry.type == "Person" and len(c.entry.name.split()) > 1:
                persons.setdefault(c.entry.name.split()[-1], c.entry.key)
            elif c.entry is None and c.type == "Person" and len(words) >= 2:
                persons.setdefault(words[-1], slugify(" ".join(words)))
        for c in chosen:
            text = squeeze(doc[c.start : c.end].text)
            if c.entry is not None:
                entry = c.entry
                key = entry.key
                entity = entities.get(key) or Entity(
                    key, entry.name, entry.type, entry.qid, set(entry.kinds), entry.hq, known=True, first_token=c.start
                )
            else:
                # the context types a name everywhere in the article ("X, la startup toulousaine"),
                # over what the NER said of one occurrence; else the NER's majority
                etype = (
                    c.type
                    if c.priority == 1
                    else (context_types.get(bare(text)) or typed_by_bare.get(bare(text)) or c.type)
                )
                tokens = text.split()
                if c.priority == 2 and any(t in self.organization_words for t in tokens):
                    etype = "Organization"  # "Sorbane Partners", "Ostrale Ventures": NER says PER
                if len(tokens) == 1 and tokens[0] in persons and etype != "Place":
                    etype = "Person"  # "Altman" after (or before) "Sam Altman", whatever the NER said
                if etype == "Person" or (etype is None and len(tokens) == 1 and tokens[0] in persons):
                    if len(tokens) == 1 and tokens[0] in persons:
                        key = persons[tokens[0]]
                        etype = "Person"
                        if key not in entities and self.gazetteer.get(key) is not None:
                            entry = self.gazetteer.get(key)
                            entities[key] = Entity(
                                key,
                                entry.name,
                                entry.type,
                                entry.qid,
                                set(entry.kinds),
                                entry.hq,
                                known=True,
                                first_token=c.start,
                            )
                    elif len(tokens) < 2:
                        continue
                    else:
                        key = slugify(text)
                else:
                    if etype is None or etype == "Place" and c.priority == 2 and not self._place_context(doc, c.start):
                        unresolved.append(c)
                        continue
                    key = slugify(bare(text)) if etype == "Organization" else slugify(text)
                entity = entities.get(key) or Entity(key, text, etype, first_token=c.start)
                if etype == "Person" and len(tokens) >= 2:
                    persons.setdefault(tokens[-1], key)
            entity.kinds |= c.kinds
            entity.surface_forms.add(text)
            entities[key] = entity
            assigned.append((c, key))
        # Acronyms: "Fonds Aurore Capital (FAC)" lets a later "FAC" join that entity.
        initials = {
            "".join(w[0] for w in e.name.split() if w[:1].isupper()): k
            for k, e in entities.items()
            if len(e.name.split()) > 1
        }
        untyped = []
        for c in unresolved:
            text = squeeze(doc[c.start : c.end].text)
            key = initials.get(text) if text.isupper() and len(text) > 1 else None
            if key:
                entities[key].surface_forms.add(text)
                assigned.append((c, key))
            else:
                untyped.append((c.start, c.end))
        doc.user_data["kg_untyped"] = untyped
        for entity in entities.values():
            entity.surface_forms.discard("")
            if not entity.known:
                entity.name = canonical_form(entity.surface_forms)
        assigned = self._merge_acronyms(entities, assigned)
        assigned = self._merge_short_names(entities, assigned)
        assigned += self._propagate(doc, entities, assigned)
        assigned += self._short_occurrences(doc, entities, assigned)
        spans = [
            Span(doc, c.start, c.end, label=entities[key].type, kb_id=key)
            for c, key in sorted(assigned, key=lambda a: a[0].start)
        ]
        return entities, spans

    def _family_name_alone(self, doc: Doc, c: _Candidate, words: list[str]) -> bool:
        """Is the last word of a two-word name used alone elsewhere (as people's family names are),
        and the first word never (as companies' short names are)?"""
        if any(
            w in self.organization_words or w in self.name_tails or not w.isalpha() or not w[:1].isupper()
            for w in words
        ):
            return False
        columns = self._cols(doc)
        texts, occurrences = columns[3], columns[6].occurrences
        n = len(texts)

        def inside(i: int) -> bool:
            return i > 0 and texts[i - 1] == words[0] or i + 1 < n and texts[i + 1] == words[1]

        last = first = 0
        for i in occurrences(words[1]):
            if c.start <= i < c.end or inside(i):
                continue
            if not doc[i].is_sent_start or i + 1 < n and doc[i + 1].pos_ in ("VERB", "AUX"):
                last += 1
        for i in occurrences(words[0]):
            if not c.start <= i < c.end and not inside(i):
                first += 1
        return last >= 2 and first == 0

    @staticmethod
    def _merge_acronyms(
        entities: dict[str, Entity], assigned: list[tuple[_Candidate, str]]
    ) -> list[tuple[_Candidate, str]]:
        """ "le FAC" after "Fonds Aurore Capital": an unknown organisation named by the initials of
        another organisation of the article is that organisation, even when typed by its context."""
        long_forms: dict[str, str] = {}
        for key, entity in entities.items():
            for form in entity.surface_forms | {entity.name}:
                words = form.split()
                if len(words) > 1 and entity.type == "Organization":
                    long_forms.setdefault("".join(w[0] for w in words if w[:1].isupper()), key)
        renamed = {}
        for key, entity in entities.items():
            if entity.known or entity.type != "Organization":
                continue
            forms = [f for f in entity.surface_forms if f.isupper() and len(f) > 1 and " " not in f]
            target = next((long_forms[f] for f in forms if long_forms.get(f) not in (None, key)), None)
            if target is not None and len(entity.surface_forms) == len(forms):
                renamed[key] = target
                entities[target].surface_forms |= entity.surface_forms
        for key in renamed:
            del entities[key]
        return [(c, renamed.get(key, key)) for c, key in assigned]

    def _merge_short_names(
        self, entities: dict[str, Entity], assigned: list[tuple[_Candidate, str]]
    ) -> list[tuple[_Candidate, str]]:
        """ "Kerlann" after "Kerlann Robotics": an unknown organisation named by the first words of
        another unknown organisation's name in the same article is that organisation."""
        unknown = [e for e in entities.values() if not e.known and e.type == "Organization"]
        renamed: dict[str, str] = {}
        for short in unknown:
            words = short.name.split()
            # only when the longer name adds a generic tail: "Kerlann Robotics", not "Airbus Ventures"
            longer = [
                e
                for e in unknown
                if e is not short
                and e.name.split()[: len(words)] == words
                and len(e.name.split()) > len(words)
                and all(w in self.name_tails for w in e.name.split()[len(words) :])
            ]
            if len(longer) == 1:
                renamed[short.key] = longer[0].key
                longer[0].surface_forms |= short.surface_forms
        for key in renamed:
            del entities[key]
        return [(c, renamed.get(key, key)) for c, key in assigned]

    def _short_occurrences(
        self, doc: Doc, entities: dict[str, Entity], assigned: list[tuple[_Candidate, str]]
    ) -> list[tuple[_Candidate, str]]:
        """ "Kilnworth" after "Kilnworth Digital": an unknown organisation is named again without its
        generic tail (``name_tails``); those occurrences are mentions of it from the start."""
        taken = {i for c, _ in assigned for i in range(c.start, c.end)}
        shorts: dict[str, str] = {}
        for key, entity in entities.items():
            if entity.known or entity.type != "Organization":
                continue
            words = entity.name.split()
            n = len(words)
            while n > 1 and words[n - 1] in self.name_tails:
                n -= 1
            if (
                n == 1
                and len(words) > 1
                and words[0][:1].isupper()
                and words[0].isalpha()
                and fold(words[0]) not in self.stop_names
            ):
                shorts.setdefault(words[0], key)
        found = []
        if not shorts:
            return found
        occurrences = self._cols(doc)[6].occurrences
        for t in (doc[i] for i in sorted(i for text in shorts for i in occurrences(text))):
            key = shorts.get(t.text)
            if key is None or t.i in taken or (t.is_sent_start and t.pos_ != "PROPN"):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() and not doc[t.i + 1].is_sent_start:
                continue  # part of a longer name
            found.append((_Candidate(t.i, t.i + 1, 3, "Organization"), key))
            entities[key].surface_forms.add(t.text)
        return found

    @staticmethod
    def _propagate(
        doc: Doc, entities: dict[str, Entity], assigned: list[tuple[_Candidate, str]]
    ) -> list[tuple[_Candidate, str]]:
        """Once a name is known to denote an entity, its other occurrences do too: the NER that
        found "Nexalia" in one sentence may miss it in the next."""
        taken = {i for c, _ in assigned for i in range(c.start, c.end)}
        forms: dict[tuple[str, ...], str] = {}
        for key, entity in entities.items():
            if entity.known:
                continue  # the gazetteer matcher already found every occurrence
            for form in entity.surface_forms:
                words = tuple(form.split())
                if words and words[0][:1].isupper():
                    forms.setdefault(words, key)
        if not forms:
            return []
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(forms, key=len, reverse=True):
            by_first.setdefault(words[0], []).append(words)
        found = []
        i = 0
        while i < len(doc):
            for words in by_first.get(doc[i].text, ()):
                end = i + len(words)
                if (
                    end <= len(doc)
                    and tuple(t.text for t in doc[i:end]) == words
                    and not any(k in taken for k in range(i, end))
                ):
                    found.append((_Candidate(i, end, 3, entities[forms[words]].type), forms[words]))
                    taken.update(range(i, end))
                    i = end - 1
                    break
            i += 1
        return found

    def _place_context(self, doc: Doc, start: int) -> bool:
        """An unknown name the NER calls a place is one after "à", "en", "dans le"... unless the
        preposition belongs to a verb such as "s'allier à", where it introduces a partner."""
        prev = doc[start - 1].lower_ if start > 0 else ""
        prev2 = doc[start - 2] if start > 1 else None
        if (
            prev2 is not None
            and prev2.pos_ in ("VERB", "AUX")
            and prev in {"à", "au", "aux", "with", "to"}
            and prev2.lemma_.lower() not in self.location_verbs
        ):
            return False
        return prev in {"à", "en", "au", "aux", "in", "at", "near"} or (
            prev in {"le", "la", "l'", "the"} and prev2 is not None and prev2.lower_ in {"dans", "de", "du"}
        )


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names of ``knowgraph/data/first_names.txt``."""
    text = resources.files("knowgraph.data").joinpath("first_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def canonical_form(forms: Iterable[str]) -> str:
    """The name an unknown entity is labelled with: its longest surface form without a legal suffix
    wins over shorter ones only when they share the bare name ("Nexalia SAS" -> "Nexalia")."""
    forms = sorted(set(forms))
    if not forms:
        return ""
    # prefer forms that are their own bare name (no "SAS", "Inc."), then the longest, then alphabetical
    return sorted(forms, key=lambda f: (fold(f) != bare(f), -len(f.split()), f))[0]


@Language.factory("knowgraph_mentions", default_config={"lang": "fr", "gazetteer_files": []})
def make_mention_finder(nlp: Language, name: str, lang: str, gazetteer_files: list[str]) -> MentionFinder:
    """spaCy factory for :class:`MentionFinder` (``nlp.add_pipe("knowgraph_mentions")``)."""
    gazetteer = Gazetteer.load(extra=gazetteer_files) if gazetteer_files else None
    return MentionFinder(nlp, lang, gazetteer)


def mention_index(doc: Doc) -> dict[int, Span]:
    """Token index -> the mention span that covers it."""
    index = doc.user_data.get("kg_mention_index")
    if index is None:
        index = {i: span for span in doc.spans.get(MENTIONS_KEY, []) for i in range(span.start, span.end)}
        doc.user_data["kg_mention_index"] = index
    return index
