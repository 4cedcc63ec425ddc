"""Optional rule families switched on by name: the registry, the component config and load_pipeline."""

from __future__ import annotations

import pytest

import knowgraph
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.registry import UnknownRuleFamily, resolve_families, rule_families
from knowgraph.nlp.pipeline import add_components, load_model

TEXT = "Nexalia, basée à Lyon, recrute des ingénieurs."


def _located(nlp, text: str = TEXT) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(f.object, f.rule) for f in doc._.kg_facts if f.relation == "locatedIn" and f.subject == "nexalia"}


def test_the_default_pipeline_states_only_the_place_the_text_names():
    located = _located(knowgraph.load_pipeline("fr"))
    assert any(obj == "lyon" for obj, _ in located)
    assert not any(obj == "france" for obj, _ in located)


def test_implied_places_by_name_add_the_towns_country_from_the_same_sentence():
    nlp = knowgraph.load_pipeline("fr", extra_families=["implied_places"])
    located = _located(nlp)
    assert ("france", "fr/locatedIn.implied") in located
    assert nlp.get_pipe_config("knowgraph_relations")["extra_families"] == ["implied_places"]
    kg = knowgraph.build(TEXT, lang="fr", nlp=nlp)
    assert kg.validate().conforms
    rows = kg.query(
        "PREFIX kg: <https://w3id.org/knowgraph/ai#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?label WHERE { ?org kg:locatedIn ?place . ?place rdfs:label ?label }"
    ).rows
    assert {"Lyon", "France"} <= {str(row["label"]) for row in rows}


def test_an_unknown_family_name_is_a_one_line_error_that_lists_the_known_ones():
    with pytest.raises(UnknownRuleFamily, match="implied_places") as error:
        resolve_families(["implied_countries"])
    assert isinstance(error.value, knowgraph.KnowgraphError)
    assert "\n" not in str(error.value)


def test_a_family_registered_by_another_package_runs_after_the_default_ones():
    @rule_families.register("test_partners_of_the_first_organization")
    class FirstPartners(RuleFamily):
        """A toy family: every organisation of the article partners with the first one."""

        def end_doc(self) -> list[Fact]:
            keys = [k for k, e in self.context.doc._.kg_entities.items() if e.type == "Organization"]
            return [Fact(keys[0], "partnerOf", key, "Asserted", 0.5, "en/partnerOf.test", 0, 1) for key in keys[1:]]

    nlp = add_components(load_model("en"), "en", extra_families=["test_partners_of_the_first_organization"])
    doc = nlp("Brintel Systems and Quorix Labs make sensors in Ohio.")
    assert [f.rule for f in doc._.kg_facts if f.relation == "partnerOf"] == ["en/partnerOf.test"]
