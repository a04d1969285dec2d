"""The story's own years: a fine in 2025 for a breach in 2024 is one story, and its 2024 facts meet.

Extraction sets a figure in "2024" when its sentence is (a past disaster, last year's results), and
such figures are context that is never compared. But when outlets date the story's own events in
that year ("became aware of the incident on 19 March 2024", "discovered in February last year"), the
year is the story's: what happened in it (the time the breach was spotted, how long the firm waited to
report it) is compared like any other fact of the story.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Claim, DateValue, Origin

_SOURCES_NEEDED = 2  # one outlet's dating of a past event does not make it the story's
# What dates the story's incident itself; a year given to what was built, founded or won is no
# year of the story ("the bridge, opened in 1968"), nor is the date of a protest or a vote long past.
_INCIDENT = {"onset", "discovery"}


def story_years(claims: Sequence[Claim]) -> set[str]:
    """The year of the story's incident, when two outlets or more date it to a year before the story
    itself (a breach in 2024 fined in 2025), and no outlet dates an incident later."""
    sources_by_year: dict[int, set[str]] = {}
    for claim in claims:
        if claim.slot != "date" or claim.event.occasion != "main" or claim.about.get("when"):
            continue
        if claim.about.get("of") in _INCIDENT and isinstance(claim.value, DateValue) and claim.value.year:
            sources_by_year.setdefault(claim.value.year, set()).add(claim.source)
    if not sources_by_year:
        return set()
    latest = max(sources_by_year)
    return {str(latest)} if len(sources_by_year[latest]) >= _SOURCES_NEEDED else set()


def settle_story_years(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each extracted one set in one of the story's years now of the story itself."""
    years = story_years(claims)
    return [_of_the_story(claim) if claim.event.occasion in years else claim for claim in claims]


def _of_the_story(claim: Claim) -> Claim:
    """The claim moved to the story's own occasion, its subject without the year it was set in."""
    if claim.origin != Origin.extracted:
        return claim  # a hand-added claim keeps the occasion its author gave
    subject = claim.subject.removesuffix(f" ({claim.event.occasion})")
    event = claim.event.model_copy(update={"occasion": "main"})
    return claim.model_copy(update={"event": event, "subject": subject})
