"""The AI-industry gazetteer: canonical names, aliases, types and Wikidata QIDs.

The packaged table is ``knowgraph/data/gazetteer.csv`` (format in ``knowgraph/data/README.md``).
Users extend or override it with files of the same columns::

    from knowgraph.mentions.gazetteer import Gazetteer
    gaz = Gazetteer.load(extra=["my-companies.csv"])
    gaz.lookup("Open AI").name          # 'OpenAI'
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from knowgraph.errors import KnowgraphError

ENTITY_TYPES = ("Organization", "Person", "AIModel", "Product", "Place", "Project")

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
#: Legal forms and generic tails that do not change which company is meant.
_LEGAL_SUFFIX = re.compile(
    r"(?:\s+(?:inc|incorporated|corp|corporation|co|ltd|limited|llc|plc|sa|sas|sasu|sarl|se|gmbh|ag|bv|nv|spa|"
    r"srl|holdings?|group|groupe|"
    # the same forms written with dots ("S.A.S.", "L.L.C."), which fold() spells out letter by letter
    r"s a s u|s a s|s a r l|s a|l l c|p l c|s p a|s r l|b v|n v))+$"
)
_AI_SUFFIX = re.compile(r"\s+(?:ai|a i|labs?|technologies)$")
_LEADING_ARTICLE = re.compile(r"^(?:the|la|le|les|l)\s+")
#: Generic heads of a company or fund name: "Fonds Aurore Capital" is "Aurore Capital".
_LEADING_HEAD = re.compile(r"^(?:fonds|groupe|group)\s+(?=\S)")


@lru_cache(maxsize=1 << 16)  # a pure function of the text, called for the same names again and again
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for matching names.

    >>> fold("  L’Oréal  Inc. ")
    'l oreal inc'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _NON_ALNUM.sub(" ", text).strip()


@lru_cache(maxsize=1 << 16)  # a pure function of the text, called for the same names again and again
def bare(text: str) -> str:
    """:func:`fold` without articles, legal forms, "AI"/"Labs" tails and "Fonds"/"Groupe" heads (for unknown companies).

    >>> bare("Nexalia SAS"), bare("Quillon Labs"), bare("The Foo AI Inc."), bare("Nexalia S.A.S.")
    ('nexalia', 'quillon', 'foo', 'nexalia')
    >>> bare("Fonds Aurore Capital"), bare("Groupe Iliad"), bare("Fonds")
    ('aurore capital', 'iliad', 'fonds')
    """
    text = _LEADING_ARTICLE.sub("", fold(text))
    stripped = _AI_SUFFIX.sub("", _LEGAL_SUFFIX.sub("", _LEADING_HEAD.sub("", text)))
    return stripped or text


@lru_cache(maxsize=1 << 16)  # a pure function of the text, called for the same names again and again
def slugify(text: str) -> str:
    """A safe, stable IRI segment for a name: lower-case ASCII, digits and hyphens.

    Names with no ASCII letter or digit at all ("東京") fall back to a hash so every name gets an IRI.

    >>> slugify("Mistral AI"), slugify("« Think Deeper »"), slugify("GPT-4.5")
    ('mistral-ai', 'think-deeper', 'gpt-4-5')
    """
    slug = fold(text).replace(" ", "-")
    if slug:
        return slug
    import hashlib

    return "h" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class GazetteerEntry:
    key: str
    name: str
    type: str
    qid: str | None = None
    aliases: tuple[str, ...] = ()
    kinds: frozenset[str] = field(default_factory=frozenset)
    hq: str | None = None

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class GazetteerError(KnowgraphError, ValueError):
    """A gazetteer file that cannot be read (bad column, unknown type)."""


class Gazetteer:
    """Entries by key, plus an index from folded surface form to entry."""

    def __init__(self, entries: Iterable[GazetteerEntry] = ()):
        self.entries: dict[str, GazetteerEntry] = {}
        for entry in entries:
            self.entries[entry.key] = entry
        self._index: dict[str, GazetteerEntry] = {}
        for entry in self.entries.values():
            for form in entry.surface_forms:
                self._index.setdefault(fold(form), entry)
        self._parents: dict[str, GazetteerEntry] | None = None  # built at the first parent_of
        # Canonical names win over aliases of other entries.
        for entry in self.entries.values():
            self._index[fold(entry.name)] = entry

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> Gazetteer:
        """The packaged gazetteer, extended or overridden (same key) by ``extra`` files."""
        entries = list(_packaged_entries())
        for path in extra:
            entries.extend(read_csv(Path(path).read_text(encoding="utf-8"), source=str(path)))
        return cls(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self.entries.values())

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def get(self, key: str) -> GazetteerEntry | None:
        return self.entries.get(key)

    def parent_of(self, key: str) -> GazetteerEntry | None:
        """The organisation whose name opens the name of the organisation ``key``, its unit: "Google" for
        "Google Cloud", "Intel" for "Intel Capital", "Microsoft" for "Microsoft Research"::

            default_gazetteer().parent_of("google-cloud").key  # 'google'
        """
        if self._parents is None:
            names = {entry.name: entry for entry in self.entries.values() if entry.type == "Organization"}
            self._parents = {}
            for entry in names.values():
                words = entry.name.split()
                for k in range(len(words) - 1, 0, -1):
                    if " ".join(words[:k]) in names:
                        self._parents[entry.key] = names[" ".join(words[:k])]
                        break
        return self._parents.get(key)

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry a surface form names, if any (case and accent insensitive)."""
        return self._index.get(fold(surface))


def read_csv(text: str, source: str = "<gazetteer>") -> list[GazetteerEntry]:
    reader = csv.DictReader(io.StringIO(text))
    required = {"key", "name", "type"}
    if not reader.fieldnames or not required <= set(reader.fieldnames):
        raise GazetteerError(f"{source}: a gazetteer needs the columns key, name, type")
    entries = []
    for line, row in enumerate(reader, start=2):
        kind = (row.get("type") or "").strip()
        if kind not in ENTITY_TYPES:
            raise GazetteerError(f"{source}:{line}: unknown type {kind!r} (one of {', '.join(ENTITY_TYPES)})")
        split = lambda value: tuple(v.strip() for v in (value or "").split("|") if v.strip())  # noqa: E731
        entries.append(
            GazetteerEntry(
                key=row["key"].strip(),
                name=row["name"].strip(),
                type=kind,
                qid=(row.get("qid") or "").strip() or None,
                aliases=split(row.get("aliases")),
                kinds=frozenset(split(row.get("kinds"))),
                hq=(row.get("hq") or "").strip() or None,
            )
        )
    return entries


@lru_cache(maxsize=1)
def _packaged_entries() -> tuple[GazetteerEntry, ...]:
    path = resources.files("knowgraph.data").joinpath("gazetteer.csv")
    return tuple(read_csv(path.read_text(encoding="utf-8"), source="knowgraph/data/gazetteer.csv"))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()
