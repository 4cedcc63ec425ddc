"""The company of a title said of someone (predicative), when no complement names it: a naming verb's title
("Corvane named Mara Lenz chief executive": the subject's), a title after "as" or a copula ("Mizrahi, who runs
Fennec as chief executive": the object's; "Corvane has appointed Mara Lenz as chief executive": the subject's;
"..., who now serves as chief technology officer": the company the paragraph is about). A mixin of
:class:`~knowgraph.facts.relations.nouns.NounFrames`, for the patterns with ``predicative_topic``::

    complements = self._predicative_complement(noun, pattern, resolver, holder_types, of_types)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.mentions.coref import Referent, Resolver


class PredicativeTitles:
    """The company of a predicative title with no complement (see module docstring)."""

    def _predicative_complement(
        self, noun: Token, pattern, resolver: Resolver, holder_types: set[str], of_types: set[str]
    ) -> list[Referent]:
        joined = self._joined_as(noun, resolver, of_types)
        if joined:
            return joined
        if (
            noun.dep_ == "oprd"
            and noun.head.lemma_.lower() in self.lists.get("object_control", ())
            and not any(c.dep_ == "prep" for c in noun.children)  # ("named her CEO of the Year": no company's)
            and any(
                c.dep_ in ("nmod", "compound", "dobj")
                and c.i < noun.i
                and (span := resolver.mention_at(c.i)) is not None
                and span.label_ == "Person"
                for c in (*noun.children, *noun.head.children)
            )
        ):
            # "Corvane named Mara Lenz chief executive": the person named is the title's, the company the subject
            found = self._subjects(noun.head, resolver, of_types & {"Organization"})
            if found:
                return found
        if (noun.dep_ == "attr" or noun.head.lower_ == "as") and not any(
            (c.dep_ in ("prep", "compound", "poss") or c.dep_.startswith("nmod"))
            and not (c.dep_ == "compound" and noun.i - len(pattern.words) < c.i < noun.i)
            for c in noun.children
        ):
            governor = noun.head.head if noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB" else None
            obj = (
                next((c for c in governor.children if c.dep_ in ("dobj", "obj")), None)
                if governor is not None
                else None
            )
            if obj is not None:
                # "Mizrahi, who runs Fennec as chief executive": the object of the verb
                found = resolver.resolve(obj, of_types & {"Organization"}, coordinated=False)
                if not found and resolver.resolve(obj, holder_types, coordinated=False):
                    # "Corvane has appointed Mara Lenz as chief executive": the person is the object, the
                    # company the subject
                    return self._subjects(governor, resolver, of_types & {"Organization"}) or self._board_company(
                        governor, resolver
                    )
                return found
            elif not any(t.is_upper or t.pos_ == "PROPN" for t in noun.doc[max(noun.sent.start, noun.i - 2) : noun.i]):
                # "..., who now serves as chief technology officer", "who is now its chief executive": the
                # company the paragraph is about
                return [
                    r
                    for r in self._paragraph_topic(noun.i, resolver, of_types & {"Organization"})
                    if resolver.type_of(r.key) == "Organization"
                ]
        return []

    def _joined_as(self, noun: Token, resolver: Resolver, of_types: set[str]) -> list[Referent]:
        """ "returns to Kernwerk as CEO", "a rejoint Kernwerk comme directrice générale", "revient chez Kernwerk en
        tant que PDG": a bare title after "as"/"comme"/"en tant que" on a verb of joining or working (the worksFor
        verbs of patterns.yaml) is held at the organisation that verb names before the title."""
        doc = noun.doc
        if noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
            verb = noun.head.head
        elif noun.head.pos_ == "VERB" and any(
            c.dep_ == "case"
            and (c.lower_ == "comme" or c.lower_ == "en" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "tant")
            for c in noun.children
        ):
            verb = noun.head
        else:
            return []
        if verb.lemma_.lower() not in self._working_verbs():
            return []
        for child in verb.children:
            if child.i > noun.i:
                break
            if child.dep_ == "prep":
                child = next((g for g in child.children if g.dep_ == "pobj"), child)
            elif child.dep_ not in ("dobj", "obj", "xcomp", "obl:arg", "obl"):
                continue
            span = resolver.mention_at(child.i)
            if span is not None and resolver.type_of(span.kb_id_) == "Organization":
                return resolver.resolve(child, of_types & {"Organization"}, coordinated=False)
        return []

    def _working_verbs(self) -> set[str]:
        """The lemmas of the worksFor verb patterns whose subject is the employee ("join", "rejoindre", "return")."""
        return {
            p.words[0]
            for patterns in self.patterns.values()
            for p in patterns
            if p.kind == "verb" and p.relation == "worksFor" and p.subject == "agent" and len(p.words) == 1
        }

    def _board_company(self, verb: Token, resolver: Resolver) -> list[Referent]:
        """ "The board appointed Mara Lenz as interim CEO": a company's governing body as the subject of a verb of
        naming stands for its company, the possessor ("Corvane's board") or else the article's company."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None or subject.lemma_.lower() not in self.lists.get("governing_bodies", ()):
            return []
        if verb.lemma_.lower() not in self.lists.get("object_control", ()):
            return []
        owner = next((c for c in subject.children if c.dep_ in ("poss", "nmod:poss")), None)
        if owner is not None and owner.lower_ not in self.possessives:
            return resolver.resolve(owner, {"Organization"}, coordinated=False)
        if owner is None and not any(c.dep_ == "det" and c.lower_ in self.definite for c in subject.children):
            return []
        return [r for r in resolver.speaker_organization() if resolver.type_of(r.key) == "Organization"]
