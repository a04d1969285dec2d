"""Tell apart articles about different events, by the words and names they share.

Two reports of one event name the same people, places and bodies and use the same rare words
("derailment", "ceasefire", "recall"); reports of two events share few of either. Each article is
a vector of its words weighted by how rare they are in English at large (wordfreq's frequencies,
so a word's weight does not depend on which other articles happen to be in the pile), with its
names counted twice. Two articles are as similar as the mean of the cosine of their vectors and
the share of names they have in common; articles are joined by average linkage down to SAME_EVENT.
Articles whose own dates are more than DAYS_APART apart are not alike at all: last year's storm on
the same island, with the same governor, is another event (the articles of one event in the corpora
span at most 12 days).

A name is a capitalised word inside a sentence that the inputs never use in lower case
("Mendoza", "Ortiz"; not "Court" or "Fire", which they also write as "court" and "fire").

Measured at every cut from 0.15 to 0.21 (0.18 is the cut), with the articles dated as compare
dates them: the 12 events of ../shared/corpus and the seeds in one pile of 62 articles come apart
exactly (adjusted Rand index 1.0), and so do the 50 events of tests/corpus in one pile (ARI 1.0;
without the dates, two events set in the same invented town stay together); none of 62 events
alone is split; 21 of 2,211 pairs of different events stay together, as they would with no
grouping at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .ingest import parse_text
from .lexicon import word_list
from .models import Claim, DateValue, Event, EventSource, PlaceValue, Source

SAME_EVENT = 0.18  # average similarity at or above which groups are one event
MIN_NAMES = 5  # an article naming fewer cannot tell which event it is about
ALONE = 0.05  # an article naming few names, on average less like every group than this, is alone
DAYS_APART = 60  # articles published further apart than this report different events, whatever they share
SHARED_NAMES = 0.1  # a claims file sharing less of its names with the articles is about another event

_INNER_CAPITAL = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]{2,})\b")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_BLOCK = 512  # rows of similarities computed at once: memory stays near 512 × n
COMMON = 6.0  # wordfreq's Zipf frequency from which a word says nothing about an event ("the", "said")


@lru_cache(maxsize=200_000)
def rarity(word: str) -> float:
    """How rare a word is in English (8 minus its Zipf frequency; unknown words are the rarest).

    wordfreq is used because it ships word frequencies from large corpora offline: weights from
    the pile alone would call every word the articles share common, just when they all report
    one event.
    """
    from wordfreq import zipf_frequency

    return 8.0 - zipf_frequency(word, "en")


def profile(masked: str, names: set[str]) -> dict[str, float]:
    """The article (its text as masked for parsing) as a unit vector: each word that is not common, by
    its count and rarity; names twice."""
    counts: dict[str, int] = {}
    for word in _WORD.findall(masked.lower()):
        if rarity(word) > 8.0 - COMMON:
            counts[word] = counts.get(word, 0) + 1
    for name in names:
        counts[f"name:{name}"] = counts.get(f"name:{name}", 0) + 2
    weights = {w: (1 + math.log(c)) * rarity(w.removeprefix("name:")) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: v / norm for w, v in weights.items()}


def names_in(texts: Sequence[str]) -> list[set[str]]:
    """For each text, the capitalised words it uses mid-sentence that no text uses in lower case."""
    return _names([parse_text(text) for text in texts])


def _names(masked: Sequence[str]) -> list[set[str]]:
    """names_in over texts already masked for parsing."""
    lower = {word for text in masked for word in _LOWER_WORD.findall(text)}
    calendar = set(word_list("calendar_names"))
    return [
        {w.lower() for w in _INNER_CAPITAL.findall(text) if w.lower() not in lower and w.lower() not in calendar}
        for text in masked
    ]


def overlap(a: set[str], b: set[str]) -> float:
    """The share of the smaller set's names the other holds: 1.0 when one article's names are all in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def cluster(
    names: Sequence[set[str]], profiles: Sequence[dict[str, float]], days: Sequence[int | None] = ()
) -> list[list[int]]:
    """Indexes grouped by average-linkage clustering, stopping below SAME_EVENT; biggest group first.

    Articles naming fewer than MIN_NAMES take no part: each joins the group it is most like on
    average, or stays alone when it is like none (an average below ALONE) and there is more than
    one group to choose from.
    """
    alike = Similarities(names, profiles, days)
    known = [i for i, n in enumerate(names) if len(n) >= MIN_NAMES]
    groups = _average_linkage(alike, known)
    groups.sort(key=lambda g: (-len(g), g[0]))
    short = [i for i, n in enumerate(names) if len(n) < MIN_NAMES]
    if not groups:
        return [short]
    rows = alike.block(short, list(range(len(names))))
    for row, i in enumerate(short):
        averages = [float(rows[row, g].mean()) for g in groups]
        best = max(range(len(groups)), key=lambda g: (averages[g], -g))
        if averages[best] >= ALONE or len(groups) == 1:  # one event: a brief on it is never set apart
            groups[best].append(i)
        else:
            groups.append([i])
    return [sorted(g) for g in groups]


class Similarities:
    """How alike any articles are: the cosine of their profiles, averaged with their share of names
    when both name at least MIN_NAMES; computed a block of rows at a time.

    The profiles and name sets are sparse rows (scipy), so a block of similarities is two sparse
    products; nothing of size n² is ever held, which keeps a pile of thousands in bounded memory.
    """

    def __init__(
        self, names: Sequence[set[str]], profiles: Sequence[dict[str, float]], days: Sequence[int | None] = ()
    ) -> None:
        import numpy as np

        known = list(days) or [None] * len(names)
        self.days = np.array([np.nan if d is None else float(d) for d in known])
        self.enough = np.array([len(n) >= MIN_NAMES for n in names])
        self.sizes = np.array([max(len(n), 1) for n in names], dtype=np.float32)
        self.words = _sparse_rows(profiles)
        self.named = _sparse_rows([dict.fromkeys(n, 1.0) if e else {} for n, e in zip(names, self.enough, strict=True)])

    def block(self, rows: Sequence[int], columns: Sequence[int]) -> Any:
        """The similarities of `rows` with `columns` as a dense array (numpy)."""
        import numpy as np

        cosine = (self.words[rows] @ self.words[columns].T).toarray()
        shared = (self.named[rows] @ self.named[columns].T).toarray()
        smaller = np.minimum.outer(self.sizes[rows], self.sizes[columns])
        both = np.logical_and.outer(self.enough[rows], self.enough[columns])
        alike = np.where(both, (cosine + shared / smaller) / 2, cosine)
        apart = np.abs(np.subtract.outer(self.days[rows], self.days[columns])) > DAYS_APART  # nan: not known
        return np.where(apart, 0.0, alike)


def _sparse_rows(rows: Sequence[dict[str, float]]) -> Any:
    """The rows as a sparse matrix (scipy CSR), one column per key."""
    import numpy as np
    from scipy import sparse

    columns: dict[str, int] = {}
    indexes = np.array([columns.setdefault(key, len(columns)) for row in rows for key in row], dtype=np.int64)
    values = np.fromiter((v for row in rows for v in row.values()), dtype=np.float32, count=len(indexes))
    starts = np.cumsum([0] + [len(row) for row in rows])
    return sparse.csr_matrix((values, indexes, starts), shape=(len(rows), max(len(columns), 1)))


def _average_linkage(alike: Similarities, members: list[int]) -> list[list[int]]:
    """The members joined by average linkage until no two groups reach SAME_EVENT on average.

    Two groups whose every pair is below SAME_EVENT can never reach it on average, so the members
    first fall apart into the connected parts of the graph of pairs at or above it, and average
    linkage runs within each part alone: for a day's feed of many stories the cost follows the
    size of the biggest story, not of the pile. Both steps are scipy's (csgraph, cluster.hierarchy),
    well tested and compiled, where a hand-written linkage was neither; scikit-learn's clustering
    wraps the same code and would add a second of imports to every run.
    """
    import numpy as np
    from scipy import sparse
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial.distance import squareform

    if not members:
        return []
    pairs: list[Any] = []
    for start in range(0, len(members), _BLOCK):
        block = alike.block(members[start : start + _BLOCK], members)
        rows, columns = np.nonzero(block >= SAME_EVENT)
        pairs.append(sparse.coo_matrix((np.ones(len(rows)), (rows + start, columns)), shape=(len(members),) * 2))
    count, labels = connected_components(sum(pairs[1:], pairs[0]), directed=False)
    groups: list[list[int]] = []
    for part in range(count):
        part_members = [members[i] for i in np.flatnonzero(labels == part)]
        if len(part_members) == 1:
            groups.append(part_members)
            continue
        distance = np.clip(1.0 - alike.block(part_members, part_members).astype(np.float64), 0.0, 1.0)
        np.fill_diagonal(distance, 0.0)
        tree = linkage(squareform(distance, checks=False), method="average")
        joined = fcluster(tree, t=1.0 - SAME_EVENT, criterion="distance")
        groups += [[m for m, label in zip(part_members, joined, strict=True) if label == g] for g in np.unique(joined)]
    return groups


def find_events(sources: Sequence[Source]) -> list[Event]:
    """The events the articles report, biggest first, each described from its articles alone (no
    parsing: its date is the earliest publication day and its places are not named)."""
    from .copies import find_copies, with_copies
    from .timeline import with_publication_dates

    groups = group_by_event(with_publication_dates(sources))
    return [
        describe_event(number, with_copies(group, find_copies(group)), (), alone=len(group) == 1 and len(groups) > 1)
        for number, group in enumerate(groups, start=1)
    ]


def group_by_event(sources: Sequence[Source]) -> list[list[Source]]:
    """The sources split into groups that seem to report different events; one group when they agree on names."""
    if len(sources) < 2:
        return [list(sources)]
    masked = [parse_text(s.text) for s in sources]  # once: the cache of parse_text holds fewer articles
    names = _names(masked)
    profiles = [profile(text, n) for text, n in zip(masked, names, strict=True)]
    days = [_ordinal(s.published) for s in sources]
    return [[sources[i] for i in group] for group in cluster(names, profiles, days)]


def _ordinal(published: str | None) -> int | None:
    """The day number of an ISO 8601 date (or date and time), None when there is none."""
    import datetime as dt

    try:
        return dt.date.fromisoformat((published or "")[:10]).toordinal()
    except ValueError:
        return None


def describe_event(number: int, sources: Sequence[Source], claims: Sequence[Claim], alone: bool = False) -> Event:
    """The event a group of articles reports, for the report's heading: the title most like the
    others', the day and places most of them give, and the articles in it."""
    return Event(
        id=f"event-{number}",
        title=_central_title(sources),
        date=_event_day(sources, claims),
        places=_event_places(claims),
        sources=[EventSource(id=s.id, path=s.path, copy_of=s.copy_of) for s in sources],
        alone=alone,
    )


def _central_title(sources: Sequence[Source]) -> str:
    """The title whose telling words the group's other articles use most (a site's name or a
    "BREAKING" banner is in no other article); reposts' titles only when there is no other."""
    titled = [s for s in sources if s.title and not s.copy_of] or [s for s in sources if s.title]
    if not titled:
        return sources[0].id if sources else ""
    words = {s.id: set(_WORD.findall(s.text.lower())) for s in sources}

    def shared(source: Source) -> float:
        telling = [w for w in _WORD.findall(source.title.lower()) if rarity(w) > 8.0 - COMMON]
        others = [words[s.id] for s in sources if s.id != source.id]
        if not telling or not others:
            return 0.0
        return sum(sum(w in other for w in telling) / len(telling) for other in others) / len(others)

    title = _UPDATE_PREFIX.sub("", max(titled, key=shared).title)
    return title if len(title) <= TITLE_LENGTH else title[: title.rfind(" ", 0, TITLE_LENGTH)].rstrip(",;:") + " …"


TITLE_LENGTH = 100  # a longer "title" is a first sentence, cut at a word for the heading
_UPDATE_PREFIX = re.compile(r"^UPDATE\s+\d+\s*[-–—:]\s*")


def _event_day(sources: Sequence[Source], claims: Sequence[Claim]) -> str | None:
    """The full date most articles give for the event itself, else the earliest publication day."""
    by_day: dict[str, set[str]] = {}
    for claim in claims:
        value = claim.value
        main = claim.slot == "date" and claim.event.occasion == "main"
        if main and isinstance(value, DateValue) and value.year and value.month and value.day:
            by_day.setdefault(f"{value.year:04d}-{value.month:02d}-{value.day:02d}", set()).add(claim.source)
    if by_day:
        return max(sorted(by_day), key=lambda day: len(by_day[day]))
    published = sorted(s.published[:10] for s in sources if s.published)
    return published[0] if published else None


def _event_places(claims: Sequence[Claim], most: int = 3) -> list[str]:
    """The places the event's articles give for it, the one most of them name first."""
    by_place: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for claim in claims:
        value = claim.value
        if claim.slot == "place" and claim.event.occasion == "main" and isinstance(value, PlaceValue):
            by_place.setdefault(value.canonical, set()).add(claim.source)
            names.setdefault(value.canonical, value.name)
    ranked = sorted(by_place, key=lambda p: (-len(by_place[p]), p))
    return [names[p] for p in ranked[:most]]
