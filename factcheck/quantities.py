"""Read a quantity as people write it ("the more than four-hour", "$324bn", "dozens") into an interval.

The same parser serves articles and hand-written claims.yaml values, so both compare alike.
Number words go through text2num (it handles compounds such as "twenty-one" and "one hundred
and five", which a hand-made table gets wrong); units are converted with pint, so "five-day"
meets "four hours" in one unit.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import Any

from .lexicon import table, word_list
from .models import QuantityValue

# The words and phrases below live in lexicon.yaml (hedge_factors, qualifier_words, vague_amounts,
# scale_words, converted_units, unconverted_units, currency_symbols, number_words), read once.

# Hedge words, longest first, and what they make of X: (low factor, high factor or None, qualifier).
_HEDGES: list[tuple[str, tuple[float, float | None, str]]] = [
    (phrase, (group["low"], group["high"], qualifier))
    for qualifier, group in table("hedge_factors").items()
    for phrase in group["phrases"]
]
HEDGE_PHRASES = sorted({phrase for phrase, _ in _HEDGES}, key=lambda p: -len(p.split()))
_HEDGE_BY_QUALIFIER = {q: (lo, hi) for _, (lo, hi, q) in reversed(_HEDGES)}
_QUALIFIER_WORD: dict[str, str] = table("qualifier_words")

# Vague amounts: word → (low, high).
VAGUE: dict[str, tuple[float, float]] = {word: (low, high) for word, (low, high) in table("vague_amounts").items()}

_SCALES: dict[str, float] = table("scale_words")

# Surface unit → (pint unit or None, canonical unit). None: no conversion (money, percent).
_UNITS: dict[str, tuple[str | None, str]] = {
    word: (row.get("pint"), row["canonical"])
    for row in [*table("converted_units"), *table("unconverted_units")]
    for word in row["words"]
}

CURRENCY_SYMBOLS: dict[str, str] = table("currency_symbols")
_CURRENCIES = {canon for _, canon in _UNITS.values() if canon.isupper()} | set(CURRENCY_SYMBOLS.values())
# ISO codes written before an amount ("NOK 12 million", "SEK 40m"): the three-letter words of a currency
CURRENCY_CODES = sorted(
    word.upper()
    for word, (pint, canon) in _UNITS.items()
    if pint is None and canon.isupper() and len(word) == 3 and word.isalpha() and word not in ("won", "sol", "try")
)

_NUMBER_WORDS = set(word_list("number_words"))
# The largest amount read as a quantity: a figure beyond a thousand trillion ("1e400", a 300-digit numeral,
# "999,999,…" with a hundred groups) is no amount an article states, and a float would make it inf or NaN.
MAX_AMOUNT = 1e15
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$")
_TOKEN = re.compile(r"us\$|a\$|c\$|hk\$|[$€£¥₩₹₽₺₦%]|\d[\d,]*(?:\.\d+)?|\.\d+|[a-z²_]+(?:2(?![\d.,]))?|[^\sa-z\d]")


def _tokens(text: str) -> list[str]:
    """Split a quantity phrase into lower-case words, numbers and symbols; hyphens become spaces."""
    text = text.lower().replace("per cent", "per_cent").replace("percentage point", "percentage_point")
    text = re.sub(r"(?<=\w)-(?=\w)", " ", text)
    text = text.replace("\u2013", " to ").replace("\u2014", " to ")
    return [
        t.replace("per_cent", "per cent").replace("percentage_point", "percentage point") for t in _TOKEN.findall(text)
    ]


def _read_number(words: list[str], i: int) -> tuple[float, int] | None:
    """Read one number starting at words[i]; return (value, index after it)."""
    from text_to_num import text2num  # imported here: only parsing needs it

    if i >= len(words):
        return None
    w = words[i]
    if _DIGITS.match(w):
        return float(w.replace(",", "")), i + 1
    if (
        w in ("a", "an")
        and i + 1 < len(words)
        and words[i + 1] in ("dozen", "hundred", "thousand", "million", "billion")
    ):
        base = {"dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}[words[i + 1]]
        return base, i + 2
    if w in ("a", "an") and words[i + 1 : i + 3] == ["score", "of"]:
        return 20.0, i + 2  # "a score of years"
    if w == "dozen":
        return 12.0, i + 1
    if w == "half":
        return 0.5, i + 1
    if w not in _NUMBER_WORDS:
        return None
    j = i
    while j < len(words) and (
        words[j] in _NUMBER_WORDS or (words[j] == "and" and j + 1 < len(words) and words[j + 1] in _NUMBER_WORDS)
    ):
        j += 1
    while j > i:
        try:
            return float(text2num(" ".join(words[i:j]), "en")), j
        except ValueError:
            j -= 1
    return None


def _read_amount(words: list[str], i: int) -> tuple[float, int] | None:
    """A number with an optional scale word ("2.1 million", "324bn") and fraction ("and a half")."""
    got = _read_number(words, i)
    if got is None:
        return None
    value, i = got
    if words[i : i + 3] == ["and", "a", "half"] and i + 3 < len(words) and words[i + 3] in _SCALES:
        value, i = value + 0.5, i + 3  # "one and a half million"
    if i < len(words) and words[i] in _SCALES and not (words[i] == "m" and value >= 1000):
        value *= _SCALES[words[i]]
        i += 1
    return (value, i) if is_amount(value) else None


def is_amount(value: float) -> bool:
    """True for a finite number no larger than MAX_AMOUNT: one an article can state as a quantity."""
    return math.isfinite(value) and abs(value) <= MAX_AMOUNT


def _unit_at(words: list[str], i: int) -> tuple[str | None, int]:
    """The unit word at words[i], if any, skipping "-long" and "of"."""
    if i < len(words) and words[i] in ("of",) and i + 1 < len(words) and words[i + 1] in _UNITS:
        i += 1
    if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in _UNITS:
        return f"{words[i]} {words[i + 1]}", i + 2
    if (
        i + 1 < len(words)
        and words[i] in ("square", "sq")
        and words[i + 1] in ("km", "kilometres", "kilometers", "miles", "mile")
    ):
        return ("km2" if words[i + 1].startswith("k") else "square miles"), i + 2
    if i < len(words) and words[i] in _UNITS:
        return words[i], i + 1
    return None, i


@lru_cache(maxsize=1)
def _registry() -> Any:
    """pint's unit registry, built once per process."""
    import pint

    try:
        # pint caches its parsed definitions in the user cache folder: a warm start is ten times faster.
        return pint.UnitRegistry(cache_folder=":auto:")
    except OSError:  # no writable cache folder: build the registry from its definitions every time
        return pint.UnitRegistry()


_YEARS_IN = {"decade": 10, "century": 100}


def to_canonical(value: float, unit: str | None) -> tuple[float, str | None]:
    """Convert value in a surface unit ("days", "km", "$") to the canonical unit of its dimension."""
    if unit is None:
        return value, None
    if unit in CURRENCY_SYMBOLS:
        return value, CURRENCY_SYMBOLS[unit]
    if unit == "square miles":
        return value * 2.589988110336, "km2"
    pint_unit, canonical = _UNITS[unit]
    if pint_unit is None:
        return value, canonical
    if pint_unit in _YEARS_IN:  # pint's "decade" is a factor of ten, not ten years
        value, pint_unit = value * _YEARS_IN[pint_unit], "year"
    return value * _factor(pint_unit, canonical), canonical


@cache
def _factor(pint_unit: str, canonical: str) -> float:
    """How many canonical units one surface unit is, asked of pint once per unit: every unit here is a
    plain multiple (temperatures, the one offset scale, are read apart)."""
    return float(_registry().Quantity(1.0, pint_unit).to(_pint_name(canonical)).magnitude)


def _pint_name(canonical: str) -> str:
    return {"km2": "kilometer**2", "km/h": "kilometer/hour", "km": "kilometer", "kg": "kilogram"}.get(
        canonical, canonical
    )


def _hedged(value: float, hedge: tuple[float, float | None, str] | None) -> tuple[float, float | None, str | None]:
    if hedge is None:
        return value, value, None
    lo, hi, qualifier = hedge
    return value * lo, (None if hi is None else value * hi), qualifier


def parse_quantity(text: str) -> QuantityValue | None:
    """Parse a quantity phrase into an interval in canonical units, or None if it is not one.

    >>> parse_quantity("the more than four-hour").qualifier
    'more than'
    """
    words = [w for w in _tokens(text) if w not in ("only", "merely")]
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return None
    hedge = None
    for phrase, meaning in _HEDGES:
        parts = phrase.split()
        if words[: len(parts)] == parts and len(words) > len(parts):
            hedge, words = meaning, words[len(parts) :]
            break
    # A currency sign before the number: "$324bn", "US$ 2 million".
    unit: str | None = None
    if words and (words[0] in CURRENCY_SYMBOLS or (words[0] in _UNITS and (_UNITS[words[0]][1] or "").isupper())):
        unit, words = words[0], words[1:]
        if words[:1] == ["."]:
            words = words[1:]
    # Vague amounts: "dozens", "hundreds of thousands".
    for phrase in sorted(VAGUE, key=len, reverse=True):
        parts = phrase.split()
        if words[: len(parts)] == parts:
            rest = words[len(parts) :]
            tail_unit, k = _unit_at(rest, 0)
            if k != len(rest) and rest[k:] != ["of"]:
                return None
            lo, hi = VAGUE[phrase]
            (lo, u), (hi, _) = to_canonical(lo, tail_unit or unit), to_canonical(hi, tail_unit or unit)
            return QuantityValue(low=lo, high=hi, unit=u, qualifier=phrase)
    # Fractions of a unit: "half an hour", "a half-decade", "an hour and a half".
    if words[:2] in (["half", "an"], ["half", "a"], ["a", "half"]):
        u, k = _unit_at(words, 2)
        if u and k == len(words):
            low, high, q = _hedged(0.5, hedge)
            return _quantity(low, high, u, q)
    if words and words[0] in ("a", "an"):
        u, k = _unit_at(words, 1)
        if u and u not in CURRENCY_SYMBOLS:
            value = 1.0
            if words[k : k + 3] == ["and", "a", "half"]:
                value, k = 1.5, k + 3
            if k == len(words):
                low, high, q = _hedged(value, hedge)
                return _quantity(low, high, u, q)
    between = bool(words) and words[0] == "between"
    if between:
        words = words[1:]
    first = _read_amount(words, 0)
    if first is None:
        return None
    value, i = first
    if words[i : i + 3] == ["and", "a", "half"]:
        value, i = value + 0.5, i + 3
    high_value: float | None = None
    if i < len(words) and words[i] in ("to", "and", "or") and (between or words[i] != "and"):
        second = _read_amount(words, i + 1)
        if second is not None:
            high_value, i = second
    if unit is None or unit in CURRENCY_SYMBOLS or (unit in _UNITS and (_UNITS[unit][1] or "").isupper()):
        tail, i = _unit_at(words, i)
        if tail is not None:
            if unit is not None and tail in _SCALES:
                tail = None
            unit = tail if unit is None else unit
    while i < len(words) and words[i] in ("long", "old", "strong"):
        i += 1
    if i != len(words):
        return None
    if high_value is not None:
        if high_value < value:
            return None
        return _quantity(value, high_value, unit, "between")
    low, high, q = _hedged(value, hedge)
    return _quantity(low, high, unit, q)


def _quantity(low: float, high: float | None, unit: str | None, qualifier: str | None) -> QuantityValue:
    lo, u = to_canonical(low, unit)
    hi = None if high is None else to_canonical(high, unit)[0]
    return QuantityValue(low=lo, high=hi, unit=u, qualifier=qualifier)


def central(q: QuantityValue) -> float:
    """The value a hedged interval is centred on: X for "about X", "more than X", "up to X"."""
    if q.qualifier in ("more than", "at least"):
        return q.low
    if q.qualifier in ("less than", "up to", "nearly") and q.high is not None:
        return q.high
    if q.high is None:
        return q.low
    if q.qualifier == "between" or q.qualifier in VAGUE:
        return math.sqrt(max(q.low, 1e-9) * max(q.high, 1e-9)) if q.low > 0 else q.high / 2
    return (q.low + q.high) / 2


_DISPLAY_UNIT = {"hour": "h", "percent": "%", "km": "km", "kg": "kg", "km2": "km²", "km/h": "km/h"}


def format_number(x: float) -> str:
    """A number as a person writes it: 4, 4.5, 21,692, 324 bn."""
    if x >= 1e9 and x % 1e7 == 0:
        return f"{format_number(x / 1e9)} bn"
    if x >= 1e6 and x % 1e4 == 0:
        return f"{format_number(x / 1e6)} million"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


TIME_SCALES = [(1.0, "h"), (24.0, "days"), (24.0 * 7, "weeks"), (24.0 * 365.25, "years")]


def time_scale(hours: float) -> tuple[float, str]:
    """The unit a length of time reads best in: hours up to two days, then days, weeks, years."""
    if hours < 48:
        return TIME_SCALES[0]
    if hours < 24 * 7 * 3:
        return TIME_SCALES[1]
    if hours < 24 * 365:
        return TIME_SCALES[2]
    return TIME_SCALES[3]


def describe(q: QuantityValue, scale: tuple[float, str] | None = None) -> str:
    """A short human reading of a quantity: "more than 4 h", "$324 bn"; `scale` fixes the time unit."""
    unit = q.unit
    if q.qualifier == "life":
        return "life"  # a life sentence has no length to print
    factor, label = scale or (time_scale(central(q)) if unit == "hour" else (1.0, ""))

    def amount(x: float) -> str:
        if unit == "hour":
            return f"{format_number(round(x / factor, 2))} {label}"
        if unit == "km" and 0 < abs(central(q)) < 1:
            # rain, a surge, a depth in metres: "246 mm" and "3.5 m", not "0 km"
            small, name = (1e6, "mm") if abs(central(q)) < 0.001 else (1e3, "m")
            return f"{format_number(round(x * small, 2))} {name}"
        text = format_number(x)
        if unit in _CURRENCIES:
            return f"{unit} {text}" if unit != "USD" else f"${text}"
        if unit == "category":
            return f"Category {text}"  # a storm's rating is written before its number
        if unit:
            sep = "" if unit == "percent" else " "
            return f"{text}{sep}{_DISPLAY_UNIT.get(unit, unit)}"
        return text

    def span(low: float, high: float) -> str:
        low_text, high_text = amount(low), amount(high)
        first = low_text.split(" ")[0] if unit == "hour" else format_number(low)
        last = high_text.split(" ")[0] if unit == "hour" else format_number(high)
        return high_text.replace(last, f"{first}–{last}", 1)

    if q.qualifier in VAGUE:
        return f"{q.qualifier} ({span(q.low, q.high or q.low)})"
    if q.qualifier == "between" or (q.qualifier in (None, "listed") and q.high is not None and q.high != q.low):
        return span(q.low, q.high or q.low)

    def single(x: float) -> str:
        # "40 hours" reads better than "1.67 days" beside "3 days": a length that is no round number of
        # the shared unit keeps the hours it was written in
        if unit == "hour" and factor == 24 and float(x).is_integer() and (2 * x / factor) % 1 > 1e-6:
            return f"{format_number(x)} h"
        return amount(x)

    if q.qualifier in _QUALIFIER_WORD:
        return f"{_QUALIFIER_WORD[q.qualifier]} {single(central(q))}"
    return single(q.low)


def render(q: QuantityValue) -> str:
    """Write a quantity back as text that parse_quantity reads to the same value."""
    unit_word = {"hour": "hours", "percent": "percent", "km": "km", "kg": "kg", "km2": "km2", "km/h": "km/h"}
    unit = q.unit

    def amount(x: float) -> str:
        text = repr(float(x)) if not float(x).is_integer() else str(int(x))
        if unit is None:
            return text
        return f"{text} {unit_word.get(unit, unit.lower())}"

    if q.qualifier in VAGUE:
        return q.qualifier if unit is None else f"{q.qualifier} of {unit_word.get(unit, unit.lower())}"
    if q.qualifier == "between":
        return f"between {amount(q.low).split()[0]} and {amount(q.high or q.low)}"
    if q.qualifier in _QUALIFIER_WORD:
        return f"{_QUALIFIER_WORD[q.qualifier]} {amount(central(q))}"
    return amount(q.low)


def hedge_band(qualifier: str | None) -> tuple[float, float | None] | None:
    """The (low, high) factors a qualifier applies to its number; None when it has none."""
    return _HEDGE_BY_QUALIFIER.get(qualifier or "")
