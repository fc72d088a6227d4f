"""One case per failure kind of the third independent review (a bridge disaster, an earthquake;
those texts are not used here): keys general knowledge settles, bare role words for people,
accept lists that reject natural answers or gaps that cut a name, date options on the wrong
side of the story's turning point, and wording that does not agree or is not a question."""
from __future__ import annotations

import re

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.language import fold_word
from quizapp.languages import language_for

VIADUCT = [
    Paragraph(1, "The Kelso Viaduct", is_heading=True),
    Paragraph(2, "The Kelso Viaduct carried the Border Union Railway over the Teviot valley near the east coast of Scotland. "
                 "Its iron girders rested on brick piers above the river."),
    Paragraph(3, "Thomas Arden, the engineer of the Border Union Railway, designed the viaduct in 1872. "
                 "Arden had built smaller bridges at Hawick and Jedburgh for the company."),
    Paragraph(4, "The first train crossed the viaduct in September 1878. Queen Victoria travelled over it in June 1879."),
    Paragraph(5, "The storm of 12 March 1882", is_heading=True),
    Paragraph(6, "On the night of 12 March 1882 a gale blew down the central girders while a goods train was crossing."),
    Paragraph(7, "Henry Marsh, a railway engineer, led the inquiry with the lawyer Edward Pryce. "
                 "The court reported in June 1883, and Arden resigned in October 1883."),
    Paragraph(8, "A second viaduct, designed by Marsh, opened in 1887. Arden is remembered in a poem by Walter Gray, a weaver from Melrose."),
    Paragraph(9, "In 1884 the court reported. In 1887 the second viaduct was opened."),
]

FIRE = [
    Paragraph(1, "El incendio de Oporto de 1741", is_heading=True),
    Paragraph(2, "Oporto era entonces una de las ciudades más ricas de Europa, con un puerto abierto al océano Atlántico. "
                 "Sus comerciantes vendían vino a Inglaterra y a Holanda."),
    Paragraph(3, "El secretario de Estado Sebastião José de Carvalho e Melo ordenó reconstruir la Ribeira en 1742."),
    Paragraph(4, "Los arquitectos Manuel da Maia y Eugénio dos Santos trazaron calles rectas entre Miragaia y Gaia."),
    Paragraph(5, "El joven Immanuel Kant publicó un ensayo sobre el fuego en 1756, y los científicos del siglo XX estudiaron sus causas."),
    Paragraph(6, "Los comerciantes de Gaia, Matosinhos y Vila do Conde perdieron sus almacenes, pero no los de Braga ni los de Amarante."),
]


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def typed_answers(d: Draft) -> list[str]:
    item = d.item
    if item.get("type") == "fill_in":
        return list(item["accept"])
    if item.get("type") == "cloze":
        return [a for g in item["gaps"] for a in g.get("accept", [])]
    return []


def test_a_widely_known_place_is_no_ready_typed_key_and_is_held_back_with_the_reason():
    for paragraphs, language, known in ((VIADUCT, "en", {"scotland"}), (FIRE, "es", {"europa", "atlantico", "inglaterra", "holanda"})):
        drafts = derive_drafts(paragraphs, language)
        for d in ready(drafts):
            assert not {fold_word(a) for a in typed_answers(d)} & known, (d.key, d.item)
        reasons = [p for d in drafts for p in d.problems if "widely known place" in p]
        assert {fold_word(k) for k in known} <= {fold_word(r.split("'")[1]) for r in reasons}, reasons
    # A local place the reader cannot know stays a fine key.
    assert any("Melrose" in typed_answers(d) for d in ready(derive_drafts(VIADUCT, "en")))


def test_the_known_place_list_lives_in_the_language_and_ignores_place_words():
    es, en = language_for("es"), language_for("en")
    assert es.is_known_place("océano Atlántico") and es.is_known_place("río Tajo") and es.is_known_place("África")
    assert en.is_known_place("the Atlantic Ocean") and en.is_known_place("Scotland")
    assert not es.is_known_place("Ayamonte") and not en.is_known_place("Burntisland")


def test_a_role_two_people_share_is_no_person_card_and_no_matching_pair():
    drafts = derive_drafts(VIADUCT, "en")
    fronts = {d.item["front"]: d for d in drafts if d.kind == "card" and "who was this" in d.item.get("front", "")}
    for name in ("Thomas Arden", "Henry Marsh"):
        card = next(d for front, d in fronts.items() if front.startswith(name))
        assert card.problems and "also fits" in card.problems[0], card.problems
    # The lawyer is the only lawyer: his card is not held as a shared role (since review 16 a
    # bare one-word role is held back for any person, see test_kinds6).
    assert any(d.item["back"] == "Lawyer" and not any("also fits" in p for p in d.problems) for d in fronts.values())
    for d in drafts:
        if d.item.get("type") == "matching" and "role" in d.item["prompt"]:
            rights = [fold_word(p["right"]) for p in d.item["pairs"]]
            assert sum("engineer" in r for r in rights) <= 1, d.item


def test_a_bare_role_of_the_central_figure_is_held_back():
    paragraphs = [
        Paragraph(1, "The Arden Bridge", is_heading=True),
        Paragraph(2, "Thomas Arden, an engineer, designed the bridge over the Teviot in 1872."),
        Paragraph(3, "Arden built it with iron girders from Darlington."),
        Paragraph(4, "Arden was knighted after the opening in 1878."),
    ]
    card = next(d for d in derive_drafts(paragraphs, "en") if d.kind == "card" and d.item["front"].startswith("Thomas Arden"))
    assert card.problems and "central figure" in card.problems[0]


def test_a_full_name_also_accepts_the_surname_alone_when_nobody_else_has_it():
    pryce = [d for d in derive_drafts(VIADUCT, "en") if "Edward Pryce" in typed_answers(d)]
    assert pryce and all("Pryce" in typed_answers(d) for d in pryce)


def test_a_name_of_no_known_kind_is_never_accepted_by_its_last_word_alone():
    # An independent review found "Empire", "Pita", "Elena" and "Filantrópica" accepted for the
    # Holy Roman Empire, the ship María Pita, the island of Santa Elena and an expedition's name.
    paragraphs = [
        Paragraph(1, "In 1518 the Holy Roman Empire ruled the city, and the council met in the Zollhaus every week."),
        Paragraph(2, "The corvette María Pita sailed from the harbour on 30 November 1803 with twenty-two children."),
        Paragraph(3, "On the way back the ship called at Santa Elena, an island in the South Atlantic."),
    ]
    for language in ("en", "es"):
        for d in derive_drafts(paragraphs, language):
            answers = typed_answers(d)
            for whole, fragment in (("Holy Roman Empire", "Empire"), ("María Pita", "Pita"), ("Santa Elena", "Elena")):
                if any(whole in a for a in answers):
                    assert fragment not in answers, d.item


def test_a_shared_surname_is_not_accepted_alone():
    paragraphs = [
        Paragraph(1, "The young Immanuel Kant wrote on fire in 1756, far from the harbour."),
        Paragraph(2, "Later Hermann Kant collected the letters of the merchants in Riga."),
    ]
    for d in derive_drafts(paragraphs, "en"):
        if "Immanuel Kant" in typed_answers(d):
            assert "Kant" not in typed_answers(d), d.item


def test_a_roman_century_also_accepts_the_number_and_the_words():
    century = [d for d in derive_drafts(FIRE, "es") if "XX" in typed_answers(d)]
    assert century, "the century is drafted as a typed answer"
    for d in century:
        assert {"20", "veinte", "vigésimo"} <= set(typed_answers(d)), d.item
        assert d.item["typos"] is False  # "veinte" is a typo away from "vente"


def test_a_gap_never_cuts_a_multiword_name_in_half():
    for d in derive_drafts(FIRE, "es"):
        text = " ".join(str(d.item.get(f, "")) for f in ("prompt", "passage"))
        assert not re.search(r"(?:____|\{\d\}) (?:e|da|dos) [A-Z]", text), (d.key, text)
        assert not re.search(r"[A-Z]\w* (?:e|da|dos) (?:____|\{\d\})", text), (d.key, text)


def test_date_options_stay_on_the_keys_side_of_a_date_a_heading_gives():
    content = [(p.number, p.text) for p in VIADUCT if not p.is_heading]
    facts = read_facts(content, language_for("en"))
    sentence = next(s for s in facts.sentences if s.text.startswith("The first train"))
    key = next(m for m in sentence.mentions if m.text == "September 1878")
    storm = (1882, 3, 12)
    without = Builder(facts).distractors(key, sentence, 6)
    assert any(m.value > storm for m in without if isinstance(m.value, tuple)), "the case needs later dates to refuse"
    with_heading = Builder(facts, milestones=[storm]).distractors(key, sentence, 6)
    assert with_heading and all(isinstance(m.value, tuple) and m.value < storm for m in with_heading), with_heading
    # Through the drafter: no ready option or swapped date on the other side of the storm.
    for d in ready(derive_drafts(VIADUCT, "en")):
        if d.item.get("type") == "single_choice" and any(c["text"] == "September 1878" and c["correct"] for c in d.item["choices"]):
            assert not {c["text"] for c in d.item["choices"]} & {"June 1883", "October 1883"}, d.item


def test_spanish_select_all_agrees_with_the_options_noun():
    es = language_for("es")
    assert es.select_all["place"] == "Marque todos los que correspondan."
    assert es.select_all["person"] == "Marque todas las que correspondan."
    paragraphs = [
        Paragraph(1, "Los barcos de la compañía cargaron vino en Aveiro y en Viana durante el verano de 1743."),
        Paragraph(2, "Otros barcos descargaron sal en Faro durante el invierno."),
        Paragraph(3, "El aceite se vendía en Setúbal a buen precio."),
    ]
    facts = read_facts([(p.number, p.text) for p in paragraphs], es)
    builder = Builder(facts)
    sentence = facts.sentences[0]
    items = [c.item for c in builder.multiple_select(sentence, sentence.mentions)]
    assert items, [m.kind for m in sentence.mentions]
    assert all(i["prompt"].endswith("Marque todos los que correspondan.") for i in items), items


def test_event_cards_ask_a_full_question():
    cards = [d for d in derive_drafts(VIADUCT, "en") if d.kind == "card" and "dates" in d.item.get("tags", [])]
    fronts = {d.item["front"] for d in cards}
    assert "According to the text, when did the court report?" in fronts
    assert "According to the text, when was the second viaduct opened?" in fronts
    for front in fronts:
        assert front.endswith("?") and "this happen" not in front, front
    es = language_for("es")
    assert es.when_question("El tribunal informó al rey") == "informó el tribunal al rey"
    assert es.when_question("Se inauguró el puente") == "se inauguró el puente"
    assert language_for("en").when_question("Work began on the piers") is None  # beyond the rules: no card


def test_a_work_named_after_in_is_no_place_option():
    paragraphs = [
        Paragraph(1, "Los barcos de la compañía descargaron sal en Aveiro durante el verano de 1743."),
        Paragraph(2, "Otros barcos llegaron en 1744 con trigo a Faro, y luego a Tavira."),
        Paragraph(3, "Voltaire se burló del optimismo en Cándido, una novela publicada en Ginebra en 1759."),
        Paragraph(5, "Goethe lo recordó en su poema Lamento, escrito en Weimar."),
        Paragraph(4, "El aceite se vendía en Setúbal a buen precio."),
    ]
    facts = read_facts([(p.number, p.text) for p in paragraphs], language_for("es"))
    kinds = {m.text: m.kind for s in facts.sentences for m in s.mentions}
    assert kinds["Cándido"] != "place" and kinds["Lamento"] != "place" and kinds["Ginebra"] == "place", kinds
    for d in derive_drafts(paragraphs, "es"):
        texts = {c["text"] for c in d.item.get("choices", [])}
        if texts & {"Aveiro", "Setúbal", "Ginebra"}:
            assert "Cándido" not in texts, d.item


def test_a_year_alone_in_a_heading_splits_dates_by_year_only():
    assert Builder.across((1754, 3, 0), (1756, 1, 0), (1755, 0, 0))
    assert not Builder.across((1755, 11, 1), (1754, 3, 0), (1755, 0, 0))  # the key is in the heading's year
    assert not Builder.across((1752, 0, 0), (1754, 3, 0), (1755, 0, 0))


def test_the_country_the_document_names_its_setting_after_is_general_knowledge():
    paragraphs = [
        Paragraph(1, "The Valmorra flood", is_heading=True),
        Paragraph(2, "Valmorra was the largest harbour of Norvania when the river Oste burst its banks in 1841."),
        Paragraph(3, "The Norvanian navy sent ships from Castel Brin, and Norvanian engineers rebuilt the quays."),
        Paragraph(4, "A Norvanian poet, Ilse Varga, wrote a lament for the drowned fishermen of Porta Sel."),
    ]
    drafts = derive_drafts(paragraphs, "en")
    for d in ready(drafts):
        assert "Norvania" not in typed_answers(d), d.item
    assert any("country or region of the document's setting" in p for d in drafts for p in d.problems)
    # A detail stays: the river is no country.
    assert any("Oste" in typed_answers(d) or "Castel Brin" in typed_answers(d) for d in ready(drafts))


def test_a_when_question_turns_a_past_in_ied_into_its_base_form():
    """"A flood carried off the wheel" asks "did a flood carry off the wheel", never "carrie"
    (a name the word list also knows): a verb in -ied is in -y, but for "died", "tied", "lied"."""
    en = language_for("en")
    assert en.when_question("A flood carried off the wheel") == "did a flood carry off the wheel"
    assert en.when_question("The council applied for a grant") == "did the council apply for a grant"
    assert en.when_question("The old miller died") == "did the old miller die"
    # Of the base forms that are words, the commonest: "move", not the abbreviation "mov".
    assert en.when_question("The company moved its office to Nantwich") == "did the company move its office to Nantwich"
    assert en.when_question("The town used the hall") == "did the town use the hall"
    assert en.when_question("The court opened the case") == "did the court open the case"
    assert en.when_question("The builders planned the arch") == "did the builders plan the arch"
