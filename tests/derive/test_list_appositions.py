"""Lists whose items pair a name with an apposition or a participle after a comma ("Kettleby,
built around 1650, the oldest ..."), and lead-in paragraphs whose prose goes on into a list:
the list is a matching citing its lead-in, and the prose before the lead-in is still asked
like any other paragraph's. Own texts, two list styles a language (items joined by "; - " once
a markdown block is read, "* " items without semicolons, one item a paragraph from the import)."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs

# Lead-in prose and a "- " list in one markdown block: the drafter gets "...: - a; - b; - c".
SALT_EN = """# The salt works at Brinmouth

The Brinmouth works boiled brine from the estuary from 1610 until 1902 and sold their salt to the fish curers of the coast.

The works stood on a spit of shingle, divided along its length by two brick walls into three parallel yards. Each yard kept its own furnace of firebricks. The four pan houses were:
- Kettleby, built around 1650, the oldest of the houses;
- Stonegate, the largest;
- Marwick, on the old packhorse road to the north;
- Pellow, a small house that closed in the 1880s.

The salt left the works by packhorse for Hereford and, after 1790, by barge.
"""

# Lower-case terms, one with its synonym, "* " items without semicolons under a lead-in paragraph.
ROPE_EN = """# The rope walk at Saltcote

The rope walk at Saltcote made cables for the navy from 1712 until 1884.

The walk was a shed a quarter of a mile long, where the spinners walked backwards paying out hemp from a distaff tied round their waist. Its tools had names of their own:

* the hackle or heckle board, a frame of steel pins for combing the hemp
* the jack wheel, a large drum turned by a boy to twist the yarn
* the top, a grooved cone of oak that laid the strands into rope
* the tar kettle, a copper pot for soaking the yarn, smaller than the one before

The last cable was laid in 1884 and the shed became a timber store.
"""

# «; - » in one block after prose, the names places; then terms with a synonym under «* ».
SALINAS_ES = """# Las salinas del valle de Arbeteta

Las salinas del valle de Arbeteta produjeron sal desde el siglo XIII hasta 1968 y abastecían a los ganaderos de la sierra.

El valle se abre a lo largo de casi tres kilómetros entre dos cerros de yeso. Por cada barranco baja un arroyo de agua salada. Las cuatro salinas del valle eran:
- Villagorda, fundada hacia 1520, la más antigua del valle;
- Cañaveral, la mayor;
- Peñalén, en el viejo camino real hacia el norte;
- Ocentejo, una pequeña salina que cerró antes de la guerra.

Cada salina tenía las mismas partes, con nombres que todavía usan los vecinos:

* la era o balsa de cristalizar, el estanque poco profundo donde cuaja la sal
* el recocedero, la balsa central, separada de la anterior por un muro bajo
* el pozo, el manantial de agua salada que alimenta las balsas
* el almacén o alfolí, la nave de piedra donde se guardaba la cosecha

La última cosecha se recogió en 1968 y las balsas se llenaron de juncos.
"""

# A lead-in paragraph whose prose goes on into a list of "Name: description" items.
ROPE_TOOLS_EN = """# The rope walk at Saltcote

The rope walk at Saltcote made cables for the navy from 1712 until 1884.

The walk was a shed a quarter of a mile long, split by two brick walls that made three parallel alleys. The spinners walked backwards along each alley paying out hemp from a distaff tied round their waist. The tools of the walk were:
- The hackle: a board of steel pins that combed the hemp into long fibres.
- The jack wheel: a large wheel turned by a boy to twist the yarn.
- The top: a grooved cone of wood that laid the strands into rope.
- The tar kettle: a copper pot where the yarn was soaked against rot.

The last cable was laid in 1884 and the shed became a timber store.
"""

HORNO_ES = """# El horno de cal de Valdeperales

El horno de cal de Valdeperales funcionó desde 1790 hasta 1961 y abastecía a los albañiles de la comarca.

El horno se levantaba en una ladera de piedra caliza, partido por dos muros en tres cámaras redondas. Los caleros alimentaban el fuego con haces de aulaga durante casi tres días. Sus partes tenían nombre propio:
- La boca: la abertura baja por donde el calero metía la leña.
- La olla: el hueco central donde se apilaba la piedra caliza.
- La bóveda: el techo de piedras que cerraba la carga por arriba.
- La chimenea: el tiro estrecho por donde salía el humo del horno.

La última hornada se coció en 1961 y el horno quedó abandonado.
"""


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def matchings(drafts: list[Draft]) -> list[Draft]:
    return [d for d in ready(drafts) if d.item.get("type") == "matching"]


def pairs_of(draft: Draft) -> dict[str, str]:
    return {p["left"]: p["right"] for p in draft.item["pairs"]}


def number_of(paragraphs: list[Paragraph], opening: str) -> int:
    return next(p.number for p in paragraphs if p.text.startswith(opening))


def prose_drafts(drafts: list[Draft], paragraphs: list[Paragraph], number: int, lead: str) -> list[Draft]:
    """The ready drafts of paragraph ``number`` that ask its prose, before the lead-in ``lead``."""
    text = next(p.text for p in paragraphs if p.number == number)
    end = text.index(lead)
    return [d for d in ready(drafts) if d.paragraph == number and d.answer_span is not None and d.answer_span[1] <= end]


def test_places_with_a_participle_or_an_apposition_joined_by_semicolons_are_matched() -> None:
    paragraphs = read_paragraphs(SALT_EN)
    listed = number_of(paragraphs, "The works stood on a spit")
    drafts = derive_drafts(paragraphs, "en")
    found = [d for d in matchings(drafts) if d.paragraph == listed]
    assert found, [(d.key, d.problems) for d in drafts if d.paragraph == listed]
    pairs = pairs_of(found[0])
    assert found[0].item["source"] == [listed]
    assert pairs["Kettleby"] == "Built around 1650, the oldest of the houses"
    assert pairs["Marwick"] == "On the old packhorse road to the north"
    assert pairs["Pellow"] == "A small house that closed in the 1880s"
    assert "Stonegate" not in pairs  # "the largest": too short to match on its own


def test_lower_case_terms_with_a_synonym_are_matched_to_their_first_apposition() -> None:
    paragraphs = read_paragraphs(ROPE_EN)
    lead, listed = number_of(paragraphs, "The walk was a shed"), number_of(paragraphs, "* the hackle")
    drafts = derive_drafts(paragraphs, "en")
    found = [d for d in matchings(drafts) if d.paragraph == listed]
    assert found, [(d.key, d.problems) for d in drafts if d.paragraph == listed]
    pairs = pairs_of(found[0])
    assert found[0].item["source"] == [lead, listed]
    assert pairs["The hackle or heckle board"] == "A frame of steel pins for combing the hemp"
    # "smaller than the one before" leans on another item: the side ends before it.
    assert pairs["The tar kettle"] == "A copper pot for soaking the yarn"


def test_spanish_places_and_terms_after_a_comma_are_matched() -> None:
    paragraphs = read_paragraphs(SALINAS_ES)
    places = number_of(paragraphs, "El valle se abre")
    lead, terms = number_of(paragraphs, "Cada salina tenía"), number_of(paragraphs, "* la era")
    drafts = derive_drafts(paragraphs, "es")
    found = {d.paragraph: d for d in matchings(drafts)}
    assert places in found and terms in found, [(d.key, d.problems) for d in drafts if d.paragraph in (places, terms)]
    assert found[places].item["source"] == [places]
    assert pairs_of(found[places])["Villagorda"] == "Fundada hacia 1520, la más antigua del valle"
    assert pairs_of(found[places])["Peñalén"] == "En el viejo camino real hacia el norte"
    assert found[terms].item["source"] == [lead, terms]
    term_pairs = pairs_of(found[terms])
    assert term_pairs["La era o balsa de cristalizar"] == "El estanque poco profundo donde cuaja la sal"
    assert term_pairs["El recocedero"] == "La balsa central"  # «separada de la anterior» leans on another item


def test_apposition_items_read_one_per_paragraph_by_the_import_are_matched() -> None:
    paragraphs = [
        Paragraph(1, "Las salinas del valle de Arbeteta", is_heading=True),
        Paragraph(2, "Las salinas del valle de Arbeteta produjeron sal desde el siglo XIII hasta 1968."),
        Paragraph(3, "Las cuatro salinas del valle eran:"),
        Paragraph(4, "Villagorda, la más antigua del valle, junto a la ermita", is_list_item=True),
        Paragraph(5, "Cañaveral, la mayor", is_list_item=True),
        Paragraph(6, "Peñalén, en el viejo camino real hacia el norte", is_list_item=True),
        Paragraph(7, "Ocentejo, una pequeña salina que cerró antes de la guerra", is_list_item=True),
    ]
    found = matchings(derive_drafts(paragraphs, "es"))
    assert found and found[0].item["source"] == [3, 4, 5, 6, 7]
    assert pairs_of(found[0])["Ocentejo"] == "Una pequeña salina que cerró antes de la guerra"


def test_items_that_are_lists_or_open_with_a_preposition_are_no_pairs() -> None:
    text = """# Old mortar

The builders of the valley mixed three kinds of mortar:
- lime, sand and horsehair;
- lime, the ash of oak and a little tar;
- clay, straw and the dung of cattle.

The masons of the valley recorded their work in dated ledgers:
- In 1850, the bridge at Holme was rebuilt;
- In 1861, the chapel got a new roof;
- In 1874, the mill walls were raised.
"""
    assert not matchings(derive_drafts(read_paragraphs(text), "en"))


def test_the_prose_before_a_lead_in_is_asked_beside_the_list_in_one_paragraph() -> None:
    for text, language, opening, lead in (
        (ROPE_TOOLS_EN, "en", "The walk was a shed", "The tools of the walk were:"),
        (HORNO_ES, "es", "El horno se levantaba", "Sus partes tenían nombre propio:"),
        (SALT_EN, "en", "The works stood on a spit", "The four pan houses were:"),
        (SALINAS_ES, "es", "El valle se abre", "Las cuatro salinas del valle eran:"),
    ):
        paragraphs = read_paragraphs(text)
        number = number_of(paragraphs, opening)
        drafts = derive_drafts(paragraphs, language)
        listed = [d for d in matchings(drafts) if d.paragraph == number]
        assert listed and listed[0].item["source"] == [number], opening  # the list item still cites lead-in and list
        asked = prose_drafts(drafts, paragraphs, number, lead)
        assert asked, [(d.item.get("prompt"), d.problems) for d in drafts if d.paragraph == number]


def test_a_side_that_does_not_read_alone_leaves_its_pair_out_not_the_list() -> None:
    for text, language, left in (
        ("""# The windmills of the Fenmarsh

The Fenmarsh was drained by hand and by wind over two centuries. The four mills still grinding grain in 1900 were:
- Holbeck, built around 1742, the tallest tower on the marsh;
- Sallow Green, the last mill worked by a woman miller;
- Crane Fen, on the old causeway to the east;
- Martley, a small post mill that burned in the 1890s.
""", "en", "Sallow Green"),
        ("""# Los molinos de la vega

La vega de Alcolea tuvo molinos harineros desde la Edad Media. Los cuatro molinos que aún molían en 1900 eran:
- Valcabado, levantado hacia 1740, el más alto de la vega;
- Peñaflor, el último que usó piedras francesas;
- Ribafría, junto al viejo vado del camino real;
- Cantarranas, un pequeño molino de rodezno que ardió en 1893.
""", "es", "Peñaflor"),
    ):
        drafts = derive_drafts(read_paragraphs(text), language)
        found = matchings(drafts)
        assert found, [(d.item.get("pairs"), d.problems) for d in drafts if d.item.get("type") == "matching"]
        assert left not in pairs_of(found[0]) and len(found[0].item["pairs"]) == 3


# Items that are sentences ("Name, apposition, verb ..."), and Spanish participles agreeing with
# their names' articles: no side holds a verb, no pair is matched by its endings.
STRIKE_EN = """# Notes on the 1911 strike

The dockers of Port Alwen struck for eleven weeks in the summer of 1911. Their demands were these:
- a wage of eight pence an hour, paid every Friday;
- the end of the call-on at the dock gates, hated by the men;
- a union office, built at the company's cost;
- overtime, paid at time and a half.

The strike ended with these events:
- In August, the owners offered seven pence;
- On 2 September, the men voted to accept;
- By October, the union office stood on Quay Street.

The men who led it are remembered in the town:
- Tom Hearn, the secretary, spoke at every meeting;
- Ada Price, a fish packer, ran the soup kitchen;
- Sam Okafor, a crane driver, kept the strike fund.
"""

HUELGA_ES = """# La huelga de 1911

Los estibadores de Puerto Alwen estuvieron en huelga once semanas en el verano de 1911. Sus demandas eran estas:
- un jornal de ocho reales, pagado cada viernes;
- el fin de la contrata en las puertas del muelle, odiada por los hombres;
- una oficina del sindicato, construida a cargo de la compañía;
- las horas extra, pagadas a precio y medio.

Los que la dirigieron son recordados en el pueblo:
- Tomás Herrán, el secretario, habló en cada asamblea;
- Ada Prieto, una empacadora de pescado, llevaba el comedor;
- Samuel Okafor, un gruista, guardaba la caja de resistencia.
"""


def test_sentence_items_and_agreeing_participles_make_no_matching() -> None:
    for text, language in ((STRIKE_EN, "en"), (HUELGA_ES, "es")):
        drafts = derive_drafts(read_paragraphs(text), language)
        assert not [d.item["pairs"] for d in matchings(drafts)], language


def test_a_bare_noun_apposition_before_of_pairs_its_name() -> None:
    for text, language, name, side in (
        ("""# The guilds of the Fenmarsh

The guilds were known by the villages that held their chests:

* Upwell, home of the oldest charter;
* Tydd Gote, the smallest guild, with eleven members;
* Nordelph, founded after the great flood.
""", "en", "Upwell", "Home of the oldest charter"),
        ("""# Los gremios de la vega

Los gremios tomaban el nombre de los pueblos que guardaban sus arcas:

* Valcabado, sede de la carta más antigua;
* Ribafría, el gremio más pequeño, con once cofrades;
* Cantarranas, fundado después de la gran riada.
""", "es", "Valcabado", "Sede de la carta más antigua"),
    ):
        found = matchings(derive_drafts(read_paragraphs(text), language))
        assert found and pairs_of(found[0]).get(name) == side, language


def test_a_list_card_shows_lower_case_names_as_the_text_writes_them() -> None:
    text = """# Tower mills

The parts a miller names first are these:

- the cap, the wooden roof of the tower, turned to face the wind;
- the stocks or sail bars, the long beams carrying the sails;
- the fantail, a small wheel of vanes at the back of the cap;
- the stone floor, the storey where the millstones grind the grain.
"""
    cards = [d for d in ready(derive_drafts(read_paragraphs(text), "en")) if d.kind == "card" and "list" in d.item.get("tags", [])]
    assert cards and cards[0].item["back"] == "The cap; the stocks or sail bars; the fantail; the stone floor."
