"""Grouping: same slot and subject meet, whatever words name the subject."""

from __future__ import annotations

from factcheck.group import group_claims, normalise_subject
from factcheck.models import Claim, TextValue


def _claim(slot: str, subject: str) -> Claim:
    return Claim(
        id=subject,
        source="s",
        slot=slot,
        subject=subject,
        value=TextValue(text="x"),
        text="x",
        start=0,
        end=1,
        sentence="x",
    )


def test_event_words_share_a_subject() -> None:
    assert normalise_subject("The talks") == normalise_subject("meeting") == "meeting"
    assert normalise_subject("the Negotiations") == "meeting"
    assert normalise_subject("the trial") == "trial"


def test_groups_are_by_slot_and_subject() -> None:
    groups = group_claims(
        [
            _claim("duration", "talks"),
            _claim("duration", "meeting"),
            _claim("date", "meeting"),
            _claim("duration", "war"),
        ]
    )
    assert [(g.slot, g.subject, len(g.claims)) for g in groups] == [
        ("date", "meeting", 1),
        ("duration", "meeting", 2),
        ("duration", "war", 1),
    ]
    assert {c.subject for c in groups[1].claims} == {"talks", "meeting"}


def test_an_occasion_without_its_place_joins_the_one_with_it() -> None:
    groups = group_claims([_claim("date", "emergency meeting"), _claim("date", "emergency meeting in Madrid")])
    assert [(g.subject, len(g.claims)) for g in groups] == [("emergency meeting in Madrid", 2)]


def test_a_frame_that_says_less_joins_the_only_fuller_one() -> None:
    from factcheck.models import Claim, QuantityValue

    def count(source: str, about: dict[str, str], n: float) -> Claim:
        value = QuantityValue(low=n, high=n)
        return Claim(
            id=source,
            source=source,
            slot="count",
            subject="x",
            about=about,
            value=value,
            text=str(n),
            start=0,
            end=1,
            sentence="s",
        )

    gave_up = count("a", {"thing": "pair", "action": "surrendered", "holder": "acme"}, 4)
    bare = count("b", {"thing": "pair"}, 6)
    part = count("c", {"thing": "pair", "part": "a larger count"}, 2)
    groups = {tuple(sorted(c.source for c in g.claims)) for g in group_claims([gave_up, bare, part])}
    assert groups == {("a", "b"), ("c",)}  # never into a part, and a part never takes a bare count
