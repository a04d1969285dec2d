"""claims.yaml: claims people add by hand, read, checked line by line, and written back without loss.

Reading goes through ruamel.yaml, whose line marks let every problem name its line. Adding a
claim never re-dumps the file: the new entry is written as text in the file's own indentation,
right after the last entry of `claims:`, and the result is read back before it replaces the old
file in a single rename, so nothing but the added lines changes and an interrupted write never
leaves half a file.

A claims file is read before any article, so a hostile one must not hang or crash a run: a pipe, a
device, a folder or a file over MAX_BYTES is refused unread, and YAML that would expand an alias, nest
past MAX_DEPTH or build an unhashable key is refused from ruamel's event stream, before it is built.
"""

from __future__ import annotations

import codecs
import difflib
import functools
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .concepts import event_for, frame_for, slots, typed_event
from .dates import parse_date
from .files import NotAFile, read_file, write_atomically
from .models import Claim, Origin, PersonValue, PlaceValue, TextValue, Value
from .quantities import parse_quantity
from .vocab import VENUE_NOUNS

# The slots a claims file may use are the concept registry's: a new concept is a new slot here too.
QUANTITY_SLOTS = {name for name, concept in slots().items() if concept.value_kind == "quantity"}
SLOTS = set(slots())
FIELDS = ("id", "source", "slot", "subject", "value", "quote", "note", "url", "trusted", "role")
REQUIRED = ("source", "slot", "subject", "value")
TEXT_FIELDS = ("source", "subject", "quote", "note", "url", "id", "role")  # a value is read as written, even [1, 2]
TOP_LEVEL = ("claims", "ignore")
# What factcheck.compare writes after the subject of a discrepancy key: a time's clock (compare_times),
# a site's level (compare_sites). A participant key ends in the person's name (single_source_people),
# a quantity key may end in its unit; every other key is slot:subject.
KEY_ENDINGS = {"time": ("local", "UTC"), "site": ("venue", "city")}
NAMED_KEYS = ("participant",)
DEFAULT_FILE = Path("claims.yaml")
# Bounds that keep a hostile claims file from hanging a read (ruamel's scanner slows with every level
# of nesting, and reads about 300 KB a second): a hand-written file is far inside all three.
MAX_BYTES = 1_000_000
MAX_DEPTH = 20
MAX_NODES = 100_000
TEMPLATE = """\
# Claims added by hand: an official readout, a phone call, a correction.
# `factcheck claims validate` checks this file; `factcheck compare` reads it beside the articles.
claims:
# Discrepancy keys (printed in every report) you have reviewed and want silenced.
ignore: []
"""


class StoreError(Exception):
    """claims.yaml cannot be read or written; the message names the file, the line and what to do."""


@dataclass
class Problem:
    """One thing wrong (or, as a warning, likely wrong) in claims.yaml, with the line a person should look at."""

    line: int
    message: str
    warning: bool = False

    def render(self, path: Path) -> str:
        """The problem as `file:line: message`, a warning marked as one."""
        return f"{path}:{self.line}: {'warning: ' if self.warning else ''}{self.message}"


@dataclass
class ClaimsFile:
    """What a claims.yaml holds: its claims, the keys it silences, what is wrong and what looks wrong in it."""

    path: Path
    claims: list[Claim] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def _yaml() -> Any:
    """A round-trip reader: it keeps the line of every key and item."""
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.Constructor = _constructor()
    yaml.preserve_quotes = True
    yaml.width = 4096
    return yaml


_SURROGATE = re.compile("[\ud800-\udfff]")


@functools.cache
def _constructor() -> Any:
    """ruamel's round-trip constructor, with a value it cannot build (a date 2025-13-45, a number of
    5,000 digits) made an error that names its line instead of a ValueError that names nothing."""
    from ruamel.yaml.constructor import ConstructorError, RoundTripConstructor

    class Constructor(RoundTripConstructor):  # type: ignore[misc]
        """The round-trip constructor, reporting where a value cannot be built."""

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            """The node's value, or ConstructorError at its line when it cannot be built."""
            try:
                value = super().construct_object(node, deep=deep)
            except (ValueError, OverflowError) as err:
                written = _shown(str(node.value)) if isinstance(node.value, str) else "a value"
                problem = f"'{written}' cannot be read as a number or a date (quote it to keep it as text)"
                raise ConstructorError(None, None, problem, node.start_mark) from err
            if isinstance(value, str) and _SURROGATE.search(value):
                value = _paired(value)
            if isinstance(value, str) and _SURROGATE.search(value):
                problem = (
                    "\\ud800-\\udfff escapes are halves of UTF-16 pairs, not characters; write the character itself"
                )
                raise ConstructorError(None, None, problem, node.start_mark)
            return value

    return Constructor


def _paired(text: str) -> str:
    """Text with each pair of surrogate escapes, as JSON writes "\\ud83d\\ude00", made the one character it is."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _parse(path: Path, text: str) -> Any:
    """The round-trip document, or StoreError naming the line of what makes it unreadable.

    The event stream is checked first (see _check_events), so nothing is built from a file that
    would expand an alias, nest without end or build a key Python cannot hash.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    try:
        _check_events(path, text)
        return _yaml().load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else 0
        problem = _shown(err.problem or err.context or "invalid YAML", 200)
        raise StoreError(f"{path}:{line}: {problem}; fix the YAML syntax (nothing was changed)") from err
    except ReaderError as err:
        line = text.count("\n", 0, err.position) + 1
        character = f"U+{err.character:04X}" if isinstance(err.character, int) else "a character"
        raise StoreError(
            f"{path}:{line}: {character} is not allowed in a YAML file; delete it (nothing was changed)"
        ) from err
    except YAMLError as err:
        raise StoreError(
            f"{path}: not valid YAML ({_shown(str(err), 200)}); fix the syntax (nothing was changed)"
        ) from err
    except NotImplementedError as err:  # ruamel's round-trip reader has comment placements it cannot keep
        where = re.search(r"line: (\d+)", str(err))
        line = int(where.group(1)) + 1 if where else 0
        raise StoreError(
            f"{path}:{line}: a comment ruamel.yaml cannot place (after a key whose value is on a later line?); "
            "move it to a line of its own (nothing was changed)"
        ) from err
    except (ValueError, TypeError, RecursionError) as err:  # a last guard: no file is worth a traceback
        raise StoreError(
            f"{path}: cannot be read as YAML ({type(err).__name__}); simplify it (nothing was changed)"
        ) from err


def _check_events(path: Path, text: str) -> None:
    """StoreError at the line of the first node that could hang, exhaust memory or crash building the
    document: an alias, a tag, a list or mapping as a key, nesting past MAX_DEPTH, more than MAX_NODES.

    ruamel's parser yields events one at a time without building anything, so this runs before an
    alias is expanded or a nested structure is built (and stops at the first node past a bound).
    """
    from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent, MappingStartEvent, NodeEvent

    open_nodes: list[list[int]] = []  # per open collection: [1 for a mapping, 0 for a list; nodes in it so far]
    nodes = 0
    for event in _yaml().parse(text):
        if isinstance(event, CollectionEndEvent):
            open_nodes.pop()
        if not isinstance(event, NodeEvent):
            continue
        nodes += 1
        is_key = bool(open_nodes) and open_nodes[-1][0] == 1 and open_nodes[-1][1] % 2 == 0
        problem = _node_problem(event, is_key, len(open_nodes), nodes)
        if problem:
            raise StoreError(f"{path}:{event.start_mark.line + 1}: {problem} (nothing was changed)")
        if open_nodes:
            open_nodes[-1][1] += 1
        if isinstance(event, CollectionStartEvent):
            open_nodes.append([int(isinstance(event, MappingStartEvent)), 0])


def _node_problem(event: Any, is_key: bool, depth: int, nodes: int) -> str | None:
    """Why one node of the event stream may not be built, or None when it may."""
    from ruamel.yaml.events import AliasEvent, CollectionStartEvent

    if isinstance(event, AliasEvent):
        return f"YAML aliases (*{_shown(str(event.anchor), 40)}) are not allowed in a claims file; write the value out"
    if event.tag is not None:
        tag = re.sub(r"^tag:yaml\.org,2002:", "!!", str(event.tag))
        return f"YAML tags ({_shown(tag, 40)}) are not allowed in a claims file; write the value plainly"
    if is_key and isinstance(event, CollectionStartEvent):
        return "a key must be a word, not a list or a mapping; fix the YAML"
    if depth >= MAX_DEPTH:
        return f"nested more than {MAX_DEPTH} levels deep; a claims file needs three"
    if nodes > MAX_NODES:
        return f"more than {MAX_NODES:,} values, too many for a claims file; split it"
    return None


def _shown(text: str, limit: int = 80) -> str:
    """Text as a one-line message quotes it: line breaks and other unprintable characters escaped, cut at limit."""
    flat = "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def read_text(path: Path) -> str:
    """The text of a claims file with its own line endings, or StoreError saying why it cannot be read."""
    return _decode(path, _read_bytes(path))


def _read_bytes(path: Path) -> bytes:
    """A regular file's bytes; a folder, a pipe or a device (which could hang a read) or a file over
    MAX_BYTES is a StoreError."""
    try:
        data = read_file(path, MAX_BYTES)
    except NotAFile as err:
        if err.folder:
            raise StoreError(f"{path}: is a folder, not a claims file; name the claims.yaml in it") from err
        raise StoreError(
            f"{path}: is not a regular file (a pipe, a device or a socket); name a claims.yaml file"
        ) from err
    except FileNotFoundError as err:
        raise StoreError(
            f"{path}: no such file; create it with `factcheck claims add` or name another with --claims"
        ) from err
    except OSError as err:
        raise StoreError(f"{path}: cannot read ({err.strerror or err})") from err
    if len(data) > MAX_BYTES:
        raise StoreError(_too_large(path))
    return data


def _too_large(path: Path) -> str:
    """The message for a file over MAX_BYTES."""
    return (
        f"{path}: over {MAX_BYTES // 1_000_000} MB, too large for a claims file; split it or remove what is not claims"
    )


_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 bytes as text (line endings as they are), or StoreError naming the line where they are not."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            raise StoreError(f"{path}: {encoding} text; save it as UTF-8")
    if b"\0" in data:
        line = data.count(b"\n", 0, data.index(b"\0")) + 1
        raise StoreError(f"{path}:{line}: a NUL byte, so not UTF-8 text; save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise StoreError(f"{path}:{line}: not UTF-8 text (byte 0x{data[err.start]:02X}); save it as UTF-8") from err


def load_claims(path: Path) -> ClaimsFile:
    """Read and check a claims file; problems are collected, not raised, so all can be shown at once."""
    return read_claims(path, read_text(path))


def read_claims(path: Path, text: str) -> ClaimsFile:
    """Check the text of a claims file: its claims, every problem and every warning, in line order."""
    return _claims_in(path, _parse(path, text))


def _claims_in(path: Path, document: Any) -> ClaimsFile:
    """Check a claims file's parsed document: its claims, every problem and every warning, in line order."""
    result = ClaimsFile(path=path)
    if document is None:
        return result
    if not isinstance(document, dict):
        result.problems.append(Problem(1, "the file must be a mapping with a `claims:` list (see README)"))
        return result
    for key in document:
        if key not in TOP_LEVEL:
            result.problems.append(
                Problem(
                    _key_line(document, key), f"unknown key '{_shown(str(key))}'{_did_you_mean(str(key), TOP_LEVEL)}"
                )
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
                continue
            result.ignore.append(key.strip())
            warning = ignore_key_warning(key.strip())
            if warning:
                result.warnings.append(Problem(_item_line(ignore, index), warning, warning=True))
    result.problems.sort(key=lambda p: p.line)
    return result


def ignore_key_warning(key: str) -> str | None:
    """Why an `ignore:` key cannot be one a report prints (and so silences nothing), or None when it can be."""
    slot, colon, rest = key.partition(":")
    if not colon:
        return f"ignore key '{_shown(key, 200)}' is not slot:subject as reports print keys (e.g. 'count:deaths'); it silences nothing"
    if slot not in SLOTS:
        return f"ignore key '{_shown(key, 200)}' starts with unknown slot '{_shown(slot)}', so it silences nothing{_did_you_mean(slot, SLOTS)}"
    parts = rest.split(":")
    if any(not part or part != part.strip() for part in parts):
        return f"ignore key '{_shown(key, 200)}' has an empty part or a space beside ':'; copy the key as the report prints it"
    endings = KEY_ENDINGS.get(slot, ())
    if endings and (len(parts) < 2 or parts[-1] not in endings):
        wanted = " or ".join(f"':{ending}'" for ending in endings)
        return f"ignore key '{_shown(key, 200)}' does not end in {wanted} after its subject, as every {slot} key a report prints does{_did_you_mean_ending(key, parts[-1], endings)}"
    if slot in NAMED_KEYS and len(parts) < 2:
        return f"ignore key '{_shown(key, 200)}' names no person; {slot} keys read '{slot}:subject:name' in reports"
    return None


def _did_you_mean_ending(key: str, last: str, endings: tuple[str, ...]) -> str:
    """A did-you-mean for a key whose last part is an ending in the wrong case ('time:meeting:utc')."""
    close = [ending for ending in endings if ending.lower() == last.lower()]
    return f"; did you mean '{key[: len(key) - len(last)]}{close[0]}'?" if close else ""


def _key_line(mapping: Any, key: str) -> int:
    """The 1-based line of a mapping's key (1 when ruamel kept none)."""
    try:
        return int(mapping.lc.key(key)[0]) + 1
    except (AttributeError, KeyError, TypeError):
        return 1


def _item_line(seq: Any, index: int) -> int:
    """The 1-based line of a list's item (1 when ruamel kept none)."""
    try:
        return int(seq.lc.item(index)[0]) + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return 1


def _value_line(mapping: Any, key: str, default: int) -> int:
    """The 1-based line of a key's value (default when ruamel kept none)."""
    try:
        return int(mapping.lc.value(key)[0]) + 1
    except (AttributeError, KeyError, TypeError):
        return default


def _did_you_mean(word: str, choices: tuple[str, ...] | set[str]) -> str:
    """A did-you-mean for the closest choice, else the list of every choice."""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else f"; expected one of: {', '.join(sorted(choices))}"


def _closest_slot(slot: str) -> str | None:
    """The slot a value is read as: the slot itself, or the one a misspelt slot most likely means."""
    if slot in SLOTS:
        return slot
    close = difflib.get_close_matches(slot, sorted(SLOTS), n=1, cutoff=0.6)
    return close[0] if close else None


def _blank(value: Any) -> bool:
    """A field left empty: absent, null, or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def _is_text(value: Any) -> bool:
    """A scalar a field can hold as text (a number is read as the digits written)."""
    return isinstance(value, str | int | float)


def _entry_to_claim(entry: Any, line: int, problems: list[Problem], seen_ids: dict[str, int]) -> Claim | None:
    """A Claim from one entry, or None after noting every problem it has."""
    if not isinstance(entry, dict):
        problems.append(Problem(line, "each claim is a mapping with source, slot, subject and value"))
        return None
    before = len(problems)
    for key in entry:
        if key not in FIELDS:
            problems.append(
                Problem(_key_line(entry, key), f"unknown key '{_shown(str(key))}'{_did_you_mean(str(key), FIELDS)}")
            )
    for key in REQUIRED:
        if _blank(entry.get(key)):
            problems.append(Problem(line, f"missing '{key}'"))
    for key in TEXT_FIELDS:
        if entry.get(key) is not None and not _is_text(entry.get(key)):
            problems.append(Problem(_value_line(entry, key, line), f"'{key}' must be text"))
    if "trusted" in entry and not isinstance(entry["trusted"], bool):
        problems.append(Problem(_value_line(entry, "trusted", line), "'trusted' must be true or false"))
    slot = str(entry.get("slot") or "")
    if slot and slot not in SLOTS:
        problems.append(
            Problem(_value_line(entry, "slot", line), f"unknown slot '{_shown(slot)}'{_did_you_mean(slot, SLOTS)}")
        )
    claim_id = entry.get("id")
    if _is_text(claim_id):
        if str(claim_id) in seen_ids:
            problems.append(
                Problem(
                    line,
                    f"duplicate id '{_shown(str(claim_id))}' (first used on line {seen_ids[str(claim_id)]}); give each claim its own id",
                )
            )
        seen_ids.setdefault(str(claim_id), line)
    value, problem = _entry_value(entry, _closest_slot(slot))
    if problem:
        problems.append(Problem(_value_line(entry, "value", line), problem))
    if len(problems) > before or value is None:
        return None
    return manual_claim(
        source=str(entry["source"]),
        slot=slot,
        subject=str(entry["subject"]),
        value=value,
        written=str(entry["value"]).strip(),
        quote=_text(entry.get("quote")),
        note=_text(entry.get("note")),
        url=_text(entry.get("url")),
        trusted=bool(entry.get("trusted", False)),
        claim_id=None if claim_id is None else str(claim_id),
    )


def _entry_value(entry: dict[str, Any], slot: str | None) -> tuple[Value | None, str]:
    """The entry's value read as the slot says, with the problem if it does not read; ("", no problem)
    when it cannot be read at all because the value, the slot or (for a state) the subject is missing."""
    written, subject, role = entry.get("value"), entry.get("subject"), entry.get("role")
    if slot is None or _blank(written):
        return None, ""
    if slot == "status" and (_blank(subject) or not _is_text(subject)):
        return None, ""
    role_text = str(role) if _is_text(role) and not _blank(role) else None
    subject_text = str(subject) if _is_text(subject) else ""
    return parse_value(slot, str(written).strip(), role_text, subject_text)


def _text(value: Any) -> str | None:
    """An optional field as text."""
    return None if value is None else str(value)


def parse_value(slot: str, written: str, role: str | None = None, subject: str = "") -> tuple[Value | None, str]:
    """Parse a value as a person writes it, by slot, with the same parsers that read articles (a
    state is read against the subject it is a state of: "closed" is "not open" for "schools open")."""
    if slot in QUANTITY_SLOTS:
        quantity = parse_quantity(written)
        if quantity is None:
            return (
                None,
                f"value '{_shown(written)}' is not a quantity (write it like '4.5 hours', 'three', 'at least 200', '$2bn')",
            )
        if slot == "duration" and quantity.unit != "hour":
            return (
                None,
                f"value '{_shown(written)}' is not a length of time (write it like '90 minutes', 'four hours', 'five days')",
            )
        return quantity, ""
    if slot == "date":
        date = parse_date(written)
        if date is None:
            return (
                None,
                f"value '{_shown(written)}' is not a date (write it like '18 February 2025', 'March 2024', 'Tuesday')",
            )
        return date, ""
    if slot == "time":
        from .concepts.time_of_day import read_time

        time = read_time(written)
        if time is None:
            return (
                None,
                f"value '{_shown(written)}' is not a time of day (write it like '13:34', '1:30 p.m.', '10:34 UTC')",
            )
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
        return None, f"value '{_shown(written)}' is not a kind of contact (write 'phone call' or 'in-person meeting')"
    if slot == "status":
        from .concepts.status import frame_of, read_state

        state = frame_of(subject)["state"]
        stated = read_state(written, state) if state else None
        if stated is None:
            return None, (
                f"value '{_shown(written)}' says neither '{state}' nor 'not {state}' (write 'yes' or 'no')"
                if state
                else f"subject '{_shown(subject)}' names no state (write it like 'schools open', 'state of emergency declared')"
            )
        return TextValue(text=stated), ""
    if slot == "score":
        match = re.fullmatch(r"\s*(\d{1,3})\s*[-–:]\s*(\d{1,3})\s*", written)
        if match is None:
            return None, f"value '{_shown(written)}' is not a score (write it like '3-1')"
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
    """Append one entry to a claims file (creating it if absent), changing nothing but the lines it adds.

    The entry is checked first; a file that does not parse, that is read-only, or that would not
    read back as its old lines and claims with the new claim's lines and claim added is never
    rewritten. A symlink is written through: its target gets the claim, the link stays a link.
    """
    problems: list[Problem] = []
    claim = _entry_to_claim(entry, 0, problems, {})
    if claim is None:
        raise StoreError(f"{path}: claim not added: {'; '.join(p.message for p in problems)}")
    target = _target(path)
    text = TEMPLATE
    if os.path.exists(target):
        text = read_text(path)
        _check_writable(path, target)
    document = _parse(path, text)
    before = _claims_in(path, document)
    if entry.get("id") is not None and any(c.id == str(entry["id"]) for c in before.claims):
        raise StoreError(f"{path}: a claim with id '{_shown(str(entry['id']))}' is already there; choose another id")
    updated, cut = _with_entry(path, text, document, entry)
    _check_added(path, _Edit(text, updated, cut), before, claim)
    try:
        write_atomically(target, updated)
    except OSError as err:
        raise StoreError(f"{path}: cannot write ({err.strerror or err}); nothing was changed") from err
    return claim


def _target(path: Path) -> Path:
    """The file a claims path names: a symlink's final target (made if it does not exist yet), else the path."""
    if not os.path.islink(path):
        return path
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        return Path(os.path.realpath(path))
    except OSError as err:
        raise StoreError(
            f"{path}: a symlink that leads to no file ({err.strerror}); point it at the claims file (nothing was changed)"
        ) from err


def _check_writable(path: Path, target: Path) -> None:
    """StoreError when the file is read-only: its owner's write bit is off (root could still write it) or we may not write it."""
    if not os.stat(target).st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise StoreError(
            f"{path}: is read-only; make it writable (chmod u+w) or add the claim to another file (nothing was changed)"
        )


@dataclass
class _Node:
    """A node of a YAML document as written: its kind, where it starts and where its content ends."""

    kind: str  # "map", "seq" or "scalar" (an alias counts as a scalar)
    flow: bool
    start: int  # character offset in the text
    line: int  # 1-based
    column: int
    end: int  # offset just past its last character (comments and line breaks after it excluded)
    children: list[_Node]
    text: str | None = None  # a scalar's value as written


@dataclass
class _Insertion:
    """Where a new entry goes in a file's text, how it is indented, and what is written before it."""

    at: int  # offset of the line the new lines are inserted before
    dash: int  # column of the entry's '-'
    key: int  # column of the entry's keys
    head: str = ""  # a blank line between entries, or a `claims:` line the file lacks
    cut: tuple[int, int] = (0, 0)  # an empty list or null written after `claims:` ("[]", "~"), removed


def _tree(text: str) -> _Node | None:
    """The document's root node, built from ruamel's event stream (None for an empty document)."""
    from ruamel.yaml.events import CollectionEndEvent, NodeEvent

    events = [e for e in _yaml().parse(text) if isinstance(e, NodeEvent | CollectionEndEvent)]
    return _build(events, 0)[0] if events else None


def _build(events: list[Any], index: int) -> tuple[_Node, int]:
    """The node whose events start at index, and the index just past them."""
    from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent, MappingStartEvent

    event = events[index]
    mark = event.start_mark
    if not isinstance(event, CollectionStartEvent):
        scalar = getattr(event, "value", None)
        return _Node(
            "scalar", False, mark.index, mark.line + 1, mark.column, event.end_mark.index, [], scalar
        ), index + 1
    children = []
    index += 1
    while not isinstance(events[index], CollectionEndEvent):
        child, index = _build(events, index)
        children.append(child)
    flow = bool(event.flow_style)
    # A block collection ends where its next token starts (after any comments): its content ends with its last child.
    end = events[index].end_mark.index if flow else (children[-1].end if children else event.end_mark.index)
    kind = "map" if isinstance(event, MappingStartEvent) else "seq"
    return _Node(kind, flow, mark.index, mark.line + 1, mark.column, end, children), index + 1


def _newline(text: str) -> str:
    """The file's line ending (its first one), LF for a file without any."""
    match = _LINE_BREAK.search(text)
    return match.group() if match else "\n"


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _line_end(text: str, index: int) -> int:
    """The offset of the line after the one index is on (index itself when it starts a line)."""
    if index == 0 or text[index - 1] in "\r\n":
        return index
    match = _LINE_BREAK.search(text, index)
    return match.end() if match else len(text)


def _with_entry(path: Path, text: str, document: Any, entry: dict[str, Any]) -> tuple[str, tuple[int, int]]:
    """The file's text (parsed as document) with the entry's lines added after the last entry of `claims:`,
    nothing else changed, and the span of an empty list or null after `claims:` it took out (see _Insertion.cut)."""
    if document is not None and not isinstance(document, dict):
        raise StoreError(
            f"{path}:1: the file must be a mapping with a `claims:` list; fix it first (nothing was changed)"
        )
    root = _tree(text) if document is not None else None
    insertion = _insertion(path, text, root, document)
    newline = _newline(text)
    start, end = insertion.cut
    kept = text[:start] + text[end : insertion.at]
    separator = newline if kept and kept[-1] not in "\r\n" else ""
    added = insertion.head + _entry_text(entry, insertion.dash, insertion.key, newline)
    return kept + separator + added + text[insertion.at :], insertion.cut


def _insertion(path: Path, text: str, root: _Node | None, document: Any) -> _Insertion:
    """Where the new entry goes: after the last entry of `claims:`, or in place of an empty list."""
    newline = _newline(text)
    if root is None:
        return _Insertion(at=len(text), dash=2, key=4, head=f"claims:{newline}")
    if root.kind != "map" or root.flow:
        raise StoreError(
            f"{path}:{root.line}: the file is not a block mapping (`claims:` on a line of its own); fix it first (nothing was changed)"
        )
    pairs = list(zip(root.children[::2], root.children[1::2], strict=True))
    top = {key.text: (key, value) for key, value in pairs if key.kind == "scalar"}
    if "claims" not in top:
        indent = " " * root.column
        return _Insertion(at=len(text), dash=root.column + 2, key=root.column + 4, head=f"{indent}claims:{newline}")
    key, value = top["claims"]
    if value.kind == "seq" and not value.flow and value.children:
        return _after_last_entry(text, value, newline)
    empty_list = value.kind == "seq" and value.flow and not value.children
    if not (empty_list or (value.kind == "scalar" and document.get("claims") is None)):
        raise StoreError(
            f"{path}:{key.line}: `claims` must be a list of '- ' entries to add to it; fix it first (nothing was changed)"
        )
    written = value.end > value.start  # "[]", "~" or "null"; an implicit null has no text of its own
    start = len(text[: value.start].rstrip(" ")) if written else 0
    offset = _entry_offset(top.get("ignore"))
    return _Insertion(
        at=_line_end(text, value.end if written else key.end),
        dash=key.column + offset,
        key=key.column + offset + 2,
        cut=(start, value.end) if written else (0, 0),
    )


def _entry_offset(ignore: tuple[_Node, _Node] | None) -> int:
    """How far a list's '-' stands right of its key, as `ignore:` has it (2 when it shows nothing)."""
    if ignore is None:
        return 2
    key, value = ignore
    if value.kind == "seq" and not value.flow and value.children:
        return max(value.column - key.column, 0)
    return 2


def _after_last_entry(text: str, entries: _Node, newline: str) -> _Insertion:
    """The line after the last entry's content (before any comment block after it), indented as the entries are."""
    last = entries.children[-1]
    maps = [c for c in entries.children if c.kind == "map" and not c.flow and c.column > entries.column]
    key = maps[-1].column if maps else entries.column + 2
    spaced = len(entries.children) > 1 and _blank_line_before(text, entries.children[-2].end, last.start)
    return _Insertion(at=_line_end(text, last.end), dash=entries.column, key=key, head=newline if spaced else "")


def _blank_line_before(text: str, previous_end: int, start: int) -> bool:
    """Whether a blank line stands between an entry's '-' and the end of the entry before it."""
    dash = text.rfind("-", previous_end, start)
    lines = _LINE_BREAK.split(text[previous_end:dash]) if dash >= 0 else []
    return any(not line.strip() for line in lines[1:-1])


def _entry_text(entry: dict[str, Any], dash: int, key: int, newline: str) -> str:
    """The entry as YAML lines: '-' at the dash column, its keys at the key column, values quoted as needed."""
    quantity = str(entry.get("slot")) in QUANTITY_SLOTS
    pairs = [
        f"{name}: {yaml_scalar(entry[name], numbers=quantity and name == 'value')}"
        for name in FIELDS
        if not _omitted(entry.get(name))
    ]
    key = max(key, dash + 2)
    first = " " * dash + "-" + " " * (key - dash - 1) + pairs[0]
    return "".join(line + newline for line in [first, *(" " * key + pair for pair in pairs[1:])])


def _omitted(value: Any) -> bool:
    """A field not written: absent, empty, or false (only `trusted: true` is worth a line)."""
    return value is None or value is False or value == ""


# Words YAML 1.1 readers take for booleans or null, and 1.1's base-60 numbers ("1:30" is 90 there).
YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
# Characters some reader takes for a line break (YAML 1.1: U+0085, U+2028, U+2029; str.splitlines: more):
# a value holding one is always double-quoted, with the character escaped.
BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeff")
SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?")


def yaml_scalar(value: Any, numbers: bool = False) -> str:
    """A value as a YAML scalar that reads back as the same text: plain when it can be, else double-quoted.

    With `numbers`, a figure written as YAML would write it ("12", "4.5") stays plain.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return text if _plain_reads_back(text, numbers or not isinstance(value, str)) else _double_quoted(text)


def _plain_reads_back(text: str, numbers: bool) -> bool:
    """Whether `key: text` reads back as text, in YAML 1.2 (as here) and 1.1 (as older readers do)."""
    if not text or text.lower() in YAML11_WORDS or SEXAGESIMAL.fullmatch(text) or BREAKS.intersection(text):
        return False
    try:
        document = _yaml().load(f"k: {text}\n")
    except Exception:  # anything ruamel will not read back (a syntax error, a tag it cannot build) is quoted
        return False
    if not isinstance(document, dict) or list(document) != ["k"]:
        return False
    read = document["k"]
    if isinstance(read, str):
        return read == text
    return numbers and isinstance(read, int | float) and not isinstance(read, bool) and str(read) == text


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


def _double_quoted(text: str) -> str:
    """Text as a double-quoted YAML scalar: backslash escapes for quotes, breaks and anything unprintable."""
    return '"' + "".join(_escaped(char) for char in text) + '"'


def _escaped(char: str) -> str:
    """One character as it stands inside double quotes."""
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    printable = 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000
    if printable and char not in "\u2028\u2029\ufeff":
        return char
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}"


@dataclass
class _Edit:
    """A claims file's text before and after an entry is added, and the span of the old text taken out."""

    old: str
    new: str
    cut: tuple[int, int]


def _check_added(path: Path, edit: _Edit, before: ClaimsFile, claim: Claim) -> None:
    """Raise StoreError unless the new text is the old one with lines added in one place (and at most
    an empty list or null after `claims:` taken out), and reads back as the old claims, the same
    problems, and the claim last."""
    refused = f"{path}: the claim could not be added without changing other lines; add it by hand (nothing was changed)"
    start, end = edit.cut
    cut = start == end or (edit.old[start - 1 : start] == ":" and _CUT.fullmatch(edit.old[start:end]))
    if not (cut and _lines_added(edit.old[:start] + edit.old[end:], edit.new)):
        raise StoreError(refused)
    try:
        edit.new.encode("utf-8")
        after = read_claims(path, edit.new)
    except (StoreError, UnicodeEncodeError) as err:
        raise StoreError(refused) from err
    same_problems = sorted(p.message for p in after.problems) == sorted(p.message for p in before.problems)
    if not (same_problems and after.claims[:-1] == before.claims and after.claims[-1:] == [claim]):
        raise StoreError(refused)


# What may be taken out right after `claims:`, on its line, when the first entry goes in: [], ~ or null.
_CUT = re.compile(r" *(?:\[ *\]|~|null|Null|NULL)")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _lines(text: str) -> list[str]:
    """The text's lines, each with its line break, split where YAML 1.2 and editors agree: at LF, CR LF
    and CR only (str.splitlines also splits at U+2028, U+0085, form feeds and more)."""
    return _LINE.findall(text)


def _lines_added(old: str, new: str) -> bool:
    """Whether new is old with whole lines inserted in one place, every old line kept unchanged and in
    order (old's last line may gain the line break it lacked, when the lines go after it)."""
    if old and old[-1] not in "\r\n" and new.startswith(old) and new[len(old) : len(old) + 1] in ("\r", "\n"):
        old += _newline(new[len(old) :])
    old_lines, new_lines = _lines(old), _lines(new)
    added = len(new_lines) - len(old_lines)
    same = next((i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)) if a != b), len(old_lines))
    return added > 0 and new_lines[same + added :] == old_lines[same:]
