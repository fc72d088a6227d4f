"""Mutation testing of the key rules: does a green test run prove that grading, the set
access checks and the answer/attempt services are right, or only that they run?

mutmut (pinned in the ``test`` extra) plants one small bug at a time ("mutant": ``<`` for
``<=``, ``and`` for ``or``, a constant changed, a line dropped) and runs the tests that cover
the mutated function. A mutant the tests do not notice ("survived") is a behaviour no test
pins down: add a test, or explain why the mutant is equivalent (behaves identically).

Run from the project root (takes roughly 10-20 minutes on two busy cores):

    .venv/bin/python tests/benchmarks/mutation.py            # every module below
    .venv/bin/python tests/benchmarks/mutation.py grading    # modules whose path contains "grading"
    .venv/bin/python tests/benchmarks/mutation.py --jobs 1

It copies the project to ``build/mutation/`` (so the working tree is never mutated), writes a
``[tool.mutmut]`` section for the modules chosen, runs ``mutmut run`` restricted to the
functions listed, and prints the share of mutants killed per module and the survivors. The
exit status is 1 when a module is below ``GOAL``.

The code under test may move (question types are becoming modules): edit ``MODULES`` only.
"""
from __future__ import annotations

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Target:
    """One module to mutate: which functions (fnmatch patterns; "*" for all of them) and
    the fast tests that specify them (only those run, and mutmut runs, per mutant, only
    the ones that reach the mutated function)."""

    path: str
    functions: tuple[str, ...]
    tests: tuple[str, ...]


MODULES: list[Target] = [
    Target(
        "quizapp/quiz/grading.py",
        ("*",),
        ("tests/quiz/test_grading.py", "tests/quiz/test_answer_reading.py", "tests/quiz/test_typed_answers.py"),
    ),
    Target(
        "quizapp/quiz/numbers.py",
        ("*",),
        ("tests/quiz/test_numbers.py", "tests/quiz/test_answer_reading.py"),
    ),
    # Grading lives in the question types (issue 11): reading a form, scoring with partial
    # credit, the typed-answer rules. The same grading tests specify them, plus the types' own.
    *(
        Target(
            f"quizapp/qtypes/{module}",
            ("read_answer", "score", "gap_right", "_right_answer", "_given", "fold_text", "allowed_typos", "typed_answer_matches"),
            (
                "tests/quiz/test_grading.py", "tests/quiz/test_answer_reading.py",
                "tests/quiz/test_typed_answers.py", "tests/qtypes/test_cloze.py",
                "tests/qtypes/test_marked_feedback.py",
            ),
        )
        for module in (
            "typed.py", "choices/__init__.py", "true_false/__init__.py", "fill_in/__init__.py",
            "numeric/__init__.py", "ordering/__init__.py", "matching/__init__.py", "cloze/__init__.py",
        )
    ),
    # The access checks. mutmut never mutates decorated functions (the views themselves),
    # so the checks written inline in a view (an attempt of another set under this set's
    # URL, a question of another set) are pinned by tests in tests/sets instead.
    Target(
        "quizapp/sets/views.py",
        ("owned_set", "_signed_in", "_sign_in_first", "_set_for_code"),
        ("tests/sets/test_sets_pages.py", "tests/sets/test_join_throttle.py", "tests/sets/test_sets_integrity.py"),
    ),
    # The answer path of the services: recording an answer once, into an open attempt only,
    # closing an attempt that is over. (finish_attempt and start_attempt are covered by most
    # of the suite, so their mutants run long: add them here for a longer, deeper run.)
    Target(
        "quizapp/quiz/services.py",
        ("_store_answer", "record_answer", "_insert_response", "_lock_open_attempt", "close_if_over", "answers_accepted_until"),
        # Not tests/quiz/test_answer_abuse.py: its "well under a second" checks fail under
        # mutmut's tracing on a busy machine, and mutmut then refuses to start.
        (
            "tests/sets/test_sets_services.py", "tests/quiz/test_attempt_integrity.py", "tests/quiz/test_answer_race.py",
            # The answer's language, and the missed-question card it announces, end to end.
            "tests/quiz/test_document_language.py", "tests/test_transactions.py", "tests/quiz/test_quiz_pages.py",
        ),
    ),
]

GOAL = 0.90
PROJECT = Path(__file__).resolve().parents[2]
WORKDIR = PROJECT / "build" / "mutation"  # one subfolder per selection of modules
# What the tests need besides the package and themselves (the bank, migrations, static files).
COPY = ["quizapp", "tests", "questions", "migrations", "pyproject.toml", "README.md"]
IGNORE = shutil.ignore_patterns("node_modules", "__pycache__", "*.pyc", ".pytest_cache", "mutants")


def module_name(path: str) -> str:
    """The dotted name mutmut gives a file's mutants: a package's __init__.py is the package."""
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def mutant_globs(target: Target) -> list[str]:
    """mutmut names a mutant ``package.module.x_function__mutmut_N`` (methods:
    ``package.module.xǁClassǁmethod__mutmut_N``)."""
    return [f"{module_name(target.path)}.x*{function}__mutmut_*" for function in target.functions]


def belongs(name: str, target: Target) -> bool:
    prefix = module_name(target.path) + "."
    if not name.startswith(prefix):
        return False
    function = re.sub(r"__mutmut_\d+$", "", name[len(prefix):])
    function = function.split("ǁ")[-1].removeprefix("x_")
    return any(fnmatch.fnmatchcase(function, pattern) for pattern in target.functions)


def workdir(targets: list[Target]) -> Path:
    return WORKDIR / "+".join(Path(t.path).stem for t in targets)


def prepare(targets: list[Target]) -> Path:
    """A fresh copy of the project with a ``[tool.mutmut]`` section for these targets."""
    folder = workdir(targets)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name in COPY:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=IGNORE)
        elif source.exists():
            shutil.copy2(source, folder / name)
    tests = sorted({test for target in targets for test in target.tests if (PROJECT / test).exists()})
    quoted = lambda items: ", ".join(f'"{item}"' for item in items)  # noqa: E731
    config = (
        "\n[tool.mutmut]\n"
        'source_paths = ["quizapp"]\n'
        f"only_mutate = [{quoted(t.path for t in targets)}]\n"
        'also_copy = ["questions", "migrations", "README.md"]\n'
        # Quiet, no cache, browser tests never: each mutant run should be short.
        f'pytest_add_cli_args = ["-q", "-p", "no:cacheprovider", "-m", "not browser"]\n'
        f"pytest_add_cli_args_test_selection = [{quoted(tests)}]\n"
        "use_git_change_detection = false\n"
        "timeout_multiplier = 5.0\n"
    )
    pyproject = folder / "pyproject.toml"
    pyproject.write_text(pyproject.read_text("utf-8") + config, "utf-8")
    return folder


def mutmut(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).with_name("mutmut")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([str(executable), *args], cwd=folder, env=env, text=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("only", nargs="*", help="run only modules whose path contains one of these words")
    parser.add_argument("--jobs", type=int, default=2, help="parallel mutant runs (default 2)")
    args = parser.parse_args()
    targets = [t for t in MODULES if not args.only or any(word in t.path for word in args.only)]
    if not targets:
        parser.error("no module matches")

    started = time.monotonic()
    folder = prepare(targets)
    globs = [glob for target in targets for glob in mutant_globs(target)]
    run = mutmut(folder, "run", "--max-children", str(args.jobs), *globs)
    if run.returncode != 0:
        print(run.stdout[-4000:], run.stderr[-4000:], sep="\n", file=sys.stderr)
        return 2
    listing = mutmut(folder, "results", "--all", "true").stdout
    statuses = dict(re.findall(r"^\s+(\S+): (.+)$", listing, re.M))

    failed = False
    print(f"\nmutation run: {time.monotonic() - started:.0f} s, {args.jobs} jobs")
    for target in targets:
        mine = {name: status for name, status in statuses.items() if belongs(name, target)}
        tested = {n: s for n, s in mine.items() if s not in ("not checked", "skipped")}
        killed = [n for n, s in tested.items() if s in ("killed", "timeout", "caught by type check")]
        share = len(killed) / len(tested) if tested else 0.0
        failed |= share < GOAL
        # A timeout counts as killed (the mutant made the tests hang), but on a busy machine a
        # slow run can time out too: say how many, so that a figure resting on them is rerun.
        timeouts = sum(1 for n in killed if tested[n] == "timeout")
        print(f"{target.path}: {len(killed)}/{len(tested)} killed ({share:.0%})" + (f", {timeouts} of them by timeout" if timeouts else ""))
        for name, status in sorted(tested.items(), key=lambda item: natural(item[0])):
            if name not in killed:
                print(f"    {status}: {name}")
    print(f"\nTo see a mutant: cd {folder.relative_to(PROJECT)} && {Path(sys.executable).with_name('mutmut')} show NAME")
    return 1 if failed else 0


def natural(name: str) -> tuple[str, int]:
    """``f__mutmut_2`` before ``f__mutmut_10``."""
    stem, _, number = name.rpartition("__mutmut_")
    return stem, int(number) if number.isdigit() else 0


if __name__ == "__main__":
    sys.exit(main())
