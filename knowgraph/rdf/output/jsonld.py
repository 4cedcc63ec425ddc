"""JSON-LD 1.1 output: compacted with the knowgraph prefixes, keys and values in a fixed order."""

from __future__ import annotations

import json
from typing import Any

import pyoxigraph as ox
from rdflib.term import BNode, Literal, URIRef

from knowgraph.rdf.output.encoding import _BNODE_ID, _LANG, _encode_utf8
from knowgraph.rdf.output.formats import _RDF_TYPE, _XSD_STRING, PREFIXES, OutputError, RdfData, _one_line
from knowgraph.rdf.output.triples import _fast_triples, _graph_parts


def _compact(iri: str) -> str:
    """Shorten an IRI with PREFIXES for JSON-LD (only when it expands back to itself)."""
    cut = max(iri.rfind("/"), iri.rfind("#")) + 1
    best = ""
    best_prefix = ""
    for prefix, ns in PREFIXES.items():
        if len(ns) > len(best) and iri.startswith(ns) and len(ns) <= max(cut, len(ns)):
            best, best_prefix = ns, prefix
    if best:
        local = iri[len(best) :]
        if local and not local.startswith("//"):
            return f"{best_prefix}:{local}"
    return iri


class _JsonLdEncoder:
    """rdflib terms -> JSON-LD values (compact IRIs; literals exactly as given)."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.langs: set[str] = set()

    def node_id(self, term: Any) -> str:
        key = str(term)
        hit = self.ids.get(key)
        if hit is not None:
            return hit
        if isinstance(term, URIRef):
            try:
                ox.NamedNode(key)
            except ValueError as e:
                raise OutputError(f"invalid IRI <{key}>: {_one_line(e)}") from None
            value = _compact(key)
        elif isinstance(term, BNode):
            if not _BNODE_ID.fullmatch(key):
                raise OutputError(f"unsupported blank node identifier _:{key}")
            value = f"_:{key}"
        elif isinstance(term, Literal):
            raise OutputError(f"a literal cannot be a subject, predicate or graph name: {term!r}")
        else:
            raise OutputError(f"cannot serialise RDF term {term!r} of type {type(term).__name__}")
        self.ids[key] = value
        return value

    def value(self, term: Any) -> tuple[str, Any]:
        """(sort key, JSON-LD value) of an object."""
        if not isinstance(term, Literal):
            ident = self.node_id(term)
            return "\x01" + ident, {"@id": ident}
        lex = str(term)
        lang = term.language
        if lang:
            if lang not in self.langs:
                if not _LANG.fullmatch(lang):
                    raise OutputError(f"invalid language tag {lang!r} on literal {lex!r}")
                self.langs.add(lang)
            return f"\x00{lex}\x00@{lang}", {"@value": lex, "@language": lang}
        dt = term.datatype
        if dt is None or str(dt) == _XSD_STRING:
            return f"\x00{lex}", lex  # a plain JSON string is an xsd:string literal
        dt_id = self.node_id(dt)
        return f"\x00{lex}\x00^{dt_id}", {"@value": lex, "@type": dt_id}


def _jsonld(data: RdfData) -> bytes:
    """JSON-LD 1.1, compacted with the PREFIXES as @context; deterministic key order.

    One node object per subject (``@id``, ``@type``, properties as compact IRIs) sorted by
    ``@id``; named graphs as top-level ``{"@id": graph, "@graph": [...]}`` objects; typed
    literals as ``{"@value": lexical, "@type": datatype}`` (lexical forms kept exactly, never
    JSON numbers), language strings as ``{"@value", "@language"}``, plain strings as JSON
    strings; a property with one value holds it directly, several values a sorted list.
    """
    enc = _JsonLdEncoder()
    node_id, value = enc.node_id, enc.value
    graphs: dict[str, dict[str, dict[str, list[tuple[str, Any]]]]] = {}
    props: dict[str, str] = {_RDF_TYPE: "@type"}
    for ident, graph in _graph_parts(data):
        subjects = graphs.setdefault("" if ident is None else node_id(ident), {})
        for s, p, o in _fast_triples(graph):
            sid = node_id(s)
            node = subjects.get(sid)
            if node is None:
                node = subjects[sid] = {}
            key = props.get(str(p))
            if key is None:
                node_id(p)  # validates
                key = props[str(p)] = _compact(str(p))
            if key == "@type":
                if isinstance(o, Literal):
                    key = _compact(_RDF_TYPE)
                    node.setdefault(key, []).append(value(o))
                else:
                    t = node_id(o)
                    node.setdefault(key, []).append((t, t))
            else:
                node.setdefault(key, []).append(value(o))

    def build(subjects: dict[str, dict[str, list[tuple[str, Any]]]]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for sid in sorted(subjects):
            obj: dict[str, Any] = {"@id": sid}
            for key, values in subjects[sid].items():
                values.sort(key=lambda kv: kv[0])
                obj[key] = values[0][1] if len(values) == 1 else [v for _, v in values]
            out[sid] = obj
        return out

    top = build(graphs.pop("", {}))
    for gid in sorted(graphs):
        members = list(build(graphs[gid]).values())
        if not members:
            continue
        if gid in top:
            top[gid]["@graph"] = members
        else:
            top[gid] = {"@id": gid, "@graph": members}
    doc = {"@context": dict(PREFIXES), "@graph": [top[k] for k in sorted(top)]}
    return _encode_utf8(json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n")
