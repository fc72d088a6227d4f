"""Why-cards and what-a-thing-does cards on the sentence shapes explanatory paragraphs use
(issue 10, brief explain, session 16): a fronted cause whose main clause follows ("Because ...,
the comb is not bent ...", «Como ..., el panal no se dobla ...»), a habit or a preference with
its reason ("X usually have Y, because Z", "X is preferred, because Z", «X suelen tener Y,
porque Z»), and what a process or an instrument does ("Smoking calms the guard bees, meaning
that ...", "It compares A with B", «Este compara A con B»). Our own texts, on beekeeping."""

from __future__ import annotations

from quizapp.derive import Paragraph
from tests.helpers.drafts import ready_by_paragraph
from quizapp.derive.causes import CauseDrafter
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.derive.functions import FunctionDrafter
from quizapp.languages import language_for

HIVES = [
    Paragraph(1, "Keeping bees", is_heading=True),
    Paragraph(2, "A shaded hive stays cool through the summer. Because the wax never softens in the shade, the comb is "
                 "not bent by the weight of the honey, and it can hold far more stores than a comb in the sun."),
    Paragraph(3, "Plastic frames are a recent choice. Because it is lighter, cheaper and easier to clean, most beekeepers "
                 "today use plastic for summer frames and keep wooden frames for the winter."),
    Paragraph(4, "Heather-fed colonies usually have a darker, thicker and slightly bitter honey, because the heather "
                 "nectar is rich in proteins and sets quickly."),
    Paragraph(5, "A hive that faces the morning sun is preferred, because the bees start foraging earlier in the day."),
    Paragraph(6, "Smoking calms the guard bees, meaning that they stop signalling an alarm, so the keeper can open the hive."),
    Paragraph(7, "Keepers weigh each colony with a device called a hive scale. It compares the weight of the full hive with "
                 "the weight of the empty box: a heavy hive has stored enough honey for the winter."),
]

COLMENAS = [
    Paragraph(1, "Las colmenas", is_heading=True),
    Paragraph(2, "Una colmena a la sombra se mantiene fresca en verano. Como la cera nunca se ablanda a la sombra, el "
                 "panal no se dobla con el peso de la miel, y la colmena puede guardar mucha más cosecha."),
    Paragraph(3, "Los cuadros de plástico son una elección reciente. Como es más ligero, más barato y más fácil de limpiar, "
                 "la mayoría de los apicultores usa el plástico para los cuadros de verano."),
    Paragraph(4, "Las mieles de brezo suelen tener un color más oscuro y un sabor más amargo, porque ese brezo da un "
                 "néctar rico en proteínas que cristaliza pronto."),
    Paragraph(5, "El apicultor pesa cada colmena con un aparato llamado báscula apícola. Esta compara el peso de la "
                 "colmena llena con el de la caja vacía: una colmena pesada tiene miel de sobra para el invierno."),
]


def _builder(paragraphs: list[Paragraph], code: str) -> Builder:
    return Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))


def _cards(paragraphs: list[Paragraph], code: str) -> set[tuple[str, str]]:
    builder = _builder(paragraphs, code)
    found = list(CauseDrafter(builder).cards()) + list(FunctionDrafter(builder).candidates())
    return {(c.item["front"], c.item["back"]) for c in found}


def test_a_fronted_cause_asks_its_main_clause() -> None:
    cards = _cards(HIVES, "en")
    # the main clause's second half ("and it can hold ...") goes: "it" would point back
    assert ("Explain why the comb is not bent by the weight of the honey.", "Because the wax never softens in the shade.") in cards
    # a cause listing three reasons ends after the list, not at its first comma
    assert ("Explain why most beekeepers today use plastic for summer frames and keep wooden frames for the winter.",
            "Because it is lighter, cheaper and easier to clean.") in cards


def test_a_fronted_como_is_a_cause_in_spanish() -> None:
    cards = _cards(COLMENAS, "es")
    assert ("Explica por qué el panal no se dobla con el peso de la miel.", "La cera nunca se ablanda a la sombra.") in cards
    assert ("Explica por qué la mayoría de los apicultores usa el plástico para los cuadros de verano.",
            "Es más ligero, más barato y más fácil de limpiar.") in cards


def test_a_habit_or_a_preference_with_its_reason() -> None:
    cards = _cards(HIVES, "en")
    assert ("Explain why heather-fed colonies usually have a darker, thicker and slightly bitter honey.",
            "Because the heather nectar is rich in proteins and sets quickly.") in cards
    assert ("Explain why a hive that faces the morning sun is preferred.",
            "Because the bees start foraging earlier in the day.") in cards
    # the demonstrative takes up a noun the front names («ese brezo»: the heather of «mieles de brezo»)
    assert ("Explica por qué las mieles de brezo suelen tener un color más oscuro y un sabor más amargo.",
            "Porque ese brezo da un néctar rico en proteínas que cristaliza pronto.") in _cards(COLMENAS, "es")


def test_what_a_process_or_an_instrument_does() -> None:
    cards = _cards(HIVES, "en")
    assert ("According to the text, what does smoking do to the guard bees?",
            "Calms the guard bees, meaning that they stop signalling an alarm, so the keeper can open the hive.") in cards
    # "It" named from the sentence before ("a device called a hive scale")
    assert ("According to the text, what does a hive scale compare?",
            "The weight of the full hive with the weight of the empty box.") in cards
    assert ("Según el texto, ¿qué compara la báscula apícola?",
            "El peso de la colmena llena con el de la caja vacía.") in _cards(COLMENAS, "es")


def test_the_explanations_are_offered_where_nothing_else_covers_them() -> None:
    ready = ready_by_paragraph(HIVES, "en")
    for paragraph in (2, 3, 4, 5, 6, 7):
        assert ready.get(paragraph), paragraph
    ready = ready_by_paragraph(COLMENAS, "es")
    for paragraph in (2, 3, 4, 5):
        assert ready.get(paragraph), paragraph


def test_no_card_where_the_pronoun_names_nothing() -> None:
    texts = [
        Paragraph(1, "Notes", is_heading=True),
        Paragraph(2, "Because it was late, they closed the hives for the night."),
        Paragraph(3, "It compares the weight of the full hive with the weight of the empty box."),
        Paragraph(4, "Como ya se ha dicho, la cera se ablanda con el calor del verano."),
    ]
    cards = _cards(texts[:3], "en") | _cards([texts[0], texts[3]], "es")
    assert not any("they closed" in f or "what does it" in f or "ya se ha dicho" in b for f, b in cards), cards


def test_a_fronted_cause_on_it_holds_where_it_may_take_up_another_thing() -> None:
    """ "it" names what the sentence before spoke of: the card is written only where the effect
    goes on with that thing ("Plastic frames ... use plastic"), not where "it" is the wood of
    the sentence before and the front speaks of gas."""
    texts = [
        Paragraph(1, "Fuel", is_heading=True),
        Paragraph(2, "Wood is scarce in the valley. Because it costs far more every year, most potters fire the kilns with gas."),
        Paragraph(3, "La leña escasea en el valle. Como cuesta mucho más cada invierno, la mayoría de los alfareros usa el gas del pueblo."),
    ]
    assert not any("kilns with gas" in front for front, _ in _cards(texts[:2], "en"))
    assert not any("gas del pueblo" in front for front, _ in _cards([texts[0], texts[2]], "es"))


def test_no_process_or_instrument_card_on_a_link_or_a_name_for_something_else() -> None:
    texts = [
        Paragraph(1, "Notes", is_heading=True),
        # a link, no action on the thing
        Paragraph(2, "Fishing remains the main trade of the village, so the harbour is busy all year."),
        # "It" after a process, not an instrument: it may be the whole test
        Paragraph(3, "Bakers test the dough with a process called proving. It shows the strength of the flour in the loaf."),
        # "The kiln" is not the cones the sentence before names
        Paragraph(4, "Potters watch small cones called pyrometric cones. The kiln compares the heat of the front with the back."),
    ]
    assert not any(front.startswith("According to the text, what") for front, _ in _cards(texts, "en")), _cards(texts, "en")


def test_a_fronted_como_with_no_verb_is_a_comparison() -> None:
    """«Como la mayoría de los pueblos de la sierra, ...» is "Like most villages": no cause."""
    texts = [
        Paragraph(1, "Fiestas", is_heading=True),
        Paragraph(2, "Como la mayoría de los pueblos de la sierra, el valle celebra la fiesta mayor en agosto."),
        Paragraph(3, "Como resultado de la crisis, la fábrica de harinas cerró durante el invierno."),
    ]
    assert not any(front.startswith("Explica por qué") for front, _ in _cards(texts, "es")), _cards(texts, "es")
