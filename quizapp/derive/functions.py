"""What a thing does: the function a sentence gives one of the document's terms, as a card.

The fresh reviews (issue 10, brief cover8) left explanatory paragraphs without any acceptable
item: how a mechanism works, with no name, figure or date, often with no cause-effect
connective for a why-card (``quizapp.derive.causes``) either. What such a paragraph often does
state is what one of its terms does: "Lactase splits milk sugar into two simpler sugars ...",
«La quimosina corta la caseína de la leche en fragmentos ...». A teacher asks it as a
flashcard: front "According to the text, what does lactase do?" («Según el texto, ¿qué hace la
quimosina?»), back the text's predicate ("Splits milk sugar ...", «Corta la caseína ...»).

Written only where the card reads on its own and asks the document's own knowledge:

- the sentence opens on its subject and a verb of function in the present (blocks, binds,
  converts, splits, carries; bloquea, convierte, regula, permite), as the language lists them;
- the subject is a term: at most five words, no figure, no pronoun or demonstrative, and its
  rarest word below TERM_ZIPF in general text ("lactase", «quimosina»; never "the water", «el
  suero», which any sentence could say carries something);
- the predicate is 4-30 words with no colon, semicolon, bracket or quotation, and holds no
  demonstrative, possessive or subject pronoun pointing to another sentence; an object "it" or
  "them" after its own noun ("binds oxygen and delivers it") is the predicate's own.

Held back from the start (FUNCTION_HOLD, one of the set reasons of ``quizapp.derive``):
``check_drafts`` offers it only for a content paragraph no other ready draft covers, before a
gap on one of its lower-case words, after the checks every card passes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizapp.derive.causes import POINT_TAG
from quizapp.derive.causes import RULES as CAUSE_RULES
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate, first_card_per_paragraph
from quizapp.derive.extract import Sentence, fold
from quizapp.derive.given_names import given_name, surname

FUNCTION_HOLD = "held back: a card on what one of the document's terms does"
SCORE = BASE_SCORE["card"] - 0.2  # a fallback, below every fact's card, above a why-card
TERM_ZIPF = 2.5  # the subject's rarest word, in general text: a term ("lactase" 2.15), not a
# common word nor a textbook's household one ("chlorophyll" 2.75, "hemoglobin" 2.92), whose
# function a reader may know without the text
MAX_SUBJECT_WORDS = 5
MIN_PREDICATE_WORDS, MAX_PREDICATE_WORDS = 4, 30
OBJECT_PRONOUNS = frozenset(("it", "them", "lo", "la", "los", "las"))
# A subject ending in one of these is not the whole subject: a relative clause ("A tube that
# carries ..."), a clitic or negation before the verb («La proteína se une ...», «no permite»),
# an adverb ("also", "often").
SUBJECT_ENDS = frozenset((
    "that", "which", "who", "whose", "not", "also", "often", "usually", "only", "then", "still", "never", "always",
    "que", "quien", "cual", "se", "no", "lo", "la", "le", "les", "los", "las", "ya", "tambien", "nunca", "solo", "siempre",
))
WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(frozen=True)
class Rules:
    """One language's verbs of function and the card's wording."""

    singular: re.Pattern[str]  # a verb of function in the present, third person singular
    plural: re.Pattern[str]
    fronts: tuple[str, str]  # (singular, plural), with {subject}
    articles: frozenset[str]  # folded: a subject may open with one


_EN = (
    "block bind convert split carry regulate allow control produce release transport prevent protect store absorb deliver"
    " remove filter pump detect trigger attach link supply drive trap capture shield seal drain sense digest dissolve"
    " break_down take_up hold increase reduce lower raise keep let help cause push pull guide collect gather send"
)
_ES = (
    "bloquea convierte regula permite transporta produce libera impide protege almacena absorbe elimina filtra detecta"
    " controla fija une capta atrapa lleva conduce mueve impulsa retiene suministra aporta descompone sella drena corta"
    " disuelve digiere aumenta reduce mantiene sujeta causa deja envía recoge empuja guía"
)


def _english(plural: bool) -> re.Pattern[str]:
    forms = []
    for verb in _EN.split():
        word, _, particle = verb.partition("_")
        if not plural:
            word = re.sub(r"(?<=[^aeiou])y$", "ie", word) + ("es" if re.search(r"(?:s|sh|ch|x|z)$", word) else "s")
        forms.append(f"{word} {particle}" if particle else word)
    return re.compile(r"(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b")


def _spanish(plural: bool) -> re.Pattern[str]:
    forms = [(v[:-1] + ("an" if v.endswith("a") else "en")) if plural else v for v in _ES.split()]
    return re.compile(r"(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b")


RULES = {
    "en": Rules(
        singular=_english(False), plural=_english(True),
        fronts=("According to the text, what does {subject} do?", "According to the text, what do {subject} do?"),
        articles=frozenset(("the", "a", "an")),
    ),
    "es": Rules(
        singular=_spanish(False), plural=_spanish(True),
        fronts=("Según el texto, ¿qué hace {subject}?", "Según el texto, ¿qué hacen {subject}?"),
        articles=frozenset(("el", "la", "los", "las", "un", "una")),
    ),
}


# What a process does to a thing, with the effect it explains (brief explain): "Smoking calms the
# guard bees, meaning that they stop signalling an alarm, so the keeper can open the hive." ->
# "According to the text, what does smoking do to the guard bees?" / "Calms the guard bees,
# meaning that ...". The subject a gerund naming the process, the object a definite noun phrase,
# and a clause of its effect after the comma; the back the predicate as written.
PROCESS = re.compile(
    r"^(?P<subject>[A-Z][a-z]{3,}ing)\s+(?P<predicate>(?P<verb>[a-z]{3,}s)\s+(?P<object>the\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+)"
    r",\s+(?:meaning that|which means that|so that|so|and so|and thus|thus)\s+[^;:]+)\.$"
)
PROCESS_FRONT = "According to the text, what does {subject} do to {object}?"
NOT_PROCESSES = frozenset(("during", "nothing", "something", "anything", "everything", "being", "having", "including", "according", "following", "morning", "evening", "building", "ceiling", "spring", "string", "thing"))
NOT_VERBS = frozenset((
    "is", "was", "has", "does", "its", "this", "thus", "across", "always", "perhaps", "sometimes", "as", "less", "unless",
    # a link or a relation, no action on the thing ("Fishing remains the main trade, so ...")
    "remains", "seems", "becomes", "means", "looks", "stays", "appears", "proves", "involves", "requires", "includes", "needs",
    "takes", "follows", "precedes", "resembles", "equals", "represents", "concerns", "depends", "lasts", "costs", "begins",
    "starts", "ends", "employs", "gives", "brings", "marks", "opens", "closes",
))


# What a step of a process does, with no effect clause after it (brief mechanism): "Soaking
# the tubers for weeks in running water leaches out the bitter glycoalkaloids ...", «Remojar el
# grano en agua fría durante una noche ablanda la cáscara y elimina ...». The subject is the
# step: a gerund (an infinitive in Spanish) with its object, opened by an article, and what
# follows it; the verb one of what a step does to a thing (STEP_VERBS); the back the predicate
# as written, up to a semicolon (what follows it, "the result is ...", is a clause of its own).
_EN_STEPS = (
    "removes leaches washes rots breaks softens hardens dries kills weakens strengthens loosens tightens darkens lightens"
    " sweetens turns converts reduces raises lowers prevents stops keeps releases draws extracts seals protects dissolves"
    " concentrates preserves strips separates cleans clears melts cools warms heats thickens shrinks swells drives forces"
    " lifts spreads mixes binds fixes cures firms tenderises tenderizes bleaches stains flattens smooths compacts aerates"
    " oxidises oxidizes ferments splits frees exposes pulls pushes dislodges destroys eliminates"
)
_ES_STEPS = (
    "elimina extrae arrastra ablanda endurece seca quita lava oscurece aclara endulza enfría calienta espesa mata debilita"
    " refuerza afloja limpia suaviza acelera retrasa frena reduce aumenta evita impide conserva protege libera disuelve"
    " concentra rompe convierte separa fija sella compacta oxida fermenta cura blanquea tiñe deshace descompone destruye"
    " reblandece hincha encoge aporta favorece"
)
STEP_VERBS = {"en": _EN_STEPS.split(), "es": _ES_STEPS.split()}
STEP_PARTICLES = r"(?:\s+(?:out|away|off|up|down|apart|back))?"
STEP = {
    "en": re.compile(
        r"^(?P<subject>[A-Z][a-z]{3,}ing\s+(?:the|a|an|each|every|all)\s+[^,;:]+?)\s+(?P<predicate>(?P<verb>"
        + "|".join(STEP_VERBS["en"]) + r")\b" + STEP_PARTICLES + r"\s+[^;:]+?)\s*(?:;[^:]*)?\.$"
    ),
    "es": re.compile(
        r"^(?P<subject>[A-ZÁÉÍÓÚ][a-záéíóúñ]{2,}(?:ar|er|ir)(?:l[oa]s?|se)?\s+(?:el|la|los|las|un|una|unos|unas)\s+[^,;:]+?)\s+(?P<predicate>(?P<verb>"
        + "|".join(STEP_VERBS["es"]) + r")\b\s+[^;:]+?)\s*(?:;[^:]*)?\.$"
    ),
}
# ... or named by its noun with what it is done to: "The scouring of the raw fleece ... removes
# ...", «El lavado de la lana ... elimina ...», «La maceración de las pieles ... afloja ...».
STEP_NOUN = {
    "en": re.compile(
        r"^(?P<subject>The\s+[a-z]{3,}ing\s+of\s+(?:the\s+)?[^,;:]+?)\s+(?P<predicate>(?P<verb>"
        + "|".join(STEP_VERBS["en"]) + r")\b" + STEP_PARTICLES + r"\s+[^;:]+?)\s*(?:;[^:]*)?\.$"
    ),
    "es": re.compile(
        r"^(?P<subject>(?:El\s+[a-záéíóúñ]{2,}(?:ado|ido|eo|aje|miento)|La\s+[a-záéíóúñ]{3,}ción)\s+(?:de|del)\s+[^,;:]+?)\s+(?P<predicate>(?P<verb>"
        + "|".join(STEP_VERBS["es"]) + r")\b\s+[^;:]+?)\s*(?:;[^:]*)?\.$"
    ),
}
# Nouns of those endings that name no step: a place, a group, a role.
NOT_STEP_NOUNS = frozenset((
    "poblacion", "nacion", "estacion", "cancion", "habitacion", "asociacion", "fundacion", "direccion", "administracion", "generacion",
    "region", "organizacion", "federacion", "corporacion", "institucion", "comision", "seleccion", "tradicion", "mercado", "estado",
    "senado", "partido", "sentido", "condado", "obispado", "reinado", "ayuntamiento", "movimiento", "regimiento", "personaje",
    "paisaje", "lenguaje", "ambiente", "building", "meeting", "ceiling", "morning", "evening", "wedding", "opening", "beginning",
))
STEP_FRONT = {"en": "According to the text, what does {subject} do?", "es": "Según el texto, ¿qué efecto tiene {subject}?"}
MAX_STEP_WORDS = 14  # the step as the front names it
NOT_INFINITIVES = frozenset(("lugar", "hogar", "mujer", "poder", "deber", "placer", "altar", "collar", "pilar", "azar", "taller", "alquiler", "nectar", "militar", "particular", "popular", "similar", "singular"))


@dataclass(frozen=True)
class Instrument:
    """One language's "It compares A with B" after "a device called X": what an instrument does."""

    called: re.Pattern[str]  # the name in the sentence before, group name (and form: its article)
    devices: re.Pattern[str]  # before the naming word: what "It" («Este») may take up is an instrument
    sentence: re.Pattern[str]  # groups subject, verb, object
    pronouns: frozenset[str]  # folded subjects that take up the name
    front: str  # with {verb} (the front's form) and {subject}
    articles: dict[str, str]  # the pronoun's last letter -> the name's article (Spanish: «Esta» -> «la»)


INSTRUMENT_VERBS_EN = "compares|measures|records|registers|detects|shows|indicates|counts|weighs|tracks|senses|displays"
INSTRUMENT_VERBS_ES = "compara|mide|registra|detecta|muestra|indica|cuenta|pesa|señala|calcula"
INSTRUMENTS = {
    "en": Instrument(
        devices=re.compile(r"\b(?:device|tool|instrument|gauge|meter|apparatus|machine|sensor|dial|scale|probe|vessel|glass|tube)s?\s+(?:\w+\s+){0,2}$"),
        called=re.compile(r"\b(?:called|named)\s+(?P<name>(?:(?:a|an|the)\s+)?[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2})\.$"),
        sentence=re.compile(rf"^(?P<subject>It|This|(?:A|An|The|Each)\s+[a-z][a-z\-]*)\s+(?P<verb>{INSTRUMENT_VERBS_EN})\s+(?P<object>[^:;]+?)\s*(?::[^;]*)?\.$"),
        pronouns=frozenset(("it", "this")),
        front="According to the text, what does {subject} {verb}?",
        articles={},
    ),
    "es": Instrument(
        devices=re.compile(r"\b(?:aparato|instrumento|herramienta|dispositivo|medidor|sensor|máquina|utensilio|vaso|tubo|recipiente)s?\s+(?:\w+\s+){0,2}$"),
        called=re.compile(r"\b(?P<form>llamad[oa]s?|denominad[oa]s?)\s+(?P<name>[a-záéíóúñü][a-záéíóúñü\-]*(?:\s+[a-záéíóúñü][a-záéíóúñü\-]*){0,2})\.$"),
        sentence=re.compile(rf"^(?P<subject>Este|Esta|Éste|Ésta|(?:El|La)\s+[a-záéíóúñü]+)\s+(?P<verb>{INSTRUMENT_VERBS_ES})\s+(?P<object>[^:;]+?)\s*(?::[^;]*)?\.$"),
        pronouns=frozenset(("este", "esta")),
        front="Según el texto, ¿qué {verb} {subject}?",
        articles={"e": "el", "a": "la"},
    ),
}


class FunctionDrafter:
    """Cards on what a term does, for explanatory paragraphs the other drafters leave empty."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        self.rules = RULES.get(self.lang.code)
        cause_rules = CAUSE_RULES.get(self.lang.code)
        self.leaning = (cause_rules.leaning | cause_rules.demonstratives) - OBJECT_PRONOUNS if cause_rules else frozenset()
        self.stop = self.lang.words.stop_words
        sentences = self.builder.facts.sentences
        self.before = {(b.paragraph, b.index + 1): b for b in sentences}
        # Words the document writes capitalised inside a sentence: names, whatever else they are.
        self.inner_capitals = {w for b in sentences for w in WORD.findall(b.text)[1:] if w[0].isupper()}

    def candidates(self) -> Iterator[Candidate]:
        if self.rules is None:
            return
        yield from first_card_per_paragraph(self.builder.facts.sentences, self.card)

    def card(self, s: Sentence) -> Candidate | None:
        return self.process(s) or self.step(s) or self.instrument(s) or self.function(s)

    def step(self, s: Sentence) -> Candidate | None:
        """What a step of a process does (STEP): "Retting the flax stems in a shallow pond for
        two weeks rots away the gum that binds the fibres; ..." -> "According to the text, what
        does retting the flax stems in a shallow pond for two weeks do?" / "Rots away the gum
        that binds the fibres." («Desalar el bacalao ... arrastra la sal ...» -> «Según el
        texto, ¿qué efecto tiene desalar el bacalao ...?»). The step names its thing (no
        pronoun, demonstrative or possessive); the gerund is a word of the language and no
        noun in -ing ("Spring", "Morning")."""
        found = STEP.get(self.lang.code)
        if found is None or re.search(r"[()\[\]\"“”«»]", s.text) or not self.builder.usable(s):
            return None
        m = found.match(s.text.strip())
        named = m is None and (m := STEP_NOUN[self.lang.code].match(s.text.strip())) is not None
        if m is None:
            return None
        subject, predicate = m.group("subject"), m.group("predicate")
        written = subject.split()[1 if named else 0]
        head = fold(written)
        if head in NOT_PROCESSES or head in NOT_INFINITIVES or head in NOT_STEP_NOUNS or (head in self.stop and not named):
            return None
        # a rare gerund ("Retting", «Desalar») is no word of the list: then no name either
        # ("Pickering the ...": a surname), nor a word the document capitalises inside a sentence
        if not self.lang.is_real_word(head) and (given_name(written) or surname(written) or written in self.inner_capitals):
            return None
        words = [fold(w) for w in WORD.findall(subject)]
        if len(subject.split()) > MAX_STEP_WORDS or any(w in self.leaning or w in self.lang.pronouns for w in words[1:]):
            return None
        if any(w[:1].isupper() for w in WORD.findall(subject)[1:]):
            return None  # a name in the step: asked by the name items
        if not self.predicate_reads(predicate):
            return None
        front = STEP_FRONT[self.lang.code].format(subject=subject[0].lower() + subject[1:])
        card = self.candidate(s, front, predicate[0].upper() + predicate[1:] + ".", predicate, subject)
        card.item["tags"] = ["function", POINT_TAG]
        return card

    def process(self, s: Sentence) -> Candidate | None:
        """What a process does to a thing, and the effect that explains (PROCESS)."""
        if self.lang.code != "en" or re.search(r"[()\[\]\"“”«»]", s.text):
            return None
        m = PROCESS.match(s.text.strip())
        if m is None:
            return None
        subject, verb, thing, predicate = m.group("subject"), m.group("verb"), m.group("object"), m.group("predicate")
        folded = fold(subject)
        if folded in NOT_PROCESSES or folded in self.stop or not self.lang.is_real_word(folded) or verb in NOT_VERBS or verb in self.stop:
            return None
        if any(fold(w) in self.leaning or fold(w) in self.stop - {"the"} for w in WORD.findall(thing)):
            return None  # "the other pots", "the same clay": a thing another sentence names
        if not MIN_PREDICATE_WORDS <= len(predicate.split()) <= MAX_PREDICATE_WORDS:
            return None
        front = PROCESS_FRONT.format(subject=folded, object=thing)
        return self.candidate(s, front, predicate[0].upper() + predicate[1:] + ".", predicate, f"{folded}|{thing}")

    def instrument(self, s: Sentence) -> Candidate | None:
        """ "Keepers weigh each colony with a device called a hive scale. It compares the weight
        of the full hive with the weight of the empty box: ..." -> "According to the text, what
        does a hive scale compare?" / "The weight of the full hive with the weight of the empty
        box." («... un aparato llamado báscula apícola. Esta compara ...» -> «Según el texto,
        ¿qué compara la báscula apícola?»). The subject ("It", «Esta», "A scale" for "hive
        scales") takes up the name the sentence before closes on; the back is what it acts on."""
        found = INSTRUMENTS.get(self.lang.code)
        before = self.before.get((s.paragraph, s.index))
        if found is None or before is None or re.search(r"[()\[\]\"“”«»;]", s.text):
            return None
        m = found.sentence.match(s.text.strip())
        named = found.called.search(before.text.strip())
        if m is None or named is None:
            return None
        subject = m.group("subject")
        if fold(subject.split()[-1]) in found.pronouns and not found.devices.search(before.text.strip()[:named.start()]):
            return None  # "a process called fermentation. It shows ...": "It" may be more than the name
        name = self.instrument_name(found, subject, named)
        thing = m.group("object").strip()
        if name is None or not 3 <= len(thing.split()) <= MAX_PREDICATE_WORDS or any(fold(w) in self.leaning for w in WORD.findall(thing)):
            return None
        verb = m.group("verb")
        if self.lang.code == "en":
            verb = verb[:-2] if re.search(r"(?:ch|sh|ss|x)es$", verb) else verb[:-1]
        front = found.front.format(verb=verb, subject=name)
        return self.candidate(s, front, thing[0].upper() + thing[1:] + ".", thing, name)

    def instrument_name(self, found: Instrument, subject: str, named: re.Match[str]) -> str | None:
        """The instrument the subject takes up, as the front names it, or None."""
        name = named.group("name")
        words = name.split()
        head = fold(subject.split()[-1])
        if self.lang.code == "es":
            form = named.group("form")
            if form.endswith("s") or (head not in found.pronouns and not fold(words[-1]).startswith(head)):
                return None  # «llamados ...»: several; «El aparato compara»: another noun
            # the name's gender is the pronoun's («un aparato llamado báscula. Esta ...»: la báscula)
            article = found.articles[fold(subject.split()[0])[-1]] if head in found.pronouns else fold(subject.split()[0])
            return f"{article} {name}"
        article = words[0] if fold(words[0]) in ("a", "an", "the") else ""
        bare = words[1:] if article else words
        if head in found.pronouns:
            if bare[-1].endswith("s") and not bare[-1].endswith("ss"):
                return None  # "It" after "gauges called ..." names one of several
            if not article:
                article = "an" if bare[0][0] in "aeiou" else "a"
            return " ".join([article, *bare])
        if not fold(bare[-1]).startswith(head) or len(bare) < 2:
            return None  # "The kiln compares ..." after "cones called ...": another thing
        first = subject.split()[0].lower()
        return " ".join([first, *bare[:-1], subject.split()[-1]])

    def candidate(self, s: Sentence, front: str, back: str, key: str, name: str) -> Candidate:
        item = {"front": front, "back": back, "source": [s.paragraph], "tags": ["function"]}
        at = s.start + s.text.find(key)
        fact = f"function:{s.paragraph}:{s.index}"
        return Candidate(
            "card", item, s.paragraph, (at, at + len(key)), SCORE, f"card|function|{fact}|{fold(name)}", fact, [key],
            [f"{FUNCTION_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def function(self, s: Sentence) -> Candidate | None:
        rules = self.rules
        assert rules is not None
        text = s.text.strip()
        if not text.endswith(".") or re.search(r"[:;()\[\]\"“”«»]", text):
            return None
        for plural, verbs in ((False, rules.singular), (True, rules.plural)):
            m = re.match(rf"^(?P<subject>[^,\d]+?)\s+(?P<predicate>{verbs.pattern}\s+[^,].*)\.$", text)
            if m is None or not self.term(m.group("subject")):
                continue
            subject, predicate = m.group("subject"), m.group("predicate")
            if not self.predicate_reads(predicate):
                return None
            first = WORD.findall(subject)[0]
            shown = subject[0].lower() + subject[1:] if fold(first) in rules.articles or self.common(first) else subject
            back = predicate[0].upper() + predicate[1:] + "."  # the text's own words: grounding reads them
            item = {"front": rules.fronts[plural].format(subject=shown), "back": back, "source": [s.paragraph], "tags": ["function"]}
            at = s.start + s.text.find(predicate)
            fact = f"function:{s.paragraph}:{s.index}"
            return Candidate(
                "card", item, s.paragraph, (at, at + len(predicate)), SCORE, f"card|function|{fact}|{fold(subject)}", fact, [predicate],
                [f"{FUNCTION_HOLD}, offered only for a paragraph no other ready draft covers"],
            )
        return None

    def common(self, word: str) -> bool:
        """A capitalised word opening the sentence that is no name ("Lactase", "Thermosyphons")."""
        return not any(m.text.startswith(word) and m.kind in ("person", "organisation", "place") for s in self.builder.facts.sentences for m in s.mentions)

    def term(self, subject: str) -> bool:
        """Whether the subject names one of the document's terms (see the module's docstring)."""
        words = WORD.findall(subject)
        folded = [fold(w) for w in words]
        if not words or len(subject.split()) > MAX_SUBJECT_WORDS or any(w in self.leaning or w in self.lang.pronouns for w in folded):
            return False
        rules = self.rules
        assert rules is not None
        if folded[0] in self.stop and folded[0] not in rules.articles:
            return False  # "In most adults the gene ...": an opening phrase, not the subject
        if folded[-1] in SUBJECT_ENDS or folded[-1].endswith("ly") or any(w in ("that", "which", "who", "que", "quien", "cual") for w in folded):
            return False
        content = [w for w, f in zip(words, folded, strict=True) if f not in self.stop]
        if not content or any(w[:1].isupper() for w in words[1:]):
            return False  # a name ("Embrapa researchers") is asked by the name items
        return min(self.lang.familiarity(w.lower()) for w in content) < TERM_ZIPF

    def predicate_reads(self, predicate: str) -> bool:
        rules = self.rules
        assert rules is not None
        words = predicate.split()
        if not MIN_PREDICATE_WORDS <= len(words) <= MAX_PREDICATE_WORDS:
            return False
        folded = [fold(w) for w in WORD.findall(predicate)]
        if any(w in self.leaning for w in folded):
            return False
        # An object pronoun only after a noun of the predicate's own ("binds oxygen and delivers it").
        first_pronoun = next((i for i, w in enumerate(folded) if w in OBJECT_PRONOUNS and w not in rules.articles), None)
        return first_pronoun is None or first_pronoun >= 2
