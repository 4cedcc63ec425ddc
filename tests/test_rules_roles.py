"""Roles, places, partners, rivals, compute and models as real news say them, on sentences written for
these tests (not from any corpus): each way of saying things asserts its triple, and the precision rules
assert the wrong triple is absent."""

import pytest
from conftest import facts

pytestmark = pytest.mark.filterwarnings("ignore")


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


# -- titles beside a name, read in word order (title_appositions.py) --------------------------------

_KERNWERK_FR = "L'entreprise Kernwerk ouvre un bureau. "
_KERNWERK_EN = "The software company Kernwerk opened an office. "


def test_fr_title_tagged_as_a_participle_after_a_quote_verb(fr):
    got = facts(fr, _KERNWERK_FR + "« Le marché change », affirme Paul Roux, associé chez Kernwerk.")
    assert ("paul-roux", "worksFor", "kernwerk") in got


def test_fr_participle_with_its_own_complement_is_no_title(fr):
    got = facts(fr, _KERNWERK_FR + "Léa Martin, associée à un projet de Kernwerk, a présenté le modèle.")
    assert ("lea-martin", "worksFor", "kernwerk") not in got


def test_fr_coordinated_titles_share_the_organisation(fr):
    got = facts(fr, _KERNWERK_FR + "Paul Roux, CEO et cofondateur de Kernwerk, a présenté le modèle.")
    assert {("paul-roux", "ceoOf", "kernwerk"), ("kernwerk", "foundedBy", "paul-roux")} <= got


def test_en_coordinated_titles_with_at_share_the_organisation(en):
    got = facts(en, _KERNWERK_EN + '"We will grow," said Omar Haddad, a cofounder and chief scientist at Kernwerk.')
    assert {("omar-haddad", "worksFor", "kernwerk"), ("kernwerk", "foundedBy", "omar-haddad")} <= got


def test_en_long_title_with_its_own_complement_before_the_organisation(en):
    text = "Dana Brook, senior vice president and general manager for devices at Kernwerk, said the launch went well."
    assert ("dana-brook", "worksFor", "kernwerk") in facts(en, _KERNWERK_EN + text)


def test_fr_future_title_in_word_order_is_not_asserted(fr):
    got = facts(fr, _KERNWERK_FR + "Paul Roux, futur directeur de Kernwerk, a présenté le modèle.")
    assert ("paul-roux", "worksFor", "kernwerk") not in got


def test_fr_title_of_the_previous_name_in_a_list_of_people(fr):
    text = "Les investisseurs sont Paul Roux, l'ex-PDG de Kernwerk, Léa Martin, la patronne de Nexalia, et d'autres."
    got = facts(fr, "L'entreprise Kernwerk et la startup Nexalia grandissent. " + text)
    assert ("paul-roux", "ceoOf", "kernwerk") in got
    assert ("lea-martin", "ceoOf", "kernwerk") not in got


def test_fr_chief_of_a_part_of_the_company_works_for_it(fr):
    text = "« Le marché change », affirme Paul Roux, patron de la recherche chez Kernwerk."
    assert ("paul-roux", "worksFor", "kernwerk") in facts(fr, _KERNWERK_FR + text)


# -- the role nouns as a class: the other jobs of a company, and English titles in French --------------


@pytest.mark.parametrize(
    "apposition",
    ["head of AI chez Kernwerk", "secrétaire général de Kernwerk", "consultant chez Kernwerk", "CFO de Kernwerk"],
)
def test_fr_other_jobs_of_a_company(fr, apposition):
    got = facts(fr, f"La startup Kernwerk lance un nouveau modèle. Paul Roux, {apposition}, supervise le projet.")
    assert ("paul-roux", "worksFor", "kernwerk") in got


def test_fr_the_lawyer_of_a_company_is_no_employee(fr):
    got = facts(
        fr, "La startup Kernwerk lance un nouveau modèle. Paul Roux, l'avocat de Kernwerk, conteste la décision."
    )
    assert ("paul-roux", "worksFor", "kernwerk") not in got


def test_en_general_counsel_and_a_principal_of_a_fund(en):
    got = facts(en, _KERNWERK_EN + "Dana Brook, the general counsel of Kernwerk, declined to comment.")
    assert ("dana-brook", "worksFor", "kernwerk") in got
    got = facts(
        en, "The venture firm Quillon Capital opened an office. Omar Haddad, a principal at Quillon Capital, led it."
    )
    assert ("omar-haddad", "worksFor", "quillon-capital") in got


# -- competition ----------------------------------------------------------------------------------


def test_fr_stance_face_a_several_rivals(fr):
    got = facts(fr, "Dans les bases de données, Oracle se positionne désormais face à IBM et SAP.")
    assert ("ibm", "competitorOf", "oracle") in got  # symmetric: stored in name order
    assert ("oracle", "competitorOf", "sap") in got


def test_fr_possessive_competition_belongs_to_the_root_name_not_the_last_one(fr):
    # the small model often loses the main verb after a long relative clause: "sa" is still Microsoft's
    got = facts(
        fr,
        "Microsoft, qui a déjà investi 2 milliards de dollars dans OpenAI en 2020 et encore en 2022, cherche à "
        "gagner du terrain sur les assistants les plus récents, dans le cadre de sa concurrence avec Alphabet et Amazon.",
    )
    assert ("alphabet", "competitorOf", "openai") not in got
    assert ("amazon", "competitorOf", "openai") not in got


# -- places -----------------------------------------------------------------------------------------


def test_en_nationality_before_a_long_run_of_modifiers_ending_in_a_descriptor(en):
    got = facts(en, "Last week Google bought the Swedish AI logistics and routing company Fleetwise.")
    assert ("fleetwise", "locatedIn", "sweden") in got


def test_en_nationality_of_a_coordinated_noun_is_not_the_company_after_it(en):
    got = facts(en, "The Swedish government and Google signed a cloud agreement.")
    assert ("google", "locatedIn", "sweden") not in got


def test_en_country_before_an_acronym_and_a_descriptor(en):
    got = facts(en, "Regulators looked at US AI chip giant Nvidia again this spring.")
    assert ("nvidia", "locatedIn", "united-states") in got


def test_fr_seat_as_subject_of_a_place_verb(fr):
    got = facts(fr, "Le siège de Mistral AI se trouve à Paris, près de la gare.")
    got |= facts(fr, "Le siège de Mistral AI se situe à Paris.")
    assert ("mistral-ai", "locatedIn", "paris") in got


def test_en_headquarters_as_subject_of_a_place_verb(en):
    got = facts(en, "The headquarters of Cohere are located in Toronto.")
    assert ("cohere", "locatedIn", "toronto") in got


# -- models in use ------------------------------------------------------------------------------------


def test_fr_product_based_on_a_model_in_a_relative_clause(fr):
    got = facts(fr, "L'outil s'appuie sur Gemini, le modèle sur lequel Bard est basé depuis l'hiver.")
    assert ("bard", "usesModel", "gemini") in got


def test_en_product_built_on_a_model_in_the_passive(en):
    got = facts(en, "Notion AI is built on Claude, according to the company.")
    assert ("notion", "usesModel", "claude") in got


def test_en_company_built_on_an_idea_is_no_model_use(en):
    got = facts(en, "Anthropic was built on the idea that safety comes first.")
    assert not {f for f in got if f[1] == "usesModel"}


def test_en_unnamed_version_built_on_a_model_gives_no_model_use(en):
    got = facts(en, "Google says a release built on its own Gemma models is due next quarter.")
    assert ("google", "usesModel", "gemma") not in got


# -- founders -----------------------------------------------------------------------------------------


def test_fr_participle_after_a_name_and_its_alias_under_a_modal_clause(fr):
    # the parser hangs the participle on "peut": the description of the name still holds
    got = facts(fr, "On peut le voir sur le site de la société Poolside (PSD), cofondée en 2023 par Jason Warner.")
    assert ("poolside", "foundedBy", "jason-warner") in got


def test_fr_negated_participle_after_a_name_is_not_asserted(fr):
    got = facts(fr, "Le laboratoire Kyutai, jamais racheté par Iliad malgré les rumeurs, recrute.")
    assert ("iliad", "acquired", "kyutai") not in got


def test_fr_participle_after_a_name_keeps_the_main_clause_out_of_it(fr):
    got = facts(fr, "Mistral AI pourrait être rachetée par Microsoft.")
    assert ("microsoft", "acquired", "mistral-ai") not in got


# -- makers -------------------------------------------------------------------------------------------


def test_fr_participle_on_a_descriptor_in_apposition_to_a_model(fr):
    got = facts(fr, "L'outil repose sur Claude, le modèle de langage entraîné par Anthropic depuis deux ans.")
    assert ("claude", "developedBy", "anthropic") in got


def test_en_launch_noun_with_its_maker_after_by(en):
    got = facts(en, "The release of Gemini by Google came a year after the rest.")
    assert ("gemini", "developedBy", "google") in got


def test_fr_launch_noun_with_its_maker_after_par(fr):
    got = facts(fr, "Le lancement de Gemini par Google a relancé la course.")
    assert ("gemini", "developedBy", "google") in got


def test_en_announcing_a_launch_does_not_make_the_announcer_its_maker(en):
    got = facts(en, "Apple announced the launch of ChatGPT in Siri on Monday.")
    assert ("chatgpt", "developedBy", "apple") not in got


def test_en_rivalry_between_two_companies(en):
    got = facts(en, "The rivalry between Nvidia and AMD has shaped the chip market.")
    assert ("amd", "competitorOf", "nvidia") in got


def test_en_partnership_between_two_companies(en):
    got = facts(en, "The partnership between Oracle and Cohere was signed in March.")
    assert ("cohere", "partnerOf", "oracle") in got


def test_en_competition_of_coordinated_possessors(en):
    got = facts(en, "Nvidia and AMD's competition in data centres keeps prices high.")
    assert ("amd", "competitorOf", "nvidia") in got


def test_en_title_after_a_company_name_hung_on_the_person(en):
    got = facts(en, "Nvidia Chief Executive Jensen Huang opened the conference.")
    assert ("jensen-huang", "ceoOf", "nvidia") in got


def test_en_product_named_after_its_maker(en):
    got = facts(en, "The robot maker will train its models on Microsoft Azure, Microsoft said on Friday.")
    assert ("azure", "developedBy", "microsoft") in got


def test_fr_product_not_named_after_a_company_of_the_article_has_no_maker(fr):
    got = facts(fr, "Le service Azure OpenAI permet d'accéder à GPT-4.")
    assert not {f for f in got if f[1] == "developedBy" and f[0].startswith("azure")}


# -- compute ------------------------------------------------------------------------------------------


def test_en_moving_to_a_cloud_named_after_its_maker(en):
    got = facts(en, "Mistral AI will move to Microsoft Azure for its training infrastructure, Microsoft said.")
    assert ("microsoft", "providesComputeTo", "mistral-ai") in got


def test_en_training_on_a_cloud_named_after_its_maker(en):
    got = facts(en, "Microsoft confirmed that Cohere trains its models on Microsoft Azure.")
    assert ("microsoft", "providesComputeTo", "cohere") in got


def test_en_running_on_a_product_that_is_no_cloud_gives_no_compute(en):
    got = facts(en, "Microsoft said the Cohere app runs on Microsoft Windows laptops.")
    assert not {f for f in got if f[1] == "providesComputeTo"}


def test_fr_nationality_of_a_company_called_a_champion(fr):
    got = facts(fr, "Aleph Alpha, le champion allemand de l'IA souveraine, recrute à Heidelberg.")
    assert ("aleph-alpha", "locatedIn", "germany") in got


def test_fr_passive_agent_named_after_a_role_and_its_field(fr):
    got = facts(fr, "Dust a été cofondée par l'entrepreneur en logiciel Gabriel Hubert.")
    assert ("dust", "foundedBy", "gabriel-hubert") in got


def test_en_powering_a_product_with_a_model_names_the_model_after_with(en):
    got = facts(en, "Meta released Llama 3 in April. Microsoft is now powering its Copilot assistant with Claude.")
    assert ("microsoft-copilot", "usesModel", "claude") in got
    assert ("microsoft-copilot", "usesModel", "llama-3") not in got


# -- bare titles and their company: framing phrases, names after the title (person_titles.py) --------------


def test_fr_bare_title_takes_the_company_a_framing_phrase_opens_with(fr):
    text = (
        "La société Valmora a signé avec Brintel. Chez Valmora, c'est la même histoire. Le PDG Hugo Vantier "
        "retourne chez Brintel pour diriger un laboratoire."
    )
    got = facts(fr, text)
    assert ("hugo-vantier", "ceoOf", "valmora") in got
    assert ("hugo-vantier", "ceoOf", "brintel") not in got


def test_fr_bare_title_in_a_sentence_framed_by_du_cote_de(fr):
    text = (
        "La société Kernwerk recrute avec la start-up Valmora. Kernwerk vend. Kernwerk grandit. Du côté de Valmora, "
        "c'est un pas de plus, "
        "ce que le PDG Hugo Vantier s'évertue à faire depuis son arrivée."
    )
    got = facts(fr, text)
    assert ("hugo-vantier", "ceoOf", "valmora") in got
    assert ("hugo-vantier", "ceoOf", "kernwerk") not in got


def test_fr_two_word_bare_title_before_the_name(fr):
    text = (
        "La société Kernwerk lance un modèle. Kernwerk vise les banques. Selon Kernwerk, le marché est mûr. "
        "« Nous allons recruter », commentait alors le directeur général Hugo Vantier."
    )
    assert ("hugo-vantier", "ceoOf", "kernwerk") in facts(fr, text)


def test_fr_former_student_is_no_employee(fr):
    got = facts(fr, "Hugo Vantier est un ancien étudiant de l'université Brintel.")
    assert not {f for f in got if f[1] == "worksFor"}


def test_fr_leading_a_task_of_a_company_is_not_running_it(fr):
    text = "La société Valmora recrute. Chez Brintel, Hugo Vantier a dirigé le développement de la société."
    got = facts(fr, text)
    assert not {f for f in got if f[1] == "ceoOf"}


def test_en_leading_a_team_is_not_running_the_company(en):
    got = facts(en, "The startup Quillon is hiring. Dana Brook leads the research team at Quillon.")
    assert ("dana-brook", "ceoOf", "quillon") not in got


def test_en_coordinated_titles_before_a_name_are_both_held(en):
    got = facts(en, "The startup Kernwerk is growing. Revenue tripled, Kernwerk's co-founder and CEO Dana Brook said.")
    assert {("kernwerk", "foundedBy", "dana-brook"), ("dana-brook", "ceoOf", "kernwerk")} <= got


def test_fr_founder_apposition_without_company_in_an_article_about_one(fr):
    text = (
        "La start-up Valmora grandit. Valmora recrute. Valmora vend en Europe. Valmora a levé des fonds. "
        "« Nous recrutons », explique Hugo Vantier, cofondateur et directeur technique."
    )
    assert ("valmora", "foundedBy", "hugo-vantier") in facts(fr, text)


def test_fr_founder_apposition_without_a_dominant_company_says_nothing(fr):
    text = "La start-up Valmora et le groupe Brintel signent. « Nous recrutons », explique Hugo Vantier, cofondateur."
    assert not {f for f in facts(fr, text) if f[1] == "foundedBy"}


def test_fr_fronted_participle_before_a_description_of_the_company(fr):
    text = (
        "La start-up Valmora grandit vite. Fondée en 2021 par Hugo Vantier et Marion Dutel, la jeune pousse "
        "édite un assistant pour les avocats."
    )
    got = facts(fr, text)
    assert {("valmora", "foundedBy", "hugo-vantier"), ("valmora", "foundedBy", "marion-dutel")} <= got


def test_en_returning_to_a_company(en):
    text = "The startup Kernwerk and the lab Quillon compete. Dana Brook is returning to Kernwerk after a stint at Quillon."
    got = facts(en, text)
    assert {("dana-brook", "worksFor", "kernwerk"), ("dana-brook", "worksFor", "quillon")} <= got


def test_fr_coming_back_to_a_company(fr):
    got = facts(fr, "La start-up Valmora recrute. Hugo Vantier revient chez Brintel après trois ans chez Valmora.")
    assert ("hugo-vantier", "worksFor", "brintel") in got


def test_en_company_and_title_in_apposition_to_a_name(en):
    got = facts(en, "The startup Kernwerk is growing. Dana Brook, Kernwerk CEO, spoke on Monday.")
    assert ("dana-brook", "ceoOf", "kernwerk") in got


def test_en_successor_holds_the_title_the_predecessor_held(en):
    got = facts(en, "Dana Brook succeeds Omar Haddad as chief executive of the startup Kernwerk.")
    assert {("dana-brook", "ceoOf", "kernwerk"), ("omar-haddad", "ceoOf", "kernwerk")} <= got


def test_fr_successor_holds_the_title(fr):
    got = facts(fr, "Paul Roy remplace Léa Martin comme directeur général de la société Kernwerk.")
    assert ("paul-roy", "ceoOf", "kernwerk") in got


def test_en_bare_title_in_a_side_phrase_is_the_subject_company(en):
    got = facts(
        en, "The startup Kernwerk raised $20 million. According to CEO Dana Brook, Kernwerk's revenue has doubled."
    )
    assert ("dana-brook", "ceoOf", "kernwerk") in got


def test_en_under_a_new_chief_executive(en):
    text = "The startup Kernwerk raised $20 million. Kernwerk will stay independent under new chief executive Dana Brook, the firm said."
    got = facts(en, text)
    assert ("dana-brook", "ceoOf", "kernwerk") in got


def test_en_former_bare_title_is_not_the_subject_company(en):
    text = (
        "The startup Kernwerk raised $20 million. According to former CEO Dana Brook, Kernwerk's revenue has doubled."
    )
    got = facts(en, text)
    assert ("dana-brook", "ceoOf", "kernwerk") not in got


def test_fr_name_in_another_phrase_after_the_title_complement_holds_no_title(fr):
    text = (
        "Le nouveau modèle de Nexalia\n\nPaul Roy CEO de Nexalia aux côtés de Léa Martin\n\n"
        "Nexalia vient d'annoncer son modèle. Léa Martin a salué l'annonce."
    )
    got = facts(fr, text)
    assert ("lea-martin", "ceoOf", "nexalia") not in got


def test_en_company_before_coordinated_capitalised_titles(en):
    text = (
        "The startup Kernwerk raised $20 million. In an interview, Kernwerk co-founder and Chief Executive "
        "Officer Dana Brook said the company will hire."
    )
    got = facts(en, text)
    assert {("kernwerk", "foundedBy", "dana-brook"), ("dana-brook", "ceoOf", "kernwerk")} <= got


def test_en_name_title_and_company_between_commas(en):
    text = (
        'The startup Kernwerk raised $20 million. "We are thrilled," said Dana Brook, CEO, Kernwerk. '
        '"It matters," said Omar Haddad, CTO, Quillon.'
    )
    got = facts(en, text)
    assert {("dana-brook", "ceoOf", "kernwerk"), ("omar-haddad", "worksFor", "quillon")} <= got
    assert ("omar-haddad", "worksFor", "kernwerk") not in got


def test_en_title_owned_by_a_description_in_apposition_to_the_holder(en):
    got = facts(en, 'The startup Kernwerk raised $20 million. "We will hire," says Dana Brook, the company\'s CEO.')
    assert ("dana-brook", "ceoOf", "kernwerk") in got


def test_fr_main_subject_after_a_fronted_clause_is_no_more_complement_of_a_title(fr):
    text = "Fondée en 2019 à Lyon par Paul Roy, ancien chercheur chez Quillon, Nexalia s'est fixé un cap ambitieux."
    got = facts(fr, text)
    assert ("paul-roy", "worksFor", "nexalia") not in got
    assert ("paul-roy", "worksFor", "quillon") in got


def test_en_a_former_associate_at_a_firm_worked_there(en):
    text = (
        "Quillfeather was co-founded in 2023 by chief executive Dana Brook and Omar Haddad, a former associate "
        "at the law firm Brintel Partners."
    )
    got = facts(en, text)
    assert ("omar-haddad", "worksFor", "brintel-partners") in got


def test_en_a_capitalised_company_function_after_a_title_is_no_employer(en):
    text = "Dana Brook, vice president of Engineering at Kernwerk Labs, left the company in June."
    got = facts(en, text)
    assert ("dana-brook", "worksFor", "engineering") not in got
    text = "In 2022, Dana Brook left along with Omar Haddad, who had been VP of Security and Policy there."
    assert not any(o in ("security", "policy", "security-and-policy") for _, r, o in facts(en, text) if r == "worksFor")


def test_fr_a_cardinal_point_of_a_region_in_a_title_is_no_employer(fr):
    text = "« Nous allons grandir », indique Paul Roy, vice-président Europe du Sud de Nexalia."
    assert ("paul-roy", "worksFor", "sud") not in facts(fr, text)
    text = "Léa Martin, directrice Afrique de l'Ouest chez Quillon, a parlé."
    got = facts(fr, text)
    assert ("lea-martin", "worksFor", "ouest") not in got
    assert ("lea-martin", "worksFor", "quillon") in got


# -- titles the parse hides, parts of a company ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Léa Roux a été PDG de Nexalia pendant six ans.", ("lea-roux", "ceoOf", "nexalia")),
        ("Paul Quillon a été chercheur chez Nexalia avant de fonder Brintel.", ("paul-quillon", "worksFor", "nexalia")),
    ],
)
def test_fr_title_after_a_compound_past_of_etre(fr, text, triple):
    # the parser reads the title after "a été" as a passive participle
    assert triple in facts(fr, text)


def test_fr_title_then_name_after_an_opening_phrase(fr):
    got = facts(fr, "Lors d'une conférence à Lyon, le président de Nvidia Jensen Huang a défendu le projet.")
    assert ("jensen-huang", "worksFor", "nvidia") in got


def test_en_title_then_name_after_an_opening_phrase(en):
    got = facts(en, "In a memo to staff, the president of Nexalia Dana Brook said the plant would close.")
    assert ("dana-brook", "worksFor", "nexalia") in got


def test_en_heading_a_group_of_a_named_company_is_no_ceo(en):
    got = facts(en, "Omar Haddad will head Nvidia's new research group from June.")
    assert ("omar-haddad", "ceoOf", "nvidia") not in got


def test_fr_head_of_a_domain_at_a_company_is_no_ceo(fr):
    got = facts(fr, "Paul Quillon, ancien patron du digital chez Renault, a rejoint Brintel en mars.")
    assert ("paul-quillon", "ceoOf", "renault") not in got
    assert ("paul-quillon", "worksFor", "renault") in got


def test_en_bare_ceo_title_in_a_sentence_naming_no_company_is_the_articles_company(en):
    text = (
        "Brintel makes sensors for trains. Brintel sold two thousand of them in May. Analysts say Brintel "
        'may double its sales. "Demand keeps growing," said CEO Omar Haddad.'
    )
    assert ("omar-haddad", "ceoOf", "brintel") in facts(en, text)


def test_en_bare_officer_titles_listed_in_an_article_about_one_company(en):
    text = (
        "Brintel makes sensors for trains. Brintel sold two thousand of them in May. Analysts say Brintel "
        "may double its sales. Those who signed included chief technology officer Lina Sorel and chief "
        "scientist Omar Haddad, who joined last year."
    )
    got = facts(en, text)
    assert ("lina-sorel", "worksFor", "brintel") in got
    assert ("omar-haddad", "worksFor", "brintel") in got


def test_en_a_bare_president_is_not_the_articles_company_s(en):
    text = (
        "Brintel makes sensors for trains. Brintel sold two thousand of them in May. Analysts say Brintel "
        'may double its sales. "Trade is slowing," said President Omar Haddad.'
    )
    assert ("omar-haddad", "worksFor", "brintel") not in facts(en, text)


def test_en_bare_ceo_title_after_an_unknown_capitalised_name_stays_unread(en):
    text = (
        "Brintel makes sensors for trains. Brintel sold two thousand of them in May. Analysts say Brintel "
        "may double its sales. Only one director, Vantor CEO Omar Haddad, stayed on the board."
    )
    assert ("omar-haddad", "ceoOf", "brintel") not in facts(en, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia machine learning chief Dana Brook left for a think tank in May.",
        "Nvidia AI CEO Dana Brook announced the partnership on Monday.",
    ],
)
def test_en_company_then_a_field_then_a_title_heads_a_part(en, text):
    got = facts(en, text)
    assert ("dana-brook", "worksFor", "nvidia") in got
    assert ("dana-brook", "ceoOf", "nvidia") not in got


def test_en_possessive_of_a_name_ending_in_s_in_apposition(en):
    got = facts(en, "In a statement, Dana Brook, Databricks' co-founder and CEO, said the deal was closed.")
    assert {("databricks", "foundedBy", "dana-brook"), ("dana-brook", "ceoOf", "databricks")} <= got
    got = facts(en, "Omar Haddad, Databricks’ chief executive, said the deal was closed.")
    assert ("omar-haddad", "ceoOf", "databricks") in got


def test_fr_title_with_its_own_complement_after_a_relative_copula(fr):
    text = "Léa Martin, qui était vice-présidente de la gestion des produits de Nvidia, quitte le groupe."
    assert ("lea-martin", "worksFor", "nvidia") in facts(fr, text)


def test_en_title_after_a_relative_copula(en):
    text = "Dana Brook, who was senior vice president and general manager for devices at Nvidia, left the group."
    assert ("dana-brook", "worksFor", "nvidia") in facts(en, text)


def test_fr_future_title_after_a_relative_is_not_asserted(fr):
    got = facts(fr, "Léa Martin, qui sera directrice des ventes de Nvidia, a fondé Nexalia.")
    assert ("lea-martin", "worksFor", "nvidia") not in got


def test_en_company_title_name_and_a_second_title_name_share_the_company(en):
    got = facts(en, "Under the agreement, Nvidia founder Dana Brook and president Omar Haddad will move to Lisbon.")
    assert ("omar-haddad", "worksFor", "nvidia") in got
    got = facts(en, "Nvidia CEO Dana Brook and Microsoft president Omar Haddad met in Paris.")
    assert ("omar-haddad", "worksFor", "nvidia") not in got


@pytest.mark.parametrize(
    ("lang", "text", "holder", "other"),
    [
        (
            "fr",
            "En entrevue avec La Gazette, le président de Quillon, Marc Derval, a assuré que la société resterait à Lyon.",
            "marc-derval",
            "la-gazette",
        ),
        (
            "en",
            "In an interview with The Courier, the chief executive of Valmora for Europe, Jane Roe, said the deal was signed.",
            "jane-roe",
            "the-courier",
        ),
    ],
)
def test_a_title_after_an_opening_phrase_is_borne_by_the_name_after_it(request, lang, text, holder, other):
    """The name in the phrase that opens the sentence is no apposition to the title that follows its comma."""
    found = facts(request.getfixturevalue(lang), text)
    assert any(s == holder and r == "worksFor" for s, r, _ in found), found
    assert not any(s == other for s, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "person", "company"),
    [
        (
            "fr",
            "Hugo Brissac, le directeur général de Valmora pour la France, a confirmé l'accord.",
            "hugo-brissac",
            "valmora",
        ),
        ("fr", "Hugo Brissac, PDG de Nexalia pour le marché canadien, a confirmé l'accord.", "hugo-brissac", "nexalia"),
        ("en", "Jane Roe, the CEO of Valmora for Europe, confirmed the deal.", "jane-roe", "valmora"),
    ],
)
def test_the_head_of_a_market_works_for_the_company_without_heading_it(request, lang, text, person, company):
    found = facts(request.getfixturevalue(lang), text)
    assert (person, "worksFor", company) in found
    assert (person, "ceoOf", company) not in found


def test_an_apposition_to_an_agent_stays_with_it(en):
    found = facts(en, "Brintel was founded in 2021 by Mara Olsen, a former engineer at Kernwerk, and Tomas Reyes.")
    assert ("mara-olsen", "worksFor", "kernwerk") in found
    assert ("tomas-reyes", "worksFor", "kernwerk") not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Sofia Lind, co-PDG de Hugging Face, a présenté le modèle."),
        ("fr", "Sofia Lind, coCEO de Hugging Face, a présenté le modèle."),
        ("en", "Sofia Lind, the co-CEO of Hugging Face, spoke on Monday."),
        ("en", "Hugging Face co-CEO Sofia Lind spoke on Monday."),
    ],
)
def test_a_co_chief_executive_heads_the_company(request, lang, text):
    assert ("sofia-lind", "ceoOf", "hugging-face") in facts(request.getfixturevalue(lang), text)


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Brissac prend la direction de Hugging Face.",
        "Hugo Brissac a pris les rênes de Hugging Face en mars.",
        "Hugo Brissac assure la direction générale de Hugging Face depuis 2022.",
    ],
)
def test_fr_taking_the_lead_of_a_company_heads_it(fr, text):
    assert ("hugo-brissac", "ceoOf", "hugging-face") in facts(fr, text)


def test_fr_taking_the_lead_said_as_a_plan_is_no_fact(fr):
    found = facts(fr, "Hugo Brissac pourrait prendre la direction de Hugging Face.")
    assert ("hugo-brissac", "ceoOf", "hugging-face") not in found


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "fr",
            "Google a annoncé la nomination de Léa Martin comme directrice scientifique de DeepMind.",
            ("lea-martin", "worksFor", "deepmind"),
        ),
        (
            "fr",
            "Mistral AI a officialisé l'arrivée de Paul Roux au poste de directeur financier de Mistral AI.",
            ("paul-roux", "worksFor", "mistral-ai"),
        ),
        (
            "en",
            "Google announced the appointment of Jane Roe as chief scientist of DeepMind.",
            ("jane-roe", "worksFor", "deepmind"),
        ),
        (
            "en",
            "The promotion of Ann Lee to chief executive of Anthropic was announced on Monday.",
            ("ann-lee", "ceoOf", "anthropic"),
        ),
    ],
)
def test_the_person_an_appointment_names_bears_its_title(request, lang, text, fact):
    assert fact in facts(request.getfixturevalue(lang), text)


def test_fr_a_lone_unknown_name_right_after_a_heading_verb_is_its_object(fr):
    """The NER may leave out a one-word name after the verb (a person's name for fr_core_news_md), and the
    parse may not make it the object: the name right after the verb is still what is headed; a known place
    there is no employer."""
    for text, person, org in (
        ("Paul Roux dirige Kernwerk depuis 2020.", "paul-roux", "kernwerk"),
        ("Depuis 2020, Léa Martin dirige Brintel.", "lea-martin", "brintel"),
    ):
        assert (person, "ceoOf", org) in facts(fr, text)
    assert not {f for f in facts(fr, "Léa Martin a quitté Lyon pour Paris.") if f[1] == "worksFor"}


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Labs named Mara Lenz its new chief executive on Tuesday.",
        "Corvane Labs has named Mara Lenz chief executive, effective immediately.",
        "Corvane Labs on Tuesday named Mara Lenz chief executive officer.",
    ],
)
def test_en_a_title_given_by_a_naming_verb_without_as(en, text):
    got = facts(en, text)
    assert ("mara-lenz", "ceoOf", "corvane") in got


def test_en_the_board_names_a_chief_executive_for_the_article_s_company(en):
    text = (
        "Corvane Labs fired its chief executive last week. Corvane Labs said little. Corvane Labs staff wrote a "
        "letter. Signers included Mara Lenz, who the board had appointed as interim CEO."
    )
    assert ("mara-lenz", "ceoOf", "corvane") in facts(en, text)


def test_en_a_board_of_no_company_the_article_is_about_names_no_company(en):
    text = "Corvane Labs and Pell Cloud both grew. Analysts said the board appointed Mara Lenz as chief executive."
    assert not any(r == "ceoOf" for _s, r, _o in facts(en, text))


def test_en_a_title_of_the_year_given_by_a_naming_verb_names_no_company(en):
    got = facts(en, "The magazine Tarnwell Weekly named Mara Lenz CEO of the Year in 2023.")
    assert not any(r == "ceoOf" for _s, r, _o in got)
