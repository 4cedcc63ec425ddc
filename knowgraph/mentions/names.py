"""The shapes the mention finder reads at a token: a descriptor noun, a quoted or capitalised name.

:class:`NameReader` is shared by the finder's steps. While the finder reads a doc
(:meth:`NameReader.reading`) it keeps that doc's token columns, which the steps scan instead of
making a spaCy ``Token`` at every index::

    reader = NameReader(MentionWords("fr"))
    with reader.reading(doc):
        reader.descriptor_at(doc, 1)   # ({'type': 'Organization', ...}, 2) at "la startup Nexalia"
        reader.name_at(doc, 2, "Organization")  # (2, 3): "Nexalia"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from spacy.tokens import Doc, Token

from knowgraph.mentions.entities import Candidate
from knowgraph.mentions.lexicon import MentionWords
from knowgraph.nlp.doccache import token_columns
from knowgraph.nlp.resources import language_data

QUOTES = {'"', "«", "»", "“", "”", "'"}
# quotes that only close a quotation: a name never starts after one
CLOSING_QUOTES = {"»", "”"}
# a quoted name ("« Le Chat »", "“Think Deeper”") holds no clause punctuation; a quotation does
NOT_IN_QUOTED_NAMES = {",", ";", "!", "?"}
# "NVDA.O", "BABA.N", "0700.HK": a stock ticker with its exchange's suffix, as news agencies print it after a
# company's name; it names no entity of its own and is no part of the name
_TICKER = re.compile(r"^[A-Z0-9]{2,6}\.[A-Z]{1,2}$")
# "A", "B+", "C2": the letter of a funding round's series after "Series", "série"
_SERIES_LETTER = re.compile(r"^[A-Z]\+?\d?\.?$")  # "Series A." at the end of a sentence: one token for the tokenizer
# a function word alone ("The", "This", "Cette", "After") names nothing, wherever a capital puts it
_FUNCTION_POS = {"DET", "PRON", "ADP", "SCONJ", "CCONJ"}


def is_ticker(text: str) -> bool:
    """Is ``text`` a stock ticker with its exchange ("NVDA.O", "GOOGL.O", "BABA.N")?

    >>> is_ticker("NVDA.O"), is_ticker("Character.AI")
    (True, False)
    """
    return "." in text and bool(_TICKER.match(text))  # most words have no dot: no regex for them


def names_nothing(doc: Doc, start: int, end: int, nationalities: dict | set, series_words: set[str]) -> bool:
    """Is ``doc[start:end]`` a capitalised word that names no entity, whatever the NER or a slot says:
    a nationality adjective ("by Chinese search giant X", "Israeli startup X"), a function word
    alone ("The", "This"), the letter of a funding series ("Series A", "série B+")?

    >>> names_nothing(nlp("Chinese retailer Valmora won."), 0, 1, {"chinese": "china"}, set())  # doctest: +SKIP
    True
    """
    text = doc[start:end].text
    # a word with a period inside is no function word the tagger took it for ("Character.ai a levé": PRON)
    function_word = doc[start].pos_ in _FUNCTION_POS and "." not in text[:-1]
    if end - start == 1 and (text.casefold() in nationalities or function_word):
        return True
    return bool(_SERIES_LETTER.match(text.replace(" ", ""))) and start > 0 and doc[start - 1].lower_ in series_words


def common_word(doc: Doc, i: int) -> bool:
    """Is the capitalised sentence opener ``doc[i]`` a common word, which the article writes in lower
    case inside a sentence and never capitalised there ("Humanoid robots have..." after "humanoid")?"""
    columns = token_columns(doc)
    inside = [j for j in columns.lower_occurrences(columns.lower[i]) if j != i and not doc[j].is_sent_start]
    return bool(inside) and all(columns.text[j].islower() for j in inside)


#: the prepositions before a place's name, after which a name that is also a person's is the place's
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "across", "throughout", "à", "au", "aux", "en", "dans"}
)


def person_not_place(token: Token) -> bool:
    """Is the one-word place name ``token`` a person's name here: the NER reads a person's name from it and no
    place preposition comes before it ("Jordan Reyes joined", "Chad said"; not "based in Jordan")?"""
    if token.ent_type_ != "PERSON":
        return False
    return token.i == 0 or token.doc[token.i - 1].lower_ not in _PLACE_PREPOSITIONS


def named_inside(doc: Doc, i: int) -> bool:
    """Is the sentence opener ``doc[i]`` written the same way, capitalised, inside a sentence elsewhere?"""
    columns = token_columns(doc)
    return any(j != i and not doc[j].is_sent_start for j in columns.occurrences(columns.text[i]))


def spaced_dash(doc: Doc, i: int) -> bool:
    """Is ``doc[i]`` a dash set off by spaces and followed by a lower-case word ("Mara Lenz - two former
    engineers"), which no name holds (unlike "Jean-Pierre")?"""
    return doc[i].text in ("-", "–", "—") and bool(doc[i - 1].whitespace_) and doc[i + 1].is_lower


def after_possessor(doc: Doc, k: int) -> int | None:
    """The token after the English clitic of a capitalised name of one to three words at ``k`` ("Kernwerk's" in
    "Orbi, Kernwerk's chatbot"), else ``None``."""
    m = k
    while m < len(doc) and m - k < 3 and doc[m].text[:1].isupper() and doc[m].is_alpha:
        m += 1
    return m + 1 if k < m < len(doc) - 1 and doc[m].lower_ in ("'s", "’s") else None


def title_before_person(doc: Doc, end: int, edge_words: set[str], person_roles: set[str]) -> bool:
    """Is a would-be name that ends before ``doc[end]`` a person's title (one of its first and last words,
    lower-cased: ``edge_words``, is a role) right before a person's name ("Chief Research Officer Dana Okoye")?

    >>> title_before_person(nlp("VP Research Dana Okoye left."), 2, {"vp", "research"}, {"vp"})  # doctest: +SKIP
    True
    """
    return bool(edge_words & person_roles) and end < len(doc) and doc[end].ent_type_ in ("PER", "PERSON")


def headline_verb(token: Token) -> bool:
    """Is ``token`` the capitalised verb of a headline in Title Case ("Unit Gains Key Team"): a
    capitalised third-person present verb after a capitalised word, inside its sentence? Names do not run over
    it, and the capitalised words around it are not names for that alone.

    >>> headline_verb(nlp("Kernwerk's Chip Unit Gains Key Team")[4])  # doctest: +SKIP
    True
    """
    i = token.i
    return (
        token.tag_ == "VBZ"
        and token.text[:1].isupper()  # prose writes its verbs in lower case ("Kernwerk says")
        and not token.is_sent_start
        and i > 0
        and token.doc[i - 1].text[:1].isupper()
    )


def participle_opener(token: Token) -> bool:
    """Is ``token``, the first word of its sentence, a past participle that opens a fronted clause ("Cofondée en
    2019 par A et B, X ...", "Installée à Lyon, X ..."): capitalised, with a participle's ending, before one of
    the prepositions a fronted participle is followed by (``participle_openers`` in lexicon.yaml), and never
    written capitalised inside a sentence? The tagger may read such a word as a proper noun and the NER as a
    name."""
    if not token.is_sent_start or token.i + 1 >= len(token.doc):
        return False
    doc, (endings, followers) = token.doc, _participle_openers(token.doc.lang_)
    if not (token.lower_.endswith(endings) and doc[token.i + 1].lower_ in followers):
        return False
    # a name the article also writes inside a sentence ("Sané recrute. Selon Sané, ...") is a name
    return all(doc[j].is_sent_start for j in token_columns(doc).occurrences(token.text))


@cache
def _participle_openers(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    data = language_data(lang, "lexicon").get("participle_openers") or {}
    return tuple(data.get("endings", ())), frozenset(data.get("followers", ()))


def title_case_line(token: Token) -> bool:
    """Is the sentence of ``token`` a headline in Title Case ("Kernwerk Rachète la Pépite Lyonnaise Brintel"):
    four words or more after its first, three in four of them capitalised, one of them a small word
    or a verb or an adjective that prose writes in lower case? Its capitalised words are no names for
    that alone.

    >>> title_case_line(nlp("Kernwerk Parie Sur la Robotique Industrielle")[3])  # doctest: +SKIP
    True
    """
    sent = token.sent
    words = [t for t in sent[1:] if t.is_alpha and (len(t) >= 3 or t.is_stop)]
    if len(words) < 4:
        return False
    content = [t for t in words if not t.is_stop]
    capitalised = [t for t in content if t.text[:1].isupper() and not t.is_upper]
    if len(content) < 3 or 4 * len(capitalised) < 3 * len(content):
        return False
    return any(t.text[:1].isupper() and t.is_stop for t in words) or any(
        t.pos_ in ("VERB", "ADJ", "ADV") for t in capitalised
    )


def columns_of(doc: Doc) -> tuple:
    """(doc, lower_, lemma_.lower(), text, text_with_ws, pos_ of every token, the TokenColumns): spaCy builds
    these strings at every access, and descriptor_at reads them at every token."""
    columns = token_columns(doc)  # shared with the relations component's Resolver
    return (doc, columns.lower, columns.lemma, columns.text, columns.text_with_ws, columns.pos, columns)


def joined_colon_end(doc: Doc, end: int) -> int:
    """The end of a name written with a colon inside it and no space ("Run:ai"): the tokenizer cuts it
    after its first word, and the NER keeps only that word; ``end`` itself when no such colon follows.

    >>> joined_colon_end(nlp("Nvidia bought Run:ai."), 3)  # doctest: +SKIP
    5
    """
    if (
        end + 1 < len(doc)
        and doc[end].text == ":"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and not doc[end + 1].text.isupper()  # "NASDAQ:NVDA" is an exchange and a ticker
        and not doc[end + 1].is_sent_start
    ):
        return end + 2
    return end


class NameReader:
    """Descriptor nouns and proper names at a token of a doc (see the module docstring)."""

    def __init__(self, words: MentionWords):
        self.descriptors = words.descriptors
        self._descriptor_prefixes = words.descriptor_prefixes
        self._columns: tuple | None = None  # columns_of(the doc being read)

    @contextmanager
    def reading(self, doc: Doc) -> Iterator[None]:
        """Within the block, :meth:`columns` of ``doc`` are built once."""
        self._columns = columns_of(doc)
        try:
            yield
        finally:
            self._columns = None

    def columns(self, doc: Doc) -> tuple:
        """columns_of(doc): those of the doc being read, else built."""
        columns = self._columns
        return columns if columns is not None and columns[0] is doc else columns_of(doc)

    def descriptor_at(self, doc: Doc, i: int) -> tuple[dict, int] | None:
        """The descriptor noun starting at token ``i`` ("startup", "start-up", "jeune pousse",
        "moteur de recherche"), and the token index after it."""
        _doc, lowers, lemmas, texts, texts_ws, pos, _columns = self.columns(doc)
        prefixes = self._descriptor_prefixes
        multiword = lowers[i] in prefixes or lemmas[i] in prefixes
        for n in (3, 2):
            if multiword and i + n <= len(lowers):
                last = i + n - 1  # the window doc[i : i + n], its text as Span.text gives it
                for form in (
                    ("".join(texts_ws[i:last]) + texts[last]).lower(),
                    " ".join(lowers[i : i + n]),
                    " ".join([lemmas[i]] + lowers[i + 1 : i + n]),
                ):
                    if form in self.descriptors:
                        return self.descriptors[form], i + n
        if pos[i] in ("NOUN", "PROPN", "ADJ", "X", "VERB"):
            for form in (lowers[i], lemmas[i]):
                if form in self.descriptors:
                    return self.descriptors[form], i + 1
        return None

    def name_at(self, doc: Doc, j: int, etype: str) -> tuple[int, int] | None:
        """A proper name starting at token ``j``: a quoted string or a run of capitalised tokens."""
        if j >= len(doc):
            return None
        if doc[j].text in QUOTES:
            if doc[j].text in CLOSING_QUOTES:
                return None  # "... un programme de startups», observe X": the end of a quotation opens no name
            k = j + 1
            while k < len(doc) and k - j < 8 and doc[k].text not in QUOTES:
                k += 1
            if k < len(doc) and k > j + 1 and not any(doc[m].text in NOT_IN_QUOTED_NAMES for m in range(j + 1, k)):
                return (j + 1, k)
            return None
        k = j
        while k < len(doc) and (
            self.is_name_token(doc[k], etype, first=k == j)
            or (
                # "High-Flyer": a hyphen between two capitalised words is part of the name
                k > j
                and doc[k].text == "-"
                and not doc[k - 1].whitespace_
                and not doc[k].whitespace_
                and k + 1 < len(doc)
                and doc[k + 1].text[:1].isupper()
                and doc[k + 1].is_alpha
            )
        ):
            k += 1
        # a trailing hyphen or dot is punctuation, not part of the name
        while k > j and doc[k - 1].text in {"-", ".", "'"}:
            k -= 1
        if k > j:
            k = joined_colon_end(doc, k)
        return (j, k) if k > j else None

    @staticmethod
    def is_name_token(token: Token, etype: str, first: bool) -> bool:
        """Can ``token`` be part of a name of type ``etype`` (``first``: as its first word)?"""
        text = token.text
        if token.is_punct and text not in {"-", ".", "&"} or is_ticker(text):
            return False
        if token.is_space or (token.is_sent_start and not first):
            return False
        if text[:1].isupper() or (text[:1].isdigit() and not first):
            return True
        # model names such as o1, o3-mini, gpt-4o
        if etype == "AIModel" and any(c.isdigit() for c in text) and text[:1].isalpha():
            return True
        return False


def sentence_end_inside(doc: Doc, k: int) -> bool:
    """Does a sentence end the splitter missed come before ``doc[k]``: a word ending with a period, then a
    capitalised function word ("on X. She joined", "rejoint H. Toujours")? Not an initial before a surname.

    >>> sentence_end_inside(nlp("She left for X. She joined Kernwerk."), 4)  # doctest: +SKIP
    True
    """
    return k > 0 and doc[k - 1].text.endswith(".") and doc[k].is_stop and doc[k].text[:1].isupper()


def cut_at_sentence_ends(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The NER's names cut where an undetected sentence end runs them over: a word ending with a period, then
    a capitalised function word ("on X. She joined", "rejoint H. Toujours", "43 Md$. Parmi ses"). The part
    before is kept, untyped (the glued span's label says nothing of it); an initial before a surname ("J.
    Smith") is left whole, a surname being no function word.

    >>> [doc[c.start : c.end].text for c in cut_at_sentence_ends(doc, candidates)]  # doctest: +SKIP
    ['X.']
    """
    out = []
    for c in candidates:
        cut = None
        if c.priority == 2 and c.end - c.start >= 2:
            cut = next(
                (k for k in range(c.start + 1, c.end) if sentence_end_inside(doc, k)),
                None,
            )
        if cut is None:
            out.append(c)
        else:
            out.append(Candidate(c.start, cut, 2, None))
    return out


def premodifies(token: Token) -> bool:
    """Does ``token`` (the last word of a name) qualify a common noun after it ("Maoist" in "Maoist terrorist
    group")?"""
    head = token.head
    return token.dep_ in ("compound", "nmod", "amod") and head.i > token.i and head.pos_ == "NOUN" and head.is_lower
