"""Render a Report (or a list of claims) for people and programs. Renderers return; they never print."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from .dates import describe_date
from .models import SCHEMA_VERSION, Claim, Report, Source
from .quantities import describe

FORMATS = ("table", "json")
SEVERITY_STYLE = {"contradiction": "bold red", "variance": "yellow", "single_source": "cyan"}


def value_text(claim: Claim) -> str:
    """A claim's value as a person reads it."""
    value = claim.value
    if value.kind == "quantity":
        return describe(value)
    if value.kind == "date":
        return describe_date(value)
    if value.kind == "person":
        return f"{value.name} ({value.role})" if value.role else value.name
    if value.kind == "place":
        return f"{value.name} [{value.level}]"
    return value.text


def render_json(report: Report) -> str:
    """The JSON contract of design.md: schema_version, sources, claims, discrepancies."""
    return report.model_dump_json(indent=2) + "\n"


def render_claims_json(sources: Sequence[Source], claims: Sequence[Claim], model: str = "") -> str:
    """Claims alone, for `factcheck extract --format json`."""
    payload = {
        "schema_version": SCHEMA_VERSION,
        "model": model,
        "sources": [s.model_dump(mode="json") for s in sources],
        "claims": [c.model_dump(mode="json") for c in claims],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def short_id(source_id: str) -> str:
    """ "001" for "001_a2a5bb07d60bec82.txt"; the id itself when it has no such prefix."""
    return source_id.split("_")[0] if "_" in source_id else source_id


def discrepancy_table(report: Report) -> RenderableType:
    """A rich table of discrepancies, contradictions first, with a summary line above it."""
    counts = {s: sum(1 for d in report.discrepancies if d.severity == s) for s in SEVERITY_STYLE}
    summary = Text(
        f"{len(report.discrepancies)} discrepancies "
        f"({counts['contradiction']} contradiction, {counts['variance']} variance, {counts['single_source']} single-source) "
        f"across {len(report.sources)} sources and {len(report.claims)} claims",
        style="bold",
    )
    parts: list[RenderableType] = [summary]
    parts += [Text(f"warning: {w}", style="yellow") for w in report.warnings]
    if not report.discrepancies:
        parts.append(Text("The sources agree on every fact they share."))
        return Group(*parts)
    table = Table(show_lines=True, expand=False)
    table.add_column("Severity", no_wrap=True)
    table.add_column("What", max_width=22)
    table.add_column("Why (with the quotes)", ratio=1)
    for d in report.discrepancies:
        table.add_row(
            Text(str(d.severity).replace("_", "-"), style=SEVERITY_STYLE.get(str(d.severity), "")),
            f"{d.slot}\n{d.subject}",
            d.explanation,
        )
    parts.append(table)
    return Group(*parts)


def claims_table(sources: Sequence[Source], claims: Sequence[Claim]) -> RenderableType:
    """A rich table of each source's claims in text order."""
    table = Table(show_lines=False)
    for column in ("Source", "Slot", "Subject", "Value", "Text", "Span"):
        table.add_column(column)
    for claim in claims:
        table.add_row(
            short_id(claim.source),
            claim.slot,
            claim.subject,
            value_text(claim),
            claim.text,
            f"{claim.start}–{claim.end}",
        )
    return Group(Text(f"{len(claims)} claims from {len(sources)} sources", style="bold"), table)


def to_text(renderable: RenderableType, width: int = 120) -> str:
    """Plain text of a rich renderable, for files and tests."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, force_terminal=False).print(renderable)
    return buffer.getvalue()
