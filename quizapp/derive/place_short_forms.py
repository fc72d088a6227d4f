"""A place's natural short form in a typed answer's accept list (fresh review, kinds7 (d)).

"La Ciudad Encantada de Cuenca" is called "la Ciudad Encantada" as often as by its full name: a
learner who types the short form has named the place, and a gap refusing it is unfair. The
short form is the name without its trailing "de <place>" / "of <place>" qualifier, accepted
only where it still names the same thing unambiguously in the document:
- it is two capitalised words or more headed by a landmark's or place's word ("Ciudad
  Encantada", "Puente Nuevo"; not a person's "Juan Bautista"), or one that is no word of the
  language ("Torcal"; "Cueva", "Abbey" alone name nothing);
- no organisation word (a body's short name is another rule: "Real Academia de Ciencias");
- the qualifier is a place the document names elsewhere too ("la serranía de Cuenca"), or a
  place word heads the name ("Sierra", "Ciudad");
- nowhere else in the document does the short form go on into another name ("Ciudad Encantada
  de Uña", "Ciudad Encantada Norte").
The reverse (an unseen pair's review): "an abbot of ____" keyed "Arbroath Abbey" refused
"Arbroath", the town the document names on its own, though an abbot of Arbroath is the same
answer. After "of"/"de", a landmark's key "<Place> Abbey|Cathedral|Castle|Priory…" ("Monasterio|
Catedral|Castillo… de <Place>" in Spanish) also accepts the place alone, when the document writes
the place alone elsewhere. Elsewhere ("pilgrims walked to ____") the town is not the building.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.derive.extract import fold
from quizapp.derive.giveaways import gaps_of
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

# Words heading a landmark's or a place's name ("Ciudad Encantada", "Puente Nuevo"), folded.
LANDMARK_HEADS = frozenset(fold(w).lower() for w in ["ciudad", "cueva", "cuevas", "catedral", "monasterio", "palacio", "castillo", "puente", "torre", "playa", "parque", "cerro", "canon", "mezquita", "alcazar", "plaza", "sierra", "valle", "lago", "laguna", "isla", "islas", "cabo", "bahia", "puerto", "monte", "pico", "barranco", "desfiladero", "hoz", "salto", "cascada", "fuente", "acueducto", "teatro", "basilica", "ermita", "faro", "muralla", "murallas", "canal", "presa", "embalse", "mina", "minas", "cave", "caves", "cathedral", "castle", "bridge", "tower", "palace", "abbey", "lake", "mount", "valley", "bay", "falls", "gorge", "canyon", "lighthouse", "fort", "park", "square", "island", "isles", "great"])
# Words ending (English) or opening (Spanish) a landmark's name after its place: "Arbroath Abbey",
# "Monasterio de Silos". Where the gap follows "of"/"de", the place alone names the same answer.
LANDMARK_TAILS = frozenset(("Abbey", "Cathedral", "Castle", "Bridge", "Priory", "Minster", "Monastery", "Convent", "Church", "Chapel", "Palace", "Kirk", "Fort", "Lighthouse"))
LANDMARK_OPENERS = frozenset(("Monasterio", "Catedral", "Castillo", "Puente", "Priorato", "Abadía", "Iglesia", "Colegiata", "Convento", "Palacio", "Alcázar", "Santuario", "Basílica", "Faro"))
# The landmark words of every list, folded: a name holding one is a place's or a building's.
LANDMARK_WORDS = LANDMARK_HEADS | {fold(w).lower() for w in LANDMARK_TAILS | LANDMARK_OPENERS}
CAPITALISED = r"[A-ZÁÉÍÓÚÑÜ][\w'’-]*"
QUALIFIED = re.compile(
    rf"^(?:(?:El|La|Los|Las|The)\s+)?(?P<core>{CAPITALISED}(?:\s+(?:{CAPITALISED}|de|del|of|the|y|and))*?\s+{CAPITALISED}|{CAPITALISED})"
    rf"\s+(?:de|del|de\s+la|de\s+los|de\s+las|of|of\s+the)\s+(?P<place>{CAPITALISED}(?:[\s-]+{CAPITALISED})*)$"
)


def unambiguous(core: str, full: str, document: str) -> bool:
    """Whether every use of ``core`` in the document is the full name or ``core`` alone (not
    the start of another name)."""
    rest = document.replace(full, " ")
    for found in re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w-])", rest):
        after = rest[found.end():found.end() + 40]
        if re.match(rf"\s+(?:de|del|of)\s+(?:(?:la|los|las|the)\s+)?{CAPITALISED}|\s+{CAPITALISED}", after):
            return False
    return True


def short_form(key: str, lang: Language, document: str) -> str | None:
    """The place ``key``'s short form without its "de <place>" qualifier, or None (see above)."""
    found = QUALIFIED.match(key.strip())
    if found is None:
        return None
    core, place = found.group("core"), found.group("place")
    words = core.split()
    capitals = [w for w in words if w[:1].isupper()]
    if any(w in lang.organisation_words for w in words):
        return None
    heads = LANDMARK_HEADS | {fold(w).lower() for w in lang.place_words}
    landmark = len(capitals) >= 2 and fold(words[0]).lower() in heads  # "Ciudad Encantada", not "Juan Bautista"
    coined = len(words) == 1 and not lang.is_real_word(core)  # "Torcal": no word, only this place's name
    if not (landmark or coined):
        return None
    named_elsewhere = re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", document.replace(key, " ")) is not None
    if not named_elsewhere and fold(words[0]).lower() not in heads:
        return None
    return core if unambiguous(core, key, document) else None


def landmark_place(key: str, before: str, document: str) -> str | None:
    """The place of a landmark's key after "of"/"de" ("a prior of ____": "Whitcombe" of
    "Whitcombe Priory"), when ``document`` writes the place alone; None otherwise."""
    if not re.search(r"\b(?:of|de)\s*$", before):
        return None
    words = key.strip().split()
    if len(words) >= 2 and words[-1] in LANDMARK_TAILS and all(re.fullmatch(CAPITALISED, w) for w in words[:-1]):
        place, landmark = " ".join(words[:-1]), key.strip()
    elif (m := re.fullmatch(rf"(?P<opener>\w+)\s+de\s+(?P<place>{CAPITALISED}(?:\s+{CAPITALISED})?)", key.strip())) and m.group("opener") in LANDMARK_OPENERS:
        place, landmark = m.group("place"), key.strip()
    else:
        return None
    if len(place.split()) > 2:
        return None
    alone = re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", document.replace(landmark, " "))
    return place if alone else None


def accept_place_short_forms(draft: Draft, lang: Language, document: str) -> None:
    """Each typed accept list of ``draft`` whose key is a qualified place name also takes the
    name's short form, where it names the same place unambiguously in ``document`` (its
    paragraphs' text, joined)."""
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0])
        short = short_form(key, lang, document)
        if short and fold(short) not in {fold(str(a)) for a in gap.accept} and not re.match(r"\s*(?:de|del|of)\b", gap.after):
            gap.accept.append(short)
        place = landmark_place(key, gap.before, document)  # "a prior of ____": "Whitcombe" for "Whitcombe Priory" (kinds11)
        if place and fold(place) not in {fold(str(a)) for a in gap.accept}:
            gap.accept.append(place)
