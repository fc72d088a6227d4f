"""The quiz pages' HTML from two checkouts, compared byte for byte (issue 15).

A speed-up of the question page or the answer POST must not change what users see. This
renders the same pages in each checkout, from the same database built the same way (a fixed
clock, seeded layouts), and prints any difference:

    .venv/bin/python tests/benchmarks/question_pages_html.py BEFORE_CHECKOUT [AFTER_CHECKOUT]

AFTER_CHECKOUT defaults to this one. The pages: every question type unanswered (full page and
htmx partial), each answered right and wrong in practice (feedback, source passages, the
navigator's marks), the answer POST's htmx fragment and its 422 for an empty or invisible-
character answer, a test-mode attempt (no marks shown), a flagged question, a timed attempt's
countdown, a teacher's quiz set attempt whose answers show after the close, the last question
with every one answered (the Finish form), the summary, the flag POST's fragment, the results
page, and another learner's attempt (404). CSRF tokens differ from run to run by design: each is
replaced by ``CSRF``. Exits 1 when a page differs. Not collected by pytest.

Both checkouts read the bank's source text from ``../shared`` beside them (the bank names it
relative to its folder): for a checkout elsewhere (``git clone`` into /tmp), link ``../shared``
next to it, or its answered pages lack their cited passages and every one of them differs.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve()
HX = {"HX-Request": "true", "HX-Request-Type": "partial"}
NOW = datetime(2026, 3, 2, 9, 0, 0)
TOKEN = re.compile(r'(name="csrf_token"[^>]*value="|"X-CSRFToken": ")([^"]+)"')


def dump(folder: Path) -> dict[str, str]:
    """Every page, by name: status and body, CSRF tokens masked."""
    import logging
    import random

    logging.disable(logging.CRITICAL)
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'quizapp.sqlite'}"
    os.environ["QUIZAPP_INSTANCE_DIR"] = str(folder)
    os.environ["SECRET_KEY"] = "html"
    from sqlalchemy import func, select

    from quizapp import create_app
    from quizapp.auth.models import User
    from quizapp.bank.models import Question, Topic
    from quizapp.bank.parser import QUESTION_TYPES
    from quizapp.cli import prepare_database
    from quizapp.extensions import db
    from quizapp.quiz import services

    prepare_database()
    clock_now = [NOW]
    app = create_app({
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'quizapp.sqlite'}", "SECRET_KEY": "html",
        "CLOCK": lambda: clock_now[0], "PASSWORD_HASH_TIME_COST": 1, "PASSWORD_HASH_MEMORY_KIB": 64,
        "PASSWORD_HASH_PARALLELISM": 1,
    })
    client = app.test_client()
    pages: dict[str, str] = {}

    def keep(name: str, response) -> str:
        text = response.get_data(as_text=True)
        location = response.headers.get("Location", "")
        headers = {k: v for k, v in response.headers.items() if k.lower().startswith("hx-") or k == "Vary"}
        pages[name] = f"{response.status_code} {location} {json.dumps(headers, sort_keys=True)}\n" + TOKEN.sub(r'\1CSRF"', text)
        return text

    def csrf(html: str) -> str:
        match = TOKEN.search(html)
        assert match, html[:300]
        return match.group(2)

    register = client.get("/auth/register").text
    response = client.post("/auth/register", data={
        "csrf_token": csrf(register), "username": "ana", "password": "correct horse battery staple",
        "confirm": "correct horse battery staple",
    })
    assert response.status_code == 303, response.text[:500]
    with app.app_context():
        user_id = db.session.execute(select(User.id).where(User.username == "ana")).scalar_one()
        other = User()
        db.session.add(other)
        db.session.commit()
        other_id = other.id
        topics = list(db.session.execute(select(Topic.id).where(Topic.document_id == 1)).scalars())

        def quiz(types: list[str], count: int, mode: str = "practice", seed: int = 1, user: int = user_id) -> int:
            request = services.QuizRequest(document_id=1, topic_ids=topics, types=types, count=count, mode=mode, focus="all")
            return services.new_quiz(user, request, rng=random.Random(seed), now=NOW).id

        every_type = quiz(list(QUESTION_TYPES), 40)
        test_mode = quiz(["single_choice", "true_false"], 6, mode="test", seed=2)
        short = quiz(["single_choice", "true_false"], 3, seed=3)
        others = quiz(["true_false"], 2, seed=4, user=other_id)
        timed = quiz(["single_choice", "true_false"], 4, seed=5)
        from quizapp.quiz.models import Attempt

        for attempt_id in (every_type, test_mode, short, others, timed):
            db.session.get(Attempt, attempt_id).started_at = NOW  # made at the fixed time, not the real one
        db.session.get(Attempt, timed).deadline_at = NOW + timedelta(minutes=12, seconds=7)
        db.session.commit()
        type_of = {
            aq.position: aq.version.content["type"] for aq in db.session.get(Attempt, every_type).questions
        }
        # A teacher's set whose answers show after it closes, taken by ana.
        from quizapp.sets import services as set_services

        teacher = User()
        db.session.add(teacher)
        db.session.commit()
        qids = list(db.session.execute(
            select(Question.id).where(Question.retired_at.is_(None), Question.type.in_(["single_choice", "true_false"]))
            .order_by(Question.id).limit(4)
        ).scalars())
        quiz_set = set_services.create_set(teacher.id, {
            "title": "Chapter 1 check", "shuffle_choices": True, "answers_visible": "after_close",
            "closes_at": NOW + timedelta(hours=2),
        })
        for qid in qids:
            set_services.add_question(quiz_set, qid)
        set_attempt = set_services.start_set_attempt(quiz_set, user_id, now=NOW, rng=random.Random(6)).id

    page = client.get(f"/quiz/{every_type}/q/1").text
    token = csrf(page)
    seen_types: set[str] = set()
    for position, qtype in type_of.items():
        if qtype in seen_types:
            continue
        seen_types.add(qtype)
        keep(f"{qtype} unanswered, full page", client.get(f"/quiz/{every_type}/q/{position}"))
        keep(f"{qtype} unanswered, partial", client.get(f"/quiz/{every_type}/q/{position}", headers=HX))
        # Drawn again: the page from kept pieces (quiz/fragments.py ``kept_question_page``).
        keep(f"{qtype} unanswered, full page again", client.get(f"/quiz/{every_type}/q/{position}"))
        keep(f"{qtype} unanswered, partial again", client.get(f"/quiz/{every_type}/q/{position}", headers=HX))
    # A guest's pages (the layout offers to sign in), drawn and drawn again.
    guest = app.test_client()
    assert guest.post("/cards/doc-1/start", data={"csrf_token": csrf(guest.get("/cards/doc-1/study").text)}).status_code == 303
    with app.app_context():
        guest_id = db.session.execute(select(func.max(User.id))).scalar_one()
        guest_quiz = quiz(["single_choice", "true_false"], 5, seed=7, user=guest_id)
        db.session.get(Attempt, guest_quiz).started_at = NOW
        db.session.commit()
    for round_ in ("", " again"):
        for position in (1, 3, 5):
            keep(f"guest question {position}, full page{round_}", guest.get(f"/quiz/{guest_quiz}/q/{position}"))
            keep(f"guest question {position}, partial{round_}", guest.get(f"/quiz/{guest_quiz}/q/{position}", headers=HX))
    # Answers: a right-looking and a wrong-looking form for each of the first positions.
    forms = [{"choice": "0", "answer": "true", "text": "Lima", "number": "3"}, {"choice": "1", "answer": "false", "text": "x", "number": "0"}]
    keep("empty answer, 422 partial", client.post(f"/quiz/{every_type}/q/2", data={"csrf_token": token}, headers=HX))
    keep("empty answer, 422 full", client.post(f"/quiz/{every_type}/q/2", data={"csrf_token": token}))
    keep("control characters, 422 partial",
         client.post(f"/quiz/{every_type}/q/3", data={"csrf_token": token, "text": "Li\x07ma", "choice": "0"}, headers=HX))
    for position in range(1, 13):
        form = forms[position % 2] | {"csrf_token": token}
        clock_now[0] = NOW + timedelta(seconds=position)
        if position % 3:
            keep(f"answer POST {position} ({type_of[position]}), partial", client.post(f"/quiz/{every_type}/q/{position}", data=form, headers=HX))
        else:
            keep(f"answer POST {position}, full (303)", client.post(f"/quiz/{every_type}/q/{position}", data=form))
        keep(f"answered {position} ({type_of[position]}), full page", client.get(f"/quiz/{every_type}/q/{position}"))
        keep(f"answered {position}, partial", client.get(f"/quiz/{every_type}/q/{position}", headers=HX))
    keep("answer again (double click), partial", client.post(f"/quiz/{every_type}/q/1", data=forms[1] | {"csrf_token": token}, headers=HX))
    keep("flag POST, partial", client.post(f"/quiz/{every_type}/q/20/flag", data={"csrf_token": token, "flagged": "1"}, headers=HX))
    keep("flagged question, full page", client.get(f"/quiz/{every_type}/q/20"))
    keep("flag POST, full (303)", client.post(f"/quiz/{every_type}/q/21/flag", data={"csrf_token": token, "flagged": "1"}))
    keep("summary", client.get(f"/quiz/{every_type}/summary"))
    for position in range(1, 7):
        keep(f"test mode answer {position}", client.post(f"/quiz/{test_mode}/q/{position}", data=forms[position % 2] | {"csrf_token": token}, headers=HX))
    keep("test mode, all answered, last question", client.get(f"/quiz/{test_mode}/q/6"))
    keep("test mode, first question", client.get(f"/quiz/{test_mode}/q/1", headers=HX))
    for position in range(1, 4):
        keep(f"short quiz answer {position}", client.post(f"/quiz/{short}/q/{position}", data=forms[0] | {"csrf_token": token}, headers=HX))
    keep("short quiz, every answer given, last question", client.get(f"/quiz/{short}/q/3"))
    keep("short quiz, first question partial", client.get(f"/quiz/{short}/q/1", headers=HX))
    clock_now[0] = NOW + timedelta(minutes=3)
    keep("timed question, full page", client.get(f"/quiz/{timed}/q/1"))
    keep("timed answer, partial", client.post(f"/quiz/{timed}/q/1", data=forms[0] | {"csrf_token": token}, headers=HX))
    keep("set attempt, question", client.get(f"/quiz/{set_attempt}/q/1"))
    keep("set attempt, answer", client.post(f"/quiz/{set_attempt}/q/1", data=forms[0] | {"csrf_token": token}, headers=HX))
    keep("set attempt, answered question", client.get(f"/quiz/{set_attempt}/q/1"))
    keep("finish short quiz (303)", client.post(f"/quiz/{short}/finish", data={"csrf_token": token}))
    keep("finished question, full page", client.get(f"/quiz/{short}/q/2"))
    keep("results", client.get(f"/quiz/{short}/results"))
    keep("answer to a finished quiz, 422", client.post(f"/quiz/{short}/q/1", data=forms[0] | {"csrf_token": token}, headers=HX))
    clock_now[0] = NOW + timedelta(minutes=30)
    keep("timed question after the limit", client.get(f"/quiz/{timed}/q/2"))
    keep("timed answer after the limit, partial", client.post(f"/quiz/{timed}/q/2", data=forms[0] | {"csrf_token": token}, headers=HX))
    keep("another learner's question, 404", client.get(f"/quiz/{others}/q/1"))
    keep("another learner's answer, 404 partial", client.post(f"/quiz/{others}/q/1", data=forms[0] | {"csrf_token": token}, headers=HX))
    keep("no CSRF token, 400", client.post(f"/quiz/{every_type}/q/30", data=forms[0], headers=HX))
    return pages


def pages_of(checkout: Path) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="question-html-") as scratch:
        env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONHASHSEED": "0"}
        result = subprocess.run([sys.executable, str(HERE), "--dump", scratch], env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"{checkout}: {result.stderr[-3000:]}")
        return json.loads(Path(scratch, "pages.json").read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", nargs="?", type=Path)
    parser.add_argument("after", nargs="?", type=Path, default=HERE.parents[2])
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        (args.dump / "pages.json").write_text(json.dumps(dump(args.dump)))
        return
    if args.before is None:
        parser.error("name the checkout to compare with")
    before, after = pages_of(args.before.resolve()), pages_of(args.after.resolve())
    differing = 0
    for name in before.keys() | after.keys():
        if before.get(name) != after.get(name):
            differing += 1
            print(f"--- {name}")
            sys.stdout.writelines(difflib.unified_diff(
                (before.get(name) or "").splitlines(keepends=True), (after.get(name) or "").splitlines(keepends=True), n=1,
            ))
    total = len(before.keys() | after.keys())
    print(f"{total - differing} of {total} pages identical byte for byte ({sum(len(p) for p in after.values()):,} bytes)")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
