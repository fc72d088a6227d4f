"""gapfixes (issue 10, the drafter): a typed key whose accepted forms lie a typo from a real
word ("auto-oxidation", a form the accept pipeline adds, is a typo from "alto") asks for the
exact term (typos: false) instead of holding the whole draft back (kind 6 of the brief). Our own
texts (Japanese lacquer), English and Spanish."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document

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


def test_a_term_a_typo_from_a_real_word_is_asked_exact_not_held() -> None:
    for lines, language, term in ((LACQUER_EN, "en", "autoxidation"), (LACA_ES, "es", "autooxidación")):
        drafts = [d for d in derive_drafts(document(lines), language) if d.item.get("type") == "fill_in" and d.item["accept"][0] == term]
        assert drafts, term
        for d in drafts:
            assert not any(p.startswith("typo-neighbour") for p in d.problems), d.problems
            assert d.item["typos"] is False
        assert any(d.ready for d in drafts), [d.problems for d in drafts]
