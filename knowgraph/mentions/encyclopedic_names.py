"""Names that reference works introduce by their shape: "Dana Quill (born 1951) is a writer" opens a life, "The
Harwick Gazette is a weekly newspaper" defines an organisation. The NER reads both badly (it misses the first name
after the tokenizer glued a parenthesis to a semicolon, and takes many institutions for people); these steps return
:class:`~knowgraph.mentions.entities.Candidate` objects of priority 1 (named by context)::

    shapes = EncyclopedicNames(MentionWords("en"))
    shapes.born_people(doc) + shapes.copula_subjects(doc)
"""

from __future__ import annotations

from spacy.tokens import Doc

from knowgraph.mentions.entities import Candidate
from knowgraph.mentions.gazetteer import fold
from knowgraph.mentions.lexicon import MentionWords
from knowgraph.nlp.doccache import token_columns
from knowgraph.nlp.resources import language_data

#: spaCy entity labels of dates, times, amounts and numbers: never part of an entity name.
NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# the doc's user_data key of the tokens of the names of events and awards, where no name of an entity is read
EVENT_TOKENS = "kg_event_tokens"
# the words of a parenthesis after a name that say when its bearer was born
_BIRTH_WORDS = frozenset({"born", "née", "nee"})


# the lower-case words inside an organisation's name ("Royal Society of Medicine")
_NAME_GLUE = frozenset({"of", "and", "for", "de"})
_MAX_ACRONYM_NAME = 6  # words


class EncyclopedicNames:
    """People whose birth a parenthesis gives, organisations a copula defines (see the module docstring)."""

    def __init__(self, words: MentionWords):
        self.first_names = words.first_names
        self.noun_premodifiers = words.noun_premodifiers
        self.stop_names = words.stop_names
        self.posts = words.person_roles | words.office_words | {t[0] for t in words.company_titles}
        location = language_data(words.lang, "patterns").get("location", {})
        # nouns no person is described by ("a record label", "a university"; not "a publisher", "a developer")
        # ("a British broadcaster" describes a person too: ``person_descriptors``)
        self.organization_nouns = (
            set(location.get("organization_nouns", [])) | set(location.get("situated_nouns", []))
        ) - set(location.get("person_descriptors", []))
        # nouns of things that companies make ("a soft drink", "a web browser"), not of works ("an album", "a film")
        self.product_nouns = set(language_data(words.lang, "lexicon").get("copula_product_nouns", []))

    def acronym_names(self, doc: Doc) -> list[Candidate]:
        """ "ex-chief of Valmora Ferjer (VFJ)": capitalised words that an acronym in parentheses follows name
        an organisation (people are not given acronyms), whatever the NER says of them; not a place's or a
        nationality's name ("San Francisco (SF)"), nor a field's ("Artificial Intelligence (AI)": the acronym is a
        stop name)."""
        out = []
        texts = token_columns(doc).text
        for i, text in enumerate(texts):  # a Token object only for the acronyms in parentheses
            if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha()) or i < 3 or i + 1 >= len(texts):
                continue
            if texts[i - 1] != "(" or texts[i + 1] != ")" or fold(text) in self.stop_names:
                continue
            end = i - 1
            start = end
            while (
                start - 1 >= 0
                and end - start < _MAX_ACRONYM_NAME
                and (
                    doc[start - 1].is_alpha
                    and doc[start - 1].text[:1].isupper()
                    and not doc[start - 1].is_sent_start
                    or doc[start - 1].lower_ in _NAME_GLUE
                    and start - 2 >= 0
                    and doc[start - 2].text[:1].isupper()
                )
            ):
                start -= 1
            while start < end and (doc[start].lower_ in self.posts or doc[start].lower_ in _NAME_GLUE):
                start += 1  # "the chief of Valmora Ferjer (VFJ)": the title and its "of" are no part of the name
            if end - start < 2 or any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in doc[start:end]):
                continue
            out.append(Candidate(start, end, 1, "Organization", None, set()))
        return out

    @staticmethod
    def born_people(doc: Doc) -> list[Candidate]:
        """ "Dana Quill (born 1948) is a writer": the capitalised words that open a sentence before a
        parenthesis saying when they were born name a person, as reference works open a life."""
        out = []
        for sent in doc.sents:
            end = sent.start
            while end < sent.end and end - sent.start < 4 and doc[end].is_alpha and doc[end].text[:1].isupper():
                end += 1
            if end - sent.start < 2 or end >= sent.end or not doc[end].text.startswith("("):
                continue
            if any(t.lower_ in _BIRTH_WORDS for t in doc[end + 1 : min(sent.end, end + 4)]):
                out.append(Candidate(sent.start, end, 1, "Person", None, set()))
        return out

    def copula_subjects(self, doc: Doc) -> list[Candidate]:
        """ "The Harwick Gazette is the weekly newspaper of ...", "X was a British pharmacy chain": the name that
        a copula says is an organisation noun that describes no person (``location.organization_nouns`` and
        ``situated_nouns`` in patterns.yaml) is an organisation's (a product's after ``copula_product_nouns``), whatever the NER says (it often takes one for a person's). The
        name is the NER's span around the subject, or its capitalised compound words."""
        out = []
        lemmas = token_columns(doc).lemma
        for i, lemma in enumerate(lemmas):  # a Token object only for the copulas
            if lemma != "be" or not self.noun_premodifiers:
                continue
            verb = doc[i]
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < i), None)
            attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > i and c.pos_ == "NOUN"), None)
            if subject is None or attr is None or subject.pos_ != "PROPN" or not attr.is_lower:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in attr.children):
                continue  # "X is part of", "X is home to": no description
            if attr.lemma_ in self.organization_nouns:
                etype = "Organization"
            elif attr.lemma_ in self.product_nouns:
                etype = "Product"  # "X is a carbonated beverage", "X is a web browser"
            else:
                continue
            if subject.ent_iob_ != "O" and subject.ent_type_ not in NOT_NAMES:
                start, end = subject.i, subject.i + 1
                while start > 0 and doc[start].ent_iob_ == "I":
                    start -= 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
                while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct):
                    start += 1
            else:
                start, end = subject.i, subject.i + 1
                while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
                    start -= 1
            if end <= subject.i or not all(t.text[:1].isupper() or not t.is_alpha for t in doc[start:end]):
                continue
            if doc[start].text in self.first_names:
                continue  # "Lucy Marsh is a school ...": a person's name, whatever the sentence goes on to say
            out.append(Candidate(start, end, 1, etype, None, set()))
        return out


def without_event_names(doc: Doc, candidates: list[Candidate], heads: set[str]) -> list[Candidate]:
    """ "the Civil War", "the Nexalia Prize": the NER's name of an event or an award (its last word one of ``heads``,
    ``event_heads`` in lexicon.yaml) holds no fact, nor does a part of it ("the Lancaster House Agreement"): the
    candidates left, a known (gazetteer) name in it kept. The tokens are kept in ``doc.user_data[EVENT_TOKENS]``,
    where no later step reads a name either."""
    taken = {
        i
        for c in candidates
        if c.priority == 2 and c.end - c.start >= 2 and doc[c.end - 1].text in heads
        for i in range(c.start, c.end)
    }
    doc.user_data[EVENT_TOKENS] = taken
    return [c for c in candidates if c.priority == 0 or not any(i in taken for i in range(c.start, c.end))]


class NotNames:
    """Capitalised words the NER reads as a name that name no one: a post ("Minister of Public Works", "Director of
    Research": a title of ``person_roles`` or ``office_words`` and its complement) or a description the indefinite
    article gives away ("a state-funded Management School": the capitalised head of a noun phrase that starts with
    "a" describes, a name would not take the article)."""

    def __init__(self, words: MentionWords):
        self.posts = words.person_roles | words.office_words
        self.indefinite = set(language_data(words.lang, "lexicon").get("indefinite_determiners", []))

    def __call__(self, doc: Doc, start: int, end: int) -> bool:
        if end - start >= 3 and doc[start].lower_ in self.posts and doc[start + 1].lower_ == "of":
            return True
        head = doc[end - 1]
        return (
            head.dep_ != "compound"
            and head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "det" and c.lower_ in self.indefinite and c.i < start for c in head.children)
        )
