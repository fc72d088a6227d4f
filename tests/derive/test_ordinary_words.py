"""A typed gap on an ordinary word the author happened to choose (fresh reviews of session 11):
the item tests the wording, not the content, and a learner who understood types a synonym or
another form ("the ____ checked every reel": foremen, or overseers, inspectors) and is marked
wrong. Such gaps are held back; the document's own terms (rare words, words it names, glosses,
marks or repeats) and bare nouns naming a kind or a material stay. Texts written for these
tests, on subjects of their own."""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs
from quizapp.derive.giveaways import gaps_of
from quizapp.languages import language_for

ROPEWALK = """# The ropewalk at Hallam

## A long shed

The ropewalk at Hallam was a narrow shed almost three hundred metres long, built beside the river so that hemp could arrive by barge. Inside, the spinners walked backwards along the floor, paying out fibre from a bundle tied around the waist while a boy turned the wheel at the far end.

## Spinning the yarn

The hemp was first combed through rows of steel pins called hackles, which split the fibres and pulled out the short, tangled tow. The long fibres that remained were twisted into yarn, and the yarn was wound onto large wooden reels before it was laid.

The spinners worked quickly, and their hands were protected only by a pad of wet cloth. The foremen checked every reel, and a yarn that was too thin was thrown back into the heap for the children to untwist.

## Laying the rope

To lay a rope, three strands were stretched along the whole shed and twisted together by a heavy machine on rails. A wooden block called a top was pushed between the strands, and as it moved forward the rope closed behind it. The workers had to guide it slowly, because a rope laid too fast kinked and was worthless.
"""

ESPARTO = """# El esparto en la sierra

## Preparar la fibra

Antes de trabajarlo, el esparto se dejaba en remojo en balsas de agua durante varias semanas, hasta que la hoja se ablandaba y perdía su color verde. Después se sacaba, se secaba al sol y se golpeaba con mazos de madera sobre una piedra plana para separar las fibras.

## Trenzar

Con la fibra preparada se hacía la pleita, una trenza plana de varios cabos que después se cosía en espiral para formar cestos, esteras y serones. Los artesanos trabajaban sentados en el suelo, y un buen trenzador podía hacer varios metros de pleita en una tarde sin levantar la vista.

Las piezas terminadas se vendían en los mercados de la comarca, y los barqueros las llevaban río abajo hasta la costa, donde los pescadores las usaban para guardar las redes y el pescado.
"""

HIVES = """# La miel de la Alcarria

## Las colmenas

En la Alcarria las colmenas tradicionales eran troncos huecos de alcornoque, tapados con una losa de piedra y colocados en filas al abrigo de los muros de piedra seca.

## La miel

La miel de romero es clara y se endurece en pocas semanas; la de brezo es oscura y tiene un sabor amargo.
"""


def _ready_typed_keys(text: str, language: str) -> set[str]:
    drafts = derive_drafts(read_paragraphs(text), language)
    return {str(gap.accept[0]) for d in drafts if d.ready for gap in gaps_of(d, typed=True)}


def test_a_person_noun_or_a_noun_the_sentence_frames_is_no_ready_typed_gap() -> None:
    """"The ____ checked every reel" (foremen: overseers, inspectors fit as well); "pushed
    between the ____" (strands: yarns); «los ____ las llevaban río abajo» (barqueros: marineros,
    remeros). A word the text names stays: "pins called ____" (hackles)."""
    en = _ready_typed_keys(ROPEWALK, "en")
    assert not {"foremen", "strands"} & en
    assert "hackles" in en
    es = _ready_typed_keys(ESPARTO, "es")
    assert "barqueros" not in es
    assert "pleita" in es  # the text's own term, rare in general text


def test_a_spanish_verb_with_its_clitic_is_no_ready_typed_gap() -> None:
    """«Antes de ____, el esparto se dejaba en remojo» accepted only «trabajarlo»: «trabajar»,
    «usarlo», «trenzarlo» say the same."""
    assert "trabajarlo" not in _ready_typed_keys(ESPARTO, "es")


def test_a_bare_noun_naming_a_kind_or_a_material_stays() -> None:
    """«troncos huecos de ____» (alcornoque), «la de ____ es oscura» (brezo): no article frames a
    referent that any word could name; the text teaches which wood, which honey."""
    assert {"alcornoque", "brezo"} <= _ready_typed_keys(HIVES, "es")


def _gap(prompt: str, key: str) -> Draft:
    item = {"type": "fill_in", "prompt": prompt, "accept": [key], "source": [2]}
    return Draft("p2-fi-x", "question", item, 2, None, 1.0)


def test_the_documents_own_words_stay() -> None:
    """A gloss the text gives ("ulla, which means ____"), a word it calls so, marks in italics
    or quotes, puts in a heading or writes over and over is what it teaches; a figure in words
    is no word of general vocabulary. The same word unmarked is held."""
    from quizapp.derive.synonym_gaps import ordinary_word_gap

    en, es = language_for("en"), language_for("es")
    lead, lead_es = "According to the text, what goes in the gap? ", "Según el texto, ¿qué va en el hueco? "
    gloss = _gap(lead + "“They lit the lamp called the ulla, which means the ____ of the house.”", "sun")
    assert not ordinary_word_gap(gloss, en, "They lit the lamp called the ulla, which means the sun of the house.", [])
    bracket = _gap(lead + "“The elders lit the ulla (the ____ of the house) at dusk.”", "sun")
    assert not ordinary_word_gap(bracket, en, "The elders lit the ulla (sun of the house) at dusk. The ulla was the sun of the house.", [])
    unglossed = _gap(lead + "“They lit the lamp and set it beside the ____ of the house.”", "door")
    assert ordinary_word_gap(unglossed, en, "They lit the lamp and set it beside the door of the house.", [])
    kind = _gap(lead + "“Snow survives the summer above the ____ line.”", "equilibrium")
    assert not ordinary_word_gap(kind, en, "Snow survives the summer above the equilibrium line.", [])  # names the kind
    framed = _gap(lead + "“The ____ checked every reel.”", "inspectors")
    assert ordinary_word_gap(framed, en, "The inspectors checked every reel.", [])
    assert not ordinary_word_gap(framed, en, "The *inspectors* checked every reel.", [])
    assert not ordinary_word_gap(framed, en, "The inspectors checked every reel.", ["The inspectors"])
    assert not ordinary_word_gap(framed, en, "The inspectors checked every reel. Each inspector signed. Inspectors were paid.", [])
    assert not ordinary_word_gap(_gap(lead + "“It burned for ____ days.”", "sixteen"), en, "It burned for sixteen days.", [])
    cooks = _gap(lead_es + "«Las ____ expertas comprueban el punto del almíbar.»", "cocineras")
    assert ordinary_word_gap(cooks, es, "Las cocineras expertas comprueban el punto del almíbar.", [])
    named = _gap(lead_es + "«Los pastores lo llaman ____.»", "majada")
    assert not ordinary_word_gap(named, es, "Los pastores lo llaman majada.", [])
    rub = _gap(lead_es + "«Para saber si está maduro, basta ____ entre los dedos.»", "frotarlo")
    assert ordinary_word_gap(rub, es, "Para saber si está maduro, basta frotarlo entre los dedos.", [])
    rare = _gap(lead + "“The ice breaks into towers called ____.”", "seracs")
    assert not ordinary_word_gap(rare, en, "The ice breaks into towers called seracs.", [])


def test_a_spanish_verb_the_text_keeps_also_accepts_its_bare_form() -> None:
    """A typed verb with its clitic («hay que ____ despacio»: carbonizarla) also accepts the verb
    without it (carbonizar); a noun shaped like one («charla») gets no made-up verb."""
    from quizapp.derive.accept_variants import DraftContext, tidy_accept_lists

    es = language_for("es")
    document = "Hay que carbonizarla despacio. La charla duró una hora."
    ctx = DraftContext(es, frozenset(document.lower().replace(".", "").split()), document)
    lead = "Según el texto, ¿qué va en el hueco? "
    verb = _gap(lead + "«Hay que ____ despacio.»", "carbonizarla")
    tidy_accept_lists(verb, ctx)
    assert verb.item["accept"] == ["carbonizarla", "carbonizar"]  # «carbonizarlas» says "them"
    noun = _gap(lead + "«La ____ duró una hora.»", "charla")
    tidy_accept_lists(noun, ctx)
    assert noun.item["accept"] == ["charla"]
