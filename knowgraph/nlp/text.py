"""Text clean-up that keeps every character offset into the original article.

News text arrives with typographic apostrophes, non-breaking spaces and sentences glued together
by a missing space ("générative.Il"). spaCy's models were trained on cleaner text, so knowgraph
normalises the text *character for character* (the cleaned text has exactly the length of the
original) and teaches the tokenizer to split glued sentences. Offsets in the ``Doc`` are therefore
offsets in the original article, and ``doc._.kg_source_text`` keeps the original characters for
evidence quotes.

>>> from knowgraph.nlp.text import normalize
>>> normalize("l’IA\u00a0générative")
"l'IA générative"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from knowgraph.nlp.doccache import doc_text

#: Same-length substitutions: one character in, one character out.
CHARACTER_MAP = {
    "\u2019": "'",  # right single quotation mark, the usual French apostrophe
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "\u00a0": " ",  # no-break space (French typography before « » : ; ! ?)
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u2007": " ",
    "\u200b": " ",  # zero width space, kept as a space to preserve length
    "\ufeff": " ",
}
_TRANSLATION = str.maketrans(CHARACTER_MAP)

#: A period glued to the next sentence: "générative.Il", "OpenAI.Mais", "(MoE).Il", "M€.Elle".
#: The next token must look like a capitalised word so that "Node.js", "U.S." and "4.5" survive.
GLUED_SENTENCE_INFIXES = (
    r"(?<=[^\W\d_][^\W\d_])\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])",
    r"(?<=[\)\]»\"%€$£])\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])",
)

#: A period after a currency symbol ends the sentence: "valorisée 43 Md$. Kernwerk a levé 40 M€." (spaCy's
#: suffixes split a period after a letter, not after a symbol, and "Md$." then glues two sentences and names).
CURRENCY_PERIOD_SUFFIX = r"(?<=[€$£¥])\."

if not Doc.has_extension("kg_source_text"):
    Doc.set_extension("kg_source_text", default=None)


#: A headline or paragraph that ends without punctuation, then a blank line and a capital.
_UNPUNCTUATED_BREAK = re.compile(r"(?<=[^\W_])[ \t]*\n(?=[ \t]*\n\s*[A-ZÀ-ÖØ-Þ0-9«\"“])")


#: A date stamp some excerpts open with (" date 2024-03 Nexalia a levé..."): its own line, not a
#: sentence's first words.
_DATE_STAMP = re.compile(r"\A(\s*date \d{4}-\d{2}(?:-\d{2})?) (?=\S)")


def normalize(text: str) -> str:
    """Return ``text`` with typographic characters replaced, keeping its length.

    A line that ends a paragraph or a headline without punctuation gets a period in place of
    its line break, so that the parser does not run the headline into the next sentence. A
    leading date stamp gets a line break in place of the space after it.

    >>> s = "d’OpenAI\u202f»"
    >>> len(normalize(s)) == len(s)
    True
    >>> normalize("Le titre\\n\\nLe texte.")
    'Le titre.\\nLe texte.'
    """
    text = text.translate(_TRANSLATION)
    text = _DATE_STAMP.sub(lambda m: m.group(1) + "\n", text)
    return _UNPUNCTUATED_BREAK.sub(_period, text)


def _period(match: re.Match) -> str:
    return match.group(0)[:-1] + "."


def source_text(doc: Doc) -> str:
    """The original characters of the article a ``Doc`` was made from."""
    return doc._.kg_source_text if doc._.kg_source_text is not None else doc.text


class CleaningTokenizer:
    """Wraps a spaCy tokenizer: tokenises the normalised text, remembers the original.

    Installed by :func:`knowgraph.nlp.pipeline.load_pipeline`; it can also wrap the tokenizer of any
    pipeline::

        nlp.tokenizer = CleaningTokenizer(nlp.tokenizer)
    """

    def __init__(self, tokenizer: Callable[[str], Doc]):
        self.tokenizer = tokenizer
        add_glued_sentence_rule(tokenizer)
        add_currency_period_rule(tokenizer)

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(normalize(text))
        doc._.kg_source_text = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # spaCy serialises the tokenizer with the pipeline: delegate to the wrapped one.
    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        return self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def add_glued_sentence_rule(tokenizer) -> None:
    """Add the glued-sentence infixes to a spaCy ``Tokenizer`` (idempotent)."""
    current = getattr(tokenizer, "infix_finditer", None)
    pattern = getattr(current, "__self__", None)
    if current is None or (pattern is not None and GLUED_SENTENCE_INFIXES[0] in pattern.pattern):
        return
    infixes = [pattern.pattern] if pattern is not None else []
    tokenizer.infix_finditer = compile_infix_regex(list(GLUED_SENTENCE_INFIXES) + infixes).finditer


def add_currency_period_rule(tokenizer) -> None:
    """Split a final period off a token that ends with a currency symbol ("Md$." -> "Md$", "."), idempotent::

    add_currency_period_rule(nlp.tokenizer)  # "40 M€." -> "40", "M€", "."
    """
    current = getattr(tokenizer, "suffix_search", None)
    pattern = getattr(current, "__self__", None)
    if current is None or (pattern is not None and pattern.pattern.startswith(CURRENCY_PERIOD_SUFFIX)):
        return
    rest = f"|{pattern.pattern}" if pattern is not None else ""
    tokenizer.suffix_search = re.compile(f"{CURRENCY_PERIOD_SUFFIX}${rest}").search


class ParagraphBreaks:
    """Start a sentence at every new line that follows a finished sentence.

    The small parsers happily run a sentence across a paragraph break; articles never do. Runs
    before the parser, which keeps the boundaries it is given.
    """

    FINAL = {".", "!", "?", "»", '"', "”", ":", ";", "…"}

    DASHES = {"-", "–", "—"}

    @staticmethod
    def _unpunctuated_line_end(previous: Token, token: Token) -> bool:
        """``previous`` ends a line without punctuation and ``token`` starts the next one like a sentence
        ("Nexalia rachète Brintel\nLe groupe lyonnais..."); not after a comma or a small word that calls
        for more ("de", "and"), which only a line cut mid-sentence ends on."""
        last, first = previous.text[-1], token.text[0]
        return (
            (last.isalnum() or last in ")]%€$£'")
            and not (previous.is_stop and previous.is_lower)
            and (first.isupper() or first.isdigit() or first in '«"“-–—•')
        )

    ENDS = {".", "!", "?", "…", "...", ";", ":"}

    CLOSERS = {"»", '"', "”", "'", ")", "]"}

    def _may_end(self, doc: Doc, token: Token) -> bool:
        """Can a sentence end after ``token``: a final mark, a closing quote or bracket after one, or a word
        the tokenizer kept with its period ("M.", "Inc.")."""
        text = token.text
        if text in self.ENDS or text[-1] in ".!?":
            return True
        return text in self.CLOSERS and token.i > 0 and self._may_end(doc, doc[token.i - 1])

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)  # as Token.is_sent_start does: the parser's boundaries are final
        # the boundaries are collected as SENT_START values (1 starts, -1 does not, 0 unknown) and set at once:
        # Token.is_sent_start's setter scans the whole doc at each call, quadratic over an article
        starts = doc.to_array(SENT_START).astype(numpy.int64).tolist()
        previous = None
        datelines = []
        fixed: set[int] = set()
        text = doc_text(doc)  # doc.text is built anew at every access
        for token in doc:
            if token.is_space:
                continue
            # a line break between the previous token and this one (computed once per token)
            newline = previous is not None and "\n" in text[previous.idx + len(previous.text) : token.idx]
            if (
                (previous is None or newline)
                and token.is_upper
                and token.is_alpha
                and len(token.text) >= 3
                and token.i + 1 < len(doc)
                and doc[token.i + 1].text == ","
            ):
                # a dateline: "FRANKFURT, June 3 (Reuters) - SAP has ...": the sentence starts after the dash
                for j in range(token.i + 2, min(len(doc) - 1, token.i + 12)):
                    if doc[j].text in self.DASHES and doc[j - 1].text == ")":
                        starts[j + 1] = 1
                        fixed.add(j + 1)
                        # the small parsers cut the rest of the line after a preset start into
                        # one-word sentences: no boundary until the first sentence ends
                        for k in range(j + 2, len(doc)):
                            if doc[k].text in (".", "!", "?") or "\n" in doc[k].text:
                                break
                            starts[k] = -1
                        datelines.append(token.i)
                        break
                    if "\n" in doc[j].text:
                        break
            if newline and (previous.text in self.FINAL or previous.text[-1] in ".!?"):
                # "m." (a unit the tokenizer kept with the period) ends a paragraph too
                starts[token.i] = 1
            elif newline and self._unpunctuated_line_end(previous, token):
                # a headline, a subtitle or a byline on its own line: news excerpts are not hard-wrapped,
                # so a line that ends on a word and a next line that starts like a sentence are two
                starts[token.i] = 1
            elif previous is not None and not newline and not self._may_end(doc, previous) and token.i not in fixed:
                # the small parsers cut a sentence where no punctuation ends one ("Nexalia rachète | Brintel",
                # a list in two): inside a line, a sentence ends only after a final punctuation mark
                starts[token.i] = -1
            previous = token
        if starts:
            doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64))
        doc.user_data["kg_datelines"] = datelines
        return doc


@Language.factory("knowgraph_paragraphs")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    """spaCy factory: ``nlp.add_pipe("knowgraph_paragraphs", before="parser")``."""
    return ParagraphBreaks()


#: knowgraph's own components: over a long article they run once on the whole text, after spaCy's
#: own components have run paragraph by paragraph.
ARTICLE_COMPONENTS = ("knowgraph_mentions", "knowgraph_relations")

#: Where a long text may be cut, best first: after a blank line, after a line break, after a
#: sentence, after a space; failing all of them, anywhere.
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))


def paragraph_chunks(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of ``text``, each at most ``limit`` characters, cut between paragraphs.

    The pieces follow each other and cover the whole text, so offsets in a piece plus its start
    are offsets in the text.

    >>> text = "Un.\\n\\nDeux trois.\\n\\nQuatre."
    >>> [text[a:b] for a, b in paragraph_chunks(text, 16)]
    ['Un.\\n\\n', 'Deux trois.\\n\\n', 'Quatre.']
    """
    if limit < 1:
        raise ValueError(f"limit must be positive, got {limit}")
    chunks = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        chunks.append((start, start + cut))
        start += cut
    chunks.append((start, len(text)))
    return chunks


def run_pipeline(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, also for a text longer than ``nlp.max_length`` (spaCy's memory guard).

    A long text is cut between paragraphs into pieces of at most ``nlp.max_length`` characters;
    spaCy's components (tagger, parser, entities) run piece by piece, the pieces are joined into
    one ``Doc`` of the whole text (same characters, same offsets), and knowgraph's components
    then run once on it, so that an entity named in the first paragraph is known in the last.
    """
    if len(text) <= nlp.max_length:
        return nlp(text)
    tokenizer = nlp.tokenizer
    cleaning = isinstance(tokenizer, CleaningTokenizer)
    # normalised as a whole: a headline's missing period depends on the line after it
    cleaned = normalize(text) if cleaning else text
    tokenize = tokenizer.tokenizer if cleaning else tokenizer
    pieces: list[Doc] = []
    datelines: list[int] = []
    tokens = 0
    for start, end in paragraph_chunks(cleaned, nlp.max_length):
        piece = tokenize(cleaned[start:end])
        for name, component in nlp.pipeline:
            if name not in ARTICLE_COMPONENTS:
                piece = component(piece)
        datelines.extend(tokens + i for i in piece.user_data.get("kg_datelines", ()))
        tokens += len(piece)
        pieces.append(piece)
    doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["user_data"])
    doc._.kg_source_text = text
    doc.user_data["kg_datelines"] = datelines
    for name, component in nlp.pipeline:
        if name in ARTICLE_COMPONENTS:
            doc = component(doc)
    return doc


_SPACE_RUN = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """Collapse runs of white space (for labels and quotes)."""
    return _SPACE_RUN.sub(" ", text).strip()
