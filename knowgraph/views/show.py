"""A picture of a knowledge graph: an interactive HTML page, or a static SVG/PNG.

    knowgraph show kg.ttl -o graph.html                                  # interactive, filterable
    knowgraph show kg.ttl -o openai.svg --around "OpenAI" --depth 2      # static, for papers and slides
    knowgraph show kg.trig -o graph.png [--lang fr|en] [--hedged] [--title TEXT]

From Python::

    from knowgraph.rdf.output import parse
    from knowgraph.views.show import graph_view, write_picture
    view = graph_view(parse("kg.ttl"), lang="auto").around("OpenAI", depth=2)
    write_picture(view, "openai.svg")          # .html, .svg or .png

What is drawn: the entities (not the articles, statements, evidence or amount nodes), coloured by
class; the 13 relations as arrows labelled with their ``rdfs:label`` in the graph's language
(the language most of its articles are written in, or ``--lang``); the events
(``ai:Investment``, ``ai:Acquisition``, ``ai:Partnership``) as square nodes that carry their amount
and date, joined to their participants by their roles (investor, investee...). Event reports that
point to a more detailed report (``ai:sameEventAs``) are left out. ``--hedged`` adds the statements
that are not asserted (planned, negated...) as dashed edges.

``--around NAME --depth N`` keeps one entity's neighbourhood: the entities at most N relations
away, an event counting as one step between its participants.

The work is split in modules: :mod:`knowgraph.views.graph_view` reads what to draw from the graph,
:mod:`knowgraph.views.layout` computes the positions in Python (force-directed per connected
component with numpy, components packed side by side) so the browser never runs a layout,
:mod:`knowgraph.views.show_page` writes the HTML page (Cytoscape.js, vendored in
``knowgraph/data/web/cytoscape.min.js``: a graph of thousands of nodes appears at once) and
:mod:`knowgraph.views.show_picture` the static pictures with matplotlib (``pip install 'knowgraph[viz]'``).
This module joins them: the ``knowgraph show`` command and :func:`write_picture`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from rdflib import Dataset

from knowgraph.views.graph_view import Edge, GraphView, Node, ShowError, graph_language, graph_view
from knowgraph.views.layout import layout
from knowgraph.views.show_page import UI, page_data, render_html
from knowgraph.views.show_picture import render_picture
from knowgraph.views.visual import write_text_atomic

__all__ = [
    "FORMATS",
    "UI",
    "Edge",
    "GraphView",
    "Node",
    "ShowError",
    "graph_language",
    "graph_view",
    "layout",
    "main_show",
    "output_format",
    "page_data",
    "read_graphs",
    "render_html",
    "render_picture",
    "show",
    "write_picture",
]

#: Output formats by extension.
FORMATS = {".html": "html", ".htm": "html", ".svg": "svg", ".png": "png"}


def output_format(path: str | os.PathLike) -> str:
    """``html``, ``svg`` or ``png`` from the extension; :class:`ShowError` otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ShowError(f"{path}: unsupported picture format {suffix or '(none)'!r}: use .html, .svg or .png")
    return FORMATS[suffix]


def write_picture(view: GraphView, path: str | os.PathLike, title: str | None = None) -> None:
    """Write the picture in the format of the extension: ``.html``, ``.svg`` or ``.png``."""
    fmt = output_format(path)
    if fmt == "html":
        write_text_atomic(path, render_html(view, title))
    else:
        render_picture(view, path, fmt, title)


def read_graphs(files: Sequence[str | os.PathLike]) -> Dataset:
    """Read and merge RDF files knowgraph writes (.ttl .trig .nt .nq .jsonld)."""
    from knowgraph.rdf.output import parse

    merged = Dataset()
    for name in files:
        if not Path(name).is_file():
            raise ShowError(f"{name}: no such file")
        data = parse(name)
        if len(files) == 1:
            return data
        for s, p, o, g in data.quads((None, None, None, None)):
            merged.add((s, p, o, g))
    return merged


def show(
    files: Sequence[str | os.PathLike],
    output: str | os.PathLike,
    *,
    around: str | None = None,
    depth: int = 2,
    lang: str = "auto",
    hedged: bool = False,
    title: str | None = None,
) -> GraphView:
    """``knowgraph show``: read graphs, keep ``around``'s neighbourhood if asked, write the picture."""
    output_format(output)  # a bad extension fails before any work
    view = graph_view(read_graphs(files), lang=lang, hedged=hedged)
    if around:
        view = view.around(around, depth)
        label = view.nodes[view.centre[0]].label
        view.title = title or (
            {"fr": "Voisinage de {n} (profondeur {d})"}.get(view.lang, "Around {n} (depth {d})").format(
                n=label, d=depth
            )
        )
    write_picture(view, output, title)
    return view


def main_show(args) -> int:
    """``knowgraph show`` (called by :mod:`knowgraph.cli`): returns the exit code."""
    import sys

    view = show(
        args.files,
        args.output,
        around=args.around,
        depth=args.depth,
        lang=args.lang,
        hedged=args.hedged,
        title=args.title,
    )
    entities = sum(1 for n in view.nodes.values() if not n.event)
    print(
        f"knowgraph: {entities} entities, {len(view.nodes) - entities} events, {len(view.edges)} edges -> {args.output}",
        file=sys.stderr,
    )
    return 0
