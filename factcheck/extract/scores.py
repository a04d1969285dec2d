"""Final scores ("beat City 3-1") and vote splits ("the board voted 5-2"), written larger side first."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..annotate.tokens import doc_text
from ..models import Claim, TextValue
from ..vocab import RESULT_WORDS
from .article import Article, make_claim

_SCORE = re.compile(
    r"(?<![\d.,:/])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d:/%]|[.,]\d| ?(?:hours?|days?|weeks?|months?|years?|minutes?"
    r"|seconds?|percent|per cent|km|kilomet|metres?|meters?|m\b|miles?|kg|tonnes?|degrees?|people|times|storeys?|floors?))"
)  # "won 3-1, with …" and "split 4-3." are scores; "3-1,000", "4-3.5" and "3-4 km" are not


def scores(article: Article) -> Iterator[Claim]:
    """A final score ("beat City 3-1") in a sentence about a result; written winner first."""
    text = doc_text(article.doc)
    for sent in article.doc.sents:
        if _SCORE.search(text, sent.start_char, sent.end_char) is None:
            continue  # the cheap test first: most sentences hold no score
        lemmas = {t.lemma_.lower() for t in sent}
        # a vote's split ("voted 5-2", "split 4-3", "a 6-3 majority"); else a match's final score
        what = "vote split" if lemmas & _VOTING else "final score" if lemmas & RESULT_WORDS else None
        if what is None:
            continue
        for run in _runs(text, list(_SCORE.finditer(text, sent.start_char, sent.end_char))):
            if len(run) > 1:  # "6-7 (5-7), 7-6 (7-3), 4-6, 6-3, 7-5": one match in sets, as written
                value = TextValue(text=", ".join(f"{m.group(1)}-{m.group(2)}" for m in run))
            else:
                high, low = sorted((int(run[0].group(1)), int(run[0].group(2))), reverse=True)
                value = TextValue(text=f"{high}-{low}")
            start, end = run[0].start(), run[-1].end()
            yield make_claim(article, "score", what, value, start, end, sent, {"what": what})


_NEXT_SET = re.compile(r"\s*(?:\(\d{1,2}(?:\s?[-–]\s?\d{1,2})?\))?\s*,\s*")


def _runs(text: str, matches: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Scores one after another, set by set, as one run; a tie-break in brackets is part of its set."""
    runs: list[list[re.Match[str]]] = []
    for match in matches:
        if runs and _NEXT_SET.fullmatch(text, runs[-1][-1].end(), match.start()):
            runs[-1].append(match)
        elif runs and runs[-1][-1].end() < match.start() and text[runs[-1][-1].end() : match.start()].strip() == "(":
            continue  # a tie-break score inside its set's brackets
        else:
            runs.append([match])
    return runs


_VOTING = {"vote", "split", "ballot", "majority", "dissent", "dissenter"}
