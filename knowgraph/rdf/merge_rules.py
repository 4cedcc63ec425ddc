"""The rules of the merged view: which label and which class(es) an entity gets when articles name
and type it differently, and which reports describe one real-world event.

Each rule is a function of the set of articles only, never of their order.

>>> entity_label("nexalia", {"Nexalia SAS": 2, "Nexalia": 1}, Gazetteer())
'Nexalia'
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rdflib import URIRef

from knowgraph.mentions.gazetteer import ENTITY_TYPES, Gazetteer, bare, fold
from knowgraph.rdf.namespace import AI, ENTITY_CLASSES
from knowgraph.rdf.vocabulary import local, relation_signature

#: Entity classes in the order that breaks ties when articles disagree on an entity's class.
TYPE_ORDER = tuple(AI[name] for name in ENTITY_TYPES)
_ENTITY_CLASSES = frozenset(ENTITY_CLASSES)


@lru_cache(maxsize=1024)  # a function of the ontology's signatures: a few dozen predicates
def _accepted_classes(predicate: URIRef, position: str) -> frozenset[URIRef]:
    """The entity classes that may stand at ``position`` ("subject" or "object") of ``predicate``."""
    domain, range_ = relation_signature(local(predicate))
    return frozenset(AI[name] for name in (domain if position == "subject" else range_)) & _ENTITY_CLASSES


def entity_label(key: str, forms: dict[str, int], gazetteer: Gazetteer) -> str:
    """The canonical name of an entity, from the names articles use for it (name -> number of articles).

    A gazetteer entity is labelled with its canonical name. Otherwise the label is a name rather
    than a description (not "la startup lyonnaise"), then the most complete name once legal forms
    are set aside ("Claire Dumas", not "Dumas"; "Fonds Aurore Capital", not "FAC"), then a form
    without legal suffix ("Nexalia", not "Nexalia SAS"), then not in capitals ("Nexalia", not
    "NEXALIA"), then with its accents ("Élodie", not "Elodie"), then the form most articles use, then the first in alphabetical order: the choice
    depends on the set of articles only, never on their order.

    >>> entity_label("nexalia", {"NEXALIA": 1, "Nexalia SAS": 2, "Nexalia": 1, "La startup lyonnaise": 1}, Gazetteer())
    'Nexalia'
    >>> entity_label("aurore-capital", {"FAC": 2, "Fonds Aurore Capital": 1}, Gazetteer())
    'Fonds Aurore Capital'
    """
    entry = gazetteer.get(key)
    if entry is not None:
        return entry.name
    unaccented = {_strip_accents(f) for f in forms} & set(forms)
    twins = {f for f in unaccented if any(g != f and _strip_accents(g) == f for g in forms)}
    return min(
        forms,
        key=lambda f: (
            _is_description(f),
            -len(bare(f).split()),
            fold(f) != bare(f),
            f.isupper() and len(f) > 1,
            f in twins,
            -forms[f],
            f,
        ),
    )


def _strip_accents(form: str) -> str:
    """ "Élodie" -> "Elodie": a spelling without its accents (often dropped on capitals, never added)."""
    return "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))


_DETERMINERS = frozenset("la le les l un une des ce cet cette the a an this".split())


def _is_description(form: str) -> bool:
    """ "la firme de Redmond", "La startup lyonnaise", "the chipmaker": not a name."""
    words = fold(form).split()
    return form[:1].islower() or not words or words[0] in _DETERMINERS


def _case_variants(forms: dict[str, int]) -> dict[str, int]:
    """One form for names that differ only by the case of their first letter, as a description
    does at the start of a sentence ("La firme de Redmond", "la firme de Redmond"): the lower-case one.

    >>> _case_variants({"La firme de Redmond": 1, "la firme de Redmond": 2, "Microsoft": 3})
    {'Microsoft': 3, 'la firme de Redmond': 3}
    """
    out: dict[str, int] = {}
    for form in sorted(forms, key=lambda f: (not f[:1].islower(), f)):
        lowered = form[:1].lower() + form[1:]
        if lowered != form and lowered in out:
            out[lowered] += forms[form]
        else:
            out[form] = out.get(form, 0) + forms[form]
    return dict(sorted(out.items()))


def entity_type(votes: dict[URIRef, int], constraints: list[frozenset[URIRef]]) -> list[URIRef]:
    """The class(es) of an entity in the merged view, from the classes articles gave it.

    ``votes``: class -> number of articles that gave it; ``constraints``: for every statement and
    event role the entity takes part in, the classes the ontology accepts there. The class that
    satisfies the most constraints wins, then the one most articles gave, then the first of
    :data:`TYPE_ORDER`. A second class is added only when a fact needs it (an entity that is the
    object of ``developedBy`` in one article and of ``acquired`` in another): the shapes then warn
    (``kgsh:EntitySingleClassShape``), a conflict for a reader to look at.

    >>> [local(t) for t in entity_type({AI.Product: 2, AI.Organization: 1}, [])]
    ['Product']
    >>> [local(t) for t in entity_type({AI.Product: 2, AI.Organization: 1}, [frozenset({AI.Organization})])]
    ['Organization']
    """
    candidates = sorted(
        votes,
        key=lambda t: (
            -sum(1 for c in constraints if t in c),
            -votes[t],
            TYPE_ORDER.index(t) if t in TYPE_ORDER else len(TYPE_ORDER),
            str(t),
        ),
    )
    chosen = [candidates[0]]
    for accepted in sorted(constraints, key=lambda c: sorted(map(str, c))):
        if accepted and not accepted & set(chosen):
            options = sorted(
                accepted, key=lambda t: (-votes.get(t, 0), TYPE_ORDER.index(t) if t in TYPE_ORDER else 99, str(t))
            )
            chosen.append(options[0])
    return chosen


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _events_compatible(a: tuple, b: tuple) -> bool:
    """(date, amount key) pairs that can describe one event: each detail equal or missing on one
    side; a date may be more precise than the other ("2024-03" and "2024")."""
    return _dates_compatible(a[0], b[0]) and (a[1] is None or b[1] is None or a[1] == b[1])


def same_events(reports: dict[URIRef, tuple]) -> dict[URIRef, URIRef]:
    """Group the event nodes of one type and one set of participants into real-world events.

    ``reports``: node -> (date or None, amount key or None). Nodes are taken from the most to the
    least detailed (longest date, then with an amount, then by IRI); a node joins the one group all
    of whose members it is compatible with, or starts its own group when there is none, or more
    than one (a report without details that could be either of two deals is left alone). Returns
    node -> the first (most detailed) node of its group, for every node that is not first.
    """
    order = sorted(reports, key=lambda n: (-len(reports[n][0] or ""), reports[n][1] is None, str(n)))
    groups: list[list[URIRef]] = []
    for node in order:
        fits = [g for g in groups if all(_events_compatible(reports[node], reports[m]) for m in g)]
        if len(fits) == 1:
            fits[0].append(node)
        else:
            groups.append([node])
    return {m: g[0] for g in groups for m in g[1:]}
