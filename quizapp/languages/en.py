"""English: sentence ends, dates ("31 August 1854", "August 31, 1854"), names and prompt wording."""
from __future__ import annotations

import re

from quizapp.languages import Explaining, Language, pairs, words

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

_PASSIVE = re.compile(r"^(?P<subject>.+?)\s+(?P<aux>was|were)\s+(?P<rest>[a-z].*)$")
_PAST = re.compile(r"^(?P<subject>[^,]+?)\s+(?P<verb>[a-z]+ed)\b(?P<rest>.*)$")


# Irregular pasts in "-ed" that the regular rule would cut to a letter or a wrong word ("led": "l").
_SHORT_IRREGULAR_ED = {"led": "lead", "fed": "feed", "fled": "flee", "bred": "breed", "sped": "speed", "misled": "mislead"}


def _ask_when(lang: Language, event: str) -> str | None:
    """"The court reported" -> "did the court report"; "The bridge was opened" -> "was the
    bridge opened". A verb whose base form is not a known word (or an irregular past) gives None."""
    def subject(text: str) -> str:
        first, _, rest = text.partition(" ")
        return (first.lower() if first.lower() in lang.determiners else first) + (f" {rest}" if rest else "")

    if passive := _PASSIVE.match(event):
        return f"{passive.group('aux')} {subject(passive.group('subject'))} {passive.group('rest')}"
    past = _PAST.match(event)
    if past is None or len(past.group("subject").split()) > 6:
        return None  # no regular past, or a subject too long to be one
    verb = past.group("verb")
    if verb in _SHORT_IRREGULAR_ED:
        return f"did {subject(past.group('subject'))} {_SHORT_IRREGULAR_ED[verb]}{past.group('rest')}"
    stem = verb[:-2]
    if len(stem) < 2:
        return None  # "wed", "bed": no regular past of a one-letter stem ("led" is "l" + "ed" to no one)
    # "-ied" is "-y" ("carried": carry, never the name "Carrie") but in the short verbs of
    # "-ie" ("died", "tied", "lied").
    short_ie = len(stem) <= 3
    bases = ([stem + "e"] if short_ie else [stem[:-1] + "y"]) if verb.endswith("ied") else [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    # Of the forms that are words, the commonest: "move" over the abbreviation "mov", "base"
    # over "bas"; a small word ("us" of "used") only if no other form is a word ("apply" is a
    # stop word too); max keeps the first of equals.
    words = [b for b in bases if lang.is_real_word(b)]
    if not words:
        return None
    base = max([b for b in words if b not in lang.words.stop_words] or words, key=lang.familiarity)
    return f"did {subject(past.group('subject'))} {base}{past.group('rest')}"


# English spelling families, British and American (spelling_variants). Each rule is narrow on
# purpose: the grader takes every form it gives for the same answer (quizapp.qtypes.typed), so a
# rule may give forms that are no word at all (nobody types them) but never another word: "-our"
# needs a vowel before it ("flour" is no "flor", "scored" no "scoured"), "-re" and "-er" swap
# only in the listed words ("timbre" is no "timber", "letter" no "lettre", "Chartres" no
# "charters"), "-ogue" and "-og" only in "-logue"; "ae"/"oe" to "e" only in the classical roots
# (never "poet"/"pet", "shoes"/"shes"); "-ll-" to "-l-" only after a stem the language writes with
# one l ("travel": travelled/traveled; never "refilled"/"refiled", whose stem is "refill").
_SUFFIXES = r"(?:s|ed|ing|ful|fully|less|able|ably|ite|ites|ist|ists|al|ally|er|ers|ism|isation|ization|ise|ize|ises|izes|ised|ized|y)?"
_OUR = re.compile(rf"our(?={_SUFFIXES}$)")
_OR = re.compile(rf"(?<!o)or(?={_SUFFIXES}$)")
_ISE = re.compile(r"(?<=[a-z]{3})([iy])([sz])(?=(?:e|es|ed|ing|ation|ations|ational|er|ers|able)$)")
# The -re words whose American spelling ends in -er, and words ending in them ("kilometre",
# "epicentre", "lacklustre"): a list, since most -tre words are French ("notre", "Chartres").
_RE_ENDINGS = ("metre", "litre", "centre", "theatre", "fibre", "sabre", "sombre", "calibre", "lustre", "spectre",
               "sceptre", "meagre", "mitre", "titre", "goitre", "nitre", "saltpetre", "reconnoitre", "ochre", "sepulchre")
_RE_ER = re.compile(r"([a-z]*(?:" + "|".join(w[:-2] for w in _RE_ENDINGS) + r"))(re|er)(s|d|ed)?")
# Classical roots written with "ae"/"oe" in British English and "e" in American, (British,
# American), "^" where the root opens the word ("oestrogen", never "orchoestra" for "orchestra").
_DIGRAPHS = (
    ("haem", "^hem"), ("anaem", "anem"), ("aemia", "emia"), ("paed", "(?:^|(?<=lo)|(?<=tho))ped"), ("anaesth", "anesth"),
    ("aesthe", "^esthe"), ("aetiol", "^etiol"), ("archaeo", "archeo"), ("palaeo", "paleo"), ("gynaec", "gynec"),
    ("faec", "^fec"), ("mediaev", "mediev"), ("primaev", "primev"), ("caesarean", "cesarean"), ("caesium", "cesium"),
    ("oesoph", "^esoph"), ("oestr", "^estr"), ("oedem", "^edem"), ("oenol", "^enol"), ("oecumen", "^ecumen"),
    ("foet", "^fet(?=a|u|i)"), ("amoeb", "ameb"), ("coeliac", "celiac"), ("rrhoea", "rrhea"), ("homoeo", "homeo"),
)
# The one root that changes twice (oe and -re): its forms whole.
_MANOEUVRE = {"manoeuvre": "maneuver", "manoeuvres": "maneuvers", "manoeuvred": "maneuvered", "manoeuvring": "maneuvering", "manoeuvrable": "maneuverable"}
_LL = re.compile(r"(?<=[aeiou])(ll|l)(?=(?:ed|ing|er|ers|or|ors|ery|ous|ously|ist|ists)$)")
# Whole words no family above covers, (British, American), each a word wordfreq knows in both
# forms (Zipf 2.5 or more: "pretence" 2.7, "defense" 4.9), and neither another word ("storey" is
# no "story", "tyre" no "tire", "cheque" no "check", "draught" no "draft": left out). Their plural
# (and a verb's -s form) changes alike: "programmes"/"programs", "offences"/"offenses".
_WORD_PAIRS = (
    ("defence", "defense"), ("offence", "offense"), ("licence", "license"), ("pretence", "pretense"),
    ("programme", "program"), ("plough", "plow"), ("aluminium", "aluminum"), ("sceptic", "skeptic"),
    ("sceptical", "skeptical"), ("scepticism", "skepticism"), ("jewellery", "jewelry"), ("pyjamas", "pajamas"),
    ("mould", "mold"), ("moustache", "mustache"), ("cosy", "cozy"), ("ageing", "aging"), ("judgement", "judgment"),
    ("enrol", "enroll"), ("enrolment", "enrollment"), ("fulfil", "fulfill"), ("fulfilment", "fulfillment"),
    ("skilful", "skillful"), ("woollen", "woolen"), ("sulphur", "sulfur"),
)


# Cities and countries renamed in modern times, each group one place (old name(s) first): a typed
# gap keyed by one accepts the others (accept_variants.renamed_place). From the official renamings
# Wikipedia lists ("List of renamed Indian cities and states", "List of city name changes",
# "List of country name changes"); left out: a name that is also another place or a word ("Canton",
# "Salisbury", "Gold Coast", "Formosa", "Edo"), and Burma and Swaziland (place_kinds.OTHER_NAMES).
RENAMED_PLACES = (
    ("Bombay", "Mumbai"), ("Calcutta", "Kolkata"), ("Madras", "Chennai"), ("Bangalore", "Bengaluru"),
    ("Poona", "Pune"), ("Benares", "Varanasi"), ("Cawnpore", "Kanpur"), ("Simla", "Shimla"),
    ("Trivandrum", "Thiruvananthapuram"), ("Peking", "Beijing"), ("Saigon", "Ho Chi Minh City"),
    ("Rangoon", "Yangon"), ("Dacca", "Dhaka"), ("Ceylon", "Sri Lanka"), ("Siam", "Thailand"),
    ("Persia", "Iran"), ("Abyssinia", "Ethiopia"), ("Kampuchea", "Cambodia"), ("Upper Volta", "Burkina Faso"),
    ("Dahomey", "Benin"), ("Zaire", "Democratic Republic of the Congo", "DR Congo"), ("Bechuanaland", "Botswana"),
    ("Nyasaland", "Malawi"), ("Constantinople", "Istanbul"), ("Stalingrad", "Volgograd"),
    ("Leningrad", "Saint Petersburg", "St Petersburg"), ("Batavia", "Jakarta"), ("Léopoldville", "Kinshasa"),
    ("Christiania", "Oslo"), ("Königsberg", "Kaliningrad"), ("Danzig", "Gdańsk"), ("Pressburg", "Bratislava"),
)


# A state's formal name and the short forms people write (accept7, issue 10): the acronyms of
# formal names that news writes ("PRC", "ROK", "DPRK", "DRC"; Wikipedia's "List of country-name
# acronyms"), beside the everyday names pycountry gives (accept_variants.state_short_names).
STATE_ACRONYMS = (
    ("People's Republic of China", "PRC"), ("Republic of Korea", "ROK"), ("Democratic People's Republic of Korea", "DPRK"),
    ("Democratic Republic of the Congo", "DRC", "DR Congo"), ("Republic of the Congo", "Congo-Brazzaville"),
    ("Russian Federation", "Russia"), ("Lao People's Democratic Republic", "Lao PDR"),
    ("United States of America", "United States", "US", "USA"), ("United Kingdom", "UK"),
)
# World and regional bodies and the acronyms people call them by, each group one body (accept7,
# issue 10): a typed gap keyed by one accepts the others, where the document names no other body
# so. From each body's own name and acronym as it writes them (their sites, Wikipedia).
BODY_ACRONYMS = (
    ("United Nations", "UN"), ("European Union", "EU"), ("African Union", "AU"), ("World Health Organization", "WHO"),
    ("International Monetary Fund", "IMF"), ("World Trade Organization", "WTO"), ("Food and Agriculture Organization", "FAO"),
    ("North Atlantic Treaty Organization", "NATO"), ("Association of Southeast Asian Nations", "ASEAN"),
    ("Organization of American States", "OAS"), ("Economic Community of West African States", "ECOWAS"),
    ("Southern African Development Community", "SADC"), ("Organization of the Petroleum Exporting Countries", "OPEC"),
    ("International Labour Organization", "ILO"), ("International Atomic Energy Agency", "IAEA"),
    ("International Court of Justice", "ICJ"), ("International Criminal Court", "ICC"), ("Pacific Islands Forum", "PIF"),
    ("East African Community", "EAC"), ("Caribbean Community", "CARICOM"), ("World Food Programme", "WFP"),
    ("United Nations Children's Fund", "UNICEF"), ("Asian Development Bank", "ADB"), ("African Development Bank", "AfDB"),
)

def _syllables(text: str) -> int:
    return len(re.findall(r"[aeiouy]+", text))


def spelling_variants(word: str) -> list[str]:
    """The British or American spelling of an English word, in lower case: "colour": color;
    "organisation": organization; "centre": center; "haemophilia": hemophilia; "travelled":
    traveled; "catalogue": catalog; and the other way round. Forms that are no word may come
    out ("doctour"); another word never does (see the rules above)."""
    from quizapp.language import is_real_word

    if not re.fullmatch(r"[a-z]+", word):
        return []
    out: list[str] = []
    for m in _OUR.finditer(word):
        if m.start() >= 2 and re.search(r"[aeiou]", word[: m.start()]):
            out.append(word[: m.start()] + "or" + word[m.end():])
    for m in _OR.finditer(word):
        if m.start() >= 2 and re.search(r"[aeiou]", word[: m.start()]):
            out.append(word[: m.start()] + "our" + word[m.end():])
    for m in _ISE.finditer(word):
        out.append(word[: m.start(2)] + ("z" if m.group(2) == "s" else "s") + word[m.end(2):])
    if (ending := _RE_ER.fullmatch(word)) and (ending.group(2), ending.group(3)) not in (("re", "ed"), ("er", "d")):
        past = {"d": "ed", "ed": "d"}.get(ending.group(3) or "", ending.group(3) or "")
        out.append(ending.group(1) + ("er" if ending.group(2) == "re" else "re") + past)
    for uk, us in _DIGRAPHS:
        if len(word) < 5:
            continue  # never "hem" (a seam) for "haem", nor "peds"
        if uk in word:
            out.append(word.replace(uk, re.sub(r"\^|\(.*?\)|\|.*", "", us.removeprefix("(?:^|(?<=lo)|(?<=tho))"))))
        elif re.search(us, word):
            out.append(re.sub(f"(?:{us})", uk, word, count=1))
    for uk, us in _MANOEUVRE.items():
        if word.endswith((uk, us)):
            out.append(word.removesuffix(uk) + us if word.endswith(uk) else word.removesuffix(us) + uk)
    if (ll := _LL.search(word)) and _syllables(word[: ll.start()]) >= 2:
        base = word[: ll.start()] + "l"
        if is_real_word(base, "en"):
            out.append(word[: ll.start()] + ("l" if ll.group(1) == "ll" else "ll") + word[ll.end():])
    for uk, us in _WORD_PAIRS:
        for one, other in ((uk, us), (us, uk)):
            if word in (one, one + "s"):
                out.append(other + word.removeprefix(one))
    if logue := re.fullmatch(r"([a-z]{2,}log)(ue(?:s|d)?|s)?", word):
        tail = logue.group(2) or ""
        out.append(logue.group(1) + {"ue": "", "ues": "s", "ued": "ed"}.get(tail, "ue" + tail))
    unique: list[str] = []
    for form in out:
        if form != word and form not in unique:
            unique.append(form)
    return unique


def term_variants(word: str) -> list[str]:
    """"kilometre": kilometres, kilometer, kilometers; "stomata" stays; "shores": shore. The
    British and American spellings (spelling_variants), and the regular plural or singular of
    each (a term of one lower-case word only)."""
    if not re.fullmatch(r"[a-z][a-z\-]+", word):
        return []
    spellings = {word}
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    spellings.update(spelling_variants(word))
    if stem != word:
        spellings.update(v + "s" for v in spelling_variants(stem))
    forms: list[str] = []
    for w in sorted(spellings, key=lambda x: (x != word, x)):
        forms.append(w)
        if w.endswith("ecies"):
            pass  # "species", "subspecies"
        elif w.endswith(("ss", "us", "is")):
            forms.append(w + "es")
        elif w.endswith("ies") and len(w) > 4 and not w.endswith("ecies"):
            forms.append(w[:-3] + "y")
        elif w.endswith(("ches", "shes", "sses", "xes")):
            forms.append(w[:-2])
        elif w.endswith("s") and len(w) > 3:
            forms.append(w[:-1])
        elif w.endswith(("ch", "sh", "x")):
            forms.append(w + "es")
        elif w.endswith("y") and len(w) > 3 and w[-2] not in "aeiou":
            forms.append(w[:-1] + "ies")
        elif not w.endswith(("a", "um", "on")):  # "stomata", "stratum", "phenomenon": irregular
            forms.append(w + "s")
    out: list[str] = []
    for f in forms:
        if f != word and f not in out:
            out.append(f)
    return out


# What a sentence points back to without naming it (Language.referent_pointer, relative_time;
# brief referents): an ordinal and a noun counted in another sentence ("the second effect"; not
# a noun the ordinal ranks on its own, "the second time", "the third floor", "the second
# largest", nor one saying of what after it, "the second half of"), a comparison with something
# unsaid ("such a cut", "a similar scheme"; not "such as", "similar to"), a subject pronoun after
# an opening phrase ("In 1849, after a long illness, he published ...").
_ORDINALS = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latter"
_ORDINAL_OWN = (r"time|times|floor|floors|storey|story|half|century|centuries|place|round|term|edition|season|year|years|month|months"
                r"|week|weeks|day|days|decade|most|least|generation|grade|class|world|person|party|hand|highest|lowest|biggest")
# Nouns a writer counts out ("two faults ... The first fault was ..."): "first" with one of them
# points back too, where "the first tower", "the first keeper" may be the first ever.
_ENUMERATED = (r"effects?|faults?|defects?|reasons?|causes?|problems?|steps?|stages?|phases?|types?|kinds?|factors?|consequences?"
               r"|advantages?|disadvantages?|drawbacks?|benefits?|methods?|approach(?:es)?|arguments?|objections?|categor(?:y|ies)"
               r"|ways?|options?|measures?|changes?|results?|lessons?|points?|aims?|goals?|tasks?|groups?|versions?|proposals?")
REFERENT_POINTER = re.compile(
    rf"\b[Tt]he\s+first\s+(?P<first>(?:{_ENUMERATED}))\b(?!\s+(?:of|in|to|for|that|which)\b)"
    rf"|\b[Tt]he\s+(?:{_ORDINALS})\s+(?P<counted>(?!(?:{_ORDINAL_OWN})\b)(?![a-z]+est\b)[a-z]{{3,}})\b(?!['’-])"
    r"(?!\s+(?:of|in|to|on|at|for|from|since|after|among|that|which|who|whose)\b)"
    r"|\b[Ss]uch\s+(?:an?\s+)?(?P<compared>(?!(?:as|that|way|manner|extent|degree)\b)[a-z]{3,})\b(?!\s+(?:as|that)\b)"
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:similar|comparable)\s+(?P<likened>[a-z]{3,})\b(?!\s+(?:to|as|with|in\s+which)\b)"
    r"|(?:,\s+|\b(?:1\d{3}|20\d{2})\s+)(?P<pronoun>he|she|they)\b"
)
# A time counted from another sentence's by a count ("two years later", "a decade earlier"; a
# vague "some years later" asks no year of the learner), "the following
# year", "the next summer", "that year", "that same winter" (not "that day", "the next day": a day
# of the story told, no year asked), "at that time", "by then"; not "two
# years later than", "the same year as", "at the time of").
_COUNTS = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,3}"
_SPANS = r"years?|months?|weeks?|days?|decades?|centuries|century"
_SEASONS = r"years?|months?|decades?|spring|summer|autumn|fall|winter|season"
RELATIVE_TIME = re.compile(
    rf"\b(?i:(?:{_COUNTS})\s+(?:{_SPANS})\s+(?:later|afterwards?|earlier|on)\b(?!\s+than\b)"
    rf"|the\s+(?:following|next|previous|preceding)\s+(?:{_SEASONS})\b"
    rf"|(?:that|that\s+same|the\s+same|in\s+that)\s+(?:{_SEASONS})\b(?!['’])(?!\s+(?:as|that|when|in\s+which|of)\b)"
    r"|(?P<since>at\s+that\s+time|at\s+the\s+time(?!\s+(?:of|when|that|in|the)\b)|by\s+then|until\s+then|till\s+then|since\s+then|by\s+that\s+time))"
)


# The explaining shapes (quizapp.derive.explaining): then and now, "not A but B", kinds, a job.
_SUBJECT = r"(?P<subject>(?:[A-Z][\w'’\-]*)(?:\s+[\w'’\-]+){0,6}?)"
EXPLAINING = Explaining(
    then=re.compile(
        r"^(?P<time>(?:Before|Until|Till|Up\s+to)\s+[^,;:]{3,60}?|In\s+the\s+past|In\s+(?:earlier|former|older)\s+times"
        r"|In\s+(?:the\s+)?old\s+days|In\s+those\s+days|Formerly|Once|Traditionally|For\s+(?:centuries|generations))"
        # (a one-word time may go without its comma before the subject's article: "Formerly the mill ...")
        r"(?:\s*,\s+|(?:(?<=\bFormerly)|(?<=\bTraditionally))\s+(?=(?:the|a|an|most|many)\s))(?P<rest>[^,].+)$"
    ),
    now=re.compile(r"^(?:Today|Nowadays|Now|These\s+days|At\s+present|Currently|In\s+modern\s+times)\b,?\s+(?=\S)"),
    pointing=re.compile(r"\b(?:then|that|this|these|those|it|they)\b", re.IGNORECASE),
    before="before",
    negated=re.compile(
        rf"^(?P<neg>{_SUBJECT}\s+(?P<verb>is|are|was|were|does|do|did)(?:\s+not|n[’']t)\s+(?!only\b|just\b|merely\b|simply\b)[^;:]+?)"
        r"\s*(?:;|,|\s+-+|\s+—)\s*(?:but\s+)?(?:rather|instead)\s*,\s*(?P<back>.+)$"
    ),
    negated_alone=re.compile(rf"^(?P<neg>{_SUBJECT}\s+(?P<verb>is|are|was|were|does|do|did)(?:\s+not|n[’']t)\s+(?!only\b|just\b|merely\b|simply\b)[^;:]+?)\.$"),
    instead=re.compile(r"^(?:Instead|Rather|On\s+the\s+contrary)\s*,\s*(?P<back>.+)$"),
    copulas=frozenset(("is", "are", "was", "were")),
    phrase_openers=frozenset(("a", "an", "the", "one", "two", "three", "some", "several", "many", "most", "each", "every")),
    negations=frozenset(("not", "no", "never", "only", "nor")),
    job_back="to {back}",
    plural_verbs=frozenset(("are", "were", "do")),
    either_number=frozenset(("did",)),
    asked_pronouns=("it", "they"),
    restated_subject=re.compile(r"^(?:it|they|he|she)\s+(?:is|are|was|were)\s+", re.IGNORECASE),
    clause_joint=re.compile(r"[,;]\s+(?:and|but|while|whereas|although)\s+(?=(?:its|their|his|her|the|a|an|this|these|that|those|it|they)\b)", re.IGNORECASE),
    not_all=re.compile(r"^Not\s+all\s+(?P<kind>[a-z][^:;,]{2,50}?)\s+(?:are|were)\s+(?:alike|the\s+same|equal|identical|created\s+equal)\s*(?:[:;.]|,\s+(?:though|however))\s*(?P<back>.*)$"),
    job=re.compile(r"^The\s+(?P<noun>job|role|function|purpose|task|aim)\s+of\s+(?P<thing>(?:the\s+|an?\s+)?[a-z][^,;:]{2,50}?)\s+(?:is|was)\s+to\s+(?P<back>[a-z].+)$"),
)

LANGUAGE = Language(
    code="en",
    object_pronouns=words("it its them their they him his her he she"),
    relative_heads=words("first last only second next same other former latter previous following"),
    relational_nouns=words("part parts rest side sides end half middle edge edges top bottom centre center front back beginning"),
    abbreviations=words("mr mrs ms dr st prof gen col capt lt sgt rev jr sr inc ltd co no nos vs etc e.g i.e approx fig figs vol vols pp dept univ corp bros mt"),
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
        surveyor builder contractor manufacturer geologist botanist zoologist
        head member manager owner curator archaeologist researcher investigator inspector chair observer
        supplier partner associate assistant rival successor predecessor colleague agent patron mentor heir"""),
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
    possessives=words("his her its their our my your"),
    determiners=words("a an the"),
    sentence_adverbs=words("today yesterday now nowadays still finally eventually currently meanwhile soon afterwards already"),
    generic_names=words("earth world sun moon congress parliament senate government crown church army navy"),
    comparators=("more than", "over", "at least", "less than", "fewer than", "under", "up to", "above", "below", "nearly", "almost", "exceeding", "as many as", "as much as",
                 "at most", "no more than", "no fewer than", "no less than", "in excess of", "upwards of", "a minimum of", "a maximum of",
                 # comparatives (brief choices: "a share greater than ____")
                 "greater than", "higher than", "larger than", "bigger than", "lower than", "smaller than", "as high as", "as low as",
                 "as few as", "as little as"),
    date_comparators=("by", "before", "after", "since", "until", "till", "as early as", "as late as"),
    inclusive_words=words("also too both among including other others another"),
    known_places=words("""africa asia europe america antarctica australia oceania eurasia
        atlantic pacific arctic mediterranean caribbean baltic adriatic aegean
        england scotland wales ireland britain france spain portugal italy germany russia china japan india
        brazil argentina mexico canada egypt turkey greece poland netherlands belgium switzerland austria
        sweden norway denmark usa morocco chile peru
        london paris rome madrid lisbon berlin moscow vienna athens tokyo beijing cairo venice
        amsterdam istanbul constantinople jerusalem washington edinburgh dublin
        thames nile amazon danube rhine mississippi seine volga tagus ganges
        everest kilimanjaro aconcagua matterhorn fuji etna vesuvius alps andes himalaya himalayas pyrenees
        sahara gobi atacama hawaii greenland iceland sicily crete madagascar tasmania""")
    | {"north sea", "black sea", "red sea", "north america", "south america", "latin america", "new york",
       "united states", "united kingdom", "great britain", "north africa", "new world", "old world", "indian",
       "mont blanc"},
    company_words=words("""industries holdings group corporation corp inc ltd limited plc company co brothers enterprises
        mining minerals shipping motors"""),  # folded
    work_words=words("novel novels poem poems book books essay essays play plays satire treatise tale story opera symphony painting ballad"),
    number_words=re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:[\-](?:one|two|three|four|five|six|seven|eight|nine))?s?"),
    name_prefixes=words("saint st"),
    name_particles=words("da do dos das di du e van von der ten"),
    century_words={
        n: (cardinal, ordinal)
        for n, cardinal, ordinal in zip(
            range(1, 22),
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one"],
            ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"],
        )
    },
    ask_when=_ask_when,
    time_spans=words("year years month months week weeks night day days summer winter spring autumn century decade"),
    latest_cues=words("last latest final finally"),
    earliest_cues=words("first earliest already predecessor predecessors original originally initially formerly"),
    settlement_words=words("village villages town towns hamlet hamlets city cities port ports parish parishes borough boroughs"),
    naming_markers=(
        r",?\s+(?:called|known\s+as|termed|dubbed)\s+", r",\s+(?:which|that)\s+(?:[a-z]+\s+){1,3}(?:call|calls|called|term|terms)\s+",
        # "known in the valley as barkers", "known locally as", ", what is called": the place
        # or the free relative between the thing and its name (kinds17)
        r",?\s+known\s+(?:locally\s+|(?:in|among|to|on|across|throughout|around)\s+(?:the\s+)?[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,2}\s+)as\s+",
        r",\s+(?:what|which)\s+is\s+(?:called|known\s+as|termed)\s+",
        r"\s+what\s+(?:[a-z]+\s+){1,3}(?:call|calls|called|term|terms)\s+",
    ),
    # "that is" restates only between commas: "... three small children, that is not a short
    # trip" is a demonstrative and its verb.
    restating_markers=(r",\s+(?:that\s+is,|i\.\s?e\.,?)\s+",),
    defining_markers=(
        r"refers\s+to", r"is\s+defined\s+as", r"are\s+defined\s+as", r"denotes", r"is\s+the\s+term\s+for",
        r"(?:is|are)(?=\s+(?:the|a|an)\s+(?:process|mechanism|state|condition|ratio|measure|property|tendency|force|amount|rate|quantity|study|branch|set)\s+(?:by\s+which|in\s+which|whereby|through\s+which|that|of)\b)",
    ),
    defining_clauses=(r"occurs\s+when", r"occur\s+when", r"happens\s+when", r"arises\s+when", r"consists\s+of", r"consists\s+in"),
    naming_verbs=(r"(?:is|are)\s+(?:called|known\s+as|termed)",),
    naming_copula=r"(?:is|are)",
    describing_relatives=words("that which where whose"),
    predicate_verb=re.compile(r"(?:is|are|has|have|[a-z]{2,}[^s\W]s)"),
    reporting_verbs=(
        r"(?:(?:has|have|had)\s+(?:long\s+|also\s+|repeatedly\s+|publicly\s+)?)?(?:said|announced|warned|argued|insisted|pointed\s+out|noted|concluded|estimated|claimed"
        r"|stressed|acknowledged|reported|found|explained|suggested|maintained|contended|admitted|conceded|predicted|confirmed|agreed|complained"
        r"|replied|responded|countered|held|ruled"
        r"|says|argues|warns|insists|points\s+out|notes|claims|maintains|contends|estimates|believes"
        r"|say|argue|warn|insist|point\s+out|note|claim|maintain|contend|estimate|believe)",
        r"(?!)",
    ),
    reported_joiners=r"that",
    subject_relative=r"which(?=\s+(?!(?:he|she|it|they|we|you|i|the|a|an|his|her|its|their|our|this|these|those|many|most|some|means|is\s+why)\b)[a-z])",
    quotation_tags=r"(?:said|says|added|adds|told\s+(?:reporters|journalists|the\s+[a-z]+)|explained|recalled|insisted|noted|warned|admitted|agreed|remarked|explains|recalls|insists|notes|warns)",
    people_nouns=words(
        "critics investigators engineers doctors physicians residents officials scientists researchers historians archaeologists"
        " workers managers experts analysts economists farmers fishermen locals villagers activists campaigners conservationists"
        " lawyers judges police firefighters volunteers survivors witnesses staff regulators inspectors planners authorities"
        " lawmakers legislators voters protesters shopkeepers owners teachers students parents nurses patients officers soldiers"
        " divers geologists biologists surgeons specialists anglers miners crews engineers geographers climatologists"
    ),
    action_verbs=(
        r"(?:(?:has|have|had)\s+)?(?:[a-z]{3,}ed|built|made|paid|sent|took|gave|won|lost|began|held|led|sold|bought|ran|wrote"
        r"|brought|chose|kept|left|met|spent|told|said|found|became|saw|drew|grew|rose|fell|struck|sank)",
        r"(?!)",
    ),
    leaning_subjects=words("others other some many most few several both all each one they"),
    explaining=EXPLAINING,
    select_all={},  # English does not agree: "Select all that apply." for every kind
    gender_words_after={"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"},
    gender_words_before={"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f", "lord": "m", "dame": "f"},
    article_agreement={},  # English articles say nothing of number or gender ("the" cells, cell)
    modifier_before_noun=True,
    noun_leads=words("of with by from into in on for without between through called named termed as"),
    loose_endings=words("""the a an of to in on at by for with from into onto upon about via per between among during
        towards toward despite including and or but nor than as that which who whom whose where when while whether
        because although though if its their"""),
    stranded_prepositions=words("of to in on at by for with from into onto upon about"),
    naming_before=re.compile(r"\b(?:called|named|termed|dubbed|known\s+as)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE),
    fronted_adverbial=re.compile(
        r"^(?:(?:today|nowadays|now|currently|presently|meanwhile|traditionally|historically|originally|formerly|eventually|finally|generally|usually|"
        r"typically|normally|commonly|these\s+days|for\s+now|back\s+then|by\s+then|to\s+this\s+day|at\s+(?:present|first|the\s+time|one\s+time)|"
        r"in\s+(?:practice|general|theory|principle|short|fact|recent\s+years|the\s+past|those\s+days|modern\s+times))\b,?"
        r"|(?:in|since|by|until|from|after|before|around|circa)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d{2,4}s?\b,?"
        r"|(?:in|during|by)\s+the\s+(?:[\w-]+\s+){1,2}(?:century|centuries|decade)\b,?"
        r"|[^\W\d_]{3,}ly,)\s+(?=\S)",
        re.IGNORECASE,
    ),
    prompts={
        "complete": "According to the text, what goes in the gap? \u201c{passage}\u201d",
        "complete_numeric": "According to the text, what number goes in the gap? \u201c{passage}\u201d",
        "choose": "According to the text, which of these goes in the gap? \u201c{passage}\u201d",
        "who": "According to the text, who {predicate}?",
        "who_said": "According to the text, who {verb} {joiner} {clause}?",
        "listed": "Which of these {kinds} does the text name in this statement? \u201c{passage}\u201d {select_all}",
        "select_all": "Select all that apply.",
        "true_false": "True or false: {statement}",
        "cloze": "Fill in the gaps from the text.",
        "cloze_one": "Fill in the gap from the text.",
        "ordering": "Put these events in the order the text gives them happening, earliest first.",
        "ordering_steps": "Put these steps in the order the text describes them, first to last.",
        "ordering_stages": "Put these stages in the order the text lists them, first to last.",
        "next_step": "According to the text, what comes right after this step: \u201c{step}\u201d?",
        "explain_steps": "Paragraph {paragraph} describes them in this order: {steps}.",
        "explain_steps_each": "The text describes them in this order: {steps}.",
        "step_in_paragraph": "{step} (paragraph {paragraph})",
        "dated_in_paragraph": "{step} ({date}, paragraph {paragraph})",
        "stage_named": "According to the text, what is the {ordinal} {stage} of {process} called?",
        "stage_happens": "According to the text, what happens in the {ordinal} {stage} of {process}?",
        "matching_role": "Match each person to the role the text gives them.",
        "matching_date": "Match each event to the date (or year) the text gives for it.",
        "matching_list": "Match each item of the text's list to what the text says it is or does.",
        "matching_shares": "Match each one to its share as the text gives it.",
        "matching_dates": "Match each date of the text's list to what happened then, as the text tells it.",
        "matching_figures": "Match each item of the text's list to the figure the text gives it.",
        "list_lead": "The text introduces a list: \u201c{lead}\u201d {ask}",
        "list_point": "{statement} What does the text say about \u201c{label}\u201d?",
        "list_when": "{statement} What happened {when}, according to the text?",
        "list_duty": "{statement} What must {party} do, according to the text?",
        "list_duty_many": "{statement} What must {party} do, according to the text?",
        "list_subject": "{statement} What does the text say about {subject}?",
        "list_ordinal": "{statement} Which of them {said}, according to the text?",
        "list_promise": "{pre}what {aux} {party} {verb} to {action}?",
        "list_reason": "{statement} How does the text explain \u201c{head}\u201d?",
        "list_purpose": "{statement} What is \u201c{head}\u201d for, according to the text?",
        "list_ordinal_f": "{statement} Which of them {said}, according to the text?",
        "list_card_of": "{statement} What {noun} does the text list?",
        "list_select": "{statement} Which of these does the text list as {noun}? {select_all}",
        "explain_listed": "Paragraph {paragraph} lists them: {items}.",
        "list_card_under": "Under the heading \u201c{heading}\u201d, the text introduces a list: \u201c{lead}\u201d What does it list?",
        "list_card": "The text introduces a list: \u201c{lead}\u201d What does it list?",
        "explain": "Paragraph {paragraph} says: \u201c{sentence}\u201d",
        "explain_order": "The text dates these events: {dates}.",
        "explain_roles": "The text describes them so: {roles}.",
        "explain_figures": "The text gives these figures: {roles}.",
        "blank": "____",
        "card_when": "According to the text, when {question}?",
        "card_role": "{person}: who was this, according to the text?",
        "card_term": "{term}",
        "listed_gap": "According to the text, which of these names go in the gap? Select all that apply. \u201c{passage}\u201d",
        "term_for": "Which term does the text use for {definition}?",
        "term_for_clause": "Which term does the text use for what {definition}?",
        "term_for_head": "Which term does the text use for {article} {head} that {definition}?",
        "purpose_card": "According to the text, what {verb} {thing} for?",
        "card_named": "According to the text, what is meant by \u201c{term}\u201d?",
        "card_rule_when": "{frame}, when {predicate}, according to the text?",
        "card_part_kind": "According to the text, what kind of {part} does {subject} have?",
        "explain_then": "{now} According to the text, what was the case {time}?",
        "explain_not_is": "{negated}. What {verb} {pronoun}, according to the text?",
        "explain_not_does": "{negated}. What {verb} {pronoun} do instead, according to the text?",
        "explain_kinds": "According to the text, how do {kind} differ from one another?",
        "explain_job": "According to the text, what is the {noun} of {thing}?",
    },
    kind_names={"person": "people", "place": "places", "organisation": "organisations", "date": "dates", "year": "years"},
    # Organisations and parties news writes as a pair (world_knowledge.stock_pair_half).
    city_head_titles=r"(?:lord\s+)?mayor",
    government_head_verbs=r"led|headed|ran|leads|heads|runs",
    invasion_verbs=r"invaded|annexed|invades|annexes|attacked|occupied",
    invasion_nouns=r"invasion|annexation|occupation",
    publishing_verbs=r"publish\w*|issue[sd]?|issuing|compile[sd]?|compiling|calculate[sd]?|calculating|produce[sd]?|producing|release[sd]?|releasing|maintain\w*|keeps|kept|draws\s+up|drew\s+up|runs|ran",
    name_derivations=("ies", "es", "s", "ic", "ics", "ian", "ians", "an", "ans", "ism", "ist", "ists", "ite", "ites", "ine", "ese"),
    stock_pairs=pairs("""unite/gmb unite/unison gmb/unison cbi/tuc afl/cio democrats/republicans labour/conservatives
        labour/tories conservatives/liberals imf/world-bank nasa/esa oxford/cambridge harvard/yale house/senate
        commons/lords hamas/fatah"""),
    term_variants=term_variants,
    spelling_variants=spelling_variants,
    plain_names=True,
    referent_pointer=REFERENT_POINTER,
    relative_time=RELATIVE_TIME,
)
