"""A probe grid for English: for each relation, the usual ways a journalist says it (active and passive,
nominalisation, apposition, relative clause, participle, possessive and compound, lists, "-led"/"-backed"
compounds), on invented sentences written for these tests (not from any corpus). Each probe asserts its
triples; a probe the extractor does not read yet is a strict xfail whose reason names the mechanism that
misses (name typing, parse shape, missing trigger, list, coreference), so the grid documents the gaps.

Symmetric relations (partnerOf, competitorOf) are checked in either direction. A probe with no triple
asserts that no fact of its relations is found (hedged, negated)."""

import pytest
from conftest import facts

pytestmark = pytest.mark.filterwarnings("ignore")

_SYMMETRIC = {"partnerOf", "competitorOf"}

# name typing: the NER reads some invented one-word names (Nexalia) as places and misses others that open a
# sentence, and nothing else in a one-sentence text types them
NAME = "name typing"
RULE = "missing trigger"
PARSE = "parse shape"
LIST = "list"
COREF = "coreference"


def _probe(text, *triples, gap=None):
    marks = [pytest.mark.xfail(strict=True, reason=gap, raises=AssertionError)] if gap else []
    return pytest.param(text, triples, marks=marks, id=text[:60])


INVESTED = [
    _probe("Pell Capital invested in Quillon.", ("pell-capital", "investedIn", "quillon")),
    _probe("Quillon raised $40 million in a round led by Pell Capital.", ("pell-capital", "investedIn", "quillon")),
    _probe(
        "Quillon raised $40 million from Pell Capital and Harrow Ventures.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon closed a Series B round of $40 million led by Pell Capital, with participation from Harrow "
        "Ventures and Ondine Partners.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
        ("ondine-partners", "investedIn", "quillon"),
    ),
    _probe("Quillon, which is backed by Pell Capital, reported more sales.", ("pell-capital", "investedIn", "quillon")),
    _probe(
        "Backed by Pell Capital, Quillon builds software for hospitals.",
        ("pell-capital", "investedIn", "quillon"),
    ),
    _probe(
        "The Pell Capital-backed startup Quillon reported more sales.",
        ("pell-capital", "investedIn", "quillon"),
    ),
    _probe("Users like the Sequoia-backed startup Quillon.", ("sequoia-capital", "investedIn", "quillon")),
    _probe("Pell Capital-backed Quillon reported more sales.", ("pell-capital", "investedIn", "quillon")),
    _probe("Quillon raised $40 million in a Pell Capital-led round.", ("pell-capital", "investedIn", "quillon")),
    _probe(
        "Quillon raised $40 million. Pell Capital led the round, and Harrow Ventures joined it.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
        gap=f"{COREF}: 'it' for the round in a second clause",
    ),
    _probe(
        "Pell Capital led the $40 million round in Quillon.",
        ("pell-capital", "investedIn", "quillon"),
    ),
    _probe(
        "Pell Capital's investment in Quillon was its largest this year.", ("pell-capital", "investedIn", "quillon")
    ),
    _probe(
        "Pell Capital, an early investor in Quillon, declined to comment.", ("pell-capital", "investedIn", "quillon")
    ),
    _probe(
        "Quillon's investors include Pell Capital and Harrow Ventures.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon counts Pell Capital and Harrow Ventures among its investors.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Pell Capital and Harrow Ventures invested $40 million in Quillon.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe("Nexalia invested $25 million in Quillon.", ("nexalia", "investedIn", "quillon")),
    _probe(
        "Orbitron and Nexalia invested in Quillon.",
        ("orbitron", "investedIn", "quillon"),
        ("nexalia", "investedIn", "quillon"),
    ),
    _probe(
        "Nexalia and Orbitron invested in Quillon.",
        ("orbitron", "investedIn", "quillon"),
        ("nexalia", "investedIn", "quillon"),
    ),
    _probe(
        "Pell Capital has invested in Quillon and Vantix.",
        ("pell-capital", "investedIn", "quillon"),
        ("pell-capital", "investedIn", "vantix"),
    ),
    _probe("Quillon, in which Pell Capital invested last year, is hiring.", ("pell-capital", "investedIn", "quillon")),
    _probe(
        "Quillon secured $40 million from investors including Pell Capital and Harrow Ventures.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon landed Pell Capital as lead investor in a $40 million round.",
        ("pell-capital", "investedIn", "quillon"),
        gap=f"{RULE}: 'landed X as lead investor' (the investor as object, its role after 'as')",
    ),
    _probe("Pell Capital took a 10% stake in Quillon last year.", ("pell-capital", "investedIn", "quillon")),
    _probe("Pell Capital backed Quillon in 2021.", ("pell-capital", "investedIn", "quillon")),
    _probe(
        "Quillon is backed by Pell Capital and Harrow Ventures.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe("Microsoft invested $10 billion in OpenAI.", ("microsoft", "investedIn", "openai")),
    _probe("Amazon-backed Anthropic released a new model.", ("amazon", "investedIn", "anthropic")),
    _probe(
        "Quillon raised $40 million. The round was led by Pell Capital, with Harrow Ventures also participating.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe("Harrow Ventures joined the round in Nexalia.", ("harrow-ventures", "investedIn", "nexalia")),
    _probe(
        "Funded by Sequoia and Pell Capital, Quillon builds software.",
        ("sequoia-capital", "investedIn", "quillon"),
        ("pell-capital", "investedIn", "quillon"),
    ),
    _probe("Quillon raised the largest round in Nexalia."),
    _probe(
        "Quillon's backers include Pell Capital and Harrow Ventures.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe("Quillon raised $40 million with backing from Pell Capital.", ("pell-capital", "investedIn", "quillon")),
    _probe("Pell Capital poured $40 million into Quillon.", ("pell-capital", "investedIn", "quillon")),
    _probe("Pell Capital put $40 million into Quillon.", ("pell-capital", "investedIn", "quillon")),
    _probe("Quillon, whose investors include Pell Capital, is hiring.", ("pell-capital", "investedIn", "quillon")),
    _probe(
        "The round was led by Pell Capital and joined by Harrow Ventures, Quillon said.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
        gap=f"{COREF}: the round's company named only as the speaker after the clause",
    ),
    _probe(
        "Quillon raised $40 million in a round co-led by Pell Capital and Harrow Ventures.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe("Pell Capital will co-lead the round in Quillon.", ("pell-capital", "investedIn", "quillon")),
    _probe(
        "Orbitron and Harrow Ventures led Quillon's $40 million round.",
        ("orbitron", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon raised $40 million. Existing investor Pell Capital also participated.",
        ("pell-capital", "investedIn", "quillon"),
    ),
    _probe(
        "Investors including Pell Capital and Harrow Ventures pumped $40 million into Quillon.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "A group of investors, including Pell Capital and Harrow Ventures, put $40 million into Quillon.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Pell Capital is an investor in Quillon.",
        ("pell-capital", "investedIn", "quillon"),
        gap=f"{NAME}: a name the NER calls a place after 'investor in' (a copula's noun) stays a place",
    ),
    _probe(
        "Quillon, a Pell Capital portfolio company, is hiring.",
        ("pell-capital", "investedIn", "quillon"),
        gap=f"{RULE}: 'a X portfolio company' (the investor as a premodifier of 'portfolio company')",
    ),
    _probe("Users like Quillon, a Nexalia investor.", ("quillon", "investedIn", "nexalia")),
    _probe("Quillon raised $40 million. The deal was led by Pell Capital.", ("pell-capital", "investedIn", "quillon")),
    _probe(
        "Quillon raised $40 million. Pell Capital led the investment, joined by Harrow Ventures.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon raised $40 million. Pell Capital led the deal, with Harrow Ventures participating.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Pell Capital is the lead investor in Quillon's $40 million round.", ("pell-capital", "investedIn", "quillon")
    ),
    _probe(
        "Quillon raised $40 million. Pell Capital was the lead investor in the round.",
        ("pell-capital", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon raised $40 million. Pell Capital led, with Harrow Ventures participating.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
        gap=f"{RULE}: a lead verb with no object ('A led, with B participating') is not read as leading the round",
    ),
    _probe(
        "Quillon raised $40 million. Pell Capital and Harrow Ventures took part.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon, a startup in which Pell Capital took a 20% stake in 2023, is hiring.",
        ("pell-capital", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon raised $40 million in Series A funding, led by Pell Capital and Harrow Ventures.",
        ("pell-capital", "investedIn", "quillon"),
        ("harrow-ventures", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon makes chips. With $40 million raised from Pell Capital, Quillon plans to hire.",
        ("pell-capital", "investedIn", "quillon"),
    ),
    _probe(
        "Quillon raised $40 million. Pell Capital spearheaded the round.", ("pell-capital", "investedIn", "quillon")
    ),
    _probe("Pell Capital could invest in Quillon next year."),
    _probe("Quillon is raising $40 million from Pell Capital, according to people familiar with the matter."),
    _probe("Pell Capital did not invest in Quillon."),
]

PEOPLE = [
    _probe("Lucy Marsh, the chief executive of Quillon, said the deal was done.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe("Quillon chief executive Lucy Marsh said the deal was done.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe("Quillon CEO Lucy Marsh said the deal was done.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe("Quillon's chief executive, Lucy Marsh, said the deal was done.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe("Lucy Marsh, who runs Quillon, said the deal was done.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe("Lucy Marsh, Quillon's chief executive, said the deal was done.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe("Lucy Marsh is the chief executive of Quillon.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe(
        "Lucy Marsh, the former chief executive of Vantix, said the deal was done.", ("lucy-marsh", "ceoOf", "vantix")
    ),
    _probe("Quillon named Lucy Marsh as its new chief executive.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe("Nexalia boss Lucy Marsh said the deal was done.", ("lucy-marsh", "ceoOf", "nexalia")),
    _probe("Lucy Marsh joined Quillon in 2022.", ("lucy-marsh", "worksFor", "quillon")),
    _probe(
        "Lucy Marsh, a former Nexalia executive, joined Quillon.",
        ("lucy-marsh", "worksFor", "nexalia"),
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe(
        "Former Nexalia executive Lucy Marsh joined Quillon.",
        ("lucy-marsh", "worksFor", "nexalia"),
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe(
        "Lucy Marsh, a former engineer at Nexalia, joined Quillon.",
        ("lucy-marsh", "worksFor", "nexalia"),
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe("Lucy Marsh, a researcher at Quillon, said the model was slow.", ("lucy-marsh", "worksFor", "quillon")),
    _probe("Nexalia researcher Lucy Marsh said the model was slow.", ("lucy-marsh", "worksFor", "nexalia")),
    _probe(
        "Quillon researcher Lucy Marsh said the model was slow.",
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe("Film director Lucy Marsh said the model was slow."),
    _probe("Quillon hired 20 engineers from Orbitron."),
    _probe(
        "Lucy Marsh, who leads research at Quillon, said the model was slow.", ("lucy-marsh", "worksFor", "quillon")
    ),
    _probe("Lucy Marsh, head of research at Nexalia, said the model was slow.", ("lucy-marsh", "worksFor", "nexalia")),
    _probe(
        "Lucy Marsh, who previously worked at Nexalia, said the model was slow.", ("lucy-marsh", "worksFor", "nexalia")
    ),
    _probe(
        "Lucy Marsh left Orbitron to join Quillon.",
        ("lucy-marsh", "worksFor", "orbitron"),
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe(
        "Quillon hired Lucy Marsh from Orbitron.",
        ("lucy-marsh", "worksFor", "quillon"),
        ("lucy-marsh", "worksFor", "orbitron"),
    ),
    _probe(
        "Quillon poached Lucy Marsh from Nexalia last month.",
        ("lucy-marsh", "worksFor", "nexalia"),
        gap=f"{NAME}: a name the NER calls a place after 'from' is read as one when the verb is no deal verb",
    ),
    _probe("Quillon recruited Lucy Marsh from Google.", ("lucy-marsh", "worksFor", "google")),
    _probe("Quillon appointed Lucy Marsh chief technology officer.", ("lucy-marsh", "worksFor", "quillon")),
    _probe(
        "Lucy Marsh, Quillon's chief technology officer, said the model was slow.",
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe(
        "Quillon co-founder and CEO Lucy Marsh said sales doubled.",
        ("lucy-marsh", "ceoOf", "quillon"),
        ("quillon", "foundedBy", "lucy-marsh"),
        gap=f"{NAME}: a sentence-opening unknown name before coordinated titles ('co - founder and CEO') is no candidate",
    ),
    _probe(
        "Lucy Marsh, co-founder and chief executive of Quillon, said sales doubled.",
        ("lucy-marsh", "ceoOf", "quillon"),
        ("quillon", "foundedBy", "lucy-marsh"),
    ),
    _probe("Lucy Marsh, who heads Quillon, said sales doubled.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe("Lucy Marsh took over as chief executive of Quillon in May.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe("Lucy Marsh, who spent six years at Orbitron, said sales doubled.", ("lucy-marsh", "worksFor", "orbitron")),
    _probe("Lucy Marsh, a senior researcher at Orbitron, said sales doubled.", ("lucy-marsh", "worksFor", "orbitron")),
    _probe(
        "Quillon has hired former Orbitron engineer Lucy Marsh.",
        ("lucy-marsh", "worksFor", "quillon"),
        ("lucy-marsh", "worksFor", "orbitron"),
    ),
    _probe("Lucy Marsh, an Orbitron alumna, said sales doubled.", ("lucy-marsh", "worksFor", "orbitron")),
    _probe(
        "Lucy Marsh went on to teach history at the University of Tunis.",
        ("lucy-marsh", "worksFor", "university-of-tunis"),
    ),
    # a university's alumni are its former students, not staff
    _probe("Lucy Marsh, an MIT alumna, said sales doubled."),
    _probe(
        "Quillon raised money. Lucy Marsh, the company's co-founder, said sales doubled.",
        ("quillon", "foundedBy", "lucy-marsh"),
        gap=f"{PARSE}: 'co-founder' cut in three with a description's possessor on 'co' ('founder' alone is read)",
    ),
    _probe(
        "Quillon raised money. Lucy Marsh, the startup's chief executive, said sales doubled.",
        ("lucy-marsh", "ceoOf", "quillon"),
    ),
    _probe("Sundar Pichai, the chief executive of Google, spoke on Monday.", ("sundar-pichai", "ceoOf", "google")),
    # a part of a company one runs: the runner works there, and does not head the company
    _probe(
        "Quillon Labs sells sensors. Lucy Marsh, who leads Quillon Labs's robotics team, spoke on Monday.",
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe(
        "Quillon Labs sells sensors. Lucy Marsh runs the research unit of Quillon Labs.",
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    # coordinated titles after one company's name, the sentence opening with it: the company is both titles'
    _probe(
        "Brintel Labs CEO Lucy Marsh and CTO Tom Reyes asked for more time.",
        ("lucy-marsh", "ceoOf", "brintel"),
        ("tom-reyes", "worksFor", "brintel"),
    ),
    _probe(
        "Quillon Labs sells sensors. Lucy Marsh, a spokeswoman for Quillon Labs, declined to comment.",
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe("Quillon Labs sells sensors. Lucy Marsh, a lawyer for Quillon Labs, declined to comment."),
    # a rank adjective between the company and the title of an apposition
    _probe(
        "Quillon Labs sells sensors. Lucy Marsh, Quillon Labs executive vice president, declined to comment.",
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    # a person's company: its owner, founder or head works there
    _probe(
        "Quillon Labs sells sensors. The round was led by Lucy Marsh's Brintel Capital.",
        ("lucy-marsh", "worksFor", "brintel-capital"),
    ),
    _probe(
        "Quillon Labs sells sensors. Lucy Marsh serves as Quillon Labs's chief operating officer.",
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe("Quillon Labs sells sensors. Lucy Marsh, CEO at Quillon Labs, spoke.", ("lucy-marsh", "ceoOf", "quillon")),
    _probe(
        "Quillon Labs sells sensors. Lucy Marsh returns to Quillon Labs as CEO.", ("lucy-marsh", "ceoOf", "quillon")
    ),
    # "at" that describes the person (not where a meeting took place)
    _probe(
        'Quillon Labs sells sensors. "It is ready," said Lucy Marsh at Quillon Labs.',
        ("lucy-marsh", "worksFor", "quillon"),
    ),
    _probe(
        "Quillon Labs sells sensors. Analysts such as Lucy Marsh at Brintel Capital expect growth.",
        ("lucy-marsh", "worksFor", "brintel-capital"),
    ),
    _probe("Quillon Labs sells sensors. Tom Reyes met Lucy Marsh at Quillon Labs last week."),
    _probe(
        "Quillon Labs sells sensors. Two of Quillon Labs's co-founders, CEO Lucy Marsh and researcher Tom Reyes, "
        "will stay.",
        ("quillon", "foundedBy", "lucy-marsh"),
        ("quillon", "foundedBy", "tom-reyes"),
        ("lucy-marsh", "ceoOf", "quillon"),
        ("tom-reyes", "worksFor", "quillon"),
    ),
    # examples of a plural staff title with the company before it: each worked there and joined the object
    _probe(
        "Orbitron Robotics sells arms. Several former Nexalia Systems engineers joined Orbitron Robotics, including "
        "Lucy Marsh and Tom Reyes.",
        ("lucy-marsh", "worksFor", "nexalia-systems"),
        ("tom-reyes", "worksFor", "nexalia-systems"),
        ("lucy-marsh", "worksFor", "orbitron-robotics"),
        ("tom-reyes", "worksFor", "orbitron-robotics"),
    ),
]

MADE = [
    _probe("Quillon released Orbis, a new language model.", ("orbis", "developedBy", "quillon")),
    _probe("Quillon unveiled Orbis 2 on Tuesday.", ("orbis-2", "developedBy", "quillon")),
    _probe("Quillon launched its Orbis chatbot in March.", ("orbis", "developedBy", "quillon")),
    _probe("Quillon unveiled Orbis on Tuesday.", ("orbis", "developedBy", "quillon")),
    _probe("Quillon trained Orbis on public data.", ("orbis", "developedBy", "quillon")),
    _probe("Users said Orbis, which was developed by Quillon, was fast.", ("orbis", "developedBy", "quillon")),
    _probe("Users said Orbis, developed by Quillon, was fast.", ("orbis", "developedBy", "quillon")),
    _probe("Orbis-2 was developed by Quillon.", ("orbis-2", "developedBy", "quillon")),
    _probe(
        "Orbis was developed by Quillon.",
        ("orbis", "developedBy", "quillon"),
        gap=f"{NAME}: an unknown name that opens the sentence, untagged by the NER, is no candidate",
    ),
    _probe("Users said Quillon's Orbis model beat its rivals.", ("orbis", "developedBy", "quillon")),
    _probe(
        "Quillon's Orbis model beat its rivals.",
        ("orbis", "developedBy", "quillon"),
    ),
    _probe("Orbis-2, Quillon's chatbot, has ten million users.", ("orbis-2", "developedBy", "quillon")),
    _probe(
        "Orbis, Quillon's chatbot, has ten million users.",
        ("orbis", "developedBy", "quillon"),
    ),
    _probe("Users love Orbis, Quillon's new assistant.", ("orbis", "developedBy", "quillon")),
    _probe("Paris, France's capital, hosted the summit."),
    _probe("Orbis-2, the chatbot built by Quillon, has ten million users.", ("orbis-2", "developedBy", "quillon")),
    _probe("Built by Quillon, Orbis-2 has ten million users.", ("orbis-2", "developedBy", "quillon")),
    _probe(
        "The Quillon-made Orbis-2 model beat its rivals.",
        ("orbis-2", "developedBy", "quillon"),
        gap=f"{NAME}: an unknown name hyphenated to '-made' after the sentence's first word is no candidate",
    ),
    _probe("Quillon, the maker of Orbis-2, raised money.", ("orbis-2", "developedBy", "quillon")),
    _probe(
        "Quillon, the maker of Orbis, raised money.",
        ("orbis", "developedBy", "quillon"),
    ),
    _probe("Users like Orbis maker Quillon.", ("orbis", "developedBy", "quillon")),
    _probe("Quillon, the developer of Orbis, raised money.", ("orbis", "developedBy", "quillon")),
    _probe("Quillon, which makes the Orbis-2 chatbot, raised money.", ("orbis-2", "developedBy", "quillon")),
    _probe("Quillon, the company behind Orbis-2, raised money.", ("orbis-2", "developedBy", "quillon")),
    _probe("Orbis-2 maker Quillon raised money.", ("orbis-2", "developedBy", "quillon")),
    _probe(
        "Quillon released Orbis and Orbis Mini.",
        ("orbis", "developedBy", "quillon"),
        ("orbis-mini", "developedBy", "quillon"),
        gap=f"{LIST}: the second item of a list of made things keeps the NER's type",
    ),
    _probe(
        "Quillon rolled out Orbis to all users.",
        ("orbis", "developedBy", "quillon"),
    ),
    _probe("Quillon debuted Orbis, its first reasoning model.", ("orbis", "developedBy", "quillon")),
    _probe("Quillon's latest model, Orbis-2, beat its rivals.", ("orbis-2", "developedBy", "quillon")),
    _probe("Orbis-2, the latest model from Quillon, beat its rivals.", ("orbis-2", "developedBy", "quillon")),
    _probe("Quillon is the company behind Orbis-2.", ("orbis-2", "developedBy", "quillon")),
    _probe("Users said Quillon's latest model, Orbis, beat its rivals.", ("orbis", "developedBy", "quillon")),
    _probe("Quillon makes Orbis, a chatbot for lawyers.", ("orbis", "developedBy", "quillon")),
    _probe(
        "Orbis, from Quillon, beat its rivals.",
        ("orbis", "developedBy", "quillon"),
        gap=f"{RULE}: 'X, from Y,' (an aside giving the maker after 'from')",
    ),
    _probe("OpenAI launched GPT-5 on Thursday.", ("gpt-5", "developedBy", "openai")),
    # a product not out yet is announced, not made (the launch verbs' own "will"; deals keep theirs)
    _probe("Quillon will release Orbis-2 next year."),
    _probe("Orbis-2 will be unveiled by Quillon in the spring."),
    _probe(
        "Quillon Labs hopes to release Orbis-3 by June.",
        gap=f"{PARSE}: the small model lemmatises 'hopes' as 'hop', no hedging governor (matching the written form "
        "made 'By partnering with X, Y hopes to ...' a plan: the walk up passes adverbial clauses)",
    ),
    # a version made from another's model is no launch of that model
    _probe("Quillon Labs released a fine-tuned version of Llama 3."),
    _probe("Quillon Labs shipped a customised version of Llama 3 for banks."),
    _probe("Meta released a new version of Llama 3.", ("llama-3", "developedBy", "meta")),
    _probe("Quillon Labs uses a fine-tuned version of Llama 3.", ("quillon", "usesModel", "llama-3")),
    _probe(
        "Quillon released Orbis-2 and will ship Orbis-3 in May.",
        ("orbis-2", "developedBy", "quillon"),
    ),
    _probe("Quillon Labs said it had launched Orbis-2 for coders.", ("orbis-2", "developedBy", "quillon")),
    _probe(
        "Quillon said it had launched Orbis-2 for coders.",
        ("orbis-2", "developedBy", "quillon"),
        gap=f"{NAME}: an unknown one-word name that opens the sentence is no candidate",
    ),
]

USES = [
    _probe("Nexalia uses Orbis-2 in its call centres.", ("nexalia", "usesModel", "orbis-2")),
    _probe("Nexalia stopped using Orbis-2 last year."),
    _probe("Users said Orbis-2 powers Nexalia's Vireo app.", ("vireo", "usesModel", "orbis-2")),
    _probe("Quillon Labs said it is powering its Vireo app with Orbis-2.", ("vireo", "usesModel", "orbis-2")),
    # a pronoun for the thing powered, or for the model, is a guess
    _probe("Chip makers and the cloud hosts that power them met in Paris."),
    _probe("Nexalia's Vireo app, powered by Orbis-2, opened to all users.", ("vireo", "usesModel", "orbis-2")),
    _probe(
        "Nexalia's Vireo app, which runs on Orbis-2, opened to all users.",
        ("vireo", "usesModel", "orbis-2"),
        ("vireo", "developedBy", "nexalia"),
    ),
    # examples after the comma that closes a plural object stand for it; not after another phrase's comma
    _probe(
        "Quillon has tested several models, including Orbis-2 and Lumen-3.",
        ("quillon", "usesModel", "orbis-2"),
        ("quillon", "usesModel", "lumen-3"),
    ),
    _probe(
        "According to Quillon, GPT-4 now powers a dozen services, including Microsoft Copilot.",
        ("microsoft-copilot", "usesModel", "gpt-4"),
    ),
    _probe("Nexalia is considering a switch to Orbis-2."),
    _probe("Clients can reach Orbis-2, on which the Vireo app is built.", ("vireo", "usesModel", "orbis-2")),
    # a relative clause on "the <product noun> of X" is the product's, not the maker's nearer the pronoun
    _probe(
        "Vireo, the assistant of Quillon Labs that runs on GPT-4o, has many users.",
        ("vireo", "usesModel", "gpt-4o"),
        ("vireo", "developedBy", "quillon"),
    ),
    _probe("ChatGPT, the chatbot of OpenAI that runs on GPT-5, gained users.", ("chatgpt", "usesModel", "gpt-5")),
    _probe("The clients of Quillon Labs that use GPT-4o pay less."),
    # an unknown word the NER calls a person, before a product noun, names the product
    _probe("The Vireo app is powered by Orbis-2.", ("vireo", "usesModel", "orbis-2")),
    _probe(
        "Quillon Labs launched the Vireo app, which runs on Nexalia's Orbis-2 model.",
        ("vireo", "developedBy", "quillon"),
        ("vireo", "usesModel", "orbis-2"),
        ("orbis-2", "developedBy", "nexalia"),
    ),
    _probe("Orbis-2 now powers a dozen services, including the Vireo chatbot.", ("vireo", "usesModel", "orbis-2")),
]

PARTNERS = [
    _probe("Quillon partnered with Nexalia.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon has teamed up with Nexalia to build chips.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon struck a deal with Nexalia to sell its software.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon and Nexalia announced a partnership on Monday.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon signed a partnership with Nexalia.", ("quillon", "partnerOf", "nexalia")),
    _probe(
        "Quillon's partnership with Orbitron will run for five years.",
        ("quillon", "partnerOf", "orbitron"),
    ),
    _probe("Quillon formed an alliance with Nexalia.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon is working with Nexalia on a new chip.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon, a partner of Nexalia, raised money.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon is collaborating with Nexalia on safety research.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon and Nexalia have joined forces to build a data centre.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon inked a deal with Nexalia.", ("quillon", "partnerOf", "nexalia")),
    _probe("Quillon is teaming up with Orbitron on chips.", ("quillon", "partnerOf", "orbitron")),
    _probe("Quillon and Orbitron signed an agreement to build a data centre.", ("quillon", "partnerOf", "orbitron")),
    _probe("Quillon announced a collaboration with Orbitron.", ("quillon", "partnerOf", "orbitron")),
    _probe(
        "Quillon, which partners with Orbitron, raised money.",
        ("quillon", "partnerOf", "orbitron"),
        gap=f"{PARSE}: 'partners' in a relative clause is tagged a plural noun",
    ),
    _probe("Quillon could partner with Nexalia next year."),
    _probe("Quillon ranks among the partners of Orbitron.", ("quillon", "partnerOf", "orbitron")),
    # a bare "in partnership with" says how the subject did what the verb says, whatever the verb
    _probe("Quillon designed the chip in collaboration with Orbitron.", ("quillon", "partnerOf", "orbitron")),
    _probe("Quillon built the chip in partnership with Orbitron.", ("quillon", "partnerOf", "orbitron")),
    # what two organisations do jointly makes them partners; co-investors are not
    _probe("Quillon and Orbitron jointly run a data centre in Oslo.", ("quillon", "partnerOf", "orbitron")),
    _probe("The chip was designed jointly by Quillon and Orbitron.", ("quillon", "partnerOf", "orbitron")),
    _probe("Quillon might jointly build a chip with Orbitron."),
    _probe("Quillon signed no agreement with Orbitron."),
    # a tie that was ended is no fact; "ended up" is no ending
    _probe("Quillon ended its partnership with Orbitron."),
    _probe("Quillon put an end to its alliance with Orbitron."),
    _probe("Quillon stopped working with Orbitron."),
    _probe("Quillon ended up signing a deal with Orbitron.", ("quillon", "partnerOf", "orbitron")),
]

RIVALS = [
    _probe("Quillon competes with Nexalia.", ("quillon", "competitorOf", "nexalia")),
    _probe(
        "Quillon competes with Nexalia and Orbitron.",
        ("quillon", "competitorOf", "nexalia"),
        ("quillon", "competitorOf", "orbitron"),
    ),
    _probe("Quillon, a rival of Nexalia, raised money.", ("quillon", "competitorOf", "nexalia")),
    _probe("Quillon, an Orbitron rival, raised money.", ("quillon", "competitorOf", "orbitron")),
    _probe(
        "Quillon, a Nexalia rival, raised money.",
        ("quillon", "competitorOf", "nexalia"),
    ),
    _probe("Orbitron rival Quillon raised money.", ("quillon", "competitorOf", "orbitron")),
    _probe("Quillon is taking on Nexalia in the chip market.", ("quillon", "competitorOf", "nexalia")),
    _probe("Quillon, which competes with Nexalia, raised money.", ("quillon", "competitorOf", "nexalia")),
    _probe("Quillon and its rival Orbitron both raised money.", ("quillon", "competitorOf", "orbitron")),
    _probe("Quillon faces competition from Orbitron.", ("quillon", "competitorOf", "orbitron")),
    _probe("Quillon is a competitor to Nexalia.", ("quillon", "competitorOf", "nexalia")),
    _probe("Quillon is challenging Nexalia in the chip market.", ("quillon", "competitorOf", "nexalia")),
    _probe(
        "Quillon's rivals include Nexalia and Orbitron.",
        ("quillon", "competitorOf", "nexalia"),
        ("quillon", "competitorOf", "orbitron"),
    ),
    _probe("Quillon and Orbitron are rivals.", ("quillon", "competitorOf", "orbitron")),
    _probe("Quillon, which rivals Orbitron, raised money.", ("quillon", "competitorOf", "orbitron")),
    _probe("Quillon's rival Orbitron raised money.", ("quillon", "competitorOf", "orbitron")),
    _probe("Quillon takes on Orbitron with its new model.", ("quillon", "competitorOf", "orbitron")),
    _probe(
        "Quillon competes against Orbitron and Vantix.",
        ("quillon", "competitorOf", "orbitron"),
        ("quillon", "competitorOf", "vantix"),
    ),
    _probe("Quillon is seen as a challenger to Orbitron.", ("quillon", "competitorOf", "orbitron")),
    _probe("Anthropic, an OpenAI rival, raised money.", ("anthropic", "competitorOf", "openai")),
    _probe(
        "Orbitron's rivals, including Quillon and Nexalia, raised money.",
        ("orbitron", "competitorOf", "quillon"),
        ("orbitron", "competitorOf", "nexalia"),
    ),
    _probe(
        "The rivals of Orbitron, such as Quillon and Vantix, raised money.",
        ("orbitron", "competitorOf", "quillon"),
        ("orbitron", "competitorOf", "vantix"),
    ),
    _probe("Quillon is in direct competition with Orbitron.", ("quillon", "competitorOf", "orbitron")),
    _probe("Quillon and Orbitron are in competition for the same customers.", ("quillon", "competitorOf", "orbitron")),
    _probe("Quillon and Orbitron are not in competition."),
    _probe("Quillon lists Orbitron as a competitor.", ("quillon", "competitorOf", "orbitron")),
    _probe(
        "Quillon lists Orbitron as a competitor to Nexalia.",
        ("orbitron", "competitorOf", "nexalia"),
    ),
]

COMPUTE = [
    _probe("Nexalia supplies chips to Quillon.", ("nexalia", "providesComputeTo", "quillon")),
    _probe("Nexalia will provide computing power to Quillon.", ("nexalia", "providesComputeTo", "quillon")),
    _probe("Quillon trains its models on Nexalia's GPUs.", ("nexalia", "providesComputeTo", "quillon")),
    _probe("Quillon will use Orbitron's chips to train its models.", ("orbitron", "providesComputeTo", "quillon")),
    _probe("Quillon will rent GPUs from Nexalia.", ("nexalia", "providesComputeTo", "quillon")),
    _probe(
        "Quillon agreed to buy $10 billion of computing capacity from Nexalia.",
        ("nexalia", "providesComputeTo", "quillon"),
    ),
    _probe("Nexalia, Quillon's cloud provider, raised prices.", ("nexalia", "providesComputeTo", "quillon")),
    _probe("Anthropic will use Google's TPUs to train Claude.", ("google", "providesComputeTo", "anthropic")),
    _probe(
        "Quillon signed a $10 billion deal to buy computing power from Orbitron.",
        ("orbitron", "providesComputeTo", "quillon"),
    ),
    _probe("Orbitron will host Quillon's models in its data centres.", ("orbitron", "providesComputeTo", "quillon")),
    _probe("Orbitron is Quillon's cloud provider.", ("orbitron", "providesComputeTo", "quillon")),
    _probe("Orbitron is supplying Quillon with GPUs.", ("orbitron", "providesComputeTo", "quillon")),
    _probe("Quillon will train its models on Orbitron's chips.", ("orbitron", "providesComputeTo", "quillon")),
    _probe(
        "Orbitron rents its GPUs to several startups, including Quillon and Nexalia.",
        ("orbitron", "providesComputeTo", "quillon"),
        ("orbitron", "providesComputeTo", "nexalia"),
    ),
    _probe(
        "Orbitron sells compute to dozens of customers, including Quillon.",
        ("orbitron", "providesComputeTo", "quillon"),
    ),
    # compute got under a deal the clause states: the two are partners too
    _probe(
        "Quillon has agreed to lease computing power from Orbitron as part of a $30 billion deal.",
        ("orbitron", "providesComputeTo", "quillon"),
        ("quillon", "partnerOf", "orbitron"),
    ),
    _probe(
        "Quillon has agreed to pay Orbitron $20 billion for cloud services.",
        ("orbitron", "providesComputeTo", "quillon"),
        ("quillon", "partnerOf", "orbitron"),
    ),
    # the one who trains is the customer: a passive's agent is no provider
    _probe("Quillon's models were trained by Orbitron."),
    _probe("Quillon's models are trained on a supercomputer built by Orbitron."),
    _probe(
        "Quillon will get access to Orbitron's GPUs.",
        ("orbitron", "providesComputeTo", "quillon"),
        gap=f"{RULE}: 'get access to X's GPUs' (access to a provider's compute)",
    ),
    _probe(
        "Quillon tapped Orbitron for cloud computing.",
        ("orbitron", "providesComputeTo", "quillon"),
        gap=f"{RULE}: 'tapped X for cloud computing' (a choosing verb with the compute after 'for')",
    ),
    _probe(
        "Quillon runs on Orbitron's cloud.",
        ("orbitron", "providesComputeTo", "quillon"),
        gap=f"{RULE}: 'runs on X's cloud' is left out on purpose (what runs there is often a product)",
    ),
    _probe(
        "Quillon signed a cloud deal with Orbitron.",
        ("orbitron", "providesComputeTo", "quillon"),
        gap=f"{RULE}: a 'cloud deal with X' is read as a partnership only",
    ),
    _probe(
        "Quillon will use up to one million of Orbitron's TPUs.",
        ("orbitron", "providesComputeTo", "quillon"),
        gap=f"{PARSE}: a quantity 'of X's TPUs' between the verb and the compute noun",
    ),
]


def _found(got, triple):
    s, r, o = triple
    return triple in got or (r in _SYMMETRIC and (o, r, s) in got)


@pytest.mark.parametrize(("text", "triples"), INVESTED + PEOPLE + MADE + USES + PARTNERS + RIVALS + COMPUTE)
def test_en_grid(en, text, triples):
    got = facts(en, text)
    if not triples:
        assert not got, got
    for triple in triples:
        assert _found(got, triple), (triple, sorted(got))
