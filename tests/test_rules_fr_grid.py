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

GRID = INVESTED + WORKS + DEVELOPED + PARTNER + COMPETITOR + COMPUTE

# probes that still fail, with the mechanism they lack
XFAIL: dict[str, str] = {
    "pa-nominal": "'alliance' also introduces a project's name since the projects branch: its 'de' complement is not read as a partner",
    "wf-passe-par": "'passé par X' as a career step is not read: the rule gave a wrong fact on unread texts",
    "wf-passe-fronted": "'passé par X' as a career step is not read: the rule gave a wrong fact on unread texts",
    "dev-list": "two direct objects under one verb (the names, then 'deux modèles'): the object search takes the noun",
    "co-reflexive": "the pronominal competitor verb 'se mesurer à' finds no argument (the past misses the trigger too)",
    "co-concurrence": "the parser tags the present 'concurrence' a noun and its object an oblique",
    "co-entre": "the parser reads 'entre' as a preposition: 'entrer en concurrence avec' has no verb",
    "co-list": "examples after a relational noun ('les concurrents de X, comme A et B') are read for investors only",
    "co-face": "a fronted 'Face à X,' is not read as competition (a stance word with no verb)",
    "cp-met-dispo": "'mettre à la disposition de' is no compute-giving phrase",
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
