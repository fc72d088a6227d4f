"""B1, the floor that Quizapp's benchmarks are measured against (issue 15).

A bare Flask + Flask-SQLAlchemy app doing the least a request of Quizapp's kind must do:
``POST /answer`` inserts one SQLite row and renders a small template (as an answer POST stores
a response and renders a fragment); ``GET /item/<id>`` renders a small page from one SELECT.
No sessions, CSRF or htmx: whatever Quizapp spends beyond this is its own overhead.

    BASELINE_DATABASE=/tmp/b1.sqlite gunicorn --pythonpath tests/benchmarks 'baseline_app:create_app()'

SQLite is set up as Quizapp sets it up (WAL, synchronous=NORMAL, a busy timeout), so both pay the same for a commit.
Not collected by pytest (the file name does not start with test_).
"""
from __future__ import annotations

import os
from datetime import datetime

from flask import Flask, abort, render_template, request
from flask_sqlalchemy import SQLAlchemy
from jinja2 import DictLoader
from sqlalchemy import event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Answer(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str]
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


TEMPLATES = {
    "layout.html": (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>{% block title %}{% endblock %}</title></head>"
        "<body><main>{% block main %}{% endblock %}</main></body></html>"
    ),
    "_answer.html": '<section id="answer"><p>Answer {{ answer.id }} stored: {{ answer.text }}</p></section>',
    "item.html": (
        '{% extends "layout.html" %}{% block title %}Answer {{ answer.id }}{% endblock %}'
        '{% block main %}<h1>Answer {{ answer.id }}</h1><p>{{ answer.text }}</p>'
        "<p>Stored at {{ answer.created_at.strftime('%Y-%m-%d %H:%M') }}</p>{% endblock %}"
    ),
}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{os.environ['BASELINE_DATABASE']}"
    app.jinja_loader = DictLoader(TEMPLATES)
    db.init_app(app)
    with app.app_context():

        @event.listens_for(db.engine, "connect")
        def _sqlite_pragmas(connection, _record) -> None:  # the same pragmas Quizapp uses
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        db.create_all()

    @app.post("/answer")
    def answer() -> str:
        row = Answer(text=request.form.get("text", "")[:200])
        db.session.add(row)
        db.session.commit()
        return render_template("_answer.html", answer=row)

    @app.get("/item/<int:item_id>")
    def item(item_id: int) -> str:
        row = db.session.get(Answer, item_id)
        if row is None:
            abort(404)
        return render_template("item.html", answer=row)

    return app
