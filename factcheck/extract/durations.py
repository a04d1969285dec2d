"""How long events lasted: a number and a time unit on an event noun or verb."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..models import Claim, QuantityValue
from ..quantities import HEDGE_PHRASES, TIME_UNITS, is_number_word, parse_quantity
from ..vocab import (
    EVENT_VERBS,
    SENTENCE_VERBS,
)
from .article import (
    _DURATION_VERBS,
    _RELATIVE_WORDS,
    _TIME_POINT_WORDS,
    Article,
    Event,
    _children,
    _resolve,
    make_claim,
)
from .events import event_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _is_number(token: Token) -> bool:
    return (
        bool(token.like_num)
        or is_number_word(token.text)
        or token.lower_ in ("dozens", "hundreds", "thousands", "scores")
    )


def quantity_span(first: Token, last: Token) -> tuple[int, int]:
    """Widen a number..unit token range over hedges before it ("the more than", "about") and "-long" after."""
    doc = first.doc
    start = first.i
    if start > 0 and doc[start - 1].text in ("$", "€", "£", "US$"):
        start -= 1
    for phrase in HEDGE_PHRASES:
        n = len(phrase.split())
        if start >= n and " ".join(t.lower_ for t in doc[start - n : start]) == phrase:
            start -= n
            break
    end = last.i + 1
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ("long", "strong"):
        end += 2
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _number_before(unit: Token) -> Token | None:
    """The first token of the number that counts a unit noun ("four - hour", "4.5-hour", "two and a half hours")."""
    doc = unit.doc
    i = unit.i - 1
    if i >= 0 and doc[i].text == "-":
        i -= 1
    if i < 0 or not (_is_number(doc[i]) or doc[i].lower_ in ("a", "an", "half")):
        return None
    while i > 0 and (
        _is_number(doc[i - 1])
        or (doc[i - 1].text == "-" and i > 1 and _is_number(doc[i - 2]))
        or (doc[i - 1].lower_ in ("and", "a", "half") and _is_number(doc[max(i - 2, 0)]))
    ):
        i -= 1
    return doc[i]


def _quantity_claim(article: Article, slot: str, subject: str, first: Token, last: Token) -> Claim | None:
    start, end = quantity_span(first, last)
    value = parse_quantity(article.source.text[start:end].replace("\n", " "))
    if value is None:
        value = parse_quantity(article.doc.text[start:end].replace("\n", " "))
    if value is None:
        return None
    return make_claim(article, slot, subject, value, start, end, first.sent)


def _measured_event(unit: Token, first: Token, article: Article) -> Event | None:
    """The event a time unit measures: "four-hour talks", "talks lasted four hours", "four hours of talks"."""
    head = unit.head
    if unit.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.lower_ in ("long", "-long"):
        head = head.head
    if unit.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN") and head.i > unit.i:
        cls = event_of(head, article)
        if cls is not None:
            return cls
        return Event(head.lemma_.lower())
    for prep in _children(unit, "prep"):
        if prep.lower_ == "of":
            for obj in _children(prep, "pobj"):
                event = event_of(obj, article)
                if event is not None:
                    return event
    verb = head.head if unit.dep_ == "pobj" and head.lower_ in ("for", "over", "to") else head
    if verb.lemma_ in SENTENCE_VERBS and unit.dep_ == "pobj":
        return Event("sentence")  # "jailed for six years" is the length of the sentence
    previous = _previous_word(first)
    if previous is not None and previous.lemma_ in _DURATION_VERBS and previous.pos_ == "VERB":
        verb = previous  # "lasted three hours before …": the parser may hang the hours on "before"
    elif unit.dep_ not in ("dobj", "npadvmod", "attr", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_ in EVENT_VERBS:
        return event_of(verb, article)
    if verb.lemma_ in _DURATION_VERBS:
        holder = verb.head if verb.dep_ == "xcomp" and not _children(verb, "nsubj") else verb  # "is expected to last"
        for subj in _children(holder, "nsubj", "nsubjpass"):
            event = event_of(_resolve(subj), article)
            if event is not None:
                return event
    return None


def _previous_word(token: Token) -> Token | None:
    """The word before a number phrase, skipping a hedge and "for" ("lasted for more than three hours")."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and (
        doc[i].lower_
        in (
            "for",
            "about",
            "around",
            "nearly",
            "almost",
            "some",
            "than",
            "more",
            "over",
            "just",
            "roughly",
            "at",
            "least",
        )
        or doc[i].is_space
    ):
        i -= 1
    return doc[i] if i >= 0 else None


def durations(article: Article) -> Iterator[Claim]:
    """How long events lasted: number + time unit attached to an event noun or verb."""
    for token in article.doc:
        if token.lower_ not in TIME_UNITS or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        following = token.nbor(1) if token.i + 1 < len(article.doc) else None
        if following is not None and following.lower_ in _TIME_POINT_WORDS:
            continue
        first = _number_before(token)
        if first is None:
            continue
        previous = _previous_word(first)
        lasted = previous is not None and previous.lemma_ in _DURATION_VERBS
        if following is not None and following.lower_ in _RELATIVE_WORDS and not lasted:
            continue  # "three hours before the vote" is a time, not a length
        event = _measured_event(token, first, article)
        if event is None:
            continue
        claim = _quantity_claim(article, "duration", event.subject, first, token)
        if claim is not None and isinstance(claim.value, QuantityValue) and claim.value.unit == "hour":
            yield claim
