"""SHACL validation of knowgraph output against the project's shapes.

    >>> from knowgraph.validation import validate
    >>> report = validate(graph)          # an rdflib Graph or Dataset
    >>> report.conforms, report.violations, report.warnings

``validate`` runs pySHACL with the shapes as ``shacl_graph`` and the ontology as ``ont_graph``
(mixed into a copy of the data, so that ``sh:class`` and ``sh:targetClass`` follow
``rdfs:subClassOf``: an ``ai:Company`` is an ``ai:Organization``), no RDFS/OWL inference, and
advanced mode: the shapes with SPARQL constraints select their focus nodes with SHACL-AF SPARQL
targets, so without advanced mode they check nothing. A report *conforms* when it has no
``sh:Violation``; warnings and infos are counted but allowed. The input is never modified.

The shapes and the ontology are read from ``knowgraph/ontologies/`` (package data in an installed
wheel) or, in a source checkout, from ``ontologies/`` at the repository root.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SH

__all__ = ["ValidationReport", "load_ontology", "load_shapes", "ontology_path", "validate"]

ONTOLOGY_FILE = "knowgraph.ttl"
SHAPES_FILE = "shapes.ttl"


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


def ontology_path(name: str) -> Path:
    """Path of an ontology file (``knowgraph.ttl`` or ``shapes.ttl``).

    Looked up first as package data (``knowgraph/ontologies/NAME``, as installed from a wheel),
    then in ``ontologies/`` at the root of a source checkout.
    """
    try:
        candidate = resources.files("knowgraph").joinpath("ontologies").joinpath(name)
        if candidate.is_file():
            return Path(str(candidate))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):  # pragma: no cover
        pass
    here = Path(__file__).resolve().parent
    for folder in (here / "ontologies", here.parent / "ontologies"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(
        f"{name} not found in {here / 'ontologies'} nor {here.parent / 'ontologies'}: "
        "is knowgraph installed with its package data?"
    )


def _load(name: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(ontology_path(name), format="turtle")
    return graph


@functools.lru_cache(maxsize=1)
def load_shapes() -> rdflib.Graph:
    """The SHACL shapes graph (parsed once and cached: do not modify it)."""
    return _load(SHAPES_FILE)


@functools.lru_cache(maxsize=1)
def load_ontology() -> rdflib.Graph:
    """The ai: ontology graph (parsed once and cached: do not modify it)."""
    return _load(ONTOLOGY_FILE)


def _as_graph(data: rdflib.Graph | rdflib.Dataset) -> rdflib.Graph:
    """A Dataset (or ConjunctiveGraph) as the union of its graphs; a plain Graph as is."""
    if isinstance(data, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        union = rdflib.Graph()
        for prefix, namespace in data.namespaces():
            union.bind(prefix, namespace, override=False)
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return data


def _count(report: rdflib.Graph, severity: rdflib.URIRef) -> int:
    return sum(1 for result in report.subjects(RDF.type, SH.ValidationResult)
               if (result, SH.resultSeverity, severity) in report)


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


def validate(data: rdflib.Graph | rdflib.Dataset, *, advanced: bool = True) -> ValidationReport:
    """Validate knowgraph output against the project's SHACL shapes.

    ``data`` is an rdflib Graph, or a Dataset validated as the union of its graphs. Equivalent to
    ``pyshacl.validate(data, shacl_graph=load_shapes(), ont_graph=load_ontology(),
    inference="none", advanced=advanced)``, counting violations and warnings, with the language
    tags of the messages of SPARQL-based results restored in ``report.graph``.
    ``advanced=False`` skips the SPARQL-based shapes (direct triple <-> statement agreement,
    statement domain/range, evidence offsets...): keep the default.
    """
    import pyshacl  # imported here: pySHACL is slow to import and only needed to validate

    _conforms, report_graph, report_text = pyshacl.validate(
        _as_graph(data),
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="none",
        advanced=advanced,
        allow_warnings=True,
        allow_infos=True,
        inplace=False,
    )
    _restore_message_languages(report_graph, load_shapes())
    violations = _count(report_graph, SH.Violation)
    return ValidationReport(
        conforms=violations == 0,
        violations=violations,
        warnings=_count(report_graph, SH.Warning),
        text=str(report_text),
        graph=report_graph,
    )
