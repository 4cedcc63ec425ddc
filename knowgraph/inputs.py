"""Reading news collections into :class:`~knowgraph.api.Article` records.

    >>> from knowgraph.inputs import read_inputs, InputProblem
    >>> for item in read_inputs(["articles/", "export.jsonl", "page.html"]):   # doctest: +SKIP
    ...     if isinstance(item, InputProblem):
    ...         print(f"skipped {item}")
    ...     else:
    ...         handle(item)

What is read, by file suffix:

``.txt`` ``.text`` (and any file given by name with another suffix but an RDF one)
    the UTF-8 text, as :func:`knowgraph.api.read_text_file` reads it. An RDF file (``.ttl``
    ``.trig`` ``.nt`` ``.nq`` ``.jsonld``) is not an article: it comes out as a problem.
``.html`` ``.htm``
    the main text of the page, without its menus, ads, banners, related links or footer
    (trafilatura, offline: it is given the HTML, it never fetches), one paragraph per block;
    the title, the URL (canonical link or ``og:url``) and the publication date (from the page
    markup: ``article:published_time``, ``date``, ``og:`` tags, JSON-LD ``datePublished``).
``.md`` ``.markdown``
    Markdown as plain text, one paragraph per block; a YAML front matter gives ``title``,
    ``date``/``published``, ``url`` and ``lang``.
``.jsonl``
    one JSON object per line: ``text`` (required), ``url``, ``title``, ``published``
    (YYYY-MM-DD or an ISO date-time), ``lang``, ``id``; other fields are ignored. The path of
    each article is ``FILE:LINE``.

A folder stands for its files with these suffixes (recursive, sorted, hidden ones skipped);
``-`` for standard input, read as JSON Lines if it starts with ``{``, as HTML if it starts with
``<!doctype html`` or ``<html``, else as text.

Nothing here raises for a bad input: what cannot be read comes out as an :class:`InputProblem`
(a name and a one-line reason) in its place, so that a batch goes on.
"""

from __future__ import annotations

import datetime
import html
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Union

from knowgraph import api as _api
from knowgraph.nlp.html_text import MAX_HTML_DEPTH, flatten_deep_html, html_to_text  # noqa: F401 (public here too)

SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".markdown", ".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl"}
#: RDF, which knowgraph writes: never read as an article (a graph is not news text).
RDF_SUFFIXES = {".ttl", ".trig", ".nt", ".nq", ".jsonld"}
STDIN_NAME = "<stdin>"


@dataclass
class InputProblem:
    """An input (or one line of a JSON Lines file) that could not be read, and why."""

    name: str  # the file, "FILE:LINE" for a JSON Lines record, "<stdin>" for standard input
    reason: str  # one line

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


Item = Union["_api.Article", InputProblem]


def read_inputs(paths: Iterable[str], *, stdin: IO[bytes] | bytes | None = None) -> Iterator[Item]:
    """The articles of files, folders and ``-`` (standard input), in order.

    What cannot be read comes out as an :class:`InputProblem` in its place; nothing is raised.

    ``stdin`` is what ``-`` reads: a binary stream, bytes, or ``None`` for ``sys.stdin.buffer``.
    """
    for item in paths:
        item = str(item)
        if item == "-":
            yield from _read_stdin(stdin)
            continue
        path = Path(item)
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                yield InputProblem(item, f"no {'/'.join(sorted(SUFFIXES))} files in this folder")
            for file in files:
                yield from read_file(file)
        else:
            yield from read_file(path)


def read_file(path: str | Path) -> Iterator[Item]:
    """The article(s) of one file: one, or one per record of a ``.jsonl`` file."""
    name = str(path)
    p = Path(path)
    if not p.exists():
        yield InputProblem(name, "no such file")
        return
    if p.is_dir():
        yield InputProblem(name, "is a folder")
        return
    try:
        data = p.read_bytes()
    except OSError as exc:
        yield InputProblem(name, f"cannot read ({exc.strerror or exc})")
        return
    suffix = p.suffix.lower()
    if suffix in RDF_SUFFIXES:
        yield InputProblem(name, f"an RDF file ({suffix}), not an article")
        return
    if suffix in JSONL_SUFFIXES:
        yield from parse_jsonl(data, name)
    elif suffix in HTML_SUFFIXES:
        yield parse_html(data, name)
    elif suffix in MARKDOWN_SUFFIXES:
        yield parse_markdown(data, name)
    else:
        yield parse_text(data, name)


def _folder_files(folder: Path) -> list[Path]:
    files = []
    for p in folder.rglob("*"):
        rel = p.relative_to(folder).parts
        if any(part.startswith(".") for part in rel):
            continue
        if p.suffix.lower() in SUFFIXES and p.is_file():
            files.append(p)
    return sorted(files)


def _read_stdin(stdin) -> Iterator[Item]:
    if stdin is None:
        stdin = sys.stdin.buffer
    try:
        data = stdin if isinstance(stdin, (bytes, bytearray, str)) else stdin.read()
    except OSError as exc:
        yield InputProblem(STDIN_NAME, f"cannot read ({exc.strerror or exc})")
        return
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = bytes(data)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    if head.startswith(b"{"):
        yield from parse_jsonl(data, STDIN_NAME)
    elif head.startswith((b"<!doctype html", b"<html")):
        article = parse_html(data, STDIN_NAME)
        if isinstance(article, _api.Article):
            article.path = None
        yield article
    else:
        article = parse_text(data, STDIN_NAME)
        if isinstance(article, _api.Article):
            article.path = None
        yield article


# -- text ---------------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> str | InputProblem:
    """:func:`knowgraph.api.decode_text`, with its error as a problem."""
    try:
        return _api.decode_text(data, name)
    except _api.InputError as exc:
        message = str(exc)
        prefix = f"{name}: "
        return InputProblem(name, message[len(prefix) :] if message.startswith(prefix) else message)


def parse_text(data: bytes, name: str) -> Item:
    text = _decode(data, name)
    if isinstance(text, InputProblem):
        return text
    return _api.Article(text=text, path=name)


# -- dates and URLs -----------------------------------------------------------------------------


def parse_date(value) -> datetime.date:
    """A date from YYYY-MM-DD or an ISO 8601 date-time (its date as written, not moved to UTC)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a date as YYYY-MM-DD, got {type(value).__name__}")
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.date.fromisoformat(text)
        if re.match(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", text):
            return datetime.datetime.fromisoformat(re.sub(r"[Zz]$", "+00:00", text)).date()
    except ValueError:
        pass
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD or an ISO date-time)")


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"{}|\\^`]+")


def clean_url(value) -> str | None:
    """An absolute URL usable as an IRI, or ``None``."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    return url if _URL.fullmatch(url) else None


def _clean_lang(value) -> str | None:
    if value is None:
        return None
    lang = value.strip().lower()
    return None if lang in ("", "auto") else lang


# -- HTML ---------------------------------------------------------------------------------------

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode_html(data: bytes, name: str) -> str | InputProblem:
    """UTF-8 text, or the encoding the page declares (``<meta charset>``) when it is not UTF-8."""
    text = _decode(data, name)
    if not isinstance(text, InputProblem) or "not UTF-8" not in text.reason:
        return text
    match = _CHARSET.search(data[:4096])
    if match:
        charset = match.group(1).decode("ascii")
        try:
            decoded = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return InputProblem(name, f"{text.reason}, and not {charset} as the page declares")
        if decoded.strip():
            return decoded
    return text


def parse_html(data: bytes, name: str) -> Item:
    page = _decode_html(data, name)
    if isinstance(page, InputProblem):
        return page
    try:
        import trafilatura
    except ImportError as exc:
        return InputProblem(name, f"reading HTML needs trafilatura and its dependencies ({exc})".replace("\n", " "))
    text = html_to_text(page)
    if not text:
        return InputProblem(name, "no article text found in the page")
    title = url = published = None
    # Dates from the page markup only (meta tags, JSON-LD, <time>, URL): a date guessed from the
    # visible text may be a copyright year or a related article's date.
    meta = trafilatura.extract_metadata(page, extensive=False)
    if meta is not None:
        title = " ".join(meta.title.split()) if meta.title else None
        url = clean_url(meta.url)
        if meta.date:
            try:
                published = parse_date(meta.date)
            except ValueError:
                published = None
    if title and title not in text[: len(title) + 200]:
        # the headline often states the news ("Nexalia lève 40 M€"): analyse it with the body
        text = f"{title}\n\n{text}"
    return _api.Article(text=text, published=published, url=url, title=title or None, path=name)


# -- Markdown -----------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*$\r?\n?", re.S | re.M)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # (url), (url "title"), one level of nested parentheses
_INLINE = [
    (re.compile(r"!\[[^\]]*\]" + _TARGET), ""),  # images
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),
    (re.compile(r"\[\^[^\]]+\]"), ""),  # footnote references
    (re.compile(r"\[([^\]]*)\]" + _TARGET), r"\1"),  # [text](url "title")
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"(`+)(.+?)\1"), r"\2"),  # inline code
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # _emphasis_
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
]
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_ESCAPED = re.compile("\ue000(\\d+)\ue001")


def _inline(text: str) -> str:
    # Backslash-escaped characters are set aside first, so that "\*" is never emphasis.
    text = _ESCAPED.sub("", text)
    text = _ESCAPE.sub(lambda m: f"\ue000{ord(m.group(1))}\ue001", text)
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    text = _ESCAPED.sub(lambda m: chr(int(m.group(1))), text)
    return html.unescape(text)


def markdown_to_text(markdown: str) -> str:
    """Markdown as plain text: one paragraph per block (heading, paragraph, list item, quote), blank lines between."""
    markdown = re.sub(r"<!--.*?-->", "", markdown, flags=re.S)
    paragraphs: list[str] = []
    current: list[str] = []

    def flush():
        if current:
            text = " ".join(_inline(" ".join(current)).split())
            if text:
                paragraphs.append(text)
            current.clear()

    fence = None
    for raw in markdown.splitlines():
        line = raw.rstrip()
        if fence:
            if line.lstrip().startswith(fence):
                fence = None
            continue
        match = _FENCE.match(line)
        if match:
            flush()
            fence = match.group(1)[0] * len(match.group(1))
            continue
        line = _QUOTE.sub("", line)
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line)
        if not line.strip():
            flush()
            continue
        if _SETEXT.match(line) and current and not _LIST_ITEM.match(current[0]):
            flush()  # the lines above were a heading
            continue
        if _RULE.match(line) or _LINK_DEF.match(line) or _TABLE_ROW.match(line):
            flush()
            continue
        match = _ATX.match(line)
        if match:
            flush()
            current.append(match.group(1) or "")
            flush()
            continue
        if _LIST_ITEM.match(line):
            flush()
            current.append(_LIST_ITEM.sub("", line))
            continue
        current.append(line.strip())
    flush()
    return "\n\n".join(paragraphs)


def parse_markdown(data: bytes, name: str) -> Item:
    source = _decode(data, name)
    if isinstance(source, InputProblem):
        return source
    source = source.lstrip("\ufeff")
    fields: dict = {}
    match = _FRONT_MATTER.match(source)
    if match:
        import yaml

        try:
            front = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            where = getattr(exc, "problem_mark", None)
            at = f" (line {where.line + 2})" if where is not None else ""
            return InputProblem(name, f"front matter is not valid YAML{at}")
        if front is not None and not isinstance(front, dict):
            return InputProblem(name, "front matter is not a YAML mapping")
        fields = front or {}
        source = source[match.end() :]
    text = markdown_to_text(source)
    if not text.strip():
        return InputProblem(name, "empty article")
    try:
        meta = _metadata(fields, date_keys=("published", "date"))
    except ValueError as exc:
        return InputProblem(name, f"front matter: {exc}")
    return _api.Article(text=text, path=name, **meta)


def _metadata(fields: dict, date_keys: tuple[str, ...]) -> dict:
    """title, url, published and lang of a JSON record or a front matter, checked."""
    meta: dict = {}
    for key in ("title", "url", "lang"):
        value = fields.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ValueError(f"{key} must be a string, not {type(value).__name__}")
        value = _api.clean_text(value)
        if key == "url":
            if not value.strip():
                continue
            url = clean_url(value)
            if url is None:
                raise ValueError(f"url {value!r} is not an absolute URL")
            meta["url"] = url
        elif key == "lang":
            meta["lang"] = _clean_lang(value)
        else:
            meta["title"] = " ".join(value.split()) or None
    for key in date_keys:
        value = fields.get(key)
        if value is None or value == "":
            continue
        try:
            meta["published"] = parse_date(value)
        except ValueError as exc:
            raise ValueError(f"{key}: {exc}") from None
        break
    return meta


# -- JSON Lines ---------------------------------------------------------------------------------


def parse_jsonl(data: bytes, name: str) -> Iterator[Item]:
    """One article per JSON object line; a problem named ``FILE:LINE`` for each line that is not one."""
    if b"\x00" in data[:8192]:
        yield InputProblem(name, "binary file, expected UTF-8 JSON Lines")
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    records = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError as exc:
            yield InputProblem(where, f"not UTF-8 text (invalid byte at offset {exc.start})")
            records += 1
            continue
        if not line:
            continue
        records += 1
        yield _jsonl_record(line, where)
    if not records:
        yield InputProblem(name, "empty file (no JSON lines)")


def _jsonl_record(line: str, where: str) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(where, f"not valid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(record, dict):
        return InputProblem(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        return InputProblem(where, 'no "text" field')
    if not isinstance(text, str):
        return InputProblem(where, f'"text" must be a string, not {type(text).__name__}')
    if not text.strip():
        return InputProblem(where, 'empty "text"')
    record_id = record.get("id")
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int))):
        return InputProblem(where, f'"id" must be a string or an integer, not {type(record_id).__name__}')
    try:
        meta = _metadata(record, date_keys=("published",))
    except ValueError as exc:
        return InputProblem(where, str(exc))
    # JSON may escape a lone surrogate ("\ud800"), which no UTF-8 output can hold: U+FFFD, same offsets
    return _api.Article(text=_api.clean_text(text), path=where, **meta)
