"""The whole comparison as plain functions: what the CLI calls, and what Python users call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .compare import compare_groups
from .group import group_claims
from .ingest import read_sources
from .models import Claim, Report, Severity, Source
from .story_years import settle_story_years
from .timeline import note_growth, publication_days

if TYPE_CHECKING:
    from spacy.language import Language

    from .cache import ClaimCache

Progress = Callable[[int, int], None]


class ClaimsFileError(Exception):
    """claims.yaml has problems; the message names the first, with its line."""


def extract_sources(
    sources: Sequence[Source],
    nlp: Language | None = None,
    progress: Progress | None = None,
    *,
    model: str | None = None,
    cache: ClaimCache | None = None,
    jobs: int = 1,
) -> list[Claim]:
    """Every claim the sources make, in source order; spaCy is loaded only if a source is not cached."""
    from .extract import extract_claims

    found: dict[int, list[Claim]] = {}
    for index, source in enumerate(sources):
        cached = cache.get(source) if cache is not None else None
        if cached is not None:
            found[index] = cached
    if progress is not None:
        progress(len(found), len(sources))
    todo = [i for i in range(len(sources)) if i not in found]
    if todo:
        from .nlp import load_model, parse_stream

        pipeline = nlp or load_model(model)
        for index, doc in zip(todo, parse_stream([sources[i] for i in todo], pipeline, jobs=jobs), strict=True):
            found[index] = extract_claims(sources[index], doc)
            if cache is not None:
                cache.put(sources[index], found[index])
            if progress is not None:
                progress(len(found), len(sources))
    return [claim for index in range(len(sources)) for claim in found[index]]


def compare_sources(
    sources: Sequence[Source],
    nlp: Language | None = None,
    extra_claims: Sequence[Claim] = (),
    ignore: Sequence[str] = (),
    progress: Progress | None = None,
    *,
    model: str | None = None,
    cache: ClaimCache | None = None,
    jobs: int = 1,
) -> Report:
    """Extract, group and compare: the full report for already-read sources and hand-added claims."""
    extracted = extract_sources(sources, nlp, progress, model=model, cache=cache, jobs=jobs)
    claims = settle_story_years(extracted + list(extra_claims))
    source_ids = [s.id for s in sources] + sorted({c.source for c in extra_claims} - {s.id for s in sources})
    found = note_growth(compare_groups(group_claims(claims), source_ids), publication_days(sources))
    discrepancies = [d for d in found if d.key not in set(ignore)]
    warnings = _input_warnings(sources, source_ids)
    if len(found) > len(discrepancies):
        warnings.append(
            f"{len(found) - len(discrepancies)} reviewed discrepancies silenced by `ignore:` in claims.yaml"
        )
    label = _model_label(nlp, model, cache)
    return Report(model=label, sources=list(sources), claims=claims, discrepancies=discrepancies, warnings=warnings)


def _model_label(nlp: Language | None, model: str | None, cache: ClaimCache | None) -> str:
    if nlp is not None:
        from .nlp import model_label

        return model_label(nlp)
    return cache.model if cache is not None else (model or "")


def _input_warnings(sources: Sequence[Source], source_ids: Sequence[str]) -> list[str]:
    """Notes about the input a reader should know: nothing to compare, identical articles."""
    warnings = []
    if len(source_ids) < 2:
        warnings.append("only one source: there is nothing to compare it with; give two or more articles")
    seen: dict[str, str] = {}
    for source in sources:
        if source.text in seen:
            warnings.append(f"{source.id} has the same text as {seen[source.text]}; they cannot disagree")
        seen.setdefault(source.text, source.id)
    return warnings


def open_cache(cache: bool | str | Path, model: str | None) -> ClaimCache | None:
    """The claim cache to use: True for the default folder, a path for another, False for none."""
    if cache is False:
        return None
    from .cache import ClaimCache, default_cache_dir, model_identity

    identity = model_identity(model)
    if identity is None:
        return None  # a pipeline we cannot identify without loading it: do not risk stale claims
    directory = default_cache_dir() if cache is True else Path(cache)
    return ClaimCache(directory=directory, model=identity)


def compare_paths(
    paths: Sequence[str | Path],
    model: str | None = None,
    nlp: Language | None = None,
    claims_file: str | Path | None = None,
    progress: Progress | None = None,
    cache: bool | str | Path = False,
    jobs: int = 1,
) -> Report:
    """Read the articles under `paths` (and the hand-added claims of `claims_file`) and report where they disagree.

    `cache=True` keeps extracted claims in the user cache folder (or FACTCHECK_CACHE_DIR), so a
    re-run on unchanged articles skips spaCy; `jobs` parses in that many processes.

    >>> report = compare_paths(["seeds/"], claims_file="claims.yaml")  # doctest: +SKIP
    >>> [d.severity for d in report.discrepancies]  # doctest: +SKIP
    """
    skipped: list[str] = []
    sources = read_sources([Path(p) for p in paths], skipped=skipped)
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
    claim_cache = open_cache(cache, model) if nlp is None else None
    report = compare_sources(sources, nlp, extra, ignore, progress, model=model, cache=claim_cache, jobs=jobs)
    report.warnings[:0] = skipped
    return report


def worst_severity(report: Report) -> Severity | None:
    """The most serious severity among the discrepancies, for --fail-on."""
    ranks = [Severity(d.severity) for d in report.discrepancies]
    return min(ranks, key=lambda s: s.rank) if ranks else None
