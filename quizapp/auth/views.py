"""Register, sign in (throttled), sign out (everywhere), change the password.

Every successful sign-in, registration and password change gives the account a new session
token, so cookies copied or captured before it sign in nobody.
"""
from __future__ import annotations

import unicodedata
from typing import Any
from urllib.parse import urlsplit

from flask import current_app, flash, redirect, request, url_for
from flask.globals import _cv_request
from flask_login import current_user, login_required, logout_user
from werkzeug.wrappers import Response

from quizapp.auth import bp, services
from quizapp.auth.forms import TAKEN, EmptyForm, LoginForm, PasswordChangeForm, RegisterForm, TimeZoneForm
from quizapp.auth.models import User
from quizapp.extensions import request_user
from quizapp.htmx import is_partial, render
from quizapp.timeutil import app_now, time_zone_names


def safe_next(target: str | None) -> str:
    """Only same-site paths, so a crafted link cannot send people elsewhere after sign-in.

    Whitespace and control characters (a CR LF would break the Location header) and
    backslashes (browsers read ``/\\evil.example`` as ``//evil.example``) send people home.
    """
    if (
        target
        and len(target) <= 2000
        and target.startswith("/")
        and not target.startswith("//")
        and "\\" not in target
        and not any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in target)
        and not urlsplit(target).netloc
    ):
        return target
    return url_for("bank.home")


def signed_in_guest() -> User | None:
    if current_user.is_authenticated and current_user.is_guest:
        return services.current_account()
    return None


@bp.before_app_request
def note_guest_activity() -> None:
    """Keep a guest's last_seen_at fresh (at most hourly) so only idle guests are purged."""
    rule = _cv_request.get().request.url_rule  # the endpoint, without the proxy's lookup
    if rule is not None and rule.endpoint == "static":
        return
    user = request_user()  # the request's row (no ORM load), asked once
    if user.is_authenticated and user.is_guest:
        services.note_guest_activity(user, app_now())


@bp.route("/register", methods=["GET", "POST"])
def register() -> Response | str:
    if current_user.is_authenticated and not current_user.is_guest:
        return redirect(url_for("bank.home"))
    form = RegisterForm(next=request.args.get("next"))
    if form.validate_on_submit():
        try:
            user = services.register(form.username.data, form.password.data, signed_in_guest())
        except services.UsernameTaken:
            form.username.errors.append(TAKEN)
        else:
            services.sign_in(user, remember=True)
            flash(f"Welcome, {user.username}. Your account is ready.", "success")
            return redirect(safe_next(form.next.data), 303)
    status = 422 if form.is_submitted() else 200
    return render("auth/register.html", "auth/_register_form.html", status, form=form)


def _wait_words(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str:
    if current_user.is_authenticated and not current_user.is_guest:
        return redirect(url_for("bank.home"))
    form = LoginForm(next=request.args.get("next"))
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.username.data, form.password.data, request.remote_addr, app_now())
        except services.SignInThrottled as exc:
            # The same words whether or not the account exists.
            form.password.errors.append(
                f"Too many failed sign-ins for this username or from your network. Wait {_wait_words(exc.retry_after)} and try again."
            )
            response = render("auth/login.html", "auth/_login_form.html", 429, form=form)
            response.headers["Retry-After"] = str(exc.retry_after)
            return response
        if user is None:
            form.password.errors.append("That username and password do not match an account.")
        else:
            services.sign_in(user, remember=bool(form.remember.data), guest=signed_in_guest())
            flash(f"Signed in as {user.username}.", "success")
            return redirect(safe_next(form.next.data), 303)
    status = 422 if form.is_submitted() else 200
    return render("auth/login.html", "auth/_login_form.html", status, form=form)


@bp.post("/logout")
@login_required
def logout() -> Response:
    form = EmptyForm()
    if form.validate_on_submit():
        user = services.current_account()
        logout_user()
        services.sign_out_everywhere(user)
        flash("You are signed out, here and on every other device.", "info")
    return redirect(url_for("bank.home"), 303)


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account() -> Response | str:
    """The account page: change the password (which signs out every other device)."""
    if current_user.is_guest:
        flash("Register to keep your work under a name and password.", "info")
        return redirect(url_for("auth.register"), 303)
    user: User = services.current_account()
    form = PasswordChangeForm()
    if form.validate_on_submit():
        try:
            changed = services.change_password(user, form.current.data, form.password.data, request.remote_addr, app_now())
        except services.SignInThrottled as exc:
            form.current.errors.append(f"Too many wrong passwords. Wait {_wait_words(exc.retry_after)} and try again.")
            response = render("auth/account.html", "auth/_password_form.html", 429, **_account_context(user, form=form))
            response.headers["Retry-After"] = str(exc.retry_after)
            return response
        if changed:
            remembered = current_app.config.get("REMEMBER_COOKIE_NAME", "remember_token") in request.cookies
            services.keep_signed_in(user, remember=remembered)
            flash("Password changed. Every other device has been signed out.", "success")
            return redirect(url_for("auth.account"), 303)
        form.current.errors.append("That is not your current password.")
    status = 422 if form.is_submitted() else 200
    return render("auth/account.html", "auth/_password_form.html", status, **_account_context(user, form=form))


def _account_context(user: User, **forms: Any) -> dict[str, Any]:
    zone_form = TimeZoneForm(formdata=None, time_zone=user.time_zone or "")
    return {"form": PasswordChangeForm(formdata=None), "zone_form": zone_form, "zones": time_zone_names(), **forms}


@bp.post("/account/time-zone")
@login_required
def time_zone() -> Response | str:
    """The account's time zone: every time shown or typed is in it."""
    if current_user.is_guest:
        return redirect(url_for("auth.register"), 303)
    user: User = services.current_account()
    zone_form = TimeZoneForm()
    if not zone_form.validate_on_submit():
        return render("auth/account.html", "auth/_time_zone_form.html", 422, **_account_context(user, zone_form=zone_form))
    services.set_time_zone(user, zone_form.time_zone.data.strip())
    if not is_partial():
        flash(f"Time zone saved: times are now shown in {user.time_zone}.", "success")
        return redirect(url_for("auth.account"), 303)
    return render("auth/account.html", "auth/_time_zone_form.html", **_account_context(user, saved=True))
