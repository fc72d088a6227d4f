"""Reasons, consequences, objections and conclusions get a card of their own (issue 10, brief
coverage3): a paragraph that states a party's objection, what a fact means, what a thing's fate
hangs on or why a choice was made is asked that, not left without a ready item. Texts of our own."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document, ready_cards


def cards_of(lines: list[str], code: str) -> list[tuple[str, str]]:
    return [card for cards in ready_cards(document(lines), code).values() for card in cards]


def test_a_party_objection_is_asked_what_it_objects_en() -> None:
    cards = cards_of([
        "A chairlift for Brenna Fell",
        "The hill farmers of Coldside object that the lift towers will split the common grazing in two.",
    ], "en")
    assert ("According to the text, what do the hill farmers of Coldside object to?",
            "That the lift towers will split the common grazing in two.") in cards


def test_a_party_objection_is_asked_what_it_objects_es() -> None:
    cards = cards_of([
        "Un telesilla para la sierra de Valdelosa",
        "Los ganaderos de Valdelosa objetan que las torres del telesilla partirán en dos los pastos comunales.",
    ], "es")
    assert ("Según el texto, ¿qué objetan los ganaderos de Valdelosa?",
            "Que las torres del telesilla partirán en dos los pastos comunales.") in cards


def test_what_a_fact_means_quotes_the_fact_en() -> None:
    cards = cards_of([
        "Repairs to the Harnby bridge",
        "The old stone bridge at Harnby will close for repairs over the whole summer. This means that lorries bound for the quarry will have to take the ring road.",
    ], "en")
    assert ("The text says: \u201cThe old stone bridge at Harnby will close for repairs over the whole summer.\u201d According to the text, what follows from this?",
            "That lorries bound for the quarry will have to take the ring road.") in cards


def test_what_a_fact_means_quotes_the_fact_es() -> None:
    cards = cards_of([
        "Obras en el puente de Harnía",
        "El viejo puente de piedra de Harnía se cerrará por obras durante todo el verano. Esto implica que los camiones de la cantera tendrán que dar la vuelta por la carretera de circunvalación.",
    ], "es")
    assert ("El texto dice: «El viejo puente de piedra de Harnía se cerrará por obras durante todo el verano.» Según el texto, ¿qué implica esto?",
            "Que los camiones de la cantera tendrán que dar la vuelta por la carretera de circunvalación.") in cards


def test_a_conclusion_is_asked_what_it_depends_on_en() -> None:
    cards = cards_of([
        "The future of the Orwell ferry",
        "The survival of the ferry now depends less on the council than on the summer visitors.",
    ], "en")
    assert ("According to the text, what does the survival of the ferry now depend on?",
            "Less on the council than on the summer visitors.") in cards


def test_a_conclusion_is_asked_what_it_depends_on_es() -> None:
    cards = cards_of([
        "El futuro del transbordador del Orbel",
        "La supervivencia del transbordador depende ahora más de los veraneantes que del ayuntamiento.",
    ], "es")
    assert ("Según el texto, ¿de qué depende ahora la supervivencia del transbordador?",
            "Más de los veraneantes que del ayuntamiento.") in cards


def test_a_dependence_on_a_pronoun_subject_is_not_asked() -> None:
    cards = cards_of([
        "The future of the Orwell ferry",
        "The ferry has run since the war. Its survival now depends on the summer visitors.",
    ], "en")
    assert not any("depend" in front for front, _ in cards)


def test_a_reason_given_without_a_connective_is_a_why_card_en() -> None:
    cards = cards_of([
        "A new lighthouse for Skerra",
        "The surveyors chose the northern headland for its bare granite, which needs no foundations at all.",
    ], "en")
    assert ("According to the text, why did the surveyors choose the northern headland?",
            "For its bare granite, which needs no foundations at all.") in cards


def test_a_reason_given_without_a_connective_is_a_why_card_es() -> None:
    cards = cards_of([
        "Un faro nuevo para Escarra",
        "Los topógrafos eligieron el cabo norte por su granito desnudo, que no necesita cimientos.",
    ], "es")
    assert ("Según el texto, ¿por qué eligieron los topógrafos el cabo norte?",
            "Por su granito desnudo, que no necesita cimientos.") in cards


def test_a_speaker_taken_up_by_a_pronoun_is_named_from_the_sentence_before_en() -> None:
    cards = cards_of([
        "A chairlift for Brenna Fell",
        "The warden of the Brenna nature reserve has another worry. She warns that the lift will carry walkers straight onto the rare mosses of the summit.",
    ], "en")
    assert ("According to the text, what does the warden of the Brenna nature reserve warn?",
            "That the lift will carry walkers straight onto the rare mosses of the summit.") in cards


def test_a_speaker_left_unsaid_is_named_from_the_sentence_before_es() -> None:
    cards = cards_of([
        "Un telesilla para la sierra de Valdelosa",
        "Algunos geólogos dudan incluso de la obra. Recuerdan que las laderas de la sierra se deslizan cada invierno varios centímetros.",
    ], "es")
    assert ("Según el texto, ¿qué recuerdan algunos geólogos?",
            "Que las laderas de la sierra se deslizan cada invierno varios centímetros.") in cards


def test_a_short_effect_with_its_subject_named_is_a_why_card_en() -> None:
    cards = cards_of([
        "How a cut-throat razor works",
        "Because the blade is ground hollow on both faces, the razor cuts cleanly.",
    ], "en")
    assert ("Explain why the razor cuts cleanly.", "Because the blade is ground hollow on both faces.") in cards


def test_a_short_effect_with_its_subject_named_is_a_why_card_es() -> None:
    cards = cards_of([
        "Cómo fermenta la masa madre",
        "En invierno la masa sube despacio porque la levadura apenas trabaja con el frío.",
        "La masa crece mucho porque el gluten retiene el gas de la levadura.",
    ], "es")
    assert ("Explica por qué la masa crece mucho.", "Porque el gluten retiene el gas de la levadura.") in cards


def test_advice_with_its_reason_is_a_why_card_es() -> None:
    # «hay que», «conviene»: an impersonal advice, its occasion moved to the front's end
    cards = cards_of([
        "Cómo se hace el pan de pueblo",
        "Al cortar el pan hay que usar un cuchillo de sierra, ya que una hoja lisa aplasta la miga.",
        "Antes de hornear el pan, conviene cortar la superficie, porque el vapor escapa por los cortes sin romper la corteza.",
    ], "es")
    assert ("Explica por qué hay que usar un cuchillo de sierra al cortar el pan.", "Ya que una hoja lisa aplasta la miga.") in cards
    assert ("Explica por qué conviene cortar la superficie antes de hornear el pan.",
            "Porque el vapor escapa por los cortes sin romper la corteza.") in cards


def test_advice_with_its_reason_is_a_why_card_en() -> None:
    cards = cards_of([
        "How country bread is made",
        "Before the loaf is baked, the top should be slashed, because the steam escapes through the cuts without tearing the crust.",
    ], "en")
    assert ("Explain why the top should be slashed before the loaf is baked.",
            "Because the steam escapes through the cuts without tearing the crust.") in cards


def test_a_party_answer_to_the_objections_is_asked_en() -> None:
    cards = cards_of([
        "A chairlift for Brenna Fell",
        "The resort company's answer to all of these objections is that without the lift the ski school will close within five winters.",
    ], "en")
    assert ("According to the text, what is the resort company's answer to the objections?",
            "That without the lift the ski school will close within five winters.") in cards


def test_a_party_answer_to_the_objections_is_asked_es() -> None:
    cards = cards_of([
        "Un telesilla para la sierra de Valdelosa",
        "La respuesta de la estación de esquí a todas estas objeciones es que la escuela de esquí cerrará en pocos inviernos sin el telesilla.",
    ], "es")
    assert ("Según el texto, ¿cuál es la respuesta de la estación de esquí a las objeciones?",
            "Que la escuela de esquí cerrará en pocos inviernos sin el telesilla.") in cards


def test_a_dependence_on_what_is_done_to_the_owner_is_asked_en() -> None:
    # "it" of the answer is the owner the subject names ("a boiler's")
    cards = cards_of([
        "Looking after a boiler",
        "A boiler's life therefore depends mainly on how often it is serviced.",
    ], "en")
    assert ("According to the text, what does a boiler's life depend on?", "Mainly on how often it is serviced.") in cards


def test_a_dependence_attributed_to_a_source_names_it_in_the_front() -> None:
    en = cards_of(["The Orwell ferry", "The future of the ferry will depend above all on the summer visitors, according to the harbour staff."], "en")
    es = cards_of(["El transbordador del Orbel", "El futuro del transbordador dependerá sobre todo de los veraneantes, según los técnicos del puerto."], "es")
    assert ("According to the harbour staff, what will the future of the ferry depend on?", "Above all on the summer visitors.") in en
    assert ("Según los técnicos del puerto, ¿de qué dependerá el futuro del transbordador?", "Sobre todo de los veraneantes.") in es


def test_a_body_or_a_counted_group_taken_up_names_the_speaker_en() -> None:
    cards = cards_of([
        "A chairlift for Brenna Fell",
        "The Brenna mountaineering club has a different complaint. It warns that the top station will spoil the view from the old cairn.",
        "Some residents doubt the need for the lift at all. They recall that the ski runs lay bare for most of last winter.",
    ], "en")
    assert ("According to the text, what does the Brenna mountaineering club warn?",
            "That the top station will spoil the view from the old cairn.") in cards
    assert ("According to the text, what do some residents recall?", "That the ski runs lay bare for most of last winter.") in cards


# How a thing is done, told by its means (brief coverage3, second round): "by -ing" after a
# modal or auxiliary clause, or opening it; «gerundio» or «mediante» with a form of «poder».
# Reviewers found such mechanism paragraphs left with no item. Texts of our own.

def how_cards(lines: list[str], code: str) -> list[tuple[str, str]]:
    """Every how-card drafted, ready or held back."""
    return [(d.item["front"], d.item["back"]) for d in derive_drafts(document(lines), code)
            if d.kind == "card" and d.item["front"].startswith(("According to the text, how ", "Según el texto, ¿cómo "))]


def test_a_means_opening_the_clause_is_asked_how_en() -> None:
    cards = cards_of([
        "Dry-stone walling",
        "A dry-stone wall needs no mortar: by tilting each face slightly inwards, the wallers can keep the weight of the stones pressing towards the middle of the wall.",
    ], "en")
    assert ("According to the text, how can the wallers keep the weight of the stones pressing towards the middle of the wall?",
            "By tilting each face slightly inwards.") in cards


def test_a_means_after_the_clause_is_asked_how_en() -> None:
    cards = cards_of([
        "Farming the salt marsh",
        "The marsh farmers could grow wheat on the old tidal mud by digging deep ditches that carried the salt water away to the sea.",
    ], "en")
    assert ("According to the text, how could the marsh farmers grow wheat on the old tidal mud?",
            "By digging deep ditches that carried the salt water away to the sea.") in cards


def test_a_means_opening_the_clause_is_asked_how_es() -> None:
    cards = cards_of([
        "Muros de piedra seca",
        "Un muro de piedra seca no necesita argamasa: inclinando cada cara un poco hacia dentro, los pedreros pueden mantener el peso de las piedras apoyado hacia el centro del muro.",
    ], "es")
    assert ("Según el texto, ¿cómo pueden los pedreros mantener el peso de las piedras apoyado hacia el centro del muro?",
            "Inclinando cada cara un poco hacia dentro.") in cards


def test_a_means_after_the_clause_is_asked_how_es() -> None:
    cards = cards_of([
        "El cultivo de la marisma",
        "Los labradores de la marisma podían sembrar trigo en el viejo fango de la marea mediante zanjas profundas que llevaban el agua salada hasta el mar.",
    ], "es")
    assert ("Según el texto, ¿cómo podían los labradores de la marisma sembrar trigo en el viejo fango de la marea?",
            "Mediante zanjas profundas que llevaban el agua salada hasta el mar.") in cards


def test_no_how_card_without_a_named_doer_or_a_means_en() -> None:
    assert how_cards([
        "Farming the salt marsh",
        "The marsh farmers dug deep ditches across the old tidal mud. By doing so, they could grow wheat where the tide had once come in.",
        "By evening, the farmers could see the whole estuary from the new sea wall.",
    ], "en") == []


def test_no_how_card_without_a_named_doer_or_a_means_es() -> None:
    assert how_cards([
        "El cultivo de la marisma",
        "Los labradores abrieron zanjas profundas en el viejo fango. Haciéndolo así, ellos podían sembrar trigo donde antes llegaba la marea.",
        "Cuando caía la tarde, los labradores podían ver todo el estuario desde el nuevo dique.",
    ], "es") == []


# A mechanism stated after a colon whose lead-in only announces it ("The principle is simple:
# if ..., ...", «La idea es sencilla: si ..., ...»): the condition after the colon is asked.

def what_happens_cards(lines: list[str], code: str) -> list[tuple[str, str]]:
    """Every what-happens card drafted, ready or held back."""
    return [(d.item["front"], d.item["back"]) for d in derive_drafts(document(lines), code)
            if d.kind == "card" and d.item["front"].startswith(("According to the text, what happens", "Según el texto, ¿qué ocurre"))]


def test_a_condition_after_an_announcing_colon_is_asked_en() -> None:
    cards = cards_of([
        "The ice house",
        "The principle behind the ice house is simple: if a thick layer of straw keeps out the warm air, the ice cut in January lasts until late summer.",
    ], "en")
    assert ("According to the text, what happens if a thick layer of straw keeps out the warm air?",
            "The ice cut in January lasts until late summer.") in cards


def test_a_condition_after_an_announcing_colon_is_asked_es() -> None:
    cards = cards_of([
        "La nevera del monte",
        "El principio de la nevera es sencillo: si una capa gruesa de paja impide la entrada del aire caliente, el hielo cortado en enero dura hasta finales del verano.",
    ], "es")
    assert ("Según el texto, ¿qué ocurre si una capa gruesa de paja impide la entrada del aire caliente?",
            "El hielo cortado en enero dura hasta finales del verano.") in cards


def test_no_condition_after_a_colon_whose_lead_in_says_more_en() -> None:
    assert what_happens_cards([
        "The ice house",
        "In the dry months the keepers follow another rule: if a thick layer of straw keeps out the warm air, the ice cut in January lasts until late summer.",
    ], "en") == []


def test_no_condition_after_a_colon_whose_lead_in_says_more_es() -> None:
    assert what_happens_cards([
        "La nevera del monte",
        "En los meses secos los neveros siguen otra regla: si una capa gruesa de paja impide la entrada del aire caliente, el hielo cortado en enero dura hasta finales del verano.",
    ], "es") == []


# "As a result, A, which is why B" («Por eso, A, por lo que B»): the why-card asks B and answers
# A; before, the opener made A-and-B the effect ("Explain why A, which is why B.") with the
# sentence before as its back, a garbled front.

def why_cards(lines: list[str], code: str) -> list[tuple[str, str]]:
    """Every why-card drafted, ready or held back."""
    return [(d.item["front"], d.item["back"]) for d in derive_drafts(document(lines), code)
            if d.kind == "card" and d.item["front"].startswith(("Explain why", "Explica por qué"))]


def test_a_result_opener_with_its_own_which_is_why_en() -> None:
    cards = why_cards([
        "Slate roofs",
        "Damp battens rot within a few winters. As a result, a slate roof lasts longest on battens of seasoned oak, which is why many roofers in the valley still refuse to use pine.",
    ], "en")
    assert ("Explain why many roofers in the valley still refuse to use pine.",
            "A slate roof lasts longest on battens of seasoned oak.") in cards
    assert not any("which is why" in front for front, _ in cards)


def test_a_result_opener_with_its_own_por_lo_que_es() -> None:
    cards = why_cards([
        "Tejados de pizarra",
        "Los listones húmedos se pudren en pocos inviernos. Por eso, un tejado de pizarra dura más sobre listones de roble curado, por lo que muchos tejadores del valle se niegan a usar pino.",
    ], "es")
    assert ("Explica por qué muchos tejadores del valle se niegan a usar pino.",
            "Un tejado de pizarra dura más sobre listones de roble curado.") in cards
    assert not any("por lo que" in front for front, _ in cards)


def test_a_passive_means_is_asked_how_en() -> None:
    cards = cards_of([
        "The island chapel",
        "The island chapel can be reached at low tide by walking across a causeway of flat stones laid by the monks.",
    ], "en")
    assert ("According to the text, how can the island chapel be reached at low tide?",
            "By walking across a causeway of flat stones laid by the monks.") in cards


def test_no_how_card_on_a_name_after_by_en() -> None:
    assert how_cards([
        "The mill at Hartwell",
        "By Manning's death in the spring, the mill could grind only a fraction of the valley's corn.",
    ], "en") == []


def test_no_how_card_on_a_manner_or_a_doer() -> None:
    assert how_cards([
        "La sierra en invierno",
        "Los pastores podían pasar todo el invierno en la sierra cantando viejas coplas del valle.",
    ], "es") == []
    assert how_cards([
        "The coast road",
        "The old coast road could be closed for days by falling rocks after a storm.",
    ], "en") == []
