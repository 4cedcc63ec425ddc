"""Verb frames: a trigger verb of ``patterns.yaml`` with its subject, object and prepositional arguments,
active or passive, with co-agents, coordinated subjects and the project a partnership is about.

    "Microsoft a racheté la start-up Nexalia en 2024." -> acquired(microsoft, nexalia)
    "Nexalia a été fondée par Léa Martin et Paul Roy." -> foundedBy(nexalia, léa martin), (nexalia, paul roy)
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.compute_deals import supplies_signer
from knowgraph.facts.relations.deal_anaphora import investing_subjects
from knowgraph.facts.relations.facts import LINEAR_FALLBACK, Fact
from knowgraph.facts.relations.named_makers import maker_in_name, organisation_forms
from knowgraph.facts.relations.partner_subjects import coordinated_before, repeated_preposition
from knowgraph.facts.relations.person_titles import task_object
from knowgraph.facts.relations.round_investors import listed_backers
from knowgraph.facts.relations.rules import Pattern
from knowgraph.facts.relations.title_parts import led_part_owners
from knowgraph.facts.relations.verb_passives import PassiveFrames
from knowgraph.mentions.coref import LINKED, PRONOUN, Referent, Resolver
from knowgraph.mentions.known_makers import known_maker_in_name
from knowgraph.rdf.vocabulary import SYMMETRIC

#: the relations of a company bought or owned: never said of a company whose things are ("Nvidia chips")
OWNERSHIP = ("acquired", "subsidiaryOf")


class VerbFrames(PassiveFrames):
    """The verb patterns (``verbs`` in patterns.yaml); the passive voice and its arguments are read by the
    mixin :class:`~knowgraph.facts.relations.verb_passives.PassiveFrames`."""

    frame_kind = "verb"

    def _cloud_makers(
        self, verb: Token, pattern: Pattern, resolver: Resolver, types: set[str], exclude: set[str]
    ) -> list[Referent]:
        """ "Anthropic trains its models on Google Cloud", "Figure moves its training to Microsoft Azure": the
        compute comes from the maker of the cloud product named (by its name or stated earlier)."""
        clouds = [
            r
            for spec in pattern.patient
            for r in (
                # "utilise le cloud Azure de Microsoft": the cloud product is the direct object
                self._direct_object(verb, resolver, {"Product"}, exclude=exclude)
                if spec == "direct"
                else self._prepositional(verb, resolver, {"Product"}, (spec,), exclude=exclude)
            )
        ]
        if not clouds:
            return []
        makers = organisation_forms(verb.doc)
        found = []
        for cloud in clouds:
            span = resolver.mention_at(cloud.token)
            # the article's organisation the name begins with, or a known one ("on Microsoft Azure")
            maker = (maker_in_name(span, makers) or known_maker_in_name(span)) if span is not None else None
            if (
                maker is None
                and span is not None
                and span.end + 1 < verb.sent.end
                and verb.doc[span.end].lower_ in self.genitive
            ):
                after = resolver.mention_at(span.end + 1)  # "l'offre cloud Nimbus de Kernwerk"
                maker = after.kb_id_ if after is not None and after.start == span.end + 1 else None
            if maker is not None and resolver.type_of(maker) in types and maker not in exclude:
                found.append(Referent(maker, cloud.factor * LINEAR_FALLBACK, cloud.token))
        return found or [r for r in self._developers_of(clouds, verb.doc, types, resolver) if r.key not in exclude]

    def _compute_owners(
        self, verb: Token, pattern: Pattern, resolver: Resolver, types: set[str], exclude: set[str]
    ) -> list[Referent]:
        """ "entraîne ses modèles sur les serveurs de X", "trains on X's GPUs": no cloud product named, but a
        compute noun (``compute``) in the verb's slot with an organisation as its genitive complement."""
        return compute_owners(
            verb, pattern.patient, resolver, types, exclude, self.lists.get("compute", set()), self.genitive
        )

    def _named_in_subject(self, verb: Token) -> set[str]:
        """The past employers named inside the subject phrase of a verb whose object is a description ("Former
        Kernwerk researchers A and B started the company"): the description is another organisation, not theirs
        (a name as object is taken as written)."""
        resolver = self.context.resolver
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
        if obj is None or resolver.mention_at(obj.i) is not None or obj.pos_ == "PRON":
            return set()
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
        if subject is None:
            return set()
        head = resolver.mention_at(subject.i)
        former = self.lists.get("former_words", set()) | self.lists.get("former_title_words", set())
        doc = verb.doc
        return {
            span.kb_id_
            for j in range(subject.left_edge.i, subject.right_edge.i + 1)
            if (span := resolver.mention_at(j)) is not None
            and span.start == j
            and span.label_ == "Organization"
            and (head is None or span.kb_id_ != head.kb_id_)
            # a past employer only ("Former Orbitron engineers"): "X, the chief executive of Y, co-founded the
            # company" is Y
            and any(t.lower_ in former for t in doc[max(subject.left_edge.i, j - 3) : j])
        }

    def _owner_of_thing_bought(self, verb: Token, referent: Referent) -> bool:
        """Is the name a modifier of the common noun the verb buys or owns ("bought Nvidia chips", "owns Nvidia
        shares", "is buying Orbitron's chip business"): the company's things, not the company? Not when the
        noun describes the company ("acquired the Orbitron startup")."""
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
        return (
            obj is not None
            and (obj.pos_ == "NOUN" and obj.is_lower or obj.lower_ in self.lists.get("compute", ()))  # "GPUs"
            and self.context.resolver.mention_at(obj.i) is None
            and self._descriptor_type(obj) != "Organization"
            and obj.left_edge.i <= referent.token < obj.i
        )

    def _passive_round(self, verb: Token, named: list[Referent]) -> bool:
        """Is what a passive verb of leading leads a funding round ("the round was led by X", "a Series B led by
        X"), not a company ("Dovetail, led by CEO Jane Roe, raised $20 million")?"""
        if named:
            return False
        led = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
        if (led is None or led.lower_ in self.context.resolver.relatives) and verb.dep_ in ("acl", "amod", "relcl"):
            led = verb.head  # "a round led by X", "the round, which was led by X"
        return led is not None and (
            self._round_noun(led) or any(c.dep_ == "compound" and self._round_noun(c) for c in led.children)
        )

    def watched_words(self) -> set[str]:
        return {word for word, patterns in self.patterns.items() if any(p.kind == self.frame_kind for p in patterns)}

    def at_trigger(self, head: Token, pattern: Pattern) -> list[Fact]:
        return self._verb(head, pattern, self.context.resolver)

    def _verb(self, verb: Token, pattern: Pattern, resolver: Resolver) -> list[Fact]:
        agent_types, patient_types = self._roles(pattern)
        named = self._participle_after_name(verb, resolver, patient_types)
        self._described = verb if named else None
        passive = self._passive_voice(verb, named)
        if pattern.passive_only and not passive:
            return []
        if (
            pattern.requires
            and not self._has_nearby(verb, pattern.requires)
            # "A a mené l'opération": a deal noun that takes up the raise reported just before is the funding
            and not (pattern.round_object and self._round_object(verb, resolver))
        ):
            return []
        if pattern.relation == "providesComputeTo" and supplies_signer(verb, resolver, self.lang):
            return []  # "a deal with B to supply the startup with GPUs": B supplies (compute_deals)
        if (passive and pattern.patient and "direct" not in pattern.patient) and (
            pattern.relation == "usesModel" or pattern.relation == "investedIn" and pattern.subject == "patient"
        ):
            # "Claude, built by Anthropic": a passive of "build on X" is no use of the subject; "les 50 millions
            # levés par X": the agent raises and the subject is the money, never an investor
            return []
        if (
            passive
            and pattern.relation == "worksFor"
            and pattern.subject == "agent"
            and "direct" not in pattern.patient
        ):
            return []  # "l'équipe, dirigée par X": the passive subject is what is run, not the employer "chez" names
        if passive:
            agents, patients = self._passive_arguments(verb, pattern, resolver, named, agent_types, patient_types)
            if pattern.round_object and not self._passive_round(verb, named):
                return []  # "Dovetail, led by CEO Jane Roe, raised $20 million": a company led, no round
            if pattern.round_object:
                # "A et B ont participé à un tour mené par C": who takes part in the round invests, never raises it
                patients = [p for p in patients if p.key not in investing_subjects(verb, resolver, self.lang)]
            if not patients:
                return [] if agents else self._compute_of_developer(verb, pattern, resolver, agent_types, patient_types)
            if agents and pattern.relation == "providesComputeTo" and "direct" not in pattern.patient:
                # "X's models were trained by Y", "trained on a cluster built by Y": the one who trains or buys is
                # the customer, and the thing passive's subject no provider
                return []
        else:
            instrument = (
                self._prepositional(verb, resolver, agent_types, pattern.instrument, window=6)
                if pattern.instrument
                and any(t.lower_ in pattern.instrument for t in verb.doc[verb.i + 1 : min(verb.sent.end, verb.i + 8)])
                else []
            )
            # "OpenAI is powering its ChatGPT app with GPT-4o": the model is the instrument, not the subject
            agents = instrument or self._subjects(verb, resolver, agent_types)
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
            if pattern.named_arguments and any(
                c.pos_ == "PRON" and c.lower_ not in resolver.relatives
                for c in verb.children
                if c.dep_ in ("obj", "dobj") or c.dep_.startswith("nsubj") and not instrument
            ):
                agents = []  # "Il alimente X", "the providers that power them": a pronoun's model or product is a guess
            if pattern.relation == "usesModel" and own is not None and own.lower_ in resolver.relatives:
                thing = thing_of_relative(verb, resolver, agent_types, self.genitive, self._descriptor_type)
                agents = agents if thing is None else thing
            if not agents and pattern.possessor_agent:
                # "Its agents run on Mistral Large": the company whose things they are
                node = verb
                while (
                    node.dep_ == "conj"
                    and node.head.i != node.i
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
                if spec == "direct" and pattern.relation == "ceoOf" and task_object(verb, resolver, self.descriptors):
                    # "a dirigé le développement de X", "leads the AI team of X": a task, not X itself; one who
                    # runs a named organisation's part works there
                    owners = led_part_owners(verb, resolver, self.lists.get("led_parts", set()))
                    if owners and agents:
                        rule = f"{self.lang}/worksFor.lead-part"
                        return self._make(rule, "worksFor", agents, owners, verb, 0.75, resolver)
                    continue
                if spec == "direct":
                    required = self.lists.get(pattern.requires or "", set())
                    if not any(
                        c.dep_ in ("obj", "dobj")
                        and (c.lower_ in required or c.lemma_.lower() in required)
                        and resolver.mention_at(c.i) is None  # "Brume Capital": a word of a name
                        for c in verb.children
                    ):
                        # "supply Nvidia GPUs to X": the object is what is supplied, not who gets it
                        patients += [
                            r
                            for r in self._direct_object(
                                verb,
                                resolver,
                                patient_types,
                                exclude=agent_keys | self._owners_of(agents, resolver) | self._named_in_subject(verb),
                            )
                            if not subject_of_next_clause(r, resolver)
                        ]
                        if pattern.relation in OWNERSHIP:
                            patients = [r for r in patients if not self._owner_of_thing_bought(verb, r)]
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
                    if spec != "direct" and pattern.relation in SYMMETRIC:
                        patients += repeated_preposition(
                            verb,
                            patients,
                            {spec},
                            resolver,
                            patient_types,
                            self.lists.get("partner_coordinators", set()),
                        )
                    break
            if not patients and pattern.relation == "partnerOf":
                patients = self._deal_counterparty(verb, resolver, patient_types, agent_keys)
            if not patients and agents and pattern.relation == "partnerOf" and self._has_nearby(verb, "compute"):
                # "Nexalia signed a pact with Kernwerk Cloud for more computing power", "Brintel s'allie à
                # Kernwerk Cloud pour entraîner ses modèles": a deal with a cloud is compute from its maker
                providers = self._cloud_makers(verb, pattern, resolver, {"Organization"}, agent_keys)
                if providers:
                    return self._make(
                        f"{self.lang}/providesComputeTo.cloud-deal",
                        "providesComputeTo",
                        providers,
                        agents,
                        verb,
                        0.75,
                        resolver,
                    )
            if not patients and pattern.relation == "providesComputeTo" and pattern.subject == "patient":
                patients = self._cloud_makers(
                    verb, pattern, resolver, patient_types, agent_keys
                ) or self._compute_owners(verb, pattern, resolver, patient_types, agent_keys)
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
            if pattern.round_object:
                # "Sequoia led the round" invests, "Sam Altman leads OpenAI, which raised $6 billion" does not
                patients = self._round_object(verb, resolver)
            if not patients and pattern.relation in SYMMETRIC:
                # "A, B, and C have joined forces": the names before the verb, when the parse lost some
                listed = coordinated_before(
                    verb,
                    resolver,
                    agent_types,
                    self.lists.get("partner_coordinators", set()),
                    self.lists.get("reflexive_pronouns", set()),
                    self.lists.get("partner_description_fields", set()),
                )
                if len(listed) > len(agents) and (
                    len(agents) < 2 or {a.key for a in agents} <= {r.key for r in listed}
                ):
                    agents = listed
            if (
                not patients
                and pattern.relation in SYMMETRIC
                and len(agents) >= 2
                and verb.dep_ not in ("amod", "compound", "nmod")
            ):
                # "OpenAI et Microsoft ont noué un partenariat": the coordinated subjects (not those of a
                # participle that describes a noun: "A and B have competing products" compete with others)
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
            if patients[0].key not in overlap:
                # "By partnering with Y, the group X hopes ...": the list after Y ran on into the main clause's
                # subject; the first complement is the patient, the subject stays the agent
                patients = [p for p in patients if p.key not in overlap]
            else:
                agents = [a for a in agents if a.key not in overlap]
                patients = [p for p in patients if p.key not in overlap]
        if patients and pattern.co_agents:
            # "cofonder Mistral AI avec Guillaume Lample et Timothée Lacroix"; co-founders without the subject
            # too ("avant de créer Nexalia aux côtés de A et B": an infinitive whose subject the parse lost)
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
        if agents and patients and pattern.relation == "investedIn" and not passive:
            agents = listed_backers(agents, resolver, self.lang, agent_types)
        if pattern.relation == "foundedBy" and verb.lemma_.lower() in self.lists.get("market_launch_verbs", ()):
            patients = [r for r in patients if not launched_in_a_market(r, resolver, self.lists)]
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
        if pattern.relation == "developedBy" and not passive and derived_version(verb, self.lists):
            return []
        status = pattern_status(verb, pattern)
        if pattern.subject == "agent":
            return self._make(
                pattern.rule,
                pattern.relation,
                agents,
                patients,
                verb,
                pattern.confidence,
                resolver,
                pattern.event,
                status,
            )
        return self._make(
            pattern.rule, pattern.relation, patients, agents, verb, pattern.confidence, resolver, pattern.event, status
        )


def derived_version(verb: Token, lists: dict[str, set[str]]) -> bool:
    """Is the verb's object a version derived from a model ("a fine-tuned version of Llama", "une version
    affinée de Llama": a partitive noun with a word of ``derived_versions`` on it or on its modifiers)?"""
    partitives, derived = lists.get("partitives", set()), lists.get("derived_versions", set())
    for obj in verb.children:
        if obj.dep_ in ("obj", "dobj") and obj.lower_ in partitives:
            words = [w for c in obj.children for w in (c, *c.children) if w.dep_ not in ("prep", "nmod", "case")]
            return any(w.lower_ in derived or w.lemma_.lower() in derived for w in words)
    return False


def thing_of_relative(verb: Token, resolver: Resolver, types, genitives, descriptor_type) -> list[Referent] | None:
    """ "ChatGPT, le chatbot d'OpenAI qui fonctionne avec X", "the customers of Quillon that use X": a relative
    clause on a common noun with a genitive complement is about the noun, not the name in the complement,
    nearer the pronoun (wherever the parse hangs the clause); what uses the model is what the noun stands for
    (none when it names nothing: no fact). None when the clause is on no such phrase."""
    if verb.dep_ not in ("relcl", "acl:relcl"):
        return None
    antecedent = verb.head

    def genitive(token: Token) -> bool:
        return any(c.lower_ in genitives for c in token.children)

    if antecedent.pos_ == "NOUN" and antecedent.is_lower and genitive(antecedent):
        noun = antecedent  # English: the clause on the noun, "the chatbot of X that runs on Y"
    elif antecedent.dep_ == "pobj" and antecedent.head.lower_ in genitives:
        noun = antecedent.head.head  # "the chatbot of -> X that"
    elif antecedent.head.i != antecedent.i and genitive(antecedent):
        noun = antecedent.head  # French: "le chatbot d'OpenAI -> qui"
    else:
        return None
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    return resolver.resolve(noun, types, coordinated=False) if descriptor_type(noun) else []


def pattern_status(verb: Token, pattern: Pattern) -> str | None:
    """The status a pattern's own ``statuses`` give the statement at ``verb`` (None: the usual modality): an
    auxiliary of the verb ("will release X": Planned), or the verb whose complement it is ("stopped using X",
    "a cessé d'utiliser X": Negated)."""
    if not pattern.statuses:
        return None
    words = dict(pattern.statuses)
    for child in verb.children:
        if child.dep_ in ("aux", "aux:tense") and child.lower_ in words:
            return words[child.lower_]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in words:
        return words[verb.head.lemma_.lower()]
    return None


def subject_of_next_clause(referent: Referent, resolver: Resolver) -> bool:
    """Is the name read as a coordinated object in fact the subject of the next clause? "Kernwerk bought ten
    startups and Nexalia acquired six": the parser joins "Nexalia" to "startups" and "acquired" to "bought";
    a coordinated verb right after the name, with no subject of its own, is the name's."""
    doc = resolver.doc
    span = resolver.mention_at(referent.token)
    end = span.end if span is not None else referent.token + 1
    while end < len(doc) and end - (span.end if span is not None else referent.token + 1) < 3:
        if doc[end].pos_ not in ("AUX", "ADV", "PRON") or not doc[end].is_lower:
            break
        end += 1  # "et Meta en a acquis six", "and Nexalia also bought"
    if end >= len(doc) or doc[end].pos_ != "VERB" or doc[end].dep_ not in ("conj", "advcl"):
        return False
    return not any(c.dep_.startswith("nsubj") for c in doc[end].children)


def launched_in_a_market(referent: Referent, resolver: Resolver, lists: dict[str, set[str]]) -> bool:
    """Is the company launched a bare name (right after the verb) followed by a country's or a region's phrase
    ("lancer Kernwerk en Europe", ``market_prepositions``)? A company launched in a market already exists: no one
    founds it there ("lancer la start-up X en France" may be its founding)."""
    doc = resolver.doc
    span = resolver.mention_at(referent.token)
    if (
        span is None
        or span.start == 0
        or doc[span.start - 1].pos_ not in ("VERB", "AUX", "ADV")
        or span.end + 1 >= span.sent.end
        or doc[span.end].lower_ not in lists.get("market_prepositions", ())
    ):
        return False
    place = resolver.mention_at(span.end + 1)
    return place is not None and place.start == span.end + 1 and resolver.type_of(place.kb_id_) == "Place"


def compute_owners(
    verb: Token,
    slots: tuple[str, ...],
    resolver: Resolver,
    types: set[str],
    exclude: set[str],
    compute: set[str],
    genitive: set[str],
) -> list[Referent]:
    """The organisations whose compute fills one of ``verb``'s ``slots`` ("direct" or a preposition): a compute
    noun there ("les serveurs", "la puissance de calcul", the noun or one of its complements in ``compute``), then
    an organisation after a genitive word ("de X") among its complements (two levels down at most)."""
    out: list[Referent] = []
    for child in verb.children:
        if child.i < verb.i or child.pos_ != "NOUN":
            continue
        case = {c.lower_ for c in child.children if c.dep_ in ("case", "fixed")}
        if not (("direct" in slots and child.dep_ in ("obj", "dobj")) or case & set(slots)):
            continue
        nouns = [child] + [g for g in child.children if g.dep_ == "nmod" and g.pos_ == "NOUN"]
        computing = [n.i for n in nouns if n.lower_ in compute or n.lemma_.lower() in compute]
        if not computing:
            continue
        for noun in nouns:
            for g in noun.children:
                if (
                    g.dep_ == "nmod"
                    # after the compute noun: "utilise le modèle de X sur ses serveurs" names the model's maker
                    and g.i > max(computing)
                    and any(c.lower_ in genitive for c in g.children if c.dep_ == "case")
                ):
                    if resolver.mention_at(g.i) is None and g.pos_ != "PROPN":
                        continue  # a name only, not "la puissance de calcul de ses partenaires"
                    out += [
                        r
                        for r in resolver.resolve(g, types)
                        if r.key not in exclude and r.key not in {o.key for o in out}
                    ]
    return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in out]
