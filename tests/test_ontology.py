"""The ai: ontology (ontologies/knowgraph.ttl) and the generated namespace (knowgraph/rdf/namespace.py)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import knowgraph.rdf.namespace as namespace_module
from knowgraph.rdf.namespace import (
    AI,
    CLAIM_STATUSES,
    ENTITY_CLASSES,
    EVENT_CLASSES,
    KGA,
    KGE,
    KGM,
    KGS,
    KGV,
    KGX,
    RELATIONS,
    SCHEMA,
    SYMMETRIC_RELATIONS,
    WD,
)
from knowgraph.rdf.validation import load_ontology, ontology_path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = ROOT / "ontologies" / "knowgraph.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/knowgraph/ai")
PROV = Namespace("http://www.w3.org/ns/prov#")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
DCTERMS = Namespace("http://purl.org/dc/terms/")

CONTRACT_RELATIONS = (
    "foundedBy ceoOf worksFor acquired investedIn partnerOf competitorOf "
    "providesComputeTo developedBy usesModel locatedIn subsidiaryOf participatesIn"
).split()

# RELATIONS.md: subject -> object classes
DOMAIN_RANGE = {
    "foundedBy": ({"Organization"}, {"Person"}),
    "ceoOf": ({"Person"}, {"Organization"}),
    "worksFor": ({"Person"}, {"Organization"}),
    "acquired": ({"Organization"}, {"Organization"}),
    "investedIn": ({"Organization", "Person"}, {"Organization"}),
    "partnerOf": ({"Organization"}, {"Organization"}),
    "competitorOf": ({"Organization"}, {"Organization"}),
    "providesComputeTo": ({"Organization"}, {"Organization"}),
    "developedBy": ({"AIModel", "Product"}, {"Organization"}),
    "usesModel": ({"Product", "Organization"}, {"AIModel"}),
    "locatedIn": ({"Organization"}, {"Place"}),
    "subsidiaryOf": ({"Organization"}, {"Organization"}),
    "participatesIn": ({"Organization"}, {"Project"}),
}

# every ai: term of docs/data-model.md
DATA_MODEL_TERMS = (
    "Organization Company Person AIModel Product Place Project Event Investment Acquisition Partnership "
    "Article Statement Evidence ClaimStatus Asserted Reported Planned Hypothetical Negated Denied "
    "investor investee acquirer acquiree partner amount date "
    "evidence article sentence startOffset endOffset confidence rule status supportCount mentionedIn "
    "sourceFile textLength"
).split() + CONTRACT_RELATIONS

ALIGNMENT_PREDICATES = (
    OWL.equivalentClass,
    OWL.equivalentProperty,
    SKOS.exactMatch,
    SKOS.closeMatch,
    SKOS.broadMatch,
    SKOS.narrowMatch,
    RDFS.subClassOf,
)
ALIGNMENT_IRI = re.compile(
    r"^(https://schema\.org/[A-Z]?[A-Za-z]+"
    r"|http://www\.wikidata\.org/prop/direct/P[1-9][0-9]*"
    r"|http://www\.wikidata\.org/entity/Q[1-9][0-9]*"
    r"|http://www\.w3\.org/ns/prov#[A-Za-z]+"
    r"|http://www\.w3\.org/ns/oa#[a-z]+"
    r"|http://www\.w3\.org/1999/02/22-rdf-syntax-ns#Statement"
    r"|https://w3id\.org/knowgraph/ai#[A-Za-z]+)$"
)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def ai_terms(graph: Graph) -> set[URIRef]:
    return {n for t in graph for n in t if isinstance(n, URIRef) and str(n).startswith(str(AI)) and n != AI}


def local(iri: URIRef) -> str:
    return str(iri)[len(str(AI)) :]


def members(graph: Graph, node) -> set:
    union = graph.value(node, OWL.unionOf)
    return set(Collection(graph, union)) if union is not None else {node}


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_namespace", ROOT / "tools" / "gen_namespace.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_namespace", module)  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- parsing, header


def test_parses_with_rdflib(onto):
    assert len(onto) > 300
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto


def test_parses_with_pyoxigraph():
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY_FILE), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(ONTOLOGY_FILE, format="turtle"))


def test_shapes_parse_with_pyoxigraph():
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(path=str(ROOT / "ontologies" / "shapes.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 0


def test_header(onto):
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) is not None
    assert (ONTOLOGY_IRI, DCTERMS.license, URIRef("https://opensource.org/licenses/MIT")) in onto
    for prop in (DCTERMS.title, DCTERMS.description, RDFS.label, RDFS.comment):
        assert {v.language for v in onto.objects(ONTOLOGY_IRI, prop)} == {"en", "fr"}, prop


def test_validation_helper_finds_the_same_file(onto):
    assert ontology_path("knowgraph.ttl").read_bytes() == ONTOLOGY_FILE.read_bytes()
    assert isomorphic(load_ontology(), onto)


# --------------------------------------------------------------------------- terms


def test_every_term_is_defined_with_english_and_french_label_and_comment(onto):
    terms = ai_terms(onto)
    assert terms
    for term in terms:
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in onto, term
        for prop in (RDFS.label, RDFS.comment):
            values = [v for v in onto.objects(term, prop) if isinstance(v, Literal)]
            languages = [v.language for v in values]
            assert sorted(languages) == ["en", "fr"], (term, prop, values)
            assert all(str(v).strip() for v in values)


def test_every_data_model_term_is_declared(onto):
    declared = {local(t) for t in ai_terms(onto)}
    assert set(DATA_MODEL_TERMS) <= declared


def test_entity_and_event_classes(onto):
    assert [local(c) for c in ENTITY_CLASSES] == ["Organization", "Person", "AIModel", "Product", "Place", "Project"]
    for cls in (
        ENTITY_CLASSES + EVENT_CLASSES + (AI.Company, AI.Event, AI.Article, AI.Statement, AI.Evidence, AI.ClaimStatus)
    ):
        assert (cls, RDF.type, OWL.Class) in onto
    assert (AI.Company, RDFS.subClassOf, AI.Organization) in onto
    assert [local(c) for c in EVENT_CLASSES] == ["Investment", "Acquisition", "Partnership"]
    for cls in EVENT_CLASSES:
        assert (cls, RDFS.subClassOf, AI.Event) in onto
    assert {
        (AI.Event, RDFS.subClassOf, SCHEMA.Event),
        (AI.Event, RDFS.subClassOf, PROV.Activity),
        (AI.Statement, RDFS.subClassOf, RDF.Statement),
        (AI.Evidence, RDFS.subClassOf, PROV.Entity),
        (AI.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (AI.Article, RDFS.subClassOf, PROV.Entity),
    } <= set(onto)
    # no other subclass links between the entity classes (the scorer reads rdfs:subClassOf)
    for a in ENTITY_CLASSES:
        assert not [b for b in onto.objects(a, RDFS.subClassOf) if b in ENTITY_CLASSES]


def test_claim_statuses(onto):
    assert [local(s) for s in CLAIM_STATUSES] == [
        "Asserted",
        "Reported",
        "Planned",
        "Hypothetical",
        "Negated",
        "Denied",
    ]
    assert set(onto.subjects(RDF.type, AI.ClaimStatus)) == set(CLAIM_STATUSES)


def test_relations_are_the_contract_ones(onto):
    assert [local(r) for r in RELATIONS] == CONTRACT_RELATIONS
    assert set(onto.subjects(AI.termGroup, Literal("relation"))) == set(RELATIONS)
    for relation in RELATIONS:
        assert (relation, RDF.type, OWL.ObjectProperty) in onto


@pytest.mark.parametrize("name", CONTRACT_RELATIONS)
def test_relation_domain_and_range(onto, name):
    relation = AI[name]
    (domain,) = onto.objects(relation, RDFS.domain)
    (range_,) = onto.objects(relation, RDFS.range)
    assert {local(c) for c in members(onto, domain)} == DOMAIN_RANGE[name][0]
    assert {local(c) for c in members(onto, range_)} == DOMAIN_RANGE[name][1]
    if isinstance(domain, BNode):
        assert (domain, RDF.type, OWL.Class) in onto


def test_symmetric_relations(onto):
    assert SYMMETRIC_RELATIONS == (AI.partnerOf, AI.competitorOf)
    assert set(onto.subjects(RDF.type, OWL.SymmetricProperty)) == set(SYMMETRIC_RELATIONS)


def test_event_roles_and_provenance_properties(onto):
    object_properties = "investor investee acquirer acquiree partner amount evidence article status mentionedIn".split()
    datatype_properties = (
        "date sentence startOffset endOffset confidence rule supportCount sourceFile textLength".split()
    )
    for name in object_properties:
        assert (AI[name], RDF.type, OWL.ObjectProperty) in onto, name
    for name in datatype_properties:
        assert (AI[name], RDF.type, OWL.DatatypeProperty) in onto, name
    assert onto.value(AI.amount, RDFS.range) == SCHEMA.MonetaryAmount
    assert onto.value(AI.article, RDFS.range) == AI.Article
    assert onto.value(AI.status, RDFS.range) == AI.ClaimStatus


# --------------------------------------------------------------------------- alignments


def test_alignment_iris_are_well_formed(onto):
    found = 0
    for predicate in ALIGNMENT_PREDICATES:
        for subject, target in onto.subject_objects(predicate):
            if isinstance(target, BNode):
                continue
            assert isinstance(target, URIRef) and ALIGNMENT_IRI.match(str(target)), (subject, predicate, target)
            found += 1
            is_property = (subject, RDF.type, OWL.ObjectProperty) in onto or (
                subject,
                RDF.type,
                OWL.DatatypeProperty,
            ) in onto
            if "wikidata.org/prop/" in str(target):
                assert is_property, (subject, target)
            if "wikidata.org/entity/" in str(target):
                assert not is_property, (subject, target)
            if predicate == OWL.equivalentProperty:
                assert is_property
            if predicate == OWL.equivalentClass:
                assert (subject, RDF.type, OWL.Class) in onto
    assert found > 30


def test_required_alignments(onto):
    equivalent = {
        AI.foundedBy: {SCHEMA.founder, WDT.P112},
        AI.worksFor: {SCHEMA.worksFor, WDT.P108},
        AI.developedBy: {WDT.P178},
        AI.subsidiaryOf: {SCHEMA.parentOrganization, WDT.P749},
    }
    close = {
        AI.ceoOf: {WDT.P169},
        AI.locatedIn: {WDT.P159, WDT.P17, SCHEMA.location},
        AI.acquired: {WDT.P1830},
        AI.investedIn: {WDT.P1951},
    }
    for term, targets in equivalent.items():
        assert targets <= set(onto.objects(term, OWL.equivalentProperty)), term
    for term, targets in close.items():
        assert targets <= set(onto.objects(term, SKOS.closeMatch)), term
        assert not set(onto.objects(term, OWL.equivalentProperty)) & targets, term
    assert {SCHEMA.Organization, WD.Q43229} <= set(onto.objects(AI.Organization, OWL.equivalentClass))
    assert {SCHEMA.Person, WD.Q5} <= set(onto.objects(AI.Person, OWL.equivalentClass))


def test_no_inverse_or_subproperty_links_to_relations(onto):
    """The scorer honours owl:inverseOf and rdfs:subPropertyOf: the ontology declares none on relations."""
    for relation in RELATIONS:
        for predicate in (OWL.inverseOf, RDFS.subPropertyOf):
            assert not list(onto.objects(relation, predicate)), (relation, predicate)
            assert not list(onto.subjects(predicate, relation)), (relation, predicate)


# --------------------------------------------------------------------------- generated namespace


def test_namespace_module_is_up_to_date(onto):
    generator = load_generator()
    expected = generator.render(onto)
    assert expected == generator.render(Graph().parse(ONTOLOGY_FILE, format="turtle"))  # deterministic
    assert Path(namespace_module.__file__).read_text(encoding="utf-8") == expected, (
        "knowgraph/rdf/namespace.py is out of date: run python tools/gen_namespace.py"
    )


def test_generator_check_mode(tmp_path):
    script = str(ROOT / "tools" / "gen_namespace.py")
    assert subprocess.run([sys.executable, script, "--check"], capture_output=True).returncode == 0
    stale = tmp_path / "namespace.py"
    stale.write_text("# stale\n", encoding="utf-8")
    result = subprocess.run([sys.executable, script, "--check", "--output", str(stale)], capture_output=True, text=True)
    assert result.returncode == 1 and "out of date" in result.stderr
    assert stale.read_text(encoding="utf-8") == "# stale\n"
    assert subprocess.run([sys.executable, script, "--output", str(stale)]).returncode == 0
    assert stale.read_text(encoding="utf-8") == Path(namespace_module.__file__).read_text(encoding="utf-8")


def test_generator_rejects_an_undocumented_term(tmp_path, onto):
    generator = load_generator()
    broken = Graph()
    for triple in onto:
        broken.add(triple)
    broken.add((AI.Organization, RDFS.seeAlso, URIRef(str(AI) + "Undefined")))
    with pytest.raises(generator.OntologyError, match="Undefined"):
        generator.render(broken)


def test_namespace_terms(onto):
    for term in ai_terms(onto):
        assert getattr(AI, local(term)) == term
        assert isinstance(getattr(AI, local(term)), URIRef)
    assert AI.foundedBy == URIRef("https://w3id.org/knowgraph/ai#foundedBy")
    assert set(AI.__annotations__) == {local(t) for t in ai_terms(onto)}


def test_unknown_term_raises():
    with pytest.raises(AttributeError):
        AI.unknownTerm  # noqa: B018


def test_instance_namespaces():
    assert str(KGE) == "https://w3id.org/knowgraph/entity/"
    assert str(KGA) == "https://w3id.org/knowgraph/article/"
    assert str(KGS) == "https://w3id.org/knowgraph/statement/"
    assert str(KGV) == "https://w3id.org/knowgraph/evidence/"
    assert str(KGX) == "https://w3id.org/knowgraph/event/"
    assert str(KGM) == "https://w3id.org/knowgraph/amount/"
    assert str(SCHEMA) == "https://schema.org/"
    assert str(WD) == "http://www.wikidata.org/entity/"
    assert KGE.microsoft == URIRef("https://w3id.org/knowgraph/entity/microsoft")
