"""Cards on what an explanatory paragraph explains: then and now, not this but that, kinds, a job.

The reviews (issue 10, brief explain) found the paragraphs still left without any ready item
were mostly explanatory ones with no name, figure or date to ask, and no term a definition or a
function card reads (``quizapp.derive.definitions``, ``quizapp.derive.functions``). Their point
is carried by the shape of the passage, and a teacher asks that point:

- then and now: "Before commercial yeast, bakers kept a piece of old dough ... Today most home
  bakers buy dried granules ..." -> front "Today most home bakers buy dried granules ...
  According to the text, what was the case before commercial yeast?", back "Bakers kept a
  piece of old dough ..." («Hasta el siglo XIX, ... Hoy ...»; a time that leans on another
  sentence, "Until then", «Hasta entonces», is asked as "before", «antes»);
- not this but that: "Yeast is not a plant or a bacterium. Instead, it is a single-celled
  fungus ..." -> "Yeast is not a plant or a bacterium. What is it, according to the text?" /
  "A single-celled fungus ..."; «La fuerza de marea no empuja el agua hacia arriba, sino que
  la estira ...» -> «... ¿qué hace en cambio?» / «La estira ...». The front says what it is
  not, the back what it is: the back is no negation of the front, and a back of a word or two
  ("not straight but curved", an antonym a reader guesses) is not asked;
- kinds that differ: "Not all leavening agents are alike: some ..., others ..." -> "According
  to the text, how do leavening agents differ from one another?" («No todas las mareas son
  iguales: unas ..., otras ...»);
- a thing's job: "The job of the gluten network is to trap ..." -> "According to the text, what
  is the job of the gluten network?" / "To trap ..."; «La función de los diques es proteger
  ...», «El mareógrafo sirve para registrar ...» -> «¿para qué sirve el mareógrafo?».

The wording of each shape is the language's (``Language.explaining`` and its prompts): the
drafter names no language. A card is written only where it stands alone: the subject, the kind
or the thing opens on no pronoun or demonstrative and names no person (a person is asked by
the name items), and the back is the text's own words (grounding reads them), at least
MIN_BACK_WORDS long and opening on no pronoun that the front does not resolve.

Held back from the start (EXPLAINING_HOLD, one of the set reasons of ``quizapp.derive``):
``check_drafts`` offers one only for a content paragraph no other ready draft covers, after a
paragraph's facts and before a gap on one of its lower-case words, and after every check a card
passes (grounding, standing alone, the card checks).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.extract import Sentence, fold
from quizapp.language import lower_initial

EXPLAINING_HOLD = "held back: a card on what an explanatory paragraph sets against what (then and now, not this but that, kinds, a job)"
SCORE = BASE_SCORE["card"] - 0.2  # a fallback, below every fact's card, above a why-card
MIN_BACK_WORDS = 4  # "curved", "a fungus": a word or two a reader guesses from the front
MAX_BACK_WORDS = 40
MAX_SUBJECT_WORDS = 7
STEM = 5  # letters two forms of a noun share ("baker"/"bakers")
SUBJECT_REACH = 3  # words of a clause's opening that hold its subject's noun
WORD = re.compile(r"[^\W\d_][\w'’\-]*")


class ExplainingDrafter:
    """Cards on explaining shapes, for explanatory paragraphs the other drafters leave empty."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        self.rules = self.lang.explaining
        self.leaning = self.lang.pronouns | self.lang.demonstratives | self.lang.context_openers
        # ... and, for a clause's subject, the words that name a part of a group named elsewhere ("many", «muchos»)
        self.leaning_subject = self.leaning | self.lang.leaning_subjects
        sentences = builder.facts.sentences
        self.after = {(s.paragraph, s.index - 1): s for s in sentences}

    def candidates(self) -> Iterator[Candidate]:
        for s in self.builder.facts.sentences:
            made = self.then_and_now(s) or self.not_but(s) or self.kinds(s) or self.job(s)
            if made is not None:
                yield made

    # --- the shapes -------------------------------------------------------------------------

    def then_and_now(self, s: Sentence) -> Candidate | None:
        """"Before X, A. Today B." -> "B. According to the text, what was the case before X?" / "A"."""
        then = self.rules.then.match(s.text.strip())
        following = self.after.get((s.paragraph, s.index))
        if then is None or following is None:
            return None
        now = self.rules.now.match(following.text.strip())
        rest = then.group("rest")
        if now is None or not self.has_subject(rest) or not self.has_subject(following.text.strip()[now.end():], rest):
            return None
        time = then.group("time")
        time = self.rules.before if self.rules.pointing.search(time) else lower_initial(time)
        front = self.lang.prompt("explain_then", now=following.text.strip(), time=time)
        return self.card(s, front, self.sentence_back(rest), "then")

    def not_but(self, s: Sentence) -> Candidate | None:
        """"S is not A; instead, B" (or over two sentences) -> "S is not A. What is it?" / "B"."""
        text = s.text.strip()
        m = self.rules.negated.match(text)
        back = m.group("back") if m else None
        if m is None:
            m = self.rules.negated_alone.match(text)
            following = self.after.get((s.paragraph, s.index))
            instead = self.rules.instead.match(following.text.strip()) if m and following else None
            if instead is None:
                return None
            back = instead.group("back")
        assert m is not None and back is not None
        subject, verb, negated = m.group("subject"), m.group("verb"), m.group("neg")
        if not self.names_its_thing(s, subject):
            return None
        copula = fold(verb) in self.rules.copulas
        if copula:
            # What it is: a noun phrase ("a breastshot wheel ...", «el resultado de ...»), not
            # a complement («no es de piedra, sino de madera») a reader picks from two.
            back = self.rules.restated_subject.sub("", back)
            if fold(WORD.findall(back)[0] if WORD.findall(back) else "") not in self.rules.phrase_openers:
                return None
        else:
            # What it does instead: a clause of its own («sino que esperaba ...», "rather, they
            # shear ..."), not a complement of the same verb («sino con el agua ...»).
            marked = bool(self.rules.clause_marker) and "marker" in m.groupdict() and m.group("marker") is not None
            opens_on_subject = bool(WORD.findall(back)) and fold(WORD.findall(back)[0]) in self.lang.pronouns
            if not (marked or opens_on_subject):
                return None
        rules = self.rules
        plural = fold(verb) in rules.plural_verbs or (fold(verb) in rules.either_number and fold(subject).endswith("s") and not fold(subject).endswith("ss"))
        asked = self.do(verb) if rules.do_forms and not copula else verb  # «no empuja» -> «¿qué hace?»; "does not" -> "what does it do"
        front = self.lang.prompt("explain_not_is" if copula else "explain_not_does", negated=negated, verb=asked, pronoun=rules.asked_pronouns[plural])
        return self.card(s, front, self.sentence_back(back), "not", own_pronoun=True)

    def kinds(self, s: Sentence) -> Candidate | None:
        """"Not all X are alike: some ..., others ..." -> "How do X differ from one another?"."""
        m = self.rules.not_all.match(s.text.strip())
        if m is None:
            return None
        kind, back = m.group("kind"), m.group("back").strip()
        if any(fold(w) in self.leaning for w in WORD.findall(kind)):
            return None
        if not back:  # "Not all X are alike." + "Some ..., others ...": the next sentence says how
            following = self.after.get((s.paragraph, s.index))
            if following is None:
                return None
            back = following.text.strip()
        front = self.lang.prompt("explain_kinds", kind=kind)
        return self.card(s, front, self.sentence_back(back), "kinds")

    def job(self, s: Sentence) -> Candidate | None:
        """"The job of X is to ..." / «X sirve para ...» -> "What is the job of X?" / "To ..."."""
        text = s.text.strip()
        m = self.rules.job.match(text)
        if m is not None:
            thing = m.group("thing")
            if any(fold(w) in self.leaning for w in WORD.findall(thing)):
                return None
            back = self.rules.clause_joint.split(m.group("back"), maxsplit=1)[0]
            back = self.rules.job_back.format(back=back)
            front = self.lang.prompt("explain_job", noun=lower_initial(m.group("noun")), thing=thing)
            return self.card(s, front, self.sentence_back(back), "job", purpose=True)
        m = self.rules.serves.match(text)
        if m is None or not self.names_its_thing(s, m.group("thing")):
            return None
        thing = m.group("thing")
        first = fold(WORD.findall(thing)[0])
        shown = lower_initial(thing) if first in self.lang.determiners or first in self.lang.words.stop_words else thing
        front = self.lang.prompt("explain_serves", verb=m.group("verb"), thing=shown)
        back = self.rules.clause_joint.split(m.group("back"), maxsplit=1)[0]  # (its own clause only)
        return self.card(s, front, self.sentence_back(back), "job", purpose=True)

    # --- what the shapes share --------------------------------------------------------------

    def leans(self, clause: str) -> bool:
        """Whether a clause opens on a word that needs another sentence ("they kept ...", «Esto ...»)."""
        words = WORD.findall(clause)
        return not words or fold(words[0]) in self.leaning

    def has_subject(self, clause: str, other: str = "") -> bool:
        """Whether a clause opens on a subject of its own: no pronoun, no bare "many" ("Today
        many leave ...": whom? the other clause's subject, on the card's back), though "most"
        before the noun of the ``other`` clause's subject names it ("Today most home bakers
        buy ..." after "bakers kept ..."); and, where the language drops its subjects, an
        article or a quantifier before it («Hoy recibe ...»: what does?)."""
        words = WORD.findall(clause)
        if not words or fold(words[0]) in self.leaning:
            return False
        if fold(words[0]) in self.leaning_subject:
            named = {fold(w)[:STEM] for w in WORD.findall(other)[:SUBJECT_REACH] if fold(w) not in self.lang.words.stop_words}
            if not any(fold(w)[:STEM] in named for w in words[1:SUBJECT_REACH + 1]):
                return False
        openers = self.rules.subject_openers
        return not openers or fold(words[0]) in openers or words[0][:1].isupper()

    def names_its_thing(self, s: Sentence, subject: str) -> bool:
        """A subject that names its thing: a few words, no pronoun or demonstrative, no person."""
        words = WORD.findall(subject)
        if not words or len(words) > MAX_SUBJECT_WORDS or any(fold(w) in self.leaning or fold(w) in self.rules.negations for w in words):
            return False
        if fold(words[0]) in self.lang.words.stop_words and fold(words[0]) not in self.lang.determiners:
            return False  # "In winter the lake is not ...": an opening phrase, not the subject
        end = s.start + len(subject)
        return not any(m.kind == "person" and m.start < end for m in s.mentions)

    def do(self, verb: str) -> str:
        """The verb "do" in the tense and number of ``verb`` («empuja» -> «hace», «molían» -> «hacían»)."""
        folded = fold(verb)
        plural = folded.endswith("n")
        stem = folded[:-1] if plural else folded
        for ending, one, many in self.rules.do_forms:
            if stem.endswith(ending) or (plural and folded.endswith(ending)):
                return many if plural else one
        return verb

    def without_purpose(self, back: str) -> str:
        """A job's back without the word its language opens it on ("To trap ...": "trap ...")."""
        prefix = self.rules.job_back.split("{back}")[0].strip()
        return back[len(prefix):].lstrip() if prefix and fold(back[:len(prefix)]) == fold(prefix) else back

    def sentence_back(self, back: str) -> str:
        back = back.strip().rstrip(".").strip()
        return back[:1].upper() + back[1:] + "." if back else ""

    def card(self, s: Sentence, front: str, back: str, shape: str, *, purpose: bool = False, own_pronoun: bool = False) -> Candidate | None:
        """The card, if its back reads: long enough, and opening on no word that leans on
        another sentence (a subject pronoun may, ``own_pronoun``, where the front names its
        subject: "Kneading does not ... What does it do instead?" / "It lines up ...")."""
        words = WORD.findall(back)
        if not MIN_BACK_WORDS <= len(words) <= MAX_BACK_WORDS:
            return None
        if self.leans(self.without_purpose(back)) and not (own_pronoun and fold(words[0]) in self.lang.pronouns):
            return None
        own = back.rstrip(".")
        own = self.without_purpose(own) if purpose else own
        at = s.text.find(own[1:])  # (its first letter may have been capitalised)
        start = s.start + max(at - 1, 0) if at >= 0 else s.start
        tags = ["explaining", shape] + (["purpose"] if purpose else [])
        item = {"front": front, "back": back, "source": [s.paragraph], "tags": tags}
        fact = f"explaining:{s.paragraph}:{s.index}"
        return Candidate(
            "card", item, s.paragraph, (start, start + len(own)), SCORE, f"card|explaining|{fact}|{shape}", fact, [own],
            [f"{EXPLAINING_HOLD}, offered only for a paragraph no other ready draft covers"],
        )
