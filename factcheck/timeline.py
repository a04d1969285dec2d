"""Figures that grow as coverage goes on: a toll of 53 in the first day's story and 94 in the next day's
is news catching up, not two outlets disagreeing, and the report says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .annotate.published import publication_stamp
from .dates import describe_date
from .extract.article import find_reference_date
from .lexicon import word_list
from .models import DateValue, Discrepancy, QuantityValue, Source
from .quantities import central, describe


def publication_days(sources: Sequence[Source]) -> dict[str, dt.date]:
    """Each article's own day, from its `published` date (see `with_publication_dates`)."""
    found = {}
    for source in sources:
        day = _iso_day(source.published) if source.published else None
        if day is not None:
            found[source.id] = day
    return found


def note_growth(
    discrepancies: Sequence[Discrepancy], days: dict[str, dt.date], times: dict[str, dt.datetime] | None = None
) -> list[Discrepancy]:
    """The discrepancies, each count that rose with the articles' dates saying so in its explanation:
    "… The figure rose from 53 to 94 between 22 July 2026 and 23 July 2026, as coverage went on".

    When every article in a discrepancy gives its time with a zone (`times`), figures of one day
    are ordered by the hour too: "between 09:12 UTC and 16:40 UTC on 22 July 2026"."""
    return [_with_growth(d, days, times or {}) for d in discrepancies]


_GROWING = frozenset(word_list("growing_actions"))  # tolls, cases, arrests; not the size of a body or a plan


def _with_growth(discrepancy: Discrepancy, days: dict[str, dt.date], times: dict[str, dt.datetime]) -> Discrepancy:
    if discrepancy.slot != "count" or not discrepancy.claims:
        return discrepancy
    if discrepancy.claims[0].about.get("action") not in _GROWING:
        return discrepancy
    timed = all(c.source in times for c in discrepancy.claims)
    moments: dict[str, dt.date] = dict(times) if timed else dict(days)
    by_moment: dict[dt.date, list[QuantityValue]] = {}
    for claim in discrepancy.claims:
        moment = moments.get(claim.source)
        if moment is None or not isinstance(claim.value, QuantityValue):
            return discrepancy  # an undated article may be the newest: nothing can be said of the order
        by_moment.setdefault(moment, []).append(claim.value)
    if len(by_moment) < 2:
        return discrepancy
    ordered = sorted(by_moment.items())
    # each moment's figures all above every earlier one's: the count grew, whatever the outlets
    lows = [min(central(v) for v in values) for _, values in ordered]
    highs = [max(central(v) for v in values) for _, values in ordered]
    if any(lows[i + 1] <= highs[i] for i in range(len(ordered) - 1)):
        return discrepancy
    first_moment, first = ordered[0][0], max(ordered[0][1], key=central)
    last_moment, last = ordered[-1][0], max(ordered[-1][1], key=central)
    note = (
        f" The figure rose from {describe(first)} to {describe(last)} between "
        f"{_span(first_moment, last_moment)}, as coverage went on."
    )
    return discrepancy.model_copy(update={"explanation": discrepancy.explanation + note})


def _span(first: dt.date, last: dt.date) -> str:
    """ "22 July 2026 and 23 July 2026", or "09:12 UTC and 16:40 UTC on 22 July 2026" for times of one day."""
    if isinstance(first, dt.datetime) and isinstance(last, dt.datetime):
        first, last = first.astimezone(dt.UTC), last.astimezone(dt.UTC)
        if first.date() == last.date():
            return f"{first:%H:%M} UTC and {last:%H:%M} UTC on {_day(first.date())}"
        return f"{first:%H:%M} UTC on {_day(first.date())} and {last:%H:%M} UTC on {_day(last.date())}"
    return f"{_day(first)} and {_day(last)}"


def _day(day: dt.date) -> str:
    return describe_date(DateValue(year=day.year, month=day.month, day=day.day))


def publication_times(sources: Sequence[Source]) -> dict[str, dt.datetime]:
    """The publication time of each article that gives one with its zone (an aware datetime)."""
    found = {}
    for source in sources:
        try:
            moment = dt.datetime.fromisoformat(source.published or "")
        except ValueError:
            continue
        if moment.tzinfo is not None:
            found[source.id] = moment
    return found


def with_publication_dates(sources: Sequence[Source]) -> list[Source]:
    """The sources, each with its publication date (ISO 8601) when the page did not give one: read
    from its dateline, byline or "Updated" line as the extractor reads it, with the time the same
    line gives ("2025-11-09T13:05+00:00")."""
    dated = []
    for source in sources:
        found = None if source.published else find_reference_date(source.text)
        if found is None:
            dated.append(source)
            continue
        day = found.isoformat()
        stamp = publication_stamp(source.text)
        published = stamp if stamp is not None and stamp.startswith(day) else day
        dated.append(source.model_copy(update={"published": published}))
    return dated


def _iso_day(text: str) -> dt.date | None:
    """The day an ISO 8601 date or date and time gives, or None."""
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
