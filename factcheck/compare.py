"""Find where sources disagree within each group of claims: the sides, their values and the consensus.

Quantities are intervals in one unit: values that cannot both be true are a contradiction, close
or hedged values a variance. Dates differ when their stated fields clash. People are matched
across spellings (rapidfuzz on surname and given name), and a participant only one source lists,
while others list the same event's participants, is single-source. The sentence that explains
each discrepancy is written by `factcheck.explain` from the structure found here.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from .dates import dates_agree, describe_date
from .models import (
    Claim,
    ClaimGroup,
    DateValue,
    Discrepancy,
    PersonValue,
    PlaceValue,
    QuantityValue,
    Severity,
    Side,
    TextValue,
    TimeValue,
)
from .quantities import central, describe, time_scale
from .vocab import OFFICES, RANK_WORDS

ROUNDING = 0.05  # a plain "four hours" stands for about ±5%
VARIANCE_RATIO = 1.3  # values further apart than this cannot both be right
SMALL_COUNT = 100  # below this, counts are exact: three agreed points is not four
ESTIMATED_ACTIONS = {
    "attended",
    "evacuated",
    "displaced",
    "affected",
    "deployed",
}  # crowds and evacuees are estimates, never exact; a small toll is exact


def compare_groups(groups: Sequence[ClaimGroup], source_ids: Sequence[str] | None = None) -> list[Discrepancy]:
    """Every discrepancy in the groups, worst and widest first."""
    from .explain import explain, short_names

    names = short_names(source_ids or sorted({c.source for g in groups for c in g.claims}))
    found: list[Discrepancy] = []
    for group in groups:
        found.extend(compare_group(group))
    found = [d.model_copy(update={"explanation": explain(d, names)}) for d in found]
    return sorted(found, key=lambda d: (Severity(d.severity).rank, -len({c.source for c in d.claims}), d.key))


def compare_group(group: ClaimGroup) -> list[Discrepancy]:
    """The discrepancies within one group, by the kind of value it holds."""
    kinds = {c.value.kind for c in group.claims}
    if any(c.event.occasion != "main" for c in group.claims) and group.slot not in ("participant",):
        return []  # another occasion (a past disaster, last year's final) is context, not the story's facts
    if len({c.source for c in group.claims}) < 2 and group.slot != "participant":
        return []
    if kinds == {"quantity"}:
        return _compare_quantities(_stated_positions(group))
    if kinds == {"time"}:
        return _compare_times(_stated_positions(group))
    if kinds == {"date"}:
        return _compare_dates(_stated_positions(group))
    if kinds == {"place"}:
        return _compare_places(group)
    if kinds == {"person"}:
        return _single_source_people(group) + _role_conflicts(group)
    if kinds == {"text"} and group.slot == "role":
        return _compare_roles(_stated_positions(group))
    if kinds == {"text"}:
        return _compare_texts(_stated_positions(group))
    return []


def _stated_positions(group: ClaimGroup) -> ClaimGroup:
    """Each source's position on a figure: the first time it states it (the lead, in news writing).

    Later mentions repeat it, recall an earlier figure, or break it down; they are kept as claims
    but do not stand for the source when sources are compared. Several values in one list
    (a participant list, an agreed-points list) are not positions and are left alone.
    """
    if group.slot in ("agreed", "participant"):
        return group
    first: dict[tuple[str, str | None], Claim] = {}
    for claim in sorted(group.claims, key=lambda c: (c.start, c.end)):
        first.setdefault((claim.source, _unit(claim)), claim)
    return group.model_copy(update={"claims": [c for c in group.claims if first[(c.source, _unit(c))] is c]})


def _unit(claim: Claim) -> str | None:
    return claim.value.unit if isinstance(claim.value, QuantityValue) else None


def _compare_times(group: ClaimGroup) -> list[Discrepancy]:
    """Times of day more than half an hour apart cannot both be right; closer ones are a variance."""

    def minutes(c: Claim) -> int:
        assert isinstance(c.value, TimeValue)
        return c.value.minutes

    found = []
    for utc in (False, True):
        claims = [c for c in group.claims if isinstance(c.value, TimeValue) and c.value.utc is utc]
        if len({c.source for c in claims}) < 2:
            continue
        sides = _clusters(claims, lambda x, y: abs(minutes(x) - minutes(y)) <= 30)
        spread = max(minutes(c) for c in claims) - min(minutes(c) for c in claims)
        if spread == 0:
            continue
        severity = Severity.contradiction if len(sides) > 1 else Severity.variance
        label = "UTC" if utc else "local"

        def value_of(cluster: list[Claim]) -> str:
            shown = sorted({c.value.label for c in cluster if isinstance(c.value, TimeValue)})
            return " to ".join([shown[0], shown[-1]] if len(shown) > 1 else shown)

        found.append(_disagreement(group, sides, severity, value_of, key_suffix=f":{label}"))
    return found


# --- clustering ----------------------------------------------------------------------------------


def _value_key(claim: Claim) -> str:
    """Claims with equal values relate to everything alike, so clustering works on distinct values."""
    return claim.value.model_dump_json()


def _by_value(claims: list[Claim]) -> dict[str, list[Claim]]:
    buckets: dict[str, list[Claim]] = {}
    for claim in claims:
        buckets.setdefault(_value_key(claim), []).append(claim)
    return buckets


Candidates = Callable[[list[Claim]], list[set[int]]]


def _all_pairs(values: list[Claim]) -> list[set[int]]:
    return [set(range(len(values))) for _ in values]


def _overlapping_reach(values: list[Claim]) -> list[set[int]]:
    """For quantities: the values each one could relate to, by a sweep over sorted reach intervals.

    A value reaches from its effective interval widened to the variance ratio; two values can only
    be close (or the same) when their reaches overlap, so only those pairs are ever compared.
    """
    reach = []
    for claim in values:
        assert isinstance(claim.value, QuantityValue)
        low, high = _effective(claim.value)
        centre = central(claim.value)
        reach.append((min(low, centre / VARIANCE_RATIO), max(high, centre * VARIANCE_RATIO)))
    order = sorted(range(len(values)), key=lambda i: reach[i][0])
    found: list[set[int]] = [{i} for i in range(len(values))]
    active: list[int] = []
    for i in order:
        active = [j for j in active if reach[j][1] >= reach[i][0]]
        for j in active:
            found[i].add(j)
            found[j].add(i)
        active.append(i)
    return found


def _clusters(
    claims: list[Claim], related: Callable[[Claim, Claim], bool], candidates: Candidates = _all_pairs
) -> list[list[Claim]]:
    """Clusters around leaders, largest (by sources) first.

    The leader is the value that agrees with the most sources; its cluster is every claim that
    agrees with it. Unlike single-link clustering, a vague claim ("more than four hours") cannot
    chain two incompatible values into one cluster. The work is quadratic in distinct values, not
    in claims: a thousand copies of "four hours" are one value.
    """
    buckets = _by_value(claims)
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


def _consensus_of(clusters: list[list[Claim]]) -> list[Claim] | None:
    """The cluster most sources hold, or None when the top two are held by equally many."""
    if len(clusters) > 1 and len({c.source for c in clusters[0]}) == len({c.source for c in clusters[1]}):
        return None
    return clusters[0]


# --- quantities ----------------------------------------------------------------------------------


def _effective(q: QuantityValue) -> tuple[float, float]:
    """The interval a stated quantity allows, with rounding room for plain numbers."""
    if q.qualifier in (None, "listed") and q.high == q.low:
        return q.low * (1 - ROUNDING), q.low * (1 + ROUNDING)
    if q.high is None:
        # "more than four hours" in a report means somewhat more, not any length at all.
        return q.low, q.low * VARIANCE_RATIO
    return q.low, q.high


def _decimals(x: float) -> int:
    text = repr(float(x))
    return 0 if text.endswith(".0") else len(text.split(".")[1]) if "." in text and "e" not in text else 6


def _rounded_alike(a: QuantityValue, b: QuantityValue) -> bool:
    """True when the less precise figure is the other one rounded ("38 percent" for 37.9 percent).

    Only for figures as written (counts, percentages, money): a converted unit ("90 minutes" as
    1.5 h) carries decimals nobody wrote.
    """
    if a.unit not in (None, "percent") and not (a.unit or "").isupper():
        return False
    if a.qualifier not in (None, "about") or b.qualifier not in (None, "about"):
        return False
    ca, cb = central(a), central(b)
    places = min(_decimals(ca), _decimals(cb))
    if _decimals(ca) == _decimals(cb):
        return False
    finer, coarser = (ca, cb) if _decimals(ca) > _decimals(cb) else (cb, ca)
    step = 10.0**-places
    return coarser - step / 2 <= finer < coarser + step / 2


def quantity_relation(a: QuantityValue, b: QuantityValue, exact_counts: bool = False) -> str | None:
    """ "same", "variance" or "contradiction" between two quantities; None when their units differ."""
    if a.unit != b.unit:
        return None
    ca, cb = central(a), central(b)
    if math.isclose(ca, cb, rel_tol=1e-6, abs_tol=1e-9) or _rounded_alike(a, b):
        return "same"  # "at least 14" and "14" say the same figure; so do "38 percent" and "37.9 percent"
    if (
        exact_counts
        and a.qualifier in (None, "listed")
        and b.qualifier in (None, "listed")
        and max(ca, cb) < SMALL_COUNT
    ):
        return "contradiction"
    (alo, ahi), (blo, bhi) = _effective(a), _effective(b)
    if alo <= bhi and blo <= ahi:
        return "variance"
    low, high = sorted((ca, cb))
    if low > 0 and high / low <= VARIANCE_RATIO:
        return "variance"
    return "contradiction"


def _compare_quantities(group: ClaimGroup) -> list[Discrepancy]:
    frame = group.claims[0].about if group.claims else {}
    exact = group.slot == "count" and frame.get("action") not in ESTIMATED_ACTIONS
    by_unit: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in group.claims:
        assert isinstance(claim.value, QuantityValue)
        by_unit[claim.value.unit].append(claim)
    found = []

    def relation(x: Claim, y: Claim) -> str | None:
        assert isinstance(x.value, QuantityValue) and isinstance(y.value, QuantityValue)
        return quantity_relation(x.value, y.value, exact)

    for unit, claims in by_unit.items():
        if len({c.source for c in claims}) < 2:
            continue
        clusters = _clusters(claims, lambda x, y: relation(x, y) in ("same", "variance"), _overlapping_reach)
        # Within a cluster the extremes are the furthest apart: if they clash, the cluster does.
        extremes = [(min(cl, key=_centre), max(cl, key=_centre)) for cl in clusters]
        clashing = any(relation(low, high) == "contradiction" for low, high in extremes)
        if group.slot == "count" and not any(c.about.get("action") for c in claims) and _far_apart(claims):
            continue  # "148 routes" and "14 routes" with nothing said of them: not one count
        if len(clusters) > 1 or clashing:
            severity = Severity.contradiction
        elif any(_sources_differ(cl, relation) for cl in clusters):
            severity = Severity.variance
        else:
            continue
        found.append(_quantity_discrepancy(group, clusters, severity, unit))
    return found


def _far_apart(claims: list[Claim]) -> bool:
    """True when the figures are more than three times apart: the same thing is rarely reported so."""
    centres = [_centre(c) for c in claims]
    return min(centres) > 0 and max(centres) / min(centres) > 3


def _sources_differ(cluster: list[Claim], relation: Callable[[Claim, Claim], str | None]) -> bool:
    """True when two sources give figures that are not the same (one source repeating itself does not count)."""
    sides: dict[str, Claim] = {}
    for claim in sorted(cluster, key=_centre):
        sides.setdefault(claim.source, claim)  # each source's lowest figure stands for it
    values = list(_by_value(list(sides.values())).values())
    return any(
        relation(a[0], b[0]) != "same" and {c.source for c in a} | {c.source for c in b} != {a[0].source}
        for i, a in enumerate(values)
        for b in values[i + 1 :]
    )


def _centre(claim: Claim) -> float:
    assert isinstance(claim.value, QuantityValue)
    return central(claim.value)


def _span_of(claims: list[Claim], scale: tuple[float, str] | None = None) -> str:
    """The values a cluster holds, as one figure or a range, in one unit for the whole discrepancy."""
    values = [c.value for c in claims if isinstance(c.value, QuantityValue)]
    if len({describe(v, scale) for v in values}) == 1:
        return describe(values[0], scale)
    centres = [central(v) for v in values]
    probe = values[0].model_copy(update={"low": min(centres), "high": max(centres), "qualifier": "between"})
    return describe(probe, scale)


def _scale_for(claims: list[Claim]) -> tuple[float, str] | None:
    """One time unit for every figure in a discrepancy, so "120 h" and "4 h" read side by side."""
    values = [c.value for c in claims if isinstance(c.value, QuantityValue) and c.value.unit == "hour"]
    return time_scale(min(central(v) for v in values)) if values else None


Describe = Callable[[list[Claim]], str]


def _disagreement(
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
        consensus = _consensus_of(sides)
    agreed = agreed if agreed is not None else consensus
    ordered = [cl for cl in sides if cl is not consensus] + ([consensus] if consensus is not None else [])
    return Discrepancy(
        key=f"{group.slot}:{group.subject}{key_suffix}",
        slot=group.slot,
        subject=group.subject,
        severity=severity,
        consensus=value_of(agreed) if agreed is not None else None,
        consensus_sources=len({c.source for c in agreed}) if agreed is not None else 0,
        sides=[_side(value_of(cl), cl, cl is consensus) for cl in ordered],
        claims=[c for cl in ordered for c in cl],
    )


def _side(value: str, claims: list[Claim], consensus: bool = False) -> Side:
    return Side(
        value=value, sources=sorted({c.source for c in claims}), claims=[c.id for c in claims], consensus=consensus
    )


def _quantity_discrepancy(
    group: ClaimGroup, clusters: list[list[Claim]], severity: Severity, unit: str | None
) -> Discrepancy:
    scale = _scale_for([c for cl in clusters for c in cl])

    def value_of(cluster: list[Claim]) -> str:
        return _span_of(cluster, scale)

    suffix = f":{unit}" if unit not in (None, "hour") else ""
    if len(clusters) > 1:
        return _disagreement(group, clusters, severity, value_of, key_suffix=suffix)
    # One cluster of close values (a variance, or a contradiction between its extremes): each figure a side.
    by_value: dict[str, list[Claim]] = defaultdict(list)
    for claim in clusters[0]:
        by_value[value_of([claim])].append(claim)
    sides = sorted(by_value.values(), key=lambda cl: (-len({c.source for c in cl}), _centre(cl[0])))
    top = len({c.source for c in sides[0]})
    leading = sides[0] if top > 1 and (len(sides) == 1 or top > len({c.source for c in sides[1]})) else None
    return _disagreement(
        group,
        sides,
        severity,
        value_of,
        key_suffix=suffix,
        consensus=leading,
        agreed=leading if severity is Severity.contradiction else clusters[0],
    )


# --- dates ---------------------------------------------------------------------------------------


def _compare_dates(group: ClaimGroup) -> list[Discrepancy]:
    def value(c: Claim) -> DateValue:
        assert isinstance(c.value, DateValue)
        return c.value

    def value_of(cluster: list[Claim]) -> str:
        best = max(cluster, key=lambda c: (value(c).precision == "day", value(c).year is not None))
        return describe_date(value(best))

    fine = [c for c in group.claims if value(c).precision in ("day", "weekday")]
    coarse = [c for c in group.claims if c not in fine]
    sides = _clusters(fine, lambda x, y: dates_agree(value(x), value(y))) if fine else []
    consensus = _consensus_of(sides) if sides else None
    if consensus is not None:
        reference = value(max(consensus, key=lambda c: value(c).precision == "day"))
        clashing = [c for c in coarse if not dates_agree(value(c), reference)]
        if clashing:
            sides.append(clashing)
    if len(sides) < 2:
        return []
    return [_disagreement(group, sides, Severity.contradiction, value_of, consensus=consensus)]


# --- places --------------------------------------------------------------------------------------


def _compare_places(group: ClaimGroup) -> list[Discrepancy]:
    def place(c: Claim) -> PlaceValue:
        assert isinstance(c.value, PlaceValue)
        return c.value

    venues = [c for c in group.claims if place(c).level == "venue"]
    if len({c.source for c in venues}) < 2:
        return []
    sides = _clusters(venues, lambda x, y: fuzz.token_set_ratio(place(x).canonical, place(y).canonical) >= 85)
    if len(sides) < 2:
        return []
    return [_disagreement(group, sides, Severity.variance, lambda cl: place(cl[0]).name)]


# --- text values: kinds of contact, scores -------------------------------------------------------


def _compare_texts(group: ClaimGroup) -> list[Discrepancy]:
    """Different words for one fact ("phone call" vs "in-person meeting", "3-1" vs "2-1") cannot both be true."""

    def text(c: Claim) -> str:
        assert isinstance(c.value, TextValue)
        return c.value.text.lower()

    sides = _clusters(group.claims, lambda x, y: text(x) == text(y))
    if len(sides) < 2:
        return []
    return [_disagreement(group, sides, Severity.contradiction, lambda cl: text(cl[0]))]


def _compare_roles(group: ClaimGroup) -> list[Discrepancy]:
    """One person given posts that cannot be one ("deputy governor" and "mayor") by different sources."""
    from .concepts.role import roles_relation

    def title(c: Claim) -> str:
        assert isinstance(c.value, TextValue)
        return c.value.text

    sides = _clusters(group.claims, lambda x, y: roles_relation(title(x), title(y)) is None)
    if len(sides) < 2:
        return []
    relations = {roles_relation(title(a[0]), title(b[0])) for i, a in enumerate(sides) for b in sides[i + 1 :]}
    severity = Severity.contradiction if "contradiction" in relations else Severity.variance
    who = group.claims[0].about.get("name", group.subject)
    labelled = group.model_copy(update={"subject": who})
    return [_disagreement(labelled, sides, severity, lambda cl: title(cl[0]))]


# --- people --------------------------------------------------------------------------------------


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


def _single_source_people(group: ClaimGroup) -> list[Discrepancy]:
    def person(c: Claim) -> PersonValue:
        assert isinstance(c.value, PersonValue)
        return c.value

    listing = sorted({c.source for c in group.claims})
    if len(listing) < 2:
        return []
    clusters = _clusters(group.claims, lambda x, y: same_person(person(x).canonical, person(y).canonical))
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
                sides=[_side(_display_name(cluster), cluster), Side(value="", sources=others, consensus=True)],
                claims=cluster,
            )
        )
    return found


def _office(role: str) -> tuple[frozenset[str], frozenset[str]]:
    """The offices a role names and its rank words: "Deputy Foreign Minister" → ({minister}, {deputy})."""
    words = [w.strip(".,'’").lower() for w in role.replace("-", " ").split()]
    words = [w[:-2] if w.endswith("'s") or w.endswith("’s") else w for w in words]
    return frozenset(OFFICES[w] for w in words if w in OFFICES), frozenset(w for w in words if w in RANK_WORDS)


def roles_clash(a: str, b: str) -> bool:
    """True when two roles cannot name the same post: no office in common, or a rank only one has."""
    (offices_a, rank_a), (offices_b, rank_b) = _office(a), _office(b)
    if not offices_a or not offices_b:
        return False
    return not (offices_a & offices_b) or rank_a != rank_b


def _role_conflicts(group: ClaimGroup) -> list[Discrepancy]:
    """One person given posts that cannot be the same ("chief executive" vs "chairman") by different sources."""

    def person(c: Claim) -> PersonValue:
        assert isinstance(c.value, PersonValue)
        return c.value

    found = []
    people = _clusters(group.claims, lambda x, y: same_person(person(x).canonical, person(y).canonical))
    for cluster in people:
        titled = [c for c in cluster if person(c).role]
        sides = _clusters(titled, lambda x, y: not roles_clash(person(x).role or "", person(y).role or ""))
        if len(sides) < 2 or len({c.source for c in titled}) < 2:
            continue
        who = _display_name(cluster)
        labelled = group.model_copy(update={"slot": "role", "subject": who})
        found.append(_disagreement(labelled, sides, Severity.variance, lambda cl: person(cl[0]).role or ""))
    return found
