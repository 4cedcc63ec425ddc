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

import dataclasses
import datetime
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph
from spacy.language import Language
from spacy.tokens import Doc

from knowgraph.errors import GraphInvalid, InputError, KnowgraphError, ParseError, UnsupportedLanguage
from knowgraph.facts.events import extract_events
from knowgraph.mentions.gazetteer import Gazetteer
from knowgraph.nlp.language import detect_language
from knowgraph.nlp.pipeline import load_pipeline
from knowgraph.nlp.resources import SUPPORTED_LANGUAGES
from knowgraph.nlp.text import run_pipeline, source_text
from knowgraph.rdf.graph import ArticleResult, article_iri, refresh_default_graph, to_dataset


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


ArticleLike = str | bytes | Article | Doc
DateLike = datetime.date | datetime.datetime | str

#: An IRI as RDF takes it: a scheme, then no white space nor any of <>"{}|\\^`.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_source(source: str | None) -> str | None:
    """``source`` if it is an absolute IRI (or ``None``), else :class:`InputError`.

    >>> check_source("https://example.org/news/1")
    'https://example.org/news/1'
    >>> check_source("not an iri")
    Traceback (most recent call last):
    knowgraph.errors.InputError: source 'not an iri' is not an absolute IRI (e.g. https://example.org/news/1)
    """
    if source is None:
        return None
    if not isinstance(source, str) or not _IRI.fullmatch(source):
        raise InputError(f"source {source!r} is not an absolute IRI (e.g. https://example.org/news/1)")
    return source


def check_published(published: DateLike | None) -> datetime.date | None:
    """A publication date from a ``date``, a ``datetime`` (its date) or an ISO string, else :class:`InputError`.

    >>> check_published("2024-01-01"), check_published("2024-01-01T09:30:00+02:00")
    (datetime.date(2024, 1, 1), datetime.date(2024, 1, 1))
    """
    if published is None:
        return None
    if isinstance(published, (datetime.date, str)):
        from knowgraph.inputs import parse_date

        try:
            return parse_date(published)
        except ValueError as exc:
            raise InputError(f"published: {exc}") from None
    raise InputError(f"published must be a date, a datetime or YYYY-MM-DD, not {type(published).__name__}")


def check_options(nlp: object, gazetteer_files: Sequence[str]) -> None:
    """:class:`InputError` for an ``nlp`` that is not a spaCy pipeline or a gazetteer file that is not there."""
    if nlp is not None and not isinstance(nlp, Language):
        raise InputError(f"nlp must be a spaCy Language (spacy.load(...)), not {type(nlp).__name__}")
    if isinstance(gazetteer_files, (str, os.PathLike)):
        raise InputError("gazetteer_files is a list of CSV files: put the file in a list")
    for name in gazetteer_files:
        if not Path(name).is_file():
            raise InputError(f"gazetteer {name}: {'is a folder' if Path(name).is_dir() else 'no such file'}")


def check_lang(lang: str | None) -> str:
    """``"auto"`` for ``None``; else "auto" or a language knowgraph reads, else :class:`UnsupportedLanguage`."""
    if lang is None:
        return "auto"
    if not isinstance(lang, str):
        raise UnsupportedLanguage(lang)
    lang = lang.strip().lower() or "auto"
    if lang != "auto" and lang not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(lang)
    return lang


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate (which no UTF-8 file can hold) made U+FFFD: same length, same offsets."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


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
    if isinstance(item, Doc):
        return item
    if isinstance(item, Article):
        if not isinstance(item.text, str):
            raise InputError(f"Article.text must be a string, not {type(item.text).__name__}")
        return dataclasses.replace(
            item,
            text=clean_text(item.text),
            title=None if item.title is None else clean_text(str(item.title)),
            url=None if item.url is None else clean_text(str(item.url)),
            lang=None if item.lang is None else check_lang(item.lang),
            published=check_published(item.published),
            source=check_source(item.source),
        )
    if isinstance(item, (bytes, bytearray, memoryview)):
        item = decode_text(bytes(item), "<bytes>")
    if isinstance(item, str):
        return Article(text=clean_text(item), lang=lang, published=published, source=source)
    raise InputError(
        f"cannot build a graph from {type(item).__name__}: pass text (str or UTF-8 bytes), an Article or a spaCy Doc"
    )


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
    lang: str | None = "auto",
    published: DateLike | None = None,
    source: str | None = None,
    nlp: Language | None = None,
    gazetteer_files: Sequence[str] = (),
) -> ArticleResult:
    """Extract entities, facts and events of one article (no RDF yet).

    ``lang``: "fr", "en", or "auto"/``None`` to detect it; ``published``: a ``date``, a
    ``datetime`` or an ISO string; ``source``: the article's IRI. What cannot be used raises a
    :class:`knowgraph.KnowgraphError` (:class:`InputError`, :class:`UnsupportedLanguage`).
    """
    lang, published, source = check_lang(lang), check_published(published), check_source(source)
    check_options(nlp, gazetteer_files)
    article = _as_article(item, None if lang == "auto" else lang, published, source)
    if isinstance(article, Doc):
        doc = article
        text = source_text(doc)
        language = doc._.kg_lang or (lang if lang != "auto" else detect_language(text))
        if doc._.kg_facts is None:
            doc = run_pipeline(load_pipeline(language, nlp, gazetteer_files), clean_text(text))
        meta = Article(text=text, lang=language, published=published, source=source)
    else:
        meta = article
        language = _article_language(meta, lang)
        doc = run_pipeline(load_pipeline(language, nlp, gazetteer_files), meta.text)
        text = meta.text
    return _result(doc, meta, text, language, published)


def analyse_many(
    items: Iterable[ArticleLike],
    *,
    lang: str | None = "auto",
    published: DateLike | None = None,
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
    lang, published = check_lang(lang), check_published(published)
    check_options(nlp, gazetteer_files)
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
            if any(len(a.text) > pipeline.max_length for _, a in group):
                raise ValueError("an article longer than nlp.max_length: analysed on its own, in pieces")
            docs = list(pipeline.pipe([a.text for _, a in group]))
        except Exception:  # noqa: BLE001 - one article broke the batch: find it, keep the others
            docs = []
            for _, article in group:
                try:
                    docs.append(run_pipeline(pipeline, article.text))
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
        to add articles to. Raises :class:`knowgraph.ParseError` for a missing or unreadable file."""
        from knowgraph.rdf.output import FORMATS, parse

        if Path(path).suffix.lower() not in FORMATS:
            raise ParseError(f"{path}: not an RDF file ({' '.join(FORMATS)})")
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

    def query(self, sparql: str, *, allow_service: bool = False):
        """Answer a SPARQL query over the graph with the embedded store (rows as dicts).

        ``SERVICE`` (federation: requests to the servers the query names) is refused with a
        :class:`knowgraph.StoreError` unless ``allow_service=True``."""
        from knowgraph.stores.embedded import EmbeddedStore

        with EmbeddedStore() as store:
            store.load(self.dataset)
            return store.query(sparql, allow_service=allow_service)


def iter_articles(inputs: ArticleLike | Iterable[ArticleLike]) -> Iterator[ArticleLike]:
    if isinstance(inputs, (str, bytes, bytearray, memoryview, Article, Doc)):
        yield inputs
        return
    try:
        items = iter(inputs)
    except TypeError:
        raise InputError(
            f"cannot build a graph from {type(inputs).__name__}: pass text, an Article, a spaCy Doc or a list of them"
        ) from None
    yield from items


def build(
    inputs: ArticleLike | Iterable[ArticleLike],
    *,
    lang: str | None = "auto",
    published: DateLike | None = None,
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

    Everything a caller can get wrong raises a :class:`knowgraph.KnowgraphError` with a one-line
    message: :class:`InputError` (bytes that are not UTF-8, an empty text, a bad ``published`` or
    ``source``), :class:`UnsupportedLanguage`, :class:`ParseError` (an ``into`` file that is
    missing or not RDF). ``lang=None`` means "auto"; a text longer than spaCy's ``max_length``
    is analysed in pieces cut between paragraphs.
    """
    lang, published, source = check_lang(lang), check_published(published), check_source(source)
    check_options(nlp, gazetteer_files)
    if into is not None and not isinstance(into, KnowledgeGraph):
        into = KnowledgeGraph.read(into)  # a missing or broken file fails before any analysis
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


__all__ = [
    "Article",
    "KnowledgeGraph",
    "GraphInvalid",
    "InputError",
    "KnowgraphError",
    "ParseError",
    "UnsupportedLanguage",
    "analyse",
    "analyse_many",
    "build",
    "read_text_file",
    "refresh_default_graph",
]
