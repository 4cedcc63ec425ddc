"""Reading news collections (text, HTML, Markdown, JSON Lines, folders, stdin) into Articles.

Real trafilatura on HTML pages written for these tests (tests/data/inputs); no mocks, offline.
"""

from __future__ import annotations

import datetime
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from knowgraph.api import Article
from knowgraph.inputs import SUFFIXES, InputProblem, markdown_to_text, parse_date, read_inputs

DATA = Path(__file__).resolve().parent / "data" / "inputs"
ARTICLE_HTML = DATA / "article.html"
NOTE_MD = DATA / "note.md"
BATCH_JSONL = DATA / "batch.jsonl"


def read(*paths, stdin=None) -> list:
    return list(read_inputs([str(p) for p in paths], stdin=stdin))


def one(*paths, stdin=None):
    items = read(*paths, stdin=stdin)
    assert len(items) == 1, items
    return items[0]


def problems(items) -> list[InputProblem]:
    return [i for i in items if isinstance(i, InputProblem)]


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


# -- HTML -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def html_article() -> Article:
    article = one(ARTICLE_HTML)
    assert isinstance(article, Article), article
    return article


def test_html_keeps_the_article_paragraphs(html_article):
    text = html_article.text
    for expected in (
        "La startup lyonnaise Nexalia a annoncé jeudi une levée de fonds de 40 millions d'euros",
        "ouvrir un bureau à Berlin",
        "« Nous voulons devenir la référence européenne de l'intelligence artificielle juridique »",
        "un partenariat avec Microsoft pour héberger ses modèles sur le cloud Azure",
    ):
        assert expected in text


@pytest.mark.parametrize(
    "chrome",
    [
        "cookies",
        "Tout accepter",  # cookie banner
        "Abonnez-vous",
        "Technologies",
        "Le Courrier Numérique",  # header and menu
        "PUBLICITÉ",
        "Assurance auto",
        "croisières",  # ads
        "À lire aussi",
        "Mistral AI dévoile",
        "licornes",  # related articles
        "Tous droits réservés",
        "Mentions légales",
        "confidentialité",  # footer
        "dataLayer",  # scripts
    ],
)
def test_html_drops_the_page_chrome(html_article, chrome):
    assert chrome not in html_article.text


def test_html_paragraphs_are_separated_by_blank_lines(html_article):
    # the headline is analysed too (it often states the news), as the first paragraph
    headline, *paragraphs = html_article.text.split("\n\n")
    assert headline == html_article.title
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("La startup lyonnaise Nexalia")
    assert paragraphs[1].startswith("Cette somme doit permettre")
    assert paragraphs[3].startswith("L'an dernier")
    assert all("\n" not in p and p == p.strip() for p in [headline, *paragraphs])


def test_html_metadata(html_article):
    assert html_article.published == datetime.date(2025, 3, 14)
    assert html_article.url == "https://example.org/tech/2025/03/14/nexalia-leve-40-millions"
    assert html_article.title == "Nexalia lève 40 millions d'euros pour ses modèles de langue"
    assert html_article.path == str(ARTICLE_HTML)
    assert html_article.source is None  # the lead names articles by a hash of their text
    assert html_article.lang is None  # detected later, from the text


BODY = (
    "<p>OpenAI a présenté mardi un nouveau modèle de raisonnement destiné aux entreprises, disponible dès la "
    "semaine prochaine dans plusieurs pays européens, dont la France et l'Allemagne.</p>"
    "<h2>Un accès payant</h2>"
    "<p>L'entreprise californienne facturera l'accès au modèle à l'usage,<br>selon un barème publié sur son site, "
    "et promet des remises aux universités et aux associations.</p>"
)


def page(head: str = "", body: str = BODY, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>OpenAI présente un modèle</title>{head}'
        f'</head><body><nav><a href="/">Accueil</a> <a href="/ia">IA</a></nav><article>{body}</article>'
        "<footer><p>© 2023 Le Journal - contact</p></footer></body></html>"
    )


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_html_headings_are_paragraphs_and_line_breaks_are_spaces(tmp_path):
    article = one(write(tmp_path, "p.html", page()))
    assert article.text.split("\n\n") == [
        article.title,  # the headline comes first, as its own paragraph
        "OpenAI a présenté mardi un nouveau modèle de raisonnement destiné aux entreprises, disponible dès la semaine "
        "prochaine dans plusieurs pays européens, dont la France et l'Allemagne.",
        "Un accès payant",
        "L'entreprise californienne facturera l'accès au modèle à l'usage, selon un barème publié sur son site, et "
        "promet des remises aux universités et aux associations.",
    ]


@pytest.mark.parametrize(
    "head, published",
    [
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "OpenAI présente un modèle", "datePublished": "2024-11-05T10:00:00Z"}</script>',
            datetime.date(2024, 11, 5),
        ),
        ('<meta name="date" content="2024-11-05">', datetime.date(2024, 11, 5)),
        (
            '<meta property="og:updated_time" content="2024-06-02T10:00:00+02:00">'
            '<meta property="article:published_time" content="2024-06-01T23:30:00+02:00">',
            datetime.date(2024, 6, 1),
        ),
        ("", None),  # no date in the markup: none guessed from the text ("© 2023")
    ],
)
def test_html_publication_date_from_markup(tmp_path, head, published):
    assert one(write(tmp_path, "p.html", page(head))).published == published


def test_html_url_from_og_url_and_relative_canonical_dropped(tmp_path):
    article = one(write(tmp_path, "og.html", page('<meta property="og:url" content="https://example.org/og/openai">')))
    assert article.url == "https://example.org/og/openai"
    article = one(write(tmp_path, "none.html", page()))
    assert article.url is None
    assert article.title == "OpenAI présente un modèle"


def test_html_in_a_declared_legacy_encoding(tmp_path):
    data = page(charset="iso-8859-1").encode("latin-1")
    article = one(write(tmp_path, "latin1.html", data))
    assert isinstance(article, Article)
    assert "présenté mardi" in article.text


def test_html_without_article_text_is_a_problem(tmp_path):
    item = one(write(tmp_path, "menu.html", "<html><body><nav><a href='/'>Accueil</a></nav></body></html>"))
    assert item == InputProblem(str(tmp_path / "menu.html"), "no article text found in the page")


# -- Markdown -------------------------------------------------------------------------------------


def test_markdown_with_front_matter():
    article = one(NOTE_MD)
    assert isinstance(article, Article), article
    assert article.title == "Mistral AI ouvre un bureau à Singapour"
    assert article.published == datetime.date(2025, 2, 3)
    assert article.url == "https://example.org/notes/mistral-singapour"
    assert article.lang == "fr"
    assert article.path == str(NOTE_MD)
    assert article.text.split("\n\n") == [
        "Mistral AI s'installe en Asie",
        "La société Mistral AI, fondée à Paris en 2023, a annoncé l'ouverture d'un bureau à Singapour. "
        "L'entreprise est dirigée par Arthur Mensch, selon un communiqué.",
        "Une équipe de vingt personnes",
        "Le bureau emploiera vingt personnes d'ici la fin de l'année.",
        "Premier marché visé : le Japon",
        "Second marché : la Corée du Sud",
    ]
    for gone in ("brouillon", "print(", "logo.png", "Logo de Mistral", "https://", "tags", "---", "**", "#"):
        assert gone not in article.text


def test_markdown_inline_syntax():
    text = markdown_to_text(
        "Voir [l'IA](https://fr.wikipedia.org/wiki/Intelligence_(informatique)) et `GPT-4`, ~~non~~ oui, "
        "snake_case_name, 3 \\* 4 = 12, \\*pas d'emphase\\*, __fort__ &amp; <span>balise</span>."
    )
    assert text == ("Voir l'IA et GPT-4, non oui, snake_case_name, 3 * 4 = 12, *pas d'emphase*, fort & balise.")


def test_markdown_blocks():
    text = markdown_to_text(
        "Titre souligné\n==============\n\n> Une citation\n> sur deux lignes.\n\n---\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n1. premier\n2. second\n   suite\n\n"
        "[ref]: https://example.org\n\n~~~\ncode\n~~~\nFin."
    )
    assert text.split("\n\n") == ["Titre souligné", "Une citation sur deux lignes.", "premier", "second suite", "Fin."]


def test_markdown_without_front_matter_and_published_key(tmp_path):
    article = one(write(tmp_path, "a.markdown", "---\npublished: 2024-05-06T10:00:00+02:00\n---\nUn texte.\n"))
    assert article.published == datetime.date(2024, 5, 6)
    article = one(write(tmp_path, "b.md", "Juste un paragraphe.\n\n---\n\nEt un autre.\n"))
    assert (article.text, article.title, article.published) == ("Juste un paragraphe.\n\nEt un autre.", None, None)


@pytest.mark.parametrize(
    "front, reason",
    [
        ("title: [unclosed", "front matter is not valid YAML"),
        ("- a list", "front matter is not a YAML mapping"),
        ("date: hier", "front matter: date: 'hier' is not a date"),
        ("url: pas une url", "front matter: url 'pas une url' is not an absolute URL"),
    ],
)
def test_markdown_bad_front_matter_is_a_problem(tmp_path, front, reason):
    item = one(write(tmp_path, "bad.md", f"---\n{front}\n---\nDu texte.\n"))
    assert isinstance(item, InputProblem)
    assert item.name == str(tmp_path / "bad.md")
    assert item.reason.startswith(reason)


# -- JSON Lines -----------------------------------------------------------------------------------


def test_jsonl_good_records_in_order_and_the_broken_line_named():
    items = read(BATCH_JSONL)
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputProblem", "Article", "Article"]
    fr1, en1, broken, en2, fr3 = items
    assert broken.name == f"{BATCH_JSONL}:4"
    assert broken.reason.startswith("not valid JSON")
    assert "\n" not in broken.reason
    assert fr1 == Article(
        text="La startup parisienne Nexalia a été rachetée par Microsoft pour 200 millions d'euros.",
        lang="fr",
        published=datetime.date(2025, 3, 14),
        url="https://example.org/fr/nexalia",
        title="Microsoft rachète Nexalia",
        path=f"{BATCH_JSONL}:1",
    )
    assert (en1.lang, en1.published, en1.url, en1.path) == (
        "en",
        datetime.date(2024, 10, 1),
        "https://example.com/en/openai-paris",
        f"{BATCH_JSONL}:2",
    )
    assert (en2.text, en2.published, en2.path) == (
        "Anthropic raised $4 billion from Amazon.",
        datetime.date(2024, 3, 27),
        f"{BATCH_JSONL}:5",
    )
    assert (fr3.lang, fr3.title, fr3.published, fr3.source, fr3.path) == (None, None, None, None, f"{BATCH_JSONL}:6")


@pytest.mark.parametrize(
    "line, reason",
    [
        ('{"text": "ok"', "not valid JSON"),
        ('["text"]', "expected a JSON object, got list"),
        ('{"title": "sans texte"}', 'no "text" field'),
        ('{"text": 42}', '"text" must be a string, not int'),
        ('{"text": "   "}', 'empty "text"'),
        ('{"text": "ok", "url": 3}', "url must be a string, not int"),
        ('{"text": "ok", "url": "example.org/a"}', "url 'example.org/a' is not an absolute URL"),
        ('{"text": "ok", "lang": ["fr"]}', "lang must be a string, not list"),
        ('{"text": "ok", "id": {"a": 1}}', '"id" must be a string or an integer, not dict'),
        ('{"text": "ok", "published": "14/03/2025"}', "published: '14/03/2025' is not a date"),
        ('{"text": "ok", "published": "2025-02-30"}', "published: '2025-02-30' is not a date"),
        ('{"text": "ok", "published": 20250314}', "published: expected a date as YYYY-MM-DD, got int"),
    ],
)
def test_jsonl_broken_lines(tmp_path, line, reason):
    path = write(tmp_path, "b.jsonl", f'{{"text": "Premier article."}}\n{line}\n{{"text": "Dernier article."}}\n')
    items = read(path)
    assert [a.text for a in articles(items)] == ["Premier article.", "Dernier article."]
    [problem] = problems(items)
    assert problem.name == f"{path}:2"
    assert problem.reason.startswith(reason), problem.reason
    assert items[1] is problem


def test_jsonl_invalid_utf8_line_and_crlf(tmp_path):
    data = b'{"text": "un"}\r\n{"text": "caf\xe9"}\r\n\r\n{"text": "trois", "lang": "FR"}\r\n'
    items = read(write(tmp_path, "w.jsonl", data))
    assert isinstance(items[1], InputProblem) and items[1].name.endswith("w.jsonl:2")
    assert items[1].reason.startswith("not UTF-8")
    assert (items[2].text, items[2].lang, items[2].path) == ("trois", "fr", f"{tmp_path / 'w.jsonl'}:4")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file (no JSON lines)"),
        (b"\n  \n", "empty file (no JSON lines)"),
        (b"\x00\x01\x02{}", "binary file"),
    ],
)
def test_jsonl_empty_or_binary_file(tmp_path, data, reason):
    item = one(write(tmp_path, "e.jsonl", data))
    assert item.name == str(tmp_path / "e.jsonl") and item.reason.startswith(reason)


# -- plain text, bad files ------------------------------------------------------------------------


def test_text_file(tmp_path):
    article = one(write(tmp_path, "a.txt", "\ufeffMistral AI a levé 600 millions d'euros.\n"))
    assert article == Article(text="Mistral AI a levé 600 millions d'euros.\n", path=str(tmp_path / "a.txt"))


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.md", "a.text", "notes"])
@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty article"),
        (b"  \n\t\n", "empty article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, expected UTF-8 text"),
        ("Société générale, été 2024".encode("latin-1"), "not UTF-8 text (invalid byte at offset 4)"),
    ],
)
def test_unreadable_files_are_problems_not_exceptions(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    assert read(path) == [InputProblem(str(path), reason)]


def test_missing_file_and_problem_str(tmp_path):
    [item] = read(tmp_path / "absent.txt")
    assert item == InputProblem(str(tmp_path / "absent.txt"), "no such file")
    assert str(item) == f"{tmp_path / 'absent.txt'}: no such file"


def test_a_bad_file_does_not_stop_the_batch(tmp_path):
    bad = write(tmp_path, "bad.txt", b"\xff\xfe\x00binary")
    good = write(tmp_path, "good.txt", "Nvidia a racheté Run:ai.")
    items = read(bad, tmp_path / "absent.md", good, ARTICLE_HTML)
    assert [type(i).__name__ for i in items] == ["InputProblem", "InputProblem", "Article", "Article"]


# -- folders and stdin ----------------------------------------------------------------------------


def test_folder_recursive_sorted_known_suffixes_only(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    shutil.copy(ARTICLE_HTML, tmp_path / "b" / "page.HTM")
    shutil.copy(NOTE_MD, tmp_path / "a.md")
    shutil.copy(BATCH_JSONL, tmp_path / "b" / "c" / "batch.jsonl")
    write(tmp_path, "z.txt", "Un article en texte.")
    write(tmp_path, "ignored.csv", "a,b\n1,2")
    write(tmp_path, "ignored.pdf", b"%PDF-1.4\x00")
    write(tmp_path / ".hidden", "copy.txt", "Une copie cachée.")
    items = read(tmp_path)
    paths = [i.path if isinstance(i, Article) else i.name for i in items]
    assert paths == [
        str(tmp_path / "a.md"),
        *(f"{tmp_path / 'b' / 'c' / 'batch.jsonl'}:{n}" for n in range(1, 7) if n != 3),
        str(tmp_path / "b" / "page.HTM"),
        str(tmp_path / "z.txt"),
    ]
    assert len(problems(items)) == 1


def test_empty_folder_is_a_problem(tmp_path):
    write(tmp_path, "notes.csv", "a,b")
    [item] = read(tmp_path)
    assert item.name == str(tmp_path) and item.reason.startswith("no ")
    assert all(s in item.reason for s in SUFFIXES)


def test_stdin_text():
    [article] = read("-", stdin=io.BytesIO(b"Google a investi 2 milliards de dollars dans Anthropic.\n"))
    assert article == Article(text="Google a investi 2 milliards de dollars dans Anthropic.\n", path=None)


def test_stdin_jsonl():
    data = BATCH_JSONL.read_bytes()
    items = read("-", stdin=io.BytesIO(data))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputProblem", "Article", "Article"]
    assert items[2].name == "<stdin>:4"
    assert items[0].path == "<stdin>:1" and items[0].lang == "fr"


def test_stdin_html_bytes_and_problems():
    [article] = read("-", stdin=ARTICLE_HTML.read_bytes())
    assert article.url == "https://example.org/tech/2025/03/14/nexalia-leve-40-millions"
    assert article.published == datetime.date(2025, 3, 14) and article.path is None
    assert "Tout accepter" not in article.text
    assert read("-", stdin=io.BytesIO(b"")) == [InputProblem("<stdin>", "empty article")]
    assert read("-", stdin=io.BytesIO(b"caf\xe9")) == [
        InputProblem("<stdin>", "not UTF-8 text (invalid byte at offset 3)")
    ]


def test_stdin_default_is_the_process_standard_input():
    code = "import sys; from knowgraph.inputs import read_inputs; [print(repr(i)) for i in read_inputs(['-'])]"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        input="Meta a ouvert un laboratoire d'IA à Paris.".encode(),
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().strip() == repr(Article(text="Meta a ouvert un laboratoire d'IA à Paris."))


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-03-14", datetime.date(2025, 3, 14)),
        ("2025-03-14T08:00:00+01:00", datetime.date(2025, 3, 14)),
        ("2025-03-14T23:30:00-05:00", datetime.date(2025, 3, 14)),  # the date as written, not moved to UTC
        ("2025-03-14T08:00:00Z", datetime.date(2025, 3, 14)),
        ("2025-03-14 08:00", datetime.date(2025, 3, 14)),
        (datetime.date(2024, 1, 2), datetime.date(2024, 1, 2)),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2025", "14/03/2025", "2025-13-01", "mars 2025", "", 2025])
def test_parse_date_rejects(value):
    with pytest.raises(ValueError):
        parse_date(value)
