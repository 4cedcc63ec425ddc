"""Coreference precision: which entity a description or a pronoun stands for, and when no one.

Each test is a way journalists refer to a company or a person, on sentences written for the project
with invented names: the resolver must pick the entity the grammar points to, and pick no one when
two are as likely (a wrong fact costs more than a missing one).
"""

from __future__ import annotations

from conftest import facts


def entity_names(nlp, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities.values()}


# -- a maker description: "le fabricant de X", "the X maker" ----------------------------------------


def test_maker_of_a_product_is_the_name_in_apposition_after_it(fr):
    found = facts(
        fr,
        "L'assistant Zephyra séduit les banques. Kernwerk, qui a déjà investi plusieurs milliards dans le "
        "fabricant de Zephyra, Brintel Systems, a salué l'accord.",
    )
    assert ("kernwerk", "investedIn", "brintel-systems") in found


def test_maker_of_a_product_whose_maker_is_unknown_is_no_one(fr, en):
    # the salient company is a guess the description contradicts: it describes the maker of Zephyra
    text_fr = (
        "Nexalia a levé 50 millions d'euros en mars. L'assistant Zephyra séduit les banques. Kernwerk, "
        "qui a déjà investi plusieurs milliards dans le fabricant de Zephyra, a salué l'accord."
    )
    assert not any(f[1] == "investedIn" for f in facts(fr, text_fr))
    text_en = (
        "Nexalia raised $50 million in March. Kernwerk, which has poured billions into the Claude maker, praised it."
    )
    assert ("kernwerk", "investedIn", "nexalia") not in facts(en, text_en)


def test_description_weighs_the_article_subject_against_every_company_of_a_long_list(en):
    text = (
        "Nexalia was founded in 2019. Nexalia sells vision software to banks. Nexalia said it has more than 500 "
        "customers, including Brintel Systems, Valmora Group, Quillon Labs and Ostrakon Capital. The firm also "
        "teamed up last year with Zentrix Robotics."
    )
    found = facts(en, text)
    assert ("nexalia", "partnerOf", "zentrix-robotics") in found
    assert ("ostrakon-capital", "partnerOf", "zentrix-robotics") not in found


def test_giant_is_a_big_tech_company_before_a_lab_named_more_often(en):
    # "the tech giant" fits a big tech company by its own kind, a lab only as a company
    text = (
        "Anthropic raised $2 billion. Anthropic is courting banks. Marc Diallo returned to Google, while Lea Roux "
        "also joined the tech giant."
    )
    found = facts(en, text)
    assert ("lea-roux", "worksFor", "google") in found
    assert ("lea-roux", "worksFor", "anthropic") not in found


# -- pronouns -----------------------------------------------------------------------------------------


def test_pronoun_in_a_fronted_clause_takes_up_the_main_subject(en):
    found = facts(
        en,
        "Tomas Brenner worked at Ostrakon for a decade. After leaving Quillon, the startup he co-founded "
        "in 2021, Marek Valdi joined Kernwerk.",
    )
    assert ("quillon", "foundedBy", "marek-valdi") in found
    assert ("quillon", "foundedBy", "tomas-brenner") not in found


def test_pronoun_takes_up_the_possessor_of_the_previous_subject(en):
    text = (
        "In March, Brintel said it would acquire Valmora for about $2 billion. Oracle's decision was bolder. "
        "Later that week, it announced a partnership with Quillon, a chip startup."
    )
    found = facts(en, text)
    assert ("oracle", "partnerOf", "quillon") in found
    assert ("brintel", "partnerOf", "quillon") not in found


def test_its_after_a_second_company_in_the_clause_is_no_ones(en):
    # "its" may be Kernwerk's or Brintel's chief executive: no fact rather than a coin toss
    found = facts(en, "Kernwerk took a 40% stake in Brintel and brought in its chief executive, Dana Okoye, last year.")
    assert ("dana-okoye", "ceoOf", "kernwerk") not in found
    assert ("dana-okoye", "ceoOf", "brintel") not in found
    assert ("kernwerk", "investedIn", "brintel") in found


def test_its_of_the_only_company_in_the_clause_is_the_subjects(en):
    found = facts(en, "Kernwerk said its chief executive, Dana Okoye, would run the robotics unit.")
    assert ("dana-okoye", "ceoOf", "kernwerk") in found
    # an apposition inside the subject's own phrase is no rival
    found = facts(en, "Kernwerk, a rival of Brintel, said its chief executive Dana Okoye would lead the effort.")
    assert ("dana-okoye", "ceoOf", "kernwerk") in found


def test_second_clause_with_its_own_pronoun_subject_borrows_no_name(en):
    text = (
        "Ostrakon joined the round.\n\nQ: What does it mean for Nexalia, and how do you currently work with labs such as "
        "Brintel and Valmora?\n\nA: We work with all of them. Q: Is that new?\n"
    )
    found = facts(en, text)
    assert not any(f[1] == "partnerOf" and "ostrakon" in (f[0], f[2]) for f in found)


def test_pronoun_takes_up_the_person_the_previous_sentence_names_before_an_older_subject(fr, en):
    # the sentence before names Hugo Ferrand as an example, not as its subject: he is still nearer than the
    # subject of the sentence before it
    text_fr = (
        "Marc Devaux a bousculé le secteur la semaine dernière. Le pays compte aussi des fondateurs expérimentés, "
        "comme Hugo Ferrand, qui a cédé deux sociétés à Kernwerk. Après un passage chez Kernwerk, il a fondé Valmora."
    )
    found = facts(fr, text_fr)
    assert ("valmora", "foundedBy", "hugo-ferrand") in found
    assert ("valmora", "foundedBy", "marc-devaux") not in found
    text_en = (
        "Dana Whitlock shook the sector last week. The region also has seasoned founders, such as Hugo Ferrand, "
        "who sold two companies to Kernwerk. After a stint at Kernwerk, he founded Valmora."
    )
    found = facts(en, text_en)
    assert ("valmora", "foundedBy", "hugo-ferrand") in found
    assert ("valmora", "foundedBy", "dana-whitlock") not in found


def test_pronoun_never_takes_up_a_person_whose_given_name_marks_the_other_gender(en, fr):
    # the nearest person is the last one named, but "she" and "elle" cannot mean Thomas or Paul
    text_en = (
        "Kernwerk hired Ruth Okafor as chief operating officer last year. The board then named Thomas Brennan "
        "interim chief executive. She previously ran Valmora."
    )
    found = facts(en, text_en)
    assert ("ruth-okafor", "ceoOf", "valmora") in found
    assert ("thomas-brennan", "ceoOf", "valmora") not in found
    text_fr = (
        "Brintel a recruté Léa Marchand comme directrice des opérations. Le conseil a ensuite nommé Paul Girard "
        "directeur général par intérim. Elle dirigeait auparavant Valmora."
    )
    found = facts(fr, text_fr)
    assert ("lea-marchand", "ceoOf", "valmora") in found
    assert ("paul-girard", "ceoOf", "valmora") not in found


def test_description_that_introduces_the_next_name_of_a_list_is_not_the_previous_ones(fr):
    # "le fabricant de puces Brintel" describes Brintel: the fund before the comma is no start-up, so
    # "La start-up" is still the company the passage is about
    text = (
        "La start-up lyonnaise Nexalia vient de lever 80 millions d'euros. Dans cette levée conduite par "
        "le fonds Ostrakon, Valmora, le concepteur de puces Brintel et le fonds Kernwerk Capital figurent parmi "
        "les investisseurs.\n\nLa start-up, créée en 2021 par Inès Vautrin et Karim Lassalle, emploie 40 personnes."
    )
    found = facts(fr, text)
    assert ("nexalia", "foundedBy", "ines-vautrin") in found
    assert not any(f[1] == "foundedBy" and f[0] == "valmora" for f in found)
    assert ("valmora", "investedIn", "nexalia") in found  # still a name, of the list's type


def test_capitalised_noun_in_running_prose_is_an_institution_not_the_company_of_the_passage(en, fr):
    # "the Institute", "l'Institut de Valmora": (part of) a name, not a description of the salient company
    text_en = (
        "Dana Whitlock, a former professor at Brintel University, set up both labs. "
        "Kernwerk acquired Valmora Robotics in 2021 and has since financed the Institute as well."
    )
    assert ("kernwerk", "investedIn", "valmora-robotics") not in facts(en, text_en)
    text_fr = "Nexalia a levé 20 millions d'euros en mars. Son fondateur, Hugo Ferrand, avait rejoint l'Institut de Valmora en 2019."
    found = facts(fr, text_fr)
    assert ("nexalia", "foundedBy", "hugo-ferrand") in found
    assert ("hugo-ferrand", "worksFor", "nexalia") not in found


def test_town_before_its_regions_based_is_a_place_not_the_company_it_stands_for(en):
    # "Kestrelton, Ontario-based Kernwerk": the NER calls the unknown town a company, which "It" then took up
    text = (
        "Apple has bought Kernwerk for an undisclosed sum.\n\nKestrelton, Ontario-based Kernwerk had raised "
        "$12 million by 2022. It received investments from Ostrakon Ventures and Quillon Capital."
    )
    found = facts(en, text)
    assert ("ostrakon-ventures", "investedIn", "kernwerk") in found
    assert ("kernwerk", "locatedIn", "kestrelton") in found
    assert not any(f[1] == "investedIn" and f[2] == "kestrelton" for f in found)


def test_given_name_alone_in_a_quote_is_the_one_person_named_with_it(en):
    # a quote often calls a person by the given name only: it stands for the one person of the article
    # named with it
    text = (
        'Kernwerk named Ali Brennan chief executive on Monday. "Ali co-founded Valmora and knows the market," '
        "said Dana Whitlock."
    )
    found = facts(en, text)
    assert ("valmora", "foundedBy", "ali-brennan") in found
    assert ("valmora", "foundedBy", "dana-whitlock") not in found


# -- names that are no entity --------------------------------------------------------------------------


def test_given_name_and_a_capitalised_word_the_ner_missed_are_a_person_a_pronoun_takes_up(en):
    # at the start of a line the NER often names neither word, or the given name alone
    for name, key in (("Emmet Drayle", "emmet-drayle"), ("Owen Tarrow", "owen-tarrow")):
        text = (
            "The board lost confidence in its founder, it adds.\n\n"
            f"{name} takes over as interim CEO of Kernwerk. He had earlier been the CEO of Valmora."
        )
        found = facts(en, text)
        assert (key, "ceoOf", "kernwerk") in found
        assert (key, "ceoOf", "valmora") in found


def test_ticker_after_a_name_is_neither_an_entity_nor_part_of_the_name(en, fr):
    text = "Kernwerk KRNW.O said on Monday it had invested in Brintel BRNT.O and Valmora."
    names = entity_names(en, text)
    assert {"Kernwerk", "Brintel", "Valmora"} <= names
    assert not any(".O" in name for name in names)
    found = facts(fr, "Quillon a investi dans des sociétés telles que Brintel BRNT.O et Valmora.")
    assert {("quillon", "investedIn", "brintel"), ("quillon", "investedIn", "valmora")} <= found


def test_adverb_opening_a_sentence_before_a_description_is_no_name(fr):
    text = (
        "Nexalia a été fondée en 2022. Aujourd'hui, la start-up fondée par Léa Roux vient de lever 12 millions d'euros."
    )
    assert "Aujourd'hui" not in entity_names(fr, text)


def test_end_of_a_quotation_opens_no_quoted_name(fr):
    text = "«Nous lançons un programme de startups», observe Léa Roux, directrice de Kernwerk."
    assert not any("," in name for name in entity_names(fr, text))


def test_short_form_of_a_known_company_named_in_full_is_that_company(en):
    doc = en(
        "Stability AI hired Dana Okoye in May. Stability is betting on image models, and Stability's backers include Kernwerk Ventures."
    )
    assert "Stability" not in {e.name for e in doc._.kg_entities.values()}
    found = {(f.subject, f.relation, f.object) for f in doc._.kg_facts if f.status == "Asserted"}
    assert ("kernwerk-ventures", "investedIn", "stability-ai") in found


def test_generic_acronyms_and_units_name_no_one(en):
    text = "Brintel was founded by Dana Okoye. Every Brintel sensor records 9 TB of data an hour, and the SPV will buy the chips."
    assert not {"TB", "SPV"} & entity_names(en, text)


def test_relative_right_after_a_name_takes_that_name_up(fr):
    # the parse may hang the clause on an earlier name of the list; the name right before "qui" is the antecedent
    text = (
        "Parmi les gagnants de l'année figurent Nexalia, mais aussi Quillon qui a levé 50 millions d'euros, "
        "ou encore Brintel qui a récemment mis la main sur Valmora."
    )
    found = facts(fr, text)
    assert ("brintel", "acquired", "valmora") in found
    assert not {("nexalia", "acquired", "valmora"), ("quillon", "acquired", "valmora")} & found


def test_startup_is_not_the_big_tech_company_named_before(fr, en):
    # the description's kind disagrees with the only company named: no one raised the round
    found_fr = facts(
        fr, "Microsoft a publié des résultats record mardi. La start-up a levé 20 millions d'euros auprès de Kernwerk."
    )
    assert ("kernwerk", "investedIn", "microsoft") not in found_fr
    found_en = facts(
        en, "Microsoft posted record results on Tuesday. The startup raised $20 million from Kernwerk Ventures."
    )
    assert ("kernwerk-ventures", "investedIn", "microsoft") not in found_en


def test_title_before_a_persons_name_is_no_organisation(en):
    text = (
        "Last month Nexalia revealed another wave of executive departures, including VP Research Tomas Brenner "
        "and Chief Research Officer Dana Okoye."
    )
    names = entity_names(en, text)
    assert not {"VP Research", "Chief Research Officer"} & names


def test_en_place_before_the_noun_must_fit_the_entity(en):
    """ "The U.S. company" is not the French startup last named: the place before the noun must fit."""
    found = facts(
        en,
        "Kernwerk Inc. has partnered with the French startup Nexalia. The U.S. company will supply 500 GPUs "
        "to Brintel Corp.",
    )
    assert ("kernwerk", "providesComputeTo", "brintel") in found
    assert ("nexalia", "providesComputeTo", "brintel") not in found
    assert ("nexalia", "locatedIn", "united-states") not in found


def test_pronoun_carries_on_a_description_subject_after_a_fronted_time_phrase(fr):
    # the parser may make "Ces douze derniers mois" a second subject: the one nearest the verb is the description,
    # and "Elle" carries it on rather than the subject of an older sentence
    found = facts(
        fr,
        "Quillon AI apporte une équipe de quarante ingénieurs au groupe Nexalia. Le rachat de Quillon AI ouvre "
        "une nouvelle étape pour Nexalia dans le cloud. Ces douze derniers mois, la firme a injecté 40 millions "
        "d'euros dans une dizaine de jeunes pousses. Elle a aussi racheté la société allemande Brintel.",
    )
    assert ("nexalia", "acquired", "brintel") in found
    assert ("quillon", "acquired", "brintel") not in found


def test_pronoun_skips_a_person_named_after_a_title_inside_a_prepositional_phrase(en, fr):
    """ "The daughter of diplomat X, she ...": X sits in a phrase that describes the subject; the
    pronoun, and the next sentence's pronoun that carries it on, take up the person named before."""
    english = (
        "Mara Ellison is a Canadian engineer. The daughter of Canadian diplomat Tobias Ellison, she was "
        "born in Ottawa. She later joined Nexalia in Toronto."
    )
    assert ("mara-ellison", "worksFor", "nexalia") in facts(en, english)
    assert ("tobias-ellison", "worksFor", "nexalia") not in facts(en, english)
    french = (
        "Mara Ellison est une ingénieure canadienne. La fille du diplomate Tobias Ellison, elle est née à "
        "Ottawa. Elle a ensuite rejoint Nexalia à Toronto."
    )
    assert ("mara-ellison", "worksFor", "nexalia") in facts(fr, french)
    assert ("tobias-ellison", "worksFor", "nexalia") not in facts(fr, french)


def test_the_company_after_an_unnamed_new_one_is_not_the_company_named_before(en, fr):
    """ "X is leaving Quillon to build a startup. ... the company ...": the new company has no name yet."""
    english = (
        "Lina Varga is leaving Quillon to build a startup. Varga said she will start the company with Marc "
        "Devaux in March."
    )
    assert not any(r == "foundedBy" for _, r, _ in facts(en, english))
    french = "Lina Varga a quitté Quillon pour créer une start-up. La société a été fondée avec Marc Devaux."
    assert ("quillon", "foundedBy", "marc-devaux") not in facts(fr, french)
    named = "Lina Varga left Quillon in 2022 to build a startup called Kernwerk. The startup raised $4 million from Brintel."
    assert ("brintel", "investedIn", "kernwerk") in facts(en, named)
