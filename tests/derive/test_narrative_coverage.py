"""Narrative paragraphs with no figure, name or defined term (a career from one job to the next,
a day-by-day process, what happened after an event, a present-day assessment) used to be left
without any ready draft. What they do state is an order, who does what, and their own terms:
an ordering of their steps or stages, a "what comes next" choice or a stage-swap true/false,
and a gap on a rare term the sentence does not settle (see quizapp.derive.sequences)."""
from __future__ import annotations

import re

import pytest

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.derive.sequences import SequenceDrafter
from quizapp.languages import language_for


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


SMITHY_EN = [
    Paragraph(1, "A village smithy", is_heading=True),
    Paragraph(2, "In 1850 the smithy of Ashby Parva employed four men and shod about 1,200 horses a year for the farms around the village."),
    Paragraph(3, "Making a horseshoe", is_heading=True),
    Paragraph(4, "Shoeing a horse followed a fixed routine. First the farrier pulled the worn shoe and trimmed the hoof with a knife. "
                 "Then he heated a bar of iron in the forge until it glowed orange. Next he hammered the bar around the horn of the anvil. "
                 "After that he punched the nail holes while the iron was still soft. Finally he nailed the cooled shoe to the hoof."),
    Paragraph(5, "A smith's career", is_heading=True),
    Paragraph(6, "A boy who joined the smithy went from sweeper to striker to journeyman to master over many years, and few reached the end."),
    Paragraph(7, "Only the striker swung the sledgehammer while the smith held the hot iron with tongs."),
    Paragraph(8, "The smithy today", is_heading=True),
    Paragraph(9, "The building now houses a small museum. On summer weekends volunteers light the hearth and open the tuyere, the clay pipe that carries the air, for visitors."),
]

ADOBE_ES = [
    Paragraph(1, "Casas de adobe", is_heading=True),
    Paragraph(2, "En 1920 el pueblo de Tilcara tenía unas 300 casas, casi todas de adobe y con techos de caña."),
    Paragraph(3, "Cómo se hace un adobe", is_heading=True),
    Paragraph(4, "El primer día, los vecinos mezclan la tierra con paja y agua en un pozo poco profundo. "
                 "Al día siguiente pisan el barro descalzos hasta que queda parejo. "
                 "El tercer día llenan los moldes de madera y los retiran con cuidado. "
                 "Finalmente, dejan secar los bloques al sol durante varias semanas."),
]


def test_a_process_told_step_by_step_gets_an_ordering_of_its_own_clauses() -> None:
    drafts = ready(derive_drafts(SMITHY_EN, "en"))
    orderings = [d for d in drafts if d.item.get("type") == "ordering" and d.paragraph == 4]
    assert orderings, [(d.key, d.problems) for d in derive_drafts(SMITHY_EN, "en") if d.paragraph == 4]
    items = orderings[0].item["items"]
    assert len(items) >= 3
    text = normal(SMITHY_EN[3].text)
    positions = [text.index(normal(i)) for i in items]  # each a span of the paragraph ...
    assert positions == sorted(positions)  # ... listed in the text's order
    assert not any(re.search(r"\b(first|then|next|after that|finally)\b", i, re.IGNORECASE) for i in items), items
    # The marker cut off, and the pronoun standing for the doer named before: an item opening
    # with "He" would not stand alone.
    assert items[1] == "Heated a bar of iron in the forge until it glowed orange"


def test_a_day_by_day_process_in_spanish_is_covered_by_an_ordering() -> None:
    drafts = ready(derive_drafts(ADOBE_ES, "es"))
    orderings = [d for d in drafts if d.item.get("type") == "ordering" and d.paragraph == 4]
    assert orderings
    items = orderings[0].item["items"]
    assert items[0] == "Los vecinos mezclan la tierra con paja y agua en un pozo poco profundo"
    assert not any(re.search(r"\b(primer|tercer|siguiente|finalmente)\b", i, re.IGNORECASE) for i in items), items
    assert "Ordene estos pasos" in orderings[0].item["prompt"]


def test_listed_stages_are_ordered_and_swapped_for_one_another_in_true_false() -> None:
    drafts = derive_drafts(SMITHY_EN, "en")
    stages = [d for d in ready(drafts) if d.item.get("type") == "ordering" and d.paragraph == 6]
    assert stages and stages[0].item["items"] == ["sweeper", "striker", "journeyman", "master"]
    statements = [d for d in drafts if d.item.get("type") == "true_false" and d.paragraph == 7]
    false = [d for d in statements if d.item["answer"] is False]
    assert false and any("Only the journeyman swung the sledgehammer" in d.item["prompt"] for d in false), [d.item["prompt"] for d in statements]
    assert not any(re.search(r"\b(not|never|no)\b", d.item["prompt"]) for d in false)


def test_what_comes_next_is_asked_with_the_paragraphs_other_steps_as_options() -> None:
    paragraphs = [(p.number, p.text) for p in SMITHY_EN if not p.is_heading]
    builder = Builder(read_facts(paragraphs, language_for("en")))
    choices = [c for c in SequenceDrafter(builder).candidates() if c.item.get("type") == "single_choice"]
    assert choices
    item = choices[0].item
    key = next(c["text"] for c in item["choices"] if c["correct"])
    wrong = [c["text"] for c in item["choices"] if not c["correct"]]
    # The first step's doer cut as every later step's "he" is (process14): "The farrier pulled ..."
    # alone keeping its subject would be placed first from its shape.
    steps = ["Pulled the worn shoe and trimmed the hoof with a knife", "Heated a bar of iron in the forge until it glowed orange",
             "Hammered the bar around the horn of the anvil", "Punched the nail holes while the iron was still soft",
             "Nailed the cooled shoe to the hoof"]
    anchor = next(s for s in steps if f"“{s}”" in item["prompt"])
    assert key == steps[steps.index(anchor) + 1]
    assert wrong and set(wrong) <= set(steps) - {anchor, key}


def test_a_paragraph_with_nothing_but_common_words_and_a_rare_term_is_covered_by_a_gap_on_the_term() -> None:
    drafts = derive_drafts(SMITHY_EN, "en")
    mine = [d for d in ready(drafts) if d.paragraph == 9]
    assert [d.item.get("accept", [None])[0] for d in mine] == ["tuyere"], [(d.key, d.problems) for d in drafts if d.paragraph == 9]


def test_a_common_word_a_stock_phrase_or_a_purpose_settles_is_not_gapped() -> None:
    """The sixth review's trivial gaps: a stock phrase ("two days' ____"), a word the rest
    of the sentence settles ("the ____ fed air to the hearth", "the ____ for the boilers")."""
    paragraphs = [
        Paragraph(1, "A winter on the island", is_heading=True),
        Paragraph(2, "In 1963 the ferry stopped for three months because of the ice."),
        Paragraph(3, "Every winter the village received the briquettes for the stoves of the school."),
        Paragraph(4, "Volunteers showed the children how the bellows fed air to the hearth."),
    ]
    drafts = derive_drafts(paragraphs, "en")
    assert not [d.key for d in ready(drafts) if d.paragraph in (3, 4)]


def test_a_term_the_headings_settle_is_not_gapped() -> None:
    paragraphs = [
        Paragraph(1, "Las salinas del valle", is_heading=True),
        Paragraph(2, "Cada mañana el salinero recorre los canales y limpia el barro de las compuertas."),
    ]
    drafts = derive_drafts(paragraphs, "es")
    gaps = [d for d in drafts if d.item.get("type") == "fill_in" and d.item["accept"][0] == "salinero"]
    assert gaps, "the case must draft the gap, for the check to hold it back"
    assert all(any("own subject" in p for p in d.problems) for d in gaps), [(d.key, d.problems) for d in gaps]


AFTER_THE_FLOOD_EN = [
    Paragraph(1, "After the flood", is_heading=True),
    Paragraph(2, "In 1953 the river broke its banks at Wexcombe and covered the lower town."),
    Paragraph(3, "The water stood in the streets for a week. Then the fire brigade pumped out the cellars. "
                 "A few days later the council handed out blankets and coal. Eventually the mill reopened with a new wall."),
]


def test_a_then_sentence_follows_the_sentence_before_it_and_a_few_days_later_is_a_marker() -> None:
    drafts = ready(derive_drafts(AFTER_THE_FLOOD_EN, "en"))
    orderings = [d for d in drafts if d.item.get("type") == "ordering" and d.paragraph == 3]
    assert orderings and orderings[0].item["items"] == [
        "The water stood in the streets for a week", "The fire brigade pumped out the cellars",
        "The council handed out blankets and coal", "The mill reopened with a new wall",
    ], [(d.key, d.problems) for d in derive_drafts(AFTER_THE_FLOOD_EN, "en") if d.paragraph == 3]


@pytest.mark.parametrize("text, language, word", [
    ("Después el carbón se metía en sacos, que las mulas bajaban despacio al pueblo.", "es", "bajaban"),  # a verb after "las mulas"
    ("Si se abría una grieta, la leña ardía en vez de carbonizarse.", "es", "ardía"),
    ("The monsoon flush is larger, and the autumnal flush closes the season.", "en", "autumnal"),  # a modifier before its noun
])
def test_a_gap_after_a_rare_noun_phrase_is_its_head_noun_never_a_verb_or_a_modifier(text: str, language: str, word: str) -> None:
    drafts = derive_drafts([Paragraph(1, "Un oficio" if language == "es" else "A trade", is_heading=True), Paragraph(2, text)], language)
    keys = [str(d.item["accept"][0]) for d in drafts if d.item.get("type") == "fill_in"]
    assert word not in keys, keys
