"""The command line, through Typer's CliRunner: output, files, and errors a user can act on."""

from __future__ import annotations

import json
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
    assert report["schema_version"] == 2
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
    assert first_line.startswith("3 discrepancies (2 contradiction, 0 variance, 1 single-source) across 3 sources")
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
        ("r.json", '{\n  "schema_version": 2'),
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
