"""When an article was written: its dateline, byline or "Updated" line, in the forms outlets use.

"HARBOURTON, Oct 14 (Agency) -", "Friday, 17 October 2025", "14/10/2025 - 13:47",
"Published 24 July 2024, 08:14 BST", "25.07.2024 | 10:47", "Tue 18 Nov 2025 // 13:05 UTC". Relative
days in the text ("yesterday", "on Tuesday") are read against it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import parse_date
from ..lexicon import table
from ..models import DateValue

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?"
_TEXT_DATE = re.compile(
    rf"\b(?:{_WEEKDAY}\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})|({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?),?\s*((?:19|20)\d\d)?\b",
    re.I,
)
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/.])")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


def article_date(text: str, head_lines: int = 14) -> DateValue | None:
    """The first full date in the article's opening lines (title, byline, dateline, first paragraph).

    A dateline without a year ("ATHENS, July 24 (Agency) -") keeps the year unknown: wire copy often
    names only older years, and guessing one would put "on Tuesday" on the wrong day.
    """
    lines = [line for line in text.splitlines() if line.strip()][:head_lines]
    for line in lines:
        found = _dates_in(line[:300])
        if found:
            return found[0]
    return None


def _dates_in(line: str) -> list[DateValue]:
    """Every full date a line holds, left to right."""
    found: list[tuple[int, DateValue]] = []
    for match in _ISO_DATE.finditer(line):
        iso = _safe(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if iso:
            found.append((match.start(), iso))
    for match in _NUMERIC_DATE.finditer(line):
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        numeric = _safe(year, second, first) or _safe(year, first, second)  # day first, as most outlets write it
        if numeric:
            found.append((match.start(), numeric))
    for match in _TEXT_DATE.finditer(line):
        written_year = match.group(5)
        if written_year is None and not looks_like_dateline(line, match.start()):
            continue
        written = f"{match.group(1) or match.group(4)} {match.group(2) or match.group(3)} {written_year or ''}"
        value = parse_date(written.strip())
        if value and value.month and value.day:
            found.append((match.start(), value))
    return [day for _, day in sorted(found, key=lambda pair: pair[0])]


_DATELINE_OPENING = re.compile(r"[A-Z][A-Za-z .'-]*,[^\n]{0,60}?\s[-–—]+\s")


def dateline_end(text: str, line_start: int) -> int | None:
    """Where the dateline that opens a line ("LISBON, 4 May (Wire) - ") ends, or None."""
    opening = _DATELINE_OPENING.match(text, line_start)
    return opening.end() if opening is not None else None


def looks_like_dateline(line: str, start: int) -> bool:
    """ "ATHENS, July 24 (Agency) -": a place before the date, a dash after it."""
    place = re.match(r"^[A-Z][A-Za-z .'-]*,", line[:start]) is not None
    return place and re.search(r"[-–—]", line[start:]) is not None


def _safe(year: int, month: int, day: int) -> DateValue | None:
    try:
        return DateValue(year=year, month=month, day=day, weekday=dt.date(year, month, day).weekday())
    except ValueError:
        return None


def shift(base: DateValue, days: int) -> DateValue:
    """The date `days` after base (before, if negative); a date without a year keeps none."""
    if base.month is None or base.day is None:
        return DateValue()
    year = base.year or 2001  # any common year: only the month and day are kept
    moved = dt.date(year, base.month, min(base.day, 28 if base.month == 2 and not base.year else base.day))
    moved += dt.timedelta(days=days)
    if base.year:
        return DateValue(year=moved.year, month=moved.month, day=moved.day, weekday=moved.weekday())
    return DateValue(month=moved.month, day=moved.day)


def next_weekday(base: DateValue | None, weekday: int) -> DateValue:
    """The earliest given weekday on or after base: the day a plan names ("will march on Friday")."""
    if base is None or not (base.year and base.month and base.day):
        return DateValue(weekday=weekday)
    day = dt.date(base.year, base.month, base.day)
    return shift(base, (weekday - day.weekday()) % 7)


def last_weekday(base: DateValue | None, weekday: int) -> DateValue:
    """The latest given weekday on or before base; only the weekday when base has no year."""
    if base is None or not (base.year and base.month and base.day):
        return DateValue(weekday=weekday)
    day = dt.date(base.year, base.month, base.day)
    return shift(base, -((day.weekday() - weekday) % 7))


# A byline or "Updated" line's clock time: "09:14", "9.14am", "13:05 GMT", "08:14 BST"
_STAMP_TIME = re.compile(
    r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![:.]?\d)\s*(?P<half>[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*\(?(?P<zone>[A-Z]{2,5})\b)?"
)


def publication_stamp(text: str, head_lines: int = 14) -> str | None:
    """The article's own date and time as ISO 8601 ("2025-11-09T13:05+00:00"): the first opening line
    that gives a full date and a clock time; the offset only when the zone is one the lexicon knows.
    None when no opening line gives both."""
    offsets: dict[str, str] = table("zone_offsets")
    for line in [line for line in text.splitlines() if line.strip()][:head_lines]:
        days = _dates_in(line[:300])
        clock = _STAMP_TIME.search(line[:300])
        if not days or clock is None or not (days[0].year and days[0].month and days[0].day):
            continue
        hour, minute = int(clock.group("hour")), int(clock.group("minute"))
        half = (clock.group("half") or "").lower().replace(".", "")
        if half and not 1 <= hour <= 12:
            continue
        if half:
            hour = hour % 12 + (12 if half == "pm" else 0)
        day = days[0]
        zone = offsets.get((clock.group("zone") or "").upper(), "")
        return f"{day.year:04d}-{day.month:02d}-{day.day:02d}T{hour:02d}:{minute:02d}{zone}"
    return None
