"""A name the text marks as a person's by a title or a role right before it ("el profesor João
Guerreiro", "la alcaldesa Graça Cabrita", "the engineer Tendai Moyo", "Dr. Ngozi Okafor"), or by
what it does: a verb only people do right after it ("Rudolf Virchow argued", "Theodor Schwann
había demostrado"), or a relative or pronoun only people take ("Rudolf Virchow, who ...").

The name reader types a name as a person's only when its first word is a given name general
text knows (``Builder.named_like_person``): "João", "Tiago" or "Ngozi" are rare in the wordfreq
lists, so such a name was "a name of no known kind", accepted only whole. A learner answers
"Guerreiro" as naturally as "Dr. Okafor"'s readers say "Okafor" (review 17): with the title in
the text, the surname alone is accepted too (unless another person of the document shares it,
which ``Builder.surname_shared`` checks). A fresh review (kinds12) found "Rudolf Virchow" refusing
"Virchow" with no title in the text: a rare given name and no title, but the sentence's verb says
a person (``acts_as_person``).
"""
from __future__ import annotations

import re

from quizapp.derive.extract import fold
from quizapp.derive.extract import HONORIFICS, RELIGIOUS_ORDERS
from quizapp.derive.place_kinds import country_adjective
from quizapp.languages import Language

def _folded(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Titles and roles before a person's name, folded, beyond the language's own ``titles`` and
# ``roles`` (which serve other rules and are kept short): feminine forms and abbreviations,
# professions, and a sports text's positions ("the forward Pedro Cea", «el arquero Luis Campo»:
# a sports text calls its players by their surnames, and a learner types them so).
PERSON_MARKERS = {
    "en": _folded("""dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss sir dame engineer mayor
        councillor judge inspector detective sergeant constable nurse reverend rev rev. captain coach
        count countess duke duchess archduke archduchess earl baron baroness marquis marquess viscount
        archbishop cardinal warden prefect sheriff bailiff steward treasurer clerk magistrate consul ambassador
        abbot abbess prior provost headmaster headmistress schoolmaster schoolmistress foreman overseer keeper
        academic lawyer economist historian journalist scholar monk friar nun missionary scribe theologian
        striker forward goalkeeper defender midfielder winger full-back fullback centre-forward centre-half
        playmaker footballer player cricketer batsman bowler pitcher jockey cyclist sprinter"""),
    "es": _folded("""profesor profesora doctor doctora dr dr. dra dra. ingeniero ingeniera alcalde alcaldesa
        ministro ministra juez jueza fiscal senador senadora diputado diputada concejal concejala
        señor señora sr sr. sra sra. don doña arquitecto arquitecta abogado abogada investigador investigadora
        comisario comisaria inspector inspectora sargento capitán capitana entrenador entrenadora
        presidente presidenta director directora catedrático catedrática padre fray sor portavoz fundadora
        secretaria gobernadora jefa líder consejero consejera delegado delegada vicepresidente vicepresidenta
        conde condesa duque duquesa archiduque archiduquesa marqués marquesa barón baronesa vizconde vizcondesa
        arzobispo cardenal prefecto prefecta maestro maestra gobernador regidor regidora corregidor corregidora intendente
        alguacil tesorero tesorera notario notaria escribano cónsul embajador embajadora obispo párroco abad abadesa rector
        rectora decano decana capataz mayordomo alcaide alcaidesa farero farera monseñor hermano hermana madre
        jesuita franciscano franciscana dominico dominica benedictino benedictina agustino agustina carmelita capuchino
        capuchina cisterciense trapense salesiano salesiana mercedario escolapio fraile monje monja misionero misionera
        erudito erudita humanista
        académico académica jurista economista periodista historiador historiadora escritor escritora
        delantero delantera arquero arquera portero portera guardameta zaguero zaguera defensor defensora
        centrocampista mediocampista mediocentro centrodelantero goleador goleadora futbolista jugador jugadora
        ciclista tenista"""),
}
# The honorifics written capitalised before a name (extract.HONORIFICS: "Pandit", «Fray») are
# titles too.
for _code in PERSON_MARKERS:
    PERSON_MARKERS[_code] |= {fold(w) for w in HONORIFICS}
# Roles a text writes in apposition or after a copula ("its president, Nádia Piazza", "cuya
# portavoz fue ..."), beyond the titles above.
APPOSITION_ROLES = {
    "en": _folded("""president minister chair chairman chairwoman director secretary spokesman spokeswoman spokesperson
        governor founder leader head chief mayor ceo manager coordinator vice-president deputy"""),
    "es": frozenset(),
}
# (A player's verbs, "scored", «marcó», are among PERSON_VERBS.)
# Participles of a role verb before "by"/"por" ("presidida durante sus primeros años por").
ROLE_PARTICIPLES = {
    "en": _folded("chaired headed presided"),
    "es": _folded("""presidida presidido presididas presididos dirigida dirigido dirigidas dirigidos encabezada encabezado
        encabezadas encabezados coordinada coordinado capitaneada capitaneado capitaneados liderada liderado liderados
        entrenada entrenado entrenados"""),
}
# Participles of leading people before "by"/"por" ("the band, led by ", «los músicos,
# encabezados por »), for ROLE_PARTICIPLES in English (Spanish lists them there).
LEAD_PARTICIPLES = {"en": _folded("led captained coached conducted directed managed")}
COPULAS = {"en": _folded("was is"), "es": _folded("fue era es")}
BY = {"en": "by", "es": "por"}
# A name's last word this frequent in general text is a common word ("Guard", "Board"), not a
# surname only a role beside it vouches for.
COMMON_WORD_ZIPF = 4.0
LIST_JOINS = frozenset(("and", "or", "y", "e", "o", "u"))
MAX_ROLE_TAIL = 4  # words after the role before the name ("el ministro del Interior, ")


def _markers(lang: Language) -> frozenset[str]:
    return PERSON_MARKERS.get(lang.code, frozenset()) | {fold(w) for w in lang.titles | lang.roles}


def titled_before(before: str, lang: Language) -> bool:
    """Whether the text ``before`` a name ends with a person's title or role ("el profesor ",
    "Dr. ", "the chief engineer ", "el ingeniero forestal "): one lower-case word may follow
    the role ("forestal"), never a small word ("the engineer of", "el director de")."""
    words = fold(before).split()
    if not words:
        return False
    markers = _markers(lang)
    last = words[-1]
    if last in markers or last.rstrip(".") in markers:
        return True
    small = {fold(w) for w in lang.determiners | lang.name_connectors | lang.place_prepositions | lang.possessives}
    return len(words) >= 2 and words[-2] in markers and last.isalpha() and last not in small and before.rstrip()[-1:].islower()


# An office's portfolio ("ministro de Finanzas", "Minister of Transport", "Health Minister") runs
# straight into its holder's name when no comma parts them: «el exministro de Finanzas Jorge
# Gallardo», "the Health Minister Brenda Laidlaw". A portfolio of more than one word goes on with
# words far more frequent in the language's general text than in others (a common noun or
# adjective of the language: «Asuntos Exteriores», «Obras Públicas»), never with a given name.
PORTFOLIO_WORD_MARGIN = 3.0
OFFICE_CONNECTORS = frozenset(("de", "del", "of"))
EX_PREFIXES = ("ex-", "ex", "vice-", "vice", "sub")  # «exministro», «viceministra», «subsecretario»
HOLDER_WORDS = (2, 4)  # a holder's name: a given name and a surname, or two surnames and a particle


def _office(word: str, lang: Language) -> bool:
    """Whether ``word`` is an office or role noun ("ministro", "exministra", "Minister")."""
    folded = fold(word)
    markers = _markers(lang) | APPOSITION_ROLES.get(lang.code, frozenset())
    if folded in markers:
        return True
    return any(folded.startswith(p) and folded[len(p):] in markers for p in EX_PREFIXES)


def _portfolio_goes_on(word: str, lang: Language) -> bool:
    from quizapp.languages import international_fame

    return word[:1].isupper() and lang.familiarity(word.lower()) - international_fame(word) >= PORTFOLIO_WORD_MARGIN


def portfolio_opens(before: str, lang: Language) -> bool:
    """Whether the text ``before`` a run of capitalised words ends with an office and "de" or
    "of" («el exministro de », "the Minister of "): the run opens with the office's portfolio."""
    tail = fold(before).split()
    return before.endswith(" ") and len(tail) >= 2 and tail[-1] in OFFICE_CONNECTORS and _office(tail[-2], lang)


PORTFOLIO_BEFORE = re.compile(r"((?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s(?:(?:de|del|of)\s)?)+)$")


def held_office_before(before: str, name: list[str], lang: Language) -> bool:
    """Whether the text ``before`` a name ends with an office and its portfolio («la ministra de
    Defensa », "the Minister of Transport "): the name is the office holder's, a person's."""
    found = PORTFOLIO_BEFORE.search(before)
    if not found:
        return False
    portfolio = found.group(1).split()
    return office_holder_start([*portfolio, *name], before[: found.start()], lang) == len(portfolio)


def office_holder_start(words: list[str], before: str, lang: Language) -> int:
    """Where a person's name starts in a run of capitalised ``words`` that opens with an office's
    portfolio: after "ministro de " in the text ``before`` the run («Finanzas Jorge Gallardo»
    -> 1), after a title inside the run ("Health Minister Brenda Laidlaw" -> 2, "Minister of
    Transport Gordon Reid" -> 3). 0 when the run holds no portfolio and holder."""
    if portfolio_opens(before, lang):
        start = 1  # the portfolio's first word opens the run
    else:
        titles = [i for i, w in enumerate(words[:-2]) if w in lang.titles or (_office(w, lang) and w[:1].isupper())]
        if not titles:
            return 0
        start = titles[-1] + 1
        if fold(words[start]) in OFFICE_CONNECTORS:
            start += 2  # "Minister of Transport ..."
    while len(words) - start > HOLDER_WORDS[0]:
        if fold(words[start]) in OFFICE_CONNECTORS and len(words) - start > HOLDER_WORDS[0] + 1:
            start += 2  # «Estado de Comercio ...»
        elif _portfolio_goes_on(words[start], lang):
            start += 1  # «Asuntos Exteriores ...»
        else:
            break
    holder = words[start:]
    kinds = lang.place_words | lang.organisation_words | lang.company_words
    if not HOLDER_WORDS[0] <= len(holder) <= HOLDER_WORDS[1] or any(w in kinds or not w[:1].isupper() for w in holder):
        return 0
    return start


# Endings of nouns of a profession, beyond the language's role list ("pathologist",
# "experimenter", "geógrafo", "botánica"), and the nouns of those endings that name no person
# (a vessel, a building, a road) before a name ("the steamer Great Eastern", "la carretera ...").
PROFESSION_ENDINGS = {
    "en": ("ist", "ologist", "grapher", "ian", "eer", "er", "or"),
    "es": ("ógrafo", "ógrafa", "ólogo", "óloga", "ista", "ico", "ica", "ero", "era", "dor", "dora", "nauta"),
}
NOT_PROFESSIONS = {
    "en": _folded("""water river tower center centre border order sector motor corridor liner steamer carrier tanker
        freighter trawler cruiser destroyer bomber computer letter paper number chamber quarter winter summer power
        corner cluster transistor reactor theater monitor container cylinder rover lander launcher tractor trailer
        cutter schooner clipper ferry deer career beer steer meteor mirror elevator generator radiator refrigerator
        median indian christian brother sister mother father daughter ancestor interior exterior floor door"""),
    "es": _folded("""carretera sendero crucero frontera cantera ribera bandera fábrica música clínica república basílica
        ordenador mirador comedor corredor ecuador acelerador reactor colector aeropuerto era escalera madera
        primavera ladera cordillera costera pradera barrera cafetera hoguera tabaquera petrolera naviera
        sociedad compañera crónica técnica política época obra"""),
}
DESCRIBED_SPAN = 4  # words between the determiner and the profession noun ("the nineteenth-century German ")


def described_before(before: str, lang: Language) -> bool:
    """Whether the text ``before`` a name ends with a determiner (or a preposition joined with
    one: "del", "al") and a lower-case noun of a profession, at most a few modifiers between
    ("attributed to the nineteenth-century pathologist ", "los papeles del geógrafo "), or a
    nationality used as a noun («los frescos del italiano », "the Mexican "): a noun the
    language's role list lacks still says what a person does, or who."""
    clause = re.split(r"[.;:()\n]", before)[-1]
    if not clause.endswith(" ") or clause.rstrip()[-1:] in ",":
        return False
    raw = clause.split()
    # A nationality used as a noun («los frescos del italiano », «la francesa », and in English
    # capitalised: "the Mexican ", names13) is a person's.
    nationality = bool(raw) and raw[-1].isalpha() and (
        ((raw[-1].islower() or lang.code == "en") and country_adjective(raw[-1], lang.code)) or raw[-1] in RELIGIOUS_ORDERS  # "the Jesuit "
    )
    if not raw or not raw[-1].isalpha() or not (raw[-1].islower() or nationality):
        return False
    noun = fold(raw[-1])
    if noun in NOT_PROFESSIONS.get(lang.code, frozenset()):
        return False
    if not nationality and noun not in _markers(lang) and not any(noun.endswith(fold(e)) and len(noun) >= len(e) + 2 for e in PROFESSION_ENDINGS.get(lang.code, ())):
        return False
    openers = {fold(w) for w in lang.determiners | lang.possessives} | {"del", "al"}
    return any(fold(w) in openers for w in raw[-2 - DESCRIBED_SPAN:-1])


def role_before(before: str, lang: Language) -> bool:
    """Whether the text ``before`` a name gives it a role: in apposition ("el ministro del
    Interior, ", "Its president, "), after a copula ("cuya portavoz fue ") or as the agent of a
    role verb ("presidida durante sus primeros años por ", "chaired in its first years by ")."""
    clause = re.split(r"[.;:()\n]", before)[-1]
    markers = _markers(lang) | APPOSITION_ROLES.get(lang.code, frozenset())
    small = {fold(w) for w in lang.determiners | lang.possessives}
    if clause.rstrip().endswith(","):
        words = fold(clause.rstrip().rstrip(",").split(",")[-1]).split()
        for i, w in enumerate(words):
            # The role opens its comma's segment, a noun phrase of its own: "el ministro del
            # Interior, ", "The transport minister, "; not "Tras la reunión con el alcalde, ".
            if w in markers and (i == 0 or (words[0] in small and i <= 2)) and len(words) - i - 1 <= MAX_ROLE_TAIL:
                return True
        return False
    words = fold(clause).split()
    if len(words) >= 2 and words[-1] in COPULAS.get(lang.code, frozenset()) and words[-2] in markers:
        return True
    if words and words[-1] == BY.get(lang.code):
        participles = ROLE_PARTICIPLES.get(lang.code, frozenset()) | LEAD_PARTICIPLES.get(lang.code, frozenset())
        return any(w in participles for w in words[-2 - MAX_ROLE_TAIL:-1])
    return False


# Words of time that may stand before a role in apposition ("Dan Marlow, then minister for
# fisheries", "a former minister", «por entonces ministra de Salud», «la entonces ministra»):
# the role still says a person.
ROLE_TIMES = {
    "en": _folded("then now later formerly once still since former onetime one-time sometime erstwhile future longtime long-time"),
    "es": _folded("entonces ya luego hoy ahora aun todavia después despues antiguo antigua futuro futura"),
}


def role_after(after: str, lang: Language) -> bool:
    """Whether the text ``after`` a name gives it a role in apposition (", the association's
    president", ", presidenta de la asociación")."""
    m = re.match(r"\s*,\s*([^,.;:]*)([,.;:]?)([^,.;:]*)", after)
    if not m:
        return False
    if m.group(2) == "," and set(fold(m.group(3)).split()) & LIST_JOINS:
        return False  # a list ("to the Coast Guard, the ship's manager, bridge owners and ..."), no apposition
    words = fold(m.group(1)).split()
    times = ROLE_TIMES.get(lang.code, frozenset())
    while words and (words[0] in times or words[:2] == ["por", "entonces"]):
        words = words[1:]  # ", then minister for fisheries", «, por entonces ministro de Pesca»
    if len(words) >= 2 and words[1] in times:
        words = [words[0], *words[2:]]  # ", a former minister of health", «, la entonces ministra»
    markers = _markers(lang) | APPOSITION_ROLES.get(lang.code, frozenset())
    small = {fold(w) for w in lang.determiners | lang.possessives}
    if len(words) >= 2 and (words[0] in small or words[0].endswith("'s")) and _role_after_modifiers(m.group(1).split()[-len(words) + 1:], markers, lang):
        return True  # ", the city's first directly elected mayor", «, la primera alcaldesa elegida»
    words = words[:3]
    return any(w in markers or w.rstrip("'s") in markers for w in words[:1]) or (
        len(words) >= 2 and (words[0] in small or words[0].endswith("'s")) and (words[1] in markers or (len(words) > 2 and words[1].endswith("'s") and words[2] in markers))
    )


MAX_ROLE_MODIFIERS = 4  # ", the city's first directly elected mayor": words between the article and the role


def _role_after_modifiers(words: list[str], markers: frozenset[str], lang: Language) -> bool:
    """Whether an apposition's words after its article (or possessive) are a few lower-case
    modifiers (an owner's "city's", an ordinal, adverbs, participles) and then a role ("the
    region's first directly elected mayor"); no small word between ("the head of ...": the
    short rule reads those); what follows the role is its own modifiers («alcaldesa elegida»)."""
    small = {fold(w) for w in lang.determiners | lang.possessives | lang.name_connectors | lang.place_prepositions}
    for i, raw in enumerate(words[: MAX_ROLE_MODIFIERS + 1]):
        w = fold(raw)
        if w in markers:
            return i >= 1
        if not raw.replace("-", "").replace("'", "").isalpha() or not raw[:1].islower() or w in small:
            return False
    return False


# Verbs only people do, right after a name (a few auxiliaries or adverbs may come between):
# "argued", "had already shown", "defendió", "ya había demostrado".
PERSON_VERBS = {
    "en": _folded("""argued said says wrote writes claimed claims proposed described discovered showed shown believed
        thought noted observed watched insisted explained told recalled admitted denied published studied suggested
        realised realized concluded recognised recognized invented painted composed founded married died born
        announced declared replied answered admired criticised criticized taught learned learnt lectured
        moved resigned retired emigrated sang conducted coached
        scored equalised equalized"""),
    "es": _folded("""dijo dice afirmó afirma escribió escribe defendió defiende propuso describió descubrió demostró
        demostrado observó explicó publicó estudió sugirió concluyó nació murió fundó pintó compuso inventó recordó
        admitió negó declaró sostuvo sostiene creía pensaba enseñó aprendió anunció respondió contestó criticó casó
        dimitió renunció emigró cantó dirigió encabezó dirigido encabezado
        marcó anotó empató"""),
}
BETWEEN_WORDS = {
    "en": _folded("had has have was is would later then also already never first soon once himself herself"),
    "es": _folded("ya había habían ha han luego también después pronto nunca primero se lo la"),
}
PERSON_RELATIVES = {"en": _folded("who whom whose he she his her himself herself"), "es": _folded("quien quienes él ella")}
MAX_BETWEEN = 2
# Relatives that take people and things alike («que»): a person's verb after them still says a person.
THING_RELATIVES = {"es": _folded("que")}


def acts_as_person(after: str, lang: Language) -> bool:
    """Whether the text ``after`` a name makes it a person's: a verb only people do ("argued",
    "had already shown", "defendió"), or a relative or pronoun only people take (", who", "he")."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", after.split(".")[0])][:MAX_BETWEEN + 1]
    if not words:
        return False
    if re.match(r"\s*,?\s*[^\W\d_]+", after) and words[0] in PERSON_RELATIVES.get(lang.code, frozenset()):
        return True
    verbs, between = PERSON_VERBS.get(lang.code, frozenset()), BETWEEN_WORDS.get(lang.code, frozenset())
    if re.match(r"\s*,\s*[^\W\d_]+", after) and words[0] in THING_RELATIVES.get(lang.code, frozenset()):
        # «Anxo Barreiro, que había dirigido la huelga»: «que» takes things too, so the verb
        # after it decides, as after the name itself.
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", after.split(".")[0])][1:MAX_BETWEEN + 2]
    elif re.match(r"\s*[,;:(]", after):
        return False  # "Virchow, the ...": an apposition, which role_after reads
    for w in words:
        if w in verbs:
            return True
        if w not in between:
            return False
    return False


# A verb right after a name, then a possessive only people take ("lost his seat", "kept her
# post", «perdió su escaño»; a few auxiliaries or adverbs may come first: "had lost his").
# English "their" takes bodies too, but a surname whose given name the document writes (the
# caller's condition) is a person's; Spanish «su» takes anything, and so do "its" and «sus»
# after a thing's name, which is why only a caller that knows the name is a person's asks.
POSSESSIVE_AFTER_VERB = {
    "en": re.compile(r"^\s+(?:(?:had|has|have|was|is|would|later|then|also|already|never|first|soon|once)\s+)?([a-z]+)\s+(?:his|her|their)\b"),
    "es": re.compile(r"^\s+(?:(?:ya|había|habían|ha|han|luego|también|después|pronto|nunca|primero|se)\s+)?([a-záéíóúñü]+)\s+sus?\b"),
}


def verb_with_possessive(after: str, lang: Language) -> bool:
    """Whether the text ``after`` a name opens with a verb and a person's possessive ("lost
    his seat", «perdió su escaño»): the word before the possessive no stop word ("and his
    crew", «y su equipo»)."""
    pattern = POSSESSIVE_AFTER_VERB.get(lang.code)
    found = pattern.match(after) if pattern else None
    return found is not None and fold(found.group(1)) not in lang.words.stop_words


def described_name(name: str, document: str, lang: Language) -> bool:
    """Whether the document writes ``name`` (any shape: "Domenico de Angelis" too) right after a
    person's title or role, or a noun of a profession or a nationality («del italiano»)."""
    return any(
        titled_before(document[:m.start()], lang) or described_before(document[:m.start()], lang)
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", document)
    )


def named_as_person(name: str, document: str, lang: Language) -> bool:
    """Whether the document marks ``name`` (two or three capitalised words) as a person's: after
    a title or a role (``titled_name``), or by what it does (``acts_as_person``), with a last word
    that is no common word ("Guard")."""
    if titled_name(name, document, lang):
        return True
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words):
        return False
    if lang.familiarity(words[-1].lower()) >= COMMON_WORD_ZIPF:
        return False
    return any(acts_as_person(document[m.end():m.end() + 80], lang) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", document))


def _placelike(words: list[str], lang: Language) -> bool:
    """Whether a name holds a word of a place or an organisation ("Puerto", "Company"), or ends
    in a common word: no person, whatever noun stands before it."""
    kinds = lang.place_words | lang.organisation_words | lang.company_words
    return any(w in kinds for w in words) or lang.familiarity(words[-1].lower()) >= COMMON_WORD_ZIPF


def titled_name(name: str, document: str, lang: Language) -> bool:
    """Whether the document writes ``name`` (two or three capitalised words) right after a
    person's title or role at least once."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words):
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", document):
        before, after = document[max(0, m.start() - 80):m.start()], document[m.end():m.end() + 60]
        if titled_before(before, lang) or held_office_before(before, words, lang) or (described_before(before, lang) and not _placelike(words, lang)):
            return True
        # A role beside a name, not a title before it, also stands beside a list's items and
        # bodies ("the ship's manager" after "the Coast Guard"): a surname that is a common word
        # ("Guard") is then no surname.
        if (role_before(before, lang) or role_after(after, lang)) and lang.familiarity(words[-1].lower()) < COMMON_WORD_ZIPF:
            return True
    return False


def named_after_thing_noun(name: str, document: str, lang: Language) -> bool:
    """Whether the document writes ``name`` right after an article and a lower-case noun that is
    no title, role, profession or nationality ("the corvette María Pita", «la goleta Ainhoa
    Soto», "the young ..."): a vessel's, a building's or a thing's name, whatever person it is
    named after; the name lists (given_names.py) then say nothing."""
    openers = {fold(w) for w in lang.determiners | lang.possessives} | {"del", "al"}
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", document):
        before = document[max(0, m.start() - 80):m.start()]
        words = re.split(r"[.;:()\n,]", before)[-1].split()
        if len(words) < 2 or not before.endswith(" ") or not words[-1].isalpha() or not words[-1].islower():
            continue
        if fold(words[-2]) in openers and not (titled_before(before, lang) or described_before(before, lang)):
            return True
    return False


# Words before a name that report what a person says ("according to Carolina Ruiz", «según
# Carolina Ruiz»), and pronouns that open the next sentence about a person ("She counted ...").
SOURCE_BEFORE = re.compile(r"(?:\baccording\s+to|(?<!\w)seg[uú]n)\s+$", re.IGNORECASE)
# As written, lower-cased, not folded: Spanish «El» (the article) is «él» (he) only with its accent.
SUBJECT_PRONOUNS = {"en": frozenset(("he", "she")), "es": frozenset(("él", "ella"))}
NEXT_SENTENCE = re.compile(r"[^.!?;\n]*[.!?;]\s+([^\W\d_]+)")  # the next sentence or clause: "...; she said"


def _marks_person(before: str, after: str, name: list[str], lang: Language) -> bool:
    """Whether the text around one writing of a name makes it a person's: a title, a role or a
    profession before it, a role after it, a person's verb, relative or pronoun after it,
    «según» before it, or "he"/"she" opening the next sentence or clause."""
    if titled_before(before, lang) or held_office_before(before, name, lang) or described_before(before, lang):
        return True
    if role_before(before, lang) or role_after(after, lang) or acts_as_person(after, lang) or SOURCE_BEFORE.search(before):
        return True
    following = NEXT_SENTENCE.match(after)
    return following is not None and following.group(1).lower() in SUBJECT_PRONOUNS.get(lang.code, frozenset())


def given_named_person(name: str, document: str, lang: Language) -> bool:
    """Whether ``name`` (two or three capitalised words, the first a given name the name lists
    give: "Jackie King", «Lucía Rey», «Ramón Leal Soto») is a person's by what the document
    says of it, whatever its surname's word: somewhere the full name stands with a person's
    title, role, verb or pronoun (``_marks_person``: "Helen Moon, who ...", «según Carolina
    Ruiz», «la bióloga Marta Bravo»), or the surname alone does ("King said", «Rey explicó»,
    «Leal Soto explicó»). ``named_as_person`` refuses a surname that is a common word ("Guard"
    of "the Coast Guard"); a given name before it is what says a person (issue 10, surnames)."""
    from quizapp.derive.given_names import given_name

    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words):
        return False
    if not given_name(words[0]):
        return False
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", document):
        if _marks_person(document[max(0, m.start() - 80):m.start()], document[m.end():m.end() + 200], words, lang):
            return True
    surnames = {" ".join(words[1:]), words[1]} if len(words) == 3 and lang.double_surnames else {words[-1]}
    rest = document.replace(name, " ")
    for surname in surnames:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", rest):
            before, after = rest[max(0, m.start() - 80):m.start()], rest[m.end():m.end() + 200]
            if re.match(r"\s+[A-ZÁÉÍÓÚÑ]", after) or (re.search(r"[A-ZÁÉÍÓÚÑ][\w'’-]*\s$", before) and not re.search(r"(?:^|[.!?:;]\s*|\n)\S+\s$", before)):
                continue  # inside another name ("King Street", "Lower Moon")
            if acts_as_person(after, lang) or SOURCE_BEFORE.search(before):
                return True
    return False


def surname_names_a_thing(surname: str, name: str, document: str, lang: Language) -> bool:
    """Whether ``document`` writes ``surname`` (a word of the person's name ``name``) for
    something else: in lower case, a thing's or a quality's word ("a fox had taken the hens",
    «el rey había cedido»), or inside another capitalised name ("King Street", «Puerto Bravo»).
    The surname alone would name that too, and is no answer for the person."""
    words = name.split()
    rest = document.replace(name, " ")
    if len(words) == 3:
        rest = rest.replace(" ".join(words[1:]), " ")  # «Leal Soto explicó»: the person's two surnames
    if re.search(rf"(?<![\w'’-]){re.escape(surname.lower())}(?![\w'’-])", rest):
        return True
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", rest):
        before, after = rest[max(0, m.start() - 40):m.start()], rest[m.end():m.end() + 40]
        if re.match(r"\s+(?:(?:de|del|of)\s+)?[A-ZÁÉÍÓÚÑ]", after):
            return True
        # ("Professor King" is the person still: a title is no other name.)
        other_name = re.search(r"[A-ZÁÉÍÓÚÑ][\w'’-]*\s+(?:(?:de|del|of)\s+)?$", before) and not re.search(r"(?:^|[.!?:;]\s*|\n)\S+\s$", before)
        if other_name and not titled_before(before, lang):
            return True
    return False
