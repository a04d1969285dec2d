"""Cheap reads of a Doc: its text, lemmas and lower-case forms, read once from its arrays and cached on
the Doc, so extractors can skip words and sentences without building a Token for each."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def lower_lemmas(doc: Doc) -> list[str]:
    """Every token's lemma in lower case, by index, read once per Doc from its arrays: a pass that
    builds no Token objects, so an extractor can skip the words it has no use for cheaply."""
    cached = doc.user_data.get("factcheck_lemmas")
    if cached is None:
        strings = doc.vocab.strings
        cached = [strings[int(h)].lower() for h in doc.to_array("LEMMA")] if len(doc) else []
        doc.user_data["factcheck_lemmas"] = cached
    return cached


def doc_text(doc: Doc) -> str:
    """A Doc's text, read once: Doc.text joins every token anew on each call."""
    text = doc.user_data.get("factcheck_text")
    if text is None:
        text = doc.user_data["factcheck_text"] = doc.text
    return str(text)


def span_text(span: Span) -> str:
    """A sentence's (or any span's) text, sliced from its Doc's text read once: Span.text joins its
    tokens anew on every call, and the extractors ask for a sentence's text many times over."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def lower_texts(doc: Doc) -> list[str]:
    """Every token's text in lower case, by index, read once per Doc as `lower_lemmas` is."""
    cached = doc.user_data.get("factcheck_lowers")
    if cached is None:
        strings = doc.vocab.strings
        cached = [strings[int(h)] for h in doc.to_array("LOWER")] if len(doc) else []
        doc.user_data["factcheck_lowers"] = cached
    return cached


def indices_of(doc: Doc, words: frozenset[str] | set[str]) -> list[int]:
    """The indices of the tokens whose lemma or lower-case text is one of `words`, in order."""
    lemmas, lowers = lower_lemmas(doc), lower_texts(doc)
    return [i for i in range(len(lemmas)) if lemmas[i] in words or lowers[i] in words]


def sentence_has(doc: Doc, sentence: Span, words: frozenset[str] | set[str]) -> bool:
    """True when a lemma of the sentence is one of `words`."""
    lemmas = lower_lemmas(doc)
    return any(lemmas[i] in words for i in range(sentence.start, sentence.end))
