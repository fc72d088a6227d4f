"""gapfixes (issue 10, the drafter): a famous war's or treaty's year asked with its countries named
(kind 4). Our own small texts (a saltpetre port), English and Spanish."""
from __future__ import annotations

from quizapp.derive import Draft, world_knowledge
from quizapp.languages import language_for
from tests.helpers.drafts import fill_in_draft, numeric_draft


def _world(draft: Draft, language: str) -> list[str]:
    return world_knowledge.known_to_the_world(draft, language_for(language))


def test_a_famous_wars_year_is_held_back_when_the_prompt_names_its_countries() -> None:
    held = [
        (numeric_draft("Según el texto, ¿qué número va en el hueco? «El puerto boliviano de Cobija pasó a Chile, perdido en la guerra de ____.»", 1879), "es"),
        (numeric_draft("According to the text, what number goes in the gap? “The saltpetre works passed from Peru to Chile after the war of ____.”", 1879), "en"),
        (fill_in_draft("According to the text, what goes in the gap? “Trade between Iran and Iraq stopped when the war broke out in ____.”", "1980"), "en"),
        (numeric_draft("Según el texto, ¿qué número va en el hueco? «Paraguay y Bolivia firmaron la paz tras la guerra de ____.»", 1932), "es"),
    ]
    for draft, language in held:
        assert any("year of the" in r for r in _world(draft, language)), draft.item["prompt"]


def test_a_year_of_the_texts_own_story_stays() -> None:
    kept = [
        # a year within a long war, not its name: the text's detail
        (fill_in_draft("According to the text, what goes in the gap? “During the war, in ____, a Chilean ship reached the Peruvian port of Callao.”", "1881"), "en"),
        # one country only
        (numeric_draft("Según el texto, ¿qué número va en el hueco? «El muelle de Cobija, en Bolivia, se amplió tras la guerra de ____.»", 1879), "es"),
        # a year no war of the table holds
        (numeric_draft("Según el texto, ¿qué número va en el hueco? «Chile y Perú firmaron un convenio pesquero en la guerra de ____.»", 1950), "es"),
    ]
    for draft, language in kept:
        assert not any("year of the" in r for r in _world(draft, language)), draft.item["prompt"]
