"""A typed gap on a word many synonyms could fill: "the spillway was ____ vulnerable" accepted
only "inherently", where "intrinsically", "fundamentally" or "structurally" say the same (review
14, rule 3: the item tests the exact word, not the content).

Two kinds of key are such words, told apart by form, not by topic:
- a manner adverb: English "-ly", Spanish "-mente", whose stem is an adjective general text
  writes ("inherent", "intrínseca"); a noun that merely ends so ("anomaly", "jetty", "Clemente")
  has no such stem;
- an evaluative adjective of degree or importance ("considerable", "enormes", "crucial"): a
  short per-language list, since no part-of-speech data is available offline.
Held back, not repaired: no accept list can hold every synonym a reader of the text may type.
The same holds of an ordinary noun or Spanish verb the author happened to choose
(``ordinary_word_gap``, below): "the ____ checked every reel" (foremen, or inspectors).
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from quizapp.derive.accept_variants import without_clitic
from quizapp.derive.drafting import DETAIL_WORD_ZIPF_TERM
from quizapp.derive.explanations import TERM_ZIPF
from quizapp.derive.giveaways import gaps_of
from quizapp.derive.word_families import SHORT_STEM
from quizapp.language import fold_word
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

# The adjective an adverb is made from must be a word general text writes often (Zipf scale)
# and long enough not to be an accident of spelling ("belly" is no "bel" + "-ly").
ADJECTIVE_STEM_ZIPF = 3.0
ADJECTIVE_STEM_LETTERS = 4



def _words(text: str) -> frozenset[str]:
    """A word list written as running text (one frozenset of its words)."""
    return frozenset(text.split())


# Adjectives that grade or judge rather than describe: each has several synonyms a reader who
# understood the text would type as readily ("considerable", "substantial", "significant").
EVALUATIVE = {
    "en": _words("""
        considerable substantial significant important crucial critical vital essential key major
        serious severe huge enormous vast immense massive tremendous great remarkable notable
        dramatic extraordinary exceptional striking profound heavy minor slight modest poor
        excellent outstanding impressive devastating catastrophic terrible disastrous
        incalculable irreparable inestimable
    """),
    "es": _words("""
        considerable considerables importante importantes significativo significativa
        significativos significativas crucial cruciales crítico crítica críticos críticas vital
        vitales esencial esenciales fundamental fundamentales clave grave graves serio seria serios
        serias enorme enormes inmenso inmensa inmensos inmensas gran grande grandes notable
        notables destacado destacada destacados destacadas extraordinario extraordinaria
        extraordinarios extraordinarias excepcional excepcionales profundo profunda profundos
        profundas cuantioso cuantiosa cuantiosos cuantiosas ligero ligera ligeros ligeras leve
        leves devastador devastadora devastadores devastadoras catastrófico catastrófica
        catastróficos catastróficas terrible terribles incalculable
        incalculables irreparable irreparables inestimable inestimables
    """),
}
JUDGEMENT_WORDS = 3  # a typed key of at most this many words, one evaluative, is a judgement
# Evaluative words that also make terms in a phrase ("heavy water", "critical mass", "minor
# planet", "Gran Canal", "palabra clave"): they judge alone, not inside a longer key.
TERM_FORMING = _words("""
    key major minor heavy poor great critical vital essential serious slight important modest
    gran grande grandes clave crítico crítica críticos críticas vital vitales esencial esenciales
    fundamental fundamentales grave graves ligero ligera ligeros ligeras leve leves importante importantes
""")


def _adverb_stems(word: str, code: str) -> list[str]:
    """The adjectives ``word`` would be the manner adverb of (empty: its form is no adverb's)."""
    if code == "es":
        return [word[: -len("mente")]] if word.endswith("mente") else []
    if not word.endswith("ly"):
        return []
    stems = [word[:-2]]  # inherent-ly, careful-ly
    if word.endswith("ily"):
        stems.append(word[:-3] + "y")  # happi-ly
    if word.endswith(("ably", "ibly")):
        stems.append(word[:-1] + "e")  # notab-ly -> notable
    return stems


def manner_adverb(word: str, lang: Language) -> bool:
    """Whether ``word`` (one lower-case word) is a manner adverb of a common adjective."""
    code = lang.code if lang.code in EVALUATIVE else "en"
    return any(
        len(stem) >= ADJECTIVE_STEM_LETTERS and lang.familiarity(stem) >= ADJECTIVE_STEM_ZIPF
        for stem in _adverb_stems(word, code)
    )


COMPARATIVE_ZIPF = 2.1  # "costlier" 2.3, "deadlier" 2.4; "forer", "interer" are no words
SUPERLATIVE_BEFORE = re.compile(r"\b(?:most|least|más|mas|menos)\s+$", re.IGNORECASE)
SUPERLATIVE_WORDS = {
    "en": _words("most least best worst"),
    "es": _words("más mas menos mayor menor mayores menores mejor peor mejores peores máximo máxima mínimo mínima"),
}


def superlative(words: list[str], before: str, lang: Language) -> bool:
    """Whether a lower-case key is a superlative ("costliest", "most expensive", "más
    destructivos", "la peor"), or fills "most ____" / "más ____": a judgement whose synonyms
    ("most expensive", "most costly") fit its gap as well (review 16)."""
    code = lang.code if lang.code in SUPERLATIVE_WORDS else "en"
    if SUPERLATIVE_BEFORE.search(before) or fold_word(words[0]) in {fold_word(w) for w in SUPERLATIVE_WORDS[code]}:
        return True
    word = words[-1] if len(words) == 1 else ""
    if code == "es":
        return word.endswith(("ísimo", "ísima", "ísimos", "ísimas"))
    if not word.endswith("est") or len(word) < 6:
        return False
    stem = word[:-3]
    stems = [stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else "", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""]
    # An adjective's stem and its comparative both words ("costly", "costlier"; "large",
    # "larger"): "forest", "interest", "conquest" are nouns.
    comparative = word[:-2] + "r"
    return lang.familiarity(comparative) >= COMPARATIVE_ZIPF and any(s and lang.familiarity(s) >= ADJECTIVE_STEM_ZIPF for s in stems)


def synonym_gap(draft: Draft, lang: Language) -> list[str]:
    """Why a typed gap of ``draft`` is a word many synonyms fill (empty: it is none)."""
    code = lang.code if lang.code in EVALUATIVE else "en"
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip()
        words = key.split()
        if not words or not all(w.isalpha() and w.islower() for w in words):
            continue  # names and figures are no loose words
        if len(words) <= JUDGEMENT_WORDS and superlative(words, gap.before, lang):
            return [f"held back: {key!r} is a superlative, a judgement: its synonyms fit the gap as well, and the accept list cannot hold them all"]
        if len(words) == 1 and manner_adverb(key, lang):
            return [f"held back: {key!r} is a manner adverb: its synonyms fit the gap as well, and the accept list cannot hold them all"]
        # A judgement in a few words ("pérdida incalculable", "a terrible blow"): the
        # evaluative word makes the whole phrase one of many a reader may write.
        evaluative = {fold_word(w) for w in EVALUATIVE[code]}
        if len(words) > 1:
            evaluative -= {fold_word(w) for w in TERM_FORMING}
        if len(words) <= JUDGEMENT_WORDS and (judging := next((w for w in words if fold_word(w) in evaluative), None)):
            what = "an evaluative adjective" if len(words) == 1 else f"a judgement ({judging!r})"
            return [f"held back: {key!r} is {what}: its synonyms fit the gap as well, and the accept list cannot hold them all"]
    return []


# --- An ordinary word the author happened to choose (fresh reviews of session 11) -----------
# A typed gap on a noun of general vocabulary ("the metal vanished into the ____": smelters, or
# furnaces), on a person noun the sentence frames ("the ____ checked every beam": inspectors, or
# engineers), or on a Spanish verb («basta ____ entre los dedos»: frotarlo, or frotar, pelarlo)
# tests the author's wording, not the content: a learner who understood types a synonym or
# another form and is marked wrong. Told by form and by word frequency, never by topic:
# - the word, in its commonest form (singular, without its clitic: "sheen", «choza»,
#   «frotar»), is one general text writes: a noun at least DETAIL_WORD_ZIPF_TERM (3.0, under
#   which the Builder takes a word for a technical term: "calcite" 2.6, "seracs", «pleita»
#   stay); a verb at least TERM_ZIPF (2.5, explanations.py's: «frotar» 2.8); a person or
#   instrument named from a common word ("smelters": smelt, «cocineras»: cocina, «cereros»:
#   cera, "inspectors": inspect) when that word is at least TERM_ZIPF;
# - a noun is held only where the sentence frames it as a referent: right after an article, a
#   possessive or a demonstrative ("into the ____", «Las ____ expertas»). A bare noun names a
#   kind or a material the text chose to teach («con ____ y con roble melojo»: encina);
# - a Spanish verb by its form: an infinitive or gerund with a clitic («frotarlo»,
#   «cortándola»), a gerund, or an infinitive after a word that governs one («basta ____»).
# The document's own terms stay: a word it names, glosses or marks ("called ____", «se llama»,
# "which means ____", *italics*, quotes), one a heading uses, one it writes over and over.
# Held back, not repaired with the bare forms in the accept list: «frotar» for «frotarlo» would
# mend the form, but the verb itself is the author's choice (pelarlo, restregarlo), and so are
# a noun's synonyms; no accept list holds them all.
TERM_REPEATS = 3  # the document writes the word (any of its forms) this often in all: its own term
DEMONSTRATIVES = _words("this that these those este esta estos estas ese esa esos esas aquel aquella aquellos aquellas")
# A Spanish article joined to its preposition frames a noun too («la tienda del ____»); «al»
# also opens an infinitive («al ____ el grano»), which the verb reading takes first.
CONTRACTIONS = _words("del al")
# Naming and glossing words before a word the text gives as its own ("Botanists call this
# stage a fen", «lo que los pastores llaman majada», "nextli, which means fire"), a few words
# between them at most.
NAMING = re.compile(
    r"\b(?:call|calls|called|name|names|named|term|terms|termed|dubbed|known\s+as|means|meaning|meant|"
    r"llaman?|llamaban|llamad[oa]s?|denomin\w+|conocid[oa]s?\s+como|significa|significaba|quiere\s+decir|es\s+decir|o\s+sea)"
    r"(?:\s+[\w’']+){0,3}?\s*[\"“«‘'*_]*$",
    re.IGNORECASE,
)
GLOSS_AFTER = re.compile(r"^[\"”»’'*_]*\s*(?:\(|,\s*(?:which\s+means|meaning|that\s+is|i\.\s?e\.|es\s+decir|o\s+sea|que\s+significa)\b)", re.IGNORECASE)
MARKED = re.compile(r"[\"“«‘*_(]$")  # quotes, emphasis, a gloss in brackets: "nextli (fire)"
GERUND = re.compile(r"^[a-záéíóúñ]{2,}(?:ando|iendo|yendo)$")
INFINITIVE = re.compile(r"^[a-záéíóúñ]{2,}(?:ar|er|ir)$")
# Words after which a Spanish word in -ar/-er/-ir is an infinitive, not a noun («basta frotar»,
# «antes de trabajar», «para separar»; «el lugar», «del taller» stay nouns).
INFINITIVE_BEFORE = re.compile(r"\b(?:basta|bastaba|hay\s+que|había\s+que|para|sin|al|antes\s+de|después\s+de|tras|suele|solía|puede|podía|debe|debía|conviene|hace\s+falta)\s+$", re.IGNORECASE)


def _verb_base(word: str, before: str, code: str) -> str | None:
    """The infinitive or gerund a Spanish key is a form of («frotarlo»: frotar), or None when
    its form is no verb's (English verbs are not read: no form tells them from nouns)."""
    if code != "es":
        return None
    if (bare := without_clitic(word)) is not None:
        return bare
    if GERUND.match(word) or (INFINITIVE.match(word) and INFINITIVE_BEFORE.search(before)):
        return word
    return None


# English words right after a gap that read as its verb, not as a noun it modifies ("the ____
# cut the bodies", "the ____ were paid"): past forms in -ed, auxiliaries, common irregular pasts.
VERB_AFTER = re.compile(
    r"^\s*(?:\w+ed|was|were|is|are|had|has|have|could|would|will|can|may|might|must|should|did|does|do|"
    r"cut|put|set|kept|made|took|gave|went|came|ran|built|brought|bought|sold|held|left|led|met|paid|said|sent|spent|stood|told|won|wrote|also|often|still|never|always)\b",
    re.IGNORECASE,
)


def _modifier(key: str, after: str, lang: Language) -> bool:
    """Whether an English key modifies the noun after its gap ("a ____ pump": flushing; "the
    ____ line": equilibrium): it names the kind, which the text teaches. A gerund always does
    ("the ____ wheel": spinning); a gap before a small word ("the ____ of", "the ____ and") or
    a verb ("the ____ checked") is the noun itself."""
    if key.endswith("ing"):
        return True
    nxt = re.match(r"^\s*([a-z][a-z\-]*)\b", after)
    return nxt is not None and nxt.group(1) not in lang.words.stop_words and not VERB_AFTER.match(after)


def _agent_stems(word: str, code: str) -> list[str]:
    """The words a person or instrument noun is named from ("smelters": smelt; "inspectors":
    inspect; "spinners": spin; «cocineras»: cocina; «pescadores»: pescar); empty when its form
    is no agent's."""
    if code == "es":
        if m := re.fullmatch(r"(\w{3,})er[oa]s?", word):
            stem = m.group(1)
            stem = stem[:-2] + "c" if stem.endswith("qu") else stem[:-1] if stem.endswith("gu") else stem  # barqu-ero: barca
            return [stem + "a", stem + "o"]
        if m := re.fullmatch(r"(\w{3,}[aei])dor(?:a|es|as)?", word):
            return [m.group(1) + "r"]
        return []
    m = re.fullmatch(r"(\w{3,})(?:er|or)s?", word)
    if m is None:
        return []
    stem = m.group(1)
    stems = [stem, stem + "e"]  # smelt-er, carv-er
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # spinn-er: spin
    return stems


def _forms(word: str, lang: Language) -> list[str]:
    """``word`` and its other numbers and spellings ("smelters": smelter; «cocineras»: cocinera)."""
    forms = [word, *lang.term_variants(word), *lang.spelling_variants(word)]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")  # foremen: foreman
    return list(dict.fromkeys(forms))


def _the_documents_term(forms: list[str], document: str, headings: list[str], repeats: bool = True) -> bool:
    """Whether the document gives one of ``forms`` as its own term: names, glosses or marks it,
    a heading writes it, or (with ``repeats``) it comes back over and over."""
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.IGNORECASE)
    if any(pattern.search(h) for h in headings):
        return True
    found = list(pattern.finditer(document))
    if repeats and len(found) >= TERM_REPEATS:
        return True
    return any(
        NAMING.search(document[max(0, m.start() - 60):m.start()])
        or MARKED.search(document[max(0, m.start() - 1):m.start()])
        or GLOSS_AFTER.match(document[m.end():m.end() + 30])
        for m in found
    )


# Everyday adjectives of description that stand between an article and its noun ("in a steady
# ____ under the wheel": stream, or flow; «un fino ____ de agua»: hilo, or chorro): the article
# frames the gap as a noun through them. A closed list, since no part-of-speech data is
# available offline: a noun in that place ("the mill ____": race) makes a compound the text may
# teach, and is no frame; nor is "light", a noun as often ("the light ____": keeper).
DESCRIPTIVE = {
    "en": _words("""
        steady constant continuous regular gentle sudden slow fast quick rapid swift strong weak
        thin thick fine coarse broad wide narrow long short deep shallow high low tall small
        little large big huge tiny vast great heavy hot cold warm cool wet dry dark bright
        faint loud soft hard smooth rough sharp dull steep flat single double whole entire
        endless new old young fresh simple plain strange curious odd brief"""),
    "es": _words("""
        gran grande pequeño pequeña pequeños pequeñas fino fina finos finas leve leves breve
        breves suave suaves fuerte fuertes lento lenta lentos lentas rápido rápida rápidos
        rápidas continuo continua constante constantes nuevo nueva nuevos nuevas viejo vieja
        viejos viejas antiguo antigua enorme enormes largo larga largos largas ligero ligera
        ligeros ligeras espeso espesa denso densa intenso intensa delgado delgada estrecho
        estrecha ancho ancha alto alta bajo baja profundo profunda extraño extraña curioso
        curiosa simple sencillo sencilla único única doble"""),
}
DESCRIPTIONS_BETWEEN = 2  # at most this many such adjectives between the article and the gap
# A comparison's image ("the pressure travels like a ____ along the pipe": wave, or ripple;
# «avanza como una ____»: ondulación, or onda, oscilación): the author's figure, which any word
# of the image fills as well. An English "like"/"as if"/"a kind of" before the gap ("unlike a
# ____" sets a contrast, no image); a Spanish «como» with an indefinite article (a bare «como»
# says a role: «usado como abono»), «a modo de», «una especie de», «igual que».
SIMILE_BEFORE = {
    "en": re.compile(r"\b(?:(?<!would\s)like|as\s+if|as\s+though|a\s+(?:kind|sort)\s+of|resembling)\s+(?:(?:a|an|some)\s+)?$", re.IGNORECASE),
    "es": re.compile(r"\b(?:(?:como|cual|igual\s+que|semejante\s+a|parecid[oa]s?\s+a)\s+(?:un|una|unos|unas)|(?:a\s+(?:modo|manera)\s+de|una\s+(?:especie|suerte)\s+de)(?:\s+(?:un|una|unos|unas))?)\s+$", re.IGNORECASE),
}
# A noun of action or quality made from a common word ("undulation", «ondulación»,
# "settlement", «blandura»): in an image, rare as it is, a word of general vocabulary, not a
# term; with its every synonym ("wave", «onda», «oscilación») it fills the image as well.
ABSTRACT_NOUN = re.compile(r"[a-záéíóúñ]{3,}(?:ation|ition|ment|ness|ance|ence|ación|ición|miento|ura|ez|eza)s?")


def _frame_word(before: str, code: str) -> str:
    """The word that frames a gap (the last before it, folded), past up to
    DESCRIPTIONS_BETWEEN everyday adjectives ("in a steady ____": a)."""
    words = [fold_word(w.lstrip("\"“«‘'*_¿¡(")) for w in before.split()]
    descriptive = {fold_word(w) for w in DESCRIPTIVE[code] | EVALUATIVE[code]}
    for _ in range(DESCRIPTIONS_BETWEEN):
        if len(words) > 1 and words[-1] in descriptive:
            words.pop()
    return words[-1] if words else ""


def _simile_gap(key: str, before: str, code: str, lang: Language) -> bool:
    """Whether the gap is the image of a comparison ("travels like a ____", «como una ____»)
    and its key a word of general vocabulary: one general text writes, or a noun of action or
    quality («ondulación»)."""
    words = before.split()
    descriptive = {fold_word(w) for w in DESCRIPTIVE[code] | EVALUATIVE[code]}
    while words and fold_word(words[-1]) in descriptive:
        words.pop()
    framed = " ".join(words) + " "
    return SIMILE_BEFORE[code].search(framed) is not None and (
        lang.familiarity(key) >= TERM_ZIPF or ABSTRACT_NOUN.fullmatch(key) is not None
    )


# A collection's noun and "of"/«de» before a gap ("a secondary network of ____", «una red
# secundaria de ____», «una hilera de ____»): the members it frames are a bare plural any word of
# their kind fills ("ditches", "channels"; «acequias», «canales»), since no article or
# possessive marks them as the text's own (givesaway3: the frame was none the rule read, and
# «acequias» came back often enough in its text to pass as its term).
COLLECTION_FRAME = {
    "en": re.compile(r"\b(?:network|series|system|set|row|line|string|chain|web|grid|maze|cluster|handful|array|collection|succession|ring|belt|lattice)\s+of\s*$", re.IGNORECASE),
    "es": re.compile(r"\b(?:red|serie|sistema|conjunto|hilera|fila|cadena|malla|entramado|laberinto|racimo|puñado|sucesión|batería|cinturón|retícula|anillo|rosario)(?:\s+(?!de\b)[a-záéíóúñ]+){0,2}\s+de\s*$", re.IGNORECASE),
}


def ordinary_word_gap(draft: Draft, lang: Language, document: str, headings: list[str]) -> list[str]:
    """Why a typed gap of ``draft`` is on an ordinary word the author chose (empty: none is)."""
    code = lang.code if lang.code in EVALUATIVE else "en"
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip()
        if not key.isalpha() or not key.islower() or lang.number_words.fullmatch(fold_word(key)):
            continue  # names, figures, phrases: not this check's
        before = gap.before.rstrip(" \"“«‘'*_")
        if (frame := COLLECTION_FRAME[code].search(gap.before)) and key.endswith("s") and max(lang.familiarity(f) for f in _forms(key, lang)) >= TERM_ZIPF \
                and not _the_documents_term(_forms(key, lang), document, headings, repeats=False):
            return [f"held back: {key!r} is a bare plural of general vocabulary after a collection's noun ({frame.group(0).strip()!r} ____): any word of its kind fills it as well, and the accept list cannot hold them all"]
        if _simile_gap(key, before, code, lang) and not _the_documents_term(_forms(key, lang), document, headings):
            return [f"held back: {key!r} is the image of a comparison the author chose, a word of general vocabulary: a reader who understood types another word of the image, and the accept list cannot hold them all"]
        last = _frame_word(before, code)
        article = last in {fold_word(w) for w in lang.determiners | lang.possessives | DEMONSTRATIVES}
        framed = article or (code == "es" and last in CONTRACTIONS)
        if (base := _verb_base(key, gap.before, code)) is not None and not article and last != "del":
            # The verb's own frequency, not the form's («frotarlo» 1.6, «frotar» 2.8), nor a
            # noun's that happens to share the form («charla» is no «char» + «la»).
            what, forms, measured = "a verb of general vocabulary", [key, base], [base]
        elif framed and not (code == "en" and _modifier(key, gap.after, lang)):
            what, forms = "a word of general vocabulary the sentence frames", _forms(key, lang)
            stems = [stem for form in forms for stem in _agent_stems(form, code)]
            # A noun rarer than a technical term's threshold stays, unless it names a person or
            # a tool from a common word (review: "the metal vanished into the ____", smelters).
            if max(lang.familiarity(f) for f in forms) < DETAIL_WORD_ZIPF_TERM and max((lang.familiarity(f) for f in stems), default=0.0) < TERM_ZIPF:
                continue
            measured = []
        else:
            continue
        if (measured and max(lang.familiarity(f) for f in measured) < TERM_ZIPF) or _the_documents_term(forms, document, headings):
            continue
        return [f"held back: {key!r} is {what}, not a term the text names or teaches: a reader who understood types a synonym or another form of it, and the accept list cannot hold them all"]
    return []


# Words that stand before a noun without describing it as the key does: quantities, order,
# sameness ("the other sap", "the same sap", "more sap"). Stop words are left out anyway.
NOT_A_DESCRIPTION = {
    "en": _words("other same more most less least first last next own whole entire such many much few several each every any all both half new"),
    "es": _words("otro otra otros otras mismo misma mismos mismas primer primero primera primeros primeras ultimo ultima ultimos ultimas propio propia propios propias todo toda todos todas mucho mucha muchos muchas poco poca pocos pocas"),
}
# Words that pick one of a set rather than describe: a side, a position, an order ("the left
# bank" against "the right bank", "the eighteenth century"): the other words are other things,
# and the gap asks which one, the text's detail.
PICKING_WORDS = {
    "en": _words("""left right upper lower middle inner outer front back top bottom northern southern eastern western north south
        east west second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
        sixteenth seventeenth eighteenth nineteenth twentieth older younger elder earlier later early late"""),
    "es": _words("""izquierdo izquierda izquierdos izquierdas derecho derecha derechos derechas superior superiores inferior inferiores
        medio media interior interiores exterior exteriores delantero delantera trasero trasera norte sur este oeste
        septentrional meridional oriental occidental segundo segunda tercero tercera cuarto cuarta quinto quinta sexto sexta
        septimo septima octavo octava noveno novena decimo decima mayor menor antiguo antigua nuevo nueva"""),
}
# The name a text gives a thing ("called ____ wagons", «llamados ____»): its own term, no description.
NAMED_BEFORE = re.compile(r"\b(?:called|named|known\s+as|termed|llamad[oa]s?|denominad[oa]s?|conocid[oa]s?\s+como)\s+(?:(?:the|a|an|el|la|los|las|un|una)\s+)?$", re.IGNORECASE)
# A Spanish adjective after its noun agrees with it: its ending ("savia cruda", «savia fresca»).
SPANISH_ENDINGS = ("os", "as", "es", "o", "a", "e", "l", "r", "z")


def other_modifiers_gap(draft: Draft, lang: Language, document: str) -> list[str]:
    """A typed gap on a one-word modifier of a noun the document also qualifies with other
    words: "the ____ sap is toxic" keyed "uncured" while the text elsewhere writes "the raw sap"
    and "fresh sap" (gapfixes, kind 5): a reader who understood types one of the document's
    own words for the same thing, and the accept list would have to guess which are synonyms.
    Held back. English reads the word before the noun after the gap, Spanish the word after the
    noun before it, agreeing with the key («la savia ____»: «cruda», «fresca»)."""
    code = "es" if lang.code == "es" else "en"
    stop = lang.words.stop_words
    for gap in gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip()
        if not key.isalpha() or not key.islower() or fold_word(key) in PICKING_WORDS[code] or lang.number_words.fullmatch(fold_word(key)):
            continue  # a count ("twenty towers") or a pick is the text's detail
        if NAMED_BEFORE.search(gap.before):
            continue  # "called ____ wagons": the name the text gives, its own term
        if code == "en":
            head = re.match(r"\s+([a-z][a-z\-]{2,})\b", gap.after)
            if head is None or fold_word(head.group(1)) in stop:
                continue
            # At a noun phrase's start: after a small word or a sentence's start ("the raw sap",
            # "Fresh sap is"), not after a noun ("workers collect sap").
            pattern = re.compile(rf"(?:(?:^|[.;:!?]\s+)|\b(?P<small>[a-z]+)\s+)(?P<word>[A-Za-z][a-z\-]{{2,}})\s+{re.escape(head.group(1))}\b")
        else:
            head = re.search(r"\b(?:[Ee]l|[Ll]as?|[Ll]os|[Uu]n|[Uu]nas?|[Uu]nos|del|al)\s+([a-záéíóúñü]{3,})\s+$", gap.before)
            if head is None:
                continue
            pattern = re.compile(rf"\b(?:[Ee]l|[Ll]as?|[Ll]os|[Uu]n|[Uu]nas?|[Uu]nos|del|al)\s+{re.escape(head.group(1))}\s+(?P<word>[a-záéíóúñü]{{3,}})\b")
        own = fold_word(key)
        others = []
        for m in pattern.finditer(document):
            if code == "en" and m.group("small") and fold_word(m.group("small")) not in stop:
                continue
            word = fold_word(m.group("word"))
            if word == own or word in stop or word in NOT_A_DESCRIPTION[code] or word in PICKING_WORDS[code] or word[:SHORT_STEM] == own[:SHORT_STEM] or lang.number_words.fullmatch(word):
                continue
            if code == "es" and not any(word.endswith(e) and own.endswith(e) for e in SPANISH_ENDINGS):
                continue  # not agreeing with the key: a verb or another noun («la savia contiene»)
            if code == "en" and (word.endswith(("ly", "ing")) and not own.endswith(("ly", "ing"))):
                continue  # "slowly sap", "boiling sap": a verb's or a manner's, another use
            others.append(m.group("word").lower())
        if others:
            shown = ", ".join(repr(w) for w in dict.fromkeys(others))
            return [f"held back: the document also writes {shown} for the {head.group(1)!r} the gap qualifies: a reader types one of the text's own words, and the accept list cannot tell which say the same as {key!r}"]
    return []
