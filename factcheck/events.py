"""Tell apart articles about different events, by the words and names they share.

Two reports of one event name the same people, places and bodies and use the same rare words
("derailment", "ceasefire", "recall"); reports of two events share few of either. Each article is
a vector of its words weighted by how rare they are in English at large (wordfreq's frequencies,
so a word's weight does not depend on which other articles happen to be in the pile), with its
names counted twice. Two articles are as similar as the mean of the cosine of their vectors and
the share of names they have in common; articles are joined by average linkage down to SAME_EVENT.

A name is a capitalised word inside a sentence that the inputs never use in lower case
("Mendoza", "Ortiz"; not "Court" or "Fire", which they also write as "court" and "fire").

Measured at every cut from 0.15 to 0.21 (0.18 is the cut): the 12 events of ../shared/corpus and
the seeds in one pile of 62 articles come apart exactly (adjusted Rand index 1.0); the 50 events
of tests/corpus in one pile give 48 groups (ARI 0.97: two pairs of events set in the same invented
towns stay together); none of 62 events alone is split; 23 of 2,211 pairs of different events stay
together, as they would with no grouping at all.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from .ingest import parse_text
from .lexicon import word_list
from .models import Source

SAME_EVENT = 0.18  # average similarity at or above which groups are one event
MIN_NAMES = 5  # an article naming fewer cannot tell which event it is about
SHARED_NAMES = 0.1  # a claims file sharing less of its names with the articles is about another event

_INNER_CAPITAL = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]{2,})\b")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
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


def similarity(cosine: float, names_a: set[str], names_b: set[str]) -> float:
    """How alike two articles are: the mean of their cosine and their share of names (when both name
    enough people and places to tell)."""
    if len(names_a) >= MIN_NAMES and len(names_b) >= MIN_NAMES:
        return (cosine + overlap(names_a, names_b)) / 2
    return cosine


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


def cluster(names: Sequence[set[str]], profiles: Sequence[dict[str, float]]) -> list[list[int]]:
    """Indexes grouped by average-linkage clustering, stopping below SAME_EVENT; biggest group first.

    Articles naming fewer than MIN_NAMES take no part: they join the group they are most like
    (the biggest when they are like none).
    """

    matrix = cosines(profiles)

    def alike(i: int, j: int) -> float:
        return similarity(float(matrix[i, j]), names[i], names[j])

    known = [i for i, n in enumerate(names) if len(n) >= MIN_NAMES]
    groups = _average_linkage(known, alike)
    if not groups:
        return [list(range(len(names)))]
    groups.sort(key=lambda g: (-len(g), g[0]))
    for i in (i for i, n in enumerate(names) if len(n) < MIN_NAMES):
        best = max(range(len(groups)), key=lambda g: (sum(alike(i, j) for j in groups[g]), -g))
        groups[best].append(i)
    return [sorted(g) for g in groups]


def cosines(profiles: Sequence[dict[str, float]]) -> Any:
    """Every pair's cosine at once, as one matrix product (numpy comes with spaCy); only words two
    or more articles use can add to a cosine, so the matrix has a column for those alone."""
    import numpy as np

    seen: dict[str, int] = {}
    for vector in profiles:
        for word in vector:
            seen[word] = seen.get(word, 0) + 1
    columns = {word: i for i, word in enumerate(w for w, n in seen.items() if n > 1)}
    matrix = np.zeros((len(profiles), max(len(columns), 1)), dtype=np.float32)
    for row, vector in enumerate(profiles):
        for word, weight in vector.items():
            if word in columns:
                matrix[row, columns[word]] = weight
    return matrix @ matrix.T


def _average_linkage(members: list[int], alike: Callable[[int, int], float]) -> list[list[int]]:
    """Join the two groups with the highest average similarity until none reaches SAME_EVENT.

    Each group keeps its summed similarity with every other group, so a merge costs one pass over
    the groups, and a heap holds the candidate pairs (stale ones are skipped): O(n² log n), not O(n³).
    """
    groups: dict[int, list[int]] = {g: [i] for g, i in enumerate(members)}
    totals: dict[int, dict[int, float]] = {g: {} for g in groups}
    heap: list[tuple[float, int, int]] = []
    for a, b in itertools.combinations(groups, 2):
        shared = alike(groups[a][0], groups[b][0])
        totals[a][b] = totals[b][a] = shared
        if shared >= SAME_EVENT:
            heap.append((-shared, a, b))
    heapq.heapify(heap)
    next_id = len(groups)
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in groups or b not in groups:
            continue  # one of the pair has been merged since
        merged, next_id = next_id, next_id + 1
        groups[merged] = groups.pop(a) + groups.pop(b)
        totals[merged] = {}
        for other in groups:
            if other == merged:
                continue
            total = totals[other].pop(a) + totals[other].pop(b)
            totals[merged][other] = totals[other][merged] = total
            average = total / (len(groups[merged]) * len(groups[other]))
            if average >= SAME_EVENT:
                heapq.heappush(heap, (-average, merged, other))
        del totals[a], totals[b]
    return list(groups.values())


def group_by_event(sources: Sequence[Source]) -> list[list[Source]]:
    """The sources split into groups that seem to report different events; one group when they agree on names."""
    if len(sources) < 2:
        return [list(sources)]
    masked = [parse_text(s.text) for s in sources]  # once: the cache of parse_text holds fewer articles
    names = _names(masked)
    profiles = [profile(text, n) for text, n in zip(masked, names, strict=True)]
    return [[sources[i] for i in group] for group in cluster(names, profiles)]
