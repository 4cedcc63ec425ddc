"""Relations between organisations: partners, rivals, compute, parents and projects, in the ways real news
says them. Every sentence is the project's own, with invented names."""

from __future__ import annotations

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
def test_en_rivals_after_object_noun_are_not_each_others(en):
    found = facts(en, "Nexalia, the Paris startup, is catching up with rivals Brintel and Quillon.")
    assert ("brintel", "competitorOf", "quillon") not in found


def test_en_to_rival_headline_verb(en):
    """ "a chip to rival A and B": the verb read as a noun; the rivals are the subject's."""
    found = facts(en, "Nexalia releases a new chip to rival Nvidia and AMD.")
    assert ("nexalia", "competitorOf", "nvidia") in found
    assert ("amd", "competitorOf", "nvidia") not in found
