"""Possessives and compounds: a product or a model with its maker, said with a possessive, a genitive or
a name before the noun, and the hyphenated compounds ("X-backed", "X-owned").

    "les modèles Quill de Quillon" -> developedBy(quill, quillon); "Quillon's Orca assistant" -> developedBy(orca, quillon)
    "Kernwerk, a Nvidia-backed startup, ..." -> investedIn(nvidia, kernwerk)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, LINKED, PRONOUN, Referent, Resolver
from knowgraph.nlp.resources import language_data
from knowgraph.rdf.vocabulary import relation_signature

_MADE = ("Product", "AIModel")


class HyphenatedCompounds(RuleFamily):
    """ "a Nvidia-backed startup", "Microsoft-owned LinkedIn" (``hyphenated`` in patterns.yaml)."""

    def watched_words(self) -> set[str]:
        return set(self.hyphenated)

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        if token.lower_ in self.hyphenated:
            return self._hyphenated(token, self.context.resolver)
        return []

    def _hyphenated(self, token: Token, resolver: Resolver) -> list[Fact]:
        """ "a Brintel-backed startup", "Microsoft-owned LinkedIn": see ``hyphenated`` in patterns.yaml."""
        doc = token.doc
        spec = self.hyphenated[token.lower_]
        if token.i < 2 or doc[token.i - 1].text != "-" or token.i + 1 >= token.sent.end:
            return []
        name = resolver.mention_at(token.i - 2)
        if name is None:
            return []
        relation = spec["relation"]
        subject_types, object_types = relation_signature(relation)
        agent_types = set(subject_types) if spec.get("subject", "agent") == "agent" else set(object_types)
        patient_types = set(object_types) if spec.get("subject", "agent") == "agent" else set(subject_types)
        if resolver.type_of(name.kb_id_) not in agent_types:
            return []
        agents = [Referent(name.kb_id_, DIRECT, name.start)]
        # the modified noun: "a Brintel-backed startup" (a description), "Microsoft-owned LinkedIn" (a name)
        j = token.i + 1
        while (
            j < token.sent.end
            and j - token.i < 4
            and resolver.mention_at(j) is None
            and doc[j].is_lower
            and doc[j].pos_ in ("ADJ", "NOUN")
            and not (doc[j].pos_ == "NOUN" and (j + 1 >= token.sent.end or doc[j + 1].pos_ != "NOUN"))
        ):
            j += 1
        if j >= token.sent.end:
            return []
        patients = self._described_name(doc, j, resolver, patient_types, relation)
        patients = patients or resolver.resolve(doc[j], patient_types, coordinated=False)
        if not patients and doc[j].pos_ == "NOUN" and not (relation == "investedIn" and self._round_noun(doc[j])):
            # "X, a Brintel-backed startup": the name the description is in apposition to (not in "Nvidia,
            # Amazon-backed funding round": a list of backers, the round is someone else's)
            k = name.start - 1
            while k > token.sent.start and doc[k].pos_ in ("DET", "ADJ"):
                k -= 1
            if doc[k].text == "," and k - 1 >= token.sent.start:
                patients = resolver.resolve(doc[k - 1], patient_types, coordinated=False)
        if not patients:
            return []
        subjects, objects = (agents, patients) if spec.get("subject", "agent") == "agent" else (patients, agents)
        return self._make(
            f"{self.lang}/{relation}.hyphenated",
            relation,
            subjects,
            objects,
            token,
            float(spec.get("confidence", 0.75)),
            resolver,
            "Investment" if relation == "investedIn" else None,
        )

    def _described_name(self, doc, j: int, resolver: Resolver, types: set[str], relation: str) -> list[Referent]:
        """ "the Brintel-backed startup Quillon": the name right after the description noun is the one it modifies
        (not a round's: "the Brintel-backed round Quillon raised", nor the subject of a clause on the noun)."""
        span = resolver.mention_at(j + 1) if j + 1 < doc[j].sent.end else None
        if (
            span is None
            or span.start != j + 1
            or doc[j].pos_ != "NOUN"
            or not doc[j].is_lower
            or (relation == "investedIn" and self._round_noun(doc[j]))
            or (doc[j + 1].head.dep_ in ("relcl", "acl") and doc[j + 1].head.head.i == j)
        ):
            return []
        return resolver.resolve(doc[j + 1], types, coordinated=False)


class Ownership(RuleFamily):
    """Products and models with their maker, once per sentence; the maker is remembered (``kg_developers``)."""

    @property
    def naming_lemmas(self) -> set[str]:
        """The verbs that give a name ("called", "dubbed": ``naming_verbs`` in lexicon.yaml), once."""
        words = self.__dict__.get("_naming_lemmas")
        if words is None:
            words = self.__dict__["_naming_lemmas"] = set(language_data(self.lang, "lexicon").get("naming_verbs", []))
        return words

    def _possessive(self, token: Token, resolver: Resolver) -> bool:
        """A possessive determiner: "son", "its", or a first-person one ("notre", "our")."""
        return token.lower_ in self.possessives or (
            token.lower_ in resolver.first_person
            and (token.pos_ != "PRON" or token.dep_ in ("poss", "nmod:poss") or token.tag_ == "PRP$")
        )

    def _owner_of(self, token: Token, resolver: Resolver, org_types: set[str]) -> list[Referent] | None:
        """For a first-person possessive ("notre nouveau modèle X", "our model X"), the organisation of the
        one speaking: the company the quote or interview is about, else the one the article gave the person
        the quote is attributed to ("« ... notre modèle X ... », a déclaré Léa Roux", Léa Roux being its CEO);
        no one when neither is known; ``None`` for another possessive."""
        if token.lower_ not in resolver.first_person:
            return None
        owners = [r for r in resolver.by_pronoun.we(token) if resolver.type_of(r.key) in org_types]
        if owners:
            return owners
        speaker = self._quote_speaker(token, resolver)
        if speaker is None:
            return []
        employers = {
            f.object if f.relation in ("ceoOf", "worksFor") else f.subject
            for f in self.context.facts
            if (f.relation in ("ceoOf", "worksFor") and f.subject == speaker.kb_id_)
            or (f.relation == "foundedBy" and f.object == speaker.kb_id_)
        }
        if len(employers) != 1:
            return []
        return [Referent(employers.pop(), PRONOUN, speaker.start)]

    @staticmethod
    def _quote_speaker(token: Token, resolver: Resolver) -> Span | None:
        """The person a quote around ``token`` is attributed to: named within a few words after its closing
        mark ("», a déclaré X", "”, said X") or before its opening one ("X a déclaré : « ")."""
        doc = token.doc
        # the nearest marks around the word, which must be an opening one before and a closing one after
        marks = ("«", "“", "»", "”", '"')
        after = next((t for t in doc[token.i : token.i + 120] if t.text in marks), None)
        before = next((t for t in reversed(doc[max(0, token.i - 120) : token.i]) if t.text in marks), None)
        if after is None or before is None or after.text not in ("»", "”", '"') or before.text not in ("«", "“", '"'):
            return None
        closing, opening = after.i, before.i
        for k in range(closing + 1, min(len(doc), closing + 8)):
            span = resolver.mention_at(k)
            if span is not None and span.label_ == "Person":
                return span
        for k in range(opening - 1, max(-1, opening - 8), -1):
            span = resolver.mention_at(k)
            if span is not None and span.label_ == "Person":
                return span
        return None

    def _past_modifiers(self, k: int, sent: Span) -> int:
        """The first word from ``k`` that is not a lower-case adjective, adverb or modifier acronym ("toute
        première", "most powerful AI"), at most three words on."""
        doc = sent.doc
        n = k
        while (
            n < sent.end - 1
            and n - k < 3
            and self._descriptor_type(doc[n]) is None  # "sa plateforme cloud": the noun, even tagged an adjective
            and ((doc[n].is_lower and doc[n].pos_ in ("ADJ", "ADV")) or self._acronym_modifier(doc[n]))
        ):
            n += 1
        return n

    @staticmethod
    def _recent_owner(k: int, resolver: Resolver, org_types: set[str]) -> list[Referent]:
        """The organisation a possessive at ``k`` refers back to: the one coordinated right before it ("OpenAI
        and its chatbot"), none when a product or a model is ("Orbis and its younger cousin, Orbis Mini": the
        model's cousin, not the company's an earlier sentence named), else the most recent one."""
        doc = resolver.doc
        if k >= 2 and doc[k - 1].pos_ == "CCONJ":
            before = resolver.mention_at(k - 2)
            if before is not None and before.end == k - 1:
                if before.label_ in org_types:
                    return [Referent(before.kb_id_, PRONOUN, before.start)]
                if before.label_ in _MADE:
                    return []
        return resolver._recent(k, org_types, set(), PRONOUN, prefer_subject=True)

    def end_sentence(self, sent: Span) -> list[Fact]:
        ownership = self._ownership(sent, self.context.resolver)
        developers = self.context.doc.user_data["kg_developers"]
        for f in ownership:
            if f.status == ASSERTED:
                developers.setdefault(f.subject, f.object)
        return ownership + self._project_owners(sent, self.context.resolver)

    def _project_owners(self, sent: Span, resolver: Resolver) -> list[Fact]:
        """A named project with its owner: "Brintel's Heron data centre project" (a possessor before the name),
        "le projet Héron de Brintel" (a genitive right after it): the owner takes part in the project."""
        doc = sent.doc
        facts: list[Fact] = []
        org_types = {"Organization", "Company"}
        for span in resolver.mentions_in(sent.start, sent.end):
            if span.start < sent.start or span.start >= sent.end or span.label_ != "Project":
                continue
            owners: list[Referent] = []
            k = span.start - 1
            if k - 1 > sent.start and doc[k].lower_ in ("'s", "’s"):
                owners = resolver.resolve(doc[k - 1], org_types, coordinated=False)
            j = span.end
            if j < sent.end and doc[j].text in ("»", "”", '"'):
                j += 1  # « l'initiative « Héron » de Brintel »: the genitive after the name's closing quote
            if not owners and not self.noun_premodifiers and j + 1 < sent.end and doc[j].lower_ in self.genitive:
                owners = [
                    r
                    for r in self._name_after_determiners(j + 1, sent, resolver, org_types)
                    if resolver.mention_at(r.token) is not None
                ]
            facts += self._make(
                f"{self.lang}/participatesIn.possessor",
                "participatesIn",
                owners[:1],
                [Referent(span.kb_id_, DIRECT, span.start)],
                doc[span.start],
                0.75,
                resolver,
                status=ASSERTED,  # the owner's part is no less stated in "X's project will ..."
            )
        return facts

    def _ownership(self, sent: Span, resolver: Resolver) -> list[Fact]:
        """Products and models with their maker: "son chatbot Copilot", "les modèles Phi de Microsoft"."""
        doc = sent.doc
        facts = []
        org_types = {"Organization", "Company"}
        for span in resolver.mentions_in(sent.start, sent.end):
            if span.start < sent.start or span.start >= sent.end or span.label_ not in ("Product", "AIModel"):
                continue
            owners: list[Referent] = []
            rule = ""
            # genitive: "X de Microsoft", "la gamme de modèles Quill de la startup"
            j = span.end
            if j < sent.end and doc[j].lower_ in self.genitive:
                owners = self._name_after_determiners(j + 1, sent, resolver, org_types)
                rule = "developedBy.genitive"
            if not owners:
                # "Meta's Llama 3", "OpenAI's GPT-4o", "Microsoft's assistant Copilot"
                k = span.start - 1
                while k > sent.start and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].is_lower and span.start - k < 3:
                    k -= 1
                if k > sent.start and doc[k].lower_ in ("'s", "’s", "'"):
                    owners = resolver.resolve(doc[k - 1], org_types, coordinated=False)
                    rule = "developedBy.possessor"
                elif k == span.start - 1 and doc[k].lemma_.lower() in self.naming_lemmas and doc[k - 1].text == ",":
                    k -= 1  # "Orbitron's new model, called Quill-2, ...": the name the participle gives
                if (
                    not owners
                    and k in (span.start - 1, span.start - 2)
                    and k - 2 > sent.start
                    and doc[k].text == ","
                    and self._descriptor_type(doc[k - 1]) == span.label_
                ):
                    # "The startup's flagship model, Tern-2, ...": the name in apposition to a possessed descriptor
                    m = k - 2
                    while m > sent.start and doc[m].pos_ in ("NOUN", "ADJ") and doc[m].is_lower and k - m < 4:
                        m -= 1
                    if m > sent.start and doc[m].lower_ in ("'s", "’s", "'", "’"):
                        owners = resolver.resolve(doc[m - 1], org_types, coordinated=False)
                        rule = "developedBy.possessor"
            if not owners and j < sent.end and doc[j].text == ",":
                # "Claude, le modèle d'Anthropic": an appositive description with its maker
                k = j + 1
                while k < sent.end and (doc[k].pos_ in ("DET", "ADJ") and doc[k].is_lower):
                    k += 1
                g = k + 1
                # "Llama, la famille de modèles ouverts de Meta": skip the descriptor's own complement
                while g + 1 < sent.end and doc[g].lower_ in self.genitive and doc[g + 1].is_lower and g - k < 5:
                    g += 2
                    while g < sent.end and doc[g].pos_ == "ADJ" and doc[g].is_lower:
                        g += 1
                if (
                    g < sent.end
                    and self._descriptor_type(doc[k]) in ("Product", "AIModel")
                    and doc[g].lower_ in self.genitive
                ):
                    owners = self._name_after_determiners(g + 1, sent, resolver, org_types)
                    rule = "developedBy.apposition"
            if not owners:
                # possessive descriptor: "son chatbot Copilot", "sa plateforme Azure"
                k = span.start - 1
                if k > sent.start and doc[k].text in (",", ":"):
                    k -= 1  # "Son modèle phare, Orbis", "ses deux modèles : Orbis et Lumen"
                while (
                    k >= sent.start
                    and k >= span.start - 7
                    and (
                        doc[k].pos_ in ("ADJ", "NOUN", "NUM")
                        or doc[k].lower_ in ("de", "d'")
                        or doc[k].text == "-"
                        and k < span.start - 2
                    )
                    and not self._possessive(doc[k], resolver)
                    and doc[k].lower_ != "dont"
                ):
                    k -= 1
                if k >= sent.start and k < span.start - 1 and doc[k].lower_ == "dont":
                    # "Nvidia, dont les puces H100 ...": the antecedent of "dont" makes them
                    owners = resolver.resolve(doc[k], org_types, coordinated=False)
                    rule = "developedBy.relative"
                elif (
                    k - 1 >= sent.start and k < span.start - 1 and doc[k].pos_ == "DET" and doc[k - 1].lower_ == "dont"
                ):
                    owners = resolver.resolve(doc[k - 1], org_types, coordinated=False)
                    rule = "developedBy.relative"
                elif (
                    k >= sent.start
                    and self._possessive(doc[k], resolver)
                    and k < span.start - 1
                    and (
                        any(self._descriptor_type(t) in ("Product", "AIModel") for t in doc[k + 1 : span.start])
                        or (j < sent.end and self._descriptor_type(doc[self._past_modifiers(j, sent)]) is not None)
                    )
                ):
                    # "son modèle phare, Orbis", "its own Orbis models" (not "Malgré ses ambitions, Orbis": no
                    # product noun, no owner)
                    owners = self._owner_of(doc[k], resolver, org_types)
                    if owners is None:
                        owners = self._governor_subject(doc[k + 1], resolver, org_types) or self._recent_owner(
                            k, resolver, org_types
                        )
                    rule = "developedBy.possessive"
                elif (
                    self.noun_premodifiers
                    and span.start - 1 >= sent.start
                    and self._possessive(doc[span.start - 1], resolver)
                    and (
                        j >= sent.end
                        or self._descriptor_type(doc[self._past_modifiers(j, sent)]) == span.label_
                        or doc[j].text in (",", ".", ";", ":", ")", "!", "?")
                        or doc[j].pos_ in ("ADP", "CCONJ", "AUX", "VERB", "PART")
                    )
                ):
                    # "Alibaba has turned its Qwen family into ...", "its Vireo AI assistant": the name before its
                    # descriptor; "Kernwerk has not released its Vireo yet": the name alone after the possessive
                    # (not "its Orbis-powered app": the name of another company's model in a compound)
                    head = doc[min(j, sent.end - 1)]
                    governor = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
                    first_person = self._owner_of(doc[span.start - 1], resolver, org_types)
                    owners = (
                        (
                            (
                                self._governor_subject(head, resolver, org_types)
                                if governor is not None and governor.dep_ in ("relcl", "acl:relcl")
                                else []
                            )  # "AWS, which lists Weft in its Bedrock catalogue"
                            or self._recent_owner(span.start - 1, resolver, org_types)
                        )
                        if doc[span.start - 1].lower_ not in resolver.relatives
                        else resolver.resolve(doc[span.start - 1], org_types, coordinated=False)
                    )  # "the startup, whose Tern-2 models"
                    owners = first_person if first_person is not None else owners  # "our Tern-2 model"
                    rule = "developedBy.possessive"
            if not owners and j + 3 < sent.end and doc[j].text == "," and doc[j + 1].pos_ == "DET":
                maker = resolver.mention_at(j + 2)
                k = maker.end if maker is not None else j + 2
                if (
                    maker is not None
                    and maker.label_ == "Organization"
                    and k < sent.end
                    and self._descriptor_type(doc[k]) in ("Product", "AIModel")
                ):
                    owners = [Referent(maker.kb_id_, LINKED, maker.start)]  # "Copilot, the Microsoft assistant"
                    rule = "developedBy.apposition"
            if not owners and j + 3 < sent.end and doc[j].text == "," and resolver.mention_at(j + 1) is not None:
                # "Tilly, Corvane's shopping assistant, ...": an apposition naming the owner in the possessive
                maker = resolver.mention_at(j + 1)
                k = maker.end
                if (
                    maker.start == j + 1
                    and maker.label_ == "Organization"
                    and k + 1 < sent.end
                    and doc[k].lower_ in ("'s", "’s", "'", "’")
                ):
                    k += 1
                    while (
                        k < sent.end - 1
                        and k - maker.end < 5
                        and doc[k].is_lower
                        and doc[k].pos_ in ("NOUN", "ADJ", "PUNCT")
                        and doc[k].text != ","
                        and self._descriptor_type(doc[k]) is None
                    ):
                        k += 1
                    if (
                        self._descriptor_type(doc[k]) == span.label_
                        and k + 1 < sent.end
                        and doc[k + 1].text in (",", ".", ")")
                    ):
                        owners = [Referent(maker.kb_id_, LINKED, maker.start)]
                        rule = "developedBy.apposition"
            if (
                not owners
                and j + 2 < sent.end
                and doc[j].text == ","
                and self._possessive(doc[j + 1], resolver)
                and self._descriptor_type(doc[self._past_modifiers(j + 2, sent)]) in ("Product", "AIModel")
            ):
                # "Azure, sa plateforme cloud", "Orbis, sa toute première famille de modèles", "Tern, its newest
                # AI model": the owner is the subject of the clause (or, when the parser cut the sentence
                # before the verb, the organisation named just before)
                owners = self._owner_of(doc[j + 1], resolver, org_types)
                if owners is None:
                    owners = self._governor_subject(doc[span.start], resolver, org_types) or self._recent_owner(
                        j + 1, resolver, org_types
                    )
                rule = "developedBy.possessive"
            if owners and not (j < sent.end and doc[j].text[:1].isdigit()):
                # (not "notre modèle Orbis 8x22B" read as "Orbis": the version after it is the rest of the name)
                facts += self._make(
                    f"{self.lang}/{rule}",
                    "developedBy",
                    [Referent(span.kb_id_, DIRECT, span.start)],
                    owners[:1],
                    doc[span.start],
                    0.8,
                    resolver,
                    status=ASSERTED,
                )
        return facts
