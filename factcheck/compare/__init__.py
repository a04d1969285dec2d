"""Find where sources disagree within each group of claims: the sides, their values and the consensus.

Quantities are intervals in one unit: values that cannot both be true are a contradiction, close
or hedged values a variance. Dates differ when their stated fields clash. People are matched
across spellings (rapidfuzz on surname and given name), and a participant only one source lists,
while others list the same event's participants, is single-source. The sentence that explains
each discrepancy is written by `factcheck.explain` from the structure found here.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Claim, ClaimGroup, Discrepancy, QuantityValue, Severity, TextValue
from ..quantities import VAGUE
from .people import compare_actors, role_conflicts, same_person, single_source_people
from .quantities import ESTIMATED_ACTIONS, compare_quantities, quantity_relation
from .values import compare_dates, compare_places, compare_roles, compare_sites, compare_texts, compare_times

__all__ = [
    "ESTIMATED_ACTIONS",
    "compare_group",
    "compare_groups",
    "quantity_relation",
    "same_person",
    "sort_discrepancies",
]


def compare_groups(groups: Sequence[ClaimGroup], source_ids: Sequence[str] | None = None) -> list[Discrepancy]:
    """Every discrepancy in the groups, worst and widest first."""
    from ..explain import explain, short_names

    names = short_names(source_ids or sorted({c.source for g in groups for c in g.claims}))
    found: list[Discrepancy] = []
    for group in groups:
        found.extend(compare_group(group))
    return sort_discrepancies([d.model_copy(update={"explanation": explain(d, names)}) for d in found])


def sort_discrepancies(found: Sequence[Discrepancy]) -> list[Discrepancy]:
    """Worst first, then the ones more sources take part in, then by key."""
    return sorted(found, key=lambda d: (Severity(d.severity).rank, -len({c.source for c in d.claims}), d.key))


def compare_group(group: ClaimGroup) -> list[Discrepancy]:
    """The discrepancies within one group, by the kind of value it holds."""
    kinds = {c.value.kind for c in group.claims}
    if any(c.event.occasion != "main" for c in group.claims) and group.slot not in ("participant",):
        return []  # another occasion (a past disaster, last year's final) is context, not the story's facts
    if len({c.source for c in group.claims}) < 2 and group.slot != "participant":
        return []
    if kinds == {"quantity"} and group.slot == "minute":
        return [d for part in _separate_goals(group) for d in compare_quantities(part)]
    if kinds == {"quantity"}:
        return compare_quantities(_stated_positions(group))
    if kinds == {"time"}:
        return compare_times(_stated_positions(group))
    if kinds == {"date"}:
        return compare_dates(_stated_positions(group))
    if kinds == {"place"} and group.slot == "site":
        return compare_sites(group)
    if kinds == {"place"}:
        return compare_places(group)
    if kinds == {"person"} and group.slot == "actor":
        return compare_actors(group)
    if kinds == {"person"}:
        return single_source_people(group) + role_conflicts(group)
    if kinds == {"text"} and group.slot == "role":
        return compare_roles(_stated_positions(_posts(group)))
    if kinds == {"text"} and group.slot == "status":
        return compare_texts(_settled_positions(group))
    if kinds == {"text"}:
        return compare_texts(_stated_positions(group))
    return []


GOAL_GAP = 5  # minutes: a player's goals further apart than this are two goals, not one misreported


def _separate_goals(group: ClaimGroup) -> list[ClaimGroup]:
    """One group per goal: a player who scored twice is named for the 23rd and the 117th minute, and
    only minutes a few apart ("77th" and "79th") can be one goal told differently."""
    claims = sorted(group.claims, key=lambda c: c.value.low if isinstance(c.value, QuantityValue) else 0)
    parts: list[list[Claim]] = []
    for claim in claims:
        minute = claim.value.low if isinstance(claim.value, QuantityValue) else 0
        last = parts[-1][-1].value if parts else None
        if isinstance(last, QuantityValue) and minute - last.low <= GOAL_GAP:
            parts[-1].append(claim)
        else:
            parts.append([claim])
    return [group.model_copy(update={"claims": part}) for part in parts if len({c.source for c in part}) > 1]


def _stated_positions(group: ClaimGroup) -> ClaimGroup:
    """Each source's position on a figure: the first time it states it (the lead, in news writing).

    Later mentions repeat it, recall an earlier figure, or break it down; they are kept as claims
    but do not stand for the source when sources are compared. Several values in one list
    (a participant list, an agreed-points list) are not positions and are left alone.
    """
    if group.slot in ("agreed", "participant"):
        return group
    first: dict[tuple[str, str | None], Claim] = {}
    # A vague amount ("tens of thousands" in the lead) gives way to the source's first figure.
    for claim in sorted(group.claims, key=lambda c: (_vague(c), c.start, c.end)):
        first.setdefault((claim.source, _unit(claim)), claim)
    return group.model_copy(update={"claims": [c for c in group.claims if first[(c.source, _unit(c))] is c]})


def _posts(group: ClaimGroup) -> ClaimGroup:
    """The posts a person is given, without bare grades ("Colonel"): a grade is held beside any post."""
    from ..concepts.role import bare_grade

    posts = [c for c in group.claims if not (isinstance(c.value, TextValue) and bare_grade(c.value.text))]
    return group.model_copy(update={"claims": posts})


def _settled_positions(group: ClaimGroup) -> ClaimGroup:
    """Each source's one state of a thing; a source that gives both ("detained on Thursday … released
    on Friday") tells a sequence, and takes no side."""
    said: dict[str, set[str]] = {}
    for claim in group.claims:
        said.setdefault(claim.source, set()).add(claim.value.text if isinstance(claim.value, TextValue) else "")
    settled = [c for c in group.claims if len(said[c.source]) == 1]
    return _stated_positions(group.model_copy(update={"claims": settled}))


def _vague(claim: Claim) -> bool:
    return isinstance(claim.value, QuantityValue) and claim.value.qualifier in VAGUE


def _unit(claim: Claim) -> str | None:
    return claim.value.unit if isinstance(claim.value, QuantityValue) else None
