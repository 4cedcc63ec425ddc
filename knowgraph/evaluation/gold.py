"""Gold cases: the human reading of one text, in the YAML format of ``docs/evaluation.md``.

>>> case = GoldCase.from_dict({
...     "id": "demo", "lang": "en",
...     "entities": [{"name": "Orbilux", "type": "Organization", "aliases": ["the Oslo startup"]},
...                  {"name": "Oslo", "type": "Place"}],
...     "facts": [["Orbilux", "locatedIn", "Oslo"]],
... })
>>> case.facts
(('Orbilux', 'locatedIn', 'Oslo'),)

:func:`load_gold` reads one file and :func:`load_gold_dir` a folder of them; both raise
:class:`GoldError` with the file and the place of the first problem, so that an annotation
mistake is found before it silently costs recall.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from knowgraph.errors import KnowgraphError

ENTITY_TYPES = ("Organization", "Person", "AIModel", "Product", "Place", "Project")
RELATIONS = (
    "foundedBy",
    "ceoOf",
    "worksFor",
    "acquired",
    "investedIn",
    "partnerOf",
    "competitorOf",
    "providesComputeTo",
    "developedBy",
    "usesModel",
    "locatedIn",
    "subsidiaryOf",
    "participatesIn",
)
#: Event type -> its two roles (Partnership has one role, filled two or more times).
EVENT_ROLES: dict[str, tuple[str, ...]] = {
    "Investment": ("investor", "investee"),
    "Acquisition": ("acquirer", "acquiree"),
    "Partnership": ("partner",),
}
QID = re.compile(r"Q[1-9][0-9]*")
DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")

Fact = tuple[str, str, str]


class GoldError(KnowgraphError, ValueError):
    """A gold file that does not follow the format (the message names the file and the place)."""


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class Amount:
    """A normalised amount: ``value``, or a range ``minimum``..``maximum``, in an ISO 4217 currency."""

    currency: str
    value: float | None = None
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class GoldEvent:
    """An n-ary event. ``roles`` maps a role (investor, investee, acquirer, acquiree, partner) to
    the gold names that fill it; an Investment without a named investor has no ``investor``."""

    type: str
    roles: Mapping[str, tuple[str, ...]]
    amount: Amount | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD


@dataclass(frozen=True)
class GoldCase:
    """One text's gold reading. Build it with :meth:`from_dict` or :func:`load_gold`."""

    id: str
    lang: str | None
    published: datetime.date | None
    entities: tuple[GoldEntity, ...]
    facts: tuple[Fact, ...]
    events: tuple[GoldEvent, ...] = ()
    optional: tuple[Fact, ...] = ()
    not_facts: tuple[Fact, ...] = ()
    #: names a corpus mentions but does not type in our classes: neither rewarded nor penalised
    unmapped: tuple[GoldEntity, ...] = ()
    path: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # url, source, query...: kept, not used

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "<gold>") -> GoldCase:
        """Check and convert a parsed YAML case; :class:`GoldError` on the first problem."""
        return _Reader(where).case(data)


def load_gold(path: str | Path) -> GoldCase:
    """Read and check one gold YAML file."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f" line {mark.line + 1}" if mark is not None else ""
        raise GoldError(f"{path}:{place} not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    case = _Reader(str(path)).case(data)
    return replace(case, path=str(path), id=case.id or path.stem)


def load_gold_dir(folder: str | Path) -> list[GoldCase]:
    """Every ``*.yaml`` case of a folder, sorted by file name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such folder")
    return [load_gold(path) for path in sorted(folder.glob("*.yaml"))]


class _Reader:
    """Checks a parsed case field by field; every message says where the problem is."""

    def __init__(self, where: str):
        self.where = where

    def fail(self, message: str) -> GoldError:
        return GoldError(f"{self.where}: {message}")

    def case(self, data: Any) -> GoldCase:
        if not isinstance(data, Mapping):
            raise self.fail("a gold case is a mapping with id, lang, entities, facts...")
        entities = tuple(self.entity(e, f"entities[{i}]") for i, e in enumerate(self.rows(data, "entities")))
        unmapped = tuple(self.unmapped(e, i) for i, e in enumerate(self.rows(data, "unmapped_entities")))
        names = {e.name for e in entities} | {e.name for e in unmapped}
        lang = data.get("lang")
        if lang is not None and not isinstance(lang, str):
            raise self.fail(f"lang: expected a language code such as fr or en, got {lang!r}")
        known = {"id", "lang", "published", "entities", "facts", "events", "optional", "not_facts"}
        return GoldCase(
            id=str(data.get("id") or ""),
            lang=lang,
            published=self.published(data.get("published")),
            entities=entities,
            facts=self.facts(data, "facts", names),
            events=tuple(self.event(e, f"events[{i}]", names) for i, e in enumerate(self.rows(data, "events"))),
            optional=self.facts(data, "optional", names),
            not_facts=self.facts(data, "not_facts", names),
            unmapped=unmapped,
            extra={k: v for k, v in data.items() if k not in known and k != "unmapped_entities"},
        )

    def rows(self, data: Mapping, key: str) -> list:
        rows = data.get(key)
        if rows is None:
            return []
        if not isinstance(rows, list):
            raise self.fail(f"{key}: expected a list, got {type(rows).__name__}")
        return rows

    def published(self, value: Any) -> datetime.date | None:
        if value is None or isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            raise self.fail(f"published: {value!r} is not a date (YYYY-MM-DD) or null") from None

    def entity(self, row: Any, where: str) -> GoldEntity:
        if not isinstance(row, Mapping) or not row.get("name"):
            raise self.fail(f"{where}: an entity is a mapping with at least name and type")
        if row.get("type") not in ENTITY_TYPES:
            raise self.fail(
                f"{where} ({row['name']}): type {row.get('type')!r} is not one of {', '.join(ENTITY_TYPES)}"
            )
        qid = row.get("wikidata")
        if qid is not None and not QID.fullmatch(str(qid)):
            raise self.fail(f"{where} ({row['name']}): wikidata {qid!r} is not a Wikidata id such as Q2283")
        return GoldEntity(str(row["name"]), row["type"], self.aliases(row, where), str(qid) if qid else None)

    def unmapped(self, row: Any, index: int) -> GoldEntity:
        if isinstance(row, Mapping):
            if not row.get("name"):
                raise self.fail(f"unmapped_entities[{index}]: needs a name")
            return GoldEntity(str(row["name"]), "", self.aliases(row, f"unmapped_entities[{index}]"))
        return GoldEntity(str(row), "")

    def aliases(self, row: Mapping, where: str) -> tuple[str, ...]:
        aliases = row.get("aliases") or []
        if not isinstance(aliases, list):
            raise self.fail(f"{where} ({row['name']}): aliases is a list of strings")
        return tuple(str(a) for a in aliases)

    def facts(self, data: Mapping, key: str, names: set[str]) -> tuple[Fact, ...]:
        out = []
        for i, row in enumerate(self.rows(data, key)):
            where = f"{key}[{i}]"
            if not isinstance(row, list) or len(row) != 3:
                raise self.fail(f"{where}: a fact is [subject, relation, object], got {row!r}")
            subject, relation, obj = (str(x) for x in row)
            if relation not in RELATIONS:
                raise self.fail(f"{where}: unknown relation {relation!r} (one of {', '.join(RELATIONS)})")
            self.known(names, where, subject, obj)
            out.append((subject, relation, obj))
        return tuple(out)

    def known(self, names: set[str], where: str, *used: str) -> None:
        for name in used:
            if name not in names:
                raise self.fail(f"{where}: {name!r} is not the name of an entity of the case")

    def event(self, row: Any, where: str, names: set[str]) -> GoldEvent:
        if not isinstance(row, Mapping) or row.get("type") not in EVENT_ROLES:
            raise self.fail(f"{where}: an event has a type among {', '.join(EVENT_ROLES)}")
        kind = row["type"]
        roles: dict[str, tuple[str, ...]] = {}
        if kind == "Partnership":
            partners = row.get("partners")
            if not isinstance(partners, list) or len(partners) < 2:
                raise self.fail(f"{where}: a Partnership lists two or more partners")
            roles["partner"] = tuple(str(p) for p in partners)
        else:
            first, second = EVENT_ROLES[kind]
            if not row.get(second):
                raise self.fail(f"{where}: the {kind} needs its {second}")
            roles = {role: (str(row[role]),) for role in (first, second) if row.get(role)}
        self.known(names, where, *(name for fillers in roles.values() for name in fillers))
        unknown = set(row) - {"type", "amount", "date", "partners", *EVENT_ROLES[kind]}
        if unknown:
            raise self.fail(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} for a {kind}")
        return GoldEvent(kind, roles, self.amount(row.get("amount"), where), self.date(row.get("date"), where))

    def amount(self, value: Any, where: str) -> Amount | None:
        if value is None:
            return None
        currency = value.get("currency") if isinstance(value, Mapping) else None
        if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
            raise self.fail(f"{where}: amount needs a currency as an ISO 4217 code (USD, EUR...), got {value!r}")
        try:
            if "value" in value:
                return Amount(currency, value=float(value["value"]))
            if "min" not in value and "max" not in value:
                raise KeyError("min")
            # "more than $400M", "up to $100bn": a range may have one bound only
            minimum, maximum = value.get("min"), value.get("max")
            return Amount(
                currency,
                minimum=None if minimum is None else float(minimum),
                maximum=None if maximum is None else float(maximum),
            )
        except (KeyError, TypeError, ValueError):
            raise self.fail(
                f"{where}: amount is {{value, currency}} or {{min and/or max, currency}}, got {value!r}"
            ) from None

    def date(self, value: Any, where: str) -> str | None:
        if value is None:
            return None
        text = value.isoformat() if isinstance(value, datetime.date) else str(value)
        if not DATE.fullmatch(text):
            raise self.fail(f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return text
