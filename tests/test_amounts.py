"""Tests for knowgraph.facts.amounts: monetary amounts in French and English text."""

from __future__ import annotations

import dataclasses
import doctest
from decimal import Decimal

import pytest

import knowgraph.facts.amounts
from knowgraph.facts.amounts import MonetaryAmount, as_xsd_decimal, find_amounts, parse_amount

D = Decimal


def summary(amount: MonetaryAmount) -> tuple:
    """(text, value or (min, max), currency, approximate) of an amount."""
    value = amount.value if amount.value is not None else (amount.min_value, amount.max_value)
    return amount.text, value, amount.currency, amount.approximate


def check(sentence: str, lang: str, expected: list[tuple]) -> None:
    found = find_amounts(sentence, lang)
    assert [summary(a) for a in found] == expected
    for amount in found:
        assert sentence[amount.start : amount.end] == amount.text
    assert [a.start for a in found] == sorted(a.start for a in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


FRENCH = [
    (
        "Quillon a déboursé un demi-milliard de dollars pour ce rachat.",
        [("un demi-milliard de dollars", D("500000000"), "USD", False)],
    ),
    # every tens word, hyphenated ones too, before a scale word
    (
        "Nexalia a levé quatre-vingts millions d'euros, puis soixante-dix millions de dollars.",
        [
            ("quatre-vingts millions d'euros", D("80000000"), "EUR", False),
            ("soixante-dix millions de dollars", D("70000000"), "USD", False),
        ],
    ),
    (
        "Au total, Microsoft aurait injecté 13,75 milliards de dollars dans le laboratoire.",
        [("13,75 milliards de dollars", D("13750000000"), "USD", False)],
    ),
    (
        "Le rachat serait valorisé entre 400 et 650 millions de dollars selon deux sources.",
        [("entre 400 et 650 millions de dollars", (D("400000000"), D("650000000")), "USD", False)],
    ),
    (
        "Le montant, compris entre 400 et 650 millions de dollars, n'a pas été confirmé.",
        [("compris entre 400 et 650 millions de dollars", (D("400000000"), D("650000000")), "USD", False)],
    ),
    (
        "La jeune pousse chercherait de 400 à 650 millions d'euros auprès de fonds américains.",
        [("de 400 à 650 millions d'euros", (D("400000000"), D("650000000")), "EUR", False)],
    ),
    (
        "Le groupe de défense rachète la pépite bordelaise pour 665 millions $.",
        [("665 millions $", D("665000000"), "USD", False)],
    ),
    (
        "Le fabricant de puces pourrait lever 2 Md$ supplémentaires cet automne.",
        [("2 Md$", D("2000000000"), "USD", False)],
    ),
    ("L'hébergeur roubaisien a levé 300 M€ auprès d'un fonds souverain.", [("300 M€", D("300000000"), "EUR", False)]),
    (
        "La start-up lyonnaise boucle un tour de table de 105 millions d'euros.",
        [("105 millions d'euros", D("105000000"), "EUR", False)],
    ),
    ("L’éditeur a levé 1,5 milliard d’euros en deux ans.", [("1,5 milliard d’euros", D("1500000000"), "EUR", False)]),
    (
        "Le groupe investira 10 milliards de dollars (9,2 milliards d'euros) dans ses centres de données.",
        [
            ("10 milliards de dollars", D("10000000000"), "USD", False),
            ("9,2 milliards d'euros", D("9200000000"), "EUR", False),
        ],
    ),
    ("La région apporte 500 000 euros à l'incubateur.", [("500 000 euros", D("500000"), "EUR", False)]),
    ("La région apporte 500\u00a0000 € à l'incubateur.", [("500\u00a0000 €", D("500000"), "EUR", False)]),
    ("La région apporte 500\u202f000 € à l'incubateur.", [("500\u202f000 €", D("500000"), "EUR", False)]),
    (
        "Le fonds londonien a misé 2 millions de livres sterling sur la jeune pousse.",
        [("2 millions de livres sterling", D("2000000"), "GBP", False)],
    ),
    (
        "Un milliard de dollars : c'est ce qu'aurait coûté l'entraînement du modèle.",
        [("Un milliard de dollars", D("1000000000"), "USD", False)],
    ),
    ("Le studio nantais a obtenu 50 M$ de financement.", [("50 M$", D("50000000"), "USD", False)]),
    ("Le projet est estimé à 1 Mds € par les analystes.", [("1 Mds €", D("1000000000"), "EUR", False)]),
    ("Le géant allemand débloque 3,5 Md€ pour l'IA.", [("3,5 Md€", D("3500000000"), "EUR", False)]),
    (
        "Le fonds koweïtien aurait apporté $2 milliards au tour de table.",
        [("$2 milliards", D("2000000000"), "USD", False)],
    ),
    (
        "La société a levé près de 2 milliards d’euros depuis sa création.",
        [("près de 2 milliards d’euros", D("2000000000"), "EUR", True)],
    ),
    (
        "La société pourrait investir jusqu'à 3 milliards d'euros.",
        [("jusqu'à 3 milliards d'euros", (None, D("3000000000")), "EUR", True)],
    ),
    (
        "Le laboratoire a levé plus d'un milliard d'euros en dix-huit mois.",
        [("plus d'un milliard d'euros", (D("1000000000"), None), "EUR", True)],  # a minimum only
    ),
    (
        "Le contrat pèse environ 3 milliards de dollars sur cinq ans.",
        [("environ 3 milliards de dollars", D("3000000000"), "USD", True)],
    ),
    (
        "Un soutien public de 20 millions d’euros s’ajoute aux 2 milliards de $US promis.",
        [("20 millions d’euros", D("20000000"), "EUR", False), ("2 milliards de $US", D("2000000000"), "USD", False)],
    ),
    (
        "Les montants vont de 500 000 à 2 millions d'euros par projet.",
        [("de 500 000 à 2 millions d'euros", (D("500000"), D("2000000")), "EUR", False)],
    ),
    ("Le marché représenterait 400-650 M€ en 2027.", [("400-650 M€", (D("400000000"), D("650000000")), "EUR", False)]),
    (
        "Le groupe chinois dépense 2 milliards de yuans par an.",
        [("2 milliards de yuans", D("2000000000"), "CNY", False)],
    ),
]

ENGLISH = [
    ("Microsoft has committed $13.75 billion to the lab so far.", [("$13.75 billion", D("13750000000"), "USD", False)]),
    (
        "Two people familiar with the matter valued the deal at $400m-$650m.",
        [("$400m-$650m", (D("400000000"), D("650000000")), "USD", False)],
    ),
    (
        "Analysts put the price at $400 million to $650 million, including earn-outs.",
        [("$400 million to $650 million", (D("400000000"), D("650000000")), "USD", False)],
    ),
    (
        "The company is said to be seeking between $400 and $650 million from investors.",
        [("between $400 and $650 million", (D("400000000"), D("650000000")), "USD", False)],
    ),
    ("The Paris startup raised €300M in a round led by a Boston fund.", [("€300M", D("300000000"), "EUR", False)]),
    (
        "It signed a five-year agreement worth 1.3bn dollars to supply GPUs.",
        [("1.3bn dollars", D("1300000000"), "USD", False)],
    ),
    (
        "The Edinburgh startup was acquired for £50 million in cash and shares.",
        [("£50 million", D("50000000"), "GBP", False)],
    ),
    ("The lab raised $6.6bn in its latest round.", [("$6.6bn", D("6600000000"), "USD", False)]),
    ("The sovereign fund pledged US$2 billion to the venture.", [("US$2 billion", D("2000000000"), "USD", False)]),
    ("A grant of $10,000,000 will fund the new research centre.", [("$10,000,000", D("10000000"), "USD", False)]),
    (
        "The group will spend €1.2 billion ($1.3 billion) on data centres.",
        [("€1.2 billion", D("1200000000"), "EUR", False), ("$1.3 billion", D("1300000000"), "USD", False)],
    ),
    ("Investors are circling a $1 billion round for the chipmaker.", [("$1 billion", D("1000000000"), "USD", False)]),
    (
        "The Beijing firm spent 2 billion yuan on training clusters.",
        [("2 billion yuan", D("2000000000"), "CNY", False)],
    ),
    ("The deal values the company at roughly $1.4 billion.", [("roughly $1.4 billion", D("1400000000"), "USD", True)]),
    # "more than" bounds the amount from below, "up to" from above: a range open on one side
    (
        "It has raised more than $100 million since 2021.",
        [("more than $100 million", (D("100000000"), None), "USD", True)],
    ),
    ("Brintel may commit up to $9 billion.", [("up to $9 billion", (None, D("9000000000")), "USD", True)]),
    ("Brintel paid nearly $9 billion.", [("nearly $9 billion", D("9000000000"), "USD", True)]),
    ("The Toronto startup raised C$85 million in June.", [("C$85 million", D("85000000"), "CAD", False)]),
    (
        "Analysts expect a $400-650 million price tag.",
        [("$400-650 million", (D("400000000"), D("650000000")), "USD", False)],
    ),
    (
        "A billion dollars is no longer a large round in this market.",
        [("A billion dollars", D("1000000000"), "USD", False)],
    ),
    ("The seed round of $500k closed in a week.", [("$500k", D("500000"), "USD", False)]),
    ("The chip designer is worth $7B on paper.", [("$7B", D("7000000000"), "USD", False)]),
    ("The filing lists USD 10 million in cash.", [("USD 10 million", D("10000000"), "USD", False)]),
    ("Samsung set aside 2 trillion won for AI chips.", [("2 trillion won", D("2000000000000"), "KRW", False)]),
    # compound adjectives: the scale and the currency joined by hyphens
    ("Ostrakon closed a $48-million seed round.", [("$48-million", D("48000000"), "USD", False)]),
    ("Valmora landed a 120-million-dollar contract.", [("120-million-dollar", D("120000000"), "USD", False)]),
    # a fraction of the scale, not a whole one
    ("Brintel spent half a billion dollars on chips.", [("half a billion dollars", D("500000000"), "USD", False)]),
    # every tens word before a scale word, not only the round ones
    ("Kernwerk raised forty million dollars.", [("forty million dollars", D("40000000"), "USD", False)]),
    # a hyphen before a form's letter is no scale: "10-K" is a filing
    ("Its 10-K reports $3 million in losses.", [("$3 million", D("3000000"), "USD", False)]),
]

NEGATIVES = [
    ("Des milliards de dollars sont en jeu dans la course aux modèles.", "fr"),
    ("Le secteur a englouti des milliards de dollars sans trouver de modèle économique.", "fr"),
    ("Billions of dollars are flowing into data centres.", "en"),
    ("OpenAI a présenté GPT-4.5, plus coûteux que ses prédécesseurs.", "fr"),
    ("OpenAI released GPT-4.5 to paying users.", "en"),
    ("Mistral 7B reste le modèle ouvert le plus téléchargé de la start-up.", "fr"),
    ("Mistral 7B runs on a single consumer GPU.", "en"),
    ("La croissance s'affiche à 2 chiffres depuis trois ans.", "fr"),
    ("The company doubled revenue in 2 years and hired 300 people.", "en"),
    ("L'éditeur a vendu 2 millions de livres numériques.", "fr"),
    ("Llama 3.1 405B was trained on 16,000 GPUs.", "en"),
    ("Le modèle compte 70 milliards de paramètres.", "fr"),
    ("Entre 5 et 10 ans seront nécessaires.", "fr"),
]


@pytest.mark.parametrize(("sentence", "expected"), FRENCH)
def test_french_amounts(sentence: str, expected: list[tuple]) -> None:
    check(sentence, "fr", expected)


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH)
def test_english_amounts(sentence: str, expected: list[tuple]) -> None:
    check(sentence, "en", expected)


@pytest.mark.parametrize(("sentence", "lang"), NEGATIVES)
def test_no_amount(sentence: str, lang: str) -> None:
    assert find_amounts(sentence, lang) == []


def test_offsets_in_longer_text() -> None:
    text = (
        "Paris, le 3 mars. La start-up a levé 105 millions d'euros, mené par un fonds lyonnais.\n"
        "Son concurrent américain avait obtenu 665 millions $ l'an dernier."
    )
    found = find_amounts(text, "fr")
    assert [a.text for a in found] == ["105 millions d'euros", "665 millions $"]
    for amount in found:
        assert text[amount.start : amount.end] == amount.text


def test_year_before_a_range_separator_is_not_a_bound() -> None:
    check(
        "En 2024 - 300 millions d'euros levés, un record.",
        "fr",
        [("300 millions d'euros", D("300000000"), "EUR", False)],
    )


def test_decimal_values_are_exact_and_integral() -> None:
    amount = parse_amount("13,75 milliards de dollars", "fr")
    assert amount is not None
    assert amount.value == Decimal("13750000000")
    assert str(amount.value) == "13750000000"
    assert amount.value.as_tuple().exponent == 0
    assert as_xsd_decimal(amount.value) == "13750000000"


@pytest.mark.parametrize(
    ("value", "lexical"),
    [
        (Decimal("1.375E+10"), "13750000000"),
        (Decimal("0.5"), "0.5"),
        (Decimal("0.50"), "0.5"),
        (Decimal("12.000"), "12"),
        (Decimal("-0"), "0"),
        (Decimal("1E+3"), "1000"),
        (Decimal("1234.5600"), "1234.56"),
    ],
)
def test_as_xsd_decimal(value: Decimal, lexical: str) -> None:
    assert as_xsd_decimal(value) == lexical


def test_as_xsd_decimal_rejects_non_finite() -> None:
    with pytest.raises(ValueError):
        as_xsd_decimal(Decimal("NaN"))


def test_parse_amount() -> None:
    amount = parse_amount("environ 1,5 milliard d'euros", "fr")
    assert amount == MonetaryAmount(
        currency="EUR",
        value=Decimal("1500000000"),
        start=0,
        end=28,
        text="environ 1,5 milliard d'euros",
        approximate=True,
    )
    assert parse_amount("des milliards de dollars", "fr") is None
    assert parse_amount("billions of dollars", "en") is None


def test_range_fields() -> None:
    amount = parse_amount("between $400 and $650 million", "en")
    assert amount is not None and amount.is_range
    assert amount.value is None
    assert (amount.min_value, amount.max_value) == (Decimal("400000000"), Decimal("650000000"))
    single = parse_amount("$6.6bn", "en")
    assert single is not None and not single.is_range


def test_amount_is_frozen() -> None:
    amount = parse_amount("300 M€", "fr")
    with pytest.raises(dataclasses.FrozenInstanceError):
        amount.value = Decimal(1)  # type: ignore[misc]


def test_unknown_language() -> None:
    with pytest.raises(ValueError):
        find_amounts("100 millions", "xx")


def test_regional_language_tag() -> None:
    assert [a.text for a in find_amounts("a $5bn round", "en-GB")] == ["$5bn"]


def test_doctests() -> None:
    result = doctest.testmod(knowgraph.facts.amounts)
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nexalia a levé 40 millions d'euros, après un tour de 8 millions en 2022.", "fr", [("8 millions", "EUR")]),
        ("Kernwerk raised $40 million, after raising 10 million in 2023.", "en", [("10 million", "USD")]),
        ("Nexalia a levé 40 millions d'euros pour un modèle de 7 milliards de paramètres.", "fr", []),
        ("Kernwerk raised $40 million and has 10 million users.", "en", []),
        ("Nexalia a levé 40 millions d'euros en 2022.", "fr", []),
    ],
)
def test_elliptic_amounts_take_the_currency_said_before(text: str, lang: str, expected: list) -> None:
    from knowgraph.facts.amounts import find_elliptic_amounts

    found = find_elliptic_amounts(text, lang, find_amounts(text, lang))
    assert [(a.text, a.currency) for a in found] == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # the Indian scales: a crore is ten million, a lakh a hundred thousand
        ("Vantrel received Rs 750 crore from the state.", "en", [("Rs 750 crore", D("7500000000"), "INR", False)]),
        ("The ministry granted Vantrel ₹2,400 crore.", "en", [("₹2,400 crore", D("24000000000"), "INR", False)]),
        ("Vantrel drew Rs. 60 lakh from angels.", "en", [("Rs. 60 lakh", D("6000000"), "INR", False)]),
        ("Vantrel a obtenu 90 crores de roupies.", "fr", [("90 crores de roupies", D("900000000"), "INR", False)]),
        # "$ CAN": the Canadian dollar, not the American one
        ("Vantrel a obtenu 3 millions de $ CAN.", "fr", [("3 millions de $ CAN", D("3000000"), "CAD", False)]),
    ],
)
def test_indian_scales_and_canadian_dollar_signs(sentence: str, lang: str, expected: list) -> None:
    check(sentence, lang, expected)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_anchor_scan_finds_what_the_anchor_search_finds(lang: str) -> None:
    """find_amounts jumps to the characters an amount can start with (``next_anchor``) instead of trying the
    anchor regex at every character: the same positions, at every offset of texts mixing digits, symbols,
    scale and number words, hedges, typographic apostrophes and hyphens, and letters Unicode folds."""
    import random

    grammar = knowgraph.facts.amounts._grammar(lang)
    pieces = "12|3,5|1.200| |$|€|£|M|Md|k|deux|Two|plus de|about|entre|between|US$|l'an|l’an|-|\u2011|\u00a0|é|\u212a|ſ|x9|,|."
    pieces = pieces.split("|") + ["Kernwerk"]
    rnd = random.Random(18)
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        for pos in range(len(text) + 1):
            found = grammar.anchor.search(text, pos)
            assert grammar.next_anchor(text, pos) == (found.start() if found else None), (text, pos)
