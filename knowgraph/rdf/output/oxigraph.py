"""Conversions between rdflib and pyoxigraph terms, both ways (sorted and de-duplicated towards pyoxigraph)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, Graph
from rdflib.term import BNode, Literal, URIRef

from knowgraph.rdf.output.formats import (
    _RDF_TYPE,
    _XSD_STRING,
    PREFIXES,
    OutputError,
    ParseError,
    RdfData,
    _no_gc,
    _one_line,
)
from knowgraph.rdf.output.triples import _fast_triples, _graph_parts


def _node(term: Any) -> tuple[str, Any]:
    """(sort key, pyoxigraph term) for an rdflib URIRef or BNode."""
    if isinstance(term, URIRef):
        try:
            return str(term), ox.NamedNode(term)
        except ValueError as e:
            raise OutputError(f"invalid IRI <{term}>: {_one_line(e)}") from None
    if isinstance(term, BNode):
        try:
            return "_:" + str(term), ox.BlankNode(term)
        except ValueError as e:
            raise OutputError(f"invalid blank node _:{term}: {_one_line(e)}") from None
    if isinstance(term, Literal):
        raise OutputError(f"a literal cannot be a subject, predicate or graph name: {term!r}")
    raise OutputError(f"cannot serialise RDF term {term!r} of type {type(term).__name__}")


def _to_oxigraph(data: RdfData, union: bool) -> list[Any]:
    nodes: dict[Any, tuple[str, Any]] = {}
    dts: dict[str, Any] = {}
    out: dict[tuple[str, str, str, str], Any] = {}
    default = ox.DefaultGraph()
    Quad, Triple, OxLiteral = ox.Quad, ox.Triple, ox.Literal

    for ident, graph in _graph_parts(data):
        if union:
            gk, go = "", None
        elif ident is None:
            gk, go = "", default
        else:
            gk, go = _node(ident)
        for s, p, o in _fast_triples(graph):
            try:
                sk, so = nodes[s]
            except KeyError:
                sk, so = nodes[s] = _node(s)
            try:
                pk, po = nodes[p]
            except KeyError:
                pk, po = nodes[p] = _node(p)
                if pk == _RDF_TYPE:  # rdf:type first
                    pk = ""
                    nodes[p] = (pk, po)
            if isinstance(o, Literal):
                lang = o.language
                if lang:
                    ok = f'"{o}"@{lang}'
                    try:
                        oo = OxLiteral(o, language=lang)
                    except ValueError as e:
                        raise OutputError(f"invalid language tag {lang!r} on {o!r}: {_one_line(e)}") from None
                else:
                    dt = o.datatype
                    if dt is None or dt == _XSD_STRING:
                        ok = f'"{o}"'
                        oo = OxLiteral(o)
                    else:
                        ok = f'"{o}"^^{dt}'
                        dto = dts.get(dt)
                        if dto is None:
                            dto = dts[dt] = _node(dt)[1]
                        oo = OxLiteral(o, datatype=dto)
            else:
                try:
                    ok, oo = nodes[o]
                except KeyError:
                    ok, oo = nodes[o] = _node(o)
            if union:
                out[(gk, sk, pk, ok)] = Triple(so, po, oo)
            else:
                out[(gk, sk, pk, ok)] = Quad(so, po, oo, go)
    return [out[k] for k in sorted(out)]


def to_oxigraph(data: RdfData, *, union: bool = False) -> list[Any]:
    """Convert an rdflib Graph/Dataset to a sorted, de-duplicated list of pyoxigraph terms.

    With ``union=True`` the result is a list of :class:`pyoxigraph.Triple` (every graph merged);
    otherwise a list of :class:`pyoxigraph.Quad` with the default graph first, then the named
    graphs by IRI.  Inside a graph: by subject, then ``rdf:type`` first, then other predicates,
    then objects.  Raises :class:`OutputError` for terms pyoxigraph rejects (invalid IRIs,
    language tags, text that is not valid Unicode).

    >>> g = rdflib.Graph()
    >>> _ = g.add((URIRef("http://ex.org/s"), URIRef("http://ex.org/p"), Literal("1")))
    >>> to_oxigraph(g)[0].subject
    <NamedNode value=http://ex.org/s>
    """
    try:
        with _no_gc():
            return _to_oxigraph(data, union)
    except UnicodeError as e:
        raise OutputError(f"cannot encode a term as UTF-8: {_one_line(e)}") from None


class _ToRdflib:
    """Cached conversion of pyoxigraph terms to rdflib terms (literals keep their lexical form)."""

    def __init__(self) -> None:
        self.cache: dict[Any, Any] = {}
        self.iris: dict[str, URIRef] = {}

    def term(self, t: Any) -> Any:
        hit = self.cache.get(t)
        if hit is not None:
            return hit
        if isinstance(t, ox.NamedNode):
            v = t.value
            r: Any = self.iris.get(v)
            if r is None:
                r = self.iris[v] = URIRef(v)
        elif isinstance(t, ox.Literal):
            if t.language:
                r = Literal(t.value, lang=t.language)
            else:
                dt = t.datatype.value
                if dt == _XSD_STRING:
                    r = Literal(t.value)
                else:
                    d = self.iris.get(dt)
                    if d is None:
                        d = self.iris[dt] = URIRef(dt)
                    r = Literal(t.value, datatype=d, normalize=False)
        elif isinstance(t, ox.BlankNode):
            r = BNode(t.value)
        elif isinstance(t, ox.DefaultGraph):
            r = DATASET_DEFAULT_GRAPH_ID
        else:
            raise ParseError(f"unsupported RDF term {t!r} (RDF-star is not supported)")
        if len(self.cache) < 2_000_000:
            self.cache[t] = r
        return r


def from_oxigraph(items: Iterable[Any], into: rdflib.Dataset | None = None) -> rdflib.Dataset:
    """Add pyoxigraph Quads/Triples to an rdflib Dataset (a new one unless ``into``).

    Triples and default-graph quads go to the Dataset's default graph.  A new Dataset has
    the :data:`PREFIXES` bound.

    >>> xsd = "http://www.w3.org/2001/XMLSchema#"
    >>> ds = from_oxigraph([ox.Quad(ox.NamedNode("http://ex.org/s"), ox.NamedNode("http://ex.org/p"),
    ...                             ox.Literal("2024-09", datatype=ox.NamedNode(xsd + "gYearMonth")))])
    >>> ds.value(URIRef("http://ex.org/s"), URIRef("http://ex.org/p"))
    rdflib.term.Literal('2024-09', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth'))
    """
    ds = into if into is not None else rdflib.Dataset()
    if into is None:
        for p, iri in PREFIXES.items():
            ds.bind(p, iri, override=True, replace=True)
    conv = _ToRdflib()
    term, get = conv.term, conv.cache.get
    graphs: dict[Any, Graph] = {}
    default = ds.default_graph if hasattr(ds, "default_graph") else ds.default_context
    store = ds.store
    add = store.add if type(store).__name__ == "Memory" else None
    with _no_gc():
        for q in items:
            g = getattr(q, "graph_name", None)
            if g is None or isinstance(g, ox.DefaultGraph):
                ctx = default
            else:
                ctx = graphs.get(g)
                if ctx is None:
                    ctx = graphs[g] = ds.graph(term(g))
            s, p, o = q.subject, q.predicate, q.object
            rs = get(s)
            if rs is None:
                rs = term(s)
            rp = get(p)
            if rp is None:
                rp = term(p)
            ro = get(o)
            if ro is None:
                ro = term(o)
            if add is not None:
                add((rs, rp, ro), ctx, False)
            else:
                ctx.add((rs, rp, ro))
    return ds
