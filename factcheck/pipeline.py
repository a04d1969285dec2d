"""The whole comparison as plain functions: what the CLI calls, and what Python users call."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .compare import compare_groups
from .copies import copy_note, count_origins, find_copies, origins, with_copies
from .events import describe_event, group_by_event
from .explain import short_names
from .group import group_claims
from .ingest import read_sources
from .models import Claim, Discrepancy, Event, Report, Severity, Source
from .story_years import settle_story_years
from .timeline import note_growth, publication_days, publication_times, with_publication_dates
from .wording import plural

if TYPE_CHECKING:
    from spacy.language import Language

    from .cache import ClaimCache

CLAIMS_FILE_NAME = "claims.yaml"
# Called as progress(stage, done, total): stage is "loading" while the spaCy pipeline loads, then "parsing".
Progress = Callable[[str, int, int], None]


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
    todo = [i for i in range(len(sources)) if i not in found]
    if todo:
        from .nlp import load_model, parse_stream

        if progress is not None and nlp is None:
            progress("loading", len(found), len(sources))
        pipeline = nlp or load_model(model)
        if progress is not None:
            progress("parsing", len(found), len(sources))
        for index, doc in zip(todo, parse_stream([sources[i] for i in todo], pipeline, jobs=jobs), strict=True):
            found[index] = extract_claims(sources[index], doc)
            if cache is not None:
                cache.put(sources[index], found[index])
            if progress is not None:
                progress("parsing", len(found), len(sources))
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
    one_event: bool = False,
) -> Report:
    """Extract, group and compare: the full report for already-read sources and hand-added claims.

    The articles are first split into the events they report (`factcheck.events`; `one_event`
    keeps them together) and each event's articles are compared with each other only. Within an
    event, near-copies of one wire story count as one independent origin (`factcheck.copies`).
    """
    extracted = extract_sources(sources, nlp, progress, model=model, cache=cache, jobs=jobs)
    sources = with_publication_dates(sources)
    groups = [list(sources)] if one_event else group_by_event(sources)
    all_ids = [s.id for s in sources] + sorted({c.source for c in extra_claims} - {s.id for s in sources})
    claims: list[Claim] = []
    found: list[Discrepancy] = []
    events: list[Event] = []
    notes: list[str] = []
    copied: dict[str, Source] = {}
    names = short_names(all_ids)
    for number, group in enumerate(groups, start=1):
        copies = find_copies(group)
        group = with_copies(group, copies)
        copied.update({s.id: s for s in group})
        notes += [copy_note(c) for c in copies]
        ids = {s.id for s in group}
        # Hand-added claims cannot say which event they belong to: they join the biggest group.
        extra = list(extra_claims) if number == 1 else []
        event_claims = settle_story_years([c for c in extracted if c.source in ids] + extra)
        event = describe_event(number, group, event_claims, alone=len(group) == 1 and len(groups) > 1)
        origin = origins(group)
        counted = [count_origins(d, origin, copies, names) for d in compare_groups(group_claims(event_claims), all_ids)]
        grown = note_growth(counted, publication_days(group), publication_times(group))
        found += [d.model_copy(update={"event": event.id}) for d in grown]
        claims += event_claims
        events.append(event)
    sources = [copied.get(s.id, s) for s in sources]
    if len(groups) > 1:  # discrepancies stay event by event, each event's worst first
        order = {sid: i for i, sid in enumerate(all_ids)}
        claims.sort(key=lambda c: order[c.source])  # stable: each source's claims stay in text order
    discrepancies = [d for d in found if d.key not in set(ignore)]
    warnings = _input_warnings(sources, all_ids) + _event_warnings(events) + notes
    if len(found) > len(discrepancies):
        warnings.append(
            f"{plural(len(found) - len(discrepancies), 'reviewed discrepancy', 'reviewed discrepancies')} "
            "silenced by `ignore:` in claims.yaml"
        )
    matched = {d.key for d in found}
    warnings += [
        f"`ignore:` key {key!r} in claims.yaml matched no discrepancy; check its spelling"
        for key in ignore
        if key not in matched
    ]
    label = _model_label(nlp, model, cache)
    return Report(
        model=label,
        sources=list(sources),
        claims=claims,
        discrepancies=discrepancies,
        warnings=warnings,
        events=events,
    )


def _model_label(nlp: Language | None, model: str | None, cache: ClaimCache | None) -> str:
    if nlp is not None:
        from .nlp import model_label

        return model_label(nlp)
    return cache.model if cache is not None else (model or "")


def _event_warnings(events: Sequence[Event]) -> list[str]:
    """A warning naming the groups when the articles seem to report different events."""
    if len(events) < 2:
        return []
    alone = [e.sources[0].id for e in events if e.alone]
    together = [e for e in events if not e.alone]
    groups = " / ".join(", ".join(s.id for s in e.sources) for e in together)
    lone = f"; alone, fitting no group: {', '.join(alone)}" if alone else ""
    return [
        f"these articles seem to report {len(events)} different events (they share few words and names), so each "
        f"group was compared on its own: {groups}{lone}; pass --one-event to compare them all as one"
    ]


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
    find_claims: bool = False,
    one_event: bool = False,
) -> Report:
    """Read the articles under `paths` (and the hand-added claims of `claims_file`) and report where they disagree.

    With `find_claims` and no `claims_file`, the claims.yaml beside the articles or in a folder
    above them is used (see `find_claims_file`), unless it is about another event.

    `cache=True` keeps extracted claims in the user cache folder (or FACTCHECK_CACHE_DIR), so a
    re-run on unchanged articles skips spaCy; `jobs` parses in that many processes.

    >>> report = compare_paths(["seeds/"], claims_file="claims.yaml")  # doctest: +SKIP
    >>> [d.severity for d in report.discrepancies]  # doctest: +SKIP
    """
    skipped: list[str] = []
    # Fetched pages are cached beside the claims; without a cache every URL is fetched afresh.
    pages = None if isinstance(cache, bool) else Path(cache)
    sources = read_sources(paths, skipped=skipped, cache_dir=pages, refresh=cache is False)
    extra: list[Claim] = []
    ignore: list[str] = []
    if claims_file is None and find_claims:
        claims_file = find_claims_file(paths)
        if claims_file is not None and not claims_fit(Path(claims_file), sources):
            skipped.append(
                f"{claims_file} was not used: its claims name none of the people or places these articles name; "
                f"pass --claims {claims_file} to use it anyway"
            )
            claims_file = None
    if claims_file is not None:
        from .store import load_claims

        stored = load_claims(Path(claims_file))
        if stored.problems:
            first = stored.problems[0].render(stored.path)
            more = f" (and {len(stored.problems) - 1} more)" if len(stored.problems) > 1 else ""
            raise ClaimsFileError(f"{first}{more}; run `factcheck claims validate {claims_file}` or pass --no-claims")
        extra, ignore = stored.claims, stored.ignore
        skipped += [w.render(stored.path).replace(": warning: ", ": ", 1) for w in stored.warnings]
    claim_cache = open_cache(cache, model) if nlp is None else None
    report = compare_sources(
        sources, nlp, extra, ignore, progress, model=model, cache=claim_cache, jobs=jobs, one_event=one_event
    )
    # A key claims.yaml already warned about needs no second note saying it matched nothing.
    warned = [key for key in ignore if any(repr(key) in note for note in skipped)]
    report.warnings = skipped + [w for w in report.warnings if not any(f"key {key!r} in" in w for key in warned)]
    report.claims_file = str(claims_file) if claims_file is not None else None
    return report


def claims_fit(claims_file: Path, sources: Sequence[Source]) -> bool:
    """Whether a claims file found by looking up the folders is about these articles' event.

    It fits unless it names people or places the articles do not: none of its two or more names, or
    almost none of five or more (a claims file about another event, in a folder above). A file
    that cannot be read fits: loading it reports the problem.
    """
    from .events import MIN_NAMES, SHARED_NAMES, names_in, overlap
    from .store import StoreError, read_text

    try:
        text = read_text(claims_file)  # with the claims file's own limits: no pipe, no giant file
    except StoreError:
        return True
    *article_names, claims_names = names_in([s.text for s in sources] + [text])
    shared = overlap(claims_names, set().union(*article_names))
    if len(claims_names) < 2:
        return True
    return shared > 0 if len(claims_names) < MIN_NAMES else shared >= SHARED_NAMES


def find_claims_file(paths: Sequence[str | Path]) -> Path | None:
    """The claims.yaml for these articles, found the way ruff finds its config.

    It is looked for in the folder that holds the articles (the deepest one they share), then in
    each folder above it, stopping at the top of a git repository or at the home folder, so a
    claims file about another event (in the folder the command runs from) never leaks in. Pages
    given by URL live in no folder: with nothing but URLs, no file is found.
    """
    from .fetch import is_url

    starts = [Path.cwd() if str(p) == "-" else Path(p) for p in paths if not is_url(p)]
    folders = [(p if p.is_dir() else p.parent).resolve() for p in starts]
    if not folders:
        return None
    folder = Path(os.path.commonpath(folders))
    home = Path.home().resolve()
    for candidate in (folder, *folder.parents):
        found = candidate / CLAIMS_FILE_NAME
        if found.is_file():
            return _readable_path(found)
        if (candidate / ".git").exists() or candidate == home:
            return None
    return None


def _readable_path(path: Path) -> Path:
    """The path relative to the working folder when it lies under it, else absolute."""
    try:
        return path.relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def worst_severity(report: Report) -> Severity | None:
    """The most serious severity among the discrepancies, for --fail-on."""
    ranks = [Severity(d.severity) for d in report.discrepancies]
    return min(ranks, key=lambda s: s.rank) if ranks else None
