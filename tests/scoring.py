"""Score a report against a gold.yaml the way a careful reader marks it (the rules of the shared scorer).

A gold discrepancy is found when one reported contradiction or variance carries claims from at
least two of the gold's files whose sentence holds the gold fragment (fuzzy match >= 80) and at
least half of that flag's claims are such claims; each flag counts for one gold item at most.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz
from ruamel.yaml import YAML

from factcheck.models import Discrepancy, Report


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').lower().split())


@dataclass
class Score:
    """What a report found of one event's gold discrepancies, and what it flagged beside them."""

    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unmatched: list[Discrepancy] = field(default_factory=list)
    flags: int = 0


def load_gold(folder: Path) -> dict:
    """The gold.yaml of an event folder."""
    return YAML(typ="safe").load((folder / "gold.yaml").read_text(encoding="utf-8"))


def score(report: Report, gold: dict) -> Score:
    """Match each flag to the gold item it best quotes."""
    flags = [d for d in report.discrepancies if d.severity in ("contradiction", "variance")]
    items = gold.get("discrepancies", [])
    result = Score(flags=len(flags))
    hits: set[int] = set()
    for flag in flags:
        best, best_key = None, (1, 0.0)
        for index, item in enumerate(items):
            files, good = set(), 0
            for claim in flag.claims:
                name = Path(claim.source).name
                fragment = item["values"].get(name)
                if fragment and fuzz.partial_ratio(_norm(fragment), _norm(f"{claim.sentence} {claim.text}")) >= 80:
                    files.add(name)
                    good += 1
            key = (len(files), good / len(flag.claims) if flag.claims else 0.0)
            if key[0] >= 2 and key[1] >= 0.5 and key > best_key:
                best, best_key = index, key
        if best is None:
            result.unmatched.append(flag)
        else:
            hits.add(best)
    result.found = [items[i]["slot"] for i in sorted(hits)]
    result.missed = [item["slot"] for i, item in enumerate(items) if i not in hits]
    return result
