"""Members of a named initiative given as a list: "the Open Model Alliance, a coalition of 40 companies
including Nexalia, Quillon and Valmora", "Its members include A, B and C", "Participants include A and B",
"l'Open Model Alliance, une coalition d'entreprises dont A, B et C". The organisations listed take part in
the project (``participatesIn``); the words are ``member_lists`` in patterns.yaml.

    "Brintel launched the Open Model Alliance, a coalition of firms including Nexalia and Quillon."
    -> participatesIn(nexalia, open-model-alliance), participatesIn(quillon, open-model-alliance)

Two shapes:

- a group noun ("coalition", "consortium") in apposition to the project's name, then an example marker
  ("including", "such as", "dont") and the names;
- a member noun ("members", "participants") subject of a listing verb ("include", "comprennent"): the
  project is the noun's possessor ("its", "the alliance's"), its "of"/"de" complement, or, for a bare
  noun, the project named last in the two sentences before.
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.name_lists import NameLists
from knowgraph.mentions.coref import PRONOUN, Referent, Resolver
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization", "Company"}
_PROJECTS = {"Project"}


class MemberLists(NameLists, RuleFamily):
    """Lists of the members of a named project (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = language_data(self.lang, "patterns").get("member_lists", {})
        self.group_nouns = set(spec.get("group_nouns", []))
        self.member_nouns = set(spec.get("member_nouns", []))
        self.listing = set(spec.get("listing_verbs", []))
        self.markers = sorted((tuple(m.lower().split()) for m in spec.get("markers", [])), key=len, reverse=True)
        self.member_preps = tuple(spec.get("member_prepositions", []))
        # "partners" names members only with the project as its complement ("the partners of X"; "its partners"
        # are a company's as often); the copulas and "among" words that list members too
        self.complement_nouns = set(spec.get("complement_nouns", []))
        self.copulas = set(spec.get("copulas", []))
        self.among = set(spec.get("among", []))
        self.confidence = float(spec.get("confidence", 0.75))
        self._load_list_words(self.lang)

    def watched_words(self) -> set[str]:
        return self.group_nouns | {noun.split()[-1] for noun in self.member_nouns | self.complement_nouns}

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.pos_ not in ("NOUN", "PROPN"):
            return []
        resolver = self.context.resolver
        if forms & self.group_nouns:
            return self._apposed_group(token, resolver)
        if token.i > token.sent.start:
            # a member noun of two words ("founding partners"): the word before and the noun's form
            before = token.doc[token.i - 1].lower_
            forms = forms | {f"{before} {form}" for form in forms}
        explicit = not forms & self.member_nouns
        if explicit and not forms & self.complement_nouns:
            return []
        if token.dep_.startswith("nsubj") and token.head.lemma_.lower() in self.listing:
            return self._listed_members(token, token.head, resolver, explicit)
        verb = self._copula_or_among(token)
        if verb is not None and verb.i > token.i:
            # "The members of X are A, B and C", "Parmi les partenaires de X figurent A et B"
            return self._listed_members(token, verb, resolver, explicit)
        if verb is not None:
            # "A et B figurent parmi les membres de X": the subjects of the verb before
            return self._subject_members(token, verb, resolver)
        if not explicit:
            # "its founding partners, which include A and B": the listing verb of a relative clause on the noun
            clause = next(
                (
                    c
                    for c in token.children
                    if c.dep_.endswith("relcl")
                    and c.lemma_.lower() in self.listing
                    and any(g.dep_.startswith("nsubj") and g.lower_ in resolver.relatives for g in c.children)
                ),
                None,
            )
            if clause is not None:
                return self._listed_members(token, clause, resolver)
        return []

    def _apposed_group(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "X, a coalition of 40 companies including A and B": X must be a project named right before."""
        doc, k = noun.doc, noun.i - 1
        while k > noun.sent.start and doc[k].pos_ in ("DET", "ADJ") and noun.i - k <= 3:
            k -= 1
        if k - 1 < noun.sent.start or doc[k].text != ",":
            return []
        span = resolver.mention_at(k - 1)
        if span is None or span.end != k:
            return []
        projects = resolver.resolve(doc[span.start], _PROJECTS, coordinated=False)
        if not projects:
            return []
        for j in range(noun.i + 1, min(noun.sent.end, noun.i + 12)):
            marker = next((m for m in self.markers if tuple(t.lower_ for t in doc[j : j + len(m)]) == m), None)
            if marker is not None:
                members = self._listed(j + len(marker), noun.sent.end, resolver, _ORGS)
                return self._make(
                    f"{self.lang}/participatesIn.member-list",
                    "participatesIn",
                    members,
                    projects[:1],
                    noun,
                    self.confidence,
                    resolver,
                )
            if doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ not in ("acl", "amod") or doc[j].text in (";", ":"):
                return []  # the apposition ended: "..., a coalition that said"
        return []

    def _copula_or_among(self, noun: Token) -> Token | None:
        """The verb that lists the members a member noun names: a copula whose subject is the noun ("the
        members are"; French puts the copula under the first name), or the verb the noun is "among"
        ("parmi les membres figurent", "Among its members are", "X figure parmi les membres")."""
        head = noun.head
        if noun.dep_.startswith("nsubj"):
            if head.lemma_.lower() in self.copulas and head.i > noun.i:
                return head
            cop = next((c for c in head.children if c.dep_ == "cop" and noun.i < c.i < head.i), None)
            if cop is not None:
                return cop
        among = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in self.among), None)
        if among is not None and head.pos_ in ("VERB", "AUX") and head.i != noun.i:
            return head
        if noun.dep_ == "pobj" and head.lower_ in self.among and head.head.pos_ in ("VERB", "AUX"):
            return head.head
        return None

    def _subject_members(self, noun: Token, verb: Token, resolver: Resolver) -> list[Fact]:
        """ "A et B figurent parmi les membres de X": the project is the noun's complement, named."""
        projects = self._prepositional(noun, resolver, _PROJECTS, self.member_preps, window=6)
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
        if not projects or subject is None:
            return []
        members = resolver.resolve(subject, _ORGS)
        return self._make(
            f"{self.lang}/participatesIn.members",
            "participatesIn",
            members,
            projects[:1],
            noun,
            self.confidence,
            resolver,
            status=self.status_of(verb),
        )

    def _listed_members(self, noun: Token, verb: Token, resolver: Resolver, explicit: bool = False) -> list[Fact]:
        """ "Its members include A, B and C" (``verb``: the listing verb): the project is the noun's owner or the
        one named last."""
        named_owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in self.possessives), None)
        projects: list[Referent] = []
        if named_owner is not None:
            projects = resolver.resolve(named_owner, _PROJECTS, coordinated=False)
        elif self.member_preps:
            projects = [
                r
                for r in self._prepositional(noun, resolver, _PROJECTS, self.member_preps, window=6)
                if r.token < verb.i
            ]
        if not projects and named_owner is None and not explicit:
            # "its members", "the participants": the project named last, in this sentence or the two before
            recent = resolver._recent(noun.i, _PROJECTS, set(), PRONOUN, prefer_subject=True)
            first = self.context.sentence - 2
            projects = [r for r in recent if self._sentence_of(r.token) >= first]
        if not projects:
            return []
        start = next((c.i for c in verb.children if c.dep_ in ("dobj", "obj")), verb.i + 1)
        start = min(start, verb.i + 1)
        members = self._listed(start, noun.sent.end, resolver, _ORGS)
        return self._make(
            f"{self.lang}/participatesIn.members",
            "participatesIn",
            members,
            projects[:1],
            noun,
            self.confidence,
            resolver,
            # the listing verb says whether they are members ("do not include"; French negates the copula's name)
            status=self.status_of(verb.head if verb.dep_ == "cop" else verb),
        )

    def _sentence_of(self, i: int) -> int:
        """The number of the sentence of token ``i`` (read so far)."""
        sent = self.context.doc[i].sent
        return self.context.sent_index.get(sent.start, self.context.sentence)
