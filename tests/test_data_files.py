"""The per-language data files are well formed: what the engine reads is what the files say."""

from __future__ import annotations

import csv
import io
import re
from importlib.resources import files

import pytest

from knowgraph.mentions.gazetteer import ENTITY_TYPES, default_gazetteer, fold
from knowgraph.nlp.resources import SUPPORTED_LANGUAGES, language_data, language_table
from knowgraph.rdf.vocabulary import RELATION_NAMES

LANGS = list(SUPPORTED_LANGUAGES)


def _strings(value, where):
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str), f"{where}: key {key!r} is not a string"
            _strings(item, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                _strings(item, where)
            else:
                # YAML 1.1 reads bare On, No, Yes as booleans: every word must stay a string
                assert isinstance(item, str), f"{where}: {item!r} is not a string (quote it in the YAML)"


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_words_are_strings(lang):
    _strings(language_data(lang, "lexicon"), f"{lang}/lexicon.yaml")


@pytest.mark.parametrize("lang", LANGS)
def test_pattern_relations_are_in_the_ontology(lang):
    patterns = language_data(lang, "patterns")
    for kind in ("verbs", "nouns"):
        for spec in patterns[kind]:
            assert spec["relation"] in RELATION_NAMES, spec["rule"]
            assert 0 < float(spec.get("confidence", 0.8)) <= 1, spec["rule"]
            assert all(isinstance(lemma, str) for lemma in spec["lemmas"]), spec["rule"]
            assert spec.get("event") in (None, "Investment", "Acquisition", "Partnership"), spec["rule"]


@pytest.mark.parametrize("lang", LANGS)
def test_descriptors_name_entity_types(lang):
    for word, info in language_data(lang, "lexicon")["descriptors"].items():
        assert info["type"] in ENTITY_TYPES, word


@pytest.mark.parametrize("lang", LANGS)
def test_nationalities_point_to_gazetteer_places(lang):
    gazetteer = default_gazetteer()
    for row in language_table(lang, "nationalities"):
        entry = gazetteer.get(row["place_key"])
        assert entry is not None and entry.type == "Place", row


def test_gazetteer_is_consistent():
    gazetteer = default_gazetteer()
    assert len(gazetteer) >= 300
    for entry in gazetteer:
        assert entry.type in ENTITY_TYPES
        assert entry.qid is None or (entry.qid.startswith("Q") and entry.qid[1:].isdigit())
        if entry.hq:
            assert gazetteer.get(entry.hq) is not None and gazetteer.get(entry.hq).type == "Place", entry.key


def test_gazetteer_names_link_to_their_own_row():
    """Each row's name, folded as the linker folds it, finds that row ("Alexa" is not "Alexa+"), and no alias is
    shared by two rows (README: no ambiguous alias; a name outranks another row's alias by design)."""
    gazetteer = default_gazetteer()
    alias_owners: dict[str, str] = {}
    for entry in gazetteer:
        assert gazetteer.lookup(entry.name) is entry, entry.key
        for alias in entry.aliases:
            owner = alias_owners.setdefault(fold(alias), entry.key)
            assert owner == entry.key, f"{alias!r} is an alias of both {owner} and {entry.key}"


def test_gazetteer_rows_are_sorted_with_slug_keys():
    rows = list(csv.DictReader(io.StringIO(files("knowgraph.data").joinpath("gazetteer.csv").read_text("utf-8"))))
    assert [(r["type"], r["key"]) for r in rows] == sorted((r["type"], r["key"]) for r in rows)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["key"]) for r in rows)


def _readme_kinds() -> dict[str, set[str]]:
    """The kinds the data README allows for each type, read from its `kinds` column description."""
    readme = files("knowgraph.data").joinpath("README.md").read_text("utf-8")
    line = next(row for row in readme.splitlines() if row.startswith("| `kinds` |"))
    allowed = line.split("Allowed values by type", 1)[1].split(". Empty for", 1)[0]
    return {
        kind_type: set(re.findall(r"`([a-z-]+)`", values))
        for kind_type, values in re.findall(r"(\w+): ((?:`[a-z-]+`(?:, )?)+)", allowed)
    }


def test_gazetteer_kinds_are_those_the_readme_allows():
    allowed = _readme_kinds()
    assert set(allowed) == {"Organization", "Product", "AIModel", "Place"}
    rows = csv.DictReader(io.StringIO(files("knowgraph.data").joinpath("gazetteer.csv").read_text("utf-8")))
    for row in rows:
        for kind in filter(None, row["kinds"].split("|")):
            assert kind in allowed.get(row["type"], set()), f"{row['key']}: kind {kind!r} not allowed for {row['type']}"
