"""Choice items on names and terms a blind reader settles from the prompt alone (issue 10,
brief kindchoice): texts and items of our own, English and Spanish."""
from __future__ import annotations

from quizapp.derive import giveaways
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, make_draft


def _held(draft, code: str) -> list[str]:
    return giveaways.problems(draft, language_for(code), [])


def test_a_stage_whose_name_the_description_echoes_is_held() -> None:
    en = choice_draft(
        "According to the text, which stage of papermaking does the text describe as “the sheets are pressed flat between heavy rollers”?",
        "Rolling", ["Dyeing", "Carding"],
    )
    es = choice_draft(
        "Según el texto, ¿qué fase del curtido describe el texto así: «se cortan las tiras a medida»?",
        "El corte", ["El teñido", "El secado"],
    )
    assert any("echoes" in p for p in _held(en, "en"))
    assert any("echoes" in p for p in _held(es, "es"))


def test_a_gap_whose_neighbours_name_the_term_is_held() -> None:
    en = choice_draft(
        "According to the text, what goes in the gap? “The bark is stripped by hand and the ____ then dries the strips in the sun.”",
        "stripper", ["miller", "weaver"],
    )
    es = make_draft({
        "type": "cloze",
        "passage": "Según el texto: «Los pescadores salan el bacalao y el {1} queda tendido al sol en la playa.»",
        "gaps": [{"options": [{"text": "salado", "correct": True}, {"text": "lavado", "correct": False}, {"text": "prensado", "correct": False}]}],
    })
    assert any("echoes" in p for p in _held(en, "en"))
    assert any("echoes" in p for p in _held(es, "es"))


def test_a_word_every_option_shares_points_at_none() -> None:
    """The River of River Tillingham among rivers, or a wrong option's echo, leaves the choice."""
    en = choice_draft(
        "According to the text, what goes in the gap? “Below the weir the River Wey joins the ____ near the old mill.”",
        "River Tillingham", ["River Rother", "River Brede"],
    )
    es = choice_draft(
        "Según el texto, ¿qué fase del curtido describe el texto así: «se raspa la carne que queda en la piel tras el remojo»?",
        "El descarnado", ["El remojo", "El secado"],
    )
    assert not any("echoes" in p for p in _held(en, "en"))
    assert not any("echoes" in p for p in _held(es, "es"))


def _choice_item(prompt: str, key: str, wrong: list[str]) -> dict:
    return choice_draft(prompt, key, wrong).item


def test_the_one_name_a_reader_has_heard_of_is_held() -> None:
    """A district, river or quarter general text writes often, among local names it rarely
    writes: the reader picks the one it knows (issue 10)."""
    from quizapp.derive.choices import known_name_problems

    en = _choice_item("According to the text, which of these goes in the gap? “The fire of 1906 destroyed the shop together with most of ____.”",
                      "Chinatown", ["Dogpatch", "Tenderloin"])
    en_river = _choice_item("According to the text, which of these goes in the gap? “The mill took its water from the ____.”",
                            "the Thames", ["the Wandle", "the Kennet"])
    es = _choice_item("Según el texto, ¿cuál de estas opciones va en el hueco? «La riada de 1901 inundó buena parte de ____.»",
                      "Triana", ["Malasaña", "Albaicín"])
    assert any("blind-known-name" in p for p in known_name_problems(en, "en"))
    assert any("blind-known-name" in p for p in known_name_problems(en_river, "en"))
    assert any("blind-known-name" in p for p in known_name_problems(es, "es"))


def test_names_of_comparable_fame_and_unmeasured_names_stay() -> None:
    """Tajo beside Henares (both known), a local key among known names, people (measured by
    fame elsewhere) and names of several words (word frequencies say nothing of them) stay."""
    from quizapp.derive.choices import known_name_problems

    kept = [
        ("es", _choice_item("Según el texto: «El molino tomaba el agua del río ____.»", "Tajo", ["Henares", "Jarama"])),
        ("en", _choice_item("According to the text: “The shop moved to ____.”", "Dogpatch", ["Chinatown", "Tenderloin"])),
        ("es", _choice_item("Según el texto: «Un grupo de socios, encabezado por ____, presentó otra propuesta.»",
                            "Lucía Ferreiro", ["Nerea Castiñeira", "Xosé Manuel Rial"])),
        ("en", _choice_item("According to the text: “The shop moved to ____.”", "Mission District", ["Potrero Hill", "Cow Hollow"])),
    ]
    for code, item in kept:
        assert not known_name_problems(item, code), item["choices"]


def test_a_known_names_wrong_options_are_as_well_known_where_the_document_has_them() -> None:
    from quizapp.derive.choices import comparable_fame_first
    from quizapp.languages import language_for

    en = language_for("en")
    drawn = comparable_fame_first("Chinatown", ["Dogpatch", "Potrero", "Soho", "Harlem"], str, en.familiarity, lambda w: False)
    assert drawn[:2] == ["Soho", "Harlem"]
    assert comparable_fame_first("Dogpatch", ["Chinatown", "Wandle"], str, en.familiarity, lambda w: False) == ["Chinatown", "Wandle"]


COUNCIL_EN = [
    "The Millbrook Baths",
    "The Millbrook Baths were built in 1874 to a design by the architect Edwin Hollis, after a cholera outbreak in the mill streets.",
    "The town council now plans to sell the building for 240,000 pounds.",
    "Councillor Bronwen Pryce, who chairs the council's property committee, said the price reflected the cost of a new roof.",
    "The two councillors who voted against the sale, Owen Tudor and Carys Bevan, argued that the baths could still pay their way.",
    "Bevan asked for an independent survey of the roof before any contract is signed.",
    "The swimming club, led by its captain Rhodri Jenkins, has collected 18,000 pounds for repairs.",
]
COUNCIL_ES = [
    "Los baños de Villaseca",
    "Los baños de Villaseca se construyeron en 1881 según un proyecto del arquitecto Ramiro Salcedo.",
    "La concejala Inés Albornoz dijo que el precio refleja el coste de un tejado nuevo.",
    "El club de natación, dirigido por su capitán Andrés Quiroga, ha reunido 20.000 euros para las obras.",
]


def test_a_title_before_the_gap_is_offered_only_people_of_that_title() -> None:
    """"Councillor ____" offered the architect of 1874 and the swimming club's captain: options
    a reader drops without the text (issue 10). The document's own role words (a title it also
    writes in lower case, a noun after an article or a possessive, an apposition) count as roles."""
    from quizapp.derive import derive_drafts
    from tests.helpers.drafts import document

    for d in derive_drafts(document(COUNCIL_EN), "en"):
        item = d.item
        if item.get("type") == "single_choice" and "Councillor ____" in str(item.get("prompt")):
            assert {c["text"] for c in item["choices"]} & {"Edwin Hollis", "Rhodri Jenkins"} == set(), item["choices"]
        if item.get("type") == "true_false":
            assert "Councillor Rhodri Jenkins" not in str(item.get("prompt")), item["prompt"]


def test_the_documents_role_words_spanish_and_english() -> None:
    from quizapp.derive.extract import read_facts
    from quizapp.derive.person_options import document_roles, role_beside
    from quizapp.languages import language_for
    from tests.helpers.drafts import document

    es = language_for("es")
    roles = document_roles(read_facts([(p.number, p.text) for p in document(COUNCIL_ES)[1:]], es).sentences, es)
    assert {"concejala", "concejalas", "capitan", "arquitecto"} <= roles
    assert role_beside("", ", concejala de Patrimonio, dijo que el precio", roles) == {"concejala"}
    en = language_for("en")
    roles = document_roles(read_facts([(p.number, p.text) for p in document(COUNCIL_EN)[1:]], en).sentences, en)
    assert {"councillor", "architect", "captain"} <= roles
    assert "bronwen" not in roles and "the" not in roles


def test_a_plural_subjects_role_goes_to_the_names_it_lists() -> None:
    """"The two councillors who voted against ..., Graham Boyd and Fiona Mackay": both are
    councillors, so a swap or an option for a councillor keeps to them (harbour-light offered
    the engineer of 1857 for "Councillor ____", and swapped him into a councillor's words)."""
    from quizapp.derive.person_options import listed_role

    roles = {"councillor", "concejal", "engineer"}
    assert listed_role("The two councillors who voted against the sale, Owen Tudor and ", roles) == {"councillor"}
    assert listed_role("The two councillors who voted against the sale, ", roles) == {"councillor"}
    assert listed_role("Los dos concejales que votaron en contra de la venta, Tomás Garrido y ", roles) == {"concejal"}
    assert listed_role("In 1857 the council hired ", roles) == set()
    assert listed_role("The engineers' report came late, and ", roles) == set()
