"""Questions a teacher writes inside a set: every bank type, validated by the bank's own rules,
errors beside their fields, escaped, versioned, private to the set; and the picker's Add."""
from __future__ import annotations

import random
import re
import textwrap
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from quizapp.bank.models import Document, Question, QuestionVersion, Topic
from quizapp.bank.parser import QUESTION_TYPES, BankError, SourceSpan, check_question, find_banks, read_bank
from quizapp.bank.services import load_bank
from quizapp.extensions import db
from quizapp.quiz.models import Attempt
from quizapp.quiz.services import QuizRequest, draw_questions, finish_attempt, record_answer
from quizapp.sets import services
from quizapp.sets.models import QuizSet
from tests.helpers.app import BANK_DIR, HX, make_user
from tests.helpers.sets import join_code, make_set, question_ids

BASE = {"prompt": "Which city is the capital of Peru?", "explanation": "Lima has been the capital since 1535.", "difficulty": "2"}

# For each type, a valid form and the content the bank would store for it.
VALID = {
    "single_choice": (
        {"choices-0-text": "Lima", "choices-0-correct": "y", "choices-1-text": "Cusco", "choices-2-text": "Arequipa"},
        {"choices": [{"text": "Lima", "correct": True}, {"text": "Cusco", "correct": False}, {"text": "Arequipa", "correct": False}]},
    ),
    "multiple_select": (
        {"choices-0-text": "Lima", "choices-0-correct": "y", "choices-1-text": "Callao", "choices-1-correct": "y", "choices-3-text": "Quito"},
        {"choices": [{"text": "Lima", "correct": True}, {"text": "Callao", "correct": True}, {"text": "Quito", "correct": False}]},
    ),
    "true_false": ({"answer": "false"}, {"answer": False}),
    "fill_in": ({"accept": "Lima\n\n  Ciudad de los Reyes \n", "typos": "y"}, {"accept": ["Lima", "Ciudad de los Reyes"], "typos": True}),
    "numeric": ({"number": "2,5", "tolerance": "0.5", "unit": " km "}, {"answer": 2.5, "tolerance": 0.5, "unit": "km"}),
    "ordering": ({"items": "Conquest\nIndependence\nRepublic"}, {"items": ["Conquest", "Independence", "Republic"]}),
    "matching": (
        {"pairs-0-left": "Lima", "pairs-0-right": "Peru", "pairs-1-left": "Quito", "pairs-1-right": "Ecuador"},
        {"pairs": [{"left": "Lima", "right": "Peru"}, {"left": "Quito", "right": "Ecuador"}]},
    ),
    "cloze": (
        {
            "passage": "{1} is the capital of {2}.",
            "gaps-0-kind": "typed", "gaps-0-answers": "Lima\nCiudad de los Reyes", "gaps-0-typos": "y",
            "gaps-2-kind": "menu", "gaps-2-answers": "Peru\nEcuador\nChile",
        },
        {
            "passage": "{1} is the capital of {2}.",
            "gaps": [
                {"accept": ["Lima", "Ciudad de los Reyes"], "typos": True},
                {"options": [{"text": "Peru", "correct": True}, {"text": "Ecuador", "correct": False}, {"text": "Chile", "correct": False}]},
            ],
        },
    ),
}


def empty_set(app, owner: int, **settings) -> int:
    return make_set(app, owner, [], **settings)


def written(app, set_id: int) -> list[Question]:
    with app.app_context():
        return list(db.session.execute(select(Question).where(Question.quiz_set_id == set_id).order_by(Question.id)).scalars())


def content_of(app, question_id: int, number: int | None = None) -> dict:
    with app.app_context():
        question = db.session.get(Question, question_id)
        number = number or question.version
        return db.session.execute(select(QuestionVersion).filter_by(question_id=question_id, number=number)).scalar_one().content


@pytest.mark.parametrize("qtype", QUESTION_TYPES)
def test_a_question_of_every_type_is_written_into_the_set(client, auth, app, qtype):
    owner = auth.create_and_login("teacher")
    set_id = empty_set(app, owner)
    assert "Write a new question" in client.get(f"/sets/{set_id}").text
    page = client.get(f"/sets/{set_id}/questions/new")
    assert page.status_code == 200 and 'id="question-form"' in page.text
    form, answer_fields = VALID[qtype]
    response = client.post(f"/sets/{set_id}/questions/new", data={**BASE, "type": qtype, **form})
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/sets/{set_id}#set-items")
    (question,) = written(app, set_id)
    assert question.document_id is None and question.topic_id is None and question.version == 1
    assert question.type == qtype and question.difficulty == 2
    assert content_of(app, question.id) == {
        "type": qtype, "prompt": BASE["prompt"], **answer_fields, "explanation": BASE["explanation"],
        "source": [], "tags": [], "difficulty": 2, "kind": None,
    }
    with app.app_context():
        assert [item.question_id for item in db.session.get(QuizSet, set_id).items] == [question.id]
    builder = client.get(f"/sets/{set_id}")
    assert "Question written and added to the set." in builder.text
    items = builder.text[builder.text.index('id="set-items"'):builder.text.index('id="picker-title"')]
    assert BASE["prompt"] in items and "written for this set" in items
    assert f"/sets/{set_id}/questions/{question.id}/edit" in items


# (type, form fields, the field whose error region must hold the message, a piece of the message)
INVALID = [
    ("single_choice", {"choices-0-text": "Lima", "choices-0-correct": "y", "choices-1-text": "Cusco", "choices-1-correct": "y"}, "choices-error", "exactly one correct choice, not 2"),
    ("single_choice", {"choices-0-text": "Lima", "choices-0-correct": "y"}, "choices-error", "Give at least two choices."),
    ("single_choice", {"choices-0-text": "Lima", "choices-0-correct": "y", "choices-1-text": " lima "}, "choices-error", "“lima” is given twice as a choice."),
    ("single_choice", {"choices-0-correct": "y", "choices-1-text": "Cusco"}, "choices-error", "Every choice needs its text"),
    ("multiple_select", {"choices-0-text": "Lima", "choices-0-correct": "y", "choices-1-text": "Callao", "choices-1-correct": "y"}, "choices-error", "at least one correct and one wrong"),
    ("true_false", {}, "answer-error", "Choose whether the statement is true or false."),
    ("fill_in", {"accept": "  \n "}, "accept-error", "Give at least one accepted answer."),
    ("numeric", {"number": "eighty"}, "number-error", "Answer must be a number"),
    ("numeric", {"number": "8", "tolerance": "-1"}, "tolerance-error", "tolerance must be a number, zero or more"),
    ("ordering", {"items": "Only one"}, "items-error", "Give at least 2 items, one per line."),
    ("ordering", {"items": "One\nTwo\none"}, "items-error", "“one” is listed twice: give each item once."),
    ("matching", {"pairs-0-left": "Lima", "pairs-0-right": "Peru"}, "pairs-error", "Give at least two pairs."),
    ("matching", {"pairs-0-left": "Lima", "pairs-0-right": "Peru", "pairs-1-left": "Cusco", "pairs-1-right": "peru"}, "pairs-error", "“peru” is on the right of two pairs"),
    ("matching", {"pairs-0-left": "Lima", "pairs-1-left": "Cusco", "pairs-1-right": "Peru"}, "pairs-error", "Every pair needs both sides"),
    ("cloze", {"passage": "{1} is the capital.", "gaps-0-answers": "Lima", "gaps-1-answers": "Peru"}, "passage-error", "gap 2 is not in the passage"),
    ("cloze", {"passage": "{1} is the capital of {2}.", "gaps-0-answers": "Lima", "gaps-1-kind": "menu", "gaps-1-answers": "Peru"}, "gaps-error", "gap 2 needs at least two options"),
    ("cloze", {"passage": "{1} is the capital.", "gaps-0-kind": "menu", "gaps-0-answers": "Lima\n lima "}, "gaps-error", "Gap 1: “lima” is given twice as an option."),
    ("fill_in", {"accept": "Lima", "prompt": "   "}, "prompt-error", "Write the question students will read."),
    ("fill_in", {"accept": "Lima", "explanation": ""}, "explanation-error", "Write an explanation: why the answer is right."),
    ("fill_in", {"accept": "Lima", "difficulty": "4"}, "difficulty-error", "Choose a difficulty: 1, 2 or 3."),
    ("fill_in", {"accept": "Lima", "source": "2"}, "source-error", "no source document"),
    ("mystery", {}, "type-error", "Choose a question type from the list."),
]


@pytest.mark.parametrize(("qtype", "fields", "region", "message"), INVALID)
@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "no-js"])
def test_problems_are_shown_next_to_their_field(client, auth, app, qtype, fields, region, message, htmx):
    owner = auth.create_and_login("teacher")
    set_id = empty_set(app, owner)
    data = {**BASE, "type": qtype, **fields}
    response = client.post(f"/sets/{set_id}/questions/new", data=data, headers=HX if htmx else {})
    assert response.status_code == 422
    if htmx:
        assert response.text.lstrip().startswith('<section id="question-form"') and "<html" not in response.text
    else:
        assert "<html" in response.text and 'id="question-form"' in response.text
    error = re.search(rf'<p class="error" id="{region}">(.*?)</p>', response.text, re.S)
    assert error, response.text
    assert message.replace("'", "&#39;").casefold() in error.group(1).casefold()
    # in the form's words, never the bank file's keys and counts ("'accept' needs at least 1 entries")
    assert not re.search(r"&#39;\w+&#39; (must|needs)|\bentries\b", error.group(1)), error.group(1)
    assert response.text.count('class="error"') == 1  # only the offending field
    assert written(app, set_id) == []
    # what the teacher typed comes back
    if fields.get("choices-0-text"):
        assert f'value="{fields["choices-0-text"]}"' in response.text


def test_form_and_bank_file_get_the_same_verdict(tmp_path):
    """One validator: a bad question in a bank file and the same question as a dict."""
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "document.yaml").write_text("slug: demo\ntitle: Demo\nsource:\n  paragraphs: 5\n  headings: [1]\n")
    (folder / "1-t.yaml").write_text(textwrap.dedent("""\
        topic: {slug: t, title: T}
        questions:
          - id: q1
            type: multiple_select
            prompt: Pick
            choices: [{text: A, correct: true}, {text: B, correct: true}, {text: a}]
            explanation: Because.
            source: [1, 9]
            difficulty: 2
            kind: fact
        """))
    with pytest.raises(BankError) as excinfo:
        read_bank(folder)
    from_file = sorted(p.message for p in excinfo.value.problems)
    raw = {"id": "q1", "type": "multiple_select", "prompt": "Pick", "explanation": "Because.", "source": [1, 9], "difficulty": 2, "kind": "fact",
           "choices": [{"text": "A", "correct": True}, {"text": "B", "correct": True}, {"text": "a"}]}
    result = check_question(raw, SourceSpan(paragraphs=5, headings=(1,)))
    assert result.content is None
    assert sorted(m for ms in result.problems.values() for m in ms) == from_file
    assert set(result.problems) == {"choices", "source"}
    assert result.problems["source"] == ["cites paragraph 1, which is a heading", "cites paragraph 9, but the document has paragraphs 1–5"]


def test_source_paragraphs_are_checked_against_the_sets_document(client, auth, app):
    owner = auth.create_and_login("teacher")
    qid = question_ids(app, "true_false", 1)
    set_id = make_set(app, owner, qid)
    with app.app_context():
        document = db.session.get(Question, qid[0]).document
        paragraphs, headings = document.paragraph_count, document.headings
        title = document.title
    assert headings, "the shipped bank lists headings"
    page = client.get(f"/sets/{set_id}/questions/new")
    assert f"paragraphs of “{title}”".replace("'", "&#39;") in page.text
    data = {**BASE, "type": "true_false", "answer": "true"}
    for bad, message in ((f"{paragraphs + 1}", f"cites paragraph {paragraphs + 1}"), (str(headings[0]), "which is a heading"), ("two", "source must list paragraph numbers")):
        response = client.post(f"/sets/{set_id}/questions/new", data={**data, "source": bad}, headers=HX)
        assert response.status_code == 422 and message.casefold() in re.search(r'id="source-error">(.*?)</p>', response.text).group(1).casefold()
    good = next(n for n in range(1, paragraphs + 1) if n not in headings)
    assert client.post(f"/sets/{set_id}/questions/new", data={**data, "source": f"{good}, {good}"}).status_code == 303
    assert content_of(app, written(app, set_id)[0].id)["source"] == [good]


def test_what_the_teacher_writes_is_escaped(client, auth, app):
    owner = auth.create_and_login("teacher")
    set_id = empty_set(app, owner)
    evil = "<script>alert(1)</script>"
    data = {**BASE, "type": "single_choice", "prompt": f"Pick {evil}", "choices-0-text": f"Lima {evil}", "choices-0-correct": "y",
            "choices-1-text": "Cusco <b>bold</b>", "explanation": f"Because {evil}"}
    assert client.post(f"/sets/{set_id}/questions/new", data=data).status_code == 303
    question = written(app, set_id)[0]
    pages = [client.get(f"/sets/{set_id}"), client.get(f"/sets/{set_id}/questions/{question.id}/edit")]
    # an invalid post re-renders what was typed, escaped too
    pages.append(client.post(f"/sets/{set_id}/questions/new", data={**data, "choices-1-text": f"Lima {evil}"}, headers=HX))
    auth.logout()
    auth.create_and_login("sam")
    attempt_url = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    pages.append(client.get(attempt_url))
    for page in pages:
        assert "<script>alert" not in page.text and "<b>bold</b>" not in page.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "Cusco &lt;b&gt;bold&lt;/b&gt;" in pages[-1].text


def test_only_the_owner_sees_or_edits_a_written_question(client, auth, app):
    owner = make_user(app, "teacher")
    set_id = empty_set(app, owner, title="Secret set")
    with app.app_context():
        question, _ = services.write_question(db.session.get(QuizSet, set_id), {**BASE, "difficulty": 1, "type": "true_false", "answer": True, "prompt": "Secret prompt"})
        qid = question.id
    edit = f"/sets/{set_id}/questions/{qid}/edit"
    for who in (None, "other"):
        if who:
            auth.create_and_login(who)
        for url in (edit, f"/sets/{set_id}/questions/new"):
            response = client.get(url)
            assert response.status_code == 404 and "Secret" not in response.text
            assert client.post(url, data={**BASE, "type": "true_false", "answer": "false"}).status_code == 404
    # another teacher's own set: not in their picker, not addable by id, not editable through it
    auth.logout()
    other = auth.create_and_login("third")
    theirs = empty_set(app, other)
    assert "Secret prompt" not in client.get(f"/sets/{theirs}/picker?q=secret", headers=HX).text
    assert "Secret prompt" not in client.get(f"/sets/{theirs}").text
    response = client.post(f"/sets/{theirs}/items", data={"question_id": qid}, headers=HX)
    assert response.status_code == 422 and "Secret prompt" not in response.text
    assert client.get(f"/sets/{theirs}/questions/{qid}/edit").status_code == 404
    assert written(app, theirs) == [] and content_of(app, qid)["prompt"] == "Secret prompt"
    with app.app_context():
        assert db.session.get(QuizSet, theirs).items == []


def test_written_questions_stay_out_of_the_bank_and_self_study(app, teacher):
    set_id = empty_set(app, teacher)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        question, _ = services.write_question(quiz_set, {**BASE, "difficulty": 1, "type": "true_false", "answer": True})
        qid = question.id
        # reloading every bank retires what is not in the files: never a teacher's question
        reports = [load_bank(read_bank(folder)) for folder in find_banks(BANK_DIR)]
        db.session.commit()
        assert sum(r.retired for r in reports) == 0
        assert db.session.get(Question, qid).retired_at is None
        user = make_user(app, "learner")
        for document in db.session.execute(select(Document)).scalars():
            topics = [t.id for t in db.session.execute(select(Topic).filter_by(document_id=document.id)).scalars()]
            request = QuizRequest(document.id, topics, list(QUESTION_TYPES), 10_000, "practice", "all")
            assert qid not in [q.id for q in draw_questions(user, request, random.Random(1))]
        # nor drawn by another set's random rule over every topic
        all_topics = list(db.session.execute(select(Topic.id)).scalars())
        rule_set = services.create_set(teacher, {"title": "Random", "random_count": 10_000, "random_topic_ids": all_topics})
        assert qid not in [q.id for q in services.draw_set_questions(rule_set, random.Random(1))]


def test_editing_makes_a_new_version_and_attempts_keep_theirs(client, auth, app):
    owner = auth.create_and_login("teacher")
    set_id = empty_set(app, owner)
    data = {**BASE, "type": "numeric", "number": "1535", "tolerance": "0", "unit": "AD"}
    client.post(f"/sets/{set_id}/questions/new", data=data)
    qid = written(app, set_id)[0].id
    student = make_user(app, "sam")
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, set_id), student)
        attempt_id = attempt.id
    edit = f"/sets/{set_id}/questions/{qid}/edit"
    form = client.get(edit)
    assert 'value="1535"' in form.text and 'value="AD"' in form.text
    # saving unchanged content makes no version
    assert client.post(edit, data=data).status_code == 303
    assert written(app, set_id)[0].version == 1
    # invalid edit: 422, field error, nothing stored
    response = client.post(edit, data={**data, "number": "soon"}, headers=HX)
    assert response.status_code == 422 and "Answer must be a number" in response.text
    response = client.post(edit, data={**data, "number": "1536"}, headers=HX)
    assert response.status_code == 204 and response.headers["HX-Redirect"].endswith(f"/sets/{set_id}#set-items")
    assert written(app, set_id)[0].version == 2
    assert content_of(app, qid, 1)["answer"] == 1535 and content_of(app, qid, 2)["answer"] == 1536
    with app.app_context():
        # the attempt started before the edit still shows and grades version 1
        aq = db.session.get(Attempt, attempt_id).questions[0]
        assert aq.version.number == 1
        record_answer(aq, {"number": "1535"})
        finish_attempt(aq.attempt)
        assert aq.attempt.score == 1
    # once answered, an edit is previewed as a regrade (tests/sets/test_regrade.py) and nothing
    # is stored until confirmed; adding questions is still refused
    response = client.post(edit, data={**data, "number": "1600"}, headers=HX)
    assert response.status_code == 200 and "Check the regrade before saving" in response.text
    assert client.post(f"/sets/{set_id}/questions/new", data=data).status_code == 409
    assert written(app, set_id)[0].version == 2 and len(written(app, set_id)) == 1
    with app.app_context():
        assert db.session.get(Attempt, attempt_id).score == 1
    assert "Write a new question" not in client.get(f"/sets/{set_id}").text


def test_a_removed_written_question_is_offered_again_and_duplicates_are_copied(client, auth, app):
    owner = auth.create_and_login("teacher")
    set_id = empty_set(app, owner)
    client.post(f"/sets/{set_id}/questions/new", data={**BASE, "type": "true_false", "answer": "true"})
    qid = written(app, set_id)[0].id
    with app.app_context():
        item_id = db.session.get(QuizSet, set_id).items[0].id
    client.post(f"/sets/{set_id}/items/{item_id}/remove")
    picker = client.get(f"/sets/{set_id}/picker?type=true_false", headers=HX).text
    row = re.search(rf'<li id="picker-q-{qid}".*?</li>', picker, re.S)
    assert row and "written for this set" in row.group(0) and BASE["prompt"] in row.group(0)
    client.post(f"/sets/{set_id}/items", data={"question_id": qid})
    copy_url = client.post(f"/sets/{set_id}/duplicate").headers["Location"]
    copy_id = int(re.search(r"/sets/(\d+)$", copy_url).group(1))
    (copied,) = written(app, copy_id)
    assert copied.id != qid and content_of(app, copied.id) == content_of(app, qid)
    with app.app_context():
        assert [i.question_id for i in db.session.get(QuizSet, copy_id).items] == [copied.id]


def test_htmx_add_turns_the_picker_row_into_added(client, auth, app):
    owner = auth.create_and_login("teacher")
    set_id = empty_set(app, owner)
    qid = question_ids(app, "ordering", 1)[0]
    picker = client.get(f"/sets/{set_id}/picker?type=ordering", headers=HX).text
    assert f'<li id="picker-q-{qid}"' in picker
    response = client.post(f"/sets/{set_id}/items", data={"question_id": qid}, headers=HX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="set-items"')
    partial = re.search(r'<hx-partial hx-target="#picker-q-(\d+)" hx-swap="outerHTML">(.*?)</hx-partial>', response.text, re.S)
    assert partial and int(partial.group(1)) == qid
    assert "Added" in partial.group(2) and "<form" not in partial.group(2) and f'id="picker-q-{qid}"' in partial.group(2)


def test_add_without_js_returns_to_the_builder_with_the_filters(client, auth, app):
    owner = auth.create_and_login("teacher")
    set_id = empty_set(app, owner)
    with app.app_context():
        question = db.session.execute(select(Question).where(Question.type == "numeric").order_by(Question.id)).scalars().first()
        word = question.current.content["prompt"].split()[1]
    query = {"type": "numeric", "difficulty": str(question.difficulty), "q": word}
    page = client.get(f"/sets/{set_id}", query_string=query).text
    carried = re.search(rf'name="question_id" value="{question.id}">\s*<input type="hidden" name="filters" value="([^"]*)"', page)
    assert carried, "the Add form carries the filters"
    filters = carried.group(1).replace("&amp;", "&")
    response = client.post(f"/sets/{set_id}/items", data={"question_id": question.id, "filters": filters})
    assert response.status_code == 303
    location = urlsplit(response.headers["Location"])
    assert location.path == f"/sets/{set_id}" and location.fragment == "picker-title"
    assert {k: v[0] for k, v in parse_qs(location.query).items()} == query
    back = client.get(response.headers["Location"]).text
    assert '<option value="numeric" selected>' in back and f'value="{word}"' in back
    # junk in the carried filters is dropped, never echoed into the redirect
    response = client.post(f"/sets/{set_id}/items", data={"question_id": question_ids(app, "numeric", 2)[1], "filters": "type=evil&next=//x.example&topic=abc"})
    assert urlsplit(response.headers["Location"]).query == ""
