"""Who said it (issue 10, coverage of news paragraphs, brief cover6): a paragraph whose content is
what someone said, found or concluded ("Investigators concluded that ...", "Los vecinos
denunciaron que ...") gets, when no other ready draft covers it, a single choice on the speaker
among the document's other speakers. Our own small news texts (a water contamination story, a
landslide on a mountain road), written for these tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.actors import ActorDrafter
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for

WATER = [
    Paragraph(1, "Boil-water notice lifted in Harwell after two weeks", is_heading=True),
    Paragraph(2, "Residents of Harwell were told on Monday that their tap water is safe to drink again, fourteen days "
                 "after a burst main let river water into the town's supply. About 9,000 homes were affected."),
    Paragraph(3, "The mayor, Laura Benton, announced that free bottled water would be handed out at the library until "
                 "the end of the month. Local shops had run out of bottled water within two days of the notice."),
    Paragraph(4, "Engineers hired by the water company concluded that a worn valve had failed under pressure during "
                 "the cold snap. Their report, published by the Drinking Water Inspectorate, also criticised the slow "
                 "response."),
    Paragraph(5, "Shopkeepers on the high street have complained that the notice cost them a week of trade. Several "
                 "cafés closed because they could not wash dishes safely."),
    Paragraph(6, "Public health doctors warned that elderly people should keep drinking plenty of fluids. They said "
                 "the water had never carried a serious risk of infection."),
]

DERRUMBE = [
    Paragraph(1, "Reabierta la carretera de Valdelinares tras el derrumbe", is_heading=True),
    Paragraph(2, "La carretera que une Valdelinares con Mora de Rubielos volvió a abrirse el viernes, once días después "
                 "de que un desprendimiento de rocas cortara el paso en el kilómetro 14."),
    Paragraph(3, "Los técnicos de la Diputación insistieron en que la malla metálica instalada sobre la ladera "
                 "aguantará las lluvias del invierno. La obra costó cerca de 300.000 euros."),
    Paragraph(4, "Los vecinos de los pueblos del valle denunciaron que el rodeo por el puerto alargaba cada trayecto "
                 "en media hora. Muchos dejaron de ir al centro de salud durante esos días."),
    Paragraph(5, "Los geólogos de la Universidad de Zaragoza advirtieron que las heladas seguirán soltando piedras "
                 "en los taludes más altos. Recomiendan revisar la ladera cada primavera."),
    Paragraph(6, "El alcalde de Valdelinares, Jesús Mora, aseguró que la estación de esquí abrirá en la fecha "
                 "prevista. La temporada empieza a principios de diciembre."),
]


def _builder(paragraphs: list[Paragraph], code: str) -> Builder:
    facts = read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code))
    return Builder(facts)


def test_reported_statements_are_read_in_english() -> None:
    found = {r.speaker: r for r in ActorDrafter(_builder(WATER, "en")).statements()}
    assert set(found) == {"Laura Benton", "Engineers hired by the water company", "Shopkeepers on the high street", "Public health doctors"}
    assert found["Shopkeepers on the high street"].verb == "has complained"
    assert found["Public health doctors"].clause == "elderly people should keep drinking plenty of fluids"
    assert "They" not in found  # a pronoun points to another sentence


def test_reported_statements_are_read_in_spanish_with_their_number() -> None:
    found = {r.speaker: r for r in ActorDrafter(_builder(DERRUMBE, "es")).statements()}
    assert found["Los técnicos de la Diputación"].plural and found["Los técnicos de la Diputación"].joiner == "en que"
    assert found["Los vecinos de los pueblos del valle"].plural
    assert found["Los geólogos de la Universidad de Zaragoza"].verb == "advirtieron"


def _ready_speaker_choice(drafts: list[Draft], paragraph: int) -> Draft:
    ready = [d for d in drafts if d.ready and d.paragraph == paragraph]
    assert len(ready) == 1, [(d.key, d.item.get("prompt")) for d in ready]
    return ready[0]


def test_an_uncovered_paragraph_asks_who_made_its_statement_in_english() -> None:
    drafts = derive_drafts(WATER, "en")
    item = _ready_speaker_choice(drafts, 5).item
    assert item["prompt"] == "According to the text, who has complained that the notice cost them a week of trade?"
    options = {c["text"]: c["correct"] for c in item["choices"]}
    assert options["Shopkeepers on the high street"] is True
    # the wrong options are the document's other speakers, each reported saying something else
    assert set(options) == {"Shopkeepers on the high street", "Engineers hired by the water company", "Public health doctors"}
    assert sum(options.values()) == 1


def test_two_speaker_items_never_offer_the_same_options() -> None:
    """With three speakers, each item offers all three: a reader of two of them would place the
    answers by elimination, so only one is ready (paragraph 6 gets no speaker choice; since
    cover8 it asks what the doctors warned, on a card)."""
    drafts = derive_drafts(WATER, "en")
    sets = [frozenset(c["text"] for c in d.item["choices"]) for d in drafts if d.ready and d.item.get("type") == "single_choice"]
    assert len(sets) == len(set(sets)) >= 1
    assert not any(d.ready and d.kind == "question" for d in drafts if d.paragraph == 6)
    assert [d.item["front"] for d in drafts if d.ready and d.paragraph == 6] == ["According to the text, what did public health doctors warn about elderly people?"]


def test_spanish_options_agree_in_number_with_the_verb() -> None:
    drafts = derive_drafts(DERRUMBE, "es")
    item = _ready_speaker_choice(drafts, 4).item
    assert item["prompt"].startswith("Según el texto, ¿quiénes denunciaron que el rodeo por el puerto")
    options = {c["text"]: c["correct"] for c in item["choices"]}
    assert options["Los vecinos de los pueblos del valle"] is True
    assert "El alcalde de Valdelinares, Jesús Mora" not in options and "Jesús Mora" not in options  # singular: the verb rules it out
    assert len(options) >= 3


def test_a_paragraph_another_draft_covers_gets_no_speaker_item() -> None:
    drafts = derive_drafts(WATER, "en")
    # paragraph 4 has a name to ask: the speaker item stays held back there
    assert any(d.ready for d in drafts if d.paragraph == 4)
    assert not [d for d in drafts if d.ready and d.paragraph == 4 and "who concluded" in d.item.get("prompt", "")]


def test_a_lone_role_or_a_pronoun_is_never_a_speaker_option() -> None:
    text = [
        Paragraph(1, "Strike ends at the port", is_heading=True),
        Paragraph(2, "The minister said that the dispute had cost the port a month of exports to Asia."),
        Paragraph(3, "They argued that the new shift pattern would break up families across the town."),
        Paragraph(4, "Dock workers have insisted that the shift pattern was never agreed with their union."),
        Paragraph(5, "Port managers admitted that two cranes had stood idle since the spring inspection."),
    ]
    speakers = {r.speaker for r in ActorDrafter(_builder(text, "en")).statements()}
    assert speakers == {"Dock workers", "Port managers"}


def test_statements_in_the_present_are_read_and_asked_with_who_in_the_singular() -> None:
    """"Critics argue that ..." is asked "who argues that ...?" (who takes the singular);
    "sostienen que" keeps its plural, among plural options."""
    english = [
        Paragraph(1, "A new bridge for Kelso", is_heading=True),
        Paragraph(2, "Farmers argue that the new bridge will cut the drive to the market by an hour."),
        Paragraph(3, "Anglers on the Tweed say that the piers will silt up the best pools."),
        Paragraph(4, "Council engineers have insisted that the piers stand clear of the salmon runs."),
    ]
    found = {r.speaker: r for r in ActorDrafter(_builder(english, "en")).statements()}
    assert found["Farmers"].verb == "argues" and found["Anglers on the Tweed"].verb == "says"
    spanish = [
        Paragraph(1, "Un puente nuevo", is_heading=True),
        Paragraph(2, "Los agricultores sostienen que el puente acortará en una hora el viaje al mercado."),
        Paragraph(3, "La alcaldesa Rosa Ferrer afirma que la obra estará lista antes del verano."),
    ]
    found = {r.speaker: r for r in ActorDrafter(_builder(spanish, "es")).statements()}
    assert found["Los agricultores"].plural and found["Los agricultores"].verb == "sostienen"
    assert not found["La alcaldesa Rosa Ferrer"].plural


HARBOUR = [
    Paragraph(1, "The new breakwater at Porthleven", is_heading=True),
    Paragraph(2, "Work on the breakwater began in March 2021 and was finished two years later at a cost of £14 million, "
                 "paid by the Cornwall Council and the harbour trust."),
    Paragraph(3, "Fishermen moved their boats to Newlyn for the whole of the first winter of the works."),
    Paragraph(4, "Divers surveyed the old wall and found long cracks below the waterline in both arms."),
    Paragraph(5, "Marine biologists have pointed out that the new rock armour gives shelter to young crabs and lobsters."),
    Paragraph(6, "Critics have argued that the money would have done more good if spent on housing for local families."),
    Paragraph(7, "Engineers had long warned that a single storm could breach the old harbour wall."),
]


def test_the_documents_other_actors_are_wrong_options_when_few_speakers_are_reported() -> None:
    """One statement reported, and groups the text says did other things ("Fishermen moved ...",
    "Divers surveyed ..."): those groups are its wrong options, never a thing ("Work on ...")."""
    drafts = derive_drafts(HARBOUR, "en")
    item = _ready_speaker_choice(drafts, 5).item
    assert item["prompt"].startswith("According to the text, who has pointed out that the new rock armour gives shelter")
    options = {c["text"]: c["correct"] for c in item["choices"]}
    assert options.pop("Marine biologists") is True
    assert set(options) <= {"Fishermen", "Divers", "Engineers", "Critics"} and len(options) >= 2


def test_a_group_named_by_its_stance_is_never_the_key() -> None:
    """"Critics have argued that the money would have done more good ...": the critics are read
    off the statement's tone, so no item asks for them (and "Engineers had long" is no subject)."""
    drafts = derive_drafts(HARBOUR, "en")
    assert not [d for d in drafts if d.paragraph == 6 and d.item.get("type") == "single_choice" and "who has argued" in d.item["prompt"]]
    speakers = {r.speaker for r in ActorDrafter(_builder(HARBOUR, "en")).statements()}
    assert "Engineers had long" not in speakers and "Engineers" in speakers


def test_speakers_are_read_after_a_date_in_an_apposition_and_after_the_quote() -> None:
    english = [
        Paragraph(1, "Flood defences", is_heading=True),
        Paragraph(2, "In March 2024 the Environment Agency announced that the embankment would be raised by a metre."),
        Paragraph(3, "The chair of the parish council, Helen Marsh, said that the village had waited ten years for the work."),
        Paragraph(4, "The pumps will run day and night until the river falls, said Tom Reid, the site manager."),
    ]
    found = {r.speaker: r for r in ActorDrafter(_builder(english, "en")).statements()}
    assert found["the Environment Agency"].clause == "the embankment would be raised by a metre"
    assert found["Helen Marsh"].verb == "said"
    assert found["Tom Reid"].clause == "the pumps will run day and night until the river falls"
    spanish = [
        Paragraph(1, "Defensas contra la riada", is_heading=True),
        Paragraph(2, "En 2024, la Confederación Hidrográfica del Ebro anunció que el dique se elevará un metro."),
        Paragraph(3, "La alcaldesa de Novillas, Pilar Lasheras, aseguró que el pueblo llevaba diez años esperando la obra."),
        Paragraph(4, "«Las bombas funcionarán día y noche hasta que baje el río», explicó Tomás Ruiz, jefe de la obra."),
    ]
    found = {r.speaker: r for r in ActorDrafter(_builder(spanish, "es")).statements()}
    assert found["la Confederación Hidrográfica del Ebro"].verb == "anunció"
    assert found["Pilar Lasheras"].clause == "el pueblo llevaba diez años esperando la obra"
    assert found["Tomás Ruiz"].clause == "las bombas funcionarán día y noche hasta que baje el río"
