"""Failure kinds two fresh reviews of main's drafter found (kinds9, reviews 16 and 17), each on
texts of our own about other subjects, in English and Spanish: a definition card whose front is a
place; a typed gap whose key shares its stem with a word of the prompt; a person's surname refused
after a role written in apposition."""

from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.giveaways import problems, word_family
from quizapp.derive.titled_names import titled_name
from quizapp.languages import language_for


def _cards(paragraphs: list[Paragraph], language: str) -> dict[str, Draft]:
    return {str(d.item.get("front")): d for d in derive_drafts(paragraphs, language) if d.kind == "card"}


RIVERS_EN = [
    Paragraph(1, "The Delta of the Irrawaddy", is_heading=True),
    Paragraph(2, "The lower Irrawaddy is a broad, muddy plain where the river splits into many arms before the sea. "
                 "Farmers there grow rice on land that floods every monsoon, and towns such as Pathein stand on raised banks."),
    Paragraph(3, "Alluvium refers to the sand and silt a river carries and drops when its current slows. "
                 "Each year the arms of the delta push a little further into the Andaman Sea."),
]
RIVERS_ES = [
    Paragraph(1, "El delta del Ebro", is_heading=True),
    Paragraph(2, "El bajo Guadalquivir es una llanura húmeda y muy llana donde el agua del río avanza despacio hacia el mar. "
                 "Los agricultores cultivan arroz en marismas que se inundan cada invierno, cerca de pueblos como Isla Mayor."),
    Paragraph(3, "La carga sólida consiste en la arena y el limo que transporta una corriente y que deja caer cuando pierde fuerza. "
                 "Cada año la desembocadura avanza unos metros hacia el mar."),
]


def test_a_definition_card_whose_front_is_a_place_is_held_back() -> None:
    """Review 16: "The lower Chao Phraya" -> "A flat, low-lying delta where water drains slowly":
    a place is no term; what the text says of it is general geography and the front has many
    backs. A term the same document defines keeps its card."""
    for paragraphs, language, place, term in ((RIVERS_EN, "en", "Irrawaddy", "Alluvium"), (RIVERS_ES, "es", "Guadalquivir", "carga sólida")):
        cards = _cards(paragraphs, language)
        placed = [d for front, d in cards.items() if place in front]
        assert placed, cards.keys()
        assert all(d.problems for d in placed), [(d.item, d.problems) for d in placed]
        termed = [d for front, d in cards.items() if term.lower() in front.lower() and "definition" in d.item.get("tags", [])]
        assert termed and not all(d.problems for d in termed), [(d.item, d.problems) for d in termed]


def _typed(prompt: str, accept: list[str]) -> Draft:
    item: dict[str, Any] = {"type": "fill_in", "prompt": prompt, "accept": accept, "source": [2]}
    return Draft("p2-fi-x", "question", item, 2, None, 1.0)


def _quoted(sentence: str) -> str:
    return f"According to the text, which word goes in the gap? “{sentence}”"


def test_a_typed_key_of_the_prompts_word_family_is_held_back() -> None:
    """Review 17 and cover5's concept gaps: a key sharing its stem with a word of the prompt
    ("denser" -> densification), or the same word with a derivational prefix ("la población ...
    la ____" -> despoblación, "population" -> depopulation), is read off the prompt. Unrelated
    words, and names that merely open alike, keep the gap."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, _typed(_quoted("As the snow grew denser, the ____ of the old layers went on for decades."), ["densification"])),
        (en, _typed(_quoted("The census showed a falling population, and ____ emptied the hill farms."), ["depopulation"])),
        (es, _typed(_quoted("La población del valle menguó, y la ____ cerró las escuelas rurales."), ["despoblación", "despoblacion"])),
        (es, _typed(_quoted("Con la despoblación, la ____ del valle cayó a la mitad."), ["población"])),
        (en, _typed(_quoted("The two towns could not agree, and the ____ over the bridge lasted a year."), ["disagreement"])),
    ]
    for lang, draft in held:
        assert word_family(draft, lang), draft.item["prompt"]
        assert any("stem" in p or "family" in p for p in problems(draft, lang, ())), draft.item["prompt"]
    kept = [
        (en, _typed(_quoted("The snow grew deeper, and the ____ of the old layers went on for decades."), ["densification"])),
        (es, _typed(_quoted("Las escuelas rurales cerraron, y la ____ del valle siguió."), ["despoblación"])),
        (en, _typed(_quoted("Rosales lent the boat that ____ sailed to the island."), ["Rosa Mendiola"])),
        (en, _typed(_quoted("The ferry carried ____ passengers in 1990."), ["1,200"])),
        (es, _typed(_quoted("El texto del tratado fijó la ____ de los tejidos."), ["textura"])),
    ]
    for lang, draft in kept:
        assert not word_family(draft, lang), draft.item["prompt"]


def _accepts(paragraphs: list[Paragraph], language: str) -> dict[str, list[str]]:
    """Every fill-in gap's accept list (ready or not), by its first answer."""
    return {d.item["accept"][0]: d.item["accept"] for d in derive_drafts(paragraphs, language) if d.item.get("type") == "fill_in"}


FERRY_ES = [
    Paragraph(1, "El naufragio del ferry de Ons", is_heading=True),
    Paragraph(2, "El ministro de Fomento, Anxo Regueiro, anunció en 2016 una investigación sobre el naufragio del ferry, "
                 "que se hundió frente a la isla de Ons con 41 pasajeros a bordo."),
    Paragraph(3, "La asociación de afectados, cuya portavoz fue Uxía Bernárdez, pidió que se revisaran los permisos de la naviera. "
                 "Su presidenta, Iria Carballeira, perdió a su hermano en el accidente."),
    Paragraph(4, "La fundación de ayuda a las familias, presidida durante sus primeros años por Sabela Outeiriño, pagó las becas "
                 "de los huérfanos hasta 2022."),
]
FERRY_EN = [
    Paragraph(1, "The loss of the Skerry ferry", is_heading=True),
    Paragraph(2, "The transport minister, Tavita Faleolo, ordered an inquiry into the sinking in 2016, when the ferry went down "
                 "off the Skerry islands with 41 passengers aboard."),
    Paragraph(3, "The families formed an association to press for answers. Its president, Ngaire Tupou, lost her brother in the "
                 "accident and campaigned for new rules on ferry inspections."),
    Paragraph(4, "A relief fund, chaired in its first years by Losa Vaifale, paid the school fees of the orphans until 2022."),
]


def test_a_name_after_a_role_in_apposition_accepts_the_surname_alone() -> None:
    """Review 17: "el ministro ..., Eduardo Cabrita", "its president, Nádia Piazza": the role in
    apposition says the name is a person's, whose surname alone a learner types."""
    es, en = _accepts(FERRY_ES, "es"), _accepts(FERRY_EN, "en")
    for accepts, full, surname in ((es, "Anxo Regueiro", "Regueiro"), (es, "Iria Carballeira", "Carballeira"),
                                   (es, "Uxía Bernárdez", "Bernárdez"), (es, "Sabela Outeiriño", "Outeiriño"),
                                   (en, "Tavita Faleolo", "Faleolo"), (en, "Ngaire Tupou", "Tupou"), (en, "Losa Vaifale", "Vaifale")):
        assert full in accepts, accepts.keys()
        assert surname in accepts[full], accepts[full]


def test_a_name_in_apposition_whose_surname_another_person_shares_is_accepted_whole() -> None:
    shared = [*FERRY_EN, Paragraph(4, "A diver, Sione Faleolo, found the wreck a week later at a depth of 30 metres.")]
    accepts = _accepts(shared, "en")
    assert "Tavita Faleolo" in accepts, accepts.keys()
    assert "Faleolo" not in accepts["Tavita Faleolo"], accepts["Tavita Faleolo"]


def test_roles_in_apposition() -> None:
    en, es = language_for("en"), language_for("es")
    for lang, text, name in ((es, "Ayer, el ministro del Interior, Anxo Regueiro, dijo", "Anxo Regueiro"),
                             (en, "Its president, Ngaire Tupou, lost", "Ngaire Tupou"),
                             (en, "The inquiry heard Ngaire Tupou, the association's president, on Monday.", "Ngaire Tupou"),
                             (es, "Lo explicó Iria Carballeira, presidenta de la asociación.", "Iria Carballeira"),
                             (es, "La asociación, cuya portavoz fue Uxía Bernárdez, pidió", "Uxía Bernárdez"),
                             (es, "presidida durante sus primeros años por Sabela Outeiriño, pagó", "Sabela Outeiriño"),
                             (en, "A fund, chaired in its first years by Losa Vaifale, paid", "Losa Vaifale")):
        assert titled_name(name, text, lang), text
    for lang, text, name in ((en, "In the village of Puerto Nieblas, Ana Ruiz opened a shop.", "Ana Ruiz"),
                             (es, "Tras la reunión con el alcalde, Santa Eulalia celebró sus fiestas.", "Santa Eulalia"),
                             (en, "Ships sailed to Port Elgin, the capital, every week.", "Port Elgin"),
                             (en, "The plant was run by Siemens AG until 2010.", "Siemens AG"),
                             (en, "The plant was led by Siemens AG until 2010.", "Siemens AG")):
        assert not titled_name(name, text, lang), text


def test_a_list_beside_a_role_is_no_apposition() -> None:
    """A role beside a list's item names another item ("to the Coast Guard, the ship's manager,
    bridge owners and ..."): the item's last word ("Guard") is no surname."""
    en = language_for("en")
    text = "The letter was addressed to the Coast Guard, the ship's manager, bridge owners and the county."
    assert not titled_name("Coast Guard", text, en)
    assert not titled_name("Coast Guard", "Its chief, Coast Guard, said so.", en)
