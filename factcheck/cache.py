"""A cache of extracted claims, so a re-run on unchanged articles costs almost nothing.

Each entry is keyed by the source's name and text, the spaCy pipeline (name and installed version)
and the extraction code itself, so any change to any of them misses. On a warm run no spaCy
import happens at all: the pipeline's identity is read from the installed package's metadata.
Entries live under the user cache folder (platformdirs), or FACTCHECK_CACHE_DIR.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .models import Claim, Source


def default_cache_dir() -> Path:
    """FACTCHECK_CACHE_DIR, else the user cache folder for factcheck."""
    override = os.environ.get("FACTCHECK_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("factcheck"))


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the package's code and lexicon: editing any of it invalidates every entry.

    The whole package counts, not a list of modules: a new module that extraction imports must
    never leave stale claims behind.
    """
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.yaml")]):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_identity(name: str | None) -> str | None:
    """ "name==version" of the pipeline `load_model(name)` would load, without importing spaCy; None if unknown."""
    from .nlp import DEFAULT_MODELS

    wanted = name or os.environ.get("FACTCHECK_MODEL") or None
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    for candidate in candidates:
        if candidate is None:
            continue
        if os.sep in candidate or Path(candidate).exists():
            meta = Path(candidate) / "meta.json"
            return f"{Path(candidate).resolve()}@{meta.stat().st_mtime_ns}" if meta.exists() else None
        if importlib.util.find_spec(candidate) is None:
            continue
        for dist in (candidate, candidate.replace("_", "-")):
            try:
                return f"{candidate}=={importlib.metadata.version(dist)}"
            except importlib.metadata.PackageNotFoundError:
                continue
        return None
    return None


@dataclass
class ClaimCache:
    """Claims per source on disk; counts hits and misses so callers (and tests) can see what was parsed."""

    directory: Path
    model: str
    hits: int = 0
    misses: int = 0

    def _path(self, source: Source) -> Path:
        key = hashlib.sha256(f"{self.model}\0{code_version()}\0{source.id}\0{source.text}".encode()).hexdigest()
        return self.directory / key[:2] / f"{key}.json"

    def get(self, source: Source) -> list[Claim] | None:
        """The cached claims of a source, or None (a damaged entry counts as a miss)."""
        try:
            payload = json.loads(self._path(source).read_text(encoding="utf-8"))
            claims = [Claim.model_validate(item) for item in payload]
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return claims

    def put(self, source: Source, claims: list[Claim]) -> None:
        """Store a source's claims; a cache that cannot be written is simply not used."""
        from .files import write_atomically

        path = self._path(source)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, json.dumps([c.model_dump(mode="json") for c in claims]))
        except OSError:
            pass
