"""Remote SPARQL servers: load over the Graph Store HTTP Protocol, query over the SPARQL Protocol.

:class:`RemoteStore` speaks the two W3C SPARQL 1.1 HTTP protocols every major store implements
(Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso), with the standard library only
(:mod:`urllib.request`)::

    >>> from knowgraph.stores.remote import RemoteStore
    >>> store = RemoteStore("http://localhost:7878/query",            # SPARQL query endpoint
    ...                     "http://localhost:7878/store")            # Graph Store endpoint
    >>> store.load("out/graph.trig")                                  # doctest: +SKIP
    >>> store.query("SELECT ?who WHERE { ?who ai:investedIn kge:openai }").rows   # doctest: +SKIP
    [{'who': 'https://w3id.org/knowgraph/entity/microsoft'}]

Loading (:meth:`RemoteStore.load`) sends one snapshot, with ``PUT`` only, so that loading the
same data twice leaves one copy:

* every named graph of the input (one per article in knowgraph's TriG/N-Quads/JSON-LD output)
  replaces the server's graph of that IRI: ``PUT <store>?graph=<IRI>``;
* then the default graph is replaced (``PUT <store>?default``) by the merged view of the input,
  every triple of every graph once, so that queries without ``GRAPH`` see everything, as in the
  embedded store.  knowgraph's cross-article values (each entity's label, each statement's
  ``ai:supportCount``...) live there, computed over the whole build: replacing it when a
  rebuilt graph is loaded leaves no stale values.  Load a whole build at once (several files
  in one call are merged first);
* servers whose default graph already is the union of the named graphs (GraphDB, Virtuoso,
  ``oxigraph serve --union-default-graph``, Fuseki with ``tdb2:unionDefaultGraph``) do not need
  the merged copy: with ``union=False`` (``--no-union``) only the input's own default graph
  (knowgraph's cross-article view) replaces the server's default graph;
* a Turtle or N-Triples file (no named graphs) replaces the default graph, or the named graph
  ``graph=`` when given.

Data is sent as N-Triples (``application/n-triples``, or Turtle with ``rdf_format="turtle"``)
produced by :mod:`knowgraph.rdf.output`, so it is deterministic.  Queries are sent as an HTML form
POST (``query=...``) asking for ``application/sparql-results+json``; the knowgraph prefixes
(``ai:``, ``kge:``...) are declared for the server unless the query declares them itself.  A
SELECT gives the same :class:`~knowgraph.stores.embedded.QueryResult` as the embedded store, ASK a
``bool``, CONSTRUCT/DESCRIBE an :class:`rdflib.Graph`.

Failures raise :class:`~knowgraph.stores.embedded.StoreError` with a one-line message: refused
connections and timeouts name the URL; 4xx answers give the status and the first line of the
server's message at once; connection errors, timeouts and 5xx answers are retried ``retries``
times with exponential back-off (``backoff``, ``2*backoff``, ``4*backoff``... seconds) before
failing.  ``auth_header`` (or the ``KNOWGRAPH_AUTH`` environment variable) is sent as the
``Authorization`` header, e.g. ``"Bearer xyz"`` or ``"Basic dXNlcjpwYXNz"``; it never appears
in messages.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import os
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import rdflib
from rdflib.term import BNode, Identifier, Literal, URIRef

from knowgraph.rdf import output
from knowgraph.stores.embedded import QueryAnswer, QueryResult, StoreError, _python_value, read_query

__all__ = ["RemoteStore", "StoreError", "AUTH_ENV"]

#: Environment variable read for the ``Authorization`` header when none is given.
AUTH_ENV = "KNOWGRAPH_AUTH"

_UPLOAD_TYPES = {"ntriples": "application/n-triples", "turtle": "text/turtle"}
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, application/json;q=0.5"
_RDF_TYPES = {
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/trig": "trig",
    "application/n-quads": "nquads",
    "application/ld+json": "json-ld",
}
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.\-]*)?\s*:", re.IGNORECASE)
_COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def _one_line(text: object, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _first_line(body: bytes) -> str:
    """The first non-blank line of a server's error body (HTML tags stripped)."""
    text = body[:65536].decode("utf-8", errors="replace")
    if "<" in text and ">" in text:
        text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", text)
        text = re.sub(r"(?i)<br\s*/?>|</(p|h\d|div|title|pre|li)>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
    for line in text.splitlines():
        if line.strip():
            return _one_line(line)
    return ""


def _with_prefixes(sparql: str) -> str:
    """Declare the knowgraph prefixes the query uses but does not declare itself (on the
    query's first line, so the line numbers of the server's syntax errors stay right)."""
    declared = {(m.group(1) or "") for m in _PREFIX_DECL.finditer(sparql)}
    decls = [f"PREFIX {p}: <{ns}> " for p, ns in output.PREFIXES.items() if p not in declared and f"{p}:" in sparql]
    return "".join(decls) + sparql


def _reason(exc: BaseException, timeout: float) -> str:
    """A short human reason for a connection-level failure."""
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc, urllib.error.HTTPError):
        inner = exc.reason
        if isinstance(inner, BaseException):
            return _reason(inner, timeout)
        return _one_line(inner)
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s (timed out)"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({_one_line(exc.strerror or exc)})"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {_one_line(exc)}"
    if isinstance(exc, OSError) and exc.strerror:
        return _one_line(exc.strerror).lower()
    return _one_line(exc) or type(exc).__name__


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _term(cell: dict[str, Any]) -> Identifier | None:
    """An rdflib term from a SPARQL 1.1 Query Results JSON binding."""
    kind = cell.get("type")
    value = cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind in ("literal", "typed-literal"):
        lang = cell.get("xml:lang")
        if lang:
            return Literal(value, lang=lang)
        dt = cell.get("datatype")
        if dt and dt != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value, datatype=URIRef(dt), normalize=False)
        return Literal(value)
    if kind == "bnode":
        return BNode(value)
    if kind == "triple":  # RDF-star: shown as text, rdflib has no triple term
        parts = [value.get(k, {}) for k in ("subject", "predicate", "object")] if isinstance(value, dict) else []
        return Literal("<< " + " ".join(str(p.get("value", "")) for p in parts) + " >>")
    raise StoreError(f"unexpected term type {kind!r} in the server's answer")


class RemoteStore:
    """A SPARQL 1.1 server reached over HTTP.

    ``query_endpoint`` answers SPARQL queries (``http://localhost:7878/query`` for Oxigraph);
    ``store_endpoint`` is the Graph Store Protocol endpoint used by :meth:`load`
    (``http://localhost:7878/store``); it defaults to ``query_endpoint`` (Fuseki's dataset URL,
    ``http://localhost:3030/ds``, answers both).  See the module documentation for the
    endpoints of Fuseki, GraphDB and Virtuoso, retries and errors.

    >>> RemoteStore("http://localhost:7878/query", "http://localhost:7878/store")
    <RemoteStore http://localhost:7878/query store=http://localhost:7878/store>
    """

    def __init__(
        self,
        query_endpoint: str,
        store_endpoint: str | None = None,
        *,
        auth_header: str | None = None,
        timeout: float = 30,
        retries: int = 3,
        backoff: float = 0.5,
        rdf_format: str = "ntriples",
    ) -> None:
        self.query_endpoint = self._check_url(query_endpoint, "query endpoint")
        self.store_endpoint = self._check_url(store_endpoint or query_endpoint, "Graph Store endpoint")
        if auth_header is None:
            auth_header = os.environ.get(AUTH_ENV) or None
        if auth_header is not None:
            auth_header = auth_header.strip()
            if not auth_header or "\n" in auth_header or "\r" in auth_header:
                raise StoreError("invalid Authorization header: give one line such as 'Bearer TOKEN'")
        self._auth = auth_header
        if timeout <= 0:
            raise StoreError(f"timeout must be positive, got {timeout}")
        if retries < 0:
            raise StoreError(f"retries must be zero or more, got {retries}")
        self.timeout = float(timeout)
        self.retries = int(retries)
        self.backoff = max(0.0, float(backoff))
        fmt = output.normalize_format(rdf_format)
        if fmt not in _UPLOAD_TYPES:
            raise StoreError(f"cannot upload as {rdf_format!r}: use ntriples or turtle")
        self.rdf_format = fmt
        hosts = {urllib.parse.urlsplit(u).hostname or "" for u in (self.query_endpoint, self.store_endpoint)}
        # a proxy (http_proxy...) cannot reach a server on this machine: never send loopback traffic to it
        handlers = [urllib.request.ProxyHandler({})] if all(_is_loopback(h) for h in hosts) else []
        self._opener = urllib.request.build_opener(*handlers)

    @staticmethod
    def _check_url(url: str, what: str) -> str:
        try:
            parts = urllib.parse.urlsplit(str(url))
        except ValueError:
            parts = urllib.parse.SplitResult("", "", "", "", "")
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreError(f"invalid {what} {url!r}: expected an http:// or https:// URL")
        return str(url)

    def __repr__(self) -> str:
        extra = "" if self.store_endpoint == self.query_endpoint else f" store={self.store_endpoint}"
        return f"<RemoteStore {self.query_endpoint}{extra}>"

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release (every request has its own connection); for symmetry with
        :class:`~knowgraph.stores.embedded.EmbeddedStore`."""

    # -- HTTP --------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        url: str,
        endpoint: str,
        shown: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, str, bytes]:
        """Send one request with retries; return (status, content type, body).

        ``endpoint`` is the URL named by connection errors, ``shown`` what HTTP errors name."""
        all_headers = {"User-Agent": "knowgraph", **(headers or {})}
        if self._auth:
            all_headers["Authorization"] = self._auth
        attempts = self.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            request = urllib.request.Request(url, data=body, method=method, headers=all_headers)
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return response.status, response.headers.get("Content-Type", ""), response.read()
            except urllib.error.HTTPError as e:
                try:
                    detail = _first_line(e.read())
                except (OSError, http.client.HTTPException):
                    detail = ""
                finally:
                    e.close()
                status = f"HTTP {e.code} {e.reason or http.client.responses.get(e.code, '')}".strip()
                message = f"{shown}: {status}" + (f": {detail}" if detail and detail != str(e.reason) else "")
                if e.code < 500:
                    raise StoreError(message) from None
                if last:
                    tries = f" (after {attempts} attempts)" if attempts > 1 else ""
                    raise StoreError(message + tries) from None
            except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
                if last:
                    tries = f" (after {attempts} attempts)" if attempts > 1 else ""
                    raise StoreError(f"cannot connect to {endpoint}: {_reason(e, self.timeout)}{tries}") from None
            time.sleep(self.backoff * (2**attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    def _gsp_url(self, graph: str | None) -> tuple[str, str]:
        sep = "&" if "?" in self.store_endpoint else "?"
        if graph is None:
            return f"{self.store_endpoint}{sep}default", f"{self.store_endpoint} (default graph)"
        query = urllib.parse.urlencode({"graph": str(graph)})
        return f"{self.store_endpoint}{sep}{query}", f"{self.store_endpoint} (graph <{graph}>)"

    def _send_graph(self, method: str, graph: str | None, data: rdflib.Graph | rdflib.Dataset) -> None:
        try:
            payload = output.serialize(data, self.rdf_format)
        except output.OutputError as e:
            raise StoreError(f"cannot serialise graph: {e}") from None
        url, shown = self._gsp_url(graph)
        self._request(
            method,
            url,
            self.store_endpoint,
            f"{method} {shown}",
            payload,
            {"Content-Type": _UPLOAD_TYPES[self.rdf_format]},
        )

    # -- loading -----------------------------------------------------------------------

    @staticmethod
    def _read_one(data: Any, fmt: str | None) -> rdflib.Graph | rdflib.Dataset:
        if isinstance(data, (rdflib.Graph, rdflib.Dataset)):
            return data
        if isinstance(data, (str, os.PathLike)):
            path = os.fspath(data)
            if not os.path.isfile(path):
                raise StoreError(f"cannot load {path}: no such file")
            try:
                return output.parse(path, fmt)
            except (output.ParseError, output.UnsupportedFormat) as e:
                raise StoreError(str(e)) from None
        raise TypeError(f"cannot load {type(data).__name__}: expected an rdflib Graph/Dataset or a file path")

    def _read(self, data: Any, fmt: str | None) -> rdflib.Graph | rdflib.Dataset:
        if not isinstance(data, (list, tuple)):
            return self._read_one(data, fmt)
        if len(data) == 1:
            return self._read_one(data[0], fmt)
        merged = rdflib.Dataset()
        for item in data:
            for ident, g in output._graph_parts(self._read_one(item, fmt)):
                target = merged.default_graph if ident is None else merged.graph(ident)
                for t in g:
                    target.add(t)
        return merged

    def load(
        self,
        data: rdflib.Graph | rdflib.Dataset | str | os.PathLike[str] | list[Any] | tuple[Any, ...],
        *,
        graph: str | None = None,
        format: str | None = None,
        union: bool = True,
    ) -> int:
        """Send RDF to the server; return the number of distinct quads sent (named-graph quads
        plus default-graph triples, as :meth:`EmbeddedStore.load
        <knowgraph.stores.embedded.EmbeddedStore.load>` counts them).

        ``data`` is an rdflib Graph/Dataset, an RDF file (``format`` overrides the extension),
        or a list of them, merged and sent as one.  Each named graph replaces the server's graph
        of that IRI (``PUT ?graph=IRI``); triples without a graph go to the named graph
        ``graph`` when given.  Then ``PUT ?default`` replaces the server's default graph with
        the merged view of everything sent (``union=True``), or, with ``union=False``, with the
        input's own default graph when it has one (knowgraph's cross-article view).  So one
        load is one snapshot: loading the same data twice leaves one copy, and loading a
        rebuilt graph leaves no stale cross-article values behind.
        """
        rdf = self._read(data, format)
        if graph is not None:
            try:
                output._node(URIRef(str(graph)))
            except output.OutputError as e:
                raise StoreError(f"invalid graph IRI <{graph}>: {e}") from None
        named: dict[str, list[rdflib.Graph]] = {}
        default: list[rdflib.Graph] = []
        for ident, g in output._graph_parts(rdf):
            if len(g) == 0:
                continue
            if ident is None:
                default.append(g)
            elif isinstance(ident, URIRef):
                named.setdefault(str(ident), []).append(g)
            else:
                raise StoreError(f"cannot send a graph named by a blank node ({ident}) over the Graph Store Protocol")
        if default and graph is not None:
            named.setdefault(str(graph), []).extend(default)
            default = []
        sent = 0
        for ident in sorted(named):
            parts = named[ident]
            g = parts[0] if len(parts) == 1 else _merge(parts)
            self._send_graph("PUT", ident, g)
            sent += len(g)
        if union and (named or default):
            self._send_graph("PUT", None, rdf)
        elif default:
            self._send_graph("PUT", None, default[0] if len(default) == 1 else _merge(default))
        if default:
            sent += len(default[0]) if len(default) == 1 else len(_merge(default))
        return sent

    def drop(self, graph: str | None) -> None:
        """Remove a named graph (``DELETE ?graph=IRI``) or, with ``None``, empty the default
        graph; a graph the server does not have is not an error."""
        url, shown = self._gsp_url(graph)
        try:
            self._request("DELETE", url, self.store_endpoint, f"DELETE {shown}")
        except StoreError as e:
            if "HTTP 404" not in str(e):
                raise

    # -- querying ----------------------------------------------------------------------

    def query(self, sparql: str) -> QueryAnswer:
        """Run a SPARQL 1.1 query on the server.

        Returns a :class:`~knowgraph.stores.embedded.QueryResult` (SELECT), a ``bool`` (ASK) or an
        :class:`rdflib.Graph` (CONSTRUCT, DESCRIBE).  ``sparql`` may be a ``.rq`` file (see
        :func:`~knowgraph.stores.embedded.read_query`); the knowgraph prefixes are predeclared.
        """
        text = _with_prefixes(read_query(sparql))
        body = urllib.parse.urlencode({"query": text}).encode("utf-8")
        _, ctype, payload = self._request(
            "POST",
            self.query_endpoint,
            self.query_endpoint,
            f"query {self.query_endpoint}",
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT},
        )
        media = ctype.split(";")[0].strip().lower()
        if media in ("application/sparql-results+json", "application/json") or (
            not media and payload.lstrip()[:1] == b"{"
        ):
            return self._parse_results(payload)
        if media in _RDF_TYPES:
            try:
                ds = output.parse(payload, _RDF_TYPES[media])
            except output.ParseError as e:
                raise StoreError(f"unreadable answer from {self.query_endpoint}: {e}") from None
            g = rdflib.Graph()
            for p, ns in output.PREFIXES.items():
                g.bind(p, ns, override=True, replace=True)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        raise StoreError(f"unexpected answer from {self.query_endpoint}: content type {ctype or '(none)'}")

    def _parse_results(self, payload: bytes) -> QueryAnswer:
        try:
            doc = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise StoreError(f"unreadable answer from {self.query_endpoint}: {_one_line(e)}") from None
        if not isinstance(doc, dict):
            raise StoreError(f"unreadable answer from {self.query_endpoint}: not SPARQL JSON results")
        if "boolean" in doc:
            return bool(doc["boolean"])
        try:
            variables = [str(v) for v in doc.get("head", {}).get("vars", [])]
            bindings = doc["results"]["bindings"]
            terms: list[dict[str, Identifier | None]] = []
            for b in bindings:
                terms.append({v: (_term(b[v]) if v in b else None) for v in variables})
        except (KeyError, TypeError, AttributeError) as e:
            raise StoreError(f"unreadable answer from {self.query_endpoint}: missing {_one_line(e)}") from None
        rows = [{v: _python_value(t) for v, t in trow.items()} for trow in terms]
        return QueryResult(variables, rows, terms)

    def count(self) -> int:
        """Number of triples in the default graph plus quads in the named graphs (what
        ``SELECT (COUNT(*) ...)`` over all graphs gives)."""
        result = self.query(_COUNT_ALL)
        if not isinstance(result, QueryResult) or len(result.rows) != 1:
            raise StoreError(f"unexpected answer from {self.query_endpoint} to a COUNT query")
        return int(next(iter(result.rows[0].values())))  # type: ignore[arg-type]

    def named_graphs(self) -> list[str]:
        """IRIs of the server's non-empty named graphs, sorted."""
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, QueryResult)
        return sorted(str(r["g"]) for r in result.rows if r["g"] is not None and not str(r["g"]).startswith("_:"))


def _merge(graphs: list[rdflib.Graph]) -> rdflib.Graph:
    merged = rdflib.Graph()
    for g in graphs:
        for t in g:
            merged.add(t)
    return merged
