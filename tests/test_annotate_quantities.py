"""The quantity grammar on phrases as outlets write them: hedges, scales, glued units, ranges, conversions."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.annotate.quantities import find_quantities


def read(text: str) -> list[tuple[str, str, float, float | None, str | None]]:
    return [
        (
            text[m.start : m.end],
            m.dimension,
            round(m.value.low, 3),
            None if m.value.high is None else round(m.value.high, 3),
            m.value.unit,
        )
        for m in find_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gusts of 45mph", [("45mph", "speed", 72.42, 72.42, "km/h")]),
        ("temperatures hit 109F.", [("109F.", "temperature", 42.8, 42.8, "degC")]),
        ("a fine of £4.2M", [("£4.2M", "money", 4.2e6, 4.2e6, "GBP")]),
        ("prize money of R7.5 million", [("R7.5 million", "money", 7.5e6, 7.5e6, "ZAR")]),
        ("relief of Rs 3 lakh", [("Rs 3 lakh", "money", 3e5, 3e5, "INR")]),
        ("forecasts of 42-44°C", [("42-44°C", "temperature", 42.0, 44.0, "degC")]),
        ("between 40 and 50 people", [("between 40 and 50", "count", 40.0, 50.0, None)]),
        ("seven or eight aftershocks", [("seven or eight", "count", 7.0, 8.0, None)]),
        (
            "27 years and three months in prison",
            [("27 years and three months", "duration", 238873.5, 238873.5, "hour")],
        ),
        ("turnout of 63,1%", [("63,1%", "percent", 63.1, 63.1, "percent")]),
        ("The 3 400 fighters must regroup", [("3 400", "count", 3400.0, 3400.0, None)]),
        ("a 6.8-magnitude quake", [("6.8-magnitude", "magnitude", 6.8, 6.8, "magnitude")]),
        ("a 41-year-old firefighter", [("41-year-old", "age", 41.0, 41.0, "year")]),
        ("waited more than a week before", [("more than a week", "duration", 168.0, None, "hour")]),
        ("crews arrived half an hour later", [("half an hour", "duration", 0.5, 0.5, "hour")]),
        ("the hearing lasted an hour and 20 minutes", [("an hour and 20 minutes", "duration", 1.333, 1.333, "hour")]),
        ("talks went on for a month and a half", [("a month and a half", "duration", 1095.75, 1095.75, "hour")]),
        ("the feud lasted a decade", [("a decade", "duration", 87660.0, 87660.0, "hour")]),
        ("a rule of more than a century", [("more than a century", "duration", 876600.0, None, "hour")]),
        ("it stood for two millennia", [("two millennia", "duration", 17532000.0, 17532000.0, "hour")]),
        ("after a half-hour delay", [("a half-hour", "duration", 0.5, 0.5, "hour")]),
    ],
)
def test_quantities_as_outlets_write_them(text: str, expected: list) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "won 3-1 after extra time",
        "on 23 July 2024",
        "at 10:34 UTC",
        "in 2019",
        "the 12th minute",
        "COVID-19",
        "a G7 summit",
        "trains run twice a week",
        "a day after the vote",
        "a year earlier",
        "the second half an hour",
        "a decade earlier",
    ],
)
def test_scores_dates_times_years_ordinals_and_names_are_not_quantities(text: str) -> None:
    assert read(text) == []


@given(st.text(max_size=200))
def test_any_text_gives_mentions_inside_it_in_order(text: str) -> None:
    mentions = list(find_quantities(text))
    assert all(0 <= m.start <= m.number_start <= m.number_end <= m.end <= len(text) for m in mentions)
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def read_as_written(text: str) -> list[tuple[str, float, str | None]]:
    """Quantities read with the article's own convention for decimals, as the pipeline reads them."""
    from factcheck.annotate.quantities import uses_decimal_comma

    found = find_quantities(text, decimal_comma=uses_decimal_comma(text))
    return [(text[m.start : m.end], round(m.value.low, 4), m.value.unit) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A translated article that writes "2,5 metres" groups its thousands with dots.
        (
            "The water rose 2,5 metres; 12.400 persons and 3.100 houses were hit.",
            [("2,5 metres", 0.0025, "km"), ("12.400", 12400.0, None), ("3.100", 3100.0, None)],
        ),
        (
            "The club lost 4,2 million euros on 1.250.000 tickets.",
            [("4,2 million euros", 4.2e6, "EUR"), ("1.250.000", 1.25e6, None)],
        ),
        # Without a decimal comma, a three-digit group after a dot is still thousands when it counts things...
        ("The agency counted 2.740 cases by Friday.", [("2.740", 2740.0, None)]),
        # ...but a measured figure keeps its decimals, and a comma still groups thousands.
        (
            "The rate rose to 1.085 dollars; the track is 1.500 km long; 3,500 fans came.",
            [("1.085 dollars", 1.085, "USD"), ("1.500 km long", 1.5, "km"), ("3,500", 3500.0, None)],
        ),
    ],
)
def test_dots_that_group_thousands_in_translated_copy(text: str, expected: list) -> None:
    assert read_as_written(text) == expected


_HUGE = "9" * 400


@pytest.mark.parametrize(
    "text",
    [
        f"under {_HUGE} people died",
        f"the fund holds ${_HUGE}",
        "a crowd of " + ",".join(["999"] * 150),
        f"turnout was {_HUGE}%",
        f"a {_HUGE}-year-old",
        f"it reached {_HUGE} degrees",
    ],
)
def test_numbers_too_large_to_state_make_no_quantity(text: str) -> None:
    assert read(text) == []


def test_a_range_of_thousands_of_digits_does_not_crash() -> None:
    text = "9" * 5000 + "-1 people"  # int() refuses more than 4,300 digits
    assert read(text) == []


def test_decades_and_centuries_make_duration_claims(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The strike lasted two decades. The hearing went on for a century.")
    durations = [c for c in claims if c.slot == "duration"]
    found = [(c.subject, c.text, round(c.value.low)) for c in durations]  # type: ignore[union-attr]
    assert found == [("strike", "two decades", 175320), ("hearing", "a century", 876600)]


@pytest.mark.parametrize("text", ["tickets at 5$ 10 times a day", "it cost twenty ₽ 30 years ago"])
def test_a_sign_between_two_figures_is_read_once(text: str) -> None:
    mentions = list(find_quantities(text))
    assert mentions and all(a.end <= b.start for a, b in pairwise(mentions))
