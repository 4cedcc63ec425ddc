"""Issue 6: building archives. Streaming, several workers, failing articles, --resume, progress,
and the Dask integration give the same bytes as the in-memory build of the same articles."""

from __future__ import annotations

import datetime
import pickle
import shutil
from pathlib import Path

import pytest
from conftest import ARTICLES, ROOT, run_cli

import knowgraph
from knowgraph.api import Article
from knowgraph.archive import batch
from knowgraph.archive.batch import BuildFailed, build_archive, partial_folder
from knowgraph.rdf.graph import MergedView, to_dataset
from knowgraph.rdf.output import parse

PUBLISHED = datetime.date(2025, 3, 14)
SPANISH = (
    "La empresa española Nexalia anunció ayer que había recaudado cuarenta millones de euros para "
    "desarrollar sus modelos de lenguaje en Madrid, según explicó su directora general en una entrevista."
)
FORMATS = ("trig", "nq", "ttl", "nt", "jsonld")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """A small mixed archive: French examples, English dev texts, and two inputs that cannot be built."""
    folder = tmp_path_factory.mktemp("archive")
    for path in sorted(ARTICLES.glob("fr-*.txt")):
        shutil.copy(path, folder / path.name)
    for name in ("en-01", "en-02", "en-03"):
        shutil.copy(ROOT / "corpus" / "dev" / "en" / f"{name}.txt", folder / f"{name}.txt")
    (folder / "fr-02b-binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "es-01.txt").write_text(SPANISH, encoding="utf-8")
    return folder


def good_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.glob("*.txt")) if not p.name.startswith(("es-", "fr-02b"))]


@pytest.fixture(scope="module")
def in_memory(archive, tmp_path_factory) -> dict[str, bytes]:
    """The reference: the articles built in memory with knowgraph.build and written in each format."""
    kg = knowgraph.build([Article.from_file(p, published=PUBLISHED) for p in good_files(archive)])
    out = tmp_path_factory.mktemp("memory")
    result = {}
    for ext in FORMATS:
        kg.write(out / f"kg.{ext}")
        result[ext] = (out / f"kg.{ext}").read_bytes()
    return result


@pytest.fixture(scope="module")
def streamed(archive, tmp_path_factory) -> tuple[Path, batch.BatchSummary, list[str]]:
    out = tmp_path_factory.mktemp("streamed") / "kg.trig"
    reported: list[str] = []
    summary = build_archive([str(archive)], out, published=PUBLISHED, progress=False, on_problem=reported.append)
    return out, summary, reported


def test_streamed_build_is_the_in_memory_build(streamed, in_memory):
    out, summary, _ = streamed
    assert summary.built == 7
    assert out.read_bytes() == in_memory["trig"]
    assert not partial_folder(out).exists()


@pytest.mark.parametrize("ext", ["nq", "ttl", "nt", "jsonld"])
def test_streamed_build_in_every_format(archive, in_memory, tmp_path, ext):
    out = tmp_path / f"kg.{ext}"
    build_archive([str(archive)], out, published=PUBLISHED, progress=False, validate=False)
    assert out.read_bytes() == in_memory[ext]


def test_small_spool_runs_give_the_same_bytes(archive, in_memory, tmp_path, monkeypatch):
    """Many small sorted runs merged at the end: what happens with a big archive (each run
    written a few lines at a time)."""
    monkeypatch.setattr("knowgraph.archive.stream._DEFAULT_RUN_LINES", 50)
    monkeypatch.setattr("knowgraph.archive.stream._WRITE_LINES", 7)
    out = tmp_path / "kg.trig"
    build_archive([str(archive)], out, published=PUBLISHED, progress=False, validate=False)
    assert out.read_bytes() == in_memory["trig"]


def test_failing_articles_are_reported_and_the_others_built(streamed):
    _, summary, reported = streamed
    assert summary.failed == 2
    assert len(reported) == 2
    assert any("es-01.txt" in p and "language" in p for p in reported), reported
    assert any("fr-02b-binary.txt" in p and "binary" in p for p in reported), reported


def test_cli_two_workers_same_bytes_and_exit_code(archive, in_memory, tmp_path):
    one, two = tmp_path / "one.nq", tmp_path / "two.nq"
    first = run_cli("build", archive, "--published", PUBLISHED.isoformat(), "-o", one)
    second = run_cli("build", archive, "--published", PUBLISHED.isoformat(), "-o", two, "--workers", "2")
    for proc in (first, second):
        assert proc.returncode == 1, proc.stderr  # 1: some inputs were skipped
        skipped = [line for line in proc.stderr.splitlines() if line.startswith("knowgraph: skipped")]
        assert len(skipped) == 2, proc.stderr
        assert "7 article(s)" in proc.stderr
    assert one.read_bytes() == two.read_bytes() == in_memory["nq"]


def test_cli_quiet_and_no_progress_bar_when_not_a_terminal(archive, tmp_path):
    out = tmp_path / "kg.ttl"
    first = sorted(ARTICLES.glob("fr-*.txt"))[0]
    proc = run_cli("build", first, "--lang", "fr", "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        line for line in proc.stderr.strip().splitlines() if line.startswith("knowgraph: 1 article")
    ]
    quiet = run_cli("build", first, "--lang", "fr", "-o", out, "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr


def test_progress_bar_shows_rate_and_eta(archive, tmp_path, capsys):
    build_archive([str(ARTICLES)], tmp_path / "kg.nq", published=PUBLISHED, progress=True, validate=False)
    err = capsys.readouterr().err
    assert "4/4" in err and "article/s" in err, err
    assert "<" in err  # elapsed<remaining


class Crash(Exception):
    pass


def test_resume_goes_on_after_a_crash(archive, in_memory, tmp_path, monkeypatch):
    """A build stopped after some articles (checkpoint after each) resumes without analysing them again."""
    monkeypatch.setattr(batch, "CHECKPOINT", 1)
    monkeypatch.setattr(batch, "CHUNK", 1)
    out = tmp_path / "kg.trig"

    def crash_on_the_binary_file(problem: str) -> None:
        if "fr-02b-binary" in problem:
            raise Crash(problem)

    with pytest.raises(Crash):
        build_archive([str(archive)], out, published=PUBLISHED, progress=False, on_problem=crash_on_the_binary_file)
    assert not out.exists() and partial_folder(out).is_dir()
    summary = build_archive([str(archive)], out, published=PUBLISHED, progress=False, resume=True)
    assert 0 < summary.built < 7  # the articles before the crash were not analysed again
    assert out.read_bytes() == in_memory["trig"]
    assert not partial_folder(out).exists()

    again = build_archive([str(archive)], out, published=PUBLISHED, progress=False, resume=True)
    assert (again.built, again.kept) == (0, 7)  # everything is in the output already
    assert out.read_bytes() == in_memory["trig"]


def test_without_resume_a_partial_build_is_started_again(archive, in_memory, tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "CHECKPOINT", 1)
    out = tmp_path / "kg.trig"

    def crash(problem: str) -> None:
        raise Crash(problem)

    with pytest.raises(Crash):
        build_archive([str(archive)], out, published=PUBLISHED, progress=False, on_problem=crash)
    summary = build_archive([str(archive)], out, published=PUBLISHED, progress=False)
    assert summary.built == 7
    assert out.read_bytes() == in_memory["trig"]


def test_resume_into_a_merged_turtle_file_is_refused(archive, tmp_path):
    out = tmp_path / "kg.ttl"
    build_archive([str(sorted(ARTICLES.glob("fr-*.txt"))[0])], out, lang="fr", progress=False, validate=False)
    with pytest.raises(BuildFailed, match="trig"):
        build_archive([str(archive)], out, published=PUBLISHED, progress=False, resume=True)


def test_nothing_buildable_fails_with_one_message(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    with pytest.raises(BuildFailed, match="binary"):
        build_archive([str(bad)], tmp_path / "kg.nq", progress=False)
    assert not (tmp_path / "kg.nq").exists() and not partial_folder(tmp_path / "kg.nq").exists()


def test_merged_view_combines_like_one_view(archive):
    """Views of separate batches (workers, partitions), combined or pickled, give the same default graph."""
    results = [knowgraph.analyse(Article.from_file(p, published=PUBLISHED)) for p in good_files(archive)[:4]]
    ds = to_dataset(results)
    graphs = [g for g in ds.graphs() if g.identifier != ds.default_graph.identifier]
    whole = MergedView()
    for g in graphs:
        whole.add_graph(g)
    left, right = MergedView(), MergedView()
    for g in graphs[:2]:
        left.add_graph(g)
    for g in graphs[2:]:
        right.add_graph(g)
    combined = pickle.loads(pickle.dumps(left)).update(pickle.loads(pickle.dumps(right)))
    expected = set(ds.default_graph)
    assert set(whole.default_graph()) == expected
    assert set(combined.default_graph()) == expected


def test_merged_view_on_disk_gives_the_in_memory_view(archive, tmp_path):
    """A view whose records spill to sorted runs on disk (a few records a run, compacted, pickled
    by its runs) derives the same default graph and asserted triples as one held in memory."""
    results = [knowgraph.analyse(Article.from_file(p, published=PUBLISHED)) for p in good_files(archive)]
    ds = to_dataset(results)
    graphs = [g for g in ds.graphs() if g.identifier != ds.default_graph.identifier]
    in_memory = MergedView()
    on_disk = MergedView(folder=tmp_path / "view", limit=3)
    for g in graphs:
        in_memory.add_graph(g)
        on_disk.update(MergedView().add_graph(g))  # as the workers' views arrive
    assert len(list((tmp_path / "view").glob("view-statements-*.pkl"))) > 1
    assert len(on_disk.statements._buffer) < 3  # what is not on disk yet
    restored = pickle.loads(pickle.dumps(on_disk))
    on_disk.discard_obsolete()
    assert restored.run_files() <= set((tmp_path / "view").glob("*.pkl"))
    expected = set(ds.default_graph)
    assert set(restored.default_graph()) == expected
    assert set(in_memory.default_graph()) == expected
    assert sorted(restored.asserted_triples()) == sorted(in_memory.asserted_triples())
    assert any(True for _ in in_memory.asserted_triples())


def test_sorted_runs_compact_and_combine(tmp_path):
    from knowgraph.archive import runs as runs_module
    from knowgraph.archive.runs import SortedRuns

    def add_up(group):
        return (group[0][0], sum(r[1] for r in group))

    records = SortedRuns(1, tmp_path, "counts", limit=2, combine=add_up)
    for i in range(200):
        records.add((f"k{i % 7}", 1))
    assert len(records.runs) <= runs_module._MAX_RUNS + 1
    assert {key[0]: add_up(group)[1] for key, group in records.groups()} == {
        f"k{i}": len(range(i, 200, 7)) for i in range(7)
    }
    old = set(records._obsolete)
    assert old and all(p.exists() for p in old)  # kept until the new state is saved
    records.discard_obsolete()
    assert not any(p.exists() for p in old)


def _typed_and_labelled(*entities):
    """The merged view's entity triples: (node, class, label) -> a Graph with one rdf:type and one rdfs:label each."""
    from rdflib import RDF, RDFS, Graph, Literal

    default = Graph()
    for node, cls, label in entities:
        default.add((node, RDF.type, cls))
        default.add((node, RDFS.label, Literal(label)))
    return default


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
def test_merged_view_check_in_chunks_counts_each_result_once(engine, monkeypatch):
    """Checked a few asserted triples at a time, the merged view gives the violations of one check,
    with pySHACL (the reference) and with pyshacl-turbo (what the build runs when installed)."""
    if engine == "turbo":
        pytest.importorskip("pyshacl_turbo")
    monkeypatch.setenv("KNOWGRAPH_SHACL_ENGINE", engine)
    from rdflib import RDF
    from rdflib.namespace import SH

    from knowgraph.archive.batch import validate_merged_view
    from knowgraph.rdf.namespace import AI, KGE

    default = _typed_and_labelled(
        (KGE.nexalia, AI.Company, "Nexalia"),
        (KGE.orbis, AI.Company, "Orbis"),
        (KGE["ana-ruiz"], AI.Person, "Ana Ruiz"),
        (KGE.lonely, AI.Company, "Lonely"),
    )
    default.add((KGE.unnamed, RDF.type, AI.Company))  # EntityShape: no label
    asserted = [
        (KGE.nexalia, AI.ceoOf, KGE["ana-ruiz"]),
        (KGE.orbis, AI.ceoOf, KGE["ana-ruiz"]),
        (KGE["ana-ruiz"], AI.ceoOf, KGE.nexalia),
        (KGE.nexalia, AI.investedIn, KGE.orbis),
    ]
    whole = validate_merged_view(default, asserted)
    chunked = validate_merged_view(default, asserted, chunk=1)
    # violations: two companies as CEOs (the subject's class, and the object's: CeoOfShape and its
    # property shape), a company without a label; warnings: one person CEO of two companies
    assert not whole.conforms and (whole.violations, whole.warnings) == (5, 2)
    assert (chunked.conforms, chunked.violations) == (whole.conforms, whole.violations)
    focus = {(str(f).rsplit("/", 1)[-1]) for f in whole.graph.objects(None, SH.focusNode)}
    assert focus == {"nexalia", "orbis", "unnamed", "ana-ruiz"}


def test_merged_view_check_finds_a_conflict():
    """The once-per-build check sees what only the merged view shows: two CEOs of one company."""
    from knowgraph.archive.batch import validate_merged_view
    from knowgraph.rdf.namespace import AI, KGE

    default = _typed_and_labelled(
        (KGE.nexalia, AI.Company, "Nexalia"),
        (KGE["ana-ruiz"], AI.Person, "Ana Ruiz"),
        (KGE["li-wei"], AI.Person, "Li Wei"),
    )
    asserted = [(KGE["ana-ruiz"], AI.ceoOf, KGE.nexalia), (KGE["li-wei"], AI.ceoOf, KGE.nexalia)]
    report = validate_merged_view(default, asserted)
    assert report.warnings >= 1 and "CeoConflict" in report.text
    wrong = [(KGE.nexalia, AI.ceoOf, KGE["ana-ruiz"])]  # a company as a CEO
    assert not validate_merged_view(default, wrong).conforms


def test_merged_view_check_can_count_warnings_without_keeping_them():
    """What a build asks: the warnings counted, only the violations' report kept (the warnings of
    an archive grow with its articles)."""
    from rdflib.namespace import SH

    from knowgraph.archive.batch import validate_merged_view
    from knowgraph.rdf.namespace import AI, KGE

    default = _typed_and_labelled(
        (KGE.nexalia, AI.Company, "Nexalia"),
        (KGE["ana-ruiz"], AI.Person, "Ana Ruiz"),
        (KGE["li-wei"], AI.Person, "Li Wei"),
    )
    conflict = [(KGE["ana-ruiz"], AI.ceoOf, KGE.nexalia), (KGE["li-wei"], AI.ceoOf, KGE.nexalia)]
    kept = validate_merged_view(default, conflict)
    counted = validate_merged_view(default, conflict, keep_warnings=False)
    assert counted.conforms and counted.warnings == kept.warnings >= 1
    assert "CeoConflict" in kept.text and len(kept.graph) > 0
    assert counted.text == "" and len(counted.graph) == 0

    wrong = conflict + [(KGE.nexalia, AI.ceoOf, KGE["ana-ruiz"])]  # and a company as a CEO
    report = validate_merged_view(default, wrong, keep_warnings=False)
    assert not report.conforms and report.violations >= 1 and report.warnings == kept.warnings
    severities = set(report.graph.objects(None, SH.resultSeverity))
    assert SH.Violation in severities and "CeoOfShape" in report.text


def test_dask_local_cluster_builds_the_same_graph(archive, tmp_path):
    """A JSON Lines export built on a two-worker LocalCluster gives the bytes of knowgraph build."""
    distributed = pytest.importorskip("distributed")
    import json

    from knowgraph.archive.dask import build, read_jsonl

    export = tmp_path / "export.jsonl"
    lines = [
        json.dumps({"text": p.read_text(encoding="utf-8"), "published": PUBLISHED.isoformat(), "title": p.stem})
        for p in good_files(archive)
    ]
    lines[3:3] = ['{"text": "broken', json.dumps({"text": SPANISH})]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reference = tmp_path / "reference.trig"
    expected = build_archive([str(export)], reference, progress=False)
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        summary = build(
            read_jsonl(str(export)).repartition(npartitions=3), tmp_path / "kg.trig", parts=tmp_path / "parts"
        )
    assert (summary.built, summary.failed) == (expected.built, expected.failed) == (7, 2)
    assert (tmp_path / "kg.trig").read_bytes() == reference.read_bytes()
    parts = sorted((tmp_path / "parts").glob("part-*.nq"))
    assert len(parts) == 3
    assert sum(len(parse(p)) for p in parts) > 0  # each partition file is N-Quads any store can load
