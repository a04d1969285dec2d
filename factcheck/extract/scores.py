"""Final scores ("beat City 3-1"), written winner first."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Claim, TextValue
from ..vocab import RESULT_WORDS
from .article import Article, make_claim

_SCORE = re.compile(r"(?<![\d.,:/])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d.,:/%]| ?(?:hours?|days?|years?|minutes?|percent))")


def scores(article: Article) -> Iterator[Claim]:
    """A final score ("beat City 3-1") in a sentence about a result; written winner first."""
    text = article.doc.text
    for sent in article.doc.sents:
        if _SCORE.search(text, sent.start_char, sent.end_char) is None:
            continue  # the cheap test first: most sentences hold no score
        if not any(t.lemma_.lower() in RESULT_WORDS for t in sent):
            continue
        for match in _SCORE.finditer(text, sent.start_char, sent.end_char):
            high, low = sorted((int(match.group(1)), int(match.group(2))), reverse=True)
            value = TextValue(text=f"{high}-{low}")
            about = {"what": "final score"}
            yield make_claim(article, "score", "final score", value, match.start(), match.end(), sent, about)
