"""Places their address gives away: an unknown town before a comma and a known place.

    "Harlow Bank is based in Uyo, Nigeria." -> Uyo is a Place
    "The museum is in Kestrel Falls, Ontario." -> Kestrel Falls is a Place

Reference works and news write a town, then its region or country after a comma ("Sackville, New Brunswick",
"Warwick, Rhode Island"); the parser often leaves a small town unnamed. The town is one to three capitalised
words right after "in" or "near" that the parser gave no other class, before a comma and a place it names or
the gazetteer knows (not its possessive: "in Kernwerk, Germany's ..." is no address).
"""

from __future__ import annotations

from spacy.tokens import Doc

from knowgraph.mentions.entities import Candidate
from knowgraph.mentions.gazetteer import default_gazetteer

#: the prepositions an address follows
_ADDRESS_PREPOSITIONS = frozenset({"in", "near"})
#: the longest town name read, in words
_MAX_TOWN = 3


def towns_before_places(doc: Doc, organization_words: set[str]) -> list[Candidate]:
    """The unknown towns of "in <Town>, <known place>" (see module docstring)."""
    out: list[Candidate] = []
    n = len(doc)
    for i in range(1, n - 2):
        if doc[i - 1].lower_ not in _ADDRESS_PREPOSITIONS:
            continue
        j = i
        while (
            j < n
            and j - i < _MAX_TOWN
            and doc[j].is_alpha
            and doc[j].text[:1].isupper()
            and not doc[j].is_upper
            and (j == i or not doc[j].is_sent_start)
            and doc[j].ent_type_ in ("", "GPE", "LOC")
            and doc[j].text not in organization_words
        ):
            j += 1
        if j == i or j + 1 >= n or doc[j].text != ",":
            continue
        end = _known_place_end(doc, j + 1)
        if end is None or (end < n and doc[end].lower_ in ("'s", "’s")):
            continue
        out.append(Candidate(i, j, 1, "Place", None, {"city"}))
    return out


def _known_place_end(doc: Doc, k: int) -> int | None:
    """Where the place named from token ``k`` ends: the parser's place, or a place of the gazetteer."""
    if doc[k].ent_type_ in ("GPE", "LOC") and doc[k].ent_iob_ == "B":
        end = k + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end
    gazetteer = default_gazetteer()
    for size in (3, 2, 1):
        if k + size <= len(doc):
            entry = gazetteer.lookup(doc[k : k + size].text)
            if entry is not None and entry.type == "Place" and doc[k].text[:1].isupper():
                return k + size
    return None
