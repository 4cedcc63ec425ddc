"""Names a company's own shape gives away, whatever the NER says of them: a web domain ("Beautiful.AI",
"Xnor.ai"), the subject of a verb only companies do ("Quillon raised $5 million"), capitalised words
ending with a word only firms' names end with ("Brume Capital", "Ardent Partners"), and the name right
before a company's title that a person's name follows ("Quillon CEO Dana Brook").

The NER labels unknown names of young companies badly: it cuts "Beautiful.AI" at the period, tags an
unknown "X.ai" opening a French sentence a pronoun, and leaves "Quillon raised ..." unlabelled. These
steps return :class:`~knowgraph.mentions.entities.Candidate` objects of priority 1 (named by context);
:class:`knowgraph.mentions.finder.MentionFinder` calls them first among the context steps, so a
descriptor read later gives its type instead::

    shapes = CompanyShapes(MentionWords("en"))
    shapes.domain_names(doc) + shapes.company_subjects(doc) + shapes.firm_names(doc) + shapes.title_owners(doc)
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from knowgraph.mentions.entities import Candidate
from knowgraph.mentions.gazetteer import fold
from knowgraph.mentions.lexicon import MentionWords
from knowgraph.mentions.names import title_case_line
from knowgraph.nlp.doccache import token_columns

#: A name made of a web domain: "Beautiful.AI", "Xnor.ai", "Fnac.com".
_DOMAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z]\.(?i:ai|io|com|co|app)")
# NER labels a company's name may carry as the subject of a company's verb: none, an organisation, a thing
# (a person's, a place's are left to the NER: "Macron lance ...", "Pyongyang launched ...")
_COMPANY_SUBJECT_LABELS = frozenset({"", "ORG", "MISC", "PRODUCT"})
# the dependencies that join the other words of a name to its head: fr_core_news_sm says flat:name, fr_core_news_md
# often fixed ("Quillon Robotics")
_NAME_PARTS = frozenset({"compound", "flat", "flat:name", "fixed"})
# parts of speech of no word of a name; at a sentence's start, adverbs and verbs open no name either ("Hier", "Selon")
_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "SCONJ", "CCONJ", "PUNCT", "NUM"})
_OPENER_POS = _FUNCTION_POS | {"ADV", "VERB", "AUX", "INTJ"}
# parts of speech the tagger guesses for an unknown capitalised word (sm reads "Orvande" a pronoun): a word so tagged
# is a function word only if it is a stop word
_GUESSED_POS = frozenset({"PRON", "DET", "NUM"})
_MAX_FIRM_NAME = 4  # words, the firm word included
# the NER labels a company's name before a title may carry ("Quora CEO ...": often a person's); not a place's or a
# nationality's ("U.S. CEO", "French CEO")
_TITLE_OWNER_LABELS = frozenset({"", "ORG", "MISC", "PRODUCT", "PERSON"})
# the English genitive clitic, inside a name as between two ("EMILY's List" is one name, "Meta's Llama" two)
_GENITIVE_CLITICS = frozenset({"'s", "’s"})
# the only plurals whose genitive is "'s" (the regular ones take "'"): a capitalised one before "'s" is a part
# of a longer name ("the Nexalia Women's Cup", "Quillon Children's Hospital"), never a possessor named alone
_IRREGULAR_PLURALS = frozenset({"Women", "Men", "Children", "People"})
_MAX_GENITIVE_TAIL = 4  # capitalised words after the clitic


class CompanyShapes:
    """Web domains and subjects of companies' verbs as names of companies (see the module docstring)."""

    def __init__(self, words: MentionWords):
        self.first_names = words.first_names
        self.company_subject_verbs = words.company_subject_verbs
        self.fundraising_verbs = words.fundraising_verbs
        # "Brume Capital", "Corbin Global": a last word only firms' names end with (as in mentions/lists.py)
        # (not an acronym of two letters: "Israeli AI infrastructure company", "AI" qualifies a noun)
        firm_ends = words.organization_words | words.investor_words | words.firm_name_ends
        self.firm_ends = {w for w in firm_ends if not (w.isupper() and len(w) <= 2)}
        self.nationalities = words.nationalities
        # words that make no name alone ("Capital", "Labs"): a firm's name has one word besides them
        self.generic_words = words.organization_words | words.name_tails | words.investor_words
        self.stop_names = words.stop_names
        self.person_roles = words.person_roles
        self.title_case_lines = words.title_case_lines
        self.company_titles = words.company_titles + words.staff_titles
        self._staff_titles = set(words.staff_titles)
        self._title_starts = {title[0] for title in self.company_titles}
        self.title_premodifiers = words.title_premodifiers

    def company_subjects(self, doc: Doc) -> list[Candidate]:
        """ "Quillon raised $5 million", "Quillon a levé 5 millions": a capitalised name the NER left unlabelled
        (or called an organisation or a thing), subject of a verb only companies do (``company_subject_verbs``
        in lexicon.yaml), is a company, with the other words of its name ("Vireo Robotics raised")."""
        out = []
        columns = token_columns(doc)  # a Token is made only for a proper-noun subject
        for i, (pos, dep) in enumerate(zip(columns.pos, columns.dep, strict=True)):
            if dep != "nsubj" or pos != "PROPN":
                continue
            token = doc[i]
            if (
                token.head.lemma_.lower() not in self.company_subject_verbs
                or not token.text[:1].isupper()
                or token.ent_type_ not in _COMPANY_SUBJECT_LABELS
                and not self._one_word_fundraiser(token)
                or token.text in self.first_names
                or token.text.isupper()
                and len(token.text) <= 2
            ):
                continue
            named = self._ner_name(doc, i)
            if named is not None:
                # the NER's name holds it: its words, whatever the parser hangs them on ("Norvane Robotics",
                # "Robotics" a foreign word modifying "Norvane" for fr_core_news_md)
                out.append(Candidate(*named, 1, "Organization", None, set()))
                continue
            # the name's other words hang on it (before it in English, after it in French: "Vireo Robotics")
            parts = [token.i] + [c.i for c in token.children if c.dep_ in _NAME_PARTS]
            start, end = min(parts), max(parts) + 1
            if end - start == len(parts) and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[start:end]):
                out.append(Candidate(start, end, 1, "Organization", None, set()))
        return out

    def title_owners(self, doc: Doc) -> list[Candidate]:
        """ "Quora CEO Adam D'Angelo", "the Vantor co-founder Omar Haddad": one to three capitalised words right
        before a company's title (``company_titles``) that a person's name follows are the title's company,
        whatever the NER says of them (it often calls such a name a person's). Not a given name, a place or a
        nationality, nor the capitalised words that open a sentence before a title (``title_premodifiers``:
        "Interim CEO X")."""
        out = []
        columns = token_columns(doc)  # a Token is made only around a title word
        lowers, texts = columns.lower, columns.text
        n = len(texts)
        for i in (i for i, lower in enumerate(lowers) if lower in self._title_starts):
            for title in self.company_titles:
                after = i + len(title)
                if tuple(lowers[i:after]) != title or after + 1 >= n or not texts[after][:1].isupper():
                    continue
                if doc[after].ent_type_ != "PERSON":
                    continue  # a person's name right after the title
                start = i
                while (
                    start > 0
                    and i - start < 3
                    and texts[start - 1][:1].isupper()
                    and texts[start - 1].isalpha()
                    and lowers[start - 1] not in self.title_premodifiers
                    and texts[start - 1] not in self.first_names
                    and doc[start - 1].ent_type_ in _TITLE_OWNER_LABELS
                ):
                    start -= 1
                if title in self._staff_titles and (
                    any(doc[k].pos_ != "PROPN" for k in range(start, i))
                    or (start > 0 and texts[start - 1][:1].isupper() and not doc[start - 1].is_sent_start)
                ):
                    # "Film director X": a common noun capitalised at the start of a sentence; "New Order manager X":
                    # a capitalised word before the owner is part of its name
                    continue
                if start < i and not any(t.isupper() and len(t) <= 2 for t in texts[start:i]):
                    out.append(Candidate(start, i, 1, "Organization", None, set()))
        return out

    def _one_word_fundraiser(self, token: Token) -> bool:
        """ "Créée par Paul Roux, Quillon a levé 5 millions": a one-word name the NER calls a person's, subject
        of a fundraising verb (``fundraising_verbs``) whose object holds a number, is a company's all the same (a
        person's name of one word raising an amount is rarer than an unknown company's name mislabelled)."""
        return (
            token.ent_type_ in ("PER", "PERSON")
            and token.ent_iob_ == "B"
            and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
            and token.head.lemma_.lower() in self.fundraising_verbs
            and any(
                c.dep_ in ("obj", "dobj") and any(t.like_num or t.ent_type_ == "MONEY" for t in c.subtree)
                for c in token.head.children
            )
        )

    @staticmethod
    def _ner_name(doc: Doc, i: int) -> tuple[int, int] | None:
        """The span of the NER's name of several words that holds token ``i``, if every word of it is capitalised;
        else None."""
        if not doc[i].ent_iob_ or doc[i].ent_iob_ == "O":
            return None
        start, end = i, i + 1
        while doc[start].ent_iob_ == "I" and start > 0:
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end - start < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in doc[start:end]):
            return None
        return start, end

    def firm_names(self, doc: Doc) -> list[Candidate]:
        """ "Brume Capital", "Ardent Partners", "Corbin Global": capitalised words, the last one a word only firms'
        names end with (``organization_words``, ``investor_words``, ``firm_name_ends``), name a company where
        the NER saw no name or only a part of it (fr_core_news_md leaves "Brume Capital a participé" unlabelled,
        or labels "Capital" alone a place). A name the NER labelled whole, or within a longer name, is left to
        it (the typing makes it an organisation by the same word); so is a sentence in Title Case."""
        out = []
        columns = token_columns(doc)
        texts, pos = columns.text, columns.pos
        for i, text in enumerate(texts):
            if text not in self.firm_ends or i == 0:
                continue
            if i + 1 < len(texts) and texts[i + 1][:1].isupper() and texts[i + 1].isalpha():
                if not doc[i + 1].is_sent_start:
                    continue  # the name goes on ("Brume Capital Partners"): read from its last word
            start = i
            while (
                start > 0
                and i - start + 1 < _MAX_FIRM_NAME
                and texts[start - 1][:1].isupper()
                and texts[start - 1].replace("-", "").isalnum()
                and not self._function_word(doc, start - 1, pos[start - 1])
                and not doc[start].is_sent_start
            ):
                start -= 1
            while start < i and (
                fold(texts[start]) in self.stop_names
                or texts[start].lower() in self.person_roles
                or texts[start].casefold() in self.nationalities
                or doc[start].is_sent_start
                and pos[start] in _OPENER_POS
                and (pos[start] not in _GUESSED_POS or doc[start].is_stop)
            ):
                start += 1  # "Selon Brume Capital", "CEO ...", "Israeli ...": no part of the name
            if start == i or all(t in self.generic_words for t in texts[start:i]):
                continue  # "Capital" alone, "Labs Capital": no name
            span = doc[start : i + 1]
            labels = {t.ent_type_ for t in span} - {""}
            if labels and not self._ner_missed(doc, start, i + 1):
                continue
            if self.title_case_lines and title_case_line(doc[start]):
                continue  # "Kernwerk Rachète Brume Capital": every word of the line is capitalised
            out.append(Candidate(start, i + 1, 1, "Organization", None, set()))
        return out

    @staticmethod
    def _function_word(doc: Doc, i: int, pos: str) -> bool:
        """Is ``doc[i]`` a function word ("Selon", "Chez", "The")? The tagger calls an unknown capitalised word a
        pronoun or a determiner at times ("Orvande Capital"): those must be stop words too."""
        return pos in _FUNCTION_POS and (pos not in _GUESSED_POS or doc[i].is_stop)

    @staticmethod
    def _ner_missed(doc: Doc, start: int, end: int) -> bool:
        """Did the NER label only a part of ``doc[start:end]`` ("Capital" in "Brume Capital"), neither the
        whole run nor a longer name that holds it?"""
        if doc[start].ent_iob_ == "I" or end < len(doc) and doc[end].ent_iob_ == "I":
            return False  # a longer name of the NER's holds it
        return not (doc[start].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in doc[start + 1 : end]))

    @staticmethod
    def genitive_names(doc: Doc) -> list[Candidate]:
        """ "EMILY's List", "the Valmora Women's League": one name that holds a genitive clitic. After an
        organisation's name, a capitalised word the tagger reads as a common noun (no name of its own: "Meta's
        Llama" is two names) goes on with it; after a capitalised irregular plural ("Women's"), any capitalised
        word does. The name starts where the NER's name before the clitic starts."""
        out = []
        texts = token_columns(doc).text
        n = len(texts)
        for i, text in enumerate(texts):
            if text not in _GENITIVE_CLITICS or i == 0 or i + 1 >= n:
                continue
            before, after = doc[i - 1], doc[i + 1]
            if not (after.text[:1].isupper() and after.is_alpha) or not before.text[:1].isupper():
                continue
            plural = before.text in _IRREGULAR_PLURALS
            if not plural and not (before.ent_type_ == "ORG" and after.tag_ in ("NN", "NNS") and not after.ent_type_):
                continue
            start = i - 1
            while start > 0 and doc[start].ent_iob_ == "I" and texts[start - 1][:1].isupper():
                start -= 1
            end = i + 1
            while (
                end < n
                and end - i <= _MAX_GENITIVE_TAIL
                and texts[end][:1].isupper()
                and doc[end].is_alpha
                and (plural or doc[end].tag_ in ("NN", "NNS", "NNP", "NNPS"))
            ):
                end += 1
            if start < i - 1 or plural or before.ent_type_ == "ORG":
                out.append(Candidate(start, end, 1, None if plural else "Organization", None, set()))
        return out

    @staticmethod
    def domain_names(doc: Doc) -> list[Candidate]:
        """ "Beautiful.AI", "Xnor.ai", "Fnac.com": a word that is a web domain names a company, whatever the
        NER says of it. The tokenizer may keep it whole ("Xnor.ai") or cut it at the period before a
        capital ("Beautiful", ".", "AI"): the name is then the three tokens, written without a space."""
        out = []
        columns = token_columns(doc)
        texts, spaced = columns.text, columns.text_with_ws
        for i, text in enumerate(texts):
            if "." not in text or text.lower().startswith("www"):
                continue
            if text == "." and 0 < i < len(texts) - 1:
                glued = spaced[i - 1] == texts[i - 1] and spaced[i] == text  # no space on either side
                if glued and _DOMAIN_NAME.fullmatch(texts[i - 1] + "." + texts[i + 1]):
                    out.append(Candidate(i - 1, i + 2, 1, "Organization", None, set()))
            elif _DOMAIN_NAME.fullmatch(text):
                out.append(Candidate(i, i + 1, 1, "Organization", None, set()))
        return out
