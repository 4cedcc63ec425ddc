"""Where a model can be used: a model said to be available, accessible or offered through a product or a
platform is used by it ("Orbis 2 is available in the Vireo app and on Kernwerk's cloud", "Orbis, accessible
via l'interface Vireo").

    "Orbis Medium, still in testing, is accessible via the Vireo app." -> usesModel(vireo, orbis-medium)

The words are data (``model_access`` in ``knowgraph/data/<lang>/patterns.yaml``): the adjectives and
participles of access (``words``), the participles of use said only of the model they hang on
(``participles``: "Orbis, the speech system used in Vireo", "Orbis-4, déjà intégré à Vireo"), the
prepositions of the product (``prepositions``). The model is the
nearest one named before the access word in its sentence; the products are the names after the
preposition (past a determiner and a descriptor: "via la plateforme X", "on platforms such as X and Y",
"aux plateformes du groupe : X, Y et Z"), every product of their list. A verb of building in
(``verb_forms``) takes the model as its object: a pronoun for the one named last ("Kernwerk dévoile Orbis et
l'intègre à Vello et Tessel", "integrated it into Vello") or the name after it ("a intégré Orbis dans Vello").
Run once per document by :class:`~knowgraph.facts.relations.named_makers.NamedMakers`::

    ModelAccess(rules, context).end_doc()  # the usesModel facts of the whole document
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, Referent, Resolver
from knowgraph.nlp.resources import language_data

_USERS = {"Product", "Organization"}
# how far before the access word the model may be named ("Orbis Medium, still in testing, is accessible")
_MODEL_REACH = 15
# how many words a descriptor may take between the preposition and the product ("via la plateforme cloud X")
_DESCRIPTOR_REACH = 5


class ModelAccess(RuleFamily):
    """A model available through a product or a platform (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        words = language_data(self.lang, "patterns").get("model_access", {})
        self.access_words = {w.lower() for w in words.get("words", [])}
        # "used in", "intégré à": participles said only of the model they hang on (``_hangs_on_model``)
        self.participles = {w.lower() for w in words.get("participles", [])}
        self.access_preps = sorted(
            (tuple(w.lower().replace("'", "' ").split()) for w in words.get("prepositions", [])), key=len, reverse=True
        )
        markers = language_data(self.lang, "patterns").get("maker_phrases", {}).get("example_markers", [])
        self.example_words = {w for m in markers for w in m.lower().split()}
        # "Kernwerk dévoile Orbis et l'intègre à Vello", "integrates it into Vello": a verb of building in whose
        # object is a pronoun for the model named last, or the model named between it and the preposition
        self.verb_forms = {w.lower() for w in words.get("verb_forms", [])}
        self.object_pronouns = {w.lower() for w in words.get("object_pronouns", [])}
        # "Kernwerk a intégré Orbis dans X": a participle after the auxiliary of an active past is a verb form
        self.active_auxiliaries = {w.lower() for w in words.get("active_auxiliaries", [])}
        # "aux principales plateformes du groupe : A, B": the genitives a descriptor may hold before the list
        self.genitives = {w.lower() for w in words.get("genitives", [])}
        self.joins = {w.lower() for w in language_data(self.lang, "lexicon").get("coordinators", [])}
        # « le modèle Orbis, sur lequel l'assistant Vireo est construit »: a relative of the model's base, the
        # product named in it, then a participle of building on (``base_relatives``, ``base_participles``)
        self.base_relatives = [tuple(w.lower().split()) for w in words.get("base_relatives", [])]
        self.base_participles = {w.lower() for w in words.get("base_participles", [])}

    def end_doc(self) -> list[Fact]:
        doc, resolver = self.context.doc, self.context.resolver
        if not self.access_words and not self.participles:
            return []
        facts: list[Fact] = []
        # the doc's index of lower-case forms (built once per doc, shared with the mentions): only the access
        # words are visited, not every token of the document
        columns = resolver.columns
        words = self.access_words | self.participles | self.verb_forms
        for i in sorted(i for word in words for i in columns.lower_occurrences(word)):
            if doc[i].is_lower:
                facts += self._access(doc[i], doc[i].sent, resolver)
        for relative in self.base_relatives:
            for i in columns.lower_occurrences(relative[-1]):
                start = i - len(relative) + 1
                if start > 0 and tuple(t.lower_ for t in doc[start : i + 1]) == relative:
                    facts += self._base_relative(start, i + 1, doc[i].sent, resolver)
        return facts

    def _base_relative(self, start: int, end: int, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "GPT-4, sur lequel ChatGPT est basé", "Orbis, on which the Vireo app is built": the product named in
        the relative uses the model named right before it (a comma between), whatever the parse made of the
        clause. The participle follows the product and its auxiliary."""
        doc = sent.doc
        k = start - 1 if doc[start - 1].text == "," else start
        model = resolver.mention_at(k - 1) if k - 1 >= sent.start else None
        if model is None or model.end != k or model.label_ != "AIModel":
            return []
        n = end
        while n < sent.end and n - end < 4 and doc[n].is_lower and doc[n].pos_ in ("DET", "NOUN", "ADJ"):
            n += 1  # "l'assistant", "the app"
        user = resolver.mention_at(n) if n < sent.end else None
        if user is None or user.start != n or user.label_ not in _USERS:
            return []
        m = user.end
        while m < sent.end and m - user.end < 3 and doc[m].pos_ in ("AUX", "ADV") and doc[m].is_lower:
            m += 1  # "est", "is", "a été", "was initially"
        if m == user.end or m >= sent.end or doc[m].lower_ not in self.base_participles:
            return []
        return self._make(
            f"{self.lang}/usesModel.base",
            "usesModel",
            [Referent(user.kb_id_, DIRECT, user.start)],
            [Referent(model.kb_id_, DIRECT, model.start)],
            doc[m],
            0.8,
            resolver,
        )

    def _access(self, token: Token, sent: Span, resolver: Resolver) -> list[Fact]:
        active = token.i > sent.start and token.doc[token.i - 1].lemma_.lower() in self.active_auxiliaries
        if token.lower_ in self.verb_forms and (token.lower_ not in self.participles or active):
            model = self._verb_object(token, sent, resolver)
        else:
            model = self._model_before(token, sent, resolver)
            if model is None or (token.lower_ in self.participles and not self._hangs_on_model(token, model)):
                return []
        if model is None:
            return []
        if model.start > token.i:
            token = token.doc[model.end - 1]  # the preposition comes after the model named as the object
        users = self._users_after(token, sent, resolver)
        if not users:
            return []
        return self._make(
            f"{self.lang}/usesModel.access",
            "usesModel",
            users,
            [Referent(model.kb_id_, DIRECT, model.start)],
            token,
            0.75,
            resolver,
        )

    @staticmethod
    def _hangs_on_model(token: Token, model: Span) -> bool:
        """Is the participle said of the model: hung on its name or on a noun in apposition to it ("Orbis, the
        speech system used in X"), or right after its name and a comma ("Orbis-4, already integrated into X")?
        "trained on chips used in X" says nothing of the model trained."""
        doc = token.doc
        head = token.head
        if model.start <= head.i < model.end:
            return True
        if head.dep_ == "appos" and model.start <= head.head.i < model.end:
            return True
        between = doc[model.end : token.i]
        if len(between) > 0 and between[0].text == "," and all(t.pos_ == "ADV" or t.text == "," for t in between):
            return True
        # "Orbis, la dernière mouture du modèle maison, à présent intégrée à X": an apposition between commas
        words = [t for t in between if t.pos_ != "ADV"]
        return (
            2 < len(words) <= 12
            and words[0].text == ","
            and words[-1].text == ","
            and all(
                t.is_lower
                and (
                    t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADP")
                    or t.pos_ == "VERB"
                    and "Fin" not in t.morph.get("VerbForm")
                )
                for t in words[1:-1]
            )  # ("son modèle phare": the tagger may read an adjective as a verb, never as a finite one; a word in
            # lower case tagged a proper noun is a noun: "son modèle maison" under fr_core_news_md)
        )

    @staticmethod
    def _cut(span: Span, sent: Span) -> bool:
        """Is the name followed by a capitalised word, the rest of a longer name the mentions did not find
        ("Vireo Plus" read as "Vireo")?"""
        after = sent.doc[span.end] if span.end < sent.end else None
        return after is not None and after.is_alpha and after.text[:1].isupper()

    @staticmethod
    def _model_before(token: Token, sent: Span, resolver: Resolver) -> Span | None:
        """The model the access word is said of: the subject of its clause when that is a model ("Orbis, which
        rivals Lumen 2, is available on X": Orbis, not Lumen 2), else the model named last before it, in its
        sentence and not past a semicolon."""
        doc = sent.doc
        clause = token.head if token.dep_ in ("acomp", "attr") else token  # "is available": the copula's subject
        subject = next((c for c in clause.children if c.dep_.startswith("nsubj") and c.i < token.i), None)
        if subject is not None and subject.lower_ in resolver.relatives and clause.dep_ in ("relcl", "acl:relcl"):
            # "Le modèle X, qui ... est accessible via Y" parsed as a relative clause: the noun it modifies
            subject = clause.head
        inside: set[int] | None = None
        if subject is not None:
            # the subject's words, less its relative clauses ("Orbis, which rivals Lumen 2, ...")
            inside = {t.i for t in subject.subtree}
            for t in subject.subtree:
                if t.dep_ in ("relcl", "acl:relcl") and t.i != subject.i:
                    inside -= {u.i for u in t.subtree}
                elif t.lower_ in resolver.relatives and t.i > subject.left_edge.i:
                    # a relative clause the parse hung elsewhere: its words run to the next comma
                    k = t.i
                    while k < token.i and doc[k].text != ",":
                        inside.discard(k)
                        k += 1
        first = subject.left_edge.i if subject is not None else token.i - _MODEL_REACH
        for k in range(token.i - 1, max(sent.start, first) - 1, -1):
            if doc[k].text in (";", ":"):
                return None
            span = resolver.mention_at(k)
            if span is not None and span.label_ == "AIModel":
                if inside is not None and span.start not in inside:
                    continue  # a model named in a clause of its own, not the one said available
                return None if ModelAccess._cut(span, sent) else span
        return None

    def _verb_object(self, token: Token, sent: Span, resolver: Resolver) -> Span | None:
        """The model a verb form of building in takes as its object: a pronoun for the model named last before
        it ("l'intègre à X", "integrates it into X"), or a model named right after it ("intègre Orbis à X")."""
        doc = sent.doc
        before = doc[token.i - 1] if token.i > sent.start else None
        after = doc[token.i + 1] if token.i + 1 < sent.end else None
        pronoun = (before is not None and before.lower_ in self.object_pronouns and before.pos_ in ("PRON", "DET")) or (
            after is not None and after.lower_ in self.object_pronouns and after.pos_ == "PRON"
        )
        if pronoun:
            for k in range(token.i - 2, max(sent.start, token.i - _MODEL_REACH) - 1, -1):
                span = resolver.mention_at(k)
                if span is not None and span.label_ == "AIModel":
                    return span
            return None
        span = resolver.mention_at(token.i + 1)
        if span is not None and span.start == token.i + 1 and span.label_ == "AIModel":
            return span
        return None

    def _prep_end(self, k: int, sent: Span) -> int:
        doc = sent.doc
        for words in self.access_preps:
            n = len(words)
            if k + n <= sent.end and tuple(t.lower_ for t in doc[k : k + n]) == words:
                return k + n
        return -1

    def _users_after(self, token: Token, sent: Span, resolver: Resolver) -> list[Referent]:
        """The products or platforms after the preposition that follows the access word (an adverb or
        two may come between: "available today via X")."""
        doc = sent.doc
        k = token.i + 1
        while k < sent.end and k - token.i <= 3 and doc[k].pos_ == "ADV":
            k += 1
        n = self._prep_end(k, sent)
        if n < 0:
            return []
        start = n
        while (
            n < sent.end
            and n - start < _DESCRIPTOR_REACH
            and resolver.mention_at(n) is None
            and (doc[n].is_lower or doc[n].text in ("'", "’"))
            and (doc[n].pos_ in ("DET", "NOUN", "ADJ") or doc[n].lower_ in self.example_words | self.genitives)
        ):
            n += 1  # "via l'interface X", "on platforms such as X", "aux plateformes du groupe"
        if n > start and doc[n - 1].lower_ in self.genitives:
            return []  # "hébergé sur les serveurs d'OVHcloud": the owner of the servers, not a product
        if n > start and n + 1 < sent.end and doc[n].text == ":" and resolver.mention_at(n + 1) is not None:
            n += 1  # "aux principales plateformes du groupe : A, B et C"
        span = resolver.mention_at(n)
        if span is not None and span.start == n and span.end + 1 < sent.end and doc[span.end].lower_ in ("'s", "’s"):
            owned = resolver.mention_at(span.end + 1)  # "on Kernwerk's Vireo platform": the product, not its owner
            if owned is not None and owned.start == span.end + 1:
                span, n = owned, owned.start
        if span is None or span.start != n or span.label_ not in _USERS or self._cut(span, sent):
            return []
        users = [r for r in resolver.resolve(doc[n], _USERS) if resolver.type_of(r.key) in _USERS]
        return users + self._listed_after(span, sent, resolver) if users else []

    def _listed_after(self, first: Span, sent: Span, resolver: Resolver) -> list[Referent]:
        """The products listed after the first one ("à Vello, Tessel et Quilla", "into Vello and Tessel"): names
        of products joined by commas and coordinators, each right after its separator."""
        doc = sent.doc
        out: list[Referent] = []
        k = first.end
        while k < sent.end:
            n = k
            if doc[n].text == ",":
                n += 1
            if n < sent.end and doc[n].lower_ in self.joins:
                n += 1
            if n < sent.end and doc[n].lower_ in self.genitives | {"à", "au", "aux", "to"}:
                n += 1  # "à Vello et à Tessel"
            span = resolver.mention_at(n) if n > k and n < sent.end else None
            if span is None or span.start != n or span.label_ != "Product" or self._cut(span, sent):
                return out
            out.append(Referent(span.kb_id_, DIRECT, span.start))
            k = span.end
        return out
