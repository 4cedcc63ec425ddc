"""Generate synthetic AI-industry news articles in French and English (deterministic, seeded).

Usage::

    .venv/bin/python bench/generate.py --articles 500 --out /tmp/corpus              # 0001-fr.txt, 0002-en.txt ...
    .venv/bin/python bench/generate.py --articles 10000 --out /tmp/c --format jsonl   # /tmp/c/articles.jsonl
    .venv/bin/python bench/generate.py --articles 200 --out /tmp/c --lang fr --seed 3

Each article is 300 to 800 words of news prose of the kind knowgraph reads: long sentences,
apostrophes and quotes, amounts ("13,75 milliards de dollars", "$13.75 billion"), relative dates
("l'année dernière", "earlier this month"), hedged, denied and planned statements, about companies
of knowgraph's gazetteer (``knowgraph/data/gazetteer.csv``) and invented ones, with people, models
and products, written with the trigger verbs and nouns of ``knowgraph/data/<lang>/patterns.yaml``
so that extraction finds facts. The templates are written for this benchmark.

Article ``i`` depends only on ``--seed``, ``i`` and ``--lang`` (its language is
``langs[(i - 1) % len(langs)]``), never on ``--articles``: the first 1,000 articles of a 10,000
article corpus are the 1,000 article corpus. 10,000 articles take a few seconds.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "knowgraph" / "data" / "gazetteer.csv"
FIRST_NAMES = ROOT / "knowgraph" / "data" / "first_names.txt"

# --------------------------------------------------------------------------- names

SYLLABLES_A = [
    "Nex",
    "Vel",
    "Qua",
    "Syl",
    "Or",
    "Ka",
    "Lum",
    "Zen",
    "Ar",
    "Mir",
    "Tal",
    "Cor",
    "Ver",
    "Hal",
    "Ody",
    "Sen",
    "Pra",
    "Eli",
    "Bor",
    "Fen",
    "Gal",
    "Iri",
    "Jun",
    "Kel",
    "Nov",
    "Ory",
    "Pel",
    "Rho",
    "Sta",
    "Tro",
    "Ulm",
    "Vox",
    "Wyn",
    "Xal",
    "Yor",
    "Zeph",
    "Ald",
    "Bri",
    "Cal",
    "Dra",
]
SYLLABLES_B = [
    "alia",
    "ora",
    "ion",
    "ix",
    "ena",
    "aris",
    "ova",
    "yx",
    "eon",
    "umi",
    "ara",
    "ex",
    "ios",
    "anta",
    "elle",
    "is",
    "ium",
    "onda",
    "ya",
    "ar",
    "ix",
    "ene",
    "osa",
    "ux",
]
COMPANY_SUFFIX = ["", "", "", " AI", " Labs", " Systems", " Robotics", " Intelligence", " Technologies", " Data"]
INVESTOR_SUFFIX = [" Capital", " Ventures", " Partners", " Invest", " Growth"]
MODEL_SUFFIX = ["-1", "-2", " 3", "-7B", " Large", " Mini", "-X", " Pro", "-R1", " 2.5"]
PRODUCT_NAMES_FR = ["Juria", "Médivia", "Scriba", "Tabula", "Clarté", "Verso", "Lexis", "Plume", "Aria", "Boussole"]
PRODUCT_NAMES_EN = ["Ledgerly", "Scribe", "Atlas", "Beacon", "Compass", "Quill", "Harbor", "Pilot", "Relay", "Sonar"]
SURNAMES = [
    "Dumas",
    "Lefèvre",
    "Moreau",
    "Garnier",
    "Rousseau",
    "Chevalier",
    "Fontaine",
    "Marchand",
    "Girard",
    "Perrin",
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Novak",
    "Brennan",
    "Castillo",
    "Haddad",
    "Kowalski",
    "Ferreira",
    "Schmidt",
    "Nakamura",
    "Oyelaran",
    "Whitfield",
    "Albrecht",
    "Delacroix",
    "Varga",
    "Mensah",
]

FR_CITIES = [
    "Paris",
    "Lyon",
    "Grenoble",
    "Toulouse",
    "Nantes",
    "Bordeaux",
    "Lille",
    "Marseille",
    "Montpellier",
    "Londres",
    "Berlin",
    "Munich",
    "Zurich",
    "Montréal",
]
EN_CITIES = [
    "London",
    "Paris",
    "Berlin",
    "Boston",
    "Austin",
    "Seattle",
    "Toronto",
    "Dublin",
    "Amsterdam",
    "Munich",
    "San Francisco",
    "New York",
    "Zurich",
    "Tel Aviv",
]
FR_ADJ_CITY = {
    "Paris": "parisienne",
    "Lyon": "lyonnaise",
    "Grenoble": "grenobloise",
    "Toulouse": "toulousaine",
    "Nantes": "nantaise",
    "Bordeaux": "bordelaise",
    "Lille": "lilloise",
    "Marseille": "marseillaise",
    "Montpellier": "montpelliéraine",
}

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[str]]:
    """Names of the gazetteer by kind: companies, investors, people, models, products."""
    out: dict[str, list[str]] = {
        "company": [],
        "investor": [],
        "person": [],
        "model": [],
        "product": [],
        "chipmaker": [],
        "cloud": [],
    }
    with open(GAZETTEER, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            kinds = set((row.get("kinds") or "").split("|"))
            name, kind = row["name"], row["type"]
            if kind == "Organization":
                if "investor" in kinds and "government" not in kinds:
                    out["investor"].append(name)
                if (
                    kinds & {"company", "startup", "bigtech", "lab"}
                    and "government" not in kinds
                    and "media" not in kinds
                    and "university" not in kinds
                ):
                    out["company"].append(name)
                if "chipmaker" in kinds:
                    out["chipmaker"].append(name)
                if "cloud" in kinds:
                    out["cloud"].append(name)
            elif kind == "Person":
                out["person"].append(name)
            elif kind == "AIModel":
                out["model"].append(name)
            elif kind == "Product" and kinds & {"assistant", "app", "software", "platform"}:
                out["product"].append(name)
    return {k: sorted(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def first_names() -> list[str]:
    names = [
        line.strip()
        for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return sorted(n for n in names if n.isalpha())


# --------------------------------------------------------------------------- amounts and dates


def amount(rng: random.Random, lang: str, big: bool = False) -> str:
    currency = rng.choice(["USD", "USD", "EUR", "EUR", "GBP"])
    if big or rng.random() < 0.3:
        value, unit = round(rng.uniform(1, 20), rng.choice([0, 1, 2])), "bn"
    else:
        value, unit = (
            rng.choice([5, 8, 12, 15, 20, 25, 30, 40, 45, 60, 75, 100, 120, 150, 200, 250, 300, 400, 450, 600]),
            "m",
        )
    if lang == "fr":
        number = (f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)).replace(".", ",")
        word = {"bn": "milliard", "m": "million"}[unit] + ("s" if value >= 2 else "")
        cur = {"USD": "de dollars", "EUR": "d'euros", "GBP": "de livres sterling"}[currency]
        return f"{number} {word} {cur}"
    number = f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    word = {"bn": "billion", "m": "million"}[unit]
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}[currency]
    return f"{symbol}{number} {word}"


def when(rng: random.Random, lang: str, published: datetime.date) -> str:
    kind = rng.randrange(6)
    if lang == "fr":
        if kind == 0:
            return "l'année dernière"
        if kind == 1:
            return f"en {MONTHS_FR[(published.month - 2) % 12]} dernier"
        if kind == 2:
            return "la semaine dernière"
        if kind == 3:
            return f"en {published.year - rng.randint(1, 3)}"
        if kind == 4:
            return f"le {rng.randint(2, 27)} {MONTHS_FR[(published.month - 1) % 12]}"
        return f"en {MONTHS_FR[rng.randrange(12)]} {published.year - 1}"
    if kind == 0:
        return "last year"
    if kind == 1:
        return f"in {MONTHS_EN[(published.month - 2) % 12]}"
    if kind == 2:
        return "earlier this month"
    if kind == 3:
        return f"in {published.year - rng.randint(1, 3)}"
    if kind == 4:
        return f"on {MONTHS_EN[(published.month - 1) % 12]} {rng.randint(2, 27)}"
    return f"in {MONTHS_EN[rng.randrange(12)]} {published.year - 1}"


# --------------------------------------------------------------------------- templates
#
# Slots: {A} {B} companies, {I} {I2} investors, {P} {P2} people, {M} a model, {R} a product,
# {C} a city, {X} an amount, {XB} a large amount, {D} a relative date, {CHIP} a chipmaker or a
# cloud, {DESC_A} a description of A ("la start-up lyonnaise", "the Paris-based startup").

FR_FACTS = [
    "{A} a racheté {B} {D} pour {XB}, une opération qui lui permet de renforcer sa position sur le marché des agents conversationnels destinés aux entreprises.",
    "Selon un communiqué publié {D}, {A} a acquis la totalité du capital de {B}, dont les équipes rejoindront sa division de recherche basée à {C}.",
    "{DESC_A} {A} a levé {X} auprès de {I} et de {I2}, un tour de table qui valorise l'entreprise à plus de {XB}.",
    "{I} a investi {X} dans {A} {D}, en misant sur sa capacité à industrialiser des modèles de langage plus sobres en énergie.",
    "{A} a été fondée en 2021 par {P} et {P2}, deux anciens chercheurs qui ont longtemps travaillé sur l'apprentissage par renforcement.",
    "{P}, PDG de {A}, a expliqué lors d'une conférence de presse que l'entreprise « n'a jamais été aussi proche de la rentabilité ».",
    "Depuis son arrivée à la tête de {A}, {P} a multiplié les annonces et les recrutements, notamment à {C}.",
    "{A} s'est associée à {B} pour proposer aux banques européennes une offre commune d'assistants spécialisés dans la conformité.",
    "{A} a signé un partenariat avec {B} afin de distribuer ses modèles auprès des administrations et des grands groupes industriels.",
    "{A} a dévoilé {D} {M}, un modèle de langage entraîné sur plusieurs milliers de milliards de mots et capable de raisonner sur des documents longs.",
    "Le modèle {M}, développé par {A}, a été présenté comme une alternative ouverte aux systèmes fermés des géants américains.",
    "L'assistant {R} s'appuie sur {M} pour rédiger des synthèses de contrats, une fonctionnalité très demandée par les cabinets d'avocats.",
    "{A} a lancé {R}, une application destinée aux équipes juridiques, qui repose sur {M} et sur une base de données maison.",
    "{CHIP} fournit à {A} plusieurs milliers de puces H100 pour entraîner ses prochains modèles, selon un accord dont le montant n'a pas été divulgué.",
    "{A} loue de la puissance de calcul auprès de {CHIP} dans un centre de données situé près de {C}.",
    "{A} concurrence directement {B} sur le segment des modèles multilingues, où les deux entreprises se livrent une bataille féroce.",
    "{P} a rejoint {A} {D} en tant que directeur scientifique, après plusieurs années passées chez {B}.",
    "{P2}, chercheuse chez {A}, estime que « la prochaine étape sera de rendre ces systèmes vérifiables ».",
    "{A}, basée à {C}, emploie désormais plus de trois cents personnes, dont une majorité d'ingénieurs.",
    "{B} est une filiale de {A} depuis que le groupe a pris le contrôle de la jeune pousse il y a deux ans.",
    "{I} est entré au capital de {A} lors d'un tour de table mené {D}, aux côtés de plusieurs fonds souverains.",
    "Le rachat de {B} par {A} a été autorisé {D} par les autorités de la concurrence, après plusieurs mois d'examen.",
]
FR_HEDGED = [
    "Selon des sources proches du dossier, {A} envisagerait de racheter {B} pour un montant qui pourrait dépasser {XB}.",
    "{A} serait en discussions avancées pour investir dans {B}, d'après plusieurs médias économiques.",
    "{A} n'a pas investi dans {B}, contrairement à ce qu'affirmaient certaines rumeurs la semaine dernière.",
    "{A} a démenti avoir racheté {B}, qualifiant ces informations de « pure spéculation ».",
    "{I} pourrait investir jusqu'à {X} dans {A} d'ici la fin de l'année, selon une note interne consultée par la presse.",
    "{A} prévoit de s'associer à {B} pour construire un nouveau centre de données dans la région de {C}.",
]
FR_FILLER = [
    "Le secteur de l'intelligence artificielle générative connaît une croissance spectaculaire depuis l'apparition des premiers assistants conversationnels grand public.",
    "Les investisseurs restent pourtant prudents : plusieurs analystes s'inquiètent d'une bulle comparable à celle des années 2000.",
    "« Nous voulons démontrer qu'une entreprise européenne peut rivaliser avec les meilleurs laboratoires du monde », a déclaré un porte-parole.",
    "La question de la souveraineté numérique revient régulièrement dans les débats, en particulier à Bruxelles.",
    "Les coûts d'entraînement des modèles les plus avancés se chiffrent désormais en centaines de millions de dollars.",
    "L'entreprise n'a pas souhaité commenter ces informations lorsqu'elle a été contactée mardi.",
    "D'après les chiffres communiqués aux actionnaires, le chiffre d'affaires aurait plus que doublé en un an.",
    "Cette annonce intervient dans un contexte de concurrence accrue pour attirer les meilleurs talents du domaine.",
    "Les syndicats du secteur ont salué une décision qui devrait créer plusieurs centaines d'emplois qualifiés.",
    "Plusieurs clients du secteur bancaire testent déjà la solution depuis l'automne, selon l'entreprise.",
    "Le marché des puces graphiques reste tendu, ce qui oblige les laboratoires à réserver leurs capacités longtemps à l'avance.",
    "« C'est une étape importante, mais le plus dur reste à faire », reconnaît un dirigeant sous couvert d'anonymat.",
]
FR_DESC = ["La start-up {ADJ}", "La jeune pousse {ADJ}", "L'entreprise {ADJ}", "La société {ADJ}"]
FR_TITLES = [
    "{A} rachète {B} pour {XB}",
    "{A} lève {X} pour accélérer son développement",
    "{A} dévoile {M}, son nouveau modèle de langage",
    "{A} et {B} s'allient dans l'IA générative",
    "{P} prend la tête de {A}",
    "Pourquoi {I} mise sur {A}",
]

EN_FACTS = [
    "{A} acquired {B} {D} for {XB}, a deal that strengthens its position in the market for enterprise chat assistants.",
    "According to a statement released {D}, {A} has bought {B}, whose engineers will join its research division in {C}.",
    "{DESC_A} {A} raised {X} from {I} and {I2}, a round that values the company at more than {XB}.",
    "{I} invested {X} in {A} {D}, betting on its ability to build language models that use far less energy.",
    "{A} was founded in 2021 by {P} and {P2}, two former researchers who spent years working on reinforcement learning.",
    '{P}, the chief executive of {A}, told reporters that the company had "never been closer to profitability".',
    "Since {P} took over as CEO of {A}, the company has announced a string of hires, many of them in {C}.",
    "{A} has partnered with {B} to offer European banks a joint package of assistants that specialise in compliance.",
    "{A} signed a partnership with {B} to distribute its models to public agencies and large industrial groups.",
    "{A} unveiled {M} {D}, a language model trained on trillions of words that can reason over long documents.",
    "The {M} model, developed by {A}, was pitched as an open alternative to the closed systems of the largest American labs.",
    "The {R} assistant relies on {M} to summarise contracts, a feature that law firms have been asking for.",
    "{A} launched {R}, an app for legal teams that is built on {M} and on the company's own database.",
    "{CHIP} supplies {A} with thousands of H100 chips to train its next models, under an agreement whose value was not disclosed.",
    "{A} rents computing power from {CHIP} in a data centre near {C}.",
    "{A} competes directly with {B} in multilingual models, a segment where the two companies are locked in a fierce battle.",
    "{P} joined {A} {D} as chief scientist, after several years at {B}.",
    '{P2}, a researcher at {A}, believes that "the next step is to make these systems verifiable".',
    "{A}, which is based in {C}, now employs more than three hundred people, most of them engineers.",
    "{B} has been a subsidiary of {A} since the group took control of the young company two years ago.",
    "{I} backed {A} in a funding round led {D}, alongside several sovereign wealth funds.",
    "The acquisition of {B} by {A} was cleared {D} by competition authorities after a months-long review.",
]
EN_HEDGED = [
    "According to people familiar with the matter, {A} is reportedly in talks to acquire {B} for a sum that could exceed {XB}.",
    "{A} could invest in {B}, several business outlets reported, although no agreement has been signed.",
    "{A} did not invest in {B}, contrary to rumours that circulated last week.",
    '{A} denied that it had acquired {B}, calling the reports "pure speculation".',
    "{I} may invest up to {X} in {A} by the end of the year, according to an internal memo seen by reporters.",
    "{A} plans to partner with {B} to build a new data centre in the {C} area.",
]
EN_FILLER = [
    "The generative AI sector has grown spectacularly since the first consumer chat assistants appeared.",
    "Investors remain cautious, however: several analysts worry about a bubble comparable to the dot-com era.",
    '"We want to show that a European company can compete with the best labs in the world," a spokesperson said.',
    "Digital sovereignty keeps coming up in policy debates, particularly in Brussels.",
    "Training the most advanced models now costs hundreds of millions of dollars.",
    "The company declined to comment when contacted on Tuesday.",
    "According to figures shared with shareholders, revenue more than doubled in a year.",
    "The announcement comes amid fierce competition to attract the best talent in the field.",
    "Industry groups welcomed a decision that is expected to create several hundred skilled jobs.",
    "Several customers in the banking sector have been testing the product since the autumn, the company said.",
    "The market for graphics chips remains tight, forcing labs to book capacity long in advance.",
    '"It\'s an important milestone, but the hardest part is still ahead," one executive said on condition of anonymity.',
]
EN_DESC = ["The {ADJ} startup", "The {ADJ} company", "The {ADJ} AI firm"]
EN_TITLES = [
    "{A} buys {B} for {XB}",
    "{A} raises {X} to speed up growth",
    "{A} unveils {M}, its new language model",
    "{A} and {B} team up on generative AI",
    "{P} takes the helm at {A}",
    "Why {I} is betting on {A}",
]

TEMPLATES = {
    "fr": (FR_FACTS, FR_HEDGED, FR_FILLER, FR_DESC, FR_TITLES, FR_CITIES),
    "en": (EN_FACTS, EN_HEDGED, EN_FILLER, EN_DESC, EN_TITLES, EN_CITIES),
}


# --------------------------------------------------------------------------- articles

ELISION = re.compile(r"\bde (?=[AEIOUYÉÈÊÎÔ])")


def _invented_company(rng: random.Random) -> str:
    return rng.choice(SYLLABLES_A) + rng.choice(SYLLABLES_B) + rng.choice(COMPANY_SUFFIX)


def _invented_investor(rng: random.Random) -> str:
    return rng.choice(SYLLABLES_A) + rng.choice(SYLLABLES_B) + rng.choice(INVESTOR_SUFFIX)


def _invented_person(rng: random.Random) -> str:
    return f"{rng.choice(first_names())} {rng.choice(SURNAMES)}"


def _cast(rng: random.Random, lang: str) -> dict[str, str]:
    """The companies, people, models and products one article is about."""
    gz = gazetteer()
    known = rng.random() < 0.6
    a = rng.choice(gz["company"]) if known else _invented_company(rng)
    b = _invented_company(rng) if rng.random() < 0.6 else rng.choice(gz["company"])
    while b == a:
        b = _invented_company(rng)
    city = rng.choice(TEMPLATES[lang][5])
    if lang == "fr":
        adj = FR_ADJ_CITY.get(city, "française")
    else:
        adj = f"{city}-based"
    model = (
        rng.choice(gz["model"])
        if known and rng.random() < 0.5
        else rng.choice(SYLLABLES_A) + rng.choice(SYLLABLES_B) + rng.choice(MODEL_SUFFIX)
    )
    product = (
        rng.choice(gz["product"])
        if known and rng.random() < 0.3
        else rng.choice(PRODUCT_NAMES_FR if lang == "fr" else PRODUCT_NAMES_EN)
    )
    return {
        "A": a,
        "B": b,
        "I": rng.choice(gz["investor"]) if rng.random() < 0.6 else _invented_investor(rng),
        "I2": _invented_investor(rng),
        "P": rng.choice(gz["person"]) if rng.random() < 0.3 else _invented_person(rng),
        "P2": _invented_person(rng),
        "M": model,
        "R": product,
        "C": city,
        "CHIP": rng.choice(gz["chipmaker"] + gz["cloud"]),
        "ADJ": adj,
    }


def _fill(template: str, cast: dict[str, str], rng: random.Random, lang: str, published: datetime.date) -> str:
    values = dict(cast)
    values["X"] = amount(rng, lang)
    values["XB"] = amount(rng, lang, big=True)
    values["D"] = when(rng, lang, published)
    if "{DESC_A}" in template:
        values["DESC_A"] = rng.choice(TEMPLATES[lang][3]).format(ADJ=cast["ADJ"])
    text = template.format(**values)
    if lang == "fr":  # "auprès de Iriumi" -> "auprès d'Iriumi"
        text = ELISION.sub("d'", text)
    return text[0].upper() + text[1:]


def article(i: int, seed: int = 0, langs: tuple[str, ...] = ("fr", "en")) -> dict:
    """Article number ``i`` (from 1): text, lang, published, url, title."""
    lang = langs[(i - 1) % len(langs)]
    rng = random.Random(f"knowgraph-bench:{seed}:{i}:{lang}")
    facts, hedged, filler, _desc, titles, _cities = TEMPLATES[lang]
    published = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(730))
    cast = _cast(rng, lang)
    target = rng.randint(300, 800)
    paragraphs: list[list[str]] = [[]]
    words = 0
    # facts come first and are not repeated; hedges and background are mixed in
    fact_order = rng.sample(facts, len(facts))
    while words < target:
        roll = rng.random()
        if fact_order and roll < 0.55:
            sentence = _fill(fact_order.pop(), cast, rng, lang, published)
        elif roll < 0.7:
            sentence = _fill(rng.choice(hedged), cast, rng, lang, published)
        else:
            sentence = rng.choice(filler)
        n = len(sentence.split())
        if words + n > 800:
            break
        paragraphs[-1].append(sentence)
        words += n
        if len(paragraphs[-1]) >= rng.randint(2, 4):
            paragraphs.append([])
    text = "\n\n".join(" ".join(p) for p in paragraphs if p) + "\n"
    title = _fill(rng.choice(titles), cast, rng, lang, published)
    slug = f"{i:05d}-{lang}"
    return {
        "text": text,
        "lang": lang,
        "published": published.isoformat(),
        "url": f"https://news.example.org/{published.isoformat()}/{slug}",
        "title": title,
    }


def generate(n: int, seed: int = 0, langs: tuple[str, ...] = ("fr", "en")):
    for i in range(1, n + 1):
        yield i, article(i, seed, langs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500, help="number of articles (default 500)")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument(
        "--format",
        choices=("txt", "jsonl"),
        default="txt",
        help="txt: one file per article, NNNN-LANG.txt (title line, blank line, text); "
        "jsonl: OUT/articles.jsonl with text, lang, published, url, title",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lang", default="fr,en", help="comma-separated languages, in turn (default fr,en)")
    args = ap.parse_args(argv)
    langs = tuple(x.strip() for x in args.lang.split(",") if x.strip())
    if not langs or set(langs) - {"fr", "en"}:
        ap.error("--lang: fr, en or both")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(args.articles)))
    words = 0
    if args.format == "jsonl":
        with open(out / "articles.jsonl", "w", encoding="utf-8") as f:
            for _i, art in generate(args.articles, args.seed, langs):
                words += len(art["text"].split())
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
    else:
        for i, art in generate(args.articles, args.seed, langs):
            words += len(art["text"].split())
            (out / f"{i:0{width}d}-{art['lang']}.txt").write_text(f"{art['title']}\n\n{art['text']}", encoding="utf-8")
    print(f"{args.articles} articles, {words:,} words -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
