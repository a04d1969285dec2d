"""How two named people were in contact: met in person, or spoke by phone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..dates import describe_date, parse_date
from ..models import Claim, TextValue
from ..vocab import (
    EVENT_CLASSES,
    HONORIFICS,
    PHONE_WORDS,
    TITLE_WORDS,
)
from .article import Article, _children, make_claim
from .events import _entity_span, _modifiers, event_class
from .people import _known_surnames, _persons_in

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_CONTACT_VERBS = {"hold", "have", "meet", "speak", "talk", "call", "phone", "telephone", "ring"}
_HYPOTHETICAL = {"will", "would", "could", "might", "may", "should", "shall", "can"}


def _contact_kind(token: Token) -> str | None:
    """ "phone call" or "in-person meeting" for a verb or noun of contact; None when it does not say."""
    lemma = token.lemma_.lower()
    words = {w.lower_ for w in token.subtree} if token.pos_ == "VERB" else {w.lower_ for w in token.lefts}
    if lemma in ("call", "phone", "telephone", "ring") or words & PHONE_WORDS:
        return "phone call"
    if lemma in ("conversation", "talk", "speak"):
        return None  # could be either
    if lemma in ("meet",) or EVENT_CLASSES.get(lemma) in ("meeting", "summit"):
        return "in-person meeting"
    return None


def _factual(verb: Token) -> bool:
    """A past, stated fact: not negated, not hedged with a modal, not a plan."""
    if any(c.dep_ == "neg" or c.lower_ in _HYPOTHETICAL for c in verb.children):
        return False
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return verb.dep_ not in ("xcomp",) and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _person_of(token: Token) -> Span | None:
    """The person a possessor names ("Silva's call"), or for "his"/"her" the sentence's last named person."""
    if token.ent_type_ == "PERSON":
        return _entity_span(token)
    if token.text in _known_surnames(token.doc):
        return token.doc[token.i : token.i + 1]
    if token.lower_ in ("his", "her"):
        people = [e for e in token.sent.ents if e.label_ == "PERSON" and e.end <= token.i]
        return people[-1] if people else None
    return None


def _clearly_a_person(span: Span) -> bool:
    """A full name, a name the model tags as a person, or a surname the article gives in full elsewhere."""
    if span.text.isupper():
        return False  # "ROTTERDAM" in a dateline
    if len(span) >= 2 or span[0].ent_type_ == "PERSON" or span.text in _known_surnames(span.doc):
        return True
    return span[0].pos_ == "PROPN" and not span[0].ent_type_  # a bare surname the model did not label


def _surname(person: Span) -> str:
    words = [t for t in person if t.lower_ not in HONORIFICS and t.lower_ not in TITLE_WORDS]
    return (words[-1] if words else person[-1]).text


def _named(token: Token) -> list[Span]:
    """The people a phrase names; a lone capitalised word the model left unlabelled counts as a surname."""
    found = _persons_in(token)
    if not found and token.pos_ == "PROPN" and not token.ent_type_ and token.is_title:
        found = [token.doc[token.i : token.i + 1]]
    return found


def _contact_parties(token: Token) -> tuple[str | None, Token, list[Span], list[Span]] | None:
    """(kind, the words that say it, who made contact, with whom) for a verb or noun of contact."""
    doers: list[Span] = []
    others: list[Span] = []
    anchor = token
    if token.pos_ == "VERB" and token.lemma_.lower() in _CONTACT_VERBS and _factual(token):
        objects = _children(token, "dobj")
        if token.lemma_.lower() in ("hold", "have"):
            if not objects:
                return None
            anchor = objects[0]
        kind = _contact_kind(anchor)
        doers = [p for doer in _children(token, "nsubj") for p in _named(doer)]
        if token.lemma_.lower() == "meet":
            others = [p for o in objects for p in _named(o)]
    elif token.pos_ == "NOUN" and event_class(token) in ("call", "meeting") and not _modifiers(token):
        owners = [c for c in token.children if c.dep_ == "poss"]
        if not owners:
            return None
        kind = _contact_kind(token)
        doers = [p for p in (_person_of(o) for o in owners) if p is not None]
    else:
        return None
    preps = _children(token, "prep") + (_children(anchor, "prep") if anchor.i != token.i else [])
    preps += [q for p in preps for o in _children(p, "pobj") for q in _children(o, "prep")]  # "by phone with X"
    for prep in preps:
        if prep.lower_ in ("with", "to"):
            others += [p for o in _children(prep, "pobj") for p in _named(o)]
    return kind, anchor, doers, others


def _contact_date(token: Token, article: Article) -> str | None:
    """The day a contact is dated to, if the clause says ("spoke by phone late on Sunday")."""
    for ent in token.sent.ents:
        if ent.label_ != "DATE":
            continue
        root = ent.root
        host = root.head.head if root.dep_ == "pobj" else root.head
        if host.i == token.i:
            value = parse_date(ent.text, article.reference_date)
            if value is not None:
                return describe_date(value)
    return None


def contacts(article: Article) -> Iterator[Claim]:
    """How two named people were in contact: "X held a phone conversation with Y" vs "X and Y held a meeting".

    A contact the clause dates gets the date in its subject, so a call on Sunday and a meeting on
    Monday stay apart; grouping lets an undated contact meet a dated one when only one date is given.
    """
    for token in article.doc:
        found = _contact_parties(token)
        if found is None:
            continue
        kind, anchor, doers, others = found
        who = {_surname(p) for p in doers if _clearly_a_person(p)}
        whom = {_surname(p) for p in others if _clearly_a_person(p)}
        names = sorted(who | whom)
        two_sides = (len(who) == 1 and len(whom) == 1) or (len(who) == 2 and not whom)
        if kind is None or len(names) != 2 or not two_sides or anchor.lemma_.lower() == "talk":
            continue
        between = f"{names[0]} and {names[1]}"
        date = _contact_date(token, article)
        subject = f"contact between {between}" + (f" on {date}" if date else "")
        about = {"between": " and ".join(sorted(n.lower() for n in names)), "on": date or ""}
        start, end = _contact_span(token, anchor)
        yield make_claim(article, "event_type", subject, TextValue(text=kind), start, end, token.sent, about)


def _contact_span(token: Token, anchor: Token) -> tuple[int, int]:
    """The words that say what kind of contact it was: "held a phone conversation", "met", "call"."""
    lefts = [t.i for t in anchor.lefts if t.dep_ in ("amod", "compound")] if anchor.pos_ == "NOUN" else []
    first = min([token.i, anchor.i, *lefts])
    last = max(token.i, anchor.i)
    doc = token.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)
