"""What a typed gap accepts: one pipeline of accept-variant rules, in the order they run.

A learner names a thing as people call it: "Mendiola" for Rosa Mendiola, "von Frisch" for Karl
von Frisch, "Peñoles" for Industrias Peñoles, "Ciudad Encantada" for la Ciudad Encantada de
Cuenca, "20" for "siglo XX", "kilometer" for "kilometre". These rules used to be spread over
``Builder.accepted`` (drafting.py), ``giveaways.tidy_accept_lists`` and
``place_short_forms.accept_place_short_forms``; they are listed here, each a small function,
so that a new variant is one more entry in a list and its place in the order is visible.

Two stages, because the second needs the whole document and the set's other drafts:

1. ``mention_accepts`` (while drafting, per mention): the name forms (NAME_FORMS: the first
   rule that applies decides, a person's surname rules before a place's short forms), then the
   other forms (OTHER_FORMS: every rule adds), then the fragment filter (no bare common noun of
   a name: "Embankment" for Victoria Embankment) and the names the text itself writes
   (``context.natural_forms``: "Premio Goldman", "BOE"). Every gap drafted on a mention of the
   text takes this list (``Builder.accepted``); the word gaps of explanations.py and
   sequences.py (a word and its forms) and statements.py's times and counts write their own.
2. ``tidy_accept_lists`` (while checking, per draft): DRAFT_RULES, which drop the forms that are
   no word or that the gap's grammar refuses, and add the bare name, a place's short form, a
   Spanish verb's form without its clitic («carbonizarla»: carbonizar),
   the alias the text gives a name («doña Chepa») and the name for the alias, a landmark's name
   without its head noun ("Kuromon"), and from small per-language tables an event's short
   forms ("Olympics") and a group noun's near-synonyms («ecologistas»).

The rules themselves (and their tests) stay where they were written: the Builder's name
readers (``double_surname``, ``particle_surname``, ``titled`` via titled_names.py ...),
giveaways.py and place_short_forms.py. This module only says which run, and in what order.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.bank import lint
from quizapp.derive import answers as typed_answers
from quizapp.derive import context, given_names, giveaways, titled_names
from quizapp.derive.extract import ROMAN, Mention, fold, persons_name
from quizapp.derive.given_names import given_name
from quizapp.derive.place_kinds import adjective_countries, country_adjectives, other_country_names
from quizapp.derive.place_kinds import capital_state, spanish_adjective_countries, place_kind as place_kind_of
from quizapp.derive.place_short_forms import LANDMARK_WORDS, unambiguous, accept_place_short_forms
from quizapp.language import lower_initial
from quizapp.languages import Language, language_for

if TYPE_CHECKING:
    from quizapp.derive import Draft
    from quizapp.derive.drafting import Builder

# A rule of the first stage: the forms it adds for a mention's gap; None when it does not apply
# (for NAME_FORMS, where the first rule that applies decides, an empty list still decides).
MentionRule = Callable[["Builder", Mention], "list[str] | None"]


def joined_surnames(b: Builder, m: Mention) -> list[str] | None:
    """"Antonio García y Bellido": also "García y Bellido" (never "Bellido")."""
    joined = b.surnames_joined_by_y(m)
    return None if joined is None else [str(m.value), joined]


def particle_surname(b: Builder, m: Mention) -> list[str] | None:
    """"Karl von Frisch": also "von Frisch", "Frisch"."""
    particled = b.particle_surname(m)
    return None if particled is None else [str(m.value), *particled]


def double_surname(b: Builder, m: Mention) -> list[str] | None:
    """"Luis Lacalle Pou": also "Lacalle Pou", "Lacalle"."""
    surnames = b.double_surname(m)
    return None if surnames is None else [str(m.value), *surnames]


def named_person_surname(b: Builder, m: Mention) -> list[str] | None:
    """A two-word name of no known kind that reads as a person's (a known given name, or a
    title or role before it in the text: titled_names.py): "Rosa Mendiola" also "Mendiola",
    unless another person shares it; a firm ("Brawner Builders") by its own word. A name of
    three words the text marks by a title, a role or a verb is a person's too ("Pandit Ram
    Sharan Verma": "Verma"; shortnames), and so, in a language of one surname, is one of three
    words that opens with a given name ("Ruth Ellen Whitcombe": "Whitcombe"; the fresh reviews
    refused such items for want of the surname)."""
    value = str(m.value)
    words = len(value.split())
    if m.kind == "name" and (words == 2 or (words == 3 and (b.titled(m) or (not b.lang.double_surnames and (b.named_like_person(m) or b.given_named_person(m)))))) and (b.named_like_person(m) or b.titled(m) or b.listed_name(m) or b.listed_with_person(m) or b.given_named_person(m)) and not b.surname_shared(m):
        surname = b.surname_word(m)
        return [value] if b.names_other(m, surname) or b.place_called(m, surname) else [value, b.firm_name(value) or surname]
    return None


def person_surname(b: Builder, m: Mention) -> list[str] | None:
    """A person: the full name, and the surname alone ("Snow" for John Snow), but never "I"
    for "Carlos I", nor after a small word ("Herrera de Pisuerga", "Alberto de Palacio")
    unless the text itself names the person so."""
    if m.kind != "person":
        return None
    full = str(m.value)
    forms = [full]
    words = full.split()
    if firm := b.firm_name(full):
        forms.append(firm)  # a firm read as a person: "Brawner", never "Builders"
    elif not any(ROMAN.match(w) for w in words) and not b.surname_shared(m) and (
        not {fold(w) for w in words[:-1]} & b.connector_words or (m.identity, fold(words[-1])) in b.written
    ) and not b.names_other(m, b.surname_word(m)) and not b.place_called(m, b.surname_word(m)):
        forms.append(b.surname_word(m))  # "Hou" of "Hou Debang", a name in Chinese order
    return forms


# A lone given name and "and"/«y» right before a name of two words: "the sisters Maude and ",
# «las hermanas Elisabeth y ».
SIBLING_BEFORE = re.compile(r"(?:^|[\s,;:(«“\"])([A-ZÁÉÍÓÚÑÜ][^\W\d_]+)\s+(?:and|y|e)\s+$")


def sibling_given_name(b: Builder, m: Mention) -> list[str] | None:
    """"The sisters Maude and Edith Rosslyn", «las hermanas Elisabeth y Greta Brückner": the
    surname after the second given name is both sisters', so it names neither; the gap on the
    second name accepts it whole and by its given name ("Edith"), which is what tells the two
    apart. (The gap keeps the surname: the sentence reads "Maude and ____", and a learner who
    writes the full name is right too.)"""
    words = m.text.split()
    if m.kind not in ("person", "name") or len(words) != 2 or not b.facts.sentences:
        return None
    s = b.facts.sentences[m.sentence]
    found = SIBLING_BEFORE.search(s.text[: m.start - s.start])
    if found is None:
        return None
    lone = found.group(1)
    if not any(x.text == lone and str(x.value) == lone and x.kind in ("person", "name") for x in s.mentions):
        return None  # "Crabtree and Ilario Halloran": a surname of another person, no sister
    if not (b.given_name(lone) and b.given_name(words[0])):
        return None
    return [m.text, words[0]]


def short_name_forms(b: Builder, m: Mention) -> list[str] | None:
    """A name of no known kind is accepted whole: its last word alone may name something else
    ("Empire" for "the Holy Roman Empire", "Elena" for the island of Santa Elena). But the short
    form the text itself uses ("la Casa de Expósitos" for "la Casa de Expósitos de La Coruña"),
    a feature's own name ("Patapsco" for the Patapsco River) and a company's ("Peñoles") are
    natural answers."""
    if m.kind not in ("place", "organisation", "name"):
        return None
    return [*b.short_forms(m), *b.without_feature_word(m), *b.without_company_word(m)]


def written_number(b: Builder, m: Mention) -> list[str] | None:
    """A century in Roman numerals also as a number and its words ("siglo XX": 20, veinte);
    any other Roman numeral also in digits ("el libro ____": "33" for "XXXIII", review 11)."""
    from quizapp.derive.drafting import roman_value

    if century := b.century(m):
        return century
    if (numeral := roman_value(m.text)) is not None and len(m.text) >= 2:
        return [str(numeral)]
    return None


def regnal_forms(b: Builder, m: Mention) -> list[str] | None:
    """"Manuel I de Portugal": also "Manuel I", "Manuel 1"."""
    return b.regnal_forms(m)


def term_forms(b: Builder, m: Mention) -> list[str] | None:
    """A one-word term's other real forms ("kilometer", "kilometres")."""
    return b.term_forms(m) if m.kind == "term" and " " not in m.text else None


def phrase_variants(b: Builder, m: Mention) -> list[str] | None:
    """A phrase with its small word as people write it ("monstruo del agua")."""
    return typed_answers.phrase_variants(m.text, b.lang) if m.kind != "person" else None


# A capitalised word standing alone as a name: not inside a longer run of capitalised words,
# nor before "de"/"of" and another one ("Rio" in "a boast Rio never heard of", not in "Rio
# Grande" or "Rio de la Plata").
NAME_CAPITAL = r"[A-ZÁÉÍÓÚÑÜ]"


def written_alone(word: str, name: str, document: str, lang: Language) -> bool:
    """Whether ``document`` writes ``word`` (a word of the name ``name``) on its own as a name,
    with no article, somewhere outside ``name`` itself: "Rio" after "Rio de Janeiro", «de
    Villar» after «Villar de Olmos» ("the Suite", "the Embankment" are a noun's uses)."""
    rest = document.replace(name, " ")
    determiners = {fold(w) for w in lang.determiners}
    for found in (re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", rest) if word in rest else ()):
        before, after = rest[max(0, found.start() - 30):found.start()], rest[found.end():found.end() + 40]
        if before.split()[-1:] and fold(before.split()[-1]) in determiners:
            continue
        if re.search(rf"{NAME_CAPITAL}[\w'’-]*\s$", before) and not re.search(r"(?:^|[.!?:;]\s*|\n)\S+\s$", before):
            continue  # "Lower Rio": the end of another name (a sentence's first word is any word)
        if re.match(rf"\s+(?:(?:de|del|of|da|do|di|von|van)\s+(?:(?:la|las|los|the|el)\s+)?)?{NAME_CAPITAL}", after):
            continue  # "Rio Grande", "Rio de la Plata": the start of another name
        if re.match(r",\s+(?:a|an|the|un|una|el|la)\s", after, re.IGNORECASE):
            continue  # "for Vosper, a local towing firm": described as a thing of its own (kinds6)
        return True
    return False


def written_short_word(b: Builder, m: Mention) -> list[str] | None:
    """A name's first or last word that the document writes alone for the same thing: "Rio"
    for "Rio de Janeiro" ("a boast Rio never heard of"), «Villar» for «Villar de Olmos» («los
    vecinos de Villar»), names13. Never a word another name of the document holds (another
    entity: "Hubble" of Edwin Hubble beside "Hubble Space Telescope"), a word of a kind (an
    organisation's, a place's, a title), the place a name ends with ("of Bristol", «de
    Vilaboa»), an organisation's first word ("Pennsylvania" of the Pennsylvania Department of
    Transportation), nor a town the name only holds (written after "in"/"en")."""
    if m.kind not in ("place", "organisation", "name"):
        return None
    words = m.text.split()
    if words and fold(words[0]) in {fold(w) for w in b.lang.determiners}:
        words = words[1:]
    if len(words) < 2 or not words[0][:1].isupper() or any(fold(w) in b.lang.company_words for w in words):
        return None  # a firm's short form is its own rule's (without_company_word)
    kinds = b.lang.organisation_words | b.lang.place_words | b.lang.titles
    # An organisation's first word is its place's or its founder's ("Pennsylvania Department of
    # Transportation"), and a word after "de"/"of" another place («Instituto ... de Vilaboa»).
    candidates = [] if m.kind == "organisation" else [words[0]]
    if fold(words[-2]) not in b.connector_words and fold(words[-2]) not in {"of", "and", "y"}:
        candidates.append(words[-1])
    forms = []
    for word in dict.fromkeys(candidates):
        folded = fold(word)
        if not word[:1].isupper() or not word.isalpha() or len(word) < 3 or word in kinds or folded in b.generic_words or folded in b.connector_words:
            continue
        if any(identity != m.identity and identity.split(":", 1)[-1] != folded and folded in text.split() for identity, text in b.written):
            continue  # another entity's word ("Hubble" of Edwin Hubble), or another name holding it
        if not written_alone(word, m.text, b.document_text, b.lang):
            continue
        prepositions = "|".join(sorted(re.escape(p) for p in b.lang.place_prepositions))
        if m.kind != "place" and re.search(rf"(?<!\w)(?:{prepositions})\s+{re.escape(word)}(?![\w-])", b.document_text.replace(m.text, " "), re.IGNORECASE):
            continue  # "in Tolsta": a town the firm is named after, not the firm
        if m.kind != "place" and b.place_called(m, word):
            continue  # "the town of Lanark" beside the Lanark Cup: the town, not the cup
        forms.append(word)
    return forms


# A person's name before a work ("Kaspar Lindqvist's Ferry Suite") or after it («Las Mareas de
# Ferrán Olabide», «la Suite del Transbordador de Kaspar Lindqvist»): the title is the work's.
POSSESSIVE = re.compile(r"^(?P<person>.+?)['’]s\s+(?P<work>[A-ZÁÉÍÓÚÑ].*)$")
AUTHOR_AFTER = re.compile(r"^(?P<work>(?:(?:El|La|Los|Las|The)\s+)?[A-ZÁÉÍÓÚÑ].*?)\s+(?:de|by)\s+(?P<person>[A-ZÁÉÍÓÚÑ][^\s]*(?:\s+[A-ZÁÉÍÓÚÑ][^\s]*){0,2})$")


def _a_person(b: Builder, name: str) -> bool:
    """Whether ``name`` is one of the document's people, or reads as a person's name: two or
    three capitalised words none of them common in general text, nor a place's or a body's
    word, nor a saint's ("Kaspar Lindqvist", «Ferrán Olabide»; not «San Marcos», "Bellas Artes")."""
    folded = fold(name)
    if any(fold(str(x.value)) == folded or fold(x.text) == folded for x in b.groups.get("person", [])):
        return True
    words = name.split()
    return bool(words) and fold(words[0]) not in b.lang.name_prefixes and persons_name(words, b.lang)


def authored_work(b: Builder, m: Mention) -> list[str] | None:
    """A work named with its author ("Kaspar Lindqvist's Ferry Suite", «Las Mareas de Ferrán
    Olabide») is also accepted by its title alone, with and without its article: what a
    learner types (names13). Not a place or a body named after a person («Plaza de Pedro
    Zerolo», "Institute of Juan March": their kind word is no title of a work)."""
    if m.kind not in ("name", "organisation"):
        return None
    found = POSSESSIVE.match(m.text) or AUTHOR_AFTER.match(m.text)
    if not found:
        return None
    work, person = found.group("work"), found.group("person")
    kinds = b.lang.organisation_words | b.lang.place_words | b.lang.titles
    if any(w in kinds or fold(w) in LANDMARK_WORDS for w in work.split()) or not _a_person(b, person):
        return None
    words = work.split()
    if fold(words[0]) in {fold(w) for w in b.lang.determiners} and len(words) >= 2:
        return [work, " ".join(words[1:])]
    return [work]


NAME_FORMS: tuple[MentionRule, ...] = (joined_surnames, particle_surname, double_surname, sibling_given_name, named_person_surname, person_surname, short_name_forms)
OTHER_FORMS: tuple[MentionRule, ...] = (written_number, regnal_forms, term_forms, phrase_variants, written_short_word, authored_work)


LAKE_WORDS = frozenset({"lake", "loch", "lough", "lago", "laguna"})  # a lake is called by its name alone; a «Monte Quispe» may be a village
FEATURE_NAME_WORD_ZIPF = 4.5  # a feature's own name as rare as "Malawi" (3.6) or "Superior" is a name; "Red" (5.6), "Great" are words


def bare_fragment(b: Builder, m: Mention, form: str) -> bool:
    """"Embankment" for "Victoria Embankment": a bare common noun of a name (not a person's
    surname, "Snow", nor a word the document itself writes alone as a name, with no article:
    "Rio") is any embankment, and the prompt may describe one."""
    fragment = form != m.text and " " not in form and m.kind != "person" and " " in m.text
    return (
        fragment and form[:1].isupper() and b.lang.is_real_word(form) and not b.named_like_person_word(form) and not b.titled(m)
        and not (b.listed_name(m) and form in str(m.value).split())  # "Quispe", "Soto": a surname the name lists give
        and not (form == str(m.value).split()[-1] and b.listed_with_person(m))  # «Torres», «Cura»: a person listed with a part
        and form not in (sibling_given_name(b, m) or [])  # "Edith" of "Maude and Edith Rosslyn"
        and not (form in (b.particle_surname(m) or []) and b.marked_person(m))  # «Peña» of «Juan de la Peña»
        and not written_alone(form, m.text, b.document_text, b.lang)  # "a boast Rio never heard of": the document's name for it
        and not b.person_surname_alone(m, form)  # "King" of "Jackie King" ... "King said" (given_named_person)
        and not (form == b.feature_name(m) and b.lang.familiarity(form.lower()) < FEATURE_NAME_WORD_ZIPF and len(m.text.split()) == 2 and bool({fold(w) for w in m.text.split()} & LAKE_WORDS))  # "Malawi" of Lake Malawi: a name, not "Red" of the Red River (never "Janeiro" of Rio de Janeiro)
    )


PERSON_NAME_WORD_ZIPF = 3.0  # a word of a person's name no list gives must be this rare ("Embankment" 3.2 is a word)


def person_name_parts(b: Builder, m: Mention) -> tuple[list[str], list[str]] | None:
    """(given names, surnames) of a name of three to five capitalised words that reads as a
    person's: a given name first (the name lists of many countries or general text), then
    words that are given names or surnames of the lists or rare words, no small word, kind word
    or known place, no thing named after a person ("the corvette María Pita"). The given names
    are the first word (a given name, or a rare word before a surname of the lists: "Rajesh
    Kumar Sharma") and the words after it that the lists give as given names and never as
    surnames («Ana Lucía», «Tomás Eduardo»; in a name of four words or more a word of both
    lists too, "Juan Carlos"), a surname always left; a name in Chinese order is not read.
    None for any other name."""
    words = str(m.value).split()
    if m.kind not in ("person", "name") or not 3 <= len(words) <= 5 or given_names.chinese_order(words[:2]):
        return None
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and not w.isupper() for w in words):
        return None
    folded = [fold(w) for w in words]
    if set(folded) & (b.connector_words | b.generic_words) or folded[0] in b.noun_openers | b.lang.name_prefixes or any(ROMAN.match(w) for w in words):
        return None
    rare_first = b.lang.familiarity(words[0].lower()) < PERSON_NAME_WORD_ZIPF and given_names.surname(words[-1])  # "Rajesh Kumar Sharma"
    if not (b.given_name(words[0]) or rare_first) or b.lang.is_known_place(str(m.value)):
        return None
    if not all(given_name(w) or given_names.surname(w) or b.lang.familiarity(w.lower()) < PERSON_NAME_WORD_ZIPF for w in words[1:]):
        return None
    if m.kind == "name" and titled_names.named_after_thing_noun(str(m.value), b.document_text, b.lang):
        return None
    given = 1
    while given < len(words) - 1 and given_name(words[given]) and (
        not given_names.surname(words[given]) or len(words) - given >= 3 or not given_names.hispanic_surname(words[given])
    ):
        given += 1  # («Syed Ali Qadri»: «Ali», no Hispanic surname, is a given name; «Ana Lucía Pérez Ortega» keeps «Pérez»)
    return words[:given], words[given:]


def _surname_free(b: Builder, m: Mention, form: str) -> bool:
    """Whether ``form`` (a surname of ``m``'s person) names nobody and nothing else in the
    document: no other person or name holds its first word, no place or body is so called."""
    first = fold(form.split()[0])
    shared = any(
        x.identity != m.identity and first in {fold(w) for w in str(x.value).split()} and fold(str(m.value)) != fold(str(x.value))
        and f" {fold(str(x.value))} " not in f" {fold(str(m.value))} "  # the person's own short name ("Ruiz", "Ruiz Medina")
        for group in ("person", "name") for x in b.groups.get(group, [])
    )
    return not shared and not b.names_other(m, form) and not b.place_called(m, form)


def person_surname_forms(b: Builder, m: Mention) -> tuple[list[str], list[str]] | None:
    """(surname forms to accept, given-name forms never to accept) of a person's name of three
    to five words (person_name_parts; accept6, issue 10): a person is called by the surname.
    Spanish (two surnames): both and the first («Pérez Ortega», «Pérez» of «Ana Lucía Pérez
    Ortega»), never the second alone; English: the last word, and a Hispanic name of two given
    names and two surnames also by both and the first ("Pérez Ortega", "Pérez"); in every
    language the part of the surnames the text itself writes alone and the surnames from it
    ("Ruiz", "Ruiz Medina" of Carlos Ruiz Medina ... "Ruiz said"). Never the given names alone
    ("Ana", "Ana Lucía", "Lucía"), even where the text writes them alone: a learner who names
    a person by the given name has not named her."""
    parts = person_name_parts(b, m)
    if parts is None:
        return None
    given, surnames = parts
    forms: list[str] = []
    english_style = given_names.middle_and_surname(surnames)  # "John Findley Wallace" in a Spanish text
    two_surnames = len(surnames) == 2 and not english_style
    if b.lang.double_surnames or len(given) >= 2:
        if two_surnames:
            forms += [" ".join(surnames), surnames[0]]
        elif len(surnames) == 1:
            forms.append(surnames[0])
    if not b.lang.double_surnames or english_style:
        forms.append(surnames[-1])
    elsewhere = b.document_text.replace(str(m.value), " ").replace(" ".join(surnames), " ")  # «Pérez Ortega» writes no «Ortega» alone
    for i, word in enumerate(surnames):
        if (m.identity, fold(word)) in b.written or written_alone(word, str(m.value), elsewhere, b.lang):
            forms += [word, " ".join(surnames[i:])]  # "Ruiz said": the text's own name for him
    forms = [f for f in dict.fromkeys(forms) if _surname_free(b, m, f)]
    givens = [" ".join(given[:i]) for i in range(1, len(given) + 1)] + given[1:]
    return forms, givens


def _add_new_forms(gap: giveaways.Gap, forms: Iterable[str]) -> None:
    """Append to a typed gap's accept list each of ``forms`` it does not hold yet (folded), in order."""
    have = {fold(str(a)) for a in gap.accept}
    for form in forms:
        if fold(form) not in have:
            gap.accept.append(form)
            have.add(fold(form))


def _key_words(gap: giveaways.Gap, determiners: set[str]) -> list[str]:
    """The words of a typed gap's key, an opening article left out ("the World Bank": World Bank)."""
    words = str(gap.accept[0]).split() if gap.accept else []
    return words[1:] if len(words) >= 2 and fold(words[0]) in determiners else words


def mention_accepts(b: Builder, m: Mention) -> list[str]:
    """What a gap on ``m`` accepts: the text, then every variant the rules give, once each; a
    person's surnames, never the given names alone (person_surname_forms)."""
    answers = [m.text]
    for rule in NAME_FORMS:
        if (forms := rule(b, m)) is not None:
            answers.extend(forms)
            break
    for rule in OTHER_FORMS:
        answers.extend(rule(b, m) or [])
    person = person_surname_forms(b, m)
    surnames, givens = person if person is not None else ([], [])
    answers.extend(surnames)
    out: list[str] = []
    for a in answers:
        if a != m.text and fold(a) in {fold(g) for g in givens}:
            continue  # "Ana" of Ana Lucía Pérez Ortega: the given name names nobody
        if a not in surnames and (bare_fragment(b, m, a) or b.names_another_thing(m, a)):  # "Tenkiller" of Tenkiller Lake beside the town of Tenkiller
            continue
        if fold(a) not in {fold(x) for x in out}:
            out.append(a)
    if m.kind in ("place", "organisation", "name"):  # "Premio Goldman", "BOE": what a learner types
        document = "\n".join(b.facts.paragraphs.values())
        out.extend(a for a in context.natural_forms(m.text, document, b.lang) if fold(a) not in {fold(x) for x in out})
    return out


@dataclass(frozen=True)
class DraftContext:
    """What the second stage reads: the language, every word the document writes (a form must
    be a word), and the document's text (a place's short form must name one place in it)."""

    lang: Language
    written: frozenset[str]
    document: str


DraftRule = Callable[["Draft", DraftContext], None]


def real_forms(draft: Draft, ctx: DraftContext) -> None:
    """Only forms that are words and fit the gap's number (giveaways.keep_real_forms)."""
    giveaways.keep_real_forms(draft, ctx.lang, ctx.written)


def bare_name(draft: Draft, ctx: DraftContext) -> None:
    """The name without its sentence's article ("UNESCO" for "La UNESCO")."""
    giveaways.accept_bare_name(draft, ctx.lang)


def place_short_form(draft: Draft, ctx: DraftContext) -> None:
    """A landmark without its "de <place>" ("Ciudad Encantada", kinds7: place_short_forms.py)."""
    accept_place_short_forms(draft, ctx.lang, ctx.document)


# Words before a range's or a region's name that only say which part or whose ("Swiss Alps",
# "Southern Alps", "Bavarian Forest"): directions, and demonyms by their endings.
DIRECTION_QUALIFIERS = frozenset(["northern", "southern", "eastern", "western", "central", "upper", "lower", "high", "inner", "outer", "greater", "north", "south", "east", "west"])
DEMONYM_ENDINGS = ("ish", "ese", "ian", "an", "ch", "ss", "ic")
DEMONYM_ZIPF = 3.0  # a demonym is a common word ("swiss" 4.2, "bavarian" 3.1)
BARE_NAME_ZIPF = 4.0  # a bare name this common in general text ("Army", "Carolina") is no range of its own


def _qualifier(word: str, lang: Language) -> bool:
    """Whether ``word`` (capitalised) is a direction or a demonym before a name."""
    low = word.lower()
    return low in DIRECTION_QUALIFIERS or (low.endswith(DEMONYM_ENDINGS) and lang.familiarity(low) >= DEMONYM_ZIPF)


def qualified_range(draft: Draft, ctx: DraftContext) -> None:
    """A two-word key of a qualifier and a name ("Swiss Alps", "Bavarian Alps") also accepts
    the name alone when the document writes it alone ("in the Alps"): kinds13."""
    for gap in giveaways.gaps_of(draft, typed=True):
        words = str(gap.accept[0]).split()
        if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words) or not _qualifier(words[0], ctx.lang):
            continue
        bare = words[1]
        if ctx.lang.familiarity(bare.lower()) >= BARE_NAME_ZIPF or fold(bare) in {fold(a) for a in gap.accept}:
            continue
        alone = any(
            not (prev := ctx.document[:m.start()].split()[-1:]) or prev[0][:1].islower()
            for m in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", ctx.document)
        )
        if alone:
            gap.accept.append(bare)


# A place named with the word for its administrative kind: "Aomori Prefecture", "County Donegal",
# "the Province of Kerman", «Provincia de Jujuy», «Región de Atacama». People name it by the name.
ADMIN_WORDS = {
    "en": r"Prefecture|Province|County|Department|State|Region|District|Oblast|Canton|Governorate|Municipality|Parish|Shire",
    "es": r"[Pp]refectura|[Pp]rovincia|[Dd]epartamento|[Ee]stado|[Rr]egi[oó]n|[Cc]ondado|[Cc]omarca|[Dd]istrito|[Mm]unicipio|[Cc]ant[oó]n|[Pp]arroquia|[Gg]obernaci[oó]n",
}
ADMIN_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*){0,2}"
# Settlements the text may tell from the province of the same name: "the city of Oita", «la
# ciudad de Mendoza», "the capital, Salta", "Oita City".
SETTLEMENT_BEFORE = re.compile(
    r"(?:city|town|village|port|capital|ciudad|villa|pueblo|localidad|capital|puerto|aldea|municipio)[,:]?\s+(?:(?:of|de|del)\s+)?(?:(?:the|la|el)\s+)?$",
    re.IGNORECASE,
)
ADMIN_BARE_SKIP = DIRECTION_QUALIFIERS | {"capital", "metropolitan", "metropolitana", "federal", "autonomous", "autonoma", "norte", "sur", "este", "oeste", "centro"}


def _admin_patterns(code: str) -> list[re.Pattern[str]]:
    words = ADMIN_WORDS.get(code)
    if words is None:
        return []
    article = r"(?:(?:the|The|la|La|el|El)\s+)?"
    # Not "Ohio State", "Penn State" (universities): "State" goes before its name only.
    after = "|".join(w for w in words.split("|") if w != "State")
    return [
        re.compile(rf"^{article}(?P<name>{ADMIN_NAME})\s+(?P<kind>{after})$"),  # "Aomori Prefecture"
        re.compile(rf"^{article}(?P<kind>{words})\s+(?:of|de|del)\s+(?:(?:the|la|el)\s+)?(?P<name>{ADMIN_NAME})$"),  # "Province of Kerman"
        re.compile(rf"^(?P<kind>County|Condado)\s+(?P<name>{ADMIN_NAME})$"),  # "County Donegal"
    ]


# Kind words that also head a body ("Department of Agriculture", «Estado de Derecho»): their
# name must be no word of the language to be a place's.
COMMON_NAME_ZIPF = 4.0  # "agriculture" 4.4, «derecho» 5.3; "Tarija", "Ashanti" far below
AMBIGUOUS_ADMIN = frozenset(("department", "departamento", "state", "estado", "district", "distrito", "region", "region"))


def admin_bare_name(key: str, lang: Language) -> str | None:
    """The name of an administrative place's key without its kind word ("Aomori" of "Aomori
    Prefecture", «Jujuy» of «Provincia de Jujuy»), or None: not a direction or a kind ("Capital
    Region", "Lake District"), nor a word after a kind that also heads a body ("Department of
    Agriculture", «Estado de Derecho»)."""
    for pattern in _admin_patterns(lang.code):
        found = pattern.match(key.strip())
        if not found:
            continue
        name, kind = found.group("name"), fold(found.group("kind")).lower()
        words = {fold(w).lower() for w in name.split()}
        kinds = {fold(w).lower() for w in lang.place_words | lang.organisation_words} | LANDMARK_WORDS
        if fold(name).lower() in ADMIN_BARE_SKIP or words & kinds or re.search(ADMIN_WORDS[lang.code], name):
            return None
        if kind in AMBIGUOUS_ADMIN and len(words) == 1 and lang.familiarity(name.lower()) >= COMMON_NAME_ZIPF and not lang.is_known_place(name):
            return None
        return name
    return None


def names_other_place(name: str, key: str, document: str, code: str) -> bool:
    """Whether ``document`` calls another thing ``name`` (the bare name of the place ``key``): a
    settlement ("the city of Oita", «la ciudad de Mendoza», "Oita City") or a word of another
    name ("the Kerman Basin")."""
    words = ADMIN_WORDS[code]
    rest = re.sub(rf"(?i){re.escape(key)}|(?:{words})\s+(?:of|de|del)\s+{re.escape(name)}|{re.escape(name)}\s+(?:{words})", " ", document)
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rest):
        before, after = rest[max(0, found.start() - 40):found.start()], rest[found.end():found.end() + 30]
        if SETTLEMENT_BEFORE.search(before):
            return True
        if re.match(r"\s+[A-ZÁÉÍÓÚÑ]", after):
            return True  # "Oita City", "the Kerman Basin"
        if re.search(r"[A-ZÁÉÍÓÚÑ][\w'’-]*\s$", before) and not re.search(r"(?:^|[.!?:;]\s*|\n)\S+\s$", before):
            return True  # "Lower Kerman": the end of another name
    return False


def place_without_admin_word(draft: Draft, ctx: DraftContext) -> None:
    """A place named with its administrative word ("Aomori Prefecture", "the Province of
    Kerman", "County Donegal", «Provincia de Jujuy», «Departamento de Tarija», «Región de
    Atacama») also accepts its bare name, how people call it; unless the document calls another
    thing so ("the city of Oita" beside Oita Prefecture, «la ciudad de Mendoza» beside la
    Provincia de Mendoza): then the bare name is no answer, even where another rule gave it
    (variants, issue 10 item 1)."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        name = admin_bare_name(key, ctx.lang)
        if name is None or re.match(r"\s*(?:" + ADMIN_WORDS[ctx.lang.code] + r")\b", gap.after):
            continue
        if names_other_place(name, key, ctx.document, ctx.lang.code):
            gap.accept[:] = [a for a in gap.accept if fold(str(a)) != fold(name)]
        elif fold(name) not in {fold(str(a)) for a in gap.accept}:
            gap.accept.append(name)


# Prefixes a learner writes joined or hyphenated ("co-operative", "autoxidation" / "auto-oxidation",
# «contra-demanda»), longest first.
HYPHEN_PREFIXES = {
    "en": ("counter", "electro", "pseudo", "thermo", "hydro", "infra", "inter", "intra", "macro", "micro", "multi", "photo", "super", "ultra", "extra", "anti", "auto", "mono", "poly", "post", "semi", "over", "under", "non", "pre", "pro", "sub", "bio", "geo", "neo", "co", "re"),
    "es": ("electro", "pseudo", "contra", "hidro", "infra", "inter", "intra", "macro", "micro", "multi", "sobre", "super", "ultra", "extra", "termo", "anti", "auto", "foto", "mono", "poli", "post", "semi", "bio", "geo", "neo", "pre", "pro", "sub", "co", "re"),
}
HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]{2,})-([a-záéíóúñü][^\W\d_]{2,})(?![\w-])")
STEM_ZIPF = 2.0  # a word general text writes ("oxidation" 3.3, «demanda» 4.9), not "ecover" of "recover"
MIN_STEM = 6  # the word after the prefix: "operative", «demanda»; not "sent" of "present"


def hyphen_forms(key: str, lang: Language) -> list[str]:
    """The other ways a learner writes ``key``'s prefixed words: a hyphenated word joined
    ("co-operative": "cooperative") and with the doubled vowel dropped ("auto-oxidation":
    "autoxidation"); a joined word whose rest is a word of the language, hyphenated
    ("autoxidation": "auto-oxidation", «contrademanda»: «contra-demanda»)."""
    forms: list[str] = []
    for found in HYPHENATED.finditer(key):
        first, second = found.group(1), found.group(2)
        joined = [first + second]
        if len(first) >= 4 and first[-1:].lower() == second[:1].lower():  # not "coperative" of "co-operative"
            joined.append(first + second[1:])
        forms.extend(key[: found.start()] + j + key[found.end():] for j in joined)
    prefixes = HYPHEN_PREFIXES.get(lang.code, ())
    for found in re.finditer(r"(?<![\w-])([a-záéíóúñü]{7,})(?![\w-])", key):
        word = found.group(1)
        for prefix in prefixes:
            if not word.startswith(prefix):
                continue
            rest = word[len(prefix):]
            stems = [rest]
            if prefix[-1] in "aeiou" and rest[:1] not in "aeiou":
                stems.append(prefix[-1] + rest)  # "aut|oxidation": the prefix's vowel dropped before a vowel
            stem = next((x for x in stems if len(x) >= MIN_STEM and lang.familiarity(x) >= STEM_ZIPF), None)
            if stem is not None:
                forms.append(key[: found.start()] + f"{prefix}-{stem}" + key[found.end():])
                if len(prefix) >= 4 and stem[:1] == prefix[-1]:  # «contraalmirante»: «contralmirante»
                    forms.append(key[: found.start()] + prefix + stem[1:] + key[found.end():])
            break
    return forms


def other_hyphenation(draft: Draft, ctx: DraftContext) -> None:
    """A typed key with a prefixed word also accepts the word's other hyphenation (variants,
    issue 10 item 2): "cooperative" for "co-operative", "auto-oxidation" for "autoxidation"
    (the vowel the joined word drops), «contra-demanda» for «contrademanda». Grading compares
    letters only, so a joined and a hyphenated word already matched; the dropped vowel did not,
    and an exported list (another platform's grading) shows each way."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        _add_new_forms(gap, hyphen_forms(key, ctx.lang))


# A negated adjective: English "non-" (hyphenated or joined), "un-", "in-" and its assimilated
# forms; Spanish «no» before the adjective, «in-», «im-», «i-» (ilegal, irregular), «des-».
NEGATIONS = {"en": ("un", "in", "im", "il", "ir"), "es": ("in", "im", "i", "des")}
# The endings of adjectives a negation goes before ("sustainable", «selectiva», «legales»).
ADJECTIVE_ENDING = re.compile(
    r"(?:able|ible|al|ial|ic|ical|ive|ent|ant|ous|ary|ory|ful|ile|ed"
    r"|ble|bles|ales?|ic[oa]s?|iv[oa]s?|entes?|antes?|os[oa]s?|ari[oa]s?|id[oa]s?|ad[oa]s?|iles?|ares?)$"
)
# Words that only look negated: "invaluable" is no "not valuable", "inflammable" burns.
FALSE_NEGATIONS = frozenset((
    "invaluable", "inflammable", "infamous", "indifferent", "inhabitable", "innumerable", "impassive", "unloosed",
    "inflamable", "infame", "indiferente", "inmenso", "inmensa", "imponente", "importante", "interesante",
))
NEGATED_STEM_MIN = 5  # "sustainable", «legal»; not "even" of "uneven"


def negation_forms(key: str, lang: Language) -> list[str]:
    """The other negations of ``key``'s negated adjective ("non-sustainable fishing":
    "unsustainable fishing", "nonsustainable fishing"; «pesca no sostenible»: «pesca
    insostenible»; «insostenibles»: «no sostenibles»): the prefix the key writes off its stem, the
    stem with "non-" or «no» (productive: always a word), and with another prefix where general
    text writes that word. A prefixed word counts as negated only where its stem is a word at
    least as common as it («importante» is no «no portante») and no FALSE_NEGATIONS."""
    prefixes = NEGATIONS.get(lang.code)
    if prefixes is None:
        return []

    def others(stem: str, own: str) -> list[str]:
        found = [f"{p}{stem}" for p in prefixes if p != own and lang.familiarity(f"{p}{stem}") >= STEM_ZIPF]
        return [f for f in found if f not in FALSE_NEGATIONS]

    forms: list[str] = []
    words = re.finditer(r"(?<![\w-])(?:(no)\s+|(non)-?)?([a-záéíóúñü]+)(?![\w-])", key)
    for found in words:
        said, non, word = found.group(1), found.group(2), found.group(3)
        head, tail = key[: found.start()], key[found.end():]
        if (said and lang.code == "es") or (non and lang.code == "en"):
            if len(word) < NEGATED_STEM_MIN or not ADJECTIVE_ENDING.search(word) or lang.familiarity(word) < STEM_ZIPF:
                continue
            written = found.group(0)
            plain = [f"non-{word}", f"non{word}"] if non else [f"no {word}"]
            forms += [head + f + tail for f in [*plain, *others(word, "")] if f != written]
            continue
        if said or non or word in FALSE_NEGATIONS:
            continue
        for prefix in sorted(prefixes, key=len, reverse=True):
            stem = word[len(prefix):]
            if not word.startswith(prefix) or len(stem) < NEGATED_STEM_MIN or not ADJECTIVE_ENDING.search(stem):
                continue
            if lang.familiarity(stem) < max(STEM_ZIPF, lang.familiarity(word)):
                continue
            plain = [f"non-{stem}", f"non{stem}"] if lang.code == "en" else [f"no {stem}"]
            forms += [head + f + tail for f in [*plain, *others(stem, prefix)]]
            break
    return forms


def other_negation(draft: Draft, ctx: DraftContext) -> None:
    """A typed key with a negated adjective also accepts its other negations (accepts, issue 10
    item 4): "unsustainable" and "nonsustainable" for "non-sustainable", «insostenible» for «no
    sostenible» and back: the same answer, as a learner who read it recalls it (negation_forms)."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        if not key[:1].islower():
            continue
        _add_new_forms(gap, negation_forms(key, ctx.lang))


# A term general text hardly knows (below this Zipf frequency, "symbiosome" 0, «ureidos» 0):
# no irregular plural of it is known either, so its regular other number is what a learner types.
RARE_TERM_ZIPF = 1.0


def rare_term_number(draft: Draft, ctx: DraftContext) -> None:
    """A one-word lower-case key general text does not know ("symbiosomes", «ureidos») also
    accepts its regular other number ("symbiosome", «ureido»: the language's ``term_variants``)
    when general text does not know that form either and the gap does not fix the number
    (kinds15): the second stage's word filter (real_forms) dropped it as no word."""
    for gap in giveaways.gaps_of(draft, typed=True):
        accepts, before, after = gap.accept, gap.before, gap.after
        key = str(accepts[0]) if accepts else ""
        if " " in key or not key[:1].islower() or ctx.lang.familiarity(key) >= RARE_TERM_ZIPF:
            continue
        if ctx.lang.code == "es" and without_clitic(key) is not None:
            continue  # «carbonizarla» is a verb: «carbonizarlas» says another thing (bare_verb)
        forms = ctx.lang.term_variants(key)
        if len(forms) != 1:
            continue  # no regular other number, or two guesses («rociador», «rociadore»)
        form, number = forms[0], giveaways.slot_number(before, after, ctx.lang)
        plural = fold(form).endswith("s") and not fold(key).endswith("s")
        if ctx.lang.familiarity(form) > 0 or (number == "singular" and plural) or (number == "plural" and not plural):
            continue
        if fold(form) not in {fold(str(a)) for a in accepts}:
            accepts.append(form)


# The abbreviation a document gives a name, beside it: "Trans-Andean Heavy Crude Pipeline
# (TAHCP)", «Federación de Pescadores Artesanales del Pacífico (FEPAP)», or the other way round.
GIVEN_ABBREVIATION = r"\s*\(\s*([A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]{1,7})\s*\)"


def given_abbreviation(draft: Draft, ctx: DraftContext) -> None:
    """A typed name also accepts the abbreviation the document writes in brackets right after
    it (whose letters may come from inside its words: "Trans-Andean" -> TA, «FEderación» ->
    FE), and an abbreviation the words the document writes before it (kinds15; the words'
    initials alone were accepted already: context.natural_forms)."""
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        accepts = gap.accept
        key = str(accepts[0]) if accepts else ""
        words = key.split()
        if len(words) >= 2 and fold(words[0]) in determiners:
            words = words[1:]
        if not words or not words[0][:1].isupper():
            continue
        known = {fold(str(a)) for a in accepts}
        name = " ".join(words)
        if len(words) >= 2:
            for m in (re.finditer(rf"(?<!\w){re.escape(name)}{GIVEN_ABBREVIATION}", ctx.document) if name in ctx.document else ()):
                letters = m.group(1)
                if sum(c.isupper() for c in letters) >= 2 and giveaways.abbreviates(letters, giveaways.NAME_WORD.findall(name)) and fold(letters) not in known:
                    accepts.append(letters)
                    known.add(fold(letters))
        elif giveaways.ABBREVIATION.fullmatch(name) and sum(c.isupper() for c in name) >= 2 and re.search(rf"\(\s*{re.escape(name)}\s*\)", ctx.document):
            for m in re.finditer(rf"([^\W\d_][^()]{{2,120}}?)\s*\(\s*{re.escape(name)}\s*\)", ctx.document):
                spelled = giveaways.NAME_WORD.findall(m.group(1))
                found = next((spelled[-n:] for n in range(2, min(giveaways.MAX_SPELLED_WORDS, len(spelled)) + 1) if giveaways.abbreviates(name, spelled[-n:])), None)
                if found:
                    while found and fold(found[0]) in determiners:
                        found = found[1:]
                    phrase = m.group(1)[m.group(1).rfind(found[0]):] if found else ""
                    if phrase and fold(phrase) not in known:
                        accepts.append(phrase)
                        known.add(fold(phrase))
                    break


# A name as a document writes it: capitalised words, small words between them ("Marine
# Stewardship Council", «Asociación Uruguaya de Fútbol», "Saldanha Fishermen's Union").
CAPITALISED_RUN = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|las|los|el|y|e|of|the|and|for|on)\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*)+"
)
# An acronym the document writes: two to eight capitals (accented ones too: «CAMÉ»).
ACRONYM_WORD = re.compile(r"(?<![\w-])[A-ZÁÉÍÓÚÑ]{2,8}(?![\w-])")
# An acronym paired with a name far from it: three letters at least ("US" may be any two words).
STRICT_ACRONYM = 3
# An acronym set beside its name: "(WTO)", ", the SFU", «, la COTRAE».
BESIDE_NAME = r"(?:\s*\(\s*|,\s+(?:the|la|el|los|las)\s+)"


def acronym_names(document: str, lang: Language) -> dict[str, str]:
    """The acronyms of ``document`` and the one name each stands for, both ways (folded form:
    the other form as written): a name whose initials the acronym is, anywhere in the document
    ("the Marine Stewardship Council" ... "the MSC"), or a name right before it in brackets or
    in apposition, whose letters may come from inside its words ("la Cooperativa de
    Trabajadores del Estaño, la COTRAE"). An acronym two names of the document spell ("KWB":
    the Karoo Wool Board and the Karoo Water Board) stands for neither, a two-letter one only
    the name beside it (STRICT_ACRONYM), and a person's name
    ("María Sandoval Castro") is no acronym's."""
    return _acronym_names(document, lang.code)


@lru_cache(maxsize=8)
def _acronym_names(document: str, code: str) -> dict[str, str]:
    lang = language_for(code)
    determiners = {fold(w) for w in lang.determiners}
    acronyms = {a for a in ACRONYM_WORD.findall(document) if not ROMAN.fullmatch(a)}
    found: dict[str, set[str]] = {fold(a): set() for a in acronyms}
    for run in CAPITALISED_RUN.finditer(document):
        words = run.group(0).split()
        for i, first in enumerate(words):
            if fold(first) in determiners or fold(first) in giveaways.ABBREVIATION_SMALL_WORDS or fold(first) in found:
                continue
            for j in range(i + 2, min(len(words), i + giveaways.MAX_SPELLED_WORDS) + 1):
                name = " ".join(words[i:j])
                if words[j - 1][:1].isupper() and fold(words[j - 1]) not in found and not (given_name(first) and persons_name(words[i:j], lang)):
                    found.update({fold(a): found[fold(a)] | {name} for a in context.initials(name, lang) if fold(a) in found and len(a) >= STRICT_ACRONYM})
    for acronym in acronyms:
        for m in re.finditer(rf"([^\W\d_][^()\n.;:]{{2,120}}?){BESIDE_NAME}{re.escape(acronym)}(?![\w-])", document):
            spelled = giveaways.NAME_WORD.findall(m.group(1))
            words = next((spelled[-n:] for n in range(2, min(giveaways.MAX_SPELLED_WORDS, len(spelled)) + 1) if giveaways.abbreviates(acronym, spelled[-n:])), [])
            while words and fold(words[0]) in determiners:
                words = words[1:]
            if words and words[0][:1].isupper():
                found[fold(acronym)].add(m.group(1)[m.group(1).rfind(words[0]):])
    pairs: dict[str, str] = {}
    acronym_of = {fold(a): a for a in acronyms}
    for folded, names in found.items():
        if len({fold(n) for n in names}) == 1:
            name = min(names, key=len)
            pairs[folded] = name
            pairs.setdefault(fold(name), acronym_of[folded])
    return pairs


def acronym_and_name(draft: Draft, ctx: DraftContext) -> None:
    """A typed acronym also accepts the name the document gives it, and a typed name its
    acronym, wherever in the document the two are paired (acronym_names): "MSC" for the Marine
    Stewardship Council, «AUF» for la Asociación Uruguaya de Fútbol, "Saldanha Fishermen's
    Union" for "the SFU" (accepts, issue 10 item 1: reviewers found "WTO" refusing "World Trade
    Organization" written paragraphs before). given_abbreviation pairs a name with the
    bracketed letters right after it."""
    pairs = acronym_names(ctx.document, ctx.lang)
    if not pairs:
        return
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        words = _key_words(gap, determiners)
        other = pairs.get(fold(" ".join(words)))
        if other is not None and " " not in other and ctx.lang.is_familiar(" ".join(words)):
            continue  # "World Trade Organization" is held back as general knowledge: a rarer acronym must not make it look like a detail
        if other is not None and fold(other) not in {fold(str(a)) for a in gap.accept}:
            gap.accept.append(other)


# A competition's, a prize's or a body's generic head word, before its own name («Copa
# Libertadores», «Premio Nadal», «Trofeo Teresa Herrera») or after it ("Hollins Trophy", "Sámi
# Council"), folded.
GENERIC_HEADS = frozenset((
    "cup", "trophy", "prize", "award", "medal", "shield", "council", "championship", "tournament",
    "copa", "trofeo", "premio", "galardon", "medalla", "consejo", "campeonato", "torneo",
    "treaty", "treaties", "accord", "accords", "pact", "tratado", "tratados", "acuerdo", "acuerdos", "pacto",  # «Torrijos-Carter»
))
GENERIC_REST_ZIPF = 4.5  # a rest this common in general text ("World", «Mundial») is no name of its own


def _names_another_thing(rest: str, key: str, document: str, lang: Language) -> bool:
    """Whether ``document`` writes ``rest`` (a name without its head word) as another thing
    outside ``key``: a part of another name ("Miguel de Cervantes", "Lanark Academy"), or a
    place ("the town of Lanark", «la ciudad de Montevideo», "in Lanark")."""
    from quizapp.derive.drafting import SETTLEMENT_NOUNS

    elsewhere = document.replace(key, " ")
    nouns = "|".join(SETTLEMENT_NOUNS)
    prepositions = "|".join(sorted(re.escape(p) for p in lang.place_prepositions))
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(rest)}(?![\w'’-])", elsewhere):
        before, after = elsewhere[max(0, found.start() - 40):found.start()], elsewhere[found.end():found.end() + 40]
        if re.match(rf"\s+(?:(?:de|del|of)\s+(?:(?:la|los|las|the|el)\s+)?)?{NAME_WORD_RE}", after):
            return True
        if re.search(rf"{NAME_WORD_RE}\s+(?:(?:de|del|of|von|van)\s+)?$", before) and not re.search(r"(?:^|[.!?:;]\s*|\n)\S+\s$", before):
            return True
        if re.search(rf"(?i:(?:{nouns})\s+(?:of|de|del)|{prepositions})\s+$", before):
            return True
    return False


def without_generic_head(draft: Draft, ctx: DraftContext) -> None:
    """A competition, a prize or a body named by a generic head word and its own name also
    accepts its own name alone («Libertadores» for la Copa Libertadores, "Hollins" for the
    Hollins Trophy, «Nadal» for el Premio Nadal): the head says only what kind of thing the
    rest names, and a learner drops it (accepts, issue 10 item 2). Only where the rest is
    distinctive: one capitalised word or a person's name («Trofeo Teresa Herrera»; not
    «Medioambiental Goldman», review 9), no direction or demonym ("Scottish Cup"), no known place,
    not common in general text ("World Cup"), and no other thing of the document (a place,
    "the town of Lanark" beside the Lanark Cup, or a part of another name)."""
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        words = _key_words(gap, determiners)
        if not 2 <= len(words) <= 3:
            continue
        if fold(words[0]) in GENERIC_HEADS and words[0][:1].isupper():
            rest = words[1:]
        elif fold(words[-1]) in GENERIC_HEADS and words[-1][:1].isupper():
            rest = words[:-1]
        else:
            continue
        name = " ".join(rest)
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in rest) or len(name) < 3:
            continue
        if len(rest) == 2 and not given_name(rest[0]):
            continue  # «Medioambiental Goldman» of «Premio Medioambiental Goldman» is a fragment; «Teresa Herrera» a person's name
        if _qualifier(rest[0], ctx.lang) or ctx.lang.familiarity(name.lower()) >= GENERIC_REST_ZIPF or fold(rest[0]) in GENERIC_HEADS:
            continue
        if ctx.lang.is_known_place(name) or other_country_names(name, ctx.lang.code) or _names_another_thing(name, " ".join(words), ctx.document, ctx.lang):
            continue
        if fold(name) not in {fold(str(a)) for a in gap.accept}:
            gap.accept.append(name)


# A place's name: a kind noun and its qualifier, the noun last ("Karelia–Kola Upland",
# "Karelian Upland") or first, with or without «de» («Meseta de Puna-Atacama», «Meseta Atacameña»).
NAME_WORD_RE = r"[A-ZÁÉÍÓÚÑ][\w'’]*"
QUALIFIER_RE = rf"{NAME_WORD_RE}(?:[-–‑]{NAME_WORD_RE})?"
PAIR_DASH = re.compile(r"[-–‑]")


def _adjective_of_pair(word: str, pair: str) -> bool:
    """Whether ``word`` is an adjective of one of ``pair``'s dash-joined names ("Karelian" of
    "Karelia–Kola", «Atacameña» of «Puna-Atacama»): longer than the name, and sharing all its
    letters but the last (four at least)."""
    parts = PAIR_DASH.split(pair)
    if len(parts) != 2 or PAIR_DASH.search(word):
        return False
    w = fold(word)
    return any(len(w) > len(p) and len(p) >= 4 and w[: max(4, len(p) - 1)] == fold(p)[: max(4, len(p) - 1)] for p in parts)


def compound_place_form(draft: Draft, ctx: DraftContext) -> None:
    """A place named by a dash-joined pair and a kind noun ("Karelia–Kola Upland") also accepts
    the document's name of the same kind noun and an adjective of one of the pair ("Karelian
    Upland"), and the other way round (kinds16a: "Qinghai–Tibet Plateau" / "Tibetan Plateau",
    both in the document, refused each other). A name the pair's part itself qualifies
    ("Kola Upland") may be a part of the place, and is not accepted."""
    for gap in giveaways.gaps_of(draft, typed=True):
        accepts = gap.accept
        key = str(accepts[0]) if accepts else ""
        words = key.split()
        if len(words) < 2 or not all(w[:1].isupper() or fold(w) in ("de", "del", "of") for w in words):
            continue
        found: list[str] = []
        if len(words) == 2 and words[1][:1].isupper():  # "Karelian Upland": the kind noun last
            qualifier, kind = words[0], words[1]
            pattern = rf"(?<![\w–-])({QUALIFIER_RE}) {re.escape(kind)}(?!\w)"
            found += [m.group(0) for m in re.finditer(pattern, ctx.document) if _related(qualifier, m.group(1))]
        if words[0][:1].isupper():  # «Meseta Atacameña», «Meseta de Puna-Atacama»: the kind noun first
            kind, qualifier = words[0], words[-1]
            if len(words) == 2 or (len(words) == 3 and fold(words[1]) in ("de", "del")):
                pattern = rf"(?<!\w){re.escape(kind)} (?:del? )?({QUALIFIER_RE})(?![\w–-])"
                found += [m.group(0) for m in re.finditer(pattern, ctx.document) if _related(qualifier, m.group(1))]
        known = {fold(str(a)) for a in accepts}
        for form in found:
            if fold(form) not in known:
                accepts.append(form)
                known.add(fold(form))


def _related(qualifier: str, other: str) -> bool:
    """One qualifier a dash-joined pair, the other an adjective of one of its names."""
    return _adjective_of_pair(qualifier, other) or _adjective_of_pair(other, qualifier)


# A Spanish infinitive or gerund with its clitics («frotarlo», «cortándola», «secárselo»): the
# verb, its ending (accented before clitics) and the clitics.
CLITIC_VERB = re.compile(r"^([a-záéíóúñ]{2,}?)(ar|er|ir|ár|ér|ír|ando|iendo|ándo|iéndo)(?:se|me|te|nos|os)?(?:lo|la|los|las|le|les|se)$")


def without_clitic(word: str) -> str | None:
    """The bare infinitive or gerund of a Spanish verb form with clitics («frotarlo»: frotar,
    «cortándola»: cortando), or None when ``word`` is no such form."""
    m = CLITIC_VERB.match(word)
    return None if m is None else m.group(1) + m.group(2).translate(str.maketrans("áéí", "aei"))


def bare_verb(draft: Draft, ctx: DraftContext) -> None:
    """A typed Spanish verb with its clitic («basta ____ entre los dedos»: carbonizarlo) also
    accepts the verb without it (carbonizar): the same answer, in the form a learner recalls it
    (session 11). An ordinary verb is held back anyway (synonym_gaps.ordinary_word_gap); this
    serves the verbs a text teaches."""
    if ctx.lang.code != "es":
        return
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        if not key.islower() or (bare := without_clitic(key)) is None or fold(bare) in {fold(str(a)) for a in gap.accept}:
            continue
        # A verb's bare form is commoner than its form with clitics; a noun that only looks
        # like one («charla», «orla») is commoner than the "verb" it would come from («char»).
        if ctx.lang.familiarity(bare) > ctx.lang.familiarity(key):
            gap.accept.append(bare)


def country_other_name(draft: Draft, ctx: DraftContext) -> None:
    """A country's other everyday name ("Holland" for the Netherlands, «Holanda» for «Países
    Bajos»: place_kinds.OTHER_NAMES), added after the word filters, which would drop a name the
    document does not write (prompts13)."""
    for gap in giveaways.gaps_of(draft, typed=True):
        have = {fold(str(a)) for a in gap.accept}
        gap.accept.extend(n for n in other_country_names(str(gap.accept[0]), ctx.lang.code) if fold(n) not in have)


# A body's name ending in the place it sits in ("Choir of Holy Trinity Church of Dunmore", «Coro
# de la Basílica del Socorro de Tudela»): its head, "of"/«de» and its own name, then the place.
PLACED_BODY = re.compile(
    r"^(?:(?:El|La|Los|Las|The)\s+)?(?P<core>[A-ZÁÉÍÓÚÑ][\w'’]*\s+(?:of|de|del)\s+.*[A-ZÁÉÍÓÚÑ][\w'’]*)"
    r"\s+(?:of|de|in|en)\s+(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*)?)$"
)


def body_without_place(draft: Draft, ctx: DraftContext) -> None:
    """A body named with its place at the end also accepts the name without it ("Choir of
    Holy Trinity Church" for the Choir of Holy Trinity Church of Dunmore, «Coro de la Basílica
    del Socorro» for el Coro de la Basílica del Socorro de Tudela): the head and its own name,
    what a reader types. Only where the document names the place on its own too (it is a
    place, not the body's own name: «Instituto de Estudios de Estadística»), the head is a
    body's word of the language and no other name of the document goes on from the short form
    («Escuela de Música del Carmen de Tafalla» beside «... de Olite») (shortforms)."""
    bodies = {fold(w) for w in ctx.lang.organisation_words} | {"choir", "coro", "band", "banda", "orchestra", "orquesta", "guild", "gremio", "club", "brotherhood", "hermandad"}
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        found = PLACED_BODY.match(key)
        if found is None or re.match(r"\s*(?:de|del|of|in|en)\b", gap.after):
            continue
        core, place = found.group("core"), found.group("place")
        if fold(core.split()[0]) not in bodies or any(fold(w) in bodies | LANDMARK_WORDS for w in place.split()):
            continue
        elsewhere = ctx.document.replace(key, " ").replace(core, " ")
        if not re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", elsewhere) and not _a_country(place, ctx.lang):
            continue
        if not unambiguous(core, key, ctx.document) or fold(core) in {fold(str(a)) for a in gap.accept}:
            continue
        gap.accept.append(core)


def _a_country(place: str, lang: Language) -> bool:
    """A place general text knows («Francia») or a country of the tables («Fiyi», "Samoa")."""
    return lang.is_known_place(place) or place_kind_of(place, lang.code) == "country"


# A body's name opening with its country or town ("the Fiji Nurses' Association", "Lautoka
# Dockworkers' Union"): one or two capitalised words of place, then the body's own name, at
# least one capitalised word and a body's word last.
PLACE_FIRST_BODY = re.compile(
    r"^(?:The\s+)?(?P<place>[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*)?)\s+(?P<core>(?:[A-Z][\w'’-]*\s+){1,3}(?P<head>[A-Z]\w*))$"
)


def body_without_place_first(draft: Draft, ctx: DraftContext) -> None:
    """An English body named with its country or town first also accepts the name without it
    ("Nurses' Association" for the Fiji Nurses' Association): what a reader types, as
    body_without_place does for the place after «de» («Asociación de Enfermeras de Fiyi»).
    Only where the first words are a country, or a place the document writes on its own too
    ("Lautoka lost its sugar trade"), the last word is a body's word of the language, and no
    other name of the document ends in the short form ("the Samoa Nurses' Association")."""
    if ctx.lang.code != "en":
        return
    bodies = {fold(w) for w in ctx.lang.organisation_words} | {"union", "guild", "club", "league", "choir", "band", "orchestra", "brotherhood", "trust", "cooperative", "co-operative"}
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        found = PLACE_FIRST_BODY.match(key)
        if found is None or fold(found.group("head")) not in bodies:
            continue
        place, core = found.group("place"), found.group("core")
        if any(fold(w) in bodies for w in place.split()) or fold(core) in {fold(str(a)) for a in gap.accept}:
            continue
        if not (_a_country(place, ctx.lang) or written_alone(place, key, ctx.document, ctx.lang)):
            continue
        rest = ctx.document.replace(key, " ")
        determiners = {fold(w) for w in ctx.lang.determiners}
        if any(fold(m.group(1)) not in determiners for m in re.finditer(rf"([A-Z][\w'’-]*)\s+{re.escape(core)}(?![\w-])", rest)):
            continue  # "the Samoa Nurses' Association": the short form names that one too
        gap.accept.append(core)


# A built landmark's head noun, after its own name in English ("Kuromon Market", "Tenma Bridge")
# and before it in Spanish («Mercado Yungay», «Puente Pichincha»), folded. A natural feature's
# word ("Lake Biwa", «Río Desaguadero») is the mention's rule (Builder.without_feature_word).
LANDMARK_HEAD_NOUNS = {
    "en": frozenset(("stadium", "market", "bridge", "station", "museum", "park", "square", "street")),
    "es": frozenset(("estadio", "mercado", "puente", "estacion", "museo", "parque", "plaza", "calle")),
}


def without_landmark_head(draft: Draft, ctx: DraftContext) -> None:
    """A landmark named by a head noun and a proper name ("Kuromon Market", «Puente Pichincha»,
    «Estadio La Paz») also accepts the name alone ("Kuromon", «Pichincha», «La Paz»): what a
    reader who read the text types (accepts3, issue 10 item 2). Only where the name is no
    common word ("Central Market", «Mercado Central»; «Estadio Municipal de Oruro» has a small
    word in its rest and stays whole), no direction or demonym, the gap's own sentence does not
    write it for another thing, and, for a name that is no known place, no other name or place
    of the document holds it ("Kuromon Bridge" beside the Kuromon Market: "Kuromon" names either).
    A stadium named after its city is called by the city («La Paz»): the document may name the
    city too."""
    heads = LANDMARK_HEAD_NOUNS.get(ctx.lang.code)
    if heads is None:
        return
    determiners = {fold(w) for w in ctx.lang.determiners}
    articles = {"el", "la", "los", "las", "the"}
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        words = key.split()
        if len(words) >= 2 and fold(words[0]) in determiners:
            words = words[1:]
        if not 2 <= len(words) <= 4:
            continue
        head_first = ctx.lang.code == "es"
        head, rest = (words[0], words[1:]) if head_first else (words[-1], words[:-1])
        if fold(head) not in heads or not head[:1].isupper():
            continue
        name = " ".join(rest)
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in rest) or len(name) < 3:
            continue
        known = ctx.lang.is_known_place(name) or (len(rest) >= 2 and fold(rest[0]) in articles and rest[0][:1].isupper())  # «La Paz», «El Alto»: a place's name with its article
        named = [w for w in rest if not (known and fold(w) in articles)]
        if not named or len(named) > 2 or _qualifier(named[0], ctx.lang) or (not known and any(ctx.lang.familiarity(w.lower()) >= GENERIC_REST_ZIPF for w in named)):
            continue  # "Central", «Nuevo»: a word, no name
        if fold(named[0]) in articles or other_country_names(name, ctx.lang.code):
            continue
        if re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", f"{gap.before} {gap.after}"):
            continue  # the sentence writes the name for another thing
        if not known and _names_another_thing(name, " ".join(words), ctx.document, ctx.lang):
            continue
        if fold(name) not in {fold(str(a)) for a in gap.accept}:
            gap.accept.append(name)


# A protected area's kind words, after its own name in English ("Hwange National Park", "Morumbe
# Game Reserve") and before it in Spanish («Reserva Nacional de Paracas», «Parque Nacional
# Huascarán»), with the short kind people also say ("Hwange Park", «Reserva de Paracas»).
# Falls, lakes and rivers are not here: "Blue Nile" of the Blue Nile Falls is the river.
PROTECTED_AREA_KINDS = {
    "en": (
        ("National Park", "Park"), ("State Park", "Park"), ("Provincial Park", "Park"), ("Regional Park", "Park"),
        ("Country Park", "Park"), ("Natural Park", "Park"), ("Nature Park", "Park"), ("Marine Park", "Park"),
        ("National Reserve", "Reserve"), ("Nature Reserve", "Reserve"), ("Game Reserve", "Reserve"),
        ("Wildlife Reserve", "Reserve"), ("Marine Reserve", "Reserve"), ("Forest Reserve", "Reserve"),
        ("Biosphere Reserve", "Reserve"), ("Wildlife Sanctuary", "Sanctuary"), ("Conservation Area", None),
        ("National Forest", "Forest"), ("National Monument", None), ("Wildlife Refuge", "Refuge"),
    ),
    "es": (
        ("Parque Nacional", "Parque"), ("Parque Natural", "Parque"), ("Parque Regional", "Parque"),
        ("Reserva Nacional", "Reserva"), ("Reserva Natural", "Reserva"), ("Reserva Ecológica", "Reserva"),
        ("Reserva Forestal", "Reserva"), ("Reserva de la Biosfera", "Reserva"), ("Reserva Marina", "Reserva"),
        ("Santuario Nacional", "Santuario"), ("Santuario de Fauna y Flora", "Santuario"), ("Monumento Natural", None),
        ("Refugio de Vida Silvestre", "Refugio"), ("Área Natural Protegida", None),
    ),
}
AREA_NAME = rf"{NAME_WORD_RE}(?:[ -](?:(?:de|del|de la|de los|de las|y)\s+)?{NAME_WORD_RE}){{0,3}}"


def _protected_area(key: str, code: str) -> tuple[str, list[str]] | None:
    """(the own name, the short forms with a short kind) of a protected area's key, or None."""
    words = key.split()
    if len(words) >= 2 and fold(words[0]) in ("the", "el", "la"):
        key = " ".join(words[1:])
    for kind, short in PROTECTED_AREA_KINDS.get(code, ()):
        if code == "en":
            found = re.fullmatch(rf"(?P<name>{AREA_NAME})\s+{re.escape(kind)}", key)
            if found:
                return found.group("name"), [f"{found.group('name')} {short}"] if short else []
        else:
            found = re.fullmatch(rf"{re.escape(kind)}\s+(?P<link>(?:de|del|de la|de los|de las)\s+)?(?P<name>{AREA_NAME})", key)
            if found:
                link = found.group("link") or ""
                return found.group("name"), [f"{short} {link}{found.group('name')}"] if short else []
    return None


def protected_area_name(draft: Draft, ctx: DraftContext) -> None:
    """A national park or a reserve named with its kind words also accepts its own name and the
    short kind ("the Hwange National Park": "Hwange", "Hwange Park"; «la Reserva Nacional de
    Paracas»: «Paracas», «Reserva de Paracas»): what people call it (accept4, issue 10). Not a
    name that is a word of general text ("Central National Park"), a direction or a demonym, a
    country, nor one the document writes for another thing ("the town of Hwange", «el pueblo de
    Paracas», "in Hwange"): there the bare name is the town's."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        found = _protected_area(key, ctx.lang.code)
        if found is None:
            continue
        name, shorts = found
        words = name.split()
        if _qualifier(words[0], ctx.lang) or (len(words) == 1 and ctx.lang.familiarity(name.lower()) >= GENERIC_REST_ZIPF):
            continue
        if other_country_names(name, ctx.lang.code) or place_kind_of(name, ctx.lang.code) != "other":
            continue
        written = key.split(" ", 1)[1] if fold(key.split()[0]) in ("the", "el", "la") else key
        if _names_another_thing(name, written, ctx.document, ctx.lang) or _written_near(name, f"{gap.before} {gap.after}"):
            continue
        _add_new_forms(gap, (name, *shorts))


# A name's tag for the Latin world, as English writes it before the name and Spanish after it
# ("Latin Grammy", «Grammy Latino»; «los Latin Grammy» in Spanish too).
LATIN_TAG = re.compile(r"^(?:Latin\s+(?P<after>[A-Z][\w'’-]+)|(?P<before>[A-Z][\w'’-]+)\s+Latin[oa])$")


def tagged_name_order(draft: Draft, ctx: DraftContext) -> None:
    """A name with a language tag also accepts the tag's other order ("Latin Grammy" and
    «Grammy Latino», both ways): the same award. Not the bare name ("Grammy"), another award
    (shortforms, issue 10 item 3), unless the text itself calls it so ("the Latin Grammy ...
    the Grammy hangs in the tower": ``dropped_tag``). Not a place («América Latina»: its other
    name is place_kinds.OTHER_NAMES')."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        found = LATIN_TAG.match(key)
        if found is None or ctx.lang.is_known_place(key) or other_country_names(key, ctx.lang.code):
            continue
        bare = found.group("after") or found.group("before")
        other = f"{bare} Latino" if found.group("after") else f"Latin {bare}"
        for form in (other, *([bare] if dropped_tag(bare, ctx) else [])):
            if fold(form) not in {fold(str(a)) for a in gap.accept}:
                gap.accept.append(form)


def dropped_tag(bare: str, ctx: DraftContext) -> bool:
    """Whether the document writes the tagged name ``bare`` without its tag, after a definite
    article ("the Grammy", «el Grammy»), and never as one of several ("a Grammy", «un Grammy»,
    "Grammys") nor as the start of another name ("Grammy Awards"): then it is the text's short
    name for the tagged one, not another award."""
    definite = {"the", "el", "la", "los", "las"}
    indefinite = {"a", "an", "un", "una", "unos", "unas"}
    seen = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", ctx.document):
        before, after = ctx.document[max(0, m.start() - 20):m.start()], ctx.document[m.end():m.end() + 20]
        if re.search(r"Latin\s+$", before) or re.match(r"\s+Latin[oa]s?\b", after):
            continue  # the tagged name itself
        previous = fold(before.split()[-1]) if before.split() else ""
        if previous in indefinite or re.match(r"(?:s\b|['’]?s\s|\s+[A-ZÁÉÍÓÚÑ])", after):
            return False
        seen = seen or previous in definite
    return seen


# A body that governs, named after the person at its head: «Gobierno de Luis Arce», "the
# Government of Helen Clark", «la administración de Ana Ruiz Soto», "the Thatcher government".
GOVERNING_HEADS = {
    "en": r"[Gg]overnment|[Aa]dministration|[Cc]abinet|[Rr]egime|[Pp]residency|[Dd]ictatorship|[Jj]unta|[Mm]inistry",
    "es": r"[Gg]obierno|[Aa]dministraci[oó]n|[Gg]abinete|[Rr][eé]gimen|[Pp]residencia|[Dd]ictadura|[Jj]unta|[Mm]andato",
}
GOVERNED_BY = {code: re.compile(rf"^(?:(?:the|el|la)\s+)?(?P<head>{heads})\s+(?:of|de|del)\s+(?P<person>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){{1,2}})$")
               for code, heads in GOVERNING_HEADS.items()}


def governing_person(draft: Draft, ctx: DraftContext) -> None:
    """A governing body named after the person at its head («el ____ rechazó la demanda» keyed
    «Gobierno de Luis Arce») also accepts the person («Luis Arce»), the surname («Arce»; a
    Spanish double surname's both words, «Ruiz Soto», and the first) and the body by the surname
    («Gobierno de Arce», "Arce government"): the sentence admits each, and a learner cannot
    tell the gap's extent. Only where the words after "of"/«de» read as a person's name (no
    place: "Government of New Zealand")."""
    pattern = GOVERNED_BY.get(ctx.lang.code)
    if pattern is None:
        return
    for gap in giveaways.gaps_of(draft, typed=True):
        found = pattern.match(str(gap.accept[0]).strip())
        if found is None:
            continue
        head, person = found.group("head"), found.group("person")
        words = person.split()
        kinds = ctx.lang.organisation_words | ctx.lang.place_words | ctx.lang.titles
        if ctx.lang.is_known_place(person) or any(w in kinds for w in words) or not (given_name(words[0]) or persons_name(words, ctx.lang)):
            continue
        surnames = [" ".join(words[1:]), words[1]] if ctx.lang.code == "es" and len(words) == 3 else [words[-1]]
        link = "of" if ctx.lang.code == "en" else "de"
        forms = [person, *surnames, f"{head} {link} {surnames[-1]}"]
        if ctx.lang.code == "en":
            forms.append(f"{surnames[-1]} {head.lower()}")
        _add_new_forms(gap, forms)


# «Según ____, ...», "the team of ____", «el equipo de ____»: a person (a team, a workshop or a
# family is called by its head's surname).
PERSON_BEFORE_GAP = re.compile(
    r"(?:\baccording to|\bsegún|\bsaid|\bdijo|\b(?:team|group|workshop|laboratory|lab|family) of|"
    r"\b(?:equipo|grupo|taller|laboratorio|familia) de)\s*$", re.IGNORECASE)
FAMILIAR_GIVEN_NAME = 4.5  # a given name general text writes this often as a word ("Santa", «Victoria») says nothing


def full_name_of_surname(draft: Draft, ctx: DraftContext) -> None:
    """A gap keyed on the surname(s) its sentence writes («Según ____, la ley ...»: «Lezcano
    Urbina») also accepts the full name the document gives the person elsewhere («la abogada
    Mónica Lezcano Urbina»): what a learner who read it types. Only when one given name (a given
    name of some country, given_names.py) stands before the surname in the whole document: two
    people of that surname ("Ruth Pennock and Thomas Pennock") leave it as it is. The gap must
    be the person: a person's verb after it, a role or «según» before it, or a verb and a
    person's possessive after it ("____ lost his seat", «____ perdió su escaño»)."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]) if gap.accept else ""
        words = key.split()
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        found = {m.group(1) for m in re.finditer(rf"\b([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\s+{re.escape(key)}\b", ctx.document)} if key in ctx.document else set()
        given = {g for g in found if given_name(g) or _given_name_by_document(g, key, ctx)}  # "Sione" and "Feleti": two people
        if len(given) != 1 or ctx.lang.familiarity(next(iter(given)).lower()) >= FAMILIAR_GIVEN_NAME:
            continue  # two people of that surname, or a word that is also a name ("Santa" of Santa Cruz)
        before, _, after = str(draft.item.get("prompt", "")).partition(giveaways.GAP)
        if not (PERSON_BEFORE_GAP.search(before) or titled_names.acts_as_person(after, ctx.lang) or titled_names.role_before(before, ctx.lang)
                or titled_names.verb_with_possessive(after, ctx.lang)):
            continue  # the gap need not be the person: "____ is a reflecting telescope" (Orion, named after Edwin Orion)
        for full in (*_whole_names(key, ctx.document), f"{given.pop()} {key}"):
            if fold(full) not in {fold(str(a)) for a in gap.accept}:
                gap.accept.append(full)


def _given_name_by_document(word: str, surname: str, ctx: DraftContext) -> bool:
    """Whether the document reads ``word`` as the given name of the person ``surname`` where no
    name list knows it ("Feleti" of Feleti Tauala, "Ngozi" of Ngozi Adeyemo; accept7, issue
    10): a rare word (no word of general text, no kind or small word, no known place before
    the surname) in a pair the document writes after a role word ("Prime Minister Feleti
    Tauala", «la presidenta Ngozi Adeyemo») or whose surname it writes alone elsewhere
    ("Tauala said"): the document itself says it is a person."""
    folded = fold(word)
    kinds = {fold(w) for w in ctx.lang.organisation_words | ctx.lang.place_words | ctx.lang.titles} | LANDMARK_WORDS
    if ctx.lang.familiarity(word.lower()) >= PERSON_NAME_WORD_ZIPF or folded in kinds or folded in {fold(w) for w in ctx.lang.determiners}:
        return False
    pair = f"{word} {surname}"
    if ctx.lang.is_known_place(pair) or ctx.lang.is_known_place(word) or place_kind_of(word, ctx.lang.code) != "other":
        return False
    markers = titled_names._markers(ctx.lang)
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(pair)}(?![\w'’-])", ctx.document):
        before = fold(ctx.document[max(0, m.start() - 40):m.start()]).split()
        if before and before[-1] in markers:
            return True  # "Prime Minister Feleti Tauala"
    rest = ctx.document.replace(pair, " ")
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", rest):
        previous = re.search(r"(\S+)\s+$", rest[max(0, m.start() - 40):m.start()])
        if previous is None or not previous.group(1)[:1].isupper() or previous.group(1)[-1:] in ".!?:;":
            return True  # "Tauala said", "In 2004 Tauala sold": the surname alone
    return False


EVERYDAY_GIVEN_NAME = 5.0  # a given name general text writes as often as an everyday word («rosa» 5.1); «Ana» 4.6 is a name


def full_name_of_given_name(draft: Draft, ctx: DraftContext) -> None:
    """A gap keyed on the given name(s) its sentence writes for a person ("Years later, ____
    argued ..." keyed "Ana", the document naming Ana Lucía Pérez Ortega) also accepts the whole
    name and the surnames («Pérez Ortega», «Pérez»; English also "Ortega"): a learner who read
    the text names the person by the surname, and is right (accept6, issue 10). Only where the
    document writes one whole name opening with the key, and the gap is a person (as for
    full_name_of_surname: a person's verb after it, a role or «según» before it)."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]) if gap.accept else ""
        words = key.split()
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() and given_name(w) for w in words):
            continue
        if ctx.lang.familiarity(words[0].lower()) >= EVERYDAY_GIVEN_NAME:
            continue  # «Rosa», "Will": a word first
        name_word = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+"
        wholes = {m.group(0) for m in re.finditer(rf"(?<![\w'’-]){re.escape(key)}(?:[ \t]+{name_word}){{1,3}}(?![\w'’-])", ctx.document)}
        surnames_of = {}
        for whole in wholes:
            rest = whole.split()[len(words):]
            while len(rest) > 1 and given_name(rest[0]) and not given_names.surname(rest[0]):
                rest = rest[1:]  # «Lucía» of «Ana Lucía Pérez Ortega»: a second given name
            if not ctx.lang.is_known_place(whole) and all(given_names.surname(x) or ctx.lang.familiarity(x.lower()) < PERSON_NAME_WORD_ZIPF for x in rest) and not (given_name(rest[0]) and not given_names.surname(rest[0])):
                surnames_of[whole] = rest
        if len(surnames_of) != 1:
            continue  # no whole name, or two people of that given name
        before, _, after = str(draft.item.get("prompt", "")).partition(giveaways.GAP)
        if not (PERSON_BEFORE_GAP.search(before) or titled_names.acts_as_person(after, ctx.lang) or titled_names.role_before(before, ctx.lang)
                or titled_names.verb_with_possessive(after, ctx.lang)):
            continue
        whole, surnames = next(iter(surnames_of.items()))
        forms = [whole, " ".join(surnames)]
        if len(surnames) == 2:
            forms.append(surnames[0])
        if not ctx.lang.double_surnames:
            forms.append(surnames[-1])
        _add_new_forms(gap, forms)


def _whole_names(key: str, document: str) -> list[str]:
    """The whole names ``document`` writes around the surname ``key``, every given name before
    it and the surnames after it («Ana Lucía Pérez Ortega» for «Pérez», "Carlos Ruiz Medina" for
    "Ruiz"; accept6): the given names are the given names of the lists right before it, the
    surnames after it capitalised words of the surname lists or rare ones."""
    found = []
    word = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+"
    for m in re.finditer(rf"((?:{word}[ \t]+)+){re.escape(key)}((?:[ \t]+{word})*)(?![\w'’-])", document):
        before, after = m.group(1).split(), m.group(2).split()
        at = len(before)
        while at > 0 and given_name(before[at - 1]):
            at -= 1
        givens = before[at:]
        surnames = []
        for w in after:
            if not (given_names.surname(w) or language_for("en").familiarity(w.lower()) < PERSON_NAME_WORD_ZIPF):
                break
            surnames.append(w)
        if givens and (len(givens) >= 2 or surnames):
            found.append(" ".join([*givens, key, *surnames]))
    return list(dict.fromkeys(found))


# A name and the alias the text gives it: "Margaret Tolliver, known as Mother Tolly", «Rosa
# Tórrez, conocida como doña Chepa», «Evaristo Condori, apodado «el Tigre»», "Arthur Blenkinsop,
# nicknamed "the Badger"". The alias: an optional article or honorific, then one to three
# capitalised words, in quotation marks or not.
ALIAS_MARKERS = {
    "en": r"(?:(?:also|better|popularly|locally|widely)\s+)?known\s+as|nicknamed|dubbed|called|alias",
    "es": r"(?:(?:más|mejor|popularmente)\s+)?conocid[oa]s?\s+como|apodad[oa]s?|llamad[oa]s?|alias|(?:a\s+quien|al\s+que|a\s+la\s+que)\s+llamaban",
}
ALIAS_TITLES = frozenset((
    "the", "el", "la", "los", "las", "don", "doña", "mr", "mrs", "miss", "ms", "mother", "father", "sister",
    "brother", "aunt", "uncle", "old", "big", "little", "ma", "pa", "tío", "tía", "sor", "fray", "mamá", "papá",
))
ALIAS_WORD = r"[A-ZÁÉÍÓÚÑ][\w'’-]*"
ALIAS_NAME = rf"{ALIAS_WORD}(?:[ \t]+(?:(?:de|del|of|y)[ \t]+)?{ALIAS_WORD}){{0,3}}"  # within a line: a heading above is no part of it


@lru_cache(maxsize=32)
def text_aliases(document: str, code: str) -> tuple[tuple[str, str, str], ...]:
    """The (name, alias, alias without its article or title) pairs ``document`` gives:
    ("Rosa Elena Tórrez", "doña Chepa", "Chepa"). The name is the capitalised run right before
    the comma or bracket and the marker; the alias the capitalised words after it, with one
    article or honorific before them ("the Badger", «doña Chepa»)."""
    markers = ALIAS_MARKERS.get(code)
    if markers is None:
        return ()
    titles = "|".join(sorted((re.escape(t) for t in ALIAS_TITLES), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<name>{ALIAS_NAME})\s*[,(]\s*(?:{markers})\s+[«“\"‘']?"
        rf"(?P<alias>(?:(?i:{titles})\s+)?(?P<core>{ALIAS_NAME}))[»”\"’']?(?=\s*[,.;:)]|\s+[a-záéíóúñ])"
    )
    found = []
    for m in pattern.finditer(document):
        name, alias, core = m.group("name"), m.group("alias"), m.group("core")
        words = name.split()
        if fold(words[0]) in ALIAS_TITLES and len(words) > 1:
            name = " ".join(words[1:])  # "The weaver Margaret ..." starts no name; «La dirigente ...» neither
        if fold(name) in (fold(alias), fold(core)) or len(name) < 3 or len(core) < 3:
            continue
        found.append((name, alias, core))
    return tuple(found)


def _written_near(form: str, text: str) -> bool:
    return re.search(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])", text) is not None


def alias_forms(draft: Draft, ctx: DraftContext) -> None:
    """A gap on a name the text gives an alias («la dirigente Rosa Elena Tórrez, conocida como
    doña Chepa»; "Margaret Tolliver, known as Mother Tolly") also accepts the alias, with and
    without its article or title («doña Chepa», «Chepa»; "the Badger", "Badger"), and a gap on
    the alias the name: a learner who read the text names the same person either way (accepts3,
    issue 10 item 1). Not where the gap's own sentence writes the other form beside it (the
    sentence that gives the alias asks for the one it leaves out), nor the name after the
    alias's own article or title («doña ____»: «doña Rosa Elena Tórrez» reads wrong, but the
    alias's core is still its answer)."""
    pairs = text_aliases(ctx.document, ctx.lang.code)
    if not pairs:
        return
    for gap in giveaways.gaps_of(draft, typed=True):
        if not gap.accept:
            continue
        have = {fold(str(a)) for a in gap.accept}
        around = f"{gap.before} {gap.after}"
        forms: list[str] = []
        key = fold(str(gap.accept[0]))
        for name, alias, core in pairs:
            if " " not in name and (fold(name) in ALIAS_TITLES or ctx.lang.familiarity(name.lower()) >= GENERIC_REST_ZIPF):
                continue  # "Later, called ...": a sentence's first word, no name
            if _written_near(name, around) or _written_near(core, around):
                continue  # the sentence that gives the alias: the gap asks for the form it leaves out
            if fold(name) in have or fold(name).endswith(f" {key}"):
                forms += [alias, core]  # the name, or its last words ("Tolliver", "Ana Ruiz" of "Dr Ana Ruiz")
            elif key == fold(alias) or (key == fold(core) and not (alias != core and re.search(rf"(?i:{re.escape(alias.split()[0])})\s*$", gap.before))):
                forms.append(name)  # the alias, not after its own title («doña ____»)
        for form in forms:
            if fold(form) not in have:
                gap.accept.append(form)
                have.add(fold(form))


# A term and the everyday name a document gives it in brackets or in apposition: "spirometry (a
# breathing test)", «el método Kjeldahl (digestión ácida)», "refractometry, also called the Brix
# reading,", «el ensilado, o forraje fermentado,». The gloss: an optional article, then one to
# four words (Brix may be capitalised, a figure may not).
GLOSS_MARKERS = {
    "en": r"(?:also|sometimes|often|commonly)\s+(?:called|known\s+as)|or",
    "es": r"(?:también\s+)?(?:llamad[oa]s?|conocid[oa]s?\s+como|denominad[oa]s?)|o",
}
GLOSS_INSIDE = {"en": r"(?:i\.e\.,?\s+|that\s+is,?\s+)?", "es": r"(?:es\s+decir,?\s+|o\s+sea,?\s+)?"}
GLOSS_WORDS = r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3}"
GLOSS_ARTICLES = frozenset(("a", "an", "the", "un", "una", "el", "la", "los", "las"))
# Words opening a remark in brackets, not a name ("now closed", "see below", «véase abajo»).
GLOSS_REMARKS = frozenset(("now", "then", "still", "once", "later", "today", "see", "since", "formerly", "ahora", "hoy", "luego", "antes", "ver", "vease", "ya"))


def _gloss_core(gloss: str, lang: Language) -> str | None:
    """The gloss without its article, or None where it is no everyday name: a word opening it
    that is a small word or an adverb ("now closed", "see below", "rebuilt in ..."), a name
    (every word capitalised: "Lower Ward"), a word of two letters ("km"), a small word last."""
    words = gloss.split()
    if len(words) >= 2 and fold(words[0]) in GLOSS_ARTICLES:
        words = words[1:]
    if not words or len(words) > 3 or all(w[:1].isupper() for w in words):
        return None
    stop = lang.words.stop_words
    if fold(words[0]) in stop | GLOSS_REMARKS or fold(words[-1]) in stop or any(len(w) < 3 and fold(w) not in stop for w in words):
        return None
    if any(fold(w) in ("and", "or", "y", "e", "o", "u") for w in words) or gloss.rstrip().endswith(","):
        return None  # "hardwoods (oak and ash)": examples, no other name
    if words[0].endswith(("ly", "mente")) or (lang.code == "en" and len(words[-1]) > 4 and words[-1].endswith("ed") and not words[-1].endswith("eed")):
        return None  # "formerly ...", "(estimated)": a remark, no name («digestión ácida», "seed" are names)
    return " ".join(words)


@lru_cache(maxsize=32)
def text_glosses(document: str, code: str) -> tuple[tuple[str, str], ...]:
    """The (term, gloss) pairs ``document`` gives, the term being the words right before the
    bracket or the comma that are no small words (one to three: "spirometry", «método
    Kjeldahl»), the gloss without its article."""
    lang = language_for(code)
    markers, inside = GLOSS_MARKERS.get(code), GLOSS_INSIDE.get(code, "")
    if markers is None:
        return ()
    stop = lang.words.stop_words
    patterns = (
        re.compile(rf"(?P<before>[^\n(]{{0,80}}?)\s*\(\s*{inside}(?P<gloss>{GLOSS_WORDS})\s*\)"),
        re.compile(rf"(?P<before>[^\n(,;]{{0,80}}?),\s+(?:{markers})\s+[«“\"‘']?(?P<gloss>{GLOSS_WORDS})[»”\"’']?\s*,"),
    )
    found: list[tuple[str, str]] = []
    for pattern in patterns:
        for m in pattern.finditer(document):
            core = _gloss_core(m.group("gloss"), lang)
            words = m.group("before").split()
            term: list[str] = []
            while words and len(term) < 3 and fold(words[-1]) not in stop and re.fullmatch(r"[^\W\d_][\w'’-]*", words[-1]):
                term.insert(0, words.pop())
            if core is None or not term or (all(w[:1].isupper() for w in term) and len(term) > 1):
                continue
            if any(c.isdigit() for c in " ".join(words[-3:])):
                continue  # «una franja de unos 16 kilómetros de | ancho, conocida como la Zona del Canal»: a measure's word, not the term named (integrator22)
            found.append((" ".join(term), core))
    return tuple(found)


def _glossed_term(words_before: str, gloss: str, document: str) -> str | None:
    """The term a gloss explains, of the words right before it ("vacas comen ensilado"): the
    shortest last words the document writes elsewhere too («ensilado»), or the last word in
    lower case; None where neither reads."""
    words = words_before.split()
    rest = re.sub(rf"{re.escape(words_before)}\s*(?:\(|,)", " ", document)
    for n in range(1, len(words) + 1):
        term = " ".join(words[-n:])
        if re.search(rf"(?<![\w'’-]){re.escape(term)}(?![\w'’-])", rest) and fold(term) != fold(gloss):
            return term
    return words[-1] if words[-1][:1].islower() else None  # the head noun («ensilado»), no part of a name ("Kjeldahl")


def term_gloss(draft: Draft, ctx: DraftContext) -> None:
    """A term the document glosses anywhere ("spirometry (a breathing test)" in one paragraph,
    the gap on "spirometry" in another) also accepts the gloss ("breathing test"), and a gap on
    the gloss the term: a learner who read the text names the thing either way (accept7, issue
    10). Likewise "X, also called Y," and «X, o Y,». Not where the gap's own sentence writes
    the other form (it asks for the one the gloss explains), nor a gloss the document gives two
    terms, nor a term that is a name (a capitalised word alone: a name's translation is no
    answer)."""
    pairs = text_glosses(ctx.document, ctx.lang.code)
    if not pairs:
        return
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        key = fold(" ".join(_key_words(gap, determiners)))
        if not key:
            continue
        around = f"{gap.before} {gap.after}"
        forms: list[str] = []
        for term, gloss in pairs:
            if f" {fold(term)}".endswith(f" {key}") and not (key[:1].isupper() and " " not in key):
                other = gloss  # "comen ensilado": the words before the gloss end with the key
            elif key == fold(gloss) and (named := _glossed_term(term, gloss, ctx.document)) is not None:
                other = named
            else:
                continue
            if len({fold(t) for t, g in pairs if fold(g) == fold(gloss)}) > 1 or len({fold(g) for t, g in pairs if fold(t) == fold(term)}) > 1:
                continue  # one gloss for two terms, or two glosses for one term
            if _written_near(other, around):
                continue
            forms.append(other)
        _add_new_forms(gap, forms)


# An event's short forms a learner types (accepts3, issue 10 item 3), by language, folded full
# name -> forms. Only forms of the same language: "World Cup" and «Mundial» are each their own
# language's. The bare head ("Games", «Juegos», BARE_EVENT_WORDS) only where the document names
# no other event by it ("the Workers' Games").
EVENT_SHORT_FORMS = {
    "en": {
        "olympic games": ("Olympics", "Games"),
        "summer olympic games": ("Summer Olympics", "Olympics", "Games"),
        "winter olympic games": ("Winter Olympics", "Games"),
        "paralympic games": ("Paralympics", "Games"),
        "fifa world cup": ("World Cup",),
    },
    "es": {
        "juegos olimpicos": ("Olimpiadas", "Olimpíadas", "Juegos"),
        "juegos olimpicos de invierno": ("Olimpiadas de Invierno", "Juegos"),
        "juegos paralimpicos": ("Paralimpiadas", "Juegos"),
        "copa mundial": ("Mundial",),
        "copa del mundo": ("Mundial",),
        "copa mundial de la fifa": ("Mundial", "Copa del Mundo"),
    },
}
BARE_EVENT_WORDS = {"en": re.compile(r"(?:[A-Z][\w'’-]*\s+)+Games\b"), "es": re.compile(r"\bJuegos\s+(?:(?:de|del)\s+(?:(?:la|los|las)\s+)?)?[A-ZÁÉÍÓÚÑ][\w'’-]*")}


def _other_events(full: str, bare: str, ctx: DraftContext) -> bool:
    """Whether ``ctx.document`` names another event by the bare head ``bare`` than ``full``."""
    pattern = BARE_EVENT_WORDS.get(ctx.lang.code)
    if pattern is None:
        return True
    written = _written_form(full, ctx.document)
    rest = ctx.document.replace(written, " ") if written else ctx.document
    determiners = {fold(w) for w in ctx.lang.determiners}
    for m in pattern.finditer(rest):
        words = [w for w in m.group(0).split() if fold(w) not in determiners and fold(w) != fold(bare)]
        if words and bare in m.group(0):
            return True  # "the Workers' Games": not "The Games" at a sentence's start
    return False


def _written_form(full: str, document: str) -> str | None:
    """How ``document`` writes the name whose folded form is ``full`` («Juegos Olímpicos» for
    "juegos olimpicos"), or None."""
    tokens = list(re.finditer(r"[^\W\d_]+", document))
    n = len(full.split())
    for i in range(len(tokens) - n + 1):
        if " ".join(fold(t.group(0)) for t in tokens[i:i + n]) == full:
            return document[tokens[i].start():tokens[i + n - 1].end()]
    return None


def event_short_forms(draft: Draft, ctx: DraftContext) -> None:
    """An event named in full also accepts its short forms from the language's table ("Olympic
    Games": "Olympics", "Games"; «Juegos Olímpicos»: «Olimpiadas», «Juegos»), and a gap on a
    short form the full name and its other forms, where the document names that event ("The
    ____ brought 29 nations" keyed "Games": "Olympic Games"). A bare head ("Games") only where
    the document names no other event by it."""
    table = EVENT_SHORT_FORMS.get(ctx.lang.code, {})
    if not table:
        return
    for gap in giveaways.gaps_of(draft, typed=True):
        key = fold(str(gap.accept[0]).strip()) if gap.accept else ""
        words = key.split()
        if words and words[0] in {fold(w) for w in ctx.lang.determiners}:
            key = " ".join(words[1:])
        forms: list[str] = []
        for full, short in table.items():
            if key == full:
                forms += [f for f in short if f not in ("Games", "Juegos") or not _other_events(full, f, ctx)]
            elif key in {fold(f) for f in short}:
                name = _written_form(full, ctx.document)
                if name is None or (key in ("games", "juegos") and _other_events(full, key.capitalize(), ctx)):
                    continue  # the short form of an event the document does not name, or of several
                forms += [name, *(f for f in short if fold(f) not in ("games", "juegos"))]
        _add_new_forms(gap, forms)


# Near-synonyms of the group nouns of news texts (accepts3, issue 10 item 4), plural, by
# language: a learner who read «los ambientalistas» may type «ecologistas». Left out on purpose:
# «campesinos»/«agricultores» and "farmers"/"peasants" (a class and a trade a text may set
# against each other), "workers"/"labourers", «activistas»/«militantes», «legisladores»/«diputados» (one is a kind of the
# other). A residents' group only after "of"/«de» and a name («los vecinos de Sacaba»: not
# «sus vecinos», the people next door).
GROUP_SYNONYMS = {
    "en": (("environmentalists", "ecologists"), ("lawmakers", "legislators"), ("activists", "campaigners"), ("residents", "inhabitants")),
    "es": (("ambientalistas", "ecologistas", "medioambientalistas"), ("vecinos", "residentes", "habitantes")),
}
RESIDENT_WORDS = frozenset(("residents", "inhabitants", "vecinos", "residentes", "habitantes"))


@lru_cache(maxsize=8)
def _document_words(document: str) -> frozenset[str]:
    """Every word ``document`` writes, folded (read once per document, only for a group noun's key)."""
    return frozenset(fold(w) for w in re.findall(r"[^\W\d_]+", document))


def group_synonyms(draft: Draft, ctx: DraftContext) -> None:
    """A group noun («ambientalistas», "lawmakers", singular or plural) also accepts its
    near-synonyms from the language's table (GROUP_SYNONYMS), each only where the document
    never writes it (there it may be another group: «los ecologistas de la universidad»)."""
    groups = GROUP_SYNONYMS.get(ctx.lang.code, ())
    if not groups:
        return
    for gap in giveaways.gaps_of(draft, typed=True):
        key = fold(str(gap.accept[0]).strip()) if gap.accept else ""
        if not key.isalpha():
            continue
        plural = key if key.endswith("s") else f"{key}s"
        group = next((g for g in groups if plural in g), None)
        if group is None or (plural in RESIDENT_WORDS and not re.match(r"\s*(?:of|de|del)\s+[A-ZÁÉÍÓÚÑ]", gap.after)):
            continue
        have = {fold(str(a)) for a in gap.accept}
        written = _document_words(ctx.document)
        for other in group:
            form = other if key.endswith("s") else other[:-1]
            if other == plural or other in written or other[:-1] in written or form in have:
                continue
            gap.accept.append(form)
            have.add(form)


# A saint's word and its everyday short forms, per language: a learner types "St Agnes" for the
# Church of Saint Agnes and «Sta. Eulalia» for «Santa Eulalia». Spanish «San» has no short form
# in everyday writing («S.» would be any initial).
SAINT_FORMS = {
    "en": (("Saint", "St"),),
    "es": (("Santa", "Sta."), ("Santo", "Sto.")),
}  # the grader reads no punctuation: "St." is "St", «Sta» is «Sta.»
# A building named "<head> of Saint X" («Iglesia de Santa X»), which people call by the saint's
# name alone, and in English also "St X's <head>".
SAINT_HEADS = {
    "en": ("Church", "Chapel", "Cathedral", "Abbey", "Priory", "Basilica", "Parish", "Shrine"),
    "es": ("Iglesia", "Capilla", "Catedral", "Ermita", "Basílica", "Parroquia", "Convento", "Monasterio", "Santuario"),
}
SAINT_NAME = r"[A-ZÁÉÍÓÚÑ][\w’'-]*"


def _saint_spellings(text: str, code: str) -> list[str]:
    """``text`` with its saint's word written in each of the language's forms."""
    for forms in SAINT_FORMS.get(code, ()):
        alternatives = "|".join(re.escape(f.rstrip(".")) for f in forms)
        found = re.search(rf"(?<![\w.])(?:{alternatives})(?!\w)\.?(?=\s+{SAINT_NAME})", text)
        if found and code == "en" and found.group().startswith("St") and not re.search(r"(?:^|\b(?:of|the)\s)$", text[: found.start()]):
            return []  # "St" inside a name, not after "of": a street's ("Elm St. Station")
        if found:
            return [text[: found.start()] + f + text[found.end():] for f in forms]
    return []


def saint_forms(draft: Draft, ctx: DraftContext) -> None:
    """A name holding a saint's also in the saint word's short forms ("St Agnes", "St. Agnes",
    "Saint Agnes"; «Sta. Eulalia», «Santa Eulalia»), which name the same thing; a building
    "<head> of Saint X" («Iglesia de Santa X») also as "St X <head>", "St X's <head>" and by the saint's name
    alone, as people call a church ("St Agnes", «Santa Eulalia»), unless the document writes
    the saint's name for something else too ("Saint Agnes's Well") (names4)."""
    code = ctx.lang.code
    heads = "|".join(SAINT_HEADS.get(code, ()))
    saints = "|".join(re.escape(f.rstrip(".")) + r"\.?" for forms in SAINT_FORMS.get(code, ()) for f in forms)
    if not heads or not saints:
        return
    building = re.compile(rf"^(?:(?:the|la|el)\s+)?(?P<head>{heads})\s+(?:of|de)\s+(?P<saint>(?:{saints})\s+{SAINT_NAME})$", re.IGNORECASE)
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        forms = _saint_spellings(key, code)
        found = building.match(key)
        if found is not None:
            head, saint = found.group("head"), found.group("saint")
            elsewhere = ctx.document.replace(key, " ")
            name = saint.split()[-1]
            written = any(
                re.search(rf"(?<![\w.]){re.escape(s)}(?!\w)", elsewhere) for s in _saint_spellings(saint, code)
            )
            if not written:
                forms.extend(_saint_spellings(saint, code))
            if code == "en":
                for s in _saint_spellings(saint, code):
                    forms.extend((f"{s} {head}", f"{s}'s {head}"))  # "St Agnes Church", "St Agnes's Church"
                    if name.endswith("s"):
                        forms.append(f"{s}' {head}")
        have = {fold(str(a)) for a in gap.accept}
        for form in forms:
            if fold(form) not in have and form not in gap.accept:
                gap.accept.append(form)
                have.add(fold(form))


# The words before a noun's modifier slot: "an ____ fund", "the ____ bank", "two ____ banks".
MODIFIER_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|its|their|his|her|our|this|that|these|those|every|each|one|two|three|four|five|\d+)\s*$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"^\s*([a-z][a-z-]*)\b")
# Nouns after which a nationality adjective names a language ("the Spanish translation", "a
# French teacher"), where the country's name does not read.
LANGUAGE_NOUNS = frozenset((
    "translation", "translations", "text", "texts", "version", "edition", "word", "words", "name", "names", "teacher",
    "teachers", "lesson", "lessons", "speaker", "speakers", "grammar", "dictionary", "poem", "poems", "poetry", "novel",
    "novels", "literature", "accent", "dialect", "spelling", "title", "subtitles", "original",
))


def demonym_country(draft: Draft, ctx: DraftContext) -> None:
    """A nationality adjective keyed before a noun also accepts its country's names ("an ____
    fund bought the harbour" keyed "Emirati": "United Arab Emirates", "UAE", "Emirates"; "a
    ____ bank" keyed "Qatari": "Qatar"), and a country keyed there its adjective ("a Qatar
    bank": "Qatari"): English writes a country's name as a noun's modifier too, and a learner
    who read the text knows the fact either way (place_kinds.adjective_countries, from the
    DEMONYMS table and pycountry's names). English here; Spanish puts the adjective after the
    noun, where spanish_demonym_country reads it (one way only: «un fondo Catar» does not read); not where the slot is no
    modifier ("the bank was ____", "the ____ said") or the adjective names a language ("the
    ____ translation": LANGUAGE_NOUNS), nor the adjective of a country's name that is
    a given name too (names4)."""
    if ctx.lang.code != "en":
        return
    stop = ctx.lang.words.stop_words
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        before, after = gap.sentence()
        noun = NOUN_AFTER.match(after)
        if not key or not MODIFIER_BEFORE.search(before) or noun is None or fold(noun.group(1)) in stop | LANGUAGE_NOUNS:
            continue
        # A country's name that is also a person's or a state's ("Jordan", "Chad", "Georgia")
        # may not be the country at all: its adjective only for a name of no person.
        forms = list(adjective_countries(key)) or ([] if given_name(key) else list(country_adjectives(key)))
        have = {fold(str(a)) for a in gap.accept}
        gap.accept.extend(f for f in forms if fold(f) not in have)


# A Spanish noun after its determiner, right before the gap («los inversores ____», «un fondo ____»).
NOUN_BEFORE_ES = re.compile(r"(?:^|\s)(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|ese|esa|esos|esas|dos|tres|cuatro|cinco|\d+)\s+([a-záéíóúñü]+)\s*$", re.IGNORECASE)
# Nouns after which a nationality adjective names a language or a style («la traducción
# francesa», «la cocina peruana»), where the country is another answer.
LANGUAGE_NOUNS_ES = frozenset((
    "traduccion", "traducciones", "version", "versiones", "edicion", "texto", "textos", "palabra", "palabras", "nombre",
    "nombres", "profesor", "profesora", "profesores", "lengua", "idioma", "acento", "ortografia", "gramatica",
    "diccionario", "poema", "poemas", "poesia", "novela", "novelas", "literatura", "titulo", "subtitulos", "original",
    "cocina", "hablante", "hablantes", "dialecto",
))


def spanish_demonym_country(draft: Draft, ctx: DraftContext) -> None:
    """A Spanish nationality adjective keyed after a noun («los inversores ____» keyed
    «emiratíes»; «un fondo ____» keyed «catarí») also accepts its country's names («Emiratos
    Árabes Unidos», «EAU», «Emiratos»; «Catar»): the gap asks who, and a learner who names the
    country has the fact (accept4, issue 10; names4's demonym_country does it before an English
    noun). In any gender and number (place_kinds.spanish_adjective_countries); not after a noun
    of language or style («la traducción ____», «la cocina ____»), nor for an adjective of two
    states («dominicana»)."""
    if ctx.lang.code != "es":
        return
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        before, _ = gap.sentence()
        noun = NOUN_BEFORE_ES.search(before)
        if " " in key or not key[:1].islower() or noun is None or fold(noun.group(1)) in ctx.lang.words.stop_words | LANGUAGE_NOUNS_ES:
            continue
        _add_new_forms(gap, spanish_adjective_countries(key))


# An English determiner right before a gap that modifies the noun after it ("a ____ pool"); words
# after that noun that make it a verb with its object.
DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|its|their|his|her|our|this|that|these|those|every|each|one|two|three|four|five|\d+)\s*$", re.IGNORECASE)
OBJECT_WORDS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "them", "it", "him", "us", "me", "you", "some", "all", "every", "each"))
# A Spanish verb's endings, not a noun's: «los compraron ____» is a clitic and a verb; a key
# «protestaron», «vivía» after «los vecinos» is the clause's verb, not the noun's adjective.
VERB_ENDINGS_ES = ("aron", "ieron", "aban", "ían", "ó")
KEY_VERB_ENDINGS_ES = (*VERB_ENDINGS_ES, "aba", "ía", "ió", "ará", "erá", "irá", "ando", "iendo")
# Words opening what follows a Spanish gap whose key is then a verb with its object («Los vecinos
# ____ la obra»).
OBJECT_WORDS_ES = frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "le", "les", "su", "sus", "que"))
# English past forms not in -ed ("The ____ grew in the shade": the key is the subject).
_IRREGULAR_PAST_EN = """was were had did paid made took gave went came sold bought built began became found held
    kept left lost met ran sent stood told wrote won brought fell rose grew knew drew threw saw said put got set cut led
    struck sank spent chose shut spread fed fought flew froze hid hung lay lit meant rode rang sat shook shone slept slid
    spoke spun stole stuck swam swung taught thought tore wore wove wept woke"""
IRREGULAR_PAST_EN = frozenset(_IRREGULAR_PAST_EN.split())
# Adverbs of time general text writes right after a subject ("The ministry later closed it"):
# no noun the key modifies (accept7).
TIME_ADVERBS_EN = frozenset(["later", "soon", "still", "now", "twice", "already", "often", "never", "always", "first", "finally", "eventually", "afterwards", "thereafter", "instead", "together"])
# Auxiliaries after a plural noun ("pools are", "kilns have"): the noun's own verb.
PLURAL_VERBS_EN = frozenset(("are", "were", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "do", "did"))


def _head_noun_after(after: str, lang: Language) -> str | None:
    """The English noun right after a modifier's gap ("pool on its terrace", "investors
    bought"), or None where the word is a stop word, a verb of doing, an adverb or a past form,
    or a verb with its object ("holds the water")."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]", after)[:2]
    if not words or not re.match(r"\s*[a-z]", after):
        return None
    word, following = words[0], (words[1].lower() if len(words) > 1 else "")
    verbs = STATE_VERBS["en"] | titled_names.PERSON_VERBS["en"]
    if fold(word) in lang.words.stop_words | verbs | IRREGULAR_PAST_EN | TIME_ADVERBS_EN or word.endswith(("ed", "ly")) or following in OBJECT_WORDS:
        return None
    if following.isalpha() and following not in lang.words.stop_words and not following.endswith("ed"):
        return None  # "holds water" (a verb and its object), "power station" (the head is further on), "took control"
    if word.endswith("s") and not word.endswith("ss") and following not in PLURAL_VERBS_EN and not following.endswith("ed"):
        return None  # "grows in the shade": a verb; "pools are", "investors invested" read as nouns
    return word


def key_with_head_noun(draft: Draft, ctx: DraftContext) -> None:
    """A short key that modifies the noun beside the gap also accepts the key with that noun,
    the whole compound a reader types ("a ____ pool" keyed "plunge": "plunge pool"; "the ____
    investors" keyed "Emirati": "Emirati investors"; «los inversores ____» keyed «emiratíes»:
    «inversores emiratíes»; «el lago ____» keyed «Titicaca»: «lago Titicaca») (accept4, issue
    10); "the ____ lighthouse" keyed "Gannet Head": "Gannet Head lighthouse". English reads the
    noun right after the gap, the gap right after a determiner; Spanish the noun before it,
    after its determiner (NOUN_BEFORE_ES). Not a verb after the gap ("The ____ holds the water":
    _head_noun_after), nor a plural key in English ("The ____ hold water" keyed "tanks": the
    key is the head). Another modifier with the same noun stays wrong ("infinity pool")."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        words = key.split()
        if not 1 <= len(words) <= 2 or not all(w.replace("-", "").isalpha() for w in words) or fold(key) in ctx.lang.words.stop_words:
            continue
        before, after = gap.sentence()
        if ctx.lang.code == "en":
            if not DETERMINER_BEFORE.search(before) or (words[-1].endswith("s") and not words[-1].endswith("ss")):
                continue
            noun = _head_noun_after(after, ctx.lang)
            form = f"{key} {noun}" if noun else None
        elif ctx.lang.code == "es":
            found = NOUN_BEFORE_ES.search(before)
            noun = found.group(1) if found else None
            if noun is None or fold(noun) in ctx.lang.words.stop_words or noun.endswith(VERB_ENDINGS_ES):
                continue
            first_after = re.findall(r"[^\W\d_]+", after)[:1]
            if key.endswith(KEY_VERB_ENDINGS_ES) or (first_after and fold(first_after[0]) in OBJECT_WORDS_ES):
                continue  # «Los vecinos ____ la obra», «protestaron»: the key is the verb
            if not key.islower() and fold(noun) not in {fold(w) for w in ctx.lang.place_words} | LANDMARK_WORDS:
                continue  # «el empresario ____»: a person's name after a role; «el lago ____» keeps «lago Titicaca»
            form = f"{noun} {key}"
        else:
            continue
        if not form or fold(form) in {fold(str(a)) for a in gap.accept}:
            continue
        if _forgives_typos(draft, gap.accept) and lint.typo_neighbours(str(noun), ctx.lang.code):
            continue  # a word with a typo neighbour would make the whole answer exact (checks.exact_where_typos_mislead)
        gap.accept.append(form)


def _forgives_typos(draft: Draft, accept: list[str]) -> bool:
    """Whether the typed answer whose accept list is ``accept`` forgives typos."""
    item = draft.item
    if item.get("accept") is accept:
        return bool(item.get("typos"))
    return any(bool(g.get("typos")) for g in item.get("gaps", []) or [] if isinstance(g, dict) and g.get("accept") is accept)


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Verbs a state does through its government ("Nairobi objected", «Brasilia respondió»), besides a
# person's (titled_names.PERSON_VERBS), folded.
STATE_VERBS = {
    "en": _folded_words("""objected protested rejected refused warned demanded insisted responded replied accused condemned
        welcomed approved agreed vetoed threatened blocked signed recognised recognized expelled recalled protested
        urged pledged promised ordered banned imposed lifted withdrew retaliated negotiated offered backed opposed
        supported denounced confirmed"""),
    "es": _folded_words("""objetó protestó rechazó advirtió exigió insistió respondió replicó acusó condenó
        celebró aprobó acordó vetó amenazó bloqueó firmó reconoció expulsó retiró pidió prometió ordenó prohibió
        impuso levantó negoció ofreció apoyó respaldó denunció confirmó"""),
}


def acts_as_state(after: str, lang: Language) -> bool:
    """Whether the words right after a gap make its subject act as a state or a person ("____
    objected to the plan", "____ had already warned", «____ respondió»)."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", after.split(".")[0])][: titled_names.MAX_BETWEEN + 1]
    if not words or not re.match(r"\s*[^\W\d_]", after):
        return False
    verbs = STATE_VERBS.get(lang.code, frozenset()) | titled_names.PERSON_VERBS.get(lang.code, frozenset())
    between = titled_names.BETWEEN_WORDS.get(lang.code, frozenset())
    for w in words:
        if w in verbs:
            return True
        if w not in between:
            return False
    return False


def _in_longer_name(name: str, document: str) -> bool:
    """Whether ``document`` writes ``name`` inside a longer name: after a capitalised word that
    does not open a sentence ("George Washington") or before one ("Santiago Ramos")."""
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", document):
        before, after = document[max(0, found.start() - 30):found.start()], document[found.end():found.end() + 30]
        if re.match(rf"\s+{NAME_WORD_RE}", after):
            return True
        previous = re.search(rf"({NAME_WORD_RE})\s$", before)
        if previous and (given_name(previous.group(1)) or not re.search(r"(?:^|[.!?:;]\s*|\n)\S+\s$", before)):
            return True  # a given name opening a sentence too ("George Washington led ...")
    return False


def capital_for_state(draft: Draft, ctx: DraftContext) -> None:
    """A capital or a seat of government keyed where it acts for its state ("____ objected to
    the plan" keyed "Nairobi"; «____ respondió a la propuesta» keyed «Brasilia»; "____ rejected
    the request" keyed "Whitehall") also accepts the state ("Kenya", "the Kenyan government",
    "the government of Kenya"; «Brasil», «el Gobierno de Brasil»; "the UK", "the British
    government"): news writes the seat for the government, and a learner who names the state has
    understood the text (accept4, issue 10). Only after the gap's verb of doing (acts_as_state),
    never where the capital is a place ("talks held in ____": there "Kenya" is another answer);
    the seats are place_kinds.CAPITALS, a small table per language."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        states = capital_state(key, ctx.lang.code)
        before, after = gap.sentence()
        if not states or not acts_as_state(after, ctx.lang) or re.search(r"\b(?:in|at|from|to|en|de|desde|a)\s*$", before, re.IGNORECASE):
            continue
        if _in_longer_name(key, ctx.document):
            continue  # "George Washington", "Santiago Ramos", "Washington State": a person's or another place's name
        forms = list(states)
        if ctx.lang.code == "en":
            adjective = next((a for state in states for a in country_adjectives(state)), None)
            article = "the " if re.search(r"\b(?:Kingdom|States|Republic|Emirates)$", states[0]) else ""
            forms += [*([f"{adjective} government"] if adjective else []), f"government of {article}{states[0]}"]
        else:
            forms.append(f"Gobierno de {states[0]}")
        _add_new_forms(gap, forms)


# The head words of a named undertaking, before its own name: «Operación Tormenta», "Project
# Blue Line", "Operation Dry Harvest", «Programa Bolsa Verde», "Plan Colombia" (folded).
UNDERTAKING_HEADS = {
    "en": frozenset(("operation", "project", "programme", "program", "plan", "campaign", "mission", "exercise", "initiative")),
    "es": frozenset(("operacion", "operativo", "proyecto", "programa", "plan", "campana", "mision", "iniciativa")),
}


def undertaking_name(draft: Draft, ctx: DraftContext) -> None:
    """A named operation, project, plan, programme or campaign keyed with its head word
    («Operación Tormenta», "Project Blue Line", "Operation Dry Harvest") also accepts its own
    name («Tormenta», "Blue Line", "Dry Harvest"): what people call it, and what a learner who
    read the text types (accept6, issue 10). Not a country's, a known place's or a person's
    name after the head («Plan Colombia»: «Colombia» is the country; "Project Manhattan",
    «Plan Marshall»: the place, the man), a name the document writes for another thing
    (another operation sharing it, "the town of X"), nor a word after "of"/«de» ("Plan of
    Action"). A head after the name ("the Marshall Plan") keeps it: "Marshall" is the man."""
    heads = UNDERTAKING_HEADS.get(ctx.lang.code)
    if heads is None:
        return
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        words = _key_words(gap, determiners)
        if not 2 <= len(words) <= 4 or fold(words[0]) not in heads or not words[0][:1].isupper():
            continue
        rest = words[1:]
        name = " ".join(rest)
        if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in rest) or len(name) < 3:
            continue
        if given_name(rest[0]) and (len(rest) == 1 or persons_name(rest, ctx.lang)):
            continue  # «Plan Marshall», "Operation Anna": the person's name, not the plan's
        if ctx.lang.is_known_place(name) or other_country_names(name, ctx.lang.code) or place_kind_of(name, ctx.lang.code) != "other":
            continue
        if _names_another_thing(name, " ".join(words), ctx.document, ctx.lang):
            continue
        if fold(name) not in {fold(str(a)) for a in gap.accept}:
            gap.accept.append(name)


def _national_body_core(key: str, lang: Language) -> str | None:
    """The body's own name of a key that names it with its national adjective: "Peruvian
    Ministry of Health" -> "Ministry of Health" (English: the adjective first, then a body's
    word), «Ministerio chileno de Agricultura» -> «Ministerio de Agricultura» (Spanish: the
    adjective after the body's word); None for any other key."""
    words = key.split()
    if len(words) >= 2 and fold(words[0]) in {fold(w) for w in lang.determiners}:
        words = words[1:]
    if len(words) < 3:
        return None
    if lang.code == "en" and words[1] in lang.organisation_words and adjective_countries(words[0]):
        return " ".join(words[1:])
    if lang.code == "es" and words[0] in lang.organisation_words and words[1][:1].islower() and fold(words[2]) in ("de", "del") and spanish_adjective_countries(words[1]):
        return " ".join([words[0], *words[2:]])
    return None


def renamed_places(code: str) -> tuple[tuple[str, ...], ...]:
    """The language's table of renamed cities and countries (languages/<code>.py RENAMED_PLACES)."""
    from quizapp.languages import en, es

    return {"en": en.RENAMED_PLACES, "es": es.RENAMED_PLACES}.get(code, ())


def renamed_place(draft: Draft, ctx: DraftContext) -> None:
    """A city or a country keyed by its old or its new name ("Bombay", "Mumbai"; «Ceilán», «Sri
    Lanka») also accepts the other: one place, and a learner may know it by either (accept6,
    issue 10). From the language's small table; not where the document writes the name inside a
    longer one ("the Madras Regiment", "Peking University": another thing)."""
    table = renamed_places(ctx.lang.code)
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        words = _key_words(gap, determiners)
        key = " ".join(words)
        group = next((g for g in table if fold(key) in {fold(n) for n in g}), None)
        if group is None or _in_longer_name(key, ctx.document) or re.match(r"\s*[A-ZÁÉÍÓÚÑ]", gap.after):
            continue
        _add_new_forms(gap, group)


def body_without_national_adjective(draft: Draft, ctx: DraftContext) -> None:
    """A body keyed with its national adjective ("the Peruvian Ministry of Health", «el
    Ministerio chileno de Agricultura») also accepts the body's own name ("Ministry of Health",
    «Ministerio de Agricultura»), where the document names no other body so (another country's
    "Bolivian Ministry of Health", a "Ministry of Health of X"): the text's context names one
    such ministry, and a learner types its name (accept6, issue 10; body_without_place does it
    for the country after «de»/"of")."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        core = _national_body_core(key, ctx.lang)
        if core is None or fold(core) in {fold(str(a)) for a in gap.accept}:
            continue
        rest = ctx.document.replace(key, " ")
        determiners = {fold(w) for w in ctx.lang.determiners}
        other = False
        for found in re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w-])", rest):
            before, after = rest[max(0, found.start() - 30):found.start()].split()[-1:], rest[found.end():found.end() + 30]
            if (before and before[0][:1].isupper() and fold(before[0]) not in determiners) or re.match(rf"\s+(?:of|de|del)\s+{NAME_WORD_RE}|\s+[a-záéíóúñ]+(?:o|a|os|as|an|ian|ese|ish)\b", after):
                other = True  # "the Bolivian Ministry of Health", «el Ministerio de Agricultura de Perú»
        other = other or any(
            c is not None and fold(c) == fold(core) and fold(k) != fold(key)
            for k in CAPITALISED_RUN.findall(ctx.document) for c in [_national_body_core(k, ctx.lang)]
        )
        if not other:
            gap.accept.append(core)


def _state_tables(code: str) -> tuple[tuple[str, ...], ...]:
    """The language's table of a state's formal name and its short forms (languages/<code>.py
    STATE_ACRONYMS), and in English each formal name pycountry gives with its everyday name."""
    from quizapp.languages import en, es

    return {"en": en.STATE_ACRONYMS, "es": es.STATE_ACRONYMS}.get(code, ()) + (_pycountry_formal_names() if code == "en" else ())


@lru_cache(maxsize=1)
def _pycountry_formal_names() -> tuple[tuple[str, ...], ...]:
    """(formal name, everyday name) of each state pycountry knows by two names: its official
    name ("People's Republic of China": "China") or its inverted name set upright ("Korea,
    Republic of": "Republic of Korea", "South Korea"); the everyday name is the common name,
    or the name itself where it has no comma."""
    import pycountry

    pairs = []
    for country in pycountry.countries:
        name = str(country.name)
        everyday = getattr(country, "common_name", None) or (name if "," not in name else None)
        if everyday is None:
            continue
        formal = {str(getattr(country, "official_name", "") or "")}
        if (upright := re.fullmatch(r"(?P<state>[^,]+),\s+(?:The\s+)?(?P<form>.+\s(?:of|of the))", name)) is not None:
            formal.add(f"{upright.group('form')} {upright.group('state')}")
        pairs += [(f, str(everyday)) for f in formal if f and "," not in f and fold(f) != fold(str(everyday))]
    return tuple(pairs)


def state_short_names(draft: Draft, ctx: DraftContext) -> None:
    """A state keyed by its formal name also accepts its everyday name and the acronym news
    writes ("People's Republic of China": "China", "PRC"; "Republic of Korea": "South Korea",
    "ROK"; «República Popular China»: «China»), and a gap keyed by such an acronym the formal and
    the everyday name (accept7, issue 10): the same state, as a learner who read the text calls
    it. pycountry's official and common names, and a small table per language (STATE_ACRONYMS).
    A gap keyed by the everyday name is left as it is ("China" is the answer)."""
    table = _state_tables(ctx.lang.code)
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        key = fold(" ".join(_key_words(gap, determiners)))
        forms: list[str] = []
        for group in table:
            folded = [fold(n) for n in group]
            if key == folded[0] or (key in folded[1:] and group[folded.index(key)].isupper()):
                forms += [n for n in group if fold(n) != key]
        if forms and key in {fold(str(n)) for g in table for n in g[1:] if not str(n).isupper()}:
            continue  # an everyday name ("Russia") is the answer as it is
        _add_new_forms(gap, forms)


def body_acronyms(code: str) -> tuple[tuple[str, ...], ...]:
    """The language's table of world and regional bodies and their acronyms (BODY_ACRONYMS)."""
    from quizapp.languages import en, es

    return {"en": en.BODY_ACRONYMS, "es": es.BODY_ACRONYMS}.get(code, ())


def world_body_acronym(draft: Draft, ctx: DraftContext) -> None:
    """A world or regional body keyed by its name also accepts the acronym people call it by,
    and a gap keyed by the acronym the name ("the African Union": "AU"; «la Unión Africana»:
    «UA»; «ONU»: «Naciones Unidas»), from the language's table (accept7, issue 10; an acronym
    the document itself pairs with a name is acronym_and_name's). Not where the document pairs
    the acronym with another name (its own "AU" for another body)."""
    pairs = acronym_names(ctx.document, ctx.lang)
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        key = fold(" ".join(_key_words(gap, determiners)))
        group = next((g for g in body_acronyms(ctx.lang.code) if key in {fold(n) for n in g}), None)
        if group is None or str(gap.accept[0]).islower():  # "who" is no WHO
            continue
        names = {fold(n) for n in group}
        if any(n.isupper() and fold(n) in pairs and fold(pairs[fold(n)]) not in names for n in group):
            continue  # the document's own "AU" names another body
        _add_new_forms(gap, [n for n in group if fold(n) != key])


# A ministry or a department named by its field: "Ministry of Fisheries", "Ministry of the
# Interior", "Department of Agriculture"; the field first: "Fisheries Ministry", "Interior Ministry".
BODY_OF_FIELD = re.compile(r"^(?P<head>Ministry|Department)\s+of\s+(?:the\s+)?(?P<field>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})$")
FIELD_BODY = re.compile(r"^(?P<field>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+(?P<head>Ministry|Department)$")
SPANISH_BODY_OF_FIELD = re.compile(r"^(?P<head>Ministerio|Departamento|Secretaría)\s+de\s+(?:la\s+|el\s+|los\s+|las\s+)?(?P<field>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:y|e|de|del)\s+[A-ZÁÉÍÓÚÑ][\w'’-]*|\s+[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3})$")


# A state's governing bodies, as a document writes its country with them ("Ghana's government",
# «el Gobierno de Ghana», "Ghana's Ministry of Finance").
STATE_BODIES = r"[Gg]overnment|[Gg]obierno|(?:Ministry|Department|Ministerio|Departamento)\s+(?:of|de)\s+[A-ZÁÉÍÓÚÑ][\w'’-]*|[A-Z][\w'’-]*\s+(?:Ministry|Department)"


def _body_country(body: str, ctx: DraftContext) -> str | None:
    """The country a ministry of the document belongs to: the one country the document writes
    with it or with its state's government or ministries ("Ghana's Ministry of Fisheries", "the
    Ministry of Fisheries of Ghana", «el Ministerio de Hacienda de Ghana», "In Ghana the
    Fisheries Ministry", "Ghana's government"); None where it writes none or two (a country named
    for another thing, "a loan from China", is no ministry's)."""
    countries = []
    for m in re.finditer(r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|of|the|and|y)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*)*", ctx.document):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = re.sub(r"['’]s$", "", " ".join(words[i:j]))  # "Ghana's"
                if place_kind_of(name, ctx.lang.code) == "country":
                    countries.append(name)
                    break
    named = list(dict.fromkeys(countries))
    bodies = rf"{re.escape(body)}|{STATE_BODIES}"
    found = set()
    for country in named:
        c = re.escape(country)
        if re.search(rf"{c}['’]s\s+(?:{bodies})|(?:{bodies})\s+(?:of|de|del)\s+{c}(?![\w-])|(?:In|in|En|en)\s+{c},?\s+(?:the|el|la)\s+(?:{bodies})", ctx.document):
            found.add(country)
    return found.pop() if len(found) == 1 else None


def ministry_word_orders(draft: Draft, ctx: DraftContext) -> None:
    """A ministry or a department keyed by its field also accepts its other word order and the
    country the text gives it ("Ministry of Fisheries": "Fisheries Ministry", "Ministry of
    Fisheries of Ghana", "Ghana's Ministry of Fisheries"; "Interior Ministry": "Ministry of
    Interior"; «Ministerio de Pesca»: «Ministerio de Pesca de Ghana») (accept7, issue 10): the
    same body as a learner who read the text names it. The country only where the document
    writes it with the body, or names one country alone (_body_country); a field that is a
    country or a place ("Ministry of Ghana") reads no field."""
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        key = " ".join(_key_words(gap, determiners))
        forms: list[str] = []
        if ctx.lang.code == "en":
            found = BODY_OF_FIELD.match(key) or FIELD_BODY.match(key)
            if found is None or place_kind_of(found.group("field"), "en") != "other" or _qualifier(found.group("field").split()[0], ctx.lang):
                continue
            head, field = found.group("head"), found.group("field")
            of_form, field_form = f"{head} of {field}", f"{field} {head}"
            forms += [field_form, of_form]
            country = _body_country(key, ctx)
            if country is not None:
                forms += [f"{of_form} of {country}", f"{country}'s {of_form}", f"{country}'s {field_form}"]
        elif ctx.lang.code == "es":
            found = SPANISH_BODY_OF_FIELD.match(key)
            if found is None or place_kind_of(found.group("field"), "es") != "other" or (re.search(r"\s+(?:de|del)\s+[A-ZÁÉÍÓÚÑ][\w'’-]*$", key) and place_kind_of(key.rsplit(" ", 1)[-1], "es") != "other"):
                continue
            country = _body_country(key, ctx)
            if country is not None:
                forms.append(f"{key} de {country}")
        _add_new_forms(gap, forms)


# Word pairs that name two different things, never one ("red and white wine", «agua dulce y
# salada»): a gap on one of them asks which, and the other is wrong (accept7).
CONTRASTING_WORDS = (
    _folded_words("""red white black blue green yellow brown grey gray pink rojo roja blanco blanca negro negra azul verde amarillo amarilla"""),
    _folded_words("""north south east west northern southern eastern western upper lower inner outer front back left right
        norte sur este oeste superior inferior interior exterior izquierda derecha"""),
    _folded_words("""male female men women boys girls masculino femenino hombres mujeres"""),
    _folded_words("""hot cold warm cool wet dry fresh salt frio caliente seco humedo dulce salada salado"""),
    _folded_words("""large small big little old new young adult juvenile grande pequeno pequena viejo nuevo nueva joven adulto"""),
    _folded_words("""public private domestic foreign internal external urban rural import export imports exports
        publico publica privado privada nacional extranjero urbano rural importacion exportacion"""),
    _folded_words("""spring summer autumn winter morning evening day night primavera verano otono invierno manana tarde dia noche"""),
    _folded_words("""first second third primary secondary primero segundo tercero primaria secundaria"""),
)


def _contrasting(key: str, other: str) -> bool:
    return any(fold(key) in group and fold(other) in group for group in CONTRASTING_WORDS)


def coordinated_pair(gap: giveaways.Gap, document: str, lang: Language) -> tuple[str, bool] | None:
    """(the other word, whether the document writes it alone in the gap's phrase) where the
    document coordinates a one-word key with another word in the gap's phrase elsewhere ("health
    and safety rules" beside the gap "the treaty's ____ rules" keyed "health"; «normas de salud
    y seguridad» beside «las normas de ____ del tratado»); None where it does not, the gap's
    own sentence writes the pair, or the two words name two different things (red and white)."""
    key = str(gap.accept[0]).strip() if gap.accept else ""
    stop = lang.words.stop_words
    if not re.fullmatch(r"[a-záéíóúñü]{3,}", key) or fold(key) in stop:
        return None
    before, after = gap.sentence()
    conj = r"(?:and|or)" if lang.code == "en" else r"(?:y|e|o)"
    if lang.code == "en":
        head = re.match(r"\s*([a-z][a-z-]+)\b", after)
        if head is None or fold(head.group(1)) in stop or re.match(rf"\s*{conj}\s", after) or re.search(rf"\s{conj}\s*$", before):
            return None
        phrase = re.escape(head.group(1))
        pairs = [rf"(?<![\w-]){re.escape(key)}\s+{conj}\s+(?P<other>[a-z]{{3,}})\s+{phrase}(?![\w-])", rf"(?<![\w-])(?P<other>[a-z]{{3,}})\s+{conj}\s+{re.escape(key)}\s+{phrase}(?![\w-])"]
        alone = r"(?<![\w-]){other}\s+" + phrase + r"(?![\w-])"
    elif lang.code == "es":
        head = re.search(r"(?:^|\s)([a-záéíóúñü]{3,}\s+(?:de|del|de\s+la|de\s+los)\s*)$", before)
        if head is None or fold(head.group(1).split()[0]) in stop or re.match(rf"\s*{conj}\s", after):
            return None
        phrase = r"\s+".join(re.escape(w) for w in head.group(1).split())
        pairs = [rf"(?<![\w-]){phrase}\s+{re.escape(key)}\s+{conj}\s+(?P<other>[a-záéíóúñü]{{3,}})(?![\w-])", rf"(?<![\w-]){phrase}\s+(?P<other>[a-záéíóúñü]{{3,}})\s+{conj}\s+{re.escape(key)}(?![\w-])"]
        alone = r"(?<![\w-])" + phrase + r"\s+{other}(?![\w-])"
    else:
        return None
    sentence = f"{before}{key}{after}"
    rest = document.replace(sentence.strip(), " ") if sentence.strip() in document else document
    others = {m.group("other") for p in pairs for m in re.finditer(p, rest)}
    others = {o for o in others if fold(o) not in stop and fold(o) != fold(key) and not _contrasting(key, o)}
    if len(others) != 1:
        return None
    other = others.pop()
    unpaired = re.sub("|".join(f"(?:{p})".replace("(?P<other>", "(") for p in pairs), " ", rest)
    return other, re.search(alone.replace("{other}", re.escape(other)), unpaired) is not None


def coordinated_pair_word(draft: Draft, ctx: DraftContext) -> None:
    """A one-word key the document coordinates with another word in the gap's phrase ("health
    and safety rules" in ¶10, the gap "the treaty's ____ rules" keyed "health") also accepts the
    other word where the document writes it alone in that phrase too ("the safety rules" in
    ¶14): the text uses the two for the same rules, and a learner who types "safety" has read
    it (accept7, issue 10). Where the document does not, the gap is ambiguous and held back
    (giveaways.paired_word_gap). Never a pair of different things ("red and white wine")."""
    for gap in giveaways.gaps_of(draft, typed=True):
        found = coordinated_pair(gap, ctx.document, ctx.lang)
        if found is not None and found[1]:
            _add_new_forms(gap, [found[0]])

def stated_rounding(draft: Draft, ctx: DraftContext) -> None:
    """A numeric item's tolerance takes the value the text itself gives, rounded, for the same
    quantity ("178 square metres" asked, "close to 180 square metres" in another paragraph:
    180 is right too; answers.stated_rounding_tolerance, givesaway4)."""
    item = draft.item
    if draft.kind != "question" or item.get("type") != "numeric" or not item.get("unit"):
        return
    try:
        answer, tolerance = float(item["answer"]), float(item.get("tolerance") or 0)
    except (TypeError, ValueError):
        return
    widened = typed_answers.stated_rounding_tolerance(answer, tolerance, str(item["unit"]), str(item.get("prompt", "")), ctx.document, ctx.lang)
    if widened > tolerance:
        item["tolerance"] = int(widened) if widened.is_integer() else widened


# A storm's word before its name ("Hurricane Irene", «huracán Matthew», «tifón Haiyan»), folded.
STORM_WORDS = frozenset(("hurricane", "typhoon", "cyclone", "storm", "huracan", "tifon", "ciclon", "tormenta", "temporal"))
# Words of a place's name after a storm's word ("Hurricane Bay", "Storm Point", «Cabo Tormenta»).
STORM_NAME_NOT = frozenset(("bay", "point", "island", "islands", "creek", "river", "lake", "ridge", "hill", "cove", "harbour", "harbor", "pass", "road", "street", "house", "club",
                            "bahia", "punta", "isla", "islas", "rio", "lago", "cerro", "calle"))


def storm_name(draft: Draft, ctx: DraftContext) -> None:
    """A storm keyed with its word ("Typhoon Haiyan", «el huracán Matthew», "Tropical Storm
    Alberto") also accepts its name alone, as the news calls it ("Haiyan"; integrator 18, review
    of an unseen text). Only a name of one or two capitalised words that the document writes
    after the storm's word each time (not "Hurricane Bay", a place)."""
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        words = _key_words(gap, determiners)
        if words and fold(words[0]) == "tropical":
            words = words[1:]
        elif len(words) > 1 and fold(words[1]) == "tropical":
            words = [words[0], *words[2:]]
        if not 2 <= len(words) <= 3 or fold(words[0]) not in STORM_WORDS:
            continue
        name = " ".join(words[1:])
        if not all(w[:1].isupper() and w.isalpha() for w in words[1:]) or ctx.lang.is_known_place(name):
            continue
        if any(fold(w) in STORM_NAME_NOT for w in words[1:]):
            continue  # "Hurricane Bay", "Storm Point": a place
        storm = r"(?i:hurricane|typhoon|cyclone|storm|hurac[aá]n|tif[oó]n|cicl[oó]n|tormenta|temporal)(?:\s+(?i:tropical))?"
        alone = [m for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", ctx.document)
                 if not re.search(rf"{storm}\s+$", ctx.document[max(0, m.start() - 30):m.start()])]
        if any(re.match(r"\s+[A-Z][a-z]", ctx.document[m.end():]) or re.match(r"\s+(?i:bay|island|river|street|bah[ií]a|isla|r[ií]o|calle)\b", ctx.document[m.end():]) for m in alone):
            continue  # "Irene Street": the name names something else too
        _add_new_forms(gap, [name])


# People named by their body ("Researchers at the University of Otago", «Investigadores de la
# Universidad de Talca»): the plural noun, then the link, folded.
PEOPLE_OF_BODY = {
    "en": re.compile(r"^(?i:researchers|scientists|engineers|experts|students|officials|doctors|economists|geologists|chemists)\s+(?:at|of|from)\s+(?:the\s+)?(?P<body>[A-Z].+)$"),
    "es": re.compile(r"^(?i:investigadores|investigadoras|cient[ií]ficos|cient[ií]ficas|ingenieros|expertos|estudiantes|t[eé]cnicos|funcionarios|m[eé]dicos|economistas|ge[oó]logos|qu[ií]micos)\s+(?:de|del)\s+(?:(?:la|el|los|las)\s+)?(?P<body>[A-ZÁÉÍÓÚÑ].+)$"),
}
BODY_HEADS = frozenset(("university", "institute", "college", "school", "academy", "laboratory", "ministry", "agency", "council", "society", "foundation", "centre", "center",
                        "universidad", "instituto", "colegio", "escuela", "academia", "laboratorio", "ministerio", "agencia", "consejo", "sociedad", "fundacion", "centro"))


def body_of_people(draft: Draft, ctx: DraftContext) -> None:
    """A gap keyed by people and their body ("Researchers at the University of Otago",
    «Investigadores de la Universidad de Talca») also accepts the body alone: who did it, as a
    learner names it (integrator 18, review of an unseen text). Only a body with a head word
    (university, institute, ministry…), not "Researchers at Harlow"."""
    pattern = PEOPLE_OF_BODY.get(ctx.lang.code)
    if pattern is None:
        return
    for gap in giveaways.gaps_of(draft, typed=True):
        found = pattern.match(str(gap.accept[0]).strip()) if gap.accept else None
        if found is None:
            continue
        body = found.group("body")
        if fold(body.split()[0]) in BODY_HEADS or fold(body.split()[-1]) in BODY_HEADS:
            _add_new_forms(gap, [body])


# A role noun in apposition right before a name («la subadministradora, », "the deputy
# administrator, "): the name is a person's.
APPOSED_ROLE = re.compile(r"\b(?:el|la|the)\s+(?:[a-z]+\s+)?[a-záéíóúñ]+(?:or|ora|ista|ente|enta|ario|aria|ero|era|ador|adora)\s*,\s*$")
# The first word of a place's name that reads like a given name («Villa Serrano», "San Marcos").
PLACE_HEAD_WORDS = frozenset(("villa", "san", "santa", "santo", "puerto", "ciudad", "monte", "cabo", "fort", "port", "mount", "lake", "saint", "st"))


def married_surnames(draft: Draft, ctx: DraftContext) -> None:
    """A person keyed with a given name and a married surname ("Marta Solís de Arango", «Ilya
    Espino de Marotta») also accepts the surnames without the given name and the given name with
    the first surname, as the text and a learner call her (integrator 18, review of an unseen
    text). Not the given name alone, nor the second surname alone (another family's)."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        found = re.fullmatch(r"(?P<given>[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]+)\s+(?P<first>[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]+)\s+de\s+(?P<second>[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]+)", key)
        if found is None or given_name(found.group("first")) or fold(found.group("given")) in PLACE_HEAD_WORDS:
            continue  # «Villa Serrano de Mayo»: a place
        if not given_name(found.group("given")):
            # a given name the lists do not know ("Ilya"): the document gives the name a role
            # («la subadministradora, Ilya Espino de Marotta»)
            at = ctx.document.find(key)
            if at < 0 or not (titled_names.role_before(ctx.document[:at], ctx.lang) or APPOSED_ROLE.search(ctx.document[max(0, at - 60):at])):
                continue
        _add_new_forms(gap, [f"{found.group('first')} de {found.group('second')}", f"{found.group('given')} {found.group('first')}"])


# Titles a learner leaves out when naming a person the text calls so ("Mr Harlow": Harlow).
PERSON_TITLES = {
    "en": r"Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Professor|Prof",
    "es": r"[Ss]eñora?|[Ss]eñorita|[Dd]on|[Dd]oña|[Dd]octora?|Dra?|Sra?",
}
NAME_RUN = r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2}"


def _full_names_of(surname: str, document: str, titles: str) -> set[str]:
    """The names of two or more capitalised words the document writes ending with ``surname``,
    a title or a sentence's first word left out ("Mr Harlow" names no one new; "Dermot Harlow",
    "Colm Harlow" do)."""
    found = set()
    for run in re.finditer(rf"((?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+)+){re.escape(surname)}(?![\w-])", document):
        words = [w for w in run.group(1).split() if not re.fullmatch(rf"(?:{titles})\.?|The|El|La|Los|Las|A|An|Un|Una|Her|His|Su", w)]
        if words:
            found.add(" ".join([*words, surname]))
    return found


def titled_person(draft: Draft, ctx: DraftContext) -> None:
    """A person keyed with the title the text gives ("Mr Harlow", «la señora Valdés») also
    accepts the name without it and, where the document writes one full name with that surname
    ("Dermot Harlow"), that name: a learner calls the person so (final review of an unseen
    text, session 19). Not where the document names two people of that surname."""
    titles = PERSON_TITLES.get(ctx.lang.code)
    if titles is None:
        return
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        found = re.fullmatch(rf"(?:(?:the|el|la)\s+)?(?P<title>{titles})(?P<dot>\.?)\s+(?P<name>{NAME_RUN})", key)
        if found is None:
            continue
        name, surname = found.group("name"), found.group("name").split()[-1]
        full = {n for n in _full_names_of(surname, ctx.document, titles) if n != name}
        if len(full) > 1 or (full and len(name.split()) > 1):
            continue
        dotted = f"{found.group('title')}{'' if found.group('dot') else '.'} {name}"
        _add_new_forms(gap, [name, *sorted(full), dotted])


def state_acronym_body(draft: Draft, ctx: DraftContext) -> None:
    """A body keyed with a state's acronym ("US Treasury", "UK Border Force") also accepts the
    state's name ("United States Treasury") and, where the document names no other such body
    ("the UK Treasury" beside "the US Treasury"), the body alone ("Treasury"): the text's
    context names one (final review of an unseen text, session 19). The acronyms and names are
    the language's state tables (state_short_names)."""
    determiners = {fold(w) for w in ctx.lang.determiners}
    table = _state_tables(ctx.lang.code)
    for gap in giveaways.gaps_of(draft, typed=True):
        words = _key_words(gap, determiners)
        if len(words) < 2 or not words[1][:1].isupper():
            continue
        acronym = words[0].replace(".", "")
        group = next((g for g in table if any(str(n).replace(".", "") == acronym and str(n).isupper() for n in g)), None)
        if group is None or not acronym.isupper():
            continue
        body = " ".join(words[1:])
        forms = [f"{n} {body}" for n in group if not str(n).isupper() and len(str(n).split()) <= 3]
        others = [m for m in re.finditer(rf"(\S+)\s+{re.escape(body)}(?![\w-])", ctx.document)
                  if m.group(1).replace(".", "") != acronym and m.group(1)[:1].isupper() and fold(m.group(1)) not in determiners]
        named_so = [n for n in group if not str(n).isupper()]
        others = [m for m in others if not any(str(n).endswith(m.group(1)) for n in named_so)]
        _add_new_forms(gap, forms + ([] if others else [body]))


def _pair_side(side: str, determiners: set[str]) -> tuple[str, str]:
    """(the side as written, the side without its article): "the TGWU", "TGWU"."""
    words = side.split()
    return side, " ".join(words[1:]) if len(words) > 1 and fold(words[0]) in determiners else side


def coordinated_names_order(draft: Draft, ctx: DraftContext) -> None:
    """A key of two names joined by "and"/«y» ("The GMB and the TGWU", «Cepyme y la CEOE»)
    also accepts them the other way round and without their articles ("TGWU and GMB", «la
    CEOE y Cepyme»): the order is the sentence's, not the fact's (final review of an unseen
    text, session 19). Either name alone still answers only half the gap."""
    determiners = {fold(w) for w in ctx.lang.determiners}
    conj = {"en": "and", "es": "y|e"}.get(ctx.lang.code)
    if conj is None:
        return
    art = r"(?:[A-Za-zÁÉÍÓÚÑáéíóúñ]{1,3}\s+)?"
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        found = re.fullmatch(rf"(?P<a>{art}{NAME_RUN})\s+(?P<conj>{conj})\s+(?P<b>{art}{NAME_RUN})", key)
        if found is None or "," in key:
            continue
        a, bare_a = _pair_side(found.group("a"), determiners)
        b, bare_b = _pair_side(found.group("b"), determiners)
        if not all(w[:1].isupper() for w in (bare_a, bare_b)) or (a != bare_a and fold(a.split()[0]) not in determiners):
            continue
        joined = found.group("conj")
        first = lower_initial(a) if a != bare_a else a
        _add_new_forms(gap, [f"{bare_a} {joined} {bare_b}", f"{b} {joined} {first}", f"{bare_b} {joined} {bare_a}"])


def acronym_plural(draft: Draft, ctx: DraftContext) -> None:
    """An acronym keyed in the plural ("COPs", "NGOs") also accepts the acronym ("COP"): the
    learner names the thing (final review of an unseen text, session 19)."""
    for gap in giveaways.gaps_of(draft, typed=True):
        key = str(gap.accept[0]).strip() if gap.accept else ""
        if re.fullmatch(r"[A-Z]{2,}s", key):
            _add_new_forms(gap, [key[:-1]])


GOVERNMENT_WORDS = ("Gobierno", "Ejecutivo")  # one Spanish government, by either word


def one_government(draft: Draft, ctx: DraftContext) -> None:
    """«Ejecutivo de Sánchez» and «Gobierno de Sánchez» name one government: either accepts the
    other, and the bare word where the document names no other government (final review of an
    unseen Spanish text, session 19)."""
    if ctx.lang.code != "es":
        return
    words = GOVERNMENT_WORDS
    determiners = {fold(w) for w in ctx.lang.determiners}
    for gap in giveaways.gaps_of(draft, typed=True):
        key = " ".join(_key_words(gap, determiners))
        found = re.fullmatch(rf"(?P<word>{'|'.join(words)})(?P<tail>\s+(?:de|del)\s+{NAME_RUN})?", key)
        if found is None:
            continue
        tail = found.group("tail") or ""
        other = words[1] if found.group("word") == words[0] else words[0]
        heads = re.findall(rf"(?:{'|'.join(words)})\s+(?:de|del)\s+({NAME_RUN})", ctx.document)
        alone = not tail or not {h for h in heads if h != tail.split(maxsplit=1)[1]}
        _add_new_forms(gap, [f"{other}{tail}", *([found.group("word"), other] if alone else [])])



DRAFT_RULES: tuple[DraftRule, ...] = (real_forms, rare_term_number, bare_name, place_short_form, qualified_range, place_without_admin_word, other_hyphenation, other_negation, given_abbreviation, acronym_and_name, without_generic_head, undertaking_name, without_landmark_head, protected_area_name, compound_place_form, body_without_place, body_without_place_first, body_without_national_adjective, ministry_word_orders, saint_forms, tagged_name_order, bare_verb, country_other_name, state_short_names, world_body_acronym, renamed_place, demonym_country, spanish_demonym_country, capital_for_state, governing_person, full_name_of_surname, full_name_of_given_name, alias_forms, term_gloss, event_short_forms, group_synonyms, coordinated_pair_word, key_with_head_noun, stated_rounding, storm_name, body_of_people, married_surnames, titled_person, state_acronym_body, coordinated_names_order, acronym_plural, one_government)


def tidy_accept_lists(draft: Draft, ctx: DraftContext) -> None:
    """Every typed accept list of ``draft`` through DRAFT_RULES, in order."""
    for rule in DRAFT_RULES:
        rule(draft, ctx)
