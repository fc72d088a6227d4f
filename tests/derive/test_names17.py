"""Names a learner who read the text types (names4, issue 10, rule 3), own texts in English and
Spanish: a capitalised possessive before a name is the name's owner, not part of it
("Carinthia's Tobiah Wexley" is Tobiah Wexley; "Carinthia's Lindqvarn Gorge" the Lindqvarn
Gorge); a saint's name also in its short forms ("St Brannoc", «Sta. Eulalia»); a nationality
adjective keyed before a noun also the country's name, which English writes there as well ("a
Qatari fund", "a Qatar fund")."""
from __future__ import annotations

from quizapp.derive import derive_drafts
from quizapp.derive.accept_variants import DraftContext, tidy_accept_lists
from quizapp.languages import language_for
from quizapp.qtypes.typed import typed_answer_matches
from tests.helpers.drafts import accepts_for, document, fill_in_draft, typed_accepts

MINISTERS_EN = [
    "The Drava power line",
    "The treaty was signed by the three trade ministers: Carinthia's Tobiah Wexley, Styria's Orrin Galbraith and Tyrol's Ambrose Pettifer.",
    "In the autumn, Wexley told the assembly that the line would repay its cost within nine years.",
    "Galbraith, for his part, warned that the winter loads would overwhelm the old pylons.",
    "The new cable car climbs to Carinthia's Lindqvarn Gorge, the steepest valley of the province.",
    "Pettifer called the treaty the worst bargain his province had struck in a generation.",
]


def _gaps(lines: list[str], lang: str) -> list[tuple[str, list[str]]]:
    return [(str(d.item.get("prompt", "")), a) for d in derive_drafts(document(lines), lang) for a in typed_accepts([d])]


def test_a_possessive_place_before_a_name_is_no_part_of_it() -> None:
    """"____ told the assembly" keyed on Wexley accepts "Tobiah Wexley", the name a learner
    types, and no list holds "Carinthia's Tobiah Wexley"; the gorge is "Lindqvarn Gorge"."""
    gaps = _gaps(MINISTERS_EN, "en")
    assert gaps
    for prompt, accept in gaps:
        assert not any("'s " in a for a in accept), (prompt, accept)
    wexley = [a for prompt, a in gaps if a and a[0] == "Wexley"]
    assert wexley and all("Tobiah Wexley" in a for a in wexley), wexley
    drafts = derive_drafts(document(MINISTERS_EN), "en")
    texts = " ".join(str(d.item) for d in drafts)
    assert "Carinthia's Lindqvarn Gorge'" not in texts and "Carinthia's Tobiah Wexley'" not in texts


def test_a_valley_or_a_gorge_accepts_its_own_name() -> None:
    """"climbs to Carinthia's ____" keyed "Lindqvarn Gorge": "Lindqvarn" too, as "Pacaya" for
    the Pacaya Volcano; «el Valle de Quimsa»: «Quimsa»."""
    gorge = accepts_for(derive_drafts(document(MINISTERS_EN), "en"), "Lindqvarn Gorge")
    assert gorge and all("Lindqvarn" in a for a in gorge), gorge
    lines = [
        "Los viñedos de Quimsa",
        "Los primeros viñedos del Valle de Quimsa se plantaron en 1840 junto al río.",
        "En 1905 una helada arruinó la cosecha de todo el Valle de Quimsa.",
    ]
    valley = accepts_for(derive_drafts(document(lines), "es"), "Valle de Quimsa")
    assert valley and all("Quimsa" in a for a in valley), valley


def test_a_possessive_that_is_part_of_a_name_stays() -> None:
    """"St Mary's Church", "King's Cross", "Kaspar Lindqvist's Ferry Suite": the word after the
    possessive is a common word, the possessive belongs to the name."""
    lines = [
        "The old quarter",
        "The bells of St Mary's Church were recast in 1867 by a foundry at King's Cross.",
        "The choir first sang Kaspar Lindqvist's Ferry Suite in the nave in 1902.",
    ]
    keys = {a[0] for _, a in _gaps(lines, "en") if a}
    assert not {"Church", "Cross", "Mary", "King", "Ferry Suite"} & keys, keys


def _tidied(lang: str, prompt: str, key: str, lines: list[str]) -> list[str]:
    draft = fill_in_draft(prompt, key)
    tidy_accept_lists(draft, DraftContext(language_for(lang), frozenset(), "\n".join(lines)))
    return [str(a) for a in draft.item["accept"]]


CHAPEL_EN = [
    "The north bank",
    "The old chapel, the Church of Saint Brannoc, stands on the north bank of the estuary.",
    "Its tower was rebuilt in 1788 after a storm.",
]
CHAPEL_ES = [
    "La orilla norte",
    "La vieja capilla, la Iglesia de Santa Eulalia, se levanta en la orilla norte del estuario.",
    "Su torre fue reconstruida en 1788 tras un temporal.",
]


def _marked_right(accept: list[str], typed: str, lang: str) -> bool:
    """Whether the answer POST's grader marks ``typed`` right against ``accept``."""
    return typed_answer_matches({"accept": accept, "typos": False}, typed, lang)


def test_a_saint_is_accepted_in_its_short_forms() -> None:
    """"the Church of Saint Brannoc": "St Brannoc", "St. Brannoc", "Saint Brannoc", "Church of
    St Brannoc", "St Brannoc's Church"; «la Iglesia de Santa Eulalia»: «Santa Eulalia», «Sta.
    Eulalia», «Iglesia de Sta. Eulalia»; and a key written short accepts the word in full."""
    en = _tidied("en", "The old chapel, the ____, stands on the north bank of the estuary.", "Church of Saint Brannoc", CHAPEL_EN)
    for form in ("St Brannoc", "St. Brannoc", "Saint Brannoc", "Church of St Brannoc", "St Brannoc's Church", "St Brannoc Church"):
        assert _marked_right(en, form, "en"), (form, en)
    es = _tidied("es", "La vieja capilla, la ____, se levanta en la orilla norte del estuario.", "Iglesia de Santa Eulalia", CHAPEL_ES)
    for form in ("Santa Eulalia", "Sta. Eulalia", "Sta Eulalia", "Iglesia de Sta. Eulalia"):
        assert _marked_right(es, form, "es"), (form, es)
    short = _tidied("en", "The fair was held at ____ every May.", "St Ives", ["The fair", "The fair was held at St Ives every May."])
    assert _marked_right(short, "Saint Ives", "en") and _marked_right(short, "St. Ives", "en"), short


def test_a_saint_alone_is_not_accepted_where_the_text_names_another_thing_so() -> None:
    """"Saint Brannoc" would name the church and the well alike."""
    lines = [*CHAPEL_EN, "Pilgrims drank from Saint Brannoc's Well below the churchyard."]
    en = _tidied("en", "The old chapel, the ____, stands on the north bank of the estuary.", "Church of Saint Brannoc", lines)
    assert not _marked_right(en, "St Brannoc", "en") and not _marked_right(en, "Saint Brannoc", "en"), en
    assert _marked_right(en, "Church of St Brannoc", "en"), en


def test_a_nationality_adjective_before_a_noun_accepts_the_country() -> None:
    """"an ____ fund" keyed "Emirati": "UAE", "United Arab Emirates", "Emirates"; "a ____ fund"
    keyed "Qatari": "Qatar"; keyed "Qatar": "Qatari". Not where the slot is no modifier
    ("the fund was ____"); in Spanish too since accept4 («un fondo ____» keyed «catarí»: «Catar»)."""
    lines = ["The harbour", "An Emirati fund bought the harbour in 2011, and a Qatari bank lent the rest."]
    emirati = _tidied("en", "An ____ fund bought the harbour in 2011.", "Emirati", lines)
    for form in ("UAE", "United Arab Emirates", "Emirates"):
        assert form in emirati, (form, emirati)
    assert "Qatar" in _tidied("en", "A ____ bank lent the rest.", "Qatari", lines)
    assert "Qatari" in _tidied("en", "A ____ bank lent the rest.", "Qatar", lines)
    assert "Qatar" not in _tidied("en", "The bank that lent the rest was ____.", "Qatari", lines)
    assert "Spain" not in _tidied("en", "The ____ translation appeared in 1921.", "Spanish", ["The book", "The Spanish translation appeared in 1921."])
    # Spanish too since accept4 (a learner asked who bought it names the country: spanish_demonym_country).
    es = _tidied("es", "Un fondo ____ compró el puerto en 2011.", "catarí", ["El puerto", "Un fondo catarí compró el puerto en 2011."])
    assert "Catar" in es, es
