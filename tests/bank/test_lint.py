"""``flask bank lint``: every check finds its cue in a bad item and stays quiet on a good one."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quizapp.bank.lint import lint_bank
from quizapp.bank.parser import BankError, read_bank
from tests.helpers.lint import item, single, write


def codes(root: Path, questions: list[dict], cards: list[dict] | None = None, document: dict | None = None) -> list[str]:
    """The codes found on the items (bank-wide figures aside unless asked)."""
    report = lint_bank(read_bank(write(root, questions, cards, document)))
    return [f.code for f in report.open_findings if f.item_id != "bank"]


# (bad item, good item, the code the bad one raises): each check has both.
CASES = [
    pytest.param(
        single("What did the minister do?", "Resigned after a long and public dispute with the cabinet", "Resigned", "Stayed on", "Was sacked"),
        single("What did the minister do?", "Resigned after a dispute", "Stayed on despite protests", "Was sacked by Congress", "Moved to Spain"),
        "cue-longest",
        id="longest",
    ),
    pytest.param(
        single("What did the minister do?", "Resigned", "Stayed on despite a long dispute with Congress", "Was sacked by the president himself", "Moved to Spain with all of his family"),
        single("What did the minister do?", "Resigned in protest", "Stayed on despite protests", "Was sacked by Congress", "Moved to Spain"),
        "cue-shortest",
        id="shortest",
    ),
    pytest.param(
        single("Who chaired it?", "Ana Pérez of Lima, in 2019", "A banker", "A judge", "A farmer"),
        single("Who chaired it?", "Ana Pérez", "Luis Soto", "Rosa Gil", "Juan Ruiz"),
        "cue-specific",
        id="specific",
    ),
    pytest.param(
        single("Why did the port open early?", "The port opened early to meet the summit", "Rain delayed the works", "A strike ended", "Funding arrived"),
        single("Why did the port open early?", "To meet the summit date", "Rain delayed the works", "A strike ended", "Funding arrived"),
        "cue-stem-overlap",
        id="stem-overlap",
    ),
    pytest.param(
        single("How was the vote?", "Close", "Always unanimous", "Never held", "Close to tied, but later annulled"),
        single("How was the vote?", "Close", "Unanimous", "Postponed", "Held twice"),
        "cue-absolute",
        id="absolute",
    ),
    pytest.param(
        single("What was the cause?", "Partly the drought", "The flood", "The fire", "The storm"),
        single("What was the cause?", "The drought", "The flood", "The fire", "The storm"),
        "cue-hedge",
        id="hedge",
    ),
    pytest.param(
        single("The winner was an", "economist", "banker", "lawyer", "farmer"),
        single("The winner was", "an economist", "a banker", "a lawyer", "a farmer"),
        "cue-agreement-article",
        id="agreement-article",
    ),
    pytest.param(
        single("Which two parties formed the pact?", "Perú Libre and Fuerza Popular", "Renovación Popular", "Perú Posible", "Acción Popular"),
        single("Which two parties formed the pact?", "Perú Libre and Fuerza Popular", "Renovación Popular and APP", "Perú Posible and Somos Perú", "Acción Popular and APRA"),
        "cue-agreement-number",
        id="agreement-number",
    ),
    pytest.param(
        single("What about the budget?", "It was approved", "It was not approved", "It was debated", "It was cut"),
        single("What about the budget?", "It was approved", "It was rejected", "It was debated", "It was cut"),
        "cue-negation-pair",
        id="negation-pair",
    ),
    pytest.param(
        item("matching", prompt="Match each person to a role.", pairs=[
            {"left": "The port manager", "right": "Ran the port"},
            {"left": "Ana", "right": "Chaired the board"},
            {"left": "Luis", "right": "Wrote the report"},
        ]),
        item("matching", prompt="Match each person to a role.", pairs=[
            {"left": "Rosa", "right": "Ran the port"},
            {"left": "Ana", "right": "Chaired the board"},
            {"left": "Luis", "right": "Wrote the report"},
        ]),
        "cue-matching-overlap",
        id="matching-overlap",
    ),
    pytest.param(
        item("ordering", prompt="Put these in order.", items=["Strike in 2019", "Election in 2021", "Coup attempt in 2022"]),
        item("ordering", prompt="Put these in order.", items=["The strike", "The election", "The coup attempt"]),
        "cue-ordering-wording",
        id="ordering-numbers",
    ),
    pytest.param(
        item("ordering", prompt="Put these in order.", items=["First, the strike", "The election", "Finally, the coup attempt"]),
        item("ordering", prompt="Put these in order.", items=["The strike", "The election", "The coup attempt"]),
        "cue-ordering-wording",
        id="ordering-words",
    ),
    pytest.param(
        single("What happened?", "Talks stalled, then resumed", "The talks ended", "The talks moved", "The talks began"),
        single("What happened?", "Talks stalled", "Talks ended", "Talks moved", "Talks began"),
        "cue-odd-shape",
        id="odd-shape",
    ),
    pytest.param(
        single("How did the article rate the move?", "As a bold step", "As the most decisive step", "As an error", "As the least useful step"),
        single("How did the article rate the move?", "As a bold step", "As a decisive step", "As an error", "As a useless step"),
        "cue-opposites",
        id="opposites",
    ),
    pytest.param(
        single("How does the article describe him?", "As center-left", "As a communist", "As a liberal", "As an anarchist"),
        single("How does the article describe him?", "As a centrist", "As a communist", "As a liberal", "As an anarchist"),
        "cue-odd-shape",
        id="odd-shape-article",
    ),
    pytest.param(
        item("multiple_select", prompt="Who struck?", choices=[
            {"text": "Transport workers", "correct": True}, {"text": "Health workers", "correct": True},
            {"text": "Miners"}, {"text": "Teachers"},
        ]),
        item("multiple_select", prompt="Who struck?", choices=[
            {"text": "Transport workers", "correct": True}, {"text": "Nurses", "correct": True},
            {"text": "Miners"}, {"text": "Dock workers"},
        ]),
        "cue-odd-shape",
        id="keys-alike",
    ),
    pytest.param(
        item("fill_in", prompt="What did the court seize?", accept=["foil"], typos=True),
        item("fill_in", prompt="What did the court seize?", accept=["foil"], typos=False),
        "typo-neighbour",
        id="typo-neighbour",
    ),
    pytest.param(
        # A typed gap forgiving typos, "foil" one edit from "fool", "soil", "coil": flagged;
        # the same gap without typos, and a drop-down gap of the same words, are not.
        item("cloze", prompt="Fill in the gaps.", passage="The court seized the {1} and the {2}.", gaps=[
            {"options": [{"text": "ship", "correct": True}, {"text": "plane"}]},
            {"accept": ["foil"], "typos": True},
        ]),
        item("cloze", prompt="Fill in the gaps.", passage="The court seized the {1} and the {2}.", gaps=[
            {"options": [{"text": "foil", "correct": True}, {"text": "plane"}]},
            {"accept": ["foil"], "typos": False},
        ]),
        "typo-neighbour",
        id="typo-neighbour-cloze",
    ),
    pytest.param(
        single("Who is López?", "A far-right businessman", "A union leader", "A judge", "A general"),
        single("How does the article describe López?", "A far-right businessman", "A union leader", "A judge", "A general"),
        "label-unattributed",
        id="label",
    ),
    pytest.param(
        single("Was the move bold?", "Yes, a bold step", "No, a timid one", "A mistake", "A trap", kind="characterisation"),
        single("How does the article judge the move?", "A bold step", "A timid step", "A mistake", "A trap", kind="characterisation"),
        "kind-unphrased",
        id="kind-unphrased",
    ),
]


@pytest.mark.parametrize(("bad", "good", "code"), CASES)
def test_each_check_flags_the_bad_item_and_not_the_good_one(tmp_path, bad, good, code):
    assert code in codes(tmp_path / "bad", [bad])
    assert code not in codes(tmp_path / "good", [good])


def test_labels_are_checked_on_cards_too(tmp_path):
    question = single("Who won?", "Ana", "Luis", "Rosa", "Juan")
    card = {"id": "c-1", "front": "López", "back": "A Stalinist", "source": [1]}
    attributed = {**card, "back": "A party leader the article quotes, whom it calls a Stalinist"}
    assert "label-unattributed" in codes(tmp_path / "bad", [question], [card])
    assert "label-unattributed" not in codes(tmp_path / "good", [question], [attributed])


def test_a_cloze_finding_names_its_gap_and_points_at_the_gaps_line(tmp_path):
    cloze = item("cloze", prompt="Fill in the gaps.", passage="{1} seized the {2}.", gaps=[
        {"accept": ["Keiko Fujimori"], "typos": True},  # a name: a real word near it is a typo
        {"accept": ["foil"], "typos": True},
    ])
    report = lint_bank(read_bank(write(tmp_path, [cloze])))
    [finding] = [f for f in report.open_findings if f.code == "typo-neighbour"]
    assert finding.message.startswith("gap 2: typos: true") and "'foil' ~ " in finding.message
    yaml_lines = (tmp_path / "tiny" / "basics.yaml").read_text(encoding="utf-8").splitlines()
    assert yaml_lines[finding.line - 1].strip().startswith("gaps:")


def test_typo_neighbours_skip_names_and_inflections(tmp_path):
    names = item("fill_in", prompt="Who?", accept=["Keiko Fujimori"], typos=True)
    plural = item("fill_in", prompt="When?", accept=["on Tuesday"], typos=True, qid="q-2")
    assert "typo-neighbour" not in codes(tmp_path, [names, plural])


def true_false(qid: str, statement: str, answer: bool) -> dict[str, Any]:
    return item("true_false", qid=qid, prompt=f"True or false: {statement}", answer=answer)


def test_true_false_balance_is_reported_bank_wide(tmp_path):
    lopsided = [true_false(f"tf-{i}", f"Fact number {i} holds.", True) for i in range(4)]
    balanced = [true_false(f"tf-{i}", f"Fact number {i} holds.", i % 2 == 0) for i in range(4)]
    report = lint_bank(read_bank(write(tmp_path / "bad", lopsided)))
    assert [f.code for f in report.findings] == ["cue-tf-balance"]
    assert "100% of 4" in report.findings[0].message
    assert lint_bank(read_bank(write(tmp_path / "good", balanced))).findings == []


def test_absolute_words_that_predict_false_are_flagged(tmp_path):
    bad = [
        true_false("tf-1", "The strike was entirely peaceful.", False),
        true_false("tf-2", "The port opened in 2024.", True),
    ]
    good = [
        true_false("tf-1", "The strike was entirely peaceful.", False),
        true_false("tf-2", "Every minister resigned.", True),
    ]
    assert codes(tmp_path / "bad", bad) == ["cue-tf-wording"]
    assert codes(tmp_path / "good", good) == []


def test_picking_the_longest_bank_wide_is_measured_against_chance(tmp_path):
    # Every key is the longest, but never by the per-item margin: only the bank-wide figure shows it.
    cued = [single(f"Question {i}?", "Option number one", "Option two", "Option 3", "Opt 4", qid=f"q-{i}") for i in range(10)]
    options = ["Option alpha", "Option beta", "Option gam", "Opt del"]
    fair = [
        single(f"Question {i}?", options[i % 4], *(o for o in options if o != options[i % 4]), qid=f"q-{i}") for i in range(12)
    ]
    report = lint_bank(read_bank(write(tmp_path / "bad", cued)))
    assert "cue-longest-bank" in [f.code for f in report.findings]
    assert report.figures["pick the longest"].startswith("100% right on 10")
    assert "cue-longest-bank" not in [f.code for f in lint_bank(read_bank(write(tmp_path / "good", fair))).findings]


def test_a_waiver_needs_a_known_code_and_a_reason(tmp_path):
    bad_code = single("How was the vote?", "Close", "Tied", "Void", "Late", lint_ok={"cue-made-up": "because I say so"})
    no_reason = single("How was the vote?", "Close", "Tied", "Void", "Late", lint_ok={"cue-absolute": "ok"})
    with pytest.raises(BankError, match="unknown finding code 'cue-made-up'"):
        read_bank(write(tmp_path / "a", [bad_code]))
    with pytest.raises(BankError, match="'cue-absolute' needs a written reason"):
        read_bank(write(tmp_path / "b", [no_reason]))


def test_a_waived_finding_is_kept_apart_and_an_unused_waiver_is_reported(tmp_path):
    waived = single(
        "What was the cause?", "Partly the drought", "Heavy floods", "A forest fire", "Winter storms",
        lint_ok={"cue-hedge": "the article itself says partly; no other wording is faithful"},
    )
    useless = single(
        "What was it?", "Drought", "Floods", "A fire", "Storms", qid="q-2",
        lint_ok={"cue-longest": "kept from an earlier wording of the item"},
    )
    report = lint_bank(read_bank(write(tmp_path, [waived, useless])))
    assert [f.code for f in report.waived_findings] == ["cue-hedge"]
    assert [(f.item_id, f.code) for f in report.open_findings] == [("q-2", "lint-waiver-unused")]


def test_the_command_prints_file_line_id_code_and_fails_only_when_strict(app, tmp_path):
    folder = write(tmp_path, [single("What was the cause?", "Partly the drought", "Heavy floods", "A forest fire", "Winter storms")])
    runner = app.test_cli_runner()
    result = runner.invoke(args=["bank", "lint", str(folder)])
    assert result.exit_code == 0, result.output
    assert "tiny/basics.yaml:9: q-1: cue-hedge: hedging word(s) 'partly' only in the key" in result.output
    assert "cue-hedge" in result.output.split("finding(s)")[1]
    strict = runner.invoke(args=["bank", "lint", str(folder), "--strict"])
    assert strict.exit_code == 1
    assert "tiny/basics.yaml:9: q-1: cue-hedge" in strict.output


def test_strict_passes_on_a_clean_bank_and_shows_waivers_on_request(app, tmp_path):
    folder = write(tmp_path, [single(
        "What was the cause?", "Partly the drought", "Heavy floods", "A forest fire", "Winter storms",
        lint_ok={"cue-hedge": "the article itself says partly; no other wording is faithful"},
    )])
    runner = app.test_cli_runner()
    result = runner.invoke(args=["bank", "lint", str(folder), "--strict"])
    assert result.exit_code == 0, result.output
    assert "cue-hedge" not in result.output
    shown = runner.invoke(args=["bank", "lint", str(folder), "--show-waived"])
    assert "q-1: cue-hedge: hedging word(s) 'partly' only in the key (waived: the article itself says partly" in shown.output


def test_the_answers_other_spelling_is_no_typo_neighbour(tmp_path):
    """Grading takes "color" for "colour" (the same word): the linter no longer warns of it as a
    real word a typo would be refused for; "travelled" still has "traversed" near it."""
    colour = item("fill_in", prompt="What?", accept=["colour"], typos=True)
    assert "typo-neighbour" not in codes(tmp_path / "colour", [colour])
    travelled = item("fill_in", prompt="How?", accept=["travelled"], typos=True)
    report = lint_bank(read_bank(write(tmp_path / "travelled", [travelled])))
    [finding] = [f for f in report.open_findings if f.code == "typo-neighbour"]
    assert "traversed" in finding.message and "'traveled'" not in finding.message


def test_a_real_word_inside_the_answer_is_a_typo_neighbour(tmp_path):
    """Grading refuses "plan" for "plant" (another word, though inside it): the linter lists it."""
    plant = item("fill_in", prompt="What?", accept=["plant"], typos=True)
    report = lint_bank(read_bank(write(tmp_path, [plant])))
    [finding] = [f for f in report.open_findings if f.code == "typo-neighbour"]
    assert "'plan'" in finding.message
