"""What every request pays, layer by layer: a ladder from B1 to Quizapp's pipeline (issue 15).

The question pages cost ~3× B1's GET, and much of it is paid by every request whatever it
shows. Each rung below serves the *same* page (B1's item page: one ``session.get`` of one row,
a small template) through one more layer, so the difference between two rungs is what that
layer costs a request, counted in machine instructions by valgrind (steady on these shared
machines, unlike times):

    .venv/bin/python tests/benchmarks/pipeline_ladder.py [CHECKOUT] [--requests 20] [--only RUNG ...]

- ``b1``: bare Flask + Flask-SQLAlchemy, B1's view and template (tests/benchmarks/baseline_app.py),
  on Quizapp's database (a prepared copy, with a table for B1's rows);
- ``+session``: Flask's signed-cookie session (Quizapp's ``KeptSerializerSessions``), the
  request carrying a guest's session cookie; the view does not read it (Flask opens it anyway);
- ``+login``: Flask-LoginManager with Quizapp's user loader; the template asks
  ``current_user.is_authenticated`` as the layout does;
- ``+csrf``: Flask-WTF's ``CSRFProtect`` and the template writing ``csrf_token()`` as the layout does;
- ``quizapp``: the real ``create_app()`` (every blueprint, hook, context processor and the
  request-slot middleware) serving the same view and template;
- ``quizapp-no-<hook>``: the same without one of Quizapp's own hooks, to price each.

The real question pages, full and partial, are counted by instructions_per_request.py. Each
rung runs twice under ``valgrind --tool=callgrind`` on a fresh copy of the prepared database,
with ``--requests`` and twice as many requests after the same warm-up; the difference divided
by ``--requests`` is one request's count. Needs valgrind. Not collected by pytest.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from datetime import datetime
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from callgrind import instructions_in, run_under_callgrind

HERE = Path(__file__).resolve()
WARM_UP = 5
ITEMS = 10
# B1's templates, the item page made self-contained, with the two things every Quizapp page
# asks of the pipeline marked by rung (the layout reads current_user and writes csrf_token()).
ITEM_TEMPLATE = (
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>Answer {{ answer.id }}</title></head>"
    "<body>{% if with_user %}<p>{{ 'in' if current_user.is_authenticated else 'out' }}</p>{% endif %}"
    "{% if with_csrf %}<input type=hidden name=csrf_token value='{{ csrf_token() }}'>{% endif %}"
    "<main><h1>Answer {{ answer.id }}</h1><p>{{ answer.text }}</p>"
    "<p>Stored at {{ answer.created_at.strftime('%Y-%m-%d %H:%M') }}</p></main></body></html>"
)
# Quizapp's own per-request hooks, by the name a rung removes them with.
HOOKS = ("guest-activity", "control-characters", "large-bodies", "security-headers", "request-slots", "sse-settings")
RUNGS = ("b1", "+session", "+login", "+csrf", "quizapp", *(f"quizapp-no-{hook}" for hook in HOOKS))


class LadderBase(DeclarativeBase):
    """B1's rows, in a metadata of their own: never in Quizapp's (its migrations know nothing of them)."""


class LadderAnswer(LadderBase):
    """B1's ``Answer``, as a table beside Quizapp's."""

    __tablename__ = "ladder_answer"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str]
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


def _item_view(model: Any, template: Any, with_user: bool, with_csrf: bool) -> Any:
    from flask import abort, render_template

    from quizapp.extensions import db

    def item(item_id: int) -> str:
        row = db.session.get(model, item_id)
        if row is None:
            abort(404)
        return render_template(template, answer=row, with_user=with_user, with_csrf=with_csrf)

    return item


def build_app(rung: str, folder: Path) -> Any:
    """The app of ``rung``, serving B1's item page at ``/ladder/item/<id>``."""
    from flask import Flask

    from quizapp.extensions import db

    model = LadderAnswer
    uri = f"sqlite:///{folder / 'quizapp.sqlite'}"
    if rung.startswith("quizapp"):
        from quizapp import create_app

        app = create_app({"SQLALCHEMY_DATABASE_URI": uri, "SECRET_KEY": "instructions"})
        _remove_hook(app, rung.removeprefix("quizapp-no-") if rung != "quizapp" else "")
        template = app.jinja_env.from_string(ITEM_TEMPLATE)
        app.add_url_rule("/ladder/item/<int:item_id>", "ladder_item", _item_view(model, template, True, True))
        return app
    from quizapp import KeptSerializerSessions, _sqlite_pragmas, kept_csrf_token  # noqa: F401 (the pragmas' listener)

    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = uri
    db.init_app(app)
    level = RUNGS.index(rung)
    if level >= 1:
        app.secret_key = "instructions"
        app.session_interface = KeptSerializerSessions()
    if level >= 2:
        from quizapp.auth import models as auth_models  # noqa: F401 (registers the user loader)
        from quizapp.extensions import login_manager

        login_manager.init_app(app)
    if level >= 3:
        from quizapp.config import DEFAULTS
        from quizapp.extensions import csrf

        app.config["WTF_CSRF_TIME_LIMIT"] = DEFAULTS["WTF_CSRF_TIME_LIMIT"]
        csrf.init_app(app)
        csrf_token = kept_csrf_token(app)
        app.context_processor(lambda: {"csrf_token": csrf_token})
    template = app.jinja_env.from_string(ITEM_TEMPLATE)
    app.add_url_rule("/ladder/item/<int:item_id>", "ladder_item", _item_view(model, template, level >= 2, level >= 3))
    return app


def _remove_hook(app: Any, hook: str) -> None:
    """Take one of Quizapp's per-request hooks out of ``app`` (to price it)."""
    if not hook:
        return
    if hook == "request-slots":
        app.wsgi_app = app.wsgi_app.wsgi_app
        return
    names = {
        "guest-activity": ("before_request_funcs", "note_guest_activity"),
        "control-characters": ("before_request_funcs", "refuse_control_characters"),
        "large-bodies": ("before_request_funcs", "refuse_large_bodies"),
        "security-headers": ("after_request_funcs", "add_security_headers"),
        "sse-settings": ("template_context_processors", "sse_settings"),
    }
    attribute, name = names[hook]
    found = False
    for functions in getattr(app, attribute).values():
        for function in list(functions):
            if function.__name__ == name:
                functions.remove(function)
                found = True
    assert found, f"no {name} in {attribute}"


def prepare(folder: Path) -> None:
    """Quizapp's prepared database (instructions_per_request.py's guest) and B1's rows in it."""
    sys.path.insert(0, str(HERE.parent))
    import instructions_per_request

    instructions_per_request.prepare(folder)
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    model = LadderAnswer
    engine = create_engine(f"sqlite:///{folder / 'quizapp.sqlite'}")
    model.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all(model(text=f"answer {n}") for n in range(ITEMS))
        session.commit()
    engine.dispose()


def run(folder: Path, rung: str, count: int) -> None:
    import logging

    logging.disable(logging.CRITICAL)
    app = build_app(rung, folder)
    learner = json.loads((folder / "learner.json").read_text())
    client = app.test_client()
    client.set_cookie("session", learner["session"])
    for n in range(WARM_UP + count):
        response = client.get(f"/ladder/item/{n % ITEMS + 1}")
        assert response.status_code == 200, (rung, response.status_code, response.text[:300])
        if rung != "b1" and rung != "+session" and n == 0:
            assert "<p>in</p>" in response.text, (rung, "the guest is not signed in", response.text[:300])


def count_once(checkout: Path, prepared: Path, rung: str, count: int) -> int:
    with tempfile.TemporaryDirectory(prefix="ladder-run-") as scratch:
        folder = Path(scratch)
        for name in ("quizapp.sqlite", "learner.json"):
            shutil.copy(prepared / name, folder / name)
        out = folder / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": str(checkout), "QUIZAPP_INSTANCE_DIR": str(folder), "PYTHONHASHSEED": "0"}
        run_under_callgrind([sys.executable, str(HERE), "--run", rung, "--folder", str(folder), "--requests", str(count)], out, env)
        total = instructions_in(out)
        assert total is not None, "no summary in the callgrind output"
        return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkout", nargs="?", type=Path, default=HERE.parents[2])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--only", nargs="*", default=list(RUNGS[:5]), choices=RUNGS)
    parser.add_argument("--run", choices=RUNGS, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        prepare(args.folder)
        return
    if args.run:
        run(args.folder, args.run, args.requests)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian package valgrind)")
    checkout = args.checkout.resolve()
    previous: float | None = None
    with tempfile.TemporaryDirectory(prefix="ladder-prepared-") as scratch:
        prepared = Path(scratch)
        env = {**os.environ, "PYTHONPATH": str(checkout)}
        subprocess.run([sys.executable, str(HERE), "--prepare", "--folder", str(prepared)], env=env, check=True,
                       capture_output=True)
        counts: dict[str, float] = {}
        for rung in args.only:
            once = count_once(checkout, prepared, rung, args.requests)
            twice = count_once(checkout, prepared, rung, 2 * args.requests)
            counts[rung] = per_request = (twice - once) / args.requests
            if rung.startswith("quizapp-no-") and "quizapp" in counts:
                step = f"the hook costs {(counts['quizapp'] - per_request) / 1e6:+6.3f} M"
            elif previous is not None:
                step = f"this layer {(per_request - previous) / 1e6:+6.3f} M"
            else:
                step = ""
            if not rung.startswith("quizapp-no-"):
                previous = per_request
            print(f"{rung:32} {per_request / 1e6:7.3f} M instructions/request  {step}", flush=True)


if __name__ == "__main__":
    main()
