"""Building one graph on a Dask cluster: articles mapped to partition files, merged into one graph.

Each partition of a :class:`dask.bag.Bag` of articles is analysed on a worker (which loads the
spaCy pipelines once per process) and written as a sorted N-Quads file of its articles' named
graphs, with its share of the cross-article view beside it; :func:`merge_partitions` then merges
the files into the output exactly as ``knowgraph build`` does on one machine, so the graph is the
same, byte for byte, whatever the cluster and the partitioning.

>>> from distributed import Client
>>> from knowgraph.archive.dask import read_jsonl, build
>>> client = Client("tcp://scheduler:8786")                       # doctest: +SKIP
>>> articles = read_jsonl("s3://news/2026-*.jsonl")              # doctest: +SKIP
>>> summary = build(articles, "kg.nq", parts="s3-mounted/parts/")   # doctest: +SKIP

``parts`` must be a folder that the workers and the client share (a network file system or the
local disk of a single-machine cluster). Needs ``pip install 'knowgraph[dask]'``.
"""

from __future__ import annotations

import datetime
import functools
import os
import pickle
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import dask
import dask.bag as db

from knowgraph.archive.batch import BatchSummary, BuildFailed, _chunked, _Worker, finish
from knowgraph.archive.stream import Spool
from knowgraph.inputs import InputProblem
from knowgraph.rdf.graph import MergedView, article_iri

__all__ = ["PartitionResult", "build", "build_partitions", "merge_partitions", "read_jsonl", "to_article"]


@dataclass
class PartitionResult:
    """What one partition wrote: its N-Quads file, its view file and its figures."""

    index: int
    nquads: str
    view: str
    articles: list[str] = field(default_factory=list)
    facts: int = 0
    problems: list[str] = field(default_factory=list)


def to_article(record):
    """An :class:`knowgraph.Article` from a JSON Lines record (a dict), text or an Article."""
    from knowgraph.api import Article
    from knowgraph.inputs import parse_date

    if isinstance(record, (str, Article)):
        return Article(text=record) if isinstance(record, str) else record
    published = record.get("published")
    return Article(
        text=record.get("text") or "",
        lang=record.get("lang"),
        url=record.get("url"),
        title=record.get("title"),
        source=record.get("source"),
        path=record.get("path"),
        published=parse_date(published) if published else None,
    )


def _jsonl_partition(lines: Iterable[tuple[str, str]]) -> list:
    """The articles of one JSON Lines file, read as ``knowgraph build`` reads it (``FILE:LINE``)."""
    from knowgraph.inputs import _jsonl_record

    out = []
    for number, (line, path) in enumerate(lines, start=1):
        text = line.strip()
        if text:
            out.append(_jsonl_record(text, f"{path}:{number}"))
    return out


def read_jsonl(urlpath: str | Sequence[str]) -> db.Bag:
    """A bag of articles from JSON Lines files (local paths, globs or any fsspec URL), one
    partition per file, each record read as ``knowgraph build`` reads it (the same fields, the same
    ``FILE:LINE`` source, a broken line reported in its place), so the graph is the same."""
    return db.read_text(urlpath, blocksize=None, include_path=True).map_partitions(_jsonl_partition)


@functools.lru_cache(maxsize=4)
def _worker(options: tuple) -> _Worker:
    """One worker state per process and options: the pipelines load once, not per partition."""
    return _Worker(*options)


def _build_partition(records: Iterable, index: int, parts: str, options: tuple) -> PartitionResult:
    worker = _worker(options)
    folder = Path(parts)
    folder.mkdir(parents=True, exist_ok=True)
    result = PartitionResult(index, str(folder / f"part-{index:05d}.nq"), str(folder / f"part-{index:05d}.view"))
    runs = folder / f"part-{index:05d}.view.d"
    shutil.rmtree(runs, ignore_errors=True)  # a retried task starts again
    view = MergedView(folder=runs)
    seen: set[str] = set()
    with Spool("nquads") as spool:
        items = []
        for position, record in enumerate(records):
            if isinstance(record, InputProblem):
                result.problems.append(str(record))
                continue
            article = to_article(record)
            iri = article_iri(article.text, article.source) if article.text else None
            if iri is not None:
                if iri in seen:
                    continue
                seen.add(iri)
            items.append((position, article.path or f"partition {index}, article {position}", article))
        for chunk in _chunked(items, 8):
            for outcome in worker.run(chunk):
                if outcome.problem is not None:
                    result.problems.append(f"{outcome.name}: {outcome.problem}")
                    continue
                spool.add_nquads(outcome.nquads)
                view.update(outcome.view)
                result.articles.append(outcome.iri)
                result.facts += outcome.facts
        spool.write(result.nquads)
    tmp = result.view + ".tmp"
    with open(tmp, "wb") as f:
        pickle.dump(view, f, protocol=pickle.HIGHEST_PROTOCOL)  # names its runs, beside it
    os.replace(tmp, result.view)
    view.discard_obsolete()
    return result


def build_partitions(
    articles: db.Bag,
    parts: str | os.PathLike,
    *,
    lang: str = "auto",
    published: datetime.date | None = None,
    gazetteer_files: Sequence[str] = (),
    model: str | None = None,
    validate: bool = True,
) -> list:
    """One :func:`dask.delayed` task per partition, each giving a :class:`PartitionResult`:
    ``dask.compute(*tasks)`` analyses the articles on the cluster.

    Each partition writes ``parts/part-NNNNN.nq`` (its articles' named graphs, sorted N-Quads that
    any store can also load on their own) and ``parts/part-NNNNN.view`` (its share of the merged
    view: the entities, and the statement and event records in ``parts/part-NNNNN.view.d/``).
    """
    options = (lang, published, tuple(map(str, gazetteer_files)), model, validate)
    build_one = dask.delayed(_build_partition, pure=False)
    return [build_one(partition, index, str(parts), options) for index, partition in enumerate(articles.to_delayed())]


def merge_partitions(
    results: Iterable[PartitionResult],
    output: str | os.PathLike,
    *,
    gazetteer_files: Sequence[str] = (),
    validate: bool = True,
) -> BatchSummary:
    """Merge partition files into ``output`` (.nq .trig .ttl .nt .jsonld): the same bytes as one
    machine's ``knowgraph build`` of the same articles."""
    from knowgraph.rdf.output import format_for_path

    results = sorted(results, key=lambda r: r.index)
    summary = BatchSummary()
    owners: dict[str, int] = {}
    with Spool(format_for_path(output)) as spool:
        view = MergedView(folder=spool.folder / "view")
        for result in results:
            duplicates = [iri for iri in result.articles if iri in owners]
            if duplicates:
                raise BuildFailed(
                    f"article {duplicates[0]} is in partitions {owners[duplicates[0]]} and {result.index}: "
                    "remove duplicate articles before building (e.g. bag.distinct(key=...))"
                )
            owners.update((iri, result.index) for iri in result.articles)
            summary.quads += spool.add_file(result.nquads)
            with open(result.view, "rb") as f:
                view.update(pickle.load(f))
            summary.built += len(result.articles)
            summary.facts += result.facts
            summary.problems.extend(result.problems)
        summary.failed = len(summary.problems)
        if not owners:
            raise BuildFailed(
                "no article could be built" + (f" ({'; '.join(summary.problems)})" if summary.problems else "")
            )
        summary.written = finish(spool, view, output, gazetteer_files=gazetteer_files, validate=validate)
    return summary


def build(
    articles: db.Bag,
    output: str | os.PathLike,
    *,
    parts: str | os.PathLike,
    lang: str = "auto",
    published: datetime.date | None = None,
    gazetteer_files: Sequence[str] = (),
    model: str | None = None,
    validate: bool = True,
) -> BatchSummary:
    """Analyse ``articles`` on the cluster of the current Dask client, then merge into ``output``."""
    results = dask.compute(
        *build_partitions(
            articles,
            parts,
            lang=lang,
            published=published,
            gazetteer_files=gazetteer_files,
            model=model,
            validate=validate,
        )
    )
    return merge_partitions(results, output, gazetteer_files=gazetteer_files, validate=validate)
