from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, redirect, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from quizapp.auth import bp, services
from quizapp.auth.forms import EmptyForm, LoginForm, RegisterForm
from quizapp.htmx import render


def safe_next(target: str | None) -> str:
    """Only same-site paths, so a crafted link cannot send people elsewhere after sign-in."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("bank.home")


@bp.route("/register", methods=["GET", "POST"])
def register() -> Response | str:
    if current_user.is_authenticated and not current_user.is_guest:
        return redirect(url_for("bank.home"))
    form = RegisterForm(next=request.args.get("next"))
    if form.validate_on_submit():
        user = services.register(form.username.data, form.password.data)
        login_user(user, remember=True)
        flash(f"Welcome, {user.username}. Your account is ready.", "success")
        return redirect(safe_next(form.next.data), 303)
    status = 422 if form.is_submitted() else 200
    return render("auth/register.html", "auth/_register_form.html", status, form=form)


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str:
    if current_user.is_authenticated and not current_user.is_guest:
        return redirect(url_for("bank.home"))
    form = LoginForm(next=request.args.get("next"))
    if form.validate_on_submit():
        user = services.find_user(form.username.data)
        if user is None or not user.check_password(form.password.data):
            form.password.errors.append("That username and password do not match an account.")
        else:
            if current_user.is_authenticated and current_user.is_guest:
                services.absorb_guest(current_user._get_current_object(), user)
            login_user(user, remember=True)
            flash(f"Signed in as {user.username}.", "success")
            return redirect(safe_next(form.next.data), 303)
    status = 422 if form.is_submitted() else 200
    return render("auth/login.html", "auth/_login_form.html", status, form=form)


@bp.post("/logout")
@login_required
def logout() -> Response:
    form = EmptyForm()
    if form.validate_on_submit():
        logout_user()
        flash("You are signed out.", "info")
    return redirect(url_for("bank.home"), 303)
