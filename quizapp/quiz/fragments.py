"""Pieces of the question page drawn once per worker and kept, because what they show cannot
change (issue 15: the question page is a class's hot path, and most of its cost was drawing
the same HTML again for every learner and every page).

- A navigator entry depends only on its position and state (answered, flagged, how it went,
  current, swapping): ``navigator_entries`` keeps each entry's HTML with a placeholder for the
  attempt's address and writes the address into the joined entries. The navigator around
  them (``navigator``) is kept the same way, with or without its link to the summary.
- An attempt's addresses differ from another attempt's only in its numbers: ``attempt_url``
  builds each endpoint's once per mount point and writes the numbers in.
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

from flask import current_app, has_request_context, request, url_for
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from quizapp.quiz.services import NavEntry, QuestionRow

NAVIGATOR_TEMPLATE = "quiz/_navigator.html"
# Where an entry's address goes in a kept entry: a character no template text holds.
_URL_PLACEHOLDER = "\x00"
# Where the entries and the summary's address go in a kept navigator shell (``navigator``).
_ENTRIES_PLACEHOLDER = "\x01"
_SUMMARY_PLACEHOLDER = "\x02"


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


# An attempt's addresses (``attempt_url``): what an endpoint's URL is with these numbers for
# the attempt and the position, split where they stand, per (mount point, endpoint). Numbers no
# route, mount point or real attempt holds; a pattern where one does not appear exactly once
# is not kept, and its URLs are built by ``url_for``.
_ATTEMPT_MARK = "918273645"
_POSITION_MARK = "546372819"
ATTEMPT_URL_PATTERNS_KEPT = 256
_attempt_url_patterns: dict[tuple[str, str, bool], tuple[str, ...] | None] = {}


def attempt_url(endpoint: str, attempt_id: int, position: int | None = None) -> str:
    """``url_for(endpoint, attempt_id=…[, position=…])`` for the quiz's per-attempt addresses
    (answer, flag, previous, next, summary, results, finish).

    Every learner's attempt has its own addresses, so the templates' kept URLs
    (``quizapp.template_url_for``) missed on every one of them (issue 15: half a dozen a page,
    about 5 µs each). The URL differs from another attempt's only in the numbers: it is built
    once per worker, mount point and endpoint with marker numbers, and a page writes its own
    numbers where they stand. Outside a request, or with URL-default callbacks, this is
    ``url_for`` itself."""
    if not has_request_context() or current_app.url_default_functions:
        return _built(endpoint, attempt_id, position)
    key = (request.script_root, endpoint, position is not None)
    try:
        parts = _attempt_url_patterns[key]
    except KeyError:
        parts = _attempt_url_pattern(endpoint, position is not None)
        if len(_attempt_url_patterns) >= ATTEMPT_URL_PATTERNS_KEPT:
            _attempt_url_patterns.clear()  # only a site mounted at many points gets here
        _attempt_url_patterns[key] = parts
    if parts is None:
        return _built(endpoint, attempt_id, position)
    if position is None:
        return f"{parts[0]}{int(attempt_id)}{parts[1]}"
    return f"{parts[0]}{int(attempt_id)}{parts[1]}{int(position)}{parts[2]}"


def _built(endpoint: str, attempt_id: int, position: int | None) -> str:
    if position is None:
        return url_for(endpoint, attempt_id=attempt_id)
    return url_for(endpoint, attempt_id=attempt_id, position=position)


def _attempt_url_pattern(endpoint: str, with_position: bool) -> tuple[str, ...] | None:
    """The endpoint's URL cut where the marker numbers stand (None where they do not stand once)."""
    if not with_position:
        built = current_app.url_for(endpoint, attempt_id=int(_ATTEMPT_MARK))
        parts = built.split(_ATTEMPT_MARK)
        return tuple(parts) if len(parts) == 2 and _POSITION_MARK not in built else None
    built = current_app.url_for(endpoint, attempt_id=int(_ATTEMPT_MARK), position=int(_POSITION_MARK))
    head = built.split(_ATTEMPT_MARK)
    if len(head) != 2:
        return None
    tail = head[1].split(_POSITION_MARK)
    # The attempt comes before the position in every quiz route; otherwise, built each time.
    return (head[0], *tail) if len(tail) == 2 and _POSITION_MARK not in head[0] else None


# The current question's entry in every state of every position of the longest quizzes (5
# states × swap), with room; the other entries are kept in one table per template and swap.
NAVIGATOR_ENTRIES = KeptPieces(8192)
NAVIGATOR_ENTRIES_PER_TABLE = 8192
NAVIGATOR_TABLES_KEPT = 64
# The navigator's shell: with or without the link to the summary, per template.
NAVIGATOR_SHELLS = KeptPieces(64)
# A bank's questions in the layouts the classes of a day draw (a choice of four has 24).
QUESTION_INPUTS = KeptPieces(4096)


def navigator_entries(questions_url: str, entries: Iterable[NavEntry], current_position: int | None, swap: bool = True) -> Markup:
    """The navigator's ``<li>`` entries for an attempt whose questions are at ``questions_url``
    followed by a position: the same HTML as drawing ``nav_entry`` for each entry.

    The kept entries of a template and ``swap`` are one table looked up by the entry itself (a
    named tuple: hashed in C), one ``dict.get`` an entry; only the current question's entry
    is looked up with ``current`` set (issue 15: building a key tuple per entry was most of
    the navigator's cost)."""
    template = current_app.jinja_env.get_template(NAVIGATOR_TEMPLATE)
    table = _entry_table(template, swap)
    get = table.get
    listed = entries if isinstance(entries, (tuple, list)) else list(entries)
    parts = [get(entry) or _kept_entry(table, template, entry, False, swap) for entry in listed]
    if current_position is not None:
        index = current_position - 1
        if 0 <= index < len(listed) and listed[index].position == current_position:
            parts[index] = _current_entry(template, listed[index], swap)  # a whole navigator, in order
        else:  # some entries only (the flag's swap), found by position
            parts = [
                _current_entry(template, entry, swap) if entry.position == current_position else part
                for entry, part in zip(listed, parts)
            ]
    return Markup("".join(parts).replace(_URL_PLACEHOLDER, str(escape(questions_url))))


# The kept entries per (template, swap): {entry: html} for entries that are not the current
# question's; the current ones are kept in NAVIGATOR_ENTRIES by (template, entry, swap).
_entry_tables: dict[tuple[Any, bool], dict[NavEntry, str]] = {}
_entry_tables_lock = threading.Lock()


def _entry_table(template: Any, swap: bool) -> dict[NavEntry, str]:
    table = _entry_tables.get((template, swap))
    if table is None:
        with _entry_tables_lock:
            if len(_entry_tables) >= NAVIGATOR_TABLES_KEPT:
                _entry_tables.clear()  # only templates reloaded many times in debug mode get here
            table = _entry_tables.setdefault((template, swap), {})
    return table


def _kept_entry(table: dict[NavEntry, str], template: Any, entry: NavEntry, current: bool, swap: bool) -> str:
    """Draw an entry that is not kept yet and keep it (a whole table past its bound starts again:
    it holds every state of every position of the longest quizzes, so only a bank of enormous
    quizzes gets there)."""
    piece = _draw_entry(template, *entry, current, swap)
    with _entry_tables_lock:
        if len(table) >= NAVIGATOR_ENTRIES_PER_TABLE:
            table.clear()
        table[entry] = piece
    return piece


def _current_entry(template: Any, entry: NavEntry, swap: bool) -> str:
    key = (template, entry, swap)
    return NAVIGATOR_ENTRIES.peek(key) or NAVIGATOR_ENTRIES.get(key, partial(_draw_entry, template, *entry, True, swap))


def navigator(attempt: Any, nav: Any, current_position: int | None, swap: bool = True) -> Markup:
    """The question navigator (``navigator_shell`` in quiz/_navigator.html) of ``attempt`` as
    ``nav`` holds it: the shell around the entries (the list, the legend, the link to the
    summary where the learner may still finish) is drawn once per worker for each of its forms
    and kept, and the page writes its entries and the summary's address in. One call in place
    of two macro calls and two ``url_for`` a page (issue 15)."""
    template = current_app.jinja_env.get_template(NAVIGATOR_TEMPLATE)
    summary_link = not attempt.is_finished and current_position is not None
    shell = NAVIGATOR_SHELLS.get((template, summary_link), partial(_draw_shell, template, summary_link))
    entries = navigator_entries(attempt_url("quiz.question", attempt.id, 1)[:-1], nav.entries, current_position, swap)
    # The shell is cut at the entries' place and the summary's address written into its short
    # parts: the entries (most of the navigator) are copied once, not scanned twice.
    before, after = shell.split(_ENTRIES_PLACEHOLDER, 1)
    if summary_link:
        summary_url = str(escape(attempt_url("quiz.summary", attempt.id)))
        before = before.replace(_SUMMARY_PLACEHOLDER, summary_url)
        after = after.replace(_SUMMARY_PLACEHOLDER, summary_url)
    return Markup(f"{before}{entries}{after}")


def _draw_shell(template: Any, summary_link: bool) -> str:
    summary_url = Markup(_SUMMARY_PLACEHOLDER) if summary_link else None
    return str(template.module.navigator_shell(Markup(_ENTRIES_PLACEHOLDER), summary_url))


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
