"""Instructions per request, split by phase (issue 15): where one answer POST, study GET or
rating POST spends its machine instructions, counted by valgrind, not sampled.

cProfile's overhead is per Python call, so it inflates code made of many small calls (Jinja,
SQLAlchemy's internals) against code made of few; callgrind counts instructions exactly but
sees only C functions. This joins the two: named Python functions are wrapped so that entering
and leaving each calls ``os.getpgid`` (a libc call nothing else here makes), callgrind dumps
and zeroes its counters there (``--dump-before=getpgid``), and each dump's total goes to the
innermost wrapped function running during it (``self``) and to every one around it
(``total``). Divided by ``--requests``: instructions per request and phase. The wrappers cost
a few thousand instructions each, counted in the phase they close.

    .venv/bin/python tests/benchmarks/phase_instructions.py answer [--requests 20] [--wrap MODULE:ATTR ...]
    .venv/bin/python tests/benchmarks/phase_instructions.py question [--partial] [--requests 20]
    .venv/bin/python tests/benchmarks/phase_instructions.py study|rate --data CARDS_DATA [--requests 20]

``answer`` prepares its database as ``instructions_per_request.py`` does (a guest with open
attempts); ``study`` and ``rate`` use a folder made by ``profile_cards.py --data D --prepare``
(the learner with one 74-card deck). Not collected by pytest: a tool for finding what to cut.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any
from callgrind import instructions_in, run_under_callgrind

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE.parent))
HX = {"HX-Request": "true", "HX-Request-Type": "partial"}
WARM_UP = 5

# What is wrapped unless --wrap says otherwise: the request pipeline's parts and the hot
# views' steps. ``app:`` names an attribute of the application object.
PIPELINE = [
    "app:request_context", "flask.ctx:RequestContext.push", "flask.ctx:RequestContext.pop", "app:preprocess_request", "app:dispatch_request", "app:process_response",
    "app:do_teardown_request", "app:do_teardown_appcontext", "app:session_interface.open_session",
    "app:session_interface.save_session", "app:login_manager._load_user", "flask_wtf.csrf:CSRFProtect.protect",
    "quizapp.htmx:render", "flask.templating:_render",
    "sqlalchemy.orm.session:Session.commit", "sqlalchemy.engine.base:Connection._execute_context",
]
PHASES = {
    "answer": [
        *PIPELINE,
        "quizapp.quiz.views:own_question", "quizapp.quiz.views:_feedback_passages", "quizapp.quiz.services:store_answer",
        "quizapp.quiz.services:read_answer", "quizapp.quiz.services:grade", "quizapp.quiz.services:answer_recorded.send",
        "quizapp.quiz.views:render_question", "quizapp.quiz.views:_navigator",
        "quizapp.quiz.services:navigator", "quizapp.quiz.views:has_control_characters",
    ],
    "question": [
        *PIPELINE,
        "quizapp.quiz.views:own_question", "quizapp.quiz.views:_over_row", "quizapp.quiz.views:_navigator",
        "quizapp.quiz.views:render_question", "quizapp.quiz.fragments:navigator", "quizapp.quiz.fragments:question_inputs",
    ],
    "study": [
        *PIPELINE,
        "quizapp.cards.views:deck_or_404", "quizapp.cards.services:study_figures",
        "quizapp.cards.services:study_card_with_face", "quizapp.cards.views:render_study",
        "quizapp.cards.services:missing_count", "quizapp.cards.services:card_face",
    ],
    "rate": [
        *PIPELINE,
        "quizapp.cards.views:deck_or_404", "quizapp.cards.views:card_state_or_404", "quizapp.cards.views:read_rating",
        "quizapp.cards.services:rate_card", "quizapp.cards.services:scheduler",
        "fsrs.scheduler:Scheduler.review_card", "quizapp.cards.services:study_figures",
        "quizapp.cards.services:study_card_with_face", "quizapp.cards.views:render_study",
        "quizapp.cards.services:interval_labels",
    ],
}

PARTIAL = False  # question: the htmx partial (--partial)
_stack: list[str] = []
_labels: list[str] = []


def _mark() -> None:
    """End the current interval: callgrind dumps before this getpgid; the label says whose it was."""
    _labels.append(">".join(_stack) or "-")
    os.getpgid(0)


def _wrapped(name: str, function: Any) -> Any:
    @functools.wraps(function)
    def phase(*args: Any, **kwargs: Any) -> Any:
        _mark()
        _stack.append(name)
        try:
            return function(*args, **kwargs)
        finally:
            _mark()
            _stack.pop()

    return phase


def _wrap(app: Any, target: str) -> None:
    """Replace MODULE:ATTR.PATH (or app:ATTR.PATH) with a wrapper that marks its phase."""
    where, _, path = target.partition(":")
    owner = app if where == "app" else importlib.import_module(where)
    *parents, attr = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    setattr(owner, attr, _wrapped(path, getattr(owner, attr)))


def _answer_requests(folder: Path, kind: str = "answer") -> tuple[Any, list]:
    """The answer POSTs, or the question pages (``kind`` an instructions_per_request.py kind)."""
    from instructions_per_request import _app, requests_of

    app = _app(folder)
    learner = json.loads((folder / "learner.json").read_text())
    client = app.test_client()
    client.set_cookie("session", learner["session"])
    return app, [(client, method, path, headers, form) for method, path, headers, form in requests_of(kind, learner)]


def _card_requests(folder: Path, kind: str, count: int) -> tuple[Any, list]:
    import sqlite3
    from datetime import datetime

    from quizapp import create_app

    manifest = json.loads((folder / "manifest.json").read_text())
    now = datetime.fromisoformat(manifest["now"])
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'quizapp.sqlite'}", "SECRET_KEY": "bench"})
    app.config["CLOCK"] = lambda: now
    client = app.test_client()
    for part in manifest["small"]["cookie"].split("; "):
        name, _, value = part.partition("=")
        client.set_cookie(name, value)
    deck = manifest["deck_key"]
    if kind == "study":
        return app, [(client, "GET", f"/cards/{deck}/study", HX, None)] * count
    with sqlite3.connect(folder / "quizapp.sqlite") as con:
        rows = con.execute(
            "select sc.id, sc.last_review from study_card sc join flashcard f on f.id = sc.flashcard_id "
            "where sc.user_id = ? and f.document_id = ? order by sc.id",
            (manifest["small"]["user_id"], manifest["document_id"]),
        ).fetchall()
    todo = []
    for card_id, last_review in (rows * (1 + count // len(rows)))[:count]:
        token = datetime.fromisoformat(last_review).isoformat() if last_review else "new"
        form = {"csrf_token": manifest["small"]["csrf"], "rating": "3", "token": token}
        todo.append((client, "POST", f"/cards/{deck}/card/{card_id}/rate", HX, form))
    return app, todo


def run(folder: Path, kind: str, count: int, wraps: list[str]) -> None:
    import logging

    logging.disable(logging.CRITICAL)
    if kind == "answer":
        app, todo = _answer_requests(folder)
    elif kind == "question":
        app, todo = _answer_requests(folder, "question-partial" if PARTIAL else "question-full")
    else:
        app, todo = _card_requests(folder, kind, WARM_UP + count)
    # The question pages repeat a few pages: each is drawn once before counting, so that what is
    # counted is the steady state (kept pieces), not the first draws.
    warm_up = max(WARM_UP, len({path for _, _, path, _, _ in todo})) if kind == "question" else WARM_UP
    assert len(todo) >= warm_up + count, f"only {len(todo)} requests prepared"
    for client, method, path, headers, form in todo[:warm_up]:
        assert client.open(path, method=method, headers=headers, data=form).status_code == 200
    for target in wraps:
        _wrap(app, target)
    _labels.clear()
    _mark()
    _labels.clear()  # the interval before the first mark is start-up: not counted
    _stack.append("request")
    for client, method, path, headers, form in todo[warm_up:warm_up + count]:
        response = client.open(path, method=method, headers=headers, data=form)
        assert response.status_code == 200, (path, response.status_code, response.text[:300])
    _mark()
    _stack.pop()
    (folder / "labels.json").write_text(json.dumps(_labels))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", choices=sorted(PHASES))
    parser.add_argument("--data", type=Path, help="profile_cards.py's prepared folder (study, rate)")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--wrap", nargs="*", help="MODULE:ATTR (or app:ATTR) to count apart; default: PHASES[kind]")
    parser.add_argument("--partial", action="store_true", help="question: the htmx partial, not the full page")
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    global PARTIAL
    PARTIAL = args.partial
    wraps = args.wrap if args.wrap is not None else PHASES[args.kind]
    if args.run:
        run(args.run, args.kind, args.requests, wraps)
        return
    with tempfile.TemporaryDirectory(prefix="phase-instructions-") as scratch:
        folder = Path(scratch)
        if args.kind in ("answer", "question"):
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            subprocess.run([sys.executable, str(HERE.parent / "instructions_per_request.py"), "--prepare", "--folder", str(folder)],
                           env=env, check=True, capture_output=True)
        else:
            assert args.data, "--data: a folder made by profile_cards.py --prepare"
            for name in ("quizapp.sqlite", "manifest.json"):
                shutil.copy(args.data / name, folder / name)
        out = folder / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QUIZAPP_INSTANCE_DIR": str(folder), "PYTHONHASHSEED": "0"}
        run_under_callgrind(
            [sys.executable, str(HERE), args.kind, "--requests", str(args.requests), "--run", str(folder),
             *(["--partial"] if args.partial else []), "--wrap", *wraps],
            out, env, dump_before="getpgid",
        )
        labels = json.loads((folder / "labels.json").read_text())
        dumps = sorted(folder.glob("callgrind.out.*"), key=lambda path: int(path.suffix[1:]))
        totals = [instructions_in(dump) or 0 for dump in dumps]
    # dump 1 ends start-up and warm-up; dump k+1 ends the interval labelled labels[k-1].
    measured = totals[1:]
    assert len(measured) == len(labels), (len(measured), len(labels))
    own: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for label, count in zip(labels, measured):
        names = label.split(">")
        own[names[-1]] += count
        for name in set(names):
            total[name] += count
    whole = total["request"]
    print(f"{args.kind}: {whole / args.requests / 1e6:.2f} M instructions per request (with the wrappers' cost)")
    print(f"{'phase':40} {'total':>9} {'self':>9}  (k instructions per request)")
    for name in sorted(total, key=lambda n: -total[n]):
        print(f"{name:40} {total[name] / args.requests / 1e3:9.0f} {own[name] / args.requests / 1e3:9.0f}")


if __name__ == "__main__":
    main()
