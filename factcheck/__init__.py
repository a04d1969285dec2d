"""factcheck: find where articles about the same event disagree, claim by claim, offline.

>>> from factcheck import compare_paths
>>> report = compare_paths(["seeds/"])  # doctest: +SKIP

The names below are imported on first use, so `factcheck --help` stays quick.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Claim, Discrepancy, Report, Source
    from .pipeline import compare_paths, compare_sources, extract_sources

__all__ = ["Claim", "Discrepancy", "Report", "Source", "compare_paths", "compare_sources", "extract_sources"]
__version__ = "0.1.0"
_HOME = {"Claim": "models", "Discrepancy": "models", "Report": "models", "Source": "models"} | dict.fromkeys(
    ["compare_paths", "compare_sources", "extract_sources"], "pipeline"
)


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
