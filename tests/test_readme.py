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
