"""Many articles, one graph: entity resolution across articles, the merged view, incremental builds.

* hard pairs: short texts written here, analysed for real; names that must end up on one IRI and
  names that must stay on two;
* the measurement corpus ``corpus/merge/`` (32 texts, French and English) built in one go and
  compared with ``corpus/merge/expected-entities.csv``: zero wrong merges, no duplicate node
  beyond the extraction misses documented below (as xfail, with the reason);
* cross-article consistency: one rdf:type per entity, ai:supportCount, events reported by several
  articles, the conflict warnings of the shapes;
* incremental builds: one go, three steps and any order give the same bytes; running an article
  again changes nothing; the same through ``knowgraph build --into``.

Real spaCy, rdflib, pyoxigraph and pySHACL; the pipelines are loaded once per session.
"""

from __future__ import annotations

import csv
import datetime
import functools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, finish_cli, start_cli
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Literal, URIRef

import knowgraph
from knowgraph.api import KnowledgeGraph
from knowgraph.facts.events import Event
from knowgraph.facts.relations import Fact
from knowgraph.mentions.finder import Entity
from knowgraph.mentions.gazetteer import bare, fold, slugify
from knowgraph.rdf.graph import ArticleResult, entity_label, entity_type, refresh_default_graph, same_events, to_dataset
from knowgraph.rdf.namespace import AI, KGE, SCHEMA
from knowgraph.rdf.output import parse, serialize

CORPUS = ROOT / "corpus" / "merge"
EXPECTED_TABLE = CORPUS / "expected-entities.csv"


def local(node) -> str:
    return str(node)[len(str(KGE)) :]


@functools.cache
def analysed(lang: str, text: str, published: datetime.date | None = None) -> ArticleResult:
    return knowgraph.analyse(text, lang=lang, published=published)


def merged(*results: ArticleResult) -> KnowledgeGraph:
    return KnowledgeGraph(to_dataset(results), list(results))


def entity_names(graph) -> dict[str, set[str]]:
    """Entity local name -> its rdfs:label and skos:altLabel values."""
    out: dict[str, set[str]] = {}
    for node in set(graph.subjects(AI.mentionedIn, None)):
        out[local(node)] = {str(v) for p in (RDFS.label, SKOS.altLabel) for v in graph.objects(node, p)}
    return out


# =============================================================================================
# hard pairs
# =============================================================================================

# (id, (lang, text), (lang, text), IRI, names that must all be labels of that one node)
MUST_MERGE = [
    (
        "openai/open-ai",
        ("fr", "OpenAI a levé 6 milliards de dollars auprès de Microsoft."),
        ("en", "Microsoft invested $1 billion in Open AI in 2019."),
        "openai",
        {"OpenAI", "Open AI"},
    ),
    (
        "microsoft/corp",
        ("en", "Microsoft acquired the startup Nexalia in 2024."),
        ("en", "Microsoft Corp. invested in Mistral AI in February 2024."),
        "microsoft",
        {"Microsoft", "Microsoft Corp."},
    ),
    (
        "mistral-ai/mistral",
        ("fr", "Mistral AI a levé 600 millions d'euros en juin 2024."),
        ("en", "Nvidia invested in Mistral last year."),
        "mistral-ai",
        {"Mistral AI", "Mistral"},
    ),
    (
        "google-deepmind/deepmind",
        ("en", "Google DeepMind released Gemini 2.0 in December."),
        ("fr", "Demis Hassabis, directeur général de DeepMind, a présenté AlphaFold 3."),
        "deepmind",
        {"Google DeepMind", "DeepMind"},
    ),
    (
        "meta-platforms/meta",
        ("en", "Meta Platforms invested in Scale AI."),
        ("fr", "Meta a investi dans la startup Scale AI."),
        "meta",
        {"Meta Platforms", "Meta"},
    ),
    (
        "legal-suffix",
        ("fr", "La startup Nexalia SAS, basée à Lyon, a levé 12 millions d'euros."),
        ("fr", "Microsoft a racheté la startup Nexalia pour 300 millions d'euros."),
        "nexalia",
        {"Nexalia SAS", "Nexalia"},
    ),
    (
        "case",
        ("en", "The startup NEXALIA raised €12 million from Sorbane Partners."),
        ("en", "Microsoft acquired the startup Nexalia in 2025."),
        "nexalia",
        {"NEXALIA", "Nexalia"},
    ),
    (
        "ai-suffix",
        ("en", "Poolside AI raised $500 million from Nvidia."),
        ("en", "Nvidia invested $500 million in Poolside."),
        "poolside",
        {"Poolside AI", "Poolside"},
    ),
    (
        "labs-suffix",
        ("fr", "La jeune pousse Quillon Labs a signé un partenariat avec Mistral AI."),
        ("en", "The startup Quillon signed a partnership with Mistral AI."),
        "quillon",
        {"Quillon Labs", "Quillon"},
    ),
    (
        "inc-suffix",
        ("en", "Brightwater Systems Inc. invested €8 million in Veridian."),
        ("en", "Brightwater Systems invested in the startup Veridian."),
        "brightwater-systems",
        {"Brightwater Systems Inc.", "Brightwater Systems"},
    ),
    (
        "fonds-head",
        ("fr", "Le Fonds Aurore Capital a investi 5 millions d'euros dans Kerlann Robotics."),
        ("en", "Aurore Capital invested €5 million in Kerlann Robotics."),
        "aurore-capital",
        {"Fonds Aurore Capital", "Aurore Capital"},
    ),
    (
        "accents",
        ("fr", "Hélène Durand, PDG de Veridian, a levé 30 millions d'euros."),
        ("en", "Helene Durand, the chief executive of Veridian, raised €30 million."),
        "helene-durand",
        {"Hélène Durand", "Helene Durand"},
    ),
    (
        "family-name",
        ("fr", "Claire Dumas, PDG de Nexalia, a fondé l'entreprise en 2021. Dumas veut recruter."),
        ("en", "Claire Dumas, the chief executive of Nexalia, said Dumas would hire."),
        "claire-dumas",
        {"Claire Dumas", "Dumas"},
    ),
]

# (id, (lang, text), (lang, text), IRI a, IRI b): two entities that must keep two IRIs
MUST_STAY_APART = [
    ("meta/meta-ai", ("en", "Meta AI released Llama 4."), ("en", "Meta invested in Scale AI."), "meta-ai", "meta"),
    (
        "apple/apple-intelligence",
        ("fr", "Apple a lancé Apple Intelligence en France."),
        ("en", "Apple Inc. partnered with OpenAI."),
        "apple-intelligence",
        "apple",
    ),
    (
        "x/letter-x",
        ("en", "The platform X, formerly known as Twitter, added Grok, the chatbot of xAI."),
        ("en", "Planet X Robotics raised $20 million. Its robot scored X points on the test."),
        "x",
        "planet-x-robotics",
    ),
    (
        "x/xai",
        ("en", "The platform X, formerly known as Twitter, added Grok."),
        ("en", "Grok was developed by xAI."),
        "x",
        "xai",
    ),
    (
        "google/deepmind",
        ("en", "Google invested in Anthropic."),
        ("en", "Google DeepMind released Gemini."),
        "google",
        "deepmind",
    ),
    (
        "mistral-ai/mistral-large",
        ("fr", "Mistral AI a lancé Mistral Large."),
        ("fr", "Mistral a levé des fonds."),
        "mistral-large",
        "mistral-ai",
    ),
    (
        "amazon/aws",
        ("en", "Amazon invested $4 billion in Anthropic."),
        ("en", "AWS provides compute to Anthropic."),
        "amazon",
        "aws",
    ),
    (
        "same-first-word",
        ("fr", "La startup Kerlann Robotics a levé 5 millions d'euros."),
        ("fr", "La startup Kerlann Energy a levé 3 millions d'euros."),
        "kerlann-robotics",
        "kerlann-energy",
    ),
    (
        "same-family-name",
        ("fr", "Claire Dumas, PDG de Nexalia, a levé des fonds."),
        ("fr", "Paul Dumas, PDG de Kerlann Robotics, a levé des fonds."),
        "claire-dumas",
        "paul-dumas",
    ),
    (
        "microsoft/microsoft-research",
        ("en", "Microsoft invested in OpenAI."),
        ("en", "Microsoft Research released Phi-4."),
        "microsoft",
        "microsoft-research",
    ),
]


@pytest.mark.parametrize("case", MUST_MERGE, ids=[c[0] for c in MUST_MERGE])
def test_hard_pair_merges(case):
    _, a, b, iri, forms = case
    names = entity_names(merged(analysed(*a), analysed(*b)).graph)
    assert iri in names, f"no node {iri}: {names}"
    assert forms <= names[iri], names
    others = {k: v & forms for k, v in names.items() if k != iri and v & forms}
    assert not others, f"duplicate nodes for {iri}: {others}"


@pytest.mark.parametrize("case", MUST_STAY_APART, ids=[c[0] for c in MUST_STAY_APART])
def test_hard_pair_stays_apart(case):
    _, a, b, iri_a, iri_b = case
    kg = merged(analysed(*a), analysed(*b))
    names = entity_names(kg.graph)
    assert iri_a in names and iri_b in names, names
    assert not {fold(n) for n in names[iri_a]} & {fold(n) for n in names[iri_b]}, names
    # neither entity's name is also held by a third node
    for iri in (iri_a, iri_b):
        holders = [k for k, v in names.items() if names[iri] & v]
        assert holders == [iri], (iri, holders)


def test_a_letter_x_is_not_the_platform_x():
    kg = merged(
        analysed("en", "The platform X, formerly known as Twitter, added Grok, the chatbot of xAI."),
        analysed("en", "Planet X Robotics raised $20 million. Its robot scored X points on the test."),
    )
    names = entity_names(kg.graph)
    assert [k for k, v in names.items() if "X" in v] == ["x"]
    assert kg.graph.value(KGE["x"], RDFS.label) == Literal("X")


def test_normalisation_rules():
    assert bare("Nexalia S.A.S.") == bare("Nexalia SAS") == bare("NEXALIA") == bare("Nexalia, Inc.") == "nexalia"
    assert bare("Fonds Aurore Capital") == bare("Aurore Capital")
    assert slugify("Élodie Marchand") == slugify("Elodie Marchand") == "elodie-marchand"
    # the gazetteer keeps apart what bare() alone would merge
    gaz = knowgraph.mentions.gazetteer.default_gazetteer()
    assert gaz.lookup("Meta AI").key == "meta-ai" and gaz.lookup("Meta").key == "meta"
    assert gaz.lookup("Apple Intelligence").key == "apple-intelligence" and gaz.lookup("Apple Inc.").key == "apple"
    assert gaz.lookup("Google DeepMind").key == gaz.lookup("DeepMind").key == "deepmind"
    assert gaz.lookup("X") is None


# =============================================================================================
# the measurement corpus
# =============================================================================================


@dataclass(frozen=True)
class Expected:
    iri: str
    type: str
    labels: tuple[str, ...]  # canonical first

    @property
    def canonical(self) -> str:
        return self.labels[0]


def read_expected() -> dict[str, Expected]:
    with EXPECTED_TABLE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return {r["iri"]: Expected(r["iri"], r["type"], tuple(r["labels"].split("|"))) for r in rows}


EXPECTED = read_expected()
#: "parisien" -> paris, "American" -> united-states: a nationality adjective is a label of the place
#: it names in the article where it says where a company is (what a reader's gold lists as an alias).
DEMONYMS = {
    row["adjective"]: row["place_key"]
    for lang in ("fr", "en")
    for row in csv.DictReader(
        (ROOT / "knowgraph" / "data" / lang / "nationalities.csv").read_text(encoding="utf-8").splitlines()
    )
}
OWNER = {fold(label): e.iri for e in EXPECTED.values() for label in e.labels}

#: Real entities that extraction does not find in any article of the corpus (not resolution errors).
KNOWN_MISSES = {
    "x": "extraction: 'le réseau social X' / 'the social network X' are not recognised as a name (X is in no "
    "gazetteer entry by design, and spaCy's NER does not tag it); the hard pairs show X resolved when found",
    "vivatech": "extraction: the trade show 'VivaTech' is not an entity class of the ontology and is not tagged",
    "arizona": "extraction: 'Texas and Arizona': only Texas (a gazetteer place) is found",
    "nantes": "extraction: 'basé à Nantes' / 'a Nantes investment fund' are not tagged (Nantes is not in the gazetteer)",
    "elodie-marchand": "extraction: spaCy's NER misses 'Élodie Marchand' / 'Elodie Marchand' in these sentences "
    "(the same name is found in other sentences: see the 'accents' hard pair)",
}

#: Real entities that get a second node because extraction gives one of their mentions another key.
KNOWN_DUPLICATES = {}

#: Nodes that are no real entity of the corpus (extraction noise, not merges).
KNOWN_SPURIOUS = {
    "european": "'champion européen', 'European governments': a nationality adjective tagged as an organization",
    "french": "'French startup NEXALIA': a nationality adjective tagged as an organization",
    "ouest": "'l'Ouest de la France' tagged as an organization",
    "generation-x": "'la génération X' (people born 1965-1980) tagged as an organization; it stays apart from X",
}

#: Labels that belong to no entity of the table (descriptions cut short, too generic to identify one).
KNOWN_ODD_LABELS = {
    ("apple", "La firme"): "extraction: 'La firme de Cupertino' is cut to 'La firme'",
    ("microsoft", "le groupe américain"): "a description with a nationality resolved (rightly) to Microsoft; "
    "the table lists only descriptions that identify one entity",
    ("nexalia", "la startup"): "a generic description resolved (rightly) to Nexalia; the table lists only "
    "descriptions that identify one entity",
    ("mistral-ai", "la start-up française"): "a description with a nationality resolved (rightly) to Mistral AI "
    "since 'start-up' is one token; the table lists only descriptions that identify one entity",
    ("openai", "the San Francisco lab"): "a description with the company's town resolved (rightly) to OpenAI, the "
    "lab the sentence before names; the table lists only descriptions that identify one entity",
    ("anthropic", "The San Francisco startup"): "a description with the company's town resolved (rightly) to "
    "Anthropic, named in the sentence before; the table lists only descriptions that identify one entity",
}


@pytest.fixture(scope="module")
def corpus_paths() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def corpus_article(path: Path) -> knowgraph.Article:
    return knowgraph.Article(
        text=path.read_text(encoding="utf-8"), lang=path.name[:2], path=f"corpus/merge/{path.name}"
    )


@pytest.fixture(scope="module")
def corpus_results(corpus_paths) -> list[ArticleResult]:
    return [knowgraph.analyse(corpus_article(p)) for p in corpus_paths]


@pytest.fixture(scope="module")
def corpus_kg(corpus_results) -> KnowledgeGraph:
    return KnowledgeGraph(to_dataset(corpus_results), corpus_results)


@pytest.fixture(scope="module")
def corpus_graph(corpus_kg):
    return corpus_kg.graph


@dataclass
class Assessment:
    names: dict[str, set[str]]  # node -> labels
    owners: dict[str, set[str]]  # node -> expected entities its labels belong to
    holders: dict[str, list[str]]  # expected entity -> nodes that carry one of its labels

    @property
    def wrong_merges(self) -> dict[str, set[str]]:
        return {n: o for n, o in self.owners.items() if len(o) > 1}

    @property
    def duplicates(self) -> dict[str, list[str]]:
        return {e: h for e, h in self.holders.items() if len(h) > 1}

    @property
    def misses(self) -> list[str]:
        return sorted(e for e in EXPECTED if not self.holders.get(e))

    @property
    def spurious(self) -> list[str]:
        return sorted(n for n, o in self.owners.items() if not o)

    @property
    def odd_labels(self) -> set[tuple[str, str]]:
        return {
            (n, label)
            for n, labels in self.names.items()
            for label in labels
            if self.owners[n] and fold(label) not in OWNER and DEMONYMS.get(label) != n
        }


@pytest.fixture(scope="module")
def assessment(corpus_graph) -> Assessment:
    names = entity_names(corpus_graph)
    owners = {n: {OWNER[fold(label)] for label in labels if fold(label) in OWNER} for n, labels in names.items()}
    holders: dict[str, list[str]] = defaultdict(list)
    for node, entities in sorted(owners.items()):
        for e in entities:
            holders[e].append(node)
    return Assessment(names, owners, dict(holders))


def test_expected_table_is_well_formed():
    assert len(EXPECTED) >= 60
    owners = defaultdict(set)
    for e in EXPECTED.values():
        for label in e.labels:
            owners[fold(label)].add(e.iri)
    assert {label: o for label, o in owners.items() if len(o) > 1} == {}, "a label belongs to two entities of the table"
    for e in EXPECTED.values():
        assert e.type in knowgraph.mentions.gazetteer.ENTITY_TYPES, e
        assert e.iri == slugify(e.iri), e
    for key in {**KNOWN_MISSES, **KNOWN_DUPLICATES}:
        assert key in EXPECTED, key


def test_corpus_texts(corpus_paths):
    assert len(corpus_paths) >= 30
    langs = {p.name[:2] for p in corpus_paths}
    assert langs == {"fr", "en"}
    for p in corpus_paths:
        words = len(p.read_text(encoding="utf-8").split())
        assert 80 <= words <= 200, (p.name, words)


def test_corpus_zero_wrong_merges(assessment):
    """No node carries the names of two different real entities."""
    assert assessment.wrong_merges == {}


def test_corpus_duplicates_are_only_the_documented_extraction_misses(assessment):
    """Figures: one node per real entity, except for KNOWN_DUPLICATES (extraction gives a mention
    another key); a fixed extraction makes the corresponding entity test pass."""
    unexplained = {e: h for e, h in assessment.duplicates.items() if e not in KNOWN_DUPLICATES}
    assert unexplained == {}
    found = len(EXPECTED) - len(assessment.misses)
    print(
        f"\ncorpus/merge: {len(assessment.names)} entity nodes, {found}/{len(EXPECTED)} expected entities found, "
        f"{len(assessment.wrong_merges)} wrong merges, {len(assessment.duplicates)} duplicated entities "
        f"({sorted(assessment.duplicates)}), {len(assessment.spurious)} spurious nodes"
    )


@pytest.mark.parametrize("iri", sorted(EXPECTED))
def test_corpus_entity(iri, assessment, corpus_graph):
    """Each real entity of the corpus: found, on one node, under its IRI, with its canonical label and one class."""
    expected = EXPECTED[iri]
    holders = assessment.holders.get(iri, [])
    if not holders:
        if iri in KNOWN_MISSES:
            pytest.xfail(KNOWN_MISSES[iri])
        pytest.fail(f"{iri} not found in any article")
    if len(holders) > 1:
        if iri in KNOWN_DUPLICATES:
            pytest.xfail(f"{holders}: {KNOWN_DUPLICATES[iri]}")
        pytest.fail(f"{iri} has {len(holders)} nodes: { {h: assessment.names[h] for h in holders} }")
    [node] = holders
    assert node == iri, f"{iri} is found under the IRI {node}"
    assert assessment.owners[node] == {iri}
    node_iri = KGE[node]
    assert corpus_graph.value(node_iri, RDFS.label) == Literal(expected.canonical)
    assert list(corpus_graph.objects(node_iri, RDF.type)) == [AI[expected.type]]


def test_corpus_spurious_nodes_are_documented(assessment):
    unexplained = [n for n in assessment.spurious if n not in KNOWN_SPURIOUS]
    assert unexplained == [], {n: assessment.names[n] for n in unexplained}
    if assessment.spurious:
        pytest.xfail(
            "extraction noise, no merge: " + "; ".join(f"{n}: {KNOWN_SPURIOUS[n]}" for n in assessment.spurious)
        )


def test_corpus_odd_labels_are_documented(assessment):
    unexplained = assessment.odd_labels - set(KNOWN_ODD_LABELS)
    assert unexplained == set()
    if assessment.odd_labels:
        pytest.xfail(
            "; ".join(f"{n} {label!r}: {KNOWN_ODD_LABELS[(n, label)]}" for n, label in sorted(assessment.odd_labels))
        )


def test_corpus_graph_conforms_without_conflict_warnings(corpus_kg):
    report = corpus_kg.validate()
    assert report.conforms, report.text
    for shape in ("EntitySingleClassShape", "CeoConflictShape", "SelfAcquisitionShape"):
        assert f"kgsh:{shape}" not in report.text and f"shapes#{shape}" not in report.text, report.text


# =============================================================================================
# cross-article consistency of the merged view
# =============================================================================================


def test_one_type_per_entity_and_per_article_types_in_named_graphs(corpus_kg, corpus_graph):
    for node in set(corpus_graph.subjects(AI.mentionedIn, None)):
        assert len(set(corpus_graph.objects(node, RDF.type))) == 1, node
    default = corpus_kg.dataset.default_graph.identifier
    for s, _p, o, g in corpus_kg.dataset.quads((None, RDF.type, None, None)):
        if str(s).startswith(str(KGE)):  # entity classes live in the default graph only
            assert getattr(g, "identifier", g) == default, (s, o, g)
    assert any(True for _ in corpus_kg.dataset.quads((None, AI.extractedType, None, None)))


def test_statement_support_counts_articles(corpus_graph, corpus_kg):
    texts = {URIRef(r.iri): r.source_file for r in corpus_kg.articles}
    for st in set(corpus_graph.subjects(RDF.type, AI.Statement)):
        evidence = list(corpus_graph.objects(st, AI.evidence))
        articles = {corpus_graph.value(e, AI.article) for e in evidence}
        assert corpus_graph.value(st, AI.supportCount).toPython() == len(articles), st
        best = max(corpus_graph.value(e, AI.confidence).toPython() for e in evidence)
        assert corpus_graph.value(st, AI.confidence).toPython() == best
    # Microsoft invested in OpenAI: stated by the French and the English article (and one more)
    [st] = [
        st
        for st in corpus_graph.subjects(RDF.subject, KGE.microsoft)
        if (st, RDF.predicate, AI.investedIn) in corpus_graph
        and (st, RDF.object, KGE.openai) in corpus_graph
        and (st, AI.status, AI.Asserted) in corpus_graph
    ]
    sources = {texts[corpus_graph.value(e, AI.article)] for e in corpus_graph.objects(st, AI.evidence)}
    assert {"corpus/merge/fr-01-microsoft-openai.txt", "corpus/merge/en-01-microsoft-openai.txt"} <= sources
    assert corpus_graph.value(st, AI.supportCount).toPython() == len(sources) >= 2


def _events(graph, cls, **roles):
    out = []
    for e in graph.subjects(RDF.type, cls):
        if all((e, AI[role], KGE[key]) in graph for role, key in roles.items()):
            out.append(e)
    return out


def test_same_event_in_two_articles_is_one_node(corpus_graph):
    [deal] = [
        e
        for e in _events(corpus_graph, AI.Investment, investor="microsoft", investee="openai")
        if (e, AI.sameEventAs, None) not in corpus_graph
    ]
    amount = corpus_graph.value(deal, AI.amount)
    assert corpus_graph.value(amount, SCHEMA.value) == Literal("2000000000", datatype=XSD.decimal)
    assert str(corpus_graph.value(deal, AI.date)) == "2025-03"
    articles = {corpus_graph.value(e, AI.article) for e in corpus_graph.objects(deal, AI.evidence)}
    assert len(articles) >= 2


def test_reports_of_one_event_with_less_detail_are_linked(corpus_graph):
    deals = _events(corpus_graph, AI.Acquisition, acquirer="microsoft", acquiree="nexalia")
    canonical = [e for e in deals if (e, AI.sameEventAs, None) not in corpus_graph]
    assert len(canonical) == 1, deals
    assert str(corpus_graph.value(canonical[0], AI.date)) == "2025-09"
    for e in deals:
        if e != canonical[0]:
            assert corpus_graph.value(e, AI.sameEventAs) == canonical[0]
    # every link joins two events of one type with the same participants and compatible details
    roles = (AI.investor, AI.investee, AI.acquirer, AI.acquiree, AI.partner)
    links = list(corpus_graph.subject_objects(AI.sameEventAs))
    assert len(links) >= 3
    for a, b in links:
        assert corpus_graph.value(a, RDF.type) == corpus_graph.value(b, RDF.type)
        assert {(p, o) for p, o in corpus_graph.predicate_objects(a) if p in roles} == {
            (p, o) for p, o in corpus_graph.predicate_objects(b) if p in roles
        }
        da, db = corpus_graph.value(a, AI.date), corpus_graph.value(b, AI.date)
        assert da is None or db is None or str(da).startswith(str(db)) or str(db).startswith(str(da))
        assert (b, AI.sameEventAs, None) not in corpus_graph  # links go to the most detailed report


def test_type_conflict_across_articles_gives_one_type():
    """X is a Product in one article and an Organization in another: one rdf:type in the merged view,
    each article's class kept in its named graph as ai:extractedType."""
    a = analysed("en", "The platform X, formerly known as Twitter, added Grok.")
    b = analysed("fr", "Le réseau social X a intégré Grok, le modèle de xAI.")
    assert {a.entities["x"].type, b.entities["x"].type} == {"Product", "Organization"}
    for order in ((a, b), (b, a)):
        kg = merged(*order)
        assert list(kg.graph.objects(KGE.x, RDF.type)) == [AI.Organization]  # tie: the first of ENTITY_TYPES
        assert set(kg.dataset.graph(URIRef(a.iri)).objects(KGE.x, AI.extractedType)) == {AI.Product}
        assert set(kg.dataset.graph(URIRef(b.iri)).objects(KGE.x, AI.extractedType)) == {AI.Organization}
    assert merged(a, b).serialize("trig") == merged(b, a).serialize("trig")


def _article(text: str, entities: dict[str, tuple[str, str]], facts=(), published=None, events=()) -> ArticleResult:
    ents = {k: Entity(k, name, etype, surface_forms={name}) for k, (name, etype) in entities.items()}
    return ArticleResult(
        iri=knowgraph.rdf.graph.article_iri(text),
        text=text,
        lang="en",
        entities=ents,
        facts=[Fact(s, r, o, "Asserted", 0.9, "test/rule", 0, len(text)) for s, r, o in facts],
        events=list(events),
        published=published,
    )


def test_type_needed_by_facts_wins_and_a_forced_second_type_warns():
    a = _article(
        "Orion was developed by Nexalia.",
        {"orion": ("Orion", "Product"), "nexalia": ("Nexalia", "Organization")},
        [("orion", "developedBy", "nexalia")],
    )
    b = _article("Orion is a product.", {"orion": ("Orion", "Product")})
    c = _article(
        "Microsoft acquired Orion.",
        {"orion": ("Orion", "Organization"), "microsoft": ("Microsoft", "Organization")},
        [("microsoft", "acquired", "orion")],
    )
    # two articles say Product, one Organization, but only the acquisition needs a class: Organization
    kg = merged(b, c)
    assert list(kg.graph.objects(KGE.orion, RDF.type)) == [AI.Organization]
    assert kg.validate().conforms
    # facts need both classes: both kept, and the shapes warn
    kg = merged(a, b, c)
    assert set(kg.graph.objects(KGE.orion, RDF.type)) == {AI.Product, AI.Organization}
    report = kg.validate()
    assert report.conforms and report.warnings >= 1 and "EntitySingleClassShape" in report.text


def test_entity_type_and_label_rules():
    assert entity_type({AI.Product: 3, AI.Organization: 1}, []) == [AI.Product]
    assert entity_type({AI.Product: 1, AI.Organization: 1}, []) == [AI.Organization]
    assert entity_type({AI.Person: 2, AI.Organization: 1}, [frozenset({AI.Organization})]) == [AI.Organization]
    gaz = knowgraph.mentions.gazetteer.default_gazetteer()
    assert entity_label("openai", {"Open AI": 3}, gaz) == "OpenAI"
    assert entity_label("kerlann-robotics", {"Kerlann Robotics": 1, "KERLANN ROBOTICS": 4}, gaz) == "Kerlann Robotics"
    assert entity_label("claire-dumas", {"Dumas": 5, "Claire Dumas": 1}, gaz) == "Claire Dumas"


def test_same_events_rules():
    n = [URIRef(f"urn:e{i}") for i in range(5)]
    usd = ("USD", "300", None, None)
    # the report without details joins the detailed one; a coarser date joins a finer one
    assert same_events({n[0]: ("2024-03", usd), n[1]: (None, None), n[2]: ("2024", None)}) == {n[1]: n[0], n[2]: n[0]}
    # different amounts or years: two events
    assert same_events({n[0]: ("2024", usd), n[1]: ("2024", ("USD", "500", None, None))}) == {}
    assert same_events({n[0]: ("2023", None), n[1]: ("2025", None)}) == {}
    # a report without details that could be either of two deals is left alone
    assert same_events({n[0]: ("2023", None), n[1]: ("2025", None), n[2]: (None, None)}) == {}


def test_ceo_conflict_warns_at_the_same_date_only():
    day, later = datetime.date(2025, 3, 14), datetime.date(2026, 1, 5)
    a = ("fr", "Claire Dumas, PDG de Nexalia, a présenté les résultats de la startup.")
    b = ("fr", "Marc Leroy, PDG de Nexalia, a présenté la nouvelle offre de la startup.")
    for pa, pb, warns in ((day, day, True), (day, later, False), (None, later, True)):
        kg = merged(analysed(*a, published=pa), analysed(*b, published=pb))
        assert {p for p in kg.graph.subjects(AI.ceoOf, KGE.nexalia)} == {KGE["claire-dumas"], KGE["marc-leroy"]}
        report = kg.validate()
        assert report.conforms
        assert ("CeoConflictShape" in report.text) is warns, (pa, pb, report.text)


def test_self_acquisition_warns():
    text = "Nexalia acquired Nexalia."
    art = _article(
        text,
        {"nexalia": ("Nexalia", "Organization")},
        [("nexalia", "acquired", "nexalia")],
        events=[
            Event(
                "Acquisition",
                {"acquirer": ("nexalia",), "acquiree": ("nexalia",)},
                evidence=[Fact("nexalia", "acquired", "nexalia", "Asserted", 0.9, "test/rule", 0, len(text))],
            )
        ],
    )
    report = merged(art).validate()
    assert report.conforms and "SelfAcquisitionShape" in report.text
    assert report.text.count("SelfAcquisitionShape") >= 2  # the event and the direct triple


# =============================================================================================
# incremental builds
# =============================================================================================

FORMATS = ("trig", "nquads", "turtle")


@pytest.fixture(scope="module")
def one_go(corpus_results) -> dict[str, bytes]:
    ds = to_dataset(corpus_results)
    return {fmt: serialize(ds, fmt) for fmt in FORMATS}


def test_three_steps_give_the_same_bytes_as_one_go(corpus_results, one_go):
    parts = (corpus_results[:10], corpus_results[10:21], corpus_results[21:])
    ds = Dataset()
    for part in parts:
        to_dataset(part, ds)
    for fmt in FORMATS:
        assert serialize(ds, fmt) == one_go[fmt], fmt


def test_any_order_gives_the_same_bytes(corpus_results, one_go):
    ds = Dataset()
    for r in reversed(corpus_results):
        to_dataset([r], ds)
    assert serialize(ds, "trig") == one_go["trig"]


def test_rerunning_an_article_changes_nothing(corpus_results, one_go):
    ds = to_dataset(corpus_results)
    to_dataset([corpus_results[3], corpus_results[17]], ds)
    assert serialize(ds, "trig") == one_go["trig"]
    refresh_default_graph(ds)
    assert serialize(ds, "trig") == one_go["trig"]


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_steps_through_files_give_the_same_bytes(tmp_path, corpus_results, one_go, fmt):
    path = tmp_path / ("kg.trig" if fmt == "trig" else "kg.nq")
    KnowledgeGraph(to_dataset(corpus_results[:16])).write(path)
    kg = KnowledgeGraph.read(path).add(corpus_results[16:])
    assert kg.serialize(fmt) == one_go[fmt]
    assert kg.serialize("turtle") == one_go["turtle"]


def test_build_into_through_the_python_api(tmp_path, corpus_paths):
    paths = corpus_paths[:3]
    path = tmp_path / "kg.trig"
    knowgraph.build([corpus_article(p) for p in paths[:2]]).write(path)
    kg = knowgraph.build([corpus_article(paths[2])], into=path)
    assert kg.serialize("trig") == knowgraph.build([corpus_article(p) for p in paths]).serialize("trig")
    again = knowgraph.build([corpus_article(paths[0])], into=KnowledgeGraph.read(path))
    assert again.serialize("trig") == path.read_bytes()


def test_old_files_with_entity_types_in_named_graphs_are_upgraded(corpus_results, one_go):
    ds = parse(one_go["trig"], "trig")
    for s, _, o, g in list(ds.quads((None, AI.extractedType, None, None))):
        graph = ds.graph(g if not hasattr(g, "identifier") else g.identifier)
        graph.remove((s, AI.extractedType, o))
        graph.add((s, RDF.type, o))
    refresh_default_graph(ds)
    assert serialize(ds, "trig") == one_go["trig"]


def test_cli_build_into_in_three_steps(tmp_path, corpus_paths):
    """``build --into`` in three steps gives the bytes of one ``build -o``; the third step also runs
    an article of the second again (nothing changes) and, at the same time, writes the merged view
    as Turtle with ``-o`` (the --into file is only read)."""
    files = [str(p) for p in corpus_paths[:6]]
    one_trig, one_ttl, kg, merged_ttl = (tmp_path / name for name in ("one.trig", "one.ttl", "kg.trig", "merged.ttl"))
    rounds = [
        [("build", *files, "-o", one_trig), ("build", *files, "-o", one_ttl), ("build", *files[:2], "--into", kg)],
        [("build", *files[2:4], "--into", kg)],
        [("build", *files[4:], files[3], "--into", kg), ("build", *files[4:], "--into", kg, "-o", merged_ttl)],
    ]
    for commands in rounds:
        for proc in [start_cli(*command) for command in commands]:
            done = finish_cli(proc)
            assert done.returncode == 0, done.stderr
    assert kg.read_bytes() == one_trig.read_bytes()
    assert merged_ttl.read_bytes() == one_ttl.read_bytes()


def test_cli_build_into_errors(tmp_path, corpus_paths):
    article = str(corpus_paths[0])
    bad = tmp_path / "bad.trig"
    bad.write_text("not rdf at all", encoding="utf-8")
    procs = [
        start_cli("build", article),
        start_cli("build", article, "--into", tmp_path / "kg.ttl"),
        start_cli("build", article, "--into", bad),
    ]
    no_output, triples, unreadable = (finish_cli(p) for p in procs)
    assert no_output.returncode == 2 and "-o FILE, or --into" in no_output.stderr
    assert triples.returncode == 2 and ".trig, .nq or .jsonld" in triples.stderr
    assert unreadable.returncode == 2 and "bad.trig" in unreadable.stderr and "Traceback" not in unreadable.stderr
    assert bad.read_text(encoding="utf-8") == "not rdf at all"
