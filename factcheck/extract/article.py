"""What every extractor shares: the article being read, its events, and span helpers."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..dates import parse_date
from ..ingest import parse_text
from ..models import Claim, EventRef, Source

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
    """Which occurrence a claim is about: its class and, for another occasion than the article's own,
    the words that mark it ("emergency", "previous") and the other place it names."""

    cls: str
    marks: tuple[str, ...] = ()
    where: str | None = None

    @property
    def other(self) -> bool:
        """True when this is another occasion than the one the article reports."""
        return bool(self.marks or self.where)

    @property
    def subject(self) -> str:
        """A readable name: "meeting", "emergency meeting in Paris"."""
        text = " ".join([*self.marks, self.cls])
        return f"{text} in {self.where}" if self.where else text

    @property
    def ref(self) -> EventRef:
        """The structured reference a claim carries."""
        return EventRef(kind=self.cls, occasion="other" if self.other else "main", place=self.where)

    @property
    def about(self) -> dict[str, str]:
        """The frame fields that tell this occasion from others of its class."""
        fields = {"event": self.cls, "marked": " ".join(self.marks), "at": (self.where or "").lower()}
        return {k: v for k, v in fields.items() if v}


@dataclass
class Article:
    """What the extractors share about one article: its source, parse and main event."""

    source: Source
    doc: Doc
    reference_date: dt.date | None = None
    main_place: str | None = None
    main_class: str = "meeting"
    place_links: dict[str, str] = field(default_factory=dict)


def claim_id(source: str, slot: str, subject: str, start: int, end: int) -> str:
    """A stable id: the same claim in the same text gets the same id on every run."""
    digest = hashlib.sha1(f"{source}|{slot}|{subject}|{start}|{end}".encode()).hexdigest()
    return digest[:12]


def make_claim(
    article: Article,
    slot: str,
    subject: str,
    value: object,
    start: int,
    end: int,
    sentence: Span,
    about: dict[str, str] | None = None,
    event: EventRef | None = None,
) -> Claim:
    """A claim whose text is exactly source.text[start:end], with the frame that says what it is about."""
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
        about=about or {},
        event=event or EventRef(),
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
    """The article's own date: a line near the top that holds only a full date (a dateline), else the
    date of its byline or "Updated" line ("By A. Writer · Monday 2 February 2026, 09:00")."""
    from ..annotate.published import article_date

    found = _dateline_date(text)
    if found is not None:
        return found
    stamp = article_date(text)
    if stamp is not None and stamp.year and stamp.month and stamp.day:
        return dt.date(stamp.year, stamp.month, stamp.day)
    return None


def _dateline_date(text: str) -> dt.date | None:
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
