"""A company's unit named by the company's name and more: its unit in a country ("Google France",
"Microsoft UK"), its cloud, lab or fund the gazetteer knows ("Google Cloud", "Microsoft Research",
"Intel Capital"). Not any longer name the NER reads after a known company's: those name events,
initiatives and captions as often as units ("Microsoft Ignite").

    "Lina Varga dirige Google France depuis 2022. Google ..."
    -> subsidiaryOf(google-france, google), locatedIn(google-france, france)
    "Google Cloud signed ... Google ..." -> subsidiaryOf(google-cloud, google)

The mention finder reads the country units (:class:`knowgraph.mentions.known_name_extensions.
KnownNameExtensions`) and notes the company and the country of each in ``doc.user_data``; the
gazetteer knows the company of its own units (:meth:`knowgraph.mentions.gazetteer.Gazetteer.parent_of`).
Each unit's facts are stated once, at its first mention, when the article names the company (the
country) as an entity too, as every fact's arguments must be.
"""

from __future__ import annotations

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, Referent
from knowgraph.mentions.gazetteer import default_gazetteer
from knowgraph.mentions.known_name_extensions import UNITS_KEY

_CONFIDENCE = 0.8


class NamedUnits(RuleFamily):
    """The company (and the country) of a unit named after the company (see the module docstring)."""

    def end_doc(self) -> list[Fact]:
        resolver = self.context.resolver
        doc = self.context.doc
        noted = doc.user_data.get(UNITS_KEY, {})
        gazetteer = default_gazetteer()
        facts: list[Fact] = []
        seen: set[str] = set()
        for span in resolver.mentions_in(0, len(doc)):
            unit = span.kb_id_
            if unit in seen or resolver.type_of(unit) not in ("Organization", "Company"):
                continue
            if span.start in noted:
                company, country = noted[span.start]
            else:
                parent = gazetteer.parent_of(unit)
                company, country = (parent.key if parent is not None else None), None
            if company is None or unit in (company, country):
                continue
            seen.add(unit)
            trigger = doc[span.end - 1]  # the words after the company's name make it a unit
            for relation, other in (("subsidiaryOf", company), ("locatedIn", country)):
                if other is not None and other in resolver.entities:
                    facts += self._make(
                        f"{self.lang}/{relation}.named_unit",
                        relation,
                        [Referent(unit, DIRECT, span.start)],
                        [Referent(other, DIRECT, span.start)],
                        trigger,
                        _CONFIDENCE,
                        resolver,
                        status=ASSERTED,
                    )
        return facts
