"""Remote SPARQL servers: load over the Graph Store HTTP Protocol, query over the SPARQL Protocol.

:class:`RemoteStore` speaks the two W3C SPARQL 1.1 HTTP protocols, with the standard library
only; it is tested against Oxigraph server and Virtuoso Open Source 7.2 (see ``docs/stores.md``
for the endpoints of each, and what to pass for other servers)::

    >>> from knowgraph.stores.remote import RemoteStore
    >>> store = RemoteStore("http://localhost:7878/query",            # SPARQL query endpoint
    ...                     "http://localhost:7878/store")            # Graph Store endpoint
    >>> store.load("out/graph.trig")                                  # doctest: +SKIP
    >>> store.query("SELECT ?who WHERE { ?who ai:investedIn kge:openai }").rows   # doctest: +SKIP
    [{'who': 'https://w3id.org/knowgraph/entity/microsoft'}]

Loading (:meth:`RemoteStore.load`) sends one snapshot, with ``PUT`` only, so that loading the
same data twice leaves one copy, and running a load that failed half-way again completes it:

* every named graph of the input (one per article in knowgraph's TriG/N-Quads/JSON-LD output)
  replaces the server's graph of that IRI: ``PUT <store>?graph=<IRI>``;
* then the default graph is replaced (``PUT <store>?default``) by the merged view of the input,
  every triple of every graph once, so that queries without ``GRAPH`` see everything, as in the
  embedded store.  knowgraph's cross-article values (each entity's label, each statement's
  ``ai:supportCount``...) live there, computed over the whole build: replacing it when a
  rebuilt graph is loaded leaves no stale values.  Load a whole build at once (several files
  in one call are merged first);
* servers whose default graph already is the union of the named graphs (GraphDB,
  ``oxigraph serve --union-default-graph``, Fuseki with ``tdb2:unionDefaultGraph``) do not need
  the merged copy: with ``union=False`` (``--no-union``) only the input's own default graph
  (knowgraph's cross-article view) replaces the server's default graph;
* a server that cannot store a default graph at all (Virtuoso: its default graph is the union
  of all its graphs, and its Graph Store endpoint refuses ``?default``) gets the input's own
  default graph in the named graph :data:`VIEW_GRAPH` instead, and no merged copy; queries
  without ``GRAPH`` see it with the articles.  :attr:`RemoteStore.view_graph` says where the
  last load put it.  knowgraph finds this out by itself (Virtuoso names itself in its answers);
* a Turtle or N-Triples file (no named graphs) replaces the default graph, or the named graph
  ``graph=`` when given.

Data is sent as N-Triples (``application/n-triples``, or Turtle with ``rdf_format="turtle"``)
produced by :mod:`knowgraph.rdf.output`, so it is deterministic.  Queries are sent as an HTML form
POST (``query=...``) asking for SPARQL JSON results (SELECT, ASK) or RDF (CONSTRUCT,
DESCRIBE); the knowgraph prefixes (``ai:``, ``kge:``...) are declared for the server unless the
query declares them itself.  A SELECT gives the same :class:`~knowgraph.stores.embedded.QueryResult` as
the embedded store, ASK a ``bool``, CONSTRUCT/DESCRIBE an :class:`rdflib.Graph`.

Failures raise :class:`~knowgraph.stores.embedded.StoreError` with a one-line message; a load that stops
half-way raises :class:`LoadIncomplete`, whose message says which graphs were sent and which
were not (:mod:`knowgraph.stores.remote_load` reads the input, cuts it into graphs and writes
that message).  Timeouts bound each request as a whole; connection errors, timeouts and 5xx answers
are retried ``retries`` times with exponential back-off (see :mod:`knowgraph.stores.httpclient`).

Authentication: ``auth_header`` (or the ``KNOWGRAPH_AUTH`` environment variable) is sent as
the ``Authorization`` header, e.g. ``"Bearer xyz"``; or ``user`` and ``password`` (the password
also from ``KNOWGRAPH_PASSWORD``, or ``http://user:password@host/...`` in an endpoint URL)
answer the server's HTTP Digest or Basic challenge.  No secret ever appears in a message.
"""

from __future__ import annotations

import json
import os
import re
import urllib.parse
from typing import Any

import rdflib
from rdflib.term import BNode, Identifier, Literal, URIRef

from knowgraph.rdf import output
from knowgraph.stores.embedded import QueryAnswer, QueryResult, StoreError, _python_value, read_query
from knowgraph.stores.httpclient import Credentials, HttpClient, one_line, redact, split_credentials
from knowgraph.stores.remote_load import (
    LoadIncomplete,
    LoadInterrupted,
    graphs_to_send,
    load_progress,
    merge,
    read_input,
)

__all__ = ["RemoteStore", "StoreError", "LoadIncomplete", "LoadInterrupted", "AUTH_ENV", "PASSWORD_ENV", "VIEW_GRAPH"]

#: Environment variable read for the ``Authorization`` header when none is given.
AUTH_ENV = "KNOWGRAPH_AUTH"
#: Environment variable read for the password when a user is given without one.
PASSWORD_ENV = "KNOWGRAPH_PASSWORD"
#: Named graph that holds knowgraph's cross-article view on servers without a writable default graph.
VIEW_GRAPH = "https://w3id.org/knowgraph/graph/view"

_UPLOAD_TYPES = {"ntriples": "application/n-triples", "turtle": "text/turtle"}
_ACCEPT_RESULTS = "application/sparql-results+json, application/json;q=0.5"
_ACCEPT_RDF = "application/n-triples, text/turtle;q=0.9, application/n-quads;q=0.8, application/trig;q=0.7"
_ACCEPT_ANY = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, application/json;q=0.5"
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
#: Virtuoso's answer to ``?default`` when the endpoint has no default graph configured.
_NO_DEFAULT_GRAPH = "not configured to have default graph"
# what hides a query's form keyword: IRIs, strings (long ones first), comments
_NOT_KEYWORDS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'|#[^\n]*"
)
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def _with_prefixes(sparql: str) -> str:
    """Declare the knowgraph prefixes the query uses but does not declare itself (on the
    query's first line, so the line numbers of the server's syntax errors stay right)."""
    declared = {(m.group(1) or "") for m in _PREFIX_DECL.finditer(sparql)}
    decls = [f"PREFIX {p}: <{ns}> " for p, ns in output.PREFIXES.items() if p not in declared and f"{p}:" in sparql]
    return "".join(decls) + sparql


def _query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (``None`` when it cannot be told)."""
    m = _FORM.search(_NOT_KEYWORDS.sub(" ", sparql))
    return m.group(1).upper() if m else None


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

    ``query_endpoint`` answers SPARQL queries (``http://localhost:7878/query`` for Oxigraph,
    ``http://localhost:8890/sparql`` for Virtuoso); ``store_endpoint`` is the Graph Store
    Protocol endpoint used by :meth:`load` (``http://localhost:7878/store``,
    ``http://localhost:8890/sparql-graph-crud-auth``); it defaults to ``query_endpoint``
    (Fuseki's dataset URL, ``http://localhost:3030/ds``, answers both).  ``timeout`` bounds
    each request as a whole (seconds); see the module documentation for authentication,
    retries and errors.

    >>> RemoteStore("http://localhost:7878/query", "http://localhost:7878/store")
    <RemoteStore http://localhost:7878/query store=http://localhost:7878/store>
    """

    def __init__(
        self,
        query_endpoint: str,
        store_endpoint: str | None = None,
        *,
        auth_header: str | None = None,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 30,
        retries: int = 3,
        backoff: float = 0.5,
        rdf_format: str = "ntriples",
    ) -> None:
        # a Graph Store endpoint given is checked first: for `load --endpoint URL` it is the URL typed
        if store_endpoint is not None:
            store_endpoint, s_user, s_password = self._check_url(store_endpoint, "Graph Store endpoint")
        query_endpoint, q_user, q_password = self._check_url(query_endpoint, "query endpoint")
        if store_endpoint is None:
            store_endpoint, s_user, s_password = query_endpoint, q_user, q_password
        self.query_endpoint, self.store_endpoint = query_endpoint, store_endpoint
        credentials = self._credentials(user, password, [(q_user, q_password), (s_user, s_password)])
        if credentials is not None and auth_header is not None:
            raise StoreError("give either an Authorization header or a user and password, not both")
        if auth_header is None and credentials is None:
            auth_header = os.environ.get(AUTH_ENV) or None
        if auth_header is not None:
            auth_header = auth_header.strip()
            if not auth_header or any(c in auth_header for c in "\r\n\0"):
                raise StoreError("invalid Authorization header: give one line such as 'Bearer TOKEN'")
        if not timeout > 0:
            raise StoreError(f"timeout must be positive, got {timeout}")
        if retries < 0:
            raise StoreError(f"retries must be zero or more, got {retries}")
        fmt = output.normalize_format(rdf_format)
        if fmt not in _UPLOAD_TYPES:
            raise StoreError(f"cannot upload as {rdf_format!r}: use ntriples or turtle")
        self.rdf_format = fmt
        hosts = [urllib.parse.urlsplit(u).hostname or "" for u in (self.query_endpoint, self.store_endpoint)]
        self._http = HttpClient(
            hosts=hosts,
            auth_header=auth_header,
            credentials=credentials,
            timeout=float(timeout),
            retries=int(retries),
            backoff=max(0.0, float(backoff)),
        )
        #: where the last :meth:`load` put the input's own default graph: ``None`` for the
        #: server's default graph, else a named graph (:data:`VIEW_GRAPH` on Virtuoso)
        self.view_graph: str | None = None
        #: the row limit the server said it applied to the last query's answer (Virtuoso's
        #: ``X-SPARQL-MaxRows``: the answer may be cut), else ``None``
        self.row_limit: int | None = None
        #: the named graphs the last complete :meth:`load` replaced (the view graph included)
        self.loaded_graphs: list[str] = []
        self._no_default_graph: bool | None = None  # learnt: the Graph Store endpoint refuses ?default

    @property
    def timeout(self) -> float:
        return self._http.timeout

    @property
    def retries(self) -> int:
        return self._http.retries

    @staticmethod
    def _check_url(url: str, what: str) -> tuple[str, str | None, str | None]:
        """(URL without credentials, user, password)."""
        try:
            parts = urllib.parse.urlsplit(str(url))
            parts.port  # noqa: B018 - raises ValueError for a bad port
        except ValueError:
            parts = urllib.parse.SplitResult("", "", "", "", "")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"invalid {what} {redact(str(url))!r}: expected an http:// or https:// URL")
        return split_credentials(str(url))

    @staticmethod
    def _credentials(
        user: str | None, password: str | None, in_urls: list[tuple[str | None, str | None]]
    ) -> Credentials | None:
        url_users = {u for u, _ in in_urls if u is not None}
        url_passwords = {p for _, p in in_urls if p is not None}
        if len(url_users) > 1 or len(url_passwords) > 1:
            raise StoreError("the endpoint URLs name different users or passwords: give one user")
        url_user = next(iter(url_users), None)
        if user is not None and url_user is not None and user != url_user:
            raise StoreError(f"two users given: {user!r} and {url_user!r} in the endpoint URL")
        user = user if user is not None else url_user
        if user is None:
            if password is not None or url_passwords:
                raise StoreError("a password was given without a user")
            return None
        if password is None:
            password = next(iter(url_passwords), None)
        if password is None:
            password = os.environ.get(PASSWORD_ENV)
        if password is None:
            raise StoreError(f"no password for user {user!r}: set the {PASSWORD_ENV} environment variable")
        return Credentials(user, password)

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

    # -- Graph Store Protocol ------------------------------------------------------------

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
        self._http.request(
            method,
            url,
            shown=f"{method} {shown}",
            endpoint=self.store_endpoint,
            body=payload,
            headers={"Content-Type": _UPLOAD_TYPES[self.rdf_format]},
            permanent=(_NO_DEFAULT_GRAPH,),
        )

    def _default_graph_refused(self) -> bool:
        """Whether the Graph Store endpoint refuses ``?default`` (Virtuoso without a default
        graph configured); asked once, with a HEAD, only of a server that names itself Virtuoso."""
        if self._no_default_graph is None:
            if "virtuoso" not in self._http.server.lower():
                return False
            url, shown = self._gsp_url(None)
            try:
                self._http.request("HEAD", url, shown=f"HEAD {shown}", endpoint=self.store_endpoint, retries=0)
                self._no_default_graph = False
            except StoreError as e:
                if "HTTP 500" not in str(e):  # anything else is for the PUT to say
                    return False
                self._no_default_graph = True
        return self._no_default_graph

    # -- loading -----------------------------------------------------------------------

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
        input's own default graph when it has one (knowgraph's cross-article view).  A server
        without a writable default graph (Virtuoso) gets the input's own default graph in the
        named graph :data:`VIEW_GRAPH` (:attr:`view_graph` tells).  So one load is one
        snapshot: loading the same data twice leaves one copy, loading a rebuilt graph leaves
        no stale cross-article values, and a load that failed half-way (:class:`LoadIncomplete`)
        is completed by running it again.
        """
        rdf = read_input(data, format)
        named, own_default = graphs_to_send(rdf, graph)
        self.view_graph = None
        self.loaded_graphs = []
        sent: list[str] = []
        todo = sorted(named) + (["default"] if (union and named) or own_default is not None else [])
        count = 0
        try:
            for ident in sorted(named):
                parts = named[ident]
                g = parts[0] if len(parts) == 1 else merge(parts)
                self._send_graph("PUT", ident, g)
                sent.append(ident)
                count += len(g)
            if "default" in todo:
                count += self._load_default(rdf if union and named else own_default, own_default, sent)
        except StoreError as e:
            if not sent:
                raise
            raise LoadIncomplete(
                f"{e}; {load_progress(sent, todo)}", list(sent), [g for g in todo if g not in sent]
            ) from None
        except KeyboardInterrupt:
            raise LoadInterrupted(load_progress(sent, todo)) from None
        self.loaded_graphs = sorted(named) + ([self.view_graph] if self.view_graph else [])
        return count

    def _load_default(
        self, payload: rdflib.Graph | rdflib.Dataset | None, own_default: rdflib.Graph | None, sent: list[str]
    ) -> int:
        """Replace the default graph with ``payload`` (the merged view or the input's own
        default graph); where the server has none, put ``own_default`` in :data:`VIEW_GRAPH`.
        Returns the number of the input's own default-graph triples sent."""
        own = len(own_default) if own_default is not None else 0
        if not self._default_graph_refused():
            try:
                self._send_graph("PUT", None, payload)
                sent.append("default")
                return own
            except StoreError as e:
                if _NO_DEFAULT_GRAPH not in str(e):
                    raise
                self._no_default_graph = True
        # the server's default graph is the union of its graphs: no merged copy is needed,
        # and knowgraph's cross-article view goes to a named graph of its own
        if own_default is not None:
            self._send_graph("PUT", VIEW_GRAPH, own_default)
            self.view_graph = VIEW_GRAPH
        sent.append("default")
        return own

    def drop(self, graph: str | None) -> None:
        """Remove a named graph (``DELETE ?graph=IRI``) or, with ``None``, empty the default
        graph; a graph the server does not have is not an error."""
        url, shown = self._gsp_url(graph)
        try:
            self._http.request(
                "DELETE", url, shown=f"DELETE {shown}", endpoint=self.store_endpoint, permanent=(_NO_DEFAULT_GRAPH,)
            )
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
        form = _query_form(text)
        accept = {
            "SELECT": _ACCEPT_RESULTS,
            "ASK": _ACCEPT_RESULTS,
            "CONSTRUCT": _ACCEPT_RDF,
            "DESCRIBE": _ACCEPT_RDF,
        }.get(form or "", _ACCEPT_ANY)
        body = urllib.parse.urlencode({"query": text}).encode("utf-8")
        answer = self._http.request(
            "POST",
            self.query_endpoint,
            shown=f"query {self.query_endpoint}",
            endpoint=self.query_endpoint,
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        limit = answer.headers.get("X-SPARQL-MaxRows")
        self.row_limit = int(limit) if limit and limit.strip().isdigit() else None
        ctype, payload = answer.content_type, answer.body
        media = ctype.split(";")[0].strip().lower()
        if media in ("application/sparql-results+json", "application/json") or (
            not media and payload.lstrip()[:1] == b"{"
        ):
            return self._parse_results(payload, form)
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

    def _parse_results(self, payload: bytes, form: str | None = None) -> QueryAnswer:
        try:
            doc = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise StoreError(f"unreadable answer from {self.query_endpoint}: {one_line(e)}") from None
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
            raise StoreError(f"unreadable answer from {self.query_endpoint}: missing {one_line(e)}") from None
        if form == "ASK" and len(variables) == 1 and len(terms) <= 1:
            # Virtuoso with CaseMode 1 answers ASK as a table: one row, __ASK_RETVAL 1 or 0
            value = terms[0][variables[0]] if terms else None
            return value is not None and str(value).lower() in ("1", "true")
        rows = [{v: _python_value(t) for v, t in trow.items()} for trow in terms]
        return QueryResult(variables, rows, terms)

    def count(self, graphs: list[str] | None = None) -> int:
        """Number of triples in the default graph plus quads in the named graphs (what
        ``SELECT (COUNT(*) ...)`` over all graphs gives); with ``graphs``, the quads in those
        named graphs only (on Virtuoso, all graphs include the server's own)."""
        if graphs is None:
            sparql = _COUNT_ALL
        elif not graphs:
            return 0
        else:
            values = " ".join(f"<{g}>" for g in graphs)
            sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        result = self.query(sparql)
        if not isinstance(result, QueryResult) or len(result.rows) != 1:
            raise StoreError(f"unexpected answer from {self.query_endpoint} to a COUNT query")
        return int(next(iter(result.rows[0].values())))  # type: ignore[arg-type]

    def named_graphs(self) -> list[str]:
        """IRIs of the server's non-empty named graphs, sorted."""
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, QueryResult)
        return sorted(str(r["g"]) for r in result.rows if r["g"] is not None and not str(r["g"]).startswith("_:"))
