"""Counts without a figure: "no one was injured", "no arrests were made" (none) and "police arrested
a farmer", "the driver was killed" (at least one).

A report that nobody was hurt and one that names a casualty disagree although neither gives a number.
The frame is the count's (`thing` people, `action` from the lexicon); the value is 0 for a universal
negative and "at least 1" for a person the verb is done to, which agrees with any figure of one or
more. A negative narrowed to a group or a place ("no one on board", "none of the passengers", "no
serious injuries") says nothing of the whole and is left out, as are quotes, plans and conditions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import lower_lemmas
from ..lexicon import lexicon, word_list
from ..models import Claim, EventRef, QuantityValue
from ..vocab import EVENT_NOUNS
from .base import Comparison, Concept, a_person, make_claim
from .day import MODALS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..annotate import Annotations

_ACTIONS = frozenset(word_list("absence_actions"))  # what a count of none is worth reading for
_NOBODY = {"nobody", "noone", "no-one"}
# Every word the lexicon gives one of those actions, by its first word: the only tokens worth reading.
_WORTH_A_LOOK = frozenset(word.split()[0] for word, action in lexicon().actions.items() if action in _ACTIONS) | {
    *_NOBODY,
    "one",
}
_NARROWING_PREPS = {"in", "at", "on", "aboard", "among", "from", "inside", "near"}


def absences(notes: Annotations) -> Iterator[Claim]:
    """Every "none" and "at least one" the body states as a fact about a casualty or an arrest."""
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body":
            continue
        lemmas = lower_lemmas(sentence.doc)
        for i in range(sentence.start, sentence.end):
            if lemmas[i] not in _WORTH_A_LOOK:
                continue  # most words are neither a casualty's verb or noun nor "no one"
            token = sentence.doc[i]
            found = _none(token) or _some(token)
            if found is None:
                continue
            action, low, first, last = found
            start, end = first.idx, last.idx + len(last.text)
            if notes.in_quote(start, end):
                continue
            value = QuantityValue(low=low, high=0.0 if low == 0 else None, qualifier=None if low == 0 else "at least")
            about = {"thing": "people", "action": action}
            event = EventRef(occasion=notes.occasion_near(sentence, start, end))
            yield make_claim(notes, "count", about, value, start, end, sentence, event=event)


def _action(verb: Token) -> str | None:
    """The count a verb or an event noun speaks of, when it is one worth reading a "none" for."""
    action = lexicon().action(verb.lemma_.lower())
    return action if action in _ACTIONS else None


def _stated(verb: Token) -> bool:
    """True when the verb states a fact: not a plan, a condition or a possibility."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("xcomp", "advcl", "relcl", "acl", "csubj"):
        return False
    return not any(c.lower_ in MODALS or (c.dep_ == "mark" and c.lower_ != "that") for c in verb.children)


def _narrowed(verb: Token) -> bool:
    """True when the clause limits its count to a place or a group ("in the second building")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _NARROWING_PREPS):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.lemma_.lower() not in EVENT_NOUNS and obj.ent_type_ not in ("DATE", "TIME"):
                return True
    return False


def _none(token: Token) -> tuple[str, float, Token, Token] | None:
    """ "No one was injured", "nobody died", "no arrests were made", "police made no arrests"."""
    if token.dep_ in ("nsubj", "nsubjpass") and (
        token.lower_ in _NOBODY or (token.lower_ == "one" and any(c.lower_ == "no" for c in token.children))
    ):
        verb = token.head
        if any(c.dep_ == "prep" for c in token.children) or not _stated(verb) or _narrowed(verb):
            return None
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "no one was not moved": a double negative says nothing plain
        action = _action(verb)
        first = min((c for c in token.subtree), key=lambda t: t.i)
        return (action, 0.0, first, verb) if action else None
    if token.pos_ != "NOUN" or not any(c.lower_ == "no" and c.dep_ == "det" for c in token.children):
        return None
    if any(c.dep_ in ("amod", "compound", "prep", "nummod", "acl", "relcl") for c in token.children):
        return None  # "no serious injuries", "no deaths in the village": a part, not the whole
    action = _action(token)
    verb = token.head
    if action is None or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return None
    if not _stated(verb) or _narrowed(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    determiner = next(c for c in token.children if c.lower_ == "no")
    first, last = (determiner, verb) if verb.i > token.i else (verb, token)
    if last.i - first.i > 6:
        first, last = determiner, token
    return action, 0.0, first, last


def _some(verb: Token) -> tuple[str, float, Token, Token] | None:
    """ "Police arrested a farmer", "the driver was killed": a person it happened to, no figure given."""
    action = _action(verb)
    if action is None or verb.pos_ != "VERB" or not _stated(verb):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    roles = ("nsubj",) if verb.lemma_.lower() == "die" else ("nsubjpass", "dobj")
    people = [c for c in verb.children if c.dep_ in roles]
    if len(people) != 1:
        return None
    person = people[0]
    if not a_person(person) or person.lower_ in ("they", "them", "who") or person.tag_ in ("NNS", "NNPS"):
        return None  # plural people without a figure ("workers were hurt") say nothing of how many
    if any(c.dep_ in ("nummod", "det") and c.lower_ in ("no", "any", "every", "each") for c in person.children):
        return None
    if any(c.dep_ == "nummod" for c in person.children):
        return None  # a figure is read as a count already
    first, last = (verb, person) if person.i > verb.i else (min(person.subtree, key=lambda t: t.i), verb)
    if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in verb.doc[first.i : last.i + 1]):
        # "arrested a 56-year-old farmer": the age is a figure of its own; quote the words around it
        first, last = (verb, verb) if person.i > verb.i else (person, verb)
    # "a third person has died": the toll is at least three now
    nth = next((n for c in person.children if c.dep_ == "amod" and (n := _ordinal(c.lower_))), 1.0)
    return (action, nth, first, last) if last.i - first.i <= 6 else None


def _ordinal(word: str) -> float | None:
    """The number an ordinal word names ("third" → 3), read by text2num, which leaves "second" alone
    (a unit of time as often as an ordinal)."""
    from text_to_num import alpha2digit  # imported here: only a casualty's ordinal needs it

    if word == "second":
        return 2.0
    found = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", alpha2digit(word, "en"))
    return float(found.group(1)) if found else None


CONCEPT = Concept(
    name="absence",
    label="Number",
    value_kind="quantity",
    comparison=Comparison(relative=0.1),
    priority=5,
    extract=absences,
    about_fields=("thing", "action"),
    emits="count",
)
