"""Why-cards for explanatory paragraphs (issue 10, coverage, brief cover7): a paragraph that
explains a cause and its effect with an explicit connective ("because", "so", "as a result";
«porque», «por eso», «de modo que») and names no person, figure or date gets, when no other
ready draft covers it, a card "Explain why <effect>." whose back is the cause the text gives.
Our own small texts (sea breezes; how stalactites grow), written for these tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.causes import CauseDrafter
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for

BREEZE = [
    Paragraph(1, "Why coastal winds change direction", is_heading=True),
    Paragraph(2, "The land heats up much faster than the sea on a sunny afternoon because rock and soil store far "
                 "less heat than the same volume of water. The warm air over the beaches rises and spreads out."),
    Paragraph(3, "Cooler air from over the water flows inland to take the place of the rising air, so the wind at "
                 "the shore blows from the sea during the day."),
    Paragraph(4, "At night the pattern reverses. The open water keeps its warmth much longer than the dry ground. "
                 "As a result, the breeze blows from the land towards the water after sunset."),
    Paragraph(5, "It is strongest in late spring because the water is still cold while the fields are already warm."),
    Paragraph(6, "Fishermen in the Bay of Santa Pola have timed their return to the harbour by the afternoon breeze "
                 "since 1620, because the wind carried their boats home without rowing."),
]

ESTALACTITAS = [
    Paragraph(1, "Cómo crecen las estalactitas", is_heading=True),
    Paragraph(2, "El agua de lluvia se vuelve ligeramente ácida porque disuelve el dióxido de carbono del aire y del "
                 "suelo. Al filtrarse por las grietas, esa agua disuelve lentamente la caliza."),
    Paragraph(3, "Cuando el agua gotea del techo de una galería, pierde parte del gas disuelto. Por eso, la calcita "
                 "se deposita en el borde de cada gota y forma un pequeño anillo."),
    Paragraph(4, "El goteo en las galerías profundas es muy lento, de modo que una estalactita crece apenas unos "
                 "milímetros por siglo."),
    Paragraph(5, "Ello ocurre porque el agua pierde el gas al entrar en contacto con el aire de la galería."),
]


def _cards(paragraphs: list[Paragraph], code: str) -> dict[int, list[Draft]]:
    found: dict[int, list[Draft]] = {}
    for d in derive_drafts(paragraphs, code):
        if d.ready and d.kind == "card" and "cause" in d.item.get("tags", []):
            found.setdefault(d.paragraph, []).append(d)
    return found


def _builder(paragraphs: list[Paragraph], code: str) -> Builder:
    return Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))


def test_english_cause_cards_name_their_subject_and_give_the_texts_cause() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in CauseDrafter(_builder(BREEZE, "en")).cards()}
    assert ("Explain why the land heats up much faster than the sea on a sunny afternoon.",
            "Because rock and soil store far less heat than the same volume of water.") in cards
    assert ("Explain why the wind at the shore blows from the sea during the day.",
            "Cooler air from over the water flows inland to take the place of the rising air.") in cards
    assert ("Explain why the breeze blows from the land towards the water after sunset.",
            "The open water keeps its warmth much longer than the dry ground.") in cards
    assert not any("It is" in front or "it is" in front for front, _ in cards)  # "It" names no subject


def test_spanish_cause_cards() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in CauseDrafter(_builder(ESTALACTITAS, "es")).cards()}
    assert ("Explica por qué el agua de lluvia se vuelve ligeramente ácida.",
            "Porque disuelve el dióxido de carbono del aire y del suelo.") in cards
    assert ("Explica por qué la calcita se deposita en el borde de cada gota y forma un pequeño anillo.",
            "Cuando el agua gotea del techo de una galería, pierde parte del gas disuelto.") in cards
    assert ("Explica por qué una estalactita crece apenas unos milímetros por siglo.",
            "El goteo en las galerías profundas es muy lento.") in cards
    assert not any("ello" in front.lower().split() for front, _ in cards)


def test_cause_cards_are_offered_only_where_nothing_else_is_ready() -> None:
    drafts = derive_drafts(BREEZE, "en")
    cards = _cards(BREEZE, "en")
    assert {2, 3, 4} <= set(cards)
    for number, mine in cards.items():
        others = [d for d in drafts if d.ready and d.paragraph == number and d not in mine]
        assert not others, (number, [o.item for o in others])
        assert len(mine) == 1
    held = [d for d in drafts if "cause" in d.item.get("tags", []) and not d.ready]
    assert all(p.startswith("held back") for d in held for p in d.problems)


def test_spanish_cause_cards_cover_explanatory_paragraphs() -> None:
    drafts = derive_drafts(ESTALACTITAS, "es")
    assert {2, 4} <= set(_cards(ESTALACTITAS, "es"))
    # Paragraph 3's own term ("La ____ se deposita ...": calcita) comes before its why-card.
    assert [d.kind for d in drafts if d.ready and d.paragraph == 3] == ["question"]
    assert 5 not in _cards(ESTALACTITAS, "es")  # «Ello ocurre ...»: the front would not name its subject


GLACIER = [
    Paragraph(1, "How valley glaciers move", is_heading=True),
    Paragraph(2, "Because the ice at the bed is close to its melting point, meltwater collects under the glacier and "
                 "lets the ice slide over the rock."),
    Paragraph(3, "During the summer months, the lower tongue of the glacier moves faster than the upper basin, because "
                 "surface water drains through crevasses to the bed."),
    Paragraph(4, "Most of the debris is carried at the base, so the glacier is a slow conveyor belt: it grinds the "
                 "valley floor and drops the rock far downstream."),
    Paragraph(5, "Many valleys were widened largely because glaciers filled them during the last cold period."),
    Paragraph(6, "Field surveys show that crevasses open near the valley walls because the ice there moves more "
                 "slowly than the ice at the centre."),
    Paragraph(7, "Hoy muchos glaciares alpinos retroceden, porque los veranos son más largos y cálidos."),
]

PERITO = [
    Paragraph(1, "El glaciar Perito Moreno", is_heading=True),
    Paragraph(2, "Para muchos glaciólogos, el frente del glaciar es el mejor lugar para estudiar el desprendimiento "
                 "de hielo, ya que avanza sobre un lago profundo y se rompe casi a diario."),
    Paragraph(3, "Los guardaparques dicen que el hielo se agrieta en primavera porque el agua del lago sube."),
]


def test_english_fronts_keep_their_subject_and_move_an_opening_phrase() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in CauseDrafter(_builder(GLACIER, "en")).cards()}
    assert ("Explain why meltwater collects under the glacier and lets the ice slide over the rock.",
            "Because the ice at the bed is close to its melting point.") in cards
    assert ("Explain why the lower tongue of the glacier moves faster than the upper basin during the summer months.",
            "Because surface water drains through crevasses to the bed.") in cards
    assert ("Explain why the glacier is a slow conveyor belt.",
            "Most of the debris is carried at the base.") in cards
    fronts = " ".join(front for front, _ in cards)
    assert "widened" not in fronts  # "largely because": one reason of several
    assert "surveys" not in fronts.lower() and "crevasses open" not in fronts  # the cause is the reported clause's


def test_spanish_fronts_move_an_opening_phrase_and_skip_reported_clauses() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in CauseDrafter(_builder(PERITO, "es")).cards()}
    assert ("Explica por qué el frente del glaciar es el mejor lugar para estudiar el desprendimiento de hielo "
            "para muchos glaciólogos.", "Ya que avanza sobre un lago profundo y se rompe casi a diario.") in cards
    assert not any("guardaparques" in front or "agrieta" in front for front, _ in cards)


def test_a_purpose_in_the_subjunctive_makes_no_card() -> None:
    horno = [Paragraph(1, "Encima de la bóveda se colocaban las piedras más grandes de la carga, de modo que el calor "
                          "subiera a través de los huecos de la carga.")]
    assert not list(CauseDrafter(_builder(horno, "es")).cards())


SOURDOUGH = [
    Paragraph(1, "How a sourdough starter works", is_heading=True),
    Paragraph(2, "If the kitchen stays below eighteen degrees, the yeasts in the starter slow down and the dough "
                 "takes most of a day to rise."),
    Paragraph(3, "When the flour meets the water, enzymes break its starch into simple sugars that the yeasts can feed "
                 "on."),
    Paragraph(4, "When the baker opened the jar after the holiday, a grey liquid covered the surface of the starter."),
    Paragraph(5, "If they feed it twice a day, it stays lively."),
    Paragraph(6, "If the dough had rested longer, the crumb would have been more open and less sour."),
]

MASA_MADRE = [
    Paragraph(1, "La masa madre", is_heading=True),
    Paragraph(2, "Si la cocina se mantiene por debajo de los dieciocho grados, las levaduras trabajan más despacio y la "
                 "masa tarda casi un día en subir."),
    Paragraph(3, "Cuando el panadero abrió el tarro después de las vacaciones, un líquido gris cubría la superficie."),
    Paragraph(4, "Si se le añade demasiada sal, deja de fermentar."),
]


def test_conditions_become_what_happens_cards() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in CauseDrafter(_builder(SOURDOUGH, "en")).cards()}
    assert ("According to the text, what happens if the kitchen stays below eighteen degrees?",
            "The yeasts in the starter slow down and the dough takes most of a day to rise.") in cards
    assert ("According to the text, what happened when the baker opened the jar after the holiday?",
            "A grey liquid covered the surface of the starter.") in cards
    # The result may point back to what the front names ("its starch": the flour's).
    assert ("According to the text, what happens when the flour meets the water?",
            "Enzymes break its starch into simple sugars that the yeasts can feed on.") in cards
    fronts = " ".join(front for front, _ in cards)
    assert "feed it" not in fronts and "had rested" not in fronts  # a pronoun; a condition contrary to fact


def test_a_possessive_in_a_front_makes_no_card() -> None:
    # "its first plant": the firm's, which the front does not name.
    coffee = [Paragraph(1, "When the river flooded its first plant, the firm moved its roasting ovens to a hillside site.")]
    assert not list(CauseDrafter(_builder(coffee, "en")).cards())


def test_spanish_conditions_become_que_ocurre_cards() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in CauseDrafter(_builder(MASA_MADRE, "es")).cards()}
    assert ("Según el texto, ¿qué ocurre si la cocina se mantiene por debajo de los dieciocho grados?",
            "Las levaduras trabajan más despacio y la masa tarda casi un día en subir.") in cards
    assert ("Según el texto, ¿qué ocurrió cuando el panadero abrió el tarro después de las vacaciones?",
            "Un líquido gris cubría la superficie.") in cards
    assert not any("sal" in front.split() for front, _ in cards)  # «se le añade»: whom?


def test_short_conditions_a_result_cut_at_its_colon_and_a_pronoun_for_the_conditions_subject() -> None:
    thaw = [
        Paragraph(1, "Once frost returns, the meltwater in the cracks freezes again and widens them a little more."),
        Paragraph(2, "When the river ice breaks up, it piles into dams at every bend: the water behind them rises fast."),
    ]
    cards = {(c.item["front"], c.item["back"]) for c in CauseDrafter(_builder(thaw, "en")).cards()}
    assert ("According to the text, what happens once frost returns?",
            "The meltwater in the cracks freezes again and widens them a little more.") in cards
    assert ("According to the text, what happens when the river ice breaks up?", "It piles into dams at every bend.") in cards


def test_a_condition_ending_in_a_list_makes_no_card() -> None:
    lists = [Paragraph(1, "When farmers plant wheat, barley, oats and rye, they usually rotate the fields every few years.")]
    assert not list(CauseDrafter(_builder(lists, "en")).cards())


def test_derived_bank_with_why_and_what_happens_cards_passes_check(runner, tmp_path) -> None:
    text = "\n\n".join(
        ["# Sea breezes"]
        + [p.text for p in BREEZE[1:5]]
        + ["Once the sun sets behind the hills, the cooler land air drains down the valleys towards the coast."]
    )
    document = tmp_path / "breeze.md"
    document.write_text(text, encoding="utf-8")
    out = tmp_path / "bank"
    result = runner.invoke(args=["bank", "derive", str(document), "--out", str(out), "--language", "en"])
    assert result.exit_code == 0, result.output
    checked = runner.invoke(args=["bank", "check", str(out)])
    assert checked.exit_code == 0 and ": ok (" in checked.output, checked.output
    written = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("*.yaml")))
    assert "front: Explain why the wind at the shore blows from the sea during the day." in written
    assert "front: According to the text, what happens once the sun sets behind the hills?" in written


def test_a_front_pointing_to_things_named_elsewhere_makes_no_card() -> None:
    pair = [Paragraph(1, "Because the gauges use the same reference, the two readings agree within a millimetre.")]
    assert not list(CauseDrafter(_builder(pair, "en")).cards())


def test_a_condition_whose_result_is_a_series_of_clauses_makes_a_card() -> None:
    """cover8: "If X, A rises, B grows, and C retreats." is a result in three clauses, not the
    condition's list cut by its comma (that list ends on a comma after its "and" item: "...,
    oats and rye, they ..."). Own texts (a lake's ice; a village's well)."""
    en = [Paragraph(1, "If winters shorten, the ice cover thins, the fish lose their shelter, and the shore reeds spread "
                       "further into the open water.")]
    fronts = {(c.item["front"], c.item["back"]) for c in CauseDrafter(_builder(en, "en")).cards()}
    assert fronts == {("According to the text, what happens if winters shorten?",
                       "The ice cover thins, the fish lose their shelter, and the shore reeds spread further into the open water.")}
    es = [Paragraph(1, "Si el verano se alarga, el nivel del pozo baja, el agua sabe a hierro y los vecinos la usan solo "
                       "para regar.")]
    fronts = {c.item["front"] for c in CauseDrafter(_builder(es, "es")).cards()}
    assert fronts == {"Según el texto, ¿qué ocurre si el verano se alarga?"}
