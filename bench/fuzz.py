"""Fuzzing knowgraph with mutated articles: every output parses, conforms and points at its sentences.

Usage::

    .venv/bin/python bench/fuzz.py                      # 1,000 cases, seed 17
    .venv/bin/python bench/fuzz.py --cases 5000 --seed 3 --batch 40 --cli-every 10

A seeded mutator (``random.Random(seed)``: the same seed gives the same articles) writes short
French and English news articles about the AI industry from templates, with invented and real
company names, amounts and dates, then mutates them: quotes and brackets, Turtle and HTML syntax
(``<!--``, ``</script>``, ``@prefix``, ``\"\"\"``, ``^^xsd:string``...), odd Unicode (combining marks, right-to-left
text and overrides, zero-width characters, characters outside the BMP that JavaScript stores as
surrogate pairs, full-width digits) and huge or odd numbers (10^21 euros, ``1e308``, negative
amounts). Articles go through :func:`knowgraph.build` many at a time (the spaCy models are loaded
once); every ``--cli-every``-th batch also goes through ``knowgraph build`` on the command line.

Each output is checked (:func:`check_graph`): TriG and N-Quads parse with rdflib, pyoxigraph and
``rapper`` (Raptor, when installed) and all give the same number of quads; the merged graph
conforms to the SHACL shapes; every ``ai:Evidence``'s offsets lie in its article and its
``ai:sentence`` is the article's text between them, character for character (the shapes' rule). Texts that hold a lone
surrogate (which no UTF-8 file can hold) are built with U+FFFD in its place, offsets unchanged.

Any violation of the shapes is a problem, and so is an article that ``knowgraph build`` leaves
out. (The one defect an earlier run found, an odd name such as ``Co</script>mpute`` leaving a fact
about an entity the graph did not describe, is fixed; tests/test_fuzz.py keeps its smallest cases.)

``tests/test_fuzz.py`` runs a few hundred cases of the same generator in the test suite.
The run prints the cases, the checks and the problems found (none expected), and exits 1 on any.
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PUBLISHED = datetime.date(2025, 3, 14)

# --- the articles ------------------------------------------------------------------------------

NAMES = [
    "Nexalia",
    "Veridian Labs",
    "Quorra AI",
    "Helix Compute",
    "Mistral AI",
    "OpenAI",
    "Microsoft",
    "Nvidia",
    "Scaleway",
    "Lumen Robotics",
]
PEOPLE = ["Claire Dubois", "Marc Lefèvre", "Jane Holloway", "Tomás Ruiz", "Aiko Tanaka", "Léa Moreau"]
CITIES = ["Paris", "Lyon", "Londres", "Berlin", "Montréal", "San Francisco"]
MODELS = ["Orion-7B", "Nova 2", "Atlas", "Kestrel-XL"]
MONTHS_FR = ["janvier", "mars", "juin", "septembre", "décembre"]
MONTHS_EN = ["January", "March", "June", "September", "December"]

AMOUNTS_FR = [
    "600 millions d'euros",
    "1,3 milliard de dollars",
    "entre 20 et 30 millions d'euros",
    "0,5 million d'euros",
    "1 000 000 000 000 000 millions d'euros",
    "12 345 678 901 234 567 890 euros",
    "-5 millions d'euros",
    "9,99e99 euros",
    "10^21 euros",
    "３００ millions d'euros",
    "1,000,000.5 millions d'euros",
    "0,000001 milliard d'euros",
]
AMOUNTS_EN = [
    "$600 million",
    "1.3 billion dollars",
    "between 20 and 30 million euros",
    "€1e21",
    "999999999999999999999999 dollars",
    "0.000001 million dollars",
    "-$5 million",
    "$1,000,000,000,000,000 million",
    "1e308 dollars",
    "NaN dollars",
    "£ 12.5 bn",
]

TEMPLATES_FR = [
    "{A} a levé {AMT} auprès de {B} en {MONTH} {YEAR}.",
    "{A} a racheté {B} pour {AMT}, a annoncé la société le {DAY} {MONTH} {YEAR}.",
    "{P}, directeur général de {A}, a confirmé un partenariat avec {B}.",
    "{A}, dont le siège est à {CITY}, développe le modèle {M}.",
    "Selon la presse, {A} pourrait racheter {B} l'an prochain.",
    "{B} a investi {AMT} dans {A}.",
    "{A} a été fondée par {P} en {YEAR}.",
    "{A} n'a pas racheté {B}, a démenti {P}.",
]
TEMPLATES_EN = [
    "{A} raised {AMT} from {B} in {MONTH} {YEAR}.",
    "{A} acquired {B} for {AMT}, the company said on {MONTH} {DAY}, {YEAR}.",
    "{P}, the chief executive of {A}, announced a partnership with {B}.",
    "{A}, based in {CITY}, released the {M} model.",
    "{B} invested {AMT} in {A}.",
    "{A} was founded by {P} in {YEAR}.",
    "{A} is reportedly in talks to buy {B}.",
]

#: What hostile or careless input puts in a text.
SNIPPETS = [
    '"',
    "'",
    "« ",
    " »",
    "“",
    "”",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "<",
    ">",
    "<!--",
    "-->",
    "</script>",
    "<b>",
    "&amp;",
    "&#0;",
    "<![CDATA[",
    "@prefix ai: <https://w3id.org/knowgraph/ai#> .",
    '"""',
    "'''",
    "^^xsd:string",
    "@en",
    "_:b0",
    "<javascript:alert(1)>",
    " ; ",
    " . ",
    "\\",
    "\\u0000",
    "\\n",
    "%00",
    "#",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\u00a0",
    "\u202f",
]
UNICODE = [
    "\u0301",  # combining acute
    "\u0327\u0308",  # stacked combining marks
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",  # BOM / zero-width no-break space
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "שלום",  # Hebrew
    "شركة",  # Arabic
    "😀",  # outside the BMP: a surrogate pair in UTF-16 / JavaScript
    "𝔘𝔫𝔦",  # mathematical letters, outside the BMP
    "👩\u200d💻",  # ZWJ sequence
    "ǅ",
    "ﬁ",  # ligature
    "Ⅻ",
    "١٢٣",  # Arabic-Indic digits
    "\x7f",
    "\x0b",
]


@dataclass
class Case:
    """One generated article: its text and language."""

    text: str
    lang: str


def _name(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    roll = rng.random()
    if roll < 0.25:  # a hostile name: what flows into labels, IRIs and pages
        odd = rng.choice(SNIPPETS + UNICODE)
        cut = rng.randrange(len(name) + 1)
        name = name[:cut] + odd + name[cut:]
    elif roll < 0.35:
        name = f"{rng.choice(['«', '“', '(', '[', '<'])}{name}{rng.choice(['»', '”', ')', ']', '>'])}"
    return name


def _sentence(rng: random.Random, lang: str) -> str:
    fr = lang == "fr"
    template = rng.choice(TEMPLATES_FR if fr else TEMPLATES_EN)
    a, b = _name(rng), _name(rng)
    return template.format(
        A=a,
        B=b if b != a else b + " Group",
        # one person per company: two chief executives of one company in a batch would be a real
        # conflict the shapes report (CeoConflictShape), not a defect
        P=PEOPLE[zlib.crc32(a.encode("utf-8", "surrogatepass")) % len(PEOPLE)],
        CITY=rng.choice(CITIES),
        M=rng.choice(MODELS),
        AMT=rng.choice(AMOUNTS_FR if fr else AMOUNTS_EN),
        MONTH=rng.choice(MONTHS_FR if fr else MONTHS_EN),
        DAY=rng.choice(["1er", "14", "31", "32"] if fr else ["1", "14", "31", "32"]),
        YEAR=rng.choice(["2023", "2024", "2025", "1999", "20245", "0"]),
    )


def _mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randrange(4)):
        op = rng.randrange(7)
        pos = rng.randrange(len(text) + 1)
        if op == 0:  # syntax anywhere
            text = text[:pos] + rng.choice(SNIPPETS) + text[pos:]
        elif op == 1:  # odd Unicode anywhere
            text = text[:pos] + rng.choice(UNICODE) + text[pos:]
        elif op == 2:  # combining marks on a run of letters
            out = []
            for ch in text:
                out.append(ch)
                if ch.isalpha() and rng.random() < 0.15:
                    out.append(rng.choice(["\u0301", "\u0300", "\u0308", "\u0323"]))
            text = "".join(out)
        elif op == 3:  # a very long word
            text = text[:pos] + " " + "x" * rng.choice([300, 2000]) + " " + text[pos:]
        elif op == 4:  # a number where it should not be
            number = rng.choice(["1e308", "-0", "10^21", "99999999999999999999999999", "0,000000001", "1_000", "∞"])
            text = text[:pos] + f" {number} " + text[pos:]
        elif op == 5:  # a sentence in quotes or brackets
            left, right = rng.choice([("« ", " »"), ('"', '"'), ("(", ")"), ("[", "]"), ("<", ">")])
            text = left + text + right
        else:  # no sentence end
            text = text.replace(".", " ")
    return text


def generate(seed: int, count: int) -> Iterator[Case]:
    """``count`` articles from ``seed``: the same seed gives the same articles."""
    rng = random.Random(seed)
    for _ in range(count):
        lang = rng.choice(["fr", "fr", "en"])
        sentences = [_mutate(rng, _sentence(rng, lang)) for _ in range(rng.randrange(1, 5))]
        text = rng.choice([" ", "\n", "\n\n"]).join(sentences)
        if rng.random() < 0.02:  # half a surrogate pair: what a broken UTF-16 decoder leaves
            cut = rng.randrange(len(text) + 1)
            text = text[:cut] + rng.choice(["\ud83d", "\ude00"]) + text[cut:]
        yield Case(text, lang)


# --- the checks --------------------------------------------------------------------------------


def _rapper() -> str | None:
    return shutil.which("rapper")


def parse_counts(data: bytes, fmt: str) -> dict[str, int]:
    """The number of quads each parser reads from ``data`` (``fmt``: "trig" or "nquads"); a
    parser that fails raises with its message."""
    import pyoxigraph as ox
    import rdflib

    counts = {}
    ds = rdflib.Dataset()
    ds.parse(data=data, format=fmt)
    counts["rdflib"] = sum(1 for _ in ds.quads((None, None, None, None)))
    counts["pyoxigraph"] = sum(
        1 for _ in ox.parse(data, format=ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS)
    )
    rapper = _rapper()
    if rapper:
        done = subprocess.run(
            [rapper, "-q", "-i", fmt, "-o", "nquads", "-", "http://example.org/base/"],
            input=data,
            capture_output=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise ValueError(f"rapper: {done.stderr.decode('utf-8', 'replace').strip()[:300]}")
        counts["rapper"] = sum(1 for line in done.stdout.splitlines() if line.strip())
    return counts


def evidence_problems(dataset, texts: dict[str, str]) -> tuple[int, list[str]]:
    """(evidences checked, problems): each offset pair lies in its article and its ``ai:sentence`` is
    the text between them (ontologies/shapes.ttl: its length is endOffset - startOffset)."""
    from knowgraph.rdf.namespace import AI

    wanted = {AI.article: "article", AI.startOffset: "start", AI.endOffset: "end", AI.sentence: "sentence"}
    evidence: dict = {}
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        if p in wanted:
            evidence.setdefault(s, {})[wanted[p]] = o
    problems = []
    checked = 0
    for ev, parts in sorted(evidence.items()):
        article, start, end, sentence = (parts.get(k) for k in ("article", "start", "end", "sentence"))
        if start is None or end is None or article is None:
            continue
        checked += 1
        text = texts.get(str(article))
        if text is None:
            problems.append(f"evidence {ev}: article {article} is not one of the inputs")
            continue
        start, end = int(start), int(end)
        if not 0 <= start < end <= len(text):
            problems.append(f"evidence {ev}: offsets {start}-{end} outside the article ({len(text)} characters)")
        elif sentence is not None and str(sentence) != text[start:end]:
            problems.append(f"evidence {ev}: {str(sentence)[:80]!r} is not the text at {start}-{end}")
    return checked, problems


def violation_nodes(report) -> list[set]:
    """The focus node and value of every violation of a SHACL report."""
    from rdflib import SH

    return [
        {report.graph.value(result, SH.focusNode), report.graph.value(result, SH.value)} - {None}
        for result in report.graph.subjects(SH.resultSeverity, SH.Violation)
    ]


def check_graph(kg, texts: dict[str, str]) -> tuple[dict[str, int], list[str]]:
    """Parse, validate and check the evidence of a built graph; (counts, problems)."""
    from knowgraph.rdf.output import serialize

    problems: list[str] = []
    counts = {"evidence": 0, "quads": 0}
    for fmt, name in (("trig", "trig"), ("nquads", "nquads")):
        data = serialize(kg.dataset, name)
        try:
            by_parser = parse_counts(data, fmt)
        except Exception as exc:  # noqa: BLE001 - any parser failure is a finding
            problems.append(f"{fmt}: does not parse: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
            continue
        if len(set(by_parser.values())) != 1:
            problems.append(f"{fmt}: the parsers disagree on the number of quads: {by_parser}")
        counts["quads"] = max(by_parser.values())
    report = kg.validate()
    if not report.conforms:
        violations = violation_nodes(report)
        first = next((line.strip() for line in report.text.splitlines() if "Message:" in line), "")
        problems.append(f"SHACL: {len(violations)} violation(s) on {sorted(map(str, violations[0]))}: {first}")
    counts["evidence"], found = evidence_problems(kg.dataset, texts)
    return counts, problems + found


def build_batch(cases: list[Case]) -> tuple[dict[str, int], list[str]]:
    """Build a batch with the API (one call) and check it; (counts, problems)."""
    import knowgraph

    problems = []
    counts = {"articles": 0, "evidence": 0, "quads": 0}
    try:
        kg = knowgraph.build(
            [knowgraph.Article(text=c.text, lang=c.lang) for c in cases], published=PUBLISHED, validate=False
        )
    except Exception as exc:  # noqa: BLE001 - any exception is a finding
        return counts, [f"build raised {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"]
    for result, case in zip(kg.articles, cases, strict=True):
        if len(result.text) != len(case.text) or any("\ud800" <= c <= "\udfff" for c in result.text):
            problems.append(f"article {result.iri}: its text changed length or kept a lone surrogate")
    counts["articles"] = len(cases)
    found, more = check_graph(kg, {r.iri: r.text for r in kg.articles})
    counts["evidence"], counts["quads"] = found["evidence"], found["quads"]
    return counts, problems + more


def cli_batch(cases: list[Case], folder: Path) -> tuple[dict[str, int], list[str]]:
    """Write the batch as .txt files (a folder per language: short mutated texts do not always
    look like their language), ``knowgraph build`` each folder on the command line (French into
    TriG, English into N-Quads) and check both outputs; (counts, problems)."""
    from knowgraph.api import KnowledgeGraph, clean_text
    from knowgraph.inputs import read_inputs
    from knowgraph.rdf.graph import article_iri
    from knowgraph.rdf.output import parse

    problems: list[str] = []
    counts = {"cli articles": 0, "cli evidence": 0}
    knowgraph_cli = Path(sys.executable).parent / "knowgraph"
    for lang, ext in (("fr", ".trig"), ("en", ".nq")):
        chosen = [c for c in cases if c.lang == lang]
        if not chosen:
            continue
        inputs = folder / lang
        inputs.mkdir(parents=True, exist_ok=True)
        for n, case in enumerate(chosen):  # a file holds UTF-8: no lone surrogate
            (inputs / f"{n:04d}.txt").write_text(clean_text(case.text), encoding="utf-8", newline="")
        # the texts as the command reads the files: the evidence offsets count in them
        texts = {article_iri(item.text): item.text for item in read_inputs([str(inputs)]) if hasattr(item, "text")}
        out = folder / f"graph{ext}"
        command = [str(knowgraph_cli), "build", str(inputs), "-o", str(out), "--lang", lang, "-q"]
        done = subprocess.run(
            [*command, "--published", PUBLISHED.isoformat()], capture_output=True, text=True, timeout=900
        )
        skipped = re.findall(r"skipped (\S+): its graph violates the shapes", done.stderr)
        unexplained = [line for line in done.stderr.splitlines() if line.strip() and "skipped" not in line]
        if (
            done.returncode not in (0, 1)
            or "Traceback" in done.stderr
            or unexplained
            or (done.returncode and not skipped)
        ):
            problems.append(f"knowgraph build -o {out.name}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
            continue
        problems += [f"knowgraph build left out {Path(name).name}: its graph violates the shapes" for name in skipped]
        found, more = check_graph(KnowledgeGraph(parse(out)), texts)
        problems += [f"CLI {ext}: {p}" for p in more]
        counts["cli evidence"] += found["evidence"]
        counts["cli articles"] += len(chosen)
    return counts, problems


def run(cases: int, seed: int, batch: int, cli_every: int, out=sys.stdout) -> list[str]:
    """Generate and check ``cases`` articles; returns the problems found."""
    import knowgraph

    knowgraph.load_pipeline("fr"), knowgraph.load_pipeline("en")  # once, before the clock
    all_cases = list(generate(seed, cases))
    totals: dict[str, int] = {}
    problems: list[str] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for number, first in enumerate(range(0, len(all_cases), batch)):
            chunk = all_cases[first : first + batch]
            counts, found = build_batch(chunk)
            if cli_every and number % cli_every == 0:
                more_counts, more = cli_batch(chunk, Path(tmp) / f"cli-{number}")
                counts.update(more_counts)
                found += more
            for key, value in counts.items():
                totals[key] = totals.get(key, 0) + value
            problems += [f"batch {number} (seed {seed}, cases {first}-{first + len(chunk) - 1}): {p}" for p in found]
            print(
                f"\r{first + len(chunk)}/{len(all_cases)} cases, {len(problems)} problems, "
                f"{time.perf_counter() - start:.0f} s",
                end="",
                file=out,
                flush=True,
            )
    print(file=out)
    print(
        f"{len(all_cases)} cases (seed {seed}) in {time.perf_counter() - start:.1f} s: "
        + ", ".join(f"{k} {v:,}" for k, v in totals.items())
        + f"; parsers: rdflib, pyoxigraph{', rapper' if _rapper() else ' (no rapper)'}",
        file=out,
    )
    for problem in problems:
        print(problem, file=out)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=1000, help="articles to generate (default 1000)")
    parser.add_argument("--seed", type=int, default=17, help="the generator's seed (default 17)")
    parser.add_argument("--batch", type=int, default=40, help="articles built per knowgraph.build call")
    parser.add_argument("--cli-every", type=int, default=10, help="every Nth batch also through the CLI (0: never)")
    args = parser.parse_args(argv)
    return 1 if run(args.cases, args.seed, args.batch, args.cli_every) else 0


if __name__ == "__main__":
    sys.exit(main())
