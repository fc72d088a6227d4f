"""Quote and narrative paragraphs of news features left with no ready item (brief quotes, issue
10): reviewers want one acceptable item per content paragraph.

- A quotation tagged with its speaker in the same sentence ('"I have coached swimmers here for
  23 years, and I have never seen a crowd like this morning's," said swimming coach Helen
  Marsh.'; «"... como esta mañana", dijo el fontanero Andrés Molina.»): its "this morning" is the
  speaker's own day, not a time an earlier sentence gives, so the sentence is asked with its tag
  kept ('... for ____ years, ..." said swimming coach Helen Marsh.'). A demonstrative before
  another noun ("this ferry"), or one outside the quotation, still points back.
- A sentence whose subject leans on what came before ("Many came to see the restored tiled
  hall, which first opened in 1898."; «Otros visitaron el granero de piedra, que fue construido en
  1820.»): its relative clause is asked with its noun named ("The restored tiled hall first
  opened in ____."), the explanation quoting the paragraph's sentence as written. A clause
  with a subject of its own (", which the council built in 1901") is not.

Our own texts (a town's swimming baths; a village mill), written for these tests."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from quizapp.derive import context
from quizapp.languages import language_for
from tests.helpers.drafts import document

EN = language_for("en")
ES = language_for("es")

BATHS = [
    "Millbrook's swimming baths reopen",
    "MILLBROOK — The town's swimming baths on Carter Street reopened on Saturday after a renovation that lasted two years.",
    '"I have coached swimmers here for 23 years, and I have never seen a crowd like this morning\'s," said swimming coach '
    'Helen Marsh. "Children were jumping in before we had even cut the ribbon."',
    "Many came to see the restored tiled hall, which first opened in 1898. Others came simply for a swim.",
    "The council hopes to sell 5,000 season tickets by the end of the year.",
]

MOLINO = [
    "Valdelobos abre su molino",
    "VALDELOBOS — El viejo molino harinero del río Tera reabrió el sábado tras dos años de obras.",
    '"Llevo 31 años moliendo trigo y nunca había visto tanta gente como esta mañana", dijo el molinero Andrés Molina.',
    "Otros visitaron el granero de piedra, que fue construido en 1820. Muchos se quedaron a comer.",
    "La cooperativa espera vender 4.000 sacos de harina antes del verano.",
]


def _ready(texts: list[str], code: str, paragraph: int) -> list[dict]:
    return [d.item for d in derive_drafts(document(texts), code) if d.ready and d.paragraph == paragraph]


def test_quotation_with_its_speaker_is_asked():
    items = _ready(BATHS, "en", 3)
    assert any(i.get("answer") == 23 and "said swimming coach Helen Marsh" in i["prompt"] for i in items)


def test_spanish_quotation_with_its_speaker_is_asked():
    items = _ready(MOLINO, "es", 3)
    assert any(i.get("answer") == 31 and "dijo el molinero Andrés Molina" in i["prompt"] for i in items)


def test_relative_clause_asked_with_its_noun():
    items = _ready(BATHS, "en", 4)
    assert any(i.get("answer") == 1898 and "The restored tiled hall first opened in ____." in i["prompt"] for i in items)
    assert all("Many came" not in i["prompt"] for i in items)
    assert any("Many came to see the restored tiled hall, which first opened in 1898." in i["explanation"] for i in items)


def test_spanish_relative_clause_asked_with_its_noun():
    items = _ready(MOLINO, "es", 4)
    assert any(i.get("answer") == 1820 and "El granero de piedra fue construido en ____." in i["prompt"] for i in items)


def test_time_demonstrative_only_inside_a_tagged_quotation():
    assert context.speaker_time_only('"I have never seen a crowd like this morning\'s," said coach Helen Marsh.', EN)
    assert context.speaker_time_only('"We opened the doors this week," Dunmore said.', EN)
    assert context.speaker_time_only('"Nunca había visto tanta gente como esta mañana", afirmó la consejera Marta Ibáñez.', ES)
    assert not context.speaker_time_only('"I have taken this ferry for 19 years," said deckhand Tomas Reyes.', EN)
    assert not context.speaker_time_only("This morning the council voted to close the pool.", EN)
    assert not context.speaker_time_only('"I have never seen this before," she said.', EN)


def test_pointing_quotation_stays_unasked():
    texts = [*BATHS]
    texts[2] = '"I have taken this ferry for 19 years, and the queue was the longest I remember," said deckhand Tomas Reyes.'
    assert not any("19" in str(i.get("answer", "")) or "____ years" in i.get("prompt", "") for i in _ready(texts, "en", 3))


def test_relative_clause_with_its_own_subject_is_not_rewritten():
    assert context.relative_fact("Others came to see the old hall, which the council built in 1901.", EN) is None
    assert context.relative_fact("Otros vecinos vieron el puente, que construyó la empresa Arlanza en 1901.", ES) is None
    text = "Many came to see the restored tiled hall, which first opened in 1898."
    phrase, start, end = context.relative_fact(text, EN)
    assert (phrase, text[start:end]) == ("the restored tiled hall", "first opened in 1898")


KITCHEN = [
    "Ashford closes a fire station",
    "ASHFORD — The county fire service will close the Elm Street station in May, officials announced on Thursday.",
    "The new base on the ring road cost 9 million pounds and has room for four engines.",
    'Firefighter Owen Pritchard said the crews would miss the old kitchen most of all. "Fifty years of Sunday lunches '
    'were cooked in there," he said.',
]


def test_quotation_tagged_by_a_pronoun_is_asked_with_the_sentence_naming_the_speaker():
    prompts = [str(d.item.get("prompt", "")) for d in derive_drafts(document(KITCHEN), "en") if d.paragraph == 4]
    gapped = [p for p in prompts if "he said" in p]
    assert gapped and all("Firefighter Owen Pritchard said the crews" in p for p in gapped)


def test_unnamed_speaker():
    assert context.unnamed_speaker('"Fifty years of lunches were cooked in there," he said.', EN)
    assert context.unnamed_speaker('"We will not give up," she added.', EN)
    assert context.unnamed_speaker('"No vamos a cerrar la estación", dijo.', ES)
    assert not context.unnamed_speaker('"The ring road floods every winter," said councillor Janet Obi.', EN)
    assert not context.unnamed_speaker('"No vamos a cerrar la estación", dijo la alcaldesa Rosa Pinto.', ES)


ESTACION = [
    "Robledo traslada su estación de autobuses",
    "ROBLEDO — El ayuntamiento cerrará en mayo la estación de autobuses de la calle Mayor, anunció el jueves el concejal Sergio Nieto.",
    "Muchos acudieron a la última jornada de puertas abiertas, que reunió a unas 1.500 personas. Otros se acercaron solo para despedirse.",
    "El edificio de la calle Mayor, que data de 1958, está protegido como patrimonio industrial.",
]


def test_figure_with_a_thousands_mark_inside_a_relative_clause():
    items = _ready(ESTACION, "es", 3)
    assert any(i.get("answer") == 1500 and "La última jornada de puertas abiertas reunió a unas ____ personas." in i["prompt"] for i in items)


def test_esta_the_verb_is_no_demonstrative():
    items = _ready(ESTACION, "es", 4)
    assert any(i.get("answer") == 1958 for i in items)
