"""Why a card is held back: one list of card checks, as the gap checks have theirs.

A card asks its front and shows its back. The rules that hold a card back were spread over
Builder.definition_problems and Builder.place_front (drafting.py), vague_cards.py,
discourse_fronts.py, famous_settings.famous_person_role and checks.trivial_card; they are
listed here, in two lists, because they run at two moments:

- DEFINITION_CHECKS, while a definition card is drafted (``definition_problems``): what its
  term and definition say alone. Each is a group of exclusive rules (the first that fires in
  a group gives the group's reason): a front that ranks without saying of what ("The main
  fuel"), names a part of something unsaid ("The living part") or is all common words; a front
  that is a place ("The lower Chao Phraya", review 16); a back that leans on another sentence
  ("notarlo") or opens ranking against something unsaid ("Los primeros en ...").
- CARD_CHECKS, while the set is checked (``problems``, beside the gap checks): a back the
  topic's title names, or a front that is the document's own subject (checks.trivial_card); a
  back that only names a class or an undertaking's kind (vague_cards, review 14), or only praises
  and names a class ("Celebrated civil engineer", vague_cards.praised_class); a front that
  is a discourse phrase ("Un caso interesante", kinds7), points to an earlier sentence ("this
  decision") or is an ordinal and a noun alone ("The second approach", kinds13); a famous
  artist's "who was this?" (famous_person_role, kinds7); a definition back another thing of the
  paragraph fits (cut_terms.back_fits_another, kinds12); a term its section heading names and
  describes (topic_titles.title_card, kinds11); a back that is a figure of speech («una especie
  de ...», "like a ...": vague_cards.figurative_back, kinds15) or that its sentence writes of
  another noun (a relative's predicate, an "of" complement: cut_terms.back_of_another_thing,
  kinds15); a back that is no whole phrase, ending on a preposition, an article, a conjunction
  or a clause whose verb was cut off (cut_terms.unfinished_back, kinds16a); a front naming
  what an earlier sentence said by a definite abstract noun alone ("once the principle was
  accepted", «tras la decisión»: discourse_fronts.unnamed_referent_front, kinds17); a term
  card quoting a verb or a predicate ("becomes brittle", «pasta cuaja»:
  discourse_fronts.predicate_front, kinds17); a term card's back opening with a pronoun or a
  possessive whose owner is not on the card ("Its walls thicken": vague_cards.pointing_back,
  kinds17); a term card whose back writes a word of its term ("para-casein" -> "a casein-like
  gel": vague_cards.term_in_back, kinds17); a why-card whose cause is a few everyday words its
  effect calls up ("Because the soil lacked nutrients": causes.obvious_cause, kinds17) or whose
  cause is a rule or a definition ("In legal terms, ..."), or whose effect is an unnamed court's
  ("Explain why the court ...": causes.general_rule_cause, process14); a card
  on what a household acronym stands for ("NATO", «ONU»: household_acronyms.household_acronym_card,
  cards2); a question front keeping an adverb that points to another sentence's time ("when did
  the company then move?": discourse_fronts.leftover_adverb_front, cards2); a "when" card backed
  by the date of another clause of its sentence ("X said last spring that he had seen it in
  1951": discourse_fronts.other_clauses_date, cards2). unnamed_referent_front also reads a
  generic stuff ("when the liquid is cooled") and "the right X" (cards2). A term card whose back
  only ranks its front («El más alto de todo el organismo», "The lowest of the whole tree":
  superlative_back, brief standalone). A term card quoting a pointing word as its term («así»,
  "such ground": vague_cards.pointing_term), or whose back is the word's origin, not its
  meaning ("A Quechua word for warmth", «Palabra que viene de ...»: vague_cards.etymology_back),
  defphrase. A front keeping a time or a place word that stands for what the sentence before
  gives ("at once", "there", «en ese momento»: pointing_time_place_front, brief context). A
front whose subject is a bare ordinal ("the first is money", «el tercero es el clima», "the
latter": discourse_fronts.bare_ordinal_front, fronts4). A definition card judging an episode
("Moravia's change of heart" -> "The main reason ...": discourse_fronts.judging_definition), or
whose front grades a generic noun ("An important phenomenon", «Un fenómeno curioso»:
discourse_front), fronts4. A "who was this?" card whose back is a past role ("Retired harbour
pilot", «Antiguo enólogo») where a sentence naming the person reports a later one ("now chairs
the council", «preside hoy») or where another sentence reports a later role the back does not
give ("was appointed director", «fue nombrado director»), and a term card whose back is a value of the term ("14 degrees of
sugar", «14 grados de azúcar») or a name alone, not what it is (vague_cards.past_role_back,
vague_cards.value_back, cards2). A back naming no fact of the text, only a vague class ("On
several factors.", «De factores que van más allá del derecho.»: vague_cards.nameless_back); a
term card's back that only ranks the term among its kind ("The stage that depends most on the
cellar master's skill", «La etapa más delicada ...»: ranking_only_back); a why-card whose cause
its sentence gives for a relative or subordinate clause ("..., who wear gloves because the brine
cracks their skin": causes.other_clause_cause); a "What does it list?" card whose quoted lead-in
promises two things of each item over a back of bare names ("the wardens and the rules they must
keep": half_list_back), cards3. A definition card whose back says what its front is for ("Closing
the tidal sluice" -> "A measure to keep the silt out": not_a_definition; the drafter asks it as a
purpose, purpose_card) or judges it ("An advantage because ..."); a timeline, item, what-happens
or step card whose back leaves out its subject's second verb («... cierra el mercado y anuncia un
concurso»: half_event_back); a purpose back running on into another event (purpose_runs_on); a
front naming a thing by a grading adjective alone where its paragraph says which ("a low ratio"
of "a low magnesium-to-lithium ratio": unqualified_front); a term card whose back says what the
term is made of where the text says what it is ("A dimer of ..." of "indigotin, the pigment":
composition_back), cards4.

The rules and their tests stay where they were written; this module says which run, and in
what order (a held card's reasons are reported in this order).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizapp.derive import checks, context, garbled, household_acronyms, vague_cards
from quizapp.derive.cut_terms import back_fits_another, back_of_another_thing, unfinished_back
from quizapp.derive.discourse_fronts import (
    DEFINITION_TAGS,
    bare_ordinal_front,
    card_term,
    both_front,
    judging_definition,
    discourse_front,
    leftover_adverb_front,
    ordinal_front,
    other_clauses_date,
    predicate_front,
    unnamed_referent_front,
)
from quizapp.derive.extract import fold
from quizapp.derive.famous_settings import famous_person_role
from quizapp.derive.topic_titles import title_card as heading_names_term
from quizapp.languages import FAMILIAR_WORD_ZIPF, Language

if TYPE_CHECKING:
    from quizapp.derive import Draft
    from quizapp.derive.drafting import Builder


@dataclass(frozen=True)
class DefinitionCard:
    """A definition card's two sides as the draft-time checks read them."""

    term: str
    definition: str
    term_words: list[str]  # the front's words, without its article or possessive
    back_words: list[str]  # the back's words, folded
    head: str  # the back's first word after its article


DefinitionCheck = Callable[["Builder", DefinitionCard], "str | None"]


def ranking_front(b: Builder, d: DefinitionCard) -> str | None:
    """"El material principal", "The main fuel": main among what? The front says of what or
    it asks nothing on its own (the eighth review)."""
    from quizapp.derive.drafting import RANKING_WORDS

    ranking = [w for w in d.term_words if fold(w) in RANKING_WORDS or fold(w) in b.lang.relative_heads]
    named = any(w[:1].isupper() for w in d.term.split()[1:]) or re.search(r"\b(?:of|de|del)\b", d.term)
    if ranking and not named:
        return f"held back: the card's front {d.term!r} ranks something ({ranking[0]!r}) without saying of what: it asks nothing on its own"
    return None


def part_front(b: Builder, d: DefinitionCard) -> str | None:
    """"The living part": a part of something the front does not say."""
    if d.term_words and fold(d.term_words[-1]) in b.lang.relational_nouns:
        return f"held back: the card's front {d.term!r} names a part of something it does not say: it asks nothing on its own"
    return None


def common_words_front(b: Builder, d: DefinitionCard) -> str | None:
    """A front of common words only is no term."""
    if d.term_words and all(b.lang.familiarity(w) >= FAMILIAR_WORD_ZIPF for w in d.term_words):
        return f"held back: the card's front {d.term!r} is common words, not a term: it does not say what it asks"
    return None


def place_front(b: Builder, d: DefinitionCard) -> str | None:
    """"The lower Chao Phraya" -> "A flat, low-lying delta ..." (review 16): a place is no term;
    what the text says of it is general geography, and the front has many backs."""
    if (place := b.place_front(d.term)) is not None:
        return f"held back: the card's front {d.term!r} is a place ({place!r}), not a term: what the text says of it is one of many true backs"
    return None


def leaning_back(b: Builder, d: DefinitionCard) -> str | None:
    """A back with an object pronoun ("notarlo") refers to a sentence the card does not show."""
    leaning = [w for w in d.back_words if w in b.lang.object_pronouns or b.lang.joined_pronoun.fullmatch(w)]
    if leaning:
        return f"held back: the card's back leans on another sentence ({leaning[0]!r} refers to something it does not say)"
    return None


def ranking_back(b: Builder, d: DefinitionCard) -> str | None:
    """"Los primeros en ...": a back ranked against something unsaid is a fragment."""
    if d.head in b.lang.relative_heads:
        return f"held back: the card's back opens with {d.head!r}, which ranks against something it does not say: a fragment, not a definition"
    return None


# A back that only ranks its front among things of its kind ("The lowest of the whole tree",
# «El más alto de todo el organismo», «La mayor de la comarca»): a superlative and its "of",
# no noun between, says where the thing stands, never what it is (brief standalone).
SUPERLATIVE_BACK = {
    "en": re.compile(r"^(?:the\s+)?(?:(?:most|least)\s+[^\W\d_]+|[^\W\d_]+est|best|worst|largest|biggest)\s+(?:of|in|among|on)\b", re.IGNORECASE),
    "es": re.compile(r"^(?:(?:el|la|los|las|lo)\s+)?(?:(?:m[aá]s|menos)\s+[^\W\d_]+|mayor|mayores|menor|menores|mejor|mejores|peor|peores)\s+(?:de|del|entre|en)\b", re.IGNORECASE),
}

# Words ending in "-est" that are no superlative: "The forest of ...", "A harvest of ...".
EST_NOUNS = context.folded_words("""forest forests interest interests harvest harvests west test tests chest nest nests quest
    contest contests protest protests request requests crest guest guests rest priest priests conquest inquest
    manifest arrest behest midwest northwest southwest""")


# Groups of exclusive rules: the first rule of a group that fires gives the group's reason.
DEFINITION_CHECKS: tuple[tuple[DefinitionCheck, ...], ...] = (
    (ranking_front, part_front, common_words_front),
    (place_front,),
    (leaning_back, ranking_back),
)


def definition_problems(b: Builder, term: str, definition: str) -> list[str]:
    """Why a term <-> definition card does not stand alone (DEFINITION_CHECKS), held back."""
    term_words = [w for w in re.findall(r"[^\W\d_]+", term) if fold(w) not in b.noun_openers]
    back_words = [fold(w) for w in re.findall(r"[^\W\d_]+", definition)]
    head = next((w for w in back_words if w not in b.noun_openers), "")
    card = DefinitionCard(term, definition, term_words, back_words, head)
    problems = []
    for group in DEFINITION_CHECKS:
        for check in group:
            if (why := check(b, card)) is not None:
                problems.append(why)
                break
    return problems


@dataclass(frozen=True)
class CardContext:
    """What the set-time card checks read: the language (its rules and its code), the
    document's headings (its title first), the titles above each paragraph
    (topic_titles.topic_titles) and each paragraph's text."""

    lang: Language
    language: str
    headings: list[str]
    titles: dict[int, list[str]] = field(default_factory=dict)
    text: dict[int, str] = field(default_factory=dict)


CardCheck = Callable[["Draft", CardContext], "list[str]"]


def title_card(draft: Draft, ctx: CardContext) -> list[str]:
    """A back the topic's title names, a front that is the document's subject (checks.trivial_card)."""
    return checks.trivial_card(draft, ctx.headings, ctx.language)


def vague_back(draft: Draft, ctx: CardContext) -> list[str]:
    """"La formación de los fondos" -> "Un proceso lento" (vague_cards.vague_definition)."""
    return vague_cards.vague_definition(draft, ctx.lang)


def praised_class_back(draft: Draft, ctx: CardContext) -> list[str]:
    """"John Rennie: who was this?" -> "Celebrated civil engineer" (vague_cards.praised_class, kinds11)."""
    return vague_cards.praised_class(draft, ctx.lang)


def discourse_phrase_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"Un caso interesante", "The key point" (discourse_fronts.discourse_front)."""
    return discourse_front(draft, ctx.lang)


def famous_artist(draft: Draft, ctx: CardContext) -> list[str]:
    """"Walter Scott: who was this?" -> Poet (famous_settings.famous_person_role)."""
    return famous_person_role(draft, ctx.lang)


def pointing_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"What did this decision change?", «¿Qué cambió aquella sentencia?»: a demonstrative
    pointing to an earlier sentence (context.demonstrative_reference, kinds13)."""
    pointer = context.demonstrative_reference(context.asked_text(draft), ctx.lang)
    return [f"held back: the card's front {pointer!r} points to something an earlier sentence names, which the learner is not shown"] if pointer else []


def pointing_time_place_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"Explain why the yeast can begin at once.", «¿qué se secaba allí?»: a time or a place word
    standing for what the sentence before gives (context.pointing_time_or_place, brief context);
    a front quoting that sentence first reads whole."""
    pointer = context.first_sentence_pointer(str(draft.item.get("front", "")), ctx.lang)
    return [f"held back: the card's front keeps {pointer!r}, which stands for a time or a place the sentence before gives: the learner is not shown it"] if pointer else []


def unnamed_referent(draft: Draft, ctx: CardContext) -> list[str]:
    """"What happened once the principle was accepted?", «¿Qué ocurrió tras la decisión?»: a
    definite abstract noun taking up an earlier sentence, without saying which
    (discourse_fronts.unnamed_referent_front, kinds17); "when the liquid is cooled", "when the
    right ions meet": a generic stuff or a "right" thing taken up the same way (cards2)."""
    return unnamed_referent_front(draft, ctx.lang, ctx.headings)


def ordinal_noun_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"The second approach", «La tercera línea» (discourse_fronts.ordinal_front, kinds13)."""
    return ordinal_front(draft, ctx.lang)


def fits_another_thing(draft: Draft, ctx: CardContext) -> list[str]:
    """A definition back another thing of the same paragraph fits (cut_terms.back_fits_another, kinds12)."""
    return back_fits_another(draft, ctx.text.get(draft.paragraph, ""), ctx.lang)


def figurative_back(draft: Draft, ctx: CardContext) -> list[str]:
    """«una especie de conversación ...», "like tiny fingers": a figure of speech, not what the
    thing is (vague_cards.figurative_back, kinds15)."""
    return vague_cards.figurative_back(draft, ctx.lang)


def another_things_back(draft: Draft, ctx: CardContext) -> list[str]:
    """A back its sentence writes of another noun (a relative's predicate, an "of" complement:
    cut_terms.back_of_another_thing, kinds15)."""
    return back_of_another_thing(draft, ctx.text.get(draft.paragraph, ""), ctx.lang)


def heading_term(draft: Draft, ctx: CardContext) -> list[str]:
    """"exokarst" under «Formas de superficie: el exokarst»: the section's heading names the
    term and says what it is (topic_titles.title_card, kinds11)."""
    return heading_names_term(draft, ctx.titles.get(draft.paragraph, []), ctx.lang)


def verb_phrase_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"What is meant by “becomes brittle”?", «¿a qué se llama «grasa»?» from «vuelve soluble la
    grasa, es decir, ...»: a verb or a predicate quoted as a term (discourse_fronts.predicate_front,
    kinds17)."""
    return predicate_front(draft, ctx.lang, ctx.text.get(draft.paragraph, ""))


def pointing_back(draft: Draft, ctx: CardContext) -> list[str]:
    """"Its fibres take up the tannin", «Sus gránulos absorben agua»: a term card's back opening
    with a pronoun or possessive whose owner is not on the card (vague_cards.pointing_back, kinds17)."""
    return vague_cards.pointing_back(draft, ctx.lang)


def term_in_back(draft: Draft, ctx: CardContext) -> list[str]:
    """"para-casein" -> "A casein-like gel", «agua residual» -> «El agua que quedaba»: the term
    gives its definition away (vague_cards.term_in_back, kinds17)."""
    return vague_cards.term_in_back(draft, ctx.lang)


def obvious_cause(draft: Draft, ctx: CardContext) -> list[str]:
    """"Why did the growers buy fertiliser? -> Because the soil lacked nutrients": a why-card whose
    cause anyone would give (causes.obvious_cause, kinds17)."""
    from quizapp.derive.causes import obvious_cause as everyday_cause  # causes reads drafting, which reads this module

    return everyday_cause(draft, ctx.lang)


def general_rule(draft: Draft, ctx: CardContext) -> list[str]:
    """"In legal terms, a complaint becomes moot when ..., so the court need not rule": a
    why-card whose cause is a rule or a definition, not the text's reason, or whose effect is an
    unnamed court's (causes.general_rule_cause, process14)."""
    from quizapp.derive.causes import general_rule_cause  # causes reads drafting, which reads this module

    return general_rule_cause(draft, ctx.lang, ctx.text)


def household_acronym(draft: Draft, ctx: CardContext) -> list[str]:
    """"NATO" -> "North Atlantic Treaty Organization", «¿a qué se llama «FIFA»?»: what a
    household acronym stands for is general knowledge (household_acronyms.household_acronym_card,
    cards2)."""
    return household_acronyms.household_acronym_card(draft, ctx.lang)


def leftover_adverb(draft: Draft, ctx: CardContext) -> list[str]:
    """"When did the company then move its office?", «¿cuándo ya vendía velas el taller?»: an
    adverb pointing to another sentence's time (discourse_fronts.leftover_adverb_front, cards2)."""
    return leftover_adverb_front(draft, ctx.lang)


def another_clauses_date(draft: Draft, ctx: CardContext) -> list[str]:
    """"When did Pike say ... that he had seen the pans?" -> 1951, the seeing's date: a "when"
    card backed by the date of another clause (discourse_fronts.other_clauses_date, cards2)."""
    return other_clauses_date(draft, ctx.lang, ctx.text.get(draft.paragraph, ""))


def cut_back(draft: Draft, ctx: CardContext) -> list[str]:
    """A back that is no whole phrase: it ends on a preposition, an article or a conjunction,
    or on a clause whose verb its sentence writes after the cut (cut_terms.unfinished_back,
    kinds16a)."""
    return unfinished_back(draft, ctx.text.get(draft.paragraph, ""), ctx.lang)


def garbled_text(draft: Draft, ctx: CardContext) -> list[str]:
    """«Según el texto, ¿qué ocurre cuando la sal que se?», «Nombre de especie que vive en ...»
    (of «el nombre de la especie»), "..., the": a front ending on a function word, a side keeping
    an article without its noun or dropping one its sentence writes (garbled.garbled_card, garble)."""
    return garbled.garbled_card(draft, ctx.lang, ctx.text)


def superlative_back(draft: Draft, ctx: CardContext) -> list[str]:
    """«El potencial de la célula guarda» -> «El más alto de todo el organismo», "The lowest of
    the whole tree": a term card's back that is a rank, not what the front is (the value or a
    definition; brief standalone)."""
    if not DEFINITION_TAGS & set(draft.item.get("tags", [])):
        return []
    back = str(draft.item.get("back", "")).strip()
    found = SUPERLATIVE_BACK.get(ctx.lang.code, SUPERLATIVE_BACK["en"]).match(back)
    if found and not {fold(w) for w in found.group().split()} & EST_NOUNS:  # "the forest of Bussaco"
        return [f"held back: the card's back {found.group()!r}... only ranks its front among things of its kind: a fragment that never says what it is"]
    return []


# A term card's back that says only where the term ranks among things of its kind (cards3): a
# class noun whose one qualifier is a superlative or a ranking relative ("The most productive
# grazing of the farm", "The stage that depends most on the cellar master's skill", "The pest
# that causes the greatest losses", «La etapa más delicada de toda la elaboración», «la plaga que
# más daño causa»). It is a remark on the thing, true of it alone perhaps, but not what it is
# or does; a second clause after it ("..., in which the cheeses rest on boards") says that.
_EST_WORDS = r"(?!(?:forest|harvest|interest|west|test|chest|nest|rest|guest|priest|quest|request|contest|protest|digest|suggest|invest|arrest|attest|ingest|manifest|honest|modest|conquest|crest)\b)"
_EN_RANK = rf"(?:most|least|best|worst|{_EST_WORDS}[a-z]{{2,}}est)"
RANKING_BACK = {
    "en": re.compile(
        rf"^(?:the|a|an)\s+(?:(?:most|least)\s+[a-z\-]+|best|worst|{_EST_WORDS}[a-z]{{2,}}est)\s+(?:[a-z\-]+\s+){{0,2}}?[a-z\-]+"
        r"(?:\s+(?:of|in|on|among|at)\s+[^,;:]+)?$"
        r"|^(?:the|a|an)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+\s+(?:that|which|who|where|in which)\s+(?:[a-z\-']+\s+){0,3}?"
        rf"(?:the\s+)?{_EN_RANK}\b(?!\s+of\b)[^,;:]*$",
        re.IGNORECASE),
    "es": re.compile(
        r"^(?:el|la|los|las|un|una)\s+[a-záéíóúñ\-]+(?:\s+[a-záéíóúñ\-]+)?\s+(?:más|menos)\s+[a-záéíóúñ\-]+(?:\s+(?:de|del|en|entre)\s+[^,;:]+)?$"
        r"|^(?:el|la|los|las|un|una)\s+(?:[a-záéíóúñ\-]+\s+){0,2}?[a-záéíóúñ\-]+\s+(?:que|donde|en\s+(?:el|la|los|las)\s+que)\s+(?:[a-záéíóúñ\-]+\s+){0,3}?"
        r"(?:(?:más|menos)(?!\s+(?:de|que)\b)|(?:el|la|los|las)\s+(?:mayor|menor|mejor|peor)(?:es)?)\b[^,;:]*$",
        re.IGNORECASE),
}

# Superlatives of place, depth, extent or time: "the highest point of a ridge", "the lowest layer
# of the bog", «la capa más profunda» define by where the thing lies, not by a remark on it.
PLACING_SUPERLATIVES = context.folded_words("""highest lowest deepest shallowest uppermost lowermost outermost innermost topmost bottommost
    farthest furthest nearest closest earliest latest oldest youngest northernmost southernmost easternmost westernmost
    distant remote external internal recent ancient northerly southerly easterly westerly
    alto alta altos altas bajo baja bajos bajas profundo profunda profundos profundas superficial superficiales externo externa
    externos externas interno interna internos internas cercano cercana lejano lejana antiguo antigua antiguos antiguas reciente
    recientes septentrional meridional oriental occidental""")
REASON_TAIL = re.compile(r",\s+(?:because|since|as|so|porque|ya que|pues|puesto que|dado que)\b.*$", re.IGNORECASE)
SECOND_CLAUSE = frozenset(("that", "which", "who", "where", "whose", "and", "que", "donde", "cuyo", "cuya", "y"))


def ranking_only_back(draft: Draft, ctx: CardContext) -> list[str]:
    """"lowland pasture" -> "The most productive grazing of the farm", "curing" -> "The stage
    that depends most on the cellar master's skill", «afinado» -> «La etapa más delicada de toda
    la elaboración»: a term card's back that only ranks the term among its kind, a property, not
    what it is (cards3)."""
    if not DEFINITION_TAGS & set(draft.item.get("tags", [])):
        return []
    back = str(draft.item.get("back", "")).strip().rstrip(".")
    # (a reason after it is no second qualifier: «El método que más usa la cooperativa, porque ...»)
    ranked = REASON_TAIL.sub("", back)
    found = RANKING_BACK.get(ctx.lang.code, RANKING_BACK["en"]).match(ranked)
    words = re.findall(r"[^\W\d_]+", ranked.lower())
    if found is None or len([w for w in words if w in SECOND_CLAUSE]) > 1:
        return []  # "the stage that lasts longest and in which the cheeses rest on boards": it says what it is
    if any(w in PLACING_SUPERLATIVES or (w in ("most", "least", "más", "menos") and fold(n) in PLACING_SUPERLATIVES)
           for w, n in zip(words, [*words[1:], ""])):
        return []  # "The lowest layer of the bog", «la capa más profunda de la turbera»: where it lies says what it is
    return [f"held back: the card's back {back!r} only ranks its front among things of its kind: a property of it, not what it is or does"]


def general_word_term(draft: Draft, ctx: CardContext) -> list[str]:
    """«¿a qué se llama «bellota»?», "what is meant by 'stem'?": a word general text writes,
    which a reader defines without the text (vague_cards.general_term, termcards)."""
    return vague_cards.general_term(draft, ctx.lang, ctx.text.get(draft.paragraph, ""))


def group_of_people_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"Welsh farmers" -> "The loudest voices on the British side": a group of the story, no
    term (vague_cards.story_group, termcards)."""
    return vague_cards.story_group(draft, ctx.lang)


def response_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"WHC's answer" -> "A backup plant ...": someone's answer, not a term (vague_cards.response_front)."""
    return vague_cards.response_front(draft, ctx.lang)


def adverbial_term(draft: Draft, ctx: CardContext) -> list[str]:
    """A term card whose term opens with the adverb or adverbial its sentence opened with
    ("what is meant by “today vulcanization”?", «¿a qué se llama «hoy la vulcanización»?»,
    "In 1850 calendering"): the term is cut from the sentence's start, and the card asks for
    no thing a reader could name (a fresh review of an unseen text). The drafter cuts a term
    after such a modifier (definitions._defined_in); a term cut anywhere else is held."""
    if not DEFINITION_TAGS & set(draft.item.get("tags", [])):
        return []
    term = card_term(draft)
    if (lead := ctx.lang.fronted_adverbial.match(term)) is not None:
        return [f"held back: the card's term {term!r} opens with its sentence's adverbial ({lead.group().strip(' ,')!r}), not with the thing it names"]
    return []


def second_sentence_back(draft: Draft, ctx: CardContext) -> list[str]:
    """A card's back that goes on past its answer into a second sentence ("The process that
    hardens raw rubber at 140 degrees approx. It was patented in 1844."): the card's answer is
    the first sentence; the second is another fact the front does not ask (a fresh review of an
    unseen text). Sentences as the language splits them (an abbreviation or an initial ends none)."""
    back = str(draft.item.get("back", "")).strip()
    spans = ctx.lang.split_sentences(back)
    if len(spans) > 1:
        second = back[spans[1][0]:spans[1][1]].strip()
        return [f"held back: the card's back adds a second sentence ({second!r}) beyond its answer"]
    return []


def bare_judging_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"Explain why the drawback is a loss of tannins": the drawback of what? (vague_cards.bare_judging_front, fronts3)."""
    return vague_cards.bare_judging_front(draft, ctx.lang)


def ordinal_subject_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"Explain why the first is money, the second is politics, ...", «¿por qué el tercero es el
    clima?»: the first what? (discourse_fronts.bare_ordinal_front, fronts4)."""
    return bare_ordinal_front(draft, ctx.lang)


def both_of_before_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"When did Ambas send their tiles to the fair?": both what? (discourse_fronts.both_front, full-fronts)."""
    return both_front(draft, ctx.lang)


def episode_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"Moravia's change of heart" -> "The main reason the project moved at all": a judgement of
    an episode, no term (discourse_fronts.judging_definition, fronts4)."""
    return judging_definition(draft, ctx.lang)


def clipped_later_role(draft: Draft, ctx: CardContext) -> list[str]:
    """"Ana Ruiz: who was this?" -> "Later project scientist" (of what?): a role clipped from a
    later clause (vague_cards.clipped_role, termcards)."""
    return vague_cards.clipped_role(draft, ctx.lang)


def past_role(draft: Draft, ctx: CardContext) -> list[str]:
    """"Jonah Pell: who was this?" -> "Retired harbour pilot" where the text says he now chairs
    the council: a past role where the text reports a later one (vague_cards.past_role_back, cards2)."""
    return vague_cards.past_role_back(draft, ctx.lang, ctx.text)


def thin_person_label(draft: Draft, ctx: CardContext) -> list[str]:
    """"Elias Marlowe: who was this?" -> "Merchant from Halbury" where the text says he founded
    the ice export trade and was known as the Ice King: a thin label where the text gives a
    defining fact (vague_cards.thin_person_back, fresh review)."""
    return vague_cards.thin_person_back(draft, ctx.lang, ctx.text)


def value_of_term_back(draft: Draft, ctx: CardContext) -> list[str]:
    """«umbral de prensado» -> «14 grados de azúcar ...»: a value of the term, or a name alone,
    not what the term is (vague_cards.value_back, cards2)."""
    return vague_cards.value_back(draft, ctx.lang)


def fragment_card(draft: Draft, ctx: CardContext) -> list[str]:
    """"What is meant by “pump pressure instead”?" -> "Used pump pressure instead": a term or a
    back cut from a clause, ending on an adverb that sets it against another or a predicate cut
    from its subject (vague_cards.fragment_card, brief tfunits)."""
    return vague_cards.fragment_card(draft, ctx.lang, ctx.text.get(draft.paragraph, ""))


def pointing_term(draft: Draft, ctx: CardContext) -> list[str]:
    """«¿a qué se llama «así»?», "what is meant by “such ground”?": a pointing word quoted as
    the term (vague_cards.pointing_term, defphrase)."""
    return vague_cards.pointing_term(draft, ctx.lang)


def nameless_back(draft: Draft, ctx: CardContext) -> list[str]:
    """"What will the dairy's future depend on?" -> "On several factors.", «De factores que van
    más allá del derecho.»: a back naming no fact of the text, only a vague class
    (vague_cards.nameless_back, cards3)."""
    return vague_cards.nameless_back(draft, ctx.lang)


def other_clause_cause(draft: Draft, ctx: CardContext) -> list[str]:
    """"Explain why the cheeses are turned by the cellar hands, who wear gloves." -> "Because the
    brine cracks their skin.": a cause its sentence gives for a relative or a subordinate clause,
    not for the front's effect (causes.other_clause_cause, cards3)."""
    from quizapp.derive.causes import other_clause_cause as cause_of_another  # causes reads drafting, which reads this module

    return cause_of_another(draft, ctx.lang, ctx.text)


def etymology_back(draft: Draft, ctx: CardContext) -> list[str]:
    """"frazadas" -> "A Quechua word for warmth": the word's origin, not its meaning
    (vague_cards.etymology_back, defphrase)."""
    return vague_cards.etymology_back(draft, ctx.lang)


# A step card's front ("In the making of a barrel, what does cutting consist of?", «En la
# fabricación de un tonel, ¿en qué consiste el corte?") and the words opening a back with no
# noun subject: a pronoun, a bare verb ("It is cut to length", "Is cut to the right length",
# "Being hooped", «Se corta a la medida justa»).
STEP_NAME = {"en": re.compile(r"what does (?P<name>.+?) consist of\?$", re.IGNORECASE),
             "es": re.compile(r"¿en qué consiste (?P<name>.+?)\?$", re.IGNORECASE)}
NO_SUBJECT_OPENERS = {
    "en": frozenset(("it", "they", "this", "these", "that", "those", "is", "are", "was", "were", "be", "being", "been", "gets", "get",
                     "got", "has", "have", "had", "can", "must", "should")),
    # (not «la», «los»: an article as often as a pronoun, «La leche se espesa»)
    "es": frozenset(("se", "es", "son", "era", "eran", "fue", "esto", "ello", "consiste")),
}
NOUN_OPENERS = {
    "en": frozenset(("the", "a", "an", "its", "their", "each", "every", "all", "both", "his", "her", "some")),
    "es": frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "cada", "todo", "toda", "todos", "todas")),
}


def _action_stem(word: str) -> str:
    """A word's action stem, enough to see "cutting", "cut", "cuts" and «corte», «corta» alike."""
    word = fold(word).lower()
    for suffix in ("ing", "ed", "es", "s", "e", "a", "o", "ar", "er", "ir", "ado", "ada", "ados", "adas"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]  # "cutt" -> "cut"
    return word[:5]


def restating_step_back(draft: Draft, ctx: CardContext) -> list[str]:
    """A step card whose back says nothing of what is done to what: it opens with no noun subject
    ("It is cut to the right length", "Is cut to length", "Being hooped tightly", «Se corta a la
    medida justa»), or only restates the step's own word ("Cut to length" for cutting): the
    front's name, said again, with no thing the step works on (brief promptgives2)."""
    if "step" not in draft.item.get("tags", []):
        return []
    code = "es" if ctx.language.startswith("es") else "en"
    found = STEP_NAME[code].search(str(draft.item.get("front", "")))
    words = re.findall(r"[^\W\d_]+", str(draft.item.get("back", "")))
    if found is None or not words:
        return []
    first = fold(words[0]).lower()
    following = [fold(w).lower() for w in words[1:3]]
    name_words = [w for w in re.findall(r"[^\W\d_]+", found.group("name")) if fold(w).lower() not in NOUN_OPENERS[code]]
    if len(name_words) > 1:
        return []  # «el cepillado de la cara», "cutting the staves": the front names what the step works on
    name_stems = {_action_stem(w) for w in name_words}
    if code == "es" and first == "se":
        # «Se cortan las duelas»: the subject after the verb; «Se corta a la medida»: none.
        if len(following) > 1 and following[1] in NOUN_OPENERS[code]:
            return []
        return [f"held back: the step card's back has no subject ({draft.item['back']!r}): it does not say what is done to what"]
    if first in NO_SUBJECT_OPENERS[code]:
        return [f"held back: the step card's back has no subject ({draft.item['back']!r}): it does not say what is done to what"]
    if _action_stem(first) in name_stems and not (following and following[0] in NOUN_OPENERS[code]):
        return [f"held back: the step card's back only restates the step's name ({draft.item['back']!r}): it does not say what is done to what"]
    return []


MAX_BARE_LEAD_WORDS = 3  # "The family:", «La familia de Blas:» is a noun alone; "The crew kept four rules:" says what


def bare_list_lead(draft: Draft, ctx: CardContext) -> list[str]:
    """A list card asking the meta-question ("What does it list?", «¿Qué enumera?») of a lead-in
    that is a noun alone ("The family:", «Los socios:»): the front names no thing whose members
    it asks, so it asks nothing a reader can answer (brief promptgives2)."""
    if "list" not in draft.item.get("tags", []):
        return []
    front = str(draft.item.get("front", ""))
    for key in ("list_card", "list_card_under"):
        template = ctx.lang.prompt(key, lead="\x00", heading="\x01")
        pattern = re.escape(template).replace("\x00", "(?P<lead>.+?)").replace("\x01", ".+?")
        if found := re.fullmatch(pattern, front, re.DOTALL):
            words = re.findall(r"[^\W\d_]+", found.group("lead"))
            if words and len(words) <= MAX_BARE_LEAD_WORDS and found.group("lead").rstrip().endswith(":"):
                return [f"held back: the list card quotes a noun alone ({found.group('lead')!r}) and asks what it lists: it names no thing whose members it asks"]
    return []


# A lead-in promising two things of each item, the second related to the first ("the wardens
# and the rules they must keep", "the wardens and their duties", «los guardas y las normas que
# deben cumplir», «los socios y sus obligaciones»), cards3. A back of bare names gives the one
# and not the other: the card's quoted front asks more than its back answers.
PAIRED_LEAD = {
    "en": re.compile(r"\b(?:and\s+(?:(?:their|its|his|her)\s+[a-z\-]+|the\s+(?:[a-z\-]+\s+)?[a-z\-]+s\s+(?:that|which|who|they|each|it|he|she|of each|for each)\b"
                     r"|(?:what|how|where|when|why)\s+(?:each|every|they|it)\b|the\s+[a-z\-]+s\s+[a-z]+(?:ed|ing)\s+(?:to|with)\s+(?:them|each|it)\b)|with\s+(?:their|its)\s+(?!own\b)[a-z\-]+)", re.IGNORECASE),
    "es": re.compile(r"\b(?:(?:y|e)\s+(?:(?:sus|su)\s+[a-záéíóúñ\-]+|(?:los|las)\s+[a-záéíóúñ\-]+\s+(?:que|de\s+cada|cuy[oa]s?)\b"
                     r"|(?:lo\s+que|qué|cómo|dónde|cuándo)\s+(?:cada|hace|hacen|debe|deben)\b|(?:los|las)\s+[a-záéíóúñ\-]+\s+[a-záéíóúñ]+(?:ad|id)[oa]s\s+(?:a|con)\s+(?:ell[oa]s|cada)\b)|con\s+(?:sus|su)\s+[a-záéíóúñ\-]+)", re.IGNORECASE),
}
# An item of the back that pairs its name with something (a comma, a colon, a dash, a relative).
PAIRED_ITEM = re.compile(r"[,:(—–]|\s-\s|\b(?:who|which|that|que|quien|quienes)\b", re.IGNORECASE)


def half_list_back(draft: Draft, ctx: CardContext) -> list[str]:
    """"The text introduces a list: “The yard's charter names the wardens and the rules they
    must keep:” What does it list?" -> "Tom Ashby; Ruth Kell; Ned Parry.": the quoted lead-in
    promises each item's rules, the back gives the names alone; a reader told the card's answer
    has learnt half of what it asks (cards3)."""
    if "list" not in draft.item.get("tags", []):
        return []
    front = str(draft.item.get("front", ""))
    items = [i.strip() for i in str(draft.item.get("back", "")).rstrip(".").split(";")]
    for key in ("list_card", "list_card_under"):
        template = ctx.lang.prompt(key, lead="\x00", heading="\x01")
        pattern = re.escape(template).replace("\x00", "(?P<lead>.+?)").replace("\x01", ".+?")
        if (found := re.fullmatch(pattern, front, re.DOTALL)) is None:
            continue
        paired = PAIRED_LEAD.get(ctx.lang.code, PAIRED_LEAD["en"]).search(found.group("lead"))
        if paired is not None and not any(PAIRED_ITEM.search(i) for i in items):
            return [f"held back: the list card's lead-in promises two things of each item ({paired.group().strip()!r}) and its back gives one: "
                    f"it answers half of what it asks"]
    return []


def cut_event_back(draft: Draft, ctx: CardContext) -> list[str]:
    """A timeline card whose back is an event cut as an ordering's step would be («¿qué ocurrió
    en 1967?» → «Concluye el tramo»: which stretch? ``trivial_gaps.cut_step_reason``): the back
    does not say what happened (fresh review, session 17)."""
    from quizapp.derive.trivial_gaps import cut_step_reason  # (trivial_gaps reads drafts of every kind; loaded for a card only)

    if "list-date" not in draft.item.get("tags", []):
        return []
    back = str(draft.item.get("back", ""))
    if (why := cut_step_reason(back, ctx.lang)) is not None:
        return [f"held back: the card's back {why.removeprefix('its step ')}: it does not say what happened"]
    return []


# cards4 (issue 10): a definition card whose back says what its front was FOR, or judges it,
# answers no "what is it?" ("Closing the border crossing" -> "A measure to stop the smuggling":
# its purpose; "A low ratio" -> "An advantage because ..."). A purpose back is asked as one
# ("What was closing the border crossing for?", «¿Para qué sirvió cerrar el paso?»: purpose_card),
# else the card is held (not_a_definition).
#
# Heads that only an undertaking takes ("a measure", "an attempt", «una medida», «un intento»),
# whatever names it, and heads a method or a tool takes too ("a way", "a means", «una forma»):
# those say a purpose only of a front that is an action ("Flooding the pans"), not of a term
# ("The Leblanc process is a method for making soda ash": its definition).
UNDERTAKING_HEADS = {
    "en": "measure|measures|attempt|attempts|effort|efforts|bid|step|steps|move|ploy|tactic|gesture|manoeuvre|precaution",
    "es": "medida|medidas|intento|intentos|esfuerzo|esfuerzos|paso|pasos|gesto|maniobra|precaución|táctica",
}
METHOD_HEADS = {
    "en": "way|ways|means|method|methods|tool|device|technique|strategy|trick|remedy",
    "es": "forma|manera|modo|medio|método|herramienta|técnica|estrategia|truco|remedio|recurso|vía",
}
PURPOSE_BACK = {
    "en": (r"^(?:a|an)\s+(?:[a-z\-]+(?:,|\s+and)?\s+){0,3}(?P<head>{heads})\s+(?:(?P<to>(?:(?:meant|intended|designed)\s+)?to\s+(?=[a-z]+\b))"
                     r"|(?P<for>for\s+(?=[a-z]+ing\b))|(?:of|aimed\s+at)\s+(?=[a-z]+ing\b))(?P<rest>.+)$"),
    "es": (r"^(?:un|una|unas|unos)\s+(?P<head>{heads})(?:,?\s+(?:y\s+)?[a-záéíóúñ]+){0,3}?\s+(?:para|de(?=\s+[a-záéíóúñ]+(?:ar|er|ir)(?:l[oa]s?|se|les?)?\b)"
                     r"|con\s+(?:el|la)\s+(?:fin|objeto|objetivo|finalidad)\s+de|destinad[oa]s?\s+a|encaminad[oa]s?\s+a)\s+(?P<rest>.+)$"),
}
# A front that is an action on a thing, not a term: a gerund or an infinitive and its object
# ("Closing the border crossing", «Cerrar el paso fronterizo»).
# Or an action's noun and what it acts on ("The raking of the crystals", «El rastrillado de los
# cristales», «La limpieza de las eras»).
ACTION_FRONT = {
    "en": re.compile(r"^(?:[A-Za-z]+ing\s+(?:the|a|an|its|their|his|her|our|this|these|those|some|all|each|every|both|\d+)\b"
                     r"|(?:The\s+)?[A-Za-z]+(?:ing|tion|sion|ment|al)\s+of\b)"),
    "es": re.compile(r"^(?:[A-Za-záéíóúñÁÉÍÓÚÑ]+(?:ar|er|ir)(?:l[oa]s?|se|les?)?\s+(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|cada|todo|toda|todos|todas|\d+)\b"
                     r"|(?:El|La|Los|Las)\s+[a-záéíóúñ]+(?:ado|ada|ido|ida|ción|sión|miento|aje|eza|ura)s?\s+(?:de|del)\b)"),
}
# A back that judges its front ("An advantage because ...", «Un desastre porque ...»): no
# definition, an assessment.
JUDGING_BACK = {
    "en": re.compile(r"^(?:a|an|the)\s+(?:(?:real|great|big|major|serious|clear|huge|main|key)\s+)?(?:advantage|disadvantage|drawback|benefit|problem|mistake|error|success|failure"
                     r"|disaster|blessing|boon|handicap|risk|asset|liability|nuisance|setback)\b", re.IGNORECASE),
    "es": re.compile(r"^(?:un|una|el|la)\s+(?:(?:gran|verdadero|verdadera|serio|seria|claro|clara)\s+)?(?:ventaja|desventaja|inconveniente|beneficio|problema|error|acierto|éxito"
                     r"|fracaso|desastre|bendición|lastre|riesgo|handicap|hándicap|estorbo|contratiempo)\b", re.IGNORECASE),
}
PURPOSE_VERB = {  # the copula's tense, for the purpose question
    "en": {"is": "is", "was": "was", "are": "are", "were": "were"},
    "es": {"es": "sirve", "son": "sirven", "era": "servía", "eran": "servían", "fue": "sirvió", "fueron": "sirvieron"},
}


def purpose_back(term: str, definition: str, code: str) -> re.Match[str] | None:
    """The purpose a definition's back gives its front ("A measure to keep the silt out" of
    "Closing the sluice"), or None when the back says what the front is."""
    code = "es" if code.startswith("es") else "en"
    found = re.match(PURPOSE_BACK[code].replace("{heads}", f"{UNDERTAKING_HEADS[code]}|{METHOD_HEADS[code]}"), definition.strip(), re.IGNORECASE)
    if found is None:
        return None
    if re.fullmatch(UNDERTAKING_HEADS[code], found.group("head"), re.IGNORECASE) or ACTION_FRONT[code].match(term.strip()):
        return found
    return None


def purpose_card(term: str, definition: str, copula: str, lang: Language) -> tuple[str, str] | None:
    """A definition whose back says what its front is for, asked as such: ("Closing the tidal
    sluice", "a measure to keep the silt out of the pans", "was") -> ("According to the text, what
    was closing the tidal sluice for?", "To keep the silt out of the pans."); «Cerrar la compuerta»
    / «una medida para impedir ...» / «fue» -> «Según el texto, ¿para qué sirvió cerrar la
    compuerta?» / «Para impedir ...». None for a definition that says what its front is."""
    code = "es" if lang.code.startswith("es") else "en"
    found = purpose_back(term, definition, code)
    verb = PURPOSE_VERB[code].get(copula.lower())
    if found is None or verb is None or "purpose_card" not in lang.prompts:
        return None
    rest = found.group("rest").strip().rstrip(".")
    if code == "en":
        back = ("To " if found.group("to") else "For ") + rest
    else:
        back = "Para " + rest
    first, _, others = term.strip().partition(" ")
    # a sentence's capital, not a name's: "Closing", «Cerrar», "The" (a name keeps its capital)
    if first.isalpha() and (fold(first) in {fold(w) for w in lang.determiners} or ACTION_FRONT[code].match(term.strip())):
        first = first.lower()
    thing = " ".join([first, others]).strip()
    return lang.prompt("purpose_card", verb=verb, thing=thing), back + "."


def not_a_definition(draft: Draft, ctx: CardContext) -> list[str]:
    """A definition card whose back says what its front is FOR ("Closing the border crossing"
    -> "A measure to stop the smuggling") or judges it ("A low ratio" -> "An advantage because
    ...", «Un desastre porque ...»): the card asks "what is it?" and its back answers another
    question (cards4; the drafter asks a purpose as one, purpose_card)."""
    if "definition" not in draft.item.get("tags", []):
        return []
    front, back = str(draft.item.get("front", "")), str(draft.item.get("back", ""))
    code = "es" if ctx.language.startswith("es") else "en"
    if purpose_back(front, back, code) is not None:
        return [f"held back: the card's back {back!r} says what its front is for, not what it is: a definition card asks what it is"]
    if JUDGING_BACK[code].match(back.strip()):
        return [f"held back: the card's back {back!r} judges its front, it does not say what it is: a definition card asks what it is"]
    return []


# cards4: an event cut before the second of its subject's two coordinated verbs («el municipio
# cierra el mercado [para cambiar la cubierta] y anuncia un concurso» -> «Cierra el mercado»):
# what follows the back, an infinitive or a prepositional phrase at most, then "and"/«y» and a
# verb with its object. (After "because", «porque», a clause's own subject may own the verb: not read.)
SECOND_VERB = {
    "en": re.compile(r"^(?:\s+(?:to\s+[a-z]+|during|in|on|at|for|with|by|from|into|over|under|after|before)\b[^,;.:]*?)?,?\s+and\s+(?:then\s+|also\s+|later\s+)?"
                     r"(?P<verb>[a-z]{3,}(?:s|ed))\s+(?:the|a|an|its|their|his|her|our|\d+|to|up|out|down|off|on|in|with)\b(?P<rest>[^;.:]*)"),
    "es": re.compile(r"^(?:\s+(?:para|durante|en|con|de|por|sin|tras|hasta|desde|a|al)\b[^,;.:]*?)?,?\s+(?:y|e)\s+(?:luego\s+|también\s+|después\s+)?(?:se\s+)?"
                     r"(?P<verb>[a-záéíóúñ]{3,}(?:a|e|an|en|ó|ió|aron|ieron))\s+(?:el|la|los|las|un|una|unos|unas|su|sus|a|al|con|en|\d+)\b(?P<rest>[^;.:]*)"),
}
NOT_VERB_ENDINGS = re.compile(r"(?:ción|sión|dad|tad|ura|eza|ista|ancia|encia|ness|ment|tion|sion)$")
SECOND_VERB_TAGS = frozenset(("list-date", "list-item", "function", "step"))


def dropped_second_verb(back: str, text: str, code: str) -> str | None:
    """The second of two coordinated verbs ``text`` writes after ``back`` and the back leaves out
    ("and launches a competition"), or None."""
    code = "es" if code.startswith("es") else "en"
    shown = back.strip().rstrip(".;,:")
    at = text.lower().find(shown.lower())
    if len(shown.split()) < 2 or at < 0:
        return None
    after = text[at + len(shown):]
    found = SECOND_VERB[code].match(after)
    if found is None or NOT_VERB_ENDINGS.search(found.group("verb").lower()):
        return None
    stop = {fold(w) for w in ("the", "and", "las", "los", "una", "unos", "unas", "este", "esta")}
    if fold(found.group("verb")) in stop:
        return None
    return after[:found.end()].strip(" ,")


def half_event_back(draft: Draft, ctx: CardContext) -> list[str]:
    """A timeline or an item's card, a what-happens or a step card whose back leaves out the
    second of the two things its sentence says its subject did («Mayo de 2021: el municipio
    cierra el mercado y anuncia un concurso» -> «El municipio cierra el mercado»): the back answers
    half of what happened (cards4)."""
    if not SECOND_VERB_TAGS & set(draft.item.get("tags", [])):
        return []
    back = str(draft.item.get("back", ""))
    texts = [ctx.text.get(n, "") for n in draft.item.get("source", [draft.paragraph])] or [ctx.text.get(draft.paragraph, "")]
    for text in texts:
        if (dropped := dropped_second_verb(back, text, ctx.language)) is not None:
            return [f"held back: the card's back leaves out the second thing its sentence says was done ({dropped!r}): it answers half of what happened"]
    return []


# A purpose back running on into the second thing its subject did («Para cambiar la cubierta y
# anuncia un concurso»: the announcing is no purpose), cards4.
PURPOSE_RUNS_ON = {
    "en": re.compile(r"^(?:To|In order to)\s+[a-z]+\b[^;:]*?\s(?P<second>and\s+(?P<verb>[a-z]{3,}(?:s|ed))\s+(?:the|a|an|its|their|his|her|our|\d+)\b.*)$"),
    "es": re.compile(r"^Para\s+[a-záéíóúñ]+(?:ar|er|ir)(?:l[oa]s?|se|les?)?\b[^;:]*?\s(?P<second>(?:y|e)\s+(?:se\s+)?(?P<verb>[a-záéíóúñ]{3,}(?:a|e|an|en|ó|ió|aron|ieron))"
                     r"\s+(?:el|la|los|las|un|una|unos|unas|su|sus|\d+)\b.*)$"),
}


def purpose_runs_on(draft: Draft, ctx: CardContext) -> list[str]:
    """A why-card whose purpose back runs on into a second thing its sentence's subject did
    ("To replace the roof and launches a competition", «Para cambiar la cubierta y anuncia un
    concurso»): the back says a purpose and half of another event (cards4)."""
    if not {"cause", "purpose"} & set(draft.item.get("tags", [])):
        return []
    code = "es" if ctx.language.startswith("es") else "en"
    found = PURPOSE_RUNS_ON[code].match(str(draft.item.get("back", "")).strip())
    if found is None or NOT_VERB_ENDINGS.search(found.group("verb").lower()):
        return []
    return [f"held back: the card's back runs on from its purpose into another thing that was done ({found.group('second').rstrip('.')!r}): it answers no one question"]


# cards4: a front naming a thing by a grading adjective alone ("why is a low ratio an
# advantage?", «¿por qué un caudal alto importa?») where its paragraph names it with its qualifier
# ("a low magnesium-to-lithium ratio", «un caudal de bombeo alto»): which ratio, the front does not say.
GRADING = {
    "en": "low|high|small|large|big|short|long|great|wide|narrow|slow|fast|lower|higher|smaller|larger|longer|shorter|greater|slower|faster|steady|constant|stable",
    "es": "bajo|baja|alto|alta|grande|gran|pequeño|pequeña|corto|corta|largo|larga|elevado|elevada|reducido|reducida|escaso|escasa|mayor|menor|lento|lenta|rápido|rápida|constante|estable",
}
GRADED_FRONT = {
    "en": re.compile(rf"\b(?:a|an|the)\s+(?:very\s+)?(?P<adj>{GRADING['en']})\s+(?P<noun>[a-z]{{3,}})\b(?!\s+(?:of|between|for|in|from)\b)(?!-)", re.IGNORECASE),
    "es": re.compile(rf"\b(?:un|una|el|la)\s+(?:(?P<noun>[a-záéíóúñ]{{3,}})\s+(?:muy\s+)?(?P<adj>{GRADING['es']})|(?:muy\s+)?(?P<adj2>{GRADING['es']})\s+(?P<noun2>[a-záéíóúñ]{{3,}}))\b"
                     r"(?!\s+(?:de|del|entre|para)\b)", re.IGNORECASE),
}
NO_QUALIFIERS = frozenset(("a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "such", "same", "each", "every", "any", "no", "very", "is", "was", "has", "had", "and", "or"))


def _qualified_in(noun: str, text: str, front: str, code: str) -> str | None:
    """How ``text`` names ``noun`` with a qualifier the front does not hold ("magnesium-to-lithium
    ratio", «caudal de bombeo»), or None."""
    grading = set(GRADING[code].split("|"))
    if code == "en":
        for m in re.finditer(rf"\b(?P<mod>[a-z][a-z\-]+)\s+{re.escape(noun)}\b", text):
            mod = m.group("mod").lower()
            if mod not in grading and mod not in NO_QUALIFIERS and mod not in front.lower() and (len(mod) > 3 or "-" in mod):
                return m.group()
        found = re.search(rf"\b{re.escape(noun)}\s+(?:of|between)\s+(?!the\b|a\b|an\b|it\b|its\b)[a-z][a-z\-]+", text, re.IGNORECASE)
    else:
        found = re.search(rf"\b{re.escape(noun)}\s+(?:de|del|entre)\s+(?!la\b|el\b|los\b|las\b|un\b|una\b|su\b|sus\b)[a-záéíóúñ][a-záéíóúñ\-]+", text, re.IGNORECASE)
    if found is not None and found.group().lower() not in front.lower():
        return found.group()
    return None


def unqualified_front(draft: Draft, ctx: CardContext) -> list[str]:
    """"Explain why a low ratio is an advantage.", «Explica por qué un caudal alto importa.»: the
    front's noun keeps only its grading adjective where its paragraph says which ("its brine has
    a low magnesium-to-lithium ratio", «un caudal de bombeo alto»): a reader asked does not know
    which ratio (cards4)."""
    if {"list", "list-date", "list-item"} & set(draft.item.get("tags", [])):
        return []
    code = "es" if ctx.language.startswith("es") else "en"
    front = str(draft.item.get("front", ""))
    text = ctx.text.get(draft.paragraph, "")
    for m in GRADED_FRONT[code].finditer(front):
        noun = m.group("noun") or m.group("noun2")
        if (named := _qualified_in(noun.lower(), text, front, code)) is not None:
            return [f"held back: the card's front says {m.group().strip()!r} where its paragraph says which ({named!r}): the reader does not know which {noun.lower()}"]
    return []


# cards4: a term card whose back says what the term is made of ("Indigotin" -> "A dimer of two
# indoxyl molecules") where its paragraph says what it is, in an apposition or a copula of
# another sentence ("indigotin, the pigment that the vat leaves on the fibre"): a side property
# as the back, the definition left out.
COMPOSITION_BACK = {
    "en": re.compile(r"^(?:a|an|the)\s+(?:[a-z\-]+\s+)?(?:dimer|trimer|polymer|derivative|isomer|ester|salt|mixture|compound|combination|blend|alloy|chain|complex|glucoside|glycoside)s?(?:\s+of\b|\s*,\s*(?:meaning|that\s+is|i\.e\.|in\s+other\s+words)\b)", re.IGNORECASE),
    "es": re.compile(r"^(?:un|una|el|la)\s+(?:dímero|trímero|polímero|derivado|isómero|éster|sal|mezcla|compuesto|combinación|aleación|cadena|complejo|glucósido|glicósido)s?(?:\s+(?:[a-záéíóúñ]+\s+)?(?:de|del)\b|\s*,\s*(?:es\s+decir|o\s+sea|esto\s+es)\b)", re.IGNORECASE),
}
SAID_WHAT_IT_IS = {
    "en": r"\b{term}(?:,\s+|\s+(?:is|was)\s+)(?P<what>(?:the|a|an)\s+(?!{back_head}\b)[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?)",
    "es": r"\b{term}(?:,\s+|\s+(?:es|era|fue)\s+)(?P<what>(?:el|la|un|una)\s+(?!{back_head}\b)[a-záéíóúñ][a-záéíóúñ\-]+(?:\s+[a-záéíóúñ][a-záéíóúñ\-]+)?)",
}


def composition_back(draft: Draft, ctx: CardContext) -> list[str]:
    """"Indigotin" -> "A dimer of two indoxyl molecules ...", «La indigotina» -> «Un dímero de ...»
    where the paragraph says "indigotin, the pigment that ...": the back gives what the term is
    made of, not what it is, which the text says (cards4)."""
    if "definition" not in draft.item.get("tags", []):
        return []
    code = "es" if ctx.language.startswith("es") else "en"
    back = str(draft.item.get("back", "")).strip()
    if not COMPOSITION_BACK[code].match(back):
        return []
    words = [w for w in re.findall(r"[^\W\d_]+", str(draft.item.get("front", ""))) if fold(w) not in {fold(d) for d in ctx.lang.determiners}]
    if not words:
        return []
    back_head = re.findall(r"[^\W\d_]+", back)[1].lower()
    pattern = SAID_WHAT_IT_IS[code].format(term=r"\s+".join(re.escape(w) for w in words), back_head=re.escape(back_head))
    found = re.search(pattern, ctx.text.get(draft.paragraph, ""), re.IGNORECASE)
    if found is None:
        return []
    return [f"held back: the card's back says what its term is made of, not what it is, which the text says ({found.group('what')!r})"]


CARD_CHECKS: tuple[CardCheck, ...] = (
    title_card, pointing_term, etymology_back, vague_back, praised_class_back, discourse_phrase_front, famous_artist, pointing_front, pointing_time_place_front,
    unnamed_referent, ordinal_noun_front,
    fits_another_thing, heading_term, figurative_back, another_things_back, cut_back, garbled_text, verb_phrase_front, pointing_back, term_in_back, obvious_cause,
    general_rule, household_acronym, leftover_adverb, another_clauses_date, superlative_back, general_word_term, group_of_people_front,
    clipped_later_role, bare_judging_front, response_front, adverbial_term, second_sentence_back, ordinal_subject_front, both_of_before_front, episode_front, restating_step_back, bare_list_lead, fragment_card,
    past_role, thin_person_label, value_of_term_back, nameless_back, ranking_only_back, other_clause_cause, half_list_back, cut_event_back,
    not_a_definition, half_event_back, purpose_runs_on, unqualified_front, composition_back,
)


def problems(draft: Draft, ctx: CardContext) -> list[str]:
    """Every reason of CARD_CHECKS to hold ``draft`` back (empty for a fair card or no card)."""
    if draft.kind != "card":
        return []
    found: list[str] = []
    for check in CARD_CHECKS:
        found.extend(check(draft, ctx))
    return found
