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
from quizapp.derive.accept_variants import DraftContext, tidy_accept_lists
from quizapp.languages import language_for
from quizapp.qtypes.typed import typed_answer_matches
from tests.helpers.drafts import accepts_for, document, fill_in_draft


def _tidied(lang: str, prompt: str, key: str, lines: list[str]) -> list[str]:
    draft = fill_in_draft(prompt, key)
    tidy_accept_lists(draft, DraftContext(language_for(lang), frozenset(), "\n".join(lines)))
    return [str(a) for a in draft.item["accept"]]


def _right(accept: list[str], typed: str, lang: str, typos: bool = False) -> bool:
    """Whether the answer POST's grader marks ``typed`` right against ``accept``."""
    return typed_answer_matches({"accept": accept, "typos": typos}, typed, lang)


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
    park = _tidied("en", "The ____ holds the largest elephant herd of the plateau.", "Tsavuka National Park", PARKS_EN)
    for typed in ("Tsavuka", "Tsavuka Park", "the Tsavuka National Park", "tsavuka national park"):
        assert _right(park, typed, "en"), (typed, park)
    for typed in ("Morumbe", "Morumbe Game Reserve", "National Park"):
        assert not _right(park, typed, "en"), (typed, park)
    reserve = _tidied("en", "Its neighbour, the ____, lets hunters in every winter.", "Morumbe Game Reserve", PARKS_EN)
    assert _right(reserve, "Morumbe", "en") and _right(reserve, "Morumbe Reserve", "en"), reserve
    assert not _right(reserve, "Tsavuka", "en"), reserve
    es = _tidied("es", "La ____ protege la costa desde 1975.", "Reserva Nacional de Quillagua", PARKS_ES)
    for typed in ("Quillagua", "Reserva de Quillagua", "la Reserva Nacional de Quillagua"):
        assert _right(es, typed, "es"), (typed, es)
    assert not _right(es, "Huentelauquén", "es"), es
    parque = _tidied("es", "Al sur, el ____ guarda los últimos humedales del valle.", "Parque Nacional Huentelauquén", PARKS_ES)
    assert _right(parque, "Huentelauquen", "es") and _right(parque, "Parque Huentelauquén", "es"), parque
    assert not _right(parque, "Quillagua", "es"), parque


def test_a_protected_area_through_the_drafter() -> None:
    """The drafter's own gap on the park takes its bare name."""
    drafts = derive_drafts(document(PARKS_EN), "en")
    lists = accepts_for(drafts, "Tsavuka National Park")
    assert lists and all(_right(a, "Tsavuka", "en") for a in lists), lists


def test_a_protected_area_named_like_a_town_of_the_text_keeps_its_kind() -> None:
    """Where the text names a town by the park's name ("the town of Tsavuka"), "Tsavuka" is
    the town, not the park: refused; so «el pueblo de Quillagua» beside the reserve. A word of
    general text ("Central National Park") is no name either."""
    lines = [*PARKS_EN, "Most rangers live in the town of Tsavuka, a day's drive away."]
    park = _tidied("en", "The ____ holds the largest elephant herd of the plateau.", "Tsavuka National Park", lines)
    assert not _right(park, "Tsavuka", "en"), park
    es_lines = [*PARKS_ES, "Los guardaparques viven en el pueblo de Quillagua."]
    es = _tidied("es", "La ____ protege la costa desde 1975.", "Reserva Nacional de Quillagua", es_lines)
    assert not _right(es, "Quillagua", "es"), es
    central = _tidied("en", "The ____ lies on the plateau.", "Central National Park", ["Parks", "The Central National Park lies on the plateau."])
    assert not _right(central, "Central", "en"), central


def test_falls_are_not_their_river() -> None:
    """"the Blue Nile Falls" is no "Blue Nile": the river is another answer (the grader takes
    the article and the case already)."""
    lines = ["The gorge", "The spray of the Kereto River Falls can be seen from the road."]
    falls = _tidied("en", "The spray of the ____ can be seen from the road.", "Kereto River Falls", lines)
    assert _right(falls, "the Kereto River Falls", "en"), falls
    assert not _right(falls, "Kereto River", "en") and not _right(falls, "Kereto", "en"), falls


def test_a_key_with_the_head_noun_beside_the_gap() -> None:
    """"Each lodge has a ____ pool" keyed "plunge": "plunge pool" (a reader types the whole
    compound); "a ____ kiln" keyed "bottle": "bottle kiln"; «una ____ de barro» is no compound
    and «los inversores ____» keyed «emiratíes» takes «inversores emiratíes». Not a verb after
    the gap ("The ____ holds the water": "tank holds" is no answer), and another modifier with
    the same noun stays wrong ("infinity pool")."""
    lines = ["Lodges", "Each lodge has a plunge pool on its terrace.", "The potters fired a bottle kiln until 1950."]
    pool = _tidied("en", "Each lodge has a ____ pool on its terrace.", "plunge", lines)
    assert _right(pool, "plunge pool", "en") and _right(pool, "plunge-pool", "en"), pool
    assert not _right(pool, "infinity pool", "en") and not _right(pool, "pool", "en"), pool
    kiln = _tidied("en", "The potters fired a ____ kiln until 1950.", "bottle", lines)
    assert _right(kiln, "bottle kiln", "en"), kiln
    tank = _tidied("en", "The ____ holds the water for the dry months.", "cistern", ["Water", "The cistern holds the water for the dry months."])
    assert tank == ["cistern"], tank
    for prompt, key in (("The ____ grows in the shade.", "fern"), ("The ____ grew in the shade.", "fern")):
        assert _tidied("en", prompt, key, ["Ferns", "The fern grows in the shade."]) == [key], prompt
    for prompt, key in (("Los vecinos ____ la obra en 2019.", "rechazaron"), ("Los vecinos ____ en 2019.", "protestaron"), ("El pueblo ____ el agua del río.", "bebe")):
        assert _tidied("es", prompt, key, ["Vecinos", "Los vecinos rechazaron la obra en 2019."]) == [key], prompt
    station = ["Power", "The lake of the Carnedd power station flooded the old road.", "In 1954 the businessman Idris Morgan took control of the line."]
    assert _tidied("en", "The lake of the ____ power station flooded the old road.", "Carnedd", station) == ["Carnedd"]  # the head is "power station"
    assert _tidied("en", "In 1954 the businessman ____ took control of the line.", "Idris Morgan", station)[-1] != "Idris Morgan took"
    beacon = _tidied("en", "The council voted to buy the ____ lighthouse from the state.", "Skerry Point", ["Lights", "The council voted to buy the Skerry Point lighthouse from the state."])
    assert _right(beacon, "Skerry Point lighthouse", "en") and not _right(beacon, "Skerry lighthouse", "en"), beacon
    es_lines = ["Hoteles", "Los inversores emiratíes compraron el hotel en 2015."]
    es = _tidied("es", "Los inversores ____ compraron el hotel en 2015.", "emiratíes", es_lines)
    assert _right(es, "inversores emiratíes", "es"), es
    assert not _right(es, "inversores cataríes", "es"), es


def test_a_capital_acting_for_its_state_accepts_the_state() -> None:
    """"____ objected to the plan" keyed "Nairobi": "Kenya" (and its government), not "Uganda";
    «____ respondió a la propuesta» keyed «Brasilia»: «Brasil». Where the capital is only a
    place ("The talks were held in ____"), the country is another answer: refused."""
    lines = ["The dam", "Nairobi objected to the plan in March, and Kampala said nothing."]
    nairobi = _tidied("en", "____ objected to the plan in March.", "Nairobi", lines)
    assert _right(nairobi, "Kenya", "en") and _right(nairobi, "the Kenyan government", "en"), nairobi
    assert not _right(nairobi, "Uganda", "en") and not _right(nairobi, "Kampala", "en"), nairobi
    kampala = _tidied("en", "Nairobi objected to the plan in March, and ____ said nothing.", "Kampala", lines)
    assert _right(kampala, "Uganda", "en") and not _right(kampala, "Kenya", "en"), kampala
    held = _tidied("en", "The talks were held in ____ in March.", "Nairobi", ["Talks", "The talks were held in Nairobi in March."])
    assert not _right(held, "Kenya", "en"), held
    person = _tidied("en", "____ said the war was over.", "Washington", ["War", "George Washington led the army.", "Washington said the war was over."])
    assert not _right(person, "United States", "en"), person  # a person of that name
    whitehall = _tidied("en", "____ rejected the request within a week.", "Whitehall", ["Request", "Whitehall rejected the request within a week."])
    assert _right(whitehall, "the British government", "en") and _right(whitehall, "the UK", "en"), whitehall
    es_lines = ["La represa", "Brasilia respondió a la propuesta con una nota, y Asunción rechazó el plan."]
    brasilia = _tidied("es", "____ respondió a la propuesta con una nota.", "Brasilia", es_lines)
    assert _right(brasilia, "Brasil", "es") and _right(brasilia, "el Gobierno de Brasil", "es"), brasilia
    assert not _right(brasilia, "Paraguay", "es"), brasilia
    asuncion = _tidied("es", "Brasilia respondió a la propuesta con una nota, y ____ rechazó el plan.", "Asunción", es_lines)
    assert _right(asuncion, "Paraguay", "es") and not _right(asuncion, "Brasil", "es"), asuncion
    en_lugar = _tidied("es", "Las conversaciones se celebraron en ____ en marzo.", "Brasilia", ["Charlas", "Las conversaciones se celebraron en Brasilia en marzo."])
    assert not _right(en_lugar, "Brasil", "es"), en_lugar


def test_a_spanish_nationality_adjective_after_a_noun_accepts_its_country() -> None:
    """«los inversores ____» keyed «emiratíes»: «Emiratos Árabes Unidos», «EAU»; «un fondo ____»
    keyed «catarí»: «Catar»; «la empresa ____» keyed «keniana»: «Kenia»; never a neighbour
    («Arabia Saudita»), nor where the adjective names a language («la traducción ____»)."""
    lines = ["Hoteles", "Los inversores emiratíes compraron el hotel en 2015, y un fondo catarí prestó el resto."]
    emiraties = _tidied("es", "Los inversores ____ compraron el hotel en 2015.", "emiratíes", lines)
    for typed in ("Emiratos Árabes Unidos", "EAU", "los Emiratos"):
        assert _right(emiraties, typed, "es"), (typed, emiraties)
    assert not _right(emiraties, "Arabia Saudita", "es"), emiraties
    catari = _tidied("es", "Un fondo ____ prestó el resto.", "catarí", lines)
    assert _right(catari, "Catar", "es") and not _right(catari, "Kuwait", "es"), catari
    keniana = _tidied("es", "La empresa ____ construyó la represa.", "keniana", ["Represa", "La empresa keniana construyó la represa."])
    assert _right(keniana, "Kenia", "es"), keniana
    traduccion = _tidied("es", "La traducción ____ apareció en 1921.", "francesa", ["Libro", "La traducción francesa apareció en 1921."])
    assert not _right(traduccion, "Francia", "es"), traduccion
    kazakh = _tidied("en", "The ____ investors bought the mine.", "Kazakh", ["Mines", "The Kazakh investors bought the mine."])
    assert _right(kazakh, "Kazakhstan", "en") and not _right(kazakh, "Uzbekistan", "en"), kazakh


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
        assert _right(accept, "Adebayo", "en") and not _right(accept, "Okafor", "en"), accept
    for accept in surname:
        assert _right(accept, "Olusegun Adebayo", "en") and not _right(accept, "Chidinma Okafor", "en"), accept
    es = _tidied(
        "es", "Según ____, el acuerdo era justo.", "Quispe Mamani",
        ["El acuerdo", "La ministra Florencia Quispe Mamani firmó el acuerdo.", "Según Quispe Mamani, el acuerdo era justo."],
    )
    assert _right(es, "Florencia Quispe Mamani", "es") and not _right(es, "Florencia", "es"), es


def test_accents_hyphens_spaces_and_numbers_are_folded_by_the_grader() -> None:
    """Pinned: with typos off, «idiofono» is «idiófono», «baqueta» stays «baqueta» and
    «banqueta» stays wrong; "six bass" is "six-bass", "steelband" is "steel band"; "2" is
    "two" and «2» is «dos», both ways; "3" is no "two"."""
    assert _right(["idiófono"], "idiofono", "es") and _right(["idiofono"], "idiófono", "es")
    assert not _right(["baqueta"], "banqueta", "es")
    assert _right(["six-bass"], "six bass", "en") and _right(["six bass"], "six-bass", "en")
    assert _right(["steel band"], "steelband", "en") and _right(["steelband"], "steel-band", "en")
    assert _right(["two"], "2", "en") and _right(["2"], "two", "en") and not _right(["two"], "3", "en")
    assert _right(["dos"], "2", "es") and _right(["2"], "dos", "es") and not _right(["dos"], "tres", "es")
