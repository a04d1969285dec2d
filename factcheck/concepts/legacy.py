"""Concepts still read by the first extractors (factcheck.extract): meetings' lengths, agreed points,
participants, dates, places, contacts and scores. Their claims carry their subject as the frame
until each moves to a module of its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..models import Claim
from .base import Comparison, Concept

if TYPE_CHECKING:
    from ..annotate import Annotations
    from ..extract.article import Article


def _adapt(reader: Callable[[Article], Iterator[Claim]]) -> Callable[[Annotations], Iterator[Claim]]:
    def extract(notes: Annotations) -> Iterator[Claim]:
        from ..group import normalise_subject

        article = notes.legacy_article()
        for claim in reader(article):
            claim.about = {"subject": normalise_subject(claim.subject)}
            yield claim

    extract.__doc__ = reader.__doc__
    return extract


def _concepts() -> list[Concept]:
    from ..extract.agreements import agreed_counts
    from ..extract.contacts import contacts
    from ..extract.people import participants
    from ..extract.scores import scores
    from ..extract.when_where import event_places

    exact = Comparison(exact=True)
    return [
        Concept("agreed", "Points agreed", "quantity", exact, 30, _adapt(agreed_counts), emits="count"),
        Concept("participant", "Participant", "person", exact, 30, _adapt(participants)),
        Concept("place", "Place", "place", exact, 40, _adapt(event_places)),
        Concept("score", "Final score", "text", exact, 40, _adapt(scores)),
        Concept("event_type", "Kind of contact", "text", exact, 40, _adapt(contacts)),
    ]


LEGACY = _concepts()
