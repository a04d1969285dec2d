"""Token patterns as data: the Matcher patterns of lexicon.yaml's `patterns`, matched once per Doc.

A concept that finds its words by pattern names a label and reads the spans; the patterns
themselves live in the lexicon, beside the word classes, so adding a phrasing is a data change.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from ..lexicon import table

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Span
    from spacy.vocab import Vocab

_MATCHERS: dict[int, tuple[Vocab, Matcher]] = {}  # one Matcher per vocabulary (per loaded model)


def _matcher(vocab: Vocab) -> Matcher:
    """The Matcher holding every pattern of the lexicon, built once per vocabulary."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    from spacy.matcher import Matcher

    matcher = Matcher(vocab, validate=True)
    patterns: dict[str, list[list[dict[str, Any]]]] = table("patterns")
    for label, rules in patterns.items():
        matcher.add(label, rules)
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


# Every pattern reads a minute of play, and every minute of play is written with "minute" or a
# prime after digits: a sentence without either is not worth a pass of the Matcher over its tokens.
_MAY_MATCH = re.compile(r"minute|\d\s?['’′]", re.I)


def match_patterns(sentences: list[Span], text: str) -> dict[str, list[Span]]:
    """Every label's spans in the sentences, in text order; of overlapping spans of one label the longest.
    `text` is the Doc's source text: a sentence no pattern can match is skipped."""
    from spacy.util import filter_spans

    found: dict[str, list[Span]] = defaultdict(list)
    for sentence in sentences:
        if _MAY_MATCH.search(text, sentence.start_char, sentence.end_char) is None:
            continue
        for span in _matcher(sentence.doc.vocab)(sentence, as_spans=True):
            found[span.label_].append(span)
    return {label: sorted(filter_spans(spans), key=lambda s: s.start) for label, spans in found.items()}
