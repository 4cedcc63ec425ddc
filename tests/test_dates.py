"""Tests for knowgraph.facts.dates: dates and their precision in French and English text."""

from __future__ import annotations

import dataclasses
import datetime
import doctest

import pytest

import knowgraph.facts.dates
from knowgraph.facts.dates import DateValue, find_dates

#: A Friday. The previous calendar week (3-9 March) lies within March.
PUB = datetime.date(2025, 3, 14)


def summary(date: DateValue) -> tuple:
    return date.text, date.value, date.precision, date.relative


def check(sentence: str, lang: str, published: datetime.date | None, expected: list[tuple]) -> None:
    found = find_dates(sentence, lang, published)
    assert [summary(d) for d in found] == expected
    for date in found:
        assert sentence[date.start : date.end] == date.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


# (sentence, expected with PUB, expected without a publication date)
FRENCH = [
    (
        "Fondée en 2014, la société emploie 300 personnes.",
        [("2014", "2014", "year", False)],
        [("2014", "2014", "year", False)],
    ),
    (
        "Le modèle a été présenté en septembre 2024 à Paris.",
        [("septembre 2024", "2024-09", "month", False)],
        [("septembre 2024", "2024-09", "month", False)],
    ),
    (
        "L'accord a été signé le 3 mars 2025 à Bercy.",
        [("3 mars 2025", "2025-03-03", "day", False)],
        [("3 mars 2025", "2025-03-03", "day", False)],
    ),
    ("Thales a annoncé le 3 mars le rachat de la pépite bordelaise.", [("3 mars", "2025-03-03", "day", True)], []),
    (
        "Le règlement s'applique depuis le 1er janvier 2023.",
        [("1er janvier 2023", "2023-01-01", "day", False)],
        [("1er janvier 2023", "2023-01-01", "day", False)],
    ),
    (
        "ChatGPT a été lancé fin 2022 par OpenAI.",
        [("fin 2022", "2022", "year", False)],
        [("fin 2022", "2022", "year", False)],
    ),
    (
        "La start-up a levé des fonds début 2023.",
        [("début 2023", "2023", "year", False)],
        [("début 2023", "2023", "year", False)],
    ),
    (
        "Le service sera ouvert au public mi-2024.",
        [("mi-2024", "2024", "year", False)],
        [("mi-2024", "2024", "year", False)],
    ),
    (
        "Le partenariat, noué en janvier dernier, arrive à son terme.",
        [("janvier dernier", "2025-01", "month", True)],
        [],
    ),
    (
        "L'entreprise avait doublé son chiffre d'affaires l'année dernière.",
        [("l'année dernière", "2024", "year", True)],
        [],
    ),
    ("Elle a racheté l’an dernier un éditeur belge.", [("l’an dernier", "2024", "year", True)], []),
    ("Le groupe prévoit de recruter 200 ingénieurs cette année.", [("cette année", "2025", "year", True)], []),
    ("Le fonds a été lancé le mois dernier à Lyon.", [("le mois dernier", "2025-02", "month", True)], []),
    ("Une nouvelle version sera publiée ce mois-ci.", [("ce mois-ci", "2025-03", "month", True)], []),
    ("La société a bouclé au début du mois un tour de table.", [("au début du mois", "2025-03", "month", True)], []),
    (
        "Le contrat a été signé début du mois, selon nos informations.",
        [("début du mois", "2025-03", "month", True)],
        [],
    ),
    ("L'outil a été dévoilé plus tôt ce mois-ci.", [("plus tôt ce mois-ci", "2025-03", "month", True)], []),
    (
        "Les deux groupes se sont rencontrés la semaine dernière.",
        [("la semaine dernière", "2025-03", "month", True)],
        [],
    ),
    ("Le modèle a été mis en ligne hier soir.", [("hier", "2025-03-13", "day", True)], []),
    (
        "Le modèle est disponible dès aujourd'hui pour les développeurs.",
        [("aujourd'hui", "2025-03-14", "day", True)],
        [],
    ),
    ("L'entreprise a été créée il y a deux ans à Rennes.", [("il y a deux ans", "2023", "year", True)], []),
    ("L'usine doit ouvrir en 2030.", [("2030", "2030", "year", False)], [("2030", "2030", "year", False)]),
    ("Le laboratoire a présenté mardi son nouveau modèle.", [("mardi", "2025-03-11", "day", True)], []),
    (
        "Le contrat couvre la période entre 2020 et 2023.",
        [("2020", "2020", "year", False), ("2023", "2023", "year", False)],
        [("2020", "2020", "year", False), ("2023", "2023", "year", False)],
    ),
    (
        "La fusion sera effective fin septembre 2024.",
        [("fin septembre 2024", "2024-09", "month", False)],
        [("fin septembre 2024", "2024-09", "month", False)],
    ),
    (
        "Mistral AI a été cofondée au printemps 2023.",
        [("au printemps 2023", "2023", "year", False)],
        [("au printemps 2023", "2023", "year", False)],
    ),
    (
        "La start-up table sur la rentabilité d'ici 2027.",
        [("2027", "2027", "year", False)],
        [("2027", "2027", "year", False)],
    ),
    ("Le séisme provoqué fin janvier par DeepSeek n'est pas retombé.", [("fin janvier", "2025-01", "month", True)], []),
    ("Le tour de table a été bouclé en mai.", [("mai", "2024-05", "month", True)], []),
    ("Le précédent accord date du 28 décembre.", [("28 décembre", "2024-12-28", "day", True)], []),
    (
        "L'accord a été annoncé le lundi 3 mars 2025.",
        [("lundi 3 mars 2025", "2025-03-03", "day", False)],
        [("lundi 3 mars 2025", "2025-03-03", "day", False)],
    ),
    (
        "Le communiqué est daté du 03/02/2025.",
        [("03/02/2025", "2025-02-03", "day", False)],
        [("03/02/2025", "2025-02-03", "day", False)],
    ),
]

ENGLISH = [
    (
        "The company was founded in 2014 by two former researchers.",
        [("2014", "2014", "year", False)],
        [("2014", "2014", "year", False)],
    ),
    (
        "The model was first shown in September 2024 in London.",
        [("September 2024", "2024-09", "month", False)],
        [("September 2024", "2024-09", "month", False)],
    ),
    (
        "The agreement was signed on March 3, 2025 in Paris.",
        [("March 3, 2025", "2025-03-03", "day", False)],
        [("March 3, 2025", "2025-03-03", "day", False)],
    ),
    ("On March 3, Microsoft said it would extend the deal.", [("March 3", "2025-03-03", "day", True)], []),
    (
        "Skerry was founded in late 2022 by a former DeepMind engineer.",
        [("late 2022", "2022", "year", False)],
        [("late 2022", "2022", "year", False)],
    ),
    (
        "The second tranche arrived in early 2023.",
        [("early 2023", "2023", "year", False)],
        [("early 2023", "2023", "year", False)],
    ),
    (
        "The service should reach general availability by mid-2024.",
        [("mid-2024", "2024", "year", False)],
        [("mid-2024", "2024", "year", False)],
    ),
    ("The startup raised its Series A last year.", [("last year", "2024", "year", True)], []),
    ("It is the company's second acquisition this year.", [("this year", "2025", "year", True)], []),
    ("A newspaper reported last month that talks had stalled.", [("last month", "2025-02", "month", True)], []),
    ("Its first model was released earlier this month.", [("earlier this month", "2025-03", "month", True)], []),
    ("The lab plans to open a second office this month.", [("this month", "2025-03", "month", True)], []),
    (
        "The founders told me over a video call last week that they had no plans to sell.",
        [("last week", "2025-03", "month", True)],
        [],
    ),
    ("The chipmaker confirmed the deal yesterday.", [("yesterday", "2025-03-13", "day", True)], []),
    ("The company said on Tuesday it had raised new funding.", [("Tuesday", "2025-03-11", "day", True)], []),
    ("The bank picked the rival model in January after a long tender.", [("January", "2025-01", "month", True)], []),
    (
        "Two years ago, few people outside the industry had heard of the firm.",
        [("Two years ago", "2023", "year", True)],
        [],
    ),
    ("The plant is due to open in 2030.", [("2030", "2030", "year", False)], [("2030", "2030", "year", False)]),
    (
        "She left the lab in the spring of 2023 to start the company.",
        [("in the spring of 2023", "2023", "year", False)],
        [("in the spring of 2023", "2023", "year", False)],
    ),
    ("The deal was announced last Friday.", [("last Friday", "2025-03-07", "day", True)], []),
    (
        "The round closed on the 3rd of March 2025.",
        [("3rd of March 2025", "2025-03-03", "day", False)],
        [("3rd of March 2025", "2025-03-03", "day", False)],
    ),
    (
        "The company has been controlled since 2021 by a French holding.",
        [("2021", "2021", "year", False)],
        [("2021", "2021", "year", False)],
    ),
    (
        "The programme ran between 2019 and 2021.",
        [("2019", "2019", "year", False), ("2021", "2021", "year", False)],
        [("2019", "2019", "year", False), ("2021", "2021", "year", False)],
    ),
    ("Revenue tripled in Q1 2024.", [("Q1 2024", "2024", "year", False)], [("Q1 2024", "2024", "year", False)]),
    (
        "The filing is dated 2025-03-03.",
        [("2025-03-03", "2025-03-03", "day", False)],
        [("2025-03-03", "2025-03-03", "day", False)],
    ),
]

NEGATIVES = [
    ("OpenAI a présenté GPT-4 comme son modèle le plus sûr.", "fr"),
    ("OpenAI presented GPT-4 as its safest model.", "en"),
    ("Il faudra entre 5 et 10 ans pour amortir l'investissement.", "fr"),
    ("Meta a publié Llama 3.1 en open source.", "fr"),
    ("Meta published Llama 3.1 under its community licence.", "en"),
    ("Llama 3 est entraîné sur 15 000 milliards de jetons.", "fr"),
    ("La start-up exploite 2048 GPU dans l'Essonne.", "fr"),
    ("The cluster has 2048 GPUs and 300 engineers.", "en"),
    ("Le livre a été tiré en 2000 exemplaires.", "fr"),
    ("These 3 may be the most capable open models.", "en"),
    ("Le rover Perseverance explore Mars depuis des années.", "fr"),
    ("Le modèle atteint 2,5 % d'erreur sur 1 000 tests.", "fr"),
]


@pytest.mark.parametrize(("sentence", "expected", "expected_without_published"), FRENCH)
def test_french_dates(sentence: str, expected: list[tuple], expected_without_published: list[tuple]) -> None:
    check(sentence, "fr", PUB, expected)
    check(sentence, "fr", None, expected_without_published)


@pytest.mark.parametrize(("sentence", "expected", "expected_without_published"), ENGLISH)
def test_english_dates(sentence: str, expected: list[tuple], expected_without_published: list[tuple]) -> None:
    check(sentence, "en", PUB, expected)
    check(sentence, "en", None, expected_without_published)


@pytest.mark.parametrize(("sentence", "lang"), NEGATIVES)
def test_no_date(sentence: str, lang: str) -> None:
    assert find_dates(sentence, lang, PUB) == []
    assert find_dates(sentence, lang) == []


@pytest.mark.parametrize(
    ("published", "lang", "sentence", "expected"),
    [
        # the week before 9 April 2025 works from Monday 31 March to Friday 4 April: two months, no date
        (datetime.date(2025, 4, 9), "fr", "Ils se sont vus la semaine dernière.", []),
        (datetime.date(2025, 4, 9), "en", "They met last week.", []),
        # the week before 4 March 2025 works from 24 to 28 February (its Sunday is 2 March): February
        (datetime.date(2025, 3, 4), "fr", "Ils se sont vus la semaine dernière.", ["2025-02"]),
        (datetime.date(2025, 3, 4), "en", "They met last week.", ["2025-02"]),
        # "janvier dernier" published in January means the previous January
        (datetime.date(2025, 1, 20), "fr", "Signé en janvier dernier.", ["2024-01"]),
        # a bare month is the most recent one not after publication
        (datetime.date(2025, 1, 20), "en", "It launched in January.", ["2025-01"]),
        (datetime.date(2025, 1, 20), "en", "It launched in December.", ["2024-12"]),
        # a weekday on the publication day is that day; "last" moves a week back
        (datetime.date(2025, 3, 14), "en", "They met on Friday.", ["2025-03-14"]),
        (datetime.date(2025, 3, 14), "fr", "Ils se sont vus vendredi dernier.", ["2025-03-07"]),
        # previous month across a year boundary
        (datetime.date(2025, 1, 5), "fr", "Annoncé le mois dernier.", ["2024-12"]),
        (datetime.date(2025, 1, 1), "en", "Announced yesterday.", ["2024-12-31"]),
        # a day without year: the closest to publication
        (datetime.date(2025, 1, 3), "en", "It closed on December 28.", ["2024-12-28"]),
        (datetime.date(2024, 12, 28), "fr", "Le lancement est prévu le 5 janvier.", ["2025-01-05"]),
        (datetime.date(2025, 3, 14), "en", "It was founded three years ago.", ["2022"]),
        (datetime.date(2025, 3, 14), "fr", "Le contrat a été signé il y a trois mois.", ["2024-12"]),
    ],
)
def test_resolution_against_publication(
    published: datetime.date, lang: str, sentence: str, expected: list[str]
) -> None:
    assert [d.value for d in find_dates(sentence, lang, published)] == expected


def test_year_before_a_deal_noun() -> None:
    # a bare year with no preposition dates the deal noun it qualifies, and nothing else
    check("Kernwerk follows its 2019 takeover of Nexalia.", "en", None, [("2019", "2019", "year", False)])
    check("Brintel completed the 2021 acquisition of Quillon.", "en", None, [("2021", "2021", "year", False)])
    check("Valmora reported 2023 revenue of $40 million.", "en", None, [])
    check("Ostrakon sold 2,016 deals.", "en", None, [])


def test_month_of_year() -> None:
    check(
        "Kernwerk closed a Series B in December of 2017.",
        "en",
        None,
        [("December of 2017", "2017-12", "month", False)],
    )


def test_published_may_be_a_datetime() -> None:
    found = find_dates("Annoncé hier.", "fr", datetime.datetime(2025, 3, 14, 9, 30))
    assert [d.value for d in found] == ["2025-03-13"]


def test_invalid_calendar_date_is_skipped() -> None:
    assert find_dates("Prévu le 31 février 2025.", "fr") == []


def test_offsets_in_longer_text() -> None:
    text = (
        "Paris, 14 mars 2025. La start-up, fondée en 2019, a levé des fonds l’an dernier.\n"
        "Elle prévoit d'ouvrir un bureau à Montréal début 2026."
    )
    found = find_dates(text, "fr", PUB)
    assert [(d.text, d.value) for d in found] == [
        ("14 mars 2025", "2025-03-14"),
        ("2019", "2019"),
        ("l’an dernier", "2024"),
        ("début 2026", "2026"),
    ]
    for date in found:
        assert text[date.start : date.end] == date.text


@pytest.mark.parametrize(("precision", "datatype"), [("year", "gYear"), ("month", "gYearMonth"), ("day", "date")])
def test_xsd_datatype(precision: str, datatype: str) -> None:
    assert DateValue("2024", precision).xsd_datatype == datatype


def test_date_value_is_frozen() -> None:
    date = DateValue("2024", "year")
    with pytest.raises(dataclasses.FrozenInstanceError):
        date.value = "2025"  # type: ignore[misc]


def test_unknown_language() -> None:
    with pytest.raises(ValueError):
        find_dates("en 2014", "xx")


def test_doctests() -> None:
    result = doctest.testmod(knowgraph.facts.dates)
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (" date 2024-03 La start-up Nexalia a levé 20 M€.", "fr", ("2024-03", "month")),
        ("Nexalia lève 20 M€\nPublié le 14/03/2019 à 10:30\nLa start-up...", "fr", ("2019-03-14", "day")),
        ("Kernwerk buys Quillon\nPublished March 3, 2025\nKernwerk said...", "en", ("2025-03-03", "day")),
        ("Kernwerk buys Quillon\nUpdated: 2025-03-04\nKernwerk said...", "en", ("2025-03-04", "day")),
        ("Kernwerk said in 2024-03 it had raised funds.", "en", None),
        ("Published last week by Kernwerk.", "en", None),
    ],
)
def test_publication_stamp(text: str, lang: str, expected) -> None:
    from knowgraph.facts.dates import publication_stamp

    stamp = publication_stamp(text, lang)
    assert ((stamp.value, stamp.precision) if stamp else None) == expected
    if stamp:
        assert text[stamp.start : stamp.end] == stamp.text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_patterns_skipped_without_a_digit_or_a_weekday_find_nothing_there(lang: str) -> None:
    """The patterns that need a digit (years, numeric dates) or a weekday's name are not run on a text without
    one: the same dates as running every pattern, on texts mixing years, months, weekdays and relative words."""
    import copy
    import random

    from knowgraph.facts.dates import _grammar

    gated = _grammar(lang)
    every = copy.copy(gated)
    every.with_digit, every.with_weekday = set(), set()
    pieces = "en|in|fin|début|late|early|2024|1999|3|14/03/2025|2025-03-14|mars|March|lundi|Monday|dernier|last|hier"
    pieces = pieces.split("|") + ["yesterday", "(", ")", ",", " ", "depuis", "since", "Nexalia", "deux", "ans", "ago"]
    rnd = random.Random(18)
    published = datetime.date(2025, 3, 14)
    for _ in range(600):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        for pub in (None, published):
            assert gated.find(text, pub) == every.find(text, pub), text
