"""What someone concluded: the claim a sentence attributes to a named speaker, as a card.

The fresh reviews (issue 10, brief cover8) left assessment and conclusion paragraphs without
any acceptable item: "The county ecologists argued that the hedges sheltered the hoverflies
...", «Los técnicos concluyeron que las filtraciones ...». Their only name is often the story's
own, or their speaker is a group named by its stance ("Critics"), which the single choice on
who said it (``quizapp.derive.actors``) never asks; the term gaps of such a paragraph ask a
word a reader guesses from its sentence. What the paragraph teaches is the claim, and a teacher
asks it as a flashcard: front "According to the text, what did the county ecologists argue?"
(«Según el texto, ¿qué concluyeron los técnicos ...?», «¿en qué insisten ...?»), back the claim
as the text writes it ("That the hedges sheltered ...", «Que las filtraciones ...»).

The statements are those the speaker item reads (``actors.reported``: a name, or a group in the
plural; a statement of 4-30 words), held further to what a card that stands alone needs:

- the claim holds no pronoun, demonstrative or word leaning on another sentence anywhere (the
  speaker item checks only its opening: "that it would speed ..." names nothing);
- the speaker makes no other reported statement in the document (its back would be one of two);
- the verb asks for a claim ("argued", "concluded", «sostienen»): not "agreed" or "complained",
  whose "what did X complain?" does not read.

A sentence that opens on its source, "According to the harbour pilots, CLAUSE." («Según los
guardas, CLAUSE.»), asks "According to the text, what do the harbour pilots say?" («¿qué dicen
los guardas?»), its back the clause as the text writes it, under the same rules.

Argument and reaction paragraphs of a news analysis (brief groupclaims) are read too: a group
counted by a quantifier ("Some millers argue that ...", never "Some" alone), a place before the
speaker kept in the front ("what did union leaders and part of the press in Ghent recall?"), a
clause before it left out, "agree that" ("what do the experts agree on?", «¿en qué coinciden
...?»), "fear", "think", «temen», «creen»; a claim running into a colon cut before the phrase
announcing it (``actors.claim_cut``); "The central argument of X was simple: CLAIM"
(``ARGUMENTS``); a reporting verb inside the claim (``inside``); two reactions of one sentence,
each part read on its own (``parts``), "X welcomed the ruling as ..." asked "how did X welcome the
ruling?" (``described_as``). A card a sentence, so two groups of a paragraph get a card each.

Both sides of a dispute (brief claims2): a reply in the present ("Supporters reply that ...",
«Los partidarios replican que ...»); a claim opening on a pronoun that stands for the thing the
speaker's own phrase names ("Supporters of the 2019 agreement argue that it proved ...": the
front names what "it" is, ``referred``); a group's description of a thing ("Council officials at
the time described the deal as the best available result, pointing out that ...": "how did
council officials describe the deal?", "As the best available result"; «calificaron el acuerdo
de ...»); a Spanish group with its article is as long a speaker as without it.

Held back from the start (CLAIM_HOLD, one of the set reasons of ``quizapp.derive``):
``check_drafts`` offers it only for a content paragraph no other ready draft covers, after the
checks every card passes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from dataclasses import replace

from quizapp.derive import positions
from quizapp.derive.actors import APPOSITION, NAME, STANCE_NOUNS, WORD, Reported, described_speaker, fair_statement, fair_speaker, plural_head, reported
from quizapp.derive.causes import POINT_TAG
from quizapp.derive.causes import RULES as CAUSE_RULES
from quizapp.derive.contrasts import CONTRAST_HOLD
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.extract import Sentence, fold
from quizapp.language import lower_initial

CLAIM_HOLD = "held back: a card on what the text reports someone concluded"
# A reply answers something ("Prague answered that ...", «La Junta respondió que ...», brief
# fronts4): its card quotes what was asked, the sentence before, or is not offered.
REPLY_VERBS = {
    "en": re.compile(r"\b(?:repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?|counter(?:s|ed)?)\b"),
    "es": re.compile(r"\b(?:respond\w*|replic\w*|contest\w*)"),
}
# What a sentence before a reply asks, requests or claims (folded).
ASKING = {
    "en": re.compile(r"\b(?:ask(?:s|ed)?|request(?:s|ed)?|demand(?:s|ed)?|call(?:s|ed)\s+for|question(?:s|ed)?|wrote\s+to|urg(?:es|ed)|"
                     r"argu(?:es|ed)|claim(?:s|ed)?|accus(?:es|ed)|complain(?:s|ed)?|object(?:s|ed)?|propos(?:es|ed))\b"),
    "es": re.compile(r"\b(?:pid\w*|pregunt\w*|solicit\w*|reclam\w*|exig\w*|escribio\s+a|acus\w*|denunci\w*|critic\w*|"
                     r"sostuv\w*|sosten\w*|argument\w*|propus\w*|propon\w*|quej\w*)"),
}
ASKED_FRONTS = {
    "en": "The text says: \u201c{context}\u201d {front}",
    "es": "El texto dice: «{context}» {front}",
}
MAX_ASKED_WORDS = 30
SCORE = BASE_SCORE["card"] - 0.2  # a fallback, below every fact's card, above a why-card
SWAP_SCORE = BASE_SCORE["true_false"] - 0.3  # who said which: a fallback, as a contrast's statement
MAX_STATEMENT_WORDS = 40
# English verbs as "what did X ...?" takes them; a verb missing here gives no card.
BASE_FORMS = {
    "said": "say", "announced": "announce", "warned": "warn", "argued": "argue", "insisted": "insist",
    "pointed out": "point out", "noted": "note", "concluded": "conclude", "estimated": "estimate", "claimed": "claim",
    "stressed": "stress", "acknowledged": "acknowledge", "reported": "report", "found": "find", "explained": "explain",
    "suggested": "suggest", "maintained": "maintain", "contended": "contend", "admitted": "admit", "conceded": "concede",
    "predicted": "predict", "confirmed": "confirm",
    "replied": "reply", "responded": "respond", "countered": "counter", "held": "hold", "ruled": "rule",
    "showed": "show", "demonstrated": "demonstrate", "revealed": "reveal", "proved": "prove", "established": "establish",
    "indicated": "indicate", "shows": "show", "demonstrates": "demonstrate", "reveals": "reveal", "indicates": "indicate", "means": "mean", "meant": "mean",
    "says": "say", "argues": "argue", "warns": "warn", "insists": "insist", "points out": "point out", "notes": "note",
    "claims": "claim", "maintains": "maintain", "contends": "contend", "estimates": "estimate", "believes": "believe",
    "say": "say", "argue": "argue", "warn": "warn", "insist": "insist", "point out": "point out", "note": "note",
    "claim": "claim", "maintain": "maintain", "contend": "contend", "estimate": "estimate", "believe": "believe",
    # brief groupclaims: what a group recalls, fears or agrees on ("what do the experts agree on?")
    "recalled": "recall", "recalls": "recall", "recall": "recall", "feared": "fear", "fears": "fear", "fear": "fear",
    "agreed": "agree on", "agrees": "agree on", "agree": "agree on", "thought": "think", "thinks": "think", "think": "think",
    # brief claims2: a side's reply in the present ("Supporters reply that ...")
    "replies": "reply", "reply": "reply", "responds": "respond", "respond": "respond", "counters": "counter", "counter": "counter",
    # brief coverage3: a party's objection ("The farmers object that ...": "what do the farmers object to?")
    "objected": "object to", "objects": "object to", "object": "object to",
}
PRESENT = frozenset((
    "says", "argues", "warns", "insists", "points out", "notes", "claims", "maintains", "contends", "estimates", "believes",
    "shows", "demonstrates", "reveals", "indicates", "means", "recalls", "fears", "agrees", "thinks", "replies", "responds", "counters",
    "objects",
))
PRESENT_PLURAL = frozenset((
    "say", "argue", "warn", "insist", "point out", "note", "claim", "maintain", "contend", "estimate", "believe", "recall", "fear", "agree",
    "think", "reply", "respond", "counter", "object",
))
# The verbs of a claim the speaker items leave (brief groupclaims): what a group recalls, fears
# or agrees on, «coinciden en que», «temen que» (singular, plural); a side's reply in the present
# ("Supporters reply that ...", «Los partidarios responden/replican que ...», brief claims2).
CLAIM_VERBS = {
    "en": (r"(?:recalled|recalls|recall|feared|fears|fear|agrees|agree|thought|thinks|think|replies|reply|responds|respond|counters|counter"
           r"|objected|objects|object)", r"(?!)"),
    "es": (
        r"(?:coincide|coincidió|coincidía|teme|temió|temía|cree|creía|creyó|piensa|pensaba|opina|opinaba|responde|replica|contesta"
        r"|argumentaba|argumenta|mantenía|mantuvo|mantiene|recordaba"  # brief claims3: tenses the reporting verbs leave
        r"|objeta|objetó|objetaba"  # brief coverage3: a party's objection
        r"|ha\s+(?:respondido|replicado|contestado))",
        r"(?:coinciden|coincidieron|coincidían|temen|temieron|temían|creen|creían|creyeron|piensan|pensaban|opinan|opinaban|responden|replican"
        r"|argumentaban|argumentan|mantenían|mantuvieron|mantienen|recordaban|objetan|objetaron|objetaban"
        r"|contestan|han\s+(?:respondido|replicado|contestado))",
    ),
}
# Spanish verbs whose "¿qué ...?" does not ask a claim.
SPANISH_SKIPPED = re.compile(r"^(?:(?:ha|han|había|habían)\s+)?(?:denunci|reconoc|admit|calcul|estim)", re.IGNORECASE)
NAMED_KINDS = ("person", "organisation", "place")
# "According to X, CLAUSE." / «Según X, CLAUSE.»: a claim with its source and no verb, asked
# with "say" («decir») in the present, whatever the clause's tense.
ATTRIBUTIONS = {
    "en": re.compile(r"^According to (?P<speaker>[^,;:()«»\"“”]{2,80}?), (?P<clause>[^;:()]+?)\.$"),
    "es": re.compile(r"^Según (?P<speaker>[^,;:()«»\"“”]{2,80}?), (?P<clause>[^;:()]+?)\.$"),
}
SAY_FRONTS = {
    "en": ("According to the text, what does {speaker} say?", "According to the text, what do {speaker} say?"),
    "es": ("Según el texto, ¿qué dice {speaker}?", "Según el texto, ¿qué dicen {speaker}?"),
}
SPANISH_PLURAL_ARTICLES = frozenset(("los", "las", "unos", "unas"))
# A possessive a claim may hold when its owner opens the claim (``ClaimDrafter.owned``), folded.
OWNED_POSSESSIVES = frozenset(("its", "their", "su", "sus"))
DEFINITE_OPENERS = frozenset(("the", "el", "la", "los", "las"))
# A Spanish infinitive or gerund carrying an object pronoun («mantenerlo», «cerrándolas»), folded.
CLITIC = re.compile(r"\w{2,}(?:ar|er|ir|ando|iendo)(?:se)?(?:lo|la|los|las|le|les)")
BOTH = frozenset(("both", "ambos", "ambas"))  # before a noun: the two the document is about ("both parties")
# What a study, a trial or a case found: its claim, asked of it as of a speaker ("what did a
# trial on the Harnby bypass show?"); not a who-said choice (a trial is no "who").
FINDING_VERBS = {
    "en": (r"(?:showed|demonstrated|revealed|proved|established|indicated|shows|demonstrates|reveals|indicates|means|meant)", r"(?!)"),
    "es": (
        r"(?:(?:ha|había)\s+(?:mostrado|demostrado|revelado|probado|indicado)|mostró|demostró|reveló|probó|indicó|muestra|demuestra|revela|indica"
        r"|supone|significa|implica|supuso|significó|implicó)",
        r"(?:(?:han|habían)\s+(?:mostrado|demostrado|revelado|probado|indicado)|mostraron|demostraron|revelaron|probaron|indicaron|muestran|demuestran|revelan|indican)",
    ),
}
# "The central argument of the growers was simple: CLAIM" («El argumento central de los corcheros
# era sencillo: CLAIM», "... was that CLAIM"): asked "what was the central argument of ...?"
# («¿cuál era ...?»), its back the claim (brief groupclaims).
ARGUMENTS = {
    "en": re.compile(
        r"^(?P<lead>The\s+(?:(?:main|central|chief|key|basic|whole)\s+)?(?:argument|case|objection|complaint|fear|concern)\s+of\s+"
        r"(?P<speaker>[^,;:()«»\"“”]{2,60}?))\s+(?P<verb>was|is)(?:\s+(?:simple|clear|straightforward|plain))?(?::\s+|\s+that\s+)"
        r"(?P<clause>[^;:()«»\"“”]+?)\.$"
    ),
    "es": re.compile(
        r"^(?P<lead>(?:El|La)\s+(?:argumento|razonamiento|tesis|queja|objeción|temor|preocupación|respuesta|réplica|postura|posición)"
        r"(?:\s+(?:central|principal|básico|básica|fundamental))?"
        r"\s+de\s+(?P<speaker>[^,;:()«»\"“”]{2,60}?))(?:\s+a\s+(?P<to>[^,;:()«»\"“”]{2,60}?))?\s+(?P<verb>era|es|fue)(?:\s+(?:sencillo|sencilla|simple|claro|clara))?(?::\s+|\s+que\s+)"
        r"(?P<clause>[^;:()«»\"“”]+?)\.$"
    ),
}
# "The resort company's answer to all of these objections is that CLAIM" (brief coverage3: a
# party's answer to the objections before): asked "what is the resort company's answer?", what
# it answers left out (it leans on the sentences before); «La respuesta de X a ... es que»
# above.
OWNED_ARGUMENTS = {
    "en": re.compile(
        r"^(?P<lead>The\s+(?P<speaker>[^,;:()«»\"“”]{2,60}?)['’]s\s+(?:(?:main|central|chief|key|basic|whole|only)\s+)?"
        r"(?:answer|reply|response|argument|case|objection|complaint|fear|concern|position))(?:\s+to\s+(?P<to>[^,;:()«»\"“”]{2,60}?))?"
        r"\s+(?P<verb>was|is)(?:\s+(?:simple|clear|straightforward|plain))?(?::\s+|\s+that\s+)(?P<clause>[^;:()«»\"“”]+?)\.$"
    ),
}
# What a party answers, named in its card's front ("the resort company's answer to the objections"):
# the objections the paragraphs before list. An answer to anything else asks what was asked, as a reply does.
ANSWERED = {
    "en": (re.compile(r"\b(?:objections|criticisms|concerns|complaints|fears)\b"), "{lead} to the {noun}"),
    "es": (re.compile(r"\b(?:objeciones|críticas|quejas|preocupaciones|temores)\b"), "{lead} a las {noun}"),
}
ARGUMENT_FRONTS = {"en": "According to the text, what {verb} {lead}?", "es": "Según el texto, ¿cuál {verb} {lead}?"}
# A reporting verb inside the claim, its speaker maybe with a named apposition: «Por lo tanto,
# sostenía su portavoz, el ingeniero Tomás Vidal, ambas partes tienen ...», "Every keeper, argued
# the vet Alan Price, should be free ...". A head that is only a connective is left out of the claim.
CONNECTIVES = frozenset((
    "therefore", "thus", "hence", "so", "however", "in short", "in other words", "above all", "for that reason",
    "por lo tanto", "por tanto", "por ello", "por eso", "así", "en suma", "en resumen", "sin embargo", "además", "en definitiva",
))
# English verbs that take a clause without "that" ("Critics say the levy will ..."), and the
# finite verb the clause must hold for it to be one (``ClaimDrafter.without_that``).
ZERO_THAT_VERBS = r"(?:say|says|said|argue|argues|argued|believe|believes|believed|think|thinks|thought|fear|fears|feared|insist|insists|insisted)"
ZERO_THAT = re.compile(rf"\s{ZERO_THAT_VERBS}\s+(?!(?:that|to|of|about|so|nothing|it|this|these|those|they|he|she|we|what|how|why|whether|if|in|on|at|for|with|by)\b)(?=[^\W\d_])")
FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might)\b")
# The present forms a second group's reaction takes after "while" («mientras que»), beside the
# reporting verbs: "while critics say ...", «mientras que los críticos dicen ...».
OTHER_REACTION_VERBS = {
    "en": r"say|says|argue|argues|warn|warns|claim|claims|believe|believes|fear|fears|reply|replies|counter|counters",
    "es": r"dicen|dice|opinan|opina|creen|cree|consideran|considera|advierten|advierte|replican|replica|responden|responde"
          r"|sostienen|sostiene|temen|teme|critican|critica|denuncian|denuncia|alegan|alega",
}


@lru_cache(maxsize=8)
def _reaction_pattern(code: str, reporting_verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A few words, then a reporting, claim or reaction verb (``ClaimDrafter.other_reaction``);
    compiled once per language."""
    verbs = "|".join(v for v in (*reporting_verbs, *CLAIM_VERBS[code], OTHER_REACTION_VERBS.get(code, "")) if v)
    return re.compile(rf"(?:[^\W\d_][\w'’-]*\s+){{1,5}}?(?:{verbs})\b", re.IGNORECASE)


# Two reactions in one sentence ("X welcomed the ruling as ..., and Y stressed that ...", «X
# celebró ... como ..., y Y subrayó que ...», or after a semicolon): each part read as a sentence of its own.
PART_JOINS = re.compile(r"(?:,\s+(?:and|y|e|while|mientras\s+que)|;)\s+(?=[^\W\d_])")
# "X welcomed the ruling as a victory for ..." («X celebró la sentencia como una victoria ...»):
# asked "how did X welcome the ruling?" («¿cómo celebró X la sentencia?»), its back "As ...".
AS_VERBS = {
    "en": {"welcomed": "welcome", "hailed": "hail", "celebrated": "celebrate", "described": "describe", "greeted": "greet",
           "praised": "praise", "presented": "present", "dismissed": "dismiss", "condemned": "condemn", "criticised": "criticise",
           "criticized": "criticize"},
    "es": {v: v for v in ("celebró", "calificó", "saludó", "describió", "definió", "presentó", "criticó", "celebraron", "calificaron",
                          "saludaron", "describieron", "definieron", "presentaron", "criticaron")},
}
# (thing, the word before the description with its space, the description's opening, the verbs
# taking it: None for all of AS_VERBS)
AS_PATTERNS: dict[str, tuple[tuple[str, str, str, dict[str, str] | None], ...]] = {
    "en": (
        (r"(?:the|a|an)\s+", r"as\s+", r"(?:a|an|the)\s+", None),
        # "Critics called the levy a tax on small farms": "what did critics call the levy?"; never
        # "called the meeting a week before" (called together)
        (r"the\s+", r"", r"(?:a|an)\s+(?!(?:day|week|month|year|fortnight|few|couple|number)\b)", {"called": "call"}),
    ),
    # «calificaron el acuerdo de victoria ...»: "de" after «calificar» only («el plan de obras» is a noun's)
    "es": (
        (r"(?:el|la|los|las)\s+", r"como\s+", r"(?:un|una|el|la|los|las|unos|unas)\s+", None),
        (r"(?:el|la|los|las)\s+", r"de\s+", r"(?:(?:un|una|unos|unas)\s+)?", {"calificó": "calificó", "calificaron": "calificaron"}),
    ),
}
AS_WORDS = {"como": "Como", "de": "De", "as": "As"}
# What follows the description, not part of it: a participle's clause ("..., pointing out that
# without it ...", «..., señalando que ...»), cut before the back.
AS_TAIL = re.compile(r",\s+(?=[^\W\d_]+(?:ing|ando|iendo)\b)")
# A time after a group's noun ("Council officials at the time", «Los concejales de la época»):
# when they spoke, left out of the card's front.
SPEAKER_TIME = re.compile(
    r"\s+(?:at\s+the\s+time|then|back\s+then|in\s+\d{4}|de\s+la\s+época|de\s+entonces|en\s+su\s+momento|en\s+aquel\s+momento|en\s+\d{4})$"
)
AS_FRONTS = {
    "en": ("According to the text, how did {speaker} {verb} {thing}?", "{word} {clause}."),
    "es": ("Según el texto, ¿cómo {verb} {speaker} {thing}?", "{word} {clause}."),
}
CALLED_FRONT = "According to the text, what did {speaker} {verb} {thing}?"  # "what did critics call the levy?"
# A pronoun whose only referent is the thing the speaker's own phrase names ("Supporters of the
# 2019 agreement argue that it proved ...", «Los partidarios del acuerdo ... sostienen que sin él
# ...»): the front names it, so the card reads whole (brief claims2). The thing after "of
# the"/«del»/«de la» in one noun phrase, the pronoun (as written) agreeing with it, once, opening
# the claim or after its first small word ("that without it ..."); any other, held.
SPEAKER_THING = {
    "en": re.compile(r"^[^,;:]+?\s+of\s+the\s+(?P<thing>(?:[\w'’-]+\s+){0,3}[\w'’-]+)$"),
    "es": re.compile(r"^[^,;:]+?\s+(?P<article>del|de\s+la)\s+(?P<thing>(?:[\w'’-]+\s+){0,3}[\w'’-]+)$"),
}
REFERRING = {"en": {"": frozenset(("it", "its"))}, "es": {"del": frozenset(("él",)), "de la": frozenset(("ella",))}}
# English nouns of a person: "it" never stands for "the mayor".
PERSON_ROLES = frozenset((
    "mayor", "minister", "president", "chairman", "chairwoman", "chair", "governor", "director", "leader", "king", "queen",
    "judge", "senator", "bishop", "captain", "manager", "owner", "founder", "candidate", "author",
))
# A group named only by its relation to a thing ("Opponents", «Los críticos», brief context):
# opponents of what? The front names the thing when the claim's sentence or the one before
# writes it after such a noun ("Critics of the fee plan ...", «Los críticos de la tasa ...»),
# up to the verb; else the card is held. Several sentences of a paragraph by one such group (or
# "also", «también», in the front) are several arguments: no card passes one off as the answer.
STANCE_OBJECT = re.compile(rf"\b(?:{'|'.join(sorted(STANCE_NOUNS))})\s+(?P<link>of|de|del)\s+", re.IGNORECASE)
MAX_STANCE_OBJECT_WORDS = 5
OBJECT_ENDS = {
    "en": re.compile(r"^(?:that|who|which|whom|whose|is|are|was|were|has|have|had|will|would|say|says|argue|argues|warn|warns|\w{3,}ed)$"),
    "es": re.compile(r"^(?:que|quien|quienes|cuyo|cuya|es|son|fue|fueron|era|eran|ha|han|\w{2,}(?:aron|ieron|ó|ió|aban|ían))$"),
}
ALSO = {"en": re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE), "es": re.compile(r"\b(?:también|además|asimismo)\b", re.IGNORECASE)}
GROUP_PRONOUNS = frozenset(("they", "ellos", "ellas"))
# Reporting verbs that say nothing of the report's topic ("what have farmers reported?"): a
# generic group's front names the topic (``ClaimDrafter.about``, brief fronts3).
BARE_REPORTS_EN = frozenset(("report", "note", "find", "warn", "say", "point out", "observe", "announce", "confirm", "indicate"))
BARE_REPORTS_ES = re.compile(r"(?:señal|advirt|advier|advert|inform|observ|constat|dij|dic|apunt|anunci|confirm|indic)", re.IGNORECASE)
# The first word of the reported clause's verb, where its subject ends.
TOPIC_ENDS = {
    "en": re.compile(
        r"is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did|no|not|never|"
        r"\w+ed|became|becomes|become|grew|grows|fell|rose|kept|left|ran|made|took|gave|cost|costs|put|set|cut|led|brought|"
        r"bought|meant|held|stood|saw|went|came|won|lost|paid|sold|told|built|found|began|got|drew|threw|wore|hid|shut|spread"
    ),
    "es": re.compile(
        r"se|ha|han|había|habían|habría|habrían|es|son|era|eran|fue|fueron|será|serán|sería|serían|está|están|estaba|estaban|"
        r"puede|pueden|podía|podían|podría|podrían|debe|deben|debía|debían|no|ya|nunca|"
        r"\w+(?:aron|ieron|aba|aban|ó|ría|rían|rá|rán)"
    ),
}
MAX_TOPIC_WORDS = 7
# What a fact means (brief coverage3): "This means that CLAUSE." («Esto implica que CLAUSE.»),
# asked with the sentence it takes up quoted ("The text says: “...” According to the text, what
# does this mean?"), its back the consequence ("That CLAUSE."); no sentence before to quote in the
# paragraph, or one leaning on another, and no card.
CONSEQUENCES = {
    "en": re.compile(
        r"^(?:This|That)\s+(?P<verb>means|meant|implies|implied|(?:would|will)\s+(?:mean|imply))\s+that\s+(?P<clause>[^;:()«»\"“”]+?)\.$"
    ),
    "es": re.compile(
        r"^(?:Esto|Ello|Eso)\s+(?P<verb>(?:implic|supon|supus|signific|quier\w*\s+decir)\w*)\s+que\s+(?P<clause>[^;:()«»\"“”]+?)\.$"
    ),
}
CONSEQUENCE_FRONTS = {"en": "According to the text, what {verb} from this?", "es": "Según el texto, ¿qué {verb} esto?"}
# "what does this mean?" reads as a demonstrative before a noun ("this mean"): what follows from it
CONSEQUENCE_VERBS_EN = {"means": "follows", "meant": "followed", "implies": "follows", "implied": "followed"}
# What a thing's fate hangs on (brief coverage3, a conclusion): "The survival of the ferry now
# depends less on the council than on the summer visitors." asked "what does the survival of the
# ferry now depend on?", its back the text's answer ("Less on the council than on ..."); «La
# supervivencia del transbordador depende ahora más de ... que de ...»: «¿de qué depende ahora
# ...?». The subject names its thing: a noun phrase with its article, no word leaning elsewhere.
DEPENDS = {
    "en": re.compile(
        r"^(?P<subject>(?:The|A|An)\s+[^,;:()«»\"“”]{3,60}?)\s+(?P<adverb>(?:now|still|therefore|thus|ultimately|largely|in the end)\s+)?"
        r"(?P<verb>depends|depend|depended|(?:will|would|may|might)\s+depend)\s+(?P<rest>(?:(?:mainly|mostly|largely|chiefly|above all|less|more|not|only|above all"
        r"|almost|entirely|wholly|heavily|partly|in part|to a large extent)\s+)*on\s+[^;:()«»\"“”]+?)\.$"
    ),
    "es": re.compile(
        r"^(?P<subject>(?:El|La|Los|Las)\s+[^,;:()«»\"“”]{3,60}?)\s+(?P<verb>depende|dependen|dependía|dependían|dependerá|dependerán|dependería|dependerían)"
        r"\s+(?P<adverb>(?:ahora|todavía|aún|por tanto|por lo tanto|en último término|en definitiva)\s+)?"
        r"(?P<rest>(?:(?:sobre todo|ante todo|principalmente|más|menos|no|solo|sólo|casi|por completo|totalmente|enteramente|en gran medida|en parte|en buena parte)\s+)*de\s+[^;:()«»\"“”]+?)\.$"
    ),
}
# What it depends on, counted and listed after a colon (brief reasons): "The growers' success
# depends on two conditions: clean water ... and a steady supply of ...", «El futuro de las
# queserías depende de dos condiciones: un relevo ... y un precio justo ...»: the back is the
# list, whatever commas its items hold (a list card needs items parted by commas alone).
COUNTED_DEPENDS = {
    "en": re.compile(
        r"^(?P<subject>(?:The|A|An)\s+[^,;:()«»\"“”]{3,60}?)\s+(?P<adverb>(?:now|still|ultimately|in the end)\s+)?"
        r"(?P<verb>depends|depend|depended|(?:will|would|may|might)\s+depend)\s+on\s+(?P<count>two|three|four|five)\s+"
        r"(?:things|conditions|factors|requirements|matters|points|elements)\s*:\s+(?P<rest>[^;:()«»\"“”]+?\s(?:and|or)\s[^;:()«»\"“”]+?)\.$"
    ),
    "es": re.compile(
        r"^(?P<subject>(?:El|La|Los|Las)\s+[^,;:()«»\"“”]{3,60}?)\s+(?P<verb>depende|dependen|dependía|dependían|dependerá|dependerán|dependería|dependerían)"
        r"\s+(?P<adverb>(?:ahora|todavía|aún)\s+)?de\s+(?P<count>dos|tres|cuatro|cinco)\s+(?:cosas|condiciones|factores|requisitos|elementos|puntos)\s*:\s+"
        r"(?P<rest>[^;:()«»\"“”]+?\s(?:y|e|o|u)\s[^;:()«»\"“”]+?)\.$"
    ),
}
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5}
COUNTED_ITEMS = re.compile(r",\s+(?:and\s+|or\s+|y\s+|e\s+|o\s+|u\s+)?|\s+(?:and|or|y|e|o|u)\s+")
OWNER = re.compile(r"^(?:The|A|An)\s+[\w-]+['’]s\s")  # "A boiler's life": one owner, whom "it" may stand for
OWNER_PRONOUN = re.compile(r"\b(?:it|its)\b")
DEPENDS_SOURCE = {
    "en": re.compile(r",\s+(?P<lead>according\s+to)\s+(?P<source>[^,;:]{3,60})$"),
    "es": re.compile(r",\s+(?P<lead>según)\s+(?P<source>[^,;:]{3,60})$"),
}
# A subject that holds a verb and a relative ("La maduración es la etapa que más", "The curing
# is the stage that") is a clause cut before the relative's verb, no noun phrase: the depending
# is the relative clause's, and the front would read «¿de qué depende la maduración es la etapa
# que más?» (cards3).
CLAUSE_IN_SUBJECT = {
    "en": re.compile(r"\b(?:is|are|was|were)\b|\b(?:that|which|who|where)(?:\s+(?:most|least|more|less|mainly|mostly|largely|chiefly|also|still))?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:es|son|era|eran|fue|fueron|será|serán)\b|\b(?:que|quien|quienes|donde)(?:\s+(?:más|menos|también|todavía|aún|sobre todo))?$", re.IGNORECASE),
}
DEPENDS_AUX_EN = {"depends": "does", "depend": "do", "depended": "did"}
DEPENDS_FRONTS = {
    "en": "According to the text, what {aux} {subject} {adverb}depend on?",
    "es": "Según el texto, ¿de qué {verb} {adverb}{subject}?",
}
# What a thing waits for (brief explain2): "The pump cannot start until the fluid has been
# cooled" -> "According to the text, what must happen before the pump can start?" / "The fluid
# has been cooled."; "The turbine turns only while vapour arrives" -> "According to the text, when
# does the turbine turn?" / "Only while vapour arrives."; «La bajada de los precios espera a la
# cosecha siguiente» -> «Según el texto, ¿a qué espera la bajada de los precios?» / «A la cosecha
# siguiente.»; «El contenido no puede avanzar hasta que ...» -> «¿hasta cuándo no puede avanzar
# el contenido?». Read in each clause of a sentence (after a colon, a semicolon, ", and").
_EN_ASIDE = r"(?:,\s+(?:in turn|however|therefore|thus|for its part|by contrast|in contrast),)?"
_ES_ASIDE = r"(?:,\s+(?:a su vez|en cambio|por tanto|por lo tanto|sin embargo|por su parte|por el contrario),)?"
WAITS = {
    "en": re.compile(
        r"^(?P<subject>(?:The|A|An|Each|Every)\s+[a-z][^,;:()«»\"“”]{1,50}?)" + _EN_ASIDE + r"\s+(?:"
        r"(?:cannot|can\s*not|can't|will\s+not|won't|may\s+not|must\s+not)\s+(?P<action>[a-z][^,;:()]*?)\s+until\s+(?P<until>[^;:()]+?)"
        r"|(?:waits|wait)\s+(?P<wait>(?:for|until)\s+[^;:()]+?)"
        r"|(?P<verb>[a-z]{3,}s)\b(?P<object>[^,;:()]*?)\s+(?P<only>only\s+(?:while|when|once|after|if)\s+[^;:()]+?))\.?$"
    ),
    "es": re.compile(
        r"^(?P<subject>(?:El|La|Los|Las)\s+[a-záéíóúñ][^,;:()«»\"“”]{1,50}?)" + _ES_ASIDE + r"\s+(?:"
        r"no\s+(?P<can>puede|pueden|podrá|podrán)\s+(?P<action>[a-záéíóúñ]+(?:ar|er|ir)(?:se)?\b[^,;:()]*?)\s+(?P<until>hasta\s+[^;:()]+?)"
        r"|(?P<waits>espera|esperan)" + _ES_ASIDE + r"\s+(?P<wait>a\s+[^;:()]+?)"
        r"|(?:solo|sólo)\s+(?P<verb>[a-záéíóúñ]{3,}(?:a|e|an|en))\b(?P<object>[^,;:()]*?)\s+(?P<only>(?:cuando|mientras|si|una vez que)\s+[^;:()]+?)"
        r"|(?P<verb2>[a-záéíóúñ]{3,}(?:a|e|an|en))\b(?P<object2>[^,;:()]*?)\s+(?P<only2>(?:solo|sólo)\s+(?:cuando|mientras|si|una vez que)\s+[^;:()]+?))\.?$"
    ),
}
WAITS_FRONTS = {
    "en": {"until": "According to the text, what must happen before {subject} can {action}?", "wait": "According to the text, what does {subject} wait for?",
           "only": "According to the text, when does {subject} {verb}{object}?"},
    "es": {"until": "Según el texto, ¿hasta cuándo no {can} {action} {subject}?", "wait": "Según el texto, ¿a qué {waits} {subject}?",
           "only": "Según el texto, ¿cuándo {verb}{object} {subject}?"},
}
CLAUSE_PARTS = re.compile(r"\s*[:;]\s+|,\s+(?:and|y|but|pero)\s+(?=(?:the|el|la|los|las)\s)", re.IGNORECASE)
# A one-word subject naming an action ("the fall", «la bajada») says of what only in the sentence before.
ACTION_NOUN = re.compile(r"(?:ada|ida|cion|sion|miento|ing|ion|ment)$|^(?:fall|rise|drop|change|cut|move|increase|decrease|return|subida|caida|alza)$")
MIN_WAIT_WORDS = 3  # the condition's words: "vapour arrives" is a stock phrase; "hot vapour keeps arriving" is the text's


def _english_base(verb: str) -> str:
    """The base form of an English verb in -s ("heats" -> "heat", "carries" -> "carry")."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x|z|o)es$", verb):
        return verb[:-2]
    return verb[:-1]


# A speaker taken up from the sentence before (brief coverage3): "The harbour master of Wensley
# has a different worry. He warns that ..." («Algunos ingenieros dudan de los plazos. Recuerdan
# que ...»): the claim's speaker is the subject that sentence opens on, a noun phrase up to its
# verb (``TOPIC_ENDS``, with a Spanish present), which the card names.
TAKING_UP = {
    "en": re.compile(r"^(?P<pronoun>He|She|It|They)\s+(?=\w)"),
    "es": re.compile(r"^(?P<pronoun>)(?=[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:an|en|a|e)\s+(?:que|de\s+que|en\s+que)\s)"),
}
SUBJECT_OPENS = {
    "en": re.compile(r"^(?P<subject>(?:The|Some|Many|Most|Several)\s+[^,;:()«»\"“”]{2,60}?)\s+(?:" + TOPIC_ENDS["en"].pattern + r"|\w{3,}s)\b"),
    "es": re.compile(r"^(?P<subject>(?:El|La|Los|Las|Algunos|Algunas|Varios|Varias|Muchos|Muchas)\s+[^,;:()«»\"“”]{2,60}?)\s+(?:"
                     + TOPIC_ENDS["es"].pattern + r"|\w{3,}(?:an|en))\b"),
}
# "Some residents doubt ...": a counted group of one noun, whatever plural verb follows
COUNTED_SUBJECT = {"en": re.compile(r"^(?P<subject>(?:Some|Many|Most|Several)\s+[a-z]{3,}s)\s+(?=[a-z]{3,}\b)")}
FRONTS = {
    "en": "According to the text, what {aux} {speaker} {verb}?",
    "es": "Según el texto, ¿{joiner} {verb} {speaker}?",
}


class ClaimDrafter:
    """Cards on what a named speaker argued, concluded or warned, for paragraphs the other
    drafters leave empty."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        # The words that point to another sentence from inside a clause (the why-cards' list:
        # pronouns, demonstratives, possessives, "also", "other"), not the openers' conjunctions.
        rules = CAUSE_RULES.get(self.lang.code)
        self.leaning = rules.leaning | rules.demonstratives if rules else frozenset()
        self.subordinators = rules.subordinators if rules else frozenset()
        self.stop = self.lang.words.stop_words
        self.texts: dict[tuple[int, int], str] = {}  # the sentences as the text writes them
        self.written_starts: dict[tuple[int, int], int] = {}  # a sentence read with its speaker written in: where the text's starts

    def candidates(self) -> Iterator[Candidate]:
        if self.lang.code not in FRONTS:
            return
        lang = self.lang
        if not lang.reporting_verbs[0]:
            return
        leaning = lang.pronouns | lang.demonstratives | lang.context_openers | lang.leaning_subjects
        sentences = list(self.builder.facts.sentences)
        self.texts = {(s.paragraph, s.index): s.text for s in sentences}
        statements = reported(sentences, lang.code, lang.reporting_verbs, lang.reported_joiners, self.stop, leaning, described=True)
        statements += reported(sentences, lang.code, FINDING_VERBS[lang.code], lang.reported_joiners, self.stop, leaning, described=True)
        statements += reported(sentences, lang.code, CLAIM_VERBS[lang.code], lang.reported_joiners, self.stop, leaning, described=True)
        statements += self.attributed(sentences, leaning)
        statements += self.referring(sentences, leaning)
        parts = self.parts(sentences)
        statements += reported(parts, lang.code, lang.reporting_verbs, lang.reported_joiners, self.stop, leaning, described=True)
        statements += self.inside(sentences, leaning)
        statements += self.without_that(sentences, leaning)
        statements += self.taken_up(sentences, leaning)
        # the sentences each voice speaks in (a sentence read whole and by its parts is one)
        voices: dict[frozenset[str], set[tuple[int, int]]] = {}
        for r in statements:
            voices.setdefault(self.voice(r.speaker), set()).add((r.sentence.paragraph, r.sentence.index))
        done: set[tuple[int, int]] = set()  # a card a sentence (or a part): two groups of a paragraph, a card each
        for r in statements:
            if (r.sentence.paragraph, r.sentence.start) in done or len(voices[self.voice(r.speaker)]) > 1:
                continue
            card = self.card(r)
            if card is not None:
                done.add((r.sentence.paragraph, r.sentence.start))
                done.add((r.sentence.paragraph, self.written_starts.get((r.sentence.paragraph, r.sentence.start), r.sentence.start)))
                yield card
        for s, card in [*self.arguments(sentences, leaning), *self.described_as([*sentences, *parts], leaning), *positions.cards(self, sentences, leaning),
                        *self.consequences(sentences, leaning), *self.dependences(sentences, leaning), *self.waits(sentences)]:
            if (s.paragraph, s.start) not in done:
                done.add((s.paragraph, s.start))
                yield card
        yield from self.swaps([r for r in statements if len(voices[self.voice(r.speaker)]) == 1])

    def swaps(self, statements: list[Reported]) -> Iterator[Candidate]:
        """True/false statements on who said which, for a paragraph where two groups each make a
        claim ("In Ghent, union leaders recalled that A. In Bruges, some analysts pointed out
        that B."): a claim with the other group, its place with it, before the verb ("In
        Bruges, some analysts recalled that A.": false; the claim as written would be the
        text's sentence, true to anyone who recognises it, so it is not offered). Only
        groups (the verb's number agrees), opening their sentences (after a place or a clause),
        never one named by its stance ("Critics"), each claim fit for a card."""
        openers: dict[int, list[tuple[Reported, str, str]]] = {}
        for r in statements:
            text, at = r.sentence.text, r.span[0] - r.sentence.start
            end = text.find(r.clause)
            if self.voice(r.speaker) & STANCE_NOUNS:
                continue  # "Critics" said what critics say: as the false group it may be true
            if not r.joiner or not r.plural or end < 0 or r.sentence.text != self.texts.get((r.sentence.paragraph, r.sentence.index)):
                continue
            before = text[:at]
            if before and not re.fullmatch(r"[^,;:()«»\"“”]{2,120},\s+", before):
                continue  # the speaker opens its sentence, after a place or a clause
            words = [fold(w) for w in WORD.findall(r.clause)]
            if any(self.leans(words, i) for i in range(len(words))):
                continue
            rest = text[r.span[1] - r.sentence.start:end + len(r.clause)]
            # as the other group of a false statement: with its place, without a clause it opens on
            swapped = text[:r.span[1] - r.sentence.start] if r.place else text[at:r.span[1] - r.sentence.start]
            known = openers.setdefault(r.sentence.paragraph, [])
            if all(o.sentence.index != r.sentence.index and self.voice(o.speaker) != self.voice(r.speaker) for o, _, _ in known):
                known.append((r, swapped, rest))
        b = self.builder
        for found in openers.values():
            if len(found) != 2:
                continue  # two groups: a third would make the false statement one of two
            preferred = b.tf_count % 2 == 0
            b.tf_count += 1
            for index, ((r, _, rest), (_, other, _)) in enumerate(((found[0], found[1]), (found[1], found[0]))):
                fact = f"claim:{r.sentence.paragraph}:swap:{index}"
                for truth, head in ((False, other),):  # the claim as written, true, is the text's sentence: no question
                    statement = f"{head}{rest}."
                    statement = statement[0].upper() + statement[1:]
                    if len(statement.split()) > MAX_STATEMENT_WORDS:
                        break
                    item = b.question("true_false", self.lang.prompt("true_false", statement=statement), b.explain(r.sentence), [r.sentence.paragraph], 2, answer=truth)
                    at = r.sentence.start + r.sentence.text.find(r.clause)
                    score = SWAP_SCORE - (0 if truth == preferred else 0.001) - 0.01 * index
                    yield Candidate(
                        "question", item, r.sentence.paragraph, (at, at + len(r.clause)), round(score, 4), f"true_false|{fact}|{statement}", fact,
                        [r.clause], [f"{CONTRAST_HOLD} (two groups' claims: who said which), offered only for a paragraph no other ready draft covers"],
                    )

    def without_that(self, sentences: list[Sentence], leaning: frozenset[str]) -> list[Reported]:
        """English claims reported without "that" ("Some analysts believe the dispute cost ...",
        "Critics say the levy will fall on the farms"): read as if the text wrote "that", where
        the verb takes a clause (``ZERO_THAT``) and what follows holds a finite verb (an
        auxiliary or a modal: "the levy will fall", not "noted the damage")."""
        if self.lang.code != "en":
            return []
        found = []
        for s in sentences:
            m = ZERO_THAT.search(s.text)
            if m is None or not FINITE.search(s.text[m.end():]):
                continue
            written = replace(s, text=f"{s.text[:m.end()]}that {s.text[m.end():]}")
            for r in reported([written], "en", (ZERO_THAT_VERBS, r"(?!)"), "that", self.stop, leaning, described=True):
                if r.clause in s.text:
                    found.append(replace(r, sentence=s))
        return found

    def taken_up(self, sentences: list[Sentence], leaning: frozenset[str]) -> list[Reported]:
        """Claims whose speaker is a pronoun (or, in Spanish, left unsaid) standing for the
        subject of the sentence before in the paragraph (``TAKING_UP``): read with that subject
        written in, the offsets kept those of the claim as the text writes it."""
        code = self.lang.code
        found = []
        for before, s in pairwise(sentences):
            m = TAKING_UP[code].match(s.text)
            opening = self.texts.get((before.paragraph, before.index), before.text)
            subject = (COUNTED_SUBJECT[code].match(opening) if code in COUNTED_SUBJECT else None) or SUBJECT_OPENS[code].match(opening)
            if before.paragraph != s.paragraph or m is None or subject is None:
                continue
            speaker = subject.group("subject")
            if code == "en" and (m.group("pronoun") == "They") != plural_head(speaker, self.stop):
                continue  # "They" for one, "He" for many: another referent
            if not self.plural(speaker) and not any(w[0].isupper() for w in WORD.findall(speaker)[1:]):
                continue  # one body taken up needs its name ("the ferry company ... It argued": which, test_claims3)
            rest = s.text[m.end():]
            if code == "es":
                rest = lower_initial(rest)
            shift = len(speaker) + 1 - m.end()
            written = replace(s, text=f"{speaker} {rest}", start=s.start - shift)
            self.written_starts[(s.paragraph, written.start)] = s.start
            for verbs in (self.lang.reporting_verbs, CLAIM_VERBS[code]):
                for r in reported([written], code, verbs, self.lang.reported_joiners, self.stop, leaning, described=True):
                    if r.clause in s.text and (code == "en" or self.plural(r.speaker) == r.plural):
                        found.append(r)
        return found

    def other_reaction(self, clause: str) -> bool:
        """Whether a claim runs on into another speaker's reaction ("the problems stem from
        underfunding, while critics say ...", «..., mientras que los críticos dicen ...»): its
        card would give both as one speaker's claim (a fresh review: a muddled claim). The
        sentence's parts (``parts``) give each its own card."""
        reaction = _reaction_pattern(self.lang.code, tuple(self.lang.reporting_verbs))
        return any(reaction.match(clause[m.end():]) for m in PART_JOINS.finditer(clause))

    def parts(self, sentences: list[Sentence]) -> list[Sentence]:
        """The parts of a sentence joining two reactions (``PART_JOINS``), each as a sentence of
        its own, opening in capitals as a sentence does; its offsets those of the part."""
        found = []
        for s in sentences:
            cuts = list(PART_JOINS.finditer(s.text))
            bounds = [0, *[m.end() for m in cuts]]
            ends = [*[m.start() for m in cuts], len(s.text)]
            if not cuts:
                continue
            for at, end in zip(bounds, ends):
                text = s.text[at:end].rstrip().rstrip(".") + "."
                found.append(replace(s, start=s.start + at, end=s.start + end, text=text[0].upper() + text[1:]))
        return found

    def arguments(self, sentences: list[Sentence], leaning: frozenset[str]) -> Iterator[tuple[Sentence, Candidate]]:
        """Cards on "The central argument of X was simple: CLAIM" (``ARGUMENTS``)."""
        patterns = [ARGUMENTS[self.lang.code], *([OWNED_ARGUMENTS[self.lang.code]] if self.lang.code in OWNED_ARGUMENTS else [])]
        for s in sentences:
            m = next((found for pattern in patterns if (found := pattern.match(s.text.strip())) is not None), None)
            if m is None:
                continue
            speaker, clause, lead = m.group("speaker").strip(), m.group("clause").strip(), m.group("lead")
            shown = speaker[0].upper() + speaker[1:]
            if not fair_speaker(shown, self.plural(speaker) or described_speaker(shown, self.stop), self.stop, leaning):
                continue
            clause = self.lowered(clause, s)
            shown_lead = lower_initial(lead)
            answered, named = ANSWERED[self.lang.code]
            if (to := m.groupdict().get("to")) and (noun := answered.search(to)) is not None:
                shown_lead = named.format(lead=shown_lead, noun=noun.group())
            front = ARGUMENT_FRONTS[self.lang.code].format(verb=m.group("verb"), lead=shown_lead)
            r = Reported(speaker, m.group("verb"), "that" if self.lang.code == "en" else "que", clause, True, s, (s.start, s.start + len(lead)))
            card = self.card(r, front=front, answered=shown_lead != lower_initial(lead))
            if card is not None and fair_statement(clause, leaning - BOTH):
                yield s, card

    def consequences(self, sentences: list[Sentence], leaning: frozenset[str]) -> Iterator[tuple[Sentence, Candidate]]:
        """Cards on what a fact means (``CONSEQUENCES``): the fact, the sentence before in the
        paragraph, quoted in the front."""
        code = self.lang.code
        for s in sentences:
            m = CONSEQUENCES[code].match(s.text.strip())
            if m is None:
                continue
            clause, verb = m.group("clause").strip(), " ".join(m.group("verb").split())
            asked = self.asked_before(s, same_paragraph=True)
            if asked is None or not fair_statement(clause, leaning) or not self.stands_alone(clause):
                continue
            if code == "en":
                shown = CONSEQUENCE_VERBS_EN.get(verb) or f"{verb.split()[0]} follow"  # "would mean": "what would follow"
                front = CONSEQUENCE_FRONTS["en"].format(verb=shown)
            else:
                front = CONSEQUENCE_FRONTS["es"].format(verb=verb)
            front = ASKED_FRONTS[code].format(context=asked, front=front)
            joiner = "That" if code == "en" else "Que"
            yield s, self.reason_card(s, front, f"{joiner} {clause}.", clause, "means")

    def dependences(self, sentences: list[Sentence], leaning: frozenset[str]) -> Iterator[tuple[Sentence, Candidate]]:
        """Cards on what a thing's fate hangs on (``DEPENDS``), a conclusion's judgement."""
        code = self.lang.code
        for s in sentences:
            m = DEPENDS[code].match(s.text.strip()) or COUNTED_DEPENDS[code].match(s.text.strip())
            if m is None:
                continue
            if m.re is COUNTED_DEPENDS[code] and len(COUNTED_ITEMS.split(m.group("rest"))) == COUNTS[fold(m.group("count"))]:
                continue  # items parted by commas alone, as many as it counts: the list's card asks them
            subject, rest = m.group("subject").strip(), m.group("rest").strip()
            if CLAUSE_IN_SUBJECT[code].search(subject):
                continue  # "The curing is the stage that depends on ...": no noun phrase to ask of
            source = DEPENDS_SOURCE[code].search(rest)
            if source is not None:
                rest = rest[:source.start()].rstrip()
            answer = re.sub(r"^(?:above all|sobre todo|ante todo|casi por completo|por completo|almost entirely)\s+", "", rest)  # "all", «todo» of a qualifier lean on nothing
            if not self.stands_alone(subject) or len(answer.split()) > MAX_STATEMENT_WORDS:  # «de los veraneantes»: short as it is
                continue
            if not self.stands_alone(answer) and not (OWNER.match(subject) and self.stands_alone(OWNER_PRONOUN.sub(" ", answer))):
                continue  # "it" of the answer only for the subject's owner ("A boiler's life ... how often it is serviced")
            adverb = " ".join((m.group("adverb") or "").split())
            adverb = f"{adverb} " if adverb and adverb not in ("therefore", "thus", "por tanto", "por lo tanto") else ""
            shown = lower_initial(subject) if fold(subject.split()[0]) in self.stop else subject
            verb = " ".join(m.group("verb").split())
            if code == "en":
                modal = verb.split()[0] if " " in verb else ""
                front = DEPENDS_FRONTS["en"].format(aux=modal or DEPENDS_AUX_EN[verb], subject=shown, adverb=adverb)
            else:
                front = DEPENDS_FRONTS["es"].format(verb=verb, subject=shown, adverb=adverb)
            if source is not None:  # "..., according to the harbour staff": theirs, not the text's
                said = f"{source.group('lead')[0].upper()}{source.group('lead')[1:]} {source.group('source')}"
                front = said + front[len("According to the text" if code == "en" else "Según el texto"):]
            yield s, self.reason_card(s, front, f"{rest[0].upper()}{rest[1:]}.", rest, "depends")

    def waits(self, sentences: list[Sentence]) -> Iterator[tuple[Sentence, Candidate]]:
        """Cards on what a thing waits for (``WAITS``): a condition it cannot act before, the
        only time it acts, what it waits for; one a sentence, read clause by clause."""
        code = self.lang.code
        pattern = WAITS.get(code)
        if pattern is None:
            return
        for s in sentences:
            if re.search(r"[()\[\]«»\"“”]", s.text):
                continue
            for part in CLAUSE_PARTS.split(s.text.strip()):
                card = self.wait_card(s, part[:1].upper() + part[1:], pattern)
                if card is not None:
                    yield s, card
                    break

    def wait_card(self, s: Sentence, part: str, pattern: re.Pattern[str]) -> Candidate | None:
        """The card on one clause's wait, or None where it does not read on its own."""
        code = self.lang.code
        m = pattern.match(part.rstrip("."))
        if m is None:
            return None
        subject = m.group("subject").strip()
        content = [w for w in WORD.findall(subject) if fold(w) not in self.stop]
        if not content or (len(content) == 1 and ACTION_NOUN.search(fold(content[0]))) or not self.stands_alone(subject):
            return None  # «La bajada espera ...»: the fall of what is said elsewhere
        shown = lower_initial(subject)
        fronts = WAITS_FRONTS[code]
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        if "until" in groups:  # the condition as written ("The fluid has been cooled.", «Hasta que ...»)
            answer = groups["until"]
            front = fronts["until"].format(subject=shown, action=groups["action"], can=groups.get("can", ""))
        elif "wait" in groups:
            answer = groups["wait"]
            front = fronts["wait"].format(subject=shown, waits=groups.get("waits", ""))
        else:
            verb = groups.get("verb") or groups["verb2"]
            obj = (groups.get("object") if "verb" in groups else groups.get("object2")) or ""
            answer = groups.get("only") or groups["only2"]
            front = fronts["only"].format(subject=shown, verb=_english_base(verb) if code == "en" else verb, object=obj.rstrip())
        back = answer
        if len(WORD.findall(answer)) < MIN_WAIT_WORDS + 1 or not self.stands_alone(front) or not self.stands_alone(answer):
            return None
        front = " ".join(front.split())
        return self.reason_card(s, front, f"{back[0].upper()}{back[1:]}.", answer, "depends")

    def stands_alone(self, text: str) -> bool:
        """Whether ``text`` names its things: no word of it leans on another sentence."""
        words = [fold(w) for w in WORD.findall(text)]
        return bool(words) and not any(self.leans(words, i) for i in range(len(words)))

    def reason_card(self, s: Sentence, front: str, back: str, key: str, kind: str) -> Candidate:
        """A claim card on a consequence or a dependence, held back as every claim card is."""
        at = s.text.find(key)
        span = (s.start + at, s.start + at + len(key)) if at >= 0 else (s.start, s.end)
        fact = f"claim:{s.paragraph}:{s.index}"
        # what a thing depends on is its sentence's point: taken over a gap on one of its words
        item = {"front": front, "back": back, "source": [s.paragraph], "tags": ["claim", POINT_TAG] if kind == "depends" else ["claim"]}
        return Candidate(
            "card", item, s.paragraph, span, SCORE, f"card|claim|{fact}|{kind}", fact, [key],
            [f"{CLAIM_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def inside(self, sentences: list[Sentence], leaning: frozenset[str]) -> list[Reported]:
        """The claims a reporting verb stands inside of (``CONNECTIVES``' comment): the sentence's
        comma-parts, one of them "VERB SPEAKER" or "SPEAKER VERB", maybe the next a named
        apposition; the claim is the parts around them, its head left out when a connective."""
        singular, plural = self.lang.reporting_verbs
        found = []
        for s in sentences:
            segments = s.text.strip().rstrip(".").split(", ")
            for k in range(1, len(segments) - 1):
                for verb_pattern, many in ((plural, True), (singular, False)):
                    seg = segments[k]
                    m = re.fullmatch(rf"(?P<verb>{verb_pattern})\s+(?P<speaker>[^;:()«»\"“”]{{2,60}})", seg) or re.fullmatch(
                        rf"(?P<speaker>[^;:()«»\"“”]{{2,60}}?)\s+(?P<verb>{verb_pattern})", seg)
                    if m is None:
                        continue
                    speaker, rest = m.group("speaker"), segments[k + 1:]
                    if len(rest) > 1 and re.search(r"\s[A-ZÁÉÍÓÚÑ]", rest[0]) and not re.search(r"\s(?:que|that)\s", rest[0]):
                        speaker, rest = rest[0], rest[1:]  # "su portavoz, el ingeniero Tomás Vidal": the named apposition
                    head = ", ".join(segments[:k])
                    tail = ", ".join(rest)
                    if fold(head) in CONNECTIVES:
                        clause = tail
                    else:  # "Every keeper ... should", "When the gates jammed, the pond silted up"
                        first = fold((WORD.findall(head) or [""])[0])
                        clause = f"{self.lowered(head, s)}{',' if first in self.subordinators else ''} {tail}"
                    shown = speaker[0].upper() + speaker[1:]
                    plural_speaker = many or (self.lang.code == "en" and plural_head(speaker, self.stop))
                    if not fair_speaker(shown, plural_speaker, self.stop, leaning) or not fair_statement(clause, leaning - BOTH):
                        break
                    at = s.text.find(speaker)
                    joiner = "that" if self.lang.code == "en" else "que"
                    found.append(Reported(speaker, m.group("verb"), joiner, clause, plural_speaker, s, (s.start + at, s.start + at + len(speaker))))
                    break
                else:
                    continue
                break
        return found

    def described_as(self, sentences: list[Sentence], leaning: frozenset[str]) -> Iterator[tuple[Sentence, Candidate]]:
        """Cards on "X welcomed the ruling as a victory for ..." (``AS_VERBS``): a named speaker
        or a group ("Council officials at the time described the deal as the best available
        result", asked "how did council officials describe the deal?", its back "As the best
        available result"), a participle's clause after the description cut off (``AS_TAIL``)."""
        code = self.lang.code
        patterns = [
            (re.compile(
                rf"^(?:(?:In|At|En)\s+{NAME},\s+)?(?P<speaker>[^,;:()«»\"“”]{{2,80}}?)\s+(?P<verb>{'|'.join(verbs or AS_VERBS[code])})\s+"
                rf"(?P<thing>{thing}[^,;:()«»\"“”]{{2,40}}?)\s+(?P<word>{word})(?P<clause>{lead}[^;:()«»\"“”]+?)\.$"
            ), verbs or AS_VERBS[code])
            for thing, word, lead, verbs in AS_PATTERNS[code]
        ]
        for s in sentences:
            for pattern, verbs in patterns:
                m = pattern.match(s.text.strip())
                if m is None:
                    continue
                card = self.described_card(s, m, leaning, verbs)
                if card is not None:
                    yield s, card
                break

    def described_card(self, s: Sentence, m: re.Match[str], leaning: frozenset[str], verbs: dict[str, str]) -> Candidate | None:
        code = self.lang.code
        speaker, clause, thing_text = m.group("speaker"), m.group("clause"), m.group("thing")
        if PART_JOINS.search(clause):
            return None  # the sentence's next reaction: read from its part (``parts``)
        clause = AS_TAIL.split(clause)[0]
        shown = speaker[0].upper() + speaker[1:]
        named = any(w[:1].isupper() for w in WORD.findall(speaker)[1:])
        group = not named and self.plural(speaker)
        if not (named or group) or not fair_speaker(shown, group, self.stop, leaning) or len(WORD.findall(clause)) < 3:
            return None  # a named speaker or a group only: "the minister" alone may be anyone
        if any(fold(w) in leaning for w in WORD.findall(thing_text)):
            return None
        at = s.text.find(m.group("speaker"))
        opening = at == len(s.text) - len(s.text.lstrip())
        # a name of two words or more opening the group ("Forest Council officials") is kept; one
        # capitalised word opening the sentence ("Council officials") may be the sentence's capital
        first_named = any(
            mention.start == s.start + at and mention.kind in NAMED_KINDS and len(WORD.findall(mention.text)) > 1 for mention in s.mentions
        )
        if fold(WORD.findall(speaker)[0]) in self.stop or (group and opening and not first_named):
            speaker = lower_initial(speaker)  # "Council officials": not a name
        asked = SPEAKER_TIME.sub("", speaker) if group else speaker
        front_form, back_form = AS_FRONTS[code]
        word = m.group("word").strip()
        if not word:  # "called the levy a tax on ...": the description alone
            front_form, back_form = CALLED_FRONT, "{clause}."
        front = front_form.format(speaker=asked, verb=verbs[m.group("verb")], thing=thing_text)
        back = back_form.format(clause=clause, word=AS_WORDS.get(word, ""))
        back = back[0].upper() + back[1:]
        r = Reported(speaker, m.group("verb"), "", clause, group, s, (s.start + at, s.start + at + len(speaker)))
        return self.card(r, front=front, back=back, thing_named=True)

    def plural(self, speaker: str) -> bool:
        words = [fold(w) for w in WORD.findall(speaker)]
        if self.lang.code == "en":
            return plural_head(speaker, self.stop)
        return bool(words) and (words[0] in SPANISH_PLURAL_ARTICLES or (words[0] not in self.stop and words[0].endswith("s")))

    def lowered(self, clause: str, s: Sentence) -> str:
        """A claim's first word as it reads inside a sentence: in lower case unless it opens a name."""
        at = s.start + s.text.find(clause)
        if any(mention.start == at for mention in s.mentions):
            return clause
        return lower_initial(clause)

    def attributed(self, sentences: list[Sentence], leaning: frozenset[str]) -> list[Reported]:
        """The claims a sentence attributes with "According to X," («Según X,»), held to the
        speakers' and statements' rules of ``actors.reported``."""
        pattern = ATTRIBUTIONS[self.lang.code]
        found = []
        for s in sentences:
            m = pattern.match(s.text.strip())
            if m is None:
                continue
            speaker, clause = m.group("speaker").strip(), m.group("clause").strip()
            words = [fold(w) for w in WORD.findall(speaker)]
            if self.lang.code == "en":
                plural = plural_head(speaker, self.stop)
            else:
                plural = bool(words) and (words[0] in SPANISH_PLURAL_ARTICLES or (words[0] not in self.stop and words[0].endswith("s")))
            shown = speaker[0].upper() + speaker[1:]  # as a subject opening a sentence, for the speakers' rules
            if not fair_speaker(shown, plural or described_speaker(shown, self.stop), self.stop, leaning) or not fair_statement(clause, leaning):
                continue
            at = s.start + s.text.find(speaker)
            found.append(Reported(speaker, "", "", clause, plural, s, (at, at + len(speaker))))
        return found

    def voice(self, speaker: str) -> frozenset[str]:
        """The speaker's content words: "The county ecologists" and "county ecologists" are one voice."""
        return frozenset(fold(w) for w in WORD.findall(speaker) if fold(w) not in self.stop)

    def card(self, r: Reported, front: str | None = None, back: str | None = None, *, thing_named: bool = False, answered: bool = False) -> Candidate | None:
        written = WORD.findall(r.clause)
        words = [fold(w) for w in written]
        referred = self.referred(r)
        if referred is None or re.search(r"[«»\"“”?!]", r.clause) or self.other_reaction(r.clause):
            return None
        if any(self.leans(words, i) or (written[i] == "él") for i in range(len(words)) if i != referred):
            return None  # «sin él»: a pronoun, though it folds to the article
        front = front or self.front(r)
        if front is None:
            return None
        front = self.stance_named(r, front, thing_named=thing_named)
        if front is None:
            return None
        if not answered and (REPLY_VERBS[self.lang.code].match(fold(r.verb)) or REPLY_VERBS[self.lang.code].search(front)):
            asked = self.asked_before(r.sentence)
            if asked is None:
                return None  # "what did Prague answer?": answered what, the card cannot say (fronts4)
            front = ASKED_FRONTS[self.lang.code].format(context=asked, front=front)
        joiner = r.joiner.split()
        if back:
            pass
        elif joiner:
            back = f"{joiner[0][0].upper()}{joiner[0][1:]} {' '.join([*joiner[1:], r.clause])}."
        else:  # "According to X, CLAUSE": the clause as the text writes it
            back = f"{r.clause[0].upper()}{r.clause[1:]}."
        item = {"front": front, "back": back, "source": [r.sentence.paragraph], "tags": ["claim"]}
        found = r.sentence.text.find(r.clause)
        # a claim joined from the parts around its verb ("Every keeper, argued X, should ...") is
        # grounded by its parts; the span is the whole sentence's
        pieces = [r.clause] if found >= 0 else [p for p in re.split(r",\s+", r.clause) if p and p in r.sentence.text]
        span = (r.sentence.start + found, r.sentence.start + found + len(r.clause)) if found >= 0 else (r.sentence.start, r.sentence.end)
        fact = f"claim:{r.sentence.paragraph}:{r.sentence.index}"
        if r.sentence.text != self.texts.get((r.sentence.paragraph, r.sentence.index), r.sentence.text):
            fact += f":{r.sentence.start}"  # one of two reactions of a sentence: a fact of its own
        return Candidate(
            "card", item, r.sentence.paragraph, span, SCORE, f"card|claim|{fact}|{fold(r.speaker)}", fact, pieces,
            [f"{CLAIM_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def asked_before(self, sentence: Sentence, *, same_paragraph: bool = False) -> str | None:
        """The sentence a reply answers, to quote in its card's front: the sentence before it in
        its paragraph, or the last of the paragraph before when that one asks, requests or
        claims something («pidió», "asked ... for"); None when there is none, or it is long or
        does not read alone (brief fronts4)."""
        ordered = sorted(self.builder.facts.sentences, key=lambda s: (s.paragraph, s.index))
        at = next((i for i, s in enumerate(ordered) if (s.paragraph, s.index) == (sentence.paragraph, sentence.index)), 0)
        if at == 0:
            return None
        before = ordered[at - 1]
        text = " ".join(self.texts.get((before.paragraph, before.index), before.text).split())
        if before.paragraph != sentence.paragraph and (same_paragraph or before.paragraph != sentence.paragraph - 1 or not ASKING[self.lang.code].search(fold(text))):
            return None  # another section, or a paragraph that asked nothing («Los vecinos replican ...»)
        if not text.endswith(".") or re.search(r"[:;()\[\]\"“”«»]", text) or len(text.split()) > MAX_ASKED_WORDS:
            return None
        if not self.builder.usable(before, taken_up=True):
            return None  # the sentence before leans on another one itself
        return text

    def stance_named(self, r: Reported, front: str, *, thing_named: bool = False) -> str | None:
        """The front with a relational group's thing named ("what did sceptics of the fee plan
        warn?"), as it was for any other speaker, or None: the group's thing is written nowhere
        near ("Opponents argued ...": of what?), or the paragraph gives several of its arguments
        ("Supporters also argued ...", another sentence by the same group, or by "They")."""
        code = self.lang.code
        asked = re.sub(r"«[^»]*»|“[^”]*”", " ", front)
        if code in ALSO and ALSO[code].search(asked):
            return None  # "what did supporters also argue?": one of several arguments
        nouns = [w for w in (fold(w) for w in WORD.findall(r.speaker)) if w in STANCE_NOUNS]
        if not nouns:
            return front
        noun = nouns[0]
        paragraph = [s for s in self.builder.facts.sentences if s.paragraph == r.sentence.paragraph]
        for s in paragraph:
            words = [fold(w) for w in WORD.findall(s.text)]
            if s.index != r.sentence.index and (noun in words or (words and words[0] in GROUP_PRONOUNS)):
                return None  # the group's other argument: this card's back would be one of two
        if STANCE_OBJECT.search(fold(r.speaker)) or thing_named:
            return front  # "Supporters of the scheme", "what did critics call the levy?": named
        before = [s for s in paragraph if s.index == r.sentence.index - 1]
        for s in [r.sentence, *before]:
            if (thing := self.stance_object(s.text)) is None:
                continue
            shown = re.compile(rf"\b{re.escape(r.speaker.split()[-1])}\b", re.IGNORECASE)
            if shown.search(front) is None:
                return None
            return shown.sub(lambda m: f"{m.group()} {thing}", front, count=1)
        return None

    def stance_object(self, text: str) -> str | None:
        """The thing a relational group's noun is of in ``text`` ("Critics of the fee plan
        pointed ..." -> "of the fee plan", «Los críticos de la tasa señalaron» -> «de la tasa»),
        up to its verb, or None."""
        folded = fold(text)
        if len(folded) != len(text):
            return None
        m = STANCE_OBJECT.search(folded)
        if m is None:
            return None
        ends = OBJECT_ENDS.get(self.lang.code, OBJECT_ENDS["en"])
        taken: list[str] = []
        for token in text[m.end():].split():
            word = token.rstrip(",;:.")
            if ends.match(word.lower()) or not WORD.fullmatch(word) or len(taken) > MAX_STANCE_OBJECT_WORDS:
                break
            taken.append(word)
            if word != token:
                break
        while taken and fold(taken[-1]) in self.stop:
            taken.pop()
        if not taken or len(taken) > MAX_STANCE_OBJECT_WORDS or any(fold(w) in self.leaning for w in taken):
            return None
        return f"{text[m.start('link'):m.end('link')]} {' '.join(taken)}"

    def referring(self, sentences: list[Sentence], leaning: frozenset[str]) -> list[Reported]:
        """The statements whose claim opens on a pronoun the speaker's phrase may name ("that it
        proved ..."), which ``actors.reported`` leaves; ``referred`` decides on each."""
        lang = self.lang
        pronouns = {fold(p) for p in frozenset().union(*REFERRING[lang.code].values())}
        pronouns |= {"sin"}  # «sin él»: a context opener only as «Sin embargo», which opens no claim
        found = []
        for verbs in (lang.reporting_verbs, CLAIM_VERBS[lang.code]):
            for r in reported(sentences, lang.code, verbs, lang.reported_joiners, self.stop, leaning - pronouns, described=True):
                if pronouns & {fold(w) for w in WORD.findall(r.clause)[:3]} and self.referred(r) not in (None, -1):
                    found.append(r)
        return found

    def referred(self, r: Reported) -> int | None:
        """Where a claim's pronoun stands for the thing its speaker's phrase names
        (``SPEAKER_THING``): its index, -1 when the claim does not open on one (the leaning
        words judge the rest: a second "it" is held), None when the front does not name what it
        stands for (the card would lean on another sentence)."""
        written = WORD.findall(r.clause)
        code = self.lang.code
        pronouns = frozenset().union(*REFERRING[code].values())
        at = [i for i, w in enumerate(written[:2]) if w.lower() in pronouns]
        if not at:
            return -1  # a pronoun further on is the leaning words' ("its" owned by the claim's own noun)
        m = SPEAKER_THING[code].match(r.speaker.strip())
        if m is None or (at[0] == 1 and fold(written[0]) not in self.stop):
            return None
        thing = WORD.findall(re.sub(r"\s+de\s+\d{4}$", "", m.group("thing")))  # «el acuerdo de 2019»
        article = " ".join(m.group("article").split()) if code == "es" else ""
        if written[at[0]].lower() not in REFERRING[code][article] or not thing:
            return None
        head = thing[-1] if code == "en" else thing[0]  # "the new ferry deal", «el acuerdo portuario»
        if any(fold(w) in self.leaning or fold(w) in self.stop for w in thing) or head[:1].isupper():
            return None  # "of the other plan", "of the plan of ...", "of the Smiths": not one thing named here
        if code == "en" and (plural_head(m.group("thing"), self.stop) or fold(head) in PERSON_ROLES):
            return None  # "it" stands for no group and no person
        return at[0]

    def leans(self, words: list[str], at: int) -> bool:
        """Whether ``words[at]`` points to another sentence: a word of the leaning list, but not a
        possessive the claim owns (``owned``), "too" before the word it grades ("too close": not
        "also"), «lo» of a relative («de lo que sus nasas pueden»), nor "both"/«ambos» before its
        noun ("both parties", «ambas partes»: the two the document is about, not "both of
        those"); and a Spanish verb carrying its object pronoun («mantenerlo»)."""
        w = words[at]
        if self.lang.code == "es" and CLITIC.fullmatch(w):
            return True  # «mantenerlo», «cerrándolas»: a pronoun on its verb stands for a thing of another sentence
        if w not in self.leaning or self.owned(words, at):
            return False
        following = words[at + 1] if at + 1 < len(words) else ""
        if (w == "too" and following) or (w == "lo" and following in ("que", "cual")):
            return False  # "too close" grades, «de lo que» is a relative
        return not (w in BOTH and following and following not in self.stop and following not in self.leaning)

    def owned(self, words: list[str], at: int) -> bool:
        """Whether ``words[at]`` is a thing's possessive ("its", "their", «su», «sus») whose
        owner the claim itself names first: it opens on a definite noun phrase ("the operator
        had cut its winter sailings", «el secretario ... en su informe»), so the back stands
        alone. A person's ("his", "her"), a pronoun ("it") or a demonstrative is never owned."""
        return words[at] in OWNED_POSSESSIVES and at >= 3 and bool(words) and words[0] in DEFINITE_OPENERS

    def front(self, r: Reported) -> str | None:
        speaker = r.speaker
        opening = r.span[0] - r.sentence.start == len(r.sentence.text) - len(r.sentence.text.lstrip())
        named = any(m.start == r.span[0] and m.kind in NAMED_KINDS for m in r.sentence.mentions)
        named = named or (len(speaker.split()) > 1 and re.fullmatch(NAME, speaker) is not None)  # "Daniel Okoro", unread as a person
        first = WORD.findall(speaker)[:1]
        if (first and fold(first[0]) in self.stop) or (opening and not named):
            speaker = lower_initial(speaker)  # "The county ecologists", "Opponents": not names
        months = self.lang.months
        if r.place and not named and not any(fold(w) in months for w in WORD.findall(r.place)):  # "union leaders ... in Ghent", not "in March"
            speaker = f"{speaker} {'in' if self.lang.code == 'en' else 'en'} {r.place}"
        if not r.joiner:
            return SAY_FRONTS[self.lang.code][r.plural].format(speaker=speaker)
        if self.lang.code == "es":
            if SPANISH_SKIPPED.match(r.verb):
                return None
            joiner = re.sub(r"que$", "qué", " ".join(r.joiner.split()))
            front = FRONTS["es"].format(joiner=joiner, verb=r.verb, speaker=speaker)
            if self.generic(r, named) and joiner == "qué" and BARE_REPORTS_ES.search(r.verb):
                return self.about(front, r.clause)
            return front
        written = " ".join(r.sentence.text[r.span[1] - r.sentence.start:].split())
        written = re.sub(rf"^,\s+{APPOSITION}", "", written)  # "Daniel Okoro, an archivist who ..., noted that"
        verb = next((v for v in sorted(BASE_FORMS, key=len, reverse=True) if re.match(rf"(?:(?:also|again)\s+)?(?:(?:has|have|had)\s+(?:\w+\s+)?)?{v}\b", written)), None)
        if verb is None and r.verb in BASE_FORMS and r.verb in r.sentence.text[:r.span[0] - r.sentence.start]:
            verb = r.verb  # the verb before its speaker, inside the claim: "Every keeper, argued X, should ..."
        if verb is None:
            return None
        perfect = re.match(r"(has|have|had)\s", written)
        if perfect and verb not in PRESENT | PRESENT_PLURAL:
            aux, shown = perfect.group(1), verb  # "have long argued" -> "what have X argued?"
        elif verb in PRESENT:
            aux, shown = "does", BASE_FORMS[verb]
        elif verb in PRESENT_PLURAL:
            aux, shown = "do", BASE_FORMS[verb]
        else:
            aux, shown = "did", BASE_FORMS[verb]
        front = FRONTS["en"].format(aux=aux, speaker=speaker, verb=shown)
        if self.generic(r, named) and BASE_FORMS[verb] in BARE_REPORTS_EN:
            return self.about(front, r.clause)
        return front

    def generic(self, r: Reported, named: bool) -> bool:
        """A group named by what its members are ("Farmers and researchers", «los salineros de la
        zona»): plural, no name in it."""
        words = WORD.findall(r.speaker)
        if any(fold(w) in STANCE_NOUNS for w in words):
            return False  # "Sceptics (of the fee plan)": the thing they oppose is the topic (``stance_named``)
        return r.plural and not named and not any(w[0].isupper() for w in words[1:])

    def about(self, front: str, clause: str) -> str | None:
        """A generic group's report with its topic, the reported clause's subject ("what have
        farmers reported about the night frosts?"), or None: "what have farmers reported?" asks
        a report on anything (brief fronts3)."""
        code = self.lang.code
        words = clause.split()
        subject: list[str] = []
        for word in words[:MAX_TOPIC_WORDS + 1]:
            bare = word.rstrip(",;:")
            if TOPIC_ENDS[code].fullmatch(bare.lower()) and subject:
                break
            if bare != word or not WORD.fullmatch(bare):
                return None  # a comma or a figure inside the subject: not a plain noun phrase
            subject.append(bare)
        else:
            return None
        if fold(subject[0]) not in DEFINITE_OPENERS and fold(subject[0]) in self.stop:
            return None  # "that some ...", "that it ...": no topic a front can name
        if any(fold(w) in self.leaning for w in subject[1:]):
            return None
        about = "about" if code == "en" else "sobre"
        return f"{front[:-1]} {about} {' '.join(subject)}?"

