"""How long events lasted: a number and a time unit on an event noun or verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate.tokens import doc_text
from ..models import Claim
from ..quantities import HEDGE_PHRASES, parse_quantity
from .article import (
    Article,
    make_claim,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def quantity_span(first: Token, last: Token) -> tuple[int, int]:
    """Widen a number..unit token range over hedges before it ("the more than", "about") and "-long" after."""
    doc = first.doc
    start = first.i
    if start > 0 and doc[start - 1].text in ("$", "€", "£", "US$"):
        start -= 1
    for phrase in HEDGE_PHRASES:
        n = len(phrase.split())
        if start >= n and " ".join(t.lower_ for t in doc[start - n : start]) == phrase:
            start -= n
            break
    end = last.i + 1
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ("long", "strong"):
        end += 2
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _quantity_claim(
    article: Article, slot: str, subject: str, first: Token, last: Token, about: dict[str, str]
) -> Claim | None:
    start, end = quantity_span(first, last)
    value = parse_quantity(article.source.text[start:end].replace("\n", " "))
    if value is None:
        value = parse_quantity(doc_text(article.doc)[start:end].replace("\n", " "))
    if value is None:
        return None
    return make_claim(article, slot, subject, value, start, end, first.sent, about)
