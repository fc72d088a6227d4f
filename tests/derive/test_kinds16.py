"""kinds16a: failure kinds a fresh reviewer found on two unseen documents (issue 10), each fixed
generally and tested on our own small texts (EN and ES, topics of our own)."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


def _prompts(drafts: list[Draft]) -> list[str]:
    return [str(d.item.get("prompt", "")) for d in drafts]


def _ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def test_a_quoted_sentence_never_crosses_a_list_item() -> None:
    """The review: "…in daylight. - Bridges instead of…" quoted two list items as one sentence
    (a paragraph of lines joined, one marker only, so it was read as a dash). A full stop and
    then a list marker before a capital ends the sentence; the next one starts after the marker."""
    for paragraphs, language, first, second in (
        ([Paragraph(1, "The Ashby tramway", is_heading=True),
          Paragraph(2, "Two changes came in 1964. Lamps on the Ashby viaduct stay off in daylight. - Bridges replaced the ferries at the Brenna crossing in 1965.")],
         "en", "daylight", "Bridges"),
        ([Paragraph(1, "El tranvía de Olmedo", is_heading=True),
          Paragraph(2, "Hubo dos cambios en 1964. Las farolas del viaducto de Olmedo se apagan de día. – Puentes de hierro sustituyeron en 1965 a las barcas del vado de Brena.")],
         "es", "día", "Puentes"),
    ):
        drafts = derive_drafts(paragraphs, language)
        prompts = _prompts(drafts)
        assert prompts, prompts
        crossing = [p for p in prompts if first in p and second in p]
        assert not crossing, crossing
        assert not [p for p in prompts if " - " in p or "« –" in p or "“- " in p or "«- " in p or "“– " in p], prompts
        assert [p for p in prompts if second in p], prompts


def _units(drafts: list[Draft]) -> list[str]:
    return [str(d.item.get("unit", "")) for d in drafts if d.item.get("type") == "numeric"]


def test_a_unit_is_taken_whole_or_not_at_all() -> None:
    """The review: "0.12 yuan per tonne-kilometre" gave the unit label "yuan per tonne". A rate's
    second unit keeps its hyphened or slashed parts ("tonne-kilometre", «tonelada-kilómetro»)."""
    for paragraphs, language, whole, cut in (
        ([Paragraph(1, "Freight on the Ashby line", is_heading=True),
          Paragraph(2, "In 1972 freight on the Ashby line cost 0.35 pounds per tonne-kilometre, and its trains carried 42 passenger-kilometres per litre.")],
         "en", "pounds per tonne-kilometre", "pounds per tonne"),
        ([Paragraph(1, "Las tarifas del ferrocarril de Olmedo", is_heading=True),
          Paragraph(2, "En 1972 el ferrocarril de Olmedo cobraba 0,35 pesetas por tonelada-kilómetro a los almacenes del puerto.")],
         "es", "pesetas por tonelada-kilómetro", "pesetas por tonelada"),
    ):
        units = _units(derive_drafts(paragraphs, language))
        assert whole in units, units
        assert cut not in units, units


def _typed_keys(drafts: list[Draft]) -> list[str]:
    return [str(d.item["accept"][0]) for d in drafts if d.item.get("type") == "fill_in"]


def test_a_gap_takes_a_name_with_a_linking_word_whole_or_not_at_all() -> None:
    """The review: «el ____ y Arquitectura de Lisboa» for a name «Gabinete Portugués de
    Ingeniería y Arquitectura»: the learner typing the whole name is marked wrong. A capitalised
    name with «de»/"of" inside goes on over «y»/"and" and a capitalised word: no gap takes a part."""
    for paragraphs, language, parts in (
        ([Paragraph(1, "El tranvía de Olmedo", is_heading=True),
          Paragraph(2, "El proyecto lo firmó en 1911 el Gabinete Leonés de Caminos y Canales, con sede en Zamora, que envió a dos ingenieros a Olmedo."),
          Paragraph(3, "Las obras las pagó el Instituto Castellano de Geología y Minería, que prestó el dinero a la compañía del tranvía.")],
         "es", ("Gabinete Leonés de Caminos", "Canales", "Instituto Castellano de Geología", "Minería")),
        ([Paragraph(1, "The Ashby tramway", is_heading=True),
          Paragraph(2, "The plan was drawn up by the County Bureau of Roads and Bridges of Ashby, which sent its engineers to the valley."),
          Paragraph(3, "The Norland Trust for Mines and Quarries lent the money to the tramway company.")],
         "en", ("County Bureau of Roads", "Bridges of Ashby", "Bridges", "Norland Trust for Mines", "Quarries")),
    ):
        drafts = _ready(derive_drafts(paragraphs, language))
        keys = _typed_keys(drafts)
        assert not [k for k in keys if k in parts], keys
        cut = [p for p in _prompts(drafts) if "____ y " in p or "____ and " in p or " y ____" in p or " and ____" in p]
        assert not cut, cut


def test_a_surname_with_its_particle_is_accepted_alone() -> None:
    """The review: "De Angelis" was refused for "Domenico de Angelis": particle_surname read
    only names typed as persons, and a name with a lower-case particle never read as one
    (named_like_person wants every word capitalised). The surname with its particle, typed
    with a capital as at a sentence's start, is accepted."""
    from quizapp.qtypes.typed import typed_answer_matches

    for paragraphs, language in (
        ([Paragraph(1, "The Ashby viaduct", is_heading=True),
          Paragraph(2, "The Ashby viaduct was designed by Matteo de Santis, who had built railways in Sardinia."),
          Paragraph(3, "Its twelve arches were finished in 1961 by the Brenna Ironworks. De Santis had left Ashby in 1959.")], "en"),
        ([Paragraph(1, "El viaducto de Olmedo", is_heading=True),
          Paragraph(2, "El viaducto de Olmedo lo proyectó Matteo de Santis, que había construido ferrocarriles en Cerdeña."),
          Paragraph(3, "Sus doce arcos los terminó en 1961 la fundición de Brena. De Santis se había ido de Olmedo en 1959.")], "es"),
    ):
        typed = [d.item for d in derive_drafts(paragraphs, language) if d.item.get("type") == "fill_in" and d.item["accept"][0] == "Matteo de Santis"]
        assert typed, language
        for item in typed:
            assert typed_answer_matches(item, "De Santis", language), item["accept"]


def test_a_compound_place_name_accepts_the_documents_other_form() -> None:
    """The review: "Qinghai–Tibet Plateau" and "Tibetan Plateau", both in the document, are
    one place; a gap on one refused the other. A name of a dash-joined pair and a kind noun
    accepts the document's name of the same kind noun and an adjective of one of the pair, and
    the other way round."""
    from quizapp.derive.accept_variants import DraftContext, tidy_accept_lists
    from quizapp.languages import language_for

    for language, document, key, prompt, other in (
        ("en", "The Karelia–Kola Upland is a granite shield. Geologists call it the Karelian Upland.",
         "Karelian Upland", "According to the text, what goes in the gap? “Geologists call it the ____.”", "Karelia–Kola Upland"),
        ("en", "The Karelia–Kola Upland is a granite shield. Geologists call it the Karelian Upland.",
         "Karelia–Kola Upland", "According to the text, what goes in the gap? “The ____ is a granite shield.”", "Karelian Upland"),
        ("es", "La Meseta Atacameña es un escudo de granito. Los geólogos la llaman Meseta de Puna-Atacama.",
         "Meseta Atacameña", "Según el texto, ¿qué va en el hueco? «La ____ es un escudo de granito.»", "Meseta de Puna-Atacama"),
    ):
        item = {"type": "fill_in", "prompt": prompt, "accept": [key], "source": [2]}
        draft = Draft("p2-fi-x", "question", item, 2, None, 1.0)
        lang = language_for(language)
        written = frozenset(w.lower() for w in document.replace("–", " ").replace("-", " ").replace(".", " ").split())
        tidy_accept_lists(draft, DraftContext(lang, written, document))
        assert other in draft.item["accept"], draft.item["accept"]
    # Two places of one kind noun, neither an adjective of the other's pair, stay apart.
    item = {"type": "fill_in", "prompt": "According to the text, what goes in the gap? “The ____ is a granite shield.”", "accept": ["Karelia–Kola Upland"], "source": [2]}
    draft = Draft("p2-fi-y", "question", item, 2, None, 1.0)
    document = "The Karelia–Kola Upland is a granite shield. Its eastern half is the Kola Upland, and the Lapland Upland lies north."
    tidy_accept_lists(draft, DraftContext(language_for("en"), frozenset(document.lower().split()), document))
    assert draft.item["accept"][1:] == [] or not [a for a in draft.item["accept"][1:] if "Upland" in a], draft.item["accept"]


def test_a_card_back_is_a_whole_phrase() -> None:
    """The review: a card back «El periodo en que la extracción de … de la …», cut at a comma
    before its clause's verb. A card's back that ends on a clause whose verb its sentence writes
    after the cut, or on a preposition, an article or a conjunction, is held back; a whole
    phrase is kept."""
    from quizapp.derive.card_checks import CardContext, problems
    from quizapp.languages import language_for

    def card(front: str, back: str) -> Draft:
        return Draft("p2-card-x", "card", {"front": front, "back": back, "source": [2], "tags": ["definition"]}, 2, None, 1.0)

    es = "La fiebre del guano fue el periodo en que la extracción de abono de las islas, un negocio del Estado, enriqueció a Lima. El guanay es un ave marina cuyo excremento forma el guano de las islas."
    en = "The guano age was the period in which the digging of dung from the islands, a state monopoly, made Lima rich. A guanay is a seabird whose droppings form the guano of the islands."
    for language, paragraph, held, kept in (
        ("es", es,
         [("La fiebre del guano", "El periodo en que la extracción de abono de las islas"), ("El guanay", "Un ave marina cuyo excremento forma el guano de")],
         [("El guanay", "Un ave marina cuyo excremento forma el guano de las islas"), ("La fiebre del guano", "El periodo en que la extracción de abono de las islas, un negocio del Estado, enriqueció a Lima")]),
        ("en", en,
         [("The guano age", "The period in which the digging of dung from the islands"), ("A guanay", "A seabird whose droppings form the guano and")],
         [("A guanay", "A seabird whose droppings form the guano of the islands"), ("The guano age", "The period in which the digging of dung from the islands, a state monopoly, made Lima rich")]),
    ):
        ctx = CardContext(language_for(language), language, ["Las islas"], {}, {2: paragraph})
        for front, back in held:
            assert [p for p in problems(card(front, back), ctx) if "whole phrase" in p], (front, back)
        for front, back in kept:
            assert not [p for p in problems(card(front, back), ctx) if "whole phrase" in p], (front, back)


def test_a_list_item_is_never_quoted_with_the_item_before_it() -> None:
    """The end review: a bulleted list of measures, each item a line of its own, gave a prompt
    quoting two items as one ("…taken in by day. - Viaducts instead of…"): an item that does not
    read on its own was quoted with the one before it, marker and all. Two list items are two
    things; an item is asked alone or not at all."""
    for paragraphs, language, marker in (
        ([Paragraph(1, "The Varnes road", is_heading=True),
          Paragraph(2, "Engineers used five measures on the Varnes road, opened in 1994."),
          Paragraph(3, "- Gravel beds, in which coarse stones let cold night air sink into the soil while warm air stays above. "
                       "- Heat pipes, sealed tubes filled with propane that draw warmth out of the ground in winter; hundreds were sunk beside the road. "
                       "- Culverts laid across the bank to let cold air pass beneath the surface. "
                       "- Reflective panels on the southern side of the bank to cut the heat taken in by day. "
                       "- Viaducts instead of banks across the softest ground, such as the Varnes viaduct, which runs for 4.3 kilometres on steel piers.")],
         "en", " - "),
        ([Paragraph(1, "La carretera de Varnes", is_heading=True),
          Paragraph(2, "Los ingenieros usaron cinco medidas en la carretera de Varnes, abierta en 1994."),
          Paragraph(3, "- Lechos de grava, en los que las piedras gruesas dejan que el aire frío de la noche baje al suelo. "
                       "- Paneles reflectantes en el lado sur del terraplén para reducir el calor que entra de día. "
                       "- Viaductos en lugar de terraplenes en el suelo más blando, como el viaducto de Varnes, que recorre 4,3 kilómetros sobre pilares de acero.")],
         "es", " - "),
    ):
        prompts = _prompts(derive_drafts(paragraphs, language))
        assert prompts, prompts
        assert not [p for p in prompts if marker in p], [p for p in prompts if marker in p]


def test_a_particle_surname_is_accepted_after_a_nationality_or_profession() -> None:
    """The end review: "De Angelis" was still refused for «pinturas del italiano Domenico de
    Angelis»: the name is written once, with a rare given name, so neither of kinds16a's signs
    held. A name written right after a nationality used as a noun («del italiano») or a
    profession ("the painter", «del pintor») is a person's, particle or not."""
    from quizapp.qtypes.typed import typed_answer_matches

    for paragraphs, language, name, surname in (
        ([Paragraph(1, "The Varnes chapel", is_heading=True),
          Paragraph(2, "The chapel has marble columns and frescoes by the painter Orsolo de Varrani, who worked there in 1902."),
          Paragraph(3, "The roof was mended in 1961 by the Brenna Ironworks.")], "en", "Orsolo de Varrani", "De Varrani"),
        ([Paragraph(1, "La capilla de Varnes", is_heading=True),
          Paragraph(2, "La capilla tiene columnas de mármol y frescos del italiano Orsolo de Varrani, que trabajó allí en 1902."),
          Paragraph(3, "El tejado lo reparó en 1961 la fundición de Brena.")], "es", "Orsolo de Varrani", "De Varrani"),
        ([Paragraph(1, "La capilla de Varnes", is_heading=True),
          Paragraph(2, "La capilla tiene frescos del pintor Orsolo de Varrani, que trabajó allí en 1902."),
          Paragraph(3, "El tejado lo reparó en 1961 la fundición de Brena.")], "es", "Orsolo de Varrani", "De Varrani"),
    ):
        typed = [d.item for d in derive_drafts(paragraphs, language) if d.item.get("type") == "fill_in" and d.item["accept"][0] == name]
        assert typed, (language, [d.item.get("accept") for d in derive_drafts(paragraphs, language)])
        for item in typed:
            assert typed_answer_matches(item, surname, language), item["accept"]
