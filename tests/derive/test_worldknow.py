"""worldknow: gaps a well-read adult fills without the document (issue 10, rule 5), each kind
held back generally and tested on our own small texts (EN and ES, a glassworks and a rubber
town of our own invention): a century or a date world history gives, a famous place a famous
neighbour calls up, a set phrase or a Latin binomial completed by its other half, and a term
its textbook definition names."""
from __future__ import annotations


from quizapp.derive import Draft, derive_drafts, forced, giveaways, trivial_gaps
from quizapp.derive.famous_settings import famous_neighbour_gap
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, document, fill_in_draft, numeric_draft, ready_answers


def _reasons(draft: Draft, language: str) -> list[str]:
    lang = language_for(language)
    return giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang) + famous_neighbour_gap(draft, lang)


GLASS_EN = [
    "The Pelham glassworks",
    "Glassmaking at Pelham passed from the cottage to the factory in the 19th century.",
    "During the Allied war effort of the 1940s, the works made lenses for field glasses.",
    "After the proclamation of the Republic in 1931, the works were renamed Vidrios Pelham.",
    "The fuel was wood of Quercus suber, the cork oak of the hills around Tarbeck.",
]
GLASS_ES = [
    "La vidriera de Pelham",
    "En el siglo XIX el vidrio de Pelham pasó del taller a la fábrica.",
    "Tras el estallido de la Guerra Civil en 1936, la vidriera fabricó lentes para prismáticos.",
    "Tras la proclamación de la República en 1931, la vidriera pasó a llamarse Vidrios Pelham.",
    "El combustible era leña de Quercus suber, el alcornoque de los montes de Tarbeck.",
    "Los helechos y los hongos del suelo viven en mutualismo, una relación en la que ambos organismos se benefician.",
]


def test_the_drafter_offers_no_gap_that_world_knowledge_fills() -> None:
    """The four kinds in a document of our own: none of their keys is a ready question."""
    for texts, language, keys in ((GLASS_EN, "en", {"19th", "1931", "Quercus", "suber"}),
                                  (GLASS_ES, "es", {"XIX", "1936", "1931", "Quercus", "suber", "mutualismo"})):
        asked = [(p, a) for p, a in ready_answers(texts, language) if a in keys]
        assert not asked, asked


def test_a_century_or_a_date_that_world_history_gives_is_not_asked() -> None:
    """Kind 1: a century beside a word of its era (the factory, Columbus), a decade or a year
    beside a named event of world history (the Allied war effort, «la Guerra Civil»), a year
    at its moment (the proclamation of the Republic): a reader dates them. A year "during" a
    war of several years is left: the reader cannot tell three or four apart."""
    for prompt, key, language in (
        ("“The crop reached Europe in the ____ century, after Columbus.”", "16th", "en"),
        ("“The latex reached European factories in the ____ century.”", "19th", "en"),
        ("«En el siglo ____ el proceso pasó de la cocina a la fábrica.»", "XIX", "es"),
        ("«La imprenta llegó al valle en el siglo ____.»", "XV", "es"),
        ("«El cacao llegó a Europa en el siglo ____, tras los viajes de Colón.»", "XVI", "es"),
    ):
        assert _reasons(fill_in_draft(prompt, key), language), prompt
    for prompt, year, language in (
        ("“After the proclamation of the Republic in ____, the mayor renamed the square.”", 1889, "en"),
        ("«Tras la proclamación de la República en ____, el alcalde renombró la plaza.»", 1931, "es"),
        ("“During the Allied war effort of the ____s the town boomed again.”", 1940, "en"),
        ("«Durante el esfuerzo bélico de los aliados en los años ____ el pueblo volvió a crecer.»", 1940, "es"),
        ("«Tras el estallido de la Guerra Civil en ____, el puente fue volado.»", 1936, "es"),
        ("«Durante la Guerra Civil, en los años ____, el puente estuvo cerrado.»", 1930, "es"),
    ):
        assert _reasons(numeric_draft(prompt, year), language), prompt
    # Still asked: a century, a decade or a year the text alone dates; a local battle; a
    # lasting state without its moment; a war in lower case; a year inside a war.
    for prompt, key, language in (
        ("“The chapel was rebuilt in the ____ century by the Laidlaw family.”", "14th", "en"),
        ("«La ermita se reconstruyó en el siglo ____ con piedra del río.»", "XIV", "es"),
        ("“The Roman bridge at Kelso was rebuilt in the ____ century.”", "14th", "en"),
        ("“The chapel was rebuilt by Smith in the ____ century.”", "14th", "en"),
        ("“The fair was held every year until Christmas in the ____ century.”", "14th", "en"),
        ("«El puente romano se reconstruyó en el siglo ____.»", "XIV", "es"),
    ):
        assert not _reasons(fill_in_draft(prompt, key), language), prompt
    for prompt, year, language in (
        ("“After the Battle of Kelso Moor in ____, the mill closed.”", 1644, "en"),
        ("“The mill opened in ____ under the miller Owen Pritchard.”", 1850, "en"),
        ("“War broke out in the valley in ____ between the two clans.”", 1620, "en"),
        ("“The Republic's navy bought the mill in ____.”", 1902, "en"),
        ("«Los precios se hundieron en los años ____.»", 1910, "es"),
        ("«La guerra entre los dos clanes estalló en ____.»", 1620, "es"),
        ("«Durante la Guerra Civil, en ____, el puente fue volado.»", 1937, "es"),
    ):
        assert not _reasons(numeric_draft(prompt, year), language), prompt


def test_a_known_place_that_a_famous_neighbour_calls_up_is_not_asked() -> None:
    """Kind 2: the other of two famous cities offered as alternatives ("Madrid or ____"), a city located by
    a famous river right after it ("upriver from ____ at the mouth of the Amazon")."""
    for prompt, key, language in (
        ("“Tappers settled 1,500 km upriver from ____ at the mouth of the Amazon, in 1881.”", "Belém", "en"),
        ("«Se asentaron a 1.500 km río arriba de ____, en la desembocadura del Amazonas, en 1881.»", "Belém", "es"),
        ("“The tappers shipped their bales through Madrid or ____, where the brothers kept an office.”", "Lisbon", "en"),
        ("«Los caucheros enviaban sus fardos por Madrid o ____, donde tenían una oficina.»", "Lisboa", "es"),
        ("“The ferry sailed to London or ____, as the tide allowed.”", "Rouen", "en"),
    ):
        assert famous_neighbour_gap(fill_in_draft(prompt, key), language_for(language)), prompt
    assert famous_neighbour_gap(choice_draft("«Enviaban sus fardos por ____ o Madrid, donde tenían una oficina.»", "Lisboa", ["Oporto", "Sevilla"]), language_for("es"))
    # Still asked: places general text does not write, a story's own pair joined by "and", a
    # list of three, a move between cities.
    for prompt, key, language in (
        ("“The ferry ran to Kelso or ____, as the tide allowed.”", "Jedburgh", "en"),
        ("«La barca iba a Getxo o ____ según la marea.»", "Portugalete", "es"),
        ("“Special trains brought visitors from Buffalo and ____ on Sundays.”", "Bradford", "en"),
        ("“The ferry ran between London and ____ twice a week.”", "Rouen", "en"),
        ("“The village of ____ at the mouth of the Dunmore Water has 40 houses.”", "Kirkton", "en"),
        ("“The firm moved from Madrid to ____ in 1950.”", "Lisbon", "en"),
        ("«Vendían carbón en Ávila, Madrid y ____.»", "Toledo", "es"),
    ):
        assert not famous_neighbour_gap(fill_in_draft(prompt, key), language_for(language)), prompt


def test_a_set_phrase_or_a_binomial_completed_by_its_other_half_is_not_asked() -> None:
    """Kind 3: a set phrase of law, economics or history ("the rule of ____", «la oferta y la
    ____») and one half of a Latin binomial beside the other ("Hevea ____", «____ brasiliensis»)."""
    for prompt, key, language in (
        ("“The Bank of Brazil acted as the lender of last ____ for the cooperative.”", "resort", "en"),
        ("«El Banco de Brasil actuó como prestamista de última ____ de la cooperativa.»", "instancia", "es"),
        ("“The new council promised to restore the rule of ____ in the valley.”", "law", "en"),
        ("«El nuevo concejo prometió restaurar el estado de ____ en el valle.»", "derecho", "es"),
        ("“Prices followed supply and ____ after the war.”", "demand", "en"),
        ("«Los precios siguieron la ley de la oferta y la ____ tras la guerra.»", "demanda", "es"),
        ("“The tappers learnt by trial and ____ which trees to cut.”", "error", "en"),
        ("«Los caucheros aprendieron por ensayo y ____ qué árboles sangrar.»", "error", "es"),
        ("“Rubber trees, Hevea ____, grow wild along the rivers.”", "brasiliensis", "en"),
        ("“Rubber trees, ____ brasiliensis, grow wild along the rivers.”", "Hevea", "en"),
        ("«El árbol ____ brasiliensis crece en las orillas de los ríos.»", "Hevea", "es"),
        ("«Los árboles del caucho, Hevea ____, crecen en las orillas.»", "brasiliensis", "es"),
        ("“The fuel was wood of ____ suber from the hills.”", "Quercus", "en"),
    ):
        assert _reasons(fill_in_draft(prompt, key), language), prompt
    # Still asked: another key in the phrase's slot, a name beside a name (no Latin binomial).
    for prompt, key, language in (
        ("“The valley passed under the rule of ____ in 1620.”", "Kelso", "en"),
        ("«El valle pasó al estado de ____ en 1620.»", "Arriaga", "es"),
        ("“The works were sold to Hartley ____ in 1950.”", "Brothers", "en"),
        ("«La vidriera se vendió a Tomás ____ en 1950.»", "Arriaga", "es"),
    ):
        assert not trivial_gaps.binomial_half(fill_in_draft(prompt, key), language_for(language)), prompt
        assert not giveaways.stock_collocation(fill_in_draft(prompt, key), language_for(language)), prompt


def test_a_term_its_textbook_definition_names_is_not_asked() -> None:
    """Kind 4: a gap on a textbook's term of classification followed (or preceded) by its
    definition ("live in ____, a relation in which both partners benefit": mutualism). A rare
    concrete term ("sphagnum") or a specialist's ("regelation") stays a question."""
    for prompt, key, language in (
        ("“Ants and the rubber trees live in ____, a relation in which both partners benefit.”", "mutualism", "en"),
        ("«Las hormigas y los árboles viven en ____, una relación en la que ambos organismos se benefician.»", "mutualismo", "es"),
        ("“A relation between two species in which both partners benefit is called ____.”", "mutualism", "en"),
        ("«Una relación entre dos especies en la que ambas se benefician se llama ____.»", "mutualismo", "es"),
        ("“The fungus lives by ____, a relation in which one partner feeds on the other.”", "parasitism", "en"),
    ):
        assert trivial_gaps.defined_common_term(fill_in_draft(prompt, key), language_for(language)), prompt
    for prompt, key, language in (
        ("“The bog is covered by ____, a moss that holds twenty times its weight in water.”", "sphagnum", "en"),
        ("“The ice moves by ____, a process in which meltwater refreezes below the obstacle.”", "regelation", "en"),
        ("«La madera se cuece por ____, un proceso en el que la leña arde sin llama.»", "carboneo", "es"),
        ("“The tappers lived in ____, a village that had 40 houses by 1890.”", "Serrada", "en"),
        ("“The town lived on ____, a trade that employed 300 men.”", "tourism", "en"),
        ("“The town lived on ____, a trade that the Pinheiro family brought from the coast.”", "tourism", "en"),
        ("«El pueblo vivía del ____, una actividad que trajo la familia Pinheiro.»", "turismo", "es"),
    ):
        assert not trivial_gaps.defined_common_term(fill_in_draft(prompt, key), language_for(language)), prompt


MILL_ES = [
    "El molino de Tarbeck",
    "El molino de Tarbeck se levantó en el siglo XVIII, cuando el valle vivía del lino.",
    "Su primer dueño, Efraín Lozada, lo compró en 1753 por 900 reales.",
    "En 1791 una riada se llevó la rueda, y su hijo la rehízo de piedra.",
]
MILL_EN = [
    "The Tarbeck mill",
    "The mill at Tarbeck was built in the 18th century, when the valley lived on flax.",
    "Its first owner, Owen Pritchard, bought it in 1753 for 900 pounds.",
    "In 1791 a flood carried off the wheel, and his son rebuilt it in stone.",
]


def test_a_century_the_documents_other_years_give_is_not_asked() -> None:
    """Kind 1, the item set: a document that dates its events 1753 and 1791 gives away «el siglo
    ____» (XVIII) to a reader of its other items. One year of that century is not enough."""
    asked = [(p, a) for p, a in ready_answers(MILL_ES, "es") if a == "XVIII"]
    assert not asked, asked
    held = [d for d in derive_drafts(document(MILL_ES), "es") if d.item.get("accept", [""])[0] == "XVIII"]
    assert held and all(any("dates other events in it" in r for r in d.problems) for d in held), [d.problems for d in held]
    assert not any("dates other events in it" in r for d in derive_drafts(document(MILL_ES[:3]), "es") for r in d.problems)
    # English (the drafter asks no ordinal century of this text; the check, on a typed gap):
    text = "\n".join(MILL_EN[1:])
    typed = fill_in_draft("“The mill at Tarbeck was built in the ____ century, when the valley lived on flax.”", "18th")
    assert forced.century_of_the_documents_years(typed, text)
    assert not forced.century_of_the_documents_years(typed, "\n".join(MILL_EN[1:3]))
    assert not forced.century_of_the_documents_years(fill_in_draft("“The mill was rebuilt in the ____ century.”", "19th"), text)


def test_an_institution_its_prompt_describes_word_for_word_is_not_asked() -> None:
    """Kind 2, the institution: "a Chinese state science institute, the ____" (Chinese Academy
    of Sciences), «la plaza principal de Lima, la ____» (Plaza de Armas): the description gives
    every word of the name but a common one. A local name left out, a country the description
    does not give, a person sharing a surname stay questions."""
    from quizapp.derive.famous_settings import described_institution

    for prompt, key, language in (
        ("“The samples went to a Chinese state science institute, the ____.”", "Chinese Academy of Sciences", "en"),
        ("«Las muestras fueron a un instituto estatal de ciencia de China, la ____.»", "Academia China de las Ciencias", "es"),
        ("«La procesión cruzó la plaza principal de Lima, la ____, a mediodía.»", "Plaza de Armas", "es"),
        ("“The state geological survey, the ____, mapped the valley in 1880.”", "State Geological Survey", "en"),
    ):
        assert described_institution(fill_in_draft(prompt, key), language_for(language)), prompt
    for prompt, key, language in (
        ("“The national geological survey, the ____, mapped the valley in 1880.”", "Geological Survey of Ireland", "en"),
        ("“A local water company, the ____, built the dam in 1880.”", "Dunmore Water Company", "en"),
        ("“The parade crossed the main square of Lima, the ____, at noon.”", "Plaza Mayor", "en"),
        ("«La cooperativa ____ compró el molino en 1950.»", "Cooperativa Agraria de Tarbeck", "es"),
        ("«____, hijo de Tomás Pinheiro, compró el molino en 1950.»", "Juan Pinheiro", "es"),
        ("“____, son of Thomas Hartley, bought the mill in 1950.”", "John Hartley", "en"),
    ):
        assert not described_institution(fill_in_draft(prompt, key), language_for(language)), prompt


# --- worldknow (labour law and politics news): a stock pair's other half, a fixed institutional
# name's last word, a figure everyone knows with its unit phrase ------------------------------

from quizapp.derive import world_knowledge  # noqa: E402

DOCK_EN = [
    "The Harwick dock strike",
    "In March the unions Unite and GMB called a strike at the Harwick container dock, and the employers asked for talks.",
    "The dockers had worked a 48-hour week since 1998; the deal cut it to a 40-hour week, while office staff kept a 37.5-hour week.",
    "Water in the cooling loop boils at 100 °C at sea level, so the pumps are set to run at 85 °C.",
    "The negotiators were named by the unions Dockwell and Keelmen.",
]
DOCK_ES = [
    "La huelga del puerto de Valdrena",
    "En marzo los sindicatos CCOO y UGT convocaron una huelga en el puerto de Valdrena, y la patronal CEOE y Cepyme pidió una mesa de diálogo.",
    "Los estibadores trabajaban 48 horas semanales desde 1998; el acuerdo fijó la semana laboral de 40 horas, y el personal de oficina mantuvo una jornada de 37,5 horas.",
    "El agua del circuito hierve a 100 °C al nivel del mar, así que las bombas se regulan a 85 °C.",
    "Los negociadores fueron nombrados por los sindicatos Estibal y Muellera.",
]


def _world_reasons(draft: Draft, language: str) -> list[str]:
    return _reasons(draft, language) + world_knowledge.known_to_the_world(draft, language_for(language))


def test_half_of_a_stock_pair_of_names_is_not_asked() -> None:
    """Kind 1: one member of a pair of organisations the language's general text writes
    together («los sindicatos CCOO y ____»: UGT; "the unions Unite and ____": GMB), typed or
    picked, is answered by the other member. Two household acronyms together are such a pair
    too. Two names general text does not pair keep their gaps."""
    for prompt, key, language in (
        ("“In March the unions Unite and ____ called a strike.”", "GMB", "en"),
        ("“The ____ and the TUC met the minister.”", "CBI", "en"),
        ("“Both the Democrats and the ____ backed the bill.”", "Republicans", "en"),
        ("«En marzo los sindicatos CCOO y ____ convocaron una huelga.»", "UGT", "es"),
        ("«La patronal ____ y Cepyme pidió una mesa de diálogo.»", "CEOE", "es"),
        ("«El acuerdo lo firmaron la CEOE y ____.»", "Cepyme", "es"),
        ("«Lo apoyaron el PSOE y el ____.»", "PP", "es"),
    ):
        assert _world_reasons(fill_in_draft(prompt, key), language), prompt
    assert _world_reasons(choice_draft("«Los sindicatos CCOO y ____ convocaron la huelga.»", "UGT", ["USO", "CGT", "CNT"]), "es")
    assert _world_reasons(choice_draft("“The unions Unite and ____ called the strike.”", "GMB", ["Aslef", "RMT", "Prospect"]), "en")
    for prompt, key, language in (
        ("“The negotiators were named by the unions Dockwell and ____.”", "Keelmen", "en"),
        ("“The firm was bought by Harlow and ____ in 1990.”", "Pym", "en"),
        ("«Los negociadores fueron nombrados por los sindicatos Estibal y ____.»", "Muellera", "es"),
        ("«La patronal ____ y Cepyme pidió una mesa de diálogo.»", "Asemar", "es"),
    ):
        assert not _world_reasons(fill_in_draft(prompt, key), language), prompt


def test_the_last_word_of_a_fixed_institutional_name_is_not_asked() -> None:
    """Kind 2: a gap inside a fixed institutional name whose other words are all shown («el
    Consejo de ____», "the House of ____", «el Boletín Oficial del ____») is the name's stock
    completion. The whole name gapped, or a name the gap's neighbours do not fix, is asked."""
    for prompt, key, language in (
        ("“The bill went to the House of ____ in April.”", "Commons", "en"),
        ("“The ____ of Lords amended the bill.”", "House", "en"),
        ("“The Prime ____ defended the bill.”", "Minister", "en"),
        ("“The Chancellor of the ____ set the budget.”", "Exchequer", "en"),
        ("«El Consejo de ____ aprobó el real decreto.»", "Ministros", "es"),
        ("«El texto se publicó en el Boletín Oficial del ____ al día siguiente.»", "Estado", "es"),
        ("«El ____ de los Trabajadores fija la jornada máxima.»", "Estatuto", "es"),
        ("«La reforma pasó por el Congreso de los ____ en mayo.»", "Diputados", "es"),
    ):
        assert _world_reasons(fill_in_draft(prompt, key), language), prompt
    for prompt, key, language in (
        ("“The bill went to the ____ in April.”", "House of Commons", "en"),
        ("“The House of ____ voted on the port bill.”", "Burgesses", "en"),
        ("«El ____ aprobó el real decreto en abril.»", "Consejo de Ministros", "es"),
        ("«El Consejo de ____ aprobó el plan del puerto.»", "Administración", "es"),
    ):
        assert not _world_reasons(fill_in_draft(prompt, key), language), prompt


def test_a_figure_everyone_knows_with_its_unit_phrase_is_not_asked() -> None:
    """Kind 3: the figure general text writes with a unit phrase (the 40-hour week, the
    eight-hour day, the five-day week, water boiling at 100 °C) is known without the text;
    the document's own figure (a 37.5-hour week, a 48-hour week, pumps at 85 °C) is asked."""
    for prompt, answer, language in (
        ("“The deal cut it to a ____-hour week.”", 40, "en"),
        ("“The deal set a working week of ____ hours.”", 40, "en"),
        ("“Staff moved to a ____-day week in 2019.”", 5, "en"),
        ("“The union won the ____-hour day.”", 8, "en"),
        ("“Water in the loop boils at ____ °C at sea level.”", 100, "en"),
        ("«El acuerdo fijó la semana laboral de ____ horas.»", 40, "es"),
        ("«La jornada máxima es de ____ horas semanales.»", 40, "es"),
        ("«El agua del circuito hierve a ____ °C al nivel del mar.»", 100, "es"),
        ("«El agua se congela a ____ grados.»", 0, "es"),
    ):
        assert _world_reasons(numeric_draft(prompt, answer), language), prompt
    assert _world_reasons(choice_draft("“The deal cut it to a ____-hour week.”", "40", ["35", "45", "50"]), "en")
    for prompt, answer, language in (
        ("“The law cut the working week to ____ hours.”", 40, "en"),
        ("«La reforma fija la jornada máxima en ____ horas.»", 40, "es"),
        ("«La jornada laboral de ____ horas sigue vigente.»", 40, "es"),
    ):
        assert _world_reasons(numeric_draft(prompt, answer), language), prompt
    for prompt, answer, language in (
        ("“The law cut the working week to ____ hours.”", 37.5, "en"),
        ("«La reforma fija la jornada máxima en ____ horas.»", 37.5, "es"),
    ):
        assert not _world_reasons(numeric_draft(prompt, answer), language), prompt  # type: ignore[arg-type]
    for prompt, answer, language in (
        ("“Office staff kept a ____-hour week.”", 37.5, "en"),
        ("“The dockers had worked a ____-hour week since 1998.”", 48, "en"),
        ("“The pumps are set to run at ____ °C.”", 85, "en"),
        ("“The kiln reaches ____ °C after six hours.”", 100, "en"),
        ("«El personal de oficina mantuvo una jornada de ____ horas semanales.»", 37.5, "es"),
        ("«Las bombas se regulan a ____ °C.»", 85, "es"),
        ("«El horno llega a ____ °C en una hora.»", 100, "es"),
    ):
        assert not _world_reasons(numeric_draft(prompt, answer), language), prompt  # type: ignore[arg-type]


def test_the_drafter_asks_the_dock_strike_without_world_knowledge() -> None:
    """The three kinds in a document of our own: the drafter offers no stock pair's half, no
    famous figure; the rare pair and the document's own figures stay askable."""
    for texts, language, held in ((DOCK_EN, "en", {"GMB", "Unite", "40", "100"}),
                                  (DOCK_ES, "es", {"UGT", "CCOO", "CEOE", "Cepyme", "40", "100"})):
        asked = [(p, a) for p, a in ready_answers(texts, language) if a in held]
        assert not asked, asked
