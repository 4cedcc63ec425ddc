"""knowgraph quickstart: from French news text to a validated, queryable RDF knowledge graph.

Run it from anywhere:

    python examples/quickstart.py

It builds a graph from a string, then from the example articles of ``examples/articles/``,
validates it against the SHACL shapes, writes it as Turtle to a temporary folder and asks it one
SPARQL question (``examples/queries/07-provenance.rq``: which sentence says that Microsoft bought
Nexalia?).
"""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

import knowgraph

HERE = Path(__file__).resolve().parent
PUBLISHED = datetime.date(2025, 3, 14)  # resolves "l'année dernière" to 2024


def from_a_string() -> None:
    text = (
        "La startup Nexalia, basée à Lyon, a été rachetée par Microsoft pour 300 millions d’euros "
        "en mars 2024. Claire Dumas, PDG de la startup Nexalia, reste aux commandes."
    )
    # build() validates the graph by default and raises knowgraph.GraphInvalid if it does not conform
    kg = knowgraph.build(text, lang="fr", published=PUBLISHED)
    print(f"From a string: {len(kg)} triples")

    # The extraction itself, before RDF: entities, facts (with their status) and events
    result = knowgraph.analyse(text, lang="fr", published=PUBLISHED)
    for fact in result.facts:
        print(f"  fact  {fact.subject} {fact.relation} {fact.object} [{fact.status}, {fact.confidence}, {fact.rule}]")
    for event in result.events:
        amount = event.amount and f"{event.amount.value} {event.amount.currency}"
        print(f"  event {event.type} {dict(event.roles)} amount={amount} date={event.date and event.date.value}")


def from_files() -> None:
    paths = sorted((HERE / "articles").glob("fr-*.txt"))
    articles = [knowgraph.Article.from_file(p, lang="fr", published=PUBLISHED) for p in paths]
    # validate=False here because we validate explicitly just below (once is enough)
    kg = knowgraph.build(articles, validate=False)
    print(f"\nFrom {len(paths)} files: {len(kg)} triples in {len(list(kg.dataset.graphs()))} graphs")

    report = kg.validate()
    print(f"SHACL: conforms={report.conforms}, {report.violations} violation(s), {report.warnings} warning(s)")
    if not report.conforms:
        raise SystemExit(report.text)

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "examples.ttl"
        kg.write(out)  # the extension picks the format: .ttl .trig .nt .nq .jsonld
        print(f"Wrote {out.stat().st_size} bytes of Turtle to {out}")

    question = (HERE / "queries" / "07-provenance.rq").read_text(encoding="utf-8")
    print("\n" + question.splitlines()[0])
    for row in kg.query(question):  # rows are dicts: variable name -> Python value
        print(
            f"  [{row['status'].rsplit('#', 1)[-1]}] {Path(row['file']).name} characters {row['start']}-{row['end']} "
            f"(confidence {row['confidence']}, rule {row['rule']})"
        )
        print(f"  « {row['sentence']} »")


if __name__ == "__main__":
    from_a_string()
    from_files()
