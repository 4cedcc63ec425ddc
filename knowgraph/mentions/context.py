"""Names their context introduces, the finder's second source of candidates after the gazetteer.

spaCy's NER misses unknown names and mistypes them; the words around a name often say what it
names. :class:`DescribedNames` reads the names a descriptor noun (``descriptors`` of
``knowgraph/data/<lang>/lexicon.yaml``) or a naming verb introduces::

    "la startup Nexalia", "le modèle o1", "une fonctionnalité appelée « Think Deeper »",
    "Juria, un assistant conversationnel", "l'américain Harvey", "the Weft language models",
    "a foundation model for warehouse robots called HM-0", "It's called Kittiwake"

and :class:`ShapedNames` those the shape of their sentence gives away: a round-up heading
("Quillfeather — £22 million."), a person taken up by "who" or given a role only people hold
("Nkechi Adeyemi, who ...", "Mara Lenz, chief executive of X"), the city of a dateline.

Every step returns :class:`~knowgraph.mentions.entities.Candidate` objects of priority 1 (named by
context), typed by the descriptor; :class:`knowgraph.mentions.finder.MentionFinder` calls them in
turn.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from knowgraph.mentions.entities import Candidate
from knowgraph.mentions.gazetteer import fold
from knowgraph.mentions.lexicon import MentionWords
from knowgraph.mentions.names import QUOTES, NameReader, after_possessor, joined_colon_end, premodifies
from knowgraph.nlp.resources import language_data

#: spaCy entity labels of dates, times, amounts and numbers: never part of an entity name.
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# what ", basée à" / ", based in" after a name says of it, as a descriptor would
_BASED = {"type": "Organization"}
# parts of speech of a sentence's first word that opens no person's name ("Selon", "Pour", "Hier")
_OPENERS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "DET", "VERB", "AUX"})


class DescribedNames:
    """Names a descriptor noun, a naming verb, an apposition or a nationality introduces."""

    def __init__(self, words: MentionWords, names: NameReader):
        self.names = names
        self.descriptors = words.descriptors
        self.fillers = words.fillers
        self.descriptor_complements = words.descriptor_complements
        self.nationalities = words.nationalities
        self.naming_verbs = words.naming_verbs
        self.possessives = words.possessives
        self.pronoun_things = words.pronoun_things
        self.strip_leading = words.strip_leading
        self.leading_participles = words.leading_participles
        self.based_words = words.based_words
        self.founded_words = words.founded_words
        self.coordinators = words.coordinators
        self.genitive_words = set(language_data(words.lang, "lexicon").get("genitive_words", []))
        self.noun_premodifiers = words.noun_premodifiers
        self.first_names = words.first_names

    def after_descriptors(self, doc: Doc) -> list[Candidate]:
        """Names introduced by a descriptor ("la startup Nexalia", "le modèle o1") or by a naming
        verb ("une fonctionnalité appelée « Think Deeper »")."""
        out = []
        descriptor_at = self.names.descriptor_at
        for i in range(len(doc)):  # a Token object only where a descriptor starts
            found = descriptor_at(doc, i)
            if found is None:
                continue
            token = doc[i]
            if token.text[:1].isupper() and i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper():
                continue  # "the Barry University School of ...": a word inside a longer name introduces none
            if self._complement_of_a_descriptor(doc, i):
                continue  # "l'éditeur de logiciels Ostralis": the name is the publisher's, not a software's
            info, j = found
            kinds = set(info.get("kinds") or ())
            # skip fillers, adjectives and nationality adjectives: "la startup chinoise DeepSeek", and a
            # complement in lower case: "le fonds suédois de capital-risque Novarel"
            while j < len(doc) and j - token.i < 6:
                complement = self._in_complement(doc, j)
                if not (
                    complement
                    or doc[j].lower_ in self.fillers
                    or (doc[j].pos_ == "ADJ" and doc[j].is_lower)
                    or doc[j].lower_ in self.nationalities
                ):
                    break
                if complement:
                    # "le concepteur de puces mémoire X": the complement says what X is, and the
                    # descriptor's kinds ("startup" among a designer's) may not hold of it
                    kinds = set()
                j += 1
            if info["type"] in ("AIModel", "Product") and j > found[1] and doc[j - 1].lower_ in self.genitive_words:
                # "le nouveau modèle de Quillon": after "de", the maker (an organisation), not the model's name
                maker = self.names.name_at(doc, j, "Organization")
                if maker is not None and doc[maker[0]].text not in self.first_names:
                    out.append(Candidate(maker[0], maker[1], 1, "Organization", None, set()))
                continue
            if j < len(doc) and doc[j].lemma_.lower() in self.naming_verbs:
                j += 1
            if j + 1 < len(doc) and doc[j].text == "," and doc[j - 1].pos_ in ("NOUN", "PROPN"):
                # "its flagship model, Tern-2, ...", "a family of models, called Weft,": a name in
                # apposition to the descriptor, closed by punctuation
                k = j + 1
                if doc[k].lemma_.lower() in self.naming_verbs:
                    k += 1
                span = self.names.name_at(doc, k, info["type"])
                if (
                    span is not None
                    and span[1] - span[0] <= 4
                    and span[1] < len(doc)
                    and doc[span[1]].text in (",", ".", ")", ";")
                    and doc[span[0]].text not in QUOTES
                ):
                    out.append(Candidate(span[0], span[1], 1, info["type"], None, set(info.get("kinds") or ())))
                continue
            span = self.names.name_at(doc, j, info["type"])
            if span is not None:
                start = span[0]
                if token.text[:1].isupper() and not token.is_sent_start and j == found[1]:
                    start = token.i  # "le Fonds Aurore Capital", "le Groupe Iliad": part of the name
                out.append(Candidate(start, span[1], 1, info["type"], None, kinds))
        return out

    def _complement_of_a_descriptor(self, doc: Doc, i: int) -> bool:
        """Is the descriptor at ``i`` the complement of another ("l'éditeur de logiciels X", "le
        fournisseur de cloud X"), so that the name after it belongs to the first one?"""
        if not self._in_complement(doc, i):
            return False
        k = i - 1
        while k > 0 and doc[k].lower_ not in self.descriptor_complements:
            k -= 1  # back to the preposition
        k -= 1
        while k >= 0 and (doc[k].pos_ == "ADJ" and doc[k].is_lower or doc[k].lower_ in self.nationalities):
            k -= 1  # "l'éditeur américain de logiciels X"
        return k >= 0 and self.names.descriptor_at(doc, k) is not None

    def _in_complement(self, doc: Doc, j: int) -> bool:
        """Is ``doc[j]`` a word in lower case of a complement that a preposition opened after the
        descriptor ("de capital-risque", "de conseil numérique"): the nouns and the hyphens of
        "capital-risque"? The preposition itself is a filler."""
        token = doc[j]
        if token.text == "-":
            return (
                not doc[j - 1].whitespace_ and not token.whitespace_ and doc[j + 1].is_lower
                if j + 1 < len(doc)
                else False
            )
        if not token.is_lower or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
        k = j - 1
        while k > 0 and (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") or doc[k].text == "-"):
            k -= 1  # back to the preposition over the complement's words
        return doc[k].lower_ in self.descriptor_complements

    def appositions(self, doc: Doc) -> list[Candidate]:
        """A name typed by the description after it: "Juria, un assistant conversationnel",
        "Sorbane Partners, un fonds spécialisé", "Orbi, its flagship model"."""
        out = []
        texts = self.names.columns(doc)[3]
        for i, text in enumerate(texts):  # a Token object only for the commas
            if text != "," or i < 1 or i + 2 >= len(doc):
                continue
            token = doc[i]
            k = token.i + 1
            owned = None
            if doc[k].lower_ in self.based_words | self.founded_words and doc[k + 1].pos_ == "ADP":
                # "Nexalia, basée à Lyon, recrute", "H, fondée par ...": what is based somewhere or
                # founded is an organisation
                found: tuple[dict, int] | None = (_BASED, k + 1)
            elif (owned := after_possessor(doc, k)) is not None:
                # "Orbi, Kernwerk's chatbot": the owner's name and its clitic open the description
                found, owner, k = None, k, owned
            elif doc[k].pos_ != "DET" and doc[k].lower_ not in self.strip_leading | self.possessives:
                # ("Fury, its foundation model for drones": a possessive determiner opens a description too)
                found = self._bare_description(doc, k)
                if found is None:
                    continue
            else:
                found = None
                k += 1
            # "a Paris-based startup", "the London coding-assistant maker", "une jeune start-up"
            while (
                found is None
                and k < len(doc)
                and k - token.i < 7
                and self.names.descriptor_at(doc, k) is None
                and (
                    (doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_lower)
                    or doc[k].text == "-"
                    or doc[k].lower_ in self.based_words
                    or (doc[k].text[:1].isupper() and doc[k + 1].text == "-")
                    or (doc[k].tag_ == "VBN" and doc[k].is_lower and doc[k - 1].text == "-")
                    # "the London coding-assistant maker": a place name before the description
                    or (doc[k].ent_type_ in ("GPE", "LOC") and doc[k].text[:1].isupper() and k == token.i + 2)
                    # "Run:ai, an Israeli startup": a nationality adjective, capitalised in English
                    or doc[k].lower_ in self.nationalities
                )
            ):
                k += 1
            if found is None:
                found = self.names.descriptor_at(doc, k) if k < len(doc) else None
            if found is None:
                continue
            # "the coding-assistant maker": the last noun of the compound is the descriptor
            while (
                found[1] < len(doc)
                and doc[found[1]].is_lower
                and doc[found[1]].pos_ == "NOUN"
                and self.names.descriptor_at(doc, found[1]) is not None
            ):
                found = self.names.descriptor_at(doc, found[1])
            info = found[0]
            if owned is not None and (
                info["type"] == "Place"
                or found[1] < len(doc)
                and doc[found[1]].is_lower
                and doc[found[1]].pos_ == "NOUN"
            ):
                # "Lyon, France's third city": a place's rank, said of places only; "X, Y's venture capital arm": the
                # descriptor is not the phrase's last noun, which says what X is
                continue
            if (
                owned is not None
                and info["type"] in ("AIModel", "Product")
                and doc[owner].ent_type_ not in ("PERSON", "GPE", "NORP", "LOC")
                and doc[owner].text not in self.first_names
            ):
                # "Orbi, Kernwerk's chatbot": whose thing it is, a company, whatever the NER missed
                out.append(Candidate(owner, owned - 1, 1, "Organization", None, set()))
            # "Index Ventures, le concepteur de puces Nvidia et ...": the description of the next item of a
            # list; the name before the comma is still one, of the list's type, but not of the noun's kinds
            kinds = set() if self._introduces_a_name(doc, found[1]) else set(info.get("kinds") or ())
            end = token.i
            start = end
            if end > 2 and joined_colon_end(doc, end - 2) == end:
                start = end - 2  # "Run:ai, an Israeli startup": the name's tail is lower case
            while (
                start - 1 >= doc[token.i].sent.start
                and self.names.is_name_token(doc[start - 1], info["type"], first=False)
                and not doc[start - 1].is_sent_start
            ):
                start -= 1
            if (
                start - 1 >= 0
                and doc[start - 1].is_sent_start
                and self.names.is_name_token(doc[start - 1], info["type"], first=True)
            ):
                start -= 1
            while start < end - 1 and doc[start].lower_ in self.strip_leading | self.leading_participles:
                # "Le FAC, basé à Nantes,": the article that opens the sentence is no part of the name, nor the
                # naming participle of "Baptisé Orion, le projet ..."
                start += 1
            if start < end and doc[start].ent_iob_ == "I" and doc[start - 1].lower_ in self.genitive_words:
                continue  # "the House of Yi, the royal family": the NER's longer name is the one described
            # "in March 2024, the company said": a date, an amount or a number is no name
            if (
                start < end
                and doc[start].text[:1].isupper()
                and not any(doc[i].ent_type_ in _NOT_NAMES for i in range(start, end))
            ):
                out.append(Candidate(start, end, 1, info["type"], None, kinds))
        return out

    def _introduces_a_name(self, doc: Doc, end: int) -> bool:
        """Does the description that ends at ``end`` go on to a name of its own ("..., le concepteur de
        puces Nvidia", "..., chipmaker Nvidia and ...")? In a list, it then describes the next item, not
        the name before the comma; a name after a preposition is a complement ("..., le créateur de
        ChatGPT") and leaves the apposition as it is."""
        k = end
        while k < len(doc) and k - end < 6 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "ADP", "DET"):
            k += 1
        return (
            k < len(doc)
            and doc[k].text[:1].isupper()
            and doc[k].is_alpha
            and not doc[k].is_sent_start
            and (k == end or doc[k - 1].pos_ not in ("ADP", "DET"))
        )

    def _bare_description(self, doc: Doc, k: int) -> tuple[dict, int] | None:
        """An organisation descriptor in the singular with no article after a comma, an adjective
        before it at most ("Dust, jeune société d'IA", "Kovix, startup lyonnaise"): its (info, end)."""
        if doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k += 1
        found = self.names.descriptor_at(doc, k) if k < len(doc) else None
        if found is None or found[0]["type"] != "Organization" or "Plur" in doc[k].morph.get("Number"):
            return None
        end = found[1]
        while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
            end += 1
        if end < len(doc) and doc[end].lower_ in self.coordinators:
            return None  # "Selon Paul, société civile et État ...": a subject, not a description
        return found

    def after_nationalities(self, doc: Doc) -> list[Candidate]:
        """ "l'américain Harvey", "le français Doctrine": a nationality used as a noun before a name."""
        out = []
        _doc, lowers, _lemmas, _texts, _texts_ws, pos, _columns = self.names.columns(doc)
        for i in range(1, len(doc)):  # a Token object only for nationality adjectives after a determiner
            if lowers[i] not in self.nationalities or pos[i - 1] != "DET":
                continue
            token = doc[i]
            if token.ent_type_ in ("ORG", "FAC", "NORP") and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
                continue  # "the Norwegian State Railways": the adjective begins the name the NER read
            span = self.names.name_at(doc, token.i + 1, "Organization")
            if span is not None and self.noun_premodifiers and premodifies(doc[span[1] - 1]):
                continue  # "the Peruvian Maoist terrorist group": the word qualifies the noun the adjective describes
            if span is not None and doc[span[0]].text not in QUOTES:
                out.append(Candidate(span[0], span[1], 1, "Organization", None, set()))
        return out

    def _naming_participles(self, doc: Doc) -> Iterator[Token]:
        """The past participles of naming verbs ("called", "baptisé"); a Token object only for
        the words whose lemma is a naming verb."""
        for i, lemma in enumerate(self.names.columns(doc)[2]):
            if lemma not in self.naming_verbs:
                continue
            token = doc[i]
            if token.tag_ in ("VBN", "VPP") or "Part" in token.morph.get("VerbForm"):
                yield token

    def after_complements(self, doc: Doc) -> list[Candidate]:
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
                    span = self.names.name_at(doc, token.i + 1, info["type"])
                    if span is not None and span[1] - span[0] <= 4:
                        out.append(Candidate(span[0], span[1], 1, info["type"], None, set(info.get("kinds") or ())))
                    break
                k -= 1
        return out

    def after_based(self, doc: Doc) -> list[Candidate]:
        """ "Tel Aviv-based Kovix was founded ...": a capitalised name right after "<place>-based" is an
        organisation's (the NER often misses an unknown one there); not a person's ("Paris-based Anna Roy")."""
        out = []
        texts = self.names.columns(doc)[3]
        for i, text in enumerate(texts):
            if text not in self.based_words or i < 2 or texts[i - 1] != "-" or doc[i - 1].whitespace_:
                continue
            span = self.names.name_at(doc, i + 1, "Organization")
            if (
                span is not None
                and texts[span[0]][:1].isupper()
                and texts[span[0]] not in self.first_names
                and not any(doc[k].ent_type_ in _NOT_NAMES for k in range(*span))
            ):
                out.append(Candidate(span[0], span[1], 1, "Organization", None, set()))
        return out

    def before_descriptors(self, doc: Doc) -> list[Candidate]:
        """ "the Weft language models", "its Bedrock service": an unknown name before a model or product
        noun (English puts names before the noun they qualify)."""
        out = []
        if not self.noun_premodifiers:
            return out
        _doc, lowers, lemmas, texts, _texts_ws, pos, _columns = self.names.columns(doc)
        for i, tag in enumerate(pos):  # a Token object only for the lower-case nouns
            if tag != "NOUN" or not texts[i].islower():
                continue
            token = doc[i]
            info = self.descriptors.get(lowers[token.i]) or self.descriptors.get(lemmas[token.i])
            if info is None or info["type"] not in ("AIModel", "Product", "Project"):
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
                and self.names.is_name_token(doc[start - 1], info["type"], first=False)
                and end - start < 3
            ):
                start -= 1
            possessed = doc[start - 1].lower_ in ("'s", "’s") or doc[start - 1].lower_ in self.possessives
            # "the Vireo app": one unknown word the NER calls a person (no given name) before a product noun names it
            person = "-" if end - start == 1 and texts[start] not in self.first_names else "PERSON"
            if (
                start < end
                and (doc[start - 1].lower_ in ("the", "its", "their", "his", "her") or possessed)
                and (
                    doc[start].ent_type_ not in ("ORG", "GPE", "NORP", person, "LOC")
                    or possessed
                    and doc[start].ent_type_ != "GPE"
                    # "the Helios consortium": the NER calls an initiative's name anything but a place
                    or info["type"] == "Project"
                    and doc[start].ent_type_ not in ("GPE", "NORP", "LOC")
                )
                and doc[start].text[:1].isupper()
            ):
                out.append(Candidate(start, end, 1, info["type"], None, set(info.get("kinds") or ())))
        return out

    def by_pronoun(self, doc: Doc) -> list[Candidate]:
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
            span = self.names.name_at(doc, token.i + 1, info["type"])
            if span is not None and span[1] - span[0] <= 4 and span[1] <= sent.end:
                out.append(Candidate(span[0], span[1], 1, info["type"], None, set(info.get("kinds") or ())))
        return out


class ShapedNames:
    """Names the shape of their sentence gives away: headings, people, datelines."""

    def __init__(self, words: MentionWords, names: NameReader):
        self.names = names
        self.person_relatives = words.person_relatives
        self.person_roles = words.person_roles
        self.organization_words = words.organization_words
        self.possessives = words.possessives
        self.strip_leading = words.strip_leading
        self.stop_names = words.stop_names
        self.first_names = words.first_names
        self.name_tails = words.name_tails

    @staticmethod
    def datelines(doc: Doc) -> list[Candidate]:
        """The city of a dateline ("FRANKFURT, June 3 (Reuters) -"), found by the paragraph component."""
        return [Candidate(i, i + 1, 1, "Place", None, {"city"}) for i in doc.user_data.get("kg_datelines", ())]

    def headings(self, doc: Doc) -> list[Candidate]:
        """ "Quillfeather — £22 million.": a round-up item headed by a capitalised name, a dash and
        an amount names the company the item is about."""
        out = []
        for sent in doc.sents:
            if sent.end - sent.start < 3 or not sent[0].text[:1].isupper():
                continue
            span = self.names.name_at(doc, sent.start, "Organization")
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
            out.append(Candidate(span[0], span[1], 1, "Organization", None, set()))
        return out

    def persons(self, doc: Doc) -> list[Candidate]:
        """ "Nkechi Adeyemi, who ...": a name of two or three words that a personal relative pronoun
        (``person_relatives``) takes up is a person's, whatever the NER said."""
        out = []
        _doc, lowers, _lemmas, texts, _texts_ws, _pos, _columns = self.names.columns(doc)
        for i, lower in enumerate(lowers):  # a Token object only for ", who"
            if lower not in self.person_relatives or i < 3 or texts[i - 1] != ",":
                continue
            token = doc[i]
            end = token.i - 1
            start = end
            while (
                start - 1 >= 0
                and end - start < 3
                and self.names.is_name_token(doc[start - 1], "Person", first=True)
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
            out.append(Candidate(start, end, 1, "Person", None, set()))
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
                and doc[start - 1].pos_ not in _OPENERS
                and fold(doc[start - 1].text) not in self.stop_names
            ):
                start -= 1  # a first word, not "Selon", "Pour", "Hier" (the tagger's reading of the sentence's start)
            words = [t.text for t in doc[start:end]]
            if len(words) < 2 or any(w in self.organization_words for w in words):
                continue
            if start > 0 and doc[start - 1].text in ("'s", "’s"):
                continue
            if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in self.person_roles:
                continue  # "Professor of Coastal Ecology, Director of X": the complement of a title, not a person
            out.append(Candidate(start, end, 1, "Person", None, set()))
        return out + self.unnamed_people(doc)

    def unnamed_people(self, doc: Doc) -> list[Candidate]:
        """ "Mara Lenz has been appointed ...": a given name and one capitalised word that the NER left
        unnamed, or named without the family name (it often does at the start of a line), are a person's name. Not inside a longer run of
        capitalised words, nor with an organisation word ("Jane Capital")."""
        out = []
        texts = self.names.columns(doc)[3]
        n = len(texts)
        for i, text in enumerate(texts):  # a Token object only for the given names
            if text not in self.first_names or i + 1 >= n:
                continue
            first, last = doc[i], doc[i + 1]
            if (
                first.ent_iob_ != "O"
                and not (first.ent_iob_ == "B" and first.ent_type_ in ("PERSON", "PER"))  # "Owen" alone a person
                or last.ent_iob_ != "O"
                or last.pos_ != "PROPN"
                or not (last.is_alpha and last.text[:1].isupper() and not last.is_upper)
                or last.is_sent_start
                or last.text in self.organization_words
                or last.text in self.name_tails
            ):
                continue
            if i + 2 < n and texts[i + 2][:1].isupper() and not doc[i + 2].is_sent_start:
                continue  # "Jean Zay Supercomputer", "Grace Hopper Superchip": part of a longer name
            if (
                i > 0
                and texts[i - 1][:1].isupper()
                and not first.is_sent_start
                and texts[i - 1].lower() not in self.person_roles
            ):
                continue  # inside a longer name; a title before it is no part of it ("Interim CEO Mara Lenz")
            out.append(Candidate(i, i + 2, 1, "Person", None, set()))
        return out
