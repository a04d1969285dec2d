"""When and where an event took place: dates and places on its noun or verb."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import indices_of
from ..lexicon import word_list
from ..models import Claim, PlaceValue
from ..vocab import (
    SENTENCE_VERBS,
    SETTLEMENT_NOUNS,
)
from .article import (
    _HOLD_VERBS,
    Article,
    Event,
    _canonical_place,
    _children,
    _clean_name,
    _resolve,
    make_claim,
)
from .events import EVENT_WORDS, _entity_span, _names_parties, _place_entity, _venue_of, event_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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


def event_places(article: Article) -> Iterator[Claim]:
    """Where an event took place: the venue (a named building) or the town, on the event's noun or verb."""
    seen: set[int] = set()
    for i in indices_of(article.doc, EVENT_WORDS | _HOLD_VERBS):
        token = article.doc[i]
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
            where = _signing(event, host)
            for prep in _children(host, "prep"):
                if prep.lower_ not in ("in", "at", "inside", "near", "outside") or prep.i in seen:
                    continue
                seen.add(prep.i)
                for obj in _children(prep, "pobj"):
                    yield from _place_claims(article, where, obj)
        for left in token.lefts:
            if left.dep_ in ("compound", "nmod") and left.ent_type_ in ("GPE", "FAC") and left.i not in seen:
                seen.add(left.i)
                span = _entity_span(left)
                if span is not None and not _names_parties(span):
                    yield _place_claim(article, event, span, "venue" if span.label_ == "FAC" else "city")


_SIGNED = frozenset(word_list("signed_nouns"))


def _signing(event: Event, host: Token) -> Event:
    """Where a deal was signed and where its signing ceremony was held are one place: "signed the
    accord at X" and "the signing ceremony took place at Y" meet."""
    if event.other:
        return event
    verb = host.head if host.dep_ in ("dobj", "nsubjpass") else host
    if event.cls in _SIGNED and verb.lemma_.lower() == "sign":
        return Event("signing")
    if event.cls == "ceremony" and (any(c.lower_ == "signing" for c in host.subtree) or _reports_signing(host.doc)):
        return Event("signing")  # in a story about a signing, "the ceremony" is the signing's
    return event


def _reports_signing(doc: Doc) -> bool:
    """True when the article says a deal was signed ("signed a ceasefire", "the accord was signed")."""
    cache = doc.user_data.setdefault("factcheck_reports_signing", {})
    if "signed" not in cache:
        cache["signed"] = any(
            t.lemma_.lower() == "sign"
            and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _SIGNED for c in t.children)
            for t in doc
        )
    return bool(cache["signed"])


def _place_claims(article: Article, event: Event, obj: Token) -> Iterable[Claim]:
    venue = _venue_of(obj)
    if venue is not None:
        yield _place_claim(article, event, venue, "venue")
    place = _place_entity(obj)
    if place is not None and (venue is None or not (venue.start <= place.start < venue.end)) and place.label_ != "FAC":
        # "near the village of X" names the very spot, as a venue does; a bare town may only nest another
        spot = obj.lemma_.lower() in SETTLEMENT_NOUNS and place.start > obj.i  # "the village of X", named after it
        yield _place_claim(article, event, place, "venue" if spot else "city" if place.label_ == "GPE" else "region")


def _place_claim(article: Article, event: Event, span: Span, level: str) -> Claim:
    tokens = [t for t in span if t.lower_ != "the"]
    start = tokens[0].idx if tokens else span.start_char
    name = _clean_name(article.source.text[start : span.end_char])
    value = PlaceValue(name=name, canonical=_canonical_place(name), level=level)  # type: ignore[arg-type]
    return make_claim(article, "place", event.subject, value, start, span.end_char, span.sent, event.about, event.ref)
