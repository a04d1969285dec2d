"""The claim cache: a re-run reuses claims, any change to an article re-parses that article only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from factcheck import compare_paths
from factcheck.cache import ClaimCache, model_identity
from factcheck.ingest import read_sources
from factcheck.pipeline import compare_sources, open_cache

from .conftest import CORPUS


def _fingerprint(report) -> str:  # type: ignore[no-untyped-def]
    return json.dumps([d.model_dump(mode="json") for d in report.discrepancies], sort_keys=True) + json.dumps(
        [c.model_dump(mode="json") for c in report.claims], sort_keys=True
    )


def test_one_changed_character_reparses_one_article_and_matches_a_fresh_run(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    articles = tmp_path / "articles"
    shutil.copytree(CORPUS / "energy_summit", articles, ignore=shutil.ignore_patterns("*.json"))
    identity = model_identity(None)
    assert identity is not None
    cache = ClaimCache(directory=tmp_path / "cache", model=identity)

    compare_sources(read_sources([articles]), nlp, cache=cache)
    assert (cache.hits, cache.misses) == (0, 3)

    warm = ClaimCache(directory=tmp_path / "cache", model=identity)
    compare_sources(read_sources([articles]), None, cache=warm)  # no pipeline needed at all
    assert (warm.hits, warm.misses) == (3, 0)

    article = articles / "03_translated.txt"
    article.write_text(article.read_text().replace("three-day", "four-day"), encoding="utf-8")
    edited = ClaimCache(directory=tmp_path / "cache", model=identity)
    cached_report = compare_sources(read_sources([articles]), nlp, cache=edited)
    assert (edited.hits, edited.misses) == (2, 1)
    assert _fingerprint(cached_report) == _fingerprint(compare_paths([articles], nlp=nlp))
    assert "four-day" in json.dumps([c.text for c in cached_report.claims])


def test_another_pipeline_or_a_damaged_entry_misses(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sources = read_sources([CORPUS / "cup_final"])
    first = ClaimCache(directory=tmp_path, model="pipeline==1")
    compare_sources(sources, nlp, cache=first)
    other = ClaimCache(directory=tmp_path, model="pipeline==2")
    compare_sources(sources, nlp, cache=other)
    assert other.misses == len(sources)
    for entry in tmp_path.rglob("*.json"):
        entry.write_text("{not json")
    damaged = ClaimCache(directory=tmp_path, model="pipeline==1")
    report = compare_sources(sources, nlp, cache=damaged)
    assert damaged.misses == len(sources) and report.claims


def test_cache_folder_follows_the_environment(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "here"))
    cache = open_cache(True, None)
    assert cache is not None and cache.directory == tmp_path / "here"
    assert open_cache(False, None) is None
