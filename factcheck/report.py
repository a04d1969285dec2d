"""Render a Report (or a list of claims) for people and programs. Renderers return; they never print."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from .dates import describe_date
from .models import SCHEMA_VERSION, Claim, DateValue, Discrepancy, Event, EventSource, Report, Source
from .quantities import describe
from .wording import origins_text, plural

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


def discrepancy_table(report: Report, warnings: bool = True) -> RenderableType:
    """A rich table of discrepancies, contradictions first, with a summary line above it; one heading
    and table per event when the articles report several.

    The terminal prints the warnings on stderr, so it asks for the table without them.
    """
    summary = Text(_summary(report), style="bold")
    parts: list[RenderableType] = [summary]
    if warnings:
        parts += [Text(f"warning: {w}", style="yellow") for w in report.warnings]
    for event, found in event_sections(report):
        if event is not None:
            parts.append(Text(""))
            parts.append(Text(event_heading(event), style="bold"))
        if not found:
            parts.append(Text(quiet_event_text(event)))
            continue
        table = Table(show_lines=True, expand=False)
        table.add_column("Severity", no_wrap=True)
        table.add_column("Key (for ignore:)", max_width=24, overflow="fold")
        table.add_column("Why (with the quotes)", ratio=1)
        for d in found:
            table.add_row(
                Text(str(d.severity).replace("_", "-"), style=SEVERITY_STYLE.get(str(d.severity), "")),
                Text(d.key),
                Text(d.explanation),
            )
        parts.append(table)
    return Group(*parts)


def event_sections(report: Report) -> list[tuple[Event | None, list[Discrepancy]]]:
    """The discrepancies event by event, in the report's order; one section without a heading for one event."""
    if len(report.events) < 2:
        return [(None, list(report.discrepancies))]
    return [(e, [d for d in report.discrepancies if d.event == e.id]) for e in report.events]


def event_heading(event: Event) -> str:
    """ "Event 2: <title> · 23 October 2025 · Zagreb, Athens · 4 articles: a.txt, b.txt, …" """
    number = event.id.rsplit("-", 1)[-1]
    parts = [f"Event {number}: {event.title}"]
    if event.date:
        parts.append(_iso_date_text(event.date))
    if event.places:
        parts.append(", ".join(event.places))
    ids = ", ".join(s.id for s in event.sources)
    parts.append(f"{plural(len(event.sources), 'article')}: {ids}")
    return " · ".join(parts)


def quiet_event_text(event: Event | None) -> str:
    """What an event without discrepancies says: alone, or in agreement."""
    if event is not None and event.alone:
        return "Alone: no other article reports this event, so it was compared with none."
    return "The sources agree on every fact they share."


def _iso_date_text(iso: str) -> str:
    """ "23 October 2025" for "2025-10-23" (as written when it is not a date)."""
    try:
        year, month, day = (int(part) for part in iso[:10].split("-"))
    except ValueError:
        return iso
    return describe_date(DateValue(year=year, month=month, day=day))


def events_table(events: Sequence[Event]) -> RenderableType:
    """A rich table of the events: number, title, date and articles (reposts marked)."""
    table = Table(show_lines=True, expand=False)
    table.add_column("Event", no_wrap=True)
    table.add_column("Title", ratio=2)
    table.add_column("Date", no_wrap=True)
    table.add_column("Articles", ratio=2, overflow="fold")
    for event in events:
        title = event.title + (" (alone: fits no other article)" if event.alone else "")
        table.add_row(
            *plain(
                event.id,
                title,
                _iso_date_text(event.date) if event.date else "",
                "\n".join(s.id for s in event.sources),
            )
        )
    summary = f"{plural(len(events), 'event')} in {plural(sum(len(e.sources) for e in events), 'article')}"
    return Group(Text(summary, style="bold"), table)


def _article_line(source: EventSource) -> str:
    return f"{source.id} (copy of {source.copy_of})" if source.copy_of else source.id


def render_events_json(events: Sequence[Event]) -> str:
    """The events as a JSON list: each with its id, title, date, places and the ids and paths of its articles."""
    return json.dumps([e.model_dump(mode="json") for e in events], indent=2, ensure_ascii=False) + "\n"


def plain(*texts: str) -> list[Text]:
    """Cells that print as written: Rich would read "[/bold]" in an article as markup and fail on it."""
    return [Text(text) for text in texts]


def claims_table(sources: Sequence[Source], claims: Sequence[Claim]) -> RenderableType:
    """A rich table of each source's claims in text order."""
    table = Table(show_lines=False)
    for column in ("Source", "Slot", "Subject", "Value", "Text", "Span"):
        table.add_column(column)
    for claim in claims:
        table.add_row(
            *plain(short_id(claim.source), claim.slot, claim.subject, value_text(claim), claim.text),
            f"{claim.start}–{claim.end}",
        )
    return Group(Text(_claims_summary(sources, claims), style="bold"), table)


def _claims_summary(sources: Sequence[Source], claims: Sequence[Claim]) -> str:
    return f"{plural(len(claims), 'claim')} from {plural(len(sources), 'source')}"


_CLAIM_COLUMNS = ("source", "slot", "subject", "value", "text", "start", "end", "sentence", "claim_id")


def _claim_row(claim: Claim) -> list[str | int]:
    """A claim's cells for `extract -f csv`."""
    return [
        claim.source,
        claim.slot,
        claim.subject,
        value_text(claim),
        claim.text,
        claim.start,
        claim.end,
        claim.sentence,
        claim.id,
    ]


# A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: a leading quote keeps "=HYPERLINK(…)" from running."""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value


def _csv_row(values: Sequence[object]) -> list[object]:
    """Every cell of a row through _csv_cell."""
    return [_csv_cell(value) for value in values]


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV document, every cell through _csv_cell."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(_csv_row(row) for row in rows)
    return buffer.getvalue()


def render_claims_csv(claims: Sequence[Claim]) -> str:
    """One row per extracted claim: what `extract -f csv` writes."""
    return _csv(_CLAIM_COLUMNS, (_claim_row(c) for c in claims))


def render_claims_markdown(sources: Sequence[Source], claims: Sequence[Claim]) -> str:
    """A section per source with a table of its claims: what `extract -f md` writes."""
    lines = ["# Claims", "", f"**{_claims_summary(sources, claims)}.**", ""]
    for source in sources:
        own = [c for c in claims if c.source == source.id]
        title = f": {_md_cell(source.title)}" if source.title else ""
        lines += [f"## {_md_cell(source.id)}{title}", ""]
        if not own:
            lines += ["No claims found.", ""]
            continue
        lines += ["| Slot | Subject | Value | Quote | Span |", "| --- | --- | --- | --- | --- |"]
        lines += [
            f"| {_md_cell(c.slot)} | {_md_cell(c.subject)} | {_md_cell(value_text(c))} | “{_md_cell(c.text)}” | {c.start}–{c.end} |"
            for c in own
        ]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_text(renderable: RenderableType, width: int = 120) -> str:
    """Plain text of a rich renderable, for files and tests."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, force_terminal=False).print(renderable)
    return buffer.getvalue()


# --- shareable reports: Markdown, CSV, HTML ----------------------------------------------------


def _summary(report: Report) -> str:
    counts = {s: sum(1 for d in report.discrepancies if d.severity == s) for s in SEVERITY_STYLE}
    sources = len(report.sources) + len(manual_sources(report))
    return (
        f"{plural(len(report.discrepancies), 'discrepancy', 'discrepancies')} "
        f"({plural(counts['contradiction'], 'contradiction')}, {plural(counts['variance'], 'variance')}, "
        f"{counts['single_source']} single-source) "
        f"across {plural(sources, 'source')} and {plural(len(report.claims), 'claim')}"
    )


def consensus_text(d: Discrepancy) -> str:
    """ "Consensus: 4 (3 sources)", "Consensus: 4 (2 independent sources; 3 articles)" when a copy is
    among them, or "No consensus" when the sources split evenly."""
    if not d.consensus:
        return "No consensus"
    return f"Consensus: {d.consensus} ({origins_text(d.consensus_sources, d.consensus_origins)})"


def manual_sources(report: Report) -> list[str]:
    """Sources that exist only through hand-added claims (claims.yaml)."""
    files = {s.id for s in report.sources}
    return sorted({c.source for c in report.claims if c.source not in files})


# Backslashes are doubled so an escape in the text cannot undo ours; brackets would make links and images,
# backticks code spans (where entities show as written), and <, >, & raw HTML.
_MD_ESCAPES = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]", "`": "\\`", "&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _md_text(text: str) -> str:
    """Text as one line of Markdown that shows as written: no raw HTML, no links or images, no line breaks."""
    return " ".join(text.split()).translate(_MD_ESCAPES)


def _md_cell(text: str) -> str:
    """Text for a Markdown table cell: _md_text with its pipes escaped."""
    return _md_text(text).replace("|", "\\|")


def _md_paragraph(text: str) -> str:
    """Text as a paragraph of its own: _md_text, with a leading heading, list, rule or fence mark kept literal."""
    import re

    text = _md_text(text)
    if text.startswith(("#", "*", "+", "-", "=", "_", "`", "~")):
        return "\\" + text
    number = re.match(r"\d+(?=[.)])", text)  # "1." or "1)" would start an ordered list
    return f"{number.group()}\\{text[number.end() :]}" if number else text


def _md_code(text: str) -> str:
    """Text as an inline code span, fenced by more backticks than it holds so it cannot close the span early."""
    import re

    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""  # CommonMark strips one space each side
    return f"{fence}{pad}{text}{pad}{fence}"


def render_markdown(report: Report) -> str:
    """A summary line, then one section per discrepancy with a table source → value → quote (grouped
    under a heading per event when the articles report several)."""
    lines = ["# Discrepancy report", "", f"**{_summary(report)}.**", ""]
    lines += [f"> warning: {_md_text(w)}" for w in report.warnings]
    number = 0
    for event, found in event_sections(report):
        level = "##"
        if event is not None:
            lines += ["", f"## {_md_text(event_heading(event))}", ""]
            level = "###"
        if not found:
            lines += [quiet_event_text(event), ""]
        for d in found:
            number += 1
            lines += [
                f"{level} {number}. {str(d.severity).replace('_', '-')}: {_md_text(d.slot)} / {_md_text(d.subject)}",
                "",
                _md_paragraph(d.explanation),
                "",
                f"{_md_text(consensus_text(d))}. Key: {_md_code(d.key)}",
                "",
                "| Source | Value | Quote | Sentence |",
                "| --- | --- | --- | --- |",
            ]
            for c in d.claims:
                marks = " (trusted)" if c.trusted else ""
                lines.append(
                    f"| {_md_cell(c.source)}{marks} | {_md_cell(value_text(c))} | “{_md_cell(c.text)}” "
                    f"| {_md_cell(c.sentence)} |"
                )
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_csv(report: Report) -> str:
    """One row per claim, with the key of every discrepancy it takes part in."""
    keys: dict[str, list[str]] = {}
    for d in report.discrepancies:
        for c in d.claims:
            keys.setdefault(c.id, []).append(d.key)
    event_of = {s.id: e.id for e in report.events for s in e.sources}
    header = [
        "source",
        "slot",
        "subject",
        "value",
        "text",
        "start",
        "end",
        "discrepancy_key",
        "origin",
        "claim_id",
        "event",
    ]
    rows = (
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
            event_of.get(c.source, ""),
        ]
        for c in report.claims
    )
    return _csv(header, rows)


_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;padding:1.5rem;color:#1d2330;background:#f7f7f5;
 line-height:1.4;overflow-wrap:anywhere}
h1{font-size:1.4rem;margin:0 0 .3rem} h2{font-size:1.1rem;margin:1.6rem 0 .6rem}
a{color:#1a4fa3}
.summary{color:#3c4456;margin:.2rem 0 .6rem}
.warning{color:#7a5200;margin:.2rem 0}
.file{font-family:ui-monospace,monospace;font-size:.75rem;color:#667;font-weight:400}
.toc{background:#fff;border:1px solid #dcdcd6;border-radius:6px;padding:.5rem 1rem;margin:.8rem 0}
.toc summary{font-weight:600;cursor:pointer}
.toc ol{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(300px,100%),1fr));gap:.3rem 1.5rem;
 margin:.5rem 0 .2rem;padding-left:1.6rem;font-size:.9rem}
.toc .count{color:#667;font-size:.8rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(560px,100%),1fr));gap:.8rem;align-items:start}
.disc{background:#fff;border:1px solid #dcdcd6;border-left-width:6px;border-radius:6px;padding:.7rem 1rem;min-width:0}
.disc:target{box-shadow:0 0 0 3px #9db4e8}
.disc.contradiction{border-left-color:#c62828}.disc.variance{border-left-color:#e0a100}.disc.single_source{border-left-color:#1976d2}
.disc h3{font-size:1rem;margin:0}\nh3.event{font-size:1rem;margin:1.2rem 0 .5rem}
.badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em;
 padding:.1rem .45rem;border-radius:999px;color:#fff;margin-right:.5rem;vertical-align:.1em;white-space:nowrap}
.badge.contradiction{background:#c62828}.badge.variance{background:#b58100}.badge.single_source{background:#1976d2}
.key{font-family:ui-monospace,monospace;font-size:.75rem;color:#667}
.why{margin:.35rem 0}
.sides{width:100%;border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
.sides th,.sides td{text-align:left;vertical-align:top;padding:.3rem .45rem}
.sides thead th{font-size:.75rem;color:#667;font-weight:600;border-bottom:1px solid #dcdcd6}
.sides tbody{border-top:2px solid #dcdcd6}
.sides tbody tr+tr td{border-top:1px solid #efefea}
.sides .value{width:22%;font-weight:600}
.sides .source-name{width:30%}
.sides .consensus .value{color:#2e6b30}
.sides .source-name a{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
.tag{display:inline-block;white-space:nowrap;font-size:.7rem;font-weight:600;color:#2e6b30;background:#e6f2e6;border-radius:4px;padding:0 .3rem}
.tag.trusted{color:#5a3d99;background:#eee8fa}
.sentence{font-family:Georgia,serif;color:#3c4456}
a.quote{color:#1d2330;background:#ffe08a;border-bottom:2px solid #d19a00;text-decoration:none;padding:0 1px}
.silent{color:#667;font-style:italic}
.sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(340px,100%),1fr));gap:1rem;align-items:start}
.source{background:#fff;border:1px solid #dcdcd6;border-radius:6px;padding:.8rem 1rem;min-width:0}
.source:target{box-shadow:0 0 0 3px #9db4e8}
.source h3{font-size:.95rem;margin:0}
.source .file{margin:.1rem 0 .5rem}
.source h4{font-size:.8rem;margin:.8rem 0 .3rem;color:#3c4456}
.source ul{padding-left:1.2rem;margin:.3rem 0;font-size:.85rem}
.text{white-space:pre-wrap;font-family:Georgia,serif;font-size:.85rem;line-height:1.45}
mark{background:#e8eefc;border-bottom:2px solid #9db4e8;padding:0 1px;color:inherit}
mark.in-disc{background:#ffe08a;border-bottom:2px solid #d19a00}
mark a{color:inherit;text-decoration:none}
mark:target,mark:has(:target){outline:3px solid #1976d2;outline-offset:1px}
@media (min-width:720px){.text{max-height:34rem;overflow-y:auto;padding-right:.4rem;
 background:linear-gradient(#fff 30%,#fff0) top,linear-gradient(#fff0,#fff 70%) bottom,
  radial-gradient(farthest-side at 50% 0,#0002,#0000) top,radial-gradient(farthest-side at 50% 100%,#0002,#0000) bottom;
 background-repeat:no-repeat;background-size:100% 2rem,100% 2rem,100% .7rem,100% .7rem;background-attachment:local,local,scroll,scroll}}
@media (max-width:600px){
 body{padding:.75rem} .disc,.source{padding:.6rem .7rem}
 .sides thead{display:none}
 .sides,.sides tbody,.sides tr,.sides th,.sides td{display:block}
 .sides .value,.sides .source-name{width:auto}
 .sides th.value{padding-top:.45rem}
 .sides td.source-name{padding-bottom:0;font-weight:600}
 .sides tbody tr+tr td{border-top:0}
}
"""


def render_html(report: Report) -> str:
    """One self-contained page: summary, a card per discrepancy with each side's quotes, the sources in a wrapping grid."""
    from html import escape

    number: dict[str, int] = {}
    for index, d in enumerate(report.discrepancies, 1):
        for c in d.claims:
            number.setdefault(c.id, index)
    columns = _source_columns(report)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>factcheck report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Discrepancy report</h1>",
        f'<p class="summary">{escape(_summary(report))}.</p>',
    ]
    parts += [f'<p class="warning">warning: {escape(w)}</p>' for w in report.warnings]
    parts.append(_source_index(report, columns, number))
    parts.append(f"<h2>Discrepancies ({len(report.discrepancies)})</h2>")
    index = 0
    for event, found in event_sections(report):
        if event is not None:
            parts.append(f'<h3 class="event" id="{escape(event.id)}">{escape(event_heading(event))}</h3>')
        if not found:
            parts.append(f"<p>{escape(quiet_event_text(event))}</p>")
            continue
        parts.append('<div class="cards">')
        for d in found:
            index += 1
            parts.append(_card(index, d, columns))
        parts.append("</div>")
    parts.append(f'<h2>Sources ({len(columns)})</h2><div class="sources">')
    parts += [_source_article(report, source_id, columns, number) for source_id in columns]
    parts.append("</div></body></html>")
    return "\n".join(parts) + "\n"


def _source_columns(report: Report) -> dict[str, tuple[str, str]]:
    """Each source's id → (anchor, readable title): the articles in order, then the claims.yaml sources."""
    columns = {s.id: (f"s{index}", s.title.strip() or s.id) for index, s in enumerate(report.sources, 1)}
    for name in manual_sources(report):
        columns[name] = (f"s{len(columns) + 1}", name)
    return columns


def _file_label(report: Report, source_id: str) -> str:
    """The small print under a source's title: its file id, or claims.yaml for a hand-added source."""
    return source_id if any(s.id == source_id for s in report.sources) else "claims.yaml"


def _source_index(report: Report, columns: dict[str, tuple[str, str]], number: dict[str, int]) -> str:
    """A list of the sources by title, each linking to its column, with how many of its claims are disputed."""
    from html import escape

    items = []
    for source_id, (anchor, title) in columns.items():
        claims = [c for c in report.claims if c.source == source_id]
        disputed = sum(1 for c in claims if c.id in number)
        items.append(
            f'<li><a href="#{anchor}">{escape(title)}</a> <span class="file">{escape(_file_label(report, source_id))}</span>'
            f' <span class="count">· {len(claims)} claims, {disputed} in discrepancies</span></li>'
        )
    return f'<details class="toc" open><summary>Sources ({len(columns)})</summary><ol>{"".join(items)}</ol></details>'


def _anchor(claim_id: str) -> str:
    """The HTML id of a claim's highlighted span: c-<claim id>, hashed when the id has unsafe characters."""
    import hashlib
    import re

    if re.fullmatch(r"[A-Za-z0-9_-]+", claim_id):
        return f"c-{claim_id}"
    return "c-" + hashlib.sha1(claim_id.encode()).hexdigest()[:12]


def _side_rows(d: Discrepancy) -> list[tuple[str, bool, list[tuple[str, Claim | None]]]]:
    """Each side of a discrepancy as (value, consensus, [(source, claim or None if the source is silent)])."""
    by_id = {c.id: c for c in d.claims}
    used: set[str] = set()
    sides: list[tuple[str, bool, list[tuple[str, Claim | None]]]] = []
    for side in d.sides:
        claims = [by_id[i] for i in side.claims if i in by_id]
        used.update(c.id for c in claims)
        rows: list[tuple[str, Claim | None]] = [(c.source, c) for c in claims]
        rows += [(s, None) for s in side.sources if s not in {c.source for c in claims}]
        sides.append((side.value, side.consensus, rows))
    for c in d.claims:
        if c.id not in used:
            sides.append((value_text(c), False, [(c.source, c)]))
    return sides


def _quote_cell(claim: Claim) -> str:
    """The claim's sentence with its quote highlighted and linked to the span in the source text."""
    from html import escape

    title = escape(f"{value_text(claim)} — show in the source", quote=True)
    link = f'<a class="quote" href="#{_anchor(claim.id)}" title="{title}">{escape(claim.text)}</a>'
    sentence = " ".join(claim.sentence.split())
    at = sentence.find(claim.text)
    if at < 0 or sentence == claim.text:
        rest = "" if sentence == claim.text else f' <span class="sentence">— {escape(_clip(sentence, 240))}</span>'
        return f"“{link}”{rest}"
    before = _clip(sentence[:at], 160, keep_end=True)
    after = _clip(sentence[at + len(claim.text) :], 160)
    return f'<span class="sentence">{escape(before)}{link}{escape(after)}</span>'


def _clip(text: str, limit: int, keep_end: bool = False) -> str:
    """At most `limit` characters of text, with an ellipsis where it was cut."""
    if len(text) <= limit:
        return text
    return "…" + text[-limit:] if keep_end else text[:limit] + "…"


def _card(index: int, d: Discrepancy, columns: dict[str, tuple[str, str]]) -> str:
    """One discrepancy: badge, explanation and a table of each side's value, sources and quotes."""
    from html import escape

    severity = str(d.severity)
    bodies = []
    for value, consensus, rows in _side_rows(d):
        label = escape(value) if value else '<span class="silent">not stated</span>'
        if consensus:
            label += ' <span class="tag">consensus</span>'
        cells = []
        for row, (source_id, claim) in enumerate(rows):
            anchor, title = columns.get(source_id, ("", source_id))
            full = escape(f"{title} ({source_id})", quote=True)
            name = f'<a href="#{anchor}" title="{full}">{escape(title)}</a>' if anchor else escape(title)
            if claim is not None and claim.trusted:
                name += ' <span class="tag trusted">trusted</span>'
            quote = _quote_cell(claim) if claim is not None else '<span class="silent">does not say</span>'
            head = f'<th class="value" scope="rowgroup" rowspan="{len(rows)}">{label}</th>' if row == 0 else ""
            cells.append(f'<tr>{head}<td class="source-name">{name}</td><td class="quote-cell">{quote}</td></tr>')
        bodies.append(f'<tbody class="side{" consensus" if consensus else ""}">{"".join(cells)}</tbody>')
    return (
        f'<section class="disc {severity}" id="d{index}">'
        f'<h3><span class="badge {severity}">{severity.replace("_", "-")}</span>'
        f"{index}. {escape(d.slot)} / {escape(d.subject)}</h3>"
        f'<p class="why">{escape(d.explanation)}</p>'
        '<table class="sides"><thead><tr><th>Value</th><th>Source</th><th>Quote</th></tr></thead>'
        f"{''.join(bodies)}</table>"
        f"<div>{escape(consensus_text(d))} "
        f'<span class="key">key: {escape(d.key)}</span></div></section>'
    )


def _source_article(report: Report, source_id: str, columns: dict[str, tuple[str, str]], number: dict[str, int]) -> str:
    """One source column: its title, its file id in small print, its text with claims marked, then hand-added claims."""
    from html import escape

    anchor, title = columns[source_id]
    source = next((s for s in report.sources if s.id == source_id), None)
    manual = [c for c in report.claims if c.source == source_id and c.origin != "extracted"]
    parts = [
        f'<article class="source" id="{anchor}"><h3>{escape(title)}</h3>',
        f'<p class="file">{escape(_file_label(report, source_id))}</p>',
    ]
    if source is not None:
        claims = [c for c in report.claims if c.source == source_id and c.origin == "extracted"]
        parts.append(
            f'<div class="text" tabindex="0" role="region" aria-label="{escape(title, quote=True)}">'
            f"{_marked_text(source.text, claims, number)}</div>"
        )
        if manual:
            parts.append("<h4>Added in claims.yaml</h4>")
    if manual:
        items = "".join(f"<li>{_mark(c, escape(c.text), number)} → {escape(value_text(c))}</li>" for c in manual)
        parts.append(f"<ul>{items}</ul>")
    parts.append("</article>")
    return "".join(parts)


def _mark(claim: Claim, inner: str, number: dict[str, int], swallowed: Sequence[Claim] = ()) -> str:
    """A claim's span as a mark with id c-<claim id>, linked to its discrepancy card if it has one.

    Claims whose spans overlap it (`swallowed`) get an empty anchor inside it, so links to them still land.
    """
    from html import escape

    covered = [claim, *swallowed]
    title = escape("\n".join(f"{c.slot} / {c.subject}: {value_text(c)}" for c in covered), quote=True)
    inner = "".join(f'<span id="{_anchor(c.id)}"></span>' for c in swallowed) + inner
    card = next((number[c.id] for c in covered if c.id in number), None)
    if card is not None:
        return f'<mark class="in-disc" id="{_anchor(claim.id)}" title="{title}"><a href="#d{card}">{inner}</a></mark>'
    return f'<mark id="{_anchor(claim.id)}" title="{title}">{inner}</mark>'


def _marked_text(text: str, claims: list[Claim], number: dict[str, int]) -> str:
    """The source text, escaped, with each claim span wrapped in a mark (overlapping spans: the first wins)."""
    from html import escape

    placed: list[tuple[Claim, list[Claim]]] = []
    for claim in sorted(claims, key=lambda c: (c.start, -(c.end - c.start), c.id not in number)):
        if placed and claim.start < placed[-1][0].end:
            placed[-1][1].append(claim)
        else:
            placed.append((claim, []))
    out = []
    position = 0
    for claim, swallowed in placed:
        out.append(escape(text[position : claim.start]))
        out.append(_mark(claim, escape(text[claim.start : claim.end]), number, swallowed))
        position = claim.end
    out.append(escape(text[position:]))
    return "".join(out)


def manual_claims_table(claims: Sequence[Claim]) -> RenderableType:
    """The claims of a claims.yaml, as compare reads them."""
    table = Table()
    for column in ("Source", "Slot", "Subject", "Value", "Quote", "Trusted"):
        table.add_column(column)
    for c in claims:
        table.add_row(*plain(c.source, c.slot, c.subject, value_text(c), c.text), "yes" if c.trusted else "")
    return Group(Text(f"{len(claims)} hand-added claims", style="bold"), table)


def render(report: Report, format: str, warnings: bool = True) -> str | RenderableType:
    """The report in a format: text for md/json/html/csv, a Rich renderable for the table (which
    leaves out the warnings when asked, because the terminal shows them on stderr)."""
    renderers = {"md": render_markdown, "json": render_json, "html": render_html, "csv": render_csv}
    if format == "table":
        return discrepancy_table(report, warnings)
    return renderers[format](report)
