"""The interactive HTML page of a graph picture: Cytoscape.js and the graph's data inside one file.

    from knowgraph.views.show_page import render_html
    open("graph.html", "w").write(render_html(view, title="AI deals"))

The page draws with Cytoscape.js (vendored, ``knowgraph/data/web/cytoscape.min.js``) at the
positions :func:`knowgraph.views.layout.layout` computed, so a graph of thousands of nodes appears
at once; ``knowgraph/data/web/show.js`` adds the filters and the details panel.
"""

from __future__ import annotations

import json
from collections import Counter

from knowgraph import __version__
from knowgraph.views.graph_view import (
    EVENT_NAMES,
    RELATION_NAMES,
    ROLES,
    SYMMETRIC,
    GraphView,
    classes_used,
    fold,
)
from knowgraph.views.layout import layout
from knowgraph.views.visual import (
    CLASS_COLOURS,
    OTHER_COLOUR,
    asset,
    esc,
    link_target,
    script_json,
    term_label,
    wikidata_id,
)

UI: dict[str, dict[str, str]] = {
    "en": {
        "title": "Knowledge graph",
        "search": "Entity",
        "placeholder": "name, e.g. OpenAI",
        "depth": "depth",
        "show": "Show",
        "all": "All",
        "relations": "Relations",
        "classes": "Classes",
        "hedged": "not asserted",
        "shown": "{n} nodes, {e} edges shown of {N} nodes, {E} edges",
        "nomatch": "no entity matches \u201c{q}\u201d",
        "neighbours": "neighbours",
        "focus": "Show its neighbourhood",
        "noscript": "This page draws the graph with JavaScript, which is turned off. The entities are listed below.",
        "roles": "event roles",
        "help": "Click a node for details, double-click to focus on it; scroll to zoom.",
    },
    "fr": {
        "title": "Graphe de connaissances",
        "search": "Entité",
        "placeholder": "nom, p. ex. OpenAI",
        "depth": "profondeur",
        "show": "Afficher",
        "all": "Tout",
        "relations": "Relations",
        "classes": "Classes",
        "hedged": "non affirmés",
        "shown": "{n} nœuds, {e} arêtes affichés sur {N} nœuds, {E} arêtes",
        "nomatch": "aucune entité ne correspond à « {q} »",
        "neighbours": "voisins",
        "focus": "Afficher son voisinage",
        "noscript": "Cette page dessine le graphe avec JavaScript, qui est désactivé. Les entités sont listées ci-dessous.",
        "roles": "rôles dans les événements",
        "help": "Cliquer sur un nœud pour le détail, double-cliquer pour centrer sur lui ; molette pour zoomer.",
    },
}


def page_data(view: GraphView) -> dict:
    """The JSON the page draws from (compact arrays: thousands of nodes stay small).

    A node is ``[iri, caption, class index, x, y, Wikidata id or "", event?, degree, other names,
    centre?, linkable?]``: only Wikidata item ids and http(s) IRIs may become links in the page (a
    graph from elsewhere may hold ``javascript:`` IRIs); the page checks again before linking."""
    positions = layout(view)
    ids = sorted(view.nodes)
    index = {node: i for i, node in enumerate(ids)}
    classes = classes_used(view)
    class_index = {c: i for i, c in enumerate(classes)}
    relations = sorted(
        {e.relation for e in view.edges},
        key=lambda r: (r in ROLES, (RELATION_NAMES + ROLES).index(r) if r in RELATION_NAMES + ROLES else 99, r),
    )
    relation_index = {r: i for i, r in enumerate(relations)}
    statuses = ["Asserted", "Reported", "Planned", "Hypothetical", "Negated", "Denied"]
    degree = Counter()
    for e in view.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    counts_cls = Counter(n.cls for n in view.nodes.values())
    counts_rel = Counter(e.relation for e in view.edges)
    nodes = []
    for node_id in ids:
        node = view.nodes[node_id]
        x, y = positions[node_id]
        nodes.append(
            [
                node_id,
                node.caption,
                class_index[node.cls],
                x,
                y,
                wikidata_id(node.qid) or "",
                1 if node.event else 0,
                degree[node_id],
                " | ".join(node.alt[:8]),
                1 if node_id in view.centre else 0,
                1 if link_target(node_id) else 0,  # the details panel links only http(s) IRIs
            ]
        )
    edges = [
        [
            index[e.source],
            index[e.target],
            relation_index[e.relation],
            statuses.index(e.status) if e.status in statuses else 0,
            None if e.confidence is None else round(e.confidence, 3),
        ]
        for e in view.edges
    ]
    ui = dict(UI[view.lang])
    return {
        "lang": view.lang,
        "ui": ui,
        "version": __version__,
        "classes": [
            {
                "name": c,
                "label": term_label(c, view.lang),
                "colour": CLASS_COLOURS.get(c, OTHER_COLOUR),
                "count": counts_cls[c],
                "event": c in EVENT_NAMES,
            }
            for c in classes
        ],
        "relations": [
            {
                "name": r,
                "label": term_label(r, view.lang),
                "count": counts_rel[r],
                "role": r in ROLES,
                "symmetric": r in SYMMETRIC,
            }
            for r in relations
        ],
        "statuses": [term_label(s, view.lang) for s in statuses],
        "nodes": nodes,
        "edges": edges,
    }


def render_html(view: GraphView, title: str | None = None) -> str:
    """A self-contained interactive page (Cytoscape.js and the data inside; no network needed)."""
    ui = UI[view.lang]
    title = title or view.title or ui["title"]
    data = page_data(view)
    entities = sorted((n for n in view.nodes.values() if not n.event), key=lambda n: fold(n.label))
    listing = "".join(f"<li>{esc(n.label)} ({esc(term_label(n.cls, view.lang))})</li>" for n in entities[:2000])
    return (
        f'<!DOCTYPE html>\n<html lang="{view.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="knowgraph {esc(__version__)}">\n<title>{esc(title)}</title>\n'
        f"<style>\n{asset('show.css')}</style>\n</head>\n"
        f'<body class="kg-show" data-nodes="{len(view.nodes)}" data-edges="{len(view.edges)}">\n'
        f'<header class="kg-bar"><h1>{esc(title)}</h1>'
        f'<form id="kg-search" class="kg-search" autocomplete="off"><label>{esc(ui["search"])} '
        f'<input id="kg-q" type="search" list="kg-names" placeholder="{esc(ui["placeholder"])}"></label> '
        f'<label>{esc(ui["depth"])} <select id="kg-depth"><option>0</option><option selected>1</option>'
        f"<option>2</option><option>3</option></select></label> "
        f'<button type="submit">{esc(ui["show"])}</button> <button type="button" id="kg-all">{esc(ui["all"])}</button>'
        f'<datalist id="kg-names"></datalist></form>'
        f'<span id="kg-status" class="kg-status"></span></header>\n'
        f'<div class="kg-main"><aside class="kg-side"><h2>{esc(ui["classes"])}</h2><div id="kg-classes"></div>'
        f'<h2>{esc(ui["relations"])}</h2><div id="kg-relations"></div>'
        f'<div id="kg-info" class="kg-info"></div><p class="kg-help">{esc(ui["help"])}</p></aside>'
        f'<div id="kg-cy" class="kg-cy" role="img" aria-label="{esc(title)}"></div></div>\n'
        f'<noscript><p>{esc(ui["noscript"])}</p><ul class="kg-list">{listing}</ul></noscript>\n'
        f'<script id="kg-data" type="application/json">{script_json(json.dumps(data, ensure_ascii=False, separators=(",", ":")))}</script>\n'
        f"<script>\n{asset('cytoscape.min.js')}\n</script>\n<script>\n{asset('show.js')}</script>\n</body>\n</html>\n"
    )
