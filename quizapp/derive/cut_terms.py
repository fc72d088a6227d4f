"""A definition card's term must be the whole name the text writes, and its back must say what
that one thing is, not what another thing of the same paragraph is too.

A fresh review (kinds12) found a card defining "glycoprotein IIb" where the text names
"glycoprotein IIb/IIIa": the readers of names and naming phrases ("known as", "conocida como")
stop at a slash, a hyphen or a code, and the card asked for a fragment. A term the paragraph
continues with a slash, a hyphen, a number or a code ("IIb/IIIa", "IIb-IIIa", "factor VIII") is
held back, in whichever reader found it.

The same review asked for backs that fit one thing only: "A receptor on the platelet surface"
for glycoprotein Ib fits glycoprotein VI too where the paragraph says "Glycoprotein VI is another
receptor on the platelet surface". A back whose content words another sentence of the cited
paragraph writes all of, of something other than the term, is held back.
"""
from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from quizapp.derive.extract import fold
from quizapp.languages import Language, words

if TYPE_CHECKING:
    from quizapp.derive import Draft

WORD = re.compile(r"[^\W\d_][\w'’\-]*")
EMPHASIS = "*_"
# What continues a name past where a reader stopped: a slash, a hyphen or a dash joined to the
# next part ("IIb/IIIa", "IIb-IIIa"), or a code of its own after a space (a number, a Roman
# numeral, a capital or two: "factor VIII", "vitamin B12", "complex 2").
JOINED_PART = re.compile(r"[/\-‐–][\w]")
CODE_PART = re.compile(r"\s+(?:\d[\w/\-]*|[IVXL]+[a-z]?|[A-Z]{1,2}\d*[a-z]?)(?=[\s,.;:)»”]|$)")
JOINED_BEFORE = re.compile(r"\w[/\-‐–]$")
MIN_BACK_WORDS = 2  # a back of one content word fits many things anyway (vague_cards holds it)


def _is_asking_term(draft: Draft, term: str) -> bool:
    """A definition card, or a question asking for the defined term ``term`` (no gap in its
    prompt: "What term does the text use for ...?")."""
    item = draft.item
    if draft.kind == "card":
        return "definition" in item.get("tags", [])
    if item.get("type") not in ("fill_in", "single_choice") or "____" in str(item.get("prompt", "")):
        return False
    keys = [str(k) for k in item.get("accept", [])[:1]] + [str(c["text"]) for c in item.get("choices", []) if c.get("correct")]
    return bool(keys) and fold(keys[0]) == fold(term)


def _term_at(paragraph: str, span: tuple[int, int]) -> tuple[int, int]:
    """The term's offsets without the emphasis marks around it."""
    a, z = span
    while z < len(paragraph) and paragraph[z] in EMPHASIS:
        z += 1
    while a > 0 and paragraph[a - 1] in EMPHASIS:
        a -= 1
    return a, z


def cut_term(draft: Draft, paragraph: str) -> list[str]:
    """Why a definition card (or its term question) is held back: its term is a fragment of a
    longer name the paragraph writes ("glycoprotein IIb" of "glycoprotein IIb/IIIa")."""
    if draft.answer_span is None:
        return []
    a, z = draft.answer_span
    if not 0 <= a < z <= len(paragraph):
        return []
    term = paragraph[a:z].strip(EMPHASIS)
    if not _is_asking_term(draft, term):
        return []
    a, z = _term_at(paragraph, (a, z))
    after, before = paragraph[z:], paragraph[:a]
    if JOINED_PART.match(after) or CODE_PART.match(after) or JOINED_BEFORE.search(before):
        following = (after if JOINED_PART.match(after) else after.lstrip()).split(" ", 1)[0]
        return [f"held back: the term {term!r} is cut from a longer name the text writes ({term}{'' if JOINED_PART.match(after) else ' '}{following.rstrip('.,;:')}): the card asks for a fragment"]
    return []


def back_fits_another(draft: Draft, paragraph: str, lang: Language) -> list[str]:
    """Why a definition card is held back: another sentence of its paragraph writes every
    content word of its back about something other than its term, so the back fits that too."""
    item = draft.item
    if draft.kind != "card" or "definition" not in item.get("tags", []) or draft.answer_span is None:
        return []
    a, z = draft.answer_span
    if not 0 <= a < z <= len(paragraph):
        return []
    words = paragraph[a:z].strip(EMPHASIS).split()
    if len(words) > 1 and fold(words[0]) in lang.determiners:
        words = words[1:]  # "The platelet plug": the term without its article
    term = fold(" ".join(words))
    stop = lang.words.stop_words
    back = {fold(w) for w in WORD.findall(str(item.get("back", ""))) if fold(w) not in stop}
    if len(back) < MIN_BACK_WORDS:
        return []
    for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
        folded = fold(sentence.replace("**", "").replace("__", ""))
        if term in folded:
            continue  # the term's own sentence, or another that says more of it
        said = {fold(w) for w in WORD.findall(folded)}
        if back <= said:
            return [f"held back: the card's back fits what another sentence of its paragraph describes ({sentence.strip()[:60]!r}), not only {paragraph[a:z]!r}"]
    return []


# What stands right before a back that describes another thing of its sentence (kinds15): a
# relative pronoun («las cianobacterias que | viven en unas agallas ..., llamadas cefalodios»:
# what the relative says of the cyanobacteria), or another noun's "of" ("tiny bundles of |
# fungal threads known as soredia": the threads, not the bundles, where the reader of the naming
# phrase stopped at "bundles"). Words of a kind ("a kind of rake called ...") are no other thing.
RELATIVE_BEFORE = re.compile(r"(?:^|\W)(?:que|quien|quienes|donde|which|that|who|where)\s+$", re.IGNORECASE)
OF_BEFORE = re.compile(r"(?:^|\W)([^\W\d_]{3,})\s+(?:of|de|del|de\s+la|de\s+los|de\s+las)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
KIND_WORDS = frozenset(("kind", "type", "sort", "form", "piece", "tipo", "clase", "especie", "forma", "suerte", "pieza"))


def back_of_another_thing(draft: Draft, paragraph: str, lang: Language) -> list[str]:
    """Why a definition card is held back: its back is, in its sentence, what a relative says of
    another noun or the complement of another noun's "of", so it describes another thing."""
    item = draft.item
    if draft.kind != "card" or "definition" not in item.get("tags", []):
        return []
    back = str(item.get("back", "")).strip()
    if not back:
        return []
    text = paragraph.replace("**", "").replace("__", "")
    found = re.search(rf"(?<!\w){re.escape(back[:1])}{re.escape(back[1:])}", text, re.IGNORECASE)
    if found is None:
        return []
    before = text[: found.start()]
    if RELATIVE_BEFORE.search(before):
        return [f"held back: the card's back is what its sentence says of another thing ({before.strip()[-40:]!r} ...), not what the term is"]
    head = OF_BEFORE.search(before)
    # A back that holds an "of" itself ("canales de madera" after "una red de") is where the
    # reader took its one "of" and stopped: the head before it is a measure or a collection of
    # the thing named ("una red de canales de madera, que los salineros llaman arroyos").
    own_of = {"of", "de", "del"} & {fold(w) for w in WORD.findall(back)}
    if head and not own_of and fold(head.group(1)) not in KIND_WORDS and fold(head.group(1)) not in lang.words.stop_words:
        return [f"held back: the card's back is the complement of another noun ({head.group().strip()!r} ...) in its sentence: it describes another thing"]
    return []


# Words a whole phrase does not end on: prepositions, articles and conjunctions ("... el guano
# de", "... the guano and"), and the words that open a subordinate clause.
LOOSE_ENDINGS = {
    "en": words("the a an of to in on at by for with from into onto upon and or but nor than as that which who whom whose where when while because although if"),
    "es": words("el la los las lo un una unos unas de del a al en con por para sin sobre entre hacia hasta desde y e o u ni pero sino que cual cuyo cuya cuyos cuyas donde cuando como porque aunque si"),
}
# The words that open a clause with a verb of its own (a relative, a subordinate).
CLAUSE_OPENERS = {
    "en": words("that which who whom whose where when while because although whereby"),
    "es": words("que cuyo cuya cuyos cuyas donde cuando quien quienes porque aunque mientras"),
}
PREPOSITIONS = {"en": words("from to into onto in on at with through over under"), "es": words("de del a al en con por hacia desde sobre")}
PRESENT_VERB = {"en": re.compile(r"[a-z]{2,}[^su]s$"), "es": re.compile(r"[a-z]{2,}(?:a|e|an|en)$")}
# Verbs a clause may open on, and clitics that stand before a verb.
COMMON_VERBS = {
    "en": words("is are was were be been has have had can could will would may might must does do did"),
    "es": words("es son fue fueron era eran ha han había habían hay tiene tienen tenía está están estaba puede pueden se"),
}


def unfinished_back(draft: Draft, paragraph: str, lang: Language) -> list[str]:
    """Why a card is held back: its back is no whole phrase (kinds16a: «El periodo en que la
    extracción de látex de la …», cut at a comma before its clause's verb). It ends on a
    preposition, an article or a conjunction; or the paragraph goes on after it within its
    sentence and its last clause (after «que», «donde», "which", "where" ...) has no verb: no
    word after another content word (where a verb stands: «la extracción enriqueció»), no
    common verb or clitic, no content word right after the opener with an article after it
    (a verb and its object: «que une los granos»). A clause of nouns with adjectives after them («la extracción
    manual») passes: the rule would rather keep a cut back than hold a whole one."""
    if draft.kind != "card":
        return []
    back = str(draft.item.get("back", "")).strip().rstrip(".")
    found_words = WORD.findall(back)
    if len(found_words) < 2:
        return []
    code = lang.code if lang.code in LOOSE_ENDINGS else "en"
    last = fold(found_words[-1])
    # (in lower case: "Vitamin A" ends on a name's letter, no article)
    if (last in LOOSE_ENDINGS[code] or last in lang.loose_endings) and found_words[-1].islower() and back.endswith(found_words[-1]):
        return [f"held back: the card's back ends on {found_words[-1]!r}: no whole phrase, something is cut off"]
    if len(found_words) < 3:
        return []
    folded = [fold(w) for w in found_words]
    text = paragraph.replace("**", "").replace("__", "")
    found = re.search(rf"(?<!\w){re.escape(back[:1])}{re.escape(back[1:])}", text, re.IGNORECASE)
    if found is not None and (item := _list_goes_on(back, text[found.end():], lang)) and not _front_asks(draft, item):
        return [f"held back: the card's back is cut inside a list: its sentence goes on with {item!r}, which the back leaves out"]
    opener = max((i for i, w in enumerate(folded[1:], 1) if w in CLAUSE_OPENERS[code]), default=None)
    if opener is None:
        return []
    if found is None or re.match(r"\s*(?:[.!?]|$)", text[found.end():]):
        return []  # the back runs to its sentence's end: its clause is whole
    # ... else it stops at a comma, or inside its clause where the text goes on with the verb
    # («..., lo que en el pueblo | se llama la rula», garble)
    stop = lang.words.stop_words | lang.determiners
    clause = folded[opener + 1:]
    content = [w not in stop for w in clause]
    if not any(content) or any(w in COMMON_VERBS[code] for w in clause):
        return []
    if any(a and b for a, b in pairwise(content)):
        return []
    # A content word opening the clause with an article after it is its verb and its object
    # ("a slag that fills the gaps", «una escoria que une los granos»; explain, session 11).
    if len(clause) >= 2 and content[0] and clause[1] in lang.determiners:
        return []
    # ... or a verb in the present with a preposition after it ("water that falls from the
    # sky", «el agua que cae del cielo»; explain2).
    if len(clause) >= 2 and content[0] and clause[1] in PREPOSITIONS[code] and PRESENT_VERB[code].search(clause[0]):
        return []
    return [f"held back: the card's back is no whole phrase: its clause ({found_words[opener]!r} ...) lacks the verb its sentence writes after the cut"]


# The joins of a list's last item ("A, B, and C", «A, B y C»).
LIST_AND = {"en": r"(?:and|or)", "es": r"(?:y|e|o|u)"}


def _front_asks(draft: Draft, rest: str) -> bool:
    """Whether the card's front asks what its sentence goes on with (a fronted cause: "Because
    the wax never softens, the comb is not bent ..." -> "Explain why the comb is not bent ..."):
    the back leaves nothing out that the card does not hold."""
    opening = " ".join(fold(w) for w in WORD.findall(rest)[:4])
    front = " ".join(fold(w) for w in WORD.findall(str(draft.item.get("front", ""))))
    return bool(opening) and f" {opening} " in f" {front} "


def _list_goes_on(back: str, after: str, lang: Language) -> str:
    """The rest of a list the back was cut from (kinds17: "A coating of ice crystals, feathers"
    before ", and needles"; «La lejía se enturbia» before «, las calderas se ensucian y el jabón
    se mancha»), or empty. A back holding a list's comma whose sentence goes on with its last
    item; or a back whose sentence goes on with two more members, the last after the join. What
    follows the comma must open like a member (an article or a content word): ", which ... and"
    is another clause."""
    code = lang.code if lang.code in LIST_AND else "en"
    join = LIST_AND[code]
    sentence = re.split(r"[.;:?!]", after, maxsplit=1)[0]
    if "," in back and (m := re.match(rf",?\s+{join}\s+[^\W\d_][^,]*", sentence, re.IGNORECASE)):
        return m.group().strip(" ,")
    m = re.match(rf",\s+(?P<first>[^\W\d_]+)[^,]*,?\s+{join}\s+[^\W\d_][^,]*$", sentence, re.IGNORECASE)
    if m is None:
        return ""
    first = fold(m.group("first")).lower()
    if first in lang.words.stop_words and first not in lang.determiners:
        return ""  # ", which leaves salt and sand", ", so the clay and sand settle": a clause of its own
    return m.group().strip(" ,")
