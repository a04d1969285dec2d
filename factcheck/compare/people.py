"""People: one person across spellings, participants only one source lists, posts that clash."""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from ..models import Claim, ClaimGroup, Discrepancy, PersonValue, Severity, Side
from .sides import cluster_claims, make_discrepancy, make_side


def same_person(a: str, b: str) -> bool:
    """True when two canonical names can be one person: surnames alike and given names compatible."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if JaroWinkler.similarity(wa[-1], wb[-1]) < 0.93:
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    if fuzz.token_set_ratio(a, b) >= 95:
        return True
    return JaroWinkler.similarity(wa[0], wb[0]) >= 0.75


def _display_name(claims: list[Claim]) -> str:
    names = [c.value.name for c in claims if isinstance(c.value, PersonValue)]
    return max(names, key=lambda n: (len(n.split()) >= 2, names.count(n), len(n)))


def single_source_people(group: ClaimGroup) -> list[Discrepancy]:
    def person(c: Claim) -> PersonValue:
        assert isinstance(c.value, PersonValue)
        return c.value

    listing = sorted({c.source for c in group.claims})
    if len(listing) < 2:
        return []
    clusters = cluster_claims(group.claims, lambda x, y: same_person(person(x).canonical, person(y).canonical))
    found = []
    for cluster in clusters:
        sources = {c.source for c in cluster}
        if len(sources) != 1:
            continue
        (only,) = sources
        others = [s for s in listing if s != only]
        found.append(
            Discrepancy(
                key=f"participant:{group.subject}:{person(cluster[0]).canonical}",
                slot="participant",
                subject=group.subject,
                severity=Severity.single_source,
                consensus=f"not listed by {len(others)} of {len(listing)} sources",
                consensus_sources=len(others),
                sides=[make_side(_display_name(cluster), cluster), Side(value="", sources=others, consensus=True)],
                claims=cluster,
            )
        )
    return found


def role_conflicts(group: ClaimGroup) -> list[Discrepancy]:
    """One person given posts that cannot be the same ("chief executive" vs "chairman") by different sources."""
    from ..concepts.role import roles_relation  # the role concept decides which posts clash

    def person(c: Claim) -> PersonValue:
        assert isinstance(c.value, PersonValue)
        return c.value

    found = []
    people = cluster_claims(group.claims, lambda x, y: same_person(person(x).canonical, person(y).canonical))
    for cluster in people:
        titled = [c for c in cluster if person(c).role]
        sides = cluster_claims(titled, lambda x, y: roles_relation(person(x).role or "", person(y).role or "") is None)
        if len(sides) < 2 or len({c.source for c in titled}) < 2:
            continue
        who = _display_name(cluster)
        labelled = group.model_copy(update={"slot": "role", "subject": who})
        found.append(make_discrepancy(labelled, sides, Severity.variance, lambda cl: person(cl[0]).role or ""))
    return found


def compare_actors(group: ClaimGroup) -> list[Discrepancy]:
    """Different people named for one sole act (who presided, who signed for a party) contradict each
    other; a source that names two people for it (a change of chair, two signatories) takes no side."""

    def person(c: Claim) -> PersonValue:
        assert isinstance(c.value, PersonValue)
        return c.value

    people = cluster_claims(group.claims, lambda x, y: same_person(person(x).canonical, person(y).canonical))
    sides_of: dict[str, int] = {}
    for side in people:
        for source in {c.source for c in side}:
            sides_of[source] = sides_of.get(source, 0) + 1
    sides = [kept for side in people if (kept := [c for c in side if sides_of[c.source] == 1])]
    if len(sides) < 2:
        return []
    return [make_discrepancy(group, sides, Severity.contradiction, _display_name)]
