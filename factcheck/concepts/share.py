"""Percentages: vote shares, turnout, stakes, coverage, rises and falls, with what they are a share of."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..models import Claim
from .base import Comparison, Concept, measure_claims

if TYPE_CHECKING:
    from ..annotate import Annotations, Measure

_RISE = {"rise", "increase", "gain", "jump", "climb", "soar", "grow", "up", "surge", "rally", "add"}
_FALL = {
    "fall",
    "drop",
    "decline",
    "slide",
    "plunge",
    "lose",
    "down",
    "slump",
    "tumble",
    "sink",
    "shed",
    "cut",
    "dip",
    "decrease",
}


def about_share(measure: Measure) -> dict[str, str] | None:
    """What the percentage is of, whose, and whether it is a rise or a fall."""
    anchor = measure.anchor
    of = [
        o for p in anchor.head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    noun = measure.noun
    what = None
    if of:
        what = of[0].lemma_.lower()
    elif noun is not None and noun.lower_ not in ("percent", "%", "cent", "per"):
        what = noun.lemma_.lower()
    verb = measure.verb
    change = ""
    if verb is not None:
        lemma = verb.lemma_.lower()
        change = "rise" if lemma in _RISE else "fall" if lemma in _FALL else ""
        if what is None:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
            if subjects:
                what = subjects[0].lemma_.lower()
            elif lemma not in ("be", "have"):
                what = lemma
    if what is None:
        return None
    return {"of": what, "action": change, "holder": measure.holder or "", "scope": measure.scope or ""}


def shares(notes: Annotations) -> Iterator[Claim]:
    """Every stated percentage whose sentence says what it is a share of."""
    return measure_claims(notes, "percent", "percent", about_share)


CONCEPT = Concept(
    name="percent",
    label="Percentage",
    value_kind="quantity",
    comparison=Comparison(relative=0.05),
    priority=20,
    extract=shares,
    about_fields=("of", "action", "holder", "scope"),
)
