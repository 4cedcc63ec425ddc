"""A company's unit in a country, named by the company and the country ("Google France", "Microsoft
UK"): an organisation of its own, in that country and under that company.

    "Lina Varga dirige Google France depuis 2022. Google ..."
    -> subsidiaryOf(google-france, google), locatedIn(google-france, france)

The mention finder reads such names (:meth:`knowgraph.mentions.known_name_extensions.KnownNameExtensions.
country_unit_end`) and notes the company and the country of each; the facts need both to be entities of
the article (named elsewhere in it), as every fact's arguments must be.
"""

from __future__ import annotations

from spacy.tokens import Span

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, Referent
from knowgraph.mentions.known_name_extensions import COUNTRY_UNITS_KEY

_CONFIDENCE = 0.8


class CountryUnits(RuleFamily):
    """The company and the country of a unit named "Company Country" (see the module docstring)."""

    def start_sentence(self, sent: Span) -> list[Fact]:
        units = sent.doc.user_data.get(COUNTRY_UNITS_KEY)
        if not units:
            return []
        resolver = self.context.resolver
        facts: list[Fact] = []
        for start, (company, country) in units.items():
            if not sent.start <= start < sent.end:
                continue
            unit = resolver.mention_at(start)
            if unit is None or unit.start != start or unit.kb_id_ in (company, country):
                continue  # the finder kept another reading of the words
            trigger = sent.doc[unit.end - 1]  # the country's word names the unit as a unit
            for relation, other in (("subsidiaryOf", company), ("locatedIn", country)):
                if other in resolver.entities:
                    facts += self._make(
                        f"{self.lang}/{relation}.country_unit",
                        relation,
                        [Referent(unit.kb_id_, DIRECT, unit.start)],
                        [Referent(other, DIRECT, unit.start)],
                        trigger,
                        _CONFIDENCE,
                        resolver,
                        status=ASSERTED,
                    )
        return facts
