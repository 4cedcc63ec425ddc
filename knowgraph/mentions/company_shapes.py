"""Names a company's own shape gives away, whatever the NER says of them: a web domain ("Beautiful.AI",
"Xnor.ai"), and the subject of a verb only companies do ("Quillon raised $5 million").

The NER labels unknown names of young companies badly: it cuts "Beautiful.AI" at the period, tags an
unknown "X.ai" opening a French sentence a pronoun, and leaves "Quillon raised ..." unlabelled. Both
steps return :class:`~knowgraph.mentions.entities.Candidate` objects of priority 1 (named by context);
:class:`knowgraph.mentions.finder.MentionFinder` calls them first among the context steps, so a
descriptor read later gives its type instead::

    shapes = CompanyShapes(MentionWords("en"))
    shapes.domain_names(doc) + shapes.company_subjects(doc)
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
# the dependencies that join the other words of a name to its head: fr_core_news_sm says flat:name, fr_core_news_md
# often fixed ("Quillon Robotics")
_NAME_PARTS = frozenset({"compound", "flat", "flat:name", "fixed"})


class CompanyShapes:
    """Web domains and subjects of companies' verbs as names of companies (see the module docstring)."""

    def __init__(self, words: MentionWords):
        self.first_names = words.first_names
        self.company_subject_verbs = words.company_subject_verbs

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
            parts = [token.i] + [c.i for c in token.children if c.dep_ in _NAME_PARTS]
            start, end = min(parts), max(parts) + 1
            if end - start == len(parts) and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[start:end]):
                out.append(Candidate(start, end, 1, "Organization", None, set()))
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
