"""Self-study quiz pages. Each view parses the request, calls a service and renders.

Every answer form is a real ``<form method="post">``: with htmx it swaps the question card,
without JavaScript it posts, redirects (303) and the card is shown again with its feedback.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from flask import abort, current_app, flash, redirect, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload
from werkzeug.datastructures import MultiDict
from wtforms import SelectChoice
from werkzeug.wrappers import Response

from quizapp.auth.forms import EmptyForm
from quizapp.auth.services import current_learner
from quizapp.bank.models import Document, Topic
from quizapp.bank.services import source_passages
from quizapp.bank.user_documents import visible_documents
from quizapp.errors import error_response, handles_control_characters, has_control_characters, without_control_characters
from quizapp.extensions import db, request_user
from quizapp.htmx import add_vary, is_partial, render
from quizapp.ids import parse_id
from quizapp.quiz import bp, fragments, over_time, services
from quizapp import events, qtypes
from quizapp.quiz.forms import NewQuizForm
from quizapp.quiz.grading import MAX_ANSWER_CHARS, AnswerError, correct_answer_text, given_answer_text
from quizapp.quiz.models import LIVE_MODE, Attempt, AttemptQuestion
from quizapp.timeutil import app_now, viewer_zone


# The progress page lists a learner's attempts this many at a time, newest first.
ATTEMPTS_PER_PAGE = 100


def _over(attempt: Attempt) -> Response | None:
    """Close an attempt that is over (time limit, set closed or archived) and show the page
    saying so, in place of question forms that would be refused."""
    if reason := services.close_if_over(attempt, app_now()):
        return over_page(attempt, reason)
    return None


def over_page(attempt: Attempt, reason: str, status: int = 200) -> Response:
    """The page of an attempt that takes no more answers ("Time is up"): why, that the server
    has finished it, its results if the learner may see them, and for a quiz set the attempts
    left and the way back to it. For htmx it replaces the question card, whichever part of the
    card (the flag button) the request came from."""
    response = render(
        "quiz/over.html",
        "quiz/_over.html",
        status,
        attempt=attempt,
        reason=reason,
        heading=services.OVER_HEADINGS.get(reason, "This quiz is finished"),
        results_visible=attempt.is_finished and services.outcome_visibility(attempt, app_now()).marks,
        attempts_used=services.set_attempts_used(attempt),
    )
    if is_partial():
        response.headers["HX-Retarget"] = "#question-card"
        response.headers["HX-Reswap"] = "outerHTML"
    return response


def played_elsewhere(attempt: Attempt | services.AttemptRow, refused: bool = False) -> Response | None:
    """The page of an unfinished attempt played on another page (a live session's, whose
    room sets the pace, the clock and the points), in place of its questions: it says so and
    links there (``events.attempt_played_at``). A POST (``refused``) stores nothing: 409."""
    if attempt.mode != LIVE_MODE or attempt.finished_at is not None:
        return None
    response = render(
        "quiz/elsewhere.html", "quiz/_elsewhere.html", 409 if refused else 200,
        attempt=attempt, played_at=events.attempt_played_at_for(attempt.id), refused=refused,
    )
    if is_partial():
        response.headers["HX-Retarget"] = "#question-card"
        response.headers["HX-Reswap"] = "outerHTML"
    return response


def own_attempt(attempt_id: int) -> Attempt:
    """The attempt if it is the current user's; 404 otherwise, so others learn nothing.

    Its questions, their versions and responses come in the same round trip: every quiz page
    needs them (progress, the current card, results), and lazy loading would cost a query each.
    """
    attempt = db.session.get(
        Attempt,
        attempt_id,
        options=[selectinload(Attempt.questions).options(joinedload(AttemptQuestion.version), joinedload(AttemptQuestion.response))],
    )
    if attempt is None or not current_user.is_authenticated or attempt.user_id != current_user.id:
        abort(404)
    return attempt


@bp.route("/new", methods=["GET", "POST"])
def new() -> Response | str:
    viewer_id = current_user.id if current_user.is_authenticated else None
    documents = list(db.session.execute(select(Document).where(visible_documents(viewer_id)).order_by(Document.title)).scalars())
    if not documents:
        flash("The question bank is empty: load it with “flask bank load” first.", "error")
        return redirect(url_for("bank.home"))
    form = NewQuizForm()
    form.document.choices = [SelectChoice(d.id, d.title) for d in documents]
    chosen = _chosen_document(documents, form)
    topics = list(db.session.execute(select(Topic).filter_by(document_id=chosen.id).order_by(Topic.position)).scalars())
    form.topics.choices = [SelectChoice(t.id, t.title) for t in topics]
    if request.method == "GET":
        form.document.data = chosen.id
        form.topics.data = [n for t in request.args.getlist("topic") if (n := parse_id(t)) is not None] or [t.id for t in topics]
    if form.validate_on_submit():
        quiz_request = services.QuizRequest(
            document_id=form.document.data,
            topic_ids=form.topics.data,
            types=form.types.data,
            count=form.count.data,
            mode=form.mode.data,
            focus=form.focus.data,
            paragraph=form.paragraph.data,
        )
        try:
            attempt = services.new_quiz(current_learner().id, quiz_request, now=app_now())
        except services.QuizError as exc:
            form.form_errors.append(str(exc))
        else:
            if len(attempt.questions) < quiz_request.count:
                flash(
                    f"This quiz has {len(attempt.questions)} questions, not the {quiz_request.count} you asked for: "
                    "that is every matching question, leaving out those that would give another's answer away.",
                    "info",
                )
            return redirect(url_for("quiz.question", attempt_id=attempt.id, position=1), 303)
    status = 422 if form.is_submitted() else 200
    return render("quiz/new.html", "quiz/_new_form.html", status, form=form)


def _chosen_document(documents: list[Document], form: NewQuizForm) -> Document:
    by_id = {d.id: d for d in documents}
    by_slug = {d.slug: d for d in documents}
    if request.method == "POST" and isinstance(form.document.data, int) and form.document.data in by_id:
        return by_id[form.document.data]
    return by_slug.get(request.args.get("document", ""), documents[0])


@bp.get("/<int:attempt_id>")
def resume(attempt_id: int) -> Response:
    """Where an attempt goes on: its first unanswered question, or, when every question is
    answered but it is not finished, the last one, whose page offers Finish."""
    attempt = own_attempt(attempt_id)
    if elsewhere := played_elsewhere(attempt):
        return elsewhere
    if over := _over(attempt):
        return over
    if attempt.is_finished:
        return redirect(url_for("quiz.results", attempt_id=attempt.id))
    position = services.next_unanswered_position(attempt) or len(attempt.questions)
    return redirect(url_for("quiz.question", attempt_id=attempt.id, position=position))


def own_question(attempt_id: int, position: int) -> services.QuestionInAttempt:
    """The question at ``position`` of the current user's attempt, with its attempt, answer
    and progress, in one statement of plain rows (``services.question_in_attempt``); 404 as
    ``own_attempt``. The question page and the answer POST are the hot paths of a class."""
    user = request_user()  # asked once: each use of the proxy looks it up again
    found = services.question_in_attempt(attempt_id, position) if user.is_authenticated else None
    if found is None or found.attempt.user_id != user.id:
        abort(404)
    return found


def _over_row(attempt: services.AttemptRow, now: datetime) -> Response | None:
    """``_over`` for the plain attempt row: the ORM attempt is loaded only to close it. An
    attempt already ended by its time limit or its set shows the same page."""
    if attempt.finished_at is None and services.attempt_end(attempt, now) is not None:
        return _over(own_attempt(attempt.id))
    if attempt.finished_at is not None and services.ended_by_rule(attempt, now):
        return over_page(own_attempt(attempt.id), services.over_reason(attempt, now) or services.TIME_UP)
    return None


def _navigator(found: services.QuestionInAttempt, now: datetime | None = None) -> services.Navigator:
    return services.navigator(found.attempt, found.entries, app_now() if now is None else now)


@bp.get("/<int:attempt_id>/q/<int:position>")
def question(attempt_id: int, position: int) -> Response:
    """One question: it alone is read, with its attempt and the navigator, in one statement."""
    found = own_question(attempt_id, position)
    if elsewhere := played_elsewhere(found.attempt):
        return elsewhere
    now = app_now()  # one reading of the clock for the page
    if over := _over_row(found.attempt, now):
        return over
    nav = _navigator(found, now)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    kept = fragments.kept_question_page(found.attempt, found.question, nav, is_partial(), app.extensions["csrf_token"])
    if kept is not None:  # the unanswered question of an untimed attempt, from kept pieces
        return add_vary(app.response_class(kept))
    return render_question(found.attempt, found.question, nav=nav)


@bp.post("/<int:attempt_id>/q/<int:position>")
@handles_control_characters
def answer(attempt_id: int, position: int) -> Response:
    found = own_question(attempt_id, position)
    if elsewhere := played_elsewhere(found.attempt, refused=True):
        return elsewhere
    attempt, aq, now = found.attempt, found.question, app_now()
    if aq.response is None and has_control_characters(request.form):
        # A pasted answer can carry invisible characters: say so and keep the rest of it.
        return render_question(
            attempt,
            aq,
            error="Your answer held invisible control characters, which were removed. Check it and send it again.",
            status=422,
            submitted=without_control_characters(request.form),
            nav=_navigator(found),
        )
    # The paragraphs the feedback cites are read before the answer's write, on the connection
    # the request already holds: read after the commit, they cost a second connection checkout.
    passages = _feedback_passages(attempt, aq, now) if is_partial() else None
    try:
        stored = services.store_answer(attempt, aq, request.form, now=now)
    except AnswerError as exc:
        return render_question(attempt, aq, error=str(exc), status=422, nav=_navigator(found))
    except services.QuizError as exc:
        # Refused (finished, time up, set closed or archived): nothing was stored. Load the
        # attempt again, as the refusal may have just closed it, and say why in place of the
        # question, whose form would only be refused again.
        return _refused(attempt_id, str(exc))
    if is_partial():
        # The region shows this question, now answered, and the navigator as read before the
        # answer with this one marked answered (how it went shows only where marks may be seen).
        entry = found.entries[position - 1]._replace(answered=True, outcome=services.answer_outcome(stored))
        entries = services.Navigator(found.entries).with_entry(entry).entries
        return render_question(
            attempt, replace(aq, response=stored), nav=services.navigator(attempt, entries, now), passages=passages
        )
    return redirect(url_for("quiz.question", attempt_id=attempt_id, position=position), 303)


def _feedback_passages(attempt: services.AttemptRow, aq: services.QuestionRow, now: datetime) -> list[Any] | None:
    """The cited paragraphs the feedback on an answer to ``aq`` will show (None when it shows
    none: a test's answer is saved without feedback)."""
    if not services.outcome_visibility(attempt, now).answers or not attempt.document_id:
        return None
    return source_passages(attempt.document_id, aq.content["source"])


def _refused(attempt_id: int, message: str) -> Response:
    """The answer to a POST the attempt refused (finished, time up, set closed or archived):
    the page saying why, with 422 as every refused answer. An attempt the learner finished
    says so; one its time limit or set ended says that."""
    reloaded = own_attempt(attempt_id)
    reason = message
    if message == services.FINISHED:
        reason = services.over_reason(reloaded, app_now()) or message
    return over_page(reloaded, reason, 422)


@bp.post("/<int:attempt_id>/q/<int:position>/flag")
def flag(attempt_id: int, position: int) -> Response:
    """Flag a question for review, or remove the flag (``flagged`` is 1 or 0: the state asked
    for). htmx swaps the flag button and, as an ``<hx-partial>``, the navigator's entry;
    without JavaScript the question page is shown again (303)."""
    found = own_question(attempt_id, position)
    if not EmptyForm().validate_on_submit():
        abort(400)
    if elsewhere := played_elsewhere(found.attempt, refused=True):
        return elsewhere
    wanted = request.form.get("flagged", "")
    if wanted not in ("0", "1"):
        return error_response(400, "Send flagged=1 to flag the question for review, or flagged=0 to remove the flag.")
    try:
        question = services.set_flag(found.attempt, found.question, wanted == "1", now=app_now())
    except services.QuizError as exc:
        return _refused(attempt_id, str(exc))
    if not is_partial():
        return redirect(url_for("quiz.question", attempt_id=attempt_id, position=position), 303)
    entry = found.entries[position - 1]._replace(flagged=question.flagged)
    nav = services.navigator(found.attempt, services.Navigator(found.entries).with_entry(entry).entries, app_now())
    return render(
        "quiz/question.html", "quiz/_flag_swap.html", attempt=found.attempt, aq=question, nav=nav,
        entry=nav.entry(position), total=nav.total,
    )


@bp.get("/<int:attempt_id>/summary")
def summary(attempt_id: int) -> Response:
    """Before Finish: which questions are unanswered and which flagged, each a link, and the
    Finish button. An attempt that is over shows why; a finished one, its results."""
    attempt = own_attempt(attempt_id)
    if elsewhere := played_elsewhere(attempt):
        return elsewhere
    if over := _over(attempt):
        return over
    now = app_now()
    if attempt.is_finished:
        if services.ended_by_rule(attempt, now):
            return over_page(attempt, services.over_reason(attempt, now) or services.FINISHED)
        return redirect(url_for("quiz.results", attempt_id=attempt.id))
    return render(
        "quiz/summary.html", "quiz/_summary.html", attempt=attempt, nav=services.navigator_of(attempt, now),
        finish_form=EmptyForm(), seconds_left=_seconds_left(attempt), accepted_until=services.answers_accepted_until(attempt),
    )


def render_question(
    attempt: Attempt | services.AttemptRow,
    aq: AttemptQuestion | services.QuestionRow,
    error: str | None = None,
    status: int = 200,
    submitted: MultiDict[str, str] | None = None,
    nav: services.Navigator | None = None,
    passages: list[Any] | None = None,
) -> Response:
    """The question region, with the navigator. ``nav`` comes with a plain attempt row (read
    in the question's statement); for an ORM attempt it is built from ``attempt.questions``.
    ``passages``, the cited paragraphs when already read (``_feedback_passages``)."""
    if nav is None:
        assert isinstance(attempt, Attempt), "a plain attempt row comes with its navigator read"
        nav = services.navigator_of(attempt, app_now())
    answered, total = nav.answered, nav.total
    content = aq.content
    response = aq.response
    show_feedback = response is not None and services.outcome_visibility(attempt, app_now()).answers
    if passages is None or not show_feedback:
        passages = source_passages(attempt.document_id, content["source"]) if show_feedback and attempt.document_id else []
    return render(
        "quiz/question.html",
        "quiz/_question.html",
        status,
        attempt=attempt,
        aq=aq,
        content=content,
        layout=aq.layout,
        response=response,
        show_feedback=show_feedback,
        correct=correct_answer_text(content) if show_feedback else [],
        given=given_answer_text(content, response.given) if response else [],
        passages=passages,
        error=error,
        submitted=submitted if submitted is not None else _to_show_again(request.form) if error else MultiDict(),
        answered=answered,
        total=total,
        nav=nav,
        flagged=aq.flagged,
        type_label=qtypes.get(content["type"]).label,
        # Only where the card offers Finish (every question answered, none flagged; a one-question
        # test or exam goes through the summary instead): a form built for nothing cost a tenth of
        # the page (issue 15).
        finish_form=(
            _finish_form()
            if not attempt.is_finished and answered == total and not nav.flagged
            and (attempt.mode == "practice" or total > 1)
            else None
        ),
        seconds_left=_seconds_left(attempt),
        accepted_until=services.answers_accepted_until(attempt),
        **(qtypes.get(content["type"]).question_context(aq.language) if response is None else {}),
    )


def _finish_form() -> EmptyForm:
    """The card's Finish form, writing the session's CSRF token as the page's other forms do.

    The token is asked first through the templates' ``csrf_token`` (``quizapp.kept_csrf_token``:
    signed once per session and worker), which leaves it in ``g``, where the form's CSRF field
    takes it. Built first, the form had Flask-WTF sign the session's token anew (an HMAC, a JSON
    dump, a timestamp) on every page and answer that offers Finish (issue 15)."""
    current_app.extensions["csrf_token"]()
    return EmptyForm()


def _to_show_again(form: MultiDict[str, str]) -> MultiDict[str, str]:
    """What was sent, to fill the form again after an error, less any value over the length cap
    (a megabyte sent back in a value attribute helps no one)."""
    return MultiDict([(key, value) for key, value in form.items(multi=True) if len(value) <= MAX_ANSWER_CHARS])


def _seconds_left(attempt: Attempt | services.AttemptRow) -> int | None:
    until = services.answers_accepted_until(attempt)
    if until is None or attempt.is_finished:
        return None
    return max(0, int((until - app_now()).total_seconds()))


@bp.post("/<int:attempt_id>/finish")
def finish(attempt_id: int) -> Response:
    attempt = own_attempt(attempt_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    if elsewhere := played_elsewhere(attempt, refused=True):
        return elsewhere  # the live session finishes it when the game ends
    services.finish_attempt(attempt, now=app_now())
    return redirect(url_for("quiz.results", attempt_id=attempt.id), 303)


@bp.get("/<int:attempt_id>/results")
def results(attempt_id: int) -> Response:
    attempt = own_attempt(attempt_id)
    if reason := services.close_if_over(attempt, app_now()):
        flash(reason, "info")
    if not attempt.is_finished:
        flash("Finish the quiz to see your results.", "info")
        return redirect(url_for("quiz.resume", attempt_id=attempt.id))
    rows = services.review_rows(attempt)
    missed = sum(1 for aq in attempt.questions if aq.response is None or not aq.response.is_correct)
    show_answers = services.outcome_visibility(attempt, app_now()).answers
    if not show_answers:
        for row in rows:
            row["correct"] = []
    return render(
        "quiz/results.html", "quiz/_results.html", attempt=attempt, rows=rows, missed=missed, retry_form=EmptyForm(), show_answers=show_answers
    )


@bp.post("/<int:attempt_id>/retry")
def retry(attempt_id: int) -> Response:
    attempt = own_attempt(attempt_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    if not attempt.is_finished or attempt.quiz_set_id is not None:
        abort(404)  # a teacher's set is retaken from its join page, under its own rules
    try:
        new_attempt = services.retry_missed(attempt, now=app_now())
    except services.QuizError as exc:
        flash(str(exc), "info")
        return redirect(url_for("quiz.results", attempt_id=attempt.id), 303)
    return redirect(url_for("quiz.question", attempt_id=new_attempt.id, position=1), 303)


def _over_time() -> over_time.ProgressOverTime | None:
    """The progress-over-time series the query string asks for (``period``: day or week;
    ``topic``: a topic's id, else all topics); 404 for a period or topic that is not there.
    None for a visitor, who has answered nothing."""
    period = request.args.get("period") or over_time.DEFAULT_PERIOD
    raw_topic = request.args.get("topic") or ""
    topic_id = parse_id(raw_topic) if raw_topic else None
    if raw_topic and topic_id is None:
        abort(404)
    if not current_user.is_authenticated:
        if period not in over_time.PERIODS:
            abort(404)
        return None
    try:
        return over_time.progress_over_time(current_user.id, viewer_zone(), app_now(), period, topic_id)
    except over_time.ProgressError:
        abort(404)


@bp.get("/progress")
def progress() -> Response:
    """Accuracy by topic over everything, answers and accuracy per day or week, and the
    attempts a page (``ATTEMPTS_PER_PAGE``) at a time, newest first: the page costs what it
    shows, however long the history."""
    attempts, topics, counts, total = [], [], {}, 0
    page = parse_id(request.args.get("page", "1"))
    if page is None:
        abort(404)
    if current_user.is_authenticated:
        # Abandoned attempts that are over show as finished, with their score.
        services.close_overdue_attempts(app_now(), user_id=current_user.id)
        total = services.attempt_count(current_user.id)
        attempts = services.attempts_for(current_user.id, limit=ATTEMPTS_PER_PAGE, offset=(page - 1) * ATTEMPTS_PER_PAGE)
        topics = services.accuracy_by_topic(current_user.id)
        counts = services.answered_counts([a.id for a in attempts if not a.is_finished])  # shown for these only
    pages = max(1, -(-total // ATTEMPTS_PER_PAGE))
    if page > pages:
        abort(404)
    return render(
        "quiz/progress.html", "quiz/_progress.html", attempts=attempts, topics=topics, counts=counts,
        page_number=page, pages=pages, attempt_total=total, first_row=(page - 1) * ATTEMPTS_PER_PAGE + 1,
        over_time=_over_time(), periods=over_time.PERIODS,
    )


@bp.get("/progress/over-time")
def progress_over_time() -> Response:
    """The progress-over-time region alone, for the period and topic picker with htmx; without
    it (or on a reload of the pushed address) the progress page showing the same choice."""
    if not is_partial():
        choice: dict[str, Any] = request.args.to_dict()
        return redirect(url_for("quiz.progress", **choice), 303)
    series = _over_time()
    if series is None:
        abort(404)
    return render("quiz/progress.html", "quiz/_over_time.html", over_time=series, periods=over_time.PERIODS)
