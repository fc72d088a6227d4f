"""What every request goes through (issue 15): the session cookie opened once per worker and
not signed again when nothing changed. Whatever is kept, a visitor must see exactly what
opening the cookie afresh shows: who is signed in, messages shown once, expired, altered and
re-keyed cookies refused.
"""
from __future__ import annotations

from datetime import timedelta

from tests.helpers.sessions import cookies_of, replay, who


def test_a_kept_session_still_expires_with_its_lifetime(app, auth, client, monkeypatch):
    auth.create_and_login()
    assert who(client) == "alice"  # its cookie is opened and kept
    session_cookie = {"session": cookies_of(client)["session"]}  # without "remember me"
    assert who(replay(app, session_cookie)) == "alice"
    import quizapp

    later = quizapp.time.time() + app.permanent_session_lifetime.total_seconds() + 5
    monkeypatch.setattr(quizapp.time, "time", lambda: later)
    assert who(replay(app, session_cookie)) == "nobody"


def test_an_altered_cookie_opens_nothing_even_after_the_genuine_one_was_kept(app, auth, client):
    auth.create_and_login()
    genuine = cookies_of(client)["session"]
    assert who(replay(app, {"session": genuine})) == "alice"
    body, _, signature = genuine.rpartition(".")
    forged = body + "." + ("A" if signature[0] != "A" else "B") + signature[1:]
    assert who(replay(app, {"session": forged})) == "nobody"
    assert who(replay(app, {"session": genuine[:-1]})) == "nobody"
    assert who(replay(app, {"session": genuine})) == "alice"


def test_a_new_secret_key_refuses_cookies_kept_under_the_old_one_unless_it_is_a_fallback(app, auth, client):
    auth.create_and_login()
    cookie = {"session": cookies_of(client)["session"]}
    assert who(replay(app, cookie)) == "alice"
    app.secret_key = app.config["SECRET_KEY"] = "a brand new key"
    assert who(replay(app, cookie)) == "nobody"
    app.config["SECRET_KEY_FALLBACKS"] = ["test"]
    assert who(replay(app, cookie)) == "alice"


def test_a_flashed_message_shows_once_though_sessions_are_kept(app, auth, client):
    auth.create("alice")
    assert who(client) == "nobody"
    response = auth.login()
    assert response.status_code == 303
    assert "Signed in as alice." in client.get("/").text  # the flash, in the cookie's list
    for _ in range(2):
        page = client.get("/").text
        assert "Signed in as alice." not in page and "Signed in as <strong>alice</strong>" in page


def test_a_request_that_changes_nothing_sets_no_cookie_but_says_it_varies_by_cookie(app, auth, client):
    auth.create_and_login()
    client.get("/")
    response = client.get("/")
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert "Cookie" in response.headers["Vary"]
    # A permanent session is refreshed on every request, as Flask does (SESSION_REFRESH_EACH_REQUEST).
    with client.session_transaction() as session:
        session.permanent = True
    app.permanent_session_lifetime = timedelta(days=3)
    response = client.get("/")
    assert "session=" in response.headers.get("Set-Cookie", "")


def test_a_post_without_its_csrf_token_is_still_refused(app, auth, template_db, tmp_path):
    from tests.helpers.app import make_app

    guarded = make_app(template_db, tmp_path, WTF_CSRF_ENABLED=True)
    client = guarded.test_client()
    assert client.get("/quiz/new").status_code == 200  # a GET needs no token
    response = client.post("/quiz/new", data={"count": "5"})
    assert response.status_code == 400 and "expired or was not sent from this site" in response.text


def test_an_address_holding_control_characters_is_still_refused(client):
    # (Bodies over the limit: tests/test_request_limits_and_headers.py.)
    assert client.get("/quiz/new?topic=%01").status_code == 400
    assert client.get("/quiz/new?topic=plain").status_code == 200


def test_ensure_sync_keeps_plain_functions_and_still_wraps_coroutine_functions(app, monkeypatch):
    """Flask asks ``ensure_sync`` of every hook; the answer is kept per plain function, but a
    coroutine function (or a bound method, new at each lookup) is still handed to Flask's wrapper."""
    wrapped = []
    monkeypatch.setattr(app, "async_to_sync", lambda func: wrapped.append(func) or (lambda: "ran"))

    def plain() -> str:
        return "plain"

    async def coroutine() -> str:
        return "coroutine"

    class Holder:
        async def method(self) -> str:
            return "method"

    holder = Holder()
    assert app.ensure_sync(plain) is plain and app.ensure_sync(plain) is plain
    assert app.ensure_sync(coroutine)() == "ran" and app.ensure_sync(coroutine)() == "ran"
    assert app.ensure_sync(holder.method)() == "ran" and app.ensure_sync(holder.method)() == "ran"
    assert app.ensure_sync(len) is len  # a builtin: not weakly referenceable, asked each time
    assert wrapped == [coroutine, coroutine, holder.method, holder.method]


def test_templates_are_kept_unless_reloaded_and_follow_a_new_loader(app):
    """Loaded templates are found by name without Jinja's LRU cache, but only while auto_reload
    is off: with it on a changed template is seen, and another loader's templates are its own."""
    from jinja2 import DictLoader

    env = app.jinja_env
    sources = {"kept.html": "one"}
    env.loader = DictLoader(sources)
    env.auto_reload = False
    first = env.get_template("kept.html")
    assert env.get_template("kept.html") is first and first.render() == "one"
    sources["kept.html"] = "two"
    assert env.get_template("kept.html").render() == "one"  # not reloaded, as Jinja does
    env.auto_reload = True
    assert env.get_template("kept.html").render() == "two"
    env.auto_reload = False
    env.loader = DictLoader({"kept.html": "three"})
    assert env.get_template("kept.html").render() == "three"


def test_responses_reach_the_server_with_the_headers_werkzeug_would_give(app, auth, client):
    """QuizappResponse hands a response's headers on uncopied when Werkzeug's copy would be the
    same, and the session's "Cookie" is added to Vary without parsing it: the headers a browser
    gets are those Flask and Werkzeug give, once each."""
    from werkzeug.wrappers import Response as WerkzeugResponse

    from tests.helpers.app import HX
    from tests.helpers.quiz import attempt_id_of, start_quiz

    auth.create_and_login()
    attempt = attempt_id_of(start_quiz(client, app, count=2))
    for headers in ({}, HX, {}, HX):  # drawn, then kept
        response = client.get(f"/quiz/{attempt}/q/1", headers=headers)
        assert response.status_code == 200
        names = [name.lower() for name, _ in response.headers]
        assert len(names) == len(set(names))
        assert response.headers["Vary"] == "HX-Request, HX-Request-Type, Cookie"
        assert int(response.headers["Content-Length"]) == len(response.get_data())
        assert response.headers["Cache-Control"] == "no-store" and response.headers["X-Frame-Options"] == "DENY"
        with app.test_request_context(f"/quiz/{attempt}/q/1"):
            plain = WerkzeugResponse(response.get_data(), headers=list(response.headers))
            again = app.response_class(response.get_data(), headers=list(response.headers))
            assert list(again.get_wsgi_headers({})) == list(plain.get_wsgi_headers({})) == list(response.headers)
    # A redirect, an empty response and one without a length still go Werkzeug's way.
    assert client.get(f"/quiz/{attempt}").headers["Location"].endswith(f"/quiz/{attempt}/q/1")
    with app.test_request_context("/"):
        empty = app.response_class(status=204, headers={"Content-Length": "0"})
        assert "Content-Length" not in empty.get_wsgi_headers({})
        streamed = app.response_class(iter([b"ab", b"c"]))
        assert "Content-Length" not in streamed.get_wsgi_headers({})
        listed = app.response_class([b"ab", b"c"])
        assert listed.get_wsgi_headers({"REQUEST_METHOD": "GET"})["Content-Length"] == "3"
        moved = app.response_class("", status=302, headers={"Location": "/b\u00e9"})
        assert moved.get_wsgi_headers({"REQUEST_METHOD": "GET"})["Location"] == "/b%C3%A9"


def _header_client(app, header: str):
    """A browser sending exactly ``header`` as its Cookie header (no cookie jar of its own)."""
    other = app.test_client(use_cookies=False)
    return lambda: other.get("/", headers={"Cookie": header})


def _who_in(response) -> str:
    page = response.text.split('<div class="account">')[1].split("</div>")[0]
    if "Signed in as" in page:
        return page.split("Signed in as <strong>")[1].split("</strong>")[0]
    return "guest" if "Studying as a guest" in page else "nobody"


def test_the_session_cookie_is_found_in_the_header_as_werkzeug_finds_it(app, auth, client):
    """The session is read from the Cookie header itself (kept per header): among other
    cookies, first of two, quoted or not, and a header that changes is read again."""
    auth.create_and_login()
    genuine = cookies_of(client)["session"]
    for header, expected in [
        (f"session={genuine}", "alice"),
        (f"theme=dark; session={genuine}; lang=en", "alice"),
        (f'session="{genuine}"', "alice"),  # a quoted value, unquoted as Werkzeug does
        (f"session={genuine}; session=other", "alice"),  # the first of two, as request.cookies.get
        (f"session=other; session={genuine}", "nobody"),
        (f"Session={genuine}", "nobody"),  # names are case-sensitive
        (f"xsession={genuine}", "nobody"),
        ("session=", "nobody"),
        ("", "nobody"),
    ]:
        assert _who_in(_header_client(app, header)()) == expected, header
        assert _who_in(_header_client(app, header)()) == expected, header  # kept: the same again


def test_a_page_opens_its_session_without_building_request_cookies(app, auth, client, monkeypatch):
    """Werkzeug's ``request.cookies`` scans every header of the environ for the Cookie header
    and builds a dict of every cookie: most of opening a kept session (issue 15). A request
    whose Cookie header was seen before reads its session without it."""
    from werkzeug.sansio.request import Request
    from werkzeug.utils import cached_property

    auth.create_and_login()
    client.get("/")
    built = []
    cookies = Request.__dict__["cookies"]
    original = cookies.fget

    def counted(self):
        built.append(self.path)
        return original(self)

    monkeypatch.setattr(Request, "cookies", cached_property(counted, name="cookies"))
    assert who(client) == "alice"
    assert built == []


def test_a_session_a_request_changed_does_not_leak_into_the_next_request_with_the_same_cookie(app, auth, client):
    """A kept session is copied into each request: what one request writes into its session
    (then sent back in a new cookie) is not seen by a request sending the old cookie."""
    from flask import session

    @app.get("/test-write-session")
    def write_session():
        session["written"] = "by one request"
        return "written"

    @app.get("/test-read-session")
    def read_session():
        return session.get("written", "nothing")

    auth.create_and_login()
    old = cookies_of(client)["session"]
    writer = replay(app, {"session": old})
    assert writer.get("/test-write-session").text == "written"
    assert writer.get("/test-read-session").text == "by one request"  # its new cookie holds it
    assert replay(app, {"session": old}).get("/test-read-session").text == "nothing"


def test_ensure_sync_asks_inspect_for_a_function_marked_as_a_coroutine_function(app, monkeypatch):
    """A plain function is answered from its code's flags; one carrying the mark of Python
    3.12's ``inspect.markcoroutinefunction`` is asked of ``inspect``, as Flask asks it."""
    asked = []

    def iscoroutinefunction(func):  # inspect's answer on Python 3.12 and later
        asked.append(func)
        return "_is_coroutine_marker" in getattr(func, "__dict__", {})

    monkeypatch.setattr("quizapp.iscoroutinefunction", iscoroutinefunction)
    monkeypatch.setattr("flask.app.iscoroutinefunction", iscoroutinefunction)
    monkeypatch.setattr(app, "async_to_sync", lambda func: lambda: "ran")

    def plain() -> str:
        return "plain"

    def marked() -> str:
        return "marked"

    marked._is_coroutine_marker = object()  # type: ignore[attr-defined]
    assert app.ensure_sync(plain) is plain
    assert app.ensure_sync(marked)() == "ran"
    assert plain not in asked and marked in asked


def _page_or_partial(app):
    """A route answering which of the two ``htmx.is_partial`` chose for its request."""
    from quizapp.htmx import is_partial

    @app.get("/test-page-or-partial")
    def page_or_partial():
        return "partial" if is_partial() else "page"

    return app.test_client()


def test_htmx_headers_choose_the_page_or_the_partial_as_before(app):
    """htmx 4's request headers decide: a swap gets the partial; ``HX-Request-Type: full``, a
    history restore and a request without ``HX-Request: true`` get the whole page."""
    client = _page_or_partial(app)
    for headers, expected in [
        ({}, "page"),
        ({"HX-Request": "true"}, "partial"),
        ({"HX-Request": "true", "HX-Request-Type": "partial"}, "partial"),
        ({"HX-Request": "true", "HX-Request-Type": "full"}, "page"),
        ({"HX-Request": "true", "HX-History-Restore-Request": "true"}, "page"),
        ({"HX-Request": "true", "HX-History-Restore-Request": "false"}, "partial"),
        ({"HX-Request": "false", "HX-Request-Type": "partial"}, "page"),
        ({"hx-request": "true", "hx-request-type": "partial"}, "partial"),  # names in any case
    ]:
        assert client.get("/test-page-or-partial", headers=headers).text == expected, headers


def test_page_or_partial_is_chosen_without_werkzeugs_request_headers(app, monkeypatch):
    """Werkzeug's ``request.headers`` looks each name up by upper-casing it and raises (and
    catches) an HTTP exception for each missing one, one or two a request (issue 15); the WSGI
    environ holds the same headers under their CGI names, read there without either."""
    from werkzeug.datastructures import EnvironHeaders

    client = _page_or_partial(app)
    asked = []
    original = EnvironHeaders._get_key

    def counted(self, key):
        asked.append(key)
        return original(self, key)

    monkeypatch.setattr(EnvironHeaders, "_get_key", counted)
    assert client.get("/test-page-or-partial", headers={"HX-Request": "true"}).text == "partial"
    assert client.get("/test-page-or-partial").text == "page"
    assert [key for key in asked if key.lower().startswith("hx-")] == []


_REQUEST_SIGNALS = (
    "request_started", "request_finished", "request_tearing_down",
    "appcontext_pushed", "appcontext_tearing_down", "appcontext_popped",
)


def test_flasks_request_signals_reach_their_receivers(app):
    """Each of Flask's six signals of a request still reaches what listens, once a request,
    with what Flask sends it."""
    import flask

    heard = []

    def listener(name):
        def receive(sender, **kwargs):
            heard.append((name, sender is app, sorted(kwargs)))
        return receive

    receivers = {name: listener(name) for name in _REQUEST_SIGNALS}
    for name, receiver in receivers.items():
        getattr(flask, name).connect(receiver, app)
    try:
        assert app.test_client().get("/healthz").status_code == 200
    finally:
        for name, receiver in receivers.items():
            getattr(flask, name).disconnect(receiver, app)
    assert sorted(heard) == sorted([
        ("request_started", True, []),
        ("request_finished", True, ["response"]),
        ("request_tearing_down", True, ["exc"]),
        ("appcontext_pushed", True, []),
        ("appcontext_tearing_down", True, ["exc"]),
        ("appcontext_popped", True, []),
    ])


def test_flasks_request_signals_are_not_sent_when_nothing_listens(app, monkeypatch):
    """No receiver is connected to them in this app: sending each (a call, a generator of
    receivers and a list of answers for no one, six a request, issue 15) is skipped."""
    import flask
    from blinker import Signal

    sent = []
    original = Signal.send

    def counted(self, *args, **kwargs):
        sent.append(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Signal, "send", counted)
    for name in _REQUEST_SIGNALS:
        assert not getattr(flask, name).receivers, name
    assert app.test_client().get("/healthz").status_code == 200
    assert [name for name in sent if name.replace("-", "_") in _REQUEST_SIGNALS] == []


def test_question_pages_and_answers_write_their_vary_header_in_place(app, auth, client, monkeypatch):
    """A page or partial says it varies by the htmx headers and, its session read, by Cookie:
    the same Vary header in the same place as before, written into the response's header list
    when it is made and completed there, without Werkzeug's ``Headers.set`` looking the name
    up, checking the value and rewriting the list twice a response (issue 15)."""
    from werkzeug.datastructures import Headers

    from tests.helpers.app import HX
    from tests.helpers.quiz import attempt_id_of, right_form, start_quiz

    auth.create_and_login()
    attempt = attempt_id_of(start_quiz(client, app, count=3))
    form = right_form(app, attempt, 2)
    client.get(f"/quiz/{attempt}/q/3")  # the session's first page writes it (Flask's own path)
    set_names = []
    original = Headers.set

    def counted(self, key, value, /, **kwargs):
        set_names.append(key)
        return original(self, key, value, **kwargs)

    monkeypatch.setattr(Headers, "set", counted)
    responses = [client.get(f"/quiz/{attempt}/q/1", headers=headers) for headers in ({}, HX, {}, HX)]  # drawn, then kept
    responses.append(client.post(f"/quiz/{attempt}/q/2", data=form, headers=HX))
    for response in responses:
        assert response.status_code == 200 and "Set-Cookie" not in response.headers
        assert [name for name, _ in response.headers][:3] == ["Content-Type", "Content-Length", "Vary"]
        assert response.headers["Vary"] == "HX-Request, HX-Request-Type, Cookie"
    assert [name for name in set_names if name.lower() == "vary"] == []


def test_a_posts_body_limits_are_read_without_flasks_current_app_proxy(app, auth, client, monkeypatch):
    """Reading a POST's form asks the request its three body limits (Content-Length, a field's
    size, the number of parts) about ten times; Flask's request answers each through two uses
    of ``current_app`` (issue 15). The app's request reads them from its app context instead:
    the same settings, and a limit set on the request itself still comes first."""
    import flask.wrappers
    from werkzeug.local import LocalProxy

    from tests.helpers.app import HX
    from tests.helpers.quiz import attempt_id_of, right_form, start_quiz

    auth.create_and_login()
    attempt = attempt_id_of(start_quiz(client, app, count=3))
    form = right_form(app, attempt, 2)
    client.post(f"/quiz/{attempt}/q/1", data=right_form(app, attempt, 1), headers=HX)  # writes the session (its cookie's size)
    asked = []
    real = flask.wrappers.current_app

    class Counted(LocalProxy):
        def __bool__(self):
            asked.append("current_app")
            return bool(real)

    monkeypatch.setattr(flask.wrappers, "current_app", Counted(lambda: real._get_current_object()))
    response = client.post(f"/quiz/{attempt}/q/2", data=form, headers=HX)
    assert response.status_code == 200 and "Set-Cookie" not in response.headers
    assert asked == []
    with app.test_request_context("/", method="POST", data={"a": "b"}):
        from flask import request

        assert request.max_content_length == app.config["MAX_CONTENT_LENGTH"]
        assert request.max_form_memory_size == app.config["MAX_FORM_MEMORY_SIZE"]
        assert request.max_form_parts == app.config["MAX_FORM_PARTS"]
        request.max_content_length, request.max_form_memory_size, request.max_form_parts = 7, 8, 9
        assert (request.max_content_length, request.max_form_memory_size, request.max_form_parts) == (7, 8, 9)


def _adapter_facts(adapter, request):
    return (
        request.host, adapter.server_name, adapter.script_name, adapter.subdomain, adapter.url_scheme,
        adapter.path_info, adapter.default_method, adapter.query_args, adapter.websocket,
    )


def test_a_requests_url_adapter_is_the_one_flask_would_bind(app):
    """The kept host names give the adapter and request.host that Flask's own
    create_url_adapter gives, for hosts with ports, capitals, non-ASCII names, no Host header,
    a mount point, a query, a WebSocket upgrade and a host that cannot be encoded."""
    from flask import Flask
    from werkzeug.exceptions import BadHost
    from werkzeug.test import EnvironBuilder

    cases = [
        {"path": "/quiz/3/q/2", "base_url": "http://localhost/"},
        {"path": "/quiz/3/q/2", "base_url": "http://Example.COM:8080/"},
        {"path": "/", "base_url": "https://quiz.example.org:443/", "query_string": "a=1&b=%C3%A9"},
        {"path": "/cards", "base_url": "http://bücher.example/app/"},
        {"path": "/x", "base_url": "http://localhost/", "headers": {"Connection": "Upgrade", "Upgrade": "websocket"}},
        {"path": "/x", "base_url": "http://localhost/", "method": "POST"},
    ]
    environs = [EnvironBuilder(**case).get_environ() for case in cases]
    without_host = EnvironBuilder(path="/y").get_environ()
    del without_host["HTTP_HOST"]
    bad_host = EnvironBuilder(path="/z").get_environ()
    bad_host["HTTP_HOST"] = "a" * 70 + ".example"  # a label too long for IDNA
    for environ in [*environs, without_host, bad_host]:
        ours_request = app.request_class(dict(environ))
        flasks_request = app.request_class(dict(environ))
        try:
            flasks = Flask.create_url_adapter(app, flasks_request)
        except BadHost:
            try:
                app.create_url_adapter(ours_request)
            except BadHost:
                continue
            raise AssertionError(f"a bad host bound: {environ['HTTP_HOST']}") from None
        ours = app.create_url_adapter(ours_request)
        assert _adapter_facts(ours, ours_request) == _adapter_facts(flasks, flasks_request), environ.get("HTTP_HOST")
        assert _matched(ours) == _matched(flasks)


def _matched(adapter):
    from werkzeug.exceptions import HTTPException

    try:
        rule, values = adapter.match(return_rule=True)
    except HTTPException as refused:
        return type(refused)
    return rule.rule, values


def test_a_request_context_binds_its_url_adapter_without_werkzeugs_bind_to_environ(app, auth, client, monkeypatch):
    from werkzeug.routing import Map

    auth.create_and_login()
    client.get("/")

    def refuse(*args, **kwargs):
        raise AssertionError("bind_to_environ called")

    monkeypatch.setattr(Map, "bind_to_environ", refuse)
    assert client.get("/").status_code == 200
    app.config["SERVER_NAME"] = "localhost"  # Flask's own way again
    monkeypatch.undo()
    assert client.get("/").status_code == 200
