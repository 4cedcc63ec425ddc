"""SHACL shapes (ontologies/shapes.ttl): one conforming and one violating snippet per shape.

Each snippet in tests/data/shapes/ is named after the shape it exercises: ``<Shape>-ok*.ttl`` must
give no result at all for that shape, ``<Shape>-bad*.ttl`` must give the result listed in ``BAD``
(focus node, path, severity). A snippet is validated against that one shape alone (so it stays
small), and a bad snippet is also validated with every shape through knowgraph.rdf.validation, where
the same result must show up. The 13 relation shapes are tested from a table, inline.
All runs use real pySHACL with the ontology as ont_graph, inference "none", advanced mode.
"""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from knowgraph.rdf.namespace import AI, CLAIM_STATUSES, ENTITY_CLASSES, RELATIONS
from knowgraph.rdf.validation import load_ontology, load_shapes, validate

DATA = Path(__file__).parent / "data" / "shapes"
KGSH = Namespace("https://w3id.org/knowgraph/shapes#")
SHAPES_GRAPH_IRI = URIRef("https://w3id.org/knowgraph/shapes")
SCHEMA = Namespace("https://schema.org/")
PREFIXES = {
    "ai": str(AI),
    "kga": "https://w3id.org/knowgraph/article/",
    "kge": "https://w3id.org/knowgraph/entity/",
    "kgm": "https://w3id.org/knowgraph/amount/",
    "kgs": "https://w3id.org/knowgraph/statement/",
    "kgv": "https://w3id.org/knowgraph/evidence/",
    "kgx": "https://w3id.org/knowgraph/event/",
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
}
TURTLE_PREFIXES = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())

# stem of the bad snippet -> (focus node, result path or None, severity)
BAD = {
    "EntityShape-bad": ("kge:acme", "rdfs:label", "Violation"),
    "EntityShape-bad-sameas": ("kge:acme", "owl:sameAs", "Violation"),
    "EntityShape-bad-nolabel": ("kge:gpt", "rdfs:label", "Violation"),
    "EntityShape-bad-mention": ("kge:paris", "ai:mentionedIn", "Violation"),
    "EntityMentionShape-bad": ("kge:stargate", "ai:mentionedIn", "Warning"),
    "EntitySingleClassShape-bad": ("kge:copilot", None, "Warning"),
    "OrganizationFactShape-bad": ("kge:acme", None, "Info"),
    "DirectTripleStatementShape-bad": ("kge:google", "ai:acquired", "Violation"),
    "DirectTripleStatementShape-bad-reversed": ("kge:google", "ai:acquired", "Violation"),
    "StatementShape-bad": ("kgs:s1", "rdf:predicate", "Violation"),
    "StatementShape-bad-status": ("kgs:s1", "ai:status", "Violation"),
    "StatementShape-bad-confidence": ("kgs:s1", "ai:confidence", "Violation"),
    "StatementShape-bad-evidence": ("kgs:s1", "ai:evidence", "Violation"),
    "StatementTypeShape-bad": ("kgs:s1", None, "Violation"),
    "StatementRecommendedShape-bad": ("kgs:s1", "ai:supportCount", "Warning"),
    "StatementTripleShape-bad": ("kgs:s1", "rdf:predicate", "Violation"),
    "StatementTripleShape-bad-duplicate": ("kgs:s1", None, "Violation"),
    "StatementDomainRangeShape-bad": ("kgs:s1", "rdf:subject", "Violation"),
    "StatementDomainRangeShape-bad-object": ("kgs:s1", "rdf:object", "Violation"),
    "ClaimStatusShape-bad": ("ai:Rumoured", None, "Violation"),
    "EventShape-bad": ("kgx:i1", "ai:date", "Violation"),
    "EventShape-bad-evidence": ("kgx:a1", "ai:evidence", "Violation"),
    "EventShape-bad-amount": ("kgx:i1", "ai:amount", "Violation"),
    "InvestmentShape-bad": ("kgx:i1", "ai:investee", "Violation"),
    "InvestmentShape-bad-investor": ("kgx:i1", "ai:investor", "Violation"),
    "AcquisitionShape-bad": ("kgx:a1", "ai:acquirer", "Violation"),
    "PartnershipShape-bad": ("kgx:p1", "ai:partner", "Violation"),
    "InvestmentRoleShape-bad": ("kgx:a1", None, "Violation"),
    "AcquisitionRoleShape-bad": ("kgx:i1", None, "Violation"),
    "PartnershipRoleShape-bad": ("kgx:i1", None, "Violation"),
    "AmountDomainShape-bad": ("kgx:p1", None, "Warning"),
    "DateDomainShape-bad": ("kge:openai", None, "Warning"),
    "MonetaryAmountShape-bad": ("kgm:m1", "schema:minValue", "Violation"),
    "MonetaryAmountShape-bad-both": ("kgm:m1", None, "Violation"),
    "MonetaryAmountShape-bad-empty": ("kgm:m1", None, "Violation"),
    "MonetaryAmountShape-bad-currency": ("kgm:m1", "schema:currency", "Violation"),
    "MonetaryAmountShape-bad-double": ("kgm:m1", "schema:value", "Violation"),
    "MonetaryAmountShape-bad-negative": ("kgm:m1", "schema:value", "Violation"),
    "CurrencyCodeShape-bad": ("kgm:m1", "schema:currency", "Warning"),
    "EvidenceShape-bad": ("kgv:e1", "ai:startOffset", "Violation"),
    "EvidenceShape-bad-article": ("kgv:e1", "ai:article", "Violation"),
    "EvidenceShape-bad-confidence": ("kgv:e1", "ai:confidence", "Violation"),
    "EvidenceShape-bad-rule": ("kgv:e1", "ai:rule", "Violation"),
    "EvidenceShape-bad-offset": ("kgv:e1", "ai:startOffset", "Violation"),
    "EvidenceOffsetShape-bad": ("kgv:e1", "ai:endOffset", "Violation"),
    "EvidenceSentenceShape-bad": ("kgv:e1", "ai:sentence", "Warning"),
    "EvidenceDomainShape-bad": ("kge:openai", None, "Warning"),
    "ArticleShape-bad": ("kga:a1", "schema:inLanguage", "Violation"),
    "ArticleShape-bad-date": ("kga:a1", "schema:datePublished", "Violation"),
    "ArticleShape-bad-untyped": ("kga:a1", "schema:inLanguage", "Violation"),
    "ArticleRecommendedShape-bad": ("kga:a1", "ai:textLength", "Warning"),
    # conflicts across articles
    "CeoConflictShape-bad": ("kge:nexalia", None, "Warning"),
    "CeoConflictShape-bad-samedate": ("kge:nexalia", None, "Warning"),
    "CeoConflictShape-bad-overlap": ("kge:nexalia", None, "Warning"),
    "SelfAcquisitionShape-bad": ("kgx:a1", "ai:acquiree", "Warning"),
    "SelfAcquisitionShape-bad-triple": ("kge:acme", "ai:acquired", "Warning"),
}

# Relation tests: a valid subject and object class for each relation (every member of a union),
# and a class that is wrong for both ends.
RELATION_EXAMPLES = {
    "foundedBy": (["Organization", "Company"], ["Person"]),
    "ceoOf": (["Person"], ["Organization", "Company"]),
    "worksFor": (["Person"], ["Organization"]),
    "acquired": (["Organization"], ["Company"]),
    "investedIn": (["Organization", "Person"], ["Organization"]),
    "partnerOf": (["Company"], ["Organization"]),
    "competitorOf": (["Organization"], ["Organization"]),
    "providesComputeTo": (["Company"], ["Organization"]),
    "developedBy": (["AIModel", "Product"], ["Organization"]),
    "usesModel": (["Product", "Organization"], ["AIModel"]),
    "locatedIn": (["Organization"], ["Place"]),
    "subsidiaryOf": (["Organization"], ["Organization"]),
    "participatesIn": (["Organization"], ["Project"]),
}
WRONG = {
    "Organization": "Place",
    "Company": "Place",
    "Person": "Product",
    "AIModel": "Place",
    "Product": "Person",
    "Place": "Project",
    "Project": "Organization",
}


def qname(text: str) -> URIRef:
    prefix, local = text.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


def shape_name(relation: str) -> str:
    return relation[0].upper() + relation[1:] + "Shape"


def named_shapes() -> list[URIRef]:
    shapes = load_shapes()
    return sorted(s for s in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef))


def shape_subgraph(shape: URIRef) -> Graph:
    """The shape, everything it reaches through blank nodes, and the prefix declarations."""
    shapes = load_shapes()
    out = Graph()
    todo, seen = [shape, SHAPES_GRAPH_IRI], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in shapes.predicate_objects(node):
            out.add((node, p, o))
            if isinstance(o, BNode) or o == SHAPES_GRAPH_IRI:
                todo.append(o)
    return out


def reporting_shapes(shape: URIRef) -> set:
    """The shape and its property shapes: the possible sh:sourceShape of its results."""
    shapes = load_shapes()
    return {shape, *shapes.objects(shape, SH.property)}


def results(report: Graph) -> list[dict]:
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        out.append(
            {
                "focus": report.value(r, SH.focusNode),
                "path": report.value(r, SH.resultPath),
                "severity": str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
                "source": report.value(r, SH.sourceShape),
                "messages": list(report.objects(r, SH.resultMessage)),
            }
        )
    return out


def run_one_shape(data: Graph, shape: URIRef) -> tuple[bool, list[dict]]:
    conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shape_subgraph(shape),
        ont_graph=load_ontology(),
        inference="none",
        advanced=True,
    )
    return conforms, results(report)


def parse(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def case_files(kind: str) -> list[Path]:
    return sorted(p for p in DATA.glob("*Shape-*.ttl") if p.stem.split("Shape-", 1)[1].startswith(kind))


def shape_of(path: Path) -> URIRef:
    return KGSH[path.stem.split("-", 1)[0]]


def assert_reported(
    found: list[dict], shape: URIRef, focus: URIRef, path: URIRef | None, severity: str, languages: bool = False
):
    sources = reporting_shapes(shape)
    match = [r for r in found if r["focus"] == focus and r["path"] == path and r["source"] in sources]
    assert match, f"no result on focus {focus} path {path} from {shape}; got {found}"
    assert {r["severity"] for r in match} == {severity}, match
    for r in match:
        assert len(r["messages"]) >= 2, f"a message in English and one in French expected: {r}"
        if languages:  # raw pySHACL drops the tags of SPARQL messages; validate() restores them
            assert {"en", "fr"} <= {m.language for m in r["messages"]}, r


# --------------------------------------------------------------------------- file-based cases


@pytest.mark.parametrize("path", case_files("ok"), ids=lambda p: p.stem)
def test_ok_snippet_conforms(path: Path):
    conforms, found = run_one_shape(parse(path), shape_of(path))
    assert conforms, found
    assert found == []


@pytest.mark.parametrize("path", case_files("bad"), ids=lambda p: p.stem)
def test_bad_snippet_is_reported(path: Path):
    focus, result_path, severity = BAD[path.stem]
    focus, result_path = qname(focus), qname(result_path) if result_path else None
    shape = shape_of(path)
    conforms, found = run_one_shape(parse(path), shape)
    assert not conforms
    assert_reported(found, shape, focus, result_path, severity)
    # the same result with every shape, through the project's helper
    report = validate(parse(path))
    assert_reported(results(report.graph), shape, focus, result_path, severity, languages=True)
    if severity == "Violation":
        assert not report.conforms and report.violations >= 1


def test_every_bad_snippet_has_an_expectation():
    stems = {p.stem for p in case_files("bad")}
    assert stems == set(BAD)


# --------------------------------------------------------------------------- relations (inline)


def relation_snippet(relation: str, subject_class: str, object_class: str) -> Graph:
    text = TURTLE_PREFIXES + (
        f"kge:s a ai:{subject_class} .\nkge:o a ai:{object_class} .\nkge:s ai:{relation} kge:o .\n"
    )
    return Graph().parse(data=text, format="turtle")


RELATION_OK = [(r, s, o) for r, (subjects, objects) in RELATION_EXAMPLES.items() for s in subjects for o in objects]


@pytest.mark.parametrize("relation,subject_class,object_class", RELATION_OK)
def test_relation_ok(relation, subject_class, object_class):
    conforms, found = run_one_shape(relation_snippet(relation, subject_class, object_class), KGSH[shape_name(relation)])
    assert conforms and found == []


@pytest.mark.parametrize("relation", list(RELATION_EXAMPLES))
def test_relation_bad_subject(relation):
    subjects, objects = RELATION_EXAMPLES[relation]
    shape = KGSH[shape_name(relation)]
    conforms, found = run_one_shape(relation_snippet(relation, WRONG[subjects[0]], objects[0]), shape)
    assert not conforms
    assert_reported(found, shape, qname("kge:s"), None, "Violation")


@pytest.mark.parametrize("relation", list(RELATION_EXAMPLES))
def test_relation_bad_object(relation):
    subjects, objects = RELATION_EXAMPLES[relation]
    shape = KGSH[shape_name(relation)]
    conforms, found = run_one_shape(relation_snippet(relation, subjects[0], WRONG[objects[0]]), shape)
    assert not conforms
    assert_reported(found, shape, qname("kge:s"), AI[relation], "Violation")


def test_relation_untyped_ends_violate():
    conforms, found = run_one_shape(
        Graph().parse(data=TURTLE_PREFIXES + "kge:s ai:acquired kge:o .", format="turtle"), KGSH.AcquiredShape
    )
    assert not conforms and {r["path"] for r in found} == {None, AI.acquired}


def test_relation_shapes_match_the_ontology():
    """Each relation shape checks exactly the ontology's rdfs:domain / rdfs:range classes."""
    shapes, ontology = load_shapes(), load_ontology()

    def members(graph, node):
        union = graph.value(node, OWL.unionOf)
        return set(Collection(graph, union)) if union is not None else {node}

    def shape_classes(node):
        alternatives = shapes.value(node, SH["or"])
        if alternatives is not None:
            return {shapes.value(member, SH["class"]) for member in Collection(shapes, alternatives)}
        return set(shapes.objects(node, SH["class"]))

    for relation in RELATIONS:
        shape = KGSH[shape_name(relation.fragment)]
        assert (shape, SH.targetSubjectsOf, relation) in shapes
        assert shape_classes(shape) == members(ontology, ontology.value(relation, RDFS.domain)), relation
        (prop,) = [p for p in shapes.objects(shape, SH.property) if shapes.value(p, SH.path) == relation]
        assert shape_classes(prop) == members(ontology, ontology.value(relation, RDFS.range)), relation
        assert (prop, SH.nodeKind, SH.IRI) in shapes


def test_relation_lists_in_shapes_match_the_namespace():
    shapes = load_shapes()
    predicate_shape = [
        p for p in shapes.objects(KGSH.StatementShape, SH.property) if shapes.value(p, SH.path) == RDF.predicate
    ][0]
    assert tuple(Collection(shapes, shapes.value(predicate_shape, SH["in"]))) == RELATIONS
    status_shape = [
        p for p in shapes.objects(KGSH.StatementShape, SH.property) if shapes.value(p, SH.path) == AI.status
    ][0]
    assert tuple(Collection(shapes, shapes.value(status_shape, SH["in"]))) == CLAIM_STATUSES
    assert tuple(Collection(shapes, shapes.value(KGSH.ClaimStatusShape, SH["in"]))) == CLAIM_STATUSES
    assert set(shapes.objects(KGSH.EntityShape, SH.targetClass)) == set(ENTITY_CLASSES)
    # every SPARQL query (constraint or target) that lists the relations lists all 13
    for query in sparql_queries():
        if "ai:foundedBy" in query:
            assert all(f"ai:{r.fragment}" in query for r in RELATIONS)


def sparql_queries() -> list[str]:
    shapes = load_shapes()
    nodes = list(shapes.objects(None, SH.sparql)) + list(shapes.objects(None, SH.target))
    return [str(shapes.value(node, SH.select)) for node in nodes]


def test_sparql_shapes_use_sparql_targets():
    """Each SPARQL constraint runs only on the nodes its SPARQL target selects (the candidates for a
    result), not on every instance: rdflib parses the query again for every focus node."""
    shapes = load_shapes()
    for shape in named_shapes():
        if (shape, SH.sparql, None) in shapes:
            targets = list(shapes.objects(shape, SH.target))
            assert len(targets) == 1 and (targets[0], RDF.type, SH.SPARQLTarget) in shapes, shape
            assert not [
                p
                for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
                if (shape, p, None) in shapes
            ], shape


# --------------------------------------------------------------------------- coverage, messages


def test_every_shape_has_an_ok_and_a_bad_case():
    relation_shapes = {KGSH[shape_name(r)] for r in RELATION_EXAMPLES}
    with_ok = {shape_of(p) for p in case_files("ok")} | relation_shapes
    with_bad = {shape_of(p) for p in case_files("bad")} | relation_shapes
    shapes = set(named_shapes())
    assert shapes - with_ok == set()
    assert shapes - with_bad == set()
    assert (with_ok | with_bad) - shapes == set(), "a snippet names a shape that does not exist"


def test_every_shape_has_english_and_french_messages():
    shapes = load_shapes()
    reporting = []
    for shape in named_shapes():
        reporting.append(shape)
        reporting += list(shapes.objects(shape, SH.property))
        reporting += list(shapes.objects(shape, SH.sparql))
    for node in reporting:
        langs = {m.language for m in shapes.objects(node, SH.message) if isinstance(m, Literal)}
        assert {"en", "fr"} <= langs, f"{node} lacks an English or French sh:message"


def test_severities_are_known():
    shapes = load_shapes()
    assert set(shapes.objects(None, SH.severity)) <= {SH.Violation, SH.Warning, SH.Info}


def test_sparql_queries_declare_their_prefixes():
    shapes = load_shapes()
    for node in list(shapes.objects(None, SH.sparql)) + list(shapes.objects(None, SH.target)):
        assert shapes.value(node, SH.prefixes) == SHAPES_GRAPH_IRI
    for query in sparql_queries():
        assert "VALUES" not in query.upper()  # pySHACL refuses VALUES in SPARQL constraints


# --------------------------------------------------------------------------- knowgraph.rdf.validation

FULL = DATA / "full-ok.ttl"


def test_full_example_conforms_without_warnings():
    report = validate(parse(FULL))
    assert report.conforms, report.text
    assert (report.violations, report.warnings) == (0, 0), report.text
    assert isinstance(report.graph, Graph) and "Conforms: True" in report.text


def test_validate_does_not_modify_its_input():
    data = parse(FULL)
    before = set(data)
    validate(data)
    assert set(data) == before


def test_dataset_is_validated_as_the_union_of_its_graphs():
    # facts in one named graph, their statements and evidence in another: valid together
    full = parse(FULL)
    ds = Dataset()
    facts = ds.graph(URIRef("urn:test:facts"))
    provenance = ds.graph(URIRef("urn:test:provenance"))
    for triple in full:
        (facts if triple[1] in RELATIONS else provenance).add(triple)
    report = validate(ds)
    assert report.conforms, report.text
    assert report.violations == 0


def test_violation_makes_report_not_conform():
    data = parse(FULL)
    data.remove((None, AI.status, AI.Asserted))
    report = validate(data)
    assert not report.conforms
    assert report.violations >= 1


def test_warnings_alone_still_conform():
    data = parse(FULL)
    data.remove((None, AI.textLength, None))  # a recommendation, not a contract break
    report = validate(data)
    assert report.conforms, report.text
    assert report.violations == 0 and report.warnings == 1


def test_info_is_neither_violation_nor_warning():
    data = parse(FULL)
    idle = URIRef(PREFIXES["kge"] + "idle")
    data.add((idle, RDF.type, AI.Organization))
    data.add((idle, RDFS.label, Literal("Idle")))
    data.add((idle, AI.mentionedIn, URIRef(PREFIXES["kga"] + "3f2a000000000000")))
    report = validate(data)
    assert report.conforms and report.violations == 0 and report.warnings == 0
    assert any(r["severity"] == "Info" and r["focus"] == idle for r in results(report.graph))


def test_decimal_literals_from_python_values():
    # rdflib turns a Python float into xsd:double, which the shapes reject for amounts
    from rdflib.namespace import XSD  # not at module level: pytest's collection pokes at it

    data = parse(FULL)
    amount = URIRef("https://w3id.org/knowgraph/amount/a1")
    data.set((amount, SCHEMA.value, Literal(13750000000.0)))
    assert not validate(data).conforms
    data.set((amount, SCHEMA.value, Literal("13750000000", datatype=XSD.decimal)))
    assert validate(data).conforms


def test_loaders_are_cached():
    assert load_shapes() is load_shapes()
    assert load_ontology() is load_ontology()
    assert len(load_shapes()) > 0 and len(load_ontology()) > 0
