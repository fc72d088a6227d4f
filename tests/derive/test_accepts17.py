"""Typed answers a learner who read the text gives (accepts, issue 10, rule 3), own texts in
English and Spanish: a name the text gives an alias ("known as", «conocida como», «apodado»)
and the alias, either way; a landmark's own name without its head noun ("Kuromon" for the
Kuromon Market); an event's short form from a small table ("Olympics", «Olimpiadas»); a group
noun's near-synonym from a small table («ecologistas» for «ambientalistas»). Never where the
document uses the other form for another thing, nor in the sentence that gives the alias."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from quizapp.derive.accept_variants import DraftContext, tidy_accept_lists
from quizapp.languages import language_for
from tests.helpers.drafts import accepts_for, document, fill_in_draft, typed_accepts

STRIKE_ES = [
    "La huelga de Tarabuco",
    "La dirigente vecinal Rosa Elena Tórrez, conocida como doña Chepa, organizó en 1978 la huelga de hambre de las mineras de Tarabuco.",
    "En 1980 Rosa Elena Tórrez se exilió en Lima con sus cuatro hijos y el sindicato quedó sin dirección.",
    "En 1982 doña Chepa volvió a Tarabuco y abrió una escuela para los hijos de los mineros.",
    "El minero Evaristo Condori, apodado «el Tigre», dirigió la marcha de 1986 hacia la ciudad de Sucre.",
    "En 1987 Evaristo Condori fue elegido secretario general del sindicato de Tarabuco.",
]
STRIKE_EN = [
    "The strike at Pelham Mills",
    "The weaver Margaret Ellen Tolliver, known as Mother Tolly, led the strike of the Pelham mill girls in 1912.",
    "In 1914 Margaret Ellen Tolliver moved to Lowell and the union lost its leader.",
    "In 1920 Mother Tolly returned to Pelham and opened a night school for the mill children.",
    "The foreman Arthur Blenkinsop, nicknamed \"the Badger\", locked the gates of the mill in March 1913.",
    "In 1915 Arthur Blenkinsop became the manager of the Lowell dye works.",
]


def _lists(lines: list[str], lang: str, key: str) -> list[list[str]]:
    drafts = derive_drafts(document(lines), lang)
    lists = accepts_for(drafts, key)
    assert lists, (key, typed_accepts(drafts))
    return lists


def _gaps(lines: list[str], lang: str) -> list[tuple[str, list[str]]]:
    """Every typed gap's prompt and accept list."""
    return [(str(d.item.get("prompt", "")), a) for d in derive_drafts(document(lines), lang) for a in typed_accepts([d])]


def _outside(lines: list[str], lang: str, key: str, written: str) -> list[list[str]]:
    """The accept lists keyed ``key`` of gaps whose prompt does not write ``written``."""
    found = [a for prompt, a in _gaps(lines, lang) if a and a[0] == key and written not in prompt]
    assert found, (key, _gaps(lines, lang))
    return found


def test_a_name_the_text_gives_an_alias_accepts_the_alias_elsewhere() -> None:
    """«En 1980 ____ se exilió»: «doña Chepa» and «Chepa» name her too; "In 1914 ____ moved to
    Lowell": "Mother Tolly", "Tolly"; «el Tigre», «Tigre» for Evaristo Condori."""
    for lines, lang, key, alias, core in (
        (STRIKE_ES, "es", "Rosa Elena Tórrez", "doña Chepa", "Chepa"),
        (STRIKE_ES, "es", "Evaristo Condori", "el Tigre", "Tigre"),
        (STRIKE_EN, "en", "Margaret Ellen Tolliver", "Mother Tolly", "Tolly"),
        (STRIKE_EN, "en", "Arthur Blenkinsop", "the Badger", "Badger"),
    ):
        for accept in _outside(lines, lang, key, alias):
            assert alias in accept and core in accept, (key, accept)


def test_the_alias_accepts_the_name_and_the_sentence_giving_it_accepts_neither() -> None:
    """"In 1920 ____ returned to Pelham" keyed "Mother Tolly": "Margaret Ellen Tolliver" too;
    but in «La dirigente ____, conocida como doña Chepa» the alias is written beside the gap,
    and «doña Chepa» is no answer there (nor the name in «conocida como doña ____»), and after
    the alias's own title («doña ____») the name would not read."""
    for prompt, accept in _gaps(STRIKE_ES, "es"):
        if "conocida como" in prompt or "apodado" in prompt:
            assert not ({"doña Chepa", "Chepa", "el Tigre", "Tigre"} & set(accept) and {"Rosa Elena Tórrez", "Evaristo Condori"} & set(accept)), (prompt, accept)
        elif "doña ____" in prompt:
            assert "Rosa Elena Tórrez" not in accept, (prompt, accept)
    for accept in _outside(STRIKE_EN, "en", "Mother Tolly", "Margaret Ellen Tolliver"):
        assert "Margaret Ellen Tolliver" in accept, accept


MARKETS_EN = [
    "Markets of Osaka",
    "The Kuromon Market opened in 1822 as a fish market beside the temple.",
    "The Tenma Bridge was rebuilt in iron in 1888 after a flood.",
    "The Central Market sold rice and salt to the merchants of the castle town.",
    "Fishermen from Sakai carried their catch to the Central Market every morning.",
]
MARKETS_ES = [
    "Los mercados de La Paz",
    "El Mercado Yungay abrió en 1920 junto a la estación del tranvía.",
    "El Puente Pichincha se derrumbó en 1945 tras una riada.",
    "Los primeros partidos de la liga se jugaron en el Estadio La Paz, inaugurado en 1930.",
    "El Estadio Municipal de Oruro fue inaugurado en 1931 con un partido entre dos clubes mineros.",
    "El Mercado Central vendía sal y azúcar a los comerciantes de la ciudad.",
]


def test_a_landmark_named_by_a_head_noun_and_a_name_accepts_the_name() -> None:
    """"The ____ opened in 1822" keyed "Kuromon Market": "Kuromon"; "Tenma" for the Tenma Bridge;
    «Yungay» for el Mercado Yungay, «Pichincha» for el Puente Pichincha, «La Paz» for el Estadio
    La Paz (the gap's sentence writes no other La Paz)."""
    for lines, lang, key, short in (
        (MARKETS_EN, "en", "Kuromon Market", "Kuromon"),
        (MARKETS_EN, "en", "Tenma Bridge", "Tenma"),
        (MARKETS_ES, "es", "Mercado Yungay", "Yungay"),
        (MARKETS_ES, "es", "Puente Pichincha", "Pichincha"),
        (MARKETS_ES, "es", "Estadio La Paz", "La Paz"),
    ):
        for accept in _lists(lines, lang, key):
            assert short in accept, (key, accept)


def test_a_landmark_whose_rest_is_a_common_word_keeps_its_head() -> None:
    """«el Central» of el Mercado Central, "Central", «Municipal de Oruro»: no name a reader types."""
    for lines, lang in ((MARKETS_EN, "en"), (MARKETS_ES, "es")):
        for _, accept in _gaps(lines, lang):
            assert not {"Central", "Municipal de Oruro", "Municipal"} & set(accept), accept


def test_a_landmark_name_another_landmark_shares_keeps_its_head() -> None:
    """"Kuromon" would name the market and the bridge alike."""
    lines = [
        "Markets of Osaka",
        "The Kuromon Market opened in 1822 as a fish market beside the temple.",
        "The Kuromon Bridge was rebuilt in iron in 1888 after a flood.",
    ]
    for _, accept in _gaps(lines, "en"):
        assert "Kuromon" not in accept, accept


def _tidied(lang: str, prompt: str, key: str, lines: list[str]) -> list[str]:
    """The accept list of a gap keyed ``key`` in ``prompt``, after the accept pipeline, in a
    document of ``lines``."""
    draft = fill_in_draft(prompt, key)
    tidy_accept_lists(draft, DraftContext(language_for(lang), frozenset(), "\n".join(lines)))
    return [str(a) for a in draft.item["accept"]]


GAMES_EN = [
    "Sport in Antwerp",
    "Antwerp hosted the Olympic Games in 1920, the first held after the war.",
    "The Games brought 29 nations to the city, and the Olympic flag was raised for the first time.",
]
GAMES_ES = [
    "El deporte en Amberes",
    "Amberes organizó los Juegos Olímpicos en 1920, los primeros tras la guerra.",
    "Los Juegos reunieron a 29 naciones, y la bandera olímpica se izó por primera vez.",
]


def test_an_event_accepts_its_short_form_from_the_language_table() -> None:
    """"Olympics" and "Games" for the Olympic Games, «Olimpiadas» and «Juegos» for los Juegos
    Olímpicos; a gap keyed on the short form the text writes ("The ____ brought 29 nations":
    "Games") the full name."""
    accept = _tidied("en", "“Antwerp hosted the ____ in 1920.”", "Olympic Games", GAMES_EN)
    assert {"Olympics", "Games"} <= set(accept), accept
    accept = _tidied("en", "“The ____ brought 29 nations to the city.”", "Games", GAMES_EN)
    assert {"Olympic Games", "Olympics"} <= set(accept), accept
    accept = _tidied("es", "«Amberes organizó los ____ en 1920.»", "Juegos Olímpicos", GAMES_ES)
    assert {"Olimpiadas", "Juegos"} <= set(accept), accept
    accept = _tidied("es", "«Los ____ reunieron a 29 naciones.»", "Juegos", GAMES_ES)
    assert {"Juegos Olímpicos", "Olimpiadas"} <= set(accept), accept


def test_a_bare_games_is_no_answer_where_the_text_names_other_games() -> None:
    lines = [*GAMES_EN, "The city also held the Workers' Games in 1937."]
    accept = _tidied("en", "“Antwerp hosted the ____ in 1920.”", "Olympic Games", lines)
    assert "Olympics" in accept and "Games" not in accept, accept
    accept = _tidied("en", "“The ____ brought 29 nations to the city.”", "Games", lines)
    assert accept == ["Games"], accept


DAM_ES = [
    "La presa de Misicuni",
    "En 2004 los ambientalistas y varios juristas denunciaron la presa de Misicuni ante el tribunal de Cochabamba.",
    "Los vecinos de Sacaba pagaban el agua a un precio tres veces mayor que los de la ciudad.",
]
DAM_EN = [
    "The Tarrant dam",
    "In 1998 environmentalists and several lawyers took the Tarrant dam to the high court.",
    "Three lawmakers of the county asked for a new survey of the valley in 1999.",
]


def test_a_group_noun_accepts_its_near_synonyms_from_the_language_table() -> None:
    """«ecologistas», «medioambientalistas» for «ambientalistas»; «residentes», «habitantes» for
    «vecinos»; "ecologists" for "environmentalists", "legislators" for "lawmakers"."""
    accept = _tidied("es", "«En 2004 los ____ y varios juristas denunciaron la presa.»", "ambientalistas", DAM_ES)
    assert {"ecologistas", "medioambientalistas"} <= set(accept), accept
    accept = _tidied("es", "«Los ____ de Sacaba pagaban el agua.»", "vecinos", DAM_ES)
    assert {"residentes", "habitantes"} <= set(accept), accept
    accept = _tidied("en", "“In 1998 ____ and several lawyers took the dam to court.”", "environmentalists", DAM_EN)
    assert "ecologists" in accept, accept
    accept = _tidied("en", "“Three ____ of the county asked for a new survey.”", "lawmakers", DAM_EN)
    assert "legislators" in accept, accept


def test_a_synonym_the_document_writes_for_its_own_group_is_no_answer() -> None:
    """«los ecologistas de la universidad» are another group than «los ambientalistas»: the
    text tells them apart, and so must the answer."""
    lines = [*DAM_ES, "Los ecologistas de la universidad midieron el caudal del río en 2006."]
    accept = _tidied("es", "«En 2004 los ____ y varios juristas denunciaron la presa.»", "ambientalistas", lines)
    assert "ecologistas" not in accept and "medioambientalistas" in accept, accept


def test_a_gap_on_the_surname_or_the_name_without_its_title_accepts_the_alias() -> None:
    """"Dr Ana Ruiz, known as the Owl": the gap keyed "Ana Ruiz" or "Ruiz" elsewhere accepts
    "the Owl" and "Owl"."""
    lines = ["The night clinic", "In 1931 Dr Ana Ruiz, known as the Owl, opened a night clinic for the dockers of Bilbao."]
    for key in ("Ana Ruiz", "Ruiz"):
        accept = _tidied("en", "“In 1935 ____ closed the clinic.”", key, lines)
        assert {"the Owl", "Owl"} <= set(accept), accept


def test_an_alias_of_a_name_that_opens_its_paragraph_is_the_name_s_alone() -> None:
    """"Lima, called the City of Kings" under the heading "Old Lima": the alias is Lima's, and a
    gap on Lima accepts it, and a gap on the alias "Lima" alone; the heading is no part of the name."""
    lines = ["Old Lima", "Lima, called the City of Kings by its founders, was the seat of the viceroy."]
    accept = _tidied("en", "“In 1600 ____ had 14,000 people.”", "Lima", lines)
    assert {"the City of Kings", "City of Kings"} <= set(accept), accept
    accept = _tidied("en", "“In 1600 ____ had 14,000 people.”", "the City of Kings", lines)
    assert "Lima" in accept and not any("Old" in a for a in accept), accept
