"""Ratings on a scale: earthquake magnitudes ("a magnitude 6.8 earthquake", "a 6.8-magnitude quake",
"M6.8", "magnitude of 7.1") and storm categories ("a Category 4 hurricane", "equivalent of a category 3").

Agencies measure on different scales (moment magnitude, local magnitude); the frame keeps the scale
when the sentence names it, so 6.8 Mw and 6.6 ML do not meet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..models import Claim
from .base import Comparison, Concept, measure_claims

if TYPE_CHECKING:
    from ..annotate import Annotations, Measure

_SCALES = re.compile(r"\b(?P<scale>Mw|ML|Ms|mb|moment magnitude|local magnitude|Richter)\b")


def about_magnitude(measure: Measure) -> dict[str, str]:
    """Which scale the magnitude is on, when the sentence says; a storm's category is its own measure."""
    if measure.mention.value.unit == "category":
        return {"what": "category", "scale": ""}
    text = measure.sentence.text
    found = _SCALES.search(text)
    scale = found.group("scale").lower() if found else ""
    scale = {"moment magnitude": "mw", "local magnitude": "ml", "richter": "ml"}.get(scale, scale)
    return {"what": "magnitude", "scale": scale}


def magnitudes(notes: Annotations) -> Iterator[Claim]:
    """Every stated magnitude."""
    return measure_claims(notes, "magnitude", "magnitude", about_magnitude)


CONCEPT = Concept(
    name="magnitude",
    label="Magnitude",
    value_kind="quantity",
    comparison=Comparison(absolute=0.15),
    priority=20,
    extract=magnitudes,
    about_fields=("what", "scale"),
)
