"""The README's Python example runs as printed, with the real French model, in a fresh interpreter,
and does what its comments say: Microsoft bought Nexalia (asserted, answered by the SPARQL query),
the planned purchase is kept as a statement but not asserted, and kg.ttl is written.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import rdflib

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_python_example() -> str:
    blocks = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), flags=re.S | re.M)
    assert blocks, "README.md has a Python example"
    return blocks[0]


def test_the_readme_example_is_about_ten_lines():
    lines = [line for line in readme_python_example().splitlines() if line.strip()]
    assert len(lines) <= 12


def test_the_readme_example_runs_and_does_what_it_says(tmp_path):
    script = tmp_path / "example.py"
    script.write_text(readme_python_example(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "microsoft acquired nexalia Asserted" in out
    assert re.search(r"microsoft acquired juria (Planned|Hypothetical|Reported)", out), out
    table = out[out.index("buyer") :]
    assert "kge:microsoft | kge:nexalia" in table and "(1 row)" in table
    assert "juria" not in table, "a planned purchase is not asserted, so SPARQL does not see it"

    written = rdflib.Graph().parse(tmp_path / "kg.ttl")
    acquired = rdflib.URIRef("https://w3id.org/knowgraph/ai#acquired")
    assert list(written.subject_objects(acquired)) == [
        (
            rdflib.URIRef("https://w3id.org/knowgraph/entity/microsoft"),
            rdflib.URIRef("https://w3id.org/knowgraph/entity/nexalia"),
        )
    ]
