"""Hostile claims.yaml files, thousands of them: reading never crashes or hangs, adding never breaks a file.

Every file is a valid claims file mutated at random (YAML syntax characters, line breaks of every
kind, tabs, deep nesting, aliases, tags, huge numbers, duplicate keys, bytes that are not UTF-8).
`load_claims` may only answer with a ClaimsFile or a one-line StoreError naming the file; after
every successful `add_claim` the file holds its old lines, unchanged and in order, with the new
entry's lines in one place, and reads back as its old claims plus the new one.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from factcheck.concepts import slots
from factcheck.store import ClaimsFile, StoreError, add_claim, load_claims

pytestmark = pytest.mark.slow

SLOTS = sorted(slots())
VALUES = [
    "two decades",
    "1e400",
    "9" * 300,
    "[/bold]",
    "at least 14",
    "3",
    "four hours",
    "$2bn",
    "18 February 2025",
    "13:34",
    "Jane Doe",
    "phone call",
    "3-1",
    "yes",
    "closed",
    "1:30",
    "null",
    "~",
    "- x",
    "a: b",
    "# not a comment",
    "'quoted'",
    '"double"',
    "x\u2028y",
    "tab\there",
    "",
    "１２",
]
# Slot, subject and value that read as a claim, so most additions go through and are checked after.
READABLE = [
    ("count", "deaths", "at least 14"),
    ("duration", "meeting", "two decades"),
    ("duration", "meeting", "four hours"),
    ("money", "price", "$2bn"),
    ("date", "verdict", "18 February 2025"),
    ("time", "onset", "13:34"),
    ("participant", "meeting", "Jane Doe"),
    ("event_type", "contact between Doe and Roe", "phone call"),
    ("score", "match", "3-1"),
    ("status", "schools open", "closed"),
    ("role", "Petros Kallas", "mayor"),
    ("place", "meeting", "the Hilton hotel"),
    ("actor", "meeting", "[/bold]"),
    ("alert_level", "storm", "red\u2028- source: forged"),
    ("race_time", "race", "1e400"),
    ("role", "Petros Kallas", "9" * 300),
]
SUBJECTS = ["deaths", "meeting", "schools open", "price", "Petros Kallas", "verdict", "onset", "match"]
SNIPPETS = [
    *"-:?[]{}&*!|>#'\"",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    "\x85",
    "\x0c",
    "\ufeff",
    "\x00",
    "\x07",
    "é",
    "😀",
    "\u200b",
    "&a ",
    "*a",
    "<<: *a\n",
    "? [{}]\n: 1\n",
    "? {a: 1}\n: 2\n",
    "[" * 30,
    "{a: " * 25,
    "- " * 25,
    "9" * 300,
    "9" * 5000,
    "1e400",
    "2025-13-45",
    "0x" + "f" * 40,
    "!!int ",
    "!!binary ",
    "!!timestamp ",
    "!foo ",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "claims:\n",
    "ignore:\n",
    "  - ",
    "    value:\n",
    "    value: two decades\n",
    "    source: dup\n    source: dup\n",
    "\n# comment\n",
    "claims: []\n",
    "|\n",
    ">-\n",
]
LAUGHS = "".join(f"l{i + 1}: &l{i + 1} [{', '.join([f'*l{i}'] * 9)}]\n" for i in range(9))


@st.composite
def entries(draw: st.DrawFn) -> dict[str, Any]:
    """A claim entry as a person types it: one that reads, or a real slot with a value from the list or anything."""
    slot, subject, value = draw(
        st.sampled_from(READABLE)
        | st.tuples(st.sampled_from(SLOTS), st.sampled_from(SUBJECTS), st.sampled_from(VALUES) | st.text(max_size=12))
    )
    source = draw(st.sampled_from(["Ministry", "Radio X", "TV: live", "#1 paper", "Ms. O'Hara"]))
    entry: dict[str, Any] = {"source": source, "slot": slot, "subject": subject, "value": value}
    for name in ("quote", "note", "id"):
        if draw(st.booleans()):
            entry[name] = draw(st.sampled_from(VALUES) | st.text(max_size=12))
    if draw(st.booleans()):
        entry["trusted"] = True
    return entry


def _scalar(draw: st.DrawFn, value: Any) -> str:
    """A value as a hand-written file may hold it: plain when it is a few words, else quoted as JSON does it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if re.fullmatch(r"[A-Za-z0-9][\w .$,/-]*", str(value)) and draw(st.booleans()):
        return str(value)
    return json.dumps(str(value), ensure_ascii=draw(st.booleans()))


@st.composite
def claims_files(draw: st.DrawFn) -> str:
    """A claims file in one of the styles people write, which usually reads without a problem."""
    indent = " " * draw(st.sampled_from([0, 2, 4]))
    dash = "-" + " " * draw(st.sampled_from([1, 3]))
    inner = indent + " " * len(dash)
    lines = ["# claims added by hand"] if draw(st.booleans()) else []
    if draw(st.booleans()):
        lines += ["ignore:", f"{indent}- count:deaths"]
    written = draw(st.lists(entries(), max_size=4))
    lines.append("claims:" + draw(st.sampled_from(["", "  # none yet"] if written else [" []", " ~", " null", ""])))
    for entry in written:
        if draw(st.booleans()):
            fields = ", ".join(f"{name}: {json.dumps(value)}" for name, value in entry.items())
            lines.append(f"{indent}{dash}{{{fields}}}")
        else:
            pairs = [f"{name}: {_scalar(draw, value)}" for name, value in entry.items()]
            lines += [f"{indent}{dash}{pairs[0]}", *(inner + pair for pair in pairs[1:])]
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["", "# reviewed", f"{inner}# a comment", "\u2028"])))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines) + draw(st.sampled_from([newline, ""]))


@st.composite
def mutated_files(draw: st.DrawFn) -> str:
    """A claims file with a few random insertions, a line doubled or dropped."""
    text = draw(claims_files())
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(SNIPPETS) | st.text(max_size=4))
        text = text[:at] + piece + text[at:]
    lines = text.split("\n")
    if lines and draw(st.booleans()):
        i = draw(st.integers(0, len(lines) - 1))
        lines.insert(i, lines[i]) if draw(st.booleans()) else lines.pop(i)
    return "\n".join(lines)


@st.composite
def structures(draw: st.DrawFn) -> str:
    """A claims file that nests deep, expands aliases, or has a list or a mapping for a key."""
    depth = draw(st.integers(1, 6000))
    return draw(
        st.sampled_from(
            [
                "claims: " + "[" * depth + "]" * depth + "\n",
                "claims: " + "{a: " * depth + "1" + "}" * depth + "\n",
                "claims:\n" + "".join("  " * (i + 1) + "- \n" for i in range(min(depth, 400))),
                "l0: &l0 [lol, lol]\n" + LAUGHS + "claims:\n  - {source: a, slot: count, subject: x, value: *l9}\n",
                "claims:\n  - &e {source: a, slot: count, subject: x, value: 3}\n" + "  - *e\n" * min(depth, 100),
                "claims:\n  - ? " + "[" * min(depth, 30) + "{}" + "]" * min(depth, 30) + "\n    : 1\n",
                "claims:\n  - source: A\n    slot: count\n    subject: x\n    value: " + "9" * depth + "\n",
            ]
        )
    )


def _one_line(message: str) -> bool:
    """Whether a message stays on one line, in every reader's sense of a line."""
    return len(message.splitlines()) == 1


def _read(path: Path) -> ClaimsFile | None:
    """The file as load_claims reads it, None when that is a StoreError; either way every message is one line."""
    try:
        stored = load_claims(path)
    except StoreError as err:
        assert str(err).startswith(f"{path}") and _one_line(str(err)), str(err)
        return None
    for problem in [*stored.problems, *stored.warnings]:
        assert _one_line(problem.render(path)), problem.render(path)
    return stored


def _lines(text: str) -> list[str]:
    """Lines as YAML 1.2 has them: split at LF, CR LF and CR, never at U+2028 and the like."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z", text)


def _emptied(old: str) -> list[str]:
    """The old text, and each way it reads with one `claims:` line's empty list or null taken out (as adding does)."""
    lines = _lines(old)
    cut = [re.sub(r"^(\ufeff?\s*[\"']?claims[\"']?\s*:) *(?:\[ *\]|~|null)", r"\1", line) for line in lines]
    return [old, *("".join([*lines[:i], cut[i], *lines[i + 1 :]]) for i in range(len(lines)) if cut[i] != lines[i])]


def _lines_added(old: str, new: str) -> bool:
    """Whether new is old with whole lines added in one place (old's last line may gain its line break)."""
    ending = re.match(r"\r\n|\r|\n", new[len(old) :]) if new.startswith(old) else None
    if old[-1:] not in ("\r", "\n") and ending:  # lines added after a last line without a break
        old += ending.group()
    old_lines, new_lines = _lines(old), _lines(new)
    head = 0
    while head < len(old_lines) and new_lines[head] == old_lines[head]:
        head += 1
    tail = old_lines[head:]
    return len(new_lines) > len(old_lines) and new_lines[len(new_lines) - len(tail) :] == tail


def _check_add(text: str | bytes, entry: dict[str, Any]) -> None:
    """Write the file, read it, add the entry: a crash, a changed line or a claim read differently fails."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.yaml"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
        old = path.read_bytes()
        before = _read(path)
        try:
            claim = add_claim(path, entry)
        except StoreError as err:
            event(f"refused: {str(err)[len(str(path)) :].split(';')[0].split(':')[-1].strip()[:40]}")
            assert str(err).startswith(f"{path}") and _one_line(str(err)), str(err)
            assert path.read_bytes() == old and [p.name for p in Path(folder).iterdir()] == ["claims.yaml"]
            return
        assert before is not None, "a file load_claims refuses was added to"
        event("added")
        new = path.read_bytes().decode("utf-8")
        assert any(_lines_added(text, new) for text in _emptied(old.decode("utf-8"))), (old, new)
        after = _read(path)
        assert after is not None
        assert after.claims == [*before.claims, claim]
        assert sorted(p.message for p in after.problems) == sorted(p.message for p in before.problems)


FUZZ = settings(max_examples=1500, deadline=10_000, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(mutated_files())
def test_reading_a_mutated_file_never_crashes(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        _read(path)


@FUZZ
@given(mutated_files(), entries())
def test_adding_to_a_mutated_file_changes_nothing_but_its_lines(text: str, entry: dict[str, Any]) -> None:
    _check_add(text, entry)


@settings(max_examples=1500, deadline=10_000, suppress_health_check=[HealthCheck.too_slow])
@given(claims_files(), entries())
def test_adding_to_a_valid_file_always_works_or_says_why(text: str, entry: dict[str, Any]) -> None:
    _check_add(text, entry)


@settings(max_examples=300, deadline=10_000, suppress_health_check=[HealthCheck.too_slow])
@given(structures(), entries())
def test_deep_nesting_aliases_and_odd_keys_are_refused_quickly(text: str, entry: dict[str, Any]) -> None:
    _check_add(text, entry)


@settings(max_examples=400, deadline=10_000, suppress_health_check=[HealthCheck.too_slow])
@given(
    claims_files(),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"]),
    st.lists(st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=3)), max_size=3),
    entries(),
)
def test_bytes_in_any_encoding_are_read_or_refused_in_one_line(
    text: str, encoding: str, insertions: list[tuple[int, bytes]], entry: dict[str, Any]
) -> None:
    data = text.encode(encoding, "replace")
    for at, piece in insertions:
        data = data[: at % (len(data) + 1)] + piece + data[at % (len(data) + 1) :]
    _check_add(data, entry)
