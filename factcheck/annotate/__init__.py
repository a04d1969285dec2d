"""Annotate a parsed article once: zones, the article's date, year and places, and every measure.

Concepts read these annotations and never each other's results, so the order they run in does
not matter. Zones say where a sentence stands (headline, caption, quote); modality says whether a
figure is stated as fact or as a fear, a forecast or an earlier, superseded report; the occasion
says whether a figure is about the article's event or another one (a past disaster, last year's
final).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..ingest import blank_stretches, not_prose, parse_text
from ..lexicon import lexicon, word_list
from ..models import DateValue, Source
from .measures import Measure, read_measure, token_at
from .patterns import match_patterns
from .published import article_date
from .quantities import NUMBER_WORDS, Mention, after_from, find_quantities, uses_decimal_comma
from .tokens import indices_of, lower_lemmas, lower_texts, sentence_has, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..extract.article import Article

_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d,])")
# A year that places an event: "in 2012", "the 2012 fire", "2019's final" (not "between 2016 and 2020").
_OCCASION_YEAR = re.compile(
    r"(?:\b(?:[Ii]n|[Dd]uring|[Oo]f)\s+(?:early\s+|late\s+|mid-?|[A-Z][a-z]+\s+)?|\b[Tt]he\s+"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)"
    r"((?:19|20)\d\d)\b(?!\s*(?:and|to|-|–)\s*(?:19|20)?\d\d)|\b((?:19|20)\d\d)['’]s\b"
)  # "in 2019", "the 2019 final", "on July 25, 2012", "on 25 July 2012": a year the sentence is set in
_DATING_A_THING = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in word_list('dating_participles'))})\s+in\s+(?:19|20)\d\d\b", re.I
)
_STORY_YEAR = re.compile(r"(?<!\bby )(?<!\buntil )(?<!\btill )(?<!\bbefore )(?<!\bto )\b((?:19|20)\d\d)\b(?![-–]\d)")
_QUOTE = re.compile(r"“[^”\n]{3,}”|\"[^\"\n]{3,}\"|‘[^’\n]{12,}’")
_RELATIVE = re.compile(r"\b(?:which|that|who|whose|where|while|whereas)\b")
_TEMPORAL_CLAUSE = re.compile(r"\s*when\b", re.I)
# A second round held, not one ahead: "won Sunday's run-off", "in the run-off", not "faces a run-off".
_RUNOFF = re.compile(
    r"\b(?:won|wins|lost|loses|took|in|after|of)\s+(?:the\s+|a\s+|\w+['’]s\s+)?(?:run-?off|second round)\b", re.I
)
_FIRST_ROUND = re.compile(r"\b(?:first|opening)[- ]round\b", re.I)
_PAST = re.compile(
    r"\b(?:last year|a year (?:ago|earlier)|years? ago|in the past|the previous|a decade ago|the last time)\b", re.I
)
# A figure for every year (or day) is a rate, not this event's count: "hundreds die each year".
_YEARLY = re.compile(
    r"\b(?:each|every|per)\s+(?:year|month|week|day)\b|\bannually\b|\ba\s+year\b(?!\s+(?:ago|earlier|later|after|before|on))",
    re.I,
)
_PARTIAL_COUNT = re.compile(
    r"\bwith\s+(?:only\s+|just\s+|about\s+|nearly\s+)?(?P<done>\d[\d,.]*%?)\s+(?:per\s?cent\s+)?of\s+(?:the\s+)?"
    r"(?:\d[\d,.]*\s+)?(?:polling\s+stations?|precincts?|ballots?|votes?|districts?|constituencies|wards?|results?)\s+"
    r"(?:counted|reported|reporting|in|declared|tallied|processed)\b",
    re.I,
)
_STALE = re.compile(
    r"\b(?:initially|previously|originally|earlier (?:reports?|figures?|estimates?|toll|count)|had (?:initially |earlier |first )?(?:put|given|reported|said)|first reported|"
    r"preliminary|provisional)\b",
    re.I,
)
_CREDIT = re.compile(
    r"\((?:photo|image|picture|credit)\b|\b(?:photo|image|credit)s?\s*:|/\s*(?:AFP|Reuters|AP|Getty|EPA)\b", re.I
)


@dataclass
class Annotations:
    """Everything the concepts read about one article."""

    source: Source
    doc: Doc
    reference_date: dt.date | None
    year: int | None
    main_places: frozenset[str]
    measures: list[Measure] = field(default_factory=list)
    zones: dict[int, str] = field(default_factory=dict)  # sentence start token → zone
    quotes: list[tuple[int, int]] = field(default_factory=list)
    published: DateValue | None = None  # the article's own date, for "yesterday" and "on Tuesday"
    runoff: bool = False  # a story of a second round, whose first round's figures are another occasion
    sentences: list[Span] = field(default_factory=list)  # doc.sents, walked once
    patterns: dict[str, list[Span]] = field(default_factory=dict)  # lexicon pattern label → spans
    _ents: dict[int, list[Span]] = field(default_factory=dict)
    _article: Article | None = None
    # Per-sentence answers, asked once per figure: without them a long sentence costs its length squared.
    _occasions: dict[tuple[int, tuple[int, int] | None], str] = field(default_factory=dict)
    _searches: dict[tuple[str, int], re.Match[str] | None] = field(default_factory=dict)

    def search_sentence(self, pattern: re.Pattern[str], sentence: Span) -> re.Match[str] | None:
        """pattern.search over the sentence's text, done once per sentence and pattern."""
        key = (pattern.pattern, sentence.start)
        if key not in self._searches:
            self._searches[key] = pattern.search(span_text(sentence))
        return self._searches[key]

    def ents_in(self, sentence: Span) -> list[Span]:
        """The named entities of one sentence (Span.ents would walk every entity of the doc)."""
        return self._ents.get(sentence.start, [])

    def matched(self, label: str, sentence: Span) -> list[Span]:
        """The spans of one sentence that a lexicon pattern of that label matched."""
        return [s for s in self.patterns.get(label, []) if sentence.start <= s.start and s.end <= sentence.end]

    def legacy_article(self) -> Article:
        """The shared state of the first extractors, built on first use."""
        if self._article is None:
            from ..extract.article import Article
            from ..extract.events import learn_places

            self._article = Article(source=self.source, doc=self.doc, reference_date=self.reference_date)
            learn_places(self._article)
        return self._article

    def zone(self, sentence: Span) -> str:
        """body, headline or caption."""
        return self.zones.get(sentence.start, "body")

    def in_quote(self, start: int, end: int) -> bool:
        """True when [start, end) stands inside quotation marks."""
        return any(a <= start and end <= b for a, b in self.quotes)

    def occasion(self, sentence: Span, ignore: tuple[int, int] | None = None) -> str:
        """ "main" for the article's own event, else a year or "past" that the sentence puts its figures in;
        `ignore` leaves out a date's own words, whose year is its value, not its occasion."""
        key = (sentence.start, ignore)
        if key not in self._occasions:
            self._occasions[key] = self._occasion(sentence, ignore)
        return self._occasions[key]

    def _occasion(self, sentence: Span, ignore: tuple[int, int] | None) -> str:
        text = span_text(sentence)
        if ignore is not None:
            start, end = ignore[0] - sentence.start_char, ignore[1] - sentence.start_char
            text = text[:start] + " " * (end - start) + text[end:]
        # "the dam, built in 1978, gave way": a year that dates a thing, not the occasion the sentence tells
        text = _DATING_A_THING.sub(" ", text)
        years = {int(a or b) for a, b in _OCCASION_YEAR.findall(text)}
        if self.year is not None and years and self.year not in years and all(y < self.year for y in years):
            return str(max(years))
        if (past := _PAST.search(text)) is not None:
            return self._past(past)
        if self.runoff and _FIRST_ROUND.search(text):
            return "past"  # read near each figure below: "53.64% voted in the first round" is that round's
        if _YEARLY.search(text):
            return "yearly"
        return "main"

    def _past(self, match: re.Match[str]) -> str:
        """The occasion a past phrase names: "last year" is the year before the article's (so it meets "in
        2024" of another outlet), anything vaguer ("years ago", "the previous") just "past"."""
        if self.year is not None and match.group().lower() == "last year":
            return str(self.year - 1)
        return "past"

    def occasion_near(self, sentence: Span, start: int, end: int) -> str:
        """The occasion of one figure: "past" only when "a year earlier" or the like stands right beside
        it ("from 212 million a year earlier"), so the current figure of the same sentence stays the story's."""
        found = self.occasion(sentence)
        text = self.source.text
        earlier = _EARLIER_YEAR.match(text, end, sentence.end_char)
        if earlier is not None and _FROM_BEFORE.search(text, max(sentence.start_char, start - 20), start):
            return earlier.group(1)  # "Turnout was 61.4%, up from 57.9% in 2023": the older figure is 2023's
        if found.isdigit() and found not in span_text(sentence):
            found = "past"  # "last year" scopes only the figures beside it, like any past phrase
        if found.isdigit() and _year_in_another_clause(sentence, found, start):
            return "main"  # "The 57-year-old, who took over in 2021, apologised": 2021 is when she took over
        if found.isdigit():
            # "Turnout was 63.7%, up from 58.9% in 2022": the year is the older figure's, after the comparison
            compared = _COMPARED.search(text, end, sentence.end_char)
            if compared is not None and found not in text[sentence.start_char : compared.start()]:
                return "main"
            return found
        if found not in ("past", "yearly"):
            return found
        clause_end = min(sentence.end_char, end + 45)
        if (cut := _COMPARED.search(text, end, clause_end)) is not None:
            clause_end = cut.start()
        if (cut := _RELATIVE.search(text, end, clause_end)) is not None and text[end : cut.start()].strip():
            # "founder of a group that a decade ago had ten members": that clause's time; but "the 53.64% who
            # voted in the first round" is the figure's own clause
            clause_end = cut.start()
        # Back to the start of the figure's clause: "the toll last year was 40", but not "Compared with
        # last year, the toll of 40".
        comma = _clause_break_before(text, sentence.start_char, start)
        clause_start = max(sentence.start_char, start - 40, comma + 1)
        near = text[clause_start:clause_end]
        before = text[max(sentence.start_char, start - 40) : start]
        if found == "yearly":
            return "yearly" if _YEARLY.search(near) else "main"
        if (past := _PAST.search(near) or _PAST.search(self._subject_of_figure(sentence, start))) is not None:
            return self._past(past)
        if self.runoff and _FIRST_ROUND.search(near):
            return "first round"
        if re.search(r"\b(?:from|compared with|against|versus|up from|down from)\s+\S*\s*$", before):
            return "past"
        if comma > sentence.start_char and (text[comma] == ":" or _TEMPORAL_CLAUSE.match(text, comma + 1)):
            # "hit by cholera last year, when an outbreak recorded 3,870 cases", "raged last year from March
            # to July: 3,870 cases": a "when" or a colon goes on in the time of the clause before it
            previous = _clause_break_before(text, sentence.start_char, comma)
            if (past := _PAST.search(text, previous + 1, comma)) is not None:
                return self._past(past)
        return "main"

    def _subject_of_figure(self, sentence: Span, start: int) -> str:
        """The words of the subject of the figure's clause: "last year's outbreak … recorded 3,870 cases"."""
        span = sentence.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return ""
        figure = token = span[0]
        for _ in range(6):
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            token = token.head  # "destroyed 3,870 homes and killed 61 people": the first verb's subject
        words: list[str] = []
        for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.left_edge.i <= figure.i <= subject.right_edge.i:
                continue  # the figure is the subject's own: its words are the figure's clause
            clauses = [c for c in subject.subtree if c.dep_ in ("relcl", "acl", "appos")]
            words += [
                t.text for t in subject.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses)
            ]
        return " ".join(words)

    def occasion_of(self, sentence: Span, event: Token | None, ignore: tuple[int, int] | None = None) -> str:
        """The occasion of an event word: another one when a modifier says so ("emergency talks",
        "the previous final") or it is placed somewhere the story is not ("talks in <another city>")."""
        found = self.occasion(sentence, ignore)
        if found != "main" or event is None:
            return found
        words = lexicon()
        for child in event.children:
            if child.dep_ in ("amod", "compound") and child.lower_ in words.other_occasion:
                return child.lower_
        for token in (event, event.head):
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
                for place in (o for o in prep.children if o.ent_type_ in ("GPE", "LOC")):
                    name = place.text.lower()
                    if self.main_places and not any(name in m or m in name for m in self.main_places):
                        return f"in {name}"
        return found

    def _changed_from(self, measure: Measure) -> bool:
        """True for the X of "rose from X to Y", "cut from nine years to seven": a figure already replaced."""
        text, mention = self.source.text, measure.mention
        before = text[max(0, mention.start - 40) : mention.start]
        if after_from(before) and _TO_FIGURE.match(text, mention.end, mention.end + 40) is not None:
            return True
        # "lowered the toll to 10 from 11": the figure after "from", once a new one stood before it
        # ("profit fell to $38m from $212m a year earlier" gives last year's figure, an occasion of its own)
        return (
            after_from(before)
            and _TO_BEFORE.search(before) is not None
            and not _PAST.search(text, mention.end, min(len(text), mention.end + 30))
        )

    def modality(self, measure: Measure) -> str | None:
        """proposed, projected, superseded or negated when the figure is not stated as a fact; None when it is."""
        words = lexicon()
        path = _path_up(measure.anchor)
        near = [*path, *(c for t in path for c in t.children if c.dep_ in ("amod", "compound", "prep"))]
        if any(t.lemma_.lower() in words.proposal or t.lower_ in words.proposal for t in near):
            return "proposed"  # "had initially proposed a fine of £8.5 million": a proposal, not a stale figure
        if any(t.lemma_.lower() in _ASKING for t in path) and not any(t.lower_ in _NOT_ASKING for t in near):
            return "proposed"  # "asked for ten years", "requested a fine of €2m"; not "asked about the 14 dead"
        if any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for t in path
            if t.pos_ in ("VERB", "AUX")
            for c in t.children
        ):
            return "projected"  # "if half the homes are rebuilt, the bill runs above 100 million": a supposition
        if self.search_sentence(_STALE, measure.sentence) or self._changed_from(measure):
            return "superseded"
        if (partial := self.search_sentence(_PARTIAL_COUNT, measure.sentence)) is not None:
            # "with 96 of 312 polling stations counted, X leads with 51.8%": a partial count, and the
            # share counted so far is no figure of the story either
            base = measure.sentence.start_char
            inside = partial.start() <= measure.mention.start - base < partial.end()
            if inside or partial.group("done") not in ("100", "100%"):
                return "superseded"
        for token in path:
            if (
                token.tag_ == "VBD"
                and token.lemma_.lower() in ("need", "require")
                and measure.mention.dimension == "duration"
            ):
                continue  # "crews needed nine hours to contain it": how long it took, not a forecast
            if token.pos_ == "NOUN" and token.lemma_.lower() in ("forecast", "estimate") and token.dep_ != "ROOT":
                continue  # "the analysts' forecast of €1.93bn": what was forecast is the fact reported
            if measure.action == "targeted" and token.lemma_.lower() == "target":
                continue  # "the drive targets 450,000 children": the target is the fact reported
            if token.pos_ == "NOUN" and token.lower_ in ("project", "projects"):
                continue  # "the $85 million project": a piece of work, not a projection
            if token.lemma_.lower() in words.projection or token.lower_ in words.projection:
                return "projected"
            for child in token.children:
                if child.dep_ == "acomp" and token.pos_ in ("VERB", "AUX") and child.lower_ in words.projection:
                    return "projected"  # "a shock of magnitude 5 or more remains possible"
                if child.dep_ in ("aux", "auxpass") and child.lower_ in words.projection:
                    if _announced_plan(child, token):
                        continue  # "said it would cut 3,000 jobs": reported "will", a decision announced
                    return "projected"
                if child.dep_ == "neg" and not measure.mention.start <= child.idx < measure.mention.end:
                    return "negated"  # but "never less than ten years" is a bound, its "never" a word of it
        noun = measure.noun
        if noun is not None and any(
            c.lemma_.lower() in words.projection for c in noun.children if c.dep_ in ("amod", "acl")
        ):
            return "projected"
        return None


_SAYING = frozenset(word_list("saying_verbs"))
_CHANGING = frozenset(word_list("changing_verbs"))


def _announced_plan(aux: Token, verb: Token) -> bool:
    """True for the "would" of reported speech about a decision ("the firm said it would cut 3,000 jobs"),
    not of a forecast ("officials said the toll would rise to 100")."""
    return (
        aux.lower_ == "would"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _SAYING
        and verb.lemma_.lower() not in _CHANGING
    )


_TO_BEFORE = re.compile(r"\bto\s+\S+(?:\s+[a-z]+)?\s+from\s+$", re.I)
_TO_FIGURE = re.compile(
    rf"\s+to\s+(?:(?:about|around|nearly|some)\s+)?(?:[\d$€£¥₹]|(?:{'|'.join(NUMBER_WORDS)})\b)", re.I
)
# Where a figure's clause ends: "83 million, after 212 million the previous year" (that year is the 212's).
_EARLIER_YEAR = re.compile(r"\s+in\s+((?:19|20)\d\d)\b")
_FROM_BEFORE = re.compile(r"\b(?:up|down|rising|falling|rose|fell)\s+from\s+(?:about\s+|some\s+)?\S*\s*$", re.I)
_COMPARED = re.compile(r"(?:[,;(]\s*|\s)(?:after|from|compared|against|versus|than)\b")


_ASKING = {"ask", "request"}
_NOT_ASKING = {"about", "whether", "if", "how", "why", "what"}


def _path_up(token: Token) -> list[Token]:
    """The token and its heads up to its clause's verb (and that verb's governing verb)."""
    path = [token]
    verbs = 0
    while token.head.i != token.i and len(path) < 8:
        token = token.head
        path.append(token)
        if token.pos_ in ("VERB", "AUX"):
            verbs += 1
            if verbs == 2 or token.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
                break
    return path


def annotate(source: Source, doc: Doc, reference_date: dt.date | None) -> Annotations:
    """Read zones, places, years and measures of one article, once."""
    text = source.text
    # Without a dated dateline, the article is of the latest year it mentions as past or present: a
    # story recalls earlier years ("at the last election in 2022"), and names later ones only as
    # targets ("by 2030").
    years = [int(m.group(1)) for m in _STORY_YEAR.finditer(text)]
    year = reference_date.year if reference_date else (max(years) if years else None)
    notes = Annotations(
        source=source,
        doc=doc,
        reference_date=reference_date,
        year=year,
        main_places=_main_places(doc, len(text)),
        quotes=[(m.start(), m.end()) for m in _QUOTE.finditer(text)],
        published=article_date(text),
        runoff=_RUNOFF.search(text) is not None,
    )
    if len(doc):
        masked = parse_text(text)  # the text the Doc was parsed from (cached), without joining its tokens again
        if len(masked) == doc[-1].idx + len(doc[-1].text_with_ws):
            doc.user_data.setdefault("factcheck_text", masked)
    body_start = _body_start(text)
    notes.sentences = list(doc.sents)
    notes.patterns = match_patterns(notes.sentences, source.text)
    starts = [sentence.start for sentence in notes.sentences]
    for ent in doc.ents:
        index = bisect_right(starts, ent.start) - 1
        notes._ents.setdefault(starts[index] if index >= 0 else 0, []).append(ent)
    for sentence in notes.sentences:
        notes.zones[sentence.start] = _zone(text, sentence, body_start)
    decimal_comma = uses_decimal_comma(text)
    prose = blank_stretches(text, not_prose(text))  # a run of digits is no figure, and costs minutes
    for sentence in notes.sentences:
        previous: Measure | None = None
        for mention in find_quantities(prose, sentence.start_char, sentence.end_char, decimal_comma):
            converted = previous is not None and _is_conversion(text, previous.mention, mention)
            if previous is not None and converted and previous.mention.value.unit == mention.value.unit:
                continue  # "110 km (68 miles)": the same figure again; another currency is a claim of its own
            measure = read_measure(mention, sentence, notes.main_places)
            if previous is not None and converted:
                measure = replace(measure, primary=previous)
            previous = measure
            notes.measures.append(measure)
    return notes


_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)")


def _clause_break_before(text: str, start: int, end: int) -> int:
    """The last comma, semicolon or colon that ends a clause in text[start:end] (not the comma of "3,870"), or -1."""
    found = -1
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        found = match.start()
    return found


def _is_conversion(text: str, first: Mention, second: Mention) -> bool:
    """ "£100 million ($127m)", "110 km (68 miles)": the same figure again in brackets, in another unit."""
    between = text[first.end : second.start]
    return (
        first.dimension == second.dimension
        and re.fullmatch(
            r"\s*(?:(?:a|an|per)\s+[a-z]+\s*)?[(\[]\s*(?:about|around|some|roughly|or|c\.|approx\.?)?\s*", between
        )
        is not None  # "207 shillings a litre (about $1.60)": the price again, per the same litre
    )


def _main_places(doc: Doc, length: int) -> frozenset[str]:
    """Places the first paragraphs name: the story's own setting, which does not narrow a figure's scope."""
    lead_end = min(length, 900)  # the text's length, not doc.text, which joins every token again
    found = {e.text.lower() for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC") and e.start_char < lead_end}
    counts = Counter(e.text.lower() for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC"))
    found |= {name for name, n in counts.items() if n >= 3}
    return frozenset(found)


_BODY_LINE = re.compile(r"^(?=(?:\S+\s+){11})[^\n]*[.!?\"”’)]\s*$", re.M)


_FURNITURE = re.compile(r"\b(?:cookies?|consent|subscribe|newsletter|javascript|privacy policy|sign up|log in)\b", re.I)
_STAMP = re.compile(r"^(?:first\s+|last\s+)?(?:published|updated|posted|modified)\b[^.]*\d", re.I)


def _body_start(text: str) -> int:
    """Where the story's first full paragraph begins: the lines above it are its title, standfirst and
    furniture (a cookie banner is a long line ending in a full stop, but no paragraph of the story)."""
    for found in _BODY_LINE.finditer(text):
        if not _FURNITURE.search(found.group()):
            return found.start()
    return 0


def _is_caption(line: str, openers: tuple[str, ...]) -> bool:
    """ "Photo: …", "[PHOTO] …", "(Image) …", "Pictured: …": a line that describes a picture."""
    if line.startswith("pictured") or re.match(r"[\[(](?:photo|image|picture|caption|pic)\w*\b", line):
        return True
    return _caption_opener(openers).match(line) is not None


@lru_cache(maxsize=4)
def _caption_opener(openers: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every caption opener, built once: each line of every article is tried."""
    if not openers:
        return re.compile(r"(?!)")  # nothing opens a caption
    return re.compile(rf"(?:{'|'.join(re.escape(opener) for opener in openers)})\s*[:|–—-]")


def _zone(text: str, sentence: Span, body_start: int) -> str:
    """Where the sentence stands: a headline (a line above the first paragraph, without a full stop),
    a caption, or the body."""
    line_start = text.rfind("\n", 0, sentence.start_char) + 1
    return _line_zone(text, line_start, sentence.start_char < body_start)


@lru_cache(maxsize=4096)
def _line_zone(text: str, line_start: int, above_body: bool) -> str:
    """The zone of a line, worked out once however many sentences it holds."""
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end != -1 else len(text)].strip(" \t*_#>•-")
    lower = line.lower()
    words = lexicon()
    if _is_caption(lower, words.caption_openers):
        return "caption"
    if _CREDIT.search(line):
        return "caption"
    if _STAMP.match(line):
        return "headline"  # "Published 12 June 2025, 14:48 · Updated 17:05": when the page was written
    raw = text[line_start : line_end if line_end != -1 else len(text)].lstrip()
    summary_point = raw.startswith(("- ", "* ", "• ")) and len(line.split()) >= _SUMMARY_POINT_WORDS
    if (
        above_body
        and not line.rstrip().endswith((".", "”", '"'))
        and len(line.split()) <= 25
        and not summary_point  # "- Police now say 29 people have died": a live page's key point, not a title
    ):
        return "headline"
    if _in_links(text, line_start, words.link_openers):
        return "links"
    if 2 <= len(line.split()) <= 12 and line.upper() == line and line.lower() != line:
        return "headline"  # "TWO DAYS OF MOURNING": a crosshead set in capitals, not a sentence of the story
    return "body"


_SUMMARY_POINT_WORDS = 7  # a bulleted line this long is a statement; menus and tags are shorter
_LINK_MARKS = (">", "›", "»", "•", "-", "*")


def _in_links(text: str, line_start: int, openers: tuple[str, ...]) -> bool:
    """True on a "Read more:" or "Related:" line and the list of headlines under it: other stories' titles,
    whose figures are theirs."""
    opener = _link_opener(openers)
    start = line_start
    while True:
        end = text.find("\n", start)
        line = text[start : end if end != -1 else len(text)].strip()
        if opener.match(line.lower()):
            return True
        if start != line_start and not line:
            return False
        if start == line_start and not line.startswith(_LINK_MARKS):
            return False  # only a marked list line can belong to a list opened above it
        if start != line_start and not line.startswith(_LINK_MARKS):
            return False
        if start == 0:
            return False
        start = text.rfind("\n", 0, start - 1) + 1


@lru_cache(maxsize=4)
def _link_opener(openers: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every opener of a list of links, built once."""
    if not openers:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{'|'.join(re.escape(opener) for opener in openers)})\s*(?::|$)")


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _year_in_another_clause(sentence: Span, year: str, start: int) -> bool:
    """True when each year of the sentence stands in a relative clause the figure at `start` is not in."""
    years = [t for t in sentence if t.text == year or _A_YEAR.fullmatch(t.text)]
    if not years:
        return False
    for token in years:
        clause = next((a for a in [token, *token.ancestors] if a.dep_ == "relcl"), None)
        if clause is None:
            return False
        words = list(clause.subtree)
        if words[0].idx <= start < words[-1].idx + len(words[-1]):
            return False
    return True


__all__ = [
    "Annotations",
    "Measure",
    "Mention",
    "annotate",
    "indices_of",
    "lower_lemmas",
    "lower_texts",
    "sentence_has",
    "span_text",
    "token_at",
]
