"""`factcheck claims validate|add|list` through Typer's CliRunner: what a person sees and what lands in the file."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()

ENTRY = "source: Ministry\n{i}slot: count\n{i}subject: deaths\n{i}value: 14\n"
ADD = ["claims", "add", "--source", "Radio", "--slot", "count", "--subject", "deaths", "--value", "16"]


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each command from an empty folder of its own, where claims.yaml is the file under test."""
    monkeypatch.chdir(tmp_path)


def _claims(text: str) -> Path:
    path = Path("claims.yaml")
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_prints_warnings_on_stderr_and_still_exits_0() -> None:
    _claims(
        "claims:\n  - "
        + ENTRY.format(i="    ")
        + 'ignore:\n  - "count:deaths"\n  - "cuont:deaths"\n  - "time:meeting"\n'
    )
    result = runner.invoke(app, ["claims", "validate", "claims.yaml"])
    assert result.exit_code == 0
    assert result.stdout == "claims.yaml: 1 claim, 3 ignored keys, no problems, 2 warnings\n"
    assert result.stderr == (
        "claims.yaml:8: warning: ignore key 'cuont:deaths' starts with unknown slot 'cuont',"
        " so it silences nothing; did you mean 'count'?\n"
        "claims.yaml:9: warning: ignore key 'time:meeting' does not end in ':local' or ':UTC' after its subject,"
        " as every time key a report prints does\n"
    )


def test_validate_lists_every_problem_of_every_entry_in_line_order() -> None:
    _claims(
        "claims:\n"
        "  - slot: headcount\n    subject: deaths\n    value: lots\n"
        "  - source: Radio\n    slot: duration\n    subject: meeting\n    value: fourish hours\n    colour: red\n"
        'ignore:\n  - "deaths"\n'
    )
    result = runner.invoke(app, ["claims", "validate", "claims.yaml"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "claims.yaml:2: missing 'source'\n"
        "claims.yaml:2: unknown slot 'headcount'; did you mean 'count'?\n"
        "claims.yaml:4: value 'lots' is not a quantity (write it like '4.5 hours', 'three', 'at least 200', '$2bn')\n"
        "claims.yaml:8: value 'fourish hours' is not a quantity"
        " (write it like '4.5 hours', 'three', 'at least 200', '$2bn')\n"
        "claims.yaml:9: unknown key 'colour'; expected one of:"
        " id, note, quote, role, slot, source, subject, trusted, url, value\n"
        "claims.yaml:11: warning: ignore key 'deaths' is not slot:subject as reports print keys"
        " (e.g. 'count:deaths'); it silences nothing\n"
    )


def test_list_shows_the_warnings_too() -> None:
    _claims("claims:\n  - " + ENTRY.format(i="    ") + "ignore:\n  - deaths\n")
    result = runner.invoke(app, ["claims", "list", "claims.yaml"])
    assert result.exit_code == 0
    assert "Ministry" in result.stdout
    assert result.stderr == (
        "claims.yaml:7: warning: ignore key 'deaths' is not slot:subject as reports print keys"
        " (e.g. 'count:deaths'); it silences nothing\n"
    )


def test_add_writes_only_the_new_lines_in_the_files_own_style() -> None:
    old = "claims:\n    -   " + ENTRY.format(i="        ") + "\n# Reviewed on Monday.\nignore: []\n"
    path = _claims(old)
    result = runner.invoke(app, [*ADD, "--quote", "Sixteen: confirmed # so far", "--trusted"])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"claims\.yaml: added count / deaths from Radio \(id [0-9a-f]{12}\)\n", result.stdout)
    assert path.read_text() == (
        "claims:\n    -   "
        + ENTRY.format(i="        ")
        + "    -   source: Radio\n"
        + "        slot: count\n"
        + "        subject: deaths\n"
        + "        value: 16\n"
        + '        quote: "Sixteen: confirmed # so far"\n'
        + "        trusted: true\n"
        + "\n# Reviewed on Monday.\nignore: []\n"
    )
    assert runner.invoke(app, ["claims", "validate", "claims.yaml"]).stdout == (
        "claims.yaml: 2 claims, 0 ignored keys, no problems\n"
    )


def test_add_creates_a_missing_file_with_the_users_umask() -> None:
    old = os.umask(0o022)
    try:
        result = runner.invoke(app, [*ADD, "--file", "new.yaml"])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(Path("new.yaml").stat().st_mode) == 0o644
    assert Path("new.yaml").read_text().splitlines()[2:7] == [
        "claims:",
        "  - source: Radio",
        "    slot: count",
        "    subject: deaths",
        "    value: 16",
    ]


def test_add_refuses_a_list_written_inline_and_leaves_the_file_alone() -> None:
    text = "claims: [{source: A, slot: count, subject: deaths, value: 3}]\n"
    path = _claims(text)
    result = runner.invoke(app, ADD)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "error: claims.yaml:1: `claims` must be a list of '- ' entries to add to it; fix it first (nothing was changed)\n"
    )
    assert path.read_text() == text
    assert sorted(p.name for p in Path().iterdir()) == ["claims.yaml"]


def test_add_refuses_a_value_that_does_not_read_naming_the_file() -> None:
    result = runner.invoke(app, [*ADD[:-1], "a while"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "error: claims.yaml: claim not added: value 'a while' is not a quantity"
        " (write it like '4.5 hours', 'three', 'at least 200', '$2bn')\n"
    )
    assert not Path("claims.yaml").exists()


LAUGHS = "a: &a [lol, lol]\nb: &b [*a, *a]\nclaims:\n  - {source: A, slot: count, subject: deaths, value: *b}\n"


@pytest.mark.parametrize("command", ["validate", "list"])
def test_validate_and_list_refuse_aliases_in_one_line(command: str) -> None:
    _claims(LAUGHS)
    result = runner.invoke(app, ["claims", command, "claims.yaml"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "error: claims.yaml:2: YAML aliases (*a) are not allowed in a claims file;"
        " write the value out (nothing was changed)\n"
    )


def test_list_names_a_utf16_file_and_the_fix() -> None:
    Path("claims.yaml").write_bytes("claims: []\n".encode("utf-16"))
    result = runner.invoke(app, ["claims", "list", "claims.yaml"])
    assert (result.exit_code, result.stdout, result.stderr) == (
        2,
        "",
        "error: claims.yaml: UTF-16 text; save it as UTF-8\n",
    )


def test_add_leaves_a_read_only_file_alone() -> None:
    old = "claims:\n  - " + ENTRY.format(i="    ")
    path = _claims(old)
    path.chmod(0o444)
    result = runner.invoke(app, ADD)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "error: claims.yaml: is read-only; make it writable (chmod u+w)"
        " or add the claim to another file (nothing was changed)\n"
    )
    assert path.read_text() == old and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_add_file_onto_a_symlink_writes_the_target_and_keeps_the_link() -> None:
    Path("event").mkdir()
    _claims("claims:\n  - " + ENTRY.format(i="    ")).rename("event/claims.yaml")
    Path("claims.yaml").symlink_to("event/claims.yaml")
    Path("loop.yaml").symlink_to("loop.yaml")
    assert runner.invoke(app, [*ADD, "--file", "claims.yaml"]).exit_code == 0
    assert Path("claims.yaml").is_symlink()
    assert (
        Path("event/claims.yaml")
        .read_text()
        .endswith("  - source: Radio\n    slot: count\n    subject: deaths\n    value: 16\n")
    )
    result = runner.invoke(app, [*ADD, "--file", "loop.yaml"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "error: loop.yaml: a symlink that leads to no file (Too many levels of symbolic links);"
        " point it at the claims file (nothing was changed)\n"
    )
    assert Path("loop.yaml").is_symlink()
