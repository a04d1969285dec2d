"""Amounts of money: fines, prices, aid, funds, costs, revenue, profit, with what the money is.

The currency stays part of the value: a figure converted into another currency in brackets is
read once, and two currencies never meet.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import lexicon, word_classes, word_forms, word_list
from ..models import Claim
from .base import Comparison, Concept, may_be_a_person, measure_claims, nearby_words, plain

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..annotate import Annotations, Measure


def about_money(measure: Measure) -> dict[str, str] | None:
    """What the money is ("fine", "aid"), whose, and per what; None when the sentence does not say."""
    found = _named_kind(measure)
    if (found is None or found["what"] == "price") and _paid_to_a_person(measure):
        # "received €200,000 from a builder", "paid the official €190,000": what one person got, however
        # the outlet words it; the same sum as a price of a thing would say nothing of who got it
        return {"what": "payment to a person", "scope": measure.scope or ""}
    winner = _winner(measure)
    if winner and (found is None or found["what"] in ("revenue", "price", "cost", "fund")):
        # "Lind earns $4.2 million": hers alone, so the scope names her and the whole purse never joins it
        return {"what": "prize", "scope": f"to {winner}"}
    per_unit = (measure.scope or "").startswith("per ") and (measure.scope or "")[4:] in lexicon().unit_nouns
    if per_unit and (found is None or found["what"] in ("fund", "cost")):
        return {"what": "price", "scope": measure.scope or ""}  # "raised to 207 shillings a litre": a price
    if found is None and _describes_a_thing(measure):
        return {"what": "cost", "scope": measure.scope or ""}  # "the $85 million project": what it cost
    return found


_TAKING = set(word_list("taking_verbs"))
_PRIZE_WORDS = set(word_list("prize_words"))
_RECEIVING = set(word_list("receiving_verbs"))


def _paid_to_a_person(measure: Measure) -> bool:
    """True for money a person was paid outside any prize: "the ex-governor received €240,000", "the firm
    paid the official €190,000"."""
    verb = measure.verb
    if verb is None or any(t.lemma_.lower() in _PRIZE_WORDS for t in measure.sentence):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _RECEIVING:
        return any(c.dep_ == "nsubj" and _a_person(c) for c in verb.children)
    if lemma == "pay":
        paid = [c for c in verb.children if c.dep_ in ("dative", "iobj", "dobj") and c.i != measure.anchor.i]
        # the small model may hang "the ex-mayor" on the amount: "paid the ex-governor €210,000"
        paid += [c for c in measure.anchor.children if c.dep_ in ("nmod", "compound") and c.i < measure.anchor.i]
        return any(_a_person(c) for c in paid)
    return False


def _a_person(token: Token) -> bool:
    """A name, a pronoun for a person, or a noun for someone in office ("the ex-mayor")."""
    words = lexicon()
    lemma = token.lemma_.lower().split("-")[-1]
    return (
        may_be_a_person(token)
        or token.lower_ in ("he", "she", "him", "her")
        or lemma in words.person_nouns
        or lemma in words.title_words
    )


def _winner(measure: Measure) -> str:
    """The person an amount goes to ("Lind earns A$4.2 million", "the runner-up takes home $2m"): a
    person's winnings, not a firm's revenue; their surname, or the noun that names them."""
    verb = measure.verb
    if verb is None or verb.lemma_.lower() not in _TAKING:
        return ""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if may_be_a_person(subject):
            return plain(subject.text)
        if subject.lemma_.lower() in ("champion", "winner", "runner", "runner-up", "finalist", "loser"):
            return subject.lemma_.lower()
    return ""


def _describes_a_thing(measure: Measure) -> bool:
    """True for an amount that describes a thing ("a $450 million telescope")."""
    noun = measure.noun
    if noun is None:
        return False
    if noun.lower_ in _CURRENCY_WORDS or noun.like_num:  # "450 million euros budget": the word after the unit
        noun = noun.head if noun.dep_ in ("compound", "nmod", "amod", "nummod") else None
    return noun is not None and noun.pos_ == "NOUN" and noun.lower_ not in _CURRENCY_WORDS and not noun.like_num


_CURRENCY_WORDS = {"million", "billion", "m", "bn", "euros", "euro", "dollars", "dollar", "pounds", "pound"}


def _named_kind(measure: Measure) -> dict[str, str] | None:
    """The kind of money a word near the amount names, or None."""
    words = lexicon()
    for token in nearby_words(measure):
        compounds = [c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.i == token.i - 1]
        # The word as written first: "sales" is revenue, though its lemma "sale" is a deal's price.
        forms = [f"{c} {token.lemma_.lower()}" for c in compounds] + [
            token.lower_,
            *word_forms(token.lemma_, token.text),
        ]
        kind = next((words.money_nouns[f] for f in forms if f in words.money_nouns), None)
        if kind is None and token.pos_ == "VERB":
            kind = next((_MONEY_VERBS[f] for f in forms if f in _MONEY_VERBS), None)
        if (
            kind == "valuation"
            and token.head.lemma_.lower() in words.money_nouns
            and words.money_nouns[token.head.lemma_.lower()] == "price"
        ):
            kind = "price"  # "a deal valued at $4.5bn" is the deal's price
        if kind:
            return {"what": kind, "scope": measure.scope or ""}  # whose is unreliable: the fined or the fining
    return None


_MONEY_VERBS = word_classes("money_verbs")  # verb lemma -> kind of money: fine -> fine, pay -> price


def money(notes: Annotations) -> Iterator[Claim]:
    """Every stated amount of money whose sentence says what it is."""
    return measure_claims(notes, "money", "money", about_money)


CONCEPT = Concept(
    name="money",
    label="Amount of money",
    value_kind="quantity",
    comparison=Comparison(relative=0.05),
    priority=20,
    extract=money,
    about_fields=("what", "scope", "when"),
)
