"""Word-order frames: a name, a finite verb form of a pattern, a name, read in that order when the parse
lost the verb.

The small French model often tags a headline's or a short clause's verb as an adjective or a noun
("Nexalia rachète Brintel": "rachète" read as a noun), or hangs its object elsewhere; the verb frames
(:mod:`.verbs`) then find nothing at that word. This family reads the words instead: a name right
before the verb form (perhaps with "s'" or an adverb between), and right after it (or after the
pattern's preposition) a name, with at most a few articles, adjectives and descriptive nouns between
("dévoile son nouveau modèle Quill-3"). The forms and their lemmas are data
(``knowgraph/data/<lang>/word_order.yaml``), the roles and relations those of the lemma's verb patterns
in ``patterns.yaml``; the types must fit the relation, and the claim status is the modality hook's::

    "Kernwerk rachète la start-up lyonnaise Brintel." -> acquired(kernwerk, brintel)
    "Nexalia dévoile Quill-3" (a headline)            -> developedBy(quill-3, nexalia)

It runs only at a word where no verb frame produced a fact.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.relations.facts import LINEAR_FALLBACK, Fact
from knowgraph.facts.relations.family import DocContext, RuleFamily
from knowgraph.facts.relations.rules import LanguageRules, Pattern
from knowgraph.mentions.coref import Referent, Resolver
from knowgraph.nlp.resources import language_data

# what may stand between the verb and the name after it (besides articles): "la start-up lyonnaise"
_BETWEEN_POS = {"ADJ", "NOUN"}
# what a name right before the subject makes it a complement, not the subject: "la filiale de X rachète"
_COMPLEMENT_POS = {"ADP"}


class WordOrderFrames(RuleFamily):
    """Name, verb form, name: the verb patterns of a form the parse did not read as the clause's verb."""

    def __init__(self, rules: LanguageRules, context: DocContext):
        super().__init__(rules, context)
        data = language_data(self.lang, "word_order") or {}
        self.forms: dict[str, str] = {
            form: lemma for form, lemma in (data.get("forms") or {}).items() if lemma in self.patterns
        }
        self.between: set[str] = set(data.get("between") or ())
        self.window: int = int(data.get("window", 5))
        # the ``requires`` of a pattern read here when its word list has a word right after the verb form
        self.nearby_requirements: set[str] = set(data.get("nearby_requirements") or ())

    def watched_words(self) -> set[str]:
        return set(self.forms)

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        lemma = self.forms.get(token.text)  # lower case: a Title Case headline's words are no names to trust
        if lemma is None or any(f.trigger == token.i for f in self.context.facts[self.context.token_start :]):
            return []  # not a listed form, or the verb frames read this verb already
        resolver = self.context.resolver
        subject = self._name_before(token, resolver)
        if subject is None:
            return []
        out: list[Fact] = []
        for pattern in self.patterns[lemma]:
            if pattern.kind != "verb" or pattern.passive_only:
                continue
            if pattern.requires and not (
                pattern.requires in self.nearby_requirements and self._has_nearby(token, pattern.requires, 6)
            ):
                continue  # "loue des GPU à X": a compute word right after the verb form, as the pattern asks
            out += self._frame(token, pattern, subject, resolver)
        return out

    def _frame(self, verb: Token, pattern: Pattern, subject: Span, resolver: Resolver) -> list[Fact]:
        agent_types, patient_types = self._roles(pattern)
        agents = resolver.resolve(verb.doc[subject.start], agent_types, coordinated=False)
        if not agents:
            return []
        patients: list[Referent] = []
        for spec in pattern.patient or ():
            start = self._after_preposition(verb, spec)
            if start is None and pattern.requires:
                start = self._after_object(verb, spec)  # "loue des GPU à X": the object named before "à"
            name = self._name_after(verb, start) if start is not None else None
            if name is not None:
                patients = resolver.resolve(verb.doc[name.start], patient_types, exclude={a.key for a in agents})
                break
        if not patients:
            return []
        agents = [Referent(a.key, a.factor * LINEAR_FALLBACK, a.token) for a in agents]
        patients = [Referent(p.key, p.factor * LINEAR_FALLBACK, p.token) for p in patients]
        subjects, objects = (agents, patients) if pattern.subject == "agent" else (patients, agents)
        return self._make(
            pattern.rule + ".word-order",
            pattern.relation,
            subjects,
            objects,
            verb,
            pattern.confidence * LINEAR_FALLBACK,
            resolver,
            pattern.event,
        )

    def _name_before(self, verb: Token, resolver: Resolver) -> Span | None:
        """The name that ends right before ``verb`` (or before "s'" or an adverb of ``between``), at the
        start of a clause: not the complement of a preposition ("la filiale de X rachète")."""
        doc, i = verb.doc, verb.i - 1
        sent_start = verb.sent.start
        while i >= sent_start and i >= verb.i - 2 and doc[i].lower_ in self.between:
            i -= 1
        if i < sent_start:
            return None
        span = resolver.mention_at(i)
        if span is None or span.end != i + 1:
            return None
        if span.start > sent_start and doc[span.start - 1].pos_ in _COMPLEMENT_POS:
            return None
        return span

    def _after_preposition(self, verb: Token, spec: str) -> int | None:
        """Where the patient's words start: right after the verb for a direct object, after the
        preposition ``spec`` when it follows the verb at once ("investit dans", "s'associe avec")."""
        doc = verb.doc
        if spec == "direct":
            return verb.i + 1
        words = spec.split()
        window = doc[verb.i + 1 : verb.i + 1 + len(words)]
        if len(window) == len(words) and all(t.lower_ == w for t, w in zip(window, words, strict=True)):
            return verb.i + 1 + len(words)
        return None

    def _after_object(self, verb: Token, spec: str) -> int | None:
        """After a short object of lower-case words ("des GPU", "de la capacité de calcul"), where the one-word
        preposition ``spec`` follows it; None if a name or a punctuation mark comes first."""
        doc = verb.doc
        for k in range(verb.i + 1, min(verb.sent.end, verb.i + 6)):
            if doc[k].lower_ == spec and k > verb.i + 1:
                return k + 1
            if self.context.resolver.mention_at(k) is not None or doc[k].is_punct:
                return None
        return None

    def _name_after(self, verb: Token, start: int) -> Span | None:
        """The first name from ``start`` on, with at most ``window`` articles, adjectives and descriptive
        nouns before it in the same sentence; None at any other word."""
        end = min(verb.sent.end, start + self.window + 1)
        return self._name_past_descriptors(self.context.resolver, start, end, _BETWEEN_POS)
