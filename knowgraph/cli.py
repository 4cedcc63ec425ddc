"""The ``knowgraph`` command line.

    knowgraph build INPUT... -o OUTPUT [--lang auto|fr|en] [--published YYYY-MM-DD] [--source IRI]
    knowgraph validate FILE...
    knowgraph load FILE... --store DIR
    knowgraph query DIR QUERY [--format table|csv|tsv|json]

Errors are one line on standard error and a non-zero exit: 1 for a graph that violates the
shapes or an article that cannot be built, 2 for bad usage or input.
"""
from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path
from typing import Iterator, Sequence

from . import __version__

INPUT_SUFFIXES = (".txt", ".text")


class CliError(Exception):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="knowgraph", description="AI-industry knowledge graphs from news articles.")
    parser.add_argument("--version", action="version", version=f"knowgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="extract a knowledge graph from articles")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="UTF-8 text files, folders of them, or - for standard input")
    build.add_argument("-o", "--output", required=True, help="output file: .ttl .trig .nt .nq .jsonld")
    build.add_argument("--lang", default="auto", choices=["auto", "fr", "en"], help="article language (default: detect)")
    build.add_argument("--published", type=_date, help="publication date, resolves 'l'année dernière'")
    build.add_argument("--source", help="IRI of the article (one input only)")
    build.add_argument("--gazetteer", action="append", default=[], metavar="CSV", help="extra gazetteer file (repeatable)")
    build.add_argument("--model", help="spaCy pipeline to use instead of the default (a package name or path)")

    validate = sub.add_parser("validate", help="check RDF files against the knowgraph shapes")
    validate.add_argument("files", nargs="+", metavar="FILE")

    load = sub.add_parser("load", help="load graphs into a SPARQL store")
    load.add_argument("files", nargs="+", metavar="FILE")
    load.add_argument("--store", required=True, metavar="DIR", help="on-disk embedded store (created if missing)")

    query = sub.add_parser("query", help="ask a SPARQL question")
    query.add_argument("store", metavar="DIR", help="embedded store folder")
    query.add_argument("query", metavar="QUERY", help="SPARQL text or a .rq file")
    query.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    return parser


def expand_inputs(inputs: Sequence[str]) -> Iterator[str]:
    """Files as given, folders as their text files (sorted, recursive), "-" as standard input."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
            if not files:
                raise CliError(f"{item}: no {'/'.join(INPUT_SUFFIXES)} files in this folder")
            yield from (str(p) for p in files)
        else:
            yield item


def cmd_build(args) -> int:
    from .api import Article, GraphInvalid, KnowledgeGraph, analyse, decode_text, read_text_file
    from .graph import to_dataset
    from .output import format_for_path

    format_for_path(args.output)  # an unsupported extension fails before any work
    output_dir = Path(args.output).resolve().parent
    if not output_dir.is_dir():
        raise CliError(f"cannot write {args.output}: no such folder {output_dir}")
    if not os.access(output_dir, os.W_OK):
        raise CliError(f"cannot write {args.output}: folder not writable")
    files = list(expand_inputs(args.inputs))
    if args.source and len(files) > 1:
        raise CliError("--source names one article: give a single input")
    nlp = None
    if args.model:
        import spacy

        try:
            nlp = spacy.load(args.model)
        except OSError as exc:
            raise CliError(f"cannot load spaCy model {args.model!r}: {exc}") from None
    results = []
    for name in files:
        if name == "-":
            text = decode_text(sys.stdin.buffer.read(), "<stdin>")
            article = Article(text=text, path=None)
        else:
            article = Article(text=read_text_file(name), path=name)
        article.published = args.published
        article.source = args.source
        results.append(analyse(article, lang=args.lang, nlp=nlp, gazetteer_files=args.gazetteer))
    kg = KnowledgeGraph(to_dataset(results), results)
    report = kg.validate()
    if not report.conforms:
        raise CliError(f"the graph violates the shapes ({report.violations} violations); nothing written:\n{report.text}", 1)
    kg.write(args.output)
    facts = sum(len(r.asserted) for r in results)
    print(f"knowgraph: {len(results)} article(s), {facts} facts, {len(kg.graph)} triples -> {args.output}", file=sys.stderr)
    return 0


def cmd_validate(args) -> int:
    from .output import parse
    from .validation import validate

    worst = 0
    for name in args.files:
        if not Path(name).is_file():
            raise CliError(f"{name}: no such file")
        data = parse(name)
        report = validate(data)
        status = "conforms" if report.conforms else f"{report.violations} violation(s)"
        print(f"{name}: {status}, {report.warnings} warning(s)")
        if not report.conforms:
            print(report.text)
            worst = 1
    return worst


def cmd_load(args) -> int:
    from .store import EmbeddedStore

    with EmbeddedStore(args.store) as store:
        for name in args.files:
            if not Path(name).is_file():
                raise CliError(f"{name}: no such file")
            added = store.load(name)
            print(f"{name}: {added} quads loaded into {args.store}", file=sys.stderr)
        print(f"{args.store}: {len(store)} quads", file=sys.stderr)
    return 0


def cmd_query(args) -> int:
    from .store import EmbeddedStore, read_query

    if not Path(args.store).is_dir():
        raise CliError(f"{args.store}: no such store folder (create it with knowgraph load)")
    with EmbeddedStore(args.store) as store:
        result = store.query(read_query(args.query))
    if isinstance(result, bool):
        print("true" if result else "false")
    elif hasattr(result, "to_table"):
        print({"table": result.to_table, "csv": result.to_csv, "tsv": result.to_tsv, "json": result.to_json}[args.format](),
              end="" if args.format != "table" else "\n")
    else:
        sys.stdout.write(result.serialize(format="turtle"))
    return 0


COMMANDS = {"build": cmd_build, "validate": cmd_validate, "load": cmd_load, "query": cmd_query}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except CliError as exc:
        print(f"knowgraph: error: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("knowgraph: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback
        from .api import GraphInvalid, InputError
        from .output import OutputError, UnsupportedFormat
        from .resources import UnsupportedLanguage

        known = (InputError, UnsupportedLanguage, UnsupportedFormat, OutputError, GraphInvalid, OSError)
        try:
            from .store import StoreError

            known += (StoreError,)
        except ImportError:
            pass
        if isinstance(exc, known):
            print(f"knowgraph: error: {exc}", file=sys.stderr)
            return 2 if isinstance(exc, (InputError, UnsupportedLanguage, UnsupportedFormat)) else 1
        if os.environ.get("KNOWGRAPH_DEBUG"):
            raise
        print(f"knowgraph: internal error: {type(exc).__name__}: {exc} (set KNOWGRAPH_DEBUG=1 for details)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
