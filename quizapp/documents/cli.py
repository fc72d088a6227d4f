"""``flask bank derive FILE --out FOLDER``: draft a bank folder from a text file.

It joins the bank's command group, but lives with the users' documents: it reads a file as their
import does (``quizapp.documents.reading``) and drafts from it as their review page does, and
neither the bank nor the drafter below imports upwards. ``create_app`` imports this module,
which adds the command to the group; the drafter itself is imported when the command runs, so
that a web worker, which never drafts from a file, does not hold its word tables.
"""
from __future__ import annotations

from pathlib import Path

import click

from quizapp.bank import bp
from quizapp.documents.reading import UnreadableDocument, read_file
from quizapp.languages import guess_language


@bp.cli.command("derive")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path), help="The bank folder to write, e.g. questions/my-document/.")
@click.option("--language", default=None, help="The document's language (en, es); guessed from its words when left out.")
@click.option("--title", default=None, help="The document's title; its first heading (or the file name) when left out.")
@click.option("--per-paragraph", type=click.IntRange(min=1), default=None, help="At most this many ready drafts per paragraph (best first).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many ready drafts in all (best first).")
@click.option("--variant", type=click.IntRange(min=0), default=0, help="Ask for other drafts of the same document (0: the first set).")
def derive_command(file: Path, out: Path, language: str | None, title: str | None, per_paragraph: int | None, limit: int | None, variant: int) -> None:
    """Draft a bank from a .txt, .md, .html, .docx or .pdf FILE into the folder --out.

    The file is read into numbered paragraphs as the web import reads it (headings, each list
    item its own paragraph, a PDF's page furniture removed), so a bank drafted here and one
    drafted from the same file imported in the browser cite the same paragraphs.

    Only drafts that pass every check (validation, grounding in the cited paragraph, the cue
    linter, enemies, duplicates) are written; derive-report.txt in the folder lists the others
    with their reasons. The same file and options always give the same bank.
    """
    from quizapp.derive import Paragraph, derive_drafts
    from quizapp.derive.bankfolder import select, write_bank

    try:
        document = read_file(file.name, file.read_bytes())
    except OSError as exc:
        raise click.ClickException(f"{file} cannot be read: {exc}") from exc
    except UnreadableDocument as exc:
        raise click.ClickException(f"{file}: {exc}") from exc
    paragraphs = [Paragraph(number, block.text, block.is_heading, block.is_list_item) for number, block in enumerate(document.blocks, start=1)]
    language = (language or guess_language("\n\n".join(p.text for p in paragraphs))).strip().lower()
    headings = [p.text for p in paragraphs if p.is_heading]
    title = title or (headings[0] if headings and paragraphs[0].is_heading else file.stem.replace("-", " ").capitalize())
    drafts = derive_drafts(paragraphs, language, variant=variant)
    chosen = select(drafts, per_paragraph, limit)
    counts = write_bank(out, paragraphs, drafts, chosen, language=language, title=title, description=f"Questions and cards drafted from {title}.")
    covered = len({d.paragraph for d in chosen})
    content = sum(not p.is_heading for p in paragraphs)
    click.echo(
        f"{out}: {counts['written']} ready drafts in {counts['topics']} topic file(s), "
        f"{covered} of {content} content paragraphs covered; {counts['held']} held back (see derive-report.txt)"
    )
