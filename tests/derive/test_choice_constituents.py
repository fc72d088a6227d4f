"""What a choice item shows must read as the text means it (issue 10, brief choices2): a
"who ...?" item among people offers no body written like a name ("Norvik Ltd", "Carrow RC"), an
option or a gap's key is a whole name and not a preposition with it ("For Pryor" from "For
Pryor herself, ..."), and a quoted sentence whose "the club" meant the club of the sentence
before is shown with that sentence, or not asked. Our own small texts (a river ferry's tender,
a glassworks strike, two rowing clubs), written for these tests."""

from __future__ import annotations

from quizapp.derive import Draft, derive_drafts
from tests.helpers.drafts import document

FERRY = document([
    "The river ferry contract",
    "Last spring the county put the Carrow river ferry out to tender, after the rowing club had run it since 1988.",
    "Harbourmaster Ellen Drury warned that a private operator would cut the winter sailings.",
    "Norvik Ltd announced that a single boat could run the crossing all year.",
    "Carrow RC argued that volunteers knew the tides better than any firm.",
    "Ferry skipper Owen Blake said that the new timetable left no time for repairs.",
    "Councillor Mary Hale insisted that the fares would stay the same until 2030.",
    "Boatman Joost van Dijk said that the landing stage needed new piles before the winter.",
])
BARCA = document([
    "El contrato de la barca del río",
    "La diputación sacó a concurso la barca del Orza, que el club de remo gestionaba desde 1988.",
    "La capitana del puerto Elena Duro advirtió que un operador privado recortaría los viajes de invierno.",
    "Naviera Norvik SL aseguró que un solo barco bastaría para cubrir el paso todo el año.",
    "CR Orzán defendió que los voluntarios conocían las mareas mejor que cualquier empresa.",
    "El patrón Óscar Blanco explicó que el nuevo horario no dejaba tiempo para las reparaciones.",
    "La concejala María Hoz insistió en que las tarifas no subirían hasta 2030.",
    "Real Orzana anunció que prestaría sus lanchas durante las obras del embarcadero.",
])
PEOPLE = {
    "en": ("Ellen Drury", "Owen Blake", "Mary Hale", "Joost van Dijk"),
    "es": ("Elena Duro", "Óscar Blanco", "María Hoz"),
}
BODIES = {"en": ("Norvik Ltd", "Carrow RC"), "es": ("Naviera Norvik SL", "CR Orzán", "Real Orzana")}


def _speaker_items(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "single_choice" and d.item["prompt"].startswith(("According to the text, who ", "Según el texto, ¿quién"))]


def test_a_club_or_a_company_written_like_a_name_is_a_body_among_bodies() -> None:
    """"Who warned that ...?" among three people and "Norvik Ltd": a reader drops the company.
    A sports club's mark (FC, RC, Real, United), a company's form (Ltd, SL, GmbH) or an
    abbreviation in capitals makes a two-word name a body's; and a person's name with a particle
    ("Joost van Dijk") is still a person's."""
    for paragraphs, code in ((FERRY, "en"), (BARCA, "es")):
        items = _speaker_items(derive_drafts(paragraphs, code))
        assert items, code
        people_items = []
        for d in items:
            options = [str(c["text"]) for c in d.item["choices"]]
            people = [o for o in options if any(p in o for p in PEOPLE[code])]
            bodies = [o for o in options if any(b in o for b in BODIES[code])]
            assert not (people and bodies), (code, d.item["prompt"], options)
            if people:
                people_items.append(d)
        assert people_items, code
    en_options = {str(c["text"]) for d in _speaker_items(derive_drafts(FERRY, "en")) for c in d.item["choices"]}
    assert any("Joost van Dijk" in o for o in en_options) and not any(o.endswith("Dijk") and "van" not in o for o in en_options)


STRIKE = document([
    "The glassworks strike",
    "The strike at the Harwick glassworks began in March 1974, when the owners cut the night shift.",
    "Union leader Agnes Pryor led the first march to the town hall, and Walter Gibb joined her a week later.",
    "For Pryor herself, the settlement came too late: she had already left the works for a post in Leeds.",
    "Of Gibb, the papers wrote little until he took over the union's branch in 1981.",
])


def test_a_name_opening_a_sentence_after_a_capitalised_preposition_is_the_name_alone() -> None:
    """"For Pryor herself, the settlement came too late": the name is Pryor; "For Pryor" as a
    key (or an option) is a phrase cut from the sentence, not a name of the text."""
    for d in derive_drafts(STRIKE, "en"):
        shown = [str(a) for a in d.item.get("accept", [])] + [str(c["text"]) for c in d.item.get("choices", [])]
        shown += [str(p[side]) for p in d.item.get("pairs", []) for side in ("left", "right")]
        assert not any(s.startswith(("For ", "Of ")) for s in shown), (d.item.get("prompt"), shown)


ROWING = document([
    "Two rowing clubs on the Tamble",
    "Harwick Rowing Club trained most of the county's champion crews in the 1980s. Tom Ashby moved to Kingsbridge "
    "RC in 1991 and Neil Croft followed in 1992, and the club never again won the county regatta.",
    "The Tamble regatta has been rowed every June since 1872 over a course of 1,800 metres.",
])
REMO = document([
    "Dos clubes de remo en el Tamble",
    "El Club de Remo Harwick formó a la mayoría de los campeones de la comarca en los años ochenta. Tomás Ascaso se "
    "fue al Náutico Kingsbridge en 1991 y Nel Cruz lo siguió en 1992, y el club no volvió a ganar la regata comarcal.",
    "La regata del Tamble se rema cada junio desde 1872 en un recorrido de 1.800 metros.",
])
LEANING = {"en": ("never again won", "trained most"), "es": ("no volvió a ganar", "formó a la mayoría")}


def test_a_sentence_whose_club_is_the_previous_sentences_is_shown_with_it() -> None:
    """"Tom Ashby moved to Kingsbridge RC in 1991 ..., and the club never again won": "the club"
    is Harwick's, of the sentence before; quoted alone it reads as Kingsbridge's. A sentence whose
    definite "the club" («el club») has another name of its own before it, while the sentence
    before names another, is quoted with that sentence (or not asked)."""
    for paragraphs, code in ((ROWING, "en"), (REMO, "es")):
        drafts = derive_drafts(paragraphs, code)
        second, first = LEANING[code]
        quoting = [d for d in drafts if second in str(d.item.get("prompt", "")) + str(d.item.get("passage", ""))]
        for d in quoting:
            assert first in str(d.item.get("prompt", "")) + str(d.item.get("passage", "")), (code, d.item.get("prompt"))
        assert any(d.ready and d.paragraph == 2 for d in drafts), code
