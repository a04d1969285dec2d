"""Dates as news writes them, at the precision given, and how they agree."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.dates import dates_agree, describe_date, parse_date
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


@pytest.mark.parametrize("text", ["next week", "yesterday", "32 May 2024", "the 1990s", "soon"])
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
