"""A gap that completes a closed, well-known list: "the prime ministers of Norway, Sweden,
Finland, Denmark and ____" is Iceland to anyone who knows the five Nordic countries (reviews 9
and 13), "Jupiter, Saturn, Uranus and ____" is Neptune to anyone who knows the planets' order.

A gap's key is given away when it belongs to one of the sets below, a set a reader knows by
heart, and the gap's sentence names the rest of it: every other member, or all but one (the
reader picks from two), or, for a set in a fixed order (days, months, planets), the members
next to the key in a run of three or more. The general-knowledge check already holds back keys
frequent in general text ("Sunday"); the rarer members ("Iceland", "Neptune", "Luxembourg")
are what this catches. The sets are the language's own words, not the topic's: a short list per
language, since no offline data names the sets people learn at school.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.derive.checks import gap_keys
from quizapp.derive.giveaways import gaps_of
from quizapp.language import fold_word
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

# (name of the set, ordered?, members; a member's other names after "|").
CLOSED_SETS: dict[str, list[tuple[str, bool, tuple[str, ...]]]] = {
    "en": [
        ("the days of the week", True, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
        ("the months", True, ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                              "October", "November", "December")),
        ("the planets", True, ("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune")),
        ("the seasons", True, ("spring", "summer", "autumn|fall", "winter")),
        ("the continents", False, ("Africa", "Antarctica", "Asia", "Europe", "North America", "South America", "Oceania|Australia")),
        ("the oceans", False, ("Atlantic", "Pacific", "Indian", "Arctic", "Southern|Antarctic")),
        ("the Great Lakes", False, ("Superior", "Michigan", "Huron", "Erie", "Ontario")),
        ("the Nordic countries", False, ("Denmark", "Finland", "Iceland", "Norway", "Sweden")),
        ("the Baltic states", False, ("Estonia", "Latvia", "Lithuania")),
        ("the Benelux", False, ("Belgium", "Netherlands|Holland", "Luxembourg")),
        ("the G7", False, ("Canada", "France", "Germany", "Italy", "Japan", "United Kingdom|UK|Britain",
                           "United States|US|USA|America")),
        ("the permanent members of the Security Council", False, ("China", "France", "Russia|Soviet Union",
                                                                  "United Kingdom|UK|Britain", "United States|US|USA")),
        ("the nations of the United Kingdom", False, ("England", "Scotland", "Wales", "Northern Ireland")),
        ("the cardinal points", False, ("north", "south", "east", "west")),
        ("the Gospels", False, ("Matthew", "Mark", "Luke", "John")),
        # Famous groups of people named together, a trio or a band everyone completes (review 14:
        # "Cristóbal Colón, Hernán Cortés o ____" is Pizarro to any reader).
        ("the discoverers and conquerors of America", False, ("Christopher Columbus|Columbus", "Hernán Cortés|Hernan Cortes|Cortés|Cortez",
                                                              "Francisco Pizarro|Pizarro")),
        ("the Big Three of the Second World War", False, ("Winston Churchill|Churchill", "Franklin D. Roosevelt|Franklin Roosevelt|Roosevelt",
                                                          "Joseph Stalin|Stalin")),
        ("the Three Musketeers", False, ("Athos", "Porthos", "Aramis")),
        ("the Three Wise Men", False, ("Melchior", "Caspar|Gaspar", "Balthazar|Balthasar")),
        ("the Beatles", False, ("John Lennon|Lennon", "Paul McCartney|McCartney", "George Harrison|Harrison", "Ringo Starr|Starr")),
        ("the Brontë sisters", False, ("Charlotte Brontë|Charlotte", "Emily Brontë|Emily", "Anne Brontë|Anne")),
        ("the Axis powers", False, ("Germany", "Italy", "Japan")),
        ("the primary colours", False, ("red", "yellow", "blue")),
    ],
    "es": [
        ("los días de la semana", True, ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")),
        ("los meses", True, ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre",
                             "octubre", "noviembre", "diciembre")),
        ("los planetas", True, ("Mercurio", "Venus", "Tierra", "Marte", "Júpiter", "Saturno", "Urano", "Neptuno")),
        ("las estaciones", True, ("primavera", "verano", "otoño", "invierno")),
        ("los continentes", False, ("África", "Antártida|Antártica", "Asia", "Europa", "América", "Oceanía")),
        ("los océanos", False, ("Atlántico", "Pacífico", "Índico", "Ártico", "Antártico|Austral")),
        ("los Grandes Lagos", False, ("Superior", "Míchigan|Michigan", "Hurón", "Erie", "Ontario")),
        ("los países nórdicos", False, ("Dinamarca", "Finlandia", "Islandia", "Noruega", "Suecia")),
        ("los países bálticos", False, ("Estonia", "Letonia", "Lituania")),
        ("el Benelux", False, ("Bélgica", "Países Bajos|Holanda", "Luxemburgo")),
        ("el G7", False, ("Canadá", "Francia", "Alemania", "Italia", "Japón", "Reino Unido", "Estados Unidos|EE. UU.|EEUU")),
        ("los miembros permanentes del Consejo de Seguridad", False, ("China", "Francia", "Rusia|Unión Soviética",
                                                                      "Reino Unido", "Estados Unidos|EE. UU.|EEUU")),
        ("los puntos cardinales", False, ("norte", "sur", "este", "oeste")),
        ("los evangelios", False, ("Mateo", "Marcos", "Lucas", "Juan")),
        # Grupos de personas que se nombran juntas (revisión 14: «Cristóbal Colón, Hernán Cortés o ____»).
        ("los descubridores y conquistadores de América", False, ("Cristóbal Colón|Colón", "Hernán Cortés|Cortés",
                                                                  "Francisco Pizarro|Pizarro")),
        ("los tres grandes de la Segunda Guerra Mundial", False, ("Winston Churchill|Churchill", "Franklin D. Roosevelt|Roosevelt",
                                                                  "Iósif Stalin|Stalin")),
        ("los tres mosqueteros", False, ("Athos", "Porthos", "Aramis")),
        ("los Reyes Magos", False, ("Melchor", "Gaspar", "Baltasar")),
        ("los Beatles", False, ("John Lennon|Lennon", "Paul McCartney|McCartney", "George Harrison|Harrison", "Ringo Starr|Starr")),
        ("las hermanas Brontë", False, ("Charlotte Brontë|Charlotte", "Emily Brontë|Emily", "Anne Brontë|Anne")),
        ("las potencias del Eje", False, ("Alemania", "Italia", "Japón")),
        ("los colores primarios", False, ("rojo", "amarillo", "azul")),
    ],
}
# At most this many members of the set, besides the key, left unnamed by the sentence: the
# reader chooses among them and the key.
UNNAMED_AT_MOST = 1
RUN = 3  # members in a row, key included, that give away the key of an ordered set


def _folded(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", fold_word(text))) + " "


def _named(member: str, folded_text: str) -> bool:
    return any(_folded(name) in folded_text for name in member.split("|"))


def completed_list(draft: Draft, lang: Language) -> list[str]:
    """Why a gap of ``draft`` is completed by a closed list its sentence names (empty: none)."""
    sets = CLOSED_SETS.get(lang.code, CLOSED_SETS["en"])
    gaps = gaps_of(draft)
    if not gaps:
        return []
    for key in gap_keys(draft):
        folded_key = _folded(key)
        for name, ordered, members in sets:
            at = next((i for i, member in enumerate(members) if any(_folded(n) == folded_key for n in member.split("|"))), None)
            if at is None:
                continue
            for gap in gaps:
                before, after = gap.sentence()
                # The list's own clause: a colon or a semicolon parts it from what it lists or follows.
                clause = _folded(re.split(r"[;:]\s", before)[-1] + " " + re.split(r"[.;:!?](?:\s|$)", after)[0])
                named = [i != at and _named(member, clause) for i, member in enumerate(members)]
                unnamed = len(members) - 1 - sum(named)
                if sum(named) >= 2 and unnamed <= UNNAMED_AT_MOST:
                    return [f"held back: the gap completes a closed list a reader knows by heart ({name}): the sentence names the rest of it, so {key!r} needs no text"]
                if ordered and _run(named, at) >= RUN:
                    return [f"held back: the gap continues a run of {name} in their order: {key!r} follows from its neighbours"]
    return []


def _run(named: list[bool], at: int) -> int:
    """The length of the run of named members through position ``at`` (the key's)."""
    low = at
    while low > 0 and named[low - 1]:
        low -= 1
    high = at
    while high + 1 < len(named) and named[high + 1]:
        high += 1
    return high - low + 1
