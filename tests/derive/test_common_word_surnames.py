"""A person named by a given name and a surname that is also a common word ("Jackie King",
«Lucía Rey», «Marta Bravo»): the surname alone is what a learner types (issue 10, rule 3: a
fresh review refused "King" and «Ruiz»). The accept rules refused a familiar surname unless a
title stood before it; when the name opens with a given name (given_names.py) and the text makes
it a person's (a verb of saying, a role, a pronoun, «según», or the surname written alone as the
person later: "King said", «Rey explicó»), the surname is accepted, unless it would name
someone or something else in the document (another person of that surname, a place, a thing
the document writes with that word: "the fox", «el rey»). Texts of our own."""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from tests.helpers.drafts import accepts_for


def _accepts(paragraphs: list[Paragraph], language: str, key: str) -> list[str]:
    found = accepts_for(derive_drafts(paragraphs, language), key)
    assert found, f"no typed gap keyed {key!r}"
    return found[0]


ORCHARD_EN = [
    Paragraph(1, "The orchard trials", is_heading=True),
    Paragraph(2, "In 1958 Jackie King planted six rows of grafted pear trees on the chalk slope behind the station."),
    Paragraph(3, "The grower Dennis Bird noted that the late frosts of 1961 killed half of the blossom in a single night."),
    Paragraph(4, "Helen Moon, who kept the station's records, counted the surviving fruit by hand every autumn."),
    Paragraph(5, "King said later that the chalk drained too fast for pears and that apples would have done better there."),
]
ESTUARY_ES = [
    Paragraph(1, "El censo del estuario", is_heading=True),
    Paragraph(2, "En 1971 Lucía Rey contó las aves del estuario durante tres inviernos seguidos con un equipo pequeño."),
    Paragraph(3, "Según Carolina Ruiz, la marea alta empujaba a los correlimos hacia las salinas del norte cada tarde."),
    Paragraph(4, "La bióloga Marta Bravo comprobó que las salinas abandonadas eran el mejor refugio para las garzas."),
    Paragraph(5, "Rey explicó más tarde que el censo se repetía cada enero y que nadie faltó a ninguna de las jornadas."),
]


def test_the_common_word_surname_of_a_person_named_with_a_given_name_is_accepted_in_english() -> None:
    assert "King" in _accepts(ORCHARD_EN, "en", "Jackie King")  # "King said later" (the surname alone, as the person)
    assert "Bird" in _accepts(ORCHARD_EN, "en", "Dennis Bird")  # "The grower Dennis Bird"
    assert "Moon" in _accepts(ORCHARD_EN, "en", "Helen Moon")  # "Helen Moon, who kept ..."


def test_the_common_word_surname_of_a_person_named_with_a_given_name_is_accepted_in_spanish() -> None:
    assert "Rey" in _accepts(ESTUARY_ES, "es", "Lucía Rey")  # «Rey explicó más tarde»
    assert "Ruiz" in _accepts(ESTUARY_ES, "es", "Carolina Ruiz")  # «Según Carolina Ruiz»
    assert "Bravo" in _accepts(ESTUARY_ES, "es", "Marta Bravo")  # «La bióloga Marta Bravo»


def test_an_english_person_with_a_middle_name_is_accepted_by_the_surname() -> None:
    text = [
        Paragraph(1, "The ferry", is_heading=True),
        Paragraph(2, "In 1931 Mary Ellen Marsh ran the ferry across the estuary; she said that the tides set the timetable."),
    ]
    assert "Marsh" in _accepts(text, "en", "Mary Ellen Marsh")


def test_a_spanish_person_with_two_surnames_is_accepted_by_both_and_by_the_first() -> None:
    text = [
        Paragraph(1, "Las salinas", is_heading=True),
        Paragraph(2, "En 1975 Ramón Leal Soto midió la sal que daban las eras del sur durante cinco veranos."),
        Paragraph(3, "Leal Soto explicó que la cosecha dependía sobre todo del viento del este y no tanto del sol."),
    ]
    accepts = _accepts(text, "es", "Ramón Leal Soto")
    assert "Leal Soto" in accepts and "Leal" in accepts, accepts


def test_the_surname_is_refused_where_it_would_name_something_else() -> None:
    """The same people, but the document also writes the word for a thing ("the fox", «el
    rey»), another person of the surname, or a place so called: the surname alone names it too."""
    fox = [
        Paragraph(1, "The hen house", is_heading=True),
        Paragraph(2, "In 1958 Jackie Fox, who farmed the slope, built a hen house of larch boards behind the barn."),
        Paragraph(3, "A fox had taken nine hens in the first winter, so the wire was dug a foot into the ground."),
    ]
    assert "Fox" not in _accepts(fox, "en", "Jackie Fox")
    shared = [*ORCHARD_EN, Paragraph(6, "Her brother Martin King planted the apple rows in 1964 and said they fruited well.")]
    assert "King" not in _accepts(shared, "en", "Jackie King")
    rey = [
        Paragraph(1, "El censo del estuario", is_heading=True),
        Paragraph(2, "En 1971 Lucía Rey contó las aves del estuario durante tres inviernos seguidos. Ella anotó que el rey "
                     "había cedido aquellas marismas al municipio en el siglo XIX."),
    ]
    assert "Rey" not in _accepts(rey, "es", "Lucía Rey")
    place = [
        Paragraph(1, "Las salinas", is_heading=True),
        Paragraph(2, "En 1975 Marta Bravo midió la sal que daban las eras del sur durante cinco veranos seguidos. Ella "
                     "anotó que la sal se vendía en el pueblo de Bravo, al otro lado de la ría, cada septiembre."),
    ]
    assert "Bravo" not in _accepts(place, "es", "Marta Bravo")
    alone = [rey[0], Paragraph(2, rey[1].text.replace("el rey", "el municipio"))]
    assert "Rey" in _accepts(alone, "es", "Lucía Rey")  # «Ella anotó ...»: the same person, with no king


def test_a_name_that_nothing_marks_as_a_persons_keeps_its_common_word() -> None:
    """No given name, nor anything that makes it a person's: "Harbour King" stays whole."""
    text = [
        Paragraph(1, "The quay", is_heading=True),
        Paragraph(2, "In 1958 the Harbour King carried coal from the quay to the islands twice a week in summer."),
    ]
    assert "King" not in _accepts(text, "en", "Harbour King")
