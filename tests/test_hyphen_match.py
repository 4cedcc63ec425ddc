"""knowgraph/nlp/hyphens.py's whole-token matcher with prefixed names excluded: the same answers as the
regex it stands for (``(?!split)(?:pattern)``, compiled at each start before), which is what spaCy
serialises and pickles."""

import pickle
import re

import pytest

from knowgraph.nlp.hyphens import _ExcludingMatch

SPLIT = r"(?:ex|anc)-(?!(?-i:PDG)\b)(?-i:[A-Z])"
WORDS = ["ex-Vantelo", "EX-Vantelo", "ex-vantelo", "ex-PDG", "Anc-Quorelle", "start-up", "a-t-il", "x-y", "ex-", ""]


@pytest.mark.parametrize(
    "pattern", [re.compile(r"(?iu)(?:^[a-z]+-[a-z]+$|^ex-\w+$)"), re.compile(r"^[a-z]+-\w+$", re.I)]
)
def test_matches_as_the_combined_regex(pattern):
    matcher = _ExcludingMatch(pattern, SPLIT)
    combined = re.compile(matcher.pattern)
    for word in WORDS:
        assert bool(matcher.match(word)) == bool(combined.match(word)), word


def test_flags_outside_the_text_use_the_combined_regex():
    # re.I given to compile is not in the pattern's text: the text alone is what was matched before
    matcher = _ExcludingMatch(re.compile(r"^[a-z]+-\w+$", re.I), SPLIT)
    assert matcher.match("ex-vantelo") and not matcher.match("EX-vantelo")


def test_pickles_and_serialises_as_the_combined_regex(fr):
    match = fr.tokenizer.token_match
    assert isinstance(match.__self__, _ExcludingMatch)
    again = pickle.loads(pickle.dumps(match))
    assert again.__self__.pattern == match.__self__.pattern
    for word in ["ex-Vantelo", "l'ex-PDG", "c'est-à-dire", "Vantelo"]:
        assert bool(again(word)) == bool(match(word)), word
