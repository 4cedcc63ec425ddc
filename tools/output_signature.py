#!/usr/bin/env python3
"""Print a sha256 per output of ``knowgraph build`` over the dev corpus and the examples, in every format.

Run it before and after a change that must not change what knowgraph writes (a refactor, a
formatter) and diff the two listings::

    .venv/bin/python tools/output_signature.py > /tmp/before.txt
    # ... change ...
    .venv/bin/python tools/output_signature.py > /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = {
    "examples": [ROOT / "examples" / "articles"],
    "dev-fr": [ROOT / "corpus" / "dev" / "fr"],
    "dev-en": [ROOT / "corpus" / "dev" / "en"],
}
FORMATS = ["ttl", "trig", "nt", "nq", "jsonld"]


def main() -> int:
    knowgraph = Path(sys.executable).parent / "knowgraph"
    with tempfile.TemporaryDirectory() as tmp:
        for name, inputs in INPUTS.items():
            for fmt in FORMATS:
                out = Path(tmp) / f"{name}.{fmt}"
                cmd = [str(knowgraph), "build", *map(str, inputs), "-o", str(out), "--published", "2025-01-01", "-q"]
                subprocess.run(cmd, check=True)
                print(f"{hashlib.sha256(out.read_bytes()).hexdigest()}  {out.name}", flush=True)
            report = Path(tmp) / f"{name}.html"
            subprocess.run(
                [str(knowgraph), "report", *map(str, inputs), "-o", str(report), "--published", "2025-01-01"],
                check=True,
                capture_output=True,
            )
            print(f"{hashlib.sha256(report.read_bytes()).hexdigest()}  {report.name}", flush=True)
            picture = Path(tmp) / f"{name}-graph.html"
            subprocess.run(
                [str(knowgraph), "show", str(Path(tmp) / f"{name}.trig"), "-o", str(picture)],
                check=True,
                capture_output=True,
            )
            print(f"{hashlib.sha256(picture.read_bytes()).hexdigest()}  {picture.name}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
