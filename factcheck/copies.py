"""Near-copies: the same wire story reposted by other sites, counted once.

A repost keeps most of its original word for word, with a new headline or top paragraph, a few
paragraphs dropped and small edits; a "spun" repost swaps every few words for a synonym. Two
independent write-ups of one event share a quote or two and little else. So an article is a copy
when enough of its word trigrams (shingles) are also in another article of the same event.

Measured on every pair of articles within each event of tests/corpus, tests/piles and
../shared/corpus: the 13 reposts share 0.42 to 0.84 of their trigrams with their originals (the
spun ones 0.42 and 0.44), and no two independent articles share more than 0.26; COPY sits between.

Which of the two is the original: the one that says it was updated or corrected more often
("UPDATE 2", "Updates death toll to 7 from 5"), since a repost that lacks the update was taken
from an earlier version; else the one less of whose text is in the other (a repost drops paragraphs and adds its
own); else the one whose own words are the commoner (a spinner swaps plain words for rarer ones).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel

from .events import rarity
from .lexicon import word_list
from .models import Discrepancy, Severity, Side, Source

COPY = 0.35  # the share of an article's trigrams found in another from which it is a copy of it
CLEAR = 0.03  # a difference in shared share that tells the copy from the original
MIN_SHINGLES = 40  # an article shorter than this (a brief) is too short to call a copy
_WORD = re.compile(r"[a-z0-9]+")


class Copy(BaseModel):
    """One article found to be a near-copy of another."""

    repost: str  # the id of the copy
    original: str  # the id of the article it copies
    share: float  # the share of the copy's text (trigrams) that is in the original
    earlier: bool  # the original says it was updated since: the copy repeats an earlier version


def shingles(text: str) -> frozenset[int]:
    """The article's word trigrams, lower-cased and hashed (punctuation and spacing do not count)."""
    words = _WORD.findall(text.lower())
    return frozenset(hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2))


@lru_cache(maxsize=1)
def _update_line() -> re.Pattern[str]:
    openers = "|".join(re.escape(w) for w in word_list("update_openers"))
    return re.compile(rf"^\W*(?:{openers})\b", re.IGNORECASE | re.MULTILINE)


_UPDATE_NUMBER = re.compile(r"^\W*UPDATE\s+(\d{1,2})\b", re.MULTILINE)


def version(text: str) -> int:
    """How many times the article says it was updated: its "UPDATE 2" number, one more for a line
    that says what changed ("(Corrects number of jobs …)", "Updates death toll …"); 0 for neither."""
    numbered = max((int(n) for n in _UPDATE_NUMBER.findall(text)), default=0)
    return numbered + (1 if _update_line().search(text) else 0)


def find_copies(sources: Sequence[Source]) -> list[Copy]:
    """The near-copies among articles about one event: each copy with the article it copies.

    Pairs are compared exactly (set intersections), not estimated with MinHash: copies are only
    looked for within an event, a handful of articles, so exact sets cost nothing and never miss.
    """
    sets = [shingles(s.text) for s in sources]
    found: dict[str, Copy] = {}
    for i, a in enumerate(sources):
        for j in range(i + 1, len(sources)):
            b = sources[j]
            if min(len(sets[i]), len(sets[j])) < MIN_SHINGLES:
                continue
            shared = len(sets[i] & sets[j])
            a_in_b, b_in_a = shared / len(sets[i]), shared / len(sets[j])
            if max(a_in_b, b_in_a) < COPY:
                continue
            copy, original, share = _direction(a, b, a_in_b, b_in_a, sets[i], sets[j])
            earlier = version(original.text) > version(copy.text)
            candidate = Copy(repost=copy.id, original=original.id, share=share, earlier=earlier)
            if copy.id not in found or share > found[copy.id].share:
                found[copy.id] = candidate
    return _without_chains(list(found.values()))


def _direction(
    a: Source, b: Source, a_in_b: float, b_in_a: float, a_set: frozenset[int], b_set: frozenset[int]
) -> tuple[Source, Source, float]:
    """(copy, original, share of the copy in the original) for two articles found to be copies."""
    a_version, b_version = version(a.text), version(b.text)
    if a_version != b_version:
        return (b, a, b_in_a) if a_version > b_version else (a, b, a_in_b)
    if abs(a_in_b - b_in_a) >= CLEAR:
        return (a, b, a_in_b) if a_in_b > b_in_a else (b, a, b_in_a)
    if _own_word_rarity(a.text, b_set) > _own_word_rarity(b.text, a_set):
        return a, b, a_in_b
    return b, a, b_in_a


def _own_word_rarity(text: str, other: frozenset[int]) -> float:
    """How rare, on average, the words are in the trigrams this text does not share with the other."""
    words = _WORD.findall(text.lower())
    own = [words[i + 1] for i in range(len(words) - 2) if hash((words[i], words[i + 1], words[i + 2])) not in other]
    return sum(rarity(w) for w in own) / len(own) if own else 0.0


def _without_chains(copies: list[Copy]) -> list[Copy]:
    """Each copy pointing at an article that is not itself a copy (a repost of a repost names the first)."""
    of = {c.repost: c for c in copies}
    settled = []
    for c in copies:
        original, seen = c.original, {c.repost}
        while original in of and original not in seen:
            seen.add(original)
            original = of[original].original
        if original != c.repost:
            settled.append(c.model_copy(update={"original": original}))
    return settled


def with_copies(sources: Sequence[Source], copies: Sequence[Copy]) -> list[Source]:
    """The sources, each copy saying which article it copies and how much of its text is the original's."""
    of = {c.repost: c for c in copies}
    return [
        s.model_copy(update={"copy_of": of[s.id].original, "copied_share": round(of[s.id].share, 2)})
        if s.id in of
        else s
        for s in sources
    ]


def origins(sources: Sequence[Source]) -> dict[str, str]:
    """Each source's independent origin: the article it copies, or itself."""
    return {s.id: s.copy_of or s.id for s in sources}


def copy_note(copy: Copy) -> str:
    """ "B is a copy of A (91% of its text)", for the report's notes."""
    before = f", taken before {copy.original} was updated" if copy.earlier else ""
    return (
        f"{copy.repost} is a copy of {copy.original} ({round(copy.share * 100)}% of its text{before}); "
        "the two count as one independent source"
    )


def count_origins(
    discrepancy: Discrepancy, origin: dict[str, str], copies: Sequence[Copy], names: dict[str, str]
) -> Discrepancy:
    """The discrepancy with each side's sources counted by independent origin, and a note where a copy
    parts from its original ("B repeats A's earlier figure").

    The consensus is the side most independent origins hold: a wire story and its repost against
    two other outlets is not a majority. A side holding a trusted claim stays the reference, and a
    single-source flag (whose consensus is the sources that do not list someone) is left as it is.
    `names` are the sources' short labels, for the explanation when the consensus changes.
    """
    sides = [s.model_copy(update={"origins": len({origin.get(x, x) for x in s.sources})}) for s in discrepancy.sides]
    counted = discrepancy.model_copy(update={"sides": sides})
    current = next((s for s in sides if s.consensus), None)
    fixed = discrepancy.severity == Severity.single_source or (
        current is not None
        and (not current.value or any(c.trusted for c in discrepancy.claims if c.id in current.claims))
    )
    if not fixed:
        counted = _with_consensus(counted, _most_origins(sides), names)
    consensus = next((s for s in counted.sides if s.consensus), None)
    counted = counted.model_copy(update={"consensus_origins": consensus.origins if consensus else 0})
    note = _parting_note(discrepancy, copies)
    return counted.model_copy(update={"explanation": f"{counted.explanation} {note}".strip()}) if note else counted


def _most_origins(sides: Sequence[Side]) -> Side | None:
    """The side with a value that more independent origins hold than any other; None on a tie."""
    held = sorted((s for s in sides if s.value and s.sources), key=lambda s: -s.origins)
    if not held or (len(held) > 1 and held[0].origins == held[1].origins):
        return None
    return held[0]


def _with_consensus(discrepancy: Discrepancy, chosen: Side | None, names: dict[str, str]) -> Discrepancy:
    """The discrepancy with `chosen` as its consensus (last among the sides) and its sentence rewritten;
    unchanged when that is already its consensus's value."""
    from .explain import explain

    current = next((s for s in discrepancy.sides if s.consensus), None)
    if (current.value if current else None) == (chosen.value if chosen else None):
        return discrepancy
    sides = [
        s.model_copy(update={"consensus": chosen is not None and s.value == chosen.value}) for s in discrepancy.sides
    ]
    sides = [s for s in sides if not s.consensus] + [s for s in sides if s.consensus]
    changed = discrepancy.model_copy(
        update={
            "sides": sides,
            "consensus": chosen.value if chosen else None,
            "consensus_sources": len(chosen.sources) if chosen else 0,
        }
    )
    return changed.model_copy(update={"explanation": explain(changed, names)})


def _parting_note(discrepancy: Discrepancy, copies: Sequence[Copy]) -> str:
    """A sentence for each copy that sides against its original here."""
    side_of = {source: n for n, side in enumerate(discrepancy.sides) for source in side.sources if side.value}
    notes = []
    for c in copies:
        if c.repost in side_of and c.original in side_of and side_of[c.repost] != side_of[c.original]:
            if c.earlier:
                notes.append(
                    f"{c.repost} repeats {c.original}'s earlier figure: it copies a version from before the update."
                )
            else:
                notes.append(f"{c.repost} is a copy of {c.original} but gives another value here.")
    return " ".join(notes)
