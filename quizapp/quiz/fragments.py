"""Pieces of the question page drawn once per worker and kept, because what they show cannot
change (issue 15: the question page is a class's hot path, and most of its cost was drawing
the same HTML again for every learner and every page).

- A navigator entry depends only on its position and state (answered, flagged, how it went,
  current, swapping): ``navigator_entries`` keeps each entry's HTML with a placeholder for the
  attempt's address and writes the address into the joined entries.
- A question's inputs (its choices, gaps or drop-downs in the attempt's frozen order) depend
  only on the question version, which is never edited (a change to a question makes a new
  version), the frozen layout, the language and the type's template: ``question_inputs`` keeps
  them, keyed by exactly those. The inputs never hold the right answer; a form shown again
  with what was sent or an error is drawn afresh.

Both caches are bounded (the piece drawn longest ago goes first) and per process: a worker
that has not drawn a piece draws it, so two workers always agree and nothing needs
invalidating after a bank reload or a regrade. Each key holds the template the piece was drawn
with, so a template reloaded in debug mode draws afresh.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from functools import partial
from typing import Any

from flask import current_app
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from quizapp.quiz.services import NavEntry, QuestionRow

NAVIGATOR_TEMPLATE = "quiz/_navigator.html"
# Where an entry's address goes in a kept entry: a character no template text holds.
_URL_PLACEHOLDER = "\x00"


class KeptPieces:
    """A bounded, thread-safe map of drawn HTML: ``get(key, draw)`` draws on a miss and keeps
    the result, dropping the piece drawn longest ago past ``size``. A hit takes no lock and
    moves nothing (a page looks up dozens: issue 15); the sizes leave room for every piece a
    bank's classes draw, so what goes first is what a reloaded template no longer uses."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._pieces: OrderedDict[Hashable, str] = OrderedDict()
        self._lock = threading.Lock()
        # The piece kept for a key, or None: the dictionary's own lookup (C, no Python frame),
        # atomic without the lock.
        self.peek: Callable[[Hashable], str | None] = self._pieces.get


    def get(self, key: Hashable, draw: Callable[[], str]) -> str:
        piece = self._pieces.get(key)
        if piece is not None:
            return piece
        piece = draw()  # outside the lock: two threads may both draw a piece, with one result
        with self._lock:
            self._pieces[key] = piece
            if len(self._pieces) > self.size:
                self._pieces.popitem(last=False)
        return piece

    def clear(self) -> None:
        with self._lock:
            self._pieces.clear()


# Every state of every position of the longest quizzes (5 states × current × swap), with room.
NAVIGATOR_ENTRIES = KeptPieces(8192)
# A bank's questions in the layouts the classes of a day draw (a choice of four has 24).
QUESTION_INPUTS = KeptPieces(4096)


def navigator_entries(questions_url: str, entries: Iterable[NavEntry], current_position: int | None, swap: bool = True) -> Markup:
    """The navigator's ``<li>`` entries for an attempt whose questions are at ``questions_url``
    followed by a position: the same HTML as drawing ``nav_entry`` for each entry."""
    template = current_app.jinja_env.get_template(NAVIGATOR_TEMPLATE)
    peek = NAVIGATOR_ENTRIES.peek
    # Keyed by the entry itself (a named tuple: hashed in C); drawn on a miss only.
    keys = [(template, entry, entry.position == current_position, swap) for entry in entries]
    parts = [peek(key) or NAVIGATOR_ENTRIES.get(key, partial(_draw_entry, template, *key[1], key[2], swap)) for key in keys]
    return Markup("".join(parts).replace(_URL_PLACEHOLDER, str(escape(questions_url))))


def _draw_entry(template: Any, position: int, answered: bool, flagged: bool, outcome: str | None, current: bool, swap: bool) -> str:
    url = Markup(_URL_PLACEHOLDER) + str(position)
    return str(template.module.nav_entry(url, position, answered, flagged, outcome, current, swap))


@pass_context
def question_inputs(context: Context) -> Markup:
    """The answer form's inputs of the question card's question (``qtype``, ``aq``, ``layout``
    in the card's context): kept per (type template, question version, layout, language) when
    the form is empty; drawn afresh when it is shown again with what was sent or an error."""
    qtype = context["qtype"]
    template = current_app.jinja_env.get_template(qtype.question_template)
    if context.get("error") or context.get("submitted"):
        return Markup(template.render(context.get_all()))
    aq = context["aq"]
    version_id = aq.version_id if isinstance(aq, QuestionRow) else aq.question_version_id
    layout = json.dumps(context["layout"], sort_keys=True, separators=(",", ":"))
    key = (template, version_id, layout, aq.language)
    return Markup(QUESTION_INPUTS.get(key, lambda: template.render(context.get_all())))
