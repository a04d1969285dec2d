"""Gather claims that speak of the same thing: same slot, same (normalised) subject.

Grouping is a dictionary lookup on (slot, subject) — linear in the number of claims — so no
claim is ever compared with every other one. Subjects a person typed in claims.yaml are brought
to the extractor's vocabulary first ("the talks" → "meeting").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .models import Claim, ClaimGroup
from .vocab import EVENT_CLASSES


def normalise_subject(subject: str) -> str:
    """Lower-case, drop articles and possessives, and map event words to their class ("Talks" → "meeting")."""
    words = re.sub(r"['’]s\b", "", subject.lower()).replace("-", " ").split()
    words = [w for w in words if w not in ("the", "a", "an", "this", "that", "these", "those")]
    mapped = []
    for word in words:
        singular = word[:-1] if word.endswith("s") and word[:-1] in EVENT_CLASSES else word
        mapped.append(EVENT_CLASSES.get(word) or EVENT_CLASSES.get(singular) or word)
    return " ".join(mapped)


def group_claims(claims: list[Claim]) -> list[ClaimGroup]:
    """Claims grouped by slot and subject, subjects of other occasions merged when one only lacks its place."""
    by_key: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_key[(claim.slot, normalise_subject(claim.subject))].append(claim)
    _merge_partial_subjects(by_key)
    return [
        ClaimGroup(slot=slot, subject=_display_subject(members), claims=members)
        for (slot, _), members in sorted(by_key.items())
    ]


def _display_subject(claims: list[Claim]) -> str:
    """The subject as the claims wrote it: the most common spelling, the fullest on a tie."""
    spellings = Counter(c.subject for c in claims)
    return max(spellings, key=lambda s: (spellings[s], len(s), s))


def _holds(full: str, bare: str) -> bool:
    """True when `full` is `bare` with a holder named: "social alliance share of vote", "seats (social alliance)"."""
    return (full.endswith(f" {bare}") and bare.startswith("share")) or (
        full.startswith(f"{bare} (") and full.endswith(")")
    )


def _merge_partial_subjects(by_key: dict[tuple[str, str], list[Claim]]) -> None:
    """Fold "emergency meeting" into "emergency meeting in <place>" when that is the only fuller subject."""
    subjects_by_slot: dict[str, list[str]] = defaultdict(list)
    for slot, subject in by_key:
        subjects_by_slot[slot].append(subject)
    for slot, subjects in subjects_by_slot.items():
        # A dated contact joins the undated one for the same pair when it is the only date given.
        for plain in [s for s in subjects if s.startswith("contact between") and " on " not in s]:
            dated = [s for s in subjects if s.startswith(plain + " on ")]
            if len(dated) == 1:
                by_key[(slot, plain)].extend(by_key.pop((slot, dated[0])))
        # "share of vote" and "seats" join "X share of vote" and "seats (X)" when X is the only holder named.
        for bare in [s for s in subjects if (slot, s) in by_key]:
            held = [s for s in subjects if (slot, s) in by_key and s != bare and _holds(s, bare)]
            if len(held) == 1:
                by_key[(slot, held[0])].extend(by_key.pop((slot, bare)))
        for short in subjects:
            if (slot, short) not in by_key:
                continue
            if " " not in short or " in " in short:
                continue
            fuller = [s for s in subjects if s != short and " in " in s and s.split(" in ")[0] == short]
            if len(fuller) == 1:
                by_key[(slot, fuller[0])].extend(by_key.pop((slot, short)))
