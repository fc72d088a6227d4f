"""selfgaps (issue 10, rule 5: not trivial): gaps the prompt itself or general knowledge fills.
Our own small texts (a wool clipper, a brine works, a garment trade, a climbing expedition),
English and Spanish: a part of a famous name whose linking word and other word the prompt
shows, a word the prompt defines with its reason, a famous country or landmark the prompt
pairs with its famous neighbour. The document's own little-known names keep their gaps."""
from __future__ import annotations

from quizapp.derive import Draft, giveaways, trivial_gaps
from quizapp.derive.famous_settings import famous_setting_gap, landmark_beside_its_place, paired_country_gap
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, fill_in_draft

EN = "According to the text, what goes in the gap? \u201c{}\u201d"
ES = "Según el texto, ¿qué va en el hueco? «{}»"


def _reasons(draft: Draft, language: str) -> list[str]:
    lang = language_for(language)
    return [*giveaways.problems(draft, lang, ["Un documento"]), *trivial_gaps.problems(draft, lang), *famous_setting_gap(draft, lang), *paired_country_gap(draft, lang), *landmark_beside_its_place(draft, lang)]


def _draft(language: str, sentence: str, key: str) -> Draft:
    return fill_in_draft((EN if language == "en" else ES).format(sentence), key)


def test_a_famous_name_completed_across_its_linking_word_is_held_back() -> None:
    """"sailed from Rio de ____" (Janeiro), "through the Strait of ____" (Gibraltar), «el ____
    del Pacífico» (Cinturón de Fuego): the name's other words and its linking word stand next
    to the gap, and the completed name is one general text writes."""
    held = [
        ("en", "The wool clipper sailed from Rio de ____ in March 1874 with a cargo of hides.", "Janeiro"),
        ("en", "The steamer passed through the Strait of ____ at night to avoid the patrols.", "Gibraltar"),
        ("en", "The brig was caught by a storm in the Gulf of ____ and lost two masts.", "Mexico"),
        ("es", "El velero zarpó de Río de ____ en marzo de 1874 con un cargamento de cueros.", "Janeiro"),
        ("es", "El vapor cruzó el Estrecho de ____ de noche para evitar las patrullas.", "Gibraltar"),
        ("es", "Chile, situado sobre el ____ del Pacífico, sufre terremotos frecuentes.", "Cinturón de Fuego"),
    ]
    for language, sentence, key in held:
        assert any("name" in r for r in _reasons(_draft(language, sentence, key), language)), sentence


def test_a_little_known_or_institutional_name_across_a_linking_word_keeps_its_gap() -> None:
    kept = [
        ("en", "The wool was landed at the little Port of ____ on the estuary.", "Kettleby"),
        ("en", "The samples went to the University of ____ for testing.", "Edinburgh"),
        ("es", "La lana se desembarcó en el pequeño Puerto de ____ de la ría.", "Zorrotza"),
        ("es", "El fardo llegó a la Universidad de ____ para su análisis.", "Salamanca"),
        ("es", "El capataz ____ de Lima firmó el contrato del velero.", "Tomás Rivas"),
    ]
    for language, sentence, key in kept:
        assert not any("name" in r for r in _reasons(_draft(language, sentence, key), language)), (sentence, _reasons(_draft(language, sentence, key), language))


def test_a_common_word_the_prompt_names_with_its_reason_is_held_back() -> None:
    """«una mezcla llamada ____ por su alto contenido en sal» (salmuera), "the dried fruit,
    called ____ because it is a dried grape" (raisin): the reason is the word's meaning."""
    held = [
        ("es", "Los pescados se curaban en una mezcla llamada ____ por su alto contenido en sal.", "salmuera"),
        ("en", "The sailors ate the dried fruit, called a ____ because it is a dried grape, every morning.", "raisin"),
        ("en", "The worker used a hand tool known as a ____ since it bores holes in the planks.", "drill"),
        ("es", "El material, conocido como ____ porque arde despacio, se sacaba de la ciénaga.", "turba"),
    ]
    for language, sentence, key in held:
        assert any("reason" in r for r in _reasons(_draft(language, sentence, key), language)), sentence


def test_a_rare_or_named_term_with_its_reason_keeps_its_gap() -> None:
    kept = [
        ("en", "The dye fixer, called ____ because it bites into the fibre, came from Leeds.", "mordant"),
        ("es", "El barco, llamado ____ por su armador, llevaba lana a Europa.", "Esperanza"),
        ("es", "La roca, llamada ____ por su color blanco, cubre la ladera.", "albariza"),
    ]
    for language, sentence, key in kept:
        assert not any("reason" in r for r in _reasons(_draft(language, sentence, key), language)), sentence


def test_a_country_paired_with_a_famous_country_is_held_back() -> None:
    """"cheap garments from China and ____" (Bangladesh), «prendas baratas de China y ____»:
    two countries side by side, one given: general knowledge of the trade supplies the other."""
    held = [
        ("en", "The shop sold cheap garments from China and ____ at half the price of local cloth.", "Bangladesh"),
        ("es", "La tienda vendía prendas baratas de China y ____ a mitad de precio.", "Bangladesh"),
    ]
    for language, sentence, key in held:
        assert any("country" in r for r in _reasons(_draft(language, sentence, key), language)), sentence
    choice = choice_draft(EN.format("The looms came from ____ and Japan in the 1890s."), "Britain", ["Peru", "Chile"])
    assert any("country" in r for r in _reasons(choice, "en"))


def test_a_famous_landmark_beside_its_famous_place_is_held_back() -> None:
    """«los mineros cruzaron los ____ desde Mendoza hasta Chile» (Andes), "the climbers set
    out for the ____ from Nepal" (Himalaya): a landmark with its article, a famous place
    named beside it."""
    held = [
        ("es", "Los arrieros cruzaron los ____ desde Mendoza hasta Chile con doscientas mulas.", "Andes"),
        ("en", "The porters carried the oxygen into the ____ from Nepal in 1953.", "Himalaya"),
        ("es", "La final se jugó en el ____ de Madrid ante ochenta mil personas.", "Bernabéu"),
        ("es", "Los arrieros cruzaron los ____ entre Argentina y Chile con doscientas mulas.", "Andes"),
    ]
    for language, sentence, key in held:
        assert any("famous" in r for r in _reasons(_draft(language, sentence, key), language)), sentence


def test_a_local_place_beside_a_famous_one_keeps_its_gap() -> None:
    kept = [
        ("es", "Los arrieros subieron al ____ desde Mendoza con doscientas mulas.", "Tolmo"),
        ("en", "The porters rested at the ____ inn on the road from Kathmandu.", "Nilgiri"),
        ("es", "El alcalde de Portugalete, ____, inauguró la planta de salmuera en Bilbao.", "Ferreira"),
        ("en", "The mill was sold to ____ of Glasgow, a weaver, in 1902.", "Mackay"),
        ("en", "The clipper was built at the ____ yard in Glasgow in 1869.", "Fairfield"),
        ("es", "Los arrieros cruzaron los ____ entre Argentina y Chile con doscientas mulas.", "Tolmo"),
    ]
    for language, sentence, key in kept:
        assert not any("famous" in r or "country" in r for r in _reasons(_draft(language, sentence, key), language)), (sentence, _reasons(_draft(language, sentence, key), language))


def test_a_head_of_state_whose_name_opens_with_a_particle_is_held_back() -> None:
    """"In France, in 1962, President ____ opened the dam" (de Gaulle), «En 1975, el presidente
    ____ visitó la presa» (van Rijn): the title and the year name one person whether or not the
    name opens with a lower-case particle."""
    held = [
        ("en", "In France, in 1962, President ____ opened the new dam on the river.", "de Gaulle"),
        ("es", "En los Países Bajos, en 1975, el presidente ____ visitó la presa.", "van Rijn"),
    ]
    for language, sentence, key in held:
        assert any("head of state" in r or "office" in r for r in _reasons(_draft(language, sentence, key), language)), sentence


def test_a_country_in_a_list_of_three_keeps_its_gap() -> None:
    """"visitors from Russia, Sweden and ____": a list of three or more is the story's own."""
    kept = [
        ("en", "Visitors from Norway, Chile and ____ came to see the wool clipper.", "Japan"),
        ("en", "Visitors from ____, Norway and Chile came to see the wool clipper.", "Japan"),
        ("es", "Llegaron compradores de Noruega, Chile y ____ para ver el velero.", "Japón"),
    ]
    for language, sentence, key in kept:
        assert not any("pairs it with another country" in r or "pairs with another country" in r for r in _reasons(_draft(language, sentence, key), language)), sentence


def test_other_wordings_of_a_name_and_its_reason_are_held_back() -> None:
    """«recibe el nombre de ____ debido a su color» and "is called ____ owing to": the same
    kind in the other wordings a textbook uses."""
    held = [
        ("es", "El polvo de la mina recibe el nombre de ____ debido a su color negro y brillante.", "carbón"),
        ("es", "Al agua de la salina se le llama ____ porque lleva mucha sal disuelta.", "salmuera"),
        ("en", "The grey bird of the orchard is called a ____ owing to its two-note call.", "cuckoo"),
    ]
    for language, sentence, key in held:
        assert any("reason" in r for r in _reasons(_draft(language, sentence, key), language)), sentence
