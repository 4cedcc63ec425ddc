"""Benchmark: `knowgraph validate` on whole archives of growing size.

Usage::

    .venv/bin/python bench/validate_archive.py                       # 100, 200, 400 and 1,000 articles
    .venv/bin/python bench/validate_archive.py --articles 200 2000 --engine pyshacl

For each size N the script generates N articles with ``bench/generate.py``, builds them with
``knowgraph build --workers 2`` into N-Quads (not timed), then, in this process, reads the file
(``knowgraph.rdf.output.parse``, an rdflib Dataset) and validates the union of its graphs against
the shapes (``knowgraph.rdf.validation.validate``, what ``knowgraph validate FILE`` does). It prints
the seconds of each step and the validation time per article: a flat figure means validation
grows linearly with the archive. A shape whose SPARQL target does not use the bindings of the row
it tests (``FILTER NOT EXISTS`` in Oxigraph's evaluator) shows up as a per-article time that
doubles with N.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from archive import generate  # noqa: E402  (bench/archive.py)

from knowgraph.rdf.output import parse  # noqa: E402
from knowgraph.rdf.validation import validate  # noqa: E402


def build(n: int, folder: Path) -> Path:
    source, _words = generate(n, folder, "jsonl")
    out = folder / "kg.nq"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "knowgraph"),
            "build",
            str(source),
            "-o",
            str(out),
            "--workers",
            "2",
            "--quiet",
        ],
        check=True,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[100, 200, 400, 1000])
    ap.add_argument("--engine", default="auto", choices=("auto", "pyshacl", "turbo"))
    args = ap.parse_args(argv)
    print(f"{'articles':>8} {'quads':>10} {'read s':>8} {'validate s':>11} {'ms/article':>11}  report")
    for n in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            path = build(n, Path(tmp))
            t = time.perf_counter()
            data = parse(path)
            read = time.perf_counter() - t
            t = time.perf_counter()
            report = validate(data, engine=args.engine)
            checked = time.perf_counter() - t
            status = "conforms" if report.conforms else f"{report.violations} violation(s)"
            print(
                f"{n:>8,} {len(data):>10,} {read:>8.1f} {checked:>11.1f} {checked / n * 1000:>11.1f}  "
                f"{status}, {report.warnings} warning(s)",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
