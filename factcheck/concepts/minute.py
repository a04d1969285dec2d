"""Minutes of a match: "in the 23rd minute", "112'", "(67')", "minute 108" (the lexicon's
`minute_of_play` patterns), in a sentence about a goal (its `goal_words`).

The frame names the player the sentence gives (the surname of the nearest person named), so
two minutes for one goal meet; a minute without a name joins the one named frame when it is the
only one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..models import Claim, QuantityValue
from .base import Comparison, Concept, make_claim

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..annotate import Annotations

_NUMBER = re.compile(r"\d{1,3}")
_PERIOD_ENDS = {40, 45, 80, 90, 105, 120}  # halves and extra time of football and rugby


def _scorer(sentence: Span, ents: list[Span], start: int) -> str:
    """The player a minute belongs to: the subject of its clause when named, else the only person the
    sentence names."""
    doc = sentence.doc
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is not None:
        head = token[0]
        for _ in range(5):
            if head.pos_ == "VERB":
                break
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None:
                return owner.text.lower()  # "Tom Baines's 87th-minute header"
            head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
        if subjects:
            return subjects[0].text.lower()
    people = [e for e in ents if e.label_ == "PERSON"]
    return people[0][-1].text.lower() if len(people) == 1 else ""  # with several names, none is sure


def minutes(notes: Annotations) -> Iterator[Claim]:
    """Every minute of play given for a goal."""
    for sentence in notes.sentences:
        if not notes.matched("goal_words", sentence):
            continue
        for span in notes.matched("minute_of_play", sentence):
            number = _NUMBER.search(span.text)
            value = int(number.group()) if number else 0
            start, end = span.start_char, span.end_char
            if not 1 <= value <= 130 or notes.in_quote(start, end):
                continue
            if span.text.lower().startswith("after") and value in _PERIOD_ENDS:
                continue  # "level after 90 minutes": the end of a period, not a goal's minute
            about = {"what": "goal", "person": _scorer(sentence, notes.ents_in(sentence), start)}
            quantity = QuantityValue(low=value, high=value, unit="minute")
            yield make_claim(notes, "minute", about, quantity, start, end, sentence)


CONCEPT = Concept(
    name="minute",
    label="Minute of play",
    value_kind="quantity",
    comparison=Comparison(exact=True),
    priority=40,
    extract=minutes,
    about_fields=("what", "person"),
)
