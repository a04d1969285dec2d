"""Which event a word names, and which occasion: the article's own, or another one it mentions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import indices_of
from ..vocab import (
    EVENT_CLASSES,
    EVENT_NOUNS,
    EVENT_VERBS,
    OTHER_OCCURRENCE,
    PHONE_WORDS,
    SETTLEMENT_NOUNS,
    VENUE_ADJECTIVES,
    VENUE_NOUNS,
)
from .article import GATHERINGS, PLACE_LABELS, Article, Event, _canonical_place, _children, _clean_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Every word event_class can name an event by: the only tokens worth asking about.
EVENT_WORDS = frozenset(EVENT_NOUNS) | frozenset(EVENT_CLASSES) | frozenset(EVENT_VERBS) | {"touch", "splash"}


def event_class(token: Token) -> str | None:
    """The class of event a noun or verb names, or None ("talks" → meeting, "phone call" → call).

    Read once per token: the first extractors ask about the same tokens many times over."""
    cache: dict[int, str | None] = token.doc.user_data.setdefault("factcheck_event_class", {})
    if token.i not in cache:
        cache[token.i] = _event_class(token)
    return cache[token.i]


def _event_class(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ in ("NOUN", "PROPN") and (lemma in EVENT_NOUNS or token.lower_ in EVENT_NOUNS):
        if lemma in ("conference", "briefing") and any(c.lower_ in ("press", "news") for c in token.lefts):
            return None
        cls = EVENT_CLASSES.get(lemma) or EVENT_CLASSES.get(token.lower_) or lemma
        if cls in ("meeting", "call") and any(c.lower_ in PHONE_WORDS for c in token.lefts):
            return "call"
        return cls
    if token.pos_ == "VERB" and lemma in ("touch", "splash") and any(c.lower_ == "down" for c in token.children):
        return "landing"  # "touched down", "splashed down"
    if token.pos_ == "VERB" and lemma in EVENT_VERBS:
        if any(w.lower_ in PHONE_WORDS for c in token.children if c.dep_ == "prep" for w in c.subtree):
            return "call"
        return EVENT_VERBS[lemma]
    return None


def _place_of(token: Token) -> Span | None:
    """A place entity said of an event noun or verb: "talks in X", "held at X", "the X talks"."""
    return next(_places_of(token), None)


def _places_of(token: Token) -> Iterator[Span]:
    """Every place entity said of an event noun or verb, nearest first."""
    candidates: list[Token] = [token]
    if token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and token.head.pos_ in ("VERB", "AUX"):
        candidates.append(token.head)
    candidates.extend(
        c for c in token.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ("hold", "take", "convene", "stage")
    )
    for cand in candidates:
        for prep in _children(cand, "prep"):
            if prep.lower_ not in ("in", "at", "inside", "near"):
                continue
            for obj in _children(prep, "pobj"):
                place = _place_entity(obj)
                if place is not None:
                    yield place
    for left in token.lefts:
        if left.dep_ in ("compound", "nmod", "poss") and left.ent_type_ in ("GPE", "LOC", "FAC"):
            span = _entity_span(left)
            if span is not None and not _names_parties(span):
                yield span


def _after_settlement(span: Span) -> bool:
    """True for a name given after "the village of", "the town of"."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lemma_.lower() in SETTLEMENT_NOUNS
    )


def _entity_span(token: Token) -> Span | None:
    """The entity a token belongs to, read from its IOB tags (doc.ents would rebuild every entity)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    from spacy.tokens import Span

    return Span(doc, start, end, label=token.ent_type_)


def _place_entity(token: Token) -> Span | None:
    """The place entity a prepositional object names, looking through "one of the palaces in X's Y"."""
    span = _entity_span(token)
    if span is not None and span.label_ in PLACE_LABELS and not _names_parties(span):
        return span
    if token.lemma_.lower() in SETTLEMENT_NOUNS:
        # "near the village of X": the small model often takes a small place's name for a person's
        from spacy.tokens import Span

        for prep in (p for p in _children(token, "prep") if p.lower_ == "of"):
            for name in (o for o in _children(prep, "pobj") if o.pos_ == "PROPN"):
                start = name.i
                while start > prep.i + 1 and token.doc[start - 1].pos_ == "PROPN":
                    start -= 1
                return Span(token.doc, start, name.i + 1, label="GPE")
    if token.lemma_.lower() in VENUE_NOUNS or token.lower_ in ("one", "part", "some"):
        # "the country's presidential palace in the capital": the town it stands in says more
        for prep in _children(token, "prep"):
            if prep.lower_ in ("of", "in", "at", "inside"):
                for obj in _children(prep, "pobj"):
                    found = _place_entity(obj)
                    if found is not None:
                        return found
        for child in token.children:
            if child.dep_ == "poss" or child.dep_ == "compound":
                span = _entity_span(child)
                if span is not None and span.label_ in PLACE_LABELS:
                    return span
    return None


def _names_parties(span: Span) -> bool:
    """True for "US-Russia" or "U.S. Russia": places side by side name the parties, not where."""
    doc = span.doc
    if "-" in span.text.strip("-") and span.text[0].isupper():
        return True
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.text in ("-", "–") or t.ent_type_ in ("GPE", "NORP") for t in near)


def _venue_of(token: Token) -> Span | None:
    """A named venue below a prepositional object: "the X Palace", "Y's Z complex"; the object itself
    first, so "Harbour Square" is the square, not a harbour."""
    for sub in [token, *(t for t in token.subtree if t.i != token.i)]:
        if sub.pos_ in ("NOUN", "PROPN") and sub.lemma_.lower() in VENUE_NOUNS:
            names = [c for c in sub.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
            if not names and sub.pos_ == "NOUN":
                names = [c for c in sub.lefts if c.dep_ == "amod" and c.lower_ in VENUE_ADJECTIVES]
            if names or sub.pos_ == "PROPN":
                start = min([c.left_edge.i for c in names] + [sub.i])
                while start < sub.i and not (
                    sub.doc[start].pos_ == "PROPN" or sub.doc[start].is_title or sub.doc[start] in names
                ):
                    start += 1
                return sub.doc[start : sub.i + 1]
        span = _entity_span(sub)
        if span is not None and span.label_ == "FAC":
            return span
    return None


def _modifiers(token: Token) -> list[str]:
    """Words that point at another occasion than the article's own ("emergency", "next")."""
    words = [
        c.lower_
        for c in token.children
        if c.dep_ in ("amod", "compound", "det", "nmod") and c.lower_ in OTHER_OCCURRENCE
    ]
    return sorted(set(words))


def event_of(token: Token, article: Article) -> Event | None:
    """The event a noun or verb names, marked when it is another occasion than the article's main one."""
    cls = event_class(token)
    if cls is None:
        return None
    mods = _modifiers(token)
    # "near the village of X" says where this event struck, never that it is another one
    places = [p for p in _places_of(token) if not _after_settlement(p)]
    place = places[0] if places else None
    # "at the country's palace in the capital": one place that is the article's own is enough; a
    # named venue is the article's own place
    other_place = (
        place is not None
        and place.label_ != "FAC"
        and not any(_same_place(article, _canonical_place(p.text), article.main_place) for p in places)
    )
    if not mods and not other_place:
        # The article's own gathering, whatever it calls it: talks, summit, conference.
        return Event("meeting" if cls in GATHERINGS else cls)
    where = _clean_name(re.sub(r"^the\s+", "", place.text, flags=re.I)) if other_place and place is not None else None
    return Event(cls, tuple(mods), where)


def learn_places(article: Article) -> None:
    """Find the article's main place and which place names it nests in each other (X, Y / Y's X / X in Y)."""
    doc = article.doc
    links: dict[str, str] = {}

    def root(name: str) -> str:
        while links.get(name, name) != name:
            name = links[name]
        return name

    def link(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            links[ra] = rb

    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        name = _canonical_place(ent.text)
        head = ent.root
        related: list[Token] = []
        related += [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            related.append(head.head)
        for prep in _children(head, "prep"):
            if prep.lower_ in ("in", "near", "outside"):
                related += _children(prep, "pobj")
        related += [c for c in head.children if c.dep_ == "poss"]
        if head.dep_ == "poss":
            related.append(head.head)
        # "X, Y" where the tokens lie side by side: "Springfield, Illinois".
        after = doc[ent.end : ent.end + 2]
        if len(after) == 2 and after[0].text == "," and after[1].ent_type_ in PLACE_LABELS:
            related.append(after[1])
        for other in related:
            span = _entity_span(other)
            if span is not None and span.label_ in PLACE_LABELS:
                link(name, _canonical_place(span.text))
            elif other.pos_ in ("NOUN", "PROPN"):
                venue = _venue_of(other)
                if venue is not None:
                    link(name, _canonical_place(venue.text))
    article.place_links = {k: root(k) for k in list(links)}
    counts: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i in indices_of(doc, EVENT_WORDS):
        token = doc[i]
        cls = event_class(token)
        if cls is None or _modifiers(token):
            continue
        classes["meeting" if cls in GATHERINGS else cls] += 1
        place = _place_of(token)
        if place is not None:
            name = _canonical_place(place.text)
            counts[name] += 1
            first.setdefault(name, token.i)
    if counts:
        article.main_place = max(counts, key=lambda n: (counts[n], -first[n]))
    if classes:
        article.main_class = classes.most_common(1)[0][0]


def _same_place(article: Article, a: str | None, b: str | None) -> bool:
    """True when two place names can be the same place in this article (equal or nested)."""
    if a is None or b is None or a == b:
        return True
    ra, rb = article.place_links.get(a, a), article.place_links.get(b, b)
    if ra == rb:
        return True
    return a.split()[0] == b.split()[0]
