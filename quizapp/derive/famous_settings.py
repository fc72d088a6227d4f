"""General knowledge of famous places and people (fresh review, kinds7 (c)).

- A gap on a country, or a region general text of every language names, that locates a named
  landmark or a thing the place is known for: "La bahía de Ha Long, en ____" (Vietnam), "los
  cenotes de la península de ____" (Yucatán), "the fjords of ____" (Norway). The reader answers
  from an atlas in their head, not from the paragraph. A country that is the scene of an event
  ("the treaty was signed in ____", "nació en ____") is not this: the slot before the gap must
  locate a name, a place word or a famous kind of landform.
- A "who was this?" card whose back is the art a famous person is known for: "Walter Scott:
  poet", "Robert Southey: poet". A document on another subject cites a poet, painter or composer
  because the name is famous; the card asks what everyone knows. A creative occupation is held
  back when general text of every language names the surname (``international_fame``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.derive.extract import fold
from quizapp.derive.giveaways import gaps_of
from quizapp.derive.place_kinds import place_kind
from quizapp.languages import Language, international_fame

if TYPE_CHECKING:
    from quizapp.derive import Draft

FAMOUS_REGION_FAME = 2.0  # Yucatán 2.0, Málaga 2.1, Patagonia 2.0; Tiree 1.2, Arbroath and Gletsch 0
FAMOUS_ARTIST_FAME = 1.5  # Southey 1.55, Wordsworth 2.2, Goya 2.7: general text of every language names them

# Kinds of landform or site a place is famous for (plural or singular), folded.
FAMOUS_FEATURES = frozenset(fold(w) for w in [
    "fjord", "fjords", "fiordo", "fiordos", "cenote", "cenotes", "pyramid", "pyramids", "piramide",
    "piramides", "geyser", "geysers", "geiser", "geiseres", "glacier", "glaciers", "glaciar",
    "glaciares", "volcano", "volcanoes", "volcan", "volcanes", "desert", "desierto", "steppe",
    "steppes", "estepa", "estepas", "canal", "canals", "canales", "temple", "temples", "templo",
    "templos", "lagoon", "lagoons", "laguna", "lagunas", "atoll", "atolls", "atolon", "atolones",
    "archipelago", "archipielago",
    "canyon", "canyons", "canon", "canones", "rainforest", "selva", "reef", "reefs", "arrecife",
    "arrecifes",
])
LOCATING = re.compile(
    r"(?P<before>[^\W\d_][\w'’-]*)\s*,?\s+(?P<preposition>in|of|en|de|del)(?:\s+(?:the|el|la|los|las))?\s+$", re.IGNORECASE,
)
NEAR_WORDS = 4  # words before the gap's preposition where a famous landform counts ("cenotes de la península")

# Occupations a person is famous for, as a card's back.
ARTS = {
    "en": frozenset(["poet", "novelist", "painter", "composer", "sculptor", "playwright", "dramatist", "writer", "author", "essayist", "philosopher"]),
    "es": frozenset(["poeta", "poetisa", "novelista", "pintor", "pintora", "compositor", "compositora", "escultor", "escultora", "dramaturgo", "dramaturga", "escritor", "escritora", "autor", "autora", "ensayista", "filosofo", "filosofa"]),
}


def famous_setting_gap(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft`` asks where a famous thing is, from general knowledge (empty: it does not)."""
    if draft.kind != "question" or draft.item.get("type") not in ("fill_in", "cloze", "single_choice", "multiple_select"):
        return []
    from quizapp.derive.checks import gap_keys

    keys = gap_keys(draft)
    if len(keys) != 1:
        return []
    key = keys[0]
    if reason := famous_region_beside_its_feature(draft, key, lang):
        return reason
    kind = place_kind(key, lang.code)
    if kind != "country" and not (key[:1].isupper() and international_fame(key) >= FAMOUS_REGION_FAME):
        return []
    gaps = gaps_of(draft)
    before_gap = gaps[0].before if gaps else ""  # the words the learner reads right before the (first) gap
    slot = LOCATING.search(before_gap)
    if slot is None:
        return []
    before = slot.group("before")
    # A name located right before ("Ha Long, en ____"), or a famous kind of landform a few words
    # before ("los cenotes de la península de ____", "the fjords of ____"). A class noun alone
    # ("la isla de ____", "the province of ____") locates nothing famous: the key is the detail.
    near = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", before_gap[:slot.end("before")])[-NEAR_WORDS:]]
    feature = next((w for w in near if w in FAMOUS_FEATURES), None)
    # The name is in the sentence, not its capitalised first word ("Diputados de ____": Vox).
    named = before[:1].isupper() and not re.search(r"[«“\"]\s*$", before_gap[:slot.start("before")])
    # A region (no country) only where the gap locates ("San Julián, en la ____"): "de ____"
    # after a name is as often a party, a firm or a family ("Diputados de Vox").
    if kind != "country" and not feature and slot.group("preposition").lower() not in ("in", "en"):
        return []
    if named or feature:
        what = "a country" if kind == "country" else "a region general text names everywhere"
        return [f"held back: the key {key!r} is {what}, and the gap locates {feature or before!r}, which it is known for: general knowledge settles it without the text"]
    return []


# Common nouns of a region or a landform that a famous name follows or precedes ("la península
# de ____", "the ____ Delta", "the island of ____"), folded.
REGION_NOUNS = frozenset(fold(w) for w in [
    "peninsula", "peninsulas", "region", "regiones", "island", "islands", "isla", "islas", "delta", "valley", "valle",
    "desert", "desierto", "archipelago", "archipielago", "coast", "costa", "plateau", "meseta", "altiplano",
    "basin", "cuenca", "province", "provincia", "county", "condado", "state", "estado", "mountains", "montes", "sierra",
])
# What a region is known for, beyond its landforms (FAMOUS_FEATURES): ruins, a civilisation,
# vineyards, a famous animal or crop.
KNOWN_FOR = FAMOUS_FEATURES | frozenset(fold(w) for w in [
    "ruins", "ruinas", "restos", "civilisation", "civilization", "civilizacion", "maya", "mayas", "inca", "incas",
    "aztec", "azteca", "aztecas", "pharaohs", "faraones", "vineyards", "vinedos", "wines", "vinos", "tortoises",
    "tortugas", "penguins", "pinguinos", "terraces", "terrazas", "monastery", "monasteries", "monasterio",
    "monasterios", "paddies", "arrozales", "floating", "flotantes", "peaks", "picos", "lava",
])
REGION_OF = re.compile(r"([^\W\d_]+)\s+(?:of|de|del)(?:\s+(?:the|el|la|los|las))?\s+$", re.IGNORECASE)
REGION_AFTER = re.compile(r"^\s+([^\W\d_]+)")
FAMOUS_REGION_WORD_ZIPF = 2.8  # the document language's own frequency: Mekong 2.85 (es), Sicily 3.5; Tiree 1.9, Camargue 1.9


def famous_region_beside_its_feature(draft: Draft, key: str, lang: Language) -> list[str]:
    """A gap on a famous region named by its class noun ("la península de ____", "the ____
    Delta", the key "Yucatán Peninsula") in a sentence that also names what the region is known
    for ("con sus cenotes y los restos de la civilización maya"): the famous thing points to
    the place without the text (kinds10 (2)). A region noun alone ("la isla de ____") is not
    enough: the key is then a detail of the story."""
    words = key.split()
    if not words or not key[:1].isupper():
        return []
    core = [w for w in words if fold(w) not in REGION_NOUNS and fold(w) not in {fold(d) for d in lang.determiners}]
    named_class = len(core) < len(words)
    if not core:
        return []
    name = " ".join(core)
    if international_fame(name) < FAMOUS_REGION_FAME and lang.familiarity(name) < FAMOUS_REGION_WORD_ZIPF:
        return []
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        of = REGION_OF.search(before)
        follows = REGION_AFTER.match(after)
        if not (named_class or (of and fold(of.group(1)) in REGION_NOUNS) or (follows and fold(follows.group(1)) in REGION_NOUNS and follows.group(1)[:1].isupper())):
            continue
        feature = next((w for w in re.findall(r"[^\W\d_]+", before + " " + after) if fold(w).lower() in KNOWN_FOR), None)
        if feature:
            return [f"held back: the key {key!r} is a famous region, and its sentence names what it is known for ({feature!r}): general knowledge settles it without the text"]
    return []


def famous_person_role(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a "who was this?" card, asks what a famous artist is known for (empty: it
    does not): the back is a bare creative occupation and the surname is named everywhere."""
    if draft.kind != "card" or "people" not in draft.item.get("tags", []):
        return []
    pattern = re.escape(lang.prompt("card_role", person="\0")).replace("\\\0", "(?P<person>.+)").replace("\0", "(?P<person>.+)")
    found = re.fullmatch(pattern, str(draft.item.get("front", "")))
    back = [fold(w) for w in re.findall(r"[^\W\d_]+", str(draft.item.get("back", "")))]
    if found is None or not back or len(back) > 2 or back[-1] not in ARTS.get(lang.code, ARTS["en"]):
        return []
    surname = found.group("person").split()[-1]
    if international_fame(surname) < FAMOUS_ARTIST_FAME:
        return []
    return [f"held back: {found.group('person')} is a famous name (general text names {surname!r} in every language) and {draft.item['back']!r} is what they are known for: general knowledge"]


# --- a famous place completed from a famous neighbour (worldknow, kind 2) ---------------------

# A place a reader knows: general text of every language writes it (international_fame: Belém
# 1.8, Rouen 2.4), or the document's language writes it often (Lisboa 3.9 in Spanish, Burgos
# 4.1); a village neither writes (Portugalete in English 0, Gletsch 0) is the text's detail.
KNOWN_PLACE_FAME = 1.8
KNOWN_PLACE_ZIPF = 3.0
# The neighbour that calls it up is famous in both senses: Madrid (4.3 everywhere), the Amazon
# (4.0); Palencia (1.7 everywhere) is a regional name.
FAMOUS_NEIGHBOUR_FAME = 2.0
FAMOUS_NEIGHBOUR_ZIPF = 3.5
NEIGHBOUR_NAME = r"(?:(?:the|el|la|los|las)\s+)?([A-ZÁÉÍÓÚÑ][\w'’]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’]+)?)"
# Two places offered as alternatives: "Madrid or ____", «____ o Lisboa». Only "or": places
# joined by "and" are as often a story's own pair ("visitors from Bradford and Buffalo",
# "Fiona Mackay and Graham Boyd", «Ramal de Campos y Ramal Sur»), where fame says nothing of
# the pairing.
PAIR_BEFORE = {
    "en": re.compile(rf"(?:^|[^,]\s){NEIGHBOUR_NAME}\s+or\s+(?:the\s+)?$"),
    "es": re.compile(rf"(?:^|[^,]\s){NEIGHBOUR_NAME}\s+[ou]\s+(?:(?:el|la|los|las)\s+)?$"),
}
PAIR_AFTER = {
    "en": re.compile(rf"^\s+or\s+{NEIGHBOUR_NAME}(?!\s+or\b)"),
    "es": re.compile(rf"^\s+[ou]\s+{NEIGHBOUR_NAME}(?!\s+[ou]\b)"),
}
# A place located by a famous one right after the gap: "____ at the mouth of the Amazon",
# «____, en la desembocadura del Amazonas», "____, on the banks of the Thames".
LOCATED_AFTER = {
    "en": re.compile(rf"^\s*,?\s+(?:at\s+the\s+mouth\s+of|on\s+the\s+banks?\s+of|at\s+the\s+foot\s+of|on\s+the\s+shores?\s+of|at\s+the\s+head\s+of|on\s+the\s+delta\s+of)\s+{NEIGHBOUR_NAME}"),
    "es": re.compile(rf"^\s*,?\s+(?:en\s+la\s+desembocadura\s+del?|a\s+orillas\s+del?|al\s+pie\s+del?|en\s+la\s+ribera\s+del?|en\s+el\s+delta\s+del?)\s+{NEIGHBOUR_NAME}"),
}


def _known_place(name: str, lang: Language) -> bool:
    return international_fame(name) >= KNOWN_PLACE_FAME or lang.familiarity(name) >= KNOWN_PLACE_ZIPF


def _famous_neighbour(name: str, lang: Language) -> bool:
    return international_fame(name) >= FAMOUS_NEIGHBOUR_FAME and lang.familiarity(name) >= FAMOUS_NEIGHBOUR_ZIPF


def famous_neighbour_gap(draft: Draft, lang: Language) -> list[str]:
    """A gap on a well-known place that a famous neighbour in its prompt calls up (worldknow,
    kind 2): the other of two famous cities offered as alternatives ("Madrid or ____", «____ o
    Lisboa»), or a city located by a famous river or mountain right after it ("1,500 km upriver
    from ____ at the mouth of the Amazon"). A place general text does not write ("Bilbao or
    ____" for Portugalete) is the text's detail, and a list of three or more is the closed
    lists' check. What fame cannot tell: whether the two are of one region (a small town named
    like a famous city, "Bradford" in Pennsylvania, counts as the famous one)."""
    if draft.kind != "question" or draft.item.get("type") == "numeric":
        return []
    code = "es" if lang.code == "es" else "en"
    for gap in gaps_of(draft):
        key = next((str(k) for k in gap.keys if str(k)[:1].isupper()), None)
        if key is None or not _known_place(key, lang):
            continue
        before, after = gap.sentence()
        for found, how in ((PAIR_BEFORE[code].search(before), "pairs it with"), (None if before.rstrip().endswith(",") else PAIR_AFTER[code].match(after), "pairs it with"),
                           (LOCATED_AFTER[code].match(after), "locates it by")):
            if found and found.group(1) != key and _famous_neighbour(found.group(1), lang):
                return [f"held back: the key {key!r} is a well-known place and the prompt {how} {found.group(1)!r}, a famous one: general knowledge completes it without the text"]
    return []


# --- an institution named from its description (worldknow, kind 2) ---------------------------

STEM_LETTERS = 5  # a key's word and a prompt's word sharing their first letters are one word ("Sciences", "science")
# The one word of the name the description leaves out must be one a reader supplies: a word
# general text writes often ("Academy" 4.6, "Armas" 4.8 in Spanish); a local name ("Guatavita",
# "Dunmore") is the text's detail, and so is a country the description does not give ("the
# national survey, the Geological Survey of ____").
LEFT_WORD_ZIPF = 3.5


# What such a description describes: an institution or a public place ("a state science
# institute", «la plaza principal»). A person is no such thing: "____, son of Tomás Pinheiro"
# shares a surname with its key (Juan Pinheiro), and the first name is the text's detail.
INSTITUTION_CLASSES = re.compile(
    r"\b(?:institut\w*|academ\w*|society|societies|sociedad\w*|universit\w*|college|colegio|museums?|museos?|librar\w*|"
    r"bibliotecas?|squares?|plazas?|parks?|parques?|compan\w*|compañ\w*|empresas?|banks?|bancos?|surveys?|agenc\w*|"
    r"council|consejo|offices?|oficinas?|schools?|escuelas?|hospital\w*|churche?s?|iglesias?|cathedrals?|catedral\w*|"
    r"palaces?|palacios?|theatres?|theaters?|teatros?|operas?|óperas?|observator\w*|laborator\w*)\b", re.IGNORECASE)


def _stem(word: str) -> str:
    return fold(word).lower()[:STEM_LETTERS]


def described_institution(draft: Draft, lang: Language) -> list[str]:
    """A gap on a name of several words whose prompt describes it in the same sentence with
    all of its words but one ("a Chinese state science institute, the ____": Chinese Academy of
    Sciences; «la plaza principal de Lima, la ____»: Plaza de Armas), the one left a common
    word or a famous name: the reader puts the name together from the description. What this
    cannot catch: a description in other words ("the main square of Lima, the ____" for Plaza
    Mayor, a translation), or a famous story ("the lake of the El Dorado legend")."""
    if draft.kind != "question" or draft.item.get("type") == "numeric":
        return []
    small = {fold(w).lower() for w in lang.determiners} | {"of", "the", "and", "de", "del", "y", "for", "para"}
    for gap in gaps_of(draft):
        key = next((str(k) for k in gap.keys if str(k)[:1].isupper()), None)
        if key is None:
            continue
        words = [w for w in re.findall(r"[^\W\d_]+", key) if fold(w).lower() not in small]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        before, after = gap.sentence()
        if not INSTITUTION_CLASSES.search(f"{before} {after}"):
            continue
        described = {_stem(w) for w in re.findall(r"[^\W\d_]{4,}", f"{before} {after}")}
        left = [w for w in words if _stem(w) not in described]
        if not left:
            return [f"held back: the prompt describes {key!r} with all of its words: the name is put together without the text"]
        word = left[0]
        if len(left) == 1 and lang.familiarity(word) >= LEFT_WORD_ZIPF and place_kind(word, lang.code) != "country":
            return [f"held back: the prompt describes {key!r} with all of its words but {word!r}, a word a reader supplies: the name is put together without the text"]
    return []


# --- a country beside a country, a landmark beside its famous place (selfgaps, issue 10) -------

# Two countries, and only two, joined by "and"/"or"/«y»/«o»: "cheap garments from China and
# ____" (Bangladesh), «telas de ____ y Japón». The world's trade, wars and treaties pair
# countries a reader knows; one country given, general knowledge of the subject supplies the
# other, and a country is a small closed class of guesses. A list of three or more ("visitors
# from Russia, Sweden and ____") is the story's own and the closed lists' check; two cities
# keep "and" too (famous_neighbour_gap).
COUNTRY_NAME = r"(?:(?:the|el|la|los|las)\s+)?([A-ZÁÉÍÓÚÑ][\w'’]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’]+)?)"
PAIR_JOINER = r"\s(?:and|or|y|e|o|u)\s+"
COUNTRY_BEFORE = re.compile(rf"{COUNTRY_NAME}{PAIR_JOINER}(?:the\s+)?$")
COUNTRY_AFTER = re.compile(rf"^{PAIR_JOINER}{COUNTRY_NAME}(?!\s*,|{PAIR_JOINER}[A-ZÁÉÍÓÚÑ])")
LIST_BEFORE = re.compile(r"(?:,|\s(?:and|or|y|e|o|u))\s+(?:(?:the|el|la|los|las)\s+)?[A-ZÁÉÍÓÚÑ][\w'’]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’]+)?\s*(?:,|\s(?:and|or|y|e|o|u))\s+(?:the\s+)?$")
LIST_AFTER = re.compile(r"^\s*,\s+[A-ZÁÉÍÓÚÑ]")


def paired_country_gap(draft: Draft, lang: Language) -> list[str]:
    """A gap on a country joined to one other country the prompt names ("China and ____")."""
    if draft.kind != "question" or draft.item.get("type") == "numeric":
        return []
    for gap in gaps_of(draft):
        key = next((str(k).strip() for k in gap.keys if str(k)[:1].isupper()), None)
        if key is None or place_kind(key, lang.code) != "country":
            continue
        before, after = gap.sentence()
        if LIST_BEFORE.search(before) or LIST_AFTER.match(after) or re.search(r",\s*$", before):
            continue  # a list of three or more
        for found in (COUNTRY_BEFORE.search(before), COUNTRY_AFTER.match(after)):
            if found and found.group(1) != key and place_kind(found.group(1), lang.code) == "country":
                return [f"held back: the key {key!r} is a country the prompt pairs with another country ({found.group(1)!r}): general knowledge of the subject supplies it"]
    return []


# A landmark written with its article right before the gap and a famous place right after it
# ("into the ____ from Nepal": Himalaya; «cruzaron los ____ desde Mendoza»: Andes; «en el
# ____ de Madrid»: Bernabéu): a one-word name general text writes everywhere, the place a
# country or a famous neighbour (see _famous_neighbour) right after the gap. A
# person's name takes no article, and the document's own little places ("the Nilgiri inn",
# «el Tolmo»: no general text writes them) keep their gaps.
LANDMARK_FAME = 2.0
LANDMARK_ZIPF = 2.7
ARTICLE_BEFORE = re.compile(r"\b(?:the|el|la|los|las|al|del)\s+$", re.IGNORECASE)
# The place right after the gap: a word between ("the ____ yard in Glasgow": Fairfield) makes
# the key a modifier of a thing of the place, not its landmark.
PLACE_AFTER_GAP = re.compile(r"^\s+(?:from|in|at|of|near|between|desde|hasta|en|de|entre)\s+([A-ZÁÉÍÓÚÑ][\w'’]+)")


def landmark_beside_its_place(draft: Draft, lang: Language) -> list[str]:
    """A gap on a famous landmark (its article before the gap) located by a famous place
    right after it: general knowledge pairs the two."""
    if draft.kind != "question" or draft.item.get("type") == "numeric":
        return []
    place_words = {fold(w).lower() for w in lang.place_words}
    for gap in gaps_of(draft):
        key = next((str(k).strip() for k in gap.keys if str(k)[:1].isupper()), None)
        if key is None or " " in key or place_kind(key, lang.code) == "country" or fold(key).lower() in place_words:
            continue
        before, after = gap.sentence()
        if not ARTICLE_BEFORE.search(before) or international_fame(key) < LANDMARK_FAME or lang.familiarity(key) < LANDMARK_ZIPF:
            continue
        found = PLACE_AFTER_GAP.match(after)
        if found and found.group(1) != key and (place_kind(found.group(1), lang.code) == "country" or _famous_neighbour(found.group(1), lang)):
            return [f"held back: the key {key!r} is a famous landmark and the prompt locates it by {found.group(1)!r}, a famous place: general knowledge settles it without the text"]
    return []
