"""Turning a document's facts into candidate items of every type that fits.

Every candidate keeps what the checks need: the texts its key consists of (grounding), the
paragraphs it cites, the answer's span, and the fact it asks about (so that two drafts of one
fact are seen as such). Distractors are always other facts *of the same kind from the same
document* (people with people, kilometres with kilometres, years with years), the nearest
ones first, and never one that occurs in the sentence the item is made from: a perturbed
figure or an invented name is something a reader can spot.
"""
from __future__ import annotations

import itertools
import math
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from quizapp.derive import accept_variants
from quizapp.derive import answers as typed_answers
from quizapp.derive import blindness
from quizapp.derive import card_checks
from quizapp.derive import choices as choice_rules
from quizapp.derive import context
from quizapp.derive import totals
from quizapp.derive import given_names
from quizapp.derive import giveaways
from quizapp.derive import person_options
from quizapp.derive import place_kind_options
from quizapp.derive import trivial_gaps
from quizapp.derive.extract import (
    MAX_PROMPT_WORDS,
    ROMAN,
    Event,
    Facts,
    HONORIFICS,
    Mention,
    Role,
    TOKEN,
    VERBS_IN_S,
    Sentence,
    fold,
)
from quizapp.derive.place_short_forms import LANDMARK_WORDS
from quizapp.derive.place_kinds import country_adjective, place_kind
from quizapp.derive.titled_names import described_name, given_named_person, named_after_thing_noun, named_as_person, surname_names_a_thing
from quizapp.languages import FAMOUS_MONONYM_ZIPF, Language, international_fame

# Words naming a natural feature, which people leave out of its name ("the Patapsco").
# A natural feature's word, before or after its own name ("Lake Mahkeenac", "Pacaya Volcano",
# «Laguna de Chasicó», «Cerro Aconquija»), folded: the name alone is how people call it.
FEATURE_WORDS = frozenset({
    "river", "lake", "loch", "lough", "lagoon", "creek", "brook", "mount", "mountain", "peak", "volcano", "glacier", "reservoir", "island", "bay", "cape",
    "valley", "gorge", "canyon",
    "rio", "lago", "laguna", "arroyo", "monte", "cerro", "pico", "volcan", "glaciar", "embalse", "isla", "cabo", "bahia", "sierra", "valle", "salar", "nevado",
})
# The small words between a feature's word and its name («Laguna de los Pozuelos», "Lake of Menteith").
FEATURE_LINKS = (("de", "los"), ("de", "las"), ("de", "la"), ("of", "the"), ("del",), ("de",), ("of",))
NAME_KINDS = ("person", "place", "organisation")
STRESSED_LAST = re.compile(r"[áéíóú][ns]?$", re.IGNORECASE)  # «está», «están»: a written accent on the last syllable
TYPED_KINDS = (*NAME_KINDS, "name")
DATE_KINDS = ("year", "date", "month")
# How much each kind of draft is worth before the checks: a question on a person or a date in a
# short sentence is the most useful; plain copies of a sentence the least.
BASE_SCORE = {
    "fill_in": 0.70, "single_choice": 0.80, "numeric": 0.75, "cloze": 0.72, "true_false": 0.68,
    "multiple_select": 0.74, "ordering": 0.92, "matching": 0.9, "card": 0.60,
}
KIND_BONUS = {"person": 0.10, "year": 0.06, "date": 0.06, "month": 0.04, "number": 0.05, "organisation": 0.03, "place": 0.02}
CHOICES = 4  # options of a single-choice item: the key and three of the same kind
CONTEXT_PROMPT_WORDS = 60  # a sentence quoted with the one before it, which it leans on
SPARES = 6  # further wrong options kept for a choice item, to even out what the set mentions and to
# draw other options when two items of the set would offer the same ones
MIN_DISTRACTORS = 2  # ... or two, when the document has only two plausible ones
WIDESPREAD = 3  # paragraphs naming a name that make it the story's setting, no typed answer
COUNTRY_WINDOW = 6  # words beside a place gap where a country's adjective says where it lies ("____, then German territory")
SWAP_SPARES = 2  # values beyond a statement's three swaps, in case headline values are among them
TF_FACTS = 3  # facts of one sentence a true/false statement may swap (the first is preferred)
YEAR_WINDOW, YEAR_WINDOW_TIGHT = 30, 15  # a date option (a swapped date) this many years from the key at most
# Each sentence prefers one type, in turn, so that a document's best drafts are of every type
# (a true/false item is never the best-scored copy of a sentence otherwise).
TYPE_TURNS = ("single_choice", "true_false", "fill_in", "numeric", "cloze", "true_false", "multiple_select")
TURN_BONUS = 0.15
# A detail word (see Builder.detail_word) is rarer than this in general text: "fen", "sedges",
# "jaula", not "water" or "year".
DETAIL_WORD_ZIPF_TERM = 3.0  # a detail word rarer than this: a technical term ("cloroplasto" 1.5), not "shores" 3.8
DETAIL_WORD_ZIPF_NOUN = 4.0  # the other word of its noun phrase, rare too ("luminosa", "roots")
# Words of a firm's trade that close its name after its own word ("Northgate Data Services",
# «Hidrocantábrica Servicios Energéticos»): people call the firm by its own word ("Northgate"; a
# review of an unseen text found it refused). Folded. Used only to shorten a name, not to type it.
SECTOR_WORDS = {
    "en": frozenset(["services", "systems", "solutions", "data", "energy", "technologies", "technology", "logistics", "engineering", "construction", "consulting", "partners", "associates", "networks", "communications"]),
    "es": frozenset(["servicios", "sistemas", "soluciones", "datos", "energia", "energeticos", "energeticas", "tecnologias", "logistica", "ingenieria", "construcciones", "consultores", "asociados", "redes", "comunicaciones"]),
}
DETAIL_WORD_HOLD = "held back: a gap on a lower-case word"
# Famous facts about famous people (a stock pairing: Darwin and the Beagle, Newton and the
# apple). A person is famous when their surname is written in general text of every language
# (international_fame, the lowest Zipf frequency over several languages) at least this often:
# Darwin 3.4, Newton 3.5, Einstein 3.6; not Espinosa 2.3 or Mendoza 2.9, surnames common in one
# language only, nor Agassiz 2.3. (Common English words that are surnames pass too, Smith 4.1:
# it holds back more than it must, never less, and only keys that are known words themselves.)
FAMOUS_PERSON_ZIPF = 3.3
# ... and a gap's key in a sentence naming such a person is a famous fact when it is itself a
# word general text of the document's language knows (Beagle 3.1, not familiar alone).
FAMOUS_FACT_ZIPF = 3.0
# A name the reader did not type as a person is one when its first word is a given name every
# language writes this often (Charles 4.4 at its lowest; Gannet, Port, San far below).
GIVEN_NAME_ZIPF = 3.5
# A word of a name-list this frequent in the language's general text is a word of the language
# too ("Santa", "Victoria", "Mar", "Monte"): the list says nothing of the name it opens.
LISTED_NAME_WORD_ZIPF = 4.0
# Between two people of a list, each with its part: at most four words, then "and"/«y».
LIST_BETWEEN = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,4},?\s+(?:and|y|e)\s+")
# Words opening a place's name before "de"/"do"/"da" in the languages whose places English and
# Spanish texts name ("Rio de Janeiro", "Villa de Leyva", "Porto do Son"): frequent in general
# text as they are, they are no given name, and the name is no person's with a particle.
PLACE_OPENERS = frozenset(("rio", "porto", "puerto", "villa", "vila", "villar", "monte", "costa", "castel", "castillo", "ciudad", "cidade", "fort", "port", "mont", "pont", "sao", "santo", "santa", "san", "saint"))
# A bare role card ("Luis Lacalle Pou: who was he?" -> "President") is general knowledge when
# the role is a high-frequency title (presidente 5.6, king, pope; not "ingeniero" 4.4) and the
# person's surname is one general text names (Lacalle 3.1).
HIGH_FREQUENCY_ROLE_ZIPF = 5.0
NAMED_PERSON_ZIPF = 3.0


# Verbs a figure is read with as its unit when it is the subject ("14 by 1.6 gives ...",
# «14 por 1,6 da unos 22», "the 12 is ..."): besides extract.VERBS_IN_S, the short ones.
UNIT_VERBS = {
    "en": frozenset(("is", "are", "was", "were", "be", "been", "has", "have", "had", "give", "gave", "make", "made", "yield", "yields", "equals")),
    "es": frozenset(("da", "dan", "dio", "es", "son", "era", "eran", "fue", "fueron", "hay", "ha", "han", "hace", "equivale", "supone", "resulta", "resultan", "queda", "quedan", "sale", "salen")),
}
SHORT_KEY = 4  # a typed key this short gets no typo tolerance: one edit is another word or symbol
ACRONYM = re.compile(r"[A-Z0-9ÁÉÍÓÚÑ]{2,}(?:[\s\-][A-Z0-9ÁÉÍÓÚÑ]{2,})*")
ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def option_number(m: Mention) -> float | None:
    """A date or figure as one number to order options by (None for a name, or a date
    without a year)."""
    if isinstance(m.value, tuple):
        return float(m.value[0] * 400 + m.value[1] * 32 + m.value[2]) if m.value[0] else None
    return float(m.value) if isinstance(m.value, float) and m.kind == "number" else None


def accented(name: str) -> bool:
    """Whether a name has a letter outside ASCII ("Aimé Le Médec", "Haakon Frøm")."""
    return any(ord(c) > 127 and c.isalpha() for c in name)


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral written in capitals ("XX" -> 20), None for anything else."""
    if not re.fullmatch(r"[IVXLC]+", text):
        return None
    values = [ROMAN_DIGITS[c] for c in text]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if total > 0 else None


# "X es un ____", "X is a ____ of": the gap names what the subject of the sentence is.
SUBJECT_KIND = re.compile(r"\b(?:is|was|are|were|es|era|fue|son|eran|fueron)\s+(?:a|an|un|una|unos|unas)\s+$", re.IGNORECASE)
# The words before a year that make it a decade ("la década de 1970", "the decade of 1840").
DECADE_BEFORE = re.compile(r"\b(?:d[ée]cadas?|decenios?|decades?)\s+(?:de|of)\s+(?:los\s+|las\s+|the\s+)?$", re.IGNORECASE)
# "FFP2", "N95", "A380": letters and digits, a product's or a standard's code.
PRODUCT_CODE = re.compile(r"[A-Z]{1,5}-?\d{1,4}[A-Z]?")
# "mascarillas de tipo ____", "a ____-class ship": a word of kind before the gap names a stock make.
KIND_WORDS = frozenset(("tipo", "type", "modelo", "model", "clase", "class", "marca", "brand", "norma", "standard", "grade", "grado"))
# "____ cement" (Zipf 3.9), "____ road": a common noun this frequent after a capitalised
# modifier makes a stock compound, not a detail of the text.
STOCK_NOUN_ZIPF = 3.5
# A clause's subject whose referent is in another sentence ("he died"): a card front cannot hold
# it (lower case, accents kept: "él" is not the article "el").
# Words that rank a thing among others ("the main fuel", "el material principal"): a card front
# holding one says among what, or it is no term.
# Examples the held-back reasons give, in the document's language.
REASON_EXAMPLES = {
    "en": {"bound": "more than", "crowd": "thousands of ..."},
    "es": {"bound": "más de", "crowd": "miles de ..."},
}
RANKING_WORDS = frozenset(fold(w) for w in (
    "main", "principal", "chief", "primary", "key", "central", "major", "leading", "sole",
    "principales", "mayor", "mayores", "fundamental", "fundamentales", "básico", "básica", "centrales",
))
# Small words opening a surname ("von Frisch", "van Goyen", "de Palacio", "da Vinci").
# A surname after a particle this frequent in general text ("Post" of Lennart von Post, 5.4) reads
# alone as the everyday word, and its particle stays ("von Post"); «Peña» (4.6), «Cuesta» (4.7)
# are still typed alone.
EVERYDAY_WORD_ZIPF = 5.0
# «fray», «sor» before a gap are a person's titles (extract.HONORIFICS), not a saint's «San» of a
# place's name: the gap holds the whole person's name (shortnames).
HONORIFICS_FOLDED = frozenset(fold(w) for w in HONORIFICS)
# A capitalised article after a surname's particle, part of the surname ("de La Roche", "de Los Ríos").
SURNAME_ARTICLES = frozenset(("La", "Le", "Las", "Los", "Les", "El", "Lo"))
# Nouns of a settlement or a district before "of"/«de» and its name ("the town of Aranda").
SETTLEMENT_NOUNS = ("town", "city", "village", "hamlet", "parish", "county", "port", "valley", "island", "river",
                    "pueblo", "villa", "ciudad", "aldea", "parroquia", "comarca", "provincia", "puerto", "valle", "isla", "río")
SURNAME_PARTICLES = frozenset(("von", "van", "de", "del", "da", "di", "du", "la", "le", "der", "den", "dos", "das", "ten", "ter"))
SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "él", "ella", "ellos", "ellas"))


@dataclass
class Candidate:
    """One draft before the checks (see quizapp.derive.checks)."""

    kind: str  # "question" or "card"
    item: dict[str, Any]  # without id: the key gives it
    paragraph: int
    answer_span: tuple[int, int] | None
    score: float
    signature: str  # what makes this draft itself: type, fact, wording
    fact: str  # the fact asked about: two drafts of one fact are alternatives
    key_texts: list[str] = field(default_factory=list)  # must occur in the cited paragraphs
    problems: list[str] = field(default_factory=list)  # known before the checks: held back, with why
    spares: list[str] = field(default_factory=list)  # other wrong options of the same kind, next nearest first


def first_card_per_paragraph(sentences: Sequence[Sentence], card: Callable[[Sentence], Candidate | None]) -> Iterator[Candidate]:
    """The first card ``card`` makes of each paragraph's sentences, in the text's order: the
    coverage cards (what a term does, what an apposition means) offer one a paragraph."""
    done: set[int] = set()
    for s in sentences:
        if s.paragraph in done:
            continue
        made = card(s)
        if made is not None:
            done.add(s.paragraph)
            yield made


# An apposition describing the person just named: ", un arquitecto nacido en ...", ", a teacher who ...".
APPOSITION = re.compile(r",\s+(?:un|una|a|an)\s+[^\W\d_]+", re.IGNORECASE)

# Nouns of a term named after someone or something ("the Mohs scale", «la ley de Boyle», "the
# Reynolds number"): the name in it is no place of the story, and the card asks a term.
CONCEPT_HEADS = context.folded_words("""scale law laws principle effect equation constant theorem rule paradox
    hypothesis number index ratio method process test cycle model theory reaction series distribution coefficient
    escala ley leyes principio efecto ecuación constante teorema regla paradoja hipótesis número índice razón método
    proceso prueba ciclo modelo teoría reacción serie distribución coeficiente""")


# A Spanish patronymic surname ("Gutiérrez", "Fernández", "Díaz", "Muñoz", "Ortiz"): general
# text writes the commonest so often (Zipf 4.2-4.6) that their frequency reads as a word's, yet
# none is a common noun; with a given name before it, a person's (integrator22: «Lucio
# Gutiérrez» accepted only whole, as «lucio», a pike, is a word too).
PATRONYMIC = re.compile(r"[A-ZÁÉÍÓÚ]\w+[aeiouáéíó]z")


def patronymic(word: str) -> bool:
    """Whether ``word`` is a listed Spanish or Portuguese surname of the patronymic shape."""
    return bool(PATRONYMIC.fullmatch(word)) and given_names.hispanic_surname(word)


class Builder:
    """Builds candidates from one document's facts; ``variant`` picks other distractors and
    other true/false choices, deterministically."""

    def __init__(
        self, facts: Facts, variant: int = 0, headline: Callable[[str], str | None] | None = None,
        milestones: Sequence[tuple[int, int, int]] = (),
    ):
        self.facts = facts
        # Dates the headings give ("The night of 28 December 1879"): the story's turning points.
        # A date option on the other side of one from the key is spotted without the text.
        self.milestones = tuple(m for m in milestones if m[0])
        # Why a value is a headline fact of the document (None for a detail): true/false and
        # multiple select ask about details only (see quizapp.derive.checks.Headlines).
        self.headline: Callable[[str], str | None] = headline or (lambda _text: None)
        self.lang: Language = facts.language
        self.variant = variant
        self.rng = random.Random(f"derive-{variant}")
        self.groups = facts.by_group()
        self.eras = blindness.person_eras(facts.sentences)  # when the document sets each person
        self.tf_count = variant  # alternates true and false statements
        self.openers = {fold(w) for w in self.lang.context_openers}
        self.demonstratives = {fold(w) for w in self.lang.demonstratives}
        self.pronouns = {fold(w) for w in self.lang.pronouns}
        # The sentences each name occurs in, to tell related places apart (see distractors).
        self.together: dict[str, set[int]] = {}
        for sentence in facts.sentences:
            for m in sentence.mentions:
                self.together.setdefault(m.identity, set()).add(sentence.index)
        self.roles = {fold(str(r.person.value)): r.role for r in facts.roles}
        # The language's roles and those the document writes before its people's names ("Councillor", «capitán»: brief kindchoice).
        self.role_words = {fold(w) for w in self.lang.roles} | person_options.document_roles(facts.sentences, self.lang)
        self.not_people = person_options.unlikely_people(facts.sentences, self.lang, self.roles)  # "Justicia", "Alto Perú"
        self.heads_of_state = person_options.heads_of_state(facts.sentences, self.lang)
        self.roles_beside = person_options.roles_beside(facts.sentences, self.role_words)  # "the chief engineer, ____" (blindq)
        self.generic_words = {fold(w) for w in self.lang.organisation_words | self.lang.place_words | self.lang.name_connectors}
        self.organisation_heads = {fold(w) for w in self.lang.organisation_words}
        self.noun_openers = {fold(w) for w in self.lang.determiners | self.lang.possessives}
        self.connector_words = {fold(w) for w in self.lang.name_connectors | self.lang.name_particles}
        # How the text writes each name: (identity, folded text), e.g. a surname written alone.
        self.written = {(m.identity, fold(m.text)) for sentence in facts.sentences for m in sentence.mentions}
        # Every word the document writes: an accepted form must be a word (see answers.real_form).
        self.document_words = typed_answers.document_words(facts.paragraphs.values())
        # Sentences whose "the club" («el club») may mean a name of the sentence before, not the
        # one they write before it: quoted only with that sentence (brief choices2).
        self.definite_elsewhere = {
            s.index: noun for before, s in itertools.pairwise(facts.sentences) if (noun := context.definite_elsewhere(s, before, self.lang))
        }
        # The whole text, for the name readers that search every paragraph (titled, particle_surname).
        self.document_text = "\n".join(facts.paragraphs.values())

    # ------------------------------------------------------------ helpers

    def blank(self, sentence: Sentence, *mentions: Mention) -> str:
        text = sentence.text
        for m in sorted(mentions, key=lambda m: m.start, reverse=True):
            a, b = m.start - sentence.start, m.end - sentence.start
            text = text[:a] + self.lang.prompt("blank") + text[b:]
        # "The trade collapsed within a few years of ____": which trade? The fuller mention an
        # earlier sentence gives, in brackets (brief context3).
        earlier = self.text_before(sentence)
        return context.with_referent(text, earlier, self.lang) or context.with_timeline(text, earlier, self.lang) or text

    def text_before(self, sentence: Sentence) -> str:
        """The document's content before ``sentence``: earlier paragraphs and its own paragraph's
        earlier sentences, where a referent it takes up is named."""
        paragraphs = self.facts.paragraphs
        earlier = [text for number, text in paragraphs.items() if number < sentence.paragraph]
        return "\n".join([*earlier, paragraphs.get(sentence.paragraph, "")[: sentence.start]])

    def surface(self, m: Mention, like: Mention | None = None) -> str:
        """How an option is written: a person's full name when the key is a full name."""
        if m.kind == "person" and like is not None:
            full = str(m.value)
            if len(like.text.split()) == 1 and not any(ROMAN.match(w) for w in full.split()):
                return full.split()[-1]  # "Snow" among "Koch", "Pacini"; a king keeps his number
            return full
        return m.text

    def double_surname(self, m: Mention) -> list[str] | None:
        """"Luis Lacalle Pou": a person of a language with two surnames, named by three words or
        more, none a small word, a number or a place or organisation word. Accepted: both
        surnames ("Lacalle Pou") and the first alone ("Lacalle", unless another person of the
        document shares it), never the second alone. None when the text itself writes the last
        word alone (then it is the one surname: "José María Aznar" ... "Aznar") or the name is
        not of this shape."""
        words = str(m.value).split()
        if not self.lang.double_surnames or len(words) < 3 or m.kind not in ("person", "name") or context.kind_head(words[0], self.lang):
            return None  # "Premio Medioambiental Goldman" is a prize, not a person
        if any(not w[:1].isupper() or ROMAN.match(w) or fold(w) in self.connector_words or fold(w) in self.generic_words for w in words):
            return None
        if (m.identity, fold(words[-1])) in self.written:
            return None
        if len(words) == 3 and given_names.given_name(words[1]) and not given_names.surname(words[1]):
            return [words[-1]]  # «José María Crespo»: a compound given name, one surname («María Crespo» is someone else)
        if given_names.middle_and_surname(words[-2:]):
            return [words[-1]]  # "John Findley Wallace": a middle name and one surname
        first = fold(words[-2])
        shared = any(
            x.identity != m.identity and first in {fold(w) for w in str(x.value).split()[1:]}
            for group in ("person", "name") for x in self.groups.get(group, [])
        )
        return [f"{words[-2]} {words[-1]}", *([] if shared else [words[-2]])]

    def surnames_joined_by_y(self, m: Mention) -> str | None:
        """"Antonio García y Bellido", "Santiago Ramón y Cajal": a Spanish person whose two
        surnames are joined by "y" is called by both ("García y Bellido"), never by the last
        word alone ("Bellido" is half a surname). None for any other name."""
        words = str(m.value).split()
        if self.lang.code != "es" or m.kind not in ("person", "name") or "y" not in words[2:-1]:
            return None
        joint = words.index("y", 2)
        return " ".join(words[joint - 1:])

    def accepted(self, m: Mention) -> list[str]:
        """What a typed gap on ``m`` accepts: the text and every variant of the one accept
        pipeline (accept_variants.mention_accepts: a person's surname, a name's short forms, a
        number's other writings, a term's other forms, never a bare common noun of a name)."""
        return accept_variants.mention_accepts(self, m)

    def term_forms(self, m: Mention) -> list[str]:
        """The other forms a learner may type for a term's gap: "kilometre": kilometer,
        kilometres; never a form no language has ("eclosionanes"), nor one the words around
        the gap refuse ("es un ____ urodelo": no "anfibios"; review 10)."""
        variants = self.real_variants(m.text)
        around = self.facts.paragraphs.get(m.paragraph, "")
        if typed_answers.number_fixed(around[: m.start], around[m.end:], self.lang):
            variants = typed_answers.same_number(m.text, variants)
        return variants

    def real_variants(self, word: str) -> list[str]:
        """The term's other forms (plural, spelling) that are words: the document's or general text's."""
        return typed_answers.real_forms(word, self.lang.term_variants(word), self.lang, self.document_words)

    def particle_surname(self, m: Mention) -> list[str] | None:
        """"Karl von Frisch", "Jan van Goyen", "Alberto de Palacio": a person's name whose
        surname opens with a particle (von, van, de, del, da, di, du, la, le) after a given
        name. Accepted: the surname with its particle ("von Frisch") and, unless another person
        of the document shares it, the last word alone ("Frisch"), which readers type; a common
        word of the language ("Palacio") only if the text itself writes it alone. None for any
        other name."""
        words = str(m.value).split()
        if m.kind not in ("person", "name") or len(words) < 3:
            return None
        at = next((i for i, w in enumerate(words[1:-1], 1) if fold(w) in SURNAME_PARTICLES and w[:1].islower()), None)
        if at is None or any(ROMAN.match(w) for w in words) or not all(w[:1].isupper() for w in words[:at]):
            return None
        # A capitalised article after the particle is the surname's ("Pierre de La Roche": "La
        # Roche", "de La Roche"; shortnames), a lower-case one not («Juan de la Peña»: «Peña»).
        article = at + 1 < len(words) - 1 and words[at + 1] in SURNAME_ARTICLES
        # A name the reader did not type as a person reads as one when its words but the
        # particle do, or when the document writes its surname with the particle alone ("De
        # Santis left ..." after "Matteo de Santis": named_like_person wants every word
        # capitalised, and the particle never is; kinds16a).
        unparticled = [w for i, w in enumerate(words) if not (w[:1].islower() and fold(w) in SURNAME_PARTICLES) and not (article and i == at + 1)]
        surname = " ".join(words[at:])
        written_alone = re.compile(rf"(?<!{re.escape(words[at - 1])} ){re.escape(surname)}(?!\w)", re.IGNORECASE)
        if m.kind == "name" and (
            fold(words[0]) in PLACE_OPENERS or accept_variants.written_alone(words[0], str(m.value), self.document_text, self.lang)
        ):
            return None  # "Rio de Janeiro" (no "de Janeiro"), or a place the text calls by its first word (names13)
        if m.kind == "name" and not (
            self.named_like_person(replace(m, value=" ".join(unparticled)))
            or (not self.lang.is_known_place(str(m.value)) and any(written_alone.search(t) for t in self.facts.paragraphs.values()))
            or described_name(str(m.value), self.document_text, self.lang)  # «del italiano Domenico de Angelis»
        ):
            return None
        particled = " ".join(words[at:])
        if self.particled_shared(m, particled):
            return []  # "Pierre de La Roche" and "Marie de La Roche": the surname names neither
        last = " ".join(words[at + 1:]) if article else words[-1]
        written = (m.identity, fold(last)) in self.written
        # A common word alone («Peña», «Cuesta») is still the surname of a name the text marks
        # as a person's (a person's kind, a title or role, a given name opening it: shortnames),
        # never a word the text calls a place ("the town of Aranda").
        common = self.lang.is_real_word(last.lower()) and not written and not (
            self.marked_person(m) and self.lang.familiarity(last.lower()) < EVERYDAY_WORD_ZIPF
        )
        alone = [] if self.surname_shared(m) or common or self.place_called(m, last) else [last]
        return [particled, *alone]

    def marked_person(self, m: Mention) -> bool:
        """Whether the text marks the name ``m`` as a person's: its kind, a title, a role, a
        profession or an order before it («el maestro Ramón de la Cuesta»), or a given name
        opening it («Juan de la Peña»)."""
        words = str(m.value).split()
        return m.kind == "person" or (bool(words) and self.given_name(words[0])) or described_name(str(m.value), self.document_text, self.lang)

    def particled_shared(self, m: Mention, particled: str) -> bool:
        """Whether another person (or name) of the document ends with the same surname and its
        particle ("Marie de La Roche" beside "Pierre de La Roche")."""
        ending = " " + fold(particled)
        return any(
            x.identity != m.identity and (" " + fold(str(x.value))).endswith(ending) and fold(str(x.value)) != fold(particled)
            for group in ("person", "name") for x in self.groups.get(group, [])
        )

    def place_called(self, m: Mention, word: str) -> bool:
        """Whether the document calls a place ``word`` outside ``m``'s name: a place or a body of
        the document so named, or ``word`` after a settlement's noun and "of"/«de» ("the town
        of Aranda", «la villa de Aranda») or after "in"/«en» ("born in Aranda")."""
        if self.names_other(m, word):
            return True
        rest = self.document_text.replace(str(m.value), " ").replace(m.text, " ")
        nouns = "|".join(SETTLEMENT_NOUNS)
        return bool(re.search(rf"(?<!\w)(?:(?i:{nouns})\s+(?:of|de|del)|[Ii]n|[Ee]n)\s+{re.escape(word)}(?![\w'’-])", rest))

    def named_like_person_word(self, word: str) -> bool:
        """Whether ``word`` is a surname the document gives a person too ("Snow" of John
        Snow): then a name's last word is a name, not a common noun."""
        return any(fold(str(x.value).split()[-1]) == fold(word) for x in self.groups.get("person", []))

    def short_forms(self, m: Mention) -> list[str]:
        """Other names of the document that open ``m``'s name, two words or more: the short
        form the text uses for it ("Casa de Expósitos" for "Casa de Expósitos de La Coruña")."""
        full = fold(m.text)
        forms = []
        for group in ("place", "organisation", "name"):
            for x in self.groups.get(group, []):
                words = x.text.split()
                short = fold(x.text)
                if len(words) >= 2 and full.startswith(short + " ") and fold(words[-1]) not in self.generic_words:
                    forms.append(x.text)
        return forms

    def firm_name(self, name: str) -> str | None:
        """"Brawner Builders", "Hale Brothers": two words whose last is a plural common noun
        (itself and its singular words of the language) name a firm, not a person; its own word
        is the first ("Brawner"), and the plural alone ("Builders") would accept any guess."""
        words = name.split()
        if len(words) != 2 or not words[1].endswith("s"):
            return None
        first, last = words
        plural = self.lang.is_real_word(last.lower()) and self.lang.is_real_word(last[:-1].lower())
        return first if plural and not self.lang.is_real_word(first.lower()) else None

    def without_company_word(self, m: Mention) -> list[str]:
        """A company's own name without the word for a company that opens or closes it
        ("Peñoles" for Industrias Peñoles, review 16; "Vosper" for Vosper Industries), as people
        call it; not where the rest is another name of the document (another organisation),
        nor a common word (the fragment rule of ``accepted`` drops it)."""
        words = m.text.split()
        if m.kind not in ("organisation", "name") or len(words) < 2:
            return []
        trailing = self.lang.company_words | SECTOR_WORDS.get(self.lang.code, frozenset())
        if fold(words[0]) in self.lang.company_words:
            rest = words[1:]
        elif fold(words[-1].rstrip(".")) in trailing:
            rest = list(words)
            while len(rest) > 1 and fold(rest[-1].rstrip(".")) in trailing:
                rest = rest[:-1]  # "Northgate Data Services": Northgate
            sector = any(fold(w.rstrip(".")) not in self.lang.company_words for w in words[len(rest):])
            if sector and len(rest) > 1 and any(self.lang.is_real_word(w.lower()) for w in rest[1:]):
                return []  # "Carrow Civil Engineering": "Carrow Civil" is no name
        else:
            return []
        short = " ".join(rest)
        if not rest or not all(w[:1].isupper() for w in rest) or len(short) < 3:
            return []
        if any(identity != m.identity and text == fold(short) for identity, text in self.written):
            return []
        return [short]

    def feature_name(self, m: Mention) -> str | None:
        """A natural feature's own name, without the word for the feature ("Pacaya" of the
        Pacaya Volcano, «Pozuelos» of la Laguna de los Pozuelos), or None: ``m`` names no
        feature, or the rest is no name, or holds a body's or a building's word ("Mount Sinai
        Hospital")."""
        words = m.text.split()
        if m.kind not in ("place", "name") or len(words) < 2:
            return None
        if fold(words[0]) in FEATURE_WORDS:
            rest = words[1:]
            link = next((n for n in FEATURE_LINKS if len(rest) > len(n) and tuple(fold(w) for w in rest[: len(n)]) == n), ())
            rest = rest[len(link):]
        elif fold(words[-1]) in FEATURE_WORDS:
            rest = words[:-1]
        else:
            return None
        others = {fold(w) for w in self.lang.organisation_words} | LANDMARK_WORDS
        if not rest or not all(w[:1].isupper() for w in rest) or any(fold(w) in others and fold(w) not in FEATURE_WORDS for w in rest):
            return None
        return " ".join(rest)

    def without_feature_word(self, m: Mention) -> list[str]:
        """A natural feature's own name without the word for the feature ("Patapsco" for the
        Patapsco River, "Pacaya" for the Pacaya Volcano, "Sil" for el río Sil, «Pozuelos» for la
        Laguna de los Pozuelos), which is how people name it; not where the document names
        another thing so ("the town of Tenkiller" beside Tenkiller Lake). A common word left
        alone ("Red" of the Red River) is dropped by the accept list's fragment rule."""
        bare = self.feature_name(m)
        return [] if bare is None or self.names_another_thing(m, bare) else [bare]

    def names_another_thing(self, m: Mention, form: str) -> bool:
        """Whether ``form``, a natural feature's own name (``feature_name``), is what the
        document calls another thing: a town, a village, a farm ("the town of Tenkiller" beside
        Tenkiller Lake, «la villa de Carpintero» beside la Laguna del Carpintero), written after
        a noun and "of"/«de» that is no feature's word; or a word of another name of the document
        ("Kinzua Viaduct" beside Kinzua Creek), which it would name as well."""
        bare = self.feature_name(m)
        if bare is None or fold(form) != fold(bare):
            return False
        folded, links = fold(bare), {w for link in FEATURE_LINKS for w in link} | {"the", "el", "la", "los", "las"}
        for identity, text in self.written:
            if identity != m.identity and text != folded and f" {folded} " in f" {text} " and not set(f" {text} ".replace(f" {folded} ", " ").split()) <= FEATURE_WORDS | links:
                return True  # "Kinzua Viaduct" beside Kinzua Creek: "Kinzua" names either
        rest = self.document_text.replace(m.text, " ")
        for found in re.finditer(rf"([^\W\d_]+)\s+(?:of|de|del)\s+(?:(?:the|la|el|los|las)\s+)?{re.escape(bare)}(?![\w-])", rest):
            noun = found.group(1)
            if noun[:1].islower() and fold(noun) not in FEATURE_WORDS:
                return True
        return False

    @staticmethod
    def regnal(m: Mention) -> str | None:
        """"Carlos IV" also written "Carlos 4": a king's number is typed either way (and, being
        one letter from another king's, is never forgiven as a typo: see ``typed``)."""
        words = m.text.split()
        numeral = next((i for i, w in enumerate(words) if ROMAN.match(w)), None)
        if numeral is None or numeral == 0 or m.kind not in ("person", "name"):
            return None
        value = roman_value(words[numeral])
        return " ".join([*words[:numeral], str(value)]) if value else None

    def regnal_forms(self, m: Mention) -> list[str]:
        """A king's name as commonly typed: "Manuel I" for "Manuel I de Portugal", and the
        number in digits ("Manuel 1", "Carlos 4")."""
        digits = self.regnal(m)
        if digits is None:
            return []
        words = m.text.split()
        numeral = next(i for i, w in enumerate(words) if ROMAN.match(w))
        short = " ".join(words[: numeral + 1])
        return [*([short] if short != m.text else []), digits]

    def surname_shared(self, m: Mention) -> bool:
        """Whether another person (or name) of the document ends with ``m``'s last word
        ("Immanuel Kant" and "Hermann Kant"): then the surname alone names neither."""
        last = fold(self.surname_word(m))
        return any(
            x.identity != m.identity and fold(self.surname_word(x)) == last and fold(str(x.value)) != last
            for group in ("person", "name") for x in self.groups.get(group, [])
        )

    def century(self, m: Mention) -> list[str]:
        """A century in Roman numerals ("siglo XX", "the XVIII century") also written as the
        Arabic number, the number word and the ordinal word ("20", "veinte", "vigésimo")."""
        paragraph = self.facts.paragraphs.get(m.paragraph, "")
        around = fold(paragraph[max(0, m.start - 12):m.start] + " " + paragraph[m.end:m.end + 10])
        number = roman_value(m.text)
        if number is None or not 1 <= number <= 21 or not re.search(r"\b(?:siglo|siglos|century|centuries)\b", around):
            return []
        words = self.lang.century_words.get(number, ())
        return [str(number), *words]

    def cuts_name(self, s: Sentence, m: Mention) -> bool:
        """A gap that stops at a small word inside a longer name ("secretario de ____ e Melo",
        "____ da Gama"): the name reader did not join on it, and the gap would cut the name."""
        particles = "|".join(sorted(re.escape(w) for w in self.lang.name_particles))
        if not particles or context.trimmed_edge(s.text, m.start - s.start, m.end - s.start, self.lang):
            return False
        after = s.text[m.end - s.start:]
        before = s.text[: m.start - s.start]
        if re.match(rf"\s+(?:{particles})\s+[A-ZÁÉÍÓÚÑ]", after) or re.search(rf"[A-ZÁÉÍÓÚÑ][\w'’-]*\s+(?:{particles})\s+$", before):
            return True
        if m.kind == "person":
            return False  # "Thomas Arden of the Border Union Railway": a person's name ends before "of"
        connectors = "|".join(sorted(re.escape(w) for w in self.lang.name_connectors))
        dets = "|".join(sorted(re.escape(w) for w in self.lang.determiners))
        # "____ de la Salud", "the ____ of the Crown": the name goes on after the gap, and its
        # known rest settles it; "Organización Mundial de la ____", "puerto de La ____" the same
        # from the other side (a capitalised article inside a sentence opens a name).
        words_before = before.split()
        return bool(
            re.match(rf"\s+(?:{connectors})\s+(?:(?:{dets})\s+)?[A-ZÁÉÍÓÚÑ]", after)
            or re.search(rf"\s[A-ZÁÉÍÓÚÑ][\w'’-]*\s+(?:{connectors})\s+(?:(?:{dets})\s+)?$", before)
            or (len(words_before) >= 2 and words_before[-1][:1].isupper() and fold(words_before[-1]) in self.lang.determiners)
            or (bool(words_before) and fold(words_before[-1]) in self.lang.name_prefixes and fold(words_before[-1]) not in HONORIFICS_FOLDED)
        )

    def trivial_role(self, r: Role) -> list[str]:
        """Why a "who was this?" card on ``r`` is held back: a role noun another person of the
        document shares ("engineer" for two engineers) singles nobody out, and a bare role of
        the document's central figure (a headline name) is guessed from the story."""
        noun = self.role_noun(r.person)
        sharing = [o.person.text for o in self.facts.roles if o.person.identity != r.person.identity and noun and self.role_noun(o.person) == noun]
        if sharing:
            return [f"held back: the role {r.role!r} also fits {sharing[0]}, so it does not single {r.person.text} out"]
        bare = all(fold(w) in self.role_words or len(w) <= 3 for w in r.role.split()[-1:]) and len(r.role.split()) <= 2
        if bare and (why := self.headline(r.person.text)):
            return [f"held back: {r.person.text} is the document's central figure ({why}) and a bare role like {r.role!r} is guessed from the story"]
        name = str(r.person.value).split()
        if bare and len(name) == 1 and self.lang.familiarity(name[0]) >= FAMOUS_MONONYM_ZIPF:
            return [f"held back: {r.person.text} is a figure known by one name, which general text names too (a famous one): a bare role like {r.role!r} is general knowledge"]
        title = r.role.split()[-1]
        if bare and len(name) > 1 and self.lang.familiarity(title) >= HIGH_FREQUENCY_ROLE_ZIPF and self.surname_fame(r.person) >= NAMED_PERSON_ZIPF:
            return [f"held back: {r.role!r} is a high-frequency title and {r.person.text} a name general text mentions (a famous person): the bare role is general knowledge"]
        if len(r.role.split()) == 1:
            # "Penelope Boston: ¿quién era?" -> "Investigadora" (review 16): one role noun says
            # nothing the text says of this person, and the kind of text suggests it.
            return [f"held back: the back {r.role!r} is a bare role noun: it says nothing specific of {r.person.text}, and the kind of text suggests it"]
        return []

    def surname_fame(self, person: Mention) -> float:
        """How often general text names the person: the most frequent word of the name past the
        first name ("Lacalle" of "Luis Lacalle Pou"), a small word ("de") left out."""
        words = [w for w in str(person.value).split()[1:] if fold(w) not in self.connector_words and len(w) > 2]
        return max((self.lang.familiarity(w) for w in words), default=0.0)

    def famous_fact(self, s: Sentence, m: Mention) -> str | None:
        """Why a gap on ``m`` is a famous fact about a famous person the sentence names ("Darwin
        ... the voyage of the ____": Beagle), or None: see FAMOUS_PERSON_ZIPF."""
        if m.kind in (*DATE_KINDS, "number"):
            return None
        for other in s.mentions:
            if other.identity == m.identity or other.kind in (*DATE_KINDS, "number"):
                continue
            # Either way round: "Darwin ... the ____" (Beagle) and "____ ... the Beagle" (Darwin).
            # The fact is one word, no person's name (a multi-word name's frequency is its
            # commonest word's, "Army Corps of Engineers"; two people are no stock pairing).
            for person, fact in ((other, m), (m, other)):
                single = len(fact.text.split()) == 1 and fact.text.isalpha() and fact.kind not in (*DATE_KINDS, "number", "person")
                if single and self.is_famous_person(person) and not self.is_famous_person(fact) and self.lang.familiarity(fact.text) >= FAMOUS_FACT_ZIPF:
                    return (
                        f"held back: the sentence pairs {person.text}, a famous person (word frequency {international_fame(str(person.value).split()[-1], self.lang.code):.1f} in every language), with "
                        f"{fact.text!r}, itself a known word ({self.lang.familiarity(fact.text):.1f}): a famous fact a reader recalls without the text"
                    )
        return None

    def is_famous_person(self, m: Mention) -> bool:
        """A person (or a name of two or three capitalised words opening with a given name
        general text of every language knows, "Charles Darwin", not "Gannet Head" or "San
        Antonio") whose surname is famous: see FAMOUS_PERSON_ZIPF."""
        full = str(m.value).split()
        if not (m.kind == "person" or self.named_like_person(m)) or len(full) < 2 or not all(w.isalpha() for w in full) or any(ROMAN.match(w) for w in full):
            return False
        return international_fame(full[-1], self.lang.code) >= FAMOUS_PERSON_ZIPF

    def titled(self, m: Mention) -> bool:
        """A name the text writes after a person's title or role ("el profesor João Guerreiro",
        review 17), or with a verb only people do ("Rudolf Virchow argued", kinds12): a
        person's, even if its given name is rare in general text."""
        if m.kind != "name":
            return False
        cache: dict[str, bool] = self.__dict__.setdefault("_titled", {})
        name = str(m.value)
        if name not in cache:
            cache[name] = named_as_person(name, self.document_text, self.lang)
        return cache[name]

    def given_named_person(self, m: Mention) -> bool:
        """A name of no known kind that opens with a listed given name and that the document
        makes a person's, whatever its surname's word ("Jackie King" ... "King said", «según
        Carolina Ruiz», «la bióloga Marta Bravo»: titled_names.given_named_person); not a
        known place, nor a thing named after a person ("the corvette María Pita")."""
        full = str(m.value).split()
        if m.kind != "name" or not full or fold(full[0]) in self.noun_openers | self.lang.name_prefixes or {fold(w) for w in full} & self.generic_words:
            return False
        if any(w in self.lang.place_words | self.lang.organisation_words | self.lang.company_words for w in full):
            return False  # "Royal Navy said": a body, whatever given name its first word also is
        cache: dict[str, bool] = self.__dict__.setdefault("_given_named", {})
        name = str(m.value)
        if name not in cache:
            cache[name] = (
                not self.lang.is_known_place(name) and given_named_person(name, self.document_text, self.lang)
                and not named_after_thing_noun(name, self.document_text, self.lang)
            )
        return cache[name]

    def person_surname_alone(self, m: Mention, form: str) -> bool:
        """Whether ``form``, a surname of a ``given_named_person`` name («Rey» of «Lucía Rey»,
        «Leal» of «Ramón Leal Soto»), is an answer for the person although it is a common word:
        not where it would name someone or something else in the document (another person of
        that surname, a place or a body, a thing the document writes with the word: "the fox",
        «el rey», "King Street")."""
        words = str(m.value).split()
        if form not in words[1:] or not self.given_named_person(m):
            return False
        if self.names_other(m, form) or self.place_called(m, form):
            return False
        shared = any(  # another person or name holding the word (surname_shared, and the first of two surnames)
            x.identity != m.identity and fold(form) in {fold(w) for w in str(x.value).split()}
            and not fold(str(x.value)).endswith(fold(" ".join(words[1:])))  # «Leal Soto», the person by the surnames
            for group in ("person", "name") for x in self.groups.get(group, [])
        )
        return not shared and not surname_names_a_thing(form, str(m.value), self.document_text, self.lang)

    def named_like_person(self, m: Mention) -> bool:
        """A name the reader did not type as a person that reads as one: two or three
        capitalised words opening with a given name every language writes ("Rosa Mendiola",
        "Charles Darwin"; not "Gannet Head", "San Antonio", "Puerto Nieblas")."""
        full = str(m.value).split()
        return (
            m.kind == "name" and 2 <= len(full) <= 3 and all(w[:1].isupper() and w.isalpha() for w in full)
            and international_fame(full[0]) >= GIVEN_NAME_ZIPF
            and fold(full[0]) not in self.noun_openers and fold(full[0]) not in self.lang.name_prefixes
            and not {fold(w) for w in full} & self.generic_words
        )

    def listed_name(self, m: Mention) -> bool:
        """A two-word name of no known kind whose words the name lists of many countries give
        (given_names.py): a rare given name first ("Ngozi Fairbairn", "Tarik Pellow"), a
        surname last ("Evo Quispe"), or a Chinese surname and its given name ("Hou Debang");
        neither word a frequent word of the language ("Santa", "Mar"), a place word, an
        article or a saint's prefix ("San"), nor the name a known place."""
        words = str(m.value).split()
        if m.kind != "name" or len(words) != 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words):
            return False
        folded = [fold(w) for w in words]
        if folded[0] in self.noun_openers or folded[0] in self.lang.name_prefixes or set(folded) & self.generic_words:
            return False
        if self.lang.is_known_place(str(m.value)) or any(self.lang.familiarity(w.lower()) >= LISTED_NAME_WORD_ZIPF and not patronymic(w) for w in words):
            return False
        if not (given_names.given_name(words[0]) or given_names.surname(words[1]) or given_names.chinese_order(words)):
            return False
        cache: dict[str, bool] = self.__dict__.setdefault("_thing_named", {})
        if str(m.value) not in cache:  # "the corvette María Pita"
            cache[str(m.value)] = named_after_thing_noun(str(m.value), self.document_text, self.lang)
        return not cache[str(m.value)]

    def listed_with_person(self, m: Mention) -> bool:
        """A two-word name of no known kind listed with a person's name in one sentence, each
        with its part ("Kwame Ashdown played the cornet and ____ the tuba", «Tupac Condori en el
        bombo y ____ en el oboe»): a few words and "and"/«y» between them, no other name (a place
        between, "moved to Leeds in 1954 and", is another list). The other reads as a person by
        its own signs (a person's kind, a known or listed given name, a title or a verb)."""
        if not self.plain_two_word_name(m):
            return False  # "Kwame Ashdown and Santa Elena", "... and Tarle Valley"
        given_first = given_names.given_name(str(m.value).split()[0])
        for i in self.together.get(m.identity, set()):
            s = self.facts.sentences[i]
            names = [x for x in s.mentions if x.kind in ("person", "name", "place", "organisation")]
            for x in names:
                if x.identity == m.identity:
                    continue
                # Two names each opening with a given name, listed with their parts, are two
                # people even when their surnames are words («Jaime Torres en el charango y
                # Domingo Cura en la percusión»: «torres», «cura»), so neither reads as a
                # person's alone (integrator, after the end review).
                pair = given_first and self.given_name_opens(x)
                if not (pair or x.kind == "person" or self.named_like_person(x) or self.titled(x) or self.listed_name(x)):
                    continue
                first, second = (x, m) if x.end <= m.start else (m, x)
                between = s.text[first.end - s.start:second.start - s.start]
                others = [y for y in names if first.end <= y.start and y.end <= second.start]
                if not others and LIST_BETWEEN.fullmatch(between):
                    return True
        return False

    def plain_two_word_name(self, m: Mention) -> bool:
        """A two-word capitalised name of no known kind that may be a person's: no article or
        saint's prefix opening it, no place word in it, no known place."""
        words = str(m.value).split()
        if m.kind != "name" or len(words) != 2 or not all(w[:1].isupper() for w in words):
            return False
        if fold(words[0]) in self.noun_openers | self.lang.name_prefixes or {fold(w) for w in words} & self.generic_words:
            return False
        return not self.lang.is_known_place(str(m.value))

    def given_name_opens(self, m: Mention) -> bool:
        """Such a name whose first word is a listed given name ("Jaime Torres")."""
        return self.plain_two_word_name(m) and given_names.given_name(str(m.value).split()[0])

    def given_name(self, word: str) -> bool:
        """Whether ``word`` is a given name: one general text of every language writes
        ("Edith"), or one of the name lists ("Maude", "Greta")."""
        return international_fame(word) >= GIVEN_NAME_ZIPF or given_names.given_name(word)

    def surname_word(self, m: Mention) -> str:
        """The word of a person's name that is its surname: the last, or the first of a name in
        Chinese order ("Hou" of "Hou Debang")."""
        words = str(m.value).split()
        return words[0] if given_names.chinese_order(words) else words[-1]

    def names_other(self, m: Mention, word: str) -> bool:
        """Whether the document writes ``word`` alone as a place's or an organisation's name
        ("Elena" for a town beside Marta Elena): then it is no answer for ``m``. (A one-word
        name of no known kind may be the person: "the Hou method" after "Hou Debang".)"""
        return any(x.identity != m.identity and fold(x.text) == fold(word) for group in ("place", "organisation") for x in self.groups.get(group, []))

    def era(self, m: Mention) -> float | None:
        """The middle year of the dates written in the sentences naming ``m`` (None if none)."""
        years = sorted(
            x.value[0] for i in self.together.get(m.identity, set()) for x in self.facts.sentences[i].mentions
            if x.kind in DATE_KINDS and isinstance(x.value, tuple) and x.value[0]
        )
        return float(years[len(years) // 2]) if years else None

    def role_noun(self, m: Mention) -> str | None:
        """The role noun the text gives a person ("engineer" for "the chief engineer")."""
        role = self.roles.get(fold(str(m.value)))
        if role is None:
            # A role the document writes beside the name, or gives the list it stands in ("The two
            # councillors ..., Graham Boyd and Fiona Mackay"): one role word only, else none is sure.
            beside = self.roles_beside.get(m.identity, frozenset()) - person_options.RANK_WORDS
            singular = {w for w in beside if not any(w == f"{o}s" or w == f"{o}es" for o in beside)}
            return next(iter(singular)) if len(singular) == 1 else None
        nouns = [w for w in re.findall(r"[^\W\d_]+", fold(role)) if w in self.role_words]
        return nouns[-1] if nouns else None

    def plausible(self, key: Mention, other: Mention, tight: bool = False) -> bool:
        """Whether ``other`` could pass for ``key`` to a reader who has not read the text: a
        date within a few decades of it, a figure within ``blindness.FIGURE_BAND`` of it that
        measures what the key measures. (Three kilometres among thousands, 700 metres of towpath
        for a 180-metre landing stage, 36 passengers for "5 or ____", or 2021 for an event of
        the 1990s, is spotted without the text.) ``tight`` is for a true/false swap, whose one
        value must pass on its own: a date within fifteen years, a figure of the same band and,
        the text's being approximate, far enough from it to be false."""
        if key.kind in DATE_KINDS and isinstance(key.value, tuple) and isinstance(other.value, tuple):
            if not key.value[0] or not other.value[0]:
                return True  # "24 May" without a year
            if any(self.across(key.value, other.value, m) for m in self.milestones):
                return False  # "the first train crossed in ____", with the collapse a heading dates in between
            return abs(key.value[0] - other.value[0]) <= (YEAR_WINDOW_TIGHT if tight else YEAR_WINDOW)
        if key.kind == "number" and isinstance(key.value, float) and isinstance(other.value, float):
            roles = self.figure_role(key), self.figure_role(other)
            if roles[0] and roles[1] and roles[0] != roles[1]:
                return False  # "a yearly return of ____" among the share of a parish and a rise in price; a height among lengths (wordgaps)
            if not tight and roles[0] != roles[1]:
                # Options are read side by side: "____ high" offers heights only, not lengths whose
                # words say no dimension (the same unit is not the same quantity; figurekinds), and
                # a length whose words say none takes no height either (figchoice). A true/false
                # swap is read alone, and needs only to pass for the key.
                return False
            if (key.value < 0) != (other.value < 0):
                return False  # "-20 °C" among 150 and 200 °C: the sign sets the key apart (brief fragments, kind 4)
            low, high = sorted((abs(key.value), abs(other.value)))
            if low == 0:
                return False
            ratio = high / low
            if tight:
                return (1.25 if key.approximate or other.approximate else 1.0) < ratio <= blindness.FIGURE_BAND
            return ratio <= blindness.FIGURE_BAND
        if key.kind == "person":
            # People of one time: an emperor of the 1530s among presidents of the 1970s is
            # spotted without the text. A swapped person must also share the key's role (an
            # engineer for an engineer), or the statement is one the text does not make.
            eras = self.era(key), self.era(other)
            if eras[0] is not None and eras[1] is not None and abs(eras[0] - eras[1]) > (YEAR_WINDOW_TIGHT if tight else YEAR_WINDOW):
                return False
            if tight:
                return choice_rules.roles_fit(self.role_noun(key), self.role_noun(other))
        return True

    def figure_role(self, m: Mention) -> str | None:
        """The role of a figure in its sentence (``choices.figure_role``): a percentage's share,
        change or rate, a length's dimension; None where the words do not say."""
        sentence = self.facts.sentences[m.sentence]
        start, end = m.start - sentence.start, m.end - sentence.start
        return choice_rules.figure_role(sentence.text[:start], m.text, sentence.text[end:], self.lang.code)

    @staticmethod
    def across(a: tuple[int, int, int], b: tuple[int, int, int], milestone: tuple[int, int, int]) -> bool:
        """Whether the dates ``a`` and ``b`` lie on two sides of ``milestone``, compared as
        precisely as it is written (a year alone: any date of that year is on neither side)."""
        size = 1 if not milestone[1] else 2 if not milestone[2] else 3
        cut, x, y = milestone[:size], a[:size], b[:size]
        if x == cut or y == cut or (size > 1 and (not a[1] or not b[1])):
            return False  # the milestone's own date, or a year beside a full date: no sure side
        return (x < cut) != (y < cut)

    def bounded(self, s: Sentence, m: Mention) -> bool:
        """"more than 1,000 proposals", "hasta 10 metros", "by 2020": the figure or date is a
        bound, so a smaller (or later) option would be true as well; no choice item or swap is
        made of it."""
        if m.kind == "number":  # also after a bound verb ("superaban los 40 grados", kinds8)
            return giveaways.after_bound(s.text[: m.start - s.start], self.lang)
        words = self.lang.date_comparators if m.kind in DATE_KINDS else ()
        before = fold(s.text[: m.start - s.start]).rstrip()
        before = re.sub(r"\s+(?:the|el|la|el ano|the year)$", "", before)  # "by the year 2020"
        return any(re.search(rf"(?:^|\W){re.escape(fold(c))}$", before) for c in words)

    def distractors(self, key: Mention, sentence: Sentence, count: int, tight: bool = False) -> list[Mention]:
        """Up to ``count`` other facts of the key's kind, nearest first, none of them in the
        sentence (so each is wrong there), each plausible in the key's place (``plausible``)."""
        in_sentence = fold(sentence.text)
        pool = [
            m for m in self.groups.get(key.group, [])
            if m.identity != key.identity and fold(m.text) not in in_sentence and fold(str(m.value)) not in in_sentence
            and self.plausible(key, m, tight)
        ]
        # "Erie Railroad" beside "Lake Erie and Western Railroad" may be the same thing under
        # another name: a name sharing a word of its own with the key is no sure wrong option.
        own = {fold(w) for w in str(key.value).split() if w[:1].isupper() and fold(w) not in self.generic_words}
        if key.kind in NAME_KINDS or key.kind == "name":
            pool = [m for m in pool if not own & {fold(w) for w in str(m.value).split()}]
        if key.kind == "place":
            # The story's setting ("España" for a town in Spain, named in several paragraphs
            # or the opening one) may hold the key: no sure wrong option.
            pool = [m for m in pool if not self.headline(m.text)]
            # Options of one kind of place: the one city among countries (Aleppo among Iraq and
            # Morocco) is the key to a reader who knows the map (review 13).
            kind = place_kind(key.text, self.lang.code)
            pool = [m for m in pool if place_kind(m.text, self.lang.code) == kind]
            # Nor a name that says its own kind of place among names that say another or none:
            # "Kinzua Bridge State Park" among the towns for "the mines around ____" (brief choices).
            named = place_kind_options.named_kind(key.text, self.lang.code)
            pool = [m for m in pool if place_kind_options.named_kind(m.text, self.lang.code) == named]
        if key.kind in ("place", "name"):
            # Options of the document's own scale: no world city among local towns (variants).
            pool = [m for m in pool if m.kind not in ("place", "name") or place_kind_options.of_local_scale(key.text, m.text, self.lang)]
        if key.kind in ("place", "organisation"):
            # Places named in one sentence with the key are often part of it or stand for it
            # ("Battersea" in London, "Beijing" for China): right, not wrong, options.
            near = self.together.get(key.identity, set())
            pool = [m for m in pool if not self.together.get(m.identity, set()) & near]
        if key.kind == "person":
            surname = fold(str(key.value).split()[-1])
            titled = str(key.value).split()[0] in self.lang.titles
            # A queen among anatomists stands out: titled people go with titled people.
            pool = [m for m in pool if fold(str(m.value).split()[-1]) != surname and (str(m.value).split()[0] in self.lang.titles) == titled]
            # Nor a person the document sets decades away from the sentence's year (blind readers).
            dated = blindness.years_of(sentence.mentions)
            pool = [m for m in pool if not blindness.out_of_era(self.eras.get(m.identity, set()), dated)]
            # Nor a place or thing read as a name, nor the head of state the sentence names by title
            # (reviews 14, 15).
            pool = [m for m in pool if m.identity not in self.not_people] if key.identity not in self.not_people else []
            if key.identity not in self.heads_of_state:
                # Nor a head of state in place of someone who is none (a president among the
                # canal's engineers): a reader knows what presidents did and rules them out
                # (blind readers: Roosevelt and Carter for "who also rebuilt the railway").
                pool = [m for m in pool if m.identity not in self.heads_of_state]
            # The role written beside the gap ("The first chief engineer, ____") only people the
            # document gives that role fill (blind readers ruled out Lesseps and Roosevelt).
            role = self.role_shown(sentence, key, tight)
            if role:
                pool = [m for m in pool if role & (self.roles_beside.get(m.identity, frozenset()) | {self.role_noun(m) or ""})]

        if key.kind == "year" and DECADE_BEFORE.search(sentence.text[: key.start - sentence.start]):
            # "desde la década de ____": a year that is no decade (1996 beside 1970) is ruled
            # out by its form (review 11).
            pool = [m for m in pool if m.kind == "year" and m.text.endswith("0")]

        # Options of one look: an acronym ("TNT") among bodies with names, or the one foreign
        # name among the language's own, is ruled in or out without the text.
        if key.kind in ("organisation", "name", "place"):
            pool = [m for m in pool if bool(ACRONYM.fullmatch(m.text)) == bool(ACRONYM.fullmatch(key.text))]
        if key.kind in ("person", "name") and self.lang.plain_names:
            pool = [m for m in pool if accented(str(m.value)) == accented(str(key.value))]

        def distance(m: Mention) -> float:
            if key.kind in DATE_KINDS and isinstance(m.value, tuple) and isinstance(key.value, tuple):
                return abs((m.value[0] * 372 + m.value[1] * 31 + m.value[2]) - (key.value[0] * 372 + key.value[1] * 31 + key.value[2]))
            if key.kind == "number" and isinstance(m.value, float) and isinstance(key.value, float) and m.value and key.value:
                # Nearest in log-magnitude: 92 and 190 metres are as near 130 as each other, so
                # the values below the key are not always the nearest (figchoice).
                return abs(math.log(abs(m.value) / abs(key.value)))
            return abs(len(self.surface(m, key)) - len(key.text))

        pool.sort(key=lambda m: (distance(m), m.text))
        seen: set[str] = set()
        unique = []
        for m in pool:
            text = fold(self.surface(m, key))
            if text not in seen and text != fold(key.text):
                seen.add(text)
                unique.append(m)
        unique = self.fair_options(key, sentence, unique, min(count, CHOICES - 1), tight)
        if self.variant and len(unique) > count:
            head = unique[: count + 2]
            self.rng.shuffle(head)
            unique = head
        return unique[:count]

    def fair_options(self, key: Mention, sentence: Sentence, pool: list[Mention], shown: int, tight: bool) -> list[Mention]:
        """The wrong options (nearest first) a reader cannot tell from the key by form: none
        the words before the gap rule out ("an ____", "la ____"), the ones of the key's
        familiarity band first, no name far more famous than the key and one near it in fame
        when the key is famous (``blindness.fame_fair``), and figures and dates at a varying rank around the key (see
        quizapp.derive.choices). A true/false swap (``tight``) keeps the nearest value."""
        before = sentence.text[: max(0, key.start - sentence.start)]
        pool = [
            m for m in pool
            if choice_rules.agrees(before, key.text, self.surface(m, key), self.lang.code) and choice_rules.same_form(key.text, self.surface(m, key), self.noun_openers)
            and choice_rules.same_shape(key.text, self.surface(m, key), key.kind == "person")
            # "____ ... doubted Snow's explanation": John Snow is no option (the sentence names him).
            and not (m.kind == "person" and fold(str(m.value).split()[-1]) in {fold(w) for w in re.findall(r"[^\W\d_]+", sentence.text)})
        ]
        # An end of a range keeps the range whole: "from around 80 percent to ____" falling takes
        # no 80 or 90, "between 8 and ____ hours" no 6 (gapfixes; trivial_gaps.broken_range).
        after = sentence.text[max(0, key.end - sentence.start):]
        if trivial_gaps.broken_range(before + key.text + after, self.lang) is None:
            pool = [m for m in pool if trivial_gaps.broken_range(before + self.surface(m, key) + after, self.lang) is None]
        if key.kind == "person" and (sex := person_options.gender_cue(before + "____" + after, self.lang)) is not None:
            # «La presidenta de la cámara, ____», "____ resigned her seat": people of the sex the
            # words give the gap only; with too few, no choice is drafted (the typed item asks it).
            pool = [m for m in pool if given_names.name_gender(str(m.value), self.lang.code) in (None, sex[0])]
        if key.kind in (*NAME_KINDS, "name"):
            banded = choice_rules.familiarity_band(key.text, pool, lambda m: self.surface(m, key), self.lang.familiarity)
            alike = choice_rules.same_head_first(key.text, banded, lambda m: self.surface(m, key), self.generic_words, MIN_DISTRACTORS)
            if key.kind != "person":
                # A known name's wrong options as well known, where the document has them (brief kindchoice).
                dets = {fold(w) for w in self.lang.determiners}
                return choice_rules.comparable_fame_first(key.text, alike, lambda m: self.surface(m, key), self.lang.familiarity,
                                                          lambda w: fold(w) in self.generic_words or fold(w) in dets)
            # No famous person among a story's locals, as the key or beside it (blind readers pick them, or rule them out).
            return blindness.fame_fair(key.text, alike, lambda m: self.surface(m, key), shown, tight, self.lang.code)
        value = option_number(key)
        if value is not None and not tight and (form := blindness.figure_form(key.text, self.lang.code)) is not None:
            # Options written as the key is (its unit, sign and decimals: no "12 hours" among
            # "12.42 hours" and "25.82 hours"), where the document has enough (blindness.odd_form).
            alike = [m for m in pool if blindness.figure_form(self.surface(m, key), self.lang.code) == form]
            if len(alike) >= min(shown, MIN_DISTRACTORS):
                pool = alike
        if key.kind in DATE_KINDS and isinstance(key.value, tuple) and key.value[0]:
            # No year the sentence's words rule out ("in 1951 ..., and in ____", "after the flood of 1957").
            bounds = blindness.narrative_bounds(before + "____" + sentence.text[max(0, key.end - sentence.start):], self.lang.code)
            pool = [m for m in pool if not (isinstance(m.value, tuple) and m.value[0] and blindness.out_of_order(key.value[0], m.value[0], bounds))]
        if tight or value is None or any(option_number(m) is None for m in pool):
            return self.straddle(key, pool, shown)
        ranked = choice_rules.spread_rank(value, pool, lambda m: option_number(m) or 0.0, shown, choice_rules.pick_seed(key.identity, sentence.index, self.variant))
        # Neither the sentence's "last"/"already" nor a key apart from the rest may settle it.
        gapped = sentence.text[: max(0, key.start - sentence.start)] + "____"
        cue = blindness.time_cue(gapped, self.lang.code)
        return blindness.fair_figures(value, ranked, lambda m: option_number(m) or 0.0, shown, cue, key.kind in DATE_KINDS)

    @staticmethod
    def straddle(key: Mention, pool: list[Mention], shown: int) -> list[Mention]:
        """Date options on both sides of the key when the document has both: with every
        option earlier (later) than the key, "pick the latest (earliest) date" wins without the
        text (the homecoming among the voyage's earlier stops). The nearest date of the missing
        side takes the last of the ``shown`` places."""
        if key.kind not in DATE_KINDS or not isinstance(key.value, tuple) or shown < 2 or len(pool) <= 1:
            return pool
        value = key.value

        def side(m: Mention) -> int:
            return -1 if isinstance(m.value, tuple) and m.value < value else 1

        head = pool[:shown]
        if len({side(m) for m in head}) > 1:
            return pool
        other = next((m for m in pool[shown:] if side(m) != side(head[0])), None)
        if other is None:
            return pool
        return [*head[:-1], other, head[-1], *[m for m in pool[shown:] if m is not other]]

    def usable(self, sentence: Sentence, *, taken_up: bool = False) -> bool:
        """A sentence a question can quote: not too long, and not leaning on the one before
        (with ``taken_up``, a sentence opening with an abstract noun that takes up the one
        before, "La solución la propuso ...", passes: see ``about_apposed_person``)."""
        first = sentence.text.split()[0].strip(",") if sentence.text.split() else ""
        words = [fold(w.strip(",;:")) for w in sentence.text.split()]
        if self.list_fragment(sentence):
            return False
        return (
            5 <= sentence.words <= MAX_PROMPT_WORDS
            and fold(first) not in self.openers
            and not (len(words) > 1 and words[0] in self.lang.determiners and words[1] in self.openers)  # "The former"
            # "this confirmation" leans on an earlier sentence; "al este de Osorno" (east) does not.
            and (
                # «está», «están» fold to «esta», «estan»: a verb stressed on its last syllable, no demonstrative.
                not {w for i, w in enumerate(words[1:]) if words[i] not in self.lang.determiners and words[i] not in ("al", "del")
                     and not STRESSED_LAST.search(sentence.text.split()[i + 1].strip(",;:.!?\"”»"))} & self.demonstratives
                or context.speaker_time_only(sentence.text, self.lang)  # '"... like this morning's," said coach Helen Marsh': the speaker's day
            )
            and not set(words[:5]) & self.pronouns
            and not context.unnamed_speaker(sentence.text, self.lang)  # '"...," he said.': quoted with the sentence naming him
            and not context.marker_prefix(sentence.text, self.lang)  # "Primero, ...", "Then ...": asked without it
            and not context.points_back(sentence.text, self.lang)  # "Según Quiroga, aquel informe ...": quoted with the sentence before
            and not context.leans_outside(sentence.text, self.lang)  # "The one that ...", "del mismo grupo", "Fue sustituida por" (review 16)
            and not context.both_of_before(sentence.text, self.lang)  # «Ambas enviaron ...»: quoted with the sentence naming the two
            and not context.object_pronoun(sentence.text, self.lang)  # «El médico la describió», "pumps to lift it": quoted with the sentence before
            and (taken_up or not context.taken_up_subject(sentence.text, self.lang))  # "The result was ...", «La diferencia total supera ...»: quoted with the one before
            and self.definite_elsewhere.get(sentence.index, "\0") not in sentence.text  # "..., and the club never again won": another sentence's club
            and not context.unnamed_body(sentence.text, self.text_before(sentence), self.lang)  # «En 1992 el consejo optó ...»: which council? (brief context3)
            and not context.general_referent(sentence.text, self.text_before(sentence), self.lang)  # "In 2016 the company moved": which one? (referents)
            and not context.elliptical_subject(sentence.text, self.lang)  # "Some were sold", «Otros se vendieron»: of what? (referents)
            and not context.unsourced_flow(sentence.text, self.lang)  # "About 3,000 cubic metres evaporated": from what?
            and not context.unstated_referent(sentence.text, self.lang)  # "his successor", «el detonante», "the ministry responded by": quoted with the one before (standalone)
            and not self.unnamed_pointer(sentence, taken_up=taken_up)  # "the second effect", "two years later", «tal decisión»: quoted with a sentence naming it (referents)
        )

    def unnamed_pointer(self, sentence: Sentence, *, taken_up: bool = False) -> tuple[str, str] | None:
        """``context.unnamed_pointer`` of ``sentence``; quoted as another's context
        (``taken_up``), a time it counts from another's in a clause after a comma («La respuesta
        se organizó en torno a la Junta de Vecinos, creada aquel mismo mes.») is a detail of its
        own, not what it is quoted to name."""
        pointer = context.unnamed_pointer(sentence.text, self.lang, self.text_before(sentence))
        if pointer and taken_up and context.time_aside(pointer, sentence.text):
            return None
        return pointer

    def opens_list_item(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` opens an item of a bulleted list (a marker right before it)."""
        paragraph = self.facts.paragraphs.get(sentence.paragraph, "")
        return re.search(r"(?:^|\s)[-*•–]\s+$", paragraph[: sentence.start]) is not None

    def list_fragment(self, sentence: Sentence) -> bool:
        """A bulleted list's item that is no sentence of its own ("the stress range, Δσ = ...;"):
        quoted, it reads as a fragment. An item written as a full sentence stays usable."""
        if not self.opens_list_item(sentence):
            return False
        text = sentence.text.strip()
        return not (text[:1].isupper() and text.endswith((".", "!", "?")))

    def without_marker(self, sentence: Sentence) -> Sentence | None:
        """"Además, los visitantes pueden subir...", "However, the bridge survived": a sentence
        that opens with a linking word and a comma reads on its own without them (a pronoun or a
        demonstrative, which point back, never goes). The rest keeps its offsets in the
        paragraph, its first letter written as a capital."""
        opener = re.match(r"([^\W\d_]+),\s+", sentence.text)
        if opener and fold(opener.group(1)) in self.openers and fold(opener.group(1)) not in self.pronouns | self.demonstratives:
            cut = opener.end()
        elif not (cut := context.marker_prefix(sentence.text, self.lang)):  # "Primero,", "Por último,", "Then"
            return None
        rest = sentence.text[cut:]
        if not rest[:1].isalpha():
            return None
        return Sentence(
            paragraph=sentence.paragraph, index=sentence.index, start=sentence.start + cut, end=sentence.end,
            text=rest[0].upper() + rest[1:], mentions=[m for m in sentence.mentions if m.start >= sentence.start + cut],
        )

    def with_previous(self, previous: Sentence | None, sentence: Sentence) -> Sentence | None:
        """A sentence that leans on the one before ("It circles the planet...", "...to reach
        this result in 1998") quoted with that one, so its facts can still be asked: the
        pair reads on its own. Only the second sentence's facts are asked (the first one's
        have their own questions); None when the pair is too long, the first one leans too, or
        the second opens a list item (the one before is another item, not its context)."""
        checked = False  # the sentence(s) quoted before read alone, already seen
        if previous is not None and context.dropped_subject(previous.text, self.lang) and context.dropped_subject(sentence.text, self.lang):
            # «El presidente visitó la isla. Recorrió el muelle ... Anunció una ayuda ...»: two
            # Spanish sentences opening on their verbs, the subject two sentences back (referents2).
            previous = self.with_subject_before(previous) or previous
        elif previous is not None and self.leans_itself(previous):
            # "The board doubled its dues. The result was a fall in ships. It cost the port ...":
            # the sentence quoted for context leans on the one before it in turn; that one is
            # quoted too when it stands alone (at most two before), or nothing is (standalone).
            joined = self.with_subject_before(previous)
            if joined is not None and self.usable(self.sentence_at(joined.index) or joined):
                previous, checked = joined, True
            elif not self.usable(previous, taken_up=True):
                return None
            # else: a sentence taking up a result by an abstract noun with nothing before it to
            # quote that reads alone stays the context it was («La respuesta se organizó en torno
            # a ...» opening its paragraph; «El resultado era una pasta blanca, la cal apagada,
            # ...» after «Había que mezclarla ...»): it names what the next sentence leans on.
        pointer = self.unnamed_pointer(sentence) if previous is not None else None
        if previous is not None and pointer and not context.pointer_named(pointer[1], previous.text, self.lang):
            # "The canal had two main effects. The first effect was ... The second effect was
            # ...", "Parliament approved the plan in 1792. By then ... Two years later ...": the
            # sentence before does not name what the pointer stands for (the noun, the year it
            # counts from, a name); the one before it is quoted too when it does and stands
            # alone (at most two before), or nothing is (referents).
            joined = None if checked else self.with_subject_before(previous)
            earliest = self.sentence_at(joined.index) if joined is not None else None
            if joined is None or earliest is None or not self.usable(earliest) or not context.pointer_named(pointer[1], joined.text, self.lang):
                return None
            previous, checked = joined, True
        if (
            previous is None or previous.paragraph != sentence.paragraph or sentence.words < 5
            or self.list_fragment(sentence) or self.list_fragment(previous)
            or self.opens_list_item(sentence)  # two list items are two things: "... by day. - Viaducts ..."
            # The first sentence is only the second's context: it may open taking up the paragraph
            # before («La respuesta se organizó en torno a ...»), its own facts are not asked.
            or previous.words + sentence.words > CONTEXT_PROMPT_WORDS or not (checked or self.usable(previous, taken_up=True))
        ):
            return None
        body = context.unnamed_body(sentence.text, self.text_before(sentence), self.lang)
        if body and not context.undertaking(body) and fold(body.split()[-1]) not in {fold(w) for w in context.WORD.findall(previous.text)}:
            # «El Ayuntamiento aprobó ... En 1992 el consejo optó»: the sentence before names no
            # council either. A work it describes is the one meant ("La reconstrucción se encargó
            # a ... Las obras terminaron en ...").
            return None
        general = context.general_referent(sentence.text, self.text_before(sentence), self.lang)
        if general and not context.names_referent(previous.text, general.split()[-1], previous.mentions, self.lang):
            # "Kellbrook Freight Logistics ... The depot had stood empty ... In 2016 the company
            # moved": the sentence before names no company either (referents).
            return None
        paragraph = self.facts.paragraphs[sentence.paragraph]
        return Sentence(
            paragraph=sentence.paragraph, index=sentence.index, start=previous.start, end=sentence.end,
            text=paragraph[previous.start:sentence.end], mentions=list(sentence.mentions),
        )

    def leans_itself(self, previous: Sentence) -> bool:
        """Whether ``previous``, a sentence to quote before another as its context, leans on the
        one before it in turn: it would not be quoted alone (a pronoun, a demonstrative, a
        dropped subject, a definite general noun), or it opens taking up what came before by an
        abstract noun ("The result was ...", «La respuesta se organizó ...»; not an action noun,
        «La reconstrucción se encargó ...», a work on the document's subject)."""
        if self.list_fragment(previous) or previous.words < 5 or previous.words > MAX_PROMPT_WORDS:
            return False  # not quoted for being too short or too long: nothing it leans on
        return not self.usable(previous, taken_up=True) or context.takes_up_a_result(previous.text, self.lang)

    def sentence_at(self, index: int) -> Sentence | None:
        return next((s for s in self.facts.sentences if s.index == index), None)

    def with_subject_before(self, previous: Sentence) -> Sentence | None:
        """``previous`` (a sentence opening on its verb) joined to the sentence before it in its
        paragraph, which gives their subject, or None when it opens the paragraph."""
        earlier = next((s for s in reversed(self.facts.sentences) if s.paragraph == previous.paragraph and s.end <= previous.start), None)
        if earlier is None:
            return None
        paragraph = self.facts.paragraphs[previous.paragraph]
        return Sentence(
            paragraph=previous.paragraph, index=earlier.index, start=earlier.start, end=previous.end,
            text=paragraph[earlier.start:previous.end], mentions=[*earlier.mentions, *previous.mentions],
        )

    def explain(self, sentence: Sentence) -> str:
        return self.lang.prompt("explain", paragraph=str(sentence.paragraph), sentence=sentence.text)

    def span(self, m: Mention) -> tuple[int, int]:
        return (m.start, m.end)

    def score(self, kind: str, m: Mention | None, sentence: Sentence | None) -> float:
        value = BASE_SCORE[kind] + (KIND_BONUS.get(m.kind, 0.0) if m else 0.0)
        if sentence is not None and sentence.words > 28:
            value -= 0.08
        if self.variant:
            value += self.rng.uniform(-0.05, 0.05)
        return round(value, 4)

    @staticmethod
    def question(qtype: str, prompt: str, explanation: str, source: list[int], difficulty: int, **answer: Any) -> dict[str, Any]:
        return {
            "type": qtype,
            "prompt": prompt,
            **answer,
            "explanation": explanation,
            "source": sorted(set(source)),
            "difficulty": difficulty,
            "kind": "fact",
        }

    def trivial(self, prompt: str, key: Mention) -> bool:
        """The prompt already shows the key (or a person's surname)."""
        folded = fold(prompt)
        needles = [key.text]
        if key.kind == "person":
            needles.append(str(key.value).split()[-1])
        return any(fold(n) in folded and re.search(rf"\b{re.escape(fold(n))}\b", folded) for n in needles)

    # ------------------------------------------------------------ per sentence

    def candidates(self) -> Iterator[Candidate]:
        previous: Sentence | None = None
        for sentence in self.facts.sentences:
            if self.usable(sentence):
                yield from self.from_sentence(sentence)
                yield from self.total_alone(sentence)
            elif (trimmed := self.without_marker(sentence)) is not None and self.usable(trimmed):
                yield from self.from_sentence(trimmed)
            elif (with_context := self.with_previous(previous, sentence)) is not None:
                yield from self.from_sentence(with_context)
            elif self.usable(sentence, taken_up=True):
                yield from self.about_apposed_person(sentence)
            elif (relative := self.relative_sentence(sentence)) is not None:
                yield from self.from_relative(sentence, relative)
            previous = sentence
        yield from self.orderings()
        yield from self.matchings()
        yield from self.cards()

    def relative_sentence(self, sentence: Sentence) -> Sentence | None:
        """A sentence that leans on what came before ("Many came to see the restored tiled hall,
        which first opened in 1898.", "She toured the old mill, which was built in 1820.") whose
        relative clause is a fact of its own about a noun it names: the clause after its noun,
        as a sentence ("The restored tiled hall first opened in 1898."), or None. The clause keeps
        its offsets in the paragraph (its facts are asked where the text writes them)."""
        found = context.relative_fact(sentence.text, self.lang)
        if found is None:
            return None
        phrase, start, end = found
        lead = phrase[0].upper() + phrase[1:] + " "
        text = lead + sentence.text[start:end] + "."
        begin = sentence.start + start - len(lead)
        rewritten = Sentence(
            paragraph=sentence.paragraph, index=sentence.index, start=begin, end=begin + len(text), text=text,
            mentions=[m for m in sentence.mentions if m.start >= sentence.start + start and m.end <= sentence.start + end],
        )
        if not rewritten.mentions or not self.usable(rewritten):
            return None
        return rewritten

    def from_relative(self, sentence: Sentence, relative: Sentence) -> Iterator[Candidate]:
        """The gaps and figures of a relative clause read as a sentence (``relative_sentence``),
        the paragraph's sentence as written for the explanation; no true/false statement (it would
        show the rewritten sentence as the text's)."""
        for candidate in self.from_sentence(relative):
            if candidate.item.get("type") in ("fill_in", "numeric", "single_choice"):
                candidate.item["explanation"] = self.explain(sentence)
                yield candidate

    def total_alone(self, s: Sentence) -> Iterator[Candidate]:
        """A total beside the parts that make it up ("14 trams, namely 9 ... and 5 ..."), asked
        with the breakdown cut from the prompt ("The company now runs ____ trams."): every gap of
        the whole sentence is held, its figures computing one another (``quizapp.derive.totals``)."""
        found = totals.total_alone(s, self.lang)
        if found is None or not self.usable(found[0]):
            return
        cut, total = found
        for candidate in self.numeric(cut, total, f"{s.index}:{total.identity}:alone"):
            candidate.item["explanation"] = self.explain(s)  # the paragraph's sentence as written, its parts too
            yield candidate

    def about_apposed_person(self, s: Sentence) -> Iterator[Candidate]:
        """A sentence taking up an earlier one by an abstract noun ("La solución la propuso
        Alberto de Palacio, un arquitecto nacido en Sestao en 1856"), with no sentence before it
        in its paragraph to quote: only a gap in an apposition describing a person it names is
        asked (the birth year is Palacio's, whatever the solution solved); never a statement."""
        if not context.taken_up_subject(s.text, self.lang):
            return
        person = next((m for m in s.mentions if m.kind in ("person", "name") and APPOSITION.match(s.text, m.end - s.start)), None)
        if person is None:
            return
        start = person.end
        for candidate in self.from_sentence(s):
            span = candidate.answer_span
            if candidate.item.get("type") in ("fill_in", "numeric") and span is not None and span[0] > start:
                yield candidate

    def from_sentence(self, s: Sentence) -> Iterator[Candidate]:
        turn = TYPE_TURNS[(s.index + self.variant) % len(TYPE_TURNS)]
        for candidate in self._from_sentence(s):
            if candidate.item.get("type") == turn:
                candidate.score = round(candidate.score + TURN_BONUS, 4)
            yield candidate

    def _from_sentence(self, s: Sentence) -> Iterator[Candidate]:
        seen: set[str] = set()
        mentions = [m for m in s.mentions if m.kind in (*TYPED_KINDS, *DATE_KINDS, "number", "term") and m.identity not in seen and not seen.add(m.identity)]  # type: ignore[func-returns-value]
        # An acronym beside its expansion, a label the sentence calls well known, a region after
        # its city: the sentence itself answers, so no type asks it (see quizapp.derive.context).
        mentions = [m for m in mentions if context.given_by_sentence(s, m, self.lang) is None]
        for m in mentions:
            # The key must be asked once in the sentence: "Snow ... Snow's" would show it.
            if sum(fold(x.text) == fold(m.text) or x.identity == m.identity for x in s.mentions) > 1:
                continue
            if self.spelled_out(s, m) or self.acronym_follows(s, m):
                continue
            fact = f"{s.index}:{m.identity}"
            yield from self.typed(s, m, fact)
            yield from self.single_choice(s, m, fact)
            if m.kind in ("number", "year"):
                yield from self.numeric(s, m, fact)
            elif m.kind in ("date", "month") and (year := self.year_of(m)) is not None:
                yield from self.numeric(s, year, fact)  # "el 17 de junio de ____": 1937
        yield from self.true_false(s, mentions)
        yield from self.cloze(s, mentions)
        yield from self.range_cloze(s)
        yield from self.multiple_select(s, mentions)
        yield from self.detail_word(s)

    def range_cloze(self, s: Sentence) -> Iterator[Candidate]:
        """A range asked whole, both ends typed ("between {1} and {2} metres", «entre el {1} y
        el {2} por ciento"): one end alone is a give-away (trivial_gaps.range_ends), the
        reader guessing a round neighbour of the end the prompt shows (kinds14)."""
        for m in s.mentions:
            end = re.match(r"\d[\d.,]*", m.text) if m.kind == "number" else None
            if end is None:
                continue
            at = m.start - s.start
            before, after = s.text[:at], s.text[at + end.end():]
            start = list(re.finditer(r"\d[\d.,]*", before))
            if not start or not trivial_gaps.range_end(before, after, self.lang):
                continue  # no range ("cut from 8 to 5"), or a period's years
            first = start[-1]
            gaps = [
                {"accept": list(dict.fromkeys([f, re.sub(r"[.,]", "", f) if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", f) else f])), "typos": False}
                for f in (first.group(), end.group())
            ]
            passage = before[:first.start()] + "{1}" + before[first.end():] + "{2}" + after
            item = self.question("cloze", self.lang.prompt("cloze"), self.explain(s), [s.paragraph], 2, passage=passage, gaps=gaps)
            fact = f"{s.index}:range:{m.identity}"
            yield Candidate(
                "question", item, s.paragraph, (s.start + first.start(), m.start + end.end()), self.score("cloze", m, s), f"cloze|{fact}|{passage}", fact,
                [first.group(), end.group()],
            )

    def detail_word(self, s: Sentence) -> Iterator[Candidate]:
        """A typed answer on the sentence's rarest lower-case word ("Botanists call this stage a
        ____": fen), for a paragraph with no named detail or figure left to ask: rare in the
        language (so not a stock word the sentence settles) and used in this paragraph only (so
        not the text's subject: two paragraphs at most). Held back from the start: ``check_drafts`` offers one only for a
        content paragraph no other ready draft covers."""
        taken = [(m.start - s.start, m.end - s.start) for m in s.mentions]
        stop = self.lang.words.stop_words
        best: tuple[float, int, str, bool] | None = None  # rarity, start, word, a noun (takes its plural)
        tokens = list(re.finditer(r"[^\W\d_][^\W\d_'’\-]*", s.text))
        for i, tok in enumerate(tokens):
            word = tok.group()
            folded = fold(word)
            if (
                i == 0 or not word[0].islower() or len(word) < 3 or folded in stop or folded in self.role_words
                or any(a < tok.end() and tok.start() < b for a, b in taken)
                or sum(fold(t.group()) == folded for t in tokens) > 1
                or self.lang.number_words.fullmatch(folded)
                or self.paragraphs_using(folded) > 2
                or (i + 1 < len(tokens) and s.text[tok.end():tokens[i + 1].start()] in ("-", "'", "’"))
                or s.text[tokens[i - 1].end():tok.start()] != " "
            ):
                continue
            # A technical term, not a word the sentence settles: a rare noun (right after an
            # article or a possessive, "a ____", "su ____") in a noun phrase of two rare words
            # ("the cordgrass mat", "una fase ____"). A verb ("que ____ su propio alimento",
            # "para ____") or a stock noun alone ("swept over the ____ of") is never gapped: the
            # sixth review found such gaps trivial, and a paragraph is better left uncovered.
            rarity = self.lang.familiarity(word)
            if best is not None and (rarity, tok.start()) >= best[:2]:
                continue
            if rarity < DETAIL_WORD_ZIPF_TERM and self.rare_noun_phrase(s, tokens, i):
                best = (rarity, tok.start(), word, True)
            elif rarity < DETAIL_WORD_ZIPF_NOUN and self.defined_phrase(s, tokens, i):
                best = (rarity, tok.start(), word, False)  # "is ____ sliding": a modifier, one form
        if best is None:
            return
        _, start, word, noun = best
        m = Mention("term", word, s.start + start, s.start + start + len(word), s.paragraph, s.index, word)
        prompt = self.lang.prompt("complete", passage=self.blank(s, m))
        accept = [word, *self.term_forms(m)] if noun else [word]  # "cloroplasto": cloroplastos
        # A long rare word no other word lies a typo from forgives a slip (term_forgives_typos).
        item = self.question("fill_in", prompt, self.explain(s), [s.paragraph], 1, accept=accept, typos=typed_answers.term_forgives_typos(word, self.lang.code))
        fact = f"{s.index}:word:{fold(word)}"
        unfair = self.term_given_away(s, m)
        yield Candidate(
            "question", item, s.paragraph, self.span(m), self.score("fill_in", m, s) - 0.3, f"fill_in|{fact}|{prompt}", fact, [word],
            [f"{DETAIL_WORD_HOLD} ({word!r}), offered only for a paragraph no other ready draft covers", *([unfair] if unfair else [])],
        )

    def term_given_away(self, s: Sentence, m: Mention) -> str | None:
        """Why the rest of the sentence gives a lower-case term's gap away, or None: its stem
        or the whole key in another word, its pair word, or the opposite modifier of the
        parallel phrase ("by ____ tearing or brittle cleavage")."""
        prompt = self.blank(s, m)
        return typed_answers.given_away(prompt, m.text) or typed_answers.contrast_pair(prompt, m.text, self.lang) or self.subject_kind(s, m)

    def subject_kind(self, s: Sentence, m: Mention) -> str | None:
        """Why a term is the kind the document's opening sentence gives its subject ("El ajolote
        es un ____ urodelo": anfibio; "The olm is a ____"), or None: what the whole text is
        about, known without it (review 10), as a card on the title is (see checks.trivial_card)."""
        if not self.facts.sentences or s.index != self.facts.sentences[0].index:
            return None
        if SUBJECT_KIND.search(s.text[: m.start - s.start]):
            return f"held back: {m.text!r} is the kind of thing the document is about, as its opening sentence says: known without the text"
        return None

    def rare_noun_phrase(self, s: Sentence, tokens: list[re.Match[str]], i: int) -> bool:
        """Whether token ``i`` is a noun (after an article or a possessive, or after an article
        and one word) in a phrase with a lower-case neighbour, joined by a space, that is rare
        too (below DETAIL_WORD_ZIPF_NOUN): "una fase luminosa", "the cordgrass roots"."""
        stop = self.lang.words.stop_words

        def word(j: int) -> str:
            return fold(tokens[j].group()) if 0 <= j < len(tokens) else ""

        def joined(a: int, b: int) -> bool:
            return 0 <= a and b < len(tokens) and s.text[tokens[a].end():tokens[b].start()] == " "

        def modifier(j: int) -> bool:
            w = tokens[j].group() if 0 <= j < len(tokens) else ""
            return bool(w) and w[0].islower() and len(w) >= 3 and fold(w) not in stop and self.lang.familiarity(w) < DETAIL_WORD_ZIPF_NOUN

        def verb(j: int) -> bool:
            """A verb is no part of the noun phrase: "los ____ interpretan", "las larvas ____"
            (review 10: a gap on a verb, or on the subject a verb predicts, is guessed)."""
            return 0 <= j < len(tokens) and typed_answers.verb_like(tokens[j].group(), self.lang, word(j + 1))

        # The head noun is where the language puts it: before its modifier in Spanish ("la
        # ____ luminosa"), after it in English ("the cordgrass ____"). The other way round the
        # gap is a modifier ("the ____ flush": autumnal) or a verb ("las mulas ____": bajaban).
        if self.lang.code == "es":
            return word(i - 1) in self.noun_openers and joined(i, i + 1) and modifier(i + 1) and not verb(i + 1)  # "la ____ luminosa"
        return word(i - 2) in self.noun_openers and joined(i - 1, i) and modifier(i - 1) and not verb(i)  # "the cordgrass ____"

    def defined_phrase(self, s: Sentence, tokens: list[re.Match[str]], i: int) -> bool:
        """Whether token ``i`` opens the two-word term a sentence ends on after "is" ("The line
        between the two zones is the equilibrium line.", "The second way is basal sliding."):
        the paragraph defines it, the modifier is what a reader learns."""
        if i + 1 != len(tokens) - 1 or s.text[tokens[i + 1].end():].strip() not in ("", ".", "!", ":"):
            return False
        if s.text[tokens[i].end():tokens[i + 1].start()] != " " or not tokens[i + 1].group()[0].islower():
            return False
        before = [fold(t.group()) for t in tokens[max(0, i - 2):i]]
        copulas = {fold(w) for w in self.lang.copulas}
        return bool(before) and (before[-1] in copulas or (len(before) == 2 and before[0] in copulas and before[1] in self.noun_openers))

    def paragraphs_using(self, folded: str) -> int:
        """In how many paragraphs the word occurs (a word of the whole text is its subject)."""
        if not hasattr(self, "_word_paragraphs"):
            where: dict[str, set[int]] = {}
            for number, text in self.facts.paragraphs.items():
                for w in re.findall(r"[^\W\d_]+", text):
                    where.setdefault(fold(w), set()).add(number)
            self._word_paragraphs = {w: len(n) for w, n in where.items()}
        return self._word_paragraphs.get(folded, 0)

    @staticmethod
    def spelled_out(s: Sentence, m: Mention) -> bool:
        """"foreign direct investment (FDI)": an acronym right after its own expansion is no question."""
        if not re.fullmatch(r"[A-Z]{2,8}", m.text) or not s.text[: m.start - s.start].endswith("("):
            return False
        before = re.findall(r"[^\W\d_]+", s.text[: m.start - s.start])
        initials = "".join(w[0] for w in before if w[0].isupper() or len(w) > 3).upper()
        letters = "".join(w[0] for w in before).upper()
        return any(candidate.endswith(m.text) for candidate in (initials, letters))

    @staticmethod
    def acronym_follows(s: Sentence, m: Mention) -> bool:
        """"the ____ (ESA)": a name followed by its own acronym is no gap, the letters give it."""
        after = re.match(r"\s*\(([A-Z]{2,8})\)", s.text[m.end - s.start:])
        if not after:
            return False
        initials = "".join(w[0] for w in m.text.split() if w[:1].isupper())
        return initials.upper() == after.group(1) or initials.upper().startswith(after.group(1))

    def who_prompt(self, s: Sentence, m: Mention) -> str | None:
        """"Who trained as a surgeon's apprentice...?" from "John Snow trained as ...": the
        subject asked for, the word order kept, so the question stays grammatical."""
        if m.kind != "person" or m.start != s.start:
            return None
        rest = s.text[m.end - s.start:]
        if not re.match(r"\s+[a-záéíóúñ]", rest) or re.match(r"\s+(?:and|y|or|o)\b", rest):
            return None
        if self.lang.code == "en" and re.match(r"\s+[a-z]+[^s\W]s\b", rest) and not re.match(r"\s+(?:was|has|is|does)\b", rest):
            return None  # "Balcázar supporters have charged...": the name is a modifier, not the subject
        predicate = typed_answers.first_clause(rest.strip().rstrip("."), self.lang)  # not "who resigned, and another foreman, X, was ...?"
        if typed_answers.own_subject_clause(predicate, self.lang):
            return None  # "who built machines ..., and he counted ...?" (review 10): the gap form reads well
        return self.lang.prompt("who", predicate=predicate)

    def widespread(self, m: Mention) -> bool:
        """A name the text repeats in three paragraphs or more, or in the opening one and
        another ("Chile" in a text on a Chilean earthquake): a reader fills its gap from the
        story's setting, without the paragraph."""
        where = {self.facts.sentences[i].paragraph for i in self.together.get(m.identity, set())}
        lead = min(self.facts.paragraphs, default=None)
        return m.kind in TYPED_KINDS and (len(where) >= WIDESPREAD or (len(where) >= 2 and lead in where))

    def typed(self, s: Sentence, m: Mention, fact: str) -> Iterator[Candidate]:
        if m.kind not in (*TYPED_KINDS, "term") or self.cuts_name(s, m):
            return
        prompt = self.who_prompt(s, m) or self.lang.prompt("complete", passage=self.blank(s, m))
        if self.trivial(prompt, m):
            return
        item = self.question(
            "fill_in", prompt, self.explain(s), [s.paragraph], 1,
            # A term is often a common word (a typo of it is another word); so are number words.
            # A term of several words with no real word a typo away forgives one (term_forgives_typos).
            accept=self.accepted(m), typos=self.typo_tolerant(m) and (m.kind != "term" or typed_answers.term_forgives_typos(m.text, self.lang.code)),
        )
        bonus = 0.06 if prompt.startswith(self.lang.prompt("who", predicate="").split("{")[0][:8]) and self.who_prompt(s, m) else 0.0
        problems = [f"the key {m.text!r} is named all over the document (the story's setting): a reader would guess it from the sentence alone"] if self.widespread(m) else []
        if famous := self.famous_fact(s, m):
            problems.append(famous)
        if stock := self.stock_compound(s, m):
            problems.append(stock)
        problems.extend(self.unfair_typed_key(s, m))
        yield Candidate("question", item, s.paragraph, self.span(m), self.score("fill_in", m, s) + bonus, f"fill_in|{fact}|{prompt}", fact, [m.text], problems)

    def unfair_typed_key(self, s: Sentence, m: Mention) -> list[str]:
        """Why ``m`` is no fair typed answer in ``s`` (see quizapp.derive.answers): a symbol, a
        name cut after its particle, a key the rest of the sentence gives away."""
        before = s.text[: m.start - s.start]
        found = [
            typed_answers.symbol_problem(m.text),
            typed_answers.formula_problem(before, s.text[m.end - s.start:], m.text),
            typed_answers.long_name_problem(self.accepted(m), self.lang) if m.kind != "person" else None,
            typed_answers.leading_particle(before, m.text, self.lang),
            typed_answers.given_away(self.blank(s, m), m.text),
            typed_answers.contrast_pair(self.blank(s, m), m.text, self.lang),
        ]
        return [why for why in found if why]

    def stock_compound(self, s: Sentence, m: Mention) -> str | None:
        """Why a gap on ``m`` is filled from a stock compound rather than the text, or None: a
        product or standard code ("mascarillas de tipo FFP2", "N95"), or a capitalised modifier
        right before a frequent common noun ("Portland cement") or after a word of kind ("de tipo
        ____"). A code the paragraph itself defines ("a standard called N95") stays askable."""
        if m.kind in ("person", "term") or m.kind in (*DATE_KINDS, "number"):
            return None
        key = m.text
        before = s.text[:m.start - s.start].split()
        after = TOKEN.findall(s.text[m.end - s.start:][:40])
        paragraph = self.facts.paragraphs.get(s.paragraph, s.text)
        defined = re.search(
            rf"(?:called|named|known as|llamad[oa]s?|denominad[oa]s?|conocid[oa]s? como)\s+(?:(?:a|an|the|el|la|los|las)\s+)?{re.escape(key)}\b"
            rf"|{re.escape(key)}\s*\(|{re.escape(key)},?\s+(?:is|are|es|son)\s+(?:a|an|un|una)\b",
            paragraph, re.IGNORECASE,
        )
        if defined:
            return None
        if PRODUCT_CODE.fullmatch(key):
            return f"held back: the key {key!r} is a product or standard code, a stock name a reader fills in without the text"
        if before and fold(before[-1]) in KIND_WORDS:
            return f"held back: the key {key!r} follows {before[-1]!r}, a stock compound a reader fills in without the text"
        nxt = after[0] if after else ""
        # English only (Spanish modifiers follow the noun: "cemento Portland" is caught by
        # kind words alone), and only a modifier in a noun phrase that the noun closes: after a
        # preposition or a verb, not an article ("the Soho district" names a place), and before
        # a comma or a relative ("with Portland cement, which"): "London came to" is a clause.
        tail = s.text[m.end - s.start:].lstrip()[len(nxt):]
        closes = re.match(r"\s*(?:[,.;:)]|(?:which|that|and|or|with|of|for|from|to|in|on|at|by)\b)", tail) is not None
        opens = bool(before) and fold(before[-1]) not in self.noun_openers and before[-1][:1].islower()
        if (
            self.lang.code == "en" and len(key.split()) == 1 and not self.lang.is_known_place(key) and nxt[:1].islower() and fold(nxt) not in self.lang.words.stop_words
            and opens and closes and not re.search(r"(?:ed|ly)$", nxt) and self.lang.familiarity(nxt) >= STOCK_NOUN_ZIPF
        ):
            return f"held back: the key {key!r} modifies {nxt!r}, a stock compound ({key} {nxt}) a reader fills in without the text"
        return None

    def typo_tolerant(self, m: Mention) -> bool:
        """Whether a typed key may be graded with one typo forgiven: not a century or a regnal
        number (another edit is another century or king), not a key of four characters or less
        nor an acronym ("ATP" is one edit from "ADP" and "AMP", other things)."""
        return not self.century(m) and not self.regnal(m) and len(m.text) > SHORT_KEY and not ACRONYM.fullmatch(m.text)

    def option_text(self, m: Mention, like: Mention) -> str:
        return self.surface(m, like)

    def modifier(self, s: Sentence, m: Mention) -> bool:
        """"the Broad Street pump": a name used as a modifier, where other places ("the River
        Thames pump") would read as absurd options."""
        before = s.text[: m.start - s.start].split()[-1:]
        after = s.text[m.end - s.start:].split()[:1]
        return bool(
            m.kind in ("place", "organisation") and before and after and fold(before[0]) in self.lang.determiners
            and after[0][0].islower() and fold(after[0].strip(",.;")) not in self.lang.words.stop_words
        )

    def role_shown(self, s: Sentence, m: Mention, statement: bool) -> frozenset[str]:
        """The role words a person's item shows beside the name: in a true/false ``statement``
        as written, in a choice stem once ``choice_blank`` has left out the role just before it."""
        if statement:
            return person_options.role_beside(s.text[: m.start - s.start], s.text[m.end - s.start:], self.role_words)
        stem = self.choice_blank(s, m)
        gap = self.lang.prompt("blank")
        at = stem.find(gap)
        return person_options.role_beside(stem[:at], stem[at + len(gap):], self.role_words) if at >= 0 else frozenset()

    def choice_blank(self, s: Sentence, m: Mention) -> str:
        """The sentence with the key blanked for a choice item. A person's role written just
        before the name ("the cartoonist ____") goes too: it names the answer's neighbourhood,
        and the other people, of other roles, would read as wrong without the text."""
        text = self.blank(s, m)
        if m.kind != "person":
            return text
        local = m.start - s.start
        before = s.text[:local]
        dets = "|".join(re.escape(d) for d in sorted(self.lang.determiners, key=len, reverse=True))
        role = re.search(rf"(?:^|(?<=\s))(?:{dets})\s+((?:[^\W\d_][\w\-]*\s+){{1,3}})$", before, re.IGNORECASE)
        if not role:
            return text
        words = role.group(1).split()
        if not words[-1][0].islower() or any(fold(w) in self.lang.words.stop_words for w in words):
            return text
        cut = role.start()
        rest = text[local:]
        return (before[:cut] + rest) if cut else rest

    def single_choice(self, s: Sentence, m: Mention, fact: str) -> Iterator[Candidate]:
        if m.kind not in (*NAME_KINDS, *DATE_KINDS, "number") or self.modifier(s, m) or self.bounded(s, m):
            return
        if m.kind == "place" and any(x.kind == "place" and x.identity != m.identity for x in s.mentions):
            return  # "in ____, among them Rouen and Marseille": the places around name the answer's country
        if m.kind == "place" and any(country_adjective(w, self.lang.code) for w in self.words_beside(s, m, COUNTRY_WINDOW)):
            return  # "made in ____, which was German at the time": the one place that sounds German (blindq2)
        pool = self.distractors(m, s, CHOICES - 1 + SPARES)
        others, spares = pool[: CHOICES - 1], pool[CHOICES - 1:]
        if len(others) < MIN_DISTRACTORS:
            return
        if m.kind == "organisation" and choice_rules.odd_head(m.text, [self.option_text(o, m) for o in others], self.organisation_heads):
            return  # "the ____ abandoned the line": the one railway among a company and a department
        prompt = self.who_prompt(s, m) or self.lang.prompt("choose", passage=self.choice_blank(s, m))
        if self.trivial(prompt, m):
            return
        choices = [{"text": m.text, "correct": True}] + [{"text": self.option_text(o, m), "correct": False} for o in others]
        choices.sort(key=lambda c: fold(str(c["text"])))
        item = self.question("single_choice", prompt, self.explain(s), [s.paragraph], 1, choices=choices)
        yield Candidate(
            "question", item, s.paragraph, self.span(m), self.score("single_choice", m, s), f"single_choice|{fact}|{[c['text'] for c in choices]}", fact, [m.text],
            blindness.famous_option(item, self.lang.code) if m.kind == "person"
            else place_kind_options.known_neighbour(s, {m.identity}, self.lang) if m.kind == "place" else [],  # Darwin among the club's members (blindq2); "at ____, near Toulouse"
            spares=[self.option_text(o, m) for o in spares],
        )

    @staticmethod
    def words_beside(s: Sentence, m: Mention, window: int) -> list[str]:
        """The words of ``m``'s clause within ``window`` words before and after it (not past a
        full stop, semicolon or colon)."""
        before = re.split(r"[.;:]", s.text[: m.start - s.start])[-1]
        after = re.split(r"[.;:]", s.text[m.end - s.start:])[0]
        return [*re.findall(r"[^\W\d_]+", before)[-window:], *re.findall(r"[^\W\d_]+", after)[:window]]

    @staticmethod
    def year_of(m: Mention) -> Mention | None:
        """The year written at the end of a full date ("17 de junio de 1937", "May 1950"), as a
        year of its own: a figure to type, the day and month left in the sentence."""
        found = re.search(r"(1\d{3}|20\d{2})$", m.text)
        if not found or not isinstance(m.value, tuple) or not m.value[0]:
            return None
        start = m.start + found.start()
        return Mention("year", found.group(), start, m.end, m.paragraph, m.sentence, (m.value[0], 0, 0))

    def numeric(self, s: Sentence, m: Mention, fact: str) -> Iterator[Candidate]:
        digits = re.match(r"[−-]?[\d.,]+", m.text)  # "−18 °C": the minus is in the gap
        if not digits:
            return
        number = m.value[0] if isinstance(m.value, tuple) else m.value
        assert isinstance(number, (int, float))
        end = m.start + len(digits.group())
        gap = Mention(m.kind, digits.group(), m.start, end, m.paragraph, m.sentence, m.value)
        prompt = self.lang.prompt("complete_numeric", passage=self.blank(s, gap))
        # A figure the text gives as approximate ("about 2.4 %") is right within what its
        # rounding admits (answers.rounding_tolerance: a whole figure only as written); an exact
        # count or a year only as written. A bound ("more than 600", "hasta 10") only as written
        # too: the text settles no other number in the gap, and a ± would take one on the side
        # the bound excludes (630 for "more than 600").
        tolerance: float = 0
        if m.approximate and not self.bounded(s, m):
            tolerance = typed_answers.rounding_tolerance(digits.group(), self.lang)
        answer: dict[str, Any] = {"answer": int(number) if float(number).is_integer() else number, "tolerance": int(tolerance) if float(tolerance).is_integer() else tolerance}
        if m.unit and not self.verb_unit(m.unit):
            answer["unit"] = m.unit
        item = self.question("numeric", prompt, self.explain(s), [s.paragraph], 1, **answer)
        # "1/0.03, or about ____ years": a figure the prompt computes is no figure to recall.
        problems = [why] if (why := typed_answers.computed(self.blank(s, gap), float(number), self.lang, m.unit)) else []
        yield Candidate("question", item, s.paragraph, (m.start, end), self.score("numeric", m, s), f"numeric|{fact}|{prompt}", fact, [digits.group()], problems)

    def verb_unit(self, unit: str) -> bool:
        """Whether a figure's unit as read is a verb or a small word, no unit or counted noun
        ("14 by 1.6 gives close to 22": "gives"; «14 por 1,6 da unos 22»: «da»; "the 12 is"):
        a numeric item shows no such unit beside its answer box (givesaway3)."""
        last = fold(unit.split()[-1]) if unit.split() else ""
        return last in self.lang.words.stop_words or last in VERBS_IN_S or last in UNIT_VERBS.get(self.lang.code, frozenset())

    def true_false(self, s: Sentence, mentions: list[Mention]) -> Iterator[Candidate]:
        if s.words > 32 or not s.text.endswith("."):
            return
        order = sorted(mentions, key=lambda m: ("person", "year", "date", "number", "organisation", "place", "month").index(m.kind) if m.kind in ("person", "year", "date", "number", "organisation", "place", "month") else 9)
        swapped = 0
        preferred = True
        refused: tuple[Mention, str] | None = None  # the first fact not swapped, and why
        from quizapp.derive import statements  # (statements imports this module)

        # No claim to weigh: a computation, a list label with its figure, a gerund's unsaid doer,
        # figures that compute one another (brief tfunits).
        no_claim = statements.not_a_claim(s.text, self.lang.code) or statements.computed_within(s.text, order, self.lang)
        for m in order:
            # Places and organisations hold one another ("Spain" is in "Europe"): a swapped
            # place may leave the statement true, so only people, dates and figures are swapped.
            if m.kind not in ("person", *DATE_KINDS, "number"):
                continue
            # The reasons quote the document's own language (review 15 read "miles de" in an
            # English report as a language mix-up).
            inclusive_words = {fold(w) for w in self.lang.inclusive_words}
            inclusive = [w.strip(",;:") for w in s.text.split() if fold(w.strip(",;:")) in inclusive_words]
            examples = REASON_EXAMPLES.get(self.lang.code, REASON_EXAMPLES["en"])
            why = (
                no_claim.removeprefix("held back: ") if no_claim
                else f"it is a bound ({examples['bound']!r}), so a swapped value may still be true" if self.bounded(s, m)
                else f"it is one of two values given together ({pair!r}): with one swapped, a reader calls the statement half true"
                if m.kind in (*DATE_KINDS, "number") and (pair := trivial_gaps.paired_value(s.text, m.start - s.start, m.end - s.start, self.lang))
                else f"it is a headline fact ({self.headline(m.text)}), known without the text" if self.headline(m.text)
                else f"the sentence says {inclusive[0]!r} or the like: with another person it is not stated rather than false"
                if m.kind == "person" and inclusive
                else f"a loosely counted crowd acts in it ({examples['crowd']!r}): at another date its event is not stated rather than false"
                if m.kind in DATE_KINDS and context.crowd_event(s.text, self.lang)
                else "" if self.swaps(m, s)
                else "no value of the same kind in the document would pass for it (too far in time or size, or another role)"
            )
            if why:
                refused = refused or (m, why)
                continue
            # A swap that breaks the order its sentence's words require ("between 60 and 40",
            # "19 workers, of whom 62") contradicts its own sentence: false without the document.
            others = [o for o in self.swaps(m, s) if not statements.contradicts_itself(
                s.text[: m.start - s.start] + self.option_text(o, m) + s.text[m.end - s.start:], self.lang)]
            # Both versions are drafted, the one whose turn it is ranked a hair higher; the
            # other stays as its twin, for check_drafts to balance true and false answers.
            if not swapped:
                preferred = self.tf_count % 2 == 0
                self.tf_count += 1
            fact = f"{s.index}:{m.identity}"
            # Other false versions (other values swapped in, or another fact of the sentence
            # swapped) wait behind the first, in case another draft of the batch shows its
            # value and so gives it away.
            versions = [*([(True, None)] if not swapped else []), *((False, other) for other in others)]
            for rank, (truth, other) in enumerate(versions):
                statement = s.text
                if other is not None:
                    a, b = m.start - s.start, m.end - s.start
                    statement = s.text[:a] + self.option_text(other, m) + s.text[b:]
                prompt = self.lang.prompt("true_false", statement=statement)
                item = self.question("true_false", prompt, self.explain(s), [s.paragraph], 1, answer=truth)
                score = self.score("true_false", m, s) - (0 if truth == preferred else 0.001) - 0.002 * max(rank - 1, 0) - 0.01 * swapped
                yield Candidate("question", item, s.paragraph, self.span(m), score, f"true_false|{fact}|{statement}", fact, [m.text])
            swapped += 1
            if swapped == TF_FACTS:
                return
        if not swapped and refused is not None:
            yield from self.refused_true_false(s, *refused)

    def swaps(self, m: Mention, s: Sentence) -> list[Mention]:
        """The values a false statement may put in ``m``'s place (``distractors``, tight), none
        of them a headline fact: "The full channel reopened on March 26, 2024", the day of the
        collapse the whole report is about, is false to any reader who knows the story (blind
        readers, session 9); the headline's value is known, so it is no fair swap."""
        found = self.distractors(m, s, 3 + SWAP_SPARES, tight=True)
        return [o for o in found if not self.headline(o.text) and not self.headline(self.option_text(o, m))][:3]

    def refused_true_false(self, s: Sentence, m: Mention, why: str) -> Iterator[Candidate]:
        """A sentence whose facts cannot be swapped fairly still gets its true/false drafts, held
        back with the reason, so that a reviewer sees what was refused (and may edit one)."""
        others = self.distractors(m, s, 1) or [x for x in self.groups.get(m.group, []) if x.identity != m.identity][:1]
        fact = f"{s.index}:{m.identity}"
        for truth, other in ((True, None), *((False, o) for o in others)):
            statement = s.text if other is None else s.text[: m.start - s.start] + self.option_text(other, m) + s.text[m.end - s.start:]
            item = self.question("true_false", self.lang.prompt("true_false", statement=statement), self.explain(s), [s.paragraph], 1, answer=truth)
            yield Candidate(
                "question", item, s.paragraph, self.span(m), self.score("true_false", m, s) - 0.2, f"true_false|{fact}|{statement}", fact, [m.text],
                problems=[f"held back: a true/false statement needs a fact whose swap is plausible and false, and here {why}"],
            )

    def cloze(self, s: Sentence, mentions: list[Mention]) -> Iterator[Candidate]:
        typed = next((
            m for m in mentions
            if m.kind in NAME_KINDS and not self.acronym_follows(s, m) and not self.widespread(m) and not self.cuts_name(s, m) and not self.famous_fact(s, m)
            and not self.stock_compound(s, m) and not self.unfair_typed_key(s, m)
        ), None)
        chosen = None
        for m in mentions:
            if m.kind in (*DATE_KINDS, "number") and not self.bounded(s, m):
                pool = self.distractors(m, s, 2 + SPARES)
                if len(pool) >= 2:
                    chosen = (m, pool[:2], pool[2:])
                    break
        if chosen is None:
            return
        gaps_by_position = sorted([x for x in (typed, chosen[0]) if x is not None], key=lambda m: m.start)
        if len(gaps_by_position) == 2 and len(s.text[gaps_by_position[0].end - s.start:gaps_by_position[1].start - s.start].split()) < 2:
            gaps_by_position = [chosen[0]]  # two gaps side by side leave nothing to read
        passage = s.text
        for number, m in reversed(list(enumerate(gaps_by_position, start=1))):
            a, b = m.start - s.start, m.end - s.start
            passage = passage[:a] + f"{{{number}}}" + passage[b:]
        gaps: list[dict[str, Any]] = []
        for m in gaps_by_position:
            if m is chosen[0]:
                options = [{"text": m.text, "correct": True}] + [{"text": self.option_text(o, m), "correct": False} for o in chosen[1]]
                gaps.append({"options": sorted(options, key=lambda o: fold(str(o["text"])))})
            else:
                gaps.append({"accept": self.accepted(m), "typos": self.typo_tolerant(m)})
        wording = "cloze" if len(gaps) > 1 else "cloze_one"  # review 9: "Complete los huecos" over one gap
        item = self.question("cloze", self.lang.prompt(wording), passage=passage, gaps=gaps, explanation=self.explain(s), source=[s.paragraph], difficulty=2)
        fact = f"{s.index}:" + "+".join(m.identity for m in gaps_by_position)
        yield Candidate(
            "question", item, s.paragraph, self.span(chosen[0]), self.score("cloze", chosen[0], s), f"cloze|{fact}|{passage}", fact, [m.text for m in gaps_by_position],
            spares=[self.option_text(o, chosen[0]) for o in chosen[2]],
        )

    def multiple_select(self, s: Sentence, mentions: list[Mention]) -> Iterator[Candidate]:
        for kind in NAME_KINDS:
            # A famous place among the names stays in the sentence, unasked ("Barcelona" is guessed).
            keys = [m for m in mentions if m.kind == kind and not self.headline(m.text) and not self.lang.is_known_place(m.text) and not self.lang.is_familiar(m.text)]
            if len(keys) < 2 or any(self.modifier(s, k) for k in keys):
                continue
            keys = keys[:3]
            pool = self.distractors(keys[0], s, 2 + SPARES)
            pool = [o for o in pool if all(o.identity != k.identity for k in keys)]
            # Nor are its wrong options famous: "Congreso" among the three boards a law creates
            # is dropped without the text, as a body that was there before (review 9).
            pool = [o for o in pool if not self.lang.is_known_place(o.text) and not self.lang.is_familiar(o.text)]
            if len(pool) < 2:
                continue
            others, spares = pool[:2], pool[2:]
            passage = self.blank(s, *keys)
            select_all = self.lang.select_all.get(kind) or self.lang.prompt("select_all")
            prompt = self.lang.prompt("listed", kinds=self.lang.kind_names[kind], passage=passage, select_all=select_all)
            choices = [{"text": k.text, "correct": True} for k in keys] + [{"text": self.option_text(o, keys[0]), "correct": False} for o in others]
            item = self.question("multiple_select", prompt, self.explain(s), [s.paragraph], 2, choices=sorted(choices, key=lambda c: fold(str(c["text"]))))
            fact = f"{s.index}:" + "+".join(k.identity for k in keys)
            yield Candidate(
                "question", item, s.paragraph, self.span(keys[0]), self.score("multiple_select", keys[0], s), f"multiple_select|{fact}", fact, [k.text for k in keys],
                blindness.famous_option(item, self.lang.code) if kind == "person"
                else place_kind_options.known_neighbour(s, {k.identity for k in keys}, self.lang) if kind == "place" else [],  # a famous name among local people (blindq2); places beside Toulouse
                spares=[self.option_text(o, keys[0]) for o in spares],
            )
            return

    # ------------------------------------------------------------ across paragraphs

    def orderings(self) -> Iterator[Candidate]:
        # Events worded "first", "finally"... would give their place away.
        sequence = {*self.lang.words.sequence_first, *self.lang.words.sequence_last}
        events = [e for e in choice_rules.dated_events(self.facts) if not {fold(w) for w in e.text.split()} & sequence and self.event_stands_alone(e)]
        if self.variant:
            events = events[self.variant % 2:]
        for group in choice_rules.event_groups(events):
            ordered = sorted(group, key=lambda e: e.date.value)
            # Each event with its date and its own paragraph, the paragraphs cited once each (givesaway3).
            dates = "; ".join(self.lang.prompt("dated_in_paragraph", step=e.text, date=e.date.text, paragraph=str(e.paragraph)) for e in ordered)
            item = self.question(
                "ordering", self.lang.prompt("ordering"), self.lang.prompt("explain_order", dates=dates),
                sorted({e.paragraph for e in group}), 2, items=[e.text for e in ordered],
            )
            fact = "order:" + "+".join(str(e.sentence) for e in group)
            yield Candidate("question", item, min(e.paragraph for e in group), None, self.score("ordering", None, None), fact, fact, [e.text for e in group])

    def role_sexes(self) -> list[list[Any]]:
        """The document's people with roles, split by sex where the language writes roles in two
        genders («directora», «médico»): one matching of both would be paired by gender and the
        rest by elimination (person_options.gender_giveaway), so each is matched among its own."""
        if not self.lang.gender_words_article:
            return [list(self.facts.roles)]
        sexes: dict[str | None, list[Any]] = {}
        for r in self.facts.roles:
            sex = given_names.name_gender(r.person.text, self.lang.code) or person_options.role_gender(r.role, self.lang)
            sexes.setdefault(sex, []).append(r)
        return list(sexes.values())

    def matchings(self) -> Iterator[Candidate]:
        for group in (g for roles in self.role_sexes() for g in choice_rules.role_groups(roles, lambda r: self.role_noun(r.person))):
            pairs = [{"left": r.person.text, "right": r.role} for r in group]
            if len({fold(p["right"]) for p in pairs}) < len(pairs) or len({fold(p["left"]) for p in pairs}) < len(pairs):
                continue
            nouns = [self.role_noun(r.person) for r in group]
            if len({n for n in nouns if n}) < len([n for n in nouns if n]):
                continue  # "engineer" and "railway engineer" fit both people: the pairs could be swapped
            described = "; ".join(f"{r.person.text}: {r.role}" for r in group)
            item = self.question("matching", self.lang.prompt("matching_role"), self.lang.prompt("explain_roles", roles=described), [r.paragraph for r in group], 2, pairs=pairs)
            fact = "roles:" + "+".join(str(r.sentence) for r in group)
            yield Candidate("question", item, min(r.paragraph for r in group), None, self.score("matching", None, None), fact, fact, [x for r in group for x in (r.person.text, r.role)])
        events = [e for e in choice_rules.dated_events(self.facts) if self.event_stands_alone(e)]  # "Lo peor llegó": no side of a matching
        events = events[1:] if self.variant % 2 else events
        for dated in choice_rules.event_groups(events[::-1]):
            dated = dated[:3]
            pairs = [{"left": e.text, "right": e.date.text} for e in dated]
            dates = "; ".join(f"{e.text} ({e.date.text})" for e in dated)
            item = self.question("matching", self.lang.prompt("matching_date"), self.lang.prompt("explain_order", dates=dates), [e.paragraph for e in dated], 2, pairs=pairs)
            fact = "dates:" + "+".join(str(e.sentence) for e in dated)
            yield Candidate("question", item, min(e.paragraph for e in dated), None, self.score("matching", None, None) - 0.04, fact, fact, [x for e in dated for x in (e.text, e.date.text)])

    def event_stands_alone(self, e: Event) -> bool:
        """Whether a dated event reads on its own as an item of an ordering or a matching: no
        discourse marker, head ranked against the rest, or pronoun pointing back ("Lo peor
        llegó", "El primer aviso serio llegó"), no word saying its place (see context), and not
        cut mid-phrase (trivial_gaps.cut_step_reason: its date was a participle's)."""
        return (context.leans_on_context(e.text, self.lang) is None and context.order_given_away([e.text], self.lang) is None
                and trivial_gaps.cut_step_reason(e.text, self.lang) is None)  # "..., introduced" of "introduced in 1921" (givesaway3)

    def definition_problems(self, term: str, definition: str) -> list[str]:
        """Why a term <-> definition card does not stand alone, held back: the draft-time card
        checks of card_checks.DEFINITION_CHECKS (a front that ranks, names a part or a place
        or is common words; a back that leans on another sentence or ranks)."""
        return card_checks.definition_problems(self, term, definition)

    def place_front(self, term: str) -> str | None:
        """The place or named thing a card's front ends with ("The lower Chao Phraya", "El bajo
        Guadalquivir"): a name the document mentions as a place or as a name of no known kind,
        with only common words before it, or such a name and a common noun or two after it ("The
        Boliqueime yard", brief standalone: a thing of the story). A term named after someone
        has a concept's noun ("The Reynolds number", «La escala de Mohs»: CONCEPT_HEADS) and is
        no place."""
        words = term.split()
        heads = [w for w in words if fold(w) not in self.lang.determiners]
        # "La escala de Mohs", "The Mohs scale": a term named after someone, by its kind's noun.
        if not words or any(fold(w) in CONCEPT_HEADS for w in heads[:1] + heads[-1:]):
            return None
        # "The Boliqueime yard", "the Ferrol yard" (brief standalone): a name of the story and
        # one or two common nouns after it are a thing of the story, as "El llagar de Cabranes" is.
        trailing = 0
        while trailing < min(2, len(words) - 1) and words[-1 - trailing][:1].islower():
            trailing += 1
        if trailing and trailing < len(words) - 1:
            words = words[:-trailing]
        if not words[-1][:1].isupper():
            return None
        names = self.__dict__.get("_place_names")
        if names is None:
            names = {fold(m.text): m.text for s in self.facts.sentences for m in s.mentions if m.kind in ("place", "name")}
            self.__dict__["_place_names"] = names
        for start in range(len(words)):
            tail = " ".join(words[start:])
            if fold(tail) in names and all(not w[:1].isupper() or i == 0 for i, w in enumerate(words[:start])):
                return names[fold(tail)]
        return None

    def cards(self) -> Iterator[Candidate]:
        for d in self.facts.definitions:
            back = d.definition[0].upper() + d.definition[1:]
            item = {"front": d.term, "back": back, "source": [d.paragraph], "tags": ["definition"]}
            if (purpose := card_checks.purpose_card(d.term, d.definition, d.copula, self.lang)) is not None:
                # "Closing the sluice was a measure to keep the silt out": what it was for (cards4)
                item = {"front": purpose[0], "back": purpose[1], "source": [d.paragraph], "tags": ["purpose"]}
            fact = f"term:{fold(d.term)}"
            yield Candidate(
                "card", item, d.paragraph, (d.start, d.end), BASE_SCORE["card"] + 0.1, fact, fact, [d.definition],
                self.definition_problems(d.term, d.definition),
            )
        for r in self.facts.roles:
            item = {"front": self.lang.prompt("card_role", person=r.person.text), "back": r.role[0].upper() + r.role[1:], "source": [r.paragraph], "tags": ["people"]}
            fact = f"role:{fold(str(r.person.value))}"
            yield Candidate("card", item, r.paragraph, (r.person.start, r.person.end), BASE_SCORE["card"] + 0.05, fact, fact, [r.person.text, r.role], self.trivial_role(r))
        for e in self.facts.events:
            # A full question ("when did the court report?"), not "when did this happen? The
            # court reported.": an event beyond the language's rules gets no card.
            question = self.lang.when_question(e.text)
            if question is None:
                continue
            item = {"front": self.lang.prompt("card_when", question=question), "back": e.date.text, "source": [e.paragraph], "tags": ["dates"]}
            fact = f"event:{e.sentence}"
            yield Candidate("card", item, e.paragraph, (e.date.start, e.date.end), BASE_SCORE["card"], fact, fact, [e.date.text], self.when_card_problems(e.text, question, self.sentence_earlier(e.sentence)))

    def sentence_earlier(self, index: int) -> str:
        """The document's content before the sentence numbered ``index`` (``text_before``)."""
        sentence = next((s for s in self.facts.sentences if s.index == index), None)
        return self.text_before(sentence) if sentence is not None else ""

    def when_card_problems(self, event: str, question: str, earlier: str = "") -> list[str]:
        """Why a "when" card's front is not a question a learner can answer on its own: built
        from two clauses ("...during his lifetime; he died"), leaning on a word whose referent
        is in another sentence ("his explanation"), keeping a sentence's capital inside the
        question ("when did Few officials..."), or not saying what it asks about ("when was the
        official announcement made?": of what?)."""
        lang = self.lang
        words = re.findall(r"[^\W\d_]+", question)
        folded = [fold(w) for w in words]
        if re.search(r"[;:]", event) or re.search(r",\s+(?:and|but|y|pero)\b", event):
            return [f"held back: the card's front joins two clauses ({event!r}): not a well-formed question"]
        # "when did the company move to Dunford?" (Kellbrook Freight, named before), "when were
        # some sold?" (some of what?): the front leans on another sentence (referents).
        leans = context.elliptical_subject(event, lang) or context.general_referent(event, earlier, lang)
        if leans:
            return [f"held back: the card's front leans on {leans!r}, which stands for something another sentence names"]
        leaning = {w.lower() for w in lang.object_pronouns | lang.possessives | lang.demonstratives} | SUBJECT_PRONOUNS
        # "did Snow present his findings" names its referent first; "did few officials accept
        # his explanation" does not.
        for i, word in enumerate(words):
            if word.lower() in leaning and not any(w[:1].isupper() and fold(w) not in lang.words.stop_words for w in words[1:i]):
                return [f"held back: the card's front leans on {word.lower()!r}, whose referent is in another sentence"]
        pairs = itertools.pairwise(words[1:])  # "Few officials", not "La Palma" (a name's first word)
        if stray := next((w for w, after in pairs if w[:1].isupper() and fold(w) in lang.words.stop_words and after[:1].islower()), None):
            return [f"held back: the card's front keeps the sentence's capital {stray!r} inside the question: not grammatical"]
        named = any(w[:1].isupper() for w in words[1:]) or re.search(r"\d", question)
        content = [w for w in folded if w not in lang.words.stop_words and w not in self.noun_openers and len(w) > 2]
        if not named and not (set(folded) & {fold(c) for c in lang.name_connectors}) and len(content) < 4:
            return [f"held back: the card's front ({question!r}) does not say what it asks about (no name, and nothing of what)"]
        return []
