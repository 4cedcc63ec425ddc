"""Makers said around a product's name: an apposition that describes the product with its maker, a maker
in brackets, the other names of a list of models that share their maker; and the check that keeps one
maker per product when a weak argument contradicts a named one.

    "Vello, le robot conversationnel conçu par la start-up Quillon, ..." -> developedBy(vello, quillon)
    "Vireo, the chatbot from Quillon, ..."                        -> developedBy(vireo, quillon)
    "compared with Llama (Meta) and Claude (Anthropic)"            -> developedBy(llama, meta), (claude, anthropic)
    "Kernwerk mise sur ses modèles Orbis 4.1 et Lumen 2"           -> developedBy(lumen-2, kernwerk) too

The words are data (``maker_phrases`` in ``knowgraph/data/<lang>/patterns.yaml``): the nouns that describe
a product (``product_nouns``), the prepositions of its maker (``maker_prepositions``). Run once per
document by :class:`~knowgraph.facts.relations.named_makers.NamedMakers`; lists and families of models are read by
:mod:`.model_families`, models counted at their launch and named afterwards by :mod:`.counted_models`::

    MakerPhrases(rules, context).end_doc()  # the facts of the whole document
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.counted_models import CountedModels
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.model_families import ModelFamilies
from knowgraph.mentions.coref import DIRECT, LINKED, Referent, Resolver
from knowgraph.nlp.resources import language_data

_MADE = ("Product", "AIModel")
_MAKERS = ("Organization", "Company")
# how far after the comma the maker may be named ("la toute dernière mouture de l'assistant vocal de Brintel")
_APPOSITION_REACH = 12


class MakerPhrases(RuleFamily):
    """Appositions, brackets and lists that give a product its maker (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        words = language_data(self.lang, "patterns").get("maker_phrases", {})
        self.product_nouns = {tuple(w.lower().replace("'", "' ").split()) for w in words.get("product_nouns", [])}
        self._longest_nouns_first = sorted(self.product_nouns, key=len, reverse=True)
        self.maker_prepositions = {w.lower() for w in words.get("maker_prepositions", [])}
        self.plural_heads = {w.lower() for w in words.get("plural_heads", [])}
        self.families = ModelFamilies(rules, context)
        self.counted = CountedModels(rules, context)
        # "le chatbot concurrent de Google": a word after which the organisation named is not the maker
        self.not_maker_words = {w.lower() for w in words.get("not_maker_words", [])}
        # "le logiciel le plus utilisé de Tessaly": after these, a participle is part of the description
        self.degree_words = {w.lower() for w in words.get("degree_words", [])}
        # "X est le produit phare de Y", "X is the chatbot from Y" (not "n'est pas", "is not")
        self.copulas = {w.lower() for w in words.get("copulas", [])}
        self.negations = {w.lower() for w in words.get("negations", [])}
        # "OpenAI, l'éditeur d'IA générative derrière ChatGPT": the maker named before "behind" the product
        self.maker_nouns = {w.lower() for w in words.get("maker_nouns", [])}
        self.behind_words = {w.lower() for w in words.get("behind_words", [])}
        # « la start-up à l'origine de Claude »: a phrase of several words for "behind"
        self.behind_phrases = [
            tuple(w.lower().replace("'", "' ").split()) for w in words.get("behind_words", []) if " " in w or "'" in w
        ]
        # "des outils OpenAI comme GPT-3.5", "OpenAI tools such as DALL-E": the examples of a maker's products
        self.example_markers = sorted(
            (tuple(w.lower().split()) for w in words.get("example_markers", [])), key=len, reverse=True
        )
        # "Vireo, Tessa and other Kernwerk products": the words of "other" before the maker's plural noun
        self.other_words = {w.lower() for w in words.get("other_words", [])}

    def end_doc(self) -> list[Fact]:
        doc, resolver = self.context.doc, self.context.resolver
        facts: list[Fact] = []
        for sent in doc.sents:
            mentions = [m for m in resolver.mentions_in(sent.start, sent.end) if sent.start <= m.start < sent.end]
            for span in mentions:
                if span.label_ in _MADE:
                    facts += (
                        self._apposition(span, sent, resolver)
                        or self._bracket(span, sent, resolver)
                        or self._noun_after_name(span, sent, resolver)
                        or self._described_before(span, sent, resolver)
                    )
                elif span.label_ in _MAKERS:
                    facts += (
                        self._bracketed_product(span, sent, resolver)
                        or self._examples(span, sent, resolver)
                        or self._behind(span, sent, resolver)
                        or self._others(span, sent, resolver)
                    )
        facts += self.counted.end_doc()  # "launched two models. The two new models are A and B"
        facts += self.families.shared_makers(doc, resolver, self.context.facts + facts)
        facts += self.families.family_makers(doc, resolver, self.context.facts + facts)
        return facts

    # -- "X, le robot conversationnel signé par la start-up Y" -----------------------------------
    def _product_noun_at(self, doc: Doc, k: int, end: int) -> int:
        """The end of a product noun ("robot conversationnel", "chatbot") starting at ``k``, or -1."""
        for words in self._longest_nouns_first:  # (nouns of one length end at the same token)
            n = len(words)
            if k + n <= end and all(
                w in (t.lower_, t.lemma_.lower()) for w, t in zip(words, doc[k : k + n], strict=True)
            ):
                return k + n
        return -1

    def _apposition(self, span: Span, sent: Span, resolver: Resolver) -> list[Fact]:
        doc, j = sent.doc, span.end
        if j + 3 >= sent.end:
            return []
        if doc[j].lower_ in self.copulas and doc[j + 1].lower_ not in self.negations:
            pass  # "ChatGPT est le produit phare d'OpenAI": a copula says what the apposition says
        elif doc[j].text not in (",", "—", "–"):
            return []
        k = j + 1
        owner = resolver.mention_at(k)
        if owner is not None and owner.start == k and owner.label_ in _MAKERS and owner.end + 1 < sent.end:
            # "Gemini, Google's AI model, ...": the maker in the possessive, then the product noun
            m = owner.end + 1
            if sent.doc[owner.end].lower_ in ("'s", "’s"):
                after = -1  # the end of the last product noun of the phrase ("AI coding assistant")
                while m < sent.end and m - owner.end <= 5:
                    # a capitalised noun is the end of another name ("Brintel's Kernwerk Assistant" in a list)
                    end = self._product_noun_at(doc, m, sent.end) if doc[m].is_lower else -1
                    if end > 0:
                        after, m = end, end
                        continue
                    modifier = doc[m].pos_ in ("ADJ", "NOUN", "PROPN") or (
                        doc[m].pos_ == "VERB" and doc[m].dep_ == "amod"
                    )
                    if not modifier or len(doc[m]) > 12:
                        break
                    m += 1  # "its AI", "new", "flagship", "coding"
                if after > 0 and (
                    after >= sent.end
                    or doc[after].text in (",", ".", ";", ")", "—", "–")
                    or (doc[after].pos_ == "VERB" and doc[after].dep_ == "acl")  # "assistant designed for"
                ):
                    return self._maker_fact(span, owner, "developedBy.described", sent, resolver)
            return []
        while k < sent.end and doc[k].pos_ in ("DET", "ADJ", "ADV", "NUM") and not doc[k].text[:1].isupper():
            k += 1  # "la nouvelle", "the latest", "l'"
        end = min(sent.end, j + _APPOSITION_REACH)
        k = self._product_noun_at(doc, k, end)
        if k < 0:
            return []
        complements = 0
        while k < end:
            token = doc[k]
            if token.lower_ in self.not_maker_words or token.lemma_.lower() in self.not_maker_words:
                return []
            if token.lower_ in self.maker_prepositions:
                n = k + 1
                # "de la start-up OpenAI", "of the US startup OpenAI": determiners and lower-case words before the name
                while (
                    n < end
                    and n - k <= 5
                    and resolver.mention_at(n) is None
                    and (doc[n].is_lower or doc[n].text in ("-", "'", "’") or doc[n].pos_ == "DET")
                ):
                    if doc[n].lower_ in self.maker_prepositions or doc[n].lower_ in self.not_maker_words:
                        break
                    n += 1
                maker = resolver.mention_at(n)
                if maker is not None and maker.start == n:
                    if maker.label_ in _MAKERS:
                        return self._maker_fact(span, maker, "developedBy.described", sent, resolver)
                    return []
                if n == k + 1 or n >= end or doc[n].lower_ not in self.maker_prepositions or complements >= 2:
                    return []
                complements += 1  # "de l'assistant vocal de Brintel": the noun's own complement
                k = n
                continue
            if token.is_lower and (
                token.pos_ in ("ADJ", "ADV", "DET", "NOUN")
                or doc[k - 1].lower_ in self.degree_words
                or (token.pos_ == "VERB" and not self._verb_form(token))  # "phare" tagged a verb
            ):
                k += 1  # "le plus connu", "phare", "conversationnel"
                continue
            return []
        return []

    def _maker_named_at(self, n: int, sent: Span, resolver: Resolver) -> Span | None:
        """The organisation named at ``n`` when it is the maker itself, not the possessor of another
        noun ("from Google's rival")."""
        maker = resolver.mention_at(n)
        if maker is None or maker.start != n or maker.label_ not in _MAKERS:
            return None
        if maker.end < sent.end and sent.doc[maker.end].lower_ in ("'s", "’s", "'"):
            return None
        return maker

    def _noun_after_name(self, span: Span, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "the Gemini model from Google", "les modèles Llama de Meta": the name, its product noun, the maker."""
        doc = sent.doc
        k = self._product_noun_at(doc, span.end, min(sent.end, span.end + 4))
        if k < 0 or k + 1 >= sent.end or doc[k].lower_ not in self.maker_prepositions:
            return []
        n = k + 1
        while n < sent.end and n - k <= 3 and doc[n].pos_ == "DET" and not doc[n].text[:1].isupper():
            n += 1
        maker = self._maker_named_at(n, sent, resolver)
        return self._maker_fact(span, maker, "developedBy.described", sent, resolver) if maker else []

    def _described_before(self, span: Span, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "Le chatbot d'OpenAI, ChatGPT, ...", "L'IA générative de Google, Gemini": a product noun with
        its maker, then the name in apposition."""
        doc = sent.doc
        comma = span.start - 1
        if comma - 3 < sent.start or doc[comma].text != ",":
            return []
        maker = resolver.mention_at(comma - 1)
        if maker is None or maker.end != comma or maker.label_ not in _MAKERS:
            return []
        k = maker.start - 1
        while k > sent.start and doc[k].pos_ == "DET" and not doc[k].text[:1].isupper():
            k -= 1
        if doc[k].lower_ not in self.maker_prepositions:
            return []
        k -= 1
        while k > sent.start and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k -= 1  # "l'IA générative de Google"
        for start in range(max(sent.start, k - 3), k + 1):
            if self._product_noun_at(doc, start, k + 1) == k + 1:
                b = start - 1
                while b > sent.start and doc[b].is_lower and doc[b].pos_ == "ADJ" and start - b <= 2:
                    b -= 1  # "le nouveau modèle d'OpenAI", "le tout dernier chatbot de X"
                before = doc[b] if b >= sent.start else None
                if before is not None and before.pos_ not in ("DET",) and before.lower_ not in self.possessives:
                    return []  # "un concurrent du chatbot d'OpenAI, X": the noun must open its phrase
                return self._maker_fact(span, maker, "developedBy.described", sent, resolver)
        return []

    @staticmethod
    def _phrase_width(doc: Doc, k: int, phrases: list[tuple[str, ...]]) -> int:
        """How many words of one of ``phrases`` start at ``k`` (0 for none)."""
        for words in phrases:
            if tuple(t.lower_ for t in doc[k : k + len(words)]) == words:
                return len(words)
        return 0

    def _marker_end(self, doc: Doc, k: int, end: int) -> int:
        """The end of an example marker ("comme", "such as") starting at ``k``, or -1."""
        for words in self.example_markers:
            n = len(words)
            if k + n <= end and tuple(t.lower_ for t in doc[k : k + n]) == words:
                return k + n
        return -1

    def _examples(self, maker: Span, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "des outils OpenAI comme le système GPT-3.5", "OpenAI models such as GPT-4 and DALL-E": a plural
        product noun with the maker's name, then examples; each named product is the maker's."""
        doc = sent.doc
        if maker.end < sent.end and doc[maker.end].lower_ in self.plural_heads:
            k = maker.end + 1  # "OpenAI tools such as"
        elif maker.start - 1 >= sent.start and doc[maker.start - 1].lower_ in self.plural_heads:
            k = maker.end  # "des outils OpenAI comme"
        else:
            return []
        k = self._marker_end(doc, k, sent.end)
        if k < 0:
            return []
        facts: list[Fact] = []
        while k < sent.end:
            token = doc[k]
            if (
                token.pos_ in ("VERB", "AUX", "PRON", "SCONJ")
                or token.text in (";", ":", "(", ".")
                or token.lower_ in self.not_maker_words
                or (token.pos_ == "ADP" and token.lower_ not in self.genitive)
            ):
                break  # "Orbis 3, le modèle sur lequel repose Vello", "with rivals such as": the examples end there
            span = resolver.mention_at(k)
            if span is not None and span.start == k:
                if span.label_ not in _MADE:
                    break
                facts += self._maker_fact(span, maker, "developedBy.examples", sent, resolver)
                k = span.end
                continue
            k += 1
        return facts

    def _verb_form(self, token) -> bool:
        """Does the word look like a participle or a gerund ("used", "développé", "using")? Those say who
        uses or made the thing in their own way ("the model used by Y"), not what the apposition calls it."""
        lower = token.lower_
        return lower.endswith(("ing", "ed", "ant")) or any(
            lower.endswith(ending) and len(lower) > n + 2
            for n, endings in self._participle_suffixes
            for ending in endings
        )

    def _behind(self, maker: Span, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "OpenAI, l'éditeur d'IA générative derrière ChatGPT", "Anthropic, the San Francisco company behind
        Claude": an apposition to the maker whose noun is "behind" the product, past its own complements."""
        doc, j = sent.doc, maker.end
        if j + 3 >= sent.end or doc[j].text != ",":
            return []
        for k in range(j + 1, min(sent.end, j + 10)):
            token = doc[k]
            width = 1 if token.lower_ in self.behind_words else self._phrase_width(doc, k, self.behind_phrases)
            if width:
                after = n = k + width
                while n < sent.end and doc[n].pos_ == "DET" and doc[n].is_lower:
                    n += 1
                noun = self._product_noun_at(doc, n, min(sent.end, n + 4))
                after = noun if noun > 0 else after  # "behind the Vireo app", « derrière l'assistant Vireo »
                product = resolver.mention_at(after) if after < sent.end else None
                if product is None or product.start != after or product.label_ not in _MADE:
                    return []
                noun = any(
                    t.lemma_.lower() in self.maker_nouns or self._ends_descriptor(t)
                    for t in doc[j + 1 : k]
                    if t.is_lower
                )
                return self._maker_fact(product, maker, "developedBy.behind", sent, resolver) if noun else []
            place = resolver.mention_at(k)
            if (
                token.text in (",", ";", ".")
                or token.pos_ == "AUX"
                or (token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm"))
                or (place is not None and place.label_ != "Place")  # "the San Francisco company behind X"
            ):
                return []
        return []

    def _others(self, maker: Span, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "Vireo, Tessa and other Kernwerk products", "Vireo et d'autres services Kernwerk": the names listed
        before "and other" the maker's products are the maker's (the maker's name between "other" and the plural
        noun, or after both)."""
        doc = sent.doc
        k = maker.start - 1
        if k > sent.start and doc[k].lower_ in self.plural_heads:
            k -= 1  # "d'autres services Kernwerk"
        elif maker.end >= sent.end or doc[maker.end].lower_ not in self.plural_heads:
            return []
        if k <= sent.start or doc[k].lower_ not in self.other_words:
            return []
        k -= 1
        if k > sent.start and doc[k].lower_ in ("d'", "d’", "de"):
            k -= 1
        if doc[k].lower_ not in self.families.coordinators:
            return []
        items: list[Span] = []
        end = k  # the list ends right before the coordinator
        while end > sent.start:
            named = resolver.mention_at(end - 1)
            if named is None or named.end != end or named.label_ not in _MADE:
                break
            items.append(named)
            end = named.start
            if end - 1 < sent.start or doc[end - 1].text != ",":
                break
            end -= 1
        facts: list[Fact] = []
        for named in items:
            facts += self._maker_fact(named, maker, "developedBy.others", sent, resolver)
        return facts

    # -- "Llama (Meta)", "Google (Bard)" --------------------------------------------------------
    @staticmethod
    def _single_in_brackets(span: Span, sent: Span, resolver: Resolver) -> Span | None:
        doc, j = sent.doc, span.end
        if j + 2 >= sent.end or doc[j].text != "(":
            return None
        inside = resolver.mention_at(j + 1)
        if inside is None or inside.start != j + 1 or inside.end >= sent.end or doc[inside.end].text != ")":
            return None
        return inside

    def _bracket(self, span: Span, sent: Span, resolver: Resolver) -> list[Fact]:
        maker = self._single_in_brackets(span, sent, resolver)
        if maker is None or maker.label_ not in _MAKERS:
            return []
        return self._maker_fact(span, maker, "developedBy.bracket", sent, resolver)

    def _bracketed_product(self, span: Span, sent: Span, resolver: Resolver) -> list[Fact]:
        product = self._single_in_brackets(span, sent, resolver)
        if product is not None:
            return (
                self._maker_fact(product, span, "developedBy.bracket", sent, resolver)
                if product.label_ in _MADE
                else []
            )
        facts: list[Fact] = []
        for named in self._bracketed_list(span, sent, resolver):
            facts += self._maker_fact(named, span, "developedBy.bracket", sent, resolver)
        return facts

    def _bracketed_list(self, span: Span, sent: Span, resolver: Resolver) -> list[Span]:
        """ "Quillon (including Orbis 2 and Orbis Mini)", "Kernwerk (Vireo, Tessa)": the products or models
        listed in brackets right after an organisation's name, every item a name of one (else none)."""
        doc, j = sent.doc, span.end
        if j + 3 >= sent.end or doc[j].text != "(":
            return []
        k = self._marker_end(doc, j + 1, sent.end)
        k = j + 1 if k < 0 else k
        items: list[Span] = []
        while k < sent.end:
            named = resolver.mention_at(k)
            if named is None or named.start != k or named.label_ not in _MADE:
                return []
            items.append(named)
            k = named.end
            if k < sent.end and doc[k].text == ")":
                return items
            while k < sent.end and (doc[k].text == "," or doc[k].lower_ in self.families.coordinators):
                k += 1
            if k == named.end:
                return []
        return []

    def _maker_fact(self, product: Span, maker: Span, rule: str, sent: Span, resolver: Resolver) -> list[Fact]:
        return self._make(
            f"{self.lang}/{rule}",
            "developedBy",
            [Referent(product.kb_id_, DIRECT, product.start)],
            [Referent(maker.kb_id_, LINKED, maker.start)],
            sent.doc[product.start],
            0.8,
            resolver,
            status=ASSERTED,
        )


def drop_rival_makers(facts: list[Fact], weak: float = 0.7, strong: float = 0.8) -> list[Fact]:
    """The developedBy facts to remove: a maker found through a weak argument (a description or a pronoun:
    confidence below ``weak``) of a product another fact gives a named maker (confidence ``strong`` or more).
    "Gemini" named after Google is not OpenAI's because "son nouveau modèle" was read as it. A maker whose
    name the product's name begins with ("Kernwerk Vireo") outweighs any maker found through a description
    ("the device offers Kernwerk Vireo": the device's maker is no maker of Vireo).

        drop_rival_makers(doc_facts)  # [Fact("gemini", "developedBy", "openai", ..., 0.55, ...)]
    """
    best: dict[str, dict[str, float]] = {}
    in_name: dict[str, str] = {}
    for f in facts:
        if f.relation == "developedBy" and f.status == ASSERTED:
            makers = best.setdefault(f.subject, {})
            makers[f.object] = max(makers.get(f.object, 0.0), f.confidence)
            if f.rule.endswith("/developedBy.named"):
                in_name[f.subject] = f.object

    def outweighed(f: Fact) -> bool:
        found = best.get(f.subject, {}).get(f.object, 1.0)
        if f.subject in in_name and in_name[f.subject] != f.object:
            return found < strong
        return found < weak and any(o != f.object and c >= strong for o, c in best.get(f.subject, {}).items())

    return [f for f in facts if f.relation == "developedBy" and outweighed(f)]


def drop_makers_as_users(facts: list[Fact]) -> list[Fact]:
    """The usesModel facts to remove: of several organisations a sentence says use a model, the one that
    sentence names as the model's maker. "Brintel and Quillon agreed that Brintel's assistants would rest on
    Quillon's Orbis" is Brintel using Orbis, not Quillon (an organisation that uses its own model is said
    otherwise: "Quillon now answers its customers with Orbis").

        drop_makers_as_users(doc_facts)  # [Fact("quillon", "usesModel", "orbis", ...)]
    """
    makers = {(f.subject, f.object, f.start) for f in facts if f.relation == "developedBy" and f.status == ASSERTED}
    users: dict[tuple[str, int], set[str]] = {}
    for f in facts:
        if f.relation == "usesModel":
            users.setdefault((f.object, f.start), set()).add(f.subject)
    return [
        f
        for f in facts
        if f.relation == "usesModel"
        and (f.object, f.subject, f.start) in makers
        and len(users.get((f.object, f.start), ())) > 1
    ]


def drop_compound_makers(doc: Doc, facts: list[Fact], resolver: Resolver, hyphenated: set[str]) -> list[Fact]:
    """The developedBy facts to remove: a model the sentence names only inside a hyphenated compound before
    another noun ("launched its Orbis-powered assistant": the assistant is launched, the model is
    someone's it runs on), ``hyphenated`` being the participles of such compounds ("powered", "based").

        drop_compound_makers(doc, doc_facts, resolver, {"powered"})  # [Fact("orbis", "developedBy", ...)]
    """
    dropped = []
    for f in facts:
        if f.relation != "developedBy":
            continue
        sent = doc[f.trigger].sent
        named = [m for m in resolver.mentions_in(sent.start, sent.end) if m.kb_id_ == f.subject]
        if named and all(
            m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in hyphenated for m in named
        ):
            dropped.append(f)
    return dropped


def drop_rivals_as_makers(doc: Doc, facts: list[Fact], resolver: Resolver, rival_words: set[str]) -> list[Fact]:
    """The developedBy facts to remove: a maker read from a possessive determiner ("its", "ses") that its
    sentence names only as what a party is the rival of ("Brintel, a Kernwerk rival known for its Tessa
    models": Tessa is Brintel's, not Kernwerk's; "un concurrent de Kernwerk"), the maker's name hanging on
    one of ``rival_words`` (the maker phrases' ``not_maker_words``).

        drop_rivals_as_makers(doc, doc_facts, resolver, {"rival"})  # [Fact("tessa", "developedBy", "kernwerk", ...)]
    """
    dropped = []
    for f in facts:
        if f.relation != "developedBy" or not f.rule.endswith(".possessive"):
            continue  # only a possessive determiner ("its", "ses") read as the rival: "the maker of X" stays
        sent = doc[f.trigger].sent
        named = [m for m in resolver.mentions_in(sent.start, sent.end) if m.kb_id_ == f.object]
        if named and all(_hangs_on(doc[m.end - 1], rival_words) for m in named):
            dropped.append(f)
    return dropped


def _hangs_on(token, words: set[str]) -> bool:
    """Is ``token`` (the last word of a name) a compound or complement of a noun of ``words`` ("a Kernwerk
    rival", "rival of Kernwerk", "concurrent de Kernwerk"), directly or through its preposition?"""
    head = token.head
    if token.dep_ in ("pobj", "nmod", "obl") and head.pos_ == "ADP":
        head = head.head
    return token.dep_ in ("compound", "pobj", "nmod", "poss") and head.i != token.i and head.lemma_.lower() in words
