"""A typed gap on the adjective of a name its own prompt writes ("the high Andes … the remote
____ villages" → Andean; «los Pirineos … los valles ____» → pirenaicos): the name calls the
adjective up (the end review of an unseen pair: "cross the Swiss Alps … the narrow ____
valleys" → Alpine). Our own texts, EN and ES."""
from __future__ import annotations

from quizapp.derive import Draft
from quizapp.derive.giveaways import adjective_of_prompt_name
from quizapp.languages import language_for


def _gap(prompt: str, key: str, language: str) -> list[str]:
    item = {"type": "fill_in", "prompt": prompt, "accept": [key], "source": [2]}
    return adjective_of_prompt_name(Draft("p2-fi-x", "question", item, 2, None, 1.0), language_for(language))


def test_an_adjective_of_a_name_in_the_prompt_is_no_gap() -> None:
    en = "Each winter, herders drive their llamas across the high Andes, and families in the remote ____ villages depend on them."
    assert _gap(en, "Andean", "en")
    assert _gap("Lorries cross the Alps every day, and the narrow ____ valleys suffer their noise.", "Alpine", "en")
    assert _gap("Trade with Peru grew, and ____ silver reached Seville every year.", "Peruvian", "en")
    es = "Cada verano los pastores suben las llamas a los Andes, y los pueblos ____ viven de la lana."
    assert _gap(es, "andinos", "es")
    assert _gap("Los barcos salían de México cargados de plata ____ hacia Sevilla.", "mexicana", "es")


def test_an_adjective_whose_name_the_prompt_lacks_stays() -> None:
    """No name of the adjective in the prompt, or only a name sharing a short opening ("Brazil"
    and "Bradford"), or the key itself a name: the gap asks what the text says."""
    assert not _gap("Wool from the remote ____ villages is sold in Arequipa.", "Andean", "en")
    assert not _gap("Coal from Bradford went north, and ____ coffee came south.", "Brazilian", "en")
    assert not _gap("The cooperative was founded in ____ in 1987, near the Andes.", "Puno", "en")
    assert not _gap("La lana de los pueblos ____ se vende en Arequipa.", "andinos", "es")
