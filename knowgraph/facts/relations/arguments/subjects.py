"""Subjects: who does what a verb or a noun says, when the parse does not say it plainly.

"Fondée en 2021 par deux anciens de Google, Nexalia édite un assistant." -> the fronted participle's
subject is the main clause's ("Nexalia"); "Son PDG, Karim Haddad, ..." -> the possessor is the entity
the passage is about.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from knowgraph.facts.relations.facts import LINEAR_FALLBACK, SUBJECT_DEPS
from knowgraph.mentions.coordination import listed_before as names_listed_before
from knowgraph.mentions.coref import PRONOUN, Referent, Resolver

# words that open a contrasting clause with a subject of its own ("tandis que", "whereas")
_CONTRAST_OPENERS = frozenset({"tandis", "whereas"})


class SubjectSearch:
    """Subjects of verbs and clauses, governors' subjects, possessors, the paragraph's topic."""

    def _subjects(self, verb: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        seen = 0
        node = verb
        while seen < 4:
            seen += 1
            own_subject = False
            # (a subject the parser hung on a passive auxiliary: "Elle s'est par ailleurs alliée à X" under
            # fr_core_news_md)
            for child in [*node.children, *(g for c in node.children if c.dep_ == "aux:pass" for g in c.children)]:
                if child.dep_ in SUBJECT_DEPS or child.dep_.startswith("nsubj"):
                    own_subject = own_subject or child.pos_ in ("NOUN", "PROPN")
                    found = resolver.resolve(child, types)
                    if len(found) == 1 and _named_at(child, found[0], resolver) and child.i < verb.i:
                        found = listed_before(found[0], resolver, types) + found
                    if found:
                        return with_subjects_before(node, found, resolver, types)
                    if child.pos_ == "PRON" and node.dep_ == "conj" and child.lower_ not in resolver.relatives:
                        return []  # "What is Ostrakon ..., and how can you build on X": "you", not a name to the left
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
                and node.head.i != node.i
                and node.head.pos_ in ("VERB", "AUX")
                and node.i < node.head.i
            ):
                # "Fondée en 2021 par X, la jeune pousse édite ...": the fronted participle's
                # subject is the main clause's
                node = node.head
                continue
            if (
                node.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acl:relcl", "obl:arg", "obl:mod", "obj")
                and node.head.i < node.i
                and any(t.lower_ in _CONTRAST_OPENERS for t in node.doc[node.head.i + 1 : node.i])
            ):
                break  # "A vend X, tandis que la start-up B a signé ...": a contrasting clause has a subject of its own
            if (
                node.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acl:relcl", "obl:arg", "obl:mod", "obj")
                and node.head.i != node.i
                and node.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ")
            ):
                if node.dep_ == "conj" and node.head.pos_ == "NOUN" and node.head.dep_ not in ("ROOT",):
                    break
                controller = (
                    next((c for c in node.head.children if c.dep_ in ("dobj", "obj") and c.i < node.i), None)
                    if node.dep_ in ("xcomp", "advcl")
                    and self._infinitive(node)
                    and node.head.lemma_.lower() in self.lists.get("object_control", ())
                    else None
                )
                if controller is not None:
                    # "Brook hired Léa Roux to found and run Quillon": the one hired does what the
                    # infinitive says (not "X left Y to start ...": the subject does)
                    return resolver.resolve(controller, types)
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
            doc = verb.doc
            for j in range(verb.i + 1, min(verb.sent.end - 1, verb.i + 24)):
                if doc[j].text == ",":
                    k = j + 2 if doc[j + 1].pos_ == "DET" and j + 2 < verb.sent.end else j + 1
                    found = resolver.resolve(doc[k], types, coordinated=False)
                    # "Fondée en 2012 par X, la start-up DeepMind développe": the name after the descriptor
                    t = k
                    while (
                        not found
                        and t < min(verb.sent.end, k + 4)
                        and (doc[t].is_lower and doc[t].pos_ in ("NOUN", "ADJ") or doc[t].text == "-")
                        and doc[t].lower_ not in self.genitive
                    ):
                        t += 1
                        span = resolver.mention_at(t)
                        if span is not None and span.start == t:
                            found = resolver.resolve(doc[t], types, coordinated=False)
                    if found or j >= verb.i + 10:
                        # "Fondée par X, ancien bras droit de Y, elle ...": past the appositions of the agent
                        return found
        return self._left_subject(verb, resolver, types)

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
                described = described_name(span, self._ends_descriptor)
                if before is not None and (
                    before.pos_ in ("NOUN", "ADJ")
                    and before.is_lower
                    and described is None
                    and before.lower_ not in self.time_words
                    or before.lower_ in self.possessives
                ):
                    continue  # "sa plateforme Azure": a complement, not a subject ("la start-up Nexalia" is one)
                if described == "complement":
                    continue  # "les services de la start-up Nexalia": the description is a complement
                if (
                    before is not None
                    and before.pos_ == "DET"
                    and span.start - 2 >= sent_start
                    and doc[span.start - 2].pos_ == "ADP"
                ):
                    continue
                head = span.root.head
                if (
                    span.root.dep_ == "compound"
                    and head.i >= span.end
                    and head.pos_ == "NOUN"
                    and head.is_lower
                    and head.dep_.startswith("nsubj")
                    and self._descriptor_type(head) is None
                ):
                    continue  # "Orbitron staff are part of X": the name qualifies the subject, it is not it
                if (
                    span.root.dep_ == "poss"
                    and head.i >= span.end
                    and head.dep_.startswith("nsubj")
                    and head.is_lower
                    and head.pos_ == "NOUN"
                    and self._descriptor_type(head) is None
                    and resolver.type_of(span.kb_id_) == "Person"
                ):
                    continue  # "Dana Brook's father worked at X": a relative or a team of the person is the subject
                described = described_before_examples(span, verb, resolver)
                if described is not None:
                    # "A, an early backer of firms such as B and C, led the round": the examples end the
                    # apposition of the name before them, which is the subject
                    found = resolver.resolve(doc[described.start], types, coordinated=False)
                    if found:
                        return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
                found = resolver.resolve(doc[span.start], types)
                if not found and span.label_ == "Place" and "Place" not in types:
                    continue  # "a Toronto-based company": a place modifying the subject, not the subject
                node = span.root
                while found and node.dep_ == "conj" and node.head.i != node.i and node.head.i < node.i:
                    # "such as Together AI and Fireworks AI ... rented from X": the whole coordination, not a name
                    # a preposition heads ("Selon Paul Roux, Léa Martin et Tom Berg ont ...": Paul Roux is the source)
                    first = resolver.mention_at(node.head.i)
                    opener = first.start - 1 if first is not None else node.head.i - 1
                    if (
                        opener == sent_start  # a source phrase opening the sentence, not "one of the founders of A"
                        and doc[opener].pos_ == "ADP"
                        and doc[opener].lower_ not in resolver.example_markers
                        and not (opener > sent_start and doc[opener - 1].lower_ in resolver.example_markers)
                    ):
                        break  # ("such as A and B", "comme A et B", "telles que A et B": examples, not a source)
                    node = node.head
                    found = [
                        r
                        for r in resolver.resolve(node, types, coordinated=False)
                        if r.key not in {f.key for f in found}
                    ] + found
                if found and self._noun_complement(node):
                    continue  # "One of the founders of Nexalia and Brintel invested": the founder, not the company
                if len(found) == 1 and found[0].token == span.start:
                    found = listed_before(found[0], resolver, types) + found  # "A, qui ..., et B, qui ..., s'allient"
                return [Referent(r.key, r.factor * LINEAR_FALLBACK, r.token) for r in found]
            if t.pos_ == "PRON" and t.dep_.startswith("nsubj"):
                found = resolver.resolve(t, types)
                if len(found) == 1 and t.lower_ in resolver.relatives and resolver.mention_at(found[0].token):
                    # "A, qui ..., et B, qui ..., s'allient": the relative clause closes the last item of the list
                    found = listed_before(found[0], resolver, types) + found
                if found or (t.lower_ in resolver.pronouns and t.lower_ not in resolver.relatives):
                    # a personal subject pronoun of another kind ends the search: "... hired Mara Lenz, and it
                    # announced a plan to launch X" (it launches, not Mara Lenz)
                    return found
        return []

    @staticmethod
    def _noun_complement(node: Token) -> bool:
        """Is ``node`` the complement of a common noun ("the creators of X", "un des fondateurs de X")?"""
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            return node.head.head.pos_ == "NOUN"
        return (
            node.dep_ == "nmod"
            and node.head.pos_ == "NOUN"
            and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "du", "des") for c in node.children)
        )

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
            if node.head.i == node.i:
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
            if node.dep_ in ("appos", "conj") and node.head.i != node.i:
                node = node.head
                continue
            return []
        return []

    def _possessor(self, noun: Token, resolver: Resolver, types: set[str]) -> list[Referent]:
        doc = noun.doc
        if "Person" not in types and noun.lower_ in self.lists.get("personal_relations", ()):
            # "ses associés A et B": a person's partners, at the company the article is about (if it is clear),
            # not at the last one named ("X a passé trois ans chez Kernwerk. Ses associés ..."); "his colleagues"
            # keeps the guard below
            if not any(t.lower_ in self.lists.get("human_possessives", ()) for t in doc[max(0, noun.i - 3) : noun.i]):
                return [r for r in resolver.speaker_organization() if resolver.type_of(r.key) in types]
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
                if doc[k].lower_ in self.lists.get("human_possessives", ()) and "Person" not in types:
                    return []  # "his former colleagues": a person's, not an organisation's
                # only the clause's own subject: the salient entity is too weak a guess here
                return _unless_rival(self._governor_subject(noun, resolver, types, climb=True), k, resolver, types)
        if (
            det is None
            and noun.i > 2
            and doc[noun.i - 1].lower_ in ("de", "d'")
            and doc[noun.i - 3].lower_ in self.possessives
        ):
            det = doc[noun.i - 3]  # "sa liste de concurrents", "son réseau de partenaires"
        if det is None or (det.lower_ in self.lists.get("human_possessives", ()) and "Person" not in types):
            return []  # ("his colleagues": a person's, never an organisation's)
        subject = self._governor_subject(noun, resolver, types)
        if subject:
            return _unless_rival(subject, det.i, resolver, types)
        founded = self._founder_clause_subject(noun, resolver, types)
        if founded:
            return founded
        root = noun.sent.root
        if root.i < det.i and root.pos_ == "PROPN" and resolver.mention_at(root.i) is not None:
            # a parse that lost the main verb ("Microsoft, qui a investi dans X, cherche ... sa concurrence
            # avec Y"): the name at the root is the clause's subject, a better guess than the last one named
            found = resolver.resolve(root, types, coordinated=False)
            if found:
                return found
        # "Son PDG, Karim Haddad, ...": the entity the passage is about
        salient = resolver._salient(det.i, types, set(), kinds=set(), place=None)
        named = {
            span.kb_id_
            for span in resolver.mentions_in(noun.sent.start, det.i)
            if resolver.type_of(span.kb_id_) in types
        }
        if named and not named & {r.key for r in salient}:
            # "Meta ... avec Scale AI, ..., en attirant son dirigeant X": when the sentence names others but not
            # the passage's entity, one of them may be the possessor; the passage's entity is too weak a guess
            return []
        return salient

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

    @staticmethod
    def _name_after_determiners(i: int, sent: Span, resolver: Resolver, types: set[str]) -> list[Referent]:
        """What the words from ``i`` on name, past their determiners ("de la startup")."""
        doc = sent.doc
        while i < sent.end and doc[i].pos_ == "DET":
            i += 1
        return resolver.resolve(doc[i], types, coordinated=False) if i < sent.end else []


def _named_at(token: Token, referent: Referent, resolver: Resolver) -> bool:
    """Is ``referent`` the name that holds ``token`` (any word of it: the parser makes the last word of "Harrow
    Ventures" the subject at times), not an antecedent further away?"""
    if referent.token == token.i:
        return True
    span = resolver.mention_at(token.i)
    return span is not None and span.start == referent.token and span.kb_id_ == referent.key


def with_subjects_before(node: Token, found: list[Referent], resolver: Resolver, types: set[str]) -> list[Referent]:
    """ "A et B ont participé": the names coordinated before the subject the parse gives, when the parser made
    the first name the head and the verb its conjunct (fr_core_news_md: "A" ROOT, "ont participé" conj of it,
    "B" its subject). The names count only if the list read from the first one reaches ``found``, and the first
    is the sentence's root or a subject itself (not "X a racheté A et B a levé ...", "A" an object)."""
    head = node.head
    if (
        node.dep_ != "conj"
        or head.pos_ not in ("NOUN", "PROPN")
        or head.dep_ not in ("ROOT", "nsubj", "nsubj:pass")
        or head.i >= found[0].token
    ):
        return found
    before = resolver.resolve(head, types)
    if not any(r.key == found[0].key for r in before):
        return found
    keys = {r.key for r in before}
    return before + [r for r in found if r.key not in keys]


def _unless_rival(subjects: list[Referent], possessive: int, resolver: Resolver, types: set[str]) -> list[Referent]:
    """The clause's subject as the owner of "its" at token ``possessive``, unless "its" is in the second of
    two coordinated verb phrases and the first one's complements name another candidate ("Kernwerk took a
    stake in Brintel and hired its CEO": Brintel's as likely as Kernwerk's, so no one's)."""
    if not subjects:
        return subjects
    doc = resolver.doc
    verb = next((a for a in doc[possessive].ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return subjects
    first = verb.head
    for child in first.children:
        if child.i > first.i and child.dep_ in ("dobj", "obj", "prep", "obl", "obl:arg", "dative"):
            for t in child.subtree:
                span = resolver.mention_at(t.i)
                if span is not None and span.kb_id_ != subjects[0].key and resolver.type_of(span.kb_id_) in types:
                    return []
    return subjects


def end_before_apposition(k: int, start: int, resolver: Resolver, longest: int = 8) -> int:
    """Where the name before an apposition of lower-case words between commas ends, when ``k`` is the
    apposition's closing comma: "A, B et C, la banque régionale, s'associent" (the list's last name),
    "Nexalia, une plateforme d'embauche, soutenue par" (the name the participle is said of); ``k`` itself
    when there is no such apposition (no comma at ``k``, a word that is no lower-case one, more than
    ``longest`` words, a name inside, no opening comma) or the sentence (from ``start``) is too short.

        end = end_before_apposition(comma, sent.start, resolver)
        name = resolver.mention_at(end) if end != comma else None
    """
    doc = resolver.doc
    if k - 2 < start or doc[k].text != ",":
        return k
    j = k - 1
    while j > start and k - j <= longest and doc[j].text != "," and resolver.mention_at(j) is None:
        if not (doc[j].is_lower or doc[j].text in ("'", "’")):
            return k
        j -= 1
    if j <= start or doc[j].text != "," or j == k - 1:
        return k
    return j - 1


def listed_before(last: Referent, resolver: Resolver, types: set[str]) -> list[Referent]:
    """The names of a list that ends with the subject ``last`` when the parse lost the list: "Le 17 mai, A
    (Iliad), B (ex-Google) et C ont annoncé", "A, qui ..., et B, qui ..., s'allient": names of C's type read
    back from C (:func:`knowgraph.mentions.coordination.listed_before`), the list ending in a coordinator;
    none when the list opens with a preposition ("Selon A, B et C ont dit": A is the source). Names in the
    order of the text, ``last`` not included."""
    span = resolver.mention_at(last.token)
    if span is None:
        return []
    return [r for r in names_listed_before(span, resolver, types, ending_coordinator=True) if r.key != last.key]


def described_before_examples(last: Span, verb: Token, resolver: Resolver, longest: int = 16) -> Span | None:
    """The name an apposition describes when the apposition ends with examples right before ``verb``:
    "A, l'un des premiers soutiens de sociétés comme B, C et D, mène le tour" (``last`` is D): read back from
    D over the list (names, commas, coordinators) to an example marker ("comme", "such as", "telles que"),
    then over at most ``longest`` words with no comma and no verb to the comma that follows a name (A).
    None when the list is not closed by a comma right before the verb (auxiliaries and adverbs between), has
    no marker, or no name opens the apposition ("des groupes comme B et C investissent": B and C are the
    subject)."""
    doc = resolver.doc
    start = last.sent.start
    if last.end >= verb.i or doc[last.end].text != ",":
        return None
    if any(t.pos_ not in ("AUX", "ADV", "PRON") for t in doc[last.end + 1 : verb.i]):
        return None
    k = last.start - 1
    while k > start:
        span = resolver.mention_at(k)
        if span is not None:
            k = span.start - 1
        elif doc[k].text == "," or doc[k].lower_ in resolver.coordinators:
            k -= 1
        else:
            break
    if doc[k].lower_ in ("que", "as") and k > start:
        k -= 1  # "telles que", "such as"
    if doc[k].lower_ not in resolver.example_markers:
        return None
    j = k - 1
    while j > start and k - j <= longest and doc[j].text != ",":
        if doc[j].pos_ in ("VERB", "AUX") and "Part" not in doc[j].morph.get("VerbForm") or doc[j].is_punct:
            return None
        if resolver.mention_at(j) is not None:
            return None
        j -= 1
    if j <= start or doc[j].text != ",":
        return None
    name = resolver.mention_at(j - 1)
    if name is None or name.end != j:
        return None
    return name


def described_name(span: Span, ends_descriptor: Callable[[Token], bool]) -> str | None:
    """How a name after its descriptor stands: "subject" for "la start-up Nexalia", "la start-up allemande X"
    (an adjective after the descriptor), "complement" when a preposition and an article open the description ("les
    services de la start-up Nexalia"), None when no descriptor comes right before the name."""
    doc = span.doc
    start = span.sent.start
    before = span.start - 1
    if before < start:
        return None
    if ends_descriptor(doc[before]):
        opening = before - 1
    elif doc[before].pos_ == "ADJ" and before - 1 >= start and ends_descriptor(doc[before - 1]):
        opening = before - 2
    else:
        return None
    if opening - 1 >= start and doc[opening].pos_ == "DET" and doc[opening - 1].pos_ == "ADP":
        return "complement" if doc[opening - 1].lower_ != "selon" else "subject"
    return "subject"
