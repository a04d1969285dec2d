"""Years that are facts of the story: "the viaduct, built in 1971", "Construction began in 2016",
"the club last lifted the trophy in 1994", "founded in 1998".

Elsewhere a past year marks another occasion (a figure "in 2019" is not this event's figure); here
the year is itself the fact. The frame says what happened that year (`of`: built, construction
began, founded, last won …, from the lexicon's `year_events`) and to whom or what (`who`: the
subject or object's name or noun), and the value is a date of year precision, compared as days are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import word_classes, word_forms, word_list
from ..models import Claim, DateValue, EventRef
from .base import Comparison, Concept, make_claim, plain, surname

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Annotations

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORKS = {"construction", "work", "building", "excavation"}  # "construction began in 2016"
_BEGIN = {"begin", "start", "commence"}
_RELATIVE = {"that", "which", "who"}
_TROPHIES = set(word_list("trophy_nouns"))  # "their first title since 1986"; not "their first win since 2019"


@lru_cache(maxsize=1)
def _events() -> dict[str, str]:
    return word_classes("year_events")


def _verb_of(year: Token) -> Token | None:
    """The verb a year is the time of: "built in 1971", "last won the title in 1994"."""
    token = year
    if token.head.lower_ == "year" and token.head.dep_ == "pobj":
        token = token.head  # "constructed in the year 1958"
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "during") and token.head.head.pos_ in ("VERB", "AUX"):
        return token.head.head
    return None


def _what(verb: Token) -> str:
    """What happened that year, by the verb and its particle, or by the works that began."""
    events = _events()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    if lemma in _BEGIN and any(c.lemma_.lower() in _WORKS for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        return "construction began"
    for form in word_forms(verb.lemma_, verb.text):
        for key in [f"{form} {p}" for p in particles] + [form]:
            if key in events:
                kind = events[key]
                if kind == "won":
                    last = any(c.lower_ == "last" for c in verb.children if c.dep_ == "advmod")
                    return "last won" if last else ""  # only "last won in 1994" dates a record
                return kind
    return ""


def _who(verb: Token, what: str) -> str:
    """Whom or what the year is said of: the subject, the object of a building verb, the noun a
    relative clause or a fronted participle ("Built in 1974, the bridge …") hangs on."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    found = passive or (objects if what in ("built", "founded", "opened") else []) or subjects
    if not found and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        found = [verb.head]  # "the viaduct, built in 1971"
    if not found and verb.dep_ == "advcl":
        found = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found:
        return ""
    thing = found[-1]
    if thing.lower_ in _RELATIVE and verb.dep_ == "relcl":
        thing = verb.head
    if thing.pos_ not in ("PROPN", "NOUN") or thing.lemma_.lower() in _WORKS:
        return ""  # a pronoun says nothing; "construction began" is the story's own project
    return plain(thing.text if thing.pos_ == "PROPN" else thing.lemma_)


def _record_in(sentence: Span, year: Token) -> tuple[Token | None, str]:
    """A record the sentence dates however the year hangs: "the team that last lifted the cup, in 1991",
    "champions for the first time since 1991" (the last win was in 1991)."""
    since = year.dep_ == "pobj" and year.head.lower_ == "since"
    first_time = since and any(t.lower_ == "first" for t in sentence if t.head.lower_ == "time")
    before: list[Token] = list(sentence.doc[max(sentence.start, year.i - 7) : year.i - 1]) if since else []
    firsts = [t for t in before if t.lower_ == "first"]
    named = [t for t in before if firsts and t.i > firsts[-1].i]
    if (
        named
        and not any(t.pos_ in ("VERB", "AUX") for t in named)
        and any(t.pos_ == "PROPN" or t.lemma_.lower() in _TROPHIES for t in named)
    ):
        # "their first Harlow Cup since 1998", "the club's first league title since 1986": the last win was then
        return firsts[-1], "last won"
    for token in sentence:
        what = _what(token) if token.pos_ == "VERB" else ""
        if what == "last won" and year.head.lower_ in ("in", "during"):
            return token, what
        if first_time and (
            _events().get(token.lemma_.lower()) == "won" or token.lemma_.lower() in ("champion", "title")
        ):
            return token, "last won"
    return None, ""


_UNTIL_YEAR = re.compile(r"\s+(?:to|until|till|through|and)\s+(?:19|20)\d\d\b")
_LEADING = {"lead", "run", "head", "govern", "serve", "rule", "chair", "manage", "coach", "hold"}


def _in_office_from(year: Token, text: str, end: int) -> str:
    """The surname of whoever held a post from this year to a later one ("Ana Morandi, mayor from 2009 to 2021",
    "who led the council from 2005 until 2021"), or ""."""
    if year.dep_ != "pobj" or year.head.lower_ != "from" or not _UNTIL_YEAR.match(text, end):
        return ""
    held = year.head.head
    person: Token | None = None
    if held.pos_ == "NOUN" and held.lower_ in _TITLES:
        person = held.head if held.dep_ == "appos" and held.head.pos_ == "PROPN" else None
    elif held.pos_ == "VERB" and held.lemma_.lower() in _LEADING:
        subject = next((c for c in held.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _RELATIVE and held.dep_ == "relcl":
            subject = held.head
        person = subject if subject is not None and subject.pos_ == "PROPN" else None
    if person is None:
        return ""
    return plain(surname(person).text)


_TITLES = set(word_list("title_words"))


def years(notes: Annotations) -> Iterator[Claim]:
    """Every year the body gives as the time something of the story's happened."""
    text = notes.source.text
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body":
            continue
        for match in YEAR.finditer(text, sentence.start_char, sentence.end_char):
            if notes.in_quote(match.start(), match.end()):
                continue
            span = sentence.doc.char_span(match.start(), match.end())
            if span is None:
                continue
            holder = _in_office_from(span.root, text, match.end())
            if holder:
                # "Ana Morandi, mayor from 2009 to 2021", "who led the council from 2005 until 2021"
                about = {"of": "in office from", "person": holder}
                value = DateValue(year=int(match.group()))
                yield make_claim(notes, "date", about, value, match.start(), match.end(), sentence, event=EventRef())
                continue
            verb = _verb_of(span.root)
            what = _what(verb) if verb is not None else ""
            if not what:
                verb, what = _record_in(sentence, span.root)
            if verb is None or not what:
                continue
            about = {"of": what, "who": _who(verb, what)}
            value = DateValue(year=int(match.group()))
            yield make_claim(notes, "date", about, value, match.start(), match.end(), sentence, event=EventRef())


CONCEPT = Concept(
    name="year",
    label="Year",
    value_kind="date",
    comparison=Comparison(exact=True),
    priority=40,
    extract=years,
    about_fields=("of", "who", "person"),
    emits="date",
)
