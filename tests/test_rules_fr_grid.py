"""A probe grid for French: for each relation the unread news loses most, sentences written for this
grid (invented names and a few well-known ones) covering the usual ways a French journalist says it:
voices, nominalisations, appositions, relative clauses, participles, possessives, lists, elided
subjects, pronominal verbs. A probe that still fails is marked xfail(strict=True) with the mechanism
it lacks, so the grid documents the gaps."""

import pytest
from conftest import facts

pytestmark = pytest.mark.filterwarnings("ignore")

# (id, sentence, facts that must be found, facts that must not be found)
INVESTED = [
    (
        "inv-led",
        "Nexalia a levé 40 millions d'euros lors d'un tour de table mené par Brume Capital.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-led-list",
        "Le tour de table de Nexalia, mené par Brume Capital, a aussi réuni Harrow Ventures et Pell Capital.",
        [
            ("brume-capital", "investedIn", "nexalia"),
            ("harrow-ventures", "investedIn", "nexalia"),
            ("pell-capital", "investedIn", "nexalia"),
        ],
        [],
    ),
    (
        "inv-active",
        "Brume Capital a investi 10 millions d'euros dans Nexalia.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-aupres",
        "Nexalia lève 40 millions d'euros auprès de Brume Capital et de Harrow Ventures.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-cotes",
        "Nexalia a levé 40 millions d'euros. Harrow Ventures participe au tour, aux côtés de Brume Capital.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [("harrow-ventures", "investedIn", "brume-capital")],
    ),
    (
        "inv-present-participe",
        "Nexalia a levé 40 millions d'euros. Orbitron participe au tour de table.",
        [("orbitron", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-coord-unknown",
        "Orbitron et Vantorix ont investi dans Nexalia.",
        [("orbitron", "investedIn", "nexalia"), ("vantorix", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-round-gathers",
        "La levée de fonds de Nexalia rassemble Harrow Ventures, Pell Capital et Brume Capital.",
        [
            ("brume-capital", "investedIn", "nexalia"),
            ("harrow-ventures", "investedIn", "nexalia"),
            ("pell-capital", "investedIn", "nexalia"),
        ],
        [],
    ),
    (
        "inv-nominal",
        "L'investissement de Brume Capital dans Nexalia atteint 10 millions d'euros.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-participle",
        "Soutenue par Brume Capital, Nexalia vient de lever 40 millions d'euros.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-participle-appos",
        "Nexalia, soutenue par Brume Capital, vient de lever 40 millions d'euros.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-relative",
        "Nexalia, dans laquelle Brume Capital a investi l'an dernier, recrute vingt ingénieurs.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-appos",
        "Brume Capital, investisseur historique de Nexalia, a remis au pot.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-capital",
        "Brume Capital est entré au capital de Nexalia en mars.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-stake",
        "Brume Capital a pris une participation minoritaire dans Nexalia.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-parmi",
        "Parmi les investisseurs de Nexalia figurent Brume Capital, Harrow Ventures et Pell Capital.",
        [
            ("brume-capital", "investedIn", "nexalia"),
            ("harrow-ventures", "investedIn", "nexalia"),
            ("pell-capital", "investedIn", "nexalia"),
        ],
        [],
    ),
    (
        "inv-menee-participation",
        "Nexalia a bouclé une levée de 40 millions d'euros menée par Brume Capital, "
        "avec la participation de Harrow Ventures.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-known-list",
        "Mistral AI a levé 600 millions d'euros auprès de Nvidia, Microsoft et Bpifrance.",
        [
            ("nvidia", "investedIn", "mistral-ai"),
            ("microsoft", "investedIn", "mistral-ai"),
            ("bpifrance", "investedIn", "mistral-ai"),
        ],
        [],
    ),
    (
        "inv-mene-auquel",
        "Brume Capital mène le tour de table de Nexalia, auquel participent Harrow Ventures et Pell Capital.",
        [
            ("brume-capital", "investedIn", "nexalia"),
            ("harrow-ventures", "investedIn", "nexalia"),
            ("pell-capital", "investedIn", "nexalia"),
        ],
        [],
    ),
    (
        "inv-mene-operation",
        "Nexalia a annoncé une levée de 40 millions d'euros. Brume Capital mène l'opération.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-coord-obj",
        "Nvidia a investi dans Nexalia et dans Orbitron.",
        [("nvidia", "investedIn", "nexalia"), ("nvidia", "investedIn", "orbitron")],
        [],
    ),
    (
        "inv-coord-subj",
        "Brume Capital et Harrow Ventures ont investi dans Nexalia.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-elided",
        "Brume Capital gère 500 millions d'euros et a investi dans Nexalia.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-operation-passive",
        "Nexalia a levé 40 millions d'euros. L'opération a été menée par Brume Capital, aux côtés de Harrow Ventures.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-operation-participe",
        "Nexalia a levé 40 millions d'euros. Brume Capital et Harrow Ventures ont participé à l'opération.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-operation-rachat",
        "Nexalia a racheté Orbitron. L'opération a été menée par Brume Capital.",
        [],
        [("brume-capital", "investedIn", "nexalia"), ("brume-capital", "investedIn", "orbitron")],
    ),
    (
        "inv-principal-du-tour",
        "Brume Capital est l'investisseur principal du tour de table de Nexalia.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-appui",
        "Nexalia a recueilli 40 millions d'euros avec l'appui de nouveaux investisseurs, dont Brume Capital et "
        "Harrow Ventures.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-poche",
        "Nexalia a levé 40 millions d'euros. Brume Capital et Harrow Ventures ont mis la main à la poche.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-participe-seul",
        "Nexalia vient de boucler un tour de table de 40 millions d'euros. Brume Capital et Harrow Ventures ont participé.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-participe-loin",
        "Nexalia a levé 40 millions d'euros. Orbitron a ouvert un bureau à Lyon. Brume Capital a participé.",
        [],
        [("brume-capital", "investedIn", "nexalia")],
    ),
    (
        "inv-retrouve-au-tour",
        "Nexalia a levé 40 millions d'euros. On retrouve au tour de table Brume Capital et Harrow Ventures.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-figurent-au-tour",
        "Nexalia a levé 40 millions d'euros. Au tour de table figurent aussi Brume Capital et Harrow Ventures.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-present-au-tour",
        "Nexalia a levé 40 millions d'euros. Brume Capital est également présent au tour de table.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-completent",
        "Nexalia a levé 40 millions d'euros. Brume Capital et Harrow Ventures complètent le tour de table.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-au-tour-idiome",
        "Nexalia a levé 40 millions d'euros. Au tour d'Orbitron, on retrouve Brume Capital.",
        [],
        [("brume-capital", "investedIn", "orbitron"), ("brume-capital", "investedIn", "nexalia")],
    ),
    (
        "inv-rejoint-societe",
        "Brume Capital a rejoint Nexalia en 2021.",
        [],
        [("brume-capital", "investedIn", "nexalia")],
    ),
    (
        "inv-participe-tour-mene",
        "Nexalia conçoit des puces. Brume Capital et Harrow Ventures ont participé en mars à un tour de table de 40 millions "
        "d'euros, mené par Pell Capital.",
        [],
        [("pell-capital", "investedIn", "brume-capital"), ("pell-capital", "investedIn", "harrow-ventures")],
    ),
    (
        "inv-annonce-present-aupres",
        "La start-up Nexalia annonce une levée de fonds de 35 millions d'euros auprès de Brume Capital et Harrow Ventures.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-accompagne",
        "Nexalia a levé 40 millions d'euros. Ce financement a été mené par Brume Capital, accompagné de Harrow Ventures.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-complete-par",
        "Nexalia a levé 40 millions d'euros. Le tour de table a été mené par Brume Capital et complété par Harrow Ventures.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-souscrit",
        "Nexalia a levé 40 millions d'euros. Brume Capital et Harrow Ventures ont souscrit à cette levée de fonds.",
        [("brume-capital", "investedIn", "nexalia"), ("harrow-ventures", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-avec-leves-veut",
        "Avec 40 millions d'euros levés auprès de Brume Capital, Nexalia veut recruter cinquante ingénieurs.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-avec-leves",
        "Avec 40 millions d'euros levés auprès de Brume Capital, Nexalia accélère son développement.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    ("inv-conditionnel", "Brume Capital investirait dans Nexalia.", [], [("brume-capital", "investedIn", "nexalia")]),
    # the imperfect of a -ger verb ends as "diriger" without its "r" plus "ait": no conditional
    (
        "imparfait-ger",
        "Avant de fonder Quillon, Lucie Marchand dirigeait Valmora.",
        [("lucie-marchand", "ceoOf", "valmora")],
        [],
    ),
    (
        "inv-conditionnel-tour",
        "Nexalia a levé 40 millions d'euros. Brume Capital mènerait le tour de table.",
        [],
        [("brume-capital", "investedIn", "nexalia")],
    ),
    (
        "inv-imparfait",
        "Brume Capital investissait dans Nexalia depuis 2020.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-en-train",
        "Nexalia est en train de lever 40 millions d'euros auprès de Brume Capital.",
        [],
        [("brume-capital", "investedIn", "nexalia")],
    ),
    (
        "inv-selon-sources",
        "Nexalia lève 40 millions d'euros auprès de Brume Capital, selon des sources proches du dossier.",
        [],
        [("brume-capital", "investedIn", "nexalia")],
    ),
    (
        "inv-selon-journal",
        "Nexalia lève 40 millions d'euros auprès de Brume Capital, selon Les Echos.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    (
        "inv-pre-amorcage",
        "Nexalia a réalisé un tour de pré-amorçage de 2 millions d'euros auprès de Brume Capital.",
        [("brume-capital", "investedIn", "nexalia")],
        [],
    ),
    ("inv-negated", "Brume Capital n'a pas investi dans Nexalia.", [], [("brume-capital", "investedIn", "nexalia")]),
    ("inv-hedged", "Brume Capital pourrait investir dans Nexalia.", [], [("brume-capital", "investedIn", "nexalia")]),
]

WORKS = [
    (
        "ceo-appos",
        "Lucy Marsh, directrice générale de Nexalia, a présenté les résultats.",
        [("lucy-marsh", "ceoOf", "nexalia")],
        [],
    ),
    (
        "ceo-title-first",
        "La directrice générale de Nexalia, Lucy Marsh, a présenté les résultats.",
        [("lucy-marsh", "ceoOf", "nexalia")],
        [],
    ),
    ("ceo-pdg", "Lucy Marsh, PDG de Nexalia, a présenté les résultats.", [("lucy-marsh", "ceoOf", "nexalia")], []),
    (
        "ceo-patron",
        "Le patron de Nexalia, Paul Verdier, a présenté les résultats.",
        [("paul-verdier", "ceoOf", "nexalia")],
        [],
    ),
    ("ceo-dirige", "Paul Verdier dirige Nexalia depuis 2021.", [("paul-verdier", "ceoOf", "nexalia")], []),
    ("ceo-tete", "Paul Verdier est à la tête de Nexalia depuis 2021.", [("paul-verdier", "ceoOf", "nexalia")], []),
    (
        "ceo-relative",
        "Lucy Marsh, qui dirige Nexalia, a annoncé une levée de fonds.",
        [("lucy-marsh", "ceoOf", "nexalia")],
        [],
    ),
    ("ceo-nommee", "Lucy Marsh a été nommée directrice générale de Nexalia.", [("lucy-marsh", "ceoOf", "nexalia")], []),
    (
        "ceo-quote",
        "« Nous accélérons », explique Lucy Marsh, directrice générale de Nexalia.",
        [("lucy-marsh", "ceoOf", "nexalia")],
        [],
    ),
    (
        "ceo-known",
        "Le PDG de Nvidia, Jensen Huang, a présenté les résultats.",
        [("jensen-huang", "ceoOf", "nvidia")],
        [],
    ),
    (
        "ceo-known-patron",
        "Lucy Marsh, la patronne de Mistral AI, a commenté les chiffres du trimestre.",
        [("lucy-marsh", "ceoOf", "mistral-ai")],
        [],
    ),
    (
        "wf-ancien-rejoint",
        "Paul Verdier, ancien de Google, a rejoint Nexalia.",
        [("paul-verdier", "worksFor", "google"), ("paul-verdier", "worksFor", "nexalia")],
        [],
    ),
    (
        "wf-recrute",
        "Nexalia a recruté Paul Verdier, un ancien chercheur de Meta.",
        [("paul-verdier", "worksFor", "nexalia"), ("paul-verdier", "worksFor", "meta")],
        [],
    ),
    (
        "wf-chez",
        "Paul Verdier, chercheur chez Nexalia, explique la méthode.",
        [("paul-verdier", "worksFor", "nexalia")],
        [],
    ),
    (
        "wf-cto",
        "Selon Paul Verdier, directeur technique de Nexalia, la méthode est robuste.",
        [("paul-verdier", "worksFor", "nexalia")],
        [],
    ),
    (
        "wf-quitte",
        "Paul Verdier a quitté Google pour rejoindre Nexalia.",
        [("paul-verdier", "worksFor", "google"), ("paul-verdier", "worksFor", "nexalia")],
        [],
    ),
    (
        "wf-ex",
        "Ex-Google, Paul Verdier a cofondé Nexalia en 2022.",
        [("paul-verdier", "worksFor", "google"), ("nexalia", "foundedBy", "paul-verdier")],
        [],
    ),
    (
        "wf-passe-par",
        "Paul Verdier, passé par Google, travaille désormais chez Nexalia.",
        [("paul-verdier", "worksFor", "google"), ("paul-verdier", "worksFor", "nexalia")],
        [],
    ),
    (
        "wf-debauche",
        "Nexalia a débauché Paul Verdier, qui travaillait chez Google.",
        [("paul-verdier", "worksFor", "nexalia"), ("paul-verdier", "worksFor", "google")],
        [],
    ),
    (
        "wf-paren",
        "Paul Verdier (Nexalia) et Lucy Marsh (Orbitron) ont débattu.",
        [("paul-verdier", "worksFor", "nexalia"), ("lucy-marsh", "worksFor", "orbitron")],
        [],
    ),
    (
        "wf-present-quitte",
        "Paul Verdier quitte Google pour rejoindre Nexalia.",
        [("paul-verdier", "worksFor", "google"), ("paul-verdier", "worksFor", "nexalia")],
        [],
    ),
    (
        "wf-passe-fronted",
        "Passée par Meta et Google, Lucy Marsh a rejoint Nexalia.",
        [
            ("lucy-marsh", "worksFor", "meta"),
            ("lucy-marsh", "worksFor", "google"),
            ("lucy-marsh", "worksFor", "nexalia"),
        ],
        [],
    ),
    (
        "wf-passe-present-nearmiss",
        "Paul Verdier passe par Google pour vendre ses modèles.",
        [],
        [("paul-verdier", "worksFor", "google")],
    ),
    (
        "ceo-nearmiss",
        "Paul Verdier a rencontré la directrice générale de Nexalia.",
        [],
        [("paul-verdier", "ceoOf", "nexalia")],
    ),
    (  # an adjective after a title ("scientifique") is no title of its own: the one who announces holds none
        "wf-appointment-adjective",
        "Paul Verdier a annoncé jeudi la nomination de Lucy Marsh comme directrice scientifique de Nexalia.",
        [("lucy-marsh", "worksFor", "nexalia")],
        [("paul-verdier", "worksFor", "nexalia")],
    ),
    (
        "wf-lead-part",
        "Nexalia vend des capteurs. Lucy Marsh, qui dirige la recherche de Nexalia, a présenté les résultats.",
        [("lucy-marsh", "worksFor", "nexalia")],
        [("lucy-marsh", "ceoOf", "nexalia")],
    ),
    (  # the company's name on the part, past a domain noun
        "wf-lead-part-domain",
        "Nexalia vend des capteurs. Lucy Marsh dirige la nouvelle unité de robotique de Nexalia.",
        [("lucy-marsh", "worksFor", "nexalia")],
        [("lucy-marsh", "ceoOf", "nexalia")],
    ),
    (
        "wf-lead-round-nearmiss",
        "Nexalia vend des capteurs. Lucy Marsh a dirigé la levée de fonds de Nexalia.",
        [],
        [("lucy-marsh", "worksFor", "nexalia"), ("lucy-marsh", "ceoOf", "nexalia")],
    ),
    (
        "wf-role-chez",
        "Nexalia vend des capteurs. « Ça avance », explique Lucy Marsh, qui dirige l'IA chez Nexalia.",
        [("lucy-marsh", "worksFor", "nexalia")],
        [("lucy-marsh", "ceoOf", "nexalia")],
    ),
    (
        "wf-role-chez-fronted",
        "Nexalia vend des capteurs. Chez Nexalia, Lucy Marsh dirige l'équipe robotique.",
        [("lucy-marsh", "worksFor", "nexalia")],
        [],
    ),
    (  # a passive of running: what is run is its subject, never the employer a "chez" before it names
        "wf-role-chez-passive-nearmiss",
        "Ingénieur chez Nexalia depuis 2019, il rejoindra l'équipe robotique de la start-up, dirigée par Paul Verdier.",
        [],
        [("paul-verdier", "worksFor", "nexalia")],
    ),
    (
        "ceo-prend-la-tete",
        "Nexalia vend des capteurs. Lucy Marsh a pris la tête de Nexalia en 2022.",
        [("lucy-marsh", "ceoOf", "nexalia")],
        [],
    ),
    (  # a title, its company and the person with no comma: the NER reads company and person as one name
        "ceo-patron-de-x-name",
        "Nexalia vend des capteurs. Le patron de Nexalia Lucy Marsh a parlé.",
        [("lucy-marsh", "ceoOf", "nexalia")],
        [],
    ),
    (
        "fb-fondatrice-de-x-name",
        "Nexalia vend des capteurs. La fondatrice de Nexalia Lucy Marsh a parlé.",
        [("nexalia", "foundedBy", "lucy-marsh")],
        [],
    ),
    (  # a bare title after "comme"/"en tant que" on a joining verb: held at the organisation joined
        "ceo-revient-comme",
        "Nexalia vend des capteurs. Lucy Marsh revient chez Nexalia comme PDG.",
        [("lucy-marsh", "ceoOf", "nexalia")],
        [],
    ),
    (
        "ceo-rejoint-comme",
        "Nexalia vend des capteurs. Lucy Marsh a rejoint Nexalia comme directrice générale.",
        [("lucy-marsh", "ceoOf", "nexalia")],
        [],
    ),
    (  # a title predicated by "comme" holds only what its verb says: here a possibility
        "ceo-rejoint-comme-hedged-nearmiss",
        "Nexalia vend des capteurs. Lucy Marsh pourrait rejoindre Nexalia comme directrice générale.",
        [],
        [("lucy-marsh", "ceoOf", "nexalia"), ("lucy-marsh", "worksFor", "nexalia")],
    ),
    (  # the titles before the names a plural founder title lists: each one's title at the same company
        "fb-list-titles",
        "Nexalia vend des capteurs. Deux des cofondateurs de Nexalia, la PDG Lucy Marsh et le chercheur Paul Verdier, "
        "resteront à bord.",
        [
            ("nexalia", "foundedBy", "lucy-marsh"),
            ("lucy-marsh", "ceoOf", "nexalia"),
            ("paul-verdier", "worksFor", "nexalia"),
        ],
        [("paul-verdier", "ceoOf", "nexalia")],
    ),
    (  # a school named by its head and its town: the school, not the town
        "wf-universite-de",
        "Lucy Marsh, professeure à l'université de Lyon, a présenté les résultats.",
        [("lucy-marsh", "worksFor", "universite-de-lyon")],
        [],
    ),
    (  # a fronted title the NER took for a person's name with its company
        "fb-fronted-title",
        "Nexalia vend des capteurs. Fondatrice de Nexalia, Lucy Marsh a parlé.",
        [("nexalia", "foundedBy", "lucy-marsh")],
        [],
    ),
    (  # an object relative whose "que" the parser tags a conjunction
        "fb-relative-que",
        "Kernwerk, une start-up française, vend des puces. Kernwerk, que Lucy Marsh a fondée en 2019, vend des puces.",
        [("kernwerk", "foundedBy", "lucy-marsh")],
        [],
    ),
    (  # examples of a plural staff title: each worked at its company and joined the object
        "wf-join-examples",
        "La société Orbitron Cloud Group (OCG) recrute. Plusieurs anciens ingénieurs de Nexalia rejoignent OCG, dont Lucy Marsh, "
        "Paul Verdier et Ana Ortiz.",
        [("lucy-marsh", "worksFor", "orbitron-cloud"), ("ana-ortiz", "worksFor", "nexalia")],
        [],
    ),
]

DEVELOPED = [
    (
        "dev-possessive",
        "Le modèle Quillon de Nexalia surpasse ses concurrents.",
        [("quillon", "developedBy", "nexalia")],
        [],
    ),
    (
        "dev-devoile",
        "Nexalia a dévoilé Quillon, son nouveau modèle de langage.",
        [("quillon", "developedBy", "nexalia")],
        [],
    ),
    (
        "dev-lance",
        "Nexalia a lancé Quillon, un assistant de programmation.",
        [("quillon", "developedBy", "nexalia")],
        [],
    ),
    (
        "dev-concu",
        "Quillon, conçu par Nexalia, est disponible en open source.",
        [("quillon", "developedBy", "nexalia")],
        [],
    ),
    ("dev-passive", "Quillon a été développé par Nexalia.", [("quillon", "developedBy", "nexalia")], []),
    (
        "dev-assistant",
        "L'assistant Quillon de Nexalia répond en français.",
        [("quillon", "developedBy", "nexalia")],
        [],
    ),
    (
        "dev-list",
        "Nexalia présente Quillon et Vespera, deux modèles de langage.",
        [("quillon", "developedBy", "nexalia"), ("vespera", "developedBy", "nexalia")],
        [],
    ),
    ("dev-appos", "Quillon, le modèle de Nexalia, répond en français.", [("quillon", "developedBy", "nexalia")], []),
    ("dev-relative", "Nexalia, qui a créé le modèle Quillon, recrute.", [("quillon", "developedBy", "nexalia")], []),
    ("dev-editeur", "Nexalia, éditeur de l'assistant Quillon, recrute.", [("quillon", "developedBy", "nexalia")], []),
    (
        "dev-entraine",
        "Nexalia a entraîné Quillon sur des données publiques.",
        [("quillon", "developedBy", "nexalia")],
        [],
    ),
    (
        "dev-chatbot-developpe",
        "Quillon, le chatbot développé par Nexalia, répond en français.",
        [("quillon", "developedBy", "nexalia")],
        [],
    ),
    ("dev-publie", "Nexalia a publié Quillon 3 en open source.", [("quillon-3", "developedBy", "nexalia")], []),
    (
        "dev-known",
        "Mistral AI a présenté Magistral, son premier modèle de raisonnement.",
        [("magistral", "developedBy", "mistral-ai")],
        [],
    ),
    (
        "dev-nearmiss",
        "Nexalia utilise Quillon, le modèle d'Orbitron.",
        [("quillon", "developedBy", "orbitron")],
        [("quillon", "developedBy", "nexalia")],
    ),
]

USES = [
    (
        "use-cesse",
        "Nexalia a cessé d'utiliser le modèle Orbis l'an dernier.",
        [],
        [("nexalia", "usesModel", "orbis")],
    ),
    (
        "use-relative",
        "Nexalia, qui utilise le modèle Orbis, a levé des fonds.",
        [("nexalia", "usesModel", "orbis")],
        [],
    ),
    (
        "use-alimente",
        "Depuis mars, le modèle Orbis alimente l'assistant Vireo.",
        [("vireo", "usesModel", "orbis")],
        [],
    ),
    (
        "use-alimente-relative",
        "Nexalia a dévoilé le modèle Orbis, qui alimente désormais l'assistant Vireo.",
        [("vireo", "usesModel", "orbis")],
        [],
    ),
    (
        "use-propulse",
        "L'assistant Vireo est propulsé par le modèle Orbis.",
        [("vireo", "usesModel", "orbis")],
        [],
    ),
    (
        "use-y-compris-object",
        "D'après la société, le modèle Orbis alimente des centaines de services, y compris l'assistant Vireo.",
        [("vireo", "usesModel", "orbis")],
        [],
    ),
    (
        "use-y-compris",
        "Selon la société, Nexalia utilise plusieurs modèles, y compris GPT-4 et Claude.",
        [("nexalia", "usesModel", "gpt-4"), ("nexalia", "usesModel", "claude")],
        [],
    ),
    (
        "use-sur-lequel",
        "Les clients accèdent au modèle Orbis, sur lequel l'assistant Vireo est construit.",
        [("vireo", "usesModel", "orbis")],
        [],
    ),
    (
        "use-sur-lequel-bare",
        "Le service donne accès au grand modèle GPT-5 sur lequel ChatGPT est basé.",
        [("chatgpt", "usesModel", "gpt-5")],
        [],
    ),
    (
        "use-sur-lequel-negated",
        "Les clients accèdent au modèle Orbis, sur lequel l'assistant Vireo n'est pas construit.",
        [],
        [("vireo", "usesModel", "orbis")],
    ),
    (
        "use-prevoit",
        "Nexalia prévoit d'intégrer le modèle Orbis à son assistant.",
        [],
        [("nexalia", "usesModel", "orbis")],
    ),
    (
        "dev-version-affinee",
        "Quillon Labs a publié une version affinée de Llama 3.",
        [],
        [("llama-3", "developedBy", "quillon")],
    ),
    (
        "dev-version-nouvelle",
        "Meta a publié une nouvelle version de Llama 3.",
        [("llama-3", "developedBy", "meta")],
        [],
    ),
    (
        "dev-pas-encore",
        "Quillon Labs n'a pas encore lancé Orbis 3.",
        [],
        [("orbis-3", "developedBy", "quillon")],
    ),
    ("dev-deja", "Quillon Labs a déjà lancé Orbis 3.", [("orbis-3", "developedBy", "quillon")], []),
    (
        "dev-lancera",
        "Quillon lancera le modèle Orbis l'an prochain.",
        [],
        [("orbis", "developedBy", "quillon")],
    ),
    (
        "dev-fronted-adjective",
        "Selon les tests, le nouveau modèle de Mistral AI, Magistral, surpasse ses rivaux.",
        [("magistral", "developedBy", "mistral-ai")],
        [],
    ),
    (
        "use-relative-product",
        "ChatGPT, le chatbot d'OpenAI qui fonctionne avec GPT-5, gagne des utilisateurs.",
        [("chatgpt", "usesModel", "gpt-5")],
        [("openai", "usesModel", "gpt-5")],
    ),
    (
        "use-relative-clients",
        "Selon la presse, les clients de Mistral AI qui utilisent Mistral Large paient moins.",
        [],
        [("mistral-ai", "usesModel", "mistral-large")],
    ),
    (
        "dev-origine",
        "Quillon, la start-up à l'origine du modèle Orbis, a levé des fonds.",
        [("orbis", "developedBy", "quillon")],
        [],
    ),
    (
        "dev-derriere-noun",
        "Quillon, la start-up derrière l'assistant Vireo, a levé des fonds.",
        [("vireo", "developedBy", "quillon")],
        [],
    ),
    (
        "dev-origine-person",
        "Lucy Marsh, la chercheuse à l'origine du modèle Orbis, a quitté Quillon.",
        [],
        [("orbis", "developedBy", "lucy-marsh"), ("orbis", "developedBy", "quillon")],
    ),
    (
        "dev-dernier-fronted",
        "Le dernier modèle de Quillon, Orbis, surpasse ses rivaux.",
        [("orbis", "developedBy", "quillon")],
        [],
    ),
    ("dev-aside-de", "Orbis, de Quillon, surpasse ses rivaux.", [("orbis", "developedBy", "quillon")], []),
    (
        "dev-genitive-list",
        "Les modèles Orbis et Lumen de Quillon sont ouverts.",
        [("orbis", "developedBy", "quillon"), ("lumen", "developedBy", "quillon")],
        [],
    ),
]

PARTNER = [
    (
        "pa-sassocie",
        "Nexalia s'associe à Orbitron pour vendre ses modèles.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    ("pa-sallie", "Nexalia s'allie avec Orbitron pour vendre ses modèles.", [("nexalia", "partnerOf", "orbitron")], []),
    ("pa-noue", "Nexalia noue un partenariat avec Orbitron.", [("nexalia", "partnerOf", "orbitron")], []),
    (
        "pa-accord",
        "Nexalia a signé un accord avec Orbitron pour vendre ses modèles.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    (
        "pa-entre",
        "Le partenariat entre Nexalia et Orbitron porte sur la santé.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    (
        "pa-coord",
        "Nexalia et Orbitron ont annoncé un partenariat stratégique.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    ("pa-collabore", "Nexalia collabore avec Orbitron sur la santé.", [("nexalia", "partnerOf", "orbitron")], []),
    (
        "pa-known",
        "Mistral AI s'est associé à Nvidia pour construire un centre de données.",
        [("mistral-ai", "partnerOf", "nvidia")],
        [],
    ),
    ("pa-appos", "Orbitron, partenaire de Nexalia, vend ses modèles.", [("nexalia", "partnerOf", "orbitron")], []),
    (
        "pa-relative",
        "Nexalia, qui s'est associée à Orbitron l'an dernier, recrute.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    (
        "pa-list",
        "Nexalia annonce des partenariats avec Orbitron et Vantorix.",
        [("nexalia", "partnerOf", "orbitron"), ("nexalia", "partnerOf", "vantorix")],
        [],
    ),
    ("pa-elided", "Nexalia s'associe à Orbitron et lance un outil commun.", [("nexalia", "partnerOf", "orbitron")], []),
    (
        "pa-nominal",
        "L'alliance de Nexalia avec Orbitron inquiète les concurrents.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    (
        "pa-present-signe",
        "Nexalia signe un accord avec Orbitron pour vendre ses modèles.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    (
        "co-reflexive",
        "Nexalia se mesure à Orbitron sur le marché du code.",
        [("nexalia", "competitorOf", "orbitron")],
        [],
    ),
    ("pa-negated", "Nexalia a démenti tout partenariat avec Orbitron.", [], [("nexalia", "partnerOf", "orbitron")]),
    (
        "pa-en-collaboration",
        "Nexalia a conçu ce modèle en collaboration avec Orbitron.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    ("pa-figure", "Nexalia figure parmi les partenaires d'Orbitron.", [("nexalia", "partnerOf", "orbitron")], []),
    (
        "pa-other-phrase",
        "Nexalia a signé un accord avec Nvidia, concurrent d'AMD.",
        [("nexalia", "partnerOf", "nvidia"), ("amd", "competitorOf", "nvidia")],
        [("amd", "partnerOf", "nvidia"), ("nvidia", "partnerOf", "amd")],
    ),
    (
        "pa-conjointement",
        "Nexalia et Orbitron gèrent conjointement un centre de calcul à Lyon.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    (
        "pa-conjointement-par",
        "Ce modèle a été conçu conjointement par Nexalia et Orbitron.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    (
        "pa-conjointement-tour",
        "Le tour a été mené conjointement par Brume Capital et Harrow Ventures.",
        [],
        [("brume-capital", "partnerOf", "harrow-ventures"), ("harrow-ventures", "partnerOf", "brume-capital")],
    ),
    ("pa-aucun", "Nexalia n'a conclu aucun accord avec Orbitron.", [], [("nexalia", "partnerOf", "orbitron")]),
    (
        "pa-aucun-sujet",
        "Aucun accord n'a été signé entre Cohere et Nvidia.",
        [],
        [("cohere", "partnerOf", "nvidia")],
    ),
    ("pa-avoir", "Nexalia a déjà un partenariat avec Orbitron.", [("nexalia", "partnerOf", "orbitron")], []),
    (
        "pa-disposer",
        "Nexalia dispose d'un accord de licence avec Orbitron.",
        [("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    ("pa-rompu", "Nexalia a rompu son partenariat avec Orbitron.", [], [("nexalia", "partnerOf", "orbitron")]),
    ("pa-fin", "Nexalia a mis fin à son alliance avec Orbitron.", [], [("nexalia", "partnerOf", "orbitron")]),
    ("pa-cesse", "Nexalia a cessé de collaborer avec Orbitron.", [], [("nexalia", "partnerOf", "orbitron")]),
]

COMPETITOR = [
    ("co-appos", "Nexalia, concurrent d'Orbitron, recrute.", [("nexalia", "competitorOf", "orbitron")], []),
    ("co-copula", "Nexalia est un concurrent direct d'Orbitron.", [("nexalia", "competitorOf", "orbitron")], []),
    (
        "co-rivalise",
        "Nexalia rivalise avec Orbitron sur le marché du code.",
        [("nexalia", "competitorOf", "orbitron")],
        [],
    ),
    ("co-rival", "Nexalia, le rival français d'OpenAI, recrute.", [("nexalia", "competitorOf", "openai")], []),
    ("co-concurrence", "Nexalia concurrence directement Orbitron.", [("nexalia", "competitorOf", "orbitron")], []),
    ("co-entre", "Nexalia entre en concurrence avec Orbitron.", [("nexalia", "competitorOf", "orbitron")], []),
    (
        "co-list",
        "Les concurrents de Nexalia, comme Orbitron et Vantorix, lèvent des fonds.",
        [("nexalia", "competitorOf", "orbitron"), ("nexalia", "competitorOf", "vantorix")],
        [],
    ),
    (
        "co-face",
        "Face à OpenAI, Nexalia mise sur des modèles plus petits.",
        [("nexalia", "competitorOf", "openai")],
        [],
    ),
    (
        "co-dont",
        "Les concurrents d'Orbitron, dont Nexalia et Vantorix, lèvent des fonds.",
        [("nexalia", "competitorOf", "orbitron"), ("orbitron", "competitorOf", "vantorix")],
        [],
    ),
    (
        "co-state",
        "Nexalia et Orbitron sont en concurrence sur le marché du code.",
        [("nexalia", "competitorOf", "orbitron")],
        [],
    ),
    (
        "co-state-list",
        "Nexalia, Orbitron et Vantorix restent en compétition sur ce marché.",
        [("nexalia", "competitorOf", "orbitron"), ("nexalia", "competitorOf", "vantorix")],
        [],
    ),
    (
        "co-state-reflexive",
        "Nexalia et Orbitron se livrent une concurrence féroce.",
        [("nexalia", "competitorOf", "orbitron")],
        [],
    ),
    (
        "co-state-negated",
        "Nexalia et Orbitron ne sont pas en concurrence.",
        [],
        [("nexalia", "competitorOf", "orbitron")],
    ),
    ("co-state-source", "Selon Vantorix, Nexalia est en concurrence.", [], [("nexalia", "competitorOf", "vantorix")]),
    ("co-role", "Nexalia cite Orbitron comme concurrent direct.", [("nexalia", "competitorOf", "orbitron")], []),
    (
        "co-role-complement",
        "Nexalia cite Orbitron comme concurrent de Vantorix.",
        [],
        [("nexalia", "competitorOf", "orbitron")],
    ),
    (
        "co-appos-quant",
        "Quant à Thales, concurrent direct de Nexalia dans la défense, il n'a pas voulu réagir.",
        [("nexalia", "competitorOf", "thales")],
        [],
    ),
    (
        "co-alternative",
        "Nexalia se pose en alternative européenne à OpenAI.",
        [("nexalia", "competitorOf", "openai")],
        [],
    ),
]

COMPUTE = [
    ("cp-fournit", "Orbitron fournit des GPU à Nexalia.", [("orbitron", "providesComputeTo", "nexalia")], []),
    (
        "cp-serveurs",
        "Nexalia entraîne ses modèles sur les serveurs d'Orbitron.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [],
    ),
    (
        "cp-loue",
        "Nexalia loue de la puissance de calcul auprès d'Orbitron.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [],
    ),
    (
        "cp-met-dispo",
        "Orbitron met sa puissance de calcul à la disposition de Nexalia.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [],
    ),
    (
        "cp-cloud",
        "Nexalia utilise le cloud d'Orbitron pour entraîner ses modèles.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [],
    ),
    (
        "cp-fournisseur",
        "Orbitron, le fournisseur de cloud de Nexalia, recrute.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [],
    ),
    (
        "cp-infra",
        "Nexalia s'appuie sur l'infrastructure de Scaleway.",
        [("scaleway", "providesComputeTo", "nexalia")],
        [],
    ),
    ("cp-livre", "Orbitron a livré 10 000 GPU à Nexalia.", [("orbitron", "providesComputeTo", "nexalia")], []),
    (
        "cp-gpu-de",
        "Nexalia entraîne ses modèles sur les GPU d'Orbitron.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [],
    ),
    (
        "cp-puissance-de",
        "Nexalia utilise la puissance de calcul d'Orbitron.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [],
    ),
    (
        "cp-dont",
        "Orbitron loue ses GPU à plusieurs laboratoires, dont Nexalia et Vantorix.",
        [("orbitron", "providesComputeTo", "nexalia"), ("orbitron", "providesComputeTo", "vantorix")],
        [],
    ),
    (
        "cp-dont-count",
        "Orbitron vend du calcul à une vingtaine de clients, dont Nexalia.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [],
    ),
    (
        "cp-accord",
        "Nexalia a accepté de louer des GPU à Orbitron dans le cadre d'un contrat de trois ans.",
        [("nexalia", "providesComputeTo", "orbitron"), ("nexalia", "partnerOf", "orbitron")],
        [],
    ),
    (
        "cp-no-deal",
        "Orbitron loue des GPU à Nexalia.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [("nexalia", "partnerOf", "orbitron")],
    ),
    (
        "cp-software-nearmiss",
        "Nexalia utilise les logiciels d'Orbitron.",
        [],
        [("orbitron", "providesComputeTo", "nexalia")],
    ),
    (
        "cp-acces",
        "Nexalia a accès aux supercalculateurs d'Orbitron.",
        [("orbitron", "providesComputeTo", "nexalia")],
        [],
    ),
]

GRID = INVESTED + WORKS + DEVELOPED + USES + PARTNER + COMPETITOR + COMPUTE

# probes that still fail, with the mechanism they lack
XFAIL: dict[str, str] = {
    "pa-nominal": "'alliance' also introduces a project's name since the projects branch: its 'de' complement is not read as a partner",
    "wf-passe-par": "'passé par X' as a career step is not read: the rule gave a wrong fact on unread texts",
    "wf-passe-fronted": "'passé par X' as a career step is not read: the rule gave a wrong fact on unread texts",
    "dev-list": "two direct objects under one verb (the names, then 'deux modèles'): the object search takes the noun",
    "co-reflexive": "the pronominal competitor verb 'se mesurer à' finds no argument (the past misses the trigger too)",
    "co-concurrence": "the parser tags the present 'concurrence' a noun and its object an oblique",
    "co-entre": "the parser reads 'entre' as a preposition: 'entrer en concurrence avec' has no verb",
    "co-list": "name typing: the invented names after 'comme' are no mentions in a one-sentence text (the list is read with known names)",
    "co-face": "a fronted 'Face à X,' is not read as competition (a stance word with no verb)",
    "cp-met-dispo": "'mettre à la disposition de' is no compute-giving phrase",
    "dev-dernier-fronted": "an unknown name in apposition after '[le dernier modèle de X],' is typed an organisation",
    "dev-aside-de": "an aside 'Y, de X,' giving the maker after 'de' is not read",
    "dev-genitive-list": "an unknown name after 'de' following a list of models ('les modèles A et B de X') is no candidate",
    "cp-acces": "'avoir accès aux supercalculateurs de X': the access noun after 'avoir' is not read",
}


def _params():
    for pid, sentence, want, forbid in GRID:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[pid])] if pid in XFAIL else []
        yield pytest.param(sentence, want, forbid, id=pid, marks=marks)


@pytest.mark.parametrize(("sentence", "want", "forbid"), list(_params()))
def test_fr_grid(fr, sentence, want, forbid):
    got = facts(fr, sentence)
    for fact in want:
        assert fact in got
    for fact in forbid:
        assert fact not in got
