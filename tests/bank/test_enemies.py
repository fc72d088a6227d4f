"""Enemy items: found in the bank, declared in files, stored at load, honoured by every drawer."""
from __future__ import annotations

import random
import re
from itertools import combinations
from pathlib import Path

import pytest
from sqlalchemy import select

from quizapp.bank.enemies import detect_enemies, enemy_pairs
from quizapp.bank.models import Question, QuestionEnemy, Topic
from quizapp.bank.parser import QUESTION_TYPES, BankError, read_bank
from quizapp.bank.services import enemies_of, load_bank
from quizapp.extensions import db
from quizapp.quiz.services import QuizRequest, draw_questions
from quizapp.sets import services as set_services
from quizapp.sets.models import QuizSet
from tests.helpers.app import make_user
from tests.helpers.lint import item, single, write

WHO = single("Whom was the president meeting at the restaurant?", "Zhihua Yang", "Hernando de Soto", "Denisse Miralles", "Dina Boluarte", qid="a")
SHARE = item("numeric", qid="n", prompt="What is the upper end of the share of members charged?", answer=85, unit="percent")
FILLER = [single(f"Which colour was flag {i}?", "Red", "Blue", "Green", "White", qid=f"f-{i}") for i in range(20)]


def pairs(root: Path, questions: list[dict]) -> list[tuple[str, str]]:
    return [(p.first, p.second) for p in detect_enemies(read_bank(write(root, [*questions, *FILLER])))]


@pytest.mark.parametrize(
    ("other", "enemies"),
    [
        pytest.param(item("true_false", qid="b", prompt="True or false: Zhihua Yang paid for the dinners.", answer=False), True, id="key-in-prompt"),
        pytest.param(item("true_false", qid="b", prompt="True or false: the president paid for the dinners.", answer=False), False, id="neutral-prompt"),
        pytest.param(single("Who chose the restaurant?", "Denisse Miralles", "Zhihua Yang", "Dina Boluarte", "Hernando de Soto", qid="b"), False, id="reused-as-option"),
        pytest.param(single("What happened at the dinners?", "The bill was split", "Zhihua Yang paid the bill", "Nothing was eaten", "The press came", qid="b"), True, id="in-a-wrong-statement"),
        pytest.param(single("What was filmed?", "A meeting with Zhihua Yang", "A speech", "A parade", "A trial", qid="b"), True, id="in-the-key"),
    ],
)
def test_a_key_shown_as_a_fact_in_another_item_makes_them_enemies(tmp_path, other, enemies):
    assert (("a", "b") in pairs(tmp_path, [WHO, other])) is enemies


def test_a_number_key_in_another_prompt_and_common_phrases_do_not_count(tmp_path):
    gives_away = item("true_false", qid="t", prompt="True or false: between 70 and 85 percent of members face charges.", answer=True)
    assert ("n", "t") in pairs(tmp_path / "a", [SHARE, gives_away])
    # A name in many items is background: none of them gives away the item it answers.
    chair = single("Who chaired the board?", "Ana Pérez", "Luis Soto", "Rosa Gil", "Juan Ruiz", qid="k")
    mentions = [
        item("true_false", qid=f"m-{word}", prompt=f"True or false: Ana Pérez signed the {word} decree.", answer=True)
        for word in ("water", "mining", "port", "tax", "school")
    ]
    assert not [p for p in pairs(tmp_path / "b", [chair, *mentions]) if "k" in p]
    assert ("k", "m-water") in pairs(tmp_path / "c", [chair, mentions[0]])


def test_declared_enemies_are_symmetric_and_checked(tmp_path):
    declared = {**FILLER[0], "enemies": ["f-1"]}
    bank = read_bank(write(tmp_path / "ok", [declared, *FILLER[1:]]))
    found = [(p.first, p.second, p.declared) for p in enemy_pairs(bank)]
    assert ("f-0", "f-1", True) in found
    for bad, message in [
        (["nope"], r"basics\.yaml:\d+: f-0: unknown enemy 'nope' \(no question has this id\)"),
        (["c-1"], r"f-0: unknown enemy 'c-1' \(a card, not a question\)"),
        (["f-0"], r"f-0: an item cannot be its own enemy"),
        ("f-1", r"f-0: enemies must be a list of question ids"),
    ]:
        folder = write(tmp_path / str(abs(hash(str(bad)))), [{**FILLER[0], "enemies": bad}, *FILLER[1:]],
                       cards=[{"id": "c-1", "front": "x", "back": "y", "source": [1]}])
        with pytest.raises(BankError) as caught:
            read_bank(folder)
        assert re.search(message, str(caught.value)), str(caught.value)


def test_the_loader_stores_pairs_both_ways_and_replaces_them(app, tmp_path):
    gives_away = item("true_false", qid="b", prompt="True or false: Zhihua Yang paid for the dinners.", answer=False)
    with app.app_context():
        report = load_bank(read_bank(write(tmp_path / "one", [WHO, gives_away, *FILLER])))
        db.session.commit()
        assert report.enemy_pairs == 1
        ids = dict(db.session.execute(select(Question.bank_id, Question.id).where(Question.bank_id.in_(["a", "b"]))).all())
        assert enemies_of([ids["a"], ids["b"]]) == {ids["a"]: {ids["b"]}, ids["b"]: {ids["a"]}}
        neutral = {**gives_away, "prompt": "True or false: the president paid for the dinners."}
        load_bank(read_bank(write(tmp_path / "two", [WHO, neutral, *FILLER])))
        db.session.commit()
        assert enemies_of([ids["a"], ids["b"]]) == {}


def _shipped_pairs() -> set[frozenset[int]]:
    rows = db.session.execute(select(QuestionEnemy.question_id, QuestionEnemy.enemy_id)).all()
    return {frozenset(r) for r in rows}


def test_a_thousand_drawn_quizzes_over_the_shipped_bank_hold_no_enemy_pair(app):
    with app.app_context():
        enemy = _shipped_pairs()
        assert enemy, "the shipped bank has no enemy pair: the test would prove nothing"
        user = make_user(app, "learner")
        document_id, topics = 1, list(db.session.execute(select(Topic.id).filter_by(document_id=1)).scalars())
        rng = random.Random(2026)
        sizes = []
        for _ in range(1000):
            request = QuizRequest(document_id, topics, list(QUESTION_TYPES), 30, "practice", "all")
            drawn = [q.id for q in draw_questions(user, request, rng)]
            assert len(set(drawn)) == len(drawn)
            assert not [pair for pair in combinations(drawn, 2) if frozenset(pair) in enemy]
            sizes.append(len(drawn))
        assert min(sizes) == 30  # the bank is large enough: keeping pairs apart costs no question


def test_the_set_random_rule_never_draws_both_of_a_pair(app):
    with app.app_context():
        enemy = _shipped_pairs()
        teacher = make_user(app, "teacher")
        topics = list(db.session.execute(select(Topic.id)).scalars())
        quiz_set = set_services.create_set(teacher, {"title": "Random", "random_count": 40, "random_topic_ids": topics})
        rng = random.Random(7)
        for _ in range(300):
            drawn = [q.id for q in set_services.draw_set_questions(quiz_set, rng)]
            assert len(drawn) == 40
            assert not [pair for pair in combinations(drawn, 2) if frozenset(pair) in enemy]


def test_a_quiz_shorter_than_asked_says_so(client, app):
    with app.app_context():
        topic = db.session.execute(select(Topic).filter_by(document_id=1).order_by(Topic.position)).scalars().first()
        live = db.session.execute(select(Question.id).filter_by(topic_id=topic.id, retired_at=None)).scalars().all()
    asked = min(50, len(live) + 5)
    response = client.post(
        "/quiz/new",
        data={"document": 1, "topics": [topic.id], "types": list(QUESTION_TYPES), "count": asked, "mode": "practice", "focus": "all"},
        follow_redirects=True,
    )
    assert response.status_code == 200
    assert re.search(rf"This quiz has \d+ questions, not the {asked} you asked for", response.text)
    full = client.post(
        "/quiz/new",
        data={"document": 1, "topics": [topic.id], "types": list(QUESTION_TYPES), "count": 3, "mode": "practice", "focus": "all"},
        follow_redirects=True,
    )
    assert "you asked for" not in full.text


def test_the_set_builder_warns_when_a_teacher_adds_an_enemy(client, app, auth):
    owner = auth.create_and_login("teacher")
    with app.app_context():
        first, second = db.session.execute(select(QuestionEnemy.question_id, QuestionEnemy.enemy_id)).first()
        bank_ids = {q.id: q.bank_id for q in db.session.execute(select(Question).where(Question.id.in_([first, second]))).scalars()}
        quiz_set = set_services.create_set(owner, {"title": "Chapter 1"})
        set_services.add_question(quiz_set, first)
        set_id = quiz_set.id
    page = client.get(f"/sets/{set_id}").text
    assert "give each other away" not in page
    response = client.post(f"/sets/{set_id}/items", data={"question_id": second}, headers={"HX-Request": "true", "HX-Request-Type": "partial"})
    assert response.status_code == 200  # a warning, not a refusal
    assert "These questions give each other away" in response.text
    assert f"Question 1 (<code>{bank_ids[first]}</code>) and question 2 (<code>{bank_ids[second]}</code>)" in response.text
    page = client.get(f"/sets/{set_id}").text  # and the full page, without JavaScript
    assert "These questions give each other away" in page and bank_ids[second] in page
    with app.app_context():
        assert len(db.session.get(QuizSet, set_id).items) == 2


def test_stats_and_lint_report_the_pairs(app, tmp_path):
    gives_away = item("true_false", qid="b", prompt="True or false: Zhihua Yang paid for the dinners.", answer=False)
    declared = {**FILLER[0], "enemies": ["f-1"]}
    folder = write(tmp_path, [WHO, gives_away, declared, *FILLER[1:]])
    runner = app.test_cli_runner()
    stats = runner.invoke(args=["bank", "stats", str(folder)])
    assert "Enemy pairs (never drawn into one attempt): 2, 1 of them declared in the files" in stats.output
    lint = runner.invoke(args=["bank", "lint", str(folder), "--strict"])
    assert re.search(r"tiny/basics\.yaml:\d+: a: enemy \(detected, never drawn with b\): the key of a \('Zhihua Yang'\) is in b's prompt", lint.output)
    assert re.search(r"tiny/basics\.yaml:\d+: f-0: enemy \(declared, never drawn with f-1\): declared by f-0", lint.output)
    assert "enemy pairs: 2 (1 declared)" in lint.output
    assert "enemy" not in runner.invoke(args=["bank", "lint", str(folder), "--no-enemies"]).output.split("finding(s)")[0]
