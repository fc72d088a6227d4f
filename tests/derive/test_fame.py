"""Brief fame (issue 10): items a well-read person answers without the document, because the
prompt names the defining relation of a famous entity, in texts of our own (a market's ledger, a
cycle scheme, a bakery): the head of a world city or of a country's government by office, place
and year ("In 2003 ____, the mayor of New York", «¿Quién presidía el Gobierno de España en
1982?») and the "who was this?" card whose back is that office; a world body's seat ("the
European Central Bank, which sits in ____"); a side or the year of one country invading another
("When Russia invaded ____ in 2022"); the body behind a famous index ("the HICP, the index
published by ____"); a name and the family, dynasty or movement made from it ("The Ptolemaic
dynasty, founded by ____"). A town's mayor, a deputy, a firm's founder, a cooperative's seat, a
local index and a family named after a given name are what a reader learns from the text, and
stay asked."""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts, giveaways, world_knowledge
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, document, fill_in_draft, numeric_draft

GAP = "According to the text, what goes in the gap? “{}”"
GAP_ES = "Según el texto, ¿qué va en el hueco? «{}»"
CHOICE = "According to the text, which of these goes in the gap? “{}”"
CHOICE_ES = "Según el texto, ¿cuál de estas opciones va en el hueco? «{}»"


def _why(draft: Draft, language: str, document_text: str = "") -> list[str]:
    """What the per-draft checks of general knowledge find (giveaways and world_knowledge)."""
    lang = language_for(language)
    return (giveaways.problems(draft, lang, []) + world_knowledge.known_to_the_world(draft, lang)
            + world_knowledge.known_in_its_setting(draft, lang, document_text or str(draft.item.get("prompt", ""))))


def _held(sentence: str, key: str, language: str, *, choice: bool = False) -> list[str]:
    if key.isdigit():
        frame = "According to the text, what number goes in the gap? “{}”" if language == "en" else "Según el texto, ¿qué número va en el hueco? «{}»"
        return _why(numeric_draft(frame.format(sentence), int(key)), language)
    if choice:
        wrong = ["Tomás Ovalle", "Inés Varga"] if language == "es" else ["Gareth Mold", "Dora Pell"]
        return _why(choice_draft((CHOICE if language == "en" else CHOICE_ES).format(sentence), key, wrong), language)
    return _why(fill_in_draft((GAP if language == "en" else GAP_ES).format(sentence), key), language)


def _role_card(person: str, back: str, language: str) -> Draft:
    front = language_for(language).prompt("card_role", person=person)
    return Draft("p2-card-x", "card", {"front": front, "back": back, "source": [2], "tags": ["people"]}, 2, None, 1.0)


def test_the_head_of_a_world_city_or_of_a_government_by_office_place_and_year_is_held() -> None:
    cases = [
        ("In 2003 ____, the mayor of New York, signed an order that kept the market open.", "Michael Bloomberg", "en"),
        ("In 2008 ____, then mayor of London, asked the borough of Hackney to copy the grant.", "Boris Johnson", "en"),
        ("____ was mayor of London in 2008 when the founders visited Borough Market.", "Boris Johnson", "en"),
        ("In 2008 London's mayor, ____, asked the borough to copy it.", "Boris Johnson", "en"),
        ("In 2010 the head of the British government, ____, opened the new hall.", "David Cameron", "en"),
        ("En 1982 ____, presidente del Gobierno de España, visitó el mercado.", "Felipe González", "es"),
        ("En 1982 ____ presidía el Gobierno de España y el mercado pidió un techo.", "Felipe González", "es"),
        ("En 1992, cuando ____ era alcalde de Barcelona, la ciudad celebró los Juegos.", "Pasqual Maragall", "es"),
        ("En 2016 la alcaldesa de Madrid, ____, inauguró la nave.", "Manuela Carmena", "es"),
    ]
    for sentence, key, language in cases:
        assert _held(sentence, key, language), (sentence, key)
    assert _held("In 2003 ____, the mayor of New York, signed an order that kept the market open.", "Michael Bloomberg", "en", choice=True)


def test_a_who_question_on_such_a_head_is_held() -> None:
    cases = [
        ("According to the text, who was the mayor of New York when the city introduced the grant in 2003?", "Michael Bloomberg", "en"),
        ("Según el texto, ¿quién presidía el Gobierno de España en 1982?", "Felipe González", "es"),
        ("According to the text, who was president of Chile in 2018 when the mill closed?", "Sebastián Piñera", "en"),
    ]
    for prompt, key, language in cases:
        assert _why(fill_in_draft(prompt, key), language), prompt
    assert not _why(fill_in_draft("According to the text, who was mayor of Wenlow in 2015?", "Edith Crane"), "en")
    assert not _why(fill_in_draft("According to the text, who was president of the cooperative in 2018 when the mill closed?", "Ines Varga"), "en")


def test_a_town_mayor_a_deputy_or_a_lesser_city_stays_asked() -> None:
    cases = [
        ("In 2015 ____, the mayor of Wenlow, gave grants to seven bakers.", "Edith Crane", "en"),
        ("In 2015 the town's mayor, ____, laid the first stone.", "Edith Crane", "en"),
        ("In 2008 the deputy mayor of London, ____, opened the covered aisles.", "Gareth Mold", "en"),
        ("En 1921 la alcaldesa de Villaseca, ____, puso la primera piedra.", "Eulalia Carrasco", "es"),
        ("En 2016 el teniente de alcalde de Madrid, ____, inauguró la nave.", "Pedro Ruiz", "es"),
        ("En 1995 ____, alcaldesa de Valencia, inauguró la nave.", "Rita Barberá", "es"),
        # A government no country's: any body's inquiry.
        ("In 1990 ____ led the government inquiry into the Spanish market.", "Ines Varga", "en"),
        # No year: which of the city's mayors is the text's.
        ("The mayor of New York, ____, signed an order that kept the market open.", "Dora Pell", "en"),
    ]
    for sentence, key, language in cases:
        assert not _held(sentence, key, language), (sentence, key)


def test_a_famous_name_carded_with_its_office_is_held_a_local_one_kept() -> None:
    lang = language_for("en")
    held = [
        (_role_card("Michael Bloomberg", "Mayor of New York", "en"), "en"),
        (_role_card("Boris Johnson", "Then mayor of London", "en"), "en"),
        (_role_card("Angela Merkel", "Chancellor of Germany", "en"), "en"),
        (_role_card("Felipe González", "Presidente del Gobierno de España", "es"), "es"),
    ]
    for card, language in held:
        assert giveaways.problems(card, language_for(language), []), card.item
    for person, back in (("Edith Crane", "Mayor of Wenlow"), ("Ramon Pineyro", "Mayor of Madrid"), ("Michael Bloomberg", "Founder of a data firm")):
        assert not giveaways.problems(_role_card(person, back, "en"), lang, []), (person, back)


def test_a_world_bodys_seat_or_the_body_by_its_seat_is_held() -> None:
    cases = [
        ("The market's loans followed the European Central Bank, whose headquarters are in ____.", "Frankfurt", "en"),
        ("The European Central Bank, which sits in ____, published a study that cited the rules.", "Frankfurt", "en"),
        ("The ____, which sits in Frankfurt, published a study that cited the rules.", "European Central Bank", "en"),
        ("The WHO, based in ____, sent a team to the market.", "Geneva", "en"),
        ("Los préstamos seguían los tipos que fija el ____, con sede en Fráncfort.", "Banco Central Europeo", "es"),
        ("El Banco Central Europeo, con sede en ____, fija los tipos de los préstamos.", "Fráncfort", "es"),
    ]
    for sentence, key, language in cases:
        assert _held(sentence, key, language), (sentence, key)
    assert _held("The European Central Bank, which sits in ____, published a study that cited the rules.", "Frankfurt", "en", choice=True)
    for sentence, key, language in (
        ("The cooperative, based in ____, sent a team to the market.", "Frankfurt", "en"),
        ("La cooperativa, con sede en ____, fija los precios del pescado.", "Fráncfort", "es"),
    ):
        assert not _held(sentence, key, language), (sentence, key)


def test_a_side_or_the_year_of_one_country_invading_another_is_held() -> None:
    cases = [
        ("When Russia invaded ____ in 2022, the price of sunflower oil doubled.", "Ukraine", "en"),
        ("When ____ invaded Ukraine in 2022, the price of sunflower oil doubled.", "Russia", "en"),
        ("When Russia invaded Ukraine in ____, the price of sunflower oil doubled.", "2022", "en"),
        ("In ____, after Russia invaded Ukraine, the price of steel rose.", "2022", "en"),
        ("After the German invasion of ____ in 1939, the mill closed.", "Poland", "en"),
        ("Cuando Rusia invadió ____ en 2022, el precio del aceite se duplicó.", "Ucrania", "es"),
        ("Tras la invasión rusa de Ucrania en ____, el aceite subió.", "2022", "es"),
        ("Tras la invasión de ____ por Irak en 1990, el petróleo subió.", "Kuwait", "es"),
    ]
    for sentence, key, language in cases:
        assert _held(sentence, key, language), (sentence, key)


def test_an_invasion_of_no_country_or_another_year_stays_asked() -> None:
    cases = [
        ("The invasion of the mill by rats in ____ closed it for a month.", "1939", "en"),
        ("Russia invaded Ukraine in 2022, and in ____ the market closed its fish hall.", "2023", "en"),
        ("In 2022 a cooperative from ____ invaded the market with cheap bread.", "Leeds", "en"),
        ("Cuando las ratas invadieron la ____ en 1939, el molino cerró.", "Nave", "es"),
    ]
    for sentence, key, language in cases:
        assert not _held(sentence, key, language), (sentence, key)


def test_the_body_behind_a_famous_index_is_held_a_local_index_kept() -> None:
    for sentence, key, language in (
        ("The study measured prices with the HICP, the index published by ____, and found a rise.", "Eurostat", "en"),
        ("Varga seguía el IPCA, el índice de precios que publica ____ para la zona del euro.", "Eurostat", "es"),
    ):
        assert _held(sentence, key, language), (sentence, key)
    for sentence, key, language in (
        ("The market's own price index, published by ____, rose in May.", "Ines Varga", "en"),
        ("The HICP, which the stallholders ignored, was praised by ____.", "Carlo Benedetti", "en"),
    ):
        assert not _held(sentence, key, language), (sentence, key)


def test_a_name_and_the_family_or_movement_made_from_it_give_each_other_away() -> None:
    cases = [
        ("The Ptolemaic dynasty, founded by ____, taxed the markets of Egypt.", "Ptolemy I", "en"),
        ("The ____ ruled Egypt after Ptolemy I founded the dynasty.", "Ptolemies", "en"),
        ("The dynasty founded by Ptolemy I, the ____ dynasty, ruled Egypt.", "Ptolemaic", "en"),
        ("The ____ of the 1980s, named after Margaret Thatcher, shaped the market.", "Thatcherism", "en"),
        ("La dinastía ptolemaica, fundada por ____, cobraba impuestos en los mercados.", "Ptolomeo I", "es"),
        ("La dinastía ____, fundada por los Borbones, abrió los primeros mercados cubiertos.", "borbónica", "es"),
        ("El ____, que debe su nombre a Margaret Thatcher, cambió el mercado.", "thatcherismo", "es"),
    ]
    for sentence, key, language in cases:
        assert _held(sentence, key, language), (sentence, key)


def test_names_of_no_family_stay_asked() -> None:
    cases = [
        ("The clerks of the ____ kept their accounts on papyrus.", "Ptolemies", "en"),
        ("The hall was built by the Haddon Brothers in ____.", "1921", "en"),
        ("El puesto de Quintanilla lo heredó su sobrina ____ en 1990.", "Eulalia", "es"),
    ]
    for sentence, key, language in cases:
        assert not _held(sentence, key, language), (sentence, key)
    # A given name made from another is another person; a given name's plural another family.
    for sentence, key, language in (
        ("Mario Ovalle dejó la nave a su primo ____ después de la guerra.", "Mariano", "es"),
        ("Paula Ordás vendió el puesto a su sobrina ____ en 1990.", "Paulina", "es"),
        ("William Harper met the ____ family at the mill.", "Williams", "en"),
    ):
        frame = GAP if language == "en" else GAP_ES
        assert not giveaways.named_family(fill_in_draft(frame.format(sentence), key), language_for(language)), (sentence, key)


MARKET = [
    "The Ledger of the Tannery Row Market",
    "In 2003 Michael Bloomberg, the mayor of New York, signed an order that let the Tannery Row market stay open until midnight. "
    "The stallholders had asked for the change for eleven years.",
    "The market's bank loans were priced against rates set by the European Central Bank, whose headquarters are in Frankfurt. "
    "The board's treasurer, Ines Varga, kept a chart of those rates on the office wall.",
    "The hall itself was built by the Haddon Brothers, a small firm founded by Thomas Haddon in 1921. "
    "The town's mayor at the time, Edith Crane, laid its first stone, and the council paid 9,500 dollars for the roof.",
]


def test_a_document_offers_no_famous_head_or_seat_and_keeps_its_own_people() -> None:
    drafts = derive_drafts(document(MARKET), "en")
    ready = [d for d in drafts if d.ready]
    shown = [" ".join(str(v) for v in d.item.values()) for d in ready]
    assert not [d.item for d in ready if d.kind == "card" and "Bloomberg" in str(d.item.get("front"))]
    assert not [d.item for d in ready if d.item.get("accept", [""])[0] == "Frankfurt" or any(c.get("correct") and c["text"] == "Frankfurt" for c in d.item.get("choices", []))]
    assert any("Edith Crane" in s or "Haddon" in s for s in shown), shown
    assert {d.paragraph for d in ready} >= {2, 3, 4}
