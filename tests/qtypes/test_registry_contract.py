"""What the registry promises every type: its templates exist, its name and label are its own,
the teacher's form shows a fieldset for it, and the stylesheet shows only the chosen one."""
from __future__ import annotations

import pytest

from quizapp import qtypes
from quizapp.bank.parser import COMMON_FIELDS, QUESTION_TYPES


def test_the_registry_is_what_the_app_offers():
    assert qtypes.names() == QUESTION_TYPES and "cloze" in QUESTION_TYPES
    labels = qtypes.labels()
    assert len(set(labels.values())) == len(labels) and all(labels.values())


@pytest.mark.parametrize("name", QUESTION_TYPES)
def test_every_type_has_its_templates_and_fields_of_its_own(app, name):
    question_type = qtypes.get(name)
    assert question_type.name == name
    for template in (question_type.question_template, question_type.feedback_template, question_type.form_template):
        app.jinja_env.get_template(template)  # raises when missing
    assert not question_type.fields & COMMON_FIELDS
    assert question_type.optional <= question_type.fields


def test_the_teachers_form_has_a_fieldset_for_every_type_and_the_stylesheet_shows_the_chosen_one(client, auth, app):
    from tests.helpers.sets import make_set

    owner = auth.create_and_login("teacher")
    set_id = make_set(app, owner, [])
    html = client.get(f"/sets/{set_id}/questions/new").text
    css = client.get("/qtypes.css")
    assert css.status_code == 200 and css.mimetype == "text/css"
    for name in QUESTION_TYPES:
        assert f"for-{name}" in html
        assert f'.question-form:has(option[value="{name}"]:checked) .answer-fields:not(.for-{name})' in css.text
    assert html.count("answer-fields") == len({qtypes.get(n).form_template for n in QUESTION_TYPES})
