"""Typed gaps on a term the sentence itself names or defines and a reader knows from general
knowledge (fresh reviews 26/27, kind "trivial: named term"): after a naming phrase ("we call
this a ____", «hablamos de ____», «se produce una ____ de»), a lower-case term of general words
is named by its description; a field's standard term attributed to its people ("economists call
this an ____") likewise. Kept: a term the document coins ("what we will call ..."), a quoted
term, a rare word, a capitalised name, a gap outside a naming phrase."""
from __future__ import annotations

from quizapp.derive import trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import fill_in_draft

HELD = (
    ("“When a shop's prices stay the same but each packet holds less, shoppers call this a ____.”", "trick", "en"),
    ("“When a loud noise follows every other loud noise and each makes the next louder, engineers speak of a ____ loop.”", "feedback", "en"),
    ("“When a crowd of tenants leaves a street and richer families move in, sociologists call this an ____ of the district.”", "invasion", "en"),
    ("“When a farmer's smoke drifts onto neighbours who never agreed to breathe it, economists call this an ____.”", "externality", "en"),
    ("“A chain in which each step warms the cell and the warmth speeds the next step is called ____ runaway.”", "thermal", "en"),
    ("“Each late payment raises the fee, and the higher fee makes the next one later: a cycle known as a ____ spiral.”", "debt", "en"),
    ("«Cuando los alquileres suben durante años sin freno, los urbanistas hablan de una ____ inmobiliaria.»", "burbuja", "es"),
    ("«Cuando los sueldos caen mes tras mes durante mucho tiempo, hablamos de ____ salarial.»", "deflación", "es"),
    ("«Si los sueldos suben y los alquileres les siguen, se produce una ____ de rentas y salarios.»", "espiral", "es"),
    ("“Prices in the shops rise a little every month and wages never catch up: this is ____.”", "inflation", "en"),
    ("«El agua que baja de golpe por un cauce seco tras una tormenta se conoce como ____ relámpago.»", "crecida", "es"),
)
KEPT = (
    # a term the document coins for itself
    ("“A street where every shop sells the same kind of lamp is what we will call a ____ in this chapter.”", "cluster", "en"),
    ("«A la calle donde todas las tiendas venden lo mismo la llamaremos aquí ____ de oficio.»", "calle", "es"),
    # a quoted term
    ("“Tenants who stay after the rent rises are what the survey calls the “____”.”", "stayers", "en"),
    # a rare word (below the general-word floor), no field named
    ("“A slow slide of wet soil down a frozen slope is called ____.”", "solifluction", "en"),
    ("«El deslizamiento lento del suelo húmedo sobre una ladera helada se denomina ____.»", "solifluxión", "es"),
    # a thing's trade name after a participle: the reader cannot tell it
    ("“The boats carried the nets home in long baskets of their own, called ____ baskets.”", "drift", "en"),
    ("«Los pescadores remiendan las redes con una aguja de madera llamada ____.»", "lanzadera", "es"),
    # "called" as a verb of phoning
    ("“Anyone who found the pier closed had called a ____ before setting out for the island.”", "ferry", "en"),
    # "it was a ____": the text's own story, no naming
    ("“The mill stood above the river for two hundred years, and it was a ____ of the valley.”", "landmark", "en"),
    # a dated or placed event of the story
    ("“Sixty years later the old miners in the valley still speak of the ____ of 1910.”", "flood", "en"),
    ("«Sesenta años después, los viejos mineros del valle todavía hablan de la ____ de Valdecorzo.»", "riada", "es"),
    # a capitalised name
    ("“The square in front of the old market, where the crowds gather every spring, is called ____.”", "Brenmark", "en"),
    # no naming phrase: the text's own fact
    ("“In the spring of that year the council moved the weekly market to the ____.”", "harbour", "en"),
    ("«Aquel año el ayuntamiento trasladó el mercado semanal al ____.»", "puerto", "es"),
    # a naming phrase with too short a description
    ("“It is called a ____.”", "lamp", "en"),
)


def test_a_general_term_its_sentence_names_is_held() -> None:
    for prompt, key, code in HELD:
        assert trivial_gaps.named_general_term(fill_in_draft(prompt, key), language_for(code)), prompt
        assert trivial_gaps.problems(fill_in_draft(prompt, key), language_for(code)), prompt


def test_a_coined_quoted_rare_or_unnamed_term_is_kept() -> None:
    for prompt, key, code in KEPT:
        assert not trivial_gaps.named_general_term(fill_in_draft(prompt, key), language_for(code)), prompt
