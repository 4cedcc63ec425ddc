"""Products, models, partners, rivals and compute as real news say them, on sentences written for these
tests (not from any corpus): each way of saying things asserts its triple, and the precision rules assert
the wrong triple is absent."""

import pytest
from conftest import facts

pytestmark = pytest.mark.filterwarnings("ignore")


# -- makers around a product's name -------------------------------------------------------------------


def test_fr_apposition_describing_the_product_with_its_maker_after_a_start_up(fr):
    got = facts(fr, "Le succès de Vello, l'assistant conversationnel de la start-up Quillon, a surpris Kernwerk.")
    assert ("vello", "developedBy", "quillon") in got


def test_fr_apposition_with_a_superlative_before_the_maker(fr):
    got = facts(fr, "Claude, l'outil le plus apprécié d'Anthropic, séduit les juristes.")
    assert ("claude", "developedBy", "anthropic") in got


def test_fr_apposition_whose_noun_has_its_own_complement(fr):
    got = facts(fr, "Gemini 2.5, la dernière version de l'assistant vocal de Google, arrive en Europe.")
    assert ("gemini-2-5", "developedBy", "google") in got


def test_en_apposition_with_from(en):
    got = facts(en, "Claude, the chatbot from Anthropic, now writes spreadsheets.")
    assert ("claude", "developedBy", "anthropic") in got


def test_fr_apposition_naming_a_rival_is_no_maker(fr):
    got = facts(fr, "Claude, le chatbot concurrent de Google, séduit les juristes.")
    assert ("claude", "developedBy", "google") not in got


def test_en_maker_in_brackets_after_each_model(en):
    got = facts(en, "The startup benchmarked its system against Llama (Meta) and Claude (Anthropic).")
    assert ("llama", "developedBy", "meta") in got
    assert ("claude", "developedBy", "anthropic") in got


def test_fr_product_in_brackets_after_its_maker(fr):
    got = facts(fr, "Amazon et Google (Bard) ont multiplié les annonces cette année.")
    assert ("bard", "developedBy", "google") in got


def test_fr_participle_tagged_finite_after_a_model_name(fr):
    got = facts(fr, "Le modèle Mistral Large, développé par Mistral AI, arrive chez les banques.")
    assert ("mistral-large", "developedBy", "mistral-ai") in got


# -- lists of models that share a maker ---------------------------------------------------------------


def test_fr_possessive_plural_noun_before_a_list_of_models(fr):
    got = facts(fr, "Google s'impose grâce à ses modèles Gemma 2 et Veo 3.")
    assert ("veo-3", "developedBy", "google") in got


def test_en_list_without_a_plural_product_noun_shares_no_maker(en):
    got = facts(en, "Meta's Llama 3 and Claude were compared on Monday.")
    assert ("claude", "developedBy", "meta") not in got


# -- one maker per product ----------------------------------------------------------------------------


def test_fr_new_model_description_does_not_take_a_rival_s_model(fr):
    got = facts(
        fr,
        "Google a présenté Google Gemini en mai. OpenAI a dévoilé mardi son nouveau modèle, sur fond de "
        "rivalité croissante avec Google.",
    )
    assert ("google-gemini", "developedBy", "openai") not in got and ("gemini", "developedBy", "openai") not in got


# -- the maker of a named product, as a description ---------------------------------------------------


def test_en_the_product_maker_is_the_maker_the_article_gave(en):
    got = facts(en, "Anthropic's Claude is popular with banks. The Claude maker signed a deal with Zoom on Monday.")
    assert ("anthropic", "partnerOf", "zoom") in got


def test_fr_le_createur_de_is_the_maker_the_article_gave(fr):
    got = facts(fr, "OpenAI a lancé ChatGPT en 2022. Le créateur de ChatGPT a signé un partenariat avec Apple.")
    assert ("apple", "partnerOf", "openai") in got


# -- compute from a deal with a cloud -----------------------------------------------------------------


def test_en_deal_with_a_cloud_for_computing_power(en):
    got = facts(
        en, "Microsoft said Cohere signed a big agreement with Microsoft Azure to expand its computing capacity."
    )
    assert ("microsoft", "providesComputeTo", "cohere") in got


def test_fr_alliance_with_a_cloud_to_train_models(fr):
    got = facts(
        fr,
        "Selon Microsoft, Mistral AI s'allie désormais à Microsoft Azure pour entraîner sur ses puces sa prochaine génération de modèles.",
    )
    assert ("microsoft", "providesComputeTo", "mistral-ai") in got


def test_en_partnership_with_a_company_without_compute_stays_a_partnership(en):
    got = facts(en, "Cohere partnered with Oracle to sell its models to banks.")
    assert ("cohere", "partnerOf", "oracle") in got
    assert not {f for f in got if f[1] == "providesComputeTo"}


def test_fr_relying_on_a_company_s_servers(fr):
    got = facts(fr, "Mistral AI s'appuie sur les serveurs de Microsoft pour entraîner ses modèles.")
    assert ("microsoft", "providesComputeTo", "mistral-ai") in got


# -- partners and the source of a report --------------------------------------------------------------


def test_en_source_named_after_the_partner_is_no_partner(en):
    got = facts(
        en, "In May, Cohere signed a three-year agreement with cloud service CoreWeave, Reuters reports.", "Reported"
    )
    got |= facts(en, "In May, Cohere signed a three-year agreement with cloud service CoreWeave, Reuters reports.")
    assert ("cohere", "partnerOf", "coreweave") in got
    assert ("cohere", "partnerOf", "reuters") not in got


def test_fr_source_after_its_reporting_verb_is_no_partner(fr):
    got = facts(fr, "Cohere a signé un accord avec le service cloud CoreWeave, rapporte Reuters.")
    assert ("cohere", "partnerOf", "reuters") not in got


def test_fr_coordinated_subjects_announcing_a_partnership(fr):
    got = facts(fr, "Microsoft et Mistral AI ont annoncé un partenariat lundi.")
    assert ("microsoft", "partnerOf", "mistral-ai") in got


def test_en_coordinated_subjects_announcing_a_partnership(en):
    got = facts(en, "Cohere and Oracle have announced a partnership.")
    assert ("cohere", "partnerOf", "oracle") in got


def test_en_coordinated_subjects_announcing_a_deal_are_no_partners(en):
    got = facts(en, "Microsoft and Activision announced the deal in 2022.")
    assert not {f for f in got if f[1] == "partnerOf"}


# -- subsidiaries ---------------------------------------------------------------------------------------


def test_fr_organisation_that_belongs_to_another(fr):
    got = facts(fr, "Waymo, qui appartient à Alphabet, arrive à Austin.")
    assert ("waymo", "subsidiaryOf", "alphabet") in got


def test_fr_propriete_de_in_apposition(fr):
    got = facts(fr, "DeepMind, propriété de Google depuis 2014, a présenté un modèle.")
    assert ("deepmind", "subsidiaryOf", "google") in got


def test_en_public_body_listed_after_a_partner_is_no_partner(en):
    got = facts(
        en,
        "Analysts are watching Cohere's partnership with Oracle and the European Commission, which is reviewing "
        "cloud contracts.",
    )
    assert ("cohere", "partnerOf", "oracle") in got
    assert ("cohere", "partnerOf", "european-commission") not in got


def test_en_agreement_named_with_a_public_body_stays(en):
    got = facts(en, "Mistral AI signed an agreement with the European Commission on Tuesday.")
    assert ("european-commission", "partnerOf", "mistral-ai") in got


# -- more ways of naming a product with its maker -------------------------------------------------------


def test_en_apposition_with_the_maker_in_the_possessive(en):
    got = facts(en, "Claude, Anthropic's AI model, now writes spreadsheets.")
    assert ("claude", "developedBy", "anthropic") in got


def test_en_name_product_noun_and_maker_after_from(en):
    got = facts(en, "The Claude model from Anthropic now writes spreadsheets.")
    assert ("claude", "developedBy", "anthropic") in got


def test_fr_product_noun_with_its_maker_before_the_name_in_apposition(fr):
    got = facts(fr, "Le chatbot d'Anthropic, Claude, séduit les juristes.")
    assert ("claude", "developedBy", "anthropic") in got


def test_fr_rival_noun_before_the_name_gives_no_maker(fr):
    got = facts(fr, "Le concurrent d'Anthropic, Mistral AI, séduit les juristes.")
    assert not {f for f in got if f[1] == "developedBy"}


def test_fr_maison_mere_of_a_product_and_of_a_company(fr):
    got = facts(
        fr, "Anthropic, la maison mère de Claude, recrute. Alphabet, la maison mère de Google, publie ses comptes."
    )
    assert ("claude", "developedBy", "anthropic") in got
    assert ("google", "subsidiaryOf", "alphabet") in got


def test_en_parent_company_of_a_product(en):
    got = facts(en, "Anthropic, the parent company of Claude, is hiring.")
    assert ("claude", "developedBy", "anthropic") in got


def test_en_subjects_of_a_competing_noun_do_not_compete_with_each_other(en):
    got = facts(
        en, "While Intel and startups such as Groq and Cerebras Systems have competing chips, Nvidia still leads."
    )
    assert ("cerebras", "competitorOf", "groq") not in got and ("groq", "competitorOf", "intel") not in got


def test_fr_compound_past_read_even_when_the_parser_hangs_the_auxiliary_elsewhere(fr):
    from spacy.tokens import Doc

    from knowgraph.facts.relations.verbs import VerbFrames

    words = ["La", "start-up", "a", "par", "ailleurs", "dévoilé", "Orca", "."]
    doc = Doc(
        fr.vocab,
        words=words,
        pos=["DET", "NOUN", "VERB", "ADP", "ADV", "VERB", "PROPN", "PUNCT"],
        lemmas=["le", "start-up", "avoir", "par", "ailleurs", "dévoiler", "Orca", "."],
        deps=["det", "nsubj:pass", "aux:tense", "case", "obl:mod", "ROOT", "obj", "punct"],
        heads=[1, 5, 5, 4, 5, 5, 5, 5],
    )
    assert VerbFrames._compound_past(doc[5])  # active: "a ... dévoilé"
    passive = Doc(
        fr.vocab,
        words=["Orca", "a", "été", "dévoilé"],
        pos=["PROPN", "AUX", "AUX", "VERB"],
        lemmas=["Orca", "avoir", "être", "dévoiler"],
        deps=["nsubj:pass", "aux:tense", "aux:pass", "ROOT"],
        heads=[3, 3, 3, 3],
    )
    assert not VerbFrames._compound_past(passive[3])  # "a été dévoilé" stays passive


# -- a maker's products given as examples ---------------------------------------------------------------


def test_fr_plural_product_noun_with_the_maker_then_examples(fr):
    got = facts(fr, "Les banques utilisent des modèles Mistral AI comme Codestral et Pixtral.")
    assert ("codestral", "developedBy", "mistral-ai") in got
    assert ("pixtral", "developedBy", "mistral-ai") in got


def test_en_examples_end_at_a_preposition_and_a_rival_word(en):
    got = facts(en, "Users compare Google models like Gemini with rivals such as Claude.")
    assert ("gemini", "developedBy", "google") in got
    assert ("claude", "developedBy", "google") not in got


def test_fr_training_on_a_cloud_unit_named_after_its_parent(fr):
    # Google Cloud is the group's cloud unit (an organisation, as annotators read it), the provider itself
    got = facts(fr, "Selon Google, Cohere entraîne ses modèles sur Google Cloud.")
    assert ("google-cloud", "providesComputeTo", "cohere") in got


# -- a model family and its versions --------------------------------------------------------------------


def test_en_versions_of_a_family_share_the_maker_of_one_of_them(en):
    got = facts(
        en, "Microsoft has released Phi-3 Mini. Two other models, Phi-3 Medium and Phi-3 Small, are on the way."
    )
    assert ("phi-3-small", "developedBy", "microsoft") in got
    assert ("phi-3-medium", "developedBy", "microsoft") in got


def test_en_family_name_shares_the_maker_of_its_version(en):
    got = facts(en, "Meta released Llama 3 in April. Llama was first shared with researchers.")
    assert ("llama", "developedBy", "meta") in got


def test_en_a_family_with_a_maker_of_its_own_keeps_it(en):
    got = facts(en, "OpenAI's GPT-4 beat Gemini 1.5. Google's Gemini was updated in May.")
    assert ("gemini", "developedBy", "openai") not in got and ("gemini-1-5", "developedBy", "openai") not in got


# -- a copula, a maker behind a product, a passive of "build on" -----------------------------------------


def test_fr_copula_with_a_product_noun_and_its_maker(fr):
    got = facts(fr, "Avec dix millions d'utilisateurs, Claude est le produit phare d'Anthropic.")
    assert ("claude", "developedBy", "anthropic") in got


def test_fr_negated_copula_gives_no_maker(fr):
    got = facts(fr, "Claude n'est pas le produit d'OpenAI.")
    assert ("claude", "developedBy", "openai") not in got


def test_en_possessive_apposition_with_modifiers_and_a_participle_after(en):
    got = facts(en, "Claude Code, Anthropic's AI coding assistant designed for developers, is popular.")
    assert ("claude-code", "developedBy", "anthropic") in got


def test_fr_editeur_derriere_a_product(fr):
    got = facts(fr, "Anthropic, l'éditeur d'IA générative derrière Claude, ouvre un bureau.")
    assert ("claude", "developedBy", "anthropic") in got


def test_en_passive_of_build_on_is_no_model_use(en):
    got = facts(en, "Claude, the assistant built by Anthropic, is popular.")
    assert ("claude", "developedBy", "anthropic") in got
    assert ("anthropic", "usesModel", "claude") not in got


def test_en_company_behind_a_product_past_a_place_in_the_apposition(en):
    got = facts(en, "Anthropic, the San Francisco company behind Claude, is hiring.")
    assert ("claude", "developedBy", "anthropic") in got


# -- rivals given as examples ---------------------------------------------------------------------------


def test_en_rivals_given_as_examples_of_a_plural_noun(en):
    got = facts(en, "Cohere faces competitors like Anthropic and Google.")
    assert ("anthropic", "competitorOf", "cohere") in got
    assert ("cohere", "competitorOf", "google") in got


def test_fr_possessed_rivals_with_notamment(fr):
    got = facts(fr, "Mistral AI affronte ses concurrents américains, notamment OpenAI et Anthropic.")
    assert ("mistral-ai", "competitorOf", "openai") in got


def test_en_rivals_as_examples_without_an_organisation_holder(en):
    got = facts(en, "Investors compare rivals such as OpenAI and Anthropic.")
    assert not {f for f in got if f[1] == "competitorOf"}


def test_fr_plural_organisation_description_is_not_the_salient_company(fr):
    got = facts(fr, "Orange a publié ses comptes. Les startups françaises ont signé un partenariat avec Cohere.")
    assert ("cohere", "partnerOf", "orange") not in got


def test_en_plural_and_singular_organisation_descriptions(en):
    got = facts(en, "Cohere posted results on Monday. The companies signed a partnership with Oracle.")
    assert ("cohere", "partnerOf", "oracle") not in got
    got = facts(en, "Cohere posted results on Monday. The company signed a partnership with Oracle.")
    assert ("cohere", "partnerOf", "oracle") in got


# -- possessives: whose product, and when a possessive names no maker -----------------------------------


def test_fr_possessive_without_a_product_noun_names_no_maker(fr):
    got = facts(fr, "Kernwerk a publié ses comptes. En dépit de ses promesses, Magistral Small reste en retrait.")
    assert ("magistral-small", "developedBy", "kernwerk") not in got


def test_en_possessive_of_a_model_coordinated_before_it_is_no_company(en):
    got = facts(en, "Valmora makes chips. Analysts expect that Phi-4 and its younger cousin, Phi-4 Mini, remain open.")
    assert ("phi-4-mini", "developedBy", "valmora") not in got


def test_fr_apposition_with_a_possessive_and_adjectives_before_the_product_noun(fr):
    got = facts(fr, "Kernwerk a présenté mardi Orbis, sa toute première famille de modèles de langage.")
    assert ("orbis", "developedBy", "kernwerk") in got


def test_en_possessive_before_a_name_and_an_ai_descriptor(en):
    got = facts(en, "Brintel said its Vireo AI assistant now answers faster.")
    assert ("vireo", "developedBy", "brintel") in got


def test_en_possessive_before_a_name_alone(en):
    got = facts(en, "Google still has not opened its Bard to Europe, unlike its rivals.")
    assert ("bard", "developedBy", "google") in got


def test_en_possessive_after_a_coordinated_company_is_that_company(en):
    got = facts(en, "Kernwerk invested in Quillon and its Vireo chatbot.")
    assert ("vireo", "developedBy", "quillon") in got
    assert ("vireo", "developedBy", "kernwerk") not in got


def test_fr_possessive_product_noun_then_a_colon_and_a_list_of_sizes(fr):
    got = facts(fr, "Kernwerk présente mardi ses deux nouveaux modèles : Gemma 9b et Gemma 27b.")
    assert ("gemma-9b", "developedBy", "kernwerk") in got
    assert ("gemma-27b", "developedBy", "kernwerk") in got


def test_en_models_listed_in_brackets_after_their_maker(en):
    got = facts(en, "Kernwerk's catalogue adds models from Mistral AI (such as Codestral and Pixtral) this month.")
    assert ("codestral", "developedBy", "mistral-ai") in got
    assert ("pixtral", "developedBy", "mistral-ai") in got


def test_en_the_makers_own_model_is_not_used_by_it_in_a_deal_with_a_user(en):
    got = facts(en, "Brintel and Google agreed that the assistants of Brintel would be built upon Google's Gemini.")
    assert ("brintel", "usesModel", "gemini") in got
    assert ("google", "usesModel", "gemini") not in got


def test_en_a_model_in_a_hyphenated_compound_is_not_what_is_launched(en):
    got = facts(en, "Kernwerk launched its GPT-4-powered assistant last week.")
    assert ("gpt-4", "developedBy", "kernwerk") not in got


# -- a model available through a product --------------------------------------------------------------


def test_en_model_available_via_products(en):
    got = facts(en, "GPT-4 is now available via ChatGPT and Microsoft Azure.")
    assert ("chatgpt", "usesModel", "gpt-4") in got
    assert ("azure", "usesModel", "gpt-4") in got


def test_fr_model_accessible_via_an_interface_after_an_apposition(fr):
    got = facts(
        fr, "Magistral Medium, une version plus lourde encore à l'essai, reste accessible via son interface Le Chat."
    )
    assert ("le-chat", "usesModel", "magistral-medium") in got


def test_en_model_available_in_a_country_or_through_a_cut_name_is_no_use(en):
    for text in ("GPT-4 will be available in France next month.", "GPT-4 is available via Bing Deluxe today."):
        assert not any(relation == "usesModel" for _, relation, _ in facts(en, text)), text


# -- "our model": the speaker's company ---------------------------------------------------------------


def test_fr_first_person_possessive_in_a_quote_is_the_speakers_company(fr):
    got = facts(
        fr,
        "Léa Roux est la PDG de la start-up Kernwerk. « Notre nouveau modèle Magistral Small change tout », a déclaré Léa Roux.",
    )
    assert ("magistral-small", "developedBy", "kernwerk") in got


def test_en_first_person_possessive_in_a_quote_is_the_speakers_company(en):
    got = facts(en, 'Dana Brook is the CEO of Kernwerk. "Our new model, Phi-4, changes everything," Dana Brook said.')
    assert ("phi-4", "developedBy", "kernwerk") in got


def test_fr_first_person_possessive_of_an_unknown_speaker_names_no_maker(fr):
    got = facts(fr, "Kernwerk recrute. « Notre modèle Magistral Small change tout », a déclaré un analyste.")
    assert not any(relation == "developedBy" for _, relation, _ in got)


def test_fr_possessive_before_a_name_cut_before_its_version_names_no_maker(fr):
    got = facts(
        fr,
        "Léa Roux est la PDG de la start-up Kernwerk. « Notre nouveau modèle Mixtral 8x22B arrive », a déclaré Léa Roux.",
    )
    assert ("mixtral", "developedBy", "kernwerk") not in got


# -- a unit named after its parent is not a product it makes ------------------------------------------


def test_en_name_with_a_title_after_it_is_a_unit_not_a_product(en):
    got = facts(en, "Dana Brook, Google Cloud CEO, spoke on Monday. Google Cloud grew fast.")
    assert ("google-cloud", "developedBy", "google") not in got


def test_fr_name_after_an_organisation_noun_is_a_unit_not_a_product(fr):
    got = facts(fr, "Le fournisseur de services cloud SAP Delos et la start-up Bleu coopéreront, a indiqué SAP.")
    assert ("sap-delos", "developedBy", "sap") not in got


def test_en_product_named_after_its_maker_is_still_its(en):
    got = facts(en, "Kernwerk signed a deal with Microsoft Azure, Microsoft said.")
    assert ("azure", "developedBy", "microsoft") in got


# -- precision: makers that a product's name or a list contradicts ------------------------------------


def test_fr_maker_in_the_name_outweighs_a_device_said_to_offer_it(fr):
    text = "Samsung met en avant son accord avec Google, alors que l'appareil propose aussi Microsoft Copilot d'office. Microsoft le met à jour chaque mois."
    got = facts(fr, text)
    assert ("microsoft-copilot", "developedBy", "samsung") not in got


def test_en_possessive_in_a_list_of_assistants_is_each_ones_maker(en):
    text = "Vireo competes with Amazon's Alexa, Samsung's Bixby, and Apple's Siri."
    got = facts(en, text)
    assert ("alexa", "developedBy", "samsung") not in got
    assert ("alexa", "developedBy", "amazon") in got


# -- unveiling idioms ---------------------------------------------------------------------------------


def test_fr_lever_le_voile_sur_a_product(fr):
    got = facts(fr, "La société Quillon a levé le voile sur l'assistant Vireo.")
    assert ("vireo", "developedBy", "quillon") in got


def test_en_taking_the_wraps_off_a_product(en):
    got = facts(en, "The company Quillon took the wraps off Vireo, a chatbot.")
    assert ("vireo", "developedBy", "quillon") in got


# -- the model said available is the clause's subject, not a model named in its relative clause ----------


def test_fr_model_available_is_the_subject_not_the_rival_in_its_relative_clause(fr):
    got = facts(
        fr,
        "Le modèle Orbis 2, qui selon Quillon rivalise avec Claude, est désormais accessible via l'application Vireo.",
    )
    assert ("vireo", "usesModel", "orbis-2") in got
    assert ("vireo", "usesModel", "claude") not in got


def test_en_model_available_on_an_owners_platform(en):
    got = facts(
        en, "Codestral, which trails Claude on several tests, is now available on Microsoft's Azure AI platform."
    )
    assert ("azure-ai", "usesModel", "codestral") in got
    assert ("microsoft", "usesModel", "claude") not in got


def test_en_model_powering_the_next_generation_of_a_product(en):
    got = facts(en, "Claude models will power the coming generation of Vireo, the assistant sold by Kernwerk.")
    assert ("vireo", "usesModel", "claude") in got


# -- "A, B and other Kernwerk products" ---------------------------------------------------------------


def test_en_names_listed_before_other_products_of_a_maker(en):
    got = facts(en, "The assistant will ship in Windows, Bing and other Microsoft products.")
    assert ("bing", "developedBy", "microsoft") in got
    assert ("windows", "developedBy", "microsoft") in got


def test_fr_names_listed_before_autres_produits_of_a_maker(fr):
    got = facts(fr, "L'assistant arrive dans Bing, Windows et d'autres produits Microsoft.")
    assert ("bing", "developedBy", "microsoft") in got


def test_en_a_family_name_the_ner_took_for_a_company_makes_none_of_its_models(en):
    text = "Meta launches a new AI model, Orbis Spark, and calls it the first of a new Orbis family of models."
    got = facts(en, text)
    assert ("orbis-spark", "developedBy", "orbis") not in got
    assert ("orbis-spark", "developedBy", "meta") in got


def test_a_product_right_after_its_maker_s_name_is_the_maker_s(en):
    text = "Brintel sells chips. Ostrakon says its agent answers faster than the market leader, Brintel Tessa-2."
    assert ("tessa-2", "developedBy", "brintel") in facts(en, text)


def test_a_maker_s_name_before_a_product_in_a_deal_phrase_is_no_maker(en):
    text = "Brintel sells chips. Analysts praised the Brintel Tessa-2 integration that Ostrakon signed last week."
    assert ("tessa-2", "developedBy", "brintel") not in facts(en, text)


def test_the_company_a_party_is_the_rival_of_makes_none_of_its_products(en):
    text = "Kernwerk, a Munich startup, sells chips. Brintel, a Kernwerk rival known for its Tessa models, hired staff."
    assert ("tessa", "developedBy", "kernwerk") not in facts(en, text)


def test_a_known_model_after_its_maker_s_name_keeps_the_maker_as_an_entity(fr):
    text = "Google a publié un rapport. Le modèle de Quillon devance Google Gemini 2.5 Pro dans plusieurs tests."
    assert ("gemini-2-5-pro", "developedBy", "google") in facts(fr, text)


# -- a name given to a product or model noun ("called", "baptisé") --------------------------------------


def test_fr_a_lighter_model_named_after_a_launch_verb_is_the_launcher_s(fr):
    got = facts(fr, "Au printemps, Valmora a dévoilé un modèle plus compact nommé Ostra 2.")
    assert ("ostra-2", "developedBy", "valmora") in got


def test_fr_a_language_model_called_by_its_name_is_a_model(fr):
    got = facts(fr, "La jeune pousse Kernwerk a présenté un modèle de langage appelé Brisk.")
    assert ("brisk", "developedBy", "kernwerk") in got


def test_fr_an_infrastructure_baptised_with_its_maker_s_name_is_the_maker_s(fr):
    text = "La start-up Quillon a ouvert un centre de calcul. Cette infrastructure baptisée Quillon Forge vise les banques."
    got = facts(fr, text)
    assert ("quillon-forge", "developedBy", "quillon") in got


def test_en_a_new_model_dubbed_after_a_launch_verb_is_the_launcher_s(en):
    got = facts(en, "On Tuesday, Brintel unveiled a compact model dubbed Tessa Lite.")
    assert ("tessa-lite", "developedBy", "brintel") in got


def test_a_person_named_after_a_job_noun_is_no_product(fr):
    got = facts(fr, "Quillon a recruté un directeur nommé Marc Lefort.")
    assert not any(s == "marc-lefort" and r == "developedBy" for s, r, _o in got)


# -- chips named with their maker's brand ("Nvidia H100") ------------------------------------------------


def test_fr_a_known_chip_named_with_its_maker_s_brand_is_the_maker_s(fr):
    got = facts(fr, "La start-up Valmora loue 256 GPU Nvidia H100 pour entraîner son modèle Ostra.")
    assert ("nvidia-h100", "developedBy", "nvidia") in got


def test_en_a_chip_after_its_maker_s_name_before_a_plural_chip_noun_is_the_maker_s(en):
    got = facts(en, "Kernwerk trained its Brisk model on 4,000 NVIDIA H200 GPUs last spring.")
    assert ("nvidia-h200", "developedBy", "nvidia") in got


def test_a_chip_brand_that_is_another_company_s_name_makes_no_maker(en):
    got = facts(en, "The Quillon lab still runs 64 Tesla V100 cards for its older models.")
    assert not any(r == "developedBy" and o == "tesla" for _s, r, o in got)


def test_en_a_known_product_written_after_its_maker_s_name_is_the_maker_s(en):
    got = facts(en, "Quillbase's answer engine now takes on Microsoft Bing in twelve countries.")
    assert ("bing", "developedBy", "microsoft") in got


def test_a_known_product_whose_one_name_begins_with_a_company_s_makes_no_maker(en):
    got = facts(en, "The Dovetail photo app climbed the charts of Google Play this week.")
    assert not any(r == "developedBy" and o == "google" for _s, r, o in got)


# -- models counted at their launch, named afterwards ---------------------------------------------------


def test_en_models_counted_at_a_launch_then_named_after_a_copula_are_the_launcher_s(en):
    text = "Kernwerk has announced the release of two in-house models. The two models unveiled are Brisk-1 and Brisk-Voice-2."
    got = facts(en, text)
    assert ("brisk-1", "developedBy", "kernwerk") in got
    assert ("brisk-voice-2", "developedBy", "kernwerk") in got


def test_fr_models_counted_then_listed_at_the_start_of_the_next_sentence_are_the_launcher_s(fr):
    text = (
        "La start-up Valmora dévoilait hier deux modèles ouverts inédits. "
        "Ostra-120b et Ostra-20b sont accessibles gratuitement."
    )
    got = facts(fr, text)
    assert ("ostra-120b", "developedBy", "valmora") in got
    assert ("ostra-20b", "developedBy", "valmora") in got


def test_fr_models_counted_again_when_named_later_are_the_launcher_s(fr):
    text = (
        "Valmora a sorti mardi deux modèles ouverts. Le patron a parlé de GPT-4o. "
        "Baptisés Ostra-120b et Ostra-20b, les deux nouveaux venus sont rapides."
    )
    got = facts(fr, text)
    assert ("ostra-120b", "developedBy", "valmora") in got
    assert ("gpt-4o", "developedBy", "valmora") not in got


def test_models_compared_after_a_counted_launch_are_not_the_launcher_s(en):
    got = facts(en, "Kernwerk released two open models on Tuesday. They beat GPT-4 and Claude 3 on most tests.")
    assert ("gpt-4", "developedBy", "kernwerk") not in got
    assert ("claude-3", "developedBy", "kernwerk") not in got


def test_a_list_longer_than_the_count_gives_no_maker(en):
    text = "Kernwerk released two open models on Tuesday. Brisk-1, Brisk-2 and Brisk-3 were compared by Quillon."
    assert ("brisk-3", "developedBy", "kernwerk") not in facts(en, text)


# -- a model said used in or integrated into a product (participles of use) -------------------------------


def test_en_a_model_already_integrated_into_a_product_is_used_by_it(en):
    got = facts(en, "Orbis-4, already integrated into the Vireo app, reads text aloud.")
    assert ("vireo", "usesModel", "orbis-4") in got


def test_fr_a_model_integrated_into_an_application_is_used_by_it(fr):
    got = facts(fr, "Orbis-4, déjà intégré à l'application Vireo, lit les textes à voix haute.")
    assert ("vireo", "usesModel", "orbis-4") in got


def test_fr_a_participle_of_use_said_of_another_noun_gives_the_model_no_user(fr):
    got = facts(fr, "Orbis-4 a été entraîné sur des puces déployées dans l'application Vireo.")
    assert ("vireo", "usesModel", "orbis-4") not in got


# -- names listed after a model or product noun (mentions/model_names.py ListedNames) ---------------------


def _entity_types(nlp, text):
    doc = nlp(text)
    return {(e.name, e.type) for e in doc._.kg_entities.values()}


def test_fr_models_listed_after_comme_are_models_of_the_subject(fr):
    text = "La jeune pousse Kernwerk a aussi entraîné des modèles de langage compacts comme Orbis et Lumen."
    assert {("Orbis", "AIModel"), ("Lumen", "AIModel")} <= _entity_types(fr, text)
    got = facts(fr, text)
    assert {("orbis", "developedBy", "kernwerk"), ("lumen", "developedBy", "kernwerk")} <= got


def test_en_products_listed_after_such_as(en):
    names = _entity_types(en, "Brintel sells chatbots such as Vello, Tessel and Quilla to insurers.")
    assert {("Vello", "Product"), ("Tessel", "Product"), ("Quilla", "Product")} <= names


def test_en_hyphenated_model_listed_after_like(en):
    names = _entity_types(en, "Brintel also trains small models like Lumen-Math, aimed at schools.")
    assert ("Lumen-Math", "AIModel") in names


def test_fr_models_listed_after_a_colon_once_launched(fr):
    names = _entity_types(fr, "Trois modèles ont été présentés : Orbis, Lumen et Tessel, chacun pour un usage.")
    assert {("Orbis", "AIModel"), ("Lumen", "AIModel"), ("Tessel", "AIModel")} <= names


def test_en_companies_listed_after_a_noun_of_models_are_no_models(en):
    names = _entity_types(en, "Quillon competes with models from companies such as Brintel and Valmora.")
    assert ("Brintel", "AIModel") not in names and ("Valmora", "AIModel") not in names


def test_fr_owners_in_a_plural_complement_are_no_products(fr):
    names = _entity_types(fr, "Le fonds achète des outils de startups comme Quillon et Brintel.")
    assert ("Quillon", "Product") not in names and ("Brintel", "Product") not in names


def test_en_a_naming_participle_after_a_comma(en):
    names = _entity_types(en, "Valmora's new chip, dubbed Ostra, ships next month.")
    assert ("Ostra", "Product") in names


def test_fr_makers_of_a_product_noun_listed_after_comme_are_no_products(fr):
    names = _entity_types(fr, "Kernwerk affronte les éditeurs historiques de logiciels bancaires, comme Quillon.")
    assert ("Quillon", "Product") not in names


# -- models built into products (facts/relations/model_access.py) -----------------------------------------


def test_fr_a_model_built_into_a_list_of_products_through_a_pronoun(fr):
    got = facts(fr, "Brintel présente Lumen-2 et l'intègre à ses applications Vello, Tessel et Quilla.")
    assert {
        ("vello", "usesModel", "lumen-2"),
        ("tessel", "usesModel", "lumen-2"),
        ("quilla", "usesModel", "lumen-2"),
    } <= got


def test_fr_a_model_built_in_by_an_active_past_names_it_after_the_verb(fr):
    got = facts(fr, "Kernwerk a intégré Orbis-3 dans son application Vello.")
    assert ("vello", "usesModel", "orbis-3") in got


def test_fr_a_planned_integration_is_no_fact(fr):
    got = facts(fr, "Kernwerk pourrait intégrer Orbis-3 à son application Vello.")
    assert ("vello", "usesModel", "orbis-3") not in got


def test_fr_a_participle_after_an_apposition_of_the_model(fr):
    text = "Lumen-2, la dernière version de son modèle maison, désormais intégrée à l'application Vello, arrive demain."
    assert ("vello", "usesModel", "lumen-2") in facts(fr, text)


def test_en_a_model_built_into_a_list_of_products_through_a_pronoun(en):
    got = facts(en, "Kernwerk unveiled Orbis-3 and integrated it into its apps Vello, Tessel and Quilla.")
    assert {("vello", "usesModel", "orbis-3"), ("tessel", "usesModel", "orbis-3")} <= got


def test_fr_an_organisation_built_into_a_board_uses_no_model(fr):
    got = facts(fr, "Kernwerk a intégré Orbis-3 et Nexalia à son comité.")
    assert not any(s == "nexalia" and r == "usesModel" for s, r, _o in got)


def test_fr_products_listed_after_a_plural_noun(fr):
    names = _entity_types(fr, "Brintel met à jour ses applications Vello, Tessel et Quilla cette semaine.")
    assert {("Vello", "Product"), ("Tessel", "Product"), ("Quilla", "Product")} <= names


def test_fr_the_owner_of_the_servers_a_product_is_hosted_on_uses_no_model(fr):
    text = "Brintel a mis Lumen-2 dans son assistant Vello, hébergé sur les serveurs de Valmora à Lille."
    assert ("valmora", "usesModel", "lumen-2") not in facts(fr, text)


# -- Access to a model (usesModel, both languages) ---------------------------------------------------------


def test_fr_a_service_that_gives_access_to_a_model_uses_it(fr):
    """ "permet d'accéder au modèle X", as "lets users access X" in English: the service the access is said of."""
    assert ("vireo", "usesModel", "orbis-4") in facts(
        fr, "Le service Vireo permet aux développeurs d'accéder au modèle Orbis-4."
    )
    assert not facts(fr, "Le service Vireo ne permet pas aux développeurs d'accéder au modèle Orbis-4.")


def test_en_an_app_that_lets_users_access_a_model_uses_it(en):
    assert ("vireo", "usesModel", "orbis-4") in facts(en, "Nexalia's Vireo app lets users access the Orbis-4 model.")


# -- A product running on a model (usesModel, word forms, both languages) ----------------------------------


def test_fr_a_product_that_runs_on_a_model_uses_it(fr):
    assert ("vireo", "usesModel", "orbis-4") in facts(fr, "L'assistant Vireo de Nexalia fonctionne avec Orbis-4.")
    assert ("vireo", "usesModel", "orbis-4") in facts(fr, "L'assistant Vireo de Nexalia repose sur Orbis-4.")
    hedged = facts(fr, "L'assistant Vireo de Nexalia pourrait fonctionner avec Orbis-4.", "Hypothetical")
    assert ("vireo", "usesModel", "orbis-4") in hedged


def test_en_a_product_built_on_top_of_a_model_uses_it(en):
    assert ("vireo", "usesModel", "orbis-4") in facts(en, "Nexalia's assistant Vireo is built on top of Orbis-4.")


def test_en_a_known_model_with_its_owner_s_possessive_before_the_class_noun(en):
    got = facts(en, "The startup Dovetail Labs uses Meta's Llama models.")
    assert ("dovetail", "usesModel", "llama") in got


def test_en_a_carmaker_description_means_the_carmaker_named_not_the_most_named_lab(en):
    text = (
        "Dovetail Labs works with OpenAI. OpenAI makes models, and OpenAI sells them. "
        "Tesla's chief spoke on Monday, as the electric carmaker unveiled its latest humanoid Quillbot Gen in Austin."
    )
    got = facts(en, text)
    assert ("quillbot-gen", "developedBy", "tesla") in got
    assert ("quillbot-gen", "developedBy", "openai") not in got


def test_en_a_maker_hyphenated_to_a_participle_before_the_thing_it_made(en):
    got = facts(en, "Dovetail Labs switched to the Orbitron-developed Quill-2 model last month.")
    assert ("quill-2", "developedBy", "orbitron") in got
    got = facts(en, "Dovetail Labs' Orbitron-built data centre opened in May.")
    assert not any(s == "orbitron" and r == "subsidiaryOf" for s, r, _o in got)


def test_en_a_possessed_descriptor_then_a_naming_participle_and_the_name(en):
    got = facts(en, "Orbitron's new model, called Quill-2, beat its rivals on coding tests.")
    assert ("quill-2", "developedBy", "orbitron") in got


def test_en_a_plural_possessive_in_apposition_names_the_maker(en):
    """ "Y, X Systems' newest model": the possessive of a name ending in s has no "s" after its apostrophe."""
    got = facts(en, "Orbi-2, Nexalia Systems' newest model, beat rivals on coding tests.")
    assert ("orbi-2", "developedBy", "nexalia-systems") in got
    got = facts(en, "Nexalia Systems' flagship model, Orbi-2, tops the charts.")
    assert ("orbi-2", "developedBy", "nexalia-systems") in got


def test_examples_ending_a_plural_object_phrase_are_the_objects(fr):
    # the parse hangs the example marker inside the object's phrase, past its modifiers
    got = facts(
        fr,
        "La start-up Nexalia a également conçu des modèles de langage ouverts performants comme Quill-2 et Vexa-7, "
        "optimisés pour les puces Nvidia.",
    )
    assert ("quill-2", "developedBy", "nexalia") in got
    assert ("vexa-7", "developedBy", "nexalia") in got
    assert not any(o == "nvidia" for _, r, o in got if r == "developedBy")
