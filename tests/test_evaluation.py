"""knowgraph's own evaluation (``knowgraph.evaluation``, ``knowgraph evaluate``).

Small gold cases and graphs written here pin each matching rule (alias, Wikidata id, symmetric
relation, ceoOf implies worksFor, optional facts, hedged statements, amount tolerance, event roles);
graphs made from the project's own gold (``corpus/dev``) must score perfectly; and the command and
the Python API are run on real builds of corpus texts.
"""

from __future__ import annotations

import doctest
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

import knowgraph
from knowgraph.evaluation import (
    GoldCase,
    GoldError,
    RelationClosure,
    load_gold,
    load_gold_dir,
    normalise,
    score_file,
    score_graph,
)
from knowgraph.evaluation.gold import RELATIONS

AI = Namespace("https://w3id.org/knowgraph/ai#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
EX = Namespace("urn:test:")
DEV = ROOT / "corpus" / "dev"

ORBILUX_GOLD = {
    "id": "t-01",
    "lang": "en",
    "published": "2025-02-03",
    "entities": [
        {"name": "Orbilux", "type": "Organization", "aliases": ["the Oslo start-up"]},
        {"name": "Microsoft", "type": "Organization", "aliases": [], "wikidata": "Q2283"},
        {"name": "Aster Robotics", "type": "Organization", "aliases": []},
        {"name": "Mira Okafor", "type": "Person", "aliases": ["Okafor"]},
        {"name": "Oslo", "type": "Place", "aliases": []},
        {"name": "Kelda Fund", "type": "Organization", "aliases": []},
    ],
    "facts": [
        ["Orbilux", "locatedIn", "Oslo"],
        ["Orbilux", "partnerOf", "Aster Robotics"],
        ["Mira Okafor", "ceoOf", "Orbilux"],
        ["Microsoft", "investedIn", "Orbilux"],
    ],
    "events": [
        {
            "type": "Investment",
            "investor": "Microsoft",
            "investee": "Orbilux",
            "amount": {"value": 1300000000, "currency": "USD"},
            "date": "2025-01",
        }
    ],
    "optional": [["Mira Okafor", "worksFor", "Aster Robotics"]],
    "not_facts": [["Microsoft", "acquired", "Orbilux"]],
}


def gold(**changes) -> GoldCase:
    return GoldCase.from_dict({**ORBILUX_GOLD, **changes})


def entity(graph: Graph, key: str, kind: str, label: str, *other_names: str) -> URIRef:
    node = EX[key]
    graph.add((node, RDF.type, AI[kind]))
    graph.add((node, RDFS.label, Literal(label)))
    for name in other_names:
        graph.add((node, SKOS.altLabel, Literal(name)))
    return node


def investment(graph: Graph, investor, investee, value=None, currency="USD", date=None, lo=None, hi=None) -> BNode:
    event = BNode()
    graph.add((event, RDF.type, AI.Investment))
    if investor is not None:
        graph.add((event, AI.investor, investor))
    graph.add((event, AI.investee, investee))
    if value is not None or lo is not None or hi is not None:
        amount = BNode()
        graph.add((event, AI.amount, amount))
        graph.add((amount, RDF.type, SCHEMA.MonetaryAmount))
        graph.add((amount, SCHEMA.currency, Literal(currency)))
        for predicate, number in ((SCHEMA.value, value), (SCHEMA.minValue, lo), (SCHEMA.maxValue, hi)):
            if number is not None:
                graph.add((amount, predicate, Literal(Decimal(number), datatype=XSD.decimal)))
    if date is not None:
        graph.add((event, AI.date, Literal(date, datatype=XSD.gYearMonth if len(date) == 7 else XSD.date)))
    return event


def orbilux_graph() -> tuple[Graph, dict[str, URIRef]]:
    """The graph a perfect reading of the Orbilux case gives, under surface forms of its own."""
    g = Graph()
    nodes = {
        "orbilux": entity(g, "orbilux", "Company", "Orbilux AI"),  # suffix, and a subclass of Organization
        "microsoft": entity(g, "msft", "Organization", "Microsoft Corporation"),
        "aster": entity(g, "aster", "Organization", "Aster Robotics"),
        "mira": entity(g, "mira", "Person", "MIRA OKAFOR"),
        "oslo": entity(g, "oslo", "Place", "Oslo"),
    }
    g.add((nodes["microsoft"], OWL.sameAs, WD.Q2283))
    g.add((nodes["orbilux"], AI.locatedIn, nodes["oslo"]))
    g.add((nodes["aster"], AI.partnerOf, nodes["orbilux"]))  # the mirror of the gold fact
    g.add((nodes["mira"], AI.ceoOf, nodes["orbilux"]))
    g.add((nodes["microsoft"], AI.investedIn, nodes["orbilux"]))
    investment(g, nodes["microsoft"], nodes["orbilux"], value=1_300_000_000, date="2025-01")
    return g, nodes


@pytest.mark.parametrize("module", ["gold", "matching", "closure"])
def test_doctests(module):
    import importlib

    result = doctest.testmod(importlib.import_module(f"knowgraph.evaluation.{module}"))
    assert result.attempted > 0 and result.failed == 0


# -- matching rules ---------------------------------------------------------------------------


def test_normalise_drops_case_accents_punctuation_and_a_leading_article():
    assert normalise("  L’Équipe   Vélo ") == "equipe velo"
    assert normalise("The Oslo start-up") == normalise("oslo START UP")
    assert normalise("the") == "the"  # an article alone is a name


def test_a_perfect_reading_under_other_surface_forms_scores_one():
    g, _ = orbilux_graph()
    result = score_graph(g, gold())
    assert (result.facts.tp, result.facts.fp, result.facts.fn) == (5, 0, 0)  # 4 facts + worksFor from ceoOf
    assert result.facts.f1 == 1.0
    assert result.events.f1 == 1.0
    assert (result.amounts.right, result.amounts.total) == (1, 1)
    assert (result.dates.right, result.dates.total) == (1, 1)
    assert result.hedged_asserted == []
    # Kelda Fund is in the gold but not in the graph: the only entity missed
    assert result.missed_entities == [("Kelda Fund", "Organization")]
    assert result.wrong_entities == []


def test_alias_matches_a_node_labelled_with_it():
    g = Graph()
    start_up = entity(g, "a", "Organization", "The Oslo Start-Up")
    oslo = entity(g, "b", "Place", "Oslo")
    g.add((start_up, AI.locatedIn, oslo))
    result = score_graph(g, gold())
    assert ("Orbilux", "locatedIn", "Oslo") not in result.missed_facts
    assert result.facts.tp == 1 and result.facts.fp == 0


def test_other_name_of_a_node_matches_too():
    g = Graph()
    entity(g, "p", "Person", "Dr M. Okafor", "Mira Okafor")
    result = score_graph(g, gold())
    assert ("Mira Okafor", "Person") not in result.missed_entities
    assert (result.entities.tp, result.entities.fp) == (1, 0)


def test_wikidata_id_matches_whatever_the_label():
    g = Graph()
    redmond = entity(g, "r", "Organization", "the software giant")
    g.add((redmond, OWL.sameAs, WD.Q2283))
    result = score_graph(g, gold())
    assert ("Microsoft", "Organization") not in result.missed_entities
    assert result.wrong_entities == []


def test_an_unknown_entity_keeps_its_own_name_and_is_wrong():
    g = Graph()
    other = entity(g, "x", "Organization", "Zephyr Minerals")
    orbilux = entity(g, "o", "Organization", "Orbilux")
    g.add((other, AI.investedIn, orbilux))
    result = score_graph(g, gold())
    assert result.wrong_entities == [("?Zephyr Minerals", "Organization")]
    assert result.wrong_facts == [("?Zephyr Minerals", "investedIn", "Orbilux")]


def test_symmetric_relation_is_the_same_fact_both_ways():
    g, nodes = orbilux_graph()
    g.remove((nodes["aster"], AI.partnerOf, nodes["orbilux"]))
    g.add((nodes["orbilux"], AI.partnerOf, nodes["aster"]))
    assert score_graph(g, gold()).facts.fn == 0
    # a non-symmetric relation is not: Oslo is not located in Orbilux
    g.remove((nodes["orbilux"], AI.locatedIn, nodes["oslo"]))
    g.add((nodes["oslo"], AI.locatedIn, nodes["orbilux"]))
    result = score_graph(g, gold())
    assert result.missed_facts == [("Orbilux", "locatedIn", "Oslo")]
    assert result.wrong_facts == [("Oslo", "locatedIn", "Orbilux")]


def test_symmetric_relations_come_from_the_ontology():
    assert RelationClosure().symmetric == {"partnerOf", "competitorOf"}


def test_ceo_of_implies_works_for():
    g, nodes = orbilux_graph()
    # a worksFor gold (as a corpus that knows only employers writes it) is found by a ceoOf triple
    employer_only = gold(facts=[["Mira Okafor", "worksFor", "Orbilux"]], events=[])
    result = score_graph(g, employer_only, relations={"worksFor"})
    assert (result.facts.tp, result.facts.fp, result.facts.fn) == (1, 0, 0)
    # but worksFor alone does not find a ceoOf
    g.remove((nodes["mira"], AI.ceoOf, nodes["orbilux"]))
    g.add((nodes["mira"], AI.worksFor, nodes["orbilux"]))
    assert score_graph(g, gold()).missed_facts == [("Mira Okafor", "ceoOf", "Orbilux")]


def test_inverse_and_sub_properties_declared_by_a_graph_are_honoured():
    g, nodes = orbilux_graph()
    g.remove((nodes["mira"], AI.ceoOf, nodes["orbilux"]))
    g.remove((nodes["orbilux"], AI.locatedIn, nodes["oslo"]))
    g.add((EX.ledBy, OWL.inverseOf, AI.ceoOf))
    g.add((nodes["orbilux"], EX.ledBy, nodes["mira"]))
    g.add((EX.headquarteredIn, RDFS.subPropertyOf, AI.locatedIn))
    g.add((nodes["orbilux"], EX.headquarteredIn, nodes["oslo"]))
    result = score_graph(g, gold())
    assert result.missed_facts == [] and result.wrong_facts == []


def test_optional_fact_is_neither_rewarded_nor_penalised():
    g, nodes = orbilux_graph()
    g.add((nodes["mira"], AI.worksFor, nodes["aster"]))
    result = score_graph(g, gold())
    assert (result.facts.tp, result.facts.fp, result.facts.fn) == (5, 0, 0)


def test_hedged_statement_asserted_is_counted_and_wrong():
    g, nodes = orbilux_graph()
    g.add((nodes["microsoft"], AI.acquired, nodes["orbilux"]))
    result = score_graph(g, gold())
    assert result.hedged_asserted == [("Microsoft", "acquired", "Orbilux")]
    assert result.facts.fp == 1


@pytest.mark.parametrize(
    ("value", "currency", "right"),
    [
        (1_300_000_000, "USD", True),
        (1_305_000_000, "USD", True),  # 0.4 % off: rounding in the text
        (1_310_000_000, "USD", False),  # 0.8 % off: another amount
        (1_300_000_000, "EUR", False),
        (None, "USD", False),
    ],
)
def test_amount_tolerance(value, currency, right):
    g, nodes = orbilux_graph()
    for event in list(g.subjects(RDF.type, AI.Investment)):
        g.remove((event, None, None))
    investment(g, nodes["microsoft"], nodes["orbilux"], value=value, currency=currency, date="2025-01-20")
    result = score_graph(g, gold())
    assert result.events.tp == 1  # the event is found either way
    assert result.amounts.right == int(right)
    assert result.dates.right == 1  # a more precise date than the gold's is right


def test_amount_range():
    case = gold(
        events=[{"type": "Investment", "investee": "Orbilux", "amount": {"min": 4e8, "max": 6.5e8, "currency": "USD"}}]
    )
    g, nodes = orbilux_graph()
    for event in list(g.subjects(RDF.type, AI.Investment)):
        g.remove((event, None, None))
    investment(g, None, nodes["orbilux"], lo=400_000_000, hi=650_000_000)
    result = score_graph(g, case)
    assert (result.events.tp, result.amounts.right) == (1, 1)


@pytest.mark.parametrize(
    ("found", "right"),
    [
        ({"hi": 100_000_000}, True),  # "up to $100M": the gold's open range
        ({"value": 100_000_000}, False),  # a value is not a range
        ({"lo": 50_000_000, "hi": 100_000_000}, False),  # a lower bound the gold leaves open
    ],
)
def test_amount_range_with_one_bound(found, right):
    case = gold(events=[{"type": "Investment", "investee": "Orbilux", "amount": {"max": 1e8, "currency": "USD"}}])
    g, nodes = orbilux_graph()
    for event in list(g.subjects(RDF.type, AI.Investment)):
        g.remove((event, None, None))
    investment(g, None, nodes["orbilux"], **found)
    result = score_graph(g, case)
    assert (result.events.tp, result.amounts.right) == (1, int(right))


def test_amounts_are_counted_on_all_gold_events_and_on_the_found_ones():
    """The shared scorer's `amounts a/b` counts every gold event with an amount in b; the
    qualifier's own accuracy is right / found: an event never found is an event miss."""
    second = {"type": "Acquisition", "acquirer": "Microsoft", "acquiree": "Aster Robotics"}
    case = gold(
        events=[
            {"type": "Investment", "investee": "Orbilux", "amount": {"value": 1.3e9, "currency": "USD"}},
            second | {"amount": {"value": 9e8, "currency": "USD"}},
            {
                "type": "Investment",
                "investor": "Aster Robotics",
                "investee": "Orbilux",
                "amount": {"value": 5e7, "currency": "EUR"},
            },
        ]
    )
    g, nodes = orbilux_graph()  # finds the Microsoft investment with its amount, not the other two
    result = score_graph(g, case)
    assert (result.amounts.right, result.amounts.total, result.amounts.found) == (1, 3, 1)
    assert result.amounts.accuracy_on_found == 1.0
    investment(g, nodes["aster"], nodes["orbilux"], value=60_000_000, currency="EUR")  # found, wrong amount
    result = score_graph(g, case)
    assert (result.amounts.right, result.amounts.total, result.amounts.found) == (1, 3, 2)
    assert result.amounts.accuracy_on_found == 0.5


def test_event_roles_decide_the_match():
    g, nodes = orbilux_graph()
    for event in list(g.subjects(RDF.type, AI.Investment)):
        g.remove((event, None, None))
    investment(g, nodes["aster"], nodes["orbilux"])  # the wrong investor
    result = score_graph(g, gold())
    assert (result.events.tp, result.events.fp, result.events.fn) == (0, 1, 1)
    # a gold Investment without an investor needs only the investee
    no_investor = gold(events=[{"type": "Investment", "investee": "Orbilux"}])
    assert score_graph(g, no_investor).events.tp == 1


def test_partnership_needs_every_gold_partner():
    case = gold(events=[{"type": "Partnership", "partners": ["Orbilux", "Aster Robotics"]}])
    g, nodes = orbilux_graph()
    deal = BNode()
    g.add((deal, RDF.type, AI.Partnership))
    g.add((deal, AI.partner, nodes["orbilux"]))
    assert score_graph(g, case).events.tp == 0
    g.add((deal, AI.partner, nodes["aster"]))
    g.add((deal, AI.partner, nodes["microsoft"]))  # one more partner than the gold is fine
    assert score_graph(g, case).events.tp == 1


def test_relations_option_ignores_the_others():
    g, _ = orbilux_graph()
    result = score_graph(g, gold(), relations={"locatedIn"})
    assert (result.facts.tp, result.facts.fp, result.facts.fn) == (1, 0, 0)
    assert result.gold_facts == [("Orbilux", "locatedIn", "Oslo")]


def test_unmapped_entities_are_not_counted():
    case = gold(unmapped_entities=["Nordic Prize"])
    g, _ = orbilux_graph()
    entity(g, "prize", "Organization", "Nordic Prize")
    assert score_graph(g, case).wrong_entities == []


# -- the gold format --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"facts": [["Orbilux", "basedIn", "Oslo"]]}, "facts[0]: unknown relation 'basedIn'"),
        ({"facts": [["Orbilux", "locatedIn", "Bergen"]]}, "facts[0]: 'Bergen' is not the name of an entity"),
        ({"facts": [["Orbilux", "locatedIn"]]}, "facts[0]: a fact is [subject, relation, object]"),
        ({"entities": [{"name": "Orbilux", "type": "Company"}]}, "entities[0] (Orbilux): type 'Company'"),
        ({"entities": [{"name": "Orbilux", "type": "Organization", "wikidata": "2283"}]}, "wikidata '2283'"),
        ({"events": [{"type": "Investment", "investee": "Orbilux", "amount": {"value": 5}}]}, "ISO 4217"),
        ({"events": [{"type": "Investment", "investee": "Orbilux", "amount": {"currency": "EUR"}}]}, "min and/or max"),
        ({"events": [{"type": "Investment", "investor": "Microsoft"}]}, "events[0]: the Investment needs its investee"),
        ({"events": [{"type": "Investment", "investee": "Orbilux", "date": "March 2024"}]}, "is not YYYY"),
        ({"published": "yesterday"}, "published: 'yesterday' is not a date"),
    ],
)
def test_gold_mistakes_are_reported_with_their_place(tmp_path, change, message):
    path = tmp_path / "t-01.yaml"
    path.write_text(json.dumps({**ORBILUX_GOLD, **change}), encoding="utf-8")  # JSON is YAML
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_the_projects_own_gold_loads():
    cases = load_gold_dir(DEV / "fr") + load_gold_dir(DEV / "en")
    assert len(cases) >= 32
    assert {c.lang for c in cases} == {"fr", "en"}
    assert all(c.facts and c.entities and c.not_facts for c in cases)
    assert any(e.amount and e.amount.minimum for c in cases for e in c.events)  # a range somewhere


def graph_from_gold(case: GoldCase) -> tuple[Graph, dict[str, URIRef]]:
    """What a system that read the text perfectly would write, with the gold's names."""
    g = Graph()
    node = {e.name: EX[f"e{i}"] for i, e in enumerate(case.entities)}
    for e in case.entities:
        entity(g, node[e.name].split(":")[-1], e.type, e.name)
    for subject, relation, obj in case.facts:
        g.add((node[subject], AI[relation], node[obj]))
    for i, event in enumerate(case.events):
        ev = EX[f"event{i}"]
        g.add((ev, RDF.type, AI[event.type]))
        for role, names in event.roles.items():
            for name in names:
                g.add((ev, AI[role], node[name]))
        if event.amount:
            amount = EX[f"amount{i}"]
            g.add((ev, AI.amount, amount))
            g.add((amount, SCHEMA.currency, Literal(event.amount.currency)))
            for predicate, number in (
                (SCHEMA.value, event.amount.value),
                (SCHEMA.minValue, event.amount.minimum),
                (SCHEMA.maxValue, event.amount.maximum),
            ):
                if number is not None:
                    g.add((amount, predicate, Literal(Decimal(int(number)), datatype=XSD.decimal)))
        if event.date:
            g.add((ev, AI.date, Literal(event.date)))
    return g, node


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_gold_itself_scores_one_on_the_projects_corpus(lang):
    for case in load_gold_dir(DEV / lang):
        g, node = graph_from_gold(case)
        result = score_graph(g, case)
        assert (result.facts.fp, result.facts.fn) == (0, 0), case.id
        assert result.entities.f1 == 1.0, case.id
        assert result.events.f1 == (1.0 if case.events else 0.0), case.id
        assert result.amounts.right == result.amounts.total, case.id
        assert result.dates.right == result.dates.total, case.id
        # asserting the hedged statements costs precision and is counted
        for subject, relation, obj in case.not_facts:
            g.add((node[subject], AI[relation], node[obj]))
        hedged = score_graph(g, case)
        assert len(hedged.hedged_asserted) >= 1 and hedged.facts.fn == 0, case.id


# -- real builds: the Python API, files and the command line ----------------------------------


@pytest.fixture(scope="module")
def two_dev_cases(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dev")
    for case_id, lang in (("fr-01", "fr"), ("en-01", "en")):
        for suffix in (".yaml", ".txt"):
            shutil.copy(DEV / lang / f"{case_id}{suffix}", folder / f"{case_id}{suffix}")
    return folder


@pytest.fixture(scope="module")
def dev_report(two_dev_cases):
    return knowgraph.evaluate(two_dev_cases, two_dev_cases, show_errors=True)


def test_evaluate_builds_and_scores_each_case(dev_report):
    assert [c.id for c in dev_report.cases] == ["en-01", "fr-01"]
    assert dev_report.failures == []
    for case in dev_report.cases:
        gold_case = load_gold(DEV / case.id[:2] / f"{case.id}.yaml")
        assert case.facts.tp > 0
        assert case.facts.tp + case.facts.fn == len(case.gold_facts)
        assert case.facts.fp == len(case.wrong_facts) and case.facts.fn == len(case.missed_facts)
        assert case.events.tp + case.events.fn == len(gold_case.events)
    total = dev_report.facts
    assert total.tp == sum(c.facts.tp for c in dev_report.cases)
    assert "missed facts:" in dev_report.text() or "wrong facts:" in dev_report.text()
    assert dev_report.summary_line().startswith("TOTAL 2 cases, 0 failed")
    rows = {row.relation: row for row in dev_report.by_relation()}
    assert set(rows) <= set(RELATIONS)
    assert sum(row.gold for row in rows.values()) == sum(len(c.gold_facts) for c in dev_report.cases)


def test_a_written_file_scores_as_the_graph_in_memory(two_dev_cases, dev_report, tmp_path):
    case = load_gold(two_dev_cases / "fr-01.yaml")
    kg = knowgraph.build(
        knowgraph.Article(text=(two_dev_cases / "fr-01.txt").read_text(encoding="utf-8"), published=case.published),
        lang="fr",
    )
    in_memory = next(c for c in dev_report.cases if c.id == "fr-01")
    for name in ("fr-01.ttl", "fr-01.trig"):
        kg.write(tmp_path / name)
        from_file = score_file(tmp_path / name, case)
        assert from_file.as_dict() | {"triples": 0} == in_memory.as_dict() | {"triples": 0}, name


def test_lang_keeps_one_language(two_dev_cases):
    report = knowgraph.evaluate(two_dev_cases, two_dev_cases, lang="en", relations=["locatedIn"])
    assert [c.id for c in report.cases] == ["en-01"]
    assert {r for c in report.cases for _, r, _ in c.gold_facts} == {"locatedIn"}


def test_missing_text_is_a_failure_not_a_crash(tmp_path):
    (tmp_path / "t-01.yaml").write_text(json.dumps(ORBILUX_GOLD), encoding="utf-8")
    report = knowgraph.evaluate(tmp_path, tmp_path)
    assert report.cases == [] and report.failures[0][0] == "t-01"
    assert report.summary_line() == "TOTAL 0 cases scored, 1 failed"


def test_command_line_json(two_dev_cases, dev_report):
    result = run_cli("evaluate", two_dev_cases, two_dev_cases, "--json", "--only", "fr")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["summary"]["cases"] == 1
    fr = next(c for c in dev_report.cases if c.id == "fr-01")
    assert data["cases"][0]["facts"] == fr.facts.as_dict()
    assert data["summary"]["hedged_asserted"] == len(fr.hedged_asserted)


def test_command_line_text_and_table(two_dev_cases):
    result = run_cli("evaluate", two_dev_cases, two_dev_cases, "--only", "en", "--by-relation", "--show-errors")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("en-01")
    assert "both entities found" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("TOTAL 1 cases, 0 failed")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--relations", "locatedIn,basedIn"], "unknown relation(s) basedIn"),
        ([], "not the name of an entity"),
    ],
)
def test_command_line_errors_are_one_line(tmp_path, args, message):
    (tmp_path / "t-01.yaml").write_text(
        json.dumps({**ORBILUX_GOLD, "facts": [["Orbilux", "locatedIn", "Bergen"]]} if not args else ORBILUX_GOLD),
        encoding="utf-8",
    )
    result = run_cli("evaluate", tmp_path, tmp_path, *args)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
