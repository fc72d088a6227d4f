"""A gap whose key the topic's title gives (fresh review, kinds7 (b)).

The bank folder files each item under a topic titled with the heading of its paragraph's
section, and the document's title heads the whole bank: a learner reads both before the
question. ``checks.trivial_key`` already holds a key a heading holds word for word, or a one-word
key sharing a heading word's stem. Two forms got through:
- a person's full name whose surname titles the section or the document, when the surname is
  also a word ("It is named after ____" → "Richard Christopher Carrington" under "The
  Carrington Event": "Carrington" is a word to the frequency lists, so the surname was not
  compared);
- a lower-case key of several words each of which the section's heading holds in another form
  ("tubo volcánico" under "Los tubos volcánicos").
Only the cited paragraph's own section heading and the document's title count here, and a
surname only when it is no common word of the language in lower case ("Street", "Bridge",
"Brown" are; "Carrington", "Hadley" are not).

Cards too (the unseen pair's review): under «Formas de superficie: el exokarst» the card
"exokarst" -> "el conjunto de formas de la superficie" is answered by the heading above it, which
pairs the term with what it is. A card is held back when its front's term stands in its section's
heading (or the title) and every other content word of that heading stands in the back.

And the thing a title or a heading names is what a blind reader knows of the document's subject:
a choice form on one of its headline measures ("The dam is ____ high") is held back
(``subject_measure``, issue 10).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.derive.extract import fold
from quizapp.derive.word_families import FAMILY_STEM, share_opening
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft, Paragraph

COMMON_WORD_ZIPF = 4.0  # a capitalised word this frequent in lower case is a common word ("Street" 5.3)
STEM = FAMILY_STEM  # letters a heading's word shares with a key's word of the same family ("volcánico"/"volcánicos")


def topic_titles(paragraphs: Sequence[Paragraph]) -> dict[int, list[str]]:
    """For each content paragraph, the titles a learner reads above its items: its section's
    heading and the document's title (the first paragraph, when it is a heading)."""
    title = paragraphs[0].text if paragraphs and paragraphs[0].is_heading else ""
    titles: dict[int, list[str]] = {}
    section = ""
    for p in paragraphs:
        if p.is_heading:
            section = p.text
            continue
        titles[p.number] = [t for t in dict.fromkeys((section, title)) if t]
    return titles


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def title_key(draft: Draft, titles: list[str], lang: Language) -> list[str]:
    """Why ``draft``'s gap is given by its topic's title or the document's (empty: it is not)."""
    from quizapp.derive.checks import gap_keys

    if draft.kind != "question" or not titles:
        return []
    stop = lang.words.stop_words
    place_words = {fold(w).lower() for w in lang.place_words | lang.organisation_words}
    for key in gap_keys(draft):
        words = _words(key)
        if len(words) < 2:  # one word: checks.trivial_key compares it with every heading
            continue
        if all(w[:1].isupper() for w in words if fold(w).lower() not in stop):
            surname = words[-1]
            folded = fold(surname).lower()
            if folded in place_words or lang.familiarity(surname.lower()) >= COMMON_WORD_ZIPF:
                continue
            if any(surname in _words(t) for t in titles):
                return [f"held back: the key {key!r} is named by its topic's title or the document's ({surname!r}): the reader knows it without the paragraph"]
        elif key[:1].islower():
            content = [fold(w).lower() for w in words if fold(w).lower() not in stop and len(w) >= 3]
            heading_words = {fold(w).lower() for t in titles for w in _words(t) if len(w) >= 4}
            if content and all(any(share_opening(w, h, STEM) for h in heading_words) for w in content):
                return [f"held back: every word of the key {key!r} stands in its topic's title or the document's: the reader knows it without the paragraph"]
    return []


_STOP_WORDS: dict[str, frozenset[str]] = {}


def _stop_words(lang: Language) -> frozenset[str]:
    """The language's stop words folded, once per language (asked for every card)."""
    if lang.code not in _STOP_WORDS:
        _STOP_WORDS[lang.code] = frozenset(fold(w).lower() for w in lang.words.stop_words)
    return _STOP_WORDS[lang.code]


def _content(text: str, lang: Language) -> list[str]:
    """The folded words of ``text`` that carry content (no stop word, three letters at least)."""
    stop = _stop_words(lang)
    return [w for w in (fold(x).lower() for x in _words(text)) if w not in stop and len(w) >= 3]


def _in_family(word: str, words: Sequence[str]) -> bool:
    return any(word == other or share_opening(word, other, STEM) for other in words)


def title_card(draft: Draft, titles: list[str], lang: Language) -> list[str]:
    """Why ``draft``, a card, is answered by its topic's title (empty: it is not): the title
    names the card's term and what the rest of the title says stands in the card's back."""
    if draft.kind != "card" or not titles:
        return []
    front, back = str(draft.item.get("front", "")), str(draft.item.get("back", ""))
    # The front's own words: the card prompt's frame ("what is meant by ...?") left out.
    frame = set(_content(lang.prompt("card_named", term=""), lang)) if "card_named" in lang.prompts else set()
    term = [w for w in _content(front, lang) if w not in frame]
    back_words = _content(back, lang)
    if not term or not back_words:
        return []
    for title in titles:
        heading = _content(title, lang)
        if not all(_in_family(w, heading) for w in term):
            continue
        rest = [w for w in heading if not _in_family(w, term)]
        if rest and all(_in_family(w, back_words) for w in rest):
            return [f"held back: the heading {title!r} names the card's term and says what it is ({' '.join(rest)!r}): the learner reads the answer above the card"]
    return []


# --- A headline measure of the document's own subject, offered with options (issue 10) ---
#
# A fresh blind reader scored 42 points over chance on choice items from documents on real
# subjects, answering from what the world knows of the subject: a dam's height and crest
# length, a canal's length, a telescope's mirror, a power plant's output, a drink's usual
# strength. The typed numeric of the same fact asks the reader to recall it; options hand the
# world's knowledge a menu. So a choice form (single choice, cloze with options, true/false) on
# a figure that measures the subject the title or the section's heading names ("The weir is 46
# m high", «El canal tendrá unos 180 kilómetros de longitud», "The telescope's mirror measures
# 8.2 m", "Its reservoir holds ...") is held back; figures of other things of the document (a
# village's population, a vote, a price, a repair's cost) keep theirs. (Years and dates, the
# opening or the founding year, are held in every choice form already: blindness.HELD_DATE.)

_W = r"[^\W\d_]+"
# A heading that names a thing: "The Kinzua Viaduct", "The tornado of 2003", "How a raised bog
# grows", "From leaf to cup: Darjeeling tea", «El Canal de Castilla», «Los carboneros de la sierra».
SUBJECT_HEADING = {
    "en": (
        re.compile(rf"^(?:the|a|an)\s+(?P<np>{_W}(?:[ -]{_W}){{0,3}}?)\s*(?:$|[:,(]|\s+(?:and|in|of|at|on|for|to|from)\b)", re.IGNORECASE),
        re.compile(rf"^how\s+(?:(?:a|an|the)\s+)?(?P<np>{_W}(?:\s{_W}){{0,2}})\s+{_W}$", re.IGNORECASE),
        re.compile(rf":\s*(?:the\s+)?(?P<np>{_W}(?:\s{_W}){{0,2}})$", re.IGNORECASE),
    ),
    "es": (
        re.compile(rf"^(?i:el|la|los|las)\s+(?P<np>{_W}(?:\s+(?i:de|del|de la|de los|de las)\s+[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:\s+[A-ZÁÉÍÓÚÑ][^\W\d_]*)?)?)"),
        re.compile(rf":\s*(?:el|la|los|las)\s+(?P<np>{_W})", re.IGNORECASE),
    ),
}
# The head noun of a heading's noun phrase: its last word in English ("Kinzua Viaduct"), its
# first in Spanish («Canal de Castilla»).
HEAD_LAST = {"en": True, "es": False}
ARTICLES = {
    "en": r"(?:the|this|that|these|those)\s+",
    "es": r"(?:el|la|los|las|este|esta|estos|estas|dicho|dicha)\s+",
}
# "It"/"Its" opening a sentence whose previous sentence's subject is the subject.
PRONOUNS = {"en": r"(?:it|its|they|their)\b", "es": r"(?:su|sus)\b"}
# A part of the subject before the figure: "The dam's turbines", «El espejo del telescopio».
OF_SUBJECT = {"en": r"(?:of\s+the|of)\s+", "es": r"(?:del|de\s+la|de\s+los|de\s+las)\s+"}
# A sentence's opening phrase before its subject: "In 1990, the dam ...", «Hoy el canal ...».
OPENER = r"(?:[^,.;]{1,40},\s+|today\s+|now\s+|hoy\s+|ahora\s+)?"
# Words between the subject and the figure that start a clause about something else.
OTHER_CLAUSE = {
    "en": re.compile(r"\b(?:which|who|whose|where|while|whereas|but|than)\b|[;:]|,\s+(?:and|or|so)\b"),
    "es": re.compile(r"\b(?:que|cuyo|cuya|cuyos|cuyas|donde|mientras|pero|sino)\b|[;:]|,\s+(?:y|e|o|así)\b"),
}
COPULA_RELATIVE = {
    "en": re.compile(r"^\s*(?:is|was|are|were)\s+(?:a|an|the)\s+[^,;:]*?\b(?:that|which)\b"),
    "es": re.compile(r"^\s*(?:es|era|fue|son|eran)\s+(?:un|una|el|la)\s+[^,;:]*?\bque\b"),
}
# The units and words of a headline measure: height, length, width, depth, area, capacity,
# power, volume, diameter, strength (a share of the thing itself).
MEASURE_UNITS = {
    "en": re.compile(
        r"^(?:(?:million|thousand|billion)\s+)?(?:m|km|cm|mm|ft|metres?|meters?|kilometres?|kilometers?|centimetres?|centimeters?|millimetres?|millimeters?"
        r"|feet|foot|miles?|yards?|inch(?:es)?|hectares?|acres?|square|sq|cubic|litres?|liters?|gallons?|m²|m2|km²|km2|m³|m3"
        r"|mw|kw|gw|megawatts?|kilowatts?|gigawatts?|horsepower|hp|%|per\s*cent|percent)\b|^%", re.IGNORECASE),
    "es": re.compile(
        r"^(?:(?:millones|mil)\s+(?:de\s+)?)?(?:m|km|cm|mm|metros?|kil[oó]metros?|cent[ií]metros?|mil[ií]metros?|hect[aá]reas?|litros?|hect[oó]metros?|hm³|hm3"
        r"|m²|m2|km²|km2|m³|m3|mw|kw|gw|megavatios?|kilovatios?|gigavatios?|caballos|por\s+ciento)\b|^%", re.IGNORECASE),
}
MEASURE_WORDS = {
    "en": re.compile(r"\b(?:height|high|tall|length|long|width|wide|breadth|depth|deep|area|capacity|power|output|volume|diameter|span|gauge|strength|seats|measures?)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:altura|alto|alta|longitud|largo|larga|anchura|ancho|ancha|profundidad|profundo|profunda|superficie|área|area|capacidad|aforo|potencia|volumen|diámetro|diametro|luz|graduación|graduacion|mide|miden|medirá|medira)\b", re.IGNORECASE),
}
AFTER_FIGURE = 20  # characters after the figure read for its dimension ("46 metres high", "18,000 seats"), not a later clause's "long"
# A share that changed is no measure of the thing ("traffic fell by 40 %").
CHANGE_WORDS = {
    "en": re.compile(r"\b(?:rose|fell|grew|dropped|lost|gained|increased|decreased|cut|reduced|by)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:creció|crecio|cayó|cayo|bajó|bajo|subió|subio|aumentó|aumento|perdió|perdio|redujo|ganó|gano)\b", re.IGNORECASE),
}
RATE = re.compile(r"^\s*(?:per|an?|each|every|por|al|a\s+la|cada)\s+(?:hour|year|day|second|minute|week|hora|año|ano|día|dia|segundo|minuto|semana)\b", re.IGNORECASE)
SUBJECT_MEASURE = (
    "held back: a headline measure of the document's own subject ({subject!r}: {figure!r}) offered with options is answered "
    "from what a reader knows of the subject, without the text; the typed item asks it (blind-subject)"
)
CHOICE_FORMS = ("single_choice", "true_false", "multiple_select")


# What the opening sentence calls the subject: "The Kinzua Viaduct was a railway bridge that
# ..." makes "the bridge" the subject too; «El Puente de Vizcaya es un puente transbordador».
CLASS_NOUN = {
    "en": re.compile(r"^\s*(?:is|was|are|were)\s+(?:a|an)\s+(?P<np>(?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s+(?:that|which|who|in|on|of|at|from|for|with|near|across|between|by|and)\b|\s+[a-z]+(?:ed|ing)\b|\s*[,.;(])"),
    "es": re.compile(r"^\s*(?:es|era|fue|son|eran)\s+(?:un|una)\s+(?P<np>[a-zñ]+)"),
}


# A document's title of a few words without an article names its subject too ("Sake", "Basalt
# columns"); a section's ("Labour", "Today") need not.
BARE_TITLE = re.compile(rf"^(?P<np>{_W}(?:\s{_W}){{0,2}})$")
ARTICLE_FOR_BARE = {"en": "the", "es": "el"}


def _heading_names(title: str, lang: Language) -> list[str]:
    """The folded noun phrase a heading names and its head noun, or [] (a heading of another shape)."""
    for pattern in SUBJECT_HEADING.get(lang.code, ()):
        m = pattern.search(title.strip().lstrip("#").strip())
        if m is None:
            continue
        phrase = fold(m.group("np")).lower()
        words = phrase.split()
        head = words[-1] if HEAD_LAST.get(lang.code, True) else words[0]
        return [w for w in dict.fromkeys((phrase, head)) if w not in lang.words.stop_words and len(w) >= 3]
    return []


def subject_names(paragraphs: Sequence[Paragraph], lang: Language) -> dict[int, list[str]]:
    """For each content paragraph, the names of the thing its title or its section's heading is
    about, folded: the heading's noun phrase and its head noun ("kinzua viaduct", "viaduct";
    «canal de castilla», «canal»), and for the title the noun the opening sentence calls it
    ("bridge"). A heading of another shape (a sentence, "Gravity and horses") names none."""
    title = paragraphs[0].text if paragraphs and paragraphs[0].is_heading else ""
    of_title = _heading_names(title, lang) if title else []
    bare = BARE_TITLE.match(title.strip().lstrip("#").strip())
    if not of_title and bare and not any(fold(w).lower() in lang.words.stop_words for w in bare.group("np").split()):
        of_title = _heading_names(f"{ARTICLE_FOR_BARE.get(lang.code, 'the')} {bare.group('np')}", lang)  # "Sake", "Darjeeling tea"
    opening = next((p.text for p in paragraphs if not p.is_heading and p.text.strip()), "")
    first = fold(opening[:_sentences(opening)[0][1]]).lower() if opening else ""
    if of_title and (opened := _opens_with(first, of_title, lang)) is not None and (m := CLASS_NOUN.get(lang.code, CLASS_NOUN["en"]).match(first[opened:])):
        words = m.group("np").split()
        head = words[-1] if HEAD_LAST.get(lang.code, True) else words[0]
        of_title += [w for w in (head,) if w not in of_title and w not in lang.words.stop_words and len(w) >= 3]
    names: dict[int, list[str]] = {}
    for number, titles in topic_titles(paragraphs).items():
        found = list(of_title) if title else []
        for heading in titles:
            if heading != title:
                found += [w for w in _heading_names(heading, lang) if w not in found]
        names[number] = found
    return names


def _sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a paragraph (a point before a capital ends one; "8.2 m" does not)."""
    bounds, start = [], 0
    for m in re.finditer(r"[.!?][\"”»)]?\s+(?=[\"“«¿¡(]?[A-ZÁÉÍÓÚÑ])", text):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _opens_with(sentence: str, names: list[str], lang: Language) -> int | None:
    """Where the subject named by ``names`` ends in the folded ``sentence``, when it is the
    sentence's subject ("The dam ...", "The dam's turbines ...", «El espejo del telescopio ...»), else None."""
    if not names:
        return None
    article = ARTICLES.get(lang.code, ARTICLES["en"])
    name = "|".join(re.escape(n) + r"(?:e?s)?" for n in sorted(names, key=len, reverse=True))
    whole = rf"(?:{article})?(?:{name})\b"
    patterns = [
        rf"^{OPENER}{whole}(?:['’]s?\s+{_W}(?:\s+{_W})?)?",  # the dam, the dam's turbines
        rf"^{OPENER}{article}?{_W}(?:\s+{_W})?\s+{OF_SUBJECT.get(lang.code, OF_SUBJECT['en'])}{whole}",  # the mirror of the telescope
    ]
    for pattern in patterns:
        m = re.match(pattern, sentence)
        if m:
            return m.end()
    return None


def _measure(paragraph_text: str, start: int, end: int, clause: str, lang: Language) -> bool:
    """Whether the figure at ``start:end`` is a headline measure: its unit (the asked text's or
    the words after it) is one of length, area, volume, power or share, or its clause says the
    dimension ("high", «de longitud»), and a share is no change ("fell by 40 %")."""
    asked = paragraph_text[start:end]
    unit = re.sub(r"^[\d.,\s]+", "", asked) or re.sub(r"^[\d.,\s]+", "", paragraph_text[start:end + 40]).strip()
    units = MEASURE_UNITS.get(lang.code, MEASURE_UNITS["en"])
    found = units.search(unit.strip())
    if found and RATE.match(unit.strip()[found.end():]):
        return False  # a speed or a rate ("8 kilometres per hour", «2 centímetros al año»): no size of the thing
    if found and re.search(r"%|cent|ciento", found.group(0), re.IGNORECASE):
        return not CHANGE_WORDS.get(lang.code, CHANGE_WORDS["en"]).search(clause)
    return bool(found) or bool(MEASURE_WORDS.get(lang.code, MEASURE_WORDS["en"]).search(clause))


def subject_measure(draft: Draft, paragraph_text: str, names: list[str], lang: Language) -> list[str]:
    """Why ``draft``, a choice form on a figure, asks a headline measure of the document's own
    subject (empty: it does not). ``names``: the paragraph's ``subject_names``."""
    item = draft.item
    kind = item.get("type")
    with_options = kind in CHOICE_FORMS or (kind == "cloze" and any(g.get("options") for g in item.get("gaps", []) if isinstance(g, dict)))
    if draft.kind != "question" or not with_options or not names or draft.answer_span is None:
        return []
    start, end = draft.answer_span
    figure = paragraph_text[start:end]
    if not re.search(r"\d", figure):
        return []
    previous_is_subject = False
    for s_start, s_end in _sentences(paragraph_text):
        sentence = fold(paragraph_text[s_start:s_end]).lower()
        opened = _opens_with(sentence, names, lang)
        if opened is None and previous_is_subject:
            m = re.match(rf"{OPENER}{PRONOUNS.get(lang.code, PRONOUNS['en'])}", sentence)
            opened = m.end() if m else None
        previous_is_subject = opened is not None
        if not s_start <= start < s_end:
            continue
        if opened is None or start - s_start < opened:
            return []
        between = fold(paragraph_text[s_start:start]).lower()[opened:]
        # "... is a narrow gauge line that runs for 22 km", «es una vía de agua que recorre 207
        # km»: the relative clause after the subject's own class noun still speaks of it.
        described = COPULA_RELATIVE.get(lang.code, COPULA_RELATIVE["en"]).match(between)
        if OTHER_CLAUSE.get(lang.code, OTHER_CLAUSE["en"]).search(between[described.end() if described else 0:]):
            return []
        clause = between + fold(paragraph_text[start:min(s_end, end + AFTER_FIGURE)]).lower()
        if not _measure(paragraph_text, start, end, clause, lang):
            return []
        return [SUBJECT_MEASURE.format(subject=sentence[:opened].strip(), figure=figure)]
    return []
