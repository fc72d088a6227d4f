"""Failure kinds a fresh review of main's drafter found (kinds7), each on texts of our own
about other subjects, in English and Spanish: an equation line read as a heading; card fronts
that are discourse phrases ("The key point", "Un caso interesante"); a gap whose key the topic's
title gives; a country or famous person's role that general knowledge supplies; a place's short
name refused; a gap that swallows the preposition before a name."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, checks, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs
from quizapp.derive.discourse_fronts import discourse_front
from quizapp.derive.extract import read_facts
from quizapp.derive.famous_settings import famous_person_role, famous_setting_gap
from quizapp.derive.giveaways import gaps_of
from quizapp.derive.place_short_forms import short_form
from quizapp.derive.topic_titles import title_key, topic_titles
from quizapp.languages import language_for


def test_an_equation_line_is_content_not_a_heading_for_flask_bank_derive() -> None:
    """A chemical or mathematical equation on its own line is short and has no full stop: the
    title-line rule took it for a heading, and its section's items were filed under a topic
    titled "CaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂". A real title line still opens a section."""
    text = (
        "# Lime Mortar\n\nSlaked lime hardens as it takes up carbon dioxide from the air.\n\n"
        "Ca(OH)2 + CO2 → CaCO3 + H2O\n\nThe Water Cycle In Caves\n\n"
        "El agua con gas disuelve la caliza:\n\nCaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂\n\n"
        "F = ma\n\nThe same balance explains why caves grow in wet climates."
    )
    headings = {p.text: p.is_heading for p in read_paragraphs(text)}
    assert headings["Lime Mortar"] and headings["The Water Cycle In Caves"]
    for equation in ("Ca(OH)2 + CO2 → CaCO3 + H2O", "CaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂", "F = ma"):
        assert headings[equation] is False, equation


def _cards(paragraphs: list[tuple[str, bool]], language: str) -> dict[str, Draft]:
    """Every card the drafter makes of the paragraphs, ready or not, by its front."""
    drafts = derive_drafts([Paragraph(i + 1, t, h) for i, (t, h) in enumerate(paragraphs)], language)
    return {str(d.item["front"]): d for d in drafts if d.kind == "card"}


WINE = [
    ("La fermentación del vino", True),
    ("El mosto de uva se convierte en vino gracias a las levaduras. La clave del proceso es la levadura "
     "Saccharomyces cerevisiae, que transforma el azúcar en alcohol y dióxido de carbono.", False),
    ("Un caso interesante es la llamada fermentación maloláctica, que convierte el ácido málico en ácido "
     "láctico y suaviza el vino.", False),
    ("El punto de rocío es la temperatura a la que el aire se satura de vapor de agua, y en las bodegas se "
     "vigila para evitar el moho.", False),
]


def test_a_card_front_that_is_a_discourse_phrase_is_held_back() -> None:
    """Fresh review (kinds7 (a)): "La clave del proceso" → "El dióxido de carbono (CO₂)", "Un
    caso interesante" → "La llamada corrosión por mezcla": a learner shown the front cannot tell
    what is asked. A real term whose head is such a noun ("El punto de rocío") keeps its card."""
    cards = _cards(WINE, "es")
    for front in ("La clave del proceso", "Un caso interesante"):
        assert front in cards and not cards[front].ready, (front, cards.get(front))
        assert any("discourse phrase" in p for p in cards[front].problems)
    assert cards["El punto de rocío"].ready, cards["El punto de rocío"].problems


def test_discourse_fronts_in_english_and_spanish() -> None:
    """The rule on fronts alone, both languages: a signposting head with only evaluative or
    discourse words (and generic complements) is no front; a name or a specific word makes one."""
    def card(front: str) -> Draft:
        return Draft("p2-card-x", "card", {"front": front, "back": "Something the text names", "source": [2]}, 2, None, 1.0)

    for language, held, kept in (
        ("en", ["The key point", "Another example", "The result", "The problem", "An interesting case", "The real secret of the process"],
         ["The keystone", "The Key Bridge", "The dew point", "The problem of evil", "The result of the census"]),
        ("es", ["La clave del proceso", "Un caso interesante", "El resultado", "El problema", "Otro ejemplo", "Lo más curioso"],
         ["El punto de rocío", "La clave de sol", "El caso Dreyfus", "La fermentación maloláctica"]),
    ):
        lang = language_for(language)
        for front in held:
            assert discourse_front(card(front), lang), front
        for front in kept:
            assert not discourse_front(card(front), lang), front


def test_a_name_after_a_sentence_opening_preposition_does_not_swallow_it() -> None:
    """Fresh review (kinds7 (e)): "____'s tower, the Bell Rock…" keyed "Like Smeaton": the
    sentence's capitalised first word was read as the name's. A preposition or conjunction
    opening the sentence ("Like", "Unlike", "Igual que", "Tras") is never part of the name, so
    no gap, option or accepted answer holds it."""
    for language, texts, names in (
        ("en", ["Like Telford's bridge at Menai, the Conwy bridge was hung from wrought-iron chains in 1826.",
                "Unlike Brunel, the young engineer preferred cast iron for the arches of the new viaduct."], {"Telford", "Brunel"}),
        ("es", ["Igual que Humboldt, el joven naturalista Aimé Bonpland midió la altura de cada volcán que visitó en 1802.",
                "Tras Ramón y Cajal, la escuela de Madrid estudió la neurona con la tinción de plata durante décadas."], {"Humboldt", "Ramón y Cajal"}),
    ):
        facts = read_facts([(i + 1, t) for i, t in enumerate(texts)], language_for(language))
        found = {m.text for s in facts.sentences for m in s.mentions}
        assert names <= found, found
        assert not any(name.split()[0] in ("Like", "Unlike", "Igual", "Tras") for name in found), found
        drafts = derive_drafts([Paragraph(1, "Bridges and Brains", True)] + [Paragraph(i + 2, t) for i, t in enumerate(texts)], language)
        keys = [k for d in drafts for k in checks.gap_keys(d) + [str(a) for a in d.item.get("accept", [])]]
        assert not any(k.split()[0] in ("Like", "Unlike", "Igual", "Tras") for k in keys if k.split()), keys


def _ready_keys(paragraphs: list[tuple[str, bool]], language: str) -> dict[str, Draft]:
    """The ready questions' typed or picked keys, and the ready cards' backs, to their draft."""
    drafts = derive_drafts([Paragraph(i + 1, t, h) for i, (t, h) in enumerate(paragraphs)], language)
    keyed: dict[str, Draft] = {}
    for d in drafts:
        if d.ready:
            for key in checks.gap_keys(d) or [str(d.item.get("back", ""))]:
                keyed[key] = d
    return keyed


def test_a_country_or_famous_region_that_locates_a_famous_thing_is_not_asked() -> None:
    """Fresh review (kinds7 (c)): "La bahía de Ha Long, en ____" (Vietnam), "los cenotes de la
    península de ____" (Yucatán), "the fjords of ____" (Norway): general knowledge. A local place
    the reader cannot know ("the islet of ____", a hamlet) is still asked."""
    rice = [
        ("Terraced Rice Fields", True),
        ("The rice terraces of Banaue, in the Philippines, were cut into the mountains by the Ifugao about two thousand years ago.", False),
        ("Like the terraces of Yuanyang, in China, they are fed by streams that the villagers share out by an old rota.", False),
        ("The smallest terraces at Batad are no wider than a cart and are still ploughed with water buffalo hired from Kiangan.", False),
    ]
    keys = _ready_keys(rice, "en")
    assert "Philippines" not in keys and "China" not in keys, sorted(keys)
    volcanes = [
        ("Volcanes de fango", True),
        ("Los volcanes de fango de Gobustán, en Azerbaiyán, expulsan barro frío y metano desde hace miles de años.", False),
        ("Las salinas de Uyuni, en Bolivia, ocupan el fondo de un lago que se secó al final de la última glaciación.", False),
        ("En la aldea de Tarpón, a orillas del río Lebrija, los pescadores usan el barro caliente para curar redes desde 1911.", False),
    ]
    keys = _ready_keys(volcanes, "es")
    assert "Azerbaiyán" not in keys and "Bolivia" not in keys, sorted(keys)


def test_the_gap_rule_on_countries_regions_and_local_places() -> None:
    """The rule alone: a country or widely named region after a name, a place word or a famous
    landform is held back; the scene of an event ("nació en ____") and a local place are not."""
    def gap(prompt: str, key: str) -> Draft:
        return Draft("p2-fi-x", "question", {"type": "fill_in", "prompt": prompt, "accept": [key], "source": [2]}, 2, None, 1.0)

    en, es = language_for("en"), language_for("es")
    assert famous_setting_gap(gap("What goes in the gap? “The fjords of ____ were cut by glaciers.”", "Norway"), en)
    assert famous_setting_gap(gap("What goes in the gap? “Ha Long Bay, in ____, has limestone towers.”", "Vietnam"), en)
    assert famous_setting_gap(gap("¿Qué va en el hueco? «Los cenotes de la península de ____ son pozos.»", "Yucatán"), es)
    assert not famous_setting_gap(gap("What goes in the gap? “The treaty was signed in ____ in 1713.”", "Spain"), en)
    assert not famous_setting_gap(gap("¿Qué va en el hueco? «El ingeniero nació en ____ en 1840.»", "Francia"), es)
    assert not famous_setting_gap(gap("What goes in the gap? “The stones were cut at Hynish, on the island of ____.”", "Tiree"), en)
    # A class noun alone locates nothing famous: which island is the detail the text gives.
    assert not famous_setting_gap(gap("¿Qué va en el hueco? «En 1565 la expedición llegó a la isla de ____.»", "Guam"), es)
    assert not famous_setting_gap(gap("What goes in the gap? “The mine lay in the province of ____.”", "Colombia"), en)
    # A famous name that is no place, after a capitalised first word: a party, not a region.
    assert not famous_setting_gap(gap("¿Qué va en el hueco? «Diputados de ____ recurrieron la ley.»", "Vox"), es)
    assert famous_setting_gap(gap("¿Qué va en el hueco? «En el puerto de San Julián, en la ____, invernó la flota.»", "Patagonia"), es)


def test_a_famous_artists_occupation_is_no_card() -> None:
    """Fresh review (kinds7 (c)): "Robert Southey: who was this?" → "Poet" in a text on a
    lighthouse: the name is cited because it is famous, and the card asks what everyone knows.
    An engineer the document introduces keeps the card."""
    def role_card(language: str, person: str, role: str) -> Draft:
        front = language_for(language).prompt("card_role", person=person)
        return Draft("p2-card-x", "card", {"front": front, "back": role, "source": [2], "tags": ["people"]}, 2, None, 1.0)

    assert famous_person_role(role_card("en", "Robert Southey", "Poet"), language_for("en"))
    assert famous_person_role(role_card("en", "William Wordsworth", "Poet"), language_for("en"))
    assert famous_person_role(role_card("es", "Francisco de Goya", "Pintor"), language_for("es"))
    assert not famous_person_role(role_card("en", "Louis Favre", "Engineer"), language_for("en"))
    assert not famous_person_role(role_card("es", "Aimé Bonpland", "Botánico"), language_for("es"))
    mill = [
        ("The Cromford Mill", True),
        ("Richard Arkwright opened the first water-powered cotton mill at Cromford in 1771, on the river Derwent.", False),
        ("The poet William Wordsworth, who walked through the valley in 1790, complained that the mills spoiled the view.", False),
        ("The mill's manager, Jedediah Strutt, later built his own mills at Belper with the same machines.", False),
    ]
    cards = _cards(mill, "en")
    wordsworth = next((d for front, d in cards.items() if "Wordsworth" in front), None)
    assert wordsworth is None or not wordsworth.ready, wordsworth


def test_no_gap_is_cut_in_an_equation_paragraph() -> None:
    """Once an equation line is content (not a heading), the drafter must not cut a gap in it:
    "CaCO₃ + H₂O + CO₂ ⇌ ____(HCO₃)₂" keyed "Ca" asks a formula's token, not a fact. The
    sentences around it keep their items."""
    text = (
        "# Hard Water\n\nIn the Mendip caves the dripping water leaves calcite behind as it loses carbon dioxide "
        "to the air of the cave:\n\nCa(HCO3)2 → CaCO3 + H2O + CO2\n\n"
        "The stalactite in Wookey Hole grew about one centimetre in every 150 years, according to a survey of 1964."
    )
    paragraphs = read_paragraphs(text)
    equation = next(p.number for p in paragraphs if p.text.startswith("Ca(HCO3)2"))
    drafts = derive_drafts(paragraphs, "en")
    assert not [d.item for d in drafts if d.ready and d.paragraph == equation]
    assert any(d.ready and d.paragraph == equation + 1 for d in drafts)


RONDA = [
    ("El Tajo de Ronda", True),
    ("Ronda se asienta sobre una meseta que el río Guadalevín corta con un tajo de más de cien metros de hondo.", False),
    ("El Puente Nuevo de Ronda, terminado en 1793 por el arquitecto José Martín de Aldehuela, une la ciudad vieja con el barrio del Mercadillo.", False),
    ("Desde el mirador de Aldehuela los viajeros románticos dibujaron el puente y la garganta en la década de 1830.", False),
]


def test_a_landmarks_short_form_without_its_place_qualifier_is_accepted() -> None:
    """Fresh review (kinds7 (d)): "Ciudad Encantada de Cuenca" refused "Ciudad Encantada". A
    typed key naming a landmark with a trailing "de <place>" also accepts the name without it,
    where that still names one thing in the document; a person ("José Martín de Aldehuela") and
    a name whose place comes first ("Arbroath Abbey") keep their lists."""
    drafts = derive_drafts([Paragraph(i + 1, t, h) for i, (t, h) in enumerate(RONDA)], "es")
    lists = [[str(a) for a in gap.accept] for d in drafts for gap in gaps_of(d, typed=True)]
    bridge = [accepted for accepted in lists if accepted[0] in ("El Puente Nuevo de Ronda", "Puente Nuevo de Ronda")]
    assert bridge and all("Puente Nuevo" in accepted for accepted in bridge), lists
    assert not any(a in ("José Martín", "José", "Martín") for accepted in lists for a in accepted), lists
    es, en = language_for("es"), language_for("en")
    document = "La Ciudad Encantada de Cuenca está en la serranía de Cuenca. La Cueva de Altamira. Juan Bautista de Toledo."
    assert short_form("La Ciudad Encantada de Cuenca", es, document) == "Ciudad Encantada"
    assert short_form("Cueva de Altamira", es, document) is None  # "Cueva" alone names nothing
    assert short_form("Juan Bautista de Toledo", es, document) is None  # a person
    assert short_form("Ciudad Encantada de Cuenca", es, document + " La Ciudad Encantada de Uña es más pequeña.") is None
    assert short_form("Arbroath Abbey", en, "Arbroath Abbey stands in Arbroath.") is None


def test_a_key_the_topic_title_gives_is_held_back() -> None:
    """Fresh review (kinds7 (b)): a gap filed under a topic whose title holds its key is
    trivial. A surname that is also a word slipped through ("named after ____" → "Richard
    Christopher Carrington" under "The Carrington Event"), as did a lower-case key of several
    words in another number ("tubo volcánico" under "Los tubos volcánicos")."""
    def gap(key: str) -> Draft:
        item = {"type": "fill_in", "prompt": "What goes in the gap? “It is named after ____.”", "accept": [key], "source": [2]}
        return Draft("p2-fi-x", "question", item, 2, None, 1.0)

    en, es = language_for("en"), language_for("es")
    hadley = [Paragraph(1, "The Hadley Cell", True), Paragraph(2, "It is named after George Hadley."),
              Paragraph(3, "Trade winds", True), Paragraph(4, "The trade winds blow towards the equator.")]
    titles = topic_titles(hadley)
    assert titles[2] == ["The Hadley Cell"] and titles[4] == ["Trade winds", "The Hadley Cell"]
    assert title_key(gap("George Hadley"), titles[2], en)
    assert title_key(gap("Charles Francis Richter"), ["Magnitudes", "La escala Richter"], es)
    assert title_key(gap("tubo volcánico"), ["Formas subterráneas: los tubos volcánicos"], es)
    assert not title_key(gap("Sackville Street"), ["The outbreak on Broad Street"], en)  # "Street" is a common word
    assert not title_key(gap("Thomas Brown"), ["Brown's mill"], en)  # so is "Brown"
    assert not title_key(gap("George Hadley"), ["Trade winds"], en)
    assert not title_key(gap("colada de lava"), ["Formas subterráneas: los tubos volcánicos"], es)


def test_a_key_the_document_title_gives_is_not_drafted_ready() -> None:
    """The same through the drafter, on a text of our own in each language."""
    for language, paragraphs, surname in (
        ("en", [("The Hadley Cell", True),
                ("Warm air rises near the equator, flows towards the poles high up, sinks near thirty degrees and returns along the surface.", False),
                ("The circulation is named after George Hadley, the London lawyer who explained the trade winds in a short paper of 1735.", False)], "Hadley"),
        ("es", [("La escala Richter", True),
                ("La magnitud de un terremoto se calcula a partir de la amplitud de las ondas que registra un sismógrafo.", False),
                ("La escala lleva el nombre de Charles Francis Richter, el sismólogo que la propuso en Pasadena junto a Beno Gutenberg en 1935.", False)], "Richter"),
    ):
        drafts = derive_drafts([Paragraph(i + 1, t, h) for i, (t, h) in enumerate(paragraphs)], language)
        keys = [k for d in drafts if d.ready for k in checks.gap_keys(d)]
        assert not any(surname in k for k in keys), keys
