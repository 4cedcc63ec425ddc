"""The evidence report: one self-contained HTML page that shows what knowgraph extracted from
articles, next to the text that states it.

    knowgraph report article.txt -o report.html [--lang auto|fr|en] [--published YYYY-MM-DD] [--model NAME]

From Python::

    from knowgraph.views.report import analyse_for_report, render_report
    reports = [analyse_for_report(knowgraph.Article(text=open("article.txt").read()))]
    open("report.html", "w").write(render_report(reports))

The page shows, for every article:

* the text, with each entity mention highlighted by class (spaCy's displaCy ``ent`` renderer,
  ``manual=True``), linked to the entity's knowgraph IRI and, when the entity has a Wikidata QID,
  to Wikidata (displaCy's ``kb_url`` link); each sentence is an element with the id
  ``s-<start offset>`` (``a<N>-s-<start>`` when the page holds several articles);
* beside it, every asserted fact (subject, relation label from the ontology in the article's
  language, object, confidence, rule, status) whose relation is a link to ``#s-<start>``: the
  click scrolls to the sentence and highlights it (CSS ``:target``, so it works without
  JavaScript); the events with participants, amounts and dates; hedged, negated, planned,
  reported and denied statements in a section of their own; and the list of entities.

Everything the page needs (CSS, a few lines of optional JavaScript) is inside the file: it works
offline and without JavaScript. Labels are French for French articles, English otherwise.
"""

from __future__ import annotations

import datetime
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

from knowgraph import __version__
from knowgraph.rdf.graph import ArticleResult, _amount_digest, entity_iri, event_iri
from knowgraph.views.visual import (
    CLASS_ORDER,
    CLASS_TINTS,
    OTHER_COLOUR,
    asset,
    esc,
    format_amount,
    link_target,
    term_label,
    ui_language,
    write_text_atomic,
)

WIKIDATA_PAGE = "https://www.wikidata.org/wiki/"
DASH = "\u2013"

#: Page text in the two languages (the ontology gives the labels of classes, relations, statuses).
UI: dict[str, dict[str, str]] = {
    "en": {
        "title": "Evidence report",
        "articles": "articles",
        "article": "Article",
        "text": "Text",
        "language": "Language",
        "published": "Published",
        "source": "Source",
        "iri": "IRI",
        "facts": "Facts",
        "events": "Events",
        "hedged": "Not asserted: hedged, reported, planned, negated or denied",
        "entities": "Entities",
        "subject": "Subject",
        "relation": "Relation",
        "object": "Object",
        "confidence": "Confidence",
        "rule": "Rule",
        "status": "Status",
        "sentence": "Sentence",
        "type": "Type",
        "participants": "Participants",
        "amount": "Amount",
        "date": "Date",
        "class": "Class",
        "mentions": "Mentions",
        "wikidata": "Wikidata",
        "none": "none",
        "goto": "go to the sentence",
        "legend": "Classes",
        "summary": "{e} entities, {f} facts, {v} events, {h} not asserted",
        "generated": "Made by knowgraph {v}. Each relation links to the sentence that states it.",
        "lang_fr": "French",
        "lang_en": "English",
        "as_written": "as written",
    },
    "fr": {
        "title": "Rapport de preuves",
        "articles": "articles",
        "article": "Article",
        "text": "Texte",
        "language": "Langue",
        "published": "Publié le",
        "source": "Source",
        "iri": "IRI",
        "facts": "Faits",
        "events": "Événements",
        "hedged": "Non affirmés : conditionnel, rapporté, prévu, nié ou démenti",
        "entities": "Entités",
        "subject": "Sujet",
        "relation": "Relation",
        "object": "Objet",
        "confidence": "Confiance",
        "rule": "Règle",
        "status": "Statut",
        "sentence": "Phrase",
        "type": "Type",
        "participants": "Participants",
        "amount": "Montant",
        "date": "Date",
        "class": "Classe",
        "mentions": "Mentions",
        "wikidata": "Wikidata",
        "none": "aucun",
        "goto": "aller à la phrase",
        "legend": "Classes",
        "summary": "{e} entités, {f} faits, {v} événements, {h} non affirmés",
        "generated": "Produit par knowgraph {v}. Chaque relation renvoie à la phrase qui l'énonce.",
        "lang_fr": "français",
        "lang_en": "anglais",
        "as_written": "dans le texte",
    },
}

#: displaCy template for one entity mark: the name links to the entity's IRI; ``{kb_link}`` is
#: displaCy's own link to the knowledge base (Wikidata here) when the entity has a QID.
ENT_TEMPLATE = (
    '<mark class="entity kg-ent kg-{cls}" style="background: {bg}" data-key="{key}">'
    '<a class="kg-iri" href="{iri}" title="{iri}">{text}</a>'
    '<span class="kg-type">{label}</span>{kb_link}</mark>'
)


@dataclass
class ArticleReport:
    """One analysed article with its spaCy ``Doc`` (the mention spans live there)."""

    result: ArticleResult
    doc: Doc


def analyse_for_report(
    article,
    *,
    lang: str = "auto",
    published: datetime.date | None = None,
    source: str | None = None,
    nlp: Language | None = None,
    gazetteer_files: Sequence[str] = (),
) -> ArticleReport:
    """Run the extraction of one article (text or :class:`knowgraph.Article`) and keep its ``Doc``.

    The same extraction as ``knowgraph build`` (:func:`knowgraph.api.analyse` on the ``Doc``).
    """
    from knowgraph.api import Article, InputError, analyse
    from knowgraph.nlp.language import detect_language
    from knowgraph.nlp.pipeline import load_pipeline
    from knowgraph.nlp.resources import SUPPORTED_LANGUAGES, UnsupportedLanguage

    if isinstance(article, str):
        article = Article(text=article)
    if not article.text or not article.text.strip():
        raise InputError(f"{article.path or '<input>'}: empty article")
    language = (
        article.lang
        if article.lang and article.lang != "auto"
        else (lang if lang != "auto" else detect_language(article.text))
    )
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(language)
    doc = load_pipeline(language, nlp, gazetteer_files)(article.text)
    result = analyse(doc, lang=language, published=article.published or published, source=article.source or source)
    result.url, result.title, result.source_file = article.url, article.title, article.path
    return ArticleReport(result, doc)


def report_inputs(
    paths: Iterable[str],
    *,
    lang: str = "auto",
    published: datetime.date | None = None,
    source: str | None = None,
    nlp: Language | None = None,
    gazetteer_files: Sequence[str] = (),
    stdin: IO[bytes] | bytes | None = None,
) -> tuple[list[ArticleReport], list[str]]:
    """Read and analyse inputs as ``knowgraph build`` does: (reports, problems, one line each)."""
    from knowgraph.api import InputError
    from knowgraph.inputs import InputProblem, read_inputs
    from knowgraph.nlp.resources import UnsupportedLanguage

    reports: list[ArticleReport] = []
    problems: list[str] = []
    for item in read_inputs(list(paths), stdin=stdin):
        if isinstance(item, InputProblem):
            problems.append(str(item))
            continue
        if source and reports:
            raise ValueError("--source names one article: give a single input")
        try:
            reports.append(
                analyse_for_report(
                    item, lang=lang, published=published, source=source, nlp=nlp, gazetteer_files=gazetteer_files
                )
            )
        except (InputError, UnsupportedLanguage) as exc:
            problems.append(f"{item.path or '<stdin>'}: {exc}")
    return reports, problems


# --- rendering ---------------------------------------------------------------------------------


def _sentence_starts(report: ArticleReport) -> list[int]:
    """Where the sentences start (leading spaces skipped, as in the facts' offsets)."""
    text = report.result.text
    starts = {0}
    for sent in report.doc.sents:
        chunk = text[sent.start_char : sent.end_char]
        if chunk.strip():
            starts.add(sent.start_char + len(chunk) - len(chunk.lstrip()))
    for fact in report.result.facts:
        starts.add(fact.start)
    for event in report.result.events:
        starts.update(f.start for f in event.evidence)
    return sorted(s for s in starts if 0 <= s < len(text))


def _entity_name(result: ArticleResult, key: str) -> str:
    entity = result.entities.get(key)
    return entity.name if entity else key


def _entity_class(result: ArticleResult, key: str) -> str:
    entity = result.entities.get(key)
    return entity.type if entity else "Organization"


def _entity_link(result: ArticleResult, key: str) -> str:
    iri = str(entity_iri(key))
    return (
        f'<a class="kg-entity kg-{esc(_entity_class(result, key))}" href="{esc(iri)}" title="{esc(iri)}">'
        f"{esc(_entity_name(result, key))}</a>"
    )


def _render_text(report: ArticleReport, prefix: str, lang: str, refs: dict[int, list[tuple[str, str]]]) -> str:
    """The article text as displaCy markup, one element per sentence (id ``{prefix}s-{start}``)."""
    result = report.result
    text = result.text
    starts = _sentence_starts(report)
    bounds = list(zip(starts, starts[1:] + [len(text)], strict=False))
    mentions = sorted(
        ((s.start_char, s.end_char, s.label_, s.kb_id_) for s in report.doc.spans.get("kg_mentions", [])),
        key=lambda m: (m[0], -m[1]),
    )
    per_segment: dict[int, list] = defaultdict(list)
    index = 0
    for start, end, label, key in mentions:
        while index < len(bounds) and bounds[index][1] <= start:
            index += 1
        if index == len(bounds):
            break
        seg_start, seg_end = bounds[index]
        if start < seg_start:
            continue
        previous = per_segment[index]
        if previous and previous[-1][1] > start:
            continue  # overlapping mentions: displaCy marks do not nest
        per_segment[index].append((start, min(end, seg_end), label, key))
    colours = {term_label(c, lang): CLASS_TINTS.get(c, OTHER_COLOUR) for c in CLASS_ORDER}
    options = {"template": ENT_TEMPLATE, "colors": colours}
    parts = []
    for index, (seg_start, seg_end) in enumerate(bounds):
        ents = []
        for start, end, cls, key in per_segment.get(index, []):
            entity = result.entities.get(key)
            iri = str(entity_iri(key))
            ent = {
                "start": start - seg_start,
                "end": end - seg_start,
                "label": term_label(cls, lang),
                "params": {"cls": esc(cls), "key": esc(key), "iri": esc(iri)},
            }
            if entity is not None and entity.qid:
                ent["kb_id"] = esc(entity.qid)
                ent["kb_url"] = esc(WIKIDATA_PAGE + entity.qid)
            ents.append(ent)
        chunk = text[seg_start:seg_end]
        body = chunk.rstrip()
        ents = [e for e in ents if e["start"] < len(body)]
        for e in ents:
            e["end"] = min(e["end"], len(body))
        markup = displacy.render(
            {"text": body, "ents": ents, "title": None}, style="ent", manual=True, page=False, options=options
        )
        tail = chunk[len(body) :]
        tail = "<br>" * min(2, tail.count("\n")) if "\n" in tail else (" " if tail else "")  # blank lines: one gap
        sup = ""
        if refs.get(seg_start):
            sup = (
                '<sup class="kg-refs">'
                + " ".join(f'<a href="#{esc(anchor)}">{esc(name)}</a>' for anchor, name in refs[seg_start])
                + "</sup>"
            )
        has = " kg-has-facts" if refs.get(seg_start) else ""
        parts.append(f'<div class="kg-sent{has}" id="{prefix}s-{seg_start}">{markup.strip()}{sup}</div>{tail}')
    return "".join(parts)


def _link(url: str) -> str:
    """A link to ``url`` when it is http(s), else the escaped text: an article's ``--source`` or
    ``url`` comes from its author, and ``javascript://%0a...`` is an absolute URL too."""
    target = link_target(url)
    return f'<a href="{esc(target)}">{esc(url)}</a>' if target else f'<span class="kg-iri">{esc(url)}</span>'


def _rule(rule: str) -> str:
    """A rule name that wraps at its separators only: ``fr/<wbr>investedIn.<wbr>raise``."""
    return esc(rule).replace("/", "/<wbr>").replace(".", ".<wbr>")


def _confidence(value: float) -> str:
    return f"{value:.2f}"


def _fact_rows(result: ArticleResult, facts, prefix: str, letter: str, lang: str, ui: dict) -> str:
    rows = []
    for n, fact in enumerate(facts, 1):
        anchor = f"{prefix}s-{fact.start}"
        sentence = result.text[fact.start : fact.end]
        rows.append(
            f'<tr id="{prefix}{letter}-{n}" class="kg-fact kg-status-{esc(fact.status)}" data-target="{esc(anchor)}">'
            f'<td class="kg-n">{letter.upper()}{n}</td>'
            f"<td>{_entity_link(result, fact.subject)}</td>"
            f'<td><a class="kg-rel" href="#{esc(anchor)}" title="{esc(sentence)}">{esc(term_label(fact.relation, lang))}</a>'
            f'<span class="kg-relname">ai:{esc(fact.relation)}</span></td>'
            f"<td>{_entity_link(result, fact.object)}</td>"
            f'<td class="kg-conf"><meter min="0" max="1" value="{fact.confidence:.3f}"></meter> {_confidence(fact.confidence)}</td>'
            f'<td><code class="kg-rule">{_rule(fact.rule)}</code></td>'
            f'<td class="kg-status">{esc(term_label(fact.status, lang))}</td>'
            f'<td><a class="kg-goto" href="#{esc(anchor)}" title="{esc(ui["goto"])}">\u00a7\u00a0{fact.start}</a></td></tr>'
        )
    head = "".join(
        f"<th>{esc(ui[k])}</th>" for k in ("subject", "relation", "object", "confidence", "rule", "status", "sentence")
    )
    return f'<table class="kg-table"><thead><tr><th>#</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _event_rows(result: ArticleResult, prefix: str, lang: str, ui: dict) -> str:
    rows = []
    for n, event in enumerate(result.events, 1):
        roles = sorted((role, key) for role, keys in event.roles.items() for key in keys)
        iri = event_iri(
            event.type, roles, event.amount and _amount_digest(event.amount), event.date and event.date.value
        )
        participants = "<br>".join(
            f'<span class="kg-role">{esc(term_label(role, lang))}</span> {_entity_link(result, key)}'
            for role, key in roles
        )
        amount = ""
        if event.amount is not None:
            a = event.amount
            amount = (
                f'<span class="kg-amount">{esc(format_amount(a.currency, a.value, a.min_value, a.max_value, lang))}</span>'
                + (f'<br><span class="kg-quote">\u00ab\u00a0{esc(a.text)}\u00a0\u00bb</span>' if a.text else "")
            )
        date = ""
        if event.date is not None:
            date = f'<span class="kg-date">{esc(event.date.value)}</span>' + (
                f'<br><span class="kg-quote">\u00ab\u00a0{esc(event.date.text)}\u00a0\u00bb</span>'
                if event.date.text
                else ""
            )
        links = " ".join(
            f'<a class="kg-goto" href="#{prefix}s-{f.start}" title="{esc(ui["goto"])}">\u00a7\u00a0{f.start}</a>'
            for f in sorted({f.start: f for f in event.evidence}.values(), key=lambda f: f.start)
        )
        rules = " ".join(sorted({f'<code class="kg-rule">{_rule(f.rule)}</code>' for f in event.evidence}))
        rows.append(
            f'<tr id="{prefix}e-{n}" class="kg-event kg-{esc(event.type)}" data-iri="{esc(iri)}"'
            f' data-target="{prefix}s-{event.evidence[0].start if event.evidence else 0}">'
            f'<td class="kg-n">E{n}</td>'
            f'<td><a href="{esc(iri)}" title="{esc(iri)}">{esc(term_label(event.type, lang))}</a></td>'
            f"<td>{participants}</td><td>{amount or DASH}</td><td>{date or DASH}</td>"
            f'<td class="kg-conf">{_confidence(event.confidence)}</td><td>{rules}</td><td>{links}</td></tr>'
        )
    head = "".join(
        f"<th>{esc(ui[k])}</th>" for k in ("type", "participants", "amount", "date", "confidence", "rule", "sentence")
    )
    return f'<table class="kg-table"><thead><tr><th>#</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _entity_rows(report: ArticleReport, lang: str, ui: dict) -> str:
    result = report.result
    counts = Counter(s.kb_id_ for s in report.doc.spans.get("kg_mentions", []))
    rows = []
    for key, entity in sorted(
        result.entities.items(),
        key=lambda kv: (CLASS_ORDER.index(kv[1].type) if kv[1].type in CLASS_ORDER else 99, kv[1].name.lower()),
    ):
        iri = str(entity_iri(key))
        wikidata = (
            f'<a class="kg-wikidata" href="{esc(WIKIDATA_PAGE + entity.qid)}">{esc(entity.qid)}</a>'
            if entity.qid
            else ""
        )
        forms = ", ".join(sorted(entity.surface_forms - {entity.name}))
        rows.append(
            f'<tr class="kg-entity-row"><td><mark class="kg-chip" style="background:{CLASS_TINTS.get(entity.type, OTHER_COLOUR)}">'
            f"{esc(entity.name)}</mark>"
            + (f'<br><span class="kg-quote">{esc(forms)}</span>' if forms else "")
            + f"</td><td>{esc(term_label(entity.type, lang))}</td><td>{counts.get(key, 0)}</td>"
            f'<td><a class="kg-iri-link" href="{esc(iri)}">{esc(iri.rsplit("/", 1)[-1])}</a></td><td>{wikidata}</td></tr>'
        )
    head = "".join(f"<th>{esc(ui[k])}</th>" for k in ("entities", "class", "mentions", "iri", "wikidata"))
    return f'<table class="kg-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _article_section(report: ArticleReport, number: int, many: bool) -> str:
    result = report.result
    lang = ui_language(result.lang)
    ui = UI[lang]
    prefix = f"a{number}-" if many else ""
    asserted = [f for f in result.facts if f.status == "Asserted"]
    hedged = [f for f in result.facts if f.status != "Asserted"]
    refs: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for n, fact in enumerate(asserted, 1):
        refs[fact.start].append((f"{prefix}f-{n}", f"F{n}"))
    for n, fact in enumerate(hedged, 1):
        refs[fact.start].append((f"{prefix}h-{n}", f"H{n}"))
    name = result.title or result.source_file or result.iri
    meta = [
        (ui["iri"], _link(result.iri)),
        (ui["language"], esc(ui.get(f"lang_{result.lang}", result.lang))),
    ]
    if result.published:
        meta.append((ui["published"], esc(result.published.isoformat())))
    if result.url:
        meta.append((ui["source"], _link(result.url)))
    elif result.source_file:
        meta.append((ui["source"], esc(result.source_file)))
    used = sorted(
        {e.type for e in result.entities.values()}, key=lambda c: CLASS_ORDER.index(c) if c in CLASS_ORDER else 99
    )
    legend = " ".join(
        f'<mark class="kg-chip kg-{esc(c)}" style="background:{CLASS_TINTS.get(c, OTHER_COLOUR)}">'
        f"{esc(term_label(c, lang))}</mark>"
        for c in used
    )
    summary = ui["summary"].format(e=len(result.entities), f=len(asserted), v=len(result.events), h=len(hedged))
    hedged_html = (
        _fact_rows(result, hedged, prefix, "h", lang, ui) if hedged else f'<p class="kg-none">{esc(ui["none"])}</p>'
    )
    events_html = (
        _event_rows(result, prefix, lang, ui) if result.events else f'<p class="kg-none">{esc(ui["none"])}</p>'
    )
    facts_html = (
        _fact_rows(result, asserted, prefix, "f", lang, ui) if asserted else f'<p class="kg-none">{esc(ui["none"])}</p>'
    )
    return (
        f'<article class="kg-article" id="{prefix or "a1-"}article" lang="{esc(lang)}" data-iri="{esc(result.iri)}">'
        f"<h2>{esc(ui['article'])} {number}: {esc(name)}</h2>"
        f'<dl class="kg-meta">{"".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta)}</dl>'
        f'<p class="kg-summary">{esc(summary)}</p>'
        f'<div class="kg-grid"><section class="kg-text"><h3>{esc(ui["text"])}</h3>'
        f'<p class="kg-legend">{esc(ui["legend"])}: {legend}</p>'
        f'<div class="kg-body">{_render_text(report, prefix, lang, refs)}</div></section>'
        f'<section class="kg-panel">'
        f'<h3 id="{prefix}facts">{esc(ui["facts"])} ({len(asserted)})</h3>{facts_html}'
        f'<h3 id="{prefix}events">{esc(ui["events"])} ({len(result.events)})</h3>{events_html}'
        f'<h3 id="{prefix}hedged" class="kg-hedged-title">{esc(ui["hedged"])} ({len(hedged)})</h3>'
        f'<div class="kg-hedged">{hedged_html}</div>'
        f'<h3 id="{prefix}entities">{esc(ui["entities"])} ({len(result.entities)})</h3>{_entity_rows(report, lang, ui)}'
        f"</section></div></article>"
    )


def render_report(reports: Sequence[ArticleReport], title: str | None = None) -> str:
    """The whole page: one section per article; page labels in the first article's language."""
    if not reports:
        raise ValueError("no article to report on")
    lang = ui_language(reports[0].result.lang)
    ui = UI[lang]
    many = len(reports) > 1
    first = reports[0].result
    title = title or (
        f"{ui['title']} \u2013 {first.title or first.source_file or first.iri}"
        if not many
        else f"{ui['title']} \u2013 {len(reports)} {ui['articles']}"
    )
    sections = "".join(_article_section(r, n, many) for n, r in enumerate(reports, 1))
    if many:  # a table of contents: one line per article with its counts
        items = "".join(
            f'<li><a href="#a{n}-article">{esc(r.result.title or r.result.source_file or r.result.iri)}</a> '
            f'<span class="kg-quote">{esc(UI[ui_language(r.result.lang)]["summary"].format(e=len(r.result.entities), f=len(r.result.asserted), v=len(r.result.events), h=len(r.result.facts) - len(r.result.asserted)))}</span></li>'
            for n, r in enumerate(reports, 1)
        )
        sections = f'<nav class="kg-toc"><ol>{items}</ol></nav>' + sections
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="knowgraph {esc(__version__)}">\n<title>{esc(title)}</title>\n'
        f"<style>\n{asset('report.css')}</style>\n</head>\n"
        f'<body class="kg-report">\n<header class="kg-header"><h1>{esc(title)}</h1>'
        f'<p class="kg-generated">{esc(ui["generated"].format(v=__version__))}</p></header>\n'
        f"<main>{sections}</main>\n<script>\n{asset('report.js')}</script>\n</body>\n</html>\n"
    )


def write_report(reports: Sequence[ArticleReport], path, title: str | None = None) -> None:
    """Render and write the page atomically (``.html`` or ``.htm``)."""
    if not str(path).lower().endswith((".html", ".htm")):
        raise ValueError(f"{path}: the report is an HTML page: give a .html file")
    write_text_atomic(path, render_report(reports, title))


def main_report(args) -> int:
    """``knowgraph report`` (called by :mod:`knowgraph.cli`): returns the exit code."""
    nlp = None
    if not str(args.output).lower().endswith((".html", ".htm")):
        raise ValueError(f"{args.output}: the report is an HTML page: give a .html file")
    if args.model:
        import spacy

        try:
            nlp = spacy.load(args.model)
        except OSError as exc:
            raise ValueError(f"cannot load spaCy model {args.model!r}: {exc}") from None
    reports, problems = report_inputs(
        args.inputs,
        lang=args.lang,
        published=args.published,
        source=args.source,
        nlp=nlp,
        gazetteer_files=args.gazetteer,
        stdin=sys.stdin.buffer if "-" in args.inputs else None,
    )
    if not reports:
        raise ValueError(problems[0] if len(problems) == 1 else f"no article could be read ({'; '.join(problems)})")
    for problem in problems:
        print(f"knowgraph: skipped {problem}", file=sys.stderr)
    write_report(reports, args.output)
    facts = sum(len(r.result.asserted) for r in reports)
    print(
        f"knowgraph: {len(reports)} article(s), {facts} facts -> {args.output}"
        + (f" ({len(problems)} skipped)" if problems else ""),
        file=sys.stderr,
    )
    return 1 if problems else 0
