"""Lengths of time: how long talks, a hearing or a rescue lasted, and prison sentences, with whose.

"a four-hour meeting", "the talks lasted 4.5 hours", "sentenced to seven years and six months",
"after 14 hours of debate". The frame says what lasted (`of`), whose sentence it is (`person`)
and whether it was suspended (`kind`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import doc_text, span_text
from ..lexicon import lexicon, word_classes, word_forms, word_list
from ..models import Claim, QuantityValue
from .base import Comparison, Concept, make_claim, may_be_a_person, measure_claims

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..annotate import Annotations, Measure

_LASTING = {
    "last",
    "rage",
    "burn",
    "take",
    "run",
    "continue",
    "stretch",
    "go",
    "drag",
    "extend",
    "span",
    "spend",
    "need",
    "require",
}
_RELATIVE = {"that", "which", "who"}
_GIVING = {
    "seek",
    "demand",
    "ask",
    "give",
    "hand",
    "impose",
    "request",
    "propose",
    "want",
    "order",
    "reduce",
    "cut",
    "commute",
    "increase",
    "uphold",
}
_COURT = {"prosecutor", "prosecution", "court", "judge", "jury", "tribunal"}
_MOURNING_LEVELS = set(word_list("mourning_levels"))


def _candidates(measure: Measure) -> list[Token]:
    """Words that may say what lasted, nearest first."""
    unit = measure.noun or measure.anchor
    found: list[Token] = []
    found += [
        o
        for p in unit.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in", "behind")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # "to seven years and four months the prison sentence of …": the words set beside the length.
    found += [c for t in (unit, unit.head) for c in t.children if c.dep_ == "appos"]
    head = unit.head
    if unit.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod", "dobj", "attr", "appos"):
        found.append(head)
        found += [c for c in head.children if c.dep_ in ("amod", "compound")]
        if head.lower_ in ("long", "old") and head.dep_ in ("amod", "compound"):
            found.append(head.head)  # "the four-hour-long talks"
    if unit.dep_ == "pobj":
        found.append(head.head)
        found += [
            o
            for p in head.head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
    if unit.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
        found += [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]  # "declared X for 60 days"
    for token in list(found):
        if token.lemma_.lower() == "state":
            # "a 60-day state of emergency", "the state of emergency for 60 days": the emergency lasts
            found += [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for token in list(found):
        if _lasts(token):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and token.dep_ == "conj":  # "began at 09:30 and lasted three hours"
                subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            for subject in subjects:
                if subject.lower_ in _RELATIVE and token.dep_ == "relcl":
                    subject = token.head  # "a reading that lasted two hours"
                found.append(subject)
    if measure.verb is not None:
        found.append(measure.verb)
        if _lasts(measure.verb):  # "the final lasted five hours, not counting a stoppage": the final's
            found += [c for c in measure.verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if _attached(unit, measure.verb):
            found += _purpose(measure.verb)
        # "prosecutors sought nine years": what a prosecutor or a court asks for or gives is a sentence
        if measure.verb.lemma_.lower() in _GIVING:
            found += [c for c in measure.verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _COURT]
    # "The hearing lasted three hours before …", however the parser attached the hours.
    found += [
        subject
        for verb in [*measure.sentence, *unit.ancestors]
        if _lasts(verb) and (verb.dep_ == "ROOT" or verb.is_ancestor(unit))
        for subject in verb.children
        if subject.dep_ in ("nsubj", "nsubjpass")
    ]
    return found


def _lasts(token: Token) -> bool:
    """Whether a verb says how long something went on ("lasted", "raged", "took")."""
    return any(form in _LASTING for form in word_forms(token.lemma_, token.text))


def _attached(unit: Token, verb: Token) -> bool:
    """Whether the length belongs to the verb itself ("took 150 minutes", "cut to seven years and four
    months"), through prepositions and coordination only, not through another noun."""
    token = unit
    for _ in range(5):
        if token.head == verb:
            return True
        if token.dep_ not in ("pobj", "prep", "conj", "cc", "npadvmod") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _purpose(verb: Token) -> list[Token]:
    """What a verb's time went on: "took 150 minutes to bring the blaze under control", "was brought
    under control after 14 hours" (the verb, its object, and the object of its preposition)."""
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i)]
    found: list[Token] = []
    for each in verbs:
        found.append(each)
        found += [c for c in each.children if c.dep_ in ("dobj", "nsubjpass")]
        found += [o for p in each.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return found[1:]


def _since_onset(unit: Token) -> Token | None:
    """The verb of what was done "40 hours after it started": the time since the event began is how
    long the doing took."""
    onset = unit.head
    following = unit.doc[unit.i + 1]
    if following.lower_ != "after" or onset.dep_ != "advcl":
        return None
    lemma = onset.lemma_.lower()
    keys = [f"{lemma} {c.lower_}" for c in onset.children if c.dep_ == "prt"] + [lemma]
    if not any(lexicon().time_events.get(key) == "onset" for key in keys):
        return None  # "after it broke out", "after the tunnel collapsed": the words that start an event
    return onset.head


_LEAD_TIME_ACTS = word_classes("lead_time_acts")


def _lateness(measure: Measure, following: Token) -> str | None:
    """How late an act came, by name: "notified the regulator six days after becoming aware", "waited a
    week before telling it", "arrived 40 minutes after the call"; None for any other lead time."""
    verb = measure.verb
    if verb is None:
        return None
    if verb.lemma_.lower() == "wait" and following.lower_ == "before":
        act = next((o for o in following.children if o.dep_ in ("pcomp", "pobj") and o.pos_ == "VERB"), None)
        return _LEAD_TIME_ACTS.get(act.lemma_.lower(), "delay") if act is not None else "delay"
    if verb.i > measure.anchor.i and verb.dep_ == "advcl":
        verb = verb.head  # "alerted the authorities two hours after the tunnel caved in", as the model hangs it
    if following.lower_ in ("after", "later") and verb.i < measure.anchor.i:
        return _LEAD_TIME_ACTS.get(verb.lemma_.lower())
    return None


def _a_persons_own(measure: Measure) -> bool:
    """True when the verb of a length is done by a named or described person ("Rosa, 51, who drove four
    hours", "he walked for two days"), not by the vehicle or the crowd of the story."""
    verb = measure.verb
    if verb is None:
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if subject.lower_ in ("he", "she", "i") or subject.ent_type_ == "PERSON" or may_be_a_person(subject):
            return True
    return False


def _waited(measure: Measure) -> bool:
    """True when the length is a wait: "died after waiting 11 hours after arriving" is how long he waited."""
    return measure.verb is not None and measure.verb.lemma_.lower() == "wait"


def _person(measure: Measure) -> str:
    """Whose sentence a length is, from the verb of its clause."""
    return _sentenced(measure.verb)


def about_duration(measure: Measure) -> dict[str, str] | None:
    """What lasted that long, and for a sentence whose it is and whether it was suspended."""
    words = lexicon()
    unit = measure.noun or measure.anchor
    if unit.dep_ == "pobj" and unit.head.lower_ == "within":
        return {"of": "deadline"}  # "must gather at four sites within 60 days"
    following = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    lead_time = following is not None and following.lower_ in ("before", "after", "earlier", "later", "ago", "into")
    candidates = _candidates(measure)
    if lead_time and following is not None and (late := _lateness(measure, following)) is not None:
        return {"of": late}
    if lead_time and (done := _since_onset(unit)) is not None:
        candidates = [done, *_purpose(done)]  # "contained 40 hours after it started": how long it took
    elif lead_time and not any(_lasts(verb) for verb in unit.ancestors) and not _waited(measure):
        return None  # "arrived 40 minutes before the hearing": a lead time, not how long anything lasted
    for token in candidates:
        kind = words.duration_of.get(token.lemma_.lower()) or words.duration_of.get(token.lower_)
        if kind is None and token.lemma_.lower() in _COURT and token.dep_ == "nsubj":
            kind = "sentence"  # "prosecutors sought nine years", "the court cut it to seven"
        if kind == "journey" and _a_persons_own(measure):
            return None  # "a mother who drove four hours to the hospital": her journey, not the story's
        if kind == "mourning":
            # "seven days of municipal mourning" is the town's, not the province's three
            level = next((c.lower_ for c in token.children if c.dep_ == "amod" and c.lower_ in _MOURNING_LEVELS), "")
            return {"of": kind, "kind": level} if level else {"of": kind}
        if kind:
            about = {"of": kind}
            if kind == "sentence":
                about["person"] = _person(measure)
                if "suspend" in span_text(measure.sentence).lower():
                    about["kind"] = "suspended"
            return about
    return _listed_sentence(measure)


_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")
_SENTENCING = re.compile(r"\b(?:sentenc\w*|jail\w*|prison|convict\w*|punish\w*|penalt\w*)", re.I)


def _listed_sentence(measure: Measure) -> dict[str, str] | None:
    """A length in a list of who got what under a heading about sentences ("The sentences"
    then "- Name, a supplier's director: three years, suspended"): that person's sentence."""
    sentence = measure.sentence
    said = span_text(sentence)  # a list item is a sentence of its own; the whole text only for its heading
    at = measure.mention.start - sentence.start_char
    line_start = said.rfind("\n", 0, at) + 1
    line_end = said.find("\n", at)
    line = said[line_start : line_end if line_end >= 0 else len(said)]
    if not _BULLET.match(line) or ":" not in line[: at - line_start]:
        return None
    names = [t for t in measure.sentence if t.idx < measure.mention.start and t.pos_ == "PROPN" and may_be_a_person(t)]
    first = names[:1]
    while first and first[-1].i + 1 < len(first[-1].doc) and first[-1].nbor(1) in names:
        first.append(first[-1].nbor(1))  # the whole first name: its last word is the key
    if not first or not _SENTENCING.search(_heading_above(doc_text(sentence.doc), sentence.start_char + line_start)):
        return None
    about = {"of": "sentence", "person": first[-1].text.lower()}
    if "suspend" in line.lower():
        about["kind"] = "suspended"
    return about


def _heading_above(text: str, line_start: int) -> str:
    """The first line above a list that is not an item of it: its heading or lead-in."""
    for line in reversed(text[:line_start].splitlines()):
        if line.strip() and not _BULLET.match(line):
            return line
    return ""


def durations(notes: Annotations) -> Iterator[Claim]:
    """Every stated length of time whose sentence says what lasted, and every life sentence."""
    yield from measure_claims(notes, "duration", "duration", about_duration)
    yield from _life_terms(notes)


LIFE_HOURS = 100 * 8766.0  # a life term, longer than any term in years, so "life" and "25 years" clash
_LIFE = re.compile(
    r"\b(?:to|for|a|with|given|serve|serving|received|receive)\s+"
    r"(?P<life>life(?:\s+(?:in prison|imprisonment|behind bars|sentences?|terms?))?)(?![\w-])",
    re.I,
)
_PRISON = re.compile(r"\b(?:sentenc|jail|prison|imprison|convict)", re.I)


def _life_terms(notes: Annotations) -> Iterator[Claim]:
    """ "Sentenced to life in prison", "jailed for life", "a life sentence": a sentence with no number."""
    text = notes.source.text
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body" or not _PRISON.search(span_text(sentence)):
            continue
        for match in _LIFE.finditer(text, sentence.start_char, sentence.end_char):
            start, end = match.span("life")
            if notes.in_quote(start, end):
                continue
            span = sentence.doc.char_span(start, end, alignment_mode="expand")
            verb = next((t for t in span[0].ancestors if t.pos_ in ("VERB", "AUX")), None) if span else None
            about = {"of": "sentence", "person": _sentenced(verb)}
            value = QuantityValue(low=LIFE_HOURS, high=LIFE_HOURS, unit="hour", qualifier="life")
            yield make_claim(notes, "duration", about, value, start, end, sentence)


def _sentenced(verb: Token | None) -> str:
    """Whose sentence, from the verb that gives it: the object of "sentenced", the subject of "was jailed"."""
    if verb is None:
        return ""
    for token in [*verb.children, *(c for c in verb.head.children if verb.dep_ in ("conj", "xcomp"))]:
        if token.dep_ in ("dobj", "nsubjpass", "nsubj") and token.pos_ == "PROPN" and may_be_a_person(token):
            return token.text.lower()
    return ""


CONCEPT = Concept(
    name="duration",
    label="Length of time",
    value_kind="quantity",
    comparison=Comparison(relative=0.05),
    priority=30,
    extract=durations,
    about_fields=("of", "person", "kind"),
)
