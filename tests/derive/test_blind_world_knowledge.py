"""World knowledge answers a choice item on a real subject without the text (blind readers of
session 9, who know what an encyclopedia knows, scored 43 of 47 against 41 % chance). Each kind
below is held back as a choice, while the typed item of the same fact stays ready. Texts written
for these tests on subjects the readers' batches never touched (the Forth Bridge, el metro de
Madrid), in the authors' own words."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.blindness import is_date, option_sets

FORTH = [
    Paragraph(1, "The Forth Bridge", is_heading=True),
    Paragraph(2, "The Forth Bridge carries the railway across the Firth of Forth, west of Edinburgh. It is a cantilever bridge of steel, and its three great towers stand on the islet of Inchgarvie and on the two shores."),
    Paragraph(3, "An earlier design by Thomas Bouch, a suspension bridge, was abandoned in 1880 after his Tay Bridge fell in a storm with a train on it. The railway companies then asked John Fowler and Benjamin Baker for a stiffer design."),
    Paragraph(4, "Work began in 1882 under the contractor William Arrol, whose firm also built the cranes and the workshops on the south shore. About 4,600 men were employed at the busiest time, and 57 of them died during the works."),
    Paragraph(5, "The bridge was opened on 4 March 1890 by the Prince of Wales, who drove in the last rivet. The main spans are 521 metres long each, and the whole structure is 2,467 metres long."),
    Paragraph(6, "Painting the bridge became a byword for an endless task. A new coating applied between 2002 and 2011 is expected to last for 25 years."),
    Paragraph(7, "In 2015 the bridge was added to the list of World Heritage Sites, the sixth site in Scotland to receive the title."),
    Paragraph(8, "A road bridge, the Forth Road Bridge, opened beside it in 1964, and the Queensferry Crossing followed in 2017. Trains still cross the old bridge about 200 times a day."),
    Paragraph(9, "The engineer Wilhelm Westhofen wrote the first full account of the works for the journal Engineering in 1890, with drawings of every stage."),
]
METRO = [
    Paragraph(1, "El metro de Madrid", is_heading=True),
    Paragraph(2, "El metro de Madrid es una red de ferrocarril subterráneo que da servicio a la capital de España y a varios municipios de su entorno. Hoy tiene doce líneas y un ramal."),
    Paragraph(3, "El proyecto lo presentaron en 1914 los ingenieros Miguel Otamendi, Carlos Mendoza y Antonio González Echarte, que buscaron capital entre los bancos de la ciudad."),
    Paragraph(4, "La primera línea se inauguró el 17 de octubre de 1919, con la presencia del rey Alfonso XIII, y unía la Puerta del Sol con Cuatro Caminos en un recorrido de unos 3,5 kilómetros."),
    Paragraph(5, "Durante la Guerra Civil, los andenes sirvieron de refugio a miles de vecinos durante los bombardeos, y algunas estaciones se usaron como almacenes."),
    Paragraph(6, "En 1986 el Consorcio Regional de Transportes asumió la gestión del sistema. Entre 1995 y 2003 la red casi duplicó su longitud con nuevas líneas hacia el sur."),
    Paragraph(7, "La estación de Chamberí se cerró en 1966 porque su andén era demasiado corto para los trenes nuevos, y en 2008 abrió como museo."),
]

TUNNEL = [
    Paragraph(1, "The Simplon Tunnel", is_heading=True),
    Paragraph(2, "The Simplon Tunnel carries the railway under the Alps between Brig in Switzerland and Domodossola in Italy. Its first bore is almost 20 kilometres long."),
    Paragraph(3, "The treaty of 1895 between the two countries was signed for Switzerland by the diplomat Giovanni Battista Pioda, and the Italian king Umberto approved it in the same year."),
    Paragraph(4, "The banker Karl Brandau raised the capital, and his firm also took the contract for the works."),
    Paragraph(5, "The first chief engineer, Alfred Brandt, designed the hydraulic drills used at both ends. He died in 1899, early in the works."),
    Paragraph(6, "His successor as chief engineer, Eduard Locher, finished the first bore in 1905. Hot springs inside the mountain slowed the work for months."),
    Paragraph(7, "The geologist Hans Schardt had warned that the rock near the middle would be hot, and temperatures of 56 degrees were measured there."),
]
TUNEL = [
    Paragraph(1, "El túnel de Somport", is_heading=True),
    Paragraph(2, "El túnel ferroviario de Somport atraviesa los Pirineos entre Canfranc, en Aragón, y la vertiente francesa. Mide casi 8 kilómetros."),
    Paragraph(3, "El acuerdo con Francia lo firmó el diplomático Fernando León y Castillo, y el rey Alfonso XIII lo ratificó poco después."),
    Paragraph(4, "El banquero Ramón Gurrea reunió los fondos y su casa financió también la estación internacional."),
    Paragraph(5, "El primer ingeniero jefe, Ricardo Bastida, dirigió las obras del lado español durante seis años y dejó el cargo en 1914."),
    Paragraph(6, "Su sucesor como ingeniero jefe, Pedro Sánchez Ruiz, terminó la galería en 1915, con las obras francesas ya avanzadas."),
    Paragraph(7, "El geólogo Lucas Mallada había advertido de las filtraciones de agua en la roca caliza, que obligaron a revestir el túnel."),
]

SLIDE = [
    Paragraph(1, "The Ashby landslide", is_heading=True),
    Paragraph(2, "A landslide buried 42 houses in the hill village of Ashby on Sunday night, and the county council has opened an inquiry into the slope."),
    Paragraph(3, "Volunteers from the mountain rescue team searched 35 houses in the upper street before noon and found every family safe."),
    Paragraph(4, "Surveyors later marked 58 houses still standing on the slope that will have to be emptied before the winter rains."),
    Paragraph(5, "The 42 houses had been built on fill from an old quarry, a fact that the planning officer Ruth Calder had noted in a report."),
    Paragraph(6, "The parish hall took in 27 families on the first night, and the school gym sheltered the rest of the displaced residents."),
]
DESLIZ = [
    Paragraph(1, "El corrimiento de Valdeloma", is_heading=True),
    Paragraph(2, "Un corrimiento de tierras sepultó 42 viviendas en la aldea de Valdeloma el domingo por la noche, y la diputación ha abierto una investigación sobre la ladera."),
    Paragraph(3, "Los voluntarios del grupo de rescate de montaña registraron 35 viviendas de la calle alta antes del mediodía y encontraron a todas las familias a salvo."),
    Paragraph(4, "Los técnicos marcaron después 58 viviendas aún en pie en la ladera que habrá que desalojar antes de las lluvias del invierno."),
    Paragraph(5, "Las 42 viviendas se habían levantado sobre un relleno de una antigua cantera, algo que la técnica municipal Rosa Calderón había señalado en un informe."),
    Paragraph(6, "El salón parroquial acogió a 27 familias la primera noche, y el gimnasio de la escuela dio cobijo al resto de los vecinos desalojados."),
]

CLOCKS = [
    Paragraph(1, "Marine chronometers", is_heading=True),
    Paragraph(2, "A marine chronometer is a clock precise enough to give a ship its longitude at sea. Makers in several countries competed to build one during the eighteenth century."),
    Paragraph(3, "At the National Physical Laboratory in Teddington, engineers tested each new clock for months before the navy bought it."),
    Paragraph(4, "The French maker Pierre Le Roy built his best clock in a workshop in Paris, and it was tried on a voyage to Brest."),
    Paragraph(5, "A rival maker, Ferdinand Berthoud, later supplied clocks to the French navy from his shop in Neuchatel."),
    Paragraph(6, "Copies of the English clocks were tested on ships sailing from Cadiz and Lisbon, where the trials lasted a whole summer."),
]
RELOJES = [
    Paragraph(1, "Los cronómetros marinos", is_heading=True),
    Paragraph(2, "Un cronómetro marino es un reloj lo bastante preciso para dar a un barco su longitud en alta mar. Varios países compitieron por construirlo durante el siglo XVIII."),
    Paragraph(3, "En el Instituto Geológico y Minero, en Tres Cantos, los técnicos probaban cada reloj durante meses antes de que la Marina lo comprara."),
    Paragraph(4, "El relojero Manuel Gutiérrez construyó sus mejores piezas en un taller de Madrid y las probó en un viaje a Cartagena."),
    Paragraph(5, "Un relojero rival, Cayetano Sánchez, envió más tarde relojes a la Marina desde su tienda en Barcelona."),
    Paragraph(6, "Las copias de los relojes ingleses se probaron en barcos que salían de Ferrol y de Lisboa, donde las pruebas duraron un verano entero."),
]

KIEL = [
    Paragraph(1, "The Kiel Canal", is_heading=True),
    Paragraph(2, "The Kiel Canal links the North Sea with the Baltic across the state of Schleswig-Holstein. It is about 98 kilometres long and saves ships a long voyage around Denmark."),
    Paragraph(3, "In 1886 the parliament in Berlin approved the plan, and President Otto Wendt of the canal commission chose a route from Brunsbüttel to Holtenau."),
    Paragraph(4, "The engineer Karl Baensch drew the plans for the locks at both ends, and his staff tested the gates in a basin near the river."),
    Paragraph(5, "The contractor Heinrich Lüders also built the railway that carried the spoil away from the cuts, a line of about 30 kilometres."),
    Paragraph(6, "The surveyor Ernst Hagen marked the line across the marshes with wooden posts, and his maps were used for decades."),
    Paragraph(7, "Later, President Friedrich Ebert reopened the widened canal in a short ceremony, and the engineer Karl Baensch gave the speech."),
]
PANTANO = [
    Paragraph(1, "El pantano de Ricobayo", is_heading=True),
    Paragraph(2, "El embalse de Ricobayo almacena el agua del río Esla en la provincia de Zamora. Su presa tiene unos 100 metros de altura y abastece una central eléctrica."),
    Paragraph(3, "En 1929 la sociedad Saltos del Duero aprobó el proyecto, y el ingeniero Ramón Castellví eligió el lugar de la presa en un estrecho del río."),
    Paragraph(4, "El contratista Julián Ortega construyó también el ferrocarril que llevaba el cemento desde la estación, una línea de unos 20 kilómetros."),
    Paragraph(5, "El topógrafo Andrés Villar marcó la cota del embalse con postes de madera, y sus planos se usaron durante décadas."),
    Paragraph(6, "Más tarde, el presidente Niceto Alcalá-Zamora visitó la obra en una breve ceremonia, y el ingeniero Ramón Castellví le explicó las turbinas."),
]


def ready(paragraphs: list[Paragraph], language: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, language) if not d.problems]


def test_a_year_or_date_is_asked_typed_never_chosen_nor_swapped_in_a_statement() -> None:
    # Last session every year or date offered with options (11 items: "His book appeared in
    # ____" among 1840, 1841, 1850) and every statement with a swapped year (10 items, "The
    # lighthouse was automated in 2003") was answered right: a reader knows the subject's
    # dates, or which is plausible for it.
    for paragraphs, language in ((FORTH, "en"), (METRO, "es")):
        drafts = ready(paragraphs, language)
        text = {p.number: p.text for p in paragraphs}
        for d in drafts:
            for _prompt, options in option_sets(d.item):
                assert not all(is_date(o, language) for o, _ in options), d.item
            if d.item.get("type") == "true_false" and d.answer_span:
                start, end = d.answer_span
                assert not is_date(text[d.paragraph][start:end], language), d.item
        # The typed item of the same fact stays: "y en ____ abrió como museo" asks 2008.
        typed = [d for d in drafts if d.item.get("type") in ("numeric", "fill_in") and d.paragraph == 7]
        assert typed, [d.item for d in drafts if d.paragraph == 7]


def test_what_a_date_is() -> None:
    assert is_date("1863", "en") and is_date("4 March 1890", "en") and is_date("17 de octubre de 1919", "es") and is_date("abril de 2022", "es")
    assert not is_date("76,000 dollars", "en") and not is_date("521 metres", "en") and not is_date("Mount Jewett", "en") and not is_date("41 toneladas", "es")


def test_a_person_gap_whose_stem_writes_a_role_offers_only_people_of_that_role() -> None:
    # "The first chief engineer, ____, resigned after a year" offered Lesseps, Roosevelt and
    # Bunau-Varilla, none of them an engineer of the works: a reader rules them out. Here the
    # banker, the diplomat, the king and the geologist are no chief engineers; the other chief
    # engineer is (the true/false swap "The first chief engineer, Eduard Locher" stays possible).
    outsiders = {"Giovanni Battista Pioda", "Karl Brandau", "Hans Schardt", "Umberto", "Fernando León y Castillo", "Alfonso XIII", "Ramón Gurrea", "Lucas Mallada"}
    for paragraphs, language, role in ((TUNNEL, "en", "chief engineer, "), (TUNEL, "es", "ingeniero jefe, ")):
        asked = 0
        for d in derive_drafts(paragraphs, language):
            shown = str(d.item.get("prompt", "")) + str(d.item.get("passage", ""))
            if d.item.get("type") == "true_false" and not d.item["answer"] and role in shown:
                asked += 1
                assert not any(f"{role}{name}" in shown for name in outsiders), shown
            for _stem, options in option_sets(d.item):
                if role + "____" in _stem:
                    asked += 1
                    assert not outsiders & {o for o, _ in options}, (d.item["prompt"], options)
        assert asked, language
    # A rank word is no role of its own: the chief engineer is no chief sanitary officer.
    # (The Panama Canal's first chief engineer was once swapped into "The physician ____, the
    # chief sanitary officer": the two shared only "chief".)
    from quizapp.derive.person_options import role_beside
    roles = {"physician", "chief", "officer", "engineer", "ingeniero", "jefe"}
    roles |= {"president"}
    assert role_beside("The physician ", ", the chief sanitary officer, fought the mosquitoes", roles) == {"physician", "officer"}
    # The role of the person before, across a verb, is not this one's.
    assert role_beside("His successor, John Stevens, a railway engineer, persuaded President ", " that", roles) == {"president"}
    assert role_beside("The first chief engineer, ", ", resigned", roles) == {"engineer"}
    assert role_beside("El primer ingeniero jefe, ", ", dirigió", roles) == {"ingeniero"}


def test_a_false_statement_never_swaps_in_the_headline_value() -> None:
    # "The full channel reopened on March 26, 2024" (the day of the collapse the report is
    # about): false to any reader who knows the story. Here the slide buried 42 houses (the
    # opening paragraph, repeated): no statement about the other houses puts 42 in their place.
    for paragraphs, language, headline in ((SLIDE, "en", "42 houses"), (DESLIZ, "es", "42 viviendas")):
        text = {p.number: p.text for p in paragraphs}
        statements = [d for d in derive_drafts(paragraphs, language) if d.item.get("type") == "true_false" and d.paragraph in (3, 4)]
        assert statements
        for d in statements:
            assert (headline in d.item["prompt"]) == (headline in text[d.paragraph]), d.item["prompt"]


def test_the_seat_of_an_institution_the_prompt_names_is_not_chosen_among_places() -> None:
    # "At the Royal Aircraft Establishment in ____" among Versailles, Elba and Naples: the
    # institution's seat is known, the places abroad ruled out. The typed item stays.
    for paragraphs, language, named in ((CLOCKS, "en", "Laboratory in ____"), (RELOJES, "es", "Minero, en ____")):
        drafts = derive_drafts(paragraphs, language)
        seats = [d for d in drafts if d.item.get("type") in ("single_choice", "multiple_select") and named in d.item["prompt"]]
        # (In Spanish no choice is left to hold back: Madrid, Barcelona and Lisboa, world cities,
        # are no options for a local town, variants.)
        assert (seats or language == "es") and all(any("blind-seat" in p for p in d.problems) for d in seats), [d.problems for d in seats]
        assert any(d.paragraph == 3 for d in drafts if not d.problems)
    # A place after a person's name or one proper noun is no institution's seat.
    from quizapp.derive.place_kind_options import SEAT_BEFORE
    assert not SEAT_BEFORE.search("The French maker Pierre Le Roy built his best clock in a workshop in ")
    assert SEAT_BEFORE.search("At the Royal Aircraft Establishment in ")


def test_a_head_of_state_is_no_option_for_someone_who_is_none() -> None:
    # "who also rebuilt the railway?" among Carter, Roosevelt and Stevens: the presidents are
    # ruled out by what everyone knows of presidents.
    for paragraphs, language, heads in ((KIEL, "en", {"Friedrich Ebert", "Ebert"}), (PANTANO, "es", {"Niceto Alcalá-Zamora", "Alcalá-Zamora"})):
        for d in derive_drafts(paragraphs, language):
            for _stem, options in option_sets(d.item):
                keys = {o for o, right in options if right}
                if not keys & heads:
                    assert not heads & {o for o, _ in options}, (d.item["prompt"], options)


def test_and_other_islands_after_the_gap_names_the_kind_of_place() -> None:
    # "labourers from ____ and other islands of the Caribbean" offered Egypt, France and
    # Nicaragua beside Barbados: "and other islands" says the key is an island.
    from quizapp.derive import Draft
    from quizapp.derive.place_kind_options import prompt_kind, wrong_kind_options
    from quizapp.languages import language_for

    en, es = language_for("en"), language_for("es")
    assert prompt_kind("Most pickers came from ", " and other islands of the Pacific.", en) == "island"
    assert prompt_kind("La mayoría llegó de ", " y otras islas del Pacífico.", es) == "isla"
    assert prompt_kind("La mayoría llegó de ", " u otras ciudades del norte.", es) == "ciudad"
    document = "Most pickers came from Tonga and other islands of the Pacific. The ships sailed to Chile and Peru. Later some went to the island of Samoa."
    item = {
        "type": "single_choice", "prompt": "According to the text, which of these goes in the gap? “Most pickers came from ____ and other islands of the Pacific.”",
        "choices": [{"text": "Tonga", "correct": True}, {"text": "Chile", "correct": False}, {"text": "Peru", "correct": False}, {"text": "Samoa", "correct": False}],
    }
    draft = Draft("p1-sc", "question", item, 1, None, 1.0)
    assert wrong_kind_options(draft, document, en)


def test_a_key_whose_name_says_its_kind_needs_options_of_that_kind() -> None:
    # "the curate of St Luke's Church on ____" offered Hampstead, Thames Ditton and Newcastle
    # upon Tyne beside Berwick Street: the one street among districts and towns, which "on"
    # (and the key's own "Street") gives away.
    from quizapp.derive import Draft
    from quizapp.derive.place_kind_options import wrong_kind_options
    from quizapp.languages import language_for

    def choice(prompt: str, key: str, wrong: list[str]) -> Draft:
        item = {"type": "single_choice", "prompt": prompt, "choices": [{"text": key, "correct": True}] + [{"text": w, "correct": False} for w in wrong]}
        return Draft("p1-sc", "question", item, 1, None, 1.0)

    document = "The bakery on Mill Street opened first. Later a shop opened in Harwood, and a depot in Kelso. The market moved to Bridge Street."
    en = language_for("en")
    assert wrong_kind_options(choice("Which goes in the gap? “The bakery on ____ opened first.”", "Mill Street", ["Harwood", "Kelso"]), document, en)
    assert not wrong_kind_options(choice("Which goes in the gap? “The bakery on ____ opened first.”", "Mill Street", ["Bridge Street", "Church Street"]), document + " Church Street was paved.", en)
    documento = "La panadería de la calle Mayor abrió primero. Después se abrió una tienda en Lerma y un almacén en Aranda. El mercado pasó a la calle Ancha."
    es = language_for("es")
    assert wrong_kind_options(choice("¿Qué va en el hueco? «La panadería de la ____ abrió primero.»", "calle Mayor", ["Lerma", "Aranda"]), documento, es)
