"""Who took part: people named by verbs of attending, with the role written beside them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import indices_of
from ..models import Claim, PersonValue
from ..vocab import (
    ALONG_PREPS,
    ATTEND_VERBS,
    HONORIFICS,
    PARTY_NOUNS,
    TITLE_WORDS,
)
from .article import Article, Event, _children, _clean_name, _resolve, make_claim
from .events import _entity_span, event_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _persons_in(token: Token) -> list[Span]:
    """Names of people inside a phrase, not looking into clauses hung on it.

    The phrase runs on past its parse over a verbless stretch of names and titles, so a list the
    parser broke up ("led by A B's title C and D" without commas) still yields every name. A name is
    a PERSON entity or, since small models often label unfamiliar names ORG or LOC, a run of two or
    three capitalised words that is neither a title, a place nor an organisation.
    """
    doc = token.doc
    skip: set[int] = set()
    for sub in token.subtree:
        if sub.dep_ in ("relcl", "acl", "ccomp", "advcl", "parataxis", "poss") and sub.i != token.i:
            skip.update(t.i for t in sub.subtree)  # clauses, and "Quayle's" in "Quayle's barrister"
    end = token.right_edge.i
    while end + 1 < len(doc) and _continues_list(doc[end + 1]):
        end += 1
    names: list[Span] = []
    segment: list[Token] = []
    for i in range(token.left_edge.i, end + 2):
        word = doc[i] if i <= end and i not in skip else None
        starts_person = word is not None and word.ent_iob_ == "B" and word.ent_type_ == "PERSON"
        if word is None or not _segment_word(word) or (starts_person and segment):
            if segment:
                name = _trim_name(doc[segment[0].i : segment[-1].i + 1])
                if name is not None:
                    names.append(name)
            segment = []
        if word is not None and _segment_word(word) and (segment or word.lower_ not in _NAME_PARTICLES):
            segment.append(word)
    return names


def _segment_word(token: Token) -> bool:
    """A word that can be part of a personal name: capitalised, not a title, not a place."""
    if token.lower_ in _NAME_PARTICLES:
        return True
    if not _name_word(token) or (token.lower_ in TITLE_WORDS and token.lower_ not in HONORIFICS):
        return False
    return token.ent_type_ != "NORP"


def _name_word(token: Token) -> bool:
    return (
        token.pos_ in ("PROPN", "NOUN", "ADJ")
        and (token.is_title or (token.is_upper and len(token) > 1))
        and token.ent_type_ not in ("DATE", "CARDINAL")
    )


def _name_particle(doc: Doc, i: int, end: int) -> bool:
    """ "bin", "al", "van", "de" inside a name ("Faisal bin Farhan", "Ursula von der Leyen")."""
    return doc[i].lower_ in _NAME_PARTICLES and i + 1 <= end and _name_word(doc[i + 1])


_NAME_PARTICLES = {
    "bin",
    "bint",
    "ibn",
    "al",
    "el",
    "van",
    "von",
    "der",
    "den",
    "de",
    "da",
    "di",
    "del",
    "la",
    "le",
    "du",
    "dos",
    "abu",
}
_ORG_WORDS = set(
    [
        "fund",
        "ministry",
        "department",
        "council",
        "bank",
        "group",
        "company",
        "corp",
        "corporation",
        "inc",
        "ltd",
        "plc",
        "llc",
        "agency",
        "office",
        "party",
        "university",
        "institute",
        "association",
        "union",
        "committee",
        "commission",
        "foundation",
        "court",
        "police",
        "army",
        "forces",
        "force",
        "news",
        "times",
        "post",
        "press",
        "television",
        "radio",
        "network",
        "service",
        "services",
        "authority",
        "board",
        "federation",
        "league",
        "club",
        "team",
        "airlines",
        "airways",
        "holdings",
        "capital",
        "partners",
        "foods",
        "dairy",
        "energy",
        "motors",
        "house",
        "palace",
    ]
)


def _trim_name(span: Span) -> Span | None:
    """The person's name inside a run of capitalised words, without titles, demonyms or possessives."""
    tokens = list(span)
    while tokens and _leading_non_name(tokens[0], tokens[-1]):
        tokens.pop(0)
    while tokens and (
        tokens[-1].lower_ in TITLE_WORDS
        or tokens[-1].pos_ == "ADJ"
        or tokens[-1].ent_type_ == "NORP"
        or tokens[-1].lower_ in _NAME_PARTICLES
    ):
        tokens.pop()
    while tokens and tokens[-1].is_upper and len(tokens[-1]) <= 3 and len(tokens) > 1:
        tokens.pop()  # "US", "UK": an acronym after a name starts the next title
    if len(tokens) >= 3 and _DEMONYM.search(tokens[-1].text):
        tokens.pop()  # "Kadri Tamm Estonian" (the parser took the nationality into the name)
    while tokens and tokens[0].lower_ in HONORIFICS:
        tokens.pop(0)
    if not tokens:
        return None
    name = span.doc[tokens[0].i : tokens[-1].i + 1]
    if any(_is_person(t) for t in name) or (len(name) == 1 and name.text in _known_surnames(span.doc)):
        return name
    if not 2 <= len(name) <= 4 or any(t.lower_ in _ORG_WORDS or t.lower_ in TITLE_WORDS for t in name):
        return None
    if any(t.ent_type_ in ("NORP", "DATE", "EVENT", "LAW", "PRODUCT") for t in name):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in name):
        # A place-looking name counts only between a title and the end of the phrase: "counsel Ines Moreau".
        before = span.doc[name.start - 1] if name.start > 0 else None
        after = span.doc[name.end] if name.end < len(span.doc) else None
        titled = before is not None and before.lower_ in TITLE_WORDS
        if not titled or (after is not None and (after.lower_ in TITLE_WORDS or after.pos_ == "NOUN")):
            return None
    return name


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic)$")


def _known_surnames(doc: Doc) -> set[str]:
    """Surnames of the people the article names in full, so a later bare "Doe" is known as a person."""
    if "factcheck_surnames" not in doc.user_data:
        doc.user_data["factcheck_surnames"] = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    return doc.user_data["factcheck_surnames"]  # type: ignore[no-any-return]


def _leading_non_name(token: Token, last: Token) -> bool:
    """A title ("Secretary") or a place/organisation word ("US", "Parliament") before a name."""
    if token.lower_ in TITLE_WORDS and token.lower_ not in HONORIFICS:
        return True
    entity = _entity_span(token)
    return entity is not None and entity.label_ in ("GPE", "NORP", "ORG", "LOC") and entity.end <= last.i


def _is_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def _continues_list(token: Token) -> bool:
    return token.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "CCONJ", "PART") or token.text in (",", "'s", "’s")


def _attendance_args(verb: Token) -> list[Token]:
    """The phrases that name who took part, by the verb's voice and frame."""
    lemma = verb.lemma_.lower()
    passive = bool(_children(verb, "agent")) or (verb.tag_ == "VBN" and bool(_children(verb, "auxpass", "nsubjpass")))
    args: list[Token] = []
    if passive:
        args += [p for agent in _children(verb, "agent") for p in _children(agent, "pobj")]
    elif verb.tag_ == "VBG" and _children(verb, "nsubjpass"):
        args += _children(verb, "nsubjpass")  # "Representing the city were A and B"
    elif lemma in ("include", "comprise", "feature"):
        subjects = [_resolve(s) for s in _children(verb, "nsubj")]
        if any(
            s.lemma_.lower() in PARTY_NOUNS or s.lemma_.lower() in ("participant", "attendee", "delegate")
            for s in subjects
        ):
            args += _children(verb, "dobj")
    else:
        args += [_resolve(s) for s in _children(verb, "nsubj")]
        if not args and verb.head.lemma_ == "be" and verb.dep_ in ("csubj", "advcl", "acl", "xcomp"):
            args += _children(verb.head, "attr", "nsubj")
    for prep in _children(verb, "prep"):
        if prep.lower_ in ALONG_PREPS and prep.lower_ != "with":
            args += _children(prep, "pobj")
    return args


def _copula_args(token: Token) -> list[Token]:
    """Who "was present", "was in attendance" or "was part of the delegation"."""
    if token.lemma_ != "be":
        return []
    for child in token.children:
        if child.dep_ == "acomp" and child.lower_ == "present":
            return [_resolve(s) for s in _children(token, "nsubj")] or _children(token, "attr")
        if child.dep_ == "attr" and child.lemma_.lower() in ("part", "member"):
            for prep in _children(child, "prep"):
                if any(o.lemma_.lower() in PARTY_NOUNS for o in _children(prep, "pobj")):
                    return [_resolve(s) for s in _children(token, "nsubj")]
        if child.dep_ == "prep" and child.lower_ == "in" and any(o.lower_ == "attendance" for o in child.children):
            return [_resolve(s) for s in _children(token, "nsubj")]
    return []


def _event_near(verb: Token, article: Article) -> Event:
    """The event an attendance verb is about (its object, subject or relative head), else the main one."""
    near: list[Token] = []
    near += _children(verb, "dobj", "nsubjpass", "nsubj")
    near += [o for p in _children(verb, "prep") for o in _children(p, "pobj")]
    near += [
        p for c in verb.children if c.dep_ == "acomp" for p0 in _children(c, "prep") for p in _children(p0, "pobj")
    ]
    if verb.dep_ == "relcl":
        near.append(verb.head)
    for token in near:
        event = event_of(_resolve(token), article)
        if event is not None:
            return event
    return Event(article.main_class)


_PARTICIPATING = frozenset(ATTEND_VERBS) | {"take", "be"}  # the only verbs participants are read from


def participants(article: Article) -> Iterator[Claim]:
    """People who attended, represented, led, joined or were present: one claim each, with role."""
    for i in indices_of(article.doc, _PARTICIPATING):
        token = article.doc[i]
        lemma = token.lemma_.lower()
        args: list[Token] = []
        if token.pos_ == "VERB" and lemma in ATTEND_VERBS:
            if any(c.dep_ == "neg" for c in token.children):
                continue  # "the minister did not attend": no participant
            args = _attendance_args(token)
        elif token.pos_ == "VERB" and lemma == "take" and any(c.lower_ == "part" for c in token.children):
            args = [_resolve(s) for s in _children(token, "nsubj")]
            if not args and token.tag_ == "VBG":  # "Also taking part were A and B"
                args = [c for c in token.children if c.dep_ in ("dobj", "attr", "nsubjpass") and c.lower_ != "part"]
        elif lemma == "be":
            args = _copula_args(token)
        if not args:
            continue
        event = _event_near(token, article)
        for arg in args:
            for person in _persons_in(arg):
                claim = _person_claim(article, person, event)
                if claim is not None:
                    yield claim


def _person_claim(article: Article, name_span: Span, event: Event) -> Claim | None:
    name = _clean_name(name_span.text)
    if not name:
        return None
    value = PersonValue(name=name, canonical=canonical_person(name), role=role_of(name_span))
    start, end = name_span.start_char, name_span.end_char
    return make_claim(article, "participant", event.subject, value, start, end, name_span.sent, event.about, event.ref)


def canonical_person(name: str) -> str:
    """A person's name reduced for matching: lower case, no honorifics, hyphens as spaces."""
    words = re.sub(r"[-‐]", " ", name.lower()).replace(".", " ").split()
    words = [w for w in words if w not in HONORIFICS]
    return " ".join(words)


_ROLE_STOP = {
    ",",
    ";",
    "(",
    ":",
    "—",
    "--",
    "–",
    "and",
    "or",
    "by",
    "with",
    "were",
    "was",
    "is",
    "are",
    "the",
    "a",
    "an",
}


def role_of(name: Span) -> str | None:
    """The title written beside a name: "Foreign Minister Jane Doe", "Jane Doe, the chief executive"."""
    doc = name.doc
    i = name.start
    while i > 0 and doc[i - 1].lower_ in HONORIFICS:
        i -= 1
    while i > 0:
        before = doc[i - 1]
        verb = before.pos_ in ("VERB", "AUX") and before.dep_ not in ("compound", "amod", "nmod")
        if before.ent_type_ == "PERSON" or before.lower_ in _ROLE_STOP or before.is_space or verb:
            break
        if before.pos_ == "ADP" and before.lower_ not in ("of", "for"):
            break
        i -= 1
    words = [t.text_with_ws for t in doc[i : name.start]]
    role = "".join(words).strip()
    if role.lower().startswith(("of ", "for ")):
        role = ""
    if not role and name.root.dep_ == "appos":
        head = name.root.head
        words = [t.text_with_ws for t in head.subtree if t.i < name.start and t.dep_ != "det"]
        role = "".join(words).strip(" ,")
    role = " ".join(role.split()).strip(" ,")
    words = [w.lower().strip(".") for w in re.split(r"[\s-]+", role)]
    if not role or not any(w in TITLE_WORDS for w in words) or all(w in HONORIFICS for w in words):
        return None
    return role
