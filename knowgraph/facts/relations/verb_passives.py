"""The passive side of the verb frames: whether a trigger verb is passive ("a été fondée par", "Nexalia,
cofondée par ...", not "a par ailleurs dévoilé"), and its arguments then: the patient is the subject (or the
name the participle describes), the agents the "par"/"by" phrase and the co-agents ("co-founded with").
A mixin of :class:`~knowgraph.facts.relations.verbs.VerbFrames`.

    "Nexalia a été fondée par Léa Martin et Paul Roy." -> foundedBy(nexalia, léa martin), (nexalia, paul roy)
    "La start-up Quillon, cofondée en 2021 par Dana Brook, ..." -> foundedBy(quillon, dana brook)

    agents, patients = self._passive_arguments(verb, pattern, resolver, named, agent_types, patient_types)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import LINEAR_FALLBACK, Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.partner_subjects import pronominal
from knowgraph.facts.relations.rules import Pattern
from knowgraph.mentions.coref import LINKED, Referent, Resolver
from knowgraph.nlp.resources import language_data


class PassiveFrames(RuleFamily):
    """Passive verb frames: the voice of a trigger and the arguments of a passive one (see module docstring)."""

    _described: Token | None = None  # a participle that describes the name before it (see status_of)

    def status_of(self, trigger: Token) -> str:
        if self._described is not None and trigger.i == self._described.i:
            # "la start-up X, cofondée par Y": a description of the name holds whatever the clause around it
            # says ("on lit sur la page de X, cofondée par Y"), unless it is itself negated
            negations = {"non", *language_data(self.lang, "modality")["negations"]}
            negated = any(t.lower_ in negations for t in trigger.doc[trigger.i - 2 : trigger.i + 2])
            return "Negated" if negated else ASSERTED
        return super().status_of(trigger)

    def _participle_after_name(self, verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "la start-up X (XY), cofondée en juin par Z": a participle right after a name and a comma, with
        its "par"/"by" agent close after, is said of that name, whatever the parser attached it to."""
        doc, i = verb.doc, verb.i
        comma = i - 2 if i - 2 >= verb.sent.start and doc[i - 1].pos_ == "ADV" else i - 1  # ", jamais racheté"
        if doc[comma].text != "," and verb.dep_ in ("acl", "amod") and self._descriptor_type(verb.head):
            # "Quill-2, le modèle de langage conçu par Nexalia": a descriptor in apposition to the name, which
            # the participle describes
            comma = verb.head.i - 1
            while comma > verb.sent.start and comma > verb.head.i - 4 and doc[comma].pos_ in ("DET", "ADJ"):
                comma -= 1
            if (
                any(t.pos_ not in ("NOUN", "ADJ", "ADP", "DET") for t in doc[verb.head.i + 1 : i])
                or i - verb.head.i > 5
            ):
                return []
        if comma - 1 < verb.sent.start or doc[comma].text != "," or verb.pos_ == "AUX":
            return []
        if not ("Part" in verb.morph.get("VerbForm") or self._participle_lemma(verb) or self._participle_ending(verb)):
            return []
        if any(c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass") for c in verb.children):
            return []
        if not any(t.lower_ in self.passive_agent for t in doc[i + 1 : min(verb.sent.end, i + 6)]):
            return []
        k = comma - 1
        if doc[k].text == ")":  # "Safe Superintelligence (SSI), cofondée ...": the name before its alias
            while k > verb.sent.start and doc[k].text != "(":
                k -= 1
            k -= 1
        span = resolver.mention_at(k)
        if (
            span is None
            and types <= {"AIModel", "Product"}
            and doc[k].text[:1].isupper()
            and resolver.resolve(doc[k], types, coordinated=False)
        ):
            span = resolver.mention_at(k)  # "Quillon, conçu par X": a thing's name the NER missed (coref_names)
        if span is None or span.end != k + 1:
            return []
        return resolver.resolve(doc[span.start], types, coordinated=False)

    @staticmethod
    def _compound_past(verb: Token) -> bool:
        """A form of avoir/have a few words before, without été/been: "La start-up a par ailleurs dévoilé
        Magistral" is active even when the parser hangs "a" elsewhere ("a été dévoilé par" stays passive)."""
        before = verb.doc[max(verb.sent.start, verb.i - 4) : verb.i]
        return any(
            t.lemma_.lower() in ("avoir", "have") and (t.pos_ == "AUX" or t.dep_.startswith("aux")) for t in before
        ) and not any(t.lower_ in ("été", "been", "being") for t in before)

    def _participle_ending(self, verb: Token) -> bool:
        """A verb the tagger read as finite but whose ending is a participle's, described by its agent right
        after ("Le modèle Mistral Large, développé par Mistral AI": "développé" tagged present tense)."""
        lower = verb.lower_
        return (
            verb.pos_ == "VERB"
            and verb.dep_ in ("acl", "amod", "appos")
            and any(
                lower.endswith(ending) and len(lower) > n + 2
                for n, endings in self._participle_suffixes
                for ending in endings
            )
        )

    def _passive_voice(self, verb: Token, named: list[Referent]) -> bool:
        """Is ``verb`` said in the passive: a participle describing the name before it (``named``), or a
        passive the parse shows that is no compound past ("a par ailleurs dévoilé") and no pronominal verb?"""
        return bool(named) or (
            self._is_passive(verb)
            and not self._compound_past(verb)
            and not pronominal(verb, self.lists.get("reflexive_pronouns", set()))
        )

    def _passive_arguments(
        self,
        verb: Token,
        pattern: Pattern,
        resolver: Resolver,
        named: list[Referent],
        agent_types: set[str],
        patient_types: set[str],
    ) -> tuple[list[Referent], list[Referent]]:
        """(agents, patients) of a passive verb: the "par"/"by" phrase, and the name the participle
        describes (``named``) or the subject; with no agent there, the co-agents ("co-founded with X"). No
        patient: (agents, [])."""
        agents = self._by_phrase(verb, resolver, agent_types, self.passive_agent)
        patients = named or fronted_subject(
            verb, resolver, patient_types, self._subjects(verb, resolver, patient_types)
        )
        if pattern.named_subject:
            # "a version built on its Phi models" names no product: the company it leads to is a guess;
            # "Il est basé sur Quill-2" is a pronoun for a name
            if verb.dep_ == "acl" and resolver.mention_at(verb.head.i) is None:
                patients = []  # "a version built on X": the thing built is not named
        if not patients:
            return agents, []
        if not agents and pattern.co_agents:
            # "Keelhaul Labs, co-founded with Mina Park, ...": the one named with the verb is an agent too
            agents = [
                r
                for r in self._prepositional(verb, resolver, agent_types, pattern.co_agents, window=8)
                if r.factor >= LINKED * LINEAR_FALLBACK and r.key not in {p.key for p in patients}
            ]
            if agents:
                # "His startup, Keelhaul Labs, co-founded with Mina Park": the possessor founded it too
                agents = agents + [
                    r
                    for r in self._owner_of_modified(verb, resolver, agent_types & {"Person"})
                    if r.key not in {a.key for a in agents}
                ]
        return agents, patients

    def _compute_of_developer(
        self, verb: Token, pattern: Pattern, resolver: Resolver, agent_types: set[str], patient_types: set[str]
    ) -> list[Fact]:
        """A passive compute pattern with neither agent nor patient: "Tern-2 had been trained on GPUs rented
        from CoreWeave": the model's developer gets the compute, from whom the prepositional phrase names."""
        if not (
            pattern.relation == "providesComputeTo"
            and pattern.subject == "patient"
            and pattern.requires
            and pattern.patient
            and "direct" not in pattern.patient
        ):
            return []
        receivers = self._developers_of(self._subjects(verb, resolver, {"AIModel"}), verb.doc, agent_types, resolver)
        providers = self._prepositional(verb, resolver, patient_types, pattern.patient, window=8) if receivers else []
        if not (receivers and providers and self._has_nearby(verb, pattern.requires)):
            return []
        return self._make(
            pattern.rule,
            pattern.relation,
            providers,
            receivers,
            verb,
            pattern.confidence,
            resolver,
            pattern.event,
        )


def fronted_subject(verb: Token, resolver: Resolver, types: set[str], found: list[Referent]) -> list[Referent]:
    """ "Backed by Kernwerk, Brintel and Valmora, the company has raised ...": the subject of a participle
    that opens the sentence is the main clause's, and a description there never means a name listed in
    the participle's own phrase (the nearest company before "the company" is the list's last item); the
    description is resolved past the whole phrase (the company named before), or it gives nothing."""
    if (
        not found
        or verb.dep_ not in ("advcl", "dep", "obl:mod")
        or verb.head.i <= verb.i
        or verb.left_edge.i != verb.i
        or any(c.dep_.startswith("nsubj") for c in verb.children)
    ):
        return found  # ("Even though X was bought by Y, ...": a clause with its own subject)
    first, last = verb.left_edge.i, verb.right_edge.i
    if all(not first <= r.token <= last for r in found):
        return found
    listed = {span.kb_id_ for j in range(first, last + 1) if (span := resolver.mention_at(j)) is not None}
    subject = next((c for c in verb.head.children if c.dep_.startswith("nsubj") and c.i > last), None)
    if subject is None or resolver.mention_at(subject.i) is not None:
        return [r for r in found if not first <= r.token <= last]
    return [r for r in resolver.resolve(subject, types, exclude=listed, coordinated=False) if r.token < first]
