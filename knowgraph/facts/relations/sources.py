"""Who is no party to a statement: the source it is attributed to, and a public body listed after a partner.

The source a sentence is attributed to is no party to what it reports: "OpenAI signed an agreement with
cloud service CoreWeave, Reuters reports" names Reuters as the source, not as OpenAI's second partner (a
list reading "CoreWeave, Reuters" took it for one).

The attribution is postposed: a comma, then the source and its reporting verb (", Reuters reports") or the
verb and the source (", rapporte Reuters"), right after a name that is an argument of the same statement.
Only a fact that the same statement also makes with that name instead is dropped: "X will move to Microsoft
Azure, Microsoft said" keeps Microsoft, the cloud's maker. The verbs are data (``sources.verbs`` in
``knowgraph/data/<lang>/patterns.yaml``)::

    drop_attributed_sources(doc, facts, {"report", "say"}, resolver)  # the facts to remove

A government body or a regulator reached only as the next item of a list ("reviewing Kernwerk's partnership
with Quillon, and the Competition Bureau, which is looking into Brintel") is no partner: a partnership
with a public body is kept only when its name is the argument itself (:func:`drop_listed_public_partners`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from knowgraph.facts.relations.facts import Fact
from knowgraph.mentions.coref import Resolver


def _attributed_sources(
    doc: Doc, start: int, end: int, verbs: set[str], resolver: Resolver
) -> dict[str, tuple[int, str]]:
    """Entity key -> (token index, key of the name right before the comma) of the sources a postposed
    attribution names in ``doc[start:end]``."""
    sources: dict[str, tuple[int, str]] = {}
    for span in resolver.mentions_in(start, end):
        if span.start <= start or span.start >= end:
            continue
        before, after = doc[span.start - 1], doc[span.end] if span.end < end else None
        comma = None
        if before.text == "," and after is not None and (after.lemma_.lower() in verbs or after.lower_ in verbs):
            comma = span.start - 1  # ", Reuters reports"
        elif (
            (before.lemma_.lower() in verbs or before.lower_ in verbs)  # "rapporte" may be tagged a noun
            and span.start - 2 >= start
            and doc[span.start - 2].text == ","
            and (after is None or after.is_punct)
        ):
            comma = span.start - 2  # ", rapporte Reuters."
        previous = resolver.mention_at(comma - 1) if comma is not None and comma - 1 >= start else None
        if previous is not None and previous.end == comma:
            sources[span.kb_id_] = (span.start, previous.kb_id_)
    return sources


def drop_attributed_sources(doc: Doc, facts: list[Fact], verbs: set[str], resolver: Resolver) -> list[Fact]:
    """The facts that take the source their sentence is attributed to for the name listed before it."""
    if not verbs:
        return []
    dropped = []
    by_sentence: dict[int, dict[str, tuple[int, str]]] = {}
    made = {(f.relation, f.trigger, frozenset((f.subject, f.object))) for f in facts}
    for f in facts:
        if f.trigger >= len(doc):
            continue
        sent = doc[f.trigger].sent
        if sent.start not in by_sentence:
            by_sentence[sent.start] = _attributed_sources(doc, sent.start, sent.end, verbs, resolver)
        for key, other in ((f.subject, f.object), (f.object, f.subject)):
            at, previous = by_sentence[sent.start].get(key, (-1, ""))
            if at > f.trigger and (f.relation, f.trigger, frozenset((other, previous))) in made:
                dropped.append(f)  # "an agreement with CoreWeave, Reuters reports": CoreWeave, not Reuters
                break
    return dropped


def drop_listed_public_partners(doc: Doc, facts: list[Fact], public_kinds: set[str], direct: float = 0.8) -> list[Fact]:
    """partnerOf facts with a public body (an entity of ``public_kinds``) found less directly than a named
    argument of the pattern (confidence below ``direct``): a list reading took it for a partner."""
    entities = doc._.kg_entities or {}
    public = {k for k, e in entities.items() if e.kinds & public_kinds}
    return [
        f
        for f in facts
        if f.relation == "partnerOf" and f.confidence < direct and (f.subject in public or f.object in public)
    ]
