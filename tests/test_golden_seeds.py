"""Golden test: the five sample articles end to end. The only test that may name the seed event."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import SEEDS


@pytest.fixture(scope="module")
def report(nlp) -> dict:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, ["compare", str(SEEDS), "--format", "json", "--no-claims"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _by(report: dict, slot: str) -> list[dict]:
    return [d for d in report["discrepancies"] if d["slot"] == slot]


def _prefixes(discrepancy: dict) -> set[str]:
    return {c["source"][:3] for c in discrepancy["claims"]}


def test_meeting_length_five_days_is_a_contradiction(report: dict) -> None:
    (duration,) = _by(report, "duration")
    assert duration["severity"] == "contradiction"
    assert "002" in _prefixes(duration) and len(_prefixes(duration) & {"000", "001", "003"}) >= 2
    assert "120 h" in duration["explanation"] and "4–4.5 h" in duration["explanation"]


def test_number_of_agreed_points_is_a_contradiction(report: dict) -> None:
    (count,) = _by(report, "count")
    assert count["severity"] == "contradiction"
    values = {c["source"][:3]: c["value"]["low"] for c in count["claims"]}
    assert values == {"002": 3, "003": 4, "000": 4}


def test_attendees_only_one_outlet_lists(report: dict) -> None:
    singles = {d["claims"][0]["value"]["canonical"]: d for d in _by(report, "participant")}
    assert "kirill dmitriev" in singles
    assert any("faisal" in name for name in singles) and any("aiban" in name for name in singles)
    assert all(d["severity"] in ("single_source", "variance") and _prefixes(d) == {"000"} for d in singles.values())
    dmitriev = singles["kirill dmitriev"]
    assert dmitriev["explanation"].startswith("Only 000 lists Kirill Dmitriev")
    assert [side["consensus"] for side in dmitriev["sides"]] == [False, True]


def test_no_noise_from_name_variants_or_furniture(report: dict) -> None:
    flagged = " ".join(
        d["explanation"] + " " + " ".join(c["text"] for c in d["claims"]) for d in report["discrepancies"]
    )
    for noise in ("Ushakov", "Lavrov", "Waltz", "Witkoff", "7 minute", "three years", "two sides", "16x9"):
        assert noise not in flagged
    assert len(report["discrepancies"]) <= 12


def test_every_claim_points_at_its_text(report: dict) -> None:
    texts = {s["id"]: (SEEDS / s["id"]).read_text(encoding="utf-8") for s in report["sources"]}
    assert report["claims"]
    for claim in report["claims"]:
        assert texts[claim["source"]][claim["start"] : claim["end"]] == claim["text"]


def test_how_the_presidents_spoke_before_the_talks(report: dict) -> None:
    (contact,) = _by(report, "event_type")
    assert contact["severity"] == "contradiction"
    kinds = {c["source"][:3]: c["value"]["text"] for c in contact["claims"]}
    assert kinds == {"002": "in-person meeting", "000": "phone call", "003": "phone call"}


def test_the_venue_differs(report: dict) -> None:
    (venue,) = _by(report, "place")
    assert {c["value"]["canonical"] for c in venue["claims"]} == {"al basateen complex", "diriyah palace"}
    assert venue["severity"] in ("variance", "contradiction")


def test_contradictions_come_first(report: dict) -> None:
    severities = [d["severity"] for d in report["discrepancies"]]
    assert severities == sorted(severities, key=["contradiction", "variance", "single_source"].index)
    assert severities[:3] == ["contradiction"] * 3


def test_fail_on_contradiction_and_reviewed_ignores(report: dict, tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    base = ["compare", str(SEEDS), "-q", "-f", "json", "--fail-on", "contradiction"]
    assert runner.invoke(app, [*base, "--no-claims"]).exit_code == 1
    keys = [d["key"] for d in report["discrepancies"] if d["severity"] == "contradiction"]
    reviewed = tmp_path / "claims.yaml"
    reviewed.write_text("claims: []\nignore:\n" + "".join(f'  - "{k}"\n' for k in keys), encoding="utf-8")
    assert runner.invoke(app, [*base, "--claims", str(reviewed)]).exit_code == 0
