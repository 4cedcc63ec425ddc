"""Schools named by a head word and the place or person they are of: "the University of Tunis", "l'Université de
Lyon", "l'université de Montréal". The parser often reads only the place, which then stands for the school.

    school_names(doc, {"university", "université"}, {"of", "de", "d'"}) -> Candidate(<University of Tunis>, Organization)

The head is capitalised, or comes after a definite article ("l'université de Lyon": not "une université de Lyon",
a university somewhere in Lyon); then a genitive and one to four capitalised words, up to the first other word.
The heads are ``school_name_heads`` and the genitives ``school_name_genitives`` in lexicon.yaml.
"""

from __future__ import annotations

from spacy.tokens import Doc

from knowgraph.mentions.entities import Candidate

#: the longest name after the genitive, in words
_MAX_NAME = 4


def school_names(doc: Doc, heads: set[str], genitives: set[str], definite: set[str]) -> list[Candidate]:
    """The schools of "<Head> of|de <Name>" (see module docstring)."""
    out: list[Candidate] = []
    n = len(doc)
    for i in range(n - 2):
        head = doc[i]
        if head.lower_ not in heads or doc[i + 1].lower_ not in genitives:
            continue
        if not head.text[:1].isupper() and not (i > 0 and doc[i - 1].lower_ in definite):
            continue
        if i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ not in definite:
            continue  # "Quillon Institute of Design": the head inside a longer name, the NER's
        j = i + 2
        while j < n and j - i - 2 < _MAX_NAME and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j > i + 2:
            out.append(Candidate(i, j, 1, "Organization", None, {"university"}))
    return out
