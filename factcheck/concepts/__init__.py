"""The concept registry: every kind of fact factcheck reads, one module each.

Adding a kind of fact is one module that defines a `Concept` and one line below. The registry is
what the CLI help, `claims validate` and the README list as slots.
"""

from __future__ import annotations

from dataclasses import replace

from ..extract.article import GATHERINGS, Event
from ..models import EventRef
from . import (
    absence,
    actor,
    age,
    alert_level,
    count,
    day,
    distance,
    duration,
    magnitude,
    minute,
    money,
    presence,
    race_time,
    role,
    share,
    site,
    status,
    time_of_day,
    year,
)
from .base import Comparison, Concept
from .legacy import LEGACY
from .measures import AREA, MASS, SPEED, TEMPERATURE

REGISTRY: dict[str, Concept] = {
    concept.name: concept
    for concept in [
        count.CONCEPT,
        absence.CONCEPT,
        duration.CONCEPT,
        money.CONCEPT,
        share.CONCEPT,
        age.CONCEPT,
        time_of_day.CONCEPT,
        minute.CONCEPT,
        race_time.CONCEPT,
        day.CONCEPT,
        role.CONCEPT,
        AREA,
        distance.CONCEPT,
        SPEED,
        TEMPERATURE,
        MASS,
        magnitude.CONCEPT,
        alert_level.CONCEPT,
        site.CONCEPT,
        status.CONCEPT,
        presence.CONCEPT,
        year.CONCEPT,
        actor.CONCEPT,
        *LEGACY,
    ]
}


def frame_for(slot: str, subject: str) -> dict[str, str]:
    """The frame a person means by a subject typed in claims.yaml: "deaths", "people evacuated", "fine".

    Words are looked up in the lexicon as the extractor looks up the words around a figure, so a
    typed claim meets the extracted claims about the same thing. Slots still read by the first
    extractors keep their subject as the frame.
    """
    from ..extract.agreements import AGREED_FRAME
    from ..lexicon import lexicon

    words = lexicon()
    tokens = [w for w in subject.lower().replace("-", " ").split() if w not in ("the", "a", "an", "of", "number")]
    if slot == "count" and {t.rstrip("s") for t in tokens} == {"agreed", "point"}:
        return dict(AGREED_FRAME)
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
    if slot == "race_time":
        return {"of": "finish", "person": tokens[-1] if tokens else ""}  # "Brevik's time", "Aksel Brevik"
    if slot in ("age", "minute"):
        surname = tokens[-1] if tokens else ""
        return {"person": surname, "what": "goal"} if slot == "minute" else {"person": surname}
    if slot == "speed":
        from ..lexicon import word_classes

        said = {word_classes("speed_kinds").get(t.rstrip("s")) or word_classes("speed_kinds").get(t) for t in tokens}
        peak = "gusts" if "gusts" in said else "sustained" if "sustained" in said else ""
        if peak or "wind" in said:
            return {"what": "wind", "peak": peak} if peak else {"what": "wind"}  # "wind gusts", "sustained winds"
        return {"what": "speed"}
    if slot == "magnitude" and "category" in tokens:
        return {"what": "category"}  # "storm category"
    if slot in ("area", "distance", "speed", "temperature", "mass", "magnitude"):
        return {"what": slot}
    if slot == "score":
        return {"what": "final score"}
    if slot == "event_type":
        return contact_frame(subject)
    if slot == "status":
        return status.frame_of(subject)
    return typed_event(subject).about


def typed_event(subject: str) -> Event:
    """The event a typed subject names, as the extractor would read it: "the talks" is the meeting,
    "emergency meeting in Paris" another occasion."""
    from ..vocab import EVENT_CLASSES, OTHER_OCCURRENCE

    head, _, where = subject.strip().partition(" in ")
    words = [w for w in head.lower().replace("-", " ").split() if w not in ("the", "a", "an")]
    marks = tuple(w for w in words if w in OTHER_OCCURRENCE)
    nouns = [EVENT_CLASSES.get(w) or EVENT_CLASSES.get(w.rstrip("s")) or w for w in words if w not in marks]
    cls = nouns[-1] if nouns else "meeting"
    if not marks and not where and cls in GATHERINGS:
        cls = "meeting"  # the article's own gathering, whatever it is called
    return Event(cls, marks, where.strip() or None)


def contact_frame(subject: str) -> dict[str, str]:
    """ "Contact between Ana Ruiz and Sigrun Berg on 12 February" → who (surnames, in order) and the day."""
    import re

    match = re.fullmatch(r"(?i)\s*(?:contact between\s+)?(.+?) and (.+?)(?: on (.+?))?\s*", subject)
    if match is None:
        return {"between": subject.strip().lower()}
    from ..dates import describe_date, parse_date

    first, second = sorted(name.split()[-1].lower() for name in match.groups()[:2])
    day = parse_date(match.group(3)) if match.group(3) else None
    return {"between": f"{first} and {second}", "on": describe_date(day) if day else (match.group(3) or "").strip()}


def event_for(slot: str, subject: str) -> EventRef:
    """Which occasion a typed subject speaks of: another one only when it says so."""
    if slot in ("place", "participant"):
        return typed_event(subject).ref
    return EventRef()


def slots() -> dict[str, Concept]:
    """Every slot a claim can carry, with the concept that reads it (the first, when two share one,
    with the frame fields of both: days and years are both dates)."""
    found: dict[str, Concept] = {}
    for registered in REGISTRY.values():
        first = found.setdefault(registered.slot, registered)
        extra = tuple(f for f in registered.about_fields if f not in first.about_fields)
        if extra:
            found[registered.slot] = replace(first, about_fields=first.about_fields + extra)
    return found


def concept(name: str) -> Concept | None:
    """The registered concept of that name, or None."""
    return REGISTRY.get(name)


__all__ = ["REGISTRY", "Comparison", "Concept", "concept", "event_for", "frame_for", "slots", "typed_event"]
