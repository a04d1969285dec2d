"""Read calendar dates as news writes them, keeping the precision the text gave.

dateutil would fill in missing fields from a default and so lose the precision ("February 2025"
is a month, not 1 February); the handful of news formats is read here instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .models import DateValue

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_PATTERNS = [
    re.compile(rf"^{_MONTH}\s+{_DAY}(?:\s*,?\s*{_YEAR})?$"),
    re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?$"),
    re.compile(rf"^{_MONTH}\s*,?\s+{_YEAR}$"),
    re.compile(rf"^{_YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)$"),
    re.compile(rf"^{_YEAR}$"),
]


def parse_date(text: str, reference: dt.date | None = None) -> DateValue | None:
    """Parse "18 February 2025", "Feb. 18", "February 2025", "2025" or "Tuesday" into a DateValue.

    A weekday or a day without a year is resolved against `reference` (the article's date) when
    given: a weekday to the latest such day on or before it.
    """
    cleaned = re.sub(r"^(?:on|in|the|last|this|early|late|mid)\s+", "", text.strip().lower().rstrip(".,"))
    cleaned = re.sub(r"^(?:on|in|the)\s+", "", cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned)
    cleaned = re.sub(r"\s+(?:morning|afternoon|evening|night|midday|noon|overnight)$", "", cleaned)
    stated_weekday = None
    head, _, rest = cleaned.partition(" ")
    if head.rstrip(",") in _WEEKDAYS and rest:
        stated_weekday, cleaned = _WEEKDAYS[head.rstrip(",")], rest.strip()
    if cleaned in _WEEKDAYS:
        weekday = _WEEKDAYS[cleaned]
        if reference is None:
            return DateValue(weekday=weekday)
        try:
            resolved = reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
        except OverflowError:  # a reference in the first week of year 1 has no earlier weekday
            return DateValue(weekday=weekday)
        return DateValue(year=resolved.year, month=resolved.month, day=resolved.day, weekday=weekday)
    for pattern in _PATTERNS:
        m = pattern.match(cleaned)
        if not m:
            continue
        groups = m.groupdict()
        year = int(groups["year"]) if groups.get("year") else None
        month = (
            _MONTHS[groups["month"]] if groups.get("month") else (int(groups["mnum"]) if groups.get("mnum") else None)
        )
        day = int(groups["day"]) if groups.get("day") else None
        if day is not None and year is None and reference is not None:
            year = reference.year
        value = _checked(year, month, day)
        if value is not None and stated_weekday is not None:
            if value.weekday is not None and value.weekday != stated_weekday:
                return None
            value = value.model_copy(update={"weekday": stated_weekday})
        return value
    return None


def _checked(year: int | None, month: int | None, day: int | None) -> DateValue | None:
    """A DateValue if the fields make a real date."""
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        if month is None:
            return None
        try:
            # a day without a year is checked against a leap year, so "29 February" stays and "32 January" goes
            real = dt.date(year or 2000, month, day)
        except ValueError:
            return None
        return DateValue(year=year, month=month, day=day, weekday=real.weekday() if year else None)
    return DateValue(year=year, month=month)


def as_date(value: DateValue) -> dt.date | None:
    """A datetime.date when the value names one day."""
    if value.year and value.month and value.day:
        try:
            return dt.date(value.year, value.month, value.day)
        except ValueError:  # a value from elsewhere ("year 99999") that names no calendar day
            return None
    return None


def dates_agree(a: DateValue, b: DateValue) -> bool:
    """True when two dates can name the same day (coarser precision contains finer; weekdays must match)."""
    for field in ("year", "month", "day", "weekday"):
        x, y = getattr(a, field), getattr(b, field)
        if x is not None and y is not None and x != y:
            return False
    return True


def describe_date(value: DateValue) -> str:
    """A date the way a person reads it, at its precision: "18 February 2025", "a Tuesday"."""
    parts = []
    if value.day is not None:
        parts.append(str(value.day))
    if value.month is not None:
        parts.append(calendar.month_name[value.month])
    if value.year is not None:
        parts.append(str(value.year))
    if not parts and value.weekday is not None:
        return f"a {calendar.day_name[value.weekday]}"
    text = " ".join(parts)
    if value.weekday is not None and value.day is not None:
        text = f"{calendar.day_name[value.weekday]} {text}"
    return text
