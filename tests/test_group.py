"""Grouping: claims meet when their concept, occasion and frame agree, never by their wording."""

from __future__ import annotations

from factcheck.concepts import event_for, frame_for
from factcheck.group import group_claims
from factcheck.models import Claim, EventRef, QuantityValue, TextValue


def _claim(slot: str, subject: str, about: dict[str, str], event: EventRef | None = None, source: str = "s") -> Claim:
    return Claim(
        id=f"{source}{subject}",
        source=source,
        slot=slot,
        subject=subject,
        about=about,
        event=event or EventRef(),
        value=TextValue(text="x"),
        text="x",
        start=0,
        end=1,
        sentence="x",
    )


def test_groups_are_by_slot_and_frame_not_by_the_words() -> None:
    groups = group_claims(
        [
            _claim("duration", "talks", {"of": "meeting"}),
            _claim("duration", "meeting", {"of": "meeting"}),
            _claim("date", "meeting", {"of": "meeting"}),
            _claim("duration", "meeting", {"of": "war"}),
        ]
    )
    assert [(g.slot, len(g.claims)) for g in groups] == [("date", 1), ("duration", 2), ("duration", 1)]
    assert {c.subject for c in groups[1].claims} == {"talks", "meeting"}


def test_a_typed_subject_means_the_frame_the_extractor_gives() -> None:
    assert frame_for("place", "The talks") == frame_for("place", "meeting") == {"event": "meeting"}
    assert frame_for("place", "the Negotiations") == {"event": "meeting"}
    assert frame_for("participant", "the trial") == {"event": "trial"}
    assert frame_for("place", "emergency summit in Lisbon") == {
        "event": "summit",
        "marked": "emergency",
        "at": "lisbon",
    }
    assert event_for("place", "emergency summit in Lisbon").occasion == "other"
    assert event_for("place", "the summit").occasion == "main"
    assert frame_for("event_type", "Contact between Quennell and Berg") == frame_for(
        "event_type", "contact between Berg and Quennell"
    )


def test_an_occasion_without_its_place_joins_the_one_with_it() -> None:
    other = EventRef(kind="meeting", occasion="other")
    plain = _claim("place", "emergency meeting", {"event": "meeting", "marked": "emergency"}, other, "a")
    placed = {"event": "meeting", "marked": "emergency", "at": "madrid"}
    full = _claim("place", "emergency meeting in Madrid", placed, other, "b")
    groups = group_claims([plain, full])
    assert [(g.subject, len(g.claims)) for g in groups] == [("emergency meeting in Madrid", 2)]


def test_another_occasion_never_meets_the_articles_own() -> None:
    main = _claim("place", "meeting", {"event": "meeting"}, source="a")
    other = _claim("place", "meeting in Oslo", {"event": "meeting", "at": "oslo"}, EventRef(occasion="other"), "b")
    assert len(group_claims([main, other])) == 2


def test_an_undated_contact_joins_the_only_dated_one() -> None:
    dated = _claim("event_type", "contact on Monday", {"between": "berg and quennell", "on": "Monday"}, source="a")
    undated = _claim("event_type", "contact", {"between": "berg and quennell"}, source="b")
    other_pair = _claim("event_type", "contact", {"between": "berg and lund"}, source="c")
    groups = group_claims([dated, undated, other_pair])
    assert sorted(len(g.claims) for g in groups) == [1, 2]


def test_a_frame_that_says_less_joins_the_only_fuller_one() -> None:
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


def test_two_spellings_of_one_surname_are_one_frame() -> None:
    def age(source: str, person: str) -> Claim:
        return _claim("age", person, {"person": person}, source=source)

    groups = group_claims([age("a", "kovalenko"), age("b", "kowalenko"), age("c", "kovacs")])
    assert sorted(sorted(c.source for c in g.claims) for g in groups) == [["a", "b"], ["c"]]


def test_a_groups_strength_never_joins_what_befell_part_of_it() -> None:
    """The 3,000 fighters a group has are not the 1,000 to be integrated; 320 firefighters are the 300 deployed."""
    from factcheck.group import group_claims
    from factcheck.models import Claim, EventRef, QuantityValue

    def count(source: str, thing: str, action: str, n: float) -> Claim:
        about = {"thing": thing, "action": action} if action else {"thing": thing}
        return Claim(
            id=f"{source}{thing}{action}",
            source=source,
            slot="count",
            subject=thing,
            event=EventRef(),
            about=about,
            value=QuantityValue(low=n, high=n),
            text=str(n),
            start=0,
            end=len(str(n)),
            sentence=str(n),
        )

    groups = group_claims(
        [
            count("a", "fighter", "", 3000),
            count("b", "fighter", "integrated", 1000),
            count("a", "firefighter", "", 320),
            count("b", "firefighter", "deployed", 300),
        ]
    )
    assert sorted(len(g.claims) for g in groups) == [1, 1, 2]


def test_a_typed_wind_or_storm_category_means_the_frame_the_extractor_gives() -> None:
    assert frame_for("speed", "wind gusts") == {"what": "wind", "peak": "gusts"}
    assert frame_for("speed", "maximum sustained winds") == {"what": "wind", "peak": "sustained"}
    assert frame_for("speed", "winds") == {"what": "wind"}
    assert frame_for("speed", "train speed") == {"what": "speed"}
    assert frame_for("magnitude", "storm category") == {"what": "category"}


def _minute(source: str, person: str, minute: int) -> Claim:
    about = {"what": "goal", "person": person} if person else {"what": "goal"}
    claim = _claim("minute", f"{person} goal {minute}", about, source=source)
    return claim.model_copy(update={"value": QuantityValue(low=minute, high=minute, unit="minute")})


def test_a_minute_without_a_scorer_joins_the_one_scorer_given_a_goal_near_it() -> None:
    claims = [
        _minute("wire", "baines", 65),
        _minute("wire", "osei", 77),
        _minute("blog", "", 64),  # "64' GOAL Rovers!"
        _minute("blog", "", 50),  # no scorer's goal near it
    ]
    groups = {g.subject: sorted(c.value.low for c in g.claims) for g in group_claims(claims)}  # type: ignore[union-attr]
    assert groups == {"baines goal 65": [64, 65], "osei goal 77": [77], " goal 50": [50]}


def test_a_minute_between_two_scorers_goals_joins_neither() -> None:
    claims = [_minute("wire", "lind", 101), _minute("paper", "osei", 99), _minute("blog", "", 100)]
    assert [len(g.claims) for g in group_claims(claims)] == [1, 1, 1]


def test_the_organisers_figure_never_meets_the_polices_and_an_unattributed_one_joins_neither() -> None:
    def crowd(source: str, by: str) -> Claim:
        about = {"thing": "people", "action": "attended", **({"by": by} if by else {})}
        return _claim("count", f"crowd {by}", about, source=source)

    claims = [crowd("a", "according to police"), crowd("b", "according to organisers"), crowd("c", "")]
    assert sorted(len(g.claims) for g in group_claims(claims)) == [1, 1, 1]
    claims = [crowd("a", "according to police"), crowd("c", "")]
    assert [len(g.claims) for g in group_claims(claims)] == [2]
