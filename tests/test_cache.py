"""The claim cache: a re-run reuses claims, any change to an article re-parses that article only."""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from factcheck import compare_paths
from factcheck.cache import ClaimCache, model_identity
from factcheck.ingest import read_sources
from factcheck.models import Claim
from factcheck.pipeline import compare_sources, open_cache

from .conftest import CORPUS

T = TypeVar("T")


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


MODEL = "pipeline==1"
CUP_FINAL = read_sources([CORPUS / "cup_final"])


@pytest.fixture(scope="module")
def warm_cache(nlp, tmp_path_factory) -> tuple[str, Path]:  # type: ignore[no-untyped-def]
    """The cup_final report without a cache, and a folder holding every entry of its sources."""
    folder = tmp_path_factory.mktemp("warm")
    compare_sources(CUP_FINAL, nlp, cache=ClaimCache(directory=folder, model=MODEL))
    return _fingerprint(compare_sources(CUP_FINAL, nlp)), folder


def _within(seconds: float, run: Callable[[], T]) -> T:
    """run() on a daemon thread, failing the test if it has not returned in time (a read that hangs)."""
    outcome: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(run())
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if errors:
        raise errors[0]
    return outcome[0]


def _substitute(pattern: str, replacement: str) -> Callable[[Path], None]:
    """Edit an entry file in place: the first match of pattern is replaced (and there must be one)."""

    def edit(path: Path) -> None:
        text, count = re.subn(pattern, replacement, path.read_text(encoding="utf-8"), count=1)
        assert count == 1
        path.write_text(text, encoding="utf-8")

    return edit


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


CORRUPT: dict[str, Callable[[Path], None]] = {
    "empty object": lambda path: path.write_text("{}"),
    "null": lambda path: path.write_text("null"),
    "a number": lambda path: path.write_text("1"),
    "empty list": lambda path: path.write_text("[]"),
    "deep nesting": lambda path: path.write_text("[" * 100_000),
    "truncated": lambda path: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
    "changed value": _substitute(r'("low": )(-?[\d.]+)', r"\g<1>1234.0"),
    "wrong checksum": _substitute(r'"sha256": "[0-9a-f]{64}"', '"sha256": "' + "0" * 64 + '"'),
    "fifo": _fifo,
}


@pytest.mark.parametrize("name", CORRUPT)
def test_a_damaged_entry_misses_and_is_replaced(nlp, warm_cache, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    if name == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    expected, warm = warm_cache
    shutil.copytree(warm, tmp_path / "cache")
    cache = ClaimCache(directory=tmp_path / "cache", model=MODEL)
    CORRUPT[name](cache._path(CUP_FINAL[0]))
    report = _within(60, lambda: compare_sources(CUP_FINAL, nlp, cache=cache))
    assert _fingerprint(report) == expected
    assert (cache.hits, cache.misses) == (len(CUP_FINAL) - 1, 1)
    again = ClaimCache(directory=tmp_path / "cache", model=MODEL)
    compare_sources(CUP_FINAL, None, cache=again)
    assert again.hits == len(CUP_FINAL)


FORGERIES: dict[str, Callable[[Claim], dict[str, object]]] = {
    "shifted span": lambda claim: {"start": claim.start + 1, "end": claim.end + 1},
    "changed quote": lambda claim: {"text": claim.text + "0"},
    "another source": lambda claim: {"source": "elsewhere.txt"},
    "made trusted": lambda claim: {"trusted": True},
}


@pytest.mark.parametrize("name", FORGERIES)
def test_an_entry_with_a_valid_checksum_but_a_claim_the_source_does_not_make_misses(  # type: ignore[no-untyped-def]
    nlp, warm_cache, tmp_path: Path, name: str
) -> None:
    expected, warm = warm_cache
    shutil.copytree(warm, tmp_path / "cache")
    writer = ClaimCache(directory=tmp_path / "cache", model=MODEL)
    claims = writer.get(CUP_FINAL[0])
    assert claims
    writer.put(CUP_FINAL[0], [claims[0].model_copy(update=FORGERIES[name](claims[0])), *claims[1:]])
    cache = ClaimCache(directory=tmp_path / "cache", model=MODEL)
    assert _fingerprint(compare_sources(CUP_FINAL, nlp, cache=cache)) == expected
    assert cache.misses == 1


def test_an_entry_written_for_another_key_misses(warm_cache, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, warm = warm_cache
    shutil.copytree(warm, tmp_path / "cache")
    other = ClaimCache(directory=tmp_path / "cache", model="pipeline==2")
    moved = other._path(CUP_FINAL[0])
    moved.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ClaimCache(directory=tmp_path / "cache", model=MODEL)._path(CUP_FINAL[0]), moved)
    assert other.get(CUP_FINAL[0]) is None


def test_an_entry_that_is_a_link_is_neither_read_nor_written_through(nlp, warm_cache, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected, warm = warm_cache
    shutil.copytree(warm, tmp_path / "cache")
    victim = tmp_path / "victim.txt"
    victim.write_text("not the cache's to change")
    cache = ClaimCache(directory=tmp_path / "cache", model=MODEL)
    entry = cache._path(CUP_FINAL[0])
    entry.unlink()
    entry.symlink_to(victim)
    assert _fingerprint(compare_sources(CUP_FINAL, nlp, cache=cache)) == expected
    assert victim.read_text() == "not the cache's to change"
    assert entry.is_file() and not entry.is_symlink()
