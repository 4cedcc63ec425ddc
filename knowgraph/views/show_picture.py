"""Static graph pictures (SVG, PNG) drawn with matplotlib (``pip install 'knowgraph[viz]'``).

    from knowgraph.views.show_picture import render_picture
    render_picture(view, "openai.svg", "svg", title="Around OpenAI")

The same positions as the HTML page (:func:`knowgraph.views.layout.layout`); the files are written
atomically and carry no date, so the same graph gives the same bytes.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from pathlib import Path

from knowgraph import __version__
from knowgraph.views.graph_view import EVENT_NAMES, SYMMETRIC, GraphView, ShowError, classes_used
from knowgraph.views.layout import SCALE, layout
from knowgraph.views.show_page import UI
from knowgraph.views.visual import CLASS_COLOURS, OTHER_COLOUR, term_label


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
            style = "-" if (e.role or e.relation in SYMMETRIC) else "-|>"
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
        for cls in classes_used(view):
            members = [k for k, v in view.nodes.items() if v.cls == cls]
            colour = CLASS_COLOURS.get(cls, OTHER_COLOUR)
            marker = "s" if cls in EVENT_NAMES else "o"
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
