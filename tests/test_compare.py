"""Comparison rules on hand-made claims: severities, units, hedges, name variants, single sources."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare import compare_groups, quantity_relation, same_person
from factcheck.group import group_claims
from factcheck.models import Claim, PersonValue, Value
from factcheck.quantities import parse_quantity

DATELINE = "LISBON, 4 May 2026 (Wire) - "


def claim(source: str, slot: str, subject: str, text: str, value: Value | None = None) -> Claim:
    """A claim as an extractor would make it, with its text as the whole source."""
    if value is None:
        parsed = parse_quantity(text)
        assert parsed is not None, text
        value = parsed
    return Claim(
        id=f"{source}-{text}",
        source=source,
        slot=slot,
        subject=subject,
        about={"of": subject},
        value=value,
        text=text,
        start=0,
        end=len(text),
        sentence=text,
    )


def person(source: str, name: str, subject: str = "meeting") -> Claim:
    value = PersonValue(name=name, canonical=name.lower())
    return claim(source, "participant", subject, name, value)


def discrepancies(claims: list[Claim]):  # type: ignore[no-untyped-def]
    return compare_groups(group_claims(claims))


def test_close_lengths_are_a_variance() -> None:
    found = discrepancies(
        [claim("a", "duration", "meeting", "four hours"), claim("b", "duration", "meeting", "4.5 hours")]
    )
    assert [d.severity for d in found] == ["variance"]


def test_days_against_hours_is_a_contradiction_in_one_unit() -> None:
    found = discrepancies(
        [
            claim("a", "duration", "hearing", "three-hour"),
            claim("b", "duration", "hearing", "3.5-hour"),
            claim("c", "duration", "hearing", "more than three hours"),
            claim("d", "duration", "hearing", "two-day"),
        ]
    )
    assert len(found) == 1
    d = found[0]
    assert d.severity == "contradiction"
    assert d.consensus_sources == 3
    assert '"two-day" (48 h)' in d.explanation and "3–3.5 h" in d.explanation


def test_small_counts_must_match_exactly() -> None:
    found = discrepancies(
        [claim(s, "count", "agreed points", n) for s, n in (("a", "three"), ("b", "four"), ("c", "four"))]
    )
    assert [(d.severity, d.consensus, d.consensus_sources) for d in found] == [("contradiction", "4", 2)]


def test_a_bound_that_holds_is_no_discrepancy_but_an_estimate_beside_another_figure_is() -> None:
    def severities(a: str, b: str) -> list[str]:
        return [d.severity for d in discrepancies([claim("a", "count", "deaths", a), claim("b", "count", "deaths", b)])]

    assert severities("more than 300", "312") == []  # the bound holds
    assert severities("nearly 2,600", "2,571") == []
    assert severities("nearly 2,600", "2,630") == ["variance"]  # the bound fails, by a little
    assert severities("about 3,000", "3,200") == ["variance"]  # an estimate is no bound
    assert severities("at least 150", "312") == ["contradiction"]  # a bound too far below the figure
    assert severities("more than 500", "about 520") == []  # an estimate whose own figure meets the bound
    assert severities("nearly 3,000", "some 2,400") != []  # one far below it does not
    assert severities("at least 500", "430") == ["contradiction"]  # below a floor by more than rounding
    assert severities("more than 300", "290") == ["variance"]  # "290" may be a rounded 300-odd
    assert severities("up to 40", "46") == ["contradiction"]  # above a ceiling
    assert severities("at least one", "12") == []  # "at least one" agrees with any toll
    assert severities("dozens", "34") == []  # a vague amount holds any figure in its span
    assert severities("dozens", "140") == ["contradiction"]  # but not one past it


def test_a_fall_since_a_date_is_not_the_fall_on_the_day(compare) -> None:  # type: ignore[no-untyped-def]
    report = compare(
        {
            "a.txt": DATELINE + "Shares in the brewer lost more than a tenth of their value on the day.",
            "b.txt": DATELINE + "Shares in the brewer have lost more than half their value since January.",
        }
    )
    assert [d for d in report if d.slot == "percent"] == []


def test_a_figure_outside_a_bound_by_more_than_rounding_is_a_contradiction() -> None:
    def severities(a: str, b: str) -> list[str]:
        claims = [claim("a", "duration", "sentence", a), claim("b", "duration", "sentence", b)]
        return [d.severity for d in discrepancies(claims)]

    assert severities("nine years", "at least ten years") == ["contradiction"]
    assert severities("nine and a half years", "at least ten years") == ["contradiction"]


def test_identical_values_raise_nothing() -> None:
    assert (
        discrepancies(
            [claim("a", "duration", "match", "90 minutes"), claim("b", "duration", "match", "an hour and a half")]
        )
        == []
    )


def test_numbers_meet_only_numbers_about_the_same_subject() -> None:
    found = discrepancies(
        [claim("a", "duration", "meeting", "four hours"), claim("b", "duration", "war", "three years")]
    )
    assert found == []


def test_different_units_never_meet() -> None:
    assert quantity_relation(parse_quantity("$5 million"), parse_quantity("5 million")) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("thousands", "tens of thousands", "same"),  # two impressions a step apart: no figure to check
        ("dozens", "thousands", "contradiction"),  # two orders apart is a disagreement
    ],
)
def test_two_vague_amounts_disagree_only_when_far_apart(a: str, b: str, expected: str) -> None:
    assert quantity_relation(parse_quantity(a), parse_quantity(b)) == expected  # type: ignore[arg-type]


def test_name_variants_are_one_person() -> None:
    for a, b in [
        ("Yuri Petrov", "Yury Petrov"),
        ("Yuriy Petrov", "Petrov"),
        ("Mike Dunne", "Michael Dunne"),
        ("Sergey Ivanov", "Sergei Ivanov"),
    ]:
        assert same_person(a.lower(), b.lower()), (a, b)
    assert not same_person("anna kowal", "hugo brandt")
    assert not same_person("john smith", "mary smith")


def test_only_one_source_listing_an_attendee_is_single_source() -> None:
    claims = [
        person("a", "Lena Fischer"), person("a", "Sigrun Berg"), person("a", "Ana Ruiz"),
        person("b", "Lena Fischer"), person("b", "Sigrún Berg"),
        person("c", "Lena Fisher"), person("c", "Sigrun Berg"),
    ]  # fmt: skip
    found = discrepancies(claims)
    assert [(d.severity, d.claims[0].value.name) for d in found] == [("single_source", "Ana Ruiz")]  # type: ignore[union-attr]
    assert "Only a lists Ana Ruiz" in found[0].explanation


def test_contradictions_come_first() -> None:
    claims = [
        claim("a", "duration", "meeting", "four hours"), claim("b", "duration", "meeting", "4.5 hours"),
        claim("a", "count", "agreed points", "three"), claim("b", "count", "agreed points", "five"),
    ]  # fmt: skip
    assert [d.severity for d in discrepancies(claims)] == ["contradiction", "variance"]


_texts = st.sampled_from(
    ["four hours", "4.5 hours", "five days", "more than four hours", "three hours", "about 4 hours"]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_texts, min_size=2, max_size=5))
def test_results_do_not_depend_on_source_order(values: list[str]) -> None:
    claims = [claim(f"s{i}", "duration", "meeting", v) for i, v in enumerate(values)]
    baseline = [(d.key, d.severity, d.consensus) for d in discrepancies(claims)]
    for perm in itertools.islice(itertools.permutations(claims), 6):
        assert [(d.key, d.severity, d.consensus) for d in discrepancies(list(perm))] == baseline


@given(st.lists(_texts, min_size=1, max_size=4))
def test_a_source_compared_with_itself_yields_nothing(values: list[str]) -> None:
    claims = [claim("only", "duration", "meeting", v) for v in values[:1]]
    twin = [c.model_copy(update={"source": "copy", "id": c.id + "-copy"}) for c in claims]
    assert discrepancies(claims + twin) == []


def test_a_person_given_different_posts_is_a_variance() -> None:
    claims = [
        claim(
            "a",
            "participant",
            "meeting",
            "Maria Lopez",
            PersonValue(name="Maria Lopez", canonical="maria lopez", role="chief executive"),
        ),
        claim(
            "b",
            "participant",
            "meeting",
            "Maria Lopez",
            PersonValue(name="Maria Lopez", canonical="maria lopez", role="chairman"),
        ),
        claim(
            "c",
            "participant",
            "meeting",
            "Maria Lopez",
            PersonValue(name="Maria Lopez", canonical="maria lopez", role="CEO"),
        ),
    ]
    found = discrepancies(claims)
    assert [(d.slot, d.severity, d.consensus) for d in found] == [("role", "variance", "chief executive")]


def test_title_wording_is_not_a_role_conflict() -> None:
    from factcheck.concepts.role import roles_relation

    assert roles_relation("Middle East envoy", "special envoy for the Middle East") is None
    assert roles_relation("National Security Advisor", "national security adviser") is None
    assert roles_relation("Presidential Aide", "foreign policy adviser") is None
    assert roles_relation("Foreign Minister", "Deputy Foreign Minister") == "contradiction"
    assert roles_relation("district commissioner", "additional district commissioner") == "contradiction"


def test_a_grade_is_held_beside_any_post(compare) -> None:  # type: ignore[no-untyped-def]
    report = compare(
        {
            "a.txt": DATELINE + "Colonel Ruben Alva, head of the traffic police, said the bus was speeding.",
            "b.txt": DATELINE + "The director of the traffic police, Ruben Alva, said the bus was speeding.",
            "c.txt": DATELINE + "Col. Ruben Alva said the bus was speeding.",
        }
    )
    assert [d for d in report if d.slot == "role"] == []


def test_one_office_held_at_two_levels_is_a_contradiction(compare) -> None:  # type: ignore[no-untyped-def]
    report = compare(
        {
            "a.txt": DATELINE + "Provincial Police Commissioner Anil Desai said the bus had been speeding.",
            "b.txt": DATELINE + "Anil Desai, commissioner of police at the ministry, said the bus had been speeding.",
            "c.txt": DATELINE + "Education Director Mara Lind closed the schools.",
            "d.txt": DATELINE + "County Education Director Mara Lind closed the schools.",
        }
    )
    assert [(d.slot, d.subject, d.severity) for d in report if d.slot == "role"] == [
        ("role", "Anil Desai", "contradiction")
    ]


def test_one_person_given_two_departments_by_two_sources_is_a_contradiction(compare) -> None:  # type: ignore[no-untyped-def]
    found = compare(
        {
            "a.txt": "Energy Minister Paolo Brandt said the grid had held through the storm.",
            "b.txt": "Interior Minister Paolo Brandt said the grid had held through the storm.",
            "c.txt": "Minister of the Interior Paolo Brandt said police had closed the coast road.",
        }
    )
    roles = [(d.severity, sorted(s.value for s in d.sides)) for d in found if d.slot == "role"]
    assert roles == [("contradiction", ["Energy Minister", "Interior Minister"])]


def test_a_loose_title_takes_no_side_between_posts_that_clash() -> None:
    from factcheck.models import TextValue

    claims = [
        claim(source, "role", "jn d", title, TextValue(text=title))
        for source, title in [("a", "president"), ("b", "leader"), ("c", "military chief"), ("d", "president")]
    ]
    (found,) = discrepancies(claims)
    assert (found.severity, found.consensus, sorted(s.sources for s in found.sides)) == (
        "contradiction",
        "president",
        [["a", "d"], ["c"]],
    )


def test_kinds_of_contact_that_differ_are_a_contradiction() -> None:
    from factcheck.models import TextValue

    claims = [
        claim(
            "a", "event_type", "contact between Berg and Silva", "held a meeting", TextValue(text="in-person meeting")
        ),
        claim("b", "event_type", "contact between Berg and Silva", "phone call", TextValue(text="phone call")),
        claim("c", "event_type", "contact between Berg and Silva", "call", TextValue(text="phone call")),
    ]
    (found,) = discrepancies(claims)
    assert (found.severity, found.consensus, found.consensus_sources) == ("contradiction", "phone call", 2)


def test_a_rounded_figure_is_the_same_figure() -> None:
    found = discrepancies(
        [claim("a", "percent", "turnout", "38 percent"), claim("b", "percent", "turnout", "37.9 percent")]
    )
    assert found == []
    found = discrepancies(
        [claim("a", "percent", "turnout", "38.2 percent"), claim("b", "percent", "turnout", "37.9 percent")]
    )
    assert [d.severity for d in found] == ["variance"]


def framed(source: str, about: dict[str, str], text: str) -> Claim:
    """A count with its frame, as the count concept makes it."""
    made = claim(source, "count", " ".join(about.values()), text)
    made.about = about
    return made


def test_an_unnamed_holder_joins_the_only_named_one() -> None:
    claims = [framed("a", {"thing": "seat", "holder": "alliance"}, "64"), framed("b", {"thing": "seat"}, "63")]
    assert [(d.subject, d.severity) for d in discrepancies(claims)] == [("seat alliance", "contradiction")]
    claims.append(framed("c", {"thing": "seat", "holder": "greens"}, "12"))
    assert discrepancies(claims) == []  # two holders named: "seats" alone could be either


def test_a_count_that_does_not_say_what_happened_joins_the_only_one_that_does() -> None:
    claims = [
        framed("a", {"thing": "firefighter", "action": "deployed"}, "320"),
        framed("b", {"thing": "firefighter"}, "290"),
    ]
    assert [d.severity for d in discrepancies(claims)] == ["variance"]
    claims.append(framed("c", {"thing": "firefighter", "action": "injured"}, "11"))
    assert [d.severity for d in discrepancies(claims)] == ["variance"]  # a bare count never says who was hurt
    claims.append(framed("d", {"thing": "firefighter", "action": "affected"}, "500"))
    assert discrepancies(claims) == []  # deployed or affected: the bare count could be either


def test_a_part_never_meets_its_total() -> None:
    total = framed("a", {"thing": "people", "action": "deaths"}, "36")
    part = framed("b", {"thing": "people", "action": "deaths", "part": "a larger count"}, "24")
    assert discrepancies([total, part]) == []


def test_contacts_on_different_days_are_different_contacts() -> None:
    from factcheck.models import TextValue

    claims = [
        claim(
            "a",
            "event_type",
            "contact between Berg and Silva on a Sunday",
            "spoke by phone",
            TextValue(text="phone call"),
        ),
        claim(
            "b", "event_type", "contact between Berg and Silva on a Monday", "met", TextValue(text="in-person meeting")
        ),
    ]
    assert discrepancies(claims) == []


def test_a_bare_weekday_does_not_hide_two_dates_that_clash() -> None:
    from factcheck.models import DateValue

    def dated(source: str, text: str, **fields: int) -> Claim:
        return claim(source, "date", "completion", text, DateValue(**fields))

    found = discrepancies(
        [
            dated("a", "yesterday", year=2025, month=12, day=1, weekday=0),
            dated("b", "on Monday", weekday=0),
            dated("c", "1 December", year=2025, month=12, day=1, weekday=0),
            dated("d", "on 28 November", month=11, day=28),
        ]
    )
    # "on Monday" could be either day (28 November's weekday is not known): it takes no side.
    assert [(d.severity, [(s.value, s.sources) for s in d.sides]) for d in found] == [
        ("contradiction", [("28 November", ["d"]), ("Monday 1 December 2025", ["a", "c"])])
    ]


def test_a_weekday_that_fits_one_of_two_dates_joins_it() -> None:
    from factcheck.models import DateValue

    found = discrepancies(
        [
            claim("a", "date", "announcement", "Tuesday", DateValue(year=2026, month=2, day=3, weekday=1)),
            claim("b", "date", "announcement", "Wednesday", DateValue(year=2026, month=2, day=4, weekday=2)),
            claim("c", "date", "announcement", "on Wednesday", DateValue(weekday=2)),
        ]
    )
    assert [(s.value, s.sources, s.consensus) for d in found for s in d.sides] == [
        ("Tuesday 3 February 2026", ["a"], False),
        ("Wednesday 4 February 2026", ["b", "c"], True),
    ]


def test_crowd_estimates_twofold_apart_are_a_variance_but_tolls_are_not() -> None:
    def crowd(source: str, text: str, action: str) -> Claim:
        made = claim(source, "count", f"people {action}", text)
        return made.model_copy(update={"about": {"thing": "people", "action": action}})

    crowds = discrepancies([crowd("a", "several hundred", "attended"), crowd("b", "about 1,500", "attended")])
    tolls = discrepancies([crowd("a", "800", "deaths"), crowd("b", "1,500", "deaths")])
    assert [d.severity for d in crowds] == ["variance"]
    assert [d.severity for d in tolls] == ["contradiction"]


def test_a_site_placed_in_two_towns_is_a_contradiction_unless_a_source_names_both() -> None:
    from factcheck.models import PlaceValue

    def site(source: str, town: str) -> Claim:
        made = claim(source, "site", "court", town, PlaceValue(name=town, canonical=town.lower()))
        return made.model_copy(update={"about": {"site": "court"}})

    clash = discrepancies([site("a", "Lamora"), site("b", "Varenna"), site("c", "Varenna")])
    listed = discrepancies([site("a", "Lamora"), site("b", "Varenna"), site("b", "Lamora")])
    assert [(d.severity, d.consensus, d.consensus_sources) for d in clash] == [("contradiction", "Varenna", 2)]
    assert listed == []


@pytest.mark.parametrize(
    ("first", "second", "clash"),
    [
        (
            "The injured were taken to Holloway General Hospital after the crash.",
            "The injured are being treated at St Brannock's Hospital, the ambulance service said.",
            True,
        ),
        (
            "The verdict was read at Marlow Crown Court on Friday.",
            "His lawyer said he would appeal to the Court of Appeal in Leeds.",
            False,  # where the case may go next is no place of the story
        ),
    ],
)
def test_a_building_named_for_what_it_is_is_the_site_of_its_kind(compare, first: str, second: str, clash: bool) -> None:  # type: ignore[no-untyped-def]
    report = compare({"a.txt": DATELINE + first, "b.txt": DATELINE + second})
    assert [d.severity for d in report if d.slot == "site"] == (["contradiction"] if clash else [])


def test_a_players_two_goals_are_two_minutes_but_one_goal_told_two_ways_clashes(compare) -> None:  # type: ignore[no-untyped-def]
    dateline = "LISBON, 4 May 2026 (Wire) - "
    texts = {
        "a.txt": dateline + "Rui Prado scored in the 12th minute and again in the 81st minute.",
        "b.txt": dateline + "Rui Prado opened the scoring in the 12th minute.",
        "c.txt": dateline + "Rui Prado scored his second goal in the 83rd minute.",
    }
    flags = compare(texts)
    found = [(d.severity, sorted(s.value for s in d.sides)) for d in flags if d.slot == "minute"]
    assert found == [("contradiction", ["81 minute", "83 minute"])]


def test_a_part_of_the_day_clashes_with_a_clock_time_outside_it(compare) -> None:  # type: ignore[no-untyped-def]
    quake = compare(
        {
            "a.txt": "WELLING, 4 May 2026 (Wire) - The earthquake struck on Sunday evening, officials said.",
            "b.txt": "WELLING, 4 May 2026 (Wire) - The earthquake struck at 10:42 a.m. on Sunday, officials said.",
        }
    )
    assert [(d.slot, d.severity) for d in quake if d.slot == "time"] == [("time", "contradiction")]
    ferry = compare(
        {
            "a.txt": "PORTAL, 4 May 2026 (Wire) - The ferry capsized on Sunday afternoon near the harbour.",
            "b.txt": "PORTAL, 4 May 2026 (Wire) - The ferry capsized at about 4:40 p.m. on Sunday near the harbour.",
        }
    )
    assert [d for d in ferry if d.slot == "time"] == []


def test_a_part_of_the_day_is_only_when_the_event_struck(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "WELLING, 4 May 2026 (Wire) - Two passengers died in hospital on Saturday afternoon, "
        "bringing the toll from Friday's crash to 25."
    )
    assert [c for c in extract(text) if c.slot == "time"] == []


@pytest.mark.parametrize(
    ("life", "quoted"),
    [
        ("A court on Monday sentenced Tomas Berg to life in prison for the murder of two officers.", "life in prison"),
        ("Tomas Berg was given a life sentence on Monday for the murder of two officers.", "life sentence"),
    ],
)
def test_a_life_sentence_clashes_with_a_term_in_years(compare, life: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    report = compare(
        {
            "a.txt": f"OSLO, 4 May 2026 (Wire) - {life}",
            "b.txt": "OSLO, 4 May 2026 (Courier) - Tomas Berg was jailed for 25 years on Monday for the murder of two officers.",
        }
    )
    [flag] = [d for d in report if d.slot == "duration"]
    assert (flag.severity, sorted(c.text for c in flag.claims)) == ("contradiction", ["25 years", quoted])


@pytest.mark.parametrize(
    ("later", "found"),
    [
        ("On Sunday 21 remained in critical condition, down from 22 on Saturday night.", []),
        ("The toll rose to 39 from 38 overnight, officials said.", []),
        ("On Sunday 19 remained in critical condition.", ["contradiction"]),  # nothing explains the change
        # an update of its own copy ("to 39 from 38") says nothing of when 38 held: a stale repost still differs
        ("(Updates toll to 39 from 38, adds details)", ["contradiction"]),
    ],
)
def test_a_figure_a_source_says_it_changed_from_is_explained_not_disputed(compare, later: str, found: list) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "Twenty-two people remain in critical condition, and 38 people have died.",
        "b.txt": DATELINE + later,
    }
    assert [d.severity for d in compare(texts) if d.slot == "count"] == found


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        (
            "The six-carriage train was carrying 300 passengers when it derailed near Ostrava.",
            "Four of the train's six carriages left the rails near Ostrava, the rail operator said.",
        ),
        (
            "Fire crews fought the blaze at the five-warehouse depot outside Lenton for six hours.",
            "Three of the depot's five warehouses burned to the ground outside Lenton, fire crews said.",
        ),
    ],
)
def test_some_of_a_whole_never_meets_the_whole(compare, whole: str, part: str) -> None:  # type: ignore[no-untyped-def]
    found = compare({"a.txt": whole, "b.txt": part})
    assert [d.key for d in found if d.slot == "count"] == []


@pytest.mark.parametrize(
    ("town", "country"),
    [
        (
            "The drugmaker said in a statement from its headquarters in Brzelin, western Poland, that it would appeal.",
            "The drugmaker said in a statement from its headquarters in Poland that it would appeal.",
        ),
        (
            "The ferry operator, whose headquarters are in Tarvik in northern Norway, apologised to passengers.",
            "The ferry operator, whose headquarters are in Norway, apologised to passengers.",
        ),
    ],
)
def test_a_country_and_a_town_in_it_are_one_place_said_two_ways(compare, town: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert [d.key for d in compare({"a.txt": town, "b.txt": country}) if d.slot == "site"] == []


def test_two_countries_for_one_headquarters_still_disagree(compare) -> None:  # type: ignore[no-untyped-def]
    found = compare(
        {
            "a.txt": "The drugmaker said in a statement from its headquarters in Poland that it would appeal.",
            "b.txt": "The drugmaker said in a statement from its headquarters in Hungary that it would appeal.",
        }
    )
    assert [d.severity for d in found if d.slot == "site"] == ["contradiction"]


@pytest.mark.parametrize(
    ("hospital", "critical"),
    [
        (
            "After the crush, 31 fans were still undergoing hospitalisation, 3 among them in critical condition.",
            "Three fans were in intensive care on Sunday, the hospital said.",
        ),
        (
            "Fourteen workers from the plant needed hospitalization, four among them on a ventilator.",
            "Four workers from the plant are in intensive care, doctors said.",
        ),
    ],
)
def test_those_in_hospital_are_not_those_in_intensive_care(compare, hospital: str, critical: str) -> None:  # type: ignore[no-untyped-def]
    assert [d.explanation for d in compare({"a.txt": hospital, "b.txt": critical})] == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The airline said net profit rose 3.1% to 44.5 million euros in the quarter.",
            "The airline said core operating profit rose 18.6% to 71.2 million euros in the quarter.",
        ),
        (
            "The retailer's pre-tax profit fell to £210 million, it said on Thursday.",
            "The retailer's net profit fell to £150 million, it said on Thursday.",
        ),
    ],
)
def test_two_measures_of_profit_are_two_figures(compare, one: str, other: str) -> None:  # type: ignore[no-untyped-def]
    assert [d.explanation for d in compare({"a.txt": one, "b.txt": other})] == []


def test_one_measure_of_profit_given_twice_can_still_disagree(compare) -> None:  # type: ignore[no-untyped-def]
    found = compare(
        {
            "a.txt": "The airline said net profit rose 3.1% to 44.5 million euros in the quarter.",
            "b.txt": "The airline said net profit rose 3.1% to 48.5 million euros in the quarter.",
        }
    )
    assert [d.slot for d in found] == ["money"]


def test_a_dose_or_a_body_weight_is_no_mass_of_the_event(compare) -> None:  # type: ignore[no-untyped-def]
    found = compare(
        {
            "a.txt": "In the trial, patients taking 12 mg lost 8.9% of their body weight over 72 weeks.",
            "b.txt": "Doses of 12 mg, 24 mg and 36 mg were tested; a typical patient weighing 100 kg lost 13 kg.",
        }
    )
    assert [d.slot for d in found if d.slot == "mass"] == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The aid convoy carried 40 tonnes of relief supplies.",
            "The aid convoy carried 14 tonnes of relief supplies.",
        ),
        ("The cathedral's new bell weighs 2.8 tonnes.", "The cathedral's new bell weighs 3.5 tonnes."),
    ],
)
def test_the_mass_of_a_named_thing_can_disagree(compare, one: str, other: str) -> None:  # type: ignore[no-untyped-def]
    assert [d.slot for d in compare({"a.txt": one, "b.txt": other})] == ["mass"]


@pytest.mark.parametrize(
    ("level", "change"),
    [
        (
            "Diesel currently costs about 1.62 euros a litre at the pumps, hauliers said.",
            "The government wants to raise the tax on diesel by €0.08 a litre from January.",
        ),
        (
            "A single bus ticket in the city costs $2.75, the transit authority said.",
            "The transit authority will cut the price of a single bus ticket by $0.25 in March.",
        ),
    ],
)
def test_what_a_price_moves_by_is_not_what_it_is(compare, level: str, change: str) -> None:  # type: ignore[no-untyped-def]
    assert [d.explanation for d in compare({"a.txt": level, "b.txt": change}) if d.slot == "money"] == []


@pytest.mark.parametrize("note", ["($1 = 85.4800 Indian rupees)", "(€1 = $1.0830)"])
def test_a_wires_conversion_note_is_no_sum_of_the_story(extract, note: str) -> None:  # type: ignore[no-untyped-def]
    text = f"The company will pay Rs. 25 lakh to each family, it said.\n\n{note}\n"
    assert [c.text for c in extract(text) if c.slot == "money"] == ["Rs. 25 lakh"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Shortly after 12.50 pm on Thursday, a reactor in the plant's nitration unit exploded.",
            "A reactor at the plant exploded at 11:52 a.m. on Thursday, officials said.",
        ),
        (
            "Just after 9.15pm, the ferry capsized in heavy swell off the harbour.",
            "The ferry capsized at 8:40 pm in heavy swell off the harbour, the coast guard said.",
        ),
    ],
)
def test_a_paragraph_that_opens_with_a_hedged_time_tells_when_it_happened(compare, one: str, other: str) -> None:  # type: ignore[no-untyped-def]
    assert [d.slot for d in compare({"a.txt": one, "b.txt": other})] == ["time"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The march set off at 3 p.m. from the station square.", "The march set off at 4pm from the station square."),
        (
            "The aid convoy set out at 6 a.m. from the border post.",
            "The aid convoy set out at 9 a.m. from the border post.",
        ),
    ],
)
def test_the_time_a_march_or_a_convoy_set_off(compare, one: str, other: str) -> None:  # type: ignore[no-untyped-def]
    assert [d.slot for d in compare({"a.txt": one, "b.txt": other})] == ["time"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The protesters followed a 4.2 km route through the city centre.",
            "The 3.4km route took the protesters through the city centre.",
        ),
        (
            "Runners in the charity race tackled a 12 km course along the river on Sunday.",
            "The 9.5km course along the river was lined with spectators on Sunday.",
        ),
    ],
)
def test_the_length_of_a_route_or_a_stage(compare, one: str, other: str) -> None:  # type: ignore[no-untyped-def]
    assert [d.slot for d in compare({"a.txt": one, "b.txt": other})] == ["distance"]
