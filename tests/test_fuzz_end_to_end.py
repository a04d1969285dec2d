"""Hostile articles end to end, through the command line: never a crash, never a hang, never a lie.

Slow (about five minutes): run with `pytest -m slow tests/test_fuzz_end_to_end.py`. Articles are
ordinary reports mutated with markup, injection strings, odd units, huge numbers and control
characters, saved in several encodings and formats, sometimes with a claims.yaml beside them.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.ingest import read_source
from factcheck.models import Report

pytestmark = pytest.mark.slow
runner = CliRunner()

BASES = [
    "Tuesday, 4 March 2025\n\nA bus plunged into a ravine near the pass on Monday, killing 14 people and injuring 30, "
    "police said. The driver, 52, was among the dead. Rescue work lasted four hours.\n",
    "LISBON, 9 May (Wire) - A court sentenced the former treasurer to six years in prison on Friday for taking "
    "€2.4 million in bribes. The trial lasted 11 weeks; judge Ana Sousa read the verdict at 10:30.\n",
    "# Storm hits coast\n\nThe storm killed at least 9 people and left 12,000 homes without power, officials said "
    "on Sunday. Winds reached 140 km/h (87 mph). About 3,000 residents were evacuated.\n",
]
HOSTILE = [
    "[/bold]", "[red]", "[/]", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "=HYPERLINK(\"x\")",
    "+1", "-2+3", "@SUM(A1)", "two decades", "a three-decade war", "1e400", "9" * 300, "under " + "9" * 80,
    "NaN", "Infinity", "½", "٣", "１２", "\u2028", "\u202e", "\x1b[31m", "\x00", "\r", "\t", "{{", "}}", "%s",
    "| col |", "`code`", "**", "](http://x)", "&amp;", "\ufeff", "5$ 10", "32 January", "the year 99999",
    "killed 12 people", "killed 15 people", "lasted 4.5 hours", "a five-day meeting", "\n\n", ",,,,,,,,",
]  # fmt: skip
CLAIMS = [
    "",
    "claims:\n  - {source: Police, slot: count, subject: deaths, value: '14'}\n",
    "claims:\n  - {source: '[/]', slot: duration, subject: trial, value: two decades}\nignore: ['cuont:x']\n",
    "claims: [\n",
]


@st.composite
def article(draw: st.DrawFn) -> str:
    """A base report with hostile strings dropped in at random places."""
    text = draw(st.sampled_from(BASES))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(HOSTILE) | st.text(max_size=12))
        text = text[:at] + piece + text[at:]
    return text


def _save(folder: Path, name: str, text: str, encoding: str, suffix: str) -> None:
    if suffix == ".html":
        text = f"<html><body><h1>{text[:40]}</h1><p>{text}</p></body></html>"
    data = text.encode(encoding, errors="replace") if encoding != "utf-16" else text.encode("utf-16")
    (folder / f"{name}{suffix}").write_bytes(data)


@settings(
    max_examples=2000,
    deadline=10_000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
@given(
    texts=st.lists(article(), min_size=1, max_size=3),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
    claims=st.sampled_from(CLAIMS),
    format=st.sampled_from(["json", "table", "md", "csv", "html"]),
)
def test_hostile_articles_never_crash_and_keep_provenance(
    texts: list[str], encoding: str, suffix: str, claims: str, format: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / ".git").mkdir()  # no claims.yaml from above joins in
        for i, text in enumerate(texts):
            _save(root, f"a{i}", text, encoding, suffix)
        if claims:
            (root / "claims.yaml").write_text(claims, encoding="utf-8")
        result = runner.invoke(app, ["compare", folder, "-f", format, "--no-cache"], prog_name="factcheck")
        assert result.exit_code in (0, 2), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        if result.exit_code == 2:
            assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
            return
        if format == "json":
            report = Report.model_validate(json.loads(result.stdout))
            texts_read = {s.id: read_source(Path(s.path)).text for s in report.sources}
            for claim in report.claims:
                if claim.origin == "extracted":
                    assert texts_read[claim.source][claim.start : claim.end] == claim.text
