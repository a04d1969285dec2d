"""Compare returns sides and values; explain alone turns them into the sentence a report prints."""

from __future__ import annotations

from factcheck.compare import compare_group
from factcheck.explain import explain, short_names
from factcheck.models import Claim, ClaimGroup, PersonValue
from tests.test_compare import claim


def hearing() -> ClaimGroup:
    """Three sources on a hearing's length: two say three hours, one says two days."""
    return ClaimGroup(
        slot="duration",
        subject="hearing",
        claims=[
            claim("a.txt", "duration", "hearing", "three-hour"),
            claim("b.txt", "duration", "hearing", "two-day"),
            claim("c.txt", "duration", "hearing", "three hours"),
        ],
    )


def test_compare_returns_the_sides_outliers_first_and_the_consensus_last() -> None:
    (found,) = compare_group(hearing())
    assert found.explanation == ""  # prose is not compare's job
    assert [(s.value, s.sources, s.consensus) for s in found.sides] == [
        ("48 h", ["b.txt"], False),
        ("3 h", ["a.txt", "c.txt"], True),
    ]
    assert found.consensus == "3 h" and found.consensus_sources == 2


def test_the_sentence_quotes_each_side() -> None:
    (found,) = compare_group(hearing())
    names = short_names(["a.txt", "b.txt", "c.txt"])
    assert explain(found, names) == (
        'Length of the hearing: b says "two-day" (48 h); while a and c say 3 h (a "three-hour"; c "three hours").'
    )


def test_a_close_figure_is_introduced_as_such() -> None:
    group = ClaimGroup(
        slot="count",
        subject="people evacuated",
        claims=[
            claim("a.txt", "count", "people evacuated", "about 1,200"),
            claim("b.txt", "count", "people evacuated", "1,300"),
        ],
    )
    (found,) = compare_group(group)
    assert explain(found, short_names(["a.txt", "b.txt"])).startswith(
        "Number of people evacuated: close but different figures: "
    )


def test_an_attendee_only_one_source_lists_names_the_others() -> None:
    def person(source: str, name: str) -> Claim:
        value = PersonValue(name=name, canonical=name.lower())
        return claim(source, "participant", "summit", name, value)

    group = ClaimGroup(
        slot="participant",
        subject="summit",
        claims=[person("a.txt", "Ines Moreau"), person("a.txt", "Sigrun Berg"), person("b.txt", "Sigrun Berg")],
    )
    (found,) = compare_group(group)
    assert explain(found, short_names(["a.txt", "b.txt"])) == (
        'Only a lists Ines Moreau as taking part in the summit (a "Ines Moreau"); '
        "b lists other participants without Ines Moreau."
    )


def test_a_death_toll_reads_as_the_number_of_deaths() -> None:
    from factcheck.explain import label

    assert label("count", "people deaths") == "Number of deaths"
    assert label("count", "people injured") == "Number of people injured"
