"""Events and their amounts: acquisitions said with a light verb or a reflexive one, the price paid in a
later sentence, and amounts that qualify only the figure right after them; on sentences written for these
tests (not from any corpus), with the real spaCy models."""

import datetime
from decimal import Decimal

import pytest
from conftest import events, facts

pytestmark = pytest.mark.filterwarnings("ignore")


def acquisitions(found):
    return [e for e in found if e.type == "Acquisition"]


def amount_of(event):
    return (event.amount.value, event.amount.currency) if event.amount else None


# -- acquisitions said in French with a light or reflexive verb ------------------------------------------


def test_faire_l_acquisition_de(fr):
    found = events(
        fr,
        "La société Kernwerk a finalement fait l'acquisition de la start-up Nexalia pour 300 millions d'euros.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert deal.roles == {"acquirer": ("kernwerk",), "acquiree": ("nexalia",)}
    assert amount_of(deal) == (Decimal("300000000"), "EUR")


def test_faire_l_objet_d_un_rachat_names_no_acquirer(fr):
    got = facts(fr, "La société Nexalia a fait l'objet d'un rachat de la part du groupe Kernwerk.")
    assert ("nexalia", "acquired", "kernwerk") not in got


def test_negated_faire_l_acquisition_is_no_fact(fr):
    assert ("kernwerk", "acquired", "nexalia") not in facts(
        fr, "Le groupe Kernwerk n'a pas fait l'acquisition de Nexalia."
    )


def test_proceder_au_rachat(fr):
    got = facts(fr, "Le groupe Kernwerk a procédé au rachat de la start-up Nexalia pour 30 millions d'euros.")
    assert ("kernwerk", "acquired", "nexalia") in got


def test_s_etre_offert_a_company(fr):
    got = facts(fr, "Le groupe Kernwerk s'est offert la start-up Nexalia pour 30 millions d'euros.")
    assert ("kernwerk", "acquired", "nexalia") in got


def test_avalee_par(fr):
    got = facts(fr, "La start-up Nexalia a été avalée par le groupe Kernwerk pour 30 millions d'euros.")
    assert ("kernwerk", "acquired", "nexalia") in got


# -- the price paid, in a later sentence ------------------------------------------------------------------


def test_price_paid_in_the_next_sentence(en):
    found = events(
        en,
        "Kernwerk announced its acquisition of Nexalia on Monday. The deal has Kernwerk paying $2 billion to make "
        "Nexalia part of its company.",
        "en",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("2000000000"), "USD")


def test_the_price_a_source_puts_on_the_deal_in_the_next_sentence(en):
    found = events(
        en,
        "Kernwerk has acquired the Porto startup Nexalia, the companies said on Tuesday. Neither company gave terms, "
        "but an investor close to the talks put the price at about $60M, mostly in shares.",
        "en",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("60000000"), "USD")


def test_le_prix_estime_a_dans_la_phrase_suivante(fr):
    found = events(
        fr,
        "Le groupe Kernwerk a racheté la start-up Nexalia, ont annoncé mardi les deux sociétés. Aucun chiffre n'a été "
        "donné, mais un investisseur proche du dossier estime le prix à environ 60 millions d'euros.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("60000000"), "EUR")


def test_le_montant_de_l_operation_est_estime_a(fr):
    found = events(
        fr,
        "Le groupe Kernwerk a racheté la start-up Nexalia, a indiqué lundi la société. Le montant de l'opération est "
        "estimé à 45 millions d'euros.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("45000000"), "EUR")


def test_the_price_of_something_else_is_not_the_deal_s(en):
    found = events(
        en,
        "Kernwerk has acquired the Porto startup Nexalia, the companies said on Tuesday. Analysts put the price of "
        "its sensors at $40 each.",
        "en",
    )
    [deal] = acquisitions(found)
    assert deal.amount is None


def test_the_amount_of_a_round_up_heading(en):
    found = events(
        en,
        "Dunmere — $31 million.\n\nThe Leeds-based logistics startup closed a Series B on Monday led by Harrow Peak "
        "Capital, with Osgood Partners also joining.",
        "en",
    )
    [round_] = [e for e in found if e.type == "Investment"]
    assert round_.roles["investee"] == ("dunmere",)
    assert amount_of(round_) == (Decimal("31000000"), "USD")


def test_a_heading_of_another_company_gives_no_amount(en):
    found = events(
        en,
        "Corvale — $31 million.\n\nDunmere Logistics closed a Series B led by Harrow Peak Capital.",
        "en",
    )
    [round_] = [e for e in found if e.type == "Investment" and e.roles["investee"] == ("dunmere-logistics",)]
    assert round_.amount is None


def test_price_paid_for_the_deal_noun_with_a_relative_clause(en):
    found = events(
        en,
        "Kernwerk acquired the startup Nexalia. The company reportedly paid $200 million for Nexalia's acquisition, "
        "whose early backers included Brintel.",
        "en",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("200000000"), "USD")


def test_price_paid_for_another_company_is_not_this_deals(en):
    found = events(en, "Kernwerk acquired Nexalia last week. Kernwerk paid $300 million for Ostrakon in 2021.", "en")
    [deal] = acquisitions(found)
    assert deal.amount is None


def test_price_paid_in_french(fr):
    found = events(
        fr,
        "La société Kernwerk a racheté la start-up Nexalia. Kernwerk a déboursé 300 millions d'euros pour cette start-up.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("300000000"), "EUR")


def test_price_paid_for_another_company_in_french(fr):
    found = events(
        fr,
        "La société Kernwerk a racheté la start-up Nexalia. Kernwerk a déboursé 300 millions d'euros pour la "
        "société Brintel en 2020.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert deal.amount is None


def test_a_payment_that_may_come_is_no_price(fr):
    found = events(
        fr,
        "La société Kernwerk a racheté la start-up Nexalia. Kernwerk pourrait verser 30 millions d'euros de plus.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert deal.amount is None


# -- valuations -------------------------------------------------------------------------------------------


def test_valued_at_is_not_the_round_that_follows(en):
    found = events(
        en,
        "Ostrakon said on Tuesday it was valued at $3.2 billion in a $180-million funding round backed by Brintel "
        "and Valmora.",
        "en",
    )
    raised = [e for e in found if e.type == "Investment" and e.roles["investee"] == ("ostrakon",)]
    assert raised and all(amount_of(e) == (Decimal("180000000"), "USD") for e in raised if e.amount)
    assert any(e.amount for e in raised)


def test_a_deal_valued_at_is_its_price(en):
    found = events(
        en, "Kernwerk agreed to acquire Nexalia in a deal valued at $1.2 billion, the firms said on Friday.", "en"
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("1200000000"), "USD")


def test_a_deal_that_people_valued_at_is_its_price(en):
    found = events(
        en,
        "Kernwerk will buy the Lisbon startup Nexalia, the firm said on Monday, in a deal that three sources close to "
        "the talks valued at $300m-$450m.",
        "en",
    )
    [deal] = acquisitions(found)
    assert (deal.amount.min_value, deal.amount.max_value) == (Decimal("300000000"), Decimal("450000000"))


def test_une_operation_valorisee_est_le_prix(fr):
    found = events(
        fr,
        "Le groupe Kernwerk a annoncé mardi le rachat de la start-up Nexalia, une opération valorisée à 300 millions "
        "d'euros.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("300000000"), "EUR")


def test_a_raise_that_values_the_company_keeps_its_own_amount(fr):
    found = events(
        fr,
        "La start-up Nexalia a levé 30 millions d'euros, une opération qui la valorise à 300 millions d'euros.",
        "fr",
    )
    assert [amount_of(e) for e in found if e.type == "Investment"] == [(Decimal("30000000"), "EUR")]


def test_au_tour_de_is_no_round(fr):
    found = events(
        fr, "Après Brintel, c'est au tour de Nexalia d'être rachetée par le groupe Kernwerk pour 250 M$.", "fr"
    )
    assert not [e for e in found if e.type == "Investment"]


def test_au_tour_de_table_de_is_a_round(fr):
    found = events(
        fr,
        "Le fonds Valmora a participé au tour de table de la start-up Nexalia, qui a levé 20 millions d'euros.",
        "fr",
    )
    assert [amount_of(e) for e in found if e.type == "Investment"] == [(Decimal("20000000"), "EUR")]


def test_the_acquisition_of_x_valued_at_is_its_price(en):
    found = events(en, "Kernwerk's acquisition of Nexalia, valued at $700 million, closed in December.", "en")
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("700000000"), "USD")


# -- dates ------------------------------------------------------------------------------------------------


def test_a_date_of_a_relative_clause_is_not_the_raise_s(en):
    found = events(en, "Nexalia, which was founded in 2019, raised $50 million.", "en")
    assert [e.date for e in found if e.type == "Investment"] == [None]


def test_the_lead_s_news_is_of_the_publication_day(en):
    published = datetime.date(2024, 6, 12)
    found = events(en, "Nexalia, which was founded in 2019, raised $50 million.", "en", published)
    assert [e.date.value for e in found if e.type == "Investment"] == ["2024-06-12"]


def test_a_deal_further_down_gets_no_publication_day(en):
    published = datetime.date(2024, 6, 12)
    found = events(
        en,
        "Nexalia builds chips for robots. Its team of forty works in two cities. Valmora acquired Brintel, "
        "a startup that makes sensors.",
        "en",
        published,
    )
    assert [e.date for e in acquisitions(found)] == [None]


def test_moyennant_un_investissement_is_the_price(fr):
    found = events(
        fr,
        "La société Kernwerk a récemment fait l'acquisition de la start-up Nexalia, moyennant un investissement de 215 millions "
        "d'euros.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("215000000"), "EUR")


def test_another_deal_s_amount_is_not_the_acquisition_s(fr):
    found = events(
        fr,
        "La société Kernwerk a racheté la start-up Nexalia, un an après l'investissement de 50 millions d'euros du "
        "fonds Brintel dans la start-up.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert deal.amount is None


def test_a_clause_on_the_deal_noun_dates_it(fr):
    found = events(
        fr,
        "Le programme Horizon, une collaboration entre Renault, Airbus et Orange annoncée en janvier 2025, prend du "
        "retard.",
        "fr",
    )
    dates = [e.date.value for e in found if e.type == "Partnership"]
    assert dates and set(dates) == {"2025-01"}


# -- the price in the next sentence, said of the deal noun ------------------------------------------------


def test_the_deal_is_worth(en):
    found = events(en, "Kernwerk announced its acquisition of Nexalia on Monday. The deal is worth $900 million.", "en")
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("900000000"), "USD")


def test_the_transaction_was_valued_at(en):
    found = events(
        en, "Kernwerk announced its acquisition of Nexalia on Monday. The transaction was valued at $900 million.", "en"
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("900000000"), "USD")


def test_l_operation_s_eleve_a(fr):
    found = events(
        fr, "La société Kernwerk a racheté la start-up Nexalia. L'opération s'élève à 300 millions d'euros.", "fr"
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("300000000"), "EUR")


def test_a_price_per_share_is_not_the_deal_s(en):
    found = events(
        en,
        "Kernwerk announced its acquisition of Nexalia on Monday. Kernwerk will pay $56 a share in cash for the "
        "startup.",
        "en",
    )
    [deal] = acquisitions(found)
    assert deal.amount is None


# -- the words before an amount -----------------------------------------------------------------------------


def test_a_name_that_starts_like_an_exclusion_word_excludes_nothing():
    from knowgraph.facts.amount_qualifiers import excluded

    assert not excluded("Salesforce buys Nexalia for $2 billion.", 26, ["sales", "cost"])
    assert excluded("Its sales reached $2 billion.", 18, ["sales", "cost"])
    assert excluded("Valorisée à 2 milliards d'euros", 12, ["valoris"])


# -- one sentence, one round: the investors two rules find are one Investment ------------------------------


def test_lead_and_other_investors_of_one_sentence_are_one_round(en):
    from knowgraph.facts.event_merges import merge_same_sentence
    from knowgraph.facts.events import Event
    from knowgraph.facts.relations import Fact

    doc = en("Pell Capital headed the round of Nexalia, and Ardent Ventures joined it. Brintel later backed Nexalia.")
    second = next(t.i for t in doc if t.text == "Brintel")

    def statement(investor: str, trigger: int) -> Event:
        fact = Fact(investor, "investedIn", "nexalia", "Asserted", 0.8, "test", 0, 1, trigger, "Investment")
        return Event("Investment", {"investor": (investor,), "investee": ("nexalia",)}, evidence=[fact])

    merged = merge_same_sentence(
        doc, [statement("pell-capital", 2), statement("ardent-ventures", 9), statement("brintel", second)]
    )
    # the two statements of the first sentence are one round; the later sentence's stays apart
    assert [e.roles["investor"] for e in merged] == [("ardent-ventures", "pell-capital"), ("brintel",)]


def test_two_amounts_in_one_sentence_stay_two_investments(en):
    found = events(
        en,
        "Pell Capital invested $5 million in Quillon Labs in 2021, and Ardent Ventures invested $9 million in the "
        "company in 2023.",
        "en",
    )
    got = sorted((amount_of(e), e.date.value if e.date else None) for e in found if e.type == "Investment")
    # each investment keeps the date of its own clause
    assert got == [((Decimal("5000000"), "USD"), "2021"), ((Decimal("9000000"), "USD"), "2023")]


# -- cumulative sums are not the amount of a round ------------------------------------------------------


def test_sum_of_all_rounds_is_no_round(en):
    found = events(
        en,
        "Kernwerk locked up a $30 million round led by Pell Capital. Kernwerk has now raised about $95 million "
        "overall, and Quillon raised $12 million during its life.",
        "en",
    )
    amounts = sorted(amount_of(e) for e in found if e.type == "Investment" and e.amount)
    assert amounts == [(Decimal("30000000"), "USD")]


def test_somme_depuis_la_creation_n_est_pas_un_tour(fr):
    found = events(fr, "La start-up Nexalia a levé 80 millions d'euros depuis sa création.", "fr")
    assert not [e for e in found if e.type == "Investment" and e.amount]


# -- a year before a deal noun dates the deal ------------------------------------------------------------


def test_year_before_takeover_dates_it(en):
    found = events(en, "Brintel bought Quillon last week, after its 2016 takeover of Ostrakon.", "en")
    dates = {e.roles["acquiree"]: e.date.value if e.date else None for e in acquisitions(found)}
    assert dates.get(("ostrakon",)) == "2016"


# -- a nationality before the acquired company's name, with the parse lost ------------------------------


def test_acquisition_of_nationality_startup_name(en):
    found = events(
        en,
        "Brintel rose on Monday after it announced its acquisition of French startup Quillon Systems. "
        "The deal has Brintel paying $2 billion.",
        "en",
    )
    [deal] = acquisitions(found)
    assert deal.roles == {"acquirer": ("brintel",), "acquiree": ("quillon-systems",)}
    assert amount_of(deal) == (Decimal("2000000000"), "USD")


# -- the lead of an article is its first sentences, not its header lines ------------------------------------


def test_header_lines_are_no_lead_sentences(en):
    found = events(
        en,
        "MARKETS\nIn brief\nTech:\nThe chipmaker Brintel said it signed a partnership with the startup Quillon Labs.",
        "en",
        datetime.date(2025, 3, 14),
    )
    [deal] = [e for e in found if e.type == "Partnership"]
    assert deal.date is not None and deal.date.value == "2025-03-14"


# -- an article given no publication date may carry one in its opening stamp -------------------------------


def test_a_publication_stamp_dates_the_lead(fr):
    found = events(fr, "Nexalia rachète Quillon\nPublié le 12/03/2024 à 10:15\nNexalia a racheté Quillon.", "fr")
    assert [e.date.value for e in acquisitions(found)] == ["2024-03-12"]


def test_a_stamp_of_a_month_keeps_relative_dates_to_that_month(en):
    found = events(en, "date 2024-06 Brintel said on Tuesday that it acquired Quillon Labs.", "en")
    assert [e.date.value for e in acquisitions(found)] == ["2024-06"]


def test_a_date_in_a_sentence_is_no_stamp(en):
    found = events(en, "Brintel said the deal of 2024-06 closed. Brintel acquired Quillon Labs.", "en")
    assert [e.date for e in acquisitions(found)] == [None]


def test_a_given_publication_date_wins_over_the_stamp(en):
    found = events(en, "date 2024-06-03\nBrintel acquired Quillon Labs.", "en", datetime.date(2024, 6, 4))
    assert [e.date.value for e in acquisitions(found)] == ["2024-06-04"]


# -- a deal noun in a later sentence names the deal stated last before it ----------------------------------


def test_a_bid_for_the_company_bought_gives_the_price(en):
    found = events(
        en,
        "Kernwerk has completed its acquisition of the Danish startup Nexalia. "
        "Regulators in Brussels cleared Kernwerk's $300 million bid for Nexalia in May.",
        "en",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("300000000"), "USD")


def test_the_transaction_a_few_sentences_later(fr):
    found = events(
        fr,
        "Le groupe Kernwerk a annoncé ce lundi le rachat de la société Nexalia. « Nous confirmons l'opération », "
        "a dit un porte-parole. Kernwerk ne veut pas en dire plus pour le moment. Un site spécialisé a avancé "
        "la somme de 90 millions d'euros pour la transaction.",
        "fr",
    )
    [deal] = acquisitions(found)
    assert amount_of(deal) == (Decimal("90000000"), "EUR")


def test_a_deal_stated_in_between_takes_the_deal_noun(fr):
    found = events(
        fr,
        "Kernwerk a racheté la start-up Nexalia. Brintel a racheté la société Quillon. "
        "L'opération de 40 millions d'euros a été bouclée en mars.",
        "fr",
    )
    amounts = {deal.roles["acquiree"]: amount_of(deal) for deal in acquisitions(found)}
    assert amounts == {("nexalia",): None, ("quillon",): (Decimal("40000000"), "EUR")}


def test_a_deal_noun_that_names_another_company_is_another_deal(en):
    found = events(
        en,
        "Kernwerk acquired the startup Nexalia. Analysts compared it with the $400 million acquisition of "
        "Ostrakon, a much larger firm.",
        "en",
    )
    [deal] = acquisitions(found)
    assert deal.amount is None


def test_acheter_une_societe(fr):
    assert ("valmora", "acquired", "quillon") in facts(fr, "La société Valmora a acheté la start-up Quillon.")


# -- an earlier round named beside the new one is a round of its own ---------------------------------------


def investments(found):
    return sorted(
        (
            (e.roles["investee"], amount_of(e), e.date.value if e.date else None)
            for e in found
            if e.type == "Investment"
        ),
        key=str,
    )


def test_after_an_earlier_seed_round(en):
    found = events(
        en,
        "Nexalia raised $50 million in a round led by Pell Capital, after a $10 million seed round last year.",
        "en",
        datetime.date(2024, 5, 2),
    )
    assert investments(found) == [
        (("nexalia",), (Decimal("10000000"), "USD"), "2023"),
        (("nexalia",), (Decimal("50000000"), "USD"), "2024-05-02"),
    ]


def test_apres_un_premier_tour(fr):
    found = events(
        fr,
        "La start-up Nexalia a levé 40 millions d'euros auprès du fonds Brume Capital, après un premier tour de "
        "table de 8 millions d'euros en 2022.",
        "fr",
    )
    assert investments(found) == [
        (("nexalia",), (Decimal("40000000"), "EUR"), None),
        (("nexalia",), (Decimal("8000000"), "EUR"), "2022"),
    ]


def test_deux_ans_apres_sa_premiere_levee(fr):
    found = events(
        fr,
        "La start-up Nexalia lève 45 millions d'euros auprès du fonds Brume Capital, deux ans après sa première levée "
        "de 20 millions d'euros.",
        "fr",
        datetime.date(2024, 5, 2),
    )
    assert investments(found) == [
        (("nexalia",), (Decimal("20000000"), "EUR"), None),
        (("nexalia",), (Decimal("45000000"), "EUR"), "2024-05-02"),
    ]


def test_the_round_raised_with_an_ordinal_is_no_earlier_round(fr):
    found = events(fr, "La start-up Nexalia a bouclé son premier tour de table de 8 millions d'euros.", "fr")
    assert investments(found) == [(("nexalia",), (Decimal("8000000"), "EUR"), None)]


# -- a clause that tells another deal keeps its amount -----------------------------------------------------


def test_a_relative_clause_on_the_company_raising_tells_an_earlier_round(en):
    found = events(
        en,
        "Nexalia, which raised $12 million last year, has now raised fresh funding from Pell Capital.",
        "en",
        datetime.date(2024, 5, 2),
    )
    assert investments(found) == [
        (("nexalia",), (Decimal("12000000"), "USD"), "2023"),
        (("nexalia",), None, "2024-05-02"),
    ]
    [backed] = [e for e in found if e.roles["investor"]]
    assert backed.roles["investor"] == ("pell-capital",) and backed.amount is None


def test_a_fronted_perfect_participle_tells_an_earlier_round(en):
    found = events(
        en, "Having raised $9 million in 2022, Nexalia secured $40 million from Pell Capital on Monday.", "en"
    )
    [backed] = [e for e in found if e.roles["investor"]]
    assert backed.roles["investor"] == ("pell-capital",)
    assert amount_of(backed) == (Decimal("40000000"), "USD")


def test_qui_avait_leve_on_the_company_is_another_round(fr):
    found = events(
        fr,
        "Le fonds Brume Capital a investi dans la start-up Nexalia, qui avait levé 6 millions d'euros en 2021.",
        "fr",
    )
    [backed] = [e for e in found if e.roles["investor"]]
    assert backed.roles["investor"] == ("brume-capital",) and backed.amount is None
    assert (("nexalia",), (Decimal("6000000"), "EUR"), "2021") in investments(found)


def test_qui_avait_deja_investi_on_an_investor_is_its_earlier_stake(fr):
    found = events(
        fr,
        "La start-up Nexalia lève 70 millions d'euros auprès du fonds Brume Capital, qui avait déjà investi 5 "
        "millions d'euros en 2022.",
        "fr",
    )
    [backed] = [e for e in found if e.roles["investor"]]
    assert amount_of(backed) == (Decimal("70000000"), "EUR")


def test_a_round_in_a_dated_relative_clause_keeps_its_investor_apart(en):
    found = events(
        en,
        "Nexalia, which closed a seed round led by Tarn Capital in 2021, raised $35 million from Pell Capital.",
        "en",
        datetime.date(2024, 5, 2),
    )
    by_investor = {e.roles["investor"]: (amount_of(e), e.date.value if e.date else None) for e in found}
    assert by_investor[("pell-capital",)] == ((Decimal("35000000"), "USD"), "2024-05-02")
    assert by_investor[("tarn-capital",)] == (None, "2021")


def test_a_seed_round_in_a_fronted_participle_has_no_investor_of_the_main_clause(en):
    found = events(
        en, "Having raised $9 million in a seed round, Nexalia secured $40 million from Pell Capital on Monday.", "en"
    )
    [backed] = [e for e in found if e.roles["investor"]]
    assert amount_of(backed) == (Decimal("40000000"), "USD")
    assert (("nexalia",), (Decimal("9000000"), "USD"), None) in investments(found)


def test_a_raise_a_year_before_is_not_the_news_of_the_day(en):
    found = events(
        en,
        "Pell Capital led the $120 million round, which comes a year after Nexalia raised $50 million.",
        "en",
        datetime.date(2024, 5, 2),
    )
    assert [e.date for e in found if amount_of(e) == (Decimal("50000000"), "USD")] == [None]


def test_a_figure_the_news_is_compared_with_is_not_the_deal_s(en):
    found = events(
        en,
        "Nexalia raised $120 million at a valuation of $2 billion, up from $500 million last year, in a round led by "
        "Pell Capital.",
        "en",
        datetime.date(2024, 5, 2),
    )
    [backed] = [e for e in found if e.roles["investor"]]
    assert amount_of(backed) == (Decimal("120000000"), "USD")
    assert backed.date.value == "2024-05-02"


def test_contre_un_chiffre_de_l_an_dernier(fr):
    found = events(
        fr,
        "Le fonds Brume Capital a investi dans la start-up Nexalia, contre 20 millions d'euros l'an dernier pour "
        "la société Valmora.",
        "fr",
        datetime.date(2024, 5, 2),
    )
    [backed] = [e for e in found if e.roles["investor"] == ("brume-capital",)]
    assert backed.amount is None and backed.date.value == "2024-05-02"


def test_a_round_that_follows_an_earlier_one(en):
    found = events(
        en,
        "Nexalia's $120 million round, which follows a $50 million Series A in 2022, was led by Pell Capital.",
        "en",
        datetime.date(2024, 5, 2),
    )
    [backed] = [e for e in found if e.roles["investor"]]
    assert amount_of(backed) == (Decimal("120000000"), "USD")
    assert (("nexalia",), (Decimal("50000000"), "USD"), "2022") in investments(found)


def test_an_undated_relative_clause_on_the_company_may_tell_the_same_round(en):
    found = events(en, "Kernwerk Ventures invested in the startup Nexalia, which raised $20 million.", "en")
    [backed] = [e for e in found if e.roles["investor"]]
    assert amount_of(backed) == (Decimal("20000000"), "USD")


def test_an_investor_relative_clause_in_the_simple_past_tells_the_same_round(en):
    found = events(en, "Nexalia was backed by Pell Capital, a Lisbon fund, which led its $3 million seed round.", "en")
    [backed] = [e for e in found if e.roles["investor"]]
    assert amount_of(backed) == (Decimal("3000000"), "USD")


# -- the date a deal closed, said after it ------------------------------------------------------------------


def test_the_round_closed_in_a_month_before_it_was_told(en):
    found = events(
        en,
        "Dunmere Logistics said on Monday that it had raised a $30 million Series A led by Harrow Peak Capital. The "
        "round closed in February, its chief executive said.",
        "en",
        datetime.date(2025, 3, 4),
    )
    [round_] = [e for e in found if e.type == "Investment"]
    assert round_.date.value == "2025-02"


def test_a_round_expected_to_close_keeps_the_day_it_was_told(en):
    found = events(
        en,
        "Dunmere Logistics said on Monday that it had raised a $30 million Series A led by Harrow Peak Capital. The "
        "round is expected to close in February.",
        "en",
        datetime.date(2025, 3, 4),
    )
    [round_] = [e for e in found if e.type == "Investment"]
    assert round_.date.value == "2025-03-03"


def test_le_tour_a_ete_boucle_en(fr):
    found = events(
        fr,
        "La start-up Nexalia a annoncé lundi avoir levé 30 millions d'euros auprès du fonds Brume Capital. Le tour de "
        "table a été bouclé en février.",
        "fr",
        datetime.date(2025, 3, 4),
    )
    [round_] = [e for e in found if e.type == "Investment"]
    assert round_.date.value == "2025-02"


# -- two dates joined by "and" are no one date of a deal ----------------------------------------------------


@pytest.mark.parametrize(
    ("when", "date"),
    [("in 2022 and early 2023", None), ("in March 2022 and in June 2022", "2022"), ("in 2022", "2022")],
)
def test_a_deal_spread_over_two_dates(en, when, date):
    found = events(
        en, f"Kernwerk Ventures invested $4 billion in the startup Nexalia across two tranches {when}.", "en"
    )
    [deal] = [e for e in found if e.type == "Investment"]
    assert (deal.date.value if deal.date else None) == date


# -- the end of a term is no date of the deal -------------------------------------------------------------


def test_the_end_of_a_partnership_term_is_not_its_date(en):
    found = events(en, "The startup Nexalia has extended its partnership with Kernwerk through 2030.", "en")
    [deal] = [e for e in found if e.type == "Partnership"]
    assert deal.date is None


def test_jusqu_en_is_the_end_of_the_term(fr):
    found = events(
        fr, "Le groupe Kernwerk a prolongé en janvier son partenariat avec la start-up Nexalia jusqu'en 2030.", "fr",
        datetime.date(2025, 3, 4),
    )  # fmt: skip
    [deal] = [e for e in found if e.type == "Partnership"]
    assert deal.date.value == "2025-01"


# -- news reported as such further down an article is of its publication day -------------------------------


def test_vient_de_lever_is_the_news_of_the_day(fr):
    found = events(
        fr,
        "Le marché des robots reste calme. Les prix des capteurs montent encore. La start-up Nexalia vient de "
        "réaliser une levée de fonds de 12 millions d'euros auprès du fonds Brume Capital.",
        "fr",
        datetime.date(2024, 3, 10),
    )
    assert [e.date.value for e in found if e.type == "Investment"] == ["2024-03-10"]


def test_a_deal_said_further_down_is_the_news_of_the_day(en):
    found = events(
        en,
        "The market for robots stays calm. Prices of sensors rise again. Brintel also said it acquired the "
        "startup Quillon Labs.",
        "en",
        datetime.date(2024, 3, 10),
    )
    assert [e.date.value for e in acquisitions(found)] == ["2024-03-10"]


def test_a_deal_told_further_down_without_a_reporting_verb_has_no_date(en):
    found = events(
        en,
        "The market for robots stays calm. Prices of sensors rise again. Brintel acquired the startup Quillon Labs.",
        "en",
        datetime.date(2024, 3, 10),
    )
    assert [e.date for e in acquisitions(found)] == [None]


# -- an acquisition told through the people it brought ------------------------------------------------------


def test_joined_following_the_acquisition_of(en):
    text = "Dana Whitfield joined Kernwerk in 2015 following the acquisition of Brume Technologies."
    assert ("kernwerk", "acquired", "brume") in facts(en, text)


def test_joined_through_its_acquisition_of_her_startup(en):
    found = events(en, "She joined Valmora through the 2016 acquisition of her last startup, Quillon.", "en")
    [deal] = acquisitions(found)
    assert deal.roles == {"acquirer": ("valmora",), "acquiree": ("quillon",)}
    assert deal.date.value == "2016"


def test_joined_after_another_buyer_s_acquisition_names_that_buyer(en):
    found = events(en, "He joined Brintel after Ostrakon's acquisition of Harrow.", "en")
    assert [d.roles for d in acquisitions(found)] == [{"acquirer": ("ostrakon",), "acquiree": ("harrow",)}]


def test_a_rejoint_apres_le_rachat_de(fr):
    text = "Marie Dubois a rejoint Kernwerk après le rachat de la start-up Nexalia en 2019."
    assert ("kernwerk", "acquired", "nexalia") in facts(fr, text)


def test_an_earlier_round_whose_currency_was_said_once(fr):
    found = events(
        fr,
        "La start-up Nexalia a levé 40 millions d'euros auprès du fonds Brume Capital, après un premier tour de "
        "8 millions en 2022.",
        "fr",
    )
    assert investments(found) == [
        (("nexalia",), (Decimal("40000000"), "EUR"), None),
        (("nexalia",), (Decimal("8000000"), "EUR"), "2022"),
    ]


# -- one trigger, several partners: one Partnership of all of them -----------------------------------------


def partnerships(found):
    return sorted(e.roles["partner"] for e in found if e.type == "Partnership")


def test_three_companies_announcing_one_partnership_are_one_event(en):
    found = events(
        en,
        "The chipmaker Brintel, the startup Quillon Labs and the cloud provider Valmora Cloud announced a joint "
        "partnership on Monday.",
        "en",
    )
    assert partnerships(found) == [("brintel", "quillon", "valmora-cloud")]


def test_a_company_collaborating_with_a_list_is_one_partnership(fr):
    found = events(
        fr,
        "La start-up Nexalia a collaboré étroitement avec le fondeur Brintel, la société Quillon Labs et l'éditeur "
        "Valmora.",
        "fr",
    )
    assert partnerships(found) == [("brintel", "nexalia", "quillon", "valmora")]


def test_two_partnerships_of_one_sentence_with_their_own_triggers_stay_two(en):
    found = events(
        en,
        "The chipmaker Brintel signed a partnership with the startup Quillon Labs in March, and the cloud provider "
        "Valmora Cloud signed a partnership with Brintel in May.",
        "en",
    )
    assert partnerships(found) == [("brintel", "quillon"), ("brintel", "valmora-cloud")]


# -- "valued at X after a round of Y": with no other deal amount, the round after "after" is the news -----


def test_the_round_after_a_valuation_is_the_sentence_s_own(fr):
    found = events(
        fr,
        "La société Nexalia pèse désormais 3 milliards d'euros selon ses dirigeants, après un tour de financement de 200 millions d'euros "
        "mené par le fonds Brintel Ventures.",
        "fr",
    )
    got = [(e.roles["investor"], amount_of(e)) for e in found if e.type == "Investment"]
    # one round, with its lead investor and its amount (no amount-less statement beside an "earlier" round)
    assert got == [(("brintel-ventures",), (Decimal("200000000"), "EUR"))]


def test_an_earlier_round_beside_a_new_raise_stays_apart(en):
    found = events(en, "Nexalia raised $50 million, after a $10 million seed round last year.", "en")
    got = sorted(amount_of(e) for e in found if e.type == "Investment")
    assert got == [(Decimal("10000000"), "USD"), (Decimal("50000000"), "USD")]


# -- "not only", "ne ... plus seulement": a restricted negation denies that the statement is all there is -----


def test_ne_plus_seulement_keeps_the_statement(fr):
    said = "La start-up Nexalia n'est plus seulement une alternative à OpenAI."
    assert ("nexalia", "competitorOf", "openai") in facts(fr, said)
    # without the restricting adverb, the negation holds
    assert ("nexalia", "competitorOf", "openai") not in facts(
        fr, "La start-up Nexalia n'est plus une alternative à OpenAI."
    )


def test_not_only_keeps_the_statement(en):
    said = "Nexalia is not only a rival of OpenAI but also of Anthropic."
    assert ("nexalia", "competitorOf", "openai") in facts(en, said)
    assert ("nexalia", "competitorOf", "openai") in facts(en, "Nexalia is not a rival of OpenAI.", "Negated")


# -- the sum of all rounds, said after the amount, is no round -------------------------------------------------


def test_an_amount_raised_over_the_past_years_is_no_round(en):
    found = events(
        en,
        "Nexalia has raised $90 million over the last four years. Kernwerk has raised $50 million in a Series B "
        "round led by Pell Capital.",
        "en",
    )
    assert [(e.roles["investee"], amount_of(e)) for e in found if e.type == "Investment"] == [
        (("kernwerk",), (Decimal("50000000"), "USD"))
    ]


def test_an_amount_raised_since_a_year_is_no_round(fr):
    found = events(
        fr,
        "Nexalia a levé 90 millions d'euros depuis 2019. Kernwerk a levé 50 millions d'euros auprès de Brintel "
        "Ventures.",
        "fr",
    )
    assert [(e.roles["investee"], amount_of(e)) for e in found if e.type == "Investment"] == [
        (("kernwerk",), (Decimal("50000000"), "EUR"))
    ]


# -- a cue inside a relative clause that does not hold the trigger is said of something else ---------------


def test_a_plan_in_a_relative_clause_does_not_hedge_the_main_clause(en):
    said = "Nexalia, which plans to open an office in Paris, closed a $30 million Series B round led by Pell Capital."
    assert ("pell-capital", "investedIn", "nexalia") in facts(en, said)
    # the plan the relative clause holds stays a plan
    planned = facts(en, "Brintel Labs, which plans to acquire Valmora Labs, closed a round.", "Planned")
    assert ("brintel", "acquired", "valmora") in planned


# -- an indefinite deal noun a sentence later is another deal, not the price of the one before ----------------


def test_an_indefinite_round_later_gives_no_amount_to_the_round_before(en):
    found = events(
        en,
        "The startup Nexalia is backed by Pell Capital and Ardent Ventures. Kernwerk is in talks to invest in "
        "Nexalia, in a round of $1 billion that might put its worth at $9 billion.",
        "en",
    )
    [backing] = [e for e in found if e.type == "Investment"]
    assert backing.amount is None


# -- a future framed by an agreement is what the concluded deal provides ------------------------------------


def test_a_future_under_an_agreement_is_asserted(fr):
    said = (
        "Le groupe Kernwerk va fournir à Nexalia des serveurs GPU dans le cadre d'un accord de sept ans "
        "chiffré à 12 milliards d'euros."
    )
    assert ("kernwerk", "providesComputeTo", "nexalia") in facts(fr, said)
    # with no agreement, or a planning verb above it, the future stays a plan
    assert ("brintel", "providesComputeTo", "nexalia") in facts(
        fr, "Le groupe Brintel va fournir à Nexalia des GPU.", "Planned"
    )
    assert ("valmora", "providesComputeTo", "nexalia") in facts(
        fr, "Le groupe Valmora envisage de fournir à Nexalia des GPU dans le cadre d'un accord.", "Planned"
    )


# -- an amount a raise governs is that round's, not the price of an acquisition ----------------------------


def test_a_raise_beside_an_acquisition_gives_it_no_price(en):
    for said in (
        "Fresh from its $20 million Series A, Nexalia acquired Kernwerk Labs.",
        "Nexalia, which raised $20 million last year, has acquired Kernwerk Labs.",
    ):
        [deal] = acquisitions(events(en, said, "en"))
        assert deal.amount is None, said
    [deal] = acquisitions(events(en, "Nexalia acquired Kernwerk Labs in a $20 million deal.", "en"))
    assert amount_of(deal) == (Decimal("20000000"), "USD")


def test_une_levee_dans_une_relative_ne_paie_pas_le_rachat(fr):
    found = events(fr, "Nexalia, qui a levé 20 millions d'euros l'an dernier, rachète la start-up Kernwerk.", "fr")
    [deal] = acquisitions(found)
    assert deal.amount is None
