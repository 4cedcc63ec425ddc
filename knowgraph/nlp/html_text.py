"""The main text of an HTML page: trafilatura's extraction, as paragraphs, whatever the page's depth.

>>> from knowgraph.nlp.html_text import html_to_text
>>> page = "<html><body><nav>Menu</nav><article><p>La startup Vendalia, basée à Nantes, a été rachetée par Microsoft.</p></article></body></html>"
>>> html_to_text(page)                                                                # doctest: +SKIP
'La startup Vendalia, basée à Nantes, a été rachetée par Microsoft.'

trafilatura is given the page's text: it never fetches anything. libxml2, which lxml and
trafilatura parse HTML with, builds no element deeper than 255 and drops their text, so a page
nested deeper is first streamed through Python's own HTML parser (:func:`flatten_deep_html`).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from html.parser import HTMLParser

_BLOCKS = {"p", "head", "item", "quote", "code", "cell", "label"}


def _block_text(element) -> str:
    for lb in element.iter("lb"):
        lb.tail = " " + (lb.tail or "")
    return " ".join("".join(element.itertext()).split())


def _paragraphs(element) -> Iterator[str]:
    """The text of each innermost block of trafilatura's XML (paragraphs, headings, list items...)."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in ("graphic", "table", "comments"):
            continue
        if any(d.tag in _BLOCKS for d in child.iterdescendants() if isinstance(d.tag, str)):
            if child.text and child.text.strip():
                yield " ".join(child.text.split())
            yield from _paragraphs(child)
        else:
            text = _block_text(child)
            if text:
                yield text
        if child.tail and child.tail.strip():
            yield " ".join(child.tail.split())


#: libxml2 (which lxml and trafilatura parse HTML with) builds no element deeper than 255 and
#: drops their text; a page nested deeper is flattened first (:func:`flatten_deep_html`).
MAX_HTML_DEPTH = 200

#: What a flattened page keeps of its elements: the document, its metadata and the text blocks.
_FLAT_KEEP = {"html", "head", "title", "meta", "link", "body", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre"}
#: What it drops with its text: code, and the page's furniture.
_FLAT_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "form", "nav", "aside", "footer")


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


#: Elements inside a line of text: they neither start nor end a paragraph.
_INLINE_TAGS = {"a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span", "strong", "sub"}
_INLINE_TAGS |= {"sup", "time", "u"}
_TEXT_BLOCKS = {"title", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre"}


class _Flattener(HTMLParser):
    """Streams a page (no tree, so no depth limit) into one whose wrappers are gone, and measures its depth.

    Text that was in no paragraph (straight in a ``div``) gets one, ended where its wrapper ends.
    """

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.open: list[str] = []
        self.deepest = 0
        self.dropping = 0  # inside a script, a style, a nav...: text dropped
        self.blocks = 0  # inside a kept text block
        self.loose = False  # a <p> opened for text that was in none

    def _end_loose(self) -> None:
        if self.loose:
            self.out.append("</p>")
            self.loose = False

    def handle_starttag(self, tag, attrs):
        if tag not in _INLINE_TAGS:
            self._end_loose()
        if tag not in _VOID:
            self.open.append(tag)
            self.deepest = max(self.deepest, len(self.open))
            self.dropping += tag in _FLAT_DROP
        if not self.dropping and tag in _FLAT_KEEP:
            self.blocks += tag in _TEXT_BLOCKS and tag not in _VOID
            shown = "".join(f' {k}="{html.escape(v or "", quote=True)}"' for k, v in attrs if tag in ("meta", "link"))
            self.out.append(f"<{tag}{shown}>")

    def handle_endtag(self, tag):
        if tag not in self.open:
            return
        if tag not in _INLINE_TAGS:
            self._end_loose()
        while self.open:
            closed = self.open.pop()
            if closed in _FLAT_DROP:
                self.dropping -= 1
            elif not self.dropping and closed in _FLAT_KEEP:
                self.blocks -= closed in _TEXT_BLOCKS
                self.out.append(f"</{closed}>")
            if closed == tag:
                break

    def _text(self, text: str, blank: bool) -> None:
        if self.dropping:
            return
        if not self.blocks and not self.loose and not blank and "body" in self.open:
            self.out.append("<p>")
            self.loose = True
        self.out.append(text)

    def handle_data(self, data):
        self._text(html.escape(data, quote=False), not data.strip())

    def handle_entityref(self, name):
        self._text(f"&{name};", False)

    def handle_charref(self, name):
        self._text(f"&#{name};", False)


def flatten_deep_html(page: str) -> str | None:
    """A page nested deeper than :data:`MAX_HTML_DEPTH`, its text kept in blocks a few elements deep.

    ``None`` for a page that is not that deep (nothing to do). Wrappers (``div``, ``span``,
    ``blockquote``...) are removed and their text kept; paragraphs, headings and list items stay;
    scripts, styles, menus and footers go. Read with Python's own HTML parser, which builds no
    tree and so has no depth limit.

    >>> page = "<html><body>" + "<div>" * 300 + "<p>Deep text.</p>" + "</div>" * 300 + "</body></html>"
    >>> "<p>Deep text.</p>" in flatten_deep_html(page)
    True
    """
    flattener = _Flattener()
    flattener.feed(page)
    flattener.close()
    if flattener.deepest <= MAX_HTML_DEPTH:
        return None
    flattener.out.extend(
        f"</{tag}>" for tag in reversed(flattener.open) if tag in _FLAT_KEEP and not flattener.dropping
    )
    return "".join(flattener.out)


def html_to_text(page: str) -> str | None:
    """The main text of an HTML page, paragraphs separated by a blank line (``None`` if there is none)."""
    import trafilatura
    from lxml import etree

    flat = flatten_deep_html(page) if page.count("<") > MAX_HTML_DEPTH else None
    xml = trafilatura.extract(
        flat or page,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        output_format="xml",
        with_metadata=False,
    )
    if not xml:
        return None
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    paragraphs = list(_paragraphs(main if main is not None else root))
    return "\n\n".join(paragraphs) or None
