"""gapfixes (issue 10, the drafter): a typed gap on a noun's modifier the document also
qualifies with other words ("the ____ sap is toxic" keyed "uncured", the text's "raw sap" and
"fresh sap"; kind 5 of the brief) is held back: the reader types one of the text's own words.
Our own texts (Japanese lacquer), English and Spanish."""
from __future__ import annotations

from quizapp.derive import Draft
from quizapp.derive.synonym_gaps import other_modifiers_gap
from quizapp.languages import language_for
from tests.helpers.drafts import fill_in_draft

LACQUER_EN = (
    "Craftsmen at Wajima brush the raw sap of the lacquer tree onto cypress bowls. Workers collect sap in June. "
    "The uncured sap is toxic to the touch, and fresh sap blisters the skin of a new apprentice."
)
LACA_ES = (
    "Los artesanos de Wajima aplican la savia cruda del árbol sobre cuencos de ciprés. La savia contiene urushiol. "
    "La savia fresca es tóxica al tacto, y la savia recién sangrada levanta ampollas."
)


def _held(draft: Draft, language: str, document: str) -> list[str]:
    return other_modifiers_gap(draft, language_for(language), document)


def test_a_modifier_the_document_writes_other_words_for_is_held_back() -> None:
    en = fill_in_draft("According to the text, what goes in the gap? “The ____ sap is toxic to the touch.”", "uncured")
    es = fill_in_draft("Según el texto, ¿qué va en el hueco? «La savia ____ es tóxica al tacto.»", "fresca")
    reasons = _held(en, "en", LACQUER_EN)
    assert reasons and "'raw'" in reasons[0] and "'fresh'" in reasons[0] and "collect" not in reasons[0], reasons
    reasons = _held(es, "es", LACA_ES)
    assert reasons and "'cruda'" in reasons[0] and "contiene" not in reasons[0], reasons


def test_a_modifier_the_document_writes_alone_stays() -> None:
    document = "The bowls are coated with raw sap. Workers collect sap in June, and the same sap is sold in Kyoto."
    en = fill_in_draft("According to the text, what goes in the gap? “The bowls are coated with ____ sap.”", "raw")
    assert not _held(en, "en", document)
    es = fill_in_draft("Según el texto, ¿qué va en el hueco? «La savia ____ es tóxica al tacto.»", "fresca")
    assert not _held(es, "es", "La savia fresca es tóxica al tacto. La savia contiene urushiol y la misma savia se vende en Kioto.")


def test_a_word_picking_one_of_a_set_stays() -> None:
    """"the left bank" against "the right bank", "the eighteenth century": the gap asks which one."""
    en = fill_in_draft("According to the text, what goes in the gap? “The kilns stood on the ____ bank of the river.”", "left")
    assert not _held(en, "en", "The kilns stood on the left bank. The right bank held the sheds, and the old bank was paved.")


def test_a_count_or_a_name_the_text_gives_stays() -> None:
    """"twenty towers" beside "iron towers" is a count; "called ____ wagons" the text's own name."""
    document = "Twenty towers carry the deck. The iron towers were painted red, and loaded wagons crossed them."
    count = fill_in_draft("According to the text, what goes in the gap? “____ towers carry the deck.”", "twenty")
    named = fill_in_draft("According to the text, what goes in the gap? “The horses rode down in wagons called ____ wagons.”", "dandy")
    assert not _held(count, "en", document)
    assert not _held(named, "en", document)
