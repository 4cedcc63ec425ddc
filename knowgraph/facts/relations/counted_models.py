"""Models counted at their launch and named afterwards: "X unveiled a pair of models. The two new ones
are A and B", "X a sorti deux modèles ... Baptisés A et B, ils ...", "X dévoile deux modèles inédits. A et B
sont ouverts à tous".

    "Kernwerk released two open models on Tuesday. Brisk-1 and Brisk-2 run on a laptop."
    -> developedBy(brisk-1, kernwerk), developedBy(brisk-2, kernwerk)

A count word ("two", "deux": ``count_words``) before a plural model noun (``counted_nouns``) that a launch verb
takes as its object, directly or through a launch noun ("the launch of", "la publication de"), the verb's
subject an organisation (read through the resolver: "the company released two models"). Then a list of
exactly that many model names: after a colon or a comma in the same sentence, or at the start of the next
sentence, or of a later one that counts them again ("les deux nouveaux venus"), the list opening the sentence
or coming right after a copula or a naming word (``naming_cues``: "The two new models are A and B",
"Baptisés A et B"). The words are data (``maker_phrases`` in ``knowgraph/data/<lang>/patterns.yaml``), the
launch verbs and nouns those of the developedBy patterns. Run once per document by
:class:`~knowgraph.facts.relations.maker_phrases.MakerPhrases`::

    CountedModels(rules, context).end_doc()  # the developedBy facts of the whole document
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, Referent, Resolver
from knowgraph.nlp.resources import language_data

# how many words may stand between the count and its noun ("two entirely in-house trained AI models")
_NOUN_REACH = 6
# how many sentences after the launch a list that counts the models again may come
_SENTENCE_REACH = 12
# how far the list may open in its sentence, past the words that lead to the naming cue
_CUE_REACH = 10
# below a maker named with the product (0.8): a launch read across sentences gives way to it
_CONFIDENCE = 0.68


class CountedModels(RuleFamily):
    """A count of models at their launch, their names listed afterwards (see module docstring)."""

    def __init__(self, rules, context):
        super().__init__(rules, context)
        words = language_data(self.lang, "patterns").get("maker_phrases", {})
        self.count_words = {str(w).lower(): int(n) for w, n in words.get("count_words", {}).items()}
        self.counted_nouns = {w.lower() for w in words.get("counted_nouns", [])}
        self.naming_cues = {w.lower() for w in words.get("naming_cues", [])}
        self.coordinators = {w.lower() for w in words.get("coordinators", [])}
        made = [p for ps in self.patterns.values() for p in ps if p.relation == "developedBy"]
        self.launch_verbs = {w.lower() for p in made if p.kind == "verb" for w in p.words}
        self.launch_nouns = {
            w.lower() for p in made if p.kind == "noun" and p.rule.endswith(".launch") for w in p.words
        }

    def end_doc(self) -> list[Fact]:
        doc, resolver = self.context.doc, self.context.resolver
        if not self.count_words or not self.counted_nouns:
            return []
        # only the count words are visited (the doc's index of lower-case forms), not every token
        columns = resolver.columns
        found = sorted(i for word in self.count_words for i in columns.lower_occurrences(word))
        if not found:
            return []
        sents = list(doc.sents)
        starts = [s.start for s in sents]
        facts: list[Fact] = []
        for i in found:
            index = bisect_right(starts, i) - 1
            sent, token = sents[index], doc[i]
            count = self._count(token)
            noun = self._counted_noun(token, sent) if count >= 2 else None
            verb = (self._launch_verb(noun) or self._launch_noun_before(token)) if noun is not None else None
            makers = self._makers(verb, resolver) if verb is not None else []
            if not makers:
                continue
            for model in self._named(noun, count, sents, index, resolver):
                facts += self._make(
                    f"{self.lang}/developedBy.counted",
                    "developedBy",
                    [Referent(model.kb_id_, DIRECT, model.start)],
                    makers,
                    verb,
                    _CONFIDENCE,
                    resolver,
                )
        return facts

    def _count(self, token: Token) -> int:
        return self.count_words.get(token.lower_, 0)

    def _counted_noun(self, token: Token, sent: Span) -> Token | None:
        """The plural model noun the count word is of ("two entirely in-house trained AI models")."""
        doc = sent.doc
        for k in range(token.i + 1, min(sent.end, token.i + 1 + _NOUN_REACH)):
            if doc[k].lower_ in self.counted_nouns:
                return doc[k]
            hyphenated = doc[k].text == "-" or (k + 1 < sent.end and doc[k + 1].text == "-")  # "in-house"
            modifier = doc[k].pos_ == "VERB" and doc[k].dep_ in ("amod", "compound") and doc[k].is_lower  # "trained"
            if doc[k].pos_ in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ", "PRON") and not (hyphenated or modifier):
                return None
        return None

    def _launch_verb(self, noun: Token) -> Token | None:
        """The launch verb whose object the counted noun is, directly ("released two models") or through a
        launch noun ("announced the launch of two models"); never its subject ("two models were beaten")."""
        node, through_launch = noun, False
        for _ in range(4):
            if node.dep_.startswith("nsubj") or node.head.i == node.i:
                return None
            head = node.head
            if head.pos_ in ("VERB", "AUX"):
                lemma = head.lemma_.lower()
                return head if lemma in self.launch_verbs or through_launch else None
            if head.pos_ == "NOUN" and head.lemma_.lower() in self.launch_nouns:
                through_launch = True
            elif head.pos_ != "ADP":
                return None
            node = head
        return None

    def _launch_noun_before(self, count: Token) -> Token | None:
        """The verb of a launch noun right before the count ("annonçait la publication de deux modèles"), when
        the parse hung the counted noun elsewhere."""
        doc = count.doc
        k = count.i - 1
        if k < 1 or doc[k].pos_ != "ADP":
            return None
        launch = doc[k - 1]
        if launch.pos_ != "NOUN" or launch.lemma_.lower() not in self.launch_nouns or launch.dep_.startswith("nsubj"):
            return None
        head = launch.head
        return head if head.pos_ in ("VERB", "AUX") and head.i != launch.i else None

    def _makers(self, verb: Token, resolver: Resolver) -> list[Referent]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
        if subject is None:
            return []
        return [r for r in resolver.resolve(subject, {"Organization"}) if resolver.type_of(r.key) == "Organization"]

    def _named(self, noun: Token, count: int, sents: list[Span], index: int, resolver: Resolver) -> list[Span]:
        """The ``count`` model names listed for the counted noun, or none."""
        sent = sents[index]
        doc = sent.doc
        # "deux modèles : A et B", "two new models, A and B"
        for k in range(noun.i + 1, min(sent.end, noun.i + _NOUN_REACH)):
            if doc[k].text in (":", ",", "—", "–"):
                items = self._list_at(k + 1, sent, resolver)
                if items:
                    return items if len(items) == count else []
                break
        for later in range(index + 1, min(len(sents), index + 1 + _SENTENCE_REACH)):
            following = sents[later]
            if later > index + 1 and not any(self._count(t) == count for t in following):
                continue
            start = self._list_start(following, resolver)
            if start is None:
                continue
            items = self._list_at(start, following, resolver)
            return items if len(items) == count else []
        return []

    def _list_start(self, sent: Span, resolver: Resolver) -> int | None:
        """Where a list may open in a later sentence: at its start, or right after a naming cue reached over
        lower-case words only ("The two new ones are", "Baptisés")."""
        doc = sent.doc
        first = resolver.mention_at(sent.start)
        if first is not None and first.start == sent.start:
            return sent.start
        for k in range(sent.start, min(sent.end, sent.start + _CUE_REACH)):
            token = doc[k]
            if token.lower_ in self.naming_cues:
                return k + 1
            if resolver.mention_at(k) is not None or token.is_punct:
                return None
        return None

    def _list_at(self, k: int, sent: Span, resolver: Resolver) -> list[Span]:
        """The model names listed from token ``k`` ("A, B and C"), every one a model, or none."""
        doc: Doc = sent.doc
        items: list[Span] = []
        while k < sent.end:
            named = resolver.mention_at(k)
            if named is None or named.start != k or named.label_ != "AIModel":
                return []
            items.append(named)
            k = named.end
            n = k
            if n < sent.end and (doc[n].text == "," or doc[n].lower_ in self.coordinators):
                n += 1
                if n < sent.end and doc[n].lower_ in self.coordinators:
                    n += 1  # ", and"
            following = resolver.mention_at(n) if n > k and n < sent.end else None
            if following is None or following.start != n:
                break  # "A, B et C, chacun ...": the list ends at the last name
            k = n
        return items if len({m.kb_id_ for m in items}) == len(items) else []
