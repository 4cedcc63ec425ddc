"""The examples: the graph of examples/articles answers every question of examples/queries, with
the answers checked here row by row, and examples/quickstart.py runs.

The graph is built once per session (conftest ``examples_kg``) and loaded into the embedded store.
Expected rows are checked as "must contain" (and, for hedged claims, "must not contain"), so that
the extractor finding more correct facts does not break these tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from decimal import Decimal

import pytest
from conftest import EXAMPLES, QUERIES

KGE = "https://w3id.org/knowgraph/entity/"
AI = "https://w3id.org/knowgraph/ai#"

QUERY_FILES = sorted(QUERIES.glob("*.rq"))


def rows(store, name: str) -> list[tuple]:
    result = store.query((QUERIES / name).read_text(encoding="utf-8"))
    return [tuple(row[v] for v in result.variables) for row in result.rows]


def test_at_least_eight_documented_queries():
    assert len(QUERY_FILES) >= 8
    for path in QUERY_FILES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and first.rstrip().endswith("?"), f"{path.name}: {first!r}"


def test_example_articles_are_french_news(example_paths):
    for path in example_paths:
        text = path.read_text(encoding="utf-8")
        assert 200 <= len(text.split()) <= 400, path.name
        assert "’" in text and "«" in text, path.name


@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.name for p in QUERY_FILES])
def test_every_query_runs_and_answers(examples_store, path):
    result = examples_store.query(path.read_text(encoding="utf-8"))
    assert len(result) >= 1, path.name
    # the union of the article graphs holds a triple once per article that states it; the
    # answers must not repeat
    answers = [tuple(row[v] for v in result.variables) for row in result.rows]
    assert len(answers) == len(set(answers)), path.name


def test_investors(examples_store):
    found = rows(examples_store, "01-investors.rq")
    assert (KGE + "general-catalyst", "General Catalyst", Decimal("600000000"), None, None, "EUR", "2024-06") in found
    # Bpifrance "a également investi dans Mistral AI" too: see
    # test_extraction_fr.test_gap_invested_in_with_adverb_and_time_complement
    assert all(r[0] != KGE + "microsoft" for r in found)  # a partner, not an investor in these articles


def test_acquisitions_by_year(examples_store):
    found = rows(examples_store, "02-acquisitions-by-year.rq")
    expected = [
        ("2024", "Microsoft", "Nexalia", Decimal("300000000"), "EUR", "2024-03"),
        ("2023", "Google", "Lumenis", Decimal("1300000000"), "EUR", "2023-10"),
        ("2023", "OpenAI", "Glyphica", Decimal("200000000"), "USD", "2023"),
    ]
    for row in expected:
        assert row in found
    years = [r[0] for r in found]
    assert years == sorted(years, reverse=True)
    # hedged acquisitions ("envisagerait de racheter") are not acquisitions
    assert not any((r[1], r[2]) in {("Mistral AI", "Codexia"), ("OpenAI", "Veridian")} for r in found)


def test_models_and_products(examples_store):
    found = set(rows(examples_store, "03-models-and-products.rq"))
    assert {
        ("Mistral AI", "model", "Mistral Large"),
        ("Mistral AI", "product", "Le Chat"),
        ("Nexalia", "model", "Orion-7"),
        ("OpenAI", "model", "GPT-4o"),
        ("Veridian", "model", "Vista-2"),
    } <= found


def test_leaders_and_founders(examples_store):
    found = set(rows(examples_store, "04-leaders-and-founders.rq"))
    assert {
        ("Mistral AI", "CEO", "Arthur Mensch"),
        ("Mistral AI", "founder", "Arthur Mensch"),
        ("Mistral AI", "founder", "Guillaume Lample"),
        ("Mistral AI", "founder", "Timothée Lacroix"),
        ("Nexalia", "CEO", "Claire Dumas"),
        ("Nexalia", "founder", "Karim Benali"),
        ("Scaleway", "CEO", "Damien Lucas"),
        ("Nvidia", "CEO", "Jensen Huang"),
        ("OpenAI", "CEO", "Sam Altman"),
        ("Kernelia", "founder", "Sophie Marchand"),
        ("Veridian", "founder", "Lena Hoffmann"),
        ("Veridian", "founder", "Tobias Krüger"),
    } <= found


def test_companies_by_country(examples_store):
    found = set(rows(examples_store, "05-companies-by-country.rq"))
    assert {
        ("France", "Mistral AI", "city: Paris"),
        ("France", "Nexalia", "city: Lyon"),
        ("France", "Scaleway", "city: Paris"),
        ("France", "Kernelia", "city: Grenoble"),
        ("Germany", "Veridian", "country"),
        ("Germany", "Veridian", "city: Berlin"),
        ("United Kingdom", "Lumenis", "country"),
    } <= found
    # "envisagerait de racheter la startup lyonnaise Codexia": the purchase is rumoured, the
    # description of Codexia is not (tests/test_extraction_fr.py holds the rule)
    assert ("France", "Codexia", "city: Lyon") in found


def test_compute_providers(examples_store):
    found = set(rows(examples_store, "06-compute-providers.rq"))
    assert {("Nvidia", "Mistral AI"), ("Scaleway", "Mistral AI"), ("Nvidia", "Scaleway")} <= found
    assert ("Mistral AI", "Nvidia") not in found


def test_provenance(examples_store):
    found = rows(examples_store, "07-provenance.rq")
    sentence = (
        "Microsoft a racheté la startup Nexalia pour 300 millions d’euros en mars 2024, "
        "selon un communiqué publié jeudi."
    )
    assert sentence in [row[3] for row in found]
    text = (EXAMPLES / "articles" / "fr-02-nexalia-rachat.txt").read_text(encoding="utf-8")
    for status, _article, file, quote, start, end, confidence, rule in found:
        assert status == AI + "Asserted"
        assert file == "examples/articles/fr-02-nexalia-rachat.txt"
        assert text[start:end] == quote  # the offsets point at the quoted sentence
        assert Decimal("0.5") <= confidence <= Decimal("1")
        assert rule.startswith("fr/acquired")


def test_corroborated_facts(examples_store):
    found = {r[:4] for r in rows(examples_store, "08-corroborated-facts.rq")}
    assert {
        ("Arthur Mensch", "ceoOf", "Mistral AI", 2),
        ("Mistral AI", "locatedIn", "Paris", 2),
        ("Microsoft", "investedIn", "OpenAI", 2),
    } <= found
    assert all(r[3] >= 2 for r in found)


def test_hedged_claims(examples_store):
    found = {r[:4] for r in rows(examples_store, "09-hedged-claims.rq")}
    assert {
        ("Mistral AI", "acquired", "Codexia", "Planned"),
        ("Nvidia", "investedIn", "Scaleway", "Hypothetical"),
        ("OpenAI", "acquired", "Veridian", "Planned"),
    } <= found
    # "Kobold Labs" (the name may be shortened: see test_extraction_fr.test_gap_multiword_company_name)
    assert any(
        r[0] == "Microsoft" and r[1] == "investedIn" and r[2].startswith("Kobold") and r[3] == "Hypothetical"
        for r in found
    )
    assert all(status != "Asserted" for *_, status in found)
    sentences = {r[4] for r in rows(examples_store, "09-hedged-claims.rq")}
    assert (
        "Selon des rumeurs insistantes, OpenAI envisagerait de racheter la startup Veridian l’année prochaine."
    ) in sentences


def test_same_answers_from_a_trig_file_in_an_on_disk_store(examples_kg, examples_store, tmp_path):
    from knowgraph.stores.embedded import EmbeddedStore

    path = tmp_path / "examples.trig"
    examples_kg.write(path)
    with EmbeddedStore(tmp_path / "kg.store") as store:
        store.load(path)
        for query in QUERY_FILES:
            # same answers; the order of rows that ORDER BY leaves tied may differ
            assert Counter(rows(store, query.name)) == Counter(rows(examples_store, query.name)), query.name


def test_quickstart_runs(tmp_path):
    env = dict(os.environ)
    env.pop("KNOWGRAPH_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    assert "conforms=True" in proc.stdout
    assert "Microsoft a racheté la startup Nexalia pour 300 millions d’euros en mars 2024" in proc.stdout
    assert "microsoft acquired nexalia [Asserted" in proc.stdout
