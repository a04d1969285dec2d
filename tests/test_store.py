"""claims.yaml: parsed like articles, checked with line numbers, written back without losing a thing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import QuantityValue
from factcheck.store import StoreError, add_claim, load_claims

GOOD = """\
# Readouts we trust
claims:
  # from the ministry
  - source: Ministry of Transport
    slot: count
    subject: deaths

    value: at least 14   # as of Monday
    trusted: true
ignore:
  - "date:incident"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_values_are_parsed_like_articles(tmp_path: Path) -> None:
    stored = load_claims(_write(tmp_path, GOOD))
    assert stored.problems == []
    (claim,) = stored.claims
    assert claim.origin == "manual" and claim.trusted and claim.source == "Ministry of Transport"
    assert isinstance(claim.value, QuantityValue) and (claim.value.low, claim.value.qualifier) == (14, "at least")
    assert claim.text[claim.start : claim.end] == claim.text
    assert stored.ignore == ["date:incident"]


def test_every_problem_names_its_line_and_field(tmp_path: Path) -> None:
    text = """\
claims:
  - source: Radio
    slot: duration
    subject: meeting
    value: fourish hours
  - source: Radio
    slott: count
    subject: deaths
    value: 12
  - source: Radio
    slot: headcount
    subject: deaths
    value: 12
  - id: a1
    source: Radio
    slot: count
    subject: deaths
    value: 12
  - id: a1
    source: TV
    slot: count
    subject: deaths
    value: 13
"""
    problems = [p.render(Path("claims.yaml")) for p in load_claims(_write(tmp_path, text)).problems]
    assert "claims.yaml:5: value 'fourish hours' is not a quantity" in problems[0]
    assert any(p.startswith("claims.yaml:7: unknown key 'slott'; did you mean 'slot'?") for p in problems)
    assert any(p.startswith("claims.yaml:11: unknown slot 'headcount'") for p in problems)
    assert any("claims.yaml:19: duplicate id 'a1' (first used on line 14)" in p for p in problems)


def test_a_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "claims:\n  - source: [unclosed\n    slot: count\n")
    with pytest.raises(StoreError, match=r"claims\.yaml:\d+: .*fix the YAML syntax"):
        load_claims(path)


def test_add_keeps_comments_order_and_blank_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    add_claim(path, {"source": "Radio X", "slot": "count", "subject": "deaths", "value": "16", "quote": "sixteen dead"})
    text = path.read_text()
    for line in (
        "# Readouts we trust",
        "  # from the ministry",
        "    value: at least 14   # as of Monday",
        '  - "date:incident"',
    ):
        assert line in text
    assert "\n\n    value: at least 14" in text  # the blank line stayed
    assert text.index("Ministry of Transport") < text.index("Radio X")
    assert [c.source for c in load_claims(path).claims] == ["Ministry of Transport", "Radio X"]


def test_add_to_a_broken_file_changes_nothing(tmp_path: Path) -> None:
    broken = "claims:\n  - source: [unclosed\n"
    path = _write(tmp_path, broken)
    with pytest.raises(StoreError, match="nothing was changed"):
        add_claim(path, {"source": "Radio", "slot": "count", "subject": "deaths", "value": "3"})
    assert path.read_text() == broken
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]


def test_add_refuses_a_value_that_does_not_parse(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    with pytest.raises(StoreError, match="not a quantity"):
        add_claim(path, {"source": "Radio", "slot": "duration", "subject": "meeting", "value": "a while"})
    assert path.read_text() == GOOD


def test_add_creates_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    add_claim(path, {"source": "Radio", "slot": "date", "subject": "meeting", "value": "18 May 2024"})
    assert [c.slot for c in load_claims(path).claims] == ["date"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_random_yaml_never_crashes_the_reader(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_claims(path)
    except StoreError as err:
        assert str(err).startswith(str(path))


@pytest.mark.parametrize(
    ("subject", "written", "expected"),
    [
        ("schools open", "closed", "not open"),
        ("schools open", "yes", "open"),
        ("schools open", "not open", "not open"),
        ("state of emergency declared", "no", "not declared"),
        ("state of emergency declared", "lifted", "not declared"),
        ("ruling appealed", "undecided", "undecided"),
        ("schools open", "maybe", None),
        ("the weather", "yes", None),
    ],
)
def test_a_typed_state_is_read_against_its_subject(subject: str, written: str, expected: str | None) -> None:
    from factcheck.models import TextValue
    from factcheck.store import manual_claim, parse_value

    value, problem = parse_value("status", written, subject=subject)
    if expected is None:
        assert value is None and problem
        return
    assert isinstance(value, TextValue) and value.text == expected
    claim = manual_claim(source="Ministry", slot="status", subject=subject, value=value, written=written)
    assert claim.about["of"] in ("school", "emergency", "ruling")


def test_times_posts_and_ages_can_be_typed_as_the_extractor_reads_them() -> None:
    from factcheck.models import TimeValue
    from factcheck.store import manual_claim, parse_value

    value, problem = parse_value("time", "1:30 p.m.")
    assert problem == "" and isinstance(value, TimeValue) and value.minutes == 13 * 60 + 30
    assert parse_value("time", "half past something")[0] is None
    mayor = parse_value("role", "mayor")[0]
    assert mayor is not None
    post = manual_claim(source="Ministry", slot="role", subject="Petros Kallas", value=mayor, written="mayor")
    assert post.about == {"person": "ptrs k"}
