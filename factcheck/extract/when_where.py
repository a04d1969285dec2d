"""When and where an event took place: dates and places on its noun or verb."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..dates import parse_date
from ..models import Claim, PlaceValue
from ..vocab import (
    SENTENCE_VERBS,
)
from .article import (
    _END_VERBS,
    _HOLD_VERBS,
    _TIME_OF_DAY,
    Article,
    Event,
    _canonical_place,
    _children,
    _clean_name,
    _resolve,
    make_claim,
)
from .contacts import _HYPOTHETICAL
from .events import _entity_span, _names_parties, _place_entity, _venue_of, event_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _event_for_attachment(token: Token, article: Article) -> Event | None:
    """The event a date or place phrase hangs on: an event noun, an event verb, or "held/took place"."""
    event = event_of(token, article)
    if event is not None:
        return event
    if token.lemma_ in SENTENCE_VERBS | {"convict", "acquit"}:
        return Event("hearing")  # a sentence or verdict is handed down at a hearing
    if token.pos_ in ("VERB", "AUX"):
        if token.dep_ in ("acl", "relcl") and token.lemma_ in _HOLD_VERBS | {"schedule", "plan"}:
            return event_of(token.head, article)
        for arg in _children(token, "dobj", "nsubjpass", "nsubj"):
            arg = _resolve(arg)
            if token.lemma_ in _HOLD_VERBS or arg.dep_ in ("nsubj", "nsubjpass"):
                event = event_of(arg, article)
                if event is not None:
                    return event
    return None


def _joined_date(ent: Span) -> Span:
    """ "Saturday, 14 May" as one date when the parser split it in two entities."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ == "DATE":
        following = _entity_span(doc[ent.end + 1])
        if following is not None:
            return doc[ent.start : following.end]
    return ent


def _planned(token: Token) -> bool:
    """A verb of something yet to happen or only possible: "would start talks on Wednesday"."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    for _ in range(3):
        if any(c.lower_ in _HYPOTHETICAL or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def event_dates(article: Article) -> Iterator[Claim]:
    """When an event took place: a date phrase on the event's noun or verb ("met … on 18 May")."""
    for ent in article.doc.ents:
        if ent.label_ != "DATE":
            continue
        ent = _joined_date(ent)
        value = parse_date(ent.text, article.reference_date)
        if value is None:
            continue
        root = ent.root
        while root.dep_ in ("compound", "nmod", "npadvmod") and root.head.lower_ in _TIME_OF_DAY:
            root = root.head  # "on Sunday evening": the evening carries the attachment
        host = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("on", "in") else root.head
        if root.dep_ not in ("pobj", "npadvmod", "compound", "nmod", "poss", "tmod"):
            continue
        event = _event_for_attachment(host, article)
        if (
            event is None
            and host.dep_ == "pobj"
            and host.head.lower_ in ("near", "at", "in", "outside", "inside", "off")
        ):
            host = host.head.head  # "landed near the pole on Thursday": the date hung on the place
            event = _event_for_attachment(host, article)
        if event is None or _planned(host):
            continue
        subject = f"end of {event.subject}" if host.lemma_ in _END_VERBS else event.subject
        yield make_claim(article, "date", subject, value, ent.start_char, ent.end_char, ent.sent)


def event_places(article: Article) -> Iterator[Claim]:
    """Where an event took place: the venue (a named building) or the town, on the event's noun or verb."""
    seen: set[int] = set()
    for token in article.doc:
        event = event_of(token, article)
        hosts = [token]
        if event is None and token.pos_ == "VERB" and token.lemma_ in _HOLD_VERBS:
            event = _event_for_attachment(token, article)
        if event is None:
            continue
        if token.dep_ in ("dobj", "nsubj", "nsubjpass") and token.head.pos_ == "VERB":
            hosts.append(token.head)
        hosts += [c for c in token.children if c.dep_ in ("acl", "relcl") and c.lemma_ in _HOLD_VERBS]
        for host in hosts:
            for prep in _children(host, "prep"):
                if prep.lower_ not in ("in", "at", "inside") or prep.i in seen:
                    continue
                seen.add(prep.i)
                for obj in _children(prep, "pobj"):
                    yield from _place_claims(article, event, obj)
        for left in token.lefts:
            if left.dep_ in ("compound", "nmod") and left.ent_type_ in ("GPE", "FAC") and left.i not in seen:
                seen.add(left.i)
                span = _entity_span(left)
                if span is not None and not _names_parties(span):
                    yield _place_claim(article, event, span, "venue" if span.label_ == "FAC" else "city")


def _place_claims(article: Article, event: Event, obj: Token) -> Iterable[Claim]:
    venue = _venue_of(obj)
    if venue is not None:
        yield _place_claim(article, event, venue, "venue")
    place = _place_entity(obj)
    if place is not None and (venue is None or not (venue.start <= place.start < venue.end)) and place.label_ != "FAC":
        yield _place_claim(article, event, place, "city" if place.label_ == "GPE" else "region")


def _place_claim(article: Article, event: Event, span: Span, level: str) -> Claim:
    tokens = [t for t in span if t.lower_ != "the"]
    start = tokens[0].idx if tokens else span.start_char
    name = _clean_name(article.source.text[start : span.end_char])
    value = PlaceValue(name=name, canonical=_canonical_place(name), level=level)  # type: ignore[arg-type]
    return make_claim(article, "place", event.subject, value, start, span.end_char, span.sent)
