"""English extraction behaviour, on sentences written for these tests (not from any corpus)."""

import pytest

from knowgraph.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("en")


def facts(nlp, text, status="Asserted"):
    doc = nlp(text)
    return {(f.subject, f.relation, f.object) for f in doc._.kg_facts if f.status == status}


def mentions(nlp, text):
    doc = nlp(text)
    return {(m.text, m.label_) for m in doc.spans["kg_mentions"]}


def test_name_in_apposition_to_a_descriptor(nlp):
    found = mentions(nlp, "The startup's flagship model, Vela-3, was released in May and runs on a single server.")
    assert ("Vela-3", "AIModel") in found


def test_naming_participle_after_the_descriptor_complement(nlp):
    found = mentions(nlp, "Microsoft is training a small model for call centres called Orpheus-2.")
    assert ("Orpheus-2", "AIModel") in found


def test_definite_round_refers_back_to_the_company_that_raised(nlp):
    got = facts(
        nlp,
        "Norvane Robotics raised $50 million in a Series A round led by Pike Hill Capital. "
        "Nvidia also took part in the round.",
    )
    assert ("nvidia", "investedIn", "norvane") in got or ("nvidia", "investedIn", "norvane-robotics") in got


def test_joining_a_round_in_a_company(nlp):
    got = facts(nlp, "Siemens has joined a 90 million euro funding round in Korvi AI, a Berlin-based startup.")
    assert any(s == "siemens" and r == "investedIn" and o.startswith("korvi") for s, r, o in got)


def test_dateline_is_a_place_and_not_the_subject(nlp):
    text = "BERLIN, May 2 (Reuters) - Siemens has agreed to acquire Lumora, a Munich-based startup."
    got = facts(nlp, text)
    assert ("siemens", "acquired", "lumora") in got
    assert ("BERLIN", "Place") in mentions(nlp, text)


def test_possessor_of_an_event_noun_is_its_agent(nlp):
    got = facts(nlp, "The regulator said it was reviewing Google's purchase of Wavecrest, a Dublin-based startup.")
    assert ("google", "acquired", "wavecrest") in got


def test_employer_named_before_a_role_noun_in_apposition(nlp):
    got = facts(nlp, "The company was founded by Maria Lopez, a former Oracle executive.")
    assert ("maria-lopez", "worksFor", "oracle") in got


def test_contact_relative_clause_object(nlp):
    got = facts(
        nlp,
        "Sarah Miller left Google in 2021. Helix Labs, the startup she co-founded with John Smith, now employs 80 people.",
    )
    assert any(s.startswith("helix") and r == "foundedBy" and o == "john-smith" for s, r, o in got)


def test_town_before_a_description(nlp):
    got = facts(nlp, "Quorra, the Lisbon software company, hired 20 engineers.")
    assert any(s == "quorra" and r == "locatedIn" and o == "lisbon" for s, r, o in got)


def test_planned_round_stays_a_claim(nlp):
    text = "Siemens is in talks to join a funding round in Korvi AI, according to people familiar with the matter."
    assert not any(r == "investedIn" for _, r, _ in facts(nlp, text))


def test_company_and_its_unit_by_possessive(nlp):
    got = facts(nlp, "Alphabet's Google has committed $2 billion to the startup.")
    assert ("google", "subsidiaryOf", "alphabet") in got


def test_coordinated_prepositions_after_a_verb(nlp):
    got = facts(nlp, "Lambda competes with CoreWeave for training jobs, and with Oracle for enterprise customers.")
    assert any(r == "competitorOf" and "oracle" in (s, o) for s, r, o in got)


def test_bare_title_inside_a_by_phrase_of_a_passive_founding(nlp):
    got = facts(
        nlp,
        "Velorn AI, a Madrid-based startup, sells software to hospitals. "
        "Velorn AI was co-founded in 2021 by chief executive Ana Ruiz and Tom Berg, a former nurse.",
    )
    assert ("ana-ruiz", "ceoOf", "velorn") in got or ("ana-ruiz", "ceoOf", "velorn-ai") in got
    assert not any(s == "tom-berg" and r == "ceoOf" for s, r, o in got)


def test_one_of_the_suppliers_bears_the_noun(nlp):
    got = facts(nlp, "Oracle has become one of the largest suppliers of cloud capacity to Anthropic.")
    assert ("oracle", "providesComputeTo", "anthropic") in got


def test_owning_a_percentage_of_a_company_is_an_investment(nlp):
    got = facts(nlp, "Microsoft holds about 20 percent of Mistral AI.")
    assert ("microsoft", "investedIn", "mistral-ai") in got


def test_plural_apposition_is_borne_by_every_conjunct(nlp):
    got = facts(nlp, "The startup was founded by Ana Ruiz and Tom Berg, two former Oracle engineers.")
    assert ("ana-ruiz", "worksFor", "oracle") in got and ("tom-berg", "worksFor", "oracle") in got


def test_possessive_before_a_name_and_its_descriptor(nlp):
    got = facts(nlp, "Alibaba, meanwhile, has made its Qwen family the default choice for developers.")
    assert ("qwen", "developedBy", "alibaba") in got


def test_participle_founded_with_a_named_cofounder(nlp):
    got = facts(
        nlp, "Her company, Brakewell Labs, co-founded with former Intel engineer Ana Ruiz, sells chips to carmakers."
    )
    assert any(s.startswith("brakewell") and r == "foundedBy" and o == "ana-ruiz" for s, r, o in got)


def test_cofounder_together_with_after_a_long_apposition(nlp):
    got = facts(
        nlp,
        "Cohere was founded in 2019 by Aidan Gomez, a former researcher at Google Brain, "
        "together with his friend Ivan Zhang.",
    )
    assert ("cohere", "foundedBy", "ivan-zhang") in got and ("cohere", "foundedBy", "aidan-gomez") in got


# -- ways of saying added for the English recall target ------------------------------------------


def test_round_up_heading_names_the_company_of_the_item(nlp):
    got = facts(
        nlp,
        "Brackmoor — $18 million.\n\nThe London-based company completed an $18 million seed round this week, "
        "led by Tallis Ridge Capital, with Corran Ventures also taking part.",
    )
    assert ("tallis-ridge-capital", "investedIn", "brackmoor") in got
    assert ("corran-ventures", "investedIn", "brackmoor") in got
    assert ("brackmoor", "locatedIn", "london") in got


def test_investor_in_an_absolute_clause_after_the_round(nlp):
    got = facts(
        nlp,
        "Velquist, a Lisbon-based startup, raised €20M in a round led by Arden Capital, "
        "with the public lender Banco Fomento also investing.",
    )
    assert ("arden-capital", "investedIn", "velquist") in got
    assert ("banco-fomento", "investedIn", "velquist") in got


def test_model_named_after_whose(nlp):
    got = facts(nlp, "Investors like Harwick, a Madrid-based startup whose Pallas-4 models run on laptops.")
    assert ("pallas-4", "developedBy", "harwick") in got


def test_models_of_whose_owner_compete_with_those_of_others(nlp):
    got = facts(
        nlp,
        "Meta bought a stake in Harwick, a Madrid-based startup, whose Pallas-4 models compete with those of "
        "OpenAI and Anthropic.",
    )
    assert ("harwick", "competitorOf", "openai") in got and ("anthropic", "competitorOf", "harwick") in got


def test_bare_title_before_a_speaker_mid_sentence(nlp):
    text = (
        "Brindle, the Glasgow startup, is shipping a new assistant. Brindle says it is popular. "
        "The assistant summarises calls, founder and CEO Isla Munro told me last week. Brindle has 40 staff."
    )
    assert ("isla-munro", "ceoOf", "brindle") in facts(nlp, text)


def test_examples_after_a_generic_object(nlp):
    text = (
        "\"We tested everything, including Google's Gemini and Mistral AI's Mistral Large,\" said a Brindle engineer."
    )
    got = facts(nlp, "Brindle, the Glasgow startup, builds assistants. Brindle is growing. Brindle hires. " + text)
    assert ("brindle", "usesModel", "gemini") in got and ("brindle", "usesModel", "mistral-large") in got


def test_it_is_called_names_the_product_just_described(nlp):
    found = mentions(nlp, "Brindle is launching a research assistant today. It's called Heron, and it reads papers.")
    assert ("Heron", "Product") in found


def test_definite_description_with_a_town_prefers_the_entity_known_there(nlp):
    got = facts(nlp, "Ana Ruiz has left Google DeepMind to join Anthropic. Ruiz spent six years at the London lab.")
    assert ("anthropic", "locatedIn", "london") not in got


def test_possessor_of_a_startup_co_founded_with_someone(nlp):
    got = facts(
        nlp,
        "Tom Berg has left Google to start a company. His startup, Keelwater Labs, co-founded with former "
        "Stripe engineer Ana Ruiz, builds testing tools for AI agents.",
    )
    assert any(s.startswith("keelwater") and r == "foundedBy" and o == "tom-berg" for s, r, o in got)


def test_country_before_an_organisation_name(nlp):
    got = facts(
        nlp,
        "The U.S. Securities and Exchange Commission is examining the deal, and Brindle competes with "
        "U.S. analytics software maker Corvel.",
    )
    assert ("corvel", "locatedIn", "united-states") in got


def test_person_named_again_by_family_name(nlp):
    found = mentions(
        nlp,
        "Kemi Lawal spent eight years as a litigator at Hallam Price, the London law firm. In 2021 she "
        "left. Lawal said the firm was slow, and Lawal now runs Ledgerline.",
    )
    assert ("Kemi Lawal", "Person") in found


def test_the_firm_means_the_one_described_as_a_firm(nlp):
    got = facts(
        nlp,
        "Ifeoma Okafor worked at Hallam Price, the Leeds accounting firm, for a decade. In 2021 she started "
        "Ledgerline with Sam Oduya, a former colleague at the firm.",
    )
    assert ("sam-oduya", "worksFor", "hallam-price") in got


def test_serves_as_a_multiword_title_in_a_paragraph_about_a_description(nlp):
    got = facts(
        nlp,
        "Ledgerline was founded by Ifeoma Okafor. \n\nThe London-based startup, which Okafor runs as chief "
        "executive while Sam Oduya serves as chief technology officer, sells audit software.",
    )
    assert ("sam-oduya", "worksFor", "ledgerline") in got


def test_short_name_after_the_full_name(nlp):
    got = facts(
        nlp,
        "Shares of Corbel Digital fell on Tuesday. Corbel rents servers to AI developers. Nvidia owns about "
        "5% of the company.",
    )
    assert ("nvidia", "investedIn", "corbel-digital") in got


def test_product_of_an_organisation_in_a_competitor_slot(nlp):
    got = facts(
        nlp,
        "Corbel Digital, a GPU cloud operator, trimmed its outlook. Corbel competes with Lambda for training "
        "jobs, and with Oracle and Microsoft's Azure for enterprise customers.",
    )
    assert ("corbel-digital", "competitorOf", "microsoft") in got


def test_hyphenated_name(nlp):
    got = facts(nlp, "Moonshot, the Beijing-based lab backed by the fund Red-Pine, released a model.")
    assert ("red-pine", "investedIn", "moonshot") in got


def test_name_given_after_the_object(nlp):
    got = facts(nlp, "Even Anthropic, long a holdout, has published open weights under the name gpt-oss.")
    assert ("gpt-oss", "developedBy", "anthropic") in got


def test_companies_such_as_compete(nlp):
    got = facts(nlp, "Model labs such as Anthropic and Cohere compete to sell to the largest banks.")
    assert ("anthropic", "competitorOf", "cohere") in got


def test_a_product_works_with_a_model(nlp):
    got = facts(
        nlp,
        "Quayside Labs sells Notary, a meeting assistant. Notary transcribes with Whisper and drafts its "
        "minutes with OpenAI's GPT-4o.",
    )
    assert ("notary", "usesModel", "gpt-4o") in got


def test_investors_listed_by_include_and_count_among(nlp):
    got = facts(
        nlp,
        "Ledgerline's investors include Arden Capital and Nvidia. Corbel, which counts Oracle among its "
        "backers, rents servers.",
    )
    assert ("arden-capital", "investedIn", "ledgerline") in got and ("nvidia", "investedIn", "ledgerline") in got
    assert ("oracle", "investedIn", "corbel") in got


def test_name_backed_participle(nlp):
    got = facts(nlp, "Ledgerline, a Nvidia-backed startup, raised money. Microsoft-owned GitHub said so.")
    assert ("nvidia", "investedIn", "ledgerline") in got
    assert ("github", "subsidiaryOf", "microsoft") in got


def test_years_at_a_company_after_joining(nlp):
    got = facts(
        nlp, "We spoke to Sam Oduya, Ledgerline's chief scientist, who joined the company after six years at Google."
    )
    assert ("sam-oduya", "worksFor", "google") in got


def test_who_after_a_coordination_is_the_last_person(nlp):
    got = facts(nlp, "Ledgerline was founded by Okafor and Sam Oduya, who previously spent five years at Google.")
    assert ("sam-oduya", "worksFor", "google") in got


def test_its_title_in_a_relative_clause_about_the_founder(nlp):
    got = facts(
        nlp,
        "The newest entrant is Corbel Digital, a Denver-based operator founded in 2020 by Ana Ruiz, "
        "a former Oracle executive who is now its chief executive.",
    )
    assert ("ana-ruiz", "ceoOf", "corbel-digital") in got
    assert ("ana-ruiz", "ceoOf", "oracle") not in got


def test_interview_answer_names_the_competitors(nlp):
    text = (
        "Ledgerline, a London startup, automates audits. Ledgerline was founded in 2020. We spoke to its chief "
        "executive.\n\n"
        "Who do you compete with?\nMindbridge, the Ottawa company, is the one we meet most often.\n\n"
        "What is next?\nWe want to grow in Ireland. Ledgerline has 50 staff.\n"
    )
    assert ("ledgerline", "competitorOf", "mindbridge") in facts(nlp, text)


def test_appointed_as_chief_executive(nlp):
    got = facts(nlp, "Corbel Digital has appointed Ana Ruiz as chief executive.")
    assert ("ana-ruiz", "ceoOf", "corbel-digital") in got


def test_fronted_gerund_shares_the_subject(nlp):
    got = facts(nlp, "Before joining Ledgerline, Sam Oduya worked at Deloitte for a decade.")
    assert ("sam-oduya", "worksFor", "ledgerline") in got


def test_nationality_of_a_definite_description(nlp):
    got = facts(
        nlp,
        "Ana Ruiz co-founded Quillan in 2022. Last year the Spanish startup raised €40M in a round led "
        "by Arden Capital.",
    )
    assert ("quillan", "locatedIn", "spain") in got
    assert ("arden-capital", "investedIn", "quillan") in got


def test_object_pronoun_of_a_conjoined_verb_is_not_the_subject_or_its_owner(nlp):
    got = facts(
        nlp,
        "Alphabet's Google, which is also a backer of Quillan, has committed $1 billion to the company and "
        "supplies it with cloud capacity as well.",
    )
    assert ("google", "providesComputeTo", "quillan") in got
    assert ("google", "providesComputeTo", "alphabet") not in got


def test_existing_backer_as_a_bare_title(nlp):
    got = facts(
        nlp,
        "Rumour mill. Quillan is in talks to raise money from Thrive Capital. Existing backer Arden Capital "
        "declined to comment.",
    )
    assert ("arden-capital", "investedIn", "quillan") in got


def test_possessed_descriptor_with_a_name_in_apposition(nlp):
    got = facts(nlp, "Quillan raised money this week. The startup's newest model, Gannet-2, was released in May.")
    assert ("gannet-2", "developedBy", "quillan") in got


def test_compute_for_a_model_goes_to_its_developer(nlp):
    got = facts(
        nlp,
        "The startup's newest model, Gannet-2, was released in May. Ruiz said Gannet-2 had been trained "
        "on GPUs rented from CoreWeave. Quillan raised money.".replace("The startup's", "Quillan's"),
    )
    assert ("coreweave", "providesComputeTo", "quillan") in got


def test_deal_to_supply_someone_is_a_partnership(nlp):
    got = facts(nlp, "Last week Corbel Digital signed a three-year agreement to supply Nvidia GPUs to Quillan.")
    assert ("corbel-digital", "partnerOf", "quillan") in got or ("quillan", "partnerOf", "corbel-digital") in got


def test_a_date_before_a_reporting_clause_is_no_name(nlp):
    # "..., in May 2025, the company said": the date is not a company named by "the company"
    text = "Quillford, a Lisbon-based startup, raised $25 million from Nvidia in May 2025, the company said on Monday."
    found = facts(nlp, text)
    assert ("nvidia", "investedIn", "quillford") in found
    assert not any("2025" in part for fact in found for part in (fact[0], fact[2]))
    assert not any("2025" in text for text, _ in mentions(nlp, text))
