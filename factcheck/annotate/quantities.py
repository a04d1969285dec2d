"""Find every quantity an article states: a number with its hedge, scale and unit, as an interval.

The grammar of a quantity is a regular expression built from the lexicon (number words, hedges)
and the unit table of `factcheck.quantities`, run over the text rather than over tokens: spaCy's
tokenizer splits "45mph" but keeps "109F." and "£4.2M" whole, and a quantity must be read the same
way however it was tokenized. Which words a quantity counts is then read from the parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import lexicon
from ..models import QuantityValue
from ..quantities import CURRENCY_CODES, parse_quantity

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
    "billion dozen"
).split()
_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# A comma groups thousands ("3,500"); one followed by one or two digits ("63,1%", "25,5 metres") marks decimals.
# Thousands may be grouped by commas or, in translated copy, by spaces ("3 400 fighters").
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"
    r"|\d{1,3},\d{1,2}(?![\d,])|\d+(?:\.\d+)?|\.\d+"
)
# Copy translated from languages that group thousands with dots and mark decimals with a comma
# ("84.500 persons", "25,5 metres", "48,5 million"): one such decimal comma settles it for the article.
_DECIMAL_COMMA = re.compile(
    r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])(?=\s*(?:%|per\s?cent|percent|million|billion|[a-z]))"
    r"|(?<![\d.])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.])",
    re.I,
)
_DOT_GROUPED = re.compile(r"(?<![\d.,])([1-9]\d{0,2})\.(\d{3})(?![\d.,])")
_CORE = (
    rf"(?:{_DIGITS}"
    rf"|{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*(?![a-z])"  # not the "ten" of "tenders"
    r"|(?:several|a\s+few)\s+(?:hundred|thousand|dozen)(?![a-z])"
    r"|an?\s+(?:dozen|hundred|thousand)"
    r"|tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|hundreds|thousands)"
    r"(?:\s+and\s+a\s+half)?"  # "two and a half hours": the unit comes after the fraction
)
# A number core: not glued to letters or other digits before it ("COVID-19", "G7", "3.5.1").
NUMBER = re.compile(
    rf"(?:(?<![\w.,:/'’-])|(?<=\bR)|(?<=\bRs)|(?<=\bTk)|(?<=\bK)|(?<=\bKES)|(?<=\bKSh))(?<![A-Za-z]-)({_CORE})(?![\w]*\d)(?!/\d{{1,2}}/\d)",  # not the day of "12/10/2025"
    re.I,
)
_RANGE = re.compile(rf"(\s*(?:-|–|—|to|or|and)\s*)({_CORE})", re.I)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_CLOCK_AFTER = re.compile(r"^[:.]\d\d\b|^\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|^\s*(?:hrs|h|GMT|UTC)\b(?!\w)", re.I)
_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|"
    "october|nov|november|dec|december"
)
_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(?\s*$", re.I)
_MONTH_AFTER = re.compile(rf"^\s*(?:of\s+)?(?:{_MONTHS})\b\.?", re.I)  # "11 of March", as translated
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.I)
_AGE_AFTER = re.compile(r"^(?:[\s-]+years?[\s-]+old|[\s-]+year[\s-]+old|[\s-]*(?:yo|y\.o\.)\b)", re.I)
_TEMPERATURE = re.compile(r"^\s*(?:°\s*|º\s*|degrees?\s+)?(c|f|celsius|fahrenheit|centigrade)\b\.?", re.I)
_DEGREES = re.compile(r"^\s*(?:°|º|degrees?\b)", re.I)
_MAGNITUDE_BEFORE = re.compile(
    r"(?:\bmagnitude(?:\s+(?:of|as|at|to))?(?:\s+(?:about|around|some))?|\bM\s?|\bMw\s?|\bML\s?)\s*$"
)  # "a magnitude of 6.4", "gave the magnitude as 6.6", "revised the magnitude to 6.4"
_MAGNITUDE_AFTER = re.compile(r"^[\s-]*magnitude\b", re.I)
_CATEGORY_BEFORE = re.compile(r"\b(?:category|cat\.?)[\s-]*$", re.I)  # a storm's rating: "a Category 4 hurricane"
_CATEGORY = re.compile(r"[1-5]|one|two|three|four|five", re.I)
_CURRENCY_BEFORE = re.compile(
    rf"(US\$|A\$|C\$|HK\$|NZ\$|R\$|[$€£¥₹₽₦₩₺]|\b(?:{'|'.join(CURRENCY_CODES)}|Rs\.?|K|KSh|Tk|R|S/\.?)\s?)\s*$"
)


@dataclass(frozen=True)
class Mention:
    """A quantity in the text: [start, end) is the whole phrase, [number_start, number_end) its number."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: QuantityValue
    dimension: str  # count, money, percent, duration, distance, area, speed, mass, temperature, magnitude, age


@lru_cache(maxsize=1)
def _hedge_before() -> re.Pattern[str]:
    phrases = sorted(lexicon().hedges, key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?<![\w])((?:{alternatives})\s+)$", re.I)


@lru_cache(maxsize=1)
def _label_before() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in sorted(lexicon().label_nouns, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{labels})\s*$", re.I)


_DIMENSION = {
    None: "count",
    "percent": "percent",
    "percentage point": "percent",
    "hour": "duration",
    "km": "distance",
    "km2": "area",
    "km/h": "speed",
    "kg": "mass",
    "degC": "temperature",
    "magnitude": "magnitude",
    "category": "magnitude",
}


def dimension_of(value: QuantityValue) -> str:
    """What kind of amount a value is, by its unit."""
    if value.unit is not None and value.unit.isupper():
        return "money"
    return _DIMENSION.get(value.unit, "count")


def uses_decimal_comma(text: str) -> bool:
    """True when the text writes decimals with a comma, and so groups thousands with dots."""
    return _DECIMAL_COMMA.search(text) is not None


def find_quantities(
    text: str, start: int = 0, end: int | None = None, decimal_comma: bool = False
) -> Iterator[Mention]:
    """Every quantity in text[start:end], left to right, none overlapping; `decimal_comma` when the
    article writes "25,5 metres" and "84.500 persons" (see `uses_decimal_comma`)."""
    end = len(text) if end is None else end
    fractions = list(_fractions(text, start, end)) + list(_single_units(text, start, end))
    numbers = [
        m
        for m in _numbers(text, start, end, decimal_comma)
        if not any(f.start < m.end and m.start < f.end for f in fractions)
    ]
    merged: list[Mention] = []
    for mention in sorted(fractions + numbers, key=lambda m: m.start):
        if merged and _compound(text, merged[-1], mention):
            mention = _joined(merged.pop(), mention)  # "an hour and 20 minutes"
        merged.append(mention)
    yield from merged


# "more than a week", "lasted an hour", "half an hour later", "a half-decade": one unit of time written
# without a number. Only after a word that makes it a length ("than", "about", "for", "lasted"), or with a
# half, so "twice a week", "$5 a day", "20 hours a week" and "a year earlier" (a rate, a price, a past
# phrase) stay out.
_SINGLE_UNIT = re.compile(
    r"(?<![\w-])(?P<length>(?P<half>half\s+)?an?\s+(?P<ahalf>half[\s-]+)?"
    r"(?P<unit>minute|hour|day|week|fortnight|month|year|decade|century|millennium)"
    r"(?P<more>\s+and\s+a\s+half)?)(?![\w-])",
    re.I,
)
_LENGTH_BEFORE = re.compile(
    r"(?<![\w-])(?:than|about|around|nearly|almost|over|under|roughly|approximately|just|only|barely|some"
    r"|within|for|after|lasted|lasting|last|lasts|took|take|takes|spent|waited|least|most)\s+$",
    re.I,
)


def _single_units(text: str, start: int, end: int) -> Iterator[Mention]:
    """Lengths of one unit ("a week", "half an hour"), with any hedge before them ("more than")."""
    for match in _SINGLE_UNIT.finditer(text, start, end):
        before = text[max(0, match.start() - 20) : match.start()]
        if not _LENGTH_BEFORE.search(before) and not match.group("half") and not match.group("ahalf"):
            continue
        if match.group("half") and re.search(r"(?:first|second|\w+-)\s+$", before, re.I):
            continue  # "the second half an hour": not a length
        hedge = _hedge_before().search(text, max(0, match.start() - 30), match.start())
        lead = hedge.start(1) if hedge else match.start()
        amount = "0.5" if match.group("half") or match.group("ahalf") else "1.5" if match.group("more") else "1"
        value = _parse(f"{hedge.group(1) if hedge else ''}{amount} {match.group('unit')}")
        if value is not None:
            yield Mention(lead, match.end(), match.start(), match.end(), value, "duration")


_FRACTION_NAMES = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_FRACTION_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
# "a third of the valley", "two-thirds of voters", "half the homes": a share written as a fraction.
# Only before "of" or a determiner, so "half an hour", "the first half" and "a quarter-final" stay out.
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<count>a|one|two|three|four|nine)[\s-]+(?P<part>half|thirds?|quarters?|fifths?|tenths?)|(?P<half>half))"
    r"(?=\s+(?:of\s+)?(?:the|its|their|his|her|all|this|these|those|our)\b|\s+of\b)",
    re.I,
)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|final|last|opening|other|lower|upper|top|bottom|northern|southern|eastern|western|\w+-)\s*$",
    re.I,
)  # "the second half of the season", "the lower half of the town": a part by its place, not a share


def _fractions(text: str, start: int, end: int) -> Iterator[Mention]:
    """Shares written as fractions, as percentages: "about a quarter of" → about 25 percent."""
    for match in _FRACTION.finditer(text, start, end):
        if _ORDINAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "the second half of the season"
        if match.group("half"):
            share = 50.0
        else:
            part = match.group("part").lower().rstrip("s")
            share = round(100 * _FRACTION_COUNTS[match.group("count").lower()] / _FRACTION_NAMES[part], 2)
        hedge = _hedge_before().search(text, max(0, match.start() - 30), match.start())
        lead = hedge.start(1) if hedge else match.start()
        hedged = _parse(f"{hedge.group(1) if hedge else ''}{share:g} percent")
        if hedged is not None:
            yield Mention(lead, match.end(), match.start(), match.end(), hedged, "percent")


def _numbers(text: str, start: int, end: int, decimal_comma: bool) -> Iterator[Mention]:
    """Every quantity written with a number, left to right."""
    position = start
    pending: Mention | None = None
    for match in NUMBER.finditer(text, start, end):
        if match.start() < position:
            continue
        mention = _read_at(text, match.start(1), match.end(1), end, decimal_comma)
        if mention is None or mention.start < position:
            continue  # "5$ 10": the sign is the first figure's, not a prefix of the second
        position = mention.end
        if pending is not None and _compound(text, pending, mention):
            mention = _joined(pending, mention)
        elif pending is not None:
            yield pending
        pending = mention
    if pending is not None:
        yield pending


def _compound(text: str, first: Mention, second: Mention) -> bool:
    """ "27 years and three months", "an hour and 20 minutes": one length written in two units."""
    return (
        first.dimension == second.dimension == "duration"
        and re.fullmatch(r"\s*,?\s*(?:and\s+)?", text[first.end : second.start]) is not None  # "4 hours 52 minutes"
        and (first.value.low or 0) > (second.value.low or 0)
    )


def _joined(first: Mention, second: Mention) -> Mention:
    low = first.value.low + second.value.low
    value = QuantityValue(low=low, high=low, unit=first.value.unit, qualifier=first.value.qualifier)
    return Mention(first.start, second.end, first.number_start, second.number_end, value, "duration")


def _read_at(text: str, core_start: int, core_end: int, limit: int, decimal_comma: bool = False) -> Mention | None:
    """The quantity whose number is text[core_start:core_end], or None for a year, a time, a date or an ordinal."""
    core = text[core_start:core_end]
    after = text[core_end : min(limit, core_end + 40)]
    before = text[max(0, core_start - 40) : core_start]
    if _ORDINAL_AFTER.match(after) or _CLOCK_AFTER.match(after):
        return None
    if _MONTH_AFTER.match(after) or _MONTH_BEFORE.search(before):
        return None
    if _YEAR.match(core) and not _CURRENCY_BEFORE.search(before):
        return None
    if _WEEKDAY_BEFORE.search(before) and re.fullmatch(r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?", core):
        return None  # "on Thursday (13.11)": a day and a month
    category = _CATEGORY_BEFORE.search(before)
    if category and _CATEGORY.fullmatch(core):
        rating = _parse(core)
        if rating is None:
            return None
        value = QuantityValue(low=rating.low, high=rating.low, unit="category")
        return Mention(core_start - len(category.group(0)), core_end, core_start, core_end, value, "magnitude")
    if _label_before().search(before):
        return None  # "flight 370", "No. 5", "Article 12": a name, not an amount
    if core.lower() == "one" and re.match(r"^\s+(?:of|another|day|side|way|thing)\b", after, re.I):
        return None
    if core.lower() == "one" and re.search(r"\b(?:this|that|which|each|every|any|no|the)\s+$", before, re.I):
        return None  # "this one killed 37 people": a pronoun, not a count
    # Age: "a 41-year-old", "aged 39".
    age = _AGE_AFTER.match(after)
    if age:
        return _mention(text, core_start, core_start, core_end, core_end + age.end(), core, "age")
    # Range: "1,200 to 1,500", "42-44", "between 40 and 50"; a score ("3-1") is no quantity.
    number_end = core_end
    ranged = _RANGE.match(text, core_end, limit)
    if ranged:
        joiner = ranged.group(1).strip().lower()
        if _looks_like_score(core, ranged.group(2), text[ranged.end() : ranged.end() + 12]) and joiner in "-–—":
            return None
        between = re.search(r"\bbetween\s+$", before, re.I) is not None
        replaced = joiner == "to" and after_from(before)
        if (joiner != "and" or between) and (joiner != "or" or core.isalpha()) and not replaced:
            number_end = ranged.end()
    after = text[number_end : min(limit, number_end + 40)]
    # Temperatures and magnitudes have their own units, which pint would read as offsets or not at all.
    degrees = _DEGREES.match(after)
    scale = _TEMPERATURE.match(after[degrees.end() :] if degrees else after)
    if degrees or scale:
        hedge = _hedge_before().search(before)
        lead = core_start - (len(hedge.group(1)) if hedge else 0)
        unit_end = number_end + (degrees.end() if degrees else 0) + (scale.end() if scale else 0)
        fahrenheit = bool(scale) and scale.group(1).lower().startswith("f")  # type: ignore[union-attr]
        return _temperature(text, lead, core_start, number_end, unit_end, fahrenheit)
    magnitude_before = _MAGNITUDE_BEFORE.search(before)
    magnitude_after = _MAGNITUDE_AFTER.match(after)
    if (magnitude_before or magnitude_after) and re.match(r"^\d(?:[.,]\d)?$", core):
        magnitude = float(core.replace(",", "."))  # "magnitude 6,4", as continental copy writes it
        value = QuantityValue(low=magnitude, high=magnitude, unit="magnitude")
        lead = core_start - (len(magnitude_before.group(0)) if magnitude_before else 0)
        tail = core_end + (magnitude_after.end() if magnitude_after else 0)
        return Mention(lead, tail, core_start, core_end, value, "magnitude")
    # Prefixes: hedge ("more than"), currency ("US$").
    lead = core_start
    currency = _CURRENCY_BEFORE.search(text, max(0, lead - 8), lead)
    if currency and currency.group(1).strip() in {"K", "S/", "S/.", "R", "Tk"} and not re.match(r"\d", core):
        currency = None
    if currency:
        lead = currency.start(1)
    hedge = _hedge_before().search(text, max(0, lead - 30), lead)
    if hedge and not _PARTICLE_OVER.search(text, max(0, hedge.start(1) - 12), hedge.end(1)):
        lead = hedge.start(1)
    opener = re.search(r"\bbetween\s+$", text[max(0, lead - 12) : lead], re.I)
    if opener and number_end > core_end:
        lead -= len(opener.group(0))
    points = _POINTS_AFTER.match(text, number_end, limit)
    if points and "." in text[core_start:number_end] and _LEAD_BEFORE.search(text, max(0, lead - 40), lead):
        # "a winning margin of 11.8 points": a lead with decimals is in percentage points, however written
        in_points = _parse(f"{text[lead:number_end]} percentage points", decimal_comma)
        if in_points is not None:
            return Mention(lead, points.end(), core_start, number_end, in_points, "percent")
    return _longest_parse(text, lead, core_start, number_end, limit, after_from(before), decimal_comma)


_POINTS_AFTER = re.compile(r"\s+points?\b", re.I)
_LEAD_BEFORE = re.compile(r"\b(?:margin|lead|gap|advantage)\s+of\s+$", re.I)
# "took over 73%", "handed over 20 hostages": the verb's particle, not "more than".
_PARTICLE_OVER = re.compile(r"\b(?:t[ao]ke[sn]?|took|taking|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+over\s+$", re.I)


_FROM = re.compile(r"\bfrom\s+$", re.I)
_SPREAD = re.compile(r"\b(?:rang\w*|var\w*|anywhere|aged|ages)\s+from\s+$", re.I)


def after_from(before: str) -> bool:
    """True when the text before a figure ends in "from", as in "rose from 53 to 94": the old figure of a
    change, never the start of a range ("ranged from 30 to 35" is one)."""
    return _FROM.search(before) is not None and _SPREAD.search(before) is None


def _looks_like_score(first: str, second: str, after: str) -> bool:
    """ "3-1", "2-2 after extra time": two small numbers joined by a dash and no unit after them."""
    small = all(n.isdecimal() and len(n) <= 2 and int(n) <= 20 for n in (first, second))  # never int() 5,000 digits
    return (small and not re.match(r"^\s*[a-z%°€$£]", after, re.I)) or bool(re.match(r"^\d{4}$", second))


def _longest_parse(
    text: str,
    lead: int,
    core_start: int,
    number_end: int,
    limit: int,
    stop_at_to: bool = False,
    decimal_comma: bool = False,
) -> Mention | None:
    """Try the number with up to three following words as its unit, and keep the longest phrase that parses."""
    tail = number_end
    ends = [number_end]
    for _ in range(3):
        word = re.match(r"[\s-]*(?:\(\s*)?([^\s(),;:!?\"“”*]+)", text[tail:limit])  # "**9,000 metres**"
        if not word or word.group(0).lstrip().startswith("(") or (stop_at_to and word.group(1).lower() == "to"):
            break
        tail += word.end()
        ends.append(tail)
    for end in reversed(ends):
        phrase = re.sub(r"\s+of$", "", text[lead:end].replace("\n", " ").rstrip("."))
        value = _parse(phrase, decimal_comma)
        if value is not None and value.unit is None and not decimal_comma and _DOT_GROUPED.search(phrase):
            value = _parse(phrase, True)  # "3.870 cases": nobody counts 3.87 of anything
        if value is not None:
            real_end = lead + len(re.sub(r"\s+of$", "", text[lead:end].rstrip("."))) if end != number_end else end
            return Mention(lead, real_end, core_start, number_end, value, dimension_of(value))
    return None


def _parse(phrase: str, decimal_comma: bool = False) -> QuantityValue | None:
    """A phrase read as a quantity, or None; a fresh copy each time, so no caller shares a value."""
    found = _parse_once(phrase, decimal_comma)
    return found.model_copy() if found is not None else None


@lru_cache(maxsize=16384)
def _parse_once(phrase: str, decimal_comma: bool) -> QuantityValue | None:
    """_parse's work, once per wording: every number is tried with up to three following words, and
    wire copies and repeated figures ask for the same phrases again."""
    phrase = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))", "", phrase)
    if decimal_comma:
        phrase = re.sub(r"(?<=\d)\.(?=\d{3}(?![\d]))", "", phrase)
        phrase = re.sub(r"\b(\d{1,3}),(\d{1,2})(?![\d,])", r"\1.\2", phrase)
    else:
        phrase = re.sub(r"\b(\d{1,2}),(\d{1,2})(?=\s*(?:%|per\s?cent|percent))", r"\1.\2", phrase)
    phrase = re.sub(r"(?<=\d)\s*[-–—]\s*(?=\d)", " to ", phrase)
    phrase = re.sub(r"\bkm\s*/\s*h\b|\bkm per hour\b|\bkilomet(?:re|er)s? (?:per|an) hour\b", "kmh", phrase, flags=re.I)
    phrase = re.sub(r"\bmiles? (?:per|an) hour\b", "mph", phrase, flags=re.I)
    try:
        return parse_quantity(phrase)
    except (ValueError, KeyError, OverflowError, ArithmeticError, TypeError):
        return None


def _mention(
    text: str, lead: int, core_start: int, core_end: int, end: int, core: str, dimension: str
) -> Mention | None:
    value = _parse(core)
    if value is None or value.unit is not None:
        return None
    value = QuantityValue(low=value.low, high=value.high, unit="year", qualifier=value.qualifier)
    return Mention(lead, end, core_start, core_end, value, dimension)


def _temperature(text: str, lead: int, core_start: int, core_end: int, end: int, fahrenheit: bool) -> Mention | None:
    """Degrees, in Celsius: "43 degrees Celsius", "109F", "42-44°C" (a bare "degrees" is taken as Celsius)."""
    number = _parse(text[lead:core_end])
    if number is None or number.unit is not None:
        return None

    def celsius(x: float) -> float:
        return round((x - 32) * 5 / 9, 1) if fahrenheit else x

    high = None if number.high is None else celsius(number.high)
    value = QuantityValue(low=celsius(number.low), high=high, unit="degC", qualifier=number.qualifier)
    return Mention(lead, end, core_start, core_end, value, "temperature")
