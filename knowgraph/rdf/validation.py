"""SHACL validation of knowgraph output against the project's shapes.

    >>> from knowgraph.rdf.validation import validate
    >>> report = validate(graph)          # an rdflib Graph or Dataset
    >>> report.conforms, report.violations, report.warnings

``validate`` runs pySHACL (the reference engine) or pyshacl-turbo (the same validation in Rust,
used when installed: ``pip install 'knowgraph[fast]'``; see :func:`validate`) with
the shapes as ``shacl_graph`` and the ontology as ``ont_graph``
(mixed into a copy of the data, so that ``sh:class`` and ``sh:targetClass`` follow
``rdfs:subClassOf``: an ``ai:Company`` is an ``ai:Organization``), no RDFS/OWL inference, and
advanced mode: the shapes with SPARQL constraints select their focus nodes with SHACL-AF SPARQL
targets, so without advanced mode they check nothing. A report *conforms* when it has no
``sh:Violation``; warnings and infos are counted but allowed. The input is never modified.

The shapes and the ontology are read from ``knowgraph/ontologies/`` (package data in an installed
wheel) or, in a source checkout, from ``ontologies/`` at the repository root.

The code is in three modules, every name importable from here: this one (the report, choosing the
engine, pySHACL), :mod:`knowgraph.rdf.shacl_files` (finding and reading the ontology and the
shapes) and :mod:`knowgraph.rdf.shacl_turbo` (the pyshacl-turbo engine).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

import rdflib
from rdflib.namespace import RDF, SH

from knowgraph.rdf.shacl_files import ONTOLOGY_FILE, SHAPES_FILE, load_ontology, load_shapes, ontology_path  # noqa: F401

# The turbo engine's internals, named here too: knowgraph.archive.view_check and
# tests/test_validation_engines.py reach them through this module (the tests replace _turbo_module here).
from knowgraph.rdf.shacl_turbo import (  # noqa: F401
    _PRECHECKS,
    _domain_range_candidates,
    _encode,
    _ontology_mix,
    _turbo_input,
    _turbo_module,
    _turbo_plan,
    _validate_turbo,
)

__all__ = [
    "ENGINES",
    "ValidationReport",
    "available_engines",
    "load_ontology",
    "load_shapes",
    "ontology_path",
    "validate",
]


@dataclass
class ValidationReport:
    """The outcome of a SHACL validation."""

    conforms: bool
    """True when no result has severity sh:Violation (warnings and infos are allowed)."""
    violations: int
    """Number of results with severity sh:Violation."""
    warnings: int
    """Number of results with severity sh:Warning (sh:Info results are only in ``graph``/``text``)."""
    text: str
    """pySHACL's human-readable report."""
    graph: rdflib.Graph
    """The SHACL validation report graph (sh:ValidationReport)."""


def _as_graph(data: rdflib.Graph | rdflib.Dataset | Iterable[tuple]) -> rdflib.Graph:
    """A Dataset (or ConjunctiveGraph) as the union of its graphs; a plain Graph as is; triples
    as a new Graph of them."""
    if not isinstance(data, rdflib.Graph):
        graph = rdflib.Graph()
        for triple in data:
            graph.add(triple)
        return graph
    if isinstance(data, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        union = rdflib.Graph()
        for prefix, namespace in data.namespaces():
            union.bind(prefix, namespace, override=False)
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return data


def _count(report: rdflib.Graph, severity: rdflib.URIRef) -> int:
    return sum(
        1
        for result in report.subjects(RDF.type, SH.ValidationResult)
        if (result, SH.resultSeverity, severity) in report
    )


_PLACEHOLDER = re.compile(r"\{[?$][A-Za-z_][A-Za-z0-9_]*\}")


def _restore_message_languages(report: rdflib.Graph, shapes: rdflib.Graph) -> None:
    """Give back their language tags to the messages of SPARQL-based results.

    pySHACL fills in ``{?value}``-style placeholders and drops the language tag on the way; each
    such message is matched against the templates of its constraint and shape to find it again.
    """
    for result in list(report.subjects(SH.sourceConstraint, None)):
        templates = []
        for node in (report.value(result, SH.sourceConstraint), report.value(result, SH.sourceShape)):
            for template in shapes.objects(node, SH.message):
                if isinstance(template, rdflib.Literal) and template.language:
                    pattern = ".*".join(re.escape(part) for part in _PLACEHOLDER.split(str(template)))
                    templates.append((re.compile(pattern, re.DOTALL), template.language))
        for message in list(report.objects(result, SH.resultMessage)):
            if not isinstance(message, rdflib.Literal) or message.language:
                continue
            for pattern, language in templates:
                if pattern.fullmatch(str(message)):
                    report.remove((result, SH.resultMessage, message))
                    report.add((result, SH.resultMessage, rdflib.Literal(str(message), lang=language)))
                    break


#: Validation engines: "pyshacl" (the reference), "turbo" (pyshacl-turbo, the same validation in
#: Rust) and "auto" (turbo when it is installed, else pyshacl).
ENGINES = ("auto", "pyshacl", "turbo")

#: Environment variable that picks the engine ``engine="auto"`` stands for ("pyshacl" or "turbo").
ENGINE_VARIABLE = "KNOWGRAPH_SHACL_ENGINE"


def available_engines() -> tuple[str, ...]:
    """The engines that can run here: always "pyshacl"; "turbo" when pyshacl-turbo imports."""
    return ("pyshacl", "turbo") if _turbo_module() is not None else ("pyshacl",)


def _engine(engine: str) -> str:
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}: expected one of {', '.join(ENGINES)}")
    if engine == "auto":
        engine = os.environ.get(ENGINE_VARIABLE, "").strip().lower() or "auto"
        if engine not in ENGINES:
            raise ValueError(f"{ENGINE_VARIABLE}={engine!r}: expected one of {', '.join(ENGINES)}")
    if engine == "auto":
        return "turbo" if _turbo_module() is not None else "pyshacl"
    if engine == "turbo" and _turbo_module() is None:
        raise ModuleNotFoundError("the 'turbo' SHACL engine needs pyshacl-turbo: pip install 'knowgraph[fast]'")
    return engine


def validate(
    data: rdflib.Graph | rdflib.Dataset | Iterable[tuple], *, advanced: bool = True, engine: str = "auto"
) -> ValidationReport:
    """Validate knowgraph output against the project's SHACL shapes.

    ``data`` is an rdflib Graph, a Dataset validated as the union of its graphs, or any iterable
    of ``(s, p, o)`` triples of rdflib terms (validated as the Graph of them, without building it
    when the engine is turbo: what a streaming build does with each article). Equivalent to
    ``pyshacl.validate(data, shacl_graph=load_shapes(), ont_graph=load_ontology(),
    inference="none", advanced=advanced)``, counting violations and warnings, with the language
    tags of the messages of SPARQL-based results restored in ``report.graph``.
    ``advanced=False`` skips the SPARQL-based shapes (direct triple <-> statement agreement,
    statement domain/range, evidence offsets...): keep the default.

    ``engine``: "pyshacl" runs pySHACL, the reference; "turbo" runs pyshacl-turbo (Rust; the
    ``fast`` extra), which gives the same results (focus node, path, value, severity, source
    shape and constraint, messages with their language tags: ``tests/test_validation_engines.py``)
    10-20 times faster; "auto" (the default) is the value of the ``KNOWGRAPH_SHACL_ENGINE``
    environment variable when set, else turbo when installed, else pySHACL. ``report.text`` has
    pySHACL's layout with either engine, but the order of its results may differ. ``advanced=False``
    always runs pySHACL (turbo refuses SPARQL targets outside advanced mode).
    """
    if _engine(engine) == "turbo" and advanced:  # turbo refuses the SPARQL targets outside advanced mode
        report_graph, report_text = _validate_turbo(data, advanced)
    else:
        report_graph, report_text = _validate_pyshacl(_as_graph(data), advanced)
    _restore_message_languages(report_graph, load_shapes())
    violations = _count(report_graph, SH.Violation)
    return ValidationReport(
        conforms=violations == 0,
        violations=violations,
        warnings=_count(report_graph, SH.Warning),
        text=str(report_text),
        graph=report_graph,
    )


def _validate_pyshacl(graph: rdflib.Graph, advanced: bool) -> tuple[rdflib.Graph, str]:
    import pyshacl  # imported here: pySHACL is slow to import and only needed to validate

    _conforms, report_graph, report_text = pyshacl.validate(
        graph,
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="none",
        advanced=advanced,
        allow_warnings=True,
        allow_infos=True,
        inplace=False,
    )
    return report_graph, report_text
