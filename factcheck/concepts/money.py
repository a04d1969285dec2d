"""Amounts of money: fines, prices, aid, funds, costs, revenue, profit, with what the money is.

The currency stays part of the value: a figure converted into another currency in brackets is
read once, and two currencies never meet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import lexicon, word_classes, word_forms, word_list
from ..models import Claim, QuantityValue
from .base import Comparison, Concept, may_be_a_person, measure_claims, metric_qualifier, nearby_words, plain

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..annotate import Annotations, Measure


def about_money(measure: Measure) -> dict[str, str] | None:
    """What the money is ("fine", "aid"), whose, and per what; None when the sentence does not say.

    An amount something rises or is cut by is a change of that money ("raise the tax by €0.08 a
    litre"), never the level it comes to ("diesel costs €1.62 a litre")."""
    found = _kind_of_money(measure)
    if found is not None and _a_change_by(measure):
        return {**found, "what": f"change in {found['what']}"}
    return found


def _kind_of_money(measure: Measure) -> dict[str, str] | None:
    """about_money, before a change is told from a level."""
    found = _named_kind(measure)
    if found is not None and found["what"] == "price" and _pays_for_work(measure):
        found = {"what": "fund", "scope": found["scope"]}  # "Gavi is paying for the campaign: $1.2 million"
    if (found is None or found["what"] == "price") and _paid_to_a_person(measure):
        # "received €200,000 from a builder", "paid the official €190,000": what one person got, however
        # the outlet words it; the same sum as a price of a thing would say nothing of who got it
        return {"what": "payment to a person", "scope": measure.scope or ""}
    winner = _holder_before(measure) or _holder_as(measure) or _winner(measure) or _prize_holder(measure)
    whole_purse = found is not None and found["what"] == "prize" and _names_the_purse(measure)
    if winner and not whole_purse and (found is None or found["what"] in _WINNINGS):
        # "Lind earns $1.8 million": hers alone, so the scope names her and the whole purse never joins it;
        # a named player who won (or lost) the final is "the winner" (or "the runner-up") another outlet names
        return {"what": "prize", "scope": f"to {_standing(measure, winner)}"}
    per_recipient = (measure.scope or "")[4:] in _RECIPIENTS and (measure.scope or "").startswith("per ")
    paid = measure.verb is not None and measure.verb.lemma_.lower() in ("pay", "give", "award", "grant", "offer")
    if per_recipient and (found is None or found["what"] == "fund" or (found["what"] == "price" and paid)):
        return {"what": "aid", "scope": measure.scope or ""}  # "$500 for each bereaved family": a payout
    per_unit = (measure.scope or "").startswith("per ") and (measure.scope or "")[4:] in lexicon().unit_nouns
    if per_unit and (found is None or found["what"] in ("fund", "cost")):
        return {"what": "price", "scope": measure.scope or ""}  # "raised to 207 shillings a litre": a price
    if found is None and _describes_a_thing(measure):
        return {"what": "cost", "scope": measure.scope or ""}  # "the $85 million project": what it cost
    return found


_TAKING = set(word_list("taking_verbs"))
_RECIPIENTS = set(word_list("payout_recipients"))  # who a payout goes to, never a buyer
_PRIZE_WORDS = set(word_list("prize_words"))
_RECEIVING = set(word_list("receiving_verbs"))


_WORKS = set(word_list("funded_work"))


def _a_change_by(measure: Measure) -> bool:
    """True for an amount after "by" that a verb of rising or cutting governs: "raised by €0.08"."""
    doc = measure.sentence.doc
    span = doc.char_span(measure.mention.start, measure.mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "by":
        return False
    verb = doc[span.start - 1].head
    return verb.lemma_.lower() in _CHANGING


_CHANGING = {"raise", "increase", "cut", "lower", "reduce", "rise", "fall", "hike", "drop", "grow", "climb", "decline"}


def _pays_for_work(measure: Measure) -> bool:
    """True when the money pays for a piece of work, not for a thing bought: "paying for the campaign",
    "Gavi and UNICEF are paying for it" (what is bought has a seller: "paid $2bn for the rival")."""
    verb = measure.verb
    if verb is None or verb.lemma_.lower() not in ("pay", "fund", "finance", "cover"):
        return False
    heads = [verb, measure.anchor, measure.anchor.head, *([measure.noun] if measure.noun is not None else [])]
    paid_for = [o for h in heads for p in h.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _WORKS or o.lower_ in _WORKS for o in paid_for)


def _paid_to_a_person(measure: Measure) -> bool:
    """True for money a person was paid outside any prize: "the ex-governor received €240,000", "the firm
    paid the official €190,000"."""
    verb = measure.verb
    if verb is None or any(t.lemma_.lower() in _PRIZE_WORDS for t in measure.sentence):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _RECEIVING:
        if verb.dep_ in ("acl", "relcl") and _a_person(verb.head):
            return True  # "the former mayor, of 67 years, received 385 thousand euros", however it was hung
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
    """The person an amount goes to ("Lind earns $1.8 million", "the runner-up takes home $2m"): a
    person's winnings, not a firm's revenue; their surname, or the noun that names them."""
    verb = measure.verb
    if verb is None or verb.lemma_.lower() not in _TAKING:
        return ""
    won, lost = _results(measure.sentence.doc)
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        said = next((w for c in subject.children if c.dep_ == "appos" and (w := _holder_word(c))), "")
        if said:
            return said  # "X, the beaten finalist, earns …"
        if may_be_a_person(subject) or plain(subject.text) in won | lost:  # a team or player the final names
            return plain(subject.text)
        if subject.lemma_.lower() in ("champion", "winner", "runner", "runner-up", "finalist", "loser"):
            return subject.lemma_.lower()
    return ""


_WINNER_NOUNS = set(word_list("winner_nouns"))
_RUNNER_UP_NOUNS = set(word_list("runner_up_nouns"))
_WINNING = set(word_list("winning_nouns"))  # "the win is worth €1.2 million"
_BEATING = set(word_list("beating_verbs"))
_WON = {*word_list("winning_verbs"), *_BEATING}
_PARTS_OF_PLAY = set(word_list("parts_of_play"))


def _holder_word(token: Token) -> str:
    """ "winner" or "runner-up" for a noun that names one ("the cup winners", "the champion")."""
    lemma = token.lemma_.lower()
    doc = token.doc
    if token.lower_ == "up" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "runner":
        return "runner-up"  # "runner-up", in three tokens
    if lemma in _WINNER_NOUNS or token.lower_.rstrip("'s") in _WINNER_NOUNS:
        return "winner"
    if lemma in _RUNNER_UP_NOUNS or token.lower_ in _RUNNER_UP_NOUNS:
        return "runner-up"
    return ""


_WINNINGS = {"revenue", "price", "cost", "fund", "valuation", "prize"}  # kinds a prize is misread as
_PURSE = set(word_list("purse_nouns"))


def _names_the_purse(measure: Measure) -> bool:
    """True for the whole prize money of an event ("a record total purse of A$96.5 million")."""
    token = measure.noun or measure.anchor
    near = [token, token.head, *token.head.children, *token.children]
    return any(t.lemma_.lower() in _PURSE for t in near)


def _holder_as(measure: Measure) -> str:
    """ "takes home $900,000 as runner-up", "as defeated finalist earns …": the standing said."""
    verb = measure.verb
    if verb is None:
        return ""
    for prep in (c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "as"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if word := _holder_word(obj):
                return word
    return ""


def _holder_before(measure: Measure) -> str:
    """The winner or runner-up named right before an amount, whatever the parse: "the champion receives
    $1.8 million, the runner-up $900,000", "pays the cup winners €1.5 million"."""
    doc = measure.sentence.doc
    first = doc.char_span(measure.mention.start, measure.mention.end, alignment_mode="expand")
    if first is None or first.start == 0:
        return ""
    before = doc[first.start - 1]
    if not any(t.lemma_.lower() in _PRIZE_WORDS for t in measure.sentence):
        return ""
    if before.pos_ == "PROPN" and before.dep_ != "compound" and measure.verb is not None and before.i > measure.verb.i:
        return plain(before.text)  # "X collects $1.8 million, Y $900,000": the name of the second share
    return _holder_word(before)


def _prize_holder(measure: Measure) -> str:
    """Who a prize goes to when no verb of taking says it: "pays the cup winners 3 million", "a winners'
    cheque of SEK 9 million", "the win is worth €1.2 million"."""
    verb = measure.verb
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("dative", "iobj", "dobj") and (word := _holder_word(child)):
                return word
            if child.dep_ == "nsubj" and child.lemma_.lower() in _WINNING and verb.lemma_.lower() in ("be", "worth"):
                return "winner"
    token = measure.noun or measure.anchor
    for _ in range(5):  # "a winner's cheque for $2 million": up through "million", "for", to "cheque"
        for child in token.children:
            if child.dep_ == "poss" and (word := _holder_word(child)):
                return word
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    return ""


def _standing(measure: Measure, holder: str) -> str:
    """ "winner" or "runner-up" for a named player or team the article says won or lost the final,
    else the name as given: "Lind" who "beat Osei" takes the winner's prize."""
    if holder in ("winner", "champion"):
        return "winner"
    if holder in ("runner", "runner-up", "finalist", "loser"):
        return "runner-up"
    won, lost = _results(measure.sentence.doc)
    return "winner" if holder in won and holder not in lost else "runner-up" if holder in lost else holder


def _results(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The names an article gives as winning ("X beat Y", "X won the title") and as beaten (Y)."""
    cached = doc.user_data.get("factcheck_results")
    if cached is None:
        won: set[str] = set()
        lost: set[str] = set()
        for token in doc:
            lemma = token.lemma_.lower()
            if lemma in _WINNING - {"title"} and token.pos_ == "NOUN":
                # "her three-set victory over Mei Lin": the beaten side
                beaten = [o for p in token.children if p.lower_ in ("over", "against") for o in p.children]
                lost |= {w for o in beaten if o.pos_ == "PROPN" for w in _name_words(o)}
                continue
            champion = lemma == "be" and any(c.dep_ == "attr" and _holder_word(c) == "winner" for c in token.children)
            part_of_play = any(c.dep_ == "dobj" and c.lemma_.lower() in _PARTS_OF_PLAY for c in token.children)
            if not (champion or (token.pos_ == "VERB" and lemma in _WON and not part_of_play)):
                continue  # "X beat Y", "X won the cup", "X won 6-4 6-3", "X are champions"; not "X won the first set"
            if any(c.dep_ == "neg" for c in token.children):
                continue  # "who had not won the cup since 1986"
            for child in token.children:
                if child.dep_ == "nsubj" and child.pos_ == "PROPN":
                    won |= _name_words(child)
                if child.dep_ == "dobj" and child.pos_ == "PROPN" and lemma in _BEATING:
                    lost |= _name_words(child)
        cached = (frozenset(won), frozenset(lost))
        doc.user_data["factcheck_results"] = cached
    return cached


def _name_words(name: Token) -> set[str]:
    """The words of a name as keys: "Vale Rovers" gives "vale" and "rovers", so "the Vale" is found."""
    return {plain(t.text) for t in (*(c for c in name.lefts if c.dep_ == "compound"), name) if t.pos_ == "PROPN"}


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
    """The kind of money a word near the amount names, or None; first the one written right after it ("€38m
    in compensation", "$2m as a settlement"), which says what the money is whatever the verb."""
    words = lexicon()
    doc = measure.sentence.doc
    span = doc.char_span(measure.mention.start, measure.mention.end, alignment_mode="expand")
    following = doc[span.end] if span is not None and span.end < measure.sentence.end else None
    after = (
        [o for o in following.children if o.dep_ == "pobj"]
        if following is not None and following.lower_ in ("in", "as")
        else []
    )
    for token in after:
        kind = words.money_nouns.get(token.lemma_.lower()) or words.money_nouns.get(token.lower_)
        if kind:
            return {"what": kind, "scope": measure.scope or ""}
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
        if kind in _RESULTS and (qualifier := metric_qualifier(token)):
            kind = f"{qualifier} {kind}"  # net profit and core operating profit are two figures
        if kind:
            return {"what": kind, "scope": measure.scope or ""}  # whose is unreliable: the fined or the fining
    return None


_RESULTS = {"revenue", "profit", "loss"}  # a company's results, which come in several measures
_MONEY_VERBS = word_classes("money_verbs")  # verb lemma -> kind of money: fine -> fine, pay -> price


def money(notes: Annotations) -> Iterator[Claim]:
    """Every stated amount of money whose sentence says what it is."""
    local = _local_dollar(notes.source.text)
    for claim in measure_claims(notes, "money", "money", about_money):
        if _in_rate_note(notes.source.text, claim.start):
            continue  # "($1 = 85.48 Indian rupees)": the rate the wire converted at, not a sum of the story
        value = claim.value
        if local and isinstance(value, QuantityValue) and value.unit == "USD" and _BARE_DOLLAR.match(claim.text):
            claim = claim.model_copy(update={"value": value.model_copy(update={"unit": local})})
        yield claim


# "C$3.2 million", "A$40m": a dollar named by its country; a bare "$" in the same article is that dollar
_LOCAL_DOLLARS = {"C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD"}
_LOCAL_DOLLAR = re.compile(r"(?<![A-Za-z])(CA?\$|AU?\$|NZ\$|HK\$|S\$)\s?\d")
_BARE_DOLLAR = re.compile(r"^(?:[A-Za-z ]+\s)?\$")  # "$2.3 million", "about $2.3 million"; not "US$" or "C$"


# A wire's conversion note: "($1 = 85.4800 Indian rupees)", "(€1 = $1.08)"
_RATE_NOTE = re.compile(r"\(\s*(?:US)?[$€£¥]\s?1(?:\.0+)?\s*=\s*[^()\n]{1,40}\)")


def _in_rate_note(text: str, start: int) -> bool:
    """True when the amount at `start` sits inside a conversion note."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(m.start() <= start - line_start < m.end() for m in _RATE_NOTE.finditer(line))


def _local_dollar(text: str) -> str:
    """The one local dollar an article writes with its country's letters, or "" when it writes none or several."""
    found = {_LOCAL_DOLLARS[m.group(1)] for m in _LOCAL_DOLLAR.finditer(text)}
    return found.pop() if len(found) == 1 else ""


CONCEPT = Concept(
    name="money",
    label="Amount of money",
    value_kind="quantity",
    comparison=Comparison(relative=0.05),
    priority=20,
    extract=money,
    about_fields=("what", "scope", "when"),
)
