"""The word lists of one language that the mention finder and the coreference resolver read.

They come from ``knowgraph/data/<lang>/lexicon.yaml`` (and ``patterns.yaml``, ``nationalities.csv``,
``knowgraph/data/first_names.txt``); this module only gathers them as sets, once, under the names
the rules use::

    words = MentionWords("fr")
    "startup" in words.descriptors          # True: a noun that introduces a name
    "who" in CorefWords.of("en").relatives  # True: a relative pronoun

The steps copy the lists they read in their hot loops onto themselves, so that a test reads one
attribute, not two.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from knowgraph.mentions.gazetteer import fold
from knowgraph.nlp.resources import language_data, language_table


class MentionWords:
    """The lists the steps of :class:`knowgraph.mentions.finder.MentionFinder` read, for ``lang``."""

    def __init__(self, lang: str):
        self.lang = lang
        lexicon = language_data(lang, "lexicon")
        self.based_words = set(lexicon.get("based_words", []))
        self.founded_words = set(lexicon.get("founded_words", []))
        self.product_heads = set(lexicon.get("product_heads", []))
        self.project_heads = set(lexicon.get("project_heads", []))
        self.event_heads = set(lexicon.get("event_heads", []))
        self.acquisition_verbs = set(lexicon.get("acquisition_verbs", []))
        self.making_verbs = set(lexicon.get("making_verbs", []))
        self.maker_nouns = set(lexicon.get("maker_nouns", []))
        self.company_relation_nouns = set(lexicon.get("company_relation_nouns", []))
        self.investment_complements = [tuple(p.split()) for p in lexicon.get("investment_complements", [])]
        led_rounds = lexicon.get("led_rounds", {})
        self.round_lead_verbs = set(led_rounds.get("verbs", []))
        self.led_round_nouns = set(led_rounds.get("nouns", []))
        self.descriptors: dict[str, dict] = lexicon["descriptors"]
        # every prefix of a descriptor: a window is looked up only where one can start
        self.descriptor_prefixes = {form[:k] for form in self.descriptors for k in range(1, len(form) + 1)}
        self.fillers = set(lexicon["descriptor_fillers"])
        self.company_subject_verbs = set(lexicon.get("company_subject_verbs", []))
        self.fundraising_verbs = set(lexicon.get("fundraising_verbs", []))
        self.company_titles = [tuple(t.lower().split()) for t in lexicon.get("company_titles", [])]
        self.staff_titles = [tuple(t.lower().split()) for t in lexicon.get("staff_titles", [])]
        self.title_premodifiers = {w.lower() for w in lexicon.get("title_premodifiers", [])}
        self.descriptor_complements = set(lexicon.get("descriptor_complements", []))
        self.possessives = set(lexicon.get("possessive_determiners", []))
        self.split_words = set(lexicon.get("ner_split_words", []))
        self.person_relatives = set(lexicon.get("person_relatives", []))
        self.person_roles = set(lexicon.get("person_roles", []))
        self.office_words = set(lexicon.get("office_words", []))
        self.coordinators = set(lexicon.get("coordinators", []))
        self.list_fillers = set(lexicon.get("list_fillers", []))
        # "A, B et d'autres", "A, B and others": the words that end a list with no further name
        self.list_closers = {w.lower() for w in lexicon.get("list_closers", [])}
        self.example_heads = set(lexicon.get("example_heads", []))
        # pronouns that stand for a thing ("it"): the ones that may stand for a product
        self.pronoun_things = {p.lower() for p, types in lexicon.get("pronouns", {}).items() if "Product" in types}
        self.naming_verbs = set(lexicon["naming_verbs"])
        self.stop_names = {fold(n) for n in lexicon["stop_names"]}
        self.funding_series_words = set(lexicon.get("funding_series_words", []))
        self.strip_leading = set(lexicon["strip_leading"])
        self.leading_participles = set(lexicon.get("leading_participles", []))
        self.antonomasia_articles = set(lexicon.get("antonomasia_articles", []))
        self.title_case_lines = bool(lexicon.get("title_case_lines"))
        self.organization_words = set(lexicon.get("organization_words", []))
        self.name_tails = set(lexicon.get("name_tails", []))
        self.model_variants = set(lexicon.get("model_variants", []))
        self.investor_words = set(lexicon.get("investor_words", []))
        # "Corbin Global", "Kestrel Works": last words that make a name a firm's, not a person's
        self.firm_name_ends = set(lexicon.get("firm_name_ends", []))
        self.example_markers = set(lexicon.get("example_markers", []))
        # English puts names before the noun they qualify ("the Weft language models")
        self.noun_premodifiers = bool(lexicon.get("noun_premodifiers"))
        self.first_names = first_names()
        self.location_verbs = set(language_data(lang, "patterns").get("location", {}).get("verbs", []))
        self.party_prepositions = party_prepositions(lang)
        self.nationalities = {
            row["adjective"].casefold(): row["place_key"] for row in language_table(lang, "nationalities")
        }


#: relations whose verb patterns take a company after their preposition ("s'allier à X", "supply GPUs to X")
_PARTY_RELATIONS = frozenset({"partnerOf", "providesComputeTo", "competitorOf", "investedIn", "acquired"})


def party_prepositions(lang: str) -> dict[str, frozenset[str]]:
    """Verb lemma -> the one-word prepositions after which its patterns (``patterns.yaml``) want a company:
    "fournir" -> {"à", "au", "aux"}. A name there is a party to a deal, not a place ("fournit des GPU à X")."""
    out: dict[str, set[str]] = {}
    for spec in language_data(lang, "patterns").get("verbs", []):
        patient = spec.get("patient")
        if spec.get("relation") not in _PARTY_RELATIONS or not isinstance(patient, list):
            continue
        preps = {p for p in patient if " " not in p and p != "direct"}
        for lemma in spec["lemmas"]:
            out.setdefault(lemma.lower().removeprefix("s'").removeprefix("se "), set()).update(preps)
    return {lemma: frozenset(preps) for lemma, preps in out.items() if preps}


#: relations whose noun patterns are a person's titles at a company ("le patron de X", "the chief of X")
_TITLE_RELATIONS = frozenset({"ceoOf", "worksFor", "foundedBy"})


def title_nouns(lang: str) -> frozenset[str]:
    """The one-word nouns of the patterns (``patterns.yaml``) that make a person a company's head, employee or
    founder through a preposition ("patron", "directrice", "cofondateur"): the company is named after them."""
    return frozenset(
        lemma.lower()
        for spec in language_data(lang, "patterns").get("nouns", [])
        if spec.get("relation") in _TITLE_RELATIONS and spec.get("of")
        for lemma in spec["lemmas"]
        if " " not in lemma
    )


class CorefWords:
    """The lists :class:`knowgraph.mentions.coref.Resolver` and its rules read, for ``lang``.

    Read-only and shared by every resolver of the language (:meth:`of`): a resolver is made per
    article.
    """

    def __init__(self, lang: str):
        self.lang = lang
        lex = language_data(lang, "lexicon")
        self.descriptors: dict[str, dict] = lex["descriptors"]
        self.pronouns: dict[str, list[str]] = {k.lower(): v for k, v in lex["pronouns"].items()}
        self.relatives = set(lex["relative_pronouns"])
        self.person_relatives = set(lex.get("person_relatives", []))
        self.thing_relatives = set(lex.get("thing_relatives", []))
        self.possessives = set(lex["possessive_determiners"])
        self.first_person = {w.lower() for w in lex.get("first_person_plural", [])}
        self.second_person = {w.lower() for w in lex.get("second_person", [])}
        self.stop_names = {fold(n) for n in lex["stop_names"]}
        self.funding_series_words = set(lex.get("funding_series_words", []))
        self.person_roles = set(lex.get("person_roles", []))
        # the titles whose "de" complement is a company, and the prepositions of deal verbs' parties (NameCoercer)
        self.title_nouns = self.person_roles | title_nouns(lang)
        self.party_prepositions = party_prepositions(lang)
        self.model_nouns = set(lex.get("model_nouns", []))
        self.coerced_things = bool(lex.get("coerced_things", False))
        # "Dr.", "Sir": words of address before a person's name (NameCoercer: no name of their own)
        self.name_honorifics = set(language_data(lang, "patterns").get("lists", {}).get("name_honorifics", []))
        self.organization_words = set(lex.get("organization_words", []))
        self.name_tails = set(lex.get("name_tails", []))
        self.based_words = set(lex.get("based_words", []))
        self.genitive_words = set(lex.get("genitive_words", []))
        self.antonomasia_articles = set(lex.get("antonomasia_articles", []))
        self.comitative_prepositions = set(lex.get("comitative_prepositions", []))
        self.possessive_clitics = set(lex.get("possessive_clitics", []))
        self.before_possessed = self.genitive_words | self.possessive_clitics
        self.noun_premodifiers = bool(lex.get("noun_premodifiers", False))
        self.naming_verbs = set(lex["naming_verbs"])
        self.prepositions = set(lex.get("prepositions", []))
        self.example_markers = set(lex.get("example_markers", []))
        self.coordinators = set(lex.get("coordinators", []))
        self.price_prepositions = set(lex.get("price_prepositions", []))
        self.definite = set(lex.get("definite_determiners", []))
        self.indefinite = set(lex.get("indefinite_determiners", []))
        self.new_organization_verbs = set(lex.get("new_organization_verbs", []))
        # "il", "she": the gender a pronoun marks, which a person's given name must not contradict
        self.pronoun_genders: dict[str, str] = lex.get("pronoun_genders", {})
        self.nationalities = {r["adjective"].casefold(): r["place_key"] for r in language_table(lang, "nationalities")}

    @staticmethod
    @cache
    def of(lang: str) -> CorefWords:
        """The lists of ``lang``, built once."""
        return CorefWords(lang)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names of ``knowgraph/data/first_names.txt``."""
    text = resources.files("knowgraph.data").joinpath("first_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name -> "m" or "f", from ``knowgraph/data/first_names_gender.txt`` (names given to both left out)."""
    text = resources.files("knowgraph.data").joinpath("first_names_gender.txt").read_text(encoding="utf-8")
    pairs = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {words[0]: words[1] for words in pairs if len(words) == 2}
