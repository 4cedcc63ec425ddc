"""Funding rounds, investor lists and acquisitions: the deal rules and the events they make, on sentences
written for these tests (not from any corpus), with the real spaCy models."""

import datetime

import pytest
from conftest import events, facts

pytestmark = pytest.mark.filterwarnings("ignore")


def investments_of(found, investee):
    return [e for e in found if e.type == "Investment" and e.roles["investee"] == (investee,)]


# -- investor lists ---------------------------------------------------------------------------------


def test_other_investors_in_the_round_for_a_company(en):
    got = facts(
        en,
        "Other investors who took part in the most recent round of funding for Vantorix included Coldwell Partners, "
        "Brisk Peak Capital and Mirelle Ventures.",
    )
    for investor in ("coldwell-partners", "brisk-peak-capital", "mirelle-ventures"):
        assert (investor, "investedIn", "vantorix") in got


def test_clients_including_names_no_investor(en):
    got = facts(
        en,
        "Vantorix raised $40 million last year. Its clients include Microsoft, Morgan Stanley and Siemens, "
        "which use its labelling tools.",
    )
    assert not any(r == "investedIn" and s in ("microsoft", "morgan-stanley", "siemens") for s, r, _ in got)


def test_round_led_by_a_company_based_somewhere(en):
    got = facts(
        en,
        "Corvane Robotics said on Monday it had raised $30 million. The round was led by Oslo-based Brisk Peak Capital.",
    )
    assert ("brisk-peak-capital", "investedIn", "corvane-robotics") in got


def test_hedged_investment_is_not_asserted(fr):
    got = facts(fr, "Brume Capital envisage d'investir dans des start-up comme Lumisia et Korvane.")
    assert ("brume-capital", "investedIn", "lumisia") not in got


# -- events -----------------------------------------------------------------------------------------
def test_one_round_is_one_event_with_all_its_investors(en):
    found = events(
        en,
        "Norvane raised $50 million in a Series B round led by Pell Capital with participation from "
        "Harrow Ventures and Ondine Partners.",
        "en",
    )
    rounds = investments_of(found, "norvane")
    assert len(rounds) == 1
    assert set(rounds[0].roles["investor"]) == {"pell-capital", "harrow-ventures", "ondine-partners"}
    assert rounds[0].amount.value == 50_000_000 and rounds[0].amount.currency == "USD"


def test_a_raise_with_no_investor_is_an_investment_with_its_amount(fr):
    found = events(fr, "La start-up Lumisia a levé 220 millions d'euros en mai.", "fr", datetime.date(2025, 2, 1))
    raised = investments_of(found, "lumisia")
    assert len(raised) == 1
    assert raised[0].roles["investor"] == ()
    assert raised[0].amount.value == 220_000_000 and raised[0].amount.currency == "EUR"
    assert raised[0].date.value.startswith("2024-05") or raised[0].date.value.startswith("2025-05")


def test_the_amount_raised_not_the_valuation(en):
    found = events(en, "Cortexa closed a $250 million round of funding at a $6 billion valuation.", "en")
    raised = investments_of(found, "cortexa")
    assert raised and all(e.amount.value == 250_000_000 for e in raised)


def test_converted_amount_in_brackets_is_not_the_deal(en):
    found = events(en, "Siemens has joined a 400 million euro ($456 million) funding round in Korvi AI.", "en")
    raised = [e for e in found if e.type == "Investment" and e.amount]
    assert raised and all(e.amount.currency == "EUR" for e in raised)


def test_planned_deal_gives_the_amount_of_the_asserted_acquisition(en):
    found = events(
        en,
        "Halvern said on Wednesday that it plans to acquire Tessel Systems for $2.1 billion. "
        "Analysts said the chips are why Halvern is acquiring Tessel Systems.",
        "en",
    )
    deals = [e for e in found if e.type == "Acquisition"]
    assert len(deals) == 1
    assert deals[0].amount is not None and deals[0].amount.value == 2_100_000_000


def test_parmi_les_investisseurs_figurent(fr):
    got = facts(
        fr,
        "La start-up Lumisia a levé 25 millions d'euros. Parmi les investisseurs figurent Brume Capital "
        "et Ardent Partners.",
    )
    for investor in ("brume-capital", "ardent-partners"):
        assert (investor, "investedIn", "lumisia") in got


def test_listed_person_after_a_title_and_its_company(fr):
    # the person a title with its company introduces is the listed investor, and the list goes on after it
    got = facts(
        fr,
        "La start-up Quillon a levé 30 millions d'euros en mars. Parmi les nouveaux investisseurs figurent l'ancien "
        "patron de Google Pierre Aubert et le fonds Brume Capital.",
    )
    assert ("pierre-aubert", "investedIn", "quillon") in got
    assert ("brume-capital", "investedIn", "quillon") in got
    assert ("google", "investedIn", "quillon") not in got


def test_examples_closing_an_apposition_are_not_the_subject(fr, en):
    got = facts(
        fr,
        "Harrow Ventures, l'un des premiers soutiens de sociétés comme Nexalia, Korvane et Vexora, mène le tour "
        "de la start-up Quillon.",
    )
    assert ("harrow-ventures", "investedIn", "quillon") in got
    assert not any(s in ("korvane", "vexora") and o == "quillon" for s, _, o in got)
    # examples of the subject noun itself stay the subject
    got = facts(fr, "Des géants comme Google et Microsoft ont investi dans la start-up Quillon.")
    assert ("microsoft", "investedIn", "quillon") in got


def test_apposition_of_an_investor_in_companies_given_as_examples(fr):
    got = facts(
        fr,
        "Harrow Ventures, l'un des grands bailleurs de fonds de sociétés comme Nexalia, Korvane et Vexora, a "
        "présenté un nouveau fonds.",
    )
    for company in ("nexalia", "korvane", "vexora"):
        assert ("harrow-ventures", "investedIn", company) in got
    assert ("korvane", "investedIn", "nexalia") not in got


def test_investors_in_a_company_include_a_list_with_an_apposition(en):
    got = facts(
        en,
        "Quillon Robotics raised $80 million in new funding last month. Investors in Quillon Robotics include "
        "well-known firms such as Harrow Ventures, Pell Capital, and Ondine Partners, as well as Brackwater, "
        "a fund co-managed by Quillon director Anita Sorel.",
    )
    for investor in ("harrow-ventures", "pell-capital", "ondine-partners", "brackwater"):
        assert (investor, "investedIn", "quillon-robotics") in got
    assert not any(s.startswith("anita") and r == "investedIn" for s, r, _ in got)


def test_founder_after_his_company_in_a_round_list_is_the_investor(en):
    got = facts(
        en,
        "Halvern Robotics said it raised $75 million in a round from investors including Pell Capital "
        "and Microsoft founder Bill Gates.",
    )
    assert ("bill-gates", "investedIn", "halvern-robotics") in got
    assert ("pell-capital", "investedIn", "halvern-robotics") in got
    assert ("microsoft", "investedIn", "halvern-robotics") not in got


def test_investi_dans_des_startups_comme(fr):
    got = facts(
        fr,
        "Brume Capital a investi dans de jeunes pousses prometteuses comme Lumisia AI, Korvane Robotics et Talpha Labs.",
    )
    assert ("brume-capital", "investedIn", "korvane-robotics") in got
    assert sum(1 for s, r, _ in got if s == "brume-capital" and r == "investedIn") == 3


def test_levee_aupres_des_fonds_et_de_l_incubateur(fr):
    got = facts(
        fr,
        "Lumisia vient de boucler un tour de table de 12 M€ auprès des fonds Brume Capital, "
        "Ardent Partners et de l'incubateur américain Calade Ventures.",
    )
    for investor in ("brume-capital", "ardent-partners"):
        assert (investor, "investedIn", "lumisia") in got


def test_syndicat_after_a_colon_skips_the_appositions(fr):
    got = facts(
        fr,
        "Lumisia a bouclé une levée de fonds de 30 millions d'euros avec un syndicat d'investisseurs : "
        "Paul Vernier, fondateur de Brume Capital, Claire Aubrac, l'ancienne patronne de Renault, et Marc Delys.",
    )
    for investor in ("paul-vernier", "claire-aubrac", "marc-delys"):
        assert (investor, "investedIn", "lumisia") in got
    assert ("brume-capital", "investedIn", "lumisia") not in got
    assert ("renault", "investedIn", "lumisia") not in got


def test_collected_from_a_list(fr):
    got = facts(
        fr,
        "La start-up Lumisia AI a collecté 40 millions d'euros auprès de Brume Capital, Ardent Partners et "
        "Calade Ventures.",
    )
    for investor in ("brume-capital", "ardent-partners"):
        assert any(s == investor and r == "investedIn" and o.startswith("lumisia") for s, r, o in got)


def test_the_funding_led_by_after_the_raise_takes_its_amount(en):
    found = events(
        en,
        "Cortexa AI said on Wednesday that it had closed a $250 million funding round. "
        "The funding, led by Pell Capital, will pay for more chips.",
        "en",
    )
    raised = investments_of(found, "cortexa")
    assert len(raised) == 1
    assert raised[0].roles["investor"] == ("pell-capital",)
    assert raised[0].amount.value == 250_000_000


def test_an_earlier_raise_by_it_is_another_event(en):
    found = events(
        en,
        "Vantorix AI raised $1 billion in a round led by Pell Capital. "
        "In 2020, it had raised $210 million in a Series B round.",
        "en",
    )
    raised = investments_of(found, "vantorix")
    assert sorted(e.amount.value for e in raised) == [210_000_000, 1_000_000_000]
    earlier = next(e for e in raised if e.amount.value == 210_000_000)
    assert earlier.date.value == "2020" and earlier.roles["investor"] == ()


def test_shareholder_of_startups_such_as(fr):
    got = facts(
        fr,
        "Brume Capital est actionnaire de plusieurs jeunes pousses françaises, telles que Lumisia AI, "
        "Korvane Robotics ou encore Talpha Labs.",
    )
    assert ("brume-capital", "investedIn", "korvane-robotics") in got


def test_the_amount_of_the_acquisition_in_the_next_sentence(en):
    found = events(
        en,
        "Regulators are examining Halvern's acquisition of Tessel Systems. "
        "The review could delay the completion of the $640 million acquisition.",
        "en",
    )
    deals = [e for e in found if e.type == "Acquisition"]
    assert len(deals) == 1 and deals[0].amount is not None and deals[0].amount.value == 640_000_000


def test_intel_google_backed_round_is_no_investment_in_intel(en):
    got = facts(en, "Vantorix AI valued at $4 billion in Intel, Google-backed funding round.")
    assert ("google", "investedIn", "intel") not in got


def test_a_stake_in_a_company_is_an_investment(fr):
    got = facts(fr, "Brume Capital a pris une participation de 10 % dans la start-up Lumisia AI.")
    assert ("brume-capital", "investedIn", "lumisia") in got


def test_the_amount_past_another_deal_is_not_this_ones(fr):
    found = events(
        fr,
        "L'investissement de Brume Capital dans Lumisia est le plus gros du fonds après le rachat de Korvane "
        "pour 90 millions d'euros.",
        "fr",
    )
    assert all(e.amount is None or e.amount.value != 90_000_000 for e in found if e.type == "Investment")


def test_invested_again_is_another_investment_with_its_own_date(fr):
    found = events(
        fr,
        "Brume Capital, qui a investi 5 millions d'euros dans Lumisia en 2018 et investi à nouveau en 2022, "
        "cherche de nouvelles cibles.",
        "fr",
    )
    dated = sorted((e.date.value if e.date else "", e.amount.value if e.amount else None) for e in found)
    assert ("2018", 5_000_000) in dated
    assert ("2022", None) in dated


def test_announced_round_then_the_round_led_by(fr):
    found = events(
        fr,
        "Lumisia a annoncé une levée de fonds de 20 millions d'euros. Le tour de table est mené par Brume Capital.",
        "fr",
    )
    raised = investments_of(found, "lumisia")
    assert len(raised) == 1
    assert raised[0].roles["investor"] == ("brume-capital",) and raised[0].amount.value == 20_000_000


def test_also_participating_in_the_round_joins_the_round(en):
    found = events(
        en,
        "Norvane Robotics raised $40 million in a Series A round led by Pell Capital. "
        "Also participating in the round were Harrow Ventures and Ondine Partners.",
        "en",
    )
    raised = investments_of(found, "norvane-robotics")
    assert len(raised) == 1
    assert set(raised[0].roles["investor"]) == {"pell-capital", "harrow-ventures", "ondine-partners"}
    assert raised[0].amount.value == 40_000_000


def test_le_tour_de_table_reunit(fr):
    got = facts(
        fr,
        "Lumisia a bouclé un tour de table de 15 millions d'euros. "
        "Le tour de table réunit Brume Capital, Ardent Partners et Calade Ventures.",
    )
    for investor in ("brume-capital", "ardent-partners", "calade-ventures"):
        assert (investor, "investedIn", "lumisia") in got


def test_invested_in_a_list_of_companies(fr):
    got = facts(fr, "Bpifrance, qui a investi dans Lumisia, Korvane Robotics et Talpha Labs, prépare un nouveau fonds.")
    assert ("bpifrance", "investedIn", "lumisia") in got
    assert ("bpifrance", "investedIn", "korvane-robotics") in got


def test_in_talks_to_invest_is_not_asserted(en):
    got = facts(en, "Pell Capital is in talks to invest in Norvane Robotics and Quillon Labs.")
    assert not any(r == "investedIn" for _, r, _ in got)


# -- real press phrasing (issue 16) -----------------------------------------------------------------


def test_pronoun_of_a_reported_raise_is_the_speaker(en):
    # "X, a rival of Y, said it had raised ...": the company that speaks, not the nearer name
    got = facts(
        en,
        "Corvane Robotics, a young firm that competes with Google-backed Anthropic, said Thursday that it had "
        "raised $90 million in a round from investors including Harrow Ventures and Pell Capital.",
    )
    assert ("harrow-ventures", "investedIn", "corvane-robotics") in got
    assert ("harrow-ventures", "investedIn", "anthropic") not in got


def test_pronoun_of_a_reported_acquisition_is_the_speaker(fr):
    got = facts(
        fr,
        "Brintel, concurrent de Salesforce, a indiqué jeudi qu'elle avait racheté Nexalia, une petite société nantaise.",
    )
    assert ("brintel", "acquired", "nexalia") in got
    assert ("salesforce", "acquired", "nexalia") not in got


def test_a_premodifier_backer_is_a_holding_not_the_sentences_deal(en):
    found = events(
        en,
        "Corvane Robotics, a rival of Microsoft-backed OpenAI, said Friday that it had raised $90 million from Harrow Ventures.",
        "en",
    )
    assert not [e for e in found if e.roles.get("investee") == ("openai",)]
    (event,) = investments_of(found, "corvane-robotics")
    assert event.amount.value == 90_000_000


def test_round_joined_by_other_investors_such_as(en):
    got = facts(
        en,
        "The funding was led by Harrow Ventures and joined by several other investors such as Pell Capital, "
        "Ondine Partners and Brisk Peak Capital. Corvane Robotics will use the money to hire engineers.",
    )
    got |= facts(
        en,
        "Corvane Robotics raised $90 million on Monday. Its funding was led by Harrow Ventures and joined by several "
        "other investors such as Pell Capital, Ondine Partners and Brisk Peak Capital.",
    )
    for investor in ("harrow-ventures", "pell-capital", "ondine-partners", "brisk-peak-capital"):
        assert (investor, "investedIn", "corvane-robotics") in got


def test_fronted_list_of_bailleurs_de_fonds(fr):
    got = facts(
        fr,
        "Nexalia a levé 40 millions d'euros en mars. Parmi les grands bailleurs de fonds de Nexalia, figurent le "
        "groupe Orange, la banque BNP Paribas et le fonds Eurazeo.",
    )
    for investor in ("orange", "bnp-paribas", "eurazeo"):
        assert (investor, "investedIn", "nexalia") in got


def test_a_bailleur_alone_is_a_landlord(fr):
    got = facts(
        fr,
        "Nexalia loue ses bureaux à Lyon. Parmi les bailleurs de Nexalia, figurent le groupe Orange et Eurazeo.",
    )
    assert not any(r == "investedIn" for _, r, _ in got)


def test_participer_a_ce_financement_joins_the_round_just_valued(fr):
    got = facts(
        fr,
        "Un tour de table bouclé en 2022 a permis d'évaluer Nexalia Robotics à 900 millions de dollars. "
        "Selon le quotidien, le fonds Eurazeo a participé à ce financement.",
    )
    assert ("eurazeo", "investedIn", "nexalia-robotics") in got


def test_a_round_valued_the_company_then_took_part_in_the_round(en):
    got = facts(
        en,
        "A 2022 funding round valued Corvane Robotics at $900 million. Harrow Ventures and Pell Capital took part in the round.",
    )
    assert ("harrow-ventures", "investedIn", "corvane-robotics") in got
    found = events(en, "A 2022 funding round valued Corvane Robotics at $900 million.", "en")
    assert not [e for e in found if e.amount is not None]  # a valuation, not the round's amount


def test_diriger_le_tour_de_table(fr):
    got = facts(fr, "Le fonds Eurazeo dirige le tour de table de Nexalia, qui lève 25 millions d'euros.")
    assert ("eurazeo", "investedIn", "nexalia") in got


def test_an_amount_put_in_with_no_company_goes_to_the_round_just_reported(fr, en):
    got = facts(
        fr,
        "Nexalia a bouclé en mars un tour de table de 300 millions d'euros. Près de 200 millions ont en effet été "
        "apportés par Brume Capital, son premier actionnaire.",
    )
    assert ("brume-capital", "investedIn", "nexalia") in got
    got = facts(
        en,
        "Corvane Robotics raised $300 million in March. Harrow Ventures invested $200 million, the company said.",
    )
    assert ("harrow-ventures", "investedIn", "corvane-robotics") in got


def test_investing_again_in_a_year_is_no_contribution(fr):
    doc = fr("Brume Capital, qui a investi 800 millions d'euros dans Nexalia en 2018 et investi à nouveau en 2022.")
    assert not [f for f in doc._.kg_facts if f.rule.endswith("contribution")]


def test_total_funding_is_not_the_rounds_amount(en):
    found = events(
        en,
        "Corvane Robotics raised $150 million in its Series D round this week, bringing the company's total funding "
        "to roughly $700 million.",
        "en",
    )
    assert [e.amount.value for e in investments_of(found, "corvane-robotics")] == [150_000_000]


def test_a_sum_over_many_startups_is_no_raise(fr):
    found = events(
        fr,
        "Nexalia a levé 40 millions d'euros lundi. Les startups allemandes ont levé 2,4 milliards d'euros en un trimestre.",
        "fr",
    )
    assert [e.amount.value for e in investments_of(found, "nexalia")] == [40_000_000]


def test_a_round_named_in_passing_takes_no_amount_of_the_sentence(fr):
    found = events(
        fr,
        "Le mois atteint donc 2,3 milliards d'euros levés en Belgique, un sommet lié au méga-tour de Nexalia.",
        "fr",
    )
    assert not [e for e in found if e.amount is not None]


def test_the_same_raise_said_twice_is_one_event(fr):
    found = events(
        fr,
        "Nexalia lève 17,2 millions d'euros auprès d'Eurazeo. La start-up nantaise a ainsi réussi une levée "
        "de 17,2 millions d'euros, la plus grosse de son histoire.",
        "fr",
    )
    assert len(investments_of(found, "nexalia")) == 1


def test_leading_a_company_that_raised_is_no_lead_investment(en, fr):
    got = facts(en, "Mara Lenz leads Corvane Robotics, which raised $60 million in October.")
    assert not any(r == "investedIn" for _, r, _ in got)
    got = facts(en, "Corvane Robotics raised $60 million in October. Harrow Ventures led the round.")
    assert ("harrow-ventures", "investedIn", "corvane-robotics") in got
    got = facts(fr, "Le fonds Eurazeo a mené la levée de fonds de Nexalia en 2023.")
    assert ("eurazeo", "investedIn", "nexalia") in got


def test_a_dateline_is_not_the_speaker(en):
    got = facts(
        en,
        "OSLO, Norway – Brintel Systems on Tuesday, May 6, announced it had acquired Harrow Labs, a maker of robot arms.",
    )
    assert any(s == "brintel-systems" and r == "acquired" for s, r, _ in got)


def test_a_place_premodifier_before_the_bought_company(en):
    got = facts(en, "Brintel Systems on Thursday said it had bought US speech recognition startup Quillon.")
    assert ("brintel-systems", "acquired", "quillon") in got
    assert not any(r == "acquired" and o == "united-states" for _, r, o in got)


def test_a_bare_scaled_figure_put_in_the_round(fr):
    got = facts(
        fr,
        "Nexalia a levé 1,5 milliard d'euros en mars. Eurazeo, son premier actionnaire, a investi 1 milliard "
        "et pris 10 % du capital.",
    )
    assert ("eurazeo", "investedIn", "nexalia") in got


# -- projects ---------------------------------------------------------------------------------------


def test_those_who_announce_a_named_project_take_part_in_it(en, fr):
    got = facts(en, "Brintel Systems and Harrow Ventures announced the Stargate project in March.")
    assert ("brintel-systems", "participatesIn", "stargate") in got
    assert ("harrow-ventures", "participatesIn", "stargate") in got
    got = facts(en, "Brintel Systems announced the Orion model in March.")
    assert not any(r == "participatesIn" for _, r, _ in got)  # a model is no project
    got = facts(
        fr, "Brintel et Eurazeo ont annoncé en mars le projet Orion, qui doit construire des centres de données."
    )
    assert ("eurazeo", "participatesIn", "orion") in got


def test_the_partners_of_a_joint_venture_take_part_in_the_project(en, fr):
    got = facts(
        en, "Stargate, a joint venture between Brintel Systems and Harrow Ventures, will build data centers in Ohio."
    )
    assert ("brintel-systems", "participatesIn", "stargate") in got
    assert ("harrow-ventures", "participatesIn", "stargate") in got
    got = facts(fr, "Le projet Orion, une coentreprise entre Brintel et Eurazeo, construira des centres de données.")
    assert ("brintel", "participatesIn", "orion") in got


def test_a_joint_venture_in_apposition_is_stated_whatever_the_tense_of_the_verb_after(fr):
    # the noun set off by commas after the project's name describes it; a subject noun takes the future of its verb
    got = facts(fr, "Le programme Vesta, une coentreprise entre Kernwerk et Eurazeo, ouvrira un site à Lyon.")
    assert ("kernwerk", "participatesIn", "vesta") in got
    got = facts(fr, "En 2026, la coentreprise entre Kernwerk et Eurazeo ouvrira un site à Lyon.")
    assert ("eurazeo", "partnerOf", "kernwerk") not in got


def test_a_fronted_name_before_its_appositions_raises(fr):
    got = facts(
        fr,
        "Nexalia, une jeune pousse fondée à Lyon par Claire Aubrac, l'ancienne directrice technique de Brintel, "
        "a annoncé mardi avoir levé 30 M€ auprès d'Eurazeo et de Brume Capital.",
    )
    assert ("eurazeo", "investedIn", "nexalia") in got
    assert ("brume-capital", "investedIn", "nexalia") in got


def test_the_one_raise_prices_the_one_list_of_investors_far_below(fr):
    found = events(
        fr,
        "Nexalia a annoncé mardi avoir levé 270 millions d'euros. La société nantaise veut tripler ses effectifs. "
        "Elle ouvrira un bureau à Berlin. Son produit vise les hôpitaux. Ses concurrents sont nombreux. "
        "Parmi ses bailleurs de fonds actuels figurent le fonds Eurazeo et Brume Capital.",
        "fr",
    )
    (event,) = investments_of(found, "nexalia")
    assert event.amount.value == 270_000_000
    assert set(event.roles["investor"]) == {"eurazeo", "brume-capital"}


def test_the_company_that_raises_is_the_passage_s_subject(fr, en):
    got = facts(
        fr,
        "La société Nexalia exploite trois usines et vend ses robots à des clients comme Renault ou Eurazeo. Début "
        "mars, la société a bouclé une levée de 180 millions d'euros menée par Brume Capital.",
    )
    assert ("brume-capital", "investedIn", "nexalia") in got
    assert not any(r == "investedIn" and o == "eurazeo" for _, r, o in got)
    got = facts(
        en,
        "Corvane Robotics builds arms for Siemens and Bosch. The company raised $40 million in a round led by "
        "Harrow Ventures.",
    )
    assert ("harrow-ventures", "investedIn", "corvane-robotics") in got
    assert ("harrow-ventures", "investedIn", "bosch") not in got


def test_taking_part_in_a_round_does_not_make_the_investor_the_company_raising(en):
    found = events(
        en,
        "Corvane Robotics raised $40 million on Monday. Harrow Ventures took part in the round. "
        "The round was also joined by Pell Capital.",
        "en",
    )
    assert all(e.roles["investee"] == ("corvane-robotics",) for e in found if e.type == "Investment")


def test_an_investment_in_a_named_company_is_no_contribution_to_the_last_round(en):
    doc = en(
        "Harrow Ventures joined Corvane Robotics' $40 million round in May. In France, Harrow Ventures invested "
        "once more in Brintel Systems, during a €100 million Series C."
    )
    assert not [f for f in doc._.kg_facts if f.rule.endswith("contribution")]


def test_a_raise_in_its_final_stages_is_not_yet_a_fact(en):
    got = facts(
        en,
        "Corvane Robotics is at the final stages of raising $90 million from a group of investors including "
        "Harrow Ventures and Pell Capital, two people close to the talks said.",
    )
    assert not any(r == "investedIn" for _, r, _ in got)
    got = facts(en, "Corvane Robotics raised $90 million from investors including Harrow Ventures and Pell Capital.")
    assert ("harrow-ventures", "investedIn", "corvane-robotics") in got


# -- investor lists in more shapes (fresh-article classes) --------------------------------------------


def test_a_raise_from_investors_such_as_a_list(fr):
    got = facts(
        fr,
        "La start-up Valmora a levé 40 millions d'euros en mars auprès d'investisseurs prestigieux tels que Brume Capital, "
        "Ardent Partners et Ostrakon Capital.",
    )
    for investor in ("brume-capital", "ardent-partners", "ostrakon-capital"):
        assert (investor, "investedIn", "valmora") in got


def test_a_participle_in_the_description_of_the_lead(fr):
    got = facts(
        fr,
        "La start-up Valmora lève une série A de 50 M€, menée par le nouvel entrant Brume Capital, "
        "avec Ardent Partners.",
    )
    assert ("brume-capital", "investedIn", "valmora") in got


def test_nationalities_and_places_describe_the_next_name_of_a_list(en):
    got = facts(
        en,
        "The startup Quillon said it raised $90 million from Harrow Ventures, Swiss insurer Pell Capital and "
        "Norway state investment firm Fjordvik Capital.",
    )
    for investor in ("harrow-ventures", "pell-capital", "fjordvik-capital"):
        assert (investor, "investedIn", "quillon") in got


def test_a_pronoun_is_not_the_investor_just_listed(en):
    got = facts(
        en,
        "The startup Quillon raised $90 million from investors including Harrow Ventures and Pell Capital. "
        "Months after, it raised $60 million from Brume Partners and Ardent Capital.",
    )
    assert not any(r == "investedIn" and o in ("harrow-ventures", "pell-capital") for _, r, o in got)


def test_the_letter_of_a_series_is_not_the_company(en):
    got = facts(
        en,
        "Harrow Ventures will invest in the robotics maker Corvane Robotics. The unit's stake was disclosed on "
        "Monday. Corvane Robotics raised $30 million. The series A+ round also included Pell Capital and "
        "Ardent Partners.",
    )
    assert ("pell-capital", "investedIn", "corvane-robotics") in got
    assert not any(r == "investedIn" and o == "the" for _, r, o in got)


def test_a_company_counts_investors_among_its_backers(en, fr):
    got = facts(
        en,
        "The startup Nexalia raised $20 million last year. Its website lists Brume Capital, Ardent Partners and "
        "the investor Maria Kowalski as backers.",
    )
    for investor in ("brume-capital", "ardent-partners", "maria-kowalski"):
        assert (investor, "investedIn", "nexalia") in got
    got = facts(
        fr,
        "La start-up lyonnaise Valmora compte Ostrakon Capital et Brintel parmi ses actionnaires. "
        "La start-up Kernwerk compte parmi ses investisseurs Harrow Ventures et le fonds Brume Partners.",
    )
    assert {("ostrakon-capital", "investedIn", "valmora"), ("brintel", "investedIn", "valmora")} <= got
    assert {("harrow-ventures", "investedIn", "kernwerk"), ("brume-partners", "investedIn", "kernwerk")} <= got
    assert ("harrow-ventures", "investedIn", "brintel") not in got


def test_the_round_named_several_sentences_after_the_raise(fr):
    got = facts(
        fr,
        "La start-up Valmora a annoncé avoir bouclé un tour de financement de 30 millions d'euros. "
        "Cette pépite de la robotique entre ainsi dans une nouvelle phase. « Nous voulons recruter vite », "
        "déclare son PDG Léa Martin. « Nos clients attendent nos robots », ajoute-t-elle. "
        "Ce tour de table a été conduit par le fonds Brume Capital et Ardent Partners.",
    )
    assert ("brume-capital", "investedIn", "valmora") in got
    assert ("ardent-partners", "investedIn", "valmora") in got


def test_existing_investors_are_no_investors_of_the_round(en):
    text = (
        "The startup Quillon closed a $50 million round led by Harrow Ventures on Monday. "
        "Existing investors include the chipmaker Pell Capital."
    )
    assert ("pell-capital", "investedIn", "quillon") in facts(en, text)
    found = events(en, text, "en")
    assert not any("pell-capital" in e.roles.get("investor", ()) for e in found if e.type == "Investment")


def test_a_lead_hyphenated_to_the_round_noun(en):
    got = facts(
        en,
        "The startup Quillon announced its much-anticipated raise of $40 million on Monday. "
        "The Harrow Capital-led raise doubled the company's valuation.",
    )
    assert ("harrow-capital", "investedIn", "quillon") in got


def test_investors_in_general_joining_then_examples(fr, en):
    got = facts(
        fr,
        "La start-up Valmora a bouclé une levée de 12 millions d'euros menée par Brume Capital. "
        "Des investisseurs lyonnais ont également pris part à la levée, à l'image de Léa Martin (Kernwerk) "
        "et Paul Girard (Ostrakon).",
    )
    assert {("lea-martin", "investedIn", "valmora"), ("paul-girard", "investedIn", "valmora")} <= got
    got = facts(
        en,
        "The startup Quillon closed a $25 million round led by Harrow Ventures. Existing investors also took part, "
        "including Pell Capital and Ardent Partners.",
    )
    assert {("pell-capital", "investedIn", "quillon"), ("ardent-partners", "investedIn", "quillon")} <= got


def test_an_unfound_acronym_describes_the_next_listed_name(en):
    got = facts(
        en,
        "The startup Quillon has raised two rounds, receiving money from investors including Harrow Ventures "
        "and AI fund Pell Capital.",
    )
    assert ("pell-capital", "investedIn", "quillon") in got


def test_an_investment_reported_in_passing_is_not_the_round(en):
    got = facts(
        en,
        "The startup Quillon has raised $12 billion in its newest funding round, led by Kernwerk. "
        "The Ledger previously reported that Kernwerk was making a large investment in Brintel Systems. "
        "Other prominent investors in this funding round include Pell Capital and Ardent Partners.",
    )
    assert ("pell-capital", "investedIn", "quillon") in got
    assert ("pell-capital", "investedIn", "brintel-systems") not in got


def test_a_round_of_something_else_is_no_funding_round(en, fr):
    got = facts(
        en,
        "Last month Quillon announced another round of senior departures, including VP Research Léa Martin "
        "and Chief Scientist Paul Girard.",
    )
    assert not any(r == "investedIn" for _, r, _ in got)
    got = facts(en, "The startup Quillon raised $30 million in a round of funding led by Harrow Ventures.")
    assert ("harrow-ventures", "investedIn", "quillon") in got
    got = facts(fr, "La start-up Valmora a bouclé un tour de 30 millions d'euros mené par Brume Capital.")
    assert ("brume-capital", "investedIn", "valmora") in got
    got = facts(fr, "Après une série de rachats menée par Kernwerk, la start-up Valmora change de nom.")
    assert not any(r == "investedIn" for _, r, _ in got)


def test_investors_joining_the_last_raise_in_a_sentence_of_their_own(en, fr):
    got = facts(en, "The startup Quillon raised $40 million on Monday. Harrow Ventures and Pell Capital also invested.")
    assert {("harrow-ventures", "investedIn", "quillon"), ("pell-capital", "investedIn", "quillon")} <= got
    got = facts(fr, "La start-up Valmora a levé 20 millions d'euros. Brume Capital a également participé.")
    assert ("brume-capital", "investedIn", "valmora") in got
    got = facts(
        en, "The startup Quillon raised $40 million on Monday. Harrow Ventures also invested in Brintel Systems."
    )
    assert ("harrow-ventures", "investedIn", "quillon") not in got


def test_more_ways_to_name_the_investors_of_a_round(en, fr):
    got = facts(en, "The startup Quillon raised $25 million in a round that included Harrow Ventures and Pell Capital.")
    assert {("harrow-ventures", "investedIn", "quillon"), ("pell-capital", "investedIn", "quillon")} <= got
    got = facts(en, "The startup Quillon closed a $25 million round with Harrow Ventures as lead investor.")
    assert ("harrow-ventures", "investedIn", "quillon") in got
    got = facts(fr, "La start-up Valmora a levé 20 millions d'euros avec le soutien de Brume Capital.")
    assert ("brume-capital", "investedIn", "valmora") in got
    got = facts(fr, "Brume Capital a fait son entrée au capital de la start-up Valmora.")
    assert ("brume-capital", "investedIn", "valmora") in got
    assert ("valmora", "investedIn", "brume-capital") not in got


def test_a_phrase_in_a_later_clause_names_no_investor_of_the_round(en):
    got = facts(
        en,
        "The startup Quillon closed a $25 million round led by Harrow Ventures and will work with Kernwerk on its "
        "chips.",
    )
    assert ("harrow-ventures", "investedIn", "quillon") in got
    assert ("kernwerk", "investedIn", "quillon") not in got
    got = facts(en, "The startup Quillon closed a $25 million round last year, and it signed a deal with Kernwerk.")
    assert ("kernwerk", "investedIn", "quillon") not in got


# -- holdings and backers in descriptions (fresh batch 2 classes) -------------------------------------


def test_a_percentage_of_a_company_held_is_a_stake(fr):
    got = facts(fr, "Brume Capital détient 12 % de Norvane Robotics depuis 2021.")
    assert ("brume-capital", "investedIn", "norvane-robotics") in got
    got = facts(fr, "Brume Capital possède 30 % du capital de Norvane Robotics.")
    assert ("brume-capital", "investedIn", "norvane-robotics") in got
    # a share of a market is no stake in the rival named after it
    got = facts(fr, "Norvane Robotics détient 40 % du marché français, devant Kernwerk Labs.")
    assert not any(r == "investedIn" for _, r, _ in got)


def test_a_company_lets_investors_into_its_capital(fr):
    got = facts(fr, "Norvane Robotics a fait entrer Brume Capital et Ardent Partners à son capital en 2023.")
    assert ("brume-capital", "investedIn", "norvane-robotics") in got
    assert ("ardent-partners", "investedIn", "norvane-robotics") in got
    got = facts(fr, "Norvane Robotics ouvre son capital à Brume Capital.")
    assert ("brume-capital", "investedIn", "norvane-robotics") in got
    got = facts(fr, "Norvane Robotics a fait entrer Léa Morel à son conseil d'administration.")
    assert not any(r == "investedIn" for _, r, _ in got)


def test_taking_part_in_the_round_with_a_contracted_article(fr):
    got = facts(
        fr,
        "Norvane Robotics a levé 10 millions d'euros. Brume Capital et Ardent Partners ont participé au tour de table.",
    )
    assert ("brume-capital", "investedIn", "norvane-robotics") in got
    assert ("ardent-partners", "investedIn", "norvane-robotics") in got


def test_a_backer_named_in_the_description_of_a_listed_investor(en):
    for text in (
        "Norvane Robotics raised $40 million from Intel and Marc Dorval-backed fund Harrow Ventures.",
        "Investors in Norvane Robotics include Intel and Marc Dorval-backed fund Harrow Ventures.",
        "Norvane Robotics raised $40 million in a round led by Intel, with participation from Marc Dorval-backed "
        "venture firm Harrow Ventures.",
    ):
        got = facts(en, text)
        assert ("harrow-ventures", "investedIn", "norvane-robotics") in got, text
        assert not any(s.startswith("marc-dorval") and o == "norvane-robotics" for s, _, o in got), text


def test_a_backer_in_a_description_does_not_take_over_the_last_round(en):
    got = facts(
        en,
        "Norvane Robotics raised $40 million. Intel, Qualcomm and Marc Dorval-backed fund Harrow Ventures also invested.",
    )
    assert ("intel", "investedIn", "norvane-robotics") in got
    assert ("harrow-ventures", "investedIn", "norvane-robotics") in got
    assert ("intel", "investedIn", "harrow-ventures") not in got


# -- who is the company raising (English precision, fresh batch 2) -------------------------------------


def test_the_investors_a_round_reaches_are_not_the_company_raising(en):
    got = facts(
        en,
        "Norvane Robotics announced its long-awaited fundraise on Monday. The $60 million round included "
        "investment from the likes of Pell Capital, Harrow Ventures and Ondine Partners.",
    )
    for investor in ("pell-capital", "harrow-ventures", "ondine-partners"):
        assert (investor, "investedIn", "norvane-robotics") in got
    assert ("harrow-ventures", "investedIn", "pell-capital") not in got


def test_an_and_after_other_words_ends_the_investors_of_a_round(en):
    got = facts(
        en,
        "The market now rivals Quillon Labs, which received $10 million in funding from Harrow Ventures last "
        "year, and Norvane Robotics, another startup that raised $6 million.",
    )
    assert ("norvane-robotics", "investedIn", "quillon-labs") not in got
    assert not any(s == "norvane-robotics" and r == "investedIn" for s, r, _ in got)


def test_a_passive_raise_and_this_round(en):
    got = facts(
        en,
        "Norvane Robotics raised $580 million in its Series B round. Most of that amount was raised by Dorval "
        "Partners, which led this round, along with Pell Capital, a former backer of Quillon Labs, and Harrow Ventures.",
    )
    for investor in ("pell-capital", "harrow-ventures"):
        assert (investor, "investedIn", "norvane-robotics") in got
    assert not any(o.startswith("quillon") and s == "harrow-ventures" for s, _, o in got)


def test_a_phrase_after_another_round_noun_is_that_round_s(en):
    got = facts(
        en,
        "Pell Capital participated in four of Norvane Robotics's financing rounds, that is every one of them unless "
        "you count the funding from Harrow Ventures the company secured in 2016.",
    )
    assert ("harrow-ventures", "investedIn", "pell-capital") not in got


def test_investors_listed_after_a_colon(fr, en):
    got = facts(
        fr,
        "Norvane Robotics a levé 60 millions d'euros en série A. Parmi les investisseurs : le fonds Ardent Partners, ou encore "
        "le fonds Brume Capital.",
    )
    assert ("ardent-partners", "investedIn", "norvane-robotics") in got
    got = facts(en, "Norvane Robotics raised $60 million. Among the investors: Pell Capital and Harrow Ventures.")
    assert ("pell-capital", "investedIn", "norvane-robotics") in got
    assert ("harrow-ventures", "investedIn", "norvane-robotics") in got


def test_a_backing_participle_that_opens_the_sentence(fr, en):
    got = facts(fr, "Soutenue par Brume Capital et Ardent Partners, Norvane Robotics veut renforcer sa position.")
    assert ("brume-capital", "investedIn", "norvane-robotics") in got
    assert ("ardent-partners", "investedIn", "norvane-robotics") in got
    got = facts(
        fr,
        "Norvane Robotics a levé 600 millions d'euros. Soutenue par Brume Capital, Ardent Partners et Harrow "
        "Ventures, la start-up veut renforcer sa position.",
    )
    assert ("harrow-ventures", "investedIn", "norvane-robotics") in got
    assert ("brume-capital", "investedIn", "harrow-ventures") not in got
    got = facts(en, "Backed by Pell Capital and Harrow Ventures, Norvane Robotics wants to grow.")
    assert ("pell-capital", "investedIn", "norvane-robotics") in got
    got = facts(en, "Backed by the government, the program helps Norvane Robotics.")
    assert not any(r == "investedIn" for _, r, _ in got)


# -- session 11: rounds and lists of real press ------------------------------------------------------


def test_round_of_financing_led_by_after_the_raise(en):
    got = facts(
        en,
        "Nexalia Labs has raised $40 million in its newest round of funding. This round of financing has been led by "
        "Brume Capital, with participation from firms such as Harrow Ventures and Pell Capital.",
    )
    for investor in ("brume-capital", "harrow-ventures", "pell-capital"):
        assert (investor, "investedIn", "nexalia") in got


def test_possessor_in_an_investor_apposition_is_no_investor(en):
    got = facts(
        en,
        "Nexalia Labs raised $30 million in a round led by Brume Capital, Quillon Group's venture arm, with "
        "participation from Harrow Ventures and Pell Capital.",
    )
    assert ("brume-capital", "investedIn", "nexalia") in got
    assert ("harrow-ventures", "investedIn", "nexalia") in got
    assert not any(s.startswith("quillon") and r == "investedIn" for s, r, _ in got)


def test_raise_with_participation_of_investors_and_no_round_noun(fr):
    got = facts(fr, "Nexalia a levé 12 millions d'euros avec la participation de Brume Capital et de Harrow Ventures.")
    assert ("brume-capital", "investedIn", "nexalia") in got
    assert ("harrow-ventures", "investedIn", "nexalia") in got


def test_raise_beside_a_partner_names_no_investor(fr):
    # "aux côtés de" after a raise verb with no round noun goes with a co-actor, not an investor
    got = facts(
        fr, "Nexalia a levé 12 millions d'euros aux côtés de son partenaire Kernwerk pour bâtir une usine commune."
    )
    assert ("kernwerk", "investedIn", "nexalia") not in got


def test_round_with_support_of_listed_investors(fr):
    got = facts(
        fr,
        "Kernwerk a bouclé une levée de 20 millions d'euros menée par Brintel, avec le soutien de Harrow Ventures, "
        "Ostrakon Partners et Pell Capital.",
    )
    for investor in ("brintel", "harrow-ventures", "ostrakon-partners", "pell-capital"):
        assert (investor, "investedIn", "kernwerk") in got


def test_funding_from_a_list_lends_no_investor_to_another_investor(en):
    got = facts(
        en,
        "Kernwerk raised $450 million in a Series B round that saw participation from Brintel, Valmora Capital "
        "and Ostrakon Partners.",
    )
    for investor in ("brintel", "valmora-capital", "ostrakon-partners"):
        assert (investor, "investedIn", "kernwerk") in got
    assert ("ostrakon-partners", "investedIn", "valmora-capital") not in got


def test_funding_of_a_company_in_a_relative_clause_is_not_the_next_companys(en):
    got = facts(
        en,
        "Quillon now competes with Kernwerk, which received $4 billion in promised funding from Brintel last year, "
        "and Ostrakon, a younger startup that raised $2 billion.",
    )
    assert ("brintel", "investedIn", "ostrakon") not in got


def test_fronted_lead_participle_then_examples_of_investors(fr):
    got = facts(
        fr,
        "Kernwerk a levé 30 millions d'euros. Piloté par Brintel, ce tour de table rassemble plusieurs fonds, "
        "parmi lesquels le gestionnaire suisse Valmora, la banque Ostrakon Partners ou encore Pell Capital.",
    )
    for investor in ("brintel", "valmora", "ostrakon-partners", "pell-capital"):
        assert (investor, "investedIn", "kernwerk") in got


def test_fronted_lead_participle_needs_a_round(en):
    got = facts(en, "Kernwerk raised $30 million. Led by Brintel, the round also drew Valmora Capital.")
    assert ("brintel", "investedIn", "kernwerk") in got
    got = facts(en, "Led by its founder Paul Roy, Kernwerk opened an office in Lyon near Brintel.")
    assert not any(r == "investedIn" for _, r, _ in got)


def test_joining_investors_listed_before_the_verb(en):
    got = facts(
        en,
        "Kernwerk raised $40 million in a round led by Brintel. Together with newcomers Valmora Capital and "
        "Ostrakon Partners, earlier backers Harrow Ventures, Pell Capital, and Quillon Fund also joined.",
    )
    for investor in ("valmora-capital", "ostrakon-partners", "harrow-ventures", "pell-capital", "quillon-fund"):
        assert (investor, "investedIn", "kernwerk") in got
    got = facts(
        en,
        "The funding round for Kernwerk was led by Brintel. Additionally, Dutch lenders Valmora and Ostrakon participated.",
    )
    assert ("ostrakon", "investedIn", "kernwerk") in got
    got = facts(en, "Kernwerk raised $40 million. Quillon said that Brintel also invested.")
    assert ("quillon", "investedIn", "kernwerk") not in got


def test_investor_noun_with_a_participle_before_the_list_verb(fr):
    got = facts(
        fr,
        "Kernwerk a levé 20 millions d'euros. Parmi les autres investisseurs prenant part à cette levée figurent "
        "Brintel, Valmora Capital et Ostrakon.",
    )
    for investor in ("brintel", "valmora-capital", "ostrakon"):
        assert (investor, "investedIn", "kernwerk") in got


def test_asides_on_listed_investors_are_skipped(en):
    got = facts(
        en,
        "The funding round for Kernwerk was led by Brintel Capital, known for backing sensor makers such as "
        "Nexalia, and Harrow Ventures, which was an early backer of Quillon.",
    )
    assert ("harrow-ventures", "investedIn", "kernwerk") in got
    assert ("nexalia", "investedIn", "kernwerk") not in got
    got = facts(
        en, "Kernwerk raised $10 million with participation from Brintel, a fund based in Oslo; and Harrow Ventures."
    )
    assert ("harrow-ventures", "investedIn", "kernwerk") in got


def test_compound_round_noun_takes_up_the_raise_before(en):
    got = facts(en, "Kernwerk has raised $30 million. That funding round was led by Brintel.")
    assert ("brintel", "investedIn", "kernwerk") in got
    # a raise still under talks: the round that takes it up is no deal done
    got = facts(
        en,
        "Kernwerk is poised to raise $90 million from new backers. The funding round, led by Brintel, "
        "marks its third in two years.",
    )
    assert ("brintel", "investedIn", "kernwerk") not in got


def test_investors_listed_after_a_verb_form_the_tagger_lost(fr):
    got = facts(
        fr,
        "Nexalia a levé 20 millions d'euros. Parmi les investisseurs figuraient Kernwerk, Brume Capital, ainsi que "
        "la fondation Harrow Ventures.",
    )
    assert ("brume-capital", "investedIn", "nexalia") in got
    assert ("harrow-ventures", "investedIn", "nexalia") in got


def test_investors_after_a_fronted_among_and_its_comma(fr):
    got = facts(
        fr,
        "L'an dernier, lors d'un tour d'amorçage, Nexalia Labs levait 30 millions d'euros. Parmi les "
        "investisseurs, figurent notamment le fonds Brume Capital, le fonds Harrow Ventures et Paul Brintel.",
    )
    for investor in ("brume-capital", "paul-brintel", "harrow-ventures"):
        assert (investor, "investedIn", "nexalia") in got


def test_backed_by_a_description_then_the_names_it_stands_for(fr):
    got = facts(
        fr,
        "Nexalia Labs, une start-up de traduction, est soutenue depuis sa création par le fondateur de Kernwerk "
        "Labs, Paul Brintel.",
    )
    assert ("paul-brintel", "investedIn", "nexalia") in got
    assert not any(s == "kernwerk" and r == "investedIn" for s, r, _ in got)


def test_backed_by_two_veterans_named_after_a_comma(en):
    got = facts(en, "Nexalia Labs is backed by two veterans of the industry, Paul Brintel and Ana Valmora.")
    assert ("paul-brintel", "investedIn", "nexalia") in got
    assert ("ana-valmora", "investedIn", "nexalia") in got


def test_new_investors_after_a_list_of_names_invest_in_the_company_only(en):
    got = facts(
        en,
        "Nexalia Labs raised a $60 million Series C. The round is led by Brume Capital, with participation from "
        "previous investors including Harrow Ventures and Pell Capital, plus new investors Ostrakon Partners.",
    )
    assert ("harrow-ventures", "investedIn", "nexalia") in got
    assert not any(r == "investedIn" and o in ("harrow-ventures", "pell-capital") for _, r, o in got)


def test_investors_joined_by_two_funds_after_a_raise(fr, en):
    got = facts(
        fr,
        "Nexalia Labs vient de collecter 40 millions d'euros. Ses investisseurs historiques ont remis au pot. Ils ont "
        "été rejoints par deux fonds de capital-risque, Brume Capital et Harrow Ventures.",
    )
    assert ("brume-capital", "investedIn", "nexalia") in got
    assert ("harrow-ventures", "investedIn", "nexalia") in got
    got = facts(
        en, "Nexalia Labs raised $40 million. Existing investors were joined by Brume Capital and Harrow Ventures."
    )
    assert ("brume-capital", "investedIn", "nexalia") in got


def test_a_title_complement_nobody_named_does_not_end_the_list(fr):
    got = facts(
        fr,
        "Nexalia Labs vient de collecter 10 millions d'euros. Ses actionnaires ont remis au pot, comme Paul Brintel, "
        "cofondateur et PDG de Quillonet, Ana Valmora, directrice de Ostrakonia, et Brume Capital.",
    )
    assert ("ana-valmora", "investedIn", "nexalia") in got


def test_a_backer_whose_name_suffix_is_glued_to_backed_is_no_investor(en):
    got = facts(
        en,
        "Nexalia Labs raised $90 million. The round was led by Brume Capital. Other investors included Harrow "
        "Ventures and Paul Brintel Jr.-backed 4077 Partners.",
    )
    assert ("harrow-ventures", "investedIn", "nexalia") in got
    assert not any(s.startswith("paul-brintel") and r == "investedIn" and o == "nexalia" for s, r, o in got)


def test_company_that_attracted_investors_such_as(en, fr):
    got = facts(en, "Nexalia Labs has attracted investors such as Brume Capital and Harrow Ventures.")
    assert ("brume-capital", "investedIn", "nexalia") in got
    assert ("harrow-ventures", "investedIn", "nexalia") in got
    got = facts(
        fr,
        "Nexalia Labs, jeune pousse lyonnaise, a séduit des fonds célèbres comme Brume Capital et Harrow Ventures.",
    )
    assert ("brume-capital", "investedIn", "nexalia") in got


# -- session 13: the company raising is never one of its listed investors ---------------------------------


def test_possessive_on_an_inverted_list_is_the_company_raising(fr):
    got = facts(
        fr,
        "La start-up Kernwerk Robotics a levé 15 millions d'euros en 2023. "
        "Parmi ses actionnaires figurent Brume Capital et Ardent Partners.",
    )
    assert ("brume-capital", "investedIn", "kernwerk-robotics") in got
    assert ("ardent-partners", "investedIn", "kernwerk-robotics") in got
    assert ("brume-capital", "investedIn", "ardent-partners") not in got
    assert ("ardent-partners", "investedIn", "brume-capital") not in got


def test_an_earlier_round_after_a_list_is_not_raised_by_the_investors(fr):
    got = facts(
        fr,
        "La start-up Kernwerk Robotics a levé 90 millions d'euros auprès de Brume Capital et Ardent Partners, "
        "portant sa valorisation à 1 milliard après un tour de table initial de 20 millions en mars. "
        "Parmi les investisseurs figure aussi Paul Varenne, ancien ministre.",
    )
    assert ("paul-varenne", "investedIn", "kernwerk-robotics") in got
    assert not any(s == "paul-varenne" and o in ("brume-capital", "ardent-partners") for s, _, o in got)


def test_money_raised_by_a_rival_names_no_investor(fr):
    got = facts(
        fr,
        "La start-up Kernwerk Robotics a levé 40 millions d'euros. Au nombre de ses bailleurs de fonds figurent "
        "Brume Capital et Ardent Partners. Elle se rapproche des 50 millions d'euros levés en juillet par la "
        "start-up rivale Quillon Systems.",
    )
    assert ("ardent-partners", "investedIn", "kernwerk-robotics") in got
    assert not any(r == "investedIn" and o == "quillon-systems" for _, r, o in got)


def test_the_series_letter_after_a_raise_takes_it_up(en, fr):
    got = facts(
        en, "Kernwerk Robotics raised $500 million. The Series B round was co-led by Brume Capital and Ardent Partners."
    )
    assert ("brume-capital", "investedIn", "kernwerk-robotics") in got
    assert ("ardent-partners", "investedIn", "kernwerk-robotics") in got
    got = facts(
        fr, "La start-up Kernwerk Robotics a levé 50 millions d'euros. La série B a été menée par Brume Capital."
    )
    assert ("brume-capital", "investedIn", "kernwerk-robotics") in got


def test_a_backer_described_in_a_subject_list_of_taking_part_is_no_investor(en):
    got = facts(
        en,
        "Brintel, Ostrakon Partners and Paul Varenne-backed venture firm Ardent Partners also participated in "
        "Kernwerk Robotics's latest funding round.",
    )
    assert ("ardent-partners", "investedIn", "kernwerk-robotics") in got
    assert ("brintel", "investedIn", "kernwerk-robotics") in got
    assert ("paul-varenne", "investedIn", "kernwerk-robotics") not in got


def test_an_apposition_opening_with_l_un_des_does_not_end_the_list(fr):
    got = facts(
        fr,
        "La start-up Kernwerk Robotics a levé 40 millions d'euros auprès de Brume Capital, le fonds de Paul "
        "Varenne, l'un des premiers investisseurs de Quillon, Ardent Partners et Ostrakon Partners.",
    )
    for investor in ("brume-capital", "ardent-partners", "ostrakon-partners"):
        assert (investor, "investedIn", "kernwerk-robotics") in got
    assert not any(s in ("paul-varenne", "quillon") and r == "investedIn" for s, r, _ in got)


# -- session 13 (code health): example markers read by one helper (NameLists._phrase_at) ----------------------


def test_company_that_attracted_investors_with_a_marker_of_four_words(fr):
    # "à l'image de" is four tokens: the attracted reader once looked at three words only and missed it
    got = facts(
        fr,
        "Ostrakon Labs, jeune pousse nantaise, a séduit des fonds célèbres à l'image de Valmora Capital et Harrow Ventures.",
    )
    assert ("valmora-capital", "investedIn", "ostrakon") in got
    assert ("harrow-ventures", "investedIn", "ostrakon") in got


# -- session 14 (deal): amounts, lists and appositions of real press ------------------------------------------


def test_a_currency_symbol_before_a_period_ends_the_sentence(fr):
    # "4 Md$." was one token: the sentence ran on into the next one, whose list then lost its company
    text = (
        "Quillon Robotics avait levé 200 M$ en 2022 et valait alors 4 Md$. Parmi ses investisseurs, on trouve "
        "Brume Capital, Valmora Ventures et d'autres."
    )
    doc = fr(text)
    words = [t.text for t in doc]
    assert words[words.index("Md$") + 1 : words.index("Md$") + 3] == [".", "Parmi"]
    assert len(list(doc.sents)) == 2
    got = facts(fr, text)
    for investor in ("brume-capital", "valmora-ventures"):
        assert (investor, "investedIn", "quillon-robotics") in got
    assert not any(s.startswith("md") for s, _, _ in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillon Robotics a levé 40 millions d'euros auprès notamment de Brume Capital.",
        "Quillon Robotics a bouclé un tour de table de 40 millions d'euros, orchestré par Brume Capital.",
        "Quillon Robotics a bouclé un tour de table de 40 millions d'euros, co-dirigé par Brume Capital et Valmora Ventures.",
        "Quillon Robotics a bouclé un tour de table de 40 millions d'euros, mené conjointement par Brume Capital et "
        "Valmora Ventures.",
        "Quillon Robotics a bouclé un tour de table de 40 millions d'euros auquel ont participé Brume Capital et "
        "Valmora Ventures.",
        "Brume Capital et Valmora Ventures ont remis au pot dans Quillon Robotics.",
        "Brume Capital a pris une participation minoritaire au capital de Quillon Robotics.",
    ],
)
def test_investors_of_a_round_in_the_other_phrasings_of_french_press(fr, sentence):
    # the leading participles of a round and their inflections, a relative of taking part, an example adverb
    # inside "auprès de", reinvesting shareholders, a stake taken "au capital de"
    assert ("brume-capital", "investedIn", "quillon-robotics") in facts(fr, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane Analytics secured $40 million in a Series A round headed by Brume Capital.",
        "Corvane Analytics closed a $12 million seed round spearheaded by Brume Capital and Pell Capital.",
    ],
)
def test_a_round_headed_or_spearheaded_by_investors(en, sentence):
    assert ("brume-capital", "investedIn", "corvane-analytics") in facts(en, sentence)


@pytest.mark.parametrize(
    "lang, sentence, asserted",
    [
        ("fr", "Brume Capital s'est emparé de Quillon Robotics.", True),
        ("fr", "Quillon Robotics passe sous le contrôle de Brume Capital.", True),
        ("fr", "Quillon Robotics a rejoint le giron de Brume Capital en 2021.", True),
        ("fr", "Brume Capital pourrait s'emparer de Quillon Robotics.", False),
        ("en", "Brume Capital scooped up Quillon Robotics for $40 million.", True),
        ("en", "Brume Capital could scoop up Quillon Robotics.", False),
    ],
)
def test_acquisitions_seized_or_fallen_under_control(fr, en, lang, sentence, asserted):
    # the company bought is the subject of "passer sous le contrôle de", "rejoindre le giron de"; a modal leaves
    # the takeover unasserted
    got = facts(fr if lang == "fr" else en, sentence)
    assert (("brume-capital", "acquired", "quillon-robotics") in got) is asserted
    assert ("quillon-robotics", "acquired", "brume-capital") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Brume Capital compte parmi les investisseurs de Quillon Robotics.",
        "Brume Capital et Valmora Ventures figurent parmi les principaux actionnaires de Quillon Robotics.",
        "Brume Capital fait partie des investisseurs de Quillon Robotics depuis 2020.",
        "Quillon Robotics a levé 40 millions d'euros. Brume Capital et Valmora Ventures figurent parmi les investisseurs.",
    ],
)
def test_an_investor_among_the_investors_of_a_company(fr, sentence):
    # the subject of "compter parmi", "figurer parmi", "faire partie de" is the investor, the noun's complement (or the
    # round reported just before) the company; "compte parmi les investisseurs de X" once read X as the investor
    got = facts(fr, sentence)
    assert ("brume-capital", "investedIn", "quillon-robotics") in got
    assert ("quillon-robotics", "investedIn", "brume-capital") not in got


def test_a_company_counting_investors_among_its_own_stays_the_company(fr):
    got = facts(fr, "Quillon Robotics compte Brume Capital parmi ses actionnaires.")
    assert ("brume-capital", "investedIn", "quillon-robotics") in got
    assert ("quillon-robotics", "investedIn", "brume-capital") not in got
    hedged = facts(fr, "Brume Capital pourrait figurer parmi les investisseurs de Quillon Robotics.")
    assert ("brume-capital", "investedIn", "quillon-robotics") not in hedged


@pytest.mark.parametrize(
    "lang, sentence, holders",
    [
        (
            "fr",
            "Brume Capital, l'un des premiers investisseurs de Quillon Robotics, a annoncé un accord.",
            ["brume-capital"],
        ),
        (
            "fr",
            "Le 18 novembre, Brume Capital et Valmora Ventures, deux des principaux investisseurs de Quillon Robotics, "
            "ont signé un accord.",
            ["brume-capital", "valmora-ventures"],
        ),
        (
            "en",
            "Brume Capital and Valmora Ventures, two of the largest investors in Quillon Robotics, announced a deal.",
            ["brume-capital", "valmora-ventures"],
        ),
    ],
)
def test_a_number_of_investors_in_apposition_to_a_list(fr, en, lang, sentence, holders):
    # "l'un des N de X", "deux des N de X", "two of the N in X": the number heads the phrase (a UD parse hangs the noun
    # on it); a number above one is borne by every name of the list before the comma
    got = facts(fr if lang == "fr" else en, sentence)
    for holder in holders:
        assert (holder, "investedIn", "quillon-robotics") in got


def test_one_of_the_founders_in_apposition(fr):
    # the same holder search serves every title noun
    got = facts(fr, "Léa Martin, l'une des cofondatrices de Quillon Robotics, a parlé.")
    assert ("quillon-robotics", "foundedBy", "lea-martin") in got


# -- an amount between a deal noun and its complement ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Le fonds Brume Capital a mené le tour de table de 45 millions d'euros de la start-up Quillon.",
            ("brume-capital", "investedIn", "quillon"),
        ),
        (
            "Le groupe Valmora a annoncé un investissement de 2 milliards d'euros dans la start-up Quillon.",
            ("valmora", "investedIn", "quillon"),
        ),
        (
            "Le groupe Valmora a confirmé l'acquisition, pour 300 millions d'euros, de la start-up Quillon.",
            ("valmora", "acquired", "quillon"),
        ),
    ],
)
def test_an_amount_between_the_deal_noun_and_its_complement(fr, sentence, fact):
    assert fact in facts(fr, sentence)
    [event] = [e for e in events(fr, sentence, "fr") if e.type in ("Investment", "Acquisition")]
    assert event.amount is not None


def test_an_amount_before_a_round_of_another_company_names_no_investee(en):
    got = facts(en, "Pell Capital led the round of $45 million, and Quillon hired a new chief executive.")
    assert ("pell-capital", "investedIn", "quillon") not in got


def test_finaliser_le_rachat_pour_is_its_price(fr):
    found = events(fr, "Le groupe Valmora a finalisé le rachat pour 300 millions d'euros de la start-up Quillon.", "fr")
    [deal] = [e for e in found if e.type == "Acquisition"]
    assert (deal.amount.value, deal.amount.currency) == (300000000, "EUR")


def test_en_a_deal_noun_the_tagger_read_as_a_verb_after_compound_nouns(en):
    got = facts(en, "This month’s data centres deal between Orbitron and Dovetail Labs was the largest yet.")
    assert ("dovetail", "partnerOf", "orbitron") in got or ("orbitron", "partnerOf", "dovetail") in got


# -- an investor's earlier stake, told with "déjà" / "had already" ----------------------------------------


def test_an_investor_who_had_already_put_money_in_backs_the_same_company(fr):
    found = events(
        fr,
        "La start-up Quillon a bouclé un tour de table de 60 millions d'euros, mené par le fonds Valmora, avec la "
        "participation de Brume Capital. L'entreprise recrute. Elle ouvre un bureau à Lille. Elle vise les banques. "
        "Ses concurrents sont nombreux. Le marché grandit vite. Les prix baissent. Brume Capital, qui avait déjà "
        "investi 5 millions d'euros lors du tour d'amorçage en 2021, a confirmé son soutien.",
        "fr",
    )
    earlier = [e for e in investments_of(found, "quillon") if e.date is not None and e.date.value == "2021"]
    assert [(e.roles["investor"], int(e.amount.value)) for e in earlier] == [(("brume-capital",), 5000000)]


def test_an_investor_with_no_earlier_stake_told_gets_no_company(fr):
    got = facts(
        fr,
        "La start-up Quillon recrute. Elle ouvre un bureau à Lille. Le fonds Brume Capital, qui avait déjà investi 5 "
        "millions d'euros en 2021, a confirmé son soutien.",
    )
    assert not [f for f in got if f[0] == "brume-capital" and f[1] == "investedIn"]


def test_en_pumping_money_into_a_company_invests_in_it(en):
    text = "A group of backers, including Kernwerk Systems and Quillon Capital, pumped 300 million euros into Nexalia."
    got = facts(en, text)
    assert {("kernwerk-systems", "investedIn", "nexalia"), ("quillon-capital", "investedIn", "nexalia")} <= got
    # no money pumped: no investment
    assert not any(r == "investedIn" for _, r, _ in facts(en, "Kernwerk Systems pumped out new chips for Nexalia."))


def test_en_two_companies_bought_each_for_its_price(en):
    text = "In May, Kernwerk Systems bought Nexalia for $700 million and Quillon AI for $300 million in the same week."
    got = facts(en, text)
    assert {("kernwerk-systems", "acquired", "nexalia"), ("kernwerk-systems", "acquired", "quillon")} <= got
    # a new clause after the price is no second purchase
    got = facts(en, "Kernwerk Systems bought Nexalia for $700 million and Quillon AI raised $30 million.")
    assert ("kernwerk-systems", "acquired", "quillon") not in got


def test_en_a_reflexive_after_a_listed_investor_is_skipped(en):
    got = facts(en, "Nexalia raised $40 million from investors including Brintel itself and Quillon Capital.")
    assert {("brintel", "investedIn", "nexalia"), ("quillon-capital", "investedIn", "nexalia")} <= got


def test_investors_joining_in_a_contrasting_clause(fr):
    # the joining clause opens after ", mais": its list is read from there, a fund's owner stands for the fund
    got = facts(
        fr,
        "La start-up Quillon a levé 40 millions d'euros en mars. Ses investisseurs historiques sont revenus, mais "
        "Brume Capital, Harrow Ventures et la branche d'investissement de Samsung ont également participé.",
    )
    for investor in ("brume-capital", "harrow-ventures", "samsung"):
        assert (investor, "investedIn", "quillon") in got


def test_a_ticker_inside_a_subject_list(fr, en):
    # a news agency's ticker before or after a listed name does not end the list read back from the subject
    got = facts(
        fr,
        "La start-up Nexalia a levé 40 millions d'euros en mars. Harrow Ventures et QLLN.O Quillon, filiale de "
        "Kernwerk, ont pris part à cette levée.",
    )
    assert ("harrow-ventures", "investedIn", "nexalia") in got
    got = facts(en, "Quillon raised $40 million in March. Nvidia NVDA.O and Google took part in the round.")
    assert ("nvidia", "investedIn", "quillon") in got


def test_en_putting_or_sinking_money_into_a_company_invests_in_it(en):
    got = facts(en, "Harrow Ventures put $15 million into Tarnwell in March.")
    assert ("harrow-ventures", "investedIn", "tarnwell") in got
    got = facts(en, "Tarnwell closed a round in May. Harrow Ventures sank 8 million euros into the Lyon-based startup.")
    assert ("harrow-ventures", "investedIn", "tarnwell") in got
    # no money put in: no investment
    assert not any(r == "investedIn" for _, r, _ in facts(en, "Harrow Ventures put pressure on Tarnwell."))


def test_investments_given_by_examples_under_the_parse_of_french(fr):
    # the preposition hangs on the oblique's noun; a predicative noun the tagger reads as an adjective
    got = facts(
        fr,
        "Le fonds Brume Capital est déjà actionnaire de plusieurs jeunes pousses du pays, telles que Nexalia Labs ou "
        "encore Korvane Robotics. Il a aussi investi dans des sociétés plus petites mais rentables comme Ondaluz "
        "Systems et Vexora Labs.",
    )
    assert ("brume-capital", "investedIn", "korvane-robotics") in got
    assert ("brume-capital", "investedIn", "ondaluz-systems") in got


# -- a definite deal noun that takes up the raise ----------------------------------------------------


def test_the_deal_after_a_raise_is_the_round(en):
    got = facts(
        en, "Quillon raised $40 million last week. The deal was led by Pell Capital, joined by Harrow Ventures."
    )
    assert ("pell-capital", "investedIn", "quillon") in got
    assert ("harrow-ventures", "investedIn", "quillon") in got


def test_the_deal_after_an_acquisition_is_no_round(en):
    got = facts(
        en,
        "Quillon raised $40 million last week. Days later, Kernwerk agreed to buy Nexalia. "
        "The deal was led by Pell Capital.",
    )
    assert not any(r == "investedIn" and s == "pell-capital" for s, r, _ in got)


def test_the_deal_after_a_planned_raise_is_no_fact(en):
    got = facts(en, "Quillon is in talks to raise $40 million. The deal was led by Pell Capital.")
    assert ("pell-capital", "investedIn", "quillon") not in got


def test_the_deal_with_a_named_party_is_its_own(en):
    got = facts(en, "Quillon raised $40 million last week. The deal with Nexalia was led by Pell Capital.")
    assert ("pell-capital", "investedIn", "quillon") not in got


def test_an_indefinite_deal_is_no_round_told_before(en):
    got = facts(en, "Quillon raised $40 million last week. Pell Capital led a deal, joined by Harrow Ventures.")
    assert ("harrow-ventures", "investedIn", "quillon") not in got


def test_joining_a_planned_raise_is_no_fact(en):
    for text in (
        "Quillon is in talks to raise $40 million. Pell Capital also participated.",
        "Quillon is in talks to raise $40 million. Pell Capital participated.",
    ):
        assert ("pell-capital", "investedIn", "quillon") not in facts(en, text)


def test_a_person_who_joined_after_a_raise_is_no_investor(en):
    got = facts(en, "Quillon raised $40 million last week. Lucy Marsh joined.")
    assert not any(r == "investedIn" for _, r, _ in got)


def test_an_owned_investor_in_a_round_is_the_company_not_its_owner(en):
    got = facts(
        en, "Quillon raised $40 million in a round led by Pell Capital, with Kernwerk-owned Ardent also taking part."
    )
    assert ("ardent", "investedIn", "quillon") in got
    assert ("kernwerk", "investedIn", "quillon") not in got


def test_a_company_led_by_its_chief_raises_from_its_investors_only(en):
    got = facts(en, "Quillon, led by Lucy Marsh, raised $40 million from Pell Capital.")
    assert ("pell-capital", "investedIn", "quillon") in got
    assert ("lucy-marsh", "investedIn", "quillon") not in got


def test_the_lede_raise_of_an_unnamed_startup_is_not_a_named_employer(fr):
    text = "Une start-up fondée par un trio d'anciens chercheurs en robotique de Microsoft et Google a levé 40 millions d'euros."
    assert not any(e.type == "Investment" for e in events(fr, text, "fr"))
