"""A pile of thousands of articles about many events, made from tests/corpus, and the adjusted Rand index.

Each synthetic event is a copy of one event folder of tests/corpus (its "template") in which every
name and every rare word is renamed, consistently across the copy's articles, to an invented word
of random syllables. Copies of one template ("replicas") keep all their common words, so they read
like many stories of the same kind: the harsh case for telling events apart.

Renamed, within a copy: every word rarer than Zipf 3.5 (`rarity(word) > 8 - 3.5`), in any case, and
every name: a capitalised word inside a sentence that the template's articles never write in
lower case (what factcheck.events takes for a name), except day and month
names. Common words that are capitalised only at the start of a sentence or a heading ("The",
"Among", "Police") are kept: renaming them would make replicas differ in words that stories of one
kind do share, an easier case than real stories.
The invented words are not English words (wordfreq) and never repeat between copies, so the only
words copies share are the ones their templates share. Seeded: the same pile on every run.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.models import Source

RARE_BELOW = 3.5  # Zipf frequency under which a lowercase word is renamed (rarity above 8 - 3.5)
_TOKEN = re.compile(r"([^\W\d_]+)((?:['’][^\W\d_]+)?)")  # a word, and "'s" or "'t" after it
_MID_SENTENCE = re.compile(r"[a-z,;:] ")  # before a capitalised word inside a sentence (as in factcheck.events)
_ONSETS = [*"bdfgklmnprstvz", "br", "dr", "kl", "st", "tr", "sh", "ch"]
_VOWELS = [*"aeiou", "ai", "ou", "ei"]
_CODAS = ["", "", "", "n", "r", "l", "s", "k"]


@dataclass(frozen=True)
class Label:
    """The true event of a pile article: which copy (replica) of which template event folder."""

    replica: int
    template: str


@dataclass
class Template:
    """One event folder of tests/corpus: its articles, and which of their words every copy renames."""

    name: str
    articles: list[tuple[str, str]]  # (file name, text)
    renamed: set[str]  # lowercase forms


def templates(corpus: Path) -> list[Template]:
    """Every event folder under corpus, as read by the tool (factcheck.ingest.read_sources)."""
    from factcheck.ingest import read_sources

    folders: dict[str, list[tuple[str, str]]] = {}
    for source in read_sources([corpus]):
        path = Path(source.path)
        folders.setdefault(path.parent.name, []).append((path.name, source.text))
    return [Template(name, articles, _renamed(articles)) for name, articles in sorted(folders.items())]


def _renamed(articles: Sequence[tuple[str, str]]) -> set[str]:
    """The words (lowercase) a copy of these articles renames: rare ones, in any case, and names.

    A name is what factcheck.events takes for one: a capitalised word inside a sentence that the
    articles never write in lower case; day and month names are not.
    A lowercase word is rare when every form of it is: "didn" alone is, "didn't" is not.
    """
    from factcheck.events import rarity
    from factcheck.lexicon import word_list

    def rare(word: str) -> bool:
        return rarity(word.replace("’", "'")) > 8.0 - RARE_BELOW

    lower_common: set[str] = set()
    lower_rare: set[str] = set()
    capital_rare: set[str] = set()
    names: set[str] = set()
    for _, text in articles:
        for match in _TOKEN.finditer(text):
            stem, suffix = match.groups()
            key = stem.lower()
            if stem.islower():
                common = not rare(stem) or (suffix and not rare(stem + suffix))
                (lower_common if common else lower_rare).add(key)
            elif rare(key):
                capital_rare.add(key)
            elif stem[1:].islower() and match.start() >= 2 and _MID_SENTENCE.match(text, match.start() - 2):
                names.add(key)
    return (lower_rare - lower_common) | ((capital_rare | names) - lower_common - set(word_list("calendar_names")))


def invented_word(rng: random.Random, length: int, taken: set[str], english: dict[str, float]) -> str:
    """A word of random syllables about as long as `length` letters, not English and not taken yet."""
    syllables = min(max(length // 3, 2), 4)
    while True:
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables))
        if word not in taken and word not in english:
            taken.add(word)
            return word


def _same_case(new: str, old: str) -> str:
    if old.islower():
        return new
    if old.isupper() and len(old) > 1:
        return new.upper()
    return new.capitalize()


def build_pile(corpus: Path, size: int, seed: int = 7) -> list[tuple[Source, Label]]:
    """`size` articles: replica 0 of every template, then replica 1 of every template, and so on.

    In this order (a prefix is a smaller pile with at most one event cut short); shuffle before use.
    """
    from wordfreq import get_frequency_dict

    english = get_frequency_dict("en")
    taken: set[str] = set()
    bases = templates(corpus)
    pile: list[tuple[Source, Label]] = []
    replica = 0
    while len(pile) < size:
        for template in bases:
            rng = random.Random(f"{seed}/{replica}/{template.name}")
            names = {w: invented_word(rng, len(w), taken, english) for w in sorted(template.renamed)}

            def rename(match: re.Match[str], names: dict[str, str] = names) -> str:
                old, suffix = match.groups()
                new = names.get(old.lower())
                return match.group() if new is None else _same_case(new, old) + suffix

            for file_name, text in template.articles:
                if len(pile) == size:
                    return pile
                folder = f"{replica:03d}-{template.name}"
                source = Source(
                    id=f"{folder}/{file_name}", path=f"pile/{folder}/{file_name}", text=_TOKEN.sub(rename, text)
                )
                pile.append((source, Label(replica, template.name)))
        replica += 1
    return pile


def shuffled(items: Sequence[tuple[Source, Label]], seed: int = 7) -> list[tuple[Source, Label]]:
    """The items in a seeded random order (a feed does not arrive grouped by event)."""
    out = list(items)
    random.Random(seed).shuffle(out)
    return out


def adjusted_rand(truth: Sequence[Hashable], found: Sequence[Hashable]) -> float:
    """The adjusted Rand index of two labelings, from their contingency table (1.0: the same partition)."""
    pairs = sum(math.comb(c, 2) for c in Counter(zip(truth, found, strict=True)).values())
    rows = sum(math.comb(c, 2) for c in Counter(truth).values())
    columns = sum(math.comb(c, 2) for c in Counter(found).values())
    total = math.comb(len(truth), 2)
    if total == 0:
        return 1.0
    expected = rows * columns / total
    best = (rows + columns) / 2
    if best == expected:
        return 1.0
    return (pairs - expected) / (best - expected)


def ari(truth: Sequence[Hashable], found: Sequence[Hashable]) -> tuple[float, str]:
    """The adjusted Rand index, by scikit-learn when it is installed, else by adjusted_rand; and which."""
    try:
        from sklearn.metrics import adjusted_rand_score
    except ImportError:
        return adjusted_rand(truth, found), "own contingency-table ARI"
    codes: dict[Hashable, int] = {}
    return (
        float(
            adjusted_rand_score(
                [codes.setdefault(("t", t), len(codes)) for t in truth],
                [codes.setdefault(("f", f), len(codes)) for f in found],
            )
        ),
        "sklearn adjusted_rand_score",
    )
