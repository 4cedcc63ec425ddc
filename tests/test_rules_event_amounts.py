"""The amount of an event is the deal's, not a figure of one of its parties (what a company is worth, sells or
manages); on sentences written for these tests (not from any corpus), with the real spaCy models."""

from decimal import Decimal

import pytest
from conftest import events

pytestmark = pytest.mark.filterwarnings("ignore")


def amounts(found, kind):
    return [(e.amount.value, e.amount.currency) if e.amount else None for e in found if e.type == kind]


# -- a figure of a party, said in a clause on it, is not the deal's amount -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnwell Partners has backed Velquor, which generated $3 billion in revenue.",
        "Tarnwell Partners has backed Velquor, which reported $3 billion in annual recurring revenue.",
        "Tarnwell Partners has backed Velquor, which oversees $3 billion in assets.",
        "Tarnwell Partners has backed Velquor, which is now worth $3 billion.",
    ],
)
def test_a_figure_of_the_investee_is_no_investment_amount(en, sentence):
    assert amounts(events(en, sentence, "en"), "Investment") == [None]


def test_a_round_that_values_the_company_gives_no_amount(en):
    found = events(en, "The round, which values Velquor at $3 billion, was led by Tarnwell Partners.", "en")
    assert amounts(found, "Investment") == [None]


def test_a_company_of_a_size_is_no_price(en):
    found = events(en, "Brakemoor bought Velquor, a $3 billion company.", "en")
    assert amounts(found, "Acquisition") == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le fonds Tarnwell Partners a investi dans Velquor, qui vaut désormais 3 milliards d'euros.",
        "Le fonds Tarnwell Partners a investi dans Velquor, qui pèse 3 milliards d'euros en Bourse.",
        "Le fonds Tarnwell Partners a investi dans Velquor, qui gère 3 milliards d'euros d'actifs.",
        "Le fonds Tarnwell Partners a investi dans Velquor, qui affiche 3 milliards d'euros de ventes.",
    ],
)
def test_un_chiffre_de_la_societe_n_est_pas_le_montant(fr, sentence):
    assert amounts(events(fr, sentence, "fr"), "Investment") == [None]


def test_le_chiffre_d_affaires_du_rachete_n_est_pas_le_prix(fr):
    found = events(fr, "Le groupe Brakemoor a racheté Velquor, qui a généré 3 milliards d'euros de revenus.", "fr")
    assert amounts(found, "Acquisition") == [None]


# -- ... while the deal's own amount stays ----------------------------------------------------------------------


def test_the_raise_amount_stays_beside_a_figure_of_the_company(en):
    found = events(
        en, "Velquor, which generated $3 billion in revenue, raised $400 million from Tarnwell Partners.", "en"
    )
    assert amounts(found, "Investment") == [(Decimal("400000000"), "USD")]


def test_a_deal_worth_an_amount_is_its_price(en):
    found = events(en, "Brakemoor bought Velquor in a deal worth $3 billion.", "en")
    assert amounts(found, "Acquisition") == [(Decimal("3000000000"), "USD")]


def test_une_levee_en_bourse_garde_son_montant(fr):
    found = events(fr, "La société Velquor a levé 400 millions d'euros auprès du fonds Tarnwell Partners.", "fr")
    assert amounts(found, "Investment") == [(Decimal("400000000"), "EUR")]


# -- a price said between commas after the deal noun, the closing verb after it ---------------------------------


def test_le_prix_entre_virgules_d_un_rachat_finalise(fr):
    found = events(fr, "Le rachat de Velquor par Brakemoor, pour 800 millions d'euros, a été conclu lundi.", "fr")
    assert amounts(found, "Acquisition") == [(Decimal("800000000"), "EUR")]


def test_the_price_between_commas_of_a_completed_acquisition(en):
    found = events(en, "The acquisition of Velquor by Brakemoor, for $800 million, was completed on Monday.", "en")
    assert amounts(found, "Acquisition") == [(Decimal("800000000"), "USD")]


# -- a round announced with a compound round noun ("a $20 million funding round") -----------------------------


def test_an_announced_funding_round_is_a_raise_with_its_amount(en):
    found = events(en, "Velquor announced a $65 million funding round.", "en")
    assert [(e.roles, amounts([e], "Investment")) for e in found] == [
        ({"investor": (), "investee": ("velquor",)}, [(Decimal("65000000"), "USD")])
    ]


def test_the_investors_of_an_announced_funding_round_take_its_amount(en):
    found = events(
        en, "Velquor, a Lisbon startup, announced a $65 million funding round. Tarnwell Partners led the round.", "en"
    )
    [event] = [e for e in found if e.type == "Investment"]
    assert event.roles == {"investor": ("tarnwell-partners",), "investee": ("velquor",)}
    assert amounts([event], "Investment") == [(Decimal("65000000"), "USD")]


def test_une_levee_de_fonds_annoncee_garde_son_montant(fr):
    found = events(fr, "La société Velquor a annoncé une levée de fonds de 65 millions d'euros.", "fr")
    assert amounts(found, "Investment") == [(Decimal("65000000"), "EUR")]


# -- one amount, two deals of one sentence: the deal whose clause holds it --------------------------------------


def test_l_investissement_garde_son_montant_pas_le_rachat_de_la_relative(fr):
    found = events(
        fr, "Le fonds Tarnwell Partners a injecté 45 millions d'euros dans Velquor, qui a racheté Drisk.", "fr"
    )
    assert amounts(found, "Investment") == [(Decimal("45000000"), "EUR")]
    assert amounts(found, "Acquisition") == [None]


def test_a_backing_in_a_relative_clause_gives_no_price_to_the_acquisition(en):
    found = events(en, "Velquor, which Tarnwell Partners backed with $45 million, bought Drisk.", "en")
    assert amounts(found, "Investment") == [(Decimal("45000000"), "USD")]
    assert amounts(found, "Acquisition") == [None]


def test_un_rachat_plus_ancien_garde_son_prix(fr):
    found = events(
        fr, "Le groupe Brakemoor s'offre Velquor, un an après avoir racheté Drisk pour 45 millions d'euros.", "fr"
    )
    by_target = {e.roles["acquiree"]: amounts([e], "Acquisition")[0] for e in found if e.type == "Acquisition"}
    assert by_target == {("velquor",): None, ("drisk",): (Decimal("45000000"), "EUR")}


# -- the price said in the next sentence, past an aside that it was not told -------------------------------------


def test_le_prix_qui_n_a_pas_ete_devoile_mais_serait(fr):
    found = events(
        fr,
        "Le groupe Brakemoor a racheté la start-up Velquor. Le montant de l'opération n'a pas été révélé, mais il "
        "s'élèverait à 70 millions d'euros d'après deux sources.",
        "fr",
    )
    assert amounts(found, "Acquisition") == [(Decimal("70000000"), "EUR")]


def test_le_prix_serait_compris_entre(fr):
    found = events(
        fr,
        "Le groupe Brakemoor a racheté la start-up Velquor. La transaction serait comprise entre 60 et 80 millions "
        "d'euros.",
        "fr",
    )
    [deal] = [e for e in found if e.type == "Acquisition"]
    assert (deal.amount.min_value, deal.amount.max_value, deal.amount.currency) == (
        Decimal("60000000"),
        Decimal("80000000"),
        "EUR",
    )


def test_the_price_was_not_disclosed_but_it_is_estimated_at(en):
    found = events(
        en,
        "Brakemoor bought the startup Velquor. The price was not disclosed, but it is estimated at $70 million.",
        "en",
    )
    assert amounts(found, "Acquisition") == [(Decimal("70000000"), "USD")]


def test_a_price_not_disclosed_gives_no_amount(fr):
    found = events(
        fr,
        "Le groupe Brakemoor a racheté la start-up Velquor. Le prix n'a pas été dévoilé, mais la cible a levé 9 "
        "millions d'euros l'an dernier.",
        "fr",
    )
    assert amounts(found, "Acquisition") == [None]


# -- "de la part de" names who gives the money, never the company raising ----------------------------------------


def test_de_la_part_de_ne_nomme_pas_la_societe_financee(fr):
    found = events(
        fr,
        "La jeune pousse Velquor a obtenu un financement de 12 millions d'euros de la part de Tarnwell Partners.",
        "fr",
    )
    assert [e.roles["investee"] for e in found if e.type == "Investment"] == [("velquor",)]


def test_leve_de_la_part_de_nomme_les_investisseurs(fr):
    found = events(fr, "La jeune pousse Velquor a levé 12 millions d'euros de la part de Tarnwell Partners.", "fr")
    assert [(e.roles, amounts([e], "Investment")) for e in found] == [
        ({"investor": ("tarnwell-partners",), "investee": ("velquor",)}, [(Decimal("12000000"), "EUR")])
    ]


# -- an amount that sizes another thing (a fund, a plan, a business) or that a verb of no deal governs ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnwell Partners backed Velquor through its $300 million fund.",
        "Tarnwell Partners backed Velquor as part of a $2 billion plan to fund robotics.",
    ],
)
def test_the_size_of_a_fund_or_a_plan_is_no_investment_amount(en, sentence):
    assert amounts(events(en, sentence, "en"), "Investment") == [None]


def test_the_size_of_the_buyer_s_business_is_no_price(en):
    found = events(en, "Brakemoor bought Velquor to expand its $4 billion logistics business.", "en")
    assert amounts(found, "Acquisition") == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le fonds Tarnwell Partners a investi dans Velquor via son fonds de 300 millions d'euros.",
        "Le groupe Brakemoor a racheté Velquor dans le cadre d'un plan de 2 milliards d'euros.",
    ],
)
def test_la_taille_d_un_fonds_ou_d_un_plan_n_est_pas_le_montant(fr, sentence):
    assert [e.amount for e in events(fr, sentence, "fr") if e.type != "Partnership"] == [None]


def test_une_levee_de_fonds_garde_son_montant(fr):
    found = events(fr, "La société Velquor a bouclé une levée de fonds de 30 millions d'euros.", "fr")
    assert amounts(found, "Investment") == [(Decimal("30000000"), "EUR")]


def test_a_raise_for_the_company_s_own_plan_keeps_its_amount(en):
    found = events(en, "Velquor raised $30 million from Tarnwell Partners to fund its expansion plan.", "en")
    assert amounts(found, "Investment") == [(Decimal("30000000"), "USD")]


def test_what_the_buyer_is_worth_is_no_price(en):
    found = events(en, "Brakemoor, worth $3 trillion, bought Velquor.", "en")
    assert amounts(found, "Acquisition") == [None]


def test_the_deal_worth_an_amount_keeps_its_price(en):
    found = events(en, "Brakemoor bought Velquor. The deal, worth $90 million, closed on Friday.", "en")
    assert amounts(found, "Acquisition") == [(Decimal("90000000"), "USD")]


def test_the_total_raised_said_after_the_amount_is_no_round(fr):
    found = events(
        fr,
        "Nexalia a levé 40 millions d'euros. Le tour de table, mené par Brume Capital, porte à 60 millions d'euros "
        "le total levé par la start-up.",
        "fr",
    )
    assert (Decimal(60000000), "EUR") not in amounts(found, "Investment")
    assert (Decimal(40000000), "EUR") in amounts(found, "Investment")


def test_a_raise_after_a_relative_clause_of_an_earlier_one_has_its_own_amount(fr):
    found = events(
        fr,
        "Nexalia, qui avait levé 5 millions d'euros en 2023, lève 40 millions d'euros auprès de Brume Capital.",
        "fr",
    )
    backed = [e for e in found if e.type == "Investment" and e.roles["investor"] == ("brume-capital",)]
    assert [(e.amount.value, e.amount.currency) for e in backed if e.amount] == [(Decimal(40000000), "EUR")]


def test_the_lede_raise_of_an_unnamed_startup_is_the_company_named_next(fr):
    found = events(
        fr,
        "Une start-up française fondée en mars a levé 40 millions d'euros. Le tout premier tour de financement de "
        "Nexalia a été mené par Brume Capital.",
        "fr",
    )
    assert amounts(found, "Investment") == [(Decimal(40000000), "EUR")]


def test_an_unnamed_raise_is_not_given_to_a_company_named_before_it(fr):
    found = events(
        fr,
        "Nexalia recrute. Une start-up française a levé 40 millions d'euros. Le tour de financement de Nexalia a été "
        "mené par Brume Capital.",
        "fr",
    )
    assert (Decimal(40000000), "EUR") not in amounts(found, "Investment")
