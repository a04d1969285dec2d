"""Physical measures of the event itself: area, distance, speed, temperature, mass, magnitude.

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

_DISTANCE_WORDS = {
    "depth": "depth",
    "deep": "depth",
    "long": "length",
    "length": "length",
    "wide": "width",
    "width": "width",
    "high": "height",
    "height": "height",
    "tall": "height",
    "altitude": "altitude",
    "elevation": "altitude",
    "away": "distance",
    "from": "distance",
    "of": "distance",
    "north": "distance",
    "south": "distance",
    "east": "distance",
    "west": "distance",
    "northeast": "distance",
    "northwest": "distance",
    "southeast": "distance",
    "southwest": "distance",
    "radius": "radius",
    "hear": "heard",
}


def about_distance(measure: Measure) -> dict[str, str] | None:
    """Which distance: a depth, a height, or how far from a place."""
    anchor = measure.anchor
    verb_children = list(measure.verb.children) if measure.verb is not None else []
    for token in [anchor.head, *anchor.head.children, *verb_children]:
        kind = _DISTANCE_WORDS.get(token.lemma_.lower())
        if kind:
            place = _place_after(measure) if kind == "distance" else ""
            return {"what": kind, "from": place}
    if measure.verb is not None and measure.verb.lemma_.lower() in _DISTANCE_WORDS:
        return {"what": _DISTANCE_WORDS[measure.verb.lemma_.lower()]}
    return None


def _place_after(measure: Measure) -> str:
    """The place a distance is measured from: "110 km west of X", "90 kilometres from X"."""
    sentence = measure.sentence
    for token in sentence:
        if token.idx >= measure.mention.end and token.lower_ in ("of", "from") and token.i + 1 < sentence.end:
            following = [t for t in token.subtree if t.ent_type_ in ("GPE", "LOC", "FAC")]
            if following:
                return " ".join(t.text for t in following).lower()
        if token.idx > measure.mention.end + 40:
            break
    return ""


def about_event_measure(what: str) -> Callable[[Measure], dict[str, str] | None]:
    """A frame that only says which measure it is ("area", "wind speed")."""
    return lambda measure: {"what": what}


def _concept(
    name: str, label: str, dimension: str, about: Callable[[Measure], dict[str, str] | None], comparison: Comparison
) -> Concept:
    def extract(notes: Annotations) -> Iterator[Claim]:
        return measure_claims(notes, dimension, name, about)

    extract.__doc__ = f"Every stated {label.lower()}."
    return Concept(name=name, label=label, value_kind="quantity", comparison=comparison, priority=20, extract=extract)


AREA = _concept("area", "Area", "area", about_event_measure("area"), Comparison(relative=0.1))
DISTANCE = _concept("distance", "Distance", "distance", about_distance, Comparison(relative=0.1))
SPEED = _concept("speed", "Speed", "speed", about_event_measure("speed"), Comparison(relative=0.1))
TEMPERATURE = _concept(
    "temperature", "Temperature", "temperature", about_event_measure("temperature"), Comparison(absolute=1.0)
)
MASS = _concept("mass", "Mass", "mass", about_event_measure("mass"), Comparison(relative=0.1))
MAGNITUDE = _concept("magnitude", "Magnitude", "magnitude", about_event_measure("magnitude"), Comparison(absolute=0.15))
