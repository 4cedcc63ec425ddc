"""The two SHACL engines of knowgraph.rdf.validation give the same report.

``validate(data, engine="pyshacl")`` is the reference (pySHACL); ``engine="turbo"`` runs
pyshacl-turbo (Rust) with the shapes compiled once, the ontology mixed in once, and
StatementDomainRangeShape run apart on the triples it reads, after a Python check of its target
(see knowgraph/rdf/validation.py). Both must give the same ValidationReport: conforms, the numbers of
violations and warnings, and the same results (focus node, path, value, severity, source shape,
source constraint and component, messages with their language tags), on every shape test case of
tests/test_shapes.py (its snippets and its relation table, reused by import), on real extracted
article graphs, and on article graphs broken on purpose.
"""

from __future__ import annotations

import datetime
import sys
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

import knowgraph
from knowgraph.rdf import validation
from knowgraph.rdf.graph import to_dataset
from knowgraph.rdf.namespace import AI
from knowgraph.rdf.validation import validate

pytest.importorskip("pyshacl_turbo")

from test_shapes import (  # noqa: E402  (tests/ is on sys.path under pytest)
    DATA,
    KGSH,
    RELATION_EXAMPLES,
    RELATION_OK,
    TURTLE_PREFIXES,
    WRONG,
    parse,
    relation_snippet,
    reporting_shapes,
    shape_name,
)

ROOT = Path(__file__).resolve().parent.parent
SDR = KGSH.StatementDomainRangeShape


def results(report: Graph) -> Counter:
    """Every result of a report graph, as comparable values (a multiset)."""
    out: Counter = Counter()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        out[
            (
                report.value(r, SH.focusNode),
                report.value(r, SH.resultPath),
                report.value(r, SH.value),
                report.value(r, SH.resultSeverity),
                report.value(r, SH.sourceShape),
                report.value(r, SH.sourceConstraint),
                report.value(r, SH.sourceConstraintComponent),
                frozenset((str(m), m.language) for m in report.objects(r, SH.resultMessage)),
            )
        ] += 1
    return out


def assert_same(data) -> validation.ValidationReport:
    reference = validate(data, engine="pyshacl")
    turbo = validate(data, engine="turbo")
    assert (turbo.conforms, turbo.violations, turbo.warnings) == (
        reference.conforms,
        reference.violations,
        reference.warnings,
    ), turbo.text
    assert results(turbo.graph) == results(reference.graph)
    # one sh:ValidationReport, with every result attached and the same sh:conforms
    (node,) = turbo.graph.subjects(RDF.type, SH.ValidationReport)
    assert set(turbo.graph.objects(node, SH.result)) == set(turbo.graph.subjects(RDF.type, SH.ValidationResult))
    assert turbo.graph.value(node, SH.conforms) == reference.graph.value(
        next(reference.graph.subjects(RDF.type, SH.ValidationReport)), SH.conforms
    )

    # the text report has the same lines (results may come in another order; turbo writes a
    # typed literal value node without rdflib's "= python value" aside)
    def lines(text):
        return sorted(line for line in text.splitlines() if not line.startswith("\tValue Node:"))

    assert lines(turbo.text) == lines(reference.text)
    assert turbo.text.count("\tValue Node:") == reference.text.count("\tValue Node:")
    return reference


# --------------------------------------------------------------------------- shape test cases

SNIPPETS = sorted(DATA.glob("*.ttl"))


@pytest.mark.parametrize("path", SNIPPETS, ids=lambda p: p.stem)
def test_every_shape_snippet(path: Path):
    data = parse(path)
    reference = assert_same(data)
    # the Python check of StatementDomainRangeShape's target may say "nothing to select" only
    # when pySHACL finds nothing
    isolated = validation._turbo_plan(True).isolated[0]
    pairs: dict = {}
    for s, p, o in [*(t for q in isolated.predicates for t in data.triples((None, q, None))), *isolated.ontology]:
        pairs.setdefault(p, []).append((s, o))
    reported = any(r[4] == SDR for r in results(reference.graph))
    if reported:
        assert isolated.precheck(pairs)
    if path.stem.startswith("StatementDomainRangeShape-bad"):
        assert reported


RELATION_CASES = (
    [("ok", r, s, o) for r, s, o in RELATION_OK]
    + [("bad-subject", r, WRONG[s[0]], o[0]) for r, (s, o) in RELATION_EXAMPLES.items()]
    + [("bad-object", r, s[0], WRONG[o[0]]) for r, (s, o) in RELATION_EXAMPLES.items()]
)


@pytest.mark.parametrize("kind,relation,subject_class,object_class", RELATION_CASES, ids=lambda v: str(v))
def test_every_relation_case(kind, relation, subject_class, object_class):
    report = assert_same(relation_snippet(relation, subject_class, object_class))
    # the snippet lacks labels, mentions...: only the relation shape's own results tell ok from bad
    own = reporting_shapes(KGSH[shape_name(relation)])
    assert any(r[4] in own for r in results(report.graph)) == (kind != "ok")


def test_untyped_relation_ends():
    assert_same(Graph().parse(data=TURTLE_PREFIXES + "kge:s ai:acquired kge:o .", format="turtle"))


# --------------------------------------------------------------------------- real article graphs


def test_example_articles_graph(examples_kg):
    """The graph of examples/articles (French, the four articles together)."""
    report = assert_same(examples_kg.dataset)
    assert report.conforms


def _generated_datasets(n: int):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    for i in range(1, n + 1):
        art = generate.article(i)
        result = knowgraph.analyse(
            art["text"], lang=art["lang"], published=datetime.date.fromisoformat(art["published"])
        )
        yield art["lang"], to_dataset([result])


@pytest.fixture(scope="module")
def generated():
    """Two generated articles (bench/generate.py), one French, one English, one dataset each."""
    return list(_generated_datasets(2))


def test_generated_article_graphs(generated):
    assert {lang for lang, _ in generated} == {"fr", "en"}
    for _lang, ds in generated:
        assert len(ds) > 100
        assert_same(ds)


def test_broken_article_graph(examples_kg):
    """A real graph with violations of many shapes, StatementDomainRangeShape among them (the
    shape turbo runs apart: its results are merged into the one report)."""
    g = Graph()
    for triple in examples_kg.graph:
        g.add(triple)
    statements = sorted(g.subjects(RDF.type, AI.Statement))
    # a statement whose subject is now a Place: domain violation (and the direct triple's shape)
    subject = g.value(statements[0], RDF.subject)
    for cls in list(g.objects(subject, RDF.type)):
        g.remove((subject, RDF.type, cls))
    g.add((subject, RDF.type, AI.Place))
    # a statement without evidence, an evidence with a float confidence, an article without language
    g.remove((statements[1], AI.evidence, None))
    evidence = sorted(g.subjects(RDF.type, AI.Evidence))[0]
    g.set((evidence, AI.confidence, Literal(0.5)))
    article = sorted(g.subjects(RDF.type, AI.Article))[0]
    g.remove((article, URIRef("https://schema.org/inLanguage"), None))
    report = assert_same(g)
    assert not report.conforms
    assert any(r[4] == SDR for r in results(report.graph)), "expected a StatementDomainRangeShape result"


# --------------------------------------------------------------------------- the turbo plan


def test_statement_domain_range_is_run_apart_with_its_check():
    """If this fails, shapes.ttl changed StatementDomainRangeShape's queries: check that
    validation._domain_range_candidates still mirrors its target, then update its fingerprint in
    validation._PRECHECKS (until then the shape is simply always run: right, but slower)."""
    plan = validation._turbo_plan(True)
    (isolated,) = plan.isolated
    assert isolated.precheck is validation._domain_range_candidates
    assert plan.encoded is not None


def test_advanced_false_is_the_same_too():
    """turbo refuses SPARQL targets outside advanced mode, where pySHACL ignores them:
    ``advanced=False`` is validated with pySHACL whatever the engine."""
    data = parse(DATA / "StatementDomainRangeShape-bad.ttl")
    reference, turbo = validate(data, engine="pyshacl", advanced=False), validate(data, engine="turbo", advanced=False)
    assert (turbo.conforms, turbo.violations, turbo.warnings) == (
        reference.conforms,
        reference.violations,
        reference.warnings,
    )
    assert results(turbo.graph) == results(reference.graph)


# --------------------------------------------------------------------------- choosing the engine


def test_auto_uses_turbo_when_installed(monkeypatch):
    monkeypatch.delenv(validation.ENGINE_VARIABLE, raising=False)
    assert validation._engine("auto") == "turbo"
    assert validation.available_engines() == ("pyshacl", "turbo")
    monkeypatch.setenv(validation.ENGINE_VARIABLE, "pyshacl")
    assert validation._engine("auto") == "pyshacl"
    assert validation._engine("turbo") == "turbo"  # an explicit engine wins over the variable
    monkeypatch.setenv(validation.ENGINE_VARIABLE, "fastest")
    with pytest.raises(ValueError):
        validation._engine("auto")


def test_without_turbo(monkeypatch):
    monkeypatch.delenv(validation.ENGINE_VARIABLE, raising=False)
    monkeypatch.setattr(validation, "_turbo_module", lambda: None)
    assert validation._engine("auto") == "pyshacl"
    assert validation.available_engines() == ("pyshacl",)
    with pytest.raises(ModuleNotFoundError, match="fast"):
        validation._engine("turbo")


def test_unknown_engine():
    with pytest.raises(ValueError, match="unknown SHACL engine"):
        validate(Graph(), engine="java")


def test_turbo_does_not_modify_its_input():
    data = parse(DATA / "full-ok.ttl")
    before = set(data)
    assert validate(data, engine="turbo").conforms
    assert set(data) == before
