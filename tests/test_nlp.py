"""Sentences as a reader sees them: a line break ends a headline, not a wrapped line."""

from __future__ import annotations

import pytest

from factcheck.models import Source
from factcheck.nlp import parse


def sentences(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    (doc,) = parse([Source(id="t.txt", path="t.txt", text=text)], nlp)
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry sinks off the cape: 9 dead, 30 rescued\nThe ferry capsized on 2 May near the harbour.\n",
        "Court jails former treasurer for fraud\nA judge jailed the club's former treasurer on Tuesday.\n",
    ],
)
def test_a_headline_ends_at_its_line_break_however_it_ends(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert sentences(nlp, text) == text.strip().split("\n")


def test_a_wrapped_first_line_runs_on_into_the_next(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Parliament voted on Tuesday to remove the\nminister from office after a long debate.\n"
    assert sentences(nlp, text) == [text.strip()]


@pytest.mark.parametrize(
    "paragraph",
    ["Fifteen people died when the ferry sank on Monday.", "Three judges dissented from the ruling on Friday."],
)
def test_a_paragraph_opening_with_a_number_word_keeps_it(nlp, paragraph: str) -> None:  # type: ignore[no-untyped-def]
    assert sentences(nlp, f"Tuesday, 4 March 2025\n\n{paragraph}\n")[-1] == paragraph
