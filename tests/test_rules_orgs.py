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
