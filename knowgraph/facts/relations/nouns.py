"""Noun and title frames: a relational noun of ``patterns.yaml`` (a title, a role, an event noun) with its
holder and its complement, and the names a listing verb gives for it.

    "Léa Martin, directrice technique de Nexalia, ..." -> worksFor(léa martin, nexalia)
    "le rachat de Nexalia par Quillon" -> acquired(quillon, nexalia)
    "Kernwerk's investors include Brume Capital and Ardent Ventures." -> investedIn(<investor>, kernwerk)
    "CEO Dana Brook told us ..." -> a bare title before a name, in a passage about one company
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.partner_subjects import coordinated_before
from knowgraph.facts.relations.person_titles import TITLE_RELATIONS, RespectiveTitles, TitleArguments, TitleStatus
from knowgraph.facts.relations.rules import Pattern
from knowgraph.facts.relations.title_predicates import PredicativeTitles
from knowgraph.mentions.coref import PRONOUN, Referent, Resolver
from knowgraph.nlp.resources import language_data
from knowgraph.rdf.vocabulary import SYMMETRIC


def share_follows(noun: Token, lists: dict[str, set[str]], resolver: Resolver) -> bool:
    """A share or stake word in the few words after the noun, before any name ("de 30 % de X", "of a 10% stake
    in X"; not the name "Kernwerk Participations")::

        share_follows(noun, rules.lists, resolver)  # "propriétaire de 30 % de X" -> True
    """
    shares = lists.get("share", set()) | lists.get("stake", set())
    for t in noun.doc[noun.i + 1 : min(noun.sent.end, noun.i + 5)]:
        if resolver.mention_at(t.i) is not None:
            return False
        if t.lower_ in shares:
            return True
    return False


class NounFrames(TitleStatus, TitleArguments, RespectiveTitles, PredicativeTitles, RuleFamily):
    """The noun patterns (``nouns`` in patterns.yaml), and titles given "respectively" to several names."""

    frame_kind = "noun"

    def watched_words(self) -> set[str]:
        return (
            {word for word, patterns in self.patterns.items() if any(p.kind == self.frame_kind for p in patterns)}
            | set(self.lists.get("respective_words", ()))
            | set(self.lists.get("past_adverbs", ()))
        )

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        resolver = self.context.resolver
        return self._respective_titles(token, resolver) + self._past_employer(token, resolver)

    def at_trigger(self, head: Token, pattern: Pattern) -> list[Fact]:
        return self._noun(head, pattern, self.context.resolver)

    def _noun(self, noun: Token, pattern: Pattern, resolver: Resolver) -> list[Fact]:
        self._relation = pattern.relation
        if self._title_said_elsewhere(noun, pattern) or self._former_word_of_another_noun(noun, pattern):
            return []
        if (
            pattern.relation in TITLE_RELATIONS
            and noun.pos_ == "ADJ"
            and noun.dep_ == "amod"
            and noun.head.pos_ == "NOUN"
            and noun.head.i < noun.i
        ):
            return []  # "directrice scientifique": an adjective after its noun names no one; the noun is the title
        if pattern.requires == "compute_near" and not self._has_nearby(noun, "compute", window=4):
            return []
        name = resolver.mention_at(noun.i)
        if name is not None and name.start < noun.i and name.end == noun.i + 1 and name.label_ == "Organization":
            return []  # "Makers Lab", "Brintel Partners": the last word of an organisation's name is no relational noun
        if pattern.relation == "subsidiaryOf" and share_follows(noun, self.lists, resolver):
            return []  # "propriétaire de 30 % de X", "owner of a 10% stake in X": a stake, not the company
        if (
            self.noun_premodifiers
            and len(pattern.words) > 1
            and noun.dep_ == "compound"
            and 0 < noun.head.i - noun.i < len(pattern.words)
            and noun.head.lower_ == pattern.words[-1]
        ):
            noun = noun.head  # "chief technology officer": the last noun heads the phrase
        holder_types, of_types = self._roles(pattern)
        if pattern.require_of_type:
            of_types &= {pattern.require_of_type, "Company"}
        if pattern.subject in ("holder", "of") and (
            noun.dep_.startswith("nsubj") or noun.head.lower_ in self.listing_prepositions
        ):
            listed = self._listed(noun, pattern, resolver, holder_types, of_types)
            if listed:
                return listed
        complements = self._complement(noun, resolver, of_types, pattern.of)
        if pattern.relation in TITLE_RELATIONS:
            complements = self._not_past_the_name(noun, complements, resolver)
        first = noun.i - len(pattern.words) + 1
        if not complements and self.noun_premodifiers and first < noun.i and noun.doc[first].dep_ == "compound":
            # "Nexalia Chief Executive Ana Valmora": the company hangs on the title's first word
            complements = [
                r
                for c in noun.doc[first].children
                if c.dep_ == "compound" and c.i < first and resolver.mention_at(c.i) is not None
                for r in resolver.resolve(c, of_types, coordinated=False)
            ]
            before = resolver.mention_at(first - 1) if first > noun.sent.start else None
            if not complements and before is not None and before.end == first and noun.doc[first].is_title:
                # "Nvidia Chief Executive Jensen Huang", the name hung on the person: the name right before
                complements = resolver.resolve(noun.doc[before.start], of_types, coordinated=False)
        if not complements and pattern.relation in TITLE_RELATIONS:
            complements = self._title_complement(noun, pattern, first, of_types, resolver)
        if not complements and pattern.relation == "investedIn" and pattern.subject == "holder":
            complements = self._round_object(noun, resolver)  # "lead investor in X's round": the round's company
        if not complements and noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            # "sa cofondatrice et directrice générale": the second noun shares the first's complement (a name: none)
            named = resolver.mention_at(noun.head.i) is not None
            complements = [] if named else self._complement(noun.head, resolver, of_types, pattern.of)
        if pattern.subject == "patient":
            # "the launch of Quill-2 by Nexalia", "OpenAI's release of GPT-4o": the thing is the relation's subject;
            # only a "by" phrase or a named possessor says who made it (not who announced it)
            agent_types, patient_types = self._roles(pattern)
            things = self._prepositional(noun, resolver, patient_types, pattern.of, window=4)
            makers = self._by_phrase(noun, resolver, agent_types, pattern.by) if pattern.by else []
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in self.possessives), None)
            if not makers and owner is not None:
                makers = resolver.resolve(owner, agent_types, coordinated=False)
            return self._make(pattern.rule, pattern.relation, things, makers, noun, pattern.confidence, resolver)
        if pattern.subject == "agent":
            # event nouns: "le rachat de X par Y", "le partenariat entre X et Y", "son investissement dans X"
            agent_types, patient_types = self._roles(pattern)
            # "Nvidia's purchase of Kernwerk": the prepositional complement first, the possessor is the agent
            patients = [
                r for r in self._prepositional(noun, resolver, patient_types, pattern.of, window=5) if r.token > noun.i
            ] or self._complement(noun, resolver, patient_types, pattern.of)
            if not patients and pattern.relation in SYMMETRIC:
                # "the agreement that X announced with Y": the relative clause names the parties
                clause, agents, patients = relative_parties(self, noun, pattern, resolver, agent_types, patient_types)
                if agents and patients:
                    return self._make(
                        pattern.rule, pattern.relation, agents, patients, clause, pattern.confidence, resolver
                    )
            if (
                pattern.relation in SYMMETRIC
                and len(patients) >= 2
                and any(t.lower_ in ("entre", "between") for t in noun.doc[noun.i : noun.i + 4])
            ):
                facts = []
                for i, a in enumerate(patients):
                    facts += self._make(
                        pattern.rule,
                        pattern.relation,
                        [a],
                        patients[i + 1 :],
                        noun,
                        pattern.confidence,
                        resolver,
                        pattern.event,
                    )
                return facts
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in self.possessives), None)
            owned = resolver.mention_at(owner.i) if owner is not None else None
            before = (  # "Nvidia and AMD's competition" parsed with "Nvidia" elsewhere: the name before "and"
                resolver.mention_at(owned.start - 2)
                if owned is not None
                and owned.start - 2 >= noun.sent.start
                and noun.doc[owned.start - 1].lower_ in resolver.coordinators
                else None
            )
            if (
                pattern.relation in SYMMETRIC
                and owner is not None
                and (before is not None or any(c.dep_ == "conj" for c in owner.children))
                and not any(r.token > noun.i for r in patients)
            ):
                # "Google and OpenAI's competition": the coordinated possessors are the parties
                parties = []
                coordinated = [c for c in owner.children if c.dep_ == "conj"]
                if before is not None:
                    coordinated.append(noun.doc[before.start])
                for party in (owner, *coordinated):
                    parties += [
                        r
                        for r in resolver.resolve(party, agent_types, coordinated=False)
                        if r.key not in {p.key for p in parties}
                    ]
                facts = []
                for i, a in enumerate(parties if len(parties) >= 2 else []):
                    facts += self._make(
                        pattern.rule, pattern.relation, [a], parties[i + 1 :], noun, pattern.confidence, resolver
                    )
                return facts
            if not patients:
                return state_facts(self, noun, pattern, resolver, agent_types)
            agents = self._by_phrase(noun, resolver, agent_types, pattern.by) if pattern.by else []
            if pattern.relation in SYMMETRIC:
                # "un accord avec Y, concurrent de Z": a "de" after the partner is another phrase's
                agents = [a for a in agents if a.token < min(p.token for p in patients)]
            if not agents:
                # "Nvidia's purchase of Kernwerk", "Amazon's stake in Tindra AI"
                owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in self.possessives), None)
                agents = resolver.resolve(owner, agent_types) if owner is not None else []
            if not agents:
                agents = self._possessor(noun, resolver, agent_types)
            if not agents:
                # "Google est en concurrence avec X": the subject of the copula
                for child in noun.children:
                    if child.dep_.startswith("nsubj"):
                        agents = resolver.resolve(child, agent_types)
                        if agents:
                            break
            if (
                not agents
                and pattern.relation in SYMMETRIC
                and noun.head.pos_ == "ADP"
                and noun.head.head.pos_ == "VERB"
            ):
                # "that puts Tindra in direct competition with Y": the object of the verb is in it
                obj = next((c for c in noun.head.head.children if c.dep_ in ("dobj", "obj") and c.i < noun.i), None)
                agents = resolver.resolve(obj, agent_types) if obj is not None else []
            if not agents and pattern.relation in SYMMETRIC and _in_state(noun) is not None:
                # "Tindra is in direct competition with Y": the subject of the copula is in it
                agents = self._subjects(_in_state(noun), resolver, agent_types)
            if not agents:
                # "Microsoft a annoncé le rachat de X": only verbs that carry the event out, not
                # "the regulator is reviewing the purchase of X"
                governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if governor is not None and (self._lemmas(governor) & self.event_verbs or _manner(noun, pattern)):
                    agents = self._subjects(governor, resolver, agent_types)
            return self._make(
                pattern.rule, pattern.relation, agents, patients, noun, pattern.confidence, resolver, pattern.event
            )
        if not complements and pattern.bare_title and self.titles_before_names:
            # "CEO Marcus Feld told us ...": a bare title before a name, in a passage about one company
            person = resolver.mention_at(noun.i + 1)
            first = noun.i - len(pattern.words) + 1
            lead = first
            while (
                lead > noun.sent.start
                and noun.i - lead < 3
                and noun.doc[lead - 1].is_alpha
                and (noun.doc[lead - 1].pos_ == "ADJ" or noun.doc[lead - 1].tag_ in ("VBG", "VBN"))
            ):
                lead -= 1  # "Existing backer Greyfield Ventures ...": an adjective before the bare title
            if (
                person is not None
                and person.label_ != "Person"
                and noun.doc[lead].is_sent_start
                and person.label_ in holder_types
            ):
                # "Existing backer Greyfield Ventures ...": an organisation named after its bare title
                if noun.dep_ != "ROOT":
                    doc = noun.doc
                    start = lead
                    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
                        start -= 1
                    topic = next(
                        (
                            m
                            for m in resolver.mentions
                            if start <= m.start < lead and m.label_ in of_types and m.kb_id_ != person.kb_id_
                        ),
                        None,
                    )
                    complements = [Referent(topic.kb_id_, PRONOUN, topic.start)] if topic is not None else []
                    if complements:
                        holders = resolver.resolve(noun.doc[person.start], holder_types, coordinated=False)
                        return (
                            self._make(
                                pattern.rule,
                                pattern.relation,
                                holders,
                                complements,
                                noun,
                                pattern.confidence * 0.9,
                                resolver,
                                pattern.event,
                            )
                            if pattern.subject == "holder"
                            else []
                        )
            if (
                person is not None
                and person.label_ == "Person"
                and noun.doc[first].is_sent_start
                and noun.dep_ != "ROOT"
            ):
                complements = self._paragraph_topic(first, resolver, of_types & {"Organization"})
            elif (
                person is not None
                and person.label_ == "Person"
                and first > noun.sent.start
                and noun.dep_ != "ROOT"
                and (noun.doc[first - 1].text == "," or noun.doc[first - 1].lower_ in resolver.coordinators)
                and person.end < noun.sent.end
                and noun.doc[person.end].pos_ == "VERB"
                and noun.doc[person.end].tag_ in ("VBD", "VBZ")
            ):
                # "..., co-founder and CEO Hannah Okoye told me": a bare title mid-sentence, in an article
                # about one company
                complements = (
                    [r for r in resolver.speaker_organization() if r.key != person.kb_id_]
                    if not resolver._interview
                    else []
                )
                if complements:  # the title is the named person's
                    holders = resolver.resolve(noun.doc[person.start], holder_types, coordinated=False)
                    return (
                        self._make(
                            pattern.rule,
                            pattern.relation,
                            holders,
                            complements,
                            noun,
                            pattern.confidence * 0.9,
                            resolver,
                        )
                        if pattern.subject == "holder"
                        else []
                    )
            elif (
                person is not None
                and person.label_ == "Person"
                and first > noun.sent.start
                and noun.doc[first - 1].lower_ in self.passive_agent
                and noun.doc[first - 1].head.pos_ == "VERB"
                and self._is_passive(noun.doc[first - 1].head)
            ):
                # "X was co-founded by chief executive Priya Natarajan": the title is held at the
                # organisation the passive verb is about
                complements = self._subjects(noun.doc[first - 1].head, resolver, of_types & {"Organization"})
                if complements:  # the title is the named person's alone, not the coordinated ones'
                    holders = [h for h in resolver.resolve(noun.doc[person.start], holder_types, coordinated=False)]
                    return (
                        self._make(
                            pattern.rule, pattern.relation, holders, complements, noun, pattern.confidence, resolver
                        )
                        if pattern.subject == "holder"
                        else []
                    )
        if not complements and pattern.predicative_topic:
            complements = self._predicative_complement(noun, pattern, resolver, holder_types, of_types)
        if not complements:
            if pattern.relation in SYMMETRIC:
                # "X et Y sont concurrents"
                holders = self._holders(noun, resolver, holder_types)
                if not said_of_subject(noun):
                    # "catching up with rivals A and B", "a chip to rival A and B": the names after an object
                    # or a verb read as a noun are the rivals of the clause's subject, not of each other
                    holders = [h for h in holders if h.token < noun.i]
                facts = []
                for i, a in enumerate(holders):
                    facts += self._make(
                        pattern.rule, pattern.relation, [a], holders[i + 1 :], noun, pattern.confidence, resolver
                    )
                return facts
            return []
        if pattern.relation == "foundedBy":
            complements = self._not_product_owners(complements, noun, resolver)
        holders = [
            h
            for h in self._holders(noun, resolver, holder_types)
            if h.key not in {c.key for c in complements}
            and not self._title_name(h.key, resolver)
            and not listed_beside(noun, h, resolver)
            and not self._source_before_clause_subject(noun, h, resolver)
        ]
        if not holders and pattern.relation in TITLE_RELATIONS:
            holders = self._coordinated_title_holders(
                noun, resolver, holder_types, complements
            ) or self._person_before_company_title(noun, pattern, resolver)
        if not holders and pattern.relation == "subsidiaryOf":
            holders = unit_after_owner(noun, complements, resolver, holder_types)
        if not holders:
            return []
        if (
            pattern.relation in SYMMETRIC
            and not said_of_subject(noun)
            and all(r.token > noun.i for r in holders + complements)
        ):
            return []  # "catching up with rivals A and B": the names after the noun are another's rivals
        if pattern.subject == "holder":
            relation = pattern.relation
            if relation == "ceoOf" and self._heads_a_part(noun, pattern, complements):
                relation = "worksFor"  # "directeur général délégué de X", "patron de l'IA chez X"
            return self._make(pattern.rule, relation, holders, complements, noun, pattern.confidence, resolver)
        return self._make(pattern.rule, pattern.relation, complements, holders, noun, pattern.confidence, resolver)

    def _listed(
        self, noun: Token, pattern: Pattern, resolver: Resolver, holder_types: set[str], of_types: set[str]
    ) -> list[Fact]:
        """ "Corvane's investors include X and Y", "a startup whose backers include X", "Harvey, which counts
        OpenAI among its backers": the names a listing verb gives hold the relational noun, of its possessor."""
        if noun.dep_.startswith("nsubj") and noun.head.lemma_.lower() in self.listing_verbs:
            verb = noun.head
        elif noun.head.lower_ in self.listing_prepositions and noun.head.head.lemma_.lower() in self.counting_verbs:
            verb = noun.head.head
        else:
            return []
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if obj is None or owner is None:
            return []
        holders = resolver.resolve(obj, holder_types)
        if owner.lower_ in self.possessives and owner.lower_ not in resolver.relatives:
            # "its": the subject of the counting verb, else the entity last named
            subject = (
                next((c for c in verb.children if c.dep_.startswith("nsubj")), None) if verb.i != noun.head.i else None
            )
            owners = (
                resolver.resolve(subject, of_types, coordinated=False)
                if subject is not None
                else resolver._recent(owner.i, of_types, set(), PRONOUN, prefer_subject=True)
            )
        else:
            owners = resolver.resolve(owner, of_types, coordinated=False)
        if not holders or not owners:
            return []
        subjects, objects = (holders, owners[:1]) if pattern.subject == "holder" else (owners[:1], holders)
        return self._make(
            pattern.rule,
            pattern.relation,
            subjects,
            objects,
            noun,
            pattern.confidence,
            resolver,
            pattern.event,
            status=self.status_of(verb),  # the listing verb says it: "Its investors do not include X"
        )


def listed_beside(noun: Token, holder: Referent, resolver: Resolver) -> bool:
    """Is the noun's phrase an item of a list the holder is another item of, rather than an apposition to the
    holder? "participation from Kernwerk, Brintel's venture arm and Quillon": the arm is not Kernwerk, since
    the phrase goes on with "and" and a name."""
    doc = noun.doc
    k = noun.i + 1
    if holder.token >= noun.i or k + 1 >= noun.sent.end or doc[k].lower_ not in resolver.coordinators:
        return False
    named = resolver.mention_at(k + 1)
    return named is not None and named.start == k + 1


def unit_after_owner(noun: Token, owners: list[Referent], resolver: Resolver, types: set[str]) -> list[Referent]:
    """ "the investment arm of Kernwerk, Valmora Capital, led ...", "la filiale de Kernwerk, Valmora, ...": the
    name in apposition right after the owner named in the noun's complement (closed by a comma, a verb or
    the end of the sentence) is the unit."""
    doc, sent = noun.doc, noun.sent
    after = [r for r in owners if r.token > noun.i]
    span = resolver.mention_at(after[0].token) if after else None
    if span is None or span.end + 1 >= sent.end or doc[span.end].text != ",":
        return []
    k = span.end + 1
    while k < sent.end and k - span.end <= 3 and resolver.mention_at(k) is None and (doc[k].is_lower):
        k += 1  # "la filiale de X, la start-up Valmora": an article and a descriptor before the name
    unit = resolver.mention_at(k) if k < sent.end else None
    if unit is None or unit.start != k:
        return []
    if unit.end < sent.end and not (doc[unit.end].text in (",", ".", ";") or doc[unit.end].pos_ in ("VERB", "AUX")):
        return []
    if any(r.key != unit.kb_id_ for r in after[1:]):
        return []  # "les branches VC d'Intel, AMD et Cisco": a list of owners names no unit
    if unit.end < sent.end and doc[unit.end].text == "," and unit.end + 1 < sent.end:
        following = resolver.mention_at(unit.end + 1)
        if following is not None and following.start == unit.end + 1:
            return []  # "of X, A, B ...": a list goes on
    return resolver.resolve(doc[unit.start], types, coordinated=False)


def relative_parties(
    frame, noun: Token, pattern: Pattern, resolver: Resolver, agent_types: set[str], patient_types: set[str]
) -> tuple[Token | None, list[Referent], list[Referent]]:
    """ "the licensing agreement that Kernwerk announced with Nexalia": the noun is the object of a relative
    clause whose verb takes the noun's preposition; the clause's subject is one party, the complement the
    other (the clause says it, whatever the main clause does with the noun). The clause's verb, the
    subject's referents and the complement's (empty lists when there is no such clause)."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_.endswith("relcl")
            and c.pos_ == "VERB"
            and any(g.dep_ in ("dobj", "obj") and g.lower_ in resolver.relatives for g in c.children)
        ),
        None,
    )
    if clause is None:
        return None, [], []
    subject = next((g for g in clause.children if g.dep_.startswith("nsubj")), None)
    agents = resolver.resolve(subject, agent_types) if subject is not None else []
    if not agents:
        return clause, [], []
    patients = [
        r
        for r in frame._prepositional(clause, resolver, patient_types, pattern.of, window=6)
        if r.token > clause.i and r.key not in {a.key for a in agents}
    ]
    return clause, agents, patients


def _manner(noun: Token, pattern: Pattern) -> bool:
    """ "developed the model in collaboration with Y", "a conçu ce modèle en partenariat avec Y": a bare partnership
    noun after "in"/"en" says how the clause's subject did what its verb says, whatever the verb."""
    if pattern.relation not in SYMMETRIC or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return True
    return any(c.dep_ == "case" and c.lower_ == "en" for c in noun.children)


@cache
def _states(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a rivalry shared by its parties and the verbs of being in a state (``mutual_rivalry``)."""
    mutual = language_data(lang, "patterns").get("mutual_rivalry", {})
    return frozenset(w.lower() for w in mutual.get("nouns", [])), frozenset(w.lower() for w in mutual.get("states", []))


def _in_state(noun: Token) -> Token | None:
    """ "X is in competition with Y", "X remains in competition": the copula whose "in" phrase the noun is."""
    nouns, states = _states(noun.lang_)
    head = noun.head
    if noun.lemma_.lower() not in nouns or head.pos_ != "ADP" or head.head.i == head.i and head.dep_ != "ROOT":
        return None
    verb = head.head
    return verb if verb.pos_ in ("AUX", "VERB") and verb.lemma_.lower() in states else None


def state_facts(frame, noun: Token, pattern: Pattern, resolver: Resolver, types: set[str]) -> list[Fact]:
    """The facts of a shared rivalry noun with no complement (:func:`state_parties`), between every two parties."""
    if pattern.relation not in SYMMETRIC:
        return []
    parties = state_parties(noun, resolver, types, frame.lists.get("partner_coordinators", set()))
    return [
        f
        for i, a in enumerate(parties)
        for f in frame._make(pattern.rule, pattern.relation, [a], parties[i + 1 :], noun, 0.7, resolver)
    ]


def state_parties(noun: Token, resolver: Resolver, types: set[str], coordinators: set[str]) -> list[Referent]:
    """ "A et B sont en concurrence", "A and B are in competition", "A et B se livrent une concurrence féroce": a
    shared rivalry noun with no complement, said of a coordinated subject (a copula's "en"/"in" phrase, or the
    object of a reflexive verb), is between every two of the parties named."""
    nouns, states = _states(noun.lang_)
    if noun.lemma_.lower() not in nouns:
        return []
    if any(c.dep_ == "cop" and c.lemma_.lower() in states for c in noun.children):
        clause = noun  # "A et B sont en concurrence": the French copula hangs on the noun
    elif _in_state(noun) is not None:
        clause = _in_state(noun)  # "A and B are in competition"
    elif (
        noun.dep_.startswith("obl")
        and noun.head.lemma_.lower() in states
        and any(c.dep_ == "case" for c in noun.children)
    ):
        clause = noun.head  # "A et B restent en concurrence"
    elif noun.dep_ in ("obj", "dobj") and any(c.lower_ in ("se", "s'", "s’") for c in noun.head.children):
        clause = noun.head  # "A et B se livrent une concurrence féroce"
    else:
        return []
    subject = next((c for c in clause.children if c.dep_.startswith("nsubj")), None)
    parties: list[Referent] = []
    for r in resolver.resolve(subject, types) if subject is not None else []:
        if r.key not in {p.key for p in parties}:
            parties.append(r)
    # "A, B et C sont en concurrence", parsed with the list cut: the names coordinated before the verb
    anchor = next((c for c in noun.children if c.dep_ == "cop"), clause)
    listed = coordinated_before(anchor, resolver, types, coordinators, {"se", "s'", "s’"})
    if len(listed) > len(parties) and {p.key for p in parties} <= {r.key for r in listed}:
        parties = listed
    return parties if len(parties) >= 2 else []


def said_of_subject(noun: Token) -> bool:
    """ "A and B are rivals", "rivals A and B compete": the noun is the subject or what the copula says of
    it, so the names around it are rivals of each other (not of another clause's subject)."""
    return (
        noun.dep_.startswith("nsubj")
        or noun.dep_ in ("attr", "oprd", "ROOT", "xcomp")
        or any(c.dep_ == "cop" for c in noun.children)
    )
