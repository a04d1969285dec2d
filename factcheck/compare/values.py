"""Times of day, dates, venues, kinds of contact, scores and posts: values that match or clash."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from ..concepts.time_of_day import within_part
from ..dates import dates_agree, describe_date
from ..lexicon import word_classes
from ..models import Claim, ClaimGroup, DateValue, Discrepancy, PlaceValue, Severity, TextValue, TimeValue
from .sides import cluster_claims, consensus_of, make_discrepancy


def compare_times(group: ClaimGroup) -> list[Discrepancy]:
    """Times of day more than half an hour apart cannot both be right; closer ones are a variance."""

    def minutes(c: Claim) -> int:
        assert isinstance(c.value, TimeValue)
        return c.value.minutes

    def part(c: Claim) -> str | None:
        assert isinstance(c.value, TimeValue)
        return c.value.part

    def agree(x: Claim, y: Claim) -> bool:
        if part(x) and part(y):
            return part(x) == part(y)
        if part(x) or part(y):
            whole, clock = (x, y) if part(x) else (y, x)
            return within_part(part(whole) or "", minutes(clock))
        return abs(minutes(x) - minutes(y)) <= 30

    found = []
    for utc in (False, True):
        claims = [c for c in group.claims if isinstance(c.value, TimeValue) and c.value.utc is utc]
        if len({c.source for c in claims}) < 2:
            continue
        # Sides form around clock times; "on Monday afternoon" joins the side whose times fall in it,
        # or stands alone when none does, as a bare weekday does among dates.
        timed = [c for c in claims if not part(c)]
        clocks = timed or claims
        sides = cluster_claims(clocks, agree)
        loose: list[Claim] = []
        for claim in (c for c in claims if c not in clocks):
            fits = [side for side in sides if all(agree(claim, c) for c in side)]
            if len(fits) == 1:
                fits[0].append(claim)
            elif not fits:
                loose.append(claim)  # fitting two sides, it takes neither
        if loose:
            sides.append(loose)
        spread = max(map(minutes, timed)) - min(map(minutes, timed)) if timed else 0
        if len(sides) < 2 and spread == 0:
            continue
        severity = Severity.contradiction if len(sides) > 1 else Severity.variance
        label = "UTC" if utc else "local"

        def value_of(cluster: list[Claim]) -> str:
            shown = sorted({c.value.label for c in cluster if isinstance(c.value, TimeValue)})
            return " to ".join([shown[0], shown[-1]] if len(shown) > 1 else shown)

        found.append(make_discrepancy(group, sides, severity, value_of, key_suffix=f":{label}"))
    return found


def compare_dates(group: ClaimGroup) -> list[Discrepancy]:
    def value(c: Claim) -> DateValue:
        assert isinstance(c.value, DateValue)
        return c.value

    def value_of(cluster: list[Claim]) -> str:
        best = max(cluster, key=lambda c: (value(c).precision == "day", value(c).year is not None))
        return describe_date(value(best))

    # Sides form around full dates; a bare weekday or month agrees with too much to lead a side
    # ("Monday" fits both 1 December and a yearless 28 November), so it joins the one side it fits,
    # or stands as a side of its own when it fits none.
    stated = {value(c).precision for c in group.claims}
    precise = next(p for p in ("day", "month", "year", "weekday") if p in stated)
    fine = [c for c in group.claims if value(c).precision == precise]
    sides = cluster_claims(fine, lambda x, y: dates_agree(value(x), value(y))) if fine else []
    clashing = []
    for claim in (c for c in group.claims if c not in fine):
        fits = [side for side in sides if all(dates_agree(value(claim), value(c)) for c in side)]
        if len(fits) == 1:
            fits[0].append(claim)
        elif not fits and sides:
            clashing.append(claim)
    if clashing:
        sides.append(clashing)
    sides.sort(key=lambda side: -len({c.source for c in side}))
    consensus = consensus_of(sides) if sides else None
    if len(sides) < 2:
        return []
    return [make_discrepancy(group, sides, Severity.contradiction, value_of, consensus=consensus)]


def compare_places(group: ClaimGroup) -> list[Discrepancy]:
    def place(c: Claim) -> PlaceValue:
        assert isinstance(c.value, PlaceValue)
        return c.value

    venues = [c for c in group.claims if place(c).level == "venue"]
    if len({c.source for c in venues}) < 2:
        return []
    sides = cluster_claims(venues, lambda x, y: fuzz.token_set_ratio(place(x).canonical, place(y).canonical) >= 85)
    if len(sides) < 2:
        return []
    return [make_discrepancy(group, sides, Severity.variance, lambda cl: place(cl[0]).name)]


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every country's name in lower case, as pycountry's ISO 3166 tables give them (common, short and
    official names), and the lexicon's other spellings ("britain", "u.s.")."""
    import pycountry

    spellings = word_classes("country_names")  # "u.s." -> "united states"
    names = set(spellings) | set(spellings.values())
    for country in pycountry.countries:
        names |= {
            getattr(country, field).lower()
            for field in ("name", "common_name", "official_name")
            if getattr(country, field, None)
        }
    return frozenset(names)


def _site_level(place: PlaceValue) -> str:
    """venue, city, or country for a place that is a country ("Poland", "western Poland")."""
    words = place.canonical.split()
    if place.level == "city" and any(" ".join(words[i:]) in country_names() for i in range(min(len(words), 2))):
        return "country"
    return place.level


def compare_sites(group: ClaimGroup) -> list[Discrepancy]:
    """Sources that place one site (the court, the new base) in different towns contradict each other.

    A source that names several towns for the site (two hospitals, two plants) takes no side.
    """

    def place(c: Claim) -> PlaceValue:
        assert isinstance(c.value, PlaceValue)
        return c.value

    found = []
    for level in ("venue", "city", "country"):
        # a country against a town in it is two precisions, not two places: countries meet countries only
        claims = [c for c in group.claims if _site_level(place(c)) == level]
        sides = cluster_claims(claims, lambda x, y: fuzz.token_set_ratio(place(x).canonical, place(y).canonical) >= 85)
        sides_of = Counter(source for side in sides for source in {c.source for c in side})
        sides = [kept for side in sides if (kept := [c for c in side if sides_of[c.source] == 1])]
        if len(sides) >= 2:
            found.append(
                make_discrepancy(
                    group, sides, Severity.contradiction, lambda cl: place(cl[0]).name, key_suffix=f":{level}"
                )
            )
    return found


def compare_texts(group: ClaimGroup) -> list[Discrepancy]:
    """Different words for one fact ("phone call" vs "in-person meeting", "3-1" vs "2-1") cannot both be true."""

    def text(c: Claim) -> str:
        assert isinstance(c.value, TextValue)
        return c.value.text.lower()

    sides = cluster_claims(group.claims, lambda x, y: text(x) == text(y))
    if len(sides) < 2:
        return []
    return [make_discrepancy(group, sides, Severity.contradiction, lambda cl: text(cl[0]))]


def compare_roles(group: ClaimGroup) -> list[Discrepancy]:
    """One person given posts that cannot be one ("deputy governor" and "mayor") by different sources."""
    from ..concepts.role import names_an_office, roles_relation

    def title(c: Claim) -> str:
        assert isinstance(c.value, TextValue)
        return c.value.text

    # "leader" or "chief" names no office: it fits any side, so it would join sides that clash
    named = [c for c in group.claims if names_an_office(title(c))]
    sides = cluster_claims(named, lambda x, y: roles_relation(title(x), title(y)) is None)
    if len(sides) < 2:
        return []
    relations = {roles_relation(title(a[0]), title(b[0])) for i, a in enumerate(sides) for b in sides[i + 1 :]}
    severity = Severity.contradiction if "contradiction" in relations else Severity.variance
    who = group.claims[0].about.get("name", group.subject)
    labelled = group.model_copy(update={"subject": who})
    return [make_discrepancy(labelled, sides, severity, lambda cl: title(cl[0]))]
