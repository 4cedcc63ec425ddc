"""What goes into a SPARQL query and what comes out, for the embedded store and SPARQL servers alike.

    >>> from knowgraph.stores.queries import QueryResult, read_query, uses_service
    >>> read_query("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'
    >>> uses_service("SELECT * { SERVICE <http://ex.org/sparql> { ?s ?p ?o } }")
    True
    >>> QueryResult(["n"], [{"n": 3}]).to_table().splitlines()[-1]
    '(1 row)'

:class:`QueryResult` holds a SELECT's solutions and writes them as CSV, TSV, JSON or a table;
:func:`read_query` takes SPARQL text or a ``.rq`` file; :func:`uses_service` tells whether a query
calls ``SERVICE`` (federation), which the embedded store refuses unless allowed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import rdflib
from rdflib.term import BNode, Identifier, Literal

from knowgraph.errors import StoreError, one_line
from knowgraph.rdf import output

__all__ = ["QueryAnswer", "QueryResult", "read_query", "uses_service"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_one_line = one_line


# --------------------------------------------------------------------------------------
# query results
# --------------------------------------------------------------------------------------


def _python_value(term: Identifier | None) -> object:
    """Plain Python value of an RDF term: str for IRIs, ``_:id`` for blank nodes, and for
    literals ``Literal.toPython()`` (int, Decimal, float, bool, date, datetime, str...)."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _as_term(value: object) -> Identifier | None:
    if value is None or isinstance(value, Identifier):
        return value  # type: ignore[return-value]
    return Literal(value)


def _shorten(iri: str) -> str:
    best = ""
    prefix = ""
    for p, ns in output.PREFIXES.items():
        if len(ns) > len(best) and iri.startswith(ns) and len(iri) > len(ns):
            best, prefix = ns, p
    return f"{prefix}:{iri[len(best) :]}" if best else f"<{iri}>"


def _width(text: str) -> int:
    """Terminal columns taken by ``text`` (wide East Asian characters count 2, combining 0)."""
    if text.isascii():
        return len(text)
    n = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        n += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return n


def _clip(text: str, max_width: int | None) -> str:
    if max_width is None or _width(text) <= max_width:
        return text
    out = ""
    for ch in text:
        if _width(out + ch) > max_width - 1:
            break
        out += ch
    return out + "…"


@dataclass
class QueryResult:
    """The solutions of a SELECT query.

    ``variables`` are the projected variable names (without ``?``); ``rows`` one dict per
    solution, every variable present, values as plain Python objects (None when unbound):
    IRIs as ``str``, blank nodes as ``"_:id"``, literals via ``rdflib.Literal.toPython``
    (``int``, ``Decimal``, ``float``, ``bool``, ``datetime.date``, ``str``...).  ``terms`` holds
    the same solutions as rdflib terms, which the exports use to keep datatypes and languages.

    >>> r = QueryResult(["n"], [{"n": 3}])
    >>> r.to_csv().splitlines()
    ['n', '3']
    """

    variables: list[str]
    rows: list[dict[str, object]]
    terms: list[dict[str, Identifier | None]] = field(default_factory=list, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rows)

    def _term_rows(self) -> list[dict[str, Identifier | None]]:
        if len(self.terms) == len(self.rows):
            return self.terms
        return [{v: _as_term(row.get(v)) for v in self.variables} for row in self.rows]

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV: header of variable names, IRIs and literal lexical
        forms as plain text, CRLF line ends (RFC 4180 quoting)."""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(self.variables)
        for row in self._term_rows():
            writer.writerow(
                [
                    "" if (t := row.get(v)) is None else (f"_:{t}" if isinstance(t, BNode) else str(t))
                    for v in self.variables
                ]
            )
        return buf.getvalue()

    def to_tsv(self) -> str:
        """SPARQL 1.1 Query Results TSV: header ``?var``, terms in N-Triples syntax."""
        enc = output._Encoder(turtle=False)
        lines = ["\t".join(f"?{v}" for v in self.variables)]
        for row in self._term_rows():
            cells = []
            for v in self.variables:
                t = row.get(v)
                if t is None:
                    cells.append("")
                elif isinstance(t, Literal):
                    cells.append(enc.literal(t))
                else:
                    cells.append(enc.node(t))
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON (``application/sparql-results+json``)."""
        bindings = []
        for row in self._term_rows():
            b: dict[str, dict[str, str]] = {}
            for v in self.variables:
                t = row.get(v)
                if t is None:
                    continue
                if isinstance(t, Literal):
                    cell = {"type": "literal", "value": str(t)}
                    if t.language:
                        cell["xml:lang"] = t.language
                    elif t.datatype is not None and str(t.datatype) != _XSD_STRING:
                        cell["datatype"] = str(t.datatype)
                elif isinstance(t, BNode):
                    cell = {"type": "bnode", "value": str(t)}
                else:
                    cell = {"type": "uri", "value": str(t)}
                b[v] = cell
            bindings.append(b)
        doc = {"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

    def to_table(self, max_width: int | None = 80) -> str:
        """An aligned plain-text table for terminals.

        IRIs are shortened with the knowgraph prefixes (``kge:openai``), literals shown by
        their value, numbers right-aligned, line breaks shown as ``\\n``, cells longer than
        ``max_width`` columns clipped with ``…``; a last line gives the row count.
        """
        header = list(self.variables)
        body: list[list[str]] = []
        numeric = [True] * len(header)
        for row in self._term_rows():
            cells = []
            for i, v in enumerate(header):
                t = row.get(v)
                if t is None:
                    text = ""
                elif isinstance(t, Literal):
                    text = str(t)
                    value = t.toPython()
                    if not isinstance(value, (int, float, Decimal)) or isinstance(value, bool):
                        numeric[i] = False
                elif isinstance(t, BNode):
                    text, numeric[i] = f"_:{t}", False
                else:
                    text, numeric[i] = _shorten(str(t)), False
                text = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                cells.append(_clip(text, max_width))
            body.append(cells)
        widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]

        def fmt(cells: list[str], align: bool) -> str:
            parts = []
            for i, c in enumerate(cells):
                pad = " " * (widths[i] - _width(c))
                parts.append(pad + c if align and numeric[i] else c + pad)
            return " | ".join(parts).rstrip()

        lines = [fmt(header, False), "-+-".join("-" * w for w in widths)]
        lines += [fmt(r, True) for r in body]
        n = len(body)
        lines.append(f"({n} row{'' if n == 1 else 's'})")
        return "\n".join(lines) + "\n"


QueryAnswer = QueryResult | bool | rdflib.Graph


def read_query(text_or_path: str) -> str:
    """Return SPARQL text given either the text itself or a path to a ``.rq`` file
    (``-`` reads standard input).

    >>> read_query("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'
    """
    if text_or_path == "-":
        return sys.stdin.read()
    candidate = text_or_path.strip()
    looks_like_path = "\n" not in candidate and "{" not in candidate and len(candidate) < 4096
    if looks_like_path:
        try:
            is_file = os.path.isfile(candidate)
        except (ValueError, OSError):
            is_file = False
        if is_file:
            try:
                return Path(candidate).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise StoreError(f"cannot read query file {candidate}: {_one_line(e)}") from None
        if candidate.lower().endswith((".rq", ".sparql")):
            raise StoreError(f"query file not found: {candidate}")
    return text_or_path


# What of a query is not a keyword: comments, strings (long ones first) and IRIs.  A SERVICE
# inside them is text, not federation.  A backslash before "#" or a quote is a local name's
# escape (ex:a\\#b), not the start of a comment or a string.
_NOT_KEYWORDS = re.compile(
    r"""(?<!\\)#[^\n\r]*"""
    r"""|(?<!\\)\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|(?<!\\)'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r"""|(?<!\\)"(?:[^"\\\n\r]|\\.)*"|(?<!\\)'(?:[^'\\\n\r]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>"""
)
# The keyword, not a prefixed name (ex:service), a variable (?service) or a blank node (_:service).
_SERVICE = re.compile(r"(?<![\w:?$-])SERVICE(?![\w:-])", re.IGNORECASE)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def uses_service(sparql: str) -> bool:
    """Whether a SPARQL query calls ``SERVICE`` (federation).  Cautious: a query that merely
    looks like it (a local name such as ``ex:a.service``) counts too.

    >>> uses_service("SELECT * { SERVICE <http://ex.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT * { ?service ex:service "SERVICE" } # SERVICE')
    False
    """

    def codepoint(m: re.Match) -> str:
        value = int(m.group(1) or m.group(2), 16)
        return chr(value) if value <= 0x10FFFF else m.group(0)

    # SPARQL allows \\u escapes anywhere in a query: look at the text as written and as unescaped
    unescaped = _CODEPOINT.sub(codepoint, sparql)
    return any(_SERVICE.search(_NOT_KEYWORDS.sub(" ", text)) for text in {sparql, unescaped})
