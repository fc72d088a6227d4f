"""Everything the drafter needs to know about one language, behind one interface.

``quizapp.derive`` reads a document's sentences, names, numbers and dates and writes prompts in
the document's language. What differs between languages (sentence ends and abbreviations, stop
words, how numbers and dates are written, words that name roles, organisations and places,
the wording of prompts, the typo word list) is a ``Language`` value here, one module per
language (``en.py``, ``es.py``); the drafter itself never names a language.

The word classes the bank linter uses (``quizapp.language``) and the number conventions used
for grading (``quizapp.quiz.numbers``) are reused, not copied: moving them here would touch the
grading and lint code of other areas for no gain to the drafter, so they stay where they are
and each ``Language`` points at them.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from quizapp.language import (
    LanguageWords,
    base_language,
    fold_word,
    frequent_words,
    words_for,
)
from quizapp.quiz.numbers import NumberConventions, conventions_for

# How familiar a name is, measured: its Zipf frequency in general text of the language (wordfreq's
# offline data; 6 = "the", 3 = once per million words). Calibrated on the keys the independent
# reviews judged guessable ("God" 5.6, "Europe" 5.0, "Caracas" 4.6, "Scotland" 4.7, "Organización
# Mundial de la Salud" 4.8) against those they judged fine ("Puebla" 4.35, "Perth" 3.9,
# "Rhineland" 2.5, "Saverne" 1.1) and on the sample documents' keys: a name at or above this is
# one a reader knows without the text (a famous place, institution, stock figure).
FAMILIAR_NAME_ZIPF = 4.5
# A lower-case key (a term, a common word) is a guess from the sentence only when it is among
# the very commonest words ("money", "water"); "hot blood" (4.8) or "jaula" (3.7) are not.
FAMILIAR_WORD_ZIPF = 5.0
# A word general text writes this often is one a well-read adult defines without the text
# (acorn 3.1, bellota 2.9, osmosis 2.8); a word of a document's own is rarer (dextrin 1.5,
# súber 1.0, alpechín, lupulin). See Language.is_general_word.
GENERAL_WORD_ZIPF = 2.5
# A person the text names by one word ("Paracelsus", "Voltaire") and general text names at all:
# a famous figure, whose bare role ("physician") a reader knows. Unknown one-word names score 0-1.5.
FAMOUS_MONONYM_ZIPF = 2.0


# The abbreviations that end a sentence as often as not: an era ("a. C.", "d. C.", "B.C.",
# "A.D."), "etc." and an approximation after a figure ("140 grados aprox. Se patentó ...", "at
# 140 degrees approx. It was ...": a card's back ran into the next sentence, fresh review).
ERA_OR_ETC = re.compile(r"(?:\b[ad]\.\s?C|\bB\.\s?C|\bA\.\s?D|\betc|\baprox|\bapprox)$")


@dataclass(frozen=True)
class Explaining:
    """How a language writes the explaining shapes of quizapp.derive.explaining, as regular
    expressions on a sentence (named groups are the parts the card takes).

    - ``then``: a sentence opening on a past time ("Before commercial yeast,", «Hasta el siglo
      XIX,»): groups ``time`` and ``rest``; ``now``: the next sentence's opening on the present
      ("Today", «Hoy»); ``pointing``: a time that leans on another sentence ("until then",
      «hasta entonces»), asked as ``before`` instead.
    - ``negated``: "S is not A; instead, B" in one sentence, groups ``neg`` (the negated
      clause), ``subject``, ``verb``, ``back``; ``negated_alone`` and ``instead``: the same over
      two sentences ("S is not A." + "Instead, B"); ``copulas``: the folded verbs of being;
      ``phrase_openers``, ``negations``, ``clause_marker``: see the fields.
    - ``not_all``: "Not all X are alike: some ..., others ...", groups ``kind`` and ``back``.
    - ``job``: "The job of X is to ...", groups ``noun``, ``thing``, ``back``; ``serves``: «X
      sirve para ...», groups ``thing``, ``verb``, ``back`` (from «para»).
    """

    then: re.Pattern[str] = re.compile(r"(?!)")
    now: re.Pattern[str] = re.compile(r"(?!)")
    pointing: re.Pattern[str] = re.compile(r"(?!)")
    before: str = ""
    negated: re.Pattern[str] = re.compile(r"(?!)")
    negated_alone: re.Pattern[str] = re.compile(r"(?!)")
    instead: re.Pattern[str] = re.compile(r"(?!)")
    copulas: frozenset[str] = frozenset()
    # Folded words that open a noun phrase: the back of "S is not A, but B" must be one ("a
    # breastshot wheel ...", «el resultado de ...»), not a complement of another verb.
    phrase_openers: frozenset[str] = frozenset()
    # The words of a negation or a restriction: no subject or thing holds one («El edificio no solo»).
    negations: frozenset[str] = frozenset()
    # Whether the negated verb's clause needs a clause marker after "but" to be asked what the
    # subject does instead («no molía ..., sino que esperaba ...»; «sino con el agua ...» is a
    # complement of the same verb): the folded word, or "" when the connective is enough.
    clause_marker: str = ""
    # Folded words a then-or-now clause may open on in a language that drops its subjects
    # (Spanish): an article or a quantifier before the subject («Hoy los puertos ...»), not a
    # verb whose subject is in another sentence («Hoy recibe sobre todo cruceros»). Empty: any.
    subject_openers: frozenset[str] = frozenset()
    # Where a job's back ends: a comma and a conjunction before a clause of another subject
    # («para levantar muros ..., y su venta era ...», "to trap the gas, and the crust ...").
    clause_joint: re.Pattern[str] = re.compile(r"(?!)")
    job_back: str = "{back}"  # a job's back from the words after its copula: "To trap ...", «Proteger ...»
    # The verb "do" a negated verb is asked by, by the verb's folded ending, (singular,
    # plural), longest ending first («empujaba» -> «hacía»); empty where the question uses
    # the auxiliary and a pronoun ("What does it do instead?").
    do_forms: tuple[tuple[str, str, str], ...] = ()
    # Where the question takes a pronoun ("What is it?", "What do they do instead?"): the
    # folded verbs of a plural subject, those of either number (read on the subject's last
    # letter: "The Romans did not ..."), the pronouns (singular, plural), and the back's own
    # restated subject before its copula ("it is a single-celled fungus").
    plural_verbs: frozenset[str] = frozenset()
    either_number: frozenset[str] = frozenset()
    asked_pronouns: tuple[str, str] = ("", "")
    restated_subject: re.Pattern[str] = re.compile(r"(?!)")
    not_all: re.Pattern[str] = re.compile(r"(?!)")
    job: re.Pattern[str] = re.compile(r"(?!)")
    serves: re.Pattern[str] = re.compile(r"(?!)")


@dataclass(frozen=True)
class Language:
    """One language's rules for reading a document and wording drafts."""

    code: str
    abbreviations: frozenset[str]  # folded words before a full stop that does not end a sentence
    months: dict[str, int]  # folded month name -> 1..12
    # A date written in full, with named groups day, month and year (year optional).
    full_date: re.Pattern[str]
    month_year: re.Pattern[str]  # "August 1854", "marzo de 1521"
    titles: frozenset[str]  # words before a name that are a title, not part of it ("President")
    roles: frozenset[str]  # nouns that name a person's role ("physician", "navegante")
    organisation_words: frozenset[str]  # a name holding one is an organisation ("Company")
    place_words: frozenset[str]  # a name holding one is a place ("River", "isla")
    place_prepositions: frozenset[str]  # "in Soho": the name after them is likely a place
    name_connectors: frozenset[str]  # small words inside a name ("of", "de")
    context_openers: frozenset[str]  # sentence openers that need the sentence before ("He", "This")
    pronouns: frozenset[str]  # subject pronouns: "In 1849 he published..." leans on an earlier sentence
    demonstratives: frozenset[str]  # "this confirmation": the sentence leans on an earlier one
    approximate: frozenset[str]  # words before a number that make it approximate ("about")
    copulas: frozenset[str]  # "is", "was": for "X is Y" statements
    determiners: frozenset[str]  # "a", "an", "the"
    # Possessives, which like articles stand before a noun ("its", "su"): see Builder.detail_word.
    possessives: frozenset[str] = frozenset()
    # Words that open a sentence and are never part of a name ("Hoy Valdivia es...": Valdivia).
    sentence_adverbs: frozenset[str] = frozenset()
    # Names a reader guesses from the sentence alone ("the ____'s atmosphere", "el ____ aprobó
    # una ley"): never the key of a gap.
    generic_names: frozenset[str] = frozenset()
    # Words before a figure that make it a bound, not a value ("more than 1,000"): a smaller
    # option or a swapped smaller value would still be true, so no choice item asks for it.
    comparators: tuple[str, ...] = ()
    # The same for dates ("by 2020 it had made...", "since 1990"): a later (earlier) date is true too.
    date_comparators: tuple[str, ...] = ()
    # Words that let a statement hold of more than one ("also", "too"): swapping the person in
    # such a statement makes one the text does not state, rather than a false one.
    inclusive_words: frozenset[str] = frozenset()
    # Place names a reader knows without any text (continents, oceans, seas, large countries,
    # world cities, major rivers), folded: a gap keyed on one is settled by general knowledge.
    known_places: frozenset[str] = frozenset()
    # Nouns naming a written or made work ("novel", "poema"): the name after one is a title,
    # never a place, even after "in" ("in his novel Candide").
    work_words: frozenset[str] = frozenset()
    # Words that open or close a company's name and that people drop ("Grupo", "Industrias",
    # "Holdings", "Industries"): "Industrias Peñoles" is called Peñoles (review 16).
    company_words: frozenset[str] = frozenset()
    # Small lowercase words inside a person's name that the name reader does not join on
    # ("Carvalho e Melo", "Vasco da Gama"): a gap must not stop at one and cut the name in half.
    name_particles: frozenset[str] = frozenset()
    # Words that open a name in lower case ("san Roque", "saint Vitus"), folded: a gap right
    # after one asks for the rest of a saint's (or a friar's) name, which the word settles.
    name_prefixes: frozenset[str] = frozenset()
    # Centuries 1..21 written as words: (cardinal, ordinal), so "siglo XX" also accepts "20",
    # "veinte" and "vigésimo".
    century_words: dict[int, tuple[str, str]] = field(default_factory=dict)
    # A number written in words ("twenty-four", "veinticuatro"), folded: no detail word, since
    # the words around a figure often settle it ("las ____ horas del día").
    number_words: re.Pattern[str] = re.compile(r"(?!)")
    # The other natural forms of a lower-case term a reader may type for it: its singular or
    # plural, its other spelling ("kilometre"/"kilometer"). Not a typo tolerance: a term is
    # often one edit from another word.
    term_variants: Callable[[str], list[str]] = field(default=lambda _word: [])
    # The other spelling of a lower-case word that is the same word ("colour"/"color",
    # "haemophilia"/"hemophilia"), never another word: the grader takes it for any answer.
    spelling_variants: Callable[[str], list[str]] = field(default=lambda _word: [])
    # Whether the language writes its people's names without accents ("Arthur Drysdale"): then
    # a name with one ("Aimé Le Médec") stands out among the options of a choice item.
    plain_names: bool = False
    # "Select all that apply" agreeing with the kind of the options ("todos los que" for lugares).
    select_all: dict[str, str] = field(default_factory=dict)
    # An event as the rest of a question after "when": "The court reported" -> "did the court
    # report" (None when the wording is beyond these rules: no card then, rather than a fragment).
    ask_when: Callable[[Language, str], str | None] | None = None
    # People carry two surnames ("Luis Lacalle Pou"): the first alone names the person, the
    # second alone never does (see Builder.accepted).
    double_surnames: bool = False
    # A card must stand alone (see Builder.card_problems). Words a card's back cannot use
    # without another sentence: object pronouns ("them", "lo"), and, as a regular expression on
    # a folded word, a pronoun joined to a verb ("notarlo", "verlas").
    object_pronouns: frozenset[str] = frozenset()
    joined_pronoun: re.Pattern[str] = re.compile(r"(?!)")
    # Heads that rank against something the sentence leaves out ("the first", "los primeros en
    # notarlo"): a definition opening with one is a fragment.
    relative_heads: frozenset[str] = frozenset()
    # Nouns that name a part of something else ("the living part", "el resto"): a card front
    # ending in one does not say what it asks about.
    relational_nouns: frozenset[str] = frozenset()
    # How a text names a term (see quizapp.derive.variety), as regular expressions: a naming
    # marker follows the thing named and precedes its term ("clay pans known as oeillets",
    # "canales, que las fuentes llaman agogae"); a restating marker follows the term and
    # precedes what it means ("una sal de manantial, es decir, de sal disuelta ...").
    naming_markers: tuple[str, ...] = ()
    # Nouns of settlements, folded ("hamlets", "pueblo"): a name after one and "of"/"de" ("the
    # village of Piriac") is a place, where "de" alone is not ("el principado de Augusto").
    settlement_words: frozenset[str] = frozenset()
    # Folded words that point a date or figure gap to one end of the document's values ("the
    # last epidemic came in ____", "the predecessor had already stored seeds from ____"): a
    # choice item on one needs an option beyond its key that way (quizapp.derive.blindness).
    latest_cues: frozenset[str] = frozenset()
    earliest_cues: frozenset[str] = frozenset()
    time_spans: frozenset[str] = frozenset()  # folded nouns of a span of time ("month", "año"): "last month" is no cue
    restating_markers: tuple[str, ...] = ()
    # How a text defines a term (see quizapp.derive.definitions), as regular expressions without
    # groups: after the term that opens a sentence, a marker of a noun-phrase definition ("refers
    # to", "se define como") or of one keeping its verb ("occurs when", "consiste en"); before
    # the term that ends one, a naming verb ("is called", "se conoce como"); and a naming verb
    # opening a sentence, the term then the definition ("Se denomina T a D").
    defining_markers: tuple[str, ...] = ()
    defining_clauses: tuple[str, ...] = ()
    naming_verbs: tuple[str, ...] = ()
    # A copula naming a rare term after a described thing ("The fibre that leaves the last mill
    # is bagasse", «La fibra que sale del molino es el bagazo»), and the relative words that
    # make the subject a description (quizapp.derive.definitions, explain).
    naming_copula: str = r"(?!)"
    describing_relatives: frozenset[str] = frozenset()
    inverted_naming: tuple[str, ...] = ()
    # A word that reads as the verb of a sentence opening with a term in emphasis ("A **foliated**
    # rock shows ...", "El **xilema** transporta ..."), as a regular expression on a folded word.
    predicate_verb: re.Pattern[str] = re.compile(r"(?!)")
    # Document terms as options of a gap (quizapp.derive.concepts): the folded articles that
    # tell a noun's gender and number ("la" -> ("f", "s")), since every option must agree with
    # the words around the gap; whether an emphasised word before a lower-case noun modifies it
    # ("a **dense** sand": an adjective, no term); and the folded words after which an emphasised
    # word is a noun ("of", "called", "llamada").
    article_agreement: dict[str, tuple[str, str]] = field(default_factory=dict)
    # The folded words that tell the sex of the person a name beside them is ("la" in «La
    # presidenta de la cámara, ____», "her" in "____ resigned her seat", "Mrs ____"), with "m" or
    # "f" (quizapp.derive.person_options.gender_cue): where the drafter offers people of both,
    # the words settle the choice without the text. ``gender_words_after``: only the pronouns
    # after the name count; ``gender_words_before``: only titles right before it.
    gender_words_article: dict[str, str] = field(default_factory=dict)
    gender_words_after: dict[str, str] = field(default_factory=dict)
    gender_words_before: dict[str, str] = field(default_factory=dict)
    modifier_before_noun: bool = False
    noun_leads: frozenset[str] = frozenset()
    # Words that name the term after them ("a condition known as", "un proceso llamado"), at the
    # end of a text: the gap after them is of a term the text names so.
    naming_before: re.Pattern[str] = re.compile(r"(?!)")
    # An adverb or adverbial opening a sentence before its subject ("Today", "In 1850,", «Hoy»,
    # «En la práctica»): when, or how generally, the sentence holds; never part of a term the
    # subject names ("What is meant by 'today vulcanization'?", fresh review). Matches at the
    # sentence's start, with the space (and any comma) after it.
    fronted_adverbial: re.Pattern[str] = re.compile(r"(?!)")
    # How a text reports what someone said (see quizapp.derive.actors), as regular expressions
    # without groups: the reporting verb in the singular and in the plural ("anunció",
    # "insistieron"; English past forms serve both), the word that opens the statement ("that",
    # "que", "en que"), and subjects that point to another sentence ("Others have noted").
    reporting_verbs: tuple[str, str] = ("", "")
    reported_joiners: str = r"(?!)"
    # The verbs that tag a quotation with its speaker in the same sentence ('"...," said coach
    # Helen Marsh', '"...," Brennan added', «"...", afirmó la consejera Ibáñez»), without groups:
    # the speaker shown, the quotation's "I", "we" and "this morning" are that speaker's own.
    quotation_tags: str = r"(?!)"
    # The relative pronoun of a clause set off by a comma whose subject is the noun before it
    # (", which first opened in 1898", «, que fue diseñado por ...»), with what may follow it
    # (not a subject of its own: ", which the council built"), without groups.
    subject_relative: str = r"(?!)"
    # A verb in the past right after a sentence's subject ("The Crop Trust paid", "Los
    # arqueólogos consideraron"), singular and plural: the document's other actors.
    action_verbs: tuple[str, str] = ("", "")
    people_nouns: frozenset[str] = frozenset()  # folded plurals naming people ("critics", "vecinos"): a group actor
    leaning_subjects: frozenset[str] = frozenset()
    # The explaining shapes a paragraph with no name, figure or date is asked by (then and now,
    # "not A but B", kinds that differ, a thing's job): quizapp.derive.explaining.
    explaining: Explaining = field(default_factory=Explaining)
    # Pairs of organisations or parties the language's general text writes together (folded
    # names): «CCOO y UGT», "the CBI and the TUC". One member in a prompt calls up the other
    # (world_knowledge.stock_pair_half): the well-known institutional pairs, as data.
    stock_pairs: frozenset[frozenset[str]] = frozenset()
    # Function words a whole phrase never ends on (folded): articles, prepositions, conjunctions,
    # relative pronouns, clitics, possessive determiners ("... because of", "... and", «... que
    # se», «... de la»). A card side or a gap's sentence ending on one was cut (derive.garbled).
    loose_endings: frozenset[str] = frozenset()
    # ... of which the prepositions a question may strand at its end ("What does bowing consist
    # of?"): an ending of a question, not a cut. None in a language that never strands them.
    stranded_prepositions: frozenset[str] = frozenset()
    # Two words the language always writes as one («de el» -> «del», «a el» -> «al»), lower case:
    # a gap's sentence writing them apart was assembled from pieces (derive.garbled).
    contractions: dict[str, str] = field(default_factory=dict)
    # What a sentence points back to without naming it (quizapp.derive.context.unnamed_pointer,
    # brief referents), as regular expressions on the text as written: a noun counted or compared
    # in another sentence ("the second effect", "such a cut", «una situación parecida», «tal
    # decisión»), with its noun in a group ``counted`` (the context must write the noun) or
    # ``compared`` (the context must show what it is like), or a subject pronoun the word lists
    # above cannot hold (group ``pronoun``: "he" mid-sentence, «Él», which folds to the article);
    # and a time counted from another sentence's ("two years later", "the following year", «al
    # año siguiente», «ese mismo año»): the context must give the year it counts from; one in a
    # group ``since`` ("by then", «hasta entonces») only a time (a year, a month, a season).
    referent_pointer: re.Pattern[str] = re.compile(r"(?!)")
    relative_time: re.Pattern[str] = re.compile(r"(?!)")
    # What makes an office-holder, a place or a year one the world knows (brief fame, issue 10),
    # as regular expressions without groups: the title of a city's head ("mayor", «alcaldesa»),
    # whose holder in a world city and a year the news names; the verb a head of government
    # heads it with («presidía el Gobierno», "led the government"); and one country taking
    # another by force ("invaded", «la invasión de»), a world event whose year, invader and
    # invaded country a reader knows.
    city_head_titles: str = r"(?!)"
    government_head_verbs: str = r"(?!)"
    invasion_verbs: str = r"(?!)"
    invasion_nouns: str = r"(?!)"
    # The verb of a body issuing its famous index, list or report ("publishes", «elabora»): the
    # body a reader names from the publication (world_knowledge.publisher_of_famous_work).
    publishing_verbs: str = r"(?!)"
    # Endings that make a word of a name: its family, dynasty, era, movement or adjective
    # ("Ptolem-ies", "Ptolema-ic", «borbón-ica», "Thatcher-ism"), folded (giveaways.named_family).
    name_derivations: tuple[str, ...] = ()
    prompts: dict[str, str] = field(default_factory=dict)  # the wording of drafts, by name
    kind_names: dict[str, str] = field(default_factory=dict)  # "person" -> "people", for prompts

    @property
    def words(self) -> LanguageWords:
        """Stop words, absolutes and hedges, shared with the bank linter."""
        return words_for(self.code)

    @property
    def numbers(self) -> NumberConventions:
        """Separators and scale words, shared with the grading of numeric answers."""
        return conventions_for(self.code)

    def split_sentences(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the sentences of ``text`` (a full stop after an abbreviation or
        an initial or inside "U.S." does not end one). A bulleted list ("...three quantities:
        - the stress range; - the mean stress") is split at its markers, each item a span of its
        own without its marker: a list is never quoted as one sentence."""
        spans: list[tuple[int, int]] = []
        for a, b in list_items(text):
            spans.extend((a + s, a + e) for s, e in self._split_sentences(text[a:b]))
        return spans

    def _split_sentences(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = opening.end() if (opening := _OPENING_MARKER.match(text)) else 0
        for match in _SENTENCE_END.finditer(text):
            end = match.end(1)
            before = text[start:end].rstrip(".!?»\"”')")
            last = before.rsplit(None, 1)[-1] if before.split() else ""
            abbreviated = match.group(1).endswith(".") and (fold_word(last) in self.abbreviations or re.fullmatch(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]", last))
            # An era's marker or "etc." closes a sentence when a capitalised word follows
            # («... entre el 1500 y el 1200 a. C. Hacia el comienzo ...»).
            if abbreviated and not (ERA_OR_ETC.search(before) and text[match.end():match.end() + 1].isupper()):
                continue
            spans.append((start, end))
            start = match.end()
        if text[start:].strip():
            spans.append((start, len(text.rstrip())))
        return [(s, e) for s, e in spans if text[s:e].strip()]

    def is_real_word(self, word: str) -> bool:
        """True when ``word`` is one of the language's frequent words (the typo word list)."""
        return fold_word(word) in frequent_words(self.code)

    def is_general_word(self, word: str) -> bool:
        """Whether a reader knows what ``word`` means without a text: general text writes it
        (GENERAL_WORD_ZIPF and up), or it is among the language's frequent words (the typo word
        list catches dictionary words below that floor, "sámara")."""
        return self.familiarity(word) >= GENERAL_WORD_ZIPF or self.is_real_word(word)

    def prompt(self, name: str, **values: str) -> str:
        return self.prompts[name].format(**values)

    def when_question(self, event: str) -> str | None:
        """The rest of a "when" question about ``event``, or None."""
        return self.ask_when(self, event) if self.ask_when is not None else None

    def familiarity(self, name: str) -> float:
        """The Zipf frequency of ``name`` in general text of the language (its leading article
        left out): how likely a reader is to know, or guess, it without the document."""
        words = name.split()
        while len(words) > 1 and fold_word(words[0]) in self.determiners:
            words = words[1:]
        return _zipf(" ".join(words), self.code)

    def is_familiar(self, key: str) -> bool:
        """Whether a gap's key is general knowledge by its frequency: a capitalised name at or
        above FAMILIAR_NAME_ZIPF, a lower-case word at or above FAMILIAR_WORD_ZIPF. Figures
        and dates are never familiar this way (their frequency says nothing of the event)."""
        if not re.search(r"[^\W\d_]", key) or re.search(r"\d", key):
            return False
        capitalised = any(w[:1].isupper() for w in key.split())
        return self.familiarity(key) >= (FAMILIAR_NAME_ZIPF if capitalised else FAMILIAR_WORD_ZIPF)

    def is_known_place(self, name: str) -> bool:
        """Whether ``name`` ("Europe", "the Atlantic Ocean", "río Tajo") is one of the place names
        a reader knows without the text, with or without its article or place word."""
        folded = fold_word(name).strip()
        if folded in self.known_places:
            return True
        generic = {fold_word(w) for w in self.place_words} | {fold_word(w) for w in self.determiners} | {"oceano", "ocean", "rio", "river", "mar", "sea"}
        core = " ".join(w for w in folded.split() if w not in generic)
        return bool(core) and core in self.known_places


# Languages whose general text measures a person's fame (see international_fame).
FAME_LANGUAGES = ("en", "es", "fr", "de")


# A name much more frequent in the document's language than elsewhere is a word of that
# language too ("Gray" 4.5 in English, 3.6 elsewhere; "Snow", "Marsh"): its frequency measures
# the word, not the person.
WORD_NOT_NAME_MARGIN = 0.5


def international_fame(name: str, language: str | None = None) -> float:
    """How well known a name is everywhere: its lowest Zipf frequency over general text in
    several languages. A famous person's surname is written in all of them (Darwin 3.4,
    Newton 3.5, Einstein 3.6); a surname common in one language only is not (Espinosa 2.3,
    Mendoza 2.9, Lacalle 1.6), nor a local figure (Agassiz 2.3). With ``language``, 0 for a
    name that is also a common word of that language (see WORD_NOT_NAME_MARGIN)."""
    values = {code: _zipf(name, code) for code in FAME_LANGUAGES}
    if language in values:
        others = sorted(v for code, v in values.items() if code != language)
        if values[language] - others[len(others) // 2] >= WORD_NOT_NAME_MARGIN:
            return 0.0
    return min(values.values())


@lru_cache(maxsize=1 << 14)
def _zipf(text: str, code: str) -> float:
    import wordfreq  # imported here: its data loads on first use, and only the drafter needs it

    try:
        return float(wordfreq.zipf_frequency(text, code))
    except LookupError:
        return 0.0


# A list marker: a hyphen, an asterisk or a bullet after a space (or opening the text) and
# before a space. A paragraph is a list when one opens it or follows a colon, a semicolon, a
# full stop or a line break, and there are two of them at least (one " - " is a dash).
LIST_MARKER = re.compile(r"(?:^|(?<=\s))[-*•]\s+(?=\S)")
LIST_OPENING = re.compile(r"(?:^|[:;.!?]\s+|\n\s*)[-*•]\s+\S")


def list_items(text: str) -> list[tuple[int, int]]:
    """The spans of a paragraph's lead and list items, markers left out; the whole text when it
    holds no list."""
    markers = list(LIST_MARKER.finditer(text))
    if len(markers) < 2 or not LIST_OPENING.search(text):
        return [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    start = 0
    for m in markers:
        if text[start:m.start()].strip():
            pieces.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        pieces.append((start, len(text)))
    # Each piece without its surrounding spaces.
    out = []
    for a, b in pieces:
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        out.append((a, b))
    return out


# A sentence ends at ., ! or ? (with closing quotes or brackets) followed by space and a capital,
# an opening quote, a digit or an inverted question or exclamation mark.
# A sentence opening with a term in emphasis ("... as in clay. **Pore water pressure** is ...")
# is one of its own too. A list marker after the full stop (". - Bridges ...", ". – Puentes ...":
# list lines joined into one paragraph, one marker only, so no list to list_items) is no dash in
# a sentence: it opens a list item, a sentence of its own that starts after it (kinds16a).
_SENTENCE_END = re.compile(r"([.!?]+[»\"”')]*)\s+(?:[-*•–]\s+)?(?=[\"“«¿¡(]?(?:\*\*|__)?[A-ZÁÉÍÓÚÑ0-9])")
# A list marker opening the text (a list item's line, its marker kept).
_OPENING_MARKER = re.compile(r"[-*•–]\s+(?=[\"“«¿¡(]?(?:\*\*|__)?[A-ZÁÉÍÓÚÑ0-9])")


def words(text: str) -> frozenset[str]:
    """A word list written as one string, one word after another."""
    return frozenset(text.split())


def pairs(text: str) -> frozenset[frozenset[str]]:
    """Pairs of names written as one string, "a/b" one after another, a hyphen for a space
    inside a name ("imf/world-bank"): each pair's two folded names."""
    return frozenset(frozenset(fold_word(n.replace("-", " ")) for n in pair.split("/")) for pair in text.split())


@lru_cache(maxsize=8)
def language_for(tag: str | None) -> Language:
    """The rules of ``tag`` ("en", "es-PE"); English for a language without its own module."""
    from quizapp.languages import en, es

    return {"en": en.LANGUAGE, "es": es.LANGUAGE}.get(base_language(tag), en.LANGUAGE)


def guess_language(text: str) -> str:
    """"en" or "es", by which language's stop words the text uses more (enough for a CLI
    default; the web import uses a real detector)."""
    words = re.findall(r"[^\W\d_]+", fold_word(text))
    scores = {code: sum(w in words_for(code).stop_words for w in words) for code in ("en", "es")}
    return max(scores, key=lambda c: scores[c])


__all__ = ["FAMILIAR_NAME_ZIPF", "FAMILIAR_WORD_ZIPF", "FAMOUS_MONONYM_ZIPF", "Language", "guess_language", "language_for", "words"]
