"""Choice items on names and terms a blind reader settles from the prompt alone (issue 10,
brief kindchoice): texts and items of our own, English and Spanish."""
from __future__ import annotations

from quizapp.derive import giveaways
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, make_draft


def _held(draft, code: str) -> list[str]:
    return giveaways.problems(draft, language_for(code), [])


def test_a_stage_whose_name_the_description_echoes_is_held() -> None:
    en = choice_draft(
        "According to the text, which stage of papermaking does the text describe as “the sheets are pressed flat between heavy rollers”?",
        "Rolling", ["Dyeing", "Carding"],
    )
    es = choice_draft(
        "Según el texto, ¿qué fase del curtido describe el texto así: «se cortan las tiras a medida»?",
        "El corte", ["El teñido", "El secado"],
    )
    assert any("echoes" in p for p in _held(en, "en"))
    assert any("echoes" in p for p in _held(es, "es"))


def test_a_gap_whose_neighbours_name_the_term_is_held() -> None:
    en = choice_draft(
        "According to the text, what goes in the gap? “The bark is stripped by hand and the ____ then dries the strips in the sun.”",
        "stripper", ["miller", "weaver"],
    )
    es = make_draft({
        "type": "cloze",
        "passage": "Según el texto: «Los pescadores salan el bacalao y el {1} queda tendido al sol en la playa.»",
        "gaps": [{"options": [{"text": "salado", "correct": True}, {"text": "lavado", "correct": False}, {"text": "prensado", "correct": False}]}],
    })
    assert any("echoes" in p for p in _held(en, "en"))
    assert any("echoes" in p for p in _held(es, "es"))


def test_a_word_every_option_shares_points_at_none() -> None:
    """The River of River Tillingham among rivers, or a wrong option's echo, leaves the choice."""
    en = choice_draft(
        "According to the text, what goes in the gap? “Below the weir the River Wey joins the ____ near the old mill.”",
        "River Tillingham", ["River Rother", "River Brede"],
    )
    es = choice_draft(
        "Según el texto, ¿qué fase del curtido describe el texto así: «se raspa la carne que queda en la piel tras el remojo»?",
        "El descarnado", ["El remojo", "El secado"],
    )
    assert not any("echoes" in p for p in _held(en, "en"))
    assert not any("echoes" in p for p in _held(es, "es"))
