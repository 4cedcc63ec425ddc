"""The investors named with a funding round, and who is not the company raising: the names after the round
noun's phrases ("led by", "with participation from"), a backer named only inside the description of an
investor ("Sora Lenz-backed fund Brume"), an "and" that goes on the list only right after an investor, the
and a pronoun the resolver gave to a known investor.
A mixin of :class:`~knowgraph.facts.relations.rounds.FundingRounds`, which gives it the words of ``rounds`` in
patterns.yaml (``round_investor_phrases``, ``hyphen_leads``, ``contribution_agents``...).

    "Nexalia's $60 million round included money from the likes of Brume Capital and Sora Lenz-backed fund Ardent."
    -> investedIn(brume-capital, nexalia), investedIn(ardent, nexalia); not investedIn(sora-lenz, nexalia)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from knowgraph.facts.clauses import clause_words, subordinate
from knowgraph.mentions.coref import PRONOUN, Referent, Resolver
from knowgraph.nlp.resources import language_data


def described_backers(
    found: list[Referent], resolver: Resolver, lead_words: set[str], types: set[str]
) -> list[Referent]:
    """An investor of a list that is only the backer in a description of the next name: "from Intel and Sora
    Lenz-backed fund Harrow Ventures" lists Harrow Ventures, not Sora Lenz (whose stake in Harrow Ventures the
    hyphenated compound rule reads). Such a name, followed by "-" and one of ``lead_words`` ("backed",
    "funded"), or recognised together with them ("Sora Lenz-backed"), gives its place to the name the
    description modifies a few lower-case words later; with no such name, it is dropped.

        described_backers(investors, resolver, {"backed", "funded"}, {"Organization", "Person"})
    """
    doc = resolver.doc
    out: list[Referent] = []
    for r in found:
        span = resolver.mention_at(r.token)
        if span is None:
            out.append(r)
            continue
        end = span.end
        if span[-1].lower_ in lead_words and len(span) > 2 and span[-2].text == "-":
            end = span.end  # recognised with its participle: "Sora Lenz-backed"
        elif end + 1 < span.sent.end and doc[end].text == "-" and doc[end + 1].lower_ in lead_words:
            end += 2
        elif end < span.sent.end and doc[end].lower_.rpartition("-")[2] in lead_words and "-" in doc[end].text:
            end += 1  # "Dana Brook Jr.-backed Kernwerk Capital": the name's suffix glued to the participle
        else:
            out.append(r)
            continue
        k = end
        while k < span.sent.end and k - end < 5 and resolver.mention_at(k) is None and doc[k].is_lower:
            k += 1
        described = resolver.resolve(doc[k], types, coordinated=False) if k < span.sent.end else []
        out += [Referent(d.key, r.factor, d.token) for d in described[:1] if d.key not in {o.key for o in out}]
    return out


def listed_backers(found: list[Referent], resolver: Resolver, lang: str, types: set[str]) -> list[Referent]:
    """:func:`described_backers` with the language's backing words (``rounds.hyphen_leads``), for the verb
    frames: "A and Sora Lenz-backed fund B took part in the round": the fund invests, not its backer.

        listed_backers(agents, resolver, "en", {"Organization", "Person"})
    """
    leads = set(language_data(lang, "patterns").get("rounds", {}).get("hyphen_leads", []))
    return described_backers(found, resolver, leads, types)


class RoundInvestors:
    """The investors of a round and the checks that keep the company raising apart from them."""

    round_investor_phrases: list[str]
    titles_before_names: bool
    based_words: set[str]
    hyphen_leads: set[str]
    contribution_agents: set[str]
    round_confidence: float
    round_targets: tuple[str, ...]

    def _not_an_investor(self, found: list[Referent], token: Token) -> list[Referent]:
        """ "Google invested in the company ... a stake in the firm during its Series A": a pronoun or a
        description the resolver gave to a company already named as an investor is the company it invested in
        (the raise reported last), not that investor raising. Names listed as investors earlier in the same
        sentence never raise the round either ("a levé 40 millions auprès de A et B, après un premier tour de
        table": the first round is the company's, not A's and B's)."""
        if not found:
            return found
        sent = token.sent
        listed_here = {
            f.subject
            for f in self.context.facts
            if f.relation == "investedIn" and sent.start <= f.trigger < token.i and f.subject != f.object
        }
        if any(r.key in listed_here for r in found):
            kept = [r for r in found if r.key not in listed_here]
            return kept or [r for r in self._last_raise(token) if r.key not in listed_here]
        if found[0].factor > PRONOUN:
            return found
        if not any(f.relation == "investedIn" and f.subject == found[0].key for f in self.context.facts):
            return found
        return [r for r in self._last_raise(token) if r.key != found[0].key]

    def _after_investor(self, j: int, investors: list[Referent]) -> bool:
        """ "led by A and B": an "and" at ``j`` goes on a list of investors only right after one of them (a comma
        between), not after other words ("funding from A last year, and B, another startup")."""
        resolver = self.context.resolver
        doc = resolver.doc
        k = j - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 0 and resolver.mention_at(k) is None:
            # "led by A, already a shareholder, and B": after the short apposition of an investor
            m = k
            while m > k - 6 and m > 0 and doc[m].is_lower and resolver.mention_at(m) is None:
                m -= 1
            if doc[m].text == ",":
                k = m - 1
        before = resolver.mention_at(k) if k >= 0 else None
        return before is not None and before.kb_id_ in {r.key for r in investors}

    def _round_investors(
        self, window: Span, token: Token, resolver: Resolver, orgs: set[str], phrases: tuple[str, ...] = ()
    ) -> list[Referent]:
        """The investors named with a round noun: after one of its phrases ("led by", "with participation
        from"; ``phrases`` instead, if given), hyphenated before it ("the Kernwerk-led round") or in an absolute
        clause with it."""
        doc = token.doc
        investors: list[Referent] = []
        start = window[-1].i + 1
        # "a round led by A and will work with B": a phrase after a clause of its own is not the round's
        governing = set(window[-1].ancestors)
        clause_end = next(
            (
                t.i
                for t in doc[start : token.sent.end]
                if t.pos_ in ("VERB", "AUX")
                and "Fin" in t.morph.get("VerbForm")
                and window[-1] not in t.ancestors  # (not a clause on the round: "a round that included")
                and t not in governing  # (not the round's own verb: "the round was led by")
                and not (t.pos_ == "AUX" and t.head in governing)  # (its auxiliary: "was led by")
                # ("the round was led by A, and involved B": a verb that shares the round as its subject)
                and not (
                    t.dep_ == "conj"
                    and t.head.i == window[-1].head.i
                    and window[-1].dep_ in ("nsubj", "nsubjpass", "nsubj:pass")
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for c in t.children)
                )
            ),
            token.sent.end,
        )
        # "Having raised $9 million in a seed round, X secured $40 million from Y": a round inside a clause of an
        # earlier time (or a relative one told as earlier) has its investors inside that clause
        clause = next((v for v in window[-1].ancestors if v.pos_ in ("VERB", "AUX")), None)
        if clause is not None and subordinate(clause, clause_words(self.lang)):
            clause_end = min(clause_end, clause.right_edge.i + 1)
        # "took part in four of X's rounds, unless you count the funding from Y": a phrase after another round
        # noun is that round's to read
        # ("This round of financing has been led by A": the round's own complement is no other round)
        own = start + 1 if start < token.sent.end and doc[start].lower_ in self.round_targets else start
        clause_end = next((t.i for t in doc[start:clause_end] if self._round_noun(t) and t.i != own), clause_end)
        for phrase in phrases or self.round_investor_phrases:
            words = tuple(phrase.replace("'", "' ").split())
            for j in range(start, token.sent.end - len(words) + 1):
                if j >= clause_end:
                    break
                if tuple(resolver.lowers[j : j + len(words)]) == words:
                    k = j + len(words)
                    while k < token.sent.end and doc[k].pos_ == "DET":
                        k += 1
                    place = resolver.mention_at(k)
                    if (
                        place is not None
                        and place.end + 2 < token.sent.end
                        and doc[place.end].text == "-"
                        and doc[place.end + 1].lower_ in self.based_words
                    ):
                        k = place.end + 2  # "led by Oslo-based Fjordline Capital": the name after the place
                    # "with participation from existing backer Spreeblick Ventures": a bare title before the name
                    t = k
                    while (
                        self.titles_before_names
                        and t < token.sent.end
                        and t - k < 4
                        and doc[t].is_lower
                        and (
                            doc[t].pos_ in ("NOUN", "ADJ")
                            or doc[t].tag_ in ("VBG", "VBN")
                            or "Part" in doc[t].morph.get("VerbForm")  # "menée par le nouvel entrant X"
                        )
                        and resolver.mention_at(t) is None
                    ):
                        t += 1
                    if t > k and t < token.sent.end and resolver.mention_at(t) is not None:
                        k = t
                    owner = resolver.mention_at(k) if k < token.sent.end else None
                    if owner is not None and owner.end + 1 < token.sent.end and doc[owner.end].lower_ in ("'s", "’s"):
                        k = owner.end + 1  # "along with Amazon's Industrial Innovation Fund": the fund invests
                    if k < token.sent.end and (words not in (("et",), ("and",)) or self._after_investor(j, investors)):
                        for r in resolver.resolve(doc[k], orgs):
                            if r.key not in {i.key for i in investors}:
                                investors.append(r)
                    if words not in (("et",), ("and",)):
                        # "auprès des fonds A, B et de l'incubateur américain C": the whole list
                        investors += [
                            r
                            for r in self._listed(j + len(words), token.sent.end, resolver, orgs)
                            if r.key not in {i.key for i in investors}
                        ]
        investors = self._people_after_titles(
            described_backers(investors, resolver, self.hyphen_leads, orgs), token.sent.end, resolver
        )
        investors += [
            r for r in self._hyphen_leads(window[0], resolver, orgs) if r.key not in {i.key for i in investors}
        ]
        investors += [
            r for r in self._round_companions(window[-1], resolver, orgs) if r.key not in {i.key for i in investors}
        ]
        investors += [
            r for r in self._gathered_by_round(window, resolver, orgs) if r.key not in {i.key for i in investors}
        ]
        investors += [
            r for r in self._present_at_round(window, resolver, orgs) if r.key not in {i.key for i in investors}
        ]
        return investors

    def _present_at_round(self, window: Span, resolver: Resolver, orgs: set[str]) -> list[Referent]:
        """ "A et B figurent au tour de table", "on retrouve au tour de table A et B", "au tour de table figurent
        aussi A et B", "A est présent au tour de table": the round noun after "au" in a sentence whose verb is one of
        presence (``rounds.presence_verbs``): the names listed after the round noun, or after the verb that follows
        it, and the verb's named subject before it (read on the words: the parser splits these sentences oddly)."""
        rounds = language_data(self.lang, "patterns").get("rounds", {})  # type: ignore[attr-defined]
        presence = set(rounds.get("presence_verbs", []))
        sent = window[0].sent
        if (
            not presence
            or window.start == sent.start
            or resolver.lowers[window.start - 1] not in rounds.get("presence_cases", [])
        ):
            return []
        if len(window) == 1 and window[0].lower_ in rounds.get("loose_nouns", []):
            return []  # "c'est au tour de X de ...": a bare "tour" after "au" is an idiom
        verb = next((t for t in sent if t.lemma_.lower() in presence and t.pos_ in ("VERB", "ADJ")), None)
        if verb is None:
            return []
        if verb.i >= window.end:  # "Au tour de table figurent aussi A et B"
            k = verb.i + 1
            while k < sent.end and window.doc[k].pos_ == "ADV":
                k += 1
            return self._listed(k, sent.end, resolver, orgs)  # type: ignore[attr-defined]
        found = self._listed(window.end, sent.end, resolver, orgs)  # type: ignore[attr-defined]
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i < verb.i and child.pos_ != "PRON":
                found += [r for r in resolver.resolve(child, orgs) if r.key not in {f.key for f in found}]
        return found

    def _gathered_by_round(self, window: Span, resolver: Resolver, orgs: set[str]) -> list[Referent]:
        """The round noun as the subject of a verb of gathering (``rounds.subject_verbs``: "le tour a réuni A et
        B", "the round included A and B"): the verb's direct objects are investors, with the names listed after
        the first one."""
        if not self.round_subject_verbs:
            return []
        head = next((t for t in window if not window.start <= t.head.i < window.end), window[0])
        verb = head.head
        if (
            head.dep_ not in ("nsubj", "nsubj:pass")
            or verb.i <= head.i
            or verb.lemma_.lower() not in self.round_subject_verbs
        ):
            return []
        out: list[Referent] = []
        for child in verb.children:
            if child.dep_ in ("obj", "dobj") and child.i > verb.i:
                out += [r for r in resolver.resolve(child, orgs) if r.key not in {o.key for o in out}]
        return out

    def _people_after_titles(self, found: list[Referent], end: int, resolver: Resolver) -> list[Referent]:
        """ "Microsoft founder Bill Gates": the person invests, not the company named in the title."""
        out: list[Referent] = []
        for r in found:
            span = resolver.mention_at(r.token)
            person = self._person_after_title(span, end, resolver) if span is not None else None
            if person is not None and person is not span:
                r = Referent(person.kb_id_, r.factor, person.start)
            if r.key not in {o.key for o in out}:
                out.append(r)
        return out
