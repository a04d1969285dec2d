"""Ratings on a scale: earthquake magnitudes ("a magnitude 6.8 earthquake", "a 6.8-magnitude quake",
"M6.8", "magnitude of 7.1") and storm categories ("a Category 4 hurricane", "equivalent of a category 3").

Agencies measure on different scales (moment magnitude, local magnitude); the frame keeps the scale
when the sentence names it, so 6.8 Mw and 6.6 ML do not meet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import span_text
from ..lexicon import word_list
from ..models import Claim
from .base import Comparison, Concept, clause_of, measure_claims

if TYPE_CHECKING:
    from ..annotate import Annotations, Measure

_SCALES = re.compile(r"\b(?P<scale>Mw|ML|Ms|mb|moment magnitude|local magnitude|Richter)\b")


def about_magnitude(measure: Measure) -> dict[str, str]:
    """Which scale the magnitude is on, when the sentence says; a storm's category is its own measure."""
    if measure.mention.value.unit == "category":
        return {"what": "category", "scale": ""}
    text = span_text(measure.sentence)
    found = _SCALES.search(text)
    scale = found.group("scale").lower() if found else ""
    scale = {"moment magnitude": "mw", "local magnitude": "ml", "richter": "ml"}.get(scale, scale)
    about = {"what": "magnitude", "scale": scale}
    clause = _clause_of(measure)
    sentence = measure.sentence
    before = span_text(sentence.doc[sentence.start - 1].sent) if sentence.start > 0 else ""
    told = _AFTERSHOCK.search(text) or _AFTERSHOCK.search(before)  # "… 212 aftershocks. The strongest was a 5.1"
    if _AFTERSHOCK.search(clause) or (told and _STRONGEST.search(clause)):
        about["of"] = "aftershock"  # "aftershocks …, the strongest a magnitude 4.9 tremor": not the main shock
    agency = _measured_by(measure)
    if agency:
        about["by"] = f"according to {agency}"  # agencies differ by a tenth: each keeps its own figure
    return about


_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.I)
_STRONGEST = re.compile(r"\b(?:strongest|largest|biggest|most powerful)\b", re.I)
_MEASURING = set(word_list("measuring_verbs"))
_ACCORDING = re.compile(r"\baccording to (?:the\s+)?((?:[A-Z][\w.'-]*\s*){1,5})")


def _clause_of(measure: Measure) -> str:
    """The words of a figure's clause (see base.clause_of)."""
    start, end = clause_of(measure)
    return span_text(measure.sentence)[start - measure.sentence.start_char : end - measure.sentence.start_char]


def _measured_by(measure: Measure) -> str:
    """The agency that gave a magnitude: the named subject of "measured", "put", "recorded", "reported"
    ("the survey measured the quake at magnitude 7.2"), or "according to" a name."""
    token = measure.anchor
    for _ in range(6):
        if token.pos_ == "VERB" and token.lemma_.lower() in _MEASURING:
            for subject in (c for c in token.children if c.dep_ == "nsubj"):
                name = [
                    t
                    for t in subject.subtree
                    if t.pos_ == "PROPN"
                    and t.dep_ != "poss"
                    and not (t.dep_ == "appos" and t.is_upper)
                    and not (t.dep_ == "pobj" and t.head.lower_ == "of")
                ]  # "the Geophysical Institute of X (IGP)": its name, as "according to the Geophysical Institute of X" is read
                body = [t for t in name if t.ent_type_ == "ORG"]  # "Geo Agency director X said": the agency
                if body or name:
                    return " ".join(t.text for t in body or name).lower()
            break
        if token.head.i == token.i:
            break
        token = token.head
    found = _ACCORDING.search(_clause_of(measure))
    return found.group(1).strip().lower() if found else ""


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
    about_fields=("what", "scale", "of", "by"),
)
