"""Gaps other words fill and options a reader rules out (fresh reviews of session 12, issue 10).

1. A typed gap on an everyday word that near-synonyms fill as well: after an article and an
   everyday adjective ("the pond emptied in a steady ____": stream, or flow), or the image of a
   comparison ("travels like a ____", «avanza como una ____»: ondulación, or onda, oscilación).
2. A count in words before a plural noun a few modifiers away ("its ____ hot working gases":
   two, or own, main), or whose members the sentence lists after a possessive ("its ____ gases,
   hydrogen and helium"): an adjective fills the slot as well.
3. A choice among figures of other roles: "a yearly return of ____" among the share of a
   parish that joined and a rise in the price of flour; "the water is about ____ deep" among a
   dome's height and a deck's length. Options are percentages of the key's role (a share, a
   change, a rate) and lengths of its dimension where the text says one, or the fact is asked
   typed.
Texts written for these tests, on subjects of their own."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs
from quizapp.derive.blindness import option_sets
from quizapp.derive.choices import figure_role
from quizapp.derive.synonym_gaps import ordinary_word_gap
from quizapp.derive.trivial_gaps import open_count
from quizapp.languages import language_for


def _typed(prompt: str, accept: list[str]) -> Draft:
    item: dict[str, Any] = {"type": "fill_in", "prompt": prompt, "accept": accept, "source": [1]}
    return Draft("p1-fi-x", "question", item, 1, None, 1.0)


EN_ASK = "According to the text, what goes in the gap? "
ES_ASK = "Según el texto, ¿qué va en el hueco? "


# --- (1) an everyday word near-synonyms fill -------------------------------------------------


def test_an_everyday_noun_after_an_article_and_an_adjective_is_held_back() -> None:
    """"emptied in a steady ____ under the wheel" accepted only "stream" ("flow", "current"
    fit as well); «salía en un fino ____ por la grieta» only «hilo» («chorro»). A rare word the
    document names keeps its gap."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, _typed(EN_ASK + "“Two hours after high water the pond emptied in a steady ____ under the wheel.”", ["stream"]), ""),
        (en, _typed(EN_ASK + "“The keeper heard a faint ____ from the lower gallery.”", ["noise"]), ""),
        (es, _typed(ES_ASK + "«El agua salía en un fino ____ por la grieta del muro.»", ["hilo"]), ""),
    ]
    for lang, draft, document in held:
        assert ordinary_word_gap(draft, lang, document, []), draft.item["prompt"]
    kept = _typed(EN_ASK + "“The ice was cut by a long ____ into blocks.”", ["froe"])
    assert not ordinary_word_gap(kept, en, "The blocks were split with a froe, a wedge on a handle.", [])
    # "light" is a noun as often as an adjective: "the light ____" may be a compound.
    assert not ordinary_word_gap(_typed(EN_ASK + "“Every evening the light ____ climbed the tower.”", ["keeper"]), en, "", [])


def test_the_image_of_a_comparison_is_held_back() -> None:
    """«La presión viaja como una ____ que avanza por el tubo» accepted only «ondulación»
    («onda», «oscilación», «vibración» read as well), "the crack spread like a ____ across the
    pane" only "web"."""
    en, es = language_for("en"), language_for("es")
    held = [
        (es, _typed(ES_ASK + "«Al cerrar la válvula, la presión viaja como una ____ que avanza por el tubo.»", ["ondulación"])),
        (es, _typed(ES_ASK + "«La niebla cubría el valle a modo de ____ gris.»", ["manta"])),
        (en, _typed(EN_ASK + "“The crack spread like a ____ across the pane.”", ["web"])),
    ]
    for lang, draft in held:
        assert ordinary_word_gap(draft, lang, "", []), draft.item["prompt"]
    # A bare «como» says a role, not an image («se usaba como ____»), "unlike a ____" a
    # contrast; and the text's own term stays.
    assert not ordinary_word_gap(_typed(ES_ASK + "«La ceniza se usaba como ____ en los huertos.»", ["abono"]), es, "", [])
    assert not ordinary_word_gap(_typed(EN_ASK + "“Unlike a ____, the fen is fed by water from the ground.”", ["mire"]), en, "", [])
    term = _typed(EN_ASK + "“The surge travels like a ____ along the main.”", ["transient"])
    assert not ordinary_word_gap(term, en, "Engineers call this surge a transient.", [])


# --- (2) a count an adjective fills ----------------------------------------------------------


def test_a_count_before_modifiers_or_a_listed_plural_after_a_possessive_is_held_back() -> None:
    """"recycles its ____ hot working gases" (two: own, main, hot read as well); "its ____
    gases, hydrogen and helium" (an adjective fits after "its", and the list only lets a reader
    count); «sus ____ viejas piedras de moler»."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, _typed(EN_ASK + "“The engine recycles its ____ hot working gases through the cooler.”", ["two", "2"])),
        (en, _typed(EN_ASK + "“The engine recycles its ____ gases through the cooler, hydrogen and helium.”", ["two", "2"])),
        (en, _typed(EN_ASK + "“The press was held together by ____ heavy oak beams.”", ["four", "4"])),
        (es, _typed(ES_ASK + "«El molino movía sus ____ viejas piedras de moler con la marea.»", ["tres", "3"])),
    ]
    for lang, draft in held:
        assert open_count(draft, lang), draft.item["prompt"]
    kept = [
        (es, _typed(ES_ASK + "«El valle recibe ____ ríos, el Tajo y el Alberche, que se juntan cerca del pueblo.»", ["dos", "2"])),
        (en, _typed(EN_ASK + "“The crossing took about ____ hours in calm weather.”", ["six", "6"])),
        (en, _typed(EN_ASK + "“There were ____ of the old stones left.”", ["two", "2"])),
    ]
    for lang, draft in kept:
        assert not open_count(draft, lang), draft.item["prompt"]


# --- (3) percentages of another role ---------------------------------------------------------

TIDE_MILL = """# The tide mill at Thornby Creek

## The savings club

In 1851 the miller's grandson, Amos Pellow, founded a savings club for the farm labourers of the parish. He promised the members a guaranteed yearly return of 12 per cent on their savings, paid out of the profits of the mill.

By 1856 almost 90 per cent of the labourers in the parish had joined the club. When a storm breached the clay bank in the winter of 1857, the mill stood idle for two years, the price of flour rose by 40 per cent, and the club paid its members only 3 shillings in the pound.

## Decline

Steam mills at Ellerby took the trade in the 1870s, and the wheel turned for the last time in 1889. The building was later used as a store for the oyster fishery, and a survey of 1952 found that only 18 per cent of the original timbers remained.
"""

MUTUA = """# La mutualidad de Corvera

## Los comienzos

La mutualidad de pescadores de Corvera nació en 1948 en la trastienda de la taberna de Ramiro Abeijón, junto al muelle viejo. Su fundador, el patrón Baltasar Iglesias Couto, prometió a los socios una rentabilidad anual del 9 por ciento sobre sus cuotas, pagada con los beneficios de la subasta del pescado.

En 1962 el 85 por ciento de los marineros del puerto eran ya socios de la mutualidad, y la caja prestaba dinero para comprar redes y motores a un interés muy bajo.

## La crisis

Durante el invierno de 1973 el precio del gasóleo subió un 30 por ciento en pocas semanas, y al mismo tiempo las capturas de merluza cayeron un 22 por ciento. La mutualidad tuvo que vender su almacén de la playa de Seixo para pagar a los socios.

En 1976 la lonja de Vilar rebajó un 18 por ciento lo que pagaba por la sardina, y muchos armadores dejaron sus cuotas.

## El final

La mutualidad cerró en 1981, y una encuesta del ayuntamiento halló en 1990 que solo el 15 por ciento de las barcas de Corvera seguían faenando.
"""


def _roles_offered(text: str, language: str) -> list[tuple[str, set[str | None]]]:
    """For each option set of a percentage a draft offers (ready or held back: the review page
    shows both), the key and the roles its options play where the document writes them."""
    found = []
    for d in derive_drafts(read_paragraphs(text), language):
        for _prompt, options in option_sets(d.item):
            roles: set[str | None] = set()
            for option, _right in options:
                at = text.find(option)
                if at < 0:
                    roles.add("not written")
                    continue
                line_start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
                roles.add(figure_role(text[line_start:at], option, text[at + len(option):at + len(option) + 40], language))
            if any(r is not None for r in roles):
                found.append((next(o for o, right in options if right), roles))
    return found


def test_percentage_options_play_the_keys_role() -> None:
    """"the price of flour rose by ____" offered 12 % (a promised return), 18 % and 90 % (shares
    of timbers and of a parish): a reader rules out the shares. «las capturas cayeron un ____»
    offered the 85 % of the sailors who joined and the 9 % yearly return. Options are of the
    key's role, or the fact is asked typed."""
    for text, language in ((TIDE_MILL, "en"), (MUTUA, "es")):
        offered = _roles_offered(text, language)
        assert all(len(roles) == 1 for _key, roles in offered), offered
    # Three changes in the Spanish text: a choice among them stays.
    assert any(roles == {"change"} for _key, roles in _roles_offered(MUTUA, "es"))


PIER = """# Saltholme Pier

## Building the pier

Saltholme Pier was designed by the engineer Walter Crosby Nye and opened in 1871. The iron deck is 410 metres long, and it stands on cast-iron piles screwed into the sand of the bay.

At the seaward end the water is about 9 metres deep even at low tide, so paddle steamers from Whitby could land passengers there at any hour.

## The pavilion

In 1903 the pier company added a concert pavilion at the seaward end. Its copper dome rose 31 metres above the deck, and on a clear night its lamps could be seen from the cliffs at Ravensmoor.

## Storms and repairs

A storm in January 1953 tore away a section of the deck 60 metres long near the shore, and the pier was closed for three summers. The new section was built of concrete by the contractors Hallam and Pryde of Leeds.
"""

MUELLE = """# El muelle de Arnoia

## La obra

El muelle de hierro de Arnoia lo proyectó el ingeniero Baldomero Quiroga Seoane y se inauguró en 1888. Su tablero mide 380 metros de largo y descansa sobre pilotes de fundición clavados en la arena de la ría.

En la punta del muelle el agua tiene unos 8 metros de profundidad incluso con la marea baja, de modo que los vapores de Vigo podían atracar a cualquier hora.

## El pabellón

En 1905 la compañía levantó un pabellón de baile en la punta. Su cúpula de cobre se alzaba 27 metros sobre el tablero, y sus farolas se veían de noche desde los acantilados de Corrubedo.

## Temporales

Un temporal de enero de 1941 arrancó un tramo de 55 metros de largo junto a la orilla, y el muelle estuvo cerrado tres veranos. El tramo nuevo lo construyó en hormigón la empresa Lamas y Ferreiro, de Pontevedra.
"""


def test_length_options_measure_the_keys_dimension() -> None:
    """"the water is about ____ deep" offered the dome's 31 metres above the deck and a 60-metre
    section of the deck; «arrancó un tramo de ____ de largo» the 27 metres of the dome's height
    and the 8 metres of the water's depth: a height or a depth among lengths is ruled out by a
    reader who knows piers. A length whose words say no dimension may go with any."""
    for text, language in ((PIER, "en"), (MUELLE, "es")):
        offered = _roles_offered(text, language)
        assert all(len(roles - {None}) <= 1 for _key, roles in offered), offered


def test_the_role_of_a_percentage() -> None:
    """A share ("90 per cent of the labourers"), a change ("rose by 40 per cent", «la caída
    llega al 60 por ciento», «subió un 30 %»), a rate or level ("a yearly return of 12 per cent",
    "fell to 20 per cent"); no role for a figure of another unit."""
    assert figure_role("By 1856 almost ", "90 per cent", " of the labourers", "en") == "share"
    assert figure_role("the price of flour rose by ", "40 per cent", ", and", "en") == "change"
    assert figure_role("a guaranteed yearly return of ", "12 per cent", " on their savings", "en") == "rate"
    assert figure_role("the share of the vote fell to ", "20 per cent", ".", "en") == "rate"
    assert figure_role("y en los Cantiles la caída llega al ", "60 por ciento", ".", "es") == "change"
    assert figure_role("el precio del gasóleo subió un ", "30 por ciento", " en pocas semanas", "es") == "change"
    assert figure_role("En 1962 el ", "85 por ciento", " de los marineros", "es") == "share"
    assert figure_role("the bridge was ", "40 metres", " long", "en") == "length"
    assert figure_role("Las torres miden ", "61 metros", " de altura", "es") == "height"
    assert figure_role("Visitors can walk about ", "190 metres", " out over the valley", "en") is None
    assert figure_role("The crop weighed ", "40 tonnes", ".", "en") is None
