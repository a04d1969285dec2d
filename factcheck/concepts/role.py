"""People's posts: "Petros Novak, deputy regional governor of X", "the mayor of Y, Jan Kral",
"Chief Financial Officer Ana Berg", "Interim coach Ben Hale".

The frame names the person by a key that survives spelling variants (Kalas/Kallas, Oyelaran/Oyelarin)
and a dropped second surname. Two posts clash when their offices differ (governor and mayor; chief
financial and chief operating officer) or when only one carries a rank (deputy, interim, former).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import lexicon
from ..models import Claim, EventRef, TextValue
from .base import Comparison, Concept, make_claim, plain

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Annotations


def person_key(name: str) -> str:
    """A key for a name that spelling variants share: the given name's consonant skeleton and the
    next name's first letter ("Petros Kalas" and "Petros Kallas" → "ptrs k")."""
    words = lexicon()
    parts = [p for p in re.findall(r"[a-z]+", plain(name)) if p not in words.honorifics]
    if len(parts) < 2:
        return ""
    first = re.sub(r"(.)\1+", r"\1", parts[0][0] + re.sub(r"[aeiouyh]", "", parts[0][1:]))
    return f"{first} {parts[1][0]}"


def normal_title(title: str) -> str:
    """A post as comparable words: lower case, abbreviations written out, "the" and "of …" dropped."""
    words = lexicon()
    text = re.sub(r"\s+of\s+.*$", "", title.lower().strip(" ,."))
    tokens = [t for t in re.findall(r"[a-z][a-z-]*", text) if t not in ("the", "a", "an", "its", "his", "her", "their")]
    out: list[str] = []
    for token in tokens:
        out += words.title_abbreviations.get(token, token).split()
    return " ".join(out)


def _offices(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """(offices, ranks) a post names: "deputy regional governor" → ({governor}, {deputy}); a phrase
    the lexicon knows ("chief financial officer") counts before its words."""
    words = lexicon()
    text = normal_title(title)
    offices: set[str] = set()
    for phrase in sorted((p for p in words.offices if " " in p), key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\b", text):
            offices.add(words.offices[phrase])
            text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    tokens = text.split()
    offices |= {words.offices[t] for t in tokens if t in words.offices}
    ranks = frozenset(t for t in normal_title(title).split() if t in words.rank_words)
    return frozenset(offices), ranks


def names_an_office(title: str) -> bool:
    """True when a post names an office the lexicon knows ("governor"), not just "leader" or "chief"."""
    return bool(_offices(title)[0])


def same_office(a: str, b: str) -> bool:
    """True when two posts name one office the same way ("premier" and "Prime Minister")."""
    (offices_a, ranks_a), (offices_b, ranks_b) = _offices(a), _offices(b)
    return bool(offices_a & offices_b) and not (ranks_a ^ ranks_b) & _OTHER_POST


_OTHER_POST = frozenset({"deputy", "vice", "assistant", "additional", "under", "associate", "junior"})


def roles_relation(a: str, b: str) -> str | None:
    """ "contradiction" when two posts cannot be one, "variance" when one only drops a grade, else None."""
    (offices_a, ranks_a), (offices_b, ranks_b) = _offices(a), _offices(b)
    if not offices_a or not offices_b:
        return None  # "the chief", "a senior official": too loose to clash
    if not offices_a & offices_b or (ranks_a ^ ranks_b) & _OTHER_POST:
        return "contradiction"  # a governor is not a mayor; a deputy governor is not the governor
    return "variance" if ranks_a != ranks_b else None  # "interim coach" and "coach": one says less


def _is_title_word(token: Token) -> bool:
    words = lexicon()
    return (
        token.lower_ in words.title_words
        or token.lower_ in words.rank_words
        or token.lower_ in words.title_abbreviations
    )


def _title_tokens(tokens: list[Token]) -> str:
    """The words of a post among tokens: titles, ranks and the words that say which office, not
    the organisation's name or a possessive ("the company's own")."""
    kept = [
        t
        for t in tokens
        if t.lower_.rstrip(".") not in lexicon().honorifics
        and (
            _is_title_word(t)
            or (
                (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ == "VBG")  # "operating officer", not "said"
                and t.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON")
                and t.lower_ not in ("own",)
                and t.dep_ != "poss"
            )
        )
    ]
    while kept and kept[0].tag_ in ("VBN", "VBD") and not _is_title_word(kept[0]):
        kept = kept[1:]  # "has convicted former minister X": the verb is no part of the post
    if not any(_is_title_word(t) and t.lower_ not in lexicon().rank_words for t in kept):
        return ""
    return " ".join(t.text for t in kept)


def _titles_of(name: Span) -> list[tuple[str, int, int]]:
    """Posts the sentence gives a named person: before the name, in apposition after it, or with the
    name in apposition to the post. Each as (title, start, end) in the text."""
    root = name.root
    found: list[tuple[str, int, int]] = []
    before: list[Token] = []
    i = name.start - 1
    while i >= max(name.sent.start, name.start - 6):
        token = name.doc[i]
        if token.is_punct or token.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or token.dep_ == "poss":
            break
        before.insert(0, token)
        i -= 1
    while before and before[0].tag_ in ("VBN", "VBD") and not _is_title_word(before[0]):
        before = before[1:]  # "has convicted former minister X"
    if before:
        title = _title_tokens(before)
        if title:
            found.append((title, before[0].idx, before[-1].idx + len(before[-1].text)))
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            tokens = [t for t in child.subtree if t.i <= child.i or t.dep_ in ("compound", "amod")]
            title = _title_tokens([t for t in tokens if t.i <= child.i])
            if title:
                found.append((title, tokens[0].idx, child.idx + len(child.text)))
    comma = name.start - 1
    if comma > name.sent.start and name.doc[comma].text == ",":
        # "the mayor of X, Jan Kral": read from the words, whatever the parser made of them
        i = comma - 1
        while i > name.sent.start and name.doc[i].pos_ == "PROPN":
            i -= 1
        if name.doc[i].lower_ == "of" and _is_title_word(name.doc[i - 1]):
            post = name.doc[i - 1]
            tokens = [t for t in post.lefts if t.dep_ in ("compound", "amod")] + [post]
            found.append((_title_tokens(tokens), tokens[0].idx, post.idx + len(post.text)))
            return found
    head = root.head
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "the mayor of X, Jan Kral"
    if root.dep_ == "appos" and head.pos_ == "NOUN":
        tokens = [t for t in head.lefts if t.dep_ in ("compound", "amod")] + [head]
        title = _title_tokens(tokens)
        if title:
            found.append((title, tokens[0].idx, head.idx + len(head.text)))
    return found


def _names(sentence: Span, ents: list[Span]) -> list[Span]:
    """People named in a sentence: PERSON entities, and runs of two or three proper nouns right after a
    post ("Deputy governor Ana Ruiz"), which the small model often labels as organisations."""
    found = [e for e in ents if e.label_ == "PERSON"]
    taken = {t.i for e in found for t in e}
    doc = sentence.doc
    i = sentence.start
    while i < sentence.end:
        if _is_title_word(doc[i]):
            start = i + 1
            while start < sentence.end and (_is_title_word(doc[start]) or doc[start].pos_ in ("ADJ",)):
                start += 1  # the rest of the post: "Chief Financial Officer"
            end = start
            while (
                end < sentence.end
                and doc[end].pos_ == "PROPN"
                and doc[end].is_title
                and end not in taken
                and end - start < 3
            ):
                end += 1
            if end - start >= 2 and (end >= sentence.end or doc[end].pos_ != "PROPN"):
                found.append(doc[start:end])
            i = max(end, i + 1)
        else:
            i += 1
    return found


def roles(notes: Annotations) -> Iterator[Claim]:
    """Every post the body gives a named person."""
    for sentence in notes.sentences:
        if notes.zone(sentence) != "body":
            continue
        for name in _names(sentence, notes.ents_in(sentence)):
            key = person_key(name.text)
            if not key:
                continue
            for title, start, end in _titles_of(name):
                about = {"person": key, "name": name.text}
                # A post belongs to the person, not to the occasion the sentence recalls ("X, the
                # company's finance chief, visited the plant two years ago"); "former" says when it was held.
                yield make_claim(notes, "role", about, TextValue(text=title), start, end, sentence, EventRef())


CONCEPT = Concept(
    name="role",
    label="Post or title",
    value_kind="text",
    comparison=Comparison(exact=True),
    priority=25,
    extract=roles,
    about_fields=("person",),
)
