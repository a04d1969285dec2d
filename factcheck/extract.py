"""Turn a parsed article into atomic claims, from grammar alone.

Each extractor reads spaCy's parse and entities: a number + time unit that modifies an event noun
is a duration; a counted noun after "agreed on" is a count of agreed points; people named by a
verb of attending took part; a date or place attached to the event's noun or verb says when and
where. Nothing here knows any particular event: the article's own main event is found from the
text (the place most of its event mentions carry), and mentions of other occasions ("an emergency
meeting in <another city>") are kept apart by the place and modifiers they carry.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .dates import describe_date, parse_date
from .ingest import parse_text
from .models import Claim, PersonValue, PlaceValue, QuantityValue, Source, TextValue
from .quantities import HEDGE_PHRASES, SCALE_WORDS, TIME_UNITS, UNIT_WORDS, is_number_word, parse_quantity
from .vocab import (
    AGREE_VERBS,
    AGREEMENT_NOUNS,
    ALONG_PREPS,
    ATTEND_VERBS,
    CASUALTY_CLASSES,
    CHANGE_VERBS,
    COST_WORDS,
    DEAL_WORDS,
    EVENT_CLASSES,
    EVENT_NOUNS,
    EVENT_VERBS,
    GENERIC_PEOPLE,
    HOLDING_VERBS,
    HONORIFICS,
    NEUTRAL_VERBS,
    OTHER_OCCURRENCE,
    PARTY_NOUNS,
    PERSON_NOUNS,
    PHONE_WORDS,
    RESULT_WORDS,
    SENTENCE_VERBS,
    SHARE_OF,
    TITLE_WORDS,
    VENUE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = {"GPE", "LOC", "FAC"}
GATHERINGS = {"meeting", "summit", "conference"}
AGREED_POINTS = "agreed points"
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣∙*+\-–—]|\(?\d{1,2}[.)])\s+\S")
_RELATIVE = {"who", "which", "that", "whom"}
_DURATION_VERBS = {"last", "take", "run", "continue", "stretch", "go", "drag", "extend", "span"}
_HOLD_VERBS = {
    "hold",
    "have",
    "stage",
    "convene",
    "begin",
    "start",
    "open",
    "end",
    "conclude",
    "host",
    "take",
    "resume",
    "wrap",
    "play",
    "occur",
    "happen",
    "strike",
    "hit",
}
_TIME_OF_DAY = {"morning", "afternoon", "evening", "night", "midday", "noon", "dawn", "dusk", "overnight"}
_END_VERBS = {"end", "conclude", "wrap", "close", "finish", "adjourn"}
_TIME_POINT_WORDS = {"ago", "later", "earlier", "old", "away"}
_RELATIVE_WORDS = {"before", "after", "since", "from", "into"}


@dataclass(frozen=True)
class Event:
    """Which occurrence a claim is about: its class and, for other occasions than the main one, a mark."""

    cls: str
    mark: str = ""

    @property
    def subject(self) -> str:
        return f"{self.cls} {self.mark}".strip() if not self.mark.startswith("@") else self.mark[1:]


@dataclass
class Article:
    """What the extractors share about one article: its source, parse and main event."""

    source: Source
    doc: Doc
    reference_date: dt.date | None = None
    main_place: str | None = None
    main_class: str = "meeting"
    place_links: dict[str, str] = field(default_factory=dict)


def extract_claims(source: Source, doc: Doc) -> list[Claim]:
    """Every atomic claim one article makes, in text order, each with its exact span."""
    article = Article(source=source, doc=doc, reference_date=find_reference_date(source.text))
    _learn_places(article)
    claims: dict[str, Claim] = {}
    for extractor in (durations, agreed_counts, participants, event_dates, event_places, scores, contacts):
        for claim in extractor(article):
            claims.setdefault(claim.id, claim)
    # Amounts last: a number another extractor already read ("agreed on four principles") is not read twice.
    taken = [(c.start, c.end) for c in claims.values()]
    for claim in amounts(article):
        if not any(start < claim.end and claim.start < end for start, end in taken):
            claims.setdefault(claim.id, claim)
    return sorted(claims.values(), key=lambda c: (c.start, c.slot, c.subject))


# --- helpers -----------------------------------------------------------------------------------


def claim_id(source: str, slot: str, subject: str, start: int, end: int) -> str:
    """A stable id: the same claim in the same text gets the same id on every run."""
    digest = hashlib.sha1(f"{source}|{slot}|{subject}|{start}|{end}".encode()).hexdigest()
    return digest[:12]


def make_claim(article: Article, slot: str, subject: str, value: object, start: int, end: int, sentence: Span) -> Claim:
    """A claim whose text is exactly source.text[start:end]."""
    text = article.source.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Claim(
        id=claim_id(article.source.id, slot, subject, start, end),
        source=article.source.id,
        slot=slot,
        subject=subject,
        value=value,  # type: ignore[arg-type]
        text=text[start:end],
        start=start,
        end=end,
        sentence=sentence_text(text, sentence),
    )


def sentence_text(text: str, sentence: Span) -> str:
    """The sentence as the source wrote it, on one line, without the blanked furniture around it."""
    words = [t for t in sentence if not t.is_space]
    if not words:
        return ""
    return " ".join(text[words[0].idx : words[-1].idx + len(words[-1].text)].split())


# "ROTTERDAM, 9 October 2024 - …": a wire dateline opens the first paragraph.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s+([^-–—()]{6,30}?)\s*(?:\([^)]*\)\s*)?[-–—]")


def find_reference_date(text: str) -> dt.date | None:
    """The article's own date: a line near the top that holds only a full date (a dateline)."""
    for line in parse_text(text).splitlines()[:25]:
        line = re.sub(r"^(?:published|updated|posted)\s*:?\s*", "", line.strip(), flags=re.I)
        dateline = _DATELINE.match(line)
        if dateline:
            line = dateline.group(1)
        elif "|" in line and len(line) <= 80:
            line = line.rsplit("|", 1)[1].strip()  # "By Staff Reporter | 12 August 2025"
        if 6 <= len(line) <= 40:
            value = parse_date(line)
            if value and value.year and value.month and value.day:
                return dt.date(value.year, value.month, value.day)
    return None


def _resolve(token: Token) -> Token:
    """The antecedent of a relative pronoun ("the meeting, which was attended …" → meeting)."""
    if token.lower_ in _RELATIVE:
        clause = token.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ in ("relcl", "acl"):
            return clause.head
    return token


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _clean_name(text: str) -> str:
    return re.sub(r"[\s\u00a0]+", " ", text).strip(" ,.;:'’\"“”")


def _canonical_place(text: str) -> str:
    text = re.sub(r"^(?:the)\s+", "", _clean_name(text), flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    return text.lower().replace("-", " ")


# --- events --------------------------------------------------------------------------------------


def event_class(token: Token) -> str | None:
    """The class of event a noun or verb names, or None ("talks" → meeting, "phone call" → call)."""
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
                    return place
    for left in token.lefts:
        if left.dep_ in ("compound", "nmod", "poss") and left.ent_type_ in ("GPE", "LOC", "FAC"):
            span = _entity_span(left)
            if span is not None and not _names_parties(span):
                return span
    return None


def _entity_span(token: Token) -> Span | None:
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _place_entity(token: Token) -> Span | None:
    """The place entity a prepositional object names, looking through "one of the palaces in X's Y"."""
    span = _entity_span(token)
    if span is not None and span.label_ in PLACE_LABELS and not _names_parties(span):
        return span
    if token.lemma_.lower() in VENUE_NOUNS or token.lower_ in ("one", "part", "some"):
        for child in token.children:
            if child.dep_ == "poss" or child.dep_ == "compound":
                span = _entity_span(child)
                if span is not None and span.label_ in PLACE_LABELS:
                    return span
        for prep in _children(token, "prep"):
            if prep.lower_ in ("of", "in", "at", "inside"):
                for obj in _children(prep, "pobj"):
                    found = _place_entity(obj)
                    if found is not None:
                        return found
    return None


def _names_parties(span: Span) -> bool:
    """True for "US-Russia" or "U.S. Russia": places side by side name the parties, not where."""
    doc = span.doc
    if "-" in span.text.strip("-") and span.text[0].isupper():
        return True
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.text in ("-", "–") or t.ent_type_ in ("GPE", "NORP") for t in near)


def _venue_of(token: Token) -> Span | None:
    """A named venue below a prepositional object: "the X Palace", "Y's Z complex"."""
    for sub in token.subtree:
        if sub.pos_ in ("NOUN", "PROPN") and sub.lemma_.lower() in VENUE_NOUNS:
            names = [c for c in sub.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
            if names or sub.pos_ == "PROPN":
                start = min([c.left_edge.i for c in names] + [sub.i])
                while start < sub.i and not (sub.doc[start].pos_ == "PROPN" or sub.doc[start].is_title):
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
    place = _place_of(token)
    place_name = _canonical_place(place.text) if place is not None and place.label_ != "FAC" else None
    other_place = place_name is not None and not _same_place(article, place_name, article.main_place)
    if not mods and not other_place:
        # The article's own gathering, whatever it calls it: talks, summit, conference.
        return Event("meeting" if cls in GATHERINGS else cls)
    mark = " ".join(mods)
    subject = f"{mark} {cls}".strip()
    if other_place and place is not None:
        where = _clean_name(re.sub(r"^the\s+", "", place.text, flags=re.I))
        subject += f" in {where}"
    return Event(cls, "@" + subject)


def _learn_places(article: Article) -> None:
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
    for token in doc:
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


# --- numbers -------------------------------------------------------------------------------------


def _is_number(token: Token) -> bool:
    return (
        bool(token.like_num)
        or is_number_word(token.text)
        or token.lower_ in ("dozens", "hundreds", "thousands", "scores")
    )


def quantity_span(first: Token, last: Token) -> tuple[int, int]:
    """Widen a number..unit token range over hedges before it ("the more than", "about") and "-long" after."""
    doc = first.doc
    start = first.i
    if start > 0 and doc[start - 1].text in ("$", "€", "£", "US$"):
        start -= 1
    for phrase in HEDGE_PHRASES:
        n = len(phrase.split())
        if start >= n and " ".join(t.lower_ for t in doc[start - n : start]) == phrase:
            start -= n
            break
    end = last.i + 1
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ("long", "strong"):
        end += 2
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _number_before(unit: Token) -> Token | None:
    """The first token of the number that counts a unit noun ("four - hour", "4.5-hour", "two and a half hours")."""
    doc = unit.doc
    i = unit.i - 1
    if i >= 0 and doc[i].text == "-":
        i -= 1
    if i < 0 or not (_is_number(doc[i]) or doc[i].lower_ in ("a", "an", "half")):
        return None
    while i > 0 and (
        _is_number(doc[i - 1])
        or (doc[i - 1].text == "-" and i > 1 and _is_number(doc[i - 2]))
        or (doc[i - 1].lower_ in ("and", "a", "half") and _is_number(doc[max(i - 2, 0)]))
    ):
        i -= 1
    return doc[i]


def _quantity_claim(article: Article, slot: str, subject: str, first: Token, last: Token) -> Claim | None:
    start, end = quantity_span(first, last)
    value = parse_quantity(article.source.text[start:end].replace("\n", " "))
    if value is None:
        value = parse_quantity(article.doc.text[start:end].replace("\n", " "))
    if value is None:
        return None
    return make_claim(article, slot, subject, value, start, end, first.sent)


# --- durations -----------------------------------------------------------------------------------


def _measured_event(unit: Token, first: Token, article: Article) -> Event | None:
    """The event a time unit measures: "four-hour talks", "talks lasted four hours", "four hours of talks"."""
    head = unit.head
    if unit.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.lower_ in ("long", "-long"):
        head = head.head
    if unit.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN") and head.i > unit.i:
        cls = event_of(head, article)
        if cls is not None:
            return cls
        return Event(head.lemma_.lower())
    for prep in _children(unit, "prep"):
        if prep.lower_ == "of":
            for obj in _children(prep, "pobj"):
                event = event_of(obj, article)
                if event is not None:
                    return event
    verb = head.head if unit.dep_ == "pobj" and head.lower_ in ("for", "over", "to") else head
    if verb.lemma_ in SENTENCE_VERBS and unit.dep_ == "pobj":
        return Event("sentence")  # "jailed for six years" is the length of the sentence
    previous = _previous_word(first)
    if previous is not None and previous.lemma_ in _DURATION_VERBS and previous.pos_ == "VERB":
        verb = previous  # "lasted three hours before …": the parser may hang the hours on "before"
    elif unit.dep_ not in ("dobj", "npadvmod", "attr", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_ in EVENT_VERBS:
        return event_of(verb, article)
    if verb.lemma_ in _DURATION_VERBS:
        holder = verb.head if verb.dep_ == "xcomp" and not _children(verb, "nsubj") else verb  # "is expected to last"
        for subj in _children(holder, "nsubj", "nsubjpass"):
            event = event_of(_resolve(subj), article)
            if event is not None:
                return event
    return None


def _previous_word(token: Token) -> Token | None:
    """The word before a number phrase, skipping a hedge and "for" ("lasted for more than three hours")."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and (
        doc[i].lower_
        in (
            "for",
            "about",
            "around",
            "nearly",
            "almost",
            "some",
            "than",
            "more",
            "over",
            "just",
            "roughly",
            "at",
            "least",
        )
        or doc[i].is_space
    ):
        i -= 1
    return doc[i] if i >= 0 else None


def durations(article: Article) -> Iterator[Claim]:
    """How long events lasted: number + time unit attached to an event noun or verb."""
    for token in article.doc:
        if token.lower_ not in TIME_UNITS or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        following = token.nbor(1) if token.i + 1 < len(article.doc) else None
        if following is not None and following.lower_ in _TIME_POINT_WORDS:
            continue
        first = _number_before(token)
        if first is None:
            continue
        previous = _previous_word(first)
        lasted = previous is not None and previous.lemma_ in _DURATION_VERBS
        if following is not None and following.lower_ in _RELATIVE_WORDS and not lasted:
            continue  # "three hours before the vote" is a time, not a length
        event = _measured_event(token, first, article)
        if event is None:
            continue
        claim = _quantity_claim(article, "duration", event.subject, first, token)
        if claim is not None and isinstance(claim.value, QuantityValue) and claim.value.unit == "hour":
            yield claim


# --- agreed points -------------------------------------------------------------------------------


def _agreement_heads(token: Token) -> list[Token]:
    """Tokens whose "on/to" prepositions hold what was agreed: the verb, or "agreement" after "reach"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in AGREE_VERBS - {"reach", "conclude", "sign", "ratify"}:
        return [token]
    if token.pos_ == "NOUN" and lemma in AGREEMENT_NOUNS:
        return [token]
    return []


def agreed_counts(article: Article) -> Iterator[Claim]:
    """How many points were agreed: "agreed on four principles", or the items of a list after "agreed on:"."""
    for token in article.doc:
        for head in _agreement_heads(token):
            objects = [
                o
                for prep in _children(head, "prep")
                if prep.lower_ in ("on", "to", "upon", "over")
                for o in _children(prep, "pobj")
            ]
            objects += _children(head, "dobj") if head.pos_ == "VERB" else []
            counted = False
            for obj in objects:
                for num in _children(obj, "nummod"):
                    if num.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
                        continue
                    claim = _quantity_claim(article, "count", AGREED_POINTS, num, num)
                    if claim is not None:
                        counted = True
                        yield claim
            if not counted:
                listed = _listed_items(article, head)
                if listed is not None:
                    yield listed


def _listed_items(article: Article, head: Token) -> Claim | None:
    """A count claim for a bulleted or numbered list right after a sentence ending "agreed on:"."""
    sent = head.sent
    tail = [t for t in sent if not t.is_space]
    if not tail or tail[-1].text != ":" or tail[-1].i - head.i > 3:
        return None
    text = article.source.text
    masked = article.doc.text
    position = tail[-1].idx + 1
    items = 0
    end = position
    for line in masked[position:].split("\n")[1:]:
        if _BULLET.match(line):
            items += 1
            end = masked.index(line, end) + len(line.rstrip())
        elif line.strip():
            break
    if items < 2:
        return None
    value = QuantityValue(low=items, high=items, unit=None, qualifier="listed")
    claim = make_claim(article, "count", AGREED_POINTS, value, head.idx, tail[-1].idx + 1, sent)
    block = " ".join(text[sent.start_char : end].split())
    return claim.model_copy(update={"sentence": block})


# --- participants --------------------------------------------------------------------------------


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


def participants(article: Article) -> Iterator[Claim]:
    """People who attended, represented, led, joined or were present: one claim each, with role."""
    for token in article.doc:
        lemma = token.lemma_.lower()
        args: list[Token] = []
        if token.pos_ == "VERB" and lemma in ATTEND_VERBS:
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
    return make_claim(
        article, "participant", event.subject, value, name_span.start_char, name_span.end_char, name_span.sent
    )


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


# --- when and where ------------------------------------------------------------------------------


def _event_for_attachment(token: Token, article: Article) -> Event | None:
    """The event a date or place phrase hangs on: an event noun, an event verb, or "held/took place"."""
    event = event_of(token, article)
    if event is not None:
        return event
    if token.lemma_ in SENTENCE_VERBS | {"convict", "acquit"}:
        return Event("hearing")  # a sentence or verdict is handed down at a hearing
    if token.pos_ in ("VERB", "AUX"):
        if token.dep_ in ("acl", "relcl") and token.lemma_ in _HOLD_VERBS | {"schedule", "plan"}:
            return event_of(token.head, article)
        for arg in _children(token, "dobj", "nsubjpass", "nsubj"):
            arg = _resolve(arg)
            if token.lemma_ in _HOLD_VERBS or arg.dep_ in ("nsubj", "nsubjpass"):
                event = event_of(arg, article)
                if event is not None:
                    return event
    return None


def _joined_date(ent: Span) -> Span:
    """ "Saturday, 14 May" as one date when the parser split it in two entities."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ == "DATE":
        following = _entity_span(doc[ent.end + 1])
        if following is not None:
            return doc[ent.start : following.end]
    return ent


def _planned(token: Token) -> bool:
    """A verb of something yet to happen or only possible: "would start talks on Wednesday"."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    for _ in range(3):
        if any(c.lower_ in _HYPOTHETICAL or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def event_dates(article: Article) -> Iterator[Claim]:
    """When an event took place: a date phrase on the event's noun or verb ("met … on 18 May")."""
    for ent in article.doc.ents:
        if ent.label_ != "DATE":
            continue
        ent = _joined_date(ent)
        value = parse_date(ent.text, article.reference_date)
        if value is None:
            continue
        root = ent.root
        while root.dep_ in ("compound", "nmod", "npadvmod") and root.head.lower_ in _TIME_OF_DAY:
            root = root.head  # "on Sunday evening": the evening carries the attachment
        host = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("on", "in") else root.head
        if root.dep_ not in ("pobj", "npadvmod", "compound", "nmod", "poss", "tmod"):
            continue
        event = _event_for_attachment(host, article)
        if (
            event is None
            and host.dep_ == "pobj"
            and host.head.lower_ in ("near", "at", "in", "outside", "inside", "off")
        ):
            host = host.head.head  # "landed near the pole on Thursday": the date hung on the place
            event = _event_for_attachment(host, article)
        if event is None or _planned(host):
            continue
        subject = f"end of {event.subject}" if host.lemma_ in _END_VERBS else event.subject
        yield make_claim(article, "date", subject, value, ent.start_char, ent.end_char, ent.sent)


def event_places(article: Article) -> Iterator[Claim]:
    """Where an event took place: the venue (a named building) or the town, on the event's noun or verb."""
    seen: set[int] = set()
    for token in article.doc:
        event = event_of(token, article)
        hosts = [token]
        if event is None and token.pos_ == "VERB" and token.lemma_ in _HOLD_VERBS:
            event = _event_for_attachment(token, article)
        if event is None:
            continue
        if token.dep_ in ("dobj", "nsubj", "nsubjpass") and token.head.pos_ == "VERB":
            hosts.append(token.head)
        hosts += [c for c in token.children if c.dep_ in ("acl", "relcl") and c.lemma_ in _HOLD_VERBS]
        for host in hosts:
            for prep in _children(host, "prep"):
                if prep.lower_ not in ("in", "at", "inside") or prep.i in seen:
                    continue
                seen.add(prep.i)
                for obj in _children(prep, "pobj"):
                    yield from _place_claims(article, event, obj)
        for left in token.lefts:
            if left.dep_ in ("compound", "nmod") and left.ent_type_ in ("GPE", "FAC") and left.i not in seen:
                seen.add(left.i)
                span = _entity_span(left)
                if span is not None and not _names_parties(span):
                    yield _place_claim(article, event, span, "venue" if span.label_ == "FAC" else "city")


def _place_claims(article: Article, event: Event, obj: Token) -> Iterable[Claim]:
    venue = _venue_of(obj)
    if venue is not None:
        yield _place_claim(article, event, venue, "venue")
    place = _place_entity(obj)
    if place is not None and (venue is None or not (venue.start <= place.start < venue.end)) and place.label_ != "FAC":
        yield _place_claim(article, event, place, "city" if place.label_ == "GPE" else "region")


def _place_claim(article: Article, event: Event, span: Span, level: str) -> Claim:
    tokens = [t for t in span if t.lower_ != "the"]
    start = tokens[0].idx if tokens else span.start_char
    name = _clean_name(article.source.text[start : span.end_char])
    value = PlaceValue(name=name, canonical=_canonical_place(name), level=level)  # type: ignore[arg-type]
    return make_claim(article, "place", event.subject, value, start, span.end_char, span.sent)


# --- amounts: counts of people and things, money, percentages --------------------------------------

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_PHONE = re.compile(r"\d{3}[-.\s]\d{3,4}")
_AMOUNT_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d$")
_MONTH_NAMES = {m.lower() for m in calendar.month_name if m} | {m.lower() for m in calendar.month_abbr if m}
_LABEL_WORDS = {
    "no",
    "no.",
    "number",
    "#",
    "page",
    "section",
    "article",
    "flight",
    "route",
    "platform",
    "room",
    "chapter",
}
ESTIMATED_SUBJECTS = set(CASUALTY_CLASSES.values())


def _amount_spans(doc: Doc) -> Iterator[Span]:
    """Number phrases that may count or measure something: entities, and bare numbers spaCy left out."""
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in _AMOUNT_LABELS and any(_is_number(t) for t in ent):
            covered.update(range(ent.start, ent.end))
            yield ent
        elif ent.label_ in ("DATE", "TIME", "ORDINAL"):
            covered.update(range(ent.start, ent.end))
    for token in doc:
        if token.i not in covered and token.like_num and token.pos_ == "NUM":
            yield doc[token.i : token.i + 1]


def _not_an_amount(span: Span) -> bool:
    """Years, phone numbers, ages, scores, parts of names and lengths of time are not counts."""
    doc = span.doc
    last = span[-1]
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if len(span) == 1 and _YEAR.match(span.text) and span.label_ != "MONEY":
        return True
    if _CLOCK.match(span.text) and (
        (before is not None and before.lower_ in ("at", "by", "until", "from", "before", "after", "around"))
        or (after is not None and after.lower_ in ("am", "pm", "a.m.", "p.m.", "gmt", "utc", "local"))
    ):
        return True  # a time of day: "at 7.45"
    if last.head.lower_ in _MONTH_NAMES or (after is not None and after.lower_ in _MONTH_NAMES):
        return True  # "3 March": part of a date the parser missed
    if _PHONE.search(span.text) or (
        after is not None and after.text in ("-", "–") and span.end + 1 < len(doc) and doc[span.end + 1].like_num
    ):
        return True  # a phone number, a score ("3-1") or a range read elsewhere
    if before is not None and before.text in ("-", "–") and span.start > 1 and doc[span.start - 2].like_num:
        return True
    if after is not None and (
        after.lower_ in TIME_UNITS
        or (after.text == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in TIME_UNITS)
    ):
        return True  # a length of time: the durations extractor reads it
    if after is not None and (after.lower_ in ("year", "years") or "old" in after.lower_):
        return True  # an age
    if last.dep_ == "appos" and last.head.ent_type_ == "PERSON":
        return True  # "Jane Doe, 58,"
    if last.dep_ == "compound" and last.head.pos_ == "PROPN":
        return True  # "G7", "Formula 1", "Air Force One"
    return before is not None and before.lower_ in _LABEL_WORDS  # "flight 370", "room 12"


def _counted(root: Token) -> tuple[Token | None, Token | None]:
    """(noun, verb) a number phrase counts or measures: "212 people" / "toll rose to 212" / "37 injured"."""
    noun: Token | None = None
    verb: Token | None = None
    of_objects = [o for p in _children(root, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
    if of_objects and root.lower_ not in ("percent", "%"):
        noun = of_objects[0]  # "23 of the 32 members"
        if root.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and root.head.pos_ in ("VERB", "AUX"):
            verb = root.head  # "the Alliance will have 64 of the 150 seats"
    elif root.dep_ in ("nummod", "quantmod") or (root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN"):
        noun = root.head
    elif root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent"):
        prep = root.head
        if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
            noun = prep.head  # "a crowd of 80,000", "a toll of 212"
        elif prep.head.pos_ in ("VERB", "AUX"):
            verb = prep.head  # "rose to 212", "dropped by 2.1 percent"
            if prep.lower_ in ("to", "at"):
                noun = next((s for s in _children(verb, "nsubj") if s.pos_ == "NOUN"), None)  # "the toll rose to"
    elif root.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod", "attr", "oprd"):
        verb = root.head
    if noun is not None and verb is None:
        holder = noun.head if noun.dep_ == "pobj" else noun
        if holder.dep_ == "prep":
            holder = holder.head
        if holder.pos_ in ("VERB", "AUX") and holder.i != noun.i:
            verb = holder
        elif noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "conj") and noun.head.pos_ in ("VERB", "AUX"):
            verb = noun.head
    return noun, verb


def _casualty_class(noun: Token | None, verb: Token | None) -> str | None:
    """deaths / injured / missing / … when the number counts people something happened to."""
    words: list[Token] = []
    harm = (
        verb is not None
        and verb.lemma_.lower() in CASUALTY_CLASSES
        and CASUALTY_CLASSES[verb.lemma_.lower()] != "attendance"
        and (noun is None or noun.head.i == verb.i)  # "evacuated from five villages" counts villages, not evacuees
    )
    people = noun is None or harm or noun.lemma_.lower() in PERSON_NOUNS or noun.lemma_.lower() in CASUALTY_CLASSES
    if verb is not None and people:
        # What happened to them comes first: "five fans were injured" counts the injured.
        words.append(verb)
        words += [
            c for c in verb.children if c.dep_ in ("acomp", "oprd", "dobj") and c.lemma_.lower() in CASUALTY_CLASSES
        ]
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        words.append(noun.head.head)  # "the evacuation of 3,200 people"
    if noun is not None:
        words += [c for c in noun.children if c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ")]
        words += [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    for word in words:
        lemma = word.lemma_.lower()
        if lemma in CASUALTY_CLASSES and (lemma != "toll" or any(c.lemma_ == "death" for c in word.children)):
            return CASUALTY_CLASSES[lemma]
        if lemma == "toll":
            return "deaths"
    return None


def _noun_text(noun: Token, adjectives: bool = True) -> str:
    """A noun with its compounds (and adjectives), lower case: "gross domestic product", "defence spending"."""
    deps = ("compound", "amod") if adjectives else ("compound",)
    words = [t for t in noun.lefts if t.dep_ in deps and not t.like_num and t.ent_type_ not in ("CARDINAL",)]
    return " ".join(t.text.lower() for t in [*words, noun])


def _verb_phrase(verb: Token) -> str:
    """ "imposed", "laid off": the verb as a participle, with its particle."""
    word = verb.text.lower() if verb.tag_ in ("VBN", "VBD") else verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([word, *particles])


def _holder(verb: Token | None) -> str | None:
    """Who has or wins the amount, when a name says so: "the Social Alliance won 38 percent" → social alliance."""
    if verb is None or verb.lemma_.lower() not in HOLDING_VERBS | NEUTRAL_VERBS:
        return None
    for subject in _children(verb, "nsubj", "nsubjpass"):
        named = subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or subject.pos_ == "PROPN"
        opening = subject.i == subject.sent.start and subject.left_edge.i == subject.i
        if named and not opening:  # a lone capital at the start of a sentence may be any noun ("Turnout")
            return _noun_text(subject)
    return None


def _shared(noun: Token) -> str:
    """What a share is of, with its common synonyms merged: votes, ballots cast → vote."""
    text = _noun_text(noun)
    return SHARE_OF.get(noun.lemma_.lower(), text)


def _amount_subject(
    value: QuantityValue, noun: Token | None, verb: Token | None, root: Token
) -> tuple[str, str] | None:
    """(slot, subject) for an amount, or None when the text does not say what it counts."""
    casualty = _casualty_class(noun, verb)
    if casualty is not None and value.unit is None:
        return "count", casualty
    context = [t.lemma_.lower() for t in (noun, verb) if t is not None]
    holder = _holder(verb)
    if value.unit is not None and value.unit.isupper():
        if any(w in DEAL_WORDS for w in context):
            return "money", "deal value"
        if any(w in COST_WORDS for w in context):
            return "money", "cost"
        if verb is not None and verb.lemma_ in ("pay", "award", "fine", "order"):
            # "pay €5,000 to each family" and "pay €40m for the stake" are different payments.
            targets = [
                f"{p.lower_} {_noun_text(o)}"
                for p in _children(verb, "prep")
                if p.lower_ in ("to", "for")
                for o in _children(p, "pobj")
            ]
            return "money", " ".join(["payment", *targets[:1]])
        if noun is not None and noun.lemma_.lower() not in ("million", "billion"):
            return "money", _noun_text(noun)
        return ("money", _verb_subject(verb)) if verb is not None and _verb_subject(verb) else None
    if value.unit == "km2":
        return "quantity", "area affected"  # hectares burned, flooded, destroyed: the area of the event
    if value.unit in ("percent", "percentage point"):
        of = [o for p in _children(root, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
        if of:
            return "percent", f"{holder} share of {_shared(of[0])}" if holder else f"share of {_shared(of[0])}"
        if holder:
            return "percent", f"{holder} share"
        if noun is not None and noun.lemma_.lower() not in ("percent",):
            return "percent", _noun_text(noun)
        return ("percent", _verb_subject(verb)) if verb is not None and _verb_subject(verb) else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in _NOT_COUNTED:
        return None
    if value.unit is None and value.high is not None and value.high <= 2:
        return None  # "two countries", "one bit": descriptions, not counts anyone reports differently
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN"):
        return None  # "a 150-seat parliament" describes the parliament
    if any(c.lower_ in _COMPARATIVES for c in noun.children):
        return None  # "13 seats short of a majority" is a difference, not a count
    slot = "count" if value.unit is None else "quantity"
    subject = _noun_text(noun, adjectives=False)
    if _is_total(root, noun):
        subject = f"total {subject}"  # "64 of the 150 seats": 150 is the whole
    elif holder:
        subject = f"{subject} ({holder})"
    elif verb is not None and verb.lemma_ in CHANGE_VERBS and noun.dep_ in ("dobj", "nsubjpass"):
        subject += f" {_verb_phrase(verb)}"
    return slot, subject


def _verb_subject(verb: Token) -> str:
    """ "shares rose", "gross domestic product dropped": the subject noun, with the verb unless it is neutral."""
    subjects = [s for s in _children(verb, "nsubj", "nsubjpass") if s.pos_ in ("NOUN", "PROPN")]
    if not subjects:
        return ""
    if verb.lemma_.lower() in NEUTRAL_VERBS:
        return _noun_text(subjects[0])  # "turnout was 71 percent", "turnout stood at 68%"
    return f"{_noun_text(subjects[0])} {_verb_phrase(verb)}"


def _is_total(root: Token, noun: Token) -> bool:
    """True for Y in "X of the Y seats"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num and noun.head.head.i != root.i


_NOT_COUNTED = {"time", "times", "one", "side", "sides", "percent", *GENERIC_PEOPLE}
_COMPARATIVES = {"short", "more", "fewer", "less", "ahead", "behind", "up", "down", "apart", "over"}


def amounts(article: Article) -> Iterator[Claim]:
    """Counts of people (killed, injured, arrested …), money, percentages and other amounts, with what they count."""
    for span in _amount_spans(article.doc):
        if _not_an_amount(span):
            continue
        last = span[-1]
        after = article.doc[last.i + 1] if last.i + 1 < len(article.doc) else None
        if after is not None and after.lower_ in UNIT_WORDS and after.head.i != last.i:
            last = after  # "4,500 hectares": the unit is the noun the number counts
        elif after is not None and after.lower_ in SCALE_WORDS and span.label_ == "MONEY":
            last = after  # "$300m": spaCy left the scale outside the entity
        start, end = quantity_span(span[0], last)
        value = parse_quantity(article.doc.text[start:end].replace("\n", " "))
        if value is None:
            continue
        root = span.root
        noun, verb = _counted(root)
        found = _amount_subject(value, noun, verb, root)
        if found is None:
            continue
        slot, subject = found
        yield make_claim(article, slot, subject, value, start, end, span.sent)


# --- scores ------------------------------------------------------------------------------------------

_SCORE = re.compile(r"(?<![\d.,:/])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d.,:/%]| ?(?:hours?|days?|years?|minutes?|percent))")


def scores(article: Article) -> Iterator[Claim]:
    """A final score ("beat City 3-1") in a sentence about a result; written winner first."""
    text = article.doc.text
    for sent in article.doc.sents:
        if not any(t.lemma_.lower() in RESULT_WORDS for t in sent):
            continue
        for match in _SCORE.finditer(text, sent.start_char, sent.end_char):
            high, low = sorted((int(match.group(1)), int(match.group(2))), reverse=True)
            value = TextValue(text=f"{high}-{low}")
            yield make_claim(article, "score", "final score", value, match.start(), match.end(), sent)


# --- how people met: in person or by phone -------------------------------------------------------

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
        subject = f"contact between {names[0]} and {names[1]}"
        date = _contact_date(token, article)
        if date:
            subject += f" on {date}"
        start, end = _contact_span(token, anchor)
        yield make_claim(article, "event_type", subject, TextValue(text=kind), start, end, token.sent)


def _contact_span(token: Token, anchor: Token) -> tuple[int, int]:
    """The words that say what kind of contact it was: "held a phone conversation", "met", "call"."""
    lefts = [t.i for t in anchor.lefts if t.dep_ in ("amod", "compound")] if anchor.pos_ == "NOUN" else []
    first = min([token.i, anchor.i, *lefts])
    last = max(token.i, anchor.i)
    doc = token.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)
