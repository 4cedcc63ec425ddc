"""Places a stated place implies, as Wikidata reads them: a town the gazetteer knows to be in a region
or a country (the ``hq`` column of its Place rows) puts what is located in the town in that region and
country too.

    "Nexalia, basée à Lyon, recrute." -> locatedIn(nexalia, lyon) (stated) and locatedIn(nexalia, france)
    (rule ``fr/locatedIn.implied``, from the same sentence)

Not in the default :data:`~knowgraph.facts.relations.engine.FAMILIES`: the project's annotation guide
(a fact is what the text says, never world knowledge) and the gold of its news sets leave the country
out unless the text names it, so the default graph states only the stated places. A reader that wants
Wikidata's reading (a country for every seat) adds the family::

    from knowgraph.facts.relations.engine import FAMILIES, RelationExtractor
    extractor = RelationExtractor(nlp, "fr", families=FAMILIES + (ImpliedPlaces,))

The implied fact keeps the status and the sentence of the fact it comes from, with a slightly lower
confidence; a place the gazetteer does not know implies nothing. The enclosing place becomes an entity
of the article (with its Wikidata id) even when the text never names it.
"""

from __future__ import annotations

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.entities import Entity
from knowgraph.mentions.gazetteer import default_gazetteer
from knowgraph.mentions.linking import GazetteerLinker

# the share of the stated fact's confidence an implied place keeps (the gazetteer may miss a homonym)
IMPLIED_FACTOR = 0.95
# "Springfield" -> "Illinois" -> "United States": no chain in the gazetteer is longer
_MAX_STEPS = 3


class ImpliedPlaces(RuleFamily):
    """At the end of the document, each stated locatedIn's enclosing places (see the module docstring)."""

    def end_doc(self) -> list[Fact]:
        entities: dict[str, Entity] = self.context.doc._.kg_entities
        gazetteer = default_gazetteer()
        rule = f"{self.lang}/locatedIn.implied"
        out: list[Fact] = []
        for fact in self.context.facts:
            if fact.relation != "locatedIn" or fact.object not in entities:
                continue
            seen = {fact.subject, fact.object}
            enclosing = entities[fact.object].hq
            for _ in range(_MAX_STEPS):
                entry = gazetteer.get(enclosing) if enclosing and enclosing not in seen else None
                if entry is None or entry.type != "Place":
                    break
                if entry.key not in entities:
                    entity = GazetteerLinker.entity(entry, fact.trigger)
                    entity.surface_forms.add(entry.name)
                    entities[entry.key] = entity
                elif entities[entry.key].type != "Place":
                    break
                seen.add(entry.key)
                out.append(
                    Fact(
                        fact.subject,
                        "locatedIn",
                        entry.key,
                        fact.status,
                        round(fact.confidence * IMPLIED_FACTOR, 3),
                        rule,
                        fact.start,
                        fact.end,
                        fact.trigger,
                    )
                )
                enclosing = entry.hq
        return out
