"""prompts13: typed gaps whose own prompt gives the key (issue 10, rule 5), each kind fixed by
form and tested on our own small sentences (EN and ES, topics of our own): a word of a
many-word key written outside the gap, a country named by its nationality adjective, a count
of what the prompt itself lists, the next round step of a stock pair, a small count a parallel
word settles."""
from __future__ import annotations


from quizapp.derive import Draft, Paragraph, derive_drafts, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import fill_in_draft, numeric_draft


def _reasons(draft: Draft, language: str) -> list[str]:
    lang = language_for(language)
    return giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang)


def test_a_word_of_a_many_word_key_written_outside_the_gap_gives_it() -> None:
    """"the Ortiz method, developed by the chemist ____" for Ortiz Delgado: the surname outside
    the gap is the answer a reader writes. A generic word of the key ("River") gives nothing."""
    assert _reasons(fill_in_draft("“The Ortiz method for dating resin was developed by the chemist ____ in 1931.”", "Ortiz Delgado"), "en")
    assert _reasons(fill_in_draft("«El método Ortiz para fechar resinas lo ideó el químico ____ en 1931.»", "Ortiz Delgado"), "es")
    assert _reasons(fill_in_draft("“Keswani's first mill stood beside the ____ Mill of his cousin.”", "Keswani Dye"), "en")
    assert not _reasons(fill_in_draft("“The method for dating resin was developed by the chemist ____ in 1931.”", "Ortiz Delgado"), "en")
    assert not _reasons(fill_in_draft("“The River Wey joins the ____ below the town.”", "River Tillingham"), "en")
    assert not _reasons(fill_in_draft("«El río Duero recibe al ____ junto a la villa.»", "Río Pisuerga"), "es")
    # The key's head word shared with another name of the prompt: another thing of its class.
    assert not giveaways.key_word_in_prompt(fill_in_draft("“Downstream of the Kinzua Viaduct stood the ____, built in 1915.”", "Tunkhannock Viaduct"), language_for("en"))
    assert not giveaways.key_word_in_prompt(fill_in_draft("«Aguas abajo del Embalse de Almendra está el ____, de 1970.»", "Embalse de Ricobayo"), language_for("es"))
    assert giveaways.key_word_in_prompt(fill_in_draft("“Irene Cowie grew up at the light; her father, ____, kept it.”", "Donald Cowie"), language_for("en"))


def test_a_country_named_by_its_nationality_adjective_in_the_prompt_is_not_asked() -> None:
    """«su filial neerlandesa, con sede en ____» for Países Bajos, "the Swiss subsidiary registered
    in ____" for Switzerland: the adjective names the country. Another country's adjective does not."""
    assert _reasons(fill_in_draft("“In 1998 the firm opened a Swiss subsidiary registered in ____.”", "Switzerland"), "en")
    assert _reasons(fill_in_draft("“Its Dutch arm, with offices in ____, sold the seeds.”", "the Netherlands"), "en")
    assert _reasons(fill_in_draft("«En 1998 abrió su filial neerlandesa, con sede en ____.»", "Países Bajos"), "es")
    assert _reasons(fill_in_draft("«En 1998 abrió su filial neerlandesa, con sede en ____.»", "Holanda"), "es")
    assert _reasons(fill_in_draft("«La cooperativa mexicana abrió su primera tienda en ____ en 2004.»", "México"), "es")
    assert _reasons(fill_in_draft("“The Italian partner built its plant in ____ in 2004.”", "Italy"), "en")
    assert not _reasons(fill_in_draft("“Its French partner opened a plant in ____ in 2004.”", "Germany"), "en")
    assert not _reasons(fill_in_draft("«Su socio austriaco abrió una planta en ____ en 2004.»", "Australia"), "es")


def test_a_count_of_what_the_prompt_lists_is_not_asked() -> None:
    """"made ____ demands: lower fares, the return of the wells and an end to the contract": the
    prompt enumerates what it asks to count."""
    assert _reasons(fill_in_draft("“The strikers made ____ demands: lower fares, the return of the wells and an end to the contract.”", "three"), "en")
    assert _reasons(numeric_draft("“The strikers made ____ demands: lower fares, the return of the wells and an end to the contract.”", 3), "en")
    assert _reasons(fill_in_draft("«Los huelguistas presentaron ____ demandas: tarifas más bajas, la devolución de los pozos y el fin del contrato.»", "tres"), "es")
    assert _reasons(numeric_draft("«La red tiene ____ estaciones (Arce, Bayo, Cea y Duna) desde 1990.»", 4), "es")
    assert not trivial_gaps.listed_count(fill_in_draft("“The strikers made ____ demands, and the company met only the first.”", "three"), language_for("en"))
    assert not _reasons(numeric_draft("«La red tiene ____ estaciones: Arce y Bayo abrieron en 1990.»", 4), "es")


def test_the_next_round_step_of_a_stock_pair_is_not_asked() -> None:
    """«recibos de 15 o ____ dólares» (20), "in the 1970s and ____" (1980s), "one or ____ days"
    (two): the pair's second is the next round step after its first."""
    assert _reasons(numeric_draft("«Los vecinos pagaban recibos de 15 o ____ dólares al mes.»", 20), "es")
    assert _reasons(fill_in_draft("“The harbour grew fast in the 1970s and ____, when the ferries came.”", "1980s"), "en")
    assert _reasons(fill_in_draft("“A crossing took one or ____ days in winter.”", "two"), "en")
    assert _reasons(fill_in_draft("«La travesía duraba uno o ____ días en invierno.»", "dos"), "es")
    assert _reasons(numeric_draft("“Tickets cost ____ or 20 shillings.”", 15), "en")
    assert _reasons(fill_in_draft("«La villa creció en los años setenta y ____, con los transbordadores.»", "ochenta"), "es")
    # Not the next step: the figure is the document's own.
    assert not _reasons(numeric_draft("«Los vecinos pagaban recibos de 15 o ____ dólares al mes.»", 27), "es")
    assert not _reasons(numeric_draft("“Tickets cost 15 shillings and the season ____ shillings.”", 120), "en")
    assert not _reasons(fill_in_draft("“The harbour grew fast in the 1970s and ____, when the ferries came.”", "1990s"), "en")
    # A plain year is no decade: "1990 and ____" may be 1995.
    assert not trivial_gaps.stock_pair(numeric_draft("“Censuses were taken in 1990 and ____.”", 2000), language_for("en"))
    # "and" joins two counts of different things when a noun stands between them: no stock pair.
    assert not trivial_gaps.stock_pair(numeric_draft("“The club had 20 members and ____ guests at the dinner.”", 30), language_for("en"))
    assert not trivial_gaps.stock_pair(numeric_draft("«El club tenía 20 socios y ____ invitados en la cena.»", 30), language_for("es"))


def test_a_small_count_a_parallel_word_settles_is_not_asked() -> None:
    """"the ____ main gases, both of them ..." (two): a count of one to three as a typed gap
    whose sentence has a word that counts for it ("both", "the other", «ambos», «respectivamente»)."""
    assert _reasons(fill_in_draft("“The marsh gives off ____ main gases, both of them lighter than air.”", "two"), "en")
    assert _reasons(fill_in_draft("“Of the ____ wells, one ran dry and the other turned salty.”", "two"), "en")
    assert _reasons(fill_in_draft("«La turbera emite ____ gases principales, ambos más ligeros que el aire.»", "dos"), "es")
    assert _reasons(fill_in_draft("«Los ____ pozos daban 20 y 35 litros por minuto, respectivamente.»", "dos"), "es")
    # A pair's word settles a pair, not a count of three; "likewise" counts nothing.
    assert not trivial_gaps.parallel_count(fill_in_draft("“Of the ____ wells, both of the deep ones ran dry.”", "three"), language_for("en"))
    assert not trivial_gaps.parallel_count(fill_in_draft("“The ____ wells were dug in 1900; likewise the mill was rebuilt.”", "three"), language_for("en"))
    # (open_count holds these back for another reason: "the", «los» fit the gap too)
    assert not trivial_gaps.parallel_count(fill_in_draft("“The marsh gives off ____ main gases, and most of them are lighter than air.”", "two"), language_for("en"))
    assert not trivial_gaps.parallel_count(fill_in_draft("«Los ____ pozos del pueblo daban 20 litros por minuto.»", "dos"), language_for("es"))


WOOL_EN = [Paragraph(1, "The Harrow Lane dye works", is_heading=True),
           Paragraph(2, "A bale of dyed wool cost 15 or 20 shillings, and a crossing to the coast took one or two days in winter.")]
WOOL_ES = [Paragraph(1, "La tintorería de Valdeorras", is_heading=True),
           Paragraph(2, "Un fardo de lana teñida costaba 15 o 20 pesetas, y el viaje a la costa duraba uno o dos días en invierno.")]


def test_the_drafter_offers_no_stock_pair_step_as_ready() -> None:
    """Through the drafter: "cost 15 or ____ shillings" (20) was offered ready; no longer."""
    for paragraphs, language in ((WOOL_EN, "en"), (WOOL_ES, "es")):
        asked = [d.item["prompt"] for d in derive_drafts(paragraphs, language) if d.ready and d.item.get("type") == "numeric" and d.item.get("answer") == 20]
        assert not asked, asked


def test_a_country_key_accepts_its_everyday_other_name() -> None:
    """A country asked typed accepts the other name people call it by: «Países Bajos» also
    «Holanda», "the Netherlands" also "Holland" (and the reverse); a country of one name keeps one."""
    for text, language, key, other in (
        ("En 1998 la tintorería Ribas abrió una filial, con sede en Países Bajos, que vendía tintes a tejedores de Utrecht.", "es", "Países Bajos", "Holanda"),
        ("En 1998 la tintorería Ribas abrió una filial, con sede en Holanda, que vendía tintes a tejedores de Utrecht.", "es", "Holanda", "Países Bajos"),
        ("In 1998 the Ribas dye works opened a subsidiary registered in Holland, which sold dyes to weavers in Utrecht.", "en", "Holland", "Netherlands"),
    ):
        drafts = derive_drafts([Paragraph(1, "Tintes", is_heading=True), Paragraph(2, text)], language)
        accepts = [d.item["accept"] for d in drafts if d.item.get("type") == "fill_in" and d.item["accept"][0] == key]
        assert accepts and all(any(other in a for a in accept) for accept in accepts), accepts
