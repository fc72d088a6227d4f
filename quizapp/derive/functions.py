"""What a thing does: the function a sentence gives one of the document's terms, as a card.

The fresh reviews (issue 10, brief cover8) left explanatory paragraphs without any acceptable
item: how a mechanism works, with no name, figure or date, often with no cause-effect
connective for a why-card (``quizapp.derive.causes``) either. What such a paragraph often does
state is what one of its terms does: "Lactase splits milk sugar into two simpler sugars ...",
«La quimosina corta la caseína de la leche en fragmentos ...». A teacher asks it as a
flashcard: front "According to the text, what does lactase do?" («Según el texto, ¿qué hace la
quimosina?»), back the text's predicate ("Splits milk sugar ...", «Corta la caseína ...»).

Written only where the card reads on its own and asks the document's own knowledge:

- the sentence opens on its subject and a verb of function in the present (blocks, binds,
  converts, splits, carries; bloquea, convierte, regula, permite), as the language lists them;
- the subject is a term: at most five words, no figure, no pronoun or demonstrative, and its
  rarest word below TERM_ZIPF in general text ("lactase", «quimosina»; never "the water", «el
  suero», which any sentence could say carries something);
- the predicate is 4-30 words with no colon, semicolon, bracket or quotation, and holds no
  demonstrative, possessive or subject pronoun pointing to another sentence; an object "it" or
  "them" after its own noun ("binds oxygen and delivers it") is the predicate's own.

Held back from the start (FUNCTION_HOLD, one of the set reasons of ``quizapp.derive``):
``check_drafts`` offers it only for a content paragraph no other ready draft covers, before a
gap on one of its lower-case words, after the checks every card passes.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from quizapp.derive.causes import POINT_TAG
from quizapp.derive.causes import RULES as CAUSE_RULES
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate, first_card_per_paragraph
from quizapp.derive.extract import Sentence, fold
from quizapp.derive.given_names import given_name, surname
from quizapp.language import lower_initial

FUNCTION_HOLD = "held back: a card on what one of the document's terms does"
SCORE = BASE_SCORE["card"] - 0.2  # a fallback, below every fact's card, above a why-card
TERM_ZIPF = 2.5  # the subject's rarest word, in general text: a term ("lactase" 2.15), not a
# common word nor a textbook's household one ("chlorophyll" 2.75, "hemoglobin" 2.92), whose
# function a reader may know without the text
MAX_SUBJECT_WORDS = 5
MIN_PREDICATE_WORDS, MAX_PREDICATE_WORDS = 4, 30
OBJECT_PRONOUNS = frozenset(("it", "them", "lo", "la", "los", "las"))
# A subject ending in one of these is not the whole subject: a relative clause ("A tube that
# carries ..."), a clitic or negation before the verb («La proteína se une ...», «no permite»),
# an adverb ("also", "often"), an infinitive's "to" after a verb ("Lindqvist chose to keep ..."),
# a conjunction.
SUBJECT_ENDS = frozenset((
    "that", "which", "who", "whose", "not", "also", "often", "usually", "only", "then", "still", "never", "always",
    "to", "and", "or", "but", "y", "o", "pero",
    "que", "quien", "cual", "se", "no", "lo", "la", "le", "les", "los", "las", "ya", "tambien", "nunca", "solo", "siempre",
))
WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(frozen=True)
class Rules:
    """One language's verbs of function and the card's wording."""

    singular: re.Pattern[str]  # a verb of function in the present, third person singular
    plural: re.Pattern[str]
    fronts: tuple[str, str]  # (singular, plural), with {subject}
    articles: frozenset[str]  # folded: a subject may open with one


_EN = (
    "block bind convert split carry regulate allow control produce release transport prevent protect store absorb deliver"
    " remove filter pump detect trigger attach link supply drive trap capture shield seal drain sense digest dissolve"
    " break_down take_up hold increase reduce lower raise keep let help cause push pull guide collect gather send"
)
_ES = (
    "bloquea convierte regula permite transporta produce libera impide protege almacena absorbe elimina filtra detecta"
    " controla fija une capta atrapa lleva conduce mueve impulsa retiene suministra aporta descompone sella drena corta"
    " disuelve digiere aumenta reduce mantiene sujeta causa deja envía recoge empuja guía"
)


def _english(plural: bool) -> re.Pattern[str]:
    forms = []
    for verb in _EN.split():
        word, _, particle = verb.partition("_")
        if not plural:
            word = re.sub(r"(?<=[^aeiou])y$", "ie", word) + ("es" if re.search(r"(?:s|sh|ch|x|z)$", word) else "s")
        forms.append(f"{word} {particle}" if particle else word)
    return re.compile(r"(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b")


def _spanish(plural: bool) -> re.Pattern[str]:
    forms = [(v[:-1] + ("an" if v.endswith("a") else "en")) if plural else v for v in _ES.split()]
    return re.compile(r"(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b")


RULES = {
    "en": Rules(
        singular=_english(False), plural=_english(True),
        fronts=("According to the text, what does {subject} do?", "According to the text, what do {subject} do?"),
        articles=frozenset(("the", "a", "an")),
    ),
    "es": Rules(
        singular=_spanish(False), plural=_spanish(True),
        fronts=("Según el texto, ¿qué hace {subject}?", "Según el texto, ¿qué hacen {subject}?"),
        articles=frozenset(("el", "la", "los", "las", "un", "una")),
    ),
}


# What a process does to a thing, with the effect it explains (brief explain): "Smoking calms the
# guard bees, meaning that they stop signalling an alarm, so the keeper can open the hive." ->
# "According to the text, what does smoking do to the guard bees?" / "Calms the guard bees,
# meaning that ...". The subject a gerund naming the process, the object a definite noun phrase,
# and a clause of its effect after the comma; the back the predicate as written.
PROCESS = re.compile(
    r"^(?P<subject>[A-Z][a-z]{3,}ing)\s+(?P<predicate>(?P<verb>[a-z]{3,}s)\s+(?P<object>the\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+)"
    r",\s+(?:meaning that|which means that|so that|so|and so|and thus|thus)\s+[^;:]+)\.$"
)
PROCESS_FRONT = "According to the text, what does {subject} do to {object}?"
NOT_PROCESSES = frozenset(("during", "nothing", "something", "anything", "everything", "being", "having", "including", "according", "following", "morning", "evening", "building", "ceiling", "spring", "string", "thing"))
NOT_VERBS = frozenset((
    "is", "was", "has", "does", "its", "this", "thus", "across", "always", "perhaps", "sometimes", "as", "less", "unless",
    # a link or a relation, no action on the thing ("Fishing remains the main trade, so ...")
    "remains", "seems", "becomes", "means", "looks", "stays", "appears", "proves", "involves", "requires", "includes", "needs",
    "takes", "follows", "precedes", "resembles", "equals", "represents", "concerns", "depends", "lasts", "costs", "begins",
    "starts", "ends", "employs", "gives", "brings", "marks", "opens", "closes",
))


# What a step of a process does, with no effect clause after it (brief mechanism): "Soaking
# the tubers for weeks in running water leaches out the bitter glycoalkaloids ...", «Remojar el
# grano en agua fría durante una noche ablanda la cáscara y elimina ...». The subject is the
# step: a gerund (an infinitive in Spanish) with its object, opened by an article, and what
# follows it; the verb one of what a step does to a thing (STEP_VERBS); the back the predicate
# as written, up to a semicolon (what follows it, "the result is ...", is a clause of its own).
_EN_STEPS = (
    "removes leaches washes rots breaks softens hardens dries kills weakens strengthens loosens tightens darkens lightens"
    " sweetens turns converts reduces raises lowers prevents stops keeps releases draws extracts seals protects dissolves"
    " concentrates preserves strips separates cleans clears melts cools warms heats thickens shrinks swells drives forces"
    " lifts spreads mixes binds fixes cures firms tenderises tenderizes bleaches stains flattens smooths compacts aerates"
    " oxidises oxidizes ferments splits frees exposes pulls pushes dislodges destroys eliminates"
)
_ES_STEPS = (
    "elimina extrae arrastra ablanda endurece seca quita lava oscurece aclara endulza enfría calienta espesa mata debilita"
    " refuerza afloja limpia suaviza acelera retrasa frena reduce aumenta evita impide conserva protege libera disuelve"
    " concentra rompe convierte separa fija sella compacta oxida fermenta cura blanquea tiñe deshace descompone destruye"
    " reblandece hincha encoge aporta favorece"
)
STEP_VERBS = {"en": _EN_STEPS.split(), "es": _ES_STEPS.split()}
STEP_PARTICLES = r"(?:\s+(?:out|away|off|up|down|apart|back))?"
STEP = {
    "en": re.compile(
        r"^(?P<subject>[A-Z][a-z]{3,}ing\s+(?:the|a|an|each|every|all)\s+[^,;:]+?)\s+(?P<predicate>(?P<verb>"
        + "|".join(STEP_VERBS["en"]) + r")\b" + STEP_PARTICLES + r"\s+[^;:]+?)\s*(?:;[^:]*)?\.$"
    ),
    "es": re.compile(
        r"^(?P<subject>[A-ZÁÉÍÓÚ][a-záéíóúñ]{2,}(?:ar|er|ir)(?:l[oa]s?|se)?\s+(?:el|la|los|las|un|una|unos|unas)\s+[^,;:]+?)\s+(?P<predicate>(?P<verb>"
        + "|".join(STEP_VERBS["es"]) + r")\b\s+[^;:]+?)\s*(?:;[^:]*)?\.$"
    ),
}
# ... or named by its noun with what it is done to: "The scouring of the raw fleece ... removes
# ...", «El lavado de la lana ... elimina ...», «La maceración de las pieles ... afloja ...».
STEP_NOUN = {
    "en": re.compile(
        r"^(?P<subject>The\s+[a-z]{3,}ing\s+of\s+(?:the\s+)?[^,;:]+?)\s+(?P<predicate>(?P<verb>"
        + "|".join(STEP_VERBS["en"]) + r")\b" + STEP_PARTICLES + r"\s+[^;:]+?)\s*(?:;[^:]*)?\.$"
    ),
    "es": re.compile(
        r"^(?P<subject>(?:El\s+[a-záéíóúñ]{2,}(?:ado|ido|eo|aje|miento)|La\s+[a-záéíóúñ]{3,}ción)\s+(?:de|del)\s+[^,;:]+?)\s+(?P<predicate>(?P<verb>"
        + "|".join(STEP_VERBS["es"]) + r")\b\s+[^;:]+?)\s*(?:;[^:]*)?\.$"
    ),
}
# Nouns of those endings that name no step: a place, a group, a role.
NOT_STEP_NOUNS = frozenset((
    "poblacion", "nacion", "estacion", "cancion", "habitacion", "asociacion", "fundacion", "direccion", "administracion", "generacion",
    "region", "organizacion", "federacion", "corporacion", "institucion", "comision", "seleccion", "tradicion", "mercado", "estado",
    "senado", "partido", "sentido", "condado", "obispado", "reinado", "ayuntamiento", "movimiento", "regimiento", "personaje",
    "paisaje", "lenguaje", "ambiente", "building", "meeting", "ceiling", "morning", "evening", "wedding", "opening", "beginning",
))
STEP_FRONT = {"en": "According to the text, what does {subject} do?", "es": "Según el texto, ¿qué efecto tiene {subject}?"}
MAX_STEP_WORDS = 14  # the step as the front names it
NOT_INFINITIVES = frozenset(("lugar", "hogar", "mujer", "poder", "deber", "placer", "altar", "collar", "pilar", "azar", "taller", "alquiler", "nectar", "militar", "particular", "popular", "similar", "singular"))


@dataclass(frozen=True)
class Instrument:
    """One language's "It compares A with B" after "a device called X": what an instrument does."""

    called: re.Pattern[str]  # the name in the sentence before, group name (and form: its article)
    devices: re.Pattern[str]  # before the naming word: what "It" («Este») may take up is an instrument
    sentence: re.Pattern[str]  # groups subject, verb, object
    pronouns: frozenset[str]  # folded subjects that take up the name
    front: str  # with {verb} (the front's form) and {subject}
    articles: dict[str, str]  # the pronoun's last letter -> the name's article (Spanish: «Esta» -> «la»)


INSTRUMENT_VERBS_EN = "compares|measures|records|registers|detects|shows|indicates|counts|weighs|tracks|senses|displays"
INSTRUMENT_VERBS_ES = "compara|mide|registra|detecta|muestra|indica|cuenta|pesa|señala|calcula"
INSTRUMENTS = {
    "en": Instrument(
        devices=re.compile(r"\b(?:device|tool|instrument|gauge|meter|apparatus|machine|sensor|dial|scale|probe|vessel|glass|tube)s?\s+(?:\w+\s+){0,2}$"),
        called=re.compile(r"\b(?:called|named)\s+(?P<name>(?:(?:a|an|the)\s+)?[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2})\.$"),
        sentence=re.compile(rf"^(?P<subject>It|This|(?:A|An|The|Each)\s+[a-z][a-z\-]*)\s+(?P<verb>{INSTRUMENT_VERBS_EN})\s+(?P<object>[^:;]+?)\s*(?::[^;]*)?\.$"),
        pronouns=frozenset(("it", "this")),
        front="According to the text, what does {subject} {verb}?",
        articles={},
    ),
    "es": Instrument(
        devices=re.compile(r"\b(?:aparato|instrumento|herramienta|dispositivo|medidor|sensor|máquina|utensilio|vaso|tubo|recipiente)s?\s+(?:\w+\s+){0,2}$"),
        called=re.compile(r"\b(?P<form>llamad[oa]s?|denominad[oa]s?)\s+(?P<name>[a-záéíóúñü][a-záéíóúñü\-]*(?:\s+[a-záéíóúñü][a-záéíóúñü\-]*){0,2})\.$"),
        sentence=re.compile(rf"^(?P<subject>Este|Esta|Éste|Ésta|(?:El|La)\s+[a-záéíóúñü]+)\s+(?P<verb>{INSTRUMENT_VERBS_ES})\s+(?P<object>[^:;]+?)\s*(?::[^;]*)?\.$"),
        pronouns=frozenset(("este", "esta")),
        front="Según el texto, ¿qué {verb} {subject}?",
        articles={"e": "el", "a": "la"},
    ),
}


# What happens to a thing in a stage or a place of a process (brief explain2): "During the
# ripening, the paste of the cheese loses water", «En el omaso, el contenido pierde ...». The
# sentence opens on its setting, a preposition of time or place and a noun phrase; the subject
# follows (after a comma in Spanish), then a verb in the present.
MAX_HAPPENING_SUBJECT = 4
MIN_NEW_WORDS = 2  # content words of the back the front does not hold
HAPPENING_NOT_VERBS = frozenset((
    "has", "have", "is", "are", "does", "do", "was", "were", "seems", "remains", "means", "stays",
    "es", "son", "esta", "estan", "tiene", "tienen", "hay", "parece", "parecen", "sigue", "siguen", "resulta", "resultan",
    "queda", "quedan", "supone", "significa", "depende", "dependen",
))
EN_ADVERBS = frozenset(("then", "slowly", "quickly", "gradually", "steadily", "first", "still", "also", "usually", "often", "always"))
# After a word that may be an adjective, these open its object or complement: it is the verb
# («la levadura transforma los azúcares»); «se» or a verb opens the predicate after it («la pasta
# blanda se seca»).
ES_OBJECT_OPENERS = frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "en", "a", "al", "con", "por", "para", "hacia", "sus", "su"))
ES_ADJECTIVE_ENDINGS = re.compile(r"(?:ada|ida|ado|ido|adas|idas|osa|oso|iva|ivo|ble|nte|al|ar|or|ora|ica|ico|ina|ino|ana|ano|era|ero|uda|ica)s?$")


def _en_verb(word: str, noun: str, after: str, stop: frozenset[str]) -> bool:
    """An English verb in the present after its subject: "passes", "boils", "draws"; a plural's
    ("the microbes turn the sugars") only before an article or a preposition."""
    if word in EN_ADVERBS:
        return False
    if not noun.endswith("s") or noun.endswith("ss"):  # one thing: its verb in -s
        return bool(re.fullmatch(r"[a-z]{2,}(?:[^su]s|[^s]es|ies)", word))
    return noun.endswith("s") and not noun.endswith("ss") and after in stop and bool(re.fullmatch(r"[a-z]{3,}", word)) and not word.endswith(("ly", "ed", "ing"))


def _es_verb(word: str, noun: str, after: str, stop: frozenset[str]) -> bool:
    """A Spanish verb in the present after its subject («pierde», «transforman», «se evapora»):
    a word ending in -a/-e/-an/-en; one that agrees with the noun as an adjective would («la
    pasta blanda») only before an article, a preposition or a clitic."""
    if word in ("se", "no"):
        return True
    if not re.fullmatch(r"[a-zñ]{3,}(?:a|e|an|en)", word) or word.endswith(("cion", "sion", "dad", "mente")):
        return False
    agrees = (noun.endswith(("a", "as")) and word.endswith(("a", "an"))) or bool(ES_ADJECTIVE_ENDINGS.search(word))
    return not agrees or after in ES_OBJECT_OPENERS


@dataclass(frozen=True)
class Happening:
    """One language's what-happens card on a process sentence."""

    opening: re.Pattern[str]  # the setting, group setting, up to the subject
    articles: frozenset[str]  # folded: the subject's definite articles
    subject_links: frozenset[str]  # stop words a subject may hold ("of the", «de la»)
    clitics: frozenset[str]  # stop words a predicate may open with («se», «no»)
    is_verb: Callable[[str, str, str, frozenset[str]], bool]
    front: Callable[[str, str, bool, bool], str]  # the subject, the setting, whether the verb says what the subject undergoes, and whether it asks the first step
    undergoes: re.Pattern[str]  # a verb of what happens to its subject ("loses", «pierde», «se evapora»)


def _es_front(subject: str, setting: str, undergoes: bool, first: bool = False) -> str:
    article, _, noun = subject.partition(" ")
    article = article.lower()
    plural = article in ("los", "las")
    when = " primero" if first else ""
    if not undergoes:  # «los microbios transforman los azúcares»: what they do
        return f"Según el texto, ¿qué {'hacen' if plural else 'hace'}{when} {article} {noun} {setting}?"
    to = {"el": "al", "la": "a la", "los": "a los", "las": "a las"}[article]
    return f"Según el texto, ¿qué {'les' if plural else 'le'} ocurre{when} {to} {noun} {setting}?"


def _en_front(subject: str, setting: str, undergoes: bool, first: bool = False) -> str:
    shown = lower_initial(subject)
    when = " first" if first else ""
    if undergoes:
        return f"According to the text, what happens{when} to {shown} {setting}?"
    plural = shown.endswith("s") and not shown.endswith("ss")
    return f"According to the text, what {'do' if plural else 'does'} {shown} do{when} {setting}?"


# A what-happens back that is the first of the steps its paragraph tells of the stage (cards4:
# "In the mill the ore passes first under heavy stamps. The sand then runs over tables ...":
# the back gives one of four steps): the front asks what happens first. The back says "first",
# «primero», or the next sentence goes on with "then", «luego», «después» ...
FIRST_STEP = re.compile(r"\b(?:first|firstly|initially|to begin with|primero|inicialmente|en primer lugar|al principio)\b", re.IGNORECASE)
FIRST_AT = {"en": ("what happens when", "what happens first when"), "es": ("¿qué ocurre cuando", "¿qué ocurre primero cuando")}
NEXT_STEP = re.compile(
    r"^(?:\W*\w+\W+){0,4}?(?:then|next|afterwards|after that|later|finally|subsequently|luego|despu[eé]s|a continuaci[oó]n|m[aá]s tarde|por [uú]ltimo|finalmente|seguidamente)\b",
    re.IGNORECASE)


HAPPENINGS = {
    "en": Happening(
        opening=re.compile(
            r"^(?P<setting>(?:During|Inside|Within|Throughout|In|At|Beneath|Under|Below|Above|Through|Along)\s+(?:the|each|every)\s+"
            r"[a-z][a-z\-]*(?:\s+(?:of\s+(?:the\s+)?)?[a-z][a-z\-]*){0,3}?)(?:,\s*|\s+)(?=the\s)"
        ),
        articles=frozenset(("the",)), subject_links=frozenset(("of",)), clitics=frozenset(),
        is_verb=_en_verb,
        front=_en_front,
        undergoes=re.compile(
            r"^(?:lose|gain|pass|move|flow|migrate|condense|evaporate|boil|melt|freeze|cool|warm|expand|shrink|swell|rise|rises|sink|fall"
            r"|dr(?:y|ies)|harden|soften|become|grow|thicken|settle|swell|shrink)"
        ),
    ),
    "es": Happening(
        opening=re.compile(
            r"^(?P<setting>(?:Durante|Dentro\s+de|En|Tras|Bajo|A\s+lo\s+largo\s+de)\s+(?:el|la|los|las|cada)\s+"
            r"[a-záéíóúñ][a-záéíóúñ\-]*(?:\s+(?:(?:de|del)\s+(?:la\s+|los\s+|las\s+)?)?[a-záéíóúñ][a-záéíóúñ\-]*){0,3}?)"
            r"(?:,\s+(?:el|la|los|las|un|una)\s+[^,;:()]{2,40}?)?,\s+(?=(?:el|la|los|las)\s)"
        ),
        articles=frozenset(("el", "la", "los", "las")), subject_links=frozenset(("de", "del")), clitics=frozenset(("se", "no")),
        is_verb=_es_verb,
        front=_es_front,
        undergoes=re.compile(
            r"^(?:se|pierde|pierden|gana|ganan|pasa|pasan|migra|migran|fluye|fluyen|hierve|hierven|crece|crecen|cae|caen|sube|suben|baja|bajan"
            r"|cambia|cambian|llega|llegan|entra|entran|sale|salen|circula|circulan|engorda|adelgaza|madura|maduran|fermenta|fermentan)$"
        ),
    ),
}


# A thing of a kind in a case (brief explain2): "A bus that is held makes ...", "A bus held up at
# a junction reaches ...", «Una vaca que rumia poco corre ...»: asked "what happens when a bus is
# held?". The subject an indefinite article and a noun, then a relative or a participle.
MAX_CASE_WORDS = 8
MIN_GENERIC_WORDS = 3  # «Apenas cuaja el fruto.»
# A verb in the past (the imperfect or the preterite, «se disparaba», «subió», "doubled", "rose"):
# "what happens to X in Y?" asks the present, and a back in the past tells what used to happen,
# not what does (an end review: «¿qué le ocurre al coste ...?» / «Se disparaba ...»).
PAST_VERB = {
    "en": re.compile(r"^(?:[a-z]{3,}ed|was|were|had|did|rose|fell|grew|went|came|became|began|made|took|kept|left|lost|ran|sank|shrank|froze|broke)$"),
    "es": re.compile(r"^[a-záéíóúñ]{2,}(?:aba|aban|ía|ían|ó|ió|aron|ieron)$"),
}
CLITICS_BEFORE_VERB = frozenset(("se", "le", "les", "lo", "la", "los", "las", "me", "te", "nos", "no"))
NEXT_CLAUSE = re.compile(
    r",\s+(?:(?:and|but|while|y|pero|mientras)\s+(?=(?:they|it|he|she|the|a|an|ellos|el|la|los|las|un|una)\b)|so\s|así que\s|that is,|es decir,|in other words,|i\.e\.)",
    re.IGNORECASE,
)
CAUSAL = re.compile(r",\s+so\s|\bbecause\b|\bwhich is why\b|\bporque\b|\bpor eso\b|\bya que\b|\bde modo que\b|\bpor lo que\b", re.IGNORECASE)
GENERIC_NOT_VERBS = frozenset((
    "can", "may", "might", "would", "will", "should", "could", "says", "said", "argues", "claims", "thinks", "believes",
    "estimates", "finds", "shows", "suggests", "concludes", "reports", "warns", "notes", "predicts", "recommends",
    "dice", "afirma", "opina", "cree", "estima", "concluye", "muestra", "sugiere", "señala", "advierte", "indica", "recomienda",
))  # a source's finding is a claim card's (quizapp.derive.claims), no case of what happens
EN_AUXILIARIES = frozenset(("is", "are", "has", "have", "can", "cannot", "will", "would", "may", "might", "must", "does", "should", "needs"))
EN_PREPOSITIONS = frozenset(("along", "across", "through", "into", "onto", "toward", "towards", "around", "over", "under", "past", "behind", "beyond", "against", "off", "out", "up", "down"))
ES_ADVERBS = frozenset(("apenas", "no", "ya", "casi", "nunca", "siempre", "solo", "también", "tambien", "se"))


def _en_main_verb(word: str, previous: str, following: str, stop: frozenset[str]) -> bool:
    """The main verb after a case: an auxiliary, or a verb in -s after a content word and before
    an article, a possessive or a preposition ("... held makes its", "... junction reaches the")."""
    if word in EN_AUXILIARIES:
        return True
    return bool(re.fullmatch(r"[a-z]{2,}(?:[^su']s)", word)) and previous not in stop and (following in stop or following in EN_PREPOSITIONS)


def _es_main_verb(word: str, previous: str, following: str, stop: frozenset[str]) -> bool:
    """The main verb after a case: an adverb or a clitic before a verb («apenas cuaja»), or a
    word in -a/-e/-an/-en after a word that is no article and before an article, a preposition
    or a word of degree («rumia poco corre más»)."""
    if word in ES_ADVERBS:
        return True
    if previous in ("el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "en", "a", "al", "con", "por", "para"):
        return False
    # (not before «se»: «demasiado húmeda se calienta», the verb is after the clitic, cards4)
    return bool(re.fullmatch(r"[a-zñ]{3,}(?:a|e|an|en)", word)) and (following in ES_OBJECT_OPENERS or following in ("mas", "menos", "muy", "mucho", "poco", "lo"))


@dataclass(frozen=True)
class Generic:
    subject: re.Pattern[str]  # groups article, noun, relative
    case_openers: frozenset[str]  # folded words a case may open with after the relative
    case_verb: re.Pattern[str]  # a participle opening a case with no relative ("held up at ...")
    main_verb: Callable[[str, str, str, frozenset[str]], bool]
    condition: Callable[[str, str, str | None, str], str | None]
    front: str


NAMING_PARTICIPLES = frozenset(("called", "named", "known", "termed", "dubbed", "labelled", "labeled", "nicknamed"))


def _en_condition(article: str, noun: str, relative: str | None, case: str) -> str | None:
    first = case.split()[0].lower()
    if first in NAMING_PARTICIPLES or re.match(r"is\s+(?:called|named|known|termed)\b", case):
        return None  # "A method called interferometry compares ...": a name, no case
    if relative is None:  # "A bus held up at a junction": "a bus is held up at a junction"
        return f"{article} {noun} is {case}" if re.fullmatch(r"[a-z]+(?:ed|en|wn|ght|eld)", first) else None
    if not (first in ("is", "has", "can", "cannot") or re.fullmatch(r"[a-z]{2,}[^su']s", first)):
        return None  # the case in the present, of one thing ("that is held", "who arrives")
    return f"{article} {noun} {case}"


def _es_condition(article: str, noun: str, relative: str | None, case: str) -> str | None:
    if relative is None:
        return None
    first = fold(case.split()[0])
    if re.match(r"se\s+(?:llama|denomina|conoce)\b", fold(case)):
        return None  # «una técnica que se llama ...»: a name, no case
    if first not in ("se", "no") and not re.fullmatch(r"[a-zñ]{3,}(?:a|e)", first):
        return None  # the case in the present, of one thing («que rumia», «que sufre»)
    return f"{article} {noun} {case}"


GENERICS = {
    "en": Generic(
        subject=re.compile(r"^(?P<article>A|An)\s+(?P<noun>[a-z][a-z\-]{2,})(?:\s+(?P<relative>that|which|who))?\s+"),
        case_openers=frozenset(("is", "has", "can", "cannot")),
        case_verb=re.compile(r"[a-z]{2,}(?:[^su']s)|[a-z]+(?:ed|en|wn|ght|eld)"),
        main_verb=_en_main_verb, condition=_en_condition,
        front="According to the text, what happens when {condition}?",
    ),
    "es": Generic(
        subject=re.compile(r"^(?P<article>Un|Una)\s+(?P<noun>[a-záéíóúñ][a-záéíóúñ\-]{2,})\s+(?P<relative>que)\s+"),
        case_openers=frozenset(("se", "no")),
        case_verb=re.compile(r"[a-záéíóúñ]{3,}(?:a|e)"),
        main_verb=_es_main_verb, condition=_es_condition,
        front="Según el texto, ¿qué ocurre cuando {condition}?",
    ),
}


class FunctionDrafter:
    """Cards on what a term does, for explanatory paragraphs the other drafters leave empty."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        self.rules = RULES.get(self.lang.code)
        cause_rules = CAUSE_RULES.get(self.lang.code)
        self.leaning = (cause_rules.leaning | cause_rules.demonstratives) - OBJECT_PRONOUNS if cause_rules else frozenset()
        self.stop = self.lang.words.stop_words
        sentences = self.builder.facts.sentences
        self.before = {(b.paragraph, b.index + 1): b for b in sentences}
        # Words the document writes capitalised inside a sentence: names, whatever else they are.
        self.inner_capitals = {w for b in sentences for w in WORD.findall(b.text)[1:] if w[0].isupper()}

    def candidates(self) -> Iterator[Candidate]:
        if self.rules is None:
            return
        yield from first_card_per_paragraph(self.builder.facts.sentences, self.card)

    def card(self, s: Sentence) -> Candidate | None:
        return self.process(s) or self.step(s) or self.instrument(s) or self.function(s) or self.happening(s) or self.generic(s)

    def generic(self, s: Sentence) -> Candidate | None:
        """What happens to a thing of a kind in a case a relative clause or a participle states
        (GENERIC): "A bus that is held makes its own passengers wait, ..." -> "According to the
        text, what happens when a bus is held?" / "Makes its own passengers wait."; «Una vaca
        que rumia poco corre más riesgo de que su rumen se vuelva ácido.» -> «Según el texto,
        ¿qué ocurre cuando una vaca rumia poco?» / «Corre más riesgo de que ...». The subject
        is an indefinite noun (a thing of a kind, not one of the story's), the case in the
        present, and the main verb comes after one word of the case at least; the back is the
        main clause up to a clause of its own (", and they ...")."""
        rules = GENERICS.get(self.lang.code)
        text = s.text.strip()
        if rules is None or re.search(r"[()\[\]\"“”«»:;]", text) or not text.endswith(".") or CAUSAL.search(text):
            return None  # (a sentence with its "so", «porque» is a why-card's: it asks the point)
        m = rules.subject.match(text)
        if m is None:
            return None
        words = text[m.end():].rstrip(".").split()
        if len(words) < 3 or any(w.endswith(",") for w in words[:2]):
            return None
        case = [words[0]]
        for i in range(1, min(len(words) - 1, MAX_CASE_WORDS + 1)):
            word, previous, following = fold(words[i]), fold(words[i - 1]), fold(words[i + 1])
            if words[i - 1].endswith(",") or not WORD.fullmatch(words[i]):
                return None  # "A bus, late as it is, ...": an aside, not the case
            if i >= 2 and rules.main_verb(word, previous, following, self.stop):
                break
            case.append(words[i])
        else:
            return None
        if fold(case[0]) not in rules.case_openers and not rules.case_verb.fullmatch(fold(case[0])):
            return None
        if any(w[:1].isupper() for w in case):
            return None  # "A study commissioned by the Friends ...": one thing of the story, no kind
        predicate = NEXT_CLAUSE.split(" ".join(words[len(case):]))[0].rstrip(",")
        noun = m.group("noun")
        condition = rules.condition(m.group("article").lower(), noun, m.group("relative"), " ".join(case))
        if condition is None or fold(predicate.split()[0]) in GENERIC_NOT_VERBS:
            return None
        if not MIN_GENERIC_WORDS <= len(predicate.split()) <= MAX_PREDICATE_WORDS:
            return None
        if not (self.predicate_reads(predicate) or self.own_possessive(predicate) or (len(predicate.split()) < MIN_PREDICATE_WORDS and self.predicate_reads(f"{predicate} x x"))):
            return None
        if any((fold(w) in self.leaning and fold(w) != "too") or fold(w) in self.lang.pronouns for w in WORD.findall(condition)):
            return None  # ("too quickly" grades; "also", "its" lean on another sentence)
        front = rules.front.format(condition=condition)
        if self.first_of_steps(s, predicate):  # "... heats up in the barn. It then grows a white mould ...": the first of what happens
            front = front.replace(FIRST_AT[self.lang.code][0], FIRST_AT[self.lang.code][1], 1)
        new = {fold(w) for w in WORD.findall(predicate) if fold(w) not in self.stop} - {fold(w) for w in WORD.findall(front)}
        if len(new) < MIN_NEW_WORDS:
            return None
        card = self.candidate(s, front, predicate[0].upper() + predicate[1:] + ".", predicate, condition)
        card.item["tags"] = ["function", POINT_TAG]
        return card

    def happening(self, s: Sentence) -> Candidate | None:
        """What happens to a thing in a stage or a place of a process (HAPPENING): "Inside the
        house the hot vapour passes through the indoor coil, where it gives up its heat ..." ->
        "According to the text, what happens to the hot vapour inside the house?" / "Passes
        through the indoor coil, where ..."; «En el omaso, la tercera cámara, el contenido
        pierde buena parte de su agua.» -> «Según el texto, ¿qué le ocurre al contenido en el
        omaso?» / «Pierde buena parte de su agua.». The setting names its stage or place (no
        demonstrative: "During this time" leans on the sentence before), the subject is a
        definite noun phrase of the text's own words, the verb one in the present that does
        something (no copula, no "has"), and the back says more than the front: two content
        words of it at least are not on the front."""
        rules = HAPPENINGS.get(self.lang.code)
        if rules is None or re.search(r"[()\[\]\"“”«»]", s.text):
            return None
        m = rules.opening.match(s.text.strip())
        if m is None:
            return None
        setting, rest = " ".join(m.group("setting").split()), s.text.strip()[m.end():]
        if any(fold(w) in self.leaning or fold(w) in self.lang.pronouns for w in WORD.findall(setting)[1:]):
            return None
        split = self.subject_and_verb(rest, rules)
        if split is None:
            return None
        subject, predicate = split
        predicate = NEXT_CLAUSE.split(predicate)[0] if re.search(r",\s+(?:that is|es decir|in other words|i\.e\.),", predicate) else predicate
        verb = next((w.lower() for w in predicate.split()[:3] if fold(w) not in CLITICS_BEFORE_VERB), "")
        if PAST_VERB.get(self.lang.code, re.compile(r"(?!)")).match(verb):
            return None  # «se disparaba»: what used to happen, under a front in the present
        if not self.predicate_reads(predicate) and not self.own_possessive(predicate):
            return None
        first = self.first_of_steps(s, predicate)
        front = rules.front(subject, lower_initial(setting), bool(rules.undergoes.match(fold(predicate.split()[0]))), first)
        new = {fold(w) for w in WORD.findall(predicate) if fold(w) not in self.stop} - {fold(w) for w in WORD.findall(front)}
        if len(new) < MIN_NEW_WORDS:
            return None
        card = self.candidate(s, front, predicate[0].upper() + predicate[1:] + ".", predicate, f"{subject}|{setting}")
        card.item["tags"] = ["function", POINT_TAG]
        return card

    def first_of_steps(self, s: Sentence, predicate: str) -> bool:
        """Whether the sentence tells only the first of the steps of its stage: its predicate says
        "first" («primero»), or the paragraph's next sentence goes on with "then" («luego»,
        «después»): a front asking what happens in the whole stage would be half answered (cards4)."""
        if FIRST_STEP.search(predicate):
            return True
        following = next((b for b in self.builder.facts.sentences if b.paragraph == s.paragraph and b.index == s.index + 1), None)
        return following is not None and NEXT_STEP.search(following.text) is not None

    def own_possessive(self, predicate: str) -> bool:
        """Whether the predicate reads on its own once a possessive ("its heat", «su agua»),
        which stands for the front's subject, is set aside."""
        stripped = re.sub(r"\b(?:its|their|su|sus)\b", " ", predicate, flags=re.IGNORECASE)
        return self.predicate_reads(" ".join(stripped.split()))

    def subject_and_verb(self, rest: str, rules: Happening) -> tuple[str, str] | None:
        """The subject (article and up to four words) and the predicate from its verb on, or
        None where no word after a definite noun phrase reads as the verb."""
        words = rest.rstrip(".").split()
        if len(words) < 2 or fold(words[0]) not in rules.articles:
            return None
        for i in range(2, min(len(words), MAX_HAPPENING_SUBJECT + 2)):
            noun = words[1:i]
            if any(fold(w) in self.stop - rules.subject_links or fold(w) in self.leaning or not WORD.fullmatch(w) or w[:1].isupper() for w in noun):
                return None
            if fold(noun[-1]) in rules.subject_links:
                continue
            verb, after = words[i], words[i + 1] if i + 1 < len(words) else ""
            if rules.is_verb(fold(verb), fold(noun[-1]), fold(after), self.stop):
                subject, predicate = " ".join(words[:i]), " ".join(words[i:])
                if fold(verb) in NOT_VERBS or fold(verb) in HAPPENING_NOT_VERBS or fold(verb) in self.stop - rules.clitics:
                    return None
                return subject, predicate
        return None

    def step(self, s: Sentence) -> Candidate | None:
        """What a step of a process does (STEP): "Retting the flax stems in a shallow pond for
        two weeks rots away the gum that binds the fibres; ..." -> "According to the text, what
        does retting the flax stems in a shallow pond for two weeks do?" / "Rots away the gum
        that binds the fibres." («Desalar el bacalao ... arrastra la sal ...» -> «Según el
        texto, ¿qué efecto tiene desalar el bacalao ...?»). The step names its thing (no
        pronoun, demonstrative or possessive); the gerund is a word of the language and no
        noun in -ing ("Spring", "Morning")."""
        found = STEP.get(self.lang.code)
        if found is None or re.search(r"[()\[\]\"“”«»]", s.text) or not self.builder.usable(s):
            return None
        m = found.match(s.text.strip())
        named = m is None and (m := STEP_NOUN[self.lang.code].match(s.text.strip())) is not None
        if m is None:
            return None
        subject, predicate = m.group("subject"), m.group("predicate")
        written = subject.split()[1 if named else 0]
        head = fold(written)
        if head in NOT_PROCESSES or head in NOT_INFINITIVES or head in NOT_STEP_NOUNS or (head in self.stop and not named):
            return None
        # a rare gerund ("Retting", «Desalar») is no word of the list: then no name either
        # ("Pickering the ...": a surname), nor a word the document capitalises inside a sentence
        if not self.lang.is_real_word(head) and (given_name(written) or surname(written) or written in self.inner_capitals):
            return None
        words = [fold(w) for w in WORD.findall(subject)]
        if len(subject.split()) > MAX_STEP_WORDS or any(w in self.leaning or w in self.lang.pronouns for w in words[1:]):
            return None
        if any(w[:1].isupper() for w in WORD.findall(subject)[1:]):
            return None  # a name in the step: asked by the name items
        if not self.predicate_reads(predicate):
            return None
        front = STEP_FRONT[self.lang.code].format(subject=lower_initial(subject))
        card = self.candidate(s, front, predicate[0].upper() + predicate[1:] + ".", predicate, subject)
        card.item["tags"] = ["function", POINT_TAG]
        return card

    def process(self, s: Sentence) -> Candidate | None:
        """What a process does to a thing, and the effect that explains (PROCESS)."""
        if self.lang.code != "en" or re.search(r"[()\[\]\"“”«»]", s.text):
            return None
        m = PROCESS.match(s.text.strip())
        if m is None:
            return None
        subject, verb, thing, predicate = m.group("subject"), m.group("verb"), m.group("object"), m.group("predicate")
        folded = fold(subject)
        if folded in NOT_PROCESSES or folded in self.stop or not self.lang.is_real_word(folded) or verb in NOT_VERBS or verb in self.stop:
            return None
        if any(fold(w) in self.leaning or fold(w) in self.stop - {"the"} for w in WORD.findall(thing)):
            return None  # "the other pots", "the same clay": a thing another sentence names
        if not MIN_PREDICATE_WORDS <= len(predicate.split()) <= MAX_PREDICATE_WORDS:
            return None
        front = PROCESS_FRONT.format(subject=folded, object=thing)
        return self.candidate(s, front, predicate[0].upper() + predicate[1:] + ".", predicate, f"{folded}|{thing}")

    def instrument(self, s: Sentence) -> Candidate | None:
        """ "Keepers weigh each colony with a device called a hive scale. It compares the weight
        of the full hive with the weight of the empty box: ..." -> "According to the text, what
        does a hive scale compare?" / "The weight of the full hive with the weight of the empty
        box." («... un aparato llamado báscula apícola. Esta compara ...» -> «Según el texto,
        ¿qué compara la báscula apícola?»). The subject ("It", «Esta», "A scale" for "hive
        scales") takes up the name the sentence before closes on; the back is what it acts on."""
        found = INSTRUMENTS.get(self.lang.code)
        before = self.before.get((s.paragraph, s.index))
        if found is None or before is None or re.search(r"[()\[\]\"“”«»;]", s.text):
            return None
        m = found.sentence.match(s.text.strip())
        named = found.called.search(before.text.strip())
        if m is None or named is None:
            return None
        subject = m.group("subject")
        if fold(subject.split()[-1]) in found.pronouns and not found.devices.search(before.text.strip()[:named.start()]):
            return None  # "a process called fermentation. It shows ...": "It" may be more than the name
        name = self.instrument_name(found, subject, named)
        thing = m.group("object").strip()
        if name is None or not 3 <= len(thing.split()) <= MAX_PREDICATE_WORDS or any(fold(w) in self.leaning for w in WORD.findall(thing)):
            return None
        verb = m.group("verb")
        if self.lang.code == "en":
            verb = verb[:-2] if re.search(r"(?:ch|sh|ss|x)es$", verb) else verb[:-1]
        front = found.front.format(verb=verb, subject=name)
        return self.candidate(s, front, thing[0].upper() + thing[1:] + ".", thing, name)

    def instrument_name(self, found: Instrument, subject: str, named: re.Match[str]) -> str | None:
        """The instrument the subject takes up, as the front names it, or None."""
        name = named.group("name")
        words = name.split()
        head = fold(subject.split()[-1])
        if self.lang.code == "es":
            form = named.group("form")
            if form.endswith("s") or (head not in found.pronouns and not fold(words[-1]).startswith(head)):
                return None  # «llamados ...»: several; «El aparato compara»: another noun
            # the name's gender is the pronoun's («un aparato llamado báscula. Esta ...»: la báscula)
            article = found.articles[fold(subject.split()[0])[-1]] if head in found.pronouns else fold(subject.split()[0])
            return f"{article} {name}"
        article = words[0] if fold(words[0]) in ("a", "an", "the") else ""
        bare = words[1:] if article else words
        if head in found.pronouns:
            if bare[-1].endswith("s") and not bare[-1].endswith("ss"):
                return None  # "It" after "gauges called ..." names one of several
            if not article:
                article = "an" if bare[0][0] in "aeiou" else "a"
            return " ".join([article, *bare])
        if not fold(bare[-1]).startswith(head) or len(bare) < 2:
            return None  # "The kiln compares ..." after "cones called ...": another thing
        first = subject.split()[0].lower()
        return " ".join([first, *bare[:-1], subject.split()[-1]])

    def candidate(self, s: Sentence, front: str, back: str, key: str, name: str) -> Candidate:
        item = {"front": front, "back": back, "source": [s.paragraph], "tags": ["function"]}
        at = s.start + s.text.find(key)
        fact = f"function:{s.paragraph}:{s.index}"
        return Candidate(
            "card", item, s.paragraph, (at, at + len(key)), SCORE, f"card|function|{fact}|{fold(name)}", fact, [key],
            [f"{FUNCTION_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def function(self, s: Sentence) -> Candidate | None:
        rules = self.rules
        assert rules is not None
        text = s.text.strip()
        if not text.endswith(".") or re.search(r"[:;()\[\]\"“”«»]", text):
            return None
        for plural, verbs in ((False, rules.singular), (True, rules.plural)):
            m = re.match(rf"^(?P<subject>[^,\d]+?)\s+(?P<predicate>{verbs.pattern}\s+[^,].*)\.$", text)
            if m is None or not self.term(m.group("subject")):
                continue
            subject, predicate = m.group("subject"), m.group("predicate")
            if not self.predicate_reads(predicate):
                return None
            first = WORD.findall(subject)[0]
            shown = lower_initial(subject) if fold(first) in rules.articles or self.common(first) else subject
            back = predicate[0].upper() + predicate[1:] + "."  # the text's own words: grounding reads them
            item = {"front": rules.fronts[plural].format(subject=shown), "back": back, "source": [s.paragraph], "tags": ["function"]}
            at = s.start + s.text.find(predicate)
            fact = f"function:{s.paragraph}:{s.index}"
            return Candidate(
                "card", item, s.paragraph, (at, at + len(predicate)), SCORE, f"card|function|{fact}|{fold(subject)}", fact, [predicate],
                [f"{FUNCTION_HOLD}, offered only for a paragraph no other ready draft covers"],
            )
        return None

    def common(self, word: str) -> bool:
        """A capitalised word opening the sentence that is no name ("Lactase", "Thermosyphons")."""
        return not any(m.text.startswith(word) and m.kind in ("person", "organisation", "place") for s in self.builder.facts.sentences for m in s.mentions)

    def term(self, subject: str) -> bool:
        """Whether the subject names one of the document's terms (see the module's docstring)."""
        words = WORD.findall(subject)
        folded = [fold(w) for w in words]
        if not words or len(subject.split()) > MAX_SUBJECT_WORDS or any(w in self.leaning or w in self.lang.pronouns for w in folded):
            return False
        rules = self.rules
        assert rules is not None
        if folded[0] in self.stop and folded[0] not in rules.articles:
            return False  # "In most adults the gene ...": an opening phrase, not the subject
        if folded[-1] in SUBJECT_ENDS or folded[-1].endswith("ly") or any(w in ("that", "which", "who", "que", "quien", "cual") for w in folded):
            return False
        content = [w for w, f in zip(words, folded, strict=True) if f not in self.stop]
        if not content or any(w[:1].isupper() for w in words[1:]):
            return False  # a name ("Embrapa researchers") is asked by the name items
        return min(self.lang.familiarity(w.lower()) for w in content) < TERM_ZIPF

    def predicate_reads(self, predicate: str) -> bool:
        rules = self.rules
        assert rules is not None
        words = predicate.split()
        if not MIN_PREDICATE_WORDS <= len(words) <= MAX_PREDICATE_WORDS:
            return False
        folded = [fold(w) for w in WORD.findall(predicate)]
        if any(w in self.leaning for w in folded):
            return False
        # An object pronoun only after a noun of the predicate's own ("binds oxygen and delivers it").
        first_pronoun = next((i for i, w in enumerate(folded) if w in OBJECT_PRONOUNS and w not in rules.articles), None)
        return first_pronoun is None or first_pronoun >= 2
