"""Per-doc lookups that spaCy recomputes at every access, computed once while a component reads a doc.

``token.sent`` builds a one-token span and scans the doc from it to the sentence boundaries at
every call; knowgraph's rules ask it thousands of times per article. :func:`cached_sentences`
installs, for the duration of a ``with`` block, a ``user_token_hooks["sent"]`` on the doc that
returns the sentence span found by ``doc.sents`` (the same boundaries), and removes it after.
:func:`token_columns` gives per-token strings as lists, and :func:`doc_text` the doc's text, which
``doc.text`` joins anew from every token at each access.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc


@contextmanager
def cached_sentences(doc: Doc) -> Iterator[None]:
    """Within the block, ``token.sent`` for the tokens of ``doc`` is a list lookup."""
    if "sent" in doc.user_token_hooks or not doc.has_annotation("SENT_START"):
        yield  # a hook of the user's, or no sentences (token.sent raises as before)
        return
    of_token: list = []
    for sent in doc.sents:
        of_token.extend([sent] * (sent.end - sent.start))
    doc.user_token_hooks["sent"] = lambda token: of_token[token.i]
    try:
        yield
    finally:
        doc.user_token_hooks.pop("sent", None)


class TokenColumns:
    """Per-token strings of a doc as lists, by token index: ``lower`` (``token.lower_``), ``lemma``
    (``token.lemma_.lower()``), ``text``, ``text_with_ws``, ``pos`` (``token.pos_``) and ``dep``
    (``token.dep_``).

    spaCy builds a Python string at every attribute access; the rules read these thousands of
    times per article. Read-only: the same lists serve every reader of the doc.
    """

    __slots__ = ("lower", "lemma", "text", "text_with_ws", "pos", "dep", "_by_text", "_by_lower")

    def __init__(self, lower, lemma, text, text_with_ws, pos, dep):
        self.lower, self.lemma, self.text, self.text_with_ws, self.pos, self.dep = (
            lower,
            lemma,
            text,
            text_with_ws,
            pos,
            dep,
        )
        self._by_text: dict[str, list[int]] | None = None
        self._by_lower: dict[str, list[int]] | None = None

    def occurrences(self, text: str) -> list[int]:
        """The indices of the tokens written ``text``, in order (an index built on first use)."""
        if self._by_text is None:
            self._by_text = _index(self.text)
        return self._by_text.get(text, [])

    def lower_occurrences(self, lower: str) -> list[int]:
        """The indices of the tokens whose lower-case form is ``lower``, in order."""
        if self._by_lower is None:
            self._by_lower = _index(self.lower)
        return self._by_lower.get(lower, [])


def _index(column: list[str]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for i, value in enumerate(column):
        positions.setdefault(value, []).append(i)
    return positions


_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # doc -> its text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: a doc's characters never change (retokenising keeps them), and
    the rules of one article read them sentence by sentence::

        text = doc_text(doc)
        text[sent.start_char : sent.end_char] == sent.text
    """
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


_ATTRS = (LOWER, LEMMA, ORTH, SPACY, POS, DEP)
_STRINGS: dict = {}  # string hash -> string (a hash names one string whatever the vocabulary)
_last: list = [None, None, None]  # weak reference to the last doc, its attribute array, its columns
_pinned: list = [None, None]  # the doc of the innermost pinned_columns block, its columns


@contextmanager
def pinned_columns(doc: Doc) -> Iterator[TokenColumns]:
    """Within the block, :func:`token_columns` of ``doc`` are the ones found on entering it, not checked
    again against the doc's token attributes (a ``doc.to_array`` at each call): for a component that
    changes no token attribute while it reads the doc."""
    previous = _pinned[:]
    columns = token_columns(doc)
    _pinned[:] = [doc, columns]
    try:
        yield columns
    finally:
        _pinned[:] = previous


def token_columns(doc: Doc) -> TokenColumns:
    """The :class:`TokenColumns` of ``doc``: those of the last doc asked for when it is the same
    doc with the same token attributes (the mentions and the relations components read the same
    doc one after the other), else built from ``doc.to_array``; within :func:`pinned_columns`, the
    pinned ones."""
    if _pinned[0] is doc:
        return _pinned[1]
    array = doc.to_array(_ATTRS)
    ref, known, columns = _last
    if ref is not None and ref() is doc and known.shape == array.shape and (known == array).all():
        return columns
    strings, vocab_strings = _STRINGS, doc.vocab.strings
    if len(strings) > 500_000:
        strings.clear()

    def string(h: int) -> str:
        s = strings.get(h)
        if s is None:
            s = strings[h] = vocab_strings[h]
        return s

    lower, lemma, orth, spacy_, pos, dep = array.T.tolist() if len(array) else ([], [], [], [], [], [])
    text = [string(h) for h in orth]
    columns = TokenColumns(
        [string(h) for h in lower],
        [string(h).lower() for h in lemma],
        text,
        [t + " " if s else t for t, s in zip(text, spacy_, strict=False)],
        [POS_NAMES[p] for p in pos],
        [string(h) for h in dep],
    )
    _last[:] = [weakref.ref(doc), array, columns]
    return columns
