"""What a reader who never saw the document could exploit in the choice items (single choice,
multiple select, true/false), and the rules that take it away: headline facts asked with
options, distractors of another kind or magnitude, bounds ("more than") asked as values, the
role word that names the answer's neighbourhood, a key another ready item shows, true/false
swaps that are implausible or merely "not stated". The documents of tests/derive/fixtures were
written for it: details that world knowledge does not settle."""
from __future__ import annotations

import re

from quizapp.derive import Draft, Paragraph, check_drafts, derive_drafts
from quizapp.language import fold_word

CHOICE = ("single_choice", "multiple_select", "true_false")
HELD_OUT = ("kinzua-viaduct.md", "harbour-light.txt", "puente-vizcaya.md", "cooperativa-percebe.md")


def folded(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", fold_word(text))) + " "


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def choice_keys(d: Draft, paragraph: str) -> list[str]:
    if d.item["type"] == "true_false":
        start, end = d.answer_span  # type: ignore[misc]
        return [paragraph[start:end]]
    return [c["text"] for c in d.item["choices"] if c.get("correct")]


def shown(d: Draft) -> str:
    """What a question shows as fact: prompt, passage, correct options, accepted answers."""
    item = d.item
    parts = [str(item.get("prompt", "")), str(item.get("passage", ""))]
    parts += [c["text"] for c in item.get("choices", []) if c.get("correct")] + list(item.get("accept", []))
    return folded(" ".join(parts))


def test_choice_items_ask_details_not_headline_facts(samples):
    """No ready choice item's key is in the opening paragraph, a heading, or two paragraphs."""
    for sample in samples.values():
        content = {p.number: folded(p.text) for p in sample.paragraphs if not p.is_heading}
        headings = " ".join(folded(p.text) for p in sample.paragraphs if p.is_heading)
        lead = min(content)
        for d in sample.ready:
            if d.item.get("type") not in CHOICE:
                continue
            for key in choice_keys(d, sample.text(d.paragraph)):
                where = [n for n, t in content.items() if folded(key) in t]
                assert lead not in where and len(where) == 1 and folded(key) not in headings, (sample.name, d.key, key, where)


def test_no_ready_question_shows_a_ready_choice_items_key(samples):
    for sample in samples.values():
        questions = [d for d in sample.ready if d.kind == "question"]
        for d in questions:
            if d.item["type"] not in CHOICE:
                continue
            for key in choice_keys(d, sample.text(d.paragraph)):
                for other in questions:
                    assert other is d or folded(key) not in shown(other), (sample.name, d.key, key, other.key)


def test_figure_and_date_options_are_plausible_in_the_keys_place(samples):
    """Same unit, within a factor of ten; dates within thirty years of the key."""
    for sample in samples.values():
        for d in sample.ready:
            if d.item.get("type") != "single_choice":
                continue
            texts = [c["text"] for c in d.item["choices"]]
            years = [int(y) for t in texts for y in re.findall(r"\b(1\d{3}|20\d{2})\b", t)]
            if len(years) == len(texts):
                assert max(years) - min(years) <= 60, (d.key, texts)  # each within 30 of the key
                continue
            figures = [re.match(r"^([\d.,]+)\s+(\D+)$", t) for t in texts]
            if all(figures):
                sep = "." if sample.language == "es" else ","
                values = [float(f.group(1).replace(sep, "").replace(",", ".")) for f in figures]  # type: ignore[union-attr]
                assert len({f.group(2) for f in figures}) == 1, (d.key, texts)  # type: ignore[union-attr]
                key = next(v for v, c in zip(values, d.item["choices"]) if c.get("correct"))
                assert all(max(v, key) / min(v, key) <= 10 for v in values), (d.key, texts)


def test_every_type_is_still_drafted_on_the_held_out_documents(samples):
    produced = {d.item.get("type", "card") for name in HELD_OUT for d in samples[name].ready}
    drafted = {d.item.get("type", "card") for name in HELD_OUT for d in samples[name].drafts}
    # (A multiple select on a famous place is held back: see test_general_knowledge.)
    assert {"single_choice", "true_false", "numeric", "fill_in", "cloze"} <= produced and "multiple_select" in drafted, produced


def test_most_paragraphs_of_the_held_out_documents_have_a_ready_draft(samples):
    for name in HELD_OUT:
        sample = samples[name]
        content = {p.number for p in sample.paragraphs if not p.is_heading}
        covered = content & {d.paragraph for d in sample.ready}
        assert len(covered) >= len(content) - 1, (name, sorted(content - covered))


CANAL = [
    Paragraph(1, "A canal", is_heading=True),
    Paragraph(2, "The canal opened to ships in 1914 after a decade of work by the American engineers."),
    Paragraph(3, "In 1534 Emperor Charles Habsburg ordered a survey of a route through the isthmus."),
    Paragraph(4, "In 1977 the president Jimmy Carter signed the treaties that handed the canal to Panama in 1999."),
    Paragraph(5, "In 1981 the lawyer Omar Duarte led the commission that prepared the transfer of the locks."),
    Paragraph(6, "In 1975 the diplomat Ellen Bunker drafted the first version of the treaties in Washington."),
    Paragraph(7, "Each year astronomers submit more than 1,000 proposals, and about 250 proposals are accepted."),
    Paragraph(8, "The press mocked the project, and the cartoonist Gary Lawson made it a running joke in 1980."),
    Paragraph(9, "The lock gates are 25 metres tall. The lake behind them is 3 metres deep in the dry season. A tunnel under the lake is 2,400 metres long."),
]


def test_a_bound_is_never_asked_with_options_and_people_of_another_era_are_no_options():
    for d in derive_drafts(CANAL, "en"):
        item = d.item
        options = [c["text"] for c in item.get("choices", [])] + [o["text"] for g in item.get("gaps", []) for o in g.get("options", [])]
        if "1,000 proposals" in options:
            raise AssertionError(f"a bound asked with options: {item}")
        if item.get("type") == "true_false" and "proposals" in item["prompt"]:
            # The bound itself is never swapped in a ready statement (a refused one is held back, with why).
            assert "more than 1,000 proposals" in item["prompt"] or any("bound" in p for p in d.problems), (item, d.problems)
        if "Charles Habsburg" in options:
            assert not {"Jimmy Carter", "Omar Duarte", "Ellen Bunker"} & set(options), item
        if "2,400 metres" in options or "25 metres" in options:
            assert "3 metres" not in options or "2,400 metres" not in options, item  # a factor of 800 apart


def test_a_persons_role_before_the_gap_is_left_out_of_a_choice_stem():
    for d in derive_drafts(CANAL, "en"):
        if d.item.get("type") == "single_choice" and "Gary Lawson" in [c["text"] for c in d.item["choices"] if c.get("correct")]:
            assert "cartoonist" not in d.item["prompt"], d.item["prompt"]


def test_a_swapped_person_shares_the_role_and_a_statement_with_also_is_not_swapped():
    paragraphs = [
        Paragraph(1, "The engineer John Wallace resigned after a year in 1905, tired of the fevers."),
        Paragraph(2, "The engineer John Stevens built the railway along the route in 1906."),
        Paragraph(3, "The physician William Gorgas fought the mosquitoes that carried yellow fever in 1904."),
        Paragraph(4, "The engineer George Goethals also finished the locks in 1913, ahead of schedule."),
    ]
    for d in derive_drafts(paragraphs, "en"):
        if d.item.get("type") != "true_false" or d.item["answer"]:
            continue
        prompt = d.item["prompt"]
        assert "physician John" not in prompt and "physician George" not in prompt, prompt
        assert not ("also finished" in prompt and "Goethals" not in prompt), prompt


def test_a_sentence_leaning_on_the_one_before_is_asked_with_it():
    paragraphs = [
        Paragraph(1, "The telescope was launched on 24 April 1990 aboard the shuttle Discovery. It circles the planet once every 95 minutes, at a speed of about 27,000 kilometres per hour."),
    ]
    drafts = derive_drafts(paragraphs, "en")
    asked = [d for d in drafts if d.kind == "question" and "95" not in str(d.item.get("prompt", "")) + str(d.item.get("passage", ""))]
    quoting = [d for d in asked if "It circles the planet" in str(d.item.get("prompt", "")) + str(d.item.get("passage", ""))]
    assert quoting and all("launched on" in str(d.item.get("prompt", "")) + str(d.item.get("passage", "")) for d in quoting)


def test_a_term_the_text_names_or_quotes_is_a_typed_answer():
    paragraphs = [
        Paragraph(1, "For astronomers, the main problem of the air is \u201cseeing\u201d, the twinkling of starlight by moving air."),
        Paragraph(2, "Los mariscadores trabajan entre ola y ola con una herramienta de hierro llamada raspa."),
    ]
    accepted = [a for d in derive_drafts(paragraphs[:1], "en") + derive_drafts(paragraphs[1:], "es") if d.item.get("type") == "fill_in" for a in d.item["accept"]]
    assert "seeing" in accepted and "raspa" in accepted


def test_a_year_before_a_verb_is_no_count_and_an_elliptical_definition_is_no_card():
    paragraphs = [
        Paragraph(1, "A visitor centre built in 2016 tells the history of the bridge and its towers."),
        Paragraph(2, "De los veinte transbordadores que se construyeron, solo ocho siguen en pie. El de Vizcaya es el más antiguo de ellos."),
    ]
    for d in derive_drafts(paragraphs[:1], "en"):
        assert d.item.get("unit") != "tells", d.item
    assert not [d for d in derive_drafts(paragraphs[1:], "es") if d.kind == "card" and d.item["front"].startswith("El de")]


def test_one_typed_answer_is_asked_once():
    paragraphs = [
        Paragraph(1, "The bridge joins Getxo and Portugalete across the river near its mouth."),
        Paragraph(2, "Before 1893 the only link between Getxo and Portugalete was a rowing boat."),
    ]
    answers = [d.item["accept"][0] for d in ready(derive_drafts(paragraphs, "en")) if d.item.get("type") == "fill_in"]
    assert len(answers) == len(set(answers)), answers


def mentions(d: Draft) -> str:
    """Everything a quiz taker reads in a question, wrong options too."""
    item = d.item
    parts = [str(item.get("prompt", "")), str(item.get("passage", ""))] + [c["text"] for c in item.get("choices", [])]
    parts += list(item.get("accept", [])) + [o["text"] for g in item.get("gaps", []) for o in g.get("options", [])]
    parts += list(item.get("items", [])) + [f"{p['left']} {p['right']}" for p in item.get("pairs", [])]
    return folded(" ".join(parts))


def test_the_key_is_neither_the_option_the_set_mentions_least_nor_most(samples):
    """Distractors come from the document's other facts, which other questions quote: without
    care the key would be the one option nobody else mentions. A blind reader, who is shown
    the choice items (tests/benchmarks/blind_reader.py), picking the least (or most)
    mentioned option of every single choice must not beat chance by much."""
    for sample in samples.values():
        questions = [d for d in sample.ready if d.kind == "question" and d.item["type"] in CHOICE]
        for d in questions:
            if d.item["type"] != "single_choice":
                continue
            context = " ".join(mentions(o) for o in questions if o is not d)
            counts = {c["text"]: context.count(folded(c["text"])) for c in d.item["choices"]}
            key = next(c["text"] for c in d.item["choices"] if c.get("correct"))
            wrong = [n for text, n in counts.items() if text != key]
            assert any(n >= counts[key] for n in wrong), (sample.name, d.key, counts)  # not the most mentioned alone
            assert any(n < counts[key] for n in wrong) or sum(n == counts[key] for n in wrong) >= (len(wrong) + 1) // 2, (sample.name, d.key, counts)


def option_units(d: Draft) -> list[tuple[set[str], set[str]]]:
    """Each set of options a reader chooses from in a question, as (options, keys), folded:
    a single choice or multiple select's choices, a cloze's gaps with options."""
    item = d.item
    if item.get("type") in ("single_choice", "multiple_select"):
        groups = [item["choices"]]
    elif item.get("type") == "cloze":
        groups = [g["options"] for g in item["gaps"] if "options" in g]
    else:
        return []
    return [({folded(c["text"]) for c in g}, {folded(c["text"]) for c in g if c.get("correct")}) for g in groups]


def swapped_in(d: Draft) -> str | None:
    """The value a false statement swapped in: where its statement differs from the sentence
    its explanation quotes (the common beginning and end left out, whole words only)."""
    if d.item.get("type") != "true_false" or d.item["answer"]:
        return None
    quoted = re.search("[\u201c\u00ab](.*)[\u201d\u00bb]", d.item.get("explanation", ""), re.DOTALL)
    assert quoted, d.item
    sentence = quoted.group(1).split()
    statement = d.item["prompt"].split(": ", 1)[1].split()  # after "True or false: "
    head = 0
    while head < min(len(sentence), len(statement)) and sentence[head] == statement[head]:
        head += 1
    tail = 0
    while tail < min(len(sentence), len(statement)) - head and sentence[-1 - tail] == statement[-1 - tail]:
        tail += 1
    return folded(" ".join(statement[head: len(statement) - tail]))


def test_no_two_ready_choice_items_share_options_or_show_each_others_keys(samples):
    """A reader of the whole set must not place answers by elimination: two choice items of a
    document share at most one option, no key of one is an option of another, and no false
    statement swaps in a value another item offers as an option."""
    for sample in samples.values():
        questions = [d for d in sample.ready if d.kind == "question"]
        for i, d in enumerate(questions):
            for o in questions[:i]:
                for options, keys in option_units(d):
                    for other_options, other_keys in option_units(o):
                        assert len(options & other_options) <= 1, (sample.name, d.key, o.key, options & other_options)
                        assert not keys & other_options and not other_keys & options, (sample.name, d.key, o.key, options, other_options)
        for d in questions:
            value = swapped_in(d)
            if value is None:
                continue
            for o in questions:
                for options, _keys in option_units(o):
                    assert value not in options, (sample.name, d.key, d.item["prompt"], o.key, options)


PORT = [
    Paragraph(1, "A small port", is_heading=True),
    Paragraph(2, "The port grew slowly along the bay, and its fishermen sold their catch in the town square."),
    Paragraph(3, "The harbour keeper painted 71 metres of the sea wall red after a storm."),
    Paragraph(4, "The engineers rebuilt 78 metres of the pier with stone from the quarry."),
    Paragraph(5, "The town council built a fish market 84 metres long beside the customs house."),
    Paragraph(6, "A pilot lost his boat 89 metres from the rocks north of the cape, and a clinic stood 93 metres from the quay and a school 97 metres from it."),
    Paragraph(7, "The lighthouse lamp burned whale oil until the keepers switched to paraffin."),
]


def date_question(number: int, gapped: str, key: str, wrong: list[str], spares: list[str]) -> Draft:
    """A single choice on the figure of paragraph ``number``, as a drafter would hand it over.
    (Figures, not years: a year is never offered with options, blind-date.)"""
    text = PORT[number - 1].text
    choices = sorted([{"text": key, "correct": True}] + [{"text": w, "correct": False} for w in wrong], key=lambda c: c["text"])
    item = {
        "id": f"p{number}-sc", "type": "single_choice", "prompt": f"According to the text, what goes in the gap? \u201c{gapped}\u201d",
        "choices": choices, "explanation": f"Paragraph {number} says: \u201c{text}\u201d", "source": [number], "difficulty": 1, "kind": "fact",
    }
    start = text.index(key)
    return Draft(f"p{number}-sc", "question", item, number, (start, start + len(key)), 0.9 - number / 100, spares=spares)


def test_questions_offering_the_same_dates_draw_others_from_their_spares_or_are_held_back_with_why():
    """Three date questions offering the same three dates, one key each: the first two draw
    other dates of the document (their spares) until neither offers the other's key nor more
    than one shared option; the third has no spares left and is held back, saying why."""
    drafts = [
        date_question(3, "The harbour keeper painted ____ of the sea wall red after a storm.", "71 metres", ["78 metres", "84 metres"], ["89 metres", "93 metres"]),
        date_question(4, "The engineers rebuilt ____ of the pier with stone from the quarry.", "78 metres", ["71 metres", "84 metres"], ["93 metres", "97 metres"]),
        date_question(5, "The town council built a fish market ____ long beside the customs house.", "84 metres", ["71 metres", "78 metres"], []),
    ]
    checked = {d.key: d for d in check_drafts(drafts, PORT, "en")}
    first, second, third = checked["p3-sc"], checked["p4-sc"], checked["p5-sc"]
    assert not first.problems and not second.problems, (first.problems, second.problems)
    options = [{c["text"] for c in d.item["choices"]} for d in (first, second)]
    assert "78 metres" not in options[0] and "71 metres" not in options[1] and len(options[0] & options[1]) <= 1, options
    assert all(len(o) == 3 for o in options) and options[0] <= {"71 metres", "84 metres", "89 metres", "93 metres"}, options
    assert third.problems == [
        "held back: it shares options with the better draft p3-sc (they share the options 71 metres, 84 metres): a reader of the whole set would place the answers by elimination"
    ]


def statement(number: int, text: str, truth: bool, value: str) -> Draft:
    """A true/false draft on paragraph ``number`` of PORT; ``value`` is the fact it keeps or replaces."""
    paragraph = PORT[number - 1].text
    item = {
        "id": f"p{number}-tf", "type": "true_false", "prompt": f"True or false: {text}", "answer": truth,
        "explanation": f"Paragraph {number} says: \u201c{paragraph}\u201d", "source": [number], "difficulty": 1, "kind": "fact",
    }
    start = paragraph.index(value)
    return Draft(f"p{number}-tf", "question", item, number, (start, start + len(value)), 0.95 - number / 100)


def test_an_option_that_a_false_statement_swaps_in_is_redrawn():
    """"The tower was painted in 1878" (false) and a question offering 1878 as a wrong option:
    a reader of both knows the statement is false once the option is placed, or the reverse."""
    drafts = [
        statement(3, "The harbour keeper painted 78 metres of the sea wall red after a storm.", False, "71 metres"),
        statement(7, "The lighthouse lamp burned whale oil until the keepers switched to paraffin.", True, "paraffin"),
        date_question(5, "The town council built a fish market ____ long beside the customs house.", "84 metres", ["78 metres", "89 metres"], ["93 metres", "97 metres"]),
    ]
    checked = {d.key: d for d in check_drafts(drafts, PORT, "en")}
    question = checked["p5-sc"]
    assert not checked["p3-tf"].problems and not question.problems, (checked["p3-tf"].problems, question.problems)
    assert {c["text"] for c in question.item["choices"]} == {"84 metres", "89 metres", "93 metres"}, question.item["choices"]
