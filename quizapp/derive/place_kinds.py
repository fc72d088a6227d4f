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


# The nationality adjectives of the world's countries and of a few nations and historic states,
# written out: the stem rule below misses every one of another shape ("French", "Dutch",
# "Swiss", "Mexican" of México, "Indian" of India, «inglés», «marroquí», «belga»). pycountry has
# no demonyms and no dependency of the project lists them. Spanish ones in the masculine
# singular; ``_spanish_forms`` gives the feminine and the plurals («francesa», «marroquíes»).
DEMONYMS = {
    "en": """Afghan Albanian Algerian American Andorran Angolan Antiguan Argentine Argentinian Armenian Australian
        Austrian Azerbaijani Azeri Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Beninese
        Bhutanese Bolivian Bosnian Botswanan Brazilian British Bruneian Bulgarian Burkinabe Burmese Burundian
        Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Comorian Congolese Croatian Cuban Cypriot
        Czech Danish Djiboutian Dominican Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian
        Fijian Filipino Finnish French Gabonese Gambian Georgian German Ghanaian Greek Grenadian Guatemalan Guinean
        Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian
        Jamaican Japanese Jordanian Kazakh Kenyan Korean Kuwaiti Kyrgyz Lao Laotian Latvian Lebanese Liberian Libyan
        Lithuanian Luxembourgish Malagasy Malawian Malaysian Maldivian Malian Maltese Mauritanian Mauritian Mexican
        Moldovan Monegasque Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian
        Nigerien Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese
        Qatari Romanian Russian Rwandan Salvadoran Samoan Saudi Scottish Scots Senegalese Serbian Singaporean Slovak
        Slovakian Slovenian Somali Spanish Sudanese Surinamese Swazi Swedish Swiss Syrian Taiwanese Tajik Tanzanian
        Thai Togolese Tongan Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh
        Yemeni Zambian Zimbabwean Basque Catalan Galician Andalusian Castilian Flemish Prussian Bavarian Sicilian
        Corsican Breton Cornish Kurdish Tibetan Soviet Yugoslav Czechoslovak Ottoman""",
    "es": """afgano albanés argelino estadounidense norteamericano americano andorrano angoleño argentino armenio
        australiano austriaco austríaco azerí bahameño bangladesí barbadense belga beliceño bielorruso boliviano
        bosnio brasileño británico búlgaro birmano burundés camboyano camerunés canadiense chadiano chileno chino
        chipriota colombiano congoleño costarricense croata cubano checo danés dominicano neerlandés holandés
        ecuatoriano egipcio emiratí inglés eritreo estonio etíope filipino finlandés francés gabonés gambiano
        georgiano alemán ghanés griego guatemalteco guineano guyanés haitiano hondureño húngaro islandés indio hindú
        indonesio iraní iraquí irlandés israelí italiano marfileño jamaicano japonés jordano kazajo keniano coreano
        kuwaití letón libanés liberiano libio lituano luxemburgués malgache malasio maliense maltés marroquí
        mauritano mexicano mejicano moldavo monegasco mongol montenegrino mozambiqueño namibio nepalí nicaragüense
        nigeriano nigerino noruego neozelandés omaní pakistaní palestino panameño paraguayo persa peruano polaco
        portugués puertorriqueño catarí rumano ruso ruandés salvadoreño saudí escocés senegalés serbio singapurense
        eslovaco esloveno somalí español sudafricano sudanés sueco suizo sirio taiwanés tanzano tailandés tunecino
        turco ugandés ucraniano uruguayo uzbeko venezolano vietnamita galés yemení zambiano zimbabuense vasco
        catalán gallego andaluz castellano flamenco prusiano bávaro siciliano corso bretón kurdo tibetano soviético
        yugoslavo checoslovaco otomano""",
}


def _spanish_forms(word: str) -> list[str]:
    """A Spanish adjective's four forms from its masculine singular: «-o» («italiana», «italianos»),
    «-és», «-án», «-ón» («francesa», «alemanes», «bretonas»), «-z» («andaluces»), a consonant
    («españolas»); «-e», «-a», «-í», «-ú» change only in number («belgas», «marroquíes»)."""
    for ending, stem_of in (("és", "es"), ("án", "an"), ("ón", "on")):
        if word.endswith(ending):
            stem = word[: -len(ending)] + stem_of
            return [word, stem + "a", stem + "es", stem + "as"]
    if word.endswith("o"):
        return [word, word[:-1] + "a", word + "s", word[:-1] + "as"]
    if word.endswith("z"):
        return [word, word + "a", word[:-1] + "ces", word + "as"]
    if word.endswith(("í", "ú")):
        return [word, word + "es", word + "s"]
    if word.endswith(("e", "a")):
        return [word, word + "s"]
    return [word, word + "a", word + "es", word + "as"]


@cache
def demonyms(code: str) -> frozenset[str]:
    """The written-out nationality adjectives (DEMONYMS) of ``code``, folded, every form."""
    words = DEMONYMS.get(code, DEMONYMS["en"]).split()
    if code == "es":
        words = [form for w in words for form in _spanish_forms(w)]
    return frozenset(fold_word(w) for w in words)


def country_adjective(word: str, code: str) -> bool:
    """Whether ``word`` is a nationality adjective ("German", "French", "Mexican", "alemán",
    «inglesas», «marroquí»): one of the language's written-out DEMONYMS, or a country's stem and
    one of the language's adjective endings (a regular one the list lacks), and not the
    country's own name."""
    folded = fold_word(word)
    if folded in countries(code):
        return False
    if folded in demonyms(code) and (code != "en" or word[:1].isupper()):
        return True  # (English writes them capitalised: "polish", "turkish" are other words)
    endings = ADJECTIVE_ENDINGS.get(code, ADJECTIVE_ENDINGS["en"])
    return any(folded[: len(folded) - len(e)] in country_stems(code) for e in endings if folded.endswith(e) and len(folded) > len(e))


# The kinds of a country's first-level divisions (ISO 3166-2) that read as a region, not a
# town: "Maine", "Ontario", "Bayern", «Andalucía». ("Region" and "Department" are left out: Peru's
# and Colombia's are named after their capitals, "Lima", "Cusco".)
REGION_TYPES = frozenset(("State", "Land", "Autonomous community", "Province", "Territory", "Canton"))


@cache
def regions() -> frozenset[str]:
    """The names of first-level divisions of a region's kind (REGION_TYPES), folded, that name
    no country."""
    from quizapp.derive.given_names import given_name

    names = {str(s.name) for s in pycountry.subdivisions if s.parent_code is None and s.type in REGION_TYPES}
    # "Victoria", "Carolina": a given name is as often a town's or a street's name as the state's
    return frozenset(_key(n) for n in names if not given_name(n)) - countries("en")


def place_kind(name: str, code: str) -> str:
    """"country", "continent", "region" (a state, a province: "Maine" among towns is the
    answer to a reader who knows the map, a review of an unseen text found) or "other" for the
    place ``name`` in a text of language ``code``."""
    folded = _key(name)
    if folded in countries(code):
        return "country"
    if folded in continents(code):
        return "continent"
    if folded in regions():
        return "region"
    return "other"


# Nationality adjectives that do not open with their country's stem ("Swiss", «neerlandés»),
# folded, with the countries' names they call up (every everyday name: "Holland" and "the
# Netherlands", «Holanda» and «Países Bajos»), folded as ``_key`` folds them.
IRREGULAR_ADJECTIVES = {
    "en": {
        "swiss": ("switzerland",), "dutch": ("netherlands", "holland"), "french": ("france",), "spanish": ("spain",),
        "swedish": ("sweden",), "danish": ("denmark",), "finnish": ("finland",), "polish": ("poland",),
        "norwegian": ("norway",), "greek": ("greece",), "portuguese": ("portugal",), "irish": ("ireland",),
        "british": ("britain", "great britain", "united kingdom", "uk"), "english": ("england",), "welsh": ("wales",),
        "scottish": ("scotland",), "scots": ("scotland",), "turkish": ("turkey",), "icelandic": ("iceland",),
        "american": ("united states", "america", "usa", "us"), "belgian": ("belgium",), "hungarian": ("hungary",),
        "peruvian": ("peru",), "filipino": ("philippines",), "thai": ("thailand",), "lao": ("laos",),
        "luxembourgish": ("luxembourg",), "monegasque": ("monaco",), "malagasy": ("madagascar",),
    },
    "es": {
        "neerlandes": ("paises bajos", "holanda"), "holandes": ("paises bajos", "holanda"),
        "estadounidense": ("estados unidos", "eeuu", "ee uu"), "norteamericano": ("estados unidos", "eeuu", "ee uu"),
        "britanico": ("reino unido", "gran bretana"), "ingles": ("inglaterra",), "griego": ("grecia",),
        "danes": ("dinamarca",), "belga": ("belgica",), "marroqui": ("marruecos",), "hungaro": ("hungria",),
        "turco": ("turquia",), "polaco": ("polonia",), "portugues": ("portugal",), "aleman": ("alemania",),
        "suizo": ("suiza",), "sueco": ("suecia",), "irlandes": ("irlanda",), "frances": ("francia",),
        "espanol": ("espana",), "noruego": ("noruega",), "finlandes": ("finlandia",), "escoces": ("escocia",),
        "gales": ("gales",), "tailandes": ("tailandia",), "filipino": ("filipinas",), "neozelandes": ("nueva zelanda",),
        "sudafricano": ("sudafrica",), "japones": ("japon",), "chino": ("china",), "ruso": ("rusia",),
    },
}


def _masculine(folded: str, code: str) -> str:
    """A folded Spanish adjective in its masculine singular as DEMONYMS writes it («neerlandesa» →
    «neerlandes», «mexicanas» → «mexicano»); English words as they are."""
    if code != "es":
        return folded
    for form in (folded, folded[:-1], folded[:-2]):
        if form in IRREGULAR_ADJECTIVES["es"]:
            return form
    if folded.endswith("as"):
        return folded[:-2] + "o"
    if folded.endswith(("os", "a")):
        return folded[:-2] + "o" if folded.endswith("os") else folded[:-1] + "o"
    return folded


def adjective_names_country(adjective: str, country: str, code: str) -> bool:
    """Whether the nationality adjective ``adjective`` ("Swiss", «neerlandesa», "Italian",
    «mexicana») is that of the country ``country`` ("Switzerland", «Países Bajos», "Italy",
    «México»): the country's stem (its name less a final "ia", "a", "e", "o" or "y", four letters
    at least) opens the adjective, or the adjective is one of IRREGULAR_ADJECTIVES' for it.
    "Austrian" is not Australia's: the whole stem ("austral") must open it."""
    if not country_adjective(adjective, code):
        return False
    folded, name = fold_word(adjective), _key(country)
    if name not in countries(code):
        return False
    irregular = IRREGULAR_ADJECTIVES.get(code, {})
    if name in irregular.get(_masculine(folded, code), ()) or name in IRREGULAR_ADJECTIVES["en"].get(folded, ()):
        return True
    stem = re.sub(r"(?:ia|a|e|o|y)$", "", name)
    return " " not in name and len(stem) >= MIN_STEM and folded.startswith(stem)


# Countries people call by two everyday names, each group in one language: a learner asked for
# one types the other ("Holland" for the Netherlands, «Holanda» for «Países Bajos»). Only names of
# the same state: England is no name of the United Kingdom, nor America of the United States.
OTHER_NAMES = {
    "en": (("the Netherlands", "Holland"), ("the United States", "the USA", "the US"), ("the United Kingdom", "the UK"),
           ("the Czech Republic", "Czechia"), ("Burma", "Myanmar"), ("Ivory Coast", "Côte d'Ivoire"), ("Turkey", "Türkiye"),
           ("East Timor", "Timor-Leste"), ("Swaziland", "Eswatini")),
    "es": (("Países Bajos", "Holanda"), ("Estados Unidos", "EE. UU."), ("República Checa", "Chequia"), ("Birmania", "Myanmar"),
           ("Suazilandia", "Esuatini"), ("Timor Oriental", "Timor-Leste"),
           # A region's everyday other names («Latinoamérica», «América Latina»: shortnames).
           ("Latinoamérica", "América Latina"), ("Sudamérica", "Suramérica", "América del Sur"),
           ("Norteamérica", "América del Norte"), ("Centroamérica", "América Central")),
}


def other_country_names(name: str, code: str) -> list[str]:
    """The other everyday names of the country ``name`` ("Holland" for "the Netherlands" or
    "Netherlands", «Holanda» for «Países Bajos»); [] for a country of one name or no country."""
    folded = _key(name)
    for group in OTHER_NAMES.get(code, OTHER_NAMES["en"]):
        if folded in {_key(n) for n in group}:
            return [n for n in group if _key(n) != folded]
    return []


# English nationality adjectives whose country's name the stem rule cannot find (the stem is
# shorter than MIN_STEM, or the name is no stem and an ending), with its everyday names and
# short forms; "the" left out: "a UAE fund", "a US bank" (names4).
COUNTRY_OF_ADJECTIVE = {
    "emirati": ("United Arab Emirates", "UAE", "Emirates"), "saudi": ("Saudi Arabia",), "american": ("US", "USA"),
    "british": ("UK", "Britain"), "cuban": ("Cuba",), "indian": ("India",), "syrian": ("Syria",), "lebanese": ("Lebanon",),
    "bosnian": ("Bosnia",), "maldivian": ("Maldives",), "mauritian": ("Mauritius",), "honduran": ("Honduras",),
    "cypriot": ("Cyprus",), "kazakh": ("Kazakhstan",), "uzbek": ("Uzbekistan",), "afghan": ("Afghanistan",),
    "tajik": ("Tajikistan",), "kyrgyz": ("Kyrgyzstan",), "turkmen": ("Turkmenistan",), "mozambican": ("Mozambique",),
    "togolese": ("Togo",), "ivorian": ("Ivory Coast",), "dutch": ("Netherlands", "Holland"), "russian": ("Russia",),
    "czech": ("Czech Republic", "Czechia"),
}
# Adjectives of two states: "Dominican" (Dominica, the Dominican Republic), "Congolese", "Guinean"
# (Guinea, Equatorial Guinea, Guinea-Bissau), "Nigerien"/"Nigerian" (Niger, Nigeria).
AMBIGUOUS_ADJECTIVES = frozenset(("dominican", "congolese", "guinean", "nigerien", "nigerian"))


@cache
def _english_country_names() -> tuple[str, ...]:
    names = {n for n in SHORT_FORMS["en"] if not n.startswith("the ")}
    for country in pycountry.countries:
        names.update(_standard_names(country))
    return tuple(sorted(names))


@cache
def adjective_countries(adjective: str) -> tuple[str, ...]:
    """The English names of the one country whose nationality adjective is ``adjective``
    ("Qatari": Qatar; "Emirati": United Arab Emirates, UAE, Emirates), or () for a word of two
    countries or none ("Nigerian" of Niger or Nigeria, "Dominican": AMBIGUOUS_ADJECTIVES;
    "Basque" of no state). The adjective must be the country's stem and one of
    its endings ("Australian" is not Austria's: "austr" and "alian")."""
    folded = fold_word(adjective)
    if not country_adjective(adjective, "en"):
        return ()
    if folded in COUNTRY_OF_ADJECTIVE:
        return COUNTRY_OF_ADJECTIVE[folded]
    names = _english_country_names()
    if folded in AMBIGUOUS_ADJECTIVES:
        return ()
    if folded in IRREGULAR_ADJECTIVES["en"]:
        return tuple(n for n in names if _key(n) in IRREGULAR_ADJECTIVES["en"][folded])
    found = []
    for name in names:
        key = _key(name)
        stem = re.sub(r"(?:ia|a|e|o|y)$", "", key)
        if " " not in key and len(stem) >= MIN_STEM and any(folded == stem + e for e in ADJECTIVE_ENDINGS["en"] + ("ean",)):
            found.append(name)
    return tuple(found) if len(found) == 1 else ()


@cache
def country_adjectives(country: str) -> tuple[str, ...]:
    """The English nationality adjectives of the country ``country`` ("Qatar": Qatari)."""
    folded = _key(country)
    return tuple(a for a in DEMONYMS["en"].split() if folded in {_key(n) for n in adjective_countries(a)})


# Capitals and seats of government that news writes for their state's government ("Nairobi
# objected", «Brasilia respondió», "Whitehall refused"), per language: "seat|other spelling=
# country|other name". Kept small and true: one state per seat, no capital shared with another
# state's city of note (Brussels is the EU's too, Amsterdam no seat, Jerusalem contested).
CAPITALS = {
    "en": """Nairobi=Kenya; Kampala=Uganda; Addis Ababa=Ethiopia; Cairo=Egypt; Pretoria=South Africa; Abuja=Nigeria;
        Accra=Ghana; Dakar=Senegal; Rabat=Morocco; Algiers=Algeria; Khartoum=Sudan; Luanda=Angola; Harare=Zimbabwe;
        Lusaka=Zambia; Kigali=Rwanda; Mogadishu=Somalia; Washington=United States|US|USA|America; Ottawa=Canada;
        Mexico City=Mexico; Havana=Cuba; Caracas=Venezuela; Bogotá=Colombia; Quito=Ecuador; Lima=Peru;
        La Paz=Bolivia; Buenos Aires=Argentina; Montevideo=Uruguay; Asunción=Paraguay; Brasília=Brazil;
        Santiago=Chile; London=United Kingdom|UK|Britain; Whitehall=United Kingdom|UK|Britain;
        Downing Street=United Kingdom|UK|Britain; Paris=France; Berlin=Germany; Madrid=Spain; Rome=Italy;
        Lisbon=Portugal; Moscow=Russia; the Kremlin|Kremlin=Russia; the White House|White House=United States|US|USA;
        Kyiv|Kiev=Ukraine; Warsaw=Poland; Vienna=Austria; Bern=Switzerland; Athens=Greece; Ankara=Turkey;
        Stockholm=Sweden; Oslo=Norway; Copenhagen=Denmark; Helsinki=Finland; Dublin=Ireland; Budapest=Hungary;
        Prague=Czech Republic|Czechia; Bucharest=Romania; Belgrade=Serbia; Minsk=Belarus; Beijing|Peking=China;
        Tokyo=Japan; Seoul=South Korea; Pyongyang=North Korea; New Delhi=India; Islamabad=Pakistan; Kabul=Afghanistan;
        Tehran=Iran; Baghdad=Iraq; Damascus=Syria; Beirut=Lebanon; Amman=Jordan; Riyadh=Saudi Arabia;
        Abu Dhabi=United Arab Emirates|UAE|Emirates; Doha=Qatar; Jakarta=Indonesia; Manila=Philippines; Hanoi=Vietnam;
        Bangkok=Thailand; Canberra=Australia; Wellington=New Zealand; Astana=Kazakhstan; Tashkent=Uzbekistan;
        Dhaka=Bangladesh; Kathmandu=Nepal; Taipei=Taiwan""",
    "es": """Nairobi=Kenia; Kampala=Uganda; Adís Abeba=Etiopía; El Cairo=Egipto; Pretoria=Sudáfrica; Abuya=Nigeria;
        Acra=Ghana; Dakar=Senegal; Rabat=Marruecos; Argel=Argelia; Jartum=Sudán; Luanda=Angola; Harare=Zimbabue;
        Lusaka=Zambia; Kigali=Ruanda; Mogadiscio=Somalia; Washington=Estados Unidos|EE. UU.|EEUU; Ottawa=Canadá;
        Ciudad de México=México; La Habana=Cuba; Caracas=Venezuela; Bogotá=Colombia; Quito=Ecuador; Lima=Perú;
        La Paz=Bolivia; Buenos Aires=Argentina; Montevideo=Uruguay; Asunción=Paraguay; Brasilia=Brasil;
        Santiago=Chile; Londres=Reino Unido|Gran Bretaña; París=Francia; Berlín=Alemania; Madrid=España;
        la Moncloa|Moncloa=España; Roma=Italia; Lisboa=Portugal; Moscú=Rusia; el Kremlin|Kremlin=Rusia;
        la Casa Blanca|Casa Blanca=Estados Unidos|EE. UU.|EEUU; la Casa Rosada|Casa Rosada=Argentina;
        Planalto=Brasil; Kiev=Ucrania; Varsovia=Polonia; Viena=Austria; Berna=Suiza; Atenas=Grecia; Ankara=Turquía;
        Estocolmo=Suecia; Oslo=Noruega; Copenhague=Dinamarca; Helsinki=Finlandia; Dublín=Irlanda; Budapest=Hungría;
        Praga=República Checa|Chequia; Bucarest=Rumania|Rumanía; Belgrado=Serbia; Minsk=Bielorrusia; Pekín|Beijing=China;
        Tokio=Japón; Seúl=Corea del Sur; Pionyang=Corea del Norte; Nueva Delhi=India; Islamabad=Pakistán;
        Kabul=Afganistán; Teherán=Irán; Bagdad=Irak; Damasco=Siria; Beirut=Líbano; Amán=Jordania;
        Riad=Arabia Saudita|Arabia Saudí; Abu Dabi=Emiratos Árabes Unidos|EAU; Doha=Catar; Yakarta=Indonesia;
        Manila=Filipinas; Hanói=Vietnam; Bangkok=Tailandia; Canberra=Australia; Wellington=Nueva Zelanda;
        Astaná=Kazajistán; Taskent=Uzbekistán; Daca=Bangladés; Katmandú=Nepal; Taipéi=Taiwán""",
}


@cache
def _capitals(code: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for entry in CAPITALS.get(code, "").split(";"):
        seats, _, names = entry.partition("=")
        for seat in seats.split("|"):
            table[_key(seat)] = tuple(n.strip() for n in names.split("|"))
    return table


def capital_state(seat: str, code: str) -> tuple[str, ...]:
    """The names of the state whose capital or seat of government ``seat`` is ("Nairobi":
    Kenya; «Brasilia»: Brasil; "Whitehall": United Kingdom, UK, Britain), or ()."""
    return _capitals(code).get(_key(seat), ())


# Spanish nationality adjectives whose country the stem rule cannot find (another shape, or a
# country's name of several words), masculine singular folded, with the country's everyday names.
# Not «indio» (an indigenous American as often as India's), «coreano» (two Koreas).
PAIS_DE_ADJETIVO = {
    "emirati": ("Emiratos Árabes Unidos", "EAU", "Emiratos"), "saudi": ("Arabia Saudita", "Arabia Saudí"),
    "estadounidense": ("Estados Unidos", "EE. UU."), "britanico": ("Reino Unido", "Gran Bretaña"),
    "kazajo": ("Kazajistán",), "uzbeko": ("Uzbekistán",), "afgano": ("Afganistán",), "tayiko": ("Tayikistán",),
    "chipriota": ("Chipre",), "marroqui": ("Marruecos",), "neozelandes": ("Nueva Zelanda",),
    "sudafricano": ("Sudáfrica",), "pakistani": ("Pakistán",), "paquistani": ("Pakistán",), "iraqui": ("Irak",),
    "irani": ("Irán",), "israeli": ("Israel",), "yemeni": ("Yemen",), "omani": ("Omán",), "catari": ("Catar",),
    "kuwaiti": ("Kuwait",), "bangladesi": ("Bangladés",), "nepali": ("Nepal",), "azeri": ("Azerbaiyán",),
    "libanes": ("Líbano",), "costarricense": ("Costa Rica",), "salvadoreno": ("El Salvador",),
    "puertorriqueno": ("Puerto Rico",), "ecuatoriano": ("Ecuador",), "hondureno": ("Honduras",),
    "nicaraguense": ("Nicaragua",), "guatemalteco": ("Guatemala",), "panameno": ("Panamá",), "brasileno": ("Brasil",),
    "peruano": ("Perú",), "mexicano": ("México",), "mejicano": ("México",), "japones": ("Japón",), "chino": ("China",),
    "etiope": ("Etiopía",), "ruandes": ("Ruanda",), "ugandes": ("Uganda",), "keniano": ("Kenia",),
    "keniata": ("Kenia",), "tanzano": ("Tanzania",), "ghanes": ("Ghana",), "senegales": ("Senegal",),
    "argelino": ("Argelia",), "tunecino": ("Túnez",), "egipcio": ("Egipto",), "libio": ("Libia",), "sirio": ("Siria",),
    "jordano": ("Jordania",), "turco": ("Turquía",), "griego": ("Grecia",), "ruso": ("Rusia",), "ucraniano": ("Ucrania",),
    "polaco": ("Polonia",), "aleman": ("Alemania",), "frances": ("Francia",), "italiano": ("Italia",),
    "espanol": ("España",), "portugues": ("Portugal",), "ingles": ("Inglaterra",), "irlandes": ("Irlanda",),
    "escoces": ("Escocia",), "holandes": ("Países Bajos", "Holanda"), "neerlandes": ("Países Bajos", "Holanda"),
    "belga": ("Bélgica",), "suizo": ("Suiza",), "austriaco": ("Austria",), "sueco": ("Suecia",), "noruego": ("Noruega",),
    "danes": ("Dinamarca",), "finlandes": ("Finlandia",), "hungaro": ("Hungría",), "rumano": ("Rumania", "Rumanía"),
    "canadiense": ("Canadá",), "argentino": ("Argentina",), "chileno": ("Chile",), "boliviano": ("Bolivia",),
    "paraguayo": ("Paraguay",), "uruguayo": ("Uruguay",), "colombiano": ("Colombia",), "venezolano": ("Venezuela",),
    "cubano": ("Cuba",), "australiano": ("Australia",), "indonesio": ("Indonesia",), "filipino": ("Filipinas",),
    "vietnamita": ("Vietnam",), "tailandes": ("Tailandia",), "nigeriano": ("Nigeria",),
    "nigerino": ("Níger",), "angoleno": ("Angola",), "mozambiqueno": ("Mozambique",), "zambiano": ("Zambia",),
    "zimbabuense": ("Zimbabue",), "somali": ("Somalia",), "sudanes": ("Sudán",), "camerunes": ("Camerún",),
}


@cache
def _spanish_demonym_forms() -> dict[str, str]:
    """Every folded form of the Spanish DEMONYMS («emiratíes», «keniana») -> its masculine singular."""
    return {fold_word(form): fold_word(word) for word in DEMONYMS["es"].split() for form in _spanish_forms(word)}


def spanish_adjective_countries(adjective: str) -> tuple[str, ...]:
    """The Spanish names of the one country whose nationality adjective ``adjective`` is, in any
    gender and number («emiratíes»: Emiratos Árabes Unidos, EAU, Emiratos; «keniana»: Kenia), or ()
    for an adjective of two states («dominicano», «congoleño», «guineano») or of none («vasco»)."""
    base = _spanish_demonym_forms().get(fold_word(adjective))
    return PAIS_DE_ADJETIVO.get(base, ()) if base else ()
