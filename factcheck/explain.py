"""Say why sources disagree, in one sentence a person can check against the quotes.

`compare` finds the sides of a discrepancy and their values; this module alone writes the prose:
'Length of the meeting: 002 says "five-day" (120 h); while 000, 001 and 003 say 4–4.5 h (…).'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .models import Claim, Discrepancy, PersonValue, QuantityValue, Severity, Side
from .quantities import format_number

# How each slot's subject reads at the head of a sentence ("Length of the meeting").
_LABELS = {
    "event_type": "Kind of {s}",
    "role": "Role of {s}",
    "score": "The {s}",
    "money": "Amount of the {s}",
    "percent": "{s} (%)",
    "duration": "Length of the {s}",
    "count": "Number of {s}",
    "date": "Date of the {s}",
    "place": "Venue of the {s}",
}


def short_names(source_ids: Sequence[str]) -> dict[str, str]:
    """Short labels for sources: "001" for "001_a2a5.txt" when the prefix is unique, else the id."""
    prefixes = {sid: sid.split("_")[0].rsplit(".", 1)[0] for sid in source_ids}
    counts: dict[str, int] = defaultdict(int)
    for prefix in prefixes.values():
        counts[prefix] += 1
    return {sid: (p if counts[p] == 1 and p else sid) for sid, p in prefixes.items()}


def explain(discrepancy: Discrepancy, names: dict[str, str]) -> str:
    """The sentence for one discrepancy: what is in dispute, then each side with its quotes."""
    claims = {c.id: c for c in discrepancy.claims}
    if discrepancy.severity == Severity.single_source:
        return _only_one_lists(discrepancy, claims, names)
    pieces = [_position(side, [claims[i] for i in side.claims], names) for side in discrepancy.sides]
    if discrepancy.sides and discrepancy.sides[-1].consensus and len(pieces) > 1:
        pieces[-1] = "while " + pieces[-1]
    return (
        f"{label(discrepancy.slot, discrepancy.subject)}: {_lead(discrepancy, claims, names)}" + "; ".join(pieces) + "."
    )


def label(slot: str, subject: str) -> str:
    """What a discrepancy is about, as the head of a sentence: "Length of the meeting"."""
    if slot == "count" and subject.startswith("people deaths"):
        subject = subject.removeprefix("people ")  # "Number of deaths", not "Number of people deaths"
    text = _LABELS.get(slot, "{s}").format(s=subject)
    return text[:1].upper() + text[1:]


def _lead(discrepancy: Discrepancy, claims: dict[str, Claim], names: dict[str, str]) -> str:
    """Words before the sides that say how they differ, and what they are measured against."""
    lead = ""
    first = discrepancy.claims[0].value if discrepancy.claims else None
    if discrepancy.slot == "place":
        lead = "the sources name different venues: "
    elif discrepancy.slot == "role":
        lead = f"the sources give {discrepancy.subject} different posts: "
    elif isinstance(first, QuantityValue) and discrepancy.severity == Severity.variance:
        lead = "close but different figures: "
    reference = discrepancy.sides[-1] if discrepancy.sides and discrepancy.sides[-1].consensus else None
    trusted = sorted({names[claims[i].source] for i in reference.claims if claims[i].trusted}) if reference else []
    if trusted:
        lead += f"measured against the trusted reference {_join(trusted)}: "
    return lead


def _position(side: Side, claims: list[Claim], names: dict[str, str]) -> str:
    """What one side says, with its quotes: '002 says "five-day" (120 h)'."""
    labels = [names[c.source] for c in claims]
    if len(side.sources) == 1:
        quotes = " and ".join(sorted({_quote(c) for c in claims}))
        reading = "" if quotes.strip('"').lower() == side.value.lower() else f" ({side.value})"
        return f"{_says(labels)} {quotes}{reading}"
    return f"{_says(labels)} {side.value} ({_quote_list(claims, names)})"


def _only_one_lists(discrepancy: Discrepancy, claims: dict[str, Claim], names: dict[str, str]) -> str:
    """ "Only 000 lists A (role) as taking part in the meeting ("A"); 001 and 002 list other participants without A." """
    listed, *rest = discrepancy.sides
    cluster = [claims[i] for i in listed.claims]
    others = [names[s] for side in rest for s in side.sources]
    who = listed.value
    role = next((c.value.role for c in cluster if isinstance(c.value, PersonValue) and c.value.role), None)
    described = f"{who} ({role})" if role else who
    plural = "s" if len(others) == 1 else ""
    return (
        f"Only {names[listed.sources[0]]} lists {described} as taking part in the {discrepancy.subject} "
        f"({_quote_list(cluster, names)}); {_join(others)} list{plural} other participants without {who}."
    )


def _quote(claim: Claim) -> str:
    if isinstance(claim.value, QuantityValue) and claim.value.qualifier == "listed":
        return f'a {format_number(claim.value.low)}-item list after "{claim.text}"'
    return f'"{claim.text}"'


def _quote_list(claims: list[Claim], names: dict[str, str]) -> str:
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_source[claim.source].append(claim)
    parts = []
    for source in sorted(by_source, key=lambda s: names.get(s, s)):
        quotes = sorted({_quote(c) for c in by_source[source]})
        parts.append(f"{names.get(source, source)} {' and '.join(quotes)}")
    return "; ".join(parts)


def _join(labels: Sequence[str]) -> str:
    labels = sorted(set(labels))
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _says(labels: Sequence[str]) -> str:
    return f"{_join(labels)} {'says' if len(set(labels)) == 1 else 'say'}"
