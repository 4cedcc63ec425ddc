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

Positions are computed here (:func:`layout`: force-directed per connected component with numpy,
components packed side by side), so the browser never runs a layout: the HTML page draws with
Cytoscape.js (vendored, ``knowgraph/data/web/cytoscape.min.js``) and a graph of thousands of
nodes appears at once. Static pictures use matplotlib (``pip install 'knowgraph[viz]'``).
"""

from __future__ import annotations

import json
import math
import os
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, URIRef

from knowgraph import __version__
from knowgraph.rdf.namespace import AI, EVENT_CLASSES, KGE, KGS, RELATIONS, SCHEMA, SYMMETRIC_RELATIONS, WD
from knowgraph.views.visual import (
    CLASS_COLOURS,
    CLASS_ORDER,
    OTHER_COLOUR,
    asset,
    esc,
    script_json,
    short_amount,
    term_label,
    ui_language,
    write_text_atomic,
)

#: Output formats by extension.
FORMATS = {".html": "html", ".htm": "html", ".svg": "svg", ".png": "png"}

_AI = str(AI._NS)
_ENTITY_CLASSES = ("Company", "Organization", "Person", "AIModel", "Product", "Place", "Project")
_EVENT_NAMES = tuple(str(c)[len(_AI) :] for c in EVENT_CLASSES)
_RELATION_NAMES = tuple(str(r)[len(_AI) :] for r in RELATIONS)
_SYMMETRIC = frozenset(str(r)[len(_AI) :] for r in SYMMETRIC_RELATIONS)
_ROLES = ("investor", "investee", "acquirer", "acquiree", "partner")

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


class ShowError(ValueError):
    """A graph that cannot be drawn as asked (unknown ``--around`` name, unsupported extension)."""


@dataclass
class Node:
    """An entity or event node of the picture."""

    id: str  # the IRI
    label: str
    cls: str  # local name of its class: "Organization", "Investment"...
    event: bool = False
    qid: str | None = None
    alt: list[str] = field(default_factory=list)
    amount: str = ""  # events: the amount, short ("600 M EUR")
    date: str = ""  # events: the date as in the graph ("2024-06")

    @property
    def caption(self) -> str:
        """The text drawn on the node: the name, or for an event its type, amount and date."""
        if not self.event:
            return self.label
        details = " \u00b7 ".join(x for x in (self.amount, self.date) if x)
        return f"{self.label}\n{details}" if details else self.label


@dataclass
class Edge:
    """A relation between two nodes: a direct triple, an event role, or (``--hedged``) a statement."""

    source: str
    target: str
    relation: str  # local name: "investedIn", or a role: "investor"
    status: str = "Asserted"
    confidence: float | None = None

    @property
    def role(self) -> bool:
        return self.relation in _ROLES


@dataclass
class GraphView:
    """The drawable part of a knowledge graph, with labels in ``lang``."""

    nodes: dict[str, Node]
    edges: list[Edge]
    lang: str = "en"
    centre: tuple[str, ...] = ()
    title: str = ""

    def find(self, name: str) -> list[str]:
        """The nodes called ``name`` (label, other name, IRI or key; case and accents ignored),
        else those whose name contains it."""
        wanted = _fold(name)
        exact, partial = [], []
        for node in self.nodes.values():
            names = [node.label, *node.alt, node.id, node.id.rsplit("/", 1)[-1]]
            folded = [_fold(n) for n in names]
            if wanted in folded:
                exact.append(node.id)
            elif not node.event and any(wanted in f for f in folded[:-2] if f):
                partial.append(node.id)
        return sorted(exact or partial)

    def around(self, name: str, depth: int = 2) -> GraphView:
        """The neighbourhood of the entity ``name``: entities at most ``depth`` relations away (an
        event is one step between its participants). Raises :class:`ShowError` for an unknown name."""
        if depth < 0:
            raise ShowError(f"--depth must be 0 or more, got {depth}")
        seeds = self.find(name)
        if not seeds:
            close = sorted(
                n.label
                for n in self.nodes.values()
                if not n.event and _fold(name)[:3] and _fold(n.label).startswith(_fold(name)[:3])
            )[:5]
            hint = f" (did you mean: {', '.join(close)}?)" if close else ""
            raise ShowError(f"no entity called {name!r} in the graph{hint}")
        neighbours: dict[str, set[str]] = defaultdict(set)
        for edge in self.edges:
            neighbours[edge.source].add(edge.target)
            neighbours[edge.target].add(edge.source)
        keep = set(seeds)
        frontier = set(seeds)
        for _ in range(depth):
            reached = set()
            for node in frontier:
                for other in neighbours[node]:
                    reached.add(other)
                    if self.nodes[other].event:  # an event and all its participants are one step
                        reached |= neighbours[other]
            frontier = reached - keep
            keep |= reached
            if not frontier:
                break
        view = self.subgraph(keep)
        view.centre = tuple(seeds)
        return view

    def subgraph(self, ids: Iterable[str]) -> GraphView:
        keep = set(ids)
        return GraphView(
            {k: v for k, v in self.nodes.items() if k in keep},
            [e for e in self.edges if e.source in keep and e.target in keep],
            self.lang,
            self.centre,
            self.title,
        )


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).casefold()
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _quads(data: Dataset | Graph):
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from data.triples((None, None, None))


def graph_language(data: Dataset | Graph) -> str:
    """The language most articles of the graph are written in ("en" when there are none)."""
    counts = Counter(str(o) for s, p, o in _quads(data) if p == SCHEMA.inLanguage)
    if not counts:
        return "en"
    return ui_language(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != "en", kv[0]))[0][0])


def graph_view(data: Dataset | Graph, lang: str = "auto", hedged: bool = False) -> GraphView:
    """What to draw of a knowledge graph read by :func:`knowgraph.rdf.output.parse` (or built by knowgraph)."""
    lang = graph_language(data) if lang in (None, "", "auto") else ui_language(lang)
    types: dict[URIRef, set[str]] = defaultdict(set)
    extracted: dict[URIRef, set[str]] = defaultdict(set)
    labels: dict[URIRef, str] = {}
    alts: dict[URIRef, set[str]] = defaultdict(set)
    forms: dict[URIRef, set[str]] = defaultdict(set)
    qids: dict[URIRef, str] = {}
    direct: set[tuple[URIRef, str, URIRef]] = set()
    statement: dict[URIRef, dict] = defaultdict(dict)
    event_type: dict[URIRef, str] = {}
    roles: dict[URIRef, set[tuple[str, URIRef]]] = defaultdict(set)
    event_amount: dict[URIRef, URIRef] = {}
    event_date: dict[URIRef, str] = {}
    same_event: set[URIRef] = set()
    amounts: dict[URIRef, dict[str, str]] = defaultdict(dict)
    for s, p, o in _quads(data):
        if p == RDF.type:
            name = str(o)[len(_AI) :] if str(o).startswith(_AI) else None
            if name in _ENTITY_CLASSES:
                types[s].add(name)
            elif name in _EVENT_NAMES:
                event_type[s] = name
        elif p == RDFS.label:
            labels[s] = str(o)
        elif p == SKOS.altLabel:
            alts[s].add(str(o))
        elif p == AI.surfaceForm:
            forms[s].add(str(o))
        elif p == AI.extractedType:
            extracted[s].add(str(o)[len(_AI) :])
        elif p == OWL.sameAs and str(o).startswith(str(WD)):
            qids[s] = str(o)[len(str(WD)) :]
        elif p in (RDF.subject, RDF.predicate, RDF.object):
            statement[s][p] = o
        elif p == AI.status:
            statement[s]["status"] = str(o)[len(_AI) :]
        elif p == AI.confidence and str(s).startswith(str(KGS)):
            statement[s]["confidence"] = max(float(o), statement[s].get("confidence", 0.0))
        elif str(p).startswith(_AI) and str(p)[len(_AI) :] in _RELATION_NAMES:
            direct.add((s, str(p)[len(_AI) :], o))
        elif str(p).startswith(_AI) and str(p)[len(_AI) :] in _ROLES:
            roles[s].add((str(p)[len(_AI) :], o))
        elif p == AI.amount:
            event_amount[s] = o
        elif p == AI.date:
            event_date[s] = str(o)
        elif p == AI.sameEventAs:
            same_event.add(s)
        elif p in (SCHEMA.currency, SCHEMA.value, SCHEMA.minValue, SCHEMA.maxValue):
            amounts[s][str(p)[len(str(SCHEMA)) :]] = str(o)

    nodes: dict[str, Node] = {}

    def entity(term: URIRef) -> Node | None:
        key = str(term)
        if key in nodes:
            return nodes[key]
        classes = types.get(term) or extracted.get(term)
        if not classes and not key.startswith(str(KGE)):
            return None
        order = [c for c in _ENTITY_CLASSES if c in (classes or ())]
        cls = order[0] if order else "Organization"
        label = labels.get(term) or (
            sorted(forms[term], key=lambda f: (-len(f), f))[0] if forms.get(term) else key.rsplit("/", 1)[-1]
        )
        names = sorted((alts.get(term, set()) | forms.get(term, set())) - {label})
        nodes[key] = Node(key, label, cls, qid=qids.get(term), alt=names)
        return nodes[key]

    for term in sorted(set(types) | set(extracted)):
        entity(term)
    edges: list[Edge] = []
    confidence: dict[tuple, float] = {}
    for parts in statement.values():
        if RDF.predicate in parts:
            key = (
                parts.get(RDF.subject),
                str(parts[RDF.predicate])[len(_AI) :],
                parts.get(RDF.object),
                parts.get("status", "Asserted"),
            )
            confidence[key] = max(parts.get("confidence", 0.0), confidence.get(key, 0.0))
    for s, relation, o in sorted(direct):
        if entity(s) is not None and entity(o) is not None:
            edges.append(Edge(str(s), str(o), relation, "Asserted", confidence.get((s, relation, o, "Asserted"))))
    if hedged:
        for (s, relation, o, status), conf in sorted(confidence.items(), key=lambda kv: tuple(map(str, kv[0]))):
            if status != "Asserted" and relation in _RELATION_NAMES and entity(s) is not None and entity(o) is not None:
                edges.append(Edge(str(s), str(o), relation, status, conf))
    for term, cls in sorted(event_type.items()):
        if term in same_event:
            continue
        amount = ""
        if term in event_amount:
            parts = amounts.get(event_amount[term], {})
            dec = {k: Decimal(v) for k, v in parts.items() if k != "currency"}
            amount = short_amount(
                parts.get("currency"), dec.get("value"), dec.get("minValue"), dec.get("maxValue"), lang
            )
        node = Node(str(term), term_label(cls, lang), cls, event=True, amount=amount, date=event_date.get(term, ""))
        nodes[node.id] = node
        for role, participant in sorted(roles.get(term, ())):
            if entity(participant) is not None:
                edges.append(Edge(node.id, str(participant), role))
    return GraphView(nodes, edges, lang)


# --- layout ------------------------------------------------------------------------------------

#: Pixels per unit of layout length (the ideal edge length is one unit).
SCALE = 90.0
#: Components up to this size get exact all-pairs repulsion; bigger ones a sampled one.
EXACT_REPULSION = 700
SAMPLE = 200


def _force(n: int, pairs, rng) -> np.ndarray:  # noqa: F821 - numpy is imported when a picture is drawn
    """Fruchterman-Reingold positions of one connected component (numpy, repulsion in chunks)."""
    import numpy as np

    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[0.0, 0.0], [1.0, 0.0]])
    side = math.sqrt(n)
    pos = (rng.random((n, 2)) - 0.5) * side
    src = np.array([a for a, _ in pairs], dtype=np.int64)
    dst = np.array([b for _, b in pairs], dtype=np.int64)
    iterations = 200 if n < 100 else 120
    temperature = side / 4
    exact = n <= EXACT_REPULSION
    chunk = max(1, 2_000_000 // n)
    pos = pos.astype(np.float32)
    for step in range(iterations):
        disp = np.zeros_like(pos)
        if exact:
            for a in range(0, n, chunk):
                delta = pos[a : a + chunk, None, :] - pos[None, :, :]
                dist2 = np.maximum((delta * delta).sum(-1), 1e-4)
                disp[a : a + chunk] += (delta / dist2[..., None]).sum(1)  # k² / d along the unit vector
        else:  # big components: repulsion from a fresh random sample of nodes, scaled up (O(n·m))
            others = pos[rng.choice(n, SAMPLE, replace=False)]
            delta = pos[:, None, :] - others[None, :, :]
            dist2 = np.maximum((delta * delta).sum(-1), 1e-4)
            disp += (delta / dist2[..., None]).sum(1) * ((n - 1) / SAMPLE)
        delta = pos[src] - pos[dst]
        dist = np.sqrt((delta * delta).sum(-1))[:, None]
        pull = delta * dist  # d² / k along the unit vector
        np.add.at(disp, src, -pull)
        np.add.at(disp, dst, pull)
        disp -= pos * (0.02 * math.sqrt(n) / side)  # a little gravity keeps leaves close
        length = np.maximum(np.sqrt((disp * disp).sum(-1)), 1e-6)[:, None]
        pos += disp / length * np.minimum(length, temperature)
        temperature = max(side / 4 * (1 - (step + 1) / iterations), 0.01)
    return pos.astype(float)


def layout(view: GraphView, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions (pixels) of every node: force-directed per connected component, components packed
    in rows, biggest first. Deterministic for a given graph."""
    import numpy as np

    ids = sorted(view.nodes)
    index = {node: i for i, node in enumerate(ids)}
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs = set()
    for edge in view.edges:
        a, b = index[edge.source], index[edge.target]
        if a != b:
            pairs.add((min(a, b), max(a, b)))
            parent[root(a)] = root(b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ids)):
        members[root(i)].append(i)
    components = sorted(members.values(), key=lambda m: (-len(m), m[0]))
    by_component = defaultdict(list)
    for a, b in sorted(pairs):
        by_component[root(a)].append((a, b))
    rng = np.random.default_rng(seed)
    boxes = []
    for comp in components:
        local = {g: i for i, g in enumerate(comp)}
        pos = _force(len(comp), [(local[a], local[b]) for a, b in by_component[root(comp[0])]], rng)
        if len(comp) > 2:  # turn the component so that its long side is horizontal (screens, slides)
            pos = pos - pos.mean(axis=0)
            _, vectors = np.linalg.eigh(pos.T @ pos)
            pos = pos @ vectors[:, ::-1]
        pos -= pos.min(axis=0)
        boxes.append((comp, pos, pos.max(axis=0) + (1.6, 1.0)))  # room for the labels
    total = sum(float(w * h) for _, _, (w, h) in boxes)
    row_width = max(math.sqrt(total * 1.6), float(boxes[0][2][0]) if boxes else 1.0)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for comp, pos, (w, h) in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for g, (px, py) in zip(comp, pos, strict=False):
            out[ids[g]] = (round((x + px) * SCALE, 1), round((y + py) * SCALE, 1))
        x += float(w)
        row_height = max(row_height, float(h))
    return out


# --- HTML --------------------------------------------------------------------------------------


def _classes_used(view: GraphView) -> list[str]:
    used = {n.cls for n in view.nodes.values()}
    return [c for c in CLASS_ORDER if c in used] + sorted(used - set(CLASS_ORDER))


def page_data(view: GraphView) -> dict:
    """The JSON the page draws from (compact arrays: thousands of nodes stay small)."""
    positions = layout(view)
    ids = sorted(view.nodes)
    index = {node: i for i, node in enumerate(ids)}
    classes = _classes_used(view)
    class_index = {c: i for i, c in enumerate(classes)}
    relations = sorted(
        {e.relation for e in view.edges},
        key=lambda r: (r in _ROLES, (_RELATION_NAMES + _ROLES).index(r) if r in _RELATION_NAMES + _ROLES else 99, r),
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
                node.qid or "",
                1 if node.event else 0,
                degree[node_id],
                " | ".join(node.alt[:8]),
                1 if node_id in view.centre else 0,
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
                "event": c in _EVENT_NAMES,
            }
            for c in classes
        ],
        "relations": [
            {
                "name": r,
                "label": term_label(r, view.lang),
                "count": counts_rel[r],
                "role": r in _ROLES,
                "symmetric": r in _SYMMETRIC,
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
    entities = sorted((n for n in view.nodes.values() if not n.event), key=lambda n: _fold(n.label))
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


# --- static pictures ---------------------------------------------------------------------------


def render_picture(view: GraphView, path: str | os.PathLike, fmt: str, title: str | None = None) -> None:
    """Draw the graph with matplotlib into ``path`` (``fmt``: "svg" or "png"), atomically."""
    try:
        import matplotlib
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError:
        raise ShowError(".svg and .png pictures need matplotlib: pip install 'knowgraph[viz]'") from None
    if not view.nodes:
        raise ShowError("nothing to draw: the graph has no entity")
    positions = layout(view)
    n = len(view.nodes)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = max(xs) - min(xs) + SCALE, max(ys) - min(ys) + SCALE
    width = min(32.0, max(8.0, span_x / SCALE * 0.9))
    height = min(32.0, max(5.0, width * span_y / span_x + 0.8))
    degree = Counter()
    for e in view.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    labelled = set(view.nodes) if n <= 400 else {k for k, _ in degree.most_common(80)} | set(view.centre)
    show_edge_labels = len(view.edges) <= 400
    title = title or view.title or UI[view.lang]["title"]
    with matplotlib.rc_context(
        {"svg.hashsalt": "knowgraph", "svg.fonttype": "none", "font.family": ["DejaVu Sans", "sans-serif"]}
    ):
        fig = Figure(figsize=(width, height), dpi=150)
        ax = fig.add_axes((0.01, 0.01, 0.98, 0.92))
        ax.set_axis_off()
        ax.set_aspect("equal")
        ax.invert_yaxis()  # the same orientation as the HTML page
        fig.suptitle(title, fontsize=12, x=0.01, ha="left", y=0.985)

        def radius(node_id: str) -> float:  # in points
            return 5.0 + min(9.0, 1.6 * math.sqrt(degree[node_id]))

        if len(view.edges) > 600:  # many edges: one collection of plain lines, no arrows (fast)
            from matplotlib.collections import LineCollection

            ax.add_collection(
                LineCollection(
                    [(positions[e.source], positions[e.target]) for e in view.edges],
                    zorder=1,
                    linewidths=0.4,
                    colors=[
                        "#c2a5cf" if e.role else ("#e08a2c" if e.status != "Asserted" else "#8c959f")
                        for e in view.edges
                    ],
                    alpha=0.6,
                )
            )
        for e in view.edges if len(view.edges) <= 600 else ():
            (x1, y1), (x2, y2) = positions[e.source], positions[e.target]
            colour = "#c2a5cf" if e.role else ("#e08a2c" if e.status != "Asserted" else "#8c959f")
            style = "-" if (e.role or e.relation in _SYMMETRIC) else "-|>"
            ax.annotate(
                "",
                xy=(x2, y2),
                xytext=(x1, y1),
                zorder=1,
                arrowprops=dict(
                    arrowstyle=style,
                    color=colour,
                    lw=0.9,
                    shrinkA=radius(e.source),
                    shrinkB=radius(e.target),
                    mutation_scale=9,
                    linestyle=(0, (4, 2)) if e.status != "Asserted" else (0, (2, 2)) if e.role else "-",
                ),
            )
            if show_edge_labels:
                label = term_label(e.relation, view.lang)
                if e.status != "Asserted":
                    label += f" ({term_label(e.status, view.lang)})"
                ax.text(
                    (x1 + x2) / 2,
                    (y1 + y2) / 2,
                    label,
                    fontsize=5.5,
                    color="#57606a",
                    ha="center",
                    va="center",
                    zorder=2,
                    bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.75),
                )
        handles = []
        for cls in _classes_used(view):
            members = [k for k, v in view.nodes.items() if v.cls == cls]
            colour = CLASS_COLOURS.get(cls, OTHER_COLOUR)
            marker = "s" if cls in _EVENT_NAMES else "o"
            ax.scatter(
                [positions[k][0] for k in members],
                [positions[k][1] for k in members],
                s=[(2 * radius(k)) ** 2 for k in members],
                c=colour,
                marker=marker,
                zorder=3,
                edgecolors=["#000000" if k in view.centre else "white" for k in members],
                linewidths=[2.0 if k in view.centre else 0.8 for k in members],
            )
            handles.append(
                Line2D(
                    [],
                    [],
                    marker=marker,
                    color="none",
                    markerfacecolor=colour,
                    markeredgecolor="white",
                    markersize=8,
                    label=f"{term_label(cls, view.lang)} ({len(members)})",
                )
            )
        for k in sorted(labelled):
            node = view.nodes[k]
            x, y = positions[k]
            ax.annotate(
                node.caption,
                (x, y),
                xytext=(0, -radius(k) - 1.5),
                textcoords="offset points",
                ha="center",
                va="top",
                fontsize=7 if not node.event else 6.5,
                zorder=4,
                fontweight="bold" if k in view.centre else "normal",
                bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.6),
            )
        pad = SCALE * 0.7
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(max(ys) + pad, min(ys) - pad)
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.0, 1.0),
            fontsize=7,
            frameon=True,
            framealpha=0.85,
            borderaxespad=0.2,
        )
        target = Path(path)
        folder = target.resolve().parent
        if not folder.is_dir():
            raise OSError(f"cannot write {path}: no such folder {folder}")
        tmp = folder / f".{target.name}.tmp"
        metadata = (
            {"Date": None, "Creator": f"knowgraph {__version__}"}
            if fmt == "svg"
            else {"Software": f"knowgraph {__version__}"}
        )
        try:
            fig.savefig(tmp, format=fmt, metadata=metadata, facecolor="white")
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                tmp.unlink()


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
