"""Counts of people and things: how many died, were evacuated, were deployed, voted for.

The frame says what is counted (`thing`), what happened to it (`action`), whether it is a part
of a larger count (`part`), a narrower scope (`scope`) and whose it is (`holder`). Coordinated
parts with one verb ("Four paramedics and seven passengers were injured") also give their total.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import span_text
from ..lexicon import lexicon, word_classes, word_list
from ..models import Claim, EventRef, QuantityValue
from ..vocab import EVENT_NOUNS
from .age import apposed_age
from .base import Comparison, Concept, clause_of, first_token, make_claim, proposed, render_subject, stated_facts

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..annotate import Annotations, Measure

_SCALE_STEPS = {"level", "grade", "tier", "stage", "category", "notch"}
# Counted nouns that say nothing checkable by themselves.
_VAGUE_THINGS = {
    "time",
    "way",
    "side",
    "thing",
    "other",
    "one",
    "part",
    "number",
    "kind",
    "type",
    "step",
    "lot",
    "bit",
    "each",
    "piece",
    "dozen",
    "hundred",
    "thousand",
    "million",
}


def about_count(measure: Measure) -> dict[str, str] | None:
    """The frame of a count, or None when the sentence does not say what is counted."""
    thing, action = measure.thing, measure.action
    noun = measure.noun
    if (
        noun is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _WHERE
        and thing not in lexicon().person_nouns
        and noun.lemma_.lower() not in EVENT_NOUNS | {"session"}  # "over 25 hearings": how many there were
        and (_after_the(measure) or (measure.mention.value.high or 0) < 100)
    ):
        return None  # "in the three districts": where it happened; "at 2,184 polling stations" is a figure
    if (
        noun is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "from"
        and action is None
        and thing not in lexicon().person_nouns
        and (measure.mention.value.high or 0) < 100
    ):
        return None  # "early samples from five districts": where figures came from, not a count of the story
    if noun is not None and any(
        c.lower_ in ("other", "remaining") and (c.i < measure.anchor.i or _after_the(measure))
        for c in noun.children
        if c.dep_ == "amod"
    ):
        return None  # "the other six defendants": the rest of a group; "four other people were hurt" is a count
    if thing in _SCALE_STEPS:
        return None  # "the highest of four levels", "a five-tier scale": the scale, not a count of the story
    if thing in _VAGUE_THINGS:
        thing = None
    if thing == "case":
        thing, action = "people", action or "infected"  # a case is a person who fell ill
    if thing in _SHELTERS and action in ("displaced", "evacuated"):
        thing, action = "shelter", ""  # "moved into 212 shelters", "evacuated in 122 centres": how many shelters
    if thing is None and action is None:
        return None
    if thing is None:
        thing = "people" if action else None
    if thing in ("people", "patient") and action is None and not measure.holder:
        return None  # "15 people", "samples from 11 patients": the sentence does not say what happened to them
    if action == "employed" and not measure.holder:
        return None  # "it employs 310 people": a workforce, but of which site or firm the parse lost
    if thing == "seat" and not measure.holder and measure.part != "whole":
        return None  # "that stays with 19 seats", "gives 31 to 33 seats": seats, but whose the parse lost
    about = {"thing": thing or "", "action": action or "", "scope": measure.scope or "", "holder": measure.holder or ""}
    if measure.part in ("of", "held") or (measure.part == "among" and thing == "people"):
        about["part"] = "a larger count"  # "24 of the 36 dead": never meets the total
    elif measure.part == "among":
        about["within"] = "a larger count"  # "among them four paramedics": never the article's toll
    elif measure.part == "whole":
        about["part"] = "the whole"  # the 36 of "24 of the 36": a total, of members or seats
    return about


_DIFFERENCE = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?:more|fewer|less|higher|lower)\s+than\b|\s+(?:more|fewer)\s+[a-z-]+\s+than\b", re.I
)
# "2,100 ballots counted", "74% of votes counted", "with 60 per cent of polling stations reporting"
COUNTED_SO_FAR = re.compile(
    r"\s+(?:of\s+(?:the\s+)?)?(?:votes?|ballots?|polling\s+stations?|precincts?|districts?)?\s*"
    r"(?:counted|tallied|processed|reporting)\b",
    re.I,
)
_SHELTERS = frozenset(word_list("shelter_nouns"))
_WHERE = {"in", "across", "throughout", "at", "within", "over", "inside", "around"}
_CASUALTIES = {"deaths", "injured", "missing", "trapped", "evacuated", "rescued", "arrested", "displaced"}


def counts(notes: Annotations) -> Iterator[Claim]:
    """Every count stated as a fact in the body, with its frame."""
    facts = list(stated_facts(notes, "count"))
    totals = list(_totals_of_parts(notes, facts))
    found = _places_side_by_side(notes.source.text, list(_counts(notes, facts)))
    yield from _lead_tolls([*_as_parts(found, totals), *totals])


_CLAUSE_END = re.compile(r",|;|\band\b|$")
# "in X", "in neighbouring Y", "in the inland Z region": a named place, up to two lower-case words before it
_IN_NAMED = r"in\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?P<place>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*)"
_IN_NAMED_PLACE = re.compile(rf"\b{_IN_NAMED}")
# "31 were in X, 12 in neighbouring Y and four in the inland Z region": a figure and the place it is of
_IN_PLACE = re.compile(rf"\s+(?:(?:were|was|died|killed)\s+)?{_IN_NAMED}")
_CALENDAR = {name.lower() for name in (*calendar.day_name, *calendar.month_name) if name}


def _named_place(found: re.Match[str] | None) -> str | None:
    """The place a match names, or None when there is none or it is a day or a month ("in Tuesday's blast")."""
    if found is None or re.sub(r"[^A-Za-z].*$", "", found["place"]).lower() in _CALENDAR:
        return None
    return str(found["place"]).lower()


def _places_side_by_side(text: str, claims: list[Claim]) -> list[Claim]:
    """Tolls one sentence gives place by place ("88 died in X, 29 in Y and 6 in Z") are each a part
    of a larger toll with its own place, never the toll of the whole event."""
    by_sentence: dict[tuple[str, str, str], list[tuple[Claim, str]]] = {}
    for claim in claims:
        about = claim.about
        if about.get("action") not in _CASUALTIES or about.get("part") or about.get("within") or about.get("scope"):
            continue
        cut = _CLAUSE_END.search(text, claim.end)
        clause_end = cut.start() if cut is not None else len(text)
        place = _named_place(_IN_NAMED_PLACE.search(text, claim.end, clause_end))
        if place is None:
            continue
        key = (claim.sentence, about.get("thing", ""), about["action"])
        by_sentence.setdefault(key, []).append((claim, place))
    for listed in by_sentence.values():
        if len(listed) < 2 or len({place for _, place in listed}) < len(listed):
            continue
        for claim, place in listed:
            claim.about = {**claim.about, "scope": f"in {place}", "part": "a larger count"}
            claim.subject = render_subject(claim.about, claim.event)
    return claims


def _as_parts(claims: list[Claim], totals: list[Claim]) -> list[Claim]:
    """The groups a sum is made of are groups among the victims: "four paramedics and seven passengers
    were injured" says what "11 injured, among them five paramedics" says of the paramedics."""
    for claim in claims:
        for total in totals:
            if (
                total.sentence == claim.sentence
                and total.start <= claim.start < total.end
                and claim.about.get("action") == total.about.get("action")
            ):
                claim.about = {**claim.about, "within": "a larger count"}
                claim.subject = render_subject(claim.about, claim.event)
    return claims


def _lead_tolls(claims: list[Claim]) -> Iterator[Claim]:
    """The first toll an article gives names its victims ("Eight workers were killed"): that is the toll
    of people, unless the article has already given one. Later counts of workers or children are parts."""
    seen_people: set[str] = set()
    sentence_of_people: dict[str, set[str]] = {}
    groups_in_sentence: dict[tuple[str, str], set[str]] = {}  # "27 officers were hurt and 45 protesters"
    for claim in claims:
        action = claim.about.get("action", "")
        if claim.about.get("thing") == "people":
            sentence_of_people.setdefault(action, set()).add(claim.sentence)
        else:
            groups_in_sentence.setdefault((claim.sentence, action), set()).add(claim.about.get("thing", ""))
    for claim in sorted(claims, key=lambda c: c.start):
        about = claim.about
        action = about.get("action", "")
        if action in _CASUALTIES and not about.get("part") and not about.get("within") and not about.get("scope"):
            if about.get("thing") == "people":
                seen_people.add(action)
            elif (
                action not in seen_people
                and about.get("thing") in lexicon().person_nouns
                and claim.sentence not in sentence_of_people.get(action, set())
                and len(groups_in_sentence.get((claim.sentence, action), set())) == 1
            ):
                claim.about = {**about, "thing": "people", "who": about.get("thing", "")}
                claim.subject = render_subject(claim.about, claim.event)
                seen_people.add(action)
        yield claim


_DONE_TO_THINGS = frozenset(word_list("done_to_things"))


_OF_THE_VICTIMS = re.compile(r"\b[Oo]f the (?P<victims>[a-z]+),?\s*$")


def _victims_named_before(text: str, measure: Measure) -> dict[str, str] | None:
    """The toll a sentence opens by naming its victims: "Of the dead, 31 were in X, 12 in Y"."""
    found = _OF_THE_VICTIMS.search(text, measure.sentence.start_char, measure.mention.start)
    action = lexicon().action(found["victims"]) if found is not None else None
    return {"thing": "people", "action": action, "holder": ""} if action in _CASUALTIES else None


def _breakdown_place(text: str, end: int, limit: int) -> str | None:
    """The place a toll's part is given for, written right after its figure ("12 in neighbouring Y")."""
    return _named_place(_IN_PLACE.match(text, end, limit))


def _counts(notes: Annotations, facts: list[Measure]) -> Iterator[Claim]:
    named: dict[int, str] = {}  # per sentence, the last thing a count named
    tolls: dict[int, dict[str, str]] = {}  # per sentence, the frame of its last toll
    items: dict[int, dict[str, str]] = {}  # per sentence, the frame of its last part given for a place
    for measure in facts:
        value = measure.mention.value
        if value.unit is not None or (value.low < 1 and value.qualifier is None):
            continue
        if value.high is not None and value.high <= 2 and measure.action is None:
            continue  # "one village": a description, not a figure anyone reports differently
        if value.high is not None and value.high <= 2 and _after_the(measure):
            continue  # "the two carriers", "the two sides": who, not how many
        if apposed_age(measure, notes.source.text):
            continue  # "the driver, 58, was taken to hospital": his age, not 58 injured
        if COUNTED_SO_FAR.match(notes.source.text, measure.mention.end, measure.sentence.end_char):
            continue  # "with 2,100 ballots counted": how far the count has got, not a figure of the vote
        if _DIFFERENCE.match(notes.source.text, measure.mention.end, measure.sentence.end_char):
            continue  # "five points more than in 2022", "300 fewer beds than last year": a difference, not a count
        about = _group_of_victims(measure) or about_count(measure)
        place = _breakdown_place(notes.source.text, measure.mention.end, measure.sentence.end_char)
        toll = (
            tolls.get(measure.sentence.start)
            or _victims_named_before(notes.source.text, measure)
            or (items.get(measure.sentence.start) if about is None else None)  # "450 at X and about 120 in Y"
        )
        same_toll = about is not None and toll is not None and about.get("action") == toll.get("action")
        # "212 people, 150 in X" and "60 people: 42 in X, 18 in Y": the noun is the total's, not the part's own
        own_noun = (
            measure.noun is not None and measure.anchor.head.i == measure.noun.i and measure.anchor.dep_ == "nummod"
        )
        if place is not None and toll is not None and not own_noun and (about is None or same_toll):
            # a toll broken down by place, with its words left out after the first part
            about = {**toll, "scope": f"in {place}"}
            if not about.get("within"):
                about["part"] = "a larger count"
        elif place is not None and about is not None and about.get("part") and not about.get("scope"):
            about["scope"] = f"in {place}"  # "put the toll at 88: 60 in X and 28 in Y"
        group = _group_among(notes, measure, about, tolls.get(measure.sentence.start))
        if group is not None:
            about = group  # "killed 37 people, nine of them children": the children among the dead
        if about is None:
            about = _crowd_put_at(notes, measure)
        if about is None:
            continue
        if about["action"] in _CROWD and about["thing"] in _CROWD_MEMBERS and not about.get("part"):
            about = {**about, "thing": "people"}  # "18,000 marchers took part": the crowd's size
        if about["action"] in _CROWD and about["thing"] == "people":
            estimator = _estimator(notes.source.text, measure)
            if estimator:
                about = {**about, "action": "attended", "by": f"according to {estimator}"}
        if about["action"] in _CASUALTIES and not about.get("within"):
            tolls[measure.sentence.start] = {k: v for k, v in about.items() if k in ("thing", "action", "holder")}
        if about.get("scope", "").startswith("in ") and (about.get("within") or about.get("part")):
            items[measure.sentence.start] = {k: v for k, v in about.items() if k not in ("scope", "part")}
        if measure.noun is None and about["thing"] == "people" and about["action"] in _DONE_TO_THINGS:
            # "9,800 homes were destroyed and 21,400 damaged": the count leaves out the homes, not people
            about["thing"] = named.get(measure.sentence.start, about["thing"])
        elif about["thing"] != "people":
            named[measure.sentence.start] = about["thing"]
        about = proposed(notes, measure, about)
        mention = measure.mention
        event = EventRef(occasion=notes.occasion_near(measure.sentence, mention.start, mention.end))
        yield make_claim(notes, "count", about, value, mention.start, mention.end, measure.sentence, event=event)


def _group_among(
    notes: Annotations, measure: Measure, about: dict[str, str] | None, toll: dict[str, str] | None
) -> dict[str, str] | None:
    """The frame of a group the sentence names among a toll it just gave ("37 people, nine of them children",
    "40 people, six of whom were firefighters"), or None."""
    if about is not None and not (about.get("part") == "a larger count" and about.get("thing") == "people"):
        return None
    action = (about or {}).get("action") or (toll or {}).get("action")
    found = _OF_THEM_GROUP.match(notes.source.text, measure.mention.end, measure.sentence.end_char)
    word = notes.doc.char_span(*found.span(1)) if found is not None else None
    who = lexicon().thing(word[0].lemma_.lower()) if word is not None else ""
    if not action or not who or who == "people" or who not in lexicon().person_nouns:
        return None
    return {"thing": who, "action": action, "within": "a larger count", "scope": "", "holder": ""}


_OF_THEM_GROUP = re.compile(r"\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?([A-Za-z]+)\b")
_CROWD = {"attended", "participated"}
_CROWD_MEMBERS = set(word_list("crowd_members"))
_ESTIMATORS = word_classes("crowd_estimators")  # word -> who: "organisers" -> organisers
_CROWD_WORDS = re.compile(rf"\b(?:{'|'.join(word_list('crowd_words'))})\b", re.I)
_PUTTING = set(word_list("estimating_verbs"))
_ACCORDING = re.compile(
    r"\baccording to (?:the\s+)?([\w-]+)|\b([\w-]+?)(?:'s?|’s?)\s+(?:own\s+)?(?:count|estimate|figures?|tally)\b", re.I
)
_SAID_AFTER = re.compile(r"\s*((?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:said|say|says|estimated|claimed|reported)\b", re.I)


def _estimator(text: str, measure: Measure) -> str:
    """Who put a figure on a crowd, by the words that say it, nearest first: the one that says it
    ("police said 9,000", "organisers put the crowd at 30,000"), a report after the figure ("…,
    organisers said"), "according to X"; else the one estimator its clause or sentence names."""
    token = measure.anchor
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _PUTTING:
            sayer = [who for c in token.children if c.dep_ == "nsubj" and (who := _estimator_named(c))]
            if sayer:
                return sayer[0]
        if token.head.i == token.i:
            break
        token = token.head
    sentence = measure.sentence
    clause_start, clause_end = clause_of(measure)
    said = _SAID_AFTER.match(text, clause_end + 1, sentence.end_char)  # "…, organisers said"
    for words in (
        said.group(1) if said is not None else "",
        " ".join("".join(found) for found in _ACCORDING.findall(text[clause_start:clause_end])),
        " ".join("".join(found) for found in _ACCORDING.findall(span_text(sentence))),  # "According to police, 9,000 …"
    ):
        named = _estimators_in(words)
        if len(named) == 1:
            return named.pop()
    return ""


def _estimator_named(subject: Token) -> str:
    """Who a subject says put the figure on a crowd: "organisers", "the organising Civic Front",
    "organisers FUTT"; "" for anyone else."""
    for word in (subject, *(c for c in subject.children if c.dep_ in ("amod", "compound", "appos"))):
        if word.lower_ in _ESTIMATORS:
            return _ESTIMATORS[word.lower_]
    return ""


def _estimators_in(words: str) -> set[str]:
    return {_ESTIMATORS[w] for w in re.findall(r"[a-z]+", words.lower()) if w in _ESTIMATORS}


def _crowd_put_at(notes: Annotations, measure: Measure) -> dict[str, str] | None:
    """A bare figure an estimator puts on the crowd just described: "Organisers put the crowd at
    30,000. Police estimate 8,000." """
    verb = measure.verb
    members = measure.noun is not None and measure.noun.lemma_.lower() in _CROWD_MEMBERS
    if (measure.noun is not None and not members) or verb is None or verb.lemma_.lower() not in _PUTTING:
        return None  # "Police counted 18,000 people", "organisers claimed 60,000"
    if not any(c.dep_ == "nsubj" and _estimator_named(c) for c in verb.children):
        return None
    sentence = measure.sentence
    before = notes.source.text[max(0, sentence.start_char - 300) : sentence.end_char]
    if not _CROWD_WORDS.search(before):
        return None
    return {"thing": "people", "action": "attended", "scope": "", "holder": ""}


def _group_of_victims(measure: Measure) -> dict[str, str] | None:
    """ "24 of the 36 dead were children", "of the 36 dead, 24 were children": a group among the victims,
    named by what the number is, not by what it counts."""
    anchor, verb = measure.anchor, measure.verb
    if anchor.dep_ != "nsubj" or verb is None or verb.lemma_.lower() != "be" or anchor.head.i != verb.i:
        return None
    who = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    victims = [
        w
        for holder in (anchor, verb)
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for w in [o, *o.children]
    ]
    victims += [c for c in anchor.children if c.dep_ == "amod"]  # the parser may hang "dead" on the 24
    words = lexicon()
    action = next(
        (
            words.action(w.lemma_) or words.action(w.lower_)
            for w in victims
            if words.action(w.lemma_) or words.action(w.lower_)
        ),
        None,
    )
    if not who or action is None:
        return None
    return {
        "thing": words.thing(who[0].lemma_),
        "action": action,
        "within": "a larger count",
        "scope": "",
        "holder": "",
    }


def _after_the(measure: Measure) -> bool:
    """True when "the" comes right before the number: a reference to people already named."""
    token = first_token(measure)
    return token.i > 0 and token.nbor(-1).lower_ == "the"


def _totals_of_parts(notes: Annotations, facts: list[Measure]) -> Iterator[Claim]:
    """ "Four paramedics and seven passengers were injured" also says 11 people were injured."""
    by_sentence: dict[int, list[Measure]] = {}
    for measure in facts:
        by_sentence.setdefault(measure.sentence.start, []).append(measure)
    for group in by_sentence.values():
        joined = [m for m in group if m.noun is not None and m.verb is not None and m.action and not m.part]
        if len(joined) < 2:
            continue
        first, *rest = joined
        same_clause = all(m.verb is not None and first.verb is not None and m.verb.i == first.verb.i for m in rest)
        conjoined = all(
            m.noun is not None and (m.noun.dep_ == "conj" or any(c.dep_ == "conj" for c in m.noun.children))
            for m in joined
        )
        distinct = len({m.thing for m in joined}) == len(joined) and "people" not in {m.thing for m in joined}
        if not (same_clause and conjoined and distinct) or any(
            m.mention.value.high != m.mention.value.low for m in joined
        ):
            continue
        total = sum(m.mention.value.low for m in joined)
        last = joined[-1]
        end = last.noun.idx + len(last.noun.text) if last.noun is not None else last.mention.end
        about = {"thing": "people", "action": first.action or "", "scope": first.scope or ""}
        value = QuantityValue(low=total, high=total, qualifier="sum")
        yield make_claim(notes, "count", about, value, first.mention.start, end, first.sentence)


CONCEPT = Concept(
    name="count",
    label="Number",
    value_kind="quantity",
    comparison=Comparison(relative=0.1),
    priority=10,
    extract=counts,
    about_fields=("thing", "action", "part", "scope", "holder", "by"),
)
