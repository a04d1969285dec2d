"""Shared fixtures: one spaCy pipeline per test session, stable terminal width, no colours."""

from __future__ import annotations

import os
import tempfile

os.environ["COLUMNS"] = "100"  # Rich reads this: tables wrap the same way on every machine
os.environ["NO_COLOR"] = "1"
os.environ.pop("FACTCHECK_MODEL", None)
os.environ["FACTCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="factcheck-test-cache-")  # never the user's cache

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.models import Claim, Source

CORPUS = Path(__file__).parent / "corpus"
SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The spaCy pipeline, loaded once for the whole run."""
    from factcheck.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def extract(nlp) -> Callable[..., list[Claim]]:  # type: ignore[no-untyped-def]
    """Extract the claims of a small inline text, checking provenance on the way."""
    from factcheck.nlp import parse

    def run(text: str, source_id: str = "t.txt") -> list[Claim]:
        source = Source(id=source_id, path=source_id, text=text)
        claims = extract_claims(source, parse([source], nlp)[0])
        for claim in claims:
            assert text[claim.start : claim.end] == claim.text
        return claims

    return run


def only(claims: list[Claim], slot: str) -> list[Claim]:
    """The claims of one slot."""
    return [c for c in claims if c.slot == slot]


@pytest.fixture(scope="session")
def compare(nlp):  # type: ignore[no-untyped-def]
    """Compare a few inline articles, given as {file name: text}, and return the discrepancies."""
    from factcheck import compare_sources

    def run(texts: dict[str, str]):  # type: ignore[no-untyped-def]
        return compare_sources([Source(id=k, path=k, text=v) for k, v in texts.items()], nlp).discrepancies

    return run
