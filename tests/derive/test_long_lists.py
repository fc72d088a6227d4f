"""Lists whose items are long (brief longlists, issue 10): fresh reviews of unseen documents found
bulleted lists with no acceptable item when each item is a phrase and a clause or two ("the
cutting of kerbstones for towns that pave their old streets ..."), when the items pair a term
with its gloss ("silting, the local word for ..."), and in-sentence lists after a counted
lead-in whose items are whole clauses. Own texts on other subjects, and the integrator's probes
(``PROBE_EN``, ``PROBE_ES``, written for this brief)."""
from __future__ import annotations

from pathlib import Path

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs
from tests.helpers.drafts import document


def _list_cards(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.kind == "card" and "list" in d.item.get("tags", [])]


def _ready_cards(drafts: list[Draft], paragraph: int) -> list[tuple[str, str]]:
    return [(d.item["front"], d.item["back"]) for d in drafts if d.ready and d.kind == "card" and d.paragraph == paragraph]


QUARRY = [
    Paragraph(1, "The Lindholm quarry", is_heading=True),
    Paragraph(2, "The Lindholm quarry opened in 1841 on the hill above Skarvik and employed ninety cutters in 1900."),
    Paragraph(3, "Despite the decline, the Lindholm quarry still sells its granite, though on a far smaller scale "
                 "than in the days of Per Lindholm. Among its present and past uses are the following:"),
    Paragraph(4, "- the cutting of kerbstones for towns that pave their old streets with grey granite again; "
                 "- the making of millstones for the valley, where the stone ground oats for two centuries; "
                 "- the gravestones of the parish, much admired for their fine grain and even colour; "
                 "- the harbour walls of Skarvik, which have stood through a hundred winter storms."),
]

SALINA = [
    Paragraph(1, "La salina de Imón", is_heading=True),
    Paragraph(2, "La salina de Imón se abrió en el siglo XII y dio trabajo a cuarenta familias en 1900."),
    Paragraph(3, "Pese a la crisis, la salina de Imón sigue vendiendo sal, aunque a una escala mucho menor que en "
                 "la época de Ramón Gil. Entre sus usos actuales y pasados se cuentan los siguientes:"),
    Paragraph(4, "- la salazón de jamones para secaderos que curan piezas de bellota durante dos años; "
                 "- la conservación de pescado para la cuaresma, donde la sal permitía guardar el bacalao meses; "
                 "- las balsas de baño terapéutico, muy apreciadas por su agua densa y templada; "
                 "- los cueros de las tenerías, que se curtían con salmuera en invierno."),
]


def test_a_bulleted_list_of_long_items_is_a_card_of_their_heads_its_lead_in_quoted_with_the_sentence_naming_its_owner() -> None:
    cards = _list_cards(derive_drafts(QUARRY, "en"))
    assert [(c.item["front"], c.item["back"], c.item["source"]) for c in cards] == [(
        "The text introduces a list: \u201cDespite the decline, the Lindholm quarry still sells its granite, though on a far "
        "smaller scale than in the days of Per Lindholm. Among its present and past uses are the following:\u201d What does it list?",
        "The cutting of kerbstones for towns; the making of millstones for the valley; the gravestones of the parish; "
        "the harbour walls of Skarvik.",
        [3, 4],
    )]


def test_a_spanish_bulleted_list_of_long_items_is_a_card_of_their_heads() -> None:
    cards = _list_cards(derive_drafts(SALINA, "es"))
    assert [(c.item["front"], c.item["back"]) for c in cards] == [(
        "El texto presenta una lista: «Pese a la crisis, la salina de Imón sigue vendiendo sal, aunque a una escala mucho "
        "menor que en la época de Ramón Gil. Entre sus usos actuales y pasados se cuentan los siguientes:» ¿Qué enumera?",
        "La salazón de jamones para secaderos; la conservación de pescado para la cuaresma; las balsas de baño "
        "terapéutico; los cueros de las tenerías.",
    )]


def test_a_lead_in_with_no_noun_of_its_own_is_quoted_with_the_sentence_before_or_makes_no_card() -> None:
    named = document([
        "The mills of the Rother",
        "Forty mills once worked along the Rother between Etchingham and Rye. The main ones were:",
        "- Bodiam mill, which ground wheat; - Salehurst mill, which sawed oak; - Udiam mill, which fulled cloth.",
    ])
    fronts = [c.item["front"] for c in _list_cards(derive_drafts(named, "en"))]
    assert fronts == ["The text introduces a list: \u201cForty mills once worked along the Rother between Etchingham and Rye. "
                      "The main ones were:\u201d What does it list?"]
    alone = document([
        "The mills of the Rother",
        "The main ones were:",
        "- Bodiam mill, which ground wheat; - Salehurst mill, which sawed oak; - Udiam mill, which fulled cloth.",
    ])
    assert [c.item["front"] for c in _list_cards(derive_drafts(alone, "en"))] == []
    principales = document([
        "Los molinos del Tajuña",
        "Cuarenta molinos trabajaron en el Tajuña entre Orusco y Perales. Los principales eran:",
        "- el molino de Ambite, que molía trigo; - el molino de Carabaña, que serraba pino; - el molino de Tielmes, que batanaba paño.",
    ])
    fronts = [c.item["front"] for c in _list_cards(derive_drafts(principales, "es"))]
    assert fronts == ["El texto presenta una lista: «Cuarenta molinos trabajaron en el Tajuña entre Orusco y Perales. "
                      "Los principales eran:» ¿Qué enumera?"]


FORESTRY = document([
    "The Alder Moss ruling",
    "The county court heard the Alder Moss case in 2019 after the drainage board claimed the common.",
    "Lawyers who work on common land name three main consequences: the court held that commons belong to the "
    "public even when no parish registered them; moreover, it made clear that grazing rights survive a sale; "
    "and, finally, it recalled that the duty to consult depends on a real risk.",
])

CONSECUENCIAS = document([
    "El pleito del monte de Valdemoro",
    "La audiencia resolvió en 2019 el pleito del monte de Valdemoro entre dos ayuntamientos.",
    "Los especialistas en derecho agrario destacan tres consecuencias principales: la audiencia reafirmó que los "
    "pastos comunales son patrimonio público, aunque nadie los haya inscrito; además, dejó claro que la venta no "
    "borra el derecho de pasto; y, por último, recordó que los deberes de consulta dependen de un riesgo real.",
])


def test_a_counted_lead_in_with_clause_items_in_one_sentence_is_a_card_of_the_clauses_cut_to_stand_alone() -> None:
    cards = _list_cards(derive_drafts(FORESTRY, "en"))
    assert [c.item["back"] for c in cards] == [
        "The court held that commons belong to the public even when no parish registered them; it made clear that "
        "grazing rights survive a sale; it recalled that the duty to consult depends on a real risk."
    ]
    cards = _list_cards(derive_drafts(CONSECUENCIAS, "es"))
    assert [(c.item["front"], c.item["back"]) for c in cards] == [(
        "El texto presenta una lista: «Los especialistas en derecho agrario destacan tres consecuencias principales:» ¿Qué enumera?",
        "La audiencia reafirmó que los pastos comunales son patrimonio público; dejó claro que la venta no borra el "
        "derecho de pasto; recordó que los deberes de consulta dependen de un riesgo real.",
    )]
    assert all(c.ready for c in cards)


HARBOUR = [
    Paragraph(1, "The decline of Porthkennack", is_heading=True),
    Paragraph(2, "Why did the herring fleet of Porthkennack shrink so fast after 1950? The fishermen point to several causes:"),
    Paragraph(3, "- silting, the local word for sand filling the harbour mouth, which has closed the channel at low tide; "
                 "- the arrival of seining, the practice of dragging a bag net along the sea bed, which emptied the bay within ten years; "
                 "- ageing boats, many built before 1914 and now past repair; "
                 "- higher wages in the clay pits of St Austell, which drew the young men inland."),
]

ACEQUIAS = [
    Paragraph(1, "El riego de la vega", is_heading=True),
    Paragraph(2, "La vega de Orce se regaba con agua de la sierra hasta 1960. Los regantes usaban varias palabras propias:"),
    Paragraph(3, "- la tanda, el turno de riego que corresponde a cada parcela y que fija el alcalde del agua; "
                 "- el partidor, una piedra tallada que reparte el caudal entre dos acequias del llano; "
                 "- la hila, la porción de agua que pasa por una boca de un palmo, medida al amanecer."),
]


def test_items_pairing_a_term_with_its_gloss_teach_the_terms_a_card_each_when_fewer_than_three() -> None:
    drafts = derive_drafts(HARBOUR, "en")
    terms = sorted((d.item["front"], d.item["back"]) for d in drafts if d.kind == "card" and "list-term" in d.item.get("tags", []))
    assert terms == [
        ("According to the text, what is meant by \u201cseining\u201d?", "The practice of dragging a bag net along the sea bed"),
        ("According to the text, what is meant by \u201csilting\u201d?", "The local word for sand filling the harbour mouth"),
    ]
    assert all(d.ready for d in drafts if "list-term" in d.item.get("tags", []))
    # Three glossed terms are the list's matching (below), not three cards.
    assert not [d for d in derive_drafts(ACEQUIAS, "es") if "list-term" in d.item.get("tags", [])]


def test_items_pairing_three_terms_with_their_glosses_are_a_matching_of_the_glosses_cut_to_their_noun_phrase() -> None:
    drafts = derive_drafts(ACEQUIAS, "es")
    matchings = [d for d in drafts if d.item.get("type") == "matching"]
    assert [[(p["left"], p["right"]) for p in d.item["pairs"]] for d in matchings] == [[
        ("La tanda", "El turno de riego"),
        ("El partidor", "Una piedra tallada que reparte el caudal entre dos acequias del llano"),
        ("La hila", "La porción de agua que pasa por una boca de un palmo"),
    ]]


MOLINOS = [
    Paragraph(1, "El riego de la vega", is_heading=True),
    Paragraph(2, "¿Por qué se perdió el regadío de la vega de Orce tras 1960? Los regantes señalan varias causas:"),
    Paragraph(3, "- el cierre del partidor, una piedra tallada que repartía el caudal entre dos acequias del llano; "
                 "- el abandono de la hila, el nombre local para el turno de agua de cada parcela; "
                 "- la sequía de los años cincuenta, que secó los pozos; "
                 "- la emigración de los jóvenes a Barcelona y Valencia, donde los jornales eran más altos."),
]


def test_a_spanish_list_glossing_two_terms_gives_a_card_per_term_and_keeps_its_list_card() -> None:
    drafts = derive_drafts(MOLINOS, "es")
    terms = sorted((d.item["front"], d.item["back"]) for d in drafts if d.ready and "list-term" in d.item.get("tags", []))
    assert terms == [
        ("Según el texto, ¿a qué se llama «hila»?", "El nombre local para el turno de agua de cada parcela"),
        ("Según el texto, ¿a qué se llama «partidor»?", "Una piedra tallada que repartía el caudal entre dos acequias del llano"),
    ]
    assert [c.item["back"] for c in _list_cards(drafts) if c.ready] == [
        "El cierre del partidor; el abandono de la hila; la sequía de los años cincuenta; la emigración de los jóvenes a "
        "Barcelona y Valencia."
    ]


def test_a_matching_pairs_a_gloss_with_the_term_it_glosses_not_with_what_the_item_says_of_it() -> None:
    glossed = document([
        "The decline of Porthkennack",
        "The fishermen of Porthkennack name the changes that emptied the harbour:",
        "- the silting of the quay, the stone landing where the boats unloaded; - the arrival of trawling, the "
        "practice of dragging a bag net along the sea bed; - the closing of the cannery, which had bought the "
        "catch since 1890.",
    ])
    matchings = [d for d in derive_drafts(glossed, "en") if d.item.get("type") == "matching"]
    assert [[p["left"] for p in d.item["pairs"]] for d in matchings] == [["The quay", "Trawling", "The closing of the cannery"]]


def test_a_gloss_of_a_common_word_that_is_no_term_makes_no_card() -> None:
    common = [
        Paragraph(1, "The old town of Skarvik", is_heading=True),
        Paragraph(2, "Visitors to Skarvik usually see three places:"),
        Paragraph(3, "- the harbour, the oldest part of the town, rebuilt after 1870; - the market, a square of "
                     "grey granite below the church; - the station, opened in 1891 and closed in 1964."),
    ]
    assert not [d for d in derive_drafts(common, "en") if "list-term" in d.item.get("tags", [])]


def _probe(name: str) -> list[Paragraph]:
    return read_paragraphs((Path(__file__).parent / "probes" / name).read_text(encoding="utf-8"))


def test_the_probes_lists_of_long_items_their_glossed_terms_and_their_counted_clauses() -> None:
    english = derive_drafts(_probe("longlists-en.md"), "en")
    assert sorted((d.item["front"], d.item["back"]) for d in english if d.ready and "list-term" in d.item.get("tags", [])) == [
        ("According to the text, what is meant by \u201cdrainage\u201d?", "The local term for pumping water out of the polders"),
        ("According to the text, what is meant by \u201cergot\u201d?", "A fungal infection carried by insects"),
    ]
    assert [c.item["back"] for c in _list_cards(english) if c.ready] == [
        "The spread of ergot; drainage; ageing windmills; smuggling of grain across the border into France."
    ]
    spanish = derive_drafts(_probe("longlists-es.md"), "es")
    assert [c.item["back"] for c in _list_cards(spanish) if c.ready] == [
        "El tribunal reafirmó que los montes comunales forman parte del patrimonio público; dejó claro que la poda no "
        "borra su carácter comunal; recordó que los deberes de consulta dependen de un riesgo real.",
        "La producción de tapones para bodegas; la fabricación de paneles aislantes para la construcción; las suelas "
        "de calzado; los flotadores para redes de pesca.",
    ]


def test_a_long_clause_item_is_not_cut_at_the_that_of_its_verb() -> None:
    long_clauses = document([
        "The Alder Moss ruling",
        "The county court heard the Alder Moss case in 2019 after the drainage board claimed the common.",
        "Lawyers who work on common land name three main consequences: the regional court of appeal held that commons "
        "belong to the public even when no parish has ever registered them; moreover, it made clear that grazing rights "
        "survive a sale; and, finally, it recalled that the duty to consult depends on a real risk.",
    ])
    backs = [c.item["back"] for c in _list_cards(derive_drafts(long_clauses, "en"))]
    assert not any(b.startswith("The regional court of appeal held;") for b in backs)


def test_a_lead_in_naming_causes_of_nothing_is_quoted_with_the_question_before_it() -> None:
    english = derive_drafts(_probe("longlists-en.md"), "en")
    assert [c.item["front"] for c in _list_cards(english)] == [
        "Why did rye harvests collapse so quickly in a region that had been the country's largest grower for decades? "
        "Farmers and officials do not agree on the order of importance, but they point to several causes that reinforce "
        "one another. What causes does the text list?"
    ]
    causas = document([
        "El riego de la vega",
        "¿Por qué se perdió el regadío de la vega de Orce? Los regantes señalan varias causas: - el cierre del "
        "partidor de la Alcanacía; - la sequía de los pozos del llano; - la emigración de los jóvenes a la costa.",
    ])
    assert [c.item["front"] for c in _list_cards(derive_drafts(causas, "es"))] == [
        "¿Por qué se perdió el regadío de la vega de Orce? Los regantes señalan varias causas. ¿Qué causas enumera el texto?"
    ]
    # A figure in the question is another item's key: the lead-in is quoted alone.
    assert [c.item["front"] for c in _list_cards(derive_drafts(HARBOUR, "en"))] == [
        "The text introduces a list: \u201cThe fishermen point to several causes:\u201d What does it list?"
    ]


def test_a_matching_uses_every_item_of_its_list_when_a_long_description_is_cut_to_its_noun_phrase() -> None:
    mills = document([
        "The Rother mills",
        "Each of the four Rother mills had a trade of its own:",
        "- Bodiam: ground wheat for the bakers of Robertsbridge; - Salehurst: sawed oak for the shipyards at Rye; "
        "- Udiam: fulled the cloth of the valley weavers; - Etchingham: the small water mill of the abbey that ground "
        "oats and barley for the horses of the coaching inns on the London road.",
    ])
    matchings = [d for d in derive_drafts(mills, "en") if d.item.get("type") == "matching"]
    assert [[p["left"] for p in d.item["pairs"]] for d in matchings] == [["Bodiam", "Salehurst", "Udiam", "Etchingham"]]
    assert matchings[0].item["pairs"][3]["right"] == "The small water mill of the abbey"
    assert matchings[0].item["prompt"].startswith("The text introduces a list: \u201cEach of the four Rother mills")


def test_an_item_keeps_a_word_that_opens_its_own_phrase_rather_than_linking_it() -> None:
    epocas = document([
        "La cofradía de Bermeo",
        "La cofradía de pescadores de Bermeo guarda sus actas desde 1700.",
        "Los archiveros distinguen tres épocas de la cofradía: la del puerto viejo, la de la guerra y después de la guerra.",
    ])
    backs = [c.item["back"] for c in _list_cards(derive_drafts(epocas, "es"))]
    assert backs == ["La del puerto viejo; la de la guerra; después de la guerra."]
