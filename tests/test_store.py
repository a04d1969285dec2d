"""claims.yaml: parsed like articles, checked with line numbers, written back without losing a thing."""

from __future__ import annotations

import difflib
import os
import stat
import threading
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


def test_every_problem_of_an_entry_is_listed_with_its_line(tmp_path: Path) -> None:
    text = """\
claims:
  - slot: headcount
    subject: deaths
    value: lots
  - source: Radio
    slot: status
    value: closed
"""
    problems = [p.render(Path("claims.yaml")) for p in load_claims(_write(tmp_path, text)).problems]
    assert problems == [
        "claims.yaml:2: missing 'source'",
        "claims.yaml:2: unknown slot 'headcount'; did you mean 'count'?",
        "claims.yaml:4: value 'lots' is not a quantity (write it like '4.5 hours', 'three', 'at least 200', '$2bn')",
        "claims.yaml:5: missing 'subject'",
    ]


@pytest.mark.parametrize(
    ("key", "warning"),
    [
        ("count:agreed points", None),
        ("duration:meeting", None),
        ("place:meeting", None),
        ("money:price:USD", None),
        ("time:onset:local", None),
        ("time:landfall:UTC", None),
        ("site:hospital:venue", None),
        ("participant:meeting:ines moreau", None),
        ("role:petros kallas", None),
        (
            "deaths",
            "ignore key 'deaths' is not slot:subject as reports print keys (e.g. 'count:deaths'); it silences nothing",
        ),
        (
            "cuont:deaths",
            "ignore key 'cuont:deaths' starts with unknown slot 'cuont', so it silences nothing; did you mean 'count'?",
        ),
        ("count:", "ignore key 'count:' has an empty part or a space beside ':'; copy the key as the report prints it"),
        (
            "count: deaths",
            "ignore key 'count: deaths' has an empty part or a space beside ':'; copy the key as the report prints it",
        ),
        (
            "time:onset",
            "ignore key 'time:onset' does not end in ':local' or ':UTC' after its subject,"
            " as every time key a report prints does",
        ),
        (
            "time:onset:utc",
            "ignore key 'time:onset:utc' does not end in ':local' or ':UTC' after its subject,"
            " as every time key a report prints does; did you mean 'time:onset:UTC'?",
        ),
        (
            "site:hospital",
            "ignore key 'site:hospital' does not end in ':venue' or ':city' after its subject,"
            " as every site key a report prints does",
        ),
        (
            "participant:meeting",
            "ignore key 'participant:meeting' names no person; participant keys read 'participant:subject:name' in reports",
        ),
    ],
)
def test_an_ignore_key_no_report_prints_is_a_warning_on_its_line(tmp_path: Path, key: str, warning: str | None) -> None:
    stored = load_claims(_write(tmp_path, f'claims: []\nignore:\n  - "place:meeting"\n  - "{key}"\n'))
    assert stored.problems == [] and stored.ignore == ["place:meeting", key]
    assert [w.render(Path("claims.yaml")) for w in stored.warnings] == (
        [] if warning is None else [f"claims.yaml:4: warning: {warning}"]
    )


def test_the_keys_a_report_prints_pass_validate_without_a_warning(tmp_path: Path) -> None:
    from factcheck.compare import compare_groups
    from factcheck.group import group_claims

    pairs = [("count", "deaths", "14", "30"), ("time", "meeting", "10:00", "15:00"), ("money", "price", "$2bn", "$9bn")]
    pairs += [
        ("participant", "meeting", "Jane Doe", "John Roe"),
        ("place", "meeting", "the Hilton hotel", "the Ritz hotel"),
    ]
    entries = "".join(
        f"  - {{source: {source}, slot: {slot}, subject: {subject}, value: {value}}}\n"
        for slot, subject, *values in pairs
        for source, value in zip(("A", "B"), values, strict=True)
    )
    stored = load_claims(_write(tmp_path, "claims:\n" + entries))
    assert stored.problems == []
    keys = sorted(d.key for d in compare_groups(group_claims(stored.claims)))
    assert {key.split(":")[0] for key in keys} == {"count", "time", "money", "participant", "place"}
    listed = load_claims(_write(tmp_path, "ignore:\n" + "".join(f'  - "{key}"\n' for key in keys)))
    assert listed.ignore == keys and listed.warnings == []


RADIO = {"source": "Radio", "slot": "count", "subject": "deaths", "value": "16"}
ENTRY = "source: Ministry\n{i}slot: count\n{i}subject: deaths\n{i}value: 14\n"


def _added_lines(old: str, new: str) -> list[str]:
    """The lines new has beyond old, after checking that no line of old changed or moved."""
    diff = list(difflib.ndiff(old.splitlines(), new.splitlines()))
    assert not [line for line in diff if line.startswith(("- ", "? "))]
    return [line[2:] for line in diff if line.startswith("+ ")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            "claims:\n  - " + ENTRY.format(i="    "),
            "claims:\n  - "
            + ENTRY.format(i="    ")
            + "  - source: Radio\n    slot: count\n    subject: deaths\n    value: 16\n",
            id="two spaces",
        ),
        pytest.param(
            "claims:\n    -   " + ENTRY.format(i="        "),
            "claims:\n    -   "
            + ENTRY.format(i="        ")
            + "    -   source: Radio\n        slot: count\n        subject: deaths\n        value: 16\n",
            id="four spaces, dash apart",
        ),
        pytest.param(
            "claims:\n- " + ENTRY.format(i="  "),
            "claims:\n- " + ENTRY.format(i="  ") + "- source: Radio\n  slot: count\n  subject: deaths\n  value: 16\n",
            id="list not indented under its key",
        ),
        pytest.param(
            "claims:\n  - " + ENTRY.format(i="    ") + "# Reviewed on Monday:\n#   all of the above\n\n# the end\n",
            "claims:\n  - "
            + ENTRY.format(i="    ")
            + "  - source: Radio\n    slot: count\n    subject: deaths\n    value: 16\n"
            + "# Reviewed on Monday:\n#   all of the above\n\n# the end\n",
            id="trailing comment block",
        ),
        pytest.param(
            "claims:\n  - " + ENTRY.format(i="    ") + "ignore:\n  - count:deaths\n",
            "claims:\n  - "
            + ENTRY.format(i="    ")
            + "  - source: Radio\n    slot: count\n    subject: deaths\n    value: 16\n"
            + "ignore:\n  - count:deaths\n",
            id="ignore after claims",
        ),
        pytest.param(
            "claims:\n  - " + ENTRY.format(i="    ") + "\n  - " + ENTRY.format(i="    ") + "\n# silenced\nignore: []\n",
            "claims:\n  - "
            + ENTRY.format(i="    ")
            + "\n  - "
            + ENTRY.format(i="    ")
            + "\n  - source: Radio\n    slot: count\n    subject: deaths\n    value: 16\n"
            + "\n# silenced\nignore: []\n",
            id="entries a blank line apart",
        ),
        pytest.param(
            "claims:\n  - "
            + ENTRY.format(i="    ")
            + "    quote: |\n      Fourteen.\n\n      # not a comment\n# after\n",
            "claims:\n  - "
            + ENTRY.format(i="    ")
            + "    quote: |\n      Fourteen.\n\n      # not a comment\n"
            + "  - source: Radio\n    slot: count\n    subject: deaths\n    value: 16\n# after\n",
            id="block scalar last",
        ),
        pytest.param(
            "claims:\n  - " + ENTRY.format(i="    ").rstrip("\n"),
            "claims:\n  - "
            + ENTRY.format(i="    ")
            + "  - source: Radio\n    slot: count\n    subject: deaths\n    value: 16\n",
            id="no newline at the end",
        ),
        pytest.param(
            "# keep me\nclaims:\n# silenced after review\nignore:\n- place:meeting\n",
            "# keep me\nclaims:\n- source: Radio\n  slot: count\n  subject: deaths\n  value: 16\n"
            + "# silenced after review\nignore:\n- place:meeting\n",
            id="empty claims, indented as ignore is",
        ),
        pytest.param(
            "# nothing yet\n",
            "# nothing yet\nclaims:\n  - source: Radio\n    slot: count\n    subject: deaths\n    value: 16\n",
            id="comments only",
        ),
    ],
)
def test_add_changes_nothing_but_the_lines_it_adds(tmp_path: Path, old: str, new: str) -> None:
    for newline in ("\n", "\r\n"):
        path = tmp_path / "claims.yaml"
        path.write_bytes(old.replace("\n", newline).encode())
        add_claim(path, RADIO)
        written = path.read_bytes().decode()
        assert written == new.replace("\n", newline)
        assert _added_lines(old, written) == _added_lines(old, new)
        assert [c.source for c in load_claims(path).claims][-1] == "Radio"


def test_an_empty_list_written_inline_is_the_one_thing_changed(tmp_path: Path) -> None:
    path = _write(tmp_path, "# keep me\nclaims: []  # and me\nignore: []\n")
    add_claim(path, RADIO)
    assert path.read_text() == (
        "# keep me\nclaims:  # and me\n  - source: Radio\n    slot: count\n    subject: deaths\n    value: 16\nignore: []\n"
    )


def test_a_new_file_gets_a_header_and_the_users_umask(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    old = os.umask(0o022)
    try:
        add_claim(path, {**RADIO, "trusted": True, "quote": "Sixteen people died."})
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert path.read_text() == (
        "# Claims added by hand: an official readout, a phone call, a correction.\n"
        "# `factcheck claims validate` checks this file; `factcheck compare` reads it beside the articles.\n"
        "claims:\n"
        "  - source: Radio\n"
        "    slot: count\n"
        "    subject: deaths\n"
        "    value: 16\n"
        "    quote: Sixteen people died.\n"
        "    trusted: true\n"
        "# Discrepancy keys (printed in every report) you have reviewed and want silenced.\n"
        "ignore: []\n"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "claims: [{source: A, slot: count, subject: deaths, value: 3}]\n",
            "claims.yaml:1: `claims` must be a list of '- ' entries to add to it; fix it first (nothing was changed)",
        ),
        (
            "ignore: []\n...\n",
            "claims.yaml: the claim could not be added without changing other lines; add it by hand (nothing was changed)",
        ),
        (
            "{claims: []}\n",
            "claims.yaml:1: the file is not a block mapping (`claims:` on a line of its own); fix it first (nothing was changed)",
        ),
    ],
)
def test_add_refuses_what_it_cannot_append_to_and_changes_nothing(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(StoreError) as raised:
        add_claim(path, RADIO)
    assert str(raised.value) == message.replace("claims.yaml", str(path), 1)
    assert path.read_text() == text
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]


def test_a_file_that_cannot_be_written_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "claims.yaml"
    with pytest.raises(StoreError, match=r"no such folder/claims\.yaml: cannot write \(No such file or directory\)"):
        add_claim(path, RADIO)


texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=80, deadline=None)
@given(texts)
def test_any_text_reads_back_from_a_yaml_scalar(text: str) -> None:
    from ruamel.yaml import YAML

    from factcheck.store import yaml_scalar

    scalar = yaml_scalar(text)
    assert "\n" not in scalar and "\r" not in scalar
    assert YAML().load(f"k: {scalar}\n")["k"] == text
    older = YAML(typ="safe", pure=True)
    older.version = (1, 1)  # readers of YAML 1.1 take yes, no, on, off, 1:30 for other things
    assert older.load(f"k: {scalar}\n")["k"] == text


@settings(max_examples=40, deadline=None)
@given(source=texts.filter(str.strip), quote=texts, note=texts)
def test_any_text_added_reads_back_as_the_same_string(
    tmp_path_factory: pytest.TempPathFactory, source: str, quote: str, note: str
) -> None:
    path = tmp_path_factory.mktemp("add") / "claims.yaml"
    old = "claims:\n    -   " + ENTRY.format(i="        ") + "# reviewed\n"
    path.write_text(old, encoding="utf-8")
    add_claim(path, {**RADIO, "source": source, "quote": quote, "note": note})
    written = path.read_text(encoding="utf-8")
    assert len(_added_lines(old, written)) == 6 and written.endswith("\n# reviewed\n")
    claim = load_claims(path).claims[-1]
    assert (claim.source, claim.text, claim.sentence) == (source, quote, note)


LAUGHS = """\
a: &a [lol, lol, lol]
b: &b [*a, *a, *a]
c: &c [*b, *b, *b]
claims:
  - {source: A, slot: count, subject: deaths, value: *c}
"""
TRAPPED = "claims:\n  - source: A\n    value: #c\n      4\n"  # a comment between a key and its value's line
ENTRIES = "claims:\n  - " + ENTRY.format(i="    ") + "\n  - " + ENTRY.format(i="    ").replace("14", "#c\n      15")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            LAUGHS,
            ":2: YAML aliases (*a) are not allowed in a claims file; write the value out (nothing was changed)",
            id="billion laughs",
        ),
        pytest.param(
            "claims: " + "[" * 1000 + "]" * 1000 + "\n",
            ":1: nested more than 20 levels deep; a claims file needs three (nothing was changed)",
            id="nested 1,000 deep",
        ),
        pytest.param(
            "claims:\n" + "".join("  " * depth + "- \n" for depth in range(1, 400)),
            ":21: nested more than 20 levels deep; a claims file needs three (nothing was changed)",
            id="nested block lists",
        ),
        pytest.param(
            "claims:\n  - ? [{}]\n    : 1\n",
            ":2: a key must be a word, not a list or a mapping; fix the YAML (nothing was changed)",
            id="unhashable key",
        ),
        pytest.param(
            "claims:\n  - source: !!binary aGk=\n",
            ":2: YAML tags (!!binary) are not allowed in a claims file; write the value plainly (nothing was changed)",
            id="tag",
        ),
        pytest.param(
            "claims:\n  - value: 2025-13-45\n",
            ":2: '2025-13-45' cannot be read as a number or a date (quote it to keep it as text);"
            " fix the YAML syntax (nothing was changed)",
            id="no such date",
        ),
        pytest.param(
            "claims:\n  - value: " + "9" * 5000 + "\n",
            f":2: '{'9' * 79}…' cannot be read as a number or a date (quote it to keep it as text);"
            " fix the YAML syntax (nothing was changed)",
            id="5,000 digits",
        ),
        pytest.param(
            'claims:\n  - value: "\\ud800"\n',
            ":2: \\ud800-\\udfff escapes are halves of UTF-16 pairs, not characters; write the character itself;"
            " fix the YAML syntax (nothing was changed)",
            id="lone surrogate",
        ),
        pytest.param(
            TRAPPED + "\n  - source: B\n",
            ":3: a comment ruamel.yaml cannot place (after a key whose value is on a later line?);"
            " move it to a line of its own (nothing was changed)",
            id="comment ruamel cannot place",
        ),
        pytest.param(
            "claims:\n  - source: \x07\n",
            ":2: U+0007 is not allowed in a YAML file; delete it (nothing was changed)",
            id="control character",
        ),
    ],
)
def test_a_file_that_would_hang_or_crash_the_reader_is_refused_in_one_line(
    tmp_path: Path, text: str, message: str
) -> None:
    path = _write(tmp_path, text)
    for action in (lambda: load_claims(path), lambda: add_claim(path, RADIO)):
        with pytest.raises(StoreError) as raised:
            action()
        assert str(raised.value) == f"{path}{message}"
    assert path.read_text() == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("claims: []\n".encode("utf-16"), ": UTF-16 text; save it as UTF-8"),
        ("claims: []\n".encode("utf-16-le"), ":1: a NUL byte, so not UTF-8 text; save it as UTF-8"),
        (b"claims:\n  - source: caf\xe9\n", ":2: not UTF-8 text (byte 0xE9); save it as UTF-8"),
        (b"claims:\n\n  - source: A\x00\n", ":3: a NUL byte, so not UTF-8 text; save it as UTF-8"),
    ],
)
def test_a_file_that_is_not_utf8_names_its_line_and_the_fix(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(data)
    with pytest.raises(StoreError) as raised:
        load_claims(path)
    assert str(raised.value) == f"{path}{message}"


def test_a_folder_a_device_or_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    huge = _write(tmp_path, "# " + "x" * 1_000_000)
    expected = {
        tmp_path: f"{tmp_path}: is a folder, not a claims file; name the claims.yaml in it",
        Path("/dev/null"): "/dev/null: is not a regular file (a pipe, a device or a socket); name a claims.yaml file",
        huge: f"{huge}: over 1 MB, too large for a claims file; split it or remove what is not claims",
    }
    for path, message in expected.items():
        with pytest.raises(StoreError) as raised:
            load_claims(path)
        assert str(raised.value) == message


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "claims.yaml"
    os.mkfifo(pipe)
    raised: list[StoreError] = []

    def read() -> None:
        try:
            load_claims(pipe)
        except StoreError as err:
            raised.append(err)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # stuck opening the pipe: a writer that closes at once lets it go
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    assert [str(err) for err in raised] == [
        f"{pipe}: is not a regular file (a pipe, a device or a socket); name a claims.yaml file"
    ]


def test_problems_quoting_what_was_written_stay_on_one_line(tmp_path: Path) -> None:
    text = 'claims:\n  - "so\\nurce": A\n    slot: duration\n    subject: talks\n    value: "' + "9" * 300 + '"\n'
    problems = [p.render(Path("claims.yaml")) for p in load_claims(_write(tmp_path, text)).problems]
    assert problems == [
        "claims.yaml:2: unknown key 'so\\nurce'; did you mean 'source'?",
        "claims.yaml:2: missing 'source'",
        f"claims.yaml:5: value '{'9' * 79}…' is not a quantity"
        " (write it like '4.5 hours', 'three', 'at least 200', '$2bn')",
    ]


def test_add_refuses_a_read_only_file_even_as_root(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    path.chmod(0o444)
    with pytest.raises(StoreError) as raised:
        add_claim(path, RADIO)
    assert str(raised.value) == (
        f"{path}: is read-only; make it writable (chmod u+w) or add the claim to another file (nothing was changed)"
    )
    assert path.read_text() == GOOD and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_add_writes_through_a_chain_of_symlinks_and_refuses_a_loop(tmp_path: Path) -> None:
    real = tmp_path / "event" / "claims.yaml"
    real.parent.mkdir()
    real.write_text(GOOD)
    (tmp_path / "hop.yaml").symlink_to(real)
    link = tmp_path / "claims.yaml"
    link.symlink_to("hop.yaml")
    add_claim(link, RADIO)
    assert link.is_symlink() and (tmp_path / "hop.yaml").is_symlink()
    assert [c.source for c in load_claims(real).claims] == ["Ministry of Transport", "Radio"]
    loop = tmp_path / "loop.yaml"
    loop.symlink_to("loop.yaml")
    with pytest.raises(StoreError) as raised:
        add_claim(loop, RADIO)
    assert str(raised.value) == (
        f"{loop}: a symlink that leads to no file (Too many levels of symbolic links);"
        " point it at the claims file (nothing was changed)"
    )
    assert loop.is_symlink()


def test_line_breaks_of_every_kind_in_a_value_are_written_escaped(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    add_claim(path, {**RADIO, "quote": "sixteen\u2028- dead", "note": "a\x85b\u2029c"})
    text = path.read_text()
    assert text.splitlines() == text.split("\n")[:-1]  # no line break in the file but LF
    assert '    quote: "sixteen\\u2028- dead"\n    note: "a\\x85b\\u2029c"\n' in text
    claim = load_claims(path).claims[-1]
    assert (claim.text, claim.sentence) == ("sixteen\u2028- dead", "a\x85b\u2029c")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("claims:\x85 null\nignore: []\n", id="null after a NEL"),
        pytest.param("claims:\n  []\n", id="empty list on the next line"),
        pytest.param("claims: [\n]\n", id="empty list over two lines"),
        pytest.param(ENTRIES, id="a file that would not read back"),
    ],
)
def test_add_refuses_what_it_cannot_add_to_without_changing_a_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(text.encode())
    with pytest.raises(StoreError) as raised:
        add_claim(path, RADIO)
    assert str(raised.value) == (
        f"{path}: the claim could not be added without changing other lines; add it by hand (nothing was changed)"
    )
    assert path.read_bytes() == text.encode()


def test_a_surrogate_pair_escaped_as_json_does_it_is_one_character(tmp_path: Path) -> None:
    path = _write(tmp_path, 'claims:\n  - {source: "Radio \\ud83d\\udcfb", slot: count, subject: deaths, value: 3}\n')
    assert [c.source for c in load_claims(path).claims] == ["Radio 📻"]
    add_claim(path, RADIO)
    assert [c.source for c in load_claims(path).claims] == ["Radio 📻", "Radio"]
