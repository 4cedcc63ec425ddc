"""Interview answers: a question to "you" whose verb is a pattern, answered with names in the next
sentences, relates the interviewee's company to those names.

    "Who do you compete with? Mostly Quillon and Orbis." -> competitorOf(<the interviewee's company>, quillon), ...
"""

from __future__ import annotations

from spacy.tokens import Doc

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import PRONOUN, Referent, Resolver


class InterviewAnswers(RuleFamily):
    """Questions and answers of an interview, once the whole article is read."""

    def end_doc(self) -> list[Fact]:
        return self._answers(self.context.doc, self.context.resolver)

    def _answers(self, doc: Doc, resolver: Resolver) -> list[Fact]:
        """Interviews: "Who do you compete with?" followed by an answer that names companies: the
        question's verb relates the interviewee's company ("you") to the names of the answer."""
        if not self.wh_words or not doc.has_annotation("SENT_START"):
            return []
        sents = list(doc.sents)
        facts: list[Fact] = []
        for n, sent in enumerate(sents):
            if sent[-1].text != "?" and not (len(sent) > 1 and sent[-2].text == "?"):
                continue
            if not any(t.lower_ in self.wh_words for t in sent) or not any(
                t.lower_ in resolver.second_person for t in sent
            ):
                continue
            resolver._spoken(sent[0])
            if not resolver._interview:
                return []
            for token in sent:
                for pattern, verb in self._triggers(token):
                    if pattern.kind != "verb" or pattern.subject != "agent" or pattern.requires:
                        continue
                    # the question's slot: a stranded preposition of the pattern ("compete with?") or a wh-object
                    stranded = any(
                        c.dep_ == "prep"
                        and c.lower_ in pattern.patient
                        and c.i > verb.i
                        and not any(g.dep_ == "pobj" and g.lower_ not in self.wh_words for g in c.children)
                        for c in verb.children
                    )
                    wh_object = "direct" in pattern.patient and any(
                        c.dep_ in ("dobj", "obj") and c.lower_ in self.wh_words for c in verb.children
                    )
                    if not (stranded or wh_object):
                        continue
                    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
                    if subject is None or subject.lower_ not in resolver.second_person:
                        continue
                    agents = resolver.speaker_organization()
                    agent_types, patient_types = self._roles(pattern)
                    patients: list[Referent] = []
                    for answer in sents[n + 1 : n + 4]:
                        if answer[-1].text == "?" or any(t.dep_ == "neg" for t in answer):
                            break
                        for span in resolver.mentions:
                            if (
                                answer.start <= span.start < answer.end
                                and span.label_ in patient_types
                                and span.kb_id_ not in {a.key for a in agents} | {p.key for p in patients}
                            ):
                                patients.append(Referent(span.kb_id_, PRONOUN, span.start))
                    if agents and patients:
                        facts += self._make(
                            f"{pattern.rule}.answer",
                            pattern.relation,
                            agents,
                            patients,
                            verb,
                            pattern.confidence * 0.9,
                            resolver,
                            pattern.event,
                            status=ASSERTED,
                        )
        return facts
