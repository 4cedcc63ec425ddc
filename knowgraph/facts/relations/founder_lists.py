"""Founders named in a list after a plural title or after a founding participle's "by" phrase, and staff
named after a plural staff title with its organisation ("deux anciens de Quillon, A et B" -> worksFor).

Journalists introduce a startup's founders as a list the noun and verb frames read only one name of:

    "le départ de deux de ses cofondateurs Léa Martin – directrice technique – et Paul Roy" ->
    foundedBy(<its company>, léa martin), foundedBy(<its company>, paul roy)
    "Nexalia a été fondée en 2023 par trois ingénieurs : Léa Martin, Paul Roy et Marc Dufour" -> the three
    "Kernwerk was created by three former Quillon engineers, Dana Brook, Omar Haddad and Lina Sorel"
    "Fondée en 2021 par Léa Martin et Paul Roy, Nexalia ..." / "Founded in 2019 by Dana Brook and Omar
    Haddad, Kernwerk ..." -> the company is the subject of the main clause after the fronted participle

A list reads person names separated by commas and "et"/"and", skips an aside between dashes or brackets
after a name ("Léa Martin – directrice technique –") and a short description before one ("un ancien
salarié de Quillon, et deux anciens de Brintel, Paul Roy et Marc Dufour"). The founding words are the
lemmas of the ``foundedBy`` verb and noun patterns of patterns.yaml; the claim status is the trigger's.

    extractor = RelationExtractor(nlp, "fr")  # FounderLists is one of FAMILIES
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, LINKED, Referent, Resolver

#: the punctuation that opens an aside after a name, and what closes it
_ASIDES = {"–": ("–", ","), "—": ("—", ","), "(": (")",), "-": ("-", ",")}
_ORGANIZATION = {"Organization"}


class FounderLists(RuleFamily):
    """Founders listed after a plural founder title or a founding verb's "by" phrase (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        founded = [p for patterns in self.patterns.values() for p in patterns if p.relation == "foundedBy"]
        self._titles = {p.words[0] for p in founded if p.kind == "noun" and len(p.words) == 1}
        self._title_of = {w for p in founded if p.kind == "noun" for w in p.of}  # "de", "of": the company after
        # "par le PDG Léa Martin, ...", "by CEO Dana Brook, ...": a one-word title before a name of the list
        self._name_titles = {
            p.words[0]
            for patterns in self.patterns.values()
            for p in patterns
            if p.kind == "noun" and len(p.words) == 1 and p.relation in ("ceoOf", "worksFor", "foundedBy")
        }
        staff = [
            p
            for patterns in self.patterns.values()
            for p in patterns
            if p.rule.endswith(("worksFor.noun", "worksFor.officer")) and p.kind == "noun" and len(p.words) == 1
        ]
        self._staff = {p.words[0] for p in staff}  # "deux anciens de Quillon, A et B": a plural staff title
        self._staff_of = {w for p in staff for w in p.of}
        self._verbs = {p.words[0] for p in founded if p.kind == "verb" and len(p.words) == 1}
        self._joins = {  # "rejoindre", "join": the verbs of joining an employer
            p.words[0]
            for patterns in self.patterns.values()
            for p in patterns
            if p.rule.endswith("worksFor.join") and p.kind == "verb" and len(p.words) == 1
        }
        self._by = set(self.passive_agent)
        self._pending: list[tuple[Token, list[Referent]]] = []  # definite founder lists, for end_doc

    def watched_words(self) -> set[str]:
        return self._titles | self._by | self._staff

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        resolver = self.context.resolver
        if token.lower_ in self._by:
            return self._founded_by_list(token, resolver)
        if forms & self._titles and token.pos_ == "NOUN" and self._plural(token):
            return self._titled_list(token, resolver)
        if forms & self._staff and token.pos_ in ("NOUN", "ADJ") and self._plural(token):
            return self._staff_list(token, resolver)
        return []

    # -- "deux anciens de Quillon, A et B" -------------------------------------------------------
    def _staff_list(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "deux anciens de Quillon, A et B", "two former engineers at Kernwerk, A and B": a plural staff title
        with its organisation, then the names it describes, each of whom worked there."""
        named = self._company_after(noun, resolver, self._staff_of)
        if not named:
            return self._staff_examples(noun, resolver)
        people = self._person_list(self._list_end, self._clause_end(noun.sent), resolver)
        if len(people) < 2:
            return []  # one name after the title is the noun frames'
        return self._make(f"{self.lang}/worksFor.title-list", "worksFor", people, named, noun, 0.8, resolver)

    def _staff_examples(self, noun: Token, resolver: Resolver) -> list[Fact]:
        """ "Plusieurs anciens chercheurs de Kernwerk rejoignent Brintel, dont A, B et C", "several former
        Kernwerk engineers joined Brintel, including A and B": the plural staff title with its organisation is
        the clause's subject, and the names its examples; they worked there, and joined the verb's object."""
        doc, end = noun.doc, self._clause_end(noun.sent)
        j = noun.i + 1
        if j + 1 < end and doc[j].lower_ in self._staff_of:
            span = resolver.mention_at(j + 1)
            span = span if span is not None and span.start == j + 1 else None
        else:  # "several former Kernwerk engineers": the organisation's name before the title
            span = resolver.mention_at(noun.i - 1) if noun.i > noun.sent.start else None
            if span is not None and (span.root.head.i != noun.i or span.root.dep_ != "compound"):
                span = None
        if span is None or resolver.type_of(span.kb_id_) != "Organization":
            return []
        if not noun.dep_.startswith("nsubj") or noun.head.i < span.end:
            return []
        verb = noun.head
        marker = next(
            (
                k
                for k in range(verb.i + 1, min(end, verb.i + 10))
                if doc[k - 1].text == "," and doc[k].lower_ in resolver.example_markers
            ),
            None,
        )
        if marker is None:
            return []
        people = self._person_list(marker + 1, end, resolver)
        if len(people) < 2:
            return []
        facts = self._make(
            f"{self.lang}/worksFor.title-examples",
            "worksFor",
            people,
            [Referent(span.kb_id_, DIRECT, span.start)],
            noun,
            0.75,
            resolver,
        )
        if self._lemmas(verb) & self._joins:
            # the joined organisation is the verb's object; a short name right after the verb may be parsed as
            # its complement instead ("rejoignent MSL, dont ...": xcomp)
            joined = [
                r
                for c in verb.children
                if (c.dep_ in ("obj", "dobj") or c.i == verb.i + 1 and c.dep_ in ("xcomp", "obl:arg", "attr"))
                and c.i < marker
                for r in resolver.resolve(c, _ORGANIZATION, coordinated=False)
            ]
            facts += self._make(f"{self.lang}/worksFor.join-examples", "worksFor", people, joined, verb, 0.75, resolver)
        return facts

    # -- "ses cofondateurs A, B et C" -----------------------------------------------------------
    def _titled_list(self, noun: Token, resolver: Resolver) -> list[Fact]:
        doc, sent = noun.doc, noun.sent
        j = noun.i + 1
        named = self._company_after(noun, resolver)
        if named:
            j = self._list_end  # "les cofondateurs de Nexalia, A et B": the names after the company's
        if j < sent.end and doc[j].text == ":":
            j += 1
        founders = self._person_list(j, self._clause_end(sent), resolver)
        if len(founders) < 2:
            return []  # one name after the title is the noun frames' ("le cofondateur Paul Roy")
        companies = named or self._titled_company(noun, resolver)
        if companies is None:
            self._pending.append((noun, founders))
            return []
        facts = self._make(
            f"{self.lang}/foundedBy.title-list", "foundedBy", companies[:1], founders, noun, 0.8, resolver
        )
        for founder in founders:  # "ses cofondateurs, la PDG A et le chercheur B": each one's own title too
            relation = self._title_before(founder.token)
            if relation is not None:
                rule = f"{self.lang}/{relation}.title-in-list"
                facts += self._make(rule, relation, [founder], companies[:1], noun, 0.75, resolver)
        return facts

    def _title_before(self, start: int) -> str | None:
        """The relation of a head's or a staff title right before a listed name ("le PDG A", "chief scientist B")."""
        doc = self.context.resolver.doc
        for n in (3, 2, 1):
            if start - n < doc[start].sent.start:
                continue
            words = tuple(t.lower_ for t in doc[start - n : start])
            for p in self.patterns.get(words[0], ()):
                if p.kind == "noun" and p.words == words and p.relation in ("ceoOf", "worksFor"):
                    return p.relation
        return None

    def end_doc(self) -> list[Fact]:
        """ "les trois fondateurs A, B et C" with no company said: the one another statement of the article
        says one of them founded (a single one); when none says so, the company the article is about (the
        organisation named clearly most, as for a bare title), else none."""
        pending, self._pending = self._pending, []
        facts: list[Fact] = []
        resolver = self.context.resolver
        for noun, founders in pending:
            keys = {r.key for r in founders}
            founded = {f.subject for f in self.context.facts if f.relation == "foundedBy" and f.object in keys}
            if len(founded) > 1:
                continue
            if founded:
                companies = [Referent(next(iter(founded)), LINKED, noun.i)]
            else:
                companies = self._article_company(keys)
            facts += self._make(
                f"{self.lang}/foundedBy.title-list", "foundedBy", companies, founders, noun, 0.8, resolver
            )
        return facts

    def _company_after(self, noun: Token, resolver: Resolver, prepositions: set[str] | None = None) -> list[Referent]:
        """ "les cofondateurs de Nexalia, A et B", "the co-founders of Kernwerk: A and B": the organisation
        named right after the plural title, when a comma or a colon then opens the names (``_list_end`` is
        set to that punctuation)."""
        doc, j = noun.doc, noun.i + 1
        if j + 1 >= noun.sent.end or doc[j].lower_ not in (prepositions or self._title_of):
            return []
        span = resolver.mention_at(j + 1)
        if span is None or span.start != j + 1 or span.end >= noun.sent.end or doc[span.end].text not in (",", ":"):
            return []
        if resolver.type_of(span.kb_id_) != "Organization":
            return []
        self._list_end = span.end + (1 if doc[span.end].text == "," else 0)
        return [Referent(span.kb_id_, DIRECT, span.start)]

    def _article_company(self, founders: set[str]) -> list[Referent]:
        """The company an article is about: the organisation named clearly most, if it is also the first one
        named (an article about a funding round can name its lead investor most)."""
        resolver = self.context.resolver
        first = next((m for m in resolver.mentions if m.label_ == "Organization"), None)
        topic = [r for r in resolver.speaker_organization() if r.key not in founders][:1]
        return topic if first is not None and topic and topic[0].key == first.kb_id_ else []

    def _titled_company(self, noun: Token, resolver: Resolver) -> list[Referent] | None:
        """The company of a plural founder title: a name right before it, its possessor ("ses", "its"); None
        after a definite article ("les trois fondateurs A, B et C"): the company is decided later."""
        doc = noun.doc
        before = list(doc[max(noun.sent.start, noun.i - 4) : noun.i])
        possessive = next((t for t in reversed(before) if t.lower_ in self.possessives), None)
        if possessive is not None:
            return self._possessor(noun, resolver, _ORGANIZATION)
        k = noun.i - 1
        while k - 1 > noun.sent.start and (doc[k].text == "-" or doc[k].lower_ == "co" and doc[k + 1].text == "-"):
            k -= 1  # "co-founders" in three pieces
        if (
            k - 1 >= noun.sent.start
            and self.noun_premodifiers
            and (doc[k].tag_ == "POS" or doc[k].lower_ in ("'s", "’s"))
        ):
            span = resolver.mention_at(k - 1)  # "Kernwerk's co-founders, A and B"
            if span is not None and span.end == k and resolver.type_of(span.kb_id_) == "Organization":
                return [Referent(span.kb_id_, DIRECT, span.start)]
        k = noun.i - 1
        if k >= noun.sent.start and self.noun_premodifiers:
            span = resolver.mention_at(k)  # "the Kernwerk co-founders A and B"
            if span is not None and span.end == noun.i and resolver.type_of(span.kb_id_) == "Organization":
                return [Referent(span.kb_id_, DIRECT, span.start)]
        if any(t.lower_ in self.definite for t in before):
            return None  # "les fondateurs A et B": decided at the end of the document (end_doc)
        return []

    # -- "fondée par trois ingénieurs : A, B et C", "Fondée en 2021 par A et B, Nexalia ..." ------
    def _founded_by_list(self, by: Token, resolver: Resolver) -> list[Fact]:
        doc, sent = by.doc, by.sent
        verb = self._founding_verb(by)
        if verb is None:
            return []
        j = by.i + 1
        fronted = doc[sent.start].i == verb.i or (
            verb.i - sent.start <= 2 and all(not t.is_alpha for t in doc[sent.start : verb.i])
        )
        described = self._plural_description(j, sent.end)
        if described is not None:
            j = described  # "par quatre anciens ingénieurs de Kernwerk : A, ..."
        founders = self._person_list(j, self._clause_end(sent), resolver)
        if len(founders) < (1 if fronted or self._led else 2):
            return []  # "fondée par A": the verb frames read one name, not one after a description
        if fronted:
            companies = self._main_subject(self._list_end, sent, resolver)
        else:
            companies = self._subjects(verb, resolver, _ORGANIZATION) or self._modified(verb, resolver)
        if companies and companies[0].key in self._named_in(by.i + 1, self._list_end, resolver):
            return []  # "fondée par A, ancien ingénieur de Quillon, et B": Quillon employed A, A did not found it
        rule = "fronted" if fronted else "described-list" if described is not None else "by-list"
        return self._make(f"{self.lang}/foundedBy.{rule}", "foundedBy", companies[:1], founders, verb, 0.8, resolver)

    def _founding_verb(self, by: Token) -> Token | None:
        """The founding participle the "by" phrase depends on: its parse, else within a few words before it."""
        doc = by.doc
        governor = by.head.head if by.dep_ == "case" and by.head.i > by.i else None
        if governor is not None and governor.i < by.i and self._lemmas(governor) & self._verbs:
            return governor  # "fondée l'hiver dernier (en février) par ..."
        for t in reversed(doc[max(by.sent.start, by.i - 6) : by.i]):
            if t.dep_ == "fixed":
                continue  # "fondée il y a deux ans par ...": the verb of a fixed expression of time
            founding = not self._lemmas(t).isdisjoint(self._verbs)  # once: this runs at every "by" / "par"
            opening = t.i == by.sent.start and t.pos_ in ("PROPN", "NOUN")  # "Créée en 2020 par": tagged a noun
            if founding and (t.pos_ in ("VERB", "ADJ", "AUX") or opening) and t.tag_ not in ("VBG", "VB"):
                return t
            if t.text in (",", ";", ":") or (t.pos_ == "VERB" and not founding):
                return None
        return None

    def _plural_description(self, j: int, end: int) -> int | None:
        """ "trois ingénieurs :", "three former Quillon engineers,": a plural noun phrase that announces the
        names after a colon or a comma; where the names begin, or None."""
        doc = self.context.doc
        k, saw_plural = j, False
        while k < end and k - j < 9 and doc[k].text not in (":", ","):
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("-", "'", "’"):
                return None
            if t.pos_ == "NOUN" and self._plural(t):
                saw_plural = True
            k += 1
        if not saw_plural or k >= end or doc[k].text not in (":", ","):
            return None
        return k + 1

    @staticmethod
    def _named_in(start: int, end: int, resolver: Resolver) -> set[str]:
        """The organisations named between ``start`` and ``end``: in a founder list, their past employers."""
        spans = (resolver.mention_at(k) for k in range(start, end))
        return {s.kb_id_ for s in spans if s is not None and resolver.type_of(s.kb_id_) == "Organization"}

    @staticmethod
    def _modified(verb: Token, resolver: Resolver) -> list[Referent]:
        """ "la start-up basée à Lyon et cofondée par ...": the noun a participle (or the participles it is
        coordinated with) describes, whatever the parser hung it on."""
        node = verb
        for _ in range(4):
            if node.dep_ not in ("conj", "acl", "acl:relcl", "obl:arg", "obl", "nmod") or node.head.i == node.i:
                return []
            node = node.head
            if node.pos_ in ("NOUN", "PROPN"):
                found = resolver.resolve(node, _ORGANIZATION, coordinated=False)
                if found and resolver.type_of(found[0].key) == "Organization":
                    return found[:1]
        return []

    @staticmethod
    def _clause_end(sent) -> int:
        """The end of a sentence, past breaks the parser put without punctuation ("par l'ingénieure | Léa
        Martin")."""
        doc, end = sent.doc, sent.end
        while end < len(doc) and not (doc[end - 1].is_punct or "\n" in doc[end - 1].text_with_ws):
            end = doc[end].sent.end
        return end

    # -- reading the names ----------------------------------------------------------------------
    _list_end: int = 0  # where the last list read ended (the token after its last name or aside)
    _led: bool = False  # whether the last list read began with a description ("par l'entrepreneur A")

    def _person_list(self, j: int, end: int, resolver: Resolver) -> list[Referent]:
        """The persons named from ``j``: names separated by commas and coordinators, an aside after a
        name, a short description before one (see the module docstring)."""
        doc = resolver.doc
        found: list[Referent] = []
        expecting = True
        self._list_end, self._led = j, False
        while j < end:
            token = doc[j]
            span = resolver.mention_at(j)
            if span is not None and span.start == j:
                if not expecting or resolver.type_of(span.kb_id_) != "Person":
                    break
                found.append(Referent(span.kb_id_, DIRECT, span.start))
                j = self._list_end = span.end
                expecting = False
                continue
            if not expecting and token.text in _ASIDES:
                close = next((k for k in range(j + 1, min(end, j + 14)) if doc[k].text in _ASIDES[token.text]), None)
                if close is None:
                    break
                j = self._list_end = close + (1 if doc[close].text != "," else 0)
                continue
            if token.text == "," or token.lower_ in resolver.coordinators:
                expecting = True
                j += 1
                continue
            if expecting and (
                token.lower_ in self.lists.get("name_honorifics", ())
                or (token.lower_ in self._name_titles and token.is_upper and j + 1 < end and doc[j + 1].is_title)
            ):
                j += 1  # "Dr. Omar Haddad", "le Pr Paul Roy", "CEO Dana Brook": a word of address before the name
                continue
            if expecting and found and token.is_lower:
                # "A, un ancien salarié de Quillon, et B": a description of the name before or the next
                k = j
                while k < end and k - j < 16 and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX"):
                    span = resolver.mention_at(k)
                    if span is not None and resolver.type_of(span.kb_id_) == "Person":
                        break  # "deux anciens de Brintel B": the name ends the description
                    k += 1
                if k > j and k < end and doc[k - 1].pos_ == "ADP" and resolver.mention_at(k) is not None:
                    break  # "A, a former student of B", "A, the son of B": B completes A's description
                if k >= end or (doc[k].text != "," and resolver.mention_at(k) is None):
                    break  # a verb, or a description too long to be one
                j = k
                continue
            if (
                expecting
                and not found
                and (token.is_lower or token.pos_ == "DET" or token.lower_ in self.acronym_modifiers)
                and j < end - 1
            ):
                j += 1  # "par les frères A et B", "par l'entrepreneur en IA A", "par les ingénieurs en IA reconnus A"
                self._led = True
                continue
            break
        return found

    def _main_subject(self, j: int, sent, resolver: Resolver) -> list[Referent]:
        """After a fronted participle's clause: ", Nexalia ..." or ", la start-up ...", the main subject."""
        doc = resolver.doc
        start = j
        while j < sent.end and j - start < 5 and (doc[j].pos_ == "ADP" or doc[j].ent_type_ == "DATE"):
            j += 1  # "Founded by A in 1912, the X Society ...": the date after the founders
        if j >= sent.end or doc[j].text != ",":
            return []
        k = j + 1
        while k < sent.end and doc[k].pos_ == "DET":
            k += 1
        if k >= sent.end:
            return []
        # the noun phrase's words, the parse of the main clause being often broken ("la jeune pousse édite X")
        found: list[Referent] = []
        for t in doc[k : min(sent.end, k + 4)]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") and not self._ends_descriptor(t) or found:
                break  # (a descriptor may be tagged a verb: "la jeune pousse" under fr_core_news_md)
            found = resolver.resolve(t, _ORGANIZATION, coordinated=False)
            if not found and t.is_lower and self._ends_descriptor(t) and doc[k - 1].lower_ in self.definite:
                # "..., la jeune pousse ...": the organisation the passage is about
                found = resolver._salient(t.i, _ORGANIZATION, set(), kinds=set(), place=None)[:1]
        return [r for r in found if resolver.type_of(r.key) == "Organization"]

    @staticmethod
    def _plural(token: Token) -> bool:
        return token.tag_ in ("NNS", "NNPS") or token.morph.get("Number") == ["Plur"]
