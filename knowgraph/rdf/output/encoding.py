"""Encoding rdflib terms as Turtle or N-Triples text, once per distinct term.

Terms are encoded once per distinct IRI (validated by pyoxigraph's IRI parser), rows of encoded
strings are sorted (:mod:`knowgraph.rdf.output.text`), and the documents are assembled with
``str.join``: many times faster than rdflib's serialisers and independent of hash seeds and
insertion order.

>>> enc = _Encoder(turtle=True)
>>> enc.node(URIRef("https://w3id.org/knowgraph/entity/openai")), enc.literal(Literal(3))
('kge:openai', '3')
"""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox
from rdflib.term import BNode, Literal, URIRef

from knowgraph.rdf.output.formats import _XSD, _XSD_STRING, PREFIXES, OutputError, _one_line


def _prefix_header() -> str:
    return "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items()) + "\n"


_NS_TO_PREFIX = {ns: p for p, ns in PREFIXES.items()}
# A conservative (ASCII) subset of Turtle's PN_LOCAL; anything else is written as <IRI>.
_PN_LOCAL = re.compile(r"(?:[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?)?")
_BNODE_ID = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?")
_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
# rdflib's Literal keeps language and datatype in slots; reading them skips two properties
_LITERAL_SLOTS = all(hasattr(Literal("x", lang="en"), a) for a in ("_language", "_datatype"))
_ESCAPES: dict[int, str] = {i: f"\\u{i:04X}" for i in [*range(0x20), 0x7F]}
_ESCAPES.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})
_BARE: dict[str, Any] = {  # Turtle shorthand for these datatypes when the lexical form allows it
    _XSD + "integer": re.compile(r"[+-]?[0-9]+").fullmatch,
    _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+").fullmatch,
    _XSD + "boolean": {"true", "false"}.__contains__,
}


class _Encoder:
    """Encodes rdflib terms as Turtle (prefixed names, bare numbers) or N-Triples text.

    IRIs and blank nodes are cached by their plain string (an absolute IRI always contains
    ``:``, an accepted blank node id never does, so the two cannot collide).
    """

    def __init__(self, turtle: bool) -> None:
        self.turtle = turtle
        self.cache: dict[str, str] = {}
        self.order: dict[str, str] = {}  # encoded IRI/blank node -> sort key (the full IRI)
        self.datatypes: dict[str, tuple[bool, Any, str]] = {}
        self.langs: set[str] = set()

    def iri(self, iri: str) -> str:
        try:
            ox.NamedNode(iri)  # full RFC 3987 check, as pyoxigraph (and any reader) would do
        except ValueError as e:
            raise OutputError(f"invalid IRI <{iri}>: {_one_line(e)}") from None
        if self.turtle:
            cut = max(iri.rfind("/"), iri.rfind("#")) + 1
            prefix = _NS_TO_PREFIX.get(iri[:cut])
            if prefix is not None and _PN_LOCAL.fullmatch(iri, cut):
                return f"{prefix}:{iri[cut:]}"
        return f"<{iri}>"

    def node(self, term: Any) -> str:
        """Encode an IRI or blank node (cached)."""
        key = str(term)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        if isinstance(term, URIRef):
            enc = self.iri(key)
        elif isinstance(term, BNode):
            if not _BNODE_ID.fullmatch(key):
                raise OutputError(f"unsupported blank node identifier _:{term}")
            enc = f"_:{key}"
        elif isinstance(term, Literal):
            raise OutputError(f"a literal cannot be a subject, predicate or graph name: {term!r}")
        else:
            raise OutputError(f"cannot serialise RDF term {term!r} of type {type(term).__name__}")
        self.cache[key] = enc
        self.order[enc] = key if isinstance(term, URIRef) else f"~{key}"  # blank nodes last
        return enc

    def datatype(self, dt: str) -> tuple[bool, Any, str]:
        """(is xsd:string, Turtle shorthand test or None, encoded IRI) for a datatype IRI."""
        info = self.datatypes.get(dt)
        if info is None:
            info = self.datatypes[dt] = (
                dt == _XSD_STRING,
                _BARE.get(dt) if self.turtle else None,
                self.node(URIRef(dt)),
            )
        return info

    def literal(self, lit: Literal) -> str:
        lex = str(lit)
        # str.isprintable is C-fast and False for any control character (and some harmless
        # Unicode separators, for which translate() is then a no-op)
        if '"' in lex or "\\" in lex or not lex.isprintable():
            lex = lex.translate(_ESCAPES)
        if _LITERAL_SLOTS:
            lang, dt = lit._language, lit._datatype
        else:  # pragma: no cover - other rdflib versions
            lang, dt = lit.language, lit.datatype
        if lang:
            if lang not in self.langs:
                if not _LANG.fullmatch(lang):
                    raise OutputError(f"invalid language tag {lang!r} on literal {str(lit)!r}")
                self.langs.add(lang)
            return f'"{lex}"@{lang}'
        if dt is None:
            return f'"{lex}"'
        key = str(dt)
        plain, bare, dte = self.datatypes.get(key) or self.datatype(key)
        if plain:
            return f'"{lex}"'
        if bare is not None and bare(lex):
            return lex
        return f'"{lex}"^^{dte}'


def _encode_utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise OutputError(f"cannot encode as UTF-8 (lone surrogate {text[e.start]!r} in a term)") from None
