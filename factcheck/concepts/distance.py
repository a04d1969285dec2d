"""Distances: how far from a place ("110 km west of the capital"), how deep, how high, how far heard.

Kilometres, miles, nautical miles and light-years are converted to km; a figure repeated in another
unit in brackets is read once. The frame says which distance (`what`) and from where (`from`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import span_text
from ..lexicon import lexicon, word_list
from ..models import Claim
from .base import Comparison, Concept, clause_of, measure_claims

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..annotate import Annotations, Measure

_RAIN = re.compile(r"\b(?:rain|rainfall|precipitation|downpour)s?\b", re.I)

# Words beside a distance that say which distance it is.
_BEARING_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b",
    re.I,
)
_PERCHED = re.compile(
    r"\b(?:sits|sit|lies|lie|stands|perched|located|situated|built|cruising|flying|cruised|flew)\s+(?:at|to)\s+"
    r"(?:an?\s+)?(?:(?:altitude|height)\s+of\s+(?:about\s+|around\s+|some\s+)?)?$",
    re.I,
)  # "the monastery sits at 3,100 metres", "was cruising at 37,000 feet": a height above the sea
_KINDS = {
    "depth": "depth",
    "deep": "depth",
    "below": "depth",  # "struck 6 miles below the surface"
    "beneath": "depth",
    "underground": "depth",
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
    "short": "distance",  # "came down 3.2 km short of the runway"
    "before": "distance",  # "at 3,2 km before the runway", as translated copy has it
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
    "surge": "surge",
    "hear": "heard",
    # how far something fell: "plunged into a 300-metre ravine", "fell some 200 metres into the gorge"
    "ravine": "depth",
    "gorge": "depth",
    "gully": "depth",
    "canyon": "depth",
    "precipice": "depth",
    "chasm": "depth",
    "abyss": "depth",
    "plunge": "depth",
    "plummet": "depth",
    "tumble": "depth",
}


def about_distance(measure: Measure) -> dict[str, str] | None:
    """Which distance: a depth, a height, or how far from a place; None when the sentence does not say."""
    anchor = measure.anchor
    sentence = measure.sentence
    offset = measure.mention.end - sentence.start_char
    after = span_text(sentence)[offset : offset + 30].lower()
    if _PLUME_BEFORE.search(_clause_before(measure)):
        return {"what": "height", "of": "plume"}  # "the ash column peaked at 9 km", "a plume rose to 7 km"
    if re.match(r"\s*(?:\([^)]*\)\s*)?(?:above sea level|of (?:altitude|elevation))", after):
        return {"what": "altitude"}  # "at 3,200 metres above sea level", "2,400 meters of altitude"
    if re.match(r"\s*(?:\([^)]*\)\s*)?of (?:depth|deep)\b", after):
        return {"what": "depth"}  # "a ravine of some 300 meters of depth", as translated copy has it
    before = span_text(sentence)[
        max(0, measure.mention.start - sentence.start_char - 30) : measure.mention.start - sentence.start_char
    ]
    if re.search(r"\bwithin\s+(?:about\s+|some\s+)?$", before, re.I):
        return {"what": "radius"}  # "cleared homes within 20 km of the plant": a radius, no place's distance
    if _BEARING_AFTER.match(after) and (start := _place_after(measure)):
        return {"what": "distance", "from": start}  # "located 52 kilometres to the east of X": not how high
    if _PERCHED.search(before):
        return {"what": "altitude"}  # "the monastery sits at 3,100 metres"
    if _rain_beside(measure):
        return {"what": "rainfall"}  # "112 mm of rain in 24 hours"
    verb_children = list(measure.verb.children) if measure.verb is not None else []
    ancestors = [a for _, a in zip(range(3), anchor.head.ancestors, strict=False)]  # "a depth of 10 km"
    kinds = [_KINDS.get(t.lemma_.lower()) for t in [anchor.head, *anchor.head.children, *ancestors, *verb_children]]
    specific = [k for k in kinds if k and k != "distance"]  # "a depth of 10 km": depth, not "of"
    built = _structure(measure)
    if built is not None:
        return {"what": specific[0] if specific else "length", "of": built}  # "the 340-metre bridge"
    if specific:
        return {"what": specific[0]}
    if _fell_into(measure.verb):
        return {"what": "depth"}  # "fell some 200 metres into the ravine"; not "levels fell 2 metres"
    if "distance" in kinds:
        start = _place_after(measure)
        # "some 11 million light-years away", "6.5 meters": away from what, the sentence does not say
        return {"what": "distance", "from": start} if start else None
    if measure.verb is not None and measure.verb.lemma_.lower() in _KINDS:
        return {"what": _KINDS[measure.verb.lemma_.lower()]}
    return None


# A column of ash, smoke or steam: how high it rose is one figure, above the vent or the sea.
_PLUME_BEFORE = re.compile(
    rf"\b(?:{'|'.join(word_list('plume_nouns'))})s?\b(?:\s+of\s+(?:ash|smoke|steam|gas))?[^\d;]{{0,60}}$", re.I
)


def _clause_before(measure: Measure) -> str:
    """The words of a figure's clause before it ("the ash column peaked at" of "…, the ash column peaked at 9 km")."""
    base = measure.sentence.start_char
    return span_text(measure.sentence)[clause_of(measure)[0] - base : measure.mention.start - base]


def _fell_into(verb: Token | None) -> bool:
    """True for a fall somewhere: "fell 200 metres into the ravine", "dropped 40 metres off the bridge"."""
    if verb is None or verb.lemma_.lower() not in ("fall", "drop", "roll"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("into", "down", "off", "from", "to", "onto") for c in verb.children)


def _rain_beside(measure: Measure) -> bool:
    """True when rain is the figure's own word, with no other figure between ("246 mm of rain",
    "rainfall of 300 mm"), not a storm surge's in a sentence that also gives the rain."""
    text, start = span_text(measure.sentence), measure.sentence.start_char
    at, end = measure.mention.start - start, measure.mention.end - start
    after = re.sub(r"\([^)]*\)", "", text[end : end + 40])
    after = re.split(r"\d|\band\b|[,;]", after, maxsplit=1)[0]
    before = text[max(0, at - 30) : at]
    before = re.split(r"\d|\band\b|[,;]", before)[-1]
    return bool(_RAIN.search(after) or _RAIN.search(before))


def _structure(measure: Measure) -> str | None:
    """The structure a measure describes ("the 340-metre bridge", "a bridge of 430 metres length"),
    from the lexicon's structure nouns, through at most three heads."""
    start = measure.noun or measure.anchor
    for token in [start, *start.ancestors][:4]:
        if token.pos_ in ("VERB", "AUX"):
            return None  # "the ferry sank 20 km off the coast": the clause's distance, not the ferry's
        if token.lemma_.lower() in lexicon().structure_nouns:
            return token.lemma_.lower()
    return None


def _place_after(measure: Measure) -> str:
    """The place a distance is measured from: "110 km west of X", "90 kilometres from X"."""
    for token in measure.sentence:
        if token.idx >= measure.mention.end and token.lower_ in ("of", "from", "before"):
            # the object and its own name ("the capital, Nairobi"), not a place further on ("the runway at X")
            named = [
                t
                for o in token.children
                if o.dep_ == "pobj"
                for t in [o, *(c for c in o.children if c.dep_ in ("compound", "appos", "poss", "nmod"))]
            ]
            places = [
                t for t in sorted(named, key=lambda t: t.i) if t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN"
            ]
            if places:
                return " ".join(t.text for t in places).lower()
            nouns = [o for o in token.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            if nouns:
                return nouns[0].lemma_.lower()  # "40 miles south-west of the observatory"
        if token.idx > measure.mention.end + 40:
            break
    return ""


def distances(notes: Annotations) -> Iterator[Claim]:
    """Every stated distance whose sentence says which distance it is."""
    return measure_claims(notes, "distance", "distance", about_distance)


CONCEPT = Concept(
    name="distance",
    label="Distance",
    value_kind="quantity",
    comparison=Comparison(relative=0.1),
    priority=20,
    extract=distances,
    about_fields=("what", "of", "from"),
)
