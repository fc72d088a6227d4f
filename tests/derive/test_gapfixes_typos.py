"""gapfixes (issue 10, the drafter): a typed answer a real word lies a typo from asks for the exact
answer (typos: false) instead of holding the whole draft back as a typo-neighbour; and the key's
own other spelling ("auto-oxidation", a form the accept pipeline adds for "autoxidation") is no
such neighbour: its pieces are no answer a learner means (kind 6 of the brief). Our own texts
(Japanese lacquer, a tide mill), English and Spanish."""
from __future__ import annotations

from quizapp.derive import check_drafts, derive_drafts
from quizapp.qtypes.typed import typed_answer_matches
from tests.helpers.drafts import document, make_draft

LACQUER_EN = [
    "Lacquer in the workshops of Wajima",
    "Craftsmen at Wajima brush raw sap from the lacquer tree onto cypress bowls in thin coats.",
    "In a humid cupboard the sap hardens by a slow reaction with oxygen called autoxidation, which takes about three days for each coat.",
    "The workshops employed 1,200 people in 1980 and fewer than 400 in 2020.",
]
LACA_ES = [
    "La laca de Wajima",
    "Los artesanos de Wajima aplican la savia cruda del árbol de la laca sobre cuencos de ciprés en capas finas.",
    "En un armario húmedo la savia se endurece por una reacción lenta con el oxígeno llamada autooxidación, que dura unos tres días por capa.",
    "Los talleres daban trabajo a 1.200 personas en 1980 y a menos de 400 en 2020.",
]


def test_a_long_term_with_its_other_hyphenation_is_offered_and_forgives_a_slip() -> None:
    for lines, language, term in ((LACQUER_EN, "en", "autoxidation"), (LACA_ES, "es", "autooxidación")):
        drafts = [d for d in derive_drafts(document(lines), language) if d.item.get("type") == "fill_in" and d.item["accept"][0] == term]
        assert drafts, term
        for d in drafts:
            assert not any(p.startswith("typo-neighbour") for p in d.problems), d.problems
            assert d.item["typos"] is True
        assert any(d.ready for d in drafts), [d.problems for d in drafts]


def test_a_typed_answer_a_typo_from_a_real_word_is_asked_exact_not_held() -> None:
    """"tidal mill" forgiving a slip would take "tidal milk"; «molino mareal», «molino real».
    Grading forgives a slip word by word, never in a word a real word lies near (accept6): each
    word of "tidal mill" has one, so the answer asks for the exact form; «mareal» has none, so
    «molino mareal» keeps forgiving a slip there («molino marael») and still refuses «molino
    real» (another real word) and a slip in «molino» («molina»)."""
    paragraphs = document(["The tide mill", "The miller ran a tidal mill on the creek until 1956."])
    for accept, language, typos in ((["tidal mill"], "en", False), (["molino mareal"], "es", True)):
        prompt = "According to the text, what goes in the gap? “The miller ran a ____ on the creek until 1956.”"
        draft = make_draft({"type": "fill_in", "prompt": prompt, "accept": accept, "typos": True, "explanation": "Paragraph 2.", "difficulty": 1})
        [checked] = [d for d in check_drafts([draft], paragraphs, language) if d.key == draft.key]
        assert checked.item["typos"] is typos
        assert not any(p.startswith("typo-neighbour") for p in checked.problems), checked.problems
    mareal = {"accept": ["molino mareal"], "typos": True}
    assert typed_answer_matches(mareal, "molino marael", "es")
    assert not typed_answer_matches(mareal, "molino real", "es") and not typed_answer_matches(mareal, "molina mareal", "es")
