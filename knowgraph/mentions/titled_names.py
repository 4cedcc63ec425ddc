"""A person's name the NER ran together with what stands before it: a title only people hold ("Kernwerk CTO Mara
Lenz", "PDG Mara Lenz"), or the company of a title just before ("le patron de Kernwerk Lucie Marchand").

    person_split(doc, start, end, "PER", roles, first_names) -> (company_end or None, person_start) or None
"""

from __future__ import annotations

from spacy.tokens import Doc

#: the genitives after which a title's company is named ("le patron de", "the head of")
_GENITIVES = {"de", "du", "des", "d'", "d’", "of"}


def person_split(
    doc: Doc, start: int, end: int, label: str, person_roles: set[str], first_names: frozenset[str]
) -> tuple[int | None, int] | None:
    """Where the words before the person end (None: only a title, no name) and where the person's name starts,
    in the NER name ``doc[start:end]``; None when it holds no such person."""
    titled = _titled_person(doc, start, end, label, person_roles, first_names)
    if titled is not None:
        return (titled - 1 if titled > start + 1 else None), titled
    owned = _owner_before_person(doc, start, end, label, first_names)
    return (owned, owned) if owned is not None else None


def _titled_person(doc: Doc, start: int, end: int, label: str, person_roles, first_names) -> int | None:
    """Where the person's name starts in an NER name that holds a title only people hold, followed by
    a given name and one more capitalised word ("Kernwerk CTO Mara Lenz", "PDG Mara Lenz"); None if none."""
    for i in range(start, end - 2):
        if (
            doc[i].lower_ in person_roles
            and (
                doc[i + 1].text in first_names
                or label in ("PER", "PERSON")
                and i > start
                or i == start
                and end - i == 3  # "PDG Mara Lenz": a title, then a first and a last name
            )
            and all(t.text[:1].isupper() and t.is_alpha for t in doc[i + 1 : end])
        ):
            return i + 1
    return None


def _owner_before_person(doc: Doc, start: int, end: int, label: str, first_names) -> int | None:
    """Where the person's name starts in an NER name (a person's or a company's) of three words or more after a
    noun's genitive, that opens with words that are no given name before a given name ("le patron de Kernwerk
    Lucie Marchand", "the head of Kernwerk Lucy Marsh"): the noun's organisation, then the person; None if not."""
    if label not in ("PER", "PERSON", "ORG") or end - start < 3 or start < 2:
        return None
    if doc[start - 1].lower_ not in _GENITIVES or doc[start - 2].pos_ != "NOUN" or not doc[start - 2].is_lower:
        return None
    for k in range(start + 1, end - 1):
        if doc[k].text in first_names:
            if any(t.text in first_names for t in doc[start:k]):
                return None
            return k if all(t.text[:1].isupper() and t.is_alpha for t in doc[k:end]) else None
    return None
