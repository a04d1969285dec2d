"""Fuzz the quantity and date parsers with text built from their own vocabulary: digits in every script,
number words, units, currency signs, hedges, months, huge exponents and noise. Whatever the text, a parser
answers with a value or with None (not a quantity, not a date), never an exception; every quantity is finite
with low <= high, and the same text always reads the same way."""

from __future__ import annotations

import datetime as dt
import math
import random
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.annotate.quantities import NUMBER_WORDS, find_quantities, uses_decimal_comma
from factcheck.dates import _MONTHS, _WEEKDAYS, as_date, parse_date
from factcheck.models import QuantityValue
from factcheck.quantities import (
    _UNITS,
    CURRENCY_SYMBOLS,
    HEDGE_PHRASES,
    MAX_AMOUNT,
    VAGUE,
    _read_amount,
    _tokens,
    parse_quantity,
)
from factcheck.store import QUANTITY_SLOTS, parse_value

pytestmark = pytest.mark.slow

# ASCII digits mapped to the digits of other scripts: Arabic-Indic, Persian, fullwidth, Devanagari, Bengali.
_SCRIPTS = [
    str.maketrans("0123456789", s)
    for s in ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯")
]
_WORDS = sorted(
    {*NUMBER_WORDS, "a", "an", "and", "half", "score", "of", "dozens", "hundreds", "thousands", "tens", "trillion"}
    | {"decade", "decades", "century", "centuries", "millennium", "millennia", "fortnight", "lakh", "crore", "bn"}
    | {"inf", "nan", "infinity", "e", "E", "½", "¼", "²", "the", "only", "between", "to", "or", "long", "old"}
)
_SEPARATORS = ["", " ", " ", "-", "–", ",", ".", ", ", " and ", " to ", "\u00a0", "\n"]


_numerals = st.one_of(
    st.integers(min_value=0, max_value=10**20).map(str),
    st.integers(min_value=0, max_value=10**30).map(lambda n: f"{n:,}"),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
    st.builds(str.translate, st.integers(min_value=0, max_value=10**12).map(str), st.sampled_from(_SCRIPTS)),
    st.integers(min_value=1, max_value=600).map(lambda n: "9" * n),  # up to beyond any float
    st.integers(min_value=1, max_value=200).map(lambda n: ",".join(["999"] * n)),
    st.integers(min_value=-999, max_value=999).map(lambda n: f"1e{n}"),
    st.sampled_from(["inf", "-inf", "nan", "NaN", "Infinity", "1e400", "1e999", "9" * 5000]),
)
_vocabulary = st.one_of(
    _numerals,
    st.sampled_from(_WORDS),
    st.sampled_from(sorted(_UNITS)),
    st.sampled_from(sorted(CURRENCY_SYMBOLS)),
    st.sampled_from(HEDGE_PHRASES),
    st.sampled_from(sorted(VAGUE)),
    st.sampled_from(sorted(_MONTHS) + sorted(_WEEKDAYS) + ["st", "nd", "th", "of", "on", "in", "last"]),
    st.sampled_from(list("$€£¥₩₹₽₺₦%°/()-.,:;'\"*")),
    st.text(max_size=6),  # noise
)
_phrases = st.lists(st.tuples(_vocabulary, st.sampled_from(_SEPARATORS)), max_size=8).map(
    lambda parts: "".join(word + sep for word, sep in parts).strip()
)
_texts = _phrases | st.text(max_size=60)

# The same vocabulary drawn by a seeded generator: a fifth of the cost of a structured draw, so most of the
# hundred thousand examples come from it (a failure reports its phrase; the seed does not shrink).
_ALL_WORDS = sorted(
    {*_WORDS, *_UNITS, *CURRENCY_SYMBOLS, *HEDGE_PHRASES, *VAGUE, *_MONTHS, *_WEEKDAYS, *"$€£¥₩₹₽₺₦%°/()-.,:;'\"*"}
)


def _numeral(rng: random.Random) -> str:
    """One numeral as text might write it, from a digit to far beyond any float, in any script."""
    kind = rng.randrange(8)
    if kind == 0:
        return str(rng.randint(0, 10 ** rng.randint(0, 20)))
    if kind == 1:
        return f"{rng.randint(0, 10 ** rng.randint(3, 30)):,}"
    if kind == 2:
        return f"{rng.random() * 10:.{rng.randint(0, 3)}f}e{rng.randint(-999, 999)}"
    if kind == 3:
        return str(rng.randint(0, 10**12)).translate(rng.choice(_SCRIPTS))
    if kind == 4:
        return "9" * rng.randint(1, 600)
    if kind == 5:
        return ",".join(["999"] * rng.randint(1, 200))
    if kind == 6:
        return f"{rng.randint(0, 999)}.{rng.randint(0, 99)}"
    return rng.choice(["inf", "-inf", "nan", "NaN", "Infinity", "1e400", "1e999", "½", "9" * 5000])


def _noise(rng: random.Random) -> str:
    """A few characters from anywhere in the first planes of Unicode, surrogates excepted."""
    return "".join(chr(rng.choice((rng.randint(32, 126), rng.randint(0xA0, 0xD7FF)))) for _ in range(rng.randint(1, 4)))


def _phrase_from(seed: int, size: int = 8) -> str:
    """Up to `size` numerals, vocabulary words and noise, each with a separator, chosen by the seed."""
    rng = random.Random(seed)
    parts = []
    for _ in range(rng.randint(0, size)):
        pick = rng.random()
        word = _numeral(rng) if pick < 0.35 else _noise(rng) if pick < 0.45 else rng.choice(_ALL_WORDS)
        parts.append(word + rng.choice(_SEPARATORS))
    return "".join(parts).strip()


_seeds = st.integers(min_value=0, max_value=2**64)
_seeded = _seeds.map(_phrase_from)
_seeded_long = _seeds.map(lambda seed: _phrase_from(seed, 24))
_SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}


def _sound(q: QuantityValue) -> bool:
    """A finite interval whose bounds are in order."""
    return math.isfinite(q.low) and (q.high is None or (math.isfinite(q.high) and q.low <= q.high))


def _sound(q: QuantityValue) -> bool:
    """A finite interval whose bounds are in order."""
    return math.isfinite(q.low) and (q.high is None or (math.isfinite(q.high) and q.low <= q.high))


def check_quantity(text: str) -> None:
    """parse_quantity gives None or a sound interval, and the same one every time."""
    q = parse_quantity(text)
    assert q is None or _sound(q), (text, q)
    assert parse_quantity(text) == q, text


def check_amounts(text: str) -> None:
    """Every number read from the words, wherever it starts, is finite and within MAX_AMOUNT."""
    words = _tokens(text)
    for i in range(len(words)):
        got = _read_amount(words, i)
        assert got is None or (math.isfinite(got[0]) and abs(got[0]) <= MAX_AMOUNT and got[1] > i), (text, i, got)


def check_date(text: str, reference: dt.date | None) -> None:
    """parse_date gives None or a date whose fields a calendar has, and the same one every time."""
    value = parse_date(text, reference)
    assert value == parse_date(text, reference), text
    if value is None:
        return
    assert value.month is None or 1 <= value.month <= 12, (text, value)
    assert value.weekday is None or 0 <= value.weekday <= 6, (text, value)
    if value.day is not None:
        assert value.month is not None, (text, value)
        assert dt.date(value.year or 2000, value.month, value.day)  # raises for a day no calendar has
    assert value.year is None or value.day is None or as_date(value) is not None, (text, value)


def check_mentions(text: str, decimal_comma: bool) -> None:
    """find_quantities gives sound, ordered mentions inside the text, the same ones every time."""
    uses_decimal_comma(text)
    mentions = list(find_quantities(text, decimal_comma=decimal_comma))
    assert all(0 <= m.start <= m.number_start <= m.number_end <= m.end <= len(text) for m in mentions), text
    assert all(a.end <= b.start for a, b in pairwise(mentions)), text
    assert all(_sound(m.value) for m in mentions), text
    assert mentions == list(find_quantities(text, decimal_comma=decimal_comma)), text


def check_claim_value(slot: str, text: str) -> None:
    """A claim's written value parses or comes with the reason it does not, never both, never an error."""
    value, error = parse_value(slot, text)
    assert (value is None) != (error == ""), (slot, text)
    assert not isinstance(value, QuantityValue) or _sound(value), (slot, text, value)


_SLOTS = st.sampled_from([*sorted(QUANTITY_SLOTS), "date"])


@settings(max_examples=15_000, **_SETTINGS)  # type: ignore[arg-type]
@given(_texts)
@example("1e400")
@example("1e999 people")
@example("Infinity")
@example("5 billion trillion")
@example("3e300 kilometres")
@example("under " + "9" * 400)
def test_parse_quantity_on_vocabulary(text: str) -> None:
    check_quantity(text)


@settings(max_examples=25_000, **_SETTINGS)  # type: ignore[arg-type]
@given(_seeded)
def test_parse_quantity_on_seeded_phrases(text: str) -> None:
    check_quantity(text)


@settings(max_examples=5_000, **_SETTINGS)  # type: ignore[arg-type]
@given(_texts)
def test_numbers_are_read_within_bounds_on_vocabulary(text: str) -> None:
    check_amounts(text)


@settings(max_examples=10_000, **_SETTINGS)  # type: ignore[arg-type]
@given(_seeded)
def test_numbers_are_read_within_bounds_on_seeded_phrases(text: str) -> None:
    check_amounts(text)


@settings(max_examples=8_000, **_SETTINGS)  # type: ignore[arg-type]
@given(_texts, st.none() | st.dates())
@example("Tuesday", dt.date(1, 1, 1))
@example("the year 99999999999", None)
@example("32 January", None)
def test_parse_date_on_vocabulary(text: str, reference: dt.date | None) -> None:
    check_date(text, reference)


@settings(max_examples=17_000, **_SETTINGS)  # type: ignore[arg-type]
@given(_seeded, st.none() | st.dates())
def test_parse_date_on_seeded_phrases(text: str, reference: dt.date | None) -> None:
    check_date(text, reference)


@settings(max_examples=5_000, **_SETTINGS)  # type: ignore[arg-type]
@given(st.lists(_texts, min_size=1, max_size=4).map(" ".join), st.booleans())
@example("9" * 5000 + "-1 people", False)
@example("under " + "9" * 400 + " people died", False)
def test_find_quantities_on_vocabulary(text: str, decimal_comma: bool) -> None:
    check_mentions(text, decimal_comma)


@settings(max_examples=10_000, **_SETTINGS)  # type: ignore[arg-type]
@given(_seeded_long, st.booleans())
def test_find_quantities_on_seeded_phrases(text: str, decimal_comma: bool) -> None:
    check_mentions(text, decimal_comma)


@settings(max_examples=5_000, **_SETTINGS)  # type: ignore[arg-type]
@given(_SLOTS, _texts)
def test_claim_values_on_vocabulary(slot: str, text: str) -> None:
    check_claim_value(slot, text)


@settings(max_examples=5_000, **_SETTINGS)  # type: ignore[arg-type]
@given(_SLOTS, _seeded)
def test_claim_values_on_seeded_phrases(slot: str, text: str) -> None:
    check_claim_value(slot, text)
