"""The work of one process of an archive build: analyse a chunk of articles, build and check their graphs.

A :class:`_Worker` loads its spaCy pipelines once and turns each chunk of ``(index, name, article)``
items into :class:`ArticleOutcome` values: the article's named graph as N-Quads and its share of the
merged view, or the reason it failed. :func:`knowgraph.archive.batch.build_article_graphs` runs
workers in this process or in a pool of processes (:func:`_init_process`, :func:`_run_in_process`).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rdflib import URIRef

from knowgraph.rdf.graph import MergedView, article_triples


@dataclass
class ArticleOutcome:
    """What happened to one article: its graph as N-Quads and its share of the merged view, or a problem."""

    index: int
    name: str
    iri: str | None = None
    nquads: bytes = b""
    view: MergedView | None = None
    facts: int = 0
    problem: str | None = None


class _Worker:
    """Per-process state: the pipelines, loaded once, and the build options."""

    def __init__(
        self,
        lang: str,
        published: datetime.date | None,
        gazetteer_files: Sequence[str],
        model: str | None,
        validate: bool,
    ) -> None:
        self.lang = lang
        self.published = published
        self.gazetteer_files = tuple(gazetteer_files)
        self.model = model
        self.validate = validate
        self._nlp = None
        self._gazetteer = None

    @property
    def nlp(self):
        if self.model and self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model)
        return self._nlp

    @property
    def gazetteer(self):
        if self._gazetteer is None and self.gazetteer_files:
            from knowgraph.mentions.gazetteer import Gazetteer

            self._gazetteer = Gazetteer.load(extra=list(self.gazetteer_files))
        return self._gazetteer

    def run(self, chunk: list[tuple[int, str, object]]) -> list[ArticleOutcome]:
        """Analyse a chunk of articles, build their graphs, and check them against the shapes.

        The chunk is checked in one validation call (its articles' graphs and the merged view of
        the chunk: most of a call's cost is fixed, so one call per article would cost several
        times more); only when that finds a violation is each article checked alone, to name the
        culprits.
        """
        from knowgraph.api import analyse_many

        results = analyse_many(
            [item for _, _, item in chunk],
            lang=self.lang,
            published=self.published,
            nlp=self.nlp,
            gazetteer_files=self.gazetteer_files,
            batch_size=len(chunk) or 1,
        )
        built: list[tuple[ArticleOutcome, list]] = []
        outcomes: list[ArticleOutcome] = []
        for (index, name, _), result in zip(chunk, results, strict=False):
            outcome, triples = self._graph(index, name, result)
            outcomes.append(outcome)
            if triples is not None:
                built.append((outcome, triples))
        if self.validate and built and not self._conforms([t for _, t in built], [o.view for o, _ in built]):
            for outcome, triples in built:
                if not self._conforms([triples], [outcome.view], outcome=outcome):
                    built = [(o, t) for o, t in built if o is not outcome]
        from knowgraph.rdf.output import serialize

        for outcome, triples in built:
            if outcome.problem is None:
                outcome.nquads = serialize({URIRef(outcome.iri): triples}, "nquads")
        return outcomes

    def _graph(self, index: int, name: str, result) -> tuple[ArticleOutcome, list | None]:
        """The article's named graph as triples (no rdflib store: they are validated, written and
        added to the view, nothing else), and its share of the merged view."""
        if isinstance(result, Exception):
            return ArticleOutcome(index, name, problem=_reason(result)), None
        try:
            triples = article_triples(result)
            view = MergedView().add_graph(triples)
            return ArticleOutcome(index, name, iri=result.iri, view=view, facts=len(result.asserted)), triples
        except Exception as exc:  # noqa: BLE001 - one article must not stop an archive
            return ArticleOutcome(index, name, iri=result.iri, problem=_reason(exc)), None

    def _conforms(self, graphs: list[list], views: list[MergedView], outcome: ArticleOutcome | None = None) -> bool:
        """Validate the articles' graphs with the merged view of them (the default graph)."""
        from knowgraph.rdf.validation import validate

        view = MergedView()
        for part in views:
            view.update(part)
        data = set().union(*graphs)
        data.update(view.default_triples(self.gazetteer))
        try:
            report = validate(data)
        except Exception as exc:  # noqa: BLE001
            if outcome is not None:
                outcome.problem = f"cannot be validated: {_reason(exc)}"
            return False
        if not report.conforms and outcome is not None:
            outcome.problem = f"its graph violates the shapes ({report.violations} violations)"
        return report.conforms


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) < 300 else text[:297] + "..."


_PROCESS_WORKER: _Worker | None = None


def _init_process(*args) -> None:
    global _PROCESS_WORKER
    _PROCESS_WORKER = _Worker(*args)


def _run_in_process(chunk):
    assert _PROCESS_WORKER is not None
    return _PROCESS_WORKER.run(chunk)


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    part: list = []
    for item in items:
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part
