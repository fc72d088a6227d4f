"""worldknow2 (issue 10): items a well-read adult answers without the text, in texts of our own
(a tannery cooperative, a wool depot): the year of a famous person's death or a famous country's
independence ("after Lincoln's assassination in ____"), a famous sea or range beside its class
word in a story set in a country («el mar ____», "the ____ mountains"), a famous pair of places
(«____ y Cachemira»), a world-famous name after its initials ("V. I. ____"), the capital of the
country the prompt names ("in ____ with the Afghan government"), the head of a world body by
role ("the World Bank's president, ____"). The document's own people, years and streams, asked
the same way, stay asked."""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts, trivial_gaps, world_knowledge
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, fill_in_draft, make_draft, numeric_draft, ready_answers
from tests.helpers.drafts import document as make_document

GAP = "According to the text, what goes in the gap? “{}”"
GAP_ES = "Según el texto, ¿qué va en el hueco? «{}»"
NUMBER = "According to the text, what number goes in the gap? “{}”"
NUMBER_ES = "Según el texto, ¿qué número va en el hueco? «{}»"
CHOICE = "According to the text, which of these goes in the gap? “{}”"
CHOICE_ES = "Según el texto, ¿cuál de estas opciones va en el hueco? «{}»"
STEPPE_EN = "The depot stands in Kazakhstan, two days from the border."
STEPPE_ES = "El depósito está en Kazajistán, a dos días de la frontera."


def _held(prompt: str, key: str, language: str, document: str = "") -> list[str]:
    lang = language_for(language)
    numeric = key.isdigit() and ("número" in prompt or "number" in prompt)
    draft = numeric_draft(prompt, int(key)) if numeric else (
        choice_draft(prompt, key, ["Ortiz", "Lemaire"]) if "opciones" in prompt or "which of these" in prompt else fill_in_draft(prompt, key))
    return world_knowledge.known_to_the_world(draft, lang) + world_knowledge.known_in_its_setting(draft, lang, document)


def test_the_year_of_a_famous_persons_death_or_a_countrys_independence_is_held() -> None:
    cases = [
        (NUMBER.format("After Lincoln's assassination in ____, the tannery on the creek changed hands twice."), "1865", "en"),
        (NUMBER.format("After Namibia's independence in ____, the cooperative exported hides to the coast."), "1990", "en"),
        (NUMBER.format("After the fall of the Berlin Wall in ____, the depot's buyers paid in marks."), "1989", "en"),
        (NUMBER.format("When Stalin died in ____, the herders returned to the valley."), "1953", "en"),
        (NUMBER_ES.format("Tras la muerte de Franco en ____, la curtiduría cambió de manos dos veces."), "1975", "es"),
        (NUMBER_ES.format("Tras la caída del Muro de Berlín en ____, los compradores pagaron en marcos."), "1989", "es"),
        (NUMBER_ES.format("Después de la independencia de la India en ____, la curtiduría vendió pieles a Delhi."), "1947", "es"),
        (GAP_ES.format("Tras el golpe de Pinochet en ____, el taller cerró dos años."), "1973", "es"),
        (GAP.format("After ____'s assassination in 1865, the tannery changed hands twice."), "Lincoln", "en"),
        (GAP.format("After the fall of the ____ in 1989, the depot's buyers paid in marks."), "Berlin Wall", "en"),
        (GAP_ES.format("Tras la muerte de ____ en 1975, la curtiduría cambió de manos dos veces."), "Franco", "es"),
    ]
    for prompt, key, language in cases:
        assert _held(prompt, key, language), (prompt, key)


def test_the_documents_own_deaths_and_falls_stay_asked() -> None:
    """A foreman the world does not write, a bridge of the story, a figure that fell."""
    cases = [
        (NUMBER.format("After the death of the foreman Ilyas Koshanov in ____, his son took over the vats."), "1974", "en"),
        (NUMBER.format("After the fall of the Kesh bridge in ____, the carts went round by the ford."), "1961", "en"),
        (NUMBER.format("Output fell in ____, when the lower shed flooded."), "1983", "en"),
        (NUMBER_ES.format("Tras la muerte de Koshánov en ____, su hijo se hizo cargo de las tinas."), "1974", "es"),
        (NUMBER_ES.format("Tras la caída del puente de Kesh en ____, los carros rodeaban por el vado."), "1961", "es"),
        (GAP.format("After the death of ____ in 1974, his son took over the vats."), "Ilyas Koshanov", "en"),
        (GAP_ES.format("Tras la muerte de ____ en 1974, su hijo se hizo cargo de las tinas."), "Koshánov", "es"),
    ]
    for prompt, key, language in cases:
        assert not _held(prompt, key, language), (prompt, key)


def test_a_surname_the_document_gives_its_own_person_stays_asked() -> None:
    """A common surname the world also writes (Harper, Ortiz), introduced by the document with a
    given name or as a family: the death year is the story's."""
    cases = [
        (NUMBER.format("After Harper's death in ____, the mill passed to his nephew."), "1921", "en",
         "Tom Harper built the mill. After Harper's death in 1921, the mill passed to his nephew."),
        (NUMBER_ES.format("Tras la muerte de Ortiz en ____, el aserradero pasó a su sobrino."), "1921", "es",
         "El aserradero de los Ortiz abrió en 1887. Tras la muerte de Ortiz en 1921, el aserradero pasó a su sobrino."),
        (GAP_ES.format("Tras la muerte de ____ en 1921, el aserradero pasó a su sobrino."), "Tomás Ortiz", "es",
         "Tras la muerte de Tomás Ortiz en 1921, el aserradero pasó a su sobrino."),
    ]
    for prompt, key, language, document in cases:
        assert not _held(prompt, key, language, document), (prompt, key)
    # The same sentence with a world-famous name the document writes bare is held.
    assert _held(NUMBER_ES.format("Tras la muerte de Franco en ____, el aserradero pasó a su sobrino."), "1975", "es",
                 "Tras la muerte de Franco en 1975, el aserradero pasó a su sobrino.")


def test_a_famous_sea_or_range_beside_its_class_word_in_a_story_set_in_a_country_is_held() -> None:
    cases = [
        (GAP_ES.format("La sal para las pieles venía del mar ____, cargada en camellos desde Atyrau."), "Caspio", "es", STEPPE_ES),
        (GAP_ES.format("Los pastores bajaban las cabras de los montes ____ cada otoño."), "Pamir", "es", STEPPE_ES),
        (GAP.format("Each spring the ____ river flooded the lower sheds of the sister tannery."), "Nile", "en", "The sister tannery stands in Egypt."),
        (GAP.format("The salt came from the shrinking ____ Sea, two days to the west."), "Aral", "en", STEPPE_EN),
    ]
    for prompt, key, language, document in cases:
        assert _held(prompt, key, language, document), (prompt, key)


def test_the_storys_own_streams_and_a_feature_with_no_setting_stay_asked() -> None:
    cases = [
        (GAP_ES.format("El agua de las tinas venía del río ____, un arroyo que se seca en agosto."), "Talgar", "es", STEPPE_ES),
        (GAP.format("Water for the vats came from the ____ river, a stream that dries up in August."), "Shelek", "en", STEPPE_EN),
        (GAP_ES.format("La sal venía del mar ____, cargada en camellos."), "Caspio", "es", "El depósito abre a las ocho."),
        (GAP_ES.format("El río ____ desemboca en el embalse de la finca."), "Verde", "es", STEPPE_ES),
    ]
    for prompt, key, language, document in cases:
        assert not _held(prompt, key, language, document), (prompt, key)


def test_a_famous_pair_initials_or_a_named_countrys_capital_is_held() -> None:
    cases = [
        (GAP_ES.format("El dueño compraba lana en ____ y Cachemira antes de la guerra."), "Jammu", "es"),
        (GAP.format("The owner sold leather in Calcutta and ____ before the war."), "Bombay", "en"),
        (GAP.format("A portrait of V. I. ____ hung in the office until 1992."), "Lenin", "en"),
        (GAP.format("In 1979 the owner was sent to negotiate in ____ with the Afghan government over hides."), "Kabul", "en"),
        (GAP_ES.format("En 1979 el dueño fue enviado a negociar en ____ con el gobierno afgano."), "Kabul", "es"),
        (CHOICE_ES.format("El depósito vendía sus pieles en ____, la capital de Perú."), "Lima", "es"),
    ]
    for prompt, key, language in cases:
        assert _held(prompt, key, language), (prompt, key)


def test_the_storys_own_pairs_initials_and_towns_stay_asked() -> None:
    cases = [
        (GAP.format("The carts went from Atyrau and ____ to the depot."), "Talgar", "en"),
        (GAP.format("The ledger was kept by A. B. ____ until 1992."), "Koshanov", "en"),
        (GAP.format("In 1979 the owner was sent to negotiate in ____ with the Afghan government over hides."), "Herat", "en"),
        (GAP_ES.format("El dueño compraba lana en ____ y en Talgar antes de la guerra."), "Kesh", "es"),
        (GAP.format("The Dutch buyers met the owner in ____ every spring."), "Amsterdam", "en"),
    ]
    for prompt, key, language in cases:
        assert not _held(prompt, key, language), (prompt, key)


def test_the_head_of_a_world_body_by_role_is_held() -> None:
    cases = [
        (GAP.format("In 2006 the cooperative asked the World Bank's president, ____, for a loan."), "Paul Wolfowitz", "en"),
        (GAP_ES.format("En 2003 el secretario general de la ONU, ____, visitó los cobertizos."), "Kofi Annan", "es"),
    ]
    for prompt, key, language in cases:
        assert _held(prompt, key, language), (prompt, key)
    assert not _held(GAP.format("In 2006 the cooperative's president, ____, asked for a loan."), "Ilyas Koshanov", "en")
    assert not _held(GAP.format("In 2006 the World Bank's local officer, ____, visited the sheds."), "Berik Ormanov", "en")


TANNERY_EN = [
    "The Kesh tannery cooperative",
    "After Lincoln's assassination in 1865, the tannery on the creek changed hands twice.",
    "A portrait of V. I. Lenin hung in the office beside the tannery's charter.",
    "The foreman Ilyas Koshanov died in 1974, and his son Berik took over the vats.",
]
TANNERY_ES = [
    "La curtiduría cooperativa de Kesh",
    "Tras la muerte de Franco en 1975, la curtiduría del arroyo cambió de manos dos veces.",
    "La sal para las pieles venía del mar Caspio, cargada en camellos desde Atyrau, en Kazajistán.",
    "El capataz Ilyas Koshánov murió en 1974, y su hijo Berik se hizo cargo de las tinas.",
]


def test_the_drafter_offers_no_ready_question_on_such_keys() -> None:
    """Through the drafter: no ready question asks the famous year, name or sea; the foreman's
    year or name is still asked."""
    for texts, language, famous, own in ((TANNERY_EN, "en", {"1865", "Lenin"}, {"1974", "Ilyas Koshanov"}),
                                         (TANNERY_ES, "es", {"1975", "Caspio"}, {"1974", "Ilyas Koshánov"})):
        answers = ready_answers(texts, language)
        assert not [(p, a) for p, a in answers if a in famous], answers
        assert any(a in own for _, a in answers), answers


# --- worldknow2, second pass: a textbook constant, a stock list of famous places, matching pairs
# linked by their words (fresh reviews of unseen texts, issue 10) ---


def test_a_textbook_constant_named_in_the_prompt_is_held() -> None:
    """The prompt names a physical or everyday constant and the key is its well-known value,
    whatever the unit written or the rounding: a reader knows it without the text."""
    for prompt, key, language in (
        (NUMBER.format("The latent heat of fusion of ice is ____ kJ/kg, so the pond thawed slowly."), "334", "en"),
        (NUMBER.format("Sound travels through the warm air of the hall at ____ m/s."), "343", "en"),
        (NUMBER.format("The speed of sound in air is about ____ metres per second."), "340", "en"),
        (NUMBER.format("Light travels at ____ km/s, so the signal arrived at once."), "300000", "en"),
        (NUMBER.format("The density of water is ____ kg/m³, which the pontoons displaced."), "1000", "en"),
        (NUMBER.format("Nothing can be cooled below absolute zero, ____ °C."), "-273", "en"),
        (GAP.format("Objects fall with an acceleration of ____ m/s² near the ground."), "9.8", "en"),
        (NUMBER.format("The boiling point of water at sea level is ____ °F."), "212", "en"),
        (NUMBER.format("A healthy human body temperature is ____ °C, which the nurses checked daily."), "37", "en"),
        (NUMBER_ES.format("El calor latente de fusión del hielo es de ____ kJ/kg, por eso el estanque tarda en deshelarse."), "334", "es"),
        (NUMBER_ES.format("La velocidad de la luz es de unos ____ km/s, y la señal llega al instante."), "300000", "es"),
        (NUMBER_ES.format("La velocidad del sonido en el aire es de ____ metros por segundo."), "343", "es"),
        (NUMBER_ES.format("La densidad del agua es de ____ kg/m³, lo que desplazan los pontones."), "1000", "es"),
        (GAP_ES.format("La aceleración de la gravedad es de ____ m/s² en la superficie."), "9,81", "es"),
        (NUMBER_ES.format("El cero absoluto está a ____ grados centígrados."), "-273", "es"),
        (NUMBER_ES.format("La temperatura normal del cuerpo humano es de ____ °C."), "37", "es"),
        (GAP_ES.format("El calor latente de vaporización del agua es de ____ kJ/kg."), "2260", "es"),
    ):
        assert _held(prompt, key, language), prompt


def test_the_documents_own_figures_beside_a_constants_name_stay_asked() -> None:
    """The text's own figure (a lake's water, a jet's speed, a patient's fever), or a constant's
    name with another figure or unit, stays asked."""
    for prompt, key, language in (
        (NUMBER.format("The jet flew at ____ km/h, twice the speed of sound."), "2470", "en"),
        (NUMBER.format("The latent heat store of the depot held ____ kWh of ice."), "334", "en"),
        (NUMBER.format("The speed of sound in the steel rails was ____ m/s."), "5960", "en"),
        (NUMBER.format("At the monastery water boils at ____ °C because of the altitude."), "88", "en"),
        (NUMBER.format("The patient's body temperature rose to ____ °C by night."), "40", "en"),
        (NUMBER.format("The depot sold ____ kg of ice in the summer of 1911."), "334", "en"),
        (NUMBER_ES.format("El avión volaba a ____ km/h, el doble de la velocidad del sonido."), "2470", "es"),
        (NUMBER_ES.format("La densidad de la salmuera de las balsas era de ____ kg/m³."), "1200", "es"),
        (NUMBER_ES.format("La cooperativa vendió ____ kilos de hielo en 1911."), "334", "es"),
    ):
        assert not _held(prompt, key, language), prompt


def test_a_famous_place_in_a_stock_list_of_famous_places_is_held() -> None:
    """A gap in a coordinated list of places where the key and every other member are names the
    world writes, one language's own spelling of it aside (Calcutta, «Calcuta» in Spanish): a reader
    completes the stock list without the text."""
    for prompt, key, language in (
        (GAP.format("The firm kept agents in ____, Madras and Bombay from 1860."), "Calcutta", "en"),
        (GAP.format("The firm kept agents in Calcutta, ____ and Bombay from 1860."), "Madras", "en"),
        (CHOICE.format("The firm kept agents in ____, Madras and Bombay from 1860."), "Calcutta", "en"),
        (GAP.format("Its felt was sold in London, Paris and ____ before the war."), "Rome", "en"),
        (GAP_ES.format("Sus fieltros se vendían en Madrid, Barcelona, Valencia y ____ antes de la guerra."), "Zaragoza", "es"),
        (GAP_ES.format("Sus fieltros se vendían en Madrid, Barcelona y ____ antes de la guerra."), "Sevilla", "es"),
    ):
        assert _held(prompt, key, language), prompt


def test_a_list_with_a_local_place_or_a_local_key_stays_asked() -> None:
    """A list with a town the world hardly writes, or a local key among famous cities, stays
    asked."""
    for prompt, key, language in (
        (GAP.format("The firm kept agents in ____, Kelso and Bombay from 1860."), "Calcutta", "en"),
        (GAP.format("The firm kept agents in Calcutta, Madras and ____ from 1860."), "Jedburgh", "en"),
        (GAP.format("The hatters sold felt in Kelso, Jedburgh and ____ every spring."), "Hawick", "en"),
        (GAP_ES.format("Vendían carbón en Ávila, Madrid y ____ cada invierno."), "Toledo", "es"),
        (GAP_ES.format("Vendían carbón en Getxo, Portugalete y ____ cada invierno."), "Bilbao", "es"),
        (GAP_ES.format("La cooperativa tenía agentes en ____, Oporto y Vigo desde 1860."), "Lisboa", "es"),
    ):
        assert not _held(prompt, key, language), prompt


SOAP_EN = [
    "The Harwick soap works",
    "The soap boilers of Harwick added four things to every batch of tallow:",
    "- **Antioxidants**: they kept the fat from going rancid through oxidation in the store. - **Accelerators**: they "
    "brought the boiling down to a shorter time in the copper. - **Binders**: the gum of the Pelham farms, bought each "
    "spring. - **Perfumes**: oil of lavender from the hills around Tarbeck.",
]
SOAP_ES = [
    "La jabonería de Harwick",
    "Los jaboneros de Harwick añadían cuatro cosas a cada caldera de sebo:",
    "- **Antioxidantes**: evitaban que la grasa se pusiera rancia por la oxidación en el almacén. - **Aceleradores**: "
    "acortaban el tiempo de cocción en la caldera. - **Aglutinantes**: la goma de las granjas de Pelham, comprada cada "
    "primavera. - **Perfumes**: aceite de lavanda de los montes de Tarbeck.",
]


def _matching(pairs: list[tuple[str, str]]) -> Draft:
    return make_draft({"type": "matching", "prompt": "Match each item with what the text says of it.",
                       "pairs": [{"left": left, "right": right} for left, right in pairs]})


def test_matching_pairs_linked_by_their_words_are_left_out() -> None:
    """A list's matching leaves out the pairs a reader matches from the words alone: the name
    behind a prefix is of the other side's family (antioxidants, oxidation; «antioxidantes»,
    «oxidación»), or the name says the effect the other side describes (accelerators, a
    shorter time; «aceleradores», «acortaban»)."""
    for texts, language, linked in ((SOAP_EN, "en", {"Antioxidants", "Accelerators"}),
                                    (SOAP_ES, "es", {"Antioxidantes", "Aceleradores"})):
        matchings = [d for d in derive_drafts(make_document(texts), language) if d.item.get("type") == "matching"]
        lefts = {p["left"] for d in matchings for p in d.item["pairs"]}
        assert not lefts & linked, (language, [d.item["pairs"] for d in matchings])


def test_a_matching_most_of_whose_pairs_are_linked_by_their_words_is_held() -> None:
    """Any matching (not only a list's) whose pairs are mostly matched by their words is held;
    one linked pair among others left unlinked is not."""
    for pairs, language in (
        ([("Antioxidants", "Kept the fat from going rancid through oxidation"), ("Accelerators", "Brought the boiling down to a shorter time"),
          ("Binders", "The gum of the Pelham farms")], "en"),
        ([("Los antioxidantes", "Evitaban la oxidación de la grasa"), ("Los aceleradores", "Acortaban el tiempo de cocción"),
          ("Los suavizantes", "Dejaban las pastillas más suaves")], "es"),
    ):
        assert trivial_gaps.problems(_matching(pairs), language_for(language)), pairs
    for pairs, language in (
        ([("Antioxidants", "Kept the fat from going rancid through oxidation"), ("Binders", "The gum of the Pelham farms"),
          ("Perfumes", "Oil of lavender from the hills around Tarbeck")], "en"),
        ([("Los aglutinantes", "La goma de las granjas de Pelham"), ("Los perfumes", "Aceite de lavanda de Tarbeck"),
          ("Los tintes", "Corteza de nogal hervida en la caldera")], "es"),
    ):
        assert not trivial_gaps.problems(_matching(pairs), language_for(language)), pairs
