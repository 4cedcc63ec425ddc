#!/usr/bin/env python3
"""Generate ``knowgraph/rdf/namespace.py`` from ``ontologies/knowgraph.ttl``.

    python tools/gen_namespace.py            # (re)write knowgraph/rdf/namespace.py
    python tools/gen_namespace.py --check    # exit 1 if knowgraph/rdf/namespace.py is out of date

Every ``ai:`` term defined in the ontology (``rdfs:isDefinedBy`` the ontology) becomes one
annotated attribute of ``class AI(DefinedNamespace)``, documented with its English
``rdfs:comment``. The annotation properties ``ai:termGroup`` and ``ai:termOrder`` sort the terms
and produce the constant tuples (``RELATIONS`` in the order of the contract, ``ENTITY_CLASSES``,
...). The ontology is checked on the way: a term without a group, an unknown group, a relation
whose domain or range is not an entity class, ... stop the generator with an error.

The output depends only on the ontology, never on the machine, the date or rdflib's hashing order.
"""

from __future__ import annotations

import argparse
import difflib
import json
import keyword
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ONTOLOGY = ROOT / "ontologies" / "knowgraph.ttl"
DEFAULT_OUTPUT = ROOT / "knowgraph" / "rdf" / "namespace.py"

AI = Namespace("https://w3id.org/knowgraph/ai#")
ONTOLOGY_IRI = URIRef("https://w3id.org/knowgraph/ai")

# Term groups, in the order they appear in the generated class.
GROUPS = (
    "entity-class",
    "entity-subclass",
    "core-class",
    "event-class",
    "claim-status",
    "relation",
    "event-role",
    "provenance",
    "annotation",
)
GROUP_TITLES = {
    "entity-class": "Entity classes",
    "entity-subclass": "Entity subclasses",
    "event-class": "Event classes",
    "core-class": "Core classes (events, articles, statements, evidence)",
    "claim-status": "Claim statuses (instances of ai:ClaimStatus)",
    "relation": "The 13 relations, emitted as direct triples (contract order)",
    "event-role": "Event roles and qualifiers",
    "provenance": "Provenance properties",
    "annotation": "Annotation properties organising the ontology",
}

INSTANCE_NAMESPACES = (
    ("KGE", "https://w3id.org/knowgraph/entity/", "Entities (stable across articles and runs)."),
    ("KGA", "https://w3id.org/knowgraph/article/", "Articles."),
    ("KGS", "https://w3id.org/knowgraph/statement/", "Statements: one per (subject, predicate, object, status)."),
    ("KGV", "https://w3id.org/knowgraph/evidence/", "Evidence: one per article, sentence and rule."),
    ("KGX", "https://w3id.org/knowgraph/event/", "Events."),
    ("KGM", "https://w3id.org/knowgraph/amount/", "Monetary amounts."),
    ("SCHEMA", "https://schema.org/", "schema.org (https scheme)."),
    ("WD", "http://www.wikidata.org/entity/", "Wikidata items."),
)


class OntologyError(Exception):
    """The ontology does not follow the conventions the generator relies on."""


@dataclass(frozen=True)
class Term:
    iri: URIRef
    name: str
    group: str
    order: int
    comment: str


def _english(graph: Graph, node: URIRef, prop: URIRef) -> str | None:
    for value in graph.objects(node, prop):
        if isinstance(value, Literal) and value.language == "en":
            return " ".join(str(value).split())
    return None


def _class_members(graph: Graph, node) -> set:
    """A class expression as a set of named classes (resolving owl:unionOf)."""
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return set(Collection(graph, union))
    return {node}


def load_terms(graph: Graph) -> list[Term]:
    """The ai: terms of the ontology, sorted by group, order and name; checks the conventions."""
    ns = str(AI)
    used = {n for t in graph for n in t if isinstance(n, URIRef) and str(n).startswith(ns)}
    terms: list[Term] = []
    errors: list[str] = []
    for iri in sorted(used):
        name = str(iri)[len(ns) :]
        if (iri, RDFS.isDefinedBy, ONTOLOGY_IRI) not in graph:
            errors.append(f"ai:{name} is used but not defined (no rdfs:isDefinedBy <{ONTOLOGY_IRI}>)")
            continue
        if not name.isidentifier() or keyword.iskeyword(name):
            errors.append(f"ai:{name} is not a usable Python attribute name")
            continue
        group = graph.value(iri, AI.termGroup)
        order = graph.value(iri, AI.termOrder)
        if group is None or str(group) not in GROUPS:
            errors.append(f"ai:{name} has no ai:termGroup or an unknown one: {group!r}")
            continue
        if not isinstance(order, Literal) or not isinstance(order.toPython(), int):
            errors.append(f"ai:{name} has no integer ai:termOrder")
            continue
        comment = _english(graph, iri, RDFS.comment)
        if comment is None:
            errors.append(f"ai:{name} has no English rdfs:comment")
            continue
        terms.append(Term(iri, name, str(group), int(order.toPython()), comment))
    terms.sort(key=lambda t: (GROUPS.index(t.group), t.order, t.name))
    seen: dict[tuple[str, int], str] = {}
    for t in terms:
        key = (t.group, t.order)
        if key in seen:
            errors.append(f"ai:{t.name} and ai:{seen[key]} share ai:termOrder {t.order} in {t.group}")
        seen[key] = t.name
    by_group = {g: [t.iri for t in terms if t.group == g] for g in GROUPS}
    entity_classes = set(by_group["entity-class"]) | set(by_group["entity-subclass"])
    for t in terms:
        if t.group in ("entity-class", "entity-subclass", "event-class", "core-class"):
            if (t.iri, RDF.type, OWL.Class) not in graph:
                errors.append(f"ai:{t.name} is in group {t.group} but not an owl:Class")
        if t.group == "event-class" and (t.iri, RDFS.subClassOf, AI.Event) not in graph:
            errors.append(f"ai:{t.name} is an event class but not rdfs:subClassOf ai:Event")
        if t.group == "claim-status" and (t.iri, RDF.type, AI.ClaimStatus) not in graph:
            errors.append(f"ai:{t.name} is a claim status but not an ai:ClaimStatus")
        if t.group == "relation":
            if (t.iri, RDF.type, OWL.ObjectProperty) not in graph:
                errors.append(f"relation ai:{t.name} is not an owl:ObjectProperty")
            for prop in (RDFS.domain, RDFS.range):
                values = list(graph.objects(t.iri, prop))
                if len(values) != 1 or not _class_members(graph, values[0]) <= entity_classes:
                    errors.append(
                        f"relation ai:{t.name}: {prop.n3(graph.namespace_manager)} is not one entity class or a union of them"
                    )
    if errors:
        raise OntologyError("\n".join(errors))
    return terms


def _docstring(text: str, indent: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = textwrap.wrap(text, width=96 - len(indent) - 6, break_long_words=False, break_on_hyphens=False)
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""\n'
    body = "".join(f"{indent}{line}\n" for line in lines[1:])
    return f'{indent}"""{lines[0]}\n{body}{indent}"""\n'


def _tuple(name: str, doc: str, iris: list[str]) -> str:
    items = "".join(f"    AI.{n},\n" for n in iris)
    return f"#: {doc}\n{name}: tuple[URIRef, ...] = (\n{items})\n"


def render(graph: Graph) -> str:
    """The text of knowgraph/rdf/namespace.py for this ontology."""
    terms = load_terms(graph)
    title = _english(graph, ONTOLOGY_IRI, RDFS.label) or "knowgraph ontology"
    version = graph.value(ONTOLOGY_IRI, OWL.versionInfo)
    names = lambda group: [t.name for t in terms if t.group == group]  # noqa: E731
    symmetric = [t.name for t in terms if t.group == "relation" and (t.iri, RDF.type, OWL.SymmetricProperty) in graph]

    out: list[str] = []
    out.append('"""The knowgraph vocabulary as Python constants.\n\n')
    out.append("GENERATED by tools/gen_namespace.py from ontologies/knowgraph.ttl: do not edit by hand.\n")
    out.append("After changing the ontology run ``python tools/gen_namespace.py``; the tests fail when this\n")
    out.append('file is out of date.\n"""\n\n')
    out.append("from rdflib import URIRef\n")
    out.append("from rdflib.namespace import DefinedNamespace, Namespace\n\n")
    exported = ["AI", "ONTOLOGY_IRI", "ONTOLOGY_VERSION"] + [n for n, _, _ in INSTANCE_NAMESPACES]
    exported += ["RELATIONS", "SYMMETRIC_RELATIONS", "ENTITY_CLASSES", "EVENT_CLASSES", "CLAIM_STATUSES"]
    out.append("__all__ = [\n" + "".join(f'    "{n}",\n' for n in exported) + "]\n\n")
    out.append(f'ONTOLOGY_IRI = URIRef("{ONTOLOGY_IRI}")\n')
    out.append(
        f"ONTOLOGY_VERSION = {json.dumps(str(version))}\n\n\n"
        if version is not None
        else "ONTOLOGY_VERSION = None\n\n\n"
    )
    out.append("class AI(DefinedNamespace):\n")
    out.append(_docstring(f"{title} (prefix ai:, {AI}). Unknown names raise AttributeError.", "    "))
    out.append("\n")
    out.append(f'    _NS = Namespace("{AI}")\n')
    out.append("    _fail = True\n")
    for group in GROUPS:
        members = [t for t in terms if t.group == group]
        if not members:
            continue
        out.append(f"\n    # {GROUP_TITLES[group]}\n")
        for t in members:
            out.append(f"    {t.name}: URIRef\n")
            out.append(_docstring(t.comment, "    "))
    out.append("\n\n# Namespaces of instance IRIs (plain rdflib Namespace objects).\n")
    for name, iri, doc in INSTANCE_NAMESPACES:
        out.append(f'{name} = Namespace("{iri}")  #: {doc}\n')
    out.append("\n")
    out.append(_tuple("RELATIONS", "The 13 relations, in the order of the contract.", names("relation")))
    out.append("\n")
    out.append(_tuple("SYMMETRIC_RELATIONS", "Relations declared owl:SymmetricProperty.", symmetric))
    out.append("\n")
    out.append(
        _tuple(
            "ENTITY_CLASSES",
            "The entity classes of the contract (ai:Company is a subclass of ai:Organization).",
            names("entity-class"),
        )
    )
    out.append("\n")
    out.append(_tuple("EVENT_CLASSES", "The event classes, all rdfs:subClassOf ai:Event.", names("event-class")))
    out.append("\n")
    out.append(_tuple("CLAIM_STATUSES", "The instances of ai:ClaimStatus; ai:Asserted first.", names("claim-status")))
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the output file is out of date; write nothing")
    parser.add_argument("--ontology", type=Path, default=DEFAULT_ONTOLOGY)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    try:
        text = render(Graph().parse(args.ontology, format="turtle"))
    except OntologyError as exc:
        print(f"gen_namespace: {args.ontology}:\n{exc}", file=sys.stderr)
        return 2
    current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
    if args.check:
        if current == text:
            return 0
        print(f"gen_namespace: {args.output} is out of date; run python tools/gen_namespace.py", file=sys.stderr)
        diff = difflib.unified_diff(
            (current or "").splitlines(True), text.splitlines(True), str(args.output), "generated", n=1
        )
        sys.stderr.writelines(list(diff)[:60])
        return 1
    if current != text:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
