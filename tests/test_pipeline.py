"""The whole pipeline as a Python user calls it, and properties that must hold for any input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import compare_paths, compare_sources
from factcheck.ingest import read_sources

from .conftest import CORPUS


def _fingerprint(report) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted((d.key, d.severity, d.consensus, tuple(sorted(c.id for c in d.claims))) for d in report.discrepancies)


@pytest.fixture(scope="module")
def merger_sources():  # type: ignore[no-untyped-def]
    return read_sources([CORPUS / "merger"])


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations([0, 1, 2]))
def test_results_do_not_depend_on_the_order_of_sources(nlp, merger_sources, order: list[int]) -> None:  # type: ignore[no-untyped-def]
    baseline = _fingerprint(compare_sources(merger_sources, nlp))
    shuffled = [merger_sources[i] for i in order]
    assert _fingerprint(compare_sources(shuffled, nlp)) == baseline


def test_a_source_compared_with_its_copy_yields_nothing(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for event in ("merger", "derailment", "energy_summit"):
        original = next(p for p in sorted((CORPUS / event).iterdir()) if p.suffix != ".json")
        shutil.copy(original, tmp_path / f"a_{event}{original.suffix}")
        shutil.copy(original, tmp_path / f"b_{event}{original.suffix}")
        report = compare_paths(
            [tmp_path / f"a_{event}{original.suffix}", tmp_path / f"b_{event}{original.suffix}"], nlp=nlp
        )
        assert report.discrepancies == [], event


@pytest.mark.parametrize("unrelated", ["cup_final/02_radio_brief.txt", "derailment/03_translated.txt"])
def test_an_unrelated_article_does_not_change_the_others(nlp, unrelated: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    baseline = compare_paths([CORPUS / "merger"], nlp=nlp)
    mixed = compare_paths([CORPUS / "merger", CORPUS / unrelated], nlp=nlp)
    assert _fingerprint(mixed) == _fingerprint(baseline)


def test_each_item_of_a_list_is_its_own_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    from factcheck.models import Source
    from factcheck.nlp import parse

    text = "Results at a glance:\n- Revenue: €2.1bn, below the €2.3bn consensus\n- Net profit: €40m, down 60%\n"
    doc = parse([Source(id="t.txt", path="t.txt", text=text)], nlp)[0]
    assert any(s.text.startswith("- Net profit") or s.text.startswith("Net profit") for s in doc.sents)


def test_a_dateline_is_not_parsed_into_the_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    from factcheck.models import Source
    from factcheck.nlp import parse

    text = "Storm hits coast\n\nPORT ELWIN, May 4 (Wire) - Harlow Town last won the trophy in 1994.\n"
    doc = parse([Source(id="t.txt", path="t.txt", text=text)], nlp)[0]
    assert "Harlow Town last won the trophy in 1994." in [s.text.strip() for s in doc.sents]


def test_a_toll_that_grew_with_the_articles_dates_says_so(compare) -> None:  # type: ignore[no-untyped-def]
    report = compare(
        {
            "a.txt": "PORTAL, 22 July 2026 (Wire) - At least 53 people were killed when floodwaters swept through the town.",
            "b.txt": "PORTAL, 23 July 2026 (Courier) - The death toll from the floods in the town has risen to 94.",
        }
    )
    [flag] = [d for d in report if d.slot == "count"]
    assert flag.explanation.endswith(
        "The figure rose from at least 53 to 94 between 22 July 2026 and 23 July 2026, as coverage went on."
    )


def test_figures_that_differ_on_one_day_are_no_growth(compare) -> None:  # type: ignore[no-untyped-def]
    report = compare(
        {
            "a.txt": "PORTAL, 22 July 2026 (Wire) - At least 53 people were killed when floodwaters swept through the town.",
            "b.txt": "PORTAL, 22 July 2026 (Courier) - The death toll from the floods in the town has risen to 94.",
        }
    )
    [flag] = [d for d in report if d.slot == "count"]
    assert "as coverage went on" not in flag.explanation


def test_figures_of_one_day_are_ordered_by_the_hour_when_each_article_gives_it(compare) -> None:  # type: ignore[no-untyped-def]
    report = compare(
        {
            "a.txt": "Floods hit Portal\nUpdated 22 July 2026, 09:12 BST\n\nAt least 53 people were killed when "
            "floodwaters swept through the town.",
            "b.txt": "Portal toll rises\nPublished 22 July 2026, 4.40pm GMT\n\nThe death toll from the floods in the "
            "town has risen to 94.",
        }
    )
    [flag] = [d for d in report if d.slot == "count"]
    assert flag.explanation.endswith(
        "The figure rose from at least 53 to 94 between 08:12 UTC and 16:40 UTC on 22 July 2026, as coverage went on."
    )


def test_the_size_of_a_body_does_not_grow_with_coverage(compare) -> None:  # type: ignore[no-untyped-def]
    report = compare(
        {
            "a.txt": "PORTAL, 22 July 2026 (Wire) - The monitoring commission will have 18 members, the mediators said.",
            "b.txt": "PORTAL, 23 July 2026 (Courier) - The monitoring commission will have 21 members, the mediators said.",
        }
    )
    assert report and all("as coverage went on" not in d.explanation for d in report)


def test_progress_says_when_the_pipeline_loads_then_counts_articles(tmp_path: Path) -> None:
    for name, text in (("a.txt", "The storm killed 4 people."), ("b.txt", "The storm killed 5 people.")):
        (tmp_path / name).write_text(text)
    calls: list[tuple[str, int, int]] = []
    compare_paths([tmp_path], progress=lambda *call: calls.append(call))
    assert calls == [("loading", 0, 2), ("parsing", 0, 2), ("parsing", 1, 2), ("parsing", 2, 2)]


def test_the_claims_file_is_found_beside_the_articles_or_above_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.pipeline import find_claims_file

    monkeypatch.chdir(tmp_path)
    articles = tmp_path / "repo" / "events" / "storm"
    articles.mkdir(parents=True)
    (articles / "a.txt").write_text("The storm killed 4 people.")
    (tmp_path / "claims.yaml").write_text("claims: []\n")  # above the repository: never used
    (tmp_path / "repo" / ".git").mkdir()
    assert find_claims_file([articles]) is None
    (tmp_path / "repo" / "claims.yaml").write_text("claims: []\n")
    assert find_claims_file([articles / "a.txt"]) == Path("repo/claims.yaml")
    (articles / "claims.yaml").write_text("claims: []\n")
    assert find_claims_file([articles]) == Path("repo/events/storm/claims.yaml")


def test_the_search_for_a_claims_file_stops_at_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.pipeline import find_claims_file

    home = tmp_path / "home"
    (home / "news").mkdir(parents=True)
    (tmp_path / "claims.yaml").write_text("claims: []\n")
    monkeypatch.setenv("HOME", str(home))
    assert find_claims_file([home / "news"]) is None


PILES = Path(__file__).parent / "piles"


def _signature(report, event_of=lambda source: source):  # type: ignore[no-untyped-def]
    """What a reader compares between two reports: each discrepancy's key, severity and sides."""
    return {
        (d.key, d.severity, tuple((s.value, tuple(event_of(x) for x in s.sources)) for s in d.sides))
        for d in report.discrepancies
    }


def test_a_pile_of_two_events_reports_each_as_it_would_be_alone(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pile = tmp_path / "pile"
    pile.mkdir()
    for event in ("train-derailment", "cup-final"):
        for article in (PILES / event).glob("*.txt"):
            shutil.copy(article, pile / f"{event}--{article.name}")
    together = compare_paths([pile], nlp=nlp)
    assert [sorted(s.id.split("--")[0] for s in e.sources) for e in together.events] == [
        ["cup-final"] * 5,
        ["train-derailment"] * 5,
    ]
    for event in together.events:
        alone = compare_paths([PILES / event.sources[0].id.split("--")[0]], nlp=nlp)
        mine = {s.id for s in event.sources}
        in_pile = together.model_copy(
            update={"discrepancies": [d for d in together.discrepancies if d.event == event.id]}
        )
        assert all(s in mine for d in in_pile.discrepancies for side in d.sides for s in side.sources)
        assert _signature(in_pile, lambda s: s.split("--")[1]) == _signature(alone)


def test_a_repost_of_an_earlier_version_is_named_and_its_figure_called_earlier(nlp) -> None:  # type: ignore[no-untyped-def]
    report = compare_paths([PILES / "train-derailment"], nlp=nlp)
    assert [(s.id, s.copy_of) for s in report.sources if s.copy_of] == [("repost.txt", "wire.txt")]
    assert "repost.txt is a copy of wire.txt (79% of its text, taken before wire.txt was updated)" in " ".join(
        report.warnings
    )
    deaths = next(d for d in report.discrepancies if d.key == "count:people deaths")
    assert deaths.explanation.endswith(
        "repost.txt repeats wire.txt's earlier figure: it copies a version from before the update."
    )


def test_one_event_compares_everything_together(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from .test_events import COURT_A, TRAIN_A

    (tmp_path / "a.txt").write_text(TRAIN_A)
    (tmp_path / "b.txt").write_text(COURT_A)
    assert len(compare_paths([tmp_path], nlp=nlp).events) == 2
    assert [len(e.sources) for e in compare_paths([tmp_path], nlp=nlp, one_event=True).events] == [2]
