"""Entry point for ``gunicorn wsgi:app`` once the database is up to date (``quizapp serve`` does that)."""
from quizapp import create_app

app = create_app()
