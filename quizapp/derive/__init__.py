"""The deterministic drafter: a document's paragraphs in, checked and ranked draft items out.

This module is the interface the document import and review work ("docs") builds on
(see the brief derive-interface.md): ``Paragraph``, ``Draft``, ``derive_drafts`` and the
``Drafter`` protocol a future language-model drafter would implement. Whatever drafts the
items, they go through the same checks (``quizapp.derive.checks``) before any is ready.

No Flask, no network, no model: light rules over the text (``quizapp.derive.extract``) and the
per-language rules of ``quizapp.languages``. The same paragraphs, language and ``variant``
always give the same drafts, with the same keys, in the same order.
"""
from __future__ import annotations

import copy
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from quizapp.bank import lint
from quizapp.bank.parser import SourceSpan
from quizapp.language import fold_word, words_for
from quizapp.derive import answers, blindness, checks, closed_lists, context, forced, garbled, giveaways, household_acronyms, list_gaps, person_options, statements, synonym_gaps, trivial_gaps, variety, world_knowledge
from quizapp.derive.actors import ACTOR_HOLD, ActorDrafter
from quizapp.derive.causes import CAUSE_HOLD, POINT_TAG, CauseDrafter, is_last_resort
from quizapp.derive.appositions import APPOSITION_HOLD, AppositionDrafter
from quizapp.derive.claims import CLAIM_HOLD, ClaimDrafter
from quizapp.derive.functions import FUNCTION_HOLD, FunctionDrafter
from quizapp.derive.drafting import DETAIL_WORD_HOLD, Builder, Candidate
from quizapp.derive.extract import Sentence, read_dates, read_facts
from quizapp.derive.concepts import ConceptDrafter
from quizapp.derive.contrasts import CONTRAST_HOLD, DIFFERENCE_HOLD, ContrastDrafter
from quizapp.derive.definitions import DefinitionDrafter
from quizapp.derive.equations import equation_paragraph
from quizapp.derive import accept_variants, card_checks
from quizapp.derive import choices as choice_rules
from quizapp.derive.cut_terms import cut_term
from quizapp.derive.famous_settings import described_institution, famous_neighbour_gap, famous_setting_gap, landmark_beside_its_place, paired_country_gap
from quizapp.derive.place_kind_options import institution_seat, wrong_kind_options
from quizapp.derive.topic_titles import subject_measure, subject_names, title_key, topic_titles
from quizapp.derive.explaining import EXPLAINING_HOLD, ExplainingDrafter
from quizapp.derive.explanations import ExplanationDrafter
from quizapp.derive.list_cards import LIST_CARD_HOLD, ListCardDrafter
from quizapp.derive.lists import ListDrafter, list_start
from quizapp.derive.step_lists import StepListDrafter
from quizapp.derive.sequences import SequenceDrafter
from quizapp.derive.statements import TRIMMED_HOLD, StatementDrafter
from quizapp.derive.variety import VarietyDrafter, document_subject
from quizapp.languages import language_for

TYPE_CODES = {
    "single_choice": "sc", "multiple_select": "ms", "true_false": "tf", "fill_in": "fi",
    "numeric": "nu", "ordering": "or", "matching": "ma", "cloze": "cz",
}


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based paragraph number, as cited
    text: str
    is_heading: bool = False
    is_list_item: bool = False  # one item of a list, as the document import reads it (see lists.py)


@dataclass
class Draft:
    key: str  # stable id of the draft: same document+settings -> same keys
    kind: str  # "question" or "card"
    item: dict[str, Any]  # one bank item as in questions/README.md; `source` = cited paragraphs
    paragraph: int  # the main cited paragraph
    answer_span: tuple[int, int] | None  # char offsets of the answer in that paragraph's text
    score: float  # rank, higher is better
    problems: list[str] = field(default_factory=list)  # empty = ready; else failed checks
    # Other wrong options of the same kind (single choice), for the checks to swap in: see
    # _even_out_familiarity. Not part of the item.
    spares: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.problems


class Drafter(Protocol):
    """What a drafter does; the checks are applied by ``check_drafts`` whatever drafted."""

    def draft(self, paragraphs: Sequence[Paragraph], language: str, *, variant: int = 0) -> list[Draft]: ...


class RuleDrafter:
    """Drafts from light rules: names, numbers, dates, roles, dated events, definitions."""

    def draft(self, paragraphs: Sequence[Paragraph], language: str, *, variant: int = 0) -> list[Draft]:
        content = [(p.number, p.text) for p in paragraphs if not p.is_heading and p.text.strip()]
        facts = read_facts(content, language_for(language))
        headlines = checks.Headlines([(p.number, p.text, p.is_heading) for p in paragraphs], language)
        drafts = []
        milestones = heading_dates([p for p in paragraphs if p.is_heading], language)
        builder = Builder(facts, variant, headlines.why, milestones)
        more = VarietyDrafter(builder, document_subject([p.text for p in paragraphs if p.is_heading][:1], language_for(language)))
        for candidate in more.favour_details(builder.candidates()):  # choices on details first
            drafts.append(_draft(candidate, variant))
        for candidate in SequenceDrafter(builder, [p.text for p in paragraphs if p.is_heading]).candidates():  # what narrative paragraphs sequence
            drafts.append(_draft(candidate, variant))
        lists = ListDrafter(builder, frozenset(p.number for p in paragraphs if p.is_list_item and not p.is_heading))
        for candidate in lists.candidates():  # what a list pairs or orders
            drafts.append(_draft(candidate, variant))
        for candidate in ListCardDrafter(lists, topic_titles(paragraphs)).candidates():  # what a list names
            drafts.append(_draft(candidate, variant))
        for candidate in StepListDrafter(lists, {p.number: p.text for p in paragraphs if p.is_heading}).candidates():  # a list of named steps: their order, what each does
            drafts.append(_draft(candidate, variant))
        for candidate in more.candidates():  # cards the text's own naming makes, lists
            drafts.append(_draft(candidate, variant))
        for candidate in ExplanationDrafter(builder, [p.text for p in paragraphs if p.is_heading]).candidates():  # explanatory paragraphs' terms
            drafts.append(_draft(candidate, variant))
        for candidate in DefinitionDrafter(builder).candidates():  # the terms a textbook paragraph defines
            drafts.append(_draft(candidate, variant))
        for candidate in StatementDrafter(builder, [p.text for p in paragraphs if p.is_heading]).candidates():  # times, counts in words
            drafts.append(_draft(candidate, variant))
        for candidate in ConceptDrafter(builder, [p.text for p in paragraphs if p.is_heading]).candidates():  # the document's terms in explanatory paragraphs
            drafts.append(_draft(candidate, variant))
        for candidate in ActorDrafter(builder).candidates():  # who said what (news paragraphs)
            drafts.append(_draft(candidate, variant))
        for candidate in CauseDrafter(builder).candidates():  # why-cards on explanatory paragraphs
            drafts.append(_draft(candidate, variant))
        for candidate in ClaimDrafter(builder).candidates():  # what a named speaker concluded (assessments)
            drafts.append(_draft(candidate, variant))
        for candidate in FunctionDrafter(builder).candidates():  # what a term does (explanations)
            drafts.append(_draft(candidate, variant))
        for candidate in AppositionDrafter(builder).candidates():  # a rare term's apposition (explanations)
            drafts.append(_draft(candidate, variant))
        for candidate in ContrastDrafter(builder).candidates():  # a contrast's two halves swapped (explanations, arguments)
            drafts.append(_draft(candidate, variant))
        for candidate in ExplainingDrafter(builder).candidates():  # then and now, not this but that, kinds, a job (explanations)
            drafts.append(_draft(candidate, variant))
        return _once_each(drafts)


def heading_dates(headings: Sequence[Paragraph], language: str) -> list[tuple[int, int, int]]:
    """The dates the headings give, as (year, month, day): the events the story is built around."""
    lang = language_for(language)
    dates: list[tuple[int, int, int]] = []
    for p in headings:
        sentence = Sentence(paragraph=p.number, index=-1, start=0, end=len(p.text), text=p.text)
        dates.extend(m.value for m in read_dates(sentence, lang) if isinstance(m.value, tuple))
    return sorted(set(dates))


def _draft(candidate: Candidate, variant: int) -> Draft:
    digest = hashlib.sha256(f"{candidate.signature}|{variant}".encode()).hexdigest()[:8]
    code = TYPE_CODES.get(candidate.item.get("type", ""), "card")
    key = f"p{candidate.paragraph}-{code}-{digest}"
    item = {"id": key, **answers.without_emphasis(candidate.item)}
    return Draft(key, candidate.kind, item, candidate.paragraph, candidate.answer_span, candidate.score, list(candidate.problems), list(candidate.spares))


def _once_each(drafts: list[Draft]) -> list[Draft]:
    """Each draft once: two drafters may draft the same item (a gap on a paragraph's rarest
    word is both a detail word and an explanatory term), whose signature, and so id, is the
    same. Kept twice, one copy could be ready and the other held back "as the same answer as"
    itself, and the report would list a ready id as held back (review 16). The first wins."""
    seen: set[str] = set()
    once = []
    for d in drafts:
        if d.key not in seen:
            seen.add(d.key)
            once.append(d)
    return once


def check_drafts(drafts: list[Draft], paragraphs: Sequence[Paragraph], language: str) -> list[Draft]:
    """Apply every check and rank: ready questions first, then ready cards, then the drafts
    held back, each group best first."""
    text = {p.number: p.text for p in paragraphs}
    span = SourceSpan(paragraphs=max(text, default=0), headings=tuple(p.number for p in paragraphs if p.is_heading))
    headings, subjects = checks.document_subjects([(p.number, p.text, p.is_heading) for p in paragraphs], language)
    demonyms = checks.setting_demonyms([(p.number, p.text, p.is_heading) for p in paragraphs])
    headlines = checks.Headlines([(p.number, p.text, p.is_heading) for p in paragraphs], language)
    rules = language_for(language)
    heading_texts = [p.text for p in paragraphs if p.is_heading]
    headline_years = giveaways.lead_years([(p.text, p.is_heading) for p in paragraphs])
    written = answers.document_words(text.values())
    years = forced.main_years(paragraphs)
    subject_nouns = forced.subject_words(paragraphs, rules)
    document = "\n".join(p.text for p in paragraphs if not p.is_heading)
    datelines = forced.dateline_years(paragraphs)
    titles = topic_titles(paragraphs)
    subject = subject_names(paragraphs, rules)  # what the title or the section's heading is about: "the dam"
    accept_context = accept_variants.DraftContext(rules, written, document)
    card_context = card_checks.CardContext(rules, language, headings, titles, text)
    for d in drafts:
        # The document's details first: a question on a headline fact (the opening paragraph's,
        # or one repeated all over) is easy without the text and loses to any detail it clashes with.
        if any(headlines.why(key) for key in checks.gap_keys(d) + checks.choice_keys(d, text.get(d.paragraph, ""))):
            d.score = round(d.score - HEADLINE_PENALTY, 4)
    list_items = {p.number for p in paragraphs if p.is_list_item and not p.is_heading}
    for d in drafts:
        # A matching, an ordering or a card over a whole list asks what the list is for; a gap in
        # one of its items asks one line of it: the list's draft goes first where they clash.
        if len(list_items.intersection(d.item.get("source", []))) >= LIST_SPAN_ITEMS:
            d.score = round(d.score + LIST_SPAN_BONUS, 4)
    drafts = sorted(drafts, key=lambda d: (-d.score, d.key))
    drafts = _spread_types(drafts)
    for d in drafts:
        # Every accepted form a word the gap takes, the bare name, a place's short form ("Ciudad
        # Encantada" for "la Ciudad Encantada de Cuenca", kinds7): the accept pipeline's second stage.
        accept_variants.tidy_accept_lists(d, accept_context)
        list_gaps.quote_lead_in(d, text, list_items, language)  # «Los problemas son estos: … un gasto de ____ euros;» (issue 10)
        d.problems.extend(checks.validate(d, span))
        d.problems.extend(checks.trivial_key(d, headings, subjects, language, demonyms))
        d.problems.extend(card_checks.problems(d, card_context))  # the card checks: title, vague back, discourse front, famous artist, heading's term...
        cited = "\n".join(text.get(n, "") for n in d.item.get("source", []))
        d.problems.extend(checks.grounding(d, cited, language))
        checks.exact_where_typos_mislead(d, language)  # "auto-oxidation" a typo from "alto": typos off, not held
        d.problems.extend(checks.lint_findings(d, language))
        d.problems.extend(checks.long_typed_key(d, language))
        d.problems.extend(checks.stock_pairing(d, language))
        d.problems.extend(checks.headline_key(d, text.get(d.paragraph, ""), headlines))
        d.problems.extend(context.standalone_problems(d, rules))  # statements that lean on another sentence
        d.problems.extend(giveaways.problems(d, rules, heading_texts, headline_years, document))  # settled without the text (review 12)
        d.problems.extend(list_gaps.unled_list_item_gap(d, text, list_items, rules.code))  # "____, near Leeds, opened in 1994." (issue 10)
        d.problems.extend(list_gaps.scare_quoted_gap(d, rules.code))  # 'uses the "____" two kilowatt-hours' (issue 10)
        d.problems.extend(garbled.garbled_gap(d, rules))  # "the the ____", «de el ____», «... en el ____ de la.» (garble)
        d.problems.extend(closed_lists.completed_list(d, rules))  # "Norway, Sweden, Finland, Denmark and ____"
        d.problems.extend(household_acronyms.household_acronym(d, rules))  # UNESCO, ATP: general knowledge
        d.problems.extend(synonym_gaps.synonym_gap(d, rules))  # "____ vulnerable": inherently, intrinsically... (review 14)
        d.problems.extend(synonym_gaps.ordinary_word_gap(d, rules, document, heading_texts))
        d.problems.extend(synonym_gaps.other_modifiers_gap(d, rules, document))  # "the ____ sap" keyed "uncured", the text's "raw sap", "fresh sap" (gapfixes)  # "the ____ checked every reel": foremen, or inspectors (session 11)
        d.problems.extend(cut_term(d, text.get(d.paragraph, "")))  # "glycoprotein IIb" of "glycoprotein IIb/IIIa" (kinds12)
        d.problems.extend(trivial_gaps.problems(d, rules))  # a signposting count, a settled direction, a fixed name, a famous pair (reviews 14, 15)
        d.problems.extend(statements.computation_step_choice(d, rules))  # «Dividiendo por ..., se obtienen unos ____» with options (session 16)
        d.problems.extend(world_knowledge.known_to_the_world(d, rules))  # "____'s principle", "(____ kPa)": known without the text
        d.problems.extend(world_knowledge.known_in_its_setting(d, rules, document))  # «tras la muerte de Franco en ____», «el mar ____» in Kazakhstan (worldknow2)
        d.problems.extend(famous_setting_gap(d, rules))  # "La bahía de Ha Long, en ____": Vietnam (kinds7)
        d.problems.extend(famous_neighbour_gap(d, rules))  # "Madrid or ____", "____ at the mouth of the Amazon" (worldknow)
        d.problems.extend(described_institution(d, rules))  # "a Chinese state science institute, the ____" (worldknow)
        d.problems.extend(paired_country_gap(d, rules))  # "cheap garments from China and ____" (selfgaps)
        d.problems.extend(landmark_beside_its_place(d, rules))  # «cruzaron los ____ desde Mendoza» (selfgaps)
        d.problems.extend(equation_paragraph(text.get(d.paragraph, "")))  # "CaCO₃ + H₂O ⇌ ____(HCO₃)₂" (kinds7)
        d.problems.extend(title_key(d, titles.get(d.paragraph, []), rules))  # "named after ____" under "The Carrington Event" (kinds7)
        d.problems.extend(subject_measure(d, text.get(d.paragraph, ""), subject.get(d.paragraph, []), rules))  # "The dam is ____ high" with options (issue 10)
        d.problems.extend(wrong_kind_options(d, document, rules))  # "____, the city's older airport" offering a province (kinds8)
        d.problems.extend(institution_seat(d, rules))  # "At the Royal Aircraft Establishment in ____": Farnborough (blindq)
        d.problems.extend(forced.problems(d, paragraphs, rules, years, subject_nouns, datelines, document))  # forced by the whole document (fresh reviews 12, 13)
        d.problems.extend(blindness.problems(d.item, language))  # a time cue or an outlier settles the options (blind readers, sessions 5, 6)
        d.problems.extend(choice_rules.known_name_problems(d.item, language))  # Chinatown among Dogpatch and Tenderloin (brief kindchoice)
        d.problems.extend(person_options.gender_giveaway(d.item, _asked(d, text), text.get(d.paragraph, ""), d.answer_span, rules))  # «La presidenta, ____» among men (giveaway)
        d.problems.extend(blindness.dated_problems(d.item, _asked(d, text), language))  # "appeared in ____", "automated in 2003": a reader knows the year (blindq)
    held = _keep_best([d for d in drafts if not d.problems], language, text)
    for d in drafts:
        if d.key in held:
            d.problems.append(held[d.key])
    _hold_given_away_swaps(drafts, language)
    _hold_revealed_keys(drafts, language, text)
    _restore_orphans(drafts, language, text)
    for _ in range(3):  # each can undo the other's balance; a few rounds settle both
        _balance_tf_wording(drafts, language)
        _balance_true_false(drafts, language, text)
    _balance_lengths(drafts)
    # The balancing held some drafts back: what lost only to them comes back (but no
    # true/false or single choice, whose balance is settled).
    _restore_orphans(drafts, language, text, skip=("true_false", "single_choice"))
    _cover_paragraphs(drafts, language, text, {p.number for p in paragraphs if not p.is_heading and p.text.strip()})
    _balance_true_false(drafts, language, text)  # a statement may have given its place to a paragraph's only draft
    for _ in range(4):  # each holding changes what the rest of the set mentions: until settled
        ready = {d.key for d in drafts if not d.problems}
        _even_out_familiarity(drafts, language)
        _separate_option_sets(drafts, language)
        _balance_lengths(drafts)
        if ready == {d.key for d in drafts if not d.problems}:
            break
    _separate_option_sets(drafts, language)  # whatever the rounds left: no shared option sets
    _balance_true_false(drafts, language, text)  # ... whose holds may have held a statement back or released one in its place
    content = {p.number for p in paragraphs if not p.is_heading and p.text.strip()}
    variety.one_card_per_subject(drafts, rules)
    variety.cards_over_questions(drafts, lambda q: _question_keys(q, text))  # a role or term card over a gap on its key
    _hold_cards_giving_away(drafts, text)  # before the last coverage pass, which may replace a card
    _cover_with_details(drafts, language, text, content)
    _choices_give_way(drafts, language, text, content)
    _cover_with_details(drafts, language, text, content, last_resort=True)  # why/what-happens cards
    # The very last resort: a draft held only as a headline fact or the story's setting whose
    # key a reader does not know without the text (a year three paragraphs repeat; brief release).
    _cover_with_details(drafts, language, text, content, known=checks.KnownWithoutText([(p.number, p.text, p.is_heading) for p in paragraphs], language, demonyms))
    _second_why_card(drafts, language, text, content)
    _hold_cards_giving_away(drafts, text)  # ... and after, which may release a question a card shows
    _hold_typed_headlines(drafts, text, headlines)
    _one_verdict_per_key(drafts)
    for d in drafts:  # options redrawn by the passes above are checked again
        if not d.problems:
            d.problems.extend(blindness.problems(d.item, language) or blindness.dated_problems(d.item, _asked(d, text), language))
            d.problems.extend(choice_rules.known_name_problems(d.item, language))
            d.problems.extend(person_options.gender_giveaway(d.item, _asked(d, text), text.get(d.paragraph, ""), d.answer_span, rules))
    _rank_specific_first(drafts, language, content)
    # The score is the rank: a draft held back ranks below every ready one (a caller keeping
    # the best few of a paragraph by score must keep a ready one first).
    for d in drafts:
        if d.problems:
            d.score = round(d.score - HELD_BACK_RANK, 4)
    # Ready questions first, then ready cards (a deck's, studied apart), then the held back.
    return sorted(drafts, key=lambda d: (bool(d.problems), d.kind == "card", -d.score, d.key))


def _asked(draft: Draft, text: dict[int, str]) -> str:
    """The part of its paragraph a draft asks about (a true/false statement's swapped fact)."""
    if not draft.answer_span:
        return ""
    start, end = draft.answer_span
    return text.get(draft.paragraph, "")[start:end]


ENEMY_ROUNDS = 4
HELD_BACK_RANK = 3.0  # taken off a held-back draft's score: below any ready draft's
HEADLINE_PENALTY = 0.3  # a headline fact's draft ranks below the details' drafts of any type
LIST_SPAN_ITEMS = 3  # a draft citing this many items of a list is the list's draft ...
LIST_SPAN_BONUS = 0.25  # ... and ranks above a gap in one of its items (S-en: a matching of shares lost to one share's gap)


def _keep_best(drafts: list[Draft], language: str, text: dict[int, str]) -> dict[str, str]:
    """The drafts held back, with why. Best first, a draft is kept unless a kept one duplicates
    it, asks for the same answer, quotes the same passage, or gives it away (or is given away by
    it). Enemy detection compares every pair, so it runs on the kept drafts only; a draft that
    loses to an enemy is set aside and the pass repeats, so the next draft of its passage gets
    its chance (a few rounds: each is much cheaper than comparing every candidate)."""
    enemies: dict[str, str] = {}
    held: dict[str, str] = {}
    for _ in range(ENEMY_ROUNDS):
        kept, held = _first_of_each_passage([d for d in drafts if d.key not in enemies], language, text)
        partners = checks.enemy_partners(kept, language)
        winners: set[str] = set()
        lost = 0
        for d in kept:
            clash = next(((other, reason) for other, reason in partners.get(d.key, []) if other in winners), None)
            if clash:
                enemies[d.key] = f"gives away, or is given away by, the better draft {clash[0]} ({clash[1]})"
                lost += 1
            else:
                winners.add(d.key)
        if not lost:
            break
    return {**held, **enemies}


def _first_of_each_passage(drafts: list[Draft], language: str, text: dict[int, str]) -> tuple[list[Draft], dict[str, str]]:
    """Best first: the drafts kept, and why each other one is not (a duplicate, the same
    answer, the same sentence or the same quoted passage as a kept one)."""
    rules = language_for(language)
    sentences = {n: rules.split_sentences(t) for n, t in text.items()}
    asked: dict[tuple[int, int], str] = {}
    seen: dict[str, str] = {}
    spans: dict[tuple[int, tuple[int, int]], str] = {}
    passages: dict[tuple[str, ...], str] = {}
    answers: dict[str, str] = {}
    events: dict[str, str] = {}
    backs: dict[int, list[tuple[str, str]]] = {}  # a paragraph's kept cards' backs
    kept: list[Draft] = []
    held: dict[str, str] = {}
    by_key = {d.key: d for d in drafts}
    for d in drafts:
        sig = checks.signature(d)
        back = checks._normal(str(d.item.get("back", ""))) if d.kind == "card" else ""
        # Two cards of one paragraph, one back inside the other («¿a qué se llama «falsa
        # campana»?» and «¿en qué consiste la falsa campana?»): the same fact studied twice.
        same_back = next((k for b, k in backs.get(d.paragraph, []) if back and len(min(b, back, key=len).split()) >= 3 and (b in back or back in b)), None)
        own_events = _dated_events_asked(d)
        same_events = [events[e] for e in own_events if e in events]
        span_key = (d.paragraph, d.answer_span) if d.answer_span and d.kind == "question" else None
        shown = checks.passage_ngrams(d, language)
        same_passage = next((passages[g] for g in shown if g in passages and not _other_steps(d, by_key.get(passages[g]))), None)
        sentence = _sentence_of(d, sentences) if d.kind == "question" else None
        typed = _typed_answer(d)
        if sig in seen:
            held[d.key] = f"duplicate of draft {seen[sig]}"
        elif span_key and span_key in spans:
            held[d.key] = f"asks for the same answer in the text as the better draft {spans[span_key]}"
        elif typed and typed in answers:
            held[d.key] = f"asks for the same answer as the better draft {answers[typed]} (from another sentence)"
        elif sentence and sentence in asked:
            held[d.key] = f"asks about the same sentence as the better draft {asked[sentence]}"
        elif same_passage:
            held[d.key] = f"quotes the same passage as the better draft {same_passage}, which it would give away"
        elif len(same_events) >= 2:
            held[d.key] = f"asks the same dated events as the better draft {same_events[0]} (an ordering and a matching of one set of facts)"
        elif same_back:
            held[d.key] = f"its back says what the back of the better card {same_back} says"
        else:
            kept.append(d)
            if back and "list" not in d.item.get("tags", []):  # a list card's back joins its items' backs: each item's card asks one part
                backs.setdefault(d.paragraph, []).append((back, d.key))
            seen[sig] = d.key
            if span_key:
                spans[span_key] = d.key
            if sentence:
                asked[sentence] = d.key
            if typed:
                answers[typed] = d.key
            passages.update((g, d.key) for g in shown)
            events.update((e, d.key) for e in own_events)
    return kept, held


def _other_steps(draft: Draft, other: Draft | None) -> bool:
    """Whether two orderings ask different steps of one sequence (its first steps and its
    last, brief context3): their prompts quote one lead-in, and neither gives the other away."""
    if other is None or draft.item.get("type") != "ordering" or other.item.get("type") != "ordering":
        return False
    mine = {checks._normal(str(x)) for x in draft.item.get("items", [])}
    theirs = {checks._normal(str(x)) for x in other.item.get("items", [])}
    return not mine & theirs


def _dated_events_asked(draft: Draft) -> list[str]:
    """The events an ordering orders or a matching pairs with dates (kinds16b): two such items
    on two of the same events ask one set of facts twice, and a matching's dates then rise with
    the ordering's answer."""
    item = draft.item
    if item.get("type") == "ordering":
        return [checks._normal(str(x)) for x in item.get("items", [])]
    if item.get("type") == "matching":
        # A timeline's dates to its events (lists.date_matching) pairs them the other way round.
        return [
            checks._normal(str(p["left"])) if re.search(r"\d", str(p["right"])) else checks._normal(str(p["right"]))
            for p in item.get("pairs", []) if re.search(r"\d", str(p["right"])) or re.fullmatch(r"[\w ]*\d{4}", str(p["left"]))
        ]
    return []


def _typed_answer(draft: Draft) -> str | None:
    """What a learner types for a fill-in or numeric draft: two such drafts with one answer ask
    one thing twice, whatever sentences they quote."""
    item = draft.item
    if item.get("type") == "fill_in":
        return "fill_in|" + checks._normal(str(item["accept"][0]))
    if item.get("type") == "numeric":
        unit = str(item.get("unit", ""))
        # A count in words asked as a number has no unit: the word it counts tells "durante ____
        # semanas" from "Durante ____ décadas", two answers 3 (brief release). (Not a year.)
        if not unit and isinstance(item["answer"], int) and item["answer"] < COUNTED_BELOW and (counted := COUNTED.search(str(item.get("prompt", "")))):
            unit = counted.group(1)
        return f"numeric|{item['answer']}|{checks._normal(unit)}"
    return None


COUNTED = re.compile(r"____ ([^\W\d_A-ZÁÉÍÓÚÑ][^\W\d_]*)")  # the lower-case word after a gap
COUNTED_BELOW = 1000  # a number this small after no unit is a count, not a year


def _sentence_of(draft: Draft, sentences: dict[int, list[tuple[int, int]]]) -> tuple[int, int] | None:
    """(paragraph, sentence start) of the sentence holding the draft's answer: one question per
    sentence, since a second one on the same sentence shows the first one's answer."""
    if draft.answer_span is None:
        return None
    start = draft.answer_span[0]
    return next(((draft.paragraph, a) for a, b in sentences.get(draft.paragraph, []) if a <= start < b), None)


def _hold_given_away_swaps(drafts: list[Draft], language: str) -> None:
    """A false statement whose swapped-in value another ready draft shows (as its key or in its
    prompt) is given away by the batch: a reader who saw the other draft knows it is false. It
    is held back, and its true twin (held back only for asking the same answer) takes its place.
    So is one whose paragraph has a ready card showing the value it replaced (the card's back)."""
    ready = [d for d in drafts if not d.problems]
    for d in ready:
        other = _given_away_by(d, ready, language)
        if other is None:
            continue
        d.problems.append(f"given away by the ready draft {other.key}, which shows the value swapped in (or, a card, the value replaced)")
        # Another false version first (keeps the balance), else the true one, else another draft.
        twin = _twin(drafts, d, False, language) or _twin(drafts, d, True, language)
        if twin is not None:
            twin.problems.clear()
        else:
            _release_alternative(drafts, d, language)


def _hold_revealed_keys(drafts: list[Draft], language: str, text: dict[int, str]) -> None:
    """No ready choice item whose key another ready draft shows, and none showing another
    ready choice item's key: a reader of the whole set, without the document, would pick the
    option they have already read as a fact (in a stem, a statement, a key or a card). The
    better-ranked draft stays; the other is held back, and its sentence keeps another question
    if one was held back only in its favour. Unlike the enemy check, a value counts however
    common it is in the set."""
    # What a pair reveals depends only on the two items, which holding one back leaves as they
    # are: each pair is read once, however many rounds the loop takes.
    revealed: dict[tuple[int, int], list[str]] = {}

    def keys_revealed(d: Draft, o: Draft) -> list[str]:
        pair = (id(d), id(o))
        if pair not in revealed:
            revealed[pair] = _revealed(d, o, text)
        return revealed[pair]

    for _ in range(len(drafts)):
        # Cards are studied apart from quizzes: a card showing a question's key gives nothing away in one.
        ready = [d for d in drafts if not d.problems and d.kind == "question"]
        clash = next(((d, o, key) for i, d in enumerate(ready) for o in ready[:i] for key in keys_revealed(d, o)), None)
        if clash is None:
            return
        d, o, key = clash
        d.problems.append(f"the key {key!r} of it or of the better draft {o.key} is shown by the other: a reader of the whole set would not need the text")
        _release_alternative(drafts, d, language)


def _question_keys(draft: Draft, text: dict[int, str]) -> list[str]:
    """What a ready question asks a reader to give or pick: its typed answers (every accepted
    form), its correct options, its figure as the paragraph writes it."""
    item = draft.item
    keys = [str(a) for a in item.get("accept", [])]
    keys += [str(a) for g in item.get("gaps", []) for a in g.get("accept", [])]
    keys += [str(o["text"]) for g in item.get("gaps", []) for o in g.get("options", []) if o.get("correct")]
    keys += checks.choice_keys(draft, text.get(draft.paragraph, ""))
    if item.get("type") == "numeric":
        keys.append(str(item["answer"]))
        if draft.answer_span is not None:
            start, end = draft.answer_span
            keys.append(text.get(draft.paragraph, "")[start:end])
    return [k for k in keys if checks._normal(k)]


def _hold_cards_giving_away(drafts: list[Draft], text: dict[int, str]) -> None:
    """A card and the quizzes come from one set, and a learner studies both: a ready card whose
    front or back shows a ready question's key (and so asks the same fact, or names the answer
    in its cue: "Luis Lacalle Pou: who was he?" beside "el presidente ____") gives that
    question away. The question stays (it is checked against the text as a quiz item); the
    card is held back."""
    questions = [d for d in drafts if not d.problems and d.kind == "question"]
    for card in (d for d in drafts if not d.problems and d.kind == "card"):
        if (why := _card_gives_away(card, questions, text)) is not None:
            card.problems.append(why)


def _card_gives_away(card: Draft, questions: list[Draft], text: dict[int, str]) -> str | None:
    """Why ``card`` gives one of the ready ``questions`` away (see ``_hold_cards_giving_away``), or None."""
    shown = f" {checks._normal(str(card.item.get('front', '')) + ' ' + str(card.item.get('back', '')))} "
    for q in questions:
        key = next((k for k in _question_keys(q, text) if f" {checks._normal(k)} " in shown), None)
        if key is not None:
            return f"held back: it shows {key!r}, the key of the ready question {q.key}, which it would give away (or ask again)"
        # ... or the question shows the card's answer (a matching's side, an option).
        if back := next(iter(context.shown_keys(card, q, text)), None):
            return f"held back: the ready question {q.key} shows its answer {back!r} (in an option or a matching's side)"
    return None


ORPHAN = re.compile(r"^(?:asks for the same answer|asks about the same sentence|quotes the same passage|gives away, or is given away by|the key .* of it or of).*?the better draft (p\d+-[\w-]+?)\b[,\s)]")


def _restore_orphans(drafts: list[Draft], language: str, text: dict[int, str], skip: tuple[str, ...] = ()) -> None:
    """A draft held back only in favour of a better one that a later check held back in turn
    has lost for nothing: best first, it is offered again if it clashes with no ready draft
    (same sentence, answer or passage, an enemy, a shown key, a given-away swap). So a
    paragraph whose question lost to a draft that is no longer offered keeps one."""
    rules = language_for(language)
    sentences = {n: rules.split_sentences(t) for n, t in text.items()}
    ready = [d for d in drafts if not d.problems]
    for d in sorted(drafts, key=lambda d: (-d.score, d.key)):
        if d.item.get("type") in skip or len(d.problems) != 1 or not (match := ORPHAN.match(d.problems[0])):
            continue
        if any(o.key == match.group(1) for o in ready):
            continue
        sentence = _sentence_of(d, sentences) if d.kind == "question" else None
        shown = checks.passage_ngrams(d, language)
        if any(
            (sentence is not None and _sentence_of(o, sentences) == sentence and o.kind == "question")
            or (d.answer_span and o.paragraph == d.paragraph and o.answer_span == d.answer_span)
            or shown & checks.passage_ngrams(o, language)
            or (d.kind == o.kind == "question" and _revealed(d, o, text))
            for o in ready
        ):
            continue
        if d.key in checks.enemy_partners([*ready, d], language) or _given_away_by(d, ready, language) is not None:
            continue
        d.problems.clear()
        ready.append(d)


def _mentions(draft: Draft) -> str:
    """Everything a quiz taker reads in a question, right and wrong options alike, normalised."""
    item = draft.item
    parts = [str(item.get(f, "")) for f in ("prompt", "passage")]
    parts += [str(c["text"]) for c in item.get("choices", [])] + [str(a) for a in item.get("accept", [])]
    parts += [str(o["text"]) for g in item.get("gaps", []) for o in g.get("options", [])] + [str(x) for x in item.get("items", [])]
    parts += [f"{p['left']} {p['right']}" for p in item.get("pairs", [])]
    return f" {checks._normal(' '.join(parts))} "


def _even_out_familiarity(drafts: list[Draft], language: str) -> None:
    """A reader of the whole set learns which values the other questions mention. Distractors
    come from the document's other facts, and no question shows another's key, so the key of
    a single choice tends to be the one option the set never mentions (or, now and then, the
    one it mentions most): a reader picking that option beats chance without the text. So at
    least one wrong option must be mentioned as often as the key; a mentioned one gives its
    place to a spare that is not (the option linter is asked again), else the draft is held
    back with the reason."""
    for _ in range(2):  # a swap changes what the others mention: a second pass settles it
        questions = [d for d in drafts if not d.problems and d.kind == "question"]
        for d in questions:
            if d.item.get("type") != "single_choice":
                continue
            # What a blind reader reads beside it: the other choice items (see
            # tests/benchmarks/blind_reader.py). The typed questions quote every sentence, and so
            # every other date and name of the document: counted with them, no option of a date
            # question was ever as unmentioned as its key, and almost none survived.
            context = " ".join(_mentions(o) for o in questions if o is not d and o.item.get("type") in checks.CHOICE_TYPES)

            def count(option: str, context: str = context) -> int:
                return context.count(f" {checks._normal(option)} ")

            if _familiar_enough(d, count):
                continue
            before = d.item["choices"]
            for _swap in range(2):  # a spare mentioned as often as the key for the option least like it
                key = next(str(c["text"]) for c in d.item["choices"] if c.get("correct"))
                wrong = [str(c["text"]) for c in d.item["choices"] if not c.get("correct")]
                out = max(wrong, key=lambda w: abs(count(w) - count(key)))
                # (Nor one making it clash with an item it did not clash with: see _separate_option_sets.)
                others = [o for o in questions if o is not d and not o.problems and not _option_clash(d, o, language)]
                spare = next((
                    t for t in d.spares if count(t) == count(key) and t not in wrong
                    and not any(_option_clash(_with_options(d, [t if w == out else w for w in wrong]), o, language) for o in others)
                    and not blindness.problems(_with_options(d, [t if w == out else w for w in wrong]).item, language)
                ), None)
                if spare is None:
                    break
                swapped = [c if str(c["text"]) != out else {"text": spare, "correct": False} for c in d.item["choices"]]
                d.item["choices"] = sorted(swapped, key=lambda c: fold_word(str(c["text"])))
                d.spares = [t for t in d.spares if t != spare] + [out]
                if _familiar_enough(d, count):
                    break
            if _familiar_enough(d, count) and not checks.lint_findings(d, language):
                continue
            d.item["choices"] = before
            d.problems.append("held back: its key is the only option the other questions never mention (or mention most), which a reader of the set would pick without the text")
            _release_alternative(drafts, d, language, avoid_type="single_choice")


def _option_groups(draft: Draft) -> list[list[dict[str, Any]]]:
    """The sets of options a reader chooses from in a question: a single choice's or multiple
    select's choices, a cloze's gaps with options. The first is the one ``spares`` are for."""
    item = draft.item
    if draft.kind != "question":
        return []
    if item.get("type") in ("single_choice", "multiple_select"):
        return [item["choices"]]
    if item.get("type") == "cloze":
        return [g["options"] for g in item.get("gaps", []) if "options" in g]
    return []


def _with_options(draft: Draft, wrong: list[str]) -> Draft:
    """A copy of ``draft`` whose first set of options has ``wrong`` as its wrong options (the
    key kept), sorted as the drafter sorts them."""
    item = copy.deepcopy(draft.item)
    groups = _option_groups(Draft(draft.key, draft.kind, item, draft.paragraph, draft.answer_span, draft.score))
    first = groups[0]
    options = [c for c in first if c.get("correct")] + [{"text": w, "correct": False} for w in wrong]
    first[:] = sorted(options, key=lambda c: fold_word(str(c["text"])))
    return Draft(draft.key, draft.kind, item, draft.paragraph, draft.answer_span, draft.score, list(draft.problems), list(draft.spares))


def _option_clash(d: Draft, o: Draft, language: str) -> str:
    """Why a reader of both ``d`` and ``o`` could place answers by elimination, or "": they
    share more than one option, one's key is an option of the other, or a false statement
    swaps in a value the other offers as an option (so "false" and the option's fate follow)."""
    sets = [[(checks._normal(str(c["text"])), bool(c.get("correct"))) for c in g] for g in _option_groups(d)]
    other_sets = [[(checks._normal(str(c["text"])), bool(c.get("correct"))) for c in g] for g in _option_groups(o)]
    for options in sets:
        texts, keys = {t for t, _ in options}, {t for t, right in options if right}
        for other in other_sets:
            other_texts, other_keys = {t for t, _ in other}, {t for t, right in other if right}
            if len(texts & other_texts) > 1:
                return f"they share the options {', '.join(sorted(texts & other_texts))}"
            if keys & other_texts or other_keys & texts:
                return f"one offers the other's key {', '.join(sorted((keys & other_texts) | (other_keys & texts)))} as an option"
            # ... or by a surname: "Wallace" an option of one, "John Findley Wallace" the other's key.
            short = {(k, t) for k in keys for t in other_texts} | {(k, t) for k in other_keys for t in texts}
            if same := next((t for k, t in sorted(short) if _same_surname(k, t)), None):  # sorted: the same name under any hash seed
                return f"one offers the other's key as {same!r}"
    for asker, shower in ((d, o), (o, d)):
        if answer := _answer_offered(asker, shower):
            return f"one offers the other's answer {answer!r} as a wrong option"
    for asker, namer in ((d, o), (o, d)):
        if named := _option_named(asker, namer):
            return f"the other's prompt names the wrong option {named!r}, in a role that rules it out"
    for statement, offered in ((d, other_sets), (o, sets)):
        swapped = checks.swapped_value(statement, language)
        if swapped and any(_offers(checks._normal(swapped[1]), {t for t, _ in group}) for group in offered):
            return f"a false statement swaps in {swapped[1]!r}, which the other offers as an option"
    return ""


def _same_surname(key: str, option: str) -> bool:
    """Whether one of two normalised names is the other's last word ("wallace" and "john
    findley wallace"): the same person to a reader. Figures never."""
    if key == option or re.search(r"\d", key + option):
        return False
    a, b = key.split(), option.split()
    return (len(a) == 1 < len(b) and a[0] == b[-1]) or (len(b) == 1 < len(a) and b[0] == a[-1])


def _option_named(asker: Draft, namer: Draft) -> str:
    """A name ``asker`` offers as a wrong option that the prompt of the choice item ``namer``
    names, or "": the blind reader sees it there in another role ("Edwin Chadwick, the
    secretary of the Poor Law Commission" beside "____, the curate of St Luke's") and rules it
    out (blind readers, sessions 5 and 6). Figures and dates are left to the other checks."""
    if namer.item.get("type") not in checks.CHOICE_TYPES:
        return ""
    prompt = f" {checks._normal(str(namer.item.get('prompt', '')))} "
    for group in _option_groups(asker):
        for c in group:
            text = str(c["text"])
            if not c.get("correct") and not re.search(r"\d", text) and f" {checks._normal(text)} " in prompt:
                return text
    return ""


def _offers(value: str, options: set[str]) -> bool:
    """Whether ``options`` (normalised) hold ``value``: as written, or a figure with its unit
    ("92" swapped into a statement, "92 metres" offered beside it; blind readers, session 6)."""
    return value in options or (value[:1].isdigit() and any(o.startswith(value + " ") for o in options))


def _redrawn(d: Draft, others: list[Draft], language: str, context: str = "") -> Draft | None:
    """``d`` with wrong options (its own first, then its spares) that clash with none of
    ``others`` and pass the option linter, as many as it has now; None if there are not enough.
    Options ``context`` (what the rest of the set mentions) mentions as often as the key come
    first, so that the key does not become the one option the set never mentions."""
    groups = _option_groups(d)
    if not groups:
        return None
    wrong = [str(c["text"]) for c in groups[0] if not c.get("correct")]
    key = next((str(c["text"]) for c in groups[0] if c.get("correct")), "")

    def count(option: str) -> int:
        return context.count(f" {checks._normal(option)} ")

    candidates = [*wrong, *d.spares]
    if context:
        candidates.sort(key=lambda t: count(t) != count(key))  # stable: own options first
    chosen: list[str] = []
    for option in candidates:
        if option in chosen:
            continue
        trial = _with_options(d, [*chosen, option])
        last = len(chosen) + 1 == len(wrong)  # the set complete: no time cue or outlier may settle it
        if not any(_option_clash(trial, o, language) for o in others) and not (last and blindness.problems(trial.item, language)):
            chosen.append(option)
        if len(chosen) == len(wrong):
            break
    if len(chosen) < len(wrong):
        return None
    redrawn = _with_options(d, chosen)
    if any(_option_clash(redrawn, o, language) for o in others) or checks.lint_findings(redrawn, language) or blindness.problems(redrawn.item, language):
        return None
    redrawn.spares = [t for t in [*d.spares, *wrong] if t not in chosen]
    return redrawn


def _adopt(d: Draft, redrawn: Draft) -> None:
    d.item, d.spares = redrawn.item, redrawn.spares


def _separate_option_sets(drafts: list[Draft], language: str) -> None:
    """No two ready choice items of a document offer the same options: a reader of the whole
    set who knows (or guesses) one answer would place the others by elimination (three date
    questions offering the same three dates, one key each). Best first, a question clashing
    with a better one (see ``_option_clash``) draws other wrong options from its spares; else
    the better one does, if that clashes with nothing; else it is held back with why (a false
    statement gives its place to another version of its sentence, if one is waiting)."""
    for _ in range(len(drafts)):
        accepted: list[Draft] = []
        held = False
        for d in [d for d in drafts if not d.problems and d.kind == "question"]:
            clash = next(((o, why) for o in accepted if (why := _option_clash(d, o, language))), None)
            if clash is None:
                accepted.append(d)
                continue
            questions = [x for x in drafts if not x.problems and x.kind == "question"]
            context = " ".join(_mentions(x) for x in questions if x is not d)
            if (redrawn := _redrawn(d, accepted, language, context)) is not None:
                _adopt(d, redrawn)
                accepted.append(d)
                continue
            # Else the better one draws other options, keeping clear of this one's key (and of the
            # rest), and this one draws again around them.
            o, why = clash
            rest = [x for x in accepted if x is not o]
            grouped = bool(_option_groups(d))
            other = _redrawn(o, [*rest, _with_options(d, []) if grouped else d], language, " ".join(_mentions(x) for x in questions if x is not o))
            mine = (_redrawn(d, [*rest, other], language, context) if grouped else d) if other is not None else None
            if other is not None and mine is not None and not any(_option_clash(mine, x, language) for x in [*rest, other]):
                _adopt(o, other)
                _adopt(d, mine)
                accepted.append(d)
                continue
            d.problems.append(f"held back: it shares options with the better draft {o.key} ({why}): a reader of the whole set would place the answers by elimination")
            twin = (_twin(drafts, d, False, language) or _twin(drafts, d, True, language)) if d.item.get("type") == "true_false" else None
            if twin is not None:
                twin.problems.clear()
            else:
                _release_alternative(drafts, d, language)
            held = True
            break
        if not held:
            return


def _familiar_enough(draft: Draft, count: Callable[[str], int]) -> bool:
    """Whether neither "the option the set mentions most" nor "the one it mentions least"
    singles out the key: some wrong option is mentioned as often or more, and some less (or
    half of them as often)."""
    key = next(str(c["text"]) for c in draft.item["choices"] if c.get("correct"))
    k = count(key)
    wrong = [count(str(c["text"])) for c in draft.item["choices"] if not c.get("correct")]
    same = sum(n == k for n in wrong)
    return (any(n > k for n in wrong) or same >= 1) and (any(n < k for n in wrong) or same >= (len(wrong) + 1) // 2)


def _uncovered(drafts: list[Draft], content: set[int], text: dict[int, str]) -> Iterator[tuple[int, list[Draft]]]:
    """Each content paragraph, in order, that has no ready draft (of its prose, see
    ``_asks_prose``), with the drafts ready at that moment: read again for each paragraph, as
    the coverage passes bring drafts back between."""
    for number in sorted(content):
        ready = [d for d in drafts if not d.problems]
        if not any(_asks_prose(d, number, text) or _asks_as_one_of_many(d, number, text) for d in ready):
            yield number, ready


def _asks_as_one_of_many(draft: Draft, number: int, text: dict[int, str]) -> bool:
    """Whether a draft over a whole list (a matching, an ordering, a multiple select or a card
    naming its items, citing the lead-in and at least LIST_SPAN_ITEMS items) asks paragraph
    ``number`` as one of its items: a list's item, a paragraph of its own when a file is read
    as the import reads it, is covered by the list's draft, not only by a gap in its line. Not
    the lead-in's own paragraph when it states prose before its lead-in ("The making of a hat
    was slow. A journeyman took two days over one. It went through the following stages:"):
    the list's draft asks nothing of that prose."""
    source = draft.item.get("source", [])
    if number < draft.paragraph and _prose_before_lead(text.get(number, "")):
        return False
    return (
        number != draft.paragraph
        and number in source
        and len(source) > LIST_SPAN_ITEMS
        and (draft.kind == "card" or draft.item.get("type") in ("matching", "ordering", "multiple_select"))
    )


def _prose_before_lead(paragraph: str) -> bool:
    """Whether a paragraph ending with a list's lead-in (a sentence ending with a colon) states
    other sentences before it."""
    stripped = paragraph.strip()
    return stripped.endswith(":") and bool(re.search(r"[.!?]\s+\S", stripped))


def _asks_prose(draft: Draft, number: int, text: dict[int, str]) -> bool:
    """Whether a draft of paragraph ``number`` covers it: any draft of it, but in a paragraph
    whose prose goes on into a list ("... divided into three alleys. The tools were: - ...")
    only one asking that prose, its answer before the list's lead-in. The list's matching or
    ordering cites the paragraph too, yet asks nothing of the facts before the lead-in, which
    would stay unasked (their count in words, term or figure held back as details)."""
    if draft.paragraph != number:
        return False
    start = list_start(text.get(number, ""))
    return start is None or (draft.answer_span is not None and draft.answer_span[0] < start)


def _waits_for(draft: Draft, number: int, text: dict[int, str], ready: list[Draft]) -> bool:
    """Whether a held-back draft may come back to cover paragraph ``number``: one asking its
    prose (see ``_asks_prose``), or, while the paragraph has no ready draft at all, any of its
    drafts (a list's card, ``list_cards``, is such a paragraph's fallback)."""
    return _asks_prose(draft, number, text) or (draft.paragraph == number and not any(o.paragraph == number for o in ready))


def _cover_paragraphs(drafts: list[Draft], language: str, text: dict[int, str], content: set[int]) -> None:
    """A content paragraph left without a ready draft takes one back: its best draft held back
    only in favour of a draft of another paragraph that has more than one ready draft (so
    that paragraph stays covered) swaps places with that draft, if it clashes with no other
    ready draft. A true/false draft is not brought back this way (its balance is settled); one
    that gives way is balanced again after."""
    rules = language_for(language)
    sentences = {n: rules.split_sentences(t) for n, t in text.items()}
    for number, ready in _uncovered(drafts, content, text):
        per_paragraph = Counter(d.paragraph for d in ready)
        for d in sorted((d for d in drafts if _waits_for(d, number, text, ready) and d.problems), key=lambda d: (-d.score, d.key)):
            if d.item.get("type") == "true_false" or len(d.problems) != 1 or not (match := ORPHAN.match(d.problems[0])):
                continue
            blocker = next((o for o in ready if o.key == match.group(1)), None)
            if blocker is None or per_paragraph.get(blocker.paragraph, 0) < 2:
                continue
            others = [o for o in ready if o is not blocker]
            sentence = _sentence_of(d, sentences) if d.kind == "question" else None
            shown = checks.passage_ngrams(d, language)
            if any(
                (sentence is not None and o.kind == "question" and _sentence_of(o, sentences) == sentence)
                or shown & checks.passage_ngrams(o, language)
                or (d.kind == o.kind == "question" and _revealed(d, o, text))
                for o in others
            ) or d.key in checks.enemy_partners([*others, d], language):
                continue
            blocker.problems.append(f"held back: the draft {d.key} it clashed with is the only one of paragraph {number}")
            d.problems.clear()
            break


def _choices_give_way(drafts: list[Draft], language: str, text: dict[int, str], content: set[int]) -> None:
    """A content paragraph still without a ready draft takes back its best draft held back
    only for the set's sake (see SET_REASONS) when every ready question it clashes with is of
    a paragraph that keeps another ready draft, or one waiting in its favour (a stand-in of
    its sentence): coverage comes before variety, and the choice items the blind reader's
    view lets through (see _even_out_familiarity) must not cost a paragraph its only item.
    True/false items keep their place: their balance is settled. Those questions are held
    back with why."""
    rules = language_for(language)
    sentences = {n: rules.split_sentences(t) for n, t in text.items()}
    for number, ready in _uncovered(drafts, content, text):
        per_paragraph = Counter(d.paragraph for d in ready)
        waiting = [d for d in drafts if _waits_for(d, number, text, ready) and len(d.problems) == 1 and SET_REASONS.match(d.problems[0])]
        for d in sorted(waiting, key=lambda d: (-d.score, d.key))[:COVER_TRIES]:
            if d.item.get("type") == "true_false":
                continue
            sentence = _sentence_of(d, sentences) if d.kind == "question" else None
            shown = checks.passage_ngrams(d, language)
            blockers = [
                o for o in ready
                if (sentence is not None and o.kind == "question" and _sentence_of(o, sentences) == sentence)
                or shown & checks.passage_ngrams(o, language)
                or (d.kind == o.kind == "question" and (_revealed(d, o, text) or _option_clash(d, o, language)))
            ]
            if any(o.item.get("type") not in GIVING_WAY_TYPES for o in blockers):
                continue  # (before the enemy finder, which compares every pair)
            enemies = {other for other, _why in checks.enemy_partners([*ready, d], language).get(d.key, [])}
            blockers += [o for o in ready if o.key in enemies and o not in blockers]
            losing = Counter(o.paragraph for o in blockers)
            if not blockers or any(o.item.get("type") not in GIVING_WAY_TYPES for o in blockers):
                continue
            # A paragraph the blockers would leave bare keeps the draft of their sentence that lost to them.
            stays = [o for o in ready if o not in blockers] + [d]
            standins: list[Draft] = []
            for o in blockers:
                if per_paragraph[o.paragraph] - losing[o.paragraph] >= 1 or any(x.paragraph == o.paragraph for x in standins):
                    continue
                standin = _standin(drafts, o, stays, language, text, sentences)
                if standin is None:
                    break
                standins.append(standin)
                stays.append(standin)
            else:
                for o in blockers:
                    o.problems.append(f"held back: the draft {d.key} it clashed with is the only one of paragraph {number}")
                for x in (d, *standins):
                    x.problems.clear()
                break


def _standin(
    drafts: list[Draft], lost: Draft, ready: list[Draft], language: str, text: dict[int, str], sentences: dict[int, list[tuple[int, int]]],
) -> Draft | None:
    """The best typed draft (fill-in, numeric, cloze) of ``lost``'s paragraph held back only in
    its favour, that clashes with none of ``ready``, or None."""
    for x in sorted(drafts, key=lambda x: (-x.score, x.key)):
        if (
            x.paragraph != lost.paragraph or x.item.get("type") not in COVERING_TYPES or len(x.problems) != 1
            or not SET_REASONS.match(x.problems[0]) or lost.key not in x.problems[0]
        ):
            continue
        sentence = _sentence_of(x, sentences)
        shown = checks.passage_ngrams(x, language)
        if any(
            (sentence is not None and o.kind == "question" and _sentence_of(o, sentences) == sentence)
            or shown & checks.passage_ngrams(o, language)
            or (o.kind == "question" and (_revealed(x, o, text) or _option_clash(x, o, language)))
            for o in ready
        ) or x.key in checks.enemy_partners([*ready, x], language):
            continue
        return x
    return None


GIVING_WAY_TYPES = ("single_choice", "multiple_select", "ordering", "matching", "fill_in", "numeric", "cloze")


# Why a draft was held back that says nothing against the draft itself, only that the set had a
# better one for its place (its sentence, answer or passage; an enemy; a balance of the set):
# such a draft may cover a paragraph left without any ready one.
SET_REASONS = re.compile(
    r"^(?:asks for the same answer|asks about the same sentence|quotes the same passage|gives away, or is given away by"
    r"|the key .* of it or of the better draft|held back: the draft \S+ it clashed with|held back: its sentence is asked as"
    r"|held back: it shares options with|" + re.escape(DETAIL_WORD_HOLD) + "|" + re.escape(checks.OTHER_UNITS_HOLD)
    + "|" + re.escape(TRIMMED_HOLD) + "|" + re.escape(ACTOR_HOLD) + "|" + re.escape(CAUSE_HOLD) + "|" + re.escape(CLAIM_HOLD) + "|" + re.escape(FUNCTION_HOLD) + "|" + re.escape(APPOSITION_HOLD) + "|" + re.escape(LIST_CARD_HOLD) + "|" + re.escape(CONTRAST_HOLD) + "|" + re.escape(DIFFERENCE_HOLD) + "|" + re.escape(EXPLAINING_HOLD) + ")"
)
COVERING_TYPES = ("fill_in", "numeric", "cloze")
LATE_CARD_HOLDS = (CLAIM_HOLD, FUNCTION_HOLD, APPOSITION_HOLD, CONTRAST_HOLD, DIFFERENCE_HOLD, EXPLAINING_HOLD)  # cover8's cards and a contrast's statements: after a paragraph's facts, before its word gaps
COVER_TRIES = 8  # a paragraph's most specific waiting drafts tried, at most (each try runs the enemy finder)


def specificity(draft: Draft, language: str) -> float:
    """How rare what the draft asks is, lower is more specific: a typed name's or word's Zipf
    frequency in general text ("Saverne" 1.1, "Caracas" 4.6), a figure or a date 1.5 (the
    document's own), a card 2.5 (a definition, a role, a date, read beside the paragraph)."""
    rules = language_for(language)
    if draft.kind == "card":
        return 2.5
    keys = checks.gap_keys(draft)
    if draft.item.get("type") == "numeric" or not keys:
        return 1.5
    if draft.item.get("type") == "fill_in":
        keys = [str(a) for a in draft.item["accept"]]  # "Snow" is asked as John Snow
    return min(rules.familiarity(k) if not any(c.isdigit() for c in k) else 1.5 for k in keys)


def _cover_with_details(
    drafts: list[Draft], language: str, text: dict[int, str], content: set[int], *, last_resort: bool = False, known: checks.KnownWithoutText | None = None,
) -> None:
    """Every content paragraph offers a ready item of its own: one left without takes its most
    specific draft (a typed name, a figure or date, a card; else its rarest word, see
    ``Builder.detail_word``) that was held back only because the set had a better draft for its
    place, if it clashes with no ready draft (sentence, answer, passage, enemy, shown key). A
    draft that failed a check of its own (validation, grounding, the linter, a guessable key)
    never comes back this way. With ``known`` (the last pass), only a draft held as a headline
    fact or the story's setting (and for the set's sake) comes back, its key not one a reader
    knows without the text (see ``checks.KnownWithoutText``)."""
    rules = language_for(language)
    sentences = {n: rules.split_sentences(t) for n, t in text.items()}
    for number, ready in _uncovered(drafts, content, text):
        waiting = [
            d for d in drafts
            if _waits_for(d, number, text, ready) and d.problems and (d.kind == "card" or d.item.get("type") in COVERING_TYPES or d.problems[0].startswith((ACTOR_HOLD, CONTRAST_HOLD)))
            and (
                all(SET_REASONS.match(p) for p in d.problems) and is_last_resort(d) == last_resort if known is None
                else _held_as_headline_only(d, text.get(number, ""), known)
            )
        ]
        per_paragraph = Counter(o.paragraph for o in ready)
        swap: tuple[Draft, Draft] | None = None  # a draft and the one ready draft it clashes with
        # A paragraph that reports what someone concluded, or says what one of its terms does,
        # is asked that after its facts (names, figures, other cards, who said it) but before a
        # gap on one of its lower-case words, which a reader guesses from the sentence (cover8).
        claimed = any(d.problems[0].startswith(LATE_CARD_HOLDS) for d in waiting)

        # A statement brought in for a paragraph has the answer the ready statements have fewer of.
        answers = [o.item["answer"] for o in ready if o.item.get("type") == "true_false"]
        wanted = sum(answers) * 2 <= len(answers)

        def order(d: Draft, claimed: bool = claimed, wanted: bool = wanted) -> tuple[int, bool, float, float, str]:
            tier = 0
            if claimed and d.problems[0].startswith(LATE_CARD_HOLDS):
                tier = 1
            elif claimed and d.problems[0].startswith(DETAIL_WORD_HOLD):
                tier = 2
            return (tier, d.item.get("type") == "true_false" and d.item["answer"] is not wanted, specificity(d, language), -d.score, d.key)

        for d in sorted(waiting, key=order)[:COVER_TRIES]:
            sentence = _sentence_of(d, sentences) if d.kind == "question" else None
            shown = checks.passage_ngrams(d, language)
            clashing = [
                o for o in ready if (
                    (d.kind == o.kind == "question" and _typed_answer(d) is not None and _typed_answer(d) == _typed_answer(o))
                    or (sentence is not None and o.kind == "question" and _sentence_of(o, sentences) == sentence)
                    or shown & checks.passage_ngrams(o, language)
                    or (d.kind == o.kind == "question" and _revealed(d, o, text))
                    or (d.kind == o.kind == "card" and checks.signature(d) == checks.signature(o))
                    or (d.kind == o.kind == "question" and _option_clash(d, o, language))
                )
            ]
            if len(clashing) > 1 or (clashing and swap is not None):
                continue  # (the enemy finder compares every pair: only for a draft still in the running)
            if d.kind == "question":
                enemies = {k for k, _ in checks.enemy_partners([*ready, d], language).get(d.key, [])}
                clashing += [o for o in ready if o.key in enemies and o not in clashing]
            if not clashing:
                swap = None
                d.problems.clear()
                break
            # One clash with a draft whose paragraph keeps another ready draft: they may swap.
            # (Not a single choice, nor a true/false whose going would unbalance true and false
            # answers: their balance over the set is settled.)
            if swap is None and len(clashing) == 1 and per_paragraph[clashing[0].paragraph] >= 2 and _may_give_way(clashing[0], ready):
                swap = (d, clashing[0])
        if swap is not None:
            d, blocker = swap
            blocker.problems.append(f"held back: the draft {d.key} it clashed with is the only one of paragraph {number}")
            d.problems.clear()


def _held_as_headline_only(draft: Draft, paragraph_text: str, known: checks.KnownWithoutText) -> bool:
    """Whether ``draft`` is held back only as a headline fact or the story's setting (and, at
    most, for the set's sake), on a key a reader does not know without the text."""
    headline = [p for p in draft.problems if checks.HEADLINE_HOLDS.match(p)]
    return (
        bool(headline) and all(SET_REASONS.match(p) or checks.HEADLINE_HOLDS.match(p) for p in draft.problems)
        and known.why(draft, paragraph_text) is None
    )


SECOND_CARD_BELOW = 2  # a paragraph with fewer ready drafts than this is offered its best why-card too
SECOND_CARD_HOLDS = (CAUSE_HOLD, CLAIM_HOLD)  # why/what-happens cards, and cards on what someone argued or recalled
# Cards on an explaining sentence's point (brief mechanism): what causes the thing it names
# (``causes.CauseDrafter.attributed``), what the process it describes does
# (``functions.FunctionDrafter.process``). Such a card takes its paragraph over a gap on one
# lower-case word of the same sentence, which it shows (the gap's prompt quotes the card's answer).


def _same_back(one: Draft, other: Draft) -> bool:
    """Whether one card's back holds the other's (three words or more): the same fact studied
    twice ("what happens when a passenger arrives ...?" beside "Explain why most people ...",
    backed by the same clause; explain2)."""
    explaining = ("cause", "condition", "effect")
    # a what-happens card beside the why-card its sentence backs ("what happened if it rained
    # ...?" / "Explain why the workers watched the sky": "If it rained ..., the salt dissolved
    # ...", brief full-coverage) studies the same fact twice too
    both_explain = all(any(t in d.item.get("tags", []) for t in explaining) for d in (one, other))
    if not both_explain and not any("function" in d.item.get("tags", []) for d in (one, other)):
        return False  # (a term's card beside a why-card on its sentence asks another thing: what the term is)
    a, b = (checks._normal(str(d.item.get("back", ""))) for d in (one, other))
    return bool(a and b) and len(min(a, b, key=len).split()) >= 3 and (a in b or b in a)


def _second_why_card(drafts: list[Draft], language: str, text: dict[int, str], content: set[int]) -> None:
    """A paragraph with fewer than two ready drafts is offered its best why-card, what-happens
    or what-does-it-do card (``causes``) or card on what someone argued or recalled (``claims``) too, held back until now only because another draft
    covered it: such a paragraph's one draft is often a fallback a reviewer may reject, and the
    card asks what the paragraph explains. On the samples and the probes every such held card
    read well (ifcards: 5 of 5). A card that would give a ready question away (shows its key)
    gives way to the next card of the paragraph, or to none: the question keeps its place."""
    ready = [d for d in drafts if not d.problems]
    questions = [d for d in ready if d.kind == "question"]
    per_paragraph = Counter(d.paragraph for d in ready)
    for number in sorted(content):
        if per_paragraph[number] >= SECOND_CARD_BELOW or not per_paragraph[number]:
            continue  # (a paragraph with none had its last-resort pass)
        waiting = [
            d for d in drafts
            if d.paragraph == number and d.kind == "card" and len(d.problems) == 1
            and (d.problems[0].startswith(SECOND_CARD_HOLDS) or (_on_point(d) and d.problems[0].startswith(FUNCTION_HOLD)))
        ]
        for card in sorted(waiting, key=lambda d: (not _on_point(d), -d.score, d.key)):
            shown = checks.passage_ngrams(card, language)
            if any(shown & checks.passage_ngrams(o, language) or checks.signature(o) == checks.signature(card) or _same_back(o, card) for o in ready if o.kind == "card"):
                continue
            if _card_gives_away(card, questions, text) is not None:
                gap = _word_gap_on_point(card, questions, text, language)
                if gap is None:
                    continue
                gap.problems.append(
                    f"held back: its sentence's point is asked by the card {card.key} (what causes the thing or what the process does), which shows its key"
                )
            card.problems.clear()
            break


def _on_point(draft: Draft) -> bool:
    return draft.kind == "card" and POINT_TAG in draft.item.get("tags", ())


def _word_gap_on_point(card: Draft, questions: list[Draft], text: dict[int, str], language: str) -> Draft | None:
    """The one ready question ``card``, a card on its sentence's point (tagged POINT_TAG), gives
    away when that question is a gap on a lower-case word of the same sentence (no name, no
    figure), else None: the card takes the paragraph, the gap gives way."""
    if not _on_point(card):
        return None
    sentences = {card.paragraph: language_for(language).split_sentences(text.get(card.paragraph, ""))}
    at = _sentence_of(card, sentences)
    given = [q for q in questions if _card_gives_away(card, [q], text) is not None]
    if at is None or len(given) != 1:
        return None
    q = given[0]
    keys = _question_keys(q, text)
    if q.paragraph != card.paragraph or q.item.get("type") not in ("fill_in", "cloze") or _sentence_of(q, sentences) != at:
        return None
    if not keys or any(not k[:1].islower() or any(c.isdigit() for c in k) for k in keys):
        return None
    return q


def _hold_typed_headlines(drafts: list[Draft], text: dict[int, str], headlines: checks.Headlines) -> None:
    """A typed or numeric question on a value the opening paragraph states is held back, as
    the choice items on it are (one verdict per fact, whatever the type: the eighth review saw
    the true/false on a figure held and the numeric gap on it kept), while its paragraph keeps
    another ready draft; lowest-ranked first, so the paragraph is never left without one."""
    for d in sorted((d for d in drafts if not d.problems and d.kind == "question"), key=lambda d: (d.score, d.key)):
        reason = checks.weak_headline(d, text.get(d.paragraph, ""), headlines)
        if reason and any(o is not d and not o.problems and o.paragraph == d.paragraph for o in drafts):
            d.problems.append(reason)
        elif reason and (twin := next((o for o in drafts if o is not d and not o.problems and _same_figure(d, o)), None)) is not None:
            # Its paragraph's last draft, but another ready item asks the same figure ("de 8 a
            # ____ kilos" and "un máximo de ____ kilos por día", brief standalone): asked twice.
            # The other gives way when its paragraph keeps another ready draft, else this one.
            if any(o is not twin and not o.problems and o.paragraph == twin.paragraph for o in drafts):
                twin.problems.append(f"held back: the figure is asked by {d.key}, its paragraph's only ready draft (a value the opening paragraph states)")
            else:
                d.problems.append(f"{reason.split(', while')[0]}, and the ready draft {twin.key} asks the same figure")


def _same_figure(d: Draft, o: Draft) -> bool:
    """Two numeric questions on the same figure of the same unit ("5" kilos, "5" kilos a day)."""
    if d.item.get("type") != "numeric" or o.item.get("type") != "numeric" or d.item.get("answer") != o.item.get("answer"):
        return False
    units = [str(x.item.get("unit", "")).split()[:1] for x in (d, o)]
    return bool(units[0]) and units[0] == units[1]


def _one_verdict_per_key(drafts: list[Draft]) -> None:
    """A detail word held back as a weak gap while another draft with the same key is ready
    would contradict it in the report: it is held back as the same answer instead."""
    ready = {checks._normal(a): d.key for d in drafts if not d.problems and d.kind == "question" and (a := _typed_answer(d))}
    for d in drafts:
        if d.problems and (a := _typed_answer(d)) and (better := ready.get(checks._normal(a))):
            d.problems[:] = [
                f"asks for the same answer as the ready draft {better}" if p.startswith(DETAIL_WORD_HOLD) else p for p in d.problems
            ]


def _may_give_way(draft: Draft, ready: list[Draft]) -> bool:
    """Whether a ready draft may be held back for a paragraph's only draft without undoing a
    balance of the set: a single choice only if "pick the longest (shortest) option" stays
    within the linter's margin on the rest, a true/false statement only if the rest stay
    40-60 % true (or there are none)."""
    qtype = draft.item.get("type")
    if qtype == "single_choice":
        rest = [checks.bank_question(d) for d in ready if d is not draft and d.item.get("type") == "single_choice"]
        figures = lint.length_strategy_figures(rest)
        return not any(n >= lint.BANK_MINIMUM and hit > chance + lint.BANK_MARGIN for hit, chance, n in figures.values())
    if qtype != "true_false":
        return True
    answers = [d.item["answer"] for d in ready if d is not draft and d.item.get("type") == "true_false"]
    return not answers or TRUE_SHARE[0] <= sum(answers) / len(answers) <= TRUE_SHARE[1]


RANK_STEP = 0.01


def _rank_specific_first(drafts: list[Draft], language: str, content: set[int]) -> None:
    """In each content paragraph the ready draft asking its most specific detail (rarest name,
    a figure or date, else a card) ranks first, so that a reader keeping one draft a paragraph
    keeps the one the paragraph alone can answer."""
    for number in sorted(content):
        mine = [d for d in drafts if not d.problems and d.paragraph == number]
        if len(mine) < 2:
            continue
        specific = [d for d in mine if d.kind == "card" or d.item.get("type") in COVERING_TYPES]
        if not specific:
            continue
        best = min(specific, key=lambda d: (specificity(d, language), -d.score, d.key))
        top = max(d.score for d in mine)
        if best.score < top or sum(d.score == top for d in mine) > 1:
            best.score = round(top + RANK_STEP, 4)


def _revealed(d: Draft, o: Draft, text: dict[int, str]) -> list[str]:
    """The keys (choice keys, typed names) of either draft that the other one shows. (The
    enemy finder leaves out a one-word name as a key: "Arnela" typed in one question and
    stated in another's prompt is caught here.)"""
    found = []
    for asker, shower in ((d, o), (o, d)):
        shown = checks.shown_text(shower)
        typed = [str(asker.item["accept"][0])] if asker.item.get("type") == "fill_in" else []
        typed += giveaways.term_forms(asker)  # "nodule" in a prompt gives away "nodules" (review 12)
        typed += [str(g["accept"][0]) for g in asker.item.get("gaps", []) if "accept" in g]
        if _shows_every_option(asker, shown):
            continue
        for key in checks.choice_keys(asker, text.get(asker.paragraph, "")) + typed:
            needle = checks._normal(_counted(asker, key) if key in typed else key)
            if needle and f" {needle} " in shown:
                found.append(key)
    # ... and every key (figures, short card backs) in every text a learner reads (options,
    # matching sides): see quizapp.derive.context.shown_keys.
    if _shows_every_option(d, checks.shown_text(o)) or _shows_every_option(o, checks.shown_text(d)):
        return found
    found.extend(k for k in context.shown_keys(d, o, text) if k not in found)
    return found


def _counted(asker: Draft, key: str) -> str:
    """A typed count word with the noun it counts after the gap ("two hours" of "for about ____
    hours"): another prompt counting other things with it ("built two memorials", a context
    sentence quoted before an elliptical subject) gives nothing away; the key alone otherwise."""
    if not any(language_for(code).number_words.fullmatch(key) for code in ("en", "es")):
        return key
    after = re.search(r"____\s+([^\W\d_]+)", str(asker.item.get("prompt", "")))
    return f"{key} {after.group(1)}" if after else key


def _shows_every_option(choice: Draft, shown: str) -> bool:
    """Whether ``shown`` (another draft's text) holds every option of a choice draft (an
    ordering of the step names the choice offers): it shows no more which one is right than
    the choice itself does."""
    options = [checks._normal(str(c["text"])) for c in choice.item.get("choices", [])]
    return len(options) > 2 and all(o and f" {o} " in shown for o in options)


def _answer_offered(asker: Draft, shower: Draft) -> str:
    """The typed or numeric answer of ``asker`` that ``shower`` offers as a wrong option, or ""
    ("Drysdale" a wrong option of a choice, then a typed answer; "2 por ciento" a cloze's wrong
    option, 2 a numeric answer): a reader of the set learns the answer, or learns to rule the
    option out."""
    item = asker.item
    answers = [str(a) for a in item.get("accept", [])[:1]] + [str(g["accept"][0]) for g in item.get("gaps", []) if g.get("accept")]
    if item.get("type") == "numeric":
        answers.append(f"{item['answer']:g}" if isinstance(item["answer"], float) else str(item["answer"]))
    options = _wrong_options(shower)
    for answer in answers:
        needle = checks._normal(answer)
        # ... "May 2024" offers 2024 too (review 9): a year inside a date option.
        year = re.fullmatch(r"1\d{3}|20\d{2}", needle) is not None
        if needle and any(
            option == needle or (needle[0].isdigit() and option.startswith(needle + " ")) or (year and f" {needle} " in f" {option} ")
            for option in options
        ):
            return answer
    return ""


def _wrong_options(draft: Draft) -> list[str]:
    """The wrong options a choice or cloze draft shows, normalised (figures without separators)."""
    item = draft.item
    options = [c for c in item.get("choices", []) if not c.get("correct")]
    options += [o for g in item.get("gaps", []) for o in g.get("options", []) if not o.get("correct")]
    return [checks._normal(re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", str(o["text"]))) for o in options]


def _twin(drafts: list[Draft], draft: Draft, answer: bool, language: str) -> Draft | None:
    """The best other version of a true/false draft's statement (made from the same sentence)
    with ``answer``, held back only as asking the same answer or sentence, and (a false one)
    not given away by the ready drafts."""
    ready = [d for d in drafts if not d.problems]
    for t in drafts:
        if (
            t is not draft and t.item.get("type") == "true_false" and t.item.get("answer") is answer
            and t.paragraph == draft.paragraph and t.item.get("explanation") == draft.item.get("explanation")
            and len(t.problems) == 1 and t.problems[0].startswith(("asks for the same answer", "asks about the same sentence"))
            and (answer or _given_away_by(t, ready, language) is None)
        ):
            return t
    return None


def _given_away_by(draft: Draft, ready: list[Draft], language: str) -> Draft | None:
    """The ready draft that gives away ``draft``, a false statement: it shows the value swapped
    in, or it is a card of the same paragraph showing the value replaced."""
    values = checks.swapped_value(draft, language)
    if values is None:
        return None
    original, value = values
    needle, replaced = f" {checks._normal(value)} ", f" {checks._normal(original)} "
    return next((
        o for o in ready if o is not draft and not o.problems and (
            needle in checks.shown_text(o) or (o.kind == "card" and o.paragraph == draft.paragraph and replaced in checks.shown_text(o))
        )
    ), None)


def _release_alternative(drafts: list[Draft], lost: Draft, language: str, avoid_type: str = "") -> None:
    """``lost`` was held back after the passes that kept one draft per sentence: the best draft
    held back only in its favour (same sentence or same answer) takes its place, if it gives
    away no ready draft, so that the sentence keeps a question."""
    ready = [d for d in drafts if not d.problems]
    for d in drafts:
        if (
            d is lost or d.kind != "question" or d.item.get("type") == avoid_type or len(d.problems) != 1
            or not d.problems[0].startswith(("asks about the same sentence as the better draft", "asks for the same answer"))
            or not d.problems[0].endswith(lost.key)
        ):
            continue
        if d.key in checks.enemy_partners([*ready, d], language):
            continue
        d.problems.clear()
        return


TRUE_SHARE = (0.40, 0.60)  # the linter's cue-tf-balance range


def _balance_true_false(drafts: list[Draft], language: str, text: dict[int, str]) -> None:
    """Keep ready true/false answers 40-60 % true (the linter's cue-tf-balance): while one answer
    is over-represented, the lowest-ranked ready draft with that answer gives its place to its
    twin (the same statement with the other answer, held back only as its duplicate), or, with
    no twin, is held back."""
    def ready(answer: bool) -> list[Draft]:
        return [d for d in drafts if not d.problems and d.item.get("type") == "true_false" and d.item["answer"] is answer]

    for _ in range(len(drafts)):
        true, false = ready(True), ready(False)
        total = len(true) + len(false)
        if total == 0 or TRUE_SHARE[0] <= len(true) / total <= TRUE_SHARE[1]:
            return  # (one statement alone is 0 or 100 % true: the linter's finding too)
        excess, answer = (true, True) if len(true) / total > TRUE_SHARE[1] else (false, False)
        # One or three statements cannot be balanced: the lowest-ranked of the excess goes.
        # Otherwise the lowest-ranked one of the excess that has a twin (the same statement
        # with the other answer, not given away) gives its place to it.
        # (Lazily: the enemy check of a candidate twin runs over the whole ready set.)
        pair = None if total in (1, 3) else next((
            (d, t) for d in reversed(excess)
            if (t := _twin(drafts, d, not answer, language)) is not None and not _clashes(t, [o for o in drafts if not o.problems and o is not d], language, text)
        ), None)
        if pair is None and _borrow_statement(drafts, not answer, language, text):
            continue  # a statement with the missing answer took another sentence's question's place
        last, twin = pair if pair is not None else (excess[-1], None)
        last.problems.append(f"held back to keep true and false answers balanced ({'true' if answer else 'false'} was over {TRUE_SHARE[1]:.0%})")
        if twin is not None:
            twin.problems.clear()
        else:
            _release_alternative(drafts, last, language, avoid_type="true_false")


def _reveals_any(draft: Draft, ready: list[Draft], text: dict[int, str]) -> bool:
    """Whether ``draft`` shows a ready question's choice key or a ready question shows its key."""
    return any(o.kind == "question" and _revealed(draft, o, text) for o in ready if o is not draft)


def _clashes(draft: Draft, ready: list[Draft], language: str, text: dict[int, str]) -> bool:
    """Whether ``draft`` would give away, or be given away by, one of the ready drafts (its
    options or swapped-in value included: see ``_option_clash``)."""
    return (
        _reveals_any(draft, ready, text) or draft.key in checks.enemy_partners([*ready, draft], language)
        or any(_option_clash(draft, o, language) for o in ready if o is not draft and o.kind == "question")
    )


def _borrow_statement(drafts: list[Draft], answer: bool, language: str, text: dict[int, str]) -> bool:
    """Release the best true/false statement with ``answer`` that lost only to another type's
    question on its sentence, if it clashes with no other ready draft: that question is held
    back in its favour. Balancing true and false answers otherwise holds back statements
    whose twins are given away by the set, and a document can be left with none."""
    ready = [d for d in drafts if not d.problems]
    by_key = {d.key: d for d in ready}
    for t in drafts:
        if t.item.get("type") != "true_false" or t.item.get("answer") is not answer or len(t.problems) != 1:
            continue
        match = re.match(r"^asks (?:about the same sentence|for the same answer in the text) as the better draft (\S+)$", t.problems[0])
        blocker = by_key.get(match.group(1)) if match else None
        if blocker is None or blocker.item.get("type") == "true_false":
            continue
        others = [d for d in ready if d is not blocker]
        if (not answer and _given_away_by(t, others, language) is not None) or _clashes(t, others, language, text):
            continue
        blocker.problems.append(f"held back: its sentence is asked as the true/false statement {t.key}, to keep true and false answers balanced")
        t.problems.clear()
        return True
    return False


def _balance_tf_wording(drafts: list[Draft], language: str) -> None:
    """Keep hedging ("some") and absolute ("never") words from predicting true/false answers
    across the ready drafts (the linter's cue-tf-wording): while they do, the lowest-ranked
    flagged statement is held back, and its sentence keeps another question if it can."""
    words = words_for(language)
    for _ in range(len(drafts)):
        ready = [d for d in drafts if not d.problems and d.item.get("type") == "true_false"]
        flagged = {q.id for q, code, _f, _m in lint.check_true_false([checks.bank_question(d) for d in ready], words) if q and code == "cue-tf-wording"}
        if not flagged:
            return
        last = [d for d in ready if d.key in flagged][-1]
        last.problems.append("held back: its hedging or absolute wording would predict the answer across the true/false drafts (cue-tf-wording)")
        _release_alternative(drafts, last, language, avoid_type="true_false")


def _balance_lengths(drafts: list[Draft]) -> None:
    """Keep "always pick the longest (shortest) option" within the linter's margin over chance
    on the ready single-choice drafts (cue-longest-bank, cue-shortest-bank): while it is beaten,
    the lowest-ranked ready draft whose key is that option is held back."""
    for _ in range(len(drafts)):
        ready = [d for d in drafts if not d.problems and d.item.get("type") == "single_choice"]
        figures = lint.length_strategy_figures([checks.bank_question(d) for d in ready])
        over = [name for name, (hit, chance, n) in figures.items() if n >= lint.BANK_MINIMUM and hit > chance + lint.BANK_MARGIN]
        if not over:
            return
        pick = max if over[0] == "longest" else min
        culprit = next(
            (d for d in reversed(ready) if _key_length(d) == pick(len(str(c["text"])) for c in d.item["choices"])), None
        )
        if culprit is None:
            return
        culprit.problems.append(f"held back: the key is the {over[0]} option in too many single-choice drafts (cue-{over[0]}-bank)")


def _key_length(draft: Draft) -> int:
    return next(len(str(c["text"])) for c in draft.item["choices"] if c.get("correct"))


def _spread_types(drafts: list[Draft]) -> list[Draft]:
    """Within a paragraph, a type already ranked loses a little for each repeat, so that the
    best drafts of a paragraph are of several types."""
    counts: dict[tuple[int, str], int] = {}
    overall: dict[str, int] = {}
    for d in drafts:
        qtype = str(d.item.get("type", "card"))
        slot = (d.paragraph, qtype)
        d.score = round(d.score - 0.05 * counts.get(slot, 0) - 0.01 * overall.get(qtype, 0), 4)
        counts[slot] = counts.get(slot, 0) + 1
        overall[qtype] = overall.get(qtype, 0) + 1
    return sorted(drafts, key=lambda d: (-d.score, d.key))


def derive_drafts(paragraphs: Sequence[Paragraph], language: str, *, variant: int = 0) -> list[Draft]:
    """Deterministic: same input -> same output. ``variant`` > 0 asks for other drafts (other
    distractors, other true/false choices, another ranking), as "another draft of this
    paragraph" does. Returns every draft, ready or not, ranked (ready first)."""
    drafts = RuleDrafter().draft(paragraphs, language, variant=variant)
    return check_drafts(drafts, paragraphs, language)


__all__ = ["Draft", "Drafter", "Paragraph", "RuleDrafter", "check_drafts", "derive_drafts"]
