"""``flask bank import|export``: other formats in and out of bank folders.

They join the bank's command group but live here: the formats sit above the bank (they use its
parser and checks), and the bank never imports upwards. ``create_app`` imports this module,
which adds the commands to the group.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from quizapp import formats
from quizapp.bank import bp
from quizapp.bank.cli import read_all
from quizapp.bank.parser import SLUG, read_bank
from quizapp.formats.bankio import bank_items, check_import, cue_findings, write_bank
from quizapp.formats.base import MAX_IMPORT_BYTES, loss_report, with_report


def _format_option(*, can_import: bool = False, can_export: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return click.option("--format", "format_name", default=None, metavar="FORMAT", help="The file's format: moodle-xml, gift, aiken, … (guessed from the name when left out).")


def _chosen_format(format_name: str | None, *, can_import: bool = False, can_export: bool = False) -> Any:
    """The format named, checked against the registry."""
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
    for ident, lines in result.left_out.items():  # read with an item that imports, but not kept
        for line in lines:
            click.echo(f"{result.where.get(ident, ident)}: {ident}: {line}", err=True)
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
        options["passages"] = dict(enumerate(lines[: bank.paragraphs], start=1))
    result = chosen.export_items(items.questions, items.cards, title=items.title, topics=items.topics, **options)
    report = loss_report(chosen.label, len(items.questions), len(items.cards), result.lost)
    zipped = output.suffix.lower() == ".zip" and not chosen.writes_archive
    output.write_bytes(with_report(result, report).data if zipped else result.data)
    click.echo(report, nl=False)
    click.echo(f"Wrote {output}")
