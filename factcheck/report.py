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

FORMATS = ("table", "md", "json", "html", "csv")
SUFFIX_FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".txt": "table",
}
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
    if value.kind == "time":
        return value.label
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
    summary = Text(_summary(report), style="bold")
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


# --- shareable reports: Markdown, CSV, HTML ----------------------------------------------------


def _summary(report: Report) -> str:
    counts = {s: sum(1 for d in report.discrepancies if d.severity == s) for s in SEVERITY_STYLE}
    return (
        f"{len(report.discrepancies)} discrepancies ({counts['contradiction']} contradiction, "
        f"{counts['variance']} variance, {counts['single_source']} single-source) "
        f"across {len(report.sources) + len(manual_sources(report))} sources and {len(report.claims)} claims"
    )


def manual_sources(report: Report) -> list[str]:
    """Sources that exist only through hand-added claims (claims.yaml)."""
    files = {s.id for s in report.sources}
    return sorted({c.source for c in report.claims if c.source not in files})


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render_markdown(report: Report) -> str:
    """A summary line, then one section per discrepancy with a table source → value → quote."""
    lines = ["# Discrepancy report", "", f"**{_summary(report)}.**", ""]
    lines += [f"> warning: {w}" for w in report.warnings]
    for number, d in enumerate(report.discrepancies, 1):
        lines += [
            f"## {number}. {str(d.severity).replace('_', '-')}: {d.slot} / {d.subject}",
            "",
            d.explanation,
            "",
            f"Consensus: {d.consensus or 'none'} ({d.consensus_sources} sources). Key: `{d.key}`",
            "",
            "| Source | Value | Quote | Sentence |",
            "| --- | --- | --- | --- |",
        ]
        for c in d.claims:
            marks = " (trusted)" if c.trusted else ""
            lines.append(
                f"| {_md_cell(c.source)}{marks} | {_md_cell(value_text(c))} | “{_md_cell(c.text)}” | {_md_cell(c.sentence)} |"
            )
        lines.append("")
    if not report.discrepancies:
        lines.append("The sources agree on every fact they share.")
    return "\n".join(lines).rstrip() + "\n"


def render_csv(report: Report) -> str:
    """One row per claim, with the key of every discrepancy it takes part in."""
    import csv

    keys: dict[str, list[str]] = {}
    for d in report.discrepancies:
        for c in d.claims:
            keys.setdefault(c.id, []).append(d.key)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["source", "slot", "subject", "value", "text", "start", "end", "discrepancy_key", "origin", "claim_id"]
    )
    for c in report.claims:
        writer.writerow(
            [
                c.source,
                c.slot,
                c.subject,
                value_text(c),
                c.text,
                c.start,
                c.end,
                ";".join(keys.get(c.id, [])),
                c.origin,
                c.id,
            ]
        )
    return buffer.getvalue()


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;padding:1.5rem;color:#1d2330;background:#f7f7f5}
h1{font-size:1.4rem;margin:0 0 .3rem} h2{font-size:1.1rem;margin:1.6rem 0 .6rem}
.summary{color:#3c4456;margin-bottom:1rem}
.disc{background:#fff;border:1px solid #dcdcd6;border-left-width:6px;border-radius:6px;padding:.7rem 1rem;margin:.6rem 0}
.disc.contradiction{border-left-color:#c62828}.disc.variance{border-left-color:#e0a100}.disc.single_source{border-left-color:#1976d2}
.badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em;
 padding:.1rem .45rem;border-radius:999px;color:#fff;margin-right:.5rem}
.badge.contradiction{background:#c62828}.badge.variance{background:#b58100}.badge.single_source{background:#1976d2}
.key{font-family:ui-monospace,monospace;font-size:.8rem;color:#667}
.why{margin:.35rem 0}
.sources{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(320px,1fr);gap:1rem;overflow-x:auto;align-items:start}
.source{background:#fff;border:1px solid #dcdcd6;border-radius:6px;padding:.8rem 1rem}
.source h3{font-size:.95rem;margin:0 0 .5rem}
.text{white-space:pre-wrap;font-family:Georgia,serif;font-size:.85rem;line-height:1.45}
mark{background:#e8eefc;border-bottom:2px solid #9db4e8;padding:0 1px}
mark.in-disc{background:#ffe08a;border-bottom:2px solid #d19a00}
mark a{color:inherit;text-decoration:none}
"""


def render_html(report: Report) -> str:
    """One self-contained page: summary, discrepancies with badges, sources side by side with claims marked."""
    from html import escape

    number: dict[str, int] = {}
    for index, d in enumerate(report.discrepancies, 1):
        for c in d.claims:
            number.setdefault(c.id, index)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>factcheck report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Discrepancy report</h1>",
        f'<p class="summary">{escape(_summary(report))}.</p>',
    ]
    parts += [f'<p class="summary">warning: {escape(w)}</p>' for w in report.warnings]
    for index, d in enumerate(report.discrepancies, 1):
        severity = str(d.severity)
        label = severity.replace("_", "-")
        parts.append(
            f'<section class="disc {severity}" id="d{index}"><span class="badge {severity}">{label}</span>'
            f"<strong>{escape(d.slot)} / {escape(d.subject)}</strong> "
            f'<span class="key">key: {escape(d.key)}</span>'
            f'<p class="why">{escape(d.explanation)}</p>'
            f"<div>Consensus: {escape(d.consensus or 'none')} ({d.consensus_sources} sources)</div></section>"
        )
    if not report.discrepancies:
        parts.append("<p>The sources agree on every fact they share.</p>")
    parts.append('<h2>Sources</h2><div class="sources">')
    for source in report.sources:
        claims = [c for c in report.claims if c.source == source.id and c.origin == "extracted"]
        parts.append(
            f'<article class="source"><h3>{escape(source.id)}</h3>'
            f'<div class="text">{_marked_text(source.text, claims, number)}</div></article>'
        )
    for name in manual_sources(report):
        items = "".join(
            f"<li>{_mark(c, escape(c.text), number)} → {escape(value_text(c))}</li>"
            for c in report.claims
            if c.source == name
        )
        parts.append(f'<article class="source"><h3>{escape(name)} (claims.yaml)</h3><ul>{items}</ul></article>')
    parts.append("</div></body></html>")
    return "\n".join(parts) + "\n"


def _mark(claim: Claim, inner: str, number: dict[str, int]) -> str:
    from html import escape

    title = escape(f"{claim.slot} / {claim.subject}: {value_text(claim)}", quote=True)
    if claim.id in number:
        return f'<mark class="in-disc" title="{title}"><a href="#d{number[claim.id]}">{inner}</a></mark>'
    return f'<mark title="{title}">{inner}</mark>'


def _marked_text(text: str, claims: list[Claim], number: dict[str, int]) -> str:
    """The source text, escaped, with each claim span wrapped in a mark (overlapping spans: the first wins)."""
    from html import escape

    out = []
    position = 0
    for claim in sorted(claims, key=lambda c: (c.start, -(c.end - c.start), c.id not in number)):
        if claim.start < position:
            continue
        out.append(escape(text[position : claim.start]))
        out.append(_mark(claim, escape(text[claim.start : claim.end]), number))
        position = claim.end
    out.append(escape(text[position:]))
    return "".join(out)


def manual_claims_table(claims: Sequence[Claim]) -> RenderableType:
    """The claims of a claims.yaml, as compare reads them."""
    table = Table()
    for column in ("Source", "Slot", "Subject", "Value", "Quote", "Trusted"):
        table.add_column(column)
    for c in claims:
        table.add_row(c.source, c.slot, c.subject, value_text(c), c.text, "yes" if c.trusted else "")
    return Group(Text(f"{len(claims)} hand-added claims", style="bold"), table)


def render(report: Report, format: str) -> str | RenderableType:
    """The report in a format: text for md/json/html/csv, a Rich renderable for the table."""
    renderers = {"md": render_markdown, "json": render_json, "html": render_html, "csv": render_csv}
    if format == "table":
        return discrepancy_table(report)
    return renderers[format](report)
