"""Dates in French and English news text, with their precision.

Absolute dates ("en 2014", "septembre 2024", "March 3, 2025", "fin 2022", "mid-2024") are read
as written, at the precision written: a year stays a year ("fin 2022" is ``"2022"``, no month is
invented). Relative expressions ("hier", "l'an dernier", "last month", "on Tuesday", "two years
ago", a day and month without a year) are resolved against the publication date and flagged
``relative=True``; without ``published`` they give nothing.

The grammar is language-independent; month and weekday names, prepositions, qualifiers and
relative phrases come from ``knowgraph/data/<lang>/dates.yaml``.

>>> [(d.text, d.value, d.precision) for d in find_dates(
...     "Fondée en 2014, la société a levé des fonds fin 2022 puis le 3 mars 2025.", "fr")]
[('2014', '2014', 'year'), ('fin 2022', '2022', 'year'), ('3 mars 2025', '2025-03-03', 'day')]
>>> import datetime
>>> [(d.text, d.value, d.relative) for d in find_dates(
...     "The startup said on Tuesday it had doubled revenue since last year.", "en",
...     published=datetime.date(2025, 3, 14))]
[('Tuesday', '2025-03-11', True), ('last year', '2024', True)]

Choices for vague expressions:

* "la semaine dernière" / "last week" (and "this week", "il y a deux semaines"): the calendar
  week meant is computed; if its working days (Monday to Friday) lie within one month, that month
  is returned (``YYYY-MM``), otherwise nothing.
* A day and month without a year ("3 mars", "March 3") takes the year that puts the date
  closest to publication (so "28 décembre" in an article of 3 January is the previous year).
* A bare month ("en janvier", "in January") is the most recent such month not after the
  publication month; "janvier dernier" / "last January" the most recent strictly before;
  "janvier prochain" / "next January" the next one strictly after.
* A weekday ("mardi", "on Tuesday") is the most recent such day on or before publication;
  "mardi dernier" / "last Tuesday" strictly before; "mardi prochain" / "next Tuesday" after.
* A bare year needs a preposition before it ("en 2014", "since 2019", "d'ici 2030") or
  parentheses, and must not be followed by a quantity word ("en 2000 exemplaires"); or it
  qualifies a deal noun (``year_before_nouns``: "its 2016 takeover of X").
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from knowgraph.facts.amounts import _WS, _Lexicon, _load_yaml, _phrase, _phrases_pattern

__all__ = ["DateValue", "find_dates", "publication_stamp", "stamp_reference"]

_XSD_TYPES = {"year": "gYear", "month": "gYearMonth", "day": "date"}
_YEAR = r"(?:19\d\d|20\d\d|2100)(?![^\W_])(?![.,]\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_DIGIT = re.compile(r"\d")
_NUMBER_START = r"(?<![^\W_])(?<![-\u2010\u2011])(?<!\d[.,])"


@dataclass(frozen=True)
class DateValue:
    """A date found in a text.

    ``value`` is ``"2024"``, ``"2024-09"`` or ``"2024-09-15"`` according to ``precision``
    (``"year"``, ``"month"`` or ``"day"``); ``text[start:end]`` of the analysed text is
    ``text``. ``relative`` is True when the publication date was needed to compute it.

    >>> DateValue("2024-09", "month").xsd_datatype
    'gYearMonth'
    """

    value: str
    precision: str
    start: int = 0
    end: int = 0
    text: str = ""
    relative: bool = False

    @property
    def xsd_datatype(self) -> str:
        """The XSD datatype local name for ``value``: ``gYear``, ``gYearMonth`` or ``date``."""
        return _XSD_TYPES[self.precision]


#: What a pattern handler returns: the span of the expression and its value (None when it
#: cannot be resolved, e.g. a relative expression without publication date).
_Resolved = tuple[str, str, bool]  # value, precision, relative
_Candidate = tuple[int, int, "_Resolved | None"]
_Handler = Callable[[re.Match, "datetime.date | None"], Iterator[_Candidate]]


# --------------------------------------------------------------------------- calendar helpers


def _year(y: int) -> _Resolved:
    return f"{y:04d}", "year", False


def _month(y: int, m: int) -> _Resolved:
    return f"{y:04d}-{m:02d}", "month", False


def _day(d: datetime.date) -> _Resolved:
    return d.isoformat(), "day", False


def _relative(resolved: _Resolved | None) -> _Resolved | None:
    return None if resolved is None else (resolved[0], resolved[1], True)


def _shift_month(y: int, m: int, offset: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + offset
    return index // 12, index % 12 + 1


def _safe_date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _resolve_unit(unit: str, offset: int, published: datetime.date) -> _Resolved | None:
    """``offset`` units (day, week, month or year) away from ``published``."""
    if unit == "year":
        return _year(published.year + offset)
    if unit == "month":
        return _month(*_shift_month(published.year, published.month, offset))
    if unit == "day":
        return _day(published + datetime.timedelta(days=offset))
    if unit == "week":
        monday = published - datetime.timedelta(days=published.weekday()) + datetime.timedelta(weeks=offset)
        friday = monday + datetime.timedelta(days=4)  # news is of working days: a week's weekend may be the next month
        if (monday.year, monday.month) == (friday.year, friday.month):
            return _month(monday.year, monday.month)
        return None
    raise ValueError(f"unknown unit {unit!r}")


def _resolve_month(month: int, direction: int, published: datetime.date) -> _Resolved:
    """A month without year: 0 = most recent not after publication, -1 = strictly before, 1 = after."""
    y, m = published.year, published.month
    if direction < 0:
        year = y if month < m else y - 1
    elif direction > 0:
        year = y if month > m else y + 1
    else:
        year = y if month <= m else y - 1
    return _month(year, month)


def _resolve_weekday(weekday: int, direction: int, published: datetime.date) -> _Resolved:
    """0 = on or before publication, -1 = strictly before, 1 = strictly after."""
    if direction > 0:
        delta = (weekday - published.weekday() - 1) % 7 + 1
        return _day(published + datetime.timedelta(days=delta))
    delta = (published.weekday() - weekday) % 7
    if direction < 0 and delta == 0:
        delta = 7
    return _day(published - datetime.timedelta(days=delta))


def _nearest_year(month: int, day: int, published: datetime.date) -> datetime.date | None:
    """The date ``day``/``month`` closest to ``published`` (previous, same or next year)."""
    options = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _safe_date(y, month, day))]
    return min(options, key=lambda d: (abs((d - published).days), d > published)) if options else None


# --------------------------------------------------------------------------- grammar


def _alternation(phrases: list[str]) -> str:
    """Case-insensitive regex for a list of data phrases, longest first."""
    return _phrases_pattern(phrases, fold=True)


class _Grammar:
    """The compiled date patterns of one language."""

    def __init__(self, data: dict):
        fold = not data.get("names_case_sensitive", False)
        self.months: _Lexicon[int] = _Lexicon(data["months"], fold=fold)
        self.weekdays: _Lexicon[int] = _Lexicon(data["weekdays"], fold=fold)
        self.relative: _Lexicon[tuple[str, int]] = _Lexicon(
            {p: (r["unit"], r["offset"]) for r in data.get("relative") or [] for p in r["phrases"]}, fold=True
        )
        self.ago_units: _Lexicon[str] = _Lexicon(data.get("ago_units") or {}, fold=True)
        self.number_words: _Lexicon[int] = _Lexicon(data.get("number_words") or {}, fold=True)
        past = data.get("past_modifiers") or {}
        nxt = data.get("next_modifiers") or {}
        self.modifiers: _Lexicon[int] = _Lexicon(
            {
                **{p: -1 for p in (past.get("prefix") or []) + (past.get("suffix") or [])},
                **{p: 1 for p in (nxt.get("prefix") or []) + (nxt.get("suffix") or [])},
            },
            fold=True,
        )
        self.numeric_order: list[str] = (data.get("numeric_order") or "day month year").split()

        ws, ws1 = _WS + "*", _WS + "+"
        month, weekday = f"(?P<m>{self.months.pattern})", f"(?P<wd>{self.weekdays.pattern})"
        day = rf"{_NUMBER_START}(?P<d>{_DAY})(?!\d)(?:{_alternation(data.get('day_suffixes') or [])})?"
        connector = _alternation(data.get("day_month_connectors") or [])
        year = rf"(?P<y>{_YEAR})"
        lead_weekday = rf"(?:{weekday},?{ws1})?"
        qualifier = f"(?P<q>{_alternation(data.get('period_qualifiers') or [])})"
        prefix_mod = f"(?P<pre>{_alternation((past.get('prefix') or []) + (nxt.get('prefix') or []))})"
        suffix_mod = f"(?P<suf>{_alternation((past.get('suffix') or []) + (nxt.get('suffix') or []))})"
        blockers = _alternation(data.get("year_blockers") or [])
        free_year = rf"{_YEAR}(?!{ws}{blockers})"
        year_connector = _alternation(data.get("year_range_connectors") or [])

        self.patterns: list[tuple[re.Pattern[str], _Handler]] = []
        # the patterns that cannot match without a month name: skipped in a text that names none (most
        # sentences), which one search of the month names tells
        self.with_month: set[int] = set()
        # likewise the patterns that cannot match without a digit (a year, a numeric date), or without a weekday's
        # name
        self.with_digit: set[int] = set()
        self.with_weekday: set[int] = set()

        def add(
            regex: str,
            handler: _Handler,
            *,
            needs_month: bool = False,
            needs_digit: bool = False,
            needs_weekday: bool = False,
        ) -> None:
            for needed, ranks in (
                (needs_month, self.with_month),
                (needs_digit, self.with_digit),
                (needs_weekday, self.with_weekday),
            ):
                if needed:
                    ranks.add(len(self.patterns))
            self.patterns.append((re.compile(regex), handler))

        orders = data.get("date_orders") or ["day month"]
        if "day month" in orders:
            add(
                rf"{lead_weekday}{day}{ws1}(?:{connector}{ws1})?{month}(?:,?{ws1}{year})?",
                self._full_date,
                needs_month=True,
            )
        if "month day" in orders:
            add(rf"{lead_weekday}{month}{ws1}{day}(?:,?{ws1}{year})?", self._full_date, needs_month=True)
        add(
            rf"(?<![\w/.-])(?P<y>{_YEAR})-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\d|3[01])(?![\w-])",
            self._iso_date,
            needs_digit=True,
        )
        add(
            rf"(?<![\w/.-])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>{_YEAR})(?![\w/])",
            self._numeric_date,
            needs_digit=True,
        )
        # "March 2025", "March, 2025", "March of 2025" (``month_year_connectors``)
        month_year_connector = _alternation(data.get("month_year_connectors") or [])
        month_year_gap = (
            rf"(?:,?{ws1}|{ws1}{month_year_connector}{ws1})" if month_year_connector != "(?!)" else rf",?{ws1}"
        )
        add(rf"(?:{qualifier}{ws})?{month}{month_year_gap}{year}", self._month_year, needs_month=True)
        add(rf"{qualifier}{ws}{year}", self._qualified_year, needs_digit=True)
        month_preposition = f"(?P<prep>{_alternation(data.get('month_prepositions') or [])})"
        add(
            rf"(?:{month_preposition}{ws1}|{qualifier}{ws})?"
            rf"(?P<x>(?:{prefix_mod}{ws1})?{month}(?:{ws1}{suffix_mod})?)",
            self._bare_month,
            needs_month=True,
        )
        add(rf"(?:{prefix_mod}{ws1})?{weekday}(?:{ws1}{suffix_mod})?", self._weekday, needs_weekday=True)
        year_preposition = _alternation(data.get("year_prepositions") or [])
        add(
            rf"(?:{year_preposition}{ws1}|\({ws})(?P<y1>{free_year})"
            rf"(?:{ws}{year_connector}{ws}(?P<y2>{free_year}))?",
            self._bare_years,
            needs_digit=True,
        )
        # "its 2016 takeover of X", "Google's 2014 acquisition of Y": a year that qualifies a deal noun
        deal_nouns = data.get("year_before_nouns") or []
        if deal_nouns:
            add(
                rf"{_NUMBER_START}(?P<y>{_YEAR})(?={ws1}(?:{_alternation(deal_nouns)}))",
                self._bare_year_before_noun,
                needs_digit=True,
            )
        add(self.relative.pattern, self._fixed_relative)
        number = rf"(?P<n>\d{{1,3}}|{self.number_words.pattern})"
        for template in data.get("ago_patterns") or []:
            add(self._template(template, number, f"(?P<unit>{self.ago_units.pattern})"), self._ago)

    @staticmethod
    def _template(template: str, number: str, unit: str) -> str:
        parts = re.split(r"(\{n\}|\{unit\})", template)
        out = []
        for part in parts:
            if part == "{n}":
                out.append(number)
            elif part == "{unit}":
                out.append(unit)
            elif part:
                out.append(f"(?i:{_phrase(part)})")
        return "".join(out)

    # -- handlers: each yields (start, end, resolved-or-None)

    def _full_date(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        month, day = self.months.lookup(m["m"]), int(m["d"])
        if m["y"]:
            found = _safe_date(int(m["y"]), month, day)
            yield m.start(), m.end(), _day(found) if found else None
        else:
            found = _nearest_year(month, day, published) if published else None
            yield m.start(), m.end(), _relative(_day(found)) if found else None

    def _iso_date(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        found = _safe_date(int(m["y"]), int(m["mm"]), int(m["dd"]))
        yield m.start(), m.end(), _day(found) if found else None

    def _numeric_date(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        fields = dict(zip([f for f in self.numeric_order if f != "year"], (int(m["a"]), int(m["b"])), strict=False))
        found = _safe_date(int(m["y"]), fields.get("month", 0), fields.get("day", 0))
        yield m.start(), m.end(), _day(found) if found else None

    def _month_year(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        yield m.start(), m.end(), _month(int(m["y"]), self.months.lookup(m["m"]))

    def _qualified_year(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        yield m.start(), m.end(), _year(int(m["y"]))

    def _direction(self, m: re.Match) -> int | None:
        """Modifier direction (-1, 0, 1); None when the two modifiers disagree."""
        found = {self.modifiers.lookup(m[g]) for g in ("pre", "suf") if m[g]}
        return None if len(found) > 1 else (found.pop() if found else 0)

    def _bare_month(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        if not (m["prep"] or m["q"] or m["pre"] or m["suf"]):
            return  # a month name alone ("may", "Mars") is too ambiguous
        direction = self._direction(m)
        start = m.start("q") if m["q"] else m.start("x")
        resolved = None
        if published is not None and direction is not None:
            resolved = _relative(_resolve_month(self.months.lookup(m["m"]), direction, published))
        yield start, m.end(), resolved

    def _weekday(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        direction = self._direction(m)
        resolved = None
        if published is not None and direction is not None:
            resolved = _relative(_resolve_weekday(self.weekdays.lookup(m["wd"]), direction, published))
        yield m.start(), m.end(), resolved

    def _bare_years(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        yield m.start("y1"), m.end("y1"), _year(int(m["y1"]))
        if m["y2"] and int(m["y2"]) > int(m["y1"]):
            yield m.start("y2"), m.end("y2"), _year(int(m["y2"]))

    def _bare_year_before_noun(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        yield m.start("y"), m.end("y"), _year(int(m["y"]))

    def _fixed_relative(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        unit, offset = self.relative.lookup(m.group())
        yield m.start(), m.end(), _relative(_resolve_unit(unit, offset, published)) if published else None

    def _ago(self, m: re.Match, published: datetime.date | None) -> Iterator[_Candidate]:
        n = int(m["n"]) if m["n"].isdigit() else self.number_words.lookup(m["n"])
        resolved = None
        if published is not None:
            resolved = _relative(_resolve_unit(self.ago_units.lookup(m["unit"]), -n, published))
        yield m.start(), m.end(), resolved

    # -- driver

    def find(self, text: str, published: datetime.date | None) -> list[DateValue]:
        candidates: list[tuple[int, int, int, _Resolved | None]] = []
        month_named = self.months.occurs_in(text)  # (a pattern's month group matches only where this does)
        digit = _DIGIT.search(text) is not None
        weekday_named = self.weekdays.occurs_in(text)
        for rank, (regex, handler) in enumerate(self.patterns):
            if not month_named and rank in self.with_month:
                continue
            if not digit and rank in self.with_digit or not weekday_named and rank in self.with_weekday:
                continue
            for match in regex.finditer(text):
                try:
                    found = list(handler(match, published))
                except OverflowError:  # "hier" published on 0001-01-01: beyond what a date holds, unresolved
                    found = [(match.start(), match.end(), None)]
                for start, end, resolved in found:
                    candidates.append((start, end, rank, resolved))
        # Leftmost, then longest, then the earlier (more specific) pattern; no overlaps.
        candidates.sort(key=lambda c: (c[0], c[0] - c[1], c[2]))
        found: list[DateValue] = []
        last_end = 0
        for start, end, _, resolved in candidates:
            if start < last_end:
                continue
            last_end = end
            if resolved is not None:
                value, precision, relative = resolved
                found.append(DateValue(value, precision, start, end, text[start:end], relative))
        return found


@cache
def _grammar(lang: str) -> _Grammar:
    return _Grammar(_load_yaml(lang, "dates.yaml"))


def find_dates(text: str, lang: str, published: datetime.date | None = None) -> list[DateValue]:
    """All dates in ``text``, left to right, non-overlapping.

    ``published`` (a ``date`` or ``datetime``) resolves relative expressions; without it they
    are skipped.

    >>> import datetime
    >>> pub = datetime.date(2025, 3, 14)
    >>> [(d.text, d.value) for d in find_dates("Annoncé en janvier dernier, lancé hier.", "fr", pub)]
    [('janvier dernier', '2025-01'), ('hier', '2025-03-13')]
    >>> find_dates("Annoncé en janvier dernier, lancé hier.", "fr")
    []
    >>> find_dates("GPT-4 et Llama 3.1, entre 5 et 10 ans.", "fr", pub)
    []
    >>> [(d.text, d.value, d.xsd_datatype) for d in find_dates("It raised funds in mid-2024.", "en")]
    [('mid-2024', '2024', 'gYear')]
    """
    if isinstance(published, datetime.datetime):
        published = published.date()
    return _grammar(lang).find(text, published)


#: How far into an article its publication stamp may stand (a headline and a stamp line come first)
STAMP_CHARS = 300
_ISO_STAMP = re.compile(rf"(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?![\w-])")


def publication_stamp(text: str, lang: str) -> DateValue | None:
    """The publication date an article's opening stamp gives, when its caller has none: a line of the
    first ``STAMP_CHARS`` characters that opens with a stamp word (``publication_stamps`` in dates.yaml:
    "date 2024-06", "Publié le 14/03/2019 à 10:30", "Published March 3, 2025") followed by an absolute
    date, at day or month precision.

    >>> publication_stamp("Nexalia lève 20 M€\\nPublié le 14/03/2019 à 10:30\\nLa start-up ...", "fr").value
    '2019-03-14'
    >>> publication_stamp(" date 2024-03 La start-up Nexalia a levé 20 M€.", "fr").value
    '2024-03'
    >>> publication_stamp("Kernwerk said in 2024-03 it had raised funds.", "en") is None
    True
    """
    opener = _stamp_opener(lang)
    if opener is None:
        return None
    offset = 0
    for line in text[:STAMP_CHARS].split("\n"):
        found = opener.match(line)
        if found is not None:
            start = found.end()
            iso = _ISO_STAMP.match(line, start)
            if iso is not None:
                value, precision = (iso.group(), "day") if iso["d"] else (iso.group(), "month")
                return DateValue(value, precision, offset + start, offset + iso.end(), iso.group())
            date = next((d for d in find_dates(line[start:], lang) if d.start == 0 and not d.relative), None)
            if date is not None and date.precision in ("day", "month"):
                return DateValue(date.value, date.precision, offset + start, offset + start + date.end, date.text)
        offset += len(line) + 1
    return None


@cache
def _stamp_opener(lang: str) -> re.Pattern[str] | None:
    words = _load_yaml(lang, "dates.yaml").get("publication_stamps") or []
    return re.compile(rf"[^\S\n]*(?:{_alternation(words)})[^\S\n]*:?[^\S\n]*") if words else None


def stamp_reference(stamp: DateValue) -> datetime.date:
    """The day relative dates of an article stamped ``stamp`` resolve against: the stamp's day, or the middle
    of its month (so that "lundi" or "last week" stay in that month; callers keep such dates to the month).

    >>> stamp_reference(DateValue("2024-03", "month"))
    datetime.date(2024, 3, 15)
    """
    if stamp.precision == "day":
        return datetime.date.fromisoformat(stamp.value)
    year, month = map(int, stamp.value.split("-")[:2])
    return datetime.date(year, month, 15)
