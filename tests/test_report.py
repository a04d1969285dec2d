"""Shareable reports: Markdown, CSV, HTML and JSON carry the same discrepancies and claims."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

from factcheck import compare_paths
from factcheck.models import Report
from factcheck.report import render_csv, render_html, render_json, render_markdown

from .conftest import CORPUS


@pytest.fixture(scope="module")
def report(nlp) -> Report:  # type: ignore[no-untyped-def]
    return compare_paths([CORPUS / "merger"], nlp=nlp)


def test_markdown_has_a_summary_and_a_table_per_discrepancy(report: Report) -> None:
    text = render_markdown(report)
    assert text.splitlines()[2].startswith("**3 discrepancies (2 contradiction")
    sections = re.findall(r"^## \d+\. ", text, flags=re.M)
    assert len(sections) == len(report.discrepancies) == 3
    assert text.count("| Source | Value | Quote | Sentence |") == 3
    assert "| 03_brief.txt | 2 days | “two-day” |" in text


def test_csv_has_one_row_per_claim_with_its_discrepancy_key(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert len(rows) == len(report.claims)
    flagged = [r for r in rows if r["discrepancy_key"]]
    assert {r["discrepancy_key"] for r in flagged} == {d.key for d in report.discrepancies}
    for row in rows:
        assert int(row["start"]) < int(row["end"])


def test_json_round_trips(report: Report) -> None:
    assert Report.model_validate(json.loads(render_json(report))).discrepancies == report.discrepancies


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_is_self_contained_with_every_claim_marked(report: Report) -> None:
    page = render_html(report)
    collector = _Collector()
    collector.feed(page)
    assert not [t for t, a in collector.tags if t in ("script", "link", "img", "iframe")]
    external = [a for _, a in collector.tags for k in ("src", "href") if (a.get(k) or "").startswith(("http", "//"))]
    assert external == []
    marks = [a for t, a in collector.tags if t == "mark"]
    assert len(marks) == len([c for c in report.claims if c.origin == "extracted"])
    links = {a["href"] for t, a in collector.tags if t == "a" and a.get("href")}
    assert links == {f"#d{i}" for i in range(1, len(report.discrepancies) + 1)}
    assert {"#" + str(a.get("id")) for t, a in collector.tags if t == "section"} == links
    assert page.count('class="badge contradiction"') == 2
