"""givesaway3 (issue 10): prompts that give the key away, and broken ordering steps, on
sentences of our own (English and Spanish): a count the prompt's comparison settles, a figure
the prompt's product of dimensions or rate and time computes, a numeric item's unit that is a
verb, the rounding an approximate figure admits, ordering steps cut mid-phrase and the
paragraphs an ordering cites, and a collection's member typed after "a network of"."""
from __future__ import annotations

from quizapp.derive import Draft, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, numeric_draft

EN, ES = language_for("en"), language_for("es")


def _held(draft: Draft, language: str) -> bool:
    lang = language_for(language)
    return bool(giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang))


# --- a count the prompt's comparison settles -------------------------------------------------

def test_a_count_one_above_or_below_a_figure_the_prompt_compares_it_with_is_held() -> None:
    for draft, language in (
        (numeric_draft("“Penwith Gig Club has won the county cup ____ times, more than any other club, with Porthleven close behind on 17.”", 18), "en"),
        (numeric_draft("“Porthleven has taken ____ titles, two fewer than the 19 of Penwith.”", 17), "en"),
        (numeric_draft("«El Club de Remo de Bueu ha ganado la liga ____ veces, más que ningún otro, seguido de cerca por Moaña con 17.»", 18), "es"),
        (numeric_draft("«Moaña suma ____ títulos, uno menos que los 18 del Bueu.»", 17), "es"),
        (choice_draft("“Penwith Gig Club has won the county cup ____ times, more than any other club, with Porthleven close behind on 17.”", "18", ["16", "17", "21"]), "en"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_count_the_comparison_does_not_settle_is_still_asked() -> None:
    # The other figure is far from the key, or no word compares them.
    assert not trivial_gaps.compared_count(numeric_draft("“Penwith Gig Club has won the county cup ____ times, more than any other club, with Porthleven behind on 9.”", 18), EN)
    assert not trivial_gaps.compared_count(numeric_draft("“The club owns ____ gigs and 17 oars.”", 18), EN)
    assert not trivial_gaps.compared_count(numeric_draft("«Moaña suma ____ títulos y 17 trofeos de verano.»", 18), ES)
