"""Reading articles: formats, encodings, furniture, and offsets that survive masking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.ingest import InputError, html_to_text, is_furniture, parse_text, read_source, read_sources


@pytest.mark.parametrize(
    "line",
    [
        "7 minute read",
        "5 min read",
        "16x9 Image",
        "Copyright © 2014-2025 Some Publisher",
        "Related Articles",
        "**Related article:** [Something else](#)",
        "Back to Top",
        "Rescuers search the rubble in the old town. (Photo by: Jane Roe)",
        "The minister (left) greets the mayor (right) at the station.",
        "Flood water in the main square. (Image Credit: City Council)",
        "We use cookies to improve your experience. By clicking 'Accept all' you agree to our use of cookies.",
        "This website uses cookies.",
        "Your privacy matters",
        "The Daily Record and our partners use cookies to personalise ads. You can change your choices at any time.",
        "Cookie settings",
        "Manage preferences. By clicking “Accept”, you consent to our partners' use of cookies.",
    ],
)
def test_page_furniture_is_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The talks lasted seven hours.",
        "At least 40 people were killed when the bridge collapsed.",
        "Related talks are planned for next week, the minister said.",
        "The regulator said the retailer uses cookies to follow shoppers across other sites.",
    ],
)
def test_reporting_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_masking_keeps_every_offset() -> None:
    text = "# Headline\n\n7 minute read\n\nThe mayor [said](https://x.y) the **3-hour** meeting went well.\n"
    masked = parse_text(text)
    assert len(masked) == len(text)
    assert "minute read" not in masked and "https" not in masked and "**" not in masked
    start = text.index("said")
    assert masked[start : start + 4] == "said"


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300))
def test_masking_never_changes_length(text: str) -> None:
    assert len(parse_text(text)) == len(text)


def test_html_drops_scripts_and_navigation() -> None:
    html = "<html><head><script>var x=1;</script></head><body><nav>Home | News</nav><h1>Title</h1><p>The match lasted <b>two</b> hours.</p></body></html>"
    text = html_to_text(html)
    assert "var x" not in text and "Home" not in text
    assert "Title" in text and "The match lasted two hours." in text


def test_encodings_are_decoded(tmp_path: Path) -> None:
    (tmp_path / "utf16.txt").write_bytes("The café meeting lasted two hours.".encode("utf-16"))
    (tmp_path / "cp1252.txt").write_bytes("The caf\xe9 meeting \x96 two hours.".encode("latin-1"))
    assert "café" in read_source(tmp_path / "utf16.txt").text
    assert "café meeting – two" in read_source(tmp_path / "cp1252.txt").text


def test_bad_inputs_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match=r"empty\.txt.*empty"):
        read_source(tmp_path / "empty.txt")
    with pytest.raises(InputError, match=r"image\.txt.*binary"):
        read_source(tmp_path / "image.txt")
    with pytest.raises(InputError, match="no such file"):
        read_sources([tmp_path / "missing.txt"])
    (tmp_path / "nothing").mkdir()
    with pytest.raises(InputError, match="no articles"):
        read_sources([tmp_path / "nothing"])


def test_directories_are_read_in_name_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.html", "notes.csv"):
        (tmp_path / name).write_text("<p>Some text here.</p>" if name.endswith("html") else "Some text here.")
    assert [s.id for s in read_sources([tmp_path])] == ["a.md", "b.txt", "c.html"]


def test_links_to_other_stories_are_not_read_from_a_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Ferry sinks</h1><p>At least 12 people died when the ferry sank.</p></article>"
        '<section class="related"><h2>Related</h2><ul><li><a href="/a">Bus crash kills 30</a></li></ul></section>'
        '<ul><li><a href="/b">Storm leaves 4 dead</a></li></ul><p class="read-next">Read next: <a href="/c">Flood toll hits 80</a></p>'
        "</body></html>",
        encoding="utf-8",
    )
    assert read_source(page).text == "Ferry sinks\n\nAt least 12 people died when the ferry sank.\n"


@pytest.mark.parametrize("heading", ["MORE FROM THE REGION", "Related posts:", "Further reading"])
def test_headlines_under_a_more_stories_heading_are_not_read(heading: str) -> None:
    text = f"The dam burst on Monday.\n\n{heading}\n- Bus crash kills 30 (March 2, 2025)\nFlood toll hits 80\n\nOfficials said 12 died.\n"
    cleaned = parse_text(text)
    assert len(cleaned) == len(text)
    assert cleaned.split() == ["The", "dam", "burst", "on", "Monday.", "Officials", "said", "12", "died."]


def test_a_byline_outside_the_paragraphs_is_read_and_dates_the_page(tmp_path: Path) -> None:
    from factcheck.extract import find_reference_date

    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Bridge closed after crack found</h1>"
        '<div class="byline">By <a href="/a">Ana Ruiz</a> &middot; <time>Fri 13 Oct 2023 10.05 BST</time></div>'
        "<p>Engineers closed the bridge on Thursday after finding a crack in a pier.</p></body></html>",
        encoding="utf-8",
    )
    source = read_source(page)
    assert "Fri 13 Oct 2023 10.05 BST" in source.text
    assert find_reference_date(source.text) == dt.date(2023, 10, 13)


def test_damaged_utf16_is_read_with_replacement_characters(tmp_path: Path) -> None:
    (tmp_path / "cut.txt").write_bytes("Ferry sinks".encode("utf-16") + b"\x00")  # an odd byte at the end
    (tmp_path / "lone.txt").write_bytes(
        b"\xff\xfe" + "Ferry ".encode("utf-16-le") + b"\x00\xd8" + "sinks".encode("utf-16-le")
    )
    assert read_source(tmp_path / "cut.txt").text.startswith("Ferry sinks")
    assert read_source(tmp_path / "lone.txt").text == "Ferry \ufffdsinks"


def test_devices_and_pipes_are_refused_not_read(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")  # reading it would wait for a writer forever
    for path in (tmp_path / "pipe.txt", Path("/dev/zero")):
        with pytest.raises(InputError, match="not a regular file"):
            read_source(path)


def test_a_file_name_that_is_not_utf8_becomes_printable(tmp_path: Path) -> None:
    import os

    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("The ferry sank.")
    (source,) = read_sources([tmp_path])
    assert source.id == "caf\ufffd.txt" and source.id.encode("utf-8")


def test_stretches_that_are_not_prose_are_found_and_blanked() -> None:
    from factcheck.ingest import not_prose

    run_on = "word " * 1200  # 6,000 characters without a sentence ending
    text = f"The ferry sank. {run_on}\nCommas{',' * 400} end.\n{'12,5:0-3 ' * 300}\nTwelve people died."
    stretches = not_prose(text)
    assert [text[a:b].strip()[:6] for a, b in stretches] == ["word w", "Commas", "12,5:0"]
    masked = parse_text(text)
    assert len(masked) == len(text) and "word" not in masked and "Twelve people died." in masked
    assert not_prose("The ferry sank. " * 2000) == []  # long articles of sentences are prose


def test_a_deeply_nested_page_is_read_in_one_walk() -> None:
    page = "<p>The ferry sank.</p>" + "<ul><li>" * 3000 + "Twelve people died." + "</li></ul>" * 3000
    assert html_to_text(page) == "The ferry sank.\n\n  • Twelve people died.\n"


def test_only_the_start_of_a_huge_file_is_read(tmp_path: Path) -> None:
    from factcheck import ingest

    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"The ferry sank.\n" * (ingest.MAX_BYTES // 16 + 1000))
    notes: list[str] = []
    source = read_source(huge, notes)
    assert len(source.text) <= ingest.MAX_CHARS
    assert notes == [f"{huge}: longer than 200,000 characters; only the first {len(source.text):,} were read"]
