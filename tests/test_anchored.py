"""AnchoredMatcher gives what spaCy's Matcher with greedy="LONGEST" gives, on the windows after its anchors."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

import knowgraph
from knowgraph.nlp.anchored import AnchoredMatcher

TEXT = (
    "Orbitron sells chips such as Vello, Tessel and Quilla. Its models like Lumen 3 and Orbis are open. "
    "The model called Nexalia Mini, a chip named Ostra and tools including Quillon ship today. "
    "A model: Tessel. Models, such as Lumen, Orbis and Vello, run on chips"
)
PATTERNS = [
    [{"LEMMA": {"IN": ["chip", "model", "tool"]}, "POS": "NOUN"}, {"TEXT": ",", "OP": "?"}]
    + [{"LOWER": {"IN": ["such", "like", "including", "called", "named", ":"]}}, {"LOWER": "as", "OP": "?"}]
    + [{"IS_TITLE": True}, {"TEXT": ",", "OP": "?"}, {"IS_TITLE": True, "OP": "{0,2}"}],
    [{"LEMMA": {"IN": ["model"]}}, {"IS_ALPHA": True, "OP": "{1,3}"}],
]


@pytest.fixture(scope="module")
def nlp():
    return knowgraph.load_pipeline("en")


def test_the_same_matches_in_the_same_order(nlp):
    doc = nlp(TEXT)
    plain = Matcher(nlp.vocab)
    plain.add("SHAPES", PATTERNS, greedy="LONGEST")
    expected = plain(doc)
    assert len(expected) >= 4
    assert AnchoredMatcher(nlp.vocab, "SHAPES", PATTERNS)(doc) == expected
    # at the end of the doc too (a window cut by the doc's end), and on a doc without its anchors
    assert AnchoredMatcher(nlp.vocab, "SHAPES", PATTERNS)(doc[-6:].as_doc()) == plain(doc[-6:].as_doc())
    assert AnchoredMatcher(nlp.vocab, "SHAPES", PATTERNS)(nlp("Orbitron sells Vello.")) == []


def test_the_longest_match_a_pattern_can_have(nlp):
    assert AnchoredMatcher(nlp.vocab, "SHAPES", PATTERNS).span == 1 + 1 + 1 + 1 + 1 + 1 + 2


def test_patterns_that_cannot_be_anchored(nlp):
    with pytest.raises(ValueError):
        AnchoredMatcher(nlp.vocab, "X", [[{"LEMMA": {"IN": ["model"]}}, {"IS_ALPHA": True, "OP": "*"}]])
    with pytest.raises(ValueError):
        AnchoredMatcher(nlp.vocab, "X", [[{"LOWER": "model"}, {"IS_ALPHA": True}]])
    with pytest.raises(ValueError):
        AnchoredMatcher(nlp.vocab, "X", [[{"LEMMA": {"IN": ["model"]}, "OP": "?"}, {"IS_ALPHA": True}]])
