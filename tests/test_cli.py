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


@pytest.fixture(scope="module", autouse=True)
def _warm_model(nlp) -> None:  # type: ignore[no-untyped-def]
    """Load the pipeline once for this module (the CLI loads its own, but spaCy caches the files)."""


def test_compare_json_follows_the_contract() -> None:
    result = runner.invoke(app, ["compare", str(CORPUS / "merger"), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["schema_version"] == 1
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
        (["compare", str(CORPUS / "merger"), "-o", "no/such/dir/r.json"], "folder no/such/dir does not exist"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_binary_and_empty_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = runner.invoke(app, ["compare", str(tmp_path / "photo.txt"), str(CORPUS / "merger")])
    assert result.exit_code == 2 and "photo.txt: looks like a binary file" in result.stderr


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
