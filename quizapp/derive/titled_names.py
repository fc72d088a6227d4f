"""A name the text marks as a person's by a title or a role right before it ("el profesor João
Guerreiro", "la alcaldesa Graça Cabrita", "the engineer Tendai Moyo", "Dr. Ngozi Okafor").

The name reader types a name as a person's only when its first word is a given name general
text knows (``Builder.named_like_person``): "João", "Tiago" or "Ngozi" are rare in the wordfreq
lists, so such a name was "a name of no known kind", accepted only whole. A learner answers
"Guerreiro" as naturally as "Dr. Okafor"'s readers say "Okafor" (review 17): with the title in
the text, the surname alone is accepted too (unless another person of the document shares it,
which ``Builder.surname_shared`` checks).
"""
from __future__ import annotations

import re

from quizapp.derive.extract import fold
from quizapp.languages import Language

def _folded(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Titles and roles before a person's name, folded, beyond the language's own ``titles`` and
# ``roles`` (which serve other rules and are kept short): feminine forms and abbreviations.
PERSON_MARKERS = {
    "en": _folded("""dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss sir dame engineer mayor
        councillor judge inspector detective sergeant constable nurse reverend rev rev. captain coach"""),
    "es": _folded("""profesor profesora doctor doctora dr dr. dra dra. ingeniero ingeniera alcalde alcaldesa
        ministro ministra juez jueza fiscal senador senadora diputado diputada concejal concejala
        señor señora sr sr. sra sra. don doña arquitecto arquitecta abogado abogada investigador investigadora
        comisario comisaria inspector inspectora sargento capitán capitana entrenador entrenadora
        presidente presidenta director directora catedrático catedrática padre fray sor"""),
}


def _markers(lang: Language) -> frozenset[str]:
    return PERSON_MARKERS.get(lang.code, frozenset()) | {fold(w) for w in lang.titles | lang.roles}


def titled_before(before: str, lang: Language) -> bool:
    """Whether the text ``before`` a name ends with a person's title or role ("el profesor ",
    "Dr. ", "the chief engineer ", "el ingeniero forestal "): one lower-case word may follow
    the role ("forestal"), never a small word ("the engineer of", "el director de")."""
    words = fold(before).split()
    if not words:
        return False
    markers = _markers(lang)
    last = words[-1]
    if last in markers or last.rstrip(".") in markers:
        return True
    small = {fold(w) for w in lang.determiners | lang.name_connectors | lang.place_prepositions | lang.possessives}
    return len(words) >= 2 and words[-2] in markers and last.isalpha() and last not in small and before.rstrip()[-1:].islower()


def titled_name(name: str, document: str, lang: Language) -> bool:
    """Whether the document writes ``name`` (two or three capitalised words) right after a
    person's title or role at least once."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    return any(titled_before(document[max(0, m.start() - 60):m.start()], lang) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", document))
