"""Every kind of bad input gets one line naming the file and what to do (exit 2), or a note and a
result from the rest; never a traceback, never a lost or half-written file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck import ingest
from factcheck.cli import app
from factcheck.files import write_atomically

from .conftest import CORPUS

runner = CliRunner()
ARTICLE = (CORPUS / "cup_final" / "01_match_report.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


def _compare(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["compare", "-f", "json", *args])
    assert "Traceback" not in result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def _one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    return lines[0]


def test_whitespace_only_file(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("   \n\n\t ")
    code, _, err = _compare(str(tmp_path / "blank.txt"))
    assert code == 2 and "blank.txt: the file is empty" in _one_line_error(err)


def test_png_named_txt(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    code, _, err = _compare(str(tmp_path / "photo.txt"))
    assert code == 2 and "photo.txt: looks like a binary file" in _one_line_error(err)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-16-le"])
def test_other_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    text = ARTICLE.replace("Riverside FC", "Café Riverside FC")
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (tmp_path / "b.txt").write_text(ARTICLE.replace("3-1", "2-1"), encoding="utf-8")
    code, out, _ = _compare(str(tmp_path))
    assert code == 0
    report = json.loads(out)
    (score,) = [d for d in report["discrepancies"] if d["slot"] == "score"]
    assert {c["source"] for c in score["claims"]} == {"a.txt", "b.txt"}
    assert "Café Riverside FC beat" in ingest.read_source(tmp_path / "a.txt").text


def test_a_huge_file_is_cut_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("w", encoding="utf-8") as handle:
        while handle.tell() < 20 * 1024 * 1024:
            handle.write(ARTICLE + "\n")
    source = ingest.read_source(huge, notes := [])  # type: ignore[var-annotated]
    assert len(source.text) <= ingest.MAX_CHARS and "only the first" in notes[0]
    monkeypatch.setattr(ingest, "MAX_CHARS", 5_000)  # parse little, so the test stays quick
    code, out, err = _compare(str(huge), str(CORPUS / "cup_final" / "02_radio_brief.txt"))
    assert code == 0 and "huge.txt: longer than 5,000 characters" in err
    assert json.loads(out)["claims"]


def test_html_with_scripts_and_navigation(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><script>var score = '9-9'; document.write('Riverside won 9-9');</script></head><body>"
        "<nav>Home | Sport | Riverside won 7-0 | Login</nav><p>Riverside beat Harbour City 3-1 in the final.</p>"
        "<footer>Copyright 2025</footer></body></html>"
    )
    code, out, _ = _compare(str(page), str(CORPUS / "cup_final" / "01_match_report.txt"))
    report = json.loads(out)
    assert code == 0 and [d for d in report["discrepancies"] if d["slot"] == "score"] == []


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    code, _, err = _compare(str(tmp_path / "nope.txt"))
    assert code == 2 and "nope.txt: no such file or directory" in _one_line_error(err)
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    code, _, err = _compare(str(tmp_path / "empty"))
    assert code == 2 and "no articles here" in _one_line_error(err)


def test_one_article_says_there_is_nothing_to_compare() -> None:
    code, out, err = _compare(str(CORPUS / "cup_final" / "01_match_report.txt"))
    assert code == 0 and "nothing to compare" in err
    assert json.loads(out)["discrepancies"] == []


def test_two_identical_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    code, out, err = _compare(str(tmp_path))
    assert code == 0 and "b.txt has the same text as a.txt" in err
    assert json.loads(out)["discrepancies"] == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("claims:\n  - source: [oops\n", "fix the YAML syntax"),
        (
            "claims:\n  - source: Radio\n    slot: count\n    subject: deaths\n    value: [1, 2]\n",
            ":5: value '[1, 2]' is not a quantity",
        ),
        (
            "claims:\n  - source: Radio\n    slot: kount\n    subject: deaths\n    value: 3\n",
            ":3: unknown slot 'kount'; did you mean 'count'?",
        ),
        (
            "claims:\n  - {id: x, source: A, slot: count, subject: deaths, value: 3}\n  - {id: x, source: B, slot: count, subject: deaths, value: 4}\n",
            ":3: duplicate id 'x' (first used on line 2)",
        ),
        ("claims: 12\n", "`claims` must be a list"),
    ],
)
def test_bad_claims_files(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(body)
    code, _, err = _compare(str(CORPUS / "cup_final"), "--claims", str(path))
    line = _one_line_error(err)
    assert code == 2 and str(path) in line and message in line
    assert path.read_text() == body


def test_output_where_it_cannot_go(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    code, _, err = _compare(str(CORPUS / "cup_final"), "-o", str(tmp_path / "file" / "r.json"))
    assert code == 2 and "is not a folder" in _one_line_error(err)
    code, _, err = _compare(str(CORPUS / "cup_final"), "-o", str(tmp_path / "missing" / "r.json"))
    assert code == 2 and "does not exist" in _one_line_error(err)


def test_unknown_format() -> None:
    result = runner.invoke(app, ["compare", str(CORPUS / "cup_final"), "--format", "docx"])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("the old report")

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("factcheck.files.os.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "the new report, half written")
    assert target.read_text() == "the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.text(max_size=400), second=st.text(max_size=400))
def test_random_text_never_breaks_the_cli(tmp_path_factory: pytest.TempPathFactory, first: str, second: str) -> None:
    folder = tmp_path_factory.mktemp("random")
    (folder / "a.txt").write_text(first, encoding="utf-8")
    (folder / "b.md").write_text(second, encoding="utf-8")
    code, out, err = _compare(str(folder), "--no-cache")
    assert code in (0, 2)
    if code == 0:
        assert json.loads(out)["schema_version"] == 3
    else:
        _one_line_error(err)
