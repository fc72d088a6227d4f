"""English: sentence ends, dates ("31 August 1854", "August 31, 1854"), names and prompt wording."""
from __future__ import annotations

import re

from quizapp.languages import Language, words

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
            "august aug", "september sep sept", "october oct", "november nov", "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"

LANGUAGE = Language(
    code="en",
    abbreviations=words("mr mrs ms dr st prof gen col capt lt sgt rev jr sr inc ltd co no vs etc e.g i.e approx"),
    months=MONTHS,
    full_date=re.compile(
        rf"\b(?:(?P<day>[0-3]?\d)\s+{_MONTH}(?:\s+(?P<year>1\d{{3}}|20\d{{2}}))?"
        rf"|(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<day2>[0-3]?\d)(?:,\s+(?P<year2>1\d{{3}}|20\d{{2}}))?)\b"
    ),
    month_year=re.compile(rf"\b{_MONTH}\s+(?P<year>1\d{{3}}|20\d{{2}})\b"),
    titles=frozenset(
        ["President", "King", "Queen", "Emperor", "Prince", "Princess", "General", "Captain", "Admiral", "Sir", "Lord", "Lady", "Dr", "Doctor", "Professor", "Senator", "Governor", "Pope", "Mr", "Mrs", "Ms", "Colonel", "Lieutenant", "Bishop", "Chancellor", "Councillor", "Councilor", "Alderman", "Mayor", "Judge", "Justice", "Minister", "Secretary", "Inspector", "Sergeant", "Father", "Sister", "Brother", "Reverend"]
    ),
    roles=words("""physician surgeon doctor engineer secretary curate anatomist diplomat president emperor king
        queen officer captain navigator explorer chronicler cosmographer writer author scientist
        chemist physicist biologist mathematician astronomer philosopher historian architect
        governor minister chancellor senator leader chief founder director commander general admiral
        priest bishop vicar pope merchant banker businessman investor lawyer judge mayor editor
        journalist poet painter composer inventor pioneer economist politician ruler sultan
        master pilot professor teacher student widow apprentice labourer chairman chairwoman
        head member manager owner"""),
    organisation_words=words("""Company Society Board Office Commission Committee Council Senate Parliament Congress
        Authority Church Corps Army Navy School University College Institute Association Bank
        Party Ministry Department Court Compagnie Railroad Railway Agency Union Organization
        Organisation Foundation Confederation Federation Academy Museum Library Hospital Government Republic"""),
    place_words=words("""River Lake Street Road Square Ocean Sea Island Islands Cape Bay Gulf Mountains Mount Valley
        District Province City County Isthmus Strait Canal Cut Ditton Park Bridge Harbour Port"""),
    place_prepositions=words("in at from to near across into through towards toward"),
    name_connectors=words("of de del du la upon von van der for"),
    context_openers=words("""he she it they his her its their him them this these those that there here then such
        both also however but and or so yet even instead meanwhile later former latter"""),
    pronouns=words("he she they it we his her their its"),
    demonstratives=words("this these those such"),
    approximate=words("about around approximately nearly almost some roughly over more than"),
    copulas=words("is was are were"),
    determiners=words("a an the"),
    sentence_adverbs=words("today yesterday now nowadays still finally eventually currently meanwhile soon afterwards already"),
    generic_names=words("earth world sun moon congress parliament senate government crown church army navy"),
    comparators=("more than", "over", "at least", "less than", "fewer than", "under", "up to", "above", "below", "nearly", "almost", "exceeding", "as many as", "as much as"),
    date_comparators=("by", "before", "after", "since", "until", "till", "as early as", "as late as"),
    inclusive_words=words("also too both among including other others another"),
    prompts={
        "complete": "According to the text, what goes in the gap? \u201c{passage}\u201d",
        "complete_numeric": "According to the text, what number goes in the gap? \u201c{passage}\u201d",
        "choose": "According to the text, which of these goes in the gap? \u201c{passage}\u201d",
        "who": "According to the text, who {predicate}?",
        "listed": "Which of these {kinds} does the text name in this statement? \u201c{passage}\u201d Select all that apply.",
        "true_false": "True or false: {statement}",
        "cloze": "Fill in the gaps from the text.",
        "ordering": "Put these events in the order the text gives them happening, earliest first.",
        "matching_role": "Match each person to the role the text gives them.",
        "matching_date": "Match each event to the year the text gives for it.",
        "explain": "Paragraph {paragraph} says: \u201c{sentence}\u201d",
        "explain_order": "The text dates these events: {dates}.",
        "explain_roles": "The text describes them so: {roles}.",
        "blank": "____",
        "card_when": "According to the text, when did this happen? {event}.",
        "card_role": "{person}: who was this, according to the text?",
        "card_term": "{term}",
    },
    kind_names={"person": "people", "place": "places", "organisation": "organisations", "date": "dates", "year": "years"},
)
