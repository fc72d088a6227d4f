"""A famous name among a story's local people is the option a blind reader singles out: picked
as the key ("Charles Darwin" among the field club's members), ruled out as a wrong option
("Albert Einstein" kept the society's minerals?). Options of matching fame, else no choice;
no true/false swap between a famous name and an obscure one. Texts written for these tests
(an invented field club and an invented excursion society), in the authors' own words."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.blindness import fame, fame_fair, famous_option, option_sets, stands_out
from quizapp.derive.place_kinds import country_adjective

CLUB = [
    Paragraph(1, "The Wenlow Field Club", is_heading=True),
    Paragraph(2, "The Wenlow Field Club was founded by the schoolmaster Edwin Hartle and the curate Silas Pennock, who met each month in the back room of the Swan inn."),
    Paragraph(3, "In its second year the club was joined by the chemist Ambrose Tilley, who kept its collection of mosses in a cabinet behind his shop."),
    Paragraph(4, "Some years later Charles Darwin wrote to the club to ask for seeds of the marsh orchids that grew on the common, and the members sent him a box of them."),
    Paragraph(5, "The walks on the common were led for many years by the miller Walter Pryce, who knew every pond and hedge of the parish."),
    Paragraph(6, "The club's first printed list of plants was drawn up by the doctor Harold Bexley and ran to 312 species."),
    Paragraph(7, "After the war the surveyor Jonas Wragg mapped the ponds of the common, and the club kept his map in the parish hall."),
]
SOCIEDAD = [
    Paragraph(1, "La Sociedad Excursionista de Valdemora", is_heading=True),
    Paragraph(2, "La Sociedad Excursionista de Valdemora la fundaron el ingeniero Anselmo Quintanilla y el médico Baltasar Ordás, que se reunían cada mes en la trastienda de la farmacia."),
    Paragraph(3, "Al año siguiente se sumó el geólogo Eulogio Carrasco, que guardaba en su casa la colección de minerales de la sociedad."),
    Paragraph(4, "Un invierno Albert Einstein visitó la comarca con unos colegas, dio una charla en el casino y firmó el libro de la sociedad."),
    Paragraph(5, "Las salidas al monte las dirigió durante muchos años el topógrafo Tomás Arribas, que conocía cada fuente y cada senda del término."),
    Paragraph(6, "La primera lista de aves de la comarca la preparó el botánico Fermín Lasheras y reunía 143 especies."),
    Paragraph(7, "Después de la guerra el ingeniero Ramiro Salcedo levantó el plano de las fuentes, y la sociedad lo guarda en el ayuntamiento."),
    Paragraph(8, "La sociedad conserva también una carta que el científico Albert Einstein escribió al volver a Berlín."),
]
CASES = [(CLUB, "en", "Charles Darwin"), (SOCIEDAD, "es", "Albert Einstein")]


def options(d: Draft) -> list[tuple[str, bool]]:
    return [option for _prompt, found in option_sets(d.item) for option in found]


def test_a_famous_key_among_local_names_is_no_choice() -> None:
    drafts = derive_drafts(CLUB, "en")
    famous_keys = [d for d in drafts if any(text == "Charles Darwin" and right for text, right in options(d))]
    assert famous_keys, "the club's letter from Darwin is drafted as a choice"
    for d in famous_keys:
        assert any("blind-fame" in p for p in d.problems), (d.item, d.problems)


def test_a_famous_name_is_no_wrong_option_among_local_names() -> None:
    for paragraphs, language, famous in CASES:
        drafts = derive_drafts(paragraphs, language)
        offered = [d for d in drafts if any(text == famous and not right for text, right in options(d))]
        assert not offered, [d.item for d in offered]


def test_no_true_false_swaps_a_famous_name_for_a_local_one() -> None:
    for paragraphs, language, famous in CASES:
        # A statement refused for want of a fair swap is shown held back with that reason; any
        # other (ready, or held for another reason) was drafted as fair.
        statements = [
            d for d in derive_drafts(paragraphs, language)
            if d.item.get("type") == "true_false" and not any("whose swap is plausible and false" in p for p in d.problems)
        ]
        source = {p.text for p in paragraphs}
        surname = famous.split()[-1]
        # Swapped in: a false statement naming the famous person; swapped out: a false one made
        # of a sentence that names them, with a local in their place.
        swapped_in = [d for d in statements if d.item["answer"] is False and surname in d.item["prompt"]]
        famous_sentences = [t for t in source if surname in t]
        swapped_out = [
            d for d in statements if d.item["answer"] is False
            and any(t.split(famous)[-1].strip()[:40] in d.item["prompt"] for t in famous_sentences if famous in t)
        ]
        assert not swapped_in, [d.item["prompt"] for d in swapped_in]
        assert not swapped_out, [d.item["prompt"] for d in swapped_out]


def test_the_local_names_are_still_asked_with_options() -> None:
    for paragraphs, language, famous in CASES:
        local = [
            d for d in derive_drafts(paragraphs, language)
            if d.item.get("type") in ("single_choice", "multiple_select") and not any(famous == text and right for text, right in options(d))
        ]
        assert local, f"no choice item on the {language} text's local people"
        assert not [d.item for d in local if any("blind-fame" in p for p in d.problems)]
    assert any(not d.problems for d in derive_drafts(SOCIEDAD, "es") if d.item.get("type") == "single_choice")


def test_what_stands_out_by_fame() -> None:
    # Known everywhere against a story's locals, in both languages' texts.
    assert stands_out([fame("Charles Darwin", "en"), fame("Ambrose Tilley", "en"), fame("Walter Pryce", "en")]) == 0
    assert stands_out([fame("Eulogio Carrasco", "es"), fame("Pablo Picasso", "es"), fame("Tomás Arribas", "es")]) == 1
    # Names of one band, known or not: nothing stands out.
    assert stands_out([fame("Morag Finlay", "en"), fame("Fiona Mackay", "en"), fame("Alasdair Munro", "en")]) is None
    assert stands_out([fame("Charles Darwin", "en"), fame("Albert Einstein", "en"), fame("Thomas Edison", "en")]) is None
    # A common name of the document's language is no famous one ("Graham Boyd" in English,
    # "Julio González" in Spanish, which other languages' text writes often too), nor one
    # whose surname another language writes as a common name ("Schneider" in German).
    assert stands_out([fame("Graham Boyd", "en"), fame("Morag Finlay", "en"), fame("Alasdair Munro", "en")]) is None
    assert stands_out([fame("Charles Conrad Schneider", "en"), fame("Morag Finlay", "en"), fame("Alasdair Munro", "en")]) is None
    assert stands_out([fame("Julio González", "es"), fame("Fermín Lasheras", "es"), fame("Ramiro Salcedo", "es")]) is None


def test_fame_fair_draws_a_near_option_or_leaves_it_to_the_check() -> None:
    pool = ["Ambrose Tilley", "Walter Pryce", "Harold Bexley", "Thomas Edison"]
    assert "Thomas Edison" in fame_fair("Charles Darwin", pool, str, 2, tight=False, language="en")[:2]
    drawn = fame_fair("Ambrose Tilley", ["Charles Darwin", "Walter Pryce", "Harold Bexley"], str, 2, tight=False, language="en")
    assert drawn[:2] == ["Walter Pryce", "Harold Bexley"]
    assert fame_fair("Ambrose Tilley", ["Charles Darwin", "Walter Pryce"], str, 1, tight=True, language="en") == ["Walter Pryce"]
    item = {"type": "single_choice", "prompt": "____ wrote to the club.", "choices": [
        {"text": "Charles Darwin", "correct": True}, {"text": "Ambrose Tilley", "correct": False}, {"text": "Harold Bexley", "correct": False}]}
    assert famous_option(item, "en")


# A list of bare surnames (the playwrights a stage presented) is no list of places: its wrong
# options would be the document's towns, an option of another kind a reader rules out at once.
THEATRE = [
    Paragraph(1, "The Harrowgate Playhouse", is_heading=True),
    Paragraph(2, "The Harrowgate Playhouse opened in a former wool warehouse beside the canal, with seats for about 300 people."),
    Paragraph(3, "The touring company took productions by road to Kendal, Penrith and Keswick, and once by boat to the Isle of Man."),
    Paragraph(4, "Over the years the small stage has presented plays by Marlowe, Webster and Kyd, as well as new work by local writers."),
    Paragraph(5, "The scenery was painted in a loft at Ulverston, and the costumes came from a workshop near Lancaster."),
    Paragraph(6, "A fire closed the building for two winters, and the company played in the assembly rooms at Cockermouth instead."),
]
TEATRO = [
    Paragraph(1, "El Teatro Principal de Almudia", is_heading=True),
    Paragraph(2, "El Teatro Principal de Almudia ocupa un antiguo almacén de lana junto al río, con unas 300 butacas."),
    Paragraph(3, "La compañía del teatro llevó sus montajes por carretera a Tudela, Tarazona y Borja, y una vez en barco hasta Mallorca."),
    Paragraph(4, "Con los años su pequeño escenario ha presentado obras de Calderón, Tirso y Moreto, además de textos de autores locales."),
    Paragraph(5, "Los decorados se pintaban en un desván de Ejea, y el vestuario llegaba de un taller cercano a Calatayud."),
    Paragraph(6, "Un incendio cerró el edificio durante dos inviernos, y la compañía actuó mientras tanto en el casino de Caspe."),
]


def test_a_list_of_names_no_sentence_writes_as_places_gets_no_towns_for_options() -> None:
    for paragraphs, language, listed in ((THEATRE, "en", {"Marlowe", "Webster", "Kyd"}), (TEATRO, "es", {"Calderón", "Tirso", "Moreto"})):
        mixed = [d for d in derive_drafts(paragraphs, language) if listed & {text for text, right in options(d) if right}]
        assert not mixed, [d.item for d in mixed]
    # A list of towns, one of which a sentence writes as a place ("to Kendal"), is still asked.
    towns = [d for d in derive_drafts(THEATRE, "en") if d.item.get("type") == "multiple_select" and "Penrith" in str(d.item)]
    assert towns


# A sentence that says which country its gap lay in by the country's adjective ("which was
# German at the time", «entonces territorio alemán») settles a choice among places: a reader
# picks the one that sounds of that country. A country's own name there already keeps the
# drafter from offering options (the places around name the answer's country).
WORKS = [
    Paragraph(1, "The Corran Library", is_heading=True),
    Paragraph(2, "The Corran Library was built for the wool merchants of the town between 1872 and 1876, on the site of an old tannery."),
    Paragraph(3, "The stone came from a quarry at Hexley, and the roof timber from a sawmill at Morwick."),
    Paragraph(4, "The reading room's stained glass was made in Hagenau, which was German at the time, by a workshop that also supplied cathedrals."),
    Paragraph(5, "The iron stairs were cast at Daneford, and the tower clock was built by a maker in Ashwell."),
    Paragraph(6, "A second reading room for newspapers opened in 1901, paid for by a subscription among the mill owners."),
]
OBRAS = [
    Paragraph(1, "La biblioteca de Corral", is_heading=True),
    Paragraph(2, "La biblioteca de Corral se construyó para los comerciantes de lana de la villa entre 1872 y 1876, sobre una antigua curtiduría."),
    Paragraph(3, "La piedra llegó de una cantera en Hervás, y la madera del tejado de un aserradero en Moraleja."),
    Paragraph(4, "Las vidrieras de la sala de lectura se hicieron en Mulhouse, entonces territorio alemán, en un taller que también trabajaba para catedrales."),
    Paragraph(5, "La escalera de hierro se fundió en Daganzo, y el reloj de la torre lo construyó un relojero en Albalate."),
    Paragraph(6, "En 1901 se abrió una segunda sala para la prensa, pagada con una suscripción entre los dueños de los molinos."),
]


def test_a_place_whose_sentence_gives_its_country_by_adjective_is_not_chosen() -> None:
    for paragraphs, language, key in ((WORKS, "en", "Hagenau"), (OBRAS, "es", "Mulhouse")):
        drafts = derive_drafts(paragraphs, language)
        chosen = [d for d in drafts if (key, True) in options(d)]
        assert not chosen, [(d.item, d.problems) for d in chosen]
        # The typed item asks it.
        assert any(d.item.get("type") == "fill_in" and d.paragraph == 4 and key in str(d.item.get("accept")) for d in drafts)


def test_what_a_country_adjective_is() -> None:
    for word, language in (("German", "en"), ("Italian", "en"), ("Chinese", "en"), ("alemán", "es"), ("italiana", "es"), ("franceses", "es")):
        assert country_adjective(word, language), word
    for word, language in (("canal", "en"), ("indicated", "en"), ("children", "en"), ("Germany", "en"), ("canales", "es"), ("indicaba", "es")):
        assert not country_adjective(word, language), word
