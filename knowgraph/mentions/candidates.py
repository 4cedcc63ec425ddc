"""Candidate mentions from the gazetteer and from spaCy's NER, and the choice among them.

Three sources give candidates (:class:`~knowgraph.mentions.entities.Candidate`), by priority:
0 the gazetteer (:class:`GazetteerCandidates`, a ``PhraseMatcher`` over every surface form),
1 the context (:mod:`knowgraph.mentions.context`), 2 spaCy's NER (:class:`NerCandidates`).
:class:`CandidateSelector` keeps the best of overlapping ones::

    candidates = gazetteer_candidates(doc) + context_candidates + ner_candidates(doc)
    chosen = select(doc, ner_candidates.split(doc, candidates))
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from knowgraph.mentions.encyclopedic_names import NotNames, without_event_names
from knowgraph.mentions.entities import Candidate
from knowgraph.mentions.gazetteer import Gazetteer, fold
from knowgraph.mentions.known_name_extensions import UNITS_KEY, KnownNameExtensions, words_end
from knowgraph.mentions.lexicon import MentionWords
from knowgraph.mentions.model_names import LaunchedNames, ShapedModelNames, model_title_end
from knowgraph.mentions.names import (
    common_word,
    headline_verb,
    is_ticker,
    joined_colon_end,
    named_inside,
    names_nothing,
    participle_opener,
    person_not_place,
    spaced_dash,
    title_before_person,
    title_case_line,
)
from knowgraph.mentions.titled_names import person_split
from knowgraph.nlp.doccache import token_columns
from knowgraph.nlp.resources import language_data
from knowgraph.nlp.text import squeeze

_VERSION = re.compile(r"^\d+(\.\d+)*[a-z]?$")
# "V2", "R1", "3.1", "4o": a model's version after a hyphen; "405B", "7b": its size
_MODEL_VERSION = re.compile(r"^[A-Z]?\d+(\.\d+)*[a-z]?$")
# "405B", "7b", "8x7B": a model's size in parameters; "7B." at a sentence's end, where the tokenizer keeps the period
_SIZE = re.compile(r"^(\d+x)?\d+(\.\d+)?[BbMmKk]\.?$")
_YEAR = re.compile(r"^(19|20)\d\d$")
# "F", "F.": one capital letter, with or without its dot, ends no person's name ("Station F")
_INITIAL = re.compile(r"^[A-Z]\.?$")
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
# parts of speech of a sentence's first word that do not start a name ("Following", "Register", "What")
_OPENER_POS = {"VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "INTJ"}
# parts of speech of a one-word sentence opener that is no name even where its context introduces one
_ADVERBIAL_POS = _OPENER_POS - {"VERB", "AUX"}
# NER labels of a name that extends a known company's ("Samsung Next")
_GENITIVES = {"'s", "’s", "'", "’"}
_NAME_CUT_GENITIVES = {"de", "du", "des", "d'", "d’", "of"}
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


class GazetteerCandidates:
    """Every occurrence of a gazetteer name, and the names made of one ("Intel Capital", "Llama 3.3")."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, words: MentionWords):
        self.gazetteer = gazetteer
        self.organization_words = words.organization_words
        self.name_tails = words.name_tails
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        make_doc = nlp.make_doc
        by_key: dict[str, list] = {}
        for entry in self.gazetteer:
            by_key[entry.key] = [make_doc(form) for form in entry.surface_forms]
        for key, patterns in by_key.items():
            self.matcher.add(key, patterns)
        self.model_variants = words.model_variants
        self.stop_names = words.stop_names
        self.shaped_models = ShapedModelNames(words.lang, words.model_variants)
        # "Models" in "Kernwerk Foundation Models": the title word of a family of models after a company's name
        self.model_titles = set(language_data(words.lang, "lexicon").get("model_shapes", {}).get("title_heads", []))
        self.launched_names = LaunchedNames(words.lang, nlp.vocab)
        self.extensions = KnownNameExtensions(words)
        # one-word names of model families: "Phi-1" is one token the matcher cannot see "Phi" in
        self.model_heads = {
            form: entry
            for entry in self.gazetteer
            if entry.type == "AIModel"
            for form in entry.surface_forms
            if form.isalnum() and not form.isdigit()
        }

    def __call__(self, doc: Doc) -> list[Candidate]:
        out = []
        org_ents = {ent.start: ent.end for ent in doc.ents if ent.label_ in ("ORG",)}
        # "The Pittsburgh Catholic": the NER's name may start with its article
        org_ents.update(
            {ent.start + 1: ent.end for ent in doc.ents if ent.label_ == "ORG" and doc[ent.start].pos_ == "DET"}
        )
        matches = self.matcher(doc)
        starts = {start for _m, start, _e in matches}
        out += self.hyphenated_models(doc, starts)
        ner_names = self.extensions.ner_names(doc)
        countries = {}  # start -> (end, key) of the countries' names the gazetteer matched
        for match_id, start, end in matches:
            entry = self.gazetteer.get(doc.vocab.strings[match_id])
            if entry is not None and entry.type == "Place" and "country" in entry.kinds:
                countries[start] = (end, entry.key)
        place_ends = {ent.start: ent.end for ent in doc.ents if ent.label_ in ("GPE", "LOC")}
        place_starts = {ent.end: ent.start for ent in doc.ents if ent.label_ in ("GPE", "LOC")}
        for match_id, start, end in matches:
            entry = self.gazetteer.get(doc.vocab.strings[match_id])
            if entry is None:
                continue
            if entry.type == "Place" and org_ents.get(start, end) > end and doc[org_ents[start] - 1].text[:1].isupper():
                continue  # "Zurich Insurance", "Banque de France": an organisation named after a place
            if entry.type == "Place" and end - start == 1 and person_not_place(doc[start]):
                continue  # "Jordan Reyes", "Chad said": a country's name that is a person's here
            models = model_title_end(doc, end, self.model_titles) if entry.type == "Organization" else None
            if models is not None:
                # "Kernwerk Foundation Models": a known company's name, capitalised words and "Models" name its
                # models (the maker rules then read the company in the name), not a foundation of the company
                out.append(Candidate(start, models, 1, "AIModel", None, set()))
                continue
            if (
                end < len(doc)
                and doc[end].text in self.organization_words
                and doc[end].text not in self.name_tails
                and not doc[end].is_sent_start
            ):
                # "Intel Capital", "Sony Music Entertainment": a known name and organisation words name another one
                arm = words_end(doc, end, self.organization_words)
                out.append(Candidate(start, arm, 1, "Organization", None, {"investor"}))
                continue
            arm = self._arm_end(doc, end) if entry.type == "Organization" else None
            if arm is not None:
                # "Nexalia Startup Fund", "Kernwerk Industrial Innovation Fund": capitalised words then an
                # organisation word after a known name make a longer name, not the known entity
                out.append(Candidate(start, arm, 1, "Organization", None, {"investor"}))
                continue
            if (
                entry.type == "Place"
                and place_ends.get(start) == end + 1
                and end not in starts
                and doc[end].is_alpha
                and doc[end].text[:1].isupper()
                and not doc[end].text.isupper()  # "a Lisbon AI lab": an acronym is a modifier
                and doc[end].text not in self.organization_words
                and fold(doc[end].text) not in self.stop_names
                and not doc[end].is_sent_start
            ):
                # "Miami Shores", "Paris Saclay": a place the NER reads as a known one and one more word
                out.append(Candidate(start, end + 1, 1, "Place", None, set()))
                continue
            if (
                entry.type == "Place"
                and start > 0
                and place_starts.get(end) == start - 1
                and start - 1 not in starts  # "Meta France": a known name before it, the company's unit
                and doc[start - 1].is_alpha
                and doc[start - 1].text[:1].isupper()
                and not doc[start - 1].is_sent_start
            ):
                # "New England": one more word before a known place, the NER's one place, is another place
                out.append(Candidate(start - 1, end, 1, "Place", None, set()))
                continue
            known_org = entry.type == "Organization"
            unit = self.extensions.country_unit_end(doc, end, countries) if known_org else None
            if unit is not None:
                # "Google France": the company's unit in the country, an organisation of its own that
                # facts/relations/named_units.py places in the country and under the company
                out.append(Candidate(start, unit, 1, "Organization", None, set()))
                doc.user_data.setdefault(UNITS_KEY, {})[start] = (entry.key, countries[end][1])
                continue
            longer = self.extensions.longer_name(doc, start, end, ner_names, starts) if known_org else None
            if longer is not None:
                # "Samsung Next": a name the NER reads as one that extends a known company's by a word is
                # another organisation (or product), not the company
                out.append(Candidate(start, longer[0], 1, longer[1], None, set()))
                continue
            stop = self._model_end(doc, end, entry.type)
            if stop == end and "lab" in entry.kinds:
                stop = self._numbered_model_end(doc, end)
            if stop > end:
                # "Qwen 2.5-Max", "Llama-3.1-405B", "Phi-3 Mini", "DeepSeek-V2": a variant of a known model
                # (or a model a known lab numbers after itself) is a model of its own
                out.append(Candidate(start, stop, 1, "AIModel", None, set()))
                continue
            if (
                entry.type == "AIModel"
                and end < len(doc)
                and (_VERSION.match(doc[end].text) or _SIZE.match(doc[end].text))
                and not doc[end].is_sent_start
                and not (end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].lower_ in _QUANTITY_WORDS))
            ):
                # "Llama 3.3", "Gemini 2.5 Pro": a version of a known model family is a model of its own
                stop = end + 1
                while (
                    stop < len(doc)
                    and stop - end < 3
                    and not doc[stop].is_sent_start
                    and not doc[stop - 1].text.endswith(".")  # "405B." keeps the period that ends its sentence
                    and (doc[stop].text[:1].isupper() and doc[stop].is_alpha or _SIZE.match(doc[stop].text))
                ):
                    stop += 1
                out.append(Candidate(start, stop, 1, "AIModel", None, set()))
                continue
            out.append(Candidate(start, end, 0, entry.type, entry, set(entry.kinds)))
        out += self.shaped_models(doc)  # "Orbis-2", "Quill-7B-preview": a model by its shape alone
        out += self.launched_names(doc)  # "Kernwerk released Orbis 3": a name and a version after a launch verb
        # "Mistral Large 3": the model read from the longer known name ("Mistral Large") and its version
        # holds the whole span, not the shorter known name at its start ("Mistral", the lab)
        models = {(c.start, c.end) for c in out if c.priority == 1 and c.type == "AIModel"}
        # ... unless the rest of that span is a known model itself ("Google Gemini 2.5 Pro": Google, then the
        # known "Gemini 2.5 Pro"): the known name before it is its maker, kept
        known = {(c.start, c.end) for c in out if c.priority == 0 and c.type == "AIModel"}
        return [
            c
            for c in out
            if c.priority != 0 or not any(a == c.start and b > c.end and (c.end, b) not in known for a, b in models)
        ]

    def _numbered_model_end(self, doc: Doc, end: int) -> int:
        """Where "Large 3" ends in "Mistral Large 3", "3" in "Mistral 3": a version (or a size), perhaps after
        one variant word, right after a lab's name, is a model the lab numbers after itself; ``end`` if none
        (not a year, a quantity or a version that starts the next sentence)."""
        stop = end
        if stop < len(doc) and doc[stop].text in self.model_variants and not doc[stop].is_sent_start:
            stop += 1
        if stop >= len(doc) or doc[stop].is_sent_start:
            return end
        text = doc[stop].text
        if not (_MODEL_VERSION.match(text) or _SIZE.match(text)) or _YEAR.match(text):
            return end
        after = doc[stop + 1] if stop + 1 < len(doc) else None
        if after is not None and (after.like_num or after.lower_ in _QUANTITY_WORDS):
            return end  # "Mistral 3 milliards", "Kyutai 2 %": a figure, not a version
        stop += 1
        while (
            stop < len(doc)
            and stop - end < 4
            and doc[stop].text in self.model_variants
            and not doc[stop].is_sent_start
            and not doc[stop - 1].text.endswith(".")  # "Mistral 7B." ends its sentence
        ):
            stop += 1
        return stop

    def _arm_end(self, doc: Doc, end: int) -> int | None:
        """The end of "Startup Fund" in "OpenAI Startup Fund": one to three capitalised words after a
        known name, the last an organisation word that is not a mere name tail ("Google Cloud")."""
        for stop in range(end + 1, min(end + 4, len(doc) + 1)):
            token = doc[stop - 1]
            if token.is_sent_start or not token.is_alpha or not token.text[:1].isupper():
                return None
            if stop - end > 1 and token.text in self.organization_words and token.text not in self.name_tails:
                return stop
        return None

    def _model_end(self, doc: Doc, end: int, etype: str) -> int:
        """Where a known model's variant ends ("-405B", "-Max", " Mini" after it); for a known
        organisation, a hyphenated version right after its name ("DeepSeek-V2"); ``end`` if none."""
        if etype not in ("AIModel", "Organization"):
            return end
        stop = end
        while (
            stop + 1 < len(doc)
            and doc[stop].text == "-"
            and not doc[stop - 1].whitespace_
            and not doc[stop].whitespace_
            and (
                _MODEL_VERSION.match(doc[stop + 1].text)
                or etype == "AIModel"
                and (doc[stop + 1].text in self.model_variants or _SIZE.match(doc[stop + 1].text))
            )
        ):
            stop += 2
        if etype != "AIModel" and stop == end:
            return end
        while (
            stop < len(doc) and stop - end < 3 and doc[stop].text in self.model_variants and not doc[stop].is_sent_start
        ):
            stop += 1
        if stop > end and etype == "AIModel" and self._version_at(doc, stop):
            stop += 1  # "Claude Opus 4.5": a version after the variant word
        return stop

    @staticmethod
    def _version_at(doc: Doc, i: int) -> bool:
        """Is ``doc[i]`` a model's version or size inside its sentence ("4.5", "405B"), not a year or a figure
        ("2025", "3 milliards")?"""
        if i >= len(doc) or doc[i].is_sent_start or _YEAR.match(doc[i].text):
            return False
        if not (_VERSION.match(doc[i].text) or _SIZE.match(doc[i].text)):
            return False
        after = doc[i + 1] if i + 1 < len(doc) else None
        return after is None or not (after.like_num or after.lower_ in _QUANTITY_WORDS)

    def hyphenated_models(self, doc: Doc, matched: set[int]) -> list[Candidate]:
        """ "Phi-1", "Gemma-2b": one token made of a known model family's name and a version."""
        out = []
        heads, texts = self.model_heads, token_columns(doc).text
        for i, text in enumerate(texts):
            if "-" not in text or i in matched:
                continue
            head, _, tail = text.partition("-")
            if head in heads and (_MODEL_VERSION.match(tail) or _SIZE.match(tail)):
                stop = i + 1
                while stop < len(doc) and stop - i < 3 and texts[stop] in self.model_variants:
                    stop += 1
                out.append(Candidate(i, stop, 1, "AIModel", None, set()))
        return out


class NerCandidates:
    """spaCy's entities, trimmed of leading articles and punctuation, typed by ``NER_TYPES``."""

    def __init__(self, words: MentionWords):
        self.strip_leading = words.strip_leading
        self.leading_participles = words.leading_participles
        self.split_words = words.split_words
        self.coordinators = words.coordinators
        self.organization_words = words.organization_words
        self.generic_words = words.organization_words | words.name_tails
        self.person_roles = words.person_roles
        self.first_names = words.first_names
        self.funding_series_words = words.funding_series_words

    def __call__(self, doc: Doc) -> list[Candidate]:
        out = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            while start < end and (
                doc[start].lower_ in self.strip_leading
                or doc[start].is_punct
                or self._opener(doc, start, end)
                or names_nothing(doc, start, start + 1, (), self.funding_series_words)
            ):
                start += 1  # "... its Series B. Pell Capital led": the series letter ends the sentence before
            if end - start > 1 and start == doc[start].sent.start and doc[start].lower_ in self.leading_participles:
                start += 1  # "Baptisé Orion, le projet ...": the naming participle that opens the sentence
            while ent.label_ in ("PER", "PERSON") and end - start > 2 and doc[start].lower_ in self.person_roles:
                start += 1  # "CTO Mara Lenz": the person's name without the title the NER took in
            owner = (
                start > ent.start
                and end - start > 1
                and doc[start - 1].lower_ in self.person_roles
                and doc[start].lower_ in _NAME_CUT_GENITIVES
            )
            start += owner  # "Fondatrice de Kernwerk": the title's company, of no type the NER says
            if ent.label_ in ("PER", "PERSON"):
                # "Mara Lenz - two former engineers": a spaced dash opens a description, no part of the name
                end = next((i for i in range(start + 1, end - 1) if spaced_dash(doc, i)), end)
            split = person_split(doc, start, end, ent.label_, self.person_roles, self.first_names)
            if split is not None:
                # "Kernwerk CTO Mara Lenz", "PDG Mara Lenz", "le patron de Kernwerk Lucie Marchand" read as one
                # name: the company before (the NER's guess at its type stays open), the person after
                company_end, person_start = split
                if company_end is not None:
                    out.append(Candidate(start, company_end, 2, None, None))
                out.append(Candidate(person_start, end, 2, "Person", None))
                continue
            while end > start and (
                (doc[end - 1].is_punct or doc[end - 1].is_space)
                and doc[end - 1].text not in {")"}
                or doc[end - 1].text in _GENITIVES
            ):
                end -= 1
            # "A and B led X's round": the NER took in a lower-case finite verb after the name (and what follows it)
            end = next(
                (k for k in range(start + 1, end) if doc[k].is_lower and doc[k].tag_ in ("VBD", "VBZ", "VBP")), end
            )
            ticker = False
            while end > start and is_ticker(doc[end - 1].text):
                end, ticker = end - 1, True  # "CrowdStrike CRWD.O": the name without its ticker
            # spaCy glues a period and the next word into entities such as "OpenAI.Mais"
            if end > start and doc[end - 1].text == ")":
                end -= 1
            if end - start >= 2 and doc[end - 1].lower_ in _NAME_CUT_GENITIVES:
                # "le CHU de Bordeaux" read "CHU de" by fr_core_news_md: a name never ends with "de"; what is
                # left is no name when it is only organisation words ("CHU")
                end -= 1
                if all(t.text in self.generic_words for t in doc[start:end]):
                    continue
            if end <= start:
                continue
            if ticker:
                out.append(Candidate(start, end, 1, "Organization", None))  # a listed company's name
                continue
            joined = joined_colon_end(doc, end)  # "Run:ai", read "Run"
            etype = NER_TYPES.get(ent.label_) if joined == end or ent.label_ not in ("PER", "PERSON") else None
            etype = None if owner else etype
            if etype == "Person" and end - start >= 2 and _INITIAL.match(doc[end - 1].text):
                etype = None  # "à Station F": a person's name may start with an initial, never end with one
            out.append(Candidate(start, joined, 2, etype, None))
        return out

    def _opener(self, doc: Doc, start: int, end: int) -> bool:
        """Is ``doc[start]`` a capitalised sentence opener that is no name ("Following Altman's",
        "Register for X")? Not when the rest is only generic words that continue a name: the tagger
        may read an unknown name as a verb ("Brightwater Systems veut ...": "Systems" is no name alone)."""
        return (
            start + 1 < end
            and doc[start].is_sent_start
            and doc[start].pos_ in _OPENER_POS
            and not all(t.text in self.generic_words for t in doc[start + 1 : end])
        )

    def split(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
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
                        and (
                            squeeze(doc[c.start : i].text) in alone
                            and squeeze(doc[i + 1 : c.end].text) in alone
                            or self._two_organizations(doc, c.start, i, c.end)
                        )
                    ),
                    None,
                )
            if cut is None:
                out.append(c)
                continue
            out.append(Candidate(c.start, cut, 2, c.type))
            if cut + 1 < c.end:
                out.append(Candidate(cut + 1, c.end, 2, None if doc[cut].lower_ in self.split_words else c.type))
        return out

    def _two_organizations(self, doc: Doc, start: int, cut: int, end: int) -> bool:
        """Does the coordinator at ``cut`` join two names of two words or more, each ending with an
        organisation word ("Align Ventures and Draper Associates" in one NER span)? One name does not
        end its first half with such a word ("Bank of Science and Industry")."""
        return (
            cut - start >= 2
            and end - cut - 1 >= 2
            and doc[cut - 1].text in self.organization_words
            and doc[end - 1].text in self.organization_words
        )


class CandidateSelector:
    """The candidates that become mentions: no two overlap, the gazetteer's and the longer first."""

    def __init__(self, words: MentionWords):
        self.stop_names = words.stop_names
        self.generic_words = words.organization_words | words.name_tails
        self.person_roles = words.person_roles
        self.nationalities = words.nationalities
        self.funding_series_words = words.funding_series_words
        self.antonomasia_articles = words.antonomasia_articles
        self.title_case_lines = words.title_case_lines
        self.event_heads = words.event_heads
        self.not_names = NotNames(words)

    def __call__(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """Greedy non-overlapping choice: gazetteer first, longer first; context hints merged in."""
        hints: dict[tuple[int, int], Candidate] = {}
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
        chosen: list[Candidate] = []
        candidates = without_event_names(doc, candidates, self.event_heads)
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

    def _plausible(self, doc: Doc, c: Candidate, text: str) -> bool:
        if c.type in (None, "Organization") and c.start > 0 and doc[c.start - 1].lower_ in self.antonomasia_articles:
            return False  # "un OpenAI à la française": a company the new one is compared with, not named
        if c.entry is not None:
            return True
        if cut_at_the_end(doc, c.end):
            return False  # "... on imagine bien que Goog": an excerpt cut in the middle of a word
        folded = fold(text)
        lower_model = c.type == "AIModel" and c.priority == 1 and any(ch.isdigit() for ch in text)  # "vela-oss-40b"
        if not folded or folded in self.stop_names or text.islower() and not lower_model or is_ticker(text):
            return False
        if c.end - c.start == 1 and text in self.generic_words:
            return False  # "Systems", "Labs", "Capital" alone name no one: they continue a name
        if names_nothing(doc, c.start, c.end, self.nationalities, self.funding_series_words):
            return False  # "Chinese retailer X", "This includes", "a Series A": no name
        if c.priority == 2 and headline_verb(doc[c.start]):
            return False  # "Kernwerk's Chip Unit Gains Key Team": a headline's verb starts no name
        if c.priority == 2 and self.title_case_lines and title_case_line(doc[c.start]):
            return False  # "Kernwerk Parie Sur la Robotique": every word of the line is capitalised
        first = doc[c.start]
        if (
            c.end - c.start == 1
            and first.is_sent_start
            and first.pos_ in _ADVERBIAL_POS
            and not named_inside(doc, c.start)
            and "." not in first.text  # "Character.ai a levé ...": a web domain, tagged a pronoun
        ):
            # "Aujourd'hui, la start-up ...", "Then, the company ...": an adverb opening a sentence before an
            # apposition is no name, unless the article writes it capitalised inside a sentence too
            return False
        if c.priority == 2 and title_before_person(
            doc, c.end, {doc[c.start].lower_, doc[c.end - 1].lower_}, self.person_roles
        ):
            return False  # "Chief Research Officer Dana Okoye", "VP Research X": a title before a person's name
        if c.priority == 2 and c.end - c.start == 1 and first.is_sent_start:
            if participle_opener(doc[c.start]):
                return False  # "Cofondée en 2019 par A et B, X ...": the tagger may read the participle as a name
            if first.pos_ != "PROPN":
                return False
            if common_word(doc, c.start):
                return False
        if c.priority == 2 and all(t.is_lower or not t.is_alpha for t in doc[c.start : c.end]):
            return False
        if c.priority >= 1 and self.not_names(doc, c.start, c.end):
            return False  # "Minister of Public Works", "a state-funded Management School": a post, a description
        return True


def cut_at_the_end(doc: Doc, end: int) -> bool:
    """Does the text stop right after token ``end - 1``, with no punctuation, as an excerpt cut in
    the middle of a word does?"""
    rest = end
    while rest < len(doc) and doc[rest].is_space:
        rest += 1
    return rest == len(doc) and end > 0 and doc[end - 1].text[-1:].isalnum()
