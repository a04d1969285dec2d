"""Gather claims that speak of exactly the same thing: same concept, same occasion, same frame.

Grouping is a dictionary lookup on (concept, occasion, frame), linear in the number of claims. Two
small unifications follow, each only where it is unambiguous: a count that does not say what
happened ("320 firefighters") joins the one group that does say it for the same counted thing
("300 firefighters were deployed"), and an age given for a role ("the 41-year-old firefighter")
joins the one named person who has that role. Claims typed in claims.yaml carry the frame their
subject means (`concepts.frame_for`), so they meet extracted claims here like any other.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .lexicon import word_list
from .models import Claim, ClaimGroup, QuantityValue

Key = tuple[str, str, tuple[tuple[str, str], ...]]
_DESCRIPTIVE = {"role", "who", "name", "within"}  # frame fields that describe a claim without deciding what it meets


def frame_key(claim: Claim) -> Key:
    """What a claim is about, as a hashable key: concept, occasion and the deciding frame fields."""
    fields = tuple(sorted((k, v) for k, v in claim.about.items() if v and k not in _DESCRIPTIVE))
    return claim.slot, claim.event.occasion, fields


def group_claims(claims: list[Claim]) -> list[ClaimGroup]:
    """Claims grouped by frame, with the unambiguous unifications above."""
    by_key: dict[Key, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_key[frame_key(claim)].append(claim)
    _join_spellings(by_key)
    _join_less_said(by_key)
    _join_roles_to_names(by_key)
    return [
        ClaimGroup(slot=slot, subject=_display_subject(members), claims=members)
        for (slot, _, _), members in sorted(by_key.items())
    ]


# Fields a frame may leave unsaid and still mean the one fuller frame that says them: what happened,
# whose, which person, which event, where or on which day another occasion was. A part, a scope, a
# plan or a kind is never left unsaid.
_MAY_BE_UNSAID = {"action", "holder", "person", "event", "from", "scale", "at", "on", "peak", "by"}
# A site's action is never unsaid: where the injured were taken is not where one of them died, nor a plant
# that stays the one that closes.
# What may go unsaid of a count is what it was for ("320 firefighters" are the 300 deployed, "six slot
# pairs" the four given up), never that something befell the people counted: the 3,000 fighters a
# group has are not the 1,000 to be integrated, and a bus's 40 passengers are not its 12 dead.
_BEFELL = set(word_list("harm_actions"))
# What an unsaid field means when several fuller frames would take it: "winds of 180 km/h" are the
# sustained wind, as weather services report it, when an article's sources give gusts as well.
_DEFAULTS = {("peak", "sustained")}
# A count an outlet always names as such: "2.1 million registered customers" is the roll, and a bare
# "1.4 million customers" is never it.
_ALWAYS_SAID = {"registered"}


def _join_less_said(by_key: dict[Key, list[Claim]]) -> None:
    """Fold a frame into the only fuller frame it agrees with ("six slot pairs" into "four slot pairs
    Acme gave up"), when what it leaves out may be left out."""
    blocks: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for key in by_key:
        blocks[key[:2]].append(key)  # frames only meet within one concept and occasion
    for block in blocks.values():
        for key in sorted(block, key=lambda k: len(k[2])):
            said = set(key[2])
            fuller = [
                other
                for other in block
                if other in by_key
                and other != key
                and said < set(other[2])
                and {name for name, _ in set(other[2]) - said} <= _MAY_BE_UNSAID
                and dict(other[2]).get("action", dict(key[2]).get("action", ""))
                not in _BEFELL - {dict(key[2]).get("action", "")}
                and not (key[0] == "site" and "action" in dict(other[2]))
                and dict(other[2]).get("action") not in _ALWAYS_SAID
            ]
            if len(fuller) > 1:
                fuller = [other for other in fuller if set(other[2]) - said <= _DEFAULTS] or fuller
            if len(fuller) > 1 and key[0] == "minute" and key in by_key:
                # "64' GOAL!" with no name is the goal of the one scorer given a minute or two from it
                for claim in list(by_key[key]):
                    near = [other for other in fuller if _near_in_time([claim], by_key[other])]
                    if len(near) == 1:
                        by_key[near[0]].append(claim)
                        by_key[key].remove(claim)
                if not by_key[key]:
                    del by_key[key]
                continue
            if len(fuller) == 1 and key in by_key:
                by_key[fuller[0]].extend(by_key.pop(key))


def _near_in_time(claims: list[Claim], others: list[Claim]) -> bool:
    """True when every minute of `claims` lies within a few minutes of one of `others`."""
    from .compare import GOAL_GAP

    def minute(claim: Claim) -> float:
        return claim.value.low if isinstance(claim.value, QuantityValue) and claim.value.low is not None else -1e9

    return all(any(abs(minute(c) - minute(o)) <= GOAL_GAP for o in others) for c in claims)


def _join_roles_to_names(by_key: dict[Key, list[Claim]]) -> None:
    """An age given for a role ("the firefighter") joins the one named person given that role."""
    named: dict[tuple[str, str, str], list[Key]] = defaultdict(list)
    for key, members in by_key.items():
        for claim in members:
            role, person = claim.about.get("role"), claim.about.get("person")
            if role and person and person != role:
                named[(key[0], key[1], role)].append(key)
    for key in list(by_key):
        members = by_key[key]
        if not all(c.about.get("person") and c.about.get("person") == c.about.get("role") for c in members):
            continue
        targets = sorted(set(named.get((key[0], key[1], members[0].about["role"]), [])))
        if len(targets) == 1 and targets[0] != key:
            by_key[targets[0]].extend(by_key.pop(key))


def _join_spellings(by_key: dict[Key, list[Claim]]) -> None:
    """Frames that differ only in the spelling of one surname ("Kovalenko", "Kowalenko") are one frame,
    when the spelling has exactly one near twin."""
    from rapidfuzz.distance import JaroWinkler

    def alike(a: str, b: str) -> bool:
        return a != b and min(len(a), len(b)) >= 5 and a[0] == b[0] and JaroWinkler.similarity(a, b) >= 0.9

    blocks: dict[tuple[object, ...], list[Key]] = defaultdict(list)
    for key in by_key:
        fields = dict(key[2])
        if fields.get("person"):
            blocks[(*key[:2], tuple(f for f in key[2] if f[0] != "person"))].append(key)  # all but the person
    for block in blocks.values():
        for key in sorted(block, key=lambda k: -len(by_key[k])):
            if key not in by_key:
                continue
            person = dict(key[2])["person"]
            twins = [other for other in block if other in by_key and alike(person, dict(other[2])["person"])]
            if len(twins) == 1:
                by_key[key].extend(by_key.pop(twins[0]))


def _display_subject(claims: list[Claim]) -> str:
    """The subject as the claims wrote it: the most common spelling, the fullest on a tie."""
    spellings = Counter(c.subject for c in claims)
    return max(spellings, key=lambda s: (spellings[s], len(s), s))
