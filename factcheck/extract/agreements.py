"""How many points were agreed: "agreed on four principles", or a list after "agreed on:"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..annotate.tokens import doc_text, lower_lemmas
from ..models import Claim, QuantityValue
from ..vocab import (
    AGREE_VERBS,
    AGREEMENT_NOUNS,
)
from .article import _BULLET, AGREED_POINTS, Article, _children, make_claim
from .durations import _quantity_claim

AGREED_FRAME = {"thing": "points", "action": "agreed"}

if TYPE_CHECKING:
    from spacy.tokens import Token


def _agreement_heads(token: Token) -> list[Token]:
    """Tokens whose "on/to" prepositions hold what was agreed: the verb, or "agreement" after "reach"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in AGREE_VERBS - {"reach", "conclude", "sign", "ratify"}:
        return [token]
    if token.pos_ == "NOUN" and lemma in AGREEMENT_NOUNS:
        return [token]
    return []


def agreed_counts(article: Article) -> Iterator[Claim]:
    """How many points were agreed: "agreed on four principles", or the items of a list after "agreed on:"."""
    lemmas = lower_lemmas(article.doc)
    for i, lemma in enumerate(lemmas):
        if lemma not in AGREE_VERBS and lemma not in AGREEMENT_NOUNS:
            continue  # only an agreeing verb or an agreement noun holds what was agreed
        token = article.doc[i]
        for head in _agreement_heads(token):
            objects = [
                o
                for prep in _children(head, "prep")
                if prep.lower_ in ("on", "to", "upon", "over")
                for o in _children(prep, "pobj")
            ]
            objects += _children(head, "dobj") if head.pos_ == "VERB" else []
            counted = False
            for obj in objects:
                for num in _children(obj, "nummod"):
                    if num.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
                        continue
                    claim = _quantity_claim(article, "count", AGREED_POINTS, num, num, AGREED_FRAME)
                    if claim is not None:
                        counted = True
                        yield claim
            if not counted:
                listed = _listed_items(article, head)
                if listed is not None:
                    yield listed


def _listed_items(article: Article, head: Token) -> Claim | None:
    """A count claim for a bulleted or numbered list right after a sentence ending "agreed on:"."""
    sent = head.sent
    tail = [t for t in sent if not t.is_space]
    if not tail or tail[-1].text != ":" or tail[-1].i - head.i > 3:
        return None
    text = article.source.text
    masked = doc_text(article.doc)
    position = tail[-1].idx + 1
    items = 0
    end = position
    for line in masked[position:].split("\n")[1:]:
        if _BULLET.match(line):
            items += 1
            end = masked.index(line, end) + len(line.rstrip())
        elif line.strip():
            break
    if items < 2:
        return None
    value = QuantityValue(low=items, high=items, unit=None, qualifier="listed")
    claim = make_claim(article, "count", AGREED_POINTS, value, head.idx, tail[-1].idx + 1, sent, AGREED_FRAME)
    block = " ".join(text[sent.start_char : end].split())
    return claim.model_copy(update={"sentence": block})
