"""Resolve a token that stands for an entity: names, pronouns, relative pronouns, descriptions.

Relation rules find an argument *token* (the subject of a verb, the noun after "de"); the
:class:`Resolver` says which entities of the article it denotes, using the mentions of
``knowgraph_mentions`` and, for words that are not names, simple and explainable rules:

* a relative pronoun ("que", "dont", "which") denotes the noun its clause modifies;
* a personal pronoun ("il", "elle", "lui", "it") the most recent entity of a fitting type;
* a definite description ("la startup", "le laboratoire", "la firme de Redmond", "the lab")
  the entity it is in apposition with, else the most recent entity whose kinds fit;
* "des entreprises comme X et Y" denotes X and Y.

Every resolution carries a factor that lowers the confidence of facts built on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Span, Token

from knowgraph.mentions.finder import MENTIONS_KEY, Entity, mention_index
from knowgraph.mentions.gazetteer import bare, fold, slugify
from knowgraph.nlp.doccache import token_columns
from knowgraph.nlp.resources import language_data, language_table

DIRECT, LINKED, PRONOUN, DESCRIPTION, COERCED = 1.0, 0.95, 0.85, 0.8, 0.85


@dataclass(frozen=True)
class Referent:
    key: str
    factor: float
    token: int  # where the referring expression is


class Resolver:
    def __init__(self, doc: Doc, lang: str):
        self.doc = doc
        self.lang = lang
        lex = language_data(lang, "lexicon")
        self.descriptors: dict[str, dict] = lex["descriptors"]
        self.pronouns: dict[str, list[str]] = {k.lower(): v for k, v in lex["pronouns"].items()}
        self.relatives = set(lex["relative_pronouns"])
        self.person_relatives = set(lex.get("person_relatives", []))
        self.thing_relatives = set(lex.get("thing_relatives", []))
        self.possessives = set(lex["possessive_determiners"])
        self.first_person = {w.lower() for w in lex.get("first_person_plural", [])}
        self.second_person = {w.lower() for w in lex.get("second_person", [])}
        self._interview: bool | None = None
        self.stop_names = {fold(n) for n in lex["stop_names"]}
        self.organization_words = set(lex.get("organization_words", []))
        self.name_tails = set(lex.get("name_tails", []))
        self.based_words = set(lex.get("based_words", []))
        self.genitive_words = set(lex.get("genitive_words", []))
        self.comitative_prepositions = set(lex.get("comitative_prepositions", []))
        self.possessive_clitics = set(lex.get("possessive_clitics", []))
        self._before_possessed = self.genitive_words | self.possessive_clitics
        self.noun_premodifiers = bool(lex.get("noun_premodifiers", False))
        self.naming_verbs = set(lex["naming_verbs"])
        self.prepositions = set(lex.get("prepositions", []))
        self.example_markers = set(lex.get("example_markers", []))
        self.coordinators = set(lex.get("coordinators", []))
        self.definite = set(lex.get("definite_determiners", []))
        self.nationalities = {r["adjective"].casefold(): r["place_key"] for r in language_table(lang, "nationalities")}
        self.entities: dict[str, Entity] = doc._.kg_entities or {}
        self.index = mention_index(doc)
        self.mentions: list[Span] = list(doc.spans.get(MENTIONS_KEY, []))
        # mentions in order of their start (as knowgraph_mentions writes them; _add_mention keeps the order)
        self._ordered = all(a.start <= b.start for a, b in zip(self.mentions, self.mentions[1:], strict=False))
        self.descriptions: dict[str, set[str]] = {}  # entity key -> description surface forms used for it
        self._text: str | None = None  # doc.text, built once (spaCy joins the tokens at every access)
        columns = self._columns = token_columns(
            doc
        )  # per-token strings as lists (read-only, shared with the mentions component)
        self.lowers: list[str] = columns.lower  # token.lower_ by index, for the rules' word-sequence tests
        self.lemmas: list[str] = columns.lemma  # token.lemma_.lower() by index
        self._texts: list[str] = columns.text  # token.text and token.text_with_ws by index
        self._texts_ws: list[str] = columns.text_with_ws

    @property
    def columns(self):
        """The doc's :class:`knowgraph.nlp.doccache.TokenColumns` (read-only lists of token strings)."""
        return self._columns

    # -- public ---------------------------------------------------------------------------------
    def entity(self, key: str) -> Entity:
        return self.entities[key]

    def type_of(self, key: str) -> str:
        return self.entities[key].type

    def mention_at(self, i: int) -> Span | None:
        return self.index.get(i)

    def mentions_in(self, start: int, end: int) -> Iterator[Span]:
        """``self.mentions`` as ``for span in self.mentions`` reads it (the list may grow meanwhile),
        less spans that start before ``start`` or at ``end`` or after, which it skips without
        reading them, when the list is in order of start."""
        mentions = self.mentions
        k = 0
        if self._ordered:  # the first span that starts at ``start`` or after
            hi = len(mentions)
            while k < hi:
                mid = (k + hi) // 2
                if mentions[mid].start < start:
                    k = mid + 1
                else:
                    hi = mid
        for span in islice(mentions, k, None):
            if self._ordered and span.start >= end:
                return  # so do all the later ones
            yield span

    def resolve(
        self,
        token: Token,
        types: Iterable[str] | None = None,
        exclude: Iterable[str] = (),
        coordinated: bool = True,
        depth: int = 0,
    ) -> list[Referent]:
        """Entities that ``token`` denotes, filtered by ``types`` (ontology class names)."""
        types = set(types) if types else None
        exclude = set(exclude)
        found = self._resolve(token, types, exclude, depth)
        if found and coordinated and found[0].factor >= LINKED:
            found = found + [r for r in self._coordinated(found[0].token, types) if r.key not in {f.key for f in found}]
        return [r for r in found if r.key not in exclude and (types is None or self.type_of(r.key) in types)]

    # -- internals ------------------------------------------------------------------------------
    def _resolve(self, token: Token, types, exclude, depth) -> list[Referent]:
        if depth > 4:
            return []
        span = self.index.get(token.i)
        if span is not None:
            return [Referent(span.kb_id_, DIRECT, span.start)]
        lower = token.lower_
        if lower in self.first_person and token.pos_ == "PRON":
            return self.speaker_organization() if self._spoken(token) else []
        if lower in self.second_person and token.pos_ == "PRON":
            self._spoken(token)
            return self.speaker_organization() if self._interview else []
        if lower in self.relatives or ("PronType=Rel" in str(token.morph) and token.pos_ == "PRON"):
            if lower in self.person_relatives and types is not None and "Person" not in types:
                return []  # "who" takes up a person only
            if lower in self.thing_relatives and types is not None and types <= {"Person"}:
                return []  # "which" never takes up a person
            return self._antecedent(token, types, exclude, depth)
        if lower in self.pronouns and token.pos_ in ("PRON", "DET", "NOUN", "PROPN", "ADV", "X", "ADJ"):
            allowed = set(self.pronouns[lower]) & types if types else set(self.pronouns[lower])
            dative = lower in {"lui", "leur", "him", "them"}
            # an object pronoun ("... and supplies it with ...") need not take up a subject
            obj = (
                token.dep_ in ("dobj",)
                and token.head.pos_ == "VERB"
                and token.head.dep_ == "conj"
                and token.i > token.head.i
                and bool(exclude)
            )
            return self._recent(
                token.i, allowed, exclude, PRONOUN, prefer_subject=not dative and not obj, skip_genitive=dative
            )
        if (
            token.pos_ in ("NOUN", "PROPN", "ADJ", "X")
            or lower in self.descriptors
            or token.lemma_.lower() in self.descriptors
        ):
            found = self._noun(token, types, exclude, depth)
            if found:
                return found
        return self._coerce(token, types)

    def _spoken(self, token: Token) -> bool:
        """Is ``token`` in a quotation, or the article an interview (questions on lines of their own)?
        Elsewhere "we" is the writer ("nous avons testé ...")."""
        if self._text is None:
            self._text = self.doc.text
        if self._interview is None:
            lines = [line.strip() for line in self._text.splitlines() if line.strip()]
            self._interview = sum(1 for line in lines if line.endswith("?") and len(line) < 120) >= 2
        if self._interview:
            return True
        text = self._text
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
        if ranked and self._interview:
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

    # -- names the NER missed -------------------------------------------------------------------
    def _occurrences(self, text: str) -> list[int]:
        """The indices of the tokens written ``text``, in order (an index of the doc, built once)."""
        return self._columns.occurrences(text)

    def _lower_occurrences(self, lower: str) -> list[int]:
        """The indices of the tokens whose lower-case form is ``lower``, in order."""
        return self._columns.lower_occurrences(lower)

    def _text_of(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for ``start < end <= len(doc)``, without building the span."""
        return "".join(self._texts_ws[start : end - 1]) + self._texts[end - 1]

    def _is_name_part(self, token: Token) -> bool:
        return (
            (token.text[:1].isupper() or (token.text[:1].isdigit() and token.is_alpha is False))
            and not token.is_punct
            and fold(token.text) not in self.stop_names
            and token.lower_ not in self.descriptors
        )

    def _coerce(self, token: Token, types) -> list[Referent]:
        """A capitalised name in an argument slot that wants an organisation or a person is one,
        even when the NER missed it: "cofondatrice de Médivia", "auprès de Sorbane Partners"."""
        if not types or not (types & {"Organization", "Company", "Person"}) or not self._is_name_part(token):
            return []
        if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"):
            return []
        if (
            token.ent_type_ in ("LOC", "GPE")
            and token.i > 0
            and self.doc[token.i - 1].lower_ in ("à", "au", "aux", "en", "dans", "in", "at", "near", "de", "from")
        ):
            return []  # a place where places are named ("à Bordeaux"); elsewhere the NER's LOC is often a company
        doc = self.doc
        sent = token.sent
        if (
            token.i == sent.start
            and not token.ent_type_
            and not any(not doc[i].is_sent_start for i in self._occurrences(token.text) if i != token.i)
            and not (
                # a proper noun that starts several sentences and is never written in lower case is a name
                token.pos_ == "PROPN"
                and not token.is_stop
                and len(self._occurrences(token.text)) >= 2
                and not any(doc[i].is_lower for i in self._lower_occurrences(token.lower_))
            )
        ):
            return []  # "Basée à Paris, ...": a capital that only starts a sentence names nothing
        start = token.i
        while start - 1 > sent.start and self._is_name_part(doc[start - 1]) and start - 1 not in self.index:
            start -= 1
        end = token.i + 1
        while (
            end < sent.end
            and end not in self.index
            and (
                self._is_name_part(doc[end])
                or (doc[end].text in ("-", "&") and end + 1 < sent.end and self._is_name_part(doc[end + 1]))
                or (
                    # "CHU de Bordeaux", "Banque de France": an institution word, "de", a name
                    doc[end].lower_ in self.genitive_words
                    and doc[start].text in self.organization_words
                    and end + 1 < sent.end
                    and self._is_name_part(doc[end + 1])
                )
            )
        ):
            end += 1
        while start < end and not doc[start].text[:1].isupper():
            start += 1  # a name starts with a capital letter, not "500" nor "7B"
        if (
            start >= end
            or any(i in self.index for i in range(start, end))
            or (end - start == 1 and len(doc[start].text) < 2)
        ):
            return []
        text = doc[start:end].text
        words = text.split()
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in self.based_words:
            return []  # "Reykjavik-based": a place
        if len(words) == 1 and "Person" in types:
            # "Altman" after "Sam Altman": a family name stands for the person named earlier
            for key, entity in self.entities.items():
                if entity.type == "Person" and len(entity.name.split()) > 1 and entity.name.split()[-1] == words[0]:
                    entity.surface_forms.add(text)
                    self._add_mention(start, end, "Person", key)
                    return [Referent(key, LINKED, start)]
        org_words = any(w in self.organization_words for w in words)
        wants_org = bool(types & {"Organization", "Company"})
        if len(words) == 1 and any(
            e.type == "Person" and e.name.split()[-1] == words[0] for e in self.entities.values()
        ):
            return []  # "Esterhazy" is the person named earlier, not a company
        if (
            "Person" in types
            and len(words) >= 2
            and not org_words
            and (not wants_org or token.ent_type_ in ("PER", "PERSON"))
        ):
            etype, key = "Person", slugify(text)
        elif wants_org and (len(words) <= 4):
            etype, key = "Organization", slugify(bare(text))
        else:
            return []
        if etype == "Organization" and key not in self.entities:
            # "Kilnworth Digital" when "Kilnworth" is already an organisation: a generic tail
            for n in range(len(words) - 1, 0, -1):
                if all(w in self.name_tails for w in words[n:]):
                    short = slugify(bare(" ".join(words[:n])))
                    if (
                        short in self.entities
                        and self.entities[short].type == "Organization"
                        and not self.entities[short].known
                    ):
                        key = short
                        break
            if key not in self.entities:
                # "Kilnworth" when "Kilnworth Digital" is already an organisation
                longer = [
                    k
                    for k, e in self.entities.items()
                    if e.type == "Organization"
                    and not e.known
                    and e.name.split()[: len(words)] == words
                    and len(e.name.split()) > len(words)
                    and all(w in self.name_tails for w in e.name.split()[len(words) :])
                ]
                if len(longer) == 1:
                    key = longer[0]
        entity = self.entities.get(key)
        if entity is not None and entity.type != etype:
            return []
        if entity is None:
            entity = Entity(key, text, etype, first_token=start)
            self.entities[key] = entity
        entity.surface_forms.add(text)
        self._add_mention(start, end, etype, key)
        # its other occurrences are mentions too
        n = len(words)
        for i in self._occurrences(words[0]):  # the tokens written words[0], in order
            if i > len(doc) - n:
                break
            if (
                i != start
                and tuple(t.text for t in doc[i : i + n]) == tuple(words)
                and not any(k in self.index for k in range(i, i + n))
            ):
                self._add_mention(i, i + n, etype, key)
        return [Referent(key, COERCED, start)]

    def _add_mention(self, start: int, end: int, etype: str, key: str) -> None:
        span = Span(self.doc, start, end, label=etype, kb_id=key)
        for i in range(start, end):
            self.index[i] = span
        self.mentions.append(span)
        self.mentions.sort(key=lambda s: s.start)
        self._ordered = True

    def _antecedent(self, token: Token, types, exclude, depth) -> list[Referent]:
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
        clause = token.head
        for _ in range(3):
            if clause.dep_.startswith("acl") or clause.dep_ in ("relcl",):
                found = self._resolve(clause.head, types, exclude, depth + 1)
                if found:
                    return [Referent(r.key, min(r.factor, LINKED), r.token) for r in found]
                break
            if clause.head is clause:
                break
            clause = clause.head
        # Parse failed: the nearest name or description to the left ("DeepMind, le laboratoire que ...").
        for j in range(token.i - 1, max(token.sent.start, token.i - 8) - 1, -1):
            t = self.doc[j]
            if t.is_punct and t.text != ",":
                break
            found = self._resolve(t, types, exclude, depth + 1) if not t.is_punct else []
            if (
                found
                and types
                and token.lower_ in self.person_relatives
                and not any(self.type_of(r.key) in types for r in found)
            ):
                continue  # "Dana Whitlock, a former Oracle executive who ...": "who" is the person, not Oracle
            if found:
                return [Referent(r.key, min(r.factor, LINKED), r.token) for r in found]
        return []

    def _noun(self, token: Token, types, exclude, depth) -> list[Referent]:
        doc = self.doc
        # "la startup Inflection": a name right after the noun phrase
        for child in token.children:
            span = self.index.get(child.i)
            if (
                span is not None
                and child.dep_ in ("appos", "flat:name", "nmod", "amod", "compound", "nummod")
                and child.i > token.i
                and all(doc[k].text in '«»"“”' for k in range(token.i + 1, child.i))
            ):
                return [Referent(span.kb_id_, LINKED, span.start)]
            # "a family of multilingual models, called Weft": the name a naming participle gives the phrase
            if (
                child.i > token.i
                and child.dep_ in ("prep", "acl")
                and child.lemma_.lower() in self.naming_verbs | {"of"}
            ):
                for t in child.subtree:
                    if (
                        t.lemma_.lower() in self.naming_verbs
                        and t.dep_ == "acl"
                        and t.i + 1 < len(doc)
                        and self.index.get(t.i + 1) is not None
                        and t.i - token.i <= 8
                    ):
                        span = self.index[t.i + 1]
                        if span.label_ in (types or {span.label_}):
                            return [Referent(span.kb_id_, LINKED, span.start)]
            # "His startup, Keelhaul Labs, ...": a name in apposition after a comma
            if (
                span is not None
                and child.dep_ == "appos"
                and span.start == token.i + 2
                and doc[token.i + 1].text == ","
                and span.end < len(doc)
                and doc[span.end].text in (",", ".", ";", ")")
            ):
                return [Referent(span.kb_id_, LINKED, span.start)]
        # "the Claude chatbot", "the Weft language models": a name of the noun's own class before it
        info = self.descriptors.get(token.lemma_.lower()) or self.descriptors.get(token.lower_)
        if self.noun_premodifiers and info is not None and info["type"] in ("Product", "AIModel"):
            k = token.i - 1
            while (
                k > token.sent.start
                and token.i - k <= 3
                and doc[k].is_lower
                and doc[k].pos_ in ("NOUN", "ADJ")
                and k not in self.index
            ):
                k -= 1
            span = self.index.get(k)
            if (
                span is not None
                and span.label_ in ("Product", "AIModel")
                and span.start - 1 >= token.sent.start
                and doc[span.start - 1].lower_ in self.definite | self.possessives
            ):
                return [Referent(span.kb_id_, LINKED, span.start)]
        # apposition: "Anthropic, le rival d'OpenAI" / "OpenAI, the lab"
        left = self._np_start(token)
        if left - 1 >= 0 and doc[left - 1].text == "," and left - 2 >= token.sent.start:
            prev = doc[left - 2]
            span = self.index.get(prev.i)
            if span is not None:
                return [Referent(span.kb_id_, LINKED, span.start)]
        # "le fournisseur de cloud rival Oracle", "une fonctionnalité appelée « Think Deeper »",
        # "la start-up Kerlann" (a descriptor of several tokens starting here)
        j = token.i + 1
        for n in (3, 2):
            if token.i + n <= len(doc) and (
                self._text_of(token.i, token.i + n).lower() in self.descriptors
                or " ".join(self.lowers[token.i : token.i + n]) in self.descriptors
            ):
                j = token.i + n
                break
        while (
            j < len(doc)
            and j - token.i < 6
            and j not in self.index
            and (
                doc[j].text in '«»"“”'
                or doc[j].lemma_.lower() in self.naming_verbs
                or (
                    doc[j].is_alpha
                    and doc[j].is_lower
                    and doc[j].pos_ not in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ")
                    and doc[j].lower_ not in self.prepositions
                )
            )
        ):
            if doc[j].lower_ in self.genitive_words and j + 1 in self.index:
                break  # "l'employeur de Mustafa Suleyman": a complement, not the noun's name
            j += 1
        determined = self._np_start(token) < token.i  # "le fournisseur", not the bare "de cloud"
        if (
            determined
            and j < len(doc)
            and j in self.index
            and doc[j].sent.start == token.sent.start
            and doc[j - 1].lower_ not in self.genitive_words
        ):
            span = self.index[j]
            return [Referent(span.kb_id_, LINKED, span.start)]
        # "des entreprises comme Anthropic et OpenAI"
        k = token.i + 1
        while k < len(doc) and k - token.i < 4 and doc[k].pos_ == "ADJ" and doc[k].lower_ not in self.example_markers:
            k += 1
        if k < len(doc) and doc[k].lower_ in self.example_markers:
            m = k + 1
            while m < len(doc) and doc[m].lower_ in {"que", "as"}:
                m += 1
            if m in self.index:
                span = self.index[m]
                return [Referent(span.kb_id_, LINKED, span.start)]
        # definite description of an entity named earlier
        info = self.descriptors.get(token.lemma_.lower()) or self.descriptors.get(token.lower_)
        for n in (3, 2):  # "une start-up" parsed with "start" as the head: the descriptor starts here
            if (
                info is None
                and token.i + n <= len(doc)
                and (self._text_of(token.i, token.i + n).lower() in self.descriptors)
            ):
                left = self._np_start(token)
                if (
                    left - 1 >= 0
                    and doc[left - 1].text == ","
                    and left - 2 >= token.sent.start
                    and left - 2 in self.index
                ):
                    span = self.index[left - 2]
                    return [Referent(span.kb_id_, LINKED, span.start)]
        for n in (2, 3):  # "la jeune pousse", "une start-up": a multi-word descriptor ending here
            if info is None and token.i - n + 1 >= 0:
                first = token.i - n + 1  # the window doc[first : token.i + 1]
                info = self.descriptors.get(self._text_of(first, token.i + 1).lower()) or self.descriptors.get(
                    " ".join(self.lowers[first : token.i + 1])
                )
                if info is not None:
                    left = self._np_start(doc[first])
                    if (
                        left - 1 >= 0
                        and doc[left - 1].text == ","
                        and left - 2 >= token.sent.start
                        and left - 2 in self.index
                    ):
                        span = self.index[left - 2]
                        return [Referent(span.kb_id_, LINKED, span.start)]
        if info is None:
            return []
        determiner = doc[left].lower_ if left < token.i else ""
        if determiner not in self.definite and determiner not in self.possessives:
            # "Last year the French startup raised ...": a time phrase before the determiner
            determiner = next((t.lower_ for t in doc[left : token.i] if t.pos_ == "DET"), determiner)
        if determiner not in self.definite and determiner not in self.possessives:
            return []
        if token.i > 0 and doc[token.i - 1].lower_ in ("deux", "two", "both"):
            # "les deux entreprises", "the two companies": the two entities last named
            first = self._recent(token.i, {info["type"]} & types if types else {info["type"]}, exclude, DESCRIPTION)
            if first:
                second = self._recent(
                    token.i, {info["type"]} & types if types else {info["type"]}, exclude | {first[0].key}, DESCRIPTION
                )
                return first + second if second else []
            return []
        wanted = {info["type"]} & types if types else {info["type"]}
        if not wanted:
            return []
        kinds = set(info.get("kinds") or ())
        place = self._place_of_description(token)
        candidates = self._salient(token.i, wanted, exclude, kinds=kinds, place=place)
        if not candidates and place:
            candidates = self._unplaced_salient(token, wanted, exclude, kinds, place)
        if candidates and not place:
            described = self._described_as(token, wanted, exclude)
            if described and described[0].key != candidates[0].key:
                candidates = described
        if candidates:
            phrase = doc[left : self._np_end(token)].text
            if place or any(t.lower_ in self.nationalities for t in doc[left : self._np_end(token)]):
                self.descriptions.setdefault(candidates[0].key, set()).add(phrase)
        return candidates

    def _np_start(self, token: Token) -> int:
        i = token.i
        doc = self.doc
        while True:
            i = self._np_start_from(token, i)
            # "the Santa Clara, California-based company": a comma between two places
            place = self.index.get(i - 1) if i - 1 >= token.sent.start else None
            if (
                place is not None
                and place.label_ == "Place"
                and place.start - 2 >= token.sent.start
                and doc[place.start - 1].text == ","
                and place.start - 2 in self.index
                and self.index[place.start - 2].label_ == "Place"
            ):
                i = self.index[place.start - 2].start
                continue
            return i

    def _np_start_from(self, token: Token, i: int) -> int:
        # read from the token columns: spaCy makes a Token object at every doc[i]
        text, pos, lower, text_ws = self._texts, self._columns.pos, self.lowers, self._texts_ws
        sent_start = token.sent.start
        determiners = self.definite | self.possessives
        while (
            i - 1 >= sent_start
            and text[i - 1] != ","
            and (
                pos[i - 1] in ("DET", "ADJ", "NUM")
                or lower[i - 1] in determiners
                # English premodifiers: "the London coding-assistant maker", "a Paris-based lab"
                or (
                    self.noun_premodifiers
                    and pos[i - 1] == "NOUN"
                    and text[i - 1].islower()
                    and i - 1 > sent_start
                    and text[i - 2] != ","
                )
                or text[i - 1] == "-"
                or lower[i - 1] in self.based_words
                # "the in-house AI chips": a word glued to a hyphen, a generic capitalised word ("AI")
                or (
                    text[i] == "-" and text_ws[i - 1] == text[i - 1] and text[i - 1].isalpha() and text[i - 1].islower()
                )
                or (
                    self.noun_premodifiers
                    and pos[i - 1] == "PROPN"
                    and fold(text[i - 1]) in self.stop_names
                    and i - 1 > sent_start
                    and text[i - 2] != ","
                )
                or (
                    i - 1 in self.index
                    and self.index[i - 1].label_ == "Place"
                    and i - 1 > sent_start
                    and text[i - 2] != ","
                )
            )
        ):
            i -= 1
        return i

    def _np_end(self, token: Token) -> int:
        end = token.i + 1
        doc = self.doc
        while (
            end < len(doc) and end - token.i < 4 and (doc[end].pos_ == "ADJ" or doc[end].lower_ in self.genitive_words)
        ):
            if doc[end].lower_ in self.genitive_words:
                if end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                    end += 2
                    continue
                break
            end += 1
        return end

    def _place_of_description(self, token: Token) -> str | None:
        """ "la firme de Redmond" -> redmond; "le géant américain" -> united-states."""
        doc = self.doc
        for j in range(token.i + 1, min(len(doc), token.i + 4)):
            if doc[j].lower_ in self.nationalities:
                return self.nationalities[doc[j].lower_]
            span = self.index.get(j)
            if span is not None:
                return span.kb_id_ if span.label_ == "Place" else None
            if doc[j].pos_ not in ("ADJ", "ADP", "DET"):
                break
        for j in range(max(token.sent.start, token.i - 2), token.i):
            if doc[j].lower_ in self.nationalities:
                return self.nationalities[doc[j].lower_]
        return None

    def _recent(
        self,
        before: int,
        types: set[str] | None,
        exclude: set[str],
        factor: float,
        *,
        kinds: set[str] = frozenset(),
        place: str | None = None,
        prefer_subject: bool = False,
        skip_genitive: bool = False,
        limit_sentences: int = 2,
    ) -> list[Referent]:
        """The most recent entity mentioned before token ``before`` that fits."""
        sent_start = self.doc[before].sent.start
        sentences_back = 0
        best = None
        last_sent = None
        for span in reversed(self.mentions):
            if span.start >= before:
                continue
            sent = span.sent.start
            if sent != last_sent:
                if last_sent is not None and sent < sent_start:
                    sentences_back += 1
                last_sent = sent
            if sentences_back > limit_sentences:
                break
            key = span.kb_id_
            if key in exclude or (types and span.label_ not in types):
                continue
            entity = self.entities[key]
            if kinds and entity.kinds and not (entity.kinds & kinds):
                continue
            if place and not self._located(entity, place):
                continue
            if skip_genitive and span.start > 0 and self.doc[span.start - 1].lower_ in self._before_possessed:
                best = best or Referent(key, factor * 0.95, span.start)
                continue
            if prefer_subject and sent == sent_start and self._in_prepositional_phrase(span):
                # "spun out of the University of Toronto by Léa Tremblay, who still runs it": not the PP
                best = best or Referent(key, factor * 0.9, span.start)
                continue
            if (
                prefer_subject
                and sent < sent_start
                and not span.root.dep_.startswith("nsubj")
                and not (span.root.dep_ == "ROOT" and span.root.pos_ in ("PROPN", "NOUN"))
            ):  # a verbless heading names its topic
                best = best or Referent(key, factor * 0.95, span.start)
                continue
            return [Referent(key, factor, span.start)]
        return [best] if best else []

    def _salient(
        self,
        before: int,
        types: set[str] | None,
        exclude: set[str],
        *,
        kinds: set[str],
        place: str | None,
        limit_sentences: int = 3,
    ) -> list[Referent]:
        """The entity a definite description ("l'entreprise", "la start-up") most likely means:
        among those that fit and were named in the last few sentences, the one the article has
        named most often so far; ties go to the most recent."""
        counts: dict[str, int] = {}
        for span in self.mentions:
            if span.start >= before:
                break
            counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
        candidates = []
        seen = set()
        for _ in range(limit_sentences + 1):
            found = self._recent(
                before, types, exclude | seen, DESCRIPTION, kinds=kinds, place=place, limit_sentences=limit_sentences
            )
            if not found:
                break
            candidates.append(found[0])
            seen.add(found[0].key)
        if not candidates:
            return []

        def fits(key: str) -> bool:  # described as such in the text or the gazetteer
            return bool(kinds and self.entities[key].kinds & kinds)

        # an entity of no known kind (a company absent from the gazetteer) may be anything of its
        # type, but only the one the article is about: named more often so far than any other candidate
        def main_unknown(key: str) -> bool:
            return (
                bool(kinds)
                and not self.entities[key].kinds
                and counts.get(key, 0) > max((counts.get(r.key, 0) for r in candidates if r.key != key), default=0)
            )

        best = max(candidates, key=lambda r: (fits(r.key) or main_unknown(r.key), counts.get(r.key, 0), r.token))
        return [best]

    def _described_as(
        self, token: Token, wanted: set[str], exclude: set[str], limit_sentences: int = 2
    ) -> list[Referent]:
        """ "Whitcombe Lyle, the Manhattan law firm, ... a former colleague at the firm": the entity an
        apposition of the last few sentences described with the same noun."""
        doc = self.doc
        lemma = token.lemma_.lower()
        sent_start = token.sent.start
        sentences = 0
        last = None
        for span in reversed(self.mentions):
            if span.start >= token.i or span.kb_id_ in exclude or span.label_ not in wanted:
                continue
            if span.sent.start != last:
                if last is not None:
                    sentences += 1
                last = span.sent.start
            if span.sent.start < sent_start and sentences > limit_sentences:
                break
            j = span.end
            if j + 1 < token.i and doc[j].text == "," and doc[j + 1].pos_ == "DET":
                for k in range(j + 2, min(j + 7, token.i)):
                    if doc[k].text in (",", ".", ";") or doc[k].pos_ in ("VERB", "AUX", "ADP"):
                        break
                    if doc[k].lemma_.lower() == lemma and doc[k].pos_ == "NOUN" and k != token.i:
                        m = k + 1
                        while m < token.i and doc[m].pos_ == "ADJ":
                            m += 1
                        if m < len(doc) and doc[m].text in (",", ".", ";", ")"):  # a closed apposition
                            return [Referent(span.kb_id_, DESCRIPTION, span.start)]
                        break
        return []

    def _unplaced_salient(
        self, token: Token, wanted: set[str], exclude: set[str], kinds: set[str], place: str
    ) -> list[Referent]:
        """ "Quillfeather - £22m. The London-based legal drafting startup closed ...": a description
        that gives a place no candidate is known to be in introduces that place for the entity the
        passage is about, if its own location is not known yet (and it is the subject of the clause)."""
        if not token.dep_.startswith("nsubj"):
            return []
        placed = {
            k for k, e in self.entities.items() if e.hq is not None or self.doc.user_data.get("kg_locations", {}).get(k)
        }
        candidates = self._salient(token.i, wanted, set(exclude) | placed, kinds=kinds, place=None)
        return [Referent(r.key, r.factor * 0.9, r.token) for r in candidates]

    def _in_prepositional_phrase(self, span: Span) -> bool:
        k = span.start - 1
        while k >= span.sent.start and self.doc[k].pos_ == "DET":
            k -= 1
        return k >= span.sent.start and self.doc[k].pos_ == "ADP"

    def _located(self, entity: Entity, place: str) -> bool:
        if entity.hq == place:
            return True
        return place in self.doc.user_data.get("kg_locations", {}).get(entity.key, set())

    def _coordinated(self, start: int, types) -> list[Referent]:
        """Names coordinated after the one at ``start``: "Anthropic, Cohere et OpenAI"."""
        doc = self.doc
        text, pos, lower = self._texts, self._columns.pos, self.lowers  # no Token object per look
        n_tokens = len(text)
        out = []
        span = self.index.get(start)
        if span is None:
            return out
        j = span.end
        while j < n_tokens - 1:
            if lower[j] in self.coordinators or text[j] == ",":
                k = j + 1
                while k < n_tokens and (
                    pos[k] == "DET"
                    or lower[k] in self.genitive_words
                    or (lower[j] in self.coordinators and lower[k] in self.comitative_prepositions)
                ):
                    k += 1
                nxt = self.index.get(k)
                if nxt is None:
                    # "et la startup xAI": a description introducing a name
                    if k < n_tokens and pos[k] == "NOUN" and k + 1 in self.index:
                        nxt = self.index[k + 1]
                    elif text[j] == ",":
                        # "Lucie Ferrand, ancienne ingénieure d'Airbus, et Marc-Antoine Diallo": skip the apposition
                        m = k
                        while (
                            m < min(len(doc), k + 10)
                            and doc[m].text != ","
                            and doc[m].pos_ not in ("VERB", "AUX")
                            and not doc[m].is_sent_start
                        ):
                            m += 1
                        if m + 1 < n_tokens and text[m] == "," and lower[m + 1] in self.coordinators:
                            j = m + 1
                            continue
                        break
                    else:
                        break
                if types and nxt.label_ not in types:
                    break
                if (
                    nxt.end + 1 < n_tokens
                    and lower[nxt.end] in ("'s", "’s")
                    and lower[j] in self.coordinators
                    and self.index.get(nxt.end + 1) is not None
                    and self.index[nxt.end + 1].label_ == "Product"
                    and types
                    and "Product" not in types
                    and nxt.label_ in types
                ):
                    # "with Amazon Web Services and Microsoft's Azure": the owner of the product is the last item
                    out.append(Referent(nxt.kb_id_, LINKED * 0.9, nxt.start))
                    break
                if nxt.end < n_tokens and lower[nxt.end] in ("'s", "’s"):
                    break  # ", Nvidia's venture arm,": an apposition, not the next item of a list
                out.append(Referent(nxt.kb_id_, LINKED, nxt.start))
                j = nxt.end
                continue
            break
        return out
