"""genknow (issue 10): gaps and cards a reader answers from general knowledge, in texts of our
own (an orchard trust, a marimba workshop, a seed bank): a world-famous person named by the role
the prompt gives ("Uzbekistan's first president, ____"; «el libertador ____»), a famous sea,
desert or river named by what the sentence says of it ("flows into the ____ Sea", "the ____
Desert, the driest ..."), a world festival its bands and parades call up; the document's own
people and places, named the same way, stay asked."""
from __future__ import annotations

from quizapp.derive import world_knowledge
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, document, fill_in_draft, ready_answers, ready_cards

GAP = "According to the text, what goes in the gap? “{}”"
GAP_ES = "Según el texto, ¿qué va en el hueco? «{}»"


def _held(prompt: str, key: str, language: str, wrong: list[str] | None = None) -> list[str]:
    draft = choice_draft(prompt, key, wrong) if wrong else fill_in_draft(prompt, key)
    return world_knowledge.known_to_the_world(draft, language_for(language))


def test_a_famous_person_named_by_the_role_the_prompt_gives_is_held_in_every_form() -> None:
    """A head of state by country and rank, a liberator: the reader names them without the text,
    typed or among options."""
    cases = [
        (GAP.format("Uzbekistan's first president, ____, visited the seed bank in 1995."), "Karimov", "en"),
        (GAP.format("The first president of Kenya, ____, planted the avenue of figs."), "Kenyatta", "en"),
        (GAP_ES.format("El libertador ____ durmió en la casona durante la campaña de 1819."), "Bolívar", "es"),
        (GAP_ES.format("El primer presidente de Sudáfrica elegido por todos, ____, inauguró el vivero."), "Mandela", "es"),
    ]
    for prompt, key, language in cases:
        assert _held(prompt, key, language), (prompt, key)
        assert _held(prompt, key, language, ["Ortiz", "Lemaire", "Hasani"]), (prompt, key)


def test_the_documents_own_people_by_their_role_stay_asked() -> None:
    """The trust's own president, a local mayor, a name general text does not write."""
    cases = [
        (GAP.format("The trust's first president, ____, bought the lower terrace in 1962."), "Ortiz", "en"),
        (GAP.format("Uzbekistan's first orchard inspector, ____, mapped the terraces."), "Rakhimbayev", "en"),
        (GAP_ES.format("El primer presidente de la cooperativa, ____, compró la finca en 1962."), "Pérez", "es"),
        (GAP_ES.format("El alcalde ____ cedió el terreno a la fundación."), "Lasarte", "es"),
    ]
    for prompt, key, language in cases:
        assert not _held(prompt, key, language), (prompt, key)


def test_a_famous_sea_desert_or_river_named_by_what_the_sentence_says_is_held() -> None:
    """The sentence says what the place is (where a river flows, the driest desert), and the key
    is a name the world writes: a reader fills it from an atlas in their head."""
    cases = [
        (GAP.format("The Ob river flows north into the ____, and the station draws water from a creek."), "Kara Sea", "en"),
        (GAP.format("Seeds were first tested in the ____, the driest in the world, on a plot of the trust."), "Atacama Desert", "en"),
        (GAP.format("The ____ River rises in the Black Forest and flows east to the Black Sea."), "Danube", "en"),
        (GAP_ES.format("El río ____ desemboca en el océano Atlántico por un gran delta."), "Orinoco", "es"),
        (GAP_ES.format("El desierto de ____, el más seco del mundo, albergó una parcela de la fundación."), "Atacama", "es"),
    ]
    for prompt, key, language in cases:
        assert _held(prompt, key, language), (prompt, key)


def test_the_documents_own_streams_and_a_river_only_named_stay_asked() -> None:
    """A creek the world does not write, a river named with nothing said of it, a colour-word
    river (a common word, no name's frequency)."""
    cases = [
        (GAP.format("The Shelek river flows north into the ____, a pond below the station."), "Talgar Pond", "en"),
        (GAP.format("The gardeners fetched water from the ____ River every morning."), "Danube", "en"),
        (GAP_ES.format("El río ____ desemboca en el embalse de la finca."), "Verde", "es"),
    ]
    for prompt, key, language in cases:
        assert not _held(prompt, key, language), (prompt, key)


def test_a_world_festival_its_bands_and_parades_call_up_is_held() -> None:
    """"the bands rehearse for months before ____": Carnival, whatever the town."""
    cases = [
        (GAP.format("In the port town the steel bands rehearse for months before ____, in sheds by the quay."), "Carnival", "en"),
        (GAP_ES.format("Las comparsas ensayan durante meses antes del ____, en naves junto al puerto."), "Carnaval", "es"),
    ]
    for prompt, key, language in cases:
        assert _held(prompt, key, language), (prompt, key)
    assert not _held(GAP.format("The shed was rebuilt before ____ by the harbour board."), "Carnival", "en")


ORCHARD_EN = [
    "The Talgar orchard trust",
    "Uzbekistan's first president, Karimov, opened the station's cold store.",
    "The Ob river flows north into the Kara Sea, far from the station.",
    "The trust's first warden, Ilyasov, planted the upper terrace.",
]
ORCHARD_ES = [
    "La huerta de la Fundación Molinar",
    "El libertador Bolívar durmió en la casona durante la campaña.",
    "El río Orinoco desemboca en el océano Atlántico por un gran delta.",
    "El primer guarda de la fundación, Lasarte, plantó la terraza alta.",
]


def test_the_drafter_offers_no_ready_question_on_such_keys() -> None:
    """Through the drafter: the famous keys are asked by no ready question; the document's own
    warden still is."""
    for texts, language, famous, own in ((ORCHARD_EN, "en", {"Karimov", "Kara Sea"}, "Ilyasov"),
                                         (ORCHARD_ES, "es", {"Bolívar", "Orinoco"}, "Lasarte")):
        answers = ready_answers(texts, language)
        assert not [(p, a) for p, a in answers if a in famous], answers
        assert any(a == own for _, a in answers), answers


def test_a_gap_completing_a_compound_with_its_neighbour_word_is_held() -> None:
    """"a deep ____ pool at the foot of the falls" (plunge), "a ____ bridge hung from cables"
    (suspension), «un puente ____ sostenido por cables» (colgante): the head noun beside the gap
    and what the sentence says of it call the established term up, whatever follows the head."""
    from quizapp.derive.trivial_gaps import term_half

    held = [
        (GAP.format("At the lower terrace the stream scoured a deep ____ pool at the foot of the weir."), "plunge", "en"),
        (GAP.format("A ____ bridge hung from steel cables joins the two halves of the orchard."), "suspension", "en"),
        (GAP_ES.format("Un puente ____ sostenido por cables une las dos mitades de la huerta."), "colgante", "es"),
        (GAP_ES.format("La fundación levantó un muro ____ junto a la acequia en 1950."), "perimetral", "es"),
    ]
    for prompt, key, language in held:
        assert term_half(fill_in_draft(prompt, key), language_for(language)), (prompt, key)
    kept = [
        (GAP.format("The gardeners planted ____ along the path to the weir."), "walnuts", "en"),
        (GAP.format("A ____ of steel cables holds the bridge over the weir."), "web", "en"),
        (GAP_ES.format("El puente ____ en 1950 tras la riada del invierno."), "cayó", "es"),
        (GAP_ES.format("Los jornaleros usaban una ____ de madera para medir la acequia."), "vara", "es"),
    ]
    for prompt, key, language in kept:
        assert not term_half(fill_in_draft(prompt, key), language_for(language)), (prompt, key)


MARIMBA_EN = [
    "The Esquipulas marimba workshop",
    "An instrument that sounds by the vibration of its own body is called an idiophone, and the workshop sells 40 of them a year.",
    "A plant adapted to very dry ground is called a xerophyte, and the workshop's yard is planted with them.",
    "An instrument whose stretched skin sounds when struck is a membranophone, and the workshop builds its drums of goatskin.",
    "The heat treatment that hardens steel is called tempering, and the workshop's chisels go through it in a charcoal forge.",
    "The workshop was founded in 1931 by the brothers Ovalle, who carved the first keys from hormigo wood.",
]
MARIMBA_ES = [
    "El taller de marimbas de Esquipulas",
    "Un instrumento que suena por la vibración de su propio cuerpo se llama idiófono, y el taller vende 40 al año.",
    "Una planta adaptada a los suelos muy secos se llama xerófita, y el patio del taller está plantado con ellas.",
    "El tratamiento térmico que endurece el acero se llama templado, y los formones del taller lo reciben en una fragua de carbón.",
    "El taller lo fundaron en 1931 los hermanos Ovalle, que tallaron las primeras teclas en madera de hormigo.",
]


def test_a_textbook_term_asked_from_its_textbook_definition_is_held() -> None:
    """"an instrument that sounds by the vibration of its own body is called an ____"
    (idiophone), «una planta adaptada a los suelos muy secos se llama ____» (xerófita): a term of
    the field built of classical parts, which general text hardly writes (idiophone 0) but every
    textbook defines so; neither its gap nor a card whose back is that definition is offered, and
    no card on a dictionary word's meaning (tempering, «templado»). The document's own facts stay."""
    for texts, language, terms in ((MARIMBA_EN, "en", ("idiophone", "xerophyte", "tempering", "membranophone")),
                                   (MARIMBA_ES, "es", ("idiófono", "xerófita", "templado"))):
        answers = ready_answers(texts, language)
        assert not [(p, a) for p, a in answers if a in terms], answers
        cards = [c for cs in ready_cards(document(texts), language).values() for c in cs]
        assert not [c for c in cards if any(t in c[0] for t in terms)], cards
        assert any(a in ("1931", "Ovalle", "40") for _, a in answers), answers


def test_a_card_on_a_textbook_term_keeps_the_documents_own_detail() -> None:
    """A back that tells the document's own detail beyond the dictionary meaning (a figure, a
    name) keeps the card: "an idiophone the workshop tunes to 440 hertz"."""
    from quizapp.derive import Draft
    from quizapp.derive.vague_cards import general_term

    def card(front: str, back: str, _language: str) -> Draft:
        return Draft("p2-c", "card", {"front": front, "back": back, "tags": ["definition"], "source": [2]}, 2, None, 1.0)

    en, es = language_for("en"), language_for("es")
    assert general_term(card("According to the text, what is meant by “idiophone”?", "An instrument that sounds by the vibration of its own body", "en"), en)
    assert general_term(card("Según el texto, ¿a qué se llama «xerófita»?", "Una planta adaptada a los suelos muy secos", "es"), es)
    assert not general_term(card("According to the text, what is meant by “idiophone”?", "The Ovalle brothers' marimba, tuned to 440 hertz since 1931", "en"), en)


def test_a_verb_after_the_gap_is_no_compound_head() -> None:
    """"the ____ turns into sugar", "the ____ sank into the mud", "the ____ far below": the word
    after the gap is a verb or an adverb, and the key the phrase's own head: no compound."""
    from quizapp.derive.trivial_gaps import term_half

    kept = [
        (GAP.format("At that point the ____ turns into sugar within an hour."), "starch"),
        (GAP.format("In the flood of 1902 the ____ sank into the mud by the weir."), "barge"),
        (GAP.format("Visitors look down from the deck at the ____ far below."), "treetops"),
        (GAP.format("On the steep grade a ____ riding on the last wagon worked the brake."), "brakeman"),
    ]
    for prompt, key in kept:
        assert not term_half(fill_in_draft(prompt, key), language_for("en")), (prompt, key)


def test_a_river_running_to_a_place_the_world_does_not_know_stays_asked() -> None:
    """"the Lune flows west into ____" (Morecambe Bay), «nace cerca del pueblo y desemboca en el
    Henares» (the río Salado, a common word besides): the text's own geography."""
    cases = [
        (GAP.format("The Lune flows west into ____, and at spring tides the water rises by two metres."), "Morecambe Bay", "en"),
        (GAP_ES.format("El río ____ nace cerca del pueblo y desemboca en el Henares."), "Salado", "es"),
    ]
    for prompt, key, language in cases:
        assert not _held(prompt, key, language), (prompt, key)
