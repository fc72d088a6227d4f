"""cards4 (issue 10): a card's front asks and its back answers it, on texts of our own (a salt
works, a tin mill, a covered market, a dye garden, a lithium brine; EN and ES).

- a definition card whose back says what its front was FOR ("Closing the tidal sluice" -> "A
  measure to keep the river silt out of the pans") is asked as a purpose card ("What was
  closing the tidal sluice for?" -> "To keep ..."); a definition card whose back judges its
  front ("A low ratio" -> "An advantage because ...") is held; a named method keeps its
  definition ("The Leblanc process" -> "A method for making soda ash ...");
- a what-happens card whose back is the first of the steps its paragraph tells of a stage asks
  what happens first;
- a timeline card whose event has two coordinated verbs keeps both or is held;
- a term card whose back gives what it is made of ("a dimer of ...") where the text says what it
  is elsewhere ("the blue pigment of the dye") is held;
- a front whose noun keeps only a grading adjective ("a low ratio") where its paragraph names
  the noun with its qualifier ("the magnesium-to-lithium ratio") is held.
"""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts


def _paragraphs(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(1, "Notes", is_heading=True)] + [
        Paragraph(i + 2, t.removeprefix("- "), is_list_item=t.startswith("- ")) for i, t in enumerate(texts)]


def _cards(texts: list[str], language: str) -> list[tuple[str, str, list[str]]]:
    return [(str(d.item["front"]), str(d.item["back"]), d.problems) for d in derive_drafts(_paragraphs(texts), language) if d.kind == "card"]


def _ready(texts: list[str], language: str) -> list[tuple[str, str]]:
    return [(front, back) for front, back, problems in _cards(texts, language) if not problems]


SALT_EN = "The Kellow salt works stood on the estuary of the Fal from 1780 to 1911."
SALT_ES = "Las salinas de Kellow funcionaron en el estuario del Fal entre 1780 y 1911."


def test_a_definition_whose_back_says_what_its_front_was_for_is_asked_as_a_purpose() -> None:
    en = [SALT_EN, "Closing the tidal sluice was a measure to keep the river silt out of the pans.",
          "Flooding the lower pans is a simple way of dissolving the crust left by the winter storms."]
    ready = _ready(en, "en")
    assert not any(front in ("Closing the tidal sluice", "Flooding the lower pans") for front, _ in ready), _cards(en, "en")
    assert ("According to the text, what was closing the tidal sluice for?", "To keep the river silt out of the pans.") in ready, _cards(en, "en")
    assert ("According to the text, what is flooding the lower pans for?", "For dissolving the crust left by the winter storms.") in ready, _cards(en, "en")
    es = [SALT_ES, "Cerrar la compuerta de la marea fue una medida para impedir que el limo del río entrara en las eras.",
          "El rastrillado de los cristales era una forma de evitar que se hundieran en el barro."]
    ready_es = _ready(es, "es")
    assert not any(front in ("Cerrar la compuerta de la marea", "El rastrillado de los cristales") for front, _ in ready_es), _cards(es, "es")
    assert ("Según el texto, ¿para qué sirvió cerrar la compuerta de la marea?",
            "Para impedir que el limo del río entrara en las eras.") in ready_es, _cards(es, "es")
    assert ("Según el texto, ¿para qué servía el rastrillado de los cristales?",
            "Para evitar que se hundieran en el barro.") in ready_es, _cards(es, "es")


def test_a_named_method_keeps_its_definition_and_a_judging_back_is_held() -> None:
    kept = [SALT_EN, "The Leblanc process is a method for making soda ash from common salt and sulphuric acid."]
    assert ("The Leblanc process", "A method for making soda ash from common salt and sulphuric acid") in _ready(kept, "en"), _cards(kept, "en")
    judged = [SALT_EN, "The brine of the upper pans has a low ratio. A low ratio is an advantage because the crystals form faster."]
    assert not any(back.startswith("An advantage") for _f, back in _ready(judged, "en")), _cards(judged, "en")
    judged_es = [SALT_ES, "El invierno de 1850 fue un desastre porque las lluvias disolvieron la sal de las eras bajas."]
    assert not any(back.startswith("Un desastre") for _f, back in _ready(judged_es, "es")), _cards(judged_es, "es")


MINE_EN = "The Tarrow tin mine worked the granite of the moor for two centuries."
MINE_ES = "La mina de estaño de Tarrow explotó el granito del páramo durante dos siglos."


def test_a_what_happens_card_answered_by_the_first_of_several_steps_asks_what_happens_first() -> None:
    en = [MINE_EN, "In the mill the ore passes first under heavy stamps that break it into sand. The sand then runs over "
                   "sloping tables where water carries the light grains away, and the heavy tin grains are dried in a kiln."]
    fronts = [front for front, _ in _ready(en, "en")]
    assert "According to the text, what happens to the ore in the mill?" not in fronts, _cards(en, "en")
    assert "According to the text, what happens first to the ore in the mill?" in fronts, _cards(en, "en")
    es = [MINE_ES, "En el molino, el mineral pasa primero bajo mazos pesados que lo rompen en arena. Luego la arena corre sobre "
                   "mesas inclinadas donde el agua arrastra los granos ligeros, y los granos de estaño se secan en un horno."]
    fronts_es = [front for front, _ in _ready(es, "es")]
    assert "Según el texto, ¿qué le ocurre al mineral en el molino?" not in fronts_es, _cards(es, "es")
    assert "Según el texto, ¿qué le ocurre primero al mineral en el molino?" in fronts_es, _cards(es, "es")
    whole = [MINE_EN, "Inside the kiln the wet clay loses the last of its water and shrinks slightly before it hardens."]
    assert any(front == "According to the text, what happens to the wet clay inside the kiln?" for front, _ in _ready(whole, "en")), _cards(whole, "en")


def test_a_timeline_card_keeps_both_verbs_of_its_event_or_is_held() -> None:
    es = ["El mercado de abastos de Villarreña abrió sus puertas en 1928 junto a la plaza mayor.",
          "La historia reciente del mercado tiene varias fechas clave:",
          "- Marzo de 2019: los vendedores denuncian goteras en la cubierta de hierro del pabellón central.",
          "- Mayo de 2021: el municipio cierra el mercado durante las obras del pabellón para cambiar la cubierta y anuncia un concurso.",
          "- Enero de 2022: el estudio Larraga gana el concurso con un proyecto de madera.",
          "- Octubre de 2023: el mercado reabre con veinte puestos y una terraza."]
    ready = _ready(es, "es")
    assert not any(back.rstrip(".").endswith("para cambiar la cubierta") or back.rstrip(".").endswith("durante las obras del pabellón")
                   for _f, back in ready), _cards(es, "es")
    assert not any(back.endswith("y anuncia un concurso.") and back.startswith("Para") for _f, back in ready), _cards(es, "es")
    en = ["The Harbour Street market in Kelby opened in 1928 beside the old fish quay.",
          "The market's recent history has a few key dates:",
          "- March 2019: stallholders report leaks in the iron roof of the central hall.",
          "- May 2021: the council closes the market during the works on the hall to replace the roof and launches a competition.",
          "- January 2022: the Larkin studio wins the competition with a timber scheme.",
          "- October 2023: the market reopens with twenty stalls and a terrace."]
    ready_en = _ready(en, "en")
    assert not any(back.rstrip(".").endswith("to replace the roof") or back.rstrip(".").endswith("during the works on the hall")
                   for _f, back in ready_en), _cards(en, "en")


DYE_EN = "Woad was grown in the fields around Toulouse for three centuries."
DYE_ES = "El glasto se cultivó en los campos de Toulouse durante tres siglos."


def test_a_term_card_giving_what_the_term_is_made_of_where_the_text_says_what_it_is_is_held() -> None:
    en = [DYE_EN, "The blue of the cloth comes from indigotin, the pigment that the vat leaves on the fibre. "
                  "Indigotin is a dimer of two indoxyl molecules joined at their carbon atoms."]
    assert not any(back.startswith("A dimer") for _f, back in _ready(en, "en")), _cards(en, "en")
    es = [DYE_ES, "El azul del paño procede de la indigotina, el pigmento que la tina deja en la fibra. "
                  "La indigotina es un dímero de dos moléculas de indoxilo unidas por sus átomos de carbono."]
    assert not any(back.startswith("Un dímero") for _f, back in _ready(es, "es")), _cards(es, "es")


BRINE_EN = "The Salar de Pocitos lies at 3,600 metres in the Puna of Salta."
BRINE_ES = "El salar de Pocitos está a 3.600 metros en la Puna de Salta."


def test_a_front_dropping_the_qualifier_its_paragraph_gives_the_noun_is_held() -> None:
    en = [BRINE_EN, "Its brine has a low magnesium-to-lithium ratio. A low ratio is an advantage because the magnesium is costly to separate from the lithium.",
          "The plant keeps a high pumping rate in winter. A high rate matters because the ponds lose less water when it is cold."]
    ready = _ready(en, "en")
    assert not any(front in ("Explain why a low ratio is an advantage.", "Explain why a high rate matters.") for front, _ in ready), _cards(en, "en")
    es = [BRINE_ES, "Su salmuera tiene una baja relación entre magnesio y litio. Una relación baja es una ventaja porque el magnesio es caro de separar del litio.",
          "La planta mantiene un caudal de bombeo alto en invierno. Un caudal alto importa porque las balsas pierden menos agua cuando hace frío."]
    ready_es = _ready(es, "es")
    assert not any("relación baja" in front or "caudal alto" in front for front, _ in ready_es), _cards(es, "es")
    kept = [BRINE_EN, "Its brine is pumped into shallow ponds. A low pumping rate is an advantage because the ponds lose less water."]
    assert any(front == "Explain why a low pumping rate is an advantage." for front, _ in _ready(kept, "en")), _cards(kept, "en")


HAY_EN = "Hay making on the hill farms of Wensley follows the weather more than the calendar."
HAY_ES = "La siega en las granjas de montaña de Wensley sigue al tiempo más que al calendario."


def test_a_case_whose_next_sentence_goes_on_asks_what_happens_first_and_keeps_its_adjective() -> None:
    """'A bale that is stored too wet heats up in the barn. It then grows a white mould ...': the
    back is the first of what happens: the front asks what happens first. «Una paca que se guarda
    demasiado húmeda se calienta ...»: the case keeps «húmeda» (the verb is after «se»), no back
    «Húmeda se calienta ...»."""
    en = [HAY_EN, "A bale that is stored too wet heats up in the barn. It then grows a white mould and can even catch fire."]
    fronts = [front for front, _ in _ready(en, "en")]
    assert "According to the text, what happens when a bale is stored too wet?" not in fronts, _cards(en, "en")
    assert "According to the text, what happens first when a bale is stored too wet?" in fronts, _cards(en, "en")
    es = [HAY_ES, "Una paca que se guarda demasiado húmeda se calienta en el granero."]
    cards = _cards(es, "es")
    assert not any(back.startswith("Húmeda") for _f, back, _p in cards), cards
    assert ("Según el texto, ¿qué ocurre cuando una paca se guarda demasiado húmeda?", "Se calienta en el granero.") in _ready(es, "es"), cards
    es_next = [HAY_ES, "Una paca que se guarda demasiado húmeda se calienta en el granero. Después cría un moho blanco y puede incluso arder."]
    assert ("Según el texto, ¿qué ocurre primero cuando una paca se guarda demasiado húmeda?", "Se calienta en el granero.") in _ready(es_next, "es"), _cards(es_next, "es")
