"""The checks a draft passes before it is offered as ready, the shipped bank's own.

1. validation: ``quizapp.bank.parser.check_question`` (what ``flask bank check`` applies);
2. grounding: every key text, and every name and number in it, occurs in the cited paragraphs;
3. the cue linter's per-item checks (``quizapp.bank.lint``);
4. enemy detection (``quizapp.bank.enemies``): of two drafts that give each other away, the
   lower-ranked one is held back (a bank may hold both, but a reviewer should not be offered
   the same fact twice), and so is a draft quoting the passage a better one quotes;
5. no duplicate of a higher-ranked draft (same prompt and key, or the same fact asked the same
   way).
A draft that fails keeps its reasons in ``problems``; checks never drop a draft.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.bank import lint
from quizapp.bank.enemies import detect_enemies
from quizapp.bank.parser import Bank, BankQuestion, SourceSpan, check_question
from quizapp.derive.word_families import FAMILY_STEM, opening
from quizapp.language import fold_word, words_for
from quizapp.languages import international_fame, language_for
from quizapp.quiz.numbers import NumberError, conventions_for, read_number

if TYPE_CHECKING:
    from quizapp.derive import Draft

NAME_RUN = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w'’\-]+)(?:\s+(?:(?:de|del|of|la|upon)\s+)?[A-ZÁÉÍÓÚÑ][\w'’\-]+)*")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A figure with the minus a temperature carries ("−18 °C"; a hyphen only after a space or a
# bracket, so "10-14" stays two figures): a numeric key is grounded with its sign.
SIGNED_NUMBER = re.compile(r"(?:−|(?:^|(?<=[\s(]))-)\d+(?:[.,]\d+)*")


_ASIDE_BETWEEN_COMMAS = re.compile(r",\s[^,;:.!?]{2,60},(?=\s)")


@lru_cache(maxsize=4096)
def _normal(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold_word(text)))


def validate(draft: Draft, span: SourceSpan) -> list[str]:
    """The bank parser's problems with the item, as sentences."""
    if draft.kind == "card":
        item = draft.item
        problems = [f"the card's {f} is empty" for f in ("front", "back") if not str(item.get(f, "")).strip()]
        for n in item.get("source", []):
            if n < 1 or n > span.paragraphs or n in span.headings:
                problems.append(f"cites paragraph {n}, which is a heading or not in the document")
        return problems
    checked = check_question(draft.item, span)
    return [f"{field or 'item'}: {message}" for field, messages in checked.problems.items() for message in messages]


def key_texts(draft: Draft) -> list[str]:
    """The texts the draft's key consists of: each must be read in the cited paragraphs."""
    item = draft.item
    if draft.kind == "card":
        if "list" in item.get("tags", []):  # a list's items, each read in the text (quizapp.derive.list_cards)
            return str(item.get("back", "")).rstrip(".").split("; ")
        if "purpose" in item.get("tags", []):  # "To keep ...", «Para evitar ...» of "a way of keeping", «una forma de evitar» (card_checks.purpose_card)
            return [re.sub(r"^(?:To|For|Para)\s+", "", str(item.get("back", "")))]
        return [str(item.get("back", ""))]
    qtype = item.get("type")
    if qtype == "fill_in":
        return [str(item["accept"][0])]
    if qtype in ("single_choice", "multiple_select"):
        return [str(c["text"]) for c in item["choices"] if c.get("correct")]
    if qtype == "ordering":
        return [str(x) for x in item["items"]]
    if qtype == "matching":
        return [str(x) for p in item["pairs"] for x in (p["left"], p["right"])]
    if qtype == "cloze":
        return [str(g["accept"][0]) if "accept" in g else next(str(o["text"]) for o in g["options"] if o.get("correct")) for g in item["gaps"]]
    if qtype == "true_false" and item.get("answer"):
        statement = str(item["prompt"]).split(":", 1)[-1]
        return [*NAME_RUN.findall(statement)[1:], *NUMBER.findall(statement)]  # the first capital opens the sentence
    return []


def grounding(draft: Draft, cited: str, language: str) -> list[str]:
    """The key's texts, names and numbers missing from the cited paragraphs' text."""
    haystack = f" {_normal(cited)} "
    # ... or with an aside the text sets between commas left out ("The steam, now at low
    # pressure, passes ...": the step "The steam passes ...", sequences._SUBJECT_ASIDE): read
    # only for a key the text itself does not hold.
    unaside: str | None = None
    digits = {n.replace(",", "").replace(".", "") for n in NUMBER.findall(cited)}
    problems = []
    if draft.item.get("type") == "numeric":
        conv = conventions_for(language)
        values = set()
        for n in NUMBER.findall(cited) + SIGNED_NUMBER.findall(cited):
            try:
                values.add(read_number(n, language))
            except NumberError:
                continue
        # A count in words ("could store eight kilos", statements.counts) is the same number.
        from quizapp.derive.statements import UNITS  # (statements imports the package, which imports this module)

        counts = UNITS.get(language, {})
        values |= {counts[w] for w in (fold_word(t) for t in re.findall(r"[^\W\d_]+", cited)) if w in counts}
        if float(draft.item["answer"]) not in values:
            problems.append(f"the number {draft.item['answer']} is not in the cited paragraph (read as {conv.name} numbers)")
    for text in key_texts(draft):
        key = f" {_normal(text)} "
        if key not in haystack:
            if unaside is None:
                unaside = f" {_normal(_ASIDE_BETWEEN_COMMAS.sub('', cited))} "
            if key not in unaside:
                problems.append(f"the key {text!r} is not in the cited paragraph")
                continue
        for name in NAME_RUN.findall(text):
            if f" {_normal(name)} " not in haystack:
                problems.append(f"the name {name!r} is not in the cited paragraph")
        for number in NUMBER.findall(text):
            if number.replace(",", "").replace(".", "") not in digits:
                problems.append(f"the number {number} is not in the cited paragraph")
    return problems


# A one-word name general text of every language writes (its lowest Zipf over en/es/fr/de, see
# international_fame: "Pachamama" 1.65, "Everest" 3.1; a village, a local family 0) completes a
# stock pairing when the sentence asks it with an article after a common word ("una ofrenda a
# la ____"): a deity, a mountain, a concept everyone names so, not the document's detail.
STOCK_NAME_FAME = 1.6


def stock_pairing(draft: Draft, language: str) -> list[str]:
    """A typed gap on a widely known one-word name that the words before it pair with (an
    article after a common word: "ofrenda a la ____" → Pachamama): the reader fills it from the
    phrase, not from the text. (No n-gram data offline: the name's fame in every language
    stands for the pairing's, the article for its being a stock phrase rather than a place
    named in passing, "la isla de ____".)"""
    item = draft.item
    if draft.kind != "question" or item.get("type") != "fill_in":
        return []
    key = str(item["accept"][0])
    if " " in key or not key[:1].isupper():
        return []
    rules = language_for(language)
    stop = words_for(language).stop_words
    before = re.findall(r"[^\W\d_]+", str(item.get("prompt", "")).split("____")[0])[-4:]
    if len(before) < 2 or fold_word(before[-1]) not in {fold_word(w) for w in rules.determiners}:
        return []
    # The common word the article's phrase hangs on ("ofrenda a la", "the voyage of the"),
    # over one preposition; a conjunction ("the Rhine and the ____") coordinates, it pairs nothing.
    head = before[:-1]
    if head and fold_word(head[-1]) in stop and fold_word(head[-1]) not in CONJUNCTIONS:
        head = head[:-1]
    if not head or not head[-1][:1].islower() or fold_word(head[-1]) in stop:
        return []
    fame = international_fame(key)
    if fame < STOCK_NAME_FAME:
        return []
    phrase = " ".join(before[before.index(head[-1]):]) if head[-1] in before else before[-1]
    return [f"held back: {key!r} is a name every language writes (lowest word frequency {fame:.1f} over en/es/fr/de), and the phrase before the gap ('{phrase} ____') pairs with it: a stock pairing a reader completes without the text"]


CONJUNCTIONS = frozenset(("and", "or", "nor", "but", "y", "e", "o", "u", "ni", "pero"))


LONG_TYPED_WORDS = 3  # a typed answer this long has natural variants no accept list foresees


def long_typed_key(draft: Draft, language: str) -> list[str]:
    """A typed answer of three words or more ("puente de sogas trenzadas") with no accepted
    form of two words or fewer: a learner's correct variant ("puente de soga trenzada", one
    letter off) is marked wrong, so it is no fair typed answer. A proper name (its words
    capitalised, small words aside: "Casa de Expósitos", "Lake Erie and Western Railroad") is
    typed as the text writes it, with typo tolerance."""
    item = draft.item
    if draft.kind != "question":
        return []
    lists = [item.get("accept", [])] if item.get("type") == "fill_in" else [g.get("accept", []) for g in item.get("gaps", [])]
    small = language_for(language).name_connectors | CONJUNCTIONS  # "Lake Erie and Western Railroad" is a name
    for accepted in lists:
        if not accepted:
            continue
        key = str(accepted[0])
        words = key.split()
        if len(words) < LONG_TYPED_WORDS or any(len(str(a).split()) < LONG_TYPED_WORDS for a in accepted):
            continue
        if all(w[:1].isupper() or fold_word(w) in small or not w[:1].isalpha() for w in words):
            continue
        return [f"held back: the typed answer {key!r} is {len(words)} words with no shorter accepted form: a learner's correct variant would be marked wrong"]
    return []


def _key_spellings(accept: Sequence[Any]) -> set[str]:
    """The accepted forms that only write the key (the first form) with other hyphens or spaces
    ("auto-oxidation" for "autoxidation", the vowel the joined word drops; «contra-demanda»):
    their pieces are no answer a learner means instead, and grading refuses a real word typed
    in their place (``other_real_words``), so no typo-neighbour is read in them."""
    if not accept:
        return set()
    key = re.sub(r"[\s\-‐]", "", fold_word(str(accept[0])))
    spellings = set()
    for form in accept[1:]:
        joined = re.sub(r"[\s\-‐]", "", fold_word(str(form)))
        if joined != str(form) and key in (joined, re.sub(r"([aeiou])\1", r"\1", joined)):
            spellings.add(str(form))
    return spellings


def exact_where_typos_mislead(draft: Draft, language: str) -> None:
    """A typed answer that forgives typos, with a real word of the document's language within a
    typo of one of its accepted forms' words (the linter's typo-neighbour), asks for the exact
    answer (``typos: false``) rather than being held back: a learner typing the right answer is
    still right (gapfixes, kind 6). The key's own other spellings ("auto-oxidation") are not
    read (``_key_spellings``): "autoxidation" keeps forgiving a slip."""
    if draft.kind != "question":
        return
    item = draft.item
    typed = [item] if item.get("type") == "fill_in" and item.get("typos") else []
    typed += [g for g in item.get("gaps", []) or [] if isinstance(g, dict) and "accept" in g and g.get("typos")]
    for answers in typed:
        accept = answers.get("accept", [])
        own = _key_spellings(accept)
        if any(lint.typo_neighbours(str(a), language) for a in accept if str(a) not in own):
            answers["typos"] = False
        elif not any(lint.forgives_a_slip(str(a), language) for a in accept if str(a) not in own):
            answers["typos"] = False  # "tidal mill": a real word lies a slip from each word, so grading forgives none


def _without_key_spellings(q: BankQuestion) -> BankQuestion:
    """``q`` with its typed answers' other spellings of their keys left out (for the typo check)."""
    content = dict(q.content)
    if content.get("accept"):
        own = _key_spellings(content["accept"])
        content["accept"] = [a for a in content["accept"] if str(a) not in own]
    if content.get("gaps"):
        content["gaps"] = [
            {**g, "accept": [a for a in g["accept"] if str(a) not in _key_spellings(g["accept"])]} if isinstance(g, dict) and g.get("accept") else g
            for g in content["gaps"]
        ]
    return dataclasses.replace(q, content=content)


def lint_findings(draft: Draft, language: str) -> list[str]:
    """The cue linter's per-item findings on a question draft."""
    if draft.kind != "question" or draft.problems:
        return []  # an item the parser refuses has no shape to lint
    lang = words_for(language)
    q = bank_question(draft)
    findings: list[str] = []
    for check in (
        lint.check_length(q),
        lint.check_stem_overlap(q, lang),
        lint.check_absolutes_and_hedges(q, lang),
        lint.check_agreement(q, lang),
        lint.check_negation_pairs(q, lang),
        lint.check_matching(q, lang),
        lint.check_ordering(q, lang),
        lint.check_opposites(q),
        lint.check_odd_shape(q, lang),
        lint.check_typos(_without_key_spellings(q), language),
        lint.check_kind(q, lang),
    ):
        for code, _field, message in check:
            findings.append(f"{code}: {message}")
    return findings


def bank_question(draft: Draft) -> BankQuestion:
    """The draft as the bank reader would hold it (its content normalised by the parser, e.g.
    every choice with its ``correct``), for the linter and the enemy detector."""
    checked = check_question(draft.item, SourceSpan(paragraphs=max([*draft.item.get("source", []), 1])))
    content: dict[str, Any] = dict(checked.content) if checked.content is not None else dict(draft.item)
    content.setdefault("tags", [])
    return BankQuestion(
        id=draft.key, topic="derived", type=content["type"], difficulty=int(content["difficulty"]),
        content=content, file="draft", line=draft.paragraph,
    )


def enemy_partners(drafts: Sequence[Draft], language: str) -> dict[str, list[tuple[str, str]]]:
    """For each question draft, the drafts it gives away or is given away by, with the reason
    (``quizapp.bank.enemies`` run over the drafts as if they were one bank)."""
    questions = [_without_rate(bank_question(d)) for d in drafts if d.kind == "question"]
    if not questions:
        return {}
    bank = Bank(
        folder=Path("."), slug="draft", title="draft", description="", language=language,
        source_description="", paragraphs=0, headings=[], source_file=None, questions=questions,
    )
    partners: dict[str, list[tuple[str, str]]] = {}
    for pair in detect_enemies(bank):
        partners.setdefault(pair.first, []).append((pair.second, pair.reason))
        partners.setdefault(pair.second, []).append((pair.first, pair.reason))
    return partners


def _without_rate(q: BankQuestion) -> BankQuestion:
    """A numeric key's unit cut to its first word for the enemy finder: "150 kilometres per
    hour" would otherwise make every prompt with "kilometres per hour" in it an enemy, as if
    the unit were the answer ("150 kilometres" still is a give-away)."""
    unit = str(q.content.get("unit") or "")
    if q.type != "numeric" or len(unit.split()) < 2:
        return q
    content = {**q.content, "unit": unit.split()[0]}
    return dataclasses.replace(q, content=content)


def signature(draft: Draft) -> str:
    """What two drafts share when one duplicates the other."""
    item = draft.item
    if draft.kind == "card":
        return "card|" + _normal(str(item.get("front", "")))
    # (Orderings and matchings share their prompt: what they order or match tells them apart.)
    listed = [str(x) for x in item.get("items", [])] + [f"{p['left']} {p['right']}" for p in item.get("pairs", [])]
    return "|".join((item["type"], _normal(str(item.get("prompt", ""))), _normal(str(item.get("passage", ""))), *map(_normal, listed)))


PASSAGE_WORDS = 7  # seven words in a row quoted by two drafts: the same passage


# A list's lead-in quoted before one of its lines (list_gaps.quote_lead_in), up to its " … ".
LEAD_IN_QUOTE = re.compile(r"([«“\"])[^«“\"»”]*?: … ")


def passage_ngrams(draft: Draft, language: str) -> set[tuple[str, ...]]:
    """Runs of words a question quotes from the text (prompt, passage; the wording of the
    prompt templates left out): two drafts quoting one passage show each other's answers."""
    if draft.kind != "question":
        return set()
    shown = " ".join(str(draft.item.get(f, "")) for f in ("prompt", "passage"))
    # A list's lead-in quoted before one of its lines (list_gaps.quote_lead_in) is every line's:
    # it gives no line's answer away.
    return set(_quoted_ngrams(LEAD_IN_QUOTE.sub(r"\1", shown), language))


@lru_cache(maxsize=1 << 14)
def _quoted_ngrams(text: str, language: str) -> frozenset[tuple[str, ...]]:
    """``passage_ngrams`` of a prompt and passage (cached: the checks ask again and again)."""
    for template in language_for(language).prompts.values():
        for fragment in re.split(r"\{\w+\}", template):
            if len(fragment.split()) >= 2:
                text = text.replace(fragment.strip(), " | ")
    ngrams: set[tuple[str, ...]] = set()
    for part in text.split("|"):
        words = re.findall(r"[^\W_]+", fold_word(part))
        ngrams.update(tuple(words[i:i + PASSAGE_WORDS]) for i in range(len(words) - PASSAGE_WORDS + 1))
    return frozenset(ngrams)


def document_subjects(paragraphs: Sequence[tuple[int, str, bool]], language: str) -> tuple[list[str], set[str]]:
    """What a reader knows before reading a paragraph: the headings (normalised), and the
    document's main subjects: its most frequent name and the names found all over it. (The
    names of the first sentence are not taken: besides the subject, it holds facts to ask.)"""
    headings = [_normal(text) for _, text, heading in paragraphs if heading]
    content = [(n, text) for n, text, heading in paragraphs if not heading and text.strip()]
    counts, spread = _name_counts(tuple(content), language)
    subjects = most_named(counts)
    if counts:
        # A name in a quarter of the paragraphs ("NASA" in a text on its telescope) is what the
        # whole text is about: a reader names it without reading the paragraph.
        subjects.update(name for name, where in spread.items() if len(where) >= max(3, len(content) / 4))
    return headings, subjects


@lru_cache(maxsize=4)
def _name_counts(content: tuple[tuple[int, str], ...], language: str) -> tuple[dict[str, int], dict[str, set[int]]]:
    """How often the content paragraphs name each name (person, place, organisation), and in
    which paragraphs, normalised."""
    from quizapp.derive.extract import read_facts

    facts = read_facts(list(content), language_for(language))
    counts: dict[str, int] = {}
    spread: dict[str, set[int]] = {}
    for sentence in facts.sentences:
        for m in sentence.mentions:
            if m.kind in ("person", "place", "organisation", "name"):
                name = _normal(str(m.value))
                counts[name] = counts.get(name, 0) + 1
                spread.setdefault(name, set()).add(sentence.paragraph)
    return counts, spread


def most_named(counts: dict[str, int]) -> set[str]:
    """The document's most named names (three times at least): what the whole text is about."""
    top = max(counts.values(), default=0)
    return {name for name, count in counts.items() if count >= max(3, top)}


def document_most_named(paragraphs: Sequence[tuple[int, str, bool]], language: str) -> set[str]:
    """``most_named`` of a document's content paragraphs (see ``document_subjects``)."""
    content = tuple((n, text) for n, text, heading in paragraphs if not heading and text.strip())
    return most_named(_name_counts(content, language)[0])


def gap_keys(draft: Draft) -> list[str]:
    """What the learner types or picks for a gap (numbers as written, so a title's year counts)."""
    item = draft.item
    if draft.kind != "question":
        return []
    if item.get("type") == "numeric":
        return [str(item["answer"])]
    if item.get("type") in ("fill_in", "cloze", "single_choice", "multiple_select"):
        return key_texts(draft)
    return []


def typed_forms(draft: Draft, key: str) -> list[str]:
    """The answers the draft accepts for ``key`` (a fill-in's or a cloze gap's accept list, else
    the key alone): "Snow" is asked as John Snow, whose full name is what a reader would know."""
    item = draft.item
    lists = [item.get("accept", [])] if item.get("type") == "fill_in" else [g.get("accept", []) for g in item.get("gaps", [])]
    return next(([str(a) for a in accepted] for accepted in lists if accepted and str(accepted[0]) == key), [key])


DEMONYM_ENDINGS = re.compile(r"(?:ese|ish|ian|an|ic|ch|és|esa|eses|eño|eña|ense|ano|ana|anos|anas|ino|ina)s?$")
SETTING_PARAGRAPHS = 2  # paragraphs (or a heading) calling things "Portuguese": the setting's country


def setting_demonyms(paragraphs: Sequence[tuple[int, str, bool]]) -> set[str]:
    """Adjectives of nationality or region the document uses all over ("Portuguese",
    "escocés") or in a heading, folded: the country they come from contains the setting, and a
    reader fills a gap naming it ("Portugal", "Scotland") from the story alone."""
    where: dict[str, set[int]] = {}
    for number, text, heading in paragraphs:
        for word in re.findall(r"[^\W\d_]{5,}", text):
            folded = fold_word(word)
            if DEMONYM_ENDINGS.search(folded):
                where.setdefault(folded, set()).add(-1 if heading else number)
    return {w for w, found in where.items() if -1 in found or len(found) >= SETTING_PARAGRAPHS}


def names_setting_country(key: str, demonyms: set[str]) -> str | None:
    """The demonym ``key`` ("Portugal") is the country of ("portugues"), if any: a shared
    opening of four letters or more, at least half of the key."""
    folded = fold_word(key)
    if " " in folded or len(folded) < 4:
        return None
    for demonym in sorted(demonyms):
        common = 0
        while common < min(len(folded), len(demonym)) and folded[common] == demonym[common]:
            common += 1
        if common >= max(4, (len(folded) + 1) // 2) and demonym != folded:
            return demonym
    return None


def trivial_key(draft: Draft, headings: list[str], subjects: set[str], language: str, demonyms: set[str] | None = None) -> list[str]:
    """A gap whose key the reader knows without the paragraph: the document's own subject (a
    heading holds it, or it is the most named), or a generic name the sentence gives away."""
    rules = language_for(language)
    generic = {fold_word(w) for w in rules.generic_names}
    problems = []
    for text in gap_keys(draft):
        key = _normal(text)
        if not key:
            continue
        if key in subjects or _in_a_heading(draft, text, headings, language) or _heading_word(key, headings):
            problems.append(f"the key {text!r} is the document's own subject (its title, a heading, or its most named), too easy to guess")
        elif key in generic or key.split()[-1] in generic:  # "the ____ approved a law": Congress
            problems.append(f"the key {text!r} is a generic name a reader would guess from the sentence alone")
        elif demonyms and draft.item.get("type") in ("fill_in", "cloze") and (demonym := names_setting_country(text, demonyms)):
            problems.append(f"the key {text!r} names the country or region of the document's setting (it says {demonym!r} throughout): general knowledge")
        elif rules.is_known_place(text):  # "the east coast of ____": Scotland; "el océano ____": Atlántico
            problems.append(f"the key {text!r} is a widely known place name: general knowledge settles it without the text")
        elif all(rules.is_familiar(form) for form in typed_forms(draft, text) if not re.search(r"\d", form) or form == text) and not (
            any(re.fullmatch(r"\d+", form) for form in typed_forms(draft, text)) and not re.search(r"\d", text)
        ) and not _one_of_two_opposites(draft, text):  # "a punishment from ____": God (but "three", accepted as 3, is a count: quizapp.derive.statements)
            problems.append(
                f"the key {text!r} is frequent in general text (word frequency {rules.familiarity(text):.1f} on the Zipf scale): "
                "a famous name or stock phrase a reader fills in without the text"
            )
    return problems


def _one_of_two_opposites(draft: Draft, key: str) -> bool:
    """Whether ``key`` is a cloze drop-down's choice between a word and its opposite ("reduces"
    or "increases", quizapp.derive.statements): both as familiar, so familiarity gives nothing."""
    return draft.item.get("type") == "cloze" and any(
        len(g.get("options", [])) == 2 and key in [str(o["text"]) for o in g["options"]] for g in draft.item.get("gaps", [])
    )


def _in_a_heading(draft: Draft, key: str, headings: list[str], language: str) -> bool:
    """The key, any answer the draft accepts for it ("Lindley" for Joseph Lindley), or a
    name's last word stands in a heading ("Lindley's plan"): the topic's title gives it away,
    whatever the item's type (a card's back is checked by ``trivial_card``)."""
    forms = {_normal(form) for form in typed_forms(draft, key)} | {_normal(key)}
    words = key.split()
    # A name's last word when it is a surname ("Joseph Lindley" under "Lindley's plan"), not a
    # common noun ("Sackville Street" under "The outbreak on Broad Street").
    if len(words) > 1 and all(w[:1].isupper() for w in words) and not language_for(language).is_real_word(words[-1]):
        forms.add(_normal(words[-1]))
    return any(form and f" {form} " in f" {h} " for form in forms for h in headings)


def trivial_card(draft: Draft, headings: list[str], language: str) -> list[str]:
    """A card whose back is (or ends in) a name the topic's title holds: the reader answers
    from the heading, as for a gap. Or whose front is the document's own subject (its title,
    the first heading: "The Carrington Event"): its back is the lead definition, what the whole
    text is about, held back as a headline fact in every other type (review 9)."""
    if draft.kind != "card":
        return []
    front = _normal(str(draft.item.get("front", "")))
    # "La Cueva de los Cristales" under "Cueva de los Cristales de Naica" (review 16): the
    # front's article makes it no other subject.
    articles = {fold_word(w) for w in language_for(language).determiners}

    def bare(text: str) -> str:
        words = text.split()
        return " ".join(words[1:]) if len(words) > 2 and words[0] in articles else text

    title = bare(headings[0]) if headings else ""
    front = bare(front)
    if front and title and (title == front or title.startswith(front + " ")):
        return [f"the card's front {draft.item.get('front')!r} is the document's own subject (its title): its back is what the whole text is about"]
    back = str(draft.item.get("back", "")).strip()
    if back and len(back.split()) <= 4 and _in_a_heading(draft, back, headings, language):
        return [f"the card's answer {back!r} is named in a heading (its topic's title), too easy to guess"]
    return []


def _heading_word(key: str, headings: list[str]) -> bool:
    """A lower-case one-word key that is a heading's word in another number ("fase" under "Las
    dos fases", "shore" under "The shores"), or shares its stem ("salinero" under "Las
    salinas", "weaver" under "Weaving"): the topic's reader knows it."""
    if " " in key or not key[:1].isalpha() or len(key) < 3:
        return False
    stem = opening(key, HEADING_STEM) if len(key) > HEADING_STEM else ""
    return any(
        (w != key and min(len(w), len(key)) >= 3 and (w.startswith(key) or key.startswith(w)) and abs(len(w) - len(key)) <= 2)
        or (stem and len(w) > HEADING_STEM and opening(w, HEADING_STEM) == stem)
        for h in headings for w in re.findall(r"[^\W\d_]+", h)
    )


HEADING_STEM = FAMILY_STEM  # letters a heading's word shares with a key of the same family ("salin-")


def swapped_value(draft: Draft, language: str) -> tuple[str, str] | None:
    """The value a false true/false statement replaced and the one it swapped in: where the
    statement differs from the sentence it was made from (quoted in the explanation)."""
    item = draft.item
    if draft.kind != "question" or item.get("type") != "true_false" or item.get("answer"):
        return None
    lang = language_for(language)
    prefix = lang.prompt("true_false", statement="")
    explained = re.search(r"[“«\"](.*)[”»\"]", str(item.get("explanation", "")), re.DOTALL)
    prompt = str(item.get("prompt", ""))
    if not explained or not prompt.startswith(prefix):
        return None
    sentence, statement = explained.group(1), prompt[len(prefix):]
    start = 0
    while start < min(len(sentence), len(statement)) and sentence[start] == statement[start]:
        start += 1
    end = 0
    while end < min(len(sentence), len(statement)) - start and sentence[-1 - end] == statement[-1 - end]:
        end += 1
    while start > 0 and statement[start - 1].isalnum():
        start -= 1  # "1997" for "1999": the whole word
    stop, stop_sentence = len(statement) - end, len(sentence) - end
    while stop < len(statement) and statement[stop].isalnum():
        stop, stop_sentence = stop + 1, stop_sentence + 1
    value, original = statement[start:stop].strip(), sentence[start:stop_sentence].strip()
    return (original, value) if value and original else None


def shown_text(draft: Draft) -> str:
    """Everything a learner reads or is told is right in a question draft, normalised."""
    item = draft.item
    parts = [str(item.get(f, "")) for f in ("prompt", "passage", "front", "back")]
    if draft.kind == "question":
        parts += key_texts(draft) + [str(a) for a in item.get("accept", [])]
        if item.get("type") == "numeric":
            parts.append(str(item["answer"]))
    return f" {_normal(' '.join(parts))} "


CHOICE_TYPES = ("single_choice", "true_false", "multiple_select")


def choice_keys(draft: Draft, paragraph_text: str) -> list[str]:
    """What a choice draft asks a reader to recognise: the correct options, or for a true/false
    statement the value it keeps or replaces (the answer span in its paragraph)."""
    item = draft.item
    if draft.kind != "question" or item.get("type") not in (*CHOICE_TYPES, "cloze"):
        return []
    if item["type"] == "true_false":
        if draft.answer_span is None:
            return []
        start, end = draft.answer_span
        return [paragraph_text[start:end]]
    if item["type"] == "cloze":
        # A cloze whose gaps offer options is picked, not typed: one rule for every choice-like
        # type (review 14: "In {1} California passed legislation" offered 2005 / 2016 / 2017
        # after the 2017 crisis, the one option that can follow the story's event).
        return [str(o["text"]) for g in item.get("gaps", []) for o in g.get("options", []) if o.get("correct")]
    return [str(c["text"]) for c in item["choices"] if c.get("correct")]


class Headlines:
    """Where each value of a document is read: a choice item is fair to a reader who has not
    read the text only if its key is one of the document's details, not a headline fact."""

    def __init__(self, paragraphs: Sequence[tuple[int, str, bool]], language: str):
        self.content = {n: f" {_normal(t)} " for n, t, heading in paragraphs if not heading and t.strip()}
        self.lead = min(self.content, default=None)
        self.headings = [f" {_normal(t)} " for _, t, heading in paragraphs if heading]
        self.heading_words = [re.findall(r"[^\W\d_]+", t) for _, t, heading in paragraphs if heading]
        rules = language_for(language)
        self.rules = rules
        self.generic = {fold_word(w) for w in rules.organisation_words | rules.place_words}
        self.cache: dict[str, str | None] = {}

    def why(self, key: str) -> str | None:
        """Why ``key`` is a headline fact (the opening paragraph states it, several paragraphs
        repeat it, or a heading names it), or None for a detail."""
        if key not in self.cache:
            self.cache[key] = self._why(key)
        return self.cache[key]

    def _why(self, key: str) -> str | None:
        needles = [_normal(key)]
        words = key.split()
        if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 3 and fold_word(words[-1]) not in self.generic:
            needles.append(_normal(words[-1]))  # "Lyman Spitzer" is named again as "Spitzer"
        for needle in filter(None, needles):
            padded = f" {needle} "
            where = [n for n, text in self.content.items() if padded in text]
            # A heading names a name by its last word where it writes that word as a name ("The
            # works of Threlfall", "Spitzer's telescope"), not where a word of the language ends
            # the name by chance ("the Museum of Rural History" under "History of the works";
            # brief release): the heading's subject asked of itself.
            if any(padded in h for h in self.headings) and (needle == needles[0] or self._heading_writes_name(words[-1])):
                return f"a heading names {needle!r}"
            if self.lead in where:
                return f"the opening paragraph states {needle!r}"
            if len(where) >= 2:
                return f"{needle!r} is repeated in {len(where)} paragraphs"
        return None

    def _heading_writes_name(self, word: str) -> bool:
        """Whether a heading writes ``word`` as a name: capitalised inside it ("The works of
        Threlfall"), or opening it and no common word ("Spitzer's telescope", not "History of
        the works"); a heading writing it lower-case ("La ribera y sus oficios") uses the word."""
        folded = fold_word(word)
        for tokens in self.heading_words:
            for i, token in enumerate(tokens):
                if fold_word(token) != folded:
                    continue
                if i and token[:1].isupper():
                    return True
                if not i and self.rules.familiarity(word) < HEADING_COMMON_ZIPF:
                    return True
        return False


HEADING_COMMON_ZIPF = 4.5  # a heading's first word this frequent is a word of the language ("History"), not a surname


def headline_key(draft: Draft, paragraph_text: str, headlines: Headlines) -> list[str]:
    """A choice item (single choice, multiple select, true/false) on a headline fact: readers
    who never saw the document answer it from what they know of the story (the year of the
    event, its main people), so only the document's details are asked with options. A typed
    answer or a figure on the same fact is held back too (the eighth review saw a true/false
    on "60,000 bees" held and the numeric gap on the same figure kept) when the fact is what
    the whole text is about: a heading names it or TYPED_HEADLINE_PARAGRAPHS paragraphs repeat
    it. A value the opening paragraph states is held back in a typed answer too, but only in
    favour of the paragraph's other ready drafts (see ``weak_headline``). (Holding those, and values two paragraphs repeat, outright
    left 12 of the 124 sample paragraphs without an item, every one a detail such as "firn",
    "fen" or a person the story follows: a typed answer recalls them, it does not recognise.)"""
    for key in choice_keys(draft, paragraph_text):
        reason = headlines.why(key)
        if reason:
            return [f"a headline fact ({reason}): a reader could know it without the text, so it is not asked with options"]
    for key in typed_headline_keys(draft, paragraph_text):
        reason = headlines.why(key)
        if reason and (reason.startswith("a heading names") or _repeated(reason) >= TYPED_HEADLINE_PARAGRAPHS):
            return [f"a headline fact ({reason}): a reader could know it without the text, so it is not asked in any type"]
        # The figure alone repeated, each time counting something else ("100 metres", "100
        # genebanks", "100 million kroner"): no headline fact, but a round figure the set has
        # enough of; kept for a paragraph no other ready draft covers (review 13).
        if draft.item.get("type") == "numeric" and draft.answer_span is not None:
            bare = paragraph_text[draft.answer_span[0]:draft.answer_span[1]]
            if bare != key and (other := headlines.why(bare)) and _repeated(other) >= TYPED_HEADLINE_PARAGRAPHS:
                return [f"{OTHER_UNITS_HOLD} ({other}, counting other things), offered only for a paragraph no other ready draft covers"]
    return []


OTHER_UNITS_HOLD = "held back: a figure other paragraphs write with other units"


def weak_headline(draft: Draft, paragraph_text: str, headlines: Headlines) -> str | None:
    """Why a typed or numeric draft asks a value the opening paragraph states (a headline fact
    its choice items are held back on), or None: it gives way to the paragraph's other drafts."""
    for key in typed_headline_keys(draft, paragraph_text):
        reason = headlines.why(key)
        if reason and reason.startswith("the opening paragraph states"):
            return f"{WEAK_HEADLINE} ({reason}), as its choice items are, while its paragraph has another ready draft"
    return None


WEAK_HEADLINE = "held back: a typed answer on a headline fact"


TYPED_HEADLINE_PARAGRAPHS = 3


def _repeated(reason: str) -> int:
    """In how many paragraphs a headline reason says the value is repeated (0 if another reason)."""
    match = re.search(r"is repeated in (\d+) paragraphs", reason)
    return int(match.group(1)) if match else 0


def typed_headline_keys(draft: Draft, paragraph_text: str) -> list[str]:
    """What a typed or numeric draft asks, as the paragraph writes it ("60,000", not 60000)."""
    item = draft.item
    if draft.kind != "question" or item.get("type") not in ("fill_in", "numeric", "cloze"):
        return []
    if draft.answer_span is not None and item.get("type") != "cloze":
        start, end = draft.answer_span
        # A figure is read with its unit ("100 million kroner"): the same figure counting other
        # things in other paragraphs ("100 metres", "100 genebanks") is no repeated fact (review 13).
        unit = str(item.get("unit", "")) if item.get("type") == "numeric" else ""
        if unit and (written := re.match(rf"\s?{re.escape(unit)}(?!\w)", paragraph_text[end:], re.IGNORECASE)):
            end += written.end()
        # A count in words likewise, with the word it counts: "two hours" is not the "two piers"
        # and "two memorials" of other paragraphs (review 9's p9, brief cover6).
        # ... asked as a typed gap or as a number («Durante ____ décadas», an article fitting the
        # typed gap; brief release): "tres" of «tres semanas» and «tres veces» is no repeated fact.
        accepted = [str(a) for a in item.get("accept", [])] if item.get("type") == "fill_in" else [str(item.get("answer", ""))]
        if end == draft.answer_span[1] and any(a.isdigit() for a in accepted) and not paragraph_text[start:end][:1].isdigit() and (counted := re.match(r"\s+[^\W\d_]+", paragraph_text[end:])):
            end += counted.end()
        return [paragraph_text[start:end]]
    return gap_keys(draft)


# The holds that say only that a draft's key is a headline fact or the story's setting (issue
# 10, brief release): a value the text repeats is not thereby known to someone who did not read
# it. A paragraph left without any ready draft takes such a draft back as a last resort (see
# ``KnownWithoutText``); a choice item on it never ("not asked with options": review 9).
HEADLINE_HOLDS = re.compile(
    r"^(?:a headline fact \(.*\): a reader could know it without the text, so it is not asked in any type$"
    r"|the key .* is named all over the document \(the story's setting\)"
    r"|the key .* is the document's own subject \(its title, a heading, or its most named\)"
    r"|held back: the card's back .* is a headline fact \("
    r"|" + re.escape(WEAK_HEADLINE) + ")"
)
LAST_RESORT_BACK_WORDS = 4  # a card's back this short is read as a name or a figure, the rest as a statement


class KnownWithoutText:
    """What a reader knows of a document before reading any paragraph of it: the title, the
    opening paragraph's first sentence (the headline's date and place), its most named names
    (``most_named``), the country or region of its setting, a heading's own subject ("La
    linotipia" over a gap on "linotipia") and a name the heading of its own section writes
    ("the ____ brothers" under "The Gedge works"). A headline fact that is
    none of these (a year three paragraphs repeat, a heading's other word, the second place of
    a two-place story) is known only to its reader: fair as a paragraph's last resort."""

    def __init__(self, paragraphs: Sequence[tuple[int, str, bool]], language: str, demonyms: set[str]):
        self.rules = language_for(language)
        headings = [text for _, text, heading in paragraphs if heading]
        self.headings = [_normal(h) for h in headings]
        self.title = f" {self.headings[0]} " if self.headings else ""
        content = [text for _, text, heading in paragraphs if not heading and text.strip()]
        spans = self.rules.split_sentences(content[0]) if content else []
        self.lead = f" {_normal(content[0][spans[0][0]:spans[0][1]])} " if spans else ""
        articles = {fold_word(w) for w in self.rules.determiners}
        self.heading_subjects = {" ".join(w for w in h.split() if w not in articles) for h in self.headings}
        self.section_headings = [(n, f" {_normal(text)} ") for n, text, heading in paragraphs if heading]
        self.most_named = document_most_named(paragraphs, language)
        self.demonyms = demonyms

    def _section_heading(self, number: int) -> str:
        """The heading over paragraph ``number`` (normalised, padded), or ""."""
        return next((h for n, h in reversed(self.section_headings) if n < number), "")

    def why(self, draft: Draft, paragraph_text: str) -> str | None:
        """Why the key of ``draft`` (a typed item's answer, a short card back) is known without
        the text, or None."""
        if draft.kind == "card":
            back = str(draft.item.get("back", "")).strip().rstrip(".")
            keys = [back] if back and len(back.split()) <= LAST_RESORT_BACK_WORDS else []
        else:
            keys = [*typed_headline_keys(draft, paragraph_text), *gap_keys(draft)]
        if not keys:
            return "no short key to weigh"
        forms: set[str] = set()
        for key in keys:
            forms |= {_normal(f) for f in typed_forms(draft, key)} | {_normal(key)}
            words = key.split()
            if len(words) > 1 and words[-1][:1].isupper():
                forms.add(_normal(words[-1]))  # "Pilar Moreno" under «La imprenta Moreno de Tudela»
        for form in sorted(filter(None, forms)):
            if f" {form} " in self.title:
                return f"the title names {form!r}"
            if f" {form} " in self.lead:
                return f"the opening sentence states {form!r}"
            if form in self.most_named:
                return f"{form!r} is the document's most named subject"
            if form in self.heading_subjects:
                return f"{form!r} is a heading's own subject"
            if f" {form} " in self._section_heading(draft.paragraph):
                return f"the heading of its section names {form!r}"
        for key in keys:
            if names_setting_country(key, self.demonyms) or self.rules.is_known_place(key):
                return f"{key!r} is the setting's country or a known place"
            if key[:1].islower() and _heading_word(_normal(key), self.headings):
                return f"{key!r} is of a heading's word family"
        return None
