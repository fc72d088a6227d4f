"""Positions and arguments of a news paragraph the claim cards did not read (issue 10, brief
claims3), each asked as a card that says who and about what, beside ``quizapp.derive.claims``:

- a speaker named in the sentence before, a pronoun in the claim's ("In March 2021 the
  Ravensworth Booksellers Guild filed a complaint with ... It argued that ...", «... presentó una
  queja ... Argumentaba que ...»): "what did the Ravensworth Booksellers Guild argue in its
  complaint?" (``resolved``); only a name the sentence before opens on, the pronoun agreeing;
- "The aim, they said, was to ..." after a decision ("... voted to merge the three libraries
  ..."; «El objetivo, dijeron, era ...» after «acordaron fusionar ...»): "what was the aim of the
  decision to merge the three libraries?" (``aims``);
- an indirect question as what people disputed ("The unions and the county argued for months
  over whether ...", «... discutieron durante meses si ...»): "what did the unions and the county
  argue over for months?", "Whether ..." (``disputes``); never a bare stance group ("Critics");
- an enumeration in prose ("The merger left three lessons ... First, ... Second, ... Third, ...",
  «... dejó tres enseñanzas ... En primer lugar, ...»): "what three lessons did the merger
  leave?", the back the heads cut to their main clause, in the text's order (``enumerations``);
  only when the count is the number of ordinals that follow.

Each card is a claim card (CLAIM_HOLD): offered only for a paragraph no other ready draft covers.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from dataclasses import replace

from quizapp.derive.actors import DATE_OPENER, SECOND_CLAIM, STANCE_NOUNS, WORD, Reported, fair_speaker, reported
from quizapp.derive.drafting import Candidate
from quizapp.derive.extract import Sentence, fold
from quizapp.language import lower_initial

if TYPE_CHECKING:
    from quizapp.derive.claims import ClaimDrafter

# What the sentence before lodged, asked after the verb ("in its complaint", «en su queja»).
LODGED = {
    "en": frozenset(("objection", "complaint", "appeal", "petition", "report", "submission", "letter", "statement", "challenge", "claim")),
    "es": frozenset(("queja", "objeción", "recurso", "denuncia", "alegación", "informe", "carta", "petición", "reclamación", "demanda")),
}
LODGED_AFTER = re.compile(r"^(?:\s*\([^)]{1,20}\))?\s+[^\W\d_]+\s+(?:an?|una?)\s+(?P<noun>[^\W\d_]+)")
PRONOUN_CLAIM = {
    "en": re.compile(r"^(?P<pronoun>It|He|She|They)\s+(?P<verb>[a-z]+(?:\s+out)?)\s+(?P<joiner>that)\s+(?P<clause>[^;:()]+?)\.?$"),
    "es": re.compile(r"^(?P<pronoun>(?:Él|Ella|Ellos|Ellas|Esta|Este|Estos|Estas)\s+)?(?P<verb>[A-ZÁÉÍÓÚÑa-záéíóúñ]+)\s+(?P<joiner>que)\s+(?P<clause>[^;:()]+?)\.?$"),
}
# "It" and "they" stand for a body (a name the reader takes for no person), "he"/"she" for a person.
# "The federation argued that ..." («La empresa argumentaba que ...»): a definite noun for a name before.
DEFINITE_CLAIM = {
    "en": re.compile(r"^(?P<pronoun>The)\s+(?P<noun>[a-z]+)\s+(?P<verb>[a-z]+(?:\s+out)?)\s+(?P<joiner>that)\s+(?P<clause>[^;:()]+?)\.?$"),
    "es": re.compile(r"^(?P<pronoun>El|La)\s+(?P<noun>[a-záéíóúñ]+)\s+(?P<verb>[a-záéíóúñ]+)\s+(?P<joiner>que)\s+(?P<clause>[^;:()]+?)\.?$"),
}
AGREEING = {"it": ("organisation", "name"), "he": ("person",), "she": ("person",), "they": ("organisation", "name")}
QUALIFIERS = {"en": " in {owner} {noun}", "es": " en su {noun}"}
# "The aim, they said, was to ..." / «El objetivo, dijeron, era ...»
AIMS = {
    "en": re.compile(r"^The\s+(?P<noun>aim|goal|purpose|objective|idea),\s+(?:they|he|she)\s+(?:said|explained|argued),\s+(?P<verb>was|is)\s+(?P<clause>to\s+[^;:()«»\"“”]+?)\.$"),
    "es": re.compile(
        r"^(?P<article>El|La)\s+(?P<noun>objetivo|propósito|fin|finalidad|idea),\s+(?:según\s+)?(?:dijeron|dijo|explicaron|explicó|aseguraron|aseguró),\s+"
        r"(?P<verb>era|es|fue)\s+(?P<clause>[a-záéíóúñ]+(?:ar|er|ir)\b[^;:()«»\"“”]+?)\.$"
    ),
}
DECISIONS = {
    "en": re.compile(r"\s(?:agreed|decided|voted|resolved|planned|promised|pledged)\s+to\s+(?P<plan>[a-z][^,;:()«»\"“”]+?)\.$"),
    "es": re.compile(r"\s(?:acordaron|acordó|decidieron|decidió|votaron|votó|aprobaron|aprobó|prometieron|prometió)\s+(?P<plan>[a-záéíóúñ]+(?:ar|er|ir)\b[^,;:()«»\"“”]+?)\.$"),
}
AIM_FRONTS = {"en": "According to the text, what {verb} the {noun} of the decision to {plan}?", "es": "Según el texto, ¿cuál {verb} {article} {noun} de la decisión de {plan}?"}
DISPUTES = {
    "en": re.compile(
        r"^(?P<speaker>[^,;:()«»\"“”]{2,80}?)\s+(?P<verb>argued|disputed|debated|wrangled|quarrelled|quarreled)"
        r"(?P<time>\s+for\s+(?:days|weeks|months|years))?(?:\s+(?:over|about))?\s+whether\s+(?P<clause>[^;:()«»\"“”]+?)\.$"
    ),
    "es": re.compile(
        r"^(?P<speaker>[^,;:()«»\"“”]{2,80}?)\s+(?P<verb>discutieron|debatieron|discutían|debatían|discutió|debatió|se\s+preguntaron|se\s+preguntaban)"
        r"(?P<time>\s+durante\s+(?:días|semanas|meses|años))?(?:\s+sobre)?\s+si\s+(?P<clause>[^;:()«»\"“”]+?)\.$"
    ),
}
DISPUTE_VERBS = {"argued": "argue over", "disputed": "dispute", "debated": "debate", "wrangled": "wrangle over", "quarrelled": "quarrel over", "quarreled": "quarrel over"}
DISPUTE_FRONTS = {"en": "According to the text, what did {speaker} {verb}{time}?", "es": "Según el texto, ¿qué {verb}{time} {speaker}?"}
DISPUTE_BACKS = {"en": "Whether {clause}.", "es": "Si {clause}."}
COUNTS = {"en": {"two": 2, "three": 3, "four": 4, "five": 5}, "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5}}
ENUMERATED = {
    "en": re.compile(
        r"^(?P<subject>[^,;:()«»\"“”]{2,60}?)\s+(?P<verb>left|drew|offered|raised|taught|had|yielded|leaves|offers|raises|teaches|has)\s+"
        r"(?P<count>two|three|four|five)\s+(?P<noun>[a-z]+s)\b[^;:()«»\"“”]*\.$"
    ),
    "es": re.compile(
        r"^(?P<subject>[^,;:()«»\"“”]{2,60}?)\s+(?P<verb>dejó|deja|dejaron|ofreció|ofrece|planteó|plantea|tuvo|tiene|enseñó|aportó)\s+"
        r"(?P<count>dos|tres|cuatro|cinco)\s+(?P<noun>[a-záéíóúñ]+s)\b[^;:()«»\"“”]*\.$"
    ),
}
ENUMERATED_BASES = {"left": "leave", "drew": "draw", "offered": "offer", "raised": "raise", "taught": "teach", "had": "have", "yielded": "yield",
                    "leaves": "leave", "offers": "offer", "raises": "raise", "teaches": "teach", "has": "have"}
ENUMERATED_FRONTS = {"en": "According to the text, what {count} {noun} {aux} {subject} {verb}?", "es": "Según el texto, ¿qué {count} {noun} {verb} {subject}?"}
ORDINALS = {
    "en": ("(?:First|Firstly)", "(?:Second|Secondly)", "(?:Third|Thirdly)", "(?:Fourth|Fourthly)", "(?:Fifth|Fifthly)"),
    "es": ("(?:En\\s+primer\\s+lugar|Primero)", "(?:En\\s+segundo\\s+lugar|Segundo)", "(?:En\\s+tercer\\s+lugar|Tercero)",
           "(?:En\\s+cuarto\\s+lugar|Cuarto)", "(?:En\\s+quinto\\s+lugar|Quinto)"),
}
# Where a head's main clause ends: a subordinate or relative clause after a comma.
HEAD_END = re.compile(
    r",\s+(?:since|because|which|who|as|while|although|though|so|ya\s+que|porque|puesto\s+que|que|quien|quienes|lo\s+que|aunque|pues|mientras)\b"
)
MIN_HEAD_WORDS, MAX_HEAD_WORDS = 3, 25
ADVERBS = frozenset(("also", "too", "again", "ademas", "tambien"))  # folded: "X also warned" is X


def cards(drafter: ClaimDrafter, sentences: list[Sentence], leaning: frozenset[str]) -> Iterator[tuple[Sentence, Candidate]]:
    """Every card of the module's shapes, with the sentence it asks."""
    yield from resolved(drafter, sentences, leaning)
    yield from aims(drafter, sentences)
    yield from disputes(drafter, sentences, leaning)
    yield from enumerations(drafter, sentences)
    yield from second_claims(drafter, sentences, leaning)


def _voice(drafter: ClaimDrafter, speaker: str) -> frozenset[str]:
    return frozenset(fold(w) for w in WORD.findall(speaker) if fold(w) not in drafter.stop and fold(w) not in ADVERBS)


def _heard_elsewhere(drafter: ClaimDrafter, sentences: list[Sentence], speaker: str, s: Sentence, leaning: frozenset[str]) -> bool:
    """Whether the speaker makes a reported statement in another sentence: a card asking "what
    did X recall?" would then pass one of its claims off as the whole."""
    from quizapp.derive.claims import CLAIM_VERBS

    lang = drafter.lang
    others = [o for o in sentences if (o.paragraph, o.index) != (s.paragraph, s.index)]
    voice = _voice(drafter, speaker)
    return any(  # "the caretaker Owen Hale" and "Owen Hale" are one voice
        (heard := _voice(drafter, r.speaker)) and (heard <= voice or voice <= heard)
        for verbs in (lang.reporting_verbs, CLAIM_VERBS[lang.code])
        for r in reported(others, lang.code, verbs, lang.reported_joiners, drafter.stop, leaning, described=True)
    )


def _before(sentences: list[Sentence], s: Sentence) -> Sentence | None:
    return next((p for p in sentences if p.paragraph == s.paragraph and p.index == s.index - 1), None)


def _opening_name(p: Sentence, code: str) -> tuple[str, str, str] | None:
    """The name the sentence before opens on (after a date), with its article, its kind, and
    what it lodged ("a complaint"): ("the Ravensworth Booksellers Guild", "organisation", "complaint")."""
    opener = DATE_OPENER.match(p.text)
    skip = opener.end() if opener else 0
    article = re.match(r"(?:the|The|el|El|la|La)\s+", p.text[skip:])
    at = skip + (article.end() if article else 0)
    mention = next((m for m in p.mentions if m.start - p.start == at and m.kind in ("organisation", "person", "name")), None)
    if mention is None:
        return None
    end = mention.end - p.start
    lodged = LODGED_AFTER.match(p.text[end:])
    noun = lodged.group("noun") if lodged and lodged.group("noun").lower() in LODGED[code] else ""
    return p.text[skip:end], mention.kind, noun


def resolved(drafter: ClaimDrafter, sentences: list[Sentence], leaning: frozenset[str]) -> Iterator[tuple[Sentence, Candidate]]:
    """Claims whose speaker is a pronoun (or, in Spanish, no subject) standing for the name the
    sentence before opens on, or a definite noun standing for the one name of an earlier
    sentence that holds it ("The federation argued that ..." after "the Island Hauliers
    Federation", «La empresa argumentaba que ...» after «la Empresa Portuaria Quetzal»)."""
    from quizapp.derive.claims import BASE_FORMS, CLAIM_VERBS, PRESENT, PRESENT_PLURAL

    code = drafter.lang.code
    singular, plural = drafter.lang.reporting_verbs
    verbs = re.compile(rf"(?:{singular}|{plural}|{CLAIM_VERBS[code][0]}|{CLAIM_VERBS[code][1]})")
    found: list[tuple[Sentence, re.Match[str], str, str]] = []  # the sentence, its match, the speaker, what it lodged
    for s in sentences:
        m = PRONOUN_CLAIM[code].match(s.text.strip())
        if m is not None and verbs.fullmatch(m.group("verb").lower()):
            p = _before(sentences, s)
            named = _opening_name(p, code) if p else None
            pronoun = fold((m.group("pronoun") or "").strip())
            if named is not None and (code != "en" or named[1] in AGREEING.get(pronoun, ())):
                found.append((s, m, named[0], named[2] if named[1] != "person" else ""))
            continue
        m = DEFINITE_CLAIM[code].match(s.text.strip())
        if m is not None and verbs.fullmatch(m.group("verb")):
            name = _named_before(sentences, s, m.group("noun"))
            if name is not None:
                found.append((s, m, f"{m.group('pronoun').lower()} {name}", ""))
    for s, m, speaker, noun in found:
        pronoun = fold((m.group("pronoun") or "").strip())
        verb = m.group("verb").lower()
        clause = m.group("clause").strip()
        qualifier = QUALIFIERS[code].format(owner="their" if pronoun == "they" else "its", noun=noun) if noun else ""
        if code == "en":
            base = BASE_FORMS.get(verb)
            if base is None:
                continue
            aux = "does" if verb in PRESENT else "do" if verb in PRESENT_PLURAL else "did"
            front = f"According to the text, what {aux} {speaker} {base}{qualifier}?"
        else:
            front = f"Según el texto, ¿qué {verb} {speaker}{qualifier}?"
        again = any(o is not s and _voice(drafter, other) == _voice(drafter, speaker) for o, _, other, _ in found)
        if not qualifier and (again or _heard_elsewhere(drafter, sentences, speaker, s, leaning)):
            continue  # "what did X argue?" with X heard elsewhere: one of its claims; "in its complaint" says which
        at = s.start + m.start("verb")
        r = Reported(speaker, verb, m.group("joiner"), clause, pronoun == "they", s, (at, at))
        if any(fold(w) in leaning for w in WORD.findall(clause)[:3]):
            continue
        card = drafter.card(r, front=front)
        if card is not None:
            yield s, card


def _named_before(sentences: list[Sentence], s: Sentence, noun: str) -> str | None:
    """The one organisation's name of the sentences before ``s`` holding ``noun`` ("Federation"
    for "the federation"); None when none or two do."""
    names = {
        re.sub(r"\s*\([^)]*\)$", "", m.text)
        for o in sentences if (o.paragraph, o.index) < (s.paragraph, s.index)
        for m in o.mentions if m.kind in ("organisation", "name") and fold(noun) in {fold(w) for w in WORD.findall(m.text)[1:] + WORD.findall(m.text)[:1]}
    }
    names = {n for n in names if len(n.split()) > 1}
    return names.pop() if len(names) == 1 else None


def aims(drafter: ClaimDrafter, sentences: list[Sentence]) -> Iterator[tuple[Sentence, Candidate]]:
    """"The aim, they said, was to ..." after a sentence saying what was decided."""
    code = drafter.lang.code
    for s in sentences:
        m = AIMS[code].match(s.text.strip())
        p = _before(sentences, s) if m else None
        d = DECISIONS[code].search(p.text.strip()) if p else None
        if m is None or d is None:
            continue
        plan, clause = d.group("plan"), m.group("clause")
        words = [fold(w) for w in WORD.findall(f"{plan} {clause}")]
        if any(w in drafter.leaning and w not in ("its", "their", "su", "sus") for w in words):
            continue  # a possessive is the plan's own ("their harbours"); any other word points away
        front = AIM_FRONTS[code].format(verb=m.group("verb"), noun=m.group("noun"), plan=plan, article=(m.groupdict().get("article") or "").lower())
        back = clause[0].upper() + clause[1:] + "."
        yield s, _candidate(drafter, s, front, back, [clause, plan], f"claim:{s.paragraph}:{s.index}:aim", (s.start + m.start("clause"), s.start + m.end("clause")), p)


def disputes(drafter: ClaimDrafter, sentences: list[Sentence], leaning: frozenset[str]) -> Iterator[tuple[Sentence, Candidate]]:
    """What a named speaker or a group disputed: "whether ...", «si ...»."""
    code = drafter.lang.code
    for s in sentences:
        text = s.text.strip()
        opener = DATE_OPENER.match(text)
        skip = opener.end() if opener else 0
        m = DISPUTES[code].match(text[skip:])
        if m is None:
            continue
        speaker, clause = m.group("speaker").strip(), m.group("clause").strip()
        shown = speaker[0].upper() + speaker[1:]
        words = {fold(w) for w in WORD.findall(speaker)} - drafter.stop
        plural = drafter.plural(speaker) or bool(re.search(r"\s(?:and|y)\s", speaker))
        if not fair_speaker(shown, plural, drafter.stop, leaning) or not words or words <= STANCE_NOUNS:
            continue  # "Critics": critics of what
        if fold(WORD.findall(speaker)[0]) in drafter.stop:
            speaker = lower_initial(speaker)
        verb = DISPUTE_VERBS.get(m.group("verb"), m.group("verb")) if code == "en" else m.group("verb")
        front = DISPUTE_FRONTS[code].format(speaker=speaker, verb=verb, time=m.group("time") or "")
        at = s.start + skip + m.start("speaker")
        r = Reported(speaker, m.group("verb"), "", clause, plural, s, (at, at + len(m.group("speaker"))))
        card = drafter.card(r, front=front, back=DISPUTE_BACKS[code].format(clause=clause))
        if card is not None:
            yield s, card


def enumerations(drafter: ClaimDrafter, sentences: list[Sentence]) -> Iterator[tuple[Sentence, Candidate]]:
    """"X left three lessons. First, A. Second, B. Third, C.": one card, its back the heads."""
    code = drafter.lang.code
    for s in sentences:
        m = ENUMERATED[code].match(s.text.strip())
        if m is None:
            continue
        subject = m.group("subject").strip()
        first = fold(WORD.findall(subject)[0])
        if first in drafter.leaning or first in drafter.lang.leaning_subjects or any(ch.isdigit() for ch in subject):
            continue
        count = COUNTS[code][m.group("count")]
        following = [t for t in sentences if t.paragraph == s.paragraph and s.index < t.index <= s.index + count]
        heads: list[str] = []
        for k, t in enumerate(following):
            o = re.match(rf"^{ORDINALS[code][k]},\s+(?P<head>.+?)\.?$", t.text.strip())
            if o is None:
                break
            head = HEAD_END.split(o.group("head"))[0].strip()
            words = [fold(w) for w in WORD.findall(head)]
            # the head's opening "it" stands for what left the lessons; any other pointing word, held
            # «de la que se le suponía»: the impersonal's object is the head's own subject, when it names one
            own = {i for i in range(1, len(words)) if words[i - 1] == "se" and words[0] in ("el", "la", "los", "las")}
            if not MIN_HEAD_WORDS <= len(words) <= MAX_HEAD_WORDS or any(
                drafter.leans(words, i) for i in range(1 if words[0] in ("it", "this") else 0, len(words)) if i not in own
            ):
                break
            heads.append(head)
        nxt = next((t for t in sentences if t.paragraph == s.paragraph and t.index == s.index + count + 1), None)
        if len(heads) != count or (nxt is not None and re.match(rf"^{ORDINALS[code][min(count, 4)]},", nxt.text.strip())):
            continue  # the count is the number of ordinals
        if first in drafter.stop:
            subject = lower_initial(subject)
        verb = m.group("verb")
        if code == "en":
            aux = "does" if (verb.endswith("s") and verb != "has") or verb == "has" else "did"
            front = ENUMERATED_FRONTS["en"].format(count=m.group("count"), noun=m.group("noun"), aux=aux, subject=subject, verb=ENUMERATED_BASES[verb])
        else:
            front = ENUMERATED_FRONTS["es"].format(count=m.group("count"), noun=m.group("noun"), verb=verb, subject=subject)
        back = "; ".join([heads[0][0].upper() + heads[0][1:], *(lower_initial(h) if not _opens_name(h, following[i]) else h for i, h in enumerate(heads[1:], 1))]) + "."
        last = following[-1]
        card = _candidate(drafter, s, front, back, [s.text.strip().rstrip("."), *heads], f"claim:{s.paragraph}:{s.index}:enumeration", (s.start, last.end), None)
        card.item["tags"] = ["claim", "list"]  # its heads checked one by one against the paragraph (``checks.key_texts``)
        yield s, card


def _opens_name(head: str, t: Sentence) -> bool:
    at = t.start + t.text.find(head)
    return any(m.start == at for m in t.mentions)


def _candidate(drafter: ClaimDrafter, s: Sentence, front: str, back: str, pieces: list[str], fact: str, span: tuple[int, int],
               before: Sentence | None) -> Candidate:
    from quizapp.derive.claims import CLAIM_HOLD, SCORE

    del before  # the sentence before is in the same paragraph: the source covers it
    item = {"front": front, "back": back, "source": [s.paragraph], "tags": ["claim"]}
    return Candidate("card", item, s.paragraph, span, SCORE, f"card|{fact}|{fold(front)}", fact, pieces,
                     [f"{CLAIM_HOLD}, offered only for a paragraph no other ready draft covers"])


def second_claims(drafter: ClaimDrafter, sentences: list[Sentence], leaning: frozenset[str]) -> Iterator[tuple[Sentence, Candidate]]:
    """The second claim of a speaker joined by "and" ("X maintained that A and recalled that B",
    «X defendió que A y recordó que B»), read as "X recalled that B": asked when the first is not
    (a card a sentence; the first may quote the speaker's words)."""
    from quizapp.derive.claims import BASE_FORMS, CLAIM_VERBS, PRESENT, PRESENT_PLURAL

    code = drafter.lang.code
    lang = drafter.lang
    for s in sentences:
        second = SECOND_CLAIM.search(s.text)
        if second is None:
            continue
        found = [r for r in reported([s], code, lang.reporting_verbs, lang.reported_joiners, drafter.stop, leaning, described=True)
                 if s.text.find(r.speaker) + len(r.speaker) < second.start()]
        if not found:
            continue
        r = found[0]
        if not _voice(drafter, r.speaker) - STANCE_NOUNS or _heard_elsewhere(drafter, sentences, r.speaker, s, leaning):
            continue  # "Critics": critics of what; a speaker heard elsewhere: one of its claims
        end = s.text.find(r.speaker) + len(r.speaker)
        head = s.text[:s.text.find(r.verb.split()[-1], end)]  # up to the first verb: "the chair, Name, " keeps its comma
        joined = re.sub(r"^\s+(?:and|y|e)\s+", "", s.text[second.start():])
        written = replace(s, text=f"{head}{joined}")
        for verbs in (lang.reporting_verbs, CLAIM_VERBS[code]):
            again = reported([written], code, verbs, lang.reported_joiners, drafter.stop, leaning, described=True)
            if not again or again[0].clause not in s.text:
                continue
            r2 = replace(again[0], sentence=s, span=r.span)
            verb = r2.verb
            if code == "en":
                base = BASE_FORMS.get(verb)
                if base is None:
                    break
                aux = "does" if verb in PRESENT else "do" if verb in PRESENT_PLURAL else "did"
                front = drafter.front(replace(r, verb=verb, joiner=r2.joiner))
                if front is None:
                    break
                # the speaker as the first claim's front shows it, with the second claim's verb
                shown = re.match(r"^According to the text, what \w+ (?P<speaker>.+?) [a-z]+(?: out| on)?\?$", front)
                if shown is None:
                    break
                front = f"According to the text, what {aux} {shown.group('speaker')} {base}?"
            else:
                front = drafter.front(replace(r, verb=verb, joiner=r2.joiner))
                if front is None:
                    break
            card = drafter.card(r2, front=front)
            if card is not None:
                yield s, card
            break
