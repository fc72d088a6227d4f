"""Drafts of more than one kind (issue 10, "variety"): the eleventh review found every ready
item a one-gap recall, with no card and no choice item, while the texts define terms ("small
metal sleeves called ferrules", "canales de lavado, que las fuentes llaman agogae", "un
yacimiento secundario, es decir, ...") that a term <-> definition card asks best.

The documents are our own short texts on real topics (written for these tests)."""
from __future__ import annotations

import re

from quizapp.derive import Draft, Paragraph, derive_drafts

SALT_WORKS = [
    Paragraph(1, "Salt on the Atlantic coast", is_heading=True),
    Paragraph(2, "At Guérande, on the coast of Brittany, salt has been gathered from the sea since the ninth century. The marshes cover about 2,000 hectares between the Loire estuary and the village of Piriac."),
    Paragraph(3, "Sea water is let in at high tide through a sluice and led slowly through a series of shallow basins. The last and smallest of them are clay pans known as oeillets, where the brine finally crystallises in the summer sun."),
    Paragraph(4, "The workers who rake the salt are paludiers. Each one uses a long wooden rake called a las to draw the grey salt to the edge of the pan, and a flat shovel for the thin white crust that forms on calm afternoons."),
]

SALINAS = [
    Paragraph(1, "Las salinas de Añana", is_heading=True),
    Paragraph(2, "En Añana, en el valle alavés del mismo nombre, se obtiene sal desde hace más de mil años. El agua brota de varios manantiales con una salinidad cinco veces mayor que la del mar."),
    Paragraph(3, "El agua salada se reparte por una red de canales de madera, que los salineros llaman arroyos, hasta las eras, plataformas horizontales de piedra y arcilla sobre las que se evapora al sol."),
    Paragraph(4, "Se trata de una sal de manantial, es decir, de sal disuelta en aguas subterráneas que atraviesan antiguos depósitos marinos. La cosecha se hacía en verano con un rodillo de madera."),
]


def _cards(drafts: list[Draft]) -> dict[str, Draft]:
    return {str(d.item["front"]): d for d in drafts if d.kind == "card"}


def _front_naming(cards: dict[str, Draft], term: str) -> Draft:
    found = [d for front, d in cards.items() if term in front]
    assert found, f"no card asks about {term!r}: {sorted(cards)}"
    return found[0]


def test_a_term_the_text_names_becomes_a_ready_card() -> None:
    """"clay pans known as oeillets", "a long wooden rake called a las": the term on the front,
    what the text says it is on the back, word for word from the cited paragraph."""
    drafts = derive_drafts(SALT_WORKS, "en")
    cards = _cards(drafts)
    oeillets = _front_naming(cards, "oeillets")
    assert oeillets.item["back"] == "Clay pans"
    # Since review 16 a back that only names a class ("Clay pans": any clay pan) is held back
    # (see test_kinds6); the card is still drafted from the text's naming.
    assert any("only names a class" in p for p in oeillets.problems), oeillets.problems
    assert oeillets.item["source"] == [3]
    rake = _front_naming(cards, "las")
    assert rake.item["back"] == "A long wooden rake", rake.item


def test_a_spanish_term_the_text_names_or_restates_becomes_a_ready_card() -> None:
    """"canales de madera, que los salineros llaman arroyos" and "una sal de manantial, es
    decir, de sal disuelta en aguas ...": both directions of naming."""
    cards = _cards(derive_drafts(SALINAS, "es"))
    arroyos = _front_naming(cards, "arroyos")
    assert arroyos.ready, arroyos.problems
    assert arroyos.item["back"] == "Canales de madera"
    manantial = _front_naming(cards, "sal de manantial")
    assert manantial.ready, manantial.problems
    assert manantial.item["back"].startswith("Sal disuelta en aguas subterráneas"), manantial.item
    assert "es decir" not in manantial.item["back"]


def test_a_restatement_ends_at_the_next_comma() -> None:
    """Review 10's axolotl text (not tuned on): "un anfibio urodelo, es decir, del grupo de las
    salamandras y los tritones, endémico del sistema lacustre ..." gave the card the animal's
    range as part of what "urodelo" means."""
    paragraphs = [
        Paragraph(1, "El ajolote", is_heading=True),
        Paragraph(2, "El ajolote es un anfibio urodelo, es decir, del grupo de las salamandras y los tritones, endémico de los canales de Xochimilco."),
    ]
    card = _front_naming(_cards(derive_drafts(paragraphs, "es")), "anfibio urodelo")
    assert card.item["back"] == "Grupo de las salamandras y los tritones", card.item


def test_a_term_card_never_shows_its_answer_on_the_front_nor_asks_a_bare_word() -> None:
    """The back's words are not on the front, and a back of one common word ("Canales") or a
    description no longer than the term itself asks nothing a reader learns from the text."""
    for doc, language in ((SALT_WORKS, "en"), (SALINAS, "es")):
        for front, card in _cards(derive_drafts(doc, language)).items():
            if not card.ready:
                continue
            back = str(card.item["back"]).lower()
            assert back not in front.lower(), card.item


SALT_VILLAGES = [
    *SALT_WORKS,
    Paragraph(5, "Most paludiers live in the hamlets of Saillé, Kervalet and Trégaté, which stand on low islands inside the marshes."),
    Paragraph(6, "Since 1995 the growers' cooperative has sold its salt from a warehouse in Pradel, and much of it leaves by road through Le Croisic."),
]

SALINAS_PUEBLOS = [
    *SALINAS,
    Paragraph(5, "Los salineros venían sobre todo de Atiega, Tuesta y Villacones, pueblos del mismo valle, y trabajaban las eras de mayo a septiembre."),
    Paragraph(6, "La sal se almacenaba en grandes almacenes de Espejo antes de bajar en carros hasta Pobes y, por el camino real, hacia Orduña."),
]


def _selections(drafts: list[Draft], paragraph: int) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "multiple_select" and d.paragraph == paragraph]


def test_a_list_of_names_becomes_a_multiple_select_with_wrong_options_named_elsewhere() -> None:
    """"the hamlets of Saillé, Kervalet and Trégaté": one gap for the whole list (its length
    is no cue), the listed names as the right options, places the document names in other
    paragraphs (never in this list) as the wrong ones."""
    for doc, language, listed, elsewhere in (
        (SALT_VILLAGES, "en", {"Saillé", "Kervalet", "Trégaté"}, {"Pradel", "Le Croisic"}),
        (SALINAS_PUEBLOS, "es", {"Atiega", "Tuesta", "Villacones"}, {"Pobes", "Orduña"}),
    ):
        found = [d for d in _selections(derive_drafts(doc, language), 5) if d.ready]
        assert found, [(d.item, d.problems) for d in _selections(derive_drafts(doc, language), 5)]
        item = found[0].item
        right = {c["text"] for c in item["choices"] if c["correct"]}
        wrong = {c["text"] for c in item["choices"] if not c["correct"]}
        assert right == listed, item
        assert len(wrong) >= 2 and wrong <= elsewhere | {"Piriac", "Brittany", "Añana"}, item
        assert item["prompt"].count("____") == 1, item["prompt"]
        assert not any(name in item["prompt"] for name in listed), item["prompt"]


SALT_MUSEUM = [
    *SALT_WORKS,
    Paragraph(5, "Gildas Buron, the curator of the salt museum at Batz-sur-Mer, wrote the standard history of the marshes. The museum opened in an old farmhouse and now receives about 30,000 visitors a year."),
]


def test_a_role_card_is_kept_over_a_gap_on_its_person_when_the_paragraph_keeps_another_question() -> None:
    """Review 11 and the samples: 24 of 42 cards held back showed a ready question's key (the
    person's name a gap asks), so no card was ever ready beside a gap on its person. When the
    question's paragraph keeps another ready question, the card (a type the set lacks) stays
    and the gap gives way; the paragraph stays covered."""
    drafts = derive_drafts(SALT_MUSEUM, "en")
    cards = [d for d in drafts if d.kind == "card" and "Gildas Buron" in str(d.item["front"])]
    assert cards and cards[0].ready, [(d.item, d.problems) for d in cards]
    assert cards[0].item["back"].startswith("Curator of the salt museum"), cards[0].item
    assert any(d.ready and d.kind == "question" and d.paragraph == 5 for d in drafts)
    shown = {k for d in drafts if d.ready and d.kind == "question" for k in (str(d.item.get("prompt", "")),)}
    assert not any("____, the curator" in p for p in shown), shown


NAVIGATOR = [
    Paragraph(1, "The voyage", is_heading=True),
    Paragraph(2, "Fernando de Magallanes era un navegante portugués que había servido a la corona de Portugal en la India y en Malaca. En 1517 se trasladó a Sevilla con el cosmógrafo Rui Faleiro."),
    Paragraph(3, "La flota salió de Sanlúcar de Barrameda con cinco naves y unos 240 hombres."),
]


def test_one_card_per_person_or_term() -> None:
    """The samples: "Fernando de Magallanes: ¿quién era?" (navegante portugués) and the
    definition card "Fernando de Magallanes" -> "Un navegante portugués ..." were both ready
    once the questions gave way to cards: one subject, one card."""
    cards = [d for d in derive_drafts(NAVIGATOR, "es") if d.kind == "card" and d.ready and "Magallanes" in str(d.item["front"])]
    assert len(cards) == 1, [c.item for c in cards]


SALT_DATES = [
    Paragraph(1, "The cooperative", is_heading=True),
    Paragraph(2, "The growers of Guérande founded their cooperative on 14 March 1988, after a decade of falling prices. Its first warehouse stood beside the road to Saillé."),
    Paragraph(3, "A storm flooded the lower pans on 9 February 1990 and ruined the stock of the season. The growers rebuilt the clay walls by hand over the following spring."),
    Paragraph(4, "The salt of Guérande received a protected geographical indication on 19 October 2012. The label covers the grey salt and the fleur de sel gathered on the peninsula."),
    Paragraph(5, "In 1995 the cooperative opened a second warehouse at Pradel, with room for about 12,000 tonnes of salt, and in 2004 it added a visitor centre."),
    Paragraph(6, "The first sacks of fleur de sel went to a Paris grocer on 2 June 1989. A chef from Nantes ordered the whole harvest of one pan on 11 August 1991."),
    Paragraph(7, "The regional council bought the marshes north of the road on 30 April 1993 and leased them to young growers. A training school for paludiers opened on 5 September 1994."),
]


def test_a_full_date_is_asked_typed_not_as_a_choice() -> None:
    """Review 11's readers recognised the event and recalled the famous fact (35 of 38 on
    choice items). A full date of a local event was then asked as a single choice among the
    document's other dates, as a detail nobody recalls; but on documents about real subjects
    session 9's blind readers answered 11 of the 11 year and date choices (a voyage's "21 de
    octubre de 1520" among three other dates included) and 16 of the 17 true/false statements
    with a swapped year or date; on invented local stories they were at chance
    (blindness.dated_problems). The rule holds both kinds: a date is asked typed (blind-date),
    the year in its gap."""
    drafts = derive_drafts(SALT_DATES, "en")
    full_dates = {"14 March 1988", "9 February 1990", "19 October 2012", "2 June 1989", "11 August 1991", "30 April 1993", "5 September 1994"}
    choices = [d for d in drafts if d.ready and d.item.get("type") == "single_choice"]
    assert not {c["text"] for d in choices for c in d.item["choices"]} & full_dates
    typed = [d for d in drafts if d.ready and d.item.get("type") == "numeric" and any(date[:-4] + "____" in d.item["prompt"] for date in full_dates)]
    assert len(typed) >= 3, [(d.item.get("type"), d.item.get("prompt")) for d in drafts if d.ready]


TEXTBOOK = [
    Paragraph(1, "Evaporation in the pans", is_heading=True),
    Paragraph(2, "On dry days a thin film of brine climbs the clay walls of each pan. This process, called **salt creep**, is the slow rise of brine through the pores of the clay, which leaves a white crust along the rim."),
    Paragraph(3, "On calm afternoons the surface of the last pan grows a crust of thin white crystals called **fleur de sel**, which the paludier skims off with a flat shovel before they sink."),
    Paragraph(4, "By evening the bottom of the pan holds grey crystals called **gros sel** by the growers. They are raked to the edge and left to drain on the low bank for a day."),
]


def test_a_term_in_emphasis_and_a_term_defined_after_its_name() -> None:
    """Review 10's textbook (not tuned on): "finer lines called **striations**" (markdown
    emphasis round the term) and "This behaviour, called **fatigue**, is the progressive ...
    damage ..." (the definition after the term, the thing named being only "this behaviour")."""
    cards = _cards(derive_drafts(TEXTBOOK, "en"))
    creep = _front_naming(cards, "salt creep")
    assert creep.ready, creep.problems
    assert creep.item["back"] == "The slow rise of brine through the pores of the clay", creep.item
    fleur = _front_naming(cards, "fleur de sel")
    assert fleur.item["back"] == "A crust of thin white crystals", fleur.item
    # "the pan holds grey crystals called gros sel": the walk back runs into the verb ("holds")
    # before any small word, so there is no description to trust.
    assert not any("holds" in str(d.item["back"]) for d in cards.values()), [d.item for d in cards.values()]


def test_a_role_in_apposition_without_an_article_makes_a_role_card() -> None:
    """Spanish (and news English) writes a role after a name without an article: "Marta
    Ruiz, catedrática de Geografía de la Universidad del País Vasco," is a person with a role,
    asked as a role card, as "X, the curator of ..." is."""
    paragraphs = [
        *SALINAS,
        Paragraph(5, "La recuperación del valle la dirigió Marta Ruiz, catedrática de Geografía de la Universidad del País Vasco, entre 2000 y 2012. Las obras devolvieron a la producción unas 800 eras."),
    ]
    cards = [d for d in derive_drafts(paragraphs, "es") if d.kind == "card" and "Marta Ruiz" in str(d.item["front"])]
    assert cards, "no role card for Marta Ruiz"
    assert cards[0].item["back"] == "Catedrática de Geografía de la Universidad del País Vasco", cards[0].item


def test_a_term_named_with_what_they_call_and_defined_in_apposition() -> None:
    """"what growers call the point of bloom, the moment when ...", "lo que los salineros
    llaman el punto de cuajado, el momento en que ...": the term keeps its "of"/"de", and the
    apposition after it is what it means (nothing before it names the thing)."""
    en = [
        Paragraph(1, "Raking", is_heading=True),
        Paragraph(2, "Growers start raking when the brine reaches what they call the point of bloom, the moment when the first crystals float on the surface. A good pan then yields about 40 kilograms a day."),
    ]
    es = [
        Paragraph(1, "El rastrillado", is_heading=True),
        Paragraph(2, "Hay que rastrillar cuando la salmuera alcanza lo que los salineros llaman el punto de cuajado, el momento en que la sal empieza a cristalizar en la superficie. Una era buena da unos 40 kilos al día."),
    ]
    bloom = _front_naming(_cards(derive_drafts(en, "en")), "point of bloom")
    assert bloom.item["back"] == "The moment when the first crystals float on the surface", bloom.item
    cuajado = _front_naming(_cards(derive_drafts(es, "es")), "punto de cuajado")
    assert cuajado.item["back"] == "El momento en que la sal empieza a cristalizar en la superficie", cuajado.item


def test_a_verb_restated_is_no_term_of_a_card() -> None:
    """The end review of a pair no engineer saw: «Una parte del almidón se gelatiniza, es decir,
    sus gránulos absorben agua …» gave the card «¿a qué se llama «gelatiniza»?»: what «es decir»
    restates there is a reflexive verb, not a term the text names. A phrase right after «se»
    is a verb's; the noun phrases of the same paragraph still give their cards."""
    paragraphs = [
        Paragraph(1, "El queso de Tronchón", is_heading=True),
        Paragraph(2, "Al calentar la leche, la caseína se coagula, es decir, sus proteínas se unen en una red firme que retiene la grasa. "
                     "Después se añade el cuajo, es decir, un fermento del estómago del cordero que corta la leche."),
    ]
    cards = _cards(derive_drafts(paragraphs, "es"))
    assert not [front for front in cards if "coagula" in front], sorted(cards)
    assert [front for front in cards if "cuajo" in front], sorted(cards)


def test_a_named_form_or_kind_gives_no_card_backed_by_what_holds_it() -> None:
    """The end review of a pair no engineer saw: «… unida a otras moléculas en una forma llamada
    niacitina» gave the card «¿a qué se llama «niacitina»?» backed «Moléculas en una forma»: the
    thing named is «una forma» (an empty class noun: a form, a kind, a type), and the molecules
    before it hold it, they are not it. Such a naming says nothing a card can ask."""
    for paragraphs, language, term in (
        ([Paragraph(1, "El hierro del trigo", is_heading=True),
          Paragraph(2, "En el trigo crudo, casi todo el hierro está unido a otras moléculas en una forma llamada fitina, que el intestino apenas absorbe.")],
         "es", "fitina"),
        ([Paragraph(1, "Iron in wheat", is_heading=True),
          Paragraph(2, "In raw wheat, most of the iron is bound to other molecules in a form called phytin, which the gut barely absorbs.")],
         "en", "phytin"),
    ):
        cards = _cards(derive_drafts(paragraphs, language))
        backs = [card.item["back"] for front, card in cards.items() if term in front]
        assert not [b for b in backs if re.search(r"\b(?:forma|form)\b", b, re.IGNORECASE)], backs
