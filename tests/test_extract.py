"""Each extractor on sentences about other events: courts, business, sport, disasters, diplomacy."""

from __future__ import annotations

import pytest

from factcheck.models import DateValue, PersonValue, PlaceValue, QuantityValue

from .conftest import only


def counts(extract, text: str) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """Counts of agreed points (other counts are the count concept's, tested in test_concepts)."""
    return [
        (c.subject, c.value.low)
        for c in only(extract(text), "count")
        if isinstance(c.value, QuantityValue) and c.subject == "agreed points"
    ]


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
        "The delegation was led by Trade Minister Lena Fischer, who was joined by deputy minister Sigrun Berg and envoy Ana Ruiz.",
    )
    assert found == {"Lena Fischer": "Trade Minister", "Sigrun Berg": "deputy minister", "Ana Ruiz": "envoy"}


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


def test_venue_of_the_event(extract) -> None:  # type: ignore[no-untyped-def]
    found = when_where(extract, "The match was played at Wembley Stadium in London on Saturday, 14 May.")
    assert ("place", "match", "Wembley Stadium") in found


@pytest.mark.parametrize(
    "text",
    [
        "Envoys of the two sides signed a peace accord at Kenya's presidential palace in Nairobi on Friday.",
        "The union and the employers signed the wage deal at the presidential palace, officials said.",
    ],
)
def test_a_common_noun_venue_with_one_referent_is_the_signings_venue(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    found = when_where(extract, text)
    assert ("place", "signing", "presidential palace") in found
    assert all(subject == "signing" for slot, subject, _ in found if slot == "place")


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        (
            "LIMA, 4 May 2026 (Wire) - The helicopter crashed near the village of Korvin on Tuesday.",
            "incident",
            "Korvin",
        ),
        ("OSLO, 4 May 2026 (Wire) - The freight train derailed outside the town of Belmar.", "incident", "Belmar"),
    ],
)
def test_the_village_an_event_struck_near_is_its_spot_and_the_same_occasion(
    extract, text: str, event: str, place: str
) -> None:  # type: ignore[no-untyped-def]
    [claim] = [c for c in extract(text) if c.slot == "place"]
    assert (claim.about["event"], claim.text, claim.value.level, claim.event.occasion) == (
        event,
        place,
        "venue",
        "main",
    )  # type: ignore[union-attr]


def test_the_ceremony_of_a_story_about_a_signing_is_the_signing(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The two firms signed the merger agreement on Monday. "
        "The ceremony took place at the Marlow Conference Centre in Geneva."
    )
    assert ("place", "signing", "Marlow Conference Centre") in when_where(extract, text)


def test_a_sitting_a_debate_and_a_meeting_of_one_body_have_one_venue(extract) -> None:  # type: ignore[no-untyped-def]
    sitting = when_where(extract, "The sitting took place in the Grand Hall of the Assembly building.")
    debate = when_where(extract, "The debate, held in the Palace of Congresses, ran late.")
    assert [subject for slot, subject, _ in sitting + debate if slot == "place"] == ["meeting", "meeting"]


def test_claim_ids_are_stable_and_spans_exact(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The council meeting lasted two hours. Councillor Amy Ross attended the meeting."
    first, second = extract(text), extract(text)
    assert [c.id for c in first] == [c.id for c in second]
    assert all(text[c.start : c.end] == c.text for c in first)
    assert first[0].sentence == "The council meeting lasted two hours."


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


def test_a_dated_contact_carries_its_day(extract) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in extract("Ana Silva spoke by phone with Jonas Berg late on Sunday.") if c.slot == "event_type"]
    assert [(c.subject, c.value.text) for c in found] == [("contact between Berg and Silva on a Sunday", "phone call")]  # type: ignore[union-attr]
