"""Physical measures of the event itself: area, speed, temperature, mass.

Each is one concept; a measure of the event needs no more frame than its kind and what it is of
("gusts", "depth"), since an article rarely gives two areas burned or two magnitudes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import span_text
from ..lexicon import lexicon, word_classes
from ..models import Claim
from .base import Comparison, Concept, measure_claims

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..annotate import Annotations, Measure


def about_event_measure(what: str) -> Callable[[Measure], dict[str, str] | None]:
    """A frame that only says which measure it is ("area", "wind speed")."""
    return lambda measure: {"what": what}


def about_speed(measure: Measure) -> dict[str, str] | None:
    """Which speed: a wind's, with whether it is the sustained wind or its gusts when the sentence
    says ("sustained winds of 185 km/h and gusts of 230 km/h"), or another ("travelling at 120 km/h")."""
    kinds = word_classes("speed_kinds")  # gust -> gusts, sustained -> sustained, wind -> wind
    said = {kinds.get(w) or kinds.get(w.rstrip("s")) for w in _own_words(measure)}
    if "gusts" in said:
        return {"what": "wind", "peak": "gusts"}
    windy = "wind" in said or any(kinds.get(w) == "wind" for w in _sentence_words(measure))
    if "sustained" in said and windy:
        return {"what": "wind", "peak": "sustained"}
    if "sustained" in said:
        return {"what": "average speed"}  # "an average speed of 45.41 kph": a rider's or a train's, no wind
    if "wind" in said:
        return {"what": "wind"}  # which of the two, the sentence does not say: it joins the only one
    return {"what": "speed"}


def _sentence_words(measure: Measure) -> list[str]:
    """The words of the figure's sentence, lower-cased."""
    return re.findall(r"[a-z]+", span_text(measure.sentence).lower())


_FIGURE = re.compile(r"\d")


def _own_words(measure: Measure) -> list[str]:
    """The words beside a figure, up to the next figure on either side: in "winds of 185 km/h and gusts
    of 230 km/h" the 185 is the winds' and the 230 the gusts'. Read from the text, not the parse, which
    often hangs "gusts at 230 km/h" on the wrong word."""
    text, sentence = span_text(measure.sentence), measure.sentence.start_char
    at, end = measure.mention.start - sentence, measure.mention.end - sentence
    before = text[max(0, at - 40) : at]
    before = before[max((m.end() for m in _FIGURE.finditer(before)), default=0) :]
    after = re.split(r"[\d,;.(]|\b(?:and|or|with|while)\b", text[end : end + 20], maxsplit=1)[0]
    return re.findall(r"[a-z]+", (before + " " + after).lower())


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
        about_fields={"speed": ("what", "peak"), "mass": ("what", "of")}.get(name, ("what",)),
    )


AREA = _concept("area", "Area", "area", about_event_measure("area"), Comparison(relative=0.1))
SPEED = _concept("speed", "Speed", "speed", about_speed, Comparison(relative=0.1))
TEMPERATURE = _concept(
    "temperature", "Temperature", "temperature", about_event_measure("temperature"), Comparison(absolute=1.0)
)


def about_mass(measure: Measure) -> dict[str, str] | None:
    """Which mass: of what, when the sentence says ("40 tonnes of relief supplies", "12 tonnes of
    tarpaulins"), so a load of aid never meets a ship's cargo or another load."""
    doc = measure.sentence.doc
    unit = doc.char_span(measure.mention.start, measure.mention.end, alignment_mode="expand")
    if unit is not None:
        last = unit[-1]
        if _listed(last):
            return None  # "12 mg, 24 mg or 36 mg": the options on offer, none of them the event's mass
        for prep in (c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                return {"what": "mass", "of": lexicon().thing(obj.lemma_)}
        if last.dep_ in ("compound", "nummod", "amod") and last.head.pos_ == "NOUN" and last.head.i > last.i:
            return {"what": "mass", "of": lexicon().thing(last.head.lemma_)}  # "the 36 mg dose", "a 40-tonne lorry"
    verb = measure.verb
    if verb is not None and verb.lemma_.lower() == "weigh":
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return {"what": "mass", "of": lexicon().thing(subjects[0].lemma_)}  # "the mirror weighs 2.8 tonnes"
    return None  # "those on 12 mg lost 8.9%", "people weighing 100 kg": a mass, but of nothing the event is


def _listed(unit: Token) -> bool:
    """True for a measure that is one item of a list of measures ("12 mg, 24 mg or 36 mg")."""
    siblings = [c for c in unit.children if c.dep_ in ("conj", "appos")]
    if unit.dep_ in ("conj", "appos"):
        siblings.append(unit.head)
    return any(any(t.like_num for t in s.subtree) for s in siblings)


MASS = _concept("mass", "Mass", "mass", about_mass, Comparison(relative=0.1))
