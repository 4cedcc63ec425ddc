"""Reading a list of names word by word: "A, B, and C, as well as D", "A, B et de l'incubateur
américain C", each name possibly after a short description ("tech giant Nvidia") and before an
apposition whose names are not in the list ("NFDG, a fund co-run by X", "Xavier Niel, fondateur
d'Iliad"). The separators and genitives are ``investor_lists`` in patterns.yaml.

    class MyFamily(NameLists, RuleFamily):
        def __init__(self, rules, context):
            super().__init__(rules, context)
            self._load_list_words(self.lang)
        ...
        investors = self._listed(verb.i + 1, verb.sent.end, resolver)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from knowgraph.facts.relations.facts import LINEAR_FALLBACK
from knowgraph.mentions.coref import Referent, Resolver
from knowgraph.nlp.resources import language_data

INVESTORS = {"Organization", "Company", "Person"}


class NameLists:
    """Mixin for rule families: the names listed from a word (see module docstring)."""

    separators: list[tuple[str, ...]]
    genitives: set[str]
    intensifiers: set[str]

    def _load_list_words(self, lang: str) -> None:
        spec = language_data(lang, "patterns").get("investor_lists", {})
        self.separators = sorted(
            (tuple(p.lower().replace("'", "' ").split()) for p in spec.get("separators", [])), key=len, reverse=True
        )
        self.genitives = set(spec.get("genitives", []))
        self.intensifiers = set(spec.get("intensifiers", []))
        self.owner_funds = set(spec.get("owner_funds", []))

    def _listed(self, j: int, end: int, resolver: Resolver, types: set[str] = INVESTORS) -> list[Referent]:
        """The names listed from token ``j``: separators, short descriptions before a name, and the
        appositions after one (skipped with the names in them) (see the module docstring)."""
        doc = resolver.doc
        lowers = resolver.lowers
        found: list[Referent] = []
        expecting = True  # a name may come: at the start, after a separator
        described = 0  # description words read since the last separator
        in_apposition = False  # after a name and a comma, words that are not a new name
        comma_before = False  # the last separator is a comma: the words after it may describe the name before
        titled_at = -1  # where a person would stand right after the company of a title opening an item
        while j < end:
            aside = self._aside_end(j, end, found, resolver)
            if aside is not None:
                # "A, known for backing X, and B", "A, qui a investi dans X, et B", "A, a fund based in Oslo; B":
                # an aside on the name just listed is skipped with its names
                j, expecting, described, in_apposition = aside, False, 0, True
                continue
            token = doc[j]
            span = resolver.mention_at(j)
            if (
                span is not None
                and span.start == j
                and expecting
                and span.end < end
                and resolver.type_of(span.kb_id_) == "Place"
                and doc[span.end].is_lower
                and doc[span.end].pos_ in ("NOUN", "ADJ")
            ):
                # "Singapore state investment firm Temasek": a place that describes the next name
                j, described = span.end, described + 1
                continue
            if span is not None and span.start == j:
                owned = resolver.mention_at(span.end + 1) if span.end + 1 < end else None
                if owned is not None and lowers[span.end] in ("'s", "’s"):
                    span = owned  # "Peter Thiel's Founders Fund": the fund is the one listed
                elif owned is None and self._possessive_apposition(span, end, found, resolver):
                    # "led by GV, Google's venture capital arm, with ...": the possessor describes the name
                    # before it, it is no investor of the list
                    j, expecting, described, in_apposition = span.end + 1, False, 0, True
                    continue
                # ("Thibault Elzière d'Upflow": a person's name read with the company after it is no one's name)
                glued = (
                    len(span) > 2
                    and lowers[span.end - 2] in self.genitives
                    and resolver.type_of(span.kb_id_) == "Person"
                )
                if span.start == titled_at and resolver.type_of(span.kb_id_) == "Person":
                    # "l'ancien patron de Kernwerk Paul Roux, B": the person a title with its company introduces
                    # is the item (the company is only the title's complement)
                    expecting, in_apposition = True, False
                if expecting and not in_apposition and not glued:
                    span = self._person_after_title(span, end, resolver)
                    for r in resolver.resolve(doc[span.start], types, coordinated=False):
                        if r.key not in {f.key for f in found}:
                            found.append(Referent(r.key, r.factor * LINEAR_FALLBACK, r.token))
                j, expecting, described = span.end, False, 0
                j = self._name_tail_end(j, end, resolver)
                if j < end and lowers[j] in self.intensifiers:
                    j += 1  # "Oracle itself and B"
                continue
            separator = self._phrase_at(self.separators, j, resolver)
            if separator is not None:
                if separator not in (("and",), ("et",), ("or",), ("ou",)):
                    in_apposition = False  # (an "and" inside an apposition: "a fund run by X and Y" goes on)
                j, expecting, described = j + len(separator), True, 0
                comma_before = separator == (",",) and bool(found)
                continue
            if lowers[j] in self.genitives:
                if described and not expecting:
                    break
                k = j + 1
                while k < end and doc[k].pos_ == "DET":
                    k += 1
                owner = resolver.mention_at(k)
                # ("A, the venture arm of X, and B": after a comma, the fund is A, described, and X no investor)
                owner_fund = (
                    owner is not None and not comma_before and self._owner_fund(j, doc, resolver.type_of(owner.kb_id_))
                )
                if described and owner is not None and not owner_fund:
                    # "fondateur d'Iliad": the name complementing a description is not in the list
                    # ("la société de capital-risque Brintel Partners": a description goes on; "le fonds de
                    # Kernwerk et ...": the fund's owner is listed, and the list goes on)
                    if expecting:
                        titled_at = owner.end
                    in_apposition, expecting = True, False
                j += 1
                continue
            if token.pos_ == "DET" or (
                token.text[:1].islower()  # "l'ex-PDG de Google"
                and (
                    token.pos_ in ("NOUN", "ADJ", "PROPN", "NUM", "ADV")
                    or token.dep_ == "amod"
                    # "le nouvel entrant X", "existing backer X": a participle the parser made a verb
                    or token.pos_ == "VERB"
                    and "Part" in token.morph.get("VerbForm")
                    and not doc[j - 1].is_punct
                    # "A, l'un des premiers investisseurs de X, B": the pronoun after its article describes A
                    or token.pos_ == "PRON"
                    and doc[j - 1].pos_ == "DET"
                )
            ):  # "well-known firms such as", "l'incubateur américain"
                described += 1
                if described > 5 or not (expecting or in_apposition or found):
                    break
                last = resolver.mention_at(j - 1)
                if not expecting and not in_apposition and last is not None and last.kb_id_ in {f.key for f in found}:
                    break  # "funding from A last year, and B, another startup": words right after a name end the list
                if not expecting:
                    in_apposition = True  # "NFDG, a partnership...": after the comma
                j += 1
                continue
            if expecting and token.pos_ == "ADJ" and j + 1 < end and doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN":
                j, described = j + 1, described + 1  # "Chinese retailer Suning.com": a nationality describes
                continue
            if not expecting and lowers[j - 1] in self.genitives and token.text[:1].isupper():
                # "A, CEO de Dataiku, B": a name no one found that complements a title is no list item
                while j < end and doc[j].text[:1].isupper() and resolver.mention_at(j) is None:
                    j += 1
                in_apposition = True
                continue
            if expecting and not in_apposition and token.text[:1].isupper() and token.pos_ in ("NOUN", "PROPN", "ADJ"):
                # a name no one found ("Mistral, H ou Poolside", "Hopu Capital"): all of it, then next
                k = j + 1
                while k < end and doc[k].pos_ == "PROPN" and resolver.mention_at(k) is None:
                    k += 1
                m = k
                while m < end and m - k < 3 and doc[m].is_lower and doc[m].pos_ in ("NOUN", "ADJ"):
                    m += 1
                if m > k and m < end and resolver.mention_at(m) is not None:
                    j, described = m, described + 1  # "AI fund Radical Ventures", "US chipmaker X": a description
                    continue
                j, expecting, described = k, False, 0
                continue
            if token.text == ":" and not found and (described or in_apposition):
                # "avec un syndicat d'investisseurs : A, B et C": the list the description announces
                j, expecting, described, in_apposition = j + 1, True, 0, False
                continue
            if token.text == "-" and described:
                j += 1
                continue
            break
        return found

    def _owner_fund(self, j: int, doc: Doc, owner_type: str | None) -> bool:
        """Is the genitive ``doc[j]`` the complement of a fund noun of the description before it ("le fonds
        d'investissement de X", "the venture fund of X"), whose owner, an organisation, the list then names?
        (A person's fund, "A, le fonds de Dana Okoye", is most often an apposition naming who runs A.)"""
        if owner_type != "Organization":
            return False
        k = j - 1
        while k >= 0 and j - k <= 6 and (doc[k].is_alpha and doc[k].text[:1].islower() or doc[k].text[-1:] in "'’-"):
            if doc[k].lower_ in self.owner_funds:
                return True
            k -= 1
        return False

    def _aside_end(self, j: int, end: int, found: list[Referent], resolver: Resolver) -> int | None:
        """Where an aside on the name listed just before ``j`` ends (its next comma or semicolon): a
        lower-case participle or relative pronoun right after that name's comma, or any lower-case words up to
        a semicolon, at most 15 words; None when ``j`` opens no such aside or it runs to the end with no comma
        (the list ends there)."""
        doc = resolver.doc
        token = doc[j]
        if not found or j < 2 or doc[j - 1].text != "," or not token.is_lower:
            return None
        if self._phrase_at(self.separators, j, resolver) is not None:
            return None  # ", and B": the list goes on
        before = resolver.mention_at(j - 2)
        if before is None or before.kb_id_ not in {f.key for f in found}:
            return None
        k = j + 1
        while k < end and k - j < 16 and doc[k].text not in (",", ";"):
            k += 1
        if k >= end or k - j >= 16:
            return None
        participle = token.pos_ in ("VERB", "AUX") and "Part" in token.morph.get("VerbForm")
        # ("A, a fund based in Oslo; B, ...": items with asides, separated by semicolons)
        if not (participle or "Rel" in token.morph.get("PronType") or token.tag_ in ("WDT", "WP", "VBN")):
            return k if doc[k].text == ";" else None
        return k

    @staticmethod
    def _phrase_at(phrases: list[tuple[str, ...]], j: int, resolver: Resolver) -> tuple[str, ...] | None:
        """The first of ``phrases`` (lower-case words) that starts at token ``j``, or None: a separator of the
        list ("as well as"), an example marker ("such as", "à l'image de") before its names.

            marker = self._phrase_at(self.example_markers, j, resolver)
            names = self._listed(j + len(marker), end, resolver) if marker is not None else []
        """
        return next((p for p in phrases if tuple(resolver.lowers[j : j + len(p)]) == p), None)

    @staticmethod
    def _possessive_apposition(span: Span, end: int, found: list[Referent], resolver: Resolver) -> bool:
        """Is ``span`` the possessor in an apposition to the name listed just before ("A, Google's venture
        arm, ..."): right after that name and a comma, then "'s" and lower-case words only, up to a comma or
        the end?"""
        doc = resolver.doc
        k = span.start - 1
        if not found or k <= 0 or doc[k].text != ",":
            return False
        before = resolver.mention_at(k - 1)
        if before is None or before.kb_id_ not in {f.key for f in found} or span.end >= end:
            return False
        if resolver.lowers[span.end] not in ("'s", "’s"):
            return False
        m = span.end + 1
        while m < end and doc[m].is_lower and resolver.mention_at(m) is None and not doc[m].is_punct:
            m += 1
        return m > span.end + 1 and (m == end or doc[m].is_punct)

    @staticmethod
    def _name_tail_end(j: int, end: int, resolver: Resolver) -> int:
        """Where the rest of a name found short ends: "CMA-CGM" found as "CMA" (a hyphenated rest), "Lee
        Fixel" found as "Lee" (capitalised words right after it, no separator), "Temasek Holdings (Private)
        Ltd [TEM.UL]" (a parenthesis or bracket after it: an affiliation, a ticker)."""
        doc = resolver.doc
        rest = 0
        while j < end:
            if (
                j + 1 < end
                and doc[j].text == "-"
                and not doc[j - 1].whitespace_
                and not doc[j].whitespace_
                and doc[j + 1].text[:1].isupper()
            ):
                j += 2
            elif rest < 2 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and resolver.mention_at(j) is None:
                j, rest = j + 1, rest + 1
            elif doc[j].text in ("(", "["):
                closing = ")" if doc[j].text == "(" else "]"
                close = next((m for m in range(j + 1, min(end, j + 8)) if doc[m].text == closing), None)
                if close is None:
                    break
                j = close + 1
            else:
                break
        return j

    @staticmethod
    def _person_after_title(span: Span, end: int, resolver: Resolver) -> Span:
        """ "Amazon founder Jeff Bezos": the person a title introduces, not the company before it."""
        doc = span.doc
        t = span.end
        while t < end and t - span.end < 3 and doc[t].is_lower and doc[t].pos_ == "NOUN":
            t += 1
        person = resolver.mention_at(t) if t > span.end and t < end else None
        if person is not None and person.start == t and resolver.type_of(person.kb_id_) == "Person":
            return person
        return span
