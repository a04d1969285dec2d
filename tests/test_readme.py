"""The README says what the tool does now."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.concepts import slots

README = Path(__file__).parent.parent / "README.md"


def test_the_slot_table_lists_every_registered_slot() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| slot |") : text.index("`factcheck slots` prints")]
    rows = [row for row in table.splitlines()[2:] if row.startswith("|")]
    listed = {name for row in rows for name in re.findall(r"`(\w+)`", row.split("|")[1])}
    assert listed == set(slots())


def test_the_sample_output_is_what_the_tool_prints_today(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The README's first rows of `factcheck compare seeds/` are the real ones (as cog keeps sqlite-utils' docs)."""
    import os

    from typer.testing import CliRunner

    from factcheck.cli import app

    monkeypatch.chdir(README.parent)
    assert os.environ["COLUMNS"] == "100"  # the width the README says
    text = README.read_text(encoding="utf-8")
    start = text.index("```\n", text.index("`factcheck compare seeds/`")) + 4
    sample = text[start : text.index("```", start)].splitlines()
    assert sample[-1].startswith("│ …")  # the README cuts the run short here
    result = CliRunner().invoke(app, ["compare", "seeds/"], prog_name="factcheck")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[: len(sample) - 1] == sample[:-1]
