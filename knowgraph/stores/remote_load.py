"""What :meth:`RemoteStore.load <knowgraph.stores.remote.RemoteStore.load>` sends, and what it
says when it stops half-way.

    >>> from knowgraph.stores.remote_load import graphs_to_send, read_input
    >>> named, own_default = graphs_to_send(read_input("out/graph.trig", None), None)  # doctest: +SKIP
    >>> sorted(named)[:1], len(own_default)                                              # doctest: +SKIP
    (['https://w3id.org/knowgraph/article/...'], 1234)

The input (graphs, files, or a list of them merged first) is cut into the named graphs to replace
one by one and the input's own default graph; a load that fails after some of them were sent
raises :class:`LoadIncomplete` (Ctrl-C: :class:`LoadInterrupted`), whose message says which
were sent and which were not. The server-side part (HTTP, where the default graph goes) stays
in :mod:`knowgraph.stores.remote`, which also exports the two error types.
"""

from __future__ import annotations

import os
from typing import Any

import rdflib
from rdflib.term import URIRef

from knowgraph.rdf import output
from knowgraph.stores.embedded import StoreError

__all__ = ["LoadIncomplete", "LoadInterrupted", "graphs_to_send", "load_progress", "read_input"]


class LoadInterrupted(KeyboardInterrupt):
    """Ctrl-C during a load: the message says what was sent and what was not (as for
    :class:`LoadIncomplete`); running the same load again completes it."""


class LoadIncomplete(StoreError):
    """A load stopped half-way: the message names the error, what was sent and what was not.
    Every request of a load replaces a whole graph, so running the same load again completes it."""

    def __init__(self, message: str, sent: list[str], unsent: list[str]) -> None:
        super().__init__(message)
        #: graphs replaced before the failure ("default" for the default graph), and the others
        self.sent, self.unsent = sent, unsent


def _graphs_text(names: list[str]) -> str:
    named = [n for n in names if n != "default"]
    parts = []
    if named:
        parts.append(f"<{named[0]}>" if len(named) == 1 else f"{len(named)} named graphs")
    if "default" in names:
        parts.append("the default graph")
    return " and ".join(parts) or "nothing"


def load_progress(sent: list[str], todo: list[str]) -> str:
    """What a load that stopped has done: ``todo`` the graphs to replace, in order ("default" for
    the default graph), ``sent`` those replaced so far."""
    unsent = _graphs_text([g for g in todo if g not in sent])
    return (
        f"load incomplete: {len(sent)} of {len(todo)} graphs replaced, not sent: {unsent}; "
        "run the same load again to complete it"
    )


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


def read_input(data: Any, fmt: str | None) -> rdflib.Graph | rdflib.Dataset:
    """The RDF to load: an rdflib Graph/Dataset as is, an RDF file parsed (``fmt`` overrides the
    extension), a list of them merged into one Dataset."""
    if not isinstance(data, (list, tuple)):
        return _read_one(data, fmt)
    if len(data) == 1:
        return _read_one(data[0], fmt)
    merged = rdflib.Dataset()
    for item in data:
        for ident, g in output._graph_parts(_read_one(item, fmt)):
            target = merged.default_graph if ident is None else merged.graph(ident)
            for t in g:
                target.add(t)
    return merged


def graphs_to_send(
    rdf: rdflib.Graph | rdflib.Dataset, graph: str | None
) -> tuple[dict[str, list[rdflib.Graph]], rdflib.Graph | None]:
    """(the non-empty named graphs of ``rdf`` by IRI, its own default graph or ``None``); with
    ``graph``, the default graph's triples go to the named graph of that IRI instead."""
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
    own_default = (default[0] if len(default) == 1 else merge(default)) if default else None
    if own_default is not None and graph is not None:
        named.setdefault(str(graph), []).append(own_default)
        own_default = None
    return named, own_default


def merge(graphs: list[rdflib.Graph]) -> rdflib.Graph:
    """One Graph of the triples of ``graphs``."""
    merged = rdflib.Graph()
    for g in graphs:
        for t in g:
            merged.add(t)
    return merged
