"""The sentence around a gap, read alike by every check (fold2): the prompt's frame and its
quotation marks left out, a quotation inside the sentence kept whole, the sentence beginning
at the gap when the gap opens it. Texts of our own, English and Spanish."""

from __future__ import annotations

from quizapp.derive import Draft
from quizapp.derive.trivial_gaps import signpost_count
from quizapp.languages import language_for

EN, ES = language_for("en"), language_for("es")


def _fill_in(sentence: str, accept: list[str], language: str = "en") -> Draft:
    ask = "According to the text, what goes in the gap? “{}”" if language == "en" else "Según el texto, ¿qué va en el hueco? «{}»"
    item = {"type": "fill_in", "prompt": ask.format(sentence), "accept": accept, "typos": False, "source": [3]}
    return Draft("p3-fi-x", "question", item, 3, None, 1.0)


def test_a_gap_opening_its_sentence_reads_no_earlier_sentence() -> None:
    """A quotation of two sentences whose second opens on the gap: the first one's names and
    figures are another sentence's, so the signposting count is still held back."""
    held = [
        (_fill_in("The Moselle survey closed in 1998. ____ stages are worth telling apart before its findings make sense.", ["Three", "3"]), EN),
        (_fill_in("La campaña de Tarifa acabó en 2004. ____ fases cabe distinguir en la migración de los atunes.", ["Tres", "3"], "es"), ES),
    ]
    for draft, lang in held:
        assert signpost_count(draft, lang), draft.item["prompt"]


def test_a_quotation_inside_the_sentence_stays_part_of_it() -> None:
    """A name the sentence writes in quotation marks of its own ("the Lindqvist rule") after the
    gap is the sentence's: the count stands beside a name, so it stays; a quotation closing
    before the gap does not cut the sentence's start either."""
    kept = [
        (_fill_in('____ terms are needed before the "Lindqvist rule" of the Baltic pilots makes sense.', ["Three", "3"]), EN),
        (_fill_in("En el puerto de Vigo, la «regla del práctico» obliga a aclarar ____ conceptos.", ["cuatro", "4"], "es"), ES),
    ]
    for draft, lang in kept:
        assert not signpost_count(draft, lang), draft.item["prompt"]
