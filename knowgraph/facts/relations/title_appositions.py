"""A person's title beside the name, read in word order: the role noun is a class (every title of the
people patterns of ``patterns.yaml``), read whatever the parse made of the phrase.

The noun frames (:mod:`.nouns`) read titles from the parse; real sentences often lose it (a quote verb
before the name, a long list of investors, a title tagged as a verb such as "associé"). This family reads
the same titles from the order of the words, on either side of a comma that touches a person's name:

    "Paul Roux, associé chez Kernwerk, ..." -> worksFor(paul roux, kernwerk)
    "Paul Roux, CEO et cofondateur de Nexalia" -> ceoOf(paul roux, nexalia), foundedBy(nexalia, paul roux)
    "Dana Brook, senior vice president and general manager for devices at Quillon" -> worksFor(dana brook, quillon)
    "La responsable des relations publiques de Brintel, Léa Martin, ..." -> worksFor(léa martin, brintel)
    "The head of research at Ostrakon, Lina Quill, said ..." -> worksFor(lina quill, ostrakon)
    "Léa Martin, qui était directrice des ventes de Nexalia, ..." -> worksFor(léa martin, nexalia)

The phrase is: an optional article and past word ("ancien", "former"), one or more titles joined by
"et"/"and", the words of the title's own complement ("de la recherche"), then one of the title's
prepositions (its pattern's ``of``: "de", "chez", "at", "of") and the organisation's name, perhaps after an
article and a descriptor ("chez le cabinet X", "of the startup X"). Every title of the phrase takes that
organisation (each by its own relation; a chief's title with its own complement first heads a part of it:
"patron de l'IA chez X" says worksFor, not ceoOf). The phrase stops at punctuation, a finite verb, a relative
pronoun or another person's name; a plural title is left to :mod:`.founder_lists`; a future title
("futur directeur", "incoming CEO") says nothing yet.

    extractor = RelationExtractor(nlp, "fr")  # TitleAppositions is one of FAMILIES
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.arguments.holders import in_opening_phrase
from knowgraph.facts.relations.facts import LINEAR_FALLBACK, Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.person_titles import TITLE_RELATIONS
from knowgraph.facts.relations.rules import Pattern
from knowgraph.facts.relations.title_parts import market_after
from knowgraph.mentions.coref import DIRECT, Referent

_COMMA = ","
#: words that end a title phrase read in word order
_STOPS = {",", ";", ":", ".", "(", ")", "«", "»", '"', "“", "”", "—", "–", "?", "!"}
#: the longest title phrase read, in words (titles, their complement and the organisation's name)
_WINDOW = 16
#: title rules that name no job ("after six years at X", "X's employer") and are read elsewhere
_NOT_TITLES = ("worksFor.years", "worksFor.employer")


class TitleAppositions(RuleFamily):
    """A title beside a person's name, read in word order (see module docstring)."""

    def watched_words(self) -> set[str]:
        return {_COMMA}

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.text != _COMMA:
            return []
        resolver = self.context.resolver
        out: list[Fact] = []
        doc = token.doc
        if token.i > 0 and self._person_ends_at(token.i - 1):
            before = resolver.mention_at(token.i - 1)
            # "Pour Léa Martin, ..." read as one name, "En entrevue avec Le Courrier, le PDG de X, Y": not hers
            if doc[before.start].pos_ != "ADP" and not in_opening_phrase(before):
                out += self._title_after(before, token)
        after = resolver.mention_at(token.i + 1) if token.i + 1 < len(doc) else None
        if (
            after is not None
            and after.start == token.i + 1
            and resolver.type_of(after.kb_id_) == "Person"
            and doc[after.start].pos_ != "ADP"
        ):
            out += self._title_before(after, token)
        return out

    # -- "Person, title prep Organisation" ------------------------------------------------------------
    def _title_after(self, person: Span, comma: Token) -> list[Fact]:
        sent = comma.sent
        j = self._skip_article(self._skip_relative_copula(comma.i + 1, sent.end), sent.end)
        return self._read_phrase(person, j, min(sent.end, j + _WINDOW), comma)

    def _skip_relative_copula(self, j: int, end: int) -> int:
        """Past a relative pronoun and a copula ("Paul Roux, qui était directeur de X", "Dana Brook, who was CTO
        of X"): the title after them is the person's (``relative_copulas`` in patterns.yaml ``lists``; a future
        or a hedge, "qui sera", "who could be", is none of them)."""
        doc = self.context.doc
        lowers = [t.lower_ for t in doc[j : min(end, j + 4)]]
        for phrase in self.lists.get("relative_copulas", ()):
            words = phrase.split()
            if lowers[: len(words)] == words:
                return j + len(words)
        return j

    # -- "the title prep Organisation, Person" --------------------------------------------------------
    def _title_before(self, person: Span, comma: Token) -> list[Fact]:
        doc, resolver = comma.doc, self.context.resolver
        sent = comma.sent
        if person.end < sent.end and doc[person.end].text not in (_COMMA, ".", ";", ":"):
            return []  # "..., Paul Roux et Léa Martin": a list, read by the list rules
        org = resolver.mention_at(comma.i - 1)
        if org is None or org.end != comma.i or resolver.type_of(org.kb_id_) != "Organization":
            return []
        # walk back to the start of the phrase: a title after an article or at the start of the clause
        start = None
        for k in range(org.start - 1, max(sent.start, org.start - _WINDOW) - 1, -1):
            t = doc[k]
            if t.text in _STOPS or self._clause_word(t):
                break
            if self._titles_at(t) and not self._plural(t):
                start = k  # the first title of a coordination ("le PDG et cofondateur de X")
        if start is None:
            return []
        first = self._skip_past_words(start, -1, sent.start)
        opener = doc[first - 1] if first > sent.start else None
        if opener is not None and opener.lower_ not in self.definite and opener.text not in _STOPS:
            return []  # "un directeur de X, Paul Roux": only a definite title names the one person
        k = first - 1 if opener is None or opener.text in _STOPS else first - 2  # the comma or stop before
        if k > sent.start and doc[k].text == _COMMA and self._person_ends_at(k - 1):
            return []  # "A, l'ex-PDG de X, B, ...": the title is A's, in a list of people with their titles
        return self._read_phrase(person, start, comma.i, comma)

    # -- the phrase -----------------------------------------------------------------------------------
    def _read_phrase(self, person: Span, j: int, end: int, comma: Token) -> list[Fact]:
        """Titles from ``j``, then the organisation after one of their prepositions, before ``end``."""
        doc, resolver = comma.doc, self.context.resolver
        j = self._skip_past_words(j, 1, end)
        titles: list[tuple[Pattern, Token]] = []
        k = title_end = j
        while k < end:
            t = doc[k]
            found = self._titles_at(t)
            if found and k + 1 < end and self._former_word(t) and self._titles_at(doc[k + 1]):
                k += 1  # "the former founder of X": "former" dates the title after it, it is none of its own
                continue
            if found:
                if self._plural(t) or (k > 0 and doc[k - 1].lower_ in self.lists.get("future_titles", ())):
                    return []
                titles += [(p, t) for p in found]
                k += max(len(p.words) for p in found)
                title_end = k
                continue
            if not titles:
                if t.pos_ == "ADJ" and t.lower_ not in self.lists.get("future_titles", ()):
                    k += 1  # "senior", "principal", "nouveau": a title's own adjective
                    continue
                return []  # the phrase starts with a title ("Paul Roux, qui dirige ...": no)
            if t.text in _STOPS or self._clause_word(t):
                return []
            mention = resolver.mention_at(k)
            if mention is not None and mention.start == k:
                kind = resolver.type_of(mention.kb_id_)
                if kind == "Person":
                    return []
                if kind == "Organization":
                    prep = self._preposition_before(k, j)
                    if prep is not None and self._phrase_ends(mention.end, comma.sent.end):
                        # "patron de l'IA chez X", "PDG de la filiale française de X": the head of a part of X
                        part = doc[prep].i > title_end or market_after(mention, resolver, self.lists)
                        return self._facts(person, mention, titles, doc[prep].lower_, comma, part)
                k = mention.end
                continue
            k += 1
        return []

    def _facts(self, person: Span, org: Span, titles, prep: str, comma: Token, part: bool = False) -> list[Fact]:
        resolver = self.context.resolver
        people = [Referent(person.kb_id_, DIRECT, person.start)]
        orgs = [Referent(org.kb_id_, DIRECT, org.start)]
        out: list[Fact] = []
        for pattern, title in titles:
            if prep not in pattern.of:
                continue
            relation = "worksFor" if part and pattern.relation == "ceoOf" else pattern.relation
            subjects, objects = (orgs, people) if relation == "foundedBy" else (people, orgs)
            rule = f"{pattern.rule}-order"
            confidence = pattern.confidence * LINEAR_FALLBACK
            out += self._make(rule, relation, subjects, objects, title, confidence, resolver, status=ASSERTED)
        return out

    def _person_ends_at(self, k: int) -> bool:
        mention = self.context.resolver.mention_at(k)
        return (
            mention is not None and mention.end == k + 1 and self.context.resolver.type_of(mention.kb_id_) == "Person"
        )

    # -- words ------------------------------------------------------------------------------------------
    def _titles_at(self, token: Token) -> list[Pattern]:
        """The people patterns whose title starts at ``token`` (a job noun, not "years at")."""
        found = [p for p, _ in self._triggers(token) if self._title_pattern(p)]
        if not found and token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"):
            # "Paul Roux, associé chez X": the small models tag a title that is also a participle as a verb;
            # beside a name it is the title, unless a verb's complement follows ("associé à un projet")
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if nxt is not None and nxt.lower_ not in self.lists.get("participle_complements", ()):
                found = [p for p in self.patterns.get(token.lower_, ()) if len(p.words) == 1 and self._title_pattern(p)]
        return found

    def _former_word(self, token: Token) -> bool:
        return token.lower_ in self.lists.get("former_title_words", ()) or token.lower_ in self.lists.get(
            "former_words", ()
        )

    @staticmethod
    def _title_pattern(pattern: Pattern) -> bool:
        return pattern.kind == "noun" and pattern.relation in TITLE_RELATIONS and not pattern.rule.endswith(_NOT_TITLES)

    def _preposition_before(self, k: int, first: int) -> int | None:
        """The title preposition before the name at ``k``, perhaps before an article and a descriptor
        ("chez le cabinet X", "at the startup X"): the preposition's index, else None."""
        doc = self.context.doc
        m = k - 1
        while m > first and m > k - 4 and (doc[m].pos_ in ("DET", "ADJ") or self._descriptor_type(doc[m])):
            m -= 1
        return m if m >= first else None

    def _phrase_ends(self, k: int, end: int) -> bool:
        """Does the apposition end after the organisation's name (no verb before the next comma)? "Selon
        Paul Roux, le fondateur de Kernwerk a menti": the founder is someone else, the subject of "a menti"."""
        doc = self.context.doc
        for t in doc[k:end]:
            if t.text in _STOPS:
                return True
            if self._clause_word(t):
                return False
        return True

    def _skip_article(self, j: int, end: int) -> int:
        doc = self.context.doc
        while j < end and doc[j].pos_ == "DET" and doc[j].lower_ not in self.possessives:
            j += 1
        return j

    def _skip_past_words(self, j: int, step: int, bound: int) -> int:
        """Past the words that make a title a past one ("formerly", "précédemment"): the title still says
        who the person worked for (RELATIONS: former employers count)."""
        doc = self.context.doc
        past = self.lists.get("past_adverbs", set())
        while (j < bound if step > 0 else j > bound) and doc[j if step > 0 else j - 1].lower_ in past:
            j += step
        return j

    def _clause_word(self, token: Token) -> bool:
        """A finite verb, an auxiliary or a relative pronoun: the apposition is over."""
        if token.pos_ == "AUX" or token.lower_ in self.context.resolver.relatives:
            return True
        return token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm")

    @staticmethod
    def _plural(token: Token) -> bool:
        return "Plur" in token.morph.get("Number") and token.lower_ != token.lemma_.lower()
