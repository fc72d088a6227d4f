"""``flask bank check|load|stats``: validate, load and describe bank folders."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
                click.echo(f"  {key!s:<45} {counter[key]:>4}")
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


# ---------------------------------------------------------------- import and export (quizapp/formats/)


def _format_option(*, can_import: bool = False, can_export: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return click.option("--format", "format_name", default=None, metavar="FORMAT", help="The file's format: moodle-xml, gift, aiken, … (guessed from the name when left out).")


def _chosen_format(format_name: str | None, *, can_import: bool = False, can_export: bool = False) -> Any:
    """The format named, checked against the registry (read when the command runs: the
    formats package imports the bank's parser, which imports this package)."""
    from quizapp import formats

    if format_name is None:
        return None
    known = formats.names(can_import=can_import, can_export=can_export)
    if format_name not in known:
        raise click.BadParameter(f"'{format_name}' is not one of {', '.join(known)}", param_hint="--format")
    return formats.get(format_name)


@bp.cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_format_option(can_import=True)
@click.option("--into", "into", required=True, type=click.Path(file_okay=False, path_type=Path), help="The bank folder to write, e.g. questions/my-quiz/ (new or empty).")
@click.option("--skip-bad", is_flag=True, help="Write the good items of a file that has bad ones (by default nothing is written).")
def import_command(file: Path, format_name: str | None, into: Path, skip_bad: bool) -> None:
    """Read a question file (Moodle XML, GIFT, Aiken, …) into a new bank folder.

    Every item is checked as `flask bank check` checks bank files; every problem is printed
    with where the file has it. A file with any problem writes nothing unless --skip-bad.
    """
    from quizapp import formats
    from quizapp.bank.parser import SLUG, read_bank
    from quizapp.formats.bankio import check_import, cue_findings, write_bank
    from quizapp.formats.base import MAX_IMPORT_BYTES

    chosen = _chosen_format(format_name, can_import=True) or formats.guess(file.name)
    if chosen is None:
        raise click.ClickException(f"cannot tell the format of {file.name}: give --format ({', '.join(formats.names(can_import=True))})")
    if not SLUG.match(into.name):
        raise click.ClickException(f"the folder's name '{into.name}' is its bank's slug: use lowercase letters, digits and hyphens")
    if into.exists() and any(into.iterdir()):
        raise click.ClickException(f"{into} is not empty: import into a new folder")
    if file.stat().st_size > MAX_IMPORT_BYTES:
        raise click.ClickException(f"{file.name} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    assert chosen.import_items is not None
    try:
        result = chosen.import_items(file.read_bytes(), file.name)
    except formats.FormatError as exc:
        raise click.ClickException(f"{file.name}: {exc}; nothing was written") from None
    check_import(result, format_name=chosen.name, filename=file.name)
    for problem in result.problems:
        click.echo(str(problem), err=True)
    unsourced = sum(1 for i in result.items() if i.get("unsourced"))
    click.echo(
        f"{file.name} ({chosen.label}): {len(result.questions)} question(s) and {len(result.cards)} card(s) read, "
        f"{len(result.problems)} item(s) could not be imported; {unsourced} unsourced (no cited paragraph)"
    )
    if result.problems and not skip_bad:
        click.echo("Nothing was written: fix the file, or pass --skip-bad to import the good items.", err=True)
        sys.exit(1)
    if not result.items():
        click.echo("Nothing to write: the file has no item Quizapp can hold.", err=True)
        sys.exit(1)
    title = result.title or file.name.split(".")[0]
    write_bank(into, result, slug=into.name, title=title, format_name=chosen.name, filename=file.name)
    bank = read_bank(into)
    findings = cue_findings(bank)
    for ident, lines in findings.items():
        for line in lines:
            click.echo(f"{result.where.get(ident, ident)}: {ident}: {line}")
    click.echo(f"{into}: ok ({len(bank.questions)} questions, {len(bank.cards)} cards in {len(bank.topics)} topic(s)); "
               f"{sum(len(v) for v in findings.values())} lint finding(s) above (flask bank lint {into})")


@bp.cli.command("export")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_format_option(can_export=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The file to write; a name ending in .zip holds the export and its loss report.")
def export_command(path: Path, format_name: str | None, output: Path) -> None:
    """Write a bank folder in another format and print what the format could not carry."""
    from quizapp import formats
    from quizapp.formats.bankio import bank_items
    from quizapp.formats.base import loss_report, with_report

    chosen = _chosen_format(format_name, can_export=True)
    if chosen is None:
        raise click.ClickException(f"give --format ({', '.join(formats.names(can_export=True))})")
    banks = read_all(path)
    if len(banks) != 1:
        raise click.ClickException(f"{path} holds {len(banks)} banks: export one bank folder at a time")
    bank = banks[0]
    items = bank_items(bank)
    assert chosen.export_items is not None
    options: dict[str, Any] = {}
    if chosen.quotes_passages and bank.source_file and bank.source_file.is_file():
        lines = bank.source_file.read_text(encoding="utf-8").splitlines()
        options["passages"] = {n: line for n, line in enumerate(lines[: bank.paragraphs], start=1)}
    result = chosen.export_items(items.questions, items.cards, title=items.title, topics=items.topics, **options)
    report = loss_report(chosen.label, len(items.questions), len(items.cards), result.lost)
    zipped = output.suffix.lower() == ".zip" and not chosen.writes_archive
    output.write_bytes(with_report(result, report).data if zipped else result.data)
    click.echo(report, nl=False)
    click.echo(f"Wrote {output}")
