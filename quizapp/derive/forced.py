"""Keys a reader brings from the document as a whole, not from the cited paragraph: the
failure kinds of two fresh reviews (the twelfth and thirteenth on unseen documents).

- a year the document's main event forces: the text opens on "14 de octubre de 1957" and keeps
  repeating 1957, so "En noviembre de ____, el ayuntamiento" can only be 1957, and "a finales
  de la década de ____" after it only the 1950s or 1960s (``main_event_year``);
- a "who was this?" card whose back is one everyday role word ("Médico", "Physician"): the
  reader's first guess from the section, not what the text says of the person (``thin_role``);
- a gap on the word the whole text is about, in any number ("los ____ nativos" → maíces in a
  text on maize): the reader's first guess (``subject_word``);
- a wrong option the prompt names by its acronym or expansion ("el proyecto ____, que une a la
  UFRJ" offering "Universidad Federal de Río de Janeiro"): ruled out unread
  (``option_named_in_prompt``);
- a gap the prompt's opposite word names ("a base such as citrate to correct the ____ of the
  blood": acidity): the pair is general knowledge (``opposite_word``);
- the year of a news story's dateline ("LUCERNE, June 2016 —") asked again in the body, or in
  the dateline itself: every reader knows when the story happens (``dateline_year``, kinds14);
- an organisation named by its class noun ("the oil company ____", «la petrolera ____») where
  the document names no other of that class: the story's country and the class name the one
  candidate a well-read reader knows (``sole_of_its_class``, kinds14);

Each check looks at what the learner sees (the prompt, the card) and at the document's own
paragraphs; nothing here knows a topic. They run in ``check_drafts`` beside the others.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.derive.context import initials
from quizapp.derive.extract import fold
from quizapp.derive.giveaways import decade_slot, gaps_of, numeric_answer, quoted_sentence
from quizapp.languages import Language, language_for

if TYPE_CHECKING:
    from quizapp.derive import Draft, Paragraph

YEAR = re.compile(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d.,]\d)")
# A year the opening paragraph (or a heading) dates and at least this many content paragraphs
# write is the main event's: every reader of the text carries it to the later paragraphs.
MAIN_YEAR_PARAGRAPHS = 2
# A role word general text writes this often (word frequency, Zipf) is an everyday one: "médico"
# 4.9, "physician" 4.2, "engineer" 4.5 are guessed; "bioquímico" 2.7, "cartographer" 2.4 are not.
THIN_ROLE_ZIPF = 4.0
THIN_ROLE_MENTIONS = 2  # the role written for this person and at least once more
# A common noun written in this share of the content paragraphs (and in three at least) is what
# the text is about.
SUBJECT_SHARE = 0.5
SUBJECT_MIN_PARAGRAPHS = 3


def main_years(paragraphs: Sequence[Paragraph]) -> dict[int, int]:
    """The years of the document's main event, each with the opening paragraph that dates it:
    written in a heading or the opening paragraph and repeated in MAIN_YEAR_PARAGRAPHS content
    paragraphs or more. (The opening paragraph itself may ask it: there the year is news.)"""
    content = [p for p in paragraphs if not p.is_heading and p.text.strip()]
    if not content:
        return {}
    lead = {int(y) for y in YEAR.findall(content[0].text)}
    lead |= {int(y) for p in paragraphs if p.is_heading for y in YEAR.findall(p.text)}
    found: dict[int, int] = {}
    for year in sorted(lead):
        where = sum(1 for p in content if str(year) in YEAR.findall(p.text))
        if where >= MAIN_YEAR_PARAGRAPHS:
            found[year] = content[0].number
    return found


def _year_key(draft: Draft) -> int | None:
    value = numeric_answer(draft)
    if value is None or value != int(value) or not 1000 <= value <= 2099 or str(draft.item.get("unit", "")).strip():
        return None
    return int(value)


def main_event_year(draft: Draft, years: dict[int, int], lang: Language) -> list[str]:
    """A numeric gap on the main event's year, or on a decade slot the main event's decade or
    the next one fills ("a mediados de la década de ____" in a text on a 2018 fire): a reader
    who knows what the text is about writes it without the paragraph."""
    key = _year_key(draft)
    if key is None or not years or draft.paragraph in years.values():
        return []
    if key in years:
        return [f"held back: {key} is the year of the document's main event (the opening paragraph dates it and the text repeats it): a reader brings it to every paragraph"]
    decade = key % 10 == 0 and any(decade_slot(gap.before, gap.after, lang) for gap in gaps_of(draft))
    if decade and any(key - 10 <= year - year % 10 <= key for year in years):
        return [f"held back: the gap is the decade of the document's main event or the next one ({sorted(years)}): a reader dates the aftermath from the story"]
    return []


def thin_role(draft: Draft, lang: Language, paragraphs: Sequence[Paragraph] = ()) -> list[str]:
    """A "who was this?" card whose back is a single everyday role word that the document
    writes again for others ("el médico español Gaspar Casal", "los médicos"): the text's
    stock role, so "Médico" is what anyone answers and the card tests nothing the text taught.
    (A role the text gives one person only, "Architect" in a text on a plague, stays.)"""
    if draft.kind != "card" or "card_role" not in lang.prompts:
        return []
    pattern = re.escape(lang.prompts["card_role"]).replace(re.escape("{person}"), ".+")
    if re.fullmatch(pattern, str(draft.item.get("front", ""))) is None:
        return []
    words = [w for w in re.findall(r"[^\W\d_]+", str(draft.item.get("back", ""))) if w.lower() not in lang.determiners]
    if len(words) != 1 or lang.familiarity(words[0].lower()) < THIN_ROLE_ZIPF:
        return []
    role = fold(words[0]).lower().rstrip("s")
    written = sum(1 for p in paragraphs for w in re.findall(r"[^\W\d_]+", p.text) if fold(w).lower().rstrip("s") == role)
    if written >= THIN_ROLE_MENTIONS:
        return [f"held back: the card's back {words[0]!r} is one everyday role word the text writes {written} times: a reader guesses it from the section, and it leaves out what the text says the person did"]
    return []


def _noun_form(word: str) -> str:
    """One spelling for a noun's singular and plural ("maíces", "maíz" → "maiz"; "hives" → "hive")."""
    w = fold(word).lower()
    if w.endswith("ces") and len(w) > 4:
        return w[:-3] + "z"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and len(w) > 3:
        return w[:-1]
    return w


def subject_words(paragraphs: Sequence[Paragraph], lang: Language) -> set[str]:
    """The common nouns the text is about: written (in either number) in SUBJECT_SHARE of the
    content paragraphs and in SUBJECT_MIN_PARAGRAPHS at least; stop words left out."""
    content = [p.text for p in paragraphs if not p.is_heading and p.text.strip()]
    counts: dict[str, int] = {}
    for text in content:
        for form in {_noun_form(w) for w in re.findall(r"[^\W\d_]{4,}", text) if w.islower() and fold(w) not in lang.words.stop_words}:
            counts[form] = counts.get(form, 0) + 1
    need = max(SUBJECT_MIN_PARAGRAPHS, SUBJECT_SHARE * len(content))
    return {form for form, count in counts.items() if count >= need}


def subject_word(draft: Draft, paragraphs: Sequence[Paragraph], lang: Language, subjects: set[str] | None = None) -> list[str]:
    """A typed or choice gap whose key is the text's subject noun in either number: "el interés
    por los ____ nativos" in a text on maize (maíces) needs no paragraph."""
    from quizapp.derive.checks import gap_keys

    keys = [k for k in gap_keys(draft) if re.fullmatch(r"[^\W\d_]+", k) and k.islower()]
    if not keys:
        return []
    found = subject_words(paragraphs, lang) if subjects is None else subjects
    for key in keys:
        if _noun_form(key) in found:
            return [f"held back: the key {key!r} is a form of the word the whole text is about: a reader fills it in without the paragraph"]
    return []


# Opposite pairs a reader completes from one side, as the start of a folded word: the key's root,
# then its opposites' roots. A root of four letters or fewer must be the whole word (or its plural).
OPPOSITES = {
    "en": (("acid", ("base", "alkal")), ("alkal", ("acid",)), ("heat", ("cold",)), ("hot", ("cold",)), ("cold", ("heat", "hot", "warm")),
           ("positiv", ("negativ",)), ("negativ", ("positiv",)), ("north", ("south",)), ("south", ("north",)), ("increas", ("decreas",)),
           ("decreas", ("increas",)), ("expan", ("contract",)), ("contract", ("expan",)), ("oxid", ("reduc",)), ("reduc", ("oxid",)),
           ("import", ("export",)), ("export", ("import",)), ("maxim", ("minim",)), ("minim", ("maxim",))),
    "es": (("acid", ("base", "alcal")), ("alcal", ("acid",)), ("calor", ("frio",)), ("calient", ("frio",)), ("frio", ("calor", "calient")),
           ("positiv", ("negativ",)), ("negativ", ("positiv",)), ("norte", ("sur",)), ("aument", ("disminu",)), ("disminu", ("aument",)),
           ("expansi", ("contracci",)), ("contracci", ("expansi", "dilataci")), ("oxida", ("reduc",)), ("reduc", ("oxida",)),
           ("import", ("export",)), ("export", ("import",)), ("maxim", ("minim",)), ("minim", ("maxim",))),
}
SHORT_ROOT = 4


def _opens(word: str, root: str, short: int = SHORT_ROOT) -> bool:
    """Whether ``word`` is of the root's family: opens with it, or, for a short root (which
    opens unrelated words too: "base" in "basement"), is it or its plural."""
    return word in (root, root + "s", root + "es") if len(root) <= short else word.startswith(root)


def opposite_word(draft: Draft, lang: Language) -> list[str]:
    """A one-word typed or choice key whose opposite the prompt writes: "a base such as citrate
    to correct the ____ of the blood" (acidity), "huyendo del frío ... con el ____" (calor)."""
    from quizapp.derive.checks import gap_keys

    keys = [fold(k).lower() for k in gap_keys(draft) if re.fullmatch(r"[^\W\d_]+", k)]
    if not keys:
        return []
    shown = " ".join(f"{gap.before} {gap.after}" for gap in gaps_of(draft)) or str(draft.item.get("prompt", ""))
    words = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", shown)]
    for key in keys:
        for root, opposites in OPPOSITES.get(lang.code, OPPOSITES["en"]):
            if not _opens(key, root, short=3):  # "acidity" is of "acid"; "hotel" is not of "hot"
                continue
            for word in words:
                if any(_opens(word, other) for other in opposites) and not _opens(word, root, short=3):
                    return [f"held back: the prompt's word {word!r} is the opposite of the key {key!r}: a reader completes the pair without the text"]
    return []


ACRONYM = re.compile(r"\b[A-ZÁÉÍÓÚÑ]{2,6}\b")
# A run of capitalised words, small joining words allowed inside ("Universidad Federal de Río de Janeiro").
CAPITALISED_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’\-]*(?:\s+(?:(?:de|del|la|las|los|y|of|the|and|for)\s+)*[A-ZÁÉÍÓÚÑ][\w'’\-]*)+")


def option_named_in_prompt(draft: Draft, lang: Language) -> list[str]:
    """A choice item whose wrong option the prompt names under another form, its acronym or
    its expansion: the prompt shows it as something else than the answer, so a reader rules it
    out (and the options shrink)."""
    item = draft.item
    if draft.kind != "question" or item.get("type") not in ("single_choice", "multiple_select"):
        return []
    prompt = str(item.get("prompt", ""))
    acronyms = {fold(a).upper() for a in ACRONYM.findall(prompt)}
    expansions = {acronym for run in CAPITALISED_RUN.findall(prompt) for acronym in initials(run, lang)}
    for choice in item.get("choices", []):
        text = str(choice.get("text", ""))
        if choice.get("correct") or text in prompt:
            continue
        if acronyms.intersection(initials(text, lang)) or (ACRONYM.fullmatch(text) and fold(text).upper() in expansions):
            return [f"held back: the wrong option {text!r} is named in the prompt under another form (its acronym or expansion): a reader rules it out without the text"]
    return []


# A news dateline opening a paragraph: a place in capitals or capitalised words, a comma, a
# date ending in a year, then a dash ("LUCERNE, June 2016 —", "TALAVERA, 3 de marzo de 2011 –",
# "ZURICH (Reuters), June 12, 2016 -").
DATELINE = re.compile(
    r"^\s*[A-ZÁÉÍÓÚÑ][\w.'’\-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.'’\-]*){0,3}(?:\s*\([^)]{1,40}\))?\s*,\s+"
    r"(?P<date>(?:[^\W\d_]+\.?,?\s+|\d{1,2}(?:st|nd|rd|th|º)?,?\s+){1,5})(?P<year>1\d{3}|20\d{2})\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|\s-\s)"
)
DATELINE_PARAGRAPHS = 3  # a title line and a standfirst may stand before the dateline


def _dateline(text: str) -> re.Match[str] | None:
    """The dateline opening ``text``, if any: its date must name a month (English or Spanish)."""
    found = DATELINE.match(text)
    if found is None:
        return None
    months = set(language_for("en").months) | set(language_for("es").months)
    return found if any(fold(w).lower() in months for w in re.findall(r"[^\W\d_]+", found.group("date"))) else None


def dateline_years(paragraphs: Sequence[Paragraph]) -> dict[int, int]:
    """The year of a news story's dateline, with the paragraph it opens: one of the first
    DATELINE_PARAGRAPHS content paragraphs starts with one. Empty for a text without."""
    content = [p for p in paragraphs if not p.is_heading and p.text.strip()][:DATELINE_PARAGRAPHS]
    for p in content:
        if found := _dateline(p.text):
            return {int(found.group("year")): p.number}
    return {}


def dateline_year(draft: Draft, datelines: dict[int, int], paragraphs: Sequence[Paragraph]) -> list[str]:
    """A numeric gap on the dateline's year, in a body paragraph or in the dateline itself
    ("LUCERNE, June ____ —"): the dateline tells every reader when the story happens, so it
    tests no paragraph (the reviewers failed it even where the body writes the year once)."""
    key = _year_key(draft)
    if key is None or key not in datelines:
        return []
    where = datelines[key]
    if draft.paragraph == where:
        text = next((p.text for p in paragraphs if p.number == where), "")
        found = _dateline(text)
        if draft.answer_span is None or found is None or draft.answer_span[0] >= found.end():
            return []  # the opening paragraph's own sentence may date its news
        return [f"held back: the gap is the year of the story's dateline ({key}): it says when the story was filed, not what the paragraph tells"]
    return [f"held back: {key} is the year of the story's dateline: every reader knows when the story happens, so it tests no paragraph"]


# Class nouns of organisations by their trade (folded, singular and plural): "the carmaker
# ____", "the oil company ____" (a modifier before a generic head makes a trade of it),
# «la petrolera ____», «la minera estatal ____». A trade is dominated by few names in a country,
# and the story's setting points to one.
TRADE_HEADS = {
    "en": r"(?:car|auto|chip|steel|drug|plane|toy|carpet|paper|glass)makers?|makers?|manufacturers?|airlines?|carriers?|operators?|banks?|"
          r"lenders?|insurers?|breweries|brewery|distillery|distilleries|retailers?|supermarkets?|broadcasters?|newspapers?|agency|agencies|"
          r"contractors?|shipbuilders?|shipyards?|utility|utilities|conglomerates?|suppliers?|giants?",
    "es": r"petroleras?|electricas?|energeticas?|gasistas?|constructoras?|aerolineas?|navieras?|operadoras?|operador(?:es)?|bancos?|"
          r"aseguradoras?|cerveceras?|mineras?|siderurgicas?|automovilisticas?|fabricantes?|distribuidoras?|ferroviarias?|"
          r"telefonicas?|agencias?|diarios?|periodicos?|editoriales|editorial|multinacionales|multinacional|concesionarias?|contratistas?|"
          r"farmaceuticas?|tabacaleras?|papeleras?|cementeras?|armadoras?|hidroelectricas?|estatal(?:es)?|automotrices|automotriz",
}
# Heads that name no trade alone ("the company ____"): with a modifier before them ("the oil
# company", "the Swiss company") they do; bare, only for a name the document writes again.
GENERIC_HEADS = {
    "en": r"company|companies|firms?|groups?|corporations?|business(?:es)?|enterprises?",
    "es": r"empresas?|compan[ií]as?|firmas?|grupos?|sociedad(?:es)?|corporaci[oó]n(?:es)?",
}
ORG_ARTICLES = {"en": r"the|its|their|rival|fellow", "es": r"la|el|las|los|su|sus"}
# Spanish writes a trade's adjectives after the noun («la petrolera estatal», «la compañía aérea»).
TRADE_AFTER = r"(?:\s+(?:de\s+bandera|[a-záéíóúñ]{4,})){0,2}"
ORG_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’&\-]*(?:\s+(?:(?:de|del|la|of|the|y|and|&)\s+)?[A-ZÁÉÍÓÚÑ][\w'’&\-]*)*"


def _plain(text: str) -> str:
    """``text`` without accents, its case kept («Compañía Aérea» → "Compania Aerea"): the class
    nouns are matched folded, the names after them by their capitals."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _trade_before(before: str, lang: Language) -> tuple[str, bool] | None:
    """The class noun right before a gap (with its article and modifiers: "the Swiss railway
    operator ", «la petrolera estatal »), and whether it names a trade alone; None if none."""
    code = "es" if lang.code == "es" else "en"
    folded = _plain(before)
    heads = f"(?P<trade>{TRADE_HEADS[code]})|(?P<generic>{GENERIC_HEADS[code]})"
    found = re.search(
        rf"(?:^|[\s“«\"(])(?:(?:{ORG_ARTICLES[code]})\s+)?(?P<mods>(?:[^\W\d_][\w\-]*\s+){{0,3}}?)(?:{heads})(?P<post>{TRADE_AFTER if code == 'es' else ''})\s+$",
        folded, re.IGNORECASE,
    )
    if found is None:
        return None
    head = found.group("trade") or found.group("generic")
    mods = [w for w in (found.group("mods") + found.group("post")).split() if w.lower() not in language_for(code).words.stop_words]
    return head.lower(), bool(found.group("trade")) or bool(mods)


def _trade_after(after: str, lang: Language) -> tuple[str, bool] | None:
    """The class noun of an apposition right after the gap ("____, the state oil company,")."""
    code = "es" if lang.code == "es" else "en"
    found = re.match(
        rf"^\s*,\s+(?:(?:{ORG_ARTICLES[code]}|an?|una?)\s+)(?P<mods>(?:[^\W\d_][\w\-]*\s+){{0,3}}?)(?:(?P<trade>{TRADE_HEADS[code]})|(?P<generic>{GENERIC_HEADS[code]}))\b",
        _plain(after), re.IGNORECASE,
    )
    if found is None:
        return None
    head = found.group("trade") or found.group("generic")
    return head.lower(), bool(found.group("trade")) or bool(found.group("mods").split())


def _same_name(a: str, b: str) -> bool:
    a, b = fold(a).lower(), fold(b).lower()
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def sole_of_its_class(before: str, key: str, after: str, document: str, lang: Language) -> bool:
    """Whether ``key`` is an organisation named right after (or before) its class noun ("the
    oil company ____", "la petrolera estatal ____", "____, the carmaker,") and the document
    names no other organisation of that class: then the class and the story name it."""
    key = key.strip()
    if not key[:1].isupper() or re.search(r"\d", key):
        return False
    before = quoted_sentence(before, after, whole_quote=True)[0]
    found = _trade_before(before, lang) or _trade_after(after, lang)
    if found is None:
        return False
    head, trade = found
    if not trade and len(re.findall(rf"(?<!\w){re.escape(key)}(?!\w)", document)) < 2:
        return False  # "the company ____": no trade; only the story's own company, named again, is forced
    stem = re.sub(r"(?:ies|es|s)$", "", head) if len(head) > 4 else head
    code = "es" if lang.code == "es" else "en"
    folded = _plain(document)
    # Every name the document writes after (or in apposition before) a noun of the same class.
    head_forms = rf"(?i:{re.escape(stem)}\w{{0,3}})"
    after_head = re.finditer(rf"\b{head_forms}{TRADE_AFTER if code == 'es' else ''}\s+({ORG_NAME})", folded)
    before_head = re.finditer(rf"({ORG_NAME}),\s+(?:(?:{ORG_ARTICLES[code]}|an?|una?)\s+)(?:[^\W\d_][\w\-]*\s+){{0,3}}?{head_forms}\b", folded)
    names = [m.group(1) for m in (*after_head, *before_head)]
    return not any(name[:1].isupper() and not _same_name(name, key) for name in names)


def story_class_organisation(draft: Draft, document: str, lang: Language) -> list[str]:
    """A gap on an organisation right after its class noun ("the oil company ____",
    «la petrolera ____», "the Swiss railway operator ____") in a document naming no other of
    its class: the prompt and the story's setting give it (the review's «la petrolera ____»)."""
    if draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        for key in gap.keys[:1]:
            if sole_of_its_class(gap.before, key, gap.after, document, lang):
                return [f"held back: {key!r} is named by its class noun beside the gap and the document names no other of that class: the prompt and the story's setting give it"]
    return []


# A century gap: "the ____ century", «el siglo ____» (as trivial_gaps.CENTURY_GAP reads it).
CENTURY_BEFORE = re.compile(r"\bsiglos?\s*$", re.IGNORECASE)
CENTURY_AFTER = re.compile(r"^\s*[- ]?centur(?:y|ies)\b", re.IGNORECASE)
CENTURY_YEARS = 2  # years of the key's century the document writes elsewhere that date it


def _century_number(keys: Sequence[str]) -> int | None:
    """The century a gap's accepted forms name ("XIX", "19", "19th"), or None."""
    from quizapp.derive.drafting import roman_value

    for key in keys:
        key = str(key).strip()
        digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|\.?º|\.?ª)?", key)
        number = int(digits.group(1)) if digits else roman_value(key)
        if number is not None and 1 <= number <= 21:
            return number
    return None


def century_of_the_documents_years(draft: Draft, document: str) -> list[str]:
    """A gap on a century whose years the document writes elsewhere (worldknow, kind 1: "the
    item set gives it"): a text that dates its events 1753, 1791 and 1849 answers «el siglo
    ____» for a reader of its other items. The gap's own sentence is century_from_year's."""
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        if not (CENTURY_BEFORE.search(before) or CENTURY_AFTER.match(after)):
            continue
        number = _century_number([*gap.accept, *gap.keys])
        if number is None:
            continue
        own = before + after
        dated = sorted({int(y) for y in YEAR.findall(document) if (int(y) - 1) // 100 + 1 == number and y not in own})
        if len(dated) >= CENTURY_YEARS:
            return [f"held back: the gap is a century and the document dates other events in it ({', '.join(map(str, dated[:3]))}): its other items give it away"]
    return []


def problems(
    draft: Draft, paragraphs: Sequence[Paragraph], lang: Language, years: dict[int, int], subjects: set[str],
    datelines: dict[int, int], document: str,
) -> list[str]:
    """Every forced key of this module that ``draft`` has (empty: none); what is read off the
    whole document once (``main_years``, ``subject_words``, ``dateline_years``, the content
    paragraphs' text) comes from the caller."""
    found: list[str] = []
    found.extend(main_event_year(draft, years, lang))
    found.extend(dateline_year(draft, datelines, paragraphs))
    found.extend(story_class_organisation(draft, document, lang))
    found.extend(thin_role(draft, lang, paragraphs))
    found.extend(subject_word(draft, paragraphs, lang, subjects))
    found.extend(opposite_word(draft, lang))
    found.extend(option_named_in_prompt(draft, lang))
    found.extend(century_of_the_documents_years(draft, document))
    return found
