"""News analyses (issue 10, brief cover-news): a paragraph saying what one side replied, what a
court held or what a council defended, in words other than "said" or "argued" («respondía que»,
«consideró que», "replied that", "held that"), was left without any item. It gets the claim
card: "According to the text, what did the transport tribunal hold?" / "That ...". A body or an
office named by its role alone ("The judge", «La jueza») still gets none: the card would not say
which. Our own small texts (a ferry timetable dispute; a market hall's lease), written for these
tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from tests.helpers.drafts import ready_cards_by_paragraph

FERRY = [
    Paragraph(1, "The Dunmore ferry timetable", is_heading=True),
    Paragraph(2, "The island's traders asked the transport tribunal in 2021 to restore the early sailing from Dunmore, "
                 "which the operator had dropped after losing 400,000 pounds in a single winter."),
    Paragraph(3, "The operator's directors replied that the early boat had carried fewer than a dozen cars a day "
                 "and that the harbour crew could not be paid for a sailing nobody used."),
    Paragraph(4, "The transport tribunal held that a lifeline service must be judged by the needs of the island "
                 "rather than by the number of tickets sold on one crossing."),
    Paragraph(5, "Shopkeepers on the quay welcomed the decision, but the operator's drivers feared longer shifts."),
]

MERCADO = [
    Paragraph(1, "El mercado de abastos de Lozoya", is_heading=True),
    Paragraph(2, "El ayuntamiento de Lozoya alquiló en 2019 el mercado de abastos a una cadena de supermercados por "
                 "treinta años, y los puesteros recurrieron el contrato ante el juzgado."),
    Paragraph(3, "La jueza de lo contencioso consideró que un mercado municipal no puede alquilarse entero a una "
                 "sola empresa sin concurso público."),
    Paragraph(4, "La cadena respondía que sin su inversión el edificio se habría cerrado por ruina."),
    Paragraph(5, "Los puestos de pescado volvieron a abrir en marzo, con nueve de los doce puestos ocupados."),
]


def _ready_claims(paragraphs: list[Paragraph], code: str) -> dict[int, list[Draft]]:
    return ready_cards_by_paragraph(paragraphs, code, "claim")


def test_a_reply_and_a_courts_holding_are_claim_cards_in_english() -> None:
    cards = {d.paragraph: (d.item["front"], d.item["back"]) for ds in _ready_claims(FERRY, "en").values() for d in ds}
    # A reply quotes what was asked (brief fronts4): the traders' request, the paragraph before.
    # Quoted, it shows the request's 400,000 pounds, another ready item's key: held, not lost.
    replies = [(d.item["front"], d.item["back"]) for d in derive_drafts(FERRY, "en") if d.kind == "card" and d.paragraph == 3]
    assert (
        "The text says: “The island's traders asked the transport tribunal in 2021 to restore the early sailing from "
        "Dunmore, which the operator had dropped after losing 400,000 pounds in a single winter.” According to the "
        "text, what did the operator's directors reply?",
        "That the early boat had carried fewer than a dozen cars a day and that the harbour crew could not be paid "
        "for a sailing nobody used.",
    ) in replies, replies
    assert cards.get(4) == (
        "According to the text, what did the transport tribunal hold?",
        "That a lifeline service must be judged by the needs of the island rather than by the number of tickets sold "
        "on one crossing.",
    )


def test_a_judges_view_is_a_claim_card_in_spanish() -> None:
    cards = {d.paragraph: (d.item["front"], d.item["back"]) for ds in _ready_claims(MERCADO, "es").values() for d in ds}
    assert cards.get(3) == (
        "Según el texto, ¿qué consideró la jueza de lo contencioso?",
        "Que un mercado municipal no puede alquilarse entero a una sola empresa sin concurso público.",
    )


def test_a_role_alone_gets_no_card() -> None:
    # "the judge" may be Judge Alma Reyes, or any judge: "what did the judge hold?" says not which.
    text = [
        Paragraph(1, "The Kelham weir", is_heading=True),
        Paragraph(2, "Judge Alma Reyes said that the weir's owners had kept the sluices shut through the dry summer of 2018."),
        Paragraph(3, "The judge held that the anglers' club could not claim for the fish lost below the weir."),
    ]
    assert 3 not in _ready_claims(text, "en")
    # Nor «la jueza» alone, who speaks twice here.
    twice = [
        Paragraph(1, "La presa de Olmedo", is_heading=True),
        Paragraph(2, "La jueza consideró que la presa había retenido el agua del río durante todo el verano de 2018."),
        Paragraph(3, "La jueza concluyó que los regantes de Olmedo no podían reclamar por la cosecha perdida aquel año."),
    ]
    assert not _ready_claims(twice, "es")


def test_what_a_decision_means_is_a_claim_card() -> None:
    # A ruling's or a reform's consequence ("The tribunal's ruling means that ...", «La
    # sentencia del juzgado supone que ...»), after an opener like "In practice," («En la
    # práctica,»): asked as what it means, the front saying which ruling.
    en = [
        Paragraph(1, "The Dunmore ferry timetable", is_heading=True),
        Paragraph(2, "The transport tribunal ordered in 2021 that the early sailing from Dunmore be restored for the "
                     "winter months."),
        Paragraph(3, "In practice the tribunal's ruling means that the operator must run the early boat even on days "
                     "when no cars are booked."),
    ]
    cards = {d.paragraph: (d.item["front"], d.item["back"]) for ds in _ready_claims(en, "en").values() for d in ds}
    assert cards.get(3) == (
        "According to the text, what does the tribunal's ruling mean?",
        "That the operator must run the early boat even on days when no cars are booked.",
    )
    es = [
        Paragraph(1, "El mercado de abastos de Lozoya", is_heading=True),
        Paragraph(2, "El juzgado anuló en 2023 el contrato de alquiler del mercado de abastos de Lozoya a una cadena "
                     "de supermercados."),
        Paragraph(3, "En la práctica, la sentencia del juzgado supone que esos puestos vuelven a los puesteros cuando "
                     "el fallo sea firme."),
    ]
    cards = {d.paragraph: (d.item["front"], d.item["back"]) for ds in _ready_claims(es, "es").values() for d in ds}
    assert cards.get(3) is None  # «esos puestos»: which? the back would lean on another sentence
    es[2] = Paragraph(3, "En la práctica, la sentencia del juzgado supone que los puesteros recuperan los puestos que "
                         "tenían antes del contrato.")
    cards = {d.paragraph: (d.item["front"], d.item["back"]) for ds in _ready_claims(es, "es").values() for d in ds}
    assert cards.get(3) == (
        "Según el texto, ¿qué supone la sentencia del juzgado?",
        "Que los puesteros recuperan los puestos que tenían antes del contrato.",
    )


def test_a_ruling_the_front_does_not_say_which_is_not_asked() -> None:
    # "what does the ruling mean?" («¿qué supone la sentencia?»): which ruling? An earlier
    # sentence says; the card does not stand alone.
    en = [
        Paragraph(1, "The Dunmore ferry timetable", is_heading=True),
        Paragraph(2, "The transport tribunal ordered in 2021 that the early sailing from Dunmore be restored."),
        Paragraph(3, "In practice the judgment means that the operator must run the early boat even on days when no "
                     "cars are booked."),
    ]
    assert 3 not in _ready_claims(en, "en")
    es = [
        Paragraph(1, "El mercado de abastos de Lozoya", is_heading=True),
        Paragraph(2, "El juzgado anuló en 2023 el contrato de alquiler del mercado de abastos de Lozoya."),
        Paragraph(3, "En la práctica, la sentencia supone que los puesteros recuperan los puestos que tenían antes del "
                     "contrato."),
    ]
    assert 3 not in _ready_claims(es, "es")


def _statements(paragraphs: list[Paragraph], code: str, number: int) -> set[tuple[str, bool]]:
    return {
        (d.item["prompt"], d.item["answer"]) for d in derive_drafts(paragraphs, code)
        if d.ready and d.paragraph == number and d.item.get("type") == "true_false"
    }


def test_a_preference_rather_than_another_is_a_true_false_swapping_them() -> None:
    # How a system worked ("the levy followed the farms rather than the mills", «el canon seguía
    # a las fincas y no a los molinos»): no year, figure or name; a reader of the text knows
    # which way round it went, and the swapped form is plausible and false.
    en = [
        Paragraph(1, "The Ashby flour levy", is_heading=True),
        Paragraph(2, "The county council set up the Ashby flour levy in 1931 to pay for the upkeep of the river locks."),
        Paragraph(3, "Under the first scheme, the levy was charged on the farms rather than the mills, so that "
                     "growers paid whether or not the grain was ground nearby."),
    ]
    found = _statements(en, "en", 3)
    assert ("True or false: Under the first scheme, the levy was charged on the mills rather than the farms, so that "
            "growers paid whether or not the grain was ground nearby.", False) in found or \
        ("True or false: Under the first scheme, the levy was charged on the farms rather than the mills, so that "
         "growers paid whether or not the grain was ground nearby.", True) in found
    es = [
        Paragraph(1, "El canon de la harina de Almonte", is_heading=True),
        Paragraph(2, "La diputación creó en 1931 el canon de la harina de Almonte para pagar el dragado del río."),
        Paragraph(3, "Con el primer reglamento, el canon se cobraba a las fincas y no a los molinos harineros de la "
                     "comarca."),
    ]
    found = _statements(es, "es", 3)
    assert found & {
        ("Verdadero o falso: Con el primer reglamento, el canon se cobraba a los molinos harineros de la comarca y no "
         "a las fincas.", False),
        ("Verdadero o falso: Con el primer reglamento, el canon se cobraba a las fincas y no a los molinos harineros de "
         "la comarca.", True),
    }


def test_a_preference_is_swapped_whole_or_not_at_all() -> None:
    from quizapp.derive.contrasts import ContrastDrafter
    from quizapp.derive.drafting import Builder
    from quizapp.derive.extract import read_facts
    from quizapp.languages import language_for

    def swapped(text: str, code: str) -> set[str]:
        builder = Builder(read_facts([(2, text)], language_for(code)))
        return {c.item["prompt"] for c in ContrastDrafter(builder).candidates() if c.item["answer"] is False}

    # The noun's own "of the island" stays with it: never "the needs of the number of ...".
    assert swapped("The tribunal judged the service by the needs of the island rather than by the number of "
                   "tickets sold.", "en") == {
        "True or false: The tribunal judged the service by the number of tickets sold rather than by the needs of "
        "the island."}
    # A time after the second half belongs to the whole clause: moved, it would say something else.
    assert not swapped("The quota followed the boats rather than the harbours until the reform of 2019.", "en")
    # A pronoun leans on another sentence: not asked.
    assert not swapped("The board gave it to the boats rather than the harbours.", "en")


def test_a_claim_whose_possessive_has_its_owner_inside_is_asked() -> None:
    # "its" after "the operator" in the claim itself («su» after «el secretario»): the back
    # stands alone. A claim opening on a pronoun, or holding "it", still gets no card.
    en = [
        Paragraph(1, "The Dunmore ferry timetable", is_heading=True),
        Paragraph(2, "The island's traders asked the transport tribunal in 2021 to restore the early sailing from Dunmore."),
        Paragraph(3, "The ferry crews' union argued that the operator had cut its winter sailings to save fuel."),
        Paragraph(4, "The harbour pilots warned that it would leave the island without a doctor on Sundays."),
    ]
    cards = {d.paragraph: (d.item["front"], d.item["back"]) for ds in _ready_claims(en, "en").values() for d in ds}
    assert cards.get(3) == (
        "According to the text, what did the ferry crews' union argue?",
        "That the operator had cut its winter sailings to save fuel.",
    )
    assert 4 not in cards
    es = [
        Paragraph(1, "El mercado de abastos de Lozoya", is_heading=True),
        Paragraph(2, "El ayuntamiento de Lozoya alquiló en 2019 el mercado de abastos a una cadena de supermercados."),
        Paragraph(3, "Los concejales de la oposición recordaron que el secretario municipal había advertido en su "
                     "informe de la falta de concurso."),
    ]
    cards = {d.paragraph: (d.item["front"], d.item["back"]) for ds in _ready_claims(es, "es").values() for d in ds}
    assert cards.get(3) == (
        "Según el texto, ¿qué recordaron los concejales de la oposición?",
        "Que el secretario municipal había advertido en su informe de la falta de concurso.",
    )


def test_a_role_the_text_gives_two_holders_gets_no_card() -> None:
    # "the chairman" of the board, and "the chairman of the plant": "what did the chairman
    # admit?" would not say which («el presidente del club», «el presidente»: the same).
    en = [
        Paragraph(1, "The Dunmore ferry timetable", is_heading=True),
        Paragraph(2, "The chairman of the ferry company resigned in 2021, after the early sailing was dropped."),
        Paragraph(3, "The chairman admitted that the board had no clear method for weighing the island's needs."),
    ]
    assert 3 not in _ready_claims(en, "en")
    es = [
        Paragraph(1, "El mercado de abastos de Lozoya", is_heading=True),
        Paragraph(2, "El presidente de la asociación de puesteros dimitió en 2021, tras la firma del contrato."),
        Paragraph(3, "El presidente reconoció que la junta no había leído el contrato antes de votarlo."),
    ]
    assert 3 not in _ready_claims(es, "es")
