"""Choice items whose options settle the key without the text (blind readers, sessions 5 and 6):
the prompt's time cue ("the last epidemic came in ____" among earlier years only) and the key
standing apart from the other options (1984 beside 2001, 2004, 2006). See
quizapp.derive.blindness."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.derive.place_kinds import place_kind
from quizapp.derive import Draft, blindness, checks, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs
from quizapp.derive.choices import STRATEGIES, blind_scores

ROOT = Path(__file__).resolve().parents[1]

# A text of our own (the Eddystone lighthouses, from general reference works): its years
# run 1696-1982, so "the first lighthouse ... in ____" has its key at the document's start.
EDDYSTONE = """# The Eddystone Lighthouse

The Eddystone rocks lie about twenty kilometres south of Plymouth, in the English Channel. For centuries they wrecked ships that entered the sound at night.

Henry Winstanley, a merchant who had lost two ships on the reef, began the first lighthouse on the rocks in 1696. His octagonal wooden tower was lit in 1698, and it was strengthened the following year after the winter waves broke over the lantern.

The great storm of November 1703 swept the tower away, and Winstanley, who was on the rock for repairs, died with the workmen. Two days later a ship bound for Plymouth struck the reef.

John Rudyerd, a silk merchant, built the second tower between 1706 and 1709. It was a cone of timber around a core of granite blocks, and it stood for almost fifty years.

In December 1755 a fire broke out in the lantern. The keeper, Henry Hall, aged 94, swallowed molten lead from the roof while he fought the flames, and he died twelve days later.

John Smeaton, an engineer from Leeds, designed the third tower with dovetailed granite blocks cut to lock into one another. Work began in 1756, and the light was first shown on 16 October 1759.

Smeaton's tower stood until the sea eroded the rock beneath it. The upper part was taken down in 1877 and rebuilt on Plymouth Hoe, where visitors can still climb it.

James Douglass designed the present tower on a nearby ledge. It was finished in 1882 and is 49 metres high, more than twice the height of Smeaton's.

A helipad was added above the lantern in 1980. The last keepers left the rock in 1982, when the light was automated and controlled from the shore.
"""


def _single(key: str, others: list[str], prompt: str) -> dict:
    return {"type": "single_choice", "prompt": prompt, "choices": [{"text": key, "correct": True}] + [{"text": o, "correct": False} for o in others]}


@pytest.mark.parametrize(("prompt", "language", "expected"), [
    ("“The last cholera epidemic in London came in ____, and it struck the east.”", "en", blindness.LATEST),
    ("“The Nordic Gene Bank, predecessor of NordGen, had already stored seeds from ____.”", "en", blindness.EARLIEST),
    ("«La última crecida llegó en ____.»", "es", blindness.LATEST),
    ("«El banco ya guardaba semillas desde ____.»", "es", blindness.EARLIEST),
    # A cue after the gap names another event; "last month" is a date of its own.
    ("“His book appeared in ____ and met strong doubt at first.”", "en", None),
    ("“By last month they had collected ____.”", "en", None),
])
def test_time_cue_is_read_before_the_gap(prompt: str, language: str, expected: int | None) -> None:
    cue = blindness.time_cue(prompt, language)
    assert (cue[0] if cue else None) == expected


def test_a_cue_or_an_outlier_settling_the_key_is_a_problem() -> None:
    """Blind readers, session 6: "The last cholera epidemic ... came in ____" among 1854, 1855,
    1858 and 1866; "predecessor ... had already stored ... from ____" with 1984 among 2001, 2004
    and 2006. Both answered without the text."""
    last = _single("1866", ["1854", "1855", "1858"], "Which goes in the gap? “The last cholera epidemic in London came in ____.”")
    assert "blind-time-cue" in blindness.problems(last, "en")[0]
    fair = _single("1866", ["1855", "1858", "1875"], "Which goes in the gap? “The last cholera epidemic in London came in ____.”")
    assert blindness.problems(fair, "en") == []
    apart = _single("1984", ["2001", "2004", "2006"], "Which goes in the gap? “Seeds were stored in a coal mine from ____.”")
    assert "blind-outlier" in blindness.problems(apart, "en")[0]
    spread = _single("1831", ["1849", "1860"], "¿Cuál va en el hueco? «En ____ el Estado cedió la terminación.»")
    assert blindness.problems(spread, "es") == []
    # Amounts compare by ratio: 92, 190 and 625 metres are no cluster with an outlier (though
    # 92 metres is of another size than 625: blind-magnitude, figchoice), nor are 250, 400 and 625.
    assert not any("blind-outlier" in p for p in blindness.problems(_single("625 metres", ["92 metres", "190 metres"], "“The bridge was ____ long.”"), "en"))
    assert blindness.problems(_single("625 metres", ["250 metres", "400 metres"], "“The bridge was ____ long.”"), "en") == []


def test_fair_figures_draws_an_option_beyond_the_cue() -> None:
    pool = [1858, 1855, 1854, 1875]  # nearest first: the three nearest are all earlier
    picked = blindness.fair_figures(1866, pool, float, 3, (blindness.LATEST, "last"), dates=True)
    assert any(v > 1866 for v in picked[:3]) and sorted(picked) == sorted(pool)
    # No fair set: the order stays (and the check holds the item back).
    assert blindness.fair_figures(1984, [2001, 2004, 2006], float, 3, None, dates=True) == [2001, 2004, 2006]


def _ready_settled(drafts: list[Draft], language: str) -> list[str]:
    return [
        f"{d.item['prompt']} {[c['text'] for c in d.item['choices']]}"
        for d in drafts if d.ready and d.item.get("type") == "single_choice" and blindness.problems(d.item, language)
    ]


@pytest.mark.parametrize(("path", "language"), [
    (ROOT / "fixtures" / "documents" / "broad-street-cholera.md", "en"),
    (ROOT / "derive" / "fixtures" / "harbour-light.txt", "en"),
])
def test_no_ready_single_choice_is_settled_by_its_options(path: Path, language: str) -> None:
    """On main at the start of session 8, "The last cholera epidemic ... came in ____" was
    offered with 1866 the latest option, and "principal keeper from 1946 to ____" with 1971
    beside 1989 and 1990."""
    drafts = derive_drafts(read_paragraphs(path.read_text(encoding="utf-8")), language)
    assert _ready_settled(drafts, language) == []


def test_the_check_holds_back_what_it_cannot_redraw() -> None:
    drafts = derive_drafts(read_paragraphs(EDDYSTONE), "en")
    held = [d for d in drafts if any("(blind-" in p for p in d.problems)]
    assert held, "the document's first year asked with 'the first lighthouse' has no earlier option"
    assert _ready_settled(drafts, "en") == []
    assert any(d.ready for d in drafts if d.paragraph == 3), "the paragraph keeps a ready draft of another type"


def test_the_benchmark_runs_the_new_strategies() -> None:
    assert set(blindness.STRATEGIES) <= set(STRATEGIES)
    items = [_single("1866", ["1854", "1855", "1858"], "“The last epidemic came in ____.”")]
    scores = blind_scores(items, "en")
    assert scores["option the prompt's time cue points to"][0] == 100.0
    assert scores["the outlier option"][0] == 100.0




def test_no_person_of_another_era_is_an_option() -> None:
    """Blind readers, sessions 5 and 6: "in 1954 ____ took control of the company" among Alan
    Pegler and the two Spooners, whom the batch dated to the 1830s: answered by dates alone."""
    eras = {"spooner": {1833, 1836}}
    assert blindness.out_of_era(eras["spooner"], {1951, 1954})
    assert not blindness.out_of_era({1860, 1869}, {1869}) and not blindness.out_of_era(set(), {1954})
    text = (ROOT / "derive" / "fixtures" / "slate-railway.md").read_text(encoding="utf-8")
    drafts = derive_drafts(read_paragraphs(text), "en")
    for d in drafts:
        if d.item.get("type") in ("single_choice", "multiple_select") and "Pegler" in " ".join(c["text"] for c in d.item["choices"] if c["correct"]):
            assert not any("Spooner" in c["text"] for c in d.item["choices"]), d.item
    # (The paragraph stays asked. Its "took control of the company" sentence itself is not asked
    # since referents2: which company, the sentence does not say.)
    paragraph = next(p.number for p in read_paragraphs(text) if "Pegler took control" in p.text)
    assert any(d.ready and d.paragraph == paragraph for d in drafts)


# A text of our own (the Timbuktu manuscripts, from general reference works).
MANUSCRIPTS = """# The Timbuktu manuscripts

The libraries of Timbuktu hold several hundred thousand manuscripts on law, astronomy, medicine and poetry, many of them copied between the fourteenth and the nineteenth centuries.

Traders crossing the Sahara from Morocco and Egypt brought paper and books to the city, and local families kept them in wooden chests for generations.

In 1973 the government of Mali founded the Ahmed Baba Institute to collect and restore the manuscripts. South Africa paid for a new building, which opened in 2009.

The first evacuation took place in 2012. The archivist Abdel Kader Haidara, a collector from an old family of scholars, had been forced by the occupation of the north to move the chests away from Timbuktu. He sent them by boat and by road to safe houses in Bamako, the capital, with help from donors in Germany and the Netherlands.

About 350,000 manuscripts reached Bamako. The occupiers burned some 4,200 of them in the Ahmed Baba building before they fled in January 2013.

Conservators in Bamako now keep the chests in rooms at a steady humidity, and scanners from Hamburg have copied more than 40,000 manuscripts. Niger and Senegal have offered to hold copies of the digital files.
"""


def test_places_of_one_kind_only() -> None:
    """Blind reader, session 6: "abandon its genebank near ____" offered Aleppo among Iraq and
    Morocco, the one city among countries. Here main offered Timbuktu among Hamburg and Morocco."""
    drafts = derive_drafts(read_paragraphs(MANUSCRIPTS), "en")
    for d in drafts:
        if d.item.get("type") == "single_choice" and not any(re.search(r"\d", c["text"]) for c in d.item["choices"]):
            kinds = {place_kind(c["text"], "en") for c in d.item["choices"]}
            assert len(kinds) == 1, d.item
    assert place_kind("los Estados Unidos", "es") == "country" and place_kind("Sevilla", "es") != "country"


def test_no_year_option_breaks_the_order_of_telling() -> None:
    """Session 8, the slate railway: "formed a society in 1951 to save it, and in ____ the
    businessman Alan Pegler took control" offered 1939 and 1946 beside 1954 and 1955."""
    assert blindness.narrative_bounds("“formed a society in 1951, and in ____ took control.”") == (1951, None)
    assert blindness.narrative_bounds("«El de Rouen fue destruido en ____, y el de Marsella fue demolido en 1944.»") == (None, 1944)
    assert blindness.out_of_order(1954, 1946, (1951, None)) and not blindness.out_of_order(1954, 1955, (1951, None))
    assert not blindness.out_of_order(1940, 1948, (1951, None)), "a key out of the telling's order sets no bound"
    text = (ROOT / "derive" / "fixtures" / "slate-railway.md").read_text(encoding="utf-8")
    for d in derive_drafts(read_paragraphs(text), "en"):
        if d.item.get("type") == "single_choice":
            assert not any("(blind-" in p for p in d.problems) or not d.ready
            assert blindness.problems(d.item, "en") == [] or not d.ready, d.item


def test_no_false_statement_swaps_in_a_figure_another_item_offers() -> None:
    """Blind readers, session 6 (Kinzua): "Visitors can walk about 92 metres out" (false: 190)
    beside "The bridge was ____ long" offering 92 and 190 metres. The swapped-in "92" was not
    matched against the option "92 metres"."""
    text = (ROOT / "derive" / "fixtures" / "kinzua-viaduct.md").read_text(encoding="utf-8")
    ready = [d for d in derive_drafts(read_paragraphs(text), "en") if d.ready and d.kind == "question"]
    offered = {str(c["text"]).split()[0] for d in ready for c in d.item.get("choices", []) if d.item.get("type") == "single_choice"}
    for d in ready:
        swapped = checks.swapped_value(d, "en")
        assert not (swapped and swapped[1][:1].isdigit() and swapped[1] in offered), d.item["prompt"]


def _choice_names(d: Draft) -> list[tuple[str, bool]]:
    return [(str(c["text"]), bool(c["correct"])) for c in d.item.get("choices", []) if not re.search(r"\d", str(c["text"]))]


@pytest.mark.parametrize(("path", "language"), [
    (ROOT / "fixtures" / "documents" / "broad-street-cholera.md", "en"),
    (ROOT / "fixtures" / "documents" / "panama-canal.txt", "en"),
    (ROOT / "fixtures" / "documents" / "magallanes-elcano.md", "es"),
])
def test_no_wrong_option_is_named_or_keyed_by_another_choice_item(path: Path, language: str) -> None:
    """Blind readers, sessions 5 and 6: "____, the curate of St Luke's" offered Edwin Chadwick,
    whom a true/false of the same set called the secretary of the Poor Law Commission; "In 1907
    he resigned, and ____ gave the project to Goethals" offered "Wallace", the key of "The first
    chief engineer, ____" (as "John Findley Wallace"). Both ruled out without the text."""
    ready = [d for d in derive_drafts(read_paragraphs(path.read_text(encoding="utf-8")), language) if d.ready and d.kind == "question"]
    choice = [d for d in ready if d.item.get("type") in ("single_choice", "multiple_select", "true_false")]
    for d in choice:
        for other in choice:
            if other is d:
                continue
            prompt = f" {checks._normal(str(other.item.get('prompt', '')))} "
            for text, right in _choice_names(d):
                assert right or f" {checks._normal(text)} " not in prompt, (text, other.item["prompt"])
                for other_text, other_right in _choice_names(other):
                    short, full = sorted((checks._normal(text), checks._normal(other_text)), key=len)
                    if (right or other_right) and not (right and other_right) and len(short.split()) == 1 < len(full.split()):
                        assert short != full.split()[-1], (text, other_text)


def test_the_key_is_not_the_year_nearest_the_prompts_own() -> None:
    """Session 8, the seed vault: "the Treaty ..., adopted in 2001, entered into force in ____"
    among 2004, 2006, 2016 and 2020: the first year after 2001 is the pick without the text."""
    item = _single("2004", ["2006", "2016", "2020"], "Which? “The treaty, adopted in 2001, entered into force in ____.”")
    assert "blind-bound" in blindness.problems(item, "en")[0]
    assert blindness.problems(_single("2006", ["2004", "2016", "2020"], "Which? “The treaty, adopted in 2001, entered into force in ____.”"), "en") == []
    assert blindness.nearest_bound(_single("1940", ["1914", "1916"], "«El de Rouen fue destruido en ____, y el de Marsella en 1944.»")) == [0]
    scores = blind_scores([item], "en")
    assert scores["the year nearest the prompt's own"][0] == 100.0
