"""commonsense (issue 10): items whose key the prompt's own wording gives to anyone with school
knowledge, on sentences of our own (English and Spanish): an ordering whose steps' words fix
their order (one founded, one completing the story, ordinals of one noun), ..."""
from __future__ import annotations

from quizapp.derive import Draft, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import fill_in_draft, make_draft

EN, ES = language_for("en"), language_for("es")


def _held(draft: Draft, language: str) -> bool:
    lang = language_for(language)
    return bool(giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang))


def _ordering(*steps: str) -> Draft:
    return make_draft({"type": "ordering", "prompt": "Put these events in the order the text gives them.", "items": list(steps)})


# --- an ordering whose steps' own words fix their order -----------------------------------------

def test_an_ordering_whose_steps_say_where_they_stand_is_held() -> None:
    for draft, language in (
        (_ordering("The rowing club is founded by six fishermen", "The club wins its first county cup", "Winning the Fal regatta completes the set of three cups"), "en"),
        (_ordering("A footbridge over the creek is first proposed", "The parish raises the money for the footbridge", "The footbridge is finally opened to walkers"), "en"),
        (_ordering("The choir wins its first prize at Llangollen", "The choir wins a second prize at Cardiff", "The choir takes a third prize at Swansea"), "en"),
        (_ordering("Se funda la cofradía de pescadores", "La cofradía compra su primera lancha", "La cofradía compra una segunda lancha", "Por último, la cofradía abre una lonja propia"), "es"),
        (_ordering("Nace la feria del queso en la plaza", "La feria recibe su primer premio regional", "El premio nacional completa los tres galardones de la feria"), "es"),
        # four steps, the first and the last fixed: one open pair in the middle
        (_ordering("The brass band is formed at the colliery", "The band plays at the Whitby gala", "The band tours the Low Countries", "The band plays its last concert in the welfare hall"), "en"),
    ):
        assert _held(draft, language), draft.item["items"]


def test_an_ordering_its_steps_do_not_settle_is_still_asked() -> None:
    for draft, language in (
        # no step says where it stands: the text's dates order them
        (_ordering("The pier is lengthened for the steamers", "A storm wrecks the pier head", "The council buys the pier"), "en"),
        (_ordering("La lonja se traslada al muelle nuevo", "Un temporal hunde dos lanchas", "El ayuntamiento compra la lonja"), "es"),
        # only the first step is fixed: three orders of the rest remain
        (_ordering("The rowing club is founded by six fishermen", "The boathouse burns down", "A women's crew enters the regatta", "The club buys a new gig"), "en"),
        # the text's order goes against a cue: a rival club founded after the first one's cup
        (_ordering("The club wins the county cup", "A rival club is founded across the river", "The two clubs merge"), "en"),
        # a year in a step: left to the ordering's date rules
        (_ordering("The rowing club is founded in 1872", "The club wins its first county cup", "Winning the Fal regatta completes the set"), "en"),
        # "the last years": a time, not a last step
        (_ordering("The mill grinds oats for the valley", "The miller's son takes over the mill", "In the last years the mill grinds only animal feed"), "en"),
    ):
        assert not trivial_gaps.self_ordered_steps(draft, language_for(language)), draft.item["items"]


# --- a Greek or Latin word's meaning the prompt asks for ----------------------------------------

def test_a_gap_on_a_classical_words_meaning_is_held() -> None:
    for draft, language in (
        (fill_in_draft("“Gastroscopy, a name built of two Greek roots meaning ____, lets the doctor see the ulcer.”", "looking into the stomach"), "en"),
        (fill_in_draft("“The cistern's name is the Latin word for ____.”", "box"), "en"),
        (fill_in_draft("«La palabra procede del latín «lapis», que significa ____.»", "piedra"), "es"),
        (fill_in_draft("«El nombre del aparato viene del griego y quiere decir ____.»", "ver el estómago"), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_living_languages_gloss_or_a_long_meaning_is_still_asked() -> None:
    for draft, language in (
        (fill_in_draft("«El nombre del valle viene del euskera y significa ____.»", "peña"), "es"),
        (fill_in_draft("“The word is Greek, and the surgeons of Alexandria used it for ____.”", "a wound that would not close after the first week"), "en"),
        (fill_in_draft("“The Greek physician wrote a treatise for ____.”", "Galen"), "en"),
        (fill_in_draft("“The Latin master of the grammar school paid for ____.”", "new desks"), "en"),
    ):
        assert not trivial_gaps.classical_meaning(draft, language_for(language)), draft.item["prompt"]


# --- an everyday action's everyday result ------------------------------------------------------

def test_a_gap_on_what_an_everyday_action_makes_is_held() -> None:
    for draft, language in (
        (fill_in_draft("“Whisking the cream for two minutes produces a stiff ____ that tops the pudding.”", "foam"), "en"),
        (fill_in_draft("“The shearer rubs the blade on a wet stone to ____ it before each fleece.”", "sharpen"), "en"),
        (fill_in_draft("“Once the logs had burnt for a night, only ____ was left in the grate.”", "ash"), "en"),
        (fill_in_draft("«Al batir la nata durante dos minutos se obtiene una ____ firme.»", "espuma"), "es"),
        (fill_in_draft("«El esquilador pasa la hoja por una piedra húmeda para ____ antes de cada vellón.»", "afilarla"), "es"),
        (fill_in_draft("«La muela del molino tritura el grano hasta dejarlo en ____.»", "harina"), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_result_no_everyday_action_of_the_sentence_makes_is_still_asked() -> None:
    for draft, language in (
        (fill_in_draft("“The hatter steams the cone and beats it into a ____ on the block.”", "capeline"), "en"),
        (fill_in_draft("“The fleeces are washed in the river and sold at the ____ fair.”", "wool"), "en"),
        (fill_in_draft("«La leña se apila en forma de ____ y se cubre de tierra.»", "parva"), "es"),
        (fill_in_draft("«El molino de la Vega muele el grano de ____ pueblos.»", "cinco"), "es"),
    ):
        assert not trivial_gaps.everyday_result(draft, language_for(language)), draft.item["prompt"]


# --- a figure of speech other plain words fit as well ------------------------------------------

def test_a_typed_gap_on_a_figurative_word_is_held() -> None:
    for draft, language in (
        (fill_in_draft("“The grant was meant to give the weaving families a ____ in the Antwerp market.”", "foothold"), "en"),
        (fill_in_draft("“For the young rowers the county cup was a ____ to the national team.”", "springboard"), "en"),
        (fill_in_draft("«La feria de 1998 fue un ____ para la cooperativa, que empezó a vender en Madrid.»", "trampolín"), "es"),
        (fill_in_draft("«La dependencia del puerto fue el ____ de la cooperativa durante la huelga.»", "talón de Aquiles"), "es"),
        (fill_in_draft("«El premio de 2004 supuso un ____ para la cooperativa.»", "espaldarazo"), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_literal_noun_or_a_figurative_option_is_still_asked() -> None:
    from tests.helpers.drafts import choice_draft

    for draft, language in (
        (fill_in_draft("“The arch rests on a ____ of granite sunk into the riverbed.”", "cornerstone"), "en"),
        (fill_in_draft("«El puente se apoya en un ____ de piedra hundido en el cauce.»", "pilar"), "es"),
        (choice_draft("“The grant gave the weaving families a ____ in the Antwerp market.”", "foothold", ["monopoly", "licence", "warehouse"]), "en"),
        (fill_in_draft("“The ferry carried the mail to the ____ twice a week.”", "lighthouse"), "en"),
        (fill_in_draft("“In 1890 the mayor laid the ____ of the new market hall.”", "cornerstone"), "en"),
        (fill_in_draft("«El barco lleva un ____ de dos tiempos.»", "motor"), "es"),
        (fill_in_draft("“Each ____ of the hammer drove the rivet home.”", "blow"), "en"),
        (fill_in_draft("“The crew threw a ____ to the swimmer off the pier.”", "lifeline"), "en"),
        (fill_in_draft("«Cada marinero lleva un chaleco ____ en la lancha.»", "salvavidas"), "es"),
        (fill_in_draft("«El ____ del agua mueve la rueda del molino.»", "impulso"), "es"),
    ):
        assert not trivial_gaps.figurative_word(draft, language_for(language)), draft.item["prompt"]


# --- a school-science term the prompt defines ----------------------------------------------------

def test_a_school_science_term_the_prompt_defines_is_held_at_any_frequency() -> None:
    for draft, language in (
        (fill_in_draft("“On hot afternoons the leaves give off water vapour to the air, a process called ____.”", "transpiration"), "en"),
        (fill_in_draft("“In the frost the ice turns straight to vapour without melting, a change known as ____.”", "sublimation"), "en"),
        (fill_in_draft("«En las heladas el hielo pasa directamente a vapor sin fundirse, un cambio llamado ____.»", "sublimación"), "es"),
        (fill_in_draft("«Las rocas se van rompiendo y deshaciendo por la lluvia y el hielo, proceso llamado ____.»", "meteorización"), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_crafts_own_term_or_a_local_name_the_prompt_defines_is_still_asked() -> None:
    for draft, language in (
        (fill_in_draft("“The hoods are pounded in hot soapy water until the fibres lock, a step the hatters call ____.”", "fulling"), "en"),
        (fill_in_draft("«La lana se golpea en agua caliente hasta que las fibras se traban, el paso llamado ____.»", "enfurtido"), "es"),
        (fill_in_draft("“The flax is left in the pond until the stems rot free of the fibre, a step called ____.”", "retting"), "en"),
    ):
        assert not trivial_gaps.defined_school_term(draft, language_for(language)), draft.item["prompt"]


def test_words_of_an_everyday_action_written_in_another_sense_hold_nothing() -> None:
    for draft, language in (
        (fill_in_draft("«El ____ más alto de la montaña se cubre de nieve en octubre.»", "pico"), "es"),
        (fill_in_draft("«En la sierra de Gredos los carboneros vendían la ____ en los pueblos.»", "astilla"), "es"),
        (fill_in_draft("“On the ground by the river's ____ the stones lay in rows.”", "edge"), "en"),
        (fill_in_draft("“The visitors saw ____ rise from the chimney of the inn.”", "chips"), "en"),
        (fill_in_draft("“At the mill the workers ate a hot ____ at noon.”", "meal"), "en"),
    ):
        assert not trivial_gaps.everyday_result(draft, language_for(language)), draft.item["prompt"]


def test_a_process_step_that_forms_or_creates_a_thing_is_no_beginning() -> None:
    for draft, language in (
        (_ordering("A skin is formed on the milk", "The skin is lifted off with a ladle", "The last of the whey is drained away"), "en"),
        (_ordering("Se crea una costra sobre la masa", "La costra se rompe con una pala", "Por último, se retira el pan del horno"), "es"),
    ):
        assert not trivial_gaps.self_ordered_steps(draft, language_for(language)), draft.item["items"]


# --- the same through the drafter: what is offered as ready ------------------------------------

def test_a_document_whose_list_orders_itself_and_defines_a_school_term_offers_neither() -> None:
    from quizapp.derive import Paragraph, derive_drafts

    lines = [
        "The Penmarrow Gig Club",
        "The club's story can be told in a few steps:",
        "- Six fishermen found the rowing club in a net loft on the quay.",
        "- The club wins its first county cup with a borrowed gig.",
        "- A new boathouse is built beside the slipway with money from a raffle.",
        "- Winning the Fal regatta completes the club's set of three cups.",
        "On hot afternoons the leaves of the harbour elms give off water vapour to the air, a process called transpiration, and the square stays cool.",
    ]
    paragraphs = [Paragraph(n, line.lstrip("- "), n == 1, line.startswith("- ")) for n, line in enumerate(lines, 1)]
    ready = [d.item for d in derive_drafts(paragraphs, "en") if d.ready and d.kind == "question"]
    assert not [q for q in ready if q["type"] == "ordering" and any("found the rowing club" in s for s in q["items"])]
    assert not [q for q in ready if q["type"] == "fill_in" and q["accept"][0] == "transpiration"]
