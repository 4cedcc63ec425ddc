"""Encyclopedic phrasing (places, parents, founders as reference works state them), on sentences and
names invented for these tests."""

import pytest
from conftest import facts

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.fixture(scope="module")
def nlp(en):
    return en


def test_nationality_in_the_complement_of_a_copula(nlp):
    got = facts(nlp, "Tessaro Motors is a Japanese automaker with plants on three continents.")
    assert ("tessaro-motors", "locatedIn", "japan") in got


def test_nationality_of_a_person_described_by_a_copula_is_no_place_of_an_organisation(nlp):
    got = facts(nlp, "Trinity Vell is an American wrestler and actress.")
    assert not any(r == "locatedIn" for _, r, _ in got)


def test_adjective_that_starts_a_name_is_not_a_nationality(nlp):
    # the parser reads "French Revolution" as one name: the adjective does not describe "Revolution"
    got = facts(nlp, "The abbey was closed during the French Revolution by the new government.")
    assert not any(r == "locatedIn" for _, r, _ in got)


def test_nationality_adjective_is_a_name_of_its_country_in_the_article(nlp):
    doc = nlp("Orvane Health was a British pharmacy chain with 300 shops.")
    assert ("orvane-health", "locatedIn", "united-kingdom") in {
        (f.subject, f.relation, f.object) for f in doc._.kg_facts
    }
    assert "British" in doc._.kg_entities["united-kingdom"].surface_forms


def test_place_list_after_a_location_verb(nlp):
    # the region between town and country is no mention here: it is passed over, the country kept
    got = facts(nlp, "The Orlen Institute is located in Dayton, Ohio, United States.")
    assert ("orlen-institute", "locatedIn", "dayton") in got
    assert ("orlen-institute", "locatedIn", "united-states") in got


def test_place_list_stops_at_the_end_of_the_location_phrase(nlp):
    got = facts(nlp, "Brakka Foods is based in Lyon and sells cheese to Quorra, Denmark.")
    assert ("brakka-foods", "locatedIn", "lyon") in got
    assert ("brakka-foods", "locatedIn", "denmark") not in got


def test_part_of_a_group_is_a_parent(nlp):
    got = facts(nlp, "Varn TV is a Danish television network. It is part of the Varn Group, a media company.")
    assert ("varn-tv", "subsidiaryOf", "varn") in got
    assert ("varn-tv", "subsidiaryOf", "varn") in facts(nlp, "Varn TV, part of the Varn Group, broadcasts news.")


def test_part_of_a_plan_or_a_race_is_no_parent(nlp):
    got = facts(nlp, "Building chips is part of Nvidia's plan, and Kestrel Labs is part of the race.")
    assert not any(r == "subsidiaryOf" for _, r, _ in got)


def test_organisation_noun_with_its_town_in_a_copula(nlp):
    got = facts(nlp, "Harlow College is a private university in Dayton, Ohio.")
    assert ("harlow-college", "locatedIn", "dayton") in got
    got = facts(nlp, "The Selby School is one of the few veterinary colleges in the United States.")
    assert ("selby-school", "locatedIn", "united-states") in got


def test_organisation_noun_in_a_place_said_of_someone_else_is_no_location(nlp):
    got = facts(nlp, "Mira Holt is a professor at a university in Dayton. Kestrel Bank invested in a startup in Oslo.")
    assert not any(r == "locatedIn" for _, r, _ in got)


def test_where_an_organisation_was_founded(nlp):
    got = facts(nlp, "Kestrel Bank was founded in 1998 in Menlo Park, California.")
    assert ("kestrel-bank", "locatedIn", "menlo-park") in got
    assert ("kestrel-bank", "locatedIn", "california") in got


def test_what_an_organisation_founds_elsewhere_is_not_where_it_is(nlp):
    got = facts(nlp, "Kestrel Bank has founded a research lab in Paris.")
    assert ("kestrel-bank", "locatedIn", "paris") not in got


def test_created_in_a_town_in_a_relative_clause(nlp):
    got = facts(nlp, "Corvane Labs is an independent software company which was created in Leeds, England in 1991.")
    assert ("corvane", "locatedIn", "leeds") in got


def test_an_affiliate_is_not_owned(nlp):
    # a farm team or a broadcaster's affiliate is tied to the other by contract, not owned by it
    got = facts(nlp, "Kestrel Radio is the regional affiliate of Harbury Broadcasting Company.")
    assert not any(r == "subsidiaryOf" for _, r, _ in got)


def test_nationality_that_starts_an_organisation_name_is_its_country(nlp):
    got = facts(nlp, "The Korvish Armed Forces serve the British Armed Forces.")
    assert any(r == "locatedIn" and o == "united-kingdom" for _, r, o in got)


def test_nationality_further_in_an_organisation_name_is_its_subject_not_its_country(nlp):
    got = facts(nlp, "She directs the Hallam Institute of Japanese Studies in Leeds.")
    assert not any(r == "locatedIn" and o == "japan" for _, r, o in got)


def test_nationality_after_a_title_in_an_organisation_name_is_its_country(nlp):
    got = facts(nlp, "In 1990 the Royal Norwegian Navy bought four ships from Kestrel Yards.")
    assert any(r == "locatedIn" and o == "norway" for _, r, o in got)


def test_headquarters_subject_of_a_copula(nlp):
    got = facts(nlp, "Varn TV is a television network whose headquarters are in Aarhus.")
    assert ("varn-tv", "locatedIn", "aarhus") in got
    got = facts(nlp, "The headquarters of Kestrel Bank are in Aarhus.")
    assert ("kestrel-bank", "locatedIn", "aarhus") in got


def test_a_persons_headquarters_are_not_an_organisations(nlp):
    got = facts(nlp, "Kestrel Bank lent money to Mira Holt. Her headquarters are in Aarhus.")
    assert ("kestrel-bank", "locatedIn", "aarhus") not in got


def _with_implied_places(nlp, lang: str, text: str) -> tuple[set[tuple[str, str, str, str]], object]:
    from knowgraph.facts.relations import FAMILIES, RelationExtractor
    from knowgraph.facts.relations.implied_places import ImpliedPlaces

    with nlp.select_pipes(disable=["knowgraph_relations"]):
        doc = nlp(text)
    doc = RelationExtractor(nlp, lang, FAMILIES + (ImpliedPlaces,))(doc)
    return {(f.subject, f.relation, f.object, f.rule) for f in doc._.kg_facts}, doc


def test_a_towns_country_is_only_stated_where_the_text_names_it(nlp):
    # the default graph keeps to the text: "based in Toronto" says Toronto
    got = facts(nlp, "Brintel, a startup based in Toronto, sells sensors to hospitals.")
    assert ("brintel", "locatedIn", "toronto") in got
    assert ("brintel", "locatedIn", "canada") not in got


def test_implied_places_give_a_towns_region_and_country_on_request(nlp, fr):
    found, doc = _with_implied_places(nlp, "en", "Brintel, a startup based in Toronto, sells sensors to hospitals.")
    assert ("brintel", "locatedIn", "toronto", "en/locatedIn.verb") in found
    assert ("brintel", "locatedIn", "canada", "en/locatedIn.implied") in found
    assert doc._.kg_entities["canada"].type == "Place" and doc._.kg_entities["canada"].qid == "Q16"
    found, _ = _with_implied_places(fr, "fr", "La société lyonnaise Quillon a levé 8 millions d'euros.")
    assert ("quillon", "locatedIn", "france", "fr/locatedIn.implied") in found


def test_the_object_of_a_location_verb_is_what_is_there(nlp, fr):
    # the lab is in Berlin, not the company that set it up
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Kernwerk established a research lab in Berlin."))
    assert not any(r == "locatedIn" for _, r, _ in facts(fr, "Brintel a créé un centre de recherche à Lyon."))


def test_a_participle_of_another_noun_places_that_noun(nlp, fr):
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Velloro hired twelve engineers based in Oslo."))
    assert not any(r == "locatedIn" for _, r, _ in facts(fr, "Velloro a embauché des ingénieurs basés à Oslo."))
    # an organisation noun keeps its place: "a television network based in X", "a start-up based in X"
    got = facts(nlp, "The takeover of Velloro, a small start-up based in Porto, closed on Friday.")
    assert ("velloro", "locatedIn", "porto") in got
    got = facts(nlp, "Varn TV is a Danish television network based in Aarhus.")
    assert ("varn-tv", "locatedIn", "aarhus") in got


def test_a_region_after_a_preposition_encloses_the_town(fr):
    got = facts(fr, "La start-up Quillon est basée à Austin, au Texas.")
    assert {("quillon", "locatedIn", "austin"), ("quillon", "locatedIn", "texas")} <= got


def test_an_acronym_inside_a_description_in_apposition(nlp):
    got = facts(nlp, "Velloro, a Lisbon AI lab, released a new model for translators.")
    assert ("velloro", "locatedIn", "lisbon") in got
    got = facts(nlp, "The Toronto-based AI startup Corvane raised money from Nvidia.")
    assert ("corvane", "locatedIn", "toronto") in got


def test_a_fronted_participle_places_the_name_after_the_comma(nlp, fr):
    got = facts(nlp, "Headquartered in Oslo, the startup Tindra AI sells robots to farms.")
    assert ("tindra", "locatedIn", "oslo") in got
    got = facts(fr, "Basée à Lyon, la start-up Nexalia lève 5 millions d'euros.")
    assert ("nexalia", "locatedIn", "lyon") in got


def test_a_town_and_region_after_an_organisations_name(nlp):
    got = facts(nlp, "Velloro is the research arm of the Harwell University in Dayton, Ohio.")
    assert {("harwell-university", "locatedIn", "dayton"), ("harwell-university", "locatedIn", "ohio")} <= got
    # where a verb's object is, is where the action happened
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Google sued Kestrel Bank in Dayton, Ohio."))


def test_a_participle_after_an_apposition_places_the_name_before_it(nlp, fr):
    got = facts(fr, "Nexalia, le deuxième fabricant de robots en Europe, basé à Lyon, a conclu un partenariat.")
    assert ("nexalia", "locatedIn", "lyon") in got
    got = facts(nlp, "Kernwerk, the largest maker of robot arms in Europe, based in Munich, hired 40 engineers.")
    assert ("kernwerk", "locatedIn", "munich") in got


def test_a_nationality_after_a_descriptor_the_parser_cut(fr):
    # "start-up" read as three words, and the NER's span running on over "d'intelligence artificielle"
    got = facts(fr, "Nexalia, la start-up française de vision artificielle créée en juin, a levé 6 millions d'euros.")
    assert ("nexalia", "locatedIn", "france") in got


def test_a_nationality_before_a_name_the_parser_put_in_the_next_sentence(fr):
    got = facts(fr, "En Europe, seule l'allemande Kernwerk est aussi richement dotée.")
    assert ("kernwerk", "locatedIn", "germany") in got


def test_an_organisation_followed_by_its_town_and_country(nlp):
    text = "The film was animated by Toon Harbor Animation, Inc., Manila, Philippines, before its release."
    got = facts(nlp, text)
    org = next(s for s, r, _ in got if r == "locatedIn")
    assert {(org, "locatedIn", "manila"), (org, "locatedIn", "philippines")} <= got
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Investors included Google, Paris, and Amazon."))


def test_a_seat_of_no_one_named_is_the_seat_of_the_defined_subject(nlp):
    text = "Brenmoor Pharmacy was a network of 210 drugstores. The corporate headquarters was located in Coventry."
    assert ("brenmoor-pharmacy", "locatedIn", "coventry") in facts(nlp, text)
    # an article that does not open with a definition: whose headquarters is not said
    got = facts(nlp, "Microsoft bought Kernwerk. The headquarters are located in Berlin.")
    assert not any(r == "locatedIn" for _, r, _ in got)


def test_a_plural_description_with_a_nationality_names_no_one(fr):
    got = facts(fr, "Nexalia a levé des fonds. Les startups françaises ont levé 2,4 milliards d'euros en un trimestre.")
    assert not any(r == "locatedIn" for _, r, _ in got)


def test_washington_before_based_is_not_the_capital(nlp):
    # "Washington" alone is ambiguous (the state, the capital): it is no known place
    doc = nlp("Dozens of researchers will soon join the Washington-based chip maker Kestrel.")
    assert "washington-dc" not in doc._.kg_entities


def test_a_nationality_of_a_plural_noun_goes_to_the_examples_listed(nlp, fr):
    got = facts(
        nlp, "Velloro has the backing of several large Chinese internet companies, including Alibaba and Tencent."
    )
    assert {("alibaba", "locatedIn", "china"), ("tencent", "locatedIn", "china")} <= got
    got = facts(
        fr, "Bpifrance est actionnaire de plusieurs grandes startups françaises du secteur, telles que Mistral AI."
    )
    assert ("mistral-ai", "locatedIn", "france") in got


def test_a_second_seat_after_a_region(nlp):
    got = facts(nlp, "Brintel, based in Austin, Texas, and Tel Aviv, Israel, will build new chips.")
    assert {("brintel", "locatedIn", "tel-aviv"), ("brintel", "locatedIn", "israel")} <= got


def test_a_based_description_that_opens_the_sentence_then_the_name(nlp):
    got = facts(nlp, "Lisbon-based AI startup, Quillon has raised 40 million dollars in funding.")
    assert ("quillon", "locatedIn", "lisbon") in got
    # a description in the clause, then a reporter: the reporter is not placed
    got = facts(nlp, "Kestrel is a Paris-based startup, Reuters reported.")
    assert ("kestrel", "locatedIn", "paris") in got
    assert ("reuters", "locatedIn", "paris") not in got


def test_a_compound_with_a_part_that_is_no_nationality_names_no_country(fr):
    text = "La jeune pousse a levé des fonds auprès d'investisseurs anglo-saxons réputés, comme Iconiq Capital."
    assert not any(r == "locatedIn" for _, r, _ in facts(fr, text))


def test_people_named_before_of_and_an_organisation_work_for_it(nlp):
    got = facts(nlp, "The glacier was surveyed again in 2004 by Tom Harker and Paul Vance of the Ostrakon Foundation.")
    assert ("tom-harker", "worksFor", "ostrakon-foundation") in got
    assert ("paul-vance", "worksFor", "ostrakon-foundation") in got


def test_a_person_of_a_place_works_for_no_one(nlp):
    got = facts(nlp, "The chronicle was written for Queen Adela of Valmora in the twelfth century.")
    assert not any(r == "worksFor" for _, r, _ in got)


def test_a_person_before_of_and_an_organisations_possessive_is_not_its_employee(nlp):
    got = facts(nlp, "The letter reached Tom Harker of the Ostrakon Foundation's rival, Kernwerk Software.")
    assert ("tom-harker", "worksFor", "ostrakon-foundation") not in got


def test_a_person_with_her_own_organisation_before_a_list_keeps_it(nlp):
    got = facts(nlp, "The panel heard Kernwerk Software's Lena Varga and Paul Vance of the Ostrakon Foundation.")
    assert ("paul-vance", "worksFor", "ostrakon-foundation") in got
    assert ("lena-varga", "worksFor", "ostrakon-foundation") not in got


def test_teaching_at_an_organisation_is_working_for_it(nlp):
    got = facts(
        nlp, "Mira Holt joined the orchestra as first violist and soon began teaching at the Brintel School of Music."
    )
    assert ("mira-holt", "worksFor", "brintel-school-of-music") in got


def test_studying_at_an_organisation_is_not_working_for_it(nlp):
    got = facts(nlp, "Mira Holt studied at the Brintel School of Music before moving to Oslo.")
    assert not any(r == "worksFor" for _, r, _ in got)


def test_the_school_of_a_university_is_its_unit(nlp):
    got = facts(
        nlp, "Founded in 1961, the Ostrakon Business School is the graduate business school of Brintel University."
    )
    assert ("ostrakon-business-school", "subsidiaryOf", "brintel-university") in got


def test_an_imprint_of_a_publisher_is_its_unit(nlp):
    got = facts(nlp, "Quillon Press, an imprint of Ostrakon Publishing Group, published the novel in 1998.")
    assert ("quillon-press", "subsidiaryOf", "ostrakon-publishing") in got


def test_a_department_of_an_organisation_is_its_unit(nlp):
    got = facts(nlp, "Quillon Labs, the research department of Kernwerk Software, built the model.")
    assert ("quillon", "subsidiaryOf", "kernwerk-software") in got


def test_a_ministry_named_department_is_no_unit_of_a_person(nlp):
    got = facts(nlp, "Tom Harker, of the Department of Energy, said the grid would hold.")
    assert not any(r == "subsidiaryOf" for _, r, _ in got)


def test_event_named_with_a_nationality_holds_no_place(nlp):
    # the NER may call a war or a prize an organisation: its name holds no fact, nor a part of it
    got = facts(nlp, "During the Valmoran Civil War he ran a foundry in the hills.")
    assert not any(r == "locatedIn" for _, r, _ in got)
    doc = nlp("After long talks at Quillon Hall in Oslo, the Quillon Hall Accords were signed in spring.")
    assert not any(m.text.endswith("Accords") for m in doc.spans["kg_mentions"])
    assert not any(f.relation == "partnerOf" for f in doc._.kg_facts)


def test_name_that_holds_a_genitive_is_one_organisation(nlp):
    # a capitalised common noun after the clitic continues the name; a name of its own would not
    got = facts(nlp, "Lucy Marsh is the founder of NEXA's List, a political action committee.")
    assert any(s.startswith("nexa") and s.endswith("list") and r == "foundedBy" for s, r, _ in got), got
    assert ("nexa", "foundedBy", "lucy-marsh") not in got
    assert not any(r == "subsidiaryOf" for _, r, _ in got)


def test_post_of_the_state_is_no_organisation(nlp):
    doc = nlp("Dana Quill, a senior party member, was Norway's Minister of Fisheries and Coastal Affairs until 2015.")
    assert not any(m.text.startswith("Minister") for m in doc.spans["kg_mentions"])
    assert not any(f.relation == "locatedIn" for f in doc._.kg_facts)


def test_name_qualifying_the_subject_is_not_the_subject(nlp):
    got = facts(nlp, "Orbitron crews sailing abroad are part of the Quillon Fleet Service and wear its uniform.")
    assert not any(r == "subsidiaryOf" for _, r, _ in got)


def test_person_whose_birth_the_opening_parenthesis_gives(nlp):
    text = "Ysolde Vantre (born 1951) is a Valmoran novelist. The niece of Piet Aalders, she later joined Nexalia."
    got = facts(nlp, text)
    assert ("ysolde-vantre", "worksFor", "nexalia") in got
    assert ("piet-aalders", "worksFor", "nexalia") not in got


def test_definite_description_means_what_a_copula_described_with_it(nlp):
    text = (
        "The Harwick Gazette is the weekly newspaper of the Orvane Guild of Harwick, read by its members. "
        "It calls itself the oldest paper of the county. The newspaper was founded in 1861 by Tobias Reindl."
    )
    got = facts(nlp, text)
    assert ("harwick-gazette", "foundedBy", "tobias-reindl") in got
    assert not any(s.startswith("orvane") and r == "foundedBy" for s, r, _ in got)


def test_capitalised_head_after_an_indefinite_article_describes(nlp):
    doc = nlp("Quillon Institute of Design is a Danish state-funded Design School, a member of Nexalia Group.")
    assert not any(m.text == "Design School" for m in doc.spans["kg_mentions"])
    got = {(f.subject, f.relation, f.object) for f in doc._.kg_facts}
    assert ("quillon-institute-of-design", "locatedIn", "denmark") in got


def test_apposition_describes_the_whole_name_before_it(nlp):
    # the name before the comma is the NER's longer one, not its last word
    doc = nlp("Since 1990 Dana Quill has led the House of Orvane, the Valmoran noble family.")
    assert any(m.text == "House of Orvane" for m in doc.spans["kg_mentions"])
    assert not any(m.text == "Orvane" for m in doc.spans["kg_mentions"])


def test_field_of_a_chair_before_a_second_title_is_no_person(nlp):
    text = "Mara Lenz is a historian and Tobias Reindl Professor of Valmoran Studies, Director of Nexalia Institute."
    doc = nlp(text)
    assert not any(m.text == "Valmoran Studies" and m.label_ == "Person" for m in doc.spans["kg_mentions"])
    assert not any(f.subject.startswith("valmoran") for f in doc._.kg_facts)


def test_unknown_town_the_ner_runs_into_its_country(nlp):
    got = facts(nlp, "Quillon University is a public research university in Ekwara, Nigeria.")
    assert ("quillon-university", "locatedIn", "nigeria") in got
    assert ("quillon-university", "locatedIn", "ekwara") in got  # the town no gazetteer knows, as a place


def test_research_fellow_at_an_institute_works_there(nlp):
    assert ("lucy-marsh", "worksFor", "orvane-institute") in facts(
        nlp, "Lucy Marsh is a senior fellow at the Orvane Institute."
    )
    # a fellowship of a learned society is an honour, no employment
    assert not facts(nlp, "Piet Aalders is a Fellow of the Royal Society of Quillon.")


def test_company_before_a_chairperson_and_a_coordinated_title(nlp):
    got = facts(
        nlp, "Tom Berg said that Velkor chairperson Lucy Marsh and chief executive Piet Aalders asked him to go."
    )
    assert ("lucy-marsh", "worksFor", "velkor") in got
    assert ("piet-aalders", "ceoOf", "velkor") in got


def test_vice_before_a_title_is_no_company(nlp):
    doc = nlp("Later, Vice Chairman Lucy Marsh met Tom Berg in Oslo.")
    assert not any(m.text == "Vice" for m in doc.spans["kg_mentions"])
    assert not any(f.relation == "worksFor" for f in doc._.kg_facts)


def test_name_an_acronym_in_parentheses_follows_is_an_organisation(nlp):
    text = "Piet Aalders (born 1950), an engineer, was once CEO of Valmora Ferjer (VFJ)."
    assert ("piet-aalders", "ceoOf", "valmora-ferjer") in facts(nlp, text)
    doc = nlp("Research on Artificial General Intelligence (AGI) grew in San Tessaro (ST).")
    assert not any(m.label_ == "Organization" for m in doc.spans["kg_mentions"])


def test_copula_with_a_product_noun_types_a_product(nlp):
    text = "Orvane Fizz is a lightly sparkling beverage made from pears. Since 2009, Orvane Fizz has been owned by Nexalia."
    doc = nlp(text)
    assert doc._.kg_entities["orvane-fizz"].type == "Product"
    assert not any(f.relation == "subsidiaryOf" for f in doc._.kg_facts)


def test_capitalised_modifier_after_a_nationality_is_no_name(nlp):
    text = "The video showed support for the Chilean Orvanist rebel organization and its leader Tom Berg."
    doc = nlp(text)
    assert not any(m.text == "Orvanist" for m in doc.spans["kg_mentions"])
    assert not any(f.relation == "locatedIn" for f in doc._.kg_facts)


def test_naming_phrase_of_a_later_noun_names_no_object(nlp):
    # "known as" names the range, not the copies sold
    text = "In 2024 Orvane Labs shipped enough units to be placed in the budget line known as Quill-7."
    assert not any(r == "developedBy" for _, r, _ in facts(nlp, text))
    text = "In 2024 Orvane Labs released a model known as Quill-7 to the public."
    assert any(r == "developedBy" and s == "quill-7" for s, r, _ in facts(nlp, text))


def test_joining_a_party_a_band_or_an_army_is_no_employment(nlp):
    for text in (
        "Piet Aalders joined the Valmora Labour Party in 1950.",
        "Piet Aalders joined the band Quillon in 1990.",
        "Lucy Marsh joined the Royal Navy in 1940.",
        "Tom Berg, president of the Orvane Liberation Front, spoke in Oslo.",
        "Lucy Marsh led the Valmora Socialist Movement from 1980.",
        "Tom Berg (born 1941) leads the House of Orvane, an old noble family.",
    ):
        assert not any(r in ("worksFor", "ceoOf") for _, r, _ in facts(nlp, text)), text
    assert ("lucy-marsh", "worksFor", "orbitron") in facts(nlp, "Lucy Marsh later joined Orbitron in 1999.")


def test_known_name_and_several_organisation_words_is_one_name(nlp):
    doc = nlp("Quillon Records is a division of Sony Music Entertainment.")
    assert any(m.text == "Sony Music Entertainment" for m in doc.spans["kg_mentions"])
    assert not any(m.text == "Entertainment" for m in doc.spans["kg_mentions"])


def test_fronted_founding_participle_with_its_date(nlp):
    # the parse of the main clause is lost: the words after the founders and their date decide
    text = (
        "Founded by Sir Tobias Reindl in 1912, the History of Orvane Society (formally 'section'), at the "
        "Quillon Institute of Letters (QIL), based in Leeds, ranks among the oldest bodies of its kind."
    )
    assert ("history-of-orvane-society", "foundedBy", "tobias-reindl") in facts(nlp, text)


def test_an_aside_in_brackets_after_a_listed_person_keeps_the_list(nlp):
    got = facts(
        nlp, "The glacier was surveyed in 2004 by Nora Ekwall (geology) and Paul Vance of the Ostrakon Foundation."
    )
    assert ("nora-ekwall", "worksFor", "ostrakon-foundation") in got
    assert ("paul-vance", "worksFor", "ostrakon-foundation") in got


def test_an_organisation_in_brackets_or_a_relative_clause_ends_the_list_of_people(nlp):
    text = (
        "The glacier was surveyed in 2004 by Nora Ekwall (Kernwerk Software) and Paul Vance of the Ostrakon Foundation."
    )
    got = facts(nlp, text)
    assert ("paul-vance", "worksFor", "ostrakon-foundation") in got
    assert ("nora-ekwall", "worksFor", "ostrakon-foundation") not in got
    text = "The glacier was surveyed in 2004 by Nora Ekwall, who later left, and Paul Vance of the Ostrakon Foundation."
    assert ("nora-ekwall", "worksFor", "ostrakon-foundation") not in facts(nlp, text)


def test_a_places_possessive_before_a_company_descriptor_places_the_name(nlp):
    assert ("nexalia", "locatedIn", "france") in facts(nlp, "Nexalia, France's biggest AI lab, raised $50 million.")
    assert ("nexalia", "locatedIn", "france") in facts(nlp, "France's biggest AI lab, Nexalia, raised $50 million.")
    # an investor of a place may come from anywhere
    got = facts(nlp, "Kernwerk Systems is Brazil's biggest investor in AI.")
    assert ("kernwerk-systems", "locatedIn", "brazil") not in got


def test_nationality_of_a_company_whose_one_word_name_the_parser_calls_a_person(nlp):
    got = facts(nlp, "Veltron is a Japanese electronics company.")
    assert ("veltron", "locatedIn", "japan") in got
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Dana Brook is an American business executive."))


def test_person_completing_a_founders_description_is_no_founder(nlp):
    got = facts(nlp, "Stellix was founded by Mark Steel, a former pupil of Lucy Marsh at Valmont University.")
    assert ("stellix", "foundedBy", "lucy-marsh") not in got
    got = facts(nlp, "Stellix was set up in 1990 by Mark Steel, the nephew of Lucy Marsh.")
    assert ("stellix", "foundedBy", "lucy-marsh") not in got


def test_alumnus_of_a_school_is_a_former_student_not_an_employee(nlp):
    got = facts(nlp, "Mark Steel, an alumnus of Valmont University, later joined Orbitron.")
    assert ("mark-steel", "worksFor", "orbitron") in got
    assert ("mark-steel", "worksFor", "valmont-university") not in got
    got = facts(nlp, "Mark Steel, a former student at Valmont University, started Stellix.")
    assert ("mark-steel", "worksFor", "valmont-university") not in got
    assert ("mark-steel", "worksFor", "orbitron") in facts(nlp, "Mark Steel, an Orbitron alumnus, now runs a bakery.")


def test_relative_of_a_person_is_the_subject_not_the_person(nlp):
    got = facts(nlp, "Mark Steel's father worked for Orbitron for thirty years.")
    assert ("mark-steel", "worksFor", "orbitron") not in got
    got = facts(nlp, "Lucy Marsh's brother founded Orbitron in 1988.")
    assert ("orbitron", "foundedBy", "lucy-marsh") not in got


def test_every_country_has_its_demonym(nlp):
    assert ("stellix", "locatedIn", "mali") in facts(nlp, "Stellix is a Malian telecom company.")
    assert ("ferrix", "locatedIn", "jordan") in facts(nlp, "Ferrix, a Jordanian bank, opened its doors in 1990.")


def test_country_named_like_a_person_needs_a_place_context(nlp):
    got = facts(nlp, "Jordan Reyes joined Stellix after a season with Chad United.")
    assert ("jordan-reyes", "worksFor", "stellix") in got
    got = facts(nlp, "Stellix, based in Amman, Jordan, makes drones for farmers.")
    assert ("stellix", "locatedIn", "jordan") in got


def test_town_and_state_both_place_an_organisation(nlp):
    got = facts(nlp, "Orbitron is headquartered in Little Rock, Arkansas.")
    assert ("orbitron", "locatedIn", "little-rock") in got
    assert ("orbitron", "locatedIn", "arkansas") in got


def test_unknown_town_before_a_comma_and_a_known_place_is_a_place(nlp):
    got = facts(nlp, "Harlow Bank is a savings company based in Uyo, Nigeria.")
    assert ("harlow-bank", "locatedIn", "uyo") in got
    assert ("harlow-bank", "locatedIn", "nigeria") in got
    # a possessive after the comma is no address: the name before it is no town
    doc = nlp("Lucy Marsh invested in Tolvane, Germany's largest robot maker.")
    assert not any(e.type == "Place" and e.name == "Tolvane" for e in doc._.kg_entities.values())


def test_town_before_the_organisation_noun_of_a_copula(nlp):
    got = facts(nlp, "Orbitron is a Seattle company that makes sonar buoys.")
    assert ("orbitron", "locatedIn", "seattle") in got
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Orbitron is a Seattle company's main supplier."))


def test_origin_of_an_organisation_noun_in_a_copula(nlp):
    got = facts(nlp, "Stellix Records is a small music label from Hamburg.")
    assert ("stellix-records", "locatedIn", "hamburg") in got
    assert ("orbitron", "locatedIn", "finland") in facts(nlp, "Orbitron is a software company from Finland.")
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Orbitron hired a team of welders from Boston."))


def test_nationality_of_a_label_whose_name_the_parser_calls_a_person(nlp):
    got = facts(nlp, "Stellix Records is a German record label founded in 1978.")
    assert ("stellix-records", "locatedIn", "germany") in got


def test_french_demonym_of_a_country_added_with_the_others(fr):
    got = facts(fr, "La start-up jordanienne Kernwerk a levé trois millions d'euros auprès de Quillon.")
    assert ("kernwerk", "locatedIn", "jordan") in got


def test_place_named_after_a_place_noun_of_a_location_verb(nlp):
    assert ("orbitron", "locatedIn", "lyon") in facts(nlp, "Orbitron is headquartered in the city of Lyon.")
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Orbitron is based in the spirit of Lyon."))


def test_person_described_by_a_noun_of_people_too_stays_no_organisation(nlp):
    # the parser's person class stands when the noun describes people too, or the name has a person's shape
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Osmund Velle is a British broadcaster and journalist."))
    assert not any(r == "locatedIn" for _, r, _ in facts(nlp, "Tarquin Oduya is a Nigerian broadcaster."))


def test_a_copula_noun_that_describes_people_too_names_no_organisation(nlp):
    doc = nlp("Osmund Velle is a British broadcaster and journalist. He joined Orbitron in 1990.")
    assert doc._.kg_entities["osmund-velle"].type == "Person"
