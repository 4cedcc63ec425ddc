"""Build every gold case's text with knowgraph and score it: :func:`evaluate`.

>>> import knowgraph
>>> report = knowgraph.evaluate("corpus/dev/en", "corpus/dev/en")          # doctest: +SKIP
>>> report.facts.precision, report.facts.recall, report.facts.f1           # doctest: +SKIP
>>> print(report.text(by_relation=True))                                   # doctest: +SKIP

Each text is built in this process with :func:`knowgraph.build` (so the spaCy models load once),
in the language and with the publication date its gold gives, and scored in memory.
"""

from __future__ import annotations

import os
import time
from collections.abc import Collection
from typing import TYPE_CHECKING

from knowgraph.evaluation.gold import RELATIONS, GoldCase, GoldError, load_gold_dir
from knowgraph.evaluation.report import EvaluationReport
from knowgraph.evaluation.scoring import score_graph

if TYPE_CHECKING:
    from spacy.language import Language


def check_relations(relations: Collection[str] | None) -> frozenset[str] | None:
    if relations is None:
        return None
    unknown = sorted(set(relations) - set(RELATIONS))
    if unknown or not relations:
        raise GoldError(
            f"unknown relation(s) {', '.join(unknown) or '(none given)'}: choose among {', '.join(RELATIONS)}"
        )
    return frozenset(relations)


def build_case(case: GoldCase, text: str, nlp: Language | None = None):
    """The graph knowgraph builds for a case's text (validated, like ``knowgraph build``)."""
    import knowgraph

    lang = case.lang or "auto"
    article = knowgraph.Article(text=text, published=case.published)
    use_nlp = nlp if nlp is not None and nlp.lang == lang else None
    return knowgraph.build([article], lang=lang, nlp=use_nlp)


def evaluate(
    gold_dir: str | os.PathLike,
    text_dir: str | os.PathLike,
    *,
    lang: str | None = None,
    nlp: Language | None = None,
    show_errors: bool = False,
    relations: Collection[str] | None = None,
) -> EvaluationReport:
    """Build the text of every gold case of ``gold_dir`` and score it.

    ``gold_dir`` holds ``<id>.yaml`` gold cases, ``text_dir`` the ``<id>.txt`` texts (the same
    folder will do). ``lang``: only the cases in this language. ``nlp``: a spaCy pipeline to use
    for the cases in its language (``nlp.lang``) instead of knowgraph's default one.
    ``show_errors``: the report's text lists each case's wrong and missed facts and entities.
    ``relations``: score only these relations (for a corpus annotated for a few of them).

    A text that is missing or cannot be built is listed in ``report.failures``, not scored.
    Raises :class:`GoldError` for a gold file that does not follow the format.
    """
    from knowgraph.api import read_text_file

    wanted = check_relations(relations)
    cases = load_gold_dir(gold_dir)
    if not cases:
        raise GoldError(f"{gold_dir}: no gold cases (*.yaml)")
    report = EvaluationReport(show_errors=show_errors)
    for case in cases:
        if lang is not None and case.lang != lang:
            continue
        path = os.path.join(text_dir, f"{case.id}.txt")
        if not os.path.isfile(path):
            report.failures.append((case.id, f"no text {path}"))
            continue
        start = time.perf_counter()
        try:
            kg = build_case(case, read_text_file(path), nlp)
        except Exception as exc:  # noqa: BLE001 - a case that cannot be built is reported, the others go on
            report.failures.append((case.id, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"))
            continue
        finally:
            report.seconds += time.perf_counter() - start
        report.cases.append(score_graph(kg.graph, case, relations=wanted))
    return report
