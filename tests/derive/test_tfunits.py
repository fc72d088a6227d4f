"""Brief tfunits (issue 10): a numeric item's unit is a unit or a counted noun, never a verb or
the noun a figure labels; a true/false statement is a claim only the document settles (no
equation, no figures that compute each other, no list label with its figure, no gerund whose
subject is elsewhere). Texts written for these tests."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document

EN_LABEL = [
    "Moorings at Kelsby",
    "The harbour at Kelsby has 120 moorings for small boats and 35 moorings for fishing boats.",
    "The council must decide whether the 300 limit stays in force after the summer season.",
    "The harbour trust collected 4,800 pounds in fees in its first year and 6,200 pounds in its second.",
]
ES_LABEL = [
    "Los amarres de Castrelo",
    "El puerto de Castrelo tiene 120 amarres para barcos pequeños y 35 amarres para barcos de pesca.",
    "El ayuntamiento debe decidir si el tope de 300 sigue vigente después del verano.",
    "La junta del puerto recaudó 4.800 euros en tasas en su primer año y 6.200 euros en el segundo.",
]


def _numeric(lines: list[str], code: str) -> list[dict]:
    return [d.item for d in derive_drafts(document(lines), code) if d.item.get("type") == "numeric"]


def test_a_verb_or_a_labelled_noun_after_a_figure_is_no_unit():
    for lines, code, label in ((EN_LABEL, "en", "limit"), (ES_LABEL, "es", "sigue")):
        items = _numeric(lines, code)
        assert not [i for i in items if label in str(i.get("unit", ""))], (code, [(i["prompt"], i.get("unit")) for i in items])
        # "the ____ limit", «el tope de ____»: a figure used as a label is not asked at all.
        assert not [i for i in items if i["answer"] == 300], code
        # Counted nouns keep their unit.
        assert {str(i.get("unit")) for i in items if i["answer"] in (120, 35)} == {"moorings" if code == "en" else "amarres"}


EN_STATEMENTS = [
    "Hoops at the Vallon cooperage",
    "Each cask holds 225 litres of wine and weighs 46 kg when empty. An iron hoop weighs 4 kg, and the heaviest casks carry 8 hoops.",
    "Dividing the load by the number of hoops gives 40 kg for each hoop on a full cask.",
    "A barrel of cognac needs 32 × 0.5 × 0.9 = 14.4 kg of toasted chips over its life.",
    "The workshop runs its stages in order:",
    "- Splitting: 12 hours in the open yard.\n- Bending: 30 hours over a slow fire.\n- Toasting: 8 hours at the inner face.",
    "The yard at Saint-Sardos stores 4,500 staves, and the shed at Verdun keeps 1,200 staves under cover.",
]
ES_STATEMENTS = [
    "Los aros de la tonelería de Villamediana",
    "Cada barrica contiene 225 litros de vino y pesa 46 kilos vacía. Un aro de hierro pesa 4 kilos, y las barricas más pesadas llevan 8 aros.",
    "Dividiendo la carga entre el número de aros se obtiene 40 kilos para cada aro de una barrica llena.",
    "Una barrica para brandy necesita 32 × 0,5 × 0,9 = 14,4 kilos de virutas tostadas en toda su vida.",
    "El taller sigue sus etapas en orden:",
    "- Hendido: 12 horas en el patio abierto.\n- Curvado: 30 horas sobre un fuego lento.\n- Tostado: 8 horas en la cara interior.",
    "El patio de Hormilla guarda 4.500 duelas, y el cobertizo de Nalda conserva 1.200 duelas bajo techo.",
]


def _statements(lines: list[str], code: str, *openings: str):
    return [d for d in derive_drafts(document(lines), code)
            if d.item.get("type") == "true_false" and any(o in d.item["prompt"] for o in openings)]


def test_no_true_false_on_a_computation_a_list_label_or_a_gerund_subject():
    for lines, code, cases in (
        (EN_STATEMENTS, "en", {"computation": ("32 × 0.5",), "label and its figure": ("Splitting:", "Bending:", "Toasting:"), "subject is an action": ("Dividing the load",)}),
        (ES_STATEMENTS, "es", {"computation": ("32 × 0,5",), "label and its figure": ("Hendido:", "Curvado:", "Tostado:"), "subject is an action": ("Dividiendo la carga",)}),
    ):
        for reason, openings in cases.items():
            drafts = _statements(lines, code, *openings)
            assert drafts, (code, reason)  # drafted, and held back saying why
            assert not [d.item["prompt"] for d in drafts if d.ready], (code, reason)
            assert all(any(reason in p for p in d.problems) for d in drafts), (code, reason, [d.problems for d in drafts])


def test_a_gerund_before_the_subject_keeps_its_statement():
    from quizapp.derive.statements import not_a_claim

    assert not_a_claim("Using the new kilns, the burners made 40 sacks a day.", "en") is None
    assert not_a_claim("During the 1930s the firm employed 62 workers.", "en") is None
    assert not_a_claim("Siguiendo el ejemplo de Tolosa, los toneleros labraron 18 duelas.", "es") is None
    assert not_a_claim("- Light: the roof would shade the pool for most of the afternoon.", "en") is None


def test_a_swap_that_breaks_its_sentences_order_is_no_false_statement():
    from quizapp.derive.statements import contradicts_itself
    from quizapp.languages import language_for

    en, es = language_for("en"), language_for("es")
    assert contradicts_itself("The firm employed 14 workers in 1939, of whom 19 were apprentices.", en)
    assert not contradicts_itself("The firm employed 62 workers in 1939, of whom 19 were apprentices.", en)
    assert contradicts_itself("The walls are between 60 and 40 cm thick.", en)
    assert contradicts_itself("La empresa empleaba a 14 trabajadores, de los cuales 19 eran aprendices.", es)
    assert contradicts_itself("Los muros miden entre 1.200 y 900 metros.", es)
    assert not contradicts_itself("Los muros miden entre 900 y 1.200 metros.", es)


def test_a_spanish_banks_numeric_item_takes_the_thousands_point_a_space_and_a_decimal_comma():
    """The grader reads a typed number in the document's language (quizapp.quiz.numbers): a
    Spanish bank's «3.676 metros» is right typed "3.676", "3 676" or "3676", and «2,5» as "2,5".
    The derived item stores the figure itself (3676, 2.5), so nothing is misread on the way."""
    from werkzeug.datastructures import MultiDict

    from quizapp.quiz.grading import grade, read_answer

    lines = [
        "El camino de Moncalvillo",
        "El camino al monte de Moncalvillo mide 3.676 metros y sube 412 metros desde la ermita de Sorzano.",
        "La senda de la fuente de Nalda mide 2,5 kilómetros y la del collado de Daroca mide 4,8 kilómetros.",
    ]
    items = {i["answer"]: i for i in _numeric(lines, "es")}
    assert {3676, 2.5} <= set(items), sorted(items)
    for answer, typed in ((3676, ("3.676", "3 676", "3676", "3.676 metros")), (2.5, ("2,5", "2,5 kilómetros"))):
        content = {**items[answer], "type": "numeric"}
        for text in typed:
            assert grade(content, read_answer(content, {}, MultiDict({"number": text}), language="es"), language="es").is_correct, text
    content = {**items[3676], "type": "numeric"}
    assert not grade(content, read_answer(content, {}, MultiDict({"number": "3,676"}), language="es"), language="es").is_correct


def test_a_card_read_from_a_partial_clause_is_held():
    """"What is meant by “tuyere instead”?", a back "Fitted a tuyere instead": a term or a back
    cut from its clause (an adverb setting it against another clause, a predicate after "and"
    cut from its subject) is no card; a whole phrase keeps its card."""
    from quizapp.derive import Draft
    from quizapp.derive.card_checks import CardContext, problems
    from quizapp.languages import language_for

    def card(front: str, back: str) -> Draft:
        return Draft("p2-card-x", "card", {"type": "card", "front": front, "back": back, "source": [2], "tags": ["definition"]}, 2, None, 1.0)

    en, es = language_for("en"), language_for("es")
    en_text = {2: "The stokers gave up the bellows and fitted a tuyere instead, known on the line as the blower."}
    es_text = {2: "Los fogoneros dejaron el fuelle y montaron una tobera, que en la línea llamaban el soplador."}
    en_ctx, es_ctx = CardContext(en, "en", ["Boilers"], text=en_text), CardContext(es, "es", ["Calderas"], text=es_text)

    def held(d: Draft, ctx: CardContext) -> bool:
        return any("piece of a clause" in p or "cut from its subject" in p for p in problems(d, ctx))

    assert held(card(en.prompt("card_named", term="tuyere instead"), "A clay nozzle that blew air into the fire."), en_ctx)
    assert held(card(en.prompt("card_named", term="blower"), "Fitted a tuyere instead"), en_ctx)
    assert held(card(en.prompt("card_named", term="blower"), "Fitted a tuyere"), en_ctx)
    assert held(card(es.prompt("card_named", term="tobera también"), "Una boquilla de barro que soplaba el aire."), es_ctx)
    assert held(card(es.prompt("card_named", term="soplador"), "Montaron una tobera"), es_ctx)
    assert not held(card(en.prompt("card_named", term="tuyere"), "A clay nozzle that blew air into the fire."), en_ctx)
    assert not held(card(es.prompt("card_named", term="tobera"), "Una boquilla de barro que soplaba el aire."), es_ctx)


def test_a_gap_takes_one_name_of_two_joined_by_and():
    """«las casas de Pedro Arregui y Lizarraga» is two houses, not a double surname: no gap is
    keyed the pair (a single name is), while «el químico Antonio García y Bellido» stays one
    person; a typed key of two names after the plural noun they are ("the houses of ____" keyed
    "Clément and Depaz") is held back."""
    from quizapp.derive import giveaways
    from quizapp.languages import language_for
    from tests.helpers.drafts import make_draft, typed_accepts

    lines = [
        "Las casas del ron",
        "Las fincas de la costa sur fueron compradas en 1921 por las casas de Pedro Arregui y Lizarraga, que las dedicaron al ron.",
        "El químico Antonio García y Bellido estudió los alambiques de la comarca en 1935.",
    ]
    keys = [a[0] for a in typed_accepts(derive_drafts(document(lines), "es"))]
    assert "Pedro Arregui" in keys and not [k for k in keys if "Lizarraga" in k and " y " in k], keys
    assert "Antonio García y Bellido" in keys, keys
    for code, prompt, key in (
        ("en", "According to the text, what goes in the gap? “The estates passed in 1921 to the houses of ____, which turned them to rum.”", "Clément and Depaz"),
        ("es", "Según el texto, ¿qué va en el hueco? «Las fincas pasaron en 1921 a las casas de ____, que las dedicaron al ron.»", "Arregui y Lizarraga"),
    ):
        draft = make_draft({"type": "fill_in", "prompt": prompt, "accept": [key]})
        assert any("two names" in p for p in giveaways.problems(draft, language_for(code), [])), code
        one = make_draft({"type": "fill_in", "prompt": prompt.replace("houses", "house").replace("las casas", "la casa"), "accept": [key]})
        assert not any("two names" in p for p in giveaways.problems(one, language_for(code), [])), code


def test_no_true_false_on_figures_that_compute_one_another():
    for code, lines, opening in (
        ("en", ["Tanks at Kelsby", "The new tank at the Kelsby works holds 900 litres, 300 litres more than the old tank's 600 litres.",
                "The yard keeps 450 litres of oil in drums and 1,200 litres of water in a cistern."], "The new tank"),
        ("es", ["Depósitos de Castrelo", "El depósito nuevo del taller de Castrelo guarda 900 litros, 300 litros más que los 600 litros del antiguo.",
                "El patio guarda 450 litros de aceite en bidones y 1.200 litros de agua en un aljibe."], "El depósito nuevo"),
    ):
        drafts = _statements(lines, code, opening)
        assert drafts and not [d for d in drafts if d.ready], code
        assert all(any("compute one another" in p for p in d.problems) for d in drafts), (code, [d.problems for d in drafts])
