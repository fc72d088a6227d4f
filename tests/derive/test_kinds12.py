"""Failure kinds a fresh review of main's drafter found on an unseen pair (kinds12: a textbook
section on a physiological process, a news analysis of a court case), each tested on texts of
our own about other subjects, in English and Spanish: a "who was this?" card that paired a name
with the next name's role in a list of crew members; a definition card on a term cut from a
longer name; cloze options of another kind than the key; a gap on an abbreviation spelled out
beside it; a year computed from an anniversary or an age; a full name refusing its surname."""

from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.extract import read_facts
from quizapp.derive.giveaways import anniversary_year, spelled_abbreviation
from quizapp.derive.titled_names import acts_as_person
from quizapp.languages import language_for


def _roles(paragraphs: list[Paragraph], language: str) -> dict[str, str]:
    """The role the reader gives each person of the text, by the person's name."""
    facts = read_facts([(p.number, p.text) for p in paragraphs], language_for(language))
    return {r.person.text: r.role for r in facts.roles}


def _role_cards(paragraphs: list[Paragraph], language: str) -> dict[str, str]:
    """Every "who was this?" card's back (ready or not), by the start of its front."""
    return {
        d.item["front"].split(":")[0]: d.item["back"] for d in derive_drafts(paragraphs, language)
        if d.kind == "card" and "people" in d.item.get("tags", [])
    }


CREW_ES = [
    Paragraph(1, "La quiebra de la Cooperativa del Valle", is_heading=True),
    Paragraph(2, "La cooperativa cerró sus puertas en mayo de 1996. Ante el tribunal comparecieron el presidente, "
                 "Francisco Rodríguez Castelo, el tesorero, Tomás Echevarría Ugarte, y el vocal de cuentas, Julián "
                 "Otamendi Landa. La vista duró tres semanas."),
    Paragraph(3, "En la segunda sesión declararon Ramiro Sánchez Olmedo, el director de la sucursal, Benito Lafuente Ortiz, "
                 "el arquitecto de la nave, y Andrés Ortega Vidal, el perito de la aseguradora."),
    Paragraph(4, "El banco acreedor, Caja Rural del Cantábrico, recurrió la sentencia en 1999."),
]
CREW_EN = [
    Paragraph(1, "The Hallam Mills inquiry", is_heading=True),
    Paragraph(2, "The mill roof fell in March 1967. The inquiry heard the chairman, Pastrengo Rugiati, "
                 "the site engineer, Silvano Bonfiglio, and the foreman, Giuseppe Tamburelli, over four days."),
    Paragraph(3, "The board then questioned Edward Hollis, the company secretary, Leonard Pike, the architect of the extension, "
                 "and Thomas Arden, the surveyor, about the night of the storm."),
]


def test_a_role_in_a_list_goes_with_its_own_name_before_or_after_it() -> None:
    """The review: «el capitán, Apostolos Mangouras; el jefe de máquinas, Nikolaos
    Argyropoulos, ...» gave Mangouras the next name's role. Where every name of a list has its
    role before it, that is the pairing; where every name has it after, that one."""
    es, en = _roles(CREW_ES, "es"), _roles(CREW_EN, "en")
    assert es.get("Francisco Rodríguez Castelo") == "presidente", es
    assert es.get("Tomás Echevarría Ugarte") == "tesorero", es
    assert es.get("Ramiro Sánchez Olmedo") == "director de la sucursal", es
    assert es.get("Benito Lafuente Ortiz") == "arquitecto de la nave", es
    assert en.get("Pastrengo Rugiati") == "chairman", en
    assert en.get("Silvano Bonfiglio") == "site engineer", en
    assert en.get("Edward Hollis") == "company secretary", en
    assert en.get("Leonard Pike") == "architect of the extension", en
    cards = {**_role_cards(CREW_ES, "es"), **_role_cards(CREW_EN, "en")}
    wrong = {"Francisco Rodríguez Castelo": "Tesorero", "Tomás Echevarría Ugarte": "Vocal de cuentas",
             "Pastrengo Rugiati": "Site engineer", "Silvano Bonfiglio": "Foreman"}
    for person, back in wrong.items():
        assert cards.get(person) != back, (person, cards)


def test_a_list_whose_roles_pair_either_way_gives_no_role() -> None:
    """Every name with a role both before and after it ("the captain, A, the engineer, B, the
    pilot, C, the cook") or the pattern broken ("A, el capitán, B, el jefe de máquinas, y C": whose
    role is missing?): the pairing is not certain, no card."""
    both = [Paragraph(1, "The Alpine Club expedition", is_heading=True),
            Paragraph(2, "The party included the leader, Oskar Lindqvist, the doctor, Pieter Aalders, the surgeon, Hamish Croall, the cook."),
            Paragraph(3, "Ante el juez declararon Mario Iturbe Sanz, el presidente, Luis Pardiñas Roel, el tesorero, y Antonio Figueroa Gil.")]
    assert not _roles(both[:2], "en"), _roles(both[:2], "en")
    assert not _roles([both[0], both[2]], "es"), _roles([both[0], both[2]], "es")


def _cards(paragraphs: list[Paragraph], language: str) -> list[tuple[str, str, bool, list[str]]]:
    """Every definition card: front, back, ready, problems."""
    return [
        (d.item["front"], d.item["back"], d.ready, d.problems) for d in derive_drafts(paragraphs, language)
        if d.kind == "card" and "definition" in d.item.get("tags", [])
    ]


PLUG_EN = [
    Paragraph(1, "The light reactions", is_heading=True),
    Paragraph(2, "Leaves absorb red and blue light most strongly, and reflect most of the green that reaches them."),
    Paragraph(3, "Excited electrons leave the first photosystem. They then pass through the flat membrane enzyme cluster "
                 "known as cytochrome b6/f, and protons pile up inside the thylakoid. Strong light can damage this step."),
    Paragraph(4, "Photosystem II is a pigment complex that splits water and releases oxygen into the air."),
]
PLUG_ES = [
    Paragraph(1, "Las reacciones luminosas", is_heading=True),
    Paragraph(2, "Las hojas absorben sobre todo la luz roja y la azul, y reflejan casi todo el verde que les llega."),
    Paragraph(3, "Los electrones excitados salen del primer fotosistema. Después atraviesan el gran grupo de "
                 "enzimas de membrana conocido como citocromo b6/f, y los protones se acumulan dentro del tilacoide. "
                 "La luz intensa puede dañar este paso."),
]


def test_a_definition_card_on_a_term_cut_from_a_longer_name_is_held_back() -> None:
    """The review: a card defined "glycoprotein IIb" where the text names "glycoprotein
    IIb/IIIa". A term the paragraph continues with a slash, a hyphen or a code is a fragment
    ("cytochrome b6" of "cytochrome b6/f"); a whole name with its code ("Photosystem II") is a term."""
    for paragraphs, language, cut in ((PLUG_EN, "en", "cytochrome b6"), (PLUG_ES, "es", "citocromo b6")):
        for front, _back, ready, problems in _cards(paragraphs, language):
            if f"“{cut}”" in front or f"«{cut}»" in front:
                assert not ready and any("cut from a longer name" in p for p in problems), (front, problems)
    whole = {front: problems for front, _back, _ready, problems in _cards(PLUG_EN, "en")}
    assert not any("cut from a longer name" in p for p in whole.get("Photosystem II", [])), whole
    assert any("citocromo b6" in front for front, *_ in _cards(PLUG_ES, "es"))


def test_a_definition_card_whose_back_fits_another_thing_of_its_paragraph_is_held_back() -> None:
    """"Pillow basalt -> A dark igneous rock of the ocean crust" where the next sentence says
    the same of sheeted dolerite: the back does not tell which. A back only its own term fits
    stays."""
    en = [Paragraph(1, "The ocean crust", is_heading=True),
          Paragraph(2, "New crust forms where plates pull apart, and it cools and sinks slowly as it moves away."),
          Paragraph(3, "Pillow basalt is a dark igneous rock of the ocean crust. Sheeted dolerite, too, is a dark igneous "
                       "rock of the ocean crust, and it forms vertical dykes.")]
    es = [Paragraph(1, "La corteza oceánica", is_heading=True),
          Paragraph(2, "La corteza nueva se forma donde las placas se separan, y se enfría y se hunde al alejarse."),
          Paragraph(3, "El basalto almohadillado es una roca ígnea oscura de la corteza oceánica. La dolerita laminada, a su vez, "
                       "es otra roca ígnea oscura de la corteza oceánica y forma diques verticales.")]
    for paragraphs, language in ((en, "en"), (es, "es")):
        cards = _cards(paragraphs, language)
        assert cards, language
        for front, _back, ready, problems in cards:
            assert not ready and any("fits what another sentence" in p for p in problems), (front, problems)
    alone = [*en[:2], Paragraph(3, "Pillow basalt is a dark igneous rock of the ocean crust. Sheeted dolerite forms vertical dykes.")]
    assert all(not any("fits what another sentence" in p for p in problems) for *_, problems in _cards(alone, "en"))


STOMACH_EN = [
    Paragraph(1, "How the stomach is controlled", is_heading=True),
    Paragraph(2, "Digestion is steered by nerves and hormones in three overlapping stages. In the **cephalic phase**, the sight "
                 "and smell of food make the vagus nerve start acid secretion before any food arrives."),
    Paragraph(3, "During the **gastric phase**, stretching of the stomach wall and the presence of peptides keep the glands "
                 "working at full rate."),
    Paragraph(4, "In the **intestinal phase**, acid chyme entering the duodenum slows the emptying of the stomach again."),
    Paragraph(5, "**Pepsin**, a digestive enzyme, splits long proteins into shorter chains inside the acidic stomach."),
    Paragraph(6, "In the small intestine **trypsin**, another digestive enzyme, continues this work on the protein chains."),
    Paragraph(7, "**Lipase**, a digestive enzyme too, breaks down fats once bile has spread them into small droplets."),
    Paragraph(8, "Waves of **peristalsis** push the food along, while **omeprazole**, an acid-blocking drug, lowers acid "
                 "output when the lining is damaged."),
]
STOMACH_ES = [
    Paragraph(1, "El control del estómago", is_heading=True),
    Paragraph(2, "La digestión está regida por nervios y hormonas en tres etapas que se solapan. En la **fase cefálica**, la "
                 "vista y el olor de la comida hacen que el nervio vago active la secreción de ácido antes de que llegue alimento."),
    Paragraph(3, "Durante la **fase gástrica**, la distensión de la pared del estómago y la presencia de péptidos mantienen "
                 "las glándulas a pleno rendimiento."),
    Paragraph(4, "En la **fase intestinal**, el quimo ácido que entra en el duodeno vuelve a frenar el vaciado del estómago."),
    Paragraph(5, "La **pepsina**, una enzima digestiva, corta las proteínas largas en cadenas más cortas dentro del estómago."),
    Paragraph(6, "En el intestino delgado la **tripsina**, otra enzima digestiva, continúa ese trabajo sobre las cadenas."),
    Paragraph(7, "La **lipasa**, también una enzima digestiva, degrada las grasas cuando la bilis las ha dispersado en gotas."),
    Paragraph(8, "Las ondas de la **peristalsis** empujan el alimento, y la **ranitidina**, un fármaco antiácido, reduce la "
                 "producción de ácido cuando la mucosa está dañada."),
]
KINDS = [
    {"cephalic phase", "gastric phase", "intestinal phase", "fase cefálica", "fase gástrica", "fase intestinal"},
    {"pepsin", "trypsin", "lipase", "pepsina", "tripsina", "lipasa"},
]


def _term_clozes(paragraphs: list[Paragraph], language: str) -> list[list[str]]:
    """The options of every term cloze (one gap among three or four terms), ready or not."""
    return [
        [str(o["text"]) for o in d.item["gaps"][0]["options"]] for d in derive_drafts(paragraphs, language)
        if d.item.get("type") == "cloze" and len(d.item["gaps"]) == 1 and len(d.item["gaps"][0].get("options", [])) > 2
    ]


def test_a_term_cloze_offers_only_options_of_the_keys_kind() -> None:
    """The review: "In the {1}, damage exposes tissue factor" (extrinsic pathway) offered drugs
    and a process; "{1}, a plasma protein, ..." offered a model and vasoconstriction. Options
    share the key's head noun ("gastric phase" among phases) or are terms the document gives
    the class the prompt gives ("{1}, a digestive enzyme"); and some such cloze is still drafted."""
    for paragraphs, language in ((STOMACH_EN, "en"), (STOMACH_ES, "es")):
        clozes = _term_clozes(paragraphs, language)
        assert clozes, language
        for options in clozes:
            assert any(set(options) <= kind for kind in KINDS), options


def test_no_term_cloze_where_fewer_than_two_options_are_of_the_keys_kind() -> None:
    """Two phases only: the other phase is one option of its kind, and the enzymes and drugs
    are of another: no cloze on a phase."""
    two = [p for p in STOMACH_EN if p.number != 4]
    for options in _term_clozes(two, "en"):
        assert not {"cephalic phase", "gastric phase"} & set(options), options


def _typed(prompt: str, accept: list[str]) -> Draft:
    item: dict[str, Any] = {"type": "fill_in", "prompt": prompt, "accept": accept, "source": [2]}
    return Draft("p2-fi-x", "question", item, 2, None, 1.0)


def _chosen(prompt: str, key: str, wrong: list[str]) -> Draft:
    choices = [{"text": key, "correct": True}, *({"text": w, "correct": False} for w in wrong)]
    item: dict[str, Any] = {"type": "single_choice", "prompt": prompt, "choices": choices, "source": [2]}
    return Draft("p2-sc-x", "question", item, 2, None, 1.0)


def test_a_gap_in_brackets_holding_the_abbreviation_of_the_words_before_it_is_held_back() -> None:
    """The review: "adenosine diphosphate (____)" asked ADP, «la Organización Marítima
    Internacional (____)» OMI: the reader spells the words out. The other way round too: the
    abbreviation, then its words in the gap."""
    held = [
        _typed("According to the text, what goes in the gap? “Muscle cells break down adenosine triphosphate (____) for energy.”", ["ATP"]),
        _typed("Según el texto, ¿qué va en el hueco? «La Organización Meteorológica Mundial (____) coordina los avisos.»", ["OMM"]),
        _typed("Según el texto, ¿qué va en el hueco? «El informe lo firmó la Organización del Tratado del Atlántico Norte (____).»", ["OTAN"]),
        _chosen("According to the text, which of these goes in the gap? “The Food and Agriculture Organization (____) funded the wells.”", "FAO", ["WFP", "IFAD"]),
        _typed("According to the text, what goes in the gap? “Cells copy their DNA (____) before they divide.”", ["deoxyribonucleic acid"]),
        _typed("Según el texto, ¿qué va en el hueco? «El ARN (____) lleva la copia al ribosoma.»", ["ácido ribonucleico"]),
        _typed("Según el texto, ¿qué va en el hueco? «El Centro Europeo de Previsiones Meteorológicas a Plazo Medio (____) "
               "amplió su modelo.»", ["CEPPM"]),
    ]
    for draft in held:
        assert spelled_abbreviation(draft), draft.item["prompt"]
    kept = [
        _typed("According to the text, what goes in the gap? “The weather agency (____) issued the first warning.”", ["NOAA"]),
        _typed("According to the text, what goes in the gap? “Muscle cells break down adenosine triphosphate (ATP) in the ____.”", ["mitochondria"]),
        _typed("Según el texto, ¿qué va en el hueco? «La presa del Ebro (____) se cerró en invierno.»", ["1998"]),
        _typed("Según el texto, ¿qué va en el hueco? «La Organización Meteorológica Mundial (____) coordina los avisos.»", ["Ginebra"]),
    ]
    for draft in kept:
        assert not spelled_abbreviation(draft), draft.item["prompt"]
    # The whole drafter: the gap is drafted, never ready, and says why.
    muscle = [Paragraph(1, "Energy in muscle", is_heading=True),
              Paragraph(2, "A sprinting muscle spends its store of adenosine triphosphate (ATP) within about two seconds."),
              Paragraph(3, "Creatine phosphate then rebuilds the supply from adenosine diphosphate (ADP) for roughly eight more "
                           "seconds, after which glycolysis takes over.")]
    asked = [d for d in derive_drafts(muscle, "en") if "(____)" in str(d.item.get("prompt", ""))]
    assert asked and all(not d.ready for d in asked), [(d.item["prompt"], d.problems) for d in asked]


def _numeric(prompt: str, answer: float) -> Draft:
    item: dict[str, Any] = {"type": "numeric", "prompt": prompt, "answer": answer, "tolerance": 0, "source": [2]}
    return Draft("p2-nu-x", "question", item, 2, None, 1.0)


def test_a_year_computed_from_an_anniversary_or_an_age_is_held_back() -> None:
    """The review: «en el decimoquinto aniversario del naufragio de 2002, ...» asked 2017;
    "its 50th anniversary" and "a los 80 años" the same way: arithmetic, not recall. A year the
    prompt's counts do not compute stays a question."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, _numeric("The dam was finished in 1936. On its 50th anniversary, in ____, the valley held a fair.", 1986)),
        (en, _typed("The library opened in 1911, and its centenary in ____ brought a new wing.", ["2011"])),
        (en, _chosen("The poet, born in 1902, published her last book at the age of eighty, in ____.", "1982", ["1975", "1990"])),
        (es, _numeric("En el decimoquinto aniversario de la riada de 1983, en ____, se inauguró el nuevo cauce.", 1998)),
        (es, _chosen("El pintor, nacido en 1881, expuso por última vez a los 80 años, en ____.", "1961", ["1955", "1968"])),
        (es, _typed("La presa se inauguró en ____, y su vigésimo quinto aniversario se celebró en 1979.", ["1954"])),
    ]
    for lang, draft in held:
        assert anniversary_year(draft, lang), draft.item["prompt"]
    kept = [
        (en, _numeric("The dam was finished in 1936. On its anniversary, in ____, the valley held a fair.", 1990)),
        (en, _numeric("The poet, born in 1902, published her last book in ____, aged 80.", 1975)),
        (es, _numeric("En el aniversario de la riada de 1983, en ____, se inauguró el nuevo cauce.", 2001)),
        (es, _numeric("La presa, de 80 metros, se inauguró en ____ tras la riada de 1983.", 1990)),
    ]
    for lang, draft in kept:
        assert not anniversary_year(draft, lang), draft.item["prompt"]
    # The whole drafter: "a los 80 años, en ____" is drafted, never ready (main offered it).
    fountain = [Paragraph(1, "La fuente de la plaza", is_heading=True),
                Paragraph(2, "En el decimoquinto aniversario de la inauguración de 1992, en 2007, los vecinos de Lugo colocaron "
                             "una placa junto a la fuente."),
                Paragraph(3, "El escultor, nacido en 1931, recibió la medalla de la ciudad a los 80 años, en 2011.")]
    asked = [d for d in derive_drafts(fountain, "es") if "en ____" in str(d.item.get("prompt", ""))]
    assert asked and all(not d.ready for d in asked), [(d.item["prompt"], d.problems) for d in asked]


CELLS_EN = [
    Paragraph(1, "Cell theory", is_heading=True),
    Paragraph(2, "In 1855 Rudolf Virchow argued that every cell comes from another cell, a claim he summed up in Latin."),
    Paragraph(3, "Theodor Schwann had already shown in 1839 that animals, like plants, are made of cells."),
    Paragraph(4, "Robert Remak watched frog embryo cells divide in 1852, but his priority was long ignored."),
]
CELLS_ES = [
    Paragraph(1, "La teoría celular", is_heading=True),
    Paragraph(2, "En 1855 Rudolf Virchow defendió que toda célula procede de otra célula, una idea que resumió en latín."),
    Paragraph(3, "Theodor Schwann ya había demostrado en 1839 que los animales, como las plantas, están hechos de células."),
    Paragraph(4, "Santiago Ramón y Cajal describió en 1888 las conexiones de las neuronas del cerebelo."),
]


def _typed_accepts(paragraphs: list[Paragraph], language: str) -> dict[str, list[str]]:
    """Every fill-in gap's accept list (ready or not), by its first answer."""
    return {d.item["accept"][0]: d.item["accept"] for d in derive_drafts(paragraphs, language) if d.item.get("type") == "fill_in"}


def test_a_persons_full_name_accepts_the_surname_alone() -> None:
    """The review: "Rudolf Virchow" refused "Virchow". With no title in the text and a given
    name general text rarely writes, what the person does ("argued", "had already shown",
    "defendió", "ya había demostrado") marks the name as a person's: the surname alone is what
    a learner types."""
    en, es = _typed_accepts(CELLS_EN, "en"), _typed_accepts(CELLS_ES, "es")
    for accepts in (en, es):
        assert "Virchow" in accepts["Rudolf Virchow"], accepts.get("Rudolf Virchow")
        assert "Schwann" in accepts["Theodor Schwann"], accepts.get("Theodor Schwann")
    lang = language_for("en")
    assert acts_as_person(" had already shown in 1839 that", lang) and acts_as_person(", who studied in Berlin", lang)
    assert not acts_as_person(" Basin drains most of the north", lang) and not acts_as_person(", the river's mouth", lang)


def test_a_surname_another_person_shares_is_not_accepted_alone() -> None:
    """Two people of one surname: the surname alone names neither."""
    shared = [*CELLS_EN, Paragraph(5, "His nephew Hans Virchow described the anatomy of the hand in 1902.")]
    accepts = _typed_accepts(shared, "en")
    assert "Virchow" not in accepts["Rudolf Virchow"], accepts["Rudolf Virchow"]
    assert "Schwann" in accepts["Theodor Schwann"]


def test_laws_rules_and_relations_named_after_people_are_of_one_kind() -> None:
    """"the {1}" (Goodman relation) among the Paris law and the Miner rule: a law, a rule and a
    relation share their kind as a head noun would."""
    fatigue = [
        Paragraph(1, "Designing against fatigue", is_heading=True),
        Paragraph(2, "Metal parts that carry a varying load crack long before they reach their static strength. The first "
                     "damage is **slip banding** inside single grains, and it grows into **microcracks** at the surface."),
        Paragraph(3, "Designers correct the allowed amplitude for a tensile mean load. A common way to do this is the "
                     "**Goodman relation**, drawn between the endurance limit and the ultimate strength."),
        Paragraph(4, "Once a crack is long enough to measure, its growth per cycle follows the **Paris law**, which ties "
                     "the growth rate to the range of the stress intensity at the tip."),
        Paragraph(5, "Under loads of changing size, damage is summed with the **Miner rule**, which adds the fraction of "
                     "life used at each level until the total reaches one."),
    ]
    clozes = _term_clozes(fatigue, "en")
    assert ["Goodman relation", "Miner rule", "Paris law"] in clozes, clozes
    assert all(set(options) <= {"Goodman relation", "Miner rule", "Paris law"} for options in clozes), clozes
