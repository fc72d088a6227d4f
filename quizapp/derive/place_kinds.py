"""Which kind of place a name is: a country, a continent or another place (a city, a region, a
river). The options of a choice are places of one kind: "near ____" offering Aleppo among Iraq
and Morocco (review 13) is answered by the one city among countries, the more so after "the
Syrian civil war".

Countries come from ISO 3166 through pycountry (a well-kept offline copy of the standard, with
its Spanish translations as gettext catalogues), current and historic (the USSR, Yugoslavia),
under their short, common and official names and the few everyday short forms the standard
does not write ("Russia", "Vietnam"). Continents are a closed list per language below. Any other
place name is "other": the gazetteer need not know a town to tell it is no country.
"""
from __future__ import annotations

import gettext
import re
from functools import cache

import pycountry

from quizapp.language import fold_word

# Everyday names ISO 3166 does not write as such, per language.
SHORT_FORMS = {
    "en": ("Russia", "Vietnam", "Laos", "Czech Republic", "Turkey", "Ivory Coast", "Burma", "Holland",
           "England", "Scotland", "Wales", "Britain", "Great Britain", "North Korea", "South Korea", "Syria",
           "Iran", "Bolivia", "Venezuela", "Tanzania", "Moldova", "Macedonia", "Swaziland", "the Netherlands",
           "the United States", "the United Kingdom", "America", "Soviet Union", "East Germany", "West Germany",
           "Persia", "Siam", "Ceylon", "Zaire", "Rhodesia", "Palestine", "Kosovo", "Taiwan"),
    "es": ("Rusia", "Vietnam", "Laos", "República Checa", "Chequia", "Turquía", "Costa de Marfil", "Birmania",
           "Holanda", "Inglaterra", "Escocia", "Gales", "Gran Bretaña", "Corea del Norte", "Corea del Sur", "Siria",
           "Irán", "Bolivia", "Venezuela", "Tanzania", "Moldavia", "Macedonia", "Suazilandia", "Países Bajos",
           "Estados Unidos", "EE. UU.", "EEUU", "Reino Unido", "Unión Soviética", "URSS", "Alemania Oriental",
           "Alemania Occidental", "Persia", "Siam", "Ceilán", "Zaire", "Rodesia", "Palestina", "Kosovo", "Taiwán",
           "Irak", "Iraq", "Arabia Saudita", "Arabia Saudí", "Yugoslavia", "Checoslovaquia"),
}
CONTINENTS = {
    "en": ("Africa", "Antarctica", "Asia", "Europe", "North America", "South America", "Latin America",
           "Central America", "Oceania", "the Americas", "Eurasia"),
    "es": ("África", "Antártida", "Antártica", "Asia", "Europa", "América", "América del Norte", "Norteamérica",
           "América del Sur", "Sudamérica", "Suramérica", "América Latina", "Latinoamérica", "Centroamérica",
           "América Central", "Oceanía", "Eurasia"),
}


def _key(name: str) -> str:
    """A name folded for lookup: no accents, no case, no leading article."""
    words = [fold_word(w) for w in name.replace(".", " ").split()]
    while words and words[0] in ("the", "el", "la", "los", "las"):
        words = words[1:]
    return " ".join(words)


def _standard_names(country: object) -> list[str]:
    """A country's names in ISO 3166, the part before a comma ("Korea, Republic of" -> Korea)."""
    names = [getattr(country, field, None) for field in ("name", "common_name", "official_name")]
    return [n.split(",")[0] for n in names if isinstance(n, str) and n]


@cache
def countries(code: str) -> frozenset[str]:
    """Every name of a country, folded (see ``_key``), in the language ``code`` and in English
    (a Spanish text writes "Kenya" as often as "Kenia")."""
    names: set[str] = set(SHORT_FORMS["en"]) | set(SHORT_FORMS.get(code, ()))
    standard = [*pycountry.countries, *pycountry.historic_countries]
    for country in standard:
        names.update(_standard_names(country))
    if code != "en":
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
        except OSError:
            catalogue = None
        if catalogue is not None:
            for country in pycountry.countries:
                names.update(catalogue.gettext(n).split(",")[0] for n in _standard_names(country))
    return frozenset(_key(n) for n in names if n)


@cache
def continents(code: str) -> frozenset[str]:
    """The continents' names, folded, in ``code`` and in English."""
    return frozenset(_key(n) for n in CONTINENTS["en"] + CONTINENTS.get(code, ()))


# Endings a country's adjective adds to the country's stem ("Ital-ian", "chin-ese", "franc-és",
# "aleman-a"); the stem is the country's one-word name less a final "ia", "a", "e" or "y".
ADJECTIVE_ENDINGS = {
    "en": ("", "n", "an", "ian", "ese", "ish", "i", "ic"),
    "es": ("", "o", "a", "os", "as", "es", "esa", "esas", "eses", "ano", "ana", "anos", "anas", "iano", "iana", "ianos", "ianas",
           "ino", "ina", "inos", "inas", "ense", "i", "an"),
}
MIN_STEM = 4  # "chin", "ital", "indi": shorter stems ("per" of Peru) match too many words


@cache
def country_stems(code: str) -> frozenset[str]:
    """The stems of the countries' one-word names (see ADJECTIVE_ENDINGS), folded."""
    stems = set()
    for name in countries(code):
        if " " in name:
            continue
        stem = re.sub(r"(?:ia|a|e|y)$", "", name)
        if len(stem) >= MIN_STEM:
            stems.add(stem)
    return frozenset(stems)


def country_adjective(word: str, code: str) -> bool:
    """Whether ``word`` is a country's adjective ("German", "Italian", "alemán", "francesas"):
    a country's stem and one of the language's adjective endings, and not the country's own
    name. Adjectives of other shapes ("French", "inglés", "Spanish") are not recognised."""
    folded = fold_word(word)
    if folded in countries(code):
        return False
    endings = ADJECTIVE_ENDINGS.get(code, ADJECTIVE_ENDINGS["en"])
    return any(folded[: len(folded) - len(e)] in country_stems(code) for e in endings if folded.endswith(e) and len(folded) > len(e))


def place_kind(name: str, code: str) -> str:
    """"country", "continent" or "other" for the place ``name`` in a text of language ``code``."""
    folded = _key(name)
    if folded in countries(code):
        return "country"
    if folded in continents(code):
        return "continent"
    return "other"
