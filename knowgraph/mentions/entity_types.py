"""Typing: which ontology class each chosen name belongs to, from the article as a whole.

The NER labels one occurrence at a time and often wrongly ("Sorbane Partners" a person, "Christel
Heydemann" an organisation); :class:`EntityTyper` types a name from what the whole article says
of it, in this order of trust:

* the gazetteer's type (:class:`~knowgraph.mentions.linking.GazetteerLinker` linked the name);
* a given name first ("Christel Heydemann"), a last name used alone elsewhere ("Adeyemi said"):
  a person;
* a descriptor anywhere in the article ("X, la startup toulousaine"): its type, everywhere;
* else the NER's majority over the name's occurrences (ties: organisation); an organisation word
  ("Partners", "Ventures") makes it an organisation, a known family name a person.

Usage, as :class:`~knowgraph.mentions.clustering.Clusterer` does it::

    evidence = typer.evidence(doc, chosen)       # once, over every chosen candidate
    etype = typer.type_of(candidate, text, evidence)
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from knowgraph.mentions.entities import Candidate
from knowgraph.mentions.gazetteer import bare, slugify
from knowgraph.mentions.lexicon import MentionWords
from knowgraph.mentions.names import NameReader
from knowgraph.nlp.text import squeeze


@dataclass
class TypeEvidence:
    """What an article says of the types of its names, gathered before any is keyed."""

    by_context: dict[str, str]  # bare name -> the type a descriptor gave it
    by_bare: dict[str, str]  # bare name -> that type, else the NER's majority
    persons: dict[str, str]  # family name -> the key of the person ("Altman" -> "sam-altman")


class EntityTyper:
    """Types the chosen candidates by context over the whole article (see the module docstring)."""

    def __init__(self, words: MentionWords, names: NameReader):
        self.names = names
        self.first_names = words.first_names
        # the organisation words, and the last words that make a name a firm's only when typing it
        self.organization_words = words.organization_words | words.firm_name_ends
        self.name_tails = words.name_tails
        self.location_verbs = words.location_verbs
        self.party_prepositions = words.party_prepositions
        self.based_words = words.based_words
        self.product_heads = words.product_heads
        self.project_heads = words.project_heads
        self.acquisition_verbs = words.acquisition_verbs
        self.making_verbs = words.making_verbs
        self.maker_nouns = words.maker_nouns
        self.company_relation_nouns = words.company_relation_nouns
        self.person_roles = words.person_roles
        self.investment_complements = words.investment_complements
        self.round_lead_verbs, self.led_round_nouns = words.round_lead_verbs, words.led_round_nouns
        self.list_glue = words.coordinators  # "and", "et": between the names of a list, with commas

    def evidence(self, doc: Doc, chosen: list[Candidate]) -> TypeEvidence:
        """Type the people among ``chosen`` (``c.type``) and gather the types of every name."""
        # Context-typed and known names first, so that later bare NER mentions inherit their type.
        typed_by_bare: dict[str, str] = {}
        context_types: dict[str, str] = {}
        ner_votes: dict[str, dict[str, int]] = {}
        for c in chosen:
            text = squeeze(doc[c.start : c.end].text)
            words = text.split()
            if (
                c.entry is None
                and not (c.priority < 2 and c.type == "AIModel")  # "Claude Sonnet": a known model's variant
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
            elif c.priority == 2 and c.entry is None and self.before_based(doc, c.end):
                c.type = "Place"  # "a Bristol-based startup": the NER often calls the town an organisation
            elif c.priority == 2 and c.entry is None and words[-1] in self.product_heads:
                c.type = "Product"  # "Tensor Processing Units": the NER calls a chip's name a company
            elif (
                c.entry is None
                and len(words) >= 2
                and words[-1] in self.project_heads
                and (c.priority == 2 or c.type == "Organization")
            ):
                # "the Open Model Alliance": a named initiative, not a company; also when a capitalised
                # organisation word opens it ("l'AI Startup Program": the descriptor gave it its type)
                c.type = "Project"
                context_types.setdefault(bare(text), c.type)
            elif c.priority == 2 and c.entry is None and self._named_organization(doc, c, words):
                c.type = "Organization"
                context_types.setdefault(bare(text), c.type)
            if c.priority == 1 and c.type:
                typed_by_bare.setdefault(bare(text), c.type)
                context_types.setdefault(bare(text), c.type)
            elif c.priority == 2 and c.type and c.entry is None:
                votes = ner_votes.setdefault(bare(text), {})
                votes[c.type] = votes.get(c.type, 0) + 1
        self._typed_by_list_mates(doc, chosen, context_types)
        # a thing made, after every descriptor: "Vela, a startup" anywhere in the article says otherwise
        for c in chosen:
            if c.priority == 2 and c.entry is None and self._made_thing(doc, c):
                context_types.setdefault(bare(squeeze(doc[c.start : c.end].text)), "Product")
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
        return TypeEvidence(context_types, typed_by_bare, persons)

    def type_of(self, c: Candidate, text: str, evidence: TypeEvidence) -> str | None:
        """The type of an unknown name ``text`` at candidate ``c``."""
        # the context types a name everywhere in the article ("X, la startup toulousaine"),
        # over what the NER said of one occurrence; else the NER's majority
        etype = (
            c.type
            if c.priority == 1
            else (evidence.by_context.get(bare(text)) or evidence.by_bare.get(bare(text)) or c.type)
        )
        tokens = text.split()
        if c.priority == 2 and any(t in self.organization_words for t in tokens) and etype != "Project":
            etype = "Organization"  # "Sorbane Partners", "Ostrale Ventures": NER says PER
        if len(tokens) == 1 and tokens[0] in evidence.persons and etype != "Place":
            etype = "Person"  # "Altman" after (or before) "Sam Altman", whatever the NER said
        return etype

    def _typed_by_list_mates(self, doc: Doc, chosen: list[Candidate], context_types: dict[str, str]) -> None:
        """An unknown name the NER calls an organisation, listed with known products and no known name of
        another type, is a product: "Copilot, Bing, and Edge", "WhatsApp, Instagram et Messenger" (the list
        glue alone between the names). Typed so everywhere in the article (``context_types``).

            self._typed_by_list_mates(doc, chosen, context_types)  # "Edge" -> "Product"
        """
        ordered = sorted(chosen, key=lambda c: (c.start, -c.end))
        for n, c in enumerate(ordered):
            if c.entry is not None or c.priority != 2 or c.type not in ("Organization", None):
                continue
            mates = self._list_mates(doc, ordered, n)
            known = [m.entry.type for m in mates if m.entry is not None]
            # "Quillon, Brintel Networks, and Vela": a mate named as a company ("Networks") makes it a list of clients
            companies = any(
                m.entry is None
                and (m.priority == 1 and m.type == "Organization" or self._has_organization_word(doc, m))
                for m in mates
            )
            if "Product" in known and all(t == "Product" for t in known) and not companies:
                c.type = "Product"
                context_types[bare(squeeze(doc[c.start : c.end].text))] = "Product"

    def _made_thing(self, doc: Doc, c: Candidate) -> bool:
        """Is the unknown name at ``c`` the direct object of a making verb ("Kernwerk trained Vela on ...") or its
        passive subject with an agent ("Vela was developed by Kernwerk")? The NER reads such a name as a company or a
        person; one whose words say company ("Vela Labs") or person (a given name) is left as it is."""
        if not self.making_verbs or c.type not in ("Organization", "Person", None):
            return False
        words = [t.text for t in doc[c.start : c.end]]
        if (
            c.type == "Person"
            and len(words) > 1
            or any(w in self.organization_words or w in self.first_names for w in words)
        ):
            return False
        root = doc[c.start : c.end].root
        while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
            root = root.head  # "released Vela and Vela Mini": the list's first item holds the slot
        if any(
            # "Vela, which was developed by Kernwerk", "Vela, developed by Kernwerk,": a passive clause on the name
            v.dep_ in ("relcl", "acl")
            and v.tag_ == "VBN"
            and v.lemma_.lower() in self.making_verbs
            and any(t.dep_ in ("agent", "obl:agent") for t in v.children)
            for v in root.children
        ):
            return True
        verb = root.head
        if self._maker_noun(root):
            return True
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        if verb.pos_ != "VERB" or not (
            verb.lemma_.lower() in self.making_verbs or f"{verb.lemma_.lower()} {particle}" in self.making_verbs
        ):
            return False
        if root.dep_ in ("dobj", "obj") and verb.i < root.i:
            before = doc[root.i - 1]
            return before.pos_ in ("VERB", "DET", "PRON", "ADJ", "PART") or before.i == verb.i or before.dep_ == "prt"
        return root.dep_ in ("nsubjpass", "nsubj:pass") and any(t.dep_ in ("agent", "obl:agent") for t in verb.children)

    def _maker_noun(self, root) -> bool:
        """Is ``root`` the thing of a maker noun: "the maker of Vela", "the developer behind Vela", "Vela maker X"?"""
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in ("of", "behind"):
            return head.head.pos_ == "NOUN" and head.head.lemma_.lower() in self.maker_nouns
        return root.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in self.maker_nouns

    def _has_organization_word(self, doc: Doc, c: Candidate) -> bool:
        return any(t.text in self.organization_words for t in doc[c.start : c.end])

    def _list_mates(self, doc: Doc, ordered: list[Candidate], n: int) -> list[Candidate]:
        """The names listed with ``ordered[n]``, on both sides, the list glue alone between two."""
        mates: list[Candidate] = []
        for step in (-1, 1):
            k, current = n + step, ordered[n]
            while 0 <= k < len(ordered):
                other = ordered[k]
                left, right = (other, current) if step < 0 else (current, other)
                glue = doc[left.end : right.start]
                if len(glue) == 0 or not all(t.text == "," or t.lower_ in self.list_glue for t in glue):
                    break
                mates.append(other)
                current, k = other, k + step
        return mates

    def _family_name_alone(self, doc: Doc, c: Candidate, words: list[str]) -> bool:
        """Is the last word of a two-word name used alone elsewhere (as people's family names are),
        and the first word never (as companies' short names are)?"""
        if any(
            w in self.organization_words or w in self.name_tails or not w.isalpha() or not w[:1].isupper()
            for w in words
        ):
            return False
        columns = self.names.columns(doc)
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

    def _named_organization(self, doc: Doc, c: Candidate, words: list[str]) -> bool:
        """Does the place of an NER name not typed an organisation say it is one: right after "-based"
        ("Tel Aviv-based Kovix"), the object of an acquisition verb ("bought Kovix", "a racheté
        Kovix"), or where money goes ("invested in Kovix", "le tour de table de Kovix")? The NER often reads
        such an unknown company as a place or a person. A person's full name stays one ("bought John Smith's
        stake" is no company)."""
        if c.type == "Organization" or c.type == "Person" and len(words) > 1:
            return False
        if self._relation_compound(doc, c):
            return True
        if c.start < 1:
            return self._employer_slot(doc, c)  # "Kovix researcher Dana Okoye said ..."
        after_based = c.start >= 2 and doc[c.start - 1].lower_ in self.based_words and doc[c.start - 2].text == "-"
        previous = doc[c.start - 1]
        acquired = (
            previous.pos_ == "VERB"
            and previous.lemma_.lower() in self.acquisition_verbs
            and not (c.end < len(doc) and doc[c.end].pos_ == "NOUN" and doc[c.end].is_lower)
        )
        return after_based or acquired or self._invested_in(doc, c.start) or self._employer_slot(doc, c)

    def _relation_compound(self, doc: Doc, c: Candidate) -> bool:
        """Is the unknown name at ``c`` the compound of a noun only companies have ("a Kovix rival", "Kovix rival
        Brintel", "a Kovix investor")?"""
        root = doc[c.start : c.end].root
        head = root.head
        return root.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in self.company_relation_nouns

    def _employer_slot(self, doc: Doc, c: Candidate) -> bool:
        """Is the unknown name at ``c`` where an employer stands: after "at" on a role only people hold ("an
        engineer at Kovix", "head of research at Kovix") or on "work" ("who worked at Kovix"), or before such a role
        ahead of a person's name ("former Kovix executive Dana Okoye")? The NER often reads it as a place."""
        root = doc[c.start : c.end].root
        head = root.head
        if root.dep_ == "pobj" and doc[c.start - 1].lower_ == "at" and head.i == c.start - 1:
            owner = head.head
            return (owner.pos_ == "NOUN" and owner.lemma_.lower() in self.person_roles) or (
                owner.pos_ == "VERB" and owner.lemma_.lower() == "work"
            )
        return (
            root.dep_ == "compound"
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in self.person_roles
            # "former Kovix executive Dana Okoye", "Dana Okoye, a former Kovix engineer,"
            and head.dep_ in ("compound", "appos")
            and head.head.ent_type_ == "PERSON"
        )

    def _invested_in(self, doc: Doc, start: int) -> bool:
        """Do the words right before ``start`` say that money goes into the name there (``investment_complements``:
        "invested in", "la participation dans")?"""
        for phrase in self.investment_complements:
            first = start - len(phrase)
            if first >= 0 and doc[start - 1].lower_ == phrase[-1]:
                words = doc[first : start - 1]
                if all(t.lemma_.lower() == w or t.lower_ == w for t, w in zip(words, phrase, strict=False)):
                    return True
                # "invested $40 million in X", "a 10% stake in X": the preposition hangs on the phrase's
                # first word with an amount between them
                head = doc[start - 1].head
                if head.ent_type_ == "MONEY" and head.head.i < head.i:
                    head = head.head  # the parser may hang the preposition on the amount
                if (
                    len(phrase) == 2
                    and head.i < start - 1
                    and (head.lemma_.lower() == phrase[0] or head.lower_ == phrase[0])
                    # the first such preposition after the amount: "invested $2 billion in X in March 2025"
                    and not any(t.lower_ == phrase[1] for t in doc[head.i + 1 : start - 1])
                ):
                    return True
        return self._round_led_in(doc, start)

    def _round_led_in(self, doc: Doc, start: int) -> bool:
        """Is the name at ``start`` after "in" on a round someone leads or joins ("led the $40 million round in X")?"""
        if start < 2 or doc[start - 1].lower_ not in ("in", "into"):
            return False
        noun = doc[start - 1].head
        return (
            noun.lemma_.lower() in self.led_round_nouns
            and noun.dep_ in ("dobj", "obj")
            and noun.head.lemma_.lower() in self.round_lead_verbs
        )

    def before_based(self, doc: Doc, end: int) -> bool:
        """Is the name that ends at token ``end`` hyphenated to "based" ("Bristol-based", "Lyon-based"), or
        the town before its region's ("Waterloo, Ontario-based": the NER often calls the town a company)?"""
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in self.based_words:
            return True
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        k = end + 1
        while k < min(len(doc), end + 4) and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1  # the region's name: "Ontario", "New South Wales"
        return k > end + 1 and k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ in self.based_words

    def place_context(self, doc: Doc, start: int, end: int | None = None) -> bool:
        """An unknown name the NER calls a place is one after "à", "en", "dans le"... unless the
        preposition belongs to a verb such as "s'allier à" or "fournir ... à", where it introduces a party; or one
        before "-based", or after a place and a comma (a town's region)."""
        if end is not None and self.before_based(doc, end):
            return True
        if (
            end is not None
            and start > 1
            and doc[start - 1].text == ","
            and doc[start - 2].ent_type_ in ("GPE", "LOC")
            and (end == len(doc) or doc[end].is_punct or doc[end].pos_ in ("ADP", "CCONJ"))
        ):
            return True  # "in Baltimore, Maryland.": the region after a town (not "à Bordeaux, Médivia développe")
        prev = doc[start - 1].lower_ if start > 0 else ""
        prev2 = doc[start - 2] if start > 1 else None
        head = doc[start].head
        if head.pos_ == "VERB" and head.i < start and prev in self.party_prepositions.get(head.lemma_.lower(), ()):
            return False  # "fournit des GPU à X", "s'allie à X": the verb's party, however far from the verb
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
