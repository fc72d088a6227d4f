"""Every setting's default, defined once.

Two kinds live here:

- app settings (``DEFAULTS``): loaded first by ``create_app``, then overridden by the
  environment (``QUIZAPP_<NAME>``, see README's settings table) and by a test's config; code
  reads them from ``current_app.config`` and never repeats a default;
- fixed limits of the data model that the schema, the forms and the pages share (the new cards
  a day an account starts with and the most it may ask for): constants, since a column's
  default cannot follow a setting.
"""
from __future__ import annotations

from typing import Any

# The most questions one self-study quiz may have (the "New quiz" form's limit).
MAX_QUIZ_QUESTIONS = 50

# New flashcards introduced a day: what an account starts with (also the column's server
# default, as in its migration) and the most the flashcard settings accept.
NEW_CARDS_PER_DAY = 20
MAX_NEW_CARDS_PER_DAY = 500

# The largest request body any route needs: answer and set forms are a few kilobytes; a set
# with many written questions stays far below this. A future upload route sets its own limit
# (``request.max_content_length`` in that view).
MAX_REQUEST_BYTES = 1024 * 1024

HTMX_VERSION = "4.0.1"
HTMX_URL = f"https://cdn.jsdelivr.net/npm/htmx.org@{HTMX_VERSION}/dist/htmx.min.js"
HTMX_INTEGRITY = "sha384-Qp9rdC8H7EqOoX+nR0P3RPG2Noji+qdwJlGpfzwQJsfOpp3sGwIdSP9xO3+UlEhn"
# htmx 4's server-sent events extension (the live classroom's phones, quizapp/live): the same
# npm release as htmx, pinned and SRI-checked alike.
HTMX_SSE_URL = f"https://cdn.jsdelivr.net/npm/htmx.org@{HTMX_VERSION}/dist/ext/hx-sse.min.js"
HTMX_SSE_INTEGRITY = "sha384-v8HvucQ+ohQhMg0arboXc5049yNR46QKMjphs7YDch+Wm7zpfK5XVS01f26mQDJV"
# SortableJS drags ordering items and matching partners with a mouse, a finger or a pen
# (static/dragsort.js); pinned and SRI-checked like htmx.
SORTABLE_VERSION = "1.15.7"
SORTABLE_URL = f"https://cdn.jsdelivr.net/npm/sortablejs@{SORTABLE_VERSION}/Sortable.min.js"
SORTABLE_INTEGRITY = "sha384-DgmC6Xe2bSN2WjTDXzWYbUbxyhNP+NNkGDR/g78pCXV7E7rcVTGxVg0uIVCUUcBc"

# App settings that do not depend on where the app runs (the database URL, the bank folder and
# the secret key do: ``create_app`` works those out).
DEFAULTS: dict[str, Any] = {
    "HTMX_URL": HTMX_URL,
    "HTMX_INTEGRITY": HTMX_INTEGRITY,
    "SORTABLE_URL": SORTABLE_URL,
    "SORTABLE_INTEGRITY": SORTABLE_INTEGRITY,
    "HTMX_SSE_URL": HTMX_SSE_URL,
    "HTMX_SSE_INTEGRITY": HTMX_SSE_INTEGRITY,
    "WTF_CSRF_TIME_LIMIT": None,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "REMEMBER_COOKIE_HTTPONLY": True,
    "REMEMBER_COOKIE_SAMESITE": "Lax",
    "MAX_QUIZ_QUESTIONS": MAX_QUIZ_QUESTIONS,
    "MAX_CONTENT_LENGTH": MAX_REQUEST_BYTES,
    "MAX_FORM_MEMORY_SIZE": MAX_REQUEST_BYTES,
    "MAX_FORM_PARTS": 1000,
    # Requests of one worker that run the app's code at once; the rest of its threads wait
    # their turn (quizapp/request_slots.py). 4, as the 4 threads a worker had before live
    # sessions needed threads to hold their event streams.
    "ACTIVE_REQUESTS": 4,
}
