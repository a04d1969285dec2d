"""A cache of extracted claims, so a re-run on unchanged articles costs almost nothing.

Each entry is keyed by the source's name and text, the spaCy pipeline (name and installed version)
and the extraction code itself, so any change to any of them misses. On a warm run no spaCy
import happens at all: the pipeline's identity is read from the installed package's metadata.
Entries live under the user cache folder (platformdirs), or FACTCHECK_CACHE_DIR.

An entry cannot lie: it carries the key it was written for and a checksum of its claims, and every
claim must quote its source exactly. Anything else (not a regular file, too big, not JSON, the wrong
shape, a tampered claim) is a miss, and the fresh claims replace it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import TypeAdapter

from .files import read_file
from .models import Claim, Origin, Source

# Far past the claims of the longest article ingest keeps (MAX_CHARS); anything bigger is not ours.
MAX_ENTRY_BYTES = 64 * 1024 * 1024
_CLAIMS = TypeAdapter(list[Claim])


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

    def _key(self, source: Source) -> str:
        """The entry's name: a digest of the pipeline, the code, and the source's id and text."""
        return hashlib.sha256(f"{self.model}\0{code_version()}\0{source.id}\0{source.text}".encode()).hexdigest()

    def _path(self, source: Source) -> Path:
        """The entry's file, in a folder named by the key's first two characters."""
        key = self._key(source)
        return self.directory / key[:2] / f"{key}.json"

    def get(self, source: Source) -> list[Claim] | None:
        """The cached claims of a source, or None (a missing, damaged or tampered entry counts as a miss)."""
        try:
            claims = _load_entry(_read_entry(self._path(source)), self._key(source), source)
        except (OSError, ValueError, RecursionError):  # ValueError covers bad JSON, bad UTF-8 and bad claims
            claims = None
        if claims is None:
            self.misses += 1
            return None
        self.hits += 1
        return claims

    def put(self, source: Source, claims: list[Claim]) -> None:
        """Store a source's claims; a cache that cannot be written is simply not used."""
        from .files import write_atomically

        key = self._key(source)
        payload = [c.model_dump(mode="json") for c in claims]
        path = self._path(source)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _unlink_unless_regular(path)  # never write through a link or into a FIFO left in an entry's place
            write_atomically(path, json.dumps({"key": key, "sha256": _checksum(key, payload), "claims": payload}))
        except OSError:
            pass


def _checksum(key: str, claims: object) -> str:
    """sha256 of an entry's key and its claims as canonical JSON (the claims as stored, not as validated)."""
    canonical = json.dumps(claims, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{key}\0{canonical}".encode()).hexdigest()


def _read_entry(path: Path) -> bytes:
    """The bytes of a cache entry: a regular file (not a link) of at most MAX_ENTRY_BYTES, else OSError."""
    data = read_file(path, MAX_ENTRY_BYTES, follow_links=False)
    if len(data) > MAX_ENTRY_BYTES:
        raise OSError(f"{path} is not a cache entry")
    return data


def _load_entry(data: bytes, key: str, source: Source) -> list[Claim] | None:
    """The claims an entry holds, or None unless it is an entry for `key` whose checksum and provenance hold.

    Raises ValueError or RecursionError for text that is not JSON, or claims that do not fit the model.
    """
    payload = json.loads(data.decode("utf-8"))
    if not isinstance(payload, dict) or set(payload) != {"key", "sha256", "claims"} or payload["key"] != key:
        return None
    if not isinstance(payload["claims"], list) or payload["sha256"] != _checksum(key, payload["claims"]):
        return None
    claims = _CLAIMS.validate_python(payload["claims"])
    if len({c.id for c in claims}) != len(claims) or not all(_quotes_source(c, source) for c in claims):
        return None
    return claims


def _quotes_source(claim: Claim, source: Source) -> bool:
    """True for an extracted claim of this source whose span is exactly its text in the source."""
    return (
        claim.source == source.id
        and claim.origin == Origin.extracted
        and not claim.trusted
        and 0 <= claim.start <= claim.end <= len(source.text)
        and source.text[claim.start : claim.end] == claim.text
    )


def _unlink_unless_regular(path: Path) -> None:
    """Remove whatever other than a regular file sits at path (a symlink, a FIFO); OSError if it cannot."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        path.unlink()
