"""Monetary amounts in French and English news text.

The grammar is language-independent; every word, symbol, scale and hedge comes from
``knowgraph/data/<lang>/amounts.yaml``. An amount always needs a number (digits, or a number
word followed by a scale) and a currency: "des milliards de dollars", "billions of dollars" and
"Mistral 7B" are not amounts.

>>> [(a.text, a.value, a.currency) for a in find_amounts(
...     "Microsoft a investi 10 milliards de dollars (9,2 milliards d’euros).", "fr")]
[('10 milliards de dollars', Decimal('10000000000'), 'USD'), ('9,2 milliards d’euros', Decimal('9200000000'), 'EUR')]

>>> a = parse_amount("between $400 and $650 million", "en")
>>> a.min_value, a.max_value, a.currency, a.value
(Decimal('400000000'), Decimal('650000000'), 'USD', None)
>>> as_xsd_decimal(parse_amount("about $6.6bn", "en").value)
'6600000000'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cache
from typing import Generic, TypeVar

from knowgraph.nlp.resources import language_data

__all__ = [
    "MAX_AMOUNT",
    "MonetaryAmount",
    "as_xsd_decimal",
    "find_amounts",
    "find_elliptic_amounts",
    "is_plausible",
    "parse_amount",
]

#: The largest amount knowgraph asserts: 10^15, about ten times the world's yearly output in any
#: currency. A larger figure in a text is a typo, a joke or a hostile input, and beyond about
#: 1.7 x 10^20 the two SHACL engines no longer agree on it (pyshacl-turbo compares xsd:decimal as
#: Oxigraph does, a 128-bit fixed point with 18 decimals; pySHACL uses Python's Decimal).
#: ontologies/shapes.ttl bounds schema:value with the same figure.
MAX_AMOUNT = Decimal(10) ** 15

#: The finest fraction knowgraph asserts: 18 decimals, what Oxigraph's xsd:decimal holds exactly.
MAX_FRACTION_DIGITS = 18

_T = TypeVar("_T")

#: Horizontal white space: an amount never spans a line break.
_WS = r"[^\S\r\n]"
_WS_RUN = re.compile(_WS + "*")
_DIGIT_NEXT = re.compile(_WS + r"*\d")
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_HYPHEN = re.compile("[-\u2010\u2011]")
#: a scale written out ("million", "milliard"), the only kind a hyphen may join to its number
_SCALE_WORD = re.compile(r"[^\W\d_]{5,}")


@dataclass(frozen=True)
class MonetaryAmount:
    """An amount of money found in a text.

    Either ``value`` (an exact amount) is set, or a range: ``min_value`` and ``max_value``
    ("entre 300 et 450 millions d'euros"), or one of them for a range open on one side ("more
    than $400 million" has a minimum only, "up to $100 billion" a maximum only).
    ``text[start:end]`` of the analysed text is ``text``: the whole expression, hedge and range
    words included ("près de 2 milliards d'euros").
    """

    currency: str
    value: Decimal | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    start: int = 0
    end: int = 0
    text: str = ""
    approximate: bool = False

    @property
    def is_range(self) -> bool:
        """True for "between X and Y" amounts and those open on one side ("more than X", "up to X")."""
        return self.value is None


def as_xsd_decimal(d: Decimal) -> str:
    """Canonical ``xsd:decimal`` lexical form: no exponent, no useless zeros.

    >>> as_xsd_decimal(Decimal("1.375E+10")), as_xsd_decimal(Decimal("0.50"))
    ('13750000000', '0.5')
    >>> as_xsd_decimal(Decimal("-0")), as_xsd_decimal(Decimal("12.000"))
    ('0', '12')
    """
    if not d.is_finite():
        raise ValueError(f"not a finite decimal: {d!r}")
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, len(d.as_tuple().digits) + 40)
        if d == d.to_integral_value():
            text = format(d.quantize(Decimal(1)), "f")
        else:
            text = format(d.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def is_plausible(d: Decimal) -> bool:
    """True for an amount knowgraph asserts: finite, zero to :data:`MAX_AMOUNT`, at most 18 decimals.

    >>> is_plausible(Decimal("6.6E+9")), is_plausible(Decimal("1E+21")), is_plausible(Decimal("1E-19"))
    (True, False, False)
    """
    return d.is_finite() and 0 <= d <= MAX_AMOUNT and -d.normalize().as_tuple().exponent <= MAX_FRACTION_DIGITS


def _normalise(d: Decimal) -> Decimal:
    """An integral Decimal without exponent when ``d`` is whole, else ``d`` without trailing zeros."""
    return Decimal(as_xsd_decimal(d))


# --------------------------------------------------------------------------- data loading


def _load_yaml(lang: str, name: str) -> dict:
    """``knowgraph/data/<lang>/<name>.yaml``; ``lang`` may be a tag such as "en-GB" or "fr_CA".

    Raises :class:`knowgraph.nlp.resources.UnsupportedLanguage` (a ``ValueError``) for other languages.
    """
    base = lang.replace("_", "-").split("-")[0].lower()
    return language_data(base, name.removesuffix(".yaml")) or {}


#: Regex pieces for the characters of data phrases that stand for a family of characters.
_CHAR_PIECES = {" ": _WS + "+", "'": "['\u2019]", "-": "[-\u2010\u2011]"}
_CHAR_VARIANTS = {"'": "'\u2019", "-": "-\u2010\u2011"}


def _key(text: str) -> str:
    """Normalised form of a phrase (or of a matched string), for dictionary look-up."""
    text = re.sub(r"\s+", " ", text).replace("\u2019", "'")
    return text.replace("\u2010", "-").replace("\u2011", "-")


def _phrase(phrase: str) -> str:
    """Regex for one data phrase: spaces match white space, ' matches ’, - matches typographic hyphens.

    A phrase that starts (ends) with a letter must not be glued to another letter on that side.

    >>> bool(re.fullmatch(_phrase("l'an dernier"), "l’an  dernier"))
    True
    """
    return _phrases_pattern([phrase], fold=False)


def _phrases_pattern(phrases: Iterable[str], *, fold: bool) -> str:
    """One regex for a set of data phrases, longest match first, compiled as a prefix trie.

    A trie with a first-character look-ahead is much faster than a plain ``a|b|c`` alternation
    of a hundred phrases, which Python's ``re`` tries one by one at every position.

    >>> regex = re.compile(_phrases_pattern(["mil", "mille", "million"], fold=True))
    >>> [regex.match(w).group() for w in ("Million", "mille", "mil.")], regex.match("milles")
    (['Million', 'mille', 'mil'], None)
    """
    end = ""  # trie key marking the end of a phrase
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in _key(phrase.lower() if fold else phrase):
            node = node.setdefault(ch, {})
        node[end] = True
    if not trie:
        return "(?!)"

    def emit(node: dict, previous: str) -> str:
        branches = [_CHAR_PIECES.get(ch, re.escape(ch)) + emit(node[ch], ch) for ch in sorted(node) if ch != end]
        if end in node:  # after the longer continuations: longest match first
            branches.append(_LETTER_AFTER if previous.isalpha() else "")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    first = "".join(re.escape(v) for ch in sorted(trie) for v in _CHAR_VARIANTS.get(ch, ch))
    roots = [
        (_LETTER_BEFORE if ch.isalpha() else "") + _CHAR_PIECES.get(ch, re.escape(ch)) + emit(trie[ch], ch)
        for ch in sorted(trie)
    ]
    pattern = f"(?=[{first}])(?:{'|'.join(roots)})"
    return f"(?i:{pattern})" if fold else pattern


def _foldable(entry: str) -> bool:
    """Words (not symbols, codes or short abbreviations) are matched case-insensitively."""
    return len(entry) > 3 and re.fullmatch(r"[^\W\d_](?:[^\W\d_]|[ .'\u2019-])*", entry) is not None


class _Lexicon(Generic[_T]):
    """A set of phrases mapped to values, matched longest first at a given position."""

    def __init__(self, entries: Mapping[str, _T], *, fold: bool | None = None):
        self._values: dict[str, _T] = {}
        folded: list[str] = []
        exact: list[str] = []
        for entry, value in entries.items():
            insensitive = _foldable(entry) if fold is None else fold
            (folded if insensitive else exact).append(entry)
            self._values[_key(entry)] = value
            if insensitive:
                self._values.setdefault(_key(entry).lower(), value)
        groups = [_phrases_pattern(folded, fold=True)] if folded else []
        groups += [_phrases_pattern(exact, fold=False)] if exact else []
        self.pattern = "(?:" + "|".join(groups) + ")" if groups else "(?!)"
        self._regex = re.compile(self.pattern)
        #: the characters a match can start with, in one case or the other (a match starts with the first
        #: character of an entry, or a variant of it: the look-ahead of :func:`_phrases_pattern`)
        self.first_chars: frozenset[str] = frozenset(
            variant for entry in (*folded, *exact) for variant in _CHAR_VARIANTS.get(_key(entry)[:1], _key(entry)[:1])
        )

    def match(self, text: str, pos: int) -> tuple[int, _T] | None:
        """``(end, value)`` of the longest entry starting exactly at ``pos``, or None."""
        m = self._regex.match(text, pos)
        return None if m is None else (m.end(), self.lookup(m.group()))

    def occurs_in(self, text: str) -> bool:
        """Whether an entry occurs anywhere in ``text`` (where :attr:`pattern` matches, in any larger regex)."""
        return self._regex.search(text) is not None

    def lookup(self, matched: str) -> _T:
        """The value of a string matched by :attr:`pattern`."""
        key = _key(matched)
        value = self._values.get(key, self._values.get(key.lower()))
        if value is None:
            raise KeyError(matched)
        return value


# --------------------------------------------------------------------------- grammar


@dataclass(frozen=True)
class _Side:
    """One bound of an amount: number, optional scale exponent, optional currency."""

    start: int
    end: int
    number: Decimal
    exponent: int | None
    currency: str | None
    prefix_currency: bool


def _skip_ws(text: str, pos: int) -> int:
    return _WS_RUN.match(text, pos).end()  # type: ignore[union-attr]


def _separator_class(chars: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(c) for c in chars) + ")"


class _Grammar:
    """The compiled amount grammar for one language."""

    def __init__(self, data: dict):
        thousands = _separator_class(data["thousands_separators"])
        decimal = _separator_class(data["decimal_separators"])
        self.number = re.compile(
            rf"(?<![^\W_])(?<!\d[.,])"
            rf"(?P<int>\d{{1,3}}(?:{thousands}\d{{3}})+(?!\d)|\d+)(?:{decimal}(?P<frac>\d+))?"
        )
        self.number_words: _Lexicon[int] = _Lexicon(data.get("number_words") or {}, fold=True)
        self.scales: _Lexicon[int] = _Lexicon(data.get("scales") or {})
        self.symbol_scales: _Lexicon[int] = _Lexicon(data.get("symbol_scales") or {})
        self.symbols: _Lexicon[str] = _Lexicon(data.get("currency_symbols") or {})
        self.words: _Lexicon[str] = _Lexicon(data.get("currency_words") or {})
        self.connectors: _Lexicon[bool] = _Lexicon({c: True for c in data.get("connectors") or []}, fold=True)
        self.hedges: _Lexicon[bool] = _Lexicon({h: True for h in data.get("hedges") or []}, fold=True)
        # "more than $400 million", "jusqu'à 2 milliards": a hedge that bounds the amount on one side
        self.bounds: dict[str, str] = {
            _key(h).lower(): side
            for side, key in (("min", "lower_bounds"), ("max", "upper_bounds"))
            for h in data.get(key) or []
        }
        openers = sorted(data.get("range_openers") or [], key=lambda o: len(o["opener"]), reverse=True)
        self.openers: list[tuple[_Lexicon[bool], _Lexicon[bool]]] = [
            (_Lexicon({o["opener"]: True}, fold=True), _Lexicon({o["separator"]: True}, fold=True)) for o in openers
        ]
        self.bare_separators: _Lexicon[bool] = _Lexicon(
            {s: True for s in data.get("range_separators") or []}, fold=True
        )
        self.anchor = re.compile(
            "|".join(
                [
                    self.hedges.pattern,
                    *(opener.pattern for opener, _ in self.openers),
                    self.symbols.pattern,
                    self.number_words.pattern,
                    r"(?<![^\W_])(?<!\d[.,])\d",
                ]
            )
        )
        # Where an anchor can start: a digit, or the first character of a phrase of the lexicons above (one
        # that is a letter only where no letter precedes, as their phrases start). ``anchor.search`` tries
        # each alternative at every character; the characters of this class are far fewer to try.
        firsts = set().union(*(x.first_chars for x in (self.hedges, *(o for o, _ in self.openers))))
        firsts |= self.symbols.first_chars | self.number_words.first_chars
        letters = "".join(re.escape(c) for c in sorted(c for c in firsts if c.isalpha()))
        others = "".join(re.escape(c) for c in sorted(c for c in firsts if not c.isalpha()))
        self._anchor_starts = re.compile(
            "|".join([*([_LETTER_BEFORE + f"[{letters}]"] if letters else []), f"[{others}\\d]"]), re.IGNORECASE
        )

    def next_anchor(self, text: str, pos: int) -> int | None:
        """Where the first match of :attr:`anchor` at or after ``pos`` starts (``anchor.search(text, pos).start()``),
        or None."""
        starts, anchored = self._anchor_starts.search, self.anchor.match
        while True:
            found = starts(text, pos)
            if found is None:
                return None
            pos = found.start()
            if anchored(text, pos) is not None:
                return pos
            pos += 1

    # -- pieces

    def _number(self, text: str, pos: int) -> tuple[int, Decimal] | None:
        m = self.number.match(text, pos)
        if m is None:
            return None
        digits = re.sub(r"\D", "", m.group("int"))
        frac = m.group("frac")
        return m.end(), Decimal(f"{digits}.{frac}" if frac else digits)

    def _scale_after(self, text: str, pos: int) -> tuple[int, int] | None:
        """The scale word after a number: "400 million", or joined by a hyphen in a compound
        adjective ("a $235-million round"; a scale word, not a letter: "10-K" is a form)."""
        found = self.scales.match(text, _skip_ws(text, pos))
        if found is None and _HYPHEN.match(text, pos):
            found = self.scales.match(text, pos + 1)
            if found is not None and not _SCALE_WORD.fullmatch(text[pos + 1 : found[0]]):
                found = None
        return found

    def _suffix_currency(self, text: str, pos: int) -> tuple[int, str, bool] | None:
        """Currency after the number: ``(end, code, is_symbol)``."""
        if _HYPHEN.match(text, pos):  # "a 235-million-dollar round"
            found = self.words.match(text, pos + 1)
            if found:
                return found[0], found[1], False
        p = _skip_ws(text, pos)
        found = self.symbols.match(text, p)
        if found:
            return found[0], found[1], True
        connector = self.connectors.match(text, p)
        if connector:
            after = _skip_ws(text, connector[0])
            found = self.words.match(text, after)
            if found:
                return found[0], found[1], False
            found = self.symbols.match(text, after)  # "2 milliards de $US", not "de $5 millions"
            if found and not _DIGIT_NEXT.match(text, found[0]):
                return found[0], found[1], True
        found = self.words.match(text, p)
        if found:
            return found[0], found[1], False
        return None

    def side(self, text: str, pos: int, *, need_currency: bool) -> _Side | None:
        """One bound starting exactly at ``pos``."""
        prefix = self.symbols.match(text, pos)
        if prefix:
            p = prefix[0]
            if p < len(text) and text[p] in " \u00a0\u202f":
                p += 1
            number = self._number(text, p)
            if number is None:
                return None
            end, value = number
            exponent = None
            scale = self._scale_after(text, end) or self.symbol_scales.match(text, end)
            if scale:
                end, exponent = scale
            return _Side(pos, end, value, exponent, prefix[1], True)

        number = self._number(text, pos)
        is_word = False
        if number is None:
            word = self.number_words.match(text, pos)
            if word is None:
                return None
            number, is_word = (word[0], Decimal(word[1])), True
        end, value = number
        exponent = None
        scale = self._scale_after(text, end)
        symbol_scale = None if scale else self.symbol_scales.match(text, _skip_ws(text, end))
        if is_word and scale is None:
            return None
        currency_from = (scale or symbol_scale or (end, None))[0]
        currency = self._suffix_currency(text, currency_from)
        if symbol_scale and not (currency and currency[2]):
            symbol_scale = None
            currency = self._suffix_currency(text, end)
        if scale:
            end, exponent = scale
        elif symbol_scale:
            end, exponent = symbol_scale
        if currency:
            return _Side(pos, currency[0], value, exponent, currency[1], False)
        if need_currency:
            return None
        return _Side(pos, end, value, exponent, None, False)

    def _range(
        self, text: str, pos: int, separators: _Lexicon[bool], *, opened: bool
    ) -> tuple[_Side, _Side, Decimal, Decimal, str] | None:
        """Low bound, separator, high bound. ``opened``: after "entre", "between"…"""
        low = self.side(text, pos, need_currency=False)
        if low is None:
            return None
        separator = separators.match(text, _skip_ws(text, low.end))
        if separator is None:
            return None
        high = self.side(text, _skip_ws(text, separator[0]), need_currency=False)
        if high is None or (high.currency is None and high.exponent is None):
            return None
        if low.currency and high.currency and low.currency != high.currency:
            return None
        if low.currency and not high.currency and not low.prefix_currency:
            # "100 millions d'euros à 2 milliards de valorisation" is not a range
            return None
        currency = high.currency or low.currency
        if currency is None:
            return None
        low_exponent = low.exponent
        if low_exponent is None and high.exponent is not None:
            if low.number <= high.number:
                low_exponent = high.exponent  # "entre 400 et 650 millions", "$400-650 million"
            elif not opened and low.currency is None:
                return None  # "en 2024 - 300 millions d'euros"; but "entre 500 000 et 2 millions"
        low_value = low.number.scaleb(low_exponent or 0)
        high_value = high.number.scaleb(high.exponent or 0)
        if low_value > high_value:
            return None
        return low, high, low_value, high_value, currency

    def match_at(self, text: str, pos: int) -> MonetaryAmount | None:
        """The amount expression starting exactly at ``pos``, if any."""
        p = pos
        hedge = self.hedges.match(text, pos)
        if hedge:
            p = _skip_ws(text, hedge[0])
        approximate = hedge is not None

        attempts: list[tuple[int, _Lexicon[bool], bool]] = []
        for opener, separator in self.openers:
            found = opener.match(text, p)
            if found:
                attempts.append((_skip_ws(text, found[0]), separator, True))
        attempts.append((p, self.bare_separators, False))
        for start, separators, opened in attempts:
            found_range = self._range(text, start, separators, opened=opened)
            if found_range:
                _, high, low_value, high_value, currency = found_range
                return MonetaryAmount(
                    currency=currency,
                    min_value=_normalise(low_value),
                    max_value=_normalise(high_value),
                    start=pos,
                    end=high.end,
                    text=text[pos : high.end],
                    approximate=approximate,
                )

        single = self.side(text, p, need_currency=True)
        if single is None or single.currency is None:
            return None
        value = _normalise(single.number.scaleb(single.exponent or 0))
        bound = self.bounds.get(_key(text[pos : hedge[0]]).lower()) if hedge else None
        return MonetaryAmount(
            currency=single.currency,
            value=None if bound else value,
            min_value=value if bound == "min" else None,
            max_value=value if bound == "max" else None,
            start=pos,
            end=single.end,
            text=text[pos : single.end],
            approximate=approximate,
        )


@cache
def _grammar(lang: str) -> _Grammar:
    return _Grammar(_load_yaml(lang, "amounts.yaml"))


# --------------------------------------------------------------------------- public API


def find_amounts(text: str, lang: str) -> list[MonetaryAmount]:
    """All monetary amounts in ``text``, left to right, non-overlapping.

    ``lang`` is "fr" or "en" (any language with a ``knowgraph/data/<lang>/amounts.yaml``).

    >>> [(a.text, a.value) for a in find_amounts("Mistral lève 600 M€ ; OpenAI, 6,6 Md$.", "fr")]
    [('600 M€', Decimal('600000000')), ('6,6 Md$', Decimal('6600000000'))]
    >>> find_amounts("Des milliards de dollars sont en jeu pour GPT-4.5.", "fr")
    []
    >>> find_amounts("pour 1 000 000 000 000 000 millions d'euros", "fr")  # above MAX_AMOUNT: not asserted
    []
    >>> r = find_amounts("une levée de 400 à 650 millions d'euros", "fr")[0]
    >>> r.min_value, r.max_value, r.currency
    (Decimal('400000000'), Decimal('650000000'), 'EUR')
    """
    grammar = _grammar(lang)
    if not (grammar.symbols.occurs_in(text) or grammar.words.occurs_in(text)):
        return []  # every amount has its currency, a symbol or a word: a text without one has no amount
    found: list[MonetaryAmount] = []
    pos = 0
    while pos < len(text):
        anchor = grammar.next_anchor(text, pos)
        if anchor is None:
            break
        amount = grammar.match_at(text, anchor)
        if amount is None:
            pos = anchor + 1
        else:
            # An implausible figure is read (so that no smaller amount is found inside it) but
            # not asserted: it would cost the article its validation, and the engines disagree on it.
            if all(is_plausible(v) for v in (amount.value, amount.min_value, amount.max_value) if v is not None):
                found.append(amount)
            pos = amount.end
    return found


def parse_amount(text: str, lang: str) -> MonetaryAmount | None:
    """Parse one amount expression; the first amount in ``text``, or None.

    >>> parse_amount("un milliard de dollars", "fr").value
    Decimal('1000000000')
    >>> parse_amount("près de 2 millions de livres sterling", "fr").approximate
    True
    >>> parse_amount("billions of dollars", "en") is None
    True
    """
    amounts = find_amounts(text, lang)
    return amounts[0] if amounts else None


#: after a bare "40 millions": a complement or a noun that says what is counted ("de paramètres", "of users",
#: "users"), so no money; only these words may follow an elliptic amount
_COUNTED = re.compile(_WS + r"*(?:(?:de|d['\u2019]|des|of)" + _WS + r"*[^\W\d_]|(?P<word>[^\W\d_]{2,}))", re.IGNORECASE)
_ELLIPSIS_FOLLOWERS = frozenset(
    "en au aux à lors pour et ou par dans avec auprès fin début in at for and or from last with by this that".split()
)


def find_elliptic_amounts(text: str, lang: str, found: list[MonetaryAmount]) -> list[MonetaryAmount]:
    """Amounts whose currency the text leaves to an amount before them: "260 millions d'euros ... après un premier
    tour de 40 millions en mars" (40 million euros). Only a number with a scale word, after an amount with a
    currency, and followed by no complement of what is counted ("40 millions de paramètres").

    >>> t = "X a levé 260 millions d'euros après un tour de 40 millions en mars."
    >>> [(a.text, a.value, a.currency) for a in find_elliptic_amounts(t, "fr", find_amounts(t, "fr"))]
    [('40 millions', Decimal('40000000'), 'EUR')]
    >>> t = "X a levé 260 millions d'euros pour un modèle de 40 millions de paramètres."
    >>> find_elliptic_amounts(t, "fr", find_amounts(t, "fr"))
    []
    """
    if not found:
        return []
    grammar = _grammar(lang)
    taken = [(a.start, a.end) for a in found]
    out: list[MonetaryAmount] = []
    for m in grammar.number.finditer(text, found[0].end):
        if any(s <= m.start() < e for s, e in taken):
            continue
        side = grammar.side(text, m.start(), need_currency=False)
        if side is None or side.exponent is None or side.currency is not None:
            continue
        counted = _COUNTED.match(text, side.end)
        if counted and (not counted["word"] or counted["word"].lower() not in _ELLIPSIS_FOLLOWERS):
            continue
        before = [a for a in found if a.end <= m.start()]
        if not before:
            continue
        value = _normalise(side.number.scaleb(side.exponent))
        if is_plausible(value):
            out.append(
                MonetaryAmount(
                    before[-1].currency, value, start=m.start(), end=side.end, text=text[m.start() : side.end]
                )
            )
    return out
