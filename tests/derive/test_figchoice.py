"""figchoice (issue 10): choice items on figures a reader who never saw the document settles from
the sentence or from plausibility. A fresh blind reader beat chance by 50 points, most of it on
figure choices: an option of another order of magnitude than the scene allows, a neighbour figure
the gap pairs with ("5 or ____"), a word that orders the options ("only ____", "cut to ____", "a
new, longer walk of ____"), and false statements whose swapped figure is far from the true one.
Texts of our own, English and Spanish:

1. a figure's wrong options lie within a band of the key (a factor of 2.5 either way): no 36
   passengers among "5 or 6", no 700 metres for a 180-metre landing stage;
2. a figure choice (single choice, cloze options) is not offered where the
   sentence settles it: a figure of the same unit joined to the gap ("210 or ____"), a comparative
   or a change word beside it ("only", "cut to", «solo», «bajó a», «más largo»); the typed
   numeric item asks it;
3. a false statement swaps in a figure of the same band ("a towpath of 260 metres" for 700 is no
   swap)."""
from __future__ import annotations

import re

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.blindness import is_date, option_number, option_sets
from quizapp.derive.trivial_gaps import figure_cue
from quizapp.languages import language_for
from tests.helpers.drafts import document

BAND = 2.5  # a wrong option, or a swapped figure, within this factor of the key
REFUSED = "needs a fact whose swap is plausible and false"

FERRY = [
    "The Tarn Head ferry",
    "The Tarn Head ferry crosses Lake Orrin between the villages of Tarn Head and Wexby, on the eastern shore.",
    "The landing stage at Wexby reaches 180 metres out into the lake. At Tarn Head a stone slipway runs 95 metres down to the water, "
    "beside a breakwater of 260 metres built by the fishermen. A towpath of 700 metres leads from the slipway to the church.",
    "The first boat, the Heron, was built by the joiner Silas Brede and carried 36 passengers. The second, the Grebe, carried "
    "58 passengers and a cart. Most crossings today carry 5 or 6 passengers in winter.",
    "The Grebe burned 14 kilograms of coal an hour. Its boiler weighed 640 kilograms, and its bell 22 kilograms.",
    "In the hard winter the ferry ran for only 9 days. In a normal winter it runs for about 70 days, and in summer for 150 days.",
    "The parish raised 3,400 pounds for a new hull. The county gave 5,200 pounds, and a fair on the green brought in 1,900 pounds.",
]
BARCA = [
    "La barca de Tarn",
    "La barca de Tarn cruza el lago Orrin entre los pueblos de Tarn y Wexby, en la orilla oriental.",
    "El embarcadero de Wexby se adentra 180 metros en el lago. En Tarn una rampa de piedra baja 95 metros hasta el agua, junto a un "
    "rompeolas de 260 metros que levantaron los pescadores. Un camino de sirga de 700 metros lleva desde la rampa hasta la iglesia.",
    "La primera barca, la Garza, la construyó el carpintero Silvestre Breda y llevaba 36 pasajeros. La segunda, el Somormujo, llevaba "
    "58 pasajeros y un carro. Hoy la mayoría de los viajes llevan 5 o 6 pasajeros en invierno.",
    "El Somormujo quemaba 14 kilos de carbón por hora. Su caldera pesaba 640 kilos, y su campana 22 kilos.",
    "En el invierno duro la barca funcionó solo 9 días. En un invierno normal funciona unos 70 días, y en verano 150 días.",
    "La parroquia reunió 3.400 libras para un casco nuevo. La diputación dio 5.200 libras, y una feria en la plaza aportó 1.900 libras.",
]
ROPE = [
    "The Holm rope walk",
    "The rope walk at Holm is a covered shed where hemp was twisted into rope for the herring boats.",
    "A finished cable was 210 or 260 metres long, and it was coiled in the tarring house.",
    "The old walk of Ezra Cumming had been only 160 metres, so the owners built a new, longer walk of 300 metres in 1851.",
    "The tarring house stood 120 metres from the river, and the hemp store lay 180 metres from the quay.",
    "Each spinner walked backwards 14 kilometres a day. A boy turning the wheel walked 9 kilometres, and the foreman about 20 kilometres.",
    "The wage was cut to 11 shillings a week in the slump. A spinner had earned 16 shillings before it, and a foreman 24 shillings.",
]
CORDELERIA = [
    "La cordelería de Holm",
    "La cordelería de Holm es un cobertizo largo donde el cáñamo se torcía en cuerda para los barcos del arenque.",
    "Un cable acabado medía 210 o 260 metros, y se enrollaba en la casa del alquitrán.",
    "El viejo paseo de Ezequiel Cumming medía solo 160 metros, así que los dueños levantaron un paseo nuevo, más largo, de 300 metros en 1851.",
    "La casa del alquitrán estaba a 120 metros del río, y el almacén de cáñamo a 180 metros del muelle.",
    "Cada hilador caminaba hacia atrás 14 kilómetros al día. Un muchacho que giraba la rueda caminaba 9 kilómetros, y el capataz unos 20 kilómetros.",
    "El jornal bajó a 11 chelines por semana durante la crisis. Un hilador había ganado 16 chelines antes, y un capataz 24 chelines.",
]
# The gaps each rope-walk text's own words settle: (the words before the gap, the key).
SETTLED = {
    "en": [("cable was 210 or ", "260 metres"), ("had been only ", "160 metres"), ("a new, longer walk of ", "300 metres"),
           ("was cut to ", "11 shillings")],
    "es": [("medía 210 o ", "260 metros"), ("medía solo ", "160 metros"), ("más largo, de ", "300 metros"), ("bajó a ", "11 chelines")],
}


def _figure_sets(draft: Draft, code: str) -> list[tuple[str, float, list[float]]]:
    """(the prompt with "____", the key's value, the wrong options' values) of each option set of
    figures (no years) the draft offers."""
    found = []
    for prompt, options in option_sets(draft.item):
        read = [option_number(text, code) for text, _ in options]
        if not options or any(r is None or is_date(text, code) for r, (text, _) in zip(read, options)):
            continue
        keys = [r[0] for r, (_, right) in zip(read, options) if r is not None and right]
        if len(keys) == 1:
            found.append((prompt, keys[0], [r[0] for r, (_, right) in zip(read, options) if r is not None and not right]))
    return found


def _swapped(draft: Draft, lines: list[str]) -> tuple[str, str, str] | None:
    """(the statement, the figure it swaps out, the figure it swaps in) of a false statement."""
    item = draft.item
    if item.get("type") != "true_false" or item.get("answer") or not draft.answer_span:
        return None
    paragraph = lines[draft.paragraph - 1]
    start, end = draft.answer_span
    statement = re.sub(r"^[^:]*:\s*", "", str(item["prompt"]))
    for sentence in re.split(r"(?<=\.)\s+", paragraph):
        at = paragraph.find(sentence)
        if at <= start and end <= at + len(sentence):
            before, after = sentence[: start - at], sentence[end - at:]
            if statement.startswith(before) and statement.endswith(after):
                return statement, paragraph[start:end], statement[len(before): len(statement) - len(after)]
    return None


def _value(text: str, code: str) -> float | None:
    read = option_number(text, code)
    return read[0] if read else None


def test_figure_options_lie_within_a_band_of_the_key() -> None:
    """"Most crossings today carry 5 or ____" offered 36 and 58 passengers beside the key 6 (a
    ready cloze), and the landing stage's 180 metres came with the towpath's 700: a reader picks
    the one option of the scene's size. Every option set of figures, ready or held back, keeps
    its wrong options within a factor of 2.5 of the key."""
    for lines, code in ((FERRY, "en"), (BARCA, "es")):
        for draft in derive_drafts(document(lines), code):
            for prompt, key, wrong in _figure_sets(draft, code):
                assert all(key / BAND <= w <= key * BAND for w in wrong), (prompt, key, wrong)


def test_a_choice_is_still_offered_among_figures_of_one_band() -> None:
    """The parish's 3,400 pounds beside the county's 5,200 and the fair's 1,900, the spinner's 14
    kilometres beside 9 and 20: options a reader cannot tell apart without the text stay offered."""
    for lines, code in ((FERRY, "en"), (BARCA, "es"), (ROPE, "en"), (CORDELERIA, "es")):
        offered = [s for d in derive_drafts(document(lines), code) if d.ready for s in _figure_sets(d, code)]
        assert offered, lines[0]


def test_a_figure_the_sentence_settles_is_not_offered_with_options() -> None:
    """"A finished cable was 210 or ____" (the round neighbour), "had been only ____" (the small
    one), "a new, longer walk of ____" (the large one), "The wage was cut to ____" (below the
    earlier wage): no ready choice or cloze option asks them; the typed numeric item of the same
    figure is drafted."""
    for lines, code in ((ROPE, "en"), (CORDELERIA, "es")):
        drafts = derive_drafts(document(lines), code)
        for before, key in SETTLED[code]:
            for d in drafts:
                if not d.ready:
                    continue
                for prompt, _key, _wrong in _figure_sets(d, code):
                    assert f"{before}____" not in prompt, (prompt, d.item)
            numeric = [d for d in drafts if d.item.get("type") == "numeric" and before.strip() in str(d.item["prompt"])]
            assert numeric, (before, key)


def test_a_false_statement_swaps_a_figure_of_the_keys_band() -> None:
    """«Un camino de sirga de 260 metros» (the true towpath is 700 metres) was a ready false
    statement: a swap of another size reads as the odd one. Every false statement with a swapped
    figure, ready or held back, swaps one within a factor of 2.5 of the true one."""
    for lines, code in ((FERRY, "en"), (BARCA, "es"), (ROPE, "en"), (CORDELERIA, "es")):
        for d in derive_drafts(document(lines), code):
            if (swap := _swapped(d, lines)) is None or any(REFUSED in p for p in d.problems):
                continue  # a statement refused for want of a fair swap is shown to the reviewer as it is
            true, false = _value(swap[1], code), _value(swap[2], code)
            if true is None or false is None or is_date(swap[1], code):
                continue  # a person, a date
            assert true / BAND <= false <= true * BAND, swap


def test_the_words_that_settle_a_figure_among_options() -> None:
    """The cues a blind reader used, in sentences of our own: a figure joined to the gap, a
    comparative, a change or a word of size beside it. A superlative is left to extreme_option
    (a choice whose key is not the extreme is fair), and an adjective of place is no comparative
    («la viga superior»)."""
    en, es = language_for("en"), language_for("es")
    settled = (
        ("Most cider is sold at 5 or ", " percent.", en), ("The slab measures 4.2 by ", " metres.", en),
        ("Shoals of between 28 and ", " fish were counted.", en), ("The company opened a new, longer route of about ", ".", en),
        ("The fee was cut to ", " a year.", en), ("The harvest was roughly a fivefold increase on ", ".", en),
        ("The hut sleeps only ", " walkers.", en), ("The hall seats as many as ", " people.", en),
        ("The old quay was ", " longer than the new one.", en), ("The new hall holds ", " times as many people.", en),
        ("Las piezas miden de 12 a ", " centímetros.", es), ("La sala mide 20 por ", " metros.", es),
        ("El refugio tiene solo ", " camas.", es), ("La cosecha se duplicó hasta ", ".", es),
        ("Levantaron un paseo nuevo, más largo, de ", " en 1851.", es), ("El precio bajó a ", " el kilo.", es),
    )
    for before, after, lang in settled:
        assert figure_cue(before, after, lang), before
    fair = (
        ("The parish raised ", " for a new hull.", en), ("Visitors can walk about ", " out over the valley.", en),
        ("The depot lies below the railway's highest point, at ", ".", en), ("The Grebe burned ", " of coal an hour.", en),
        ("The bell of the Grebe rang ", " times at each landing.", en), ("La campana sonaba ", " veces en cada llegada.", es),
        ("La viga superior se encuentra a ", " sobre el agua.", es), ("La estación queda por debajo del punto más alto de la línea, a ", ".", es),
        ("En Tarn una rampa de piedra baja ", " hasta el agua.", es), ("La parroquia reunió ", " para un casco nuevo.", es),
    )
    for before, after, lang in fair:
        assert figure_cue(before, after, lang) is None, before
