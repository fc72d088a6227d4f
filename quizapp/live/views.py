"""Live session pages: the teacher's projector and controls, the students' phones and their
event stream.

The teacher's pages answer 404 to everyone but the set's owner. A student's page is drawn
from the database alone (the session's state and their own answer), so a reload, a locked
phone or a late join lands where the room is. Phones follow the room through a server-sent
event stream (htmx's SSE extension swaps each message into the stage), with polling as a
fallback and a refreshing page without JavaScript.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from flask import Response as PageResponse
from flask import abort, current_app, redirect, render_template, request, stream_with_context, url_for
from flask.blueprints import BlueprintSetupState
from flask_login import current_user
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from quizapp.auth.services import current_learner
from quizapp.errors import error_response
from quizapp.extensions import db
from quizapp.htmx import add_vary, is_partial, render
from quizapp.live import bp, services
from quizapp.live.forms import DisplayForm, NameForm, StartForm
from quizapp.live.hub import hub_for
from quizapp.live.models import LiveSession
from quizapp.quiz.grading import correct_answer_text, given_answer_text
from quizapp.request_slots import slots_of
from quizapp.sets.models import QuizSet
from quizapp.sets.qr import join_qr_svg
from quizapp.timeutil import app_now

# A stream ends after this long and the browser reconnects at once (with Last-Event-ID):
# threads are handed back now and then, and a proxy's idle timeout never cuts a stream.
STREAM_SECONDS = 300.0
KEEP_ALIVE_SECONDS = 15.0
# The phones' fallback when events do not arrive (a buffering proxy): ask every few seconds.
POLL_SECONDS = 4
# The projector's activity (joins, answers): how often its stream reads the counts, and how
# often the page asks for them itself until the stream delivers.
ACTIVITY_SECONDS = 0.5
ACTIVITY_POLL_SECONDS = 1
ROOM_CACHE_SIZE = 64
# How long a snapshot's answer to the open question is taken as the player's: the streams it
# was read for draw within this; a stream that reconnects later reads its player's own part.
SNAPSHOT_FRESH_SECONDS = 2.0


@bp.record_once
def _add_sse_settings(state: BlueprintSetupState) -> None:
    """Every template's htmx SSE extension URL and hash, read from the settings once, when the
    app is made (as its other script URLs are): a processor that read them through
    ``current_app`` on every render cost about as much as all the others (issue 15)."""
    settings = {
        "htmx_sse_url": state.app.config["HTMX_SSE_URL"],
        "htmx_sse_integrity": state.app.config["HTMX_SSE_INTEGRITY"],
    }

    @state.app.context_processor
    def sse_settings() -> dict[str, str]:
        return settings


# ---------------------------------------------------------------- the room, once per version

class RoomCache:
    """The rooms last read, by (session id, version), and each session's newest snapshot for
    its event streams; one per app, so one per worker."""

    def __init__(self) -> None:
        self.rooms: OrderedDict[tuple[int, int], services.RoomView] = OrderedDict()
        self.snapshots: OrderedDict[int, RoomSnapshot] = OrderedDict()
        self.reading: dict[int, threading.Lock] = {}
        self.lock = threading.Lock()


@dataclass(frozen=True)
class RoomSnapshot:
    """The room at one version with every player's own part, read once for all the streams of
    a worker (``read_at``: ``time.monotonic()`` when read)."""

    room: services.RoomView
    players: dict[int, services.PlayerView]
    read_at: float

    def player(self, player_id: int) -> services.PlayerView | None:
        """The player's part as read with the room, while it is still true: players join, and
        a player answers the open question, without the version moving on."""
        if self.room.state == "question" and time.monotonic() - self.read_at > SNAPSHOT_FRESH_SECONDS:
            return None
        return self.players.get(player_id)


def _cache() -> RoomCache:
    return current_app.extensions.setdefault("live_rooms", RoomCache())


def room_of(session: LiveSession | int, version: int | None = None) -> services.RoomView:
    """The room at the session's version, read once per worker (every phone of the room shows
    the same question, distribution and standings; each adds only its own answer). A version
    is never reused, so what was read for it stays true."""
    cache = _cache()
    key = (session, version or 0) if isinstance(session, int) else (session.id, session.version)
    with cache.lock:
        room = cache.rooms.get(key)
    if room is None:
        found = db.session.get(LiveSession, key[0]) if isinstance(session, int) else session
        assert found is not None
        room = services.room_view(found)
        _keep_room(cache, room)
    return room


def _keep_room(cache: RoomCache, room: services.RoomView) -> None:
    with cache.lock:
        cache.rooms[(room.session_id, room.version)] = room  # what was read, if the session moved on meanwhile
        while len(cache.rooms) > ROOM_CACHE_SIZE:
            cache.rooms.popitem(last=False)


def snapshot_of(session_id: int, version: int) -> RoomSnapshot | None:
    """The session at ``version`` or later with every player's part, for the event streams.

    Read by one stream of the worker while the others of the same session wait for it, so a
    room moving on costs each worker the room's few statements and one for every player's
    part, not two per phone; None once the session is gone. Hands the database session back."""
    cache = _cache()
    with cache.lock:
        snapshot = cache.snapshots.get(session_id)
        if snapshot is not None and snapshot.room.version >= version:
            return snapshot
        reading = cache.reading.setdefault(session_id, threading.Lock())
    with reading:
        with cache.lock:  # another stream may have read it while this one waited
            snapshot = cache.snapshots.get(session_id)
        if snapshot is not None and snapshot.room.version >= version:
            return snapshot
        try:
            session = db.session.get(LiveSession, session_id)
            if session is None:
                return None
            room = services.room_view(session)
            snapshot = RoomSnapshot(room, services.player_views(session_id, room.position), time.monotonic())
        finally:
            db.session.remove()
        _keep_room(cache, room)
        with cache.lock:
            cache.snapshots[session_id] = snapshot
            cache.snapshots.move_to_end(session_id)
            while len(cache.snapshots) > ROOM_CACHE_SIZE:
                gone, _ = cache.snapshots.popitem(last=False)
                cache.reading.pop(gone, None)
        return snapshot


# ---------------------------------------------------------------- the teacher


def owned_session(session_id: int) -> LiveSession:
    session = db.session.get(LiveSession, session_id)
    if session is None or not current_user.is_authenticated or session.owner_id != current_user.id:
        abort(404)
    return session


@bp.post("/sets/<int:set_id>/live")
def start(set_id: int) -> Response:
    quiz_set = db.session.get(QuizSet, set_id)
    if quiz_set is None or not current_user.is_authenticated or quiz_set.owner_id != current_user.id:
        abort(404)
    form = StartForm()
    if not form.validate_on_submit():
        return error_response(422, "Choose how long each question stays open.")
    try:
        session = services.start_session(
            quiz_set, current_user.id, seconds=form.seconds.data, show_leaderboard=form.show_leaderboard.data, hide_names=form.hide_names.data
        )
    except services.LiveError as exc:
        return error_response(exc.status, str(exc))
    url = url_for("live.projector", session_id=session.id)
    if is_partial():
        response = Response(status=204)
        response.headers["HX-Redirect"] = url
        return response
    return redirect(url, 303)


def _activity_context(session: LiveSession, poll: bool = True) -> dict:
    room = room_of(session)
    return {
        "session": session,
        "room": room,
        "now": app_now(),
        "names": services.player_names(session),
        "answered": services.answers_so_far(session) if room.state == "question" else room.answered,
        # Drawn for the event stream: events do reach this projector, no more polling.
        "poll_seconds": ACTIVITY_POLL_SECONDS if poll else None,
    }


def _projector_context(session: LiveSession) -> dict:
    context = _activity_context(session)
    room = context["room"]
    join_url = url_for("live.join", code=session.code, _external=True)
    return {
        **context,
        "join_url": join_url,
        "join_qr": join_qr_svg(join_url) if room.state == "lobby" else "",
        "passages": room.passages,
        "display_form": DisplayForm(show_leaderboard=session.show_leaderboard, hide_names=session.hide_names),
    }


@bp.get("/live/sessions/<int:session_id>")
def projector(session_id: int) -> Response:
    session = owned_session(session_id)
    return render("live/projector.html", "live/_projector.html", **_projector_context(session))


@bp.get("/live/sessions/<int:session_id>/activity")
def activity(session_id: int) -> Response:
    """Who has joined (in the lobby) and how many answers arrived (during a question): the
    projector's fallback, every second, until its event stream delivers."""
    session = owned_session(session_id)
    if not is_partial():
        return redirect(url_for("live.projector", session_id=session.id))
    return render("live/projector.html", "live/_activity_counts.html", **_activity_context(session))


@bp.get("/live/sessions/<int:session_id>/activity/events")
def activity_events(session_id: int) -> Response:
    """The projector's event stream: the content of its activity region (players joined,
    answers arrived) at once, then each time it changes.

    Joins and answers do not move the session's version (that would wake every phone's
    stream), so the stream reads the counts itself every ``ACTIVITY_SECONDS`` (one open
    projector: three small statements, no thread of a phone woken) and sooner when the hub
    says the room moved on. Once the room leaves the lobby or the question, an
    ``live-activity-end`` event closes it: the teacher's next page brings its own.
    """
    session = owned_session(session_id)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    hub = hub_for(app)
    slots = slots_of(app)
    session_id = session.id
    db.session.remove()

    def stream() -> Iterator[str]:
        yield "retry: 1000\n\n"
        shown: tuple | None = None
        version = 0
        quiet_since = time.monotonic()
        ends = quiet_since + STREAM_SECONDS
        while time.monotonic() < ends:
            with slots:
                try:
                    found = db.session.get(LiveSession, session_id)
                    if found is None:
                        return
                    context = _activity_context(found, poll=False)
                    version = found.version
                    state = (context["room"].state, context["room"].version, context["names"], context["answered"])
                    html = render_template("live/_activity_counts.html", **context) if state != shown else ""
                finally:
                    db.session.remove()
            if state[0] not in ("lobby", "question"):
                yield "event: live-activity-end\ndata: end\n\n"
                return
            if html:
                shown, quiet_since = state, time.monotonic()
                yield "".join(f"data: {line}\n" for line in html.splitlines()) + "\n"
            elif time.monotonic() - quiet_since > KEEP_ALIVE_SECONDS:
                quiet_since = time.monotonic()
                yield ": keep-alive\n\n"
            hub.wait(session_id, version, ACTIVITY_SECONDS)

    response = Response(stream_with_context(stream()), mimetype="text/event-stream")
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Accel-Buffering"] = "no"
    return response


ACTIONS = ("next", "reveal", "leaderboard", "end", "display")


@bp.post("/live/sessions/<int:session_id>/<action>")
def control(session_id: int, action: str) -> Response:
    """The teacher's buttons: next question (or skip), show answers, leaderboard, end, and
    the display switches. htmx gets the projector's new stage; a plain form goes back to it."""
    session = owned_session(session_id)
    if action not in ACTIONS:
        abort(404)
    now = app_now()
    try:
        if action == "next":
            services.next_question(session, now)
        elif action == "reveal":
            services.reveal(session, now)
        elif action == "leaderboard":
            services.show_leaderboard(session)
        elif action == "end":
            services.end_session(session, now)
        else:
            form = DisplayForm()
            if not form.validate_on_submit():
                abort(400)
            services.set_display(session, show_leaderboard=form.show_leaderboard.data, hide_names=form.hide_names.data)
    except services.LiveError as exc:
        return error_response(exc.status, str(exc))
    if is_partial():
        return render("live/projector.html", "live/_projector.html", **_projector_context(session))
    return redirect(url_for("live.projector", session_id=session.id), 303)


# ---------------------------------------------------------------- students


def _session_for(code: str) -> LiveSession:
    session = services.session_by_code(code)
    if session is None:
        abort(404)
    return session


def _me(session: LiveSession) -> services.PlayerView | None:
    player = services.player_in(session, current_user.id if current_user.is_authenticated else None)
    return services.player_view(player.id, session.position) if player is not None else None


@bp.get("/live")
def enter() -> Response:
    """Type the code shown on the projector."""
    code = services.normalise_code(request.args.get("code", ""))
    if code:
        if services.session_by_code(code) is not None:
            return redirect(url_for("live.join", code=code))
        return render("live/enter.html", "live/_enter.html", 404, entered=code, error="No live session has that code. Check it on the projector.")
    return render("live/enter.html", "live/_enter.html", entered="", error=None)


@bp.route("/live/<code>", methods=["GET", "POST"])
def join(code: str) -> Response:
    """Pick the name the room sees (the account's by default), then play. A student who has
    joined already goes straight to where the room is."""
    session = _session_for(code)
    if _me(session) is not None:
        return redirect(url_for("live.play", code=session.code), 303)
    default = current_user.username if current_user.is_authenticated and not current_user.is_guest else ""
    form = NameForm(data={"name": default} if request.method == "GET" else None)
    if session.is_ended:
        return render("live/join.html", "live/_join.html", 409, session=session, form=form, error=services.ENDED)
    if form.validate_on_submit():
        try:
            learner = current_learner()
            services.join(session, learner.id, form.name.data, app_now())
        except services.LiveError as exc:
            return render("live/join.html", "live/_join.html", exc.status, session=session, form=form, error=str(exc))
        if is_partial():
            response = Response(status=204)
            response.headers["HX-Redirect"] = url_for("live.play", code=session.code)
            return response
        return redirect(url_for("live.play", code=session.code), 303)
    status = 422 if form.is_submitted() else 200
    return render("live/join.html", "live/_join.html", status, session=session, form=form, error=None)


def _stage_context(room: services.RoomView, me: services.PlayerView, now: datetime, poll: bool = True) -> dict:
    content = room.content
    return {
        "room": room,
        "me": me,
        "now": now,
        "rank": room.rank_of(me.total_points),
        "correct": correct_answer_text(content) if content else [],
        "given": given_answer_text(content, me.response.given) if content and me.response else [],
        "passages": room.passages,
        # A stage that came by the event stream stops the polling: events do reach this phone.
        "poll_seconds": POLL_SECONDS if poll else None,
        "submitted": MultiDict(),
        "error": None,
    }


@bp.get("/live/<code>/play")
def play(code: str) -> Response:
    session = _session_for(code)
    me = _me(session)
    if me is None:
        return redirect(url_for("live.join", code=session.code))
    return render("live/play.html", "live/_stage.html", **_stage_context(room_of(session), me, app_now()))


@bp.get("/live/<code>/stage")
def stage(code: str) -> Response:
    """The stage for polling (``?v=`` the version shown): 204 while nothing has changed."""
    session = _session_for(code)
    me = _me(session)
    if me is None:
        abort(404)
    if not is_partial():
        return redirect(url_for("live.play", code=session.code))
    if request.args.get("v") == str(session.version):
        return add_vary(PageResponse(status=204))
    return add_vary(PageResponse(render_template("live/_stage.html", **_stage_context(room_of(session), me, app_now()))))


@bp.post("/live/<code>/answer")
def answer(code: str) -> Response:
    session = _session_for(code)
    player = services.player_in(session, current_user.id if current_user.is_authenticated else None)
    if player is None:
        abort(404)
    now = app_now()
    try:
        services.submit_answer(session, player, request.form, now)
    except services.LiveError as exc:
        return error_response(exc.status, str(exc))
    if is_partial():
        me = _me(session)
        assert me is not None
        return add_vary(PageResponse(render_template("live/_stage.html", **_stage_context(room_of(session), me, now))))
    return redirect(url_for("live.play", code=session.code), 303)


@bp.get("/live/<code>/events")
def events(code: str) -> Response:
    """The phone's event stream: the stage again, as an unnamed message htmx swaps in, each
    time the session's version grows; a comment every 15 s keeps the connection alive.

    It starts from the version the page showed (``?v=``, or ``Last-Event-ID`` on a
    reconnection), so a change made while the phone was away is sent at once. A stage sent by
    the stream is drawn without the polling fallback: events do reach this phone.

    While waiting a stream holds a thread, never a database connection nor one of the worker's
    slots. When the room moves on, the worker's hub wakes its streams; the first reads the room
    and every player's part once (``snapshot_of``) and each stream only draws its phone's page.
    """
    session = _session_for(code)
    me = _me(session)
    if me is None:
        abort(404)
    # From the version the page showed (``?v=``) or the last event received (a reconnection):
    # the stage is sent only if the room moved on meanwhile, so a half-ticked answer stays.
    raw_since = request.headers.get("Last-Event-ID") or request.args.get("v", "")
    since = int(raw_since) if raw_since.isdigit() else 0
    session_id, player_id, current = session.id, me.player_id, session.version
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    hub = hub_for(app)
    slots = slots_of(app)
    db.session.remove()

    def stream() -> Iterator[str]:
        yield "retry: 1000\n\n"
        version = since
        wanted: int | None = current if current != since else None
        ends = time.monotonic() + STREAM_SECONDS
        while time.monotonic() < ends:
            if wanted is not None:
                with slots:  # a slot of the worker to read and draw; none while waiting
                    snapshot = snapshot_of(session_id, wanted)
                    message = _stage_message(snapshot, player_id) if snapshot is not None else None
                if snapshot is None or message is None:
                    return  # the session or the player is gone
                # never below what the hub announced, so a lagging read cannot spin the loop
                version, wanted = max(snapshot.room.version, wanted), None
                yield message
                if snapshot.room.state == "ended":
                    yield "event: live-ended\ndata: ended\n\n"
                    return
                continue
            wanted = hub.wait(session_id, version, KEEP_ALIVE_SECONDS)
            if wanted is None:
                yield ": keep-alive\n\n"

    response = Response(stream_with_context(stream()), mimetype="text/event-stream")
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Accel-Buffering"] = "no"  # nginx: pass each event on at once
    return response


def _stage_message(snapshot: RoomSnapshot, player_id: int) -> str | None:
    """The player's stage at the snapshot as one SSE message (``id:`` its version); None if
    the player is gone. Their part comes from the snapshot, or (a late joiner, or an open
    question read a while ago) from one statement of its own."""
    room = snapshot.room
    me = snapshot.player(player_id)
    if me is None:
        try:
            me = services.player_view(player_id, room.position)
        finally:
            db.session.remove()
        if me is None:
            return None
    try:
        html = render_template("live/_stage.html", **_stage_context(room, me, app_now(), poll=False))
    finally:
        db.session.remove()  # whatever drawing read (the signed-in user): no connection kept while waiting
    data = "".join(f"data: {line}\n" for line in html.splitlines())
    return f"id: {room.version}\n{data}\n"
