"""The day something happened: "on Tuesday", "yesterday", "late on Saturday", "on 14 October".

A day is read against the article's own date (its dateline or byline), so "yesterday" in a paper
dated Wednesday meets "on Tuesday" in a wire story. The frame says what happened that day (the
onset of a disaster, a verdict, a vote, a signing, a match), from the verb or noun of its clause.
Days after "since", "by" or "until", and planned days, are not the day of anything that happened.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.published import looks_like_dateline
from ..annotate.tokens import span_text
from ..lexicon import lexicon, singular, word_forms, word_list
from ..models import Claim, DateValue, EventRef
from ..vocab import EVENT_CLASSES, EVENT_NOUNS
from .base import Comparison, Concept, a_person, make_claim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Annotations

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(_WEEKDAYS)
DAY = re.compile(
    rf"\b(?P<relative>today|yesterday|tonight|last night|this (?:morning|afternoon|evening))\b"
    rf"|\b(?P<weekday>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?P<wday>\d{{1,2}})(?:st|nd|rd|th|\.(?=\s+[A-Za-z]))?(?:\s+(?:of\s+)?(?P<wmonth>{_MONTH})\b|(?=\s*[,.;)]|\s*$))"
    rf"|,?\s+(?P<wmonth2>{_MONTH})\.?\s+(?P<wday2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<wyear2>(?:19|20)\d\d))?"
    rf"|,?\s*\(?(?P<nday>\d{{1,2}})[./](?P<nmonth>\d{{1,2}})(?:[./](?P<nyear>(?:19|20)?\d\d))?\)?(?!\d))?"
    rf"|\b(?P<dday>\d{{1,2}})\.(?P<dmonth>\d{{1,2}})\.(?P<dyear>(?:19|20)\d\d)\b"
    rf"|\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<month>{_MONTH})\b(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?"
    rf"|\b(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year2>(?:19|20)\d\d))?",
    re.I,
)
_MORE_EVENT_NOUNS = {
    "outbreak",
    "campaign",
    "result",
    "breach",
    "closure",
    "licence",
    "license",
    "takeover",
    "merger",
    "ban",
}
_PARTICLE_WORDS = {"way", "ashore", "into", "through", "down"}  # words a verb of the lexicon takes with it
_DEALS = {"deal", "transaction", "acquisition", "takeover", "purchase", "sale", "merger"}
_BEGIN = {"start", "begin", "open", "happen", "occur", "take", "hold", "be", "resume", "reconvene", "recommence"}
_SCHEDULED = {"due", "set", "scheduled", "expected", "poised", "slated", "planned", "likely"}
_INTENDING = {
    "plan",
    "intend",
    "aim",
    "hope",
    "want",
    "vow",
    "threaten",
    "promise",
    "pledge",
    "call",
    "foresee",
}  # "had foreseen to publish": a plan, as translations write it
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "must"})
_NOT_THE_DAY = re.compile(
    r"\b(?:since|by|until|till|before|after|from|through|to|between|due|scheduled|planned|next|expected|will)\s+(?:on\s+)?(?:the\s+)?$",
    re.I,
)


# "with effect from Sunday", "in force from 1 May": the day a rule starts to apply, not a span's start
_IN_EFFECT_FROM = re.compile(r"\b(?:effect|effective|force)\s+from\s+(?:on\s+)?(?:the\s+)?$", re.I)


def _numeric_day(groups: dict[str, str | None], reference: DateValue | None, ahead: bool) -> DateValue | None:
    """ "Thursday (13.11)", "14.03.2025": day first, as the outlets that write dates so do; a day
    without a year is the last such day before the article, or the next for a plan."""
    day, month = int(groups["dday"] or groups["nday"] or 0), int(groups["dmonth"] or groups["nmonth"] or 0)
    written = groups["dyear"] or groups["nyear"]
    year: int | None = None
    if written:
        year = int(written) + (2000 if len(written) == 2 else 0)
    elif reference is not None and reference.year:
        year = reference.year
        if reference.month and reference.day and not ahead and (month, day) > (reference.month, reference.day):
            year -= 1
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    try:
        weekday = dt.date(year, month, day).weekday() if year else None
    except ValueError:
        return None
    return DateValue(year=year, month=month, day=day, weekday=weekday)


def read_day(match: re.Match[str], reference: DateValue | None, ahead: bool = False) -> DateValue | None:
    """The date a day expression names, against the article's date; `ahead` for a plan, whose bare
    weekday is the next one ("will march again on Friday"), not the last."""
    from ..annotate.published import last_weekday, next_weekday, shift

    groups = match.groupdict()
    if groups["relative"]:
        if reference is None or reference.day is None:
            return None
        back = 1 if groups["relative"].lower() in ("yesterday", "last night") else 0
        return shift(reference, -back)
    if groups["dday"] or groups["nday"]:
        return _numeric_day(groups, reference, ahead)
    if groups["weekday"]:
        weekday = _WEEKDAYS[groups["weekday"].lower()]
        if groups["wday2"]:  # "Friday, May 16", "Friday, May 16, 2025"
            written = groups["wyear2"]
            year = int(written) if written else (reference.year if reference else None)
            return DateValue(
                year=year, month=_MONTHS[groups["wmonth2"].lower()], day=int(groups["wday2"]), weekday=weekday
            )
        if groups["wday"]:
            month = _MONTHS[groups["wmonth"].lower()] if groups["wmonth"] else (reference.month if reference else None)
            year = reference.year if reference else None
            return DateValue(year=year, month=month, day=int(groups["wday"]), weekday=weekday)
        return next_weekday(reference, weekday) if ahead else last_weekday(reference, weekday)
    day = int(groups["day"] or groups["day2"])
    month = _MONTHS[(groups["month"] or groups["month2"]).lower()]
    written_year = groups["year"] or groups["year2"]
    if not 1 <= day <= 31:
        return None
    year = int(written_year) if written_year else (reference.year if reference else None)
    try:
        day_of_week = dt.date(year, month, day).weekday() if year else None
    except ValueError:
        return None
    return DateValue(year=year, month=month, day=day, weekday=day_of_week)


def what_happened(sentence: Span, start: int, end: int) -> tuple[str, str, Token | None]:
    """(what kind of thing happened, the event noun it happened to, the word that said it):
    "declared the outbreak on 3 March" → ("announcement", "outbreak", declared)."""
    words = lexicon()
    span = sentence.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return "", "", None
    token: Token = span[0]
    for _ in range(8):  # "became aware of the intrusion on 19 March": six steps from "19" to the verb
        around = [
            c
            for c in token.children
            if c.dep_ in ("dobj", "nsubjpass", "nsubj", "prt", "compound", "amod")
            or (c.dep_ in ("ccomp", "oprd") and (c.pos_ in ("NOUN", "ADJ") or _noun_taken_for_verb(c)))  # misparsed
        ]
        # "brought under control on Thursday": the state it was brought to says more than its subject
        brought_to = [o for p in token.children if p.lower_ == "under" for o in p.children if o.dep_ == "pobj"]
        # "the fire started", "the talks began": a verb of beginning says less than its subject
        ordered = [*around, token] if token.lemma_.lower() in _BEGIN else [token, *brought_to, *around]
        for candidate in ordered:
            if start <= candidate.idx < end:
                continue  # the day's own words: the month "March" is no march
            if _a_bench_rules(candidate):
                return "verdict", "", candidate  # "the coroner concluded on Thursday"
            for form in word_forms(candidate.lemma_, candidate.text):
                particles = [
                    c.lower_ for c in candidate.children if c.dep_ in ("prt", "acomp") or c.lower_ in _PARTICLE_WORDS
                ]  # "broke out", "gave way", "became aware", "came ashore", "slammed into"
                particles += [c.lemma_.lower() for c in candidate.children if c.dep_ == "dobj"]  # "left the road"
                particles += [
                    f"{p.lower_} {o.lemma_.lower()}"
                    for p in candidate.children
                    if p.lower_ in ("into", "in")
                    for o in p.children
                    if o.dep_ == "pobj"
                ]  # "came into force"
                for key in [f"{form} {p}" for p in particles] + [form]:
                    if key in words.day_events:
                        if words.day_events[key] == "onset" and candidate.pos_ == "NOUN" and form not in EVENT_CLASSES:
                            continue  # a "strike" by workers is no earthquake's strike
                        if words.day_events[key] == "discovery" and candidate.pos_ != "VERB":
                            continue  # a penalty "notice" is not a discovery
                        if words.day_events[key] == "onset" and _befell_no_event(candidate):
                            continue  # "a runner collapsed", "the mercury hit 41C": no onset of the story
                        kind, noun = words.day_events[key], _event_noun(token, around)
                        if kind == "closure" and any(c.lemma_.lower() in _DEALS for c in around):
                            kind = "completion"  # "the transaction was closed on 28 November"
                        if not noun and kind in _SAID_OF_A_THING:
                            noun = _thing_of(
                                candidate,
                                subject=kind not in ("announcement", "notification"),
                                people=kind == "notification",
                            )
                        return kind, noun, candidate
        if token.head.i == token.i or _own_clause(token):
            break  # "after the firm said on Wednesday": the day is the saying's, not the main clause's
        token = token.head
    return "", "", None


_RULING_VERBS = frozenset(word_list("ruling_verbs"))
_BENCH = frozenset(word_list("bench_nouns"))


def _a_bench_rules(verb: Token) -> bool:
    """True when a court, judge, jury or coroner concludes, rules or finds: the day of its verdict."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RULING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    words = [w for s in subjects for w in (s, *(c for c in s.children if c.dep_ in ("compound", "amod")))]
    return any(w.lemma_.lower() in _BENCH for w in words)


_ANOTHER = {"new", "another", "fresh", "further", "second"}


def _another_to_come(word: Token | None) -> bool:
    """True for an event called for a later day: "organisers called a new march for Friday"."""
    if word is None or word.pos_ != "NOUN":
        return False
    marked = any(c.lower_ in _ANOTHER for c in word.children if c.dep_ in ("amod", "det"))
    return marked and word.dep_ == "dobj" and word.head.lemma_.lower() in _INTENDING | {"schedule", "announce"}


def _own_clause(token: Token) -> bool:
    """True for a verb with a subject of its own: the clause a day in it belongs to ends there."""
    return (
        token.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and not _noun_taken_for_verb(token)
    )


def _noun_taken_for_verb(token: Token) -> bool:
    """True for an event noun the small model parsed as a verb: "declared a cholera outbreak on 9 June"
    comes out as "cholera" doing "outbreak"."""
    return (
        token.tag_ in ("VB", "VBP", "VBD")
        and token.lower_ in _MORE_EVENT_NOUNS | EVENT_NOUNS
        and not any(c.dep_ == "dobj" for c in token.children)
        and any(c.dep_ == "nsubj" and c.i == token.i - 1 and c.pos_ == "NOUN" for c in token.children)
    )


_DONE_BY_PEOPLE = {"escape", "abscond"}  # onsets only people make: "inmates escaped on Sunday"


def _befell_no_event(verb: Token) -> bool:
    """True when an onset verb is said of a person ("a runner collapsed") or reaches a figure ("the
    mercury hit 41C"): what it tells is no disaster's onset."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _DONE_BY_PEOPLE:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subjects.append(verb.head)  # "a runner who collapsed"
    words = lexicon()
    if any(s.ent_type_ == "PERSON" or s.lemma_.lower() in words.person_nouns for s in subjects):
        return True
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() not in ("hour", "minute", "time")  # "happened around 22:45 hours", as translated
        and any(ch.isdigit() for t in c.subtree for ch in t.text)
        for c in verb.children
    )


_SAID_OF_A_THING = {"launch", "announcement", "notification"}  # a start, a publication, a notice: of what, to whom


def _thing_of(word: Token | None, subject: bool = True, people: bool = False) -> str:
    """What a start, a publication or a plan is of, when no event noun says it: "published a survey in
    June", "applications open on Monday", "schools will reopen on Monday". `subject=False` for what is
    announced, whose subject is only who announced it ("the mayor announced a review"); `people=True` for
    whom a notice went to ("notified the regulator", "informed the families")."""
    if word is None:
        return ""
    if word.dep_ in ("acl", "amod") and word.head.pos_ == "NOUN" and not a_person(word.head):
        return singular(word.head.lemma_.lower())  # "a survey published in June", "applications open on Monday"
    roles = ("dobj", "nsubjpass", "nsubj") if subject else ("dobj", "nsubjpass")
    verbs = [word, word.head] if word.dep_ == "conj" else [word]  # "were closed on Saturday and will open on Monday"
    if word.dep_ == "xcomp":  # "operations are due to begin", "the terminal is set to open": what is due begins
        verbs.append(word.head.head if word.head.dep_ == "acomp" else word.head)
    for verb in verbs:
        for role in roles:
            for child in verb.children:
                # "Schools" opening a sentence may be tagged a proper noun
                named = child.pos_ == "NOUN" or (child.pos_ == "PROPN" and not child.ent_type_)
                if child.dep_ == role and named and (subject or people or not a_person(child)):
                    return singular(child.lemma_.lower())
    return ""


def _event_noun(verb: Token, around: list[Token]) -> str:
    """The event a verb's subject or object names ("the outbreak was declared", "the campaign will start")."""
    for token in [verb, *around]:
        if (
            token.pos_ == "NOUN" or _noun_taken_for_verb(token)
        ) and token.lemma_.lower() in EVENT_NOUNS | _MORE_EVENT_NOUNS:
            lemma = token.lemma_.lower()
            return EVENT_CLASSES.get(lemma, lemma)  # "the blast" and "the explosion" happened on one day
    return ""


def _verbs_up(sentence: Span, start: int) -> Iterator[Token]:
    """The verbs above the word at `start`, nearest first, within six steps up the parse."""
    span = sentence.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return
    token = span[0]
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            yield token
        if token.head.i == token.i:
            return
        token = token.head


def denied(sentence: Span, start: int) -> bool:
    """True when the day's clause is negated or hangs on a condition: "has not ruled out a walkout in
    April if talks fail", "the hearing did not go ahead on Monday"."""
    verb = next(_verbs_up(sentence, start), None)
    return verb is not None and (
        any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
        or any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in verb.children)
    )


def planned_clause(sentence: Span, start: int) -> bool:
    """True when the day's clause is a plan or a possibility: "would start talks on Wednesday"."""
    for verb in _verbs_up(sentence, start):
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and (verb.head.lower_ in _SCHEDULED or verb.head.lemma_.lower() in _INTENDING):
            return True  # "the strike is due to end on Thursday", "plans to march again on Friday"
        if _own_clause(verb):  # "as the firm announced on Monday, it will close": the plan is another clause's
            return False
    return False


def _expected(sentence: Span, start: int) -> bool:
    """True when the clause of a date is expected, due or scheduled ("are not expected before 2027")."""
    verb = next(_verbs_up(sentence, start), None)
    return verb is not None and (verb.lower_ in _SCHEDULED or planned_clause(sentence, start))


# A month without a day: "discovered in February last year", "in early March 2024".
MONTH = re.compile(
    rf"\b(?:in|during)\s+(?P<phrase>(?:(?:early|late|mid)-?\s*)?(?P<month>{_MONTH})\b(?!\.?\s*\d{{1,2}}\b(?!\d))"
    rf"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b|\s+(?P<last>last year)\b|\s+this year\b)?)",
    re.I,
)


def read_month(match: re.Match[str], reference: DateValue | None) -> DateValue | None:
    """The month a phrase names: its year as written, the year before the article's for "last year",
    else the latest such month up to the article's date."""
    month = _MONTHS[match["month"].lower()]
    if match["year"]:
        return DateValue(year=int(match["year"]), month=month)
    if reference is None or reference.year is None:
        return DateValue(month=month)
    if match["last"]:
        return DateValue(year=reference.year - 1, month=month)
    later = reference.month is not None and month > reference.month
    return DateValue(year=reference.year - 1 if later else reference.year, month=month)


def days(notes: Annotations) -> Iterator[Claim]:
    """Every day (or month) the body gives for something that happened, resolved against the article's date."""
    text = notes.source.text
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body" or span_text(sentence).rstrip().endswith("?"):
            continue  # "What happened on Tuesday?": a question, or an explainer's heading, states nothing
        yield from _months(notes, sentence)
        yield from _planned_periods(notes, sentence)
        for match in DAY.finditer(text, sentence.start_char, sentence.end_char):
            before = text[max(sentence.start_char, match.start() - 30) : match.start()]
            in_effect_from = _IN_EFFECT_FROM.search(before) is not None
            if _NOT_THE_DAY.search(before) and not in_effect_from:
                continue
            if notes.in_quote(match.start(), match.end()):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            if looks_like_dateline(text[line_start : match.end() + 40], match.start() - line_start):
                continue  # "CITY, Oct 14 (Agency) -": when the story was filed, not what happened
            what, noun, word = what_happened(sentence, match.start(), match.end())
            if denied(sentence, match.start()) and what != "vote":
                continue  # a vote's outcome may be put as a negation: "did not express its distrust on Tuesday"
            planned = planned_clause(sentence, match.start()) or _another_to_come(word)
            value = read_day(match, notes.published, ahead=planned)
            if value is None:
                continue
            if in_effect_from:
                what = "effect"  # "applies with effect from Monday": whatever the verb, the day it applies from
            if not what:
                continue
            if planned and not noun:
                noun = _thing_of(word)
            # a plan is a claim too ("the campaign will start on Monday"), but never meets what happened
            about = {"of": what, "event": noun, "when": "planned" if planned else ""}
            own = match.span()
            if (last := _LAST_YEAR_AFTER.match(text, match.end())) is not None and notes.year is not None:
                own = (match.start(), last.end())  # "on 19 March last year": the day's own year, not an occasion
                value = _in_year(value, match, str(notes.year - 1))
            event = EventRef(occasion=notes.occasion_of(sentence, word, ignore=own))
            value = _in_year(value, match, event.occasion)
            yield make_claim(notes, "date", about, value, own[0], own[1], sentence, event=event)


_WRITTEN_YEARS = ("year", "year2", "wyear2", "dyear", "nyear")
_LAST_YEAR_AFTER = re.compile(r",?\s+last\s+year\b", re.I)


def _in_year(value: DateValue, match: re.Match[str], occasion: str) -> DateValue:
    """A day written without a year, in a sentence set in another year ("from 2 February 2024 until an
    engineer spotted it on 19 March"), is a day of that year, not of the article's."""
    groups = match.groupdict()
    if not occasion.isdigit() or any(groups.get(key) for key in _WRITTEN_YEARS) or groups["relative"]:
        return value
    if groups["weekday"] and not (groups["wday"] or groups["wday2"]):
        return value  # "on Monday" counts back from the article's date, whatever the sentence's year
    if value.month is None or value.day is None or value.year == int(occasion):
        return value
    try:
        weekday = dt.date(int(occasion), value.month, value.day).weekday()
    except ValueError:
        return value
    return value.model_copy(update={"year": int(occasion), "weekday": weekday})


# A part of a year a plan names: "by the end of 2028", "in the second half of 2029", "mid-2030".
PERIOD = re.compile(
    r"\b(?P<phrase>(?:the\s+)?(?:(?:end|start|beginning|middle|close|turn)\s+of"
    r"|(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of|early|mid|late)[\s-]*(?P<year>20\d\d))\b",
    re.I,
)


def _planned_periods(notes: Annotations, sentence: Span) -> Iterator[Claim]:
    """The part of a year a plan is set for ("the mill will shut by the end of 2028", "services are due
    to begin in mid-2029"): read to the year, so "the second half of 2029" clashes with the first."""
    text = notes.source.text
    for match in PERIOD.finditer(text, sentence.start_char, sentence.end_char):
        start, end = match.span("phrase")
        # "are not expected before early 2030", "will not open until 2030": a plan for that year all the same
        no_sooner = (
            re.search(r"\b(?:before|until|till)\s+$", text[max(sentence.start_char, start - 12) : start]) is not None
        )
        if notes.in_quote(start, end) or not _expected(sentence, start):
            continue
        if denied(sentence, start) and not no_sooner:
            continue
        what, noun, word = what_happened(sentence, start, end)
        if not what and (due := next(_verbs_up(sentence, start), None)) is not None and due.lower_ in _SCHEDULED:
            what, word = "launch", due  # "full operations are not expected before 2030": when they start
        if not what:
            continue
        about = {"of": what, "event": noun or _thing_of(word), "when": "planned"}
        event = EventRef(occasion=notes.occasion_of(sentence, word, ignore=match.span()))
        value = DateValue(year=int(match["year"]))
        yield make_claim(notes, "date", about, value, start, end, sentence, event=event)


def _months(notes: Annotations, sentence: Span) -> Iterator[Claim]:
    """Months given as the time something of the story's happened ("was discovered in February")."""
    text = notes.source.text
    for match in MONTH.finditer(text, sentence.start_char, sentence.end_char):
        if notes.in_quote(match.start(), match.end()) or planned_clause(sentence, match.start()):
            continue
        if denied(sentence, match.start()):
            continue
        value = read_month(match, notes.published)
        what, noun, word = what_happened(sentence, match.start(), match.end())
        if value is None or not what:
            continue
        occasion = notes.occasion_of(sentence, word, ignore=match.span())
        if match["last"] and occasion in ("past", str((notes.year or 0) - 1)):
            occasion = "main"  # "last year" dates the month itself, not another occasion
        about = {"of": what, "event": noun}
        start, end = match.span("phrase")
        yield make_claim(notes, "date", about, value, start, end, sentence, event=EventRef(occasion=occasion))


CONCEPT = Concept(
    name="date",
    label="Day",
    value_kind="date",
    comparison=Comparison(exact=True),
    priority=40,
    extract=days,
    about_fields=("of", "event", "when"),
)
