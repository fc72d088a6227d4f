"""What the words around a fact give away, and whether what a learner reads stands on its own.

The ninth independent review found items a reader answers from the prompt itself (an acronym
gapped beside its own expansion, "Disturbance storm time (____)"; a label the sentence calls
"la conocida ____" after defining it; a region after its city, "Boston and Portland, ____"),
gaps wider than the fact ("Diputados de Vox" for the party, a chair "de la Universidad de
Murcia" for the subject), accept lists missing the natural short form ("Premio Goldman", "BOE"),
statements that lean on the sentence before them ("Primero, ... tramitarla", "Lo peor llegó")
or give their own place in an ordering away ("El primer aviso"), and items whose options or
matching sides show another ready item's key. These are plain functions over text, called by
small hooks in the drafter (``extract.read_facts``, ``drafting.Builder``) and in
``quizapp.derive.check_drafts``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from itertools import permutations
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.language import fold_word, lower_initial
from quizapp.languages import Language, international_fame

if TYPE_CHECKING:  # the drafts are defined by the package that imports this module
    from quizapp.derive import Draft
    from quizapp.derive.extract import Mention, Sentence

def folded_words(text: str) -> frozenset[str]:
    """A word list written as one string, folded as the drafter compares words ("después": despues)."""
    return frozenset(fold_word(w) for w in text.split())


WORD = re.compile(r"[^\W\d_][^\W_]*(?:[’'\-][^\W\d_]+)*")
ACRONYM_TOKEN = re.compile(r"\b[A-ZÁÉÍÓÚÑ]{2,8}\b")
# An acronym a reader may have to type: letters only, two to eight, with at least two capitals
# ("DANA", "BOE") or a capital opening a short run that is not a word ("Dst", "pH" is too short).
MIXED_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,5}")
NEAR_WORDS = 4  # an expansion this close to its acronym (in words) reads as "beside" it

# A label the sentence itself calls well known, after describing the thing ("una depresión
# aislada en niveles altos, la conocida DANA"; "a wind from the south, the so-called sirocco"):
# the words before the gap define it and tell the reader it is common knowledge.
KNOWN_LABEL = {
    "es": r"(?:(?:el|la|los|las|lo)\s+)?(?:(?:tan\s+|muy\s+)?(?:conocid[oa]s?|famos[oa]s?|célebres?|populares?|archiconocid[oa]s?|popularmente\s+llamad[oa]s?)(?:\s+como)?)",
    "en": r"(?:(?:the|a|an)\s+)?(?:so-called|so\s+called|well-known|well\s+known|famous|popularly\s+(?:known\s+as|called)|better\s+known\s+as|commonly\s+called|known\s+to\s+all\s+as)",
}
# Names whose first word says what kind of thing they are: "Premio Medioambiental Goldman" is
# a prize, not a person with two surnames, and is named naturally by its kind and its own word
# ("Premio Goldman", "Goldman").
KIND_HEADS = {
    "es": folded_words("""premio premios medalla beca ley plan proyecto operación tratado guerra batalla copa
        festival teatro estadio parque puente torre catedral palacio playa laguna reserva programa campaña misión
        acuerdo pacto protocolo convenio declaración informe fondo orden"""),
    "en": folded_words("""prize award medal fellowship act plan project operation treaty war battle cup
        festival theatre theater stadium park bridge tower cathedral palace beach lagoon reserve programme program
        campaign mission agreement pact protocol convention declaration report fund order"""),
}
# Official short forms general text uses for a name, which a learner naturally types: the
# language's own list (a short form the document writes is found in the document).
OFFICIAL_SHORT_FORMS = {
    "es": {
        "boletin oficial del estado": "BOE", "organizacion de las naciones unidas": "ONU", "naciones unidas": "ONU",
        "organizacion mundial de la salud": "OMS", "union europea": "UE", "fondo monetario internacional": "FMI",
        "organizacion del tratado del atlantico norte": "OTAN", "centro superior de investigaciones cientificas": "CSIC",
        "consejo superior de investigaciones cientificas": "CSIC", "instituto nacional de estadistica": "INE",
        "agencia estatal de meteorologia": "AEMET", "producto interior bruto": "PIB",
    },
    "en": {
        "united nations": "UN", "world health organization": "WHO", "european union": "EU",
        "international monetary fund": "IMF", "north atlantic treaty organization": "NATO",
        "national aeronautics and space administration": "NASA", "european space agency": "ESA",
        "gross domestic product": "GDP",
    },
}
# Words opening a statement that point at what came before it in the text (a step of a
# sequence, a comparison with something unsaid): a statement shown alone must not open so.
SEQUENCE_OPENERS = {
    "es": folded_words("""primero primeramente luego después entonces finalmente posteriormente
        además también asimismo así mientras tras igualmente consecuentemente"""),
    "en": folded_words("""first firstly then next later finally afterwards afterward subsequently
        meanwhile also however moreover furthermore still thus therefore instead besides eventually
        consequently nevertheless nonetheless hence accordingly similarly likewise conversely additionally"""),
}
SEQUENCE_PHRASES = {
    "es": ("más tarde", "al final", "por último", "a continuación", "sin embargo", "por eso", "por ello", "aun así",
           "mientras tanto", "tras ello", "de hecho", "en cambio", "por su parte", "después de eso", "al día siguiente",
           # connectives of cause, contrast and manner (brief full-fronts): «Por esta razón, la ____ ...»
           "por lo tanto", "por tanto", "por consiguiente", "en consecuencia", "como consecuencia", "como resultado",
           "por esta razón", "por esa razón", "por estas razones", "por este motivo", "por ese motivo", "no obstante",
           "por el contrario", "al contrario", "de este modo", "de esta manera", "de esta forma", "de ese modo",
           "de esa manera", "así pues", "a su vez", "del mismo modo", "de igual modo", "de igual manera",
           "pese a ello", "pese a eso", "a pesar de ello", "a pesar de eso", "por otro lado", "por otra parte",
           "en contraste", "es por eso que", "es por ello que"),
    "en": ("after that", "in the end", "at last", "by then", "on the next day", "the next day", "even so", "as a result",
           # connectives of cause, contrast and manner (brief full-fronts): "For that reason, the ____ ..."
           "for that reason", "for this reason", "for these reasons", "for those reasons", "as a consequence",
           "in consequence", "on the other hand", "by contrast", "in contrast", "on the contrary", "in turn",
           "that is why", "this is why", "in the same way", "in addition", "in that case", "even then", "for all that"),
}
# Connectives that are markers only before a comma: "Despite this, the ...", but "Despite this
# change, the ..." (a noun after the demonstrative), «Con todo, la ...» but «Con todo el grano».
COMMA_PHRASES = {
    "es": ("con todo", "aun con todo", "así"),
    "en": ("because of this", "because of that", "despite this", "despite that", "in spite of this", "in spite of that",
           "all the same", "as such", "if so", "if not"),
}
# Words after which a connective's words are a phrase of the clause, not a connective: "As a
# result of the flood, ...", "In contrast to the old kilns", «Por eso que» (not a marker).
PHRASE_GOES_ON = r"(?!\s+(?:of|to|with|as|de|del|que|con)\b)"
# A neuter or definite head that ranks against something unsaid: "Lo peor llegó...", "El
# primer aviso serio...", "The worst came...", "The first sign...".
RANKING_HEAD = {
    "es": re.compile(r"^(?:lo\s+(?:peor|mejor|más|mas|menos|primero|último|ultimo|único|unico)\b"
                     r"|(?:el|la|los|las)\s+(?:primer|primera|primero|primeros|primeras|segundo|segunda|último|ultimo|última|ultima|últimos|ultimos|siguiente|peor|mejor)\b)", re.IGNORECASE),
    "en": re.compile(r"^(?:the\s+(?:worst|best|first|second|third|last|next|latter|former|same)\b)", re.IGNORECASE),
}
# Words that say where a statement sits in a sequence: in the items of an ordering (or the
# sides of a matching of dated events) they give the answer away.
ORDER_WORDS = {
    "es": folded_words("""primer primera primero primeros primeras segundo segunda tercer tercero tercera
        último última últimos últimas ultimo ultima luego después despues finalmente entonces inicial iniciales final
        posterior posteriormente anterior previo previa siguiente peor definitivo definitiva"""),
    "en": folded_words("""first second third last latest final finally then next later afterwards
        initial earliest eventually subsequent subsequently previous worst"""),
}
# A demonstrative or "dicho" before a noun, after an attribution ("Según X, aquel informe",
# "According to X, this report") or anywhere for the ones that always point back ("aquel",
# "dicho", "said").
POINTING_BACK = {
    "es": re.compile(r"(?:^(?:según|para|de acuerdo con)\s[^,]{1,60},\s+(?:este|esta|estos|estas|ese|esa|esos|esas)|\b(?:aquel|aquella|aquellos|aquellas|dicho|dicha|dichos|dichas))(\s+)([^\W\d_]+)", re.IGNORECASE),
    "en": re.compile(r"(?:^(?:according to|for|in the words of)\s[^,]{1,60},\s+(?:this|that|these|those)|\b(?:the said|the aforementioned))(\s+)([^\W\d_]+)", re.IGNORECASE),
}
TIME_NOUNS = frozenset((
    "ano", "anos", "mes", "meses", "dia", "dias", "semana", "semanas", "siglo", "verano", "invierno", "otono", "primavera", "momento", "epoca",
    "noche", "tarde", "manana", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "vez",
    "year", "years", "month", "months", "day", "days", "week", "weeks", "century", "summer", "winter", "autumn", "spring", "time",
    "night", "evening", "morning", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
))
# Words that make an event a second time ("ran again", "volvió a abrir"). (A verb of its own,
# "reopened", is left: the item says what happened, not that it comes after another item.)
AGAIN = {
    "en": re.compile(r"\b(?:again|once more|anew)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:de nuevo|otra vez|nuevamente|volvi[óo] a|volvieron a|vuelve a|vuelven a)\b", re.IGNORECASE),
}
# A pronoun attached to a verb, or standing for something said before ("tramitarla", "do it").
LEANING_PRONOUNS = {
    "es": re.compile(r"\b[a-záéíóúñ]{3,}(?:ar|er|ir|ár|ér|ír|ando|iendo|ándo|iéndo)(?:se|me|te|nos)?(?:lo|la|los|las|le|les)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:it|they|them|this|these|those|he|she|him|her|its|their)\b", re.IGNORECASE),
}


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """``fold_word``, remembered: the same words are compared across every pair of drafts."""
    return fold_word(text)


def _code(lang: Language) -> str:
    return lang.code if lang.code in KNOWN_LABEL else "en"


@lru_cache(maxsize=8)
def _patterns(code: str, determiners: frozenset[str]) -> dict[str, re.Pattern[str]]:
    """The regular expressions that depend on a language, compiled once: built per call they
    crowd the ``re`` module's cache, and every pattern of the drafter is compiled again."""
    dets = "|".join(sorted((re.escape(d) for d in determiners), key=len, reverse=True))
    phrases = "|".join(re.escape(p) for p in sorted(SEQUENCE_PHRASES[code], key=len, reverse=True))
    comma_phrases = "|".join(re.escape(p) for p in sorted(COMMA_PHRASES[code], key=len, reverse=True))
    return {
        "known_label": re.compile(rf",\s*{KNOWN_LABEL[code]}\s*$", re.IGNORECASE),
        "group": re.compile(rf"(?:(?i:{dets})\s+)?([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+s)\s+(?:de|del|of)\s+(?=[A-ZÁÉÍÓÚÑ])"),
        "link": re.compile(rf"\s+(?:de|del|of|at)\s+(?:(?:{dets})\s+)?([A-ZÁÉÍÓÚÑ][\w’'-]*)"),
        "affiliation": re.compile(rf"\s+(?:de|del|of|at)\s+(?:(?i:{dets})\s+)?([A-ZÁÉÍÓÚÑ][\w’'-]*)"),
        # a marker alone ("Por eso", an event cut at its comma) is one too: it ends the text
        "phrase": re.compile(rf"(?:{phrases}){PHRASE_GOES_ON}(?:\s*,?\s+|\s*,?\s*$)|(?:{comma_phrases})\s*,\s+", re.IGNORECASE),
        "noun_opens": re.compile(rf"(?i:{dets})\b|[A-ZÁÉÍÓÚÑ]"),
    }


def _compiled(lang: Language) -> dict[str, re.Pattern[str]]:
    return _patterns(_code(lang), frozenset(lang.determiners))


# ---------------------------------------------------------------- 1. spelled out beside it


def looks_like_acronym(key: str, lang: Language) -> bool:
    """"DANA", "BOE", "Dst": letters only, two to eight, written in capitals, or a capital
    opening a short run that general text of the language rarely writes as a word."""
    if " " in key or not key.isalpha() or not 2 <= len(key) <= 8:
        return False
    if key.isupper():
        return True
    # "Dst" is also a typo-list word: general-text frequency, not the word list, says it is none.
    return bool(MIXED_ACRONYM.fullmatch(key)) and len(key) <= 4 and lang.familiarity(key.lower()) < 3.0


def _initials_match(words: list[str], letters: str, stop: frozenset[str] | set[str]) -> int:
    """How many words, from the first, spell ``letters`` by their initials (small words may be
    skipped inside: "depresión aislada en niveles altos" spells DANA); 0 when they do not."""
    pos = 0
    for j, word in enumerate(words):
        if pos == len(letters):
            return j
        w = re.sub(r"^[^\W\d_]{1,2}['’]", "", word)  # "l'Aigua", "d'Estudis": the elided article is no letter
        if w[:1].lower() == letters[pos].lower():
            pos += 1
        elif pos == 0 or fold(w) not in stop:
            return 0
    return len(words) if pos == len(letters) else 0


def expansion_beside(text: str, start: int, end: int, key: str, lang: Language) -> str | None:
    """Whether the sentence ``text`` spells out the acronym at ``text[start:end]`` (the words'
    initials make its letters) near it, or with capitals anywhere: "Disturbance storm time
    (Dst)", "una depresión aislada en niveles altos, la conocida DANA"."""
    if not looks_like_acronym(key, lang):
        return None
    tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    words = [t[0] for t in tokens]
    stop = lang.words.stop_words
    for i, (w, a, b) in enumerate(tokens):
        if a <= start < b or (start <= a < end):
            continue
        if w[:1].lower() != key[0].lower():
            continue
        n = _initials_match(words[i:], key, stop)
        if not n:
            continue
        run = tokens[i:i + n]
        if any(start <= x[1] < end for x in run):
            continue
        run_start, run_end = run[0][1], run[-1][2]
        gap_words = len(WORD.findall(text[run_end:start])) if run_end <= start else len(WORD.findall(text[end:run_start]))
        capitalised = all(x[0][:1].isupper() for x in run if fold(x[0]) not in stop)
        if gap_words <= NEAR_WORDS or (capitalised and len(key) >= 3):
            return f"held back: the prompt spells out {key!r} beside the gap ({text[run_start:run_end]!r}): its initials give the answer"
    return None


def inside_expansion(text: str, start: int, end: int, lang: Language) -> str | None:
    """Whether ``text[start:end]`` is part of the spelled-out form of an acronym the sentence
    shows near it ("the ____ storm time (Dst)"): the acronym's letters give the gap away."""
    stop = lang.words.stop_words
    tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    words = [t[0] for t in tokens]
    for k, (acronym, a, b) in enumerate(tokens):
        if (a < end and start < b) or not looks_like_acronym(acronym, lang):
            continue
        for i in range(max(0, k - len(acronym) - NEAR_WORDS - 3), min(len(tokens), k + NEAR_WORDS + 2)):
            if i == k or words[i][:1].lower() != acronym[0].lower():
                continue
            n = _initials_match(words[i:], acronym, stop)
            if not n or i <= k < i + n:
                continue
            run_start, run_end = tokens[i][1], tokens[i + n - 1][2]
            near = len(WORD.findall(text[run_end:a])) if run_end <= a else len(WORD.findall(text[b:run_start]))
            if near <= NEAR_WORDS and run_start < end and start < run_end:
                return f"held back: the gap is part of {text[run_start:run_end]!r}, which the acronym {acronym!r} beside it spells: its letters give the answer"
    return None


def initials(name: str, lang: Language) -> list[str]:
    """The acronyms a name's words make: every word's initial, the content words' only, or the
    capitalised words' only ("Boletín Oficial del Estado": BOE; "European Space Agency": ESA;
    "Universidad Federal de Río de Janeiro": UFRJ), accents folded ("Río": R)."""
    words = WORD.findall(name)
    if len(words) < 2:
        return []
    stop = lang.words.stop_words | {fold(w) for w in lang.name_connectors}
    content = "".join(fold(w[0]) for w in words if fold(w) not in stop).upper()
    every = "".join(fold(w[0]) for w in words).upper()
    capitalised = "".join(fold(w[0]) for w in words if w[:1].isupper()).upper()
    return sorted({x for x in (content, every, capitalised) if len(x) >= 2})


def acronym_beside(text: str, start: int, end: int, key: str, lang: Language) -> str | None:
    """Whether a name's gap has the name's own acronym elsewhere in the sentence ("el ____
    publicó la ley, y el BOE la recoge"): the letters give the expansion away."""
    letters = initials(key, lang)
    if not letters:
        return None
    rest = text[:start] + " " + text[end:]
    found = next((a.group() for a in ACRONYM_TOKEN.finditer(rest) if a.group() in letters), None)
    if found:
        return f"held back: the prompt shows {found!r}, the acronym of the key {key!r}: its letters give the answer"
    return None


def known_label(before: str, lang: Language) -> str | None:
    """Whether the words before a gap call its label well known after describing the thing
    (", la conocida ____", ", the so-called ____")."""
    found = _compiled(lang)["known_label"].search(before)
    if found:
        return f"held back: the sentence defines the thing before the gap and calls its name well known ({found.group().strip(', ')!r}): a reader names it without the text"
    return None


# ---------------------------------------------------------------- 5. stock geographic pairings

PLACE_LIKE = ("place", "name", "organisation")
REGION_FAMILIARITY = 2.5  # a region after its city is guessable when general text knows it (Maine 4.2, Surrey 3.8)
CITY_FAMILIARITY = 3.5  # ... and a city before its region when it is the region's famous one (Portland 4.2; not Redhill 2.2)


def stock_place_pairing(text: str, start: int, end: int, key: str, kind: str, lang: Language) -> str | None:
    """A place gap a reader fills from the place beside it: a region right after its city
    ("Boston and Portland, ____", "Cartagena (____)"), or a well-known city right before its
    region ("____, Maine"). A list of places ("Lyon, ____ and Nice") is no pairing."""
    if kind not in PLACE_LIKE or not key[:1].isupper():
        return None
    before, after = text[:start], text[end:]
    familiarity = max(lang.familiarity(key), 3.0 if lang.is_known_place(key) else 0.0)
    list_after = re.match(
        r"\s*(?:,\s*)?(?:and|y|e|or|o)\s+[A-ZÁÉÍÓÚÑ]"
        r"|\s*,\s*[A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s*,\s*(?:(?:and|y|or|o)\s+)?[A-ZÁÉÍÓÚÑ]|\s+(?:and|y|e|or|o)\s+[A-ZÁÉÍÓÚÑ])", after,
    )
    region_before = re.search(r"[A-ZÁÉÍÓÚÑ][\w’'.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w’'.-]*)*\s*(?:,|\()\s*$", before)
    closes = re.match(r"\s*(?:\)|[,.;:]|$|\s+[a-záéíóúñ])", after)
    unclosed = before.rstrip().endswith("(") and not after.lstrip().startswith(")")
    if region_before and closes and not list_after and familiarity >= REGION_FAMILIARITY and not unclosed:
        city = region_before.group().rstrip(" ,(")
        return f"held back: {key!r} is the region of {city!r} just before it, a stock pairing a reader fills in without the text"
    region_after = re.match(r"\s*(?:,\s*|\(\s*)([A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]*)*)\s*(?:\)|[,.;:]|$|\s+[a-záéíóúñ])", after)
    list_before = re.search(r"(?:,|\b(?:and|y)\b)\s*$", before) and re.search(r"[A-ZÁÉÍÓÚÑ][\w’'-]*\s*,\s*$", before)
    if region_after and not list_before and not list_after and familiarity >= CITY_FAMILIARITY:
        region = region_after.group(1)
        if lang.familiarity(region) >= REGION_FAMILIARITY or lang.is_known_place(region):
            return f"held back: {key!r} is the best-known city of {region!r}, named just after it: a stock pairing a reader fills in without the text"
    return None


def given_by_sentence(s: Sentence, m: Mention, lang: Language) -> str | None:
    """Why the sentence ``s`` gives the mention ``m`` away whatever the item type (an acronym
    and its expansion side by side, a label it calls well known, a region after its city), or
    None: then no draft asks it (the other facts of the sentence still can)."""
    start, end = m.start - s.start, m.end - s.start
    if m.kind in (*PLACE_LIKE, "person", "term"):
        for check in (expansion_beside, acronym_beside):
            if reason := check(s.text, start, end, m.text, lang):
                return reason
        if reason := inside_expansion(s.text, start, end, lang):
            return reason
        if reason := known_label(s.text[:start], lang):
            return reason
        if reason := stock_place_pairing(s.text, start, end, m.text, m.kind, lang):
            return reason
    return None


# ---------------------------------------------------------------- 2. the key is the fact itself

GROUP_NOUN_ZIPF = 3.0  # "Diputados" 4.8, "Members": a common plural noun, not a name's own word
# ... and no given name: a plural noun of one language is rare in the others ("diputados" 0.0,
# "Members" 2.5 at its lowest), a given name ending in -s is written in all (Luis 3.8, Dolores
# 3.0, Andrés 2.9: "Luis de Mendoza" is a person, not Mendoza's group).
GROUP_NOUN_FAME = 2.6


def _group_noun(word: str, lang: Language) -> bool:
    """Whether a capitalised plural before "de"/"of" names a group of people or things
    ("Diputados de Vox", "Members of ..."), not a given name or a name's own kind word."""
    if _generic(word, lang) or lang.familiarity(word.lower()) < GROUP_NOUN_ZIPF:
        return False
    if not _plural_of_a_word(word.lower(), lang):
        return False  # «Tomás de Zumalacárregui», «Matías de Gálvez»: a given name, no plural (names13)
    return international_fame(word) < GROUP_NOUN_FAME


def _plural_of_a_word(word: str, lang: Language) -> bool:
    """Whether ``word`` (lower case, ending in "s") is the plural of a common noun: its
    singular («diputado», «señor», «monje», "member") a word of general text. A final stressed
    syllable («Tomás», «Inés», «Jesús») is no Spanish plural, and «Matía», «Elía» no words."""
    if re.search(r"[áéíóú]s$", word):
        return False
    singulars = [word[:-1]]
    if word.endswith("es") and word[-3:-2] not in "aeiouáéíóú":
        singulars.append(word[:-2])  # «señores», «reyes»
    return max(lang.familiarity(w) for w in singulars if w) >= GROUP_NOUN_ZIPF


def _generic(word: str, lang: Language) -> bool:
    folded = fold(word)
    return folded in {fold(w) for w in lang.organisation_words | lang.place_words | lang.titles} or folded in KIND_HEADS[_code(lang)]


def head_entity(m: Mention, lang: Language) -> Mention:
    """The fact a name mention stands for, without what the name reader joined to it: a group
    of people before their party ("Diputados de Vox": Vox) and an affiliation after a subject
    ("Filosofía del Derecho de la Universidad de Murcia": Filosofía del Derecho). A gap on the
    whole would take only that whole string; the learner types the entity."""
    text = m.text
    group = _compiled(lang)["group"].match(text)
    if group and len(text) > group.end() and _group_noun(group.group(1), lang):
        return _trimmed(m, group.end(), len(text))
    orgs = {fold(w) for w in lang.organisation_words}
    for link in _compiled(lang)["link"].finditer(text):
        if fold(link.group(1)) not in orgs:
            continue
        head = text[:link.start()]
        head_words = WORD.findall(head)
        content = [w for w in head_words if w[:1].isupper() and not _generic(w, lang)]
        if content and (len(head_words) >= 2 or not lang.is_real_word(head_words[0].lower())):
            return _trimmed(m, 0, link.start())
        break
    return m


def _trimmed(m: Mention, a: int, b: int) -> Mention:
    text = m.text[a:b]
    return replace(m, text=text, start=m.start + a, end=m.start + b, value=text if m.value == m.text else m.value)


def kind_head(word: str, lang: Language) -> bool:
    """Whether a name's first word says what kind of thing it names ("Premio", "Prize"):
    then the name is no person's, whatever its other words."""
    return fold(word) in KIND_HEADS[_code(lang)]


SHIP_PREFIX = re.compile(r"USS|HMS|HMAS|HMCS|RMS|SS|MV|ARA|BAP|SMS|USNS")
FIRM_WORDS = folded_words("company corporation inc ltd limited compañía compania")


def natural_forms(name: str, document: str, lang: Language) -> list[str]:
    """Other answers a learner naturally types for the name ``name``: its kind and its own
    word ("Premio Goldman", "Goldman" for "Premio Medioambiental Goldman"), and its official
    short form when the document writes it or the language's list knows it ("BOE")."""
    if lang.is_familiar(name):
        # Held back as general knowledge whatever its forms ("Organización Mundial de la
        # Salud"): a rarer short form must not make the name look like a detail.
        return []
    forms: list[str] = []
    words = name.split()
    connectors = {fold(c) for c in lang.name_connectors} | {"of", "the", "for", "and"}
    if (
        len(words) >= 3 and kind_head(words[0], lang) and not {fold(w) for w in words[1:]} & connectors
        and all(w[:1].isupper() for w in words) and lang.familiarity(words[-1].lower()) < GROUP_NOUN_ZIPF + 0.5
    ):
        forms += [f"{words[0]} {words[-1]}", words[-1]]
    # "USS Nantucket": the ship's own name; "Purity Distilling Company": the firm's own words.
    if len(words) >= 2 and SHIP_PREFIX.fullmatch(words[0]):
        forms.append(" ".join(words[1:]))
    if len(words) >= 3 and fold(words[-1]) in FIRM_WORDS and not {fold(w) for w in words[:-1]} & connectors:
        forms.append(" ".join(words[:-1]))
    known = OFFICIAL_SHORT_FORMS.get(_code(lang), {}).get(fold(name))
    if known:
        forms.append(known)
    if (tail := written_tail(name, document, lang)) and tail not in forms:
        forms.append(tail)
    written = set(ACRONYM_TOKEN.findall(document))
    forms += [a for a in initials(name, lang) if a in written and len(a) >= 2 and a not in forms]
    return forms


def written_tail(name: str, document: str, lang: Language) -> str | None:
    """The longest tail of ``name``, two words or more, that the document writes on its own
    after an article for the same thing ("the Narrows Bridge" for the Tacoma Narrows Bridge,
    "the transportation authority" for the Maryland Transportation Authority): a learner types
    it, and the reviews found such forms refused. Never a stock phrase of general text ("State
    Park", "Key Bridge": any park, any key bridge), nor a tail written inside another name only
    ("Gate Bridge"), nor one another name ends with ("Bay Bridge" written after "Oakland" and
    after "Richmond"), so that it names only this one."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() or fold(w) in {fold(c) for c in lang.name_connectors} for w in words):
        return None
    contracted = {"del", "al"} if _code(lang) == "es" else set()  # "del Consejo": de + el
    articles = "|".join(sorted({re.escape(d) for d in lang.determiners} | contracted))
    for size in range(len(words) - 1, 1, -1):
        tail = words[-size:]
        text = " ".join(tail)
        if not tail[0][:1].isupper() or lang.is_familiar(text):
            continue  # "de Investigaciones"; "State Park", "Royal Society": any park, any society
        found = list(re.finditer(rf"(?<![\w-])(\S+)\s+{re.escape(text)}(?![\w-])", document, re.IGNORECASE))
        alone = [f for f in found if re.fullmatch(articles, f.group(1), re.IGNORECASE)]
        inside = [f for f in found if fold(f.group(1)) == fold(words[-size - 1])]
        if alone and len(alone) + len(inside) == len(found):
            return text
    return None


# A subject of many people or things, counted loosely ("miles de mariscadoras", "thousands of
# people", "varios barcos"): what they did may happen again.
CROWD = {
    "en": re.compile(r"\b(?:tens|hundreds|thousands|millions|dozens|scores)\s+of\b|\b(?:many|several|numerous)\s+[a-z]", re.IGNORECASE),
    "es": re.compile(r"\b(?:decenas|cientos|centenares|miles|millares|millones|docenas)\s+de\b|\b(?:muchos|muchas|varios|varias|numerosos|numerosas)\s+[a-záéíóúñ]", re.IGNORECASE),
}


def crowd_event(text: str, lang: Language) -> bool:
    """Whether a sentence tells what a loosely counted crowd did ("miles de mariscadoras se
    manifestaron"): moved to another date, such an event is not stated rather than false,
    since crowds protest, gather or die off again (review 9's true/false on a protest "in late
    August 2021", which happened but the text does not mention)."""
    pattern = CROWD.get(_code(lang))
    return bool(pattern and pattern.search(text))


def trimmed_edge(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the gap ``text[start:end]`` ends where ``head_entity`` trimmed a group or an
    affiliation off the name ("Diputados de ____", "____ de la Universidad de Murcia"): the
    name does not go on past the gap, the words beside it are another thing."""
    before = re.search(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+s)\s+(?:de|del|of)\s+$", text[:start])
    if before and _group_noun(before.group(1), lang):
        return True
    after = _compiled(lang)["affiliation"].match(text[end:])
    return after is not None and fold(after.group(1)) in {fold(w) for w in lang.organisation_words}


# ---------------------------------------------------------------- 3. statements that stand alone


def marker_prefix(text: str, lang: Language) -> int:
    """The length of a discourse marker opening ``text`` ("Primero, ", "Then ", "Por último, ",
    "After that, "): the words that tie a sentence to the one before. 0 when there is none."""
    code = _code(lang)
    if found := _compiled(lang)["phrase"].match(text):
        return found.end()
    first = re.match(r"([^\W\d_]+)(\s*,\s+|\s+)", text)
    if not first or fold(first.group(1)) not in SEQUENCE_OPENERS[code]:
        return 0
    # "Then the operators...", "Primero, el Senado...": the marker goes; but "First Nations"
    # or "Luego de la guerra" read on: without a comma, only a word no sentence opens with
    # otherwise ("then", "luego" before an article).
    if "," not in first.group(2):
        rest = text[first.end():]
        if fold(first.group(1)) not in {"then", "next", "luego", "despues", "entonces", "finalmente", "finally"}:
            return 0
        if not _compiled(lang)["noun_opens"].match(rest) or rest.lower().startswith("de "):
            return 0
    return first.end()


def leans_on_context(text: str, lang: Language) -> str | None:
    """Why a statement shown on its own does not stand alone, or None: it opens with a
    discourse marker ("Primero,", "Then"), with a head ranked against something unsaid ("Lo
    peor llegó", "El primer aviso serio", "The worst came"), or leans on a pronoun whose
    referent is in another sentence ("tramitarla", "It was")."""
    code = _code(lang)
    text = text.strip().lstrip("¿¡\"“«'")
    if marker_prefix(text, lang):
        return f"it opens with {text[:marker_prefix(text, lang)].strip(' ,')!r}, which ties it to the sentence before"
    if ranked := RANKING_HEAD[code].match(text):
        return f"it opens with {ranked.group()!r}, ranked against something it does not say"
    words = WORD.findall(text)
    if words and fold(words[0]) in {fold(w) for w in lang.pronouns | lang.demonstratives} | {"it", "they", "this", "these", "those", "he", "she"}:
        return f"it opens with {words[0]!r}, whose referent is in another sentence"
    if both := both_of_before(text, lang):
        return f"it opens with {both!r}, whose two are named in another sentence"
    if quantifier := elliptical_subject(text, lang):
        return f"it opens with {quantifier!r}, whose noun is in another sentence"
    # "Según Quiroga, aquel informe ...", "dicho informe": a noun pointed back to, not named
    # (a demonstrative of time, "este año", is the statement's own).
    if pointer := points_back(text, lang):
        return f"{pointer!r} points back to something the statement does not name"
    if unnamed := pointer_alone(text, lang):  # "the second effect", "two years later", «tal decisión» (referents)
        return f"{unnamed[0]!r} points back to something the statement does not name ({unnamed[1]})"
    if code == "es" and (clitic := LEANING_PRONOUNS["es"].search(text)):
        # "el Senado debía tramitarla": an object pronoun on the verb points back to a noun of
        # the same gender and number; with none before it in the statement, to the sentence
        # before ("la ley ... publicarla" names its referent and stands alone).
        pronoun = re.search(r"(lo|la|los|las)$", clitic.group().lower())
        articles = {"lo": r"el|un|del|al", "la": r"la|una", "los": r"los|unos", "las": r"las|unas"}
        if pronoun and not re.search(rf"\b(?:{articles[pronoun.group(1)]})\s+\w", text[:clitic.start()], re.IGNORECASE):
            return f"{clitic.group()!r} leans on something the statement does not name"
    if code == "es" and (proclitic := OPENING_CLITIC.match(text)):
        # "Los cardaban a mano" (a list's step, its marker cut): the object pronoun before
        # the verb stands for the noun of the step before, as "cardarlos" would.
        return f"{proclitic.group().strip()!r} leans on something the statement does not name"
    return None


# "Both", «ambos», standing for two things another sentence names ("Both sent their tiles to the
# fair", «Ambas enviaron sus azulejos»; brief full-fronts): a pronoun, its verb or a function
# word right after it. "Both sides signed", «ambas partes firmaron» name what they count (a
# dispute's two sides), and "Both the Hollin works and the Marsh works ...", «Ambos, Ruiz y
# Vega, ...» name the two themselves.
BOTH = {"en": folded_words("both"), "es": folded_words("ambos ambas")}
BOTH_NAMED = {"en": folded_words("and"), "es": folded_words("y e")}
BOTH_REACH = 8  # words after "both" within which its own two are named
ENGLISH_PAST = re.compile(r"[a-z]{2,}ed|was|were|had|have|has|are|sent|made|took|went|won|lost|left|became|began|came|gave|kept|ran|sold|built|bought|grew|fell|rose|met|held|paid|said|saw|got|stood|wrote")


def both_as_pronoun(words: Sequence[str], i: int, lang: Language) -> bool:
    """Whether ``words[i]`` is "both", «ambos», «ambas» standing alone for two things it does not
    name: a verb or a function word follows it, and no "and"/«y» naming its two."""
    code = _code(lang)
    if fold(words[i]) not in BOTH[code] or {fold(w) for w in words[i + 1:i + 1 + BOTH_REACH]} & BOTH_NAMED[code]:
        return False
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    if not after or fold(after) in lang.words.stop_words:
        return True
    verb = ENGLISH_PAST if code == "en" else SPANISH_VERB
    return verb.fullmatch(after) is not None


def both_of_before(text: str, lang: Language) -> str | None:
    """The "both", «ambos» opening ``text`` whose two another sentence names, or None."""
    words = WORD.findall(text.strip().lstrip("¿¡\"“«'"))
    return words[0] if words and both_as_pronoun(words, 0, lang) else None


# An object pronoun opening a Spanish statement before a verb in the past (lowercase: "Los
# Ángeles" is a name): "Los cardaban", "Le pagaron", "La tiñeron". An article is never followed
# by these endings ("la vía" is why «-ía» is left to the plural pronouns and «lo»).
OPENING_CLITIC = re.compile(
    r"^(?:(?i:los|las|lo)\s+[a-záéíóúñ]+(?:aba|aban|ía|ían|ó|ió|aron|eron)"
    r"|(?i:la)\s+[a-záéíóúñ]+(?:aba|aban|ó|ió|aron|eron)"
    r"|(?i:le|les)\s+[a-záéíóúñ]+(?:aba|aban|ía|ían|ó|ió|aron|eron|an|en|a|e))\b"
)


# An object pronoun inside a sentence, standing for a noun the sentence before names (a review
# of unseen texts, session 20: "Mara Doyle lined them with fireclay", «El médico ____ la
# describió», «dedicada a producirlas»): "them", "it" after a verb with nothing after it but a
# preposition or the end; a Spanish clitic before a verb in the past, or on an infinitive.
# Only where no noun the pronoun could stand for comes before it in the sentence («la cofradía
# cerró su zona ... al reabrirla» names it).
OBJECT_PRONOUN = {
    "en": re.compile(
        r"\b(?:them|it|(?P<person>her)|(?P<bare>this|that|these|those))(?=\s*(?:[,.;:?!”\")]|$|\s+(?:with|to|in|into|from|for|as|up|down|out|off|back|at|on|by|over|through|across|again|away)\b))"
        r"|\b(?P<him>him)\b"),
    "es": re.compile(
        r"(?<![\w])(?P<clitic>lo|los|las|la|le|les)\s+(?P<verb>[a-záéíóúñ]+(?:aba|aban|ó|ió|aron|ieron|eron|ía|ían))\b"
        r"|\b[a-záéíóúñ]{3,}(?:ar|er|ir)(?P<enclitic>la|las|lo|los)\b"
    ),
}
# The determiners of a noun a Spanish clitic may stand for, by the clitic.
NOUN_BEFORE_CLITIC = {
    "la": r"la|una|esta|esa|aquella|su|nuestra", "las": r"las|unas|estas|esas|aquellas|sus|nuestras",
    "lo": r"el|un|este|ese|aquel|su|del|al|nuestro", "los": r"los|unos|estos|esos|aquellos|sus|nuestros",
    "le": r"a|al", "les": r"a|al",  # «A la cofradía le faltaba», «le pagó a Juan»: the person is named
}
# An opening phrase of time or place before a sentence's subject ("In 1911 the board ...", «En
# 1963 la cofradía ...»): a noun right after it is the subject, which an object pronoun of its own
# verb does not stand for ("The bishop asked for it", «Un informe lo convenció»).
OPENING_PHRASE = re.compile(
    r"\s*(?:[^,;:]{1,40},|(?:In|By|On|After|Before|During|From|Until|Around|Later|En|Hacia|Desde|Tras|Durante|Antes de|Después de|A partir de)"
    r"(?:\s+[\w.’'-]+){1,4}?)?\s*")
# A bare neuter demonstrative standing for what the sentence before said («En 1963 esto permitió
# vender ...», «Los vecinos defendieron eso ...»; final reviews of unseen texts): not «esto es»
# (that is), a connective inside the sentence.
NEUTER_DEMONSTRATIVE_ES = re.compile(r"(?<![\w])(?:esto|eso|aquello|ello)(?![\w])(?!\s+es\b)", re.IGNORECASE)
# A definite general noun a writer takes up a name, a plan or an idea of the sentence before
# with ("A local printer put the name on posters", «El ayuntamiento aprobó el plan»; final
# reviews of unseen texts): which name? An object, not a noun's complement ("the cost of the
# plan", «los rasgos del plan»: the document's own plan), past the sentence's opening, unless it says which after
# it (SAYS_WHICH_AFTER: "the plan of 1910", «la idea de un horno») or the sentence names one
# before ("chose a plan ... and the plan").
TAKEN_UP_OBJECT = {
    "en": re.compile(r"(?<![\w'’-])(?<!same )(?<!of )the\s+(?P<noun>name|idea|plan|proposal|suggestion)(?![\w'’-])"),
    "es": re.compile(r"(?<![\wáéíóúñ])(?<!de )(?:el|la|al)\s+(?P<noun>nombre|idea|plan|propuesta|sugerencia)(?![\wáéíóúñ-])(?!\s+(?:mism[oa]|propuest[oa])\b)"),
}
# Words before «la»/«los» that make it an article, not a pronoun («de la economía», «a los pocos días»).
_ARTICLE_BEFORE_TEXT = "de del a al en con por para sin sobre entre hacia hasta desde según toda todo todas todos y o e u"
ARTICLE_BEFORE = frozenset(_ARTICLE_BEFORE_TEXT.split())
_CLITIC_HOSTS_TEXT = "que se no ya nunca también solo"  # «que la prevenía»: a pronoun before an «-ía» verb
CLITIC_HOSTS = frozenset(_CLITIC_HOSTS_TEXT.split())
VERB_ZIPF = 4.0  # «prevenía» 1.8, «crecía» 3.3; «economía», «energía», «policía» 5 and more
PLURAL_BEFORE = re.compile(r"\b(?!(?:is|was|has|this|its|his|as|us|thus|always|perhaps)\b)[a-z]{3,}s\b", re.IGNORECASE)
NOUN_BEFORE_IT = re.compile(r"\b(?:the|a|an|its|this|that)\s+[a-z]", re.IGNORECASE)


# A clause of its own between a subject and an object pronoun ("The bridge was long, and trains
# slowed on it", «La panadería cerró porque no le llegaba harina»): the pronoun may stand for that
# subject.
NEW_CLAUSE = re.compile(r"[,;]|\b(?:and|but|so|because|while|when|after|until|y|e|pero|porque|cuando|mientras|hasta que|aunque)\b", re.IGNORECASE)


def _subject_only(before: str, nouns: list[re.Match[str]]) -> bool:
    """Whether the one noun phrase of ``nouns`` (found in ``before``, the text before an object
    pronoun) is the subject of the pronoun's own verb: nothing but an opening phrase comes before
    it, and no clause of its own comes between."""
    return (len(nouns) == 1 and OPENING_PHRASE.fullmatch(before[: nouns[0].start()]) is not None
            and NEW_CLAUSE.search(before[nouns[0].end():]) is None)


def object_pronoun(text: str, lang: Language) -> str | None:
    """The object pronoun of ``text`` that stands for a noun of another sentence, or None: a
    pronoun after its verb ("them", "it", "him", "her", a bare "this", «lo», «le», an
    enclitic), a neuter demonstrative («esto», «eso»), or a definite "the name", «el plan» taking
    up another sentence's (brief objects). Not where the sentence names what it may stand for
    before it (a noun other than the subject of its own verb: "bought a lamp and fitted it"; a
    name before "him": "When Edwin Marsh fell ill, his daughter relieved him")."""
    pattern = OBJECT_PRONOUN.get(lang.code)
    if pattern is None:
        return None
    for found in pattern.finditer(text):
        before = text[:found.start()]
        if not before.strip():
            continue  # opening the sentence: the first words' check (Builder.usable) sees it
        if lang.code == "en":
            if found.group("him") or found.group("person"):
                if re.search(r"himself|herself", text[found.start():found.start() + 8]):
                    continue
                names = [w for w in re.findall(r"\b[A-Z][\w’'-]+", before) if fold(w) not in lang.words.stop_words]
                if names or re.search(r"\b(?:he|she|his)\b", before, re.IGNORECASE):
                    continue  # "When Edwin Marsh fell ill, his daughter relieved him"
                return found.group(0)
            if found.group("bare"):
                if fold(found.group(0)) == "that" and re.search(r"\b(?:so|such|than|now|like)\s*$", before):
                    continue
                return found.group(0)
            if found.group(0) == "them":
                if PLURAL_BEFORE.search(before):
                    continue
                return found.group(0)
            nouns = list(NOUN_BEFORE_IT.finditer(before))
            if nouns and not _subject_only(before, nouns):
                continue  # "bought a lamp in Leeds and fitted it"
            return found.group(0)
        clitic = found.group("clitic") or found.group("enclitic")
        if found.group("clitic"):
            if fold(before.split()[-1].strip(",;:«\"")) in ARTICLE_BEFORE:
                continue  # an article
            if fold(before.split()[-1]) == "se":
                continue  # «se lo concedió»: the sentence's own exchange, left as it was
            verb = found.group("verb")
            if verb.endswith(("ía", "ían")) and (lang.familiarity(verb) >= VERB_ZIPF or fold(before.split()[-1]) not in CLITIC_HOSTS):
                continue  # «que la economía», «En 2019 la cofradía»: a noun
        if clitic in ("le", "les"):
            if re.search(r"(?<![\w])(?:a|al)\s+[\wáéíóúñ]", text, re.IGNORECASE):
                continue  # «A la cofradía le faltaba», «le pagó a Juan»: the one it stands for is named
            determiners = "|".join(NOUN_BEFORE_CLITIC[c] for c in ("la", "las", "lo", "los"))
        else:
            determiners = NOUN_BEFORE_CLITIC[clitic]
        nouns = list(re.finditer(rf"\b(?:{determiners})\s+[a-záéíóúñ]", before, re.IGNORECASE))
        if clitic in ("le", "les"):
            # «La llegada del ferrocarril en 1860 le quitó la carga»: a complement of the subject
            # is no one the dative stands for.
            nouns = [n for n in nouns if not re.match(r"(?i:del|al)\b", n.group()) and not re.search(r"\bde\s*$", before[: n.start()])]
        if nouns and not _subject_only(before, nouns):
            continue  # a noun it may stand for comes before it
        if nouns and found.group("clitic") and re.match(r"\s*(?:(?:en|desde|hacia|durante|tras|hace)\s+(?:\S+\s+){0,2}?)?(?:(?:el|la|los|las|un|una)\s+[^\W\d_]|[A-ZÁÉÍÓÚÑ])", text[found.end():]):
            continue  # «la mina la explotó Grupo Calidra», «El taller lo fundaron en 1931 los hermanos Ovalle»: the subject follows the verb, the noun before is its object
        return found.group(0)  # «Un informe lo convenció»: its subject is no referent
    return taken_up_object(text, lang)


def taken_up_object(text: str, lang: Language) -> str | None:
    """A bare neuter demonstrative («esto», «eso») or a definite "the name", «el plan» past the
    opening of ``text`` that takes up what another sentence said, or None."""
    code = _code(lang)
    neuter = NEUTER_DEMONSTRATIVE_ES.search(text) if code == "es" else None
    # Not «Por eso, ...» opening (a connective: marker_prefix), nor after a clause of the same
    # sentence it takes up («puede imprimir dinero ..., y eso era justamente lo que ...»).
    if neuter and not re.match(r"\s*(?:por|pese a|a pesar de)\s*$", text[: neuter.start()], re.IGNORECASE) and not NEW_CLAUSE.search(text[: neuter.start()]):
        return neuter.group()
    for found in TAKEN_UP_OBJECT[code].finditer(text):
        if not text[: found.start()].strip():
            continue  # the subject: the subject rules' business
        if NEW_CLAUSE.search(text[: found.start()]):
            continue  # "argued that a single bridge would pay, and his board approved the plan": described before it
        if SAYS_WHICH_AFTER[code].match(text[found.end():]) or re.match(r"\s+[a-záéíóúñ]{3,}(?:ed|ad[oa]|id[oa])\s", text[found.end():]):
            continue  # "the name of the choir", «la idea de un horno», "the plan approved on Tuesday"
        if re.search(rf"\b{found.group('noun')}\b", text[: found.start()], re.IGNORECASE):
            continue  # "chose a plan ... and the plan"
        return found.group()
    return None


# A sentence whose subject is a word standing for a noun of another sentence: "The one that
# engulfed ...", "Los de Vizcaya ...", "El que ..." (review 16).
STAND_IN_SUBJECT = {
    "es": re.compile(r"^(?:el|la|los|las)\s+(?:de|del|otro|otra|otros|otras)\b", re.IGNORECASE),
    "en": re.compile(r"^(?:the|this|that)\s+(?:one|ones|other|others)\b", re.IGNORECASE),
}
# "the same team", "del mismo grupo": the same as one another sentence names, unless the
# comparison follows ("the same year as the outbreak", "el mismo grupo que ...").
SAME_AS_BEFORE = {
    "es": re.compile(r"\b(?:el|la|los|las|del|al)\s+(?:mismo|misma|mismos|mismas)\s+([^\W\d_]+)\b(?!\s+que\b)", re.IGNORECASE),
    "en": re.compile(r"\bthe\s+same\s+([^\W\d_]+)\b(?!\s+(?:as|that)\b)", re.IGNORECASE),
}
SAME_WITHIN_WORDS = 10  # the subject's side of the sentence: "the same engineers rebuilt it"
OWN_NAME_NOUNS = frozenset(("nombre", "name"))  # "la localidad del mismo nombre": named in the sentence
# A Spanish sentence opening with its verb leaves its subject in another sentence ("Fue
# sustituida por ...", "Tenía forma de cúpula ...", "Lo fundó ..."): a finite form of a verb a
# subject goes with, or an object pronoun before the verb.
VERB_FIRST_ES = re.compile(
    r"^(?:(?:fue|fueron|era|eran|es|son|estaba|estaban|está|están|había|habían|ha|han|tenía|tenían|tiene|tienen"
    r"|podía|podían|puede|pueden|debía|debían|debe|deben|sería|serían|será|serán|sigue|siguen|seguía|seguían"
    r"|quedó|quedaron|llegó|llegaron|pasó|pasaron|sirvió|sirvieron|permitió|permitieron|contaba|contaban|medía|medían)"
    r"|(?:lo|la|los|las|le|les)\s+[a-záéíóúñ]+(?:ó|aron|ieron|aba|aban))\b",
    re.IGNORECASE,
)


# A Spanish pronoun after a preposition stands for a noun ("con ella", "sobre ellos") which,
# quoted alone, the sentence may not name ("él" folds to the article: left out). Not after "de"
# or "entre": "muchos de ellos", "entre ellos los de Rouen" count a noun of the same sentence.
# («a ello se sumaba ...», «además de ello»: the neuter «ello» too, after «a» or «de» as well,
# where «de ellos» is often the sentence's own «19 de ellos»; a fresh review rejected a prompt
# quoting «A ello se sumaba ...» as another's context.)
PREPOSITIONAL_PRONOUN_ES = re.compile(
    r"\b(?:(?:con|en|sobre|para|por|sin|tras|ante|hacia|contra)\s+(?:ella|ellas|ellos|ello)|(?:a|de)\s+ello)\b", re.IGNORECASE
)


# Words of time and place standing for what the sentence before says (brief context): "then",
# "there", "at that point", "at the time", "at once" (after what?), «entonces», «allí», «en ese
# momento», «de inmediato». Not "there" of "there is", nor "then" joining a clause to its own
# sentence's ("..., then dried", "and then", "the then mayor"), nor "at the time of ...", "at
# once cheap and strong", «de ahí que» (hence).
_BE_AFTER_THERE = (
    r"is|are|was|were|be|been|being|has|have|had|will|would|may|might|could|can|must|should|seems?|seemed|appears?|appeared"
    r"|remains?|remained|exists?|existed|used|came|comes|lived|lies|lay|stood|stands|isn|aren|wasn|weren"
)
POINTING_TIME_PLACE = {
    "en": re.compile(
        r"\b(?:at (?:that|this) (?:point|time|moment|stage|date)|at the time(?!\s+(?:of|when|that|in|the)\b)|by then|since then|until then|till then"
        r"|(?<!, )(?<!\band )(?<!\bthe )(?<!\bor )then(?![-\w])"
        rf"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bhere and )there(?![\w'’])(?!\s+(?:{_BE_AFTER_THERE})\b)"
        r"|at once(?=\s*(?:[,.;:?!]|$)))",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"(?<![\w])(?:entonces|all[ií]|(?<!más )all[áa]|ah[ií](?!\s+que\b)|en (?:ese|aquel|este) (?:momento|instante|tiempo)|en (?:esa|aquella) (?:época|epoca|fecha|hora)"
        r"|a la sazón|de inmediato)(?![\w])",
        re.IGNORECASE,
    ),
}


# In a sentence the text writes, most of these stand for something of the same sentence
# ("the Purity company, which made alcohol there", «Mulhouse, entonces territorio alemán», "the
# board then questioned ..."): only an opening phrase of time or place, or one that can only
# point back, makes it lean on the sentence before. A card front, written anew, loses what its
# sentence said: there, all of them (``POINTING_TIME_PLACE``).
POINTING_IN_SENTENCE = {
    "en": re.compile(
        r"^(?:at (?:that|this) (?:point|time|moment|stage)|at the time(?!\s+(?:of|when|that)\b)|by then|until then|till then|since then|at once)\b"
        r"|\b(?:at (?:that|this) (?:point|moment|stage)|by that time)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"^(?:en (?:ese|aquel|este) (?:momento|instante|tiempo)|en (?:esa|aquella) (?:época|epoca)|por (?:aquel )?entonces|para entonces|hasta entonces"
        r"|desde entonces|de inmediato)(?![\w])|(?<![\w])(?:en (?:ese|aquel) (?:momento|instante)|para entonces)(?![\w])",
        re.IGNORECASE,
    ),
}


# A place word in the subject's phrase of a written sentence, after a participle or in a
# relative clause ("Seedlings raised there were shipped ...", "The men who worked there ...",
# «Los plantones criados allí se enviaron ...»; final reviews of unseen texts, session 21): the
# place is the sentence before's. Later in the sentence, "there" may be a place it names itself
# ("opened a nursery at Glenmorr and raised seedlings there").
PLACE_AFTER_PARTICIPLE = {
    "en": re.compile(
        r"^(?:[\w’'-]+\s+){0,3}?(?:[a-z]+(?:ed|en|wn|rn|ilt|ade|ept|ght|ung)|(?:who|that|which)\s+[a-z]+)\s+there(?![\w'’])"),
    "es": re.compile(
        r"^(?:[\wáéíóúñ]+\s+){0,3}?(?:[a-záéíóúñ]+(?:ad[oa]s?|id[oa]s?|ch[oa]s?|st[oa]s?)|que\s+[a-záéíóúñ]+)\s+(?:allí|alli|allá|ahí)(?![\w])",
        re.IGNORECASE),
}


def pointing_time_or_place(text: str, lang: Language, *, written: bool = False) -> str | None:
    """The word of ``text`` standing for a time or a place the sentence before gives ("then",
    "there", "at that point", «allí», «en ese momento»), or None; ``written``: ``text`` is a
    sentence as the text writes it (``POINTING_IN_SENTENCE``)."""
    patterns = POINTING_IN_SENTENCE if written else POINTING_TIME_PLACE
    found = patterns[_code(lang)].search(text.strip())
    if found is None and written:
        found = PLACE_AFTER_PARTICIPLE[_code(lang)].search(text.strip())
    return found.group() if found else None


# A Spanish sentence opening on a finite verb VERB_FIRST_ES does not list, its subject dropped
# (final reviews of unseen texts, referents2): «Incorporan tinas de reutilización ...» (they: the
# locks the sentence before names), «No bastó para salvar al presidente ...» (what did not?). A
# present or past third person («-an», «-en», «-ó», «-aron», «-ieron», «-aba(n)», «-ía(n)»), on
# its own or after «No» (not «Se»: «Se construyeron tres esclusas» names its subject after the
# verb); not a noun of those endings («Origen», «Imagen», «Volumen»:
# «-gen», «-men», «-den», «-ven»), nor a name (a capital word after it: «Carmen Ruiz»).
DROPPED_SUBJECT_ES = re.compile(
    r"^(?:No\s+(?P<after>[a-záéíóúñ]{2,}(?:ó|aron|ieron|aba|aban|ía|ían|an|en|a|e))"
    r"|(?P<first>[A-ZÁÉÍÓÚ][a-záéíóúñ]{2,}(?:[^n\W]ó|aron|ieron|aba|aban|ían|[^gmdv\W]an|[^gmdv\W]en)))\s+(?P<next>\S+)"
)


def dropped_subject(text: str, lang: Language) -> str | None:
    """The finite verb opening a Spanish ``text`` whose subject is in the sentence before
    («Incorporan», «No bastó»), or None (an English text, a subject before the verb, a noun or
    a name of a verb's ending)."""
    if _code(lang) != "es":
        return None
    found = DROPPED_SUBJECT_ES.match(text.strip().lstrip("¿¡\"“«'"))
    if found is None:
        return None
    from quizapp.derive.given_names import given_name, surname

    first = found.group("first")
    if first and (found.group("next")[:1].isupper() or fold(first) in lang.words.stop_words or given_name(first) or surname(first)):
        return None  # «Carmen Ruiz dirigió ...», «Juan construyó ...»: a name
    if found.group("after") and fold(found.group("after")) in lang.words.stop_words | {"todos", "todas", "toda", "todo", "solo", "sola", "obstante", "siempre"}:
        return None  # «No todos los barcos ...», «No obstante, ...»
    return found.group().rsplit(None, 1)[0]


def leans_outside(text: str, lang: Language) -> str | None:
    """Why a sentence quoted on its own is unreadable: its subject stands for a noun of another
    sentence ("The one that engulfed ...", "El de ..."), it compares with something unsaid ("the
    same team", "del mismo grupo"), or, in Spanish, it opens with its verb or an object pronoun
    and leaves the subject in the sentence before ("Fue sustituida por ____", review 16 and a
    second fresh review). None when it reads alone."""
    code = _code(lang)
    text = text.strip().lstrip("¿¡\"“«'")
    if found := STAND_IN_SUBJECT[code].match(text):
        return f"it opens with {found.group()!r}, which stands for a noun of another sentence"
    same = SAME_AS_BEFORE[code].search(" ".join(text.split()[:SAME_WITHIN_WORDS]))
    if same and fold(same.group(1)) not in lang.words.stop_words and fold(same.group(1)) not in OWN_NAME_NOUNS:
        return f"{same.group().strip()!r} compares with something the sentence does not name"
    if code == "es" and (verb := VERB_FIRST_ES.match(text)):
        return f"it opens with its verb ({verb.group()!r}): the subject is in another sentence"
    if dropped := dropped_subject(text, lang):
        return f"it opens with its verb ({dropped!r}): the subject is in another sentence"
    if pointer := pointing_time_or_place(text, lang, written=True):
        return f"{pointer!r} stands for a time or a place the sentence before gives"
    if code == "es" and (pronoun := PREPOSITIONAL_PRONOUN_ES.search(text)):
        # "... mejor era el enlucido que se hacía con ella" (a self-review of hornos-de-cal.md):
        # "ella" is a noun of the sentence before.
        return f"{pronoun.group()!r} stands for a noun of another sentence"
    return None


# An abstract noun a writer opens a sentence with to take up what the sentence before said
# (brief standalone): "The result was a 40 % drop", "The effect is so intense that ...", «La
# diferencia total supera los 100 milivoltios» (between what?), «La consecuencia fue ...».
# Quoted alone, the sentence asks about a thing the learner is not shown: it is quoted with the
# sentence before (``Builder.with_previous``), as "the club" is, or not asked.
TAKEN_UP_NOUNS = {
    "en": folded_words("""result results effect effects consequence consequences outcome difference differences
        change increase decrease drop fall rise gain loss reduction improvement impact response reaction choice
        decision answer solution upshot net effect
        process procedure method technique"""),
    "es": folded_words("""resultado resultados efecto efectos consecuencia consecuencias diferencia diferencias
        cambio aumento descenso caída subida ganancia pérdida reducción mejora impacto respuesta reacción elección
        decisión solución proceso procedimiento método técnica"""),
}
# Modifiers that may stand beside the noun and still say nothing of which one ("the overall
# result", «la diferencia total»).
TAKEN_UP_MODIFIERS = {
    "en": folded_words("overall total net final whole immediate main chief same real practical visible"),
    "es": folded_words("total neta neto final global inmediato inmediata principal mismo misma real práctico práctica visible"),
}
TAKEN_UP_ARTICLES = {"en": folded_words("the"), "es": folded_words("el la los las")}
# What says which one right after the noun: "the result of the vote", «la diferencia entre ambas
# prensas», "the effect on yields", a relative ("the change that ...").
TAKEN_UP_SAYS_WHICH = {
    "en": folded_words("of on in between for from to that which whose"),
    "es": folded_words("de del entre en sobre para que cuyo cuya"),
}


# A share of an action opening a sentence ("Most of the rebuilding", «La mayor parte de la
# reconstrucción», brief fronts4): read as the action's definite article.
SHARE_OF = {
    "en": re.compile(r"^(?:most|much|part|some|all|half|the\s+bulk|the\s+rest)\s+of\s+(?=the\s)", re.IGNORECASE),
    "es": re.compile(r"^(?:la\s+mayor\s+parte|gran\s+parte|buena\s+parte|parte|el\s+resto|la\s+mitad)\s+(?:de\s+(?=(?:la|los|las)\s)|(?=del\s))", re.IGNORECASE),
}
# An action named by a noun made from its verb ("the rebuilding", «la reconstrucción», «el
# levantamiento»; brief fronts4): with the definite article and no "of X" it takes up what an
# earlier sentence said was acted on (rebuilding of what?).
ACTION_NOUN = {
    "en": re.compile(r"[a-z]{4,}(?:ing|tion|sion|ment)"),
    "es": re.compile(r"[a-záéíóúñ]{4,}(?:ción|sión|miento)"),
}
# Nouns of those endings that name a thing, a body or a time, not an action.
NOT_ACTIONS = folded_words("""building buildings ceiling evening morning thing nothing something anything everything
    king ring spring string wing darling sibling duckling pudding herring shilling farthing lightning
    nation station position section portion fraction function question mention motion lotion potion ration
    tension pension mansion version session commission mission vision television
    government parliament department apartment cement element moment instrument monument document ornament
    segment fragment pavement basement tournament equipment environment sentiment compartment regiment
    estación nación sección porción fracción función cuestión canción habitación población región misión
    comisión sesión versión pensión mansión televisión ayuntamiento pensamiento sentimiento regimiento
    campamento departamento apartamento""")


# Nouns of a work done on a thing (its object unsaid, "the construction", "the dredging" of
# what?), beside the nouns of doing again ("the rebuilding", «la reconstrucción»). A process
# that happens to a thing by itself ("the fermentation", "the withering", «la fecundación») is
# a stage's name, and is left alone.
WORKS = folded_words("""construction demolition excavation installation restoration renovation conversion extension
    expansion enlargement improvement replacement adjustment assessment treatment removal
    dredging lifting clearing draining widening deepening paving felling demolishing excavating
    construcción demolición excavación instalación restauración renovación conversión ampliación reparación
    rehabilitación sustitución levantamiento derribo ensanchamiento tratamiento desmontaje""")


def _works_on_something(word: str, code: str) -> bool:
    """Whether ``word`` names an action done on a thing, its object unsaid ("rebuilding",
    "construction", «reconstrucción», «levantamiento»; brief fronts4)."""
    folded = fold(word)
    if ACTION_NOUN[code].fullmatch(word) is None or folded in NOT_ACTIONS:
        return False
    return folded in WORKS or folded.startswith("re")  # "the withering" (of tea leaves) happens to them: a stage's name


def taken_up_subject(text: str, lang: Language) -> str | None:
    """The words opening ``text`` that take up what another sentence said by a definite
    abstract noun alone ("The result was ...", «La diferencia total supera ...»), an action
    noun alone ("Most of the rebuilding was finished ...", «La mayor parte de la reconstrucción
    terminó ...») or an ordinal standing for a noun ("The first is barley", «El tercero es el
    lino»; brief fronts4), or None: the noun says which one after it ("The result of the vote"),
    or a name follows ("The Doppler effect"), or the sentence opens otherwise."""
    from quizapp.derive.discourse_fronts import BARE_ORDINAL  # discourse_fronts reads this module

    code = _code(lang)
    opening = text.strip().lstrip("¿¡\"“«'")[:120]
    if (ordinal := BARE_ORDINAL[code].match(opening)) is not None:
        return ordinal.group()
    share = SHARE_OF[code].match(opening)
    words = WORD.findall(opening[share.end():] if share else opening)
    if len(words) < 3 or fold(words[0]) not in TAKEN_UP_ARTICLES[code] | {"del"}:
        return None
    i = 1
    while i < len(words) and fold(words[i]) in TAKEN_UP_MODIFIERS[code] and fold(words[i]) not in TAKEN_UP_NOUNS[code]:
        i += 1  # "the overall result"
    action = i < len(words) and _works_on_something(words[i], code)
    if i >= len(words) or (fold(words[i]) not in TAKEN_UP_NOUNS[code] and not action) or not words[i].islower():
        return None
    j = i + 1
    while j < len(words) and fold(words[j]) in TAKEN_UP_MODIFIERS[code]:
        j += 1  # «la diferencia total»
    after = words[j] if j < len(words) else ""
    if not after or fold(after) in TAKEN_UP_SAYS_WHICH[code] or after[:1].isupper():
        return None
    if code == "es" and fold(after) not in lang.words.stop_words and (not SPANISH_VERB.fullmatch(after) or SPANISH_ADJECTIVE.fullmatch(after)):
        return None  # «el efecto invernadero», «el cambio climático»: an adjective or a noun says which
    if action and code == "en" and fold(after) not in lang.words.stop_words and not ENGLISH_VERB.fullmatch(after):
        return None  # "the following year", "the printing press": a noun after the action's says which
    return " ".join(words[: j])


def takes_up_a_result(text: str, lang: Language) -> bool:
    """Whether ``text`` opens taking up what came before by an abstract noun or an ordinal ("The
    result was ...", «La respuesta se organizó ...», "The first is ..."), not by an action
    noun ("The rebuilding was entrusted to ...", «La reconstrucción se encargó ...»: a work
    done on the document's own subject, read well enough without the sentence before)."""
    taken = taken_up_subject(text, lang)
    return taken is not None and not _works_on_something(WORD.findall(taken)[-1], _code(lang))


# An English verb right after an action noun ("the rebuilding was", "took", "lasted").
ENGLISH_VERB = re.compile(r"[a-z]{2,}(?:ed|es)|began|took|went|ran|came|made|left|cost|brought|gave|kept|fell|rose|won|lost|met")


# A Spanish finite verb after the noun (its sentence's verb: «supera», «fue», «llegó»), not an
# adjective that names the kind («química», «climático», «estacional»).
SPANISH_VERB = re.compile(r"[a-záéíóúñ]{2,}(?:ó|aron|ieron|aba|aban|ía|ían|a|e|an|en)")
SPANISH_ADJECTIVE = re.compile(r"[a-záéíóúñ]{3,}(?:ic[oa]s?|ales?|ares?|os[oa]s?|iv[oa]s?|ari[oa]s?|bles?|ent[eo]s?|ístic[oa]s?|antes?)")


# A definite noun of a kind of body in lower case ("the club", «la empresa»): it means the one
# the reader already has in mind, which may be another sentence's (brief choices2). Not a
# place's ("the country", «del país»): those mostly mean the document's own setting.
DEFINITE_KIND = {
    "en": re.compile(
        r"\b(?i:the)\s+(?:club|team|side|company|firm|group|band|party|school|college|university|museum|bank|church|council"
        r"|government|factory|mill|hospital|society|league|union|airline|newspaper|magazine)\b"),
    "es": re.compile(
        r"\b(?i:el|la|los|las|del|al)\s+(?:club|equipo|empresa|compañía|firma|grupo|banda|partido|escuela|colegio|universidad|museo"
        r"|banco|iglesia|ayuntamiento|gobierno|fábrica|hospital|sociedad|liga|sindicato|periódico|diario|revista|entidad)\b"),
}
NAMED_KINDS = ("organisation", "place", "name")
NAMED_AFTER = re.compile(r"(?:\s+(?:of|de|del|called|named|llamad[oa])\s+|,?\s+)(?:(?:the|el|la|los|las)\s+)?[A-ZÁÉÍÓÚÑ]")


def definite_elsewhere(sentence: Sentence, previous: Sentence | None, lang: Language) -> str | None:
    """The words of ``sentence`` that change its meaning quoted alone, or None: a definite noun of a kind
    ("the club", «el club») with a name of the sentence before it that a reader takes it for
    ("Tom Ashby moved to Kingsbridge RC ..., and the club never again won"), while the sentence
    before names another thing it may mean (Harwick Rowing Club). Quoted with that sentence
    (``Builder.with_previous``) it reads as the text means it."""
    if previous is None:
        return None
    found = next((m for m in DEFINITE_KIND[_code(lang)].finditer(sentence.text) if not NAMED_AFTER.match(sentence.text[m.end():])), None)
    if not found:
        return None  # "el pueblo de Ibero", "the club, Harwick RC,": the sentence names which one
    at = sentence.start + found.start()
    noun = fold(found.group().split()[-1])
    before = [m for m in sentence.mentions if m.kind in NAMED_KINDS and m.end <= at and not _person_like(m.text) and _may_be(m, noun)]
    own = {m.identity for m in sentence.mentions} | {fold(m.text) for m in sentence.mentions}
    other = [m for m in previous.mentions if m.kind in NAMED_KINDS and m.identity not in own and fold(m.text) not in own and not _person_like(m.text)]
    return found.group() if before and other else None


# Head words that say a name is of another kind than the definite noun: a body of another kind
# ("the Choir of Holy Trinity Church" is no "mill") or a place's feature ("Wyalusing Creek",
# «Laguna de Chasicó»): a reader does not take "the mill" for either.
OTHER_KIND_HEADS = frozenset(fold(w) for w in re.findall(r"[^\W\d_]+", DEFINITE_KIND["en"].pattern + "|" + DEFINITE_KIND["es"].pattern) if len(w) > 3) | frozenset((
    "choir", "coro", "creek", "lake", "loch", "river", "reservoir", "volcano", "mount", "mountain", "valley", "bay", "island",
    "rio", "lago", "laguna", "embalse", "volcan", "monte", "cerro", "valle", "bahia", "isla", "arroyo", "street", "road", "calle", "plaza",
))


def _may_be(m: Mention, noun: str) -> bool:
    """Whether a reader may take the name ``m`` for the definite noun ("the club"): not a place,
    and no head word of another kind in its name (a name holding the noun itself may be)."""
    from quizapp.derive.actors import body_marked  # actors reads this module

    if body_marked(m.text):
        return True  # "Kingsbridge RC", read as a place after "moved to"
    words = {fold(w).lower() for w in re.findall(r"[^\W\d_]+", m.text)}
    return m.kind != "place" and (noun in words or not (words & OTHER_KIND_HEADS))


def _person_like(name: str) -> bool:
    """A name opening with a given name ("Edith Rosslyn", «Elisabeth»): no club nor company "the
    club" means."""
    from quizapp.derive import given_names  # the name lists load only when a sentence needs them

    words = name.split()
    return bool(words) and given_names.given_name(words[0])


def points_back(text: str, lang: Language) -> str | None:
    """The words of ``text`` that point back to a noun another sentence names ("Según
    Quiroga, aquel informe", "dicho informe", "According to X, this report"), or None. A
    demonstrative of time ("este año", "aquel jueves") is the sentence's own; "ha dicho que"
    is a verb."""
    pointer = POINTING_BACK[_code(lang)].search(text)
    noun = fold(pointer.group(2)) if pointer else ""
    if not pointer or noun in TIME_NOUNS or noun in lang.words.stop_words or noun in lang.months:
        return None
    return pointer.group().strip()


# A demonstrative determiner and its noun in a question or a card front ("this decision",
# «ese resultado», «aquella sentencia»): the noun is one an earlier sentence names, which the
# learner is not shown (kinds13). "that" also joins a clause ("showed that cells divide"): it
# points only after an auxiliary or a preposition, or with its noun ending the question ("reverse
# that decision?"). "For that reason", «por ese motivo» join clauses: no pointer.
CONNECTIVE_NOUNS = frozenset(("reason", "reasons", "razon", "motivo", "motivos", "way", "manera", "modo", "forma"))
DEMONSTRATIVE_NOUN = {
    "es": re.compile(r"\b(?:ese|esa|esos|esas|este|esta|estos|estas|aquel|aquella|aquellos|aquellas)\s+([^\W\d_]+)", re.IGNORECASE),
    "en": re.compile(r"(?:\b(?:this|these|those)|\b(?:did|does|do|was|were|is|are|has|have|had|of|in|on|by|after|before|from|to|for|with|about|under|during|at|into|against)\s+that)\s+([^\W\d_]+)"
                     r"|\bthat\s+([^\W\d_]+)(?=\s*\?)", re.IGNORECASE),
}
QUOTED = re.compile(r"[“«\"][^”»\"]*[”»\"]")


def demonstrative_reference(text: str, lang: Language) -> str | None:
    """The demonstrative and noun of ``text`` (a question or a card front, quotations left out)
    that point to a noun another sentence names ("this decision", «ese resultado»), or None. A
    demonstrative of time ("that winter", «este año») is the text's own."""
    for m in DEMONSTRATIVE_NOUN[_code(lang)].finditer(QUOTED.sub(" ", text)):
        noun = fold(next((g for g in m.groups() if g), ""))
        if noun in TIME_NOUNS or noun in lang.words.stop_words or noun in lang.months or noun in CONNECTIVE_NOUNS or noun in _template_nouns(lang):
            continue
        return m.group().strip()
    return None


TEMPLATE_NOUNS: dict[str, frozenset[str]] = {}


def _template_nouns(lang: Language) -> frozenset[str]:
    """The words after a demonstrative in the language's own prompt wording ("which of these
    goes", «¿cuál de estas opciones»): they point to the item's options, shown beside it."""
    if lang.code in TEMPLATE_NOUNS:
        return TEMPLATE_NOUNS[lang.code]
    found = {"text", "texto", "passage", "pasaje"} | {fold(w) for w in lang.kind_names.values()}
    for wording in lang.prompts.values():
        for m in DEMONSTRATIVE_NOUN[_code(lang)].finditer(wording):
            found.add(fold(next((g for g in m.groups() if g), "")))
        for m in re.finditer(r"\b(?:this|these|those|that|este|esta|estos|estas|ese|esa|esos|esas)\s+([^\W\d_]+)", wording, re.IGNORECASE):
            found.add(fold(m.group(1)))
    TEMPLATE_NOUNS[lang.code] = frozenset(found)
    return TEMPLATE_NOUNS[lang.code]


def asked_text(draft: Draft) -> str:
    """What a draft asks in its own words: a card's front, a question's prompt."""
    return str(draft.item.get("front" if draft.kind == "card" else "prompt", ""))


def order_given_away(texts: Sequence[str], lang: Language) -> str | None:
    """Whether the items of an ordering (or the events of a dated matching) say their own
    place: "El primer aviso", "Then", "finally", "Lo peor" (after the rest), or "Trains ran
    again", "El puerto volvió a abrir" (after the time it first happened)."""
    order = ORDER_WORDS[_code(lang)] | {fold(w) for w in lang.words.sequence_first | lang.words.sequence_last}
    for text in texts:
        found = next((w for w in WORD.findall(text) if fold(w) in order), None)
        if found:
            return f"the item {text!r} says its own place ({found!r})"
        if again := AGAIN[_code(lang)].search(text):
            return f"the item {text!r} happens again ({again.group()!r}): it follows the first time"
    return None


# The stages of a thing's life, in the order every reader knows (kinds16b): proposed, approved
# or begun, built or opened, extended or restored, listed, closed or gone; born before died.
# Matched at a word's start, accents folded.
LIFE_STAGES = {
    "en": (
        r"propos|plann|conceiv|envisag|suggest|born\b|birth",
        r"approv|authori[sz]|commission|beg[au]n\b|start|laid\b",
        r"built\b|complet|finish|open(?:ed|ing|s)?\b|inaugurat|founded|foundation|establish|launch|creat|erect",
        r"extend|enlarg|rebuil|restor|renovat|moderni[sz]|electrifi|widen",
        r"listed\b|declar|designat|heritage|monument|protect|clos(?:ed|ing|ure)\b|abandon|demolish|dismantl|destroy|collaps|disband|dissolv|died\b|death|buried",
    ),
    "es": (
        r"propu|planific|proyect|concebi|ide[oó]\b|ideada|diseñ|sugiri|naci(?:[oó]|eron|d[oa]s?|miento)\b",
        r"aprob|autoriz|encarg|comenz|empez|inici",
        r"constru|termin(?:[oó]|aron|ad[oa]s?)\b|conclu|acab|abri[oó]\b|abrieron|abiert|inaugur|fund(?:[oó]|aron|ad[oa]s?|aci[oó]n)\b|establec|cre[oó]\b|cread|levant|erigi",
        r"ampli|reconstru|restaur|reform|moderniz|electrific",
        r"declar|patrimonio|monumento|proteg|cerr(?:[oó]|aron|ad[oa]s?)\b|cierre|clausur|abandon|demol|derrib|destru|desmantel|disuel|muri|falleci|enterr",
    ),
}
FIRST_STAGE, LAST_STAGE = 0, len(LIFE_STAGES["en"]) - 1


def life_stage(text: str, lang: Language) -> int | None:
    """The earliest stage of a thing's life ``text`` tells (LIFE_STAGES), or None."""
    folded = fold(text)
    stages = [i for i, pattern in enumerate(LIFE_STAGES[_code(lang)]) if re.search(rf"\b(?:{fold(pattern)})", folded)]
    return min(stages) if stages else None


def order_by_kind(texts: Sequence[str], lang: Language) -> str | None:
    """Whether events given in their true order (``texts``) can be ordered by their kind alone
    (kinds16b): the stages of a life in their order (proposed, built, listed as heritage; born,
    died), the first stage before any other event and the last after any, leave one order."""
    if len(texts) < 3:
        return None
    stages = [life_stage(t, lang) for t in texts]
    if sum(s is not None for s in stages) < 2:
        return None

    def fits(order: Sequence[int]) -> bool:
        for i, a in enumerate(order):
            for b in order[i + 1:]:
                sa, sb = stages[a], stages[b]
                if sa is not None and sb is not None and sa > sb:
                    return False
                if (sa is None and sb == FIRST_STAGE) or (sb is None and sa == LAST_STAGE):
                    return False
        return True

    fitting = [p for p in permutations(range(len(texts))) if fits(p)]
    if fitting == [tuple(range(len(texts)))]:
        return f"the events are stages of a life in their known order ({texts[0]!r} … {texts[-1]!r})"
    return None


def _in_order(draft: Draft) -> list[str]:
    """An ordering's items (in their right order), or a dated matching's events sorted by their
    dates (whose rise a reader follows); [] when a date does not read as a year."""
    item = draft.item
    if item.get("type") == "ordering":
        return [str(x) for x in item.get("items", [])]
    dated = []
    for pair in item.get("pairs", []):
        year = re.search(r"\b(1\d{3}|20\d{2})\b", str(pair["right"]))
        if not year:
            return []
        dated.append((int(year.group(1)), str(pair["left"])))
    return [text for _, text in sorted(dated)]


def shown_statements(draft: Draft, lang: Language) -> list[str]:
    """The statements a learner reads on their own in a draft: a true/false statement, the
    items of an ordering, the sides of a matching, the options of a choice item."""
    item = draft.item
    kind = item.get("type")
    if kind == "true_false":
        lead = lang.prompt("true_false", statement="")
        prompt = str(item.get("prompt", ""))
        return [prompt[len(lead):] if prompt.startswith(lead) else prompt]
    if kind == "ordering":
        return [str(x) for x in item.get("items", [])]
    if kind == "matching":
        return [str(p[side]) for p in item.get("pairs", []) for side in ("left", "right")]
    if kind in ("single_choice", "multiple_select"):
        return [str(c["text"]) for c in item.get("choices", [])]
    return []


QUOTATION = re.compile(r"[“«]([^”»]*)[”»]")


def first_sentence_pointer(asked: str, lang: Language, *, written: bool = False) -> str | None:
    """A time or place word pointing back in what a prompt or a front asks (``pointing_time_or_place``):
    in its quotation, the first sentence only, as the text writes it (a second one is read after
    the sentence it leans on, quoted before it); with no quotation, the whole text."""
    quoted = QUOTATION.search(asked) is not None
    return pointing_time_or_place(first_quoted_sentence(asked), lang, written=written or quoted)  # quoted: as the text writes it


def first_quoted_sentence(asked: str) -> str:
    """The first sentence of what a prompt or a front quotes (the one a learner reads first; a
    second is read after the sentence it leans on), or the whole text when it quotes nothing."""
    quoted = QUOTATION.search(asked)
    if quoted is None:
        return asked
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])", quoted.group(1).strip())[0]


def standalone_problems(draft: Draft, lang: Language) -> list[str]:
    """Why a draft shows a learner a statement that does not stand alone, or one whose wording
    gives its place in an ordering away (held back, with the reason)."""
    problems = []
    for text in shown_statements(draft, lang):
        if len(WORD.findall(text)) < 3:
            continue  # a name, a figure, a date: nothing to lean on
        if why := leans_on_context(text, lang):
            problems.append(f"held back: a statement shown on its own does not stand alone ({text[:60]!r}: {why})")
            break
        pointer = demonstrative_reference(text, lang) if draft.item.get("type") == "true_false" else None
        if pointer:  # "The brewers kept this ratio ...", «... esa proporción ...»: which one?
            problems.append(f"held back: a statement shown on its own does not stand alone ({text[:60]!r}: {pointer!r} points to something an earlier sentence names)")
            break
        if why := pointing_time_or_place(text, lang, written=True):
            problems.append(f"held back: a statement shown on its own does not stand alone ({text[:60]!r}: {why!r} stands for a time or a place the sentence before gives)")
            break
        if why := unstated_referent(text, lang):
            problems.append(f"held back: a statement shown on its own does not stand alone ({text[:60]!r}: {why!r} leans on something an earlier sentence names)")
            break
    # (A true/false statement is read above, as every statement shown on its own.)
    if draft.kind == "question" and draft.item.get("type") != "true_false" and (pointer := demonstrative_reference(asked_text(draft), lang)):
        problems.append(f"held back: the question's {pointer!r} points to something an earlier sentence names, which the learner is not shown")
    if draft.kind == "question" and draft.item.get("type") != "true_false" and (pointer := first_sentence_pointer(asked_text(draft), lang, written=True)):
        problems.append(f"held back: the question's {pointer!r} stands for a time or a place the sentence before gives, which the learner is not shown")
    if draft.item.get("type") != "true_false" and (why := unstated_referent(first_quoted_sentence(asked_text(draft)), lang)):
        # "¿cuándo llegó el punto de quiebre?", «El ____ respondió con ...»: whose, of what, to what? (standalone)
        problems.append(f"held back: the {'card' if draft.kind == 'card' else 'question'}'s {why!r} leans on something an earlier sentence names, which the learner is not shown")
    if draft.item.get("type") != "true_false" and (why := pointer_unshown(draft, lang)):
        problems.append(f"held back: the {'card' if draft.kind == 'card' else 'question'}'s {why}, which the learner is not shown")
    if draft.item.get("type") in ("ordering", "matching"):
        texts = [str(x) for x in draft.item.get("items", [])] + [str(p["left"]) for p in draft.item.get("pairs", [])]
        if why := order_given_away(texts, lang):
            problems.append(f"held back: the wording gives the order away ({why})")
        elif why := order_by_kind(_in_order(draft), lang):
            problems.append(f"held back: a reader orders these without the text: {why}")
    return problems


SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡\[“«\"])")


def pointer_alone(text: str, lang: Language) -> tuple[str, str] | None:
    """The first pointer of ``text`` (one or more sentences) that no sentence before it in
    ``text`` names (``unnamed_pointer``, ``pointer_named``): "Ellen Marsh recorded 64 such
    cases" after the sentence telling of the workers' poisoning is named; alone it is not."""
    sentences = SENTENCE_BREAK.split(text.strip())
    for i, sentence in enumerate(sentences):
        pointer = unnamed_pointer(sentence, lang, " ".join(sentences[:i]) if i else None)
        if pointer and i < len(sentences) - 1 and time_aside(pointer, sentence):
            continue  # a context's own detail (``time_aside``)
        if pointer and not (i and pointer_named(pointer[1], " ".join(sentences[:i]), lang)):
            return pointer
    return None


def time_aside(pointer: tuple[str, str], sentence: str) -> bool:
    """Whether ``pointer`` of ``sentence`` is a time counted from another sentence's in a clause
    after a comma («La respuesta se organizó en torno a la Junta de Vecinos, creada aquel mismo
    mes.»): quoted as another sentence's context, a detail of its own, not what it names."""
    return pointer[1] in (YEAR_NEEDED, TIME_NEEDED) and "," in sentence[: sentence.find(pointer[0])]


def pointer_unshown(draft: Draft, lang: Language) -> str | None:
    """Why what ``draft`` asks (a prompt's quotation, a card's front and back) points back to
    something it does not show (``unnamed_pointer``: "the second effect", "two years later",
    «tal decisión»), or None: each quoted sentence with a pointer needs the ones quoted before it
    to name its referent; the first, or a text quoting nothing, has none before it (referents)."""
    asked = asked_text(draft)
    quoted = QUOTATION.search(asked)
    if pointer := pointer_alone(asked if quoted is None else quoted.group(1), lang):
        return f"{pointer[0]!r} points back to something an earlier sentence names ({pointer[1]})"
    if draft.kind == "card" and (pointer := pointer_alone(str(draft.item.get("back", "")), lang)):
        return f"back {pointer[0]!r} points back to something an earlier sentence names ({pointer[1]})"
    return None


# ---------------------------------------------------------------- 4. keys shown by another item


@lru_cache(maxsize=16384)
def _normal(text: str) -> str:
    """Lower case, accents and punctuation off, figures without thousands separators, so that
    "May 2024", "2024" and "1,760" compare as a reader reads them."""
    text = re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", text)
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def offered_text(draft: Draft, wrong_options: bool = True) -> str:
    """What a draft offers a learner as answers, beyond its prompt (which the enemy finder and
    ``_revealed`` already read): its options (the wrong ones too unless ``wrong_options`` is
    false: another item's key offered as a wrong option is redrawn, not held, by
    ``_separate_option_sets``), both sides of a matching, an ordering's items, and the answers
    it accepts. Padded with spaces for whole-word search."""
    item = draft.item
    parts = [str(c.get("text", "")) for c in item.get("choices", []) if wrong_options or c.get("correct")]
    parts += [str(o.get("text", "")) for g in item.get("gaps", []) for o in g.get("options", []) if wrong_options or o.get("correct")]
    parts += [str(a) for g in item.get("gaps", []) for a in g.get("accept", [])]
    parts += [str(p.get(side, "")) for p in item.get("pairs", []) for side in ("left", "right")]
    parts += [str(x) for x in item.get("items", [])] + [str(a) for a in item.get("accept", [])]
    if item.get("type") == "numeric":
        parts.append(str(item.get("answer", "")))
    return f" {_normal(' '.join(parts))} "


CARD_KEY_WORDS = 4  # a card's back this short (a date, a name, a role) is a key another item can show


def asked_keys(draft: Draft, paragraph_text: str) -> list[str]:
    """What a draft asks the learner to give, as another item would show it: a figure as the
    paragraph writes it (with its unit's first word, unless a year), a short card back, a
    typed answer, the right options."""
    item = draft.item
    keys: list[str] = []
    if draft.kind == "card":
        back = str(item.get("back", ""))
        return [back] if len(back.split()) <= CARD_KEY_WORDS else []
    kind = item.get("type")
    if kind == "numeric":
        answer = item.get("answer")
        written = paragraph_text[draft.answer_span[0]:draft.answer_span[1]] if draft.answer_span else str(answer)
        unit = str(item.get("unit", "")).split()[:1]
        if isinstance(answer, int) and 1000 <= answer <= 2099 and not unit:
            keys.append(str(answer))
        elif unit:
            keys.append(f"{written} {unit[0]}")
        elif len(re.sub(r"\D", "", written)) >= 3:
            keys.append(written)
    elif kind == "fill_in":
        keys.append(str(item["accept"][0]))
    elif kind == "cloze":
        for g in item.get("gaps", []):
            keys += [str(g["accept"][0])] if g.get("accept") else [str(o["text"]) for o in g.get("options", []) if o.get("correct")]
    elif kind in ("single_choice", "multiple_select"):
        keys += [str(c["text"]) for c in item.get("choices", []) if c.get("correct")]
    return [k for k in keys if len(_normal(k)) >= 2]


def shown_keys(d: Draft, o: Draft, text: dict[int, str]) -> list[str]:
    """The keys of either draft that the other one shows anywhere a learner reads it (an option
    list, a matching's side: the ninth review saw "May 2024" offered by a choice item beside a
    numeric item asking 2024, and a matching showing two cards' backs)."""
    found = []
    for asker, shower in ((d, o), (o, d)):
        # Between questions, a key among another's wrong options is redrawn later; a card's
        # answer offered anywhere is shown.
        shown = offered_text(shower, wrong_options=asker.kind == "card")
        for key in asked_keys(asker, text.get(asker.paragraph, "")):
            if f" {_normal(key)} " in shown:
                found.append(key)
    return found


# A sentence whose subject is a definite noun alone ("The trade collapsed ...", «En 1992 el
# consejo optó ...», brief context3): quoted alone, it asks about "the trade" the learner is not
# shown. An earlier sentence naming it more fully ("the island's pineapple trade", «el Banco
# Europeo de Inversiones») gives the prompt its referent; a body or an undertaking nothing before
# names («el consejo»: which council?) is not asked from its sentence alone.
BARE_SUBJECT = {
    "en": re.compile(r"^(?:[^,;:.]{1,40},\s+)?(?P<article>The|the)\s+(?P<noun>[a-z]{3,})\s+(?P<verb>[a-z]+)\b"),
    "es": re.compile(
        r"^(?:(?:[^,;:.]{1,40},\s+)|(?:En|Hacia|Desde)\s+(?:[a-záéíóúñ]+\s+de\s+)?(?:\d{4}|____)\s+)?"
        r"(?P<article>El|La|Los|Las|el|la|los|las)\s+(?P<noun>[a-záéíóúñ]{3,})\s+(?P<verb>[a-záéíóúñ]+)\b"
    ),
}
# The verb after the noun: an auxiliary or a past tense (a present "-s" may be a noun's plural:
# "the trade unions").
BARE_SUBJECT_VERB = {
    "en": re.compile(
        r"is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|did|does|never|also|then|soon|finally"
        r"|[a-z]{2,}ed|began|took|went|ran|came|made|left|brought|gave|kept|fell|rose|won|lost|met|shrank|grew|became"
        r"|built|bought|sold|paid|withdrew|drew|chose|held|sent|spent|found|told|saw|stood|got|set|put|cut|let"
    ),
    "es": re.compile(
        r"se|fue|fueron|era|eran|es|son|ha|han|había|habían|tenía|tenían|tiene|tienen|nunca|también"
        r"|[a-záéíóúñ]{2,}(?:ó|aron|ieron|aba|aban|ía|ían)"
    ),
}
# Bodies and undertakings a definite noun alone leaves unnamed: which council, which trade?
UNNAMED_BODIES = {
    "en": folded_words("""council board committee commission trust company firm bank club society union association
        cooperative government ministry authority agency plant factory mill works project scheme plan campaign trade
        market industry programme program department court"""),
    "es": folded_words("""consejo junta comité comisión patronato empresa compañía firma banco club sociedad sindicato
        asociación cooperativa gobierno ministerio autoridad agencia planta fábrica molino obra obras proyecto plan
        campaña comercio mercado industria programa departamento tribunal consorcio ayuntamiento"""),
}


# Undertakings among them: the sentence before, describing the work, says which one.
UNDERTAKINGS = folded_words("works project scheme plan campaign obra obras proyecto plan campaña")


def undertaking(subject: str) -> bool:
    """Whether a bare subject ("las obras", "the project") names an undertaking, which the
    sentence before describing it names well enough."""
    return fold(subject.split()[-1]) in UNDERTAKINGS


def bare_subject(text: str, lang: Language) -> re.Match[str] | None:
    """The opening of ``text`` whose subject is a definite noun alone before its verb ("The
    trade collapsed", «En 1992 el consejo optó»), or None (the noun says which after it: "The
    trade in pineapples", "the trade unions", a name)."""
    code = _code(lang)
    found = BARE_SUBJECT[code].match(text.strip())
    if found is None or not BARE_SUBJECT_VERB[code].fullmatch(found.group("verb")):
        return None
    noun = fold(found.group("noun"))
    if noun in lang.words.stop_words or noun in TAKEN_UP_NOUNS[code] or noun in lang.months or noun in TIME_NOUNS:
        return None
    return found


FULLER_MENTION = {
    # "the island's pineapple trade", "Weyford's trust", "the Cordingley family", "the town council
    # of Port Carrick": a possessive or a capitalised modifier before the noun, or a name after it.
    "en": r"(?:\b(?:the\s+)?[\w’'-]+['’]s\s+(?:[a-z-]+\s+){{0,2}}|\b(?:[A-Z][\w'’-]+\s+){{1,3}}(?:[a-z-]+\s+)?)?{noun}\b(?!['’])"
          r"(?:\s+(?:of|at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)?",
    # «el Banco Europeo de Inversiones», «la naviera Transportes del Estrecho», «la cofradía de
    # pescadores de Punta Brava», «un nuevo plan de gestión del percebe»: the noun in a name,
    # followed by a name, or by «de» and a noun or two (and a name).
    "es": r"\b{noun}(?:\s+(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+|de|del|la|los|las)){{0,5}}\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+"
          r"|\b{noun}\s+(?:de|del)\s+(?:(?:la|el|los|las)\s+)?[a-záéíóúñ]{{3,}}(?:\s+(?:de|del)\s+(?:(?:la|el|los|las)\s+)?[a-záéíóúñ]{{3,}})?"
          r"(?:\s+(?:de|del)\s+(?:(?:la|el|los|las)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+(?:\s+(?:de|del)?\s*[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+)*)?(?![\wáéíóúñ])",
}
# Spanish words that end a noun phrase's reach: a verb's past or a relative.
ES_VERB_END = re.compile(r"[a-záéíóúñ]{2,}(?:ó|aron|ieron|aba|aban|ía|ían)$")


def _noun_pattern(noun: str, code: str, *, numbers: bool) -> str:
    """The noun as a pattern, its first letter of either case (a name's "Banco"); with
    ``numbers`` also its other number ("obra", "obras")."""
    forms = {noun}
    if numbers:
        forms |= {noun[:-1]} if noun.endswith("s") and len(noun) > 4 else {noun + "s", noun + "es"}
    return "(?:" + "|".join(f"[{re.escape(f[0].lower())}{re.escape(f[0].upper())}]{re.escape(f[1:])}" for f in sorted(forms)) + ")"


def _kind_noun(noun: str, text: str, lang: Language) -> bool:
    """Whether ``noun`` names a kind of thing whose name may open with it («banco» of «Banco
    Europeo de Inversiones», "company"): a kind word of the language, or a noun the text writes
    in lower case right before a name («el lago Gatún», "the river Severn")."""
    folded = fold(noun)
    kinds = {fold(w) for w in lang.organisation_words | lang.place_words} | set(lang.company_words)
    if folded in kinds or (folded.endswith("s") and folded[:-1] in kinds):
        return True
    return re.search(rf"\b{re.escape(noun.lower())}\s+[A-ZÁÉÍÓÚÑ]", text) is not None


def fuller_mention(noun: str, earlier: str, lang: Language, *, numbers: bool = False) -> str | None:
    """The last mention in ``earlier`` (the text before a sentence) naming ``noun`` more fully
    than the noun alone ("the island's pineapple trade" for "the trade", «Banco Europeo de
    Inversiones» for «el banco»), without its opening article, or None (``numbers``: in either
    number). A mention with a figure is left: it would show the gap's neighbours."""
    code = _code(lang)
    pattern = re.compile(FULLER_MENTION[code].format(noun=_noun_pattern(noun, code, numbers=numbers)))
    found: dict[str, str] = {}
    for m in pattern.finditer(earlier):
        text = m.group().strip()
        if re.search(r"\d", text):
            continue
        text = re.sub(r"^(?i:the|a|an|el|la|los|las|un|una)\s+", "", text)
        words = text.split()
        # A fuller mention names the one meant: a name's capital ("the Cordingley family", "of
        # Port Carrick") or a possessive in English, not a word like "whole" or "same"; the
        # capitalised word opening a sentence is no modifier ("Then trade ...").
        opening = re.search(r"(?:^|[.!?:\n])\s*$", earlier[: m.start()]) is not None
        if code == "en" and opening and words[0][:1].isupper() and not words[0].endswith(("'s", "’s")):
            continue
        if code == "en" and not any(w[:1].isupper() or w.endswith(("'s", "’s")) for w in words):
            continue
        # Words that only run into the noun ("The same Sunday the protocol lapsed"): a modifier
        # is no article or preposition.
        noun_at = len(words) - 1 - next((i for i, w in enumerate(reversed(words)) if fold(w) == fold(noun) or fold(w).startswith(fold(noun))), 0)
        if code == "en" and any(fold(w) in lang.words.stop_words for w in words[:noun_at]):
            continue
        if code == "es" and any(ES_VERB_END.fullmatch(w) for w in words[1:]):
            continue
        if words[0][:1].isupper() and fold(words[0]).startswith(fold(noun)) and not _kind_noun(noun, earlier, lang):
            continue  # «El agua se almacena ...» is no «Agua Clara» (a lock of that name): "agua" names no kind
        if fold(text) != fold(noun):
            found.setdefault(fold(text), text)
    # Two things of the noun before ("la naviera Transportes del Estrecho", "una naviera de
    # Galicia"): which one the sentence means cannot be told.
    return next(iter(found.values())) if len(found) == 1 else None


def with_referent(text: str, earlier: str, lang: Language) -> str | None:
    """``text`` (a sentence to quote, maybe gapped) with its bare definite subject named by the
    fuller mention an earlier sentence gives, in brackets ("The [island's pineapple trade]
    collapsed ...", «En ____ el [Banco Europeo de Inversiones] retiró ...»), or None when it opens
    otherwise or nothing before names the noun more fully."""
    found = bare_subject(text, lang)
    fuller = fuller_mention(found.group("noun"), earlier, lang) if found is not None else None
    if fuller is None:
        # "The line was surveyed by ...": a general noun an earlier sentence names (referents)
        found = GENERAL_SUBJECT[_code(lang)].match(text.strip())
        if found is None or fold(found.group("noun")) not in GENERAL_NOUNS[_code(lang)] or undertaking(found.group("noun")):
            return None
        noun = found.group("noun")
        if general_referent(text, earlier, lang) is not None or (fuller := fuller_mention(noun, earlier, lang) or named_as(noun, earlier, lang)) is None:
            return None
    if found is None:
        return None
    lead = len(text) - len(text.lstrip())
    a, b = lead + found.start("noun"), lead + found.end("noun")
    return f"{text[:a]}[{fuller}]{text[b:]}"


def unnamed_body(text: str, earlier: str, lang: Language) -> str | None:
    """The bare definite subject of ``text`` that is a body or an undertaking ("the council",
    «el consejo», "the trade") no earlier sentence names more fully, or None: quoted alone, which
    one it is cannot be told."""
    found = bare_subject(text, lang)
    if found is None or fold(found.group("noun")) not in UNNAMED_BODIES[_code(lang)]:
        return None
    # Named before in any form ("a trust of local swimmers", «las obras»), the text says which.
    # Named before in any form but a bare definite noun ("a trust of local swimmers", «las obras
    # del canal», «un nuevo plan»), the text says which.
    if fuller_mention(found.group("noun"), earlier, lang, numbers=True) is not None:
        return None
    noun = _noun_pattern(found.group("noun"), _code(lang), numbers=True)
    bare = r"(?i:the|el|la|los|las|del|al)\s+$"
    for m in re.finditer(rf"\b{noun}\b", earlier):
        if not re.search(bare, earlier[: m.start()]) or re.match(r"\s+(?:of|de|del)\s", earlier[m.end():]):
            return None
    return f"{found.group('article')} {found.group('noun')}"



# A definite general noun opening a sentence, standing for a thing an earlier sentence names
# under another name (final reviews of unseen texts, session 21): "In 2016 the company moved
# ..." (the company: Kellbrook Freight Logistics, two sentences before), "The plant runs on
# ..." (the hospital's backup plant), "After a voyage of four months the cargo reached ..."
# (the ship's ice), «La red transmitía ...» (the telegraph company's wires). Quoted alone, a
# reader asks "which one?": the sentence is quoted with the one before when that one names it,
# or not asked. The bodies of UNNAMED_BODIES with no mention before are ``unnamed_body``'s; the
# abstract nouns of TAKEN_UP_NOUNS ("the method") are ``taken_up_subject``'s.
GENERAL_NOUNS = {
    "en": folded_words("""company firm business venture enterprise partnership corporation bank club society union
        association cooperative trust plant factory mill works station facility site network system line service
        link route machine device engine apparatus vessel ship boat craft cargo load shipment consignment fleet
        crew scheme project plan campaign programme program product material substance mixture compound tool
        instrument invention building structure estate farm shop store depot yard"""),
    "es": folded_words("""empresa compañía firma negocio sociedad banco club asociación cooperativa consorcio planta
        central fábrica molino instalación estación red sistema línea servicio ruta enlace máquina aparato
        dispositivo motor buque barco nave embarcación carga cargamento envío flota tripulación proyecto plan
        campaña programa producto material sustancia mezcla compuesto herramienta instrumento invento
        edificio estructura finca granja tienda almacén depósito astillero"""),
}
# An opening phrase of time or circumstance before the subject, with or without a comma ("In
# 2016 the company ...", "After a voyage of four months the cargo ...", «Tras cuatro meses de
# viaje, la carga ...»).
GENERAL_SUBJECT = {
    "en": re.compile(
        r"^(?:[^,;:.]{1,40},\s+|(?:In|By|On|After|Before|During|From|Until|Within|Around|Later|Soon|Eventually|Once)\s+[^,;:.]{1,40}?\s+)?"
        r"(?P<article>The|the)\s+(?P<noun>[a-z]{3,})\s+(?P<verb>[a-z]+)\b"),
    "es": re.compile(
        r"^(?:[^,;:.]{1,40},\s+|(?:En|Hacia|Desde|Tras|Durante|Antes de|Después de|A partir de|Al cabo de)\s+[^,;:.]{1,40}?\s+)?"
        r"(?P<article>El|La|Los|Las|el|la|los|las)\s+(?P<noun>[a-záéíóúñ]{3,})\s+(?P<verb>[a-záéíóúñ]+)\b"),
}
# Present tenses a general noun's verb takes (a present "-s" is otherwise read as a plural noun).
GENERAL_PRESENT = {
    "en": re.compile(r"runs|works|uses|carries|holds|stands|lies|serves|produces|makes|needs|remains|takes|moves|sits|keeps|employs|sells|operates|covers|links|reaches"),
    "es": re.compile(r"(?:funciona|sigue|tiene|usa|utiliza|produce|ocupa|mide|cuenta|emplea|transporta|depende|recorre|une|vende|opera|cubre|llega|mantiene)n?"),
}


def general_referent(text: str, earlier: str, lang: Language) -> str | None:
    """The definite general noun opening ``text`` as its subject ("the company", «la red») that
    stands for a thing ``earlier`` (the text before it) names under another name, or None: the
    noun says which after it ("the company of Ana Ruiz", "the company's founder"), the sentence
    introduces it itself, an earlier mention names it fully enough to be written in brackets
    (``with_referent``), or nothing comes before it."""
    code = _code(lang)
    opening = text.strip().lstrip("¿¡\"“«'")
    if not earlier.strip():
        return None
    found = GENERAL_SUBJECT[code].match(opening)
    if found is None:
        return general_inside(opening, None, lang)
    noun, verb = found.group("noun"), found.group("verb")
    if fold(noun) not in GENERAL_NOUNS[code] or undertaking(noun) or not (BARE_SUBJECT_VERB[code].fullmatch(verb) or GENERAL_PRESENT[code].fullmatch(verb)):
        return general_inside(opening, found.start("article"), lang)
    if re.search(rf"\b{_noun_pattern(noun, code, numbers=True)}\b", opening[: found.start("article")]):
        return None  # "A small firm bought the depot, and the firm ...": named in the sentence
    if fuller_mention(noun, earlier, lang) is not None or named_as(noun, earlier, lang) is not None:
        return None  # "The [Ffestiniog Railway] was surveyed ...", «La [cooperativa apícola de Arbás] cuenta ...»: written in brackets
    return f"{found.group('article')} {noun}"


# A definite general noun past the subject (final reviews of unseen texts, referents2): the
# object of a verb or a preposition ("a break clause lets the company leave", «crítica declarada
# de la medida»), a clause's subject («cuando el problema se agrava») or a possessive ("the
# state's law took effect": which state?). The nouns are GENERAL_NOUNS' bodies and those a text
# takes up a named policy, model or problem with, not its things ("moved the depot to Dunford",
# «vender el diseño a ciudades» read well enough); "state" only as a possessive ("owned by the state" is the
# government at large). Not the nouns of a members' body (club, society, union, association,
# cooperative; «sociedad», «asociación»): a document on a club calls it "the club" throughout,
# and the quiz shows the document's title (tests/derive: the Wenlow Field Club's letter from
# Darwin, the Sociedad Excursionista's, the Pelham union).
INSIDE_NOUNS = {
    "en": folded_words("""company firm business venture enterprise partnership corporation bank
        trust model measure policy problem"""),
    "es": folded_words("empresa compañía firma banco consorcio medida modelo problema política"),
}
POSSESSIVE_ONLY_NOUNS = folded_words("state")
GENERAL_INSIDE = {
    "en": re.compile(r"(?<![\w'’-])(?P<article>the)\s+(?P<noun>[a-z]{3,})(?P<possessive>['’]s)?(?![\w'’-])"),
    "es": re.compile(r"(?<![\wáéíóúñ])(?P<article>el|la|del|al)\s+(?P<noun>[a-záéíóúñ]{3,})(?![\wáéíóúñ-])"),
}
# After the noun, what says which one: a name, "of" («de»), a number, a relative or a participle
# naming it ("the company that built", "the plan approved in 1990"), an apposition's comma
# before a name.
SAYS_WHICH_AFTER = {
    "en": re.compile(r"^\s*(?:[A-Z0-9]|of\b|that\b|which\b|who\b|whose\b|called\b|named\b|known\b|in\s+question\b|itself\b|,\s+[A-Z])"),
    "es": re.compile(r"^\s*(?:[A-ZÁÉÍÓÚÑ0-9]|de\b|del\b|que\b|cuyo|cuya|llamad|denominad|conocid|en\s+cuestión\b|,\s+[A-ZÁÉÍÓÚÑ])"),
}


def general_inside(opening: str, subject_at: int | None, lang: Language) -> str | None:
    """The first definite general noun past the opening of ``opening`` (a sentence) that does
    not say which one it is ("the company", "the state" of "the state's law", «la medida»), or
    None. ``subject_at``: where the opening subject's article stands, already read by
    ``general_referent``. Not a noun the sentence introduces before ("a small firm ..., and the
    firm"), nor one a name, "of", a relative follows, nor a possessive with a name after it ("the
    company's founder Ana Ruiz")."""
    code = _code(lang)
    for found in GENERAL_INSIDE[code].finditer(opening):
        if found.start() == 0 or found.start() == subject_at:
            continue
        noun, possessive = found.group("noun"), found.group("possessive") if code == "en" else None
        folded = fold(noun)
        if not (folded in INSIDE_NOUNS[code] or (possessive and folded in POSSESSIVE_ONLY_NOUNS)) or undertaking(noun):
            continue
        after = opening[found.end():]
        if SAYS_WHICH_AFTER[code].match(after):
            continue
        if possessive and re.match(r"^\s+(?:[a-z]+\s+){0,2}[A-Z]", after):
            continue  # "the company's founder Ana Ruiz": named after it
        if re.search(rf"\b{_noun_pattern(noun, code, numbers=True)}\b", opening[: found.start()]):
            continue  # "A small firm bought the depot, and the firm ...": named in the sentence
        if re.search(r"(?:\bas|\bcomo)\s*$", opening[: found.start()]):
            continue  # "when the Erie Railroad, as the company was then called, ...": the sentence's own name
        article = {"del": "el", "al": "el"}.get(found.group("article"), found.group("article"))
        return f"{article} {noun}"
    return None


# A name an earlier sentence gives the general noun by apposition or a copula ("The Ffestiniog
# Railway is a narrow gauge line", "Northgate Data Services, a small company from Leeds,", «El
# Canal de Castilla es una obra ...»): the noun's referent, written in brackets for it.
NAMED_AS = {
    "en": r"(?P<name>(?:[A-Z][\w’'-]*)(?:[ ]+(?:(?:of|the|de|del|and|&)[ ]+)?[A-Z][\w’'-]*){{0,5}})(?:,\s+|\s+(?:is|was|became)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b",
    "es": r"(?P<name>(?:[A-ZÁÉÍÓÚÑ][\w’'-]*)(?:[ ]+(?:(?:de|del|la|el|los|las|y)[ ]+)?[A-ZÁÉÍÓÚÑ][\w’'-]*){{0,5}})(?:,\s+|\s+(?:es|era|fue)\s+)(?:un|una|el|la)\s+(?:[\wáéíóúñ-]+\s+){{0,3}}?{noun}\b",
}


def named_as(noun: str, earlier: str, lang: Language) -> str | None:
    """The one name ``earlier`` gives ``noun`` by apposition or a copula ("The Ffestiniog
    Railway is a narrow gauge line": Ffestiniog Railway for "the line"), or None (none, or two)."""
    code = _code(lang)
    patterns = [re.compile(NAMED_AS[code].format(noun=_noun_pattern(noun, code, numbers=False)))]
    if code == "en":
        # "The shipyard at Harwich" for "the yard": the noun, or a word ending in it, and a name
        # after "at", "of", "in".
        patterns.append(re.compile(
            rf"(?P<name>\b[a-z]*{_noun_pattern(noun, code, numbers=False)}\s+(?:at|of|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*)*)"))
    else:
        # «La cooperativa apícola de Arbás» for «la cooperativa»: the noun, a word or two, and a
        # name after «de».
        patterns.append(re.compile(
            rf"(?P<name>\b{_noun_pattern(noun, code, numbers=False)}(?:\s+[a-záéíóúñ]+){{0,2}}?\s+(?:de|del)\s+(?:(?:la|el|los|las)\s+)?"
            r"[A-ZÁÉÍÓÚÑ][\w’'-]*(?:[ ]+(?:(?:de|del|la|el)[ ]+)?[A-ZÁÉÍÓÚÑ][\w’'-]*)*)"))
    names: dict[str, str] = {}
    for m in (m for pattern in patterns for m in pattern.finditer(earlier)):
        name = re.sub(r"^(?:The|El|La|Los|Las)\s+", "", m.group("name"))
        if fold(name) in lang.words.stop_words or len(name) < 3:
            continue
        names.setdefault(fold(name), name)
    return next(iter(names.values())) if len(names) == 1 else None


def names_referent(previous: str, noun: str, mentions: Sequence[Mention], lang: Language) -> bool:
    """Whether the sentence ``previous`` names what a general noun after it stands for: it
    writes the noun (in either number: "a backup plant") or a name ("the Dunmore Telegraph
    Company", "the brig Halden")."""
    if re.search(rf"\b{_noun_pattern(noun, _code(lang), numbers=True)}\b", previous):
        return True
    return any(m.kind in ("organisation", "name", "place", "person") for m in mentions)


# A subject left out after a quantifier ("Some were sold ...", "A few remain today ...",
# «Otros se vendieron ...», «Algunos siguen en pie ...», «La mayoría cerró ...»; final reviews
# of unseen texts, session 21): some of what? The quantifier opens the sentence and a verb
# follows it, where a noun ("Some farmers ...", «Algunos molinos ...») or "of" would say what.
ELLIPTICAL_QUANTIFIER = {
    "en": re.compile(r"^(?:some|others|a few|many|most|several|few|all|none|the rest|the others|one|two|three)\s+(?P<next>[a-z]+)\b", re.IGNORECASE),
    "es": re.compile(
        r"^(?:algunos|algunas|otros|otras|muchos|muchas|varios|varias|pocos|pocas|unos pocos|unas pocas|la mayoría|la mayor parte"
        r"|el resto|los demás|las demás|ninguno|ninguna|todos|todas|casi todos|casi todas|dos|tres)\s+(?P<next>[a-záéíóúñ]+)\b", re.IGNORECASE),
}
ELLIPTICAL_NEXT = {
    "en": re.compile(r"is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|do|does|still|also|remain|remains"
                     r"|survive|survives|stand|stands|continue|continues|lie|lies|became|went|closed|" + ENGLISH_PAST.pattern),
    "es": re.compile(r"se|no|ya|aún|todavía|también|solo|sólo|[a-záéíóúñ]{2,}(?:ó|aron|ieron|aba|aban|ían|an|en)"),
}
# "Many believed that ...", «Muchos creen que ...»: people, the quantifier's own sense.
SAYING_VERBS = folded_words("""believe believed believes think thought say said claim claimed argue argued feared fear
    creen creian creyeron piensan pensaban dicen decian dijeron opinan opinaban temian afirman afirmaban sostienen""")


def elliptical_subject(text: str, lang: Language) -> str | None:
    """The quantifier opening ``text`` with its noun left out ("Some were", «Otros se»), or None."""
    code = _code(lang)
    found = ELLIPTICAL_QUANTIFIER[code].match(text.strip().lstrip("¿¡\"“«'"))
    if found is None:
        return None
    after = found.group("next").lower()
    if fold(after) in SAYING_VERBS or not ELLIPTICAL_NEXT[code].fullmatch(after):
        return None
    rest = WORD.findall(text[text.find(found.group("next")) + len(after):])[:1]
    if code == "en" and after.endswith("ed") and rest and rest[0].islower() and fold(rest[0]) not in lang.words.stop_words:
        return None  # "Most raised bogs began ...": a participle before its noun
    if code == "es" and SPANISH_ADJECTIVE.fullmatch(after):
        return None  # «Algunos antiguos ...»
    return found.group().strip()


# A figure of what flows, drains or is lost, its source unsaid ("About 3,000 cubic metres
# evaporated every day", «Cada día se evaporan unos 2.500 metros cúbicos»): evaporated from
# what? Quoted with the sentence before, which names it, or not asked.
FLOW_VERB = {
    "en": re.compile(
        r"^(?:(?:about|some|nearly|almost|around|over|up to|more than|roughly)\s+)?(?:\d[\d,.]*|____)\s+(?:[a-z]+\s+){0,3}?"
        r"(?:evaporat|leak|seep|drain|escap|trickl|pour|overflow|spill)(?:ed|es|s|e)\b(?![^.]*\b(?:from|out of|through)\b)",
        re.IGNORECASE),
    "es": re.compile(r"\bse\s+(?:evapora|filtra|escapa|pierde|derrama|vierte|desborda)n?\b"),
}


def unsourced_flow(text: str, lang: Language) -> str | None:
    """The verb of ``text`` saying a figure flows or is lost without saying from what ("About
    3,000 cubic metres evaporated every day"), when the sentence's subject is the figure itself
    (it opens with a figure or a bound before it, or, in Spanish, with «se» and the verb), or None."""
    code = _code(lang)
    head = text.strip()
    found = FLOW_VERB[code].search(head)
    if found is None:
        return None
    if code == "es" and re.search(r"\b(?:del?|desde)\s+(?:el|la|los|las)\s", head[found.end():]):
        return None  # «se evaporan del embalse»: said where from
    return found.group()


# A timeline's item quoted alone ("July ____: the county approves the crossing", «Julio de ____:
# la diputación aprueba el servicio») or after a lead-in pointing at the list («Los hitos del
# proyecto han sido estos.»): which timeline? The lead-in's own subject, named in brackets,
# gives it ("[In the service's milestones,] July ____: ...", «[En los hitos del servicio,] julio
# de ____: ...»: a month mid-sentence is written in lower case in Spanish; brief context3).
TIMELINE_LEAD_SUBJECT = {
    "en": re.compile(
        r"^(?P<np>(?:The|the)\s+[^,:;.]{2,60}?)\s+(?:can be told|could be told|can be traced|were|was|are|is|have been|has been"
        r"|followed one another|unfolded|ran)\b"),
    "es": re.compile(
        r"^(?P<np>(?:Los|Las|El|La)\s+[^,:;.]{2,60}?)\s+(?:han sido|fueron|son|eran|fue|es|se resumen|se pueden|pueden|se sucedieron)\b"),
}


def _date_label(text: str, lang: Language) -> re.Match[str] | None:
    """The date label opening a timeline's item ("1934:", "July 1958:", «Julio de ____:»)."""
    months = "|".join(sorted((re.escape(m) for m in lang.months if len(m) > 2), key=len, reverse=True))
    return re.match(rf"^(?:(?P<month>(?i:{months}))\s+(?:de\s+)?)?(?:\d{{4}}|____)\s*:", text.strip())


def with_timeline(text: str, earlier: str, lang: Language) -> str | None:
    """``text`` (a timeline's item to quote, maybe gapped) with the timeline it belongs to named
    before it in brackets, from the lead-in that introduces the dated items before it, or None
    when it is no dated item or the lead-in names no subject ("The dates were:")."""
    label = _date_label(text, lang)
    if label is None:
        return None
    sentences = [t for s in re.split(r"(?<=[.!?])\s+|\n+", earlier) if (t := s.strip().lstrip("-*•–· ").strip())]
    while sentences and _date_label(sentences[-1], lang):
        sentences.pop()  # the timeline's earlier items
    if not sentences or _date_label(sentences[-1], lang) is not None:
        return None
    lead = sentences[-1]
    subject = TIMELINE_LEAD_SUBJECT[_code(lang)].match(lead)
    if subject is None:
        return None
    np = subject.group("np")
    np = lower_initial(np)
    opening = "In" if _code(lang) == "en" else "En"
    body = text.strip()
    if _code(lang) == "es" and label.group("month"):
        body = lower_initial(body)  # «julio de 1958»: a month is no name in Spanish
    return f"[{opening} {np},] {body}"


# Referents a sentence leans on by a noun or a verb that only means something with them (end
# reviews of unseen texts, brief standalone): a relational noun after a possessive ("his
# successor", «su antecesor»: whose?), a definite noun naming a moment or a cause an earlier
# sentence told ("the turning point", «el detonante»: of what?), a response verb with no object
# ("the ministry responded by ...", «el Gobierno respondió con ...»: to what?). Quoted alone, the
# sentence asks about a thing the learner is not shown: it is quoted with the sentence before
# (``Builder.with_previous``), or not asked.
RELATIONAL_NOUNS = {
    "en": folded_words("""successor successors predecessor predecessors rival rivals heir heirs opponent opponents
        widow widower deputy counterpart challenger"""),
    "es": folded_words("""sucesor sucesora sucesores antecesor antecesora antecesores predecesor predecesora predecesores
        rival rivales heredero heredera herederos viuda viudo adversario adversaria contrincante homólogo homóloga"""),
}
RELATIONAL_POSSESSIVE = {
    "en": re.compile(r"\b(?P<possessive>his|her|its|their)\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?", re.IGNORECASE),
    "es": re.compile(r"\b(?P<possessive>su|sus)\s+(?P<first>[a-záéíóúñ]+)(?:\s+(?P<second>[a-záéíóúñ]+))?", re.IGNORECASE),
}
# A definite noun naming a moment or a cause of a story told before ("the turning point", "the
# last straw", «el punto de quiebre», «el detonante»), with nothing after it saying of what.
TURN_NOUNS = {
    "en": re.compile(
        r"\b(?P<article>the)\s+(?:(?:real|final|decisive|immediate|true|main|key)\s+)?"
        r"(?P<noun>turning[ -]point|breaking[ -]point|tipping[ -]point|last straw|final straw|trigger|backlash|spark|flashpoint|aftermath|fallout)\b"
        r"(?!\s+(?:of|for|to|in|against|behind|that|which|from|over)\b)", re.IGNORECASE),
    "es": re.compile(
        r"\b(?P<article>el|la|del|al)\s+(?:(?:verdadero|verdadera|definitivo|definitiva|último|última|gran)\s+)?"
        r"(?P<noun>punto\s+de\s+(?:quiebre|inflexión|ruptura|no\s+retorno)|detonante|desencadenante|gota\s+que\s+colmó\s+el\s+vaso|chispa|estallido)\b"
        r"(?!\s+(?:de|del|para|en|contra|que|a)\b)", re.IGNORECASE),
}
# A verb of responding whose object ("to the flood", «a la crisis», «ante ...») is not said.
# Past tenses only: a story's actor responding; a present "reacts", «reacciona» is mostly a
# substance's ("the juices react with the air"), and so is "reacted with the ..." («reaccionó
# con el oxígeno»).
RESPONSE_VERB = {
    "en": re.compile(
        r"\b(?P<verb>responded|reacted|retaliated|hit back)\b(?:\s+(?:quickly|swiftly|promptly|at once|immediately|angrily|firmly|later))?"
        r"(?!\s+(?:to|against|that)\b)", re.IGNORECASE),
    "es": re.compile(
        r"\b(?P<verb>respondió|respondieron|reaccionó|reaccionaron)(?![\wáéíóúñ])(?:\s+(?:rápidamente|pronto|enseguida|de inmediato|con rapidez|luego))?"
        r"(?!\s+(?:a|al|ante|frente|contra|que)\b)", re.IGNORECASE),
}
REACTING_WITH_A_SUBSTANCE = {
    "en": re.compile(r"^reacted(?:\s+\w+)?\s+with\s+the\b", re.IGNORECASE),
    "es": re.compile(r"^reaccion(?:ó|aron)(?:\s+\w+)?\s+con\s+(?:el|la|los|las)\b", re.IGNORECASE),
}
# What, earlier in the sentence, gives the cause a response answers ("When the river flooded,
# the council reacted ...", «Ante la caída del precio, la cofradía reaccionó ...»).
CAUSE_BEFORE = {
    "en": re.compile(r"\b(?:when|after|as|once|because|since|faced with|following|in the face of)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:cuando|tras|ante|después de|frente a|al ver|como|porque|debido a)\b", re.IGNORECASE),
}


def _name_before(text: str, lang: Language) -> bool:
    """Whether ``text`` (the sentence up to a possessive) names someone or something: a word in
    capitals past its first, or a first one no stop word ("Tom Ashby retired, and his ...")."""
    if "____" in text:
        return True  # "When ____ retired, his successor ...": the gap is the name
    words = WORD.findall(text)
    return any(w[:1].isupper() and fold(w) not in lang.words.stop_words and (i > 0 or len(words) > 1) for i, w in enumerate(words))


def unstated_referent(text: str, lang: Language) -> str | None:
    """The words of ``text`` that lean on a referent the sentence does not show (a possessive
    relational noun, "his successor"; a definite turning point or cause, «el detonante»; a
    response verb with no object, "the ministry responded by"), or None: the sentence names
    whose before the possessive, says of what after the noun, or gives the cause before the
    response ("When the river flooded, the council reacted ...")."""
    code = _code(lang)
    text = text.strip()
    for found in RELATIONAL_POSSESSIVE[code].finditer(text):
        # the noun right after the possessive, or after one word of its own ("his immediate successor")
        if not any(fold(w or "") in RELATIONAL_NOUNS[code] for w in (found.group("first"), found.group("second"))):
            continue
        if _name_before(text[: found.start()], lang):
            continue  # "When Tom Ashby retired, his successor ...": whose is said
        first = found.group("first")
        return found.group("possessive") + " " + (first if fold(first) in RELATIONAL_NOUNS[code] else f"{first} {found.group('second')}")
    if (turn := TURN_NOUNS[code].search(text)) is not None:
        return turn.group()
    for found in RESPONSE_VERB[code].finditer(text):
        if CAUSE_BEFORE[code].search(text[: found.start()]) or REACTING_WITH_A_SUBSTANCE[code].match(text[found.start():]):
            continue
        return found.group("verb")
    return None


# Pointers whose referent the sentence quoted before must name (final reviews of unseen texts,
# brief referents): a noun counted or compared in another sentence ("the second effect", «el
# segundo efecto», "such a cut", «una situación parecida», «tal decisión»), «dicho sistema», a
# subject pronoun after an opening phrase ("In 1849, after an illness, he ...", «Él pagó ...»),
# a time counted from another sentence's ("two years later", «al año siguiente», "that year").
# The words of each language are Language.referent_pointer and Language.relative_time. What the
# context must show: the year it counts from (YEAR_NEEDED; "by then", «hasta entonces»: a time,
# TIME_NEEDED, a season or a month will do), a name (NAME_NEEDED), what the thing
# is like (SHOWN_NEEDED: a sentence of its own that stands alone), or the noun itself, written
# where it is not a pointer in turn ("two main effects", not "the first effect").
YEAR_NEEDED, TIME_NEEDED, NAME_NEEDED, SHOWN_NEEDED = "a year", "a time", "a name", "what it is"
YEAR = re.compile(r"(?<![\d,.])(?:1[0-9]\d{2}|20\d{2})(?![\d,.]\d)")
POINTER_DETERMINERS = {
    "en": folded_words("the this that these those such said aforementioned second third latter same"),
    "es": folded_words("""el la los las del al este esta estos estas ese esa esos esas aquel aquella aquellos aquellas
        dicho dicha dichos dichas tal tales mismo misma segundo segunda tercer tercero tercera"""),
}


def _own_date(text: str, lang: Language) -> bool:
    """Whether ``text`` gives a date of its own, a day and month ("Six days earlier, on 31 March,
    the branch closed ..."): the counted time is dated in the sentence itself."""
    if lang.full_date.search(text) is not None:
        return True
    days = re.findall(r"\b([0-3]?\d)(?:\s+de)?\s+([^\W\d_]+)|\b([^\W\d_]+)\s+([0-3]?\d)\b", text)  # "31 March", «31 de marzo», "March 31"
    return any(fold(after or before).lower() in lang.months for _, after, before, _ in days)


def unnamed_pointer(text: str, lang: Language, earlier: str | None = None) -> tuple[str, str] | None:
    """The words of ``text`` (a sentence) pointing back to a referent it does not name, and what
    a context quoted before it must show for it (a noun, ``YEAR_NEEDED``, ``NAME_NEEDED``,
    ``SHOWN_NEEDED``), or None. The sentence's own year before a counted time ("In 1850 the mill
    opened, and two years later ..."), its own noun before an ordinal ("two effects: ..., and the
    second effect ..."), a name before a pronoun ("When Ruiz retired in 1850, he ...") say it.
    An ordinal's noun points back only when ``earlier`` (the text before the sentence) writes
    it: else it is a term of the text's own («Durante la segunda fermentación, ...»); with no
    ``earlier`` given, which cannot be told, it is not reported."""
    code = _code(lang)
    time = lang.relative_time.search(text)
    if time is not None and time.group("since") and text[: time.start()].strip(" ¿¡\"“«'"):
        time = None  # "made in Hagenau, which was German at the time": the sentence's own time (only an opening "By then" points back)
    if time is not None and not YEAR.search(text[: time.start()]) and "____" not in text[: time.start()] and not _own_date(text, lang):
        return time.group().strip(), TIME_NEEDED if time.group("since") else YEAR_NEEDED
    for found in lang.referent_pointer.finditer(text):
        before = text[: found.start()]
        if noun := found.group("counted") or found.group("first"):
            written = rf"\b{_noun_pattern(noun, code, numbers=True)}\b"
            if re.search(written, before) or earlier is None or not re.search(written, earlier):
                continue
            return found.group().strip(), noun
        if found.group("pronoun"):
            if _name_before(" ".join(w for w in before.split() if fold(w.strip(",;:")) not in lang.months), lang):
                continue  # "When Tom Ashby retired, he ...": the sentence names him ("In March 1850, he": no name)
            if fold(found.group("pronoun")).lower() == "they" and PLURAL_BEFORE.search(before):
                continue  # "When the workers struck in 1912, they ...": a plural of its own
            if any(fold(w).lower() in lang.roles for w in WORD.findall(before)):
                continue  # "When the engineer retired in 1850, he ...": a role of its own
            return found.group("pronoun"), NAME_NEEDED
        return found.group().strip(), SHOWN_NEEDED
    if (said := POINTING_BACK[code].search(text)) is not None and (pointer := points_back(text, lang)):
        # «dicho sistema», "the said system": the context writes the system; «aquella
        # experiencia» may take up what it tells in other words.
        return pointer, said.group(2) if re.match(r"(?i)dich|the said|the aforementioned", pointer) else SHOWN_NEEDED
    return None


def pointer_named(need: str, shown: str, lang: Language) -> bool:
    """Whether ``shown`` (the sentences quoted before one with a pointer) gives what the pointer
    needs (``unnamed_pointer``): a year, a name, or the noun written where it is not itself a
    pointer ("The canal had two main effects", not "the plan"; "The first flush, picked in
    March, ..." shows the series "the second flush" goes on: a first of a noun the writer counts
    out, "The first effect was ...", leans in turn and is quoted with the one before it)."""
    code = _code(lang)
    if need == YEAR_NEEDED:
        return YEAR.search(shown) is not None or lang.full_date.search(shown) is not None  # "in 1851", "on 3 May"
    if need == TIME_NEEDED:  # «La naviera aseguró que el barco volverá en otoño. Hasta entonces ...»
        return pointer_named(YEAR_NEEDED, shown, lang) or any(fold(w).lower() in TIME_NOUNS or fold(w).lower() in lang.months for w in WORD.findall(shown))
    if need == NAME_NEEDED:
        return _name_before(shown, lang)
    if need == SHOWN_NEEDED:
        return True
    for found in re.finditer(rf"\b{_noun_pattern(need, code, numbers=True)}\b", shown):
        words = WORD.findall(shown[: found.start()])[-2:]
        pointing = (bool(words) and fold(words[-1]) in POINTER_DETERMINERS[code]) or (
            len(words) == 2 and fold(words[0]) in POINTER_DETERMINERS[code] and fold(words[1]) in POINTER_DETERMINERS[code])
        if not pointing or SAYS_WHICH_AFTER[code].match(shown[found.end():]):
            return True
    return False


_SPEAKER_NAME = r"[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[-'’][A-ZÁÉÍÓÚÑ]?[^\W\d_]+)?"


@cache
def _attributed_quotation(tags: str) -> re.Pattern[str]:
    name = rf"{_SPEAKER_NAME}(?:\s+(?:de|del|van|von|da|{_SPEAKER_NAME}))*"
    return re.compile(
        rf"^\s*[\"“«](?P<quote>[^\"“”«»]{{8,}}?)[,.!?]?[\"”»],?\s+"
        rf"(?:(?:{tags})\s+(?:[^\W\d_][\w\-]*\s+){{0,5}}?{name}|{name}\s+(?:{tags}))"
        rf"(?:,\s+[^\"“”«»]*)?[.!?]?\s*$"
    )


def attributed_quotation(text: str, lang: Language) -> str | None:
    """The quotation of a sentence that names its speaker beside it ('"I have coached here for
    23 years," said coach Helen Marsh.', '"We could not ...," Dunmore said.', «"No vamos a
    ...", afirmó la consejera Marta Ibáñez.»), or None: read with its tag, the quotation's "I",
    "we" and "this morning" are the named speaker's, not an earlier sentence's."""
    if lang.quotation_tags == r"(?!)":
        return None
    m = _attributed_quotation(lang.quotation_tags).match(text)
    return m.group("quote") if m else None


def speaker_time_only(text: str, lang: Language) -> bool:
    """Whether every demonstrative of ``text`` is one of time inside the quotation of a sentence
    tagged with its speaker ('"... a crowd like this morning's," said coach Helen Marsh'): the
    speaker's own day, which the tag dates (the news story's), not a time an earlier sentence
    gives. A demonstrative outside the quotation, or before another noun ("this ferry"), still
    points back."""
    quote = attributed_quotation(text, lang)
    if quote is None:
        return False
    demonstratives = {fold(w) for w in lang.demonstratives}
    outside = text.replace(quote, " ")
    if any(fold(w) in demonstratives for w in WORD.findall(outside)):
        return False
    words = [fold(w) for w in WORD.findall(quote)]
    for i, w in enumerate(words):
        if w in demonstratives:
            noun = re.sub(r"(?:'s|’s)$", "", words[i + 1]) if i + 1 < len(words) else ""
            if noun not in TIME_NOUNS:
                return False
    return True


@cache
def _subject_relative(relative: str) -> re.Pattern[str]:
    return re.compile(rf",\s+(?:{relative})\s+(?P<clause>(?:[^,.;:()\"“”«»]|[,.](?=\d))+?)(?=\s*(?:[;:!?]|[,.](?!\d)|$))")  # "1.500", "2,000" inside


def relative_fact(text: str, lang: Language) -> tuple[str, int, int] | None:
    """A relative clause set off by a comma, about the noun just before it ("Many came to see the
    restored tiled hall, which first opened in 1898.", «..., el depósito de cristal, que fue
    diseñado por ...»), as (the noun phrase from its article, the clause's start and end in
    ``text``), or None. The clause read after its noun is a sentence of its own ("The restored
    tiled hall first opened in 1898."), whatever the sentence's subject leaned on."""
    if lang.subject_relative == r"(?!)":
        return None
    m = _subject_relative(lang.subject_relative).search(text)
    if m is None:
        return None
    before = list(WORD.finditer(text[: m.start()]))
    determiners = {fold(w) for w in lang.determiners}
    for back, w in enumerate(reversed(before[-6:])):
        if fold(w.group()) in determiners:
            start = w.start()
            phrase = text[start:m.start()]
            if back == 0 or not re.fullmatch(r"[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*)*", phrase):
                return None  # "the, which": no noun; a figure or a mark inside: not one noun phrase
            if any(fold(x) in lang.demonstratives or fold(x) in lang.possessives for x in phrase.split()):
                return None
            return phrase, m.start("clause"), m.end("clause")
    return None


@cache
def _unnamed_tag(tags: str, pronouns: str) -> re.Pattern[str]:
    return re.compile(
        rf"[\"”»],?\s+(?:(?:{pronouns})\s+(?:{tags})|(?:{tags})(?:\s+(?:{pronouns}))?)(?:\s+(?:then|later|again|luego|después))?\s*[.!?]?\s*$",
        re.IGNORECASE,
    )


def unnamed_speaker(text: str, lang: Language) -> bool:
    """Whether ``text`` ends on a quotation tagged by a pronoun or by no speaker at all
    ('"Fifty years of Sunday lunches were cooked in there," he said.', «"...", dijo.»): who
    speaks is in the sentence before, quoted with it, or the sentence is not asked."""
    if lang.quotation_tags == r"(?!)":
        return False
    pronouns = "|".join(sorted({re.escape(w) for w in lang.pronouns} | {"i", "él", "yo"}))
    return _unnamed_tag(lang.quotation_tags, pronouns).search(text) is not None
