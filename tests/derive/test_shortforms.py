"""Short forms a learner types for a long name (issue 10, shortforms): a natural feature by its
own name without the feature word, in both languages and both orders ("Pacaya" for the Pacaya
Volcano, «Aconquija» for el Cerro Aconquija), unless that bare name is another place of the
document (a town of the same name); an organisation without the place that ends its name, when
its own name stays. Own texts, English and Spanish."""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts
from tests.helpers.drafts import accepts_for, document, typed_accepts


MILLS = [
    "The mills of Quassett",
    "The first mill on Tenkiller Lake was built in 1811 by Abel Crane.",
    "The town of Tenkiller grew around the mill after 1820.",
    "Logs came down the Wyalusing Creek to the mill every spring.",
    "In 1840 the miners walked to Loch Fannich to fish.",
    "The smoke of the Pacaya Volcano was seen from the mill in 1870.",
    "In 1880 a dam on the river made the Quabbin Reservoir.",
    "In 1915 the Ashokan Mill Company drew its water from the Ashokan Reservoir.",
]
MOLINOS = [
    "Los molinos de Tarbena",
    "El primer molino junto a la Laguna de Chasicó se levantó en 1811.",
    "La madera bajaba por el Río Orbigo hasta el molino cada primavera.",
    "En 1840 el pueblo subió al Cerro Aconquija para ver el cometa.",
    "El humo del Volcán Lanín se veía desde el molino en 1870.",
    "Los pastores subían al Pico Urbión cada verano desde 1790.",
    "El agua llegaba de la Laguna de los Pozuelos por una acequia de 1795.",
    "En 1830 el molino de la Laguna del Carpintero se vendió a la villa de Carpintero.",
]


def _accepts_bare(drafts: list[Draft], key: str, bare: str) -> None:
    lists = accepts_for(drafts, key)
    assert lists, (key, typed_accepts(drafts))
    assert all(bare in a for a in lists), (key, lists)


def test_a_natural_feature_is_accepted_by_its_own_name() -> None:
    """"Wyalusing" for the Wyalusing Creek, "Fannich" for Loch Fannich, "Pacaya" for the
    Pacaya Volcano, "Quabbin" for the Quabbin Reservoir: how people name them."""
    drafts = derive_drafts(document(MILLS), "en")
    for key, bare in (("Wyalusing Creek", "Wyalusing"), ("Loch Fannich", "Fannich"), ("Pacaya Volcano", "Pacaya"), ("Quabbin Reservoir", "Quabbin")):
        _accepts_bare(drafts, key, bare)


def test_a_spanish_natural_feature_is_accepted_by_its_own_name() -> None:
    """«Chasicó» for la Laguna de Chasicó, «Aconquija», «Lanín», «Urbión», «Pozuelos» for la
    Laguna de los Pozuelos."""
    drafts = derive_drafts(document(MOLINOS), "es")
    for key, bare in (("Laguna de Chasicó", "Chasicó"), ("Cerro Aconquija", "Aconquija"), ("Volcán Lanín", "Lanín"), ("Pico Urbión", "Urbión"), ("Laguna de los Pozuelos", "Pozuelos")):
        _accepts_bare(drafts, key, bare)


def test_a_features_bare_name_that_is_another_place_is_not_accepted() -> None:
    """"The town of Tenkiller" is another place than Tenkiller Lake: "Tenkiller" answers
    neither gap for the other; «la villa de Carpintero» is not la Laguna del Carpintero; beside
    the Ashokan Mill Company, "Ashokan" names the firm as well as the Ashokan Reservoir."""
    drafts = derive_drafts(document(MILLS), "en")
    assert all("Tenkiller" not in a for a in accepts_for(drafts, "Tenkiller Lake")), accepts_for(drafts, "Tenkiller Lake")
    assert accepts_for(drafts, "Ashokan Reservoir") and all("Ashokan" not in a for a in accepts_for(drafts, "Ashokan Reservoir")), typed_accepts(drafts)
    drafts = derive_drafts(document(MOLINOS), "es")
    assert all("Carpintero" not in a for a in accepts_for(drafts, "Laguna del Carpintero")), accepts_for(drafts, "Laguna del Carpintero")


CHOIRS = [
    "The mills of Quassett",
    "The first mill of Quassett was built in 1811 by the brothers Crane.",
    "The Choir of Holy Trinity Church of Dunmore sang at the opening of the mill in 1852.",
    "The Brass Band of the Miners' Guild of Carlow played at the opening of the second mill in 1860.",
    "Carlow and Dunmore were the two market towns of the valley in 1850.",
]
COROS = [
    "Los molinos de Tarbena",
    "El primer molino de Tarbena se levantó en 1811 con dinero de la ciudad de Tudela.",
    "El Coro de la Basílica del Socorro de Tudela cantó en la inauguración del molino en 1852.",
    "La Banda de la Cofradía del Rosario de Caparroso tocó en la fiesta del segundo molino en 1860.",
    "En 1870 los molineros de Caparroso compraron el tercer molino.",
    "La Escuela de Música del Carmen de Tafalla y la Escuela de Música del Carmen de Olite enseñaban a sus hijos.",
]


def test_an_organisation_is_accepted_without_the_place_that_ends_its_name() -> None:
    """"Choir of Holy Trinity Church" for the Choir of Holy Trinity Church of Dunmore, «Coro de
    la Basílica del Socorro» for el Coro de la Basílica del Socorro de Tudela: the body's head
    and its own name, where the document names the place on its own too."""
    drafts = derive_drafts(document(CHOIRS), "en")
    _accepts_bare(drafts, "Choir of Holy Trinity Church of Dunmore", "Choir of Holy Trinity Church")
    drafts = derive_drafts(document(COROS), "es")
    _accepts_bare(drafts, "Coro de la Basílica del Socorro de Tudela", "Coro de la Basílica del Socorro")


def test_an_organisation_keeps_its_place_where_another_body_shares_the_rest() -> None:
    """«la Escuela de Música del Carmen de Tafalla» and «... de Olite»: the name without its place
    names both."""
    drafts = derive_drafts(document(COROS), "es")
    for lists in (accepts_for(drafts, "Escuela de Música del Carmen de Tafalla"), accepts_for(drafts, "Escuela de Música del Carmen de Olite")):
        assert all("Escuela de Música del Carmen" not in a for a in lists), lists


def _typed_items(drafts: list[Draft], key: str) -> list[dict[str, object]]:
    return [d.item for d in drafts if d.item.get("type") == "fill_in" and d.item["accept"][0] == key]


GOVERNOR = [
    "How a water mill works",
    "The device that keeps the wheel at an even speed when the flow changes is called the waterwheel governor.",
    "The channel that brings water from the river to the wheel is called the headrace.",
]
TOLVA = [
    "Cómo funciona un molino",
    "Se denomina tolva alimentadora al cajón de madera que deja caer el grano entre las piedras.",
    "Se llama socaz al canal que devuelve al río el agua que ya movió la rueda.",
]


def test_a_multi_word_term_forgives_a_typo_where_no_real_word_lies_near() -> None:
    """"waterwheel governer", «tolva alimentadorа» mistyped: a term of two words or more with
    no real word within a typo of its words is no common word a typo turns into another; a
    one-word term ("headrace", «socaz») stays exact."""
    for lines, lang, long, short in ((GOVERNOR, "en", "waterwheel governor", "headrace"), (TOLVA, "es", "tolva alimentadora", "socaz")):
        drafts = derive_drafts(document(lines), lang)
        assert _typed_items(drafts, long) and all(it["typos"] for it in _typed_items(drafts, long)), _typed_items(drafts, long)
        assert _typed_items(drafts, short) and not any(it["typos"] for it in _typed_items(drafts, short)), _typed_items(drafts, short)


AWARDS = [
    "The mills of Quassett",
    "In 1990 the mill workers' choir won a Latin Grammy for its recording of mill songs.",
    "The choir was founded in 1952 by the miller Abel Crane.",
]
PREMIOS = [
    "Los molinos de Tarbena",
    "En 1990 el coro de los molineros ganó un Grammy Latino por su disco de canciones de molino.",
    "El coro lo fundó en 1952 el molinero Abel Grau.",
]


def test_an_award_with_a_language_tag_is_accepted_in_the_other_order() -> None:
    """«Grammy Latino» is also written "Latin Grammy" (in Spanish too: «los Latin Grammy»), and
    the other way round; the bare "Grammy" is another award and is not accepted."""
    for lines, lang, key, other in ((AWARDS, "en", "Latin Grammy", "Grammy Latino"), (PREMIOS, "es", "Grammy Latino", "Latin Grammy")):
        drafts = derive_drafts(document(lines), lang)
        _accepts_bare(drafts, key, other)
        assert all("Grammy" not in a for a in accepts_for(drafts, key)), accepts_for(drafts, key)
