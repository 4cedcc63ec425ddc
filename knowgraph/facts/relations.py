"""Relations between entities, from trigger words and the syntax around them.

The ``knowgraph_relations`` component reads the patterns of ``knowgraph/data/<lang>/patterns.yaml``
(a trigger lemma and where its arguments sit) and writes ``doc._.kg_facts``: a list of
:class:`Fact`, each with its claim status (hedged statements are kept, not asserted), confidence,
rule and sentence offsets. Argument classes are checked against the ontology's domain and range.

    nlp = knowgraph.load_pipeline("fr")
    doc = nlp("Nexalia, la startup lyonnaise, a été rachetée par Microsoft en 2024.")
    [(f.subject, f.relation, f.object, f.status) for f in doc._.kg_facts]
    # [('microsoft', 'acquired', 'nexalia', 'Asserted'), ...]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from knowgraph.facts.modality import ASSERTED, statement_status
from knowgraph.mentions.coref import DIRECT, LINKED, PRONOUN, Referent, Resolver
from knowgraph.mentions.finder import MENTIONS_KEY, Entity
from knowgraph.nlp.doccache import cached_sentences
from knowgraph.nlp.resources import language_data, language_table
from knowgraph.nlp.text import source_text
from knowgraph.rdf.vocabulary import SYMMETRIC, relation_signature

if not Doc.has_extension("kg_facts"):
    Doc.set_extension("kg_facts", default=None)

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj", "expl:subj")
LINEAR_FALLBACK = 0.9
DESCRIPTION_FACTOR = 0.7


@dataclass(frozen=True)
class Fact:
    """One statement of a relation between two entities of a ``Doc`` (by entity key)."""

    subject: str
    relation: str
    object: str
    status: str
    confidence: float
    rule: str
    start: int  # character offsets of the sentence in the article
    end: int
    trigger: int = field(default=0, compare=False)  # token index of the trigger word
    event: str | None = field(default=None, compare=False)


@dataclass
class _Pattern:
    rule: str
    relation: str
    kind: str  # "verb" | "noun"
    words: tuple[str, ...]
    patient: tuple[str, ...] = ()
    of: tuple[str, ...] = ()
    by: tuple[str, ...] = ()
    subject: str = "agent"
    requires: str | None = None
    event: str | None = None
    confidence: float = 0.8
    passive_only: bool = False
    require_of_type: str | None = None
    co_agents: tuple[str, ...] = ()
    possessor_agent: bool = False
    bare_title: bool = False
    predicative_topic: bool = False
    object_agent: bool = False


class RelationExtractor:
    """spaCy component: see module docstring."""

    def __init__(self, nlp: Language, lang: str):
        self.lang = lang
        data = language_data(lang, "patterns")
        lexicon = language_data(lang, "lexicon")
        self.based_words = set(lexicon.get("based_words", []))
        self.possessives = set(lexicon["possessive_determiners"])
        self.descriptors = lexicon["descriptors"]
        self.lists = {name: {w.lower() for w in words} for name, words in data.get("lists", {}).items()}
        self.patterns: dict[str, list[_Pattern]] = {}
        for kind in ("verbs", "nouns"):
            for spec in data.get(kind, []):
                for lemma in spec["lemmas"]:
                    words = tuple(lemma.lower().replace("'", "' ").split())
                    pattern = _Pattern(
                        rule=f"{lang}/{spec['rule']}",
                        relation=spec["relation"],
                        kind=kind[:-1],
                        words=words,
                        patient=tuple(spec.get("patient") or ())
                        if isinstance(spec.get("patient"), list)
                        else ((spec["patient"],) if spec.get("patient") else ()),
                        of=tuple(spec.get("of") or ()),
                        by=tuple(spec.get("by") or ()),
                        subject=spec.get("subject", "agent"),
                        requires=spec.get("requires"),
                        event=spec.get("event"),
                        confidence=float(spec.get("confidence", 0.8)),
                        passive_only=bool(spec.get("passive_only")),
                        require_of_type=spec.get("require_of_type"),
                        co_agents=tuple(spec.get("co_agents") or ()),
                        possessor_agent=bool(spec.get("possessor_agent")),
                        bare_title=bool(spec.get("bare_title")),
                        predicative_topic=bool(spec.get("predicative_topic")),
                        object_agent=bool(spec.get("object_agent")),
                    )
                    self.patterns.setdefault(words[0], []).append(pattern)
        location = data.get("location", {})
        self.location_verbs = set(location.get("verbs", []))
        self.location_nouns = {tuple(n.split()) for n in location.get("nouns", [])}
        self.location_preps = set(location.get("prepositions", []))
        self.location_confidence = float(location.get("confidence", 0.85))
        self.passive_agent = set(data.get("passive_agent", ["par"]))
        self.nationalities = {r["adjective"].casefold(): r["place_key"] for r in language_table(lang, "nationalities")}
        self.genitive = tuple(data.get("genitive", ["de", "d'", "du"]))
        self.project_preps = tuple(data.get("project_prepositions", []))
        self.time_words = set(language_data(lang, "lexicon").get("time_words", []))
        self.event_verbs = set(data.get("event_verbs", []))
        self.titles_before_names = bool(language_data(lang, "lexicon").get("titles_before_names", False))
        self.noun_premodifiers = bool(language_data(lang, "lexicon").get("noun_premodifiers", False))
        self.definite = set(language_data(lang, "lexicon").get("definite_determiners", []))
        self.predicative_markers = tuple(language_data(lang, "lexicon").get("predicative_markers", []))
        self.hyphenated = {spec["word"]: spec for spec in data.get("hyphenated", [])}
        deals = data.get("deals", {})
        self.deal_nouns = set(deals.get("nouns", []))
        self.deal_prepositions = tuple(deals.get("prepositions", []))
        self.demonstratives = set(language_data(lang, "lexicon").get("demonstrative_pronouns", []))
        self.wh_words = set(language_data(lang, "lexicon").get("question_words", []))
        listing = data.get("listing", {})
        self.listing_verbs = set(listing.get("verbs", []))
        self.counting_verbs = set(listing.get("counting_verbs", []))
        self.listing_prepositions = set(listing.get("prepositions", []))
        self.naming_phrases = [
            tuple(p.lower().replace("'", "' ").split())
            for p in language_data(lang, "lexicon").get("naming_phrases", [])
        ]
        rounds = data.get("rounds", {})
        self.round_nouns = sorted(
            (tuple(n.replace("'", "' ").split()) for n in rounds.get("nouns", [])), key=len, reverse=True
        )
        # first words, to skip most tokens before building any window (this runs at every token)
        self._round_first_words = {words[0] for words in self.round_nouns}
        self._location_first_words = {words[0] for words in self.location_nouns}
        self.round_investor_phrases = tuple(rounds.get("investor_phrases", []))
        self.round_confidence = float(rounds.get("confidence", 0.8))
        self.round_targets = tuple(rounds.get("target_prepositions", ["de", "d'", "du"]))
        self.round_anaphora_sentences = int(rounds.get("anaphora_sentences", 3))
        companions = rounds.get("companions", {})
        self.round_companion_preps = set(companions.get("prepositions", []))
        self.round_companion_verbs = set(companions.get("verbs", []))
        endings = language_data(lang, "lexicon").get("participle_endings", {})
        self.participle_endings = sorted(endings.items(), key=lambda kv: -len(kv[0]))
        # the same by length, longest first: a word ends with at most one ending of each length
        self._participle_suffixes = [
            (n, {e: r for e, r in self.participle_endings if len(e) == n})
            for n in sorted({len(e) for e, _ in self.participle_endings}, reverse=True)
        ]

    # ------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        with cached_sentences(doc):  # token.sent is asked thousands of times per article
            return self._extract(doc)

    def _extract(self, doc: Doc) -> Doc:
        resolver = Resolver(doc, self.lang)
        doc.user_data["kg_locations"] = {}
        doc.user_data["kg_round_target"] = None
        doc.user_data["kg_developers"] = {}
        self._sent_index = {}
        facts: list[Fact] = []
        # the words at which the loop below can find something (a pattern, a round, a location)
        watched = (
            self.patterns.keys()
            | self.location_verbs
            | self._round_first_words
            | self._location_first_words
            | self.hyphenated.keys()
        )
        lowers, lemmas_of, pos = resolver.lowers, resolver.lemmas, resolver.columns.pos
        participle_tags = ("ADJ", "NOUN", "PROPN")  # the only ones _participle_lemma reads
        for n, sent in enumerate(doc.sents):
            self._sent_index[sent.start] = n
            self._nationalities(sent, resolver, facts)
            for i in range(sent.start, sent.end):
                if (
                    lowers[i] not in watched
                    and lemmas_of[i] not in watched
                    and (pos[i] not in participle_tags or self._participle_lemma(doc[i]) not in watched)
                ):
                    continue  # most words: none of their forms is watched (and no Token object is made)
                token = doc[i]
                before = len(facts)
                lemmas = self._lemmas(token)  # once per token; most have no pattern
                for pattern, head in self._triggers(token) if not self.patterns.keys().isdisjoint(lemmas) else ():
                    if pattern.kind == "verb":
                        facts.extend(self._verb(head, pattern, resolver))
                    else:
                        facts.extend(self._noun(head, pattern, resolver))
                if lowers[i] in self._round_first_words or lemmas_of[i] in self._round_first_words:
                    facts.extend(self._round(token, resolver))  # (_round finds nothing at other words)
                if token.lower_ in self.hyphenated:
                    facts.extend(self._hyphenated(token, resolver))
                for f in facts[before:]:
                    if f.relation == "developedBy" and f.status == ASSERTED:
                        doc.user_data["kg_developers"].setdefault(f.subject, f.object)
                    if f.relation == "investedIn" and f.event == "Investment":
                        # the company a later "the round" means ("Y also took part in the round")
                        doc.user_data["kg_round_target"] = (f.object, n, f.trigger)
                if (
                    not lemmas.isdisjoint(self.location_verbs)
                    or token.lower_ in self._location_first_words
                    and any(tuple(lowers[i : i + len(n)]) == n for n in self.location_nouns)
                ):
                    facts.extend(self._location(token, resolver))
            ownership = self._ownership(sent, resolver)
            for f in ownership:
                if f.status == ASSERTED:
                    doc.user_data["kg_developers"].setdefault(f.subject, f.object)
            facts.extend(ownership)
            facts.extend(self._located_descriptions(sent, resolver))
            facts.extend(self._located_appositions(sent, resolver))
        facts.extend(self._answers(doc, resolver))
        doc._.kg_facts = _dedupe(facts)
        doc.spans[MENTIONS_KEY] = resolver.mentions  # with the names found in argument slots
        for key, forms in resolver.descriptions.items():
            if key in doc._.kg_entities:
                doc._.kg_entities[key].surface_forms |= forms
        return doc

    def _participle_lemma(self, token: Token) -> str | None:
        """For a past participle the tagger read as an adjective or a noun ("développé",
        "Cofondé"), the verb it comes from, by the language's participle endings."""
        if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
        lower = token.lower_
        for length, endings in self._participle_suffixes:  # participle_endings, longest first
            replacement = endings.get(lower[len(lower) - length :])
            if replacement is not None and len(lower) > length + 2:
                # the morphology last: it is slow to read, and only a word with a participle ending needs it
                return None if "Part" in token.morph.get("VerbForm") else lower[:-length] + replacement
        return None

    def _lemmas(self, token: Token) -> set[str]:
        forms = {token.lemma_.lower(), token.lower_}
        participle = self._participle_lemma(token)
        if participle:
            forms.add(participle)
        return forms

    def _triggers(self, token: Token) -> Iterable[tuple[_Pattern, Token]]:
        doc = token.doc
        for first in self._lemmas(token):
            for pattern in self.patterns.get(first, ()):
                n = len(pattern.words)
                if n > 1:
                    window = doc[token.i : token.i + n]
                    if len(window) < n or any(
                        w != t.lower_ and w != t.lemma_.lower()
                        for w, t in zip(pattern.words[1:], window[1:], strict=False)
                    ):
                        continue
                    wanted = ("VERB",) if pattern.kind == "verb" else ("NOUN", "PROPN")
                    head = next((t for t in window if t.pos_ in wanted), window[-1])
                    if pattern.kind == "noun" and self.noun_premodifiers and window[-1].pos_ in wanted:
                        head = window[
                            -1
                        ]  # "co-founder", "chief technology officer": English phrases end with their head
                else:
                    # the small models mis-tag verbs ("obtient" as ADV): trust the lemma unless clearly nominal
                    if (
                        pattern.kind == "verb"
                        and token.pos_ in ("NOUN", "PROPN", "DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "NUM")
                        and self._participle_lemma(token) != first
                    ):
                        continue
                    if pattern.kind == "noun" and token.pos_ not in ("NOUN", "PROPN", "ADJ", "X"):
                        continue
                    head = token
                yield pattern, head

    # -- facts ---------------------------------------------------------------------------------
    def _make(
        self,
        pattern_rule: str,
        relation: str,
        subjects: list[Referent],
        objects: list[Referent],
        trigger: Token,
        confidence: float,
        resolver: Resolver,
        event: str | None = None,
        status: str | None = None,
    ) -> list[Fact]:
        sent = trigger.sent
        start, end = sentence_bounds(sent)
        status = status or statement_status(trigger, self.lang)
        subject_types, object_types = relation_signature(relation)
        out = []
        for s in subjects:
            for o in objects:
                if s.key == o.key:
                    continue
                if resolver.type_of(s.key) not in subject_types or resolver.type_of(o.key) not in object_types:
                    continue
                a, b = (s.key, o.key)
                if relation in SYMMETRIC and b < a:
                    a, b = b, a
                conf = round(confidence * s.factor * o.factor, 3)
                out.append(Fact(a, relation, b, status, conf, pattern_rule, start, end, trigger.i, event))
        return out

    def _roles(self, pattern: _Pattern) -> tuple[set[str], set[str]]:
        """(agent classes, patient classes) for a pattern, from the relation signature."""
        subject_types, object_types = relation_signature(pattern.relation)
        if pattern.subject in ("agent", "holder"):
            return set(subject_types), set(object_types)
        return set(object_types), set(subject_types)

    def _verb(self, verb: Token, pattern: _Pattern, resolver: Resolver) -> list[Fact]:
        passive = self._is_passive(verb)
        if pattern.passive_only and not passive:
            return []
        if pattern.requires and not self._has_nearby(verb, pattern.requires):
            return []
        agent_types, patient_types = self._roles(pattern)
        if passive:
            agents = self._by_phrase(verb, resolver, agent_types, self.passive_agent)
            patients = self._subjects(verb, resolver, patient_types)
            if (
                not patients
                and not agents
                and pattern.relation == "providesComputeTo"
                and pattern.subject == "patient"
                and pattern.requires
                and pattern.patient
                and "direct" not in pattern.patient
            ):
                # "Tern-2 had been trained on GPUs rented from CoreWeave": the model's developer gets the
                # compute, from whom the prepositional phrase names
                receivers = self._developers_of(
                    self._subjects(verb, resolver, {"AIModel"}), verb.doc, agent_types, resolver
                )
                providers = (
                    self._prepositional(verb, resolver, patient_types, pattern.patient, window=8) if receivers else []
                )
                if receivers and providers and self._has_nearby(verb, pattern.requires):
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
            if not patients:
                return []
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
        else:
            agents = self._subjects(verb, resolver, agent_types)
            own = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
            if (
                agents
                and pattern.possessor_agent
                and own is not None
                and any(c.dep_ == "poss" for c in own.children)
                and resolver.resolve(own, None, coordinated=False)
                and not resolver.resolve(own, agent_types, coordinated=False)
            ):
                agents = []  # "whose Tern-2 models compete with ...": the models' owner, not a name further left
            if not agents and pattern.possessor_agent:
                # "Its agents run on Mistral Large": the company whose things they are
                node = verb
                while (
                    node.dep_ == "conj"
                    and node.head is not node
                    and not any(c.dep_.startswith("nsubj") for c in node.children)
                ):
                    node = node.head  # "Its agents negotiate ... and run on X"
                subject = next((c for c in node.children if c.dep_.startswith("nsubj")), None)
                owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
                if owner is not None:
                    found = (
                        resolver.resolve(owner, agent_types & {"Organization"})
                        if owner.lower_ not in self.possessives or owner.lower_ in resolver.relatives
                        else resolver._recent(
                            owner.i, agent_types & {"Organization"}, set(), PRONOUN, prefer_subject=True
                        )
                    )
                    agents = [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
            patients = []
            agent_keys = {a.key for a in agents}
            start = self._after_required(verb, pattern.requires)
            for spec in pattern.patient:
                if spec == "direct":
                    required = self.lists.get(pattern.requires or "", set())
                    if not any(
                        c.dep_ in ("obj", "dobj") and (c.lower_ in required or c.lemma_.lower() in required)
                        for c in verb.children
                    ):
                        # "supply Nvidia GPUs to X": the object is what is supplied, not who gets it
                        patients += self._direct_object(
                            verb, resolver, patient_types, exclude=agent_keys | self._owners_of(agents, resolver)
                        )
                else:
                    patients += self._prepositional(
                        verb, resolver, patient_types, (spec,), start=start, exclude=agent_keys
                    )
                    if not patients and start is not None:
                        # "relies on AWS for compute": the required word after the argument
                        patients += self._prepositional(
                            verb, resolver, patient_types, (spec,), window=6, exclude=agent_keys
                        )
                if patients:
                    break
            if not patients and pattern.relation == "partnerOf":
                patients = self._deal_counterparty(verb, resolver, patient_types, agent_keys)
            if (
                pattern.event == "Investment"
                and pattern.subject == "agent"
                and (
                    not patients
                    or any(
                        c.dep_ in ("dobj", "obj")
                        and any(g.dep_ == "compound" and self._round_noun(g) for g in c.children)
                        for c in verb.children
                    )
                )
            ):
                patients = self._round_object(verb, resolver) or patients
            if not patients and pattern.relation in SYMMETRIC and len(agents) >= 2:
                # "OpenAI et Microsoft ont noué un partenariat": the coordinated subjects
                facts = []
                for i, a in enumerate(agents):
                    facts += self._make(
                        pattern.rule,
                        pattern.relation,
                        [a],
                        agents[i + 1 :],
                        verb,
                        pattern.confidence,
                        resolver,
                        pattern.event,
                    )
                return facts
        if {a.key for a in agents} & {p.key for p in patients}:
            # one coordinated list read as both arguments ("auprès de X et de Y"): no relation
            overlap = {a.key for a in agents} & {p.key for p in patients}
            agents = [a for a in agents if a.key not in overlap]
            patients = [p for p in patients if p.key not in overlap]
        if agents and patients and pattern.co_agents:
            # "cofonder Mistral AI avec Guillaume Lample et Timothée Lacroix"
            # named ones only: a description ("dans sa suite de services") is too weak a co-agent
            agents = agents + [
                r
                for r in self._prepositional(verb, resolver, agent_types, pattern.co_agents)
                if r.key not in {a.key for a in agents} and r.factor >= LINKED * LINEAR_FALLBACK
            ]
            phrases = [c for c in pattern.co_agents if " " in c]
            if phrases:
                # "founded by X, a former ..., together with Y": a phrase of several words may come after
                # a long apposition
                agents = agents + [
                    r
                    for r in self._prepositional(verb, resolver, agent_types, phrases, window=30)
                    if r.key not in {a.key for a in agents} and r.factor >= LINKED * LINEAR_FALLBACK
                ]
        if agents and patients and pattern.object_agent and not passive:
            # "You built Murmur on Meta's Llama": the thing built uses the model too
            things = [
                r
                for r in self._direct_object(verb, resolver, agent_types - {"Organization", "Company"})
                if r.key not in {a.key for a in agents} | {p.key for p in patients}
            ]
            agents = agents + things
        if not agents or not patients:
            return []
        if pattern.relation == "partnerOf" and self.project_preps:
            # "X travaille avec Y sur le projet Stargate": both take part in the project
            projects = self._prepositional(verb, resolver, {"Project"}, self.project_preps)
            extra = (
                self._make(
                    f"{self.lang}/participatesIn.partnership",
                    "participatesIn",
                    agents + patients,
                    projects,
                    verb,
                    pattern.confidence,
                    resolver,
                )
                if projects
                else []
            )
            return extra + self._make(
                pattern.rule, pattern.relation, agents, patients, verb, pattern.confidence, resolver, pattern.event
            )
        if pattern.subject == "agent":
            return self._make(
                pattern.rule, pattern.relation, agents, patients, verb, pattern.confidence, resolver, pattern.event
            )
        return self._make(
            pattern.rule, pattern.relation, patients, agents, verb, pattern.confidence, resolver, pattern.event
        )

    def _noun(self, noun: Token, pattern: _Pattern, resolver: Resolver) -> list[Fact]:
        if pattern.requires == "compute_near" and not self._has_nearby(noun, "compute", window=4):
            return []
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
        if not complements and noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            # "sa cofondatrice et directrice générale": the second noun shares the first's complement
            complements = self._complement(noun.head, resolver, of_types, pattern.of)
        if pattern.subject == "agent":
            # event nouns: "le rachat de X par Y", "le partenariat entre X et Y", "son investissement dans X"
            agent_types, patient_types = self._roles(pattern)
            # "Nvidia's purchase of Kernwerk": the prepositional complement first, the possessor is the agent
            patients = [
                r for r in self._prepositional(noun, resolver, patient_types, pattern.of, window=5) if r.token > noun.i
            ] or self._complement(noun, resolver, patient_types, pattern.of)
            if (
                pattern.relation in SYMMETRIC
                and len(patients) >= 2
                and any(t.lower_ == "entre" for t in noun.doc[noun.i : noun.i + 4])
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
            if not patients:
                return []
            agents = self._by_phrase(noun, resolver, agent_types, pattern.by) if pattern.by else []
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
            if not agents:
                # "Microsoft a annoncé le rachat de X": only verbs that carry the event out, not
                # "the regulator is reviewing the purchase of X"
                governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if governor is not None and self._lemmas(governor) & self.event_verbs:
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
        if (
            not complements
            and pattern.predicative_topic
            and (noun.dep_ == "attr" or noun.head.lower_ == "as")
            and not any(
                (c.dep_ in ("prep", "compound", "poss") or c.dep_.startswith("nmod"))
                and not (c.dep_ == "compound" and noun.i - len(pattern.words) < c.i < noun.i)
                for c in noun.children
            )
        ):
            governor = noun.head.head if noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB" else None
            obj = (
                next((c for c in governor.children if c.dep_ in ("dobj", "obj")), None)
                if governor is not None
                else None
            )
            if obj is not None:
                # "Mizrahi, who runs Fennec as chief executive": the object of the verb
                complements = resolver.resolve(obj, of_types & {"Organization"}, coordinated=False)
                if not complements and resolver.resolve(obj, holder_types, coordinated=False):
                    # "Corvane has appointed Mara Lenz as chief executive": the person is the object, the
                    # company the subject
                    complements = self._subjects(governor, resolver, of_types & {"Organization"})
            elif not any(t.is_upper or t.pos_ == "PROPN" for t in noun.doc[max(noun.sent.start, noun.i - 2) : noun.i]):
                # "..., who now serves as chief technology officer", "who is now its chief executive": the
                # company the paragraph is about
                complements = [
                    r
                    for r in self._paragraph_topic(noun.i, resolver, of_types & {"Organization"})
                    if resolver.type_of(r.key) == "Organization"
                ]
        if not complements:
            if pattern.relation in SYMMETRIC:
                # "X et Y sont concurrents"
                holders = self._holders(noun, resolver, holder_types)
                facts = []
                for i, a in enumerate(holders):
                    facts += self._make(
                        pattern.rule, pattern.relation, [a], holders[i + 1 :], noun, pattern.confidence, resolver
                    )
                return facts
            return []
        holders = [h for h in self._holders(noun, resolver, holder_types) if h.key not in {c.key for c in complements}]
        if not holders:
            return []
        if pattern.subject == "holder":
            return self._make(pattern.rule, pattern.relation, holders, complements, noun, pattern.confidence, resolver)
        return self._make(pattern.rule, pattern.relation, complements, holders, noun, pattern.confidence, resolver)

    # -- argument finders -----------------------------------------------------------------------
    @staticmethod
    def _is_passive(verb: Token) -> bool:
        if any(c.dep_ in ("aux:pass", "nsubj:pass", "auxpass", "nsubjpass") for c in verb.children):
            return True
        features = str(verb.morph)  # "Voice=Pass|VerbForm=Part|...": a value absent from it is in no field
        if "Pass" in features and "Pass" in verb.morph.get("Voice"):
            return True
        if verb.pos_ in ("ADJ", "NOUN", "PROPN"):
            # a participle the tagger took for an adjective or a noun: passive ("le modèle développé
            # par X") unless a form of "avoir"/"have" before it makes a compound past ("n'a pas investi")
            before = verb.doc[max(verb.sent.start, verb.i - 4) : verb.i]
            return not any(
                t.lemma_.lower() in ("avoir", "have")
                or t.lower_ in ("a", "ont", "avait", "avaient", "aura", "has", "had")
                for t in before
            )
        participle = (
            "Part" in features
            and "Part" in verb.morph.get("VerbForm")
            and ("Past" in verb.morph.get("Tense") or verb.tag_ == "VBN")
        )
        if (
            participle
            and verb.dep_ in ("acl", "amod", "appos", "conj", "advcl", "ROOT", "dep", "obl:mod", "obl")
            and not any(c.dep_ in ("aux", "aux:tense") or c.dep_.startswith("nsubj") for c in verb.children)
        ):
            # "DeepMind, racheté par Google" / "Llama, developed by Meta"
            return verb.dep_ != "ROOT" or any(t.lower_ in ("par", "by") for t in verb.doc[verb.i + 1 : verb.i + 4])
        return False

    def _subjects(self, verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        seen = 0
        node = verb
        while seen < 4:
            seen += 1
            own_subject = False
            for child in node.children:
                if child.dep_ in SUBJECT_DEPS or child.dep_.startswith("nsubj"):
                    own_subject = own_subject or child.pos_ in ("NOUN", "PROPN")
                    found = resolver.resolve(child, types)
                    if found:
                        return found
            if own_subject and node.dep_ == "conj":
                break  # "X built A, and a Lisbon startup, Y, runs B": the second clause has its own subject
            if node.dep_ == "conj" and node.i - 1 > node.head.i and node.doc[node.i - 1].text == ",":
                # the parser lost the second subject: "..., and a Lisbon startup, Ondaluz, runs B"
                k = node.i - 2
                span = resolver.mention_at(k)
                if (
                    span is not None
                    and span.start - 1 > node.head.i
                    and node.doc[span.start - 1].text == ","
                    and any(t.lower_ in ("and", "while", "whereas") for t in node.doc[node.head.i + 1 : span.start])
                ):
                    return resolver.resolve(node.doc[span.start], types, coordinated=False)
            if node.dep_.startswith("acl") and self._infinitive(node):
                # "le droit d'utiliser GPT": the subject of the clause the noun belongs to
                governor = next((a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if governor is not None:
                    node = governor
                    continue
                break
            if (
                node.dep_ == "pcomp"
                and node.tag_ == "VBG"
                and node.head.dep_ == "prep"
                and node.head.head.pos_ in ("VERB", "AUX")
                and node.head.i < node.head.head.i
                and not any(c.dep_.startswith("nsubj") for c in node.children)
            ):
                # "Before joining Corvane, Mara Lenz worked at ...": the fronted gerund's subject is the clause's
                node = node.head.head
                continue
            if (node.dep_.startswith("acl") and not node.dep_.endswith("relcl")) or (
                node.dep_ == "amod" and node.pos_ == "ADJ"
            ):
                # "OpenAI, basé à ...", "la startup fondée par X": the modified noun
                found = resolver.resolve(node.head, types)
                if found:
                    return found
                if (
                    node.dep_ == "amod"
                    and node.head.dep_ in ("dobj", "obj")
                    and node.head.head.pos_ == "VERB"
                    and any(c.dep_ in ("xcomp", "acl") and self._infinitive(c) for c in node.children)
                ):
                    # "X signed an agreement worth $1bn to supply GPUs to Y": the signer supplies
                    node = node.head.head
                    continue
                break
            if (
                node.dep_ in ("advcl", "acl", "dep", "obl:mod", "nsubj", "obl:arg")
                and ("Part" in node.morph.get("VerbForm") or self._participle_lemma(node))
                and node.head is not node
                and node.head.pos_ in ("VERB", "AUX")
                and node.i < node.head.i
            ):
                # "Fondée en 2021 par X, la jeune pousse édite ...": the fronted participle's
                # subject is the main clause's
                node = node.head
                continue
            if (
                node.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acl:relcl", "obl:arg", "obl:mod", "obj")
                and node.head is not node
                and node.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ")
            ):
                if node.dep_ == "conj" and node.head.pos_ == "NOUN" and node.head.dep_ not in ("ROOT",):
                    break
                if (
                    node.dep_ in ("ccomp", "advcl", "obj", "obl:arg", "obl:mod")
                    and not self._infinitive(node)
                    and not (
                        node.dep_ == "advcl"
                        and node.tag_ == "VBG"
                        and node.i > node.head.i
                        and not any(
                            c.dep_ in ("mark", "prep") or c.lower_ in ("by", "while", "after", "before")
                            for c in node.children
                        )
                    )
                ):
                    # "X is ..., supplying compute to Y": a trailing participle shares its subject
                    break
                node = node.head
                continue
            break
        if verb.i == verb.sent.start and (self._participle_lemma(verb) or "Part" in verb.morph.get("VerbForm")):
            # "Installée à Bordeaux, Médivia développe ...": the name after the fronted phrase
            for j in range(verb.i + 1, min(verb.sent.end - 1, verb.i + 10)):
                if verb.doc[j].text == ",":
                    nxt = verb.doc[j + 1]
                    if nxt.pos_ == "DET" and j + 2 < verb.sent.end:
                        nxt = verb.doc[j + 2]
                    return resolver.resolve(nxt, types, coordinated=False)
        return self._left_subject(verb, resolver, types)

    @staticmethod
    def _name_after_determiners(i: int, sent: Span, resolver: Resolver, types: set[str]) -> list[Referent]:
        """What the words from ``i`` on name, past their determiners ("de la startup")."""
        doc = sent.doc
        while i < sent.end and doc[i].pos_ == "DET":
            i += 1
        return resolver.resolve(doc[i], types, coordinated=False) if i < sent.end else []

    def _descriptor_type(self, token: Token) -> str | None:
        """The entity class a descriptor noun introduces ("chatbot" -> Product), if it is one."""
        info = self.descriptors.get(token.lemma_.lower()) or self.descriptors.get(token.lower_)
        return info["type"] if info else None

    def _ends_descriptor(self, token: Token) -> bool:
        """Is ``token`` the (last word of a) descriptor of an organisation: "startup", "start-up"?"""
        return any(
            key.split()[-1].split("-")[-1] == token.lower_ and info["type"] == "Organization"
            for key, info in self.descriptors.items()
        )

    @staticmethod
    def _infinitive(token: Token) -> bool:
        """An infinitive, including the perfect one: "avoir levé", "to have raised"."""
        return (
            "Inf" in token.morph.get("VerbForm")
            or token.tag_ == "VB"
            or any(
                c.dep_.startswith("aux") and ("Inf" in c.morph.get("VerbForm") or c.tag_ == "VB")
                for c in token.children
            )
        )

    def _left_subject(self, verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """The nearest entity left of the verb that is not inside a prepositional phrase."""
        doc = verb.doc
        sent_start = verb.sent.start
        depth = 0
        for j in range(verb.i - 1, max(sent_start, verb.i - 20) - 1, -1):
            t = doc[j]
            if t.text in (")", "»", "”"):
                depth += 1
            elif t.text in ("(", "«", "“"):
                depth = max(0, depth - 1)
            if t.text in (";", ":") or t.lower_ in ("mais", "but", "tandis", "while", "whereas"):
                break
            span = resolver.mention_at(j)
            if span is not None and depth == 0:
                before = doc[span.start - 1] if span.start > sent_start else None
                if before is not None and before.pos_ == "ADP" and before.lower_ not in ("selon",):
                    continue
                if before is not None and (
                    before.pos_ in ("NOUN", "ADJ")
                    and before.is_lower
                    and not self._ends_descriptor(before)
                    and before.lower_ not in self.time_words
                    or before.lower_ in self.possessives
                ):
                    continue  # "sa plateforme Azure": a complement, not a subject ("la start-up Nexalia" is one)
                if (
                    before is not None
                    and before.pos_ == "DET"
                    and span.start - 2 >= sent_start
                    and doc[span.start - 2].pos_ == "ADP"
                ):
                    continue
                found = resolver.resolve(doc[span.start], types)
                if not found and span.label_ == "Place" and "Place" not in types:
                    continue  # "a Toronto-based company": a place modifying the subject, not the subject
                node = span.root
                while found and node.dep_ == "conj" and node.head is not node and node.head.i < node.i:
                    # "such as Together AI and Fireworks AI ... rented from X": the whole coordination
                    node = node.head
                    found = [
                        r
                        for r in resolver.resolve(node, types, coordinated=False)
                        if r.key not in {f.key for f in found}
                    ] + found
                return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
            if t.pos_ == "PRON" and t.dep_.startswith("nsubj"):
                found = resolver.resolve(t, types)
                if found:
                    return found
        return []

    def _direct_object(
        self, verb: Token, resolver: Resolver, types: set[str], exclude: Iterable[str] = ()
    ) -> list[Referent]:
        for child in verb.children:
            if child.dep_ in ("obj", "dobj", "iobj") or (child.dep_ == "xcomp" and child.pos_ in ("NOUN", "PROPN")):
                # an object pronoun never means the clause's own subject ("Google supplies it with ...")
                found = resolver.resolve(child, types, exclude=exclude)
                if found:
                    return found
        partitives = self.lists.get("partitives", set())
        for child in verb.children:
            if child.dep_ in ("obj", "dobj") and child.lower_ in partitives:
                # "uses fine-tuned versions of Llama"
                for prep in child.children:
                    if prep.lower_ in self.genitive:
                        for g in prep.children:
                            found = resolver.resolve(g, types)
                            if found:
                                return found
        examples = self._example_objects(verb, resolver, types, exclude) or self._named_object(
            verb, resolver, types, exclude
        )
        if examples:
            return examples
        if (
            verb.dep_ == "relcl"
            and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.i < verb.i
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("dobj", "obj", "mark") for c in verb.children)
            and not any(t.lower_ in resolver.relatives for t in verb.doc[verb.head.i + 1 : verb.i])
        ):
            # "Argent Loom, the startup she co-founded": the noun the clause modifies is its object
            found = resolver.resolve(verb.head, types, coordinated=False)
            if found:
                return found
        doc = verb.doc
        end = verb.sent.end
        for j in range(verb.i + 1, min(end, verb.i + 10)):
            t = doc[j]
            span = resolver.mention_at(j)
            if span is not None:
                found = resolver.resolve(t, types)
                return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
            if t.is_punct and t.text not in ("«", '"', "“"):
                break
            if t.pos_ == "ADP" and t.lower_ not in ("de", "d'", "du", "des"):
                # a short time phrase between the verb and its object: "a racheté au printemps la société X"
                k = j + 1
                while k < end and doc[k].pos_ == "DET":
                    k += 1
                if (
                    k + 1 < end
                    and doc[k].pos_ in ("NOUN", "NUM")
                    and doc[k].is_lower | doc[k].is_digit
                    and doc[k + 1].pos_ == "DET"
                    and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in self.time_words or doc[k].is_digit)
                ):
                    return self._direct_object_from(k + 1, verb, resolver, types)
                break
            if t.pos_ == "VERB":
                break
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.descriptors:
                found = resolver.resolve(t, types)
                if found:
                    return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
        return []

    def _listed(
        self, noun: Token, pattern: _Pattern, resolver: Resolver, holder_types: set[str], of_types: set[str]
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
                next((c for c in verb.children if c.dep_.startswith("nsubj")), None) if verb is not noun.head else None
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
        if pattern.subject == "holder":
            return self._make(
                pattern.rule, pattern.relation, holders, owners[:1], noun, pattern.confidence, resolver, pattern.event
            )
        return self._make(
            pattern.rule, pattern.relation, owners[:1], holders, noun, pattern.confidence, resolver, pattern.event
        )

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
        patients = resolver.resolve(doc[j], patient_types, coordinated=False)
        if not patients and doc[j].pos_ == "NOUN":
            # "X, a Brintel-backed startup": the name the description is in apposition to
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

    def _deal_counterparty(self, verb: Token, resolver: Resolver, types: set[str], exclude: set[str]) -> list[Referent]:
        """ "Brightwater signed a five-year agreement to supply Nvidia GPUs to Anthropic": the one the deal's
        infinitive clause delivers to (``deals`` in patterns.yaml)."""
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj") or obj.lemma_.lower() not in self.deal_nouns:
                continue
            for clause in obj.subtree:
                if (
                    clause.pos_ == "VERB"
                    and clause.dep_ in ("acl", "relcl", "advcl", "xcomp")
                    and self._infinitive(clause)
                    and clause.i - obj.i < 8
                ):
                    found = self._prepositional(
                        clause, resolver, types, self.deal_prepositions, window=8, exclude=exclude
                    )
                    if found:
                        return [
                            Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found if r.key not in exclude
                        ]
        return []

    @staticmethod
    def _developers_of(things: list[Referent], doc: Doc, types: set[str], resolver: Resolver) -> list[Referent]:
        """The developers already stated for models or products (earlier in the article)."""
        developers = doc.user_data.get("kg_developers", {})
        return [
            Referent(developers[r.key], r.factor * LINEAR_FALLBACK, r.token)
            for r in things
            if r.key in developers and resolver.type_of(developers[r.key]) in types
        ]

    @staticmethod
    def _owners_of(referents: list[Referent], resolver: Resolver) -> set[str]:
        """The possessors named before the referents' mentions ("Alphabet's Google"): an object pronoun
        of the clause means neither the subject nor its owner."""
        doc = resolver.doc
        owners = set()
        for r in referents:
            span = resolver.mention_at(r.token)
            if span is not None and span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s"):
                owner = resolver.mention_at(span.start - 2)
                if owner is not None:
                    owners.add(owner.kb_id_)
        return owners

    def _founder_clause_subject(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "X, an operator founded by Dana Whitlock, a former Oracle executive who is now its chief
        executive": "its" in a relative clause about the agent of a passive verb is that verb's subject."""
        clause = next((a for a in noun.ancestors if a.dep_ in ("relcl", "acl:relcl")), None)
        if clause is None:
            return []
        node = clause.head
        for _ in range(3):  # up through the person's appositions to the "by" phrase
            if node.dep_ in ("pobj", "obl:agent", "obl") and node.head.lower_ in self.passive_agent | {"par"}:
                verb = node.head.head if node.head.dep_ in ("agent", "prep") else node.head
                if verb.pos_ in ("VERB", "ADJ") and self._is_passive(verb):
                    return [
                        Referent(r.key, r.factor * LINEAR_FALLBACK, r.token)
                        for r in self._subjects(verb, resolver, types)
                    ]
                return []
            if node.dep_ in ("appos", "conj") and node.head is not node:
                node = node.head
                continue
            return []
        return []

    def _product_owner(
        self, token: Token, resolver: Resolver, types: set[str], exclude: Iterable[str] = ()
    ) -> list[Referent]:
        """ "competes ... with Microsoft's Azure", "runs on Microsoft's Azure cloud": where an organisation
        is wanted, a product named with its owner in the possessive stands for that owner."""
        if not types & {"Organization", "Company"} or types & {"Product", "AIModel"}:
            return []
        if token.lower_ in self.demonstratives and resolver.mention_at(token.i) is None:
            # "whose models compete with those of OpenAI and Google": the owners after "of"
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in self.genitive:
                    for g in prep.children:
                        if g.dep_ == "pobj":
                            return [
                                Referent(r.key, r.factor * LINEAR_FALLBACK, r.token)
                                for r in resolver.resolve(g, types, exclude=exclude)
                            ]
            return []
        if resolver.mention_at(token.i) is None and (
            token.lower_ in self.lists.get("compute", ()) or token.lemma_.lower() in self.lists.get("compute", ())
        ):
            # "runs its models in Microsoft's data centres": the owner of the compute named
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ not in self.possessives), None)
            found = resolver.resolve(owner, types, exclude=exclude, coordinated=False) if owner is not None else []
            return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
        span = resolver.mention_at(token.i)
        if span is None or span.label_ != "Product" or span.start < 2 or span.start - 2 < token.sent.start:
            return []
        doc = token.doc
        if doc[span.start - 1].lower_ not in ("'s", "’s"):
            return []
        owner = resolver.mention_at(span.start - 2)
        if owner is None or owner.label_ != "Organization" or owner.kb_id_ in set(exclude):
            return []
        return [Referent(owner.kb_id_, LINKED * LINEAR_FALLBACK, owner.start)]

    def _owner_of_modified(self, verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """The person a possessive determiner names on the noun a participle modifies ("his startup,
        X, co-founded with ...")."""
        if not types:
            return []
        node = verb
        for _ in range(3):
            if node.head is node:
                return []
            node = node.head
            if node.pos_ == "NOUN":
                break
        else:
            return []
        owner = next((c for c in node.children if c.dep_ == "poss" and c.lower_ in self.possessives), None)
        if owner is None or owner.lower_ in resolver.relatives:
            return []
        return resolver.resolve(owner, types, coordinated=False) or resolver._recent(
            owner.i, types, set(), PRONOUN, prefer_subject=True
        )

    def _named_object(
        self, verb: Token, resolver: Resolver, types: set[str], exclude: Iterable[str] = ()
    ) -> list[Referent]:
        """ "has published open weights under the name gpt-oss": a naming phrase after the direct object
        gives its name."""
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
        if obj is None or not self.naming_phrases:
            return []
        doc = verb.doc
        end = min(verb.sent.end, obj.i + 10)
        for j in range(obj.i + 1, end):
            if doc[j].text in (",", ";", ".") and j > obj.i + 1:
                break
            for words in self.naming_phrases:
                if tuple(t.lower_ for t in doc[j : j + len(words)]) == words and j + len(words) < verb.sent.end:
                    span = resolver.mention_at(j + len(words))
                    if span is not None and span.start == j + len(words):
                        return [
                            Referent(r.key, r.factor * LINEAR_FALLBACK, r.token)
                            for r in resolver.resolve(doc[span.start], types, exclude=exclude, coordinated=False)
                        ]
        return []

    def _example_objects(
        self, verb: Token, resolver: Resolver, types: set[str], exclude: Iterable[str] = ()
    ) -> list[Referent]:
        """ "We tested everything, including Google's Gemini and Meta's Llama": the names an example
        marker attached to the verb lists stand for its (generic) direct object."""
        if not any(c.dep_ in ("obj", "dobj") for c in verb.children):
            return []
        doc = verb.doc
        end = verb.sent.end
        found: list[Referent] = []
        for child in verb.children:
            if child.dep_ != "prep" or child.i < verb.i or child.lower_ not in resolver.example_markers:
                continue
            j = child.i + 1
            while (
                j < end
                and j - child.i < 16
                and doc[j].text not in (";", ":", ".", ")", "(")
                and not (doc[j].text == "," and resolver.mention_at(j + 1) is None)
            ):
                span = resolver.mention_at(j)
                if span is not None and span.start == j:
                    found += [
                        Referent(r.key, r.factor * LINEAR_FALLBACK, r.token)
                        for r in resolver.resolve(doc[j], types, exclude=exclude, coordinated=False)
                        if r.key not in {f.key for f in found}
                    ]
                    j = span.end
                    continue
                if doc[j].pos_ in ("VERB", "AUX"):
                    break
                j += 1
        return found

    def _after_required(self, trigger: Token, list_name: str | None) -> int | None:
        """With a required word list (compute), arguments are read after the first such word."""
        if not list_name:
            return None
        words = self.lists.get(list_name, set())
        for t in trigger.doc[trigger.i + 1 : trigger.sent.end]:
            if t.lower_ in words or t.lemma_.lower() in words:
                return t.i
        return None

    def _direct_object_from(self, start: int, verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        doc = verb.doc
        for j in range(start, min(verb.sent.end, start + 6)):
            if resolver.mention_at(j) is not None or (
                doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in self.descriptors
            ):
                found = resolver.resolve(doc[j], types)
                return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
            if doc[j].pos_ not in ("DET", "ADJ"):
                break
        return []

    def _prepositional(
        self,
        head: Token,
        resolver: Resolver,
        types: set[str],
        preps: Iterable[str],
        start: int | None = None,
        window: int = 16,
        exclude: Iterable[str] = (),
    ) -> list[Referent]:
        preps = {p.lower() for p in preps}
        exclude = set(exclude)
        case_deps = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "obj", "advcl", "acl")

        def resolve(token: Token, wanted: set[str]) -> list[Referent]:
            # a description or pronoun never means what ``exclude`` holds (the clause's own subject:
            # "Nvidia also owns 6% of the company"); a name is taken as written
            found = resolver.resolve(token, wanted, exclude=exclude if resolver.mention_at(token.i) is None else ())
            return found or self._product_owner(token, resolver, wanted, exclude)

        prep_words = [tuple(p.replace("'", "' ").split()) for p in preps]
        doc = head.doc
        for child in head.children:
            if start is not None and child.i > head.i and child.pos_ != "PRON":
                continue
            # the child's preposition, read where a test below needs it
            case = (
                " ".join(c.lower_ for c in child.children if c.dep_ in ("case", "fixed", "mark") and c.i < child.i)
                if child.dep_ in case_deps or (child.pos_ == "PRON" and child.i < head.i)
                else ""
            )
            if (
                child.dep_ in case_deps
                and case
                and (case in preps or case.split()[-1] in preps or case.replace("' ", "'") in preps)
            ):
                found = resolve(child, types)
                if found:
                    return found
            # English attaches the preposition, its object below it: "invested in -> OpenAI"
            if child.dep_ in ("prep", "agent", "dative") and (
                child.lower_ in preps or (child.dep_ == "agent" and preps & {"by"})
            ):
                for grandchild in child.children:
                    if grandchild.dep_ in ("pobj", "pcomp"):
                        found = resolve(grandchild, types)
                        if found:
                            # "competes with X for A, and with Y for B": the coordinated preposition too
                            for other in (
                                list(child.conjuncts)
                                + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "ADP"]
                                + [
                                    c
                                    for c in head.children
                                    if c.dep_ == "prep"
                                    and c.i > child.i
                                    and any(t.lower_ in ("well", "also") for t in head.doc[child.i : c.i])
                                ]
                            ):
                                if other.lower_ == child.lower_ and other.i > child.i:
                                    for g in other.children:
                                        if g.dep_ in ("pobj", "pcomp"):
                                            found = found + [
                                                r for r in resolve(g, types) if r.key not in {f.key for f in found}
                                            ]
                            return found
            # "dans lequel", "auquel", "dont": relative pronouns carry the preposition
            if (
                child.pos_ == "PRON"
                and child.i < head.i
                and (
                    case in preps
                    or (child.lower_ in ("auquel", "auxquels") and "à" in preps)
                    or (child.lower_ == "dont" and preps & {"de", "d'", "du"})
                )
            ):
                found = resolve(child, types)
                if found:
                    return found
            if child.dep_ == "iobj" and child.pos_ == "PRON" and preps & {"à", "au", "aux", "to"}:
                found = resolve(child, types)
                if found:
                    return found
        # Linear reading: "<trigger> ... dans [la startup] X"
        end = head.sent.end
        first = head.i + 1 if start is None else start + 1
        columns = resolver.columns  # token strings as lists: no Token object per look
        text, pos, dep, lower = columns.text, columns.pos, columns.dep, columns.lower
        for j in range(first, min(end, first + window)):
            if text[j] == ";" or (pos[j] == "VERB" and j > head.i + 1 and dep[j] not in ("xcomp", "acl")):
                if dep[j] not in ("obl", "nmod", "amod"):
                    break
            for words in prep_words:
                if tuple(lower[j : j + len(words)]) == words:
                    k = j + len(words)
                    while k < end and (
                        pos[k] in ("DET", "ADV")
                        or (pos[k] == "ADJ" and text[k].islower())
                        or text[k] in ("«", '"', "“")
                        or (
                            self.titles_before_names
                            and lower[k] in self.possessives
                            and k + 2 < end
                            and text[k + 1].islower()
                            and text[k + 2][:1].isupper()
                        )
                    ):
                        k += 1  # "together with his sister Daniela Amodei": past the possessive to the title and name
                    # a title before a name: "by chief executive Priya Natarajan", "by former Intel engineers X"
                    t = k
                    while (
                        self.titles_before_names
                        and t < end
                        and t - k < 4
                        and (
                            (doc[t].is_lower and doc[t].pos_ in ("NOUN", "ADJ") and resolver.mention_at(t) is None)
                            or (
                                resolver.mention_at(t) is not None
                                and resolver.mention_at(t).label_ != "Person"
                                and resolver.mention_at(t).end < end
                                and doc[resolver.mention_at(t).end].is_lower
                                and doc[resolver.mention_at(t).end].pos_ == "NOUN"
                            )
                        )
                    ):
                        t = resolver.mention_at(t).end if resolver.mention_at(t) is not None else t + 1
                    if t > k and t < end and doc[t].text[:1].isupper() and doc[t].lower_ not in self.descriptors:
                        k = t
                    if k < end:
                        owner = resolver.mention_at(k)
                        if owner is not None and owner.end + 1 < end and doc[owner.end].lower_ in ("'s", "’s"):
                            k = owner.end + 1  # "powered by OpenAI's GPT-4o": the possessed, not the possessor
                            while k < end and (doc[k].pos_ in ("DET", "ADJ") and doc[k].is_lower):
                                k += 1
                        found = resolve(doc[k], types)
                        if found:
                            return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
        return []

    def _by_phrase(self, head: Token, resolver: Resolver, types: set[str], preps: Iterable[str]) -> list[Referent]:
        return self._prepositional(head, resolver, types, preps)

    def _complement(self, noun: Token, resolver: Resolver, types: set[str], preps: tuple[str, ...]) -> list[Referent]:
        """The complement of a relational noun: "PDG d'OpenAI", "dont il était le PDG", "son PDG",
        "OpenAI's chief executive", "Nvidia chief executive"."""
        doc = noun.doc
        for child in noun.children:
            if child.i < noun.i and (
                child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod") and resolver.mention_at(child.i))
            ):
                if child.dep_ == "poss" and child.lower_ in self.possessives:
                    continue
                found = resolver.resolve(child, types)
                if found:
                    return found
        # "the Microsoft assistant", "an Nvidia vice president": a name right before the noun
        k = noun.i - 1
        while k >= noun.sent.start and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].is_lower and noun.i - k < 3:
            k -= 1
        if k >= noun.sent.start and k < noun.i and self.lang == "en":
            span = resolver.mention_at(k)
            if (
                span is not None
                and span.end == k + 1
                and (span.start == noun.sent.start or doc[span.start - 1].pos_ in ("DET", "PUNCT", "ADP"))
            ):
                found = resolver.resolve(doc[k], types)
                if found:
                    return found
        # skip co-heads and adjectives: "cofondateur et PDG de X", "directeur général adjoint de X"
        found = self._prepositional(noun, resolver, types, preps, window=5)
        if found and all(r.token > noun.i or doc[r.token].lower_ == "dont" or r.token < noun.i for r in found):
            return found
        for child in noun.children:
            if child.lower_ == "dont" or (
                child.dep_ == "nmod" and child.pos_ == "PRON" and "Rel" in child.morph.get("PronType")
            ):
                found = resolver.resolve(child, types)
                if found:
                    return found
        # "dont il était le PDG" parsed with "dont" attached elsewhere in the clause
        for j in range(max(noun.sent.start, noun.i - 5), noun.i):
            if doc[j].lower_ == "dont" and preps and preps[0] in ("de", "d'", "du", "of"):
                found = resolver.resolve(doc[j], types)
                if found:
                    return found
        return self._possessor(noun, resolver, types)

    def _possessor(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        doc = noun.doc
        det = next((c for c in noun.children if c.lower_ in self.possessives and c.i < noun.i), None)
        if det is None and noun.i > 0 and doc[noun.i - 1].lower_ in self.possessives:
            det = doc[noun.i - 1]
        if det is None:
            # "its co-founder", "its chief executive": the possessive before the noun's modifiers
            k = noun.i - 1
            while (
                k > noun.sent.start
                and noun.i - k <= 3
                and (doc[k].text == "-" or (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")))
            ):
                k -= 1
            if k < noun.i - 1 and k >= noun.sent.start and doc[k].lower_ in self.possessives:
                # only the clause's own subject: the salient entity is too weak a guess here
                return self._governor_subject(noun, resolver, types, climb=True)
        if (
            det is None
            and noun.i > 2
            and doc[noun.i - 1].lower_ in ("de", "d'")
            and doc[noun.i - 3].lower_ in self.possessives
        ):
            det = doc[noun.i - 3]  # "sa liste de concurrents", "son réseau de partenaires"
        if det is None:
            return []
        subject = self._governor_subject(noun, resolver, types)
        if subject:
            return subject
        founded = self._founder_clause_subject(noun, resolver, types)
        if founded:
            return founded
        # "Son PDG, Karim Haddad, ...": the entity the passage is about
        return resolver._salient(det.i, types, set(), kinds=set(), place=None)

    def _governor_subject(
        self, token: Token, resolver: Resolver, types: set[str], climb: bool = False
    ) -> list[Referent]:
        """The subject of the verb that governs a noun phrase ("Microsoft a annoncé le rachat de X").
        With ``climb``, through a reported clause ("Lumenfold said Hannah Okoye, its co-founder, ...")."""
        for child in token.children:
            if child.dep_.startswith("nsubj"):
                found = resolver.resolve(child, types)
                if found:
                    return found
        node = token
        for _ in range(4):
            if node.head is node:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in node.children):
                found = self._subjects(node, resolver, types)
                if found:
                    return found
                if climb and node.dep_ == "ccomp" and node.head.pos_ == "VERB":
                    return [r for r in self._subjects(node.head, resolver, types) if r.token < token.i]
                if climb:
                    return []
                break
        return self._left_subject(token, resolver, types)

    def _holders(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """Who bears a relational noun ("Sam Altman, PDG d'OpenAI", "X est le PDG de Y")."""
        doc = noun.doc
        if (
            noun.head.lower_ in self.genitive
            and noun.head.head.lower_ in self.lists.get("group_heads", ())
            and noun.head.head.i < noun.i
        ):
            # "Oracle has become one of the biggest suppliers to OpenAI": the one bears the noun
            return self._holders(noun.head.head, resolver, types)
        sent = noun.sent
        # apposition to the left: "Anthropic, le rival d'OpenAI" / "Google, l'ancien employeur de X"
        i = noun.i
        while self.noun_premodifiers and i - 1 >= sent.start and resolver.mention_at(i - 1) is not None:
            span = resolver.mention_at(i - 1)
            if (
                span.label_ != "Organization"
                or span.start - 1 < sent.start
                or doc[span.start - 1].pos_ not in ("DET", "ADJ")
            ):
                break
            i = span.start - 1  # "Dana Whitlock, a former Oracle executive": the employer before the noun
        while (
            i - 1 >= sent.start
            and doc[i - 1].text != ","
            and (
                doc[i - 1].pos_ in ("DET", "ADJ", "NUM")
                or doc[i - 1].lower_ in self.possessives
                or doc[i - 1].lower_ in ("et", "ex", "-", "and", "'s", "’s")
                or (doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower)  # "Amazon's cloud unit"
                or doc[i - 1].lower_ in self.based_words  # "the San Francisco-based developer"
                or (
                    i - 1 in resolver.index
                    and resolver.index[i - 1].label_ == "Place"
                    and i < len(doc)
                    and doc[i].text == "-"
                )
                or (i - 1 in resolver.index and i < len(doc) and doc[i].lower_ in ("'s", "’s"))
            )
        ):
            i -= 1
            if i in resolver.index and resolver.index[i].label_ == "Place" and doc[i + 1].text == "-":
                i = resolver.index[i].start  # "the San Francisco-based developer"
            while self.noun_premodifiers and i - 1 >= sent.start and resolver.mention_at(i - 1) is not None:
                # "Dana Whitlock, a former Oracle executive": the employer before the noun
                span = resolver.mention_at(i - 1)
                if (
                    span.label_ != "Organization"
                    or span.start - 1 < sent.start
                    or doc[span.start - 1].pos_ not in ("DET", "ADJ")
                    or doc[i].pos_ not in ("NOUN", "ADJ")
                ):
                    break
                i = span.start - 1
        if i - 1 >= sent.start and doc[i - 1].text in (",", "(", "–", "—") and i - 2 >= sent.start:
            span = resolver.mention_at(i - 2)
            if span is not None and noun.morph.get("Number") == ["Plur"] and span.root.dep_ == "conj":
                # "Lena Vogt and Tobias Reindl, two former SAP engineers": a plural noun is borne by
                # every conjunct
                first = span.root
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head
                found = resolver.resolve(first, types, coordinated=True)
                if len(found) > 1:
                    return found
            found = resolver.resolve(doc[span.start] if span is not None else doc[i - 2], types, coordinated=False)
            if found:
                return found
        # directly before: "l'ex-PDG" no; "le PDG X" after the complement: "le PDG d'OpenAI, Sam Altman"
        if i - 1 < sent.start or doc[i - 1].text != ",":
            after = self._name_after_complement(noun, resolver, types)
            if after:
                return after
        # "Lumenfold's most direct rival is Pelagos Code": the noun is the subject of a copula
        if noun.dep_.startswith("nsubj") and noun.head.lemma_.lower() in (
            "be",
            "être",
            "rester",
            "remain",
            "devenir",
            "become",
        ):
            for child in noun.head.children:
                if child.dep_ in ("attr", "acomp", "xcomp", "obj", "oprd") and child.i > noun.i:
                    found = resolver.resolve(child, types)
                    if found:
                        return found
        # copula: "X est le PDG de Y", "dont il était le PDG"
        for child in noun.children:
            if child.dep_.startswith("nsubj") and any(c.dep_ == "cop" for c in noun.children):
                found = resolver.resolve(child, types)
                if found:
                    return found
        # "X considère Y comme un concurrent", "X a ajouté Y à sa liste de concurrents", "X a nommé Y PDG":
        # the object of the governing verb bears the noun
        governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None and noun.dep_ not in ("obj", "dobj"):
            for child in governor.children:
                if (
                    child.dep_ == "obj"
                    or (child.dep_ == "dobj" and (noun.head.lower_ == "as" or noun.dep_ in ("oprd", "xcomp", "ccomp")))
                ) and child.i < noun.i:
                    found = resolver.resolve(child, types)
                    if found:
                        return found
        # "en tant que cofondateur de X", "comme PDG de X", "X est devenu PDG de Y": the subject of
        # the verb, but only when the noun is predicated of it
        if self._predicative(noun):
            return self._governor_subject(noun, resolver, types)
        return []

    def _predicative(self, noun: Token) -> bool:
        doc = noun.doc
        if any(c.dep_ == "cop" for c in noun.children) or noun.dep_ in ("xcomp", "ROOT", "attr", "oprd"):
            return True
        before = " ".join(t.lower_ for t in doc[max(noun.sent.start, noun.i - 4) : noun.i])
        return any(before.endswith(marker) or f"{marker} " in before + " " for marker in self.predicative_markers)

    def _name_after_complement(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        doc = noun.doc
        j = noun.i + 1
        end = min(noun.sent.end, noun.i + 9)
        seen_complement = False
        while j < end:
            span = resolver.mention_at(j)
            if span is not None:
                if (
                    all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in doc[noun.i + 1 : j])
                    and j - noun.i <= 3
                    and resolver.type_of(span.kb_id_) in types
                ):
                    # "chief executive Jensen Huang": the bearer right after the noun
                    return resolver.resolve(doc[span.start], types)
                if (
                    seen_complement
                    or span.label_ in types
                    and resolver.type_of(span.kb_id_) in types
                    and not seen_complement
                    and doc[j - 1].text == ","
                ):
                    found = resolver.resolve(doc[span.start], types)
                    if found:
                        return found
                seen_complement = True
                j = span.end
                if j < end and doc[j].text == ",":
                    j += 1
                continue
            if seen_complement and doc[j].text[:1].isupper() and doc[j - 1].text == ",":
                # "le directeur général d'Altéris, Hugo Lemarchand": a name the NER missed
                found = resolver.resolve(doc[j], types)
                if found:
                    return found
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", ".", "("):
                break
            j += 1
        return []

    def _has_nearby(self, token: Token, list_name: str, window: int = 25) -> bool:
        words = self.lists.get(list_name, set())
        doc = token.doc
        lo, hi = max(token.sent.start, token.i - 2), min(token.sent.end, token.i + window)
        return any(t.lower_ in words or t.lemma_.lower() in words for t in doc[lo:hi])

    @staticmethod
    def _paragraph_topic(i: int, resolver: Resolver, types: set[str]) -> list[Referent]:
        """The first organisation named in the paragraph of token ``i`` (what the paragraph is about)."""
        doc = resolver.doc
        start = i
        while start > 0 and "\n" not in doc[start - 1].text_with_ws and "\n" not in doc[start - 1].text:
            start -= 1
        if doc[start].pos_ == "PROPN" and start < i:
            found = resolver.resolve(doc[start], types, coordinated=False)  # a name the NER missed
            if found:
                return [Referent(found[0].key, PRONOUN, found[0].token)]
        for span in resolver.mentions:
            if start <= span.start < i and span.label_ in types:
                return [Referent(span.kb_id_, PRONOUN, span.start)]
        # "The New York-based startup, which ...": a description as the paragraph's first subject
        subject = next((c for c in doc[start].sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i), None)
        if subject is not None and subject.pos_ == "NOUN":
            found = resolver.resolve(subject, types, coordinated=False)
            if found:
                return [Referent(found[0].key, PRONOUN * found[0].factor, found[0].token)]
        return []

    def _round_noun(self, token: Token) -> bool:
        return any(
            len(words) == 1 and words[0] in (token.lower_, token.lemma_.lower()) for words in self.round_nouns
        ) or any(
            len(words) > 1
            and words[-1] in (token.lower_, token.lemma_.lower())
            and tuple(t.lower_ for t in token.doc[max(0, token.i - len(words) + 1) : token.i + 1]) == words
            for words in self.round_nouns
        )

    def _earlier_round_target(self, noun: Token) -> list[Referent]:
        """A definite round noun with no complement ("the round was led by X", "Y took part in the
        round"): the company whose funding the article reported last, a few sentences back at most."""
        doc = noun.doc
        target = doc.user_data.get("kg_round_target")
        if target is None or not any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "le", "la", "l'", "ce", "cette", "ce")
            for c in noun.children
        ):
            return []
        key, n, trigger = target
        here = self._sent_index.get(noun.sent.start, 0)
        if here - n > self.round_anaphora_sentences or trigger >= noun.i:
            return []
        return [Referent(key, PRONOUN, noun.i)]

    def _round_object(self, verb: Token, resolver: Resolver) -> list[Referent]:
        """ "took part in the round", "joined the company's Series B": the company of the round the
        verb's object or prepositional object names."""
        orgs = {"Organization", "Company"}
        for child in verb.children:
            nouns = (
                [child]
                if child.dep_ in ("obj", "dobj", "obl", "obl:arg")
                else [g for g in child.children if g.dep_ == "pobj"]
                if child.dep_ == "prep"
                else []
            )
            for noun in nouns:
                if not self._round_noun(noun) and not any(
                    c.dep_ == "compound" and self._round_noun(c) for c in noun.children
                ):
                    continue  # "led Corvane's Series B": the letter heads the round noun
                found = (
                    self._prepositional(noun, resolver, orgs, self.round_targets, window=4)
                    or self._possessor(noun, resolver, orgs)
                    or self._complement_owner(noun, resolver, orgs)
                    or self._earlier_round_target(noun)
                )
                if found:
                    return found
        return []

    def _complement_owner(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "Feldmark's Series B": a name in the possessive before the noun."""
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ not in self.possessives:
                return resolver.resolve(child, types, coordinated=False)
        return []

    def _round(self, token: Token, resolver: Resolver) -> list[Fact]:
        """A funding round noun with its investors (see ``rounds`` in patterns.yaml)."""
        doc = token.doc
        if token.lower_ not in self._round_first_words and token.lemma_.lower() not in self._round_first_words:
            return []
        for words in self.round_nouns:
            window = doc[token.i : token.i + len(words)]
            if len(window) == len(words) and all(
                w in (t.lower_, t.lemma_.lower()) for w, t in zip(words, window, strict=False)
            ):
                break
        else:
            return []
        if token.i > 0 and " ".join(t.lower_ for t in doc[token.i - 1 : token.i + 1]) in {
            " ".join(w) for w in self.round_nouns
        }:
            return []  # the second word of a longer round noun
        noun = window[-1] if len(window) > 1 and window[-1].pos_ == "NOUN" else window[0]
        orgs = {"Organization", "Company", "Person"}
        # "a funding round in Feldmark AI" names the company raising, whoever is the verb's subject
        investees = self._prepositional(window[-1], resolver, {"Organization", "Company"}, self.round_targets, window=4)
        if not investees:
            investees = (
                self._governor_subject(window[0], resolver, {"Organization", "Company"})
                if window[0].dep_ not in ("nsubj", "nsubj:pass")
                else []
            )
        if not investees:
            investees = (
                self._prepositional(window[-1], resolver, {"Organization", "Company"}, self.round_targets)
                or self._possessor(window[0], resolver, {"Organization", "Company"})
                or self._earlier_round_target(window[0])
            )
        if not investees:
            return []
        doc.user_data["kg_round_target"] = (investees[0].key, self._sent_index.get(token.sent.start, 0), token.i)
        investors: list[Referent] = []
        start = window[-1].i + 1
        for phrase in self.round_investor_phrases:
            words = tuple(phrase.replace("'", "' ").split())
            for j in range(start, token.sent.end - len(words) + 1):
                if tuple(resolver.lowers[j : j + len(words)]) == words:
                    k = j + len(words)
                    while k < token.sent.end and doc[k].pos_ == "DET":
                        k += 1
                    # "with participation from existing backer Spreeblick Ventures": a bare title before the name
                    t = k
                    while (
                        self.titles_before_names
                        and t < token.sent.end
                        and t - k < 4
                        and doc[t].is_lower
                        and (doc[t].pos_ in ("NOUN", "ADJ") or doc[t].tag_ in ("VBG", "VBN"))
                        and resolver.mention_at(t) is None
                    ):
                        t += 1
                    if t > k and t < token.sent.end and resolver.mention_at(t) is not None:
                        k = t
                    owner = resolver.mention_at(k) if k < token.sent.end else None
                    if owner is not None and owner.end + 1 < token.sent.end and doc[owner.end].lower_ in ("'s", "’s"):
                        k = owner.end + 1  # "along with Amazon's Industrial Innovation Fund": the fund invests
                    if k < token.sent.end and (words not in (("et",), ("and",)) or investors):
                        for r in resolver.resolve(doc[k], orgs):
                            if r.key not in {i.key for i in investors}:
                                investors.append(r)
        investors += [
            r for r in self._round_companions(window[-1], resolver, orgs) if r.key not in {i.key for i in investors}
        ]
        if not investors:
            return []
        return self._make(
            f"{self.lang}/investedIn.round",
            "investedIn",
            investors,
            investees,
            noun,
            self.round_confidence,
            resolver,
            "Investment",
        )

    def _round_companions(self, last: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        """ "... in a round led by X, with Y also taking part", "with the state agency Z also investing":
        an absolute clause after the round noun whose subject joins the round (``rounds.companions``)."""
        doc = last.doc
        found: list[Referent] = []
        if not self.round_companion_verbs:
            return found
        end = last.sent.end
        for j in range(last.i + 1, end - 2):
            if doc[j].lower_ not in self.round_companion_preps:
                continue
            k = j + 1
            while (
                k < end
                and k - j < 5
                and resolver.mention_at(k) is None
                and (doc[k].pos_ == "DET" or doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"))
            ):
                k += 1
            span = resolver.mention_at(k) if k < end else None
            if span is None:
                continue
            m = span.end
            while m < end and doc[m].pos_ in ("ADV", "PART") and m - span.end < 3:
                m += 1
            if (
                m < end
                and doc[m].tag_ == "VBG"
                or (m < end and "Part" in doc[m].morph.get("VerbForm") and "Pres" in doc[m].morph.get("Tense"))
            ):
                lemma = doc[m].lemma_.lower()
                if (
                    lemma in self.round_companion_verbs
                    or " ".join([lemma] + [t.lower_ for t in doc[m + 1 : m + 2]]) in self.round_companion_verbs
                ):
                    found += [r for r in resolver.resolve(doc[k], types) if r.key not in {f.key for f in found}]
        return found

    # -- built-in ways of saying a location or an owner ------------------------------------------
    def _location(self, token: Token, resolver: Resolver) -> list[Fact]:
        """ "OpenAI, basé à San Francisco", "X est installée dans le New Jersey", "son siège à Paris"."""
        doc = token.doc
        places = self._prepositional(token, resolver, {"Place"}, self.location_preps)
        if (
            not places
            and token.i >= 2
            and doc[token.i - 1].text == "-"
            and resolver.mention_at(token.i - 2) is not None
            and resolver.mention_at(token.i - 2).label_ == "Place"
        ):
            # "a Toronto-based startup", "San Francisco-based OpenAI"
            place = resolver.mention_at(token.i - 2)
            places = [Referent(place.kb_id_, DIRECT, place.start)]
            before = (
                resolver.mention_at(place.start - 2) if place.start >= 2 and doc[place.start - 1].text == "," else None
            )
            if before is not None and before.label_ == "Place":
                # "the Santa Clara, California-based company": the town and its region
                places.append(Referent(before.kb_id_, DIRECT, before.start))
                place = before
            orgs = {"Organization", "Company"}
            holders = []
            after = resolver.mention_at(token.i + 1)
            np_start = place.start
            while np_start - 1 > token.sent.start and doc[np_start - 1].pos_ == "DET":
                np_start -= 1
            if after is not None:
                holders = resolver.resolve(doc[after.start], orgs, coordinated=False)
            elif np_start - 2 >= token.sent.start and doc[np_start - 1].text == ",":
                # "Tindra AI, an Oslo-based startup": the name the description is in apposition to
                holders = resolver.resolve(doc[np_start - 2], orgs, coordinated=False)
            else:
                j = token.i + 1
                while (
                    j < token.sent.end
                    and (doc[j].pos_ in ("ADJ", "NOUN") or self._descriptor_type(doc[j]))
                    and doc[j].is_lower
                    and j - token.i < 4
                ):
                    j += 1
                if j < token.sent.end and resolver.mention_at(j) is not None:
                    holders = resolver.resolve(doc[j], orgs, coordinated=False)
                elif j - 1 > token.i:
                    holders = resolver.resolve(doc[j - 1], orgs, coordinated=False)
            return self._make(
                f"{self.lang}/locatedIn.based", "locatedIn", holders, places, token, self.location_confidence, resolver
            )
        if not places:
            return []
        orgs = {"Organization", "Company"}
        holders = []
        if token.i >= 2 and doc[token.i - 1].text == "," and resolver.mention_at(token.i - 2) is not None:
            # "OpenAI, basé à San Francisco": the name before the comma, whatever the parser attached
            holders = resolver.resolve(doc[token.i - 2], orgs, coordinated=False)
        if not holders and (token.pos_ in ("VERB", "AUX", "ADJ") or self._participle_lemma(token)):
            holders = self._subjects(token, resolver, orgs)
        if not holders:
            holders = self._holders(token, resolver, orgs)
        facts = self._make(
            f"{self.lang}/locatedIn.verb", "locatedIn", holders, places, token, self.location_confidence, resolver
        )
        for f in facts:
            doc.user_data["kg_locations"].setdefault(f.subject, set()).add(f.object)
        return facts

    def _nationalities(self, sent: Span, resolver: Resolver, facts: list[Fact]) -> None:
        """ "la startup chinoise DeepSeek", "DeepSeek, la start-up chinoise", "l'américain OpenAI"."""
        doc = sent.doc
        entities = doc._.kg_entities
        lowers = resolver.lowers
        for i in range(sent.start, sent.end):
            lower = lowers[i]
            # "franco-américaine" names two countries
            places = (
                [self.nationalities[p] for p in lower.split("-") if p in self.nationalities]
                if "-" in lower
                else ([self.nationalities[lower]] if lower in self.nationalities else [])
            )
            for place in places:
                self._nationality(doc[i], place, sent, resolver, facts, entities)

    def _nationality(
        self, token: Token, place: str, sent: Span, resolver: Resolver, facts: list[Fact], entities
    ) -> None:
        doc = sent.doc
        holder = None
        # the name after the descriptor: "la startup chinoise DeepSeek" / "l'américain OpenAI"
        for j in range(token.i + 1, min(sent.end, token.i + 5)):
            span = resolver.mention_at(j)
            if span is not None:
                holder = span
                break
            if (
                doc[j].pos_ not in ("ADJ", "NOUN") and doc[j].text != "-" and self._descriptor_type(doc[j]) is None
            ) or doc[j].text == ",":
                break
        if holder is None:
            # a descriptor before the adjective: "DeepSeek, la startup chinoise,"
            k = token.i - 1
            if k >= sent.start and (doc[k].lemma_.lower() in self.descriptors or doc[k].lower_ in self.descriptors):
                found = resolver.resolve(doc[k], {"Organization", "Company"})
                if found:
                    holder = resolver.mention_at(found[0].token)
        if holder is None:
            # "Nimbostrat, an Icelandic data-centre operator": the description is in apposition
            k = token.i
            while k - 1 > sent.start and doc[k - 1].pos_ in ("DET", "ADJ") and doc[k - 1].text != ",":
                k -= 1
            if k - 2 >= sent.start and doc[k - 1].text == "," and doc[k].pos_ == "DET":
                found = resolver.resolve(doc[k - 2], {"Organization", "Company"}, coordinated=False)
                if found:
                    holder = resolver.mention_at(found[0].token)
        if (
            holder is None
            and self.noun_premodifiers
            and token.head.dep_.startswith("nsubj")
            and token.dep_ == "amod"
            and self._descriptor_type(token.head) == "Organization"
            and any(c.dep_ == "det" and c.lower_ in self.definite for c in token.head.children)
        ):
            # "Last year the French startup raised ...": a definite description, subject of its clause
            found = resolver.resolve(token.head, {"Organization", "Company"}, coordinated=False)
            if found and found[0].factor >= DESCRIPTION_FACTOR:
                holder = resolver.mention_at(found[0].token)
        if holder is None or resolver.type_of(holder.kb_id_) not in ("Organization", "Company"):
            return
        # "la startup allemande X" is about X; "le rival américain de X" is not a descriptor of X
        from knowgraph.mentions.gazetteer import default_gazetteer

        entry = default_gazetteer().get(place)
        if entry is None:
            return
        if place not in entities:
            entities[place] = Entity(
                place, entry.name, entry.type, entry.qid, set(entry.kinds), known=True, first_token=token.i
            )
        doc.user_data["kg_locations"].setdefault(holder.kb_id_, set()).add(place)
        facts.extend(
            self._make(
                f"{self.lang}/locatedIn.nationality",
                "locatedIn",
                [Referent(holder.kb_id_, DIRECT, holder.start)],
                [Referent(place, DIRECT, token.i)],
                token,
                0.85,
                resolver,
            )
        )

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
            # genitive: "X de Microsoft", "la famille de modèles GPT de la startup"
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
                elif (
                    k == span.start - 1
                    and k - 2 > sent.start
                    and doc[k].text == ","
                    and self._descriptor_type(doc[k - 1]) == span.label_
                ):
                    # "The startup's flagship model, Tern-2, ...": the name in apposition to a possessed descriptor
                    m = k - 2
                    while m > sent.start and doc[m].pos_ in ("NOUN", "ADJ") and doc[m].is_lower and k - m < 4:
                        m -= 1
                    if m > sent.start and doc[m].lower_ in ("'s", "’s"):
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
                if k > sent.start and doc[k].text == ",":
                    k -= 1  # "Son modèle phare, Orbis"
                while (
                    k >= sent.start
                    and k >= span.start - 7
                    and (
                        doc[k].pos_ in ("ADJ", "NOUN")
                        or doc[k].lower_ in ("de", "d'")
                        or doc[k].text == "-"
                        and k < span.start - 2
                    )
                    and doc[k].lower_ not in self.possessives
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
                elif k >= sent.start and doc[k].lower_ in self.possessives and k < span.start - 1:
                    owners = self._governor_subject(doc[k + 1], resolver, org_types) or resolver._recent(
                        k, org_types, set(), PRONOUN, prefer_subject=True
                    )
                    rule = "developedBy.possessive"
                elif (
                    self.noun_premodifiers
                    and span.start - 1 >= sent.start
                    and doc[span.start - 1].lower_ in self.possessives
                    and j < sent.end
                    and self._descriptor_type(doc[j]) == span.label_
                ):
                    # "Alibaba has turned its Qwen family into ...": the name before its descriptor
                    governor = next((a for a in doc[j].ancestors if a.pos_ in ("VERB", "AUX")), None)
                    owners = (
                        (
                            (
                                self._governor_subject(doc[j], resolver, org_types)
                                if governor is not None and governor.dep_ in ("relcl", "acl:relcl")
                                else []
                            )  # "AWS, which lists Weft in its Bedrock catalogue"
                            or resolver._recent(span.start - 1, org_types, set(), PRONOUN, prefer_subject=True)
                        )
                        if doc[span.start - 1].lower_ not in resolver.relatives
                        else resolver.resolve(doc[span.start - 1], org_types, coordinated=False)
                    )  # "the startup, whose Tern-2 models"
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
                    and doc[k].lower_ in ("'s", "’s")
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
                and doc[j + 1].lower_ in self.possessives
                and self._descriptor_type(doc[j + 2]) in ("Product", "AIModel")
            ):
                # "Azure, sa plateforme cloud": the owner is the subject of the clause
                owners = self._governor_subject(doc[span.start], resolver, org_types) or resolver._recent(
                    j + 1, org_types, set(), PRONOUN, prefer_subject=True
                )
                rule = "developedBy.possessive"
            if owners:
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

    def _located_appositions(self, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "Nabla, à Paris, ..." and "Nexalia (Lyon)": a place in apposition to an organisation."""
        doc = sent.doc
        facts = []
        for place in [
            m
            for m in resolver.mentions_in(sent.start, sent.end)
            if sent.start + 3 <= m.start < sent.end - 1 and m.label_ == "Place"
        ]:
            # a name the NER missed before ", à Paris,"
            k = place.start - 1
            while k > sent.start and doc[k].pos_ == "DET":
                k -= 1
            if (
                doc[k].lower_ in self.location_preps
                and doc[k - 1].text == ","
                and k - 2 >= sent.start
                and resolver.mention_at(k - 2) is None
                and place.end < sent.end
                and doc[place.end].text == ","
            ):
                resolver.resolve(doc[k - 2], {"Organization", "Company"}, coordinated=False)
        for span in resolver.mentions_in(sent.start, sent.end):
            if span.start < sent.start or span.end >= sent.end or span.label_ != "Organization":
                continue
            j = span.end
            if span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s") and span.start - 2 >= sent.start:
                # "Oslo's Tindra AI"
                place = resolver.mention_at(span.start - 2)
                if place is not None and place.label_ == "Place":
                    facts += self._make(
                        f"{self.lang}/locatedIn.possessive",
                        "locatedIn",
                        [Referent(span.kb_id_, DIRECT, span.start)],
                        [Referent(place.kb_id_, DIRECT, place.start)],
                        doc[span.start - 1],
                        0.8,
                        resolver,
                        status=ASSERTED,
                    )
            if span.end >= sent.end - 2:
                continue
            if doc[j].lower_ in ("'s", "’s"):
                # "Meta's Mark Zuckerberg", "Cindervale's Aoife Brennan": the person works there
                person = resolver.mention_at(j + 1)
                if person is not None and person.label_ == "Person" and person.start == j + 1:
                    facts += self._make(
                        f"{self.lang}/worksFor.possessor",
                        "worksFor",
                        [Referent(person.kb_id_, DIRECT, person.start)],
                        [Referent(span.kb_id_, DIRECT, span.start)],
                        doc[j],
                        0.75,
                        resolver,
                    )
                elif (
                    person is not None
                    and person.label_ == "Organization"
                    and person.start == j + 1
                    and person.kb_id_ != span.kb_id_
                ):
                    # "Alphabet's Google", "Amazon's Industrial Innovation Fund": a unit named by its owner
                    facts += self._make(
                        f"{self.lang}/subsidiaryOf.possessor",
                        "subsidiaryOf",
                        [Referent(person.kb_id_, DIRECT, person.start)],
                        [Referent(span.kb_id_, DIRECT, span.start)],
                        doc[j],
                        0.7,
                        resolver,
                    )
            if doc[j].text == "(":
                place = resolver.mention_at(j + 1)
                if (
                    place is not None
                    and place.label_ == "Place"
                    and place.end < sent.end
                    and doc[place.end].text == ")"
                ):
                    facts += self._make(
                        f"{self.lang}/locatedIn.apposition",
                        "locatedIn",
                        [Referent(span.kb_id_, DIRECT, span.start)],
                        [Referent(place.kb_id_, DIRECT, place.start)],
                        doc[j],
                        0.8,
                        resolver,
                        status=ASSERTED,
                    )
            elif doc[j].text == "," and doc[j + 1].lower_ in self.location_preps:
                k = j + 2
                while k < sent.end and doc[k].pos_ == "DET":
                    k += 1
                place = resolver.mention_at(k) if k < sent.end else None
                if (
                    place is not None
                    and place.label_ == "Place"
                    and place.end < sent.end
                    and doc[place.end].text in (",", ")")
                ):
                    facts += self._make(
                        f"{self.lang}/locatedIn.apposition",
                        "locatedIn",
                        [Referent(span.kb_id_, DIRECT, span.start)],
                        [Referent(place.kb_id_, DIRECT, place.start)],
                        doc[j + 1],
                        0.8,
                        resolver,
                        status=ASSERTED,
                    )
        return facts

    def _located_descriptions(self, sent: Span, resolver: Resolver) -> list[Fact]:
        """ "la firme de Redmond" names a company by its home town: locatedIn, once resolved."""
        doc = sent.doc
        facts = []
        if self.noun_premodifiers:
            # "the Redmond firm", "a Dublin startup", "the Manhattan law firm": the town before the noun
            for place in [
                m
                for m in resolver.mentions_in(sent.start, sent.end)
                if sent.start <= m.start and m.end < sent.end and m.label_ == "Place"
            ]:
                if doc[place.end].text not in ("-", "'s", "’s") and "country" in resolver.entity(place.kb_id_).kinds:
                    # "U.S. procurement software maker Coupa": a country before a descriptor and its name
                    j = place.end
                    while (
                        j < sent.end - 1
                        and j - place.end < 4
                        and doc[j].is_lower
                        and doc[j].pos_ in ("NOUN", "ADJ")
                        and (self._descriptor_type(doc[j]) is None or doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN")
                    ):
                        j += 1
                    name = resolver.mention_at(j + 1) if j + 1 < sent.end else None
                    if (
                        j > place.end
                        and self._descriptor_type(doc[j]) == "Organization"
                        and name is not None
                        and name.start == j + 1
                        and name.label_ == "Organization"
                    ):
                        facts += self._make(
                            f"{self.lang}/locatedIn.premodifier",
                            "locatedIn",
                            [Referent(name.kb_id_, DIRECT, name.start)],
                            [Referent(place.kb_id_, DIRECT, place.start)],
                            doc[j],
                            0.75,
                            resolver,
                            status=ASSERTED,
                        )
                        continue
                if (
                    place.start == sent.start
                    or doc[place.start - 1].pos_ != "DET"
                    or doc[place.end].text in ("-", "'s", "’s")
                ):
                    continue
                org = resolver.mention_at(place.end)
                if (
                    org is not None
                    and org.start == place.end
                    and org.label_ == "Organization"
                    and "country" in resolver.entity(place.kb_id_).kinds
                ):
                    # "the U.S. Federal Trade Commission": a country name before an organisation's name
                    facts += self._make(
                        f"{self.lang}/locatedIn.premodifier",
                        "locatedIn",
                        [Referent(org.kb_id_, DIRECT, org.start)],
                        [Referent(place.kb_id_, DIRECT, place.start)],
                        doc[place.start],
                        0.75,
                        resolver,
                        status=ASSERTED,
                    )
                    continue
                j = place.end
                while (
                    j < sent.end - 1
                    and j - place.end < 4
                    and (doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") or doc[j].text == "-")
                    and (self._descriptor_type(doc[j]) is None or self._descriptor_type(doc[j + 1]) is not None)
                ):
                    j += 1
                if self._descriptor_type(doc[j]) != "Organization" or doc[j].tag_ in ("NNS", "NNPS"):
                    continue
                orgs = {"Organization", "Company"}
                if place.start - 3 >= sent.start and doc[place.start - 2].text == ",":
                    found = resolver.resolve(doc[place.start - 3], orgs, coordinated=False)  # "X, the Paris company"
                elif j + 2 < sent.end and doc[j + 1].text == "," and resolver.mention_at(j + 2) is not None:
                    found = resolver.resolve(doc[j + 2], orgs, coordinated=False)  # "a Lisbon startup, Ondaluz,"
                elif doc[place.start - 1].lower_ in self.definite:
                    # "the London lab": named earlier; one known to be there first, never one known to be elsewhere
                    info = self.descriptors.get(doc[j].lemma_.lower()) or self.descriptors.get(doc[j].lower_) or {}
                    found = resolver._salient(
                        doc[j].i, orgs, set(), kinds=set(info.get("kinds") or ()), place=place.kb_id_
                    ) or [
                        r
                        for r in resolver.resolve(doc[j], orgs, coordinated=False)
                        if resolver.entity(r.key).hq in (None, place.kb_id_)
                        or "city" not in resolver.entity(place.kb_id_).kinds
                    ]
                else:
                    found = []
                if found:
                    facts += self._make(
                        f"{self.lang}/locatedIn.description",
                        "locatedIn",
                        found[:1],
                        [Referent(place.kb_id_, DIRECT, place.start)],
                        doc[j],
                        0.75,
                        resolver,
                        status=ASSERTED,
                    )
        for i in range(sent.start, sent.end):
            info = self.descriptors.get(resolver.lemmas[i]) or self.descriptors.get(resolver.lowers[i])
            if not info or info["type"] != "Organization" or i + 2 >= sent.end:
                continue
            token = doc[i]
            if doc[token.i + 1].lower_ not in self.genitive:
                continue
            place = resolver.mention_at(token.i + 2)
            if place is None or place.label_ != "Place":
                continue
            found = resolver.resolve(token, {"Organization", "Company"}, coordinated=False)
            if found:
                facts += self._make(
                    f"{self.lang}/locatedIn.description",
                    "locatedIn",
                    found[:1],
                    [Referent(place.kb_id_, DIRECT, place.start)],
                    token,
                    0.75,
                    resolver,
                    status=ASSERTED,
                )
        return facts


def sentence_bounds(sent: Span) -> tuple[int, int]:
    """Character offsets of a sentence without the white space around it in the original text
    (the period that ends an unpunctuated headline in the analysed text is a line break there)."""
    text = source_text(sent.doc)[sent.start_char : sent.end_char]
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return start, max(end, start + 1)


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object, status, sentence): the most confident rule wins."""
    best: dict[tuple, Fact] = {}
    for f in facts:
        key = (f.subject, f.relation, f.object, f.status, f.start)
        if key not in best or f.confidence > best[key].confidence:
            best[key] = f
    return sorted(best.values(), key=lambda f: (f.start, f.trigger, f.relation, f.subject, f.object))


@Language.factory("knowgraph_relations", default_config={"lang": "fr"})
def make_relation_extractor(nlp: Language, name: str, lang: str) -> RelationExtractor:
    """spaCy factory for :class:`RelationExtractor` (after ``knowgraph_mentions``)."""
    return RelationExtractor(nlp, lang)
