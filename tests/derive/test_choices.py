"""Choice items a blind reader cannot guess (quizapp.derive.choices): the blind strategies the
benchmark runs, and the rules drawing options of one kind, form, familiarity and grammar, with
the key at no telling place among them. Documents: tests/derive/fixtures/slate-railway.md and
canal-castilla.md (written for these tests: dated events, people with roles, figures)."""
from __future__ import annotations

from quizapp.derive.choices import agrees, blind_scores, familiarity_band, odd_head, option_value, role_groups, roles_fit, same_head_first, same_shape, spread_rank, starts_with_vowel_sound
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


def test_a_figure_after_a_or_an_is_read_as_it_is_spoken():
    # "an 80 per cent success rate": eighty opens with a vowel sound, twenty does not, so a
    # reader drops "20 per cent" from the options on the article alone.
    spoken_with_an = ["8", "11", "18", "80 per cent", "85", "800", "8,000", "11,500 tonnes", "18.5", "8.2 metres", "80,000"]
    spoken_with_a = ["20 per cent", "1", "100", "1,000", "9", "19", "70", "110", "1,800", "12"]
    assert all(starts_with_vowel_sound(n) for n in spoken_with_an)
    assert not any(starts_with_vowel_sound(n) for n in spoken_with_a)
    assert not agrees("suggest an ", "80 per cent", "20 per cent", "en")
    assert agrees("suggest an ", "80 per cent", "88 per cent", "en")
    assert agrees("suggest an ", "80 per cent", "11 per cent", "en")
    assert agrees("a ", "20 per cent", "60 per cent", "en")


def test_wrong_options_are_of_the_keys_familiarity_band_and_shape():
    """"Dduallt" among "London", "Dublin" and "Britain" is the one nobody has heard of."""
    lang = language_for("en")
    assert familiarity_band("Dduallt", ["London", "Dublin", "Britain", "Tanygrisiau"], str, lang.familiarity) == ["Tanygrisiau"]
    assert familiarity_band("Mount Jewett", ["Paris", "Bradford"], str, lang.familiarity) == ["Bradford"]
    assert familiarity_band("1882", ["1900", "1881"], str, lang.familiarity) == ["1900", "1881"]
    assert not same_shape("Juan de Homar", "Fernando VI", person=True)
    assert not same_shape("Rui Faleiro", "Lapulapu", person=True) and same_shape("Humabon", "Lapulapu", person=True)
    assert same_shape("Sackville Street", "Berwick Street", person=False)


def test_no_person_the_sentence_names_is_a_wrong_option():
    """"____, the curate ..., at first doubted Snow's explanation": John Snow is no option."""
    _paragraphs, drafts = drafted_samples("broad-street-cholera.md", "en")
    for d in drafts:
        if d.item.get("type") == "single_choice" and "Snow's explanation" in d.item["prompt"]:
            assert "John Snow" not in {c["text"] for c in d.item["choices"]}


# ---------------------------------------------------------------- through the drafter

from pathlib import Path  # noqa: E402

from quizapp.derive import Paragraph, RuleDrafter, derive_drafts  # noqa: E402
from quizapp.derive.bankfolder import read_paragraphs  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def drafted(name: str, language: str) -> tuple[list[Paragraph], list]:
    paragraphs = read_paragraphs((FIXTURES / name).read_text(encoding="utf-8"))
    return paragraphs, derive_drafts(paragraphs, language)


def drafted_samples(name: str, language: str) -> tuple[list[Paragraph], list]:
    """A famous-subject sample of tests/fixtures/documents, drafted."""
    paragraphs = read_paragraphs((FIXTURES.parents[1] / "fixtures" / "documents" / name).read_text(encoding="utf-8"))
    return paragraphs, derive_drafts(paragraphs, language)


def test_figure_and_date_options_do_not_put_the_key_in_the_middle_every_time(samples):
    """Drawn nearest first around the key, three dates put it between them: "pick a middle
    one" would score 50 % on four options without the text. Over every single choice drafted
    on figures or dates, the key is the lowest or the highest option about as often as chance
    has it (half the time with four options)."""
    inside, total = 0, 0
    for sample in samples.values():
        for d in sample.drafts:
            if d.item.get("type") != "single_choice" or len(d.item["choices"]) < 3:
                continue
            values = [option_value(c["text"], sample.language) for c in d.item["choices"]]
            if any(v is None for v in values):
                continue
            key = next(v for v, c in zip(values, d.item["choices"]) if c.get("correct"))
            total += 1
            inside += min(values) < key < max(values)  # type: ignore[operator, type-var]
    # Chance: 2 in 4 with four options, 1 in 3 with three. Drawn nearest first (both sides
    # when the document has them) it was 57 of 94 drafts here.
    assert total >= 40
    assert inside / total <= 0.58, (inside, total)


def test_no_option_the_article_before_the_gap_or_the_keys_form_rules_out():
    """"la ____" takes no masculine name ("la Instituto Nacional de Colonización"), and a name
    written with its article ("La Sociedad Harinera") is not offered among names without."""
    text = [
        "El puerto de Santander recibía el trigo de Castilla desde el siglo XVIII.",
        "En 1831 el Estado cedió las obras a una empresa privada, la Compañía del Canal de Castilla, a cambio de los peajes.",
        "Los riegos de la vega pasaron en 1902 al Sindicato Agrícola de Palencia, que los amplió.",
        "La Sociedad Harinera de Valladolid compró tres molinos en 1860.",
        "El Instituto Nacional de Colonización repartió las tierras en 1955.",
        "El Consejo de Ministros aprobó el plan de regadíos en 1946.",
    ]
    drafts = RuleDrafter().draft([Paragraph(i + 1, t) for i, t in enumerate(text)], "es")
    for d in drafts:
        if d.item.get("type") != "single_choice":
            continue
        options = [c["text"] for c in d.item["choices"]]
        if "la ____" in d.item["prompt"]:
            assert not {"Instituto Nacional de Colonización", "Consejo de Ministros", "Sindicato Agrícola de Palencia"} & set(options), options
        with_article = [o for o in options if o.split()[0] in ("La", "El", "Los", "Las")]
        assert len(with_article) in (0, len(options)), options


def test_dated_clauses_make_ordering_and_matching_items_of_the_document():
    """"Construction began in 1833 and the railway opened in 1836", "... were delivered in 1863
    by ...": events the text dates clause by clause are ordered and matched to their years,
    three or more, each a span of its cited paragraph, none worded "first"/"last", two
    clauses of one sentence never in one item (their wording orders them)."""
    paragraphs, drafts = drafted("slate-railway.md", "en")
    text = {p.number: p.text for p in paragraphs}
    ready = [d for d in drafts if not d.problems and d.kind == "question"]
    orderings = [d for d in ready if d.item["type"] == "ordering"]
    # A matching may be held back only because a better ready draft asks one of its years (the
    # set never shows one item's key in another) or orders the same events (kinds16b): it was
    # still drafted and checked fair.
    matchings = [
        d for d in drafts
        if d.kind == "question" and d.item["type"] == "matching" and all(p["right"].isdigit() for p in d.item["pairs"])
        and all(p.startswith(("gives away, or is given away by", "asks the same dated events as the better draft")) for p in d.problems)
    ]
    assert orderings and matchings
    for d in orderings:
        items = d.item["items"]
        cited = " ".join(text[n] for n in d.item["source"])
        assert len(items) >= 3
        for event in items:
            assert event[0].lower() + event[1:] in cited or event in cited, event
            assert not {"first", "last", "finally"} & set(event.lower().split())
        assert "The railway opened" not in items or "Construction began" not in items
    years = {"The railway opened": 1836, "Two small engines named Princess and Mountaineer were delivered": 1863, "The company tested Little Wonder": 1869}
    ordered = [years[e] for e in orderings[0].item["items"] if e in years]
    assert len(ordered) >= 2 and ordered == sorted(ordered)
    pairs = matchings[0].item["pairs"]
    assert len(pairs) >= 3 and all(p["right"].isdigit() and len(p["left"].split()) <= 14 for p in pairs)


def test_choice_items_survive_when_the_blind_reader_is_shown_only_choice_items(samples):
    """The blind reader is shown the choice items only: the typed questions, which quote every
    sentence and so every other date and name, no longer make each date question's key "the
    one option nobody mentions" (it held back almost every single choice: 8 ready over these
    seven documents). Each document still has every content paragraph covered. (Since session
    8 a single choice whose wrong option another choice item names in a role, or keys by its
    surname, is held back when no spare replaces it: six items here, each one a blind reader
    answered by elimination in sessions 5 and 6; see tests/derive/test_blindness.py. Since
    session 16 a figure's options lie within a factor of 2.5 of the key and measure what it
    does, and no comparative or change word beside the gap orders them: the viaduct's 190
    metres among 92 and 625, the chambers' 55 metres wide among a climb of 26 metres, and a
    catch that «creció un ____» are asked typed only, 7 single choices left; figchoice.)"""
    ready = [d for sample in samples.values() for d in sample.ready if d.kind == "question"]
    assert sum(d.item["type"] == "single_choice" for d in ready) >= 7
    for sample in samples.values():
        content = {p.number for p in sample.paragraphs if not p.is_heading and p.text.strip()}
        assert content <= {d.paragraph for d in sample.ready}, sample.name


def test_a_person_is_swapped_in_a_statement_unless_the_text_gives_the_two_other_roles():
    assert roles_fit("engineer", "engineer") and roles_fit(None, "businessman") and roles_fit(None, None)
    assert not roles_fit("engineer", "businessman")


def test_wrong_options_share_the_keys_generic_head_noun_first():
    generic = {"railroad", "company", "department"}
    names = ["Elmira Bridge Company", "Pennsylvania Department of Transportation", "Buffalo and Erie Railroad"]
    assert same_head_first("Kinzua Railroad", names, str, generic)[0] == "Buffalo and Erie Railroad"
    assert same_head_first("Kovalchick Salvage", names, str, generic) == names


def test_the_one_organisation_of_its_kind_among_others_is_no_single_choice():
    """"when the ____, as the company was then called, abandoned the line": the one railway
    among a bridge company and a state department is picked without the text."""
    generic = {"railroad", "company", "department"}
    assert odd_head("Erie Railroad", ["Elmira Bridge Company", "Department of Transportation"], generic)
    assert not odd_head("Erie Railroad", ["Elmira Bridge Company", "Buffalo Railroad"], generic)
    assert not odd_head("Kovalchick Salvage", ["Elmira Bridge Company", "Department of Transportation"], generic)
    _paragraphs, drafts = drafted("kinzua-viaduct.md", "en")
    for d in drafts:
        if d.item.get("type") == "single_choice":
            assert {c["text"] for c in d.item["choices"]} != {"Elmira Bridge Company", "Erie Railroad", "Pennsylvania Department of Transportation"}


def test_people_whose_roles_share_a_noun_wait_for_another_matching_group():
    roles = [("Spooner", "surveyor"), ("Archer", "businessman"), ("C. E. Spooner", "surveyor"), ("England", "builder"), ("Fairlie", "engineer"), ("Pegler", "businessman")]
    groups = role_groups(roles, lambda r: r[1])
    assert [[name for name, _ in g] for g in groups] == [["Spooner", "Archer", "England", "Fairlie"]]
    assert role_groups(roles[:2], lambda r: r[1]) == []


def test_a_matching_of_events_to_full_dates_does_not_ask_for_years():
    """"8 de noviembre de 1521" is a date: the prompt says so (it asked for "el año")."""
    dated = []
    for name, language in (("magallanes-elcano.md", "es"), ("broad-street-cholera.md", "en")):
        _paragraphs, drafts = drafted_samples(name, language)
        dated += [d for d in drafts if d.item.get("type") == "matching" and any(not p["right"].isdigit() and any(c.isdigit() for c in p["right"]) for p in d.item["pairs"])]
    assert dated  # (Broad Street's dated events no longer stand alone as matching sides)
    for d in dated:
        assert "fecha" in d.item["prompt"] or "date" in d.item["prompt"]
