"""What the rules produce: :class:`Fact`, one statement of a relation, and the helpers every family shares
to place and merge facts.

    Fact("microsoft", "acquired", "nexalia", "Asserted", 0.8, "fr/acquired.verb", 0, 52)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from knowgraph.nlp.text import source_text

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj", "expl:subj")
# the factor an argument found by reading the words (not the parse) keeps of its confidence
LINEAR_FALLBACK = 0.9
# the weakest factor at which a description ("the French startup") is trusted to name an entity
DESCRIPTION_FACTOR = 0.7


@dataclass(frozen=True)
class Fact:
    """One statement of a relation between two entities of a ``Doc`` (by entity key)."""

    subject: str
    relation: str
    object: str
    status: str
    confidence: float
    rule: str
    start: int  # character offsets of the sentence in the article
    end: int
    trigger: int = field(default=0, compare=False)  # token index of the trigger word
    event: str | None = field(default=None, compare=False)


def sentence_bounds(sent: Span) -> tuple[int, int]:
    """Character offsets of a sentence without the white space around it in the original text
    (the period that ends an unpunctuated headline in the analysed text is a line break there)."""
    text = source_text(sent.doc)[sent.start_char : sent.end_char]
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return start, max(end, start + 1)


def dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object, status, sentence): the most confident rule wins."""
    best: dict[tuple, Fact] = {}
    for f in facts:
        key = (f.subject, f.relation, f.object, f.status, f.start)
        kept = best.get(key)
        if kept is None or f.confidence > kept.confidence:
            # a rule that declares no event never drops the event another rule saw in the same statement
            best[key] = f if f.event or kept is None or not kept.event else replace(f, event=kept.event)
    return sorted(best.values(), key=lambda f: (f.start, f.trigger, f.relation, f.subject, f.object))
