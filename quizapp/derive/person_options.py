"""Wrong options of a "who?" item that a reader rules out without the text (reviews 14, 15).

- **a name that is no person**: "Justicia" (a section of an archive, read as a name after
  "Indiferente General,") or "Alto Perú" ("las minas del Alto Perú") offered among people: the
  one place or common noun among names is no answer to "¿quién?", so the item is a choice between
  fewer options (``unlikely_people``). Signs in the document: the name written after an article,
  "del" or a place preposition ("minas del Alto Perú", "in the Highlands"), or a one-word name
  the document never writes with a given name nor gives a role and that general text writes as
  a word ("Justicia"; a person's surname alone is one identity with the full name, "Muñoz" with
  "Juan Bautista Muñoz").
- **a person of another role than the one the prompt writes beside the gap**: "The first chief
  engineer, ____, resigned after a year" offered Lesseps, Roosevelt and Bunau-Varilla, none of
  them an engineer of the works (blind readers, session 9): the role written beside the gap
  ("the first chief engineer, ____", "el ingeniero jefe ____", "____, the chief engineer,") is
  one only the document's people of that role fill, so the other options must be people the
  document writes with the same role word (``role_beside``, ``roles_beside``); where fewer are
  left, no choice item is drafted.
- **a head of state among people who are none**: "Acompañaron al jefe de Estado ... el director
  del ICANH, ____" offered Juan Manuel Santos, the head of state himself, as one of his
  companions; "who also rebuilt the railway?" offered Presidents Roosevelt and Carter beside the
  railway engineer (blind readers, session 9): a head of state is an option only for a key who
  is one (``heads_of_state``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from quizapp.language import fold_word
from quizapp.languages import Language

# A one-word name general text writes this often is a word as well ("justicia" 5.2, "tesorería"
# 3.3) or a surname the document never gives in full; a chief or a scholar known by one name
# ("Lapulapu", "Humabon", "Pigafetta") is not, and stays an option.
COMMON_WORD_ZIPF = 3.0
# Words after which a name is a place or a thing, not a person ("del Alto Perú", "la Justicia").
THING_BEFORE = {"en": frozenset(("the", "in", "at", "from", "into", "near", "across", "through")), "es": frozenset(("del", "el", "la", "los", "las", "en", "desde", "hacia"))}
# One person's titles as head of state: the prompt naming one names that person.
HEAD_OF_STATE = {
    "en": ("president", "head of state", "king", "queen", "monarch", "prime minister", "premier", "emperor", "empress"),
    "es": ("presidente", "presidenta", "jefe de estado", "jefa de estado", "mandatario", "mandataria", "rey", "reina", "monarca", "primer ministro", "primera ministra", "emperador", "emperatriz"),
}


def _code(lang: Language) -> str:
    return "es" if lang.code == "es" else "en"


def unlikely_people(sentences: Iterable[Any], lang: Language, with_roles: Iterable[str] = ()) -> set[str]:
    """The identities of names read as people that the document treats as places or things;
    ``with_roles``: the folded names the document gives a role ("Picasso, the painter")."""
    roles = set(with_roles)
    code = _code(lang)
    things: set[str] = set()
    for sentence in sentences:
        for m in sentence.mentions:
            if m.kind != "person":
                continue
            before = sentence.text[: m.start - sentence.start].split()[-1:]
            possessive = sentence.text[m.end - sentence.start:].startswith(("'s", "’s"))
            if before and fold_word(before[0]) in THING_BEFORE[code] and not possessive:
                things.add(m.identity)
            name = str(m.value)
            if len(name.split()) == 1 and fold_word(name) not in roles and lang.familiarity(name.lower()) >= COMMON_WORD_ZIPF:
                things.add(m.identity)
    return things


RANK_WORDS = frozenset(("chief", "head", "jefe", "jefa", "principal", "member", "miembro"))
ROLE_WINDOW = 3  # words between a role word and the name it describes ("chief engineer, ____")


def role_beside(before: str, after: str, role_words: set[str] | frozenset[str]) -> frozenset[str]:
    """The (folded) role words the text writes beside a name: the role words that end the text
    before it, after at most a comma ("The first chief engineer, ____", "el ingeniero jefe
    ____", "President ____"; not "a railway engineer, persuaded President ____", whose
    engineer is another person), or those of an apposition after it, up to its next comma
    ("____, the chief sanitary officer,", "____, a French engineer who"). Empty when the name
    stands without a role."""
    found: set[str] = set()
    for word in reversed(before.rstrip().removesuffix(",").split()[-ROLE_WINDOW:]):
        if fold_word(word) not in role_words:
            break
        found.add(fold_word(word))
    rest = after.lstrip()
    if rest.startswith(","):
        for word in rest[1:].split()[:ROLE_WINDOW + 1]:
            bare = word.strip(",;:.()")
            if fold_word(bare) in role_words:
                found.add(fold_word(bare))
            if bare != word:
                break
    # "chief" in "the chief engineer" or "the chief sanitary officer" only ranks the role: two
    # people sharing it share no role (a chief engineer is no chief sanitary officer).
    if found - RANK_WORDS:
        found -= RANK_WORDS
    return frozenset(found)


def roles_beside(sentences: Iterable[Any], role_words: set[str] | frozenset[str]) -> dict[str, frozenset[str]]:
    """Each person's identity with every role word the document writes beside them."""
    roles: dict[str, set[str]] = {}
    for sentence in sentences:
        for m in sentence.mentions:
            if m.kind == "person":
                before = sentence.text[: m.start - sentence.start]
                words = role_beside(before, sentence.text[m.end - sentence.start:], role_words)
                roles.setdefault(m.identity, set()).update(words | listed_role(before, role_words))
    return {k: frozenset(v) for k, v in roles.items()}


# The names a sentence lists after its plural subject's clause, up to the one in hand: "Graham
# Boyd and " before Fiona Mackay.
LISTED_BEFORE = re.compile(r"(?:(?:[A-ZÁÉÍÓÚÑ][\w'’\-]*\s*){1,4}(?:,\s+|\s+(?:and|y|e)\s+))*$")
PLURAL_SUBJECT = re.compile(r"^(?:the|los|las)\s+(?:[^\W\d_]+\s+)?([^\W\d_]+)\b[^.;:()]*,\s+$", re.IGNORECASE)


def listed_role(before: str, role_words: set[str] | frozenset[str]) -> set[str]:
    """The role a sentence's plural subject gives the names it then lists ("The two councillors
    who voted against the purchase, Graham Boyd and Fiona Mackay, argued ...", «Los dos
    concejales que votaron en contra, Tomás Garrido y Elena Vidal, ...»): the singular role word
    for each of them, so that a swap or an option keeps to councillors. Empty when the sentence
    does not open so."""
    listed = LISTED_BEFORE.search(before)
    head = before[: listed.start()] if listed else before
    subject = PLURAL_SUBJECT.match(head)
    if subject is None:
        return set()
    word = fold_word(subject.group(1))
    for singular in (word[:-2], word[:-1]) if word.endswith("s") else ():
        if singular in role_words:
            return {singular}
    return set()


CONTRACTED = {"en": (), "es": ("del", "al")}  # «un proyecto del arquitecto Ramiro Salcedo»
ROLE_NOUN_LETTERS = 4  # "the architect Edwin Hollis", «su capitán Andrés Quiroga»: a role noun, not "the X"


def document_roles(sentences: Iterable[Any], lang: Language) -> frozenset[str]:
    """The (folded) role nouns the document writes right before its people's names, beyond the
    language's list of roles: a general noun after an article or a possessive ("the architect
    Edwin Hollis", «su capitán Andrés Quiroga», «la concejala Inés Albornoz»), or in an
    apposition after it («Inés Albornoz, concejala de Patrimonio,»), or a title
    written before the name ("Councillor Bronwen Pryce") that the document also writes in
    lower case, singular or plural ("the two councillors"), so that no given name or surname
    counts. Each with its plural ("councillors", «concejales»). A choice that shows such a
    role beside its gap offers only people the document gives that role (``role_beside``): the
    architect of 1874 among the councillors is a wrong option a reader drops without the text."""
    sentences = list(sentences)
    openers = "|".join(re.escape(w) for w in sorted({*lang.determiners, *lang.possessives, *CONTRACTED[_code(lang)]}, key=len, reverse=True))
    lower = {fold_word(w) for s in sentences for w in re.findall(r"(?<![\w'’])[a-zà-ÿ][\w\-]*", s.text)}
    stop = {fold_word(w) for w in lang.words.stop_words}
    found: set[str] = set()
    for sentence in sentences:
        for m in sentence.mentions:
            if m.kind != "person":
                continue
            before = sentence.text[: m.start - sentence.start]
            noun = re.search(rf"(?:^|\s)(?:{openers})\s+([^\W\d_][\w\-]*)\s+$", before, re.IGNORECASE)
            title = re.search(r"(?:^|[\s,;(])([A-ZÁÉÍÓÚÑ][^\W\d_]+)\s+$", before)
            # An apposition after the name: "Owen Tudor, a councillor who", «Inés Albornoz, concejala de Patrimonio».
            apposed = re.match(rf",\s+(?:(?:{openers})\s+)?([a-zà-ÿ][\w\-]*)(?=\s+(?:of|for|at|who|de|del|que)\b|,)",
                               sentence.text[m.end - sentence.start:], re.IGNORECASE)
            for word, written in ((noun, True), (apposed, True), (title, False)):
                if word is None:
                    continue
                w = fold_word(word.group(1))
                if len(w) < ROLE_NOUN_LETTERS or w in stop or not lang.is_general_word(w) or (word.group(1)[:1].isupper() and written):
                    continue
                if written or w in lower or f"{w}s" in lower or f"{w}es" in lower:
                    found.add(w)
    return frozenset(found | {f"{w}s" for w in found} | {f"{w}es" for w in found})


def _titles(lang: Language) -> list[str]:
    return [fold_word(t) for t in HEAD_OF_STATE[_code(lang)]]


def heads_of_state(sentences: Iterable[Any], lang: Language) -> set[str]:
    """The identities of people the document calls head of state, president, king or queen:
    the title within a few words before their name ("El presidente de Colombia, Juan Manuel
    Santos", "President Ruiz", "la reina Isabel")."""
    titled = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in _titles(lang))})\b(?:\s+\S+){{0,3}}\s*,?\s*$")
    found: set[str] = set()
    for sentence in sentences:
        for m in sentence.mentions:
            if m.kind == "person" and titled.search(fold_word(sentence.text[max(0, m.start - sentence.start - 60): m.start - sentence.start])):
                found.add(m.identity)
    return found


def named_by_title(sentence_text: str, lang: Language) -> bool:
    """Whether the sentence names someone by a head of state's title ("acompañaron al jefe de
    Estado ..."): that person, offered as another of its people, is ruled out without the text."""
    text = fold_word(sentence_text)
    return any(re.search(rf"\b{re.escape(t)}\b", text) for t in _titles(lang))


# ---------------------------------------------------------------- the sex the words around a name tell

HELD_GENDER = (
    "held back: the words around the gap tell the person's sex ({cue!r}), and {what} of the other sex, so a reader settles it "
    "without the text; the typed item asks it (blind-gender)"
)
HELD_GENDER_ROLES = (
    "held back: the roles are written in both genders ({roles}) beside people of both sexes, so a reader pairs them "
    "by gender and the rest by elimination, without the text (blind-gender)"
)
CLAUSE_STOP = re.compile(r"[.;:!?«“(]")
APPOSITION_WORDS = 8  # «El presidente de la diputación provincial, ____»: the noun phrase an apposition follows
NAME_AFTER = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+")
NAME_AT_END = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s+){0,3}[A-ZÁÉÍÓÚÑ][\w'’-]*$")
# A Spanish role noun without an article, its sex by its ending («como presidenta a ____»):
# not the nouns of both sexes in -a («la/el periodista, atleta, guía»).
ES_COMMON_IN_A = re.compile(r"(?:ista|eta|auta|crata|ata|cida|ia|ía)$")


def _folded(words: dict[str, str]) -> dict[str, str]:
    return {fold_word(k): v for k, v in words.items()}


def _role_ending(word: str) -> str | None:
    w = fold_word(word)
    if w.endswith("a") and not ES_COMMON_IN_A.search(w):
        return "f"
    if re.search(r"(?:o|or|ero)$", w):
        return "m"
    return None


def gender_cue(prompt: str, lang: Language) -> tuple[str, str] | None:
    """The sex (``"m"`` or ``"f"``) the words around the prompt's gap give the person in it, with
    the words saying so; None when they say nothing. Spanish: the article opening the noun
    phrase the name stands in apposition to («El presidente de la diputación, ____»: m), or
    opening the apposition after it («____, una agricultora»: f), or before a role noun right
    before it («la arquitecta ____», «como presidenta a ____»); a title («doña ____»). English:
    a title right before the name ("Mrs ____"), or the first "he"/"she"/"his"/"her" after it
    with no other name between ("____ resigned her seat")."""
    before, gap, after = prompt.partition("____")
    if not gap:
        return None
    before = CLAUSE_STOP.split(before)[-1]
    after = CLAUSE_STOP.split(after)[0]
    articles = _folded(lang.gender_words_article)
    titles = _folded(lang.gender_words_before)
    pronouns = _folded(lang.gender_words_after)
    words_before = re.findall(r"[^\W\d_]+", before)
    if words_before and fold_word(words_before[-1]) in titles and re.search(r"[^\W\d_]+\.?\s*$", before):
        return titles[fold_word(words_before[-1])], words_before[-1]
    if articles:
        if before.rstrip().endswith(","):
            phrase = before.rstrip()[:-1].split(",")[-1].split()
            if phrase and len(phrase) <= APPOSITION_WORDS and fold_word(phrase[0]) in articles:
                return articles[fold_word(phrase[0])], " ".join(phrase[:2])
        elif words_before:
            tail = [fold_word(w) for w in before.split()[-3:]]
            personal = bool(tail) and tail[-1] == "a"  # the personal «a»: «nombró directora a ____»
            if personal:
                tail = tail[:-1]
            if len(tail) >= 2 and tail[-2] in articles and tail[-1].islower() and tail[-1] not in articles:
                return articles[tail[-2]], " ".join(before.split()[-2:])
            if len(tail) >= 2 and (tail[-2] == "como" or personal) and (sex := _role_ending(tail[-1])):
                return sex, " ".join(before.split()[-3:] if personal else before.split()[-2:])
        apposition = re.match(r"\s*,\s*([^\W\d_]+)\s+([^\W\d_]+)", after)
        if apposition and fold_word(apposition.group(1)) in articles:
            return articles[fold_word(apposition.group(1))], apposition.group(0).strip(" ,")
    if pronouns:
        for word in re.findall(r"[^\W\d_]+", after):
            if fold_word(word) in pronouns:
                return pronouns[fold_word(word)], word
            if NAME_AFTER.fullmatch(word) and word != "I":
                break
    return None


def gender_giveaway(item: dict[str, Any], asked: str, paragraph: str, span: tuple[int, int] | None, lang: Language) -> list[str]:
    """A choice among people, a true/false swap of a person or a matching of people to roles
    that the words' grammatical gender settles (``HELD_GENDER``): «La presidenta de la cámara,
    ____» among two women and two men; «El presidente de la diputación, Lucía Ferrando,
    inauguró ...» (false by its article alone); Rosario Ibarguren ↔ «presidenta», Tomás Arrieta
    ↔ «ingeniero». The drafter's options of one sex stay (``given_names.name_gender``)."""
    from quizapp.derive.blindness import option_sets  # blindness imports the drafter's rules
    from quizapp.derive.given_names import name_gender

    code = lang.code
    qtype = item.get("type")
    for prompt, options in option_sets(item):
        cue = gender_cue(prompt, lang)
        if cue is None:
            continue
        sexes = [(name_gender(text, code), right) for text, right in options]
        if any(right and sex not in (None, cue[0]) for sex, right in sexes):
            continue  # the key is not of the sex read: the cue is another person's
        if any(not right and sex is not None and sex != cue[0] for sex, right in sexes):
            return [HELD_GENDER.format(cue=cue[1], what="an option is a person")]
    if qtype == "true_false" and item.get("answer") is False and asked and span:
        statement = str(item.get("prompt", ""))
        swapped = _swapped_in(statement, paragraph, span)
        if swapped:
            start, end = swapped
            own, other = name_gender(asked, code), name_gender(statement[start:end], code)
            cue = gender_cue(statement[:start] + "____" + statement[end:], lang)
            if cue is not None and other and other != cue[0] and own in (None, cue[0]):
                return [HELD_GENDER.format(cue=cue[1], what="the name swapped in is a person")]
    if qtype == "matching" and code == "es":
        pairs = [(name_gender(str(p.get("left", "")), code), role_gender(str(p.get("right", "")), lang)) for p in item.get("pairs", [])]
        people = {sex for sex, _ in pairs if sex}
        roles = {sex for _, sex in pairs if sex}
        if len(people) > 1 and len(roles) > 1:
            shown = ", ".join(f"«{p.get('right')}»" for p in item.get("pairs", [])[:3])
            return [HELD_GENDER_ROLES.format(roles=shown)]
    return []


def role_gender(role: str, lang: Language) -> str | None:
    """A Spanish role's grammatical gender: its article («la directora del museo»), else its
    first word's ending («presidenta», «ingeniero»; None for «presidente», «periodista»)."""
    words = role.split()
    articles = _folded(lang.gender_words_article)
    if not words:
        return None
    if fold_word(words[0]) in articles:
        return articles[fold_word(words[0])]
    return _role_ending(words[0]) if words[0].islower() else None


def _swapped_in(statement: str, paragraph: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where a false statement wrote the value it swapped in for paragraph[span]: between the
    words the paragraph writes before and after the span, as the statement writes them."""
    start, end = span
    before = re.split(r"[.!?]\s", paragraph[:start])[-1][-30:]
    after = re.split(r"[.!?](?:\s|$)", paragraph[end:])[0][:20]
    at = statement.find(after) if after else len(statement.rstrip(". "))
    if at < 0:
        return None
    head = statement[:at]
    if before and before in head:
        begin = head.rfind(before) + len(before)
    else:
        found = NAME_AT_END.search(head.rstrip())
        if not found:
            return None
        begin = found.start()
    return (begin, len(head.rstrip())) if begin < len(head.rstrip()) else None


__all__ = ["HELD_GENDER", "HELD_GENDER_ROLES", "document_roles", "gender_cue", "gender_giveaway", "heads_of_state", "listed_role", "named_by_title", "role_beside", "role_gender", "roles_beside", "unlikely_people"]
