"""The concept registry: every kind of fact factcheck reads, one module each.

Adding a kind of fact is one module that defines a `Concept` and one line below. The registry is
what the CLI help, `claims validate` and the README list as slots.
"""

from __future__ import annotations

from . import age, count, day, distance, duration, magnitude, minute, money, role, share, time_of_day
from .base import Comparison, Concept
from .legacy import LEGACY
from .measures import AREA, MASS, SPEED, TEMPERATURE

REGISTRY: dict[str, Concept] = {
    concept.name: concept
    for concept in [
        count.CONCEPT,
        duration.CONCEPT,
        money.CONCEPT,
        share.CONCEPT,
        age.CONCEPT,
        time_of_day.CONCEPT,
        minute.CONCEPT,
        day.CONCEPT,
        role.CONCEPT,
        AREA,
        distance.CONCEPT,
        SPEED,
        TEMPERATURE,
        MASS,
        magnitude.CONCEPT,
        *LEGACY,
    ]
}


def frame_for(slot: str, subject: str) -> dict[str, str]:
    """The frame a person means by a subject typed in claims.yaml: "deaths", "people evacuated", "fine".

    Words are looked up in the lexicon as the extractor looks up the words around a figure, so a
    typed claim meets the extracted claims about the same thing. Slots still read by the first
    extractors keep their subject as the frame.
    """
    from ..group import normalise_subject
    from ..lexicon import lexicon

    words = lexicon()
    tokens = [w for w in subject.lower().replace("-", " ").split() if w not in ("the", "a", "an", "of", "number")]
    if slot == "count" and normalise_subject(subject) == "agreed points":
        return {"subject": "agreed points"}  # still read by the first extractors
    if slot == "count":
        action = next(
            (
                words.action(w) or words.action(w.rstrip("s"))
                for w in tokens
                if words.action(w) or words.action(w.rstrip("s"))
            ),
            None,
        )
        things = [words.thing(w) for w in tokens if not (words.action(w) or words.action(w.rstrip("s")))]
        thing = things[0] if things else "people"
        return {k: v for k, v in {"thing": thing, "action": action or ""}.items() if v}
    if slot == "money":
        kind = next((words.money_nouns[w] for w in tokens if w in words.money_nouns), None)
        return {"what": kind or " ".join(tokens)}
    if slot == "duration":
        kind = next((words.duration_of[w] for w in tokens if w in words.duration_of), None)
        return {"of": kind or " ".join(tokens)}
    if slot in ("percent", "time"):
        return {"of": " ".join(tokens)}
    if slot == "role":
        return {"person": role.person_key(subject)}
    if slot in ("age", "minute"):
        surname = tokens[-1] if tokens else ""
        return {"person": surname, "what": "goal"} if slot == "minute" else {"person": surname}
    if slot in ("area", "distance", "speed", "temperature", "mass", "magnitude"):
        return {"what": slot}
    return {"subject": normalise_subject(subject)}


def slots() -> dict[str, Concept]:
    """Every slot a claim can carry, with the concept that reads it (the first, when two share one)."""
    found: dict[str, Concept] = {}
    for registered in REGISTRY.values():
        found.setdefault(registered.slot, registered)
    return found


def concept(name: str) -> Concept | None:
    """The registered concept of that name, or None."""
    return REGISTRY.get(name)


__all__ = ["REGISTRY", "Comparison", "Concept", "concept", "frame_for", "slots"]
