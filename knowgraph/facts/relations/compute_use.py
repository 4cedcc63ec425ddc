"""Compute used from a named supplier: "Nexalia will use Kernwerk's cloud capacity", "a deal to use 50,000
Kernwerk TPUs", "Nexalia utilise le service cloud Orbis de Kernwerk", "access to Kernwerk's infrastructure".
The organisation named inside the phrase of compute (a possessor, a name before the compute noun, a "de"/"of"
complement) supplies the compute (``providesComputeTo``) to the one who uses it: the subject of the verb of
use, or, for an access noun, the name a verb of giving hands it to ("gives Nexalia access to ...") or else
the subject of the clause. An organisation named alone after the verb counts only when it is a known cloud
("utiliser Amazon Web Services").

Every user a list names counts, in both word orders: the coordinated subjects ("A, B and C use Kernwerk's
cloud"), the names after the agent's "by" of the passive ("Kernwerk's cloud is used by A and B", "le cloud de
Kernwerk est utilisé par A et B"), the names after a colon when the subject is only a noun of users ("These
startups use Kernwerk's cloud: A, B and C"). A verb of giving says it with the user as its indirect object
("Kernwerk will lend Nexalia some cloud capacity"). A known cloud product stands for its maker, the organisation
of the article an earlier fact or the product's name gives ("Microsoft ... A and B use Azure").

The words are ``compute_use`` in patterns.yaml: the verbs and nouns of use, the prepositions they take, the
compute nouns, the verbs of giving, the words of the user's own ("its own servers": no supplier named), the
verbs of hosting with their prepositions and the things hosted (models, services: what the user owns)::

    "The startup Nexalia will use Kernwerk Inc.'s cloud capacity." -> providesComputeTo(kernwerk, nexalia)
    "The startup Nexalia's models are trained on Kernwerk's servers." -> providesComputeTo(kernwerk, nexalia)
    "Kernwerk Inc.'s cloud is used by Nexalia and Quillon Labs." -> providesComputeTo(kernwerk, quillon), ...

A phrase ends at a verb, a punctuation mark or a preposition other than the genitive ones, so that
"uses its models on Kernwerk's cloud" (what is used is no compute) says nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.facts.relations.name_lists import NameLists
from knowgraph.facts.relations.named_makers import organisation_forms
from knowgraph.facts.relations.partner_subjects import coordinated_before
from knowgraph.mentions.coref import LINKED, Referent, Resolver
from knowgraph.mentions.known_makers import known_maker_in_name
from knowgraph.nlp.resources import language_data

_ORGS = {"Organization", "Company"}
# how many words the phrase of compute may have after the verb, its preposition or the access noun
_WINDOW = 9


class ComputeUse(NameLists, RuleFamily):
    """Compute used from the organisation named in the phrase of compute (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        spec = language_data(self.lang, "patterns").get("compute_use", {})
        self.verbs: dict[str, set[str]] = {
            verb: {p.lower() for p in preps or []} for verb, preps in (spec.get("verbs") or {}).items()
        }
        self.nouns = {w.lower() for w in spec.get("nouns", [])}
        self.noun_prepositions = {w.lower() for w in spec.get("noun_prepositions", [])}
        self.phrase_genitives = {w.lower() for w in spec.get("genitives", [])}  # "Kernwerk's cloud", "cloud de X"
        self.compute = {w.lower() for w in spec.get("compute", [])}
        self.giving_verbs = {w.lower() for w in spec.get("giving_verbs", [])}
        self.own_words = {w.lower() for w in spec.get("own_words", [])}
        self.cloud_kinds = {w.lower() for w in spec.get("cloud_kinds", [])}
        hosting = spec.get("hosting") or {}
        self.hosting_verbs: dict[str, set[str]] = {
            verb: {p.lower() for p in preps or []} for verb, preps in (hosting.get("verbs") or {}).items()
        }
        self.hosts = {w.lower() for w in hosting.get("hosts", [])}  # whose subject is the supplier
        self.hosted = {w.lower() for w in hosting.get("hosted", [])}
        self.passive_auxiliaries = {w.lower() for w in hosting.get("passive_auxiliaries", [])}
        self.agent_prepositions = {w.lower() for w in hosting.get("agent_prepositions", [])}
        self.dative_verbs = {w.lower() for w in spec.get("dative_verbs", [])}  # "lend Nexalia some GPUs"
        self.user_nouns = {w.lower() for w in spec.get("user_nouns", [])}  # "these startups use ...: A, B"
        paying = spec.get("paying") or {}
        self.paying_verbs = {w.lower() for w in paying.get("verbs", [])}  # "pay Kernwerk $5m for cloud services"
        self.paying_prepositions = {w.lower() for w in paying.get("prepositions", [])}
        self.paid_things = {w.lower() for w in paying.get("things", [])}
        self.confidence = float(spec.get("confidence", 0.7))
        self._load_list_words(self.lang)

    def watched_words(self) -> set[str]:
        return set(self.verbs) | self.nouns | set(self.hosting_verbs) | self.dative_verbs | self.paying_verbs

    def at_token(self, token: Token, forms: set[str]) -> list[Fact]:
        resolver = self.context.resolver
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in self.hosting_verbs:
            return self._hosting(token, lemma, resolver)
        if token.pos_ == "VERB" and lemma in self.dative_verbs:
            return self._given(token, resolver)
        if token.pos_ == "VERB" and lemma in self.paying_verbs:
            return paid_for_compute(self, token, resolver)
        if token.pos_ == "VERB" and lemma in self.verbs and self._passive(token) and self._past_participle(token):
            return self._used_by(token, resolver)
        if token.pos_ == "VERB" and lemma in self.verbs:
            start = self._after(token, self.verbs[lemma])
            users = self._subjects(token, resolver, _ORGS) if start is not None else []
            if start is not None:
                users = self._listed_before(token, users, resolver) or users or self._users_after_colon(token, resolver)
        elif token.pos_ in ("NOUN", "VERB") and (lemma in self.nouns or token.lower_ in self.nouns):
            # a noun of use tagged as a verb is still that noun ("Nexalia a accès à" under fr_core_news_md)
            start = self._after(token, self.noun_prepositions)
            users = self._access_holder(token, resolver) if start is not None else []
        else:
            return []
        if not users:
            return []
        suppliers = self._supplier(start, token, resolver, {u.key for u in users})
        return self._make(
            f"{self.lang}/providesComputeTo.use",
            "providesComputeTo",
            suppliers,
            users,
            token,
            self.confidence,
            resolver,
        )

    def _used_by(self, verb: Token, resolver: Resolver) -> list[Fact]:
        """ "Kernwerk's cloud is used by A and B", "le cloud de Kernwerk est utilisé par A et B": the supplier in
        the phrase of compute before the verb, the users listed after the agent's preposition."""
        doc, sent = verb.doc, verb.sent
        k = verb.i + 1
        if k >= sent.end or doc[k].lower_ not in self.agent_prepositions:
            return []
        users = self._listed(k + 1, sent.end, resolver, _ORGS)
        phrase = self._phrase_before(verb)
        if not users or not phrase:
            return []
        suppliers = self._supplier(phrase.start, verb, resolver, {u.key for u in users})
        return self._make(
            f"{self.lang}/providesComputeTo.used-by",
            "providesComputeTo",
            suppliers,
            users,
            verb,
            self.confidence,
            resolver,
        )

    def _listed_before(self, verb: Token, users: list[Referent], resolver: Resolver) -> list[Referent]:
        """ "Les start-up A, B et C utilisent le cloud de Kernwerk": the names coordinated right before the verb,
        read in word order when the parse kept fewer of them as its subjects (or others)."""
        listed = coordinated_before(
            verb,
            resolver,
            _ORGS,
            self.lists.get("partner_coordinators", set()),
            self.lists.get("reflexive_pronouns", set()),
            self.lists.get("partner_description_fields", set()),
        )
        if len(listed) > len(users) and {u.key for u in users} <= {r.key for r in listed}:
            return listed
        return []

    def _users_after_colon(self, verb: Token, resolver: Resolver) -> list[Referent]:
        """ "These AI startups also use Kernwerk's cloud: A, B and C": a subject that is only a noun of users
        (``user_nouns``) and a colon after the verb; the names listed after the colon."""
        doc, sent = verb.doc, verb.sent
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subject is None or subject.lemma_.lower() not in self.user_nouns or resolver.mention_at(subject.i):
            return []
        colon = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ":"), None)
        if colon is None or colon - verb.i > _WINDOW:
            return []
        end = sent.end
        if colon + 1 == sent.end and end < len(doc):
            end = doc[end].sent.end  # the splitter ended the sentence at the colon: the list is the next one
        return self._listed(colon + 1, end, resolver, _ORGS)

    def _given(self, verb: Token, resolver: Resolver) -> list[Fact]:
        """ "Kernwerk will lend Nexalia some cloud capacity", "give the startup Nexalia 500 GPUs": a verb of giving,
        then the organisation it gives to (after a short description) and right after it the compute given;
        the subject supplies it. Read in word order: the parser often makes both nouns objects."""
        doc, sent = verb.doc, verb.sent
        k = verb.i + 1
        while k < sent.end and k - verb.i <= 3 and resolver.mention_at(k) is None and doc[k].is_lower:
            if doc[k].pos_ not in ("DET", "NOUN", "ADJ"):
                return []
            k += 1  # "the startup", "the French lab"
        span = resolver.mention_at(k) if k < sent.end else None
        if span is None or span.start != k or span.label_ not in _ORGS:
            return []
        j = span.end
        while j < sent.end and j - span.end < 5 and not self._compute_word(doc[j]):
            if doc[j].pos_ not in ("DET", "NUM", "ADJ") or doc[j].lower_ in self.own_words:
                return []  # "gave Nexalia its own servers", "gave Nexalia a loan"
            j += 1
        if j >= sent.end or j - span.end >= 5:
            return []
        if j == span.end and span.root.dep_ == "compound" and span.root.head.i == j:
            return []  # "rent Nvidia chips from X": the chips' maker, not who gets them
        recipient = doc[span.start]
        users = resolver.resolve(recipient, _ORGS, coordinated=False)
        suppliers = self._subjects(verb, resolver, _ORGS) if users else []
        return self._supplied("given", suppliers, users, verb, resolver)

    def _after(self, token: Token, prepositions: set[str]) -> int | None:
        """Where the phrase of compute starts: right after the word, or after its preposition when it takes
        one ("accéder à", "access to"); None when the preposition it needs is not there."""
        k = token.i + 1
        if not prepositions:
            return k
        if k < token.sent.end and token.doc[k].lower_ in prepositions:
            return k + 1
        return None

    def _access_holder(self, noun: Token, resolver: Resolver) -> list[Referent]:
        """ "gives Nexalia access to": the name between a verb of giving and the noun; otherwise the subject of
        the verb the noun depends on ("Nexalia gains access to")."""
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            # "Nexalia a accès à ...": the parse made the noun the head of the clause, with its subject
            return self._subjects(noun, resolver, _ORGS) if noun.dep_ == "ROOT" else []
        if verb.lemma_.lower() in self.giving_verbs:
            for span in resolver.mentions_in(verb.i + 1, noun.i):
                if span.end <= noun.i and span.label_ in _ORGS:
                    return resolver.resolve(noun.doc[span.start], _ORGS, coordinated=False)
            return []
        return self._subjects(verb, resolver, _ORGS)

    def _supplier(self, start: int, trigger: Token, resolver: Resolver, users: set[str]) -> list[Referent]:
        doc, sent = trigger.doc, trigger.sent
        end = min(sent.end, start + _WINDOW)
        named: list[Referent] = []
        made: list[Referent] = []  # the makers of the cloud products named ("use OCI", "runs on Azure")
        has_compute = False
        k = start
        while k < end:
            t = doc[k]
            if t.lower_ in self.own_words:
                return []  # "its own servers": the user's
            span = resolver.mention_at(k)
            if span is not None and span.start == k:
                if span.label_ in _ORGS:
                    named += [r for r in resolver.resolve(doc[k], _ORGS, coordinated=False) if r.key not in users]
                elif span.label_ == "Product":
                    made += [r for r in self._cloud_maker(doc[k], resolver) if r.key not in users]
                k = span.end
                continue
            if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("-", "'", "’"):
                break
            if t.pos_ == "ADP" and t.lower_ not in self.phrase_genitives:
                break
            has_compute = has_compute or t.lower_ in self.compute or t.lemma_.lower() in self.compute
            k += 1
        if not named and made:
            return [Referent(made[0].key, min(made[0].factor, LINKED), made[0].token)]
        if not named:
            return []
        supplier = named[0]
        if has_compute or self._known_cloud(supplier.key, resolver):
            return [Referent(supplier.key, min(supplier.factor, LINKED), supplier.token)]
        return []

    def _cloud_maker(self, token: Token, resolver: Resolver) -> list[Referent]:
        """The maker of a known cloud product ("OCI", "Azure": a product the gazetteer gives one of ``cloud_kinds``),
        as an earlier fact of the article gave it (``kg_developers``) or its name does: who supplies the compute
        it sells."""
        developers = resolver.doc.user_data.get("kg_developers", {})
        out = []
        for r in resolver.resolve(token, {"Product"}, coordinated=False):
            entity = resolver.entity(r.key)
            if not entity.known or not {k.lower() for k in entity.kinds} & self.cloud_kinds:
                continue  # a known cloud only: a "platform" the article describes may sell anything
            span = resolver.mention_at(r.token)
            maker = (
                developers.get(r.key)
                or self._maker_in_names(r.key, resolver)
                or (known_maker_in_name(span) if span is not None else None)  # "on Microsoft Azure"
            )
            if maker is not None:
                out.append(Referent(maker, r.factor, r.token))
        return out

    @staticmethod
    def _maker_in_names(key: str, resolver: Resolver) -> str | None:
        """The organisation of the article a name of the product begins with ("Oracle Cloud Infrastructure",
        named "OCI" here), as :mod:`.named_makers` reads it at the end of the document."""
        entity = resolver.entity(key)
        makers = organisation_forms(resolver.doc)
        for name in (entity.name, *sorted(entity.surface_forms)):
            words = name.split()
            for n in range(len(words) - 1, 0, -1):
                maker = makers.get(" ".join(words[:n]).lower())
                if maker is not None and maker != key:
                    return maker
        return None

    def _hosting(self, verb: Token, lemma: str, resolver: Resolver) -> list[Fact]:
        """What a user owns, hosted or trained on a supplier's compute. Passive: the thing hosted and its owner
        stand before the verb ("Nexalia's models are trained on", "les services de Nexalia seront hébergés
        sur"), the supplier in the phrase after the preposition (a compute word or a known cloud needed, except
        after the agent's "by"). Active, for the verbs of hosting proper: the subject hosts what the object's
        owner has ("Kernwerk hosts Nexalia's models"); for the others, the subject's own thing runs on the compute
        named after the preposition (:meth:`_own_thing_hosted`)."""
        doc, sent = verb.doc, verb.sent
        own = [] if self._passive(verb) else self._own_thing_hosted(verb, lemma, resolver)
        if own:
            return own  # "héberge ses services sur le cloud de X": the subject's own, on X's compute
        if lemma in self.hosts and not self._passive(verb):
            # "hosts models from X" alone is often a catalogue: the compute must be said ("on its servers")
            if not any(self._compute_word(t) for t in doc[verb.i + 1 : sent.end]):
                return []
            users = self._owner_in(range(verb.i + 1, min(sent.end, verb.i + _WINDOW)), resolver)
            suppliers = self._subjects(verb, resolver, _ORGS) if users else []
        else:
            # passive ("are trained on") or a thing as the subject ("Nexalia's models run on")
            users = self._owner_in(self._phrase_before(verb), resolver)
            k = verb.i + 1
            if k < sent.end and doc[k].pos_ == "ADV":
                k += 1
            by_agent = lemma in self.hosts and k < sent.end and doc[k].lower_ in self.agent_prepositions
            if not users or k >= sent.end or not (by_agent or doc[k].lower_ in self.hosting_verbs[lemma]):
                return []
            if by_agent:
                # the first organisation after "by" ("hosted by the cloud provider Kernwerk")
                span = next((m for m in resolver.mentions_in(k + 1, min(sent.end, k + 6)) if m.label_ in _ORGS), None)
                suppliers = resolver.resolve(doc[span.start], _ORGS, coordinated=False) if span is not None else []
            else:
                suppliers = self._supplier(k + 1, verb, resolver, {u.key for u in users})
                if not suppliers:
                    suppliers = self._possessed_compute(k + 1, resolver)
        return self._supplied("hosted", suppliers, users[:1], verb, resolver)

    def _own_thing_hosted(self, verb: Token, lemma: str, resolver: Resolver) -> list[Fact]:
        """ "Nexalia trains its models on the servers of Kernwerk", "Nexalia entraîne ses modèles sur les serveurs de
        Kernwerk": the subject runs a thing of its own (its object, one of ``hosted``) on the compute named after
        the verb's preposition, which supplies it."""
        doc, sent = verb.doc, verb.sent
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i), None)
        if thing is None or not (thing.lower_ in self.hosted or thing.lemma_.lower() in self.hosted):
            return []
        k = thing.i + 1
        while k < sent.end and k - thing.i <= 3 and doc[k].lower_ not in self.hosting_verbs[lemma]:
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct:
                return []
            k += 1
        if k >= sent.end or doc[k].lower_ not in self.hosting_verbs[lemma]:
            return []
        if any(resolver.mention_at(j) is not None for j in range(thing.i + 1, k)):
            return []  # "hosts Nexalia's models" told another way ("les modèles de Nexalia"): not the subject's own
        users = self._subjects(verb, resolver, _ORGS)
        suppliers = self._supplier(k + 1, verb, resolver, {u.key for u in users}) if users else []
        return self._supplied("hosted", suppliers, users[:1], verb, resolver)

    def _supplied(
        self, rule: str, suppliers: list[Referent], users: list[Referent], verb: Token, resolver: Resolver
    ) -> list[Fact]:
        """providesComputeTo from the first supplier that is none of the ``users`` to each of them."""
        suppliers = [s for s in suppliers if s.key not in {u.key for u in users}]
        return self._make(
            f"{self.lang}/providesComputeTo.{rule}",
            "providesComputeTo",
            suppliers[:1],
            users,
            verb,
            self.confidence,
            resolver,
        )

    def _possessed_compute(self, k: int, resolver: Resolver) -> list[Referent]:
        """ "hébergés sur son cloud", "trained on its servers": whose the compute is, by the possessive (the
        subject of the clause above, as for "son PDG")."""
        doc = resolver.doc
        if k + 1 >= len(doc) or doc[k].lower_ not in self.possessives or doc[k].lower_ in self.own_words:
            return []
        noun = doc[k + 1]
        if noun.lower_ not in self.compute and noun.lemma_.lower() not in self.compute:
            return []
        return self._possessor(noun, resolver, _ORGS)

    def _compute_word(self, token: Token) -> bool:
        """A compute noun, or the head of "data center(s)", "centre(s) de données"."""
        doc = token.doc
        if token.lower_ in self.compute or token.lemma_.lower() in self.compute:
            return True
        if token.lemma_.lower() in ("center", "centre") and token.i > 0 and doc[token.i - 1].lower_ == "data":
            return True
        return token.lemma_.lower() == "centre" and token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "données"

    @staticmethod
    def _past_participle(verb: Token) -> bool:
        """ "used", "utilisé" (not "using": "they would be using X's cloud" is active)."""
        return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")

    def _passive(self, verb: Token) -> bool:
        """A passive auxiliary ("are", "seront", "être") among the two words before the participle."""
        doc = verb.doc
        return any(
            doc[k].lemma_.lower() in self.passive_auxiliaries for k in range(max(verb.sent.start, verb.i - 2), verb.i)
        )

    def _phrase_before(self, verb: Token) -> range:
        """The words before the verb and its auxiliaries ("will", "seront", "allaient être") back to a
        punctuation mark or another verb: the thing hosted."""
        doc, start = verb.doc, verb.sent.start
        k = verb.i
        while k > start and verb.i - k < 3 and doc[k - 1].pos_ in ("AUX", "VERB", "ADV") and doc[k - 1].dep_ != "ROOT":
            k -= 1  # the auxiliaries of the verb
        end = k
        while k > start and doc[k - 1].pos_ not in ("VERB", "AUX", "PUNCT", "SCONJ"):
            k -= 1
        return range(k, end)

    def _owner_in(self, words: range, resolver: Resolver) -> list[Referent]:
        """The organisation that owns the thing hosted in ``words`` ("Nexalia's models", "les services de
        Nexalia"): the thing must be one of ``hosted``, its owner named within the phrase, before a verb or a
        punctuation mark."""
        doc = resolver.doc
        thing = False
        owner: list[Referent] = []
        for k in words:
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") and k > words.start or t.is_punct and t.text not in ("-", "'", "’"):
                break
            thing = thing or t.lower_ in self.hosted or t.lemma_.lower() in self.hosted
            span = resolver.mention_at(k)
            if span is not None and span.start == k and span.label_ in _ORGS and not owner:
                owner = resolver.resolve(doc[k], _ORGS, coordinated=False)
        return owner if thing else []

    def _known_cloud(self, key: str, resolver: Resolver) -> bool:
        """Is the organisation a cloud by the gazetteer ("utiliser Amazon Web Services")?"""
        entity = resolver.entity(key)
        return bool(entity.known and {k.lower() for k in entity.kinds} & self.cloud_kinds)


def paid_for_compute(family: ComputeUse, verb: Token, resolver: Resolver) -> list[Fact]:
    """ "Nexalia agreed to pay Kernwerk $2 billion for its cloud capacity until 2030": the organisation paid
    (right after the verb) supplies the compute the payment is for to the verb's subject. What is paid for is
    the complement of the payment's preposition (``paying.prepositions``), a compute word or a thing of
    ``paying.things`` ("services", "capacity") that a compute word modifies ("cloud services"), not "its cloud
    unit" (a purchase)."""
    doc, sent = verb.doc, verb.sent
    k = verb.i + 1
    while k < sent.end and doc[k].pos_ == "DET":
        k += 1
    span = resolver.mention_at(k) if k < sent.end else None
    if span is None or span.start != k or span.label_ not in _ORGS:
        return []
    prep = next(
        (t for t in doc[span.end : min(sent.end, span.end + 10)] if t.lower_ in family.paying_prepositions), None
    )
    if prep is None or any(t.pos_ in ("VERB", "AUX") for t in doc[span.end : prep.i]):
        return []
    if prep.head.i != verb.i and not span.end <= prep.head.i < prep.i:
        return []  # the payment's complement (on the verb or the amount paid), not a noun's
    thing = next((c for c in prep.children if c.dep_ in ("pobj", "obj")), None)
    if thing is None:
        return []
    lemma = thing.lemma_.lower()
    if not (
        family._compute_word(thing)
        or (lemma in family.paid_things and any(family._compute_word(c) for c in thing.children if c.i < thing.i))
    ):
        return []
    users = family._subjects(verb, resolver, _ORGS)
    suppliers = resolver.resolve(doc[span.start], _ORGS, coordinated=False)
    return family._supplied("paid", suppliers, users, verb, resolver) if users else []
