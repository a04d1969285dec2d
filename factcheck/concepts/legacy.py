"""Concepts still read by the first extractors (factcheck.extract): meetings' lengths, agreed points,
participants, places, contacts and scores. Each reader builds its claims' frames from the event it
found (`Event.about`), as the newer modules do from the annotations."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..models import Claim
from .base import Comparison, Concept

if TYPE_CHECKING:
    from ..annotate import Annotations
    from ..extract.article import Article


def _adapt(
    reader: Callable[[Article], Iterator[Claim]], dated: bool = False
) -> Callable[[Annotations], Iterator[Claim]]:
    def extract(notes: Annotations) -> Iterator[Claim]:
        for claim in reader(notes.legacy_article()):
            yield _in_its_year(notes, claim) if dated else claim

    extract.__doc__ = reader.__doc__
    return extract


def _in_its_year(notes: Annotations, claim: Claim) -> Claim:
    """A claim of the story's occasion moved to the earlier year its sentence sets it in ("the 2003 fire
    at a club in Rhode Island"), as the newer readers do."""
    if claim.event.occasion != "main":
        return claim
    span = notes.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return claim
    year = notes.occasion(span.sent, ignore=(claim.start, claim.end))
    if not year.isdigit():
        return claim
    event = claim.event.model_copy(update={"occasion": year})
    return claim.model_copy(update={"event": event, "subject": f"{claim.subject} ({year})"})


def _concepts() -> list[Concept]:
    from ..extract.agreements import agreed_counts
    from ..extract.contacts import contacts
    from ..extract.people import participants
    from ..extract.scores import scores
    from ..extract.when_where import event_places

    exact = Comparison(exact=True)
    occasion = ("event", "marked", "at")
    return [
        Concept(
            "agreed", "Points agreed", "quantity", exact, 30, _adapt(agreed_counts), ("thing", "action"), emits="count"
        ),
        Concept("participant", "Participant", "person", exact, 30, _adapt(participants), occasion),
        Concept("place", "Place", "place", exact, 40, _adapt(event_places, dated=True), occasion),
        Concept("score", "Final score", "text", exact, 40, _adapt(scores, dated=True), ("what",)),
        Concept("event_type", "Kind of contact", "text", exact, 40, _adapt(contacts), ("between", "on")),
    ]


LEGACY = _concepts()
