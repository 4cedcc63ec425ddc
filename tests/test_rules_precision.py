"""Precision on new text: statements that look like a deal or a list but assert none, on sentences written for
these tests (not from any corpus), with the real spaCy models."""

import pytest
from conftest import events, facts

pytestmark = pytest.mark.filterwarnings("ignore")


def test_a_lead_investor_before_led_is_never_the_company_raising(en):
    found = events(en, "Kestrel Robotics raised $300 million in a Harbourline-led financing, the company said.", "en")
    investees = {e.roles["investee"] for e in found if e.type == "Investment"}
    assert ("harbourline",) not in investees
    assert ("kestrel-robotics",) in investees


def test_a_round_that_will_gather_investors_is_planned(fr):
    text = (
        "La start-up Corvane va lever environ 80 millions d'euros. La levée, menée par le fonds "
        "Pell Capital, réunira plusieurs investisseurs et valorisera la société à 500 millions d'euros."
    )
    assert not any(r == "investedIn" for _, r, _ in facts(fr, text))
    assert not [e for e in events(fr, text, "fr") if e.type == "Investment"]


def test_an_organisation_of_another_ends_the_list_of_backers(fr):
    got = facts(
        fr,
        "Le marché est dominé par des start-up comme la société Norvane, soutenue par Microsoft et Lumetra de Google.",
    )
    assert ("microsoft", "investedIn", "norvane") in got
    assert ("lumetra", "investedIn", "norvane") not in got


def test_it_never_stands_for_a_person(en):
    got = facts(
        en,
        "Last year it recruited Mara Lenz, a well-known researcher, and in June it unveiled a partnership "
        "with NASA to open the Orbital Reasoning Lab.",
    )
    assert not any(r == "foundedBy" and o == "mara-lenz" for _, r, o in got)


def test_one_of_the_founders_of_a_company_is_not_the_company(en):
    got = facts(
        en,
        "Halvard Systems was founded by Ines Moreau. One of the founders of Zentrik and Pallo, among others, "
        "has invested in the company.",
    )
    assert not any(r == "investedIn" for _, r, _ in got)


def test_a_possessive_title_is_not_guessed_when_another_company_is_named(fr):
    got = facts(
        fr,
        "Orbis a pris des parts dans Velanor. En mai, Quillon a signé un accord avec Dravik Labs, spécialiste "
        "des données, en recrutant son dirigeant Paul Mercier sans racheter la société, rapporte la presse.",
    )
    assert not any(s == "paul-mercier" and o == "orbis" for s, _, o in got)


def test_a_plural_of_an_acronym_after_a_possessive_is_no_unit(en):
    got = facts(en, "Orbis trains its models on Google's TPUs, the company said.")
    assert not any(r == "subsidiaryOf" for _, r, _ in got)


def test_a_name_before_a_finite_verb_opens_a_new_clause_after_a_complement_list(en):
    got = facts(
        en,
        "Harbourline agreed to invest up to $2 billion in Corvane AI and Quillon committed another $1 billion, "
        "the companies said.",
    )
    assert ("harbourline", "investedIn", "quillon") not in got


def test_rivals_only_said_to_be_so_are_reported(fr, en):
    """What others present two companies as ("souvent présentés comme rivaux", "often billed as a
    rival") is reported, not stated by the text; the plain statement stays a fact."""
    stated = "Anthropic et le français Mistral AI sont rivaux sur les modèles ouverts."
    said = "Anthropic et le français Mistral AI sont souvent présentés comme rivaux sur les modèles ouverts."
    assert ("anthropic", "competitorOf", "mistral-ai") in facts(fr, stated)
    assert ("anthropic", "competitorOf", "mistral-ai") in facts(fr, said, "Reported") - facts(fr, said)
    stated = "The startup Kernwerk is a rival of Brintel."
    said = "The startup Kernwerk is often billed as a rival of Brintel."
    assert ("brintel", "competitorOf", "kernwerk") in facts(en, stated)
    assert ("brintel", "competitorOf", "kernwerk") in facts(en, said, "Reported") - facts(en, said)


# Wrong triples seen this morning, each on an invented sentence of the same shape.


def test_a_source_named_before_a_title_that_runs_into_its_verb_is_not_its_holder(fr, en):
    """ "Selon X, le fondateur de Y a menti": the title is the clause's subject, not an apposition of the
    source; closed by a comma it is one ("Selon X, fondateur de Y, le marché ...")."""
    got = facts(fr, "Selon Paul Roux, le fondateur de Kernwerk a menti aux investisseurs.")
    assert not any(r == "foundedBy" for _, r, _ in got)
    got = facts(en, "According to Paul Roux, the founder of Kernwerk lied to investors.")
    assert not any(r == "foundedBy" for _, r, _ in got)
    got = facts(en, "According to Paul Roux, the founder of Kernwerk, the market will grow.")
    assert ("kernwerk", "foundedBy", "paul-roux") in got


def test_a_deputy_or_the_head_of_a_part_works_for_the_organisation(fr, en):
    """ "directeur général délégué de X", "patron de l'IA chez X", "CEO of the cloud unit of X": worksFor X,
    not ceoOf X; the plain title still heads X."""
    for text in (
        "Paul Roux, directeur général délégué de Kernwerk, a présenté le modèle Ostra.",
        "Paul Roux, patron de l'IA chez Kernwerk, a parlé.",
    ):
        got = facts(fr, text)
        assert ("paul-roux", "worksFor", "kernwerk") in got
        assert ("paul-roux", "ceoOf", "kernwerk") not in got
    for text in ("Paul Roux, deputy CEO of Kernwerk, spoke.", "Paul Roux, CEO of the cloud unit of Kernwerk, spoke."):
        got = facts(en, text)
        assert ("paul-roux", "worksFor", "kernwerk") in got
        assert ("paul-roux", "ceoOf", "kernwerk") not in got
    got = facts(fr, "Paul Roux, directeur général de Kernwerk, a présenté le modèle Ostra.")
    assert ("paul-roux", "ceoOf", "kernwerk") in got


def test_a_rival_noun_is_no_maker_s_product(fr, en):
    """ "launched a ChatGPT competitor", "a lancé un concurrent de ChatGPT": the name the rival noun hangs on
    is the rival, not what the verb's subject made."""
    for got in (
        facts(en, "Kernwerk launched a ChatGPT competitor last week."),
        facts(en, "Kernwerk is building a ChatGPT rival."),
        facts(fr, "Kernwerk a lancé un concurrent de ChatGPT."),
    ):
        assert ("chatgpt", "developedBy", "kernwerk") not in got


def test_heading_a_part_of_a_group_is_not_heading_the_group(fr):
    """ "Paul Roux dirige la filiale du groupe X": the subsidiary is what he heads, not X."""
    for text in ("Paul Roux dirige la filiale du groupe Kernwerk.", "Paul Roux dirige la division cloud de Kernwerk."):
        assert ("paul-roux", "ceoOf", "kernwerk") not in facts(fr, text)
    assert ("paul-roux", "ceoOf", "kernwerk") in facts(fr, "Paul Roux dirige Kernwerk depuis 2020.")


@pytest.mark.xfail(strict=True, reason="fr_core_news_md tags 'dirige' a proper noun in this bare four-word sentence")
def test_fr_a_bare_four_word_heading_sentence(fr):
    assert ("paul-roux", "ceoOf", "kernwerk") in facts(fr, "Paul Roux dirige Kernwerk.")


def test_founding_ones_own_company_after_a_past_employer_is_a_new_company(fr, en):
    """ "X est passé par Kernwerk avant de fonder sa société": the company founded is his own, new one, not
    the organisation named before (only a name right after it says which)."""
    got = facts(fr, "Paul Roux est passé par Kernwerk avant de fonder sa société.")
    assert ("kernwerk", "foundedBy", "paul-roux") not in got
    got = facts(en, "Paul Roux worked at Kernwerk before founding his company.")
    assert ("kernwerk", "foundedBy", "paul-roux") not in got
    got = facts(fr, "Paul Roux est passé par Kernwerk avant de fonder sa société, Quillon.")
    assert ("kernwerk", "foundedBy", "paul-roux") not in got


def test_the_product_named_with_its_possessive_uses_the_model(en):
    """ "its Ostra AI chatbot is based on X": the product named before its class noun is the user, not the
    company the possessive stands for."""
    got = facts(en, "Brintel said its Quillon AI chatbot is based on the GPT-4 model.")
    assert ("brintel", "usesModel", "gpt-4") not in got
    assert ("quillon", "usesModel", "gpt-4") in got


@pytest.mark.parametrize(
    "text",
    [
        "Valmora ouvrira à Quillon son offre d'hébergement Nuvela et ses puces propriétaires.",
        "Valmora vend ses serveurs Nuvela et ses logiciels concurrents.",
    ],
)
def test_an_adjective_after_its_noun_is_no_role_noun(fr, text):
    """ "ses puces propriétaires" (its own chips), not "le propriétaire de": no owner and no rival."""
    found = facts(fr, text)
    assert not {f for f in found if f[1] in ("subsidiaryOf", "competitorOf", "developedBy")}, found


def test_en_a_company_led_by_its_chief_executive_is_no_round_led(en):
    got = facts(en, "Corvane Labs, led by chief executive Mara Quist, raised $40 million from Pell Capital.")
    assert ("mara-quist", "investedIn", "corvane") not in got
    assert ("mara-quist", "ceoOf", "corvane") in got


def test_en_a_round_led_by_an_investor_is_still_read(en):
    got = facts(en, "Corvane Labs raised $40 million in a round led by Pell Capital.")
    assert ("pell-capital", "investedIn", "corvane") in got


def test_en_chips_or_shares_of_a_company_bought_are_no_acquisition_of_it(en):
    for text in (
        "Corvane Labs bought 8,000 Nvidia chips for its new cluster.",
        "Corvane Labs will buy Nvidia GPUs from Pell Cloud.",
        "Corvane Labs quietly bought Nvidia shares last spring.",
    ):
        assert not any(r == "acquired" for _s, r, _o in facts(en, text)), text


def test_en_a_company_described_after_the_name_bought_is_still_acquired(en):
    got = facts(en, "Corvane Labs bought the Quillon startup for $90 million.")
    assert ("corvane", "acquired", "quillon") in got


def test_fr_no_intention_to_use_a_model_is_no_use(fr):
    """ "n'a pas l'intention de s'appuyer sur X": the infinitive shares the negated verb's status, wherever the
    parser hangs it (fr_core_news_md: an adverbial clause of the verb)."""
    text = "La société Nexalia n'a pas l'intention, selon son patron, de s'appuyer sur les modèles Llama de Meta."
    assert ("nexalia", "usesModel", "llama") not in facts(fr, text)


def test_a_relative_clause_on_a_nameless_noun_takes_no_subject_from_further_left(en):
    # closed by the rule that an active "power" wants both of its parties named (not a pronoun), not by the
    # reverted subject search
    text = (
        "Nexalia released its Orbi model in May. It also lands at a time when the ties between small labs and "
        "the cloud firms that power them are shifting fast."
    )
    assert not any(r == "usesModel" for _, r, _ in facts(en, text))


def test_a_name_in_the_phrase_a_relative_clause_describes_gives_its_subject(en):
    text = "The new cash will help Nexalia's search engine which competes with Brintel Search."
    assert ("brintel-search", "competitorOf", "nexalia") in facts(en, text)


def test_a_unit_word_ending_an_organisations_name_is_no_relational_noun(en):
    text = "Firms picked for the grants include Orbis Robotics, Quillon Analytics, Vexa Lab by Kernwerk Systems, Nexalia, Pellbrook and Dovetail AI."
    assert not any(r == "subsidiaryOf" and o == "vexa" for _, r, o in facts(en, text))
    # the same word after the name is one
    assert ("vexa", "subsidiaryOf", "kernwerk-systems") in facts(
        en, "Vexa Lab, a unit of Kernwerk Systems, builds chips."
    )


def test_a_noun_complement_is_not_read_past_a_contrasting_clause(fr):
    # the linear reading of a noun's complement stops at ", mais": what follows is another clause
    got = facts(fr, "Orbitron a finalisé son acquisition, mais les dirigeants de Nexalia restent prudents.")
    assert ("orbitron", "acquired", "nexalia") not in got


def test_launching_a_named_company_in_a_country_is_no_founding(fr):
    got = facts(fr, "Il avait été recruté en 2019 par Pierre Aubert, alors chargé de lancer Nexalia en Allemagne.")
    assert not any(r == "foundedBy" for _, r, _ in got)
    # a start-up described and launched in a country may be founded there
    got = facts(fr, "Pierre Aubert a lancé la start-up Nexalia en France en 2019.")
    assert ("nexalia", "foundedBy", "pierre-aubert") in got


def test_a_contrasting_clause_keeps_its_own_subject(fr):
    got = facts(
        fr,
        "Orange vend des serveurs à la start-up Quillon, tandis que la start-up allemande Nexalia, établie à Berlin, "
        "a signé un accord avec l'américain Oracle.",
    )
    assert not any(r == "partnerOf" and "orange" in (s, o) for s, r, o in got)
    assert ("nexalia", "partnerOf", "oracle") in got or ("oracle", "partnerOf", "nexalia") in got
