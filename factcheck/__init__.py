"""factcheck: find where articles about the same event disagree, claim by claim, offline.

>>> from factcheck import compare_paths
>>> report = compare_paths(["seeds/"])  # doctest: +SKIP
"""

from .models import Claim, Discrepancy, Report, Source
from .pipeline import compare_paths, compare_sources, extract_sources

__all__ = ["Claim", "Discrepancy", "Report", "Source", "compare_paths", "compare_sources", "extract_sources"]
__version__ = "0.1.0"
