"""The partial build of an archive: the folder a build keeps its work in until it completes, its
checkpoints, and what ``--resume`` reads back (the state, the articles an output already holds).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Sequence
from pathlib import Path

from rdflib import RDF

from knowgraph.rdf.namespace import AI

_STATE = "state.pickle"
_FORMAT_VERSION = 1


def partial_folder(output: str | os.PathLike) -> Path:
    """Where a build of ``output`` keeps its work until it completes."""
    path = Path(output).resolve()
    return path.parent / f".{path.name}.knowgraph-partial"


def article_iris_in(path: str | os.PathLike) -> set[str]:
    """The IRIs of the articles a knowgraph output holds (read with pyoxigraph, streaming)."""
    import pyoxigraph as ox

    from knowgraph.rdf.output import format_for_path, oxigraph_format

    article_class = ox.NamedNode(str(AI.Article))
    rdf_type = ox.NamedNode(str(RDF.type))
    found = set()
    for quad in ox.parse(path=str(path), format=oxigraph_format(format_for_path(path))):
        if quad.predicate == rdf_type and quad.object == article_class and isinstance(quad.subject, ox.NamedNode):
            found.add(quad.subject.value)
    return found


def _checkpoint(spool, state: dict, partial: Path) -> None:
    """Everything spooled so far on disk, then the state that describes it (atomically)."""
    spool.flush()
    state["runs"] = len(spool.runs)
    tmp = partial / (_STATE + ".tmp")
    with open(tmp, "wb") as f:
        pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)  # the view's records go to its runs first
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, partial / _STATE)
    state["view"].discard_obsolete()


def _load_state(partial: Path, fmt: str, gazetteer_files: Sequence[str]) -> dict | None:
    try:
        with open(partial / _STATE, "rb") as f:
            state = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None
    if (
        state.get("version") != _FORMAT_VERSION
        or state.get("format") != fmt
        or state.get("gazetteer") != list(map(str, gazetteer_files))
    ):
        return None
    return state
