"""Who was there and who was not: a state of a person or a body at the story's event.

"in the presence of X", "witnessed by X", "X signed as a witness", "X attended" say X was present;
"in the absence of Y", "Y was absent", "Y did not attend", "Y sent a video message instead" say Y was
not. Two outlets that put one person on both sides contradict each other. The frame is a status
(`state` present, `of` the person's surname); someone there on behalf of a body ("the representative of
the United Nations", "the UN's special envoy, Mara Lind") is keyed by the body's initials, so "UN"
meets "United Nations" whichever envoy each outlet names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import sentence_has
from ..lexicon import word_list
from ..models import Claim, TextValue
from .base import Comparison, Concept, entity_of, make_claim, plain, surname
from .day import MODALS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Annotations

_ENVOYS = frozenset(word_list("envoy_nouns"))  # sent on behalf of a body: keyed by the body
_TITLES = frozenset(word_list("title_words"))
_REMOTE = {"video", "videolink", "video-link", "link", "telephone", "phone"}
_TRIGGERS = frozenset({"presence", "absence", "witness", "attend", "absent", "send", "address", "join", "speak"})
_BODY_LABELS = ("ORG", "GPE", "NORP")
_SMALL_WORDS = {"of", "the", "and", "for", "de", "du", "des", "la", "le"}


def presences(notes: Annotations) -> Iterator[Claim]:
    """Every person or body the body of the article puts at the event, or says was not there."""
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body" or not sentence_has(sentence.doc, sentence, _TRIGGERS):
            continue
        for present, who, words in _readings(sentence):
            if notes.in_quote(who.idx, who.idx + len(who.text)):
                continue
            # the quote is the words that say it, not the name, which other claims quote as a post or a participant
            start, end = words.start_char, words.end_char
            value = TextValue(text="present" if present else "not present")
            for key in _keys(who):
                yield make_claim(notes, "status", {"state": "present", "of": key}, value, start, end, sentence)


def _readings(sentence: Span) -> Iterator[tuple[bool, Token, Span]]:
    """(present or not, who, the words that say it) for each phrase of presence in a sentence."""
    doc = sentence.doc
    for word in sentence:
        lemma = word.lemma_.lower()
        if lemma in ("presence", "absence") and word.dep_ == "pobj" and word.head.lower_ == "in":
            for who in _listed(_objects_of(word)):
                yield lemma == "presence", who, doc[word.head.i : word.i + 2]  # "in the presence of X, and of Y"
        elif lemma == "witness" and word.pos_ == "VERB" and _stated(word):
            agents = [o for c in word.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            for who in _listed(agents):
                yield True, who, doc[word.i : word.i + 1]  # "the signing was witnessed by X, as well as by Y"
        elif lemma == "witness" and word.dep_ == "pobj" and word.head.lower_ == "as" and _stated(word.head.head):
            for who in _listed(_subjects(word.head.head)):
                yield True, who, doc[word.head.head.i : word.i + 1]  # "X and Y signed as witnesses"
        elif lemma == "attend" and word.pos_ == "VERB" and _stated(word, negation=True):
            negation = [c for c in word.children if c.dep_ in ("neg", "aux") and c.i < word.i]
            present = not any(c.dep_ == "neg" for c in negation)
            passive = [o for c in word.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            words = doc[negation[0].i if negation and not present else word.i : word.i + 1]
            for who in _listed(passive or _subjects(word)):
                yield present, who, words  # "X attended", "was attended by X", "X did not attend"
        elif lemma == "absent" and word.dep_ == "acomp" and word.head.lemma_ == "be" and _stated(word.head):
            for who in _listed(_subjects(word.head)):
                yield False, who, doc[word.head.i : word.i + 1]  # "the minister was absent"
        elif word.pos_ == "VERB" and lemma in ("send", "address", "join", "speak") and _remote(word) and _stated(word):
            last = max((c.i for c in word.children if c.dep_ in ("dobj", "prep")), default=word.i)
            for who in _listed(_subjects(word)):
                yield False, who, doc[word.i : doc[last].right_edge.i + 1]  # "sent a video message"


def _stated(verb: Token, negation: bool = False) -> bool:
    """True for a verb that states a fact: not a plan, a wish or a condition; not negated unless asked."""
    if verb.dep_ in ("xcomp", "advcl", "csubj") or any(c.lower_ in MODALS for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False
    return negation or not any(c.dep_ == "neg" for c in verb.children)


def _remote(verb: Token) -> bool:
    """True when a verb says someone took part from afar: "sent a video message", "by video link"."""
    for child in verb.children:
        remote_message = child.dep_ == "dobj" and child.lemma_.lower() == "message"
        if remote_message and any(c.lower_ in _REMOTE for c in child.children if c.dep_ in ("compound", "amod")):
            return verb.lemma_.lower() == "send"  # "said in a video message" is a statement, not an absence
        by_link = child.dep_ == "prep" and child.lower_ in ("by", "via")
        if by_link and any(t.lower_ in _REMOTE for o in child.children for t in o.subtree):
            return True
    return False


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _objects_of(noun: Token) -> list[Token]:
    """What "presence" or "absence" is of, through "and of Y" joined to the first "of"."""
    ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    ofs += [c for of in list(ofs) for c in of.children if c.dep_ == "conj" and c.lower_ == "of"]
    ofs += [c for c in noun.head.children if c.dep_ == "conj" and c.lower_ == "of"]  # "…, and of Y"
    return [o for of in ofs for o in of.children if o.dep_ == "pobj"]


def _listed(heads: list[Token]) -> list[Token]:
    """Each member of the lists the heads open: "X, Y and Z"."""
    found: list[Token] = []
    for head in heads:
        found.append(head)
        found += [c for c in head.conjuncts if c.i > head.i]
    return found


def _keys(who: Token) -> list[str]:
    """A person's plain surname, or the initials of each body a body or an envoy stands for; nothing for
    anything else ("in the absence of evidence")."""
    if who.lemma_.lower() in _ENVOYS:
        return [_initials(body) for body in _bodies_of(who)]
    person = _person_in(who)
    if person is not None:
        # "Minister A and governor B attended", which the model may parse as one name inside another
        inside = [e[-1] for e in who.doc.ents if e.label_ == "PERSON" and e[-1] != who and _listed_with(e[-1], who)]
        return list(dict.fromkeys(plain(surname(p).text) for p in [*inside, person]))
    if who.pos_ == "PROPN" and who.ent_type_ in _BODY_LABELS:
        return [_initials(_entity(who))]
    return []


def _listed_with(name: Token, who: Token) -> bool:
    """True when a name sits in the phrase of `who` as one more of a list, not inside a clause or a
    phrase of its own ("Y" of "X, whose father Y founded the firm", "X of the Y family")."""
    token = name
    while token != who:
        if token.dep_ in ("relcl", "acl", "advcl", "prep", "pobj", "poss", "ROOT"):
            return False
        token = token.head
    return True


def _person_in(who: Token) -> Token | None:
    """The named person a phrase stands for: the name itself, or the one apposed to a post ("the
    minister of justice, Paulo Mendes"), or named after it ("the commissioner of the Union Lena Vogt")."""
    if who.ent_type_ == "PERSON":
        return who
    if who.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in _TITLES for c in who.children):
        return who  # "regional governor Ines Vidal", whatever label the model gave the name
    named = [c for c in who.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if named:
        return named[0]
    inner = [t for t in who.subtree if t.ent_type_ == "PERSON" and t.dep_ in ("pobj", "appos")]
    return inner[0] if inner and who.pos_ == "NOUN" else None


def _bodies_of(envoy: Token) -> list[Span]:
    """The bodies an envoy is sent by: "the UN's envoy", "representatives of the AU and the United Nations"."""
    for child in envoy.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return [_entity(child)]
        if child.dep_ == "prep" and child.lower_ == "of":
            body = next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if body is not None:
                return [_entity(b) for b in (body, *body.conjuncts) if b.pos_ == "PROPN"]
    return []


def _entity(token: Token) -> Span:
    """The name a proper noun is part of: its entity, else the proper nouns it heads."""
    entity = entity_of(token)
    if entity is not None:
        return entity
    start = min((c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=token.i)
    return token.doc[start : token.i + 1]


def _initials(name: Span) -> str:
    """A body's key: its initials ("United Nations" → "un"), or the acronym it is written as ("UN")."""
    words = [t.text for t in name if t.lower_ not in _SMALL_WORDS and t.text[:1].isalpha()]
    if len(words) == 1 and words[0].isupper():
        return words[0].lower()
    if len(words) == 1:
        return plain(words[0])
    return "".join(w[0] for w in words if w[:1].isupper()).lower()


CONCEPT = Concept(
    name="presence",
    label="State of a thing",
    value_kind="text",
    comparison=Comparison(exact=True),
    priority=10,
    extract=presences,
    about_fields=("state", "of"),
    emits="status",
)
