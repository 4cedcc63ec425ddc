"""Positions of a graph picture's nodes, computed in Python so that the browser never runs a layout.

    from knowgraph.views.layout import layout
    positions = layout(view)          # {node IRI: (x, y) in pixels}, the same for the same graph

Force-directed (Fruchterman-Reingold with numpy) per connected component, components packed side
by side in rows, biggest first.
"""

from __future__ import annotations

import math
from collections import defaultdict

from knowgraph.views.graph_view import GraphView

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
