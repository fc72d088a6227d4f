"""Drafts from a document's lists and the paragraphs that introduce them.

A list paragraph ("- The beater room: a roller ground the rags into pulp - The vat room: ...",
"1. Dip the mould. 2. Shake it ...") often names no figure, person or defined term the
sentence-based drafter (``quizapp.derive.drafting``) asks, and a list item is no sentence a gap
can quote (``Builder.list_fragment``). What a list teaches is its shape:

- items pairing a name with what it is or does (``Name: description``, ``**Name** — ...``,
  ``"Name", which explains ...``, ``the still room, where ...``, «El enjulio: el rodillo ...»,
  or a bare comma before an apposition, a participle or a place: ``Kettleby, built around
  1650, the oldest of the houses``, «la era o balsa de cristalizar, el estanque ...»)
  make a **matching** item: the
  names on one side, the text's descriptions, trimmed to their first clause, on the other. A
  pair whose description repeats a word of its name ("The drying loft ↔ ... until they were
  dry") is matched from the words alone and left out;
- items that are the steps of a sequence the text says is fixed (a numbered list, a lead-in
  "in this order", «sigue una secuencia fija», «los pasos», items opening "First", "Then") make
  an **ordering** item of the steps, trimmed as ``quizapp.derive.sequences`` trims a narrative
  step (no marker, no word saying its place, no pronoun standing for the doer).

The list reaches the drafter in one of four shapes: one paragraph holding the lead-in and the
items ("The book has four chapters: - "Lady Day", which ... - ..."), a paragraph of items after
a lead-in paragraph ending with a colon (a markdown list under its lead-in: the lines of a block
are joined), one sentence whose items follow its colon, parted by semicolons ("A bell was made
in a fixed order: first ...; then ...; finally ..."), or, from the document import, one
paragraph per item (``Paragraph.is_list_item``; a numbered list's numbers are gone by then, so
only its lead-in or its markers say it is ordered).
The item cites the lead-in and the items' paragraphs: both are what it teaches. Prose before
the lead-in in the same paragraph is no part of the list (``list_start``): the coverage passes
still want a draft asking it. Every candidate
then goes through the same checks as the others (grounding, linter, enemies, standing alone).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from quizapp.derive import context
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.giveaways import COUNT_WORDS
from quizapp.derive.answers import SPANISH_VERB
from quizapp.derive.extract import NOT_IN_NUMBER, PERCENT, Sentence, fold
from quizapp.derive.choices import LEAD_IN
from quizapp.derive.sequences import MIN_STEPS, SequenceDrafter, Step, is_label, label_lead, ordering_citation, step_windows
from quizapp.derive.word_families import sides_linked, share_stem, strip_ending
from quizapp.languages import LIST_MARKER, LIST_OPENING

MIN_PAIRS = 3  # a matching of two pairs is one guess
MAX_PAIRS = 5  # more is a chore to match on a phone
MAX_NAME_WORDS = 5  # "The beater room", «La lanzadera»: a name, not a clause
MAX_SIDE_WORDS = 14  # a description longer than this is cut at its first comma, or left out
MIN_SIDE_WORDS = 3
MAX_LEAD_WORDS = 25  # a lead-in quoted in the prompt, to say what the list is of
# An item that is a sentence opening with its subject, a noun phrase of a few words before a
# finite verb: an auxiliary or a modal ("The budget had doubled ...", "The cutting would cross
# ..."), «El desmonte cruzaría ...», «El presupuesto se había duplicado ...».
_ITEM_SUBJECT = {
    "en": re.compile(
        r"^(?P<subject>(?:The|A|An)\s+(?:[^\W\d_][\w'-]*\s+){0,3}?[^\W\d_][\w'-]*)\s+"
        r"(?:would|will|had|has|have|is|are|was|were|could|can|should|must|might|may)\s"
    ),
    "es": re.compile(
        r"^(?P<subject>(?:El|La|Los|Las|Un|Una)\s+(?:[^\W\d_][\w-]*\s+){0,3}?[^\W\d_][\w-]*)\s+(?:se\s+)?"
        r"(?:hab[ií]an?|habr[ií]an?|ser[ií]an?|eran?|es|son|fue|fueron|ha|han|iba|iban|[^\W\d_]+r[ií]an?)\s"
    ),
}
# An item "Water: the cutting would cross the aquifer ...": a label of a few words over a sentence.
MAX_HEAD_LABEL_WORDS = 4
MIN_SENTENCE_WORDS = 6
MAX_ENTRY_WORDS = 40  # an item longer than this is a paragraph of prose, not a step to order
LIST_MATCHING_SCORE = BASE_SCORE["matching"] - 0.12
# Above a narrative paragraph's ordering (sequences.ORDERING_SCORE): steps listed after "in this
# order:" also open with "Then", "Luego", and the list's ordering, which cites the lead-in, wins.
LIST_ORDERING_SCORE = BASE_SCORE["ordering"] - 0.11

# A numbered list written on one line once its block is joined: "1. Dip ... 2. Shake ...".
_NUMBER_MARK = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+(?=\S)")
# A list inside one sentence, after its lead-in's colon, its items parted by semicolons: "A bell
# was made in a fixed order: first the core was built; then ...; finally ...".
_INLINE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<lead>[^.!?:;]{3,200}:)\s+(?P<body>[^.!?:;]+(?:;\s+[^.!?:;]+){2,})(?:[.!?](?:\s|$)|$)")
# The shapes of an item pairing a name with what it is: emphasised, quoted, before a colon or a dash.
_EMPHASISED = re.compile(r"^(\*\*|__)(?P<name>[^*_]{1,80}?)[:.]?\1\s*(?:[:.—–-]\s*)?(?P<desc>\S.*)$")
_QUOTED = re.compile(r"^[\"“«'‘](?P<name>[^\"”»'’]{1,80})[\"”»'’](?:\s*[:,—–-])?\s+(?P<desc>\S.*)$")
_COLON = re.compile(r"^(?P<name>[^:;,.]{1,80}):\s+(?P<desc>\S.*)$")
_DASH = re.compile(r"^(?P<name>[^:;,.]{1,80}?)\s+[—–-]\s+(?P<desc>\S.*)$")
# "the still room, where the housekeeper made cordials", «la bodega, donde se guardaba ...».
_COMMA_RELATIVE = {
    "en": re.compile(r"^(?P<name>[^:;,.]{1,80}),\s+(?P<desc>(?:where|which|who|whose|that)\s.*)$", re.IGNORECASE),
    "es": re.compile(r"^(?P<name>[^:;,.]{1,80}),\s+(?P<desc>(?:donde|que|quien|quienes|cuyo|cuya|cuyos|cuyas|en (?:el|la|los|las) que)\s.*)$", re.IGNORECASE),
}
# "Kettleby, built around 1650, the oldest of the houses", "Marwick, on the old road north",
# "Upwell, home of the oldest charter", «la era, el estanque poco profundo ...», «Ocentejo, una
# pequeña salina que cerró en 1890»: a name and its apposition (with an article, or a bare noun
# before "of"/«de»), a participle or where it lies, after a comma (no colon, dash or relative word).
# Only these openings: "lime, sand and horsehair" is a list of things, "In 1850, the bridge ..." a
# sentence (its "name" opens with a preposition, see ListDrafter.pair).
_COMMA_APPOSITION = {
    "en": re.compile(
        r"^(?P<name>[^:;,.()]{1,80}),\s+(?P<desc>(?:(?:the|an?)\s|(?:on|in|at|near|beside|above|below|under|along|across|by|off|outside|inside|opposite"
        r"|(?:close|next) to|(?:north|south|east|west) of)\s|[a-z]{3,}\s+of\s"
        r"|[a-z]{3,}(?:ed|ing)\s|(?:built|known|made|held|kept|dug|sunk|run|set|laid|begun|founded|given|sold|bought|found|lost|cut|worn)\s).*)$"),
    "es": re.compile(
        r"^(?P<name>[^:;,.()]{1,80}),\s+(?P<desc>(?:(?:el|la|los|las|un|una|unos|unas)\s|(?:en|sobre|bajo|entre|tras|junto al?|frente al?"
        r"|(?:cerca|a orillas|al pie|camino|al (?:norte|sur|este|oeste)) del?)\s|[a-záéíóúñ]{3,}\s+del?\s"
        r"|[a-záéíóúñ]{2,}(?:ad|id)[oa]s?\s|[a-záéíóúñ]{2,}(?:ando|iendo|yendo)\s|(?:hech|puest|abiert|cubiert|escrit|vuelt|dich)[oa]s?\s).*)$"),
}
# A later part of such a description that goes on describing the name: another apposition, a
# place, a relative clause ("built around 1650, the oldest ...", "the smallest guild, with eleven
# members", «fundada hacia 1520, la más antigua», «el depósito, separado de ...»). Not an English
# "-ed" word, which after an apposition is the item's verb ("a crane driver, kept the fund").
_LATER_APPOSITION = {
    "en": re.compile(
        r"^,\s+(?:the|an?|with|without|for|on|in|at|near|beside|above|below|under|along|across|by|off|outside|inside|opposite"
        r"|(?:close|next) to|(?:north|south|east|west) of|which|where|who|whose|that|once|now|later)\s"),
    "es": re.compile(
        r"^,\s+(?:(?:el|la|los|las|un|una|unos|unas|con|sin|para|en|sobre|bajo|entre|tras|junto al?|frente al?|que|donde|cuyo|cuya|cuyos|cuyas|hoy|luego"
        r"|(?:cerca|a orillas|al pie|camino|al (?:norte|sur|este|oeste)) del?)\s|[a-záéíóúñ]{2,}(?:ad|id)[oa]s?\s)"),
}
# A gloss opens with an article ("a fungal infection ...", "the local term for ...", «el turno de
# riego ...»), and a term glossed after "the spread of" is the noun of its "of" phrase.
_GLOSS_OPENING = {
    "en": re.compile(r"^(?:the|an?)\s", re.IGNORECASE),
    "es": re.compile(r"^(?:el|la|los|las|un|una|unos|unas)\s", re.IGNORECASE),
}
_OF_TERM = {
    "en": re.compile(r"^(?:the|an?)\s+[a-z]+\s+of\s+(?P<term>.+)$"),
    "es": re.compile(r"^(?:el|la|los|las)\s+[a-záéíóúñ]+\s+del?\s+(?P<term>.+)$"),
}
_NAMING_GLOSS = {
    "en": re.compile(r"^(?:the|an?)\s+(?:\w+\s+){0,2}(?:term|word|name|expression)\s+(?:for|of)\s", re.IGNORECASE),
    "es": re.compile(r"^(?:el|la|un|una)\s+(?:\w+\s+){0,2}(?:término|nombre|palabra|expresión)\s+(?:para|de|con)\s", re.IGNORECASE),
}
TERM_ZIPF = 3.0  # a glossed term's rarest word, in general text (as quizapp.derive.appositions)
_ES_ARTICLES = frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas"))
_ES_PARTICIPLE = re.compile(r"^[A-ZÁÉÍÓÚÑa-záéíóúñ]{2,}(?:ad|id)[oa]s?\s|^(?:Hech|Puest|Abiert|Cubiert|Escrit|Vuelt|Dich)[oa]s?\s", re.IGNORECASE)
# A term given with its synonym, "the hackle or heckle board", «la era o balsa de cristalizar»:
# each side a name.
_SYNONYM = {"en": re.compile(r"\s+or\s+"), "es": re.compile(r"\s+[ou]\s+")}
# A later part of a description that leans on another item ("smaller than the one before",
# «separada de la anterior»): the side ends before it, and reads alone.
_LEANS_ON_ITEM = {
    "en": re.compile(r"\b(?:previous|preceding|former|latter|the (?:one|ones) (?:before|above|below)|the (?:next|other|last) (?:one|ones)|above|below)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:anterior(?:es)?|siguientes?|precedentes?|(?:el|la|los|las) otr[oa]s?|(?:el|la|los|las) de (?:arriba|abajo))\b", re.IGNORECASE),
}
# A description opening with a relative word reads as what the name does once it goes ("which
# lists the copper bought", «que mantenía los tinajones»); a place's "where"/«donde» stays.
# A description opening with a possessive relative has no subject of its own («cuya aparición
# marca el punto…», "whose leaves turn red"): no side to show (integrator 18, the review of an
# unseen text). A place's "where …" («La trastienda: donde el bodeguero cobraba …») says what it is.
_POSSESSIVE_RELATIVE = re.compile(r"^(?:cuy[oa]s?|whose)\b", re.IGNORECASE)
_RELATIVE_OPENING = {
    "en": re.compile(r"^(?:which|that|who)\s+", re.IGNORECASE),
    "es": re.compile(r"^(?:que|quien|quienes|el cual|la cual|los cuales|las cuales)\s+", re.IGNORECASE),
}
# ... and so does one opening with a pronoun for the name ("**Hedgers** — they laid the hedges",
# "The loft: it held the sheets"): "Laid the hedges" is what they did, and stands alone.
_PRONOUN_OPENING = {
    "en": re.compile(r"^(?:it|they|he|she)\s+(?=[a-z])", re.IGNORECASE),
    "es": re.compile(r"^(?:él|ella|ellos|ellas)\s+(?=[a-záéíóúñ])", re.IGNORECASE),
}
# A description is its first clause when it runs long: a comma, a semicolon, a bracket, a dash.
SIDE_CUT = re.compile(rf"\s*(?:{NOT_IN_NUMBER}[,;:(—–]|\s-\s)")  # never inside "2,5 litros"
# ... and, still long after that, its noun phrase: the head before its relative clause ("a fungal
# infection carried by insects | that replaces the grains ...", «la producción de tapones para
# bodegas | que elaboran vinos ...»).
RELATIVE_CUT = {
    "en": re.compile(r"\s+(?:that|which|who|whom|whose|where)\s", re.IGNORECASE),
    "es": re.compile(r"\s+(?:que|donde|quien|quienes|cuyo|cuya|cuyos|cuyas|(?:en|con|por|de) (?:el|la|los|las) que)\s", re.IGNORECASE),
}
# A "that"/«que» after a verb opens what the verb says, not a relative clause: "the appeal court
# held | that ...", «la audiencia reafirmó | que ...» is no noun phrase to cut to.
_SAYING = {
    "en": re.compile(r"(?:[a-z]{3,}ed|held|said|made clear|found|knew|thought|felt|showed|shown|says|holds|argues|notes|finds|means|shows|claims|states|recalls)$", re.IGNORECASE),
    "es": re.compile(r"(?:[a-záéíóúñ]{2,}(?:ó|aron|ieron|aba|aban|ía|ían)|claro|dice|dicen|afirma|afirman|sostiene|sostienen|recuerda|señala|señalan|cree|creen)$", re.IGNORECASE),
}
MIN_HEAD_WORDS = 4  # "the court held | that ...", «dejó claro | que ...»: a clause's verb, not a noun phrase


# A relative clause a preposition governs ("a coil in which ...", "a clerk through whom ...",
# «una sala en la que ...», «un patio por donde ...», «la torre desde la cual ...») or a possessive
# one ("whose", «cuyo»): a side ends before it or keeps it whole; a cut inside it leaves a
# fragment ("A coil in which cold", «Una sala en la que el», "The room whose": fresh reviews).
_EN_PREPOSITIONS = (
    "in|on|at|by|from|through|into|onto|under|over|with|without|for|to|of|across|along|behind|beneath|below|above|"
    "around|during|within|near|upon|via|against|among|between|beside|beyond|inside|outside|past|toward|towards|throughout"
)
_ES_PREPOSITIONS = (
    "a|al|ante|bajo|con|contra|de|del|desde|en|entre|hacia|hasta|para|por|según|sin|sobre|tras|durante|mediante|"
    "dentro de|fuera de|debajo de|encima de|detrás de|delante de|a través de|junto a|cerca de|alrededor de"
)
GOVERNED_RELATIVE = {
    "en": re.compile(rf"\b(?:(?:{_EN_PREPOSITIONS})\s+(?:which|whom)|whose)\b", re.IGNORECASE),
    "es": re.compile(
        rf"\b(?:(?:{_ES_PREPOSITIONS})\s+(?:(?:el|la|lo|los|las)\s+(?:que|cual|cuales)|quien|quienes|donde)|cuy[oa]s?)\b",
        re.IGNORECASE),
}
# Any relative word: a cut at a comma right after one, or one word on, leaves its clause open
# ("a pump which, when ...", «una sala que, ...»).
_ANY_RELATIVE = {
    "en": re.compile(r"\b(?:which|that|where|who|whom|whose)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:que|donde|cual|cuales|quien|quienes|cuy[oa]s?)\b", re.IGNORECASE),
}
# "in which cold | refrigerant boils", "whose walls |": a clause cut one word on is open, and one a
# preposition governs cut two words on without a verb («en la que el horno | , encendido ...»).
MIN_CLAUSE_WORDS = 2
_CLAUSE_END = re.compile(r"^\s*(?:[,;:()—–.!?]|\s-\s|$)")


_EN_FINITE_TEXT = (
    "is are was were be been has have had do does did can could will would may might must shall should "
    "ran took kept held made put set cut let got went came gave stood lay sat grew fell ate drank hung wore"
)
_EN_FINITE = frozenset(_EN_FINITE_TEXT.split())
_ES_FINITE_TEXT = "es son era eran fue fueron está están estaba estaban hay había ha han tiene tienen hace hacen va van"
_ES_FINITE = frozenset(_ES_FINITE_TEXT.split())


def _has_verb(words: list[str], code: str) -> bool:
    """Whether a relative clause's words hold a finite verb (no tagger: the endings of the
    language and its commonest irregular forms, "in which cold refrigerant boils", «en la que el
    horno cocía»): a clause without one is still open where a comma interrupts it."""
    folded = [w.strip(".,;:()\"'«»“”").lower() for w in words]  # accents kept: «cocía»
    if code == "es":
        return any(w in _ES_FINITE or (len(w) > 3 and SPANISH_VERB.search(w) and not w.endswith(("cion", "sion"))) for w in folded)
    return any(
        w in _EN_FINITE or (len(w) > 4 and re.search(r"(?:ed|ing)$", w)) or (i > 0 and len(w) > 3 and re.search(r"[^su]s$", w))
        for i, w in enumerate(folded)
    )


def relative_end(text: str, end: int, code: str) -> int:
    """Where a cut of ``text`` at ``end`` may fall without leaving a relative clause open: at
    ``end`` itself, or before the opening of the relative clause the cut would break (its
    preposition with it: "a coil | in which ..."), the caller then keeping the text whole when
    that leaves too little. A cut at a comma or other clause end breaks a clause opened less
    than two words before it ("a coil in which cold, dense ..."), or one a preposition governs
    opened two words before it with no verb («en la que el horno, encendido ...»); a cut between two words breaks
    a clause a preposition governs or a possessive one opened since the last comma ("The room
    whose | walls ...", «una sala en la que el | horno ...»)."""
    kept = text[:end]
    segment = kept.rfind(",") + 1
    if _CLAUSE_END.match(text[end:]) is not None:
        ends = [m.end() for m in GOVERNED_RELATIVE[code].finditer(kept, segment)]
        opened = [
            m for m in _ANY_RELATIVE[code].finditer(kept, segment)
            if len(kept[m.end():].split()) < MIN_CLAUSE_WORDS or (
                m.end() in ends and len(kept[m.end():].split()) <= MIN_CLAUSE_WORDS and not _has_verb(kept[m.end():].split(), code))
        ]
    else:
        opened = list(GOVERNED_RELATIVE[code].finditer(kept, segment))
    if not opened:
        return end
    start = opened[0].start()
    for governed in GOVERNED_RELATIVE[code].finditer(kept, segment):
        if governed.start() <= start < governed.end():
            start = governed.start()  # "in which" whole, not "in"
    return len(kept[:start].rstrip())


def head(text: str, code: str, max_words: int) -> str:
    """An item or a side cut to what reads alone when it runs past ``max_words``: its first clause
    (a comma, a semicolon, a bracket, a dash), then its noun phrase before a relative clause
    (before its preposition: "a coil | in which ..."); unchanged when short (and no relative cut
    leaving less than a phrase), and never cut inside a relative clause (``relative_end``)."""
    if len(text.split()) > max_words and (cut := SIDE_CUT.search(text)):
        end = relative_end(text, cut.start(), code)
        if end == cut.start() or len(text[:end].split()) >= MIN_HEAD_WORDS:
            text = text[:end]
    relative = RELATIVE_CUT.get(code)
    if relative is not None and len(text.split()) > max_words and (cut := relative.search(text)):
        end = cut.start()
        for governed in GOVERNED_RELATIVE[code].finditer(text):
            if governed.start() < end + 1 < governed.end():
                end = len(text[:governed.start()].rstrip())  # "a coil | in which", not "a coil in | which"
        if len(text[:end].split()) >= MIN_HEAD_WORDS and not _SAYING[code].search(text[:end]):
            text = text[:end]
    return text
_SENTENCE_CUT = re.compile(r"[.!?](?:\s|$)")
# A date as a timeline's item heads it: a year, with its month and day ("1931", "12 May 1955",
# «marzo de 1977»); not a phrase around it ("In the spring of 1931"), which a side would not show.
_BARE_DATE = re.compile(r"^(?:\d{1,2}\s+(?:de\s+)?)?(?:[^\W\d_]+\s+(?:de\s+)?)?\d{4}$")
# An item pairing a name with a figure ("the town council, 49 percent;", «la cofradía, 40 por
# ciento», "the parish church: 120 acres", inline "the tannery 40 percent"): a matching of names
# to figures of one unit (ListDrafter.figure_pair). Language-neutral: the drafter checks the name.
_FIGURE = r"\d+(?:[.,]\d+)*"
_FIGURE_UNIT = r"%|per ?cent|por ciento|[^\W\d_]+(?:\s(?:cuadrad[oa]s|c[uú]bic[oa]s))?|(?:square|cubic)\s[^\W\d_]+"
_FIGURE_ITEM = re.compile(
    rf"^(?P<name>[^:;,.()\d]{{1,80}}?)\s*(?P<sep>,|:|\s[—–-])?\s+(?P<figure>{_FIGURE}\s?(?P<unit>{_FIGURE_UNIT}))\s*[.;,]?$", re.IGNORECASE)
# ... or naming its part by a noun of the figure: "a reserve of 15.9 percent left for the
# pilots", «una reserva del 15,9 por ciento para los prácticos»: the part is "A reserve", as written.
_FIGURE_OF = {
    "en": re.compile(rf"^(?:an?|the)\s+(?P<noun>[a-z]{{3,}})\s+of\s+(?P<figure>{_FIGURE}\s?(?P<unit>{_FIGURE_UNIT}))(?=[\s.;,]|$)"),
    "es": re.compile(rf"^(?:una?|el|la)\s+(?P<noun>[a-záéíóúñ]{{3,}})\s+del?\s+(?P<figure>{_FIGURE}\s?(?P<unit>{_FIGURE_UNIT}))(?=[\s.;,]|$)"),
}
# Where a lead-in's last clause starts: "..., and the main shares were distributed as follows:".
_LAST_CLAUSE = {
    "en": re.compile(r",\s+(?:and|but|while)\s+|;\s+"),
    "es": re.compile(r",\s+(?:y|e|pero|mientras que)\s+|;\s+"),
}
# A name's last word that is a verb ("the council received 49 percent"): a clause, no name.
_VERB_END = {
    "en": re.compile(r"(?:ed|got|gets|took|takes|had|has|kept|keeps|won|wins|receives?|holds?|owns?|pays?|gives?|gave|went|goes)$"),
    "es": re.compile(r"(?:ó|aba|aban|aron|ieron|ibe|iben|iene|ienen)$"),
}
# The same list inside a sentence after its lead-in's colon, its items parted by commas and a
# last "and"/«y»: "the water was shared: the tannery 40 percent, the brewery 35 percent and ...".
_INLINE_FIGURES = re.compile(r"(?:^|(?<=[.!?]\s))(?P<lead>[^.!?:;]{3,200}:)\s+(?P<body>[^:;!?]+?)(?:[.!?](?=\s|$)|$)")
_FIGURE_JOINT = re.compile(r",\s+(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+")
# A lead-in saying the items come in a fixed order (a numbered list says it by its numbers).
_ORDER_LEAD = {
    "en": re.compile(
        r"\b(?:in (?:this|that|the following|a fixed|the same) order|in order|fixed (?:order|sequence)|sequence|"
        r"steps?|stages?|phases?|one after (?:the other|another))\b", re.IGNORECASE),
    "es": re.compile(
        r"\b(?:en (?:este|ese|el siguiente|un|el mismo) orden|por orden|orden fijo|secuencia|pasos?|etapas?|fases?|"
        r"uno tras otro|una tras otra)\b", re.IGNORECASE),
}


# A description still long after its first clause and relative clause (``head``) is cut before
# a subordinate clause ("... across the whole week | because the new frames ...", «... | porque
# las máquinas ...») or a purpose ("... every morning | to teach the mill children ...", «... cada
# mañana | para enseñar ...»): its main clause, which says what the name does not.
_MAIN_CLAUSE_CUT = {
    "en": re.compile(
        r"\s+(?:because|before|after|when|until|unless|although|though|while|since|so that|once|"
        r"(?:in order )?to (?!(?:the|a|an|its|their|his|her|this|that|these|those|be)\b)(?=[a-z]+\b))\s*"),
    "es": re.compile(
        r"\s+(?:porque|antes de que|después de que|cuando|hasta que|aunque|mientras|ya que|puesto que|para que|"
        r"para (?=[a-záéíóúñ]+(?:ar|er|ir)\b))\s*"),
}
# ... never between a verb and its infinitive ("the smith and his son began | to shoe ...", «lo
# usan | para herrar»): the cut would leave the verb without what it says.
_INFINITIVE_VERBS_TEXT = (
    "begin begins began start starts try tries want wants need needs use uses had has have come comes came go goes "
    "went going able ought seem seems chose choose chooses continue continues learnt taught "
    "sirve sirven usa usan utiliza utilizan emplea emplean basta bastan ayuda ayudan"
)
_INFINITIVE_VERBS = frozenset(_INFINITIVE_VERBS_TEXT.split())
# Where in its month a date without a day falls ("in late May", «a finales de abril»).
_PART_OF_MONTH = {"early": 5, "mid": 15, "late": 25, "principios": 5, "comienzos": 5, "mediados": 15, "finales": 25, "fines": 25}


@dataclass(frozen=True)
class Entry:
    """One item of a list: its text (marker cut) and where it stands in its paragraph."""

    text: str
    paragraph: int
    start: int


@dataclass(frozen=True)
class TextList:
    """A list of the document with what introduces it."""

    lead: str  # the lead-in's last sentence, ending with a colon ("" when none)
    paragraphs: tuple[int, ...]  # the lead-in's paragraph and the items', cited by its drafts
    entries: tuple[Entry, ...]
    numbered: bool
    inline: bool = False  # items inside a sentence, a name and its figure with no comma between


def _trimmed(text: str, start: int) -> tuple[str, int]:
    """``text`` without its surrounding spaces, and where it then starts."""
    lead = len(text) - len(text.lstrip())
    return text.strip(), start + lead


def _bulleted(text: str) -> tuple[str, list[tuple[str, int]]] | None:
    """A paragraph holding a bulleted list: the text before its first marker and the items
    (text, offset); None for a paragraph with no list (one " - " is a dash)."""
    markers = list(LIST_MARKER.finditer(text))
    if len(markers) < 2 or not LIST_OPENING.search(text):
        return None
    return _cut(text, [(m.start(), m.end()) for m in markers])


def _numbered(text: str) -> tuple[str, list[tuple[str, int]]] | None:
    """A paragraph holding a numbered list, "1. ... 2. ... 3. ...", the numbers running on from
    1 (a year or a figure with a full stop is no marker): as ``_bulleted``."""
    run: list[tuple[int, int]] = []
    for m in _NUMBER_MARK.finditer(text):
        if int(m.group(1)) == len(run) + 1 and (run or re.search(r"(?:^|[:.]\s*)$", text[:m.start()])):
            run.append((m.start(), m.end()))
    if len(run) < 2:
        return None
    return _cut(text, run)


def _cut(text: str, marks: list[tuple[int, int]]) -> tuple[str, list[tuple[str, int]]]:
    before = text[:marks[0][0]].strip()
    items = []
    for k, (_, end) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        piece, at = _trimmed(text[end:stop], end)
        if piece:
            items.append((piece, at))
    return before, items


def _inline(text: str) -> tuple[str, list[tuple[str, int]]] | None:
    """A list inside one sentence ("... in a fixed order: first ...; then ...; finally ..."):
    its lead-in and its items (text, offset), an "and" opening the last one cut; None if none."""
    found = _INLINE.search(text)
    if found is None:
        return None
    items = []
    for part in re.finditer(r"[^;]+", found.group("body")):
        piece, at = _trimmed(part.group(), found.start("body") + part.start())
        joint = re.match(r"(?:and|y|e)\s+", piece, re.IGNORECASE)
        if joint:
            piece, at = piece[joint.end():], at + joint.end()
        items.append((piece, at))
    return (found.group("lead").strip(), items) if len(items) >= MIN_STEPS else None


def _inline_figures(text: str) -> tuple[str, list[tuple[str, int]], int] | None:
    """A list of names with figures inside one sentence ("By the charter, the water was shared:
    the tannery 40 percent, the brewery 35 percent and the gardens 25 percent."): its lead-in,
    its items (text, offset) and where the lead-in starts; None unless every item is a name
    and a figure, three at least."""
    for found in _INLINE_FIGURES.finditer(text):
        body, at = found.group("body"), found.start("body")
        items: list[tuple[str, int]] = []
        start = 0
        for joint in [*_FIGURE_JOINT.finditer(body), None]:
            end = joint.start() if joint is not None else len(body)
            piece, offset = _trimmed(body[start:end], at + start)
            items.append((piece, offset))
            start = joint.end() if joint is not None else len(body)
        if len(items) >= MIN_PAIRS and all(_FIGURE_ITEM.match(piece) for piece, _ in items):
            return found.group("lead").strip(), items, found.start("lead")
    return None


@lru_cache(maxsize=512)
def list_start(text: str) -> int | None:
    """Where the list of a paragraph that opens with prose begins: the start of its lead-in,
    the last sentence before the first item, ending with a colon ("The walk was divided into
    three alleys. ... The tools of the walk were: - ..."); None when the paragraph holds no
    list, or nothing before its lead-in. The prose before it is a part of its own for coverage
    (see ``quizapp.derive._uncovered``): the list's item does not ask what it states."""
    shape = _numbered(text) or _bulleted(text)
    if shape is not None:
        before = shape[0]
        if not before.endswith(":"):
            return None
        start = text.find(before) + before.rfind(_last_sentence(before))
    elif (inline := _INLINE.search(text)) is not None:
        start = inline.start("lead")
    elif (figures := _inline_figures(text)) is not None:
        start = figures[2]
    else:
        return None
    return start if text[:start].strip() else None


def _last_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return parts[-1] if parts else ""


# A date closing an ordering's step ("the award of the main contract in 2028", «la presa, en
# 2031», "(2029)"): dropped, since the dates would give the order away; a year left inside a
# step holds the ordering back.
STEP_DATE_TAIL = re.compile(r",?\s+(?:in|by|from|en|hacia|para|desde)\s+(?:(?:early|late|mid-?|principios\s+de|finales\s+de|mediados\s+de)\s+)?(?:\d{1,2}\s+(?:de\s+)?)?(?:[A-Za-zé]+\s+(?:de\s+)?)?\d{4}$|\s*\(\d{4}\)$")
YEAR_IN_STEP = re.compile(r"\b1[5-9]\d\d\b|\b20\d\d\b")

class ListDrafter:
    """Matching and ordering drafts from one document's lists."""

    def __init__(self, builder: Builder, list_items: frozenset[int] = frozenset()) -> None:
        self.builder = builder
        self.lang = builder.lang
        self.code = self.lang.code if self.lang.code in _ORDER_LEAD else "en"
        self.steps = SequenceDrafter(builder)
        self.list_items = list_items  # paragraphs the import read as list items, one item each
        self.stop = {fold(w) for w in self.lang.words.stop_words}
        self._found: list[TextList] | None = None

    # ------------------------------------------------------------ finding lists

    def lists(self) -> list[TextList]:
        """The document's lists, in its order, each with its lead-in when one ends with a colon
        (read once: the list cards, ``quizapp.derive.list_cards``, ask them too)."""
        if self._found is None:
            self._found = self._read_lists()
        return self._found

    def _read_lists(self) -> list[TextList]:
        paragraphs = self.builder.facts.paragraphs
        found: list[TextList] = []
        run: list[int] = []  # paragraphs read as list items, one item each, in a row
        for n in sorted(paragraphs):
            if n in self.list_items:
                if run and n != run[-1] + 1:
                    found.append(self.item_paragraphs(run))
                    run = []
                run.append(n)
                continue
            if run:
                found.append(self.item_paragraphs(run))
                run = []
            if (listed := self.in_paragraph(n, paragraphs[n])) is not None:
                found.append(listed)
        if run:
            found.append(self.item_paragraphs(run))
        return found

    def item_paragraphs(self, run: list[int]) -> TextList:
        """A list the import read one item a paragraph."""
        paragraphs = self.builder.facts.paragraphs
        entries = tuple(Entry(text, m, start) for m in run for text, start in [_trimmed(paragraphs[m], 0)])
        lead, cited = self.lead_before(run[0])
        return TextList(lead, (*cited, *run), entries, numbered=False)

    def in_paragraph(self, number: int, text: str) -> TextList | None:
        """A list a paragraph holds (its lines joined), with the lead-in before its first item
        or, when it opens with one, in the paragraph before."""
        numbered = _numbered(text)
        shape = numbered or _bulleted(text)
        if shape is None:
            inline = _inline(text)
            if inline is None:
                figures = _inline_figures(text)
                if figures is None:
                    return None
                lead, items = figures[:2]
                return TextList(lead, (number,), tuple(Entry(x, number, a) for x, a in items), numbered=False, inline=True)
            lead, items = inline
            return TextList(lead, (number,), tuple(Entry(x, number, a) for x, a in items), numbered=False)
        before, items = shape
        cited: tuple[int, ...] = ()
        if before:
            if not before.endswith(":"):
                return None  # a paragraph that goes on into a list without introducing it
            lead = _last_sentence(before)
        else:
            lead, cited = self.lead_before(number)
        entries = tuple(Entry(t, number, a) for t, a in items)
        return TextList(lead, (*cited, number), entries, numbered=numbered is not None)

    def lead_before(self, number: int) -> tuple[str, tuple[int, ...]]:
        """The lead-in of a list opening paragraph ``number``: the paragraph right before it
        when it ends with a colon (its last sentence), else none."""
        before = self.builder.facts.paragraphs.get(number - 1, "").strip()
        if before.endswith(":") and number - 1 not in self.list_items:
            return _last_sentence(before), (number - 1,)
        return "", ()

    # ------------------------------------------------------------ drafts

    def candidates(self) -> Iterator[Candidate]:
        for found in self.lists():
            yield from self.matching(found)
            yield from self.date_matching(found)
            yield from self.ordering(found)

    def pair(self, entry: Entry) -> tuple[str, str] | None:
        """The name and the description an item pairs, the description trimmed to what a
        matching's side shows (its first sentence, its first clause when long); None when the
        item is no such pair."""
        text = entry.text
        apposition = _COMMA_APPOSITION[self.code]
        for shape in (_EMPHASISED, _QUOTED, _COLON, _DASH, _COMMA_RELATIVE[self.code], apposition):
            match = shape.match(text)
            if match is not None:
                break
        else:
            return None
        name = match.group("name").strip().strip("*_").strip().rstrip(":.").strip()
        if not self.is_name(name) or (shape is apposition and not self.opens_as_name(name)):
            return None
        desc = match.group("desc").strip()
        desc = _SENTENCE_CUT.split(desc, maxsplit=1)[0].strip()
        desc = _PRONOUN_OPENING[self.code].sub("", _RELATIVE_OPENING[self.code].sub("", desc))
        if _POSSESSIVE_RELATIVE.match(desc):
            return None  # «cuya aparición marca …», "whose leaves …": a fragment whose owner is the name
        desc = self.alone(desc, shape is apposition)
        desc = head(desc, self.code, MAX_SIDE_WORDS)
        desc = self.main_clause(desc)
        desc = desc.strip().rstrip(".;,:")
        if not MIN_SIDE_WORDS <= len(desc.split()) <= MAX_SIDE_WORDS:
            return None
        return name[0].upper() + name[1:], desc[0].upper() + desc[1:]

    def headed_sentence(self, entry: Entry) -> tuple[str, str] | None:
        """The head and the gist of an item that is a full sentence under a short label ("Water:
        the cutting would cross the aquifer that feeds the town's two wells.", «El agua: el
        desmonte cruzaría ...»): a list of reasons, objections or demands, each a point of its
        own. The gist is the sentence's main clause, as a matching's side shows it; None when the
        item is no such pair, its label is a date or a place in an order, or its text no sentence."""
        for shape in (_EMPHASISED, _COLON, _DASH):
            if (match := shape.match(entry.text)) is not None:
                break
        else:
            return None
        name = match.group("name").strip().strip("*_").strip().rstrip(":.").strip()
        desc = match.group("desc").strip()
        if (
            not self.is_name(name) or len(name.split()) > MAX_HEAD_LABEL_WORDS or is_label(name, self.steps.code)
            or len(desc.split()) < MIN_SENTENCE_WORDS
        ):
            return None
        pair = self.pair(entry)
        if pair is not None:
            gist = pair[1]
        else:
            gist = self.main_clause(head(_SENTENCE_CUT.split(desc, maxsplit=1)[0], self.code, MAX_SIDE_WORDS)).strip().rstrip(".;,:")
            if not MIN_SIDE_WORDS <= len(gist.split()) <= MAX_SIDE_WORDS:
                return None
            gist = gist[0].upper() + gist[1:]
        return name[0].upper() + name[1:], gist

    def subject_sentence(self, entry: Entry) -> tuple[str, str] | None:
        """The subject and the gist of an item that is a sentence without a label, its subject
        a noun phrase before its verb ("The budget had doubled to 84 million pounds ...": the
        budget; «El desmonte cruzaría el acuífero ...»: el desmonte), the gist its main clause;
        None when it opens otherwise (a pronoun, a name, a clause) or is no sentence."""
        text = entry.text.strip()
        match = _ITEM_SUBJECT[self.code].match(text)
        if match is None or len(text.split()) < MIN_SENTENCE_WORDS or not text.endswith("."):
            return None
        subject = match.group("subject")
        if fold(subject.split()[-1]) in self.stop:
            return None  # "The other would ...": no noun of its own
        gist = self.main_clause(head(_SENTENCE_CUT.split(text, maxsplit=1)[0], self.code, MAX_SIDE_WORDS)).strip().rstrip(".;,:")
        if not MIN_SIDE_WORDS <= len(gist.split()) <= MAX_SIDE_WORDS or not gist.startswith(subject):
            return None
        return subject[:1].lower() + subject[1:], gist

    def main_clause(self, desc: str) -> str:
        """A description longer than a side shows cut before its first subordinate or purpose
        clause that leaves a clause of its own ("the company put the spinners on twelve-hour
        shifts across the whole week | because ..."); not after a verb the cut would strand
        ("the company wanted | to move ...": the verb's object); unchanged when short."""
        for cut in _MAIN_CLAUSE_CUT[self.code].finditer(desc):
            if len(desc.split()) <= MAX_SIDE_WORDS:
                break
            before = desc[:relative_end(desc, cut.start(), self.code)].rstrip(" ,;:")  # never inside "in which ..."
            if (
                len(before.split()) >= MIN_HEAD_WORDS and not _SAYING[self.code].search(before)
                and fold(before.split()[-1]) not in _INFINITIVE_VERBS
            ):
                return before
        return desc

    def figure_pair(self, entry: Entry, bare: bool = False) -> tuple[str, str, str, float] | None:
        """The name, the figure, its unit (folded, every share's "%") and its value an item
        pairs ("the town council, 49 percent": The town council, 49 percent; "a reserve of 15.9
        percent left for the pilots": A reserve); None when the item is no name and figure. Only
        an inline list (``bare``) writes a figure right after its name ("the tannery 40 percent"):
        in a list's own item, "the mill grinds 40 tonnes" is a sentence."""
        text = entry.text.strip()
        match = _FIGURE_ITEM.match(text)
        if match is not None and (match.group("sep") or bare):
            name = match.group("name").strip()
            words = name.split()
            if (
                not words or not self.is_name(name) or not self.opens_as_name(name)
                or fold(words[-1]) in self.stop or _VERB_END[self.code].search(words[-1])
            ):
                return None
        elif (of := _FIGURE_OF[self.code].match(text)) is not None and fold(of.group("noun")) not in self.stop:
            match, name = of, text[:of.end("noun")]  # its own article: the side is the text's words
        else:
            return None
        unit = match.group("unit")
        if fold(unit) in self.stop or (unit[:1].isupper() and not PERCENT.fullmatch(unit)):
            return None  # "the bells, 3 in all", "the Abbey, 1540 Henry": no unit
        unit = "%" if PERCENT.fullmatch(unit) else fold(unit)
        figure = match.group("figure").strip()
        digits = re.sub(r"[^\d.,]", "", figure)
        group, decimal = (".", ",") if self.code == "es" else (",", ".")
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
            digits = re.sub(r"[.,]", "", digits)  # "1,200 acres", «1.200 hectáreas»: thousands
        value = float(digits.replace(group, "").replace(decimal, "."))
        return name[0].upper() + name[1:], figure, unit, value

    def figure_matching(self, found: TextList) -> Iterator[Candidate]:
        """Names to their figures, when (almost) every item of the list pairs a name with a
        figure of one unit ("- the town council, 49 percent; - the Ferry Board, 22.5 percent;
        ..."): the text settles which figure is whose, and the figures, all of one kind, rule
        no side out. A figure given twice makes no matching."""
        pairs = [p for e in found.entries if (p := self.figure_pair(e, found.inline)) is not None]
        if len(pairs) < MIN_PAIRS or len(pairs) < len(found.entries) - 1:
            return
        if len({unit for _, _, unit, _ in pairs}) > 1 or len({value for *_, value in pairs}) < len(pairs):
            return
        shown = [(n, f) for n, f, _, _ in pairs][:MAX_PAIRS]
        if len({fold(n) for n, _ in shown}) < len(shown):
            return
        b = self.builder
        described = "; ".join(f"{n}: {f}" for n, f in shown)
        ask = "matching_shares" if pairs[0][2] == "%" else "matching_figures"
        item = b.question(
            "matching", self.prompt(found, ask, len(shown) == len(found.entries), last_clause=True), self.lang.prompt("explain_figures", roles=described),
            list(found.paragraphs), 2, pairs=[{"left": n, "right": f} for n, f in shown],
        )
        main = found.entries[0].paragraph
        fact = f"list:{main}:{found.entries[0].start}:figures"
        yield Candidate("question", item, main, None, LIST_MATCHING_SCORE, f"matching|{fact}|{described}", fact, [x for p in shown for x in p])

    def glossed_name(self, entry: Entry, name: str, desc: str) -> str:
        """The name a matching pairs with a gloss: in "the closing of the divider, a carved stone
        ..." the gloss is the divider's, so the side is "The divider", not what was done to it."""
        match = _COMMA_APPOSITION[self.code].match(entry.text)
        if match is None or not _GLOSS_OPENING[self.code].match(match.group("desc")):
            return name
        of = _OF_TERM[self.code].match(match.group("name").strip())
        if of is None or not of.group("term").split() or not all(w.isalpha() and w.islower() for w in of.group("term").split()):
            return name
        term = of.group("term")
        return term[0].upper() + term[1:]

    def gloss(self, entry: Entry) -> tuple[str, str] | None:
        """A term and the gloss an item gives it in apposition ("drainage, the local term for
        pumping water out of the polders, which ...", «la tanda, el turno de riego que ...»; in
        "the spread of ergot, a fungal infection ..." the gloss is of "ergot", the noun before
        it): the term as the text writes it, lower-case, and the gloss cut to its noun phrase;
        None for a name ("Saint-Aubert, the lowest"), a place, a participle or a relative clause."""
        match = _COMMA_APPOSITION[self.code].match(entry.text)
        pair = self.pair(entry)
        if match is None or pair is None or not _GLOSS_OPENING[self.code].match(match.group("desc")):
            return None
        term = match.group("name").strip()
        if (of := _OF_TERM[self.code].match(term)) is not None:
            term = of.group("term")
        words = term.split()
        if words and fold(words[0]) in self.lang.determiners:
            words = words[1:]  # «la hila»: the card asks «hila»
        term = " ".join(words)
        if not 1 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words) or fold(words[-1]) in self.stop:
            return None
        gloss = pair[1]
        # A rare word, or one the gloss says is the term for its thing ("the local term for ..."):
        # not "the harbour, the oldest part of the town", a description of a common thing.
        if min(self.lang.familiarity(w) for w in words) >= TERM_ZIPF and not _NAMING_GLOSS[self.code].match(gloss):
            return None
        if self.matched_by_words(term, gloss):
            return None
        return term, gloss

    def labelled_term(self, entry: Entry) -> tuple[str, str] | None:
        """A term an item labels and the description after its colon or dash ("- Macropores:
        wide channels left by roots and worms", «- Mareas vivas: cuando el Sol y la Luna están
        alineados»): the term as written, and the description as a matching's side shows it.
        None for a label that is no term of the text: a name, a date, a step ("First"), a figure,
        a single everyday word ("Noise: the road would pass ...", the point of an objection),
        or a description that repeats the label's words."""
        if (_COLON.match(entry.text) or _DASH.match(entry.text)) is None or (pair := self.pair(entry)) is None:
            return None
        term, description = pair
        words = term.split()
        if not 1 <= len(words) <= 3 or any(c.isdigit() for c in term) or is_label(term, self.steps.code):
            return None
        if any(m.kind in ("person", "place", "organisation", "date", "year", "month") and m.start < entry.start + len(term) for s in self.builder.facts.sentences if s.paragraph == entry.paragraph for m in s.mentions):
            return None
        if any(w[:1].isupper() for w in words[1:]):
            return None  # "Saint Aubert", "Lake Geneva": a name
        if len(words) == 1 and self.lang.familiarity(words[0].lower()) >= TERM_ZIPF:
            return None
        if self.matched_by_words(term, description):
            return None
        return term, description

    def is_name(self, name: str) -> bool:
        """Whether the left of an item is a name, not a clause: a few words opening with a
        letter, or a term and its synonym ("the hackle or heckle board") a few words each."""
        if not name[:1].isalpha():
            return False
        sides = _SYNONYM[self.code].split(name)
        return len(sides) <= 2 and all(1 <= len(side.split()) <= MAX_NAME_WORDS for side in sides) and (
            len(sides) == 1 or len(name.split()) <= MAX_NAME_WORDS + 3
        )

    def opens_as_name(self, name: str) -> bool:
        """Whether a name before a bare comma opens as one: with a word of its own or an
        article ("Kettleby", «la era»), not a preposition or a linking word ("In 1850, the
        bridge ...", "Then, the ...": a sentence, not a name and its apposition)."""
        first = fold(name.split()[0])
        return first not in self.stop or first in {fold(w) for w in self.lang.determiners}

    def alone(self, desc: str, apposition: bool) -> str:
        """A description without its later parts that lean on another item ("a copper pot,
        smaller than the one before", «la balsa central, separada de la anterior»): its first
        part always stays (the lean there is the item's own: «contra la anterior» pasada). After
        a bare comma's apposition, a later part stays only if it goes on describing the name
        (another apposition, a place, a relative clause): "Sam Okafor, a crane driver, kept the
        strike fund" is a sentence, its side "A crane driver"."""
        parts = re.split(r"(?=,\s)", desc)
        kept = [parts[0]]
        for part in parts[1:]:
            if _LEANS_ON_ITEM[self.code].search(part) or (apposition and not _LATER_APPOSITION[self.code].match(part)):
                break
            kept.append(part)
        end = len("".join(kept))
        if relative_end(desc, end, self.code) != end:
            return desc  # "a room in which, each winter, ...": a cut would leave its clause open
        return "".join(kept)

    def prompt(self, found: TextList, name: str, whole: bool, last_clause: bool = False) -> str:
        """The item's prompt, the lead-in quoted before it ("The text introduces a list: “The
        mill had four rooms, each with its own task:” Match ..."): in a quiz, away from the
        text, it says what the list is of. Not when the item leaves items out and the lead-in
        counts them (its "four rooms" beside three pairs), nor when the lead-in is long or leans on what comes
        before it ("These are ...", "Its rooms"); with ``last_clause``, its last clause then,
        when that stands alone (a list of figures: the clause says what they are)."""
        ask = self.lang.prompt(name)
        lead = found.lead.strip()
        if not lead or (not whole and self.counts(lead)):
            return ask
        if not self.stands_alone(lead) and last_clause:
            # "Those keys ... were the heart of the bargain, and the main shares were distributed
            # as follows:": its last clause says what the figures are, and stands alone.
            lead = _LAST_CLAUSE[self.code].split(lead)[-1].strip()
            lead = lead[:1].upper() + lead[1:]
        if not self.stands_alone(lead) or len(lead.split()) < MIN_SIDE_WORDS:
            return ask
        return self.lang.prompt("list_lead", lead=lead, ask=ask)

    def counts(self, lead: str) -> bool:
        """Whether a lead-in gives a count of its items ("four rooms", «tres cosas», "12 ..."),
        which an item showing fewer of them would contradict."""
        words = {fold(w) for w in re.findall(r"[^\W\d_]+", lead)}
        return bool(words & COUNT_WORDS[self.code].keys()) or re.search(r"\b\d{1,2}\b", lead) is not None

    def stands_alone(self, lead: str) -> bool:
        """Whether a lead-in can be quoted in a prompt: short, leaning on no sentence before it."""
        return not (
            len(lead.split()) > MAX_LEAD_WORDS
            or context.leans_on_context(lead, self.lang) or context.demonstrative_reference(lead, self.lang)
        )

    def content_words(self, text: str) -> set[str]:
        return {fold(w) for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 3 and fold(w) not in self.stop}

    def matched_by_words(self, name: str, desc: str) -> bool:
        """Whether a description repeats a word of its name, or one of its family ("The
        drying loft" ↔ "until they were dry", "Metal sales" ↔ "the metal sold", "The gun room"
        ↔ "cleaned the shotguns"): a reader matches the pair from the words alone."""
        these, those = self.content_words(name), self.content_words(desc)
        if share_stem(these, those):
            return True
        stems = {strip_ending(w) for w in these}
        if stems & {strip_ending(w) for w in those}:
            return True
        # A compound of the name's word: "The gun room" <-> "cleaned the shotguns".
        if any(len(s) >= 3 and (strip_ending(w).endswith(s) or w.startswith(s)) for s in stems for w in those):
            return True
        # The name behind its prefix, or the effect the name's agent has: "Antioxidants" <->
        # "through oxidation", "Accelerators" <-> "a shorter time" (worldknow2).
        return sides_linked(these, those, self.code)

    def matched_by_agreement(self, name: str, desc: str) -> bool:
        """Whether a Spanish side opening with a participle agrees with a name its article
        gives a gender and number («Las horas extra» ↔ «Pagadas a precio y medio», «Una
        oficina» ↔ «Construida a cargo ...»): the endings match the pairs without the text.
        A place's bare name («Villagorda» ↔ «Fundada hacia 1520») shows neither."""
        return (
            self.code == "es" and fold(name.split()[0]) in _ES_ARTICLES
            and _ES_PARTICIPLE.match(desc) is not None
        )

    def matching(self, found: TextList) -> Iterator[Candidate]:
        """Names to their descriptions, when (almost) every item of the list pairs one; names
        to their figures when every item gives one (``figure_matching``)."""
        figures = list(self.figure_matching(found))
        if figures:
            yield from figures
            return
        # A date is no name ("El 3 de marzo, los gruistas ..."): a dated list is an ordering.
        pairs = [
            (self.glossed_name(e, p[0], p[1]), p[1]) for e in found.entries
            if (p := self.pair(e)) is not None and not is_label(p[0], self.steps.code)
        ]
        if len(pairs) < MIN_PAIRS or len(pairs) < len(found.entries) - 1:
            return
        # A side that does not read alone ("The last mill worked by a woman miller": ranked
        # against what it does not say) would hold the whole item back: that pair is left out.
        fair = [
            (n, d) for n, d in pairs
            if not self.matched_by_words(n, d) and not self.matched_by_agreement(n, d) and not context.leans_on_context(d, self.lang)
        ]
        shown = fair[:MAX_PAIRS]
        if len(shown) < MIN_PAIRS:
            return
        if len({fold(n) for n, _ in shown}) < len(shown) or len({fold(d) for _, d in shown}) < len(shown):
            return
        b = self.builder
        described = "; ".join(f"{n}: {d}" for n, d in shown)
        item = b.question(
            "matching", self.prompt(found, "matching_list", len(shown) == len(found.entries)), self.lang.prompt("explain_roles", roles=described),
            list(found.paragraphs), 2, pairs=[{"left": n, "right": d} for n, d in shown],
        )
        main = found.entries[0].paragraph
        fact = f"list:{main}:{found.entries[0].start}:pairs"
        yield Candidate("question", item, main, None, LIST_MATCHING_SCORE, f"matching|{fact}|{described}", fact, [x for p in shown for x in p])

    def ordered(self, found: TextList) -> bool:
        """Whether the text says the list's items come in a fixed order: numbered, a lead-in
        saying so ("in this order", «sigue una secuencia fija», "the steps"), or items opening
        with sequence markers ("First", "Then", «Luego»)."""
        if found.numbered or _ORDER_LEAD[self.code].search(found.lead):
            return True
        marked = sum(1 for e in found.entries if self.steps.marker.match(e.text))
        return marked >= MIN_STEPS or (marked >= 2 and marked >= len(found.entries) - 1) or self.dated(found)

    def dated(self, found: TextList) -> bool:
        """Whether (almost) every item opens with a date and the dates follow each other ("On 3
        May, ...", "On 9 May, ...", "In late May, ...", «A finales de abril, ...»): the list is a
        sequence of events whatever its lead-in says ("Events unfolded as follows:", «Los
        hechos se sucedieron así:»), and its steps are the events without their dates."""
        dates = [d for e in found.entries if (d := self.item_date(e.text)) is not None]
        if len(dates) < MIN_STEPS or len(dates) < len(found.entries) - 1:
            return False
        if len({d[0] > 0 for d in dates}) > 1:
            return False  # some with a year, some without: no telling their order
        return all(a < b for a, b in pairwise(dates))

    def item_date(self, text: str) -> tuple[int, int, int] | None:
        """The (year, month, day) an item's opening date says (0 for what it leaves out; a part
        of the month for its day: "late May" the 25th), None when it opens with no date."""
        at = label_lead(text, self.steps.code)
        words = [fold(w) for w in re.findall(r"[^\W_]+", text[:at])]
        year = next((int(w) for w in words if w.isdigit() and len(w) == 4), 0)
        month = next((self.lang.months[w] for w in words if w in self.lang.months), 0)
        day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), 0)
        if not year and not month:
            return None
        if month and not day:
            day = next((_PART_OF_MONTH[w] for w in words if w in _PART_OF_MONTH), 15)
        return year, month, day

    def event(self, entry: Entry, placed: bool = False) -> Step | None:
        """An item's event without its opening date or marker, trimmed like a narrative
        paragraph's step ("1955: floodlights are added for evening matches": Floodlights are
        added for evening matches); None when it cannot be shown alone, or (unless ``placed``)
        says its place in the order ("the first ...")."""
        sentence = Sentence(paragraph=entry.paragraph, index=-1, start=entry.start, end=entry.start + len(entry.text), text=entry.text)
        marker = self.steps.marker.match(entry.text)
        at = marker.end() if marker else 0
        # «2006: tras fuertes protestas, la Ley 20 deroga …»: the step is the event's clause, not
        # the circumstance leading it (integrator 18, the review of an unseen text).
        label = max(at, label_lead(entry.text, self.steps.code))
        if (lead := LEAD_IN.match(entry.text[label:])) is not None and len(entry.text[label + lead.end():].split()) >= 3:
            at = label + lead.end()
        step = self.steps.clause(sentence, at, placed)
        if step is None or len(entry.text.split()) > MAX_ENTRY_WORDS or len(step.text.split()) < min(MIN_SIDE_WORDS, len(entry.text.split())):
            return None
        return step

    def dated_events(self, found: TextList) -> list[tuple[Entry, str, str]]:
        """The items a date heads ("1955: floodlights are added ..."), each with its date as
        written and its event cut to its main clause (Floodlights are added for evening matches)."""
        events = []
        for e in found.entries:
            at = label_lead(e.text, self.steps.code)
            date = e.text[:at].strip().rstrip(":,—–-").strip()
            step = self.event(e, placed=True)
            if at and _BARE_DATE.match(date) and step is not None:
                events.append((e, date, self.main_clause(step.text).rstrip(".;,:")))
        return events

    def date_matching(self, found: TextList) -> Iterator[Candidate]:
        """A dated timeline's dates to its events ("- 1931: the ground opens as ...; - 1955:
        floodlights are added ..."): the ordering asks their order, this which date is whose,
        each date as the item writes it and each event cut to its main clause. Dates in words
        of their own ("In 1931, ...") stay in the ordering: only an item headed by its date. In
        any order (a timeline newest first has no ordering); where the ordering is drafted too,
        the two ask one set of facts and the better one is kept (``_dated_events_asked``)."""
        pairs = [(date, event) for _, date, event in self.dated_events(found)]
        if len(pairs) < MIN_PAIRS or len(pairs) < len(found.entries) - 1:
            return
        shown = pairs[:MAX_PAIRS]
        if len({fold(d) for d, _ in shown}) < len(shown) or len({fold(t) for _, t in shown}) < len(shown):
            return
        b = self.builder
        described = "; ".join(f"{d}: {t}" for d, t in shown)
        item = b.question(
            "matching", self.prompt(found, "matching_dates", len(shown) == len(found.entries)), self.lang.prompt("explain_roles", roles=described),
            list(found.paragraphs), 2, pairs=[{"left": d, "right": t} for d, t in shown],
        )
        main = found.entries[0].paragraph
        fact = f"list:{main}:{found.entries[0].start}:dates"
        yield Candidate("question", item, main, None, LIST_MATCHING_SCORE, f"matching|{fact}|{described}", fact, [x for p in shown for x in p])

    def ordering(self, found: TextList) -> Iterator[Candidate]:
        """The steps of a list the text says is ordered, as clauses trimmed like a narrative
        paragraph's steps; the items' names when each step is a named one ("**Mixing**: ...")."""
        if not self.ordered(found) or not MIN_STEPS <= len(found.entries):
            return
        named = [self.pair(e) for e in found.entries]
        texts: list[str]
        prompt = "ordering_steps"
        # Named steps ("**Mixing**: ...") by their names, but not labels of their place ("Day one:
        # ...", "First, ..."): those give the order away, and the steps are what follows them.
        if all(p is not None and not is_label(p[0], self.steps.code) for p in named) and all(len(p[0].split()) <= 3 for p in named if p is not None):
            texts = [p[0] for p in named if p is not None]
            paragraphs = [e.paragraph for e in found.entries]
            prompt = "ordering_stages"
        else:
            steps = []
            for e in found.entries:
                step = self.event(e)
                if step is None:
                    continue  # a step that cannot be shown ("In 1862" of a long item): the others keep their order
                if self.steps.marked(step.text) or context.order_given_away([step.text], self.lang) is not None:
                    continue  # "the steam finally turns ...", «el vapor vuelve a ...»: its place given away
                steps.append(step)
            if len(steps) < MIN_STEPS:
                return
            aligned = self.steps.aligned(steps)
            texts, paragraphs = [st.text for st in aligned], [st.sentence.paragraph for st in aligned]
        every = [STEP_DATE_TAIL.sub("", t) for t in texts]
        # More steps than one ordering shows: a second one shows the last (brief context3: a
        # seven-step process asked as five left its last two paragraphs uncovered).
        for n, (a, z) in enumerate(step_windows(len(every))):
            texts, shown_paragraphs = every[a:z], paragraphs[a:z]
            if any(YEAR_IN_STEP.search(t) for t in texts):
                return  # "the financial close in 2028", "the diversion in 2029": the dates give the order away
            if len({fold(t) for t in texts}) < len(texts) or any(self.steps.marked(t) for t in texts):
                return
            b = self.builder
            order = "; ".join(texts)
            main = found.entries[0].paragraph if n == 0 else shown_paragraphs[0]
            # Only the shown steps' paragraphs, each step's own in the explanation (givesaway3).
            explanation, source = ordering_citation(self.lang, list(zip(texts, shown_paragraphs, strict=False)))
            item = b.question(
                "ordering", self.prompt(found, prompt, len(texts) == len(found.entries)), explanation,
                source, 2, items=texts,
            )
            fact = f"list:{found.entries[0].paragraph}:{found.entries[0].start}:order" + (f":{n}" if n else "")
            yield Candidate("question", item, main, None, LIST_ORDERING_SCORE, f"ordering|{fact}|{order}", fact, texts)
