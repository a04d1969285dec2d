"""An article's own date and time, read from its byline or "Updated" line."""

from __future__ import annotations

import pytest

from factcheck.annotate.published import publication_stamp
from factcheck.models import Source
from factcheck.timeline import with_publication_dates


@pytest.mark.parametrize(
    ("head", "stamp"),
    [
        ("Updated February 26, 2024 6:05 PM GMT | Published February 26, 2024 1:12 PM GMT", "2024-02-26T18:05+00:00"),
        ("By Ana Ruiz · Wednesday, 19 November 2025, 6:00am · 4 min read", "2025-11-19T06:00"),
        ("Saturday 24 May 2025 | Last updated 18:02 SAST", "2025-05-24T18:02+02:00"),
        ("Published 17:42, Friday 24 October 2025", "2025-10-24T17:42"),
        ("Politics | Lisbon, 24 May 2025 - 19:10", "2025-05-24T19:10"),
        ("The 2-1 win on 3 March 2025 came late in the match", None),
        ("Published 24 October 2025", None),
    ],
)
def test_a_byline_gives_the_time_with_its_zone(head: str, stamp: str | None) -> None:
    assert publication_stamp(f"Headline of the story\n{head}\n\nThe body of the story.") == stamp


def test_each_article_gets_its_publication_date_and_the_page_keeps_its_own() -> None:
    sources = [
        Source(id="a", path="a", text="Ferry sinks\nBy Ana Ruiz, 3 March 2025, 09:15 CET\n\nThe ferry sank."),
        Source(id="b", path="b", text="Ferry sinks\n\nThe ferry sank, officials said."),
        Source(id="c", path="c", text="Ferry sinks\n3 March 2025\n\nThe ferry sank.", published="2025-03-04"),
    ]
    assert [s.published for s in with_publication_dates(sources)] == ["2025-03-03T09:15+01:00", None, "2025-03-04"]
