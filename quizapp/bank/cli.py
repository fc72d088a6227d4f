"""``flask bank check|load|stats``: validate, load and describe bank folders."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app

from quizapp.bank import bp
from quizapp.bank.parser import Bank, BankError, find_banks, read_banks
from quizapp.bank.services import bank_stats, load_bank
from quizapp.extensions import db

bp.cli.short_help = "Check, load and describe question banks."
path_argument = click.argument("path", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))


def read_all(path: Path | None) -> list[Bank]:
    """Read every bank under ``path`` (default: the app's bank folder); exit 1 on any problem."""
    path = path or Path(current_app.config["BANK_DIR"])
    if not find_banks(path):
        raise click.ClickException(f"no bank (a folder with document.yaml) in {path}")
    try:
        return read_banks(path)
    except BankError as exc:
        for problem in exc.problems:
            click.echo(str(problem), err=True)
        click.echo(f"{len(exc.problems)} problem(s) found; nothing was loaded.", err=True)
        sys.exit(1)


@bp.cli.command("check")
@path_argument
def check_command(path: Path | None) -> None:
    """Validate a bank folder (or a folder of banks) and report every problem."""
    for bank in read_all(path):
        click.echo(f"{bank.folder}: ok ({len(bank.questions)} questions, {len(bank.cards)} cards)")


@bp.cli.command("load")
@path_argument
def load_command(path: Path | None) -> None:
    """Load banks into the database: an upsert by id that keeps earlier versions."""
    for bank in read_all(path):
        report = load_bank(bank)
        db.session.commit()
        click.echo(f"{bank.slug}: {report}")


@bp.cli.command("stats")
@path_argument
def stats_command(path: Path | None) -> None:
    """Print counts by type, topic, difficulty and cited paragraph."""
    for bank in read_all(path):
        stats = bank_stats(bank)
        click.echo(f"{bank.title} ({bank.slug}): {stats.questions} questions, {stats.cards} cards")
        for heading, counter in (
            ("By type", stats.by_type),
            ("By topic", stats.by_topic),
            ("By difficulty", stats.by_difficulty),
            ("Cards by topic", stats.cards_by_topic),
        ):
            click.echo(f"\n{heading}:")
            # Topics in the bank's own order; everything else sorted.
            keys = [t.title for t in bank.topics] if "topic" in heading else sorted(counter)
            for key in keys:
                click.echo(f"  {key!s:<45} {counter[key]:>4}")  # type: ignore[index]  # keys come from the counter or the topics it counts
        click.echo(
            f"\nEnemy pairs (never drawn into one attempt): {stats.enemy_pairs}, "
            f"{stats.declared_enemy_pairs} of them declared in the files"
        )
        click.echo("\nQuestions citing each paragraph:")
        for number in range(1, bank.paragraphs + 1):
            mark = "heading" if number in bank.headings else ("NOT CITED" if not stats.by_paragraph[number] else "")
            click.echo(f"  ¶{number:<3} {stats.by_paragraph[number]:>4}  {mark}")


@bp.cli.command("lint")
@path_argument
@click.option("--strict", is_flag=True, help="Exit 1 when there is any finding (waived ones aside).")
@click.option("--show-waived", is_flag=True, help="Also print the findings waived by lint_ok, with their reasons.")
@click.option("--no-enemies", is_flag=True, help="Leave out the list of enemy pairs.")
def lint_command(path: Path | None, strict: bool, show_waived: bool, no_enemies: bool) -> None:
    """Report the cues a test-wise reader could use to answer without knowing.

    Each finding is printed as file:line: id: code: what; then the enemy pairs (information:
    the drawers keep them apart, so they never fail --strict), a count per code and the
    bank-wide figures.
    """
    from quizapp.bank.enemies import enemy_pairs
    from quizapp.bank.lint import lint_bank

    total = 0
    for bank in read_all(path):
        report = lint_bank(bank)
        for finding in report.open_findings:
            click.echo(str(finding))
        if show_waived:
            for finding in report.waived_findings:
                click.echo(str(finding))
        pairs = enemy_pairs(bank)
        if not no_enemies:
            where = {q.id: f"{q.file}:{q.line}" for q in bank.questions}
            for pair in pairs:
                kind = "declared" if pair.declared else "detected"
                click.echo(f"{where[pair.first]}: {pair.first}: enemy ({kind}, never drawn with {pair.second}): {pair.reason}")
        total += len(report.open_findings)
        counts = report.counts()
        click.echo(
            f"{bank.folder}: {len(report.open_findings)} finding(s), {len(report.waived_findings)} waived"
            + "".join(f"\n  {code:<24} {n:>4}" for code, n in sorted(counts.items()))
        )
        for name, figure in report.figures.items():
            click.echo(f"  {name}: {figure}")
        click.echo(f"  enemy pairs: {len(pairs)} ({sum(p.declared for p in pairs)} declared), kept apart by the drawers")
    if strict and total:
        sys.exit(1)
