"""The cloze type end to end: the bank file, grading, the quiz page with and without htmx,
feedback marking each gap, the set's exports and item analysis."""
from __future__ import annotations

import csv
import io
import random
import re
import textwrap

import pytest
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from quizapp.bank.models import Question, Topic
from quizapp.bank.parser import BankError, read_bank
from quizapp.extensions import db
from quizapp.quiz.grading import grade, make_layout, read_answer
from quizapp.quiz.models import AttemptQuestion
from quizapp.quiz.services import finish_attempt, record_answer
from quizapp.sets import services
from tests.helpers.app import HX

CLOZE = {
    "type": "cloze",
    "passage": "{1} became president when {2} removed {3}.",
    "gaps": [
        {"accept": ["José María Balcázar", "Balcázar"], "typos": True},
        {"options": [{"text": "Congress", "correct": True}, {"text": "the Supreme Court", "correct": False}, {"text": "the army", "correct": False}]},
        {"accept": ["Jerí"], "typos": False},
    ],
}


def form_for(layout: dict, typed: tuple[str, str], option_text: str) -> MultiDict:
    shown = [CLOZE["gaps"][1]["options"][b]["text"] for b in layout["options"][1]]
    return MultiDict({"gap-0": typed[0], "gap-1": str(shown.index(option_text)), "gap-2": typed[1]})


@pytest.mark.parametrize(
    ("typed", "option", "score"),
    [
        (("balcazar", "JERI"), "Congress", 1.0),  # case and accents do not count
        (("Balcazr", "Jerí"), "Congress", 1.0),  # one typo forgiven where the gap allows it
        (("Balcázar", "Jeri."), "the army", 0.6667),  # one gap of three wrong
        (("Boluarte", "Jery"), "Congress", 0.3333),  # no typos allowed in gap 3
        (("Boluarte", "Vizcarra"), "the army", 0.0),
    ],
)
def test_partial_credit_is_the_share_of_gaps_right(typed, option, score):
    layout = make_layout(CLOZE, random.Random(3))
    result = grade(CLOZE, read_answer(CLOZE, layout, form_for(layout, typed, option)))
    assert result.score == score and result.is_correct is (score == 1.0)


def test_a_typed_gap_refuses_another_real_word_as_a_typo():
    content = {**CLOZE, "gaps": [{"accept": ["foil"], "typos": True}, *CLOZE["gaps"][1:]]}
    layout = make_layout(content, random.Random(1))
    assert grade(content, read_answer(content, layout, form_for(layout, ("fool", "Jerí"), "Congress"))).score == 0.6667


@pytest.mark.parametrize("missing", ["gap-0", "gap-1", "gap-2"])
def test_every_gap_must_be_filled(missing):
    from quizapp.quiz.grading import AnswerError

    layout = make_layout(CLOZE, random.Random(3))
    form = form_for(layout, ("Balcázar", "Jerí"), "Congress")
    form.pop(missing)
    with pytest.raises(AnswerError, match="Fill in every gap"):
        read_answer(CLOZE, layout, form)


BAD = """\
topic:
  slug: t
  title: T
questions:
  - id: c1
    type: cloze
    prompt: Fill the gaps.
    passage: "{1} and {3} and {1}"
    gaps:
      - accept: [Lima]
      - options:
          - text: Peru
            correct: true
      - accept: [x]
        options: [{text: y}]
    explanation: Because.
    source: [1]
    difficulty: 1
    kind: fact
"""


def test_the_bank_checker_reports_each_cloze_problem_with_its_file_and_line(tmp_path):
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "document.yaml").write_text("slug: demo\ntitle: Demo\nsource:\n  paragraphs: 5\n")
    (folder / "1-t.yaml").write_text(textwrap.dedent(BAD))
    with pytest.raises(BankError) as caught:
        read_bank(folder)
    problems = [str(p) for p in caught.value.problems]
    assert sorted(problems) == [
        "demo/1-t.yaml:11: c1: gap 2 needs at least two options",
        "demo/1-t.yaml:14: c1: gap 3 needs either 'accept' (typed) or 'options' (a drop-down)",
        "demo/1-t.yaml:8: c1: gap 2 is not in the passage (write {2} where it goes)",
        "demo/1-t.yaml:8: c1: gap {1} is in the passage 2 times",
    ]


def start_cloze_quiz(client, app) -> str:
    with app.app_context():
        topics = list(db.session.execute(select(Topic.id)).scalars())
    response = client.post(
        "/quiz/new",
        data={"document": 1, "topics": topics, "types": ["cloze"], "count": 1, "mode": "practice", "focus": "all"},
    )
    assert response.status_code == 303, response.text
    return response.headers["Location"]


def frozen(app, url: str) -> tuple[dict, dict]:
    attempt_id = int(re.search(r"/quiz/(\d+)/", url).group(1))
    with app.app_context():
        aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id, position=1)).scalar_one()
        return aq.version.content, aq.layout


def answers(content: dict, layout: dict, right: set[int]) -> dict:
    """A form with the gaps in ``right`` answered right and the others wrong."""
    form = {}
    for i, gap in enumerate(content["gaps"]):
        if "options" in gap:
            form[f"gap-{i}"] = str(next(s for s, b in enumerate(layout["options"][i]) if gap["options"][b]["correct"] is (i in right)))
        else:
            form[f"gap-{i}"] = gap["accept"][0] if i in right else "zzzz"
    return form


def test_the_gaps_sit_in_the_passage_each_labelled_for_screen_readers(client, app):
    url = start_cloze_quiz(client, app)
    content, _layout = frozen(app, url)
    html = client.get(url).text
    passage = re.search(r'<p class="cloze-passage">(.*?)</p>', html, re.S).group(1)
    n = len(content["gaps"])
    for i, gap in enumerate(content["gaps"]):
        assert f'<label for="gap-{i}" class="visually-hidden">Gap {i + 1} of {n}</label>' in passage
        control = "select" if "options" in gap else "input"
        assert re.search(rf'<{control} id="gap-{i}"[^>]* name="gap-{i}"', passage)
    # The text between the gaps is there, and no right answer is.
    assert content["passage"].split("{1}")[1].split("{2}")[0].strip() in passage
    # As words of the page, not inside its random CSRF token ("18" was found in one: a flaky test).
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    shown = html.replace(token, "")
    assert not any(re.search(rf"\b{re.escape(g['accept'][0])}\b", shown) for g in content["gaps"] if "accept" in g)


def test_without_javascript_an_answer_redirects_and_the_feedback_marks_each_gap(client, app):
    url = start_cloze_quiz(client, app)
    content, layout = frozen(app, url)
    response = client.post(url, data=answers(content, layout, right={1}))
    assert response.status_code == 303
    feedback = client.get(response.headers["Location"]).text
    marks = re.findall(r'<li class="part-(right|wrong)">', feedback)
    assert marks == ["right" if i == 1 else "wrong" for i in range(len(content["gaps"]))]
    wrong_typed = next(g for i, g in enumerate(content["gaps"]) if i != 1 and "accept" in g)
    assert f"(right: {wrong_typed['accept'][0]})" in feedback
    assert "Partly right — 0.33 / 1" in feedback  # marks rounded as on every page


def test_with_htmx_the_feedback_swaps_in_place(client, app):
    url = start_cloze_quiz(client, app)
    content, layout = frozen(app, url)
    response = client.post(url, data=answers(content, layout, right=set(range(len(content["gaps"])))), headers=HX)
    assert response.status_code == 200 and "<html" not in response.text
    assert response.text.count('class="part-right"') == len(content["gaps"]) and "part-wrong" not in response.text
    assert "Right!" in response.text


def test_an_unfilled_gap_is_refused_with_the_answers_kept(client, app):
    url = start_cloze_quiz(client, app)
    content, layout = frozen(app, url)
    form = answers(content, layout, right={0})
    form.pop("gap-1")
    response = client.post(url, data=form, headers=HX)
    assert response.status_code == 422 and "Fill in every gap." in response.text
    assert f'value="{form["gap-0"]}"' in response.text


def test_a_set_exports_cloze_answers_as_text_and_item_analysis_counts_the_drop_down(client, app, auth):
    owner = auth.create_and_login("teacher")
    with app.app_context():
        qid = db.session.execute(select(Question.id).where(Question.type == "cloze")).scalars().first()
        quiz_set = services.create_set(owner, {"title": "Gaps", "shuffle_choices": True})
        services.add_question(quiz_set, qid)
        attempt = services.start_set_attempt(quiz_set, owner)
        aq = attempt.questions[0]
        content = aq.version.content
        record_answer(aq, MultiDict(answers(content, aq.layout, right={1})))
        finish_attempt(attempt)
        set_id = quiz_set.id
    rows = list(csv.reader(io.StringIO(client.get(f"/sets/{set_id}/export/long.csv").data.decode("utf-8-sig"))))
    menu = next(i for i, g in enumerate(content["gaps"]) if "options" in g)
    right_option = next(o["text"] for o in content["gaps"][menu]["options"] if o["correct"])
    given = rows[1][7]
    assert given.startswith("1. ") and f"{menu + 1}. {right_option}" in given and "zzzz" in given
    results = client.get(f"/sets/{set_id}/results").text
    assert f"<li>{menu + 1}. {right_option}: 1</li>" in results
