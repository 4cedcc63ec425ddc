"""Roles, places, partners, rivals, compute and models as real news say them, on sentences written for
these tests (not from any corpus): each way of saying things asserts its triple, and the precision rules
assert the wrong triple is absent."""

import pytest

from knowgraph.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.fixture(scope="module")
def en():
    return load_pipeline("en")


@pytest.fixture(scope="module")
def fr():
    return load_pipeline("fr")


def facts(nlp, text, status="Asserted"):
    doc = nlp(text)
    return {(f.subject, f.relation, f.object) for f in doc._.kg_facts if f.status == status}


# -- roles: titles, possessives, appositions ----------------------------------------------------------


def test_en_possessive_before_a_split_title(en):
    got = facts(en, "Anthropic's chief executive Dario Amodei flew to Lisbon on Monday.")
    assert ("dario-amodei", "ceoOf", "anthropic") in got


def test_en_possessive_chief_of_a_department_in_apposition(en):
    got = facts(en, "The memo was sent to Nvidia's hardware chief, Daniel Ortiz.")
    assert ("daniel-ortiz", "worksFor", "nvidia") in got


def test_en_chief_as_an_adjective_gives_no_role_to_a_company(en):
    got = facts(en, "Cohere, the chief rival of OpenAI in the enterprise market, hired ten people.")
    assert not {f for f in got if f[1] in ("worksFor", "ceoOf")}


def test_en_ex_company_employee(en):
    got = facts(en, "Tomas Rinne, an ex-Google employee, started a robotics company last year.")
    assert ("tomas-rinne", "worksFor", "google") in got


def test_fr_ex_title_in_apposition(fr):
    got = facts(fr, "Le fonds a convaincu Margaux Delvaux, l'ex-PDG de Google France, de rejoindre son conseil.")
    assert ("margaux-delvaux", "ceoOf", "google") in got or ("margaux-delvaux", "ceoOf", "google-france") in got


def test_fr_ex_researcher_chez(fr):
    got = facts(fr, "Julien Maréchal, ex-chercheur chez Meta, a fondé sa propre entreprise.")
    assert ("julien-marechal", "worksFor", "meta") in got


def test_fr_title_in_apposition_after_a_closing_quote(fr):
    got = facts(fr, "Elle dit avoir « l'appui total de Renaud Castel », le patron de Microsoft France.")
    assert {("renaud-castel", "ceoOf", "microsoft-france"), ("renaud-castel", "ceoOf", "microsoft")} & got


# -- competition ----------------------------------------------------------------------------------


def test_fr_stance_face_a_several_rivals(fr):
    got = facts(fr, "Sur le cloud, Amazon se positionne face à Microsoft et Google.")
    assert ("amazon", "competitorOf", "microsoft") in got
    assert ("amazon", "competitorOf", "google") in got


def test_fr_possessive_competition_belongs_to_the_root_name_not_the_last_one(fr):
    # the small model often loses the main verb after a long relative clause: "sa" is still Microsoft's
    got = facts(
        fr,
        "Microsoft, qui a déjà investi 2 milliards de dollars dans OpenAI en 2020 et encore en 2022, cherche à "
        "gagner du terrain sur les outils les plus avancés dans le cadre de sa concurrence avec Alphabet et Amazon.",
    )
    assert ("alphabet", "competitorOf", "openai") not in got
    assert ("amazon", "competitorOf", "openai") not in got
