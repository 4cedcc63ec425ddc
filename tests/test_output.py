"""Tests for knowgraph.rdf.output: deterministic, lossless, atomic RDF serialisation.

Real rdflib, pyoxigraph and (when installed) raptor's ``rapper``; no mocks.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.compare import isomorphic

from knowgraph.rdf import output
from knowgraph.rdf.output import OutputError, ParseError, UnsupportedFormat

ROOT = Path(__file__).resolve().parent.parent

AI = rdflib.Namespace(output.PREFIXES["ai"])
KGE = rdflib.Namespace(output.PREFIXES["kge"])
KGA = rdflib.Namespace(output.PREFIXES["kga"])
KGS = rdflib.Namespace(output.PREFIXES["kgs"])
KGV = rdflib.Namespace(output.PREFIXES["kgv"])
KGX = rdflib.Namespace(output.PREFIXES["kgx"])
KGM = rdflib.Namespace(output.PREFIXES["kgm"])
SCHEMA = rdflib.Namespace(output.PREFIXES["schema"])
SKOS = rdflib.Namespace(output.PREFIXES["skos"])
OWL = rdflib.Namespace(output.PREFIXES["owl"])
WD = rdflib.Namespace(output.PREFIXES["wd"])

ART1 = KGA["3f2a4b5c6d7e8f90"]
ART2 = KGA["a1b2c3d4e5f60718"]
TRICKY_LABEL = 'L\'Oréal « "beauté" » <luxe> & co — 北京 \\ fin'
SENTENCE = "Microsoft a investi 11,25 milliards de dollars dans OpenAI.\n\tSelon « Les Échos »."

FORMATS = list(output.FORMATS)  # .ttl .trig .nt .nq .jsonld
RDFLIB_FORMAT = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld"}
OX_FORMAT = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
DATASET_FORMATS = {".trig", ".nq", ".jsonld"}


def sample_quads() -> list[tuple[URIRef, URIRef, object, URIRef | None]]:
    """A small knowgraph-shaped dataset, as (s, p, o, graph) with graph None = default graph."""
    ms, oa, lo = KGE.microsoft, KGE.openai, KGE["l-oreal"]
    st, ev, ev2 = KGS["9c1e0d2f3a4b5c6d"], KGV["1b2c3d4e5f607182"], KGV["77aa88bb99cc00dd"]
    inv, amt = KGX["77aa5500ee11ff22"], KGM["5d6e7f8091a2b3c4"]
    g1 = [
        (ms, RDF.type, AI.Company),
        (ms, RDFS.label, Literal("Microsoft")),
        (ms, SKOS.altLabel, Literal("la firme de Redmond", lang="fr")),
        (ms, SKOS.altLabel, Literal("l'éditeur de « Windows »", lang="fr")),
        (ms, OWL.sameAs, WD.Q2283),
        (ms, AI.mentionedIn, ART1),
        (oa, RDF.type, AI.Organization),
        (oa, RDFS.label, Literal("OpenAI")),
        (oa, AI.mentionedIn, ART1),
        (ms, AI.investedIn, oa),
        (st, RDF.type, AI.Statement),
        (st, RDF.subject, ms),
        (st, RDF.predicate, AI.investedIn),
        (st, RDF.object, oa),
        (st, AI.status, AI.Asserted),
        (st, AI.confidence, Literal("0.85", datatype=XSD.decimal)),
        (st, AI.supportCount, Literal("1", datatype=XSD.integer)),
        (st, AI.evidence, ev),
        (ev, RDF.type, AI.Evidence),
        (ev, AI.article, ART1),
        (ev, AI.sentence, Literal(SENTENCE)),
        (ev, AI.startOffset, Literal("1534", datatype=XSD.integer)),
        (ev, AI.endOffset, Literal("1596", datatype=XSD.integer)),
        (ev, AI.confidence, Literal("0.85", datatype=XSD.decimal)),
        (ev, AI.rule, Literal("fr/investedIn/verb")),
        (inv, RDF.type, AI.Investment),
        (inv, AI.investor, ms),
        (inv, AI.investee, oa),
        (inv, AI.amount, amt),
        (inv, AI.date, Literal("2024-09", datatype=XSD.gYearMonth)),
        (inv, AI.evidence, ev),
        (amt, RDF.type, SCHEMA.MonetaryAmount),
        (amt, SCHEMA.value, Literal("13750000000", datatype=XSD.decimal)),
        (amt, SCHEMA.currency, Literal("USD")),
        (ART1, RDF.type, AI.Article),
        (ART1, SCHEMA.inLanguage, Literal("fr")),
        (ART1, SCHEMA.datePublished, Literal("2025-03-14", datatype=XSD.date)),
        (ART1, SCHEMA.url, URIRef("https://example.org/news/microsoft-openai?id=1&lang=fr")),
        (ART1, SCHEMA.name, Literal('Microsoft "double" la mise')),
        (ART1, AI.sourceFile, Literal("articles/a.txt")),
        (ART1, AI.textLength, Literal("2412", datatype=XSD.integer)),
    ]
    g2 = [
        (lo, RDF.type, AI.Company),
        (lo, RDFS.label, Literal(TRICKY_LABEL)),
        (lo, SKOS.altLabel, Literal("le groupe « l'Oréal » <Paris>", lang="fr")),
        (lo, AI.mentionedIn, ART2),
        (lo, AI.partnerOf, ms),
        (ms, RDFS.label, Literal("Microsoft")),  # also in graph 1: the union must not repeat it
        (KGE["gpt-4."], RDF.type, AI.AIModel),  # local names that are not valid prefixed names
        (KGE["gpt-4."], AI.developedBy, oa),
        (KGE["o(1)"], RDF.type, AI.AIModel),
        (KGE["société-générale"], RDF.type, AI.Company),
        (KGE["société-générale"], RDFS.label, Literal("Société Générale")),
        (ev2, RDF.type, AI.Evidence),
        (ev2, AI.sentence, Literal("ctrl \x01 bell \x07 cr \r backslash \\ tab \t end")),
        (ev2, AI.startOffset, Literal("0", datatype=XSD.integer)),
        (ev2, AI.endOffset, Literal("-12", datatype=XSD.integer)),
        (ev2, AI.confidence, Literal("1.0", datatype=XSD.decimal)),
        (ART2, RDF.type, AI.Article),
        (ART2, SCHEMA.inLanguage, Literal("en")),
        (ART2, SCHEMA.datePublished, Literal("2023", datatype=XSD.gYear)),
        (ART2, AI.flag, Literal("true", datatype=XSD.boolean)),
        (ART2, AI.ratio, Literal("1e3", datatype=XSD.double)),
        (ART2, SCHEMA.name, Literal("Hello", lang="en-GB")),
        (ART2, SCHEMA.description, Literal("")),
    ]
    default = [
        (AI.Company, RDFS.subClassOf, AI.Organization),
        (AI.Company, RDFS.label, Literal("entreprise", lang="fr")),
        (AI.Company, RDFS.label, Literal("company", lang="en")),
    ]
    return (
        [(s, p, o, ART1) for s, p, o in g1]
        + [(s, p, o, ART2) for s, p, o in g2]
        + [(s, p, o, None) for s, p, o in default]
    )


def build_sample(seed: int | None = None) -> rdflib.Dataset:
    """The sample as an rdflib Dataset (two named graphs and a default graph).

    ``seed`` shuffles the insertion order (the output must not depend on it).
    """
    quads = sample_quads()
    if seed is not None:
        random.Random(seed).shuffle(quads)
    ds = rdflib.Dataset()
    graphs = {None: ds.default_graph, ART1: ds.graph(ART1), ART2: ds.graph(ART2)}
    for s, p, o, g in quads:
        graphs[g].add((s, p, o))
    return ds


def union_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in sample_quads():
        g.add((s, p, o))
    return g


def expected_graphs() -> dict[str | None, rdflib.Graph]:
    out: dict[str | None, rdflib.Graph] = {}
    for s, p, o, g in sample_quads():
        out.setdefault(None if g is None else str(g), rdflib.Graph()).add((s, p, o))
    return out


def graphs_of(ds: rdflib.Dataset) -> dict[str | None, rdflib.Graph]:
    """Non-empty graphs of a Dataset, keyed by IRI (None = default graph)."""
    out: dict[str | None, rdflib.Graph] = {}
    for g in ds.graphs():
        if len(g) == 0:
            continue
        key = None if g.identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else str(g.identifier)
        copy = rdflib.Graph()
        for t in g:
            copy.add(t)
        out[key] = copy
    return out


def lower_lang(g: rdflib.Graph) -> rdflib.Graph:
    """pyoxigraph normalises language tags to lower case (RDF compares them case-insensitively)."""
    out = rdflib.Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.language:
            o = Literal(str(o), lang=o.language.lower())
        out.add((s, p, o))
    return out


def nt_term(t: object) -> str:
    """Exact N-Triples form of a pyoxigraph term (lexical form, datatype, language kept)."""
    return str(t)


def ox_quads(quads) -> set[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    out = set()
    for q in quads:
        g = getattr(q, "graph_name", ox.DefaultGraph())
        out.add((nt_term(q.subject), nt_term(q.predicate), nt_term(q.object), nt_term(g)))
    return out


def expected_ox(union: bool) -> set[tuple[str, str, str, str]]:
    items = output.to_oxigraph(build_sample(), union=union)
    return ox_quads(items)


@pytest.fixture(scope="module")
def sample() -> rdflib.Dataset:
    return build_sample()


# --------------------------------------------------------------------------------------
# formats
# --------------------------------------------------------------------------------------


def test_format_for_path() -> None:
    assert output.format_for_path("a/b/graph.ttl") == "turtle"
    assert output.format_for_path(Path("x.TRIG")) == "trig"
    assert output.format_for_path("x.nt") == "ntriples"
    assert output.format_for_path("x.nq") == "nquads"
    assert output.format_for_path("x.jsonld") == "json-ld"
    assert output.FORMATS == {
        ".ttl": "turtle",
        ".trig": "trig",
        ".nt": "ntriples",
        ".nq": "nquads",
        ".jsonld": "json-ld",
    }


@pytest.mark.parametrize("name", ["graph.xml", "graph.rdf", "graph", "graph.ttl.bak", "graph.json"])
def test_unsupported_extension_raises(name: str, tmp_path: Path, sample: rdflib.Dataset) -> None:
    with pytest.raises(UnsupportedFormat) as info:
        output.format_for_path(name)
    assert isinstance(info.value, ValueError)
    msg = str(info.value)
    assert "\n" not in msg
    for ext in output.FORMATS:
        assert ext in msg
    with pytest.raises(UnsupportedFormat):
        output.write(sample, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_unsupported_format_name_raises(sample: rdflib.Dataset) -> None:
    with pytest.raises(UnsupportedFormat):
        output.serialize(sample, "rdf/xml")
    assert output.serialize(sample, "ttl") == output.serialize(sample, "turtle") == output.serialize(sample, ".ttl")


def test_prefixes() -> None:
    assert list(output.PREFIXES) == [
        "ai",
        "kge",
        "kga",
        "kgs",
        "kgv",
        "kgx",
        "kgm",
        "schema",
        "prov",
        "skos",
        "owl",
        "rdfs",
        "rdf",
        "xsd",
        "wd",
    ]
    assert output.PREFIXES["ai"] == "https://w3id.org/knowgraph/ai#"
    assert output.PREFIXES["schema"] == "https://schema.org/"
    assert output.PREFIXES["wd"] == "http://www.wikidata.org/entity/"


# --------------------------------------------------------------------------------------
# round trips
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("ext", FORMATS)
def test_round_trip_through_rdflib(ext: str, sample: rdflib.Dataset) -> None:
    data = output.serialize(sample, ext)
    parsed = rdflib.Dataset()
    parsed.parse(data=data, format=RDFLIB_FORMAT[ext])
    got = graphs_of(parsed)
    if ext in DATASET_FORMATS:
        want = expected_graphs()
        assert set(got) == set(want)
        for key in want:
            assert isomorphic(got[key], want[key]), key
    else:
        assert set(got) == {None}
        assert isomorphic(got[None], union_graph())


@pytest.mark.parametrize("ext", FORMATS)
def test_round_trip_through_pyoxigraph_is_exact(ext: str, sample: rdflib.Dataset) -> None:
    data = output.serialize(sample, ext)
    parsed = ox_quads(ox.parse(data, format=OX_FORMAT[ext]))
    union = ext not in DATASET_FORMATS
    assert parsed == expected_ox(union)
    # literals keep datatype, lexical form and language exactly
    objects = {o for _, _, o, _ in parsed}
    assert '"13750000000"^^<http://www.w3.org/2001/XMLSchema#decimal>' in objects
    assert '"2024-09"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>' in objects
    assert '"2025-03-14"^^<http://www.w3.org/2001/XMLSchema#date>' in objects
    assert '"2023"^^<http://www.w3.org/2001/XMLSchema#gYear>' in objects
    assert '"1534"^^<http://www.w3.org/2001/XMLSchema#integer>' in objects
    assert '"1.0"^^<http://www.w3.org/2001/XMLSchema#decimal>' in objects
    assert '"la firme de Redmond"@fr' in objects
    assert '"Hello"@en-gb' in objects  # pyoxigraph normalises language tags to lower case


@pytest.mark.parametrize("ext", FORMATS)
def test_round_trip_through_output_parse(ext: str, sample: rdflib.Dataset, tmp_path: Path) -> None:
    path = tmp_path / f"graph{ext}"
    output.write(sample, path)
    for ds in (output.parse(path), output.parse(path.read_bytes(), ext), output.parse(path.read_bytes())):
        got = graphs_of(ds)
        if ext in DATASET_FORMATS:
            want = expected_graphs()
            assert set(got) == set(want)
            for key in want:
                assert isomorphic(got[key], lower_lang(want[key])), key
        else:
            assert set(got) == {None}
            assert isomorphic(got[None], lower_lang(union_graph()))
    # exact lexical forms survive the pyoxigraph -> rdflib conversion
    ds = output.parse(path)
    values = {str(o): o for _, _, o, _ in ds.quads((None, None, None, None))}
    assert values["13750000000"].datatype == XSD.decimal
    assert values["2024-09"].datatype == XSD.gYearMonth
    assert values["2023"].datatype == XSD.gYear
    assert values["la firme de Redmond"].language == "fr"
    assert values[TRICKY_LABEL].datatype is None and values[TRICKY_LABEL].language is None
    assert SENTENCE in values


def test_plain_graph_is_the_default_graph(tmp_path: Path) -> None:
    g = union_graph()
    trig = output.serialize(g, "trig")
    parsed = rdflib.Dataset()
    parsed.parse(data=trig, format="trig")
    got = graphs_of(parsed)
    assert set(got) == {None}
    assert isomorphic(got[None], g)
    assert ox_quads(ox.parse(output.serialize(g, "nq"), format=ox.RdfFormat.N_QUADS)) == expected_ox(True)


def test_union_is_deduplicated(sample: rdflib.Dataset) -> None:
    lines = output.serialize(sample, "nt").decode().splitlines()
    assert len(lines) == len(set(lines)) == len(union_graph())
    label = '<https://w3id.org/knowgraph/entity/microsoft> <http://www.w3.org/2000/01/rdf-schema#label> "Microsoft" .'
    assert lines.count(label) == 1
    quads = output.serialize(sample, "nq").decode().splitlines()
    assert len(quads) == len(sample_quads())
    assert sum(1 for q in quads if q.startswith(label[:-2])) == 2  # once per named graph


def test_empty_graph() -> None:
    for ext in FORMATS:
        data = output.serialize(rdflib.Graph(), ext)
        assert ox_quads(ox.parse(data, format=OX_FORMAT[ext])) == set()
    assert output.serialize(rdflib.Graph(), "nt") == b""


# --------------------------------------------------------------------------------------
# readability
# --------------------------------------------------------------------------------------


def test_turtle_is_grouped_and_prefixed(sample: rdflib.Dataset) -> None:
    text = output.serialize(sample, "ttl").decode("utf-8")
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in output.PREFIXES.items())
    assert text.startswith(header)
    body = text[len(header) :]
    # one block per subject, rdf:type first as "a", predicates joined by ";", objects by ","
    starts = [line.split(" ")[0] for line in body.splitlines() if line and not line.startswith(" ")]
    assert len(starts) == len(set(starts))
    assert "kge:microsoft a ai:Company ;\n" in body
    assert 'skos:altLabel "l\'éditeur de « Windows »"@fr , "la firme de Redmond"@fr' in body
    assert '"13750000000"^^xsd:decimal' in body
    assert '"2024-09"^^xsd:gYearMonth' in body
    assert '"2025-03-14"^^xsd:date' in body
    assert "ai:confidence 0.85 ;" in body
    assert "ai:textLength 2412 ;" in body
    assert "<https://w3id.org/knowgraph/entity/gpt-4.>" in body  # not a valid prefixed name
    assert "<https://w3id.org/knowgraph/entity/société-générale>" in body
    # subjects are sorted by IRI
    iris = [output.PREFIXES[s.split(":")[0]] + s.split(":", 1)[1] if not s.startswith("<") else s[1:-1] for s in starts]
    assert iris == sorted(iris)


def test_trig_keeps_named_graphs_default_first(sample: rdflib.Dataset) -> None:
    text = output.serialize(sample, "trig").decode("utf-8")
    assert "\n{\n    ai:Company " in text
    assert text.index("\n{\n") < text.index("kga:3f2a4b5c6d7e8f90 {\n") < text.index("kga:a1b2c3d4e5f60718 {\n")
    assert "        ai:mentionedIn kga:3f2a4b5c6d7e8f90 ;" in text


def test_jsonld_is_compact_with_context(sample: rdflib.Dataset) -> None:
    doc = json.loads(output.serialize(sample, "jsonld"))
    assert list(doc) == ["@context", "@graph"]
    assert doc["@context"] == output.PREFIXES
    by_id = {node["@id"]: node for node in doc["@graph"]}
    assert set(by_id) == {"ai:Company", "kga:3f2a4b5c6d7e8f90", "kga:a1b2c3d4e5f60718"}
    g1 = {n["@id"]: n for n in by_id["kga:3f2a4b5c6d7e8f90"]["@graph"]}
    ms = g1["kge:microsoft"]
    assert ms["@type"] == "ai:Company"
    assert ms["rdfs:label"] == "Microsoft"
    assert ms["owl:sameAs"] == {"@id": "wd:Q2283"}
    amount = g1["kgm:5d6e7f8091a2b3c4"]
    assert amount["schema:value"] == {"@value": "13750000000", "@type": "xsd:decimal"}
    assert {"@value": "la firme de Redmond", "@language": "fr"} in ms["skos:altLabel"]
    keys = list(ms)
    assert keys == sorted(keys)


# --------------------------------------------------------------------------------------
# determinism
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("ext", FORMATS)
def test_same_bytes_every_call_and_insertion_order(ext: str, sample: rdflib.Dataset) -> None:
    first = output.serialize(sample, ext)
    assert output.serialize(sample, ext) == first
    for seed in (1, 2, 3):
        assert output.serialize(build_sample(seed), ext) == first


def _digests_in_subprocess(hashseed: str) -> dict[str, str]:
    code = textwrap.dedent(
        f"""
        import hashlib, json, sys
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
        from knowgraph.rdf import output
        from test_output import build_sample
        ds = build_sample(seed=7)
        print(json.dumps({{ext: hashlib.sha256(output.serialize(ds, ext)).hexdigest()
                           for ext in output.FORMATS}}))
        """
    )
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_same_bytes_across_hash_seeds(sample: rdflib.Dataset) -> None:
    here = {ext: hashlib.sha256(output.serialize(sample, ext)).hexdigest() for ext in output.FORMATS}
    for seed in ("0", "1", "12345", "random"):
        assert _digests_in_subprocess(seed) == here, seed


# --------------------------------------------------------------------------------------
# atomic writes
# --------------------------------------------------------------------------------------


def test_write_creates_file_and_no_temp_files(tmp_path: Path, sample: rdflib.Dataset) -> None:
    for ext in FORMATS:
        target = tmp_path / f"graph{ext}"
        output.write(sample, target)
        assert target.read_bytes() == output.serialize(sample, ext)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"graph{ext}" for ext in FORMATS)
    # explicit format overrides the extension
    output.write(sample, tmp_path / "graph.txt", fmt="nt")
    assert (tmp_path / "graph.txt").read_bytes() == output.serialize(sample, "nt")


def test_write_replaces_and_keeps_permissions(tmp_path: Path, sample: rdflib.Dataset) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old content")
    os.chmod(target, 0o640)
    output.write(sample, target)
    assert target.read_bytes() == output.serialize(sample, "ttl")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def _unwritable_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "readonly"
        folder.mkdir()
        os.chmod(folder, 0o555)
        return folder
    # root ignores permission bits; sysfs refuses new files even to root
    folder = Path("/sys/kernel")
    try:
        fd = os.open(folder / "knowgraph-probe", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except OSError:
        return folder
    os.close(fd)  # pragma: no cover
    pytest.skip("no folder that root cannot write to")  # pragma: no cover


def test_write_to_unwritable_folder(tmp_path: Path, sample: rdflib.Dataset) -> None:
    folder = _unwritable_folder(tmp_path)
    try:
        before = sorted(os.listdir(folder))
        target = folder / "knowgraph-test.ttl"
        with pytest.raises(OutputError) as info:
            output.write(sample, target)
        msg = str(info.value)
        assert "\n" not in msg and "cannot write" in msg and str(target) in msg
        assert not target.exists()
        assert sorted(os.listdir(folder)) == before
    finally:
        if folder.is_relative_to(tmp_path):
            os.chmod(folder, 0o755)


def test_write_to_readonly_folder_keeps_previous_file(tmp_path: Path, sample: rdflib.Dataset) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write to a read-only folder (covered by the sysfs and failure tests)")
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "graph.ttl"
    target.write_text("previous")
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(OutputError):
            output.write(sample, target)
        assert target.read_text() == "previous"
        assert os.listdir(folder) == ["graph.ttl"]
    finally:
        os.chmod(folder, 0o755)


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_write_bad_parent(kind: str, tmp_path: Path, sample: rdflib.Dataset) -> None:
    if kind == "missing":
        target = tmp_path / "no" / "such" / "dir" / "graph.ttl"
    else:
        (tmp_path / "afile").write_text("x")
        target = tmp_path / "afile" / "graph.ttl"
    with pytest.raises(OutputError) as info:
        output.write(sample, target)
    assert "\n" not in str(info.value)
    assert not target.exists()


def test_write_to_a_directory_path(tmp_path: Path, sample: rdflib.Dataset) -> None:
    (tmp_path / "graph.ttl").mkdir()
    with pytest.raises(OutputError, match="directory"):
        output.write(sample, tmp_path / "graph.ttl")


@pytest.mark.parametrize(
    "bad",
    [
        (KGE.x, RDFS.label, Literal("lone surrogate \ud800")),
        (URIRef("https://w3id.org/knowgraph/entity/with space"), RDFS.label, Literal("x")),
        (URIRef("relative/iri"), RDFS.label, Literal("x")),
    ],
)
@pytest.mark.parametrize("ext", FORMATS)
def test_failed_serialisation_leaves_previous_file(bad, ext: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = union_graph()
    g.add(bad)
    target = tmp_path / f"graph{ext}"
    target.write_bytes(b"previous")
    with pytest.raises(OutputError) as info:
        output.write(g, target)
    assert "\n" not in str(info.value)
    assert target.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == [target.name]
    target.unlink()
    with pytest.raises(OutputError):
        output.write(g, target)
    assert os.listdir(tmp_path) == []


# --------------------------------------------------------------------------------------
# parse
# --------------------------------------------------------------------------------------


def test_parse_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ai: <https://w3id.org/knowgraph/ai#> .\nai:a ai:b "unterminated .\n')
    with pytest.raises(ParseError) as info:
        output.parse(bad)
    assert "\n" not in str(info.value) and "bad.ttl" in str(info.value)
    with pytest.raises(ParseError, match="cannot read"):
        output.parse(tmp_path / "missing.ttl")
    with pytest.raises(ParseError):
        output.parse(b"this is not RDF")
    with pytest.raises(UnsupportedFormat):
        output.parse(tmp_path / "graph.xml")


def test_parse_keeps_named_graphs(sample: rdflib.Dataset) -> None:
    ds = output.parse(output.serialize(sample, "nq"))
    assert set(graphs_of(ds)) == {None, str(ART1), str(ART2)}
    assert dict(ds.namespaces())["kge"] == URIRef(output.PREFIXES["kge"])


# --------------------------------------------------------------------------------------
# rapper (raptor2-utils)
# --------------------------------------------------------------------------------------

RAPPER = shutil.which("rapper")
RAPPER_INPUT = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig"}


@pytest.mark.skipif(RAPPER is None, reason="rapper not on PATH (apt-get install raptor2-utils)")
@pytest.mark.parametrize("ext", list(RAPPER_INPUT))
def test_rapper_parses_output(ext: str, tmp_path: Path, sample: rdflib.Dataset) -> None:
    path = tmp_path / f"graph{ext}"
    output.write(sample, path)
    res = subprocess.run([RAPPER, "-i", RAPPER_INPUT[ext], "-c", str(path)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    expected = len(sample_quads()) if ext in DATASET_FORMATS else len(union_graph())
    assert f"returned {expected} " in res.stderr, res.stderr
