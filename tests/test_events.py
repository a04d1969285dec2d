"""Telling apart articles about different events by the names they share."""

from __future__ import annotations

from factcheck.events import group_by_event, names_in
from factcheck.models import Source

TRAIN_A = (
    "A commuter train derailed near Kelderby on Tuesday, killing 12 people, officials said. "
    "The train from Orsten had left Kelderby station at dawn, according to Wrenfield Rail. "
    "Transport minister Halvard Brinck visited the site, and Wrenfield Rail chief Ada Mollet "
    "promised an inquiry into the derailment outside Kelderby."
)
TRAIN_B = (
    "At least 12 people died when a train came off the tracks outside Kelderby, the operator said. "
    "Wrenfield Rail said the service from Orsten was carrying 300 passengers. "
    "Minister Halvard Brinck said the line through Kelderby would stay shut, and Ada Mollet apologised."
)
COURT_A = (
    "A court in Salvaterra sentenced former mayor Quentin Ablard to six years for bribery on Monday. "
    "Judge Marisol Tevez said Ablard took payments from the builder Corvane Group while mayor of Salvaterra. "
    "His lawyer, Ines Rudolfo, said he would appeal to the Salvaterra high court."
)
COURT_B = (
    "Quentin Ablard, who ran Salvaterra for a decade, was jailed for six years, judge Marisol Tevez ruled. "
    "Prosecutors said Corvane Group paid him to win contracts. Ines Rudolfo, for the defence, "
    "told reporters outside the Salvaterra courthouse that an appeal would follow."
)


def _sources(*texts: str) -> list[Source]:
    return [Source(id=f"{i}.txt", path=f"{i}.txt", text=t) for i, t in enumerate(texts)]


def test_names_are_words_capitalised_inside_sentences_and_never_in_lower_case() -> None:
    names = names_in(["The Court heard that Ablard paid Tevez on Monday.", "The court sat late."])
    assert names[0] == {"ablard", "tevez"}  # "Court" is also written "court"; "Monday" names no event


def test_articles_about_one_event_stay_together() -> None:
    groups = group_by_event(_sources(TRAIN_A, TRAIN_B))
    assert [[s.id for s in g] for g in groups] == [["0.txt", "1.txt"]]


def test_articles_about_two_events_are_told_apart() -> None:
    groups = group_by_event(_sources(TRAIN_A, COURT_A, TRAIN_B, COURT_B))
    assert sorted([s.id for s in g] for g in groups) == [["0.txt", "2.txt"], ["1.txt", "3.txt"]]


def test_an_article_naming_almost_nobody_joins_the_group_it_shares_names_with() -> None:
    short = "The derailment near Kelderby killed 14 people."
    groups = group_by_event(_sources(TRAIN_A, COURT_A, TRAIN_B, COURT_B, short))
    assert sorted([s.id for s in g] for g in groups) == [["0.txt", "2.txt", "4.txt"], ["1.txt", "3.txt"]]


def test_short_texts_without_names_are_never_split() -> None:
    groups = group_by_event(_sources("The bridge collapse killed 12 people.", "The flood killed 40 people."))
    assert len(groups) == 1


def test_rare_words_tell_events_apart_when_they_share_a_country() -> None:
    from factcheck.events import Similarities, profile

    storm = "A cyclone hit Veltria on Monday; the Veltria coast guard said the cyclone flattened fishing villages."
    vote = "Veltria's parliament passed a censure motion on Monday; the Veltria speaker read the censure result."
    other_storm = "The cyclone's winds flattened villages along the Veltria coast, the coast guard said."
    names: set[str] = set()  # too few names to count: the words alone decide
    alike = Similarities([names] * 3, [profile(text, names) for text in (storm, vote, other_storm)])
    row = alike.block([0], [0, 1, 2])[0]
    assert row[2] > row[1]


def test_a_word_weighs_by_its_rarity_in_english_not_in_the_pile() -> None:
    from factcheck.events import rarity

    assert rarity("cyclone") > rarity("monday") > rarity("the")


STORM = (
    "A storm called Ilse hit the island of Varnholm on Friday, flattening the harbour at Skellvik. "
    "The Varnholm coast guard said three fishermen were missing. Governor Petra Lindqvist asked Oslund "
    "for help, and the Red Cross opened a shelter in Skellvik."
)


def test_an_article_like_no_other_stays_alone_and_is_listed_as_such() -> None:
    from factcheck.events import find_events

    found = find_events(_sources(TRAIN_A, COURT_A, TRAIN_B, COURT_B, STORM))
    assert [(e.id, [s.id for s in e.sources], e.alone) for e in found] == [
        ("event-1", ["0.txt", "2.txt"], False),
        ("event-2", ["1.txt", "3.txt"], False),
        ("event-3", ["4.txt"], True),
    ]


def test_an_event_is_titled_by_the_headline_its_articles_share_words_with() -> None:
    from factcheck.events import find_events

    banner = "BREAKING | Orsten Daily | Home\n\n" + TRAIN_A
    headline = "Train derails outside Kelderby, killing 12\n\n" + TRAIN_B
    sources = [
        Source(id="a.txt", path="a.txt", title="BREAKING | Orsten Daily | Home", text=banner),
        Source(id="b.txt", path="b.txt", title="Train derails outside Kelderby, killing 12", text=headline),
    ]
    assert [e.title for e in find_events(sources)] == ["Train derails outside Kelderby, killing 12"]


def test_an_event_is_dated_by_its_articles_when_they_give_no_date_for_it() -> None:
    from factcheck.events import find_events

    dated = "KELDERBY, March 4 2025 (Wire) - " + TRAIN_A
    assert find_events(_sources(dated, TRAIN_B))[0].date == "2025-03-04"


def test_a_brief_beside_a_single_event_is_compared_with_it_even_when_it_shares_few_words() -> None:
    brief = "Services on the line resumed on Thursday after engineers checked the signals."
    groups = group_by_event(_sources(TRAIN_A, TRAIN_B, brief))
    assert [[s.id for s in g] for g in groups] == [["0.txt", "1.txt", "2.txt"]]


def test_the_same_place_and_people_a_year_apart_are_two_events() -> None:
    from factcheck.events import find_events

    this_year = "VARNHOLM, 14 March 2026 (Wire) - " + STORM
    last_year = "VARNHOLM, 2 February 2025 (Wire) - " + STORM.replace("Ilse", "Hedda").replace("three", "two")
    days_later = "VARNHOLM, 16 March 2026 (Courier) - " + STORM.replace("three fishermen", "four fishermen")
    found = find_events(_sources(this_year, last_year, days_later))
    assert sorted([s.id for s in e.sources] for e in found) == [["0.txt", "2.txt"], ["1.txt"]]
