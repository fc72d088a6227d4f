"""objects (issue 10, the drafter): a gap sentence whose OBJECT or complement leans on a
referent it does not show ("A cheap tide table helped him ...", "The bishop asked for it",
"put the name on posters", «Un informe lo convenció», «En 1963 esto permitió», «aprobó el plan»)
is quoted with the sentence before when that one stands alone and names it, or not asked. Our
own small texts (a lighthouse, a parish bell, a choir, a fishing port, a bakers' guild)."""
from __future__ import annotations

from quizapp.derive import context, derive_drafts
from quizapp.languages import language_for
from tests.helpers.drafts import document, ready_shown


def _alone(shown: list[str], leaning: str, naming: str) -> list[str]:
    return [s for s in shown if leaning.lower() in s.lower() and naming.lower() not in s.lower()]


LEANING = [
    (["The Carrow Point light", "Edwin Marsh kept the lighthouse at Carrow Point from 1902 to 1931. "
      "A cheap tide table helped him spot the worst months for wrecks on the reef in 1911."], "en", "helped him", "Edwin Marsh"),
    (["The Dunmore bell", "The parish of Dunmore wanted a new bronze bell for its church in 1880. "
      "The bishop asked for it in a letter of 1881 to the foundry at Leeds."], "en", "asked for it", "bronze bell"),
    (["The Harrow Singers", "The founders called their choir the Harrow Singers in 1921. "
      "A local printer put the name on 400 posters for the spring concert of 1922."], "en", "put the name", "Harrow Singers"),
    (["El puerto de Cariño", "El alcalde Tomás Aldao dudaba del nuevo puerto de abrigo de Cariño en 1905. "
      "Un informe de 40 páginas lo convenció en 1907 de la urgencia de la obra."], "es", "lo convenció", "Tomás Aldao"),
    (["La lonja de Cariño", "La cofradía de Cariño compró una cámara frigorífica para la lonja en 1962. "
      "En 1963 esto permitió vender la merluza en Madrid dos días después de la captura."], "es", "esto permitió", "frigorífica"),
    (["El horno de Lugo", "El gremio de panaderos de Lugo propuso un horno comunal junto al mercado en 1910. "
      "El ayuntamiento aprobó el plan en 1912 con una partida de 3.000 pesetas."], "es", "aprobó el plan", "horno comunal"),
]


def test_an_object_leaning_on_the_sentence_before_is_not_shown_alone() -> None:
    for lines, code, leaning, naming in LEANING:
        shown = ready_shown(lines, code)
        assert not _alone(shown, leaning, naming), (leaning, shown)


def test_the_leaning_object_is_found() -> None:
    en, es = language_for("en"), language_for("es")
    for text in ("A cheap tide table helped him spot the worst months for wrecks.",
                 "The bishop asked for it in a letter of 1881.",
                 "A local printer put the name on 400 posters in 1922.",
                 "The keepers liked the idea and tried it for a year.",
                 "In 1911 the board sent them to the reef."):
        assert context.object_pronoun(text, en), text
    for text in ("Un informe de 40 páginas lo convenció en 1907.", "En 1963 esto permitió vender la merluza en Madrid.",
                 "El ayuntamiento aprobó el plan en 1912.", "La junta rechazó la idea en 1913.",
                 "El párroco les pagó 300 pesetas en 1890.", "La apertura de la carretera en 1931 le quitó casi todo el tráfico.", "Los vecinos defendieron eso ante el obispo."):
        assert context.object_pronoun(text, es), text
    # The sentence shows what the object stands for, or there is no referent to lean on.
    for text in ("It is estimated that the reef wrecked 40 ships between 1850 and 1900.",
                 "Edwin Marsh bought a lamp in Leeds and fitted it to the tower in 1904.",
                 "When Edwin Marsh fell ill in 1920, his daughter Ruth relieved him at the lamp.",
                 "The founders chose the name Harrow Singers in 1921.",
                 "The name of the choir came from the hill above the town.",
                 "This rule, known as the two-bell rule, was adopted by the keepers in 1903.",
                 "The keepers found it hard to light the lamp in winter.",
                 "Under the plan approved on Tuesday, the board will buy the tower and lease it for 20 years.",
                 "The firm sold the old mill in 1890 and the town rebuilt it in 1902.",
                 "The pier was 300 metres long, and carts had to slow down on it in a gale.",
                 "Its keeper, Edwin Marsh, argued that a bigger lamp would save ships, and in 1903 the board approved the plan."):
        assert context.object_pronoun(text, en) is None, text
    for text in ("La cofradía vendió en 1963 lo que quedaba de la flota de bajura.",
                 "Tomás Aldao compró una barca en 1905 y la vendió en 1910.",
                 "El ministro se lo concedió a la cofradía en 1962.",
                 "El plan de 1910 preveía un horno comunal junto al mercado.",
                 "La cofradía aprobó el plan de obras del puerto en 1912.",
                 "El alcalde propuso la idea de un horno comunal en 1910.",
                 "A la cofradía le faltaba dinero para la lonja en 1962.",
                 "La lonja de Cariño cerró un mes porque no le llegaba hielo de Ferrol.",
                 "En 1970 la lonja la compró la Diputación de Lugo.",
                 "La cofradía podía subir el precio del hielo, y eso era justamente lo que temían los armadores.",
                 "Uno de los rasgos del plan fue su coste de 3.000 pesetas."):
        assert context.object_pronoun(text, es) is None, text


KEPT = [
    (["The Carrow Point light", "The Carrow Point light was built on a granite ledge in 1864. "
      "Edwin Marsh bought a new lamp in Leeds and fitted it to the tower in 1904."], "en", "fitted it", "granite"),
    (["El puerto de Cariño", "El puerto de Cariño tenía una flota de 60 barcas en 1900. "
      "Tomás Aldao compró una barca de vapor en 1905 y la vendió en 1910 a un armador de Vigo."], "es", "la vendió", "60 barcas"),
]


def test_a_sentence_showing_its_objects_referent_keeps_its_item() -> None:
    """Drafted on its own (ready or not: a paragraph's other items may take its place)."""
    for lines, code, asked, before in KEPT:
        shown = [str(d.item.get("prompt") or d.item.get("front")) for d in derive_drafts(document(lines), code)]
        assert _alone(shown, asked, before), (asked, shown)
