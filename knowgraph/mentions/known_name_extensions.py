"""Longer names that open with a known organisation's name ("Samsung Next", "Kernwerk Vireo Labs").

A known company's name followed by capitalised words that the NER reads as one name with it names
another organisation (a unit, a subsidiary, a cloud joint venture) or a product of the company, not the
company itself. :class:`KnownNameExtensions` finds where such a longer name ends and what it is; the
gazetteer's candidates (:class:`knowgraph.mentions.candidates.GazetteerCandidates`) then hold the longer
span instead of the known name.

Usage::

    extensions = KnownNameExtensions(MentionWords("fr"))
    ner = extensions.ner_names(doc)  # once per doc
    extensions.longer_name(doc, start, end, ner, starts)
    # (end + 2, "Organization") for "Kernwerk Vireo Labs" when the NER reads the three words as one name
"""

from __future__ import annotations

from spacy.tokens import Doc

from knowgraph.mentions.gazetteer import fold
from knowgraph.mentions.lexicon import MentionWords

#: NER labels of a name that may extend a known organisation's; a person's label is a parse mistake there
#: ("SAP Delos" read as a person): a known company's name never opens a person's
_LABELS = {"ORG": "Organization", "PRODUCT": "Product", "MISC": None, "PER": "Organization", "PERSON": "Organization"}
#: ``doc.user_data`` key: ``{start: (company key, country key)}`` of the units named after a known company
#: and a country, "Google France" (read by knowgraph.facts.relations.named_units)
UNITS_KEY = "kg_named_units"
#: at most this many capitalised words after the known name ("Kernwerk Vireo Cloud Labs")
_MOST_WORDS = 3


class KnownNameExtensions:
    """Where the NER's longer name that opens with a known organisation's name ends, and its type."""

    def __init__(self, words: MentionWords):
        self.name_tails = words.name_tails
        self.model_variants = words.model_variants
        self.stop_names = words.stop_names
        self.person_roles = words.person_roles
        self.organization_words = words.organization_words
        self.first_names = words.first_names

    @staticmethod
    def ner_names(doc: Doc) -> dict[int, tuple[int, str]]:
        """``{start: (end, label)}`` of the NER's names that may extend a known name.

        >>> KnownNameExtensions.ner_names(doc)  # doctest: +SKIP
        {4: (6, 'PER')}
        """
        return {ent.start: (ent.end, ent.label_) for ent in doc.ents if ent.label_ in _LABELS}

    def longer_name(
        self, doc: Doc, start: int, end: int, ner: dict[int, tuple[int, str]], starts: set[int]
    ) -> tuple[int, str] | None:
        """(end, type) of the NER's name that is the known name ``doc[start:end]`` and one to three capitalised
        words, none of them known itself (the matcher starts nothing there: "Microsoft France", "Nvidia
        Blackwell"); the first word neither a tail, a title, a model variant nor a role; no given name among
        them ("Kernwerk Dana Okoye" is a person after her company).

        >>> extensions.longer_name(doc, 3, 4, extensions.ner_names(doc), starts)  # doctest: +SKIP
        (5, 'Organization')
        """
        found = ner.get(start)
        if found is None or not end < found[0] <= end + _MOST_WORDS or any(i in starts for i in range(end, found[0])):
            return None
        stop, label = found
        first = doc[end]
        text = first.text
        # an acronym after a known acronym is one longer name ("CMA CGM" is not the CMA); after another
        # known name it is most often a product line or a unit's tag, not a new name
        acronyms = stop == end + 1 and text.isupper() and len(text) > 1 and doc[start:end].text.isupper()
        acronyms = acronyms and end - start == 1
        if (
            text in self.name_tails
            or text in self.model_variants
            or first.lower_ in self.person_roles
            or text.isupper()
            and not acronyms
        ):
            return None
        for token in doc[end:stop]:
            if (
                token.is_sent_start
                or not token.is_alpha
                or not token.text[:1].isupper()
                or fold(token.text) in self.stop_names
                or token.text in self.first_names
                or token.lower_ in self.person_roles
            ):
                return None
        if stop < len(doc) and doc[stop].lower_ in self.person_roles:
            return None  # "OpenAI Chief Technology Officer": the words before a role are a title, not a name
        if acronyms:
            return stop, "Organization"
        if stop - end > 1 and doc[stop - 1].text in self.organization_words:
            return stop, "Organization"  # "Kernwerk Vireo Labs": a firm word ends the longer name
        return stop, _LABELS[label] or "Product"  # French MISC: "Google Play", "Microsoft Teams"

    def country_unit_end(self, doc: Doc, end: int, countries: dict[int, tuple[int, str]]) -> int | None:
        """Where a country's name that follows a known organisation's ends, when the two name the
        organisation's unit in that country ("Google France", "Microsoft UK"): another organisation, not
        the company ("le patron de Google France" heads the French unit). None when the country starts a
        longer name ("Google France Télévisions") or a new sentence.

        >>> extensions.country_unit_end(doc, 3, {3: (4, "france")})  # doctest: +SKIP
        4
        """
        if end not in countries:
            return None
        stop = countries[end][0]
        if doc[end].is_sent_start or not doc[end - 1].whitespace_ or not doc[end].text[:1].isupper():
            return None
        after = doc[stop] if stop < len(doc) else None
        if after is not None and after.is_alpha and after.text[:1].isupper() and not after.is_sent_start:
            if after.text not in self.first_names:  # "l'ex-Palantir France Léa Roux": a person after the unit
                return None  # a capitalised word after the country: another, longer name
        return stop


def words_end(doc: Doc, end: int, words: set[str]) -> int:
    """Where the run of ``words`` (organisation words: "Music Entertainment") that starts at ``end`` ends."""
    while end < len(doc) and doc[end].text in words and not doc[end].is_sent_start:
        end += 1
    return end
