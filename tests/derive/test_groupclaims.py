"""Who argued what (issue 10, brief groupclaims): the argument, reaction and "what experts say"
paragraphs of a news analysis, whose only names are the story's own, get a card asking what the
group or person argued, its back the claim in the text's words:

- a group with a quantifier ("Some millers argue that ...", «Algunos pescadores sostienen que ...»);
- a place or a clause before the speaker ("In Ghent, union leaders ... recalled that ...",
  "Because prices fell, critics fear that ...", «En Évora, dirigentes de la oposición recordaron que ...»),
  the place kept in the front;
- "agree that" («coinciden en que»), "fear that" («temen que»), "recalled that";
- a claim of two that-clauses, and a claim running into a colon, cut at its clause boundary;
- two groups in one paragraph, a card each;
- "The central argument of X was simple: CLAIM" («El argumento central de X era sencillo: ...»);
- a reporting verb inside the claim («Por lo tanto, sostenía su portavoz, el ingeniero Tomás
  Vidal, ambas partes tienen derecho a ...», "Every keeper, argued Alan Price, should ...");
- two reactions in one sentence («el presidente X celebró el resultado como ..., y la canciller
  Y subrayó que ...»), a card per speaker.

Never a speaker that is only "they", "some" or «algunos» with no noun. The probe texts are the
integrator's (briefs/s13/probes); the others are ours, written for these tests."""

from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from quizapp.derive.claims import ClaimDrafter
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for
from tests.helpers.drafts import document, ready_cards_by_paragraph


def _cards(paragraphs: list[Paragraph], code: str) -> set[tuple[str, str]]:
    builder = Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))
    return {(c.item["front"], c.item["back"]) for c in ClaimDrafter(builder).candidates() if c.kind == "card"}


SOURDOUGH = document([
    "How Sourdough Rises",
    "Not everyone welcomed the new flour rules. Some millers argue that the guild has set the ash limit too close to "
    "what its mills can achieve. Under Flemish practice, bakers are supposed to use at least 60 per cent of "
    "stone-ground flour, meaning flour milled between two stones rather than rollers. Because rye prices have fallen "
    "back from their 2021 peak, critics fear that the guild could be locked into paying millers more than the bread earns.",
    "The critics on both sides offered harsher readings. In Ghent, union leaders and part of the press recalled that "
    "Mertens had promised a large subsidy and that the final deal included no payment. In Bruges, some analysts pointed "
    "out that the dispute cost years of work and several million euros to obtain, largely, the confirmation of the old rules.",
    "For the bakeries of Ghent and Bruges, the practical question remains open. If the guild decides to lift the ash "
    "limit and restore the old mills, the supply reaching Bruges could fall, which would force the bakers to review "
    "their contracts and negotiate new ones. The experts agree that the most reasonable outcome is a joint board that "
    "watches the mills, a technical solution that would demand something both cities have rarely practised: direct cooperation.",
])

ALCORNOQUE = document([
    "El alcornoque y el corcho",
    "El argumento central de los corcheros era sencillo: el corcho es un recurso renovable, porque la corteza vuelve a "
    "crecer cada nueve años sin dañar el árbol. Por lo tanto, sostenía su portavoz ante el tribunal, el ingeniero y "
    "profesor Tomás Vidal, ambas partes tienen derecho a un uso razonable del monte.",
    "Los críticos de ambos lados ofrecieron lecturas más duras. En Évora, dirigentes de la oposición recordaron que "
    "Vidal había prometido una compensación millonaria y que el resultado final no incluía ningún pago. Si el "
    "ayuntamiento decide cerrar las fábricas y restaurar el monte, el empleo de la comarca podría disminuir, lo que "
    "obligaría a revisar los contratos. Los expertos coinciden en que la salida más razonable pasa por una comisión "
    "mixta que vigile el monte.",
])


def test_probe_groups_with_a_quantifier_a_fear_and_a_place_before_them_get_cards() -> None:
    cards = _cards(SOURDOUGH, "en")
    assert ("According to the text, what do some millers argue?",
            "That the guild has set the ash limit too close to what its mills can achieve.") in cards
    # "critics" of what? Neither its sentence nor the one before says (brief context): no card.
    assert not any(front.endswith("what do critics fear?") for front, _ in cards)
    assert ("According to the text, what did union leaders and part of the press in Ghent recall?",
            "That Mertens had promised a large subsidy and that the final deal included no payment.") in cards
    assert ("According to the text, what did some analysts in Bruges point out about the dispute?",
            "That the dispute cost years of work and several million euros to obtain, largely, the confirmation of the old rules.") in cards


def test_probe_experts_agree_cut_before_the_colon_s_announcing_phrase() -> None:
    cards = _cards(SOURDOUGH, "en")
    assert ("According to the text, what do the experts agree on?",
            "That the most reasonable outcome is a joint board that watches the mills.") in cards


def test_probe_spanish_argument_colon_verb_inside_place_and_agreement() -> None:
    cards = _cards(ALCORNOQUE, "es")
    assert ("Según el texto, ¿cuál era el argumento central de los corcheros?",
            "Que el corcho es un recurso renovable, porque la corteza vuelve a crecer cada nueve años sin dañar el árbol.") in cards
    assert ("Según el texto, ¿qué sostenía el ingeniero y profesor Tomás Vidal?",
            "Que ambas partes tienen derecho a un uso razonable del monte.") in cards
    assert ("Según el texto, ¿qué recordaron dirigentes de la oposición en Évora?",
            "Que Vidal había prometido una compensación millonaria y que el resultado final no incluía ningún pago.") in cards
    assert ("Según el texto, ¿en qué coinciden los expertos?",
            "En que la salida más razonable pasa por una comisión mixta que vigile el monte.") in cards


# Our own texts: a county's honey labels (en) and a fishing ban in a harbour town (es).
HONEY = document([
    "The honey label rules",
    "Not every keeper welcomed the label. Several keepers argue that the association has drawn the county lines too "
    "tightly for hives that move with the heather.",
    "The complaints differed from town to town. In Dorchester, stallholders and part of the local press recalled that "
    "the chairman had promised a grant for new labels and that the final budget included no money. In Salisbury, many "
    "packers pointed out that the change had cost a season of work to obtain, largely, the labels they already used.",
    "The experts agree that the fairest answer is a shared register of hives, a simple tool that would need something "
    "the keepers have seldom offered: trust.",
    "The main argument of the keepers was simple: honey tastes of the flowers the bees visit, so a label naming the wrong "
    "county misleads the buyer.",
    "Every keeper, argued the retired vet Alan Price, should be free to name the heath where the hives stood.",
    "In Dorset, the mayor Helen Ward welcomed the ruling as a victory for small keepers, and the trading officer Mark "
    "Dean stressed that the new labels gave buyers a reason to trust the markets.",
    "Some argue that the rule is fine. In Wareham, they recalled that the old labels were cheaper.",
])

VEDA = document([
    "La veda del pulpo",
    "No todos aplaudieron la veda. Algunos pescadores sostienen que la cofradía ha fijado el tamaño mínimo demasiado "
    "cerca de lo que sus nasas pueden seleccionar.",
    "Las críticas cambiaron de un puerto a otro. En Cangas, varios armadores recordaron que el conselleiro había "
    "prometido ayudas para las nasas y que el presupuesto final no incluía ningún pago. Como el precio del pulpo ha "
    "caído, muchos mariscadores temen que la lonja pierda compradores frente a las grandes superficies.",
    "Los biólogos coinciden en que la medida más razonable es una veda rotatoria por zonas, una solución técnica que "
    "exigiría algo poco habitual en la ría: confianza entre cofradías.",
    "El argumento principal de los armadores era sencillo: el pulpo crece deprisa y se recupera en pocos meses si se "
    "respeta la época de puesta.",
    "En Vigo, el alcalde Abel Couto celebró la sentencia como una victoria de la pesca artesanal, y la conselleira "
    "Rosa Quintas subrayó que la veda daba seguridad a las familias del puerto.",
    "Algunos dicen que la veda sobra. En Bueu, ellos recordaron que antes no había veda.",
])


def test_own_english_texts_group_place_agreement_argument_and_inside_verb() -> None:
    cards = _cards(HONEY, "en")
    assert ("According to the text, what do several keepers argue?",
            "That the association has drawn the county lines too tightly for hives that move with the heather.") in cards
    assert ("According to the text, what did stallholders and part of the local press in Dorchester recall?",
            "That the chairman had promised a grant for new labels and that the final budget included no money.") in cards
    assert ("According to the text, what do the experts agree on?", "That the fairest answer is a shared register of hives.") in cards
    assert ("According to the text, what was the main argument of the keepers?",
            "That honey tastes of the flowers the bees visit, so a label naming the wrong county misleads the buyer.") in cards
    assert ("According to the text, what did the retired vet Alan Price argue?",
            "That every keeper should be free to name the heath where the hives stood.") in cards


def test_own_spanish_texts_group_place_fear_agreement_and_argument() -> None:
    cards = _cards(VEDA, "es")
    assert ("Según el texto, ¿qué sostienen algunos pescadores?",
            "Que la cofradía ha fijado el tamaño mínimo demasiado cerca de lo que sus nasas pueden seleccionar.") in cards
    assert ("Según el texto, ¿qué recordaron varios armadores en Cangas?",
            "Que el conselleiro había prometido ayudas para las nasas y que el presupuesto final no incluía ningún pago.") in cards
    assert ("Según el texto, ¿qué temen muchos mariscadores?",
            "Que la lonja pierda compradores frente a las grandes superficies.") in cards
    assert ("Según el texto, ¿en qué coinciden los biólogos?",
            "En que la medida más razonable es una veda rotatoria por zonas.") in cards
    assert ("Según el texto, ¿cuál era el argumento principal de los armadores?",
            "Que el pulpo crece deprisa y se recupera en pocos meses si se respeta la época de puesta.") in cards


def test_two_reactions_in_one_sentence_give_a_card_per_speaker() -> None:
    en = _cards(HONEY, "en")
    assert ("According to the text, how did the mayor Helen Ward welcome the ruling?", "As a victory for small keepers.") in en
    assert ("According to the text, what did the trading officer Mark Dean stress?",
            "That the new labels gave buyers a reason to trust the markets.") in en
    es = _cards(VEDA, "es")
    assert ("Según el texto, ¿cómo celebró el alcalde Abel Couto la sentencia?", "Como una victoria de la pesca artesanal.") in es
    assert ("Según el texto, ¿qué subrayó la conselleira Rosa Quintas?", "Que la veda daba seguridad a las familias del puerto.") in es


def test_a_quantifier_or_a_pronoun_alone_after_a_place_is_no_speaker() -> None:
    for front, _ in _cards(HONEY, "en") | _cards(VEDA, "es"):
        assert not front.endswith(("some argue?", "they recall?", "they in Wareham recall?")), front
        assert "algunos?" not in front and "ellos" not in front, front
    assert not any("Wareham" in front for front, _ in _cards(HONEY, "en"))
    assert not any("Bueu" in front for front, _ in _cards(VEDA, "es"))


def test_an_argument_paragraph_with_nothing_else_to_ask_is_covered_by_its_claim() -> None:
    en = ready_cards_by_paragraph(HONEY, "en", "claim")
    assert 2 in en and 4 in en
    es = ready_cards_by_paragraph(VEDA, "es", "claim")
    assert 2 in es and 4 in es


OPINIONS = document([
    "The tide mill at Fenwick",
    "When the sluice gates jammed, the harbour pilots argued, the mill pond silted up within a single winter.",
    "Many historians think that the mill ground malt for the town's brewers rather than wheat for its bakers.",
    "Muchos historiadores creen que el molino molía malta para los cerveceros del pueblo y no trigo.",
    "The millers welcomed the repair as a fresh start; the parish clerk Anne Lowe warned that the sluice gates would jam again.",
])


def test_a_clause_before_the_inside_verb_keeps_its_comma_and_think_believe_read_as_claims() -> None:
    en = _cards(OPINIONS[:3] + OPINIONS[4:], "en")
    assert ("According to the text, what did the harbour pilots argue?",
            "That when the sluice gates jammed, the mill pond silted up within a single winter.") in en
    assert ("According to the text, what do many historians think?",
            "That the mill ground malt for the town's brewers rather than wheat for its bakers.") in en
    # a reaction after a semicolon is read as its own part
    assert ("According to the text, what did the parish clerk Anne Lowe warn?",
            "That the sluice gates would jam again.") in en
    es = _cards([OPINIONS[0], OPINIONS[3]], "es")
    assert ("Según el texto, ¿qué creen muchos historiadores?",
            "Que el molino molía malta para los cerveceros del pueblo y no trigo.") in es


def test_a_month_before_the_speaker_is_no_place_and_a_lone_quantifier_no_speaker() -> None:
    en = _cards(document([
        "Grain quotas",
        "In March, farmers argued that the new quota left too little grain for the winter.",
        "Prices fell; some said that nothing had changed for the growers of the valley.",
    ]), "en")
    assert en == {("According to the text, what did farmers argue?", "That the new quota left too little grain for the winter.")}
    es = _cards(document([
        "Cuotas de grano",
        "En Mayo, varios vecinos recordaron que la cuota dejaba muy poco grano para el invierno.",
        "Los precios bajaron; algunos dijeron que nada había cambiado para los productores del valle.",
    ]), "es")
    assert es == {("Según el texto, ¿qué recordaron varios vecinos?", "Que la cuota dejaba muy poco grano para el invierno.")}


def test_an_inside_claim_whose_verb_carries_a_pronoun_is_held() -> None:
    es = _cards(document([
        "El transbordador de Ons",
        "El argumento principal de los isleños era sencillo: el transbordador es el único enlace con el hospital. "
        "Por lo tanto, sostenía la letrada Elena Mosquera, la provincia tiene el deber de mantenerlo.",
    ]), "es")
    assert not any("Mosquera" in front for front, _ in es)
    en = _cards(document([
        "The Lydd ferry",
        "Therefore, argued the barrister Helen Marsh, the county has a duty to keep it running.",
    ]), "en")
    assert not en


def _statements(paragraphs: list[Paragraph], code: str) -> set[tuple[str, bool]]:
    builder = Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))
    return {(c.item["prompt"], c.item["answer"]) for c in ClaimDrafter(builder).candidates() if c.kind == "question"}


def test_two_groups_with_their_places_give_a_statement_swapping_who_said_which() -> None:
    en = _statements(SOURDOUGH, "en")
    assert ("True or false: In Bruges, some analysts recalled that Mertens had promised a large subsidy and that the final "
            "deal included no payment.", False) in en
    assert not any(answer for _, answer in en)  # the claim as written is the text's own sentence
    # "critics" is never the swapped group, and a clause opening a sentence does not travel
    assert not any(prompt.startswith(("True or false: Critics", "True or false: Because")) and not answer for prompt, answer in en)
    es = _statements(VEDA, "es")
    assert ("Verdadero o falso: Muchos mariscadores recordaron que el conselleiro había prometido ayudas para "
            "las nasas y que el presupuesto final no incluía ningún pago.", False) in es


LABELS = document([
    "The label dispute",
    "The label rule came into force after a long fight between the keepers and the association, and the markets "
    "adopted it within the year.",
    "The complaints differed from town to town. In the north, stallholders and part of the local press recalled that "
    "the chairman had promised a grant for new labels and that the final budget included no money. In the south, "
    "several packers pointed out that the change had cost a season of work to obtain, largely, the labels already in use.",
])


def test_a_paragraph_of_two_groups_after_a_lower_case_place_is_covered_and_offers_the_swap() -> None:
    cards = _cards(LABELS, "en")
    assert ("According to the text, what did several packers point out about the change?",
            "That the change had cost a season of work to obtain, largely, the labels already in use.") in cards
    assert ("True or false: Several packers recalled that the chairman had promised a grant for new labels and that the "
            "final budget included no money.", False) in _statements(LABELS, "en")
    ready = [d for d in derive_drafts(LABELS, "en") if d.ready and d.paragraph == 3]
    assert ready and ("claim" in ready[0].item.get("tags", []) or ready[0].item.get("answer") is False)


def test_an_english_claim_reported_without_that_gets_its_card() -> None:
    cards = _cards(document([
        "The valley levy",
        "Some analysts believe the dispute has cost the guild several million euros in lost orders.",
        "Critics of the scheme say the levy will fall hardest on the small farms of the valley.",
        "Officials noted the damage caused by the flood.",
        "The council said it would act.",
    ]), "en")
    assert cards == {
        ("According to the text, what do some analysts believe?", "That the dispute has cost the guild several million euros in lost orders."),
        ("According to the text, what do critics of the scheme say?", "That the levy will fall hardest on the small farms of the valley."),
    }
