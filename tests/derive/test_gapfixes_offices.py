"""gapfixes (issue 10, the drafter): the holder of a country's top office asked by the country
alone (kind 3). Our own small texts (a river port, salt works), English and Spanish."""
from __future__ import annotations

from quizapp.derive import Draft, giveaways
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, fill_in_draft


def _give(draft: Draft, language: str) -> list[str]:
    return giveaways.problems(draft, language_for(language), ["Un documento"])


def test_the_holder_of_a_countrys_top_office_is_held_back_undated() -> None:
    """«En Uruguay, el presidente ____ inauguró el puerto»: a reader of the news knows who was
    president when the story happened, with or without a year in the prompt; and «el Gobierno de
    ____» names a government by its leader."""
    held = [
        (fill_in_draft("Según el texto, ¿qué va en el hueco? «En Uruguay, el presidente ____ inauguró el nuevo puerto fluvial.»", "Aníbal Ferreira"), "es"),
        (fill_in_draft("Según el texto, ¿qué va en el hueco? «El Gobierno de ____ aprobó el plan de dragado del río.»", "Aníbal Ferreira"), "es"),
        (fill_in_draft("According to the text, what goes in the gap? “In Portugal, the prime minister, ____, opened the new salt works.”", "Rui Mendes"), "en"),
        (fill_in_draft("According to the text, what goes in the gap? “The Prime Minister, ____, said the salt works would reopen.”", "Rui Mendes"), "en"),
        (fill_in_draft("According to the text, what goes in the gap? “The river port was dredged under the ____ government.”", "Mendes"), "en"),
        (choice_draft("According to the text, which of these goes in the gap? “The Portuguese president ____ visited the salt pans.”", "Rui Mendes", ["Ana Costa", "José Neves"]), "en"),
        (fill_in_draft("Según el texto, ¿qué va en el hueco? «El papa ____ bendijo el puerto fluvial.»", "Aníbal Ferreira"), "es"),
    ]
    for draft, language in held:
        assert any("office" in r or "government" in r for r in _give(draft, language)), draft.item["prompt"]


def test_a_president_of_a_club_or_a_region_stays_a_detail() -> None:
    kept = [
        (fill_in_draft("Según el texto, ¿qué va en el hueco? «El presidente de la cooperativa, ____, celebró el resultado en Uruguay.»", "Ramón Ferreiro"), "es"),
        (fill_in_draft("Según el texto, ¿qué va en el hueco? «El Gobierno de ____ aprobó el plan de dragado del río.»", "Navarra"), "es"),
        (fill_in_draft("According to the text, what goes in the gap? “The club's president, ____, said the boats sailed to Portugal.”", "Ann Hale"), "en"),
        (fill_in_draft("According to the text, what goes in the gap? “The president ____ of the rowing club thanked the volunteers.”", "Ann Hale"), "en"),
        (fill_in_draft("Según el texto, ¿qué va en el hueco? «En el Perú se siembra la papa ____ en las laderas.»", "Huayro"), "es"),  # a potato
    ]
    for draft, language in kept:
        assert not any("office" in r or "government" in r for r in _give(draft, language)), (draft.item["prompt"], _give(draft, language))
