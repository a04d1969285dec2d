"""Physical measures of the event itself: area, speed, temperature, mass.

Each is one concept; a measure of the event needs no more frame than its kind and what it is of
("gusts", "depth"), since an article rarely gives two areas burned or two magnitudes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..models import Claim
from .base import Comparison, Concept, measure_claims

if TYPE_CHECKING:
    from ..annotate import Annotations, Measure


def about_event_measure(what: str) -> Callable[[Measure], dict[str, str] | None]:
    """A frame that only says which measure it is ("area", "wind speed")."""
    return lambda measure: {"what": what}


def _concept(
    name: str, label: str, dimension: str, about: Callable[[Measure], dict[str, str] | None], comparison: Comparison
) -> Concept:
    def extract(notes: Annotations) -> Iterator[Claim]:
        return measure_claims(notes, dimension, name, about)

    extract.__doc__ = f"Every stated {label.lower()}."
    return Concept(
        name=name,
        label=label,
        value_kind="quantity",
        comparison=comparison,
        priority=20,
        extract=extract,
        about_fields=("what",),
    )


AREA = _concept("area", "Area", "area", about_event_measure("area"), Comparison(relative=0.1))
SPEED = _concept("speed", "Speed", "speed", about_event_measure("speed"), Comparison(relative=0.1))
TEMPERATURE = _concept(
    "temperature", "Temperature", "temperature", about_event_measure("temperature"), Comparison(absolute=1.0)
)
MASS = _concept("mass", "Mass", "mass", about_event_measure("mass"), Comparison(relative=0.1))
