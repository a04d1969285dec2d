"""Places of a part of the story: which court read the verdict, where a base or a hospital is.

"The verdict was read at the courthouse in X", "will open a base in Y", "a monitoring commission
based in Z", "taken to hospital in W". The frame says what kind of site it is (`site`) and
whether the story opens or closes it (`action`); the value is the town or the named building.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..annotate.tokens import sentence_has
from ..extract.article import _canonical_place, _clean_name
from ..lexicon import word_classes, word_list
from ..models import Claim, PlaceValue
from .base import Comparison, Concept, make_claim
from .day import planned_clause

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Annotations

_AT = {"in", "at", "near", "inside", "outside"}
_PLACED = {"base", "locate", "situate", "install", "instal", "headquarter", "station", "house", "seat"}
_OPENING = {"open", "set", "establish", "create", "build", "launch", "install"}
_CLOSING = {"close", "shut", "shutter", "axe"}
_KEEPING = {"keep", "retain", "maintain"}
_ONLY_OPENED_OR_CLOSED = {"plant"}
# Verbs that give a body its seat; the model lemmatises "installed" as "instal".
_SEATED = {"base", "headquarter", "install", "instal", "seat"}


@lru_cache(maxsize=1)
def _site_classes() -> dict[str, str]:
    return word_classes("site_nouns")


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    """The words a sentence must hold to place a site: a site noun, a verb that seats a body or moves work."""
    return frozenset(_site_classes()) | _SEATED | _MOVING


def _entity(token: Token, sentence: Span, after_in: bool = False) -> Span | None:
    """The place entity a token is part of (a town, a region, a named building); a proper noun the
    model did not label, or took for a person right after "in", counts as a town (the small model
    misses small towns, or takes them for a person or a firm)."""
    places = ("GPE", "LOC", "FAC", "PERSON", "ORG") if after_in else ("GPE", "LOC", "FAC")
    for ent in sentence.ents:
        if ent.start <= token.i < ent.end:
            return ent if ent.label_ in places else None
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return sentence.doc[token.i : token.i + 1]
    return None


def _objects(head: Token, preps: set[str]) -> list[Token]:
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _place_of(site: Token, sentence: Span) -> Span | None:
    """The town or building a site noun is placed in, by its own words or its verb's."""
    for based in (c for c in site.children if c.dep_ == "amod" and c.lemma_.lower() in _SEATED):
        for town in based.children:
            if town.dep_ in ("npadvmod", "compound") and town.i + 1 == based.i - 1 and town.nbor(1).text == "-":
                return _town_before_based(town, sentence)
    heads = [site]
    heads += [c for c in site.children if c.dep_ == "acl" and c.lemma_.lower() in _PLACED]
    verb = _verb_of(site)
    if verb is not None and verb.pos_ == "VERB":
        heads.append(verb)  # "will open a base in Tarvik", "the plant in X will be closed"
    for head in heads:
        for obj in _objects(head, _AT | ({"of"} if head is site else set())):
            place = _entity(obj, sentence, after_in=obj.head.lower_ == "in")
            if place is None:
                place = next(
                    (e for c in obj.children if c.dep_ == "compound" and (e := _entity(c, sentence, after_in=True))),
                    None,
                )  # "at the Tarvik airport": the small model often takes the town for a person
            if place is not None:
                return place
    for left in site.lefts:
        if left.dep_ in ("poss", "compound") and (place := _entity(left, sentence)) is not None:
            return place  # "Lamora's criminal court", "the Tarvik hub"
    return None


def _town_before_based(town: Token, sentence: Span) -> Span | None:
    """The proper nouns of "a New Tarvik-based contractor", whatever label the model gave them: the
    small model often takes a town before "-based" for a product or a firm."""
    if town.pos_ != "PROPN" or not town.text[:1].isupper():
        return None
    start = town.i
    while start > sentence.start and sentence.doc[start - 1].pos_ == "PROPN" and sentence.doc[start - 1].is_title:
        start -= 1
    return sentence.doc[start : town.i + 1]


def _verb_of(site: Token) -> Token | None:
    """The verb whose subject or object the site noun is, through a list ("keep its brand and its hub")."""
    while site.dep_ == "conj" and site.head.pos_ in ("NOUN", "PROPN"):
        site = site.head
    return site.head if site.dep_ in ("dobj", "nsubjpass", "nsubj") else None


def _action(site: Token) -> str:
    """Whether the story opens or closes the site: two sources may name different plants to close."""
    verb = _verb_of(site)
    if verb is None:
        return ""
    lemma = verb.lemma_.lower()
    if lemma in _KEEPING:
        return "kept"  # the hub a firm keeps is not the base it opens
    return "opened" if lemma in _OPENING else "closed" if lemma in _CLOSING else ""


def sites(notes: Annotations) -> Iterator[Claim]:
    """Every site of the story the body places in a town or a named building."""
    classes = _site_classes()
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body":
            continue
        if sentence_has(sentence.doc, sentence, _HIT):
            for worst, area in _worst_hit(sentence):
                if not notes.in_quote(worst.start_char, worst.end_char):
                    yield _site_claim(notes, sentence, worst, {"site": f"worst-hit {area}", "action": ""})
        if not sentence_has(sentence.doc, sentence, _site_words()):
            continue
        for token in sentence:
            if (moved := _production_moved_from(token, sentence)) is not None:
                yield _site_claim(notes, sentence, moved, {"site": "plant", "action": "closed"})
                continue
            kind = classes.get(token.lemma_.lower())
            based = [c for c in token.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in _SEATED]
            if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _SEATED:
                based.append(token.head)  # "the commission will be installed in X"
            if kind is None and based and token.pos_ == "NOUN":
                kind = f"headquarters of the {token.lemma_.lower()}"  # "a commission, based in X"
            if kind is not None and token.pos_ == "PROPN" and not notes.in_quote(token.idx, token.idx + 1):
                named = _named_site(token, sentence)
                if named is not None and _one_of_several(sentence, kind):
                    continue  # "taken to three hospitals: 71 to X, 34 to Y": a list, no one hospital
                if named is not None:
                    action = "died" if _died_there(named.root.head.head) else ""
                    yield _site_claim(notes, sentence, named, {"site": kind, "action": action}, level="venue")
                continue
            if kind is None or token.pos_ != "NOUN" or notes.in_quote(token.idx, token.idx + 1):
                continue
            if token.tag_ == "NNS":
                continue  # "picket lines outside hospitals in A, B and C": many sites, no one place
            about = {"site": kind, "action": _action(token)}
            if kind in _NAMED_BEFORE and (named := _name_before(token)) is not None:
                yield _site_claim(notes, sentence, named, about, level="venue")  # "at San Vitale hospital"
                continue
            place = _place_of(token, sentence)
            if place is None:
                continue
            if kind in _ONLY_OPENED_OR_CLOSED and not about["action"]:
                continue  # "640 jobs at its plant in X": a firm has many plants; which one opens or closes is news
            yield _site_claim(notes, sentence, place, about)


_HIT = frozenset(word_list("hit_participles"))
_WORST = {"worst", "hardest", "most", "badly"}
_AREAS = set(word_list("area_nouns"))


def _worst_hit(sentence: Span) -> Iterator[tuple[Span, str]]:
    """(place, kind of area) for the area a sentence calls the worst hit: "X, the worst-hit district",
    "the hardest-hit region was X", "X was the worst-affected county", "the province of X is the most
    touched", "the district most affected by the outbreak is X"."""
    for word in sentence:
        if word.lemma_.lower() not in _HIT:
            continue
        if not any(c.lower_ in _WORST for c in word.children if c.dep_ == "advmod"):
            continue
        area = word.head if word.dep_ in ("amod", "acl") else None
        if word.dep_ in ("acomp", "attr") and word.head.lemma_ == "be":
            area = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
        if area is None or area.lemma_.lower() not in _AREAS or area.tag_ in ("NNS", "NNPS"):
            continue  # "one of the worst-hit districts" names no one district
        if any(c.lower_ in ("second", "third", "among") for c in area.subtree if c.i < word.i):
            continue  # "the second-worst-hit district"
        place = _named_area(area)
        if place is not None:
            yield _proper_run(place), area.lemma_.lower()


def _named_area(area: Token) -> Token | None:
    """The proper noun an area noun is said to be: in apposition, across "to be", or by "of"."""
    if area.dep_ == "appos" and area.head.pos_ == "PROPN":
        before = area.doc[area.left_edge.i - 2] if area.left_edge.i >= 2 else area.head
        if before.pos_ == "PROPN" and before.nbor(1).text == ",":
            return before  # "in Mavuso and Teleni, the worst-hit district": Teleni, whatever the list's head
        return area.head  # "Teleni, the worst-hit district"
    linked = area.head if area.head.lemma_ == "be" else None
    if linked is not None and area.dep_ == "attr":
        subject = next((c for c in linked.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN":
            return subject  # "Dorvaal was the worst-affected county"
    if linked is not None and area.dep_ == "nsubj":
        named = next((c for c in linked.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        if named is not None:
            return named  # "the hardest-hit region was Dorvaal"
    return next((o for o in _objects(area, {"of"}) if o.pos_ == "PROPN"), None)  # "the province of X"


def _proper_run(token: Token) -> Span:
    """A proper noun with the proper nouns written before it: "Upper Teleni"."""
    start = token.i
    while start > token.sent.start and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].head == token:
        start -= 1
    return token.doc[start : token.i + 1]


_NAMED_BEFORE = {"hospital"}  # "San Vitale hospital", "the St Luke's hospital": the proper noun names the building


def _name_before(site: Token) -> Span | None:
    """The building a site noun names with the proper nouns before it: "San Vitale hospital"."""
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in site.lefts):
        return None
    start = site.i
    while start > 0 and site.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return site.doc[start : site.i + 1] if start < site.i else None


def _site_claim(
    notes: Annotations, sentence: Span, place: Span, about: dict[str, str], level: str | None = None
) -> Claim:
    """A claim that a site of the story is at a place (a town, or a building by its name)."""
    tokens = [t for t in place if t.lower_ != "the"]
    start = tokens[0].idx if tokens else place.start_char
    name = _clean_name(notes.source.text[start : place.end_char])
    if level is None:
        level = "venue" if place.label_ in ("FAC", "ORG") else "city"  # a bare proper noun has no label: a town
    value = PlaceValue(name=name, canonical=_canonical_place(name), level=level)
    return make_claim(notes, "site", about, value, start, place.end_char, sentence)


_MOVING = {"move", "transfer", "shift", "relocate"}
_PRODUCTION = {"production", "output", "manufacturing", "assembly", "operation", "work"}


def _production_moved_from(verb: Token, sentence: Span) -> Span | None:
    """The town a plant's work is moved away from, which is the plant that closes: "production from
    Aldmoor will be moved to its larger site in Kessendorf"; not what someone only wants moved."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MOVING or verb.dep_ in ("xcomp", "ccomp", "oprd"):
        return None
    moved = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in _PRODUCTION]
    if not moved:
        return None
    for head in (*moved, verb):
        for town in _objects(head, {"from"}):
            place = _entity(town, sentence, after_in=True)
            if place is None and town.pos_ == "PROPN" and town.ent_type_ not in ("DATE", "TIME"):
                place = sentence.doc[town.i : town.i + 1]  # a small town the model labels as anything
            if place is not None:
                return place
    return None


_TO_A_SITE = {"to", "at", "in", "into"}


def _named_site(token: Token, sentence: Span) -> Span | None:
    """A building named for what it is, where the story takes someone or something: "taken to Lengau
    Regional Hospital", "treated at St Mary's Hospital", "the verdict was read at Marlow Crown Court",
    "died at the Hospital Provincial de Tarma", "taken to Ospedale San Vitale"."""
    ent = next((e for e in sentence.ents if e.start <= token.i < e.end), None)
    if ent is not None and ent.label_ in ("ORG", "FAC") and ent.root.i == token.i and ent.end - ent.start >= 2:
        name: Span | None = ent
    else:
        name = _proper_name_around(token, sentence)  # the model labels such names anything, or nothing
    if name is None:
        return None
    root = name.root
    if root.dep_ == "appos" and root.head.i in range(name.start, name.end):
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in _TO_A_SITE:
        return None
    governor = root.head.head
    if governor.pos_ != "VERB" and not (governor.pos_ == "NOUN" and governor.lemma_.lower() in _HELD_AT):
        return None  # "taken to X", "the trial at X"; not "a nurse at X"
    if root.head.head.dep_ == "xcomp" or planned_clause(sentence, token.idx):
        return None  # "he will appeal to the Court of Appeal": a court the case may go to, not where it was
    return name


_HELD_AT = {"trial", "hearing", "verdict", "sentencing", "case", "proceedings", "inquest"}  # "the trial at X"
_NAME_LINKS = {"de", "del", "della", "di", "do", "da", "of", "'s"}  # "Hospital Provincial de Tarma"


def _one_of_several(sentence: Span, kind: str) -> bool:
    """True when the sentence speaks of several sites of the kind ("three hospitals", "to hospitals in A and B")."""
    classes = _site_classes()
    return any(t.tag_ == "NNS" and classes.get(t.lemma_.lower()) == kind for t in sentence)


def _proper_name_around(token: Token, sentence: Span) -> Span | None:
    """The run of proper nouns a site word opens or closes ("Ospedale San Vitale", "San Matteo
    Polyclinic"), with the small words inside such names; None when the word is inside the run."""
    doc = sentence.doc

    def in_name(i: int) -> bool:
        t = doc[i]
        return t.pos_ == "PROPN" and t.text[:1].isupper()

    start = token.i
    while start - 1 >= sentence.start and (
        in_name(start - 1)
        or (doc[start - 1].lower_ in _NAME_LINKS and start - 2 >= sentence.start and in_name(start - 2))
    ):
        start -= 1
    end = token.i + 1
    while end < sentence.end and (
        in_name(end) or (doc[end].lower_ in _NAME_LINKS and end + 1 < sentence.end and in_name(end + 1))
    ):
        end += 1
    if end - start < 2 or token.i not in (start, end - 1):
        return None
    return doc[start:end]


def _died_there(verb: Token) -> bool:
    """True when the building is where someone died: "died at X", "was taken to X and died there"."""
    if verb.lemma_.lower() in _DYING:
        return True
    return any(
        c.dep_ == "conj" and c.lemma_.lower() in _DYING and any(a.lower_ == "there" for a in c.children)
        for c in verb.children
    )


_DYING = {"die", "succumb", "pass"}


CONCEPT = Concept(
    name="site",
    label="Place of a site",
    value_kind="place",
    comparison=Comparison(exact=True),
    priority=35,
    extract=sites,
    about_fields=("site", "action"),
)
