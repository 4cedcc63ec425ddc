"""The Python API: from articles to a validated knowledge graph.

>>> import knowgraph
>>> kg = knowgraph.build("La startup Nexalia, basée à Lyon, a été rachetée par Microsoft en 2024.", lang="fr")
>>> kg.validate().conforms
True
>>> kg.write("kg.ttl")                                         # doctest: +SKIP
>>> rows = kg.query("SELECT ?a ?b WHERE { ?a <https://w3id.org/knowgraph/ai#acquired> ?b }")  # doctest: +SKIP

Many articles, one graph, built in steps (each article is one named graph; running an article again
replaces it):

>>> kg = knowgraph.build(["Microsoft a racheté Nexalia.", "Nexalia SAS est basée à Lyon."], lang="fr")  # doctest: +SKIP
>>> kg.write("kg.trig")                                        # doctest: +SKIP
>>> kg = knowgraph.build("OpenAI a levé 6 milliards de dollars.", lang="fr", into="kg.trig")  # doctest: +SKIP
>>> kg.write("kg.trig")                                        # doctest: +SKIP
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph
from spacy.language import Language
from spacy.tokens import Doc

from knowgraph.facts.events import extract_events
from knowgraph.mentions.gazetteer import Gazetteer
from knowgraph.nlp.language import detect_language
from knowgraph.nlp.pipeline import load_pipeline
from knowgraph.nlp.resources import SUPPORTED_LANGUAGES, UnsupportedLanguage
from knowgraph.nlp.text import source_text
from knowgraph.rdf.graph import ArticleResult, article_iri, refresh_default_graph, to_dataset


class InputError(ValueError):
    """An input knowgraph cannot read (missing, empty, binary, not UTF-8)."""


@dataclass
class Article:
    """One article to analyse. Only ``text`` is required."""

    text: str
    lang: str | None = None
    published: datetime.date | None = None
    source: str | None = None  # IRI of the article; default: a hash of its text
    url: str | None = None
    title: str | None = None
    path: str | None = None  # the input file it came from

    @classmethod
    def from_file(cls, path: str | os.PathLike, **kwargs) -> Article:
        return cls(text=read_text_file(path), path=str(path), **kwargs)


ArticleLike = str | Article | Doc


def read_text_file(path: str | os.PathLike) -> str:
    """The UTF-8 text of a file, with a clear :class:`InputError` for what cannot be read."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_text(data, str(path))


def decode_text(data: bytes, name: str = "<input>") -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file, expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(f"{name}: empty article")
    return text


def _as_article(item: ArticleLike, lang: str | None, published, source) -> Article | Doc:
    if isinstance(item, (Article, Doc)):
        return item
    if isinstance(item, str):
        return Article(text=item, lang=lang, published=published, source=source)
    raise TypeError(f"cannot build a graph from {type(item).__name__}: pass text, an Article or a spaCy Doc")


def _article_language(meta: Article, lang: str) -> str:
    if not meta.text or not meta.text.strip():
        raise InputError("empty article")
    language = (
        meta.lang if meta.lang and meta.lang != "auto" else (lang if lang != "auto" else detect_language(meta.text))
    )
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(language)
    return language


def _result(doc: Doc, meta: Article, text: str, language: str, published: datetime.date | None) -> ArticleResult:
    published = meta.published or published
    facts = doc._.kg_facts or []
    events = extract_events(doc, facts, language, published)
    return ArticleResult(
        iri=article_iri(text, meta.source),
        text=text,
        lang=language,
        entities=doc._.kg_entities or {},
        facts=facts,
        events=events,
        published=published,
        url=meta.url,
        title=meta.title,
        source_file=meta.path,
    )


def analyse(
    item: ArticleLike,
    *,
    lang: str = "auto",
    published: datetime.date | None = None,
    source: str | None = None,
    nlp: Language | None = None,
    gazetteer_files: Sequence[str] = (),
) -> ArticleResult:
    """Extract entities, facts and events of one article (no RDF yet)."""
    article = _as_article(item, None if lang == "auto" else lang, published, source)
    if isinstance(article, Doc):
        doc = article
        text = source_text(doc)
        language = doc._.kg_lang or (lang if lang != "auto" else detect_language(text))
        if doc._.kg_facts is None:
            doc = load_pipeline(language, nlp, gazetteer_files)(text)
        meta = Article(text=text, lang=language, published=published, source=source)
    else:
        meta = article
        language = _article_language(meta, lang)
        doc = load_pipeline(language, nlp, gazetteer_files)(meta.text)
        text = meta.text
    return _result(doc, meta, text, language, published)


def analyse_many(
    items: Iterable[ArticleLike],
    *,
    lang: str = "auto",
    published: datetime.date | None = None,
    nlp: Language | None = None,
    gazetteer_files: Sequence[str] = (),
    batch_size: int = 16,
) -> Iterator[ArticleResult | Exception]:
    """Analyse articles in order with spaCy's ``nlp.pipe`` (faster than one call per article).

    Yields one :class:`ArticleResult` per item, or the exception that item raised
    (:class:`InputError`, :class:`UnsupportedLanguage`...) in its place, so that a batch goes on.

    >>> for result in analyse_many(["Microsoft a racheté Nexalia.", "OpenAI raised $6 billion."]):  # doctest: +SKIP
    ...     print(result.lang, len(result.facts))
    """
    buffer: list[ArticleLike] = []
    for item in items:
        buffer.append(item)
        if len(buffer) >= batch_size:
            yield from _analyse_batch(buffer, lang, published, nlp, gazetteer_files)
            buffer = []
    if buffer:
        yield from _analyse_batch(buffer, lang, published, nlp, gazetteer_files)


def _analyse_batch(items: list[ArticleLike], lang: str, published, nlp, gazetteer_files) -> list:
    out: list = [None] * len(items)
    by_language: dict[str, list[tuple[int, Article]]] = {}
    for i, item in enumerate(items):
        try:
            article = _as_article(item, None if lang == "auto" else lang, published, None)
            if isinstance(article, Doc):
                out[i] = analyse(article, lang=lang, published=published, nlp=nlp, gazetteer_files=gazetteer_files)
                continue
            by_language.setdefault(_article_language(article, lang), []).append((i, article))
        except Exception as exc:  # noqa: BLE001 - reported in the item's place
            out[i] = exc
    for language, group in by_language.items():
        pipeline = load_pipeline(language, nlp, gazetteer_files)
        try:
            docs = list(pipeline.pipe([a.text for _, a in group]))
        except Exception:  # noqa: BLE001 - one article broke the batch: find it, keep the others
            docs = []
            for _, article in group:
                try:
                    docs.append(pipeline(article.text))
                except Exception as exc:  # noqa: BLE001
                    docs.append(exc)
        for (i, article), doc in zip(group, docs, strict=False):
            try:
                out[i] = doc if isinstance(doc, Exception) else _result(doc, article, article.text, language, published)
            except Exception as exc:  # noqa: BLE001
                out[i] = exc
    return out


class KnowledgeGraph:
    """A built graph: an :class:`rdflib.Dataset` with one named graph per article.

    ``kg.graph`` is the merged view (an :class:`rdflib.Graph`: the union of the named graphs and
    of the default graph, which holds what is derived across articles); ``kg.dataset`` keeps the
    named graphs. Serialise with :meth:`serialize` / :meth:`write` (Turtle and N-Triples write the
    merged view, TriG, N-Quads and JSON-LD the named graphs), check with :meth:`validate`, read a
    graph written earlier with :meth:`read` and add articles to it with :meth:`add`.
    """

    def __init__(self, dataset: Dataset | None = None, articles: Sequence[ArticleResult] = ()):
        self.dataset = dataset if dataset is not None else Dataset()
        self.articles = list(articles)

    @property
    def graph(self) -> Graph:
        union = Graph()
        for prefix, ns in self.dataset.namespaces():
            union.bind(prefix, ns)
        for s, p, o, _ in self.dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        return union

    def __len__(self) -> int:
        return len(self.graph)

    @classmethod
    def read(cls, path: str | os.PathLike) -> KnowledgeGraph:
        """A graph written earlier (TriG, N-Quads or JSON-LD keep the articles' named graphs),
        to add articles to. Raises :class:`knowgraph.rdf.output.ParseError` for an unreadable file."""
        from knowgraph.rdf.output import parse

        return cls(parse(path))

    def add(self, articles: Iterable[ArticleResult], gazetteer: Gazetteer | None = None) -> KnowledgeGraph:
        """Add analysed articles (an article already there is replaced) and refresh the merged view.

        ``gazetteer``: the one the articles were analysed with, when it is not the packaged one.
        """
        new = list(articles)
        to_dataset(new, self.dataset, gazetteer)
        self.articles.extend(new)
        return self

    def validate(self):
        from knowgraph.rdf.validation import validate

        return validate(self.graph)

    def serialize(self, fmt: str = "turtle") -> bytes:
        from knowgraph.rdf.output import serialize

        return serialize(self.dataset, fmt)

    def write(self, path: str | os.PathLike, fmt: str | None = None) -> None:
        from knowgraph.rdf.output import write

        write(self.dataset, path, fmt)

    def query(self, sparql: str):
        """Answer a SPARQL query over the graph with the embedded store (rows as dicts)."""
        from knowgraph.stores.embedded import EmbeddedStore

        with EmbeddedStore() as store:
            store.load(self.dataset)
            return store.query(sparql)


def iter_articles(inputs: ArticleLike | Iterable[ArticleLike]) -> Iterator[ArticleLike]:
    if isinstance(inputs, (str, Article, Doc)):
        yield inputs
        return
    yield from inputs


def build(
    inputs: ArticleLike | Iterable[ArticleLike],
    *,
    lang: str = "auto",
    published: datetime.date | None = None,
    source: str | None = None,
    nlp: Language | None = None,
    gazetteer_files: Sequence[str] = (),
    validate: bool = True,
    into: KnowledgeGraph | str | os.PathLike | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from one article or many (text, :class:`Article` or spaCy ``Doc``).

    ``into``: a :class:`KnowledgeGraph`, or the path of one written earlier (TriG, N-Quads,
    JSON-LD), to add the articles to (incremental build; an article already there is replaced,
    so building it again changes nothing). A given KnowledgeGraph is updated in place; a path is
    only read (write the result yourself). Building articles in steps gives the same graph as
    building them at once, provided every step uses the same ``gazetteer_files``.

    With ``validate=True`` (the default) a graph that violates the shapes raises
    :class:`GraphInvalid`: knowgraph never hands out a non-conforming graph silently.
    """
    results = [
        analyse(item, lang=lang, published=published, source=source, nlp=nlp, gazetteer_files=gazetteer_files)
        for item in iter_articles(inputs)
    ]
    gazetteer = Gazetteer.load(extra=gazetteer_files) if gazetteer_files else None
    if into is None:
        kg = KnowledgeGraph(to_dataset(results, gazetteer=gazetteer), results)
    else:
        kg = into if isinstance(into, KnowledgeGraph) else KnowledgeGraph.read(into)
        kg.add(results, gazetteer)
    if validate:
        report = kg.validate()
        if not report.conforms:
            raise GraphInvalid(report)
    return kg


class GraphInvalid(ValueError):
    def __init__(self, report):
        super().__init__(f"the graph violates the shapes ({report.violations} violations):\n{report.text}")
        self.report = report


__all__ = [
    "Article",
    "KnowledgeGraph",
    "GraphInvalid",
    "InputError",
    "UnsupportedLanguage",
    "analyse",
    "analyse_many",
    "build",
    "read_text_file",
    "refresh_default_graph",
]
