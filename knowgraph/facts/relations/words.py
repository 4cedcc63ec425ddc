"""Word forms the rules match on: a word's lemmas (with the verb behind a participle the tagger read as
an adjective), the pattern triggers at a word, voice, infinitives, descriptor nouns, nearby word lists.

Every family has these as methods (:class:`WordForms` is a base of
:class:`~knowgraph.facts.relations.family.RuleFamily`); the engine uses them to find the triggers::

    doc = knowgraph.load_pipeline("fr")("Le modèle Orca, développé par Quillon, est ouvert.")
    WordForms(LanguageRules("fr"))._lemmas(doc[4])  # {"développé", "développer"}
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from knowgraph.facts.relations.rules import LanguageRules, Pattern
from knowgraph.nlp.resources import language_data


class WordForms:
    """Reading single words and short windows of words (no argument search)."""

    def __init__(self, rules: LanguageRules):
        # the language's word lists and patterns as attributes of every family: the same objects, not copies
        vars(self).update(vars(rules))

    def _participle_lemma(self, token: Token) -> str | None:
        """For a past participle the tagger read as an adjective or a noun ("développé",
        "Cofondé"), the verb it comes from, by the language's participle endings."""
        if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
        stem = self._participle_stem(token.lower_)
        # the morphology last: it is slow to read, and only a word with a participle ending needs it
        return None if stem is None or "Part" in token.morph.get("VerbForm") else stem

    def _participle_stem(self, lower: str) -> str | None:
        """The verb a lower-case word's participle ending gives ("cofondé" -> "cofonder"), or None:
        the first of the language's endings, longest first, that the word ends with and is more than
        two letters longer than. Remembered per word (the engine asks it of most nouns)."""
        stems = self._participle_stems
        if lower in stems:
            return stems[lower]
        stem = None
        for length, endings in self._participle_suffixes:  # participle_endings, longest first
            replacement = endings.get(lower[len(lower) - length :])
            if replacement is not None and len(lower) > length + 2:
                stem = lower[:-length] + replacement
                break
        if len(stems) > 200_000:
            stems.clear()
        stems[lower] = stem
        return stem

    def _lemmas(self, token: Token) -> set[str]:
        forms = {token.lemma_.lower(), token.lower_}
        participle = self._participle_lemma(token)
        if participle:
            forms.add(participle)
        present = self._present_lemmas(token)
        if present:
            forms |= present
        return forms

    def _present_lemmas(self, token: Token) -> set[str] | None:
        """For a present-tense verb form the lemmatizer gave back unchanged ("noue", "signe"), the pattern
        verbs it may come from (``present_forms``); only for a word in lower case (or opening a sentence) tagged a
        verb, or a noun or adjective the parser gave a subject and no determiner ("X concurrence Y")."""
        lemmas = self.present_forms.get(token.lower_)
        if not lemmas or token.lemma_.lower() in lemmas:
            return None
        if not token.is_lower and not token.is_sent_start:
            return None  # "Kernwerk Mise Sur la Robotique": a capitalised word in a title-case headline
        if token.pos_ == "VERB":
            return lemmas
        if token.pos_ in ("NOUN", "ADJ") and not any(c.dep_ in ("det", "case") for c in token.children):
            if any(c.dep_ == "nsubj" and c.i < token.i for c in token.children):
                return lemmas
        return None

    def _triggers(self, token: Token) -> Iterable[tuple[Pattern, Token]]:
        doc = token.doc
        after = None  # the next word's lower-case form and lemma, and whether it may be a present form, read once
        for first in self._lemmas(token):
            for pattern in self.patterns.get(first, ()):
                n = len(pattern.words)
                if n > 1:
                    if after is None:
                        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                        after = (
                            (following.lower_, following.lemma_.lower(), bool(self.present_forms.get(following.lower_)))
                            if following is not None
                            else ()
                        )
                    if not after or pattern.words[1] not in after[:2] and not after[2]:
                        continue  # not the pattern's second word: what the test of the window below finds, sooner
                    window = doc[token.i : token.i + n]
                    if len(window) < n or any(
                        w != t.lower_ and w != t.lemma_.lower() and w not in (self._present_lemmas(t) or ())
                        for w, t in zip(pattern.words[1:], window[1:], strict=False)
                    ):
                        continue
                    wanted = ("VERB",) if pattern.kind == "verb" else ("NOUN", "PROPN")
                    head = next((t for t in window if t.pos_ in wanted), window[-1])
                    if pattern.kind == "verb":
                        # "a fait entrer X": the verb that governs the others, whose objects the frame reads
                        # (fr_core_news_md tags "fait" a verb, sm an auxiliary: the first verb is not always it)
                        head = next(
                            (
                                t
                                for t in window
                                if t.pos_ in wanted and (t.head.i == t.i or not window.start <= t.head.i < window.end)
                            ),
                            head,
                        )
                    if "-" in pattern.words and pattern.kind == "verb":
                        # "co-founded" split as "co - founded": the word the parser gave the subject, else the last
                        head = next(
                            (
                                t
                                for t in window
                                if t.pos_ in wanted and any(c.dep_.startswith("nsubj") for c in t.children)
                            ),
                            window[-1] if window[-1].pos_ in wanted else head,
                        )
                    if pattern.kind == "noun" and self.noun_premodifiers and window[-1].pos_ in wanted:
                        head = window[
                            -1
                        ]  # "co-founder", "chief technology officer": English phrases end with their head
                else:
                    # the small models mis-tag verbs ("obtient" as ADV): trust the lemma unless clearly nominal
                    if (
                        pattern.kind == "verb"
                        and token.pos_ in ("NOUN", "PROPN", "DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "NUM")
                        and self._participle_lemma(token) != first
                    ):
                        continue
                    if (
                        pattern.kind == "verb"
                        and token.tag_ == "JJ"
                        and token.lower_ == first
                        and token.dep_ in ("amod", "compound")
                        and token.head.i == token.i + 1
                    ):
                        continue  # "the lead investor": a bare verb form modifying a noun is an adjective
                    if (
                        pattern.kind == "noun"
                        and token.pos_ not in ("NOUN", "PROPN", "ADJ", "X")
                        and not self._mistagged_title(token)
                        and not self._nominal_verb(token)
                    ):
                        continue
                    if pattern.kind == "noun" and self._epithet(token, pattern):
                        continue
                    head = token
                yield pattern, head

    @staticmethod
    def _epithet(token: Token, pattern: Pattern) -> bool:
        """ "ses processeurs propriétaires", "un modèle concurrent": an adjective after the noun it qualifies,
        with no complement of its own, is not the title or role noun of the same form."""
        doc = token.doc
        return (
            token.pos_ == "ADJ"
            and token.dep_ == "amod"
            and token.head.i < token.i
            and token.head.pos_ in ("NOUN", "PROPN")
            and (token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in pattern.of)
        )

    @staticmethod
    def _nominal_verb(token: Token) -> bool:
        """ "this week's data centres deal between X and Y was a blockbuster": a word the tagger read as a verb
        but the parser as a noun phrase's head (a subject, an object), with no auxiliary or object of its own
        (the noun before it may be parsed as its subject: "centres deal")."""
        return (
            token.pos_ == "VERB"
            and token.tag_ in ("VB", "VBP", "NN")
            and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr")
            and not any(c.dep_.startswith("aux") or c.dep_ in ("dobj", "mark", "xcomp") for c in token.children)
        )

    @staticmethod
    def _mistagged_title(token: Token) -> bool:
        """A title the tagger gave another part of speech, which is still the title:

        - after a compound past of "être" ("Léa Roux a été PDG de Nexalia"): a passive participle (VERB), or for
          fr_core_news_md sometimes an adverb ("ont été ingénieurs chez X");
        - an adverb the parse attaches as a noun, a nominal modifier or an apposition of the name ("Léa Roux,
          ex-chercheuse chez X" under fr_core_news_md);
        - a capitalised word that is no function word, tagged a preposition or an adverb ("coCEO")."""
        if token.pos_ in ("VERB", "ADV") and any(
            c.dep_ in ("cop", "aux:pass") and c.lower_ in ("été", "être") and c.i == token.i - 1 for c in token.children
        ):
            return True
        if token.pos_ == "ADV" and token.dep_ in ("nmod", "appos") and token.head.pos_ in ("PROPN", "NOUN"):
            return True
        return token.pos_ in ("ADP", "ADV") and not token.is_stop and not token.is_lower

    @staticmethod
    def _is_passive(verb: Token) -> bool:
        if verb.lemma_.lower() in language_data(verb.doc.lang_, "lexicon").get("active_etre_verbs", ()):
            return False  # "Paul Roy est parti chez X": a verb of motion conjugated with "être", never passive
        deps = {c.dep_ for c in verb.children}
        if "expl:pass" in deps and not deps & {"aux:pass", "auxpass"}:
            # "Nexalia s'allie à X": fr_core_news_md reads a pronominal verb's "se" as a passive marker and its
            # subject as a passive one; with no auxiliary "être" the subject is the one who acts
            return False
        if deps & {"aux:pass", "nsubj:pass", "auxpass", "nsubjpass"}:
            return True
        features = str(verb.morph)  # "Voice=Pass|VerbForm=Part|...": a value absent from it is in no field
        if "Pass" in features and "Pass" in verb.morph.get("Voice"):
            return True
        if verb.pos_ in ("ADJ", "NOUN", "PROPN"):
            # a participle the tagger took for an adjective or a noun: passive ("le modèle développé
            # par X") unless a form of "avoir"/"have" before it makes a compound past ("n'a pas investi")
            before = verb.doc[max(verb.sent.start, verb.i - 4) : verb.i]
            return not any(
                t.lemma_.lower() in ("avoir", "have")
                or t.lower_ in ("a", "ont", "avait", "avaient", "aura", "has", "had")
                for t in before
            )
        participle = (
            "Part" in features
            and "Part" in verb.morph.get("VerbForm")
            and ("Past" in verb.morph.get("Tense") or verb.tag_ == "VBN")
        )
        if (
            participle
            and verb.dep_ in ("acl", "amod", "appos", "conj", "advcl", "ROOT", "dep", "obl:mod", "obl", "xcomp")
            and not any(c.dep_ in ("aux", "aux:tense") or c.dep_.startswith("nsubj") for c in verb.children)
        ):
            # "DeepMind, racheté par Google" / "Llama, developed by Meta" / "FAIR reste dirigé par X"
            return verb.dep_ not in ("ROOT", "xcomp") or any(
                t.lower_ in ("par", "by") for t in verb.doc[verb.i + 1 : verb.i + 4]
            )
        return False

    @staticmethod
    def _infinitive(token: Token) -> bool:
        """An infinitive, including the perfect one: "avoir levé", "to have raised"."""
        return (
            "Inf" in token.morph.get("VerbForm")
            or token.tag_ == "VB"
            or any(
                c.dep_.startswith("aux") and ("Inf" in c.morph.get("VerbForm") or c.tag_ in ("VB", "TO"))
                for c in token.children
            )  # ("to co-found X" tagged a participle: its "to" says it is an infinitive)
        )

    def _acronym_modifier(self, token: Token) -> bool:
        """A short capitalised word used as a modifier, not a name: "AI" in "a US AI chip giant"."""
        return token.lower_ in self.acronym_modifiers

    def _descriptor_type(self, token: Token) -> str | None:
        """The entity class a descriptor noun introduces ("chatbot" -> Product), if it is one."""
        info = self.descriptors.get(token.lemma_.lower()) or self.descriptors.get(token.lower_)
        return info["type"] if info else None

    def _frame_noun(self, token: Token, rule: str) -> bool:
        """Is ``token`` a one-word trigger noun of the noun frame ``rule`` (its name without the language
        prefix)? ``self._frame_noun(token, "subsidiaryOf.noun")`` is true of "filiale", "division", "unit"."""
        cache = self.__dict__.setdefault("_frame_noun_sets", {})
        words = cache.get(rule)
        if words is None:
            words = cache[rule] = {
                " ".join(p.words)
                for patterns in self.patterns.values()
                for p in patterns
                if p.kind == "noun" and p.rule.endswith("/" + rule)
            }
        return token.pos_ == "NOUN" and (token.lemma_.lower() in words or token.lower_ in words)

    def _ends_descriptor(self, token: Token) -> bool:
        """Is ``token`` the (last word of a) descriptor of an organisation: "startup", "start-up"?"""
        ends = self.__dict__.get("_descriptor_ends")
        if ends is None:  # the last word of each, and its part after a hyphen ("up"): read once
            ends = self.__dict__["_descriptor_ends"] = frozenset(
                end
                for key, info in self.descriptors.items()
                if info["type"] == "Organization"
                for end in (key.split()[-1], key.split()[-1].split("-")[-1])
            )
        return token.lower_ in ends

    def _has_nearby(self, token: Token, list_name: str, window: int = 25) -> bool:
        words = self.lists.get(list_name, set())
        doc = token.doc
        lo, hi = max(token.sent.start, token.i - 2), min(token.sent.end, token.i + window)
        return any(t.lower_ in words or t.lemma_.lower() in words for t in doc[lo:hi])

    def _after_required(self, trigger: Token, list_name: str | None) -> int | None:
        """With a required word list (compute), arguments are read after the first such word."""
        if not list_name:
            return None
        words = self.lists.get(list_name, set())
        for t in trigger.doc[trigger.i + 1 : trigger.sent.end]:
            if t.lower_ in words or t.lemma_.lower() in words:
                return t.i
        return None

    def _predicative(self, noun: Token) -> bool:
        doc = noun.doc
        if any(c.dep_ == "cop" for c in noun.children) or noun.dep_ in ("xcomp", "ROOT", "attr", "oprd"):
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
            return True  # "serves as Kernwerk's chief operating officer": a long title past the words looked at below
        before = " ".join(t.lower_ for t in doc[max(noun.sent.start, noun.i - 4) : noun.i])
        return any(before.endswith(marker) or f"{marker} " in before + " " for marker in self.predicative_markers)

    def _round_noun(self, token: Token) -> bool:
        return any(
            len(words) == 1 and words[0] in (token.lower_, token.lemma_.lower()) for words in self.round_nouns
        ) or any(
            len(words) > 1
            and words[-1] in (token.lower_, token.lemma_.lower())
            and tuple(t.lower_ for t in token.doc[max(0, token.i - len(words) + 1) : token.i + 1]) == words
            for words in self.round_nouns
        )

    @staticmethod
    def _name_past_descriptors(resolver, start: int, end: int, descriptive_pos: set[str]) -> Span | None:
        """The name that starts at ``start`` or after a few words before ``end`` that only describe it
        (articles and words of ``descriptive_pos`` in lower case: "la start-up lyonnaise Brintel", "son
        nouveau modèle Quill-3"); None at any other word, or at a name that started before."""
        doc = resolver.doc
        for i in range(start, min(end, len(doc))):
            span = resolver.mention_at(i)
            if span is not None:
                return span if span.start == i else None
            token = doc[i]
            if not (token.pos_ == "DET" or (token.is_lower and token.pos_ in descriptive_pos)):
                return None
        return None
