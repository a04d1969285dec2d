"""What every concept shares: the Concept record, how two values compare, and building a claim."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..annotate.tokens import span_text
from ..lexicon import word_list
from ..models import Claim, EventRef, Value

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Annotations, Measure


@dataclass(frozen=True)
class Comparison:
    """How two values of a concept compare.

    `relative`: values within this fraction of each other are close (a variance, not a
    contradiction); `absolute`: the same in the concept's unit (minutes for times of day, years for
    ages); `exact`: any difference is a contradiction (small counts, categories).
    """

    relative: float = 0.0
    absolute: float = 0.0
    exact: bool = False


@dataclass(frozen=True)
class Concept:
    """One kind of fact: how it is found, what its value is, and how two values compare."""

    name: str
    label: str
    value_kind: str  # quantity, date, time, person, place, text
    comparison: Comparison
    priority: int  # when two concepts claim one span, the higher wins
    extract: Callable[[Annotations], Iterator[Claim]]
    about_fields: tuple[str, ...] = ()
    emits: str = ""  # the slot its claims carry, when not its name ("agreed" points are counts)

    @property
    def slot(self) -> str:
        """The slot name claims of this concept carry."""
        return self.emits or self.name


def metric_qualifier(noun: Token) -> str:
    """The words before a financial noun that make it another measure ("net", "core operating"), in
    text order; "" when there are none."""
    words = [t.lower_ for t in noun.subtree if t.i < noun.i and t.lower_ in _METRIC_QUALIFIERS]
    hyphened = [
        f"{t.nbor(-2).lower_}-{t.lower_}" for t in noun.subtree if t.i < noun.i and t.i >= 2 and t.nbor(-1).text == "-"
    ]
    return " ".join(dict.fromkeys([*words, *(h for h in hyphened if h in _METRIC_QUALIFIERS)]))


_METRIC_QUALIFIERS = frozenset(word_list("metric_qualifiers"))


def plain(text: str) -> str:
    """Lower case without accents: "Kovács" and "Kovacs" are one key."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def entity_of(token: Token) -> Span | None:
    """The named entity a token is part of, if any."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def surname(token: Token) -> Token:
    """The last word of the name a token is part of ("Vasko" of "Elena Vasko"), or the token itself."""
    entity = entity_of(token)
    return entity[-1] if entity is not None else token


def name_beside(noun: Token) -> Token | None:
    """The surname of the person a noun is set beside ("the owner, Dara Venn,"), however the model
    attached the name; None for anything else."""
    if noun.pos_ != "NOUN":
        return None
    named = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    doc = noun.doc
    if (
        named is None
        and noun.i + 2 < len(doc)
        and doc[noun.i + 1].text == ","
        and doc[noun.i + 2].ent_type_ == "PERSON"
    ):
        named = doc[noun.i + 2]
    return surname(named) if named is not None else None


def may_be_a_person(token: Token) -> bool:
    """A name that may be a person's, as the small model tags names: a PERSON, or a proper noun that is
    not an organisation, a place or a product ("the Court of Appeal" is none), nor a shouted label."""
    return token.ent_type_ == "PERSON" or (
        token.pos_ == "PROPN"
        and token.ent_type_ not in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "LOC")
        and not token.is_upper
    )


_PERSONAL_PRONOUNS = {"he", "she", "they", "him", "her", "them", "who"}
_AGENT_ENDINGS = ("er", "or", "ist", "ian")  # "overseer", "surveyor", "technician"; not the government, the plant


def a_person(token: Token) -> bool:
    """True for a person: a name, a pronoun for one, or a noun for people ("the engineer", "an overseer")."""
    from ..lexicon import lexicon

    words = lexicon()
    return (
        token.ent_type_ == "PERSON"
        or token.lower_ in _PERSONAL_PRONOUNS
        or token.lemma_.lower() in words.person_nouns
        or token.lower_ in words.title_words
        or words.thing(token.lemma_.lower()) in words.person_nouns
        or (token.pos_ == "PROPN" and token.ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP"))
        or (token.pos_ == "NOUN" and token.lower_.endswith(_AGENT_ENDINGS))
    )


def claim_id(source: str, slot: str, subject: str, start: int, end: int) -> str:
    """A stable id: the same claim in the same text gets the same id on every run."""
    digest = hashlib.sha1(f"{source}|{slot}|{subject}|{start}|{end}".encode()).hexdigest()
    return digest[:12]


def sentence_text(text: str, sentence: Span) -> str:
    """The sentence as the source wrote it, on one line."""
    doc = sentence.doc
    first, last = sentence.start, sentence.end - 1
    while first <= last and doc[first].is_space:
        first += 1
    while last >= first and doc[last].is_space:
        last -= 1
    if first > last:
        return ""
    return " ".join(text[doc[first].idx : doc[last].idx + len(doc[last].text)].split())


def make_claim(
    notes: Annotations,
    slot: str,
    about: dict[str, str],
    value: Value,
    start: int,
    end: int,
    sentence: Span,
    event: EventRef | None = None,
    subject: str | None = None,
) -> Claim:
    """A claim whose text is exactly source.text[start:end], with a subject rendered from its frame."""
    text = notes.source.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    about = {k: v for k, v in about.items() if v}
    event = event or EventRef(occasion=notes.occasion(sentence))
    subject = subject or render_subject(about, event)
    return Claim(
        id=claim_id(notes.source.id, slot, subject, start, end),
        source=notes.source.id,
        slot=slot,
        subject=subject,
        event=event,
        about=about,
        value=value,
        text=text[start:end],
        start=start,
        end=end,
        sentence=sentence_text(text, sentence),
    )


def render_subject(about: dict[str, str], event: EventRef) -> str:
    """A readable subject from a frame: "people evacuated · in district X (2012)"."""
    order = ("person", "thing", "action", "what", "of", "holder", "from", "scope", "part", "subject")
    words = [about[k] for k in order if about.get(k) and k != "part"]
    if about.get("part"):
        words.append(f"(part of {about['part']})")
    extra = [v for k, v in about.items() if k not in order]
    text = " ".join(words + extra) or "value"
    if event.occasion != "main":
        text += f" ({event.occasion})"
    return text


def stated_facts(notes: Annotations, dimension: str) -> Iterator[Measure]:
    """Measures of one dimension stated as facts in the body: not in captions, headlines or quotes,
    not forecast, feared, negated or superseded."""
    for measure in notes.measures:
        mention = measure.mention
        if mention.dimension != dimension:
            continue
        if notes.zone(measure.sentence) != "body" or notes.in_quote(mention.start, mention.end):
            continue
        if notes.modality(measure) not in (None, "proposed") or is_increment(measure):
            continue
        if _THRESHOLD.search(notes.source.text, max(0, mention.start - 20), mention.start):
            continue  # "a ban on buildings taller than 12 storeys": a threshold, not a figure of the story
        yield measure


_ADDED = {"more", "further", "additional", "extra"}
# A comparative before "than" that is no hedge: "taller than", "older than", "wider than".
_THRESHOLD = re.compile(r"\b(?!(?:more|fewer|less|greater|lower|higher|over|under)\b)[a-z]{3,}er\s+than\s+$", re.I)


def first_token(measure: Measure) -> Token:
    """The first token of a figure's phrase ("another" comes before it, "the" before "the two")."""
    span = measure.anchor.doc.char_span(measure.mention.start, measure.mention.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else measure.anchor


def is_increment(measure: Measure) -> bool:
    """True for a figure that adds to an earlier one ("two more workers died", "another 20 were found",
    "the last four were brought out"): it is a change or a batch, never the total a source gives."""
    doc, anchor, first = measure.anchor.doc, measure.anchor, first_token(measure)
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if after is not None and after.lower_ in _ADDED and (after.i + 1 >= len(doc) or doc[after.i + 1].lower_ != "than"):
        return True  # "two more", but not "two more than"
    before = doc[first.i - 1] if first.i > 0 else None
    return before is not None and (
        before.lower_ == "another"
        or (before.lower_ in _ADDED and first.i > 1 and doc[first.i - 2].lower_ in ("a", "an"))  # "a further 12"
        or (
            before.lower_ in _IN_TURN
            and first.i > 1
            and doc[first.i - 2].lower_ == "the"
            and measure.mention.dimension == "count"
            and measure.mention.value.unit is None
        )  # "the last four", but not "the first Cat 5 storm"
    )


_IN_TURN = {"last", "final", "first", "remaining"}  # "the last four miners were brought out": a batch, not the total


def proposed(notes: Annotations, measure: Measure, about: dict[str, str]) -> dict[str, str]:
    """The frame, marked when the figure is a proposal or a demand, which meets only other proposals."""
    return {**about, "when": "proposed"} if notes.modality(measure) == "proposed" else about


# Measures a demand or a recommendation gives only as advice or a limit: a fine or a sentence can be
# proposed and then imposed, a temperature or a speed cannot.
_NEVER_PROPOSED = {"temperature", "speed", "distance", "mass", "area", "magnitude"}


def measure_claims(
    notes: Annotations, dimension: str, slot: str, about: Callable[[Measure], dict[str, str] | None]
) -> Iterator[Claim]:
    """A claim for each stated measure of one dimension whose frame `about` can say."""
    for measure in stated_facts(notes, dimension):
        frame = about(measure.primary or measure)  # a conversion in brackets says what its primary says
        if frame is None:
            continue
        frame = proposed(notes, measure, frame)
        if frame.get("when") == "proposed" and dimension in _NEVER_PROPOSED:
            continue  # "keep dishes below 4 degrees", "urged drivers to slow to 40 km/h": advice, not the story's
        mention = measure.mention
        event = EventRef(occasion=notes.occasion_near(measure.sentence, mention.start, mention.end))
        yield make_claim(notes, slot, frame, mention.value, mention.start, mention.end, measure.sentence, event=event)


_CLAUSE_CUT = re.compile(r"[,;:]|\b(?:while|whereas|but)\b")


def clause_of(measure: Measure) -> tuple[int, int]:
    """[start, end) in the text of a figure's clause: from the comma, colon, "while" or "but" before it
    to the next after it, within its sentence ("organisers put it at 30,000, while police said 9,000")."""
    sentence = measure.sentence
    said, base = span_text(sentence), sentence.start_char
    start, end = measure.mention.start - base, measure.mention.end - base
    cuts = list(_CLAUSE_CUT.finditer(said))
    left = max((m.end() for m in cuts if m.end() <= start), default=0)
    right = min((m.start() for m in cuts if m.start() >= end), default=len(said))
    return base + left, base + right


def nearby_words(measure: Measure, limit: int = 3) -> list[Token]:
    """The counted noun, its heads up to the clause verb, and the verb's objects and subjects: where a
    sentence says what an amount is ("a fine of £4.2m", "paid €5,000", "the deal, worth $2bn")."""
    found: list[Token] = []
    token = measure.noun or measure.anchor
    for _ in range(limit + 1):
        found.append(token)
        found += [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    if measure.verb is not None:
        found.append(measure.verb)
        found += [c for c in measure.verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    for head in (measure.noun, measure.verb):
        if head is not None:
            objects = [
                o
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in ("in", "as", "of")
                for o in p.children
                if o.dep_ == "pobj"
            ]
            found += [c for o in objects for c in (*(c for c in o.lefts if c.dep_ == "compound"), o)]
    return found
