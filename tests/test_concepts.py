"""Each concept on short sentences about events of several kinds: disasters, courts, sport, business,
elections, weather. A frame says what a figure measures; these are the frames a reader would give."""

from __future__ import annotations

import pytest

from factcheck.concepts import REGISTRY
from factcheck.models import QuantityValue, TimeValue

DATELINE = "LISBON, 4 May 2026 (Wire) - "


def frames(extract, text: str, slot: str) -> list[tuple[dict[str, str], str, float]]:  # type: ignore[no-untyped-def]
    """(frame, quoted text, value) of every claim of one concept."""
    found = []
    for claim in extract(text):
        if claim.slot != slot:
            continue
        value = claim.value
        number = value.low if isinstance(value, QuantityValue) else value.minutes if isinstance(value, TimeValue) else 0
        found.append((claim.about, claim.text, number))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 14 people were killed and 37 injured when the bus overturned.",
            [
                ({"thing": "people", "action": "deaths"}, "At least 14", 14),
                ({"thing": "people", "action": "injured"}, "37", 37),
            ],
        ),
        (
            "The quake struck at dawn, killing at least 212 people and injuring 1,400 others.",
            [
                ({"thing": "people", "action": "deaths"}, "at least 212", 212),
                ({"thing": "people", "action": "injured"}, "1,400", 1400),
            ],
        ),
        ("The death toll rose to 31, officials said.", [({"thing": "people", "action": "deaths"}, "31", 31)]),
        (
            "The toymaker is recalling about 80,000 scooters worldwide.",
            [({"thing": "scooter", "action": "recalled"}, "about 80,000", 72000)],
        ),
        (
            "Officials said 31 people are now confirmed dead.",
            [({"thing": "people", "action": "deaths"}, "31", 31)],
        ),
        (
            "About 900 staff walked out, among them 600 porters and 250 cleaners.",
            [
                ({"thing": "worker", "action": "on strike"}, "About 900", 810),
                ({"thing": "porter", "action": "on strike", "within": "a larger count"}, "600", 600),
                ({"thing": "cleaner", "action": "on strike", "within": "a larger count"}, "250", 250),
            ],
        ),
        (
            "Forty miners were taken to hospital.",
            [({"thing": "people", "action": "injured", "who": "miner"}, "Forty", 40)],
        ),
        (
            "The number of climbers listed as missing fell to three.",
            [({"thing": "people", "action": "missing", "who": "climber"}, "three", 3)],
        ),
        ("Police arrested 23 people after the protest.", [({"thing": "people", "action": "arrested"}, "23", 23)]),
        (
            "The storm forced the evacuation of 3,200 people.",
            [({"thing": "people", "action": "evacuated"}, "3,200", 3200)],
        ),
        (
            "Nearly 2,000 people left their homes as the flames approached.",
            [({"thing": "people", "action": "evacuated"}, "Nearly 2,000", 1800)],
        ),
        ("A crowd of 80,000 watched the final.", [({"thing": "people", "action": "attended"}, "80,000", 80000)]),
        (
            "Around 3,000 people were evacuated from five villages.",
            [
                ({"thing": "people", "action": "evacuated"}, "Around 3,000", 2700),
                ({"thing": "village", "action": "evacuated"}, "five", 5),
            ],
        ),
        (
            "The floods have claimed some 85 lives across the delta.",
            [({"thing": "people", "action": "deaths"}, "some 85", 76.5)],
        ),
        (
            "More than 60 people have lost their lives since the fighting resumed.",
            [({"thing": "people", "action": "deaths"}, "More than 60", 60)],
        ),
        (
            "The epidemic has taken 12 lives since March, the ministry said.",
            [({"thing": "people", "action": "deaths"}, "12", 12)],
        ),
        (
            "The tribunal heard the case over 22 sessions since October.",
            [({"thing": "session"}, "over 22", 22)],
        ),
        (
            "Twelve people, among them four paramedics, were treated in hospital.",
            [
                ({"thing": "people", "action": "injured"}, "Twelve", 12),
                ({"thing": "paramedic", "action": "injured", "within": "a larger count"}, "four", 4),
            ],
        ),
        (  # "four other people": a count; "the other six" is the rest of a group
            "Two people were killed and four other people were wounded.",
            [
                ({"thing": "people", "action": "deaths"}, "Two", 2),
                ({"thing": "people", "action": "injured"}, "four", 4),
            ],
        ),
        (  # a list of tolls: each figure says what befell it, however the parser joins the list
            "The agency put the toll on Monday at 38 dead, 212 injured and 17 missing.",
            [
                ({"thing": "people", "action": "deaths"}, "38", 38),
                ({"thing": "people", "action": "injured"}, "212", 212),
                ({"thing": "people", "action": "missing"}, "17", 17),
            ],
        ),
        (
            "Police said 12 were killed, 40 hurt and 9 arrested during the riot.",
            [
                ({"thing": "people", "action": "deaths"}, "12", 12),
                ({"thing": "people", "action": "injured"}, "40", 40),
                ({"thing": "people", "action": "arrested"}, "9", 9),
            ],
        ),
        (
            "The blast killed 12 workers and injured 40.",
            [
                ({"thing": "people", "action": "deaths", "who": "worker"}, "12", 12),
                ({"thing": "people", "action": "injured"}, "40", 40),
            ],
        ),
    ],
)
def test_counts_say_what_is_counted_and_what_happened(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 300 pupils fell ill after the school lunch.", ({"thing": "pupil", "action": "infected"}, 300)),
        ("The ministry puts the number of people taken ill at 247.", ({"thing": "people", "action": "infected"}, 247)),
        ("Six patients are in intensive care.", ({"thing": "patient", "action": "in intensive care"}, 6)),
        ("Twelve miners are in a critical condition.", ({"thing": "miner", "action": "in intensive care"}, 12)),
        ("Fourteen inmates escaped from the jail on Sunday.", ({"thing": "inmate", "action": "escaped"}, 14)),
        ("Six of the escapees were recaptured by police.", ({"thing": "inmate", "action": "recaptured"}, 6)),
        ("Eight prisoners were still at large on Monday.", ({"thing": "inmate", "action": "at large"}, 8)),
        ("Three suspects remain on the run.", ({"thing": "suspect", "action": "at large"}, 3)),
    ],
)
def test_states_people_are_in_are_what_befell_them(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert [(about, value) for about, _, value in frames(extract, text, "count")] == [expected]


def test_parts_named_together_give_their_total_and_are_groups_within_it(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, "Four paramedics and seven passengers were injured.", "count")
    within = {"action": "injured", "within": "a larger count"}
    assert found == [
        ({"thing": "paramedic", **within}, "Four", 4),
        ({"thing": "people", "action": "injured"}, "Four paramedics and seven passengers", 11),
        ({"thing": "passenger", **within}, "seven", 7),
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Officials said the floods killed 60 people: 42 in Rivenshire, 13 in Dunmore and 5 in Kellan.",
            [("in rivenshire", 42), ("in dunmore", 13), ("in kellan", 5)],
        ),
        (
            "Of the dead, 31 were in Rivenshire, 12 in neighbouring Dunmore and four in the coastal Kellan district.",
            [("in rivenshire", 31), ("in dunmore", 12), ("in kellan", 4)],
        ),
        ("The quake killed 212 people, 150 in Rivenshire.", [("in rivenshire", 150)]),
        ("Police arrested 60 protesters: 45 in the capital and 15 in Dunmore.", [("in dunmore", 15)]),
        (
            "The agency put the death toll at 203: 150 in Rivenshire, 41 in Dunmore and 12 in Kellan.",
            [("in rivenshire", 150), ("in dunmore", 41), ("in kellan", 12)],
        ),
        (  # place by place with no total in the sentence: none of them is the event's toll
            "According to the agency, 88 citizens lost their lives in Rivenshire, 29 citizens in Dunmore and "
            "6 citizens in Kellan.",
            [("in rivenshire", 88), ("in dunmore", 29), ("in kellan", 6)],
        ),
        ("The storm killed 40 people in Rivenshire and injured 300 in Dunmore.", []),
    ],
)
def test_a_toll_broken_down_by_place_gives_parts_each_with_its_place(extract, text: str, parts: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about.get("scope"), c.value.low) for c in extract(text) if c.slot == "count" and c.about.get("part")]
    assert [(scope, low) for scope, low in found if scope] == parts
    assert all(c.about.get("part") for c in extract(text) if c.slot == "count" and c.about.get("scope"))


@pytest.mark.parametrize(
    "text",
    [
        "The cuts include 450 jobs at its plant in Vantaborg and about 120 in Kessock.",
        "The closures include 90 buses at the depot in Vantaborg and about 40 in Kessock.",
    ],
)
def test_a_figure_at_a_site_in_a_named_place_is_given_for_that_place(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [c.about.get("scope") for c in extract(DATELINE + text) if c.slot == "count"]
    assert found == ["in vantaborg", "in kessock"]


def test_a_figure_after_a_toll_on_another_day_is_no_place() -> None:
    from factcheck.concepts.count import _breakdown_place

    assert _breakdown_place("killed 12 in Tuesday's blast", len("killed 12"), 40) is None
    assert _breakdown_place("killed 12 in Rivenshire", len("killed 12"), 40) == "rivenshire"


def test_a_part_never_has_the_frame_of_its_total(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, "In all, 93 of the 101 lawmakers took part in the vote.", "count")
    assert [f for f, _, _ in found] == [
        {"thing": "lawmaker", "action": "participated"},
        {"thing": "lawmaker", "part": "the whole"},
    ]


def test_votes_for_and_against_are_one_count_however_written(extract) -> None:  # type: ignore[no-untyped-def]
    deputies = frames(extract, "Forty-two deputies voted against the motion.", "count")
    votes = frames(extract, "The motion won 50 votes in the chamber.", "count")
    assert deputies == [({"thing": "vote", "action": "voted against"}, "Forty-two", 42)]
    assert votes == [({"thing": "vote", "action": "voted for"}, "50", 50)]


@pytest.mark.parametrize(
    "text",
    [
        "The council adopted the budget with 31 votes for, 12 against and two abstentions.",
        "The jury was split: 31 in favour, 12 against, two abstained.",
        "Shareholders backed the merger by 31 votes in favour and 12 against, with two abstentions.",
    ],
)
def test_each_side_of_a_tally_is_its_own_count(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(f["action"], n) for f, _, n in frames(extract, text, "count")] == [
        ("voted for", 31),
        ("voted against", 12),
        ("abstained", 2),
    ]


def test_a_spoilt_ballot_and_a_required_majority_are_not_votes_for(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(
        extract, "The bill won 50 votes in favour, against the 51 votes required, and one spoilt ballot.", "count"
    )
    assert [(f.get("action"), n) for f, _, n in found if n != 51] == [("voted for", 50), ("spoilt", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 212 votes in favour, 190 came from the opposition benches, so at least 22 government MPs "
            "broke ranks.",
            [("voted for", "", 212), ("voted for", "opposition", 190), ("voted for", "governing side", 22)],
        ),
        (
            "Besides the 41 senators of the opposition, the budget was backed by three senators of the ruling "
            "alliance's coalition.",
            [("voted for", "opposition", 41), ("voted for", "governing side", 3)],
        ),
        (
            "The council passed the levy after 9 coalition councillors defected and voted against the mayor.",
            [("voted against", "governing side", 9)],
        ),
    ],
)
def test_votes_of_one_side_of_a_house_are_that_sides_not_the_whole(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, text, "count")
    assert [(f["action"], f.get("holder", ""), n) for f, _, n in found if f["thing"] == "vote"] == expected


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The opposition holds 40 seats in the 101-seat chamber.", "chamber"),
        ("The deal creates a joint commission of 18 members to watch the border.", "commission"),
        ("Patients were moved from the 300-bed hospital.", "hospital"),
    ],
)
def test_the_size_of_a_body_is_not_a_count_of_the_event(extract, text: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    sizes = [f for f, _, _ in frames(extract, text, "count") if f.get("holder") == holder]
    assert len(sizes) == 1 and "action" not in sizes[0]


@pytest.mark.parametrize(
    "text",
    [
        "Officials fear the toll could rise above 100.",  # a projection
        "Early returns from five districts put the Yes side ahead.",  # where figures came from
        "Voters backed a ban on buildings taller than 12 storeys.",  # a threshold
        "He faces up to 10 years in prison if convicted.",  # the most he could get, not his sentence
        "The storm hit the coast on Monday.\n\nRead more:\n> Flood toll rises to 40 in the north\n> Nine killed in bus crash",  # links to other stories
        "The verdict is expected today.\n\nRelated: 12 jailed over stadium fire | Judge retires",  # the same, on one line
        "Earlier reports had put the toll at 12.",  # superseded
        "The two leaders shook hands.",  # a description, not a figure
        "Photo: rescuers carry one of the 14 victims.",  # a caption
        "[PHOTO] Rescuers dig through mud where nine people were killed on Saturday.",  # a caption in brackets
        '"I saw maybe thirty people on the roof," said a fisherman.',  # a witness in quotes
        "The club was founded in 1998 and moved in 2004.",  # years
        "She finished third in the 2019 race.",  # an ordinal
        "Two more passengers died in hospital overnight.",  # an increment, not the toll
        "Another 20 villagers were evacuated on Sunday.",  # an increment
        "One more miner injured in the collapse died on Friday.",  # an increment
    ],
)
def test_figures_that_are_not_counts_of_the_event(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "count") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was injured when the crane toppled onto the empty site.", [("injured", "No one was injured", 0)]),
        ("Nobody died in the derailment, the rail operator said.", [("deaths", "Nobody died", 0)]),
        ("No arrests have been made after the march.", [("arrested", "No arrests have been made", 0)]),
        ("Police said they had made no arrests.", [("arrested", "made no arrests", 0)]),
        ("The driver of the lorry was killed.", [("deaths", "The driver of the lorry was killed", 1)]),
        ("Officers arrested a 31-year-old man near the stadium.", [("arrested", "arrested", 1)]),
        (
            "Police arrested the night-shift overseer on Wednesday.",
            [("arrested", "arrested the night-shift overseer", 1)],
        ),
    ],
)
def test_none_and_someone_are_counts_without_a_figure(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(about["action"], quoted, value) for about, quoted, value in frames(extract, text, "count")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rockfall cut off 36 men working on the lower level.", [("trapped", 36)]),
        ("A further 120 workers remained trapped underground after the collapse.", []),  # an increment
        ("120 workers remained trapped underground after the collapse.", [("trapped", 120)]),
        ("Storms left 2,000 passengers stranded at the airport.", [("trapped", 2000)]),
        ("Eleven climbers were brought to safety by helicopter.", [("rescued", 11)]),
        ("The last three climbers were brought to safety by helicopter.", []),  # a batch, not the total
        ("Police detained two members of the organising committee.", [("arrested", 2)]),
        ("The strike forced hospitals to cancel 6,300 planned operations.", [("cancelled", 6300)]),
        ("Organisers called off 14 scheduled concerts after the storm.", [("cancelled", 14)]),
        ("The reorganisation will cost 1,150 jobs across the group.", [("cut", 1150)]),
        ("The mill will close with the loss of 620 jobs.", [("cut", 620)]),
    ],
)
def test_who_a_count_describes_gives_way_to_what_befell_them(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [(about["action"], value) for about, _, value in frames(extract, text, "count")] == expected


def test_a_workforce_is_counted_only_with_its_employer(extract) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, "It employs 310 people at the plant.", "count") == []
    assert frames(extract, "The quarry has some 900 workers.", "count") == []  # a workforce, whose the parse lost
    found = frames(extract, "Brennick Motors employs around 25,600 people worldwide.", "count")
    assert [(about["action"], about["holder"], quoted) for about, quoted, _ in found] == [
        ("employed", "brennick", "around 25,600")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "No one on board the ferry was hurt.",  # a group, not everyone
        "There were no serious injuries among the spectators.",  # a kind of injury
        "No deaths linked to the strike have been confirmed.",  # a narrower cause
        "Police could arrest the organisers if the march goes ahead.",  # a possibility
        "Prosecutors want to charge the owner and have asked police to arrest him.",  # a wish
        '"Nobody was hurt, thank God," said a neighbour.',  # a witness in quotes
        "Workers were injured when the scaffolding gave way.",  # how many, it does not say
    ],
)
def test_a_none_narrowed_or_not_stated_as_fact_is_no_count(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "count") == []


@pytest.mark.parametrize(
    ("first", "second", "severity"),
    [
        (
            "Police on Friday arrested a 40-year-old farmer over the blaze.",
            "No arrests have been made.",
            "contradiction",
        ),
        (
            "No one was injured in the explosion at the depot.",
            "Three workers were injured in the explosion.",
            "contradiction",
        ),
        (
            "The pilot was killed when the light aircraft crashed.",
            "Two people died when the light aircraft crashed.",
            None,
        ),
    ],
)
def test_none_clashes_with_a_casualty_and_someone_agrees_with_any_toll(
    compare, first: str, second: str, severity
) -> None:  # type: ignore[no-untyped-def]
    report = compare({"a.txt": DATELINE + first, "b.txt": DATELINE + second})
    assert [d.severity for d in report if d.slot == "count"] == ([severity] if severity else [])


def test_a_figure_of_another_year_belongs_to_another_occasion(extract) -> None:  # type: ignore[no-untyped-def]
    claims = [
        c
        for c in extract(DATELINE + "The flood killed 12 people. The 2012 flood killed 41 people.")
        if c.slot == "count"
    ]
    assert [(c.value.low, c.event.occasion) for c in claims] == [(12, "main"), (41, "2012")]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "The dam, built in 1978, gave way at 03:40 on Wednesday.",
        "The bridge, which was opened in 1962, collapsed at about 5pm.",
    ],
)
def test_a_year_that_dates_a_thing_is_not_the_occasion_of_the_sentence(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.event.occasion for c in extract(DATELINE + text) if c.slot == "time"] == ["main"]


@pytest.mark.parametrize(
    "text",
    [
        "The region was hit by cholera last year, when an outbreak recorded 3,870 cases and 61 deaths.",
        "Last year's outbreak in the region, which ran from March to July, recorded 3,870 cases and 61 deaths.",
        "Already last year the fever raged there from March until July: 3,870 cases and 61 deaths were counted.",
        "The flood of last year, the worst in memory, destroyed 3,870 homes and killed 61 people.",
    ],
)
def test_figures_of_a_clause_set_last_year_are_last_years(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(DATELINE + text) if c.slot == "count"]
    assert [(c.value.low, c.event.occasion) for c in claims] == [(3870, "2025"), (61, "2025")]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "The breach was discovered in February last year, when an engineer noticed unusual activity at 4am.",
        "The warehouse fire broke out at about 2am one night last year.",
    ],
)
def test_last_year_is_the_year_before_the_articles(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.event.occasion for c in extract(DATELINE + text) if c.slot == "time"] == ["2025"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The intruders were inside from 2 February 2024 until an engineer spotted them on 19 March.", "2024-03-19"),
        ("Hackers, inside the network from 2 February 2024, were detected on Tuesday.", "2026-04-28"),
    ],
)
def test_a_day_without_a_year_takes_the_year_its_sentence_is_set_in(extract, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    dates = [c.value for c in extract(DATELINE + text) if c.slot == "date" and c.value.day in (19, 28)]
    assert [f"{d.year}-{d.month:02}-{d.day:02}" for d in dates] == [day]  # type: ignore[union-attr]


def test_a_year_followed_by_a_figure_is_still_the_sentences_occasion(extract) -> None:  # type: ignore[no-untyped-def]
    text = DATELINE + "In a similar case, a banker was sentenced in 2014 to four years over a fraud."
    assert [(c.slot, c.event.occasion) for c in extract(text) if c.slot == "duration"] == [("duration", "2014")]


@pytest.mark.parametrize(
    "text",
    [
        "In October 2022, a motion against the same cabinet gathered only 38 votes.",
        "During 2019 the same river flood killed 38 people.",
    ],
)
def test_a_year_that_opens_the_sentence_sets_its_occasion(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(DATELINE + text) if c.slot == "count"]
    assert [c.event.occasion for c in claims] in (["2022"], ["2019"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator fined the bank £4.2m ($5.3m) on Tuesday.",
            [({"what": "fine"}, "£4.2m", 4.2e6), ({"what": "fine"}, "$5.3m", 5.3e6)],
        ),
        ("Brewlow agreed to buy the brewery for €40 million.", [({"what": "price"}, "€40 million", 40e6)]),
        (
            "The state will give 3,000 euros to every household.",
            [({"what": "aid", "scope": "per household"}, "3,000 euros", 3000)],
        ),
        (
            "Flooded households will receive 3,000 euros each in emergency aid.",
            [({"what": "aid", "scope": "per household"}, "3,000 euros", 3000)],
        ),
        (  # one award picked out of many is no total, and meets only the largest award another outlet gives
            "The biggest single award is €350,000, to a plaintiff with kidney damage.",
            [({"what": "cost", "scope": "largest"}, "€350,000", 350000)],
        ),
        (
            "A Tarbert man was awarded €380,000 by the tribunal, the largest single sum in the case.",
            [({"what": "prize", "scope": "largest"}, "€380,000", 380000)],
        ),
        (
            "The council promised 2 000 euros (around 2 300 dollars) for each family of the victims.",
            [
                ({"what": "aid", "scope": "per family"}, "2 000 euros", 2000),
                ({"what": "aid", "scope": "per family"}, "around 2 300 dollars", 2070),
            ],
        ),
        ("The club will receive R7.5 million in prize money.", [({"what": "prize"}, "R7.5 million", 7.5e6)]),
        ("The US$450 million telescope is run by a consortium.", [({"what": "cost"}, "US$450 million", 450e6)]),
    ],
)
def test_money_says_what_it_is_and_a_conversion_keeps_its_frame(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "money") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jury returned after a 90-minute hearing on Monday.", ({"of": "hearing"}, "90-minute", 1.5)),
        ("The hearing lasted three hours before the judge adjourned the case.", ({"of": "hearing"}, "three hours", 3)),
        (
            "Union leaders emerged from the four-hour-long talks without a deal.",
            ({"of": "meeting"}, "four-hour-long", 4),
        ),
        (
            "The court sentenced Marek Wolny to seven years and six months in prison.",
            ({"of": "sentence", "person": "wolny"}, "seven years and six months", 7.5 * 8766),
        ),
        (
            "His partner received a five-year suspended sentence.",
            ({"of": "sentence", "kind": "suspended"}, "five-year", 5 * 8766),
        ),
        ("Rebels are to gather at four sites within 60 days.", ({"of": "deadline"}, "60 days", 60 * 24)),
        (
            "It took crews 150 minutes to bring the warehouse blaze under control.",
            ({"of": "firefighting"}, "150 minutes", 2.5),
        ),
        (
            "Firefighters needed nine hours to contain the forest fire.",
            ({"of": "firefighting"}, "nine hours", 9),
        ),
        (
            "The blaze at the depot raged for over four hours before it was put out.",
            ({"of": "firefighting"}, "over four hours", 4),
        ),
        (
            "Engines brought the fire under control after about two and a half hours.",
            ({"of": "firefighting"}, "about two and a half hours", 2.25),
        ),
        (
            "The moorland fire was declared contained on Sunday, 40 hours after it started.",
            ({"of": "firefighting"}, "40 hours", 40),
        ),
        (
            "The heath fire was brought under control 30 hours after it broke out.",
            ({"of": "firefighting"}, "30 hours", 30),
        ),
        (
            "The last miner was rescued 60 hours after the tunnel collapsed.",
            ({"of": "rescue"}, "60 hours", 60),
        ),
        (
            "The appeals court reduced to six years and two months the prison sentence of the former minister.",
            ({"of": "sentence"}, "six years and two months", (6 + 2 / 12) * 8766),
        ),
    ],
)
def test_durations_say_what_lasted(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "duration") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hospital notified the regulator six days after becoming aware of the attack.",
            ({"of": "notification delay"}, "six days", 144),
        ),
        (
            "The airline waited more than a week before telling passengers their data had leaked.",
            ({"of": "notification delay"}, "more than a week", 168),
        ),
        (
            "The mine operator alerted the authorities two hours after the tunnel caved in.",
            ({"of": "notification delay"}, "two hours", 2),
        ),
        ("Police arrived 40 minutes after the first emergency call.", ({"of": "response time"}, "40 minutes", 2 / 3)),
        (
            "Firefighters reached the warehouse about 25 minutes later.",
            ({"of": "response time"}, "about 25 minutes", 0.375),
        ),
    ],
)
def test_how_late_an_act_came_is_a_length_of_its_own(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "duration") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned two days after the vote.",
        "The striker scored ten minutes after the break.",
    ],
)
def test_a_lead_time_of_any_other_act_is_no_length(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "duration") == []


def test_a_figure_repeated_in_another_unit_is_read_once(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, "The quake hit about 110 km (68 miles) west of the capital.", "distance")
    assert [text for _, text, _ in found] == ["about 110 km"]


def test_ages_belong_to_people(extract) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, "Peter Holm, 58, was taken to hospital.", "age") == [({"person": "holm"}, "58", 58)]
    role = frames(extract, "A 41-year-old volunteer firefighter died when his tanker overturned.", "age")
    assert role == [({"person": "firefighter", "role": "firefighter"}, "41-year-old", 41)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike was called by Ana Ruiz, a 41-year-old nurse from the north.",
            ({"person": "ruiz", "role": "nurse"}, 41),
        ),
        (
            "The leader of the protest, Jonas Berg, engineer of 44 years, spoke first.",
            ({"person": "berg", "role": "engineer"}, 44),
        ),
        (
            "Mara Lind, architect of 52 years and founder of a group that a decade ago had ten members, won.",
            ({"person": "lind", "role": "architect"}, 52),
        ),
        ("The tribunal condemned Piet Varenko, of 61 years, to five years of prison.", ({"person": "varenko"}, 61)),
    ],
)
def test_an_age_of_a_noun_set_beside_a_name_is_that_persons(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about, c.value.low, c.event.occasion) for c in extract(text) if c.slot == "age"]  # type: ignore[union-attr]
    assert found == [(*expected, "main")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The driver, 58, was taken to hospital with head injuries.", "driver"),
        ("The suspect, 29, was charged with murder on Friday.", "suspect"),
    ],
)
def test_a_number_set_off_beside_a_person_is_an_age_not_a_count(extract, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text)
    assert [(c.slot, c.about.get("person")) for c in claims if c.slot in ("age", "count")] == [("age", person)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The aircraft was 14 years old, the airline said.",
            ({"person": "aircraft", "role": "aircraft"}, "14 years old", 14),
        ),
        (
            "The victim, who was 19 years old, died in hospital.",
            ({"person": "victim", "role": "victim"}, "19 years old", 19),
        ),
    ],
)
def test_an_age_said_of_the_subject(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "age") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marek Halloran, the club's former treasurer, was jailed on Tuesday. The 63-year-old was convicted of fraud.",
            [({"person": "halloran"}, "63-year-old", 63)],
        ),
        (
            "The driver of the bus, Ionel Vasu, was arrested at the scene. The 47-year-old had worked there for years.",
            [({"person": "vasu", "role": "driver"}, "47-year-old", 47)],
        ),
        ("Rescuers pulled a woman from the rubble on Monday. The 47-year-old was taken to hospital.", []),
    ],
)
def test_the_n_year_old_is_the_person_the_sentence_before_named(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "age") == expected


def test_times_of_day_know_their_zone_and_skip_schedules_and_stamps(extract) -> None:  # type: ignore[no-untyped-def]
    quake = frames(extract, "The quake struck at 4:17 a.m. local time near the coast.", "time")
    assert quake == [({"of": "onset", "event": "incident"}, "4:17 a.m. local time", 4 * 60 + 17)]
    utc = [c.value for c in extract("The fire broke out at 10:34 UTC.") if c.slot == "time"]
    assert [(v.minutes, v.utc) for v in utc] == [(634, True)]  # type: ignore[union-attr]
    assert frames(extract, "The match was scheduled to kick off at 15:00.", "time") == []
    assert frames(extract, "14:05 - The fire service says the blaze broke out in a ravine.", "time") == []
    assert frames(extract, "From **10:00** – Fans start queuing outside the north gates.", "time") == []
    assert frames(extract, "We had been told to expect the verdict at 2pm.", "time") == []


@pytest.mark.parametrize(
    "text",
    [
        "Figures released by the council show 300 homes were flooded, after the river burst its banks shortly after 3am.",
        "The airline's statement said 40 flights were cancelled after hackers locked staff out at about 5am.",
    ],
)
def test_a_time_in_a_clause_of_its_own_is_not_the_time_of_the_clause_it_hangs_from(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    whats = [about.get("of") for about, _, _ in frames(extract, text, "time")]
    assert "announced" not in whats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cyclist collapsed near the finish and died in hospital shortly after 2.30 p.m.", []),  # a death, no onset
        ("The ferry capsized and sank at about 4 a.m.", [{"of": "onset"}]),
        ("The observatory captured its first light shortly before 10pm.", [{"of": "onset"}]),  # its own object says
        ("The mercury hit 41C in the city centre on Sunday afternoon.", []),  # a reading, not an onset
        ("A runner who collapsed near the finish on Sunday afternoon later died.", []),  # a person, not a disaster
        ("Search teams will stand down at 22:00, a spokeswoman said.", []),  # a plan, with no event it names
        ("The storm hit the coast on Sunday afternoon.", [{"of": "onset", "event": "incident"}]),
        ("The coach left the road on a hairpin bend at about 11.40pm.", [{"of": "onset"}]),  # a crash, no departure
        ("The coach left the depot at 7.10pm.", [{"of": "took off"}]),
        ("Guards raised the alarm at around 6:30 a.m.", [{"of": "onset"}]),
        ("The lorry plunged off the road and fell 200 metres at about 10.50pm.", [{"of": "onset"}]),
    ],
)
def test_a_time_is_of_the_verb_it_hangs_on_or_its_own_words(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [about for about, _, _ in frames(extract, text, "time")] == expected


def test_minutes_of_play_name_the_scorer(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, "Kowal scored in the 23rd minute and Nowak equalised in the 77th minute.", "minute")
    assert found == [
        ({"what": "goal", "person": "kowal"}, "in the 23rd minute", 23),
        ({"what": "goal", "person": "nowak"}, "in the 77th minute", 77),
    ]


def test_a_minute_belongs_to_the_player_whose_goal_it_is(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Marco Lind's 87th-minute header forced extra time after Ben Osei had missed a penalty."
    assert frames(extract, text, "minute") == [({"what": "goal", "person": "lind"}, "87th-minute", 87)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The winner was a header in stoppage time, 90+3', from a corner.", ["90+3'"]),
        ("Her 67’ strike levelled it before a 90th-minute penalty settled the tie.", ["67’", "90th-minute"]),
        ("The hosts scored in minute 108 of the semi-final.", ["minute 108"]),
        ("The 9th-minute substitution changed nothing; the coach spent 90 minutes shouting.", []),
        ("Rovers went ahead when Tom Baines curled a free kick on 31 minutes.", ["on 31 minutes"]),
        ("Ellis opened the scoring after 12 minutes with a low shot.", ["after 12 minutes"]),
        ("The sides were level after 90 minutes before Ellis scored in extra time.", []),
        ("Hosts Bergamo scored their first try after 40 minutes of play.", []),
    ],
)
def test_minutes_of_play_in_the_ways_reports_write_them(extract, text: str, quoted: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [q for _, q, _ in frames(extract, text, "minute")] == quoted


def test_the_lexicon_patterns_are_valid_matcher_patterns(nlp) -> None:  # type: ignore[no-untyped-def]
    from factcheck.annotate.patterns import match_patterns

    text = "Vega scored in the 23rd minute. Rossi scored twice."
    found = match_patterns(list(nlp(text).sents), text)
    assert {label: [s.text for s in spans] for label, spans in found.items()} == {
        "minute_of_play": ["in the 23rd minute"],
        "goal_words": ["scored"],  # the second sentence has no minute: it is not matched at all
    }


@pytest.mark.parametrize(
    ("text", "slot", "expected"),
    [
        ("The fire has burned more than 4,500 hectares.", "area", ({"what": "area"}, "more than 4,500 hectares", 45)),
        (
            "The quake hit about 23 km (14 miles) from the town.",
            "distance",
            ({"what": "distance", "from": "town"}, "about 23 km", 20.7),
        ),
        ("Gusts reached 45mph overnight.", "speed", ({"what": "wind", "peak": "gusts"}, "45mph", 72.42)),
        ("Temperatures hit 109F (43C) on Wednesday.", "temperature", ({"what": "temperature"}, "109F", 42.8)),
    ],
)
def test_measures_convert_to_one_unit(extract, text: str, slot: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    [(frame, quoted, value)] = frames(extract, text, slot)
    assert (frame, quoted) == expected[:2]
    assert value == pytest.approx(expected[2], rel=0.01)


def test_every_concept_is_registered_once_with_a_label() -> None:
    assert {"count", "money", "percent", "duration", "age", "time", "minute", "area", "distance", "magnitude"} <= set(
        REGISTRY
    )
    assert all(concept.label for concept in REGISTRY.values())


def days(extract, text: str) -> list[tuple[dict[str, str], str, str]]:  # type: ignore[no-untyped-def]
    """(frame, quoted text, ISO-like reading) of every day claim."""
    out = []
    for claim in extract(text):
        if claim.slot == "date":
            v = claim.value
            out.append((claim.about, claim.text, f"{v.year}-{v.month}-{v.day} w{v.weekday}"))  # type: ignore[union-attr]
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper dated Wednesday 15 October 2025: "yesterday" is Tuesday the 14th
        (
            "Wednesday, 15 October 2025\n\nA court in the capital yesterday convicted the former minister of fraud.",
            [({"of": "verdict"}, "yesterday", "2025-10-14 w1")],
        ),
        (
            "Wednesday, 15 October 2025\n\nThe ferry capsized late on Monday in heavy rain, the coast guard said.",
            [({"of": "onset"}, "Monday", "2025-10-13 w0")],
        ),
        (
            "Wednesday, 15 October 2025\n\nThe fire started on Sunday evening near the town.",
            [({"of": "onset", "event": "incident"}, "Sunday evening", "2025-10-12 w6")],
        ),
        (
            "Trade ministers met in Lisbon on 12 March 2024 for talks on tariffs.",
            [({"of": "meeting"}, "12 March 2024", "2024-3-12 w1")],
        ),
        (  # the small model reads "a cholera outbreak" as "cholera" doing "outbreak"
            "Wednesday, 15 October 2025\n\nThe health ministry declared a cholera outbreak on 3 October after "
            "laboratory tests confirmed the bacteria in samples from the port.",
            [({"of": "announcement", "event": "outbreak"}, "3 October", "2025-10-3 w4")],
        ),
        (  # a weekday with the date after it, month first, is one day, not a weekday and a date
            "Wednesday, 15 October 2025\n\nThe dockers' union said its strike would begin on Friday, October 24.",
            [({"of": "launch", "event": "strike", "when": "planned"}, "Friday, October 24", "2025-10-24 w4")],
        ),
        (
            "Wednesday, 15 October 2025\n\nThe ferry sank on Saturday, October 11, 2025, off the cape.",
            [({"of": "onset"}, "Saturday, October 11, 2025", "2025-10-11 w5")],
        ),
    ],
)
def test_days_are_read_against_the_articles_date(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert days(extract, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wednesday, 15 October 2025\n\nThe new bridge toll took effect on Sunday.",
            [({"of": "effect"}, "Sunday", "2025-10-12 w6")],
        ),
        (
            "Wednesday, 15 October 2025\n\nThe smoking ban came into force on Monday across the province.",
            [({"of": "effect", "event": "ban"}, "Monday", "2025-10-13 w0")],
        ),
        (  # "from" opens a span, but "with effect from" names the first day a rule applies
            "Wednesday, 15 October 2025\n\nThe fare rise applies with effect from Monday, 13 October.",
            [({"of": "effect"}, "Monday, 13 October", "2025-10-13 w0")],
        ),
        (  # as a translation writes it
            "Wednesday, 15 October 2025\n\nThe truce is in effect from Sunday 12 of October.",
            [({"of": "effect", "event": "ceasefire"}, "Sunday 12 of October", "2025-10-12 w6")],
        ),
    ],
)
def test_the_day_a_rule_or_a_truce_takes_effect(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert days(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # as a translation from Russian writes a failed no-confidence vote
        "Wednesday, 15 October 2025\n\nThe parliament on Tuesday evening did not express the distrust to the cabinet.",
        "Wednesday, 15 October 2025\n\nThe council did not survive the vote on Tuesday.",
    ],
)
def test_a_vote_that_failed_still_happened_that_day(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(about["of"], value) for about, _, value in days(extract, text)] == [("vote", "2025-10-14 w1")]


def test_a_hearing_that_did_not_go_ahead_has_no_day(extract) -> None:  # type: ignore[no-untyped-def]
    assert days(extract, "Wednesday, 15 October 2025\n\nThe hearing did not go ahead on Tuesday.") == []


def test_a_day_a_translation_says_was_foreseen_is_a_plan(extract) -> None:  # type: ignore[no-untyped-def]
    found = days(
        extract, "Wednesday, 15 October 2025\n\nThe commission had foreseen initially to publish the results Monday."
    )
    assert [about.get("when") for about, _, _ in found] == ["planned"]


def test_results_read_out_on_a_day_were_announced_that_day(extract) -> None:  # type: ignore[no-untyped-def]
    found = days(
        extract, "Wednesday, 15 October 2025\n\nThe results were read out on Tuesday by the returning officer."
    )
    assert [(about["of"], value) for about, _, value in found] == [("announcement", "2025-10-14 w1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the one who died last is one of the toll the sentence gives, not a toll of one
            "By Monday evening the number of victims who died reached 9, after one victim, a student, died at dawn.",
            [("9", ""), ("one", "a larger count")],
        ),
        ("The ministry fined the promoter after a crowd crush left nine people dead.", [("nine", "")]),
        ("Families buried the bodies on Sunday (12/10/2025), as custom asks.", []),  # a date, no count
    ],
)
def test_a_death_the_toll_rose_after_is_part_of_it(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.text, c.about.get("part", "")) for c in extract(DATELINE + text) if c.slot == "count"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout was 41.5% of the nearly 110,000 registered voters.", "registered"),
        ("About 2.1 million eligible voters can take part in the referendum.", "registered"),
        ("The pharmacy chain has around 900,000 registered customers.", "registered"),
        ("Health officials registered 300 new cases on Monday.", "infected"),  # a verb: cases recorded
    ],
)
def test_a_roll_of_who_may_take_part_is_its_own_count(extract, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [c.about.get("action") for c in extract(DATELINE + text) if c.slot == "count"]
    assert found == [expected]


def test_a_bare_count_never_joins_a_registered_roll(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE
        + "The pharmacy has 2.1 million registered customers. Hackers stole data on 1.4 million customers.",
        "b.txt": DATELINE + "Hackers stole the records of 1.7 million customers.",
    }
    found = [(d.subject, sorted(s.value for s in d.sides)) for d in compare(texts) if d.slot == "count"]
    assert found == [("customer affected", ["1.4 million", "1.7 million"])]


def test_a_new_march_called_for_a_later_day_is_a_plan(extract) -> None:  # type: ignore[no-untyped-def]
    found = days(extract, "Wednesday, 15 October 2025\n\nOrganisers have called a new march for Friday.")
    assert [about.get("when") for about, _, _ in found] == ["planned"]


def test_a_translated_day_of_month_of_year_is_no_count(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("Tarvola, 11 of March of 2026 -\n\nSome 4.000 persons marched in the capital.")
    assert [(c.slot, c.text) for c in claims if c.slot == "count"] == [("count", "Some 4.000")]


def test_a_wire_dateline_without_a_year_keeps_only_the_weekday(extract) -> None:  # type: ignore[no-untyped-def]
    found = days(
        extract, "HARBOURTON, Oct 14 (Wire) - Parliament voted on Tuesday to dismiss the cabinet, officials said."
    )
    assert found == [({"of": "vote"}, "Tuesday", "None-None-None w1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company said both mills will shut by the end of 2028.", ("closure", "the end of 2028", 2028)),
        (
            "Staff were told the mill would close in the second half of 2029.",
            ("closure", "the second half of 2029", 2029),
        ),
        ("Passenger services on the new line are due to begin in mid-2027.", ("launch", "mid-2027", 2027)),
    ],
)
def test_a_plan_set_for_part_of_a_year_is_a_planned_date_of_that_year(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    [claim] = [c for c in extract(text) if c.slot == "date"]
    assert (claim.about["of"], claim.about["when"], claim.text, claim.value.year) == (  # type: ignore[union-attr]
        expected[0],
        "planned",
        expected[1],
        expected[2],
    )


def test_a_plan_no_sooner_than_a_year_is_a_plan_for_that_year(extract) -> None:  # type: ignore[no-untyped-def]
    [claim] = [c for c in extract("The plant will not reopen until late 2027.") if c.slot == "date"]
    assert (claim.about["of"], claim.about["when"], claim.text, claim.value.year) == (
        "launch",
        "planned",
        "late 2027",
        2027,
    )  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A survey published by the consultancy in June found most systems outdated.", "survey"),
        ("The gang published a sample of the stolen files on Wednesday.", "sample"),
        ("The river level began to drop on Thursday.", "level"),
        ("The mayor, Ana Ruiz, announced for this Monday a review of the rules.", "review"),  # never the announcer
    ],
)
def test_a_day_something_began_or_was_published_says_what(extract, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.about.get("event") for c in extract(DATELINE + text) if c.slot == "date"] == [event]


def test_plans_for_different_things_never_meet(compare) -> None:  # type: ignore[no-untyped-def]
    report = compare(
        {
            "a.txt": "OSLO, 4 May 2026 (Wire) - Schools were closed on Saturday and will open as usual on Monday.",
            "b.txt": "OSLO, 4 May 2026 (Wire) - The airline suspended its flights and said it would resume its schedule on Tuesday.",
        }
    )
    assert [d for d in report if d.slot == "date"] == []


def test_part_of_a_year_that_is_past_is_no_plan(extract) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in extract("Sales of the vaccine rose by the end of 2025.") if c.slot == "date"] == []


def test_a_day_in_a_clause_beside_a_plan_is_not_planned(extract) -> None:  # type: ignore[no-untyped-def]
    found = days(extract, "As the company announced on Wednesday, the mill will be closed next year.")
    assert found == [({"of": "announcement"}, "Wednesday", "None-None-None w2")]


def test_the_day_a_firm_became_aware_is_its_discovery_and_a_penalty_notice_is_none(extract) -> None:  # type: ignore[no-untyped-def]
    found = days(
        extract,
        "On 18 November 2025 the regulator issued a penalty notice. "
        "The clinic became aware of the intrusion on 7 June 2023.",
    )
    assert [(about["of"], text) for about, text, _ in found] == [("discovery", "7 June 2023")]


def test_the_day_a_fire_was_controlled_is_not_the_day_it_began(extract) -> None:  # type: ignore[no-untyped-def]
    found = days(extract, "The heath fire was brought under control on 9 July, 30 hours after it broke out.")
    assert [(about["of"], text) for about, text, _ in found] == [("containment", "9 July")]
    found = days(extract, "The heath fire was brought under control on Thursday evening, 52 hours after it broke out.")
    assert [(text, reading) for _, text, reading in found] == [("Thursday evening", "None-None-None w3")]


def test_a_day_in_a_phrase_of_a_planned_clause_is_planned(extract) -> None:  # type: ignore[no-untyped-def]
    found = days(extract, "Owners will be notified by letter starting 2 March.")
    assert [(about.get("when"), text) for about, text, _ in found] == [("planned", "2 March")]


def test_a_planned_day_is_a_claim_that_never_meets_what_happened(extract) -> None:  # type: ignore[no-untyped-def]
    """A plan names the next such weekday: written on a Wednesday, "will start on Monday" is five days on."""
    found = days(
        extract, "Wednesday, 15 October 2025\n\nA mass vaccination campaign will start on Monday in three districts."
    )
    assert found == [({"of": "launch", "event": "campaign", "when": "planned"}, "Monday", "2025-10-20 w0")]


@pytest.mark.parametrize(
    "text",
    [
        "The fund has paid out claims since Monday.",  # a span, not a day
        "The verdict is due on 3 November.",  # a schedule
        "Trading has begun, after the carmaker said late on Wednesday that it is recalling cars.",  # the saying's day
        "The nurses' strike is due to end at 07:00 on Thursday.",  # a schedule, and a walkout is no quake
    ],
)
def test_plans_and_spans_are_not_the_day_anything_happened(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert days(extract, text) == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Deputy regional governor Ana Ruiz said the river rose fast.", "Ana Ruiz", "Deputy regional governor"),
        ("According to the mayor of Dunmore, Piet Kral, the fire spread.", "Piet Kral", "mayor"),
        ("Chief Financial Officer Jan Vos said the company would cut jobs.", "Jan Vos", "Chief Financial Officer"),
        ("Project scientist Dr Ana Ruiz said the image was sharp.", "Dr Ana Ruiz", "Project scientist"),
        ("Omar Haddad, head coach of the visitors, blamed the referee.", "Omar Haddad", "head coach"),
        ("The court's vice-president, Marta Ilie, read the verdict.", "Marta Ilie", "vice-president"),
        ("The club's vice-chairman, Rob Tenney, resigned on Friday.", "Rob Tenney", "vice-chairman"),
        ("Deputy Governor of Rivenshire Tom Hale said the dam held.", "Tom Hale", "Deputy Governor"),
        ("Vice-Minister of Health Carla Duarte visited the ward.", "Carla Duarte", "Vice-Minister of Health"),
        (
            "Minister of Foreign Affairs Jan Kral said the talks would resume.",
            "Jan Kral",
            "Minister of Foreign Affairs",
        ),
        ("Trade and Industry Minister Aiko Mori said exports rose.", "Aiko Mori", "Trade and Industry Minister"),
        (
            "The minister of Trade and Industry, Aiko Mori, said talks would resume.",
            "Aiko Mori",
            "minister of Trade and Industry",
        ),
        (
            "The firm's head of network security, Lena Vogt, said no card data was taken.",
            "Lena Vogt",
            "head of network security",
        ),
        ("After the hearing Defence Secretary Ana Ruiz spoke to reporters.", "Ana Ruiz", "Defence Secretary"),
    ],
)
def test_posts_are_read_before_beside_and_around_names(extract, text: str, name: str, title: str) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about["name"], c.value.text) for c in extract(text) if c.slot == "role"]  # type: ignore[union-attr]
    assert (name, title) in found


def test_a_post_quotes_its_words_not_the_honorific_after_them(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Chief Medical Officer Dr Paul Ostrander said the ward was full."
    assert [c.text for c in extract(text) if c.slot == "role"] == ["Chief Medical Officer"]


def test_spelling_variants_of_a_name_share_a_key() -> None:
    from factcheck.concepts.role import person_key

    assert person_key("Petros Kalas") == person_key("Petros Kallas")
    assert person_key("Dr Adaeze Oyelaran") == person_key("Adaeze Oyelarin")
    assert person_key("Inés Ruiz Ortega") == person_key("Ines Ruiz")
    assert person_key("Ana Ruiz") != person_key("Jan Vos")


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("deputy regional governor", "mayor", "contradiction"),
        ("Chief Financial Officer", "chief operating officer", "contradiction"),
        ("CFO", "chief financial officer", None),
        ("Deputy regional governor", "the regional governor", "contradiction"),
        ("interim coach", "coach", "variance"),
        ("Foreign Minister", "Minister of External Relations", None),
        ("Energy Minister", "Interior Minister", "contradiction"),
        ("Health Commissioner", "Police Commissioner", "contradiction"),
        ("Home Secretary", "Interior Minister", None),
        ("Defence Minister", "Minister of Defense", None),
        ("Transport Minister", "minister of Transports and Communications", None),
        ("vice-president", "president", "contradiction"),
        ("head of network security", "chief financial officer", "contradiction"),
        ("head of the club", "chairman", None),
    ],
)
def test_two_posts_clash_when_their_offices_or_grades_differ(a: str, b: str, relation: str | None) -> None:
    from factcheck.concepts.role import roles_relation

    assert roles_relation(a, b) == relation


def test_magnitudes_keep_who_measured_them_and_an_aftershocks_is_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The national seismic agency measured the quake at magnitude 7.2, while the Pacific Tsunami Centre "
        "put it at magnitude 7.0. More than 60 aftershocks followed, the strongest a magnitude 4.9 tremor before dawn. "
        "The earthquake of 7.3 magnitude according to NSA struck at night."
    )
    found = [
        (c.about.get("of"), c.about.get("by"), c.value.low) for c in extract(DATELINE + text) if c.slot == "magnitude"
    ]  # type: ignore[union-attr]
    assert found == [
        (None, None, 7.2),
        (None, "according to pacific tsunami centre", 7.0),
        ("aftershock", None, 4.9),
        (None, "according to nsa", 7.3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A magnitude 6.8 earthquake shook the region before dawn.", ({"what": "magnitude"}, "magnitude 6.8", 6.8)),
        ("The 7.1-magnitude quake toppled the old minaret.", ({"what": "magnitude"}, "7.1-magnitude", 7.1)),
        ("The observatory put the tremor at 5.4 ML.", None),
        (
            "The agency measured the shock at magnitude 6.6 on the local magnitude scale.",
            ({"what": "magnitude", "scale": "ml"}, "magnitude 6.6", 6.6),
        ),
    ],
)
def test_magnitudes_keep_their_scale(extract, text: str, expected: tuple | None) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, text, "magnitude")
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake struck about 9 km below the surface.", ({"what": "depth"}, "about 9 km", 8.1)),
        (
            "The epicentre was 38 km (24 miles) south of Karsu, the survey said.",
            ({"what": "distance", "from": "karsu"}, "38 km", 38),
        ),
        (
            "The ferry sank about 300 metres from the shore.",
            ({"what": "distance", "from": "shore"}, "about 300 metres", 0.27),
        ),
        ("The quake struck at a depth of 10 km.", ({"what": "depth"}, "10 km", 10)),
        ("The blast was heard 15 km away.", ({"what": "heard"}, "15 km", 15)),
        ("The town sits at 3,450 metres (11,300 ft) above sea level.", ({"what": "altitude"}, "3,450 metres", 3.45)),
        ("The station recorded 112 mm of rain in 24 hours.", ({"what": "rainfall"}, "112 mm", 0.000112)),
        ("A 2.4-kilometre tunnel links the two valleys.", ({"what": "length", "of": "tunnel"}, "2.4-kilometre", 2.4)),
        ("Troops will withdraw behind a 30-km buffer zone.", ({"what": "length", "of": "zone"}, "30-km", 30)),
        ("The monastery sits at 3,100 metres on the ridge.", ({"what": "altitude"}, "3,100 metres", 3.1)),
        ("The village is located to 2,400 meters of altitude.", ({"what": "altitude"}, "2,400 meters", 2.4)),
        (
            "The viaduct of 510 metres length was closed.",
            ({"what": "length", "of": "viaduct"}, "510 metres", 0.51),
        ),
        (
            "The jet came down 2.3 km short of the runway at Dorval.",
            ({"what": "distance", "from": "runway"}, "2.3 km", 2.3),
        ),
        (
            "The mudslide stopped about 300 metres short of the school.",
            ({"what": "distance", "from": "school"}, "about 300 metres", 0.27),
        ),
        (
            "The epicentre was 110 km west of the capital, Nairobi.",
            ({"what": "distance", "from": "nairobi"}, "110 km", 110),
        ),
    ],
)
def test_distances_say_which_distance(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    [(frame, quoted, value)] = frames(extract, text, "distance")
    assert (frame, quoted) == expected[:2]
    assert value == pytest.approx(expected[2], rel=0.01)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry capsized at around 4:40 p.m. near the jetty.", ({"of": "onset"}, "around 4:40 p.m.", 16 * 60 + 40)),
        ("The quarry wall gave way at 6.10 a.m.", ({"of": "onset"}, "6.10 a.m.", 6 * 60 + 10)),
        (
            "The tremor struck yesterday at 04.27 hours.",
            ({"of": "onset", "event": "incident"}, "04.27 hours", 4 * 60 + 27),
        ),
        (
            "Wage talks between the two sides resumed at 10:00 at the labour ministry.",
            ({"of": "onset", "event": "meeting"}, "10:00", 10 * 60),
        ),
        (
            "The two leaders signed the accord at 11.30am in the palace.",
            ({"of": "signed", "event": "agreement"}, "11.30am", 11 * 60 + 30),
        ),
        (
            "The commission announced the result at 23:40 local time.",
            ({"of": "announced"}, "23:40 local time", 23 * 60 + 40),
        ),
    ],
)
def test_times_of_day_across_events(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "time") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "launch" names the boat here; the time hangs on what it did
            "At 15:10 near the jetty the launch was capsized by a sudden storm.",
            [("onset", "15:10")],
        ),
        (
            "The bus left the depot at 6:15 a.m. and overturned at 7:40 a.m. on the mountain road.",
            [("took off", "6:15 a.m."), ("onset", "7:40 a.m.")],
        ),
        (
            "The crane collapsed at 09:10, an hour after the shift began.",
            [("onset", "09:10")],
        ),
        (  # when something was told is not when it happened
            "This information was given by the fire officer on Monday at 9am, after the ferry capsized.",
            [],
        ),
        ("The officer told reporters at 9am that the fire had started overnight.", []),
    ],
)
def test_a_time_is_the_time_of_the_verb_it_hangs_on(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [(about["of"], quoted) for about, quoted, _ in frames(extract, text, "time")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Organisers put the crowd at about 30,000, while police said around 9,000 people took part.",
            [("according to organisers", "about 30,000"), ("according to police", "around 9,000")],
        ),
        (
            "Thousands of pilgrims walked to the shrine. Organisers now put the crowd at 30,000. Police estimate 8,000.",
            [(None, "Thousands"), ("according to organisers", "30,000"), ("according to police", "8,000")],
        ),
        (
            "Police closed the bridge as a crowd of 25,000 people marched past, organisers said.",
            [("according to organisers", "25,000")],
        ),
        ("Some 30,000 fans attended the final.", [(None, "Some 30,000")]),
        ("According to police, 7,500 people marched.", [("according to police", "7,500")]),
        (
            "Some 8,000 people attended the vigil, by the organisers' count.",
            [("according to organisers", "Some 8,000")],
        ),
        ("Several hundred demonstrators gathered outside the ministry.", [(None, "Several hundred")]),
        (
            "Farmers marched on the capital. Police estimate 18,000 marchers, while organisers say 60,000.",
            [("according to police", "18,000"), ("according to organisers", "60,000")],
        ),
        (
            "The rally filled the square. Police counted 12,000 people; the organisers claimed some 40,000.",
            [("according to police", "12,000"), ("according to organisers", "some 40,000")],
        ),
        (
            "The march was the biggest in years. Police counted 9,000 people; the organising Civic Front (CF) "
            "claimed some 30,000.",
            [("according to police", "9,000"), ("according to organisers", "some 30,000")],
        ),
    ],
)
def test_a_crowd_estimate_keeps_who_made_it(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about.get("by"), c.text) for c in extract(DATELINE + text) if c.slot == "count"]
    assert found == expected


def test_seats_whose_holder_the_sentence_loses_are_no_count(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Farmers' Union, that stays with 19 seats, will sit in opposition. "
        "The Greens won 19 seats in the 65-seat assembly."
    )
    found = [(c.about.get("holder"), c.text) for c in extract(DATELINE + text) if c.slot == "count"]
    assert found == [("greens", "19"), ("assembly", "65")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency has flown in 40 tonnes of relief supplies.", {"what": "mass", "of": "supply"}),
        ("The tanker was carrying 3,000 tonnes of fuel oil when it ran aground.", {"what": "mass", "of": "oil"}),
        ("The truck that crashed weighed 12 tonnes.", {"what": "mass", "of": "truck"}),
    ],
)
def test_a_mass_says_what_it_is_the_mass_of(extract, text: str, expected: dict) -> None:  # type: ignore[no-untyped-def]
    assert [c.about for c in extract(DATELINE + text) if c.slot == "mass"] == [expected]


def test_loads_of_different_things_never_meet(compare) -> None:  # type: ignore[no-untyped-def]
    found = compare(
        {
            "a.txt": DATELINE + "The Red Cross has sent 40 tonnes of material to the island.",
            "b.txt": DATELINE + "The first relief flight, carrying 12 tonnes of tarpaulins, landed at noon.",
        }
    )
    assert [d for d in found if d.slot == "mass"] == []


def test_a_plural_noun_is_never_read_as_a_verb_with_its_ending_cut(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The smaller carrier brings 45 routes and 22 planes into the group."
    found = [(c.about["thing"], c.about.get("action", "")) for c in extract(DATELINE + text) if c.slot == "count"]
    assert ("aircraft", "planned") not in found


def test_the_number_of_people_is_a_count_of_people(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The number of people who have died in the three valleys has risen to 41, officials said."
    assert frames(extract, text, "count") == [({"thing": "people", "action": "deaths"}, "41", 41)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the injured were six firefighters.", ("firefighter", "injured", "six")),
        ("The dead included 11 children, the coroner said.", ("child", "deaths", "11")),
        ("Among the dead were three tourists from Norway.", ("tourist", "deaths", "three")),
        ("24 of the 36 dead were children.", ("child", "deaths", "24")),
        ("Of the 36 dead, 24 were children.", ("child", "deaths", "24")),
        ("Three of the injured were police officers.", ("officer", "injured", "Three")),
        ("Two police officers were among those hurt.", ("officer", "injured", "Two")),
    ],
)
def test_a_group_named_among_the_victims_is_counted_within_the_toll(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    groups = [(f["thing"], f["action"], q) for f, q, _ in frames(extract, text, "count") if f.get("within")]
    assert groups == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carmaker said it would cut 3,000 jobs by 2028.", [({"thing": "worker", "action": "cut"}, "3,000")]),
        ("The hospital trust announced it would close 120 beds.", [({"thing": "bed", "action": "closed"}, "120")]),
        ("Officials said the toll would rise to 100.", []),
    ],
)
def test_a_decision_reported_with_would_is_stated_but_a_forecast_is_not(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [(f, q) for f, q, _ in frames(extract, text, "count")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was almost five points more than in the elections of 2022.",
        "The hospital now has 300 fewer beds than last year.",
        "Officials counted 1,200 more cases than a week earlier.",
    ],
)
def test_a_difference_is_not_a_count(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "count") == []


def test_a_group_among_the_victims_is_never_the_toll(extract) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract("Both figures include four children who died at home.") if c.slot == "count"]
    assert [(c.about.get("thing"), c.about.get("within")) for c in claims] == [("child", "a larger count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airline completed its purchase of a 73% stake in the carrier.", {"of": "stake"}),
        ("The state keeps 24.9%, with the rest held by employees.", {"of": "stake"}),
        ("The government will retain 27 percent of the utility.", {"of": "stake"}),
        ("Turnout stood at 68%.", {"of": "turnout"}),
    ],
)
def test_a_share_held_is_a_stake_however_written(extract, text: str, expected: dict) -> None:  # type: ignore[no-untyped-def]
    [(frame, _, _)] = frames(extract, text, "percent")
    assert {k: v for k, v in frame.items() if k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The insurgents brought about a third of the province under their control.",
            ("territory", "about a third", 33.33),
        ),
        (
            "The rebels, who control roughly 30 percent of the country's territory, agreed to talks.",
            ("territory", "roughly 30 percent", 30),
        ),
        ("Two-thirds of the homes in the valley were destroyed by the flood.", ("home", "Two-thirds", 66.67)),
        ("Nearly half the voters stayed at home, the electoral commission said.", ("voter", "Nearly half", 50)),
    ],
)
def test_a_fraction_is_a_share_and_land_is_territory(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    [claim] = [c for c in extract(text) if c.slot == "percent"]
    of, quoted, share = expected
    assert (claim.about["of"], claim.text) == (of, quoted)
    assert claim.value.low <= share <= (claim.value.high or share)  # type: ignore[union-attr]


def test_an_outbreak_that_sickened_people_infected_them(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, "The outbreak has sickened 340 people in four provinces.", "count")
    assert [(f["thing"], f["action"], q) for f, q, _ in found] == [("people", "infected", "340")]


def test_a_vote_share_belongs_to_the_side_that_won_it_named_or_not(extract) -> None:  # type: ignore[no-untyped-def]
    ruling = frames(extract, "The ruling party took 41.3% of the vote.", "percent")
    opposition = frames(extract, "The opposition won 35% of the vote.", "percent")
    assert [f.get("holder") for f, _, _ in ruling + opposition] == ["ruling party", "opposition"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout was 61.2%, up from 57.9% in 2021.", ({"of": "turnout"}, "61.2%")),
        ("The final count of postal ballots lifted turnout to 62.4%.", ({"of": "turnout"}, "62.4%")),
        ("Participation stood at 61,9%, the commission said.", ({"of": "turnout"}, "61,9%")),
        ("Turnout was 58.1% of the 2.4 million registered voters.", ({"of": "turnout"}, "58.1%")),
        ("The result was declared on a turnout of 71.5%.", ({"of": "turnout"}, "71.5%")),
        (
            "The Green Bloc won with a winning margin of 9.4 percentage points.",
            ({"of": "margin"}, "9.4 percentage points"),
        ),
        ("It gave the Greens a lead of 8.9 points over the Liberals.", ({"of": "margin"}, "8.9 points")),
    ],
)
def test_turnout_and_a_winning_margin_however_worded(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    frame, quoted = expected
    found = [(c.about, c.text) for c in extract(text) if c.slot == "percent"]
    assert found[0] == (frame, quoted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health officials put the case-fatality rate at 2.3 percent.", "fatality rate"),
        ("There have been 40 deaths, a case-fatality rate of 2.1%.", "fatality rate"),
        ("That is a death rate of 2,6 percent, the ministry said.", "fatality rate"),
        ("Inflation eased to 3.1%, while the jobless rate held at 5.2%.", "jobless rate"),
        ("Second-dose coverage stood at 71 percent in the district.", "coverage"),
    ],
)
def test_a_rate_is_named_by_its_word_and_never_a_stake(extract, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "percent")[-1][0]["of"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Authorities had moved more than 52,000 people into 140 temporary shelters.",
            [("people", "evacuated", "more than 52,000"), ("shelter", "", "140")],
        ),
        (
            "About 51,500 people were evacuated in 104 centres of accommodation.",
            [("people", "evacuated", "About 51,500"), ("shelter", "", "104")],
        ),
        (
            "The storm destroyed 9,800 homes and damaged 21,400, officials said.",
            [("home", "destroyed", "9,800"), ("home", "damaged", "21,400")],
        ),
        (
            "The earthquake flattened 300 houses and damaged about 1,200 in the valley.",
            [("home", "destroyed", "300"), ("home", "damaged", "about 1,200")],
        ),
    ],
)
def test_evacuees_their_shelters_and_homes_left_unsaid(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(f["thing"], f.get("action", ""), q) for f, q, _ in frames(extract, text, "count")]
    assert found == expected


def test_a_sports_lead_in_points_is_no_percentage(extract) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, "The Reds had a lead of 12 points at half-time.", "percent") == []


def test_a_large_number_of_places_is_a_figure_but_the_few_places_of_the_story_are_not(extract) -> None:  # type: ignore[no-untyped-def]
    stations = frames(extract, "Voting took place at 2,184 polling stations across the region.", "count")
    districts = frames(extract, "Flooding was reported in the three districts.", "count")
    assert [(f["thing"], q) for f, q, _ in stations] == [("station", "2,184")]
    assert districts == []


@pytest.mark.parametrize(
    "text",
    [
        "The home side led at half-time and scored again in the second half of the match.",
        "The hearing was adjourned for half an hour.",
        "Sales rose in the third quarter of the year.",
    ],
)
def test_halves_of_a_match_and_quarters_of_a_year_are_no_shares(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "percent") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court found the former governor received €210,000 from a paving contractor.", "payment to a person"),
        ("Investigators say the supplier paid the ex-minister $95,000 through a shell firm.", "payment to a person"),
        ("The champion receives $3.1 million in prize money and the runner-up half that.", "prize"),
        ("The airline paid €300 million for the stake.", "price"),
    ],
)
def test_money_a_person_got_is_neither_a_price_nor_a_prize(extract, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "money")[0][0]["what"] == expected


def test_a_list_of_who_got_what_under_a_sentencing_heading_gives_each_their_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The regional court on Tuesday convicted four people over the bid-rigging scheme.\n\n"
        "## Who was sentenced?\n\n"
        "- **Marta Elvin**, the former procurement chief: six years\n"
        "- **Tobias Renner**, a supplier's director: three years and six months, suspended\n\n"
        "## How long did the trial last?\n\n"
        "- **Hearings**: 14 months\n"
    )
    assert [(f, q) for f, q, _ in frames(extract, text, "duration")] == [
        ({"of": "sentence", "person": "elvin"}, "six years"),
        ({"of": "sentence", "person": "renner", "kind": "suspended"}, "three years and six months"),
    ]


def test_a_price_paid_and_a_valuation_are_different_money(extract) -> None:  # type: ignore[no-untyped-def]
    paid = frames(extract, "The brewer paid 312 million euros for the stake.", "money")
    valued = frames(extract, "The price values the company at about 427 million euros.", "money")
    deal = frames(extract, "It is a deal valued at about $4.5 billion including debt.", "money")
    assert [f["what"] for f, _, _ in paid + valued + deal] == ["price", "valuation", "price"]


def test_a_deal_that_closed_was_completed_but_a_plant_that_closed_shut(extract) -> None:  # type: ignore[no-untyped-def]
    deal = days(extract, "Friday, 5 December 2025\n\nThe transaction was closed on 28 November, the company said.")
    plant = days(extract, "Friday, 5 December 2025\n\nThe plant closed on 28 November after a fire.")
    assert [f["of"] for f, _, _ in deal + plant] == ["completion", "closure"]


def test_talks_of_another_occasion_keep_apart(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "OSLO, 14 March 2024 (Wire) - Trade ministers met in Oslo on Thursday for talks on tariffs.\n\n"
        "Union leaders held emergency talks in Madrid on 10 March but reached no deal."
    )
    found = [(c.text, c.event.occasion) for c in extract(text) if c.slot == "date"]
    assert found == [("Thursday", "main"), ("10 March", "emergency")]


def test_a_proposed_figure_meets_only_proposals(extract) -> None:  # type: ignore[no-untyped-def]
    imposed = frames(extract, "The regulator fined the bank £4.2 million on Tuesday.", "money")
    proposed = frames(extract, "The regulator had initially proposed a fine of £8.5 million.", "money")
    sought = frames(extract, "Prosecutors had sought nine years in prison for the former minister.", "duration")
    assert [f for f, _, _ in imposed] == [{"what": "fine"}]
    assert [f for f, _, _ in proposed] == [{"what": "fine", "when": "proposed"}]
    assert [f.get("when") for f, _, _ in sought] == ["proposed"]
    asked = frames(extract, "The prosecution had asked for a penalty of no less than ten years in prison.", "duration")
    requested = frames(extract, "The union requested a pay rise of 6% for all drivers.", "percent")
    assert [(f.get("when"), quoted) for f, quoted, _ in asked] == [("proposed", "no less than ten years")]
    assert [f.get("when") for f, _, _ in requested] == ["proposed"]
    asked_about = frames(extract, "Asked about the 14 deaths, the minister said nothing.", "count")
    assert [f.get("when") for f, _, _ in asked_about] == [None]


def test_a_year_earlier_belongs_to_the_figure_beside_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Net profit fell to 38 million euros in the quarter, from 212 million euros a year earlier."
    found = [(c.text, c.event.occasion) for c in extract(text) if c.slot == "money"]
    assert found == [("38 million euros", "main"), ("212 million euros", "past")]


def test_ages_in_brackets_and_between_commas_but_not_minutes(extract) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, "Police named one of the dead as Ravi Kumar (42) of the village.", "age") == [
        ({"person": "kumar"}, "42", 42)
    ]
    assert frames(extract, "Ada Obi, 21, scored in extra time.", "age") == [({"person": "obi"}, "21", 21)]
    assert frames(extract, "Ada Obi (106') settled it.", "age") == []


def test_ages_written_as_years_of_a_person_but_not_of_a_thing(extract) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, "The first patient, a boy of seven years, recovered.", "age") == [
        ({"person": "child", "role": "child"}, "seven years", 7)
    ]
    assert frames(extract, "The defendant, the former treasurer, of 61 years, was jailed.", "age") == [
        ({"person": "treasurer", "role": "treasurer"}, "61 years", 61)
    ]
    assert frames(extract, "The feud of 20 years ended at the ballot box.", "age") == []


def test_an_age_given_by_post_is_the_age_of_the_one_person_holding_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Premier Dana Kovács lost the vote. The 61-year-old premier will stay on as caretaker."
    assert frames(extract, text, "age") == [({"person": "kovacs", "role": "premier"}, "61-year-old", 61)]
    text = "Mayor Ion Rusu met Deputy Mayor Ana Pop. The 48-year-old mayor left first."
    assert frames(extract, text, "age") == [({"person": "rusu", "role": "mayor"}, "48-year-old", 48)]
    text = "The 48-year-old mayor left first."  # no one named holds the post: the post stays the key
    assert frames(extract, text, "age") == [({"person": "mayor", "role": "mayor"}, "48-year-old", 48)]


def test_a_game_and_a_match_start_at_one_time_and_a_start_put_back_is_no_time(extract) -> None:  # type: ignore[no-untyped-def]
    assert [f["event"] for f, _, _ in frames(extract, "The game kicked off at 7.45pm.", "time")] == ["match"]
    assert [f["event"] for f, _, _ in frames(extract, "The match began at 19:50.", "time")] == ["match"]
    assert frames(extract, "Crowd trouble means the 7.45pm kick-off has been put back.", "time") == []


def test_a_start_given_with_not_until_is_the_start(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, "The game did not get under way until 3.30pm.", "time")
    assert found == [({"of": "onset", "event": "match"}, "3.30pm", 15 * 60 + 30)]


def test_a_figure_takes_its_own_participle_before_the_clause_verb(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, "Two climbers were killed and more than a dozen injured in the avalanche.", "count")
    assert [(f["action"], text) for f, text, _ in found] == [("deaths", "Two"), ("injured", "more than a dozen")]


@pytest.mark.parametrize(
    ("text", "slot", "expected"),
    [
        ("The toll rose from 53 to 94 on Tuesday.", "count", ["94"]),
        ("The court cut her sentence from nine years to seven years.", "duration", ["seven years"]),
        ("Night-time temperatures ranged from 30 to 35 degrees.", "temperature", ["30 to 35 degrees"]),
        ("The agency lowered the death toll to 9 from 10 despite fears it could rise.", "count", ["9"]),
        ("The court cut his sentence to seven years from nine.", "duration", ["seven years"]),
    ],
)
def test_a_figure_that_changed_keeps_only_its_new_value(extract, text: str, slot: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [text for _, text, _ in frames(extract, text, slot)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said three of the mill's 20 storage silos were flattened.",
            [
                ({"thing": "silo", "action": "destroyed"}, "three", 3),
                ({"thing": "silo", "part": "the whole"}, "20", 20),
            ],
        ),
        ("Six fire tenders were rushed to the depot.", [({"thing": "fire engine"}, "Six", 6)]),
        ("A 40-truck convoy reached the town.", [({"thing": "truck"}, "40", 40)]),
    ],
)
def test_the_counted_noun_is_the_head_not_its_modifier(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "count") == expected


@pytest.mark.parametrize(
    ("text", "slot", "expected"),
    [
        (
            "The buyer took over 73% of the telecom operator; the state keeps 24.9%.",
            "percent",
            [({"of": "stake", "action": "held"}, "73%", 73), ({"of": "stake", "action": "kept"}, "24.9%", 24.9)],
        ),
        (
            "The brewer paid €1.1 billion for the stake. A broker has a target price of €14.80 on its shares.",
            "money",
            [({"what": "price"}, "€1.1 billion", 1.1e9), ({"what": "price target"}, "€14.80", 14.8)],
        ),
        (
            "The school meals scheme is backed by $3 million from donors.",
            "money",
            [({"what": "fund"}, "$3 million", 3e6)],
        ),
        (
            "The polio drive targets some 380,000 children.",
            "count",
            [({"thing": "child", "action": "targeted"}, "some 380,000", 342000)],
        ),
        (
            "Doctors have recorded 2,571 suspected cholera cases, 164 of them confirmed in a laboratory.",
            "count",
            [
                ({"thing": "people", "action": "suspected"}, "2,571", 2571),
                ({"thing": "people", "action": "confirmed"}, "164", 164),
            ],
        ),
        (
            "Of the 40 passengers on the minibus, 12 died.",
            "count",
            [
                ({"thing": "passenger", "part": "the whole"}, "40", 40),
                ({"thing": "people", "action": "deaths"}, "12", 12),
            ],
        ),
        (
            "In the capital alone, 30 people died in the heatwave.",
            "count",
            [({"thing": "people", "action": "deaths", "scope": "capital alone"}, "30", 30)],
        ),
        ("The two unions have called 14 strikes this year.", "count", [({"thing": "strike"}, "14", 14)]),
        (
            "Several hundred demonstrators gathered outside the ministry.",
            "count",
            [({"thing": "people", "action": "attended"}, "Several hundred", 200)],
        ),
        (
            "The petition, backed by 41 signatures, was filed. The bill, signed by 39 senators, passed.",
            "count",
            [
                ({"thing": "signatory", "action": "signed"}, "41", 41),
                ({"thing": "signatory", "action": "signed"}, "39", 39),
            ],
        ),
        (
            "Some twenty climbers continue disappeared.",
            "count",
            [({"thing": "people", "action": "missing", "who": "climber"}, "Some twenty", 18)],
        ),
    ],
)
def test_what_a_figure_is_of_across_domains(extract, text: str, slot: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, slot) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The verdict was read at the courthouse in Lamora on Monday.", [({"site": "court"}, "Lamora")]),
        ("The injured were taken to a hospital in Port Elwin.", [({"site": "hospital"}, "Port Elwin")]),
        ("The carrier will open a base in Tarvik next spring.", [({"site": "base", "action": "opened"}, "Tarvik")]),
        (
            "A joint commission, based in Kolwe, will monitor the truce.",
            [({"site": "headquarters of the commission"}, "Kolwe")],
        ),
        ("The brewer will close the plant in Emsford.", [({"site": "plant", "action": "closed"}, "Emsford")]),
        ("The cuts include 640 jobs at its plant in Emsford.", []),  # which of a firm's plants is no news
        ("Picket lines formed outside hospitals in Orvik and Saltmere.", []),  # many sites, no one place
        (
            "A police task force will be installed in Orvik.",
            [({"site": "headquarters of the force"}, "Orvik")],
        ),
        (
            "The low-cost carrier will open the base at the Belmora airport.",
            [({"site": "base", "action": "opened"}, "Belmora airport")],
        ),
        (
            "The bank will keep its brand and its hub in Dunhaven, and open a base in Saltmere.",
            [({"site": "base", "action": "kept"}, "Dunhaven"), ({"site": "base", "action": "opened"}, "Saltmere")],
        ),
        (
            "The intruders used the login of a worker at a Dunhaven-based IT contractor.",
            [({"site": "headquarters of the contractor"}, "Dunhaven")],
        ),
        (
            "The charity, a New Orvik-based foundation, funded the clinic.",
            [({"site": "headquarters of the foundation"}, "New Orvik")],
        ),
    ],
)
def test_sites_of_the_story_are_placed_in_a_town(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [(c.about, c.text) for c in extract(DATELINE + text) if c.slot == "site"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cholera cases were also reported in Mavuso and Teleni, the worst-hit district, where schools shut.",
            [({"site": "worst-hit district"}, "Teleni")],
        ),
        ("The hardest-hit region was Dorvaal, where 40 people drowned.", [({"site": "worst-hit region"}, "Dorvaal")]),
        ("Brassick was the worst-affected county, officials said.", [({"site": "worst-hit county"}, "Brassick")]),
        ("The province of Kessana is the most touched by the floods.", [({"site": "worst-hit province"}, "Kessana")]),
        (
            "The district most affected by the heatwave is Orlo, with 19 deaths.",
            [({"site": "worst-hit district"}, "Orlo")],
        ),
        ("Teleni, one of the worst-hit districts, reported 40 deaths.", []),  # one of several
        ("Hospitals in the worst-hit areas were overwhelmed.", []),  # no area named
    ],
)
def test_the_area_a_story_calls_the_worst_hit_is_a_place_of_it(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [(c.about, c.text) for c in extract(DATELINE + text) if c.slot == "site"] == expected


def test_two_outlets_naming_different_worst_hit_districts_contradict(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "Dengue has killed 31 people. Orlo, the worst-hit district, has 20 of the deaths.",
        "b.txt": DATELINE + "Dengue has killed 31 people. The district most affected by the deaths is Pimenta.",
    }
    found = [(d.slot, d.severity, sorted(s.value for s in d.sides)) for d in compare(texts) if d.slot == "site"]
    assert found == [("site", "contradiction", ["Orlo", "Pimenta"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net profit fell to $38 million from $212 million a year earlier.",
            [("$38 million", "main"), ("$212 million", "past")],
        ),
        (
            "The net profit shrank on 64 million Euro, after 175 million Euro in the previous year quarter.",
            [("64 million Euro", "main"), ("175 million Euro", "past")],
        ),
        ("Compared with last year, the club's profit of €40 million is low.", [("€40 million", "main")]),
    ],
)
def test_a_figure_of_last_year_is_the_one_beside_those_words(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [(c.text, c.event.occasion) for c in extract(text) if c.slot == "money"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chain's sales dropped 9 per cent to around £2.7 billion.",
            [({"what": "revenue"}, "around £2.7 billion")],
        ),
        (
            "Revenue missed the average analyst forecast of 3.41 billion euros.",
            [({"what": "forecast"}, "3.41 billion euros")],
        ),
    ],
)
def test_money_named_by_the_word_as_written(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [(a, t) for a, t, _ in frames(extract, text, "money")] == expected


@pytest.mark.parametrize(
    "text",
    ["The galaxy lies some 11 million light-years away.", "The new mirror is 6.5 meters across."],
)
def test_a_distance_from_nowhere_is_not_a_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "distance") == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Schools have not been closed, officials said.", "not been closed"),
        ("The airport never reopened after the storm.", "never reopened"),
        ("The border crossing has not been reopened since the quake.", "not been reopened"),
    ],
)
def test_a_negated_state_quotes_its_negation(extract, text: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in extract(DATELINE + text) if c.slot == "status"] == [quoted]


def statuses(extract, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(state, what it is said of, value) of every status claim."""
    return [
        (c.about["state"], c.about["of"], c.value.text)  # type: ignore[union-attr]
        for c in extract(DATELINE + text)
        if c.slot == "status"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said beaches would remain open over the weekend.", [("open", "beach", "open")]),
        ("The prefect ordered the beaches to close.", [("open", "beach", "not open")]),
        (
            "The regional council has not yet declared a state of emergency.",
            [("declared", "emergency", "not declared")],
        ),
        (
            "The cabinet declared a 30-day state of emergency in four provinces.",
            [("declared", "emergency", "declared")],
        ),
        ("The carmaker will keep the badge.", [("kept", "badge", "kept")]),
        ("The badge will be phased out by 2028.", [("kept", "badge", "not kept")]),
        ("The coalition survived a confidence vote on Tuesday.", [("survived", "coalition", "survived")]),
        ("Lawmakers voted to topple the coalition.", [("survived", "coalition", "not survived")]),
        ("The treaty does not grant immunity to former officers.", [("granted", "immunity", "not granted")]),
        # the small model reads "grants" as a plural noun in both: the state is still stated
        ("The five-page decree grants immunity to former officers.", [("granted", "immunity", "granted")]),
        (
            "The 20-point plan grants amnesty to Tarvo militiamen who lay down their arms, a key demand of the rebels.",
            [("granted", "amnesty", "granted")],
        ),
        ("There is no sign that customer records have been leaked.", [("published", "data", "not published")]),
        ("Kowalczyk was led away by prison guards.", [("free", "kowalczyk", "not free")]),
        ("The pilot remains in custody.", [("free", "pilot", "not free")]),
        (
            "Police detained a surveyor on Monday. He was freed on bail a day later.",
            [("free", "surveyor", "not free"), ("free", "surveyor", "free")],
        ),
        (
            "Police detained a surveyor from the mapping firm Belmora Consult. He was freed on bail a day later.",
            [("free", "surveyor", "not free"), ("free", "surveyor", "free")],
        ),
        ("The cabinet has so far declined to invoke the emergency powers act.", [("declared", "act", "not declared")]),
        ("A tribunal ruled on Monday that the walkout was unlawful.", [("lawful", "walkout", "not lawful")]),
        ("The coach's lawyer said his client would appeal.", [("appealed", "ruling", "appealed")]),
        ("The insurer will not appeal against the fine, it said.", [("appealed", "ruling", "not appealed")]),
        ("The firm has 28 days to appeal.", []),  # a right, not a decision
        ("Police arrested the ferry's captain, Dara Venn, 52, on Sunday.", [("free", "venn", "not free")]),
        ("The treasurer, Ilse Marken, was not arrested and was heard as a witness.", [("free", "marken", "free")]),
        (
            "The driver was questioned by detectives on Friday and released late that night.",
            [("free", "driver", "free")],
        ),
        ("Gendarmes placed the caterer in custody on Friday evening.", [("free", "caterer", "not free")]),
        ("Police arrested 12 people near the stadium.", []),  # a count of arrests, not one person's state
        ("The trawler's owner, Idris Maro, remains at large.", [("free", "maro", "free")]),
        ("The driver was still at large on Monday.", [("free", "driver", "free")]),
        ("The contractor Ivo Brandt is absconding.", [("free", "brandt", "free")]),
        ("The surgeon, Ana Pell, was taken into custody in Varna.", [("free", "pell", "not free")]),
    ],
)
def test_statements_that_flip_are_read_with_their_polarity(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert statuses(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residents have asked the governor to declare a state of emergency.",  # a request
        "If the river rises, schools may close.",  # a condition and a possibility
        "Will the brand survive the merger?",  # a question
        '"We will keep the badge," the chief executive said.',  # a quote
        "It said it would survive.",  # said of a pronoun: of what, the sentence does not say
        "The government blamed the department. He was freed later.",  # "he" is never a government or a department
        "If the appeal succeeds, the ban is lifted.",  # the main clause of a condition
        "Should the count hold, the mayor is ousted.",  # the same, written without "if"
        "Chief umpire Rosa Hale declared the match abandoned.",  # a declaration of a result, not a state
        "The minister declared that the plant was safe.",  # the declarer is in no state
        "The state keeps 24.9% of the carrier.",  # a figure is in no state
        "Shares in the insurer closed down 6% on Friday.",  # a market close, not a closure
        "The coach denies any wrongdoing.",  # an accusation denied, not something refused
        "The ministry released its latest situation report.",  # a report published, not freed
        "Their names have been released to the consulate.",  # names published, not set free
        "The club has not released the fee.",  # only a person is set free
        "Research grants fund 40 projects.",  # grants as money, not as granting
    ],
)
def test_wishes_conditions_questions_and_quotes_are_not_statements(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert statuses(extract, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The club has 21 days to appeal and said it was "considering its options".',
        "Lawyers for the rail operator said they had not yet decided whether to appeal.",
        "Dunmore Foods is weighing an appeal against the fine, a spokeswoman said.",
        "The defence team is studying the judgment before any appeal, the lawyer said.",
    ],
)
def test_a_party_weighing_an_appeal_is_undecided(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert statuses(extract, text) == [("appealed", "ruling", "undecided")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said she was considering her options.",  # no appeal in sight: options of anything
        "The board will review the decision in March.",
        "The regulator rejected the appeal after weighing the evidence.",  # weighed is no ruling
    ],
)
def test_options_weighed_without_an_appeal_are_no_state(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert statuses(extract, text) == []


def test_ruling_out_an_appeal_contradicts_weighing_one(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + 'The airline has 28 days to appeal and said it was "considering its options".',
        "b.txt": DATELINE + "The airline said it would not appeal against the penalty.",
    }
    found = [(d.slot, d.severity, sorted(s.value for s in d.sides)) for d in compare(texts) if d.slot == "status"]
    assert found == [("status", "contradiction", ["not appealed", "undecided"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The accord was signed towards 15h, in the presence of the minister of Foreign Affairs, Amos Kirui, "
            "but in the absence of the representative of the United Nations, held up in Juba.",
            [("kirui", "present", "in the presence of"), ("un", "not present", "in the absence of")],
        ),
        (
            "The handover was witnessed by the Minister of Justice, Paulo Mendes, as well as by representatives "
            "of the African Union and the United Nations.",
            [("au", "present", "witnessed"), ("mendes", "present", "witnessed"), ("un", "present", "witnessed")],
        ),
        (
            "Foreign Minister Amos Kirui and the UN's special envoy for Sudan, Mara Lind, signed as witnesses.",
            [("kirui", "present", "signed as witnesses"), ("un", "present", "signed as witnesses")],
        ),
        (
            "Transport Minister Jorge Salas, whose flight from Lima was cancelled, sent a video message instead.",
            [("salas", "not present", "sent a video message")],
        ),
        (
            "Prime Minister Ana Costa did not attend the reopening of the bridge.",
            [("costa", "not present", "did not attend")],
        ),
        ("Coach Dario Ferri was absent from the hearing.", [("ferri", "not present", "was absent")]),
        (
            "Science Minister Rodrigo Salas and regional governor Marcela Vidal attended the launch.",
            [("salas", "present", "attended"), ("vidal", "present", "attended")],
        ),
    ],
)
def test_who_was_there_and_who_was_not(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(DATELINE + text) if c.slot == "status" and c.about["state"] == "present"]
    assert sorted((c.about["of"], c.value.text, c.text) for c in claims) == expected  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "In the absence of evidence, the case against the driver was dropped.",  # no one absent
        "The president said in a video message that the country would rebuild.",  # a statement, not an absence
        "The minister will attend the funeral on Friday.",  # a plan
    ],
)
def test_absences_of_things_statements_and_plans_say_no_one_was_away(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in extract(DATELINE + text) if c.slot == "status" and c.about["state"] == "present"] == []


def test_a_minister_one_outlet_puts_at_the_ceremony_and_another_says_was_away(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "Health Minister Lina Oduya and Governor Sam Keter attended the opening of the hospital.",
        "b.txt": DATELINE + "Governor Sam Keter cut the ribbon. Health Minister Lina Oduya, whose flight was delayed, "
        "sent a video message instead.",
    }
    found = [(d.subject, d.severity, sorted(s.value for s in d.sides)) for d in compare(texts) if d.slot == "status"]
    assert found == [("oduya present", "contradiction", ["not present", "present"])]


def test_a_minister_absent_is_no_participant(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(DATELINE + "Prime Minister Ana Costa did not attend the reopening of the bridge.")
    assert [c.text for c in claims if c.slot == "participant"] == []


def test_a_source_that_tells_both_states_in_turn_takes_no_side(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "Police detained a surveyor on Monday. He was freed on bail a day later.",
        "b.txt": DATELINE + "The surveyor arrested after the collapse remains in custody.",
    }
    discrepancies = compare(texts)
    assert [d.slot for d in discrepancies] == []


def test_an_arrest_by_post_meets_a_denial_by_name(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "The owner of the warehouse, Piet Daalman, 58, was arrested on Saturday morning.",
        "b.txt": DATELINE + "Warehouse owner Piet Daalman said the alarms worked. Police arrested the owner at dawn.",
        "c.txt": DATELINE + "The proprietor, Piet Daalman, was not arrested, police said, but was questioned.",
    }
    discrepancies = compare(texts)
    found = [(d.slot, d.severity, sorted(s.value for s in d.sides)) for d in discrepancies if d.slot == "status"]
    assert found == [("status", "contradiction", ["free", "not free"])]


def test_sources_that_say_opposite_things_contradict_each_other(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "Officials said schools in the valley would remain open during the vaccination drive.",
        "b.txt": DATELINE + "The district commissioner ordered all schools in the valley to close for two weeks.",
        "c.txt": DATELINE + "Health workers began vaccinating children in the valley on Monday.",
    }
    discrepancies = compare(texts)
    found = [(d.slot, d.severity, sorted(s.value for s in d.sides)) for d in discrepancies]
    assert found == [("status", "contradiction", ["not open", "open"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The viaduct, built in 1971, carried the ring road.", [({"of": "built", "who": "viaduct"}, "1971")]),
        ("Opened in 1983 by the state, the stadium holds 40,000 fans.", [({"of": "opened", "who": "stadium"}, "1983")]),
        ("Construction began in 2016 after years of delay.", [({"of": "construction began"}, "2016")]),
        ("Harlow Town last won the trophy in 1994.", [({"of": "last won", "who": "town"}, "1994")]),
        ("The charity, founded in 2002, runs six shelters.", [({"of": "founded", "who": "charity"}, "2002")]),
        ("The tunnel was constructed in the year 1958.", [({"of": "built", "who": "tunnel"}, "1958")]),
        ("In 2019 the same club won the cup.", []),  # another occasion, not a year that is a fact
        ("The club won the trophy in 1994.", []),  # a win, not the last one: no record to date
    ],
)
def test_years_that_are_facts_of_the_story(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about, c.text) for c in extract(DATELINE + text) if c.slot == "date" and c.value.precision == "year"]  # type: ignore[union-attr]
    assert found == expected
    assert all(c.event.occasion == "main" for c in extract(DATELINE + text) if c.slot == "date")


@pytest.mark.parametrize(
    "text",
    [
        "The province accounts for nearly 60 per cent of the nation's cotton production.",
        "The province grows about 45% of the country's cotton.",
    ],
)
def test_a_share_of_a_products_output_is_a_share_of_the_product(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [frame["of"] for frame, _, _ in frames(extract, DATELINE + text, "percent")] == ["cotton"]


def test_a_breakdown_after_a_colon_neither_narrows_the_total_nor_stands_for_it(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, DATELINE + "The agency put the death toll at 88: 60 in Orvik and 28 in Saltmere.", "count")
    assert found[0] == ({"thing": "people", "action": "deaths"}, "88", 88)
    assert all("part" in frame or "within" in frame for frame, _, _ in found[1:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Presiding judge Marta Quell read the sentence aloud.", [({"act": "presided"}, "Marta Quell")]),
        (
            "The tribunal, presided over by Judge Osric Pell, heard the appeal in one day.",
            [({"act": "presided"}, "Osric Pell")],
        ),
        (
            "Deputy Speaker Ilse Marrow, who chaired the sitting, declared the motion carried.",
            [({"act": "declared the result"}, "Ilse Marrow"), ({"act": "presided"}, "Ilse Marrow")],
        ),
        (
            "Labour Minister Tobin Ash signed for the government. Rhea Colt signed on behalf of the union.",
            [({"act": "signed", "for": "government"}, "Tobin Ash"), ({"act": "signed", "for": "union"}, "Rhea Colt")],
        ),
        (
            "Returning officer Peter Haines announced the result shortly after midnight.",
            [({"act": "declared the result"}, "Peter Haines")],
        ),
        ("Judge Osric Pell did not preside over the retrial.", []),  # a negation names no one
        ('"Judge Osric Pell presided," a juror said.', []),  # a quote is not the outlet's statement
        ("Minister Tobin Ash signed the visitors' book.", []),  # signing for no party is no sole act
    ],
)
def test_who_did_the_one_thing_only_one_person_does(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about, c.value.name) for c in extract(DATELINE + text) if c.slot == "actor"]  # type: ignore[union-attr]
    assert found == expected


def test_two_people_named_for_one_sole_act_contradict_but_a_source_naming_both_takes_no_side(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "The retrial was presided over by Judge Osric Pell.",
        "b.txt": DATELINE + "Judge Hana Vell presided over the retrial on Monday.",
        "c.txt": DATELINE + "Judge Osric Pell presided in the morning and Judge Hana Vell presided after lunch.",
    }
    discrepancies = compare(texts)
    found = [(d.slot, d.severity, sorted(s.value for s in d.sides)) for d in discrepancies if d.slot == "actor"]
    assert found == [("actor", "contradiction", ["Hana Vell", "Osric Pell"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The typhoon packed sustained winds of 175 km/h (109 mph) and gusts of up to 240 km/h.",
            [
                ({"what": "wind", "peak": "sustained"}, "175 km/h"),
                ({"what": "wind", "peak": "gusts"}, "up to 240 km/h"),
            ],
        ),
        (  # machine-translated: "bursts" are gusts, "winds average" the sustained wind
            "The storm arrived with winds average of 150 km/h and bursts at 205 km/h.",
            [({"what": "wind", "peak": "sustained"}, "150 km/h"), ({"what": "wind", "peak": "gusts"}, "205 km/h")],
        ),
        (
            "A blizzard brought 95 km/h winds and 130 km/h gusts.",
            [({"what": "wind"}, "95 km/h"), ({"what": "wind", "peak": "gusts"}, "130 km/h")],
        ),
        ("The express was travelling at 160 km/h when it left the rails.", [({"what": "speed"}, "160 km/h")]),
    ],
)
def test_a_storms_sustained_wind_and_its_gusts_are_two_speeds(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [(c.about, c.text) for c in extract(DATELINE + text) if c.slot == "speed"] == expected


def test_a_wind_the_sentence_does_not_qualify_meets_the_sustained_wind_or_the_only_one_given(compare) -> None:  # type: ignore[no-untyped-def]
    def speeds(texts: dict[str, str]) -> list[tuple[str, list[str]]]:
        discrepancies = compare({k: DATELINE + v for k, v in texts.items()})
        return [(d.subject, sorted(s.value for s in d.sides)) for d in discrepancies if d.slot == "speed"]

    storm = {
        "a.txt": "The hurricane had sustained winds of 200 km/h and gusts of 250 km/h.",
        "b.txt": "The hurricane came ashore with winds of about 160 km/h.",
        "c.txt": "The hurricane had sustained winds of 200 km/h and gusts of 250 km/h.",
    }
    fire = {
        "a.txt": "The blaze was fanned by gusts of up to 60 km/h.",
        "b.txt": "Overnight the winds reached 95 km/h in the hills.",
    }
    assert [subject for subject, _ in speeds(storm)] == ["wind sustained"]
    assert [subject for subject, _ in speeds(fire)] == ["wind gusts"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Category 4 hurricane slammed into the coast.", ("Category 4", 4.0)),
        ("Forecasters said the cyclone, equivalent of a category 2, was weakening.", ("category 2", 2.0)),
        ("It was the first Cat 5 storm of the season.", ("Cat 5", 5.0)),
    ],
)
def test_a_storms_category_is_a_rating_sources_can_differ_on(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    found = [(c.text, c.value.low) for c in extract(DATELINE + text) if c.about.get("what") == "category"]  # type: ignore[union-attr]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        (
            "The storm made landfall near the port at about 21:30 local time on Sunday.",
            "Sunday",
            "about 21:30 local time",
        ),
        ("Typhoon Leon slammed into the coast late on Sunday.", "Sunday", None),
        ("The cyclone came ashore in the early hours of Monday.", "Monday", None),
        ("A tornado tore through the town at 4:10 p.m. on Friday.", "Friday", "4:10 p.m."),
    ],
)
def test_the_day_and_time_a_storm_struck_are_its_onset(extract, text: str, day: str, time: str | None) -> None:  # type: ignore[no-untyped-def]
    claims = extract(DATELINE + text)
    assert [c.text for c in claims if c.slot == "date" and c.about["of"] == "onset"] == [day]
    assert [c.text for c in claims if c.slot == "time" and c.about["of"] == "onset"] == ([time] if time else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In all, 140 people were hurt, including 12 police officers, and some 300 people were detained.",
            [
                ({"thing": "people", "action": "injured"}, "140"),
                ({"thing": "officer", "action": "injured", "within": "a larger count"}, "12"),
                ({"thing": "people", "action": "arrested"}, "some 300"),
            ],
        ),
        (
            "The union said nine of its nurses were among the injured.",
            [({"thing": "nurse", "action": "injured", "within": "a larger count"}, "nine")],
        ),
        (
            "Four flight attendants were among the dead, the airline said.",
            [({"thing": "attendant", "action": "deaths", "within": "a larger count"}, "Four")],
        ),
    ],
)
def test_a_group_among_the_victims_shares_what_befell_them_and_the_next_clause_is_its_own(
    extract, text: str, expected: list
) -> None:  # type: ignore[no-untyped-def]
    assert [(frame, quoted) for frame, quoted, _ in frames(extract, DATELINE + text, "count")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The former treasurer was convicted of embezzling 4.8 million rand from the union.",
        "Auditors say managers siphoned about €2 million out of the hospital trust.",
    ],
)
def test_money_taken_by_fraud_is_the_sum_embezzled(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.about["what"] for c in extract(DATELINE + text) if c.slot == "money"] == ["embezzled"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator raised diesel to 188 rupees a litre (about $2.10) on Monday.",
            [("188 rupees", "per litre"), ("about $2.10", "per litre")],
        ),
        ("Bread now sells at KSh 65 per loaf.", [("KSh 65", "per loaf")]),
        ("Hotel rooms in the old town cost €140 a night during the festival.", [("€140", "per night")]),
    ],
)
def test_a_price_per_unit_is_a_price_whatever_verb_moved_it(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.text, c.about.get("scope")) for c in extract(DATELINE + text) if c.slot == "money"]
    assert found == expected
    assert {c.about["what"] for c in extract(DATELINE + text) if c.slot == "money"} == {"price"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the looting, the governor imposed a curfew from 9pm to 5am in the port district.",
            [({"of": "curfew start"}, "9pm", 21 * 60), ({"of": "curfew end"}, "5am", 5 * 60)],
        ),
        (
            "The curfew declared after the disputed count applies between 22:00 and 06:00.",
            [({"of": "curfew start"}, "22:00", 22 * 60), ({"of": "curfew end"}, "06:00", 6 * 60)],
        ),
    ],
)
def test_the_hours_a_curfew_runs(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, DATELINE + text, "time") == expected


def test_a_deadline_in_working_days(extract) -> None:  # type: ignore[no-untyped-def]
    text = DATELINE + "The panel must submit its report within seven working days."
    assert frames(extract, text, "duration") == [({"of": "deadline"}, "seven working days", 168)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands joined a four-hour march on the ministry.", ({"of": "protest"}, "four-hour", 4)),
        ("The vigil, which lasted almost six hours, ended at dawn.", ({"of": "protest"}, "almost six hours", 5.4)),
        ("A 48-hour curfew was imposed on the flooded district.", ({"of": "curfew"}, "48-hour", 48)),
    ],
)
def test_how_long_a_march_or_a_curfew_lasted(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, DATELINE + text, "duration") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pyramid scheme left 2,316 victims across the country.", {"thing": "victim"}),
        ("Outside court, dozens of victims of the lender waited.", {"thing": "victim"}),
        ("The bodies of the 34 victims were returned to their families.", {"thing": "people", "action": "deaths"}),
        ("All 12 victims of the crash died at the scene.", {"thing": "people", "action": "deaths"}),
    ],
)
def test_victims_are_the_dead_only_where_the_sentence_tells_of_death(extract, text: str, expected: dict) -> None:  # type: ignore[no-untyped-def]
    assert [about for about, _, _ in frames(extract, DATELINE + text, "count")] == [expected]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The court ordered the bank to pay €38.2m in compensation to the savers.", "aid"),
        ("The airline must pay $4 million in compensation to the passengers.", "aid"),
    ],
)
def test_what_money_is_written_right_after_it_says_what_it_is(extract, text: str, what: str) -> None:  # type: ignore[no-untyped-def]
    assert [about["what"] for about, _, _ in frames(extract, DATELINE + text, "money")] == [what]


def test_officers_hurt_beside_protesters_hurt_are_a_group_not_the_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = DATELINE + "Twenty-two police were injured; the health service reported 45 injured protesters."
    assert frames(extract, text, "count") == [
        ({"thing": "officer", "action": "injured"}, "Twenty-two", 22),
        ({"thing": "protester", "action": "injured"}, "45", 45),
    ]


def test_where_a_crowd_gathered_is_where_the_protest_was(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "Thousands of teachers gathered in Liberty Square on Friday to demand higher pay.",
        "b.txt": DATELINE + "Teachers rallied at Harbour Square on Friday, where police later dispersed the crowd.",
    }
    discrepancies = compare(texts)
    found = [(d.subject, sorted(s.value for s in d.sides)) for d in discrepancies if d.slot == "place"]
    assert found == [("protest", ["Harbour Square", "Liberty Square"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schools in the three flooded districts were ordered closed from Monday.", [("open", "school", "not open")]),
        ("The clinics remain opened, the authorities have decided.", [("open", "clinic", "open")]),
        (
            "The ferry operator kept the terminal open overnight.",
            [("kept", "terminal", "kept"), ("open", "terminal", "open")],
        ),
    ],
)
def test_a_state_ordered_or_kept_is_said_of_what_was_ordered_or_kept(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert statuses(extract, text) == expected


def test_ages_that_differ_at_all_contradict(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "The first patient, a 36-year-old miner, died on Friday.",
        "b.txt": DATELINE + "The first patient, a 63-year-old miner, died on Friday.",
    }
    discrepancies = compare(texts)
    assert [(d.slot, d.severity) for d in discrepancies] == [("age", "contradiction")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An aircraft that "came down" or "went down" crashed then; a scheduled flight is no scheduled time.
        ("The airliner, a scheduled service from the capital, came down at 16:05 on Sunday.", ("16:05", "Sunday")),
        ("The helicopter went down at 09:50 on Saturday in thick fog.", ("09:50", "Saturday")),
    ],
)
def test_the_time_and_day_an_aircraft_came_down(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    claims = extract(DATELINE + text)
    times = [c.text for c in claims if c.slot == "time" and c.about["of"] == "onset"]
    dates = [c.text for c in claims if c.slot == "date" and c.about["of"] == "onset"]
    assert (times, dates) == ([expected[0]], [expected[1]])


@pytest.mark.parametrize(
    "text",
    [
        "What happened on Sunday?",  # an explainer's heading
        "The March 3 deadline passed without a deal.",  # the month "March" is no march
        "Two crew members were among 40 people on board.",  # crew members are no lawmakers
        "The ferry sank on Thursday (13.11) in the afternoon.",  # a day and a month, not a number
    ],
)
def test_headings_month_names_and_day_month_pairs_are_not_read_as_events_or_figures(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(DATELINE + text)
    assert not any(c.about.get("of") == "protest" for c in claims)
    assert not any(c.slot == "age" or c.about.get("thing") == "lawmaker" for c in claims)
    assert not any(c.slot == "date" and c.text == "Sunday" for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Divers recovered the ship's bell on Sunday.", [("found", "bell", "found")]),
        ("The second black box has still not been found.", [("found", "box", "not found")]),
        ("The jury found him guilty.", []),  # a finding, not a thing found
        ("Police found that the gate had been forced.", []),
        (  # the article tells two recorders apart, so each keeps its kind
            "Investigators recovered the data recorder, but the voice recorder has not been located.",
            [("found", "data recorder", "found"), ("found", "voice recorder", "not found")],
        ),
    ],
)
def test_a_thing_found_or_not_yet_found(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert statuses(extract, text) == expected


def test_an_articles_date_comes_from_its_byline_when_it_has_no_dateline() -> None:
    import datetime as dt

    from factcheck.extract import find_reference_date

    text = "Sports Review\n\nBy A. Writer · Monday 2 February 2026, 09:00\n\nThe 2017 final went on longer."
    assert find_reference_date(text) == dt.date(2026, 2, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The final lasted 3 hours 41 minutes, not counting a rain stoppage.", ({"of": "match"}, 3.683)),
        (
            "The Court of Appeal cut the sentence of former minister Ilie Dobran to six years.",
            ({"of": "sentence"}, 52596.0),
        ),
    ],
)
def test_what_lasted_is_the_subject_of_lasting_and_a_court_is_nobodys_sentence(
    extract, text: str, expected: tuple
) -> None:  # type: ignore[no-untyped-def]
    [(frame, _, value)] = frames(extract, DATELINE + text, "duration")
    assert frame == expected[0]
    assert value == pytest.approx(expected[1], rel=0.001)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate is not the event's count
        ("Some 1,300 people die each year on the province's roads.", [("count", "yearly")]),
        # the islands of an archipelago did not die
        ("Storms kill people every season in the archipelago of 7,000 islands.", [("count", "main")]),
        # bodies pulled from a river are bodies recovered, not the toll
        ("Divers pulled 11 bodies from the river on Monday.", [("count", "main")]),
        # what a boat may carry is its capacity
        ("The launch was licensed to carry 60 people.", [("count", "main")]),
    ],
)
def test_rates_descriptions_recoveries_and_capacities_are_not_the_events_counts(
    extract, text: str, expected: list
) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(DATELINE + text) if c.slot == "count"]
    assert [(c.slot, c.event.occasion) for c in claims] == expected
    assert not any(c.about.get("action") == "deaths" and c.event.occasion == "main" for c in claims)
    assert not any(c.about.get("action") == "on board" for c in claims)


def test_one_persons_missing_relatives_are_a_part_of_the_missing(extract) -> None:  # type: ignore[no-untyped-def]
    [claim] = [
        c
        for c in extract(DATELINE + "Sara Lind, 44, was searching for her three missing relatives.")
        if c.slot == "count"
    ]
    assert claim.about["action"] == "missing" and claim.about.get("part") == "a larger count"


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Town are the side that last lifted the Shield, in 1994.",
        "Harlow Town are champions for the first time since 1994.",
    ],
)
def test_a_last_win_however_the_year_hangs(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about["of"], c.text) for c in extract(DATELINE + text) if c.slot == "date"]
    assert found == [("last won", "1994")]


def test_a_trophy_lifted_is_no_ban_lifted(extract) -> None:  # type: ignore[no-untyped-def]
    assert statuses(extract, "The captain lifted the trophy to roars from the stands.") == []
    assert statuses(extract, "The council lifted the ban on Monday.") == [("declared", "ban", "not declared")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leak was discovered in February last year, the regulator said.",
            [("discovery", "February last year", "2025-02")],
        ),
        ("Work on the tunnel began in early March 2019.", [("launch", "early March 2019", "2019-03")]),
        ("The outbreak was declared in April.", [("announcement", "April", "2026-04")]),
        ("The smelter was shut in December.", [("closure", "December", "2025-12")]),  # after May: last year's
    ],
)
def test_months_without_a_day(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [
        (c.about["of"], c.text, f"{c.value.year}-{c.value.month:02d}")  # type: ignore[union-attr]
        for c in extract(DATELINE + text)
        if c.slot == "date" and c.value.day is None  # type: ignore[union-attr]
    ]
    assert found[:1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry did not sit on Monday.",
        "The union has not ruled out another stoppage in June if talks fail.",
    ],
)
def test_a_day_in_a_negated_or_conditional_clause_dates_nothing(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in extract(DATELINE + text) if c.slot == "date"] == []


def test_wire_copy_gives_universal_time_in_four_digits_and_it_is_no_count(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(DATELINE + "The dam burst at about 23:10 local time (2010 GMT) on Sunday.")
    times = [(c.text, c.value.utc) for c in claims if c.slot == "time"]  # type: ignore[union-attr]
    assert times == [("about 23:10 local time", False), ("2010 GMT", True)]
    assert not [c for c in claims if c.slot == "count"]


def test_a_full_date_of_an_earlier_year_sets_its_sentence_apart_but_not_itself(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(DATELINE + "He was convicted by a lower court on March 3, 2019, and fined €12,000.")
    assert [(c.slot, c.event.occasion) for c in claims if c.slot in ("money", "date")] == [
        ("date", "main"),  # the date itself is a value sources can differ on
        ("money", "2019"),  # the 2019 fine is not this story's fine
    ]


def test_a_verb_before_a_post_is_no_part_of_it(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(DATELINE + "The Supreme Court has convicted former minister Goran Petek of fraud.")
    assert [(c.text, c.value.text) for c in claims if c.slot == "role"] == [("former minister", "former minister")]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Greens took the last seat by 140 votes.",
            ({"thing": "vote", "action": "margin", "holder": "greens"}, "140"),
        ),
        ("The bill passed by a margin of nine votes.", ({"thing": "vote", "action": "margin"}, "nine")),
        ("The visitors won by 12 points.", ({"thing": "point", "action": "margin"}, "12")),
    ],
)
def test_what_a_contest_was_won_by_is_its_margin(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert [(frame, quoted) for frame, quoted, _ in frames(extract, DATELINE + text, "count")] == [expected]


def test_an_older_figure_after_a_comparison_keeps_its_year_and_the_new_one_is_the_storys(extract) -> None:  # type: ignore[no-untyped-def]
    text = DATELINE + "Turnout was 71.2%, up from 66.0% at the previous vote in 2021."
    assert [(c.text, c.event.occasion) for c in extract(text) if c.slot == "percent"] == [
        ("71.2%", "main"),
        ("66.0%", "2021"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ice storm cut power to about 80,000 homes.",
        "About 80,000 households are without electricity.",
        "More than 80,000 customers lost power overnight.",
    ],
)
def test_homes_without_power_however_written(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [frame["action"] for frame, _, _ in frames(extract, DATELINE + text, "count")] == ["without power"]


def test_rain_is_the_figure_beside_the_word_rain_and_a_surge_is_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text = DATELINE + "The cyclone pushed a surge of 2.5 metres ashore and dumped 180 mm (7 inches) of rain in a day."
    assert [(frame, quoted) for frame, quoted, _ in frames(extract, text, "distance")] == [
        ({"what": "surge"}, "2.5 metres"),
        ({"what": "rainfall"}, "180 mm"),
    ]


def test_small_lengths_read_in_millimetres_and_metres() -> None:
    from factcheck.models import QuantityValue
    from factcheck.quantities import describe

    assert describe(QuantityValue(low=0.000246, high=0.000246, unit="km")) == "246 mm"
    assert describe(QuantityValue(low=0.0035, high=0.0035, unit="km")) == "3.5 m"
    assert describe(QuantityValue(low=12.0, high=12.0, unit="km")) == "12 km"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank on Thursday (30.04) in the afternoon.", "2026-04-30"),
        ("The court ruled on 14.03.2026 that the strike was legal.", "2026-03-14"),
        ("The ferry sank on Saturday (5.12) at dusk.", "2025-12-05"),  # a day past, in the year before
    ],
)
def test_days_written_as_numbers_day_first(extract, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    [claim] = [c for c in extract(DATELINE + text) if c.slot == "date"]
    assert f"{claim.value.year}-{claim.value.month:02d}-{claim.value.day:02d}" == expected  # type: ignore[union-attr]


def test_a_part_keeps_its_place_so_parts_of_one_place_meet(extract) -> None:  # type: ignore[no-untyped-def]
    text = DATELINE + "The floods killed 52 people in the province, 21 of them in Oruvo district."
    later = DATELINE + "At least 25 of the dead were in Oruvo district alone."
    scopes = [c.about.get("scope") for c in extract(text) + extract(later) if c.about.get("part")]
    assert scopes == ["in oruvo", "in oruvo"]


@pytest.mark.parametrize(
    "text",
    [
        "The operator will pay an advance of 20,000 rand to each family that lost a relative.",
        "It promised an advance of 20,000 rand (about $1,100) to each bereaved family.",
    ],
)
def test_an_advance_to_each_family_is_aid_per_family(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    found = {(c.about["what"], c.about.get("scope")) for c in extract(DATELINE + text) if c.slot == "money"}
    assert found == {("aid", "per family")}


def test_what_a_player_earns_is_their_prize_and_never_the_purse(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        DATELINE + "Carla Mendes earns $3.1 million from a total purse of $60 million. The carmaker earned $4 billion."
    )
    found = [(c.about["what"], c.about.get("scope"), c.text) for c in extract(text) if c.slot == "money"]
    assert found == [
        ("prize", "to mendes", "$3.1 million"),
        ("prize", None, "$60 million"),
        ("revenue", None, "$4 billion"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a player the article says won is the winner another outlet names as "the champion"
            "Ana Ruiz beat Mei Lin 6-4 6-3 in the final. Ruiz collects $3 million for the title, Lin $1.5 million.",
            [("to winner", "$3 million"), ("to runner-up", "$1.5 million")],
        ),
        (
            "The champion receives $1.8 million, the runner-up $900,000.",
            [("to winner", "$1.8 million"), ("to runner-up", "$900,000")],
        ),
        (
            "Rovers beat City 2-1 in the final. The federation pays the cup winners €1.5 million.",
            [("to winner", "€1.5 million")],
        ),
        ("Lin, the beaten finalist, earns $1.5 million.", [("to runner-up", "$1.5 million")]),
        ("Ruiz lifts the trophy and a winner's cheque for $2 million.", [("to winner", "$2 million")]),
        ("The win is worth €1.2 million to the club.", [("to winner", "€1.2 million")]),
        (  # a novel prize, not a sport
            "The judges named the debut novel the winner on Tuesday. The winner receives £50,000.",
            [("to winner", "£50,000")],
        ),
    ],
)
def test_a_prize_says_whether_it_is_the_winners_or_the_runner_ups(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about.get("scope"), c.text) for c in extract(DATELINE + text) if c.slot == "money"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said the government would give Tk 40,000 (about $330) to the family of each victim.",
            [("aid", "per family", "Tk 40,000"), ("aid", "per family", "about $330")],
        ),
        (
            "The district administration announced Tk 15,000 for each bereaved family.",
            [("aid", "per family", "Tk 15,000")],
        ),
        (
            "The council will pay 5,000 rupees to every household in the flooded villages.",
            [("aid", "per household", "5,000 rupees")],
        ),
        ("Tickets for the final cost $40 per person.", [("price", "per person", "$40")]),
    ],
)
def test_money_for_each_family_is_a_payout_per_family(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about["what"], c.about.get("scope"), c.text) for c in extract(DATELINE + text) if c.slot == "money"]
    assert found == expected


def test_a_currency_code_before_an_amount_is_its_currency(extract) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about["what"], c.value.unit) for c in extract(DATELINE + "The firm was fined SEK 40 million.")]  # type: ignore[union-attr]
    assert found == [("fine", "SEK")]


def test_a_project_is_a_piece_of_work_not_a_projection(extract) -> None:  # type: ignore[no-untyped-def]
    built = extract(DATELINE + "The $80 million (about €74 million) project took six years to finish.")
    forecast = extract(DATELINE + "The toll is projected to rise to 300.")
    assert [(c.about["what"], c.text) for c in built if c.slot == "money"] == [
        ("cost", "$80 million"),
        ("cost", "about €74 million"),
    ]
    assert [c for c in forecast if c.slot == "count"] == []


def test_a_live_pages_key_points_are_statements_and_its_menu_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "# LIVE: Ferry disaster\n\n- Home\n- World news\n\n**Key points**\n\n"
        "- Coastguard now says 31 people have died, among them six children\n"
        "- The captain has been detained\n\n"
        "### 18:40 — Toll rises\n\nThe coastguard said the toll had risen to 31 on Tuesday evening.\n"
    )
    counts = [(c.text, c.value.low) for c in extract(text) if c.slot == "count"]  # type: ignore[union-attr]
    assert counts == [("31", 31), ("six", 6), ("31", 31)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coach plunged into a 300-metre ravine.", [({"what": "depth"}, "300-metre", 0.3)]),
        ("The car fell 40 metres into the gorge.", [({"what": "depth"}, "40 metres", 0.04)]),
        ("The autocar fell to a ravine of some 300 meters of depth.", [({"what": "depth"}, "some 300 meters", 0.27)]),
        ("Police cleared homes within 20 km of the plant.", [({"what": "radius"}, "20 km", 20)]),
        ("River levels fell 2 metres overnight.", []),
    ],
)
def test_how_far_something_fell_is_a_depth(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "distance") == expected


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Doctors recommend keeping such dishes at less than 4 degrees.", "temperature"),
        ("Police urged drivers to slow to 30 km/h on the bridge.", "speed"),
    ],
)
def test_advice_and_limits_are_no_measures_of_the_story(extract, text: str, slot: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, slot) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our reporter spoke to Rosa Vela, 51, who drove four hours from the capital after hearing the news.",
        "She walked for two days to reach the camp.",
    ],
)
def test_a_persons_own_journey_is_not_the_storys(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "duration") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The health ministry has confirmed that a third person has died.",
            ({"thing": "people", "action": "deaths"}, 3),
        ),
        ("A fourth miner was killed on Tuesday.", ({"thing": "people", "action": "deaths"}, 4)),
        ("A second suspect was arrested overnight.", ({"thing": "people", "action": "arrested"}, 2)),
    ],
)
def test_the_nth_casualty_says_there_are_at_least_n(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert [(about, value) for about, _, value in frames(extract, text, "count")] == [expected]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Provincial governor Hana Lahl has ordered an inquiry into the outbreak.", "Hana Lahl"),
        ("The health director, Dr Karim Sefi, ordered the opening of an investigation.", "Dr Karim Sefi"),
        ("An inquiry into the derailment was ordered by Transport Minister Ana Vidal.", "Ana Vidal"),
    ],
)
def test_who_ordered_the_inquiry(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about, c.text) for c in extract(text) if c.slot == "actor"]
    assert found == [({"act": "ordered the inquiry"}, name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The trial was presided over by Judge Marta Sousa Leal.", "Marta Sousa Leal"),
        ("The inquest was chaired by Judge Anouk Vermeer-Blom.", "Anouk Vermeer-Blom"),
    ],
)
def test_a_judge_named_after_the_title_presided_whatever_the_model_labelled_the_name(
    extract, text: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    assert [(c.about, c.text) for c in extract(text) if c.slot == "actor"] == [({"act": "presided"}, name)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haack, 61, was convicted of aggravated fraud.", ({"person": "haack"}, "61", 61)),
        ("Varga, 44, was named man of the match.", ({"person": "varga"}, "44", 44)),
    ],
)
def test_a_surname_opening_the_sentence_owns_the_age_beside_it(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, DATELINE + text, "age") == [expected]


def test_a_month_of_a_year_as_translated(extract) -> None:  # type: ignore[no-untyped-def]
    found = days(extract, DATELINE + "The lender suspended all payments in May of 2021.")
    assert [(text, reading) for _, text, reading in found] == [("May of 2021", "2021-5-None wNone")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interior Minister Dana Orlov ordered the curfew after nightfall.",
            ({"act": "ordered the curfew"}, "Dana Orlov"),
        ),
        ("The curfew was imposed by Defence Minister Ilan Voss.", ({"act": "ordered the curfew"}, "Ilan Voss")),
        (
            "Governor Leon Marr ordered the evacuation of three villages on Sunday.",
            ({"act": "ordered the evacuation"}, "Leon Marr"),
        ),
        ("Judge Ines Kall imposed a fine of 5,000 euros.", None),  # a penalty, not a measure one orders
    ],
)
def test_who_ordered_a_curfew_or_an_evacuation(extract, text: str, expected: tuple | None) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about, c.text) for c in extract(text) if c.slot == "actor"]
    assert found == ([expected] if expected else [])


def test_an_order_of_anything_else_names_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    assert [
        c for c in extract("Transport Minister Jon Aske ordered all buses off the road.") if c.slot == "actor"
    ] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cyclist was taken to Ospedale San Vitale in Varenna.", ("Ospedale San Vitale", "")),
        ("The miner was flown to the San Matteo Polyclinic.", ("San Matteo Polyclinic", "")),
        (
            "The student died at the Hospital Provincial de Tarma at about 9 p.m.",
            ("Hospital Provincial de Tarma", "died"),
        ),
        (
            "The boy was taken to the Clínica San Blas with burns and died there.",
            ("Clínica San Blas", "died"),
        ),
    ],
)
def test_a_hospital_named_in_its_own_language_is_that_building(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    found = [(c.text, c.about.get("action", ""), c.value.level) for c in extract(text) if c.slot == "site"]  # type: ignore[union-attr]
    assert found == [(*expected, "venue")]


def test_a_hospital_named_before_its_noun_is_that_building(extract) -> None:  # type: ignore[no-untyped-def]
    found = [
        (c.text, c.value.level)
        for c in extract("The driver is under guard at San Vitale hospital.")
        if c.slot == "site"
    ]  # type: ignore[union-attr]
    assert found == [("San Vitale hospital", "venue")]


def test_inmates_escaped_on_a_day_date_the_incident(extract) -> None:  # type: ignore[no-untyped-def]
    text = "SANTIAGO, Nov 3 (Wire) - Fourteen inmates escaped from a prison in the south early on Sunday."
    assert [(c.about["of"], c.text) for c in extract(text) if c.slot == "date"] == [("onset", "Sunday")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The seven-member board voted 5-2 to raise the rate.", [("vote split", "5-2")]),
        ("The court split 6-3, with three justices dissenting.", [("vote split", "6-3")]),
        ("City beat United 3-1, with two late goals.", [("final score", "3-1")]),
        ("Vela won 6-7 (5-7), 7-6 (7-3), 4-6, 6-3, 7-5.", [("final score", "6-7, 7-6, 4-6, 6-3, 7-5")]),
    ],
)
def test_scores_and_vote_splits(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about["what"], c.value.text) for c in extract(text) if c.slot == "score"]  # type: ignore[union-attr]
    assert found == expected


def test_a_pages_time_stamp_and_cookie_banner_are_not_the_story(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "We use cookies to improve your experience. By clicking Accept all you agree to our use of cookies.\n\n"
        "Council raises parking fees\n\nPublished 12 June 2025, 14:48 · Updated 12 June 2025, 17:05\n\n"
        "The city council announced at 2.30pm on Thursday that parking fees would rise by a fifth from July.\n"
    )
    assert [c.text for c in extract(text) if c.slot == "time"] == ["2.30pm"]


def test_an_age_after_the_name_a_post_is_given_is_that_persons(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The chauffeur, Julio Vargas Pinto, of 43 years, survived with fractures."
    assert [(c.about["person"], c.value.low) for c in extract(text) if c.slot == "age"] == [("pinto", 43)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Only 58 per cent of children in the district received the second dose of measles vaccine.",
        "Just 41% of adults in the province have been vaccinated against cholera.",
    ],
)
def test_the_share_of_people_vaccinated_is_the_coverage(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [about["of"] for about, _, _ in frames(extract, text, "percent")] == ["coverage"]


@pytest.mark.parametrize(
    "text",
    [
        "The judges found that the former mayor, of 67 years, received from the builder 385 thousand euros.",
        "The official, who received €200,000 from the contractor, resigned.",
    ],
)
def test_money_a_person_received_is_a_payment_to_a_person(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [about["what"] for about, _, _ in frames(extract, text, "money")] == ["payment to a person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 2,000-row sample of the haul was posted on a crime forum.", ("data", "published")),
        ("There is no evidence that any of the stolen data has been published online.", ("data", "not published")),
        ("A batch of the leaked emails was published on Friday.", ("email", "published")),
    ],
)
def test_a_part_of_a_thing_published_is_the_thing_published(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about["of"], c.value.text) for c in extract(text) if c.slot == "status"]  # type: ignore[union-attr]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Production from Aldmoor will be moved to its larger site in Kessendorf.", "Aldmoor"),
        ("The carmaker will transfer assembly from Genk to its plant in Zwickau.", "Genk"),
    ],
)
def test_the_town_work_is_moved_from_is_the_plant_that_closes(extract, text: str, town: str) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about, c.text) for c in extract(text) if c.slot == "site"]
    assert found == [({"site": "plant", "action": "closed"}, town)]


def test_work_someone_wants_moved_closes_nothing(extract) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in extract("Unions want production moved from Lyon to Turin.") if c.slot == "site"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With 96 of 312 polling stations counted, Lacz leads with 51.8% to Korda's 48.2%.", []),
        ("With 100% of precincts reporting, Smith won 52.3% of the vote.", ["52.3%"]),
    ],
)
def test_a_partial_count_gives_no_result(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [quoted for _, quoted, _ in frames(extract, text, "percent")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police moved in shortly after 4 p.m., firing tear gas.",
        "Riot police charged the crowd at the square at about 3:30 p.m.",
    ],
)
def test_when_police_moved_in(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [about["of"] for about, _, _ in frames(extract, text, "time")] == ["police moved in"]


def test_a_time_beside_no_event_of_the_story_is_no_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Turnout at 17:00 was 38.4%, compared with 41.9% at the same time in the first round."
    assert frames(extract, text, "time") == []


def test_a_place_of_another_years_event_is_that_years(extract) -> None:  # type: ignore[no-untyped-def]
    text = DATELINE + "The closest parallel is the 2003 fire at The Station nightclub in Rhode Island, where 100 died."
    assert [(c.text, c.event.occasion) for c in extract(text) if c.slot == "place"] == [("Station", "2003")]


def test_a_cruising_height_is_an_altitude_and_the_drop_a_fall(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The jet was cruising at 37,000 feet when it suddenly plunged about 1,900 feet."
    assert [about["what"] for about, _, _ in frames(extract, text, "distance")] == ["altitude", "depth"]


def test_a_plane_ran_into_turbulence_at_a_time_and_dropped_no_state(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The jet ran into the turbulence at about 6:50 a.m. and dropped nearly 2,000 feet."
    assert [about["of"] for about, _, _ in frames(extract, text, "time")] == ["onset"]
    assert [c for c in extract(text) if c.slot == "status"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 650 people were inside the club, which was licensed for 300.", [("attended", 585), ("capacity", 300)]),
        ("The hall had a licensed capacity of 300.", [("capacity", 300)]),
        ("The stadium had a capacity of 250 persons.", [("capacity", 250)]),
    ],
)
def test_how_many_were_inside_and_how_many_the_place_holds(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(about["action"], value) for about, _, value in frames(extract, text, "count")]
    assert found == expected
    assert all(about["thing"] == "people" for about, _, _ in frames(extract, text, "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The premier declared three days of provincial mourning.", {"of": "mourning", "kind": "provincial"}),
        ("The president announced three days of national mourning.", {"of": "mourning", "kind": "national"}),
        ("The province has declared three days of mourning.", {"of": "mourning"}),
    ],
)
def test_days_of_mourning_are_a_length_of_whoever_declared_them(extract, text: str, expected: dict) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, text, "duration") == [(expected, "three days", 72)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She received 119,062 votes, a margin of 2,076 over her rival.", ("2,076", 2076)),
        ("The margin is about 2,700 votes out of more than 235,000 cast.", ("about 2,700", 2430)),
        ("The incumbent won by 212 votes.", ("212", 212)),
    ],
)
def test_a_margin_of_victory_is_a_count_of_votes(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    margins = [
        (quoted, value) for about, quoted, value in frames(extract, text, "count") if about.get("action") == "margin"
    ]
    assert margins == [expected]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Donors are paying $3 million for the vaccination campaign.", "fund"),
        ("The agencies are paying for it: about $1.08 million.", "fund"),
        ("The club paid $40 million for the striker.", "price"),
        ("The company paid $2 billion for its rival.", "price"),
    ],
)
def test_money_paid_for_work_is_a_fund_and_for_a_thing_a_price(extract, text: str, what: str) -> None:  # type: ignore[no-untyped-def]
    assert [about["what"] for about, _, _ in frames(extract, text, "money")] == [what]


def test_patients_without_what_befell_them_are_no_count(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The bacterium was found in stool samples from 11 patients. Six patients are in intensive care."
    assert [(about.get("action"), value) for about, _, value in frames(extract, text, "count")] == [
        ("in intensive care", 6)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WARSAW, 22 April 2024 - In the run-off, turnout was 49.12%, below the 53.64% who voted in the first round.",
            [(49.12, "main"), (53.64, "first round")],
        ),
        (
            "LIMA, 8 June 2026 - She won the second round with 50.3%, after trailing with 31.2% in the first round.",
            [(50.3, "main"), (31.2, "first round")],
        ),
        ("LIMA, 8 June 2026 - He won the first round with 31.2% and faces a run-off.", [(31.2, "main")]),
    ],
)
def test_a_run_offs_first_round_is_another_occasion(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.value.low, c.event.occasion) for c in extract(text) if c.slot == "percent"]  # type: ignore[union-attr]
    assert found == expected


def test_each_candidates_share_of_the_vote_is_theirs(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Vela took 50.57% of the vote in Sunday's second round against 49.43% for Tomas Ruiz."
    found = [(about["of"], about.get("holder"), value) for about, _, value in frames(extract, text, "percent")]
    assert found == [("vote", "vela", 50.57), ("vote", "ruiz", 49.43)]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("A 23-year-old woman died at Royal Victoria Hospital, health authorities said.", "died"),
        ("The injured were taken to Royal Victoria Hospital.", ""),
    ],
)
def test_the_hospital_one_died_at_is_not_where_the_injured_went(extract, text: str, action: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.about.get("action", "") for c in extract(text) if c.slot == "site"] == [action]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ilse Marten won the women's race in 2:23:17 on Sunday.", [("marten", "2:23:17", "2:23:17")]),
        ("Marten won in 2h23'17\", new record of the course.", [("marten", "2h23'17\"", "2:23:17")]),
        (  # "his" is the runner the sentence before names
            "Aksel Brevik broke the record. His 2:06:41 was 77 seconds quicker than the old mark.",
            [("brevik", "2:06:41", "2:06:41")],
        ),
        ("The cyclist Joris Van Aken finished the stage in 4:12:09.", [("aken", "4:12:09", "4:12:09")]),
        ("The leaders passed halfway in 1:03:10, on course for 2:05:50.", []),  # splits and projections
        ("The race starts at 8:30 and the cut-off is 6:00:00.", []),  # nobody ran these
    ],
)
def test_race_times_belong_to_who_ran_them(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about["person"], c.text, c.value.text) for c in extract(DATELINE + text) if c.slot == "race_time"]  # type: ignore[union-attr]
    assert found == expected


def test_a_second_apart_is_a_contradiction_in_a_race_time(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "Aksel Brevik won the city marathon in 2:06:41.",
        "b.txt": DATELINE + "Aksel Brevik crossed the line in 2:06:14 to win the city marathon.",
    }
    found = [(d.slot, d.severity, sorted(s.value for s in d.sides)) for d in compare(texts) if d.slot == "race_time"]
    assert found == [("race_time", "contradiction", ["2:06:14", "2:06:41"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlow equalised in the 58th minute through winger Tom Baines.",
            [({"what": "goal", "person": "baines"}, "in the 58th minute", 58)],
        ),
        (
            "Castor's Ivo Vass was sent off for a second yellow card in the 81st minute.",
            [({"what": "sending-off", "person": "vass"}, "in the 81st minute", 81)],
        ),
        (  # as a translation writes a goal and its minute
            "At the 58 minutes Iker Salvat made the 1-1 with a shot.",
            [({"what": "goal", "person": "salvat"}, "At the 58 minutes", 58)],
        ),
    ],
)
def test_minutes_of_goals_and_sendings_off(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, DATELINE + text, "minute") == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Veteran captain Tiago Pardo, 35, struck the decisive penalty.", "Tiago Pardo"),
        ("Tiago Pardo's winning penalty was struck low and hard.", "Tiago Pardo"),
        ("Captain Tom Baines stepped up and calmly scored the decisive kick.", "Tom Baines"),
        ("Forward Tom Baines headed the winner in the 89th minute.", "Tom Baines"),
    ],
)
def test_who_scored_the_winner(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about, c.text) for c in extract(DATELINE + text) if c.slot == "actor"]
    assert found == [({"act": "scored the winner"}, name)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Harlow beat Castor on penalties to claim their first Harlow Cup since 1998.", 1998),
        ("It is the club's first league title since 1986.", 1986),
        ("Their first win since 2019 came in March.", None),  # any win, not the last title
    ],
)
def test_a_first_title_since_a_year_dates_the_last_one(extract, text: str, year: int | None) -> None:  # type: ignore[no-untyped-def]
    found = [c.value.year for c in extract(DATELINE + text) if c.about.get("of") == "last won"]  # type: ignore[union-attr]
    assert found == ([year] if year else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The heat was brutal at the 5.45pm kick-off, chosen for television.", [({"of": "kick-off"}, "5.45pm", 1065)]),
        ("Crowds gathered for the 11am ceremony at the port.", [({"of": "signed"}, "11am", 660)]),
        ("Only three women started with personal bests under 2:25.", []),  # a time run, not a time of day
    ],
)
def test_a_time_written_before_its_event_is_that_events(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, DATELINE + text, "time") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The MRC took 36.8% of the vote, against 29.4% for the PDR and 12.7% for the FS.",
            [("vote", "mrc"), ("vote", "pdr"), ("vote", "fs")],
        ),
        ("In votes, the PDR obtained 36,8% against 29,4% of the CU.", [("vote", "pdr"), ("vote", "cu")]),
    ],
)
def test_each_share_of_the_vote_is_its_partys(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(about["of"], about.get("holder")) for about, _, _ in frames(extract, DATELINE + text, "percent")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "occasions"),
    [
        ("Turnout was 61.4%, up from 57.9% in 2023.", ["main", "2023"]),
        ("Vaccination coverage reached 81%, up from 64% in 2022.", ["main", "2022"]),
    ],
)
def test_the_figure_a_rise_started_from_belongs_to_its_year(extract, text: str, occasions: list) -> None:  # type: ignore[no-untyped-def]
    found = [c.event.occasion for c in extract(DATELINE + text) if c.slot in ("percent", "money")]
    assert found == occasions


def test_hospitals_in_a_list_are_no_one_hospital_and_where_one_died_is_its_own_site(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE
        + "The injured were taken to three hospitals: 40 to Lorvik General Hospital and 12 to Saint Anne Hospital.",
        "b.txt": DATELINE + "The injured were taken by ambulance to Lorvik General Hospital.",
        "c.txt": DATELINE + "A woman died at Saint Anne Hospital on Sunday morning.",
    }
    assert [d for d in compare(texts) if d.slot == "site"] == []


def test_a_crosshead_in_capitals_is_no_sentence_of_the_story(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        DATELINE + "The mayor spoke at noon.\n\nTWO DAYS OF MOURNING\n\nThe province declared three days of mourning."
    )
    assert [c.text for c in extract(text) if c.slot == "duration"] == ["three days"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The epicentre was located 52 kilometres to the east of Tarvik, the institute said.",
            [("distance", {"what": "distance", "from": "tarvik"})],
        ),
        (
            "The flight recorder was located in the wreckage on Tuesday.",
            [("status", {"state": "found", "of": "recorder"})],
        ),
        ("The epicentre was located in Varna province.", []),  # where it is, not that it was found
    ],
)
def test_located_as_situated_or_as_found(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(c.slot, c.about) for c in extract(DATELINE + text) if c.slot in ("distance", "status")]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "If half the homes are rebuilt, the bill runs well above 100 million soles.",
        "The payout will top $40 million if every claim is upheld.",
    ],
)
def test_a_figure_in_the_main_clause_of_a_condition_is_no_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in extract(DATELINE + text) if c.slot == "money"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cabinet declared a 60-day state of emergency in 14 districts.", ({"of": "emergency"}, "60-day", 1440)),
        (
            "The executive declared the state of emergency for 60 calendar days in 14 districts.",
            ({"of": "emergency"}, "60 calendar days", 1440),
        ),
    ],
)
def test_how_long_a_state_of_emergency_lasts(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, DATELINE + text, "duration") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This one killed 37 people, nine of them children.",
            [
                ({"thing": "people", "action": "deaths"}, "37", 37),
                ({"thing": "child", "action": "deaths", "within": "a larger count"}, "nine", 9),
            ],
        ),
        (
            "The fire injured 40 people, six of whom were firefighters.",
            [
                ({"thing": "people", "action": "injured"}, "40", 40),
                ({"thing": "firefighter", "action": "injured", "within": "a larger count"}, "six", 6),
            ],
        ),
    ],
)
def test_a_group_named_after_of_them_is_a_group_among_the_victims(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, DATELINE + text, "count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A telluric movement of magnitude 6,4 shook the region.", [({"what": "magnitude"}, "magnitude 6,4", 6.4)]),
        (
            "The institute has recorded 212 aftershocks. The strongest remains the magnitude 5.1 tremor.",
            [({"what": "magnitude", "of": "aftershock"}, "magnitude 5.1", 5.1)],
        ),
    ],
)
def test_magnitudes_with_a_decimal_comma_and_aftershocks_named_the_sentence_before(
    extract, text: str, expected: list
) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, DATELINE + text, "magnitude") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The carmaker notified the regulator on 2 October.",
            [({"of": "notification", "event": "regulator"}, "2 October")],
        ),
        ("The airline informed the families on Monday.", [({"of": "notification", "event": "family"}, "Monday")]),
    ],
)
def test_the_day_a_notice_went_out_and_to_whom(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert [(about, quoted) for about, quoted, _ in days(extract, DATELINE + text)] == expected


@pytest.mark.parametrize(
    "text",
    ["The company is calling back more than 300,000 vehicles worldwide.", "The brewer called back 40,000 kegs."],
)
def test_calling_back_is_a_recall(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [about.get("action") for about, _, _ in frames(extract, DATELINE + text, "count")] == ["recalled"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court found Greta Haack, mayor from 2009 to 2021, guilty of fraud.", [("haack", 2009)]),
        ("Aksel Brevik, who coached the side from 2015 until 2019, said nothing.", [("brevik", 2015)]),
        ("Prices rose from 2019 to 2021.", []),  # no one held a post
    ],
)
def test_the_year_someone_took_a_post_they_held_until_a_later_year(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [
        (c.about["person"], c.value.year)  # type: ignore[union-attr]
        for c in extract(DATELINE + text)
        if c.slot == "date" and c.about.get("of") == "in office from"
    ]
    assert found == expected


def test_a_magnitude_that_remains_possible_is_no_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = DATELINE + "Seismologists say a shock of magnitude 5 or more remains possible for weeks."
    assert frames(extract, text, "magnitude") == []


@pytest.mark.parametrize(
    "text",
    [
        "The health service said 45 protesters received treatment, nine of whom were admitted.",
        "Some 15 miners are undergoing treatment at the district hospital.",
    ],
)
def test_people_who_received_treatment_are_injured(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [about.get("action") for about, _, _ in frames(extract, DATELINE + text, "count")][:1] == ["injured"]


def test_a_curfew_starting_at_an_hour(extract) -> None:  # type: ignore[no-untyped-def]
    text = DATELINE + "The minister declared a curfew in the county, starting at 21.00 local time."
    assert frames(extract, text, "time") == [({"of": "curfew start"}, "21.00 local time", 21 * 60)]


def test_two_outlets_naming_two_owners_of_the_club_contradict(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "Police arrested the club's owner, Luc Bergeron, 46, on Saturday.",
        "b.txt": DATELINE + "Police confirm that the club's owner, Luc Dufresne, 46, was arrested.",
    }
    found = [(d.slot, d.severity, sorted(s.value for s in d.sides)) for d in compare(texts) if d.slot == "actor"]
    assert found == [("actor", "contradiction", ["Luc Bergeron", "Luc Dufresne"])]


def test_the_referee_named_the_same_way_is_no_discrepancy(compare) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "a.txt": DATELINE + "The match was handled by referee Joao Falcao, who sent off two players.",
        "b.txt": DATELINE + "The referee, João Falcão, booked nine players in all.",
    }
    assert [d for d in compare(texts) if d.slot == "actor"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Seismic Institute of Varnia (SIV) gave the magnitude as 6.6 on Tuesday.",
            [({"what": "magnitude", "by": "according to seismic institute"}, "magnitude as 6.6", 6.6)],
        ),
        (
            "The quake had a magnitude of 6.4 according to the Seismic Institute of Varnia (SIV).",
            [({"what": "magnitude", "by": "according to seismic institute"}, "magnitude of 6.4", 6.4)],
        ),
    ],
)
def test_an_agencys_magnitude_is_keyed_by_its_name_however_written(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, DATELINE + text, "magnitude") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blackout began at 6:10 a.m. across the northern grid.",
            ({"of": "onset", "event": "blackout"}, "6:10 a.m."),
        ),
        ("The landslide began at 2.40am after a week of rain.", ({"of": "onset", "event": "incident"}, "2.40am")),
        ("Power was not fully restored until 9:25 p.m., the utility said.", ({"of": "restored"}, "9:25 p.m.")),
        ("The ticketing system was running normally again as of 16:05.", ({"of": "restored"}, "16:05")),
        ("Phone lines came back at 11.20am in most towns.", ({"of": "restored"}, "11.20am")),
        ("The curfew begins at 9 p.m. in the old town.", ({"of": "curfew start"}, "9 p.m.")),
    ],
)
def test_a_start_is_an_onset_and_a_service_restored_has_its_own_time(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    frame, quoted = expected
    assert [({k: v for k, v in f.items() if v}, q) for f, q, _ in frames(extract, text, "time")] == [(frame, quoted)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier cancelled 140 flights and delayed 212 on Friday.", [("flight", "cancelled", 140)]),
        ("In all 96 departures were cancelled at the two hubs.", [("flight", "cancelled", 96)]),
        ("Train cancellations rose to 48 by the evening.", [("train", "cancelled", 48)]),
        ("Nineteen matches were postponed and 14 delayed by the storm.", [("match", "postponed", 19)]),
    ],
)
def test_cancelled_postponed_and_delayed_are_three_counts(extract, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(f["thing"], f["action"], n) for f, _, n in frames(extract, text, "count")]
    assert found[: len(expected)] == expected
    assert len({a for _, a, _ in found}) == len(found)  # no two of one sentence's counts share an action


def test_a_unions_members_are_no_lawmakers(extract) -> None:  # type: ignore[no-untyped-def]
    found = frames(extract, "Of the union's 3,100 members, 2,650 cast ballots.", "count")
    assert found[0] == ({"thing": "member"}, "3,100", 3100)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The three-year deal gives nurses a pay rise of 11.5%.", ("pay rise", "11.5%")),
        ("The agreement gives dockers raises totalling 9.2 per cent over three years.", ("pay rise", "9.2 per cent")),
        ("The contract foresees a salary increase of 7,5 % in total.", ("pay rise", "7,5 %")),
        ("Teachers voted 81.3% in favour of the offer.", ("vote", "81.3%")),
        ("The pilots accepted at 64,2 % the agreement in principle.", ("vote", "64,2 %")),
        ("Shareholders backed the merger by a wide margin, 92.1% to 7.9%.", ("vote", "92.1%")),
    ],
)
def test_a_raise_and_a_ballots_share_are_one_figure_however_written(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert [(f["of"], q) for f, q, _ in frames(extract, text, "percent")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The repairs will cost 95 million Norwegian kroner, the operator said.", ("KRONE", 95e6)),
        ("Insurers put the damage at 40 million Swedish kronor.", ("SEK", 40e6)),
        ("The levy raised C$1.2 million in May. It cost the province $300,000 to collect.", ("CAD", 3e5)),
        ("The levy raised A$1.2 million in May. It cost the state $300,000 to collect.", ("AUD", 3e5)),
        ("The levy raised US$1.2 million in May. It cost the state $300,000 to collect.", ("USD", 3e5)),
    ],
)
def test_a_currency_named_by_its_country_and_a_bare_dollar_beside_a_local_one(
    extract, text: str, expected: tuple
) -> None:  # type: ignore[no-untyped-def]
    unit, amount = expected
    found = [c.value for c in extract(text) if c.slot == "money"]
    assert (found[-1].unit, found[-1].low) == (unit, amount)


@pytest.mark.parametrize(
    "text",
    [
        "The closure has cost shops about C$4.1 million (US$2.9 million) every single day.",
        "The blockade cost exporters some €12 million (£10.3 million) each day.",
    ],
)
def test_a_cost_per_day_stays_per_day_past_a_conversion(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {f.get("scope") for f, _, _ in frames(extract, text, "money")} == {"per day"}


def test_a_wait_before_something_is_still_a_wait(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The pensioner died after waiting almost 11 hours after arriving at hospital before a doctor saw him."
    assert frames(extract, text, "duration") == [({"of": "delay"}, "almost 11 hours", 9.9)]
    text = "Stranded travellers waited six hours after landing before buses came."
    assert frames(extract, text, "duration") == [({"of": "delay"}, "six hours", 6)]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Dr Anna Kowal, the consultant in emergency medicine on duty that night, said the unit was full.",
            "consultant",
        ),
        ("Dr Anna Kowal, the registrar on duty that night, told the inquest the unit was full.", "registrar"),
        ("Lead surgeon Tomas Ruel said the operation had gone well.", "surgeon"),
    ],
)
def test_hospital_posts_are_posts(extract, text: str, post: str) -> None:  # type: ignore[no-untyped-def]
    assert [q.split()[-1].lower() for _, q, _ in frames(extract, text, "role")] == [post]


def test_an_inquest_lasts_as_a_hearing_does(extract) -> None:  # type: ignore[no-untyped-def]
    assert frames(extract, "The five-day inquest heard from 14 witnesses.", "duration") == [
        ({"of": "hearing"}, "five-day", 120)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The observatory raised the alert for the volcano to red, the highest of four levels.",
            ("alert level", "red"),
        ),
        ("Civil protection has brought the alert level to orange on its four-step scale.", ("alert level", "orange")),
        ("Forecasters issued an amber warning for wind along the coast.", ("warning level", "orange")),
        ("The health ministry kept the country at alert level 3 on Sunday.", ("alert level", "level 3")),
    ],
)
def test_an_alert_level_is_its_grade_however_written(extract, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about["of"], c.value.text) for c in extract(text) if c.slot == "alert_level"]
    assert found == [expected]
    assert [c for c in extract(text) if c.slot == "count"] == []  # the scale's four levels are no count


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the alert could be raised to red if the lava advances.",
        "The agency had not raised the alert to red by noon.",
        '"If this goes on they will put us on a red alert," a farmer said.',
    ],
)
def test_an_alert_feared_denied_or_quoted_is_no_grade(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in extract(text) if c.slot == "alert_level"] == []


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("The eruption threw a column of ash 9 kilometres (about 29,500 feet) into the sky.", 9),
        ("By midday the plume had peaked at **7,500 metres**.", 7.5),
        ("A plume of smoke from the refinery fire rose to about 2 km above sea level.", 2),
    ],
)
def test_how_high_a_plume_rose_is_one_height_however_written(extract, text: str, km: float) -> None:  # type: ignore[no-untyped-def]
    found = [(c.about, c.value.high) for c in extract(text) if c.slot == "distance"]
    assert len(found) == 1 and found[0][0] == {"what": "height", "of": "plume"}
    assert found[0][1] == pytest.approx(km, rel=0.15)


def test_markdown_emphasis_does_not_hide_a_unit(extract) -> None:  # type: ignore[no-untyped-def]
    assert [(c.text, c.value.unit) for c in extract("Repairs will cost **€2.4 million**, the council said.")] == [
        ("€2.4 million", "EUR")
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Marek Halloran, the club's former treasurer, was jailed on Tuesday. The 63-year-old, who joined the "
            "club in 2009, was convicted of fraud.",
            "halloran",
        ),
        (
            "The driver of the bus, Ionel Vasu, was arrested at the scene. The 47-year-old, who was hired in 2019, "
            "had worked nights.",
            "vasu",
        ),
    ],
)
def test_a_year_in_a_clause_about_someone_is_not_the_occasion_of_their_age(extract, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.about["person"], c.event.occasion) for c in extract(text) if c.slot == "age"] == [(person, "main")]


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("With 2,100 ballots counted, the union's yes side led, a source said.", "count"),
        ("Early figures from 1,240 polling stations reporting gave the mayor a narrow lead.", "count"),
        ("With 62% of votes counted, the governor led comfortably.", "percent"),
    ],
)
def test_how_far_a_count_has_got_is_no_figure_of_the_vote(extract, text: str, slot: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.text for c in extract(text) if c.slot == slot] == []


@pytest.mark.parametrize(
    "text",
    [
        "Failings at the care home contributed to her death, a coroner concluded on Thursday.",
        "The tribunal ruled on Thursday that the dismissal was unfair.",
        "The jury found the driver guilty on Thursday.",
    ],
)
def test_the_day_a_bench_concludes_is_the_day_of_its_verdict(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(f["of"], q) for f, q, _ in frames(extract, text, "date")] == [("verdict", "Thursday")]


def test_the_day_anyone_else_finds_something_is_no_verdict(extract) -> None:  # type: ignore[no-untyped-def]
    assert [f["of"] for f, _, _ in frames(extract, "Divers found the wreck on Thursday.", "date")] != ["verdict"]


@pytest.mark.parametrize(
    "text",
    [
        "At the top dose, 58% of patients lost at least 10% of their body weight.",
        "By Friday, 40% of the workers had lost their jobs at the plant.",
    ],
)
def test_a_share_of_people_is_not_a_fall_whatever_they_lost(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    shares = [c.about for c in extract(DATELINE + text) if c.slot == "percent"]
    assert shares[0].get("action", "") == ""


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The winner covered the stage at an average speed of 45.41 kph.", {"what": "average speed"}),
        ("The train had kept an average speed of 112 km/h before the curve.", {"what": "average speed"}),
        ("The storm brought average wind speeds of 120 km/h to the coast.", {"what": "wind", "peak": "sustained"}),
    ],
)
def test_an_average_speed_is_a_wind_only_when_the_sentence_speaks_of_wind(extract, text: str, what: dict) -> None:  # type: ignore[no-untyped-def]
    assert [c.about for c in extract(DATELINE + text) if c.slot == "speed"] == [what]
