"""Clustering: the chosen candidates become the article's entities, each mention keyed to one.

:class:`Clusterer` gives every chosen candidate the key of the entity it names, the same key for
every mention of that entity in the article: the gazetteer's key for a known name, else a slug of
the name typed by :class:`~knowgraph.mentions.entity_types.EntityTyper`. Then it merges the
entities an article names in several ways and finds the mentions the other steps missed:

* "Fonds Aurore Capital (FAC)" ... "le FAC": initials (:meth:`Clusterer._merge_acronyms`);
* "Kerlann Robotics" ... "Kerlann": a short name without a generic tail (``name_tails``);
* "Nexalia" found once by the NER, missed in the next sentence: every occurrence of a name.

Usage::

    entities, spans = clusterer(doc, chosen)   # {key: Entity}, the kg_mentions spans in order
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from knowgraph.mentions.encyclopedic_names import EVENT_TOKENS
from knowgraph.mentions.entities import Candidate, Entity
from knowgraph.mentions.entity_types import EntityTyper
from knowgraph.mentions.gazetteer import bare, fold, slugify
from knowgraph.mentions.lexicon import MentionWords
from knowgraph.mentions.linking import GazetteerLinker
from knowgraph.mentions.names import NameReader
from knowgraph.nlp.doccache import token_columns
from knowgraph.nlp.text import squeeze


class Clusterer:
    """Keys the chosen candidates to entities and merges the entities named several ways."""

    def __init__(self, words: MentionWords, names: NameReader, linker: GazetteerLinker, typer: EntityTyper):
        self.names = names
        self.linker = linker
        self.typer = typer
        self.gazetteer = linker.gazetteer
        self.name_tails = words.name_tails
        self.stop_names = words.stop_names
        self.investor_words = words.investor_words
        self.first_names = words.first_names

    def __call__(self, doc: Doc, chosen: list[Candidate]) -> tuple[dict[str, Entity], list[Span]]:
        entities: dict[str, Entity] = {}
        unresolved: list[Candidate] = []
        assigned: list[tuple[Candidate, str]] = []
        self.linker.link(doc, chosen)
        evidence = self.typer.evidence(doc, chosen)
        persons = evidence.persons  # grows below: "Altman" may come before "Sam Altman"
        for c in chosen:
            text = squeeze(doc[c.start : c.end].text)
            if c.entry is not None:
                entry = c.entry
                key = entry.key
                entity = entities.get(key) or self.linker.entity(entry, first_token=c.start)
            else:
                etype = self.typer.type_of(c, text, evidence)
                tokens = text.split()
                if etype == "Person" or (etype is None and len(tokens) == 1 and tokens[0] in persons):
                    if len(tokens) == 1 and tokens[0] in persons:
                        key = persons[tokens[0]]
                        etype = "Person"
                        if key not in entities and self.gazetteer.get(key) is not None:
                            entities[key] = self.linker.entity(self.gazetteer.get(key), first_token=c.start)
                    elif len(tokens) < 2:
                        continue
                    else:
                        key = slugify(text)
                else:
                    if (
                        etype is None
                        or etype == "Place"
                        and c.priority == 2
                        and not self.typer.place_context(doc, c.start, c.end)
                    ):
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
                if (
                    entity.type == "Organization"
                    and not entity.kinds
                    and self.investor_words & set(entity.name.split())
                ):
                    # "Kestrel Partners" is a fund: "la jeune pousse", "the company" do not mean it
                    entity.kinds.add("investor")
        assigned = self._merge_acronyms(entities, assigned)
        assigned = self._merge_short_names(entities, assigned)
        assigned += self._propagate(doc, entities, assigned)
        assigned += self._short_occurrences(doc, entities, assigned)
        assigned += self._given_names(doc, entities, assigned)
        assigned += self._family_names(doc, entities, assigned)
        spans = [
            Span(doc, c.start, c.end, label=entities[key].type, kb_id=key)
            for c, key in sorted(assigned, key=lambda a: a[0].start)
        ]
        return entities, spans

    @staticmethod
    def _merge_acronyms(
        entities: dict[str, Entity], assigned: list[tuple[Candidate, str]]
    ) -> list[tuple[Candidate, str]]:
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
        self, entities: dict[str, Entity], assigned: list[tuple[Candidate, str]]
    ) -> list[tuple[Candidate, str]]:
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
        self, doc: Doc, entities: dict[str, Entity], assigned: list[tuple[Candidate, str]]
    ) -> list[tuple[Candidate, str]]:
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
        occurrences = self.names.columns(doc)[6].occurrences
        for t in (doc[i] for i in sorted(i for text in shorts for i in occurrences(text))):
            key = shorts.get(t.text)
            if key is None or t.i in taken or (t.is_sent_start and t.pos_ != "PROPN"):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() and not doc[t.i + 1].is_sent_start:
                continue  # part of a longer name
            found.append((Candidate(t.i, t.i + 1, 3, "Organization"), key))
            entities[key].surface_forms.add(t.text)
        return found

    def _given_names(
        self, doc: Doc, entities: dict[str, Entity], assigned: list[tuple[Candidate, str]]
    ) -> list[tuple[Candidate, str]]:
        """ "I've known Mustafa for years", "Ali is a rare leader": a given name alone, in quotes above all,
        stands for the one person of the article named with it ("Mustafa Suleyman"); not when two are."""
        by_given: dict[str, str | None] = {}
        for key, entity in entities.items():
            words = entity.name.split()
            if entity.type == "Person" and len(words) >= 2 and words[0] in self.first_names:
                by_given[words[0]] = None if words[0] in by_given else key  # two people share it: no one
        by_given = {given: key for given, key in by_given.items() if key is not None}
        if not by_given:
            return []
        taken = {i for c, _ in assigned for i in range(c.start, c.end)}
        occurrences = self.names.columns(doc)[6].occurrences
        found = []
        for i in sorted(i for given in by_given for i in occurrences(given)):
            t = doc[i]
            if i in taken or t.pos_ != "PROPN":
                continue
            if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_sent_start:
                continue  # part of a longer name ("Mustafa Suleyman", or another person's)
            if i > 0 and doc[i - 1].text[:1].isupper() and not t.is_sent_start:
                continue
            found.append((Candidate(i, i + 1, 3, "Person"), by_given[t.text]))
        return found

    @staticmethod
    def _family_names(
        doc: Doc, entities: dict[str, Entity], assigned: list[tuple[Candidate, str]]
    ) -> list[tuple[Candidate, str]]:
        """ "Kedmor est aussi le fondateur de X" after "Eitan Kedmor": a family name alone that the NER
        missed (often at a sentence's start) stands for the one person of the article named with it before;
        not when two people share it, nor when another entity's name has it as a word ("Dell")."""
        by_family: dict[str, str | None] = {}
        for key, entity in entities.items():
            words = entity.name.split()
            if entity.type == "Person" and len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha():
                by_family[words[-1]] = None if words[-1] in by_family else key
        others = {w for e in entities.values() if e.type != "Person" for f in e.surface_forms for w in f.split()}
        by_family = {w: key for w, key in by_family.items() if key is not None and w not in others}
        if not by_family:
            return []
        taken = {i for c, _ in assigned for i in range(c.start, c.end)}
        firsts = {key: min((c.start for c, k in assigned if k == key), default=len(doc)) for key in by_family.values()}
        found = []
        for i, t in enumerate(doc):
            key = by_family.get(t.text)
            if key is None or i in taken or i <= firsts[key]:
                continue
            if t.pos_ not in ("PROPN", "NOUN", "X") and not t.ent_type_:
                continue  # (a name the tagger read as an adjective is still one when the NER saw a name there)
            if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_sent_start:
                continue  # part of a longer name
            if i > 0 and doc[i - 1].text[:1].isupper() and not t.is_sent_start:
                continue
            found.append((Candidate(i, i + 1, 3, "Person"), key))
        return found

    @staticmethod
    def _propagate(
        doc: Doc, entities: dict[str, Entity], assigned: list[tuple[Candidate, str]]
    ) -> list[tuple[Candidate, str]]:
        """Once a name is known to denote an entity, its other occurrences do too: the NER that
        found "Nexalia" in one sentence may miss it in the next."""
        taken = {i for c, _ in assigned for i in range(c.start, c.end)} | doc.user_data.get(EVENT_TOKENS, set())
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
        text = token_columns(doc).text  # no Token object per word
        i = 0
        while i < len(doc):
            for words in by_first.get(text[i], ()):
                end = i + len(words)
                if end <= len(doc) and tuple(text[i:end]) == words and not any(k in taken for k in range(i, end)):
                    found.append((Candidate(i, end, 3, entities[forms[words]].type), forms[words]))
                    taken.update(range(i, end))
                    i = end - 1
                    break
            i += 1
        return found


def canonical_form(forms: Iterable[str]) -> str:
    """The name an unknown entity is labelled with: its longest surface form without a legal suffix
    wins over shorter ones only when they share the bare name ("Nexalia SAS" -> "Nexalia")."""
    forms = sorted(set(forms))
    if not forms:
        return ""
    # prefer forms that are their own bare name (no "SAS", "Inc."), then the longest, then alphabetical
    return sorted(forms, key=lambda f: (fold(f) != bare(f), -len(f.split()), f))[0]
