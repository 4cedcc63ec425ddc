"""What the evidence report (:mod:`knowgraph.views.report`) and the graph pictures (:mod:`knowgraph.views.show`)
share: labels from the ontology in the reader's language, one colour per class, amounts and dates
written for people, the packaged web assets, and atomic writing of the pages.

>>> term_label("investedIn", "fr")
'a investi dans'
>>> term_label("Organization", "en")
'Organization'
>>> format_number(Decimal("600000000"), "fr")
'600\\u202f000\\u202f000'
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import RDFS

from knowgraph.rdf.namespace import AI

#: Languages the pages are written in; anything else falls back to English.
UI_LANGUAGES = ("en", "fr")

#: Fill colour of each class (Tableau 10, readable by most colour-blind readers).
CLASS_COLOURS: dict[str, str] = {
    "Organization": "#4e79a7",
    "Company": "#3b6fb6",
    "Person": "#f28e2b",
    "AIModel": "#e15759",
    "Product": "#76b7b2",
    "Place": "#59a14f",
    "Project": "#edc948",
    "Investment": "#b07aa1",
    "Acquisition": "#ff9da7",
    "Partnership": "#9c755f",
}
#: Light tints of the same colours, for entity marks behind text.
CLASS_TINTS: dict[str, str] = {
    "Organization": "#c6d7ea",
    "Company": "#c6d7ea",
    "Person": "#fbd9b5",
    "AIModel": "#f5c1c2",
    "Product": "#cde6e4",
    "Place": "#cde4c8",
    "Project": "#f8eab8",
}
OTHER_COLOUR = "#bab0ac"

#: The order classes are listed in (legends, filters).
CLASS_ORDER = (
    "Organization",
    "Company",
    "Person",
    "AIModel",
    "Product",
    "Place",
    "Project",
    "Investment",
    "Acquisition",
    "Partnership",
)


def ui_language(lang: str | None) -> str:
    """The language of the page for an article or graph language ("en" unless French)."""
    return lang if lang in UI_LANGUAGES else "en"


@cache
def _labels() -> dict[tuple[str, str], str]:
    from knowgraph.rdf.vocabulary import ontology

    out: dict[tuple[str, str], str] = {}
    ns = str(AI._NS)
    for term, label in ontology().subject_objects(RDFS.label):
        if str(term).startswith(ns) and getattr(label, "language", None):
            out[(str(term)[len(ns) :], label.language)] = str(label)
    return out


def term_label(name: str, lang: str) -> str:
    """The ``rdfs:label`` of an ontology term (local name) in ``lang``, else English, else the name."""
    labels = _labels()
    return labels.get((name, ui_language(lang))) or labels.get((name, "en")) or name


def format_number(value: Decimal | float | int, lang: str) -> str:
    """A number with the grouping of the language: ``600,000,000`` / ``600 000 000`` (narrow spaces)."""
    value = Decimal(str(value))
    text = f"{value:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if ui_language(lang) == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def format_amount(currency: str | None, value=None, min_value=None, max_value=None, lang: str = "en") -> str:
    """``600,000,000 EUR``, ``20,000,000–30,000,000 EUR``, ``≥ 400,000,000 USD`` (the normalised value of an
    amount; a range open on one side has one bound)."""
    return _amount_text(format_number, currency, value, min_value, max_value, lang)


def _amount_text(one, currency: str | None, value, min_value, max_value, lang: str) -> str:
    if value is not None:
        text = one(value, lang)
    elif min_value is not None and max_value is not None:
        text = f"{one(min_value, lang)}\u2013{one(max_value, lang)}"
    elif min_value is not None:
        text = f"\u2265\u00a0{one(min_value, lang)}"
    elif max_value is not None:
        text = f"\u2264\u00a0{one(max_value, lang)}"
    else:
        return ""
    return f"{text} {currency or ''}".strip()


def short_amount(currency: str | None, value=None, min_value=None, max_value=None, lang: str = "en") -> str:
    """A short form for graph pictures: ``600 M EUR``, ``1.3 bn USD``, ``20–30 M EUR``, ``≥ 400 M USD``."""
    fr = ui_language(lang) == "fr"

    def one(v, _lang: str = lang) -> str:
        v = Decimal(str(v))
        for scale, en_word, fr_word in (
            (Decimal(10) ** 9, "bn", "Md"),
            (Decimal(10) ** 6, "M", "M"),
            (Decimal(10) ** 3, "k", "k"),
        ):
            if abs(v) >= scale:
                number = (v / scale).quantize(Decimal("0.01")).normalize()
                text = f"{number:f}"
                return (text.replace(".", ",") if fr else text) + "\u00a0" + (fr_word if fr else en_word)
        return format_number(v, lang)

    return _amount_text(one, currency, value, min_value, max_value, lang)


def asset(name: str) -> str:
    """The text of a packaged web asset (``knowgraph/data/web/NAME``)."""
    return resources.files("knowgraph.data").joinpath("web", name).read_text(encoding="utf-8")


def esc(value: object) -> str:
    """HTML-escape text and attribute values."""
    return html.escape(str(value), quote=True)


# Characters that mean something to the HTML parser or end a line of script, as JSON escapes: a
# string in the data can then neither close the <script> element ("</script>"), open a comment
# ("<!--", which makes the parser swallow the rest of the page) nor break the JavaScript.
_SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_json(data: str) -> str:
    """JSON text made safe to embed in a ``<script>`` element.

    ``<``, ``>``, ``&``, U+2028 and U+2029 can only occur inside JSON strings, where their ``\\uXXXX``
    escapes mean the same: ``JSON.parse`` (and :func:`json.loads`) read back the same data.

    >>> script_json('{"name":"<!-- x & y -->"}') == '{"name":"\\\\u003c!-- x \\\\u0026 y --\\\\u003e"}'
    True
    """
    return data.translate(_SCRIPT_ESCAPES)


#: Wikidata item ids: the only QIDs that become links to wikidata.org.
_QID = re.compile(r"Q[1-9][0-9]{0,11}")
# No whitespace or control characters: browsers drop tabs and newlines inside a URL, so they could
# hide a scheme; an IRI read from a graph never holds them.
_SAFE_URL = re.compile(r"[^\x00-\x20\x7f-\x9f]+")


def link_target(iri: object) -> str | None:
    """``iri`` when a page may make it a link (an ``http``/``https`` IRI), else ``None``.

    Graphs drawn or reported may come from anyone: a ``javascript:`` or ``data:`` IRI must stay
    text, or a click on it would run script in the page.

    >>> link_target("https://w3id.org/knowgraph/entity/openai")
    'https://w3id.org/knowgraph/entity/openai'
    >>> link_target("javascript:alert(document.domain)") is None
    True
    """
    text = str(iri) if iri is not None else ""
    return text if text[:8].lower().startswith(("http://", "https://")) and _SAFE_URL.fullmatch(text) else None


def wikidata_id(qid: object) -> str | None:
    """``qid`` when it is a Wikidata item id (``Q`` and digits), else ``None``.

    >>> wikidata_id("Q182477"), wikidata_id('Q1"><b>')
    ('Q182477', None)
    """
    text = str(qid) if qid is not None else ""
    return text if _QID.fullmatch(text) else None


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    """Write a page atomically: a reader never sees half of it, a failure leaves no file."""
    target = Path(path)
    folder = target.resolve().parent
    if not folder.is_dir():
        raise OSError(f"cannot write {path}: no such folder {folder}")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
