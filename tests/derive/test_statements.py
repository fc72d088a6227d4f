"""Paragraphs of the ten review documents (sessions five and six) that got no ready draft at all,
each kind on a text of our own about another subject (brief cover3, issue 10: at least one
acceptable item for every content paragraph).

A figure the text writes in words ("three ship lengths", "los cuatro vigilantes") or a time of
day ("at about 1:25 a.m.", "poco después de las siete y media de la tarde") was no figure to the
drafter, so a narrative paragraph made of them had nothing to ask."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.qtypes.typed import typed_answer_matches


def _typed(drafts: list[Draft], paragraph: int) -> list[Draft]:
    return [d for d in drafts if d.paragraph == paragraph and d.item.get("type") == "fill_in"]


def _accepts(draft: Draft, typed: str, language: str) -> bool:
    return typed_answer_matches(draft.item, typed, language)


FERRY = [
    Paragraph(1, "The ferry that ran aground", is_heading=True),
    Paragraph(2, "The car ferry Hebridean Dawn left Oban for the island of Mull on a calm evening in March 2019, "
                 "carrying 212 passengers and a crew of 31 under Captain Morag Sinclair."),
    Paragraph(3, "Shortly after leaving the pier the steering gear failed. The officer of the watch switched to "
                 "the backup pump, but it too lost pressure, and the vessel drifted towards the rocks of the "
                 "sound while the engineers searched for the leak. She grounded at about 9:40 p.m. on a shelf of "
                 "shingle, listing gently, and the passengers were led to the muster stations on the upper deck."),
    Paragraph(4, "Lifeboats from Tobermory took them off in the dark. Nobody was hurt, and a tug pulled the "
                 "ferry free on the next tide."),
]

PASTELERIA = [
    Paragraph(1, "El obrador", is_heading=True),
    Paragraph(2, "La pastelería Hermanos Olaizola abrió en Tolosa en 1921 y hoy emplea a 46 personas en su "
                 "obrador de la calle Correo."),
    Paragraph(3, "La jornada empieza de madrugada. Los siete pasteleros del turno de noche encienden los "
                 "hornos poco antes de las cuatro y media de la mañana, y las primeras bandejas de hojaldre "
                 "salen cuando todavía no ha amanecido en el valle."),
    Paragraph(4, "A media mañana el reparto recorre los comercios de la comarca con furgonetas eléctricas."),
]


def test_a_time_of_day_is_asked_as_a_typed_key_with_its_digit_forms() -> None:
    """Review 11 (EN p6): "At about 1:25 a.m., with the bridge roughly three ship lengths ahead,
    the lights went out" got nothing. The time is the paragraph's detail: a typed gap that
    accepts it with or without a.m., and with a dot for the colon."""
    drafts = derive_drafts(FERRY, "en")
    times = [d for d in _typed(drafts, 3) if "9:40" in str(d.item["accept"][0])]
    assert times, [d.item for d in drafts if d.paragraph == 3]
    t = times[0]
    assert "9:40" not in t.item["prompt"] and "____" in t.item["prompt"]
    for typed in ("9:40 p.m.", "9:40 pm", "9:40", "9.40", "21:40"):
        assert _accepts(t, typed, "en"), (typed, t.item["accept"])
    for typed in ("9:04", "10:40", "9"):
        assert not _accepts(t, typed, "en"), (typed, t.item["accept"])
    assert t.ready, t.problems
    assert not t.item.get("typos"), "one edit of a time is another time"


def test_a_time_of_day_in_spanish_words_is_a_typed_key() -> None:
    """Review 12 (ES p3): "poco después de las siete y media de la tarde" was read as nothing."""
    drafts = derive_drafts(PASTELERIA, "es")
    times = [d for d in _typed(drafts, 3) if "media" in str(d.item["accept"][0])]
    assert times, [d.item for d in drafts if d.paragraph == 3]
    t = times[0]
    assert t.item["accept"][0] == "cuatro y media"
    assert "las ____ de la mañana" in t.item["prompt"]
    for typed in ("cuatro y media", "4:30", "4.30", "Cuatro y media"):
        assert _accepts(t, typed, "es"), (typed, t.item["accept"])
    for typed in ("cuatro", "16:30", "5:30"):
        assert not _accepts(t, typed, "es"), (typed, t.item["accept"])
    assert [d for d in drafts if d.paragraph == 3 and d.ready], "the paragraph gets a ready draft"


CLOCKLESS = [
    Paragraph(1, "The glasshouse", is_heading=True),
    Paragraph(2, "The palm house at Bicton was built by the ironmaster William Loudon in 1843 for the Rolle family."),
    Paragraph(3, "The curved panes of the palm house were cut by hand, and three generations of glaziers have repaired them since. "
                 "Each winter the gardeners wrap the most delicate palms in straw."),
    Paragraph(4, "Visitors reach the house along an avenue of monkey puzzle trees planted by Lady Rolle."),
]

MOLINO = [
    Paragraph(1, "El molino", is_heading=True),
    Paragraph(2, "El molino de Zubieta fue construido por el cantero Joanes Etxeberria en 1612 junto al río Ezkurra."),
    Paragraph(3, "Durante dos siglos molió trigo y maíz para los caseríos del valle. Cuando llegó la luz "
                 "eléctrica, la rueda se detuvo y el edificio quedó abandonado."),
    Paragraph(4, "Hoy lo gestiona una asociación de vecinos de Zubieta que lo abre al público los domingos."),
]


def test_a_count_in_words_is_asked_with_its_figure_accepted() -> None:
    """Review 12 (ES p3) and review 9 (EN p9): "los cuatro vigilantes de turno", "for about two
    hours": a count spelled out is a figure of the paragraph like one in digits. The typed gap
    accepts the word and its figure, and no typo of it (one edit of "tres" is "trece")."""
    pinned = [*CLOCKLESS[:2], Paragraph(3, "The curved panes of the palm house were cut by hand. Each winter the gardeners "
                                           "spend about three days wrapping the most delicate palms in straw."), CLOCKLESS[3]]
    drafts = derive_drafts(pinned, "en")
    counts = [d for d in _typed(drafts, 3) if d.item["accept"][0] == "three"]
    assert counts, [d.item for d in drafts if d.paragraph == 3]
    c = counts[0]
    assert "about ____ days" in c.item["prompt"]
    assert _accepts(c, "three", "en") and _accepts(c, "3", "en") and _accepts(c, "Three", "en")
    assert not _accepts(c, "thre", "en") and not _accepts(c, "two", "en")
    # kinds10 (4): "and ____ generations" takes "many" or "several" as well as a typed gap; asked
    # for a number, neither answers (brief uncovered): a numeric question, the paragraph's draft.
    drafts = derive_drafts(CLOCKLESS, "en")
    assert not [d for d in _typed(drafts, 3) if d.item["accept"][0] == "three"]
    numbers = [d for d in drafts if d.paragraph == 3 and d.ready and d.item.get("type") == "numeric"]
    assert [(d.item["answer"], "____ generations of glaziers" in d.item["prompt"]) for d in numbers] == [(3, True)]
    es = derive_drafts(MOLINO, "es")
    siglos = [d for d in es if d.paragraph == 3 and d.ready and d.item.get("type") == "numeric"]
    assert [(d.item["answer"], "Durante ____ siglos" in d.item["prompt"]) for d in siglos] == [(2, True)]  # not «Durante varios siglos»


def test_no_count_from_an_article_an_ordinal_or_a_heading() -> None:
    """"una rueda", "the second stage", "one of the" are no counts; nor is a count the heading
    states ("Two centuries of milling" over "for two centuries")."""
    drafts = derive_drafts([
        Paragraph(1, "Two centuries of milling", is_heading=True),
        Paragraph(2, "For two centuries the mill ground wheat for the farms of the valley of the Ezkurra."),
        Paragraph(3, "In the second stage one of the millers lifted the sluice and a wheel turned."),
    ], "en")
    keys = [str(d.item["accept"][0]) for d in drafts if d.item.get("type") == "fill_in"]
    assert not {"two", "one", "second", "a"} & set(keys), keys
    # ... nor one end of a range or an alternative: "two or ____ doors" is three.
    for text, language in (("The entrance of the store passed through two or three doors, one after another.", "en"),
                           ("Al terminar, se dejaba enfriar la carbonera del monte dos o tres días.", "es"),
                           ("La cocción de la leña duraba entre diez y quince días en el monte.", "es")):
        keys = [str(d.item["accept"][0]) for d in derive_drafts([Paragraph(1, text)], language) if d.item.get("type") == "fill_in"]
        assert not {"two", "three", "dos", "tres", "diez", "quince"} & set(keys), (text, keys)


DAM = [
    Paragraph(1, "The dam inquiry", is_heading=True),
    Paragraph(2, "The Vajont reservoir was filled by the utility SADE in 1960, and the engineer Carlo Semenza "
                 "designed its arch."),
    Paragraph(3, "A report commissioned by the regional council of Friuli found that the slope above the "
                 "reservoir had been creeping for months, that the monitoring engineers led by Edoardo Semenza "
                 "had measured a movement of almost 40 centimetres a day by early October, and that the "
                 "warnings sent to the ministry in Rome had gone unanswered while the water level was raised "
                 "and lowered again in an attempt to control the slide."),
]

CUEVA = [
    Paragraph(1, "La cueva", is_heading=True),
    Paragraph(2, "La cueva de Tito Bustillo se abrió al público en 1970, dos años después de su descubrimiento."),
    Paragraph(3, "Entre las piezas más valiosas del museo figuraba también el colgante de Candamo, una pequeña "
                 "placa de hueso grabada con la figura de un ciervo, hallada en 1914 por Eduardo "
                 "Hernández-Pacheco en la cueva de La Peña, junto al río Nalón, y considerada durante décadas "
                 "una de las piezas de arte mueble más finas de toda la cornisa cantábrica, aunque su datación "
                 "exacta todavía se discute."),
]


def test_a_long_sentence_is_quoted_up_to_a_clause_so_its_facts_can_be_asked() -> None:
    """Review 12 (ES p8) and review 9 (EN p17): a fact-rich sentence over the prompt's length
    limit ("... hallado en 1975 en la cueva de Lapa Vermelha, en Minas Gerais, y considerado ...",
    51 words) was never quoted, and its paragraph got nothing. Quoted up to a clause boundary,
    with an ellipsis, its facts can be asked; the answer span still points at the key."""
    for doc, language in ((DAM, "en"), (CUEVA, "es")):
        drafts = derive_drafts(doc, language)
        ready = [d for d in drafts if d.ready and d.paragraph == 3 and d.kind == "question"]
        assert ready, [(d.item.get("prompt"), d.problems) for d in drafts if d.paragraph == 3]
        for d in ready:
            prompt = str(d.item.get("prompt", ""))
            assert "…" in prompt and len(prompt.split()) <= 60, prompt
            if d.answer_span:
                start, end = d.answer_span
                key = str(d.item.get("accept", [d.item.get("answer")])[0])
                assert doc[2].text[start:end].startswith(key[:3]) or key in doc[2].text[start:end], (key, doc[2].text[start:end])


GLAZE = [
    Paragraph(1, "Salt glaze", is_heading=True),
    Paragraph(2, "The potteries of Höhr-Grenzhausen have fired salt-glazed stoneware since 1587, when the "
                 "guild of Johann Kalb set its first rules."),
    Paragraph(3, "Salt thrown into the hot oven makes a thin coat on the clay. A thicker coat reduces the "
                 "amount of water that the finished pot takes in."),
]

CAFE = [
    Paragraph(1, "El café de altura", is_heading=True),
    Paragraph(2, "La finca Santa Elena, en Huehuetenango, cultiva café desde 1912 y exporta unos 3.000 sacos al año."),
    Paragraph(3, "En las laderas de más altura los granos maduran despacio. Los compradores dicen que el "
                 "café que crece allí tiene un sabor mejor que el del valle."),
]


def test_a_paragraph_with_only_a_direction_asks_it_as_a_choice_of_opposites() -> None:
    """Review 10 (EN p10), review 13 (ES p15), review 11 (ES p5): a causal or evaluative
    paragraph with no name, figure or rare term ("A positive mean stress reduces the amplitude
    a part can tolerate", "da tortillas de mejor sabor", "La ley del yacimiento era baja") got
    nothing. The direction it states is what only its reader knows: a cloze whose one gap
    offers the word and its opposite, held back unless the paragraph has nothing else."""
    for doc, language, key, opposite in ((GLAZE, "en", "reduces", "increases"), (CAFE, "es", "mejor", "peor")):
        drafts = derive_drafts(doc, language)
        found = [
            d for d in drafts if d.paragraph == 3 and d.item.get("type") == "cloze"
            and {o["text"] for g in d.item["gaps"] for o in g.get("options", [])} == {key, opposite}
        ]
        assert found, [(d.item.get("passage"), d.problems) for d in drafts if d.paragraph == 3]
        d = found[0]
        assert d.ready, d.problems
        assert key not in str(d.item["passage"]) and "{1}" in str(d.item["passage"])
        assert [o["text"] for o in d.item["gaps"][0]["options"] if o["correct"]] == [key]


def test_no_choice_of_opposites_when_the_sentence_writes_both_or_another_item_covers() -> None:
    """"worse rather than better" shows the answer; a paragraph with its own fact keeps that."""
    drafts = derive_drafts([
        Paragraph(1, "Sugary drinks make the loss of salts worse rather than better in a sick child."),
        Paragraph(2, "In 1968 the physician Dilip Mahalanabis showed that a thicker solution reduces the losses."),
    ], "en")
    ready_clozes = [d for d in drafts if d.ready and d.item.get("type") == "cloze" and any("options" in g for g in d.item["gaps"])]
    assert not [d for d in ready_clozes if {"better", "worse"} & {o["text"] for g in d.item["gaps"] for o in g.get("options", [])}]
    assert not [d for d in ready_clozes if d.paragraph == 2 and "reduces" not in str(d.item["passage"])], "paragraph 2 has its own facts"


def test_no_choice_of_opposites_from_a_stock_phrase_a_giveaway_or_an_advocate() -> None:
    """"la peor época del año" (a stock phrase), "diez veces mayor que ... el más grande" (said
    twice), "defienden que ... mejor que" (an advocate's judgement is the favourable one), "the
    only unreliable treatment" (no word against its negation): a reader answers without the text."""
    for text, language in (
        ("El cierre del puerto llegó en la peor época del año para los pescadores de la isla.", "es"),
        ("El genoma de la salamandra es diez veces mayor que el humano y el más grande conocido.", "es"),
        ("Los cocineros defienden que el pan de leña tiene un sabor mejor que el del horno eléctrico.", "es"),
        ("For a long time the only reliable treatment was to replace the lost fluid through a vein.", "en"),
        ("Satellites are exposed to increased drag while navigation systems could suffer disruption.", "en"),
        ("Layers of straw between the slabs slowed the melting, since the stalks pass heat very slowly.", "en"),
    ):
        drafts = derive_drafts([Paragraph(1, text)], language)
        assert not [d for d in drafts if d.item.get("type") == "cloze" and any(len(g.get("options", [])) == 2 for g in d.item["gaps"])], text
