"""Names a company's own shape gives away, whatever the NER says of them: a web domain ("Beautiful.AI",
"Xnor.ai"), the subject of a verb only companies do ("Quillon raised $5 million"), and the name right
before a company's title that a person's name follows ("Quillon CEO Dana Brook").

The NER labels unknown names of young companies badly: it cuts "Beautiful.AI" at the period, tags an
unknown "X.ai" opening a French sentence a pronoun, and leaves "Quillon raised ..." unlabelled. Both
steps return :class:`~knowgraph.mentions.entities.Candidate` objects of priority 1 (named by context);
:class:`knowgraph.mentions.finder.MentionFinder` calls them first among the context steps, so a
descriptor read later gives its type instead::

    shapes = CompanyShapes(MentionWords("en"))
    shapes.domain_names(doc) + shapes.company_subjects(doc) + shapes.title_owners(doc)
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from knowgraph.mentions.entities import Candidate
from knowgraph.mentions.lexicon import MentionWords
from knowgraph.nlp.doccache import token_columns

#: A name made of a web domain: "Beautiful.AI", "Xnor.ai", "Fnac.com".
_DOMAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z]\.(?i:ai|io|com|co|app)")
# NER labels a company's name may carry as the subject of a company's verb: none, an organisation, a thing
# (a person's, a place's are left to the NER: "Macron lance ...", "Pyongyang launched ...")
_COMPANY_SUBJECT_LABELS = frozenset({"", "ORG", "MISC", "PRODUCT"})
# the NER labels a company's name before a title may carry ("Quora CEO ...": often a person's); not a place's or a
# nationality's ("U.S. CEO", "French CEO")
_TITLE_OWNER_LABELS = frozenset({"", "ORG", "MISC", "PRODUCT", "PERSON"})


class CompanyShapes:
    """Web domains and subjects of companies' verbs as names of companies (see the module docstring)."""

    def __init__(self, words: MentionWords):
        self.first_names = words.first_names
        self.company_subject_verbs = words.company_subject_verbs
        self.company_titles = words.company_titles
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
                or token.text in self.first_names
                or token.text.isupper()
                and len(token.text) <= 2
            ):
                continue
            # the name's other words hang on it (before it in English, after it in French: "Vireo Robotics")
            parts = [token.i] + [c.i for c in token.children if c.dep_ in ("compound", "flat", "flat:name")]
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
                if start < i and not any(t.isupper() and len(t) <= 2 for t in texts[start:i]):
                    out.append(Candidate(start, i, 1, "Organization", None, set()))
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
