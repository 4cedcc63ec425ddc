"""spaCy makes a new ``Token`` object at every access (``doc[i]``, ``token.head``), so two tokens
are never the same object even when they are the same word: ``token.head is token`` is always
false, and a climb to the root written with it never stops at the root. One such loop hung the build
of a real article whose sentence had no verb. Compare tokens by position (``token.head.i ==
token.i``) or with ``==``, never with ``is``.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "knowgraph"

#: Attributes that hold a spaCy Token (or Span) made anew at each access.
TOKEN_ATTRIBUTES = {"head", "root", "left_edge", "right_edge", "sent"}


def _identity_comparisons_of_tokens(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        if (
            any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
            and any(isinstance(side, ast.Attribute) and side.attr in TOKEN_ATTRIBUTES for side in sides)
            and not any(isinstance(side, ast.Constant) for side in sides)
        ):
            lines.append(node.lineno)
    return lines


def test_no_token_is_compared_by_identity():
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _identity_comparisons_of_tokens(path.read_text(encoding="utf-8")))
    }
    assert found == {}, f"tokens compared with 'is' (always false for spaCy tokens): {found}"


def test_the_check_finds_a_climb_written_with_is():
    climb = "while node.head is not node:\n    node = node.head\nok = node.head.i == node.i\n"
    assert _identity_comparisons_of_tokens(climb) == [1]
    assert _identity_comparisons_of_tokens("if span.root is None:\n    pass\n") == []
