"""coverage4 (issue 10): a list's items each get an item of their own, on texts of our own (a
tannery and a footpath charter in English, a chocolate workshop and a mill's charter in
Spanish): the numbered stages under a heading that names them ("The four stages of tanning")
get a card per stage, its front naming the stage and the process, its back the stage's own
detail; the duties of a charter a bulleted list of sentences gives, a card per duty."""
from __future__ import annotations

from quizapp.derive import Paragraph
from tests.helpers.drafts import document, ready_cards
from tests.helpers.drafts import ready_card_sides_by_paragraph, rows_document

TANNERY_EN = [
    ("Tanning oak bark leather at Colyton", True),
    ("The tannery at Colyton still tans hides in oak bark pits, as it has done for centuries. The work is slow and most of it is done by hand.", False),
    ("The four stages of tanning", True),
    ("Liming: the raw hides soak in pits of lime water for two weeks until the hair loosens.", "item"),
    ("Scudding: a tanner scrapes the last hair and fat off each hide with a blunt blade on a wooden beam.", "item"),
    ("Layering: the hides lie in pits between layers of ground oak bark for nine months.", "item"),
    ("Currying: the dried leather is rubbed with cod oil and tallow to make it supple.", "item"),
    ("The leather is sold to saddlers and shoemakers across the country.", False),
]
CHOCOLATE_ES = [
    ("El chocolate de metate de Oaxaca", True),
    ("En los talleres de Oaxaca el chocolate se muele todavía sobre piedra, como en tiempos de los abuelos. El trabajo es lento y se hace a mano.", False),
    ("Las cuatro etapas de la elaboración", True),
    ("Tostado: los granos de cacao se tuestan en un comal de barro hasta que crujen.", "item"),
    ("Descascarillado: los granos tostados se frotan entre las manos para soltar la cáscara.", "item"),
    ("Molienda: el cacao se muele en un metate de piedra caliente hasta formar una pasta espesa.", "item"),
    ("Mezcla: la pasta se amasa con azúcar y canela y se reparte en tablillas redondas.", "item"),
    ("Las tablillas se venden en el mercado de los sábados.", False),
]


def _paragraphs(rows: list[tuple[str, object]]) -> list[Paragraph]:
    return rows_document(rows)


def _ready_cards(rows: list[tuple[str, object]], language: str) -> dict[int, list[tuple[str, str]]]:
    return ready_card_sides_by_paragraph(rows_document(rows), language)


def test_a_stage_under_a_heading_naming_the_stages_gets_its_card() -> None:
    """«1. Molienda: el cacao se muele ...» under «Las cuatro etapas de la elaboración»: «En la
    elaboración del chocolate de metate de Oaxaca, ¿en qué consiste la molienda?» -> the stage's
    own detail, not its label."""
    for rows, language, stage, process, detail in (
        (TANNERY_EN, "en", "scudding", "tanning oak bark leather", "blunt blade"),
        (CHOCOLATE_ES, "es", "molienda", "chocolate de metate", "metate de piedra"),
    ):
        cards = _ready_cards(rows, language)
        number = next(n for n, (text, _) in enumerate(rows, start=1) if text.lower().startswith(stage))
        asked = [(f, b) for f, b in cards.get(number, []) if stage in f.lower()]
        assert asked, (language, cards)
        front, back = asked[0]
        assert process in front.lower(), front
        assert detail in back and not back.lower().startswith(stage), back


FOOTPATH_EN = [
    ("The Hartside footpath", True),
    ("The footpath over Hartside was reopened in 2011 after years of neglect.", False),
    ("The partners' duties", True),
    ("The farmers of the fell signed a charter with the walking club to keep the path open. The charter sets out three duties:", False),
    ("The walking club repairs the stiles and waymarks every autumn with its own volunteers.", "item"),
    ("The estate keeps a gate unlocked at the top of the fell from March to October.", "item"),
    ("The district council mows the verges of the lower path twice each summer.", "item"),
    ("Walkers are asked to keep dogs on a lead near the sheep.", False),
]
MILL_ES = [
    ("El molino de Ruidera", True),
    ("El molino de Ruidera volvió a moler trigo en 2009 tras veinte años parado.", False),
    ("Los compromisos del convenio", True),
    ("Los molineros firmaron un convenio con la cooperativa de la comarca para mantener el molino. El convenio recoge tres compromisos:", False),
    ("La cooperativa vende la harina del molino en sus tiendas de la comarca a un precio pactado.", "item"),
    ("Los molineros limpian el cauce del canal cada primavera con la ayuda de los vecinos.", "item"),
    ("El ayuntamiento paga el seguro del edificio y arregla el tejado cuando hace falta.", "item"),
    ("El molino abre a los visitantes los domingos por la mañana.", False),
]


def test_each_duty_of_a_listed_agreement_gets_its_card() -> None:
    """"The charter sets out three duties:" over sentences each opening with its party ("The
    estate keeps a gate unlocked ..."): a card per duty whose front says whose charter and asks
    the party's duty, its back the item's own words; «El convenio recoge tres compromisos:» too."""
    for rows, language, party, detail, named in (
        (FOOTPATH_EN, "en", "the estate", "gate unlocked", "walking club"),
        (MILL_ES, "es", "el ayuntamiento", "seguro del edificio", "cooperativa de la comarca"),
    ):
        cards = _ready_cards(rows, language)
        number = next(n for n, (text, _) in enumerate(rows, start=1) if text.lower().startswith(party))
        asked = [(f, b) for f, b in cards.get(number, []) if party in f.lower()]
        assert asked, (language, cards)
        front, back = asked[0]
        assert named in front, front  # the agreement said which: whose charter it is
        assert detail in back, back


# A condition that lists its cases ("If a shelf is cracked, overloaded or carries a damp pot,
# ...") was cut at its first comma: the front asked only the first case and the back opened on
# the rest of the list ("Overloaded or carries a damp pot, the whole stack ..."). The list is
# read whole up to the item its "or"/"and" («o»/«y») joins; a result that opens on its own
# subject after a comma is no list and is not swallowed.
def _condition_cards(lines: list[str], language: str) -> list[tuple[str, str]]:
    return [card for cards in ready_cards(document(lines), language).values() for card in cards]


def test_a_condition_listing_its_cases_is_read_whole_en() -> None:
    cards = _condition_cards([
        "Caring for the kiln at Ashby",
        "The potters fire the big kiln once a month, and a firing lasts two days. If a shelf is cracked, "
        "overloaded or carries a damp pot, the whole stack can collapse during the firing.",
    ], "en")
    assert any(front.endswith("if a shelf is cracked, overloaded or carries a damp pot?")
               and back == "The whole stack can collapse during the firing." for front, back in cards), cards
    assert not any(back.startswith("Overloaded") for _, back in cards), cards


def test_a_condition_listing_its_cases_is_read_whole_es() -> None:
    cards = _condition_cards([
        "El horno de la alfarería de Níjar",
        "Los alfareros encienden el horno grande una vez al mes, y cada cocción dura dos días. Si una balda está rajada, "
        "sobrecargada o lleva una vasija húmeda, toda la pila puede derrumbarse durante la cocción.",
    ], "es")
    assert any(front.endswith("si una balda está rajada, sobrecargada o lleva una vasija húmeda?")
               and back == "Toda la pila puede derrumbarse durante la cocción." for front, back in cards), cards
    assert not any(back.startswith("Sobrecargada") for _, back in cards), cards


def test_a_result_opening_on_its_subject_is_kept_apart_en() -> None:
    """The result's own first clause holds an "and" but opens on its subject: the condition
    stays as it is, the back is the whole result."""
    cards = _condition_cards([
        "Bread at the Tollgate bakery",
        "The bakers at Tollgate start work at four in the morning. When the kitchen stays cold, the yeasts slow down "
        "and the dough rises late, so the first loaves come out after opening time.",
    ], "en")
    assert any(front == "According to the text, what happens when the kitchen stays cold?" for front, _ in cards), cards


def test_a_result_opening_on_its_subject_is_kept_apart_es() -> None:
    cards = _condition_cards([
        "El pan de la tahona de Tordesillas",
        "Los panaderos de la tahona empiezan a trabajar a las cuatro de la mañana. Cuando el obrador está frío, "
        "las levaduras se frenan y la masa sube tarde, y los primeros panes salen después de abrir.",
    ], "es")
    assert any(front.endswith("cuando el obrador está frío?") for front, _ in cards), cards


def test_a_condition_listing_things_is_still_held_es() -> None:
    """The cases are things, not states of one subject («siembran trigo, cebada, ...»): no card
    reads the list into its front, as before."""
    cards = _condition_cards([
        "Las rotaciones de la vega",
        "Los huertos de la vega se riegan con agua del río desde hace siglos. Cuando los labradores siembran trigo, "
        "cebada, avena y centeno, cambian de parcela cada pocos años.",
    ], "es")
    assert not any("cebada" in front for front, _ in cards), cards
