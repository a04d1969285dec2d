"""What a quantity measures, read from the parse: the noun it counts, what happened to it, whose, where.

"Twelve people, among them four paramedics, were treated" gives two measures: 12 people injured,
and four paramedics injured as a part of them. Concepts turn measures into claims; nothing here
decides which facts are worth a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import Lexicon, lexicon, singular, word_classes, word_forms, word_list
from .quantities import Mention
from .tokens import lower_texts, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NEUTRAL = {
    "be",
    "reach",
    "rise",
    "climb",
    "stand",
    "total",
    "number",
    "hit",
    "jump",
    "increase",
    "grow",
    "top",
    "put",
    "remain",
    "amount",
    "exceed",
    "surpass",
    "pass",
    "cross",
    "near",
    "stay",
    "soar",
    "go",
}
# A figure in a list after "among them", or in the breakdown after a total and a colon ("88: 60 in X").
_LISTED_PART = re.compile(r"(?:\b(?:among them|among whom|including)\s+|\d:\s+)[^.;:()]*$", re.I)
_CONFIRMED_STATE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:(?:are|were|is|was|have been|has been)\s+)?(?:now\s+)?confirmed\s+(?P<state>dead|killed|missing|injured)\b",
    re.I,
)
_FALLING = {"fall", "drop", "decline", "dip", "ease", "shrink", "decrease"}
_PART_PREPS = {"among", "including", "include", "of"}
_CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "pcomp", "csubj", "parataxis"}


@dataclass(frozen=True)
class Measure:
    """A quantity with what the sentence says it measures."""

    mention: Mention
    sentence: Span
    anchor: Token  # the number's last token
    noun: Token | None  # the noun it counts or measures
    verb: Token | None  # the verb of its clause
    thing: str | None  # class of the counted noun ("people", "village", "aircraft")
    action: str | None  # class of what happened ("deaths", "evacuated")
    part: str | None  # "of" ("24 of the 36 dead"), "among" ("among them 11"), "whole" (the 36), "held" (one person's)
    scope: str | None  # a narrower scope: a place, "since …", "per …"
    holder: str | None  # whose: "the party won 38 seats"
    primary: Measure | None = None  # for "£100 million ($127m)", the $127m's primary figure


def token_at(sentence: Span, start: int, end: int) -> Token:
    """The last token of the text between two character offsets (the number's syntactic anchor)."""
    doc = sentence.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return min(sentence, key=lambda t: abs(t.idx - start))
    return span[-1]


def read_measure(mention: Mention, sentence: Span, main_places: frozenset[str]) -> Measure:
    """What the mention measures, from the tokens around its number."""
    words = lexicon()
    anchor = token_at(sentence, mention.number_start, mention.number_end)
    top = _number_top(anchor)
    noun = _counted_noun(top, mention)
    part = _is_part(top, noun)
    said = span_text(sentence)  # the sentence's own text: Doc.text would join every token of the article
    at, end = mention.start - sentence.start_char, mention.end - sentence.start_char
    subject = next((t for t in (noun, top) if t is not None and t.dep_ in ("nsubj", "nsubjpass")), None)
    if part is None and subject is None and _LISTED_PART.search(said[max(0, at - 60) : at]):
        part = "among"  # "among them 600 porters and 250 cleaners", "88: 60 in X", however parsed
    among = _among_casualties(words, subject, noun)
    if part is None and among is not None:
        part = "among"  # "31 officers were among the injured"
    verb = _clause_verb(noun or top)
    if part is None and mention.dimension == "count" and _one_more_after(verb, noun or top):
        part = "among"  # "the toll reached 9, after one victim died at dawn": one of the nine
    whole = _is_whole(top)
    action = _action(words, noun, None if whole else verb, top)
    if part == "among" and verb is not None and verb.lemma_.lower() == "include" and verb.head.pos_ == "VERB":
        action = _class_of(words, verb.head) or action  # "231 were injured, including 18 officers": injured
    if among is not None:
        action = among
    if action is not None and noun is not None and _describes_a_noun(words, noun):
        action = None  # "an archipelago of 7,100 islands where people die": the islands did not die
    if (
        action is None
        and verb is not None
        and verb.lemma_.lower() in _HAVING
        and noun is not None
        and noun.lemma_.lower() in _STAFF
    ):
        action = "employed"  # "the mine has some 4,300 workers", "counts with 640 staff": its workforce
    if action == "deaths" and noun is not None and noun.lemma_.lower() == "body" and _recovering(verb):
        action = "recovered"  # "rescuers pulled 15 bodies from the river": bodies found, not the toll
    if _margin(noun or top):
        action = "margin"  # "took the last seat by 212 votes", "by a difference of 122 votes"
    if action == "on board" and _capacity(verb, noun):
        action = "capacity"  # "the boat was approved to carry 1,000 people": what it may carry
    if (
        whole
        and noun is not None
        and noun.lemma_.lower() not in words.casualty_nouns
        and not _modifier_action(words, noun)
    ):
        action = None  # the 32 of "four of the 32 sheds were razed": all the sheds there were, not razed ones
    pronoun = noun is not None and noun.lower_ in ("them", "whom", "those", "these")
    if (
        part == "of"
        and noun is not None
        and not pronoun
        and _class_of(words, noun) is None
        and not _modifier_action(words, noun)
        and not _whole_of_things(words, noun)
    ):
        part = None  # "93 of the 101 lawmakers took part": the verb's count, not a part of one
    own = _own_verb(top)
    if part == "of" and own is not None and (own_action := _class_of(words, own)) is not None:
        part, action = None, own_action  # "12 of the 40 passengers died", "212 of them confirmed": a count of its own
    if whole:
        part = "whole"
    thing = _thing(words, noun, mention)
    if thing is None and action in _PEOPLE_ACTIONS:
        thing = "people"
    if action is None and verb is not None and _defects(verb):
        action = _vote_direction(said)  # "six coalition deputies broke ranks" on the votes in favour
    if noun is None and thing is None and (votes := _OF_THE_VOTES.match(said)) is not None:
        thing, action = "vote", _vote_direction(votes[0])  # "Of the 50 votes in favour, 44 came from …"
    if action in _VOTES and thing in ("lawmaker", "people", None):
        thing = "vote"  # "50 deputies voted for" and "50 votes in favour" are one count
    elif action in _VOTES and thing not in ("vote", "signatory") and thing not in words.person_nouns:
        action = _action(words, noun, verb, top, skip=_VOTES)  # "pumps backed by six tankers": only voters vote
    if action is None and thing in ("protester", "demonstrator", "marcher"):
        action = "attended"  # "several hundred protesters gathered": the size of a crowd
    if action == "attended" and thing in (
        "crowd",
        "fan",
        "attendance",
        "spectator",
        "people",
        "organiser",
        "protester",
        "demonstrator",
        "supporter",
        None,
    ):
        thing = "people"  # "a crowd of 37,000", "40,000 spectators", "attendance of 38,412"
    if thing == "signature" or (action == "signed" and (thing in (None, "people") or thing in words.person_nouns)):
        thing, action = "signatory", "signed"  # "signed by 39 deputies" and "backed by 41 signatures" are one count
    if action in ("confirmed", "suspected") and (state := _CONFIRMED_STATE.match(said, end)):
        action = words.action(state["state"].lower()) or action  # "14 people are now confirmed dead": deaths
    tally = _tally_side(said[end : end + 40])
    if tally is not None and mention.dimension == "count":
        thing, action, part = "vote", tally, None  # "31 for, 12 against and two abstentions"
    elif noun is not None and any(
        c.lower_ in _SPOILT for c in noun.children if c.dep_ in ("amod", "acl", "compound", "nmod")
    ):
        thing, action = "vote", "spoilt"  # "two spoilt ballots" were cast for no side
    size_of = _size_of(noun)
    if size_of is not None:
        action = None  # "set up a panel of nine members": the body's size, whatever befalls the body
    if thing == "vote" and action == "won":
        action = "voted for"  # votes a motion or a candidate won are votes for it
    side = _house_side(noun, verb) if thing in ("vote", "lawmaker", "signatory", "seat") else None
    holder = size_of or _holder(verb, noun) or side
    if part is None and action in _PEOPLE_ACTIONS and _person_holds(verb, noun):
        part = "held"  # "he was looking for his five missing relatives": one family among the missing
    return Measure(
        mention=mention,
        sentence=sentence,
        anchor=anchor,
        noun=noun,
        verb=verb,
        thing=thing,
        action=action,
        part=part,
        scope=_scope(noun, verb, top, frozenset() if part in ("of", "among") else main_places)
        or _per_unit(said[end : end + 60])
        or _to_each(said[end : end + 60]),
        holder=holder,
    )


_VOTES = {"voted for", "voted against", "abstained"}
_DEFECTING = frozenset(word_list("defecting_verbs"))
_SIDES = word_classes("house_sides")  # "coalition" -> governing side
_OF_THE_VOTES = re.compile(r"^\W*of\s+the\s+[\d,]+\s+(?:votes?|ballots?)\s+(?:in\s+favou?r|for|against)\b", re.I)
_IN_FAVOUR = re.compile(r"\b(?:in\s+favou?r|for\s+the\s+motion|supported|backed|voted\s+for)\b", re.I)
_AGAINST = re.compile(r"\bagainst\b", re.I)


def _defects(verb: Token) -> bool:
    """True for a verb of voting against one's own side: "broke ranks", "defected", "rebelled"."""
    objects = [form for c in verb.children if c.dep_ == "dobj" for form in (c.lemma_.lower(), c.lower_)]
    return any(key in _DEFECTING for key in (verb.lemma_.lower(), *[f"{verb.lemma_.lower()} {o}" for o in objects]))


def _vote_direction(said: str) -> str | None:
    """Which way the votes of a sentence went, when it says so once: "in favour" or "against"."""
    yes, no = _IN_FAVOUR.search(said) is not None, _AGAINST.search(said) is not None
    return "voted for" if yes and not no else "voted against" if no and not yes else None


def _house_side(noun: Token | None, verb: Token | None) -> str | None:
    """The side of a house members or votes belong to: "coalition deputies", "deputies of the ruling
    coalition", "44 came from the opposition benches"; the opposition's 44 never meet the whole 50."""
    places: list[Token] = []
    if noun is not None:
        places += [c for c in noun.children if c.dep_ in ("amod", "compound")]
        places += [o for p in noun.children if p.lower_ in ("of", "from") for o in p.children if o.dep_ == "pobj"]
    elif verb is not None:
        places += [o for p in verb.children if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    for word in places:
        for candidate in (word, *[c for c in word.children if c.dep_ in ("amod", "compound")]):
            if (side := _SIDES.get(candidate.lower_)) is not None:
                return side
    return None


# A side of a tally: the figure, perhaps "votes", then the side, then the next item or the clause's end.
_TALLY_ITEM = re.compile(
    r"^\s+(?:(?:votes?|ballots?)\s+)?(?P<side>for|in\s+favou?r|against|abstentions?|abstained)"
    r"(?=\s*(?:[,;.)]|and\b|with\b|$))",
    re.I,
)
_SPOILT = {"invalid", "spoilt", "spoiled", "void", "blank", "null"}
_TALLY_SIDES = {"for": "voted for", "against": "voted against"}


def _tally_side(after: str) -> str | None:
    """The side a tally figure counts, from the words right after it: "31 for," "12 against and"."""
    found = _TALLY_ITEM.match(after)
    if found is None:
        return None
    side = found["side"].lower()
    if side.startswith("in"):
        return "voted for"
    return _TALLY_SIDES.get(side, "abstained")


_PEOPLE_ACTIONS = {
    "deaths",
    "injured",
    "missing",
    "evacuated",
    "displaced",
    "rescued",
    "arrested",
    "infected",
    "vaccinated",
    "quarantined",
    "attended",
    "on board",
    "charged",
    "convicted",
    "acquitted",
}


_WRAPPERS = set(word_list("count_wrappers"))  # "the number of people missing": the number only wraps
_WINNING = set(word_list("margin_verbs"))  # "won by 212 votes": the margin
_RECOVERING = set(word_list("recovering_verbs"))  # "pulled 15 bodies from the river"
_ALLOWING = set(word_list("allowing_verbs"))  # "licensed to carry 60": a capacity
_ADMIN = set(word_list("admin_areas"))  # "Tanabe district"
_COUNTRY_NAMES = word_classes("country_names")  # "u.s." -> "united states"


def _describes_a_noun(words: Lexicon, noun: Token) -> bool:
    """True for a count that describes another noun ("an archipelago of 7,100 islands"), unless that
    noun says what happened ("the evacuation of seven villages") or is a group ("a family of five")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
        return False
    owner = noun.head.head
    return (
        owner.lemma_.lower() not in _WRAPPERS
        and owner.lower_ not in ("%", "percent", "cent")  # "41.5% of the 110,000 registered voters": a share
        and not owner.like_num
        and _class_of(words, owner) is None
        and owner.lemma_.lower() not in words.casualty_nouns
        and owner.lemma_.lower() not in words.person_nouns
        and owner.lemma_.lower() not in words.people
    )


def _margin(token: Token) -> bool:
    """True for the figure a contest was won by: "won by 212 votes", "a margin of nine points", "the margin
    is about 2,700 votes"."""
    if token.lemma_.lower() in ("margin", "difference") and token.pos_ == "NOUN":
        return True  # "a margin of 2,076 over her rival": the figure's noun is the margin itself
    if token.dep_ in ("attr", "dobj") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ("margin", "difference") for c in token.head.children
    ):
        return True
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower() in ("margin", "difference")
    ):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lemma_.lower() in _WINNING


def _recovering(verb: Token | None) -> bool:
    """True when bodies are recovered, found or pulled out: a count of bodies, not of the dead."""
    return verb is not None and verb.lemma_.lower() in _RECOVERING


def _capacity(verb: Token | None, noun: Token | None) -> bool:
    """True for what a vessel or a hall may hold ("approved to carry", "a capacity of")."""
    if noun is not None and any(a.lemma_.lower() == "capacity" for a in [noun.head, noun.head.head]):
        return True
    return verb is not None and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _ALLOWING


def _person_holds(verb: Token | None, noun: Token | None) -> bool:
    """True when a named person or "his"/"her" has the people counted: a family, not the event's count."""
    if noun is not None and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "my") for c in noun.children):
        return True
    if verb is None:
        return False
    return (
        any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children)
        and noun is not None
        and any(c.dep_ == "poss" for c in noun.children)
    )


def _among_casualties(words: Lexicon, subject: Token | None, noun: Token | None = None) -> str | None:
    """What befell a group said to be among the victims: "31 officers were among the injured", "among the
    injured were six firefighters", "the dead included 11 children and four women"."""
    group = noun
    while group is not None and group.dep_ == "conj":
        group = group.head  # "11 children and four women": the women stand where the children do
    verb = (
        subject.head
        if subject is not None
        else group.head
        if group is not None and group.dep_ in ("attr", "dobj")
        else None
    )
    if verb is None:
        return None
    if verb.lemma_.lower() in ("be", "remain"):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"):
            for victims in (o for o in prep.children if o.dep_ == "pobj"):
                if victims.lemma_.lower() in words.casualty_nouns or victims.lower_ in words.casualty_nouns:
                    return _class_of(words, victims)
                if victims.lower_ in ("those", "people"):  # "among those hurt", "among the people killed"
                    said = [c for c in victims.children if c.dep_ in ("acl", "relcl", "amod")]
                    found = next((a for c in said if (a := _class_of(words, c))), None)
                    if found:
                        return found
    if verb.lemma_.lower() == "include" and group is not None and group.dep_ == "dobj":
        for victims in (c for c in verb.children if c.dep_ == "nsubj"):
            if victims.lemma_.lower() in words.casualty_nouns or victims.lower_ in words.casualty_nouns:
                return _class_of(words, victims)
    return None


def _own_verb(top: Token) -> Token | None:
    """The verb the number itself is the subject of ("12 died"), or its own participle ("212 of them confirmed")."""
    if top.dep_ in ("nsubj", "nsubjpass") and top.head.pos_ in ("VERB", "AUX"):
        return top.head
    return next((c for c in top.children if c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ")), None)


def _whole_of_things(words: Lexicon, noun: Token) -> bool:
    """True for the carriages of "four of the train's six carriages left the rails": things (not people,
    votes, seats or districts, whose "93 of the 101" is the verb's own count) with their whole beside
    them, so the four are a part of the six, whatever they did."""
    lemma = noun.lemma_.lower()
    if lemma in words.person_nouns or lemma in _VOTED_THINGS or lemma in _AREAS:
        return False
    return any(c.like_num and c.dep_ == "nummod" for c in noun.children)


_VOTED_THINGS = {"vote", "ballot", "seat", "signature"}
_AREAS = frozenset(word_list("area_nouns"))


def _is_whole(top: Token) -> bool:
    """True for Y in "X of the Y lawmakers": the whole a part is taken from."""
    noun = top.head if top.dep_ == "nummod" else None
    if noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.i < noun.head.head.i  # "Of the 40 passengers, 12 died": fronted, the whole
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num


def _one_more_after(verb: Token | None, counted: Token) -> bool:
    """True for a figure in an "after …" clause whose main clause gives a figure of its own: "the toll
    reached 9 after one more victim died", "rose to 12 after two patients succumbed": the figure added."""
    if counted.dep_ == "pobj" and counted.head.lower_ == "after":
        clause, main = counted.head, counted.head.head  # "reached 9, after one victim …", however parsed
    elif (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children)
    ):
        clause, main = verb, verb.head
    else:
        return False
    if main.lemma_.lower() not in _TOLL_RISING:
        return False  # "fined the firm after a crush left nine dead": the nine are the story's toll
    own = {t.i for t in clause.subtree}
    return any(t.like_num and t.i not in own for t in main.subtree)


_TOLL_RISING = {"reach", "rise", "climb", "increase", "jump", "grow", "mount", "hit", "stand"}


def _modifier_action(words: Lexicon, noun: Token) -> bool:
    """True when the noun's own modifiers say what happened to it ("the injured civilians")."""
    return any(
        _class_of(words, c) or (c.dep_ == "amod" and c.lower_ in _ON_THE_ROLL)
        for c in noun.children
        if c.dep_ in ("amod", "acl", "relcl")
    )


def _number_top(anchor: Token) -> Token:
    """Climb from the number through its own words ("1.8" → "million") to the token that links it to the clause."""
    token = anchor
    for _ in range(4):
        head = token.head
        if (
            head.i == token.i
            or head.pos_ != "NUM"
            or token.dep_ not in ("compound", "quantmod", "nummod", "conj", "prep", "pobj", "cc")
        ):
            break
        token = head
    return token


_TALLY = {"number", "total", "tally", "count", "figure", "toll"}


def _counted_noun(top: Token, mention: Mention) -> Token | None:
    """The noun the number counts, looking through "the number of" / "the total of" to what is counted."""
    noun = _counted_noun_or_tally(top, mention)
    if noun is not None and noun.lemma_.lower() in _TALLY:
        counted = [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        if counted and counted[0].pos_ in ("NOUN", "PROPN"):
            return counted[0]  # "the number of people who have died has risen to 41"
    return noun


def _counted_noun_or_tally(top: Token, mention: Mention) -> Token | None:
    """The noun the number counts or measures: "1,500 people", "1,500 of the residents", "a toll of 41"."""
    if mention.dimension == "count":
        of_objects = [
            o for p in top.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        if of_objects and of_objects[0].pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
            return of_objects[0]
    if top.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod", "nmod", "appos") and top.head.pos_ in (
        "NOUN",
        "PROPN",
        "ADJ",
    ):
        if (
            mention.dimension == "count"
            and top.head.dep_ == "compound"
            and top.head.head.pos_ == "NOUN"
            and top.head.i < top.head.head.i
            and top.nbor(1).text != "-"  # a "21-member commission" counts members
        ):
            return top.head.head  # "32 work sheds": the sheds are counted, "work" only says which
        return top.head
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in ("NOUN", "PROPN"):
        return top.head.head  # "a crowd of 80,000", "a toll of 41"
    if top.dep_ in ("dobj", "attr", "pobj", "npadvmod", "oprd") or (top.dep_ in ("nsubj", "nsubjpass")):
        verb = top.head if top.dep_ != "pobj" else top.head.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != top.i]
        attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd") and c.i != top.i]
        if top.dep_ in ("nsubj", "nsubjpass") and attrs and attrs[0].lemma_.lower() in lexicon().casualty_nouns:
            return attrs[0]  # "Three are the dead"
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != top.i]
        if top.dep_ == "pobj" and objects and verb.lemma_.lower() in ("put", "estimate", "set", "place", "peg", "fix"):
            return objects[0]  # "organisers put the attendance at 38,412"
        if subjects and verb.lemma_.lower() in _NEUTRAL and subjects[0].pos_ in ("NOUN", "ADJ", "VERB", "PROPN"):
            return subjects[0]  # "the toll rose to 41", "the injured reach 17", "turnout was 61 percent"
        if subjects and verb.lemma_.lower() in _FALLING and subjects[0].lemma_.lower() in _TALLY:
            return subjects[0]  # "the number of people missing fell to five"
    return None


def _is_part(top: Token, noun: Token | None) -> str | None:
    """How a count is a share of another: "of" ("24 of the 36", "11 of them"), "among" ("among them 11",
    "including 300"), or None."""
    taken_from = noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == top.i
    if noun is not None and taken_from:
        pointers = ("them", "whom", "those", "these", "the")
        if any(c.like_num or c.lower_ in pointers for c in [noun, *noun.children]):
            return "of"
    if any(
        c.lower_ == "among" and any(o.lower_ in ("them", "whom", "those", "these") for o in c.children)
        for c in top.children
    ):
        return "among"  # "31 in hospital, 3 among them critical": a part of the 31
    for token in (top, noun):
        if token is None:
            continue
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in _PART_PREPS - {"of"}:
            return "among"
        if token.dep_ in ("pobj", "dobj") and head.lemma_.lower() in ("include", "including", "among"):
            return "among"
    return None


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a token belongs to, climbing through nouns and prepositions."""
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _phrase_lemma(token: Token) -> list[str]:
    """Ways to look a word up: its compound ("fire engine"), its lemma, its text, with a particle ("lay off")."""
    compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    found = []
    if compounds:
        found.append(" ".join([*(c.lower_ for c in compounds), token.lemma_.lower()]))
    particles = [
        c.lower_
        for c in token.children
        if c.dep_ in ("prt", "prep", "dobj")
        or (c.dep_ == "advmod" and c.lower_ in ("out", "off", "away", "down", "back"))
    ]  # "walked out", which the model may take for an adverb
    particles += [c.lower_ for c in token.children if c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in _STATES]
    found += [  # "taken to hospital"
        f"{token.lemma_.lower()} {p.lower_} {o.lower_}"
        for p in token.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    found += [f"{token.lemma_.lower()} {p}" for p in particles]
    found += [
        f"{token.lemma_.lower()} {c.lemma_.lower()}" for c in token.children if c.dep_ == "dobj"
    ]  # "lost their lives"
    if token.lower_ in ("in", "at", "on"):  # "in intensive care", "on the run": the phrase as written
        found += [token.doc[token.i : c.i + 1].text.lower() for c in token.children if c.dep_ == "pobj"]
    if token.i > 0 and token.doc[token.i - 1].lower_ == "at" and token.pos_ == "ADJ":
        found.append(f"at {token.lower_}")  # "still at large", the model's adverb and adjective
    if token.pos_ == "NOUN" and token.lemma_.lower() != token.lower_:
        found += [token.lemma_.lower(), token.lower_]  # "planes" is a plane, never a "plan" with an ending cut
    else:
        found += word_forms(token.lemma_, token.text)
    return found


_STATES = {
    "ill",
    "sick",
    "unwell",
    "free",
    "loose",
    "inside",
}  # "fell ill", "taken ill", "broke free": the verb with its state


def _class_of(words: Lexicon, token: Token | None) -> str | None:
    if token is None or _victims_of_no_death(token):
        return None
    for key in _phrase_lemma(token):
        found = words.action(key)
        if found:
            return found
    return None


_DEATH_WORDS = frozenset(
    w for w, c in word_classes("actions").items() if c == "deaths" and " " not in w and w != "victim"
)


def _victims_of_no_death(token: Token) -> bool:
    """True for "victims" in a sentence that tells of no death ("the fraud's 2,316 victims", "dozens of
    victims outside court"): the people a fraud or a crime wronged, not a toll."""
    return token.lemma_.lower() == "victim" and not any(
        t.lemma_.lower() in _DEATH_WORDS or t.lower_ in _DEATH_WORDS for t in token.sent
    )


def _participle_after(number: Token) -> Token | None:
    """The participle written right after a figure in a list of tolls ("40 hurt", "9 arrested", "26
    missing"), which says what befell it; not one with its own object ("12 killed 40 injured")."""
    if number.pos_ != "NUM" or number.i + 1 >= len(number.doc):
        return None
    after = number.doc[number.i + 1]
    if after.tag_ not in ("VBN", "VBD", "JJ", "NN") or any(
        c.dep_ in ("dobj", "nummod") and c.i != number.i for c in after.children
    ):
        return None
    if after.tag_ == "NN" and after.lemma_.lower() != after.lower_:
        return None  # a plural or other noun form, not a participle the model took for a noun
    return after


def _action(
    words: Lexicon, noun: Token | None, verb: Token | None, top: Token, skip: frozenset[str] | set[str] = frozenset()
) -> str | None:
    """What happened to what is counted, nearest word first: "injured people", "were killed", "evacuation of"."""
    candidates: list[Token] = []
    if noun is not None:
        if noun.lemma_.lower() in words.casualty_nouns or noun.lower_ in words.casualty_nouns:
            candidates.append(noun)  # "the dead", "the toll": the noun says it all
        candidates += [c for c in noun.children if c.dep_ in ("amod", "acl", "relcl")]
        candidates += [g for c in noun.children if c.dep_ == "relcl" for g in c.children if g.dep_ in ("acomp", "oprd")]
        candidates += [  # "people listed as missing"
            g
            for c in noun.children
            if c.dep_ == "acl"
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for g in p.children
        ]
        candidates += [o for p in noun.children if p.dep_ == "prep" for o in p.subtree if o.pos_ == "NOUN"][:3]
        if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
            candidates.append(noun.head.head)  # "the evacuation of seven villages"
    # The figure's own participle comes before the clause's verb: "killed and more than a dozen injured".
    candidates += [c for c in top.children if c.dep_ in ("amod", "acl")]
    if (
        top.dep_ in ("nsubj", "nsubjpass")
        and (verb is None or top.head.i != verb.i)
        and top.head.pos_ in ("ADJ", "NOUN", "VERB")
    ):
        candidates.append(top.head)  # "212 injured and 17 missing": the second figure's own word
    if (following := _participle_after(top)) is not None:
        candidates.insert(0, following)  # "12 killed, 40 hurt and 9 arrested", however the parser joined them
    if verb is not None:
        candidates.append(verb)
        candidates += [c for c in verb.children if c.dep_ in ("acomp", "oprd", "attr", "xcomp", "dobj", "prt")]
        candidates += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")]
        if verb.lemma_.lower() in _NEUTRAL:
            candidates += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            candidates += [
                g
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for g in c.children
                if g.dep_ in ("compound", "amod")
            ]
        if verb.lemma_.lower() == "vote":
            candidates += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "for")]
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ == "VERB":
            candidates.append(verb.head)
    if noun is not None:
        # A noun modifier says less than the verb: the "work sheds" were razed, not deployed.
        if verb is not None:
            candidates += [c for c in noun.children if c.dep_ == "compound"]
        candidates.append(noun)  # "12 passengers" with no verb that says more: on board
    described = None
    for token in candidates:
        if token.dep_ == "amod" and token.lower_ in _ON_THE_ROLL and noun is not None and token.head.i == noun.i:
            return "registered"  # "110,000 registered voters": who may vote, not who voted
        found = _class_of(words, token)
        if found in _DESCRIPTIONS and noun is not None and token.head.i == noun.i:
            described = (
                described or found
            )  # "36 men working on that level were cut off": who they are, not what befell them
            continue
        if found and found not in skip:
            return found
    return described


_ON_THE_ROLL = frozenset(word_list("roll_words"))
_LEGISLATURES = {"parliament", "congress", "assembly", "council", "senate", "house", "legislature", "chamber", "duma"}
_HAVING = {"have", "count", "number", "total"}
_STAFF = {"worker", "employee", "staff", "staffer", "workforce", "miner"}
_DESCRIPTIONS = {"employed", "planned"}  # "planned operations were postponed"


_NOMINAL = re.compile(r"(?:tion|sion|ment|ure|al|age)$")  # a noun made of a verb: "cancellation", "closure"


def _thing(words: Lexicon, noun: Token | None, mention: Mention) -> str | None:
    """The class of what is counted ("firemen" → firefighter), "people" for the dead and injured."""
    if noun is None or mention.dimension != "count":
        return None
    lemma = noun.lemma_.lower()
    if _victims_of_no_death(noun):
        return "victim"
    if lemma in words.casualty_nouns or noun.pos_ in ("VERB",) or lemma in ("them", "whom", "those", "they"):
        return "people"
    if lemma == "capacity":
        return "people"  # "a licensed capacity of 300" holds people, as "a capacity of 300 persons" says
    if lemma == "margin":
        return "vote"  # "a margin of 2,076 over her rival": votes, as "a margin of 2,706 votes" says
    if noun.tag_ == "NN" and noun.lower_ == lemma and words.action(lemma) in _PEOPLE_ACTIONS:
        return "people"  # "12 killed, 40 hurt": a participle the model took for a noun
    group = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    if lemma == "member" and group and group[0].lower_ not in _LEGISLATURES:
        return words.thing(group[0].lemma_.lower())  # "two crew members", "six family members": no lawmakers
    if group and _NOMINAL.search(lemma) and words.action(lemma) is not None and group[0].pos_ == "NOUN":
        return words.thing(group[0].lemma_.lower())  # "62 flight cancellations": flights, cancelled
    body = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    body += [c for c in noun.children if c.dep_ == "poss"]  # "the union's 4,200 members"
    if lemma == "member" and body and body[0].lemma_.lower() not in _LEGISLATURES:
        return "member"  # "two members of the organising committee": members of that body, no lawmakers
    for key in _phrase_lemma(noun):
        if key in words.things or key in words.people:
            return words.thing(key)
    if noun.pos_ == "PROPN":
        return None  # "300 Brits": a nationality, kept as a part
    return words.thing(lemma)


_SITES = frozenset(word_list("venue_nouns"))  # "at its plant in X", "at the depot in Y"


def _scope(noun: Token | None, verb: Token | None, top: Token, main_places: frozenset[str]) -> str | None:
    """A narrower scope the sentence gives the figure: a place that is not the story's own, "per …",
    "each", the largest of several. "Since January" is not one: a running count since the event began
    is the event's count."""
    lowers = lower_texts(top.doc)
    near = set(lowers[max(0, top.i - 30) : top.i + 30])  # the words around the figure, for cheap tests first
    heads = (top, top.head, verb)  # "3,000 euros each": the model hangs "each" on the number or its unit
    each = not near.isdisjoint(("each", "apiece"))
    if each and any(
        c.lower_ in ("each", "apiece") and c.dep_ != "det" for h in heads if h is not None for c in h.children
    ):
        # "households will receive 3,000 lei each", "plaintiffs were each awarded": per one of the subject
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        return f"per {subject.lemma_.lower()}" if subject is not None and subject.pos_ == "NOUN" else "each"
    extreme = _extreme(top, noun, verb) if not near.isdisjoint(_EXTREMES) else ""
    if extreme:
        return extreme
    for head in (top, noun, verb):
        if head is None:
            continue
        preps = [c for c in head.children if c.dep_ in ("prep", "dative")]
        preps = [p for p in preps if not _across_colon(top, p)]  # "put the toll at 88: 60 in X, 28 in Y"
        for prep in (p for p in preps if p.i + 1 == len(p.doc) or p.nbor(1).lower_ != "cent"):  # not "per cent"
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            for obj in objects:
                if any(d.lower_ in ("each", "every") for d in obj.children if d.dep_ == "det"):
                    return f"per {obj.lemma_.lower()}"  # "to every household", "for each victim"
                of_each = [
                    o
                    for p in obj.children
                    if p.lower_ == "of"
                    for o in p.children
                    if any(d.lower_ in ("each", "every") for d in o.children if d.dep_ == "det")
                ]
                if of_each and prep.lower_ in ("to", "for"):
                    return f"per {obj.lemma_.lower()}"  # "to the family of each victim": per family
                if (
                    prep.lower_ in ("per", "for")
                    and obj.lower_ in ("household", "family", "person", "victim", "head", "share", "capita")
                ) or prep.lower_ == "per":
                    return f"per {obj.lemma_.lower()}"
                if head is verb and any(t.like_num for t in top.doc[min(top.i, prep.i) + 1 : max(top.i, prep.i)]):
                    continue  # "killed 47, 19 of them in X district": the place is the nearer figure's
                sited = False
                if prep.lower_ in ("at", "in") and obj.lemma_.lower() in _SITES:
                    # "450 jobs at its plant in Vantaborg": the site's place is the figure's, named or not
                    located = [o for p in obj.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
                    if located and located[0].pos_ == "PROPN":
                        obj, sited = located[0], True
                if prep.lower_ in ("in", "at") and (
                    sited or obj.ent_type_ in ("GPE", "LOC", "FAC") or _admin_area(obj)
                ):
                    place = _place_name(obj)
                    if place not in main_places and not any(place in m or m in place for m in main_places):
                        return f"in {place}"
        if not near.isdisjoint(("each", "every")) and any(
            c.dep_ == "det" and c.lower_ in ("each", "every") for c in head.children
        ):
            return f"per {head.lemma_.lower()}"
    if verb is None or "alone" not in lowers[verb.left_edge.i : verb.right_edge.i + 1]:
        return None
    alone = next((t for t in verb.subtree if t.lower_ == "alone"), None)
    if alone is not None and alone.i > 0:
        # "30 died in the district alone", "22 were in Tanabe district alone": a part, named by
        # the place before it, or by the word before when no name is given
        named = [
            t for t in alone.doc[max(alone.sent.start, alone.i - 4) : alone.i] if t.ent_type_ in ("GPE", "LOC", "FAC")
        ]
        if named:
            return f"in {_place_name(named[-1])}"
        return f"{alone.nbor(-1).lower_} alone"
    return None


_EXTREMES = {
    "largest": "largest",
    "biggest": "largest",
    "highest": "largest",
    "smallest": "smallest",
    "lowest": "smallest",
}


def _extreme(top: Token, noun: Token | None, verb: Token | None) -> str:
    """ "largest" or "smallest" for one figure picked out of several: "the biggest single award is
    €450,000", "awarded €480,000, the largest single sum"; never the whole."""
    described = [noun] if noun is not None else []
    # "awarded €480,000 by the High Court, the largest single sum": however the model attached the apposition
    for word in top.doc[top.i + 1 : top.i + 12]:
        if word.is_sent_start:
            break
        if word.dep_ == "appos" and top.i <= word.head.i < word.i:
            described.append(word)
    if verb is not None and verb.lemma_ == "be":
        described += [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != top.i]
    for word in described:
        if any(t.lower_ in ("since", "ever", "record", "history") for t in word.subtree):
            continue  # "their biggest one-day fall since 2020": the figure against the past, not one of several
        for child in word.children:
            if child.dep_ == "amod" and child.lower_ in _EXTREMES:
                return _EXTREMES[child.lower_]
    return ""


# "$4 per gallon", "C$2.3 million (US$1.6 million) every single day": a conversion may stand between
_PER_UNIT = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:a|an|per|each|every|/)\s*(?:single\s+)?([a-z]+(?:-[a-z]+)?)\b", re.I
)


def _per_unit(after: str) -> str | None:
    """ "207 shillings a litre", "$4 per gallon", "€90 a night": a price per unit of a thing."""
    found = _PER_UNIT.match(after)
    if found is None or found.group(1).lower() not in lexicon().unit_nouns:
        return None
    return f"per {singular(found.group(1).lower())}"


_TO_EACH = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:to|for)\s+(?:each|every)\s+(?:([a-z-]+)\s+)?([a-z]+)\b", re.I)
_AFTER_A_NOUN = {"of", "in", "who", "that", "which", "whose", "at", "on", "from"}


def _to_each(after: str) -> str | None:
    """ "50,000 soles (about $13,400) to each bereaved family", "for each family of the dead": an amount
    per family, however parsed."""
    found = _TO_EACH.match(after)
    if found is None:
        return None
    noun = found.group(2).lower()
    if noun in _AFTER_A_NOUN and found.group(1):
        noun = found.group(1).lower()  # "each family of the deceased": the family, not "of"
    return f"per {singular(noun)}"


def _across_colon(figure: Token, word: Token) -> bool:
    """True when a colon or a semicolon stands after the figure and before the word: the breakdown
    that follows a total ("88: 60 in X, 28 in Y") does not narrow the total."""
    return word.i > figure.i and any(t.text in (":", ";") for t in figure.doc[figure.i : word.i])


def _admin_area(token: Token) -> bool:
    """ "Tanabe district", "Orla province": a named area the model did not tag as a place."""
    return token.lemma_.lower() in _ADMIN and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)


def _place_name(token: Token) -> str:
    """A place as a key: "Tanabe" for "Tanabe district", one name for "the U.S." and "the United States"."""
    name = _written_place(token)
    return _COUNTRY_NAMES.get(name, name)


def _written_place(token: Token) -> str:
    if _admin_area(token):
        return " ".join(c.text for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN").lower()
    compounds = [c.text for c in token.lefts if c.dep_ == "compound" and c.ent_type_ == token.ent_type_]
    return re.sub(r"\s+", " ", " ".join([*compounds, token.text])).lower()


def _size_of(noun: Token | None) -> str | None:
    """The noun a hyphenated size describes: "the 120-seat assembly" has 120 seats of its own, and
    "a panel of nine members" is the size of the panel."""
    if noun is None or noun.lemma_.lower() not in lexicon().size_nouns:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head.lemma_.lower()
    if noun.dep_ not in ("amod", "compound", "nmod") or noun.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.i == 0 or noun.doc[noun.i - 1].text != "-" or noun.head.i < noun.i:
        return None
    return noun.head.lemma_.lower()


def _holder(verb: Token | None, noun: Token | None) -> str | None:
    """Who has or wins the amount when a name says so: "the Social Alliance won 38 seats"."""
    if verb is None:
        return None
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.ent_type_ in ("ORG", "NORP", "PERSON", "GPE") and subject.i != (noun.i if noun is not None else -1):
            names = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [subject]
            return names[0].text.lower()  # "Norland Airways" and "Norland" are one holder
        if subject.pos_ == "NOUN" and subject.lemma_.lower() in _CONTENDERS:
            # "the ruling party took 41%", "the opposition won 35%": which side, though it has no name
            said = [c.lower_ for c in subject.lefts if c.dep_ in ("amod", "compound")]
            return " ".join([*said, subject.lemma_.lower()])
    return None


_CONTENDERS = frozenset(word_list("contender_nouns"))
