"""worldknow3 (issue 10): gaps a well-read adult fills without the text, in texts of our own (a
rice growers' cooperative, a rum shipper, a seed bank): a world body settled by its seat or its
other words ("Suva hosted the ____ leaders' meeting"), the other half of a famous rivalry
("recognise Taipei instead of ____"), a famous region by its national adjective («las ____
francesas»), the source or range of a famous river ("the Ganges, fed by the ____ glaciers"), the
ministry whose portfolio is the story's own topic ("the Ministry of ____ funded the seed bank" in
a farming story). A little-known body, a small river, a town's province, a ministry the story's
topic does not name stay asked."""
from __future__ import annotations

from quizapp.derive import giveaways, trivial_gaps, world_knowledge
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, fill_in_draft, ready_answers

GAP = "According to the text, what goes in the gap? “{}”"
GAP_ES = "Según el texto, ¿qué va en el hueco? «{}»"
CHOICE = "According to the text, which of these goes in the gap? “{}”"
CHOICE_ES = "Según el texto, ¿cuál de estas opciones va en el hueco? «{}»"
FARM_EN = "The valley's wheat farmers keep their seed in a shed. Each harvest the farmers store part of the crop."
FARM_ES = "Los agricultores del valle guardan la semilla del trigo. Cada cosecha los agricultores guardan parte del cultivo."


def _held(sentence: str, key: str, language: str, document: str = "", *, choice: bool = False) -> list[str]:
    lang = language_for(language)
    if choice:
        draft = choice_draft((CHOICE if language == "en" else CHOICE_ES).format(sentence), key, ["Ortiz", "Lemaire"])
    else:
        draft = fill_in_draft((GAP if language == "en" else GAP_ES).format(sentence), key)
    return world_knowledge.known_to_the_world(draft, lang) + world_knowledge.known_in_its_setting(draft, lang, document or sentence)


def test_a_world_body_settled_by_its_seat_or_its_other_words_is_held() -> None:
    cases = [
        ("The island's premier flew to Suva, which hosted the ____ leaders' meeting that year.", "Pacific Islands Forum", "en"),
        ("The growers' delegates met the ____ Islands Forum to ask for seed.", "Pacific", "en"),
        ("Los delegados pidieron semilla al Foro de las Islas del ____.", "Pacífico", "es"),
        ("La cumbre de la Unión ____ en Adís Abeba aprobó el plan del arroz.", "Africana", "es"),
        ("The rice ministers of the ____ met in Jakarta to set a common price.", "ASEAN", "en"),
        ("Los cancilleres de la Organización de los Estados ____ se reunieron en Washington.", "Americanos", "es"),
        ("The delegates of the ____ Union met in Addis Ababa to discuss the harvest.", "African", "en"),
        ("OPEC ministers met in ____ to cut output, and the rice price rose.", "Vienna", "en"),
        ("La sede de la Unión Africana, en ____, compró arroz a la cooperativa.", "Adís Abeba", "es"),
    ]
    for sentence, key, language in cases:
        assert _held(sentence, key, language), (sentence, key)
    assert _held("The rice ministers of the ____ met in Jakarta to set a common price.", "ASEAN", "en", choice=True)


def test_a_little_known_body_or_a_body_with_nothing_to_settle_it_stays_asked() -> None:
    cases = [
        ("The growers' delegates went to the meeting in Talgar of the ____ Union to ask for seed.", "Herders'", "en"),
        ("The delegates of the ____ Union met in Talgar to discuss the harvest.", "African", "en"),
        ("Los delegados de la Unión ____ de Arroceros se reunieron en Colonia.", "Regional", "es"),
        ("The ____ Forum of rice growers met in Suva's town hall.", "Lautoka", "en"),
        ("The growers can meet in ____ before the harvest.", "Lima", "en"),
        ("OPEC ministers met in ____ to cut output, and the rice price rose.", "Lautoka", "en"),
        # A generic word of a body's name: "the European ____" may be its Commission or its Parliament.
        ("The growers wrote to the European ____ about the rice quota.", "Union", "en"),
    ]
    for sentence, key, language in cases:
        assert not _held(sentence, key, language), (sentence, key)


def test_the_other_half_of_a_famous_rivalry_is_held() -> None:
    cases = [
        ("The weavers sold cloth to the states that recognise Taipei instead of ____.", "Beijing", "en"),
        ("Los tejedores vendían a los países que reconocen a Taipéi en lugar de ____.", "Pekín", "es"),
        ("The shipper lost the route during the war between Armenia and ____ over Nagorno-Karabakh.", "Azerbaijan", "en"),
        ("La naviera perdió la ruta por la disputa de las Malvinas entre Argentina y el ____.", "Reino Unido", "es"),
        ("Seoul's talks with ____ over the border stalled, and the rice shipments with them.", "Pyongyang", "en"),
        ("Las conversaciones entre Corea del Sur y ____ sobre la frontera se estancaron.", "Corea del Norte", "es"),
    ]
    for sentence, key, language in cases:
        assert _held(sentence, key, language), (sentence, key)


def test_the_storys_own_partners_stay_asked() -> None:
    cases = [
        ("The weavers sold cloth to Taipei instead of ____, where the price had fallen.", "Tainan", "en"),
        ("The shipper lost the route during the dispute between Kesh and ____.", "Talgar", "en"),
        ("La naviera vendía ron a Argentina en lugar de ____, que pagaba tarde.", "Uruguay", "es"),
    ]
    for sentence, key, language in cases:
        assert not _held(sentence, key, language), (sentence, key)


def test_a_famous_region_by_its_national_adjective_is_held() -> None:
    cases = [
        ("Los barcos llevaban el ron a las ____ francesas cada mes.", "Antillas", "es", ""),
        ("The boats carried rum to the Dutch ____ every month.", "Antilles", "en", ""),
        ("The boats carried rum to French ____, north of Brazil, every month.", "Guiana", "en", ""),
        ("The rice crossed the ____ Peninsula by cart.", "Iberian", "en", "The cooperative ships rice from Valencia, in Spain."),
        ("El arroz cruzaba la península ____ en carro.", "Ibérica", "es", "La cooperativa embarca arroz en Valencia, España."),
        ("El ron llegaba a la Polinesia ____ dos veces al año.", "Francesa", "es", "La naviera tiene oficinas en Francia y en Tahití."),
    ]
    for sentence, key, language, document in cases:
        assert _held(sentence, key, language, document), (sentence, key)


def test_a_region_adjective_with_no_setting_or_a_local_region_stays_asked() -> None:
    cases = [
        ("The rice crossed the ____ Peninsula by cart.", "Iberian", "en", "The cooperative ships rice by cart."),
        ("The boats carried rum to the Dutch ____ every month.", "merchants", "en", ""),
        ("The rice crossed the ____ Peninsula by cart.", "Kesh", "en", "The cooperative ships rice from Valencia, in Spain."),
        # Two nations name the Antilles: the Caribbean alone settles neither.
        ("The ships unloaded rum at the ____ Antilles, in the Caribbean.", "French", "en", ""),
    ]
    for sentence, key, language, document in cases:
        assert not _held(sentence, key, language, document), (sentence, key)


def test_the_source_mouth_or_range_of_a_famous_river_is_held() -> None:
    cases = [
        ("The Ganges, fed by the ____ glaciers, floods the rice fields each summer.", "Himalayan", "en"),
        ("El Amazonas nace en los ____ y cruza el continente hasta el Atlántico.", "Andes", "es"),
        ("The Danube empties into the ____ Sea after the rice terraces.", "Black", "en"),
        ("El Volga desemboca en el mar ____, cerca de los arrozales.", "Caspio", "es"),
        ("The Rhine rises in the ____ and flows north past the mill.", "Alps", "en"),
        ("The Zambezi plunges over ____ Falls on its way to the sea.", "Victoria", "en"),
    ]
    for sentence, key, language in cases:
        assert _held(sentence, key, language), (sentence, key)


def test_a_small_rivers_source_stays_asked() -> None:
    cases = [
        ("The Shelek, fed by the ____ glaciers, floods the rice fields each summer.", "Talgar", "en"),
        ("El arroyo Kesh nace en los montes de ____ y riega los arrozales.", "Aldeanueva", "es"),
        ("The Ganges, fed by its tributaries, floods the fields of ____ each summer.", "Bihar", "en"),
    ]
    for sentence, key, language in cases:
        assert not _held(sentence, key, language), (sentence, key)


def test_the_country_or_region_of_a_world_known_capital_is_held() -> None:
    cases = [
        ("The shipper opened an office in Kabul, the capital of ____, in 2004.", "Afghanistan", "en"),
        ("La naviera abrió una oficina en Nairobi, la capital de ____, en 2004.", "Kenia", "es"),
        ("The mill sent its cloth to Barcelona, the capital of ____, by train.", "Catalonia", "en"),
        ("La fábrica mandaba el paño a Múnich, capital de ____, en tren.", "Baviera", "es"),
    ]
    for sentence, key, language in cases:
        assert _held(sentence, key, language), (sentence, key)


def test_a_towns_province_stays_asked() -> None:
    cases = [
        ("La bodega está en Cafayate, en la provincia de ____.", "Salta", "es"),
        ("The mill sent its cloth to Sabadell, near the capital of ____, by train.", "Catalonia", "en"),
        ("The shipper opened an office in Herat, ____, in 2004.", "Afghanistan", "en"),
    ]
    for sentence, key, language in cases:
        assert not _held(sentence, key, language), (sentence, key)


def test_the_city_the_world_knows_on_a_named_river_is_held() -> None:
    cases = [
        ("The barges on the Thames unloaded the tea at the docks of ____.", "London", "en"),
        ("Los barcos que subían el Guadalquivir descargaban el arroz en el puerto de ____.", "Sevilla", "es"),
    ]
    for sentence, key, language in cases:
        assert _held(sentence, key, language), (sentence, key)


def test_a_town_on_a_famous_river_stays_asked() -> None:
    cases = [
        ("The barges on the Thames unloaded malt at ____, upstream of the lock.", "Wallingford", "en"),
        ("Los barcos que subían el Guadalquivir descargaban el arroz en ____, junto al molino.", "Coria del Río", "es"),
        # The river's city with no river named: the text's detail.
        ("The barges unloaded the tea at the docks of ____.", "London", "en"),
    ]
    for sentence, key, language in cases:
        assert not _held(sentence, key, language), (sentence, key)


def test_the_ministry_of_the_storys_own_topic_is_held() -> None:
    cases = [
        ("The Ministry of ____ funded the new seed bank for the valley's wheat farmers.", "Agriculture", "en", FARM_EN),
        ("El Ministerio de ____ pagó el nuevo banco de semillas para los agricultores del valle.", "Agricultura", "es", FARM_ES),
        ("The Ministry of ____ paid for the new ward at the district hospital.", "Health", "en", "The hospital treats patients from four villages."),
        ("La Secretaría de ____ abrió dos escuelas rurales con maestros del pueblo.", "Educación", "es", "Las escuelas del valle tienen pocos alumnos."),
        ("The ____ funded the new seed bank, where the farmers keep many kinds of rice seed.", "Ministry of Agriculture", "en", FARM_EN),
        ("El ____ pagó el nuevo banco de semillas de los agricultores.", "Ministerio de Agricultura", "es", FARM_ES),
    ]
    for sentence, key, language, document in cases:
        assert _held(sentence, key, language, document), (sentence, key)


def test_a_ministry_the_story_does_not_call_up_stays_asked() -> None:
    cases = [
        ("The Ministry of ____ funded the new seed bank.", "Culture", "en", FARM_EN),
        ("The Ministry of ____ funded the new seed bank.", "Rural Development and Land Reform", "en", "The bank opened in May."),
        ("El Ministerio de ____ pagó el nuevo banco de semillas.", "Cultura", "es", FARM_ES),
        ("The ____ of Agriculture funded the new seed bank.", "Ministry", "en", "The bank opened in May."),
        ("The ____ funded the new seed bank.", "Ministry of Culture", "en", FARM_EN),
        # One school in a farming story is no topic.
        ("The Ministry of ____ funded the new seed bank in the old school.", "Education", "en",
         FARM_EN + " The Ministry of Education funded the new seed bank in the old school."),
    ]
    for sentence, key, language, document in cases:
        assert not _held(sentence, key, language, document), (sentence, key)


RICE_EN = [
    "The Suva rice growers",
    "The island's premier flew to Suva, which hosted the Pacific Islands Forum leaders' meeting that year.",
    "The Ministry of Agriculture funded the new seed bank, where the farmers keep many kinds of rice seed.",
    "The cooperative's chairman, Josaia Vakatale, sold the first harvest to a mill in Lautoka in 1998.",
]


def test_the_drafter_offers_no_ready_question_on_such_keys() -> None:
    answers = ready_answers(RICE_EN, "en")
    assert not [(p, a) for p, a in answers if a in ("Pacific Islands Forum", "Agriculture")], answers


# --- worldknow3, round 2: a famous deed, a world body in a stock phrase, a common-name gloss, a
# famous crisis's year (texts of our own: a harbour survey, a fishing cooperative, a courier, a
# shop). Held in English and Spanish; the story's own builders, lenders, glosses and crises stay
# asked.

def _held_anywhere(sentence: str, key: str, language: str) -> list[str]:
    lang = language_for(language)
    draft = fill_in_draft((GAP if language == "en" else GAP_ES).format(sentence), key)
    return (world_knowledge.known_to_the_world(draft, lang) + world_knowledge.known_in_its_setting(draft, lang, sentence)
            + trivial_gaps.problems(draft, lang) + giveaways.problems(draft, lang, [], document=sentence))


def test_a_famous_person_by_a_famous_deed_after_the_gap_is_held() -> None:
    cases = [
        ("The harbour board hired Ferdinand de ____, famous for building the Suez Canal, to survey the bay.", "Lesseps", "en"),
        ("The plans were checked by ____, who had built the Suez Canal, before the quay opened.", "Lesseps", "en"),
        ("El proyecto del muelle lo firmó el ingeniero ____, que había construido el canal de Suez, en 1880.", "Lesseps", "es"),
        ("El proyecto lo revisó ____, célebre por el canal de Suez, antes de la obra.", "Lesseps", "es"),
        ("The lecture on tides was given by ____, famous for the theory of relativity, in the town hall.", "Einstein", "en"),
    ]
    for sentence, key, language in cases:
        lang = language_for(language)
        assert world_knowledge.known_to_the_world(fill_in_draft((GAP if language == "en" else GAP_ES).format(sentence), key), lang), (sentence, key)


def test_the_storys_own_builder_stays_asked() -> None:
    cases = [
        ("The harbour board hired ____, famous for building the mill dam, to survey the bay.", "Varga", "en"),
        ("El proyecto lo firmó el ingeniero ____, que había construido el puente de Kesh, en 1880.", "Ortega", "es"),
        ("The quay was drawn by ____, who built the station in London, in 1901.", "Harper", "en"),
    ]
    for sentence, key, language in cases:
        assert not _held_anywhere(sentence, key, language), (sentence, key)


def test_a_world_body_after_such_as_is_held() -> None:
    cases = [
        ("The cooperative borrowed from institutions such as the ____ after the flood.", "IMF", "en"),
        ("Loans came from bodies such as the ____ after the flood.", "World Bank", "en"),
        ("La cooperativa pidió créditos a organismos como el ____ tras la riada.", "FMI", "es"),
        ("Los créditos llegaron de instituciones como la ____ tras la riada.", "ONU", "es"),
    ]
    for sentence, key, language in cases:
        lang = language_for(language)
        assert world_knowledge.known_to_the_world(fill_in_draft((GAP if language == "en" else GAP_ES).format(sentence), key), lang), (sentence, key)


def test_a_local_lender_after_such_as_stays_asked() -> None:
    cases = [
        ("The cooperative borrowed from lenders such as the ____ after the flood.", "Farmers Fund", "en"),
        ("La cooperativa pidió ayuda a organismos como el ____ tras la riada.", "Fondo Agrario", "es"),
    ]
    for sentence, key, language in cases:
        assert not _held_anywhere(sentence, key, language), (sentence, key)


def test_a_common_name_in_brackets_after_the_gap_is_held() -> None:
    cases = [
        ("The courier was caught with 1 gram of ____ (ecstasy) in his bag.", "MDMA", "en"),
        ("Al mensajero le hallaron un gramo de ____ (éxtasis) en la bolsa.", "MDMA", "es"),
        ("Each patient took 300 mg of ____ (aspirin) a day.", "acetylsalicylic acid", "en"),
        ("The brine holds 30 g of ____ (table salt) per litre.", "sodium chloride", "en"),
    ]
    for sentence, key, language in cases:
        lang = language_for(language)
        assert world_knowledge.known_to_the_world(fill_in_draft((GAP if language == "en" else GAP_ES).format(sentence), key), lang), (sentence, key)


def test_a_class_unit_or_formula_in_brackets_stays_asked() -> None:
    cases = [
        ("The mix holds 2 g of ____ (a binder) per litre.", "lignin", "en"),
        ("Each tank holds 30 g of ____ (NaCl) per litre.", "salt", "en"),
        ("The boat landed 40 ____ (in crates) each morning.", "hake", "en"),
    ]
    for sentence, key, language in cases:
        assert not _held_anywhere(sentence, key, language), (sentence, key)


def test_the_year_of_a_famous_crisis_is_held_and_a_local_one_stays_asked() -> None:
    held = [
        ("The shop closed after the ____ financial crisis cut its orders.", "2008", "en"),
        ("Fuel prices tripled during the ____ oil crisis, and the ferry stopped.", "1973", "en"),
        ("La tienda cerró tras la crisis financiera de ____, que recortó sus pedidos.", "2008", "es"),
        ("El gasóleo se triplicó con la crisis del petróleo de ____ y el barco dejó de salir.", "1973", "es"),
    ]
    for sentence, key, language in held:
        lang = language_for(language)
        assert trivial_gaps.world_event_name_part(fill_in_draft((GAP if language == "en" else GAP_ES).format(sentence), key), lang), (sentence, key)
    kept = [
        ("The shop closed after the ____ flood cut its orders.", "1998", "en"),
        ("La tienda cerró tras la crisis de ____, que recortó sus pedidos.", "1998", "es"),
    ]
    for sentence, key, language in kept:
        assert not _held_anywhere(sentence, key, language), (sentence, key)


def test_a_side_or_a_pointer_in_brackets_after_an_everyday_word_stays_asked() -> None:
    """Seen held before the key's own frequency was read: "(left)", "(see below)"."""
    cases = [
        ("The pump feeds the ____ (left) tank each morning.", "upper", "en"),
        ("The crew used ____ (see below) to seal the hull.", "pitch", "en"),
    ]
    for sentence, key, language in cases:
        assert not world_knowledge.known_to_the_world(fill_in_draft(GAP.format(sentence), key), language_for(language)), (sentence, key)
