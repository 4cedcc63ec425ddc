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
        return facts

    def _partner(self, noun: Token, sent: Span, resolver: Resolver) -> list[Fact]:
        doc = noun.doc
        k = noun.i + 1
        while k < sent.end and k - noun.i <= 2 and doc[k].pos_ == "ADJ":
            k += 1  # "notre partenariat solide avec"
        if k + 1 >= sent.end or doc[k].lower_ not in self.withs:
            return []
        k += 1
        while k < sent.end and k - noun.i <= 6 and resolver.mention_at(k) is None and doc[k].is_lower:
            k += 1  # "avec le groupe Quillon": the description before the name
        partners = resolver.resolve(doc[k], _ORGS, coordinated=False) if resolver.mention_at(k) is not None else []
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
        if speaker is None:
            return []
        organisations = self._employer(speaker.kb_id_) or self._titled_after(speaker, speaker.sent, resolver)
        organisations = [o for o in organisations if o.key not in {p.key for p in partners}]
        return self._make(
            f"{self.lang}/partnerOf.quoted",
            "partnerOf",
            organisations[:1],
            partners,
            noun,
            0.7,
            resolver,
            "Partnership",
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
