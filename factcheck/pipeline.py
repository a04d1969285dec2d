"""The whole comparison as plain functions: what the CLI calls, and what Python users call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .compare import compare_groups
from .extract import extract_claims
from .group import group_claims
from .ingest import read_sources
from .models import Claim, Report, Severity, Source

if TYPE_CHECKING:
    from spacy.language import Language

Progress = Callable[[int, int], None]


class ClaimsFileError(Exception):
    """claims.yaml has problems; the message names the first, with its line."""


def extract_sources(sources: Sequence[Source], nlp: Language, progress: Progress | None = None) -> list[Claim]:
    """Parse the sources and return every claim they make, source by source."""
    from .nlp import parse_stream

    claims: list[Claim] = []
    for done, (source, doc) in enumerate(zip(sources, parse_stream(sources, nlp), strict=True), 1):
        claims.extend(extract_claims(source, doc))
        if progress is not None:
            progress(done, len(sources))
    return claims


def compare_sources(
    sources: Sequence[Source],
    nlp: Language,
    extra_claims: Sequence[Claim] = (),
    ignore: Sequence[str] = (),
    progress: Progress | None = None,
) -> Report:
    """Extract, group and compare: the full report for already-read sources and hand-added claims."""
    from .nlp import model_label

    claims = extract_sources(sources, nlp, progress) + list(extra_claims)
    source_ids = [s.id for s in sources] + sorted({c.source for c in extra_claims} - {s.id for s in sources})
    found = compare_groups(group_claims(claims), source_ids)
    discrepancies = [d for d in found if d.key not in set(ignore)]
    warnings = []
    if len(source_ids) < 2:
        warnings.append("only one source: there is nothing to compare it with")
    if len(found) > len(discrepancies):
        warnings.append(
            f"{len(found) - len(discrepancies)} reviewed discrepancies silenced by `ignore:` in claims.yaml"
        )
    return Report(
        model=model_label(nlp), sources=list(sources), claims=claims, discrepancies=discrepancies, warnings=warnings
    )


def compare_paths(
    paths: Sequence[str | Path],
    model: str | None = None,
    nlp: Language | None = None,
    claims_file: str | Path | None = None,
    progress: Progress | None = None,
) -> Report:
    """Read the articles under `paths` (and the hand-added claims of `claims_file`) and report where they disagree.

    >>> report = compare_paths(["seeds/"], claims_file="claims.yaml")  # doctest: +SKIP
    >>> [d.severity for d in report.discrepancies]  # doctest: +SKIP
    """
    from .nlp import load_model

    sources = read_sources([Path(p) for p in paths])
    extra: list[Claim] = []
    ignore: list[str] = []
    if claims_file is not None:
        from .store import load_claims

        stored = load_claims(Path(claims_file))
        if stored.problems:
            first = stored.problems[0].render(stored.path)
            more = f" (and {len(stored.problems) - 1} more)" if len(stored.problems) > 1 else ""
            raise ClaimsFileError(f"{first}{more}; run `factcheck claims validate {claims_file}` or pass --no-claims")
        extra, ignore = stored.claims, stored.ignore
    return compare_sources(sources, nlp or load_model(model), extra, ignore, progress)


def worst_severity(report: Report) -> Severity | None:
    """The most serious severity among the discrepancies, for --fail-on."""
    ranks = [Severity(d.severity) for d in report.discrepancies]
    return min(ranks, key=lambda s: s.rank) if ranks else None
