"""Objects: what a verb is done to, when it is not simply its direct object.

"Brightwater a signé un accord pour fournir des GPU à Anthropic" -> the deal's counterparty;
"Quillon a publié des poids ouverts sous le nom Quill-7" -> the named object; "Y a rejoint le tour" ->
the company of the round reported just before.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from knowgraph.facts.relations.deal_anaphora import raise_taken_up
from knowgraph.facts.relations.facts import LINEAR_FALLBACK
from knowgraph.mentions.coref import PRONOUN, Referent, Resolver


class ObjectSearch:
    """Direct objects, named and listed objects, deal counterparties, developers and owners, round objects."""

    @staticmethod
    def _relative_object(child: Token, verb: Token) -> bool:
        """ "le laboratoire que Google a racheté": the relative pronoun fr_core_news_md marks as the clause's
        "mark" (sm: its object) is the object when the clause has none."""
        return (
            child.dep_ == "mark"
            and child.pos_ in ("PRON", "SCONJ")  # (md tags it either way)
            and child.lower_ in ("que", "qu'", "qu’")
            and child.i < verb.i
            and verb.dep_.endswith("relcl")
            and not any(c.dep_ in ("obj", "dobj") for c in verb.children)
        )

    def _direct_object(
        self, verb: Token, resolver: Resolver, types: set[str], exclude: Iterable[str] = ()
    ) -> list[Referent]:
        own = self.lists.get("own", set())
        for child in verb.children:
            if (
                child.dep_ in ("obj", "dobj", "iobj")
                or (child.dep_ == "xcomp" and child.pos_ in ("NOUN", "PROPN"))
                or self._relative_object(child, verb)
            ):
                if child.i < verb.i and child.lower_ in ("que", "qu'", "qu’") and not verb.dep_.endswith("relcl"):
                    continue  # "X a déclaré qu'elle avait racheté Y": the conjunction the parser made an object
                if self._rival_noun(child):
                    # "launched a ChatGPT competitor": the name on a rival noun is the rival, not the object; but
                    # "acquired rival startup Windsurf" (parsed with "rival" as the object) names it right after
                    j = child.i + 1
                    while (
                        j < verb.sent.end and j - child.i <= 2 and self._descriptor_type(verb.doc[j]) == "Organization"
                    ):
                        j += 1
                    span = resolver.mention_at(j) if j < verb.sent.end else None
                    if span is None or span.start != j:
                        return []
                    return resolver.resolve(verb.doc[j], types, exclude=exclude, coordinated=False)
                if resolver.mention_at(child.i) is None and (
                    any(c.lower_ in own for c in child.children) or self._own_new_company(verb, child)
                ):
                    # "left Google to start her own company": a new company, only the name given right after it
                    return [r for r in resolver.resolve(child, types, exclude=exclude) if r.token > child.i]
                # an object pronoun never means the clause's own subject ("Google supplies it with ...")
                found = resolver.resolve(child, types, exclude=exclude)
                if found:
                    return found
        partitives = self.lists.get("partitives", set())
        for child in verb.children:
            if child.dep_ in ("obj", "dobj") and child.lower_ in partitives:
                # "uses fine-tuned versions of Llama"
                for prep in child.children:
                    if prep.lower_ in self.genitive:
                        for g in prep.children:
                            found = resolver.resolve(g, types)
                            if found:
                                return found
        examples = self._example_objects(verb, resolver, types, exclude) or self._named_object(
            verb, resolver, types, exclude
        )
        if examples:
            return examples
        if (
            verb.dep_ == "relcl"
            and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.i < verb.i
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("dobj", "obj", "mark") for c in verb.children)
            and not any(t.lower_ in resolver.relatives for t in verb.doc[verb.head.i + 1 : verb.i])
        ):
            # "Argent Loom, the startup she co-founded": the noun the clause modifies is its object
            found = resolver.resolve(verb.head, types, coordinated=False)
            if found:
                return found
        doc = verb.doc
        end = verb.sent.end
        for j in range(verb.i + 1, min(end, verb.i + 10)):
            t = doc[j]
            span = resolver.mention_at(j)
            if span is not None and self._rival_noun(doc[span.end - 1].head):
                break  # "is building a ChatGPT rival", "un concurrent de ChatGPT"
            if span is not None and not (span.label_ == "Place" and "Place" not in types and span.end < end):
                found = resolver.resolve(t, types)
                return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
            # (a place before the noun is a premodifier: "acquired French speech recognition startup Quillon")
            if span is None and j == verb.i + 1 and t.pos_ == "PROPN" and t.text[:1].isupper():
                # "Paul Roux dirige Kernwerk depuis 2020": a name right after the verb that the NER left out
                # (fr_core_news_md calls a lone unknown name a person) and the parse did not make the object
                found = resolver.resolve(t, types)
                if found:
                    return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
            if t.is_punct and t.text not in ("«", '"', "“"):
                break
            if t.pos_ == "ADP" and t.lower_ not in ("de", "d'", "du", "des"):
                # a short time phrase between the verb and its object: "a racheté au printemps la société X"
                k = j + 1
                while k < end and doc[k].pos_ == "DET":
                    k += 1
                if (
                    k + 1 < end
                    and doc[k].pos_ in ("NOUN", "NUM")
                    and doc[k].is_lower | doc[k].is_digit
                    # ("réunit depuis mars A, B et C": a name right after the time word)
                    and (doc[k + 1].pos_ == "DET" or k == j + 1 and resolver.mention_at(k + 1) is not None)
                    and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in self.time_words or doc[k].is_digit)
                ):
                    return self._direct_object_from(k + 1, verb, resolver, types)
                break
            if t.pos_ == "VERB" and t.lower_ not in self.descriptors:
                break  # (not "bought machine learning startup Turi", where the tagger reads "startup" as a verb)
            if t.pos_ == "NOUN" and self._unit_noun(t):
                break  # "dirige la filiale du groupe X": the part of X is the object, not X
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.descriptors:
                found = resolver.resolve(t, types, exclude=exclude)
                if found:
                    return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
        return []

    def _own_new_company(self, verb: Token, noun: Token) -> bool:
        """ "est passé par X avant de fonder sa société", "before founding his company": a founding verb whose
        object is a company noun with a possessive determiner founds a new company of the subject's own."""
        return (
            self._descriptor_type(noun) == "Organization"
            and any(c.lower_ in self.possessives for c in noun.children)
            and any(p.kind == "verb" and p.relation == "foundedBy" for p, _ in self._triggers(verb))
        )

    def _rival_noun(self, token: Token) -> bool:
        """Is ``token`` a rival noun ("competitor", "concurrent"), by the words of the rival noun frame?"""
        return self._frame_noun(token, "competitorOf.noun")

    def _unit_noun(self, token: Token) -> bool:
        """Is ``token`` the noun of a part of an organisation ("filiale", "division"), by the subsidiary frame?"""
        return self._frame_noun(token, "subsidiaryOf.noun")

    def _direct_object_from(self, start: int, verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        doc = verb.doc
        for j in range(start, min(verb.sent.end, start + 6)):
            if resolver.mention_at(j) is not None or (
                doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in self.descriptors
            ):
                found = resolver.resolve(doc[j], types)
                return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
            if doc[j].pos_ not in ("DET", "ADJ"):
                break
        return []

    def _named_object(
        self, verb: Token, resolver: Resolver, types: set[str], exclude: Iterable[str] = ()
    ) -> list[Referent]:
        """ "has published open weights under the name gpt-oss": a naming phrase after the direct object
        gives its name."""
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
        if obj is None or not self.naming_phrases:
            return []
        doc = verb.doc
        texts, lowers = resolver.columns.text, resolver.lowers  # no Token object per word looked at
        end = min(verb.sent.end, obj.i + 10)
        for j in range(obj.i + 1, end):
            if texts[j] in (",", ";", ".") and j > obj.i + 1:
                break
            for words in self.naming_phrases:
                if tuple(lowers[j : j + len(words)]) == words and j + len(words) < verb.sent.end:
                    if self._names_another_noun(doc[j], obj):
                        continue  # "shipped enough units to enter the tier called X": the tier's name
                    span = resolver.mention_at(j + len(words))
                    if span is not None and span.start == j + len(words):
                        return [
                            Referent(r.key, r.factor * LINEAR_FALLBACK, r.token)
                            for r in resolver.resolve(doc[span.start], types, exclude=exclude, coordinated=False)
                        ]
        return []

    @staticmethod
    def _names_another_noun(naming: Token, obj: Token) -> bool:
        """Does the naming phrase that starts at ``naming`` hang on a noun after the object, not on it?"""
        noun = next((a for a in naming.ancestors if a.pos_ in ("NOUN", "PROPN")), None)
        return noun is not None and noun.i > obj.i

    def _example_objects(
        self, verb: Token, resolver: Resolver, types: set[str], exclude: Iterable[str] = ()
    ) -> list[Referent]:
        """ "We tested everything, including Google's Gemini and Meta's Llama": the names an example
        marker attached to the verb lists stand for its (generic) direct object."""
        if not any(c.dep_ in ("obj", "dobj") for c in verb.children):
            return []
        doc = verb.doc
        end = verb.sent.end
        found: list[Referent] = []
        for child in [*verb.children, *self._marker_in_plural_object(verb, resolver)]:
            if child.dep_ != "prep" and child.head.i == verb.i or child.i < verb.i:
                continue
            width = _marker_width(child, resolver)
            if not width:
                continue
            j = child.i + width
            while (
                j < end
                and j - child.i < 16
                and doc[j].text not in (";", ":", ".", ")", "(")
                and not (doc[j].text == "," and resolver.mention_at(j + 1) is None)
            ):
                span = resolver.mention_at(j)
                if span is not None and span.start == j:
                    found += [
                        Referent(r.key, r.factor * LINEAR_FALLBACK, r.token)
                        for r in resolver.resolve(doc[j], types, exclude=exclude, coordinated=False)
                        if r.key not in {f.key for f in found}
                    ]
                    j = span.end
                    continue
                if doc[j].pos_ in ("VERB", "AUX"):
                    break
                j += 1
        return found

    @staticmethod
    def _marker_in_plural_object(verb: Token, resolver: Resolver) -> list[Token]:
        """The example marker that ends the phrase of a plural common-noun direct object, right before a name
        ("a créé des modèles de langage ouverts comme A et B", where the parse hangs the marker inside the
        object's phrase): no punctuation, verb or name between the object and the marker, but the comma that
        closes the object's own phrase ("powers hundreds of apps, including A", "des centaines d'applications,
        y compris A"; not "sells chips to firms, including A": the comma closes another phrase). (A singular
        object compares: "un modèle comme A" is not A.)"""
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
        if obj is None or obj.pos_ != "NOUN" or "Plur" not in obj.morph.get("Number"):
            return []
        doc = verb.doc
        end = min(verb.sent.end - 1, obj.i + 10)
        for j in range(obj.i + 1, end):
            t = doc[j]
            if t.text == "," and j <= obj.right_edge.i + 1 and _marker_width(doc[j + 1], resolver):
                continue
            width = _marker_width(t, resolver)
            if width:
                k = j + width
                k = k + 1 if k < verb.sent.end and doc[k].lower_ in ("que", "qu'", "as") else k
                start = k
                while k < min(verb.sent.end, start + 3) and doc[k].is_lower and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
                    k += 1  # "y compris l'assistant Vireo", "including the Vireo app": a name after its description
                span = resolver.mention_at(k) if k < verb.sent.end else None
                return [t] if span is not None and span.start == k else []
            verb_form = t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm")  # ("ouverts": a modifier)
            if t.is_punct and t.text != "-" or verb_form or resolver.mention_at(j) is not None:
                return []
        return []

    def _deal_counterparty(self, verb: Token, resolver: Resolver, types: set[str], exclude: set[str]) -> list[Referent]:
        """ "Brightwater signed a five-year agreement to supply Nvidia GPUs to Anthropic": the one the deal's
        infinitive clause delivers to (``deals`` in patterns.yaml)."""
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj") or obj.lemma_.lower() not in self.deal_nouns:
                continue
            for clause in obj.subtree:
                if (
                    clause.pos_ == "VERB"
                    and clause.dep_ in ("acl", "relcl", "advcl", "xcomp")
                    and self._infinitive(clause)
                    and clause.i - obj.i < 8
                ):
                    found = self._prepositional(
                        clause, resolver, types, self.deal_prepositions, window=8, exclude=exclude
                    )
                    if found:
                        return [
                            Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found if r.key not in exclude
                        ]
        return []

    @staticmethod
    def _developers_of(things: list[Referent], doc: Doc, types: set[str], resolver: Resolver) -> list[Referent]:
        """The developers already stated for models or products (earlier in the article)."""
        developers = doc.user_data.get("kg_developers", {})
        return [
            Referent(developers[r.key], r.factor * LINEAR_FALLBACK, r.token)
            for r in things
            if r.key in developers and resolver.type_of(developers[r.key]) in types
        ]

    @staticmethod
    def _owners_of(referents: list[Referent], resolver: Resolver) -> set[str]:
        """The possessors named before the referents' mentions ("Alphabet's Google"): an object pronoun
        of the clause means neither the subject nor its owner."""
        doc = resolver.doc
        owners = set()
        for r in referents:
            span = resolver.mention_at(r.token)
            if span is not None and span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s"):
                owner = resolver.mention_at(span.start - 2)
                if owner is not None:
                    owners.add(owner.kb_id_)
        return owners

    def _owner_of_modified(self, verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """The person a possessive determiner names on the noun a participle modifies ("his startup,
        X, co-founded with ...")."""
        if not types:
            return []
        node = verb
        for _ in range(3):
            if node.head.i == node.i:
                return []
            node = node.head
            if node.pos_ == "NOUN":
                break
        else:
            return []
        owner = next((c for c in node.children if c.dep_ == "poss" and c.lower_ in self.possessives), None)
        if owner is None or owner.lower_ in resolver.relatives:
            return []
        return resolver.resolve(owner, types, coordinated=False) or resolver._recent(
            owner.i, types, set(), PRONOUN, prefer_subject=True
        )

    def _round_object(self, verb: Token, resolver: Resolver) -> list[Referent]:
        """ "took part in the round", "joined the company's Series B": the company of the round the
        verb's object or prepositional object names."""
        orgs = {"Organization", "Company"}
        for child in verb.children:
            nouns = (
                [child]
                if child.dep_ in ("obj", "dobj", "obl", "obl:arg", "nmod")
                else [g for g in child.children if g.dep_ == "pobj"]
                if child.dep_ == "prep"
                else []
            )
            for noun in nouns:
                if not self._round_noun(noun) and not any(
                    c.dep_ == "compound" and self._round_noun(c) for c in noun.children
                ):
                    # "Nexalia a levé 40 M€. A a mené l'opération": a deal noun that takes up the raise
                    taken = raise_taken_up(noun, self.lang, self.context.facts, self.context.sent_index, resolver)  # type: ignore[attr-defined]
                    if taken:
                        return taken
                    continue  # "led Corvane's Series B": the letter heads the round noun
                # "le tour de table de 45 millions d'euros de X": the complement after the round noun's last word
                last = next(
                    (
                        noun.doc[noun.i + len(words) - 1]
                        for words in self.round_nouns
                        if len(words) > 1 and tuple(t.lower_ for t in noun.doc[noun.i : noun.i + len(words)]) == words
                    ),
                    noun,
                )
                found = (
                    self._prepositional(noun, resolver, orgs, self.round_targets, window=4)
                    or (last.i != noun.i and self._prepositional(last, resolver, orgs, self.round_targets, window=4))
                    or self._possessor(noun, resolver, orgs)
                    or self._complement_owner(noun, resolver, orgs)
                    or self._earlier_round_target(noun)
                )
                if found:
                    return found
        return []

    def _earlier_round_target(self, noun: Token) -> list[Referent]:
        """A definite round noun with no complement ("the round was led by X", "Y took part in the
        round"): the company whose funding the article reported last, a few sentences back at most."""
        doc = noun.doc
        target = doc.user_data.get("kg_round_target")
        if target is None or not any(
            (c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "le", "la", "l'", "ce", "cette"))
            # "a participé au tour de table": the article contracted with the preposition
            or (c.dep_ == "case" and c.lower_ in ("au", "du"))
            for c in noun.children
        ):
            return []
        key, n, trigger = target
        here = self.context.sent_index.get(noun.sent.start, 0)
        if here - n > self.round_anaphora_sentences or trigger >= noun.i:
            return []
        return [Referent(key, PRONOUN, noun.i)]

    def _complement_owner(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "Feldmark's Series B": a name in the possessive before the noun."""
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ not in self.possessives:
                return resolver.resolve(child, types, coordinated=False)
        return []


def _marker_width(token: Token, resolver: Resolver) -> int:
    """How many words the example marker at ``token`` spans: 1 ("including", "comme"), more for a phrase of
    ``example_markers`` ("y compris"), 0 for none."""
    if token.lower_ in resolver.example_markers:
        return 1
    doc = token.doc
    for marker in resolver.example_markers:
        words = marker.split()
        if len(words) > 1 and [t.lower_ for t in doc[token.i : token.i + len(words)]] == words:
            return len(words)
    return 0
