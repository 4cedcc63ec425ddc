"""Build a generated archive with `knowgraph build` and report time and peak memory.

Usage::

    .venv/bin/python bench/archive.py --articles 1000 10000 --workers 2
    .venv/bin/python bench/archive.py --articles 200 --workers 1 2 --format txt

For each size N (and each worker count) the script generates N articles with ``bench/generate.py``
(one JSON Lines file, or a folder of ``.txt`` files), runs ``knowgraph build INPUT -o OUT.nq
--workers W --quiet`` in a fresh process, and samples every 0.2 s the resident memory of that
process and of its worker processes (psutil). It prints articles/s, words/s, the peak resident
memory of the main process (which holds the spool buffer and the cross-article view) and of the
whole process tree, and the size of the output. Flat memory means the main process peak does
not grow with N. ``--compare`` also checks that the outputs of different worker counts are
byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def generate(n: int, folder: Path, fmt: str) -> tuple[Path, int]:
    subprocess.run(
        [PYTHON, str(ROOT / "bench" / "generate.py"), "--articles", str(n), "--out", str(folder), "--format", fmt],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    if fmt == "jsonl":
        path = next(folder.glob("*.jsonl"))
        words = sum(len(json.loads(line)["text"].split()) for line in path.open(encoding="utf-8") if line.strip())
        return path, words
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
    return folder, words


def run_build(source: Path, out: Path, workers: int) -> dict:
    cmd = [
        str(Path(PYTHON).parent / "knowgraph"),
        "build",
        str(source),
        "-o",
        str(out),
        "--workers",
        str(workers),
        "--quiet",
    ]
    started = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    main_peak = tree_peak = 0
    while proc.poll() is None:
        try:
            main = proc.memory_info().rss
            tree = main + sum(child.memory_info().rss for child in proc.children(recursive=True))
        except psutil.Error:
            continue
        main_peak, tree_peak = max(main_peak, main), max(tree_peak, tree)
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "main_peak": main_peak,
        "tree_peak": tree_peak,
        "rc": proc.returncode,
        "stderr": proc.stderr.read().decode()[-500:],
    }


def run_dask(source: Path, out: Path, workers: int, parts: Path) -> dict:
    """knowgraph.archive.dask.build on a LocalCluster (worker processes, one thread each), in this process."""
    from distributed import Client, LocalCluster

    from knowgraph.archive.dask import build, read_jsonl

    started = time.perf_counter()
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        articles = read_jsonl(str(source)).repartition(npartitions=4 * workers)
        build(articles, out, parts=parts)
    return {"seconds": time.perf_counter() - started, "main_peak": psutil.Process().memory_info().rss}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000])
    ap.add_argument("--workers", type=int, nargs="+", default=[2])
    ap.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    ap.add_argument("--keep", help="folder to keep the outputs in")
    ap.add_argument(
        "--dask",
        type=int,
        default=0,
        metavar="N",
        help="also build with knowgraph.archive.dask on a distributed.LocalCluster of N workers (jsonl only)",
    )
    args = ap.parse_args(argv)
    print(
        f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB; Python {sys.version.split()[0]}"
    )
    print(
        "| articles | words | workers | wall | articles/s | words/s | main process peak RSS | all processes peak RSS | output | sha256 |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            corpus = Path(tmp) / f"corpus-{n}"
            source, words = generate(n, corpus, args.format)
            digests = set()
            for workers in args.workers:
                out = Path(args.keep or tmp) / f"kg-{n}-w{workers}.nq"
                result = run_build(source, out, workers)
                if result["rc"] not in (0, 1):
                    print(f"build failed ({result['rc']}): {result['stderr']}", file=sys.stderr)
                    return 1
                digest = hashlib.sha256(out.read_bytes()).hexdigest()[:12]
                digests.add(digest)
                s = result["seconds"]
                print(
                    f"| {n:,} | {words:,} | {workers} | {s:.0f} s | {n / s:.1f} | {words / s:,.0f} | "
                    f"{result['main_peak'] / 2**20:,.0f} MB | {result['tree_peak'] / 2**20:,.0f} MB | "
                    f"{out.stat().st_size / 2**20:,.1f} MB | {digest} |",
                    flush=True,
                )
            if args.dask:
                out = Path(args.keep or tmp) / f"kg-{n}-dask{args.dask}.nq"
                result = run_dask(source, out, args.dask, Path(tmp) / f"parts-{n}")
                digest = hashlib.sha256(out.read_bytes()).hexdigest()[:12]
                digests.add(digest)
                s = result["seconds"]
                print(
                    f"| {n:,} | {words:,} | dask {args.dask} | {s:.0f} s | {n / s:.1f} | {words / s:,.0f} | "
                    f"{result['main_peak'] / 2**20:,.0f} MB (client) | - | {out.stat().st_size / 2**20:,.1f} MB | "
                    f"{digest} |",
                    flush=True,
                )
            if len(digests) > 0 and len(args.workers) + bool(args.dask) > 1:
                print(f"outputs of {n:,} articles identical across worker counts and Dask: {len(digests) == 1}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
