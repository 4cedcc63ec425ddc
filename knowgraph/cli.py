"""The ``knowgraph`` command line.

    knowgraph build INPUT... -o OUTPUT [--into DATASET] [--lang auto|fr|en] [--published YYYY-MM-DD]
                    [--source IRI] [--gazetteer CSV] [--model SPACY_PIPELINE]
    knowgraph validate FILE...
    knowgraph load FILE... (--store DIR | --endpoint URL [--query-endpoint URL]) [--user NAME | --auth HEADER]
    knowgraph query (DIR | --store DIR | --endpoint URL) QUERY [--format table|csv|tsv|json]
    knowgraph report INPUT... -o REPORT.html [--lang auto|fr|en] [--published YYYY-MM-DD] [--model SPACY_PIPELINE]
    knowgraph show FILE... -o (GRAPH.html | GRAPH.svg | GRAPH.png) [--around NAME [--depth N]] [--lang auto|fr|en]
    knowgraph evaluate GOLD_DIR TEXT_DIR [--only fr|en] [--relations R1,R2] [--show-errors] [--by-relation] [--json]

Errors are one line on standard error and a non-zero exit: 1 for a graph that violates the
shapes or an article that cannot be built, 2 for bad usage or input.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from knowgraph import __version__


class CliError(Exception):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


#: The extensions of the RDF files knowgraph reads and writes (knowgraph.rdf.output.FORMATS).
RDF_SUFFIXES = (".ttl", ".trig", ".nt", ".nq", ".jsonld")


def _same_file(a: str, b: str) -> bool:
    """True when the paths name one file (the same path, a link to it, another spelling of it)."""
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):  # a symlink loop: not the same as anything we write
        return False


def _check_articles(inputs: Sequence[str], *outputs: str | None) -> None:
    """Refuse, before any work, an input that is also an output (it would be overwritten) or an RDF file.

    Folders are not looked into: they only give articles (.txt .html .md .jsonl), never an output.
    """
    for name in inputs:
        if name == "-":
            continue
        for output in outputs:
            if output is not None and _same_file(name, output):
                raise CliError(
                    f"{name} is both an input and the output: it would be overwritten; write to another file"
                )
        if Path(name).suffix.lower() in RDF_SUFFIXES and not Path(name).is_dir():
            raise CliError(
                f"{name}: an RDF file, not an article (articles are .txt .html .md .jsonl; "
                "to add articles to a graph, give it as --into)"
            )


def _check_gazetteers(names: Sequence[str]) -> None:
    for name in names:
        if not Path(name).is_file():
            raise CliError(f"--gazetteer {name}: {'is a folder' if Path(name).is_dir() else 'no such file'}")


def _check_rdf_files(names: Sequence[str]) -> None:
    """Refuse a file that is not RDF by its extension, in the words of the files it expects."""
    for name in names:
        if Path(name).suffix.lower() not in RDF_SUFFIXES:
            raise CliError(f"{name}: not an RDF file ({' '.join(RDF_SUFFIXES)})")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="knowgraph", description="AI-industry knowledge graphs from news articles.")
    parser.add_argument("--version", action="version", version=f"knowgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="extract a knowledge graph from articles")
    build.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="text (.txt), HTML, Markdown or JSON Lines files, folders of them, or - for standard input",
    )
    build.add_argument("-o", "--output", help="output file: .ttl .trig .nt .nq .jsonld (default: the --into file)")
    build.add_argument(
        "--into",
        metavar="DATASET",
        help="add the articles to this graph (.trig .nq .jsonld, created if "
        "missing); an article already in it is replaced; written back unless -o names another file",
    )
    build.add_argument(
        "--lang", default="auto", choices=["auto", "fr", "en"], help="article language (default: detect)"
    )
    build.add_argument("--published", type=_date, help="publication date, resolves 'l'année dernière'")
    build.add_argument("--source", help="IRI of the article (one input only)")
    build.add_argument(
        "--gazetteer", action="append", default=[], metavar="CSV", help="extra gazetteer file (repeatable)"
    )
    build.add_argument("--model", help="spaCy pipeline to use instead of the default (a package name or path)")
    build.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes analysing articles (default 1; each loads the spaCy models once)",
    )
    build.add_argument(
        "--resume",
        action="store_true",
        help="go on with a build that stopped, and keep the articles the output already holds",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")

    validate = sub.add_parser("validate", help="check RDF files against the knowgraph shapes")
    validate.add_argument("files", nargs="+", metavar="FILE")

    def remote_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--user",
            metavar="NAME",
            help="user for the server's HTTP Digest or Basic authentication (the server's challenge decides); "
            "the password from the KNOWGRAPH_PASSWORD environment variable, else asked for",
        )
        p.add_argument(
            "--password",
            metavar="PASSWORD",
            help="the user's password (seen by other users of the machine: prefer KNOWGRAPH_PASSWORD)",
        )
        p.add_argument(
            "--auth",
            metavar="HEADER",
            help="Authorization header for the server, e.g. 'Bearer TOKEN' "
            "(default: the KNOWGRAPH_AUTH environment variable)",
        )
        p.add_argument(
            "--timeout",
            type=float,
            default=30,
            metavar="SECONDS",
            help="the most one request may take, the whole answer included (default 30)",
        )
        p.add_argument(
            "--retries",
            type=int,
            default=3,
            metavar="N",
            help="retries on connection errors, timeouts and 5xx answers, with exponential back-off (default 3)",
        )

    load = sub.add_parser(
        "load",
        help="load graphs into a SPARQL store",
        usage="%(prog)s FILE... (--store DIR | --endpoint URL [--query-endpoint URL] [--user NAME | --auth HEADER])",
    )
    load.add_argument("files", nargs="+", metavar="FILE")
    target = load.add_mutually_exclusive_group(required=True)
    target.add_argument("--store", metavar="DIR", help="on-disk embedded store (created if missing)")
    target.add_argument(
        "--endpoint",
        metavar="URL",
        help="SPARQL 1.1 Graph Store Protocol endpoint of a server, e.g. http://localhost:7878/store",
    )
    load.add_argument(
        "--query-endpoint",
        metavar="URL",
        help="the server's SPARQL query endpoint, to report its triple count after loading",
    )
    load.add_argument(
        "--no-union",
        dest="union",
        action="store_false",
        help="do not also add the merged graph to the server's default graph "
        "(for servers whose default graph is already the union of all graphs)",
    )
    remote_options(load)

    query = sub.add_parser(
        "query",
        help="ask a SPARQL question",
        usage="%(prog)s (DIR | --store DIR | --endpoint URL) QUERY [--format table|csv|tsv|json]",
    )
    query.add_argument("dir", nargs="?", metavar="DIR", help="embedded store folder (same as --store DIR)")
    query.add_argument("query", metavar="QUERY", help="SPARQL text or a .rq file")
    where = query.add_mutually_exclusive_group()
    where.add_argument("--store", metavar="DIR", help="embedded store folder")
    where.add_argument(
        "--endpoint", metavar="URL", help="SPARQL query endpoint of a server, e.g. http://localhost:7878/query"
    )
    query.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    query.add_argument(
        "--allow-service",
        action="store_true",
        help="let SERVICE in the query send requests to the servers it names (embedded store; refused by default)",
    )
    remote_options(query)

    report = sub.add_parser("report", help="an HTML page showing what was extracted from articles, next to their text")
    report.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="as for build: text, HTML, Markdown or JSON Lines files, folders, or -",
    )
    report.add_argument("-o", "--output", required=True, help="the report: a .html file")
    report.add_argument(
        "--lang", default="auto", choices=["auto", "fr", "en"], help="article language (default: detect)"
    )
    report.add_argument("--published", type=_date, help="publication date, resolves 'l'année dernière'")
    report.add_argument("--source", help="IRI of the article (one input only)")
    report.add_argument(
        "--gazetteer", action="append", default=[], metavar="CSV", help="extra gazetteer file (repeatable)"
    )
    report.add_argument("--model", help="spaCy pipeline to use instead of the default (a package name or path)")

    show = sub.add_parser("show", help="draw a knowledge graph: interactive .html, or static .svg/.png")
    show.add_argument("files", nargs="+", metavar="FILE", help="RDF written by knowgraph: .ttl .trig .nt .nq .jsonld")
    show.add_argument("-o", "--output", required=True, help="the picture: .html (interactive), .svg or .png")
    show.add_argument(
        "--around", metavar="NAME", help="only the neighbourhood of this entity (name, other name or IRI)"
    )
    show.add_argument("--depth", type=int, default=2, metavar="N", help="with --around: relations away (default 2)")
    show.add_argument(
        "--lang", default="auto", choices=["auto", "fr", "en"], help="labels (default: the articles' language)"
    )
    show.add_argument("--hedged", action="store_true", help="also draw statements that are not asserted, dashed")
    show.add_argument("--title", help="title of the picture")

    from knowgraph.evaluation.command import add_evaluate_parser

    add_evaluate_parser(sub)
    return parser


def cmd_build(args) -> int:
    from knowgraph.api import check_source
    from knowgraph.archive.batch import BuildFailed, build_archive
    from knowgraph.archive.lock import OutputBusy, output_lock
    from knowgraph.rdf.output import format_for_path

    if args.output is None and args.into is None:
        raise CliError("build needs an output: -o FILE, or --into DATASET to add the articles to a graph")
    if args.output is None:
        args.output = args.into
    format_for_path(args.output)  # an unsupported extension fails before any work
    _check_articles(args.inputs, args.output, args.into)
    check_source(args.source)
    _check_gazetteers(args.gazetteer)
    if args.into is not None:
        if format_for_path(args.into) not in ("trig", "nquads", "json-ld"):
            raise CliError(
                f"--into {args.into}: a graph to add articles to must keep them apart: use .trig, .nq or .jsonld"
            )
        if Path(args.into).is_dir():
            raise CliError(f"--into {args.into}: is a folder")
        if Path(args.into).exists():
            from knowgraph.rdf.output import check_syntax

            check_syntax(args.into)  # a bad file fails before any work (ParseError: one line), in constant memory
    if args.workers < 1:
        raise CliError(f"--workers {args.workers}: give at least 1")
    output_dir = Path(args.output).resolve().parent
    if not output_dir.is_dir():
        raise CliError(f"cannot write {args.output}: no such folder {output_dir}")
    if not os.access(output_dir, os.W_OK):
        raise CliError(f"cannot write {args.output}: folder not writable")
    if args.model:
        import spacy

        try:
            spacy.load(args.model)  # a wrong name fails here, once, not in every worker
        except OSError as exc:
            raise CliError(f"cannot load spaCy model {args.model!r}: {exc}") from None

    def report(problem: str) -> None:
        print(f"knowgraph: skipped {problem}", file=sys.stderr)

    try:
        with output_lock(args.output):  # a second build to this output is refused, not interleaved
            summary = build_archive(
                args.inputs,
                args.output,
                workers=args.workers,
                lang=args.lang,
                published=args.published,
                source=args.source,
                gazetteer_files=args.gazetteer,
                model=args.model,
                into=args.into,
                resume=args.resume,
                stdin=sys.stdin.buffer if "-" in args.inputs else None,
                progress=False if args.quiet else None,
                on_problem=report,
            )
    except OutputBusy as exc:
        raise CliError(str(exc)) from None
    except BuildFailed as exc:
        raise CliError(str(exc), 1 if "violates the shapes" in str(exc) else 2) from None
    except KeyboardInterrupt:
        print("knowgraph: interrupted; run the same command with --resume to go on", file=sys.stderr)
        return 130
    if not args.quiet:
        unit = "triples" if format_for_path(args.output) in ("turtle", "ntriples") else "quads"
        print(
            f"knowgraph: {summary.built} article(s), {summary.facts} facts, {summary.written} {unit} -> {args.output}"
            + (f" ({summary.built + summary.kept} articles in all)" if summary.kept else "")
            + (f" ({summary.failed} skipped)" if summary.failed else "")
            + f" in {summary.seconds:.1f} s",
            file=sys.stderr,
        )
    return 1 if summary.failed else 0


def cmd_validate(args) -> int:
    from knowgraph.rdf.output import parse
    from knowgraph.rdf.validation import validate

    worst = 0
    _check_rdf_files(args.files)
    for name in args.files:
        if not Path(name).is_file():
            raise CliError(f"{name}: {'is a folder' if Path(name).is_dir() else 'no such file'}")
        data = parse(name)
        report = validate(data)
        status = "conforms" if report.conforms else f"{report.violations} violation(s)"
        print(f"{name}: {status}, {report.warnings} warning(s)")
        if not report.conforms:
            print(report.text)
            worst = 1
    return worst


def _check_url(option: str, url: str) -> None:
    """Refuse an endpoint that is not an http(s) URL, in one line that shows no password."""
    import urllib.parse

    try:
        parts = urllib.parse.urlsplit(url)
        valid = parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and (parts.port or 1) > 0
    except ValueError:  # a port that is not a number, a bad IPv6 address
        valid = False
    if not valid:
        shown = url.split("://", 1)[0] + "://***@" + url.rsplit("@", 1)[1] if "@" in url else url
        raise CliError(f"{option} {shown!r}: not a valid URL (expected http://HOST[:PORT]/PATH or https://...)")


def _remote_store(args, query_endpoint: str, store_endpoint: str | None = None):
    from knowgraph.stores.httpclient import split_credentials
    from knowgraph.stores.remote import PASSWORD_ENV, RemoteStore

    for option in ("endpoint", "query_endpoint"):
        if getattr(args, option, None) is not None:
            _check_url("--" + option.replace("_", "-"), getattr(args, option))
    if not args.timeout > 0:
        raise CliError(f"--timeout must be positive, got {args.timeout:g}")
    if args.retries < 0:
        raise CliError(f"--retries must be zero or more, got {args.retries}")
    if args.user is not None and args.auth is not None:
        raise CliError("give either --user (with a password) or --auth HEADER, not both")
    password = args.password
    try:
        in_urls = [split_credentials(u)[1:] for u in (query_endpoint, store_endpoint or query_endpoint)]
    except ValueError:
        in_urls = []  # RemoteStore says what is wrong with the URL
    user = args.user or next((u for u, _ in in_urls if u), None)
    has_password = password is not None or any(p is not None for _, p in in_urls) or PASSWORD_ENV in os.environ
    if user is not None and not has_password and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"password for {user}: ")  # not echoed
    return RemoteStore(
        query_endpoint,
        store_endpoint,
        auth_header=args.auth,
        user=args.user,
        password=password,
        timeout=args.timeout,
        retries=args.retries,
    )


def cmd_load(args) -> int:
    from knowgraph.stores.embedded import EmbeddedStore

    _check_rdf_files(args.files)  # before a store folder is created for nothing
    if args.endpoint is None:
        for option, value in (
            ("--query-endpoint", args.query_endpoint),
            ("--auth", args.auth),
            ("--user", args.user),
            ("--password", args.password),
            ("--no-union", None if args.union else True),
        ):
            if value is not None:
                raise CliError(f"{option} goes with --endpoint URL (a server), not --store DIR")
    else:
        missing = [name for name in args.files if not Path(name).is_file()]
        if missing:
            raise CliError(f"{missing[0]}: no such file")
        remote = _remote_store(args, args.query_endpoint or args.endpoint, args.endpoint)
        added = remote.load(args.files, union=args.union)  # several files: merged, sent as one snapshot
        shown = args.files[0] if len(args.files) == 1 else f"{len(args.files)} files"
        # the endpoints as RemoteStore keeps them: without a user:password@ part
        print(f"{shown}: {added} quads loaded into {remote.store_endpoint}", file=sys.stderr)
        if remote.view_graph is not None:
            print(
                f"{remote.store_endpoint}: no writable default graph (the server's default graph is the union of "
                f"all graphs): knowgraph's cross-article view is in the named graph <{remote.view_graph}>",
                file=sys.stderr,
            )
        if args.query_endpoint and remote.view_graph is not None:
            graphs = remote.loaded_graphs  # the server's own graphs are not counted
            print(
                f"{remote.query_endpoint}: {remote.count(graphs)} quads in the {len(graphs)} graphs loaded",
                file=sys.stderr,
            )
        elif args.query_endpoint:
            print(
                f"{remote.query_endpoint}: {remote.count()} quads in all graphs (the default graph included)",
                file=sys.stderr,
            )
        return 0
    with EmbeddedStore(args.store) as store:
        for name in args.files:
            if not Path(name).is_file():
                raise CliError(f"{name}: no such file")
            added = store.load(name)
            print(f"{name}: {added} quads loaded into {args.store}", file=sys.stderr)
        print(f"{args.store}: {len(store)} quads", file=sys.stderr)
    return 0


def cmd_query(args) -> int:
    from knowgraph.stores.embedded import EmbeddedStore, read_query

    if args.dir is not None and (args.store is not None or args.endpoint is not None):
        raise CliError(f"give the store once: either DIR ({args.dir}) or --store DIR or --endpoint URL")
    if args.endpoint is not None:
        remote = _remote_store(args, args.endpoint)
        result = remote.query(read_query(args.query))
        if remote.row_limit is not None:
            print(
                f"knowgraph: warning: the server cut its answer at {remote.row_limit} rows (its own limit; Virtuoso: "
                "ResultSetMaxRows in virtuoso.ini): page through it with LIMIT and OFFSET",
                file=sys.stderr,
            )
    else:
        for option, value in (("--auth", args.auth), ("--user", args.user), ("--password", args.password)):
            if value is not None:
                raise CliError(f"{option} goes with --endpoint URL (a server), not a store folder")
        folder = args.store or args.dir
        if folder is None:
            raise CliError("which store? give a store folder (DIR or --store DIR) or a server (--endpoint URL)")
        # no folder, or one Oxigraph never wrote in: opening it would create an empty store
        if not (Path(folder) / "CURRENT").is_file():
            raise CliError(f"{folder}: no knowgraph store here; create it with knowgraph load")
        with EmbeddedStore(folder) as store:
            result = store.query(read_query(args.query), allow_service=args.allow_service)
    if isinstance(result, bool):
        print("true" if result else "false")
    elif hasattr(result, "to_table"):
        text = {"table": result.to_table, "csv": result.to_csv, "tsv": result.to_tsv, "json": result.to_json}[
            args.format
        ]()
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        from knowgraph.rdf.output import serialize

        sys.stdout.write(serialize(result, "turtle").decode("utf-8"))
    return 0


def cmd_report(args) -> int:
    from knowgraph.api import check_source
    from knowgraph.views.report import main_report

    _check_articles(args.inputs, args.output)
    check_source(args.source)
    _check_gazetteers(args.gazetteer)
    try:
        return main_report(args)
    except ValueError as exc:
        from knowgraph.api import InputError
        from knowgraph.nlp.resources import UnsupportedLanguage

        if isinstance(exc, (InputError, UnsupportedLanguage)):
            raise
        raise CliError(str(exc)) from None


def cmd_show(args) -> int:
    from knowgraph.rdf.output import ParseError, UnsupportedFormat
    from knowgraph.views.show import ShowError, main_show

    _check_rdf_files(args.files)
    try:
        return main_show(args)
    except (ShowError, UnsupportedFormat, ParseError) as exc:
        raise CliError(str(exc)) from None


def cmd_evaluate(args) -> int:
    from knowgraph.evaluation.command import run_evaluate

    return run_evaluate(args)


COMMANDS = {
    "build": cmd_build,
    "validate": cmd_validate,
    "load": cmd_load,
    "query": cmd_query,
    "report": cmd_report,
    "show": cmd_show,
    "evaluate": cmd_evaluate,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except CliError as exc:
        print(f"knowgraph: error: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt as exc:  # a remote load's LoadInterrupted says what it had sent
        print(f"knowgraph: interrupted: {exc}" if str(exc) else "knowgraph: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback
        from knowgraph.errors import (
            InputError,
            KnowgraphError,
            ParseError,
            UnsupportedFormat,
            UnsupportedLanguage,
            one_line,
        )

        if isinstance(exc, (KnowgraphError, OSError)):
            print(f"knowgraph: error: {one_line(exc)}", file=sys.stderr)
            return 2 if isinstance(exc, (InputError, UnsupportedLanguage, UnsupportedFormat, ParseError)) else 1
        if os.environ.get("KNOWGRAPH_DEBUG"):
            raise
        print(
            f"knowgraph: internal error: {type(exc).__name__}: {' '.join(str(exc).split())} "
            "(set KNOWGRAPH_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
