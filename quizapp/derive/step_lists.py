"""Drafts from a list of named steps: a process the text lays out one named step an item.

Textbooks describe a process as a list whose items each open with the step's name and go on
with what happens in it ("Blocking, in which the felt is pulled over a wooden form.", "Sizing:
the hat is steamed ...", «El colado, en el que se vierte el bronce ...», «La falsa campana, es
decir, una capa de barro ...», «El afinado, que consiste en rebajar ...»). When the lead-in or
the list says the steps come in order (numbered, "steps", «fases», "the following" in a
paragraph about a process), such a list gets:

- an **ordering** of the step names alone, in the text's order ("Put the stages of the making
  of a felt hat in order."), citing the lead-in and every item; not when the names give the
  order away ("Stage one", a number, a date);
- a **card** per step: "In the making of a felt hat, what does blocking consist of?" ↔ the
  item's description cut to its main clause, without the name;
- a **single choice** per step: "In the making of a felt hat, which stage does the text
  describe as “the felt is pulled over a wooden form”?", the other step names its wrong options.

The fronts name the process the lead-in's paragraph names ("The making of a felt hat is a slow
process", «las fases de la fabricación de una campana»); without one, only the ordering is made,
its prompt the list's own (``ListDrafter.prompt``). The wording lives here, with its kind, in
both languages. Every candidate then goes through the same checks as the others.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizapp.derive.drafting import BASE_SCORE, Candidate
from quizapp.derive.extract import fold
from quizapp.derive.lists import LIST_ORDERING_SCORE, MIN_SIDE_WORDS, Entry, ListDrafter, TextList, head
from quizapp.derive.sequences import MIN_STEPS, is_label, ordering_citation, step_windows

MAX_NAME_WORDS = 4  # "Blocking", «La falsa campana»: a name, not a clause
MAX_DESC_WORDS = 20  # a back longer than this is cut to its first clause, then its main clause
MAX_CHOICE_WORDS = 14  # a description quoted in a choice's prompt
MAX_OPTIONS = 4
# Above the list's own ordering of the same list (same fact): this one names the process.
STEP_ORDERING_SCORE = LIST_ORDERING_SCORE + 0.01
STEP_CARD_SCORE = BASE_SCORE["card"] - 0.1
STEP_CHOICE_SCORE = BASE_SCORE["single_choice"] - 0.15
STEP_NAME_WORD_ZIPF = 1.5  # "blocking" 3.3, «acanalado» 1.6: words a reader reads the action from

# A step's name and the word linking it to its description: a relative clause of what happens
# in it, "that is" and an apposition, "which consists of", or a colon.
_STEP = {
    "en": re.compile(
        r"^(?P<name>[^\W\d_][^:;,.()\d]{0,60}?)(?P<link>,\s+(?:in which|during which|where|when|which consists of|which consists in"
        r"|that is,|i\.e\.,?)\s+|:\s+)(?P<desc>\S.*)$"),
    "es": re.compile(
        r"^(?P<name>[^\W\d_][^:;,.()\d]{0,60}?)(?P<link>,\s+(?:en (?:el|la|los|las) que|en (?:el|la) cual|durante (?:el|la) cual"
        r"|durante (?:el|la) que|donde|que consiste en|que consiste en que|es decir,|o sea,)\s+|:\s+)(?P<desc>\S.*)$"),
}
# A step whose description follows as an apposition or a relative clause of what it does ("Drying,
# a slow airing in the shade that …", "Firing, which lasts a whole day …", «El oreo, un secado lento
# …», «La cocción, que dura un día …»): the description keeps its article or drops "which"/«que».
_STEP_LOOSE = {
    "en": re.compile(r"^(?P<name>[^\W\d_][^:;,.()\d]{0,60}?),\s+(?P<link>(?:which|that)\s+)?(?P<desc>(?(link)|(?:an?)\s+)\S.*)$"),
    "es": re.compile(r"^(?P<name>[^\W\d_][^:;,.()\d]{0,60}?),\s+(?P<link>que\s+)?(?P<desc>(?(link)|(?:un|una)\s+)\S.*)$"),
}
# A lead-in saying the list is a process's steps beyond ``ListDrafter.ordered`` ("the
# following", «las siguientes», "first ... then"), read with a paragraph about a process.
_FOLLOWING = {
    "en": re.compile(r"\b(?:the following|as follows|first\b.*\bthen)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:(?:el|la|los|las) siguientes?|siguientes|como sigue|primero\b.*\bluego)\b", re.IGNORECASE),
}
_PROCESS_WORD = {
    "en": re.compile(r"\b(?:process|procedure|method|stages?|steps?|phases?)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:proceso|procedimiento|método|fases?|etapas?|pasos?)\b", re.IGNORECASE),
}
# The process the text names: "the stages of casting a bell", "The making of a felt hat is a
# ... process", «las fases de la fabricación de una campana», «La elaboración de un queso es un
# proceso».
_PROCESS = {
    "en": [
        re.compile(r"\b(?:stages|steps|phases) (?:of|in) (?P<p>[a-z][^,.:;()]{3,60}?)(?=\s+(?:are|is|were|was|go|run|follow)\b|[,.:;]|$)"),
        re.compile(r"(?:^|(?<=[.!?]\s))(?P<p>(?:The|the) (?:[a-z]+ing|making|manufacture|production|preparation|construction) of [^,.:;()]{3,50}?)"
                   r"\s+(?:is|was) (?:an? )?(?:\w+ ){0,2}(?:process|procedure|craft|task|job|business)\b"),
    ],
    "es": [
        re.compile(r"\b(?:fases|etapas|pasos) (?:de|del|en) (?P<p>(?:la|el|los|las) [a-záéíóúñ][^,.:;()]{3,60}?)(?=\s+(?:son|es|eran|fueron|siguen)\b|[,.:;]|$)"),
        re.compile(r"(?:^|(?<=[.!?]\s))(?P<p>(?:La|la|El|el) [a-záéíóúñ]+(?:ción|miento|do|da|je) de [^,.:;()]{3,50}?)"
                   r"\s+(?:es|era) (?:un|una) (?:\w+ ){0,2}(?:proceso|procedimiento|oficio|tarea|trabajo)\b"),
    ],
}
# The noun the text calls a step by ("the following stages:", «estas fases»), for the prompts.
_STEP_NOUN = {
    "en": re.compile(r"\b(?P<n>stage|step|phase)s?\b", re.IGNORECASE),
    "es": re.compile(r"\b(?P<n>fase|etapa|paso)s?\b", re.IGNORECASE),
}
_DEFAULT_NOUN = {"en": "stage", "es": "fase"}
_PLURAL = {"stage": "stages", "step": "steps", "phase": "phases", "fase": "fases", "etapa": "etapas", "paso": "pasos"}
_PROMPTS = {
    "en": {
        "order": "Put the {nouns} of {process} in order.",
        "card": "In {process}, what does {name} consist of?",
        "choice": "In {process}, which {noun} does the text describe as \u201c{desc}\u201d?",
        "explain": "The text lists the {nouns} of {process} in this order: {steps}.",
    },
    "es": {
        "order": "Ordene las {nouns} de {process}.",
        "card": "En {process}, ¿en qué consiste {name}?",
        "choice": "En {process}, ¿qué {noun} describe el texto así: «{desc}»?",
        "explain": "El texto da las {nouns} de {process} en este orden: {steps}.",
    },
}
_ES_DESC_OPENING = re.compile(r"^que\s+", re.IGNORECASE)
_GLOSS_LINK = re.compile(r"that is|i\.e\.|es decir|o sea", re.IGNORECASE)
# A gloss of the name's complement, not of the step: "that is, of the side wall", «es decir, de la pared».
_COMPLEMENT_GLOSS = {"en": re.compile(r"^(?:of|to|in)\s", re.IGNORECASE), "es": re.compile(r"^(?:de|del|a|al|en)\s", re.IGNORECASE)}
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Step:
    """One named step: its name as the text writes it, its description, and its item."""

    name: str
    desc: str
    entry: Entry


@dataclass(frozen=True)
class Process:
    """What the steps make: its words ("the making of a felt hat") and the paragraph saying so."""

    text: str
    paragraph: int


class StepListDrafter:
    """Orderings, cards and choices from the lists of named steps of one document."""

    def __init__(self, lists: ListDrafter, headings: dict[int, str] | None = None) -> None:
        self.lists = lists
        self.headings = headings or {}  # the document's headings by number: one may name the list's stages
        self.builder = lists.builder
        self.lang = lists.builder.lang
        self.code = self.lang.code if self.lang.code in _STEP else ""

    def candidates(self) -> Iterator[Candidate]:
        if not self.code:
            return
        for found in self.lists.lists():
            steps = self.steps(found)
            if steps is None:
                continue
            process = self.process(found)
            noun = self.step_noun(found)
            yield from self.ordering(found, steps, process, noun)
            if process is None:
                continue
            for step in steps:
                yield from self.card(found, step, process)
                yield from self.choice(found, step, steps, process, noun)

    # ------------------------------------------------------------ reading the list

    def steps(self, found: TextList) -> list[Step] | None:
        """The named steps of a list the text says is a process, every item one; None if not."""
        if found.inline or not MIN_STEPS <= len(found.entries) or not self.is_process(found):
            return None
        steps = [self.step(e) for e in found.entries]
        if any(s is None for s in steps):
            return None
        named = [s for s in steps if s is not None]
        if len({fold(s.name) for s in named}) < len(named):
            return None
        return named

    def step(self, entry: Entry) -> Step | None:
        match = _STEP[self.code].match(entry.text.strip()) or _STEP_LOOSE[self.code].match(entry.text.strip())
        if match is None:
            return None
        name = match.group("name").strip().strip("*_").strip()
        words = name.split()
        content = [w for w in words if fold(w) not in self.lists.stop]  # «El corte de la falda»: two words that name
        if not 1 <= len(content) <= MAX_NAME_WORDS or len(words) > MAX_NAME_WORDS + 2 or is_label(name, self.code) or _DIGIT.search(name):
            return None
        first = fold(words[0])
        if first in self.lists.stop and first not in {fold(w) for w in self.lang.determiners}:
            return None  # "Then, ...", "In 1850, ...": a sentence, no name
        if not name[:1].isupper():
            return None
        desc_text = match.group("desc")
        if _GLOSS_LINK.search(match.group("link") or "") and _COMPLEMENT_GLOSS[self.code].match(desc_text):
            # «El corte de la falda, es decir, de la pared lateral, que se recorta …»: the gloss
            # explains the name's complement (the «falda»), the step is what follows it.
            rest = desc_text.split(", ", 1)
            if len(rest) < 2:
                return None
            desc_text = rest[1]
        desc = self.description(desc_text)
        if desc is None:
            return None
        return Step(name, desc, entry)

    def description(self, text: str) -> str | None:
        """The description as a back shows it: its first sentence, cut to its main clause when
        long; None when that is no clause of a few words."""
        text = re.split(r"[.!?](?:\s|$)", text.strip(), maxsplit=1)[0].strip()
        if self.code == "es":
            text = _ES_DESC_OPENING.sub("", text)  # «que consiste en que ...»
        text = head(text, self.code, MAX_DESC_WORDS)
        if len(text.split()) > MAX_DESC_WORDS:
            # (Not below: the cut before a purpose "to" would leave "... and shrank" of "shrank to half its size".)
            text = self.lists.main_clause(text)
        text = text.strip().rstrip(".;,:")
        if not MIN_SIDE_WORDS <= len(text.split()) <= MAX_DESC_WORDS + 4:
            return None
        return text

    def is_process(self, found: TextList) -> bool:
        """Whether the text says the list is a process's steps: a numbered list or a lead-in
        saying so (``ListDrafter.ordered``), or "the following" after a paragraph about a process."""
        if found.numbered or (self.lists.ordered(found) and found.lead.strip()):
            return True
        if self.heading_process(found) is not None:
            return True
        return bool(found.lead and _FOLLOWING[self.code].search(found.lead) and _PROCESS_WORD[self.code].search(self.lead_paragraph(found)))

    def lead_paragraph(self, found: TextList) -> str:
        first = found.entries[0].paragraph
        cited = [p for p in found.paragraphs if p < first]
        number = cited[0] if cited else first
        return self.builder.facts.paragraphs.get(number, "")

    def heading_process(self, found: TextList) -> Process | None:
        """The process a heading right above the list names as its stages ("The five stages of
        tanning", «Las seis etapas de la elaboración»: the import reads a numbered list one item a
        paragraph, its numbers gone, so the heading says the items are steps). A process named by
        its action alone ("tanning", "the build", «la elaboración») takes the document's title:
        as it stands when the title opens on an -ing word ("Tanning oak bark leather at
        Colyton"), else as the action's complement ("the making of ...", «la elaboración del
        chocolate de metate»). None without such a heading, or a bare action without a title."""
        first = found.entries[0].paragraph
        if found.lead.strip() or first - 1 not in self.headings:
            return None
        heading = self.headings[first - 1].strip().rstrip(":.")  # cited by no draft: a heading is no source
        match = _PROCESS[self.code][0].search(heading)
        if match is None:
            return None
        words = match.group("p").strip()
        action = words[:1].lower() + words[1:]
        determiners = {fold(w) for w in self.lang.determiners}
        if len([w for w in action.split() if fold(w) not in determiners]) > 1:
            return Process(action, first)
        title = self.headings.get(min(self.headings), "").strip().rstrip(":.") if self.headings else ""
        if not title or min(self.headings) == first - 1:
            return None
        opening = title.split()[0]
        if self.code == "en" and opening.lower().endswith("ing") and len(opening) > 4:
            return Process(title[:1].lower() + title[1:], first)
        if self.code == "en":
            return Process(f"{action} of {title}", first)
        article, _, rest = title.partition(" ")
        if fold(article) == "el" and rest:
            return Process(f"{action} del {rest}", first)
        if fold(article) in {"la", "los", "las"} and rest:
            return Process(f"{action} de {article.lower()} {rest}", first)
        return Process(f"{action} de {title}", first)

    def process(self, found: TextList) -> Process | None:
        """The process the steps are of, named in the lead-in's paragraph or the one before it,
        or by a heading right above the list (``heading_process``)."""
        if (named := self.heading_process(found)) is not None:
            return named
        first = found.entries[0].paragraph
        lead = [p for p in found.paragraphs if p < first]
        numbers = [*lead, *(p - 1 for p in lead[:1])] if lead else [first]
        paragraphs = self.builder.facts.paragraphs
        for number in numbers:
            text = paragraphs.get(number, "")
            if number == first:
                text = text[:text.find(found.entries[0].text)] if found.entries[0].text in text else ""
            for pattern in _PROCESS[self.code]:
                match = pattern.search(text)
                if match is not None:
                    words = match.group("p").strip()
                    return Process(words[:1].lower() + words[1:], number)
        return None

    def step_noun(self, found: TextList) -> str:
        heading = self.headings.get(found.entries[0].paragraph - 1, "") if not found.lead.strip() else ""
        match = (
            _STEP_NOUN[self.code].search(found.lead) or _STEP_NOUN[self.code].search(heading)
            or _STEP_NOUN[self.code].search(self.lead_paragraph(found))
        )
        return fold(match.group("n")) if match else _DEFAULT_NOUN[self.code]

    def named(self, step: Step) -> str:
        """The name inside a sentence: "blocking", «el colado» (not "Blocking", «El colado»); a
        Spanish label without its article takes one («Molienda:» -> «la molienda», «Tostado:» ->
        «el tostado»): «¿en qué consiste molienda?» is no Spanish."""
        name = step.name
        name = name if name[1:2].isupper() else name[:1].lower() + name[1:]
        if self.code == "es" and fold(name.split()[0]) not in {fold(w) for w in self.lang.determiners}:
            feminine = re.search(r"(?:a|ción|sión|dad|tud|umbre)$", name.split()[0])
            name = ("la " if feminine else "el ") + name
        return name

    @staticmethod
    def sentence(text: str) -> str:
        return text[:1].upper() + text[1:] + "."

    # ------------------------------------------------------------ drafts

    def ordering(self, found: TextList, steps: list[Step], process: Process | None, noun: str) -> Iterator[Candidate]:
        """The named steps in the text's order; more steps than one ordering shows are asked in
        runs that share no step (step_windows: seven named stages as four and three), so the last
        stages are asked too (integrator 18: a seven-stage list asked as its first five left the
        last two paragraphs without an item)."""
        b = self.builder
        words = _PROMPTS[self.code]
        nouns = _PLURAL[noun]
        for n, (a, z) in enumerate(step_windows(len(steps))):
            shown = steps[a:z]
            names = [s.name for s in shown]
            if process is not None:
                prompt = words["order"].format(nouns=nouns, process=process.text)
                explain = words["explain"].format(nouns=nouns, process=process.text, steps="; ".join(names))
            else:
                prompt = self.lists.prompt(found, "ordering_stages", len(names) == len(found.entries))
                explain = ordering_citation(self.lang, [(s.name, s.entry.paragraph) for s in shown])[0]
            # Only the shown steps' paragraphs (givesaway3), and the process's that the prompt names.
            source = sorted({*(s.entry.paragraph for s in shown), *([process.paragraph] if process is not None else [])})
            item = b.question("ordering", prompt, explain, source, 2, items=names)
            main = found.entries[0].paragraph if n == 0 else shown[0].entry.paragraph
            fact = f"list:{found.entries[0].paragraph}:{found.entries[0].start}:order" + (f":{n}" if n else "")  # the list's own ordering's: one of the two
            yield Candidate("question", item, main, None, STEP_ORDERING_SCORE, f"ordering|{fact}|{'; '.join(names)}|named", fact, names)

    def card(self, found: TextList, step: Step, process: Process) -> Iterator[Candidate]:
        front = _PROMPTS[self.code]["card"].format(process=process.text, name=self.named(step))
        back = self.sentence(step.desc)
        entry = step.entry
        item = {"front": front, "back": back, "source": sorted({entry.paragraph, process.paragraph}), "tags": ["step"]}
        fact = f"step:{entry.paragraph}:{entry.start}:card"
        at = entry.text.find(step.desc)
        span = (entry.start + at, entry.start + at + len(step.desc)) if at >= 0 else None
        yield Candidate("card", item, entry.paragraph, span, STEP_CARD_SCORE, f"card|{fact}|{front}", fact, [step.desc])

    def choice(self, found: TextList, step: Step, steps: list[Step], process: Process, noun: str) -> Iterator[Candidate]:
        """Which step the text describes so, the other steps' names the wrong options; not when
        the description is long or repeats a word of a step's name (it would point at one)."""
        if len(step.desc.split()) > MAX_CHOICE_WORDS or any(self.lists.matched_by_words(s.name, step.desc) for s in steps):
            return
        if any(self.says_what_it_does(s.name) for s in steps):
            return  # "blocking", «acanalado»: a name that says its action is matched to the description by meaning
        others = [s for s in steps if s is not step]
        # The steps nearest the key first: a learner who skimmed mixes up neighbours.
        at = steps.index(step)
        others.sort(key=lambda s: abs(steps.index(s) - at))
        shown = others[:MAX_OPTIONS - 1]
        desc = step.desc[:1].lower() + step.desc[1:] if not step.desc[1:2].isupper() else step.desc
        prompt = _PROMPTS[self.code]["choice"].format(process=process.text, noun=noun, desc=desc)
        names = self.options([step, *shown])
        choices = sorted(
            [{"text": names[0], "correct": True}, *({"text": n, "correct": False} for n in names[1:])],
            key=lambda c: fold(str(c["text"])),
        )
        entry = step.entry
        b = self.builder
        explain = self.lang.prompt("explain_roles", roles=f"{step.name}: {step.desc}")
        item = b.question("single_choice", prompt, explain, [entry.paragraph, process.paragraph], 2, choices=choices)
        fact = f"step:{entry.paragraph}:{entry.start}:choice"
        span = (entry.start, entry.start + len(step.name))
        yield Candidate("question", item, entry.paragraph, span, STEP_CHOICE_SCORE, f"single_choice|{fact}|{prompt}", fact, [names[0], step.desc])

    def says_what_it_does(self, name: str) -> bool:
        """Whether a step's name is a word of general text (a blind reader matched "the felt is
        pulled over a wooden form" to "Blocking" and «se trazan surcos» to «El acanalado» by
        meaning alone): only names no general text writes (a trade's own word) keep a choice."""
        words = [w for w in name.split() if fold(w) not in self.lists.stop]
        return any(self.lang.familiarity(w.lower()) >= STEP_NAME_WORD_ZIPF for w in words)

    def options(self, steps: list[Step]) -> list[str]:
        """The steps' names as a choice offers them: without their articles when these differ
        («El cuajado», «La maduración»: the odd article would point at the key), else as written."""
        determiners = {fold(w) for w in self.lang.determiners}
        firsts = {fold(s.name.split()[0]) for s in steps}
        if len(firsts) == 1 or not firsts <= determiners or any(len(s.name.split()) < 2 for s in steps):
            return [s.name for s in steps]
        bare = [s.name.split(maxsplit=1)[1] for s in steps]
        return [b[:1].upper() + b[1:] for b in bare]
