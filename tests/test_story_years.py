"""The story's own years: facts of a past incident that the story is about are compared; facts of a
past incident the story only recalls are not."""

from __future__ import annotations

from factcheck.models import Claim, DateValue, EventRef, QuantityValue
from factcheck.story_years import settle_story_years, story_years


def dated(source: str, of: str, year: int, occasion: str = "main") -> Claim:
    """A date claim as the day reader makes it."""
    text = f"in {year}"
    return Claim(
        id=f"{source}-{of}-{year}",
        source=source,
        slot="date",
        subject=of,
        about={"of": of},
        event=EventRef(occasion=occasion),
        value=DateValue(year=year, month=3),
        text=text,
        start=0,
        end=len(text),
        sentence=text,
    )


def counted(source: str, occasion: str) -> Claim:
    return Claim(
        id=f"{source}-count",
        source=source,
        slot="count",
        subject=f"record ({occasion})",
        about={"thing": "record"},
        event=EventRef(occasion=occasion),
        value=QuantityValue(low=5.0, high=5.0),
        text="5",
        start=0,
        end=1,
        sentence="5",
    )


def test_an_incident_two_outlets_date_to_a_past_year_makes_that_year_the_storys() -> None:
    claims = [dated("a.txt", "discovery", 2024), dated("b.txt", "onset", 2024), dated("b.txt", "announcement", 2025)]
    assert story_years(claims) == {"2024"}


def test_one_outlets_dating_or_a_dated_building_makes_no_story_year() -> None:
    assert story_years([dated("a.txt", "discovery", 2024), dated("b.txt", "built", 1978)]) == set()
    assert story_years([dated("a.txt", "built", 1978), dated("b.txt", "built", 1978)]) == set()


def test_a_recalled_incident_earlier_than_the_storys_own_makes_no_story_year() -> None:
    claims = [dated("a.txt", "onset", 2019), dated("b.txt", "onset", 2019), dated("a.txt", "onset", 2025)]
    assert story_years(claims) == set()


def test_a_claim_of_a_story_year_becomes_the_storys_and_loses_the_year_from_its_subject() -> None:
    claims = [dated("a.txt", "discovery", 2024), dated("b.txt", "discovery", 2024), counted("a.txt", "2024")]
    settled = settle_story_years(claims)
    assert [(c.subject, c.event.occasion) for c in settled[2:]] == [("record", "main")]
    assert settle_story_years([counted("a.txt", "2024")])[0].event.occasion == "2024"


def test_times_of_a_past_incident_the_story_is_about_are_compared(compare) -> None:  # type: ignore[no-untyped-def]
    found = compare(
        {
            "wire.txt": "LONDON, 18 November 2025 (Wire) - A regulator fined an online retailer on Tuesday over "
            "a breach it discovered on 19 March 2024, when an engineer spotted a bulk export at about 2.40am.",
            "local.txt": "Wednesday, 19 November 2025\n\nThe retailer was fined yesterday. The breach was discovered "
            "on 19 March last year, when a member of staff noticed unusual activity shortly after 4am.",
        }
    )
    assert [(d.slot, d.severity) for d in found] == [("time", "contradiction")]


def test_times_of_a_past_incident_the_story_only_recalls_are_not(compare) -> None:  # type: ignore[no-untyped-def]
    found = compare(
        {
            "wire.txt": "ATHENS, 12 July 2025 (Wire) - A wildfire broke out on Friday, 11 July, near the coast. "
            "A fire in the same hills broke out on 23 July 2018 at about 1pm.",
            "local.txt": "Saturday, 12 July 2025\n\nThe blaze started on Friday. The deadly fire of 2018 broke out "
            "on 23 July 2018, shortly after 5pm.",
        }
    )
    assert [d.slot for d in found if d.slot == "time"] == []
