"""listitems2 (issue 10): a bulleted list of long noun phrases ("- A grant paying up to 40
pounds a tree ..., a sum the board may raise.") under a lead-in whose last sentence speaks of
the items by their ordinals ("The first is modest, the second costly, and the third binds the
growers themselves:") and whose sentence before counts the set ("The scheme rests on three
measures, each of which ..."): the list gets its card (the set and its owner on the front, each
item cut to its head in the text's own words), and each item the lead-in says something of by
its ordinal a card of its own. On texts of our own (an orchard scheme, a fishing agreement)."""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts

ORCHARD_EN = [
    ("The Vale orchard scheme", True),
    ("The growers of the Vale and the county cider board signed a new scheme in March after a poor harvest.", False),
    ("What the scheme holds", True),
    ("The scheme rests on three measures, each of which has drawn praise and doubt. The first is modest, the second costly, and the third binds the growers themselves:", False),
    ("A grant paying up to 40 pounds a tree to replant old orchards with local apple varieties, a sum the board may raise.", "item"),
    ("A fund that will buy the growers' fruit at a fixed price after a late frost, a hailstorm or a blight.", "item"),
    ("A rule requiring every grower to sell a quarter of the harvest to the board's presses before any other buyer.", "item"),
    ("The first trees under the scheme were planted in the autumn.", False),
]
LONJA_ES = [
    ("La lonja de Barbate", True),
    ("Los pescadores de Barbate y la cofradía de la costa firmaron un acuerdo en mayo tras una mala temporada.", False),
    ("Qué recoge el acuerdo", True),
    ("El acuerdo descansa en tres medidas, cada una de las cuales ha recibido elogios y críticas. La primera es modesta, la segunda costosa, y la tercera obliga a los propios pescadores:", False),
    ("Una ayuda que paga las redes nuevas de los barcos más pequeños, una cantidad que la cofradía puede subir.", "item"),
    ("Un fondo que comprará el pescado a un precio fijo después de un temporal, una veda o una marea roja.", "item"),
    ("Una norma que obliga a cada pescador a vender la cuarta parte de sus capturas en la lonja antes que a cualquier otro comprador.", "item"),
    ("Las primeras redes nuevas llegaron en otoño.", False),
]


def _paragraphs(rows: list[tuple[str, object]]) -> list[Paragraph]:
    return [Paragraph(n, text, kind is True, kind == "item") for n, (text, kind) in enumerate(rows, start=1)]


def _ready_cards(rows: list[tuple[str, object]], language: str) -> list[tuple[int, str, str]]:
    return [
        (d.paragraph, d.item["front"], d.item["back"])
        for d in derive_drafts(_paragraphs(rows), language)
        if d.kind == "card" and not d.problems
    ]


def test_a_list_of_noun_phrases_under_an_ordinal_lead_in_gets_its_card() -> None:
    """"The scheme rests on three measures. What measures does the text list?" -> the three
    items cut to their heads, in the text's own words, before their first comma."""
    for rows, language, owner, heads in (
        (ORCHARD_EN, "en", "the scheme rests on three measures", ["a grant paying up to 40 pounds", "a fund that will buy", "a rule requiring every grower"]),
        (LONJA_ES, "es", "el acuerdo descansa en tres medidas", ["una ayuda que paga", "un fondo que comprará", "una norma que obliga"]),
    ):
        cards = _ready_cards(rows, language)
        listed = [(f, b) for _, f, b in cards if b.count(";") == 2]
        assert listed, (language, cards)
        front, back = listed[0]
        assert owner in front.lower(), front
        assert all(h in back.lower() for h in heads), back
        assert "," not in back and "may raise" not in back and "puede subir" not in back, back


def test_an_item_the_lead_in_speaks_of_by_its_ordinal_gets_its_card() -> None:
    """"the third binds the growers themselves" -> "The scheme rests on three measures. Which
    of them binds the growers themselves, according to the text?" -> the third item."""
    for rows, language, owner, said, item in (
        (ORCHARD_EN, "en", "the scheme rests on three measures", "binds the growers themselves", "a rule requiring every grower"),
        (LONJA_ES, "es", "el acuerdo descansa en tres medidas", "obliga a los propios pescadores", "una norma que obliga a cada pescador"),
    ):
        cards = _ready_cards(rows, language)
        asked = [(n, f, b) for n, f, b in cards if said in f]
        assert asked, (language, cards)
        number, front, back = asked[0]
        assert owner in front.lower() and "first" not in front.lower() and "tercera" not in front.lower(), front
        assert back.lower().startswith(item), back
        assert rows[number - 1][0].lower().startswith(item), number


def test_no_ordinal_card_when_the_counting_sentence_does_not_name_its_owner() -> None:
    """"It rests on three measures, ...": the front would not say what rests on them; and items
    that are sentences on their subjects ("The board pays ...") are not cut as phrases."""
    pronoun = [(t.replace("The scheme rests on", "It rests on"), k) for t, k in ORCHARD_EN]
    assert not [f for _, f, _ in _ready_cards(pronoun, "en") if "rests on" in f]
    sentences = [
        *ORCHARD_EN[:4],
        ("The board pays up to 40 pounds a tree to replant old orchards with local apple varieties.", "item"),
        ("The fund buys the growers' fruit at a fixed price after a late frost or a hailstorm.", "item"),
        ("Every grower sells a quarter of the harvest to the board's presses before any other buyer.", "item"),
    ]
    assert not [f for _, f, _ in _ready_cards(sentences, "en") if "Which of them" in f]
