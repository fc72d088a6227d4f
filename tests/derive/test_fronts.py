"""Prompts and card fronts that point at text the learner does not see (issue 10, brief
full-fronts). Fresh reviewers rejected items on four unseen documents: a quoted sentence or an
ordering's step opening with a connective ("For that reason, the ____ ...", «Por eso, ...»),
whose other half is the sentence before; and orderings whose steps order themselves (each step
takes up the product of the one before, or names a stage every reader places). Own texts
(a glassworks, a wool mill), written for these tests, in English and Spanish.
"""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.context import both_of_before, leans_on_context, marker_prefix
from quizapp.derive.discourse_fronts import both_front
from quizapp.derive.trivial_gaps import self_ordered_steps
from quizapp.languages import language_for
from tests.helpers.drafts import document, make_draft

EN, ES = language_for("en"), language_for("es")

GLASS_EN = [
    "The glassworks of Verrin",
    "The glassworks of Verrin opened in 1874 beside the river Olme. The furnaces burned beech wood from the nearby hills.",
    "Sand from the Calder dunes was rich in silica. For that reason, the owners built a rail spur to the dunes in 1881.",
    "The first kilns cracked often in winter. On the other hand, the engineer Mara Doyle praised the new chimneys in 1890.",
    "Verrin made window glass until 1902. However, the company switched to bottles when the railway reached the coast.",
    "The owners signed a contract with the port of Halby in 1893. The port took most of the bottles.",
]
GLASS_ES = [
    "La vidriera de Verrín",
    "La vidriera de Verrín abrió en 1874 junto al río Olme. Los hornos quemaban leña de haya de los montes cercanos.",
    "La arena de las dunas de Calder era rica en sílice. Por eso, los dueños construyeron un ramal de tren hasta las dunas en 1881.",
    "Los primeros hornos se agrietaban a menudo en invierno. En cambio, la ingeniera Mara Doyle elogió las chimeneas nuevas en 1890.",
    "Verrín fabricó vidrio de ventana hasta 1902. Sin embargo, la empresa pasó a las botellas cuando el ferrocarril llegó a la costa.",
    "Los dueños firmaron un contrato con el puerto de Halby en 1893. El puerto se quedaba con casi todas las botellas.",
]


def _ready(lines: list[str], code: str) -> list[Draft]:
    return [d for d in derive_drafts(document(lines), code) if d.ready]


def _shown(d: Draft) -> list[str]:
    """Every text a learner reads of an item: its prompt or front, and its steps or sides."""
    item = d.item
    texts = [str(item.get("prompt", "")), str(item.get("front", ""))]
    texts += [str(x) for x in item.get("items") or []]
    texts += [str(p.get("left", "")) for p in item.get("pairs") or [] if isinstance(p, dict)]
    return [t for t in texts if t]


# --- 1. a connective left at the start of what is shown --------------------------------------

def test_a_connective_of_cause_or_contrast_is_a_marker() -> None:
    for text, lang, marker in (
        ("For that reason, the owners built a rail spur.", EN, "For that reason, "),
        ("For this reason the kilns were lined with clay.", EN, "For this reason "),
        ("On the other hand, the engineer praised the chimneys.", EN, "On the other hand, "),
        ("Consequently, the owners built a spur.", EN, "Consequently, "),
        ("Despite this, the kilns kept cracking.", EN, "Despite this, "),
        ("Por esta razón, los dueños construyeron un ramal.", ES, "Por esta razón, "),
        ("Por lo tanto, la empresa pasó a las botellas.", ES, "Por lo tanto, "),
        ("No obstante, la ingeniera elogió las chimeneas.", ES, "No obstante, "),
        ("De este modo, la arena llegaba a la fábrica.", ES, "De este modo, "),
        ("Por eso", ES, "Por eso"),  # an event cut at its comma: the connective alone
    ):
        assert text[: marker_prefix(text, lang)] == marker, text
        assert leans_on_context(text, lang), text


def test_a_phrase_that_goes_on_is_no_connective() -> None:
    for text, lang in (
        ("As a result of the flood, the town moved uphill.", EN),
        ("In contrast to the old kilns, the new ones held heat.", EN),
        ("Despite this change, the kilns kept cracking.", EN),
        ("In the same way as the potters, the glassmakers fired at night.", EN),
        ("Con todo el grano vendido, la cooperativa pagó sus deudas.", ES),
        ("Del mismo modo que los alfareros, los vidrieros trabajaban de noche.", ES),
        ("Por otra parte del valle corría el río.", ES),  # «parte del»: a place, no connective
    ):
        assert marker_prefix(text, lang) == 0, text


def test_a_quoted_sentence_is_asked_without_its_connective() -> None:
    for lines, code, asked, connectives in (
        (GLASS_EN, "en", "The owners built a rail spur to the dunes in ____.", ("for that reason", "on the other hand")),
        (GLASS_ES, "es", "Los dueños construyeron un ramal de tren hasta las dunas en ____.", ("por eso", "en cambio")),
    ):
        ready = _ready(lines, code)
        shown = [t for d in ready for t in _shown(d)]
        assert any(asked in t for t in shown), shown
        for t in shown:
            for connective in connectives:
                assert connective not in t.lower(), t


def test_an_orderings_step_is_never_a_connective() -> None:
    """«Por eso, los dueños construyeron ... en 1881» cut at its comma was the step «Por eso»."""
    for lines, code in ((GLASS_EN, "en"), (GLASS_ES, "es")):
        steps = [str(x) for d in _ready(lines, code) for x in (d.item.get("items") or [])]
        steps += [str(p["left"]) for d in _ready(lines, code) for p in (d.item.get("pairs") or []) if isinstance(p, dict)]
        for step in steps:
            assert len(step.split()) > 2, step
            assert not leans_on_context(step, language_for(code)), step


# --- 3. orderings whose steps order themselves ---------------------------------------------

def _ordering(*steps: str) -> Draft:
    return make_draft({"type": "ordering", "prompt": "Put these steps in the order the text describes them.", "items": list(steps)})


def test_steps_that_take_up_the_one_befores_product_are_held() -> None:
    for steps, lang in (
        (("The wool was carded", "The carded wool was spun into yarn", "The yarn was woven into cloth"), EN),
        (("Se cardaba la lana", "La lana cardada se hilaba", "El hilo se tejía en el telar"), ES),
        (("The clay is dug from the bank", "The dug clay is soaked into a slip", "The slip is poured into moulds"), EN),
        (("La uva se pisa en el lagar", "La uva pisada se convierte en mosto", "El mosto fermenta en tinajas"), ES),
    ):
        assert self_ordered_steps(_ordering(*steps), lang), steps


def test_steps_named_by_verbs_of_making_that_order_themselves_are_held() -> None:
    for steps, lang in (
        (("Farmers harvest the cherries", "The beans are dried in the sun", "The beans are roasted in drums", "The beans are ground at the shop"), EN),
        (("Se recogen las cerezas", "Los granos se secan al sol", "Se tuestan los granos", "Los granos se muelen en la tienda"), ES),
        (("The barley is collected from the fields", "The grain is roasted over a fire", "The flour is sold at the market"), EN),
        (("Los pescadores recogen las algas", "Las algas se lavan en el río", "Las algas se venden en la lonja"), ES),
    ):
        assert self_ordered_steps(_ordering(*steps), lang), steps


def test_steps_whose_order_the_text_must_give_are_kept() -> None:
    for steps, lang in (
        # the text's order goes against the verbs' (a pot shaped before it is fired): surprising
        (("The clay is shaped on the wheel", "The pots are fired in the kiln", "The potter dries the pots"), EN),
        (("Los granos se tuestan en el horno", "Se recogen las cerezas más tardías", "Se muelen los granos"), ES),
        # verbs of no stage: the text orders them
        (("The tea is picked by hand", "The leaves wither on racks", "The leaves are rolled", "The leaves oxidise in a cool room"), EN),
        (("La lonja se traslada al muelle nuevo", "Un temporal hunde dos lanchas", "El ayuntamiento compra la lonja"), ES),
        # nouns that are verbs elsewhere ("the fire", "the press", "a bottle"): no stage
        (("The fire spread to the press room", "A bottle fell from the shelf", "The workers left the mill"), EN),
        # one pair fixed among four steps, the rest open
        (("The cherries are harvested", "The pickers are paid on Fridays", "A storm floods the terraces", "The cooperative hires a lorry"), EN),
    ):
        assert not self_ordered_steps(_ordering(*steps), lang), steps


WOOL_EN = [
    "The wool mill of Arden",
    "The mill of Arden bought wool from the hill farms of the valley and sold cloth to the towns on the coast.",
    "The wool from the hill farms went through three stages in the mill. First the wool was carded by hand. "
    "Then the carded wool was spun into yarn on the wheels of the upper floor. Finally the yarn was woven into cloth on the looms.",
]
WOOL_ES = [
    "El batán de Arden",
    "El batán de Arden compraba lana a las granjas del valle y vendía paño a los pueblos de la costa.",
    "La lana de las granjas pasaba por tres fases en el batán. Primero se cardaba la lana a mano. "
    "Después la lana cardada se hilaba en los tornos del piso alto. Por último el hilo se tejía en los telares.",
]


def test_a_drafted_ordering_of_self_ordered_steps_is_not_offered() -> None:
    for lines, code in ((WOOL_EN, "en"), (WOOL_ES, "es")):
        drafted = [d for d in derive_drafts(document(lines), code) if d.item.get("type") == "ordering" and d.paragraph == 3]
        assert drafted, code  # the steps are found ...
        assert not any(d.ready for d in drafted), [d.item["items"] for d in drafted]  # ... and held
        assert any("order themselves" in p for d in drafted for p in d.problems), [d.problems for d in drafted]


# --- 2. a dangling referent: "both", «ambas», "the process" of the sentence before ------------

TILES_EN = [
    "The potteries of Brell",
    "Brell had two potteries in 1880, the Hollin works and the Marsh works, both on the canal.",
    "In 1895 the Hollin works and the Marsh works joined a guild of tile makers. Both sent their best tiles to the fair at Leeds in 1897.",
    "Dust pressing squeezes nearly dry clay powder in a steel die. The process lets one worker make 600 tiles a day.",
]
TILES_ES = [
    "Las alfarerías de Brell",
    "Brell tenía dos alfarerías en 1880, la de Hollin y la de Marsh, las dos junto al canal.",
    "En 1895 la alfarería de Hollin y la de Marsh entraron en un gremio de azulejeros. Ambas enviaron sus mejores azulejos a la feria de Leeds en 1897.",
    "El prensado en seco aprieta polvo de arcilla casi seco en un molde de acero. El procedimiento permite a un obrero hacer 600 azulejos al día.",
]


def test_both_of_the_sentence_before_is_never_shown_alone() -> None:
    for lines, code, both in ((TILES_EN, "en", "both"), (TILES_ES, "es", "ambas")):
        for d in _ready(lines, code):
            for text in _shown(d):
                quoted = text.split("“")[-1].split("«")[-1]
                if both in quoted.lower():  # only with the sentence naming the two before it
                    assert "Marsh" in quoted.split(both.capitalize())[0], text
                    assert both.capitalize() in quoted, text


def test_the_process_of_the_sentence_before_is_quoted_with_it() -> None:
    for lines, code, sentence, before in (
        (TILES_EN, "en", "The process lets one worker make ____ tiles a day.", "Dust pressing squeezes"),
        (TILES_ES, "es", "El procedimiento permite a un obrero hacer ____ azulejos al día.", "El prensado en seco aprieta"),
    ):
        prompts = [str(d.item.get("prompt", "")) for d in _ready(lines, code)]
        asking = [p for p in prompts if sentence in p]
        assert asking, prompts  # still asked ...
        assert all(before in p for p in asking), asking  # ... with the sentence that says which process


def test_both_is_kept_when_the_sentence_names_the_two() -> None:
    assert both_of_before("Both sent their best tiles to the fair.", EN) == "Both"
    assert both_of_before("Ambas enviaron sus mejores azulejos a la feria.", ES) == "Ambas"
    assert both_of_before("Both the Hollin works and the Marsh works sent tiles.", EN) is None
    assert both_of_before("Ambos talleres, el de Hollin y el de Marsh, enviaron azulejos.", ES) is None
    # a noun after it says what it counts: a dispute's two sides
    assert both_of_before("Both sides signed an agreement at the town hall.", EN) is None
    assert both_of_before("Ambas partes firmaron un acuerdo en el ayuntamiento.", ES) is None
    card = Draft("p2-x", "card", {"source": [2], "front": "Según el texto, ¿cuándo enviaron Ambas sus mejores azulejos a la feria de Leeds?", "back": "1897"}, 2, None, 1.0)
    assert both_front(card, ES)
    named = Draft("p2-x", "card", {"source": [2], "front": "When did both the Hollin works and the Marsh works join the guild?", "back": "1895"}, 2, None, 1.0)
    assert not both_front(named, EN)
    sides = Draft("p2-x", "card", {"source": [2], "front": "Según el texto, ¿cuándo firmaron ambas partes un acuerdo?", "back": "1911"}, 2, None, 1.0)
    assert not both_front(sides, ES)
