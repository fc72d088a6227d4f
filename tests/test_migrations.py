"""The Alembic migrations and the SQLAlchemy models describe the same schema."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import text

from quizapp.extensions import db
from tests.helpers.app import make_app


def test_models_and_migrations_agree(tmp_path):
    app = make_app(tmp_path / "fresh.sqlite", tmp_path)
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
            differences = compare_metadata(context, db.metadata)
        assert differences == [], differences


def test_migrations_go_down_and_up_again(tmp_path):
    app = make_app(tmp_path / "roundtrip.sqlite", tmp_path)
    with app.app_context():
        upgrade()
        downgrade(revision="base")
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, db.metadata) == []


def test_serve_prepares_an_empty_database_and_is_idempotent(tmp_path, monkeypatch):
    """What `quizapp serve` does before starting gunicorn: migrate, then load the bank."""
    from quizapp.cli import prepare_database

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'serve.sqlite'}")
    first = prepare_database()
    assert "peru-crisis-2026: questions:" in first and " added" in first
    second = prepare_database()
    assert "0 added, 0 changed" in second


def test_an_older_database_is_upgraded_with_its_data_kept(tmp_path):
    """A database made by the first release keeps its learners and answers through every migration."""
    app = make_app(tmp_path / "old.sqlite", tmp_path)
    with app.app_context():
        upgrade(revision="069f1b8c3e72")
        with db.engine.begin() as connection:
            connection.execute(text("INSERT INTO account (id, username, password_hash, created_at) VALUES (1, 'old', 'x', '2026-01-01 10:00:00')"))
            connection.execute(text("INSERT INTO document (id, slug, title, description, language, source_description, paragraph_count) VALUES (1, 'doc', 'Doc', '', 'en', '', 3)"))
            connection.execute(text("INSERT INTO topic (id, document_id, slug, title, position) VALUES (1, 1, 't', 'T', 0)"))
            connection.execute(text("INSERT INTO question (id, document_id, topic_id, bank_id, type, difficulty, version) VALUES (1, 1, 1, 'q1', 'true_false', 1, 1)"))
            connection.execute(text(
                "INSERT INTO question_version (id, question_id, number, content_hash, content, created_at) VALUES "
                "(1, 1, 1, 'h', '{\"type\": \"true_false\", \"prompt\": \"Old?\", \"answer\": true, \"explanation\": \"Yes.\", "
                "\"source\": [1], \"tags\": [], \"difficulty\": 1, \"kind\": \"fact\"}', '2026-01-01 10:00:00')"
            ))
            connection.execute(text(
                "INSERT INTO attempt (id, user_id, document_id, title, mode, settings, started_at, finished_at, score, max_score) "
                "VALUES (1, 1, 1, 'Old quiz', 'practice', '{}', '2026-01-01 10:00:00', '2026-01-01 10:05:00', 1.0, 1)"
            ))
            connection.execute(text("INSERT INTO attempt_question (id, attempt_id, position, question_version_id, layout) VALUES (1, 1, 1, 1, '{}')"))
            connection.execute(text("INSERT INTO response (id, attempt_question_id, given, score, is_correct, answered_at) VALUES (1, 1, '{\"value\": true}', 1.0, 1, '2026-01-01 10:01:00')"))
        upgrade()
        from quizapp.auth.models import User
        from quizapp.quiz.models import Attempt

        assert db.session.get(User, 1).username == "old"
        attempt = db.session.get(Attempt, 1)
        assert attempt.score == 1.0 and attempt.questions[0].response.is_correct
        assert attempt.questions[0].version.content["prompt"] == "Old?"


# Every multi-column unique constraint, named after all its columns since f_templates_01.
UNIQUE_NAMES = {
    "topic": {"uq_topic_document_id_slug"},
    "flashcard": {"uq_flashcard_document_id_bank_id"},
    "question": {"uq_question_document_id_bank_id"},
    "question_version": {"uq_question_version_question_id_number"},
    "attempt_question": {"uq_attempt_question_attempt_id_position"},
    "quiz_set_item": {"uq_quiz_set_item_quiz_set_id_question_id"},
    "study_card": {"uq_study_card_user_id_flashcard_id", "uq_study_card_user_id_question_id"},
}


def unique_names(table: str) -> set[str]:
    from sqlalchemy import inspect

    return {c["name"] for c in inspect(db.engine).get_unique_constraints(table) if len(c["column_names"]) > 1}


def test_multi_column_unique_constraints_are_renamed_with_the_rows_kept(tmp_path):
    app = make_app(tmp_path / "names.sqlite", tmp_path)
    with app.app_context():
        upgrade(revision="f_perf_01")
        assert unique_names("topic") == {"uq_topic_document_id"}
        with db.engine.begin() as connection:
            connection.execute(text("INSERT INTO document (id, slug, title, description, language, source_description, paragraph_count) VALUES (1, 'doc', 'Doc', '', 'en', '', 3)"))
            connection.execute(text("INSERT INTO topic (id, document_id, slug, title, position) VALUES (1, 1, 't', 'T', 0)"))
        upgrade()
        assert {table: unique_names(table) for table in UNIQUE_NAMES} == UNIQUE_NAMES
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT slug FROM topic WHERE document_id = 1")).scalar_one() == "t"
        downgrade(revision="f_perf_01")
        assert unique_names("topic") == {"uq_topic_document_id"}
        assert unique_names("study_card") == {"uq_study_card_user_flashcard", "uq_study_card_user_question"}
