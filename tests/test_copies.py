"""Near-copies of a wire story: found by shared trigrams, pointed at their original, counted once."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.copies import find_copies, version
from factcheck.ingest import read_sources
from factcheck.models import Source

PILES = Path(__file__).parent / "piles"


def _manifest(folder: Path) -> tuple[set[tuple[str, str]], set[str]]:
    """The (copy, original) pairs and the copies of an earlier version that a pile's copies.list lists."""
    pairs, stale = set(), set()
    for line in (folder / "copies.list").read_text().splitlines():
        words = line.split()
        if words and words[0] == "stale":
            stale.add(words[1])
        elif len(words) == 2:
            pairs.add((words[0], words[1]))
    return pairs, stale


@pytest.mark.parametrize("pile", sorted(p.name for p in PILES.iterdir() if p.is_dir()))
def test_the_reposts_of_a_wire_story_are_found_and_nothing_else(pile: str) -> None:
    folder = PILES / pile
    sources = read_sources([folder])
    pairs, stale = _manifest(folder)
    found = find_copies(sources)
    assert {(c.repost, c.original) for c in found} == pairs
    assert {c.repost for c in found if c.earlier} == stale


LEDE = "Rescuers searched the wreckage overnight."
WIRE = " ".join(
    [
        "UPDATE 1-Ferry sinks off Marlow Point, 31 dead",
        "MARLOW, May 2 (Coastwire) - A passenger ferry sank off Marlow Point on Friday, killing 31 people, "
        "the harbour authority said, as divers searched the hull for more victims.",
        "The Sea Wren was carrying 212 passengers and 14 crew when it listed in heavy swell about two "
        "kilometres from the harbour mouth, according to harbour master Ilse Varga.",
        "Survivors said water poured into the car deck within minutes. Fishing boats pulled dozens from "
        "the sea before the coast guard arrived, a fisherman told reporters on the quay.",
        "The operator, Tern Lines, said it was cooperating with investigators and had opened a help line "
        "for relatives. The vessel was built in 1987 and inspected in March, it said.",
    ]
)


def test_a_repost_with_a_new_top_paragraph_and_an_earlier_figure_is_a_copy_of_the_updated_story() -> None:
    updated = WIRE.replace("UPDATE 1", "UPDATE 2").replace("killing 31", "killing 34") + (
        "\n(Updates toll to 34 from 31)"
    )
    repost = f"{LEDE} {WIRE.split(' - ', 1)[1]}"
    found = find_copies([Source(id="wire", path="wire", text=updated), Source(id="blog", path="blog", text=repost)])
    assert [(c.repost, c.original, c.earlier) for c in found] == [("blog", "wire", True)]
    assert found[0].share > 0.8


def test_two_reports_that_share_a_quote_are_not_copies() -> None:
    quote = '"We will not rest until everyone is accounted for," harbour master Ilse Varga said.'
    other = (
        "Thirty-one people died when the Sea Wren went down in a storm near the port of Marlow. "
        "Relatives waited at the ferry terminal through the night as the list of the missing grew. "
        f"{quote} Tern Lines, which runs the route, has faced two safety inquiries since 2019, "
        "records show, and unions say crews were cut last year."
    )
    found = find_copies([Source(id="a", path="a", text=f"{WIRE} {quote}"), Source(id="b", path="b", text=other)])
    assert found == []


def test_a_wire_story_counts_its_updates() -> None:
    assert version("UPDATE 2-Ferry sinks\n(Corrects toll in paragraph 1)\nMARLOW -") == 3
    assert version("Ferry sinks\nMARLOW - The ferry sank; updates will follow.") == 0


def test_two_outlets_outweigh_a_wire_story_and_its_repost(compare) -> None:  # type: ignore[no-untyped-def]
    repost = f"{LEDE} {WIRE.split(' - ', 1)[1]}"
    paper = (
        "Thirty-four people died when the Sea Wren sank off Marlow Point, the harbour authority said on Saturday. "
        "Harbour master Ilse Varga said divers had recovered more bodies from the hull of the Tern Lines ferry."
    )
    radio = (
        "The toll from the Sea Wren disaster off Marlow Point rose to 34, harbour master Ilse Varga told Marlow "
        "radio, as Tern Lines faced questions over the ferry, which was built in 1987."
    )
    found = compare({"wire.txt": WIRE, "blog.txt": repost, "paper.txt": paper, "radio.txt": radio})
    deaths = [d for d in found if d.key.startswith("count:") and "death" in d.key]
    assert [(d.consensus, d.consensus_sources, d.consensus_origins) for d in deaths] == [("34", 2, 2)]
    assert [(s.value, s.sources, s.origins) for s in deaths[0].sides] == [
        ("31", ["blog.txt", "wire.txt"], 1),
        ("34", ["paper.txt", "radio.txt"], 2),
    ]


def test_the_corpus_reposts_are_found_and_no_independent_pair_is() -> None:
    corpus = Path(__file__).parent / "corpus"
    found, named = set(), set()
    for event in sorted(p for p in corpus.iterdir() if p.is_dir()):
        sources = read_sources([event])
        found |= {(event.name, c.repost, c.original) for c in find_copies(sources)}
        reposts = [s.id for s in sources if "repost" in s.id]
        wires = [s.id for s in sources if "wire" in s.id]
        named |= {(event.name, r, w) for r in reposts for w in wires}
    assert found == named
    assert len(found) == 4


def test_a_single_source_attendee_keeps_its_explanation(compare) -> None:  # type: ignore[no-untyped-def]
    found = compare(
        {
            "a.txt": "Mayor Ilse Varga and harbour master Tomas Kerr attended the meeting on the ferry disaster.",
            "b.txt": "Mayor Ilse Varga attended the meeting on the ferry disaster, officials said.",
        }
    )
    singles = [d for d in found if d.severity == "single_source"]
    assert singles and all(d.explanation.startswith("Only a lists Tomas Kerr") for d in singles)
