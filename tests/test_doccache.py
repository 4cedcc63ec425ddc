"""The per-doc lookups that the rules read instead of spaCy's Token attributes must be the same values."""

from __future__ import annotations

import pytest

import knowgraph
from knowgraph.nlp.doccache import cached_sentences, pinned_columns, token_columns

TEXTS = {
    "fr": (
        "La start-up parisienne Kerlann a levé 13,75 millions d'euros auprès de Partech et d'Alven,"
        "a annoncé lundi son PDG, Inès Morvan. « Nous allons recruter », a-t-elle dit."
    ),
    "en": (
        "London-based Quillfeather, whose backers include Index Ventures, said on Tuesday it had raised "
        "$40 million. Its chief executive, Tom Ashby, didn't comment."
    ),
}


@pytest.fixture(scope="module", params=sorted(TEXTS))
def doc(request):
    return knowgraph.load_pipeline(request.param)(TEXTS[request.param])


def test_token_columns_hold_the_token_attributes(doc):
    columns = token_columns(doc)
    assert columns.lower == [t.lower_ for t in doc]
    assert columns.lemma == [t.lemma_.lower() for t in doc]
    assert columns.text == [t.text for t in doc]
    assert columns.text_with_ws == [t.text_with_ws for t in doc]
    assert columns.pos == [t.pos_ for t in doc]
    assert columns.dep == [t.dep_ for t in doc]
    assert "".join(columns.text_with_ws) == doc.text
    # what the rules read in place of is_lower and is_alpha
    assert [t.text.islower() for t in doc] == [t.is_lower for t in doc]
    assert [t.text.isalpha() for t in doc] == [t.is_alpha for t in doc]


def test_token_columns_index_positions(doc):
    columns = token_columns(doc)
    for token in doc:
        assert token.i in columns.occurrences(token.text)
        assert token.i in columns.lower_occurrences(token.lower_)
    assert columns.occurrences("no such token anywhere") == []


def test_token_columns_are_rebuilt_for_another_doc(doc):
    first = token_columns(doc)
    second_doc = knowgraph.load_pipeline(doc.lang_)(doc.text.upper())
    assert token_columns(second_doc).text == [t.text for t in second_doc]
    assert token_columns(doc).text == first.text


def test_cached_sentences_give_the_same_sentences(doc):
    expected = [(t.sent.start, t.sent.end) for t in doc]
    with cached_sentences(doc):
        assert [(t.sent.start, t.sent.end) for t in doc] == expected
    assert "sent" not in doc.user_token_hooks


def test_pinned_columns_are_the_doc_s_columns_within_the_block(doc):
    other = knowgraph.load_pipeline(doc.lang_)(doc.text.upper())
    with pinned_columns(doc) as pinned:
        assert token_columns(doc) is pinned
        assert pinned.lower == [t.lower_ for t in doc]
        assert token_columns(other).text == [t.text for t in other]  # another doc: its own columns
        assert token_columns(doc) is pinned
    # after the block, the doc's token attributes are checked again
    original, doc[0].lemma_ = doc[0].lemma_, "pinned-test"
    try:
        assert token_columns(doc).lemma[0] == "pinned-test"
    finally:
        doc[0].lemma_ = original
