"""Accept lists that take every equally right answer (accept4, issue 10), on texts of my own, in
English and Spanish, through the grader a learner's answer goes to (typed_answer_matches):

- a protected area's name without its kind words ("the Tsavuka National Park": "Tsavuka",
  "Tsavuka Park"; «la Reserva Nacional de Quillagua»: «Quillagua», «Reserva de Quillagua»);
- a one-word key with the head noun the sentence writes beside the gap ("a ____ kiln" keyed
  "bottle": "bottle kiln"; «los inversores ____» keyed «emiratíes»: «inversores emiratíes»);
- a capital or a seat of government standing for its state where it acts ("____ objected to the
  plan" keyed "Nairobi": "Kenya"; «____ respondió» keyed «Brasilia»: «Brasil»);
- a Spanish nationality adjective after a noun also its country («los inversores ____» keyed
  «emiratíes»: «Emiratos Árabes Unidos»), as the English rule of names4 did before a noun;
- and, pinned as they hold already: the surname and the full name of a minister, an accent, a
  hyphen or a space left out, a number in words or figures.

Each with the neighbouring wrong answer (another park, another country) still refused.
"""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import accepts_for, document, graded_right, tidied_accepts




PARKS_EN = [
    "Elephants of the dry north",
    "The Tsavuka National Park holds the largest elephant herd of the plateau.",
    "Its neighbour, the Morumbe Game Reserve, lets hunters in every winter.",
    "Rangers from both parks count the herds each August.",
]
PARKS_ES = [
    "Aves de la costa seca",
    "La Reserva Nacional de Quillagua protege la costa desde 1975.",
    "Al sur, el Parque Nacional Huentelauquén guarda los últimos humedales del valle.",
    "Los guardaparques cuentan las aves cada primavera.",
]


def test_a_protected_area_is_accepted_by_its_own_name() -> None:
    """"The ____ holds ..." keyed "Tsavuka National Park": "Tsavuka", "Tsavuka Park" (what
    people call it), "the Tsavuka National Park"; the other park of the text stays wrong."""
    park = tidied_accepts("en", "The ____ holds the largest elephant herd of the plateau.", "Tsavuka National Park", PARKS_EN)
    for typed in ("Tsavuka", "Tsavuka Park", "the Tsavuka National Park", "tsavuka national park"):
        assert graded_right(park, typed, "en"), (typed, park)
    for typed in ("Morumbe", "Morumbe Game Reserve", "National Park"):
        assert not graded_right(park, typed, "en"), (typed, park)
    reserve = tidied_accepts("en", "Its neighbour, the ____, lets hunters in every winter.", "Morumbe Game Reserve", PARKS_EN)
    assert graded_right(reserve, "Morumbe", "en") and graded_right(reserve, "Morumbe Reserve", "en"), reserve
    assert not graded_right(reserve, "Tsavuka", "en"), reserve
    es = tidied_accepts("es", "La ____ protege la costa desde 1975.", "Reserva Nacional de Quillagua", PARKS_ES)
    for typed in ("Quillagua", "Reserva de Quillagua", "la Reserva Nacional de Quillagua"):
        assert graded_right(es, typed, "es"), (typed, es)
    assert not graded_right(es, "Huentelauquén", "es"), es
    parque = tidied_accepts("es", "Al sur, el ____ guarda los últimos humedales del valle.", "Parque Nacional Huentelauquén", PARKS_ES)
    assert graded_right(parque, "Huentelauquen", "es") and graded_right(parque, "Parque Huentelauquén", "es"), parque
    assert not graded_right(parque, "Quillagua", "es"), parque


def test_a_protected_area_through_the_drafter() -> None:
    """The drafter's own gap on the park takes its bare name."""
    drafts = derive_drafts(document(PARKS_EN), "en")
    lists = accepts_for(drafts, "Tsavuka National Park")
    assert lists and all(graded_right(a, "Tsavuka", "en") for a in lists), lists


def test_a_protected_area_named_like_a_town_of_the_text_keeps_its_kind() -> None:
    """Where the text names a town by the park's name ("the town of Tsavuka"), "Tsavuka" is
    the town, not the park: refused; so «el pueblo de Quillagua» beside the reserve. A word of
    general text ("Central National Park") is no name either."""
    lines = [*PARKS_EN, "Most rangers live in the town of Tsavuka, a day's drive away."]
    park = tidied_accepts("en", "The ____ holds the largest elephant herd of the plateau.", "Tsavuka National Park", lines)
    assert not graded_right(park, "Tsavuka", "en"), park
    es_lines = [*PARKS_ES, "Los guardaparques viven en el pueblo de Quillagua."]
    es = tidied_accepts("es", "La ____ protege la costa desde 1975.", "Reserva Nacional de Quillagua", es_lines)
    assert not graded_right(es, "Quillagua", "es"), es
    central = tidied_accepts("en", "The ____ lies on the plateau.", "Central National Park", ["Parks", "The Central National Park lies on the plateau."])
    assert not graded_right(central, "Central", "en"), central


def test_falls_are_not_their_river() -> None:
    """"the Blue Nile Falls" is no "Blue Nile": the river is another answer (the grader takes
    the article and the case already)."""
    lines = ["The gorge", "The spray of the Kereto River Falls can be seen from the road."]
    falls = tidied_accepts("en", "The spray of the ____ can be seen from the road.", "Kereto River Falls", lines)
    assert graded_right(falls, "the Kereto River Falls", "en"), falls
    assert not graded_right(falls, "Kereto River", "en") and not graded_right(falls, "Kereto", "en"), falls


def test_a_key_with_the_head_noun_beside_the_gap() -> None:
    """"Each lodge has a ____ pool" keyed "plunge": "plunge pool" (a reader types the whole
    compound); "a ____ kiln" keyed "bottle": "bottle kiln"; «una ____ de barro» is no compound
    and «los inversores ____» keyed «emiratíes» takes «inversores emiratíes». Not a verb after
    the gap ("The ____ holds the water": "tank holds" is no answer), and another modifier with
    the same noun stays wrong ("infinity pool")."""
    lines = ["Lodges", "Each lodge has a plunge pool on its terrace.", "The potters fired a bottle kiln until 1950."]
    pool = tidied_accepts("en", "Each lodge has a ____ pool on its terrace.", "plunge", lines)
    assert graded_right(pool, "plunge pool", "en") and graded_right(pool, "plunge-pool", "en"), pool
    assert not graded_right(pool, "infinity pool", "en") and not graded_right(pool, "pool", "en"), pool
    kiln = tidied_accepts("en", "The potters fired a ____ kiln until 1950.", "bottle", lines)
    assert graded_right(kiln, "bottle kiln", "en"), kiln
    tank = tidied_accepts("en", "The ____ holds the water for the dry months.", "cistern", ["Water", "The cistern holds the water for the dry months."])
    assert tank == ["cistern"], tank
    for prompt, key in (("The ____ grows in the shade.", "fern"), ("The ____ grew in the shade.", "fern")):
        assert tidied_accepts("en", prompt, key, ["Ferns", "The fern grows in the shade."]) == [key], prompt
    for prompt, key in (("Los vecinos ____ la obra en 2019.", "rechazaron"), ("Los vecinos ____ en 2019.", "protestaron"), ("El pueblo ____ el agua del río.", "bebe")):
        assert tidied_accepts("es", prompt, key, ["Vecinos", "Los vecinos rechazaron la obra en 2019."]) == [key], prompt
    station = ["Power", "The lake of the Carnedd power station flooded the old road.", "In 1954 the businessman Idris Morgan took control of the line."]
    assert tidied_accepts("en", "The lake of the ____ power station flooded the old road.", "Carnedd", station) == ["Carnedd"]  # the head is "power station"
    assert tidied_accepts("en", "In 1954 the businessman ____ took control of the line.", "Idris Morgan", station)[-1] != "Idris Morgan took"
    beacon = tidied_accepts("en", "The council voted to buy the ____ lighthouse from the state.", "Skerry Point", ["Lights", "The council voted to buy the Skerry Point lighthouse from the state."])
    assert graded_right(beacon, "Skerry Point lighthouse", "en") and not graded_right(beacon, "Skerry lighthouse", "en"), beacon
    es_lines = ["Hoteles", "Los inversores emiratíes compraron el hotel en 2015."]
    es = tidied_accepts("es", "Los inversores ____ compraron el hotel en 2015.", "emiratíes", es_lines)
    assert graded_right(es, "inversores emiratíes", "es"), es
    assert not graded_right(es, "inversores cataríes", "es"), es


def test_a_capital_acting_for_its_state_accepts_the_state() -> None:
    """"____ objected to the plan" keyed "Nairobi": "Kenya" (and its government), not "Uganda";
    «____ respondió a la propuesta» keyed «Brasilia»: «Brasil». Where the capital is only a
    place ("The talks were held in ____"), the country is another answer: refused."""
    lines = ["The dam", "Nairobi objected to the plan in March, and Kampala said nothing."]
    nairobi = tidied_accepts("en", "____ objected to the plan in March.", "Nairobi", lines)
    assert graded_right(nairobi, "Kenya", "en") and graded_right(nairobi, "the Kenyan government", "en"), nairobi
    assert not graded_right(nairobi, "Uganda", "en") and not graded_right(nairobi, "Kampala", "en"), nairobi
    kampala = tidied_accepts("en", "Nairobi objected to the plan in March, and ____ said nothing.", "Kampala", lines)
    assert graded_right(kampala, "Uganda", "en") and not graded_right(kampala, "Kenya", "en"), kampala
    held = tidied_accepts("en", "The talks were held in ____ in March.", "Nairobi", ["Talks", "The talks were held in Nairobi in March."])
    assert not graded_right(held, "Kenya", "en"), held
    person = tidied_accepts("en", "____ said the war was over.", "Washington", ["War", "George Washington led the army.", "Washington said the war was over."])
    assert not graded_right(person, "United States", "en"), person  # a person of that name
    whitehall = tidied_accepts("en", "____ rejected the request within a week.", "Whitehall", ["Request", "Whitehall rejected the request within a week."])
    assert graded_right(whitehall, "the British government", "en") and graded_right(whitehall, "the UK", "en"), whitehall
    es_lines = ["La represa", "Brasilia respondió a la propuesta con una nota, y Asunción rechazó el plan."]
    brasilia = tidied_accepts("es", "____ respondió a la propuesta con una nota.", "Brasilia", es_lines)
    assert graded_right(brasilia, "Brasil", "es") and graded_right(brasilia, "el Gobierno de Brasil", "es"), brasilia
    assert not graded_right(brasilia, "Paraguay", "es"), brasilia
    asuncion = tidied_accepts("es", "Brasilia respondió a la propuesta con una nota, y ____ rechazó el plan.", "Asunción", es_lines)
    assert graded_right(asuncion, "Paraguay", "es") and not graded_right(asuncion, "Brasil", "es"), asuncion
    en_lugar = tidied_accepts("es", "Las conversaciones se celebraron en ____ en marzo.", "Brasilia", ["Charlas", "Las conversaciones se celebraron en Brasilia en marzo."])
    assert not graded_right(en_lugar, "Brasil", "es"), en_lugar


def test_a_spanish_nationality_adjective_after_a_noun_accepts_its_country() -> None:
    """«los inversores ____» keyed «emiratíes»: «Emiratos Árabes Unidos», «EAU»; «un fondo ____»
    keyed «catarí»: «Catar»; «la empresa ____» keyed «keniana»: «Kenia»; never a neighbour
    («Arabia Saudita»), nor where the adjective names a language («la traducción ____»)."""
    lines = ["Hoteles", "Los inversores emiratíes compraron el hotel en 2015, y un fondo catarí prestó el resto."]
    emiraties = tidied_accepts("es", "Los inversores ____ compraron el hotel en 2015.", "emiratíes", lines)
    for typed in ("Emiratos Árabes Unidos", "EAU", "los Emiratos"):
        assert graded_right(emiraties, typed, "es"), (typed, emiraties)
    assert not graded_right(emiraties, "Arabia Saudita", "es"), emiraties
    catari = tidied_accepts("es", "Un fondo ____ prestó el resto.", "catarí", lines)
    assert graded_right(catari, "Catar", "es") and not graded_right(catari, "Kuwait", "es"), catari
    keniana = tidied_accepts("es", "La empresa ____ construyó la represa.", "keniana", ["Represa", "La empresa keniana construyó la represa."])
    assert graded_right(keniana, "Kenia", "es"), keniana
    traduccion = tidied_accepts("es", "La traducción ____ apareció en 1921.", "francesa", ["Libro", "La traducción francesa apareció en 1921."])
    assert not graded_right(traduccion, "Francia", "es"), traduccion
    kazakh = tidied_accepts("en", "The ____ investors bought the mine.", "Kazakh", ["Mines", "The Kazakh investors bought the mine."])
    assert graded_right(kazakh, "Kazakhstan", "en") and not graded_right(kazakh, "Uzbekistan", "en"), kazakh


def test_a_minister_by_surname_and_by_full_name() -> None:
    """Pinned (the mention rules and full_name_of_surname do it): the full name's gap takes the
    surname, the surname's gap the full name; another minister's surname stays wrong."""
    lines = [
        "The trade deal",
        "Trade minister Olusegun Adebayo signed the deal, and finance minister Chidinma Okafor watched.",
        "Adebayo later said the deal was fair.",
    ]
    drafts = derive_drafts(document(lines), "en")
    full = accepts_for(drafts, "Olusegun Adebayo")
    surname = accepts_for(drafts, "Adebayo")
    assert full or surname
    for accept in full:
        assert graded_right(accept, "Adebayo", "en") and not graded_right(accept, "Okafor", "en"), accept
    for accept in surname:
        assert graded_right(accept, "Olusegun Adebayo", "en") and not graded_right(accept, "Chidinma Okafor", "en"), accept
    es = tidied_accepts(
        "es", "Según ____, el acuerdo era justo.", "Quispe Mamani",
        ["El acuerdo", "La ministra Florencia Quispe Mamani firmó el acuerdo.", "Según Quispe Mamani, el acuerdo era justo."],
    )
    assert graded_right(es, "Florencia Quispe Mamani", "es") and not graded_right(es, "Florencia", "es"), es


def test_accents_hyphens_spaces_and_numbers_are_folded_by_the_grader() -> None:
    """Pinned: with typos off, «idiofono» is «idiófono», «baqueta» stays «baqueta» and
    «banqueta» stays wrong; "six bass" is "six-bass", "steelband" is "steel band"; "2" is
    "two" and «2» is «dos», both ways; "3" is no "two"."""
    assert graded_right(["idiófono"], "idiofono", "es") and graded_right(["idiofono"], "idiófono", "es")
    assert not graded_right(["baqueta"], "banqueta", "es")
    assert graded_right(["six-bass"], "six bass", "en") and graded_right(["six bass"], "six-bass", "en")
    assert graded_right(["steel band"], "steelband", "en") and graded_right(["steelband"], "steel-band", "en")
    assert graded_right(["two"], "2", "en") and graded_right(["2"], "two", "en") and not graded_right(["two"], "3", "en")
    assert graded_right(["dos"], "2", "es") and graded_right(["2"], "dos", "es") and not graded_right(["dos"], "tres", "es")
