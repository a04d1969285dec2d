"""The concept registry: every kind of fact factcheck reads, one module each.

Adding a kind of fact is one module that defines a `Concept` and one line below. The registry is
what the CLI help, `claims validate` and the README list as slots.
"""

from __future__ import annotations

from . import age, count, duration, minute, money, share, time_of_day
from .base import Comparison, Concept
from .legacy import LEGACY
from .measures import AREA, DISTANCE, MAGNITUDE, MASS, SPEED, TEMPERATURE

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
        AREA,
        DISTANCE,
        SPEED,
        TEMPERATURE,
        MASS,
        MAGNITUDE,
        *LEGACY,
    ]
}


def concept(name: str) -> Concept | None:
    """The registered concept of that name, or None."""
    return REGISTRY.get(name)


__all__ = ["REGISTRY", "Comparison", "Concept", "concept"]
