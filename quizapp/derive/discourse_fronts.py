"""A card front that is a discourse phrase, not a thing a learner can be asked about: "La clave
del proceso" → "La levadura …", "Un caso interesante" → "La llamada fermentación maloláctica"
(fresh review, kinds7 (a)).

"X es Y" reads like a definition, but when X is the writer's signpost ("the key point", "another
example", "the result", "el problema", "un caso interesante") the card's front names nothing of
the document: a learner shown "Un caso interesante" cannot know what is asked, and the back's
thing is what the card should have been about. Such a card is held back when its front's words,
articles and prepositions aside, are a signposting head noun (key, point, example, case, result,
problem; clave, caso, ejemplo, resultado, problema; "lo" with an adjective) and otherwise only evaluative or discourse
modifiers (key, interesting, another, main; interesante, otro, principal) or nouns as generic
("the process", "del fenómeno"). A real term keeps its card: "El punto de rocío" (dew: not
generic), "The Key Bridge" (a name), "The keystone".
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.derive.extract import fold
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, folded (accents off)."""
    return frozenset(fold(w).lower() for w in text.split())


# Nouns a writer signposts with: they point at the thing the sentence goes on to name.
SIGNPOST_HEADS = {
    "en": _words("key point thing example case instance result outcome problem issue question lesson secret "
                 "answer part surprise novelty difference advantage drawback downside upside challenge trick catch "
                 "solution explanation conclusion twist highlight curiosity paradox irony"),
    "es": _words("clave punto cosa ejemplo caso resultado problema cuestion leccion secreto respuesta sorpresa "
                 "novedad parte diferencia ventaja inconveniente desventaja reto desafio truco solucion explicacion "
                 "conclusion curiosidad paradoja ironia particularidad"),
}
# Modifiers that grade or order the signpost rather than say what it is.
DISCOURSE_MODIFIERS = {
    "en": _words("key main chief central crucial essential important real true big great first second last final "
                 "next other another further interesting curious striking surprising remarkable notable famous "
                 "classic good best better bad worst obvious only whole basic underlying same"),
    "es": _words("clave principal central crucial esencial fundamental importante verdadero verdadera real gran "
                 "grande primer primero primera segundo segunda ultimo ultima siguiente otro otra interesante "
                 "curioso curiosa llamativo llamativa sorprendente notable famoso famosa clasico clasica buen "
                 "bueno buena mejor mal malo mala peor unico unica basico basica mismo misma mas"),
}
# Nouns as generic as the signpost itself: "of the process", "del fenómeno", "of the story".
GENERIC_COMPLEMENTS = {
    "en": _words("process phenomenon story matter affair system method mechanism reaction procedure approach "
                 "factor feature aspect element whole all it this that"),
    "es": _words("proceso fenomeno historia asunto sistema metodo mecanismo reaccion procedimiento factor rasgo "
                 "aspecto elemento todo esto eso ello"),
}
FUNCTION_WORDS = _words("a an the of in to for this that these those un una unos unas el la los las lo de del al "
                        "en este esta ese esa aquel aquella")


def discourse_front(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a card, has no real front (empty: its front names a thing of the document)."""
    if draft.kind != "card":
        return []
    code = lang.code if lang.code in SIGNPOST_HEADS else "en"
    front = str(draft.item.get("front", "")).strip()
    words = re.findall(r"[^\W\d_]+", front)
    if not words or any(w[:1].isupper() for w in words[1:]):  # a name in it: "The Key Bridge"
        return []
    content = [fold(w).lower() for w in words if fold(w).lower() not in FUNCTION_WORDS]
    heads = [w for w in content if w in SIGNPOST_HEADS[code]]
    if not heads and code == "es" and fold(words[0]).lower() == "lo" and content:
        heads = content[-1:]  # "Lo más curioso", "Lo importante": an adjective made a noun
    if not heads and any(w in DISCOURSE_MODIFIERS[code] for w in content):
        # "An important phenomenon", «Un fenómeno curioso» (fronts4): a generic noun graded is
        # the writer's evaluation; the term is what the sentence goes on to name
        heads = [w for w in content if w in GENERIC_COMPLEMENTS[code]]
    allowed = SIGNPOST_HEADS[code] | DISCOURSE_MODIFIERS[code] | GENERIC_COMPLEMENTS[code]
    if not heads or not all(w in allowed for w in content):  # "El punto de rocío": a term
        return []
    return [f"held back: the card's front {front!r} is a discourse phrase ({heads[0]!r}), not a term, person, place or thing of the document: it does not say what it asks"]


# Ordinals that number a writer's list ("the second approach", «la tercera línea»): with one
# noun and nothing else, the front names a place in the text's order, not a thing (kinds13).
ORDINALS = {
    "en": _words("first second third fourth fifth sixth seventh eighth ninth tenth last final next"),
    "es": _words("primer primero primera segundo segunda tercer tercero tercera cuarto cuarta quinto quinta sexto "
                 "sexta septimo septima octavo octava noveno novena decimo decima ultimo ultima siguiente"),
}


def ordinal_front(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a card, has an ordinal and a noun alone for a front ("The second
    approach", «La tercera línea»; empty: its front says what it asks)."""
    if draft.kind != "card":
        return []
    code = lang.code if lang.code in ORDINALS else "en"
    front = str(draft.item.get("front", "")).strip()
    words = re.findall(r"[^\W\d_]+", front)
    if not words or any(w[:1].isupper() for w in words[1:]):  # a name: "La Primera Cruzada"
        return []
    content = [fold(w).lower() for w in words if fold(w).lower() not in FUNCTION_WORDS]
    if len(content) != 2 or content[0] not in ORDINALS[code] or content[1] in ORDINALS[code]:
        return []
    return [f"held back: the card's front {front!r} is an ordinal and a noun alone: it names a place in the text's order, not a thing to ask about"]


# Abstract nouns a writer uses to take up what an earlier sentence said ("the principle", «la
# decisión», kinds17): with the definite article and nothing saying which, a front holding one
# asks about a thing the learner is not shown ("what happened once the principle was accepted?").
UNNAMED_REFERENTS = {
    "en": _words("principle decision method measure measures change changes proposal proposals plan idea reform "
                 "policy agreement scheme solution approach technique arrangement ruling request offer deal "
                 "innovation practice rule move step compromise settlement initiative judgment judgement verdict "
                 # a measure an earlier sentence counted ("if the proportion falls", cover-text)
                 "proportion ratio share result"),
    "es": _words("principio decision metodo medida medidas cambio cambios propuesta propuestas plan idea reforma "
                 "politica acuerdo solucion tecnica arreglo fallo peticion oferta innovacion practica norma paso "
                 "compromiso iniciativa sentencia resolucion dictamen veredicto proporcion porcentaje resultado"),
}
DEFINITE = {"en": _words("the"), "es": _words("el la los las al del")}
# What says which one after the noun: "the principle of the stamp", «la medida del grano», "the
# decision to close", «la propuesta de Ruiz», "the change in pressure", a relative ("the plan that
# ...", «la idea que ...»).
SAYS_WHICH = {"en": _words("of to that which for on about against in from between by"),
              "es": _words("de del que para sobre contra a al en entre por")}
# Words that may stand between the article and the noun and still say nothing of which one.
EMPTY_MODIFIERS = {
    "en": _words("new same whole proposed final"),
    "es": _words("nuevo nueva nuevos nuevas misma mismo mismas mismos"),
}


# Concrete nouns as generic ("the liquid", «la mezcla», cards2): a text names the stuff once ("the
# brine", «el agua de los panales») and takes it up by its kind. A front holding one with the
# definite article, followed by its verb rather than by what says which, asks about a stuff the
# learner is not shown ("what happens when the liquid is cooled?"). Unlike the abstract nouns,
# a word after the noun that is no function word may be what says which ("the liquid ammonia"),
# so the noun must end the front or stand before a function word or a clitic ("is", «se»).
GENERIC_STUFF = {
    "en": _words("liquid liquids mixture mixtures gas gases solution solutions solid solids product products "
                 "material materials water substance substances compound fluid fluids powder paste residue "
                 "liquor mass"),
    "es": _words("liquido liquidos mezcla mezclas gas gases disolucion disoluciones solido solidos producto "
                 "productos material materiales sustancia sustancias compuesto fluido fluidos polvo pasta "
                 "residuo masa"),
}
PREPOSITIONS = {
    "en": _words("to towards toward into onto from over under across in on at by with through off of for about "
                 "between above below beneath inside within"),
    "es": _words("a hacia en desde sobre bajo con por para hasta entre de contra sin tras"),
}
# "The right X" (cards2): "when the right ions meet in the right conditions", «los iones
# adecuados»: right for what? Said without it, the front leans on a sentence that says.
RIGHT = {
    "en": _words("right proper correct appropriate suitable"),
    "es": _words("adecuado adecuada adecuados adecuadas apropiado apropiada apropiados apropiadas correcto "
                 "correcta correctos correctas idoneo idonea idoneos idoneas"),
}

# "The right bank", "the right hand": the side, not the fitting one.
SIDES = _words("bank hand side wing arm leg eye ear foot angle angles")


def _stuff_ends_phrase(folded: list[str], i: int, lang: Language) -> bool:
    """Whether the generic noun at ``folded[i]`` ends its noun phrase: the front ends there, or
    a function word follows it that does not say which ("is", "when", «se», «y»)."""
    code = lang.code if lang.code in SAYS_WHICH else "en"
    if i + 1 == len(folded):
        return True
    after = folded[i + 1]
    return after not in SAYS_WHICH[code] and after in lang.words.stop_words


def _title_names(noun: str, headings: Sequence[str]) -> bool:
    """Whether the document's title writes ``noun`` ("Liquid nitrogen"): the stuff is the title's."""
    return bool(headings) and noun in {fold(w).lower() for w in re.findall(r"[^\W\d_]+", headings[0])}


# An article introducing a thing a front then takes up ("signed an agreement with the club. The
# agreement ...", «firmaron un convenio ... El convenio ...»).
_INTRODUCING = {"en": frozenset({"a", "an"}), "es": frozenset({"un", "una"})}


def unnamed_referent_front(draft: Draft, lang: Language, headings: Sequence[str] = ()) -> list[str]:
    """Why ``draft``, a card, has a front naming something an earlier sentence said without
    saying which ("once the principle was accepted", «tras la decisión», "when the liquid is
    cooled", "when the right ions meet"; empty: it says). A stuff the title names ("Liquid
    nitrogen": "the liquid") is the document's own subject."""
    if draft.kind != "card":
        return []
    code = lang.code if lang.code in UNNAMED_REFERENTS else "en"
    front = str(draft.item.get("front", ""))
    front = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", front)  # a quoted term is the text's own
    # figures are words here: a year between the article and its noun says which ("the 2019
    # agreement", brief claims2); a figure is never lower case, so never asked about itself
    words = re.findall(r"[^\W_]+", front)
    folded = [fold(w).lower() for w in words]
    for i, word in enumerate(folded):
        if not words[i].islower() or i == 0:
            continue
        # A stuff after a preposition is often a place or a medium ("from the land towards the
        # water"), not the stuff an earlier sentence named: only a subject or an object is read.
        governed = folded[i - 1] in ("al", "del") or (i >= 2 and folded[i - 2] in PREPOSITIONS[code])
        stuff = word in GENERIC_STUFF[code] and folded[i - 1] in DEFINITE[code] and not governed
        if stuff and _stuff_ends_phrase(folded, i, lang) and not _title_names(word, headings):
            return [f"held back: the card's front names {words[i - 1] + ' ' + words[i]!r} without saying which: the text named the stuff in an earlier sentence, which the learner is not shown"]
        if (right := _right_noun(folded, i, code)) is not None:
            return [f"held back: the card's front asks about {right!r} without saying right for what: an earlier sentence says, which the learner is not shown"]
        if word not in UNNAMED_REFERENTS[code]:
            continue
        before = i - 1
        while before >= 0 and folded[before] in EMPTY_MODIFIERS[code]:
            before -= 1
        if before < 0 or folded[before] not in DEFINITE[code]:
            continue
        after = folded[i + 1] if i + 1 < len(folded) else ""
        if after in SAYS_WHICH[code] or (i + 1 < len(words) and words[i + 1][:1].isupper()):
            continue  # "the principle of the stamp", "the Hadley method"
        if any(folded[k] == word and _introduced(folded, k, lang) for k in range(1, before)):
            continue  # "... signed an agreement ... The agreement lists ...": the front says which itself
        return [f"held back: the card's front names {' '.join(words[before:i + 1])!r} without saying which: it is something an earlier sentence said, which the learner is not shown"]
    return []


def _introduced(folded: list[str], k: int, lang: Language) -> bool:
    """Whether the noun at ``folded[k]`` follows an indefinite article, directly or past up to two
    words of its own ("signed a charter", "signed a new scheme", «un nuevo acuerdo»)."""
    code = lang.code if lang.code in _INTRODUCING else "en"
    for j in range(k - 1, max(k - 4, -1), -1):
        if folded[j] in _INTRODUCING[code]:
            return True
        if folded[j] in lang.words.stop_words:
            return False
    return False


def _right_noun(folded: list[str], i: int, code: str) -> str | None:
    """"the right ions" (article, "right", noun) or «los iones adecuados» (article, noun,
    «adecuados») with nothing after saying what for ("the right ions for the crystal", «los
    iones adecuados para ...»): the phrase, or None."""
    after = folded[i + 1] if i + 1 < len(folded) else ""
    if after in SAYS_WHICH[code] or folded[i] in FUNCTION_WORDS | SIDES:
        return None
    if code == "en" and folded[i - 1] in RIGHT[code] and i >= 2 and folded[i - 2] in DEFINITE[code]:
        return " ".join(folded[i - 2:i + 1])
    if code == "es" and folded[i - 1] in DEFINITE[code] and folded[i] not in FUNCTION_WORDS and i + 1 < len(folded) and folded[i + 1] in RIGHT[code]:
        after = folded[i + 2] if i + 2 < len(folded) else ""
        return None if after in SAYS_WHICH[code] else " ".join(folded[i - 1:i + 2])
    return None


# A term card's front read from its quotes ("what is meant by “firn”?", «¿a qué se llama
# «raspa»?»), or the whole front when it is the term alone ("A raised bog").
QUOTED_TERM = re.compile(r"«([^»]+)»|“([^”]+)”")
# Verbs that link a subject to what it becomes or is like ("becomes brittle", «vuelve soluble la
# grasa», «se queda seca»): a phrase right after one is a predicate, not a term (kinds17).
LINKING_VERBS = {
    "en": _words("become becomes became becoming turn turns turned grow grows grew get gets got seem seems seemed "
                 "remain remains remained stay stays stayed render renders rendered prove proves proved"),
    "es": _words("se vuelve vuelven volvio volvia volvian queda quedan quedo quedaba quedaban resulta resultan "
                 "resulto parece parecen pone ponen puso hace hacen hizo torna tornan esta estan estaba estaban"),
}
LINK_REACH = 3  # words a linking verb may stand before the term's head ("vuelve soluble la grasa")
DETERMINERS_AFTER_VERB = {"en": _words("a an the its their"), "es": _words("un una unos unas el la los las su sus")}
DEFINITION_TAGS = frozenset(("definition", "apposition"))


def card_term(draft: Draft) -> str:
    """The term a definition card asks about: its quoted words, or the front itself."""
    front = str(draft.item.get("front", "")).strip()
    if found := QUOTED_TERM.search(front):
        return next(g for g in found.groups() if g)
    return front


def predicate_front(draft: Draft, lang: Language, paragraph: str) -> list[str]:
    """Why ``draft``, a term card, asks to define a verb or a predicate rather than a term
    ("what is meant by “becomes brittle”?", «¿a qué se llama «pasta cuaja»?»; empty: its front
    is a noun phrase). A process named by a verb is asked, if at all, as a question with its
    subject (the condition and cause cards), never as a term."""
    if draft.kind != "card" or not DEFINITION_TAGS & set(draft.item.get("tags", [])):
        return []
    code = lang.code if lang.code in LINKING_VERBS else "en"
    term = card_term(draft)
    term_words = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", term)]
    if verb := next((w for w in term_words if w in LINKING_VERBS[code]), None):
        return [f"held back: the card's front {term!r} holds a verb ({verb!r}): it quotes a verb phrase, not a term"]
    # The term right after a linking verb, in its paragraph: "the hide becomes supple".
    for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", paragraph, re.IGNORECASE):
        before = re.findall(r"[^\W\d_]+|[,;:.]", paragraph[: m.start()])[-LINK_REACH:]
        clause = before[max((i + 1 for i, w in enumerate(before) if w in ",;:."), default=0):]
        # «se» links only right before the term («se cristaliza»): «lo que se llama la X» names it.
        linking = [w for i, w in enumerate(clause) if fold(w).lower() in LINKING_VERBS[code] - {"se"} or (fold(w).lower() == "se" and i == len(clause) - 1)]
        if verb := next(iter(linking), None):
            return [f"held back: the card's front {term!r} is what the text says something {verb} (a predicate), not a term"]
    # A back that opens with a verb and its object («Forma una masa blanda»): what the text
    # restates is an action, so the front it restates is one too.
    back = re.findall(r"[^\W\d_]+", str(draft.item.get("back", "")))
    if code == "es" and len(back) > 1:
        first, second = fold(back[0]).lower(), fold(back[1]).lower()
        if first == "se" or (first not in lang.words.stop_words and second in DETERMINERS_AFTER_VERB[code]):
            return [f"held back: the card's back opens with a verb ({back[0]!r}): it restates an action, and its front {term!r} is no term"]
    return []


# Adverbs that date or order a clause against another sentence ("the company then moved", «ya
# vendía», cards2): left in a question's front, they point to a time the learner is not shown.
SEQUENCE_ADVERBS = {
    "en": _words("then thereafter afterwards afterward subsequently meanwhile already"),
    "es": _words("entonces ya luego posteriormente despues"),
}
# What keeps such a word from pointing: «ya que» (since), «después de ...», «luego de ...» (their
# own complement says after what).
ADVERB_COMPLEMENTS = _words("que de del")


def leftover_adverb_front(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a question card ("when ...?", "what happens when ...?"), keeps an adverb
    that points to another sentence ("when did the company then move ...?", «¿cuándo ya vendía
    el taller ...?»; empty: it keeps none)."""
    front = str(draft.item.get("front", ""))
    if draft.kind != "card" or "?" not in front:
        return []
    code = lang.code if lang.code in SEQUENCE_ADVERBS else "en"
    front = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", front)
    folded = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", front)]
    for i, word in enumerate(folded):
        after = folded[i + 1] if i + 1 < len(folded) else ""
        if word in SEQUENCE_ADVERBS[code] and after not in ADVERB_COMPLEMENTS:
            return [f"held back: the card's front keeps {word!r}, which points to a time or step another sentence gives: the learner is not shown it"]
    return []


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡«“\"])")
# A clause reported after a verb of saying, or opened after another time (cards2): "X said last
# spring that he had seen the pans in 1951" dates the seeing, not the saying.
SAYING = {
    "en": r"\b(?:said|says|told|recalled|remembered|wrote|claimed|explained|admitted|stated|reported|announced|insisted|added|noted|argued)\b[^.]*\bthat\b",
    "es": r"\b(?:dijo|dice|conto|cuenta|recordo|recuerda|escribio|afirmo|explico|admitio|declaro|aseguro|anuncio|insistio|senalo|relato|confeso|contaba|decia|recordaba)\b[^.]*\bque\b",
}
SUBORDINATE = {
    "en": r"\b(?:that|when|after|before|since|until|because)\b",
    "es": r"\b(?:que|cuando|despues|antes|desde|hasta|porque)\b",
}
OTHER_TIME = {
    "en": r"\b(?:yesterday|ago|last|previous|earlier|that\s+(?:year|day|morning|evening|night|spring|summer|autumn|winter|week|month))\b",
    "es": r"\b(?:ayer|hace|pasado|pasada|anterior|aquel\s+(?:ano|dia|invierno|verano|otono|mes)|aquella\s+(?:manana|noche|tarde|primavera|semana))\b",
}


def other_clauses_date(draft: Draft, lang: Language, paragraph: str) -> list[str]:
    """Why ``draft``, a "when" card, is backed by the date of another clause than the one it
    asks (empty: the date is its verb's). Its sentence closes on the date after a reported clause
    ("Pike said last spring that he had first seen the pans in 1951": when did he see them, not
    when did he say so) or after a second time and a second verb ("... la pasada primavera que
    había aprendido el oficio en 1962"); the front asks the first verb."""
    if draft.kind != "card" or "dates" not in draft.item.get("tags", []):
        return []
    code = lang.code if lang.code in SAYING else "en"
    date = str(draft.item.get("back", "")).strip()
    for sentence in SENTENCE_END.split(paragraph):
        body = sentence.strip().rstrip(".").rstrip()
        if not date or not body.endswith(date) or body.count(date) != 1:
            continue
        before = fold(body[: -len(date)]).lower()
        if re.search(SAYING[code], before) or (re.search(OTHER_TIME[code], before) and re.search(SUBORDINATE[code], before)):
            return [f"held back: the card's date {date!r} closes a clause of its own in its sentence (after a verb of saying or another time): the front asks the sentence's first verb, which the date does not date"]
    return []


# An ordinal standing for a noun of the sentence before ("Three factors ... The first is money,
# the second is politics", «El tercero es el clima», "the latter", «este último»; brief fronts4):
# the first what? Right after it comes its verb or the clause's end, never its noun.
BARE_ORDINAL = {
    "en": re.compile(
        r"\b(?:the|this|these)\s+(?:first|second|third|fourth|fifth|last|latter|former)"  # not "the former mayor", "the latter half"
        r"(?=\s+(?:is|was|are|were|has|had|will|would|can|could|may|might|remains|remained|became|becomes)\b|\s*[,;.?!]|\s*$)",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:(?:el|la|los|las)\s+(?:primero|primera|segundo|segunda|tercero|tercera|cuarto|cuarta|quinto|quinta|último|última)"
        r"|(?:este|esta|estos|estas)\s+(?:último|última|últimos|últimas))"  # not «este último informe»
        r"(?=\s+(?:es|era|fue|son|eran|fueron|será|sería|está|estaba|sigue|seguía|ha|había|tiene|tenía)\b|\s*[,;.?!]|\s*$)",
        re.IGNORECASE,
    ),
}


def bare_ordinal(text: str, lang: Language) -> str | None:
    """The bare ordinal ``text`` makes a subject of ("the first is", «el tercero es», "the
    latter", «este último»), quotations left out, or None."""
    pattern = BARE_ORDINAL.get(lang.code)
    if pattern is None:
        return None
    m = pattern.search(re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", text))
    return m.group() if m else None


def bare_ordinal_front(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a card, asks about a bare ordinal ("Explain why the first is money, the
    second is politics, and the third is the climate": the first what?), or empty. A card
    quoting the sentence that names the noun still holds the ordinals outside its quote; a
    why-card on a list of them would also give the last clause's reason to the whole list."""
    if draft.kind != "card":
        return []
    if (ordinal := bare_ordinal(str(draft.item.get("front", "")), lang)) is None:
        return []
    return [f"held back: the card's front asks about {ordinal!r}, an ordinal standing for a noun the sentence before names: the learner is not shown which"]


# A definition card read from "X was the main reason Y" ("Moravia's change of heart" -> "The main
# reason the project moved at all", fronts4): the back judges what X did for the story, it does
# not say what X is; and a possessive event ("X's change of heart", «el cambio de opinión de X»)
# is an episode of the story, not a term.
JUDGING_BACK = {
    "en": re.compile(r"^(?:the|a|an|one)\s+(?:(?:main|chief|real|only|key|principal|major|biggest|single|decisive|first|other)\s+)*"
                     r"(?:reason|cause|factor|force|driver|obstacle|trigger|turning\s+point)\b", re.IGNORECASE),
    "es": re.compile(r"^(?:el|la|un|una)\s+(?:(?:principal|verdader[oa]|únic[oa]|gran|mayor|primer[oa]?)\s+)*"
                     r"(?:razón|causa|motivo|factor|motor|obstáculo|detonante)\b", re.IGNORECASE),
}
POSSESSIVE_EVENT = {
    "en": re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?\s+(?:(?:sudden|late|final|first)\s+)?"
                     r"(?:change|decision|refusal|choice|shift|turn|u-turn|move|support|withdrawal|reversal|entry|exit|veto)\b"),
    "es": re.compile(r"^(?:el|la)\s+(?:cambio|decisión|negativa|giro|retirada|apoyo|veto|entrada|salida)\b.*\b(?:de|del)\s+[A-ZÁÉÍÓÚÑ]"),
}


def judging_definition(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a definition card, is a judgement of an episode rather than a term and
    what it is ("Moravia's change of heart" -> "The main reason the project moved at all"), or
    empty."""
    if draft.kind != "card" or not DEFINITION_TAGS & set(draft.item.get("tags", [])):
        return []
    code = lang.code if lang.code in JUDGING_BACK else "en"
    front = str(draft.item.get("front", "")).strip()
    back = str(draft.item.get("back", "")).strip()
    if (m := JUDGING_BACK[code].match(back)) is not None:
        return [f"held back: the card's back {m.group()!r}... judges what {front!r} did in the story, it does not say what it is: no term is asked"]
    if POSSESSIVE_EVENT[code].match(front):
        return [f"held back: the card's front {front!r} is an episode of the story (someone's act), not a term the text defines"]
    return []


# "Both", «ambos», «ambas» in a front standing for two things it does not name ("when did Ambas
# send their tiles to the fair?", brief full-fronts): the two are another sentence's, which the
# learner is not shown. "Both the mill and the forge", "both sides": named (context.both_as_pronoun).


def both_front(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a card, asks about "both" of something its front does not name, or empty."""
    from quizapp.derive.context import both_as_pronoun  # context reads this module

    if draft.kind != "card":
        return []
    front = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", str(draft.item.get("front", "")))
    words = re.findall(r"[^\W\d_]+", front)
    for i, word in enumerate(words):
        if both_as_pronoun(words, i, lang):
            return [f"held back: the card's front asks about {word!r} without naming the two: another sentence names them, which the learner is not shown"]
    return []
