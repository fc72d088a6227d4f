"""Gaps a reader fills without the document, each kind found by a fresh review (15 and 14):

- **a count in a signposting sentence** ("____ terms are needed before the mechanism makes
  sense", "Cabe distinguir ____ fases"): the count of what the text itself is about to list
  tests how the text is laid out, not its subject (``signpost_count``);
- **a direction its own passage settles**: a two-option cloze "the shaking is far
  {faster|slower} than ... so the loading is effectively undrained": another word of the passage
  says which way (``settled_direction``);
- **a part of a fixed historical name** ("en plena guerra de ____ española" → Sucesión, "the
  Hundred ____ War", "la Revolución ____", "the Treaty of ____"): the rest of the name completes
  it from general knowledge (``event_name_part``);
- **a famous person and a famous work** ("Juan de Herrera: arquitecto de El Escorial", "____
  painted Guernica"): the pair is known without the text (``famous_pair``);
- **a superlative of fame around the gap** ("the best-known of the domes is the ____", «los
  ____ más conocidos»): the reader names the famous one of its class (``fame_superlative``, kinds14);
- **one end of a range the prompt gives the other of** ("between 14 and ____ metres", «entre
  el 86 y el ____ por ciento»): a round neighbour is the reader's guess (``range_ends``, kinds14).

Each returns the reasons a draft is held back (empty: none); quizapp.derive runs them on every
draft with the other give-away checks.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import pycountry

from quizapp.derive import choices as choice_rules
from quizapp.derive import totals
from quizapp.derive.answers import number_in
from quizapp.derive.blindness import is_date, option_number
from quizapp.derive.giveaways import DEFINITE_BEFORE_COUNT, NAME_LIST, NUMBER_WORDS, Gap, gaps_of, numbers_in_words
from quizapp.derive.word_families import share_stem, sides_linked, strip_ending, textbook_compound
from quizapp.language import fold_word
from quizapp.languages import Language, international_fame
from quizapp.quiz.numbers import NumberError, read_number

if TYPE_CHECKING:
    from quizapp.derive import Draft

def _code(lang: Language) -> str:
    return "es" if lang.code == "es" else "en"


# --- (a) a count in a signposting sentence ------------------------------------------------

# Nouns a text counts when it announces its own layout: terms, questions, stages, factors.
META_NOUNS = {
    "en": frozenset((
        "terms", "questions", "points", "steps", "stages", "phases", "factors", "reasons", "things", "ideas", "aspects",
        "features", "lessons", "ways", "kinds", "types", "parts", "elements", "issues", "concepts", "categories",
        "principles", "conditions", "definitions", "criteria", "answers", "explanations", "mechanisms", "themes",
        "topics", "sections", "groups", "classes", "effects", "consequences", "causes", "lines", "strands",
        "possibilities", "scenarios", "options", "approaches", "arguments", "objections", "problems", "challenges",
    )),
    "es": frozenset((
        "terminos", "preguntas", "puntos", "pasos", "etapas", "fases", "factores", "razones", "cosas", "ideas", "aspectos",
        "rasgos", "lecciones", "vias", "maneras", "formas", "tipos", "clases", "partes", "elementos", "cuestiones",
        "conceptos", "categorias", "principios", "condiciones", "definiciones", "criterios", "respuestas", "explicaciones",
        "mecanismos", "temas", "apartados", "secciones", "grupos", "efectos", "consecuencias", "causas", "lineas",
        "posibilidades", "escenarios", "opciones", "enfoques", "argumentos", "objeciones", "problemas", "retos",
        "desafios", "claves", "momentos",
    )),
}
COUNT_WORDS = {
    "en": frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")),
    "es": frozenset(("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce")),
}
# At most one word between the count and its noun ("three key terms", "tres grandes fases").
COUNTED = re.compile(r"^\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?")
NAME_OR_FIGURE = re.compile(r"\d|(?<=[\s(])[A-ZÁÉÍÓÚÑ]")


def _is_count(key: str, code: str) -> bool:
    key = fold_word(key.strip())
    return key in COUNT_WORDS[code] or (key.isdigit() and 2 <= int(key) <= 12)


def _counted_before(before: str, noun: str) -> bool:
    """Whether the sentence names the counted thing before the gap too ("one part starter to
    ____ parts", «una parte de masa por ____ partes»): the count is a proportion's other term,
    or a second count of it, not the text's signpost ("The process has ____ parts")."""
    stem = fold_word(noun)[:-1] if len(noun) > 4 else fold_word(noun)
    return bool(re.search(rf"\b{re.escape(stem)}", fold_word(before)))


def signpost_count(draft: Draft, lang: Language) -> list[str]:
    """A small count of things the text announces (terms, questions, phases) in a sentence
    naming nothing else (no name, no figure): the sentence signposts what the text lists next."""
    code = _code(lang)
    for gap in gaps_of(draft, typed=True):
        if not any(_is_count(str(a), code) for a in gap.accept):
            continue
        before, after = gap.sentence()
        counted = COUNTED.match(after)
        nouns = [w for w in (counted.groups() if counted else ()) if w and fold_word(w) in META_NOUNS[code]]
        if not nouns:
            continue
        if NAME_OR_FIGURE.search(before.lstrip() + " " + after):
            continue
        if _counted_before(before, nouns[0]):
            continue  # "one part starter to ____ parts of food": a proportion, no signpost
        return [f"held back: the count of {nouns[0]!r} in a sentence that announces what the text lists next tests its layout, not its subject"]
    return []


# --- (b) a two-option direction cloze its own passage settles ------------------------------

# Each direction's option words, and words of the passage that say the same way another way
# (word starts: "sudden" covers "suddenly").
DIRECTIONS: dict[str, list[tuple[frozenset[str], re.Pattern[str]]]] = {
    "en": [
        (frozenset(("faster", "accelerates", "accelerated")),
         re.compile(r"\b(?:rapid|quick|sudden|abrupt|instant|immediate|swift|brief|undrained|hurried)", re.IGNORECASE)),
        (frozenset(("slower", "slows", "slowed")),
         re.compile(r"\b(?:gradual|gentl[ey]|leisurely|prolonged|patient)", re.IGNORECASE)),
        (frozenset(("increases", "increased", "increasing", "higher", "larger", "stronger", "wider", "strengthened", "strengthens")),
         re.compile(r"\b(?:grow|grew|rise\b|rises|rising|rose\b|risen|surg|mounting|boost|swell|expan|accumul|amplif|doubl|tripl|exceed|build-?up)", re.IGNORECASE)),
        (frozenset(("reduces", "reduced", "reducing", "decreases", "decreased", "lower", "smaller", "weaker", "narrower", "weakened", "weakens")),
         re.compile(r"\b(?:fall\b|falls|fell\b|falling|drop|declin|shrink|shrank|loss|lose\b|loses|erod|diminish|dwindl|collaps|vanish|sink|sank)", re.IGNORECASE)),
        (frozenset(("better",)), re.compile(r"\b(?:improv|benefit|advantag)", re.IGNORECASE)),
        (frozenset(("worse",)), re.compile(r"\b(?:harm|damag|deteriorat|worsen|failure|drawback)", re.IGNORECASE)),
    ],
    "es": [
        (frozenset(("acelera", "aceleró")),
         re.compile(r"\b(?:rápid|deprisa|súbit|repentin|inmediat|brusc)", re.IGNORECASE)),
        (frozenset(("frena", "frenó")),
         re.compile(r"\b(?:lent[oa]|lentamente|gradual|paulatin|poco a poco)", re.IGNORECASE)),
        (frozenset(("aumenta", "aumentó", "aumentaba", "aumentado", "crecido", "mayor", "mayores", "fortaleció", "fortalece", "ampliar", "amplió")),
         re.compile(r"\b(?:crec|creci|sub(?:e|en|ió|ida)\b|elev|increment|auge|dispar|multiplic|duplic|acumul|expansi|amplí|reforz|refuerz)", re.IGNORECASE)),
        (frozenset(("disminuye", "disminuyó", "disminuía", "disminuido", "menor", "menores", "debilitó", "debilita", "reducir", "redujo")),
         re.compile(r"\b(?:ca(?:e|en|ía|ían)\b|cayó|cayeron|caída|descen|desciend|reduc|pérdida|pierd|perdi|merm|escase|desapare|recort|declive|hund|derrumb)", re.IGNORECASE)),
        (frozenset(("mejor", "mejores")), re.compile(r"\b(?:mejor(?:a|ó|ar|as)\b|ventaja|benefici)", re.IGNORECASE)),
        (frozenset(("peor", "peores")), re.compile(r"\b(?:empeor|daño|perjuici|deterior|fracas)", re.IGNORECASE)),
    ],
}


def settled_direction(draft: Draft, lang: Language) -> list[str]:
    """A cloze of two options, one direction and its opposite, whose passage says the key's way
    in other words ("far {faster|slower} than water can drain ... effectively undrained")."""
    item = draft.item
    if draft.kind != "question" or item.get("type") != "cloze":
        return []
    passage = str(item.get("passage", ""))
    for i, gap in enumerate(item.get("gaps", []), start=1):
        options = gap.get("options") or []
        if len(options) != 2:
            continue
        keys = [str(o["text"]) for o in options if o.get("correct")]
        if len(keys) != 1:
            continue
        rest = re.sub(r"\{\d+\}", " ", passage.replace(f"{{{i}}}", " "))
        for words, says in DIRECTIONS[_code(lang)]:
            if keys[0].lower() in words and (found := says.search(rest)):
                return [f"held back: the passage says which way in other words ({found.group(0)!r}…): the two options are settled without the text"]
    return []


# --- (c) a part of a fixed historical name ----------------------------------------------

# The head nouns of named events and settlements: a war, a revolution, a treaty.
EVENT_HEADS = {
    "en": r"War|Wars|Revolution|Treaty|Battle|Peace|Empire|Dynasty|Republic|Crusade|Reformation|Armada|Revolt|Rebellion|Uprising|Rising|Siege|Plague|Depression|Conquest|Restoration",
    "es": r"[Gg]uerra|[Rr]evoluci[oó]n|[Tt]ratado|[Bb]atalla|[Pp]az|[Ii]mperio|[Dd]inast[ií]a|[Rr]ep[uú]blica|[Cc]ruzada|[Rr]eforma|[Rr]econquista|[Aa]rmada|[Cc]oncilio|[Rr]evuelta|[Rr]ebeli[oó]n|[Ss]ublevaci[oó]n|[Ll]evantamiento|[Mm]ot[ií]n|[Aa]sedio|[Pp]este|[Cc]onquista|[Rr]estauraci[oó]n",
}
LINK = {"en": r"(?:\s+of(?:\s+the)?)?", "es": r"(?:\s+(?:de|del)(?:\s+(?:la|los|las))?)?"}
# The key of a fixed name is general knowledge when general text writes it this often:
# "Sucesión" 4.1, "Francesa" 4.5, "Tordesillas" 3.1, "Utrecht" 2.7, "Westphalia" 2.6; a local
# battle's village ("Naseby" 1.8) stays a question.
EVENT_PART_ZIPF = 2.5


# Heads English writes in lower case too before a name ("the war of the Pacific", "the battle
# of Ayacucho"): a war's or a battle's, not "the peace of ____" or "the rising of ____".
LOWER_EVENT_HEADS = r"war|wars|battle|siege|revolution|treaty|revolt|rebellion|uprising"


def event_name_part(draft: Draft, lang: Language) -> list[str]:
    """A capitalised gap inside the name of a war, revolution, treaty or battle ("guerra de
    ____ española", "the Hundred ____ War", "the war of the ____ (1879)"), its key (without
    its article: "the Pacific") a word general text writes often; typed or picked."""
    code = _code(lang)
    heads = EVENT_HEADS[code] + (f"|{LOWER_EVENT_HEADS}" if code == "en" else "")
    head_before = re.compile(rf"\b(?:{heads}){LINK[code]}\s*$")
    head_after = re.compile(rf"^\s*(?:[A-Z][\w'’]*\s+)?(?:{EVENT_HEADS[code]})\b")
    articles = {fold_word(w) for w in lang.determiners}
    for gap in gaps_of(draft):
        key = next((str(k).strip() for k in gap.keys), "")
        words = key.split()
        if len(words) > 1 and fold_word(words[0]) in articles:
            key = " ".join(words[1:])  # "the Pacific": the article is the sentence's
        if not key[:1].isupper():
            continue
        before, after = gap.sentence()
        if not (head_before.search(before) or (code == "en" and head_after.match(after))):
            continue
        if lang.familiarity(key) >= EVENT_PART_ZIPF:
            return [f"held back: {key!r} completes the fixed name of a historical event that the rest of the sentence gives: general knowledge"]
    return []


# --- (d) a famous person and a famous work --------------------------------------------------

AUTHOR_ROLES = {
    "en": r"architect|author|painter|composer|sculptor|designer|creator|inventor|builder|writer",
    "es": r"arquitect[oa]|autor|autora|pintor|pintora|compositor|compositora|escultor|escultora|diseñador|diseñadora|creador|creadora|inventor|inventora|constructor|escritor|escritora",
}
AUTHOR_VERBS = {
    "en": r"painted|wrote|composed|designed|sculpted|invented|authored|written|composed",
    "es": r"pintó|escribió|compuso|diseñó|esculpió|inventó|proyectó|pintado|pintada|escrito|escrita|compuesto|compuesta|diseñado|diseñada",
}
OF = {"en": r"\s+of\s+(?:the\s+)?", "es": r"\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?"}
NAME = r"(?:El\s+|La\s+|Los\s+|Las\s+|The\s+)?[A-ZÁÉÍÓÚÑ][\w'’]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’]+)*"
# A work or a person general text writes this often is known with its pair ("Escorial" 3.3,
# "Picasso" 3.5 in every language); a local church or a provincial engineer is not.
FAMOUS_ZIPF = 3.0


def _famous(name: str, lang: Language) -> bool:
    return lang.familiarity(name) >= FAMOUS_ZIPF or international_fame(name.split()[-1], lang.code) >= FAMOUS_ZIPF


def famous_pair(draft: Draft, lang: Language) -> list[str]:
    """A card or a gap pairing a person with the work they made ("arquitecto de El Escorial",
    "____ painted Guernica") where the work or the person is famous."""
    code = _code(lang)
    role_of = re.compile(rf"\b(?:{AUTHOR_ROLES[code]}){OF[code]}({NAME})")
    reason = "held back: a famous work and its maker ({name!r}) are a pair known without the text"
    if draft.kind == "card":
        back = str(draft.item.get("back", ""))
        found = role_of.search(back) or role_of.search(back[:1].lower() + back[1:])
        if found and _famous(found.group(1), lang):
            return [reason.format(name=found.group(1))]
        return []
    for gap in gaps_of(draft, typed=True):
        if not str(gap.accept[0])[:1].isupper():
            continue
        key = str(gap.accept[0])
        before, after = gap.sentence()
        # "arquitecto de ____": the key is the work.
        if re.search(rf"\b(?:{AUTHOR_ROLES[code]}){OF[code]}$", before) and _famous(key, lang):
            return [reason.format(name=key)]
        # "encargó a ____, arquitecto de El Escorial": the key is the maker, the role follows.
        role_after = re.match(rf"^,\s+(?:(?:el|la|the|an?)\s+)?(?:{AUTHOR_ROLES[code]}){OF[code]}({NAME})", after)
        if role_after and _famous(role_after.group(1), lang):
            return [reason.format(name=role_after.group(1))]
        # "____ painted Guernica", "Guernica, painted by ____": the key is the maker.
        work = re.match(rf"^\s*(?:{AUTHOR_VERBS[code]})\s+({NAME})", after)
        maker = re.search(rf"({NAME}),?\s+(?:{AUTHOR_VERBS[code]})\s+(?:by|por)\s+$", before)
        for found in (work, maker):
            if found and (_famous(found.group(1), lang) or _famous(key, lang)):
                return [reason.format(name=found.group(1))]
    return []


# --- (d2) a trade good and the place famous for it -----------------------------------------

# Goods a place lends its name to ("Carrara marble", «cristal de Murano», "Brussels lace",
# «acero de Toledo»): beside one, a place general text writes is the pairing a reader knows.
TRADE_GOODS = {
    "en": r"marble|glass|crystal|porcelain|china|lace|steel|silk|wine|cheese|ham|leather|tiles?|pottery|ceramics?|tweed|linen",
    "es": r"m[aá]rmol(?:es)?|cristal(?:es)?|vidrios?|porcelanas?|encajes?|aceros?|sedas?|vinos?|quesos?|jam[oó]n(?:es)?|cueros?|lozas?|cer[aá]micas?|azulejos?|pa[nñ]os?",
}
# A place at least this frequent in general text (in the document's language, or in every
# language of international_fame) is a name a reader may pair with its good: "Murano" (es
# 2.3), "Carrara" (2.5), "Toledo" (4.3); a village general text never writes (0) is no pairing
# anyone knows. The limit: a frequent place that makes no such good ("vino de Loja", 3.5) is held
# back as well; wordfreq gives no frequency of the pair itself to tell them apart.
TRADE_PLACE_ZIPF = 2.0


def _trade_place(name: str, lang: Language) -> bool:
    return max(lang.familiarity(name), international_fame(name)) >= TRADE_PLACE_ZIPF


def trade_good_origin(draft: Draft, lang: Language) -> list[str]:
    """A gap on the place named with a trade good («mármol de ____» → Carrara, "____ lace" →
    Brussels, "Toledo ____" → steel): a place general text writes and the good are a pairing a
    reader knows without the text (kinds16b)."""
    code = _code(lang)
    goods = TRADE_GOODS[code]
    for gap in gaps_of(draft):
        before, after = gap.sentence(whole_quote=True)
        for key in gap.keys:
            key = str(key).strip()
            if key[:1].isupper():
                good = (re.search(rf"\b(?:{goods})\s+(?:de|del)\s+$", before, re.IGNORECASE) if code == "es"
                        else re.match(rf"^\s+(?:{goods})\b", after, re.IGNORECASE) or re.search(rf"\b(?:{goods})\s+from\s+$", before, re.IGNORECASE))
                if good and _trade_place(key, lang):
                    return [f"held back: {key!r} beside {good.group(0).strip()!r} is a place famous for the good, a pairing known without the text"]
            elif re.fullmatch(goods, key, re.IGNORECASE):
                place = (re.match(rf"^\s+(?:de|del)\s+({NAME})", after) if code == "es"
                         else re.search(rf"({NAME})\s+$", before))
                if place and _trade_place(place.group(1), lang):
                    return [f"held back: {key!r} beside {place.group(1)!r} is the good the place is famous for, a pairing known without the text"]
    return []


# --- (e) half of a multi-word term ------------------------------------------------------------

# Words that open a noun phrase before a gap ("the ____ line", "is ____ sliding", "de ____
# volcánicos"): the gap is then a noun or its modifier, not a verb.
PHRASE_OPENERS = {
    "en": frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "of", "in", "on", "by", "with",
                     "for", "from", "into", "through", "is", "are", "was", "were")),
    "es": frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "estos", "estas",
                     "de", "del", "en", "con", "por", "desde", "es", "son")),
}
DETERMINERS = {
    "en": frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "of", "from", "with", "in", "on", "by", "for", "into", "through")),
    "es": frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "estos", "estas", "de", "del", "al", "en", "con", "por", "desde")),
}
# Words that close a noun phrase after it: a clause or a list goes on ("the ____ line that").
PHRASE_CLOSERS = {
    "en": frozenset(("that", "which", "who", "where", "when", "and", "or", "but", "of", "in", "is", "are", "was", "were", "has", "have", "had", "can", "may", "will", "would", "could")),
    "es": frozenset(("que", "y", "o", "pero", "donde", "cuando", "es", "son", "era", "eran", "fue", "fueron", "se")),
}
# A Spanish adjective by its ending ("kársticos", "volcánicas", "fluviales", "porosos"), which
# after a noun makes one term with it.
ES_ADJECTIVE = re.compile(r"[a-záéíóúñ]{3,}(?:ic[oa]s?|ales?|ares?|os[oa]s?|iv[oa]s?|ari[oa]s?|bles?|ent[eo]s?|ístic[oa]s?)$")
# A Spanish noun made from a verb ("datación", "despoblación", "levantamiento"), whose
# complement ("por radiocarbono", "del campo") names a stock process.
ES_PROCESS_NOUN = re.compile(r"[a-záéíóúñ]{3,}(?:ción|ciones|sión|siones|miento|mientos)$")
WORD = re.compile(r"[^\W\d_][\w\-]*")


def _content(word: str, lang: Language) -> bool:
    """A lower-case word that carries meaning (no stop word, no number, no adverb in -ly)."""
    folded = fold_word(word)
    return (
        word.islower() and folded not in lang.words.stop_words and not lang.number_words.fullmatch(folded)
        and not folded.endswith(("ly", "mente"))
    )


# What follows a compound's head in its sentence, besides a clause (genknow): a preposition
# ("a deep ____ pool at the foot of the falls": plunge), a participle ("a ____ bridge hung from
# cables": suspension; «un puente ____ sostenido por cables»: colgante). The head and what the
# sentence says of it call the established term up. (No phrase frequencies offline: wordfreq
# writes single words only; the slot between the noun phrase's opener and its head stands for
# the compound, as for "the ____ line." before.)
HEAD_FOLLOWERS = {
    "en": frozenset(("at", "from", "on", "over", "under", "across", "near", "with", "for", "to", "into", "by", "below", "above", "beside",
                     "along", "hung", "built", "made", "laid", "set", "held", "cut", "worn", "known", "slung", "carried")),
    "es": frozenset(("en", "de", "del", "por", "sobre", "con", "junto", "bajo", "hasta", "desde", "hacia", "entre")),
}
# Words after the gap that are no head noun: adverbs, and the irregular past of common verbs
# ("the ____ sank into the mud": the key is the subject; "the ____ turns into", "the ____
# dried in" are read by their endings -s, -ed).
NOT_HEADS = frozenset((
    "far", "down", "up", "out", "off", "away", "back", "below", "above", "ahead", "again", "still", "together", "apart",
    "alone", "home", "here", "there", "now", "then", "too", "very", "well", "even", "just", "only", "also", "once", "twice",
    "sank", "fell", "rose", "ran", "went", "came", "grew", "broke", "took", "stood", "lay", "hung", "held", "built", "made",
    "began", "became", "brought", "bought", "caught", "drew", "drove", "flew", "froze", "gave", "got", "hit", "kept", "led",
    "left", "lost", "met", "paid", "put", "rang", "sat", "saw", "sent", "set", "shook", "shot", "shut", "slid", "sold", "spent",
    "split", "spread", "stuck", "struck", "swept", "swung", "taught", "threw", "tore", "wore", "won", "wound", "wrote", "can",
    "could", "may", "might", "must", "shall", "should", "will", "would", "did", "had",
))
ES_PARTICIPLE = re.compile(r"[a-záéíóúñ]{2,}(?:ad|id)[oa]s?$")
# A Spanish adjective after its noun by its ending, as ES_ADJECTIVE, and the present participle's
# and the singular in -al, -ar ("colgante", "flotante", "perimetral", "lunar").
ES_POSTPOSED_ADJECTIVE = re.compile(rf"{ES_ADJECTIVE.pattern[:-1]}|[a-záéíóúñ]{{3,}}(?:al|ar|ante|iente)s?$")


def _head_before_adjective(before: str, key: str, after: str, lang: Language) -> str | None:
    """The noun of a Spanish term whose adjective the gap is, when the prompt keeps it: "un
    puente ____ sostenido por cables" (colgante), "un muro ____ junto a la acequia"
    (perimetral): the determiner, the head, the gap, then a participle or a preposition."""
    words = WORD.findall(before)[-2:]
    if len(words) != 2 or fold_word(words[0]) not in DETERMINERS["es"] or not before.endswith(words[1] + " "):
        return None
    head = words[1]
    if not _content(head, lang) or not ES_POSTPOSED_ADJECTIVE.fullmatch(key) or key.endswith("s") != head.endswith("s"):
        return None
    following = re.match(r"^\s([^\W\d_]+)", after)
    if following is None or not (ES_PARTICIPLE.fullmatch(following.group(1)) or fold_word(following.group(1)) in HEAD_FOLLOWERS["es"]):
        return None
    return head


def term_half(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on one word of a multi-word term whose other word stays beside the gap: the
    head after its modifier ("volcanic ____", "the vapour ____."), the modifier before its head
    ("is ____ sliding", "the ____ line."), a Spanish head before its adjective ("de ____
    volcánicos") or a process noun before its complement ("las ____ por radiocarbono", "la ____
    del campo"). A reader completes the stock phrase; the gap takes the whole term or nothing."""
    code = _code(lang)
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0])
        if " " in key or not key.isalpha() or not key.islower() or _is_count(key, code) or lang.number_words.fullmatch(fold_word(key)):
            continue
        before, after = gap.sentence()
        if re.search(r"\b(?:called|named|termed|known\s+as|llamad[oa]s?|denominad[oa]s?|conocid[oa]s?\s+como)\s+(?:(?:a|an|the|el|la|los|las|un|una)\s+)?$", before):
            continue  # "special wagons called ____ wagons": the text's own name for a thing, no stock phrase
        words_before = WORD.findall(before)[-2:]
        next_words = re.match(r"^\s([^\W\d_][\w\-]*)(?:(\s*[,.;:!?]|\s*$)|\s+([^\W\d_][\w\-]*))?", after)
        closes = re.match(r"^\s*(?:[,.;:!?)]|$)", after) is not None
        # The head after its modifier: "DET modifier ____" and the phrase ends there.
        after_modifier = len(words_before) == 2 and fold_word(words_before[0]) in DETERMINERS[code] and _content(words_before[1], lang) and before.endswith(words_before[1] + " ")
        if after_modifier and (closes or (next_words and fold_word(next_words.group(1)) in PHRASE_CLOSERS[code])):
            return [f"held back: the gap is the other half of the term '{words_before[1]} ____' that the prompt keeps: a reader completes the phrase"]
        if code == "es" and (head := _head_before_adjective(before, key, after, lang)):
            return [f"held back: the gap is the adjective of the term '{head} ____' that the prompt keeps: a reader completes the phrase"]
        # An adjective of the noun phrase may stand between its opener and the gap ("a deep ____
        # pool"): the gap still modifies the head after it.
        opened = words_before and fold_word(words_before[-1]) in PHRASE_OPENERS[code]
        opened = opened or (code == "en" and len(words_before) == 2 and fold_word(words_before[0]) in DETERMINERS[code] and _content(words_before[1], lang))
        if not next_words or not opened or not before.endswith(words_before[-1] + " "):
            continue
        following = next_words.group(1)
        ends = next_words.group(2) is not None or (next_words.group(3) is not None and fold_word(next_words.group(3)) in PHRASE_CLOSERS[code])
        # A preposition or a participle after the head (HEAD_FOLLOWERS) when the head is a noun
        # and the key a modifier: not "the ____ far below" (an adverb), "a ____ riding on"
        # (a verb's -ing), a plural key ("the treetops"), which is a head itself.
        ends = ends or (
            next_words.group(3) is not None and fold_word(next_words.group(3)) in HEAD_FOLLOWERS[code] and not key.endswith("s")
            and not following.endswith(("ing", "ly", "s", "ed")) and fold_word(following) not in NOT_HEADS
        )
        if code == "en" and _content(following, lang) and not following.endswith("ed") and ends:
            return [f"held back: the gap is the modifier of the term '____ {following}' that the prompt keeps: a reader completes the phrase"]
        if code == "es" and ES_ADJECTIVE.fullmatch(following) and key.endswith("s") == following.endswith("s") and _content(following, lang):
            return [f"held back: the gap is the noun of the term '____ {following}' that the prompt keeps: a reader completes the phrase"]
        if code == "es" and ES_PROCESS_NOUN.fullmatch(key) and re.match(r"^\s(?:por|del|de\s+(?:la|los|las))\s", after):
            return [f"held back: the gap is the process noun of '____ {after.split()[0]} …', a stock phrase the prompt keeps the rest of"]
    return []


# --- (e2) half of a Latin binomial (worldknow, kind 3) ----------------------------------------

# A Latin ending of a genus or an epithet ("Quercus", "Camellia", "brasiliensis", "sinensis",
# "vulgaris", "officinale", "arabica", "suber"): one half of a binomial must show one.
LATIN_ENDING = re.compile(r"[A-Za-z]{2,}(?:ensis|ense|ii|ae|us|um|is|a|ica|icus|icum|alis|ale|oides|ata|atus|atum|ifera|ifolia|iana|ianus|ina|inus|orum|arum|er|es|ix|ex|on)")
GENUS_BEFORE = re.compile(r"(?<=[\w,(;:] )([A-Z][a-z]{2,})\s+$")
EPITHET_AFTER = re.compile(r"^\s+([a-z]{3,})\b")
# Neither half is a word of general text of the document's language: "Hevea" (1.5),
# "brasiliensis" (1.9), "Quercus" (2.2), "suber"; "Pelham glass", "common" and "Maria" are
# words or names general text writes.
BINOMIAL_ZIPF = 2.5


def _latin(word: str, lang: Language) -> bool:
    return lang.familiarity(word) < BINOMIAL_ZIPF


def binomial_half(draft: Draft, lang: Language) -> list[str]:
    """A gap on one half of a Latin binomial whose other half stands beside it ("Hevea
    ____" → brasiliensis, "____ sinensis" → Camellia, «el árbol ____ brasiliensis»): the name
    is one set phrase, its halves known together or not at all, and the half the prompt keeps
    calls up the other. The gap takes the whole name or none of it. What this cannot catch: a
    binomial cut from its sentence, or one whose epithet has no Latin ending ("Homo ____")."""
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        for key in gap.keys[:1]:
            key = str(key).strip()
            genus = GENUS_BEFORE.search(before)
            if genus and _binomial(genus.group(1), key, lang):
                return [f"held back: {key!r} is the epithet of the Latin name '{genus.group(1)} ____' that the prompt keeps: the name is one set phrase, known whole or not at all"]
            epithet = EPITHET_AFTER.match(after)
            if epithet and _binomial(key, epithet.group(1), lang):
                return [f"held back: {key!r} is the genus of the Latin name '____ {epithet.group(1)}' that the prompt keeps: the name is one set phrase, known whole or not at all"]
    return []


def _binomial(genus: str, epithet: str, lang: Language) -> bool:
    """Whether ``genus`` and ``epithet`` read as a Latin binomial: a capitalised word and a
    lower-case one, neither a word general text of the language writes, one at least with a
    Latin ending."""
    return (re.fullmatch(r"[A-Z][a-z]{2,}", genus) is not None and re.fullmatch(r"[a-z]{3,}", epithet) is not None
            and _latin(genus, lang) and _latin(epithet, lang)
            and (LATIN_ENDING.fullmatch(genus) is not None or LATIN_ENDING.fullmatch(epithet) is not None))


# --- (f) a small count where an article or a quantifier fits the gap too ----------------------

# Words before a gap that ask for a figure ("about ____ hours", "unos ____ metros" aside): no
# article or quantifier fits after them.
FIGURE_BOUNDS = {
    "en": re.compile(r"\b(?:about|around|roughly|nearly|almost|exactly|just|only|up\s+to|at\s+least|at\s+most|some|over|under)\s+$", re.IGNORECASE),
    "es": re.compile(r"\b(?:cerca\s+de|casi|exactamente|apenas|solo|sólo|hasta|al\s+menos|como\s+mucho|m[aá]s\s+de|menos\s+de|alrededor\s+de|aproximadamente)\s+$", re.IGNORECASE),
}
BOTH = {"en": r"\bboth\b", "es": r"\bamb[oa]s\b"}
LIST_JOINS = {"en": r",\s+|\s+(?:and|or)\s+", "es": r",\s+|\s+(?:y|e|o|u)\s+"}


def _members_listed(after: str, count: int, code: str) -> bool:
    """Whether the rest of the sentence lists ``count`` members after a comma, a colon or a
    bracket ("ríos, el Tajo y el Alberche"; "rivers: the Tigris and the Euphrates")."""
    opened = re.search(r"[,:(]\s*(.+)$", after)
    if opened is None:
        return False
    listed = re.split(r"[,;)]\s+(?=(?:que|which|who|that|donde|where)\b)|\)", opened.group(1))[0].rstrip(" .;")
    items = [i for i in re.split(LIST_JOINS[code], listed) if i.strip()]
    return len(items) == count


# Up to this many lower-case modifiers between a count and its plural noun ("its ____ hot
# working gases", "____ heavy oak beams", «sus ____ viejas piedras de moler»): an adjective or a
# possessive's companion ("own", "main") fits the count's place all the same.
COUNT_MODIFIERS = 3
PLURAL_NOUN = re.compile(r"[^\W\d_]+(?:s|men|people|children)")


def _plural_after_modifiers(after: str, lang: Language) -> re.Match[str] | None:
    """The plural noun a count before ``after`` counts past a few lower-case modifiers
    ("____ hot working gases": gases), as a match whose group 1 is the noun; None when a small
    word, a capital or a figure comes first ("____ of the stones")."""
    words = re.match(r"^((?:\s+[^\W\d_][\w\-]*)+)", after[:160])
    if words is None:
        return None
    for n, word in enumerate(words.group(1).split()[:COUNT_MODIFIERS + 1]):
        if not word.islower() or fold_word(word) in lang.words.stop_words:
            return None
        if n > 0 and PLURAL_NOUN.fullmatch(word):
            return re.match(rf"^(?:\s+[^\W\d_][\w\-]*){{{n}}}\s+({re.escape(word)})\b", after)
    return None


def open_count(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on a small count word before a plural noun ("Cuando ____ aguas ... se
    mezclan" → dos) where an article or a quantifier fits as well ("las", "varias", "several"):
    the accept list is not the only right answer. Kept where the sentence pins the count: a word
    before the gap asks for a figure, "both"/"ambos", or it lists that many members."""
    code = _code(lang)
    for gap in gaps_of(draft, typed=True):
        key = fold_word(str(gap.accept[0]).strip())
        if key not in COUNT_WORDS[code]:
            continue
        before, after = gap.sentence()
        plural = re.match(r"^\s+(?:[^\W\d_]+\s+)?([^\W\d_]+(?:s|men|people|children))\b", after) or _plural_after_modifiers(after, lang)
        if plural is None or not plural.group(1).islower():
            continue
        if FIGURE_BOUNDS[code].search(before) or re.search(BOTH[code], before + after, re.IGNORECASE):
            continue
        if re.match(r"^\s+(?:or|o)\s+(?:more|less|fewer|m[aá]s|menos)\b", after[plural.end():], re.IGNORECASE):
            continue  # "took ____ months or more": an estimate of a figure, no quantifier reads so
        count = 2 + NUMBER_ORDER[code].index(key)
        # The members listed pin the count, unless a possessive or an article before the gap
        # opens a slot an adjective fills as well ("its ____ gases, hydrogen and helium": own;
        # the list then only lets a reader count them).
        framed = fold_word(before.split()[-1]) in {fold_word(w) for w in lang.possessives | lang.determiners} if before.split() else False
        if _members_listed(after[plural.end():], count, code) and not framed:
            continue
        return [f"held back: an article or a quantifier fits the gap as well as {gap.accept[0]!r} ('____ {plural.group(1)}'), and the sentence does not pin the count"]
    return []



def _count_key(gap_keys: list[str], code: str) -> int | None:
    """The small count (two to twelve, in digits or words) a gap's key is, or None."""
    for key in gap_keys:
        folded = fold_word(str(key).strip()).removesuffix(".0")
        if folded in NUMBER_ORDER[code]:
            return 2 + NUMBER_ORDER[code].index(folded)
        if folded.isdigit() and 2 <= int(folded) <= 12:
            return int(folded)
    return None


# What opens the list of what a count counts, right after the counted noun: a colon, a dash, a
# bracket, "namely"/«a saber» (a comma may open a mere aside: "three demands, and the first ...").
LIST_OPENERS = {"en": r"\s*(?::|\(|\s[–—]\s|,\s+namely\b)\s*", "es": r"\s*(?::|\(|\s[–—]\s|,\s+a\s+saber\b)\s*"}


def listed_count(draft: Draft, lang: Language) -> list[str]:
    """A gap on a count of what its own prompt lists right after the counted noun ("made ____
    demands: lower fares, the return of the wells and an end to the contract" → three; «____
    estaciones (Arce, Bayo, Cea y Duna)» → 4): the reader counts the list."""
    code = _code(lang)
    for gap in gaps_of(draft):
        count = _count_key(gap.keys, code)
        if count is None:
            continue
        _, after = gap.sentence()
        noun = re.match(r"^\s+(?:[^\W\d_]+\s+)?[^\W\d_]+", after)
        if noun is None or re.match(LIST_OPENERS[code], after[noun.end():]) is None:
            continue
        listed = re.sub(LIST_OPENERS[code], ", ", after[noun.end():], count=1)
        if _members_listed(listed, count, code):
            return [f"held back: the prompt lists the {count} things the gap counts: a reader counts them"]
    return []


# Words that count a small set for the gap beside them, with the counts they settle: "both",
# "either", "the other", «ambos», «el otro» a pair (or its "one ... the other"), "respectively",
# «respectivamente» a short list. "likewise", «asimismo» count nothing ("the three wells were
# dug; likewise the mill ...") and are no cue.
PARALLEL_CUES = {
    "en": ((re.compile(r"\b(?:both|either|neither|the\s+former|the\s+latter|each\s+other|one\s+another)\b", re.IGNORECASE), (2,)),
           (re.compile(r"\bthe\s+other\b", re.IGNORECASE), (1, 2)),
           (re.compile(r"\brespectively\b", re.IGNORECASE), (2, 3))),
    "es": ((re.compile(r"\b(?:amb[oa]s|send[oa]s|est[ea]\s+[úu]ltim[oa])\b", re.IGNORECASE), (2,)),
           (re.compile(r"\b(?:el\s+otro|la\s+otra)\b", re.IGNORECASE), (1, 2)),
           (re.compile(r"\brespectivamente\b", re.IGNORECASE), (2, 3))),
}
SMALL_COUNTS = {"en": {"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3},
                "es": {"uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "1": 1, "2": 2, "3": 3}}


def parallel_count(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on a count of one to three whose sentence counts it in another word ("the ____
    main gases, both of them ..." → two; «los ____ pozos daban 20 y 35 litros, respectivamente»):
    the parallel word settles the count without the text."""
    code = _code(lang)
    for gap in gaps_of(draft, typed=True):
        count = SMALL_COUNTS[code].get(fold_word(str(gap.accept[0]).strip()))
        if count is None:
            continue
        sentence = " ".join(gap.sentence())
        for cue, counts in PARALLEL_CUES[code]:
            found = cue.search(sentence)
            if found is not None and count in counts:
                return [f"held back: the sentence's {found.group()!r} counts what the gap counts ({gap.accept[0]!r}): a reader needs no text"]
    return []


NUMBER_ORDER = {
    "en": ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
}


# --- (g) a common science word asked from its own definition ----------------------------------

# A term general text writes this often (Zipf) is a word most readers know, and a prompt that
# describes it calls it up: "acuífero" 2.8, "aquifer" 2.9, "photosynthesis" 3.0, "condensación"
# 3.1, "erosion" 3.6; a specialist's term stays a question ("cavitation" 2.4, "striations"
# 2.3, "seracs" 1.1, "nejayote" 0).
DEFINED_TERM_ZIPF = 2.7
# Where the words before a gap that ends its sentence present the gap as the name of what they
# describe: "…: un ____.", "… forms an ____.", "… es un ____."
DEFINED_AT_END = {
    "en": re.compile(r"(?::|\b(?:is|are|was|were|forms?|formed|makes?|becomes?|creates?|produces?))\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE),
    "es": re.compile(r"(?::|\b(?:es|son|era|eran|forma|forman|constituye|constituyen|crea|crean|produce|producen))\s+(?:(?:un|una|el|la|los|las)\s+)?$", re.IGNORECASE),
}
MIN_DESCRIPTION_WORDS = 6
# A definition set after the term in apposition: "live in ____, a relation in which both
# partners benefit", «viven en ____, una relación en la que ambos se benefician» (worldknow,
# kind 4): the gloss is the textbook's, and it names the term as well as "called ____" does.
# A textbook defines by a class noun of its own ("a relation", "a process", «un proceso»),
# with neither a figure nor a name: "tourism, a trade that employed 300 men" is the text's
# story, not the word's definition.
DEFINING_CLASSES = {
    "en": r"relation|relationship|interaction|association|process|reaction|mechanism|phenomenon|condition|state|method|technique|form|type|kind",
    "es": r"relaci[oó]n|interacci[oó]n|asociaci[oó]n|proceso|reacci[oó]n|mecanismo|fen[oó]meno|estado|condici[oó]n|m[eé]todo|t[eé]cnica|forma|tipo|clase",
}
DEFINED_AFTER = {
    "en": re.compile(rf"^\s*[,:(—–-]\s*(?:a|an|the)\s+(?:[a-z]+\s+){{0,2}}?(?:{DEFINING_CLASSES['en']})\s+(?:[a-z]+\s+){{0,2}}?(?:in\s+which|by\s+which|through\s+which|whereby|that|which|where|whose|of|between)\b(?P<rest>[^\d.;:!?A-Z]*)(?:[.;:!?)]|$)"),
    "es": re.compile(rf"^\s*[,:(—–-]\s*(?:un|una|el|la)\s+(?:[a-záéíóúñ]+\s+){{0,2}}?(?:{DEFINING_CLASSES['es']})\s+(?:[a-záéíóúñ]+\s+){{0,2}}?(?:en\s+(?:el|la)\s+que|en\s+(?:el|la)\s+cual|por\s+(?:el|la)\s+que|mediante\s+(?:el|la)\s+cual|que|donde|cuy[oa]s?|entre)\b(?P<rest>[^\d.;:!?A-ZÁÉÍÓÚÑ]*)(?:[.;:!?)]|$)"),
}
# A textbook's abstract term of classification ("mutualism", "parasitism", "osmosis",
# «mutualismo», «simbiosis») is the word its definition is written for: a reader names it from
# the definition at a lower frequency than a concrete thing ("sphagnum", 2.3, stays a question).
CONCEPT_TERM = re.compile(r"[a-záéíóúñ]{4,}(?:ism|isms|ismo|ismos|sis)")
# A definition's defining clause after its class noun: "the treatment that hardens", «el
# tratamiento que endurece», "a plant which grows", "an instrument whose skin sounds".
DEFINING_CLAUSE = re.compile(r"\b[a-záéíóúñ]{3,}\s+(?:that|which|whose|que|cuy[oa]s?)\s+(?!(?:is|are|was|were|es|son|era|eran|se\s+llama)\b)[a-záéíóúñ]{3,}", re.IGNORECASE)
CONCEPT_TERM_ZIPF = 1.8


_TERM_FOR: dict[str, re.Pattern[str] | None] = {}


def _term_for_pattern(lang: Language) -> re.Pattern[str] | None:
    """The wording of the drafter's "which term does the text use for …?" prompts (built once
    per language)."""
    if lang.code not in _TERM_FOR:
        _TERM_FOR[lang.code] = _build_term_for(lang)
    return _TERM_FOR[lang.code]


def _build_term_for(lang: Language) -> re.Pattern[str] | None:
    names = [n for n in ("term_for", "term_for_clause", "term_for_head") if n in lang.prompts]
    if not names:
        return None
    alternatives = []
    for name in names:
        text = lang.prompts[name]
        for field in ("definition", "article", "head"):
            text = text.replace("{" + field + "}", "\0")
        alternatives.append(re.escape(text).replace("\\\0", ".+").replace("\0", ".+"))
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.DOTALL)


def _defined_keys(draft: Draft, lang: Language) -> list[tuple[str, str]]:
    """The keys a question's prompt names from their description, each with that description:
    the sentence describes the thing and names it with the gap ("…: un ____", "… is called
    ____", "… se conoce como ____", "… forms an ____."), a definition follows the gap in
    apposition, or the drafter asks "which term does the text use for <definition>?"."""
    item = draft.item
    if draft.kind != "question":
        return []
    found: list[tuple[str, str]] = []
    term_for = _term_for_pattern(lang)
    if item.get("type") == "fill_in" and item.get("accept") and term_for is not None and term_for.fullmatch(str(item.get("prompt", ""))):
        found.append((str(item["accept"][0]), str(item["prompt"])))
    right = [str(c["text"]) for c in item.get("choices") or [] if c.get("correct")]
    if item.get("type") == "single_choice" and len(right) == 1 and term_for is not None and term_for.fullmatch(str(item.get("prompt", ""))):
        found.append((right[0], str(item["prompt"])))  # the options are terms: the reader picks the one its definition names
    for gap in gaps_of(draft, typed=True):
        before, after = gap.sentence()
        ends = re.match(r"^\s*(?:[.;!?)]|$)", after) is not None
        # The gap names the whole thing ("called a ____.", "known as ____, which"), not a
        # modifier of a noun after it ("called ____ wagons").
        closes = ends or re.match(r"^\s*(?:[,:]|(?:that|which|que|cuy[oa]s?)\b)", after) is not None
        # "An instrument that sounds by its own vibration is an ____, and ...": a definition's
        # class and defining clause before "is", the sentence going on after a comma (genknow).
        defined = DEFINED_AT_END[_code(lang)].search(before) is not None
        if (closes and lang.naming_before.search(before)) or (ends and defined) or (closes and defined and DEFINING_CLAUSE.search(before)):
            found.append((str(gap.accept[0]), before))
        elif DEFINED_AFTER[_code(lang)].match(after):
            found.append((str(gap.accept[0]), re.split(r"[.;:!?]\s|\)", after.lstrip(" ,:(—–-"))[0]))
    return found


def defined_common_term(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on a common science word (Zipf DEFINED_TERM_ZIPF and up) whose prompt is its
    definition: the sentence describes the thing and names it with the gap ("…: un ____",
    "… is called ____", "… se conoce como ____", "… forms an ____."), or the drafter asks "which
    term does the text use for <definition>?". The description brings the word to mind."""
    found = _defined_keys(draft, lang)
    for key, description in found:
        if " " in key or not key.isalpha() or not key.islower():
            continue
        if len(WORD.findall(description)) >= MIN_DESCRIPTION_WORDS and textbook_compound(key) and lang.familiarity(key) < DEFINED_TERM_ZIPF:
            return [f"held back: the prompt gives the textbook definition of {key!r}, a term of its field built of classical parts: a reader who studied the field names it from the definition"]
        floor = CONCEPT_TERM_ZIPF if CONCEPT_TERM.fullmatch(key) else DEFINED_TERM_ZIPF
        # A dictionary word (Language.is_general_word: "tempering" 2.5, "annealing" 2.6) named by
        # its definition is held as the card asking its meaning is (vague_cards.general_term):
        # the two ask the same knowledge both ways (genknow). "cavitation" 2.4 stays a question.
        # Only a definition's own wording does so, a class with a defining clause ("the heat
        # treatment that hardens steel", «el tratamiento que endurece el acero»): «una herramienta
        # de hierro llamada ____» (raspa 2.6) names a trade's tool, which the reader cannot tell.
        dictionary_word = lang.is_general_word(key) and DEFINING_CLAUSE.search(description) is not None
        if len(WORD.findall(description)) < MIN_DESCRIPTION_WORDS or not (lang.familiarity(key) >= floor or dictionary_word):
            continue
        if lang.familiarity(key) < DEFINED_TERM_ZIPF and CONCEPT_TERM.fullmatch(key):
            return [f"held back: the prompt gives the textbook definition of {key!r}, a term of classification general text writes: a reader names it from the definition"]
        if lang.familiarity(key) < DEFINED_TERM_ZIPF:
            return [f"held back: the prompt gives the definition of {key!r}, a dictionary word: a well-read reader names it from the definition"]
        return [f"held back: the prompt describes what {key!r} is, and {key!r} is a word general text writes often: a reader names it from the description"]
    return []


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Units a figure is written in (folded), by language: after a figure the unit is how the text
# measures, not what it teaches ("27 degrees ____" → Celsius; «a 60 ____ por hora»: kilómetros).
UNIT_WORDS = {
    "en": _words("""celsius fahrenheit kelvin centigrade degrees degree kilometres kilometers kilometre kilometer km
        metres meters metre meter miles mile feet foot inches inch yards yard centimetres centimeters millimetres
        millimeters kilograms kilogram kilos kg grams gram tonnes tons tonne ton pounds pound ounces litres liters
        gallons hectares acres knots watts kilowatts megawatts volts hertz seconds minutes hours"""),
    "es": _words("""celsius fahrenheit kelvin centigrados grados kilometros kilometro km metros metro millas milla
        pies pulgadas centimetros milimetros kilogramos kilos kilo kg gramos toneladas libras litros galones hectareas
        nudos vatios kilovatios megavatios voltios hercios segundos minutos horas"""),
}
DEGREE_WORDS = {"en": ("degrees", "degree"), "es": ("grados", "grado")}


def unit_gap(before: str, key: str, after: str, lang: Language) -> bool:
    """Whether a gap's ``key`` is the unit of a figure right before it ("27 degrees ____",
    "40 ____ per hour", «a 30 grados ____», «60 ____ por hora»)."""
    code = _code(lang)
    folded = fold_word(key.strip().lower())
    if folded not in UNIT_WORDS.get(code, frozenset()):
        return False
    words = before.rstrip().split()
    if words and fold_word(words[-1].lower()) in DEGREE_WORDS.get(code, ()):
        words = words[:-1]
    if not words:
        return False
    last = words[-1].strip("(")
    figure = bool(re.fullmatch(r"\d[\d.,]*", last)) or bool(lang.number_words.fullmatch(last.lower()))
    return figure


def unit_gaps(draft: Draft, lang: Language) -> list[str]:
    """A typed gap (or a cloze's) whose key is the unit written after a figure: hold it back."""
    if draft.kind != "question" or draft.item.get("type") not in ("fill_in", "cloze"):
        return []
    for gap in gaps_of(draft):
        for key in gap.keys[:1]:
            if unit_gap(gap.sentence()[0], key, gap.after, lang):
                return [f"held back: the key '{key}' is the unit of the figure before it, not what the text teaches"]
    return []


# --- (h) a superlative of fame around the gap (kinds14) -------------------------------------------

# "The best-known ____ are ...", «los ____ más conocidos», "the most visited": the superlative
# asks which of a class is famous, which general knowledge answers, not the paragraph.
FAME_SUPERLATIVES = {
    "en": re.compile(
        r"\b(?:best[- ]known|best[- ]loved|most\s+(?:famous|common|popular|celebrated|familiar|iconic|emblematic|renowned|"
        r"recogni[sz]able|visited|(?:widely|well)[- ]known))\b", re.IGNORECASE),
    "es": re.compile(
        r"\b(?:mejor\s+conocid[oa]s?|m[aá]s\s+(?:conocid[oa]s?|famos[oa]s?|c[eé]lebres?|populares|popular|com[uú]n|comunes|habituales|"
        r"habitual|frecuentes?|emblem[aá]tic[oa]s?|representativ[oa]s?|visitad[oa]s?|reconocid[oa]s?|renombrad[oa]s?))\b", re.IGNORECASE),
}
FAME_WINDOW = 8  # words at most between the superlative and the gap, in one clause


def _near_fame(before: str, after: str, code: str) -> str | None:
    """The superlative of fame in the gap's clause (before or after it, FAME_WINDOW words at
    most, no full stop, semicolon or colon between), or None."""
    pattern = FAME_SUPERLATIVES[code]
    found = None
    for m in pattern.finditer(before):
        found = m
    if found is not None:
        between = before[found.end():]
        if not re.search(r"[.;:!?]", between) and len(WORD.findall(between)) <= FAME_WINDOW:
            return found.group(0)
    following = pattern.search(after)
    if following is not None:
        between = after[:following.start()]
        if not re.search(r"[.;:!?]", between) and len(WORD.findall(between)) <= FAME_WINDOW:
            return following.group(0)
    return None


def fame_superlative(draft: Draft, lang: Language) -> list[str]:
    """A gap (typed, cloze or choice; not a figure) in the clause of a superlative of fame
    ("The best-known of the domes is the ____", «Los quesos más conocidos son los de ____», "the
    most visited"): a reader who never saw the text names the famous one of the class."""
    if draft.kind != "question" or draft.item.get("type") == "numeric":
        return []
    code = _code(lang)
    for gap in gaps_of(draft):
        if not gap.keys or any(re.search(r"\d", k) for k in gap.keys):
            continue
        before, after = gap.sentence()
        if word := _near_fame(before, after, code):
            return [f"held back: the gap stands in the clause of a superlative of fame ({word!r}): a reader names the famous one of its class without the text"]
    return []


# --- (i) one end of a range whose other end the prompt gives (kinds14) ----------------------------

FIGURE = r"(?P<fig>\d[\d.,]*)(?:\s*(?:%|per\s*cent|percent|por\s+ciento))?"
YEAR_FIGURE = re.compile(r"1\d{3}|20\d{2}")
UNIT_WORD = r"(?:\s+[^\W\d_]+)?"  # "between 20 metres and ____"
ES_ARTICLE = r"(?:(?:el|la|los|las|unos|unas)\s+)?"
# The start given, the gap the end: "between 14 and ____", «entre el 86 y el ____», "from 2 to
# ____", «de 2 a ____», «desde 2 hasta ____»; and the end given after a gap that starts the range.
RANGE_TO_GAP = {
    "en": (re.compile(rf"\bbetween\s+(?:about\s+|some\s+)?{FIGURE}{UNIT_WORD}\s+and\s+$", re.IGNORECASE),
           re.compile(rf"\bfrom\s+(?:about\s+|some\s+)?{FIGURE}{UNIT_WORD}\s+to\s+$", re.IGNORECASE)),
    "es": (re.compile(rf"\bentre\s+{ES_ARTICLE}{FIGURE}{UNIT_WORD}\s+y\s+{ES_ARTICLE}$", re.IGNORECASE),
           re.compile(rf"\b(?:de|desde)\s+{ES_ARTICLE}{FIGURE}{UNIT_WORD}\s+(?:a|hasta)\s+{ES_ARTICLE}$", re.IGNORECASE)),
}
GAP_TO_RANGE = {
    "en": ((re.compile(r"\bbetween\s+(?:about\s+|some\s+)?$", re.IGNORECASE), re.compile(rf"^{UNIT_WORD}\s+and\s+{FIGURE}", re.IGNORECASE)),
           (re.compile(r"\bfrom\s+(?:about\s+|some\s+)?$", re.IGNORECASE), re.compile(rf"^{UNIT_WORD}\s+to\s+{FIGURE}", re.IGNORECASE))),
    "es": ((re.compile(rf"\bentre\s+{ES_ARTICLE}$", re.IGNORECASE), re.compile(rf"^{UNIT_WORD}\s+y\s+{ES_ARTICLE}{FIGURE}", re.IGNORECASE)),
           (re.compile(rf"\b(?:de|desde)\s+{ES_ARTICLE}$", re.IGNORECASE), re.compile(rf"^{UNIT_WORD}\s+(?:a|hasta)\s+{ES_ARTICLE}{FIGURE}", re.IGNORECASE))),
}
# Verbs of a change: "cut from 8 to 5 kilos", «se redujo de 8 a 5»: from one value to another, no range.
CHANGE_VERBS = {
    "en": re.compile(r"\b(?:cut|cuts|reduc\w*|rais\w*|increas\w*|decreas\w*|lower\w*|fell|falls?|falling|rose|rises?|rising|risen|grew|grows?|"
                     r"growing|dropp?\w*|climb\w*|jump\w*|went|chang\w*|doubled|halved|shrank|moved|slash\w*|lift\w*|boost\w*)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:reduj\w*|reduc\w*|aument\w*|elev\w*|baj\w*|subi\w*|sub[eé]\w*|cay\w*|ca[eií]\w*|crec\w*|pas[oóa]\w*|pasaron|"
                     r"disminu\w*|recort\w*|rebaj\w*|multiplic\w*|duplic\w*|cambi\w*)\b", re.IGNORECASE),
}


def range_end(before: str, after: str, lang: Language) -> bool:
    """Whether the gap between ``before`` and ``after`` is one end of a range whose other end
    stands beside it ("between 14 and ____ metres", «entre el ____ y el 97 por ciento»); "from
    X to ____" and «de X a ____» only where no verb makes it a change ("cut from 8 to ____"); a
    period's years ("from 1946 to ____") are left to the date rules."""
    code = _code(lang)
    between, span = RANGE_TO_GAP[code]
    (start_between, end_between), (start_span, end_span) = GAP_TO_RANGE[code]
    found = between.search(before) or (start_between.search(before) and end_between.match(after))
    if not found:
        found = span.search(before) or (start_span.search(before) and end_span.match(after))
        if not found or CHANGE_VERBS[code].search(before) is not None:
            return False
    # A period's years ("presidente entre 2007 y ____") are no quantity with round neighbours:
    # a year is asked typed, and its choice items are held back as dates (blindness).
    return YEAR_FIGURE.fullmatch(found.group("fig")) is None


def range_ends(draft: Draft, lang: Language) -> list[str]:
    """A gap (numeric, typed, cloze or choice) on one end of a range whose other end the prompt
    gives: the reader guesses a round neighbour, so the range is asked whole or not at all."""
    if draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        if range_end(before, after, lang):
            return ["held back: the gap is one end of a range whose other end the prompt gives: a reader guesses a round neighbour of it"]
    return []



# A range's near bound written before the gap without "between"/"from" («de 28 a», which
# RANGE_TO_GAP reads, aside): "temperatures of 28 to ____ degrees", "28–____ °C", «28 a ____
# grados», «1.000 hasta ____ ejemplares» (brief promptgives2).
NEAR_BOUND = {
    "en": re.compile(r"(?<![\w.,])(?P<fig>\d[\d.,]*)(?:\s*(?P<unit>%|per\s*cent|percent|[^\W\d_]+))?\s*(?:\s(?:to|up\s+to)\s+|[-–]\s*)$", re.IGNORECASE),
    "es": re.compile(r"(?<![\w.,])(?P<fig>\d[\d.,]*)(?:\s*(?P<unit>%|por\s+ciento|[^\W\d_]+))?\s*(?:\s(?:a|al|hasta)\s+|[-–]\s*)$", re.IGNORECASE),
}


def next_round_numbers(near: float) -> set[float]:
    """The figures a reader takes for a range's far bound after ``near``: the next whole number
    (a small figure), the next multiple of 5 and of 10, and the next round step ("1,000 to
    2,000", "50 to 60"): 28 -> 29, 30; 1,000 -> 2,000; 45 -> 50."""
    if near != int(near) or near < 0:
        return set()
    n = int(near)
    found = {float(n + 5 - n % 5), float(n + 10 - n % 10)}
    if n <= 12:
        found.add(float(n + 1))
    if step := next_round_step(n):
        found.add(float(step))
    return found


def round_far_bound(draft: Draft, lang: Language) -> list[str]:
    """A gap on a range's far bound whose near bound the prompt gives, when the key is the next
    round number after it ("temperatures of 28 to ____ degrees" -> 30, "from 1,000 to ____
    copies" -> 2,000, «de 28 a ____ grados» -> 30), in every type: a reader takes the round
    step. A far bound off the step ("28 to 41 degrees") is the text's own figure and is asked;
    a change ("cut from 8 to ____") and a period's years are left to their own rules."""
    if draft.kind != "question":
        return []
    code = _code(lang)
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        found = RANGE_TO_GAP[code][0].search(before) or RANGE_TO_GAP[code][1].search(before)
        if not found and (near_bound := NEAR_BOUND[code].search(before)):
            # A unit after the near bound is the far bound's too ("28 degrees to ____ degrees"):
            # «20 kilómetros a ____ por hora» is a speed, no range.
            unit = near_bound.group("unit")
            if not unit or fold_word(after.strip()[:len(unit)]) == fold_word(unit):
                found = near_bound
        if not found or CHANGE_VERBS[code].search(before[:found.start()]) or YEAR_FIGURE.fullmatch(found.group("fig")):
            continue
        near = _end_value(found.group("fig"), code)
        keys = [v for k in gap.keys if (lead := re.match(r"\d[\d.,]*", k)) and (v := _end_value(lead.group(0), code)) is not None]
        if near is not None and any(k in next_round_numbers(near) for k in keys):
            return [f"held back: the gap is a range's far bound and its key is the next round number after {found.group('fig')}: a reader takes the step"]
        whole = next((w for unit, w in WHOLE_UNITS[code] if re.match(rf"\s?(?:{unit})(?!\w)", after, re.IGNORECASE)), frozenset())
        if near is not None and any(near < k and k in whole for k in keys):
            return [f"held back: the gap is a range's far bound and its key makes a whole (an hour, a day, all of it) after {found.group('fig')}: a reader takes it"]
    return []


# A range's far bound that is a whole of its unit (integrator, session 16): "45 to ____ minutes"
# (an hour), "18 to ____ hours" (a day), "85 to ____ per cent" (all), «de 10 a ____ meses» (a year).
WHOLE_UNITS: dict[str, tuple[tuple[str, frozenset[float]], ...]] = {
    "en": (("minutes?|mins?", frozenset({60.0})), ("seconds?|secs?", frozenset({60.0})), ("hours?|hrs?", frozenset({24.0, 12.0})),
           ("months?", frozenset({12.0})), ("days?", frozenset({7.0, 30.0})), (r"%|per\s*cent|percent", frozenset({100.0}))),
    "es": (("minutos?", frozenset({60.0})), ("segundos?", frozenset({60.0})), ("horas?", frozenset({24.0, 12.0})),
           ("meses|mes", frozenset({12.0})), ("d[ií]as?", frozenset({7.0, 30.0})), (r"%|por\s+ciento", frozenset({100.0}))),
}


# --- (i3) a count or a term the prompt's number gives (brief promptgives2) ------------------------

# Words naming a set by its size: "the triples", «el cuarteto», "a pair", "twin".
SET_SIZES = {
    "en": {"double": 2, "doubles": 2, "twin": 2, "twins": 2, "pair": 2, "pairs": 2, "duo": 2, "duos": 2, "twofold": 2,
           "triple": 3, "triples": 3, "treble": 3, "trebles": 3, "trio": 3, "trios": 3, "triplet": 3, "triplets": 3, "threefold": 3,
           "quadruple": 4, "quadruples": 4, "quartet": 4, "quartets": 4, "fourfold": 4, "quintet": 5, "quintets": 5,
           "quintuple": 5, "fivefold": 5, "sextet": 6, "sextets": 6, "sixfold": 6, "septet": 7, "octet": 8},
    "es": {"doble": 2, "dobles": 2, "par": 2, "pares": 2, "pareja": 2, "parejas": 2, "duo": 2, "duos": 2, "gemelo": 2, "gemelos": 2,
           "gemela": 2, "gemelas": 2, "mellizos": 2, "triple": 3, "triples": 3, "trio": 3, "trios": 3, "terna": 3, "ternas": 3,
           "terceto": 3, "trillizos": 3, "cuadruple": 4, "cuadruples": 4, "cuarteto": 4, "cuartetos": 4, "quintuple": 5,
           "quintuples": 5, "quinteto": 5, "quintetos": 5, "sextuple": 6, "sexteto": 6, "septeto": 7, "octeto": 8},
}


def _word_numbers(text: str, code: str, *, terms_only: bool = False) -> set[int]:
    """The whole numbers ``text`` writes in words ("six-drum", "the twelve", «tres ollas») or
    names by a set's size ("the triples", «el cuarteto»); "one" and «un» left out (an article).
    With ``terms_only``, only a number that names a thing: a set's size, a number word joined by
    a hyphen ("six-drum") or standing alone after an article ("called the twelve,")."""
    words = NUMBER_WORDS[code]
    found = set()
    for m in re.finditer(r"[^\W\d_]+", text):
        folded = fold_word(m.group())
        named = re.search(r"\b(?:the|el|la|los|las)\s+$", text[:m.start()], re.IGNORECASE) is not None
        if folded in SET_SIZES[code]:
            if not terms_only or named:  # "the triples", «el cuarteto»; not "a pair of oxen"
                found.add(SET_SIZES[code][folded])
        elif folded in words and folded not in ("one", "un", "una", "uno", "once") and float(words[folded]).is_integer():
            hyphened = text[m.end():m.end() + 1] == "-" or text[m.start() - 1:m.start()] == "-"
            alone = named and re.match(r"\s*(?:[,;:.)]|$)", text[m.end():])
            if not terms_only or hyphened or alone:
                found.add(int(words[folded]))
    return found


def number_term(draft: Draft, lang: Language) -> list[str]:
    """A gap whose key is a number the prompt writes in words or names by a set's size ("a
    ____-string guitar, called the twelve" -> 12, «una familia de ____ ollas, los triples» -> 3),
    or a typed key built from a number the prompt states ("a set of six-drum basses, the ____" ->
    six bass, «una familia de tres ollas, los ____» -> triples): one gives the other."""
    if draft.kind != "question":
        return []
    code = _code(lang)
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        text = before + " " + after
        # A count (a figure, a bare number word) is given by a number naming a thing ("the
        # twelve", «los triples»); a term of words by the number it is built from, however written.
        as_term = _word_numbers(text, code, terms_only=True)
        stated = _word_numbers(text, code) | {int(v) for v in numbers_in_words(text, lang, spans=False) if float(v).is_integer()}
        for key in gap.keys:
            folded = fold_word(key.strip()).removesuffix(".0")
            bare = folded.isdigit() or folded in NUMBER_WORDS[code]
            values = {int(folded)} if folded.isdigit() else _word_numbers(key, code)
            values_stated = as_term if bare else stated
            shared = sorted(v for v in values if v > 1 and v in values_stated and not YEAR_FIGURE.fullmatch(str(v)))
            if shared:
                return [f"held back: the prompt states the number {shared[0]} the key is (or is built from) in another form: one gives the other"]
    return []


def named_count(draft: Draft, lang: Language) -> list[str]:
    """A gap on "the ____ <plural>" counting the things the prompt names in a list ("Harwick and
    Lowmouth signed ...; the ____ neighbours" -> two, «Ortiz, Prieto y Lago ...; los ____ socios»
    -> tres): the reader counts the names."""
    if draft.kind != "question":
        return []
    code = _code(lang)
    for gap in gaps_of(draft):
        count = _count_key(gap.keys, code)
        if count is None:
            continue
        before, after = gap.sentence(whole_quote=True)
        if DEFINITE_BEFORE_COUNT[code].search(before) is None:
            continue
        if not (re.match(r"^\s+(?:[^\W\d_]+\s+)?[^\W\d_]+(?:s|men|people|children)\b", after) or _plural_after_modifiers(after, lang)):
            continue
        for listed in NAME_LIST.finditer(before + "____" + after):
            if listed.group("more").count(",") + 2 == count:
                return [f"held back: the prompt names the {count} things the gap counts ({listed.group(0)!r}): a reader counts them"]
    return []


# --- (i4) an ordering whose order common sense settles (brief promptgives2) -----------------------

# The usual courses a reader orders without the text, as ranks of word openings (folded): a
# project's or a body's (study -> financing -> contract -> construction -> opening, founding or
# arrival -> growth -> sale or decline -> closure -> demolition), a life's (birth -> school ->
# career -> retirement -> death), a craft's (harvest -> wash -> mill -> ferment -> distil -> age
# -> bottle -> sell; shear -> wash -> card -> spin -> weave) and a procedure's (prepare -> locate
# -> begin -> raise -> watch -> finish). Words of one rank have no order between them: a sale and
# a decline come either way round, milling and pressing are one stage (brief orders3).
COMMON_COURSES = {
    "en": (
        (("idea", "propos", "study", "studie", "survey", "feasib", "plan", "design", "draft"),
         ("approv", "permit", "authori", "financ", "fund", "loan", "budget"),
         ("tender", "contract", "award"),
         ("construct", "build", "works", "excavat", "assembl", "install"),
         ("test", "trial", "inspect"),
         ("open", "inaugur", "commission", "complet", "handover", "operat", "service", "founding", "founded", "establish",
          "reach", "arriv"),
         ("expan", "extend", "extension", "enlarg", "grow", "grew", "growth", "widen"),
         ("sold", "sale", "sell", "bought", "purchas", "acqui", "transfer", "merge", "merger", "nationali", "takeover",
          "declin", "dwindl"),
         ("close", "closed", "closure", "closing", "abandon", "shut", "dissol", "disband", "bankrupt"),
         ("demoli", "dismantl", "scrapped")),
        (("birth", "born"), ("childhood", "school", "educat", "studies"), ("apprentic", "training", "degree", "graduat"),
         ("career", "work", "job", "marriage", "married"), ("retire",), ("death", "died", "burial", "funeral")),
        (("harvest", "pick", "gather", "shear", "cutting", "felling", "mining", "quarry", "slaughter", "milking", "reap"),
         ("wash", "clean", "sort", "soak", "steep", "peel", "stripping"),
         ("mill", "crush", "grind", "pressing", "pressed", "mash", "pulping", "card", "comb", "thresh", "chop", "chopped", "chopping"),
         ("mix", "knead", "ferment", "spin", "spun", "boil", "cook"),
         ("distil", "weav", "weave", "wove", "woven", "knit", "knitting", "bake", "baked", "baking", "firing", "shaping", "mould"),
         ("age", "aged", "ageing", "aging", "matur", "finish"),
         ("bottl", "pack", "label", "seal", "canning"),
         ("sell", "sold", "sale", "ship", "shipped", "shipping", "deliver", "distribut", "market")),
        (("prepar", "weigh", "measur", "disinfect"),
         ("locat", "find", "mark", "position"),
         ("begin", "began", "begun", "start", "insert"),
         ("raise", "raised", "raising", "increas", "speed", "adjust"),
         ("monitor", "watch"),
         ("finish", "stop", "stopped", "stopping", "remov", "end")),
    ),
    "es": (
        (("idea", "propuest", "estudio", "levantamiento", "viabilidad", "plan", "diseno", "anteproyecto", "redaccion"),
         ("aprobacion", "permiso", "autoriz", "financ", "credito", "prestamo", "presupuest"),
         ("licitacion", "concurso", "contrat", "adjudicacion"),
         ("construccion", "obra", "excavacion", "montaje", "instalacion"),
         ("prueba", "ensayo", "inspeccion"),
         ("inauguracion", "apertura", "puesta", "entrega", "explotacion", "servicio", "fundacion", "fundo", "fundaron",
          "fundada", "fundado", "llega", "llego", "llegaron", "llegada"),
         ("ampli", "expansion", "crecio", "crecieron", "crecim", "extension", "ensanche"),
         ("venta", "vendio", "vendida", "vendido", "vendieron", "compra", "compro", "compraron", "comprada", "comprado", "adquir", "adquisic", "traspas",
          "transfer", "fusion", "nacionaliz", "declive", "decay", "decae", "decadencia", "decaimiento", "deterior", "paso a manos"),
         ("cierre", "cerro", "cerraron", "cerrada", "cerrado", "clausura", "abandon", "quiebra", "disolucion", "disolv"),
         ("demoli", "derrib", "desmantel")),
        (("nacimiento", "naci"), ("infancia", "niñez", "ninez", "escuela", "colegio", "estudios", "educacion"),
         ("aprendizaje", "formacion", "licenciatura", "titulo"), ("carrera", "trabajo", "empleo", "boda", "matrimonio", "casamiento"),
         ("jubilacion", "retiro"), ("muerte", "fallecimiento", "entierro", "funeral")),
        (("cosech", "recolec", "recogida", "vendimi", "zafra", "esquil", "corta", "corte", "tala", "siega"),
         ("lavado", "lavar", "lava", "lavan", "limpi", "selecc", "clasific", "remoj", "pelado"),
         ("molien", "molido", "muele", "muelen", "tritur", "prensa", "estruj", "carda", "peinado", "trilla"),
         ("mezcl", "amasa", "ferment", "hilado", "hilatura", "hila", "hilan", "coccion", "cuece", "hervid"),
         ("destil", "tejido", "teje", "tejen", "tejer", "horneado", "hornea", "moldea"),
         ("envejec", "crianza", "madur", "acabado", "afinado"),
         ("embotell", "envasad", "envasa", "empaquet", "etiquet", "enlat"),
         ("venta", "vende", "venden", "vendida", "vendido", "distribu", "comerciali", "expedicion", "envio")),
        (("prepar", "pesa", "pesan", "pesaje", "mide", "miden", "medicion", "desinfect"),
         ("localiz", "busca", "encuentr", "marca", "situa", "coloca"),
         ("empiez", "empez", "comienz", "comenz", "inici", "arranc"),
         ("aument", "sube", "suben", "subir", "ajust", "acelera", "eleva"),
         ("vigil",),
         ("termin", "acaba", "finaliz", "deten", "detien", "retir")),
    ),
}

def _opens(word: str, opening: str) -> bool:
    """Whether ``word`` is of the stage word ``opening``: any word it opens when it is long
    ("construct": construction), a short one only with a plain ending ("plan": plans, planning,
    not plant, planks; "work": works, not workshop)."""
    if len(opening) >= 5:
        return word.startswith(opening)
    return word in {opening + e for e in ("", "s", "es", "ed", "ing", "ning", "ned", "a", "o", "os", "as")}


def _course_rank(step: str, course: tuple[tuple[str, ...], ...]) -> int | None:
    """The stage of ``course`` the first word of ``step`` that opens one names ("The financing of
    the works": financing, not works), or None."""
    for word in re.findall(r"[^\W\d_]+", step):
        folded = fold_word(word)
        for rank, openings in enumerate(course):
            # A stage done again is the same stage ("rebuilding", «reapertura»).
            if any(_opens(folded, o) or (folded.startswith("re") and _opens(folded[2:], o)) for o in openings):
                return rank
    return None


def common_course_order(draft: Draft, lang: Language) -> list[str]:
    """An ordering whose steps are stages of a usual course, in that course's order (study,
    financing, contract, construction, opening, closure; birth, school, career, death; harvest,
    mill, ferment, distil, bottle; prepare, locate, begin, raise, finish): a reader orders them
    by common sense. One adjacent pair the course leaves open (a step off it at an end, two steps
    of one stage) holds an ordering of four steps or more too. Kept when two pairs are open, a
    step goes against the course (the text's order is unusual), or a step holds a figure or a
    date to recall."""
    if draft.kind == "question" and draft.item.get("type") == "single_choice":
        return _common_course_next(draft, lang)
    if draft.kind != "question" or draft.item.get("type") != "ordering":
        return []
    steps = [str(x) for x in draft.item.get("items") or []]
    # A year in a step is left to the ordering's own rules (a date to recall); another figure
    # ("for about 200 pulses", «un máximo de 48 horas») is not what the ordering asks.
    if len(steps) < 3 or any(re.search(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)", x) for x in steps):
        return []
    for course in COMMON_COURSES[_code(lang)]:
        ranks = [_course_rank(x, course) for x in steps]
        known = [r for r in ranks if r is not None]
        if len(known) < len(steps) - 1 or any(a > b for a, b in itertools.pairwise(known)):
            continue  # two steps off the course, or one against it: the text's own order
        # One adjacent pair the course leaves open (a step off it at an end, two steps of one
        # stage) still leaves a long ordering to common sense; a short one needs every pair.
        open_pairs = sum(1 for a, b in itertools.pairwise(ranks) if a is None or b is None or a == b)
        if open_pairs <= (1 if len(steps) >= 4 else 0):
            return ["held back: the ordering's steps follow a usual course (a project's, a life's, a craft's, a procedure's) in its common order: a reader orders them without the text"]
    return []



def _common_course_next(draft: Draft, lang: Language) -> list[str]:
    """"What comes right after this step: “The apples are milled”?" among "The juice ferments",
    "The cider is bottled", "The apples are harvested": the key is the option the course puts
    next (the lowest stage after the step's, every other option before the step or after the
    key), so a reader picks it without the text. Kept when a step or option is off the course,
    or the key goes against it."""
    opening, _, closing = lang.prompt("next_step", step="\x00").partition("\x00")
    prompt = str(draft.item.get("prompt") or "")
    if not (prompt.startswith(opening) and prompt.endswith(closing)) or len(prompt) <= len(opening) + len(closing):
        return []
    step = prompt[len(opening):len(prompt) - len(closing)]
    choices = [c for c in draft.item.get("choices") or [] if isinstance(c, dict)]
    keys = [str(c.get("text")) for c in choices if c.get("correct")]
    others = [str(c.get("text")) for c in choices if not c.get("correct")]
    if len(keys) != 1 or len(others) < 2 or any(re.search(r"\d", x) for x in (step, *keys, *others)):
        return []
    for course in COMMON_COURSES[_code(lang)]:
        here, key = _course_rank(step, course), _course_rank(keys[0], course)
        ranks = [_course_rank(x, course) for x in others]
        if here is None or key is None or key <= here or any(r is None or here <= r <= key for r in ranks):
            continue
        return ["held back: the step and its options are stages of a usual course (a craft's, a procedure's, a project's): a reader picks the one that comes next without the text"]
    return []

# --- (i2) options that break the range their gap ends (gapfixes, issue 10) -----------------------

# A range's two ends as written: "between 12 and 18 tonnes", «entre el 8 y el 14 %», "from 80 to
# 10 percent", «de 8 a 14 horas», "8 to 14 hours", "70–85 kg". A change is written the same way
# ("falls from 80 to 10 percent"): its verb gives its direction.
_END = r"(?P<{0}>\d[\d.,]*\d|\d)(?:\s*(?:%|per\s*cent|percent|por\s+ciento))?(?:\s+[^\W\d_]+)?"
_APPROX = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|unos|unas|cerca\s+de|alrededor\s+de|casi|aproximadamente)\s+)?"
_ART = r"(?:(?:el|la|los|las|unos|unas)\s+)?"
WRITTEN_RANGES = (
    ("between", re.compile(rf"\b(?:between|entre)\s+{_APPROX}{_ART}{_END.format('low')}\s+(?:and|y)\s+{_APPROX}{_ART}{_END.format('high')}", re.IGNORECASE)),
    ("from", re.compile(rf"\b(?:from|de|del|desde)\s+{_APPROX}{_ART}{_END.format('low')}\s+(?:to|a|al|hasta)\s+{_APPROX}{_ART}{_END.format('high')}", re.IGNORECASE)),
    ("bare", re.compile(rf"(?<![\w.,]){_END.format('low')}\s*(?:\s(?:to|a)\s+|[-–]\s*){_END.format('high')}", re.IGNORECASE)),
)
FALL_VERBS = re.compile(
    r"\b(?:cut|cuts|reduc\w*|lower\w*|fell|falls?|falling|decreas\w*|dropp?\w*|shr[ai]nk\w*|halved|slash\w*|declin\w*|"
    r"reduj\w*|baj\w*|cay\w*|ca[eií]\w*|disminu\w*|recort\w*|rebaj\w*|descend\w*|desciend\w*)\b", re.IGNORECASE)
RISE_VERBS = re.compile(
    r"\b(?:rais\w*|increas\w*|rose|rises?|rising|risen|grew|grows?|growing|climb\w*|jump\w*|doubled|boost\w*|lift\w*|"
    r"aument\w*|elev\w*|subi\w*|sub[eé]\w*|crec\w*|multiplic\w*|duplic\w*)\b", re.IGNORECASE)


def _end_value(raw: str, code: str) -> float | None:
    try:
        return read_number(raw, code)
    except NumberError:
        return None


def broken_range(text: str, lang: Language) -> str | None:
    """The range ``text`` writes the wrong way, or None: its two ends the same ("from 10 percent
    to 10 percent"), a range from the higher end to the lower ("between 12 and 9 tonnes", "8 to
    6 hours"), or a change against its own verb ("falls from 80 to 90 percent", «subió de 12 a
    8»). Every reader sees such a statement or option is wrong without the text."""
    code = _code(lang)
    for kind, pattern in WRITTEN_RANGES:
        for m in pattern.finditer(text):
            low, high = _end_value(m.group("low"), code), _end_value(m.group("high"), code)
            if low is None or high is None or bool(YEAR_FIGURE.fullmatch(m.group("low"))) != bool(YEAR_FIGURE.fullmatch(m.group("high"))):
                continue  # "in 2010 to 500 euros": a year and a figure, no range
            if low == high:
                return m.group(0)
            before = text[:m.start()]
            falls, rises = FALL_VERBS.search(before), RISE_VERBS.search(before)
            if kind != "between" and (falls or rises) and not (falls and rises):
                if (falls and high > low) or (rises and high < low):
                    return m.group(0)
                continue
            if (kind == "between" or not CHANGE_VERBS[code].search(before)) and low > high:
                return m.group(0)
    return None


def range_breaking_options(draft: Draft, lang: Language) -> list[str]:
    """Wrong options (a cloze's, a choice's, a true/false statement) that break the range they
    stand in: "from around 25 percent to {1}" offering 25 or 40 percent for a fall, "between 8
    and ____ hours" offering 6 or 8, an option "8 to 6 hours", a false statement "between 12
    and 12 tonnes". The options that keep the range whole are the only ones left, or the
    statement is false by its form: no item (gapfixes, kinds 1 and 8)."""
    if draft.kind != "question":
        return []
    item = draft.item
    if item.get("type") == "true_false":
        if item.get("answer"):
            return []  # the text's own sentence
        statement = str(item.get("prompt", ""))
        if (found := broken_range(statement, lang)) is not None:
            return [f"held back: the statement breaks a range ({found!r}): false by its form, without the text"]
        return []
    for choice in item.get("choices") or []:
        if not choice.get("correct") and (found := broken_range(str(choice["text"]), lang)) is not None:
            return [f"held back: the option {choice['text']!r} breaks a range ({found!r}): a reader rules it out without the text"]
    for gap in gaps_of(draft):
        if len(gap.options) < 2 or not gap.keys:
            continue
        before, after = gap.sentence()
        if broken_range(before + gap.keys[0] + after, lang) is not None:
            continue  # the key itself reads so: no range of the text's
        for option in gap.options:
            if option in gap.keys:
                continue
            if (found := broken_range(before + option + after, lang)) is not None or (found := broken_range(option, lang)) is not None:
                return [f"held back: the option {option!r} breaks a range its gap ends ({found!r}): a reader rules it out without the text"]
    return []


# A figure joined to the gap by "or"/"and"/«o»/«y» ("15 or ____", "____ o 20", "one or ____ days",
# "the 1970s and ____"), a unit word allowed between («15 dólares o ____»).
PAIR_TO_GAP = {
    "en": re.compile(r"(?:(?P<words>[\w'’]+(?:\s+[^\W\d_]+)?)\s+or|(?P<word>[\w'’]+)\s+and)\s+(?:the\s+)?$", re.IGNORECASE),
    "es": re.compile(r"(?:(?P<words>[\w'’]+(?:\s+[^\W\d_]+)?)\s+[ou]|(?P<word>[\w'’]+)\s+[ye])\s+(?:(?:los|las|el|la)\s+)?$", re.IGNORECASE),
}
GAP_TO_PAIR = {
    "en": re.compile(r"^(?:(?:\s+[^\W\d_]+)?\s+or|\s+and)\s+(?:the\s+)?(?P<fig>\d[\d.,]*'?s?|[^\W\d_]+)\b", re.IGNORECASE),
    "es": re.compile(r"^(?:(?:\s+[^\W\d_]+)?\s+[ou]|\s+[ye])\s+(?:(?:los|las|el|la)\s+)?(?P<fig>\d[\d.,]*|[^\W\d_]+)\b", re.IGNORECASE),
}
DECADE_WORDS = {"en": r"\bdecades?\b", "es": r"\b(?:d[ée]cadas?|a[ñn]os)\b"}
PAIR_NUMBER_WORDS = {
    "en": {w: i for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), start=1)}
    | {"fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100},
    "es": {w: i for i, w in enumerate(("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"), start=1)}
    | {"un": 1, "una": 1, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
       "ochenta": 80, "noventa": 90, "cien": 100},
}


def _pair_value(text: str, code: str) -> int | None:
    """A stock pair's member as a whole number ("15", "1970s", "two", «ochenta»), or None."""
    folded = fold_word(text.strip()).removesuffix(".0")
    if folded in PAIR_NUMBER_WORDS[code]:
        return PAIR_NUMBER_WORDS[code][folded]
    digits = re.fullmatch(r"(\d+)'?s?", folded)
    return int(digits.group(1)) if digits else None


def next_round_step(first: int) -> int:
    """The round figure a stock pair names after ``first``: one more up to twelve ("one or two",
    "two or three"), else the next multiple of the largest of 5, 10, 100, 1000 ... that divides it
    ("15 or 20", "20 or 30", "the 1970s and 1980s", "100 or 200"); 0 when ``first`` is no round figure."""
    if 1 <= first <= 12:
        return first + 1
    step = 0
    for candidate in (5, 10, 100, 1000, 10000):
        if first % candidate == 0:
            step = candidate
    return first + step if step else 0


def stock_pair(draft: Draft, lang: Language) -> list[str]:
    """A gap on the second of a pair joined by or/and whose first the prompt gives («recibos de 15
    o ____ dólares» → 20, "in the 1970s and ____" → 1980s, "one or ____ days" → two), or on the
    first of one whose second is the next round step ("____ or 20 shillings" → 15): a stock pair
    of round figures steps once, and the reader takes the step."""
    code = _code(lang)
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        keys = [v for k in gap.keys if (v := _pair_value(k, code)) is not None]
        joined = PAIR_TO_GAP[code].search(before)
        # The word right before "or" first ("los años setenta y"), then the one before a unit word ("15 dólares o").
        words = (joined.group("words") or joined.group("word")) if joined else ""
        # A year steps to the next decade only as a decade ("the 1970s and", «la década de 1970 y»):
        # "the censuses of 1990 and ____" may be 1995 or 2001.
        decade = re.search(DECADE_WORDS[code], before) is not None
        firsts = [v for w in words.split()[::-1] if (v := _pair_value(w, code)) and (not YEAR_FIGURE.fullmatch(str(v)) or w.endswith("s") or decade)]
        if any(first and k == next_round_step(first) for first in firsts for k in keys):
            return [f"held back: the gap is the second of a stock pair after {words!r}: the next round step gives it"]
        joined = GAP_TO_PAIR[code].match(after)
        seconds = [v for v in [_pair_value(joined.group("fig"), code)] if v and (not YEAR_FIGURE.fullmatch(str(v)) or joined.group("fig").endswith("s") or decade)] if joined else []
        if any(second and next_round_step(k) == second for second in seconds for k in keys):
            return [f"held back: the gap is the first of a stock pair before {seconds[0]}: the round step before it gives it"]
    return []


# Words that order the figures of a prompt: a superlative ("the line's highest point", «el lago
# más profundo»), a comparative ("300 m higher than", «supera al de»). Beside one, a figure the
# prompt gives splits the options into those the prompt allows and those it rules out.
ORDERING_WORDS = {
    "en": r"\b(?:(?:high|low|deep|shallow|larg|bigg|small|long|short|tall|wid|narrow|heav|light|hott|cold|fast|slow|old|young|great|warm|cool)e?(?:st|r)"
          r"|heaviest|lightest|biggest|hottest|more|less|fewer|most|least|maximum|minimum|record|peak"
          r"|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outstrip(?:s|ped)?|top(?:s|ped))\b",
    "es": r"\b(?:m[aá]s|menos|mayor(?:es)?|menor(?:es)?|m[aá]xim[oa]s?|m[ií]nim[oa]s?|r[eé]cord"
          r"|(?:super|rebas|sobrepas|exced)\w*)\b",
}
_FIGURE_WITH_UNIT = re.compile(r"(?<![\w.,])(\d[\d.,]*)\s*([^\W\d_]+|%)?")


def _figure(text: str, code: str) -> tuple[float, str] | None:
    """The value and unit of an option such as "4,212 m" or «310 m» (None for anything else)."""
    m = _FIGURE_WITH_UNIT.fullmatch(text.strip())
    if not m:
        return None
    try:
        return read_number(m.group(1), code), fold_word(m.group(2) or "")
    except NumberError:
        return None


# A bound the prompt states on a figure ("up to 300 kg", «hasta 300 kilos», "more than 40
# boats", «más de 40 barcos»): an option of the same unit beyond it is ruled out by the prompt.
UPPER_BOUNDS = {
    "en": r"\b(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than|fewer\s+than|under|below|a\s+maximum\s+of|not\s+exceeding)\s+$",
    "es": r"\b(?:hasta|como\s+m[aá]ximo|como\s+mucho|no\s+m[aá]s\s+de|menos\s+de|un\s+m[aá]ximo\s+de|inferior(?:es)?\s+al?|por\s+debajo\s+de)\s+(?:(?:el|la|los|las)\s+)?$",
}
LOWER_BOUNDS = {
    "en": r"\b(?:more\s+than|over|at\s+least|a\s+minimum\s+of|greater\s+than|exceeding|upwards\s+of)\s+$",
    "es": r"\b(?:m[aá]s\s+de|al\s+menos|como\s+m[ií]nimo|un\s+m[ií]nimo\s+de|superior(?:es)?\s+al?|por\s+encima\s+de)\s+(?:(?:el|la|los|las)\s+)?$",
}
PERCENT_WORDS = frozenset(("%", "per", "percent", "por"))


def _unit(unit: str) -> str:
    """A figure's unit word as compared: every way of writing a percentage is one."""
    if unit in PERCENT_WORDS:
        return "%"
    return unit[:-1] if len(unit) > 3 and unit.endswith("s") else unit  # "1 metro" among "6 metros"


def _gap_options(gap: Gap, code: str) -> list[tuple[float, str]] | None:
    """The options of ``gap`` as (value, unit), the unit after the gap for a bare figure; None
    when an option is no figure."""
    _before, after = gap.sentence()
    unit_after = re.match(r"^\s*([^\W\d_]+|%)", after)
    options = []
    for option in gap.options:
        read = _figure(option, code)
        if read is None:
            return None
        value, unit = read
        options.append((value, _unit(unit or (fold_word(unit_after.group(1)) if unit_after else ""))))
    return options


def _prompt_figures(before: str, after: str, code: str) -> list[tuple[re.Match[str], str, float, str]]:
    """The figures of the gap's sentence other than the gap (no year without a unit), each as
    (match in the text ``before ____ after``, the text before it, value, unit)."""
    text = f"{before}____{after}"
    found = []
    for m in _FIGURE_WITH_UNIT.finditer(text):
        given = _figure(m.group(0), code)
        if given is None or (YEAR_FIGURE.fullmatch(m.group(1)) and not given[1]):
            continue
        found.append((m, text[:m.start()], given[0], _unit(given[1])))
    return found


def _gap_role(gap: Gap, before: str, after: str, code: str) -> str | None:
    """What the gap's figure measures (``choices.figure_role``), the unit after a bare key read
    with it ("____ m thick": a thickness)."""
    key = (gap.keys or gap.options or [""])[0].strip()
    unit_after = re.match(r"^\s*([^\W\d_]+|%)", after)
    if unit_after and re.fullmatch(r"\d[\d.,]*", key):
        key, after = f"{key} {unit_after.group(1)}", after[unit_after.end():]
    return choice_rules.figure_role(before, key, after, code)


def ruled_out_options(draft: Draft, lang: Language) -> list[str]:
    """Options the prompt's own figures rule out, a reader picking among the rest without the text:
    options on both sides of a figure the prompt gives beside a superlative or a comparative ("the
    depot, at 3,870 m, lies below the line's highest point, at ____" offering 2,950 m and 4,212 m,
    kinds16b) or of the same quantity ("2 m thick at the top and ____ thick at the base" offering
    1 m: a base thinner than its top; figurekinds), and options beyond a bound the prompt states
    ("up to 300 kg ... landed ____ kg" offering 410; «más de 40 barcos ... ____ barcos»)."""
    code = _code(lang)
    for gap in gaps_of(draft):
        if len(gap.options) < 2:
            continue
        before, after = gap.sentence()
        options = _gap_options(gap, code)
        if options is None:
            continue
        ordered = re.search(ORDERING_WORDS[code], f"{before} {after}", re.IGNORECASE)
        gap_role = _gap_role(gap, before, after, code)
        text = f"{before}____{after}"
        for m, ahead, value, unit in _prompt_figures(before, after, code):
            same = [v for v, u in options if u == unit]
            if len(same) != len(options):
                continue
            role = choice_rules.figure_role(ahead, m.group(0), text[m.end():], code)
            if (ordered or (role is not None and role == gap_role and role in choice_rules.DIMENSION_ROLES)) and min(same) < value < max(same):
                return [f"held back: the prompt orders the gap against its own figure ({m.group(0).strip()}), which rules out the options on one side of it"]
            bound = "upper" if re.search(UPPER_BOUNDS[code], ahead, re.IGNORECASE) else "lower" if re.search(LOWER_BOUNDS[code], ahead, re.IGNORECASE) else None
            beyond = [v for v in same if (v > value if bound == "upper" else v < value)]
            if bound and beyond and len(beyond) < len(same):
                return [f"held back: the prompt bounds the figure ({ahead.split()[-1]} {m.group(0).strip()}), which rules out the options beyond it"]
    return []


# --- a key one step of arithmetic on the prompt's other figures gives (figurekinds) -----------

# Words saying the gap's share is what is left of a whole ("the rest", «el resto», "the other two
# partners", «los otros dos socios») or split equally ("each", «cada uno»).
REST_WORDS = {
    "en": r"\b(?:rest|remaining|remainder|other|others|third|each|apiece|left)\b",
    "es": r"\b(?:resto|restante|restantes|dem[aá]s|otr[oa]s?|tercer[oa]?|cada)\b",
}
EACH_WORDS = {"en": r"\b(?:each|apiece)\b", "es": r"\bcada\b"}
# A stated multiple ("twice as long as", «el doble que», "half the length of", «la mitad»).
MULTIPLES = {
    "en": ((r"\b(?:twice|double|two\s+times)\b", 2.0), (r"\b(?:three\s+times|triple|treble)\b", 3.0),
           (r"\bfour\s+times\b", 4.0), (r"\bhalf\b", 0.5)),
    "es": ((r"\b(?:doble|dos\s+veces)\b", 2.0), (r"\b(?:triple|tres\s+veces)\b", 3.0),
           (r"\b(?:cu[aá]druple|cuatro\s+veces)\b", 4.0), (r"\bmitad\b", 0.5)),
}
# Words saying a figure is the total of the others ("in all", «en total», "together").
TOTAL_WORDS = {
    "en": r"\b(?:in\s+all|in\s+total|total|altogether|together|combined|all\s+told)\b",
    "es": r"\b(?:en\s+total|total|en\s+conjunto|entre\s+(?:ambos|ambas|todos|todas)|suman?|sumaban)\b",
}


def _same(a: float, b: float) -> bool:
    return abs(a - b) < 0.001 * max(1.0, abs(a), abs(b))


def arithmetic_key(draft: Draft, lang: Language) -> list[str]:
    """A numeric, typed or offered gap whose key one step of arithmetic on the prompt's other
    figures of its unit gives: the rest of 100 % or its equal split («posee el 52 por ciento ...
    las dos familias tienen el ____ por ciento cada una»: 24; "45 per cent and 35 per cent; the
    rest, ____ per cent": 20), a stated multiple ("twice as long as the old 120 m quay: ____ m"),
    a total beside its parts or a part beside its total ("14 km ... and 9 km ..., ____ km in all")."""
    code = _code(lang)
    for gap in gaps_of(draft):
        keys = []
        for k in gap.keys:
            read = _figure(k, code)
            if read is not None:
                keys.append(read)
        if not keys:
            continue
        value, key_unit = keys[0]
        before, after = gap.sentence()
        if not key_unit:
            unit_after = re.match(r"^\s*([^\W\d_]+|%)", after)
            key_unit = fold_word(unit_after.group(1)) if unit_after else ""
        unit = _unit(key_unit)
        if not unit:
            continue
        sentence = f"{before} ____ {after}"
        # A bare figure ("14 km ... and 9 on the hill", «y 9 en la ladera») counts with the key's unit.
        others = [v for _m, _ahead, v, u in _prompt_figures(before, after, code)
                  if u == unit or (unit != "%" and (not u or u in lang.words.stop_words))]
        if not others:
            continue
        if unit == "%" and re.search(REST_WORDS[code], sentence, re.IGNORECASE):
            rest = 100 - sum(others)
            splits = (1, 2, 3, 4) if re.search(EACH_WORDS[code], sentence, re.IGNORECASE) else (1,)
            # The gap's own share split («el ____ ... cada una»), or the others' («el ____ por
            # ciento, y los otros dos socios el 30 por ciento cada uno»: 100 - 2 x 30).
            if rest > 0 and any(_same(rest / n, value) or _same(100 - n * sum(others), value) for n in splits):
                return [f"held back: the key ({value:g} %) is what the prompt's other shares leave of 100 %: arithmetic gives it"]
        for cue, factor in MULTIPLES[code]:
            if re.search(cue, sentence, re.IGNORECASE) and any(_same(o * factor, value) or _same(value * factor, o) for o in others):
                return [f"held back: the key ({value:g}) is a multiple the prompt states of its own figure: arithmetic gives it"]
        if len(others) >= 2 and re.search(TOTAL_WORDS[code], sentence, re.IGNORECASE) and (
                _same(sum(others), value) or _same(max(others), value + sum(others) - max(others))):
            return [f"held back: the key ({value:g}) is the total of the prompt's other figures, or their total less the rest: arithmetic gives it"]
    return totals.part_of_total(draft, lang)  # "14 trams, namely 9 ... and ____ ...": a breakdown's part (brief reasons)


# --- a figure choice the sentence's own words settle (figchoice, issue 10) ----------------------

# Two values a sentence gives together: "2 or 3 shillings", "3 to 4 kilograms", "between 40 and
# 60 ewes", "15-20 miles", «de 3 a 4 kilos», «entre 15 y 16 grados», «2 o 3 euros». A false
# statement that swaps one of them ("2 or 12 shillings", «entre 15 y 20 grados») keeps the other,
# and a reader calls it half true (brief fragments, kind 1). "or"/«o» may have a unit word
# between ("20 minutes or 25"); "to"/«a» only after "from"/«de», or with none ("in 2010 rose to
# 90": no pair). A change ("fell from 150 to 30") is one value after another, no pair.
_PAIR_NUMBER = (
    r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred"
    r"|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|cincuenta|cien)"
)
_PAIR_UNIT = r"(?:\s+[^\W\d_]+)?"
_PAIR_ARTICLE = r"(?:(?:the|el|la|los|las)\s+)?"
PAIRED_BEFORE = re.compile(
    rf"(?:\b(?:between|entre)\s+(?:about\s+|some\s+|unos\s+|unas\s+)?{_PAIR_ARTICLE}{_PAIR_NUMBER}{_PAIR_UNIT}\s+(?:and|y|e)"
    rf"|\b{_PAIR_NUMBER}{_PAIR_UNIT}\s+(?:or|o|u)"
    rf"|\b(?:from|de|desde)\s+{_PAIR_ARTICLE}{_PAIR_NUMBER}{_PAIR_UNIT}\s+(?:to|a|al|hasta)"
    rf"|\b{_PAIR_NUMBER}\s+(?:to|a|hasta))\s+{_PAIR_ARTICLE}$"
    rf"|\d\s*[-–]\s*$",
    re.IGNORECASE,
)
PAIRED_AFTER = re.compile(rf"^(?:{_PAIR_UNIT}\s+(?:or|o|u|to|a|hasta)\s+{_PAIR_ARTICLE}{_PAIR_NUMBER}\b|\s*[-–]\s*\d)", re.IGNORECASE)
PAIRED_AFTER_BETWEEN = re.compile(rf"\b(?:between|entre)\s+{_PAIR_ARTICLE}$", re.IGNORECASE)
PAIRED_AFTER_AND = re.compile(rf"^{_PAIR_UNIT}\s+(?:and|y|e)\s+{_PAIR_ARTICLE}{_PAIR_NUMBER}\b", re.IGNORECASE)


def paired_value(text: str, start: int, end: int, lang: Language) -> str | None:
    """The pair of values ``text[start:end]`` is one of ("2 or 3", "between 40 and 60", «de 3 a
    4 kilos»), as the sentence writes it, or None (see PAIRED_BEFORE)."""
    before, after = text[:start], text[end:]
    if (m := PAIRED_BEFORE.search(before)) is not None:
        found = text[m.start():end]
    elif (m := PAIRED_AFTER.match(after)) is not None or (PAIRED_AFTER_BETWEEN.search(before) and (m := PAIRED_AFTER_AND.match(after))):
        found = text[start:end + m.end()]
    else:
        return None
    if CHANGE_VERBS[_code(lang)].search(before) and re.search(r"\b(?:to|a|al|hasta)\b|[-–]", found):
        return None  # "fell from 150 to 30 pence": a change, each value a fact of its own
    return found



# A figure joined to the gap as the other side of a measure: "the slab measures 4.2 by ____ m",
# «una sala de 20 por ____ metros», "____ by 3 metres" (a unit word allowed between).
BY_BEFORE = re.compile(rf"\b{_PAIR_NUMBER}{_PAIR_UNIT}\s+(?:by|por|x|×)\s+$", re.IGNORECASE)
BY_AFTER = re.compile(rf"^{_PAIR_UNIT}\s+(?:by|por|x|×)\s+{_PAIR_NUMBER}\b", re.IGNORECASE)
# Words that order a figure against what a reader expects of it, beside the gap (a bound, "up
# to", «hasta», is no choice item already: Drafter.bounded; after the gap it is a place's): a bound's
# softer kin ("only", "as many as", «solo», «apenas»), a multiple ("fivefold", "twice", «el
# doble»), besides the comparatives of ORDERING_WORDS and the verbs of change of CHANGE_VERBS
# ("cut to ____": the smallest option; "a new, longer route of ____": the largest).
SIZE_WORDS = {
    "en": r"\b(?:only|just|merely|mere|barely|scarcely|as\s+(?:many|much|few|little)\s+as|no\s+fewer\s+than|twice|half|times\s+(?:as|more|less|fewer|the)|"
          r"\w+-?fold|tripled|trebled|quadrupled|extend\w*|lengthen\w*|shorten\w*|widen\w*|expand\w*)\b",
    "es": r"\b(?:s[oó]lo|solamente|[uú]nicamente|apenas|tan\s+s[oó]lo|nada\s+menos\s+que|doble|triple|mitad|veces\s+(?:m[aá]s|menos|mayor|menor|el|la|lo)|"
          r"alarg\w*|acort\w*|ampli[oó]|ampliad[oa]s?|ensanch\w*)\b",
}
# Comparatives beside the gap ("a new, longer route of ____", «un paseo más largo, de ____»): the
# comparative words of ORDERING_WORDS without its superlatives, whose key extreme_option holds
# only when it is the options' extreme ("the railway's highest point, at ____" among heights all
# above a figure the prompt gives is fair), and without «superior» («la viga superior») or
# «superficie».
COMPARATIVES = {
    "en": r"\b(?:(?:high|low|deep|shallow|larg|bigg|small|long|short|tall|wid|narrow|heavi|light|hott|cold|fast|slow|old|young|great|warm|cool|"
          r"cheap|thick|thinn|steep)e?r|more|less|fewer|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outstrip(?:s|ped)?)\b",
    "es": r"\b(?:m[aá]s|menos|mayor(?:es)?|menor(?:es)?|super(?:a|an|ó|aron|aba|aban|ado|ada)|(?:rebas|sobrepas|exced)\w*)\b",
}
# A definite article just before «más», «mayor» makes a superlative («el punto más alto de la
# línea», «la mayor»), left to extreme_option as in English.
SUPERLATIVE_ARTICLE = {"en": re.compile(r"(?!)"), "es": re.compile(r"\b(?:el|la|los|las|lo|del|al)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)}
# Words of a change that order the new value against the old one ("the fee was cut to ____",
# "rose by ____", «bajó a ____», «se duplicó hasta ____»): narrower than CHANGE_VERBS, whose
# "raised" and «pasaron» also say "collected" and "went by".
CHANGE_CUES = {
    "en": r"\b(?:increas\w*|decreas\w*|rose|risen|fell|fallen|cut|cuts|reduc\w*|doubled|halved|dropp\w*|grew|shr[au]nk|slash\w*|lowered|"
          r"climb\w*|soar\w*|jump\w*|(?:raised|rise|fall|rises|falls)\s+(?:to|by|of)|(?:up|down)\s+by)\b",
    "es": r"\b(?:aument\w*|increment\w*|disminu\w*|redu[jc]\w*|recort\w*|rebaj\w*|duplic\w*|triplic\w*|multiplic\w*|subió|subieron|"
          r"bajó|bajaron|cayó|cayeron|ca[ií]da|crec(?:e|en|i[oó]|ieron|[ií]a|[ií]an)|creci(?:miento|da)|descend\w*|descendió|se\s+elevó)\b",
}
CUE_WORDS_BEFORE = 6  # words of the gap's sentence before it that may order it ("a new, longer walk of ____")
CUE_WORDS_AFTER = 3  # ... and after it, in its clause ("____ more than the old one")
SETTLED_FIGURE = (
    "held back: the sentence's own words ({cue!r}) settle the figure among its options (a figure it pairs the gap with, a word "
    "that orders it): a reader picks without the text; the typed item asks it (blind-sentence-cue)"
)


def figure_cue(before: str, after: str, lang: Language) -> str | None:
    """The words of a figure's sentence (``before`` and ``after`` the figure) that settle it
    among options without the text, or None: another figure joined to it ("5 or ____ per cent",
    "between 28 and ____", "4.2 by ____", «de 12 a ____», «20 por ____»), a comparative, a
    change or a word of size within a few words (COMPARATIVES, CHANGE_CUES, SIZE_WORDS) ("only ____", "as many as ____", "the fee was cut
    to ____", "a new, longer route of about ____", "roughly a fivefold increase on ____",
    «solo ____», «bajó a ____», «un paseo nuevo, más largo, de ____»). A fresh blind reader
    settled most figure choices so: the round neighbour, the option close to the other side,
    the smallest after "cut", the largest after "longer"."""
    code = _code(lang)
    text = f"{before}____{after}"
    at = len(before)
    if (pair := paired_value(text, at, at + 4, lang)) is not None:
        return pair
    if (m := BY_BEFORE.search(before)) is not None:
        return m.group(0).strip() + " ____"
    if (m := BY_AFTER.match(after)) is not None:
        return "____" + m.group(0).rstrip()
    clause = re.split(r"[.;:!?]\s", before)[-1].split()
    near_before = " ".join(clause[-CUE_WORDS_BEFORE:])
    near_after = " ".join(re.split(r"[,.;:!?]", after)[0].split()[:CUE_WORDS_AFTER])
    for lead, words in ((" ".join(clause[:-CUE_WORDS_BEFORE]), near_before), (f"{near_before} ____", near_after)):
        for pattern in (COMPARATIVES[code], CHANGE_CUES[code], SIZE_WORDS[code]):
            for m in re.finditer(pattern, words, re.IGNORECASE):
                if pattern is not COMPARATIVES[code] or not SUPERLATIVE_ARTICLE[code].search(f"{lead} {words[:m.start()]}"):
                    return m.group(0)
    return None


def settled_figure_choice(draft: Draft, lang: Language) -> list[str]:
    """A figure offered with options (a single choice, a cloze's drop-down) whose sentence
    settles it among them (``figure_cue``); the typed numeric item of the same figure stays."""
    code = _code(lang)
    for gap in gaps_of(draft):
        if len(gap.options) < 2 or len(gap.keys) != 1:
            continue
        if any(option_number(o, code) is None or is_date(o, code) for o in gap.options):
            continue  # a name, or a year or date (asked typed anyway: blindness.HELD_DATE)
        before, after = gap.sentence()
        if (cue := figure_cue(before, after, lang)) is not None:
            return [SETTLED_FIGURE.format(cue=cue)]
    return []


# --- (j) a century, decade or year that world history dates (worldknow, issue 10) ---------------

# A gap on a period: "the ____ century", «el siglo ____», "the ____s", «los años ____», «la
# década de ____»; and a year.
CENTURY_GAP = (re.compile(r"\bsiglos?\s*$", re.IGNORECASE), re.compile(r"^\s*[- ]?centur(?:y|ies)\b", re.IGNORECASE))
DECADE_GAP = (re.compile(r"\b(?:años|década\s+de(?:\s+los)?|decenio\s+de(?:\s+los)?)\s*$", re.IGNORECASE), re.compile(r"^['’]?s\b"))
YEAR_KEY = re.compile(r"1\d{3}|20\d{2}")
# Words of an era every reader places in its century: the factory, steam and the railway are the
# nineteenth's (or the twentieth's), Columbus and the conquistadors the sixteenth's, the printing
# press the fifteenth's. Beside one, a century has one or two plausible values, whatever the text
# says. Not a word of a long age ("Roman", "medieval", "colonial"): a Roman bridge is rebuilt
# in any century. The few people here are listed by name: no offline measure tells a famous
# person who dates an era from a common surname ("by Smith": international fame 4.1, higher
# than Columbus's 3.0).
ERA_WORDS = {
    "en": r"industrial\w*|factor(?:y|ies)|steam|railways?|railroads?|Columbus|Magellan|Napoleon|conquistadors?|"
          r"printing\s+press|Renaissance|Reformation|Enlightenment|Victorian|Napoleonic",
    "es": r"industrial\w*|f[aá]bricas?|vapor|ferrocarril\w*|Col[oó]n|Magallanes|Napole[oó]n|conquistador\w*|"
          r"imprenta|Renacimiento|Reforma|Ilustraci[oó]n|napole[oó]nic\w*",
}
# A named event of world history (its head capitalised, as a name is written): "the Allied war
# effort", «la Guerra Civil», "the Great Depression". A war, a revolution, a siege lasts a few
# years: beside one, a century, a decade or a year is what a reader knows of the event.
SHORT_EVENTS = {
    "en": r"War|Wars|Revolution|Battle|Siege|Revolt|Rebellion|Uprising|Rising|Plague|Depression|Crusade|Armada|Armistice|Allied|Allies|Nazis?|Blitz|Holocaust",
    "es": r"Guerra|Revoluci[oó]n|Batalla|Asedio|Revuelta|Rebeli[oó]n|Sublevaci[oó]n|Levantamiento|Mot[ií]n|Peste|Cruzada|Armada|Armisticio|Aliados|Holocausto|Transici[oó]n",
}
# A state or an age lasts long ("the Republic", «el Imperio»): only its moment ("the
# proclamation of the Republic", «la caída del Imperio») is dated by it.
LASTING_EVENTS = {
    "en": r"Republic|Empire|Dynasty|Monarchy|Kingdom|Treaty|Peace|Conquest|Restoration|Reformation|Independence|Constitution",
    "es": r"Rep[uú]blica|Imperio|Dinast[ií]a|Monarqu[ií]a|Reino|Tratado|Paz|Conquista|Reconquista|Restauraci[oó]n|Reforma|Independencia|Constituci[oó]n",
}
EVENT_MOMENTS = {
    "en": r"(?:proclamation|declaration|fall|founding|foundation|birth|end|collapse|signing|outbreak|start|beginning|restoration|abolition)\s+of\s+(?:the\s+)?$",
    "es": r"(?:proclamaci[oó]n|declaraci[oó]n|ca[ií]da|fundaci[oó]n|nacimiento|fin|final|firma|estallido|inicio|comienzo|llegada|advenimiento|abolici[oó]n|restauraci[oó]n)\s+(?:de\s+la|de\s+los|del|de)\s+$",
}
# A qualifier of an event's name that general text writes this often makes it the world's event
# ("Civil", "World", «Segunda», "French"); a local battle's place ("Kelso", 1.9) does not.
EVENT_QUALIFIER_ZIPF = 3.0


def _period(gap_before: str, gap_after: str, key: str) -> str | None:
    """"century", "decade" or "year" for a gap on one, else None."""
    if CENTURY_GAP[0].search(gap_before) or CENTURY_GAP[1].match(gap_after):
        return "century"
    if DECADE_GAP[0].search(gap_before) or DECADE_GAP[1].match(gap_after):
        return "decade"
    if YEAR_KEY.fullmatch(key.strip()):
        return "year"
    return None


NAME_RUN = r"[A-ZÁÉÍÓÚÑ][\w'’]*(?:\s+(?:(?:de|del|of|the|la|los|las)\s+)*[A-ZÁÉÍÓÚÑ][\w'’]*)*"


def _world_event(text: str, lang: Language, moment_only: bool = False) -> str | None:
    """The named world event the text writes ("the Allied war effort", «la Guerra Civil», "the
    proclamation of the Republic"), or None: a capitalised event head inside a name, every other
    capitalised word of the name (but the sentence's first) a common word of the language
    ("Civil", «Segunda»; not a local battle's "Kelso"); a lasting state's only after a word of
    its moment, and with ``moment_only`` every event's (a year: "the outbreak of the Civil
    War" has one, "during the Civil War" three or four)."""
    code = _code(lang)
    short, lasting = re.compile(SHORT_EVENTS[code]), re.compile(LASTING_EVENTS[code])
    moment = re.compile(EVENT_MOMENTS[code], re.IGNORECASE)
    for run in re.finditer(NAME_RUN, text):
        words = re.findall(r"[A-ZÁÉÍÓÚÑ][\w'’]*", run.group(0))
        first = run.start() == 0 or re.search(r"[.!?:]\s*$", text[:run.start()]) is not None
        if first and len(words) > 1:
            words = words[1:]  # "During the Allied ...": the sentence's first word is no part of the name
        elif first and words[0] not in ("Allied", "Allies", "Aliados"):
            continue
        at_moment = moment.search(text[:run.start()]) is not None
        heads = [w for w in words if (short.fullmatch(w) and (at_moment or not moment_only)) or (lasting.fullmatch(w) and at_moment)]
        if heads and all(lang.familiarity(w) >= EVENT_QUALIFIER_ZIPF for w in words if w not in heads):
            return " ".join(words)
    # Spanish writes a few in lower case: «los aliados», «los nazis», «el franquismo».
    lower = re.search(r"\b(?:aliados|nazis?|franquismo)\b", text) if code == "es" and not moment_only else None
    return lower.group(0) if lower else None


_EVENT_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’]+)*"


def _famous_event_before_year(before: str, lang: Language) -> str | None:
    """The famous event whose name stands right before a year's bracket ("the war of the
    Pacific (____)", «la guerra del Pacífico (____)», "the Boer War (____)"): its name's word a
    word general text writes often (EVENT_PART_ZIPF, as event_name_part asks), or None."""
    code = _code(lang)
    heads = EVENT_HEADS[code] + (f"|{LOWER_EVENT_HEADS}" if code == "en" else "")
    after_head = re.search(rf"\b(?P<head>{heads}){LINK[code]}\s+(?P<name>{_EVENT_NAME})\s*\(\s*$", before)
    before_head = re.search(rf"(?P<name>{_EVENT_NAME})\s+(?P<head>{EVENT_HEADS[code]})\s*\(\s*$", before) if code == "en" else None
    for found in (after_head, before_head):
        if found and lang.familiarity(found.group("name")) >= EVENT_PART_ZIPF:
            return found.group(0).rstrip("( ")
    return None


def world_history_date(draft: Draft, lang: Language) -> list[str]:
    """A gap on a century, a decade or a year that general knowledge dates from the rest of
    its prompt (worldknow, kind 1): a century beside a word of its era ("the crop reached
    Europe in the ____ century, after Columbus", «en el siglo ____ el proceso pasó de la cocina
    a la fábrica»); a century or a decade beside a named event of world history ("the Allied
    war effort of the ____s", «durante la Guerra Civil, en los años ____»), a year at its
    moment ("the proclamation of the Republic in ____", «el estallido de la Guerra Civil en
    ____»; not "during the Civil War, in ____", three or four years a reader cannot tell apart). (A year closing a head of state's term, "(2007–____)", is one end
    of a range: giveaways.computed_figure.) Such a period has one or two plausible values, and the reader takes them
    from what they know of the era, not from the text."""
    if draft.kind != "question":
        return []
    code = _code(lang)
    era = re.compile(rf"\b(?:{ERA_WORDS[code]})\b")
    for gap in gaps_of(draft):
        key = next((str(k) for k in gap.keys), "")
        before, after = gap.sentence()
        period = _period(before, after, key)
        if period is None:
            continue
        sentence = f"{before} {after}"
        if period == "year" and (war := _famous_event_before_year(before, lang)):
            return [f"held back: the gap is the year in brackets after {war!r}, a famous event of world history: the reader dates it without the text"]
        if period == "century" and (found := era.search(sentence)):
            return [f"held back: the gap is a century and the prompt names {found.group(0)!r}, a thing of a known era: the reader dates it without the text"]
        if event := _world_event(sentence, lang, moment_only=period == "year"):
            return [f"held back: the gap is a {period} and the prompt names {event!r}, an event of world history: the reader dates it without the text"]
    return []



# Events the world names by their year or their host city (worldgaps): a disaster ("the 2011
# tsunami", «el terremoto de 2010»), a tournament or a fair ("the 1986 World Cup", «el Mundial
# de México 1986», "the Rio 2016 Olympic Games", «la Expo de Sevilla 1992»), a world war. The
# name is the event's, so a reader who never saw the text completes it; the text's own dates
# ("the works reopened in 2012") are what the items ask. Natural disasters name only their
# year (a local flood's town is the text's detail); games and fairs their host city too.
DISASTER_EVENTS = {
    "en": r"tsunami|earthquake|quake|hurricane|typhoon|cyclone|eruption|(?:financial|oil|debt|banking)\s+crisis",
    "es": r"tsunami|maremoto|terremoto|sismo|se[ií]smo|hurac[aá]n|tif[oó]n|cicl[oó]n|erupci[oó]n|"
          r"crisis\s+(?:financiera|bancaria|del\s+petr[oó]leo|de\s+la\s+deuda)",
}
HOSTED_EVENTS = {
    "en": r"World\s+Cup|(?:Summer\s+|Winter\s+)?Olympic\s+Games|(?:Summer\s+|Winter\s+)?Olympics|Paralympic\s+Games|Paralympics|"
          r"Copa\s+Am[eé]rica|Expo|World['’]?s\s+Fair|Commonwealth\s+Games|Pan\s+American\s+Games|European\s+Championships?|Euro|World\s+War",
    "es": r"Mundial|Copa\s+(?:del\s+)?Mundial|Copa\s+del\s+Mundo|Juegos\s+Ol[ií]mpicos(?:\s+de\s+(?:Verano|Invierno))?|Olimpiadas?|"
          r"Juegos\s+Paral[ií]mpicos|Copa\s+Am[eé]rica|Expo|Exposici[oó]n\s+Universal|Eurocopa|Juegos\s+Panamericanos|Guerra\s+Mundial",
}
EVENT_YEAR = r"(?:1[89]\d{2}|20\d{2})"
HOST = r"[A-ZÁÉÍÓÚÑ][\w'’\-]*(?:\s+(?:de\s+|do\s+|da\s+)?[A-ZÁÉÍÓÚÑ][\w'’\-]*)*"


def _event_patterns(code: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """(before, after) patterns for a year gap and for a host's gap naming a world event."""
    disaster, hosted = DISASTER_EVENTS[code], HOSTED_EVENTS[code]
    link = r"\s+(?:of|in)\s+(?:the\s+)?" if code == "en" else r"\s+(?:de|del|en)\s+(?:la\s+|el\s+)?"
    # A disaster is named by "of" («de»): "an earthquake in ____" dates one the text tells of.
    disaster_link = r"\s+of\s+" if code == "en" else r"\s+de\s+"
    host_link = r"\s+(?:of|in)\s+" if code == "en" else r"\s+(?:de|en)\s+"
    flags = re.IGNORECASE
    return {
        "year": (
            # "the ____ tsunami", "the ____ Tohoku earthquake", "the Rio ____ Olympic Games"
            re.compile(rf"^\s*(?:{HOST}\s+)?(?:{disaster})\b", flags),
            re.compile(rf"^\s*(?:{HOST}\s+)?(?:{hosted})\b"),
            # «el terremoto de ____», "the World Cup of ____", «el Mundial de México ____», "the Olympic Games in Rio in ____"
            re.compile(rf"\b(?:{disaster}){disaster_link}$", flags),
            re.compile(rf"\b(?:{hosted})(?:{host_link}{HOST})?(?:{link}|\s+)$"),
        ),
        "host": (
            # "the ____ 2016 Olympic Games", "the ____ Olympics"
            re.compile(rf"^\s*(?:{EVENT_YEAR}\s+)?(?:{hosted})\b"),
            # «los Juegos Olímpicos de ____ 1992», "the Olympic Games in ____ (1992)"
            re.compile(rf"\b(?:{hosted}){host_link}$"),
        ),
    }


def world_event_name_part(draft: Draft, lang: Language) -> list[str]:
    """A gap on the year or the host city that names a world event, the rest of its name
    beside the gap: "while the coast was still recovering from the ____ tsunami" (2004), «se
    clasificó al Mundial de México ____» (1986), "the ____ 2016 Olympic Games" (Rio), «los
    Juegos Olímpicos de Barcelona ____» (1992), «la Expo de ____ 1992» (Sevilla). Typed,
    numeric or picked: the world knows the event by that name, whatever the text."""
    if draft.kind != "question":
        return []
    patterns = _event_patterns(_code(lang))
    year_after_disaster, year_after_hosted, year_before_disaster, year_before_hosted = patterns["year"]
    host_after, host_before = patterns["host"]
    event_key = re.compile(rf"(?:(?:the|el|la|los|las)\s+)?(?:{HOSTED_EVENTS[_code(lang)]})", re.IGNORECASE)
    disaster_key = re.compile(rf"(?:(?:the|el|la|los|las)\s+)?(?:{DISASTER_EVENTS[_code(lang)]})", re.IGNORECASE)
    for gap in gaps_of(draft):
        key = next((str(k).strip() for k in gap.keys), "")
        before, after = gap.sentence()
        if re.fullmatch(EVENT_YEAR, key):
            if (year_after_disaster.match(after) or year_after_hosted.match(after)
                    or year_before_disaster.search(before) or year_before_hosted.search(before)):
                return [f"held back: {key!r} is the year in the name of a world event the sentence gives ({(before[-30:] + '____' + after[:30]).strip()!r}): a reader completes it without the text"]
            continue
        year_beside = re.match(rf"^\s*\(?{EVENT_YEAR}\b", after) or re.search(rf"\b{EVENT_YEAR}\s*$", before)
        # "the Rio 2016 ____": the event itself, named by its host and its year.
        if year_beside and (event_key.fullmatch(key) or disaster_key.fullmatch(key)):
            return [f"held back: {key!r} is a world event the sentence names by its year ({(before[-30:] + '____' + after[:30]).strip()!r}): a reader completes it without the text"]
        if not key[:1].isupper():
            continue
        if host_after.match(after) or (host_before.search(before) and year_beside):
            return [f"held back: {key!r} is the host in the name of a world event the sentence gives ({(before[-30:] + '____' + after[:30]).strip()!r}): a reader completes it without the text"]
    return []

# A nickname given before the gap ("nicknamed 'the ____'", "called him the ____", «le llamaban el
# ____», «lo apodaron la ____») and its reason right after it ("because ...", «porque ...»,
# «por su ...»): the prompt says what the word means (termcards).
NICKNAMED = {
    "en": re.compile(r"\b(?:nicknamed|dubbed|called\s+(?:him|her|them|it)|known\s+as)\s+[‘'“\"]?(?:the\s+)?[‘'“\"]?\s*$", re.IGNORECASE),
    "es": re.compile(
        r"\b(?:(?:le|la|lo|les|los|las)\s+(?:llamaban|llamaron|llamaba|llamó|apodaban|apodaron|apodó|decían|conocían\s+como)"
        r"|apodad[oa]s?|conocid[oa]s?\s+como)\s+[«“\"]?(?:(?:el|la|los|las)\s+)?[«“\"]?\s*$",
        re.IGNORECASE,
    ),
}
NICKNAME_REASON = {
    "en": re.compile(r"^\s*[’'”\"]?\s*,?\s*(?:because|since|as\s+(?:he|she|it|they)|for\s+(?:his|her|its|their))\b", re.IGNORECASE),
    "es": re.compile(r"^\s*[»”\"]?\s*,?\s*(?:porque|pues|ya\s+que|por\s+(?:su|sus|haber|tener|ser|lo|la))\b", re.IGNORECASE),
}


def nickname_reason(draft: Draft, lang: Language) -> list[str]:
    """A gap on a nickname whose reason the prompt gives («le llamaban el ____ porque había
    perdido parte del brazo»: Manco; "nicknamed 'the ____' because he never lost his temper":
    Calm): the reason is the word's meaning, and a reader names it from it."""
    code = _code(lang)
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        if NICKNAMED[code].search(before) and NICKNAME_REASON[code].match(after):
            return ["held back: the prompt says why the nickname was given, which is what the word means: a reader names it from the reason"]
    return []


# A word glossed by its translation right after the gap (integrator, session 16): "____, German
# for “stone street”", "____ (Norwegian for “stick fish”)", "____, literally “white floor”",
# «____, que en quechua significa «suelo blanco»», «____ (en quechua, «suelo blanco»)».
FOREIGN_GLOSS = re.compile(
    r"^\s*[,(]\s*(?:(?:from\s+the\s+)?[A-Z][a-z]+\s+for\s+[\"“‘'«]|literally\s|literalmente\s|"
    r"(?:que\s+)?en\s+[a-záéíóúñ]+(?:\s+antiguo)?,?\s+(?:significa|quiere\s+decir|[\"“‘'«])|(?:voz|palabra)\s+[a-záéíóúñ]+\s+que\s+significa)"
)


# The gap on the translation itself ("yuraqpampa, Quechua for ____", "from the Greek for ____",
# «que en quechua significa ____»): the word before it gives it to whoever knows the language.
TRANSLATION_BEFORE = re.compile(
    r"(?:\b(?P<language>[A-Z][a-z]+)\s+for|\bliterally|\ben\s+[a-záéíóúñ]+,?\s+(?:significa|quiere\s+decir)|\bliteralmente)\s*[\"“‘'«]?\s*$"
)


@functools.cache
def language_names() -> frozenset[str]:
    """The names of the world's languages in English ("German", "Quechua", "Greek"; pycountry's
    ISO 639 table): "German for ____" glosses, "Campaigners for ____" does not."""
    names = {str(lang.name).split(",")[0].split(" (")[0] for lang in pycountry.languages}
    return frozenset(names | {"Greek", "Tuvaluan", "Castilian", "Norse"})


def _translation_before(before: str) -> bool:
    found = TRANSLATION_BEFORE.search(before)
    return found is not None and (found.group("language") is None or found.group("language") in language_names())


def glossed_key(draft: Draft, lang: Language) -> list[str]:
    """A gap on a word general text writes, glossed right after it by the prompt («El fruto es
    una ____, es decir, un fruto seco provisto de una cúpula escamosa»: bellota; "a ____, that
    is, a dry nut held in a scaly cup": acorn): the gloss is the word's meaning, and a reader
    names it from it, as from a card asking what it means (vague_cards.general_term)."""
    markers = [re.compile(rf"^\s*{m}", re.IGNORECASE) for m in lang.restating_markers]
    for gap in gaps_of(draft, typed=True):
        _before, after = gap.sentence()
        key = str(gap.keys[0]) if gap.keys else ""
        if key and (FOREIGN_GLOSS.match(after) or _translation_before(_before or gap.before)):
            return [f"held back: the prompt translates the gap's word ({key!r}) right after it: a reader who knows the language forms it from the translation"]
        if " " in key or not key.isalpha() or not key.islower() or not lang.is_general_word(key):
            continue
        if any(m.match(after) for m in markers):
            return [f"held back: the prompt glosses the gap ({key!r}) right after it, and {key!r} is a word general text writes: a reader names it from the gloss"]
    return []


# --- (k) a famous name completed across its linking word (selfgaps, issue 10) ---------------------

# A capitalised word and a name's linking word right before the gap ("sailed from Rio de ____",
# "the Strait of ____"), the capitalised word no sentence's first word: the name's other words
# stand in the prompt. giveaways.name_part_gap holds a capitalised word right beside the gap;
# across a linking word the rest of the name calls up the key only when the completed name is
# one general text writes: its key that often in the document's language ("Janeiro" 3.5,
# "Gibraltar" 3.4, "Mexico" 4.8); a harbour or a village ("Kettleby" 0, "Tilbury" 2.7,
# "Biscay" 2.3) is the text's detail.
NAME_LINK = r"(?:of|of\s+the|de|del|de\s+la|de\s+los|de\s+las|do|da|dos|das)"
CAPITAL_WORD = r"[A-ZÁÉÍÓÚÑ][\w'’\-]*"
LINKED_BEFORE = re.compile(rf"[\w,]\s+({CAPITAL_WORD})\s+{NAME_LINK}\s+$")
LINKED_AFTER = re.compile(rf"^\s+{NAME_LINK}\s+({CAPITAL_WORD})")
LINKED_KEY_ZIPF = 3.0
# An institution of a place ("the University of ____", «el Banco de ____») names a city or a
# country a reader cannot pick: the name gives the class, not the place.
INSTITUTION_HEADS = re.compile(
    r"(?:universit|universidad|college|colegio|institut|academ|bank|banco|museum|museo|librar|bibliotec|school|escuela|"
    r"hospital|council|consejo|ayuntamiento|diputaci|government|gobierno|ministry|ministerio|department|departamento|"
    r"archiv|church|iglesia|cathedral|catedral|company|compa[nñ]|society|sociedad|club|duke|duque|count|conde|earl|"
    r"bishop|obispo|king|rey|queen|reina|prince|pr[ií]ncipe|mayor|alcalde)", re.IGNORECASE)


def _linked_key(key: str, lang: Language) -> bool:
    """Whether ``key`` is itself a name's head that a linking word continues: a name with a
    lower-case linking word inside ("Cinturón de Fuego") or a place word ("Strait", «Estrecho»)."""
    words = key.split()
    connectors = {fold_word(w) for w in lang.name_connectors} | {"de", "del", "of"}
    if len(words) >= 3 and words[0][:1].isupper() and any(w.islower() and fold_word(w) in connectors for w in words[1:-1]):
        return True
    return len(words) == 1 and fold_word(key) in {fold_word(w) for w in lang.place_words}


def linked_name_part(draft: Draft, lang: Language) -> list[str]:
    """A capitalised gap that is part of a multi-word name whose other word and linking word
    stand beside it: before it ("flew on to Rio de ____": Janeiro; «el Estrecho de ____»:
    Gibraltar), the key a name general text writes (LINKED_KEY_ZIPF) and the word before no
    institution's class; or after it («situado sobre el ____ del Pacífico»: Cinturón de Fuego),
    the key a name's head that goes on. A reader completes the name without the text."""
    titles = {fold_word(t) for t in lang.titles}
    for gap in gaps_of(draft):
        key = next((str(k).strip() for k in gap.keys if str(k)[:1].isupper()), None)
        if key is None:
            continue
        before, after = gap.sentence()
        found = LINKED_BEFORE.search(before)
        if (found and fold_word(found.group(1)) not in titles and not INSTITUTION_HEADS.match(found.group(1))
                and lang.familiarity(key) >= LINKED_KEY_ZIPF and fold_word(key) not in {fold_word(w) for w in lang.place_words}):
            return [f"held back: the key {key!r} completes a well-known name whose other word {found.group(1)!r} and its linking word stand before the gap: general knowledge completes the name"]
        found = LINKED_AFTER.match(after)
        if found and _linked_key(key, lang):
            return [f"held back: the key {key!r} opens a name that goes on after the gap ('… {found.group(1)}'): the prompt shows the rest of the name"]
    return []


# --- (l) a common word named with its reason (selfgaps, issue 10) ---------------------------------

# "the dried fruit, called a ____ because it is a dried grape" (raisin), «una mezcla llamada
# ____ por su alto contenido en sal» (salmuera): "called"/«llamada» before the gap and the
# reason for the name after it. The reason is what the word means: a reader who knows the word
# (a word general text writes) names it from it, as from the reason for a nickname.
NAMED_REASON = {
    "en": re.compile(r"^\s*,?\s*(?:because|since|due\s+to|owing\s+to|as\s+(?:he|she|it|they)|for\s+(?:his|her|its|their))\b", re.IGNORECASE),
    "es": re.compile(r"^\s*,?\s*(?:porque|pues|ya\s+que|debido\s+a|a\s+causa\s+de|por\s+(?:su|sus|ser|tener|estar))\b", re.IGNORECASE),
}
# Wordings of naming beyond the language's own (Language.naming_before): «recibe el nombre de
# ____», «se le llama ____», "takes the name ____".
NAMED_BEFORE = {
    "en": re.compile(r"\b(?:takes?\s+the\s+name|took\s+the\s+name|goes\s+by\s+the\s+name(?:\s+of)?)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:reciben?\s+el\s+nombre\s+de|se\s+(?:le|les)\s+(?:llama|llaman|denomina|denominan|conoce\s+como|conocen\s+como))\s+(?:(?:el|la|los|las|un|una)\s+)?$", re.IGNORECASE),
}


def named_with_reason(draft: Draft, lang: Language) -> list[str]:
    """A gap on a common lower-case word right after "called"/"known as"/«llamada»/«conocido
    como» and followed by the reason for the name ("because it is a dried grape", «por su
    alto contenido en sal»): the prompt gives the word's meaning. A rare term ("mordant",
    «albariza») and a capitalised name (a boat named for its owner) keep their gaps."""
    code = _code(lang)
    for gap in gaps_of(draft, typed=True):
        key = str(gap.keys[0]).strip() if gap.keys else ""
        if " " in key or not key.isalpha() or not key.islower() or not lang.is_general_word(key):
            continue
        before, after = gap.sentence()
        if (lang.naming_before.search(before) or NAMED_BEFORE[code].search(before)) and NAMED_REASON[code].match(after):
            return [f"held back: the prompt names {key!r} with the reason for the name, which is what the word means: a reader names it from the reason"]
    return []


# --- (m) what the prompt or the options settle (promptgives, issue 10) -----------------------------

# Opposites a prompt pairs with one head noun ("the upper deck and the ____ deck", «la tribuna
# oeste y ... la tribuna ____»): folded, each word with its opposite; Spanish with its genders and plurals.
def _opposite_pairs(*pairs: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for pair in pairs:
        one, other = pair.split()
        found[one], found[other] = other, one
    return found


def _es_forms(*pairs: str) -> tuple[str, ...]:
    """Each «alto bajo» pair with its other genders and numbers («alta baja», «altos bajos»...)."""
    forms = []
    for pair in pairs:
        one, other = pair.split()
        forms.append(pair)
        if one.endswith("o") and other.endswith("o"):
            forms += [f"{one[:-1]}a {other[:-1]}a", f"{one}s {other}s", f"{one[:-1]}as {other[:-1]}as"]
        elif not one.endswith("s"):
            forms.append(f"{one}{'es' if one[-1] in 'rl' else 's'} {other}{'es' if other[-1] in 'rl' else 's'}")
    return tuple(forms)


PAIRED_OPPOSITES = {
    "en": _opposite_pairs(
        "north south", "east west", "northern southern", "eastern western", "upper lower", "left right", "inner outer",
        "first last", "top bottom", "front rear", "high low", "upstream downstream", "uphill downhill", "inbound outbound",
        "interior exterior", "inside outside", "near far", "northbound southbound", "eastbound westbound",
    ),
    "es": _opposite_pairs(*_es_forms(
        "norte sur", "este oeste", "oriente poniente", "oriental occidental", "septentrional meridional", "alto bajo",
        "superior inferior", "izquierdo derecho", "interior exterior", "primero ultimo", "delantero trasero", "norteno sureno",
    ), "primer ultimo", "naciente poniente"),
}
TOKEN = re.compile(r"____|[^\W\d_][\w\-]*")


def _token_at(tokens: list[str]) -> Callable[[int], str]:
    """A reader of ``tokens`` by index, "" outside them."""
    return lambda i: tokens[i] if 0 <= i < len(tokens) else ""
JOINED = {"en": {"and", "or"}, "es": {"y", "e", "o", "u"}}


def paired_opposite(draft: Draft, lang: Language) -> list[str]:
    """A key that is the opposite of a word the prompt pairs with the same head noun: "the upper
    deck ... the ____ deck" (lower), «la tribuna oeste ... la tribuna ____» (este), "the inner
    and ____ walls" (outer): the prompt names one side, and the gap is the other."""
    code = _code(lang)
    table = PAIRED_OPPOSITES[code]
    stop = lang.words.stop_words
    for gap in gaps_of(draft):
        keys = {fold_word(k.strip()) for k in gap.keys}
        before, after = gap.sentence()
        tokens = [*(fold_word(t) for t in TOKEN.findall(before)), "\0", *(fold_word(t) for t in TOKEN.findall(after))]
        at = tokens.index("\0")
        word = _token_at(tokens)

        for key in keys & table.keys():
            for i, w in enumerate(tokens):
                if w != table[key]:
                    continue
                same_after = word(i + 1) == word(at + 1) and word(at + 1) not in stop | {"", "____"}
                same_before = word(i - 1) == word(at - 1) and word(at - 1) not in stop | {"", "____"}
                joined = (i + 2 == at and word(i + 1) in JOINED[code]) or (at + 2 == i and word(at + 1) in JOINED[code])
                if same_after or same_before or joined:
                    return [f"held back: the prompt pairs {w!r} with the same noun as the gap, and the key {key!r} is its opposite: the reader names the other side"]
    return []


# A renaming beside the gap: "X, or ____", "____, or X", «X, o ____», "X (____)", "____ (X)".
RENAMING_OR = {"en": r"or", "es": r"[ou]"}
# Everyday words of the pair en/es a renaming translates word for word ("white cheese, or queso
# blanco", «el agua de cebada, o barley water»): the plain words of food, colour, water and land.
TRANSLATION_PAIRS = (
    "white blanco", "black negro", "red rojo", "green verde", "yellow amarillo", "brown pardo", "cheese queso",
    "bread pan", "corn maiz", "maize maiz", "water agua", "barley cebada", "wheat trigo", "rye centeno", "rice arroz",
    "milk leche", "fresh fresco", "dry seco", "dried seco", "salt sal", "sweet dulce", "bitter amargo", "potato papa",
    "potatoes papas", "bean frijol", "beans frijoles", "soup sopa", "meat carne", "fish pescado", "oil aceite",
    "wine vino", "honey miel", "flour harina", "house casa", "river rio", "sea mar", "wall muro", "stone piedra",
    "tree arbol", "flower flor", "mountain monte", "field campo", "road camino", "old viejo", "new nuevo", "big grande",
    "small pequeno", "little chico", "high alto", "low bajo", "hot caliente", "cold frio", "sugar azucar", "egg huevo",
    "leaf hoja", "leaves hojas", "root raiz", "seed semilla", "cake torta", "chicken pollo", "pork cerdo", "beef res", "corn elote",
)
SPANISH_FORMS = {"blanca": "white", "negra": "black", "roja": "red", "amarilla": "yellow", "parda": "brown", "fresca": "fresh",
                 "seca": "dry", "amarga": "bitter", "vieja": "old", "nueva": "new", "pequena": "small", "chica": "little",
                 "alta": "high", "baja": "low", "fria": "cold", "negros": "black", "blancos": "white"}
GLOSSES: dict[str, set[str]] = {}
for _pair in TRANSLATION_PAIRS:
    _en, _es = _pair.split()
    GLOSSES.setdefault(_en, {_en}).add(_es)
    GLOSSES.setdefault(_es, {_es}).add(_en)
for _es, _en in SPANISH_FORMS.items():
    GLOSSES.setdefault(_es, {_es}).update(GLOSSES.get(_en, {_en}))


def _renders(word: str, other: str) -> bool:
    """Whether ``word`` says ``other`` in the other language, or in a word of the same meaning
    («elote» and «maíz», both "corn")."""
    glosses = GLOSSES.get(word, {word})
    return bool(glosses & GLOSSES.get(other, {other})) or other in glosses


def _content_words(text: str, lang: Language) -> set[str]:
    stop = lang.words.stop_words
    return {w.removesuffix("s") if len(w) > 3 else w for w in (fold_word(t) for t in re.findall(r"[^\W\d_]+", text)) if w not in stop and len(w) > 2}


NOUN_LINKS = frozenset(("of", "de", "del"))


def _renamed_phrase(before: str, after: str, code: str, lang: Language) -> str | None:
    """The other name the prompt gives right beside the gap in a renaming, or None."""
    or_word = RENAMING_OR[code]
    closed = re.match(r"\s*(?:[,;:.)!?»”\"]|$)", after)
    # The renaming may write some of its words before the gap («el pan de maíz, o pan de ____»).
    m = re.search(rf"([^\W\d_][\w\s\-'’]*?)\s*(?:,\s+{or_word}|\()(?:\s*[^\W\d_][\w\-'’]*){{0,3}}\s*$", before)
    if m and closed:
        words = m.group(1).split()
        # The phrase after its last small word ("built the sea wall" → "sea wall"), at most four words.
        # A noun's own "of"/«de» stays inside it («el pan de maíz»).
        cut = max((i + 1 for i, w in enumerate(words) if fold_word(w) in lang.words.stop_words - NOUN_LINKS and i < len(words) - 1), default=0)
        phrase = words[cut:][-4:]
        while phrase and fold_word(phrase[0]) in lang.words.stop_words:
            phrase = phrase[1:]
        return " ".join(phrase) or None
    m = re.match(rf"\s*(?:,\s+{or_word}\s+|\(\s*)((?:[^\W\d_][\w\-'’]*\s*){{1,5}}?)\s*(?:[,;:.)!?»”\"]|$)", after)
    if m:
        words = m.group(1).split()
        while words and fold_word(words[0]) in lang.words.stop_words:
            words = words[1:]
        return " ".join(words) or None
    return None


def repeated_renaming(draft: Draft, lang: Language) -> list[str]:
    """A gap on a renaming whose other name the prompt gives, where the key repeats a word of
    it ("Black chuño, or ____": chuño negro; "the sea wall, or ____": sea-wall dyke) or is it word
    for word in the other language of the pair en/es ("White cheese, or ____": queso blanco):
    the reader copies or translates it."""
    code = _code(lang)
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        other = _renamed_phrase(before, after, code, lang)
        if other is None:
            continue
        named = _content_words(other, lang)
        for key in gap.keys:
            words = _content_words(key.replace("-", " "), lang)
            if not words or not named:
                continue
            shared = words & named
            translated = all(any(_renders(w, n) for n in named) for w in words) or all(any(_renders(n, w) for w in words) for n in named)
            if shared or translated:
                why = f"repeats {sorted(shared)[0]!r} of it" if shared else "translates it word for word"
                return [f"held back: the prompt gives the key's other name beside the gap ({other!r}) and the key {why}: the reader copies it"]
    return []


# A superlative beside the gap among figures ("the longest measured ____ km", «la más larga medía
# ____ km»): the options' extreme in its direction is the test-wise pick.
SUPERLATIVE_UP = {
    "en": r"\b(?:longest|largest|highest|biggest|greatest|tallest|widest|deepest|heaviest|farthest|furthest|fastest|most|maximum|peak)\b",
    "es": r"\b(?:m[aá]s\s+(?:larg|alt|grand|anch|profund|pesad|extens|caudalos|rápid|rapid|lejan|numeros)\w*|mayor(?:es)?|m[aá]xim[oa]s?)\b",
}
SUPERLATIVE_DOWN = {
    "en": r"\b(?:smallest|shortest|least|lowest|fewest|narrowest|shallowest|lightest|slowest|minimum)\b",
    "es": r"\b(?:m[aá]s\s+(?:cort|baj|pequeñ|pequen|estrech|lent|liger)\w*|menor(?:es)?|m[ií]nim[oa]s?|menos)\b",
}
SUPERLATIVE_WINDOW = 8  # words at most between the superlative and the gap it comes before


def extreme_option(draft: Draft, lang: Language) -> list[str]:
    """A choice among figures whose prompt puts a superlative beside the gap and whose key is
    the options' extreme in its direction ("the longest measured ____ km" offering 105, 278,
    445): a test-wise reader picks the largest. The typed numeric form asks the same and stays."""
    code = _code(lang)
    for gap in gaps_of(draft):
        if len(gap.options) < 2 or len(gap.keys) != 1:
            continue
        before, _after = gap.sentence()
        # Before the gap only: one after it («20 por ____ y la más pequeña 6 por 4») is another thing's.
        near = " ".join(before.split()[-SUPERLATIVE_WINDOW:])
        up = re.search(SUPERLATIVE_UP[code], near, re.IGNORECASE)
        down = re.search(SUPERLATIVE_DOWN[code], near, re.IGNORECASE)
        if bool(up) == bool(down):
            continue
        figures = [_figure(o, code) for o in gap.options]
        key = _figure(gap.keys[0], code)
        if key is None or any(f is None for f in figures) or any(YEAR_FIGURE.fullmatch(o.strip()) for o in gap.options):
            continue
        values = [f[0] for f in figures if f is not None and f[1] == key[1]]
        if len(values) != len(gap.options):
            continue
        if (up and key[0] == max(values)) or (down and key[0] == min(values)):
            word = (up or down).group(0)  # type: ignore[union-attr]
            return [f"held back: the prompt says {word!r} beside the gap and the key is the options' extreme that way: a test-wise reader picks it"]
    return []


# The measures every handbook gives (a short table): the two sides of a standard sports field, a
# court or a pool ("a pitch of 105 by ____ metres", «una cancha de 28 por ____ metros»), and the
# standard distances (a marathon's 42.195 km, a running track's 400 m).
SPORT_GROUNDS = r"pitch|field|ground|court|pool|rink|arena|campo|cancha|pista|piscina|terreno\s+de\s+juego"
STANDARD_SIDES: tuple[tuple[float, float], ...] = (
    (105, 68), (100, 64), (110, 75), (28, 15), (50, 25), (25, 12.5), (18, 9), (40, 20), (23.77, 10.97), (23.77, 8.23),
    (13.4, 6.1), (100, 70), (91.4, 55), (60, 30),
)
METRES = r"m\b|metres?|meters?|metros?"
KILOMETRES = r"km\b|kilometres?|kilometers?|kil[oó]metros?"
STANDARD_DISTANCES: tuple[tuple[float, str, str], ...] = (
    (42.195, r"marathon|marat[oó]n", KILOMETRES), (42.2, r"marathon|marat[oó]n", KILOMETRES), (42, r"marathon|marat[oó]n", KILOMETRES),
    (21.0975, r"half[\s-]marathon|media\s+marat[oó]n", KILOMETRES), (21.1, r"half[\s-]marathon|media\s+marat[oó]n", KILOMETRES),
    (400, r"(?:running|athletics|race)\s+track|pista\s+de\s+atletismo|track\s+was|pista\s+(?:medía|tenía|mide|tiene)", METRES),
    (50, r"olympic\s+pool|piscina\s+ol[ií]mpica", METRES),
)
BY = r"(?:by|x|×|por)"


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 0.001


def standard_measure(draft: Draft, lang: Language) -> list[str]:
    """A gap on a standard measure the prompt names the thing of: a side of a sports field,
    court or pool the other side of which it gives ("a pitch of 105 by ____ metres": 68), or a
    standard race or track ("a marathon of ____ km": 42.195; "a marathon of 42.195 ____": km)."""
    code = _code(lang)
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        sentence = f"{before} ____ {after}"
        keys = []
        for k in gap.keys:
            try:
                keys.append(read_number(k.strip(), code))
            except (NumberError, ValueError):
                continue
        if re.search(rf"\b(?:{SPORT_GROUNDS})\b", sentence, re.IGNORECASE):
            sides = [m.group(1) for m in [re.search(rf"(\d[\d.,]*)\s*(?:m|metres?|meters?|metros?)?\s+{BY}\s*$", before, re.IGNORECASE)] if m]
            sides += [m.group(1) for m in [re.match(rf"^\s*(?:m|metres?|meters?|metros?)?\s*{BY}\s+(\d[\d.,]*)", after, re.IGNORECASE)] if m]
            for side in sides:
                try:
                    given = read_number(side, code)
                except NumberError:
                    continue
                if any((_close(given, a) and _close(k, b)) or (_close(given, b) and _close(k, a)) for a, b in STANDARD_SIDES for k in keys):
                    return [f"held back: the prompt gives one side ({side}) of a standard sports ground and the gap is the other, which every handbook gives"]
        for value, thing, unit in STANDARD_DISTANCES:
            if not re.search(rf"\b(?:{thing})", sentence, re.IGNORECASE):
                continue
            if any(_close(k, value) for k in keys) and re.match(rf"^\s*(?:{unit})", after, re.IGNORECASE):
                return [f"held back: the gap is the standard measure of a {re.search(thing, sentence, re.IGNORECASE).group(0)} ({value:g}), which every handbook gives"]  # type: ignore[union-attr]
            figure = re.search(r"(\d[\d.,]*)\s*$", before)
            if figure and any(re.fullmatch(unit, k.strip(), re.IGNORECASE) for k in gap.keys):
                try:
                    if _close(read_number(figure.group(1), code), value):
                        return [f"held back: the gap is the unit of a standard measure ({figure.group(1)}), which every handbook gives"]
                except NumberError:
                    continue
    return []


# Two options that are opposite directions ("reducing"/"increasing", «aumentó»/«redujo»): the
# wrong one makes its own sentence contradict itself, so logic alone answers.
DIRECTION_UP = {
    "en": r"(?:increas|rais|rise|rose|risen|rising|grow|grew|higher|more|expand|boost|strength|accelerat|lengthen|widen|deepen|larger|faster|gain|heighten|intensif|amplif)",
    "es": r"(?:aument|crec|sub[ieí]|elev|increment|ampli|amplí|mayor|más|mas\b|aceler|fortalec|alarg|agrand|intensific|ensanch)",
}
DIRECTION_DOWN = {
    "en": r"(?:reduc|decreas|lower|fall|fell|drop|declin|shrink|shrank|less|fewer|weaken|slow|shorten|narrow|smaller|diminish|lessen|cut)",
    "es": r"(?:reduc|redu[jz]|disminu|baj|descend|desciend|mengu|menor|menos|fren|debilit|acort|ca[eíy]|achic|estrech|rebaj)",
}


# What the wrong direction would contradict: a reason or a consequence in the same sentence
# ("because more water reaches its bed", "..., so the wheel turned faster", «por lo que ...»), or
# the gap opening a consequence clause after a comma ("washes out the salts, {reducing|increasing}
# the bitterness", «..., lo que {1} el amargor»). A bare statement of a direction ("a thicker coat
# reduces the water the pot takes in") is the text's own, kept as a paragraph's last resort
# (statements.opposite, reviews 10, 11, 13).
DIRECTION_REASON = {
    "en": re.compile(r"\b(?:because|since|so|therefore|thus|hence|as\s+a\s+result|which\s+is\s+why|due\s+to|owing\s+to|thanks\s+to)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:porque|ya\s+que|pues|puesto\s+que|debido\s+a|gracias\s+a|por\s+eso|por\s+lo\s+que|as[ií]\s+que|de\s+(?:modo|manera|forma)\s+que|lo\s+que)\b", re.IGNORECASE),
}
CONSEQUENCE_OPENER = {"en": r"[a-z]+ing", "es": r"[a-záéíóú]+(?:ando|iendo)"}


def two_way_direction(draft: Draft, lang: Language) -> list[str]:
    """A choice or cloze of just two options, one direction and its opposite, whose sentence
    gives a reason or a consequence to weigh them against ("Soaking washes out the salts,
    {reducing|increasing} the bitterness"; "four times {faster|slower} than in winter because
    more water reaches its bed"; «la presa ____ el caudal, por lo que el molino paraba»): the
    wrong direction makes the sentence contradict itself, and logic answers it. A third
    plausible option would keep it; the drafter offers none, so it is held."""
    code = _code(lang)
    for gap in gaps_of(draft):
        if len(gap.options) != 2:
            continue
        firsts = [fold_word(o.split()[0]) if o.split() else "" for o in gap.options]
        up = [bool(re.match(DIRECTION_UP[code], w)) for w in firsts]
        down = [bool(re.match(DIRECTION_DOWN[code], w)) for w in firsts]
        if not ((up[0] and down[1] and not down[0] and not up[1]) or (up[1] and down[0] and not down[1] and not up[0])):
            continue
        before, after = gap.sentence()
        reason = DIRECTION_REASON[code].search(f"{before} ____ {after}")
        consequence = re.search(r",\s*$", before) and all(re.fullmatch(CONSEQUENCE_OPENER[code], o.split()[0], re.IGNORECASE) for o in gap.options)
        if reason or consequence:
            cue = reason.group(0) if reason else "a consequence clause"
            return [f"held back: the two options are opposite directions ({gap.options[0]!r}, {gap.options[1]!r}) and the sentence gives {cue!r} to weigh them against: the wrong one contradicts it, so logic answers it"]
    return []


def figure_after_an(draft: Draft, lang: Language) -> list[str]:
    """A figure gap right after "an" ("an ____ per cent saving", "an ____-hour shift"): only a
    figure spoken from a vowel fits (8, 11, 18, 80-89, 800s), so the article all but gives the
    key, typed or offered with options (integrator, session 16: "an 80 per cent rate")."""
    if _code(lang) != "en" or draft.kind != "question":
        return []
    for gap in gaps_of(draft):
        before, _after = gap.sentence()
        if re.search(r"\ban\s*$", before, re.IGNORECASE) and any(re.match(r"\d", str(k)) for k in gap.keys):
            return ["held back: the gap's figure follows \"an\", which only a figure spoken from a vowel (eight, eleven, eighteen, eighty) fits: the article narrows the key"]
    return []

# --- a count the prompt's comparison settles (givesaway3, issue 10) ------------------------------

# Words that compare the key with another figure of the prompt: "more than any other club, with
# Porthleven close behind on 17", "two fewer than the 19 of Penwith", «más que ningún otro,
# seguido de cerca por Moaña con 17», «uno menos que los 18 del Bueu».
COMPARISON_CUES = {
    "en": re.compile(r"\b(?:more|fewer|less|behind|ahead|runners?-up|trail(?:s|ed|ing)?|edg(?:e|es|ed|ing)|short\s+of|beat(?:s|en|ing)?)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:m[aá]s|menos|detr[aá]s|por\s+delante|seguid[oa]s?|subcampe[oó]n\w*|a\s+(?:un|una|dos|tres)\s+\w+\s+de|super(?:a|ó|aba|ado))(?!\w)", re.IGNORECASE),
}
# A difference the prompt states ("two fewer than", «uno menos que», "three behind").
STATED_DIFFERENCE = {
    "en": re.compile(r"\b(?P<count>\w+)\s+(?:more|fewer|less|behind|ahead)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?P<count>\w+)\s+(?:m[aá]s|menos)\s+(?:que|de)\b", re.IGNORECASE),
}
COMPARED_STEP = 1  # a key this close to the compared figure is the comparison's next count


def compared_count(draft: Draft, lang: Language) -> list[str]:
    """A count one above or below a figure the prompt compares it with, or the compared figure
    and the difference the prompt states: "won the cup ____ times, more than any other club,
    with Porthleven close behind on 17" (18), «suma ____ títulos, uno menos que los 18 del Bueu»
    (17). The comparison bounds the key to the next count: a reader needs no text. Typed,
    numeric or offered with options alike."""
    code = _code(lang)
    for gap in gaps_of(draft):
        keys = [read for k in gap.keys[:1] if (read := _figure(k, code)) is not None]
        if not keys or keys[0][0] != int(keys[0][0]):
            continue
        value = keys[0][0]
        before, after = gap.sentence()
        sentence = f"{before} ____ {after}"
        if not COMPARISON_CUES[code].search(sentence):
            continue
        others = [v for _m, _ahead, v, _u in _prompt_figures(before, after, code) if v != value]
        differences = {float(COMPARED_STEP)}
        for m in STATED_DIFFERENCE[code].finditer(sentence):
            word = fold_word(m.group("count"))
            if word.isdigit():
                differences.add(float(word))
            elif isinstance(count := NUMBER_WORDS[code].get(word), int):
                differences.add(float(count))
        for other in others:
            if any(_same(abs(value - other), d) for d in differences):
                return [f"held back: the prompt compares the key ({value:g}) with its own figure {other:g}: the comparison gives the count away"]
    return []

# --- a figure the prompt's product computes (givesaway3, issue 10) ------------------------------

# Figures joined by a multiplication ("15 by 6 by 2 metres", «15 por 6 por 2 metros», "15 × 6 m",
# "the 14 trays by 1.6 kilograms"): a few words (a unit, "the") may stand beside each figure.
_TIMES = {"en": r"(?:×|x|by|times)", "es": r"(?:×|x|por|veces)"}
_FACTOR_WORDS = r"(?:\s+(?!by\b|por\b|x\b|times\b|veces\b)[^\W\d_]+){0,2}"
# A dimension ("40 m long", «40 m de largo»): their product is an area or a volume.
_DIMENSION = {
    "en": r"(?:long|wide|deep|high|tall|thick|in\s+length|in\s+width|in\s+depth|in\s+height)",
    "es": r"(?:de\s+(?:largo|ancho|alto|altura|fondo|profundidad|longitud|anchura|espesor|grosor))",
}
# A rate ("45 litres a minute", «45 litros por minuto», "1.6 kilograms a square metre") and the
# quantity of its second unit the prompt gives ("in an hour", "12 square metres").
_PER = {"en": r"(?:a|an|per|each|every)", "es": r"(?:por|al|a\s+la|cada|por\s+cada)"}
_ONE = {"en": r"(?:a|an|one)", "es": r"(?:un|una|uno)"}
TIME_SECONDS = {
    "second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600, "day": 86400, "days": 86400,
    "week": 604800, "weeks": 604800, "year": 31536000, "years": 31536000,
    "segundo": 1, "segundos": 1, "minuto": 60, "minutos": 60, "hora": 3600, "horas": 3600, "dia": 86400, "dias": 86400,
    "semana": 604800, "semanas": 604800, "ano": 31536000, "anos": 31536000,
}
PRODUCT_MARGIN = 0.05  # a result the text rounds ("close to 22", «unos 22»): as answers.COMPUTED_MARGIN


def _unit_forms(word: str) -> set[str]:
    """A unit word and its singulars ("metres": metre; «horas»: hora; «meses»: mes)."""
    folded = fold_word(word)
    return {folded, *([folded[:-1]] if folded.endswith("s") else []), *([folded[:-2]] if folded.endswith("es") else [])}


def _products(text: str, lang: Language) -> list[tuple[list[tuple[int, int]], float]]:
    """The multiplications ``text`` writes, each as (its figures' spans, their product): figures
    joined by "by"/«por»/"×", the dimensions it gives ("40 m long, 9 m wide and 3 m high"), a
    rate times a quantity of its second unit ("45 litres a minute ... in an hour": 2,700)."""
    code = _code(lang)
    conv = lang.numbers
    g, d = re.escape(conv.group), re.escape(conv.decimal)
    number = rf"(?<![\w.,])(?:\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?)(?![\w]|[.,]\d)"
    figures = [(m.span(), v) for m in re.finditer(number, text) if (v := number_in(m.group(), lang)) is not None and not YEAR_FIGURE.fullmatch(m.group())]
    found: list[tuple[list[tuple[int, int]], float]] = []
    # Figures joined by a multiplication sign or word, side by side.
    chain: list[tuple[tuple[int, int], float]] = []
    chains: list[list[tuple[tuple[int, int], float]]] = []
    for (span, value) in figures:
        if chain and re.fullmatch(rf"{_FACTOR_WORDS}\s*{_TIMES[code]}\s+(?:(?:the|los|las|el|la)\s+)?", text[chain[-1][0][1]:span[0]], re.IGNORECASE):
            chain.append((span, value))
            continue
        if len(chain) >= 2:
            chains.append(chain)
        chain = [(span, value)]
    if len(chain) >= 2:
        chains.append(chain)
    found += [([c[0] for c in links], _product(c[1] for c in links)) for links in chains]
    # Dimensions: a figure, a unit, and a word of extent.
    dims = [(span, value) for span, value in figures if re.match(rf"\s*[^\W\d_]+\.?\s+{_DIMENSION[code]}\b", text[span[1]:], re.IGNORECASE)]
    for size in (2, 3):
        for group in itertools.combinations(dims, size):
            found.append(([s for s, _v in group], _product(v for _s, v in group)))
    # A side by a side and a depth: "4 metres by 4 metres and 1.2 metres deep" (integrator, session 17).
    for links in chains:
        for span, value in dims:
            if span not in [c[0] for c in links]:
                found.append(([*(c[0] for c in links), span], _product(c[1] for c in links) * value))
    # A rate and a quantity of its second unit.
    for span, value in figures:
        rate = re.match(rf"\s*(?:[^\W\d_]+\s+){{1,2}}?{_PER[code]}\s+(?P<unit>(?:square\s+|cubic\s+)?[^\W\d_]+(?:\s+(?:cuadrad|c[uú]bic)[oa]s?)?)\b", text[span[1]:], re.IGNORECASE)
        if not rate:
            continue
        unit = _unit_forms(rate.group("unit").split()[-1] if code == "en" else rate.group("unit").split()[0])
        unit_seconds = TIME_SECONDS.get(fold_word(rate.group("unit")))
        for other_span, other in figures:
            if other_span == span:
                continue
            after = re.match(r"\s*(?:square\s+|cubic\s+)?([^\W\d_]+)", text[other_span[1]:], re.IGNORECASE)
            if after and _unit_forms(after.group(1)) & unit:
                found.append(([span, other_span], value * other))
            elif after and unit_seconds and (seconds := TIME_SECONDS.get(fold_word(after.group(1)))):
                found.append(([span, other_span], value * other * seconds / unit_seconds))
        if unit_seconds:
            for one in re.finditer(rf"\b(?:in|over|during|for|en|durante)\s+{_ONE[code]}\s+([^\W\d_]+)", text, re.IGNORECASE):
                if (seconds := TIME_SECONDS.get(fold_word(one.group(1)))) and seconds != unit_seconds:
                    found.append(([span], value * seconds / unit_seconds))
    return found


def _product(values: Iterable[float]) -> float:
    result = 1.0
    for v in values:
        result *= v
    return result


def product_within(text: str, lang: Language) -> str | None:
    """The product one of ``text``'s figures is of its others ("15 by 6 by 2 metres ... about
    180 cubic metres": "15 × 6 × 2 = 180"), or None: a statement whose figures compute one
    another is settled by arithmetic once one is swapped (statements.computed_within)."""
    figures = {m.span(): v for m in re.finditer(r"(?<![\w.,])\d[\d.,]*\d|(?<![\w.,])\d", text) if (v := number_in(m.group().rstrip(".,"), lang)) is not None}
    for spans, result in _products(text, lang):
        for span, value in figures.items():
            if result and span not in spans and abs(value - result) <= PRODUCT_MARGIN * abs(result):
                return " × ".join(text[a:b] for a, b in spans) + f" ≈ {text[span[0]:span[1]]}"
    return None


def computed_product(draft: Draft, lang: Language) -> list[str]:
    """A figure the prompt computes by a multiplication of its own figures, the key one of its
    factors or its result: dimensions and the volume they make ("measures 15 by 6 by ____
    metres, so it holds about 180 cubic metres", «mide 15 por 6 por 2 metros, ... unos ____
    metros cúbicos», "40 m long and ____ m wide, 360 square metres"), a product written out
    ("Multiplying the 14 trays by ____ kilograms gives close to 22"), a rate and a time or a
    quantity of its unit ("____ litres a minute, or 2,700 litres in an hour"). The result may
    be the text's rounding of the product (PRODUCT_MARGIN)."""
    for gap in gaps_of(draft):
        key = next((k.strip() for k in gap.keys[:1] if re.fullmatch(r"\d[\d.,]*", k.strip())), None)
        if key is None:
            continue
        if draft.item.get("type") == "numeric":
            key = key.replace(".", lang.numbers.decimal)  # the answer as a float: "1.6", written «1,6»
        before, after = gap.sentence()
        text = f"{before}{key}{after}"
        at = (len(before), len(before) + len(key))
        figures = {m.span(): v for m in re.finditer(r"(?<![\w.,])\d[\d.,]*\d|(?<![\w.,])\d", text) if (v := number_in(m.group().rstrip(".,"), lang)) is not None}
        for spans, result in _products(text, lang):
            if not result:
                continue
            for span, value in figures.items():
                if span in spans or abs(value - result) > PRODUCT_MARGIN * abs(result):
                    continue
                if at in spans or span == at:
                    return [f"held back: the prompt computes the key by a multiplication of its own figures ({result:g}): arithmetic gives it, no figure to recall"]
    return []

# --- an ordering's step cut mid-phrase (givesaway3, issue 10) ------------------------------------

# A step that ends on a participle whose complement was cut with its date ("Crews have raced for
# the Mayor's Shield, introduced" of "..., introduced in 1921"; "The ladies' race, first rowed";
# «..., creado»): after a comma, one adverb at most between.
_IRREGULAR_PARTICIPLES_TEXT = """built begun born brought bought caught chosen done drawn driven eaten fallen found
    flown forgotten frozen given gone grown held hidden known laid led left lost made meant met paid put read rebuilt
    run said seen sent set shown shut sold spent spoken stood struck sung sunk taken taught thrown told torn undertaken
    won worn written"""
_IRREGULAR_PARTICIPLES = frozenset(_IRREGULAR_PARTICIPLES_TEXT.split())
DANGLING_PARTICIPLE = {
    "en": re.compile(r",\s+(?:[a-z]+ly\s+|first\s+|later\s+|then\s+|once\s+)?(?P<word>[a-z]+)$"),
    "es": re.compile(r",\s+(?:[a-záéíóúñ]+mente\s+|luego\s+|ya\s+)?(?P<word>[a-záéíóúñ]+(?:ad|id|ít|ich|iert|uest)[oa]s?)$"),
}
# A Spanish step of a verb and its subject alone («Concluye el tramo»): the stretch, the works,
# the phase it names was said by the words cut away.
BARE_VERB_SUBJECT = re.compile(r"^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+(?:el|la|los|las)\s+[a-záéíóúñ]+$")


# Words that open a phrase and never end one: an article, a possessive, a preposition that takes
# its object, a conjunction ("... moved the finish to the", «... la caseta de los»). Not the
# particles a phrasal verb ends on ("taken down", "set up", "switched on", "let in"), nor a
# word that is also a noun or an adjective («el muelle este»: east).
_STEP_END_WORDS_TEXT = {
    "en": "a an the of to for from with into onto and or but nor than as their its his her our your my whose",
    "es": "el la los las un una unos unas de del al a con por para en entre hasta desde sobre sin y e o u ni que su sus cuyo cuya cuyos cuyas",
}
STEP_END_WORDS = {code: frozenset(words.split()) for code, words in _STEP_END_WORDS_TEXT.items()}


def _participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or (word.endswith("ed") and len(word) > 4)


def cut_step_reason(step: str, lang: Language) -> str | None:
    """Why an ordering's step is no self-contained step (cut mid-phrase), or None: it ends on a
    participle whose complement was cut ("..., introduced", «..., creada»), on a small word
    ("... to the", «... de la»), or it is a Spanish verb and its subject alone («Concluye el
    tramo»)."""
    code = _code(lang)
    text = step.strip().rstrip(".")
    words = text.split()
    if not words:
        return None
    if (dangling := DANGLING_PARTICIPLE[code].search(text)) and (code == "es" or _participle(dangling.group("word"))):
        return f"its step {step!r} ends on a participle cut from its complement"
    if fold_word(words[-1]) in STEP_END_WORDS[code]:
        return f"its step {step!r} ends on a small word, cut mid-phrase"
    if code == "es" and BARE_VERB_SUBJECT.match(text) and fold_word(words[0]) not in {fold_word(w) for w in lang.determiners}:
        return f"its step {step!r} is a verb and its subject alone, what it names cut away"
    return None


def cut_step(draft: Draft, lang: Language) -> list[str]:
    """An ordering one of whose steps is cut mid-phrase (``cut_step_reason``): a reader cannot
    tell what the step says happened, let alone when (fresh reviewers, session 17)."""
    if draft.kind != "question" or draft.item.get("type") != "ordering":
        return []
    for step in draft.item.get("items") or []:
        if (why := cut_step_reason(str(step), lang)) is not None:
            return [f"held back: {why}: each step must say what happened, and to what"]
    return []


# --- the integrator's kinds of the end review (session 17, issue 10) -------------------------------

# A name's initials after the gap: «____. M. Arriaga», "the ____. R. Hale Reservoir".
INITIAL_AFTER = re.compile(r"^\.\s*[A-ZÁÉÍÓÚÑ]\.")
# A list line's label opening a statement: "Soaking: the hides lie ...", «Remojo: las pieles ...».
LABEL_OPENING = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ][\w'’\-]*)(?:\s+[\w'’\-]+){0,2}:\s+\S")
ACCEPT_SHOWN_LENGTH = 4  # an accepted form this long or longer, written in the prompt, shows the answer


def initial_cut(draft: Draft, lang: Language) -> list[str]:
    """A gap keyed on a name cut at an initial («____. M. Arriaga» keyed «Embalse Norte J», whose
    J a numeral reading turns into «Embalse Norte 1»): the key ends on one capital letter and
    the name goes on after the gap with another initial. The learner reads half a name and
    types a letter no one would (fresh review, session 17)."""
    for gap in gaps_of(draft, typed=True):
        key = str(gap.keys[0]) if gap.keys else ""
        if re.search(r"(?:^|\s)[A-ZÁÉÍÓÚÑ]$", key) and INITIAL_AFTER.match(gap.after):
            return ["held back: the gap cuts a name at an initial (the rest of the name, its next initial and surname, stays in the prompt)"]
    return []


def accepted_form_shown(draft: Draft, lang: Language) -> list[str]:
    """A gap one of whose accepted answers the prompt itself writes: "the crowds in ____, ... two
    Bombay clubs" keyed Mumbai, which accepts the city's other name Bombay (a renamed place, a
    short form, a surname): the learner copies it from the prompt (fresh review, session 17)."""
    for gap in gaps_of(draft, typed=True):
        shown = fold_word(gap.before + " " + gap.after)
        for form in gap.accept:
            text = str(form)
            if len(text) < ACCEPT_SHOWN_LENGTH or not text[:1].isupper() or any(c.isdigit() for c in text):
                continue
            if fold_word(text) in shown and re.search(rf"(?<!\w){re.escape(fold_word(text))}(?!\w)", shown):
                return [f"held back: the prompt writes {text!r}, one of the gap's accepted answers: it shows the answer"]
    return []


def labelled_statement(draft: Draft, lang: Language) -> list[str]:
    """A true/false statement copying a list line with its label ("True or false: Soaking: the
    hides lie in lime water ..."): no sentence, and true by the look of a copied line (fresh
    review, session 17)."""
    if draft.kind != "question" or draft.item.get("type") != "true_false":
        return []
    prompt = str(draft.item.get("prompt", ""))
    statement = prompt.split(":", 1)[1].strip() if re.match(r"^[^:]{0,40}(?:true or false|verdadero o falso)\s*:", prompt, re.IGNORECASE) else prompt
    if LABEL_OPENING.match(statement):
        return ["held back: the statement copies a list line with its label: not a sentence a reader can judge"]
    return []


def cut_pair(draft: Draft, lang: Language) -> list[str]:
    """A matching one of whose sides is cut mid-phrase as an ordering's step would be
    (``cut_step_reason``: «Concluye el tramo», which stretch?): the learner cannot tell what
    happened (fresh review, session 17)."""
    if draft.kind != "question" or draft.item.get("type") != "matching":
        return []
    for pair in draft.item.get("pairs") or []:
        for side in (pair.get("left"), pair.get("right")):
            if side and (why := cut_step_reason(str(side), lang)) is not None:
                return [f"held back: {why.replace('its step', 'its pair')}: each side must say what it is"]
    return []


def _side_words(text: str, lang: Language) -> set[str]:
    stop = {fold_word(w) for w in lang.words.stop_words}
    return {f for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 3 and (f := fold_word(w)) not in stop}


def pair_linked_by_words(left: str, right: str, lang: Language) -> bool:
    """Whether a matching's two sides are matched by their words alone: a shared stem ("The
    drying loft", "until they were dry") or a link of ``word_families.sides_linked`` (the name
    behind its prefix: "Antioxidants", "oxidation"; an agent and its effect: "Accelerators",
    "a shorter time")."""
    these, those = _side_words(left, lang), _side_words(right, lang)
    if share_stem(these, those) or {strip_ending(w) for w in these} & {strip_ending(w) for w in those}:
        return True
    return sides_linked(these, those, _code(lang))


def pairs_linked_by_words(draft: Draft, lang: Language) -> list[str]:
    """A matching most of whose pairs a reader matches from their words alone (fresh review,
    worldknow2: antioxidants with oxygen damage, accelerators with a shorter curing time):
    held when the pairs left unlinked are fewer than the linked ones, or one at most (the last
    pair then follows from the others)."""
    if draft.kind != "question" or draft.item.get("type") != "matching":
        return []
    pairs = [(str(p.get("left", "")), str(p.get("right", ""))) for p in draft.item.get("pairs") or []]
    linked = [left for left, right in pairs if pair_linked_by_words(left, right, lang)]
    if pairs and linked and (len(linked) * 2 > len(pairs) or len(pairs) - len(linked) <= 1):
        return [f"held back: {len(linked)} of the {len(pairs)} pairs are matched by their words alone ({', '.join(linked)}): a reader matches them without the text"]
    return []


BETWEEN_BEFORE = {"en": re.compile(r"\bbetween\s*$", re.IGNORECASE), "es": re.compile(r"\bentre\s*$", re.IGNORECASE)}
TWO_FORMS = {"2", "two", "dos"}


def count_after_between(draft: Draft, lang: Language) -> list[str]:
    """A count gap right after "between"/«entre» keyed two ("a spark between ____ electrodes",
    «entre ____ rodillos»): the preposition takes two, so it gives the key (fresh review,
    session 17). A range's bound ("between ____ and 12") is not a count of what follows."""
    code = _code(lang)
    for gap in gaps_of(draft):
        before, after = gap.sentence()
        if BETWEEN_BEFORE.get(code, BETWEEN_BEFORE["en"]).search(before) and not re.match(r"\s*(?:and|y|e|a)\b", after, re.IGNORECASE) \
                and any(fold_word(str(k)).strip() in TWO_FORMS for k in gap.keys):
            return [f"held back: the gap's count follows {before.split()[-1]!r}, which takes two: the preposition gives the key"]
    return []


# --- a term of general words the sentence itself names (namedterms, issue 10) -----------------

# The phrases by which a sentence names what it has just described ("shoppers call this a
# ____", "is known as ____", "this is called a ____", "we speak of ____", «se conoce como ____»,
# «hablamos de ____», «los economistas hablan de ____», «se denomina ____», «se produce una ____
# de»): the description before them calls the term up. A lower-case term (one to four words)
# of general words (Language.is_general_word) is then named by a well-read reader without the
# text: "trick", "espiral", "thermal runaway".
NAMING_PHRASES = {
    "en": re.compile(
        r"\b(?:call(?:s|ed)?\s+(?:this|it|that|these|them|such\s+an?\s+[a-z]+)|(?:is|are|was|were)\s+(?:known\s+as|called|named|termed)"
        r"|(?:this|that)\s+is|(?:this|that|it)\s+(?:is|was)\s+(?:called|known\s+as)|(?:speak|speaks|talk|talks)\s+of|refer(?:s|red)?\s+to\s+(?:this|it)\s+as"
        r")\s+(?:(?:a|an|the)\s+)?$",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:se\s+(?:llaman?|denominan?|conocen?\s+como|habla\s+de|produce|producen|da|dan)|habl(?:a|an|amos)\s+de|llam(?:a|an|amos)"
        r"|(?:esto|eso)\s+es)\s+(?:(?:el|la|los|las|un|una|unos|unas)\s+)?$",
        re.IGNORECASE,
    ),
}
# A participle after a noun ("special wagons of their own, called ____ wagons", «una herramienta
# de hierro llamada ____») gives a thing the name its trade uses, which the reader cannot tell
# (the samples' "dandy wagons", «raspa»); it names a concept only after an abstract class noun
# of its sentence ("a self-reinforcing cycle called ____", «un fenómeno conocido como ____»).
NAMING_PARTICIPLES = {
    "en": re.compile(r"(?<!\bhas )(?<!\bhave )(?<!\bhad )\b(?:called|known\s+as|termed)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s?\s+como)\s+(?:(?:el|la|los|las|un|una|unos|unas)\s+)?$", re.IGNORECASE),
}
ABSTRACT_CLASSES = {
    "en": re.compile(rf"\b(?:{DEFINING_CLASSES['en']}|chain|cycle|loop|effect|situation|pattern|practice|trend|spiral|principle|behaviour|behavior|strategy|idea)s?\b", re.IGNORECASE),
    "es": re.compile(rf"\b(?:{DEFINING_CLASSES['es']}|cadena|ciclo|efecto|situaci[oó]n|patr[oó]n|pr[aá]ctica|tendencia|espiral|principio|conducta|estrategia|idea)s?\b", re.IGNORECASE),
}
# The people of a field who name it ("economists call this", «los economistas hablan de»): the
# term is their established one, not the document's, and a reader who reads the papers knows it
# below the general-word floor ("externality" 2.1), though not a word general text never writes.
FIELD_NAMERS = {
    "en": re.compile(r"\b[a-z]{3,}(?:ists|ians|ers|ogists)\s+(?:(?:usually|often|commonly|now|still)\s+)?(?:call|speak\s+of|talk\s+of|refer\s+to)\b[^.;:!?]*$"),
    "es": re.compile(r"\b(?:los|las)\s+[a-záéíóúñ]{3,}(?:istas|icos|ogos|ores|anos)\s+(?:(?:suelen|ya)\s+)?(?:hablan\s+de|llaman|denominan)\b[^.;:!?]*$", re.IGNORECASE),
}
FIELD_TERM_ZIPF = 2.0
# A term the document coins or sets apart as its own: "what we will call", "let us call",
# "here called", «la llamaremos», «aquí llamamos», "dubbed", or a quotation mark at the gap.
COINED = {
    "en": re.compile(r"\b(?:we\s+(?:will|shall|'ll)\s+call|let\s+us\s+call|let's\s+call|I\s+(?:will\s+|shall\s+)?call|here(?:after)?\s+called|henceforth|dubbed|nicknamed)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:llamar(?:emos|[eé])|(?:aqu[ií]|en\s+adelante)\s+(?:llamamos|llamad[oa]s?|denominad[oa]s?)|bautizad[oa]s?|apodad[oa]s?|denominar(?:emos|[eé]))\b", re.IGNORECASE),
}
QUOTE_AT_GAP = re.compile(r"[\"'“”‘’«»]\s*$")
QUOTE_AFTER_GAP = re.compile(r"^\s*[\"'“”‘’«»]")
# What may follow the named term: its sentence's end, a clause or a phrase after it ("called a
# ____ for a health screening", «una ____ de precios»), or one lower-case partner word the term
# is written with ("called ____ runaway", «hablamos de ____ salarial»): the gap and its partner
# are then the term (wordfreq gives no frequency of the pair itself: a phrase's figure is its
# words' combined frequency, always "above chance", so the partner's own commonness decides).
TERM_END = {
    "en": r"(?:[.;:!?),]|$|(?:that|which|who|where|when|for|of|to|in|on|with|by|among|between|and|or)\b)",
    "es": r"(?:[.;:!?),]|$|(?:que|cuy[oa]s?|donde|cuando|de|del|para|en|con|por|entre|sobre|y|o)\b)",
}
MAX_TERM_WORDS = 4


def named_general_term(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on a lower-case term the sentence itself names or defines after a naming
    phrase ("shoppers call this a ____", «hablamos de ____ salarial», «se produce una ____ de
    precios»), the term (with a partner word after the gap, if any) all of general words, or a
    field's established term its people are said to use ("economists call this an ____", at
    FIELD_TERM_ZIPF and up). The description brings the word to mind; the gap tests general
    vocabulary, not the document. Kept: a coined or quoted term, a rare word, a name, a
    description of under MIN_DESCRIPTION_WORDS words."""
    code = _code(lang)
    for gap in gaps_of(draft, typed=True):
        if not gap.accept:
            continue
        key = str(gap.accept[0]).strip()
        words = key.split()
        if not 1 <= len(words) <= MAX_TERM_WORDS or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
            continue
        before, after = gap.sentence()
        naming = NAMING_PHRASES[code].search(before)
        if naming is None:
            naming = NAMING_PARTICIPLES[code].search(before)
            if naming is not None and not ABSTRACT_CLASSES[code].search(before[: naming.start()]):
                continue
        if naming is None or len(WORD.findall(before[: naming.start()])) < MIN_DESCRIPTION_WORDS:
            continue
        if COINED[code].search(before) or QUOTE_AT_GAP.search(before) or QUOTE_AFTER_GAP.match(after):
            continue
        # "the old miners still speak of the ____ of 1910", «se habla de la ____ de Vigo»: a
        # dated or placed event of the text's story, not a concept's name.
        if re.match(r"^\s*(?:of|in|at|from|de|del|en|desde)\s+(?:(?:the|la|el|los|las)\s+)?(?:\d|[A-ZÁÉÍÓÚÑ])", after):
            continue
        partner = re.match(rf"^\s+([a-záéíóúñü]+)\s*{TERM_END[code]}", after)
        if partner is None and re.match(rf"^\s*{TERM_END[code]}", after) is None:
            continue
        term = words + ([partner.group(1)] if partner is not None else [])
        if len(term) > MAX_TERM_WORDS:
            continue
        field = FIELD_NAMERS[code].search(before) is not None
        if all(lang.is_general_word(w) for w in term):
            return [f"held back: the sentence describes the thing and names it with the gap ({' '.join(term)!r}), a term of general words: a well-read reader names it from the description without the text"]
        if field and all(lang.is_general_word(w) or lang.familiarity(w) >= FIELD_TERM_ZIPF for w in term):
            return [f"held back: the sentence describes the thing and says its field names it {' '.join(term)!r}: a reader who follows the field names the established term without the text"]
    return []


def problems(draft: Draft, lang: Language) -> list[str]:
    """Every reason of this module to hold ``draft`` back (empty: none)."""
    return [*figure_after_an(draft, lang), *fame_superlative(draft, lang), *ruled_out_options(draft, lang), *range_ends(draft, lang), *round_far_bound(draft, lang), *number_term(draft, lang), *named_count(draft, lang), *common_course_order(draft, lang), *range_breaking_options(draft, lang), *stock_pair(draft, lang), *listed_count(draft, lang), *parallel_count(draft, lang), *unit_gaps(draft, lang), *signpost_count(draft, lang), *settled_direction(draft, lang), *event_name_part(draft, lang), *famous_pair(draft, lang), *trade_good_origin(draft, lang), *term_half(draft, lang), *binomial_half(draft, lang), *open_count(draft, lang), *defined_common_term(draft, lang), *world_history_date(draft, lang), *world_event_name_part(draft, lang), *nickname_reason(draft, lang), *glossed_key(draft, lang), *linked_name_part(draft, lang), *named_with_reason(draft, lang), *paired_opposite(draft, lang), *repeated_renaming(draft, lang), *extreme_option(draft, lang), *settled_figure_choice(draft, lang), *arithmetic_key(draft, lang), *standard_measure(draft, lang), *two_way_direction(draft, lang), *compared_count(draft, lang), *computed_product(draft, lang), *cut_step(draft, lang), *initial_cut(draft, lang), *accepted_form_shown(draft, lang), *labelled_statement(draft, lang), *cut_pair(draft, lang), *pairs_linked_by_words(draft, lang), *count_after_between(draft, lang), *self_ordered_steps(draft, lang), *classical_meaning(draft, lang), *everyday_result(draft, lang), *figurative_word(draft, lang), *defined_school_term(draft, lang), *named_general_term(draft, lang)]


__all__ = ["accepted_form_shown", "arithmetic_key", "binomial_half", "broken_range", "classical_meaning", "common_course_order", "compared_count", "computed_product", "count_after_between", "cut_pair", "cut_step", "cut_step_reason", "defined_common_term", "defined_school_term", "event_name_part", "everyday_result", "extreme_option", "fame_superlative", "famous_pair", "figurative_word", "figure_after_an", "figure_cue", "glossed_key", "initial_cut", "labelled_statement", "linked_name_part", "listed_count", "named_count", "named_general_term", "named_with_reason", "next_round_step", "nickname_reason", "number_term", "open_count", "pair_linked_by_words", "paired_opposite", "paired_value", "pairs_linked_by_words", "parallel_count", "problems", "range_breaking_options", "range_end", "range_ends", "repeated_renaming", "round_far_bound", "ruled_out_options", "self_ordered_steps", "settled_direction", "settled_figure_choice", "signpost_count", "standard_measure", "stock_pair", "term_half", "trade_good_origin", "two_way_direction", "unit_gap", "unit_gaps", "world_event_name_part", "world_history_date"]



# --- an ordering whose steps' own words fix their order (commonsense, issue 10) -------------------

# A step that says its thing began ("The club is founded", "the idea is first proposed", «Se
# funda la cofradía», «nace la feria») comes before every other step of its story; one that
# says it ends the story ("completing the set of three", "finally", "the last", «por último»,
# «completa», «culmina») after every other; ordinals of one noun ("its first trophy", "a second
# trophy", «el tercer título») among themselves. A reader of the steps alone orders them.
_BODIES = {
    "en": r"club|society|company|firm|guild|association|band|school|league|cooperative|co-op|union|team|group|choir|order|brotherhood|trust|committee|council|party|museum|festival|fair|regatta|race|prize|award|newspaper|movement|village|town|colony|parish|tournament|competition|championship|cup|contest|show|series|games|trophy",
    "es": r"club|sociedad|compañía|empresa|gremio|asociación|banda|escuela|liga|cooperativa|sindicato|equipo|grupo|coro|orden|cofradía|hermandad|fundación|comité|consejo|partido|museo|festival|feria|regata|carrera|premio|periódico|movimiento|pueblo|villa|colonia|parroquia|peña|torneo|competición|campeonato|copa|concurso|certamen|trofeo",
}
STARTING_STEP = {
    "en": re.compile(
        r"\b(?:(?:is|are|was|were|be|being|been|gets?|got)\s+(?:first\s+)?(?:founded|established|born|conceived)"
        r"|(?:first|originally)\s+(?:proposed|suggested|conceived|planned|mooted|founded|established)"
        r"|founding\s+of|creation\s+of|establishment\s+of|birth\s+of"
        # Created, formed, set up: a body, not a crust or a vacuum in a process ("A skin is formed").
        rf"|(?:{_BODIES['en']})\b[^.;]*?\b(?:is|are|was|were)\s+(?:first\s+)?(?:created|formed|set\s+up)"
        rf"|(?:founds?|founded|establish(?:es|ed)?|creates?|created|forms?|formed|sets?\s+up)\s+(?:the|a|an|its|their)\s+(?:[a-z]+\s+){{0,2}}(?:{_BODIES['en']}))\b",
        re.IGNORECASE),
    "es": re.compile(
        r"\b(?:se\s+fund(?:a|an|ó|aron)|fundad[oa]s?|se\s+constituye|se\s+constituyó|nace|nacen|nació|nacieron|fundación\s+de|nacimiento\s+de"
        rf"|(?:se\s+)?(?:crea|crean|creó|crearon)\s+(?:el|la|los|las|un|una)\s+(?:[a-záéíóúñ]+\s+)?(?:{_BODIES['es']})|creación\s+de\s+(?:el|la|los|las|un|una)\s+(?:{_BODIES['es']})"
        r"|se\s+(?:propone|propuso|plantea|planteó)\s+por\s+primera\s+vez|(?:propuest[oa]|planead[oa]|ideado|ideada)\s+por\s+primera\s+vez)\b",
        re.IGNORECASE),
}
CLOSING_STEP = {
    "en": re.compile(
        r"\b(?:finally|lastly|at\s+last|completing|completes|complete\s+the|completion\s+of|rounding\s+off|crowning"
        r"|(?:the|its|their|his|her|a)\s+(?:last|final)\b(?!\s+(?:year|years|century|decade|week|weeks|month|months|day|days)\b))",
        re.IGNORECASE),
    "es": re.compile(
        r"(?:\bpor\s+último|\bfinalmente|\bal\s+fin\b|\bcompleta\b|\bcompletan\b|\bcompletando|\bculmina|\bculminación"
        r"|\b(?:el|la|los|las|su|sus)\s+últim[oa]s?\b(?!\s+(?:año|años|siglo|década|semana|semanas|mes|meses|día|días)\b))",
        re.IGNORECASE),
}
_ORDINALS = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10},
    "es": {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3,
           "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7,
           "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10, "décima": 10},
}
ORDINAL_NOUN = {code: re.compile(rf"\b(?P<ordinal>{'|'.join(words)})\s+(?P<noun>[^\W\d_]{{3,}})", re.IGNORECASE) for code, words in _ORDINALS.items()}
SELF_ORDERED_OPEN = 1  # orderings left to the steps' words: one, or (four steps and up) a single open swap


def _step_cues(step: str, code: str) -> tuple[bool, bool, list[tuple[str, int]]]:
    """Whether ``step`` says its thing began, whether it says it ends the story, and its
    ordinals of a noun (the noun's first five letters, folded, and the rank)."""
    ordinals = [(fold_word(m.group("noun"))[:5], _ORDINALS[code][m.group("ordinal").lower()]) for m in ORDINAL_NOUN[code].finditer(step)]
    return STARTING_STEP[code].search(step) is not None, CLOSING_STEP[code].search(step) is not None, ordinals


def _linear_extensions(count: int, before: set[tuple[int, int]]) -> int:
    """How many orders of ``count`` steps keep every pair (a, b) of ``before`` (a first)."""
    needs = [0] * count
    for a, b in before:
        needs[b] |= 1 << a
    ways = [0] * (1 << count)
    ways[0] = 1
    for placed in range(1 << count):
        if not ways[placed]:
            continue
        for step in range(count):
            if not placed >> step & 1 and needs[step] & placed == needs[step]:
                ways[placed | 1 << step] += ways[placed]
    return ways[-1]


# Verbs of making that order themselves (brief full-fronts: "harvest, dry, roast, grind",
# «recoger, secar, moler»): a raw thing is got, then readied, then worked, then given its form,
# then packed or sold. A step of a lower stage comes before one of a higher: a reader places
# them without the text. Only verbs, never the things they act on; a text whose order goes
# against them (a pot shaped before it is fired) keeps its ordering.
_EN_FORMS = r"(?:s|es|ed|d|ing)?"
_ES_FORMS = r"(?:a|an|e|en|aba|aban|ía|ían|ó|ió|aron|ieron|ado|ada|ados|adas|ido|ida|idos|idas|ar|er|ir|ando|iendo)"
PROCESS_STAGES: dict[str, list[re.Pattern[str]]] = {
    # English verbs that are also common nouns ("the fire", "the press", "a bottle") count in a
    # form that is a verb's only: "fired", "pressing".
    "en": [re.compile(rf"\b(?:(?:{verbs}){_EN_FORMS}|(?:{nouns})(?:ed|d|ing))\b", re.IGNORECASE) for verbs, nouns in (
        (r"harvest|pick|gather|collect|fell|dug|shear|shorn|reap", r"mine|tap|milk"),
        (r"wash|clean|soak|dr(?:y|ies|ied|ying)|peel|husk|hull|rinse|steep", r"sort|strip"),
        (r"roast|cook|boil|bake|melt|smelt|ferment|toast|brew|distil|distill", r"fire|heat"),
        (r"grind|(?:is|are|was|were|be|been|being)\s+ground|mill|weave|woven|wove|knead", r"press|mould|mold|shap|cast"),
        (r"sell|sold|deliver|package", r"pack|bottl|label|ship|stor|serv|crat|bagg"),
    )],
    "es": [re.compile(rf"\b(?:se\s+)?(?:{stems}){_ES_FORMS}\b", re.IGNORECASE) for stems in (
        r"recog|recogi|cosech|recolect|tal|esquil|orde[ñn]|extra|arranc",
        r"lav|limpi|seleccion|remoj|sec|pel|descascarill|enjuag|clasific",
        r"tost|tuest|coc|cuec|cuez|hierv|herv|horne|fund|ferment|calent|destil",
        r"mol|muel|prens|molde|tej|amas",
        r"envas|empaquet|embotell|etiquet|vend|envi|enví|almacen|sirv|serv|distribu",
    )],
}
# A step taking up the product of the step before: a participle of its verb before the noun
# it worked ("the wool is carded; the carded wool is spun"), or the product it made into ("spun
# into yarn; the yarn is woven", «se hila hasta formar el hilo», «se convierte en harina; la
# harina ...»): each step needs the one before.
_EN_PARTICIPLE = re.compile(r"\b(?:the|a|an|this|its|their)\s+([a-z]{3,})\s+([a-z]{3,})\b", re.IGNORECASE)
_ES_PARTICIPLE = re.compile(r"\b(?:el|la|los|las|un|una|este|esta|estos|estas)\s+([a-záéíóúñ]{3,})\s+([a-záéíóúñ]{3,}(?:ad|id)[oa]s?)\b", re.IGNORECASE)
_PRODUCT = {
    "en": re.compile(r"\b(?:into|to\s+(?:make|form|give|produce))\s+(?:a\s+|an\s+|the\s+|some\s+)?([a-z]{3,})", re.IGNORECASE),
    "es": re.compile(r"\b(?:(?:convierten?|convirtió|convertía|transforma|transforman|transformaba|vuelve|vuelven)\s+en|hasta\s+(?:formar|obtener|lograr)|para\s+(?:formar|obtener|hacer))"
                     r"\s+(?:un\s+|una\s+|el\s+|la\s+|los\s+|las\s+)?([a-záéíóúñ]{3,})", re.IGNORECASE),
}
_ES_VERB_END = re.compile(r"(?:aba|aban|ía|ían|ó|ió|aron|ieron|a|an|e|en|ar|er|ir|ado|ada|ido|ida)$")
_ES_NOUN_END = re.compile(r"(?:o|a|os|as)$")


def _stage(step: str, code: str) -> int | None:
    """The stage of making ``step``'s verbs name (0 getting the raw thing to 4 packing and
    selling), or None when none does or they name two."""
    found = {rank for rank, verbs in enumerate(PROCESS_STAGES[code]) if verbs.search(step)}
    return found.pop() if len(found) == 1 else None


def _takes_up(earlier: str, later: str, code: str) -> bool:
    """Whether the step ``later`` works on what ``earlier`` made: its worked noun with
    ``earlier``'s participle ("the carded wool", «la lana cardada»), or ``earlier``'s product
    ("into yarn" -> "the yarn"; «se hilaba» -> «el hilo»)."""
    earlier_words = {fold_word(w) for w in re.findall(r"[^\W\d_]+", earlier)}
    later_words = {fold_word(w) for w in re.findall(r"[^\W\d_]+", later)}
    if code == "en":
        for m in _EN_PARTICIPLE.finditer(later):
            # the adjective is the earlier step's participle: "-ed"/"-en", or after its auxiliary ("is dug")
            participle = m.group(1).lower().endswith(("ed", "en")) or re.search(rf"\b(?:is|are|was|were|be|been|being)\s+{re.escape(m.group(1))}\b", earlier, re.IGNORECASE)
            if participle and fold_word(m.group(1)) in earlier_words and fold_word(m.group(2)) in earlier_words and m.group(1).lower() != m.group(2).lower():
                return True
    else:
        for m in _ES_PARTICIPLE.finditer(later):
            stem = fold_word(m.group(2)).removesuffix("s")[:-3]  # «cardada» -> «card»
            if fold_word(m.group(1)) in earlier_words and len(stem) >= 3 and any(w.startswith(stem) and w != fold_word(m.group(1)) for w in earlier_words):
                return True
        # «se hilaba» -> «el hilo»: the noun of the later step's article that is the earlier verb's stem
        stems = {_ES_VERB_END.sub("", w) for w in earlier_words if _ES_VERB_END.search(w)}
        for m in re.finditer(r"\b(?:el|la|los|las)\s+([a-záéíóúñ]{3,})", later, re.IGNORECASE):
            noun = fold_word(m.group(1))
            if noun not in earlier_words and len(stem := _ES_NOUN_END.sub("", noun)) >= 3 and stem in stems:
                return True
    product = _PRODUCT[code].search(earlier)
    return product is not None and fold_word(product.group(1)) in later_words


def _chained_or_staged(steps: list[str], code: str) -> set[tuple[int, int]]:
    """The pairs (a, b), a first, that the steps' own verbs order: a step taking up another's
    product, or a lower stage of making before a higher one."""
    before: set[tuple[int, int]] = set()
    for i, j in itertools.permutations(range(len(steps)), 2):
        if _takes_up(steps[i], steps[j], code):
            before.add((i, j))
    stages = [_stage(x, code) for x in steps]
    for i, j in itertools.permutations(range(len(steps)), 2):
        a, b = stages[i], stages[j]
        if a is not None and b is not None and a < b:
            before.add((i, j))
    return before


def self_ordered_steps(draft: Draft, lang: Language) -> list[str]:
    """An ordering whose steps' own words fix their order: one step says its thing was founded,
    created or first proposed (it comes first), one says it completes the story, comes last or
    "finally" (it comes last), ordinals of one noun rank their steps ("The rowing club is
    founded", "The club wins its first county cup", "A third cup completes the set": no reading
    needed). Held when the words leave one order, or for four steps and more a single open
    pair. Kept: a step with a year (the text's dates order it), a cue the text's order goes
    against (a second club founded later), two steps with the same cue."""
    if draft.kind != "question" or draft.item.get("type") != "ordering":
        return []
    steps = [str(x) for x in draft.item.get("items") or []]
    if len(steps) < 3 or len(steps) > 12 or any(re.search(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)", x) for x in steps):
        return []
    code = _code(lang)
    cues = [_step_cues(x, code) for x in steps]
    starts = [i for i, (start, _end, _o) in enumerate(cues) if start]
    ends = [i for i, (_s, end, _o) in enumerate(cues) if end]
    before: set[tuple[int, int]] = set()
    if len(starts) == 1:
        before |= {(starts[0], j) for j in range(len(steps)) if j != starts[0]}
    if len(ends) == 1:
        before |= {(j, ends[0]) for j in range(len(steps)) if j != ends[0]}
    ranked = [(noun, rank, i) for i, (_s, _e, ordinals) in enumerate(cues) for noun, rank in ordinals]
    for (noun, rank, i), (other, other_rank, j) in itertools.permutations(ranked, 2):
        if noun == other and rank < other_rank and i != j:
            before.add((i, j))
    # The items are the text's order: a cue it goes against is no cue (a rival club "founded"
    # years after the first one's trophies).
    if before and not any(a > b for a, b in before):
        ways = _linear_extensions(len(steps), before)
        if ways == 1 or (ways == 2 and len(steps) >= 4):
            return ["held back: the ordering's steps say where they stand (one was founded or first proposed, one completes the story or comes last, ordinals rank the rest): a reader orders them from their wording without the text"]
    # Steps of making that order themselves (brief full-fronts): each takes up the one before's
    # product, or their verbs are stages every reader places ("harvest, dry, roast, grind").
    # A text going against them once is a surprising order: kept.
    made = _chained_or_staged(steps, code)
    if made and not any(a > b for a, b in made):
        ways = _linear_extensions(len(steps), made)
        if ways == 1 or (ways == 2 and len(steps) >= 4):
            return ["held back: the ordering's steps order themselves (each works on what the one before made, or their verbs are stages of making a reader places: harvest before drying, roasting before grinding): a reader orders them without the text"]
    return []


# --- a classical word's meaning the prompt asks for (commonsense, issue 10) -----------------------

# A gap on what a Greek or Latin word means, the prompt naming the language and asking the
# meaning ("from Greek roots meaning ____", "the Latin word for ____", «del latín «lapis», que
# significa ____», «del griego, y quiere decir ____»): the word's parts are school knowledge
# (gastro-, -scopy; aqua, lapis), and the term it glosses stands in the prompt or the title. A
# living language's gloss («del euskera, y significa ____»: a local name) is the text's to give.
CLASSICAL_ORIGIN = {
    "en": re.compile(r"\b(?:Greek|Latin|Graeco-Latin)\b"),
    "es": re.compile(r"\b(?:griego|griega|griegos|griegas|latín|latina|latino|latinos|latinas|grecolatin[oa]s?)\b", re.IGNORECASE),
}
MEANING_CUE = {
    "en": re.compile(r"\b(?:(?:Greek|Latin|words?|terms?|names?|roots?|verbs?|nouns?|adjectives?)\s+for|meaning|means|meant|which\s+means|that\s+means|signifying|signifies|literally|translates\s+as)\s*[\"“‘'«]?\s*$", re.IGNORECASE),
    "es": re.compile(r"\b(?:significa|significan|significaba|quiere\s+decir|querría\s+decir|literalmente|equivale\s+a|se\s+traduce\s+como)\s*[\"“‘'«]?\s*$", re.IGNORECASE),
}
ORIGIN_WINDOW = 14  # words at most between the language's name and the gap, in one sentence
MEANING_WORDS = 5  # a meaning longer than this is an explanation, not a gloss


def classical_meaning(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on the meaning of a Greek or Latin word, the prompt naming the language and
    asking what the word means ("The word joins two Greek roots meaning ____" → "looking into
    the stomach"; «Procede del latín «lapis», que significa ____» → «piedra»): a reader with
    school knowledge of the classical roots gives it from the word the prompt or the title
    holds. Kept: a living language's gloss (a local name's meaning), a meaning of more than
    five words, a name."""
    code = _code(lang)
    for gap in gaps_of(draft, typed=True):
        before, _after = gap.sentence()
        key = str(gap.keys[0]) if gap.keys else ""
        words = key.split()
        if not key or len(words) > MEANING_WORDS or not all(w.isalpha() and w.islower() for w in words):
            continue
        if not MEANING_CUE[code].search(before):
            continue
        window = " ".join(before.split()[-ORIGIN_WINDOW:])
        if CLASSICAL_ORIGIN[code].search(window):
            return [f"held back: the gap asks what a Greek or Latin word means ({key!r}), and the prompt names the language: a reader with school knowledge of the roots gives the meaning without the text"]
    return []


# --- an everyday action's everyday result (commonsense, issue 10) ---------------------------------

# What an everyday action makes, as every kitchen, hearth and workbench shows it: an action's
# words (folded openings) and the results it yields (folded openings, a short one whole with a
# plural ending; not the words a text writes in other senses: "ground", "saw", «sierra», «monta»
# of «montaña», "edge", "peak", "meal"). "Whisking the cream produces a ____" (foam, froth), "rubbed on a stone to ____
# it" (sharpen), «al moler el grano se obtiene ____» (harina). Besides guessable, such a key
# takes synonyms no accept list foresees (foam, froth, lather).
EVERYDAY_RESULTS: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "en": (
        (("whisk", "whipp", "whip", "beat", "beaten", "beating", "churn", "shak", "agitat"), ("foam", "froth", "lather", "bubble", "butter")),
        (("soap", "lather", "scrub"), ("foam", "froth", "lather", "suds", "bubble")),
        (("boil", "simmer", "kettle"), ("steam", "vapour", "vapor", "bubble")),
        (("freez", "froze", "frozen", "chill"), ("ice", "frost")),
        (("burn", "burnt", "fire", "flame", "combust", "smoulder"), ("ash", "ashes", "smoke", "soot", "embers", "cinder")),
        (("grind", "mill", "crush", "pound", "pulveri", "quern"), ("flour", "powder", "dust")),
        (("melt", "thaw"), ("liquid", "water", "puddle")),
        (("knead", "flour"), ("dough", "paste")),
        (("whetstone", "grindstone", "stone", "strop", "hone", "honing", "file", "steel"), ("sharpen", "whet", "hone")),
        (("sawing", "sawn", "sawmill", "planing"), ("sawdust", "shaving", "chip")),
        (("press", "squeez", "crush"), ("juice", "oil")),
    ),
    "es": (
        (("bati", "bate", "baten", "montar", "montad", "montando", "agita", "mazar", "maza"), ("espuma", "burbuja", "mantequilla", "manteca")),
        (("jabon", "enjabon", "frota", "restreg"), ("espuma", "burbuja")),
        (("hervi", "hierve", "hierven", "ebullicion"), ("vapor", "burbuja")),
        (("congel", "hela", "hiela", "enfri"), ("hielo", "escarcha")),
        (("quema", "arde", "arden", "fuego", "combust"), ("ceniza", "humo", "hollin", "brasa", "rescoldo")),
        (("mole", "muele", "muelen", "molin", "tritur", "machac", "pulveriz"), ("harina", "polvo")),
        (("derriti", "derrite", "funde", "fundi", "deshiel"), ("liquido", "agua", "charco")),
        (("amasa", "harina"), ("masa", "pasta")),
        (("piedra", "afilador", "muela", "asperon", "lima", "suavizador"), ("afila", "afilad", "amola")),
        (("serrar", "serrad", "serrando", "aserr", "cepilla"), ("serrin", "viruta", "astilla")),
        (("prensa", "exprim", "estruj"), ("zumo", "jugo", "aceite", "mosto")),
    ),
}
_FUNCTION_WORDS = {"en": frozenset(["a", "an", "the", "some", "its", "their", "it", "them"]), "es": frozenset(["el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "le", "su", "sus"])}


def _opened_by(word: str, opening: str) -> bool:
    """Whether the folded ``word`` is of the word ``opening`` opens: any word a long opening
    opens, a short one with a plural ending only ("ash": ashes; "ice": ices, not icelandic)."""
    if len(opening) >= 5:
        return word.startswith(opening)
    return word in {opening, opening + "s", opening + "es"}


_ACTION_ENDINGS = ("", "s", "es", "ed", "d", "ing", "r", "ar", "er", "ir", "e", "en", "ido", "ida", "iendo", "ando", "ado", "ada")


def _action_word(word: str, opening: str) -> bool:
    """Whether the folded ``word`` is a form of the action ``opening`` opens: any word a long
    opening opens, a short one with a verb's or a plural's ending only ("bati": batir,
    batiendo; "saw": sawing, not sawmill)."""
    if len(opening) >= 5:
        return word.startswith(opening)
    return any(word == opening + e for e in _ACTION_ENDINGS)


def everyday_result(draft: Draft, lang: Language) -> list[str]:
    """A gap whose key is what an everyday action the sentence names makes ("Whisking the cream
    for two minutes produces a stiff ____" → foam; "The blade is rubbed on a wet stone to ____
    it" → sharpen; «Al moler el grano se obtiene una ____ fina» → harina): a reader fills it
    from the kitchen, not the text, and the key takes synonyms (froth, lather) an accept list
    cannot foresee. Kept: a result no action of the sentence makes (a trade's own product, a
    place, a figure)."""
    code = _code(lang)
    for gap in gaps_of(draft):
        key = str(gap.keys[0]) if gap.keys else ""
        words = [fold_word(w) for w in re.findall(r"[^\W\d_]+", key) if fold_word(w) not in _FUNCTION_WORDS[code]]
        if not key or len(words) != 1 or re.search(r"\d|[A-ZÁÉÍÓÚÑ]", key):
            continue
        before, after = gap.sentence()
        said = [fold_word(w) for w in re.findall(r"[^\W\d_]+", f"{before} {after}")]
        for actions, results in EVERYDAY_RESULTS[code]:
            if any(_opened_by(words[0], r) for r in results) and any(_action_word(w, a) for w in said for a in actions):
                return [f"held back: the gap's key ({key!r}) is what the everyday action the sentence names makes: a reader fills it without the text, and in words of their own (its synonyms no accept list foresees)"]
    return []


# --- a figure of speech other plain words fit as well (commonsense, issue 10) ---------------------

# Words a writer reaches for in a figure ("a foothold abroad", "a lifeline for the village",
# «un trampolín para el club»): the sense is plain and other plain words say it as well (a
# base, a home; a help, a lift), so a typed gap on one tests the text's wording, not its content.
FIGURATIVE_WORDS = {
    # (Not the words a text also writes literally: a beacon, a haven, a gateway, a backbone, a
    # watershed, bedrock, a blow, a lifeline thrown, a railway's spur, a silver hallmark, a
    # chemist's catalyst; «faro», «refugio», «pilar», «motor», «sello», «hito», «filón», a
    # «chaleco salvavidas», the water's «impulso», a lever's «punto de apoyo».)
    "en": frozenset((
        "foothold", "toehold", "springboard", "launchpad", "stepping-stone", "stepping stone", "boost", "fillip",
        "cornerstone", "linchpin", "lynchpin", "impetus", "setback", "windfall", "boon",
        "godsend", "bonanza", "lifeblood", "mainstay", "cash cow", "straitjacket", "shot in the arm", "turning point",
        "wake-up call", "heyday", "swansong", "swan song", "death knell",
    )),
    "es": frozenset((
        "trampolín", "asidero", "cabeza de puente", "empujón", "espaldarazo", "balón de oxígeno", "piedra angular",
        "revulsivo", "acicate", "aliciente", "mazazo", "maná", "punto de inflexión", "canto del cisne", "sentencia de muerte", "quebradero de cabeza", "cuello de botella", "talón de Aquiles",
        "época dorada", "edad de oro",
    )),
}


_FIGURATIVE_FOLDED = {code: frozenset(fold_word(w) for w in words) for code, words in FIGURATIVE_WORDS.items()}


def figurative_word(draft: Draft, lang: Language) -> list[str]:
    """A typed gap on a word of a figure of speech ("to give the families a ____ abroad" →
    foothold; «fue un ____ para la cooperativa» → trampolín): base, home, help fit the sense as
    well, and the learner who understood the text is marked wrong for them: the gap tests the
    wording. Kept: the same words offered as options, a word a text also writes literally (a
    beacon, a blow, «pilar», «faro»), and a cornerstone of granite."""
    code = _code(lang)
    articles = {fold_word(w) for w in lang.determiners}
    for gap in gaps_of(draft, typed=True):
        key = str(gap.keys[0]) if gap.keys else ""
        words = key.lower().split()
        while len(words) > 1 and fold_word(words[0]) in articles:
            words = words[1:]
        if fold_word(" ".join(words)) not in _FIGURATIVE_FOLDED[code]:
            continue
        before, after = gap.sentence()
        # A cornerstone of granite, one the mayor laid («colocó la ____»): the literal stone.
        if re.match(r"^\s*(?:of|de)\s+(?:stone|brick|iron|wood|granite|piedra|ladrillo|hierro|madera|granito)\b", after, re.IGNORECASE):
            continue
        if re.search(r"\b(?:laid|lay|lays|laying|coloc[a-zó]*|puso|pone|ponen)\s+(?:(?:the|a|its|la|una|su)\s+)?(?:[^\W\d_]+\s+)?$", before, re.IGNORECASE):
            continue
        return [f"held back: the gap's key ({key!r}) is a figure of speech whose sense other plain words share: a learner who understood the text types another and is marked wrong (the gap tests the wording)"]
    return []


# --- a school-science term the prompt defines (commonsense, issue 10) -----------------------------

# The processes and phenomena a school science course names (biology, chemistry, physics, earth
# science) and everyday kitchen and household techniques: a reader who went to school names one
# from its definition, however seldom general text writes it ("transpiration" 2.1, "sublimation"
# 2.5, «meteorización» 2.1; defined_common_term holds the frequent ones from 2.7). A craft's own
# word ("fulling", «enfurtido», "retting") or a local name is no school knowledge and stays asked.
_SCHOOL_TERMS_TEXT = {
    "en": """photosynthesis transpiration respiration pollination germination fertilisation fertilization digestion
        absorption excretion osmosis diffusion mitosis meiosis metamorphosis hibernation migration camouflage mutation
        adaptation evolution decomposition putrefaction fermentation evaporation condensation sublimation deposition
        precipitation infiltration erosion weathering sedimentation solidification vaporisation vaporization
        crystallisation crystallization melting freezing boiling distillation decantation filtration sieving
        oxidation reduction combustion corrosion rusting hydrolysis electrolysis neutralisation neutralization
        coagulation caramelisation caramelization pasteurisation pasteurization sterilisation sterilization
        dehydration rehydration emulsion emulsification saponification conduction convection radiation refraction
        reflection diffraction friction inertia buoyancy magnetism gravitation insulation expansion contraction
        eclipse erosion glaciation evapotranspiration""",
    "es": """fotosíntesis transpiración respiración polinización germinación fecundación fertilización digestión
        absorción excreción ósmosis difusión mitosis meiosis metamorfosis hibernación migración camuflaje mutación
        adaptación evolución descomposición putrefacción fermentación evaporación condensación sublimación
        precipitación infiltración erosión meteorización sedimentación solidificación vaporización cristalización
        fusión congelación ebullición destilación decantación filtración tamizado oxidación reducción combustión
        corrosión hidrólisis electrólisis neutralización coagulación caramelización pasteurización esterilización
        deshidratación rehidratación emulsión emulsificación saponificación conducción convección radiación
        refracción reflexión difracción rozamiento fricción inercia flotabilidad magnetismo gravitación aislamiento
        dilatación contracción eclipse glaciación evapotranspiración""",
}
SCHOOL_TERMS = {code: frozenset(fold_word(w) for w in text.split()) for code, text in _SCHOOL_TERMS_TEXT.items()}


TAKEN_UP_DEFINITION = re.compile(r"^\s*(?:this|these|that|such|este|esta|estos|estas|ese|esa|dicho|dicha)\b", re.IGNORECASE)


def defined_school_term(draft: Draft, lang: Language) -> list[str]:
    """A gap on a school-science or household process term the prompt names from its own
    definition ("The leaves give off water vapour to the air, a process called ____" →
    transpiration; «el paso directo del hielo a vapor, llamado ____» → sublimación): a reader
    who went to school names it from the definition, at any word frequency. Kept: a craft's
    own word or a local name (not on the school list), a description of under six words."""
    for key, description in _defined_keys(draft, lang):
        folded = fold_word(key.strip().lower())
        if TAKEN_UP_DEFINITION.match(description):
            # "… split indican into glucose and indoxyl. This first reaction is called ____": the
            # sentence before holds the definition its demonstrative takes up (integrator 18)
            description = next((g.before for g in gaps_of(draft, typed=True) if g.accept and str(g.accept[0]) == key), description)
        if folded in SCHOOL_TERMS[_code(lang)] and len(WORD.findall(description)) >= MIN_DESCRIPTION_WORDS:
            return [f"held back: the prompt gives the definition of {key!r}, a term school science (or the kitchen) teaches: a reader names it from the definition without the text"]
    return []
