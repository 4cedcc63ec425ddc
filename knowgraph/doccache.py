"""Per-doc lookups that spaCy recomputes at every access, computed once while a component reads a doc.

``token.sent`` builds a one-token span and scans the doc from it to the sentence boundaries at
every call; knowgraph's rules ask it thousands of times per article. :func:`cached_sentences`
installs, for the duration of a ``with`` block, a ``user_token_hooks["sent"]`` on the doc that
returns the sentence span found by ``doc.sents`` (the same boundaries), and removes it after.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

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
