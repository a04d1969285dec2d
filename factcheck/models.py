"""Plain data models that flow between the stages (ingest → extract → group → compare → report)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 3


class Source(BaseModel):
    """One input article: its id (file name), where it came from and the text the tool read."""

    id: str
    path: str
    title: str = ""
    text: str = Field(default="", exclude=True, repr=False)
    url: str | None = None  # the page it was fetched from, for an article given by URL
    site: str | None = None  # the site's own name, when the page says it
    published: str | None = None  # ISO 8601 date (or date and time) the article was published or updated
    copy_of: str | None = None  # the id of the article this one is a near-copy of (a reposted wire story)
    copied_share: float | None = None  # how much of this article's text is the original's, 0 to 1


class EventSource(BaseModel):
    """An article in an event: its id, where it was read from and the article it reposts, if any."""

    id: str
    path: str
    copy_of: str | None = None


class Event(BaseModel):
    """One event the articles report: a group of articles compared with each other and no others."""

    id: str  # "event-1", "event-2" … biggest first
    title: str
    date: str | None = None  # ISO 8601: the day most of its articles give for it, else the earliest publication
    places: list[str] = Field(default_factory=list)  # the places its articles name most, most named first
    sources: list[EventSource]
    alone: bool = False  # one article that fits no group


class QuantityValue(BaseModel):
    """A number as an interval in a canonical unit; `high=None` means unbounded above."""

    model_config = ConfigDict(allow_inf_nan=False)  # an infinite or NaN bound is no figure anyone wrote

    kind: Literal["quantity"] = "quantity"
    low: float
    high: float | None
    unit: str | None = None
    qualifier: str | None = None


class DateValue(BaseModel):
    """A calendar date with the precision the text gave (day, month, year or weekday only)."""

    kind: Literal["date"] = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday == 0, as in datetime

    @property
    def precision(self) -> str:
        """The finest field the text stated."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.year is not None:
            return "year"
        return "weekday"


class PersonValue(BaseModel):
    """A person as written, with a normalised name for matching and the role given beside it."""

    kind: Literal["person"] = "person"
    name: str
    canonical: str
    role: str | None = None


class PlaceValue(BaseModel):
    """A place as written, normalised, with its level (venue, city, region)."""

    kind: Literal["place"] = "place"
    name: str
    canonical: str
    level: Literal["venue", "city", "region"] = "city"


class TimeValue(BaseModel):
    """A time of day in minutes after midnight, in UTC when the text gave a zone (`utc`), else local."""

    kind: Literal["time"] = "time"
    minutes: int
    utc: bool = False
    qualifier: str | None = None  # about, after, before
    part: str | None = None  # a part of the day rather than a clock time: morning, afternoon, evening, night

    @property
    def label(self) -> str:
        """ "13:34", "10:34 UTC", "afternoon"."""
        if self.part:
            return self.part
        text = f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"
        return f"{text} UTC" if self.utc else text


class TextValue(BaseModel):
    """Free text, for facts that are neither numbers, dates, people nor places."""

    kind: Literal["text"] = "text"
    text: str


Value = Annotated[
    QuantityValue | DateValue | TimeValue | PersonValue | PlaceValue | TextValue,
    Field(discriminator="kind"),
]


class Origin(StrEnum):
    """Where a claim came from."""

    extracted = "extracted"
    manual = "manual"


class EventRef(BaseModel):
    """Which occasion a claim is about: the article's own event ("main") or another it mentions."""

    model_config = ConfigDict(frozen=True)

    kind: str = ""  # incident, meeting, vote, match … ("" when the sentence does not say)
    occasion: str = "main"  # main, a year ("2012") or "past"
    place: str | None = None


class Claim(BaseModel):
    """One checkable statement by one source, with the exact span that makes it.

    `slot` names the concept (a name in the concept registry); `event` and `about` say exactly
    what is measured, and claims meet only when all three agree. `subject` is a readable rendering
    of them for reports, never parsed back.
    """

    model_config = ConfigDict(use_enum_values=True)

    id: str
    source: str
    slot: str
    subject: str
    event: EventRef = Field(default_factory=EventRef)
    about: dict[str, str] = Field(default_factory=dict)
    value: Value
    text: str
    start: int
    end: int
    sentence: str
    origin: Origin = Origin.extracted
    trusted: bool = False  # a reference (an official record) that others are measured against
    url: str | None = None


class Severity(StrEnum):
    """How badly two accounts disagree, worst first."""

    contradiction = "contradiction"
    variance = "variance"
    single_source = "single_source"

    @property
    def rank(self) -> int:
        """Sort key: contradictions first."""
        return ["contradiction", "variance", "single_source"].index(self.value)


class ClaimGroup(BaseModel):
    """Claims from any sources that speak of the same slot and subject."""

    slot: str
    subject: str
    claims: list[Claim]


class Side(BaseModel):
    """One position in a discrepancy: the value it holds, in one unit for the whole discrepancy, and who holds it."""

    value: str
    sources: list[str]
    claims: list[str] = Field(default_factory=list)  # ids of the claims that state it
    consensus: bool = False
    origins: int = 0  # independent origins among its sources: a wire story and its reposts count once


class Discrepancy(BaseModel):
    """A disagreement between sources: its sides, the claims that prove it and a checkable sentence.

    `sides` lists the outliers first and the consensus (if any) last; `explanation` is the sentence
    `factcheck.explain` writes from them."""

    model_config = ConfigDict(use_enum_values=True)

    key: str
    slot: str
    subject: str
    severity: Severity
    explanation: str = ""
    consensus: str | None
    consensus_sources: int
    consensus_origins: int = 0  # the consensus's sources counted by independent origin
    sides: list[Side] = Field(default_factory=list)
    claims: list[Claim]
    event: str | None = None  # the id of the event (in Report.events) whose articles disagree


class Report(BaseModel):
    """Everything one comparison produced: the JSON contract of design.md."""

    schema_version: int = SCHEMA_VERSION
    model: str = ""
    sources: list[Source]
    claims: list[Claim]
    discrepancies: list[Discrepancy]
    warnings: list[str] = Field(default_factory=list)
    claims_file: str | None = None  # the hand-added claims that joined in, if any
    events: list[Event] = Field(default_factory=list)  # the events the articles were grouped into
