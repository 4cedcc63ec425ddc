"""Models that share a maker: the names of a list under a plural product noun ("ses modèles X et Y", "its X
and Y models") and the versions of a family ("Phi-3 Mini" by Microsoft, then "Phi-3 Small", "Phi-3"), given
the maker another rule found for one of them. Run by :class:`~knowgraph.facts.relations.maker_phrases.MakerPhrases`
once the document is read::

    ModelFamilies(rules, context).family_makers(doc, resolver, facts)  # the new facts
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, LINKED, Referent, Resolver
from knowgraph.nlp.resources import language_data

_MADE = ("Product", "AIModel")
# "Orbis 8b" and "Orbis 70b": sizes in parameters, like variant words, name two models of one family
_SIZE = re.compile(r"^\d+(?:[.,]\d+)?[bBmM]$")


class ModelFamilies(RuleFamily):
    """Lists and families of models that share a maker (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        words = language_data(self.lang, "patterns").get("maker_phrases", {})
        self.plural_heads = {w.lower() for w in words.get("plural_heads", [])}
        self.coordinators = {w.lower() for w in words.get("coordinators", [])}
        # "Phi-3 Mini", then "Phi-3 Small": variant words after a family's name (lexicon)
        self.model_variants = set(language_data(self.lang, "lexicon").get("model_variants", []))

    # -- "ses modèles Orbis 4.1 et Lumen 2" ----------------------------------------------------
    def _list_around(self, span: Span, sent: Span, resolver: Resolver) -> list[Span]:
        """The names listed with ``span`` ("X, Y et Z"), when the list is the complement or apposition of a
        plural product noun ("ses modèles X et Y", "its X and Y models", "X, Y and Z, its new models")."""
        doc = sent.doc
        separators = {",", *self.coordinators}
        items = [span]
        k = span.end
        while k < sent.end and doc[k].lower_ in separators:
            n = k + 1
            if n < sent.end and doc[n].lower_ in self.coordinators:
                n += 1  # ", and"
            nxt = resolver.mention_at(n)
            if nxt is None or nxt.start != n or nxt.label_ not in _MADE:
                break
            items.append(nxt)
            k = nxt.end
        first = span.start
        while first - 2 >= sent.start and doc[first - 1].lower_ in separators:
            prev = resolver.mention_at(first - 2)
            if prev is None or prev.end != first - 1 or prev.label_ not in _MADE:
                break
            items.insert(0, prev)
            first = prev.start
        if len(items) < 2 or not any(doc[a.end].lower_ in self.coordinators for a in items[:-1]):
            return []
        before = doc[first - 1] if first - 1 >= sent.start else None
        after = doc[k] if k < sent.end else None
        if after is not None and after.text == "," and k + 1 < sent.end:
            m = k + 1
            while m < sent.end and (doc[m].pos_ in ("DET", "ADJ") or doc[m].lower_ in self.possessives) and m - k < 5:
                m += 1
            after = doc[m] if m < sent.end else None  # "X, Y and Z, its new small models"
        heads = [t for t in (before, after) if t is not None and t.lower_ in self.plural_heads]
        return items if heads else []

    def shared_makers(self, doc: Doc, resolver: Resolver, facts: list[Fact]) -> list[Fact]:
        made = {f.subject for f in facts if f.relation == "developedBy"}
        found: list[Fact] = []
        for fact in facts:
            if fact.relation != "developedBy" or fact.status != ASSERTED:
                continue
            sent = doc[fact.trigger].sent
            for span in resolver.mentions_in(sent.start, sent.end):
                if span.kb_id_ != fact.subject or span.start < sent.start:
                    continue
                for other in self._list_around(span, sent, resolver):
                    if other.kb_id_ in made:
                        continue  # a maker of its own ("OpenAI's GPT-4 and Google's Gemini models")
                    made.add(other.kb_id_)
                    found += self._make(
                        f"{self.lang}/developedBy.list",
                        "developedBy",
                        [Referent(other.kb_id_, DIRECT, other.start)],
                        [Referent(fact.object, LINKED, other.start)],
                        doc[other.start],
                        round(fact.confidence * 0.95, 3),
                        resolver,
                        status=ASSERTED,
                    )
        return found

    # -- "Phi-3 Mini" by Microsoft, then "Phi-3 Small", "Phi-3", "Phi" --------------------------------
    @staticmethod
    def _same_family(name: str, other: str, variants: set[str]) -> bool:
        """ "Phi-3" and "Phi-3 Mini" (one names the other's family, at a word or hyphen boundary), "Phi-3
        Small" and "Phi-3 Mini" (the same family, two variant words), "Orbis 8b" and "Orbis 70b" (two sizes)."""
        short, long = sorted((name, other), key=len)
        if long.startswith(short) and long[len(short) : len(short) + 1] in (" ", "-"):
            return True
        first, _, rest = name.partition(" ")
        first_other, _, rest_other = other.partition(" ")
        return first == first_other and all(r in variants or _SIZE.match(r) for r in (rest, rest_other))

    def family_makers(self, doc: Doc, resolver: Resolver, facts: list[Fact]) -> list[Fact]:
        """A model of the same family as one whose maker the article gives is that maker's, unless the
        article gives it another; models only (a product named after its maker is NamedMakers')."""
        entities = doc._.kg_entities or {}
        makers: dict[str, dict[str, float]] = {}
        for f in facts:
            if f.relation == "developedBy" and f.status == ASSERTED:
                makers.setdefault(f.subject, {})[f.object] = max(
                    makers.get(f.subject, {}).get(f.object, 0), f.confidence
                )
        known = {
            k: max(v, key=v.get)
            for k, v in makers.items()
            if len(v) == 1 and entities.get(k) and entities[k].type == "AIModel"
        }
        found: list[Fact] = []
        done: set[str] = set()
        for span in resolver.mentions:
            key = span.kb_id_
            entity = entities.get(key)
            if entity is None or entity.type != "AIModel" or key in makers or key in done:
                continue
            before = doc[span.start - 1] if span.start > span.sent.start else None
            if before is not None and before.text[:1].isupper():
                continue  # "Chat GPT": a name cut out of a longer one is no family of its own
            # the name as written here ("Generative Pre-Trained Transformer" for GPT names no family)
            owners = {
                maker
                for other, maker in known.items()
                if self._same_family(span.text, entities[other].name, self.model_variants)
            }
            if len(owners) == 1:
                done.add(key)
                found += self._make(
                    f"{self.lang}/developedBy.family",
                    "developedBy",
                    [Referent(key, DIRECT, span.start)],
                    [Referent(owners.pop(), LINKED, span.start)],
                    doc[span.start],
                    0.75,
                    resolver,
                    status=ASSERTED,
                )
        return found
