"""``knowgraph evaluate GOLD_DIR TEXT_DIR``: the command line of :func:`knowgraph.evaluate`.

    knowgraph evaluate corpus/dev/fr corpus/dev/fr --show-errors
    knowgraph evaluate gold/ texts/ --only en --relations foundedBy,locatedIn --by-relation
    knowgraph evaluate gold/ texts/ --json > scores.json

Exit status: 0 when every case was scored, 1 when a text was missing or could not be built
(listed as FAILED), 2 for bad usage or a gold file that does not follow the format.
"""

from __future__ import annotations

import argparse
import sys


def add_evaluate_parser(sub) -> None:
    """Register the ``evaluate`` subcommand on the ``knowgraph`` parser's subparsers."""
    parser = sub.add_parser(
        "evaluate",
        help="score knowgraph on texts annotated by hand (gold YAML, see docs/evaluation.md)",
        description="Build each gold case's text and compare the graph with the gold: "
        "entities, facts (P/R/F1), events, amounts, dates and hedged statements asserted.",
    )
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of <id>.yaml gold cases")
    parser.add_argument("text_dir", metavar="TEXT_DIR", help="folder of <id>.txt texts (may be GOLD_DIR)")
    parser.add_argument("--only", choices=["fr", "en"], help="only the cases in this language")
    parser.add_argument("--relations", metavar="R1,R2", help="score only these relations (comma-separated local names)")
    parser.add_argument("--show-errors", action="store_true", help="list wrong and missed facts and entities")
    parser.add_argument(
        "--by-relation",
        action="store_true",
        help="a table per relation: gold, found, missed, missed with both entities found, wrong",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output on standard output")


def run_evaluate(args: argparse.Namespace) -> int:
    from knowgraph.evaluation.gold import GoldError
    from knowgraph.evaluation.runner import evaluate

    relations = [r.strip() for r in args.relations.split(",") if r.strip()] if args.relations else None
    try:
        report = evaluate(
            args.gold_dir, args.text_dir, lang=args.only, show_errors=args.show_errors, relations=relations
        )
    except GoldError as exc:
        print(f"knowgraph: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(report.to_json())
    else:
        print(report.text(by_relation=args.by_relation))
    return 1 if report.failures else 0
