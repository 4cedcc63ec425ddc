"""The text formats: Turtle and TriG (grouped by subject and predicate), N-Triples and N-Quads (one line each).

Encoded triples are grouped by graph and subject (:func:`_collect`), each subject's rows sorted
(``rdf:type`` first), and the document assembled with ``str.join``.
"""

from __future__ import annotations

from rdflib.term import Literal, URIRef

from knowgraph.rdf.output.encoding import _Encoder, _prefix_header
from knowgraph.rdf.output.formats import _RDF_TYPE, RdfData
from knowgraph.rdf.output.triples import _fast_triples, _graph_parts, _memory_spo

#: graph -> subject -> [(predicate sort key, object)], all encoded strings
Collected = dict[str, dict[str, list[tuple[str, str]]]]


def _collect(data: RdfData, enc: _Encoder, union: bool) -> Collected:
    """Group the encoded triples by graph and subject.

    The graph key is "" for the default graph (and for everything when ``union``); the
    predicate key of rdf:type is "" so that it sorts first in every subject block.
    """
    node, literal = enc.node, enc.literal
    cache = enc.cache
    get = cache.get
    preds: dict[str, str] = {_RDF_TYPE: ""}
    graphs: Collected = {}
    spo = _memory_spo(data, union)
    if spo is not None:  # fast path: already grouped by subject and predicate
        # Terms held by the index stay alive during the call, so their id() is a safe and
        # cheap cache key (the same IRI is often the very same object in many triples).
        subjects = graphs[""] = {}
        for s, po in spo.items():
            if not po:
                continue
            rows: list[tuple[str, str]] = []
            append = rows.append
            for p, objects in po.items():
                pk = preds.get(str(p))
                if pk is None:
                    pk = preds[str(p)] = node(p)
                for o in objects:
                    to = type(o)
                    if to is URIRef:
                        append((pk, get(str(o)) or node(o)))
                    elif to is Literal or isinstance(o, Literal):
                        append((pk, literal(o)))
                    else:
                        append((pk, get(str(o)) or node(o)))
            if rows:
                subjects[get(str(s)) or node(s)] = rows
        return graphs
    for ident, graph in _graph_parts(data):
        g = "" if union or ident is None else node(ident)
        subjects = graphs.setdefault(g, {})
        get_subject = subjects.get
        for s, p, o in _fast_triples(graph):
            sk = get(str(s)) or node(s)
            pk = preds.get(str(p))
            if pk is None:
                pk = preds[str(p)] = node(p)
            to = type(o)
            if to is URIRef:
                ok = get(str(o)) or node(o)
            elif to is Literal or isinstance(o, Literal):
                ok = literal(o)
            else:
                ok = get(str(o)) or node(o)
            rows = get_subject(sk)
            if rows is None:
                subjects[sk] = [(pk, ok)]
            else:
                rows.append((pk, ok))
    return graphs


def _sorted_rows(rows: list[tuple[str, str]], dedupe: bool) -> list[tuple[str, str]]:
    """Sort one subject's (predicate, object) rows; drop duplicates (only a union has any)."""
    rows.sort()
    if dedupe and len(rows) > 1:
        out = [rows[0]]
        for r in rows:
            if r != out[-1]:
                out.append(r)
        return out
    return rows


def _turtle_text(graphs: Collected, trig: bool, dedupe: bool, order: dict[str, str]) -> str:
    """Assemble Turtle/TriG, grouped by subject (``;``) and predicate (``,``).

    TriG wraps every graph in braces, the default graph (``{ ... }``) first.
    """
    out: list[str] = [_prefix_header()]
    w = out.append
    ind1, ind2 = ("    ", "        ") if trig else ("", "    ")
    first_graph = True
    for g in sorted(graphs, key=lambda g: order.get(g, "")):
        subjects = graphs[g]
        if not subjects:
            continue
        if trig:
            if not first_graph:
                w("\n")
            w(f"{g} {{\n" if g else "{\n")
        first_graph = False
        first = True
        for s in sorted(subjects, key=order.__getitem__):
            if not first:
                w("\n")
            first = False
            w(ind1)
            w(s)
            pp = None
            for p, o in _sorted_rows(subjects[s], dedupe):
                if p != pp:
                    if pp is not None:
                        w(" ;\n")
                        w(ind2)
                    else:
                        w(" ")
                    w(p or "a")
                    pp = p
                    w(" ")
                else:
                    w(" , ")
                w(o)
            w(" .\n")
        if trig:
            w("}\n")
    return "".join(out)


def _lines_text(graphs: Collected, quads: bool, dedupe: bool, order: dict[str, str]) -> str:
    """Assemble N-Triples / N-Quads, sorted, one line per distinct triple/quad."""
    rdf_type = f"<{_RDF_TYPE}>"
    out: list[str] = []
    w = out.append
    for g in sorted(graphs, key=lambda g: order.get(g, "")):
        subjects = graphs[g]
        tail = f" {g} .\n" if quads and g else " .\n"
        for s in sorted(subjects, key=order.__getitem__):
            for p, o in _sorted_rows(subjects[s], dedupe):
                w(f"{s} {p or rdf_type} {o}{tail}")
    return "".join(out)
