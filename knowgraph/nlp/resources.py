"""Per-language data files shipped in ``knowgraph/data/<lang>/`` (YAML and CSV), loaded once."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources
from typing import Any

import yaml

SUPPORTED_LANGUAGES = ("fr", "en")


from knowgraph.errors import UnsupportedLanguage  # noqa: E402  (defined with knowgraph's other errors)


def _text(lang: str, filename: str) -> str:
    if lang not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(lang)
    return resources.files("knowgraph.data").joinpath(lang, filename).read_text(encoding="utf-8")


@cache
def language_data(lang: str, name: str) -> Any:
    """``knowgraph/data/<lang>/<name>.yaml`` parsed (cached)."""
    return yaml.safe_load(_text(lang, f"{name}.yaml"))


@cache
def language_table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """``knowgraph/data/<lang>/<name>.csv`` as rows (cached)."""
    return tuple(csv.DictReader(io.StringIO(_text(lang, f"{name}.csv"))))
