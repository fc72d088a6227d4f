"""Concepts of explanatory paragraphs: a term the document uses, asked in what a sentence says of it.

The fresh reviews found textbook paragraphs on a mechanism, a cause, a consequence or a remedy
left with no item ("nothing on the definition, reconsolidation, cyclic mobility of dense sands,
mitigation": review 15), because such a paragraph names no person, figure or date and defines no
term in a sentence of its own. What it does have is the document's vocabulary: the terms the
text sets in emphasis ("**memory cells**", "la **digestión anaerobia**") or defines elsewhere,
and the sentence says something specific about one of them ("..., the memory cells recognise it
at once and the body mounts a faster and much stronger **secondary response**"). A gap on the
term, with the document's other terms as the other options, is answered by a reader of the
paragraph and not by the sentence's wording:

- the options are terms of one kind, nouns (an emphasised word that modifies a noun, "a
  **dense** sand", or that follows an adverb, "effectively **undrained**", is no term), of the
  same number (and, in Spanish, gender) as the key, so every option fits the grammar;
- no option shares a word (or its stem) with another option or with the rest of the sentence
  ("pore pressure ... ____" would point to "pore water pressure", and "plasma cells" beside "B
  cells" would pair them off);
- no wrong option occurs in the cited paragraph, nor in the sentence's paragraph at all: what
  the paragraph says of its own terms is what could make another one fit; each wrong option is
  a term the document uses about something else;
- the key is the paragraph's, not the document's subject (a term in more than MAX_PARAGRAPHS
  paragraphs, or in a heading, is known without the text), and the sentence has enough of its
  own to read (MIN_CONTEXT_WORDS content words) and holds the term once.

The item is a cloze with one gap among three or four options, held back from the start
(DETAIL_WORD_HOLD): ``check_drafts`` offers it only for a content paragraph no other ready draft
covers, after every check a draft passes (grounding, the linter, enemies, the blind reader's).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quizapp.derive.definitions import defined_terms
from quizapp.derive.drafting import BASE_SCORE, DETAIL_WORD_HOLD, Builder, Candidate
from quizapp.derive.extract import Sentence, fold
from quizapp.derive.word_families import SHORT_STEM
from quizapp.derive.word_families import share_stem as _share
from quizapp.language import lower_initial
from quizapp.languages import Language

WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# An emphasised phrase: the term as the text sets it ("**cyclic mobility**", "__biogás__").
EMPHASISED = re.compile(r"(?:\*\*|__)(?P<term>[^*_\n]{3,60}?)(?:\*\*|__)")
MAX_TERM_WORDS = 4
MAX_PARAGRAPHS = 3  # a term in more paragraphs than this is the document's subject
MIN_CONTEXT_WORDS = 5  # content words of the sentence beside the gap
MAX_SENTENCE_WORDS = 40
STEM = SHORT_STEM  # two words sharing this many first letters share a stem ("denser", "densification")
OPTIONS = 4  # the key and three wrong options at most ...
MIN_WRONG = 2  # ... two at least
VARIANTS = 3  # option sets drafted per gap
FACT_KINDS = ("person", "year", "date", "number")
# Where a long sentence may be cut after its gap: a clause of its own after a comma, or a dash
# or semicolon (not a bracket, which formulas write: "C(ΔK)^m").
CLAUSE_AFTER = re.compile(
    r",\s+(?=(?:where|which|who|whose|while|whereas|although|though|because|since|so|but|donde|que|cuando|aunque|porque|mientras|pero|sin)\b)|\s*[;—–]\s*",
    re.IGNORECASE,
)
ELLIPSIS = " …"
# Words before an emphasised word that make it a verb or an adjective (English).
NO_NOUN_AFTER = frozenset(("or", "and", "nor", "not", "to", "very", "too", "more", "most", "less", "least", "so", "as"))
NOT_A_NOUN = re.compile(r"(?:al|ous|ive|ful|less|able|ible|ic|ary|ish|ly|ent|ant|ed|est|ern|y|ate|ise|ize|ify)$")
SCORE = BASE_SCORE["cloze"] - 0.25  # a fallback: below the drafts of the paragraph's facts


@dataclass(frozen=True)
class Term:
    """A noun term of the document: how the items show it, and where the text uses it."""

    text: str  # lower-cased unless a name-like capital inside ("helper T cells")
    agreement: tuple[str, str] | None  # (gender, number); gender "" where the language has none
    paragraphs: frozenset[int]
    named: bool = False  # the text names it after a naming word ("a behaviour called **contraction**")


def document_terms(sentences: Sequence[Sentence], paragraphs: dict[int, str], lang: Language) -> list[Term]:
    """The document's noun terms, in the order the text first uses them: the emphasised nouns
    and the defined terms."""
    found: dict[str, str] = {}
    named: set[str] = set()
    for s in sentences:
        for m in EMPHASISED.finditer(s.text):
            if _emphasised_noun(s.text, m, lang):
                term = _shown(m.group("term").strip(), at_start=m.start() == 0)
                found.setdefault(fold(term), term)
                if lang.naming_before.search(s.text[: m.start()]):
                    named.add(fold(term))
    for d in defined_terms(sentences, lang):
        if not d.head:  # "A **damage-tolerant** design assumes ...": a modifier of its head, no noun
            found.setdefault(fold(d.term), d.term)
    terms = []
    for key, shown in found.items():
        words = WORD.findall(shown)
        content = [w for w in words if fold(w) not in lang.words.stop_words]
        if not content or len(content) > MAX_TERM_WORDS or len(words) > MAX_TERM_WORDS + 1 or any(c.isdigit() for c in shown):
            continue
        where = frozenset(n for n, t in paragraphs.items() if _occurrences(key, t))
        terms.append(Term(shown, _agreement(shown, paragraphs, lang), where, key in named))
    return terms


def _shown(term: str, *, at_start: bool) -> str:
    """A sentence's capital lowered ("Dendritic cells" -> "dendritic cells"), an acronym kept."""
    first = term.split()[0]
    return lower_initial(term) if at_start and first[1:].islower() else term


def _emphasised_noun(text: str, m: re.Match[str], lang: Language) -> bool:
    """Whether the emphasised phrase is a noun the sentence names: after an article, a
    preposition or a naming word, or opening the sentence; and (English) not before a noun it
    modifies ("a **dense** sand", "**Drainage** methods"). A list item's label ("**Density.**")
    is no term of a sentence."""
    inner = m.group("term")
    if inner.rstrip().endswith((".", ":")) or not WORD.match(inner.strip()):
        return False
    before = WORD.findall(text[: m.start()])
    lead = fold(before[-1]) if before else ""
    if before and lead not in lang.determiners and lead not in lang.noun_leads and lead not in lang.possessives:
        # English puts a noun after a verb or an adjective too ("pour **antibodies**", "a much
        # stronger **secondary response**"), but not after an adverb or a conjunction, where a
        # verb or an adjective stands ("effectively **undrained**", "expand, or **dilate**"); a
        # single word after a copula or with an adjective's or a verb's ending is no noun either.
        if not lang.modifier_before_noun or lead.endswith("ly") or lead in NO_NOUN_AFTER:
            return False
        single = len(WORD.findall(inner)) == 1
        if single and (lead in lang.copulas or NOT_A_NOUN.search(fold(inner.strip()))):
            return False
    if lang.modifier_before_noun:
        after = re.match(r"\s+([^\W\d_][\w'’\-]*)", text[m.end():])
        if after:
            word = after.group(1)
            if word.islower() and fold(word) not in lang.words.stop_words and not lang.predicate_verb.fullmatch(fold(word)):
                return False
    return True


@lru_cache(maxsize=1 << 14)
def _occurrences(folded_term: str, text: str) -> tuple[re.Match[str], ...]:
    """Where the folded term stands in ``text`` (emphasis left out) as words of its own. Cached:
    every term is looked for in every sentence and paragraph."""
    return tuple(re.finditer(rf"(?<![\w-]){re.escape(folded_term)}(?![\w-])", _plain_folded(text)))


@lru_cache(maxsize=1 << 10)
def _plain_folded(text: str) -> str:
    return fold(text.replace("**", "").replace("__", ""))


def _agreement(term: str, paragraphs: dict[int, str], lang: Language) -> tuple[str, str] | None:
    """The term's gender and number: from an article the document writes before it (or before
    its first word, its head in Spanish: "el fango" for "fango secundario"), else (no gender in
    the language) its number from its head's ending. None when the document does not settle it."""
    if not lang.article_agreement:
        head = fold(WORD.findall(term)[-1])
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "sis"))
        return ("", "p" if plural else "s")
    plain = fold(" ".join(paragraphs.values()).replace("**", "").replace("__", ""))
    for phrase in (fold(term), fold(WORD.findall(term)[0])):
        articles = set()
        for far, near in re.findall(rf"\b(\w+)\s+(?:(\w+)\s+)?{re.escape(phrase)}(?![\w-])", plain):
            # the article right before, or before a word of its own ("la llamada biomasa")
            articles.add(near if near in lang.article_agreement else far)
        seen = {lang.article_agreement[a] for a in articles if a in lang.article_agreement}
        if len(seen) == 1:
            return seen.pop()
        if seen:
            return None
    return None


def _capitalised(term: str) -> bool:
    return any(c.isupper() for c in term)


def _stems(text: str, lang: Language) -> set[str]:
    """The folded content words of ``text`` (at least STEM letters), to compare with _share."""
    return set(_content_words(text, lang.words.stop_words))


@lru_cache(maxsize=1 << 12)
def _content_words(text: str, stop: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in WORD.findall(text) if fold(w) not in stop and len(w) >= STEM)


def _pick(free: list[Term], avoided: list[Term], key_stems: set[str], lang: Language, most: int, head: str = "") -> list[Term] | None:
    """Up to ``most`` wrong options, no two sharing a word (but the key's head noun ``head``,
    which options of its kind share: "intrinsic pathway", "common pathway"), from ``free``
    first; from ``avoided`` (other gaps' keys) only while fewer than MIN_WRONG are found. None
    if too few."""
    taken = set(key_stems) - {head}
    wrong: list[Term] = []
    for o in free + avoided:
        if len(wrong) == most or (o in avoided and len(wrong) >= MIN_WRONG):
            break
        stems = _stems(o.text, lang) - {head}
        if not _share(stems, taken):
            wrong.append(o)
            taken |= stems
    return wrong if len(wrong) >= MIN_WRONG else None


PARTICIPLE = re.compile(r"(?:ed|ing|wn)$")  # "drawn", "used", "lying": a verb after the class noun (English)
# Words beside a class noun that are not the class ("a digestive enzyme too", "también una
# enzima", "another digestive enzyme").
NOT_CLASS_WORDS = frozenset(("too", "also", "another", "other", "otro", "otra", "otros", "otras", "tambien", "asimismo", "mismo", "misma"))
CLASS_ARTICLES = r"(?:a|an|the|another|un|una|el|la|los|las|otro|otra|tambi[eé]n\s+una?)"
CLASS_PHRASE = r"(?P<phrase>[^\W\d_][\w'’\- ]{0,60})"
# The words of a class phrase right before a naming word, after its last article ("a sign called").
NAMED_PHRASE = r"(?P<phrase>(?:[^\W\d_][\w'’\-]*\s+){0,2}[^\W\d_][\w'’\-]*)"


# Head nouns of one kind: a law a text names after someone is a law, a rule or a relation
# alike ("Goodman relation", "Paris law", "Palmgren–Miner rule").
HEAD_KINDS = (
    frozenset(("law", "laws", "rule", "relation", "equation", "principle", "theorem", "criterion", "formula",
               "ley", "regla", "relacion", "ecuacion", "principio", "teorema", "criterio", "formula")),
)


def same_head(a: str, b: str) -> bool:
    """Whether two head nouns name one kind: the same noun, or two of HEAD_KINDS' group."""
    return bool(a) and (a == b or any(a in kind and b in kind for kind in HEAD_KINDS))


def head_word(term: str, lang: Language) -> str:
    """The head noun of a term of two words or more, folded: the last word where modifiers
    come before the noun ("extrinsic pathway"), the first elsewhere ("fase cefálica"); "" for
    a single word, which shares its head with no other term."""
    words = [fold(w) for w in WORD.findall(term)]
    if len(words) < 2:
        return ""
    return words[-1] if lang.modifier_before_noun else words[0]


def class_noun(phrase: str, lang: Language) -> str:
    """The class noun of a noun phrase the text puts beside a term ("a digestive enzyme too":
    enzyme; "otra enzima digestiva": enzima; "a complex that converts ...": complex), folded,
    or "" if none."""
    words: list[str] = []
    for w in WORD.findall(phrase):
        f = fold(w)
        if f in NOT_CLASS_WORDS or f in lang.determiners:
            continue
        if f in lang.words.stop_words:
            if words:
                break  # "a rock of the ocean crust": the phrase's own noun ends before "of"
            continue
        if words and (lang.predicate_verb.fullmatch(f) or (lang.modifier_before_noun and PARTICIPLE.search(f))):
            break  # "a straight line drawn between ...", "una enzima usada ...": the noun ends before its verb
        words.append(f)
    if not words:
        return ""
    return words[-1] if lang.modifier_before_noun else words[0]


def document_classes(terms: Sequence[Term], paragraphs: dict[int, str], lang: Language) -> dict[str, frozenset[str]]:
    """The class nouns the document gives each term: in apposition ("**Trypsin**, another
    digestive enzyme,"), after a copula ("Pepsin is an enzyme that ..."), or before a naming
    word ("a process called **fretting**"). A term of the same class as the key is an option
    of its kind."""
    plain = " ".join(_plain_folded(t) for t in paragraphs.values())
    found: dict[str, frozenset[str]] = {}
    for t in terms:
        classes = set()
        for m in re.finditer(rf"(?<![\w-]){re.escape(fold(t.text))}(?![\w-])", plain):
            if noun := said_class(plain[m.end():m.end() + 120], lang) or named_class(plain[max(0, m.start() - 80):m.start()], lang):
                classes.add(noun)
        found[fold(t.text)] = frozenset(classes)
    return found


def said_class(after: str, lang: Language) -> str:
    """The class noun of a noun phrase with an article right after a term, in apposition or
    after a copula (", a plasma protein", " is an enzyme that ...", ", otra enzima digestiva"),
    folded, or ""."""
    copulas = "|".join(lang.copulas)
    m = re.match(rf"\s*,\s+(?:{CLASS_ARTICLES})\s+{CLASS_PHRASE}", after) or re.match(
        rf"\s+(?:{copulas})\s+(?:{CLASS_ARTICLES})\s+{CLASS_PHRASE}", after
    )
    return class_noun(m.group("phrase"), lang) if m is not None else ""


def named_class(before: str, lang: Language) -> str:
    """The class noun before a naming word that ends ``before`` ("a process called ", "un
    proceso conocido como "), folded, or ""."""
    marker = lang.naming_before.search(before)
    if marker is None:
        return ""
    phrase = re.search(rf"\b(?:{CLASS_ARTICLES})\s+{NAMED_PHRASE}\s*,?\s*$", before[: marker.start()])
    return class_noun(phrase.group("phrase"), lang) if phrase is not None else ""


def prompt_class(before: str, after: str, lang: Language) -> str:
    """The class noun the sentence gives the gap ("{1}, a plasma protein, ...", "{1} is an
    enzyme that ...", "a process called {1}"), folded, or ""."""
    return said_class(fold(after), lang) or named_class(fold(before), lang)


class ConceptDrafter:
    """Clozes on the document's terms in the sentences of explanatory paragraphs."""

    def __init__(self, builder: Builder, headings: Sequence[str] = ()):
        self.builder = builder
        self.lang = builder.lang
        self.heading_stems = set().union(*(_stems(h, self.lang) for h in headings)) if headings else set()

    def candidates(self) -> Iterator[Candidate]:
        facts = self.builder.facts
        terms = document_terms(facts.sentences, facts.paragraphs, self.lang)
        # Wrong options that no other gap keys come first: a wrong option that another item
        # asks for makes the two enemies (no set offers both), which would cost a paragraph.
        # (A paragraph with a person, a figure or a date has drafts of its own: its terms are
        # free to be options.)
        factual = {s.paragraph for s in facts.sentences for m in s.mentions if m.kind in FACT_KINDS}
        keyed = {fold(t.text) for s in facts.sentences if s.paragraph not in factual for t in terms if self.term_gap(s, t, terms)}
        for s in facts.sentences:
            if s.paragraph in factual:
                continue  # its names, figures and dates are drafted (and checked) first: no fallback needed
            for term in terms:
                yield from self.term_gap(s, term, terms, keyed)

    def _classes(self, terms: list[Term]) -> dict[str, frozenset[str]]:
        """The class nouns the document gives its terms (computed once per document)."""
        cached: tuple[list[Term], dict[str, frozenset[str]]] | None = self.__dict__.get("_class_cache")
        if cached is None or cached[0] is not terms:
            cached = (terms, document_classes(terms, self.builder.facts.paragraphs, self.lang))
            self.__dict__["_class_cache"] = cached
        return cached[1]

    def term_gap(self, s: Sentence, key: Term, terms: list[Term], avoid: set[str] | frozenset[str] = frozenset()) -> list[Candidate]:
        """Clozes on ``key`` in ``s`` among the document's other terms (a few sets of them, those
        in ``avoid`` last), or none when the rules of the module's docstring are not met."""
        lang = self.lang
        if s.paragraph not in key.paragraphs or len(key.paragraphs) > MAX_PARAGRAPHS or key.agreement is None:
            return []
        if not s.text.rstrip().endswith((".", "!", "?")):
            return []
        plain = s.text.replace("**", "").replace("__", "")
        found = _occurrences(fold(key.text), plain)
        if len(found) != 1:
            return []
        a, z = found[0].span()  # folding keeps the offsets (accents fold letter by letter)
        if fold(plain[a:z]) != fold(key.text):
            return []
        if s.words > MAX_SENTENCE_WORDS:
            # A long sentence is quoted up to the first clause of its own after the gap ("...
            # form the ____ …", not "..., where a thermometer records ..."), if that is short enough.
            cut = CLAUSE_AFTER.search(plain, z)
            if cut is None or len(plain[: cut.start()].split()) > MAX_SENTENCE_WORDS:
                return []
            plain = plain[: cut.start()] + ELLIPSIS
        if any(
            fold(t.text) != fold(key.text) and fold(key.text) in fold(t.text)
            and any(m.start() <= a and z <= m.end() for m in _occurrences(fold(t.text), plain)) for t in terms
        ):
            return []  # "excess ____" inside "excess pore water pressure": a fragment of a longer term
        after = plain[z:]
        if re.match(r"\s*\([A-Z]{2,6}\)", after):
            return []  # "the ____ (CSR)": the acronym spells the key
        following = re.match(r"\s+([^\W\d_][\w'’\-]*)", after)
        if lang.modifier_before_noun and following and following.group(1).islower() and fold(following.group(1)) not in lang.words.stop_words:
            return []  # "The ____ zone", "____ techniques": a modifier, which no other term replaces
        rest = plain[:a] + " " + plain[z:]
        rest_stems = _stems(rest, lang)
        key_stems = _stems(key.text, lang)
        if not key_stems or _share(key_stems, rest_stems | self.heading_stems):
            return []  # the sentence or a heading writes the key's words: read off, not recalled
        content = [w for w in WORD.findall(rest) if fold(w) not in lang.words.stop_words]
        if len(content) < MIN_CONTEXT_WORDS:
            return []
        before = WORD.findall(plain[:a])
        if before and fold(before[-1]) in ("a", "an"):
            return []  # "a ____" / "an ____" would tell the options apart
        paragraph = self.builder.facts.paragraphs.get(s.paragraph, "")
        # Options of one kind: a name among names ("Goodman relation", "Paris law"), a word among
        # words; after a naming word ("a condition known as ____") only terms the text names so
        # (a behaviour, a movement), not a soil or a ratio a reader tells apart by its kind.
        capital = _capitalised(key.text)
        head = head_word(key.text, lang)
        after_naming = bool(lang.naming_before.search(plain[:a]))
        eligible = [
            o for o in sorted(terms, key=lambda t: (fold(t.text) in avoid, min(abs(n - s.paragraph) for n in t.paragraphs) if t.paragraphs else 99, t.text))
            if fold(o.text) != fold(key.text) and o.paragraphs and o.agreement == key.agreement and len(o.paragraphs) <= MAX_PARAGRAPHS
            and (stems := _stems(o.text, lang) - {head}) and not _share(stems, (key_stems - {head}) | rest_stems | self.heading_stems)
            and not _occurrences(fold(o.text), paragraph)
            and _capitalised(o.text) == capital and (o.named or not after_naming)
        ]
        # Options of the key's kind (kinds12: "In the {1}, damage exposes tissue factor" offered
        # drugs and a process among pathways): terms sharing the key's head noun ("intrinsic
        # pathway"), or that the document gives the class the prompt gives the gap ("{1}, a
        # plasma protein"), or, where the prompt gives none, a class it gives the key too.
        # Fewer than MIN_WRONG such options: no cloze.
        classes = self._classes(terms)
        wanted = prompt_class(plain[:a], plain[z:], lang)
        wanted_classes = {wanted} if wanted else set(classes.get(fold(key.text), frozenset()))
        eligible = [
            o for o in eligible
            if same_head(head, head_word(o.text, lang)) or wanted_classes & classes.get(fold(o.text), frozenset())
        ]
        free = [o for o in eligible if fold(o.text) not in avoid]
        sets: list[list[Term]] = []
        for v in range(VARIANTS):
            # Each variant starts further down the list: the set's other items each need options
            # of their own (two items sharing two options, or one offering the other's key, are
            # enemies), so the coverage pass gets a few sets to choose from.
            # The first set is full; the others are of two, from further down the list.
            shift = (v * MIN_WRONG) % len(free) if free else 0
            wrong = _pick(free[shift:] + free[:shift], [o for o in eligible if o not in free], key_stems, lang, OPTIONS - 1 if v == 0 else MIN_WRONG, head)
            if wrong is not None and {o.text for o in wrong} not in [{o.text for o in w} for w in sets]:
                sets.append(wrong)
        return [self._cloze(s, key, plain, (a, z), wrong) for wrong in sets]

    def _cloze(self, s: Sentence, key: Term, plain: str, at: tuple[int, int], wrong: list[Term]) -> Candidate:
        lang = self.lang
        a, z = at
        written = re.search(rf"(?<![\w-])(?:\*\*|__)?{re.escape(fold(key.text))}(?:\*\*|__)?(?![\w-])", fold(s.text))
        passage = plain[:a] + "{1}" + plain[z:]
        options = sorted([{"text": key.text, "correct": True}] + [{"text": o.text, "correct": False} for o in wrong], key=lambda o: fold(str(o["text"])))
        b = self.builder
        item = b.question(
            "cloze", lang.prompt("cloze_one"), passage=passage, gaps=[{"options": options}],
            explanation=b.explain(s), source=[s.paragraph], difficulty=2,
        )
        span = (s.start + written.start(), s.start + written.end()) if written else None
        fact = f"{s.index}:concept:{fold(key.text)}"
        return Candidate(
            "question", item, s.paragraph, span, SCORE, f"cloze|{fact}|{passage}|{[o.text for o in wrong]}", fact, [plain[a:z]],
            [f"{DETAIL_WORD_HOLD} or a document term ({key.text!r}), offered only for a paragraph no other ready draft covers"],
        )
