"""listitems3 (issue 10): a list's items each get an item of their own, on texts of our own (a
ferry pier's lease in English, a harbour's rules in Spanish): the infinitive items under a
lead-in reporting what a party agreed or was asked to do ("Under the lease, the ferry company
agreed to:", «En virtud del contrato, la naviera se comprometió a:») get a card per item, its
front naming the lead-in's party and the item's verb, its back the item's own detail."""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from tests.helpers.drafts import ready_card_sides_by_paragraph, rows_document

PIER_EN = [
    ("The Brinlow ferry pier", True),
    ("The old timber pier at Brinlow was rebuilt in 1998 and leased to a ferry company from the mainland. The town council signed a lease with the company for twenty years.", False),
    ("Under the lease, the company agreed to:", False),
    ("repaint the iron railings along the whole pier every third spring;", "item"),
    ("pay for a lifeguard on the beach beside the pier in July and August;", "item"),
    ("keep the waiting room open to walkers even on days without sailings.", "item"),
    ("The council in turn gave up the harbour dues the company had paid until then.", False),
]
PUERTO_ES = [
    ("El muelle de Brinlow", True),
    ("El viejo muelle de madera de Brinlow se reconstruyó en 1998 y se arrendó a una naviera de la costa. El ayuntamiento firmó con ella un contrato de alquiler por veinte años.", False),
    ("En virtud del contrato, la naviera se comprometió a:", False),
    ("pintar las barandillas de hierro de todo el muelle cada tres primaveras;", "item"),
    ("pagar un socorrista en la playa junto al muelle en julio y agosto;", "item"),
    ("mantener la sala de espera abierta a los paseantes incluso los días sin travesías.", "item"),
    ("El ayuntamiento, a cambio, renunció a las tasas del puerto que la naviera pagaba hasta entonces.", False),
]


def _paragraphs(rows: list[tuple[str, object]]) -> list[Paragraph]:
    return rows_document(rows)


def _ready_cards(rows: list[tuple[str, object]], language: str) -> dict[int, list[tuple[str, str]]]:
    return ready_card_sides_by_paragraph(rows_document(rows), language)


def test_each_thing_a_party_agreed_to_do_gets_its_card() -> None:
    """"- repaint the iron railings along the whole pier every third spring;" under "Under the
    lease, the company agreed to:": "... Under the lease, what did the company agree to
    repaint?" -> "The iron railings along the whole pier every third spring." Each item is
    asked by its own card; the back is the item's detail, never its verb."""
    for rows, language, verb, party, detail in (
        (PIER_EN, "en", "repaint", "the company", "iron railings"),
        (PUERTO_ES, "es", "pintar", "la naviera", "barandillas de hierro"),
    ):
        cards = _ready_cards(rows, language)
        for number, (text, kind) in enumerate(rows, start=1):
            if kind != "item":
                continue
            item_verb = text.split()[0]
            asked = [(f, b) for f, b in cards.get(number, []) if item_verb in f]
            assert asked, (language, number, cards)
            front, back = asked[0]
            assert party in front and "?" in front, front
            assert not back.lower().startswith(item_verb), back
        number = next(n for n, (text, _) in enumerate(rows, start=1) if text.startswith(verb))
        front, back = next((f, b) for f, b in cards[number] if verb in f)
        assert detail in back.lower(), back


LIMITS_EN = [
    ("Wave power on the Brinlow coast", True),
    ("Wave power draws on the swell that rolls onto the Brinlow coast all year round, and the coast guard once hoped to light its stations with it.", False),
    ("Wave power is cleaner than the diesel the stations burn, but it also has drawbacks that explain why no station has switched to it so far:", False),
    ("the cost of the floating buoys, since each one has to be towed out and moored by a tug;", "item"),
    ("the corrosion of the cables, because salt water eats through their sheaths within a few winters;", "item"),
    ("the calm weeks of high summer, when the swell dies away for days at a time.", "item"),
    ("The coast guard has kept its diesel engines for now.", False),
]
LIMITS_ES = [
    ("La energía de las olas en la costa de Brinlow", True),
    ("La energía de las olas aprovecha el oleaje que llega a la costa de Brinlow todo el año, y los faros esperaban alumbrarse con ella.", False),
    ("La energía de las olas es más limpia que el gasóleo de los faros, pero tiene inconvenientes que explican por qué ningún faro la usa todavía:", False),
    ("el coste de las boyas flotantes, ya que cada una debe remolcarse y fondearse con un remolcador;", "item"),
    ("la corrosión de los cables, porque el agua salada destruye sus fundas en pocos inviernos;", "item"),
    ("las semanas de calma del verano, cuando el oleaje desaparece durante días.", "item"),
    ("Los faros conservan por ahora sus viejos motores.", False),
]


def test_a_listed_item_giving_its_reason_gets_its_card() -> None:
    """"- the cost of the floating buoys, since each one has to be towed out ...;" under a
    lead-in that is a whole sentence naming drawbacks: "... How does the text explain “the
    cost of the floating buoys”?" -> "Each one has to be towed out and moored by a tug." The
    back is the reason, not the item's head; an item giving no reason gets no such card."""
    for rows, language, head, reason in (
        (LIMITS_EN, "en", "the cost of the floating buoys", "towed out"),
        (LIMITS_ES, "es", "el coste de las boyas flotantes", "remolcarse"),
    ):
        cards = _ready_cards(rows, language)
        number = next(n for n, (text, _) in enumerate(rows, start=1) if text.startswith(head))
        asked = [(f, b) for f, b in cards.get(number, []) if head in f]
        assert asked, (language, cards)
        front, back = asked[0]
        assert ("drawbacks" in front or "inconvenientes" in front) and front.endswith("?"), front
        assert reason in back and head not in back, back
        calm = len(rows) - 2  # "the calm weeks of high summer, when ...": a time, no reason
        assert not [f for f, _ in cards.get(calm, []) if "calm" in f or "calma" in f], cards.get(calm)


def test_the_front_says_which_agreement_when_its_sentence_opens_with_a_figure() -> None:
    """"After three years of talks the council and the company signed a lease." before "Under
    the lease, the company agreed to:": the front quotes "The council and the company signed a
    lease." (the opening phrase, whose figure another draft asks, left out), so the card says
    which lease it asks of."""
    rows = [
        ("The Brinlow ferry pier", True),
        ("The old timber pier at Brinlow was rebuilt and leased to a ferry company from the mainland. After three years of talks the council and the company signed a lease.", False),
        *PIER_EN[2:],
    ]
    cards = _ready_cards(rows, "en")
    fronts = [f for n in (4, 5, 6) for f, _ in cards.get(n, []) if "agree to" in f]
    assert len(fronts) == 3, cards
    assert all(f.startswith("The council and the company signed a lease. Under the lease, what did") for f in fronts), fronts


def test_a_long_item_is_cut_to_its_head_before_its_purpose_not_inside_it() -> None:
    """"- a store at the ferry steps to keep the bicycles of the passengers out of the way ...;"
    is shown on the list's card as "a store at the ferry steps", not "... to keep the
    bicycles" cut inside its purpose; «un mirador sobre la bahía junto a la lonja ...» never as
    «... junto» cut inside «junto a»."""
    for language, rows, cut, bad in (
        ("en", [
            ("The Brinlow ferry pier", True),
            ("The council plans to rebuild the landward end of the pier. The plan for the pier includes three new works:", False),
            ("a store at the ferry steps to keep the bicycles of the passengers out of the way in the summer months;", "item"),
            ("a new shelter for the queue at the end of the pier with seats and a roof of glass along its whole length;", "item"),
            ("a lift from the promenade down to the lower landing stage, where the small boats tie up at low tide.", "item"),
        ], "a store at the ferry steps", "to keep"),
        ("es", [
            ("El muelle de Brinlow", True),
            ("El ayuntamiento quiere reformar el extremo del muelle. El proyecto del muelle comprende tres obras nuevas:", False),
            ("un mirador de madera sobre la bahía junto a la lonja del pescado para los paseantes del verano;", "item"),
            ("una marquesina para la cola de los pasajeros al final del muelle con bancos y un techo de cristal;", "item"),
            ("un ascensor desde el paseo hasta el embarcadero inferior, donde atracan las barcas pequeñas.", "item"),
        ], "un mirador de madera", "junto"),
    ):
        backs = [d.item["back"] for d in derive_drafts(_paragraphs(rows), language) if d.kind == "card" and "list" in d.item.get("tags", [])]
        assert backs, (language, backs)
        assert cut.capitalize() in backs[0] and f"{bad};" not in backs[0] and f"{bad} " not in backs[0].split(";")[0], backs[0]


def test_a_listed_item_saying_what_it_does_in_a_relative_clause_gets_its_card() -> None:
    """"- the timing of the swell, which does not match the hours when the lamps are lit;":
    "... What does the text say about “the timing of the swell”?" -> "Does not match the
    hours when the lamps are lit." («..., que no coincide con ...»); not an item whose relative
    clause has a subject of its own ("which salt water eats through")."""
    rows_en = [*LIMITS_EN[:5], ("the timing of the swell, which does not match the hours when the lamps are lit.", "item"), LIMITS_EN[-1]]
    rows_es = [*LIMITS_ES[:5], ("el horario del oleaje, que no coincide con las horas en que se encienden los faros.", "item"), LIMITS_ES[-1]]
    for rows, language, head, back_start in (
        (rows_en, "en", "the timing of the swell", "Does not match"),
        (rows_es, "es", "el horario del oleaje", "No coincide"),
    ):
        cards = _ready_cards(rows, language)
        asked = [(f, b) for f, b in cards.get(6, []) if head in f]
        assert asked, (language, cards)
        assert asked[0][1].startswith(back_start), asked
