"""Drafts from what a narrative paragraph sequences: its steps, its stages.

A paragraph telling a process ("First the larva stops eating. Then it spins a net. Next ...
Finally ...", "El primer día ... Al día siguiente ... Finalmente ...") or a career ("from
cleaner to nurse to builder to forager") often names no figure, no person and no defined term,
so the fact-based drafter (``quizapp.derive.drafting``) leaves it without a question. What such
a paragraph does state is an order, which the text settles:

- an ordering item of its steps (trimmed clauses of the text, their sequence words cut off so
  that no item marks its own place) or of the stages it lists;
- a single choice "what comes right after ...?" whose wrong options are the paragraph's other
  steps (the same kind: no invented step, nothing a reader could rule out as odd);
- a true/false statement on who does what, made false by swapping one listed stage for another
  of the same list (never a negation).

Every candidate goes through the same checks as the others (grounding: each item is a span
of the cited paragraph; the linter; enemies).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from quizapp.derive import context
from quizapp.derive.answers import term_forgives_typos
from quizapp.derive.explanations import QUANTITY_WORDS, compound_of
from quizapp.derive.drafting import BASE_SCORE, DETAIL_WORD_HOLD, MIN_DISTRACTORS, Builder, Candidate
from quizapp.derive.extract import NOT_IN_NUMBER, Mention, Sentence, fold
from quizapp.derive.word_families import FAMILY_STEM, opening
from quizapp.language import lower_initial
from quizapp.languages import Language

MIN_STEPS = 3  # an order needs three things at least (two are a coin toss)
MAX_STEPS = 5  # more is a chore to order on a phone
# The fewest steps of one run when a long sequence is split (step_windows): the final reviews of
# two unseen texts rejected both runs of three ("Knotting, Warping and weaving, Finishing"): a
# process's last three stages order themselves (integrator 18).
MIN_WINDOW = 4
MAX_STEP_WORDS = 14  # a step longer than this is cut at its first "and", or left out
MIN_STEP_WORDS = 2
ORDERING_SCORE = BASE_SCORE["ordering"] - 0.12  # below an ordering of dated events (a checked fact)
NEXT_SCORE = BASE_SCORE["single_choice"] - 0.05
STAGE_TF_SCORE = BASE_SCORE["true_false"] - 0.02
# A term a narrative paragraph uses (see SequenceDrafter.term_gap) is a technical term: rarer
# than this in general text ("sericin" 0, "forager" 2.0, "gasóleo" 2.4), not a word a sentence
# settles or a stock phrase closes ("con dos días de antelación" 3.4, "se expusieron en la lonja"
# 3.0, "the bellows fed air" 3.1: the sixth review found such gaps trivial) ...
TERM_ZIPF = 2.5
# ... or, up to this, one the sentence explains in an apposition ("until the sericin, the gum
# that binds the thread, softens"; "el manantial, una fuente de agua salada,"): a term the
# paragraph defines, asked with its definition.
DEFINED_TERM_ZIPF = 3.5
_APPOSITION = {"en": re.compile(r"^, (?:an?|the) [^,]{3,60},"), "es": re.compile(r"^, (?:un|una|el|la|los|las) [^,]{3,60},")}
# A noun named by what it is for ("el ____ para las calderas": fuel) is settled by the sentence.
_PURPOSE = {"en": re.compile(r"^ for\b"), "es": re.compile(r"^ para\b")}
STEM = FAMILY_STEM  # letters two words share when one settles the other ("salinero" in "las salineras")
# Words after which a lower-case word is a noun the sentence names (beside articles and possessives).
_NOUN_PREPOSITIONS = frozenset(("of", "with", "by", "de", "del", "con", "por"))

# Sequence markers opening a sentence: a word, a phrase, or a span of time ("After about twelve
# days", "Después de varios días"). The marker is cut off the step, with its comma.
_TIME_NOUNS = {
    "en": r"(?:days?|weeks?|months?|years?|hours?|minutes?)",
    "es": r"(?:d[ií]as?|semanas?|mes(?:es)?|años?|horas?|minutos?)",
}
_ORDINALS = {
    "en": r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|following)",
    "es": r"(?:primer|primero|segundo|tercer|tercero|cuarto|quinto|sexto|séptimo|octavo|noveno|décimo|último|siguiente)",
}
_MARKERS = {  # longest alternatives first: "después de varios días" before "después"
    "en": (
        r"(?:and |but )?(?:(?:\w+ ){1,3}" + _TIME_NOUNS["en"] + r" later"
        r"|(?:after|within|by|in|during|for) (?:\w+ ){0,3}" + _TIME_NOUNS["en"]
        + r"(?: (?:later|after that|of (?:her|his|its|their) life))?"
        r"|(?:on|by) (?:the )?" + _ORDINALS["en"] + r" day|the (?:next|following) day|(?:on|by) day \w+"
        r"|after that|after this|at first|later on|at last|in the end|soon afterwards?|soon after"
        r"|firstly|first|then|next|later|afterwards?|subsequently|eventually|finally|lastly)"
    ),
    "es": (
        r"(?:y )?(?:(?:\w+ ){0,3}" + _TIME_NOUNS["es"] + r" (?:después|despues|más tarde|mas tarde)"
        r"|(?:después de|despues de|tras|al cabo de|durante|en|a los|a las) (?:\w+ ){0,3}" + _TIME_NOUNS["es"]
        + r"(?: (?:más tarde|después))?"
        r"|(?:el|al|en el) " + _ORDINALS["es"] + r" día|al día siguiente|al otro día"
        r"|después de eso|tras eso|en primer lugar|más tarde|mas tarde|a continuación|acto seguido|por último|al final"
        r"|primero|luego|después|despues|entonces|finalmente)"
    ),
}
# A clause of a step ends here: what follows is a detail of the step, not the step.
_CLAUSE_END = re.compile(rf"\s*(?:{NOT_IN_NUMBER}[,;:(—–]|\s-\s)")  # never inside "2,5 litros"
_SUBORDINATE = {
    "en": re.compile(r"\s(?:until|which|who|whose|because|when|while|before|after|whereas|unless)\s", re.IGNORECASE),
    "es": re.compile(r"\s(?:hasta que|que|quien|quienes|cuyo|cuya|porque|cuando|mientras|antes de que|después de que)\s", re.IGNORECASE),
}
# A step's subject pronoun ("he heated", "ellos pisan"), standing for the doer named before.
_SUBJECT_PRONOUN = {
    "en": re.compile(r"(?:he|she|they|we)\s+", re.IGNORECASE),
    "es": re.compile(r"(?:él|ella|ellos|ellas|nosotros)\s+", re.IGNORECASE),
}
# A pronoun that stands for the thing a process works on ("1. The resin is filtered. 2. It is
# stirred ...", «2. Esta se remueve ...»): cut like a doer's, but only before a verb phrase
# ("It is hot work" says nothing without what "It" is; "Esta mezcla" is no pronoun).
_THING_PRONOUN = {
    "en": re.compile(r"(?:it|this|these|those)\s+(?=(?:is|are|was|were|gets|get|got)\s|[a-z]+(?:ed|[^su\W]s)\b)", re.IGNORECASE),
    "es": re.compile(
        r"(?:[ée]st[ea]s?|[ée]stos|[ée]s[ea]s?|[ée]sos)\s+"
        r"(?=(?:se|lo|la|los|las|le|les)\s+[a-záéíóúñ]|[a-záéíóúñ]+(?:aba|aban|ó|ió|aron|eron|ía|ían)\b)",
        re.IGNORECASE,
    ),
}
# The auxiliary of a passive step left when its subject pronoun goes ("they are scraped", "it
# is warmed"): "Scraped clean of hair" is the step, "Are scraped ..." reads as a broken sentence.
_PASSIVE_AUX = {"en": re.compile(r"(?:is|are|was|were|gets|get|got)\s+(?=([a-z]+)\b)", re.IGNORECASE)}
_IRREGULAR_PARTICIPLES_TEXT = (
    "left kept set put cut spread laid held built sent spun hung dug ground bound made sold brought caught struck stuck "
    "swept split shut burnt bent lit fed led spilt felt taught bought found wound read shed torn worn sewn sown shown"
)
_IRREGULAR_PARTICIPLES = frozenset(_IRREGULAR_PARTICIPLES_TEXT.split())
_NOT_PARTICIPLES_TEXT = "then when often even open seven eleven ten heaven oven garden golden linen"
_NOT_PARTICIPLES = frozenset(_NOT_PARTICIPLES_TEXT.split())


def _participle(word: str) -> bool:
    """Whether an English word after "is"/"are" reads as a past participle ("warmed", "shaken", "laid")."""
    word = word.lower()
    if word in _NOT_PARTICIPLES:
        return False
    return word in _IRREGULAR_PARTICIPLES or (len(word) > 3 and word.endswith(("ed", "en", "wn")))


# The subject of a process's first step, when every later step has lost its pronoun ("The tallow
# is melted ... / Skimmed ... / Mixed ..."): the one step keeping its subject would say it is the
# first, so it is cut the same way ("Melted in an iron pan"), «La lana se remoja» → «Se remoja».
_FIRST_SUBJECT = {
    "en": re.compile(r"(?:the|a|an)\s+(?:[^\W\d_]+\s+){0,3}?(?:(?:is|are|was|were)\s+(?=([a-z]+)\b)|(?=([a-z]+ed)\s))", re.IGNORECASE),
    "es": re.compile(r"(?:el|la|los|las|un|una)\s+(?:[^\W\d_]+\s+){0,3}?(?=(se)\s+[a-záéíóúñ])", re.IGNORECASE),
}
_SE_OPENING = re.compile(r"se\s", re.IGNORECASE)
# Words that open a relative clause: the clause restricts the noun before it ("siguiendo la
# posición que ocupaban"), and a step cut before it leaves the noun without what it means.
_RELATIVE_WORDS = frozenset(("que", "quien", "quienes", "cuyo", "cuya", "which", "who", "whose"))
# A comma opening an example or an aside inside the subject ("las células de los tejidos, como
# el músculo o el cartílago, pierden ..."): the clause before it is a subject without its verb.
_ASIDE = {
    "en": re.compile(r"^\s*,\s*(?:such as|like|including|for example|for instance|e\.g\.|i\.e\.|especially|notably|among them)\b", re.IGNORECASE),
    "es": re.compile(r"^\s*,\s*(?:como|incluid[oa]s?|entre (?:ellos|ellas|otros|otras)|por ejemplo|es decir|sobre todo|en especial|especialmente)\b", re.IGNORECASE),
}
# A phrase fronted before a step's subject ("In the boiler, the water takes ...", «En el
# condensador, el vapor vuelve ...»): where, not what; the step is the clause after its comma.
_FRONTED = {
    "en": re.compile(
        r"^\s*(?:in|inside|within|at|on|from|after|before|during|under|over|through|across|behind|beside|below|above|into|"
        r"along|with|without|once|by|near|outside)(?:\s+[^\s,;:.]+){1,6}\s*,\s+(?=[^\W\d_])", re.IGNORECASE),
    "es": re.compile(
        r"^\s*(?:en|dentro de|desde|tras|durante|bajo|sobre|con|sin|ante|junto a|al|a|por|hacia|una vez)(?:\s+[^\s,;:.]+){1,6}"
        r"\s*,\s+(?=[^\W\d_])", re.IGNORECASE),
}
# A subject, an aside between commas, and the verb ("The steam, now at low pressure, passes to
# ...", «El vapor, ya a baja presión, pasa al ...»): the step keeps the subject, drops the aside.
# Not a list of things ("The wool, the dye, the mordant and ...": the tail opens with an article).
_SUBJECT_ASIDE = {
    "en": re.compile(
        r"^(?P<subject>(?:the|a|an|its|their|this|these|each)(?:\s+[^\s,;:.]+){1,3}),\s+[^,;:.]{2,60},\s+"
        r"(?!(?:the|a|an|and|or|but|then|its|their)\b)(?=[a-z])", re.IGNORECASE),
    "es": re.compile(
        r"^(?P<subject>(?:el|la|los|las|un|una|su|sus|cada|este|esta)(?:\s+[^\s,;:.]+){1,3}),\s+[^,;:.]{2,60},\s+"
        r"(?!(?:el|la|los|las|un|una|y|e|o|u|pero|luego|su|sus)\b)(?=[a-záéíóúñ])", re.IGNORECASE),
}
# (Never between two figures: "between 2 and 2.5 litres", «entre 2 y 2,5 litros» is one range.)
_AND = {
    code: re.compile(rf"(?<!\d)\s(?:{words})\s|(?<=\d)\s(?:{words})\s(?!\d)")
    for code, words in (("en", "and|but|while|which|who|until|so"), ("es", "y|e|pero|mientras|que|hasta"))
}
# A range opened and not yet closed: "between 1", «entre el 1», «del 3»: its "and"/«y» is no clause's.
_RANGE_OPENED = re.compile(r"\b(?:between|entre|from|de|del|desde)\s+(?:(?:el|la|los|las)\s+)?\d[\d.,]*(?:\s+[^\W\d_]+)?$", re.IGNORECASE)
# "A silkworm's life runs from egg to larva to pupa to moth", "de limpiadora a nodriza a guardiana".
_ARTICLE = {"en": r"(?:(?:an?|the) )?", "es": r"(?:(?:un|una|el|la|los|las) )?"}
_STAGE_LIST = {
    "en": re.compile(r"\bfrom " + _ARTICLE["en"] + r"([^\W\d_]+)((?:,? to " + _ARTICLE["en"] + r"[^\W\d_]+){2,})", re.IGNORECASE),
    "es": re.compile(r"\bde " + _ARTICLE["es"] + r"([^\W\d_]+)((?:,? a " + _ARTICLE["es"] + r"[^\W\d_]+){2,})", re.IGNORECASE),
}
_STAGE_LINK = {"en": re.compile(r",? to " + _ARTICLE["en"]), "es": re.compile(r",? a " + _ARTICLE["es"])}


# A paragraph announcing a process's stages ("Bread staling happens in two overlapping stages.",
# «El curado del jamón pasa por dos etapas.») and then telling each by its place ("In the
# first, called retrogradation, ...", "The second stage, drying, is ...", «En la primera,
# llamada salazón, ...»): a card per stage the text names ("what is the first stage of bread
# staling called?" -> Retrogradation), else per stage whose clause says what happens in it
# ("In the first, the resin thickens ..." -> "what happens in the first stage of curing?").
# Only the text's own names and clauses: no stage is named that the text leaves unnamed.
# A named stage's card above a gap on its name ("In the first, called ____, ..." leans on the
# sentence before: first what?); what happens in a stage, below the paragraph's facts.
STAGE_NAME_SCORE = BASE_SCORE["card"]
STAGE_CARD_SCORE = BASE_SCORE["card"] - 0.2
MAX_STAGE_CLAUSE_WORDS = 25
_COUNTS = {"en": {"two": 2, "three": 3, "four": 4}, "es": {"dos": 2, "tres": 3, "cuatro": 4}}
_STAGE_ORDINALS = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1},
    "es": {"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "última": -1},
}
_STAGES_ANNOUNCED = {
    "en": re.compile(
        r"^(?P<process>[A-Z][^,.;:]{2,60}?) (?:happens|takes place|occurs|proceeds|unfolds|is done|is carried out|goes on|runs|has"
        r"|goes through|passes through|falls into) (?:in )?(?P<count>two|three|four) (?:[a-z]+(?:-[a-z]+)? )?(?P<noun>stages|phases)\.$"
    ),
    "es": re.compile(
        r"^(?P<process>(?:El|La|Los|Las) [^,.;:]{2,60}?) (?:ocurre|se produce|se hace|se realiza|pasa|transcurre|tiene lugar|se desarrolla"
        r"|consta|se divide|atraviesa) (?:en |por |de )?(?P<count>dos|tres|cuatro) (?:[a-záéíóúñ]+ )?(?P<noun>etapas|fases)(?: [a-záéíóúñ]+)?\.$"
    ),
}
_NAME = {"en": r"[a-z][\w-]*(?: [a-z][\w-]*){0,2}", "es": r"(?:(?:el|la|los|las) )?[a-záéíóúñ][\w-]*(?: [a-záéíóúñ][\w-]*){0,2}"}
_STAGE_NAMED = {
    "en": (
        re.compile(r"^(?:In|During) the (?P<ord>[a-z]+)(?: (?:stage|phase))?, (?:called|known as|named) (?P<name>" + _NAME["en"] + r"),"),
        re.compile(r"^The (?P<ord>[a-z]+) (?:stage|phase), (?:called |known as )?(?P<name>" + _NAME["en"] + r"),"),
        re.compile(r"^The (?P<ord>[a-z]+) (?:stage|phase) is (?:called|known as) (?P<name>" + _NAME["en"] + r")[.,]"),
    ),
    "es": (
        re.compile(r"^(?:En|Durante) la (?P<ord>[a-zú]+)(?: (?:etapa|fase))?, (?:llamada|conocida como|denominada) (?P<name>" + _NAME["es"] + r"),"),
        re.compile(r"^La (?P<ord>[a-zú]+) (?:etapa|fase), (?:llamada |conocida como |denominada )?(?P<name>" + _NAME["es"] + r"),"),
        re.compile(r"^La (?P<ord>[a-zú]+) (?:etapa|fase) se (?:llama|denomina|conoce como) (?P<name>" + _NAME["es"] + r")[.,]"),
    ),
}
_STAGE_CLAUSE = {
    "en": re.compile(r"^(?:In|During) the (?P<ord>[a-z]+)(?: (?:stage|phase))?, (?P<clause>(?:the|a|an) [^;:()]+\.)$"),
    "es": re.compile(r"^(?:En|Durante) la (?P<ord>[a-zú]+)(?: (?:etapa|fase))?, (?P<clause>(?:el|la|los|las|un|una) [^;:()]+\.)$"),
}
_STAGE_NOUN = {"stages": "stage", "phases": "phase", "etapas": "etapa", "fases": "fase"}


# A label that says where an item stands and nothing else: "Day one", "Day 2", "Step 3", "On
# the second day", "First", «Día uno», «El primer día», «Por último» (brief fragments, kinds 2
# and 3): an ordering of such labels gives its order away, and a list card whose back repeats
# them says nothing of what happens in each.
_LABEL_NUMBER = {
    "en": r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
    "es": r"(?:\d{1,2}|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)",
}
_LABEL_NOUN = {
    "en": r"(?:day|week|month|year|step|stage|phase|part|round|session|lesson|night|morning|evening)",
    "es": r"(?:d[ií]a|semana|mes|año|paso|etapa|fase|parte|jornada|ronda|sesi[oó]n|noche|mañana|tarde)",
}
_LABEL_ORDINAL = {
    "en": r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|following)",
    "es": r"(?:primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta|sexto|sexta|[uú]ltimo|[uú]ltima|siguiente)",
}
# ... with what it is a day of: "On the first day of the drive", «El primer día de la marcha».
_LABEL_OF = {
    "en": r"(?:\s+of\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?[^\W\d_]+)?",
    "es": r"(?:\s+(?:de|del)\s+(?:(?:la|el|los|las|su|sus|esta|este)\s+)?[^\W\d_]+)?",
}
_LABEL_CORE = {
    "en": (
        rf"(?:(?:on|by|in|during)\s+)?(?:the\s+)?(?:{_LABEL_NOUN['en']}\s+{_LABEL_NUMBER['en']}|{_LABEL_ORDINAL['en']}(?:\s+{_LABEL_NOUN['en']}{_LABEL_OF['en']})?)"
        r"|firstly|secondly|thirdly|finally|lastly|then|afterwards|at first|in the end"
    ),
    "es": (
        rf"(?:(?:el|la|en\s+el|en\s+la|al|durante\s+el|durante\s+la)\s+)?(?:{_LABEL_NOUN['es']}\s+{_LABEL_NUMBER['es']}|{_LABEL_ORDINAL['es']}(?:\s+{_LABEL_NOUN['es']}{_LABEL_OF['es']})?)"
        r"|en\s+(?:primer|segundo|tercer|[uú]ltimo)\s+lugar|luego|despu[eé]s|finalmente|por\s+[uú]ltimo|al\s+final|a\s+continuaci[oó]n"
    ),
}
# A date or a time of year opening an item or a step and ending at its comma ("Between 1 and 5
# November, the barrels are topped up", «Entre el 1 y el 5 de noviembre, las barricas ...», «A
# principios de diciembre, ...»): said alone it is no event («Entre el 1»), so it is cut off.
_TIME_WORDS = {
    "en": r"(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)",
    "es": r"(?:\d|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|primavera|verano|oto[ñn]o|invierno)",
}
_TIME_OPENING = {
    "en": r"(?:between|from|on|in|by|during|around|about|after|before|until|at|early|late|mid)",
    "es": r"(?:entre|desde|del?|el|en|a|hacia|hasta|durante|tras|antes|despu[eé]s|al|los|las|finales|principios|mediados)",
}


def _time_phrase(code: str) -> str:
    # Up to six words before the comma, one of them a figure, a month or a season.
    return rf"{_TIME_OPENING[code]}\b(?:\s+[^\s,;:.]+){{0,5}}?\s*\b{_TIME_WORDS[code]}[^\s,;:.]*(?:\s+[^\s,;:.]+){{0,3}}?"


LABEL = {code: re.compile(rf"^\s*(?:{_LABEL_CORE[code]}|{_time_phrase(code)})\s*$", re.IGNORECASE) for code in _LABEL_CORE}
# A bare date heading a timeline's item before its colon or dash ("1931: the ground opens ...",
# "12 May 1955 – ...", «Marzo de 1977: ...»): no sentence starts so, it is the item's label.
_MONTHS = {
    "en": r"(?:january|february|march|april|may|june|july|august|september|october|november|december)",
    "es": r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)",
}
_DATE_HEAD = {
    code: rf"(?:\d{{1,2}}\s+(?:de\s+)?)?(?:{_MONTHS[code]}\s+(?:de\s+)?)?\d{{4}}\s*(?::|\s[—–-]\s)"
    for code in _MONTHS
}
_LABEL_LEAD = {
    code: re.compile(
        rf"^\s*(?:(?:{_LABEL_CORE[code]})\s*(?:[:,—–]|\s-\s)|{_time_phrase(code)}\s*,|{_DATE_HEAD[code]})\s*", re.IGNORECASE,
    )
    for code in _LABEL_CORE
}
_LABEL_OPENING = {code: re.compile(rf"^\s*(?:{_LABEL_CORE[code]})\b", re.IGNORECASE) for code in _LABEL_CORE}


def is_label(text: str, code: str) -> bool:
    """Whether ``text`` is only a label of its place ("Day one", «El primer día», "Finally") or
    a date ("On 20 November", «Entre el 1 y el 5 de noviembre»), no event."""
    return LABEL.get(code, LABEL["en"]).match(text.strip().rstrip(".:,;")) is not None


def label_lead(text: str, code: str) -> int:
    """How many characters of ``text`` its opening labels and dates take, with their
    separators ("Day one: ", "First, ", "Between 1 and 5 November, "); 0 when none."""
    pattern = _LABEL_LEAD.get(code, _LABEL_LEAD["en"])
    at = 0
    while (m := pattern.match(text, at)) is not None and m.end() > at and text[m.end():].strip():
        at = m.end()
    return at


# Words that say where a step stands (not "end" or "start", which are often nouns of the step).
_PLACE_WORDS_TEXT = (
    "first firstly initially finally eventually lastly ultimately later last then next afterwards "
    "primero primera inicialmente finalmente luego después último última entonces"
)
_PLACE_WORDS = frozenset(fold(w) for w in _PLACE_WORDS_TEXT.split())


@dataclass(frozen=True)
class Step:
    """One step of a sequence: the clause shown to the learner, and where it stands."""

    text: str
    sentence: Sentence
    start: int  # offsets in the paragraph's text
    end: int
    doer_cut: bool = False  # a subject pronoun was cut ("He shook ...", "It is skimmed ...")


# A marker that places its step after the one before ("then", "a few days later", "al día
# siguiente"), unlike one that numbers it ("on the second day"): the sentence before it, even
# unmarked, is the step it follows.
_RELATIVE = {
    "en": re.compile(r"^\s*(?:and |but )?(?:then|next|later|afterwards?|after that|after this|subsequently|soon after|the (?:next|following) day|(?:\w+ ){1,3}" + _TIME_NOUNS["en"] + r" later)\b", re.IGNORECASE),
    "es": re.compile(r"^\s*(?:y )?(?:luego|después|despues|entonces|más tarde|a continuación|acto seguido|al día siguiente|al otro día|(?:\w+ ){0,3}" + _TIME_NOUNS["es"] + r" (?:después|más tarde))\b", re.IGNORECASE),
}


def _marker(language: str) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + _MARKERS[language] + r")\b,?\s*", re.IGNORECASE)


def step_windows(count: int) -> list[tuple[int, int]]:
    """The runs of a sequence's ``count`` steps its orderings show, so that every step is asked
    (brief context3: a seven-step process asked as five left its last two steps unasked): one
    run when it fits in one ordering, else runs of near-equal size (seven: four and three), none
    sharing a step (a shared step would give the other ordering's order away)."""
    if count <= MAX_STEPS:
        return [(0, count)]
    if count < 2 * MIN_WINDOW:
        return [(0, MAX_STEPS)]  # six or seven: a run of three is ordered by common sense (the end of a process)
    runs = -(-count // MAX_STEPS)
    bounds = [round(i * count / runs) for i in range(runs + 1)]
    return list(itertools.pairwise(bounds))


def ordering_citation(lang: Language, steps: Sequence[tuple[str, int]]) -> tuple[str, list[int]]:
    """An ordering's explanation and cited paragraphs from its shown ``steps`` (text, paragraph):
    only the paragraphs the steps come from, and each step's own when they come from several
    ("The text describes them in this order: ... (paragraph 4); ... (paragraph 5)"), not a list's
    other items nor its lead-in (givesaway3: reviewers checked each step against its citation)."""
    source = sorted({n for _t, n in steps})
    order = "; ".join(t for t, _n in steps)
    if len(source) == 1:
        return lang.prompt("explain_steps", paragraph=str(source[0]), steps=order), source
    each = "; ".join(lang.prompt("step_in_paragraph", step=t, paragraph=str(n)) for t, n in steps)
    return lang.prompt("explain_steps_each", steps=each), source


class SequenceDrafter:
    """Ordering, "what comes next" and stage-swap drafts from one document's narrative paragraphs."""

    def __init__(self, builder: Builder, headings: list[str] | None = None) -> None:
        self.builder = builder
        # Stems of the headings' words: a term sharing one is settled by the title ("las salineras").
        self.heading_stems = {opening(w, STEM) for h in headings or [] for w in re.findall(r"[^\W\d_]+", h) if len(w) >= STEM}
        self.lang = builder.lang
        self.code = self.lang.code if self.lang.code in _MARKERS else "en"
        self.marker = _marker(self.code)

    # ------------------------------------------------------------ finding steps

    def steps(self, sentences: list[Sentence]) -> list[Step]:
        """The steps a paragraph sequences: the sentences opening with a sequence marker, in
        the text's order (at least MIN_STEPS of them), with the sentence before the first one
        when that one follows it ("then", "al día siguiente"). Each step is its main clause,
        the marker cut off."""
        steps: list[Step] = []
        for k, s in enumerate(sentences):
            match = self.marker.match(s.text)
            if match is None:
                continue
            if not steps and k > 0 and _RELATIVE[self.code].match(s.text) and not self.marker.match(sentences[k - 1].text):
                before = self.clause(sentences[k - 1], 0)
                if before is not None:
                    steps.append(before)
            step = self.clause(s, match.end())
            if step is not None:
                steps.append(step)
        if len(steps) < MIN_STEPS:
            return []
        return self.aligned(steps)

    def clause(self, s: Sentence, offset: int, placed: bool = False) -> Step | None:
        """The step a sentence states from ``offset`` on: up to its first comma (the rest is a
        detail), cut at its first "and" if still long; None if too short or long to show, or
        (unless ``placed``: a matching of dates to events shows no order) if it says its place."""
        # "Day one: ...", "Between 1 and 5 November, ...", and what a marker leaves of a longer
        # label ("On the first day| of the drive, ...", «El primer día| de la marcha, ...»).
        offset = max(offset + label_lead(s.text[offset:], self.code), label_lead(s.text, self.code))
        if (fronted := _FRONTED[self.code].match(s.text, offset)) is not None:
            offset = fronted.end()  # "In the boiler, | the water takes ...": the clause after the place
        rest = s.text[offset:]
        subject = ""  # kept across an aside: "The steam(, now at low pressure,) passes ..."
        if (aside := _SUBJECT_ASIDE[self.code].match(rest)) is not None and not _ASIDE[self.code].match(rest[aside.end("subject"):]):
            subject = aside.group("subject") + " "
            rest = rest[aside.end():]
        if end := _CLAUSE_END.search(rest):
            if _ASIDE[self.code].match(rest[end.start():]):
                return None  # "Las células de los tejidos cercanos al corte, como ...": no verb yet (review 10)
            rest = rest[:end.start()]
            # A comma inside a subordinate clause ("until the sericin, the gum that ..., softens")
            # leaves a fragment: the step is the main clause before it. Not before a relative
            # word: "siguiendo la posición" without "que ocupaban" says nothing (review 10).
            if (sub := _SUBORDINATE[self.code].search(rest)) and len(rest[:sub.start()].split()) >= MIN_STEP_WORDS:
                if fold(sub.group().strip()) in _RELATIVE_WORDS:
                    if not rest[sub.end():].strip():
                        return None  # "the gum that, ...": the relative clause goes on past the comma
                else:
                    rest = rest[:sub.start()]
        rest = rest.rstrip(" .!?")
        if len(rest.split()) > MAX_STEP_WORDS and (cut := self.and_cut(rest)) is not None:
            rest = rest[:cut]
        # "Then he heated the bar": the doer the paragraph has already named is no part of the
        # step, and a step opening with "He" would not stand alone ("Heated the bar" does).
        # So is a pronoun for the thing worked on ("It is skimmed", «Esta se golpea»), with the
        # auxiliary of a passive ("Skimmed with a ladle").
        lead = None if subject else _SUBJECT_PRONOUN[self.code].match(rest) or _THING_PRONOUN[self.code].match(rest)
        doer_cut = False
        if lead and len(rest[lead.end():].split()) >= MIN_STEP_WORDS:
            aux = _PASSIVE_AUX[self.code].match(rest, lead.end()) if self.code in _PASSIVE_AUX else None
            if aux is None or _participle(aux.group(1)):  # not "They were tired": left whole
                drop = aux.end() if aux is not None else lead.end()
                offset += drop
                rest = rest[drop:]
                doer_cut = True
        start = s.start + offset
        stop = start + len(rest) + (aside.end() if subject and aside is not None else 0)
        rest = subject + rest
        words = rest.split()
        if not MIN_STEP_WORDS <= len(words) <= MAX_STEP_WORDS or (not placed and self.marked(rest)):
            return None
        return Step(rest[0].upper() + rest[1:], s, start, stop, doer_cut)

    def and_cut(self, text: str) -> int | None:
        """Where a long step is cut: its first "and"/«y» that joins two clauses, never one inside
        a range ("entre el 1 y el 5 de marzo" would leave «... entre el 1», brief fragments)."""
        for cut in _AND[self.code].finditer(text):
            if not _RANGE_OPENED.search(text[:cut.start()]):
                return cut.start()
        return None

    def aligned(self, steps: list[Step]) -> list[Step]:
        """The steps with the first one's subject cut when every later step has lost its own
        (a pronoun cut, «Se remueve ...»): "The tallow is melted ..." among "Skimmed ...",
        "Mixed ..." would be placed first from its shape alone. Unchanged otherwise."""
        if len(steps) < MIN_STEPS or steps[0].doer_cut:
            return steps
        if not all(st.doer_cut or (self.code == "es" and _SE_OPENING.match(st.text)) for st in steps[1:]):
            return steps
        first = steps[0]
        subject = _FIRST_SUBJECT[self.code].match(first.text)
        if subject is None or {fold(w) for w in subject.group().split()} & _RELATIVE_WORDS:
            return steps  # "A boy who joined the smithy": the verb is the relative clause's
        verb = subject.group(1) or (subject.group(2) if self.code == "en" else None)
        if self.code == "en" and subject.group(1) is not None and not _participle(subject.group(1)):
            return steps  # "The vat is hot": no passive step
        if not verb:
            return steps
        rest = first.text[subject.end():]
        if len(rest.split()) < MIN_STEP_WORDS:
            return steps
        start = first.start + subject.end()
        return [Step(rest[0].upper() + rest[1:], first.sentence, start, first.end, True), *steps[1:]]

    def marked(self, text: str) -> bool:
        """Whether a step still holds a word that says where it stands ("first", "finally"):
        the ordering would give its place away (the linter's cue-ordering-wording)."""
        folded = {fold(w) for w in re.findall(r"[^\W\d_]+", text)}
        return bool(folded & _PLACE_WORDS) or is_label(text, self.code) or _LABEL_OPENING[self.code].match(text) is not None

    def stages(self, s: Sentence) -> list[tuple[str, int, int]]:
        """The stages a sentence lists as "from A to B to C" (``de A a B a C``): each word with
        its offsets in the paragraph's text; [] if none or fewer than three."""
        match = _STAGE_LIST[self.code].search(s.text)
        if match is None:
            return []
        found = [(match.group(1), match.start(1))]
        tail, base = match.group(2), match.start(2)
        for link in _STAGE_LINK[self.code].finditer(tail):
            word = re.match(r"[^\W\d_]+", tail[link.end():])
            if word:
                found.append((word.group(), base + link.end()))
        stop = self.lang.words.stop_words
        if len(found) < MIN_STEPS or any(fold(w) in stop for w, _ in found) or len({fold(w) for w, _ in found}) < len(found):
            return []
        return [(w, s.start + a, s.start + a + len(w)) for w, a in found]

    # ------------------------------------------------------------ drafts

    def candidates(self) -> Iterator[Candidate]:
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in self.builder.facts.sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        stage_lists: list[list[tuple[str, int, int]]] = []
        for number, sentences in by_paragraph.items():
            steps = self.steps(sentences)
            if steps:
                yield from self.ordering(number, steps, "ordering_steps")
                yield from self.next_step(number, steps)
            for s in sentences:
                listed = self.stages(s)
                if listed:
                    stage_lists.append(listed)
                    stage_steps = [Step(w, s, a, b) for w, a, b in listed[:MAX_STEPS]]
                    yield from self.ordering(number, stage_steps, "ordering_stages")
        for number, sentences in by_paragraph.items():
            yield from self.stage_cards(number, sentences)
        for listed in stage_lists:
            yield from self.stage_swaps(listed)
        for s in self.builder.facts.sentences:
            # Quoted alone, so only a sentence that reads alone (review 16 quoted "The one that
            # engulfed central Thailand ... one of the ____ natural disasters").
            if self.builder.usable(s) and not any(True for _ in self.builder.detail_word(s)):
                yield from self.term_gap(s)

    def process_name(self, process: str) -> str:
        """The process as a front writes it after "of" / «de»: lower-cased unless its first word
        is a name ("Bread staling": "bread staling"; «El curado del jamón»: «del curado del jamón»)."""
        first = process.split()[0]
        if fold(first) in self.lang.determiners or self.lang.familiarity(first) >= 3.0:
            process = lower_initial(process)
        if self.code == "es":
            return "del " + process[3:] if process.startswith("el ") else "de " + process
        return process

    def stage_cards(self, number: int, sentences: list[Sentence]) -> Iterator[Candidate]:
        """Cards on the stages a paragraph announces and tells one by one:
        each named stage's name by its place (STAGE_NAME_SCORE), else what happens in it, from the
        text's clause."""
        if self.code not in _STAGES_ANNOUNCED:
            return
        for k, s in enumerate(sentences):
            announced = _STAGES_ANNOUNCED[self.code].match(s.text.strip())
            if announced is None:
                continue
            count = _COUNTS[self.code][announced.group("count").lower()]
            stage = _STAGE_NOUN[announced.group("noun")]
            process = self.process_name(announced.group("process"))
            if context.leans_on_context(announced.group("process"), self.lang):
                continue  # "This process happens in two stages": of what, the front would not say
            for t in sentences[k + 1:k + 1 + count]:
                text = t.text.strip()
                named = next((m for shape in _STAGE_NAMED[self.code] if (m := shape.match(text)) is not None), None)
                ordinal_word = named or _STAGE_CLAUSE[self.code].match(text)
                if ordinal_word is None or ordinal_word.group("ord") not in _STAGE_ORDINALS[self.code]:
                    continue
                fact = f"stage:{number}:{t.index}"
                if named is not None:
                    name = named.group("name")
                    at = t.start + named.start("name")
                    front = self.lang.prompt("stage_named", ordinal=ordinal_word.group("ord"), stage=stage, process=process)
                    back = name[0].upper() + name[1:]
                    span = (at, at + len(name))
                    score = STAGE_NAME_SCORE
                else:
                    clause = ordinal_word.group("clause")
                    if len(clause.split()) > MAX_STAGE_CLAUSE_WORDS or context.leans_on_context(clause, self.lang):
                        continue
                    at = t.start + ordinal_word.start("clause")
                    front = self.lang.prompt("stage_happens", ordinal=ordinal_word.group("ord"), stage=stage, process=process)
                    back = clause[0].upper() + clause[1:]
                    span = (at, at + len(clause) - 1)
                    score = STAGE_CARD_SCORE
                item = {"front": front, "back": back, "source": [number], "tags": ["stages"]}
                yield Candidate("card", item, number, span, score, f"card|{fact}|{front}", fact, [back.rstrip(".")])
            return

    def term_gap(self, s: Sentence) -> Iterator[Candidate]:
        """A gap on the rarest technical term a sentence names (a noun after an article, a
        possessive or "of"/"de", below TERM_ZIPF, or below DEFINED_TERM_ZIPF when the sentence
        explains it in an apposition), not named by what it is for, used in two paragraphs at most (not the text's
        subject), and not settled by the sentence or the headings (no word sharing its stem:
        "el ____ raspa la costra" under "Las salineras" is "salinero"). Like the detail words of
        ``Builder.detail_word``, held back from the start: offered only for a content paragraph
        no other ready draft covers (a narrative paragraph with no figure, name or defined term)."""
        b = self.builder
        taken = [(m.start - s.start, m.end - s.start) for m in s.mentions]
        stop = self.lang.words.stop_words
        tokens = list(re.finditer(r"[^\W\d_][^\W\d_'’\-]*", s.text))
        folded = [fold(t.group()) for t in tokens]
        best: tuple[float, int] | None = None  # rarity, token index
        for i, tok in enumerate(tokens):
            word = tok.group()
            if (
                i == 0 or not word[0].islower() or len(word) < 4 or folded[i] in stop or folded[i] in b.role_words
                or any(a < tok.end() and tok.start() < z for a, z in taken)
                or folded.count(folded[i]) > 1 or b.paragraphs_using(folded[i]) > 2
                or s.text[tokens[i - 1].end():tok.start()] != " "
                or (i + 1 < len(tokens) and s.text[tok.end():tokens[i + 1].start()] in ("-", "'", "’"))
                or not (folded[i - 1] in b.noun_openers or folded[i - 1] in _NOUN_PREPOSITIONS) or folded[i - 1] in QUANTITY_WORDS
                or self.lang.number_words.fullmatch(folded[i])
            ):
                continue
            rarity = self.lang.familiarity(word)
            after = s.text[tok.end():]
            if (best is not None and rarity >= best[0]) or _PURPOSE[self.code].match(after):
                continue
            if rarity >= (DEFINED_TERM_ZIPF if _APPOSITION[self.code].match(after) else TERM_ZIPF):
                continue
            stem = folded[i][:STEM]
            if len(stem) == STEM and (stem in self.heading_stems or any(f[:STEM] == stem for j, f in enumerate(folded) if j != i)):
                continue  # the sentence or a heading settles it
            if compound_of(word, [t.group() for j, t in enumerate(tokens) if j != i]) is not None:
                continue  # "the ____ drain away ... ice melts": meltwater
            best = (rarity, i)
        if best is None:
            return
        tok = tokens[best[1]]
        word = tok.group()
        m = Mention("term", word, s.start + tok.start(), s.start + tok.end(), s.paragraph, s.index, word)
        prompt = self.lang.prompt("complete", passage=b.blank(s, m))
        accept = [word, *b.term_forms(m)]
        item = b.question("fill_in", prompt, b.explain(s), [s.paragraph], 1, accept=accept, typos=term_forgives_typos(word, b.lang.code))
        fact = f"{s.index}:word:{fold(word)}"
        yield Candidate(
            "question", item, s.paragraph, b.span(m), b.score("fill_in", m, s) - 0.35, f"fill_in|{fact}|{prompt}", fact, [word],
            [f"{DETAIL_WORD_HOLD} ({word!r}), offered only for a paragraph no other ready draft covers", *([unfair] if (unfair := b.term_given_away(s, m)) else [])],
        )

    def ordering(self, number: int, steps: list[Step], prompt: str) -> Iterator[Candidate]:
        """The steps (at most MAX_STEPS, the first ones) to put in the text's order."""
        shown = steps[:MAX_STEPS]
        texts = [st.text for st in shown]
        if len({fold(t) for t in texts}) < len(texts):
            return
        b = self.builder
        order = "; ".join(texts)
        item = b.question(
            "ordering", self.lang.prompt(prompt), self.lang.prompt("explain_steps", paragraph=str(number), steps=order),
            [number], 2, items=texts,
        )
        fact = f"sequence:{number}:{prompt}"
        yield Candidate("question", item, number, None, ORDERING_SCORE, f"ordering|{fact}|{order}", fact, texts)

    def next_step(self, number: int, steps: list[Step]) -> Iterator[Candidate]:
        """"What comes right after X?": the key the next step, the wrong options the others
        after it or before X (the paragraph's own steps, so the same kind)."""
        if len(steps) < MIN_DISTRACTORS + 2:
            return
        b = self.builder
        # A middle step (one with a step before and after it), turned by the variant.
        middle = list(range(1, len(steps) - 1))
        i = middle[b.variant % len(middle)] if middle else 0
        anchor, key = steps[i], steps[i + 1]
        wrong = [st.text for j, st in enumerate(steps) if j not in (i, i + 1)][:3]
        if len(wrong) < MIN_DISTRACTORS:
            return
        choices = sorted([{"text": key.text, "correct": True}, *({"text": w, "correct": False} for w in wrong)], key=lambda c: fold(str(c["text"])))
        prompt = self.lang.prompt("next_step", step=anchor.text)
        item = b.question("single_choice", prompt, b.explain(key.sentence), [number], 2, choices=choices)
        fact = f"sequence:{number}:next:{i}"
        yield Candidate(
            "question", item, number, (key.start, key.end), NEXT_SCORE, f"single_choice|{fact}|{prompt}", fact, [key.text],
        )

    def stage_swaps(self, listed: list[tuple[str, int, int]]) -> Iterator[Candidate]:
        """True/false statements on who does what: a sentence elsewhere naming exactly one of
        the listed stages (or its plural), true as written, false with the stage next to it in
        the list swapped in (another stage of the same list: the same kind, never a negation)."""
        b = self.builder
        names = [w for w, _, _ in listed]
        forms = {fold(v): i for i, w in enumerate(names) for v in (w, *self.lang.term_variants(w))}
        list_sentences = {(s.paragraph, s.index) for s in b.facts.sentences if self.stages(s)}
        for s in b.facts.sentences:
            if (s.paragraph, s.index) in list_sentences or s.words > 32 or not s.text.endswith("."):
                continue
            hits = [(t, forms[fold(t.group())]) for t in re.finditer(r"[^\W\d_]+", s.text) if fold(t.group()) in forms]
            if len(hits) != 1 or hits[0][0].start() == 0:
                continue  # none, or two stages (a swap could make it true), or a capital to keep
            token, i = hits[0]
            word = token.group()
            plural = fold(word) != fold(names[i])
            j = i + 1 if i + 1 < len(names) else i - 1  # the neighbouring stage: the most plausible swap
            other = names[j]
            if plural:
                variants = [v for v in self.lang.term_variants(other) if fold(v) != fold(other)]
                if not variants:
                    continue
                other = variants[0]
            a, z = token.start(), token.end()
            fact = f"{s.index}:stage:{fold(names[i])}"
            span = (s.start + a, s.start + z)
            for truth, statement in ((True, s.text), (False, s.text[:a] + other + s.text[z:])):
                prompt = self.lang.prompt("true_false", statement=statement)
                item = b.question("true_false", prompt, b.explain(s), [s.paragraph], 1, answer=truth)
                score = STAGE_TF_SCORE - (0 if truth == (b.tf_count % 2 == 0) else 0.001)
                yield Candidate("question", item, s.paragraph, span, score, f"true_false|{fact}|{statement}", fact, [word])
            b.tf_count += 1
