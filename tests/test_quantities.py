"""The quantity parser: how people write numbers, and that rendering and parsing agree."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import QuantityValue
from factcheck.quantities import central, describe, parse_quantity, render


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "qualifier"),
    [
        ("four-hour", 4, 4, "hour", None),
        ("4.5-hour", 4.5, 4.5, "hour", None),
        ("the more than four-hour", 4, None, "hour", "more than"),
        ("five-day", 120, 120, "hour", None),
        ("90-minute", 1.5, 1.5, "hour", None),
        ("three-week-long", 504, 504, "hour", None),
        ("half an hour", 0.5, 0.5, "hour", None),
        ("an hour and a half", 1.5, 1.5, "hour", None),
        ("two and a half hours", 2.5, 2.5, "hour", None),
        ("three to four hours", 3, 4, "hour", "between"),
        ("between 30 and 40", 30, 40, None, "between"),
        ("at least 21,692", 21692, None, None, "at least"),
        ("not less than ten years", 87660, None, "hour", "at least"),
        ("never inferior to 40", 40, None, None, "at least"),  # translated from a language that says it so
        ("twenty-one", 21, 21, None, None),
        ("a dozen", 12, 12, None, None),
        ("dozens", 24, 99, None, "dozens"),
        ("hundreds of", 200, 999, None, "hundreds"),
        ("$324bn", 324e9, 324e9, "USD", None),
        ("2.1 million", 2.1e6, 2.1e6, None, None),
        ("1.5 trillion won", 1.5e12, 1.5e12, "KRW", None),
        ("€40 million", 40e6, 40e6, "EUR", None),
        ("nearly 20 percent", 18, 20, "percent", "nearly"),
        ("5%", 5, 5, "percent", None),
        ("up to 50 km", 0, 50, "km", "up to"),
        ("fewer than 300", 0, 300, None, "less than"),
        ("some 200", 180, 220, None, "about"),
        ("12 miles", 12 * 1.609344, 12 * 1.609344, "km", None),
    ],
)
def test_parses_what_reporters_write(
    text: str, low: float, high: float | None, unit: str | None, qualifier: str | None
) -> None:
    q = parse_quantity(text)
    assert q is not None, text
    assert math.isclose(q.low, low, rel_tol=1e-6, abs_tol=1e-9)
    assert (q.high is None) == (high is None)
    if high is not None:
        assert q.high is not None and math.isclose(q.high, high, rel_tol=1e-6)
    assert (q.unit, q.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    "text", ["fourish hours", "several reasons", "", "hours", "the meeting", "five-day-old bread crumbs"]
)
def test_rejects_what_is_not_a_quantity(text: str) -> None:
    assert parse_quantity(text) is None


def test_describe_uses_a_readable_unit() -> None:
    assert describe(parse_quantity("five-day")) == "5 days"  # type: ignore[arg-type]
    assert describe(parse_quantity("more than four hours")) == "more than 4 h"  # type: ignore[arg-type]
    assert describe(parse_quantity("$324bn")) == "$324 bn"  # type: ignore[arg-type]
    days = (24.0, "days")  # the unit a group of lengths is shown in
    assert describe(parse_quantity("three days"), days) == "3 days"  # type: ignore[arg-type]
    assert describe(parse_quantity("52 hours"), days) == "52 h"  # type: ignore[arg-type]  # not "2.17 days"


_units = st.sampled_from([None, "hour", "percent", "km", "kg", "USD", "EUR"])
_amounts = st.integers(min_value=1, max_value=10**9) | st.decimals(min_value=0.5, max_value=10_000, places=2).map(float)


@given(
    amount=_amounts,
    unit=_units,
    qualifier=st.sampled_from([None, "more than", "at least", "about", "nearly", "up to", "less than"]),
)
def test_rendering_a_quantity_parses_back_to_it(amount: float, unit: str | None, qualifier: str | None) -> None:
    exact = QuantityValue(low=amount, high=amount, unit=unit, qualifier=None)
    original = parse_quantity(render(exact))
    assert original is not None and math.isclose(original.low, amount, rel_tol=1e-9)
    if qualifier is not None:
        hedged = parse_quantity(f"{qualifier} {render(exact)}")
        assert hedged is not None and hedged.qualifier == qualifier
        again = parse_quantity(render(hedged))
        assert again is not None and again.qualifier == qualifier
        assert math.isclose(central(again), central(hedged), rel_tol=1e-9)


@given(low=st.integers(1, 1000), span=st.integers(1, 1000))
def test_ranges_round_trip(low: int, span: int) -> None:
    q = QuantityValue(low=low, high=low + span, unit="hour", qualifier="between")
    assert parse_quantity(render(q)) == q


@given(st.text(max_size=40))
def test_never_crashes_on_any_text(text: str) -> None:
    result = parse_quantity(text)
    assert result is None or result.high is None or result.low <= result.high


_YEAR_HOURS = 24 * 365.25


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("two decades", 20),
        ("three decades", 30),
        ("two-decade", 20),
        ("a century", 100),
        ("two centuries", 200),
        ("a millennium", 1000),
        ("two millennia", 2000),
        ("a score of years", 20),
        ("a half-decade", 5),
        ("half a decade", 5),
    ],
)
def test_decades_centuries_and_millennia_are_years_not_factors_of_ten(text: str, years: float) -> None:
    q = parse_quantity(text)
    assert q is not None and q.unit == "hour", text
    assert math.isclose(q.low, years * _YEAR_HOURS) and q.high == q.low


def test_a_fortnight_and_a_half_hour_are_lengths() -> None:
    assert parse_quantity("a fortnight") == QuantityValue(low=336.0, high=336.0, unit="hour")
    assert parse_quantity("a half-hour") == QuantityValue(low=0.5, high=0.5, unit="hour")
    assert parse_quantity("a score of people") is None  # a score counts twenty of a unit, not of anything


def test_claims_take_decades_as_a_length_of_time() -> None:
    from factcheck.store import parse_value

    value, error = parse_value("duration", "two decades")
    assert error == "" and isinstance(value, QuantityValue)
    assert math.isclose(value.low, 20 * _YEAR_HOURS)
    assert parse_value("duration", "two millennia")[1] == ""


_HUGE = "9" * 300


@pytest.mark.parametrize(
    "text",
    [
        _HUGE,
        f"{_HUGE} percent",
        ",".join(["999"] * 120),
        f"under {_HUGE}",
        f"about {_HUGE}",
        f"${_HUGE}",
        f"{_HUGE}%",
        f"{_HUGE} hours",
        f"{_HUGE} kilometres",
        f"between 1 and {_HUGE}",
        f"{_HUGE} to {_HUGE}",
        "10,000 trillion",
        "12345678901234567",
    ],
)
def test_numbers_too_large_to_state_are_not_quantities(text: str) -> None:
    assert parse_quantity(text) is None


def test_the_largest_plausible_amounts_still_parse() -> None:
    assert parse_quantity("$999 trillion") == QuantityValue(low=999e12, high=999e12, unit="USD")
    assert parse_quantity("1,000,000,000,000,000") == QuantityValue(low=1e15, high=1e15)
    light_years = parse_quantity("2.5 million light years")  # a bounded number in a large unit stays finite
    assert light_years is not None and math.isfinite(light_years.low)


def test_a_quantity_never_holds_an_infinite_or_nan_bound() -> None:
    from pydantic import ValidationError

    from factcheck.models import QuantityValue

    for bad in (float("inf"), float("-inf"), float("nan")):
        with pytest.raises(ValidationError):
            QuantityValue(low=1, high=bad)
