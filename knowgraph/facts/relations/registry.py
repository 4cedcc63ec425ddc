"""Optional rule families, by name: the ``extra_families`` of the ``knowgraph_relations`` component.

The default families (:data:`~knowgraph.facts.relations.engine.FAMILIES`) state what the text says.
Families that read more into it are off by default and named here, so that a pipeline config, a
script or another package can switch them on without editing knowgraph::

    nlp = knowgraph.load_pipeline("fr", extra_families=["implied_places"])
    kg = knowgraph.build("Nexalia, basée à Lyon, recrute.", lang="fr", nlp=nlp)
    # locatedIn(nexalia, lyon), and locatedIn(nexalia, france) from the rule fr/locatedIn.implied

    # in a spaCy config
    [components.knowgraph_relations]
    factory = "knowgraph_relations"
    lang = "fr"
    extra_families = ["implied_places"]

Another package registers a family (a :class:`~knowgraph.facts.relations.family.RuleFamily` subclass)
by entry point, as spaCy's own registries are extended::

    [project.entry-points.knowgraph_rule_families]
    my_family = "my_package.rules:MyFamily"

Extra families run after the default ones, in the order given.
"""

from __future__ import annotations

from collections.abc import Iterable

import catalogue

from knowgraph.errors import KnowgraphError
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.implied_places import ImpliedPlaces

#: name -> RuleFamily subclass; entry point group ``knowgraph_rule_families``
rule_families = catalogue.create("knowgraph", "rule_families", entry_points=True)
rule_families.register("implied_places", func=ImpliedPlaces)


class UnknownRuleFamily(KnowgraphError, ValueError):
    """A name in ``extra_families`` that no family is registered under."""


def resolve_families(names: Iterable[str]) -> tuple[type[RuleFamily], ...]:
    """The registered families of ``names``, in order.

    >>> resolve_families(["implied_places"])
    (<class 'knowgraph.facts.relations.implied_places.ImpliedPlaces'>,)
    """
    families: list[type[RuleFamily]] = []
    for name in names:
        try:
            family = rule_families.get(name)  # registered in code, or by an installed package's entry point
        except catalogue.RegistryError:
            known = ", ".join(sorted(rule_families.get_all())) or "none"
            raise UnknownRuleFamily(f"no rule family named {name!r} (known: {known})") from None
        if not (isinstance(family, type) and issubclass(family, RuleFamily)):
            raise UnknownRuleFamily(f"the rule family {name!r} is not a RuleFamily subclass")
        families.append(family)
    return tuple(families)
