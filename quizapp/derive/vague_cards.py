"""A definition card that asks nothing specific: "La formación de los fondos" → "Un proceso
lento que se prolongó más de un siglo" (review 14, rule 3).

"X fue un proceso lento que ..." reads like a definition, but X is no term: it is an undertaking
of the story, named as "the formation of", "la construcción de", and the back says what kind of
undertaking it was (a slow process, a long task), one of many equally true answers about it
(who did it, when it began, what it brought in). Such a card is held back when its back opens
with a generic class noun (process, task, period; proceso, tarea, etapa) and either
- the front is an action noun with its object ("the restoration of the organ", "la
  construcción del canal"), or
- the class noun is graded at once ("a slow process", "una tarea larga"): a characterisation.
A real term defined by its class ("Osmosis: the process by which water crosses a membrane",
"El tequio: un trabajo comunitario que ...") keeps its card. A back that is only a class, a
few adjectives and a noun with nothing saying which member ("A dimensionless quantity" for the
Reynolds number), is held back whatever its head.

A back headed by a relational class noun, one every sibling of the thing shares ("a
characteristic of the pump itself, measured by the manufacturer", review 17's "NPSH required";
"una propiedad del avión"), says what the thing is only when something narrows the class to it:
a relative or purpose clause ("that measures how ...", "que mide ...", "needed to ..."). Without
one it fits every characteristic of the pump, and the card is held back. So is a back that only
rates a vague part or step ("an important step of the method", «un paso importante del
proceso»: defphrase), with nothing saying what the thing is or does.

A "who was this?" card whose back is praise and a class ("Celebrated civil engineer",
"Prestigioso arquitecto": an unseen pair's review, for a consultant the text says reviewed and
changed the design) says nothing of the person's part in the story: every famous engineer fits.
It is held back.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.derive.discourse_fronts import card_term
from quizapp.derive.extract import fold
from quizapp.derive.word_families import FAMILY_STEM, share_opening, textbook_compound
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft


def _words(text: str) -> frozenset[str]:
    """A word list written as running text (one frozenset of its words)."""
    return frozenset(text.split())


# Nouns that class a thing without defining it: "a process", "una tarea".
GENERIC_HEADS = {
    "en": _words("process task period stage phase undertaking effort job work affair matter business episode step time"),
    "es": _words("proceso tarea periodo etapa fase empresa esfuerzo trabajo labor asunto episodio paso momento obra"),
}
# Adjectives that grade the undertaking rather than say what it is.
GRADING = {
    "en": _words("slow long lengthy difficult hard costly expensive complex complicated gradual painstaking laborious "
                 "short quick rapid brief arduous troubled"),
    "es": _words("lento lenta largo larga costoso costosa dificil complejo compleja complicado complicada gradual "
                 "laborioso laboriosa arduo ardua breve corto corta rapido rapida accidentado accidentada"),
}
# An action noun with its object: "the restoration of", "la construcción del".
ACTION_OF = {
    "en": re.compile(r"^(?:the\s+)?\w+(?:tion|sion|ment|ing|ance|ence|al|ure)\s+of\s+", re.IGNORECASE),
    "es": re.compile(r"^(?:la\s+|el\s+)?\w+(?:ción|sión|miento|aje|ura|anza|encia|ancia)\s+(?:de|del)\s+", re.IGNORECASE),
}
# Class nouns every sibling of a thing shares, whose "of" names the owner, not which one: "a
# characteristic of the pump", "una propiedad del avión" ("a measure of the margin against
# cavitation" says what it measures: not these).
RELATIONAL_HEADS = {
    "en": _words("characteristic property feature attribute trait quality aspect element factor component thing part"),
    "es": _words("caracteristica propiedad rasgo atributo cualidad aspecto elemento factor componente cosa parte"),
}
# Words that open what narrows a class to one member: a relative or purpose clause, a comparison.
NARROWING = {
    "en": _words("that which who whom whose where when whereby how why to for between than needed required used"),
    "es": _words("que cual cuales cuyo cuya cuyos cuyas donde cuando como para entre segun necesaria necesario usada usado"),
}
# The term a definition card's front quotes ("what is meant by “X”?", «¿a qué se llama «X»?»), and
# the pointing words that stand for a term named elsewhere («Se llama así a ...», "This is called so").
QUOTED_TERM = re.compile(r"[«“\"]([^«»“”\"]+)[»”\"]\s*\??\s*$")
POINTING_WORDS = _words("asi so thus this that these those it such eso esto ello aquello este esta estos estas tal tales")
RELATIONAL_LEAD = 3  # words a relational head may stand after ("a key design characteristic")
ARTICLES = _words("a an the one un una el la los las uno")
CLASS_ONLY_WORDS = 4  # "a bright northern constellation": modifiers and a class noun, no more


def vague_definition(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a definition card, asks nothing specific (empty: it is a fair card)."""
    if draft.kind != "card" or "definition" not in draft.item.get("tags", []):
        return []
    code = lang.code if lang.code in GENERIC_HEADS else "en"
    front = str(draft.item.get("front", "")).strip()
    words = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", str(draft.item.get("back", "")))]
    while words and words[0] in ARTICLES:
        words = words[1:]
    if not words:
        return []
    stop = {fold(w) for w in lang.words.stop_words}
    if len(words) <= CLASS_ONLY_WORDS and not any(w in stop for w in words):
        # "The Reynolds number" -> "A dimensionless quantity" (a second fresh review): adjectives
        # and a class noun, nothing ("of", "that", "where", "de", "que") saying which member.
        return [f"held back: the card's back {draft.item.get('back')!r} only names a class: it fits any member of it, not {front!r} in particular"]
    if relational := _relational_only(words, code):
        return [f"held back: the card's back {draft.item.get('back')!r} names only a class every sibling of {front!r} shares "
                f"(a {relational} of ...) and nothing that says which one: it fits any of them"]
    if rated := _rated_only(words, code):
        return [f"held back: the card's back {draft.item.get('back')!r} only rates {front!r} ({rated}): it says neither what it is "
                f"nor what it does, and fits any part of the whole"]
    # "a slow process" (the grade before the head, in English) or "un proceso lento".
    head, grade = (words[1], words[0]) if len(words) > 1 and words[0] in GRADING[code] else (words[0], words[1] if len(words) > 1 else "")
    if head not in GENERIC_HEADS[code]:
        return []
    if ACTION_OF[code].match(front) or grade in GRADING[code]:
        return [f"held back: the card's front {front!r} names an undertaking of the story and its back only says what kind it was ({head!r}): many answers are as true, it asks nothing specific"]
    return []


def _relational_only(words: list[str], code: str) -> str:
    """The relational class noun heading a back (its words folded, the article gone) when
    nothing in the back narrows it to one member (empty: the back says what the thing is)."""
    head = next((w for w in words[:RELATIONAL_LEAD] if w in RELATIONAL_HEADS[code]), "")
    if not head or any(w in NARROWING[code] for w in words):
        return ""
    return head


# Adjectives that rate a part of a whole instead of saying what it is: "an important step",
# «una parte esencial», «un factor clave» (defphrase).
EVALUATIVE = {
    "en": _words("important essential key crucial vital fundamental necessary central main critical basic decisive "
                 "indispensable integral significant useful valuable primary principal"),
    "es": _words("importante esencial clave crucial vital fundamental necesario necesaria central principal basico basica "
                 "decisivo decisiva indispensable imprescindible significativo significativa util valioso valiosa"),
}
# Vague heads such a rating goes with: a part, a step, an aspect, a factor of something.
RATED_HEADS = {code: RELATIONAL_HEADS[code] | GENERIC_HEADS[code] | _words(extra) for code, extra in (
    ("en", "ingredient piece link pillar stage"), ("es", "ingrediente pieza eslabon pilar"))}


def _rated_only(words: list[str], code: str) -> str:
    """"an important step of the method", «una parte esencial del método»: a vague head (part,
    step, aspect, factor) rated by an evaluative adjective, with nothing (a relative or purpose
    clause) saying what the thing is or does; the rating and the head, or empty."""
    lead = words[:RELATIONAL_LEAD]
    head = next((w for w in lead if w in RATED_HEADS[code]), "")
    rating = next((w for w in lead if w in EVALUATIVE[code]), "")
    if not head or not rating or any(w in NARROWING[code] for w in words):
        return ""
    return f"{rating} {head}"


def pointing_term(draft: Draft, lang: Language) -> list[str]:
    """«Se llama así a una zona donde ...» -> «¿a qué se llama «así»?», "what is meant by
    “such ground”?": the quoted word points to a term another sentence names (defphrase: any
    term card, in both languages, with "such", "that", «eso», «ello», «tal»)."""
    if draft.kind != "card" or not POINTING_TAGS & set(draft.item.get("tags", [])):
        return []
    term = QUOTED_TERM.search(str(draft.item.get("front", "")).strip())
    if term is None:
        return []
    words = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", term.group(1))]
    stop = {fold(w) for w in lang.words.stop_words}
    if not words or not (words[0] in POINTING_WORDS or (len(words) == 1 and words[0] in stop)):
        return []
    return [f"held back: the card asks what {term.group(1)!r} means, a word that points to a term named elsewhere, not a term"]


# An apposition saying where a word comes from, not what it means: "a Quechua word for warmth",
# "from the Latin for", «palabra quechua que significa ...», «del latín» (defphrase).
ETYMOLOGY = {
    "en": re.compile(
        r"^(?:(?:a|an|the)\s+)?(?:(?:[A-Z][\w'’-]*|old|ancient)\s+){1,3}(?:word|term|name|expression|root|verb|noun)\b"
        r"|^(?:(?:a|an|the)\s+)?(?:word|term|name)\s+(?:(?:that|which)\s+)?(?:comes?|came|derives?|derived|means|meant|meaning|borrowed|taken|from)\b"
        r"|^(?:from|after)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+(?:word|term|name|root|for)\b"
        r"|^(?:derived|borrowed|taken)\s+from\b",
    ),
    "es": re.compile(
        r"^(?:(?:una?|el|la)\s+)?(?:palabra|voz|t[eé]rmino|nombre|vocablo|expresi[oó]n)\s+(?:[a-záéíóúñ]+\s+)?"
        r"(?:que\s+(?:viene|vienen|ven[ií]a|procede|proviene|deriva|significa|significaba|quiere\s+decir)|de\s+origen|procedente|derivad[oa]|tomad[oa])\b"
        r"|^(?:del|desde\s+el)\s+(?:lat[ií]n|griego|[aá]rabe|quechua|n[aá]huatl|franc[eé]s|ingl[eé]s|celta|vasco|euskera|catal[aá]n|portugu[eé]s|guaran[ií]|aimara|italiano|alem[aá]n)\b"
        r"|^(?:procedente|derivad[oa]|tomad[oa])\s+del?\b|^de\s+la\s+(?:voz|palabra)\b",
        re.IGNORECASE,
    ),
}


def is_etymology(phrase: str, lang: Language) -> bool:
    """Whether ``phrase`` says where a word comes from rather than what the thing is."""
    pattern = ETYMOLOGY.get(lang.code)
    return bool(pattern and pattern.match(phrase.strip()))


def etymology_back(draft: Draft, lang: Language) -> list[str]:
    """A term card whose back opens with the word's origin ("A Quechua word for warmth",
    «Palabra que viene de ...»): the meaning in the word's first language, not what the text's
    thing is; an origin may follow the meaning, never stand for it."""
    if draft.kind != "card" or not POINTING_TAGS & set(draft.item.get("tags", [])):
        return []
    back = str(draft.item.get("back", "")).strip()
    if not is_etymology(back, lang):
        return []
    return [f"held back: the card's back {back!r} says where the word comes from, not what the thing is"]


# Words that praise a person without saying what they did: "celebrated", "prestigioso".
PRAISE = {
    "en": _words("celebrated famous renowned eminent distinguished noted notable prominent acclaimed "
                 "respected illustrious brilliant pioneering legendary esteemed influential foremost"),
    "es": _words("celebre famoso famosa reconocido reconocida destacado destacada ilustre prestigioso prestigiosa eminente "
                 "renombrado renombrada gran conocido conocida brillante notable insigne afamado afamada legendario legendaria "
                 "influyente respetado respetada"),
}
PRAISED_CLASS_WORDS = 6
# Words that open what a person did: "engineer who reviewed the plan", "arquitecto que revisó".
TELLING = {"en": _words("who whom whose that which"), "es": _words("que quien quienes cuyo cuya")}  # "the celebrated Scottish civil engineer": praise, a few modifiers and a class


def praised_class(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a "who was this?" card, only praises its person and names a class (empty:
    its back says something of the person's part)."""
    if draft.kind != "card" or "people" not in draft.item.get("tags", []):
        return []
    code = lang.code if lang.code in PRAISE else "en"
    written = re.findall(r"[^\W\d_]+", str(draft.item.get("back", "")))
    words = [fold(w).lower() for w in written]
    if not words or len(words) > PRAISED_CLASS_WORDS or not any(w in PRAISE[code] for w in words):
        return []
    if any(w[:1].isupper() for w in written[1:]):
        return []  # "famous keeper of the Longstone light": a thing of this person's story
    if any(w in TELLING[code] for w in words):
        return []  # "engineer who reviewed the plan": what the person did
    return [f"held back: the back {draft.item.get('back')!r} only praises the person and names a class: it says nothing of their part in the story, and many people fit it"]


# A back that says what the thing is like, not what it is (kinds15): "a kind of conversation
# carried out in chemical signals", «una especie de conversación», "like tiny fingers", «como si
# el alga pagara un alquiler». The text's figure of speech is no definition; a learner recalling
# the thing itself is marked wrong.
FIGURATIVE_BACK = {
    "en": re.compile(r"^(?:(?:a|an|some)\s+)?(?:kind|sort)\s+of\b|^(?:(?:just\s+)?like|as\s+if|as\s+though|something\s+like)\b|\b(?:as\s+if|as\s+though)\b", re.IGNORECASE),
    "es": re.compile(r"^(?:(?:una?|algo)\s+)?(?:especie|suerte)\s+de\b|^(?:como|igual\s+que|algo\s+así\s+como)\b|\bcomo\s+si\b|\ba\s+(?:modo|manera)\s+de\b", re.IGNORECASE),
}


def figurative_back(draft: Draft, lang: Language) -> list[str]:
    """A definition card whose back is a figure of speech («una especie de ...», "like a ...",
    "as if ...") rather than what the thing is."""
    if draft.kind != "card" or "definition" not in draft.item.get("tags", []):
        return []
    back = str(draft.item.get("back", "")).strip()
    pattern = FIGURATIVE_BACK.get(lang.code)
    if pattern is None or not (found := pattern.search(back)):
        return []
    return [f"held back: the card's back is a figure of speech ({found.group().strip()!r}): it says what the thing is like, not what it is"]


# Words a back may not open with when nothing on the card says whose or what they stand for
# ("Its walls thicken", «Sus gránulos absorben agua», "They ..."): kinds17.
POINTING_OPENERS = {
    "en": _words("it its they their them he his she her this these those"),
    "es": _words("su sus ello esto eso aquello ella ellos ellas le les lo este esta estos estas ese esa esos esas"),
}
POINTING_TAGS = frozenset(("definition", "apposition"))
GIVEAWAY_SHARE = 3  # a back one word in three of which is the term's gives it away


def pointing_back(draft: Draft, lang: Language) -> list[str]:
    """A term card whose back opens with a pronoun or a possessive ("Its fibres take up the
    tannin" for "hide"): its owner is in the sentence, not on the card. ("Lo que ..." is a whole
    phrase; a "who was this?" card's "his" is the person's own.)"""
    if draft.kind != "card" or not POINTING_TAGS & set(draft.item.get("tags", [])):
        return []
    code = lang.code if lang.code in POINTING_OPENERS else "en"
    words = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", str(draft.item.get("back", "")))]
    if not words or words[0] not in POINTING_OPENERS[code] or words[1:2] == ["que"]:
        return []
    return [f"held back: the card's back opens with {words[0]!r}, whose owner is in the text's sentence, not on the card: it points outside itself"]


def term_in_back(draft: Draft, lang: Language) -> list[str]:
    """A term card whose back writes a word of the term's own (a word of its family, the parts
    of a compound read apart: "para-casein" -> "a casein-like gel", «agua residual» -> «el agua
    que quedaba»): the front gives the back away, and a learner answers from the wording."""
    if draft.kind != "card" or not POINTING_TAGS & set(draft.item.get("tags", [])):
        return []
    stop = {fold(w).lower() for w in lang.words.stop_words}

    def content(text: str) -> list[str]:
        return [w for w in (fold(w).lower() for w in re.findall(r"[^\W\d_]+", text)) if w not in stop and len(w) > 2]

    term = card_term(draft)
    if any(w[:1].isupper() for w in term.split()[1:]):
        return []  # a name ("The Kinzua Viaduct" -> "a bridge across Kinzua Creek"): no term's wording
    # A definition keeping its verb reads with its subject, the term itself («La erosión consiste
    # en ...»): the term's own mention is the back's subject, no give-away.
    back = re.sub(rf"(?<!\w){re.escape(fold(term).lower())}(?!\w)", " ", fold(str(draft.item.get("back", ""))).lower())
    words, term_words = content(back), content(term)
    shared = [b for b in words if any(share_opening(b, t, FAMILY_STEM) for t in term_words)]
    if not shared:
        return []
    # "a casein-like gel": the back says the thing is like a part of its own name.
    likeness = re.search(r"(?<!\w)([^\W\d_]+)-(?:like|type|shaped|based)(?!\w)", back)
    if likeness and any(share_opening(likeness.group(1), t, FAMILY_STEM) for t in term_words):
        return [f"held back: the card's back says the thing is {likeness.group()!r}, a word of its front {term!r}: the term gives its definition away"]
    # «El agua sobrante» for «agua residual»: the back's words are largely the term's. A back
    # that goes on to say what only the text says ("clay dry enough to hold its shape but still
    # soft enough to carve" for "leather-hard clay") keeps its card.
    if len(shared) * GIVEAWAY_SHARE < len(words):
        return []
    return [f"held back: the card's back writes {shared[0]!r}, a word of its front {term!r}, and little else: the term gives its definition away"]


# A word general text writes this often (till 4.8, plaza 5.1, shoot 4.7) is glossed by a text only
# in a sense of its own: nobody explains the everyday one ("called till, an unsorted mix of
# clay, sand and boulders": the geologist's till, not "until").
EVERYDAY_SENSE_ZIPF = 4.5


# A people's own name for a thing: "canales de madera, que los salineros llaman arroyos", "what
# the growers call a flush", "known locally as", "drainage, the local term for ...": the text
# gives a word of a trade or a place in its own sense, not the dictionary's. A passive "that
# hardens steel is called tempering" is a definition's naming, nobody's own word (genknow).
TRADE_NAMING_BEFORE = re.compile(
    r"(?:\b(?:que|lo\s+que|a\s+(?:los|las|la|el|lo)\s+que)\s+(?:[^\W\d_]+\s+){1,3}(?:llaman|llamaban|llamaron|denominan|denominaban|conocen\s+como|conocían\s+como)"
    r"|\b(?:what|which|that)\s+(?:[^\W\d_]+\s+){0,2}(?!(?:is|are|was|were|be|been|being)\s)[^\W\d_]+\s+(?:call|called|name|named|know\s+as|knew\s+as)"
    r"|\b(?:known|called|named)\s+locally(?:\s+as)?|\blocally\s+(?:known\s+as|called|named)"
    r"|\b(?:conocid[oa]s?|llamad[oa]s?)\s+(?:en\s+la\s+(?:zona|comarca|región)|localmente)(?:\s+como)?)"
    r"\s+(?:(?:el|la|los|las|un|una|the|a|an)\s+)?[«“\"'*_]*$",
    re.IGNORECASE,
)
TRADE_NAMING_AFTER = re.compile(
    r"^[»”\"'*_]*,?\s+(?:(?:the|a|el|la)\s+)?(?:(?:local|trade|miners'?|growers'?)\s+(?:term|word|name)|(?:término|palabra|nombre)\s+(?:local|de\s+la\s+zona))\b",
    re.IGNORECASE,
)


def trade_word(term: str, paragraph: str) -> bool:
    """Whether the paragraph gives ``term`` as a trade's or a place's own word (TRADE_NAMING_*)."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-])", paragraph, re.IGNORECASE):
        if TRADE_NAMING_BEFORE.search(paragraph[max(0, m.start() - 80):m.start()]) or TRADE_NAMING_AFTER.match(paragraph[m.end():]):
            return True
    return False


def _own_detail(back: str) -> bool:
    """Whether a card's back tells the document's own detail beyond a dictionary's meaning: a
    figure, or a name (a capitalised word past its first)."""
    return bool(re.search(r"\d", back)) or any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", back)[1:])


def general_term(draft: Draft, lang: Language, paragraph: str = "") -> list[str]:
    """A term card on a word general text knows («¿a qué se llama «bellota»?», "what is meant by
    'stem'?"): a reader defines it without the text (the fresh reviews: "not trivial"). What
    the sentence states of the document's subject is asked instead, where it can be (variety's
    part cards: «¿qué tipo de fruto tiene el alcornoque?»). One lower-case word only: the
    frequency of a phrase of common words says nothing of the phrase."""
    if draft.kind != "card" or not POINTING_TAGS & set(draft.item.get("tags", [])):
        return []
    words = card_term(draft).split()
    while len(words) > 1 and fold(words[0]).lower() in lang.determiners:
        words = words[1:]  # "El súber": a drafter's front keeps the text's article
    term = " ".join(words)
    if len(words) == 1 and textbook_compound(term) and not lang.is_general_word(term) and not _own_detail(str(draft.item.get("back", ""))):
        return [f"held back: the card asks what {term!r} means, a term of its field built of classical parts, and its back is the textbook's definition: a reader who studied the field defines it without the text"]
    if len(words) != 1 or not term.isalpha() or not term.islower() or not lang.is_general_word(term):
        return []
    if lang.familiarity(term) >= EVERYDAY_SENSE_ZIPF:
        return []  # "called till, an unsorted mix of ...": the text's own sense of an everyday word
    if trade_word(term, paragraph):
        return []  # «que los salineros llaman arroyos»: a trade's own word, in its sense
    return [f"held back: the card asks what {term!r} means, a word general text writes (a dictionary word): a well-read reader defines it without the text"]


def story_group(draft: Draft, lang: Language) -> list[str]:
    """A definition card on a group of people of the story ("Welsh farmers" -> "The loudest
    voices on the British side", «pescadores gallegos»): a group is no term, and what the text
    says of it is one of many true backs; the front asks nothing."""
    if draft.kind != "card" or not POINTING_TAGS & set(draft.item.get("tags", [])):
        return []
    words = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", card_term(draft))]
    if not words:
        return []
    head = words[-1] if lang.modifier_before_noun else words[0]
    people = {fold(w).lower() for w in lang.people_nouns}
    if head not in people:
        return []
    return [f"held back: the card's front {card_term(draft)!r} is a group of people of the story, not a term: it asks nothing, and many backs are true of it"]


# Words of a later time opening a role ("Later project scientist", «Más tarde científica del
# proyecto»): the role the person took after the sentence's moment, clipped from "and later became
# its project scientist"; without its "of" the back does not say of what.
LATER_ROLE = {
    "en": re.compile(r"^(?:later|subsequently|eventually|afterwards|future)\s+(?P<rest>.+)$", re.IGNORECASE),
    "es": re.compile(r"^(?:m[aá]s\s+tarde|luego|despu[eé]s|posteriormente|futur[oa])\s+(?P<rest>.+)$", re.IGNORECASE),
}
OWNER_WORDS = {"en": _words("of at for in"), "es": _words("de del en para")}


def clipped_role(draft: Draft, lang: Language) -> list[str]:
    """A "who was this?" card whose back is a role clipped from a later clause ("Later project
    scientist" for "an astronomer at the observatory who ... later became its project
    scientist"): of what? The back reads whole ("Later director of the observatory") or the
    card is held back."""
    if draft.kind != "card" or "people" not in draft.item.get("tags", []):
        return []
    code = lang.code if lang.code in LATER_ROLE else "en"
    back = str(draft.item.get("back", "")).strip().rstrip(".")
    m = LATER_ROLE[code].match(back)
    if m is None or {fold(w).lower() for w in m.group("rest").split()} & OWNER_WORDS[code]:
        return []
    return [f"held back: the card's back {back!r} is a role clipped from a later clause: it does not say of what, and reads as a fragment"]


# A judging noun that needs its "of what" ("the drawback", «el inconveniente»), with an article
# and maybe a grading word, and right after it its verb or the end of the clause, no complement
# (brief fronts3): "Explain why the drawback is a loss of tannins" asks about the drawback of
# nothing the card says ("the greenhouse effect", «el efecto invernadero», «el riesgo de ...» pass).
_EN_JUDGING = (
    r"drawbacks?|disadvantages?|advantages?|downsides?|benefits?|problems?|risks?|dangers?|results?|effects?|"
    r"consequences?|outcomes?|difficult(?:y|ies)"
)
_ES_JUDGING = (
    r"inconvenientes?|desventajas?|ventajas?|beneficios?|problemas?|riesgos?|peligros?|resultados?|efectos?|"
    r"consecuencias?|dificultad(?:es)?"
)
BARE_JUDGING = {
    "en": re.compile(
        rf"\b(?:the)\s+(?:(?:main|chief|principal|greatest|biggest|only|real|other|first|second)\s+)?(?:{_EN_JUDGING})\b"
        r"(?=\s+(?:is|was|are|were|will|would|lies|lay|remains|remained|became|consists|consisted)\b|\s*[,.?!]|\s*$)",
        re.IGNORECASE,
    ),
    "es": re.compile(
        rf"\b(?:el|la|los|las)\s+(?:(?:principal|principales|mayor|mayores|gran|único|única|otro|otra|primer|primera)\s+)?"
        rf"(?:{_ES_JUDGING})\b(?:\s+(?:principal|principales|mayor|mayores))?"
        r"(?=\s+(?:es|era|fue|son|eran|fueron|será|sería|está|estaba|consiste|consistía|radica|radicaba|reside|residía)\b|\s*[,.?!]|\s*$)",
        re.IGNORECASE,
    ),
}


def bare_judging_noun(text: str, lang: Language) -> str | None:
    """The judging noun ``text`` names without its complement ("the drawback", «el riesgo»),
    quotations left out, or None."""
    pattern = BARE_JUDGING.get(lang.code)
    if pattern is None:
        return None
    m = pattern.search(re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", text))
    return m.group() if m else None


def bare_judging_front(draft: Draft, lang: Language) -> list[str]:
    """A card front about "the drawback", «el inconveniente», of nothing it says, and quoting no
    sentence that would say it (brief fronts3)."""
    front = str(draft.item.get("front", ""))
    noun = bare_judging_noun(front, lang)
    if noun is None or re.search(r"[«“\"]", front):
        return []
    return [f"held back: the card's front asks about {noun!r}, a bare judging noun: of what, the card does not say"]



# A front naming what someone answered, proposed or feared ("WHC's answer", "the council's
# solution", «la respuesta de WHC»): no term, and the card never says to what (the final review of
# an unseen text, session 20: "WHC's answer" -> "A backup plant built into the energy centre").
RESPONSE_FRONT = {
    "en": re.compile(
        r"^(?:the\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?|its|their|his|her|the\s+\w+['’]s?)\s+"
        r"(?:answer|response|reply|solution|remedy|proposal|plan|idea|fix|way\s+out|compromise|concern|worry|fear|hope|aim|goal|priority)$",
        re.IGNORECASE),
    "es": re.compile(
        r"^(?:la|el|su)\s+(?:respuesta|solución|propuesta|plan|idea|remedio|salida|compromiso|preocupación|temor|esperanza|objetivo|prioridad)"
        r"(?:\s+(?:de|del)\s+[\w\s.&-]+)?$",
        re.IGNORECASE),
}


def response_front(draft: Draft, lang: Language) -> list[str]:
    """A definition card on someone's answer or plan, not a term: held."""
    pattern = RESPONSE_FRONT.get(lang.code)
    front = str(draft.item.get("front", "")).strip().rstrip("?:")
    if pattern is None or draft.kind != "card" or not pattern.match(front):
        return []
    return [f"held back: the card's front, {front!r}, names someone's answer or plan, not a term: to what, the card does not say"]

# A role the person held before the text's moment ("Retired harbour pilot", "Former finance
# minister", "Finance minister until 2023", «Antiguo enólogo de la cooperativa», «Concejala de
# Hacienda hasta 2022»), and the words by which a sentence naming the person reports a role held
# now or taken later ("now chairs", "became prime minister", «preside hoy», «fue elegida
# alcaldesa»): with both, the card's back answers who the person was, not who the text says the
# person is (brief cards2).
PAST_ROLE = {
    "en": re.compile(r"^(?:retired|former|formerly|ex|ex-\w+|erstwhile|onetime|one-time|then)\b|\buntil\s+(?:\d{4}|the|his|her|their)\b", re.IGNORECASE),
    "es": re.compile(r"^(?:antigu[oa]s?|ex|ex-?\w+|exalcalde\w*|jubilad[oa]s?|entonces|anterior)\b|\bhasta\s+(?:\d{4}|el|la|los|las|su)\b", re.IGNORECASE),
}
LATER_ROLE_MARKERS = {
    "en": re.compile(r"\b(?:now|today|currently|became|become|becomes|has\s+since|since\s+\d{4}|went\s+on\s+to|was\s+(?:later\s+)?(?:elected|appointed|named|made|promoted)|took\s+over)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:hoy|ahora|actualmente|en\s+la\s+actualidad|desde\s+\d{4}|se\s+convirti[óo]|pas[óo]\s+a|lleg[óo]\s+a\s+ser|fue\s+(?:luego\s+|después\s+)?(?:elegid[oa]|nombrad[oa]|designad[oa]|ascendid[oa])|asumi[óo])\b", re.IGNORECASE),
}


def _person_of_role_card(draft: Draft, lang: Language) -> str | None:
    """The person a "who was this?" card asks about, or None for another card."""
    template = lang.prompts.get("card_role")
    if draft.kind != "card" or template is None or "people" not in draft.item.get("tags", []):
        return None
    pattern = re.escape(template).replace(re.escape("{person}"), "(?P<person>.+)")
    m = re.fullmatch(pattern, str(draft.item.get("front", "")))
    return m.group("person") if m else None


def past_role_back(draft: Draft, lang: Language, text: dict[int, str]) -> list[str]:
    """A "who was this?" card whose back is a role the person no longer holds ("Retired harbour
    pilot", «Antiguo enólogo de la cooperativa») while a sentence naming the person reports the
    role held now or taken later ("now chairs the fishermen's council", «preside hoy la
    asociación», "became prime minister"): the back gives a past or minor role, not the one
    the text gives the person at the time it speaks. Held back (brief cards2)."""
    person = _person_of_role_card(draft, lang)
    code = lang.code if lang.code in PAST_ROLE else "en"
    back = str(draft.item.get("back", "")).strip()
    if person is None:
        return []
    past = PAST_ROLE[code].search(back)
    back_words = {fold(w).lower() for w in re.findall(r"[^\W\d_]+", back)}
    roles = {fold(r).lower() for r in lang.roles}
    surname = person.split()[-1]
    for paragraph in text.values():
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            if not (person in sentence or re.search(rf"\b{re.escape(surname)}\b", sentence)):
                continue
            if past and LATER_ROLE_MARKERS[code].search(sentence):
                return [f"held back: the card's back {back!r} is a role {person} held before, and the text reports the role held later or now: the back does not say who the text says {person} is"]
            for change in CHANGED_ROLE[code].finditer(sentence):
                taken = [w for w in re.findall(r"[^\W\d_]+", change.group("role")) if fold(w).lower() in roles]
                if taken and not {fold(w).lower() for w in taken} & back_words:
                    return [f"held back: the card's back {back!r} gives one role of {person}, and the text reports another taken later ({change.group().strip()!r}): the back is not the role the text gives {person} at the time it speaks"]
    return []


# What a text gives as the fact that defines a person: a by-name ("known as the Ice King",
# «conocido como el Rey del Hielo», "nicknamed"), or a founding or inventing act ("founded the
# ice export trade", «fundó la primera cooperativa»). The phrase after the marker is the fact.
DEFINING_FACT = {
    "en": re.compile(r"\b(?:(?:was|is|became|become)\s+(?:later\s+|widely\s+|popularly\s+)?(?:known|remembered|celebrated)\s+as|nicknamed|dubbed"
                     r"|founded|co-founded|established|invented|pioneered|created)\s+(?P<fact>(?:[\w'’\-]+\s+){0,5}[\w'’\-]+)", re.IGNORECASE),
    "es": re.compile(r"\b(?:(?:fue|es|era)\s+(?:luego\s+|m[áa]s\s+tarde\s+|popularmente\s+)?(?:conocid[oa]|recordad[oa]|llamad[oa])\s+como|apodad[oa]"
                     r"|fund[óo]|cre[óo]|invent[óo]|impuls[óo]\s+por\s+primera\s+vez)\s+(?P<fact>(?:[\w'’\-]+\s+){0,5}[\w'’\-]+)", re.IGNORECASE),
}
THIN_LABEL_WORDS = 6  # "Merchant from Boston", «Comerciante de Villaseca»: a label, not what made the person matter


def _person_of_card(draft: Draft, lang: Language) -> str | None:
    """The person a card asks about: a "who was this?" card's, or a definition card's whose
    front is a name alone (two or more capitalised words: "Elias Marlowe" -> "A merchant from
    ..."), or None."""
    if (person := _person_of_role_card(draft, lang)) is not None:
        return person
    if draft.kind != "card" or "definition" not in draft.item.get("tags", []):
        return None
    front = card_term(draft)
    words = front.split()
    names = [w for w in words if fold(w).lower() not in NAME_CONNECTORS]
    if len(names) >= 2 and all(w[:1].isupper() and w[1:2].islower() for w in names) and words[0][:1].isupper() and fold(words[0]).lower() not in NAME_CONNECTORS:
        return front
    return None


def thin_person_back(draft: Draft, lang: Language, text: dict[int, str]) -> list[str]:
    """A person card backed by a thin label ("Elias Marlowe: who was this?" -> "Merchant from
    Halbury") while a sentence naming the person gives what the text makes of them: a by-name
    ("was known as the Ice King", «conocido como el Rey del Hielo») or a founding act ("founded
    the ice export trade", «fundó ...»). A reader who knows the person by that fact answers
    otherwise and is marked wrong; the label is not the text's answer to "who was this?" (a
    fresh review of an unseen text). Held back where the back says nothing of that fact."""
    person = _person_of_card(draft, lang)
    back = str(draft.item.get("back", "")).strip()
    if person is None or not back or len(back.split()) > THIN_LABEL_WORDS:
        return []
    code = lang.code if lang.code in DEFINING_FACT else "en"
    stop = lang.words.stop_words
    back_words = {fold(w).lower() for w in re.findall(r"[^\W\d_]+", back) if fold(w).lower() not in stop}
    surname = person.split()[-1]
    for paragraph in text.values():
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            if not (person in sentence or re.search(rf"\b{re.escape(surname)}\b", sentence)):
                continue
            for found in DEFINING_FACT[code].finditer(sentence):
                fact = {fold(w).lower() for w in re.findall(r"[^\W\d_]+", found.group("fact")) if fold(w).lower() not in stop}
                if fact and not fact & back_words:
                    return [f"held back: the card's back {back!r} is a thin label of {person}, and the text gives what defines {person} "
                            f"elsewhere ({found.group().strip()!r}): the card has more than one right answer"]
    return []


# A role taken at a later moment, a role noun within a few words ("was appointed director of the
# trust", "became prime minister", «fue nombrado director de la cofradía», «se convirtió en
# alcalde»): with a card backed by another role of the same person, the card gives only one.
CHANGED_ROLE = {
    "en": re.compile(r"\b(?:became|becomes|has\s+become|(?:was|were|has\s+been)\s+(?:later\s+|then\s+|subsequently\s+)?(?:appointed|elected|named|made|promoted\s+to)|took\s+over\s+as|went\s+on\s+to\s+become)"
                     r"\s+(?P<role>(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:se\s+convirti[óo]\s+en|pas[óo]\s+a\s+ser|lleg[óo]\s+a\s+ser|(?:fue|ha\s+sido)\s+(?:luego\s+|despu[ée]s\s+|m[áa]s\s+tarde\s+)?(?:nombrad[oa]|elegid[oa]|designad[oa]|ascendid[oa]\s+a))"
                     r"\s+(?P<role>(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+)\b", re.IGNORECASE),
}


# A number opening a term card's back ("14 degrees of sugar", «27 centímetros de talla», "At
# least 12 grams"): a value the text gives of the term (a threshold, a reading), not what the term
# is. One of a unit ("one gram of sucrose in 100 grams of juice", «un gramo por litro») is how a
# unit is defined, and stays.
VALUE_OPENER = {
    "en": re.compile(r"^(?:(?:at\s+least|at\s+most|more\s+than|less\s+than|over|under|about|around|some|up\s+to|nearly|almost)\s+)?"
                     r"(?P<figure>\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?)\b", re.IGNORECASE),
    "es": re.compile(r"^(?:(?:al\s+menos|como\s+m[íi]nimo|como\s+m[áa]ximo|m[áa]s\s+de|menos\s+de|unos|unas|cerca\s+de|hasta|casi)\s+)?"
                     r"(?P<figure>\d[\d.,]*|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|cuarenta|cincuenta|cien|ciento|mil)\b", re.IGNORECASE),
}
NAME_CONNECTORS = frozenset(("of", "the", "and", "de", "del", "la", "las", "los", "el", "y", "e"))


def value_back(draft: Draft, lang: Language) -> list[str]:
    """A term card whose back is a value the text gives of the term, not what the term is: it
    opens on a figure other than one ("14 degrees of sugar" for "the pressing threshold", «27
    centímetros» for «la talla»), or it is a name alone, no word saying what the term is
    ("Peñalba de Arriba" for a lower-case term; an acronym's or a name's card is answered by a
    name). The text defines the term elsewhere or not at all; either way this
    back does not answer "what is it?" (brief cards2)."""
    if draft.kind != "card" or "definition" not in draft.item.get("tags", []):
        return []
    code = lang.code if lang.code in VALUE_OPENER else "en"
    back = str(draft.item.get("back", "")).strip()
    m = VALUE_OPENER[code].match(back)
    if m and m.group("figure") not in ("1",):
        return [f"held back: the card's back {back!r} is a value the text gives of its term, not what the term is"]
    if any(c.isupper() for c in card_term(draft)):
        return []  # an acronym or a name spelt out ("CGIAR" -> "The Cheshire Guild of ..."): a name is its answer
    words = re.findall(r"[^\W\d_][\w'’\-]*", back)
    if words and all(w[:1].isupper() or fold(w).lower() in NAME_CONNECTORS for w in words) and words[0][:1].isupper() and len(words) > 1:
        return [f"held back: the card's back {back!r} is a name alone: it does not say what the term is"]
    return []


# Adverbs that set a clause against another one ("... and used pump pressure instead", «...
# y usaban también la bomba»): a term or a back that opens or ends with one is a piece cut from
# its sentence, not a phrase of its own (brief tfunits).
CLAUSE_ADVERBS = {
    "en": r"instead|too|also|again|either|anyway|otherwise|likewise|nevertheless|however|as\s+well|in\s+turn",
    "es": r"también|tampoco|además|asimismo|igualmente|luego|entonces|sin\s+embargo|en\s+cambio|a\s+cambio|a\s+su\s+vez",
}
# A past verb opening a back ("Used pump pressure instead", «Usaban la bomba del muelle») that its
# sentence writes after "and" or "but": the second half of a predicate, cut from its subject.
PAST_VERB = {"en": r"[a-z]{3,}ed", "es": r"[a-záéíóúñ]{2,}(?:ó|aba|aban|ía|ían|aron|ieron)"}
JOINS = {"en": r"(?:and|but)", "es": r"(?:y|e|pero)"}


def fragment_card(draft: Draft, lang: Language, paragraph: str) -> list[str]:
    """A term card whose term or back is a piece of a clause, not a phrase: it opens or ends
    with an adverb that sets it against another clause ("what is meant by “pump pressure
    instead”?"), or the back is a predicate cut after "and" from its subject ("Used pump
    pressure instead"); the definition was read from a partial clause."""
    if draft.kind != "card" or not POINTING_TAGS & set(draft.item.get("tags", [])):
        return []
    code = lang.code if lang.code in CLAUSE_ADVERBS else "en"
    adverb = CLAUSE_ADVERBS[code]
    back = str(draft.item.get("back", "")).strip().rstrip(".")
    for side, text in (("front", card_term(draft)), ("back", back)):
        if found := re.search(rf"(?:^|\s)({adverb})$|^({adverb})(?:\s|,)", text.strip(), re.IGNORECASE):
            word = found.group(1) or found.group(2)
            return [f"held back: the card's {side} {text!r} is a piece of a clause ({word!r} sets it against another): no phrase of its own"]
    first = back.split(maxsplit=1)[0] if back.split() else ""
    if re.fullmatch(PAST_VERB[code], first.lower()) and re.search(rf"\b{JOINS[code]}\s+{re.escape(first[:1].lower() + back[1:])}", paragraph):
        return [f"held back: the card's back {back!r} is a predicate cut from its subject after {JOINS[code]!r}: no phrase of its own"]
    return []


# A back that names no fact of the text (cards3): a vague quantity and a class noun, "On several
# factors.", «De varias cosas.», "Many things", with at most words that only say what the things
# are not ("factors beyond the law", «factores que van más allá del derecho», "other than the
# price"). Every outcome depends on several factors; the card asks and the text answers nothing.
NAMELESS_CLASSES = {
    "en": _words("thing things factor factors aspect aspects issue issues element elements matter matters consideration "
                 "considerations question questions point points reason reasons circumstance circumstances variable variables "
                 "condition conditions detail details cause causes respect respects way ways sort sorts kind kinds "
                 "path paths route routes option options course courses destination destinations"),
    "es": _words("cosa cosas factor factores aspecto aspectos cuestion cuestiones elemento elementos asunto asuntos circunstancia "
                 "circunstancias variable variables condicion condiciones razon razones motivo motivos punto puntos detalle "
                 "detalles causa causas manera maneras forma formas tipo tipos camino caminos ruta rutas opcion opciones "
                 "destino destinos via vias"),
}
# Quantities and qualifiers that say how many or that they differ, never which.
NAMELESS_QUALIFIERS = {
    "en": _words("several various many some few a an the number of different other certain multiple numerous range series variety "
                 "all sorts kinds lot lots quite host whole more most diverse external outside additional further many many a "
                 "on upon because due to from by in with and or "
                 "two three four five it can could may take follow have has"),  # "It can take three paths."
    "es": _words("varios varias diversos diversas muchos muchas algunos algunas pocos pocas un una unos unas el la los las de del "
                 "otros otras distintos distintas diferentes ciertos ciertas multiples numerosos numerosas serie conjunto gran "
                 "cantidad toda todo todas todos tipo mas externos externas ajenos ajenas a al por en con y o porque debido causa "
                 "dos tres cuatro cinco puede pueden podia seguir tomar tener tiene tienen sigue siguen"),  # «Puede seguir tres caminos.»
}
# Where the words saying only what the things are not begin: "beyond the law", "that go beyond",
# "other than", «más allá de», «que van más allá del», «ajenos al», «distintos de».
NAMELESS_EXCLUSION = {
    "en": re.compile(r"\s+(?:(?:that|which)\s+(?:go|goes|went|lie|lies|are|were|reach|reaches)\s+)?(?:beyond|other than|outside|besides|apart from|unrelated to)\b.*$", re.IGNORECASE),
    "es": re.compile(r"\s+(?:que\s+(?:van|iban|irán|están|estaban|quedan|escapan|superan)\s+)?(?:más\s+allá\s+de(?:l)?|ajen[oa]s?\s+a(?:l)?|distint[oa]s?\s+de(?:l)?|"
                     r"aparte\s+de(?:l)?|fuera\s+de(?:l)?|al\s+margen\s+de(?:l)?)\b.*$", re.IGNORECASE),
}


def nameless_back(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``'s back names no fact of the text: a vague quantity and a class noun ("On
    several factors.", «De factores que van más allá del derecho.»), nothing a reader learns
    from the text (empty: the back names something of its own)."""
    if draft.kind != "card":
        return []
    code = lang.code if lang.code in NAMELESS_CLASSES else "en"
    back = str(draft.item.get("back", "")).strip().rstrip(".")
    if re.search(r"\d|[:;]", back) or any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", back)[1:]):
        return []  # a figure, a list or a name: the text's own
    kept = NAMELESS_EXCLUSION[code].sub("", back)
    words = [fold(w).lower() for w in re.findall(r"[^\W\d_]+", kept)]
    classes = [w for w in words if w in NAMELESS_CLASSES[code]]
    if not classes or any(w not in NAMELESS_CLASSES[code] and w not in NAMELESS_QUALIFIERS[code] for w in words):
        return []
    return [f"held back: the card's back {draft.item.get('back')!r} names no fact of the text, only a vague class ({classes[0]!r}): "
            f"it is true of anything and teaches nothing"]
