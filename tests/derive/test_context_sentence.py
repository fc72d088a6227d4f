"""A sentence that leans on the one before ("Su portavoz principal fue ...") is asked with
that one quoted, even when that one opens with an abstract noun taking up the paragraph before
(«La protesta se organizó en torno a ...»): the first is only the second's context, its own
facts are not asked, and the pair reads on its own. The standalone rule (a sentence opening so
is never asked alone) had left such paragraphs with no draft at all. Own text."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document

RIBADEO = document([
    "El cierre de la conservera de Ribadeo",
    "La conservera Hermanos Loureiro cerró su fábrica de Ribadeo en febrero de 1987 y despidió a ciento veinte "
    "trabajadoras sin previo aviso.",
    "La respuesta se organizó en torno a la Junta de Vecinos del Puerto, creada aquel mismo mes. Su portavoz "
    "principal fue Anselmo Ferreiro, un maestro de la escuela del puerto que supo reunir a pescadores y comerciantes.",
])


def test_a_sentence_leaning_on_one_that_takes_up_the_paragraph_before_is_asked_with_it() -> None:
    drafts = derive_drafts(RIBADEO, "es")
    asked = [d for d in drafts if d.ready and d.paragraph == 3]
    assert any("Anselmo Ferreiro" in " ".join(map(str, d.item.get("accept", []))) for d in asked)
    prompt = next(str(d.item["prompt"]) for d in asked if "Anselmo Ferreiro" in " ".join(map(str, d.item.get("accept", []))))
    assert "La respuesta se organizó en torno a la Junta de Vecinos del Puerto" in prompt
    # The taken-up sentence's own facts are still not asked alone.
    assert not any(d.ready and "Junta de Vecinos" in " ".join(map(str, d.item.get("accept", []))) for d in drafts)
