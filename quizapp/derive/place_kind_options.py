"""The options of a choice on a place must be places of the kind the prompt names.

"set up a command at ____, the city's older airport" offered Ayutthaya (a province) among two
airports (review 16): the prompt's own noun ("airport", "el puerto de ____", "the town of
____", "____ provinces") rules out every option the document never writes as that kind, and a
reader is left a choice between fewer options than shown. The kind of each option is read from
the document: the option stands beside the kind noun in one of its sentences ("the new airport
at Marlow Down", "el puerto de Carril", "Ayutthaya and Pathum Thani provinces"). An option the
document never writes so is held to be of another kind, and the item is held back (it cannot be
told apart from a reader who knows the place, and a wrong-kind option is a give-away).

A named institution's seat is settled by the world, not the text: "At the Royal Aircraft
Establishment in ____" among Versailles, Elba and Naples (blind readers, session 9) is
Farnborough to anyone who knows the institution, and the others are ruled out as places abroad.
A place gap right after a name of two or more capitalised words and "in"/"at"/"en"
(``institution_seat``) is asked typed, not chosen.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.derive.extract import Sentence, fold
from quizapp.derive.giveaways import gaps_of
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

def _folded(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Nouns naming a kind of place, folded, singular; a plural adds "s" or "es".
KIND_NOUNS = {
    "en": _folded("""airport airfield port harbour harbor city town village hamlet province state county river lake island
        mountain volcano valley bay district region country station bridge dam canal street square park
        university hospital cathedral church museum stadium suburb neighbourhood neighborhood estate"""),
    "es": _folded("""aeropuerto aerodromo puerto ciudad pueblo aldea villa provincia estado condado rio lago isla monte
        montana volcan valle bahia distrito region pais estacion puente presa embalse canal calle plaza parque
        universidad hospital catedral iglesia museo estadio barrio comarca municipio"""),
}
# Words a kind noun's apposition stops at ("the airport of the city", "el aeropuerto que ...").
STOPS = {"en": frozenset(("of", "in", "at", "on", "that", "which", "where", "with", "and", "or")),
         "es": frozenset(("que", "donde", "con", "y", "o", "en"))}
OTHER_KIND = re.compile(r"\s*,?\s*(?:and|or|y|e|o|u)\s+(?:other|otros|otras)\s+([^\W\d_]+)", re.IGNORECASE)
WINDOW = 6  # words between an option and the kind noun that writes it as that kind


def _kind(word: str, code: str) -> str | None:
    """The kind noun ``word`` is (folded, singular), or None: "airports" -> "airport"."""
    w = fold(word)
    nouns = KIND_NOUNS[code]
    for form in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else ""):
        if form and form in nouns:
            return form
    return None


def place_kind_noun(word: str, code: str) -> str | None:
    """The kind of place ``word`` names ("hamlets" -> "hamlet", "pueblos" -> "pueblo"), or None."""
    return _kind(word, code if code in KIND_NOUNS else "en")


def named_kind(name: str, code: str) -> str | None:
    """The kind of place a name says it is in its own words, the last such noun ("Ardley Country
    Park" -> "park", "Lake Erie" -> "lake", «Estación de Tolcrosa» -> "estacion"), or None for a
    bare name ("Bradford", "Mount Jewett"). Options of a place share it with the key: the one
    park among towns is ruled out, or picked, by its kind (brief choices, issue 10)."""
    kinds = [k for w in name.split() if w[:1].isupper() and (k := place_kind_noun(w, code))]
    return kinds[-1] if kinds else None


def prompt_kind(before: str, after: str, lang: Language) -> str | None:
    """The kind of place the prompt says the gap is: "the port of ____", "el puerto de ____",
    "____ airport", "____, the city's older airport", "____, el puerto más antiguo"."""
    code = lang.code if lang.code in KIND_NOUNS else "en"
    prep = r"(?:of|de|del)(?:\s+(?:the|la|el|los|las))?" if code == "es" else r"of(?:\s+the)?"
    if (m := re.search(rf"([^\W\d_]+)\s+{prep}\s*$", before, re.I)) and (kind := _kind(m.group(1), code)):
        return kind
    if code == "en" and (m := re.match(r"\s*([^\W\d_]+)\b", after)) and (kind := _kind(m.group(1), code)):
        return kind
    # "____ and other islands", "____ y otras islas", "____ u otras ciudades": the key is one of them.
    if (m := OTHER_KIND.match(after)) and (kind := _kind(m.group(1), code)):
        return kind
    apposition = re.match(r"\s*,\s*([^,;.:()]+)", after)
    if not apposition:
        return None
    words: list[str] = []
    for w in apposition.group(1).split():
        if fold(w) in STOPS[code]:
            break
        words.append(w)
    words = words[:5]
    if not words or fold(words[0]) not in {fold(d) for d in lang.determiners | lang.possessives} | {"its", "su", "their", "sus"}:
        return None  # an apposition opens with an article or a possessive ("the", "el", "its")
    kinds = [k for w in words if not w.endswith(("'s", "’s")) and (k := _kind(w, code))]
    if not kinds:
        return None
    return kinds[-1] if code == "en" else kinds[0]  # the head: last in English, first in Spanish


def written_as(option: str, kind: str, document: str, lang: Language) -> bool:
    """Whether the document writes ``option`` as a place of ``kind``: the kind noun within a few
    words of it in one sentence ("the new airport at Marlow Down"), or in its own name."""
    code = lang.code if lang.code in KIND_NOUNS else "en"
    if any(_kind(w, code) == kind for w in option.split()):
        return True
    for sentence in re.split(r"(?<=[.!?])\s+", document):
        for m in re.finditer(rf"(?<!\w){re.escape(option)}(?!\w)", sentence):
            near = sentence[:m.start()].split()[-WINDOW:] + sentence[m.end():].split()[:WINDOW]
            if any(_kind(w.strip(",;:()«»“”\"'"), code) == kind for w in near):
                return True
    return False


# Kinds a key's own name says that other kinds of place cannot take the place of in its
# sentence: "the church on ____" is a street's place, and "Berwick Street" among districts and
# towns is the one street (blind readers, session 9).
NAMED_KINDS = {"en": frozenset(("street", "square", "road")), "es": frozenset(("calle", "plaza"))}


def key_kind(item: dict[str, object], lang: Language) -> str | None:
    """The kind of place a single choice's key writes in its own name ("Berwick Street", "calle
    Mayor"), when it is one that only places of the same kind fill; None otherwise."""
    code = lang.code if lang.code in NAMED_KINDS else "en"
    choices = item.get("choices")
    keys = [str(c.get("text", "")) for c in choices if isinstance(c, dict) and c.get("correct")] if isinstance(choices, list) else []
    if len(keys) != 1:
        return None
    kinds = {k for w in keys[0].split() if (k := _kind(w, code)) in NAMED_KINDS[code]}
    return kinds.pop() if len(kinds) == 1 else None


def wrong_kind_options(draft: Draft, document: str, lang: Language) -> list[str]:
    """Why a single choice on a place is held back: an option the document never writes as the
    kind of place the prompt names ("the city's older airport" offering a province)."""
    item = draft.item
    gaps = gaps_of(draft)
    if item.get("type") != "single_choice" or len(gaps) != 1:
        return []
    kind = prompt_kind(gaps[0].before, gaps[0].after, lang) or key_kind(item, lang)
    if kind is None:
        return []
    wrong = [str(c["text"]) for c in item.get("choices", []) if not c.get("correct")]
    odd = [o for o in wrong if not written_as(o, kind, document, lang)]
    if odd:
        return [f"held back: the prompt names the gap a place of the kind {kind!r} and the document never writes the option {odd[0]!r} as one: a reader rules it out"]
    return []


# Two or more capitalised words (with "of", "de la"... between them), then the place preposition
# before the gap: "the Royal Aircraft Establishment in ", "el Instituto Geológico y Minero, en ".
_CAP = r"[A-ZÁÉÍÓÚÑ][\w'’-]+"
_LINK = r"(?:of|for|and|the|de|del|la|las|los|y|e)"
SEAT_BEFORE = re.compile(rf"((?:{_CAP}\s+(?:{_LINK}\s+)*){{1,6}}{_CAP}),?\s+(?:in|at|en)\s+$")
NOT_NAME_WORDS = frozenset(("the", "at", "in", "el", "la", "los", "las", "en", "a", "an", "un", "una", "this", "its", "his", "her", "their", "su", "sus"))


def institution_seat(draft: Draft, lang: Language) -> list[str]:
    """Why a choice among places is held back: its gap is the seat of an institution the prompt
    names in full ("At the Royal Aircraft Establishment in ____"), which a reader who knows the
    institution answers without the text, ruling out the options abroad."""
    item = draft.item
    if draft.kind != "question" or item.get("type") not in ("single_choice", "multiple_select"):
        return []
    options = [str(c.get("text", "")) for c in item.get("choices", [])]
    if not options or not all(o[:1].isupper() for o in options):
        return []
    for gap in gaps_of(draft):
        m = SEAT_BEFORE.search(gap.before)
        if not m:
            continue
        words = [w for w in m.group(1).split() if w[:1].isupper() and w.lower() not in NOT_NAME_WORDS]
        if len(words) >= 2:
            return [f"held back: the gap is the seat of {m.group(1)!r}, which a reader who knows it names without the text (blind-seat)"]
    return []


# A place known in general text of English and Spanish alike (wordfreq's Zipf scale, the lower
# of the two): Toulouse 3.2, Porto 3.5, Glasgow 3.1, Bilbao 2.9, Bradford 2.8; not the local
# places of a story (Muret 1.4, Mount Jewett 1.8), nor a word of one language (Tomar 2.5).
KNOWN_NEIGHBOUR_ZIPF = 2.75
# Words after which a name is a place: "near Toulouse", "south of Porto", «cerca de Oporto».
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|around|outside|beside|of|from|to|en|cerca\s+de|junto\s+a|de|del|al|a|desde|hacia)\s*$"
)
# A name listed right after a place asked: "from ____ and Buffalo", «en ____ y Lugo».
LIST_BEFORE = re.compile(r"(?:\s*,\s*|\s+(?:and|or|y|e|o|u)\s+)$")
HELD_GEOGRAPHY = (
    "held back: the sentence names a place known beyond the document ({name}) beside the places asked: a reader who knows "
    "its surroundings picks them, and rules the others out, without the text (blind-geography)"
)


def world_place(name: str, lang: Language) -> bool:
    """Whether ``name`` is a place the world knows ("London", «Londres», "Paris"): one of the
    language's known places (``Language.known_places``). Not a name general text writes often
    in every language: "Victoria", "Florence" are people's names as well as any town's."""
    return lang.is_known_place(name)


def of_local_scale(key: str, option: str, lang: Language) -> bool:
    """Whether ``option`` may stand among the wrong options of the place ``key``: a world city
    the document names in another role ("bankers in London") is no option for a local town
    («vivían en ____»: Corrientes, Concordia, Londres): a reader rules it out without the text,
    however familiar the towns' names are as words ("Reading", «Resistencia») (variants, issue
    10 item 4). Among world places any world place stays."""
    return world_place(key, lang) or not world_place(option, lang)


def neighbour_fame(name: str) -> float:
    """How well a reader of English or Spanish knows a place's name: the lower of its Zipf
    frequencies in general text of the two (a word of one language only is no known place)."""
    from quizapp.languages import language_for

    return min(language_for("en").familiarity(name), language_for("es").familiarity(name))


def known_neighbour(s: Sentence, asked: set[str], lang: Language) -> list[str]:
    """``HELD_GEOGRAPHY`` for a choice among places (the mentions whose identity is in
    ``asked``) whose sentence ``s`` names another place a reader knows: "plants at ____, south
    of Toulouse" among Portuguese and French towns, "along the ____ near Porto" (brief choices,
    issue 10), "visitors from ____ and Buffalo". A name counts as a neighbour when the sentence
    writes it as a place: after a place preposition ("near", "south of", «cerca de») or listed
    with a place asked ("from ____ and Buffalo"); not as part of a name ("The New York, Lake
    Erie and Western Railroad wanted ...")."""
    spans = [(m.start - s.start, m.end - s.start) for m in s.mentions if m.identity in asked]
    for m in s.mentions:
        if m.identity in asked or m.kind not in ("place", "name") or not m.text[:1].isupper():
            continue
        raw = s.text[: m.start - s.start]
        joined = LIST_BEFORE.search(raw)
        beside = joined is not None and any(end == joined.start() for _, end in spans)
        if not (beside or PLACE_BEFORE.search(fold(raw))):
            continue
        if lang.is_known_place(m.text) or neighbour_fame(m.text) >= KNOWN_NEIGHBOUR_ZIPF:
            return [HELD_GEOGRAPHY.format(name=m.text)]
    return []
