"""Shareable reports: Markdown, CSV, HTML and JSON carry the same discrepancies and claims."""

from __future__ import annotations

import csv
import io
import json
import re
from html import escape
from html.parser import HTMLParser

import pytest

from factcheck import compare_paths
from factcheck.models import Claim, Discrepancy, QuantityValue, Report, Severity, Side, Source, TextValue
from factcheck.report import (
    render_claims_csv,
    render_claims_markdown,
    render_csv,
    render_html,
    render_json,
    render_markdown,
)

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
    links = {str(a["href"]) for t, a in collector.tags if t == "a" and a.get("href")}
    cards = {f"#d{i}" for i in range(1, len(report.discrepancies) + 1)}
    assert {link for link in links if link.startswith("#d")} == cards
    assert {"#" + str(a.get("id")) for t, a in collector.tags if t == "section"} == cards
    assert page.count('class="badge contradiction"') == 2


def _ids_and_links(page: str) -> tuple[set[str], set[str]]:
    """Every id in the page, and every in-page link's target."""
    collector = _Collector()
    collector.feed(page)
    ids = {str(a["id"]) for _, a in collector.tags if a.get("id")}
    links = {str(a["href"])[1:] for t, a in collector.tags if t == "a" and str(a.get("href", "")).startswith("#")}
    return ids, links


def _cards(page: str) -> dict[str, str]:
    """Each discrepancy card's HTML by its id."""
    return dict(re.findall(r'<section class="disc [^"]*" id="(d\d+)">(.*?)</section>', page, flags=re.S))


def test_html_columns_carry_titles_and_cards_quote_each_side(report: Report) -> None:
    page = render_html(report)
    titles = {s.id: s.title for s in report.sources}
    for source in report.sources:
        assert source.title and f"<h3>{escape(source.title)}</h3>" in page
        assert f'<p class="file">{escape(source.id)}</p>' in page
    ids, links = _ids_and_links(page)
    assert links <= ids, f"links to nothing: {links - ids}"
    cards = _cards(page)
    assert len(cards) == len(report.discrepancies) == 3
    for number, d in enumerate(report.discrepancies, 1):
        card = cards[f"d{number}"]
        assert [side.value for side in d.sides if side.value]
        for side in d.sides:
            assert f">{escape(side.value)}" in card
        for c in d.claims:
            assert escape(titles[c.source]) in card
            quote = f'<a class="quote" href="#c-{c.id}"'
            assert quote in card and f"c-{c.id}" in ids
            assert re.search(re.escape(quote) + r"[^>]*>" + re.escape(escape(c.text)) + "</a>", card)
    assert 'class="disc' not in page.split('class="sources"')[1]


def test_html_links_every_quote_even_for_overlapping_spans_and_hand_added_claims() -> None:
    text = "Officials said 12 people died on <Monday>."
    count = QuantityValue(low=12, high=12)
    common = {"slot": "count", "subject": "deaths", "sentence": text}
    wide = Claim(id="wide", source="a.txt", value=count, text="12 people died", start=15, end=29, **common)
    narrow = Claim(id="narrow", source="a.txt", value=count, text="12", start=15, end=17, **common)
    manual = Claim(
        id="my claim/1", source="Health <Ministry>", slot="count", subject="deaths",
        value=QuantityValue(low=14, high=14), text="14 deaths", start=0, end=9, sentence="14 deaths", origin="manual",
    )  # fmt: skip
    sides = [
        Side(value="12", sources=["a.txt"], claims=["narrow"]),
        Side(value="14", sources=["Health <Ministry>"], claims=["my claim/1"]),
        Side(value="", sources=["b.txt"], consensus=True),
    ]
    disc = Discrepancy(
        key="count:deaths", slot="count", subject="deaths", severity=Severity.contradiction,
        consensus=None, consensus_sources=0, sides=sides, claims=[narrow, manual],
    )  # fmt: skip
    sources = [
        Source(id="a.txt", path="a.txt", title="Deaths & <b>tolls</b>", text=text),
        Source(id="b.txt", path="b.txt", text="Nothing here."),
    ]
    page = render_html(Report(sources=sources, claims=[wide, narrow, manual], discrepancies=[disc]))
    ids, links = _ids_and_links(page)
    assert links <= ids, f"links to nothing: {links - ids}"
    assert {"c-wide", "c-narrow", "s1", "s2", "s3", "d1"} <= ids
    assert "<b>" not in page and "<Monday>" not in page and "Deaths &amp; &lt;b&gt;tolls&lt;/b&gt;" in page
    card = _cards(page)["d1"]
    assert '<a class="quote" href="#c-narrow"' in card
    manual_anchors = [i for i in ids if i.startswith("c-") and i not in ("c-wide", "c-narrow")]
    assert len(manual_anchors) == 1 and f'href="#{manual_anchors[0]}"' in card
    assert "Health &lt;Ministry&gt;" in card and "does not say" in card and ">b.txt</a>" in card
    assert re.search(r'<mark class="in-disc" id="c-wide"[^>]*><a href="#d1"><span id="c-narrow"></span>12 people', page)
    assert '<p class="file">claims.yaml</p>' in page
    assert "No consensus" in card and "(0 sources)" not in page


def test_markdown_says_no_consensus_rather_than_none_of_zero_sources() -> None:
    claim = Claim(id="x", source="a.txt", slot="count", subject="deaths", value=QuantityValue(low=3, high=3),
                  text="3", start=0, end=1, sentence="3 died")  # fmt: skip
    disc = Discrepancy(
        key="count:deaths", slot="count", subject="deaths", severity=Severity.contradiction,
        consensus=None, consensus_sources=0, sides=[], claims=[claim],
    )  # fmt: skip
    text = render_markdown(Report(sources=[], claims=[claim], discrepancies=[disc]))
    assert "No consensus. Key: `count:deaths`" in text and "(0 sources)" not in text
    assert (
        text.splitlines()[2]
        == "**1 discrepancy (1 contradiction, 0 variances, 0 single-source) across 1 source and 1 claim.**"
    )


def test_text_that_looks_like_rich_markup_prints_as_written() -> None:
    from factcheck.report import claims_table, discrepancy_table, manual_claims_table, to_text

    text = "Counsel [/bold] Ines Moreau said 3 [red]died[/]."
    claim = Claim(id="x", source="[/]a.txt", slot="count", subject="deaths [/]", value=QuantityValue(low=3, high=3),
                  text="3 [red]died[/]", start=33, end=47, sentence=text)  # fmt: skip
    disc = Discrepancy(
        key="count:deaths [/]", slot="count", subject="deaths [/]", severity=Severity.contradiction,
        explanation=f'Number of deaths: [/]a says "{text}".', consensus=None, consensus_sources=0, sides=[],
        claims=[claim],
    )  # fmt: skip
    source = Source(id="[/]a.txt", path="a.txt", text=text)
    table = to_text(discrepancy_table(Report(sources=[source], claims=[claim], discrepancies=[disc])), width=400)
    assert "Counsel [/bold] Ines Moreau" in table and "count:deaths [/]" in table
    assert "3 [red]died[/]" in to_text(claims_table([source], [claim]), width=400)
    assert "[/]a.txt" in to_text(manual_claims_table([claim]), width=400)


_HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '=HYPERLINK("http://x.example")',
    "+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1+2",
    "[click](http://x.example) ![pixel](http://x.example/p.png) <http://x.example>",
    "# heading",
    "1. item",
    "a | b\n\n# heading\n- item",
    "\\[escaped\\] &lt;b&gt; `code`",
]


def _hostile_report() -> Report:
    """A report whose every piece of text, from the article to the explanations, is one of _HOSTILE."""
    source = Source(id="=1+1.txt", path="a.txt", title=_HOSTILE[0], text=" ".join(_HOSTILE))
    claims = [
        Claim(id=f"-{n}", source=source.id, slot=text, subject=text, value=TextValue(text=text), text=text,
              start=source.text.index(text), end=source.text.index(text) + len(text), sentence=text)
        for n, text in enumerate(_HOSTILE)
    ]  # fmt: skip
    discrepancies = [
        Discrepancy(key=f"count:`{n}`", slot=text, subject=text, severity=Severity.variance, explanation=text,
                    consensus=text, consensus_sources=2, claims=[claim])
        for n, (text, claim) in enumerate(zip(_HOSTILE, claims, strict=True))
    ]  # fmt: skip
    return Report(sources=[source], claims=claims, discrepancies=discrepancies, warnings=_HOSTILE)


class _Rendered(HTMLParser):
    """The tags and the text of a rendered page, entities decoded."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _as_viewer_shows(markdown: str) -> _Rendered:
    """Markdown as a viewer that passes raw HTML through (as many do) would render it."""
    from markdown_it import MarkdownIt

    return _Rendered(MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown))


def test_markdown_shows_article_text_as_written_never_as_html_links_or_structure() -> None:
    report = _hostile_report()
    for markdown, headings in (
        (render_markdown(report), ["h1", *["h2"] * len(_HOSTILE)]),
        (render_claims_markdown(report.sources, report.claims), ["h1", "h2"]),
    ):
        assert "<" not in markdown
        shown = _as_viewer_shows(markdown)
        assert {"script", "img", "a", "ul", "ol", "li", "hr", "pre"}.isdisjoint(shown.tags)
        assert [tag for tag in shown.tags if re.fullmatch(r"h\d", tag)] == headings
        text = " ".join(" ".join(shown.text).split())
        for hostile in _HOSTILE:
            assert " ".join(hostile.split()) in text


def test_markdown_key_is_one_code_span_even_with_backticks() -> None:
    from markdown_it import MarkdownIt

    lines = [line for line in render_markdown(_hostile_report()).splitlines() if ". Key: " in line]
    codes = [re.findall(r"<code>(.*?)</code>", MarkdownIt("commonmark").render(line)) for line in lines]
    assert codes == [[f"count:`{number}`"] for number in range(len(_HOSTILE))]


def test_csv_cells_never_start_a_spreadsheet_formula() -> None:
    report = _hostile_report()
    for table in (render_csv(report), render_claims_csv(report.claims)):
        rows = list(csv.DictReader(io.StringIO(table)))
        assert len(rows) == len(_HOSTILE)
        cells = [cell for row in rows for cell in row.values()]
        assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
        assert [row["text"].removeprefix("'") for row in rows] == _HOSTILE
        assert [row["source"] for row in rows] == ["'=1+1.txt"] * len(_HOSTILE)
        assert all(row["start"].isdigit() and row["end"].isdigit() for row in rows)
