"""The whole comparison as plain functions: what the CLI calls, and what Python users call."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .compare import compare_groups
from .extract import extract_claims
from .group import group_claims
from .ingest import read_sources
from .models import Claim, Report, Source

if TYPE_CHECKING:
    from spacy.language import Language


def extract_sources(sources: Sequence[Source], nlp: Language) -> list[Claim]:
    """Parse the sources and return every claim they make, source by source."""
    from .nlp import parse

    docs = parse(sources, nlp)
    claims: list[Claim] = []
    for source, doc in zip(sources, docs, strict=True):
        claims.extend(extract_claims(source, doc))
    return claims


def compare_sources(sources: Sequence[Source], nlp: Language, extra_claims: Sequence[Claim] = ()) -> Report:
    """Extract, group and compare: the full report for already-read sources."""
    from .nlp import model_label

    claims = extract_sources(sources, nlp) + list(extra_claims)
    source_ids = [s.id for s in sources] + sorted({c.source for c in extra_claims} - {s.id for s in sources})
    discrepancies = compare_groups(group_claims(claims), source_ids)
    warnings = []
    if len(source_ids) < 2:
        warnings.append("only one source: there is nothing to compare it with")
    return Report(
        model=model_label(nlp), sources=list(sources), claims=claims, discrepancies=discrepancies, warnings=warnings
    )


def compare_paths(paths: Sequence[str | Path], model: str | None = None, nlp: Language | None = None) -> Report:
    """Read the articles under `paths` and report where they disagree.

    >>> report = compare_paths(["seeds/"])  # doctest: +SKIP
    >>> [d.severity for d in report.discrepancies]  # doctest: +SKIP
    """
    from .nlp import load_model

    sources = read_sources([Path(p) for p in paths])
    return compare_sources(sources, nlp or load_model(model))
