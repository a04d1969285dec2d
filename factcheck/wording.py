"""Small pieces of English for messages and reports."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 discrepancy", "2 discrepancies", "0 sources": the count with its noun in the right number."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def one_line(text: str) -> str:
    """Text safe to print as one line of a message: line breaks and other control characters (a newline
    or an escape sequence in a file name could split or spoof the message) are shown escaped."""
    return "".join(
        char if char.isprintable() or char == " " else char.encode("unicode_escape").decode("ascii") for char in text
    )


def origins_text(sources: int, independent: int) -> str:
    """ "3 independent sources; 4 articles" when reposts are among them, else "4 sources"."""
    if independent and independent < sources:
        return f"{plural(independent, 'independent source')}; {plural(sources, 'article')}"
    return plural(sources, "source")
