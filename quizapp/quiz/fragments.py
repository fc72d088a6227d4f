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
- An unanswered question's card (``question_card``) depends, apart from each attempt's values,
  only on the question version, the language, the mode, the flag and which way its branches
  go: it is kept with slots for the navigator, the numbers, the addresses, the CSRF token and
  the inputs, which each page writes in. It holds nothing of the key: only the unanswered
  card, the one without feedback, is kept.

The caches are bounded (the piece drawn longest ago goes first) and per process: a worker
that has not drawn a piece draws it, so two workers always agree and nothing needs
invalidating after a bank reload or a regrade. Each key holds the template the piece was drawn
with, so a template reloaded in debug mode draws afresh.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from functools import lru_cache, partial
from typing import Any

from flask import current_app, render_template, url_for
from flask.globals import _cv_request
from flask.signals import before_render_template, template_rendered
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from quizapp import qtypes
from quizapp.extensions import request_user
from quizapp.quiz.services import NavEntry, QuestionRow, answers_accepted_until

NAVIGATOR_TEMPLATE = "quiz/_navigator.html"
# Where an entry's address goes in a kept entry: a character no template text holds.
_URL_PLACEHOLDER = "\x00"
# Where the entries and the summary's address go in a kept navigator shell (``navigator``).
_ENTRIES_PLACEHOLDER = "\x01"
_SUMMARY_PLACEHOLDER = "\x02"
_SUMMARY_PLACEHOLDER_BYTES = _SUMMARY_PLACEHOLDER.encode()


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
# Per key: the pattern's parts as they are and as HTML text (escaped once: a page writes the
# escaped form, and escaping the parts escapes the URL, the numbers needing none).
_attempt_url_patterns: dict[tuple[str, str, bool], tuple[tuple[str, ...], tuple[str, ...]] | None] = {}


def attempt_url(endpoint: str, attempt_id: int, position: int | None = None) -> str:
    """``url_for(endpoint, attempt_id=…[, position=…])`` for the quiz's per-attempt addresses
    (answer, flag, previous, next, summary, results, finish).

    Every learner's attempt has its own addresses, so the templates' kept URLs
    (``quizapp.template_url_for``) missed on every one of them (issue 15: half a dozen a page,
    about 5 µs each). The URL differs from another attempt's only in the numbers: it is built
    once per worker, mount point and endpoint with marker numbers, and a page writes its own
    numbers where they stand. Outside a request, or with URL-default callbacks, this is
    ``url_for`` itself. The request and its app are read through the request context (each
    use of Flask's proxies is a lookup of its own, about eight addresses an answer's card)."""
    context = _cv_request.get(None)
    if context is None or context.app.url_default_functions:
        return _built(endpoint, attempt_id, position)
    return _attempt_url_at(context.request.script_root, endpoint, attempt_id, position)


def attempt_urls() -> Callable[[str, int, int | None], str]:
    """``attempt_url`` for a page that builds several: the mount point read once."""
    context = _cv_request.get(None)
    if context is None or context.app.url_default_functions:
        return _built
    return partial(_attempt_url_at, context.request.script_root)


def _attempt_url_at(script_root: str, endpoint: str, attempt_id: int, position: int | None = None) -> str:
    kept = _kept_pattern(script_root, endpoint, position is not None)
    if kept is None:
        return _built(endpoint, attempt_id, position)
    return _with_numbers(kept[0], attempt_id, position)


def _escaped_attempt_url_at(script_root: str, endpoint: str, attempt_id: int, position: int | None = None) -> str:
    """``str(escape(_attempt_url_at(...)))``, from the pattern's parts escaped when it was kept:
    what a kept page writes into its HTML (about ten addresses a page, issue 15)."""
    kept = _kept_pattern(script_root, endpoint, position is not None)
    if kept is None:
        return str(escape(_built(endpoint, attempt_id, position)))
    return _with_numbers(kept[1], attempt_id, position)


def _kept_pattern(script_root: str, endpoint: str, with_position: bool) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    key = (script_root, endpoint, with_position)
    try:
        return _attempt_url_patterns[key]
    except KeyError:
        parts = _attempt_url_pattern(endpoint, with_position)
        kept = None if parts is None else (parts, tuple(str(escape(part)) for part in parts))
        if len(_attempt_url_patterns) >= ATTEMPT_URL_PATTERNS_KEPT:
            _attempt_url_patterns.clear()  # only a site mounted at many points gets here
        _attempt_url_patterns[key] = kept
        return kept


def _with_numbers(parts: tuple[str, ...], attempt_id: int, position: int | None) -> str:
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
    return Markup(_entries_html(template, str(escape(questions_url)), entries, current_position, swap))


def _entries_html(template: Any, escaped_url: str, entries: Iterable[NavEntry], current_position: int | None, swap: bool) -> str:
    """The entries' HTML, ``escaped_url`` (the questions' address as HTML text) written in."""
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
    return "".join(parts).replace(_URL_PLACEHOLDER, escaped_url)


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


def navigator(
    attempt: Any, nav: Any, current_position: int | None, swap: bool = True, urls: Callable[[str, int, int | None], str] | None = None,
) -> Markup:
    """The question navigator (``navigator_shell`` in quiz/_navigator.html) of ``attempt`` as
    ``nav`` holds it: the shell around the entries (the list, the legend, the link to the
    summary where the learner may still finish) is drawn once per worker for each of its forms
    and kept, and the page writes its entries and the summary's address in. One call in place
    of two macro calls and two ``url_for`` a page (issue 15)."""
    urls = urls or attempt_urls()  # ``attempt_urls()`` of a page that has it already

    def escaped_urls(endpoint: str, attempt_id: int, position: int | None) -> str:
        return str(escape(urls(endpoint, attempt_id, position)))

    return Markup(_navigator_html(current_app.jinja_env, attempt, nav, current_position, swap, escaped_urls))


def _navigator_html(
    env: Any, attempt: Any, nav: Any, current_position: int | None, swap: bool, escaped_urls: Callable[[str, int, int | None], str],
) -> str:
    """``navigator``'s HTML as text, its addresses from ``escaped_urls`` (HTML text already)."""
    shell, entries, summary_url = _navigator_pieces(env, attempt, nav, current_position, swap, escaped_urls)
    # The shell is cut at the entries' place and the summary's address written into its short
    # parts: the entries (most of the navigator) are copied once, not scanned twice.
    before, after = shell.split(_ENTRIES_PLACEHOLDER, 1)
    if summary_url is not None:
        before = before.replace(_SUMMARY_PLACEHOLDER, summary_url)
        after = after.replace(_SUMMARY_PLACEHOLDER, summary_url)
    return f"{before}{entries}{after}"


def _navigator_bytes(
    env: Any, attempt: Any, nav: Any, current_position: int | None, swap: bool, escaped_urls: Callable[[str, int, int | None], str],
) -> bytes:
    """``_navigator_html`` as UTF-8 bytes, for a page joined as bytes (``kept_question_page``):
    the shell's halves encoded once (its legend's "·" and "⚑" would make the whole navigator a
    text encoded character by character), the entries (ASCII but for marks) encoded here."""
    shell, entries, summary_url = _navigator_pieces(env, attempt, nav, current_position, swap, escaped_urls)
    before, after = _encoded_shell(shell)
    if summary_url is not None:
        encoded_url = summary_url.encode()
        before = before.replace(_SUMMARY_PLACEHOLDER_BYTES, encoded_url)
        after = after.replace(_SUMMARY_PLACEHOLDER_BYTES, encoded_url)
    return b"".join((before, entries.encode(), after))


def _navigator_pieces(
    env: Any, attempt: Any, nav: Any, current_position: int | None, swap: bool, escaped_urls: Callable[[str, int, int | None], str],
) -> tuple[str, str, str | None]:
    """The kept shell, the entries' HTML and the summary's address (None: no summary link)."""
    template = env.get_template(NAVIGATOR_TEMPLATE)
    summary_link = not attempt.is_finished and current_position is not None
    shell = NAVIGATOR_SHELLS.peek((template, summary_link)) or NAVIGATOR_SHELLS.get(
        (template, summary_link), partial(_draw_shell, template, summary_link)
    )
    entries = _entries_html(template, escaped_urls("quiz.question", attempt.id, 1)[:-1], nav.entries, current_position, swap)
    summary_url = escaped_urls("quiz.summary", attempt.id, None) if summary_link else None
    return shell, entries, summary_url


@lru_cache(maxsize=64)
def _encoded_shell(shell: str) -> tuple[bytes, bytes]:
    """A kept navigator shell's two halves around its entries, as UTF-8 bytes."""
    before, after = shell.split(_ENTRIES_PLACEHOLDER, 1)
    return before.encode(), after.encode()


def _draw_shell(template: Any, summary_link: bool) -> str:
    summary_url = Markup(_SUMMARY_PLACEHOLDER) if summary_link else None
    return str(template.module.navigator_shell(Markup(_ENTRIES_PLACEHOLDER), summary_url))


def _draw_entry(template: Any, position: int, answered: bool, flagged: bool, outcome: str | None, current: bool, swap: bool) -> str:
    url = Markup(_URL_PLACEHOLDER) + str(position)
    return str(template.module.nav_entry(url, position, answered, flagged, outcome, current, swap))


# A frozen layout as a key: ``json.dumps(layout, sort_keys=True, separators=(",", ":"))`` with
# its encoder made once (json.dumps makes one for every call with options, issue 15).
_layout_key = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode


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
    key = (template, version_id, _layout_key(context["layout"]), aq.language)
    return Markup(QUESTION_INPUTS.get(key, lambda: template.render(context.get_all())))


CARD_TEMPLATE = "quiz/_question_card.html"
# An unanswered question's card, per question version, layout, language, mode and the card's
# branches (``question_card``): a bank's questions in the layouts and places a day's classes
# draw them, with room.
QUESTION_CARDS = KeptPieces(4096)
# Where a kept card's per-attempt values go: "\x00" + a name + "\x00". No template or bank text
# holds "\x00"; a card drawn with one anyway is not kept (``_split_card``).
_SLOT = "\x00"


class _Shown(int):
    """A number of the card (position, total, answered) as the card decides by it, drawn as a
    slot: comparisons and arithmetic see the real number, ``{{ }}`` writes the slot."""

    slot: str

    def __new__(cls, value: int, name: str) -> _Shown:
        number = super().__new__(cls, value)
        number.slot = f"{_SLOT}{name}{_SLOT}"
        return number

    def __html__(self) -> str:
        return self.slot

    def __str__(self) -> str:
        return self.slot


@pass_context
def question_card(context: Context) -> Markup:
    """The question card (quiz/_question_card.html) of the page's context.

    An unanswered question's card in an open, untimed attempt, shown without an error or what
    was sent, is drawn once per worker for its question version (never edited: a change makes
    a new version), language, mode, flag and branches (first, last, all answered), with slots
    where each attempt's values go (navigator, position, counts, addresses, CSRF token, the
    inputs in the attempt's layout, kept apart by ``question_inputs``), and kept; a page writes its values into the kept parts (issue 15: the card's template was
    most of the page's render). The kept card holds what the unanswered card shows: the
    prompt, the inputs, the buttons, never the key. Any other card is drawn afresh."""
    env = current_app.jinja_env
    template = env.get_template(CARD_TEMPLATE)
    aq = context.get("aq")
    attempt = context["attempt"]
    if not (
        isinstance(aq, QuestionRow)
        and aq.response is None
        and not attempt.is_finished
        and context.get("seconds_left") is None
        and not context.get("error")
        and not context.get("submitted")
        and context.get("finish_form") is None
        and not env.auto_reload
    ):
        return _draw_card(template, context, {})
    position, total, answered = aq.position, context["total"], context["answered"]
    key = (
        template, aq.version_id, aq.language, attempt.mode, aq.flagged, position > 1, position < total, position == total, answered < total,
    )
    card = QUESTION_CARDS.peek(key)
    if card is None:
        card = str(_draw_card(template, context, _card_slots(aq, position, total, answered)))
        if not _slots_only(card):  # a text of the card holds the slot mark: drawn afresh, not kept
            return _draw_card(template, context, {})
        card = QUESTION_CARDS.get(key, partial(str, card))
    parts = card.split(_SLOT)  # text and slot names alternating
    names = parts[1::2]
    values: dict[str, str] = {"p": str(int(position)), "t": str(int(total)), "a": str(int(answered))}
    urls = attempt_urls()
    for name in names:
        if name not in values:
            values[name] = _card_value(context, name, attempt, position, urls)
    parts[1::2] = [values[name] for name in names]
    return Markup("".join(parts))


def _draw_card(template: Any, context: Context, slots: dict[str, Any]) -> Markup:
    """The card drawn as an include would draw it, with ``slots`` in place of the page's names."""
    names = context.get_all()
    if slots:
        names = {**names, **slots}
    return Markup(current_app.jinja_env.concat(template.root_render_func(template.new_context(names, True))))


def _card_slots(aq: QuestionRow, position: int, total: int, answered: int) -> dict[str, Any]:
    """The names a kept card is drawn with: each attempt's values drawn as slots."""
    from dataclasses import replace

    def url_slot(endpoint: str, attempt_id: int, at: int | None = None) -> Markup:
        offset = "" if at is None else str(int(at) - int(position))
        return Markup(f"{_SLOT}u{endpoint} {offset}{_SLOT}")

    return {
        "aq": replace(aq, position=_Shown(position, "p")),
        "total": _Shown(total, "t"),
        "answered": _Shown(answered, "a"),
        "attempt_url": url_slot,
        "question_navigator": lambda *args, **kwargs: Markup(f"{_SLOT}n{_SLOT}"),
        "csrf_token": lambda: Markup(f"{_SLOT}c{_SLOT}"),
        "question_inputs": lambda: Markup(f"{_SLOT}i{_SLOT}"),
    }


def _slots_only(card: str) -> bool:
    """Whether every slot mark of a drawn card is one of its slots (not a text holding it)."""
    parts = card.split(_SLOT)
    names = parts[1::2]
    return len(parts) % 2 == 1 and all(name in ("p", "t", "a", "n", "c", "i") or name.startswith("uquiz.") for name in names)


def _card_value(context: Context, name: str, attempt: Any, position: int, urls: Callable[[str, int, int | None], str]) -> str:
    """A slot's value for this page: what the card's template writes there."""
    if name == "n":
        return str(context["question_navigator"](attempt, context["nav"], position))
    if name == "c":
        return str(escape(context["csrf_token"]()))
    if name == "i":  # as the card calls it: with the type its template names ``qtype``
        qtype = context["question_type"](context["content"]["type"])
        return str(question_inputs(context.derived({"qtype": qtype})))
    endpoint, _, offset = name[1:].partition(" ")
    at = None if offset == "" else int(position) + int(offset)
    return str(escape(urls(endpoint, attempt.id, at)))


# ---------------------------------------------------------------- the whole question page
#
# The page around a kept card (layout.html with quiz/question.html's blocks) and a partial's
# <title>, kept per worker with slots as the card is: "\x00" + a name + "\x00".
PAGE_TEMPLATE = "quiz/question.html"
PAGE_FRAMES = KeptPieces(64)
_FRAME_SLOTS = frozenset({"T", "M", "p", "t", "c", "U", "K"})
_TITLE_SLOTS = frozenset({"T", "p", "t"})


class _SlotAttempt:
    """The attempt as the page's own blocks (title, head, heading) read it, its values as slots."""

    title = Markup(f"{_SLOT}T{_SLOT}")
    mode_label = Markup(f"{_SLOT}M{_SLOT}")
    deadline_at = None  # a kept page is an untimed attempt's


class _SlotQuestion:
    position = Markup(f"{_SLOT}p{_SLOT}")


class _SlotUser:
    """The signed-in learner as the layout reads them (a guest is drawn as a guest)."""

    is_authenticated = True

    def __init__(self, is_guest: bool) -> None:
        self.is_guest = is_guest
        self.username = Markup(f"{_SLOT}U{_SLOT}")


def kept_question_page(attempt: Any, aq: Any, nav: Any, region: bool, csrf_token: Callable[[], str]) -> bytes | None:
    """The question page (``region``: the htmx region with its ``<title>``) of a GET, from kept
    pieces only, without Jinja or Flask's render machinery; None where it must be drawn.

    Exactly the page ``views.render_question`` draws for an unanswered question whose card is
    kept (``question_card``), with its inputs kept (``question_inputs``): the layout around the
    card and the partial's title are drawn once per worker with slots for this attempt's values
    (its title, mode, position, counts, CSRF token, the learner's name), keyed by the page's
    template, the mount point and whether the learner is a guest, and each page writes its
    values in (issue 15: Flask's and Jinja's per-render work, the context processors and the
    layout, were half of the page). Anything else, a flash message waiting, a listener of
    Flask's template signals or templates reloaded in debug mode, goes the drawn way, which
    also keeps what this reads.

    The request context is looked up once for its app, request and session (each of Flask's
    proxies is a lookup of its own), and the addresses are written from patterns kept escaped
    (``_escaped_attempt_url_at``): about ten fewer proxy lookups and escapes a page (issue 15).

    The page is returned as the UTF-8 bytes the response sends, joined from the kept pieces'
    bytes (encoded once, ``_encoded_pieces``) and this page's values: the layout's "·", "—"
    and the navigator's marks make the page text non-ASCII, and Python joins and encodes such
    a text character by character (the whole page's encoding cost about a tenth of the page,
    issue 15), where bytes, and ASCII values, are copied whole. The same bytes as encoding the
    joined text: UTF-8 encodes a text piece by piece."""
    if aq.response is not None or not isinstance(aq, QuestionRow) or attempt.finished_at is not None:
        return None
    context = _cv_request.get()
    app = context.app
    env = app.jinja_env
    total, answered = nav.total, nav.answered
    if (
        env.auto_reload
        or answers_accepted_until(attempt) is not None  # timed: a countdown
        or (answered == total and not nav.flagged and (attempt.mode == "practice" or total > 1))  # offers Finish
        or before_render_template.receivers
        or template_rendered.receivers
        or (not region and (context.flashes or "_flashes" in context.session))  # the layout shows them
    ):
        return None
    position = aq.position
    card_template = env.get_template(CARD_TEMPLATE)
    card = QUESTION_CARDS.peek((
        card_template, aq.version_id, aq.language, attempt.mode, aq.flagged, position > 1, position < total, position == total,
        answered < total,
    ))
    if card is None:
        return None
    inputs_template = env.get_template(qtypes.get(aq.content["type"]).question_template)
    inputs = QUESTION_INPUTS.peek((inputs_template, aq.version_id, _layout_key(aq.layout), aq.language))
    if inputs is None:
        return None
    page_template = env.get_template(PAGE_TEMPLATE)
    script_root = context.request.script_root
    escaped_urls = _escaped_urls_at(app, script_root)
    token = str(escape(csrf_token()))
    values: dict[str, str] = {"p": str(int(position)), "t": str(int(total)), "a": str(int(answered)), "c": token, "i": inputs}
    texts, names = _encoded_pieces(card)
    encoded: dict[str, bytes] = {}
    for name in names:
        if name not in values and name not in encoded:
            if name == "n":
                encoded["n"] = _navigator_bytes(env, attempt, nav, position, True, escaped_urls)
            else:
                endpoint, _, offset = name[1:].partition(" ")
                values[name] = escaped_urls(endpoint, attempt.id, None if offset == "" else position + int(offset))
    card_bytes = _filled_bytes(texts, names, values, encoded)
    values["T"] = str(escape(attempt.title))
    if region:
        frame = _frame((page_template, "title"), _draw_title, _TITLE_SLOTS)
        if frame is None:
            return None
        return card_bytes + f"\n<title>{_filled(frame, values).strip()} · Quizapp</title>".encode()
    learner = request_user()
    guest = bool(learner.is_guest)
    frame = _frame((page_template, script_root, guest), partial(_draw_frame, guest), _FRAME_SLOTS)
    if frame is None:
        return None
    if not guest:
        values["U"] = str(escape(learner.username))
    values["M"] = str(escape(attempt.mode_label))
    return _filled_bytes(*_encoded_pieces(frame), values, {"K": card_bytes})


# Kept texts (cards, frames) split at their slots, their fixed parts encoded: a kept text is
# the same object page after page, so it is found by identity, its hash kept by Python.
ENCODED_PIECES_KEPT = 4096


@lru_cache(maxsize=ENCODED_PIECES_KEPT)
def _encoded_pieces(text: str) -> tuple[tuple[bytes, ...], tuple[str, ...]]:
    """A kept text's fixed parts as UTF-8 bytes and the names of the slots between them."""
    parts = text.split(_SLOT)
    return tuple(part.encode() for part in parts[0::2]), tuple(parts[1::2])


def _filled_bytes(texts: tuple[bytes, ...], names: tuple[str, ...], values: dict[str, str], encoded: dict[str, bytes]) -> bytes:
    """``_filled`` as UTF-8 bytes: the fixed parts with each slot's value (``encoded`` first)."""
    pieces = [texts[0]]
    for name, text in zip(names, texts[1:]):
        value = encoded.get(name)
        pieces.append(value if value is not None else values[name].encode())
        pieces.append(text)
    return b"".join(pieces)


def _escaped_urls_at(app: Any, script_root: str) -> Callable[[str, int, int | None], str]:
    """``attempt_urls()`` of a request mounted at ``script_root``, each address as HTML text."""
    if app.url_default_functions:
        return lambda endpoint, attempt_id, position: str(escape(_built(endpoint, attempt_id, position)))
    return partial(_escaped_attempt_url_at, script_root)


def _frame(key: Hashable, draw: Callable[[], str], slots: frozenset[str]) -> str | None:
    """The kept frame of ``key``, drawn on a miss; None (not kept) when a text of the page holds
    the slot mark, so that the page is drawn the usual way."""
    frame = PAGE_FRAMES.peek(key)
    if frame is None:
        drawn = draw()
        parts = drawn.split(_SLOT)
        if len(parts) % 2 != 1 or not set(parts[1::2]) <= slots:
            return None
        frame = PAGE_FRAMES.get(key, partial(str, drawn))
    return frame


def _filled(frame: str, values: dict[str, str]) -> str:
    parts = frame.split(_SLOT)
    parts[1::2] = [values[name] for name in parts[1::2]]
    return "".join(parts)


def _draw_title() -> str:
    """The title block of the question page with slots, as ``htmx.page_title`` draws it, unstripped."""
    template = current_app.jinja_env.get_template(PAGE_TEMPLATE)
    names = {"attempt": _SlotAttempt(), "aq": _SlotQuestion(), "total": Markup(f"{_SLOT}t{_SLOT}")}
    return "".join(template.blocks["title"](template.new_context(names)))


def _draw_frame(guest: bool) -> str:
    """The whole question page with slots, drawn as ``render_template`` draws it."""
    return render_template(
        PAGE_TEMPLATE, attempt=_SlotAttempt(), aq=_SlotQuestion(), total=Markup(f"{_SLOT}t{_SLOT}"),
        current_user=_SlotUser(guest), csrf_token=lambda: Markup(f"{_SLOT}c{_SLOT}"),
        question_card=lambda: Markup(f"{_SLOT}K{_SLOT}"),
    )
