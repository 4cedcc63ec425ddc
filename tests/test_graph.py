"""The RDF that knowgraph builds: SHACL conformance, ontology terms, provenance of every fact,
byte-for-byte determinism, lossless round trips through rdflib and pyoxigraph, stable IRIs.

Built from the example articles (once per session, see conftest) and from short texts written
here. Real spaCy, pySHACL, rdflib and pyoxigraph.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pyoxigraph as ox
import pytest
import rdflib
from conftest import ARTICLES, EXAMPLES_PUBLISHED, ONTOLOGY, QUERIES, ROOT, build_fr
from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

import knowgraph

AI = rdflib.Namespace("https://w3id.org/knowgraph/ai#")
KGE = rdflib.Namespace("https://w3id.org/knowgraph/entity/")
KGA = rdflib.Namespace("https://w3id.org/knowgraph/article/")
KGS = rdflib.Namespace("https://w3id.org/knowgraph/statement/")
KGV = rdflib.Namespace("https://w3id.org/knowgraph/evidence/")
SCHEMA = rdflib.Namespace("https://schema.org/")

#: The 13 relations of the contract, as direct triples.
RELATIONS = [
    AI[name]
    for name in (
        "foundedBy ceoOf worksFor acquired investedIn partnerOf competitorOf providesComputeTo developedBy "
        "usesModel locatedIn subsidiaryOf participatesIn"
    ).split()
]

FORMATS = {  # knowgraph format name -> (rdflib parser, pyoxigraph format, keeps named graphs)
    "turtle": ("turtle", ox.RdfFormat.TURTLE, False),
    "trig": ("trig", ox.RdfFormat.TRIG, True),
    "ntriples": ("nt", ox.RdfFormat.N_TRIPLES, False),
    "nquads": ("nquads", ox.RdfFormat.N_QUADS, True),
    "json-ld": ("json-ld", ox.RdfFormat.JSON_LD, True),
}

#: Characters that cannot appear in an IRI (RFC 3987) or in a Turtle IRIREF.
BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@pytest.fixture(scope="module")
def graph(examples_kg) -> rdflib.Graph:
    """The merged view of the example graph (computed once: ``kg.graph`` rebuilds it each time)."""
    return examples_kg.graph


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def serialized(examples_kg) -> dict[str, bytes]:
    return {fmt: examples_kg.serialize(fmt) for fmt in FORMATS}


# ---------------------------------------------------------------------------------------------
# SHACL and ontology
# ---------------------------------------------------------------------------------------------


def test_example_graph_conforms_to_the_shapes(examples_report):
    assert examples_report.conforms, examples_report.text
    assert examples_report.violations == 0


def test_build_validates_by_default():
    kg = knowgraph.build("La startup Nexalia, basée à Lyon, a été rachetée par Microsoft en 2024.", lang="fr")
    report = kg.validate()
    assert report.conforms, report.text


def test_only_terms_declared_in_the_ontology(graph, ontology):
    declared = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(AI))}
    assert AI.Organization in declared and AI.acquired in declared  # sanity: the ontology was read
    used: dict[URIRef, str] = {}
    for s, p, o in graph:
        if p.startswith(str(AI)):
            used.setdefault(p, f"predicate of {s}")
        if isinstance(o, URIRef) and o.startswith(str(AI)):
            used.setdefault(o, f"object of {s} {p}")
        if isinstance(s, URIRef) and s.startswith(str(AI)):
            used.setdefault(s, "subject")
    undeclared = {term: where for term, where in used.items() if term not in declared}
    assert not undeclared, undeclared
    # the classes and statuses used are declared as what they are used for
    for cls in set(graph.objects(None, RDF.type)):
        if cls.startswith(str(AI)):
            assert (cls, RDF.type, OWL.Class) in ontology, cls
    for status in set(graph.objects(None, AI.status)):
        assert (status, RDF.type, AI.ClaimStatus) in ontology, status


def test_no_blank_nodes_and_valid_iris(graph):
    for triple in graph:
        for term in triple:
            assert not isinstance(term, BNode), triple
            if isinstance(term, URIRef):
                assert not BAD_IRI_CHARS.search(str(term)), term


def test_entities_have_one_type_and_one_label(graph):
    entities = set(graph.subjects(AI.mentionedIn, None))
    assert KGE["mistral-ai"] in entities and KGE["nexalia"] in entities
    for node in entities:
        assert str(node).startswith(str(KGE))
        assert len(list(graph.objects(node, RDFS.label))) == 1, node
        assert len(list(graph.objects(node, RDF.type))) >= 1, node
    assert graph.value(KGE["microsoft"], OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q2283")
    assert graph.value(KGE["mistral-ai"], RDF.type) in (AI.Organization, AI.Company)


# ---------------------------------------------------------------------------------------------
# provenance
# ---------------------------------------------------------------------------------------------


def _statements(g: rdflib.Graph, s, p, o):
    return [st for st in g.subjects(RDF.subject, s) if (st, RDF.predicate, p) in g and (st, RDF.object, o) in g]


def test_every_direct_triple_has_an_asserted_statement_with_evidence(graph, examples_kg):
    texts = {URIRef(a.iri): a.text for a in examples_kg.articles}
    direct = [(s, p, o) for p in RELATIONS for s, o in graph.subject_objects(p)]
    assert len(direct) >= 30
    for s, p, o in direct:
        asserted = [st for st in _statements(graph, s, p, o) if (st, AI.status, AI.Asserted) in graph]
        assert len(asserted) == 1, (s, p, o)
        st = asserted[0]
        assert (st, RDF.type, AI.Statement) in graph
        confidence = graph.value(st, AI.confidence).toPython()
        assert Decimal(0) <= confidence <= Decimal(1)
        assert int(graph.value(st, AI.supportCount)) >= 1
        evidence = list(graph.objects(st, AI.evidence))
        assert evidence, (s, p, o)
        for ev in evidence:
            assert (ev, RDF.type, AI.Evidence) in graph
            articles = list(graph.objects(ev, AI.article))
            assert len(articles) == 1 and (articles[0], RDF.type, AI.Article) in graph
            [sentence] = graph.objects(ev, AI.sentence)
            [start] = graph.objects(ev, AI.startOffset)
            [end] = graph.objects(ev, AI.endOffset)
            [ev_conf] = graph.objects(ev, AI.confidence)
            [rule] = graph.objects(ev, AI.rule)
            assert start.datatype == XSD.integer and end.datatype == XSD.integer
            assert ev_conf.datatype == XSD.decimal and Decimal(0) <= ev_conf.toPython() <= Decimal(1)
            assert isinstance(rule.toPython(), str) and rule.toPython()
            start, end = int(start), int(end)
            text = texts[articles[0]]
            assert 0 <= start < end <= len(text)
            # the quoted sentence is the article's text at those offsets (white space squeezed)
            assert str(sentence) == " ".join(text[start:end].split())
            assert ev_conf.toPython() <= confidence


def test_every_asserted_statement_has_its_direct_triple(graph):
    for st in graph.subjects(AI.status, AI.Asserted):
        triple = (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        assert triple in graph, triple


def test_hedged_statements_have_no_direct_triple(graph):
    hedged = {
        (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        for st, status in graph.subject_objects(AI.status)
        if status != AI.Asserted
    }
    assert (KGE["mistral-ai"], AI.acquired, KGE["codexia"]) in hedged
    assert (KGE["openai"], AI.acquired, KGE["veridian"]) in hedged
    assert (KGE["nvidia"], AI.investedIn, KGE["scaleway"]) in hedged
    for s, p, o in hedged:
        if not any((st, AI.status, AI.Asserted) in graph for st in _statements(graph, s, p, o)):
            assert (s, p, o) not in graph


def test_events_have_roles_amounts_dates_and_evidence(graph):
    deals = {
        (graph.value(e, AI.acquirer), graph.value(e, AI.acquiree)): e for e in graph.subjects(RDF.type, AI.Acquisition)
    }
    deal = deals[(KGE["microsoft"], KGE["nexalia"])]
    amount = graph.value(deal, AI.amount)
    assert (amount, RDF.type, SCHEMA.MonetaryAmount) in graph
    assert graph.value(amount, SCHEMA.value) == Literal("300000000", datatype=XSD.decimal)
    assert graph.value(amount, SCHEMA.currency) == Literal("EUR")
    assert graph.value(deal, AI.date) == Literal("2024-03", datatype=XSD.gYearMonth)
    assert list(graph.objects(deal, AI.evidence))
    rounds = [e for e in graph.subjects(AI.investee, KGE["veridian"])]
    [money] = [graph.value(e, AI.amount) for e in rounds if graph.value(e, AI.amount) is not None]
    assert graph.value(money, SCHEMA.minValue) == Literal("200000000", datatype=XSD.decimal)
    assert graph.value(money, SCHEMA.maxValue) == Literal("300000000", datatype=XSD.decimal)
    assert graph.value(money, SCHEMA.currency) == Literal("USD")


def test_an_amount_open_on_one_side_has_one_bound_and_validates():
    kg = knowgraph.build(
        [knowgraph.Article(text="Pell Capital invested more than $400 million in Nexalia, the startup said.")],
        lang="en",
    )
    [deal] = kg.graph.subjects(RDF.type, AI.Investment)
    money = kg.graph.value(deal, AI.amount)
    assert kg.graph.value(money, SCHEMA.minValue) == Literal("400000000", datatype=XSD.decimal)
    assert kg.graph.value(money, SCHEMA.maxValue) is None and kg.graph.value(money, SCHEMA.value) is None
    assert kg.validate().conforms


# ---------------------------------------------------------------------------------------------
# determinism and round trips
# ---------------------------------------------------------------------------------------------


def test_building_twice_gives_identical_bytes(serialized, example_paths):
    again = knowgraph.build(
        [
            knowgraph.Article(
                text=p.read_text(encoding="utf-8"),
                lang="fr",
                published=EXAMPLES_PUBLISHED,
                path=str(p.relative_to(ROOT)),
            )
            for p in example_paths
        ],
        validate=False,
    )
    for fmt, data in serialized.items():
        assert again.serialize(fmt) == data, fmt


def test_one_article_built_twice_gives_identical_bytes():
    text = (ARTICLES / "fr-02-nexalia-rachat.txt").read_text(encoding="utf-8")
    first = knowgraph.build(text, lang="fr", published=EXAMPLES_PUBLISHED, validate=False)
    second = knowgraph.build(text, lang="fr", published=EXAMPLES_PUBLISHED, validate=False)
    for fmt in FORMATS:
        assert first.serialize(fmt) == second.serialize(fmt), fmt


def test_article_triples_without_a_store_give_the_dataset_bytes_and_report(examples_kg):
    """A streaming build handles each article as plain triples (no rdflib store): they must give
    the bytes of the article's Dataset in every format, and its SHACL report with every engine."""
    from knowgraph.rdf.graph import MergedView, article_triples, to_dataset
    from knowgraph.rdf.output import serialize
    from knowgraph.rdf.validation import available_engines, validate

    for result in examples_kg.articles:
        named = article_triples(result)
        assert len(named) == len(set(named)), "each triple once"
        default = list(MergedView().add_graph(named).default_triples())
        ds = to_dataset([result])
        assert set(named) == set(ds.graph(URIRef(result.iri)))
        for fmt in FORMATS:
            assert serialize({URIRef(result.iri): named, None: default}, fmt) == serialize(ds, fmt), fmt
    # the last article, broken: its statements lose their evidence
    broken = [t for t in named if t[1] != AI.evidence] + default
    graph = rdflib.Graph()
    for triple in broken:
        graph.add(triple)
    for engine in available_engines():
        whole, plain = validate(graph, engine=engine), validate(broken, engine=engine)
        assert not plain.conforms and plain.violations > 0, engine
        assert (plain.conforms, plain.violations, plain.warnings) == (whole.conforms, whole.violations, whole.warnings)


def _rdflib_key(term):
    assert not isinstance(term, BNode), term
    if isinstance(term, Literal):
        datatype = term.datatype or (RDF.langString if term.language else XSD.string)
        return ("literal", str(term), str(datatype), term.language)
    return ("iri", str(term))


def _ox_key(term):
    assert not isinstance(term, ox.BlankNode), term
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.datatype.value, term.language)
    return ("iri", term.value)


def _graph_key(name):
    if name is None or str(name) == str(DATASET_DEFAULT_GRAPH_ID):
        return None
    return str(name)


def _expected(kg, named: bool) -> set:
    if named:
        return {
            (_rdflib_key(s), _rdflib_key(p), _rdflib_key(o), _graph_key(g))
            for s, p, o, g in kg.dataset.quads((None, None, None, None))
        }
    return {(_rdflib_key(s), _rdflib_key(p), _rdflib_key(o)) for s, p, o in kg.graph}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_round_trip_through_rdflib(fmt, serialized, examples_kg):
    parser, _, named = FORMATS[fmt]
    data = serialized[fmt]
    if named:
        ds = rdflib.Dataset()
        ds.parse(data=data, format=parser)
        got = {
            (_rdflib_key(s), _rdflib_key(p), _rdflib_key(o), _graph_key(g))
            for s, p, o, g in ds.quads((None, None, None, None))
        }
        assert got == _expected(examples_kg, named=True)
        union = rdflib.Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        assert isomorphic(union, examples_kg.graph)
    else:
        g = rdflib.Graph().parse(data=data, format=parser)
        assert isomorphic(g, examples_kg.graph)
        assert {(_rdflib_key(s), _rdflib_key(p), _rdflib_key(o)) for s, p, o in g} == _expected(
            examples_kg, named=False
        )


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_round_trip_through_pyoxigraph(fmt, serialized, examples_kg):
    _, ox_format, named = FORMATS[fmt]
    quads = list(ox.parse(input=serialized[fmt], format=ox_format))
    if named:
        got = {
            (
                _ox_key(q.subject),
                _ox_key(q.predicate),
                _ox_key(q.object),
                None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value,
            )
            for q in quads
        }
    else:
        assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)
        got = {(_ox_key(q.subject), _ox_key(q.predicate), _ox_key(q.object)) for q in quads}
    assert got == _expected(examples_kg, named)


def test_named_graph_per_article(examples_kg, example_paths):
    names = {
        str(g.identifier) for g in examples_kg.dataset.graphs() if str(g.identifier) != str(DATASET_DEFAULT_GRAPH_ID)
    }
    assert names == {a.iri for a in examples_kg.articles}
    assert len(names) == len(example_paths)
    assert all(name.startswith(str(KGA)) for name in names)


# ---------------------------------------------------------------------------------------------
# stable IRIs
# ---------------------------------------------------------------------------------------------

ARTICLE_A = "Microsoft a racheté la startup Nexalia pour 300 millions d’euros en mars 2024."
ARTICLE_B = (
    "La startup Nexalia, basée à Lyon, a été rachetée par Microsoft Corporation en 2024. "
    "Claire Dumas, PDG de la startup Nexalia, reste en poste."
)


def test_same_company_in_two_articles_gets_the_same_iri():
    a, b = build_fr(ARTICLE_A), build_fr(ARTICLE_B)
    for kg in (a, b):
        assert (KGE["microsoft"], AI.acquired, KGE["nexalia"]) in kg.graph
    both = knowgraph.build([ARTICLE_A, ARTICLE_B], lang="fr", validate=False)
    g = both.graph
    articles = set(g.subjects(RDF.type, AI.Article))
    assert len(articles) == 2
    assert set(g.objects(KGE["nexalia"], AI.mentionedIn)) == articles
    assert set(g.objects(KGE["microsoft"], AI.mentionedIn)) == articles
    # one canonical label, the other names as alternative labels
    assert list(g.objects(KGE["microsoft"], RDFS.label)) == [Literal("Microsoft")]
    assert Literal("Microsoft Corporation") in set(g.objects(KGE["microsoft"], SKOS.altLabel))
    # the fact stated by both articles is one statement supported by two articles
    [st] = [
        st for st in _statements(g, KGE["microsoft"], AI.acquired, KGE["nexalia"]) if (st, AI.status, AI.Asserted) in g
    ]
    assert g.value(st, AI.supportCount).toPython() == 2
    assert len(set(g.objects(st, AI.evidence))) == 2


def test_article_iri_is_stable_and_source_overrides_it():
    a1, a2 = build_fr(ARTICLE_A), knowgraph.build(ARTICLE_A, lang="fr", validate=False)
    assert a1.articles[0].iri == a2.articles[0].iri
    assert re.fullmatch(re.escape(str(KGA)) + r"[0-9a-f]{16}", a1.articles[0].iri)
    source = "https://example.org/news/nexalia"
    kg = knowgraph.build(ARTICLE_A, lang="fr", source=source, validate=False)
    assert kg.articles[0].iri == source
    assert (URIRef(source), RDF.type, AI.Article) in kg.graph


@pytest.mark.parametrize(
    "text, label",
    [
        ('La startup Nexa"lia a été rachetée par Microsoft en 2024.', 'Nexa"lia'),
        ("La startup Deep{Mind}|Lab^ a été rachetée par Microsoft en 2024.", "Deep{Mind}|Lab^"),
    ],
)
def test_names_with_special_characters_give_valid_iris(text, label):
    kg = build_fr(text)
    g = kg.graph
    [node] = list(g.subjects(RDFS.label, Literal(label)))
    assert not BAD_IRI_CHARS.search(str(node)), node
    assert (KGE["microsoft"], AI.acquired, node) in g
    data = kg.serialize("turtle")
    ox_quads = list(ox.parse(input=data, format=ox.RdfFormat.TURTLE))  # strict parser: valid IRIs and escapes
    assert any(q.object == ox.Literal(label) for q in ox_quads)
    assert isomorphic(rdflib.Graph().parse(data=data, format="turtle"), g)


@pytest.mark.parametrize("key", ['<Nexa"lia>', "a b{c}|d^e`f\\g", "Ça va", "---", ""])
def test_entity_iri_of_any_key_is_a_valid_iri(key):
    from knowgraph.rdf.graph import entity_iri

    iri = entity_iri(key)
    assert iri.startswith(str(KGE)) and len(iri) > len(str(KGE))
    assert not BAD_IRI_CHARS.search(str(iri))
    assert entity_iri(key) == iri
    ox.NamedNode(str(iri))  # pyoxigraph accepts it


# ---------------------------------------------------------------------------------------------
# the documented provenance query
# ---------------------------------------------------------------------------------------------


def test_provenance_query_returns_the_sentence(examples_store, examples_kg):
    result = examples_store.query((QUERIES / "07-provenance.rq").read_text(encoding="utf-8"))
    sentence = (
        "Microsoft a racheté la startup Nexalia pour 300 millions d’euros en mars 2024, "
        "selon un communiqué publié jeudi."
    )
    matching = [row for row in result.rows if row["sentence"] == sentence]
    assert len(matching) == 1, result.rows
    [row] = matching
    assert row["status"] == str(AI.Asserted)
    assert row["file"] == "examples/articles/fr-02-nexalia-rachat.txt"
    assert row["rule"].startswith("fr/acquired")
    assert Decimal(0) < row["confidence"] <= Decimal(1)
    text = (ROOT / row["file"]).read_text(encoding="utf-8")
    assert text[row["start"] : row["end"]] == sentence
    assert row["article"] == next(a.iri for a in examples_kg.articles if a.source_file == row["file"])


def test_provenance_query_through_the_python_api():
    kg = build_fr(ARTICLE_A)
    rows = kg.query((QUERIES / "07-provenance.rq").read_text(encoding="utf-8"))
    assert [r["sentence"] for r in rows] == [ARTICLE_A]
    assert (rows.rows[0]["start"], rows.rows[0]["end"]) == (0, len(ARTICLE_A))


# ---------------------------------------------------------------------------------------------
# building from a spaCy Doc; warnings
# ---------------------------------------------------------------------------------------------


def test_build_from_a_spacy_doc_gives_the_same_graph(nlp_fr):
    from_doc = knowgraph.build(nlp_fr(ARTICLE_A), validate=False)
    assert from_doc.serialize("nquads") == build_fr(ARTICLE_A).serialize("nquads")


def test_example_graph_has_no_warnings(examples_report):
    assert examples_report.warnings == 0, examples_report.text
