"""claims.yaml: claims people add by hand, read, checked line by line, and written back without loss.

ruamel.yaml does the round trip because it keeps what a person wrote (comments, key order,
blank lines) when the file is written back, which PyYAML cannot. Writes go to a temporary file
that replaces the old one in a single rename, so an interrupted write never leaves half a file.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .concepts import event_for, frame_for, slots, typed_event
from .dates import parse_date
from .files import write_atomically
from .models import Claim, Origin, PersonValue, PlaceValue, TextValue, Value
from .quantities import parse_quantity
from .vocab import VENUE_NOUNS

# The slots a claims file may use are the concept registry's: a new concept is a new slot here too.
QUANTITY_SLOTS = {name for name, concept in slots().items() if concept.value_kind == "quantity"}
SLOTS = set(slots())
FIELDS = ("id", "source", "slot", "subject", "value", "quote", "note", "url", "trusted", "role")
REQUIRED = ("source", "slot", "subject", "value")
TOP_LEVEL = ("claims", "ignore")
DEFAULT_FILE = Path("claims.yaml")
TEMPLATE = """\
# Claims added by hand: an official readout, a phone call, a correction.
# Each entry is one checkable statement by one source, written as a person writes it.
# `factcheck claims validate` checks this file; `factcheck compare` reads it beside the articles.
claims: []
# Discrepancy keys (printed in every report) you have reviewed and want silenced.
ignore: []
"""


class StoreError(Exception):
    """claims.yaml cannot be read or written; the message names the file, the line and what to do."""


@dataclass
class Problem:
    """One thing wrong in claims.yaml, with the line a person should look at."""

    line: int
    message: str

    def render(self, path: Path) -> str:
        return f"{path}:{self.line}: {self.message}"


@dataclass
class ClaimsFile:
    """What a claims.yaml holds: the claims it defines, the keys it silences, and what is wrong in it."""

    path: Path
    claims: list[Claim] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    return yaml


def _parse(path: Path, text: str) -> Any:
    """The round-trip document, or StoreError naming the line of the syntax error."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        return _yaml().load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else 0
        problem = err.problem or err.context or "invalid YAML"
        raise StoreError(f"{path}:{line}: {problem}; fix the YAML syntax (nothing was changed)") from err
    except YAMLError as err:
        raise StoreError(f"{path}: not valid YAML ({err}); fix the syntax (nothing was changed)") from err


def read_text(path: Path) -> str:
    """The file's text, or StoreError saying why it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise StoreError(
            f"{path}: no such file; create it with `factcheck claims add` or name another with --claims"
        ) from err
    except UnicodeDecodeError as err:
        raise StoreError(f"{path}: not UTF-8 text; save it as UTF-8") from err
    except OSError as err:
        raise StoreError(f"{path}: cannot read ({err.strerror})") from err


def load_claims(path: Path) -> ClaimsFile:
    """Read and check a claims file; problems are collected, not raised, so all can be shown at once."""
    text = read_text(path)
    document = _parse(path, text)
    result = ClaimsFile(path=path)
    if document is None:
        return result
    if not isinstance(document, dict):
        result.problems.append(Problem(1, "the file must be a mapping with a `claims:` list (see README)"))
        return result
    for key in document:
        if key not in TOP_LEVEL:
            result.problems.append(
                Problem(_key_line(document, key), f"unknown key '{key}'{_did_you_mean(str(key), TOP_LEVEL)}")
            )
    entries = document.get("claims") or []
    if not isinstance(entries, list):
        result.problems.append(Problem(_key_line(document, "claims"), "`claims` must be a list of entries"))
        entries = []
    seen_ids: dict[str, int] = {}
    for index, entry in enumerate(entries):
        line = _item_line(entries, index)
        claim = _entry_to_claim(entry, line, result.problems, seen_ids)
        if claim is not None:
            result.claims.append(claim)
    ignore = document.get("ignore") or []
    if not isinstance(ignore, list):
        result.problems.append(Problem(_key_line(document, "ignore"), "`ignore` must be a list of discrepancy keys"))
    else:
        for index, item in enumerate(ignore):
            key = item.get("key") if isinstance(item, dict) else item
            if not isinstance(key, str) or not key.strip():
                result.problems.append(
                    Problem(_item_line(ignore, index), "each `ignore` entry is a discrepancy key (a string)")
                )
            else:
                result.ignore.append(key.strip())
    return result


def _key_line(mapping: Any, key: str) -> int:
    try:
        return int(mapping.lc.key(key)[0]) + 1
    except (AttributeError, KeyError, TypeError):
        return 1


def _item_line(seq: Any, index: int) -> int:
    try:
        return int(seq.lc.item(index)[0]) + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return 1


def _value_line(mapping: Any, key: str, default: int) -> int:
    try:
        return int(mapping.lc.value(key)[0]) + 1
    except (AttributeError, KeyError, TypeError):
        return default


def _did_you_mean(word: str, choices: tuple[str, ...] | set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else f"; expected one of: {', '.join(sorted(choices))}"


def _entry_to_claim(entry: Any, line: int, problems: list[Problem], seen_ids: dict[str, int]) -> Claim | None:
    """A Claim from one entry, or None after noting every problem it has."""
    if not isinstance(entry, dict):
        problems.append(Problem(line, "each claim is a mapping with source, slot, subject and value"))
        return None
    before = len(problems)
    for key in entry:
        if key not in FIELDS:
            problems.append(Problem(_key_line(entry, key), f"unknown key '{key}'{_did_you_mean(str(key), FIELDS)}"))
    for key in REQUIRED:
        if entry.get(key) in (None, ""):
            problems.append(Problem(line, f"missing '{key}'"))
    for key in ("source", "subject", "quote", "note", "url", "id", "role"):
        if entry.get(key) is not None and not isinstance(entry.get(key), str | int | float):
            problems.append(Problem(_value_line(entry, key, line), f"'{key}' must be text"))
    if "trusted" in entry and not isinstance(entry["trusted"], bool):
        problems.append(Problem(_value_line(entry, "trusted", line), "'trusted' must be true or false"))
    slot = str(entry.get("slot") or "")
    if slot and slot not in SLOTS:
        problems.append(Problem(_value_line(entry, "slot", line), f"unknown slot '{slot}'{_did_you_mean(slot, SLOTS)}"))
    claim_id = entry.get("id")
    if claim_id is not None:
        if str(claim_id) in seen_ids:
            problems.append(
                Problem(
                    line,
                    f"duplicate id '{claim_id}' (first used on line {seen_ids[str(claim_id)]}); give each claim its own id",
                )
            )
        seen_ids.setdefault(str(claim_id), line)
    if len(problems) > before:
        return None
    raw_value = str(entry["value"]).strip()
    value, problem = parse_value(slot, raw_value, str(entry.get("role") or "") or None, str(entry["subject"]))
    if value is None:
        problems.append(Problem(_value_line(entry, "value", line), problem))
        return None
    return manual_claim(
        source=str(entry["source"]),
        slot=slot,
        subject=str(entry["subject"]),
        value=value,
        written=raw_value,
        quote=_text(entry.get("quote")),
        note=_text(entry.get("note")),
        url=_text(entry.get("url")),
        trusted=bool(entry.get("trusted", False)),
        claim_id=None if claim_id is None else str(claim_id),
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def parse_value(slot: str, written: str, role: str | None = None, subject: str = "") -> tuple[Value | None, str]:
    """Parse a value as a person writes it, by slot, with the same parsers that read articles (a
    state is read against the subject it is a state of: "closed" is "not open" for "schools open")."""
    if slot in QUANTITY_SLOTS:
        quantity = parse_quantity(written)
        if quantity is None:
            return (
                None,
                f"value '{written}' is not a quantity (write it like '4.5 hours', 'three', 'at least 200', '$2bn')",
            )
        if slot == "duration" and quantity.unit != "hour":
            return (
                None,
                f"value '{written}' is not a length of time (write it like '90 minutes', 'four hours', 'five days')",
            )
        return quantity, ""
    if slot == "date":
        date = parse_date(written)
        if date is None:
            return None, f"value '{written}' is not a date (write it like '18 February 2025', 'March 2024', 'Tuesday')"
        return date, ""
    if slot == "time":
        from .concepts.time_of_day import read_time

        time = read_time(written)
        if time is None:
            return None, f"value '{written}' is not a time of day (write it like '13:34', '1:30 p.m.', '10:34 UTC')"
        return time, ""
    if slot == "participant":
        from .extract import canonical_person

        return PersonValue(name=written, canonical=canonical_person(written), role=role), ""
    if slot == "place":
        words = set(written.lower().split())
        level = "venue" if words & VENUE_NOUNS else "city"
        canonical = re.sub(r"^the\s+", "", written.lower()).replace("-", " ")
        return PlaceValue(name=written, canonical=canonical, level=level), ""  # type: ignore[arg-type]
    if slot == "event_type":
        lowered = written.lower()
        if re.search(r"phone|call|telephone|video", lowered):
            return TextValue(text="phone call"), ""
        if re.search(r"meet|in[- ]person|face[- ]to[- ]face", lowered):
            return TextValue(text="in-person meeting"), ""
        return None, f"value '{written}' is not a kind of contact (write 'phone call' or 'in-person meeting')"
    if slot == "status":
        from .concepts.status import frame_of, read_state

        state = frame_of(subject)["state"]
        stated = read_state(written, state) if state else None
        if stated is None:
            return None, (
                f"value '{written}' says neither '{state}' nor 'not {state}' (write 'yes' or 'no')"
                if state
                else f"subject '{subject}' names no state (write it like 'schools open', 'state of emergency declared')"
            )
        return TextValue(text=stated), ""
    if slot == "score":
        match = re.fullmatch(r"\s*(\d{1,3})\s*[-–:]\s*(\d{1,3})\s*", written)
        if match is None:
            return None, f"value '{written}' is not a score (write it like '3-1')"
        high, low = sorted((int(match.group(1)), int(match.group(2))), reverse=True)
        return TextValue(text=f"{high}-{low}"), ""
    return TextValue(text=written), ""


def _subject(slot: str, subject: str) -> str:
    """Bring a typed subject to the extractor's form ("Contact between B and A" → "contact between A and B")."""
    match = re.fullmatch(r"(?i)\s*contact between (.+?) and (.+?)\s*", subject)
    if slot == "event_type" and match:
        first, second = sorted(name.split()[-1] for name in match.groups())
        return f"contact between {first} and {second}"
    if slot in ("place", "participant"):
        return typed_event(subject).subject
    return " ".join(subject.split())


def manual_claim(
    *,
    source: str,
    slot: str,
    subject: str,
    value: Value,
    written: str,
    quote: str | None = None,
    note: str | None = None,
    url: str | None = None,
    trusted: bool = False,
    claim_id: str | None = None,
) -> Claim:
    """A Claim from what a person wrote; its text is the quote (or the value), spanning all of it."""
    text = quote or written
    digest = hashlib.sha1(f"manual|{source}|{slot}|{subject}|{written}".encode()).hexdigest()[:12]
    return Claim(
        id=claim_id or digest,
        source=source,
        slot=slot,
        subject=_subject(slot, subject),
        about=frame_for(slot, subject),
        event=event_for(slot, subject),
        value=value,
        text=text,
        start=0,
        end=len(text),
        sentence=note or text,
        origin=Origin.manual,
        trusted=trusted,
        url=url,
    )


def add_claim(path: Path, entry: dict[str, Any]) -> Claim:
    """Append one entry to a claims file (creating it if absent), keeping everything a person wrote.

    The entry is checked first; a file that does not parse is never rewritten.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.util import load_yaml_guess_indent

    problems: list[Problem] = []
    claim = _entry_to_claim(entry, 0, problems, {})
    if claim is None:
        raise StoreError("; ".join(p.message for p in problems))
    text = read_text(path) if path.exists() else TEMPLATE
    document = _parse(path, text)
    if document is None:
        document = _parse(path, TEMPLATE)
    if not isinstance(document, dict):
        raise StoreError(
            f"{path}:1: the file must be a mapping with a `claims:` list; fix it first (nothing was changed)"
        )
    existing = load_claims(path) if path.exists() else ClaimsFile(path=path)
    if entry.get("id") is not None and any(c.id == str(entry["id"]) for c in existing.claims):
        raise StoreError(f"{path}: a claim with id '{entry['id']}' is already there; choose another id")
    claims = document.get("claims")
    if claims is None:
        claims = CommentedSeq()
        document["claims"] = claims
    if not isinstance(claims, list):
        raise StoreError(
            f"{path}:{_key_line(document, 'claims')}: `claims` must be a list; fix it first (nothing was changed)"
        )
    if isinstance(claims, CommentedSeq) and not claims:
        claims.fa.set_block_style()
    item = CommentedMap()
    for key in FIELDS:
        if entry.get(key) not in (None, "", False):
            item[key] = entry[key]
    claims.append(item)
    _, indent, block_seq_indent = load_yaml_guess_indent(text)
    yaml = _yaml()
    yaml.indent(mapping=indent or 2, sequence=indent or 2, offset=block_seq_indent or 0)
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    write_atomically(path, buffer.getvalue())
    return claim
