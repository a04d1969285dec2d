"""Percentages: vote shares, turnout, stakes, coverage, rises and falls, with what they are a share of."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import span_text
from ..lexicon import lexicon, word_classes, word_list
from ..models import Claim
from .base import Comparison, Concept, measure_claims, metric_qualifier
from .count import COUNTED_SO_FAR

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..annotate import Annotations, Measure

_RISE = {"rise", "increase", "gain", "jump", "climb", "soar", "grow", "up", "surge", "rally", "add"}
_FALL = {
    "fall",
    "drop",
    "decline",
    "slide",
    "plunge",
    "lose",
    "down",
    "slump",
    "tumble",
    "sink",
    "shed",
    "cut",
    "dip",
    "decrease",
}


_STANDING = {"be", "stand", "reach", "hit", "top"}  # verbs that give a rate its level
_KEEPING = {"keep", "retain", "remain"}  # the seller's remainder; owning and holding are what a buyer has
_PERCENT_WORDS = {"percent", "%", "cent", "per", "pct", "percentage"}
_OWNING = {"own", "hold", "keep", "retain", "acquire", "buy", "take", "sell", "control", "purchase", "get", "have"}


_SINCE = re.compile(r"[^.;]{0,40}?\bsince\s+(?:the\s+)?([\w-]+)", re.I)
_LAND = frozenset(word_list("land_nouns"))
_SHARE_OF = word_classes("share_of")
_RATES = frozenset(word_list("rate_nouns"))
_OUTPUT = {"production", "output", "supply", "market", "export", "exports", "sales", "consumption", "capacity"}


_RESULTS = {"profit", "revenue", "sale", "income", "earnings", "loss", "margin"}


def _noun_key(token: Token) -> str:
    """A noun as a key: its lemma, unless the small model mangled it ("stake" → "take"); for a
    product's output ("60% of cotton production") the product, as "45% of the cotton" says it."""
    if token.lemma_.lower() in _OUTPUT:
        made = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"]
        if made:
            token = made[-1]
    lemma, lower = token.lemma_.lower(), token.lower_
    return lemma if lemma[:1] == lower[:1] else lower.rstrip("s")


def about_share(measure: Measure) -> dict[str, str] | None:
    """What the percentage is of, whose, and whether it is a rise or a fall."""
    anchor = measure.anchor
    noun = measure.noun
    if noun is not None and noun.lower_ in _PERCENT_WORDS and noun.head.pos_ == "NOUN" and noun.dep_ != "ROOT":
        noun = noun.head  # "a 73% stake": the stake, not the sign
    owner = anchor.head if anchor.head.lower_ in _PERCENT_WORDS else anchor
    of = [o for p in owner.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    what = None
    if noun is not None and noun.lower_ not in _PERCENT_WORDS and noun.pos_ == "NOUN":
        what = _noun_key(noun)
    elif of and of[0].pos_ == "PROPN" and _about_votes(measure):
        what = "vote"  # "36,8% against 29,4% of the UDC": the UDC's share of the vote
    elif of:
        what = _noun_key(of[0])
    if what in _LAND:
        what = "territory"  # held or lost, a share of land is of territory, whoever holds it
    said, at = span_text(measure.sentence), measure.mention.end - measure.sentence.start_char
    if _SECOND_OF_PAIR.search(said[: measure.mention.start - measure.sentence.start_char]):
        return None  # the 21.6% of "78.4% to 21.6%": the other side of the figure before it
    if COUNTED_SO_FAR.match(said, at):
        return None  # "with 74% of ballots counted": the progress of a count
    rise = _rise_of(owner)
    if rise:
        return {"of": rise, "action": "", "holder": "", "scope": measure.scope or ""}
    if _voted_at(measure, said, at):
        what = "vote"  # "voted 78.4% in favour", "accepted at 87.4%": the share of the vote
    rate = _rate_of(owner) or ("margin" if _margin_of(measure) else "")
    if rate:  # a rate or a lead is what it is, whatever verb carries it
        rate = _SHARE_OF.get(rate, rate)
        return {
            "of": rate,
            "action": "",
            "holder": measure.holder if measure.holder and measure.holder != rate else "",
            "scope": measure.scope or "",
        }
    what = _SHARE_OF.get(what or "", what)
    verb = measure.verb
    if what in lexicon().person_nouns and _vaccinated(verb):
        # "58 per cent of children received the second dose": the coverage another outlet gives as such
        return {"of": "coverage", "action": "", "holder": "", "scope": measure.scope or ""}
    change = ""
    if (
        what is None
        and verb is not None
        and verb.lemma_.lower() in ("take", "win", "get", "receive", "gain", "secure", "poll", "garner", "obtain")
        and any(t.lemma_.lower() in ("vote", "ballot") for t in verb.subtree)
    ):
        what = "vote"  # "took 50.57% of the vote against 49.43% for her rival": both are shares of the vote
    if verb is not None:
        lemma = verb.lemma_.lower()
        change = "rise" if lemma in _RISE else "fall" if lemma in _FALL else ""
        if of and owner.dep_ in ("nsubj", "nsubjpass") and what in lexicon().person_nouns:
            change = ""  # "58% of patients lost weight": a share of the patients, not a fall of anything
        if lemma in _OWNING and what not in ("vote", "ballot", "seat", "poll", "market", "turnout", "territory"):
            what = "stake"  # "the state keeps 24.9%", "will retain 27 percent of the carrier"
        if what == "stake" and not change:
            # A stake bought and a stake kept by the seller are two figures of one deal.
            change = "kept" if lemma in _KEEPING else "sold" if lemma == "sell" else "held"
        if what is None and owner.head.lower_ == "to":
            # "the postal ballots lifted turnout to 62.4%": what was raised, not what raised it
            raised = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            if raised:
                what = _noun_key(raised[0])
        if what is None:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
            if subjects:
                what = _noun_key(subjects[0])
                if what in _RESULTS and (qualifier := metric_qualifier(subjects[0])):
                    what = f"{qualifier} {what}"  # "net profit rose 3.1%" is not "core operating profit rose 18.6%"
            elif lemma not in ("be", "have"):
                what = lemma
    if what is None:
        return None
    what = _SHARE_OF.get(what, what)
    holder = measure.holder if measure.holder and measure.holder != what else ""  # "Turnout was 63%", read as a firm
    if what == "vote" and of and of[0].pos_ == "PROPN":
        holder = of[0].text.lower()
    if what == "vote" and (named := _FOR_NAME.match(said, at)) is not None:
        holder = named.group(1).split()[-1].lower()  # "against 49.43% for Tomas Ruiz": his share
    scope = measure.scope or ""
    if change in ("rise", "fall") and not scope:
        # "lost more than half their value since January" is another span of time than "on the day"
        since = _SINCE.match(span_text(measure.sentence), measure.mention.end - measure.sentence.start_char)
        if since is not None:
            scope = f"since {since.group(1).lower()}"
    return {"of": what, "action": change, "holder": holder, "scope": scope}


_RISE_NOUNS = frozenset(word_list("rise_nouns"))
_PAY_WORDS = frozenset(word_list("pay_words"))
_TOTALLING = {"total", "amount", "come", "reach", "add"}
_SECOND_OF_PAIR = re.compile(r"\d\s*(?:%|per\s?cent|percent)\s+to\s+$", re.I)
_BALLOT_VERBS = frozenset(word_list("ballot_verbs"))
_BALLOT_SIDE = re.compile(r"\s*(?:in\s+favou?r|for\b|against\b|yes\b|no\b)", re.I)
_BALLOT_BEFORE = re.compile(
    r"\b(?:(?:at|by|with)\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?|margin,\s+)$", re.I
)  # "accepted at 87.4%", "approved it by a wide margin, 78.4% to 21.6%"


def _rise_of(owner: Token) -> str:
    """ "pay rise" for the size of a raise ("a pay rise of 14.5%", "raises totalling 15.4 per cent",
    "a salary increase of 14.5%"), "" for any other figure: every outlet's raise is one figure."""
    head = owner.head
    if owner.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head
    elif (
        owner.dep_ in ("dobj", "attr", "npadvmod")
        and head.lemma_.lower() in _TOTALLING
        and head.dep_ in ("acl", "xcomp")
    ):
        noun = head.head  # "raises totalling 15.4 per cent", the model may take "raises" for a verb
    else:
        return ""
    if noun.lemma_.lower() not in _RISE_NOUNS or (noun.pos_ != "NOUN" and head.lower_ == "of"):
        return ""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    return "pay rise" if noun.lemma_.lower() == "raise" or words & _PAY_WORDS else ""


def _voted_at(measure: Measure, said: str, at: int) -> bool:
    """True for the share a ballot was won by: "voted 78.4% in favour", "approved it by 92%"."""
    verb = measure.verb
    if verb is None or verb.lemma_.lower() not in _BALLOT_VERBS:
        return False
    start = measure.mention.start - measure.sentence.start_char
    return _BALLOT_SIDE.match(said, at) is not None or _BALLOT_BEFORE.search(said[:start]) is not None


_FOR_NAME = re.compile(r"\s+for\s+(?:the\s+)?((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")


def _about_votes(measure: Measure) -> bool:
    """True when the figure's sentence speaks of votes: "In votes, the party obtained 36,8%"."""
    return any(t.lemma_.lower() in ("vote", "ballot") for t in measure.sentence)


_VACCINES = set(word_list("vaccine_nouns"))


def _vaccinated(verb: Token | None) -> bool:
    """True for a verb that says people were vaccinated: "vaccinated", "received the second dose"."""
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in ("vaccinate", "immunise", "immunize", "inoculate"):
        return True
    return lemma in ("receive", "get", "take", "have") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _VACCINES for c in verb.children
    )


def _rate_of(owner: Token) -> str:
    """The rate a percentage is, named with the word before it: "a case-fatality rate of 1.9%" and "put
    the case-fatality rate at 1.9 percent" → "fatality rate"; "the jobless rate held at 5.2%" → "jobless rate"."""
    if owner.dep_ in ("attr", "dobj", "npadvmod") and owner.head.lemma_.lower() in _STANDING:
        head = owner.head  # "Turnout was 68.4%", "turnout reached 71%": the subject is the rate
    elif owner.dep_ != "pobj" or owner.head.lower_ not in ("of", "at"):
        return ""
    else:
        head = owner.head.head
    candidates = [head]
    if head.pos_ in ("VERB", "AUX"):
        candidates = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for noun in candidates:
        if noun.lemma_.lower() in _RATES:
            lemma = noun.lemma_.lower()
            named = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.is_alpha]
            # a rate is told apart by its word ("jobless", "fatality"); coverage is coverage
            return f"{named[-1].lower_} {lemma}" if named and lemma != "coverage" else lemma
    return ""


def _margin_of(measure: Measure) -> bool:
    """True for the size of a lead: "a winning margin of 11.3 percentage points", "a lead of six points"."""
    token = measure.noun or measure.anchor
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            return _SHARE_OF.get(token.head.head.lemma_.lower()) == "margin"
        token = token.head
    return False


def shares(notes: Annotations) -> Iterator[Claim]:
    """Every stated percentage whose sentence says what it is a share of."""
    return measure_claims(notes, "percent", "percent", about_share)


CONCEPT = Concept(
    name="percent",
    label="Percentage",
    value_kind="quantity",
    comparison=Comparison(relative=0.05),
    priority=20,
    extract=shares,
    about_fields=("of", "action", "holder", "scope"),
)
