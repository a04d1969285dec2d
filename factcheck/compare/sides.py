"""Sides of a disagreement: claims clustered around leaders, the consensus, and the Discrepancy they make."""

from __future__ import annotations

from collections.abc import Callable

from ..models import Claim, ClaimGroup, Discrepancy, Severity, Side


def _value_key(claim: Claim) -> str:
    """Claims with equal values relate to everything alike, so clustering works on distinct values."""
    return claim.value.model_dump_json()


def group_by_value(claims: list[Claim]) -> dict[str, list[Claim]]:
    """Claims bucketed by equal value, in first-seen order."""
    buckets: dict[str, list[Claim]] = {}
    for claim in claims:
        buckets.setdefault(_value_key(claim), []).append(claim)
    return buckets


Candidates = Callable[[list[Claim]], list[set[int]]]


def _all_pairs(values: list[Claim]) -> list[set[int]]:
    return [set(range(len(values))) for _ in values]


def cluster_claims(
    claims: list[Claim], related: Callable[[Claim, Claim], bool], candidates: Candidates = _all_pairs
) -> list[list[Claim]]:
    """Clusters around leaders, largest (by sources) first.

    The leader is the value that agrees with the most sources; its cluster is every claim that
    agrees with it. Unlike single-link clustering, a vague claim ("more than four hours") cannot
    chain two incompatible values into one cluster. The work is quadratic in distinct values, not
    in claims: a thousand copies of "four hours" are one value.
    """
    buckets = group_by_value(claims)
    keys = list(buckets)
    values = [buckets[k][0] for k in keys]
    near = candidates(values)
    friends = {
        keys[i]: {keys[j] for j in near[i] if i == j or related(values[i], values[j])} for i in range(len(keys))
    }  # fmt: skip
    remaining = list(keys)
    clusters: list[list[Claim]] = []
    while remaining:
        alive = set(remaining)

        def support(key: str, alive: set[str] = alive) -> tuple[int, int, int]:
            members = [c for j in friends[key] & alive for c in buckets[j]]
            return len({c.source for c in members}), len(members), -keys.index(key)

        leader = max(remaining, key=support)
        chosen = friends[leader] & alive
        clusters.append([c for j in remaining if j in chosen for c in buckets[j]])
        remaining = [j for j in remaining if j not in chosen]
    return sorted(clusters, key=lambda cl: (-len({c.source for c in cl}), -len(cl)))


def consensus_of(clusters: list[list[Claim]]) -> list[Claim] | None:
    """The cluster most sources hold, or None when the top two are held by equally many."""
    if len(clusters) > 1 and len({c.source for c in clusters[0]}) == len({c.source for c in clusters[1]}):
        return None
    return clusters[0]


Describe = Callable[[list[Claim]], str]


def make_discrepancy(
    group: ClaimGroup,
    sides: list[list[Claim]],
    severity: Severity,
    value_of: Describe,
    *,
    key_suffix: str = "",
    consensus: list[Claim] | None = None,
    agreed: list[Claim] | None = None,
) -> Discrepancy:
    """A discrepancy between sides (clusters of claims), the outliers first and the consensus last.

    `agreed` is what most sources hold; it defaults to the side most sources take (none on a tie).
    A side holding a trusted claim is the reference the others deviate from.
    """
    trusted = [side for side in sides if any(c.trusted for c in side)]
    if trusted:
        consensus = agreed = trusted[0]
    if consensus is None:
        consensus = consensus_of(sides)
    agreed = agreed if agreed is not None else consensus
    ordered = [cl for cl in sides if cl is not consensus] + ([consensus] if consensus is not None else [])
    return Discrepancy(
        key=f"{group.slot}:{group.subject}{key_suffix}",
        slot=group.slot,
        subject=group.subject,
        severity=severity,
        consensus=value_of(agreed) if agreed is not None else None,
        consensus_sources=len({c.source for c in agreed}) if agreed is not None else 0,
        sides=[make_side(value_of(cl), cl, cl is consensus) for cl in ordered],
        claims=[c for cl in ordered for c in cl],
    )


def make_side(value: str, claims: list[Claim], consensus: bool = False) -> Side:
    return Side(
        value=value, sources=sorted({c.source for c in claims}), claims=[c.id for c in claims], consensus=consensus
    )
