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
# The words of a sending-off just before its minute: "was sent off for a second yellow card in the 81st minute"
_SENT_OFF = re.compile(r"\bsent off\b|\bred card\b|\bsecond yellow\b|\bsending-off\b|\bdismissed\b", re.I)


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
        through = [
            o
            for p in head.children
            if p.lower_ in ("through", "via", "by")
            for o in p.subtree
            if o.ent_type_ == "PERSON" and o.dep_ in ("pobj", "appos")
        ]
        if through:
            return through[0].text.lower()  # "Harlow equalised in the 58th minute through winger Tom Baines"
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
            if span.text.lower().startswith(("after", "at")) and value in _PERIOD_ENDS:
                continue  # "level after 90 minutes": the end of a period, not a goal's minute
            what = (
                "sending-off"
                if _SENT_OFF.search(notes.source.text, max(sentence.start_char, start - 80), start)
                else "goal"
            )
            about = {"what": what, "person": _scorer(sentence, notes.ents_in(sentence), start)}
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
