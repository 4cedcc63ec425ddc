"""Partnerships said in the first person inside a quote: "« Notre partenariat avec Quillon s'est construit pas
à pas ... », a déclaré Léa Roux, PDG de Kernwerk", "“Our partnership with Quillon is deep,” said Kernwerk's CEO
Léa Roux": the partner is the speaker's organisation, the one the attribution gives them (a title's
company, or an employer the article stated), not the company the article is about. Words:
``quoted_partners`` in patterns.yaml (first-person possessives, quote marks).

    "« Notre partenariat avec Quillon se renforce », a déclaré Léa Roux, PDG de Kernwerk."
    -> partnerOf(kernwerk, quillon)

Run at the end of the document (the attribution's own title facts are made by then).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.relations.facts import LINEAR_FALLBACK, Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import Referent, Resolver
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization", "Company"}
_EMPLOYMENT = ("ceoOf", "worksFor")


class QuotedPartners(RuleFamily):
    """ "our partnership with X" in a quote: the speaker's organisation is X's partner (module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        patterns = language_data(self.lang, "patterns")
        spec = patterns.get("quoted_partners", {})
        self.ours = set(spec.get("possessives", []))
        self.opening = set(spec.get("opening_quotes", []))
        self.closing = set(spec.get("closing_quotes", []))
        self.nouns = set(self.lists.get("partnership", set())) | set(spec.get("nouns", []))
        self.withs = set(patterns.get("compute_deals", {}).get("with", []))
        self.partner_nouns = set(spec.get("partner_nouns", []))
        self.speech_verbs = set(spec.get("speech_verbs", []))
        self.of_words = set(spec.get("of_words", []))

    def end_doc(self) -> list[Fact]:
        if not self.ours:
            return []
        doc, resolver = self.context.doc, self.context.resolver
        facts: list[Fact] = []
        # the doc's index of lower-case forms: only the first-person possessives are visited, not every token
        columns = resolver.columns
        for i in sorted(i for word in self.ours for i in columns.lower_occurrences(word)):
            sent = doc[i].sent
            if i + 1 < sent.end:
                noun = doc[i + 1] if doc[i + 1].pos_ != "ADJ" or i + 2 >= sent.end else doc[i + 2]
                if noun.lower_ in self.nouns or noun.lemma_.lower() in self.nouns:
                    facts += self._partner(noun, sent, resolver)
                    continue
                # "notre partenaire", "our key partner": the noun right after the possessive or one word on
                noun = next((t for t in doc[i + 1 : min(sent.end, i + 3)] if t.lower_ in self.partner_nouns), None)
                if noun is not None:
                    facts += self._partner(noun, sent, resolver, self._copula_subject(doc[i], resolver))
        return facts

    def _partner(
        self, noun: Token, sent: Span, resolver: Resolver, partners: list[Referent] | None = None
    ) -> list[Fact]:
        """``partners``: given for "X est notre partenaire"; else read after the noun's "avec"/"with"."""
        doc = noun.doc
        given = partners
        if partners is None:
            partners = self._partner_after(noun, sent, resolver)
        closing = None
        for j in range(noun.i + 1, min(len(doc), noun.i + 120)):  # a quote may run over several sentences
            if doc[j].text in self.closing:
                closing = j
                break
            if doc[j].text in self.opening or "\n" in doc[j].text_with_ws:
                break
        opening = None
        for j in range(noun.i - 1, max(-1, noun.i - 80), -1):  # the quote may open a sentence before (« split off)
            if doc[j].text in self.opening:
                opening = j
                break
            if doc[j].text in self.closing or "\n" in doc[j].text_with_ws:
                break
        if not partners or closing is None or opening is None:
            return []
        speaker = next(
            (
                s
                for s in resolver.mentions_in(closing + 1, min(len(doc), closing + 10))
                if s.label_ == "Person" and s.start > closing
            ),
            None,
        )
        speakers = [Referent(speaker.kb_id_, LINEAR_FALLBACK, speaker.start)] if speaker is not None else []
        if speaker is None:
            speakers = self._speaker_before(opening, resolver)
        if not speakers:
            return []
        organisations = self._employer(speakers[0].key)
        if not organisations and speaker is not None:
            organisations = self._titled_after(speaker, speaker.sent, resolver) or self._of_after(speaker, resolver)
        organisations = [o for o in organisations if o.key not in {p.key for p in partners}]
        return self._make(
            f"{self.lang}/partnerOf.quoted",
            "partnerOf",
            organisations[:1],
            partners,
            noun,
            0.7,
            resolver,
            # a partner named with a copula, or a speaker found before the quote: a tie recalled, no new deal
            "Partnership" if given is None and speaker is not None else None,
        )

    def _employer(self, person: str) -> list[Referent]:
        """The organisation the article said the speaker heads or works for (a fact found so far)."""
        for relation in _EMPLOYMENT:
            for f in self.context.facts:
                if f.relation == relation and f.subject == person and f.status == "Asserted":
                    return [Referent(f.object, LINEAR_FALLBACK, f.trigger)]
        return []

    @staticmethod
    def _titled_after(speaker: Span, sent: Span, resolver: Resolver) -> list[Referent]:
        """ "..., a déclaré Léa Roux, PDG de Kernwerk": the organisation right after the speaker's title."""
        doc = speaker.doc
        if speaker.end >= sent.end or doc[speaker.end].text != ",":
            return []
        for span in resolver.mentions_in(speaker.end + 1, min(sent.end, speaker.end + 10)):
            if span.label_ == "Organization" and span.start > speaker.end:
                return [Referent(span.kb_id_, LINEAR_FALLBACK, span.start)]
        return []

    def _partner_after(self, noun: Token, sent: Span, resolver: Resolver) -> list[Referent]:
        """ "notre partenariat (solide) avec le groupe Quillon": the organisation after "avec"/"with"."""
        doc = noun.doc
        k = noun.i + 1
        while k < sent.end and k - noun.i <= 2 and doc[k].pos_ == "ADJ":
            k += 1  # "notre partenariat solide avec"
        if k + 1 >= sent.end or doc[k].lower_ not in self.withs:
            return []
        k += 1
        while k < sent.end and k - noun.i <= 6 and resolver.mention_at(k) is None and doc[k].is_lower:
            k += 1  # "avec le groupe Quillon": the description before the name
        return resolver.resolve(doc[k], _ORGS, coordinated=False) if resolver.mention_at(k) is not None else []

    def _copula_subject(self, possessive: Token, resolver: Resolver) -> list[Referent]:
        """ "Quillon est notre partenaire clé", "Quillon is our key partner": the named subject of the copula
        right before the possessive (no other word between the name, the copula and the possessive)."""
        doc = possessive.doc
        copula = doc[possessive.i - 1] if possessive.i >= 1 else None
        if copula is None or copula.pos_ not in ("AUX", "VERB") or copula.lemma_.lower() not in ("être", "be"):
            return []
        span = resolver.mention_at(copula.i - 1) if copula.i >= 1 else None
        if span is None or span.end != copula.i:
            return []
        return resolver.resolve(doc[span.start], _ORGS, coordinated=False)

    def _speaker_before(self, opening: int, resolver: Resolver) -> list[Referent]:
        """A quote that opens its sentence with no speaker after it: the person the sentence before has speak
        ("Il a également déclaré ... . « Notre partenariat avec X ... »"), the subject of its verb of saying."""
        doc = resolver.doc
        if opening <= 0 or doc[opening].sent.start != opening:
            return []
        before = doc[opening - 1].sent
        verb = before.root
        if verb.lemma_.lower() not in self.speech_verbs:
            return []
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        return resolver.resolve(subject, {"Person"}, coordinated=False)[:1] if subject is not None else []

    def _of_after(self, speaker: Span, resolver: Resolver) -> list[Referent]:
        """ "..., affirme Léa Roux de Kernwerk", "said Léa Roux of Kernwerk": the organisation right after "de"."""
        doc = speaker.doc
        k = speaker.end
        if k + 1 >= len(doc) or doc[k].lower_ not in self.of_words:
            return []
        k += 1
        while k < min(len(doc), speaker.end + 5) and resolver.mention_at(k) is None and doc[k].is_lower:
            k += 1  # "de la start-up Kernwerk": the description before the name
        span = resolver.mention_at(k) if k < len(doc) else None
        if span is None or span.start != k or span.label_ not in _ORGS:
            return []
        return [Referent(span.kb_id_, LINEAR_FALLBACK, span.start)]
