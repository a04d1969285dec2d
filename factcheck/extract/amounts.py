"""Counts of people and things, money, percentages and scores, with what each counts."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..models import Claim, QuantityValue, TextValue
from ..quantities import SCALE_WORDS, TIME_UNITS, UNIT_WORDS, parse_quantity
from ..vocab import (
    CASUALTY_CLASSES,
    CHANGE_VERBS,
    COST_WORDS,
    DEAL_WORDS,
    GENERIC_PEOPLE,
    HOLDING_VERBS,
    NEUTRAL_VERBS,
    PERSON_NOUNS,
    RESULT_WORDS,
    SHARE_OF,
)
from .article import Article, _children, make_claim
from .durations import _is_number, quantity_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_PHONE = re.compile(r"\d{3}[-.\s]\d{3,4}")
_AMOUNT_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d$")
_MONTH_NAMES = {m.lower() for m in calendar.month_name if m} | {m.lower() for m in calendar.month_abbr if m}
_LABEL_WORDS = {
    "no",
    "no.",
    "number",
    "#",
    "page",
    "section",
    "article",
    "flight",
    "route",
    "platform",
    "room",
    "chapter",
}
ESTIMATED_SUBJECTS = set(CASUALTY_CLASSES.values())


def _amount_spans(doc: Doc) -> Iterator[Span]:
    """Number phrases that may count or measure something: entities, and bare numbers spaCy left out."""
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in _AMOUNT_LABELS and any(_is_number(t) for t in ent):
            covered.update(range(ent.start, ent.end))
            yield ent
        elif ent.label_ in ("DATE", "TIME", "ORDINAL"):
            covered.update(range(ent.start, ent.end))
    for token in doc:
        if token.i not in covered and token.like_num and token.pos_ == "NUM":
            yield doc[token.i : token.i + 1]


def _not_an_amount(span: Span) -> bool:
    """Years, phone numbers, ages, scores, parts of names and lengths of time are not counts."""
    doc = span.doc
    last = span[-1]
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if len(span) == 1 and _YEAR.match(span.text) and span.label_ != "MONEY":
        return True
    if _CLOCK.match(span.text) and (
        (before is not None and before.lower_ in ("at", "by", "until", "from", "before", "after", "around"))
        or (after is not None and after.lower_ in ("am", "pm", "a.m.", "p.m.", "gmt", "utc", "local"))
    ):
        return True  # a time of day: "at 7.45"
    if last.head.lower_ in _MONTH_NAMES or (after is not None and after.lower_ in _MONTH_NAMES):
        return True  # "3 March": part of a date the parser missed
    if _PHONE.search(span.text) or (
        after is not None and after.text in ("-", "–") and span.end + 1 < len(doc) and doc[span.end + 1].like_num
    ):
        return True  # a phone number, a score ("3-1") or a range read elsewhere
    if before is not None and before.text in ("-", "–") and span.start > 1 and doc[span.start - 2].like_num:
        return True
    if after is not None and (
        after.lower_ in TIME_UNITS
        or (after.text == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in TIME_UNITS)
    ):
        return True  # a length of time: the durations extractor reads it
    if after is not None and (after.lower_ in ("year", "years") or "old" in after.lower_):
        return True  # an age
    if last.dep_ == "appos" and last.head.ent_type_ == "PERSON":
        return True  # "Jane Doe, 58,"
    if last.dep_ == "compound" and last.head.pos_ == "PROPN":
        return True  # "G7", "Formula 1", "Air Force One"
    return before is not None and before.lower_ in _LABEL_WORDS  # "flight 370", "room 12"


def _counted(root: Token) -> tuple[Token | None, Token | None]:
    """(noun, verb) a number phrase counts or measures: "212 people" / "toll rose to 212" / "37 injured"."""
    noun: Token | None = None
    verb: Token | None = None
    of_objects = [o for p in _children(root, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
    if of_objects and root.lower_ not in ("percent", "%"):
        noun = of_objects[0]  # "23 of the 32 members"
        if root.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and root.head.pos_ in ("VERB", "AUX"):
            verb = root.head  # "the Alliance will have 64 of the 150 seats"
    elif root.dep_ in ("nummod", "quantmod") or (root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN"):
        noun = root.head
    elif root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent"):
        prep = root.head
        if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
            noun = prep.head  # "a crowd of 80,000", "a toll of 212"
        elif prep.head.pos_ in ("VERB", "AUX"):
            verb = prep.head  # "rose to 212", "dropped by 2.1 percent"
            if prep.lower_ in ("to", "at"):
                noun = next((s for s in _children(verb, "nsubj") if s.pos_ == "NOUN"), None)  # "the toll rose to"
    elif root.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod", "attr", "oprd"):
        verb = root.head
    if noun is not None and verb is None:
        holder = noun.head if noun.dep_ == "pobj" else noun
        if holder.dep_ == "prep":
            holder = holder.head
        if holder.pos_ in ("VERB", "AUX") and holder.i != noun.i:
            verb = holder
        elif noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "conj") and noun.head.pos_ in ("VERB", "AUX"):
            verb = noun.head
    return noun, verb


def _casualty_class(noun: Token | None, verb: Token | None) -> str | None:
    """deaths / injured / missing / … when the number counts people something happened to."""
    words: list[Token] = []
    harm = (
        verb is not None
        and verb.lemma_.lower() in CASUALTY_CLASSES
        and CASUALTY_CLASSES[verb.lemma_.lower()] != "attendance"
        and (noun is None or noun.head.i == verb.i)  # "evacuated from five villages" counts villages, not evacuees
    )
    people = noun is None or harm or noun.lemma_.lower() in PERSON_NOUNS or noun.lemma_.lower() in CASUALTY_CLASSES
    if verb is not None and people:
        # What happened to them comes first: "five fans were injured" counts the injured.
        words.append(verb)
        words += [
            c for c in verb.children if c.dep_ in ("acomp", "oprd", "dobj") and c.lemma_.lower() in CASUALTY_CLASSES
        ]
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        words.append(noun.head.head)  # "the evacuation of 3,200 people"
    if noun is not None:
        words += [c for c in noun.children if c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ")]
        words += [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    for word in words:
        lemma = word.lemma_.lower()
        if lemma in CASUALTY_CLASSES and (lemma != "toll" or any(c.lemma_ == "death" for c in word.children)):
            return CASUALTY_CLASSES[lemma]
        if lemma == "toll":
            return "deaths"
    return None


def _noun_text(noun: Token, adjectives: bool = True) -> str:
    """A noun with its compounds (and adjectives), lower case: "gross domestic product", "defence spending"."""
    deps = ("compound", "amod") if adjectives else ("compound",)
    words = [t for t in noun.lefts if t.dep_ in deps and not t.like_num and t.ent_type_ not in ("CARDINAL",)]
    return " ".join(t.text.lower() for t in [*words, noun])


def _verb_phrase(verb: Token) -> str:
    """ "imposed", "laid off": the verb as a participle, with its particle."""
    word = verb.text.lower() if verb.tag_ in ("VBN", "VBD") else verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([word, *particles])


def _holder(verb: Token | None) -> str | None:
    """Who has or wins the amount, when a name says so: "the Social Alliance won 38 percent" → social alliance."""
    if verb is None or verb.lemma_.lower() not in HOLDING_VERBS | NEUTRAL_VERBS:
        return None
    for subject in _children(verb, "nsubj", "nsubjpass"):
        named = subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or subject.pos_ == "PROPN"
        opening = subject.i == subject.sent.start and subject.left_edge.i == subject.i
        if named and not opening:  # a lone capital at the start of a sentence may be any noun ("Turnout")
            return _noun_text(subject)
    return None


def _shared(noun: Token) -> str:
    """What a share is of, with its common synonyms merged: votes, ballots cast → vote."""
    text = _noun_text(noun)
    return SHARE_OF.get(noun.lemma_.lower(), text)


def _amount_subject(
    value: QuantityValue, noun: Token | None, verb: Token | None, root: Token
) -> tuple[str, str] | None:
    """(slot, subject) for an amount, or None when the text does not say what it counts."""
    casualty = _casualty_class(noun, verb)
    if casualty is not None and value.unit is None:
        return "count", casualty
    context = [t.lemma_.lower() for t in (noun, verb) if t is not None]
    holder = _holder(verb)
    if value.unit is not None and value.unit.isupper():
        if any(w in DEAL_WORDS for w in context):
            return "money", "deal value"
        if any(w in COST_WORDS for w in context):
            return "money", "cost"
        if verb is not None and verb.lemma_ in ("pay", "award", "fine", "order"):
            # "pay €5,000 to each family" and "pay €40m for the stake" are different payments.
            targets = [
                f"{p.lower_} {_noun_text(o)}"
                for p in _children(verb, "prep")
                if p.lower_ in ("to", "for")
                for o in _children(p, "pobj")
            ]
            return "money", " ".join(["payment", *targets[:1]])
        if noun is not None and noun.lemma_.lower() not in ("million", "billion"):
            return "money", _noun_text(noun)
        return ("money", _verb_subject(verb)) if verb is not None and _verb_subject(verb) else None
    if value.unit == "km2":
        return "quantity", "area affected"  # hectares burned, flooded, destroyed: the area of the event
    if value.unit in ("percent", "percentage point"):
        of = [o for p in _children(root, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
        if of:
            return "percent", f"{holder} share of {_shared(of[0])}" if holder else f"share of {_shared(of[0])}"
        if holder:
            return "percent", f"{holder} share"
        if noun is not None and noun.lemma_.lower() not in ("percent",):
            return "percent", _noun_text(noun)
        return ("percent", _verb_subject(verb)) if verb is not None and _verb_subject(verb) else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in _NOT_COUNTED:
        return None
    if value.unit is None and value.high is not None and value.high <= 2:
        return None  # "two countries", "one bit": descriptions, not counts anyone reports differently
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN"):
        return None  # "a 150-seat parliament" describes the parliament
    if any(c.lower_ in _COMPARATIVES for c in noun.children):
        return None  # "13 seats short of a majority" is a difference, not a count
    slot = "count" if value.unit is None else "quantity"
    subject = _noun_text(noun, adjectives=False)
    if _is_total(root, noun):
        subject = f"total {subject}"  # "64 of the 150 seats": 150 is the whole
    elif holder:
        subject = f"{subject} ({holder})"
    elif verb is not None and verb.lemma_ in CHANGE_VERBS and noun.dep_ in ("dobj", "nsubjpass"):
        subject += f" {_verb_phrase(verb)}"
    return slot, subject


def _verb_subject(verb: Token) -> str:
    """ "shares rose", "gross domestic product dropped": the subject noun, with the verb unless it is neutral."""
    subjects = [s for s in _children(verb, "nsubj", "nsubjpass") if s.pos_ in ("NOUN", "PROPN")]
    if not subjects:
        return ""
    if verb.lemma_.lower() in NEUTRAL_VERBS:
        return _noun_text(subjects[0])  # "turnout was 71 percent", "turnout stood at 68%"
    return f"{_noun_text(subjects[0])} {_verb_phrase(verb)}"


def _is_total(root: Token, noun: Token) -> bool:
    """True for Y in "X of the Y seats"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num and noun.head.head.i != root.i


_NOT_COUNTED = {"time", "times", "one", "side", "sides", "percent", *GENERIC_PEOPLE}
_COMPARATIVES = {"short", "more", "fewer", "less", "ahead", "behind", "up", "down", "apart", "over"}


def amounts(article: Article) -> Iterator[Claim]:
    """Counts of people (killed, injured, arrested …), money, percentages and other amounts, with what they count."""
    for span in _amount_spans(article.doc):
        if _not_an_amount(span):
            continue
        last = span[-1]
        after = article.doc[last.i + 1] if last.i + 1 < len(article.doc) else None
        if after is not None and after.lower_ in UNIT_WORDS and after.head.i != last.i:
            last = after  # "4,500 hectares": the unit is the noun the number counts
        elif after is not None and after.lower_ in SCALE_WORDS and span.label_ == "MONEY":
            last = after  # "$300m": spaCy left the scale outside the entity
        start, end = quantity_span(span[0], last)
        value = parse_quantity(article.doc.text[start:end].replace("\n", " "))
        if value is None:
            continue
        root = span.root
        noun, verb = _counted(root)
        found = _amount_subject(value, noun, verb, root)
        if found is None:
            continue
        slot, subject = found
        yield make_claim(article, slot, subject, value, start, end, span.sent)


_SCORE = re.compile(r"(?<![\d.,:/])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d.,:/%]| ?(?:hours?|days?|years?|minutes?|percent))")


def scores(article: Article) -> Iterator[Claim]:
    """A final score ("beat City 3-1") in a sentence about a result; written winner first."""
    text = article.doc.text
    for sent in article.doc.sents:
        if not any(t.lemma_.lower() in RESULT_WORDS for t in sent):
            continue
        for match in _SCORE.finditer(text, sent.start_char, sent.end_char):
            high, low = sorted((int(match.group(1)), int(match.group(2))), reverse=True)
            value = TextValue(text=f"{high}-{low}")
            yield make_claim(article, "score", "final score", value, match.start(), match.end(), sent)
