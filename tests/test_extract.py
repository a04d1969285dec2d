"""Each extractor on sentences about other events: courts, business, sport, disasters, diplomacy."""

from __future__ import annotations

import pytest

from factcheck.models import DateValue, PersonValue, PlaceValue, QuantityValue

from .conftest import only


def durations(extract, text: str) -> list[tuple[str, str, float, float | None, str | None]]:  # type: ignore[no-untyped-def]
    out = []
    for c in only(extract(text), "duration"):
        assert isinstance(c.value, QuantityValue)
        out.append((c.subject, c.text, c.value.low, c.value.high, c.value.qualifier))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jury returned after a 90-minute hearing on Monday.", ("hearing", "90-minute", 1.5, 1.5, None)),
        ("The hearing lasted three hours before the judge adjourned the case.", ("hearing", "three hours", 3, 3, None)),
        (
            "Union leaders emerged from the four-hour-long talks without a deal.",
            ("meeting", "four-hour-long", 4, 4, None),
        ),
        (
            "The more than six-hour meeting of the board ended at midnight.",
            ("meeting", "more than six-hour", 6, None, "more than"),
        ),
        ("Ministers gathered for a two-day summit on water.", ("meeting", "two-day", 48, 48, None)),
        (
            "The negotiations went on for more than nine hours.",
            ("meeting", "more than nine hours", 9, None, "more than"),
        ),
        (
            "After a 45-minute phone call with the mayor, the governor declared an emergency.",
            ("call", "45-minute", 0.75, 0.75, None),
        ),
        ("The trial is expected to last six weeks.", ("trial", "six weeks", 1008, 1008, None)),
    ],
)
def test_duration_attaches_to_the_event_it_measures(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert expected in durations(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored three years ago in the same stadium.",
        "The flood came two days after the storm.",
        "A 40-year-old man was arrested at the scene.",
        "7 minute read\n\nThe council met on Friday.",
    ],
)
def test_time_points_ages_and_furniture_are_not_durations(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert durations(extract, text) == []


def counts(extract, text: str) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    return [(c.subject, c.value.low) for c in only(extract(text), "count") if isinstance(c.value, QuantityValue)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The two unions reached agreement on three key issues after the strike.", 3),
        ("Health ministers agreed on five measures to fight the outbreak.", 5),
        ("The shareholders approved two resolutions at the meeting.", 2),
        (
            "The negotiators agreed on:\n\n1. A ceasefire along the river.\n2. An exchange of prisoners.\n3. A monitoring mission.\n",
            3,
        ),
        ("Both clubs agreed to:\n- share the stadium\n- split the costs\n", 2),
    ],
)
def test_counts_of_agreed_points(extract, text: str, number: int) -> None:  # type: ignore[no-untyped-def]
    assert counts(extract, text) == [("agreed points", number)]


def test_a_number_that_is_not_agreed_is_not_an_agreed_count(extract) -> None:  # type: ignore[no-untyped-def]
    assert counts(extract, "The two teams met three times last season.") == []


def people(extract, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    out = {}
    for c in only(extract(text), "participant"):
        assert isinstance(c.value, PersonValue)
        out[c.value.name] = c.value.role
    return out


def test_passive_lists_and_joined_by(extract) -> None:  # type: ignore[no-untyped-def]
    found = people(
        extract,
        "The delegation was led by Trade Minister Lena Fischer, who was joined by deputy minister Tomas Berg and envoy Ana Ruiz.",
    )
    assert found == {"Lena Fischer": "Trade Minister", "Tomas Berg": "deputy minister", "Ana Ruiz": "envoy"}


def test_attended_present_and_taking_part(extract) -> None:  # type: ignore[no-untyped-def]
    assert set(people(extract, "Chief executive Maria Lopez and finance chief David Chen attended the meeting.")) == {
        "Maria Lopez",
        "David Chen",
    }
    assert set(people(extract, "Coach Ben Hale and captain Sam Ortiz were also present during the ceremony.")) == {
        "Ben Hale",
        "Sam Ortiz",
    }
    assert set(
        people(extract, "Also taking part in the talks were Health Secretary Paul Dunne and Dr Ruth Adeyemi.")
    ) == {"Paul Dunne", "Ruth Adeyemi"}


def test_inverted_and_appositive_roles(extract) -> None:  # type: ignore[no-untyped-def]
    found = people(extract, "Representing the union were general secretary Joan Price and its lawyer, Omar Haddad.")
    assert set(found) == {"Joan Price", "Omar Haddad"}
    assert found["Joan Price"] == "general secretary"


def test_run_on_list_without_commas(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Summit was led by Kadri Tamm Estonian Energy Minister and Janis Ozols Latvian Economy Minister and Rasa Petraitiene Lithuanian Energy Minister."
    assert set(people(extract, text)) == {"Kadri Tamm", "Janis Ozols", "Rasa Petraitiene"}


def test_people_quoted_or_owned_are_not_attendees(extract) -> None:  # type: ignore[no-untyped-def]
    assert people(extract, "Mayor Li Wen said the flood was the worst in a century.") == {}
    assert set(
        people(extract, "Present during the hearing were prosecutor Owen Clarke and Quayle's barrister, Nadia Karim.")
    ) == {"Owen Clarke", "Nadia Karim"}


def when_where(extract, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    out = []
    for c in extract(text):
        if isinstance(c.value, DateValue | PlaceValue):
            out.append((c.slot, c.subject, c.text))
    return out


def test_date_and_venue_of_the_event(extract) -> None:  # type: ignore[no-untyped-def]
    found = when_where(extract, "The match was played at Wembley Stadium in London on Saturday, 14 May.")
    assert ("place", "match", "Wembley Stadium") in found
    assert ("date", "match", "Saturday, 14 May") in found


def test_other_occasions_keep_their_own_subject(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trade ministers met in Lisbon on 12 March 2024 for talks on tariffs. "
        "The ministers held talks in Lisbon again the next day. "
        "An emergency meeting in Madrid on 10 March had failed."
    )
    found = when_where(extract, text)
    assert ("date", "meeting", "12 March 2024") in found
    assert ("date", "emergency meeting in Madrid", "10 March") in found


def test_claim_ids_are_stable_and_spans_exact(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The council meeting lasted two hours. Councillor Amy Ross attended the meeting."
    first, second = extract(text), extract(text)
    assert [c.id for c in first] == [c.id for c in second]
    assert all(text[c.start : c.end] == c.text for c in first)
    assert first[0].sentence == "The council meeting lasted two hours."


def amounts(extract, text: str) -> list[tuple[str, str, float]]:  # type: ignore[no-untyped-def]
    return [
        (c.slot, c.subject, c.value.low)
        for c in extract(text)
        if c.slot in ("count", "money", "percent", "quantity") and isinstance(c.value, QuantityValue)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 14 people were killed and 37 injured when the bus overturned.",
            [("count", "deaths", 14), ("count", "injured", 37)],
        ),
        (
            "The quake struck at dawn, killing at least 212 people and injuring 1,400 others.",
            [("count", "deaths", 212), ("count", "injured", 1400)],
        ),
        ("The death toll rose to 31, officials said.", [("count", "deaths", 31)]),
        ("Twelve passengers died and dozens were hurt.", [("count", "deaths", 12), ("count", "injured", 24)]),
        ("Police arrested 23 people after the protest.", [("count", "arrested", 23)]),
        ("Some 4,000 residents were evacuated from the valley.", [("count", "evacuated", 3600)]),
        ("A crowd of 80,000 watched the final.", [("count", "attendance", 80000)]),
        ("Calder agreed to buy the brewery for €40 million.", [("money", "deal value", 40e6)]),
        ("Shares in the group rose 4 percent after the announcement.", [("percent", "shares rose", 4)]),
    ],
)
def test_amounts_say_what_they_count(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert amounts(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club was founded in 1998 and moved in 2004.",  # years
        "Call 555-0134 for information.",  # a phone number
        "Peter Holm, 58, was taken to hospital.",  # an age
        "She finished third in the 2019 race.",  # an ordinal
        "The ferry left at 7.45 on 3 March.",  # a time and a date
        "The two leaders shook hands.",  # a description, not a count
        "7 minute read\n\nThe council met.",  # page furniture
    ],
)
def test_years_phones_ages_ordinals_and_furniture_are_not_counts(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert amounts(extract, text) == []


def test_a_score_reads_winner_first(extract) -> None:  # type: ignore[no-untyped-def]
    found = [
        (c.slot, c.value.text) for c in extract("Harbour lost 1-3 to Riverside in the final.") if c.slot == "score"
    ]  # type: ignore[union-attr]
    assert found == [("score", "3-1")]
    assert [c for c in extract("The bridge is 3-4 km long and the vote was on 5 May.") if c.slot == "score"] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("President Ana Silva held a phone conversation with Prime Minister Jonas Berg on Monday.", "phone call"),
        ("In March Ana Silva and Jonas Berg held a meeting in Oslo.", "in-person meeting"),
        ("Rescue chief Omar Haddad met Mayor Lin Chow at the town hall.", "in-person meeting"),
        ("The readout of Ana Silva's call with Jonas Berg was published.", "phone call"),
    ],
)
def test_kind_of_contact_between_two_people(extract, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in extract(text) if c.slot == "event_type"]
    assert [c.value.text for c in found] == [kind]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Ana Silva and Jonas Berg is unlikely next week.",
        "Ana Silva will meet Jonas Berg in May.",
        "Ana Silva did not meet Jonas Berg.",
    ],
)
def test_planned_or_denied_contacts_are_not_facts(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in extract(text) if c.slot == "event_type"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three firefighters have died fighting the blaze.", [("count", "deaths", 3)]),
        ("The storm forced the evacuation of 3,200 people.", [("count", "evacuated", 3200)]),
        (
            "Around 3,000 people were evacuated from five villages.",
            [("count", "evacuated", 2700), ("count", "villages", 5)],
        ),
        ("The fire has burned more than 4,500 hectares.", [("quantity", "area affected", 45)]),
        ("Turnout stood at 68%.", [("percent", "turnout", 68)]),
        ("Fourteen people are in hospital.", []),
        (
            "The Alliance will have 64 of the 150 seats in parliament.",
            [("count", "seats (alliance)", 64), ("count", "total seats", 150)],
        ),
        (
            "With 63 seats in the 150-member parliament, the party is 13 seats short of a majority.",
            [("count", "seats", 63)],
        ),
    ],
)
def test_what_an_amount_counts(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert amounts(extract, text) == expected


def test_dates_look_through_time_of_day_and_skip_plans(extract) -> None:  # type: ignore[no-untyped-def]
    assert ("date", "incident", "Sunday") in when_where(extract, "The fire started on Sunday evening near the town.")
    assert [
        d for d in when_where(extract, "She said she would start talks with the Greens on Wednesday.") if d[0] == "date"
    ] == []


def test_a_dated_contact_carries_its_day(extract) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in extract("Ana Silva spoke by phone with Jonas Berg late on Sunday.") if c.slot == "event_type"]
    assert [(c.subject, c.value.text) for c in found] == [("contact between Berg and Silva on a Sunday", "phone call")]  # type: ignore[union-attr]
