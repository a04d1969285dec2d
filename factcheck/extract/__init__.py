"""Turn a parsed article into atomic claims: annotate the Doc once, then let every registered
concept read the annotations. Where two concepts claim overlapping text, the higher priority wins;
nothing else depends on the order concepts run in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Claim, Source
from .article import Article, claim_id, find_reference_date
from .people import canonical_person

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Article", "canonical_person", "claim_id", "extract_claims", "find_reference_date"]


_BUCKET = 200


def extract_claims(source: Source, doc: Doc) -> list[Claim]:
    """Every atomic claim one article makes, in text order, each with its exact span."""
    from ..annotate import annotate
    from ..concepts import REGISTRY
    from ..concepts.actor import sole_post_holders
    from ..concepts.age import name_by_post

    notes = annotate(source, doc, find_reference_date(source.text))
    found: list[tuple[int, Claim]] = []
    for concept in REGISTRY.values():
        for claim in concept.extract(notes):
            found.append((concept.priority, claim))
    kept: dict[str, Claim] = {}
    # Spans already taken, filed under each stretch of _BUCKET characters they touch, so a claim is
    # checked against its neighbours only, not against every claim of the article.
    taken: dict[int, list[tuple[int, int, int, str]]] = {}
    for priority, claim in sorted(found, key=lambda pc: -pc[0]):
        kind = _kind_of(claim)
        buckets = range(claim.start // _BUCKET, max(claim.start, claim.end - 1) // _BUCKET + 1)
        clash = any(
            p > priority and start < claim.end and claim.start < end and not _may_share(kind, other)
            for bucket in buckets
            for p, start, end, other in taken.get(bucket, ())
        )
        if clash:
            continue
        kept.setdefault(claim.id, claim)
        for bucket in buckets:
            taken.setdefault(bucket, []).append((priority, claim.start, claim.end, kind))
    claims = sole_post_holders(name_by_post(list(kept.values())), source.text)
    return sorted(claims, key=lambda c: (c.start, c.slot, c.subject))


def _kind_of(claim: Claim) -> str:
    """What a claim's text is read as: a person, a state, or (for every other kind) a figure."""
    return "state" if claim.slot == "status" else claim.value.kind


def _may_share(kind: str, other: str) -> bool:
    """True when two claims may quote the same words: a name can be both who attended and who presided,
    and "arrested a farmer" is both a state of the farmer and a count of arrests; a number is one figure."""
    return kind == other == "person" or ("state" in (kind, other) and "quantity" in (kind, other))
