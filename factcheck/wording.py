"""Small pieces of English for messages and reports."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 discrepancy", "2 discrepancies", "0 sources": the count with its noun in the right number."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
