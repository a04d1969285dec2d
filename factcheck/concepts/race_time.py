"""Times of a race: "won in 2:06:41", "crossed the line in 2h06'14\"", "his 2:23:17".

A race time is a length written as hours, minutes and seconds; it is the time of the runner (or
rider, or swimmer) the clause names, so the winner's time in one outlet meets the winner's time in
another. Any second of difference is a contradiction: race times are timed, not estimated. Split
times, projections ("on course for 2:05") and times no named person ran are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..models import Claim, EventRef, TextValue
from .base import Comparison, Concept, make_claim, name_beside, plain, surname

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Annotations

# "2:06:41", "2:06:41.3", and as Italian and French copy write it, "2h06'41\"", "2h 06' 41''".
RACE_TIME = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.\d+)?(?![\d:])"
    r"|(?<![\d:.])(?P<h2>\d{1,2})\s?h\s?(?P<m2>[0-5]\d)\s?(?:'|′|’|min)\s?(?P<s2>[0-5]\d)(?:\s?(?:\"|″|''|’’|”|s\b))?",
)
_PROJECTING = re.compile(
    r"\b(?:on course for|on pace for|on track for|projected|target(?:ed|ing)?|aim(?:ed|ing)? for)\b", re.I
)
_SPLITS = re.compile(r"\b(?:split|half[- ]way|halfway|at the half|km|kilometre|kilometer|mile)\b", re.I)
_PRONOUNS = {"he", "she", "his", "her"}


def _written(match: re.Match[str]) -> str:
    """The time as h:mm:ss, however the outlet wrote it."""
    hours = match["h"] or match["h2"]
    minutes = match["m"] or match["m2"]
    seconds = match["s"] or match["s2"]
    return f"{int(hours)}:{minutes}:{seconds}"


def _person(token: Token | None) -> str:
    """The surname of a named person a token stands for, or ""."""
    if token is None:
        return ""
    named = name_beside(token)
    if named is not None:
        return plain(named.text)  # "the cyclist Joris Van Aken", "the winner, Ana Morandi,"
    if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ in ("", "ORG", "GPE")):
        return plain(surname(token).text)
    return ""


def _named_before(token: Token) -> str:
    """The person "he", "she" or "his" stands for: the last person named as a subject before it, in its
    sentence or the one before."""
    sentence = token.sent
    start = sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for earlier in reversed(sentence.doc[start : token.i]):
        if earlier.dep_ in ("nsubj", "nsubjpass") and (name := _person(earlier)):
            return name
    return ""


def _runner(sentence: Span, start: int) -> str:
    """Whose time it is: a possessive on the time ("his 2:06:41", "Brevik's 2:06:41"), else the subject of
    the nearest verb above it with a named subject."""
    span = sentence.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return ""
    token = span[0]
    for _ in range(6):
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            return _named_before(owner) if owner.lower_ in _PRONOUNS else _person(owner)
        if token.pos_ in ("VERB", "AUX"):
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return _named_before(subject) if subject.lower_ in _PRONOUNS else _person(subject)
        if token.head.i == token.i:
            break
        token = token.head
    return ""


def race_times(notes: Annotations) -> Iterator[Claim]:
    """Every race time the body gives a named person."""
    text = notes.source.text
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body":
            continue
        for match in RACE_TIME.finditer(text, sentence.start_char, sentence.end_char):
            start, end = match.span()
            before = text[max(sentence.start_char, start - 40) : start]
            if notes.in_quote(start, end) or _PROJECTING.search(before) or _SPLITS.search(before):
                continue
            person = _runner(sentence, start)
            if not person:
                continue
            about = {"of": "finish", "person": person}
            event = EventRef(occasion=notes.occasion_near(sentence, start, end))
            value = TextValue(text=_written(match))
            yield make_claim(notes, "race_time", about, value, start, end, sentence, event=event)


CONCEPT = Concept(
    name="race_time",
    label="Race time",
    value_kind="text",
    comparison=Comparison(exact=True),
    priority=45,  # above times of day: "2:06:41" is no clock time
    extract=race_times,
    about_fields=("of", "person"),
)
