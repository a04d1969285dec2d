"""Figures that grow as coverage goes on: a toll of 53 in the first day's story and 94 in the next day's
is news catching up, not two outlets disagreeing, and the report says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .dates import describe_date
from .extract.article import find_reference_date
from .lexicon import word_list
from .models import DateValue, Discrepancy, QuantityValue, Source
from .quantities import central, describe


def publication_days(sources: Sequence[Source]) -> dict[str, dt.date]:
    """Each article's own date: the page's, else read as the extractor reads it (dateline, byline, "Updated" line)."""
    found = {}
    for source in sources:
        day = _iso_day(source.published) if source.published else find_reference_date(source.text)
        if day is not None:
            found[source.id] = day
    return found


def note_growth(discrepancies: Sequence[Discrepancy], days: dict[str, dt.date]) -> list[Discrepancy]:
    """The discrepancies, each count that rose with the articles' dates saying so in its explanation:
    "… The figure rose from 53 to 94 between 22 July 2026 and 23 July 2026, as coverage went on"."""
    return [_with_growth(d, days) for d in discrepancies]


_GROWING = frozenset(word_list("growing_actions"))  # tolls, cases, arrests; not the size of a body or a plan


def _with_growth(discrepancy: Discrepancy, days: dict[str, dt.date]) -> Discrepancy:
    if discrepancy.slot != "count" or not discrepancy.claims:
        return discrepancy
    if discrepancy.claims[0].about.get("action") not in _GROWING:
        return discrepancy
    by_day: dict[dt.date, list[QuantityValue]] = {}
    for claim in discrepancy.claims:
        day = days.get(claim.source)
        if day is None or not isinstance(claim.value, QuantityValue):
            return discrepancy  # an undated article may be the newest: nothing can be said of the order
        by_day.setdefault(day, []).append(claim.value)
    if len(by_day) < 2:
        return discrepancy
    ordered = sorted(by_day.items())
    # each day's figures all above every earlier day's: the count grew, whatever the outlets
    lows = [min(central(v) for v in values) for _, values in ordered]
    highs = [max(central(v) for v in values) for _, values in ordered]
    if any(lows[i + 1] <= highs[i] for i in range(len(ordered) - 1)):
        return discrepancy
    first_day, first = ordered[0][0], max(ordered[0][1], key=central)
    last_day, last = ordered[-1][0], max(ordered[-1][1], key=central)
    note = (
        f" The figure rose from {describe(first)} to {describe(last)} between "
        f"{_day(first_day)} and {_day(last_day)}, as coverage went on."
    )
    return discrepancy.model_copy(update={"explanation": discrepancy.explanation + note})


def _day(day: dt.date) -> str:
    return describe_date(DateValue(year=day.year, month=day.month, day=day.day))


def with_publication_dates(sources: Sequence[Source]) -> list[Source]:
    """The sources, each with its publication day (ISO 8601) when the page did not give one: read from
    its dateline, byline or "Updated" line as the extractor reads it."""
    days = publication_days([s for s in sources if not s.published])
    return [s.model_copy(update={"published": days[s.id].isoformat()}) if s.id in days else s for s in sources]


def _iso_day(text: str) -> dt.date | None:
    """The day an ISO 8601 date or date and time gives, or None."""
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
