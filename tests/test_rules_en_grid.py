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
    _probe(
        "Lucy Marsh, an Orbitron alumna, said sales doubled.",
        ("lucy-marsh", "worksFor", "orbitron"),
        gap=f"{RULE}: 'an X alumna/alumnus' (a former employee's noun with the company before it)",
    ),
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


@pytest.mark.parametrize(("text", "triples"), INVESTED + PEOPLE + MADE + PARTNERS + RIVALS + COMPUTE)
def test_en_grid(en, text, triples):
    got = facts(en, text)
    if not triples:
        assert not got, got
    for triple in triples:
        assert _found(got, triple), (triple, sorted(got))
