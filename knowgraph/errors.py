"""The errors knowgraph raises for what a user can get wrong: one base class, one-line messages.

Everything a caller can trigger with a bad input, a bad file, a bad option or an unreachable
store raises a :class:`KnowgraphError`; its ``str()`` is one line, fit to print as is. A bug in
knowgraph itself raises something else.

>>> import knowgraph
>>> try:
...     knowgraph.build(b"\\xff\\xfe not text")
... except knowgraph.KnowgraphError as exc:
...     print(type(exc).__name__, "-", exc)
InputError - <bytes>: not UTF-8 text (invalid byte at offset 0)

The classes keep the names and the ``ValueError`` base they had before they were gathered here,
so that ``except ValueError`` and ``from knowgraph.rdf.output import ParseError`` keep working.
This module imports nothing from knowgraph: every other module can import it.
"""

from __future__ import annotations

__all__ = [
    "KnowgraphError",
    "InputError",
    "UnsupportedLanguage",
    "GraphInvalid",
    "ParseError",
    "UnsupportedFormat",
    "OutputError",
    "StoreError",
    "one_line",
]

_READS = ("fr", "en")  # knowgraph.nlp.resources.SUPPORTED_LANGUAGES (tests/test_faults.py checks)


def one_line(text: object) -> str:
    """``text`` with its line breaks and runs of white space made single spaces."""
    return " ".join(str(text).split())


class KnowgraphError(Exception):
    """Base class of the errors a user can trigger; the message is one line."""


class InputError(KnowgraphError, ValueError):
    """An input knowgraph cannot read (missing, empty, binary, not UTF-8, RDF given as an article...)."""


class UnsupportedLanguage(KnowgraphError, ValueError):
    """An article in a language knowgraph does not read (it reads French and English)."""

    def __init__(self, lang: object):
        super().__init__(f"unsupported language {lang!r}: knowgraph reads {' and '.join(_READS)}")
        self.lang = lang


class GraphInvalid(KnowgraphError, ValueError):
    """A built graph that violates the shapes; ``report`` holds the whole SHACL report.

    The message is one line: the number of violations and the first of them.
    """

    def __init__(self, report):
        first = next((line.strip() for line in report.text.splitlines() if "Message:" in line), "")
        detail = f": {one_line(first.removeprefix('Message:').strip())}" if first else ""
        super().__init__(
            f"the graph violates the shapes ({report.violations} violation(s)){detail}; see the exception's report"
        )
        self.report = report


class ParseError(KnowgraphError, ValueError):
    """An RDF file could not be read or parsed; the message is one line."""


class UnsupportedFormat(KnowgraphError, ValueError):
    """The file extension or format name is not one knowgraph reads or writes."""


class OutputError(KnowgraphError):
    """Writing (or serialising) failed; the message is one line, fit for a CLI."""


class StoreError(KnowgraphError):
    """A store (embedded or a SPARQL server) could not be opened, loaded or queried; the message is one line."""
