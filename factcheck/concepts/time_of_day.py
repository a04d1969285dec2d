"""Times of day: "shortly after 1:30 p.m.", "around 19:00 local time", "10:34 UTC", "at noon".

The frame says what the time is the time of (the event's onset, a signing, a kick-off), from the
verb or noun of its clause. A time with a zone is kept in UTC and only meets other UTC times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import lexicon, word_list
from ..models import Claim, TimeValue
from ..vocab import EVENT_CLASSES, EVENT_NOUNS
from .base import Comparison, Concept, make_claim
from .day import denied, planned_clause, what_happened

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Annotations

CLOCK = re.compile(
    r"(?:(?P<hedge>shortly after|shortly before|just after|just before|around|about|approximately|some time after|after|before)\s+)?"
    r"(?<![\d:.])(?P<hour>2[0-3]|[01]?\d)(?!\d)(?:[:.](?P<minute>[0-5]\d)(?![:.]\d))?\s*"
    r"(?P<half>[ap]\.\s?m\.|[ap]m\b|hrs\b|hours\b|h\b)?"
    r"(?:\s*(?P<zone>UTC|GMT|local time|local|IST|CET|CEST|EET|EEST|BST|WAT|CAT|EAT|SAST|ET|EST|EDT|PT|PST|PDT))?",
    re.I,
)
# Wire copy gives the universal time as four digits: "(1945 GMT)", "0215 UTC".
_MILITARY = re.compile(
    r"(?:(?P<hedge>around|about|approximately)\s+)?(?<![\d:.])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*"
    r"(?P<half>)(?P<zone>GMT|UTC)\b",
)
_PUT_BACK = re.compile(
    r"(?:\s+[\w-]+){0,2}\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
    r"(?:pushed\s+back|put\s+back|moved\s+back|delayed|postponed|rescheduled|cancelled|canceled)\b",
    re.I,
)
_PLANNED = re.compile(
    r"\b(?:scheduled|due|planned|set to|supposed to|originally|expect(?:ed|s)?|was to|were to)\b", re.I
)
_NAMED = {"noon": 12 * 60, "midday": 12 * 60, "midnight": 0}
# Every time the patterns read holds a digit, a named hour or a part of a day.
_MAY_TELL_TIME = re.compile(r"\d|noon|midday|midnight|morning|afternoon|evening|night", re.I)
_NAMED_TIME = re.compile(
    r"(?:(?P<hedge>shortly after|shortly before|just after|just before|around|about|after|before)\s+)?\b(?P<name>noon|midday|midnight)\b",
    re.I,
)


# A part of a named day: "on Monday afternoon", "late on Saturday night", "yesterday morning".
_PART_OF_DAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|this)\s+(?P<part>morning|afternoon|evening|night)\b",
    re.I,
)
# The clock hours each part of the day covers, as [start, end) in minutes; the night wraps past midnight.
PARTS_OF_DAY = {
    "morning": (4 * 60, 12 * 60),
    "afternoon": (12 * 60, 18 * 60),
    "evening": (17 * 60, 23 * 60),
    "night": (19 * 60, 6 * 60),
}


# What may stand before a live blog's time stamp on its line: markup, and "From" or "At" ("From **10:00** –").
_STAMP_OPENER = re.compile(r"[\s*_#>\-•\[(]*(?P<word>(?:from|at|since|around|by)\s*[*_]*)?", re.I)
_STAMP_CLOSER = re.compile(r"[*_\s]*[–—:-]")


def _a_stamp(text: str, line_start: int, match: re.Match[str]) -> bool:
    """True for a time that opens a live blog's entry: "**14:05** –", "From **10:00** – fans queue"; not
    "At 15:10 near the jetty the launch capsized", whose time is the event's."""
    if match.groupdict().get("hedge"):
        return False  # "Shortly after 12.50 pm on Thursday, the reactor exploded": a stamp is never hedged
    opener = _STAMP_OPENER.fullmatch(text, line_start, match.start())
    if opener is None:
        return False
    return not opener.group("word") or _STAMP_CLOSER.match(text, match.end()) is not None


def within_part(part: str, minutes: int) -> bool:
    """True when a clock time falls in a part of the day ("14:10" in the afternoon, "01:30" at night)."""
    start, end = PARTS_OF_DAY[part]
    return start <= minutes < end if start < end else minutes >= start or minutes < end


def _time_of(match: re.Match[str]) -> TimeValue | None:
    if match.groupdict().get("part"):
        part = match.group("part").lower()
        start, end = PARTS_OF_DAY[part]
        middle = ((start + (end if end > start else end + 24 * 60)) // 2) % (24 * 60)
        return TimeValue(minutes=middle, part=part)
    if match.groupdict().get("name"):
        minutes = _NAMED[match.group("name").lower()]
        return TimeValue(minutes=minutes, qualifier=_hedge(match.group("hedge")))
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    half = (match.group("half") or "").lower().replace(".", "").replace(" ", "")
    if not match.group("minute") and half not in ("am", "pm"):
        return None  # a bare number is no time
    if match.group("minute") and not half and not match.group("zone") and ":" not in match.group(0):
        return None  # "2.30" without am/pm or a zone may be a score or a price
    if half == "hours" and (len(match.group("hour")) < 2 or not match.group("minute")):
        return None  # "04.27 hours" is a time; "4.30 hours" and "12 hours" are lengths
    if half == "pm" and hour < 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    zone = (match.group("zone") or "").upper()
    return TimeValue(minutes=hour * 60 + minute, utc=zone in ("UTC", "GMT"), qualifier=_hedge(match.group("hedge")))


def read_time(written: str) -> TimeValue | None:
    """A time of day as a person writes it in claims.yaml: "13:34", "1:30 p.m.", "10:34 UTC", "noon"."""
    for pattern in (CLOCK, _NAMED_TIME, _MILITARY):
        match = pattern.fullmatch(written.strip())
        if match:
            return _time_of(match)
    return None


def _hedge(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    return "after" if "after" in word else "before" if "before" in word else "about"


def _event_of(sentence: Span, start: int) -> str:
    """The event the time's clause is about: "the match started at 15:20" → match."""
    span = sentence.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return ""
    token = span[0]
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    for child in token.children:
        if (
            child.dep_ in ("nsubj", "nsubjpass", "dobj")
            and child.pos_ == "NOUN"
            and child.lemma_.lower() in EVENT_NOUNS
        ):
            lemma = child.lemma_.lower()
            return EVENT_CLASSES.get(lemma, lemma)  # "the blaze" and "the fire" started at one time
    return ""


_TELLING = {*word_list("saying_verbs"), *word_list("telling_verbs")} - {"announce", "report"}


def _event_word(token: Token) -> str:
    """The kind of event a word names as the lexicon's time events do ("capsized" → onset), or ""."""
    words = lexicon()
    particles = [
        c.lower_
        for c in token.children
        if c.dep_ in ("prt", "prep") or c.lower_ in ("way", "down", "ashore", "in", "out", "back", "online", "normally")
    ]  # "gave way", "went down", "came back", "ran normally", which the model may take for adverbs
    particles = [c.lemma_.lower() for c in token.children if c.dep_ == "dobj"] + particles  # "left the road"
    for key in (*(f"{token.lemma_.lower()} {p}" for p in particles), token.lemma_.lower(), token.lower_):
        kind = words.time_events.get(key)
        if kind:
            return kind
    return ""


# Verbs that say nothing of what happened: the time is the event noun's ("the blast was at 3am",
# "the ceremony took place at 11:00").
_LIGHT_VERBS = {"be", "take", "hold", "come", "go", "get", "set", "schedule", "plan", "due"}


# Verbs that go on with the event of the verb they are joined to: "plunged off the road and fell 200 metres".
_GOING_ON = {"fall", "tumble", "roll", "drop", "slide", "plummet", "land", "overturn"}


def _own_clause(verb: Token) -> list[Token]:
    """The words of a verb's own clause: its dependents, but not another verb joined to it or hung on it."""
    found: list[Token] = []
    stack = [c for c in verb.children]
    while stack:
        token = stack.pop()
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("conj", "advcl", "ccomp", "relcl", "xcomp"):
            continue
        found.append(token)
        stack.extend(token.children)
    return found


def _what_of(sentence: Span, start: int) -> str:
    """What the time is the time of: the verb the time hangs on when it names an event ("at 15:10 the
    launch capsized"), else the nearest event word in its sentence."""
    span = sentence.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is not None:
        token = span[0]
        for _ in range(4):
            if token.pos_ == "VERB":
                if kind := _event_word(token):
                    return kind
                if token.lemma_.lower() in _TELLING:
                    return ""  # "the officer gave this information at 9am": when it was told, not what happened
                if token.lemma_.lower() not in _LIGHT_VERBS and token.dep_ not in ("advcl", "relcl", "ccomp"):
                    # "collapsed at km 38 and died in hospital at 2.30pm": the time of the death, which no
                    # event word of another clause names; "captured its first light at 10pm": its own words do
                    own = [t for t in _own_clause(token) if _event_word(t)]
                    if not own and token.dep_ == "conj" and token.lemma_.lower() in _GOING_ON:
                        return _event_word(token.head)  # "plunged off the road and fell 200 metres at 10.50pm"
                    return _event_word(min(own, key=lambda t: abs(t.idx - start))) if own else ""
                if token.dep_ in ("advcl", "relcl", "ccomp") and token.head.i != token.i:
                    # "figures released … show X, after the attack locked staff out shortly after 3am": the
                    # time is its own clause's, never an event word of the clause it hangs from
                    antecedent = (
                        [token.head] if token.dep_ == "relcl" else []
                    )  # "the ceremony, which took place at 11:00"
                    clause = [t for t in (*antecedent, *token.subtree) if _event_word(t)]
                    return _event_word(clause[0]) if clause else ""
                break
            if token.head.i == token.i:
                break
            token = token.head
    best: tuple[int, str] | None = None
    for token in sentence:
        if token.pos_ != "VERB" and token.lemma_.lower() not in EVENT_NOUNS:
            continue  # "turnout at 17:00 … in the first round", "reports described": no event of the story
        kind = _event_word(token)
        if kind:
            distance = abs(token.idx - start)
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else ""


_HOURS_NOUNS = set(word_list("hours_nouns"))
_PERFORMANCE_BEFORE = re.compile(r"\b(?:under|below|sub|inside|faster than|slower than)[\s-]*$", re.I)
_WORDS_AFTER = re.compile(r"\s*(?:local[- ]time\s+)?([a-z]+)(?:([- ])([a-z]+))?", re.I)


def _event_named_after(text: str, end: int) -> str:
    """The event a time is written before, as its modifier: "the 5.45pm kick-off", "the 11am ceremony"."""
    found = _WORDS_AFTER.match(text, end)
    if found is None:
        return ""
    first, joiner, second = (g.lower() if g else "" for g in found.groups())
    keys = [f"{first}{joiner}{second}", f"{first} {second}"] if second else []
    events = lexicon().time_events
    return next((events[k] for k in [*keys, first] if k in events), "")


_FROM = re.compile(
    r"\b(?:from|between|starting(?:\s+at)?(?:\s+(?:hour|at))?|beginning(?:\s+at)?|(?:begin|start)s?\s+at|(?:began|started)\s+at)\s+$",
    re.I,
)
_TO = re.compile(r"\b(?:to|until|till)\s+$|\bbetween\s+\S+(?:\s*[ap]\.?\s?m\.?)?\s+and\s+$", re.I)


def _hours_of(sentence: Span, text: str, start: int) -> str:
    """ "curfew start" or "curfew end" for the hours a curfew runs ("a curfew from 8 p.m. to 5 a.m."),
    when the sentence names one; "" otherwise."""
    nouns = [t.lemma_.lower() for t in sentence if t.lemma_.lower() in _HOURS_NOUNS]
    if not nouns:
        return ""
    before = text[max(sentence.start_char, start - 30) : start]
    if _FROM.search(before):
        return f"{nouns[0]} start"
    if _TO.search(before):
        return f"{nouns[0]} end"
    return ""


def times_of_day(notes: Annotations) -> Iterator[Claim]:
    """Every time of day in the body whose sentence says what happened then."""
    text = notes.source.text
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body":
            continue
        if _MAY_TELL_TIME.search(text, sentence.start_char, sentence.end_char) is None:
            continue  # one cheap search instead of four patterns over a sentence with no time in it
        line_start = text.rfind("\n", 0, sentence.start_char) + 1
        for pattern in (CLOCK, _NAMED_TIME, _MILITARY, _PART_OF_DAY):
            for match in pattern.finditer(text, sentence.start_char, sentence.end_char):
                value = _time_of(match)
                if value is None or notes.in_quote(match.start(), match.end()):
                    continue
                if _a_stamp(text, line_start, match):
                    continue  # a live blog's time stamp opens its entry: the time of writing, not of the event
                planned = _PLANNED.search(text, max(sentence.start_char, match.start() - 60), match.start())
                if planned and "," not in text[planned.end() : match.start()]:
                    continue  # a scheduled time, not when it happened ("a scheduled flight, crashed at" is no plan)
                if _PERFORMANCE_BEFORE.search(text, max(sentence.start_char, match.start() - 20), match.start()):
                    continue  # "personal bests under 2:25": a time run, not a time of day
                if _PUT_BACK.match(text, match.end(), min(sentence.end_char, match.end() + 60)):
                    continue  # "the 7.45pm kick-off has been put back": the time it did not happen
                if value.part:
                    # a part of the day says when something struck, read as its day is: from the words it
                    # hangs on ("the ferry capsized on Sunday afternoon"), not the nearest event in the sentence
                    what = what_happened(sentence, match.start(), match.end())[0]
                    if what != "onset" or denied(sentence, match.start()) or planned_clause(sentence, match.start()):
                        continue
                else:
                    what = (
                        _hours_of(sentence, text, match.start())
                        or _event_named_after(text, match.end())
                        or _what_of(sentence, match.start())
                    )
                if not what:
                    continue
                about = {"of": what, "event": _event_of(sentence, match.start())}
                if planned_clause(sentence, match.start()):
                    about["when"] = "planned"  # "teams will stand down at 22:00": a plan meets only plans
                yield make_claim(notes, "time", about, value, match.start(), match.end(), sentence)


CONCEPT = Concept(
    name="time",
    label="Time of day",
    value_kind="time",
    comparison=Comparison(absolute=30.0),
    priority=40,
    extract=times_of_day,
    about_fields=("of", "event", "when"),
)
