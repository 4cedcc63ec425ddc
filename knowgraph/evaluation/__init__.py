"""knowgraph's own evaluation: score what it extracts against texts annotated by hand.

>>> import knowgraph
>>> report = knowgraph.evaluate("corpus/dev/fr", "corpus/dev/fr")            # doctest: +SKIP
>>> print(report.summary_line())                                              # doctest: +SKIP

- :mod:`~knowgraph.evaluation.gold`: the gold YAML format, read and checked;
- :mod:`~knowgraph.evaluation.matching`: which gold entity a graph node is (Wikidata id, name, alias);
- :mod:`~knowgraph.evaluation.closure`: symmetric, inverse and implied relations from the ontology;
- :mod:`~knowgraph.evaluation.scoring`: one graph against one case (:func:`score_graph`, :func:`score_file`);
- :mod:`~knowgraph.evaluation.runner`: build and score a folder of cases (:func:`evaluate`);
- :mod:`~knowgraph.evaluation.report`: totals, per-relation table, text and JSON.

The format and the rules are documented in ``docs/evaluation.md``.
"""

from knowgraph.evaluation.closure import RelationClosure
from knowgraph.evaluation.gold import GoldCase, GoldError, load_gold, load_gold_dir
from knowgraph.evaluation.matching import EntityMatcher, normalise
from knowgraph.evaluation.report import EvaluationReport
from knowgraph.evaluation.runner import evaluate
from knowgraph.evaluation.scoring import CaseScore, Counts, score_file, score_graph

__all__ = [
    "CaseScore",
    "Counts",
    "EntityMatcher",
    "EvaluationReport",
    "GoldCase",
    "GoldError",
    "RelationClosure",
    "evaluate",
    "load_gold",
    "load_gold_dir",
    "normalise",
    "score_file",
    "score_graph",
]
