"""Who said it: the speaker of a reported statement, among the document's other speakers.

The fresh reviews of news and encyclopedic documents (issue 10, brief cover6) left paragraphs
without any ready item whose content is what someone said, found or concluded: "Critics and
some conservationists have pointed out that a frozen backup cannot preserve ...", "Los
responsables del ICANH insistieron en que, por ahora, no se ha extraído ningún objeto". The
drafter gaps names, figures and dates; there the only name is the story's own (held back as a
headline fact) or there is none, so nothing was drafted. A sentence that reports a statement
("SPEAKER said/concluded/warned that CLAUSE", "SPEAKER anunció/insistieron en que CLAUSE") gives
a single choice: "According to the text, who concluded that CLAUSE?", whose wrong options are the
document's other speakers -- each one reported as saying something else, so really wrong, and
only a reader who kept who said what answers it.

Held to what a reviewer accepts:

- a speaker is a name (a capitalised word after the first: "Health officials in Dorset", "La
  alcaldesa Marta Ibarra") or a group of people in the plural ("Critics", "Los vecinos"); never a
  pronoun or a lone role in the singular ("the minister", "el mandatario"), which may be one of
  the named speakers under another name (then a wrong option would be right);
- two speakers sharing a word ("the Government" and "a Government spokesman") are never options
  of one item (they may be one voice);
- in Spanish the verb agrees with its subject: the options are all singular or all plural, as
  the key is ("¿quiénes insistieron ...?" among groups only), so the verb's number gives nothing
  away; in English the prompt uses the verb in the past ("who has pointed out"), good for both;
- the statement reads on its own (no pronoun leaning on another sentence), 4 to 30 words, and
  names none of the options.

Like ``Builder.detail_word`` the item is held back from the start (ACTOR_HOLD): ``check_drafts``
offers it only for a content paragraph no other ready draft covers, after the same checks as
every draft (grounding, the linter, headline facts, blindness, enemies).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.extract import Sentence, fold
from quizapp.language import lower_initial

ACTOR_HOLD = "held back: a choice among the document's speakers"
MIN_CLAUSE_WORDS = 4
MAX_CLAUSE_WORDS = 30
MAX_SPEAKER_WORDS = 8
OF_THE_YEAR = re.compile(r"\b(?:of\s+the|del|de\s+la|de\s+los|de\s+las)\s+(?:[^\W\d_]+\s+de\s+)?(?:1[5-9]|20)\d{2}\b")
ARTICLES = frozenset(("the", "el", "la", "los", "las"))  # folded; not counted in a speaker's length
OPTIONS = 4  # the key and up to three other speakers
MIN_WRONG = 2
SCORE = BASE_SCORE["single_choice"] - 0.1  # a fallback: names and figures first
AUXILIARIES = frozenset(("has", "have", "had", "was", "were", "is", "are", "be", "been", "ha", "han", "habia", "habian", "es", "son", "era", "eran", "fue", "fueron"))
# A group named by its stance ("Critics", "los detractores") says what a reader expects of it: as
# a key it is guessed from the statement's tone, so it is never asked.
STANCE_NOUNS = frozenset((
    "critics", "opponents", "supporters", "defenders", "sceptics", "skeptics", "detractors", "advocates", "proponents",
    "criticos", "detractores", "defensores", "partidarios", "opositores", "escepticos",
))
WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(frozen=True)
class Reported:
    """One statement the text reports, with who made it."""

    speaker: str  # as the text writes it ("Critics and some conservationists")
    verb: str  # as the prompt writes it ("have pointed out" -> "has pointed out")
    joiner: str  # "that", "que", "en que"
    clause: str  # what was said, without its final stop
    plural: bool  # the verb's number (Spanish options agree with it)
    sentence: Sentence
    span: tuple[int, int]  # the speaker's offsets in the paragraph
    place: str = ""  # a place the sentence opens on before its speaker ("In Ghent, union leaders ...")


# A date opening the sentence before its subject ("In March 2024 the Environment Agency
# announced ...", "En 2024, la Confederación ... anunció ...").
DATE_OPENER = re.compile(r"^(?:In|On|By|En)\s+(?:[^\W\d_]+\s+){0,3}?\d{4},?\s+")
# "In practice the ruling means that ...", «En la práctica, la sentencia supone que ...»: an
# opener saying how the statement applies, before its subject.
PRACTICE_OPENER = re.compile(r"^(?:In\s+practice|In\s+effect|En\s+la\s+práctica|En\s+la\s+realidad),?\s+")
NAME = r"[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:\s+(?:de|del|la|van|von|da|[A-ZÁÉÍÓÚÑ][^\W\d_]+))*"
# Read with ``described`` (the claim cards, brief groupclaims): a place before the speaker, which
# tells one group from another ("In Ghent, union leaders ... recalled that ...", «En Évora,
# dirigentes ... recordaron que ...»), and a clause before it, which the claim does without
# ("Because rye prices have fallen, critics fear that ...", «Como el precio ha caído, muchos ... temen que ...»).
PLACE_OPENER = re.compile(rf"^(?:In|At|En)\s+(?P<place>{NAME}),\s+")
CLAUSE_OPENER = re.compile(
    r"^(?:(?:Because|As|Since|While|Although|Though|After|Como|Porque|Aunque|Mientras|Tras|Ya\s+que|Dado\s+que|Pese\s+a\s+que|A\s+pesar\s+de\s+que)"
    r"\s+[^,;:()«»\"“”]{2,120}"
    r"|(?:In|At|On|During|From|En|Durante|Desde)\s+(?:the|el|la|los|las)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?),\s+"  # "In the north, ...", "From the town hall, ..."
)
TRAILING_ADVERB = re.compile(r"\s+(?:also|too|again|además|también)$")
# A name's apposition before its verb ("Daniel Okoro, an archivist who has catalogued ..., noted
# that ...", «Daniel Okoro, un archivero que ..., señaló que ...»; brief claims3): the name is the speaker.
APPOSITION = r"(?:an?|un|una)\s+[^,;:()«»\"“”]{2,160}?,\s+"
# A second claim of the speaker joined by "and" ("... was too hasty and recalled that ...", «... y
# recordó que ...»): the first claim ends before it (``claim_cut``).
SECOND_CLAIM = re.compile(r"\s+(?:and|y|e)\s+(?:(?:has|had|ha|había)\s+)?[a-záéíóúñ]+(?:ed|ó|ió|aron|ieron|aba|aban|ía|ían)\s+(?:that|que)\s")
# A group counted by a quantifier ("Some millers", «Algunos pescadores»): the quantifier alone
# leans on another sentence ("Some argue"), with a noun after it the group is named. Folded.
QUANTIFIERS = frozenset(("some", "many", "several", "most", "algunos", "algunas", "varios", "varias", "muchos", "muchas"))
# What announces a colon's tail at the end of a claim ("..., a technical solution that would
# demand something: direct cooperation"): the claim is cut before it (``claim_cut``).
ANNOUNCING = re.compile(r"^(?:a|an|one|something|un|una|algo)\s", re.IGNORECASE)


def reported(sentences: list[Sentence], lang_code: str, verbs: tuple[str, str], joiners: str,
             stop: frozenset[str], leaning: frozenset[str], *, described: bool = False) -> list[Reported]:
    """Every statement a sentence reports, with its speaker, held to the rules in the module's
    docstring: "SPEAKER VERB that CLAUSE" (after a date, or with the speaker's role before his
    name: "The chair, Helen Marsh, said that ..."), and "CLAUSE, VERB NAME[, role]" after a
    quotation ("..., said Tom Reid, the site manager", "«...», explicó Tomás Ruiz"). With
    ``described``, a singular speaker the text describes in two content words or more ("Una
    tradición muy antigua") is read too: a card asking what it said names no other speaker."""
    singular, plural = verbs
    found: list[Reported] = []
    for s in sentences:
        text = s.text.rstrip().rstrip(".")
        opener = DATE_OPENER.match(text) or (PRACTICE_OPENER.match(text) if described else None)
        place = None
        if described:
            text = claim_cut(text)
            place = None if opener else PLACE_OPENER.match(text)
            opener = opener or place or CLAUSE_OPENER.match(text)
        skip = opener.end() if opener else 0
        for verb_pattern, many in ((plural, True), (singular, False)):
            m = re.match(
                rf"^(?:(?P<role>[^,;:()«»\"“”]{{2,60}}),\s+(?P<name>{NAME}),\s+|(?P<aname>{NAME}),\s+{APPOSITION}|(?P<speaker>[^,;:()«»\"“”]{{2,80}}?)\s+)"
                rf"(?P<verb>{verb_pattern})\s+(?P<joiner>{joiners})\s+(?P<clause>[^;:()]+)$",
                text[skip:],
            )
            after = None if m else re.match(
                rf"^[«\"“]?(?P<clause>[^«»\"“”,;:]+?)[»\"”]?,\s+(?P<verb>{verb_pattern})\s+(?P<name>{NAME})(?:,\s+[^,;:]+)?$", text,
            )
            if not m and not after:
                continue
            found_in = m or after
            assert found_in is not None
            speaker = (found_in.group("name") or found_in.group("aname") or found_in.group("speaker") or "").strip() if m else found_in.group("name").strip()
            clause = found_in.group("clause").strip().rstrip(",")
            speaker = TRAILING_ADVERB.sub("", speaker)  # "Owen Hale also argued": the speaker is Owen Hale
            if after:
                first = WORD.findall(clause)[:1]
                if not first or fold(first[0]) not in stop:
                    break  # the statement may open on a name: not lowered
                clause = lower_initial(clause)
            if lang_code == "en":  # the past serves both numbers; the noun tells a group
                many = found_in.group("verb").startswith("have") or found_in.group("verb").split()[0] in PRESENT_PLURAL or plural_head(speaker, stop)
            shown = speaker[0].upper() + speaker[1:] if skip and m and not (m.group("name") or m.group("aname")) else speaker
            if described:
                shown, many = _unquantified(shown, many)
            if not fair_speaker(shown, many or (described and described_speaker(shown, stop)), stop, leaning, years=described) or not fair_statement(clause, leaning):
                break
            joiner = found_in.group("joiner") if m else ("that" if lang_code == "en" else "que")
            verb = _who_form(found_in.group("verb")) if lang_code == "en" else found_in.group("verb")
            at = s.text.find(speaker)
            where = place.group("place") if place and m and not (m.group("name") or m.group("aname")) else ""
            found.append(Reported(speaker, verb, joiner, clause, many, s, (s.start + at, s.start + at + len(speaker)), where))
            break
    return found


def _unquantified(speaker: str, plural: bool) -> tuple[str, bool]:
    """A group counted by a quantifier ("Some millers", «Varios armadores») as the speakers'
    rules read it: its noun phrase ("Millers"), a group; the quantifier alone stays as it is."""
    first, _, rest = speaker.partition(" ")
    if fold(first) in QUANTIFIERS and WORD.match(rest):
        return rest[0].upper() + rest[1:], True
    return speaker, plural


def claim_cut(text: str) -> str:
    """A sentence cut where its claim ends: at a semicolon, or before the phrase announcing a
    colon's tail ("X agree that the best outcome is a joint board, a solution that would demand
    something: cooperation" -> "... is a joint board"); a colon with no such phrase before it is
    left (its claim runs on into the colon's tail, and no statement pattern reads past it)."""
    if ";" in text:
        text = text[:text.index(";")]
    second = SECOND_CLAIM.search(text)
    if second:
        text = text[:second.start()]
    if ":" in text:
        head = text[:text.index(":")]
        comma = head.rfind(", ")
        if comma > 0 and ANNOUNCING.match(head[comma + 2:]):
            return head[:comma]
    return text


@dataclass(frozen=True)
class Actor:
    """Someone the text says did something: a wrong option of a speaker item."""

    name: str
    plural: bool
    sentence: Sentence
    kind: str = ""  # "person", "body" or "group" (``speaker_kind``); "" until read


def acting(sentences: list[Sentence], lang_code: str, verbs: tuple[str, str], stop: frozenset[str],
           leaning: frozenset[str], determiners: frozenset[str], people: frozenset[str]) -> list[Actor]:
    """The subjects of the text's sentences that open on "SUBJECT VERB ..." (a verb in the past:
    "The Crop Trust paid ...", "Los arqueólogos consideraron ..."), held to the speakers' rules,
    and only people: a person or an organisation the text names, or a group whose noun names
    people ("Los bomberos", "Investigators"; never "Las obras", "Samples").
    """
    singular, plural = verbs
    found: list[Actor] = []
    for s in sentences:
        for verb_pattern, many in ((plural, True), (singular, False)):
            m = re.match(rf"^(?P<subject>[^,;:()«»\"“”]{{2,80}}?)\s+(?:{verb_pattern})\s+[^\W\d_]", s.text)
            if not m:
                continue
            subject = m.group("subject").strip()
            words = WORD.findall(subject)
            first = fold((words or [""])[0])
            if lang_code == "en":
                many = plural_head(subject, stop)
            if (first in stop and first not in determiners) or not fair_speaker(subject, many, stop, leaning):
                break
            named = any(mention.kind in ("person", "organisation") and mention.start - s.start < len(subject) for mention in s.mentions)
            head = next((fold(w) for w in words if fold(w) not in determiners), "")
            if named or head in people:
                found.append(Actor(subject, many, s))
            break
    return found


def _who_form(verb: str) -> str:
    """The English verb as "who" takes it, in the singular: "have pointed out" -> "has pointed
    out", "argue" -> "argues", "point out" -> "points out"; the past as it is."""
    verb = re.sub(r"^(?:have|has)\s+", "has ", verb)
    verb = re.sub(r"^had\s+(?:long|also|repeatedly|publicly)\s+", "had ", verb)
    first, _, rest = verb.partition(" ")
    if first in PRESENT_PLURAL:
        first += "s"
    return f"{first} {rest}".strip()


PRESENT_PLURAL = frozenset(("say", "argue", "warn", "insist", "point", "note", "claim", "maintain", "contend", "estimate", "believe"))


def plural_head(speaker: str, stop: frozenset[str]) -> bool:
    """Whether an English subject's head noun is plural: the last word before its first small
    word or participle ("Engineers hired by ...", "Shopkeepers on the high street")."""
    head = ""
    for w in WORD.findall(speaker):
        if not head and fold(w) in stop:
            continue  # "The county ecologists": the article before the head
        if fold(w) in stop or (head and w.endswith("ed")):
            break
        head = w
    return bool(re.fullmatch(r"[A-Za-z]+[^s'’]s", head))


def fair_speaker(speaker: str, plural: bool, stop: frozenset[str], leaning: frozenset[str], *, years: bool = False) -> bool:
    """Whether a sentence's subject, as it opens the sentence, names a speaker a question can
    ask about on its own: at most MAX_SPEAKER_WORDS words and no figure, not a word leaning on
    another sentence ("They", "Others"), not a clause's tail or an auxiliary read into it, and
    either a name after its first word ("Mayor Ruth Okafor") or a group (``plural``: "The
    harbour pilots"; a caller may count a described speaker as one, ``described_speaker``).
    The speaker items here and the claim cards (``quizapp.derive.claims``) share it; with
    ``years`` (the claim cards) a year after "of the" is no figure ("Supporters of the 2019
    agreement": which agreement; brief claims2)."""
    words = WORD.findall(speaker)
    figures = OF_THE_YEAR.sub(" ", speaker) if years else speaker
    # a leading article is not counted: "Los dirigentes sindicales y parte de la prensa local" is
    # as long a speaker as "Dirigentes sindicales y ..." (brief claims2)
    counted = len(speaker.split()) - (1 if words and fold(words[0]) in ARTICLES else 0)
    if not words or counted > MAX_SPEAKER_WORDS or any(ch.isdigit() for ch in figures):
        return False
    first = fold(words[0])
    if first in leaning or (len(words) == 1 and first in stop):
        return False  # "They argued", "Others have noted": who is meant is in another sentence
    if speaker[:1].islower():
        return False  # a clause's tail ("... and the board"), not a subject
    if any(fold(w) in AUXILIARIES for w in words[1:]):
        return False  # "Engineers had long ...": the verb's auxiliary, read into the subject
    named = any(w[:1].isupper() for w in words[1:])
    return named or plural


def described_speaker(speaker: str, stop: frozenset[str]) -> bool:
    """A speaker of two content words or more ("a persistent local legend"), not a lone role
    ("the minister") that may be a named speaker under another name."""
    return len([w for w in WORD.findall(speaker) if fold(w) not in stop]) >= 2


def fair_statement(clause: str, leaning: frozenset[str]) -> bool:
    """Whether a reported statement can stand as an answer: MIN_CLAUSE_WORDS to
    MAX_CLAUSE_WORDS words, none of its first three a word leaning on another sentence ("it",
    "these", «ellos»). The speaker items and the claim cards share it."""
    words = [fold(w) for w in WORD.findall(clause)]
    opening = {w for i, w in enumerate(words[:3]) if not (w == "most" and i and words[i - 1] == "the")}  # "the most reasonable": a superlative
    return MIN_CLAUSE_WORDS <= len(words) <= MAX_CLAUSE_WORDS and not (opening & leaning)


# The marks of a body written like a person's name (brief choices2): a sports club's ("FC
# Lorient", "Carrow RC", «Real Orzana», "Kingsbridge United") and a company's legal form ("Norvik
# Ltd", «Naviera Norvik SL»). Folded; matched on a capitalised word of the name.
BODY_MARKS = frozenset((
    "fc", "ac", "cf", "sc", "cd", "ud", "rc", "rcd", "sd", "cb", "cr", "afc", "usl", "sv", "vfl", "vfb", "fk", "nk",
    "real", "atletico", "athletic", "deportivo", "sporting", "racing", "united", "city", "rovers", "wanderers", "albion",
    "sa", "sl", "slu", "sau", "sad", "ltd", "plc", "inc", "llc", "gmbh", "ag", "bv", "nv", "spa", "srl", "sarl", "corp", "co",
))


def body_marked(name: str, organisation_words: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a name is a body's whatever its shape: a capitalised word of it is a club's or a
    company's mark (BODY_MARKS), an abbreviation in capitals ("USL Dunkerque", «ICANH»), or a word
    the document writes elsewhere as an organisation's own (``organisation_words``, folded)."""
    capitalised = [w for w in WORD.findall(name) if w[:1].isupper()]
    return any(
        fold(w) in BODY_MARKS or (len(w) >= 2 and w.isupper()) or fold(w) in organisation_words
        for w in capitalised
    )


def person_shaped(name: str, determiners: frozenset[str] | set[str], organisations: set[str] | frozenset[str], connectors: set[str] | frozenset[str],
                  particles: frozenset[str] | set[str] = frozenset(), given: Callable[[str], bool] | None = None) -> bool:
    """Whether a singular speaker the extractor did not read as a person is written as one: a
    name of two or three capitalised words ("Rosa Iturbe"), alone or after a role in lower case
    ("La ganadera Rosa Iturbe", "Local farmer Tom Reid"), a surname's particle inside when a
    given name opens it ("Boatman Joost van Dijk": ``particles``, ``given``); not a body's name,
    which takes an article before its capital ("The Diocese of Wexham", «La Diputación de
    Orbaiz») or an organisation's word ("Wexham Town Council") or a connector («Mancomunidad del
    Alto Orza»), nor one a club's or a company's mark or capitals make a body's ("Norvik Ltd",
    "Carrow RC": ``body_marked``)."""
    words = WORD.findall(name)
    tail: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        # "Joost van Dijk": a particle between a given name and the surname stays in the name
        particle = tail and fold(w) in particles and i > 0 and words[i - 1][:1].isupper() and given is not None and given(words[i - 1])
        if not w[:1].isupper() and not particle:
            break
        tail.insert(0, w)
    capitals = [w for w in tail if w[:1].isupper()]
    if not 2 <= len(capitals) <= 3 or fold(tail[0]) in determiners or any(fold(w) in organisations for w in tail):
        return False  # "The Schools Inspectorate", "Wexham Town Council"
    if body_marked(" ".join(capitals)):
        return False  # "Norvik Ltd", "Carrow RC", «Real Orzana»
    before = words[: len(words) - len(tail)]
    if not before:
        return True  # "Rosa Iturbe"
    last = fold(before[-1])
    # "La ganadera Rosa Iturbe"; never "La Diputación ..." (no role before it) nor "... del Alto Orza"
    return last not in determiners and last not in connectors


def _named(speaker: str) -> bool:
    return any(w[:1].isupper() for w in WORD.findall(speaker)[1:])


def _content(speaker: str, stop: frozenset[str]) -> set[str]:
    return {fold(w) for w in WORD.findall(speaker) if fold(w) not in stop and len(w) > 2}


class ActorDrafter:
    """Single choices on who said what, for paragraphs the other drafters leave empty."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.lang
        self._organisation_words: frozenset[str] | None = None

    def statements(self) -> list[Reported]:
        lang = self.lang
        if not lang.reporting_verbs[0]:
            return []
        leaning = lang.pronouns | lang.demonstratives | lang.context_openers | lang.leaning_subjects
        return reported(list(self.builder.facts.sentences), lang.code, lang.reporting_verbs, lang.reported_joiners, lang.words.stop_words, leaning)

    def actors(self) -> list[Actor]:
        lang = self.lang
        if not lang.action_verbs[0]:
            return []
        leaning = lang.pronouns | lang.demonstratives | lang.context_openers | lang.leaning_subjects
        return acting(list(self.builder.facts.sentences), lang.code, lang.action_verbs, lang.words.stop_words, leaning, lang.determiners, lang.people_nouns)

    def speaker_kind(self, name: str, plural: bool, sentence: Sentence) -> str:
        """What a speaker or actor is, for a "who ...?" item's options: "person" (a person the
        document names: "Parent governor Helen Marsh", «El alcalde Mikel Arrieta»), "group" (people
        in the plural: "Shopkeepers on the high street", «Los técnicos de la Diputación») or "body"
        (anything else: "The Diocese of Wexham", «La Mancomunidad del Alto Orza»). A reader drops
        the options of another kind than the others ("who said ...?" among two people, a court and
        a union): the options of one item are of one kind (brief choices, issue 10)."""
        at = sentence.text.find(name)
        inside = [
            m for m in sentence.mentions
            if at >= 0 and sentence.start + at <= m.start and m.end <= sentence.start + at + len(name)
        ]
        if self.body(name):
            return "group" if plural else "body"  # "Norvik Ltd", "Carrow RC", whatever the extractor read
        if any(m.kind == "person" and m.identity not in self.builder.not_people for m in inside):
            return "person"
        if plural:
            return "group"
        b = self.builder
        return "person" if person_shaped(name, b.lang.determiners, b.organisation_heads, b.connector_words, b.lang.name_particles, b.given_name) else "body"

    def body(self, name: str) -> bool:
        """A name a club's or a company's mark, capitals, or a word the document writes in an
        organisation's name elsewhere make a body's ("USL Dunkerque"; "Carrow" beside "Carrow
        Rowing Club"), unless a person the document names is written in it."""
        people = {fold(w) for m in self.builder.groups.get("person", []) if m.identity not in self.builder.not_people for w in WORD.findall(m.text)}
        own = {fold(w) for w in WORD.findall(name)}
        if own & people and not body_marked(name):
            return False
        return body_marked(name, self.organisation_name_words())

    def organisation_name_words(self) -> frozenset[str]:
        """The distinctive words of the organisations the document names ("Carrow" of "Carrow
        Rowing Club"): the words no organisation's kind word, connector or article."""
        if self._organisation_words is None:
            b = self.builder
            common = b.organisation_heads | b.connector_words | {fold(w) for w in b.lang.determiners} | b.generic_words
            self._organisation_words = frozenset(
                fold(w) for m in b.groups.get("organisation", []) for w in WORD.findall(m.text) if w[:1].isupper() and fold(w) not in common
            )
        return self._organisation_words

    def named(self) -> list[Actor]:
        """The people and organisations the document names, each once (singular, named): the
        wrong options left when the text reports too few speakers and actors."""
        by_kind = self.builder.facts.by_group()
        sentences = {x.index: x for x in self.builder.facts.sentences}
        return [
            Actor(m.text, False, sentences[m.sentence], "person" if kind == "person" and m.identity not in self.builder.not_people and not self.body(m.text) else "body")
            for kind in ("person", "organisation") for m in by_kind.get(kind, [])
            if m.sentence in sentences and len(m.text.split()) <= MAX_SPEAKER_WORDS
        ]

    def candidates(self) -> Iterator[Candidate]:
        found = self.statements()
        stop = self.lang.words.stop_words
        # Wrong options: the other speakers first (each said something else), then the other
        # actors (each did something else); of the key's form first (a group among groups, a
        # name among names: a lone group among names stands out).
        pool = [Actor(o.speaker, o.plural, o.sentence) for o in found] + self.actors() + self.named()
        pool = [Actor(o.name, o.plural, o.sentence, o.kind or self.speaker_kind(o.name, o.plural, o.sentence)) for o in pool]
        for r in found:
            mine = _content(r.speaker, stop)
            named = _named(r.speaker)
            kind = self.speaker_kind(r.speaker, r.plural, r.sentence)
            said = fold(r.sentence.text)
            others: list[Actor] = []
            for o in sorted(pool, key=lambda o: (_named(o.name) != named, abs(o.sentence.paragraph - r.sentence.paragraph), o.sentence.paragraph, o.sentence.index)):
                theirs = _content(o.name, stop)
                if not theirs or theirs & mine or any(theirs & _content(k.name, stop) for k in others):
                    continue  # one voice under two names, maybe
                if self.lang.code != "en" and o.plural != r.plural:
                    continue  # the verb's number would rule it out
                if o.kind != kind:
                    continue  # a body among people (or a person among bodies) is ruled out by "who"
                if theirs & set(WORD.findall(said)):
                    continue  # the statement names it
                others.append(o)
            # Of the other form only as many as make the item (a group among names, or a name
            # among groups, stands out; and a named option is often another item's key).
            same = [o for o in others if _named(o.name) == named]
            others = same[: OPTIONS - 1] if len(same) >= MIN_WRONG else (same + [o for o in others if _named(o.name) != named])[:MIN_WRONG]
            if len(others) < MIN_WRONG or any(w in fold(r.clause) for w in mine) or mine & STANCE_NOUNS:
                continue
            name = "who_said_many" if r.plural and "who_said_many" in self.lang.prompts else "who_said"
            prompt = self.lang.prompt(name, verb=r.verb, joiner=r.joiner, clause=r.clause)
            choices = sorted(
                [{"text": r.speaker, "correct": True}] + [{"text": o.name, "correct": False} for o in others],
                key=lambda c: fold(str(c["text"])),
            )
            item = self.builder.question("single_choice", prompt, self.builder.explain(r.sentence), [r.sentence.paragraph], 2, choices=choices)
            fact = f"said:{fold(r.speaker)}:{r.sentence.paragraph}:{r.sentence.index}"
            yield Candidate(
                "question", item, r.sentence.paragraph, r.span, SCORE, f"single_choice|{fact}|{[c['text'] for c in choices]}", fact, [r.speaker],
                [f"{ACTOR_HOLD} ({r.speaker!r}), offered only for a paragraph no other ready draft covers"],
            )
