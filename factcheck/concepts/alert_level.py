"""Alert levels: "raised the alert level to red", "issued a red warning", "alert level 3".

Civil protection, volcano observatories, weather services and health agencies grade a danger on a
scale of colours or numbers; outlets that give two grades for the same alert contradict each other.
An alert and a weather warning are kept apart (they are often two systems), as are grades that are
only feared or planned ("could be raised to red") and grades of another occasion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import word_classes
from ..models import Claim, EventRef, TextValue
from .base import Comparison, Concept, make_claim
from .day import denied, planned_clause

if TYPE_CHECKING:
    from ..annotate import Annotations

_GRADES = word_classes("alert_grades")  # "amber" -> orange
_GRADE = rf"(?:{'|'.join(sorted(_GRADES, key=len, reverse=True))}|level\s+\d|\d)"
_NOUN = r"(?P<noun>alert|alarm|warning)"
# "raised the alert for the volcano to red", "brought the alert level to orange", "alert level at 3"
_RAISED_TO = re.compile(
    rf"\b{_NOUN}(?:\s+level)?(?:\s+for\s+[^,.;]{{1,40}}?)?\s+(?:to|at)\s+(?:the\s+)?(?:level\s+)?(?P<grade>{_GRADE})\b",
    re.I,
)
# "issued a red alert", "an amber warning is in place", "alert level 3", "alert level orange"
_NAMED = re.compile(
    rf"\b(?:a|an|the)\s+(?P<grade>{_GRADE})(?:-level)?\s+{_NOUN}\b"
    rf"|\b(?P<noun2>alert|alarm|warning)\s+level\s+(?P<grade2>{_GRADE})\b",
    re.I,
)


_ANY_ALERT = re.compile(r"alert|alarm|warning", re.I)


def _grade(written: str) -> str:
    """One name for a grade: "amber" → "orange", "level 3" and "3" → "level 3"."""
    word = " ".join(written.lower().split())
    digits = re.sub(r"\D", "", word)
    return f"level {digits}" if digits else _GRADES.get(word, word)


def alert_levels(notes: Annotations) -> Iterator[Claim]:
    """Every alert or warning grade the body states as in force."""
    text = notes.source.text
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body" or _ANY_ALERT.search(text, sentence.start_char, sentence.end_char) is None:
            continue  # one cheap search before two patterns
        seen: set[int] = set()
        for pattern in (_RAISED_TO, _NAMED):
            for match in pattern.finditer(text, sentence.start_char, sentence.end_char):
                group, noun = ("grade", "noun") if match["grade"] else ("grade2", "noun2")
                start, end = match.span(group)
                if start in seen or notes.in_quote(start, end):
                    continue
                seen.add(start)
                if denied(sentence, start) or planned_clause(sentence, start):
                    continue  # "has not raised the alert to red", "could raise it to red"
                about = {"of": f"{match[noun].lower().replace('alarm', 'alert')} level"}
                event = EventRef(occasion=notes.occasion_near(sentence, start, end))
                value = TextValue(text=_grade(match[group]))
                yield make_claim(notes, "alert_level", about, value, start, end, sentence, event=event)


CONCEPT = Concept(
    name="alert_level",
    label="Alert level",
    value_kind="text",
    comparison=Comparison(exact=True),
    priority=45,
    extract=alert_levels,
    about_fields=("of",),
)
