"""Dates as news writes them, at the precision given, and how they agree."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.dates import as_date, dates_agree, describe_date, parse_date
from factcheck.models import DateValue


@pytest.mark.parametrize(
    ("text", "year", "month", "day"),
    [
        ("18 February 2025", 2025, 2, 18),
        ("February 18, 2025", 2025, 2, 18),
        ("Feb. 18", None, 2, 18),
        ("on 4th July 2023", 2023, 7, 4),
        ("March 2024", 2024, 3, None),
        ("2022", 2022, None, None),
        ("2024-10-09", 2024, 10, 9),
    ],
)
def test_parses_news_dates_at_their_precision(text: str, year: int | None, month: int | None, day: int | None) -> None:
    value = parse_date(text)
    assert value is not None
    assert (value.year, value.month, value.day) == (year, month, day)


def test_weekday_resolves_against_the_article_date() -> None:
    published = dt.date(2024, 10, 10)  # a Thursday
    value = parse_date("on Tuesday", published)
    assert value is not None and (value.year, value.month, value.day) == (2024, 10, 8)
    assert parse_date("Thursday", published).day == 10  # type: ignore[union-attr]


def test_weekday_without_article_date_stays_a_weekday() -> None:
    assert parse_date("Tuesday") == DateValue(weekday=1)


def test_day_without_year_takes_the_article_year() -> None:
    assert parse_date("14 May", dt.date(2024, 5, 20)).year == 2024  # type: ignore[union-attr]


def test_weekday_that_contradicts_the_date_is_refused() -> None:
    assert parse_date("Monday, 14 May 2024") is None  # 14 May 2024 was a Tuesday
    assert parse_date("Tuesday, 14 May 2024") is not None


@pytest.mark.parametrize(
    "text", ["next week", "yesterday", "32 May 2024", "the 1990s", "soon", "the year 99999999999", "99999999999"]
)
def test_vague_or_impossible_dates_are_not_read(text: str) -> None:
    assert parse_date(text) is None


def test_agreement_respects_precision_and_weekday() -> None:
    day = parse_date("18 February 2025")
    assert day is not None
    assert dates_agree(day, parse_date("February 2025"))  # type: ignore[arg-type]
    assert dates_agree(day, DateValue(weekday=1))  # it was a Tuesday
    assert not dates_agree(day, DateValue(weekday=2))
    assert not dates_agree(day, parse_date("17 February 2025"))  # type: ignore[arg-type]


def test_describe_reads_naturally() -> None:
    assert describe_date(parse_date("18 February 2025")) == "Tuesday 18 February 2025"  # type: ignore[arg-type]
    assert describe_date(DateValue(weekday=4)) == "a Friday"


@pytest.mark.parametrize("text", ["32 January", "January 99", "31 February", "Monday, 31 April", "the 40th of May"])
def test_a_day_without_a_year_must_still_exist(text: str) -> None:
    assert parse_date(text) is None


def test_29_february_without_a_year_is_kept() -> None:
    assert parse_date("29 February") == DateValue(month=2, day=29)


def test_a_weekday_before_the_first_day_of_the_calendar_stays_a_weekday() -> None:
    assert parse_date("Tuesday", dt.date(1, 1, 1)) == DateValue(weekday=1)  # 1 January of year 1 was a Monday
    assert parse_date("Monday", dt.date(1, 1, 1)) == DateValue(year=1, month=1, day=1, weekday=0)


def test_a_value_that_names_no_calendar_day_has_no_date() -> None:
    assert as_date(DateValue(year=99999, month=1, day=1)) is None
    assert as_date(DateValue(year=2025, month=2, day=30)) is None
    assert as_date(DateValue(year=2025, month=2, day=18)) == dt.date(2025, 2, 18)
