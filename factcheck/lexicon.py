"""The word classes of lexicon.yaml, loaded once into plain lookups (lemma → class)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")


@dataclass(frozen=True)
class Lexicon:
    """Lookups over lexicon.yaml: each maps a lower-case lemma (or phrase) to the class it belongs to."""

    actions: dict[str, str]
    people: frozenset[str]
    things: dict[str, str]
    casualty_nouns: frozenset[str]
    money_nouns: dict[str, str]
    hedges: dict[str, str]
    other_occasion: frozenset[str]
    projection: frozenset[str]
    proposal: frozenset[str]
    caption_openers: tuple[str, ...]
    link_openers: tuple[str, ...]
    label_nouns: frozenset[str]
    time_events: dict[str, str]
    duration_of: dict[str, str]
    person_nouns: frozenset[str]
    size_nouns: frozenset[str]
    structure_nouns: frozenset[str]
    day_events: dict[str, str]
    title_words: frozenset[str]
    rank_words: frozenset[str]
    title_abbreviations: dict[str, str]
    honorifics: frozenset[str]
    offices: dict[str, str]
    unit_nouns: frozenset[str]

    def action(self, word: str) -> str | None:
        """The class of what happened ("killed" → deaths), or None."""
        return self.actions.get(word.lower())

    def thing(self, lemma: str) -> str:
        """The class of a counted noun ("firemen" → firefighter); people in general are "people"."""
        word = lemma.lower()
        if word in self.people:
            return "people"
        return self.things.get(word) or self.things.get(word.rstrip("s")) or word


def singular(word: str) -> str:
    """A plural noun in the singular the extractor files it under, where the model gave no lemma:
    "schools" is "school"; "press" stays "press"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def word_forms(lemma: str, text: str) -> list[str]:
    """Ways to look a word up: its lemma, its text, and its text without an -ed/-s ending
    (the small model lemmatizes some verbs oddly: "fined" → "fin")."""
    lower = text.lower()
    forms = [lemma.lower(), lower]
    for ending in ("ed", "d", "es", "s"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            forms.append(lower[: -len(ending)])
    return forms


def _inverse(classes: dict[str, list[str]]) -> dict[str, str]:
    """{class: [words]} → {word: class}; the first class that lists a word keeps it."""
    found: dict[str, str] = {}
    for name, words in classes.items():
        for word in words:
            found.setdefault(str(word).lower(), name)
    return found


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    """lexicon.yaml as read, once per process (ruamel.yaml in safe mode: the file is data, never code)."""
    from ruamel.yaml import YAML

    data: dict[str, Any] = YAML(typ="safe").load(LEXICON_FILE.read_text(encoding="utf-8"))
    return data


def table(key: str) -> Any:
    """One top-level entry of lexicon.yaml as YAML reads it (lists, mappings, strings, numbers, null);
    a copy, so a module that builds its tables from it cannot change what the next reader sees."""
    return copy.deepcopy(_raw()[key])


def word_list(key: str) -> list[str]:
    """A top-level list of words of lexicon.yaml, in the order written. Every entry must be a string:
    an unquoted `null`, `true` or `12` in the file would not be one, and is reported here."""
    found = table(key)
    if not isinstance(found, list) or not all(isinstance(w, str) for w in found):
        raise TypeError(f"{LEXICON_FILE.name}: {key} must be a list of strings (quote null, true, numbers)")
    return found


def word_classes(key: str) -> dict[str, str]:
    """A top-level {class: [words]} mapping of lexicon.yaml as {word: class}, in the order written
    (a word listed under two classes keeps its first place and takes the later class)."""
    found: dict[str, str] = {}
    for name, members in table(key).items():
        if not isinstance(name, str) or not all(isinstance(w, str) for w in members):
            raise TypeError(f"{LEXICON_FILE.name}: {key} must map class names to lists of strings")
        for word in members:
            found[word] = name
    return found


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, read once per process (see _raw)."""
    raw = _raw()
    words = {key: frozenset(str(w).lower() for w in raw[key]) for key in raw if isinstance(raw[key], list)}
    return Lexicon(
        actions=_inverse(raw["actions"]),
        people=words["people"],
        things=_inverse(raw["things"]),
        casualty_nouns=words["casualty_nouns"],
        money_nouns=_inverse(raw["money_nouns"]),
        hedges=_inverse(raw["hedges"]),
        other_occasion=words["other_occasion"],
        projection=words["projection"],
        proposal=words["proposal"],
        caption_openers=tuple(sorted(words["caption_openers"], key=len, reverse=True)),
        link_openers=tuple(sorted(words["link_openers"], key=len, reverse=True)),
        label_nouns=words["label_nouns"],
        time_events=_inverse(raw["time_events"]),
        duration_of=_inverse(raw["duration_of"]),
        person_nouns=words["person_nouns"],
        size_nouns=words["size_nouns"],
        structure_nouns=words["structure_nouns"],
        day_events=_inverse(raw["day_events"]),
        title_words=words["title_words"],
        rank_words=words["rank_words"],
        title_abbreviations=_inverse(raw["title_abbreviations"]),
        honorifics=words["honorifics"],
        offices=_inverse(raw["offices"]),
        unit_nouns=words["unit_nouns"],
    )
