"""The shared reader of coordinated lists (knowgraph.mentions.coordination), on sentences written for the
project with invented names: which names a list holds before its last name, and when it holds none."""

from __future__ import annotations

from knowgraph.mentions.coordination import listed_before
from knowgraph.mentions.coref import Resolver


def _listed(nlp, lang: str, text: str, last: str, **options) -> list[str]:
    doc = nlp(text)
    resolver = Resolver(doc, lang)
    span = next(s for s in resolver.mentions if s.text == last)
    types = {resolver.type_of(span.kb_id_)}
    return [r.key for r in listed_before(span, resolver, types, **options)]


def test_serial_comma_asides_and_relative_clauses_are_read_over(en, fr):
    text = "Yesterday Nexalia, Brintel (Oslo), and Quillon signed the charter."
    assert _listed(en, "en", text, "Quillon") == ["nexalia", "brintel"]
    text = "Hier, Nexalia, qui vend des drones, et Quillon Systems ont signé la charte."
    assert _listed(fr, "fr", text, "Quillon Systems") == ["nexalia"]


def test_a_list_opened_by_a_preposition_is_refused_dropped_or_kept(fr):
    text = "Selon Nexalia, Brintel et Quillon Systems ont signé la charte."
    assert _listed(fr, "fr", text, "Quillon Systems") == []
    assert _listed(fr, "fr", text, "Quillon Systems", preposition="keep") == ["nexalia", "brintel"]
    assert _listed(fr, "fr", text, "Quillon Systems", preposition="drop") == ["brintel"]


def test_a_list_must_end_in_a_coordinator_when_asked(en):
    text = "Yesterday Nexalia, Quillon signed the charter."
    assert _listed(en, "en", text, "Quillon", ending_coordinator=True) == []
