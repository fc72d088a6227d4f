"""Drafts beyond one-gap recall: the cards a text's own wording makes (issue 10, "variety").

The eleventh review found every ready item a gap in one sentence, and no card, while the texts
named and explained their terms: "small metal sleeves called ferrules", "canales de lavado,
que las fuentes llaman agogae", "un yacimiento secundario, es decir, de partículas de oro
...". Such a sentence is a term <-> definition card a reviewer accepts: the term on the front,
what the text says it is on the back, word for word from the cited paragraph (so grounding
holds), and it covers the explanatory paragraphs the gaps leave out.

The language modules say how a text names a term (``naming_markers``, ``restating_markers``);
this module reads the phrase on either side. Its cards go through every check of
``quizapp.derive.checks_drafts`` like the others.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from quizapp.derive import answers as typed_answers
from quizapp.derive import choices as choice_rules
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.extract import CLAUSE_COMMA, Mention, Sentence, fold
from quizapp.derive.place_kind_options import known_neighbour, place_kind_noun
from quizapp.derive.vague_cards import is_etymology
from quizapp.language import lower_initial
from quizapp.languages import Language, international_fame

if TYPE_CHECKING:
    from quizapp.derive import Draft

WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# A term after a naming marker: an optional article, then one to three words (written in
# emphasis or quotes or not), ended by punctuation or a small word ("oeillets, where",
# "a las to draw", "*corrugi* en las fuentes").
TERM = re.compile(r"(?:\*\*|__|[*_«“\"'])?(?P<words>[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,3})(?:\*\*|__|[*_»”\"'])?")
INDEFINITE = frozenset(("a", "an", "un", "una", "unos", "unas"))
DESCRIPTION_WORDS = 5  # the thing named, walked back from the marker: "a long wooden rake"; a walk
# that reaches this many words without a small word or punctuation before them has run into the
# verb ("the pan grows thin white crystals called ..."): no description then
MIN_CONTENT_WORDS = 2  # "Canales de madera", not "Canales" (a back of one word asks nothing)
RESTATED_WORDS = 25  # what a restatement says the term means, at most (cut at a comma beyond)
TERM_WORDS = 3
HEADLINE_BACK_WORDS = 4  # a card's back this short may be the document's headline name
# A comma opening another clause, where a definition ends ("..., which leaves", ", even when").
CLAUSE_GOES_ON = re.compile(
    r",\s+(?=(?:even|which|who|whose|and|but|although|while|though|so|when|where|y|pero|aunque|que|mientras|cuando|donde|lo|la|el)\b)",
    re.IGNORECASE,
)
# Prepositions of place that open a modifier of the noun before them ("a lipid on the surface",
# "cutters from the moors, known in Galloway as ...": kinds17).
PLACE_PREPOSITIONS = frozenset(("on", "in", "inside", "within", "at", "from", "en", "sobre", "dentro"))
# Nouns of a thing's part or face ("swellings on the root surface called nodules"): a place phrase
# headed by one says where the named thing is, even with "a".
LOCATION_PARTS = frozenset(("surface", "surfaces", "wall", "walls", "floor", "face", "tip", "rim", "base", "lining", "layer",
                            "superficie", "pared", "paredes", "suelo", "borde", "fondo", "cara", "punta", "base", "capa"))
# Words of degree before an adjective: a walk that reaches one has left the noun behind
# («la zona más caliente del horno, conocida como hogar» backed «Caliente del horno», kinds17).
DEGREE_WORDS = frozenset(("mas", "muy", "menos", "tan", "most", "more", "very", "less", "least", "too"))
INNER_CONNECTORS = frozenset(("of", "de", "del"))  # inside a noun phrase: "canales de madera"
LIST_KIND_WORDS = 3  # words before or after a list of names where a kind of place says what they are
# A list of names: "A, B and C", "A, B y C" (the joins between its members).
LIST_JOIN = re.compile(r"\s*,\s*|\s*,?\s+(?:and|y|e)\s+", re.IGNORECASE)
LAST_JOIN = re.compile(r"\s*,?\s+(?:and|y|e)\s+", re.IGNORECASE)
MIN_LISTED = 3  # an enumeration: "between Ponferrada and León" is a span, not a list
MAX_WRONG = 3
# Makers a list of bare surnames often follows ("the composers Pardoe, Ketley and Rhydderch"),
# beside the languages' roles: such a list names people, never places (kinds16b).
CREATOR_NOUNS = frozenset(fold(w) for w in ["composer", "painter", "sculptor", "poet", "singer", "musician", "writer", "novelist", "playwright", "architect", "photographer", "compositor", "compositora", "pintor", "pintora", "escultor", "escultora", "poeta", "cantante", "músico", "escritor", "escritora", "novelista", "dramaturgo", "arquitecta", "fotógrafo", "fotógrafa"])
MIN_WRONG = 2
SELECTION_SCORE = 0.9  # above a gap on one of the list's names: the list is what the sentence says
NAME_KINDS = ("person", "place", "organisation", "name")
CARD_TAGS_OVER_GAPS = frozenset(("people", "definition"))  # a "when" card's front is often clumsy: not these
GAP_TYPES = ("fill_in", "numeric", "cloze")  # the set's commonest types, which give way to a card
# A single choice on a detail nobody recalls (a figure, a full date, a name the text gives in one
# paragraph only and general text hardly writes) ranks above its sentence's other drafts; one
# in a sentence naming a famous person or thing (a blind reader recognises the event and
# recalls the fact) ranks below them.
DETAIL_CHOICE_BONUS = 0.2
FAMOUS_CHOICE_PENALTY = 0.15
DETAIL_CHOICE_CAP = min(BASE_SCORE["matching"], BASE_SCORE["ordering"]) - 0.02
FAMOUS_CONTEXT_FAME = 2.7  # the lowest Zipf over several languages of a famous name ("Suez Canal" 2.73)
DETAIL_NAME_ZIPF = 2.5  # "Berwick Street", "Guetaria": a name general text hardly writes


@dataclass(frozen=True)
class NamedTerm:
    """A term the text names, with what it says the term is, as written in its paragraph."""

    term: str
    description: str
    paragraph: int
    term_span: tuple[int, int]  # offsets in the paragraph


class VarietyDrafter:
    """Cards (and, through ``Builder``, the checks' vocabulary) from one document's facts."""

    def __init__(self, builder: Builder, subject: str = ""):
        self.builder = builder
        self.lang: Language = builder.lang
        self.headline: Callable[[str], str | None] = builder.headline
        self.subject = subject  # the thing the document is about, from its title ("el alcornoque"): see part_card

    def candidates(self) -> Iterator[Candidate]:
        yield from self.term_cards()
        yield from self.list_selections()

    # ------------------------------------------------------------ choices on details

    def favour_details(self, candidates: Iterator[Candidate]) -> Iterator[Candidate]:
        """The builder's candidates, a single choice on a detail (see ``choice_detail``) ranked
        above the other drafts of its sentence and one on a famous fact below them: a blind
        reader who recognises the real event recalls its famous facts, not its details (review
        11's readers: 35 of 38 right on choice items, against 40 % chance)."""
        mentions = {(m.paragraph, m.start, m.end): (s, m) for s in self.builder.facts.sentences for m in s.mentions}
        for c in candidates:
            if c.item.get("type") == "single_choice" and c.answer_span is not None and (found := mentions.get((c.paragraph, *c.answer_span))):
                verdict = self.choice_detail(*found)
                if verdict == "detail":
                    # ... but below an ordering or a matching, rarer still, that shows its key.
                    c.score = round(max(c.score, min(c.score + DETAIL_CHOICE_BONUS, DETAIL_CHOICE_CAP)), 4)
                elif verdict == "famous":
                    c.score = round(c.score - FAMOUS_CHOICE_PENALTY, 4)
            yield c

    def name_fame(self, m: Mention) -> float:
        """How well every language knows a name: its whole ("UNESCO"), or its most famous
        word that is no common word of the document's language ("Suez" of the Suez Canal,
        "Koch"; not "Superior" of the Consejo Superior de Investigaciones Científicas)."""
        words = [
            w for w in str(m.value).split()
            if w[:1].isupper() and fold(w) not in self.builder.generic_words and not self.lang.is_real_word(w.lower())
        ]
        return max([international_fame(str(m.value), self.lang.code), *(international_fame(w, self.lang.code) for w in words)])

    def choice_detail(self, s: Sentence, key: Mention) -> str | None:
        """"famous" when the sentence names a person or thing every language writes (the
        event is recognised), "detail" for a figure, a full date or a rare name of one
        paragraph, None otherwise (a year, a common name)."""
        if any(m.kind in NAME_KINDS and self.name_fame(m) >= FAMOUS_CONTEXT_FAME for m in s.mentions):
            return "famous"  # the key itself too: "____, the French diplomat" (Lesseps)
        if key.kind == "number" or (key.kind == "date" and isinstance(key.value, tuple) and key.value[2]):
            return "detail"
        if key.kind in NAME_KINDS:
            paragraphs = {self.builder.facts.sentences[i].paragraph for i in self.builder.together.get(key.identity, set())}
            if len(paragraphs) == 1 and self.lang.familiarity(key.text) < DETAIL_NAME_ZIPF and not self.lang.is_known_place(key.text):
                return "detail"
        return None

    # ------------------------------------------------------------ lists -> multiple select

    def list_selections(self) -> Iterator[Candidate]:
        """"the hamlets of Saillé, Kervalet and Trégaté": a multiple select whose right options
        are the names a sentence lists, with one gap for the whole list (so its length is no
        cue), and whose wrong options are names of the same kind from other sentences of the
        document (so each is really not in the list). Only lists of details: no member a
        headline, a well-known place or a familiar word, which a reader picks without the text."""
        b = self.builder
        for s in b.facts.sentences:
            if not b.usable(s):
                continue
            for listed in name_lists(s):
                if any(self.headline(m.text) or self.lang.is_known_place(m.text) or self.lang.is_familiar(m.text) for m in listed):
                    continue
                kind = list_kind(listed, b, self.reads_as_places(s, listed))
                if kind is None:
                    continue
                if kind == "place" and all(m.kind == "name" for m in listed) and self.people_listed(s, listed):
                    continue  # "music by Pardoe, Ketley and Rhydderch": places as wrong options are told apart by kind (kinds16b)
                wrong = self.wrong_names(s, listed, kind)
                if len(wrong) < MIN_WRONG:
                    continue
                first, last = listed[0], listed[-1]
                a, z = first.start - s.start, last.end - s.start
                passage = s.text[:a] + self.lang.prompt("blank") + s.text[z:]
                if any(re.search(rf"\b{re.escape(fold(m.text))}\b", fold(passage)) for m in listed):
                    continue  # a listed name written again in the sentence shows itself
                prompt = self.lang.prompt("listed_gap", passage=passage)
                choices = [{"text": m.text, "correct": True} for m in listed] + [{"text": m.text, "correct": False} for m in wrong]
                item = b.question("multiple_select", prompt, b.explain(s), [s.paragraph], 2, choices=sorted(choices, key=lambda c: fold(str(c["text"]))))
                fact = f"{s.index}:list:" + "+".join(m.identity for m in listed)
                yield Candidate(
                    "question", item, s.paragraph, (first.start, last.end), SELECTION_SCORE, f"multiple_select|{fact}", fact, [m.text for m in listed],
                    known_neighbour(s, {m.identity for m in listed}, self.lang) if kind == "place" else [],  # "at ____, south of Toulouse"
                )

    def people_listed(self, s: Sentence, listed: list[Mention]) -> bool:
        """Whether the sentence writes its list of bare names as people: after a noun of people
        or of a role ("the composers", «los pintores»), after an agent's "by", or before "who"
        («quienes»). Such names among places would be sorted by kind, not by the text."""
        before = s.text[:listed[0].start - s.start]
        after = s.text[listed[-1].end - s.start:]
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", before)[-3:]]
        if re.match(r"^,?\s+(?:who|whom|whose|quien|quienes)\b", after, re.IGNORECASE):
            return True
        if not words:
            return False
        last = words[-1]
        if last == "by" and self.lang.code == "en":
            return True
        people = self.lang.roles | self.lang.people_nouns | CREATOR_NOUNS
        return any(form in people for form in (last, last.removesuffix("s"), last.removesuffix("es")))

    def wrong_names(self, s: Sentence, listed: list[Mention], kind: str) -> list[Mention]:
        """Names of the list's kind from other sentences, none in this one, none sharing a word
        with a listed name or named in a sentence with one (a place beside another may hold it),
        of the listed names' familiarity (a famous name among unknown ones stands out)."""
        b = self.builder
        in_sentence = fold(s.text)
        own = {fold(w) for m in listed for w in str(m.value).split()}
        near = set().union(*(b.together.get(m.identity, set()) for m in listed))
        pool: list[Mention] = []
        for m in b.groups.get(kind, []) + (b.groups.get("name", []) if kind == "place" else []):
            if m.kind == "name" and not self.place_like(m):
                continue
            if (
                any(m.identity == x.identity for x in listed) or fold(m.text) in in_sentence or own & {fold(w) for w in str(m.value).split()}
                or b.together.get(m.identity, set()) & near or self.headline(m.text) or self.lang.is_known_place(m.text) or self.lang.is_familiar(m.text)
                or min(choice_rules.familiarity_gap(x.text, m.text, self.lang.familiarity) for x in listed) > choice_rules.FAMILIARITY_BAND
            ):
                continue
            if m.identity not in {p.identity for p in pool}:
                pool.append(m)
        pool.sort(key=lambda m: (abs(m.paragraph - s.paragraph), m.text))
        return sorted(pool[:MAX_WRONG], key=lambda m: m.start)

    def reads_as_places(self, s: Sentence, listed: list[Mention]) -> bool:
        """Whether a list of names of no settled kind reads as places: one of them does
        (``place_like``), or a noun of a kind of place stands right before or after the list
        ("the hamlets of ...", "..., pueblos del mismo valle")."""
        if any(self.place_like(m) for m in listed):
            return True
        before = s.text[: listed[0].start - s.start].split()[-LIST_KIND_WORDS:]
        after = s.text[listed[-1].end - s.start:].split()[:LIST_KIND_WORDS]
        return any(place_kind_noun(w.strip(",;:()«»“”\"'"), self.lang.code) for w in [*before, *after])

    def place_like(self, m: Mention) -> bool:
        """A name of no known kind that the text writes as a place somewhere: after a place
        preposition or a settlement's "of"/"de" ("the village of Piriac", "vecinos de Yeres";
        not "el principado de Augusto"), and never as
        a modifier of a common noun ("the Loire estuary") nor as a person's name."""
        b = self.builder
        if b.named_like_person(m):
            return False
        after_place = False
        for i in b.together.get(m.identity, set()):
            sentence = b.facts.sentences[i]
            for x in sentence.mentions:
                if x.identity != m.identity:
                    continue
                before = [fold(w.strip(",;:")) for w in sentence.text[: x.start - sentence.start].split()[-2:]]
                after = sentence.text[x.end - sentence.start:].split()[:1]
                if after and after[0][:1].islower() and fold(after[0].strip(",.;")) not in self.lang.words.stop_words:
                    return False
                if before and (
                    before[-1] in self.lang.place_prepositions
                    or (len(before) == 2 and before[-1] in INNER_CONNECTORS and before[0] in self.lang.settlement_words)
                ):
                    after_place = True
        return after_place

    # ------------------------------------------------------------ term <-> definition

    def term_cards(self) -> Iterator[Candidate]:
        seen: set[str] = set()
        for s in self.builder.facts.sentences:
            for named in named_terms(s, self.lang):
                fact = f"term:{fold(named.term)}"
                if fact in seen:
                    continue
                seen.add(fact)
                if (part := self.part_card(s, named)) is not None:
                    yield part
                back = named.description[0].upper() + named.description[1:]
                front = self.lang.prompt("card_named", term=named.term)
                item = {"front": front, "back": back, "source": [named.paragraph], "tags": ["definition"]}
                yield Candidate(
                    "card", item, named.paragraph, named.term_span, BASE_SCORE["card"] + 0.12, fact, fact, [named.description],
                    self.term_card_problems(named),
                )

    def part_card(self, s: Sentence, named: NamedTerm) -> Candidate | None:
        """«El fruto es una bellota, es decir, un fruto seco provisto de una cúpula escamosa»: the
        term is a word general text writes (a card on what it means is held back:
        vague_cards.general_term), but the sentence states a fact of the document's subject, what
        kind of part it has. Asked so: «¿qué tipo de fruto tiene el alcornoque?» -> «Una bellota:
        un fruto seco provisto de ...» (the fresh reviews' own suggestion). Only where the title
        names the subject and the sentence opens with the part ("The fruit", "Its leaves")."""
        if not self.subject or "card_part_kind" not in self.lang.prompts or not self.lang.is_general_word(named.term):
            return None
        at = named.term_span[0] - s.start
        m = PART_IS.get(self.lang.code, PART_IS["en"]).match(s.text[:at])
        if m is None or fold(m.group("part")) in self.lang.words.stop_words:
            return None
        front = self.lang.prompt("card_part_kind", part=m.group("part").lower(), subject=self.subject)
        # The sentence's own words from the article to the gloss's end (the back is grounded as written).
        written = s.text[m.start("article"):s.text.find(named.description, at) + len(named.description)] if named.description in s.text[at:] else ""
        if not written:
            return None
        back = written[0].upper() + written[1:]
        item = {"front": front, "back": back, "source": [named.paragraph], "tags": ["definition"]}
        fact = f"part:{fold(m.group('part'))}:{fold(named.term)}"
        return Candidate("card", item, named.paragraph, named.term_span, BASE_SCORE["card"] + 0.12, fact, fact, [named.term, named.description])

    def term_card_problems(self, named: NamedTerm) -> list[str]:
        """Why a term card is held back: its back is the document's headline (known from the
        title), or its front already shows the back (the term holds its own description)."""
        problems = []
        # (A long description is no headline name or figure, whatever paragraph states it.)
        if len(named.description.split()) <= HEADLINE_BACK_WORDS and (why := self.headline(named.description)):
            problems.append(f"held back: the card's back {named.description!r} is a headline fact ({why}): known without the text")
        stop = self.lang.words.stop_words
        back_words = {fold(w) for w in WORD.findall(named.description)} - stop
        term_words = {fold(w) for w in WORD.findall(named.term)} - stop
        if back_words <= term_words:
            problems.append(f"held back: the card's front {named.term!r} already holds its back {named.description!r}")
        return problems


# "The fruit is an", «Su fruto es una»: a sentence opening with a part of the subject and a copula
# before the term it restates (see VarietyDrafter.part_card).
PART_IS = {
    "en": re.compile(r"^(?:The|Its|Their)\s+(?P<part>[a-z]+)\s+(?:is|are)\s+(?P<article>an?)\s+$"),
    "es": re.compile(r"^(?:El|La|Los|Las|Su|Sus)\s+(?P<part>[a-záéíóúñ]+)\s+(?:es|son)\s+(?P<article>una?|unos|unas)\s+$"),
}
# A title's opening noun phrase, the document's subject: "The cork oak", «El alcornoque y el corcho».
TITLE_SUBJECT = {
    "en": re.compile(r"^(?P<subject>the\s+[^\W\d_]+(?:[ -][^\W\d_]+)?)\s*(?:$|[:,(]|\s+(?:and|in|of|at)\b)", re.IGNORECASE),
    "es": re.compile(r"^(?P<subject>(?:el|la|los|las)\s+[a-záéíóúñ]+)\s*(?:$|[:,(]|\s+(?:y|e|en|de)\b)", re.IGNORECASE),
}


def document_subject(titles: list[str], lang: Language) -> str:
    """The thing a document is about, as its title opens ("The Cork Oak" -> "the cork oak", «El
    alcornoque y el corcho» -> «el alcornoque»), or "" (a title of another shape)."""
    if not titles or lang.code not in TITLE_SUBJECT:
        return ""
    m = TITLE_SUBJECT[lang.code].match(titles[0].strip().lstrip("#").strip())
    if m is None:
        return ""
    subject = m.group("subject")
    return lower_initial(subject) if lang.code == "es" else subject.lower()


def cards_over_questions(drafts: list[Draft], question_keys: Callable[[Draft], list[str]]) -> None:
    """A ready card showing a ready question's key ("Gildas Buron: who was this?" beside
    "____, the curator of ...", "what is meant by 'ferrules'?" beside "sleeves called ____")
    asks the same fact, and one of them must go. Review 11 and the samples found the card always
    went (24 of 42 cards held back so), and no card was ready: here a card of a person's role or
    a term's definition stays, and the questions it shows give way, when each is a typed,
    numeric or cloze gap (the set has many) and its paragraph keeps another ready draft (or the
    card covers it). Run before the cards giving away questions are held."""
    ready = [d for d in drafts if not d.problems]
    per_paragraph = Counter(d.paragraph for d in ready)
    for card in (d for d in ready if d.kind == "card" and set(d.item.get("tags", [])) & CARD_TAGS_OVER_GAPS):
        if card.problems:
            continue
        shown = f" {_normal(str(card.item['front']) + ' ' + str(card.item['back']))} "
        shown_by = [
            (q, key) for q in ready
            if not q.problems and q.kind == "question"
            and (key := next((k for k in question_keys(q) if _normal(k) and f" {_normal(k)} " in shown), None)) is not None
        ]
        if not shown_by or not all(
            q.item.get("type") in GAP_TYPES and (q.paragraph == card.paragraph or per_paragraph[q.paragraph] > 1 + sum(o.paragraph == q.paragraph for o, _k in shown_by if o is not q))
            for q, _key in shown_by
        ):
            continue
        for q, key in shown_by:
            q.problems.append(f"held back: the ready card {card.key} asks its key {key!r} (a card of a role or a definition, which the set has few of)")
            per_paragraph[q.paragraph] -= 1


def one_card_per_subject(drafts: list[Draft], language: Language) -> None:
    """Two ready cards on one person or term ("Fernando de Magallanes: ¿quién era?" and the
    definition card "Fernando de Magallanes" -> "Un navegante portugués ...") ask one thing:
    the better one stays, the other is held back."""
    kept: dict[str, str] = {}
    for card in sorted((d for d in drafts if not d.problems and d.kind == "card"), key=lambda d: (-d.score, d.key)):
        subject = _normal(card_subject(str(card.item.get("front", "")), language))
        if not subject:
            continue
        if subject in kept:
            card.problems.append(f"held back: the ready card {kept[subject]} asks about the same person or term")
        else:
            kept[subject] = card.key


def card_subject(front: str, language: Language) -> str:
    """The person or term a card's front asks about: the front without the wording of the
    card prompts ("{person}: who was this, according to the text?")."""
    for name, slot in (("card_role", "person"), ("card_named", "term"), ("card_term", "term")):
        template = language.prompts.get(name)
        if not template:
            continue
        pattern = re.escape(template).replace(re.escape("{" + slot + "}"), "(?P<subject>.+)")
        if found := re.fullmatch(pattern, front):
            return found.group("subject")
    return front


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def name_lists(s: Sentence) -> list[list[Mention]]:
    """The runs of names ``s`` lists ("A, B and C"), three names or more, the last joined by
    "and" ("y", "e")."""
    names = [m for m in sorted(s.mentions, key=lambda m: m.start) if m.kind in NAME_KINDS]
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    for m in names:
        between = s.text[run[-1].end - s.start:m.start - s.start] if run else ""
        if run and LIST_JOIN.fullmatch(between) and not (len(run) >= 2 and LAST_JOIN.fullmatch(s.text[run[-2].end - s.start:run[-1].start - s.start])):
            run.append(m)
            continue
        if len(run) >= MIN_LISTED and LAST_JOIN.fullmatch(s.text[run[-2].end - s.start:run[-1].start - s.start]):
            runs.append(run)
        run = [m]
    if len(run) >= MIN_LISTED and LAST_JOIN.fullmatch(s.text[run[-2].end - s.start:run[-1].start - s.start]):
        runs.append(run)
    return runs


def list_kind(listed: list[Mention], builder: Builder, reads_as_places: bool) -> str | None:
    """The kind the listed names share: people if one is a person (and the rest may be), an
    organisation the same, places if one is a place or the list reads as places
    (``reads_as_places``: "the hamlets of Saillé, Kervalet and Trégaté", «de Atiega, Tuesta y
    Villacones, pueblos del mismo valle»), None for a list of names of no kind the document
    settles: "plays by Marlowe, Webster and Kyd", «obras de Calderón, Tirso y Moreto» are no
    places, and the document's towns as their wrong options would be of another kind, ruled
    out at sight (blind readers; a review document's opera composers among Malaysia and São
    Paulo)."""
    kinds = {m.kind for m in listed}
    for kind in ("person", "organisation"):
        if kind in kinds:
            return kind if kinds <= {kind, "name"} else None
    if "place" in kinds and kinds <= {"place", "name"}:
        return "place"
    if kinds == {"name"} and reads_as_places:
        return "place"
    return None


def named_terms(s: Sentence, lang: Language) -> list[NamedTerm]:
    """The terms ``s`` names ("X called T", "X, que ... llaman T") or restates ("T, es decir,
    X"), each with its description as the paragraph writes it."""
    found: list[NamedTerm] = []
    for pattern in _compiled(lang.naming_markers):
        for marker in pattern.finditer(s.text):
            term = _term_after(s.text, marker.end(), lang)
            if term is None:
                continue
            # "This behaviour, called fatigue, is the progressive ... damage": what follows the
            # term says what it is (the thing named, "this behaviour", says little).
            copula = re.match(rf"(?:\*\*|__|[*_»”\"'])?,\s+(?:{'|'.join(lang.copulas)})\s+", s.text[term[2]:])
            meaning = _restated(s.text, term[2] + copula.end(), lang) if copula else None
            if meaning is not None and fold(meaning.split()[0]).lower() not in lang.determiners:
                # "The thin slip, called engobe, is brushed over the pot": what the sentence says
                # it undergoes (a predicate), not what it is (kinds17); the thing named says it.
                meaning = None
            if meaning is not None:
                found.append(NamedTerm(term[0], meaning, s.paragraph, (s.start + term[1], s.start + term[2])))
                continue
            # "what they call", "lo que ... llaman": a free relative, the words before it are
            # the sentence's verb ("the brine reaches what they call ..."), not the thing named.
            free = re.match(r"\s*what\b", marker.group(), re.IGNORECASE) or re.search(r"\blo\s*$", s.text[: marker.start()], re.IGNORECASE)
            description = None if free else _phrase_before(s.text, marker.start(), lang, with_article=True, named_as=named_agreement(marker.group(), term[0], lang), term=term[0])
            if description is None:
                # "what they call the point of bloom, the moment when ...": nothing before the
                # marker names the thing, and the apposition after the term says what it is.
                apposition = re.match(rf"(?:\*\*|__|[*_»”\"'])?,\s+(?=(?:{'|'.join(lang.determiners)})\s)", s.text[term[2]:])
                meaning = _restated(s.text, term[2] + apposition.end(), lang, to_comma=True) if apposition else None
                if meaning is not None:
                    found.append(NamedTerm(term[0], meaning, s.paragraph, (s.start + term[1], s.start + term[2])))
                continue
            found.append(NamedTerm(term[0], s.text[description[0]:description[1]], s.paragraph, (s.start + term[1], s.start + term[2])))
    for pattern in _compiled(lang.restating_markers):
        for marker in pattern.finditer(s.text):
            phrase = _phrase_before(s.text, marker.start(), lang, with_article=False)
            # An apposition ends at the next comma: "anfibio urodelo, es decir, del grupo de las
            # salamandras y los tritones, endémico del ..." (what follows is the animal's).
            meaning = _restated(s.text, marker.end(), lang, to_comma=True)
            if phrase is None or meaning is None or _after_reflexive(s.text, phrase[0], lang):
                continue
            if (head := HEAD_BEFORE.get(lang.code)) is not None and (joined := head.search(s.text[:phrase[0]])) and fold(joined.group(1)) not in lang.words.stop_words:
                # «es la resonancia por simpatía, es decir, ...»: the term is «resonancia por
                # simpatía», a head noun and its «por» complement after their article (fronts4)
                phrase = (joined.start(1), phrase[1])
            inner = list(COMPLEMENT_OF.finditer(s.text[phrase[0]:phrase[1]]))
            if inner and GLOSS_OF.match(s.text[marker.end():]):
                # «el corte de la falda, es decir, de la pared lateral»: the gloss repeats the
                # complement's "de", so it glosses «falda», not «corte de la falda» (fronts4)
                phrase = (phrase[0] + inner[-1].end(), phrase[1])
                if (again := GLOSS_OF.match(meaning)) is not None:
                    meaning = ("el " if fold(again.group().strip()) == "del" else "") + meaning[again.end():]
            found.append(NamedTerm(s.text[phrase[0]:phrase[1]], meaning, s.paragraph, (s.start + phrase[0], s.start + phrase[1])))
    # A meaning that repeats the term's words explains nothing; one word inside another is no
    # repeat ("**cal**, es decir, hidróxido de calcio": review 13 left the paragraph without a card).
    # An apposition saying where the word comes from ("frazadas, a Quechua word for warmth")
    # is no meaning (defphrase): the thing named, if any, is said elsewhere in the sentence.
    return [n for n in found if _content_words(n.description, lang) >= MIN_CONTENT_WORDS and not _repeats(n.term, n.description)
            and not is_etymology(n.description, lang)]


# A head noun and a complement's preposition other than «de» right before a restated term, after
# their article («la resonancia por simpatía», «el riego por goteo», «la pesca con nasa»).
HEAD_BEFORE = {"es": re.compile(r"(?:^|\s)(?:el|la|los|las|un|una)\s+([^\W\d_]+)\s+(?:por|con|sin|a)\s+$", re.IGNORECASE)}
# A gloss opening with the preposition of a complement ("of the central timber", «de la pared
# lateral»), and that complement inside the phrase before the marker, its article left out.
# Both with their article: «una sal de manantial, es decir, de sal disuelta» restates the whole
# term (its «de» is no complement's).
GLOSS_OF = re.compile(r"(of|de|del)\s+(?=(?:the|an?|el|la|los|las|un|una)\s)|(del)\s+", re.IGNORECASE)
COMPLEMENT_OF = re.compile(r"\b(?:of|de)\s+(?:the|an?|el|la|los|las|un|una)\s+|\bdel\s+", re.IGNORECASE)


# Words that only stand before a verb: what a restating marker follows there is the verb's
# meaning, not a term's («el almidón se gelatiniza, es decir, sus gránulos absorben agua»).
REFLEXIVE_BEFORE = {"es": frozenset(("se",))}


def _after_reflexive(text: str, start: int, lang: Language) -> bool:
    """Whether the phrase starting at ``start`` follows a word that only stands before a verb."""
    before = WORD.findall(text[:start])
    return bool(before) and fold(before[-1]) in REFLEXIVE_BEFORE.get(lang.code, frozenset())


def _repeats(term: str, description: str) -> bool:
    """Whether ``description`` writes ``term`` as whole words ("the fen, that is, a fen of ...")."""
    return bool(re.search(rf"(?<!\w){re.escape(fold(term))}(?!\w)", fold(description)))


@lru_cache(maxsize=16)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _content_words(text: str, lang: Language) -> int:
    return sum(fold(w) not in lang.words.stop_words for w in WORD.findall(text))


def _term_after(text: str, at: int, lang: Language) -> tuple[str, int, int] | None:
    """The term right after a naming marker (its article left out), with its offsets in
    ``text``: up to three words, ended by punctuation or a small word."""
    rest = text[at:]
    article = re.match(r"(?:[^\W\d_]+)\s+", rest)
    if article and fold(article.group().strip()) in lang.determiners:
        at += article.end()
        rest = text[at:]
    m = TERM.match(rest)
    if not m:
        return None
    words: list[str] = []
    found = m.group("words").split()
    for i, w in enumerate(found):
        inner = fold(w) in INNER_CONNECTORS and words and i + 1 < len(found) and fold(found[i + 1]) not in lang.words.stop_words
        if (fold(w) in lang.words.stop_words or fold(w) in lang.determiners) and not inner:
            break  # ... but "point of bloom", "punto de cuajado" keep their "of", "de"
        words.append(w)
    if not words or len(words) > TERM_WORDS:
        return None
    term = " ".join(words)
    start = at + m.start("words")
    end = start + len(term)
    if text[start:end] != term or len(term) < 3:
        return None
    return term, start, end


# Class nouns that name nothing by themselves: "molecules in a form called phytin" names a
# form, and the molecules holding it are not what the name means (the unseen pair's review).
EMPTY_HEADS = frozenset(("form", "forms", "kind", "kinds", "type", "types", "sort", "way", "forma", "formas", "tipo", "tipos", "clase", "clases", "manera"))


# Stretches of land and water a thing comes from or is worked in ("from the upper beach", "in
# the hills", «de la playa alta»), beside the settlements and works of place_kind_noun.
_LANDSCAPE_TEXT = """beach shore coast hill hillside moor marsh fen bog heath field meadow pasture slope
    cliff dune plain forest wood mountain valley river sea lake bay estuary creek stream glen upland lowland
    playa orilla costa colina cerro loma paramo marisma pantano campo prado pradera ladera acantilado duna llanura
    bosque monte sierra valle rio mar lago bahia estuario arroyo"""
LANDSCAPE = frozenset(fold(w) for w in _LANDSCAPE_TEXT.split())


def _landscape(word: str, lang: Language) -> bool:
    """Whether ``word`` (singular or plural) names a stretch of land or water, or a settlement."""
    w = fold(word)
    return any(f in LANDSCAPE for f in (w, w[:-1], w[:-2])) or place_kind_noun(word, lang.code) is not None


# Nouns for people: an agent's ending ("burners", "wallers", «cocedores», «barrilleros») or a few
# plain words for people.
AGENT = re.compile(r"(?:ers|ors|ists|ians|men|eros|eras|ores|oras|istas)$")
PEOPLE = frozenset(("people", "folk", "children", "boys", "girls", "families", "crew", "crews", "gente", "hombres", "mujeres",
                    "ninos", "ninas", "familias", "cuadrilla", "cuadrillas"))


def _people(phrase: str, lang: Language) -> bool:
    """Whether a term or a head noun names people (and no stretch of land: "moors")."""
    words = WORD.findall(phrase)
    if not words:
        return False
    head = fold(words[-1] if lang.modifier_before_noun else words[0]).lower()
    return (head in PEOPLE or bool(AGENT.search(head))) and not _landscape(head, lang)


def _head_of(phrase: str, lang: Language) -> str:
    """The head noun of a noun phrase: its last word where modifiers come before the noun, its
    first content word elsewhere ("las chozas bajas")."""
    words = [w for w in WORD.findall(phrase) if fold(w) not in lang.words.stop_words]
    if not words:
        return ""
    return words[-1] if lang.modifier_before_noun else words[0]


def named_agreement(marker: str, term: str, lang: Language) -> tuple[str, str] | None:
    """The gender and number a naming participle gives the thing it names («conocida como»:
    feminine singular; «llamados»: masculine plural); in English, where "called" says nothing,
    a plural term's number ("workers in the furnace, called gaffers": plural), since a singular
    term may name a plural thing ("husks, called chaff"). None where nothing is said."""
    if not lang.article_agreement:
        return ("", "p") if term.islower() and _english_number(term) == ("", "p") else None
    m = re.search(r"\b(?:llamad|denominad|conocid)([oa])(s?)\b", marker, re.IGNORECASE)
    if m is None:
        return None
    return ("m" if m.group(1).lower() == "o" else "f", "p" if m.group(2) else "s")


def _english_number(phrase: str) -> tuple[str, str]:
    """The number of an English noun phrase, from its last word's ending (no gender)."""
    head = fold(WORD.findall(phrase)[-1]) if WORD.findall(phrase) else ""
    return ("", "p" if head.endswith("s") and not head.endswith(("ss", "us", "is")) else "s")


def _phrase_agreement(text: str, start: int, end: int, lang: Language) -> tuple[str, str] | None:
    """The gender and number of the noun phrase text[start:end]: from the article before it
    (Spanish), from its head's ending (English)."""
    if not lang.article_agreement:
        return _english_number(text[start:end])
    return _article_before(text, start, lang)


def _agrees(named_as: tuple[str, str] | None, agreement: tuple[str, str] | None) -> bool | None:
    """Whether a noun phrase of ``agreement`` (from its article) agrees with the participle that
    names it; None where either is unknown."""
    if named_as is None or agreement is None:
        return None
    return named_as == agreement


def _article_before(text: str, start: int, lang: Language) -> tuple[str, str] | None:
    """The gender and number of the article right before ``start`` (Spanish), if any."""
    before = list(WORD.finditer(text[:start]))
    if not before or text[before[-1].end():start].strip():
        return None
    return lang.article_agreement.get(fold(before[-1].group()))


def _phrase_before(text: str, end: int, lang: Language, *, with_article: bool, named_as: tuple[str, str] | None = None, term: str = "") -> tuple[int, int] | None:
    """The noun phrase ending right before ``end`` ("a long wooden rake", "canales de madera"),
    as offsets in ``text``: words walked back until a small word, punctuation or a figure, with
    one connector ("de", "of") inside at most, and an indefinite article kept when asked.
    ``named_as``: the gender and number of the participle that names the phrase (Spanish), or
    of the plural ``term`` it names (English)."""
    tokens = list(WORD.finditer(text[:end]))
    stop = lang.words.stop_words
    connectors = {fold(w) for w in lang.name_connectors} & INNER_CONNECTORS
    taken: list[re.Match[str]] = []
    joined = 0
    bounded = True  # the walk stopped at a small word, punctuation or the sentence's start
    skip = -1  # the connector already taken with its article ("de la costa")
    inner: tuple[int, tuple[str, str] | None] | None = None  # that complement's words taken before it, and its article's agreement
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if i == skip:
            continue
        gap = text[tok.end():taken[-1].start()] if taken else text[tok.end():end]
        if taken and any(c.isdigit() for c in gap):
            # «una franja de unos 16 | kilómetros de ancho, conocida como la Zona Franca», "a strip
            # some 16 | kilometres wide, known as ...": a measure, whose thing is before the figure;
            # «Kilómetros de ancho» is not what the term names (integrator22: key outside).
            return None
        if gap.strip() not in ("", ",", "**", "__") or (gap.strip() in (",", "**", "__") and taken):
            # A word beyond punctuation belongs to another phrase; one beyond the emphasis that
            # opens the term is not the term's ("una pequeña cantidad de **cal**, es decir, ...":
            # cal; review 13 asked what «pequeña cantidad de **cal» was called).
            break
        word = fold(tok.group())
        if word in connectors and taken and joined == 0 and i > 0:
            joined += 1
            taken.append(tok)
            continue
        if (lang.code == "es" and word in lang.determiners and taken and joined == 0 and i > 1
                and fold(tokens[i - 1].group()) in connectors and not text[tokens[i - 1].end():tok.start()].strip()):
            # «los recolectores de la costa, conocidos ... como barrilleros» (kinds17): a «de»
            # complement with its article is the noun's, as "canales de madera" is; its article's
            # agreement kept, to tell which of the two nouns the participle names.
            joined += 1
            inner = (len(taken), lang.article_agreement.get(word))
            taken.extend((tok, tokens[i - 1]))
            skip = i - 1
            continue
        if word in stop or (taken and _verb_before_noun(tok.group(), lang)):
            if with_article and taken and word in lang.determiners and i > 0 and fold(tokens[i - 1].group()) in PLACE_PREPOSITIONS:
                if fold(taken[0].group()) in EMPTY_HEADS:
                    return None  # «moléculas en una forma llamada niacitina»: a form is named, not the molecules
                location = bool({fold(taken[0].group()), fold(taken[-1].group())} & (LOCATION_PARTS | {fold(w) for w in lang.relational_nouns}))
                if word in INDEFINITE and not location:
                    # "the mother liquor of the rakes in a unit called the finisher", «se filtra en
                    # una unidad llamada el decantador» (cards2): a thing brought in with "a" and
                    # named is the thing named; only a part of another's ("on a root surface") is where.
                    break
                holder = _phrase_before(text, tokens[i - 1].start(), lang, with_article=True)
                if holder is None or text[holder[1]:tokens[i - 1].start()].strip():
                    holder = None
                # "the hides in the bark liquor, known as ooze" (defphrase): the nearest noun
                # phrase is the one named, the liquor, not the hides in it; only a part of a
                # thing ("a lipid on the enterocyte surface called GM1", review 12) is where the
                # thing named, the noun before it, is. A Spanish participle settles it by its
                # gender and number («los trabajos en la ladera, conocida como ...»: the slope),
                # and where neither phrase agrees with it nothing is named.
                nearest = _agrees(named_as, lang.article_agreement.get(word) if lang.article_agreement else _english_number(taken[0].group()))
                held = _agrees(named_as, _phrase_agreement(text, holder[0], holder[1], lang)) if holder else False
                near_head = taken[0] if lang.modifier_before_noun else taken[-1]
                if holder is not None and held is not False and nearest is not False and _landscape(near_head.group(), lang) and not _landscape(_head_of(text[holder[0]:holder[1]], lang), lang):
                    # "the wet sand from the upper beach, known as sleech", "charcoal burners in the
                    # hills, known in the valley as barkers" (kinds17): where agreement leaves it
                    # open, a term names what comes from or works in a stretch of land, not the land.
                    nearest, held = False, True
                elif (holder is not None and held is not False and nearest is not False and _people(term, lang)
                      and _people(_head_of(text[holder[0]:holder[1]], lang), lang) and not _people(near_head.group(), lang)):
                    # "the boilers in the wooden sheds, called wallers", «los hombres en los
                    # cobertizos, llamados cocedores»: a term for people names the people.
                    nearest, held = False, True
                if nearest is False and not held:
                    return None
                if holder is not None and ((held and nearest is False) or (location and held is not False)):
                    return holder[0], taken[0].end()
            if word in DEGREE_WORDS and taken:
                return None  # «la zona más | caliente del horno»: an adjective's degree, the noun is before it
            break  # "the pan holds | grey crystals called ...": the phrase starts after the verb
        if len(taken) >= DESCRIPTION_WORDS:
            bounded = False
            break
        taken.append(tok)
    if not bounded:
        return None
    while taken and fold(taken[-1].group()) in connectors:
        taken.pop()  # "de canales de madera": the phrase opens on its noun
    if not taken:
        return None
    start = taken[-1].start()
    if inner is not None and _agrees(named_as, _article_before(text, start, lang)) is False:
        # «las pieles de los corderos, llamados ...» (defphrase): the participle agrees with the
        # complement, not the head: the complement alone is named; with neither, nothing is.
        if not _agrees(named_as, inner[1]):
            return None
        taken = taken[: inner[0]]
        start = taken[-1].start()
    before = list(WORD.finditer(text[:start]))
    # The language's own indefinite article: Spanish «a» is a preposition («a cortadores de turba»).
    if with_article and before and fold(before[-1].group()) in INDEFINITE & lang.determiners and not text[before[-1].end():start].strip():
        start = before[-1].start()
    phrase_end = taken[0].end()
    return start, phrase_end


def _verb_before_noun(word: str, lang: Language) -> bool:
    """Whether ``word``, read before a noun phrase's head, is its sentence's verb rather than a
    modifier: a verb's ending ("grows", "holds", "dried", "recogían"), no tagger. An English
    modifier before a head is hardly ever plural ("metal sleeves", "clay pans"), so a word in -s
    there is a verb."""
    if typed_answers.verb_like(word, lang):
        return True
    w = fold(word)
    return lang.code == "en" and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


# The last members of a list after a comma: "sand and boulders", "arena y cal" (up to three
# words on either side of the conjunction), with nothing after them.
LIST_END = re.compile(r"(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s+(?:and|or|y|e|o|u)\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+")
LIST_MEMBER = re.compile(r"(?:[^\W\d_]+\s+){0,2}[^\W\d_]+")


def _to_comma(rest: str) -> str:
    """``rest`` up to its first comma, unless that comma is inside a list the phrase ends with:
    "an unsorted mix of clay, sand and boulders" is all one description (a self-review found
    "An unsorted mix of clay" on a card's back, untrue as it stands)."""
    parts = [p.strip() for p in CLAUSE_COMMA.split(rest)]
    for end in range(1, len(parts)):
        if LIST_END.fullmatch(parts[end]):
            return ", ".join(parts[: end + 1])
        if not LIST_MEMBER.fullmatch(parts[end]):
            break
    return parts[0]


def _restated(text: str, at: int, lang: Language, *, to_comma: bool = False) -> str | None:
    """What a restatement says the term means ("de sal disuelta en aguas ..."), without its
    leading preposition and final stop; cut at a comma when long, None when longer still."""
    rest = text[at:].strip().rstrip(".")
    first = re.match(r"([^\W\d_]+)\s+", rest)
    if first and fold(first.group(1)) in lang.place_prepositions | {fold(w) for w in lang.name_connectors}:
        rest = rest[first.end():]
    rest = re.split(r"[;:]", rest)[0].strip()
    rest = CLAUSE_GOES_ON.split(rest)[0].strip()  # "..., which leaves a crust": another clause
    if to_comma:
        rest = _to_comma(rest)
    if len(rest.split()) > RESTATED_WORDS:
        rest = _to_comma(rest)
    if not rest or len(rest.split()) > RESTATED_WORDS:
        return None
    return rest
