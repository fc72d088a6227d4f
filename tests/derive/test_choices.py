"""Choice items a blind reader cannot guess (quizapp.derive.choices): the blind strategies the
benchmark runs, and the rules drawing options of one kind, form, familiarity and grammar, with
the key at no telling place among them. Documents: tests/derive/fixtures/slate-railway.md and
canal-castilla.md (written for these tests: dated events, people with roles, figures)."""
from __future__ import annotations

from quizapp.derive.choices import agrees, blind_scores, familiarity_band, option_value, spread_rank, starts_with_vowel_sound
from quizapp.languages import language_for


def single(prompt: str, options: list[str], key: str) -> dict:
    return {"type": "single_choice", "prompt": prompt, "choices": [{"text": o, "correct": o == key} for o in options]}


def test_blind_strategies_score_a_cue_the_options_leave_and_chance_where_there_is_none():
    middle = [single(f"In ____ event {n} happened.", ["1850", "1860", "1870", "1880"], "1860") for n in range(4)]
    scores = blind_scores(middle, "en")
    mark, chance, n, applied = scores["middle number"]
    assert (round(mark), round(chance), n, applied) == (50, 25, 4, 4)
    # The longest option is never the key here: below chance; familiarity does not apply to years.
    assert scores["most familiar option"][0] == 25 and scores["most familiar option"][3] == 0
    varied = [single(f"In ____ event {n} happened.", ["1850", "1860", "1870", "1880"], key) for n, key in enumerate(["1850", "1860", "1870", "1880"])]
    assert round(blind_scores(varied, "en")["middle number"][0]) == 25
    famous = [single("The ship sailed from ____.", ["Paris", "Mount Jewett", "Kinzua Creek"], "Paris")]
    assert blind_scores(famous, "en")["most familiar option"][0] == 100
    tf = [{"type": "true_false", "prompt": "True or false: x.", "answer": True}, {"type": "true_false", "prompt": "True or false: y.", "answer": True}]
    assert blind_scores(tf, "en")["always true"][:2] == (100, 50)


def test_the_other_items_a_strategy_reads_are_the_choice_items_a_blind_reader_is_shown():
    items = [
        single("Who designed the ____ ?", ["Archer", "Spooner", "Fairlie"], "Spooner"),
        single("Who built the ____ ?", ["Archer", "England", "Fairlie"], "England"),
        {"type": "numeric", "prompt": "Archer and Fairlie and Spooner and England", "answer": 1},
    ]
    # Archer and Fairlie are offered twice, each key once: the unmentioned option is the key.
    assert blind_scores(items, "en")["option the other items never mention"][0] == 100


def test_option_values_read_years_dates_and_figures():
    for language in ("en", "es"):
        assert option_value("1862", language) < option_value("1863", language) < option_value("1900", language)  # type: ignore[operator]
    assert option_value("21 de octubre de 1520", "es") < option_value("8 de noviembre de 1521", "es")  # type: ignore[operator]
    assert option_value("150,000 pounds", "en") == 150000.0
    assert option_value("Mount Jewett", "en") is None


def test_the_keys_rank_among_figure_options_varies_with_the_seed_and_stays_nearest_on_each_side():
    years = [1862, 1865, 1860, 1869, 1855, 1875, 1850]  # nearest to 1863 first
    ranks = set()
    for seed in range(40):
        head = spread_rank(1863.0, years, float, 3, f"s{seed}")[:3]
        below = sorted(y for y in head if y < 1863)
        above = sorted(y for y in head if y > 1863)
        assert below == sorted(y for y in (1862, 1860, 1855)[: len(below)]) and above == sorted((1865, 1869, 1875)[: len(above)])
        ranks.add(len(below))
    assert ranks == {0, 1, 2, 3}
    # Only two values below: the rank is at most 2 of 3, and every option is kept.
    assert all(len([y for y in spread_rank(1863.0, [1862, 1865, 1869, 1860, 1875], float, 3, f"s{n}")[:3] if y < 1863]) <= 2 for n in range(20))
    assert sorted(spread_rank(1863.0, years, float, 3, "x")) == sorted(years)


def test_options_agree_with_the_article_before_the_gap():
    assert not agrees("designed by an ", "Irish engineer", "Scottish engineer", "en")
    assert agrees("designed by an ", "Irish engineer", "English engineer", "en")
    assert not agrees("a ", "Union officer", "Army officer", "en")
    assert agrees("the ", "Union", "Army", "en")
    assert starts_with_vowel_sound("hour") and not starts_with_vowel_sound("European") and starts_with_vowel_sound("MP")
    assert agrees("a una empresa privada, la ", "Compañía del Canal de Castilla", "Ramal Sur", "es")  # "ramal": the ending does not say
    assert not agrees("la ", "Compañía del Canal", "Puerto de Santander", "es")
    assert not agrees("la ", "Compañía del Canal", "Fábricas de Harina", "es")  # plural after "la"
    assert agrees("la ", "Compañía del Canal", "Sociedad de Riegos", "es")
    assert agrees("en ", "Palencia", "Puerto de Santander", "es")


def test_wrong_options_of_the_keys_familiarity_band_come_first():
    lang = language_for("en")
    ordered = familiarity_band("Mount Jewett", ["Paris", "Bradford", "Kinzua Creek"], str, lang.familiarity)
    assert ordered[-1] == "Paris"
    assert familiarity_band("1882", ["1900", "1881"], str, lang.familiarity) == ["1900", "1881"]
