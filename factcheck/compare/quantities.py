"""Figures: intervals in one unit; a contradiction when they cannot both be true, a variance when close."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable

from ..models import Claim, ClaimGroup, Discrepancy, QuantityValue, Severity
from ..quantities import VAGUE, central, describe, parse_quantity, time_scale
from .sides import cluster_claims, group_by_value, make_discrepancy

ROUNDING = 0.05  # a plain "four hours" stands for about ±5%
VARIANCE_RATIO = 1.3  # values further apart than this cannot both be right
CROWD_RATIO = 2.0
SMALL_COUNT = 100  # below this, counts are exact: three agreed points is not four
ESTIMATED_ACTIONS = {
    "attended",
    "evacuated",
    "displaced",
    "affected",
    "deployed",
}  # crowds and evacuees are estimates, never exact; a small toll is exact


def _overlapping_reach(values: list[Claim], ratio: float = VARIANCE_RATIO) -> list[set[int]]:
    """For quantities: the values each one could relate to, by a sweep over sorted reach intervals.

    A value reaches from its effective interval widened to the variance ratio; two values can only
    be close (or the same) when their reaches overlap, so only those pairs are ever compared.
    """
    reach = []
    for claim in values:
        assert isinstance(claim.value, QuantityValue)
        low, high = _effective(claim.value)
        centre = central(claim.value)
        reach.append((min(low, centre) / ratio, max(high, centre) * ratio))
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


def _effective(q: QuantityValue) -> tuple[float, float]:
    """The interval a stated quantity allows, with rounding room for plain numbers."""
    if q.qualifier in (None, "listed") and q.high == q.low:
        return q.low * (1 - ROUNDING), q.low * (1 + ROUNDING)
    if q.high is None and q.qualifier == "at least" and q.low <= 1:
        return q.low, math.inf  # "at least one": someone was, and any toll of one or more agrees
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


BOUNDS = {"at least", "more than", "less than", "up to", "nearly"}


def _within_bound(bound: QuantityValue, figure: QuantityValue) -> bool:
    """True when a bound ("more than 200", "nearly 2,600") holds for a figure stated exactly ("231",
    "2,571"). A bound reaches one step of its last written digit: "more than 600" stops short of 700,
    "at least 47" of 48. An estimate ("about 3,000") is no bound: a reader still notes "3,200" beside it."""
    if bound.qualifier not in BOUNDS or figure.qualifier not in (None, "listed", "about"):
        return False
    if figure.qualifier != "about" and figure.high != figure.low:
        return False
    value = central(figure)
    if bound.qualifier == "at least" and bound.low <= 1:
        return value >= bound.low  # "at least one" holds for any count of one or more
    if bound.qualifier in ("at least", "more than"):
        edge = bound.low
        reach = edge * 0.1 if figure.qualifier == "about" else _step(edge)  # "about 520" beside "more than 500"
        return edge <= value < edge + reach
    edge = bound.high if bound.high is not None else bound.low
    reach = edge * 0.1 if figure.qualifier == "about" else _step(edge)  # not "some 2,400" beside "nearly 3,000"
    return edge - reach < value <= edge


def _inside_vague(vague: QuantityValue, value: float) -> bool:
    """True when a figure lies inside the span a vague amount ("dozens", "a few hundred") covers."""
    return vague.qualifier in VAGUE and vague.high is not None and vague.low <= value <= vague.high


def _breaks_bound(bound: QuantityValue, other_high: float, other_low: float) -> bool:
    """True when the other figure, even at the edge of its rounding, falls on the wrong side of a bound."""
    if bound.qualifier in ("at least", "more than"):
        return other_high < bound.low
    if bound.qualifier in ("less than", "up to") and bound.high is not None:
        return other_low > bound.high
    return False


def _step(x: float) -> float:
    """The place of a figure's last significant digit: 100 for 600 and 3,400, 1 for 47, 0.1 for 4.5."""
    if x <= 0:
        return 1.0
    if float(x).is_integer():
        step = 1.0
        while x % (step * 10) == 0:
            step *= 10
        return step
    return 10.0 ** -_decimals(x)


def quantity_relation(
    a: QuantityValue, b: QuantityValue, exact_counts: bool = False, ratio: float = VARIANCE_RATIO
) -> str | None:
    """ "same", "variance" or "contradiction" between two quantities; None when their units differ.

    `ratio` is how far apart two figures may be and still be a variance (wider for crowd estimates)."""
    if a.unit != b.unit:
        return None
    ca, cb = central(a), central(b)
    if math.isclose(ca, cb, rel_tol=1e-6, abs_tol=1e-9) or _rounded_alike(a, b):
        return "same"  # "at least 14" and "14" say the same figure; so do "38 percent" and "37.9 percent"
    if _within_bound(a, b) or _within_bound(b, a):
        return "same"  # "more than 200" injured and "231" injured: the bound holds, nothing to check
    if _inside_vague(a, cb) or _inside_vague(b, ca):
        return "same"  # "a few hundred metres" and "some 300 metres", "dozens" and "34": the vague word holds
    if (
        a.qualifier in VAGUE
        and b.qualifier in VAGUE
        and a.low
        and b.low
        and max(a.low, b.low) <= 10 * min(a.low, b.low)
    ):
        return "same"  # "thousands of fans" and "tens of thousands": two impressions a step apart, no figure
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
    if _breaks_bound(a, bhi, blo) or _breaks_bound(b, ahi, alo):
        return "contradiction"  # "nine years" beside "at least ten years": no rounding makes both true
    low, high = sorted((ca, cb))
    if ratio != VARIANCE_RATIO:
        low, high = min(ahi, bhi), max(alo, blo)  # estimates: how far apart their nearest ends are
    if low > 0 and high / low <= ratio:
        return "variance"
    return "contradiction"


# "21 remained in critical condition, down from 22 on Saturday night": the figure it changed from
_CHANGED_FROM = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|risen|fallen|increased|decreased|dropped|climbed|revised)"
    r"\s+(?:\w+\s+)?from\s+(?:an?\s+earlier\s+|the\s+)?(?P<figure>[\d,.]+|[a-z]+(?:-[a-z]+)?)\b",
    re.I,
)


_FROM_RIGHT_AFTER = re.compile(
    r"\s*,?\s*(?:up\s+|down\s+)?from\s+(?:an?\s+earlier\s+)?(?P<figure>[\d,.]+|[a-z]+(?:-[a-z]+)?)\b", re.I
)


# When the earlier figure held: "down from 22 on Saturday night", "from 38 overnight", "a day earlier"
_EARLIER_TIME = re.compile(
    r"\s*(?:(?:late\s+|early\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|yesterday|overnight|last night"
    r"|(?:a|one|the)\s+day\s+(?:earlier|before)|earlier\s+(?:in\s+the\s+day|on|that)|the\s+previous\s+(?:day|evening|night))",
    re.I,
)


def _without_figures_changed_from(claims: list[Claim]) -> list[Claim]:
    """The claims without other sources' figures that one source says its own figure changed from ("21 in
    critical condition, down from 22 on Saturday"): those were true earlier and are explained, not disputed."""
    earlier: dict[str, set[float]] = defaultdict(set)  # source -> figures it says it changed from
    for claim in claims:
        tail = (
            claim.sentence[claim.sentence.find(claim.text) + len(claim.text) :] if claim.text in claim.sentence else ""
        )
        matches = list(_CHANGED_FROM.finditer(tail))
        if (right_after := _FROM_RIGHT_AFTER.match(tail)) is not None:
            matches.append(right_after)  # "the toll rose to 39 from 38"
        for match in matches:
            if not _EARLIER_TIME.match(tail, match.end()):
                continue  # "to 37 from 34": an update of its own copy, which a stale repost still disputes
            figure = parse_quantity(match["figure"])
            if figure is not None and figure.unit is None:
                earlier[claim.source].add(central(figure))
    if not earlier:
        return claims
    explained = {value for source, values in earlier.items() for value in values}
    return [
        c
        for c in claims
        if not (
            isinstance(c.value, QuantityValue)
            and c.value.unit is None
            and c.source not in earlier
            and central(c.value) in explained
        )
    ]


def compare_quantities(group: ClaimGroup) -> list[Discrepancy]:
    frame = group.claims[0].about if group.claims else {}
    # Small counts and ages are exact: three agreed points is not four, and a 34-year-old is not 43.
    exact = (group.slot == "count" and frame.get("action") not in ESTIMATED_ACTIONS) or group.slot == "age"
    # Police and organisers often differ twofold on a crowd: a dispute to show, not one figure refuting another.
    ratio = CROWD_RATIO if group.slot == "count" and frame.get("action") == "attended" else VARIANCE_RATIO
    by_unit: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in group.claims:
        assert isinstance(claim.value, QuantityValue)
        by_unit[claim.value.unit].append(claim)
    found = []

    def relation(x: Claim, y: Claim) -> str | None:
        assert isinstance(x.value, QuantityValue) and isinstance(y.value, QuantityValue)
        return quantity_relation(x.value, y.value, exact, ratio)

    for unit, claims in by_unit.items():
        claims = _without_figures_changed_from(claims)
        if len({c.source for c in claims}) < 2:
            continue
        clusters = cluster_claims(
            claims, lambda x, y: relation(x, y) in ("same", "variance"), lambda v: _overlapping_reach(v, ratio)
        )
        # Within a cluster the extremes are the furthest apart: if they clash, the cluster does.
        extremes = [(min(cl, key=_centre), max(cl, key=_centre)) for cl in clusters]
        clashing = any(relation(low, high) == "contradiction" for low, high in extremes)
        if group.slot == "count" and not any(c.about.get("action") for c in claims) and _far_apart(claims):
            continue  # "148 routes" and "14 routes" with nothing said of them: not one count
        if len(clusters) > 1 or clashing:
            severity = Severity.contradiction
        elif any(_sources_differ(cl, relation) for cl in clusters):
            # a minute of play is counted, not estimated: the 77th and the 79th cannot both be right
            severity = Severity.contradiction if group.slot == "minute" else Severity.variance
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
    values = list(group_by_value(list(sides.values())).values())
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


def _quantity_discrepancy(
    group: ClaimGroup, clusters: list[list[Claim]], severity: Severity, unit: str | None
) -> Discrepancy:
    scale = _scale_for([c for cl in clusters for c in cl])

    def value_of(cluster: list[Claim]) -> str:
        return _span_of(cluster, scale)

    suffix = f":{unit}" if unit not in (None, "hour") else ""
    if len(clusters) > 1:
        return make_discrepancy(group, clusters, severity, value_of, key_suffix=suffix)
    # One cluster of close values (a variance, or a contradiction between its extremes): each figure a side.
    by_value: dict[str, list[Claim]] = defaultdict(list)
    for claim in clusters[0]:
        by_value[value_of([claim])].append(claim)
    sides = sorted(by_value.values(), key=lambda cl: (-len({c.source for c in cl}), _centre(cl[0])))
    top = len({c.source for c in sides[0]})
    leading = sides[0] if top > 1 and (len(sides) == 1 or top > len({c.source for c in sides[1]})) else None
    return make_discrepancy(
        group,
        sides,
        severity,
        value_of,
        key_suffix=suffix,
        consensus=leading,
        agreed=leading if severity is Severity.contradiction else clusters[0],
    )
