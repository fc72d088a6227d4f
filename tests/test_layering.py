"""Dependencies point one way: a module imports only its own part of the app and the layers
below it (docs/ARCHITECTURE.md). Every import statement counts, at the top of a module, inside a
function or under ``TYPE_CHECKING``: an import hidden in a function is still a dependency.

A higher layer that must react to something a lower one does subscribes to a signal of
``quizapp.events`` instead of being imported by it.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "quizapp"

# Lowest first. A unit is a module or a package (with everything under it); the longest unit
# naming a module is the module's unit. A unit may import itself and the units of LOWER layers,
# never a unit of its own layer or of a higher one. Keep docs/ARCHITECTURE.md in step.
LAYERS: list[tuple[str, set[str]]] = [
    ("extensions", {"quizapp.extensions"}),
    (
        "foundation",
        {
            "quizapp.timeutil",
            "quizapp.ids",
            "quizapp.language",
            "quizapp.events",
            "quizapp.security",
            "quizapp.htmx",
            # Flask-WTF's CSRF check with each token's good signature kept per worker.
            "quizapp.csrf_check",
            "quizapp.client_keys",
            "quizapp.transactions",
            # How many requests of a worker run at once (the rest of its threads hold streams).
            "quizapp.request_slots",
            # Every setting's default, defined once; plain values, no imports of the app.
            "quizapp.config",
            "quizapp.spreadsheets",
            "quizapp.charts",
            "quizapp.wording",
            # Reading numbers in a language's conventions: a leaf the numeric question type uses.
            "quizapp.quiz.numbers",
        },
    ),
    # Each language's words, dates and numbers, over the foundation's word lists.
    ("languages", {"quizapp.languages"}),
    ("app-wide pages", {"quizapp.errors", "quizapp.health"}),
    ("question types", {"quizapp.qtypes"}),
    ("accounts and the bank", {"quizapp.auth", "quizapp.bank"}),
    # The deterministic drafter, and the other formats banks come in and go out in: both read
    # and check items with the bank's own parser and checks.
    ("drafting and formats", {"quizapp.derive", "quizapp.formats"}),
    # The definition of a quiz set (its items, closing time, answer policy): an attempt may
    # belong to one, so the quiz layer reads these columns. It imports nothing of quiz.
    ("quiz set definitions", {"quizapp.sets.models"}),
    ("quizzes", {"quizapp.quiz"}),
    ("flashcards and quiz sets", {"quizapp.cards", "quizapp.sets"}),
    # Classes build on quiz sets (a roster, the sets given to it, results narrowed to it);
    # sets ask for the classes to filter by through events.class_scopes, never importing this.
    ("classes", {"quizapp.classes"}),
    # A document read through the learner's answers and card reviews (above both), and users'
    # own documents: import, drafts under review (the drafter, the teacher's question form), publish.
    ("reader view and users' documents", {"quizapp.reader", "quizapp.documents"}),
    # A quiz set played together, question by question: sets, attempts and the answer path.
    ("live classroom", {"quizapp.live"}),
    # Assembling the app: create_app registers every blueprint; ``quizapp serve`` starts it.
    ("the app", {"quizapp"}),
    ("the command line", {"quizapp.cli"}),
]

LAYER_OF = {unit: index for index, (_name, units) in enumerate(LAYERS) for unit in units}


def unit_of(module: str) -> str | None:
    """The layered unit a dotted module name belongs to, or None when no unit names it."""
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in LAYER_OF:
            return candidate
    return None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(name: str) -> bool:
    """Whether ``name`` is a module or package of quizapp (``from quizapp import qtypes``
    imports the package quizapp.qtypes, not a name of quizapp/__init__.py)."""
    relative = Path(*name.split("."))
    return (PACKAGE_DIR.parent / relative).with_suffix(".py").is_file() or (PACKAGE_DIR.parent / relative / "__init__.py").is_file()


def imported_modules(module: str, source: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, quizapp module) for every import statement anywhere in ``source``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                found.append((node.lineno, submodule if is_module(submodule) else target))
    return [(line, name) for line, name in found if name == "quizapp" or name.startswith("quizapp.")]


def forbidden_imports(module: str, source: str, is_package: bool = False) -> list[str]:
    """Every import in ``source`` (the text of ``module``) that the layers do not allow."""
    unit = unit_of(module)
    assert unit is not None, f"{module} is in no layer: add it to LAYERS here and to docs/ARCHITECTURE.md"
    problems = []
    for line, target in imported_modules(module, source, is_package):
        target_unit = unit_of(target)
        if target_unit is None:
            problems.append(f"{module}:{line} imports {target}, which is in no layer")
        elif target_unit != unit and LAYER_OF[target_unit] >= LAYER_OF[unit]:
            problems.append(
                f"{module}:{line} imports {target} ({LAYERS[LAYER_OF[target_unit]][0]}) from"
                f" {LAYERS[LAYER_OF[unit]][0]}: send a signal of quizapp.events instead"
            )
    return problems


MODULES = sorted(PACKAGE_DIR.rglob("*.py"))


def test_every_module_has_a_layer():
    unplaced = [module_name(path) for path in MODULES if unit_of(module_name(path)) is None]
    assert unplaced == [], "add these to LAYERS in tests/test_layering.py and to docs/ARCHITECTURE.md"


def test_no_module_imports_a_layer_above_or_beside_it():
    problems = [
        problem
        for path in MODULES
        for problem in forbidden_imports(module_name(path), path.read_text(encoding="utf-8"), path.name == "__init__.py")
    ]
    assert problems == []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        # the imports this layering replaced with signals
        ("quizapp.quiz.services", "def f():\n    from quizapp.cards.services import stage_missed_question\n"),
        ("quizapp.auth.services", "def f():\n    from quizapp.quiz.models import Attempt\n"),
        ("quizapp.bank.services", "from quizapp.cards.models import StudyCard\n"),
        ("quizapp.auth.services", "from quizapp.sets.services import client_key\n"),
        # siblings of one layer stay apart; a type-only import is still a dependency
        ("quizapp.cards.services", "import quizapp.sets.stats\n"),
        ("quizapp.auth.models", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from quizapp.bank.models import Topic\n"),
        # the set definitions may not lean on quizzes, nor foundations on anything above them
        ("quizapp.sets.models", "from quizapp.quiz.models import Attempt\n"),
        ("quizapp.events", "from quizapp import qtypes\n"),
        ("quizapp.quiz.views", "from ..sets import views\n"),
    ],
)
def test_a_forbidden_import_is_found(module, source):
    assert len(forbidden_imports(module, source)) == 1


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("quizapp.cards.services", "from quizapp.quiz.grading import correct_answer_text\n"),
        ("quizapp.quiz.services", "def f():\n    from quizapp.sets.models import QuizSet\n"),
        ("quizapp.qtypes.numeric", "from quizapp.quiz.numbers import read_number\n"),
        ("quizapp.sets.views", "from . import services\nfrom .models import QuizSet\n"),
        ("quizapp", "from quizapp.sets import bp\n"),
    ],
)
def test_an_allowed_import_passes(module, source):
    assert forbidden_imports(module, source) == []


def test_the_architecture_document_names_every_layered_unit():
    """The rule is written once for people (docs/ARCHITECTURE.md) and once for the test (LAYERS)."""
    text = (PACKAGE_DIR.parent / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = [unit for unit in LAYER_OF if f"`{unit.removeprefix('quizapp.') or 'quizapp'}`" not in text]
    assert missing == []
