"""Recency and salience: which of the entities named just before a pronoun or a description it means.

:meth:`Recency.recent` gives the most recent fitting entity (by type, kinds, place), preferring
subjects; :meth:`Recency.salient` the one the article has named most often so far among the
last few sentences' candidates, the reading of a definite description ("l'entreprise")::

    recency = Recency(article, CorefWords.of("en"))
    recency.recent(token.i, {"Organization"}, set(), PRONOUN, prefer_subject=True)
"""

from __future__ import annotations

from spacy.tokens import Span

from knowgraph.mentions.coref_article import DESCRIPTION, ArticleMentions, Referent
from knowgraph.mentions.entities import Entity
from knowgraph.mentions.gazetteer import default_gazetteer
from knowgraph.mentions.lexicon import CorefWords, given_name_genders

# a kind nearly every organisation description allows: matching it alone says little
_GENERIC_KINDS = {"company"}
_MAX_CANDIDATES = 12  # entities a description is weighed against, the most recent first
# what may stand between a preposition and the name it governs: articles and a title ("of Canadian
# diplomat X", "du diplomate X")
_BEFORE_NAME_IN_PHRASE = {"DET", "ADJ", "NOUN"}


class Recency:
    """The entity a pronoun or a description most likely means among those named just before."""

    def __init__(self, article: ArticleMentions, words: CorefWords):
        self.doc = article.doc
        self.entities = article.entities
        self.mentions = article.mentions
        self.before_possessed = words.before_possessed

    def recent(
        self,
        before: int,
        types: set[str] | None,
        exclude: set[str],
        factor: float,
        *,
        kinds: set[str] = frozenset(),
        place: str | None = None,
        prefer_subject: bool = False,
        skip_genitive: bool = False,
        limit_sentences: int = 2,
        by_country: bool = False,
        gender: str | None = None,
    ) -> list[Referent]:
        """The most recent entity mentioned before token ``before`` that fits (``gender``, "m" or "f": a
        pronoun's, which rules out a person whose given name marks the other one)."""
        sent_start = self.doc[before].sent.start
        previous_start = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        sentences_back = 0
        best = None
        best_sent = sent_start  # the sentence ``best`` is in
        last_sent = None
        for span in reversed(self.mentions):
            if span.start >= before:
                continue
            sent = span.sent.start
            if prefer_subject and best is not None and sent < best_sent == previous_start < sent_start:
                # the sentence just before named one that fits, though not as its subject: it is nearer in the
                # reader's mind than the subject of an older sentence ("... comme Lina Varga. ...,
                # il a fondé Ostrakon": Varga, not the subject of the sentence before); not one named earlier
                return [best]
            if sent != last_sent:
                if last_sent is not None and sent < sent_start:
                    sentences_back += 1
                last_sent = sent
            if sentences_back > limit_sentences:
                break
            key = span.kb_id_
            if key in exclude or (types and span.label_ not in types) or self._credit(span):
                continue
            entity = self.entities[key]
            if gender is not None and not agrees(entity, gender):
                continue
            if kinds and entity.kinds and not (entity.kinds & kinds):
                continue
            if place and not self._located(entity, place, by_country):
                continue
            if skip_genitive and span.start > 0 and self.doc[span.start - 1].lower_ in self.before_possessed:
                best = best or Referent(key, factor * 0.95, span.start)
                continue
            if prefer_subject and sent == sent_start and self._in_prepositional_phrase(span):
                # "spun out of the University of Toronto by Léa Tremblay, who still runs it": not the PP
                best = best or Referent(key, factor * 0.9, span.start)
                continue
            if (
                prefer_subject
                and sent < sent_start
                and not span.root.dep_.startswith("nsubj")
                and not (span.root.dep_ == "ROOT" and span.root.pos_ in ("PROPN", "NOUN"))
                # "Kernwerk's move was bold. It ...": the possessor of the subject is what the sentence is about
                and not (span.root.dep_ in ("poss", "nmod:poss") and span.root.head.dep_.startswith("nsubj"))
            ):  # a verbless heading names its topic
                if best is None:
                    best, best_sent = Referent(key, factor * 0.95, span.start), sent
                continue
            return [Referent(key, factor, span.start)]
        return [best] if best else []

    def salient(
        self,
        before: int,
        types: set[str] | None,
        exclude: set[str],
        *,
        kinds: set[str],
        place: str | None,
        limit_sentences: int = 3,
        by_country: bool = False,
    ) -> list[Referent]:
        """The entity a definite description ("l'entreprise", "la start-up") most likely means:
        among those that fit and were named in the last few sentences, the one the article has
        named most often so far; ties go to the most recent."""
        counts: dict[str, int] = {}
        for span in self.mentions:
            if span.start >= before:
                break
            counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
        candidates = []
        seen = set()
        # every fitting entity of the last few sentences (not only the first few: "X said ... with A, B, C and D.
        # The firm ..." is still about X)
        for _ in range(_MAX_CANDIDATES):
            found = self.recent(
                before,
                types,
                exclude | seen,
                DESCRIPTION,
                kinds=kinds,
                place=place,
                limit_sentences=limit_sentences,
                by_country=by_country,
            )
            if not found:
                break
            candidates.append(found[0])
            seen.add(found[0].key)
        if not candidates:
            return []

        specific = kinds - _GENERIC_KINDS

        def fits(key: str) -> int:
            """2: described as one of the description's own kinds (in the text or the gazetteer); 1: only as a
            company, which most descriptions allow ("le géant" is a big tech first, a lab only as a company)."""
            own = self.entities[key].kinds
            return 2 if own & specific else 1 if own & kinds else 0

        # an entity of no known kind (a company absent from the gazetteer) may be anything of its
        # type, but only the one the article is about: named more often so far than any other candidate
        def main_unknown(key: str) -> bool:
            return (
                bool(kinds)
                and not self.entities[key].kinds
                and counts.get(key, 0) > max((counts.get(r.key, 0) for r in candidates if r.key != key), default=0)
            )

        best = max(candidates, key=lambda r: (2 if main_unknown(r.key) else fits(r.key), counts.get(r.key, 0), r.token))
        if kinds and self.entities[best.key].kinds and not fits(best.key):
            return []  # "la start-up" when only a big tech company was named: known to be of another kind
        return [best]

    def _credit(self, span: Span) -> bool:
        """Is ``span`` a news agency's credit in a dateline ("(Reuters) -", "PARIS (AFP) —"), which
        names the source, never what the story's pronouns take up?"""
        doc = self.doc
        return (
            span.start > 0
            and span.end + 1 < len(doc)
            and doc[span.start - 1].text == "("
            and doc[span.end].text == ")"
            and doc[span.end + 1].text[:1] in ("-", "–", "—")
        )

    def _in_prepositional_phrase(self, span: Span) -> bool:
        """Is the name inside a prepositional phrase: right after the preposition ("spun out of the
        University of Toronto"), or after the title that the preposition governs ("the daughter of
        Canadian diplomat Tobias Ellison", "la fille du diplomate Tobias Ellison")?"""
        k = span.start - 1
        while k >= span.sent.start and self.doc[k].pos_ in _BEFORE_NAME_IN_PHRASE:
            k -= 1
        return k >= span.sent.start and self.doc[k].pos_ == "ADP"

    def _located(self, entity: Entity, place: str, by_country: bool = False) -> bool:
        """Is ``entity`` in ``place``: its seat or a place the article put it in, or (``by_country``)
        the country that place lies in ("la pépite française" is Mistral AI, whose seat is Paris)."""
        places = {entity.hq} | set(self.doc.user_data.get("kg_locations", {}).get(entity.key, ()))
        places.discard(None)
        return place in places or by_country and any(_country_of(p) == place for p in places)


def agrees(entity: Entity, gender: str) -> bool:
    """Can a pronoun of ``gender`` ("m", "f") take up ``entity``? Not a person whose given name marks the
    other gender ("she" is not Thomas Vidal, "il" not Léa Roux); anything else may be meant::

        agrees(Entity("lea-roux", "Léa Roux", "Person"), "m")  # False
    """
    if entity.type != "Person" or not entity.name:
        return True
    marked = given_name_genders().get(entity.name.split()[0])
    return marked is None or marked == gender


def _country_of(place: str) -> str | None:
    """The country a known city or region lies in (the gazetteer's ``hq`` of a place)."""
    entry = default_gazetteer().get(place)
    return entry.hq if entry is not None and entry.type == "Place" else None
