"""Definitions and concepts: what a textbook paragraph is about (issue 10, coverage).

The reviews found textbook and explanatory paragraphs covered only by their names, dates and
figures, while their core material, the terms they define, got nothing: "Opportunity cost refers
to the value of ...", "The stress at which it levels off is called ...", "Se denomina
meteorización a ...", "La erosión consiste en ...". A sentence that defines a term gives:

- a term <-> definition card in the text's own words (the definition cut at a clause boundary,
  so it reads on its own);
- a typed item asking for the term from its definition ("What term does the text use for the
  value of the best alternative given up when a choice is made?"), accepting the term, the
  acronym the text gives it and its plural as the text writes it;
- where the document defines three terms or more, a single choice among them, whose wrong
  options are the document's other defined terms (each defined otherwise, so really wrong).

Only where the definition is in the cited paragraph (its own sentence), the term is not in the
prompt, and the definition does not repeat the term's words ("the percentage change in price
..." for "price elasticity": a reader would answer from the wording). How a language defines
(the verbs and their order) lives in its language module (``defining_markers`` and the rest).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quizapp.derive.answers import term_forgives_typos
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.extract import CLAUSE_COMMA, Sentence, fold
from quizapp.derive.variety import named_terms
from quizapp.derive.word_families import FAMILY_STEM, opening
from quizapp.language import lower_initial
from quizapp.languages import Language

WORD = re.compile(r"[^\W\d_][\w'’\-]*")
MIN_DEFINITION_WORDS = 4
MAX_DEFINITION_WORDS = 30
MAX_TERM_WORDS = 4  # content words; "point of bloom", "price elasticity of demand"
STEM = FAMILY_STEM  # two words sharing this many first letters are one word for the repeat rule
MIN_STEM_WORD = 4  # shorter term words ("of", "gas") are not matched as stems
CHOICE_OPTIONS = 4
# A one-word subject this frequent in general text (failure 4.7, problema 5.5, report 5.3) before
# "refers to", "consiste en" is a mention, not a term (inflation 4.1, erosión 3.6 are terms).
EVERYDAY_NOUN_ZIPF = 4.5
MIN_WRONG = 2
# Words a definition cannot stand without: they point to another sentence.
LEANING = frozenset(("it", "they", "them", "this", "these", "those", "ello", "esto", "eso", "aquello"))
# Where a definition stops: a clause of its own after a comma, or stronger punctuation.
CLAUSE_END = re.compile(
    r",\s+(?=(?:sin|because|since|so|although|though|while|whereas|but|which|who|whose|and|as|even|unlike|y|pero|aunque|mientras|porque|pues|lo\s+que|cuando|donde|e|o|or|ya)\b)|\s*[;:—–(]\s*",
    re.IGNORECASE,
)
LIST_MEMBER_WORDS = 3  # "..., feathers, and": a list's member; ", fixed by the impeller's shape, and": a clause
EMPHASIS = r"(?:\*\*|__|[*_])?"
SCORE = {
    "fill_in": BASE_SCORE["fill_in"] + 0.05,  # the paragraph's core: above a gap on a name
    "single_choice": BASE_SCORE["fill_in"] + 0.02,  # the alternative of the typed item
    "card": BASE_SCORE["card"] + 0.11,
}


@dataclass(frozen=True)
class DefinedTerm:
    """A term a sentence defines, and the definition as its paragraph writes it."""

    term: str  # as the item shows it (a sentence's capital lowered: "opportunity cost")
    written: str  # as the text writes it
    definition: str  # a noun phrase, or the text's verb and what follows it ("occurs when ...")
    clause: bool  # the definition keeps the text's verb ("consiste en ...")
    sentence: Sentence
    span: tuple[int, int]  # the term's offsets in the paragraph
    opens: bool = False  # the term opens the sentence before a defining verb ("X refers to", "X consiste en")
    head: str = ""  # the noun the term qualifies, with the text's article ("a", "rock")
    article: str = ""


def defined_terms(sentences: Sequence[Sentence], lang: Language) -> list[DefinedTerm]:
    """Every term the sentences define, once (its first definition), held to the rules in the
    module's docstring."""
    found: list[DefinedTerm] = []
    seen: set[str] = set()
    for s in sentences:
        for d in _defined_in(s, lang):
            if fold(d.term) not in seen and _fair(d, lang):
                seen.add(fold(d.term))
                found.append(d)
    return found


def _defined_in(s: Sentence, lang: Language) -> Iterator[DefinedTerm]:
    text = s.text.rstrip().rstrip(".")
    article = rf"(?:(?:{'|'.join(sorted(lang.determiners, key=len, reverse=True))})\s+)?"
    term = r"(?P<term>[^\W\d_][\w'’\-]*(?:\s+[\w'’\-]+){0,5}?)"
    # "T refers to D", "La erosión consiste en D": the term opens the sentence, after any
    # adverbial fronted before it ("Today T is ...", «Hoy la T es ...»: the term starts after it).
    lead = lang.fronted_adverbial.match(text)
    skip = lead.end() if lead else 0
    for markers, clause in ((lang.defining_markers, False), (lang.defining_clauses, True)):
        for marker in _compiled(markers):
            m = re.match(rf"^{article}{term}\s+(?P<marker>{marker.pattern})\s*(?P<rest>.+)$", text[skip:], re.IGNORECASE)
            if not m:
                continue
            rest = m.group("marker").strip() + " " + m.group("rest") if clause else m.group("rest")
            found = _made(s, m.group("term"), skip + m.start("term"), _cut(rest), clause)
            yield DefinedTerm(found.term, found.written, found.definition, clause, s, found.span, opens=True)
    # "D is called T", "D se conoce como T": the term ends the sentence.
    for marker in _compiled(lang.naming_verbs):
        # ... or goes on after a comma: "is called firn, a granular material", "**icebergs**, y ...".
        m = re.match(rf"^(?P<definition>.+?)\s+{marker.pattern}\s+{article}{EMPHASIS}{term}{EMPHASIS}(?:$|[,:;]\s)", text, re.IGNORECASE)
        if m and fold(WORD.findall(m.group("definition"))[-1]) in lang.describing_relatives:
            continue  # «en cuevas que se llaman T»: the relative's antecedent is named, not the clause before it
        if m and _relative_before_naming(m.group("definition"), lang):
            continue  # «..., lo que en el pueblo se llama T», ", which on the farms is called T": the same, a few words between
        if m and _opens_noun_phrase(definition := _own_phrase(m.group("definition"), lang), lang, cut=definition != m.group("definition")):
            yield _made(s, m.group("term"), m.start("term"), definition, False)
    # "The fibre that leaves the last mill is bagasse", «La fibra que sale del molino es el
    # bagazo»: a described thing (an article, a relative clause) named by a rare word.
    if (named := _named_by_copula(s, text, article, lang)) is not None:
        yield named
    # "A **foliated** rock shows D", "El **xilema** transporta D": a term in emphasis opens the
    # sentence, and what the sentence says of it (to its first comma) characterises it.
    if (emphasised := _emphasised_subject(s, text, lang)) is not None:
        yield emphasised
    # "Se denomina T a D": the verb first.
    for marker in _compiled(lang.inverted_naming):
        m = re.match(rf"^{marker.pattern}\s+{term}\s+(?P<to>al|a)\s+(?P<definition>.+)$", text, re.IGNORECASE)
        if m:
            definition = ("el " if m.group("to").lower() == "al" else "") + m.group("definition")
            yield _made(s, m.group("term"), m.start("term"), _cut(definition), False)


EMPHASISED = re.compile(r"^(?:(?P<article>[^\W\d_]+)\s+)?(?:\*\*|__)(?P<term>[^*_]{3,60}?)(?:\*\*|__)\s+(?P<rest>.+)$")


def _emphasised_subject(s: Sentence, text: str, lang: Language) -> DefinedTerm | None:
    m = EMPHASISED.match(text)
    if not m or (m.group("article") and fold(m.group("article")) not in lang.determiners):
        return None
    words = m.group("rest").split()
    if len(words) < 2:
        return None
    head = ""
    if lang.predicate_verb.fullmatch(fold(words[0])):
        predicate = m.group("rest")
    elif m.group("article") and words[0].isalpha() and words[0].islower() and fold(words[0]) not in lang.words.stop_words and lang.predicate_verb.fullmatch(fold(words[1])):
        head = words[0]
        predicate = m.group("rest").split(None, 1)[1]
    else:
        return None
    definition = CLAUSE_COMMA.split(predicate)[0].split(";")[0].strip()
    term = re.sub(r"\s*\([A-Z]{2,6}\)$", "", m.group("term").strip())
    found = _made(s, term, m.start("term"), definition, True)
    article = fold(m.group("article") or "") if head else ""
    return DefinedTerm(found.term, found.written, found.definition, True, s, found.span, head=head, article=article)


# A clause join before the phrase a naming verb names: ", and the mixture ... is called T".
CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|y|e|pero)|;)\s+", re.IGNORECASE)
# A phrase fronted before the comma: a preposition and a few words ("Across the valley, ").
FRONTED = re.compile(r"^(?P<preposition>[^\W\d_]+)\s+(?:[^\W\d_][\w'’\-]*\s+){0,4}[^\W\d_][\w'’\-]*,\s+(?=\S)")
RARE_TERM_ZIPF = 3.2  # brine 3.1, molasses 3.0, salmuera 2.7; weld 3.3, mortar 3.8 are everyday
# Endings of English adjectives: "The clay that holds much sand is porous" names no term.
ADJECTIVE_ENDING = re.compile(r"(?:ous|ive|al|ic|able|ible|ful|less|ant|ent|ary|ed|ing|ish|ly|est|er)$")


RELATIVE_CLAUSE_WORDS = 5  # «lo que en el pueblo», "which on the older farms": a relative and a place or time


def _relative_before_naming(definition: str, lang: Language) -> bool:
    """Whether the naming verb is the verb of a relative clause opened after the last comma
    («Descargan el pescado en un muelle cubierto, lo que en el pueblo | se llama la rula»): what
    stands before it is no thing named but a clause and the relative's first words, and a card
    backed by it ends on a clause without its verb («..., lo que en el pueblo»)."""
    tail = WORD.findall(definition.rsplit(",", 1)[1]) if "," in definition else []
    return 0 < len(tail) <= RELATIVE_CLAUSE_WORDS and any(fold(w) in lang.describing_relatives for w in tail[:3])


def _own_phrase(definition: str, lang: Language) -> str:
    """The noun phrase a naming verb names, without the clause before it: "Sucrose grows on
    the seeds, and the mixture that leaves the pan" -> "the mixture that leaves the pan". The
    join of a list's last member ("spikes, plates, and needles that ...") is no clause join; a
    place or time fronted before a comma ("Across the valley, woven blankets", «En la sierra,
    las mantas») is the sentence's, not the thing's (defphrase)."""
    fronted = FRONTED.match(definition)
    if fronted and fold(fronted.group("preposition")) in (lang.words.stop_words | lang.place_prepositions) - lang.determiners:
        definition = definition[fronted.end():]
    joins = list(CLAUSE_JOIN.finditer(definition))
    if not joins:
        return definition
    last = joins[-1]
    rest = definition[last.end():]
    if last.group().startswith(";"):
        # "... los llamó ecos del llagar; hoy se conocen como X": the clause before a semicolon
        # is another statement, never part of what the naming verb names (brief standalone).
        return rest
    member = definition[: last.start()].rsplit(",", 1)
    if len(member) == 2 and len(member[1].split()) <= LIST_MEMBER_WORDS:
        return definition
    if not rest.split() or fold(rest.split()[0]) not in lang.determiners:
        return definition
    return rest


def _named_by_copula(s: Sentence, text: str, article: str, lang: Language) -> DefinedTerm | None:
    m = re.match(rf"^(?P<definition>[^;:()]+?)\s+{lang.naming_copula}\s+{article}(?P<term>[^\W\d_][\w'’\-]*)$", text, re.IGNORECASE)
    if m is None:
        return None
    definition, term = _own_phrase(m.group("definition"), lang), m.group("term")
    folded = [fold(w) for w in WORD.findall(definition)]
    if not folded or folded[0] not in lang.determiners or not set(folded[2:]) & lang.describing_relatives:
        return None
    if not term[:1].islower() or fold(term) in lang.words.stop_words or lang.familiarity(term) >= RARE_TERM_ZIPF:
        return None
    if lang.code == "en" and ADJECTIVE_ENDING.search(term):
        return None
    return _made(s, term, m.start("term"), definition, False)


def _opens_noun_phrase(definition: str, lang: Language, *, cut: bool = False) -> bool:
    """Whether the words before a naming verb are a noun phrase of their own: an article
    ("The rock ..."), or a plural or mass noun opening the sentence ("Payments a government
    makes ...", "Snow that has survived ..."), never a pronoun or a word that leans on the
    sentence before ("This internal deformation")."""
    first = fold(definition.split()[0])
    if first in lang.determiners:
        return True
    opens = definition[:1].isupper() or cut  # the sentence's start, or right after what _own_phrase cut off
    return first not in lang.words.stop_words and first not in lang.context_openers and first not in lang.demonstratives and opens


def _made(s: Sentence, written: str, at: int, definition: str, clause: bool) -> DefinedTerm:
    shown = lower_initial(written) if at == 0 and written[1:2].islower() else written
    return DefinedTerm(shown, written, definition.strip().rstrip(","), clause, s, (s.start + at, s.start + at + len(written)))


def _cut(definition: str) -> str:
    """The definition up to the first clause of its own ("..., sin que sus fragmentos ...")."""
    for end in CLAUSE_END.finditer(definition):
        # "a coating of ice crystals, feathers, and needles": the join of a list's last member,
        # no clause of its own (kinds17 found the list cut after "feathers").
        member = definition[: end.start()].rsplit(",", 1)
        if (end.group().strip() == "," and re.match(r"(?:and|or|y|e|o)\b", definition[end.end():], re.IGNORECASE)
                and len(member) == 2 and len(member[1].split()) <= LIST_MEMBER_WORDS):
            continue
        return definition[: end.start()]
    return definition


def _fair(d: DefinedTerm, lang: Language) -> bool:
    """A term (no name, no pronoun, a few words) with a definition that reads alone and does
    not repeat the term's words."""
    stop = lang.words.stop_words
    term_words = WORD.findall(d.written)
    content = [w for w in term_words if fold(w) not in stop]
    if not content or len(content) > MAX_TERM_WORDS or len(d.term) < 3:
        return False
    if any(w[:1].isupper() for w in term_words[1:]) or (d.term[:1].isupper() and d.term == d.written and d.span[0] != d.sentence.start):
        return False  # a name ("the Goodman relation"), not a term
    first = fold(term_words[0])
    if first in lang.context_openers or first in lang.demonstratives or first in lang.pronouns or first in LEANING:
        return False  # "This is called ...": the thing named is in another sentence
    if d.opens and len(content) == 1 and lang.familiarity(content[0].lower()) >= EVERYDAY_NOUN_ZIPF:
        return False  # "The report refers to ...", "El problema consiste en que ...": a mention, no term
    if any(fold(w) in stop and fold(w) not in lang.name_connectors for w in term_words):
        return False  # "Aluminium alloys, by contrast, show ...": a clause, not a term
    if ";" in d.definition:
        return False  # two statements ("... los llamó ecos; hoy"): no phrase a prompt or a back can quote
    words = [fold(w) for w in WORD.findall(d.definition)]
    if not MIN_DEFINITION_WORDS <= len(words) <= MAX_DEFINITION_WORDS:
        return False
    if set(words) & (lang.demonstratives | LEANING) or any(lang.joined_pronoun.fullmatch(w) for w in words):
        return False
    return not repeats(d.written, d.definition, lang)


def repeats(term: str, definition: str, lang: Language) -> bool:
    """Whether the definition writes one of the term's content words (or a word of its stem:
    "demand", "demanded"): the term is then guessed from the definition's wording."""
    stop = lang.words.stop_words
    stems = {opening(w, STEM) for w in WORD.findall(term) if fold(w) not in stop and len(w) >= MIN_STEM_WORD}
    return any(opening(w, STEM) in stems for w in WORD.findall(definition) if len(w) >= MIN_STEM_WORD)


# A field's own definition: its frame ("In legal terms", «En términos jurídicos», «Jurídicamente»),
# a generic subject (an indefinite article), a predicate, and the condition after "when"
# («cuando») where the term applies (see DefinitionDrafter.rule_card).
FIELDS = r"(?:legal|technical|scientific|medical|economic|accounting|statistical|jur[ií]dicos|legales|t[eé]cnicos|cient[ií]ficos|m[eé]dicos|econ[oó]micos|contables|estad[ií]sticos)"
RULE_WHEN = {
    "en": re.compile(
        rf"^(?P<frame>In\s+{FIELDS}\s+terms|In\s+law|Legally|Technically|By\s+definition),\s+(?P<subject>(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)??)"
        r"\s+(?P<predicate>(?:is|are|becomes|become)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[a-z][\w-]*s(?:\s+[a-z][\w-]*){0,2})\s+(?P<when>when|once|if)\s+(?P<condition>.+)$"
    ),
    "es": re.compile(
        rf"^(?P<frame>En\s+t[eé]rminos\s+{FIELDS}|En\s+derecho|Jur[ií]dicamente|T[eé]cnicamente|Por\s+definici[oó]n),\s+(?P<subject>(?:un|una)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)??)"
        r"\s+(?P<predicate>[a-záéíóúñ]+(?:\s+(?:de|en|a|sin)\s+[a-záéíóúñ]+|\s+[a-záéíóúñ]+)?)\s+(?P<when>cuando|si)\s+(?P<condition>.+)$"
    ),
}
# Where the condition's own clause ends: its consequence ("so that", «de modo que»), another clause.
RULE_END = re.compile(r",\s+(?:de\s+modo\s+que|de\s+manera\s+que|por\s+lo\s+que|así\s+que|y|pero|so\s+that|and|but|which|lo\s+que)\b|\s*[;:—–(]\s*", re.IGNORECASE)


def _english_when(subject: str, predicate: str) -> str | None:
    """"a complaint" + "becomes moot" -> "does a complaint become moot"; "is void" -> "is a
    contract void"; None for a predicate of another shape."""
    words = predicate.split()
    verb, rest = words[0], words[1:]
    if verb in ("is", "are"):
        return " ".join([verb, subject, *rest])
    if verb == "become":
        return None  # a plural generic after "a": no agreement to trust
    if verb.endswith("ies"):
        base = verb[:-3] + "y"
    elif verb.endswith(("shes", "ches", "sses", "xes", "oes")):
        base = verb[:-2]
    elif verb.endswith("s") and not verb.endswith("ss"):
        base = verb[:-1]
    else:
        return None
    return " ".join(["does", subject, base, *rest])


@lru_cache(maxsize=16)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


class DefinitionDrafter:
    """Cards, typed items and choices on the terms one document defines."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang

    def candidates(self) -> Iterator[Candidate]:
        terms = defined_terms(self.builder.facts.sentences, self.lang)
        for d in terms:
            # A term the text names with an apposition ("called till, an unsorted mix of ...")
            # has variety's card already, on what the apposition says: no second card.
            if not any(fold(n.term) == fold(d.written) for n in named_terms(d.sentence, self.lang)):
                yield self.card(d)
            yield self.typed(d)
            yield from self.choice(d, terms)
        for s in self.builder.facts.sentences:
            if (rule := self.rule_card(s)) is not None:
                yield rule

    def rule_card(self, s: Sentence) -> Candidate | None:
        """«En términos jurídicos, una petición carece de objeto cuando el conflicto ha
        desaparecido durante el pleito, de modo que ...»: a field's definition of its own term
        of art (here a predicate, "to be moot"), which a teacher asks as «En términos jurídicos,
        ¿cuándo carece de objeto una petición, según el texto?» -> «Cuando el conflicto ha
        desaparecido durante el pleito». Only after a frame naming the field ("In legal terms",
        «Jurídicamente») and of a generic subject (an indefinite article): a rule the text
        states, not an event of its story."""
        code = self.lang.code
        if code not in RULE_WHEN or "card_rule_when" not in self.lang.prompts:
            return None
        m = RULE_WHEN[code].match(s.text.strip())
        if m is None:
            return None
        condition = RULE_END.split(m.group("condition"), maxsplit=1)[0].strip().rstrip(".")
        if not MIN_DEFINITION_WORDS <= len(condition.split()) <= MAX_DEFINITION_WORDS:
            return None
        subject, predicate, frame = m.group("subject"), m.group("predicate").strip(), m.group("frame")
        if code == "en":
            asked = _english_when(subject, predicate)
            if asked is None:
                return None
            front = self.lang.prompt("card_rule_when", frame=frame, predicate=asked)
        else:
            front = self.lang.prompt("card_rule_when", frame=frame, predicate=predicate, subject=subject)
        back = f"{m.group('when')} {condition}"
        back = back[0].upper() + back[1:]
        # Tagged a condition, as the cause drafter's "what happens once ...?" cards: the front asks
        # about a predicate of the subject, no term on its own.
        item = {"front": front, "back": back, "source": [s.paragraph], "tags": ["condition"]}
        fact = f"rule:{fold(subject)}:{fold(predicate)}"
        return Candidate("card", item, s.paragraph, None, SCORE["card"], f"card|rule|{fact}", fact, [condition])

    def card(self, d: DefinedTerm) -> Candidate:
        # A definition keeping its verb reads with its subject: "La erosión consiste en ...".
        at = d.sentence.text.find(d.definition)
        back = d.sentence.text[:at] + d.definition if d.clause and at > 0 else d.definition
        item = {
            "front": self.lang.prompt("card_named", term=d.term), "back": back[0].upper() + back[1:],
            "source": [d.sentence.paragraph], "tags": ["definition"],
        }
        fact = f"term:{fold(d.term)}"
        # Its own signature: another drafter's card on the term (variety's) keeps its key.
        return Candidate("card", item, d.sentence.paragraph, d.span, SCORE["card"], f"card|defined|{fact}|{back}", fact, [back])

    def prompt(self, d: DefinedTerm) -> str:
        first = d.definition.split()[0]
        lowered = fold(first) in self.lang.determiners or first[1:].islower()
        definition = lower_initial(d.definition) if lowered else d.definition
        if d.head and "term_for_head" in self.lang.prompts:
            return self.lang.prompt("term_for_head", article=d.article, head=d.head, definition=definition)
        return self.lang.prompt("term_for_clause" if d.clause else "term_for", definition=definition)

    def accepted(self, d: DefinedTerm) -> list[str]:
        """The term, the acronym the text gives it right after ("deadweight loss (DWL)") and its
        plural where the document writes it."""
        forms = [d.term] + ([f"{d.term} {d.head}"] if d.head else [])
        paragraph = self.builder.facts.paragraphs.get(d.sentence.paragraph, "")
        if acronym := re.search(rf"{re.escape(d.written)}\s+\(([A-Z]{{2,6}})\)", paragraph):
            forms.append(acronym.group(1))
        document = " ".join(self.builder.facts.paragraphs.values())
        for plural in (d.term + "s", d.term + "es"):
            if re.search(rf"(?<!\w){re.escape(fold(plural))}(?!\w)", fold(document)):
                forms.append(plural)
                break
        return forms

    def typed(self, d: DefinedTerm) -> Candidate:
        prompt = self.prompt(d)
        item = self.builder.question("fill_in", prompt, self.builder.explain(d.sentence), [d.sentence.paragraph], 2, accept=self.accepted(d), typos=term_forgives_typos(d.term, self.builder.lang.code))
        fact = f"defined:{fold(d.term)}"
        return Candidate("question", item, d.sentence.paragraph, d.span, SCORE["fill_in"], f"fill_in|{fact}|{prompt}", fact, [d.written])

    def choice(self, d: DefinedTerm, terms: list[DefinedTerm]) -> Iterator[Candidate]:
        """"Which term does the text use for ...?" among the document's other defined terms,
        nearest paragraphs first; none whose words the definition writes (it would point to
        itself) and none written in the prompt."""
        prompt = self.prompt(d)
        others = [
            o for o in sorted(terms, key=lambda o: (abs(o.sentence.paragraph - d.sentence.paragraph), o.sentence.index))
            if fold(o.term) != fold(d.term) and not repeats(o.written, d.definition, self.lang)
        ][: CHOICE_OPTIONS - 1]
        if len(others) < MIN_WRONG:
            return
        choices = sorted([{"text": d.term, "correct": True}] + [{"text": o.term, "correct": False} for o in others], key=lambda c: fold(str(c["text"])))
        item = self.builder.question("single_choice", prompt, self.builder.explain(d.sentence), [d.sentence.paragraph], 2, choices=choices)
        fact = f"defined:{fold(d.term)}"
        yield Candidate(
            "question", item, d.sentence.paragraph, d.span, SCORE["single_choice"], f"single_choice|{fact}|{[c['text'] for c in choices]}", fact, [d.written],
        )
