"""Concepts of explanatory paragraphs (issue 10, coverage; review 15): a paragraph on a
mechanism, a cause or a remedy, with no name, figure, date or defining sentence, gets a gap on
a term the document uses, among the document's other terms (quizapp.derive.concepts). Our own
small texts (how a vaccine trains immunity, cómo funciona una depuradora), written for these
tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.concepts import document_terms
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for

VACCINE = [
    Paragraph(1, "How a vaccine trains the immune system", is_heading=True),
    Paragraph(2, "A vaccine teaches the body to recognise a germ before it meets the real thing. It contains an "
                 "**antigen**, a harmless piece or weakened form of the germ, often a protein from its surface."),
    Paragraph(3, "The first cells to meet the antigen belong to the innate defences. **Dendritic cells** in the skin "
                 "swallow the antigen, carry it to the nearest lymph node and display fragments of it on their surface, "
                 "a stage known as **priming**."),
    Paragraph(4, "Once the helper cells are activated, they release signals that wake up the cells able to bind the "
                 "antigen. These multiply quickly in a stage called **clonal expansion**, and many of them turn into small "
                 "factories that pour **antibodies** into the blood."),
    Paragraph(5, "The first response is slow and weak, and it fades within weeks. If the real germ arrives later, "
                 "the body mounts a faster and much stronger **secondary response**, a stage reached before any symptoms appear."),
    Paragraph(6, "Vaccines made from a single protein usually also contain an **adjuvant**, a substance that alarms "
                 "the innate defences and makes the whole reaction louder. The sore arm that follows for a day marks a "
                 "stage called **local inflammation**, and it means the alarm has been heard."),
    Paragraph(7, "Protection can also reach people who were never injected. When enough neighbours resist the germ, "
                 "it cannot find new hosts fast enough to spread, a shield called **herd immunity**, which is lost "
                 "again when fewer families vaccinate their children."),
    Paragraph(8, "Each dose is stored cold until it is used. Before it reaches a clinic, a vial travels in "
                 "refrigerated trucks, vans and stores that together form the **supply chain**, where a thermometer "
                 "records the temperature every hour of the journey, because a few warm hours can spoil a whole batch "
                 "and nobody would notice the damage from the outside of the vial."),
    Paragraph(9, "In 1796 Edward Jenner scratched material from a cowpox sore into the arm of a boy, the first "
                 "**inoculation** of its kind recorded in England, and in 1885 Louis Pasteur tested a weakened **rabies "
                 "virus** on a bitten child, using a **spinal cord** dried for days as its source."),
    Paragraph(10, "Records of every dose pass along the **reporting chain** to the health ministry, and faults found in "
                  "a batch travel back up the **recall chain** to the factory that made it."),
]

DEPURADORA = [
    Paragraph(1, "Cómo funciona una depuradora", is_heading=True),
    Paragraph(2, "El agua que sale de las casas llega por el **colector** cargada de arena, grasas y restos orgánicos. "
                 "En el **pretratamiento**, unas rejas retienen los objetos grandes y la arena se deposita en el fondo."),
    Paragraph(3, "Después el agua avanza muy despacio por grandes balsas. Las partículas más pesadas se hunden y forman "
                 "el **fango primario**, que unas rasquetas empujan hacia una poza central."),
    Paragraph(4, "La parte decisiva del proceso es biológica. Se inyecta aire en los tanques para que las bacterias se "
                 "alimenten de la materia orgánica disuelta, y los microbios se agrupan en copos que arrastran consigo "
                 "buena parte de la suciedad hasta la **decantación secundaria**, una etapa del tratamiento."),
    Paragraph(5, "Los restos no se tiran sin más. En la **digestión anaerobia**, una etapa que tiene lugar en tanques cerrados y "
                 "sin oxígeno, otras bacterias descomponen la materia orgánica y producen gas combustible."),
    Paragraph(6, "Cuando el agua debe reutilizarse para regar parques, se aplica además la **desinfección**, una etapa con luz "
                 "ultravioleta, que elimina los microbios que quedan sin añadir productos químicos."),
    Paragraph(7, "Al final del recorrido, el caudal limpio vuelve al río por el **emisario**. La **calidad del vertido** "
                 "se controla cada día con muestras que un laboratorio analiza, y la **filtración** con arena retiene "
                 "lo poco que queda."),
    Paragraph(8, "Las grasas que flotan forman una **espuma** que se retira por arriba, y el **tamiz** fino atrapa "
                 "pelos y fibras antes de las bombas."),
]


def _concept_clozes(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "cloze" and len(d.item["gaps"][0]["options"]) > 2]


def _options(d: Draft) -> dict[str, bool]:
    return {str(o["text"]): bool(o["correct"]) for o in d.item["gaps"][0]["options"]}


def test_the_documents_terms_are_its_emphasised_nouns() -> None:
    lang = language_for("en")
    facts = read_facts([(p.number, p.text) for p in VACCINE if not p.is_heading], lang)
    terms = {t.text for t in document_terms(facts.sentences, facts.paragraphs, lang)}
    assert {"antigen", "dendritic cells", "antibodies", "secondary response", "adjuvant", "herd immunity"} <= terms
    # an emphasised word before the noun it modifies is an adjective, no term
    other = [Paragraph(2, "A **dense** sand dilates when sheared, and the loading is effectively **undrained**. A "
                          "**damage-tolerant** design assumes that cracks exist from the start of service.")]
    facts = read_facts([(p.number, p.text) for p in other], lang)
    assert document_terms(facts.sentences, facts.paragraphs, lang) == []


def test_a_sentence_opening_with_an_emphasised_term_is_a_sentence_of_its_own() -> None:
    lang = language_for("en")
    text = "Clay holds together by attraction. **Pore water pressure** is the pressure of the water between grains."
    assert [text[a:b] for a, b in lang.split_sentences(text)][-1].startswith("**Pore water pressure**")


def test_an_explanatory_paragraph_gets_a_term_gap_among_the_documents_other_terms() -> None:
    """A term gap among terms of its own kind (kinds12): terms the text gives the class the
    prompt gives ("a stage known as {1}"), or sharing the key's head noun ("{1} chain")."""
    drafts = derive_drafts(VACCINE, "en")
    ready = [d for d in _concept_clozes(drafts) if d.ready]
    assert ready, [(d.key, d.problems) for d in _concept_clozes(drafts)]
    stages = {"priming", "clonal expansion", "secondary response", "local inflammation"}
    chains = {"supply chain", "reporting chain", "recall chain"}
    for d in ready:
        assert "{1}" in d.item["passage"]
        options = _options(d)
        assert 3 <= len(options) <= 4 and (set(options) <= stages or set(options) <= chains), options
        wrong = [o for o, right in options.items() if not right]
        paragraph = VACCINE[d.paragraph - 1].text.lower()
        assert all(o not in paragraph for o in wrong)  # another of the paragraph's terms might fit


def test_a_term_gap_is_offered_only_where_no_other_draft_covers_the_paragraph() -> None:
    drafts = derive_drafts(VACCINE, "en")
    for d in _concept_clozes(drafts):
        if d.ready:
            others = [o for o in drafts if o.ready and o.paragraph == d.paragraph and o is not d]
            assert not others, (d.key, [o.key for o in others])


def test_no_two_options_share_a_word_and_none_is_written_in_the_sentence() -> None:
    for paragraphs, code in ((VACCINE, "en"), (DEPURADORA, "es")):
        for d in _concept_clozes(derive_drafts(paragraphs, code)):
            # ... but the head noun options of the key's kind share ("reporting chain", "recall chain")
            heads = {o.lower().split()[-1 if code == "en" else 0] for o in _options(d) if " " in o}
            words = [set(o.lower().split()) - (heads if len(heads) == 1 else set()) for o in _options(d)]
            assert all(not (a & b) for i, a in enumerate(words) for b in words[i + 1:]), _options(d)
            rest = d.item["passage"].replace("{1}", "").lower()
            assert not any(w in rest.split() for ws in words for w in ws if len(w) > 3), d.item["passage"]


def test_spanish_options_agree_in_gender_and_number_with_the_key() -> None:
    drafts = derive_drafts(DEPURADORA, "es")
    clozes = [d for d in _concept_clozes(drafts) if d.ready]
    assert clozes, [(d.key, d.item["passage"], d.problems) for d in _concept_clozes(drafts)]
    for d in clozes:
        options = _options(d)
        feminine = {"decantación secundaria", "digestión anaerobia", "desinfección", "calidad del vertido", "filtración", "espuma"}
        masculine = {"pretratamiento", "fango primario", "colector", "emisario", "tamiz"}
        assert set(options) <= feminine or set(options) <= masculine, options


def test_term_gaps_are_the_same_under_another_run() -> None:
    first = [(d.key, d.item.get("passage"), d.problems) for d in _concept_clozes(derive_drafts(DEPURADORA, "es"))]
    second = [(d.key, d.item.get("passage"), d.problems) for d in _concept_clozes(derive_drafts(DEPURADORA, "es"))]
    assert first == second


def test_a_long_sentence_is_quoted_to_the_clause_after_its_gap() -> None:
    drafts = derive_drafts(VACCINE, "en")
    eight = [d for d in _concept_clozes(drafts) if d.ready and d.paragraph == 8]
    assert eight, [(d.key, d.item["passage"], d.problems) for d in _concept_clozes(drafts)]
    passage = eight[0].item["passage"]
    assert passage.endswith("form the {1} …") and "thermometer" not in passage


FATIGUE = [
    Paragraph(1, "Designing against fatigue", is_heading=True),
    Paragraph(2, "Metal parts that carry a varying load crack long before they reach their static strength. The first "
                 "damage is **slip banding** inside single grains, and it grows into **microcracks** at the surface."),
    Paragraph(3, "Designers correct the allowed amplitude for a tensile mean load. A common way to do this is the "
                 "**Goodman relation**, a method drawn as a straight line between the endurance limit and the ultimate strength."),
    Paragraph(4, "Once a crack is long enough to measure, its growth per cycle follows the **Paris law**, a method which ties "
                 "the growth rate to the range of the stress intensity at the tip."),
    Paragraph(5, "Under loads of changing size, damage is summed with the **Miner rule**, a method which adds the fraction of "
                 "life used at each level until the total reaches one."),
    Paragraph(6, "Rubbing between clamped parts starts cracks early, a process called **fretting**, while a hot "
                 "turbine blade slowly stretches under steady load, a behaviour known as **creep**."),
]


def test_a_gap_after_a_naming_word_offers_only_terms_the_text_names_so() -> None:
    named = {"priming", "local inflammation", "herd immunity", "clonal expansion"}
    naming_gaps = [d for d in _concept_clozes(derive_drafts(VACCINE, "en")) if any(f"{w} {{1}}" in d.item["passage"] for w in ("called", "known as"))]
    assert naming_gaps
    for d in naming_gaps:
        assert set(_options(d)) <= named, (d.item["passage"], _options(d))


def test_a_name_is_offered_among_names_and_a_word_among_words() -> None:
    drafts = _concept_clozes(derive_drafts(FATIGUE, "en"))
    assert any(_options(d).get("Goodman relation") for d in drafts), [d.item["passage"] for d in drafts]
    for d in drafts:
        capitals = {any(c.isupper() for c in o) for o in _options(d)}
        assert len(capitals) == 1, _options(d)


GROUND = [
    Paragraph(1, "Improving weak ground", is_heading=True),
    Paragraph(2, "Loose sand can be made stronger in several ways. **Densification** techniques, such as vibrating "
                 "probes and heavy tamping, make the sand denser so that it resists settlement under new loads."),
    Paragraph(3, "The engineer first estimates the **cyclic stress ratio** (CSR), a measure of how hard an earthquake "
                 "will shake the layer at a given depth, using the expected peak acceleration."),
    Paragraph(4, "Water that cannot escape builds up as **excess pore water pressure**, while the ordinary "
                 "**pore water pressure** of a calm site stays at its hydrostatic value below the table."),
    Paragraph(5, "The **vibroflot** zone is rougher than the rest of the site after treatment, and crews level it "
                 "with light rollers before any foundation is poured on top."),
    Paragraph(6, "A layer that gives way during shaking may spread sideways, a movement called **lateral spreading**, "
                 "and buried pipes may rise to the surface, a change known as **flotation**, while tanks sink into "
                 "the ground through a process called **punching**."),
    Paragraph(7, "Cement pumped into the pores of the soil is known as **grouting**, and a **sand drain** lets water "
                 "out so that the **effective stress** recovers quickly."),
]


def test_no_gap_a_sentence_settles_by_its_wording() -> None:
    passages = [d.item["passage"] for d in _concept_clozes(derive_drafts(GROUND, "en"))]
    # "denser" gives "densification"; "(CSR)" gives "cyclic stress ratio"; a gap inside a longer
    # term ("excess ____") is a fragment; a term used as a modifier ("The ____ zone") takes no other term
    assert not any(
        p.startswith("{1} techniques") or "{1} (CSR)" in p or "excess {1}" in p or "{1} zone" in p for p in passages
    ), passages
