"""Articles given by URL: fetched from a local server only (nothing here leaves the machine)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.fetch import PageCache, fetch_sources, url_id
from factcheck.ingest import InputError, find_articles, read_sources

# An invented event, written for these tests.
PARAGRAPHS = [
    "The Millbrook swing bridge was closed on Tuesday after a grain barge struck one of its piers shortly "
    "before dawn, county officials said.",
    "Nobody was hurt, according to the harbour master, Elena Vasquez, who said the barge had lost power about "
    "400 metres upstream and drifted into the channel with its crew of four still aboard.",
    "Engineers expect the bridge to stay shut for at least three weeks while divers inspect the damaged pier. "
    "Traffic is being sent over the Old Quay crossing, which adds about 12 minutes to the trip into town.",
    "The barge's owner, Lindqvist Freight, said it would pay for the repairs and had sent a second vessel to "
    "unload the 900 tonnes of grain still in the hold.",
]
TITLE = "Millbrook bridge shut for weeks after barge strike"
SITE = "The Riverside Courier"
ARTICLE = f"""<!doctype html>
<html><head>
<meta charset="utf-8">
<title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}">
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2024-03-12T07:45:00Z">
</head><body>
<header><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe now</a></header>
<nav><ul><li><a href="/weather">Weather</a></li><li><a href="/traffic">Traffic</a></li></ul></nav>
<main><article>
<h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></main>
<aside class="related"><h3>Most read</h3><ul><li><a href="/x">Council votes on parking fees</a></li></ul></aside>
<footer><p>Copyright 2024 {SITE}. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""
PLAIN = (
    "Ferry service resumes on the Harlow route\n\n"
    "The Harlow ferry carried 215 passengers on Monday, its first crossing since the storm damaged the landing "
    "stage in February, the operator said.\n"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
HUGE_BYTES = 50_000_000
CHUNK = b"<p>" + b"filler text " * 5000 + b"</p>\n"


@dataclass
class Site:
    """The local server: its address and what it was asked for."""

    base: str
    requests: Counter[str] = field(default_factory=Counter)
    huge_sent: list[int] = field(default_factory=list)  # bytes of the 50 MB page written before the client hung up

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    """A request handler serving the test pages."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def _send(self, status: int, kind: str | None, body: bytes, **headers: str) -> None:
            self.send_response(status)
            if kind:
                self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            site.requests[self.path] += 1
            with suppress(BrokenPipeError, ConnectionResetError):  # the client hung up, as it should on some pages
                self._route()

        def _route(self) -> None:
            path = self.path
            if path in ("/news/bridge-closes.html", "/archive/bridge-closes.html"):
                self._send(200, "text/html; charset=utf-8", ARTICLE.encode())
            elif path == "/plain/ferry.txt":
                self._send(200, "text/plain; charset=utf-8", PLAIN.encode())
            elif path == "/slow":
                time.sleep(3)
                self._send(200, "text/html", ARTICLE.encode())
            elif path == "/missing":
                self._send(404, "text/html", b"<html><body><h1>Not here</h1></body></html>")
            elif path == "/loop":
                self._send(302, None, b"", Location="/loop")
            elif path == "/moved":
                self._send(301, None, b"", Location="/news/bridge-closes.html")
            elif path == "/photo.png":
                self._send(200, "image/png", PNG)
            elif path == "/huge":
                self._huge()
            else:
                self._send(404, "text/plain", b"not found")

        def _huge(self) -> None:
            """50 MB of page, written in chunks with no Content-Length: only reading it tells its size."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            sent = 0
            try:
                self.wfile.write(b"<html><body>")
                while sent < HUGE_BYTES:
                    self.wfile.write(CHUNK)
                    sent += len(CHUNK)
            finally:
                site.huge_sent.append(sent)

    return Handler


@contextmanager
def serve() -> Iterator[Site]:
    """A local HTTP server on a free port, in a thread, until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    site = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


@pytest.fixture(autouse=True)
def _hermetic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages cached under tmp_path, never the user's cache; no proxy between the client and 127.0.0.1."""
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_FETCH_TIMEOUT", raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def _closed_port() -> int:
    """A port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_article_page_gives_its_text_title_site_and_date(site: Site, tmp_path: Path) -> None:
    url = site.url("/news/bridge-closes.html")
    notes: list[str] = []
    (source,) = fetch_sources([url], notes=notes, cache_dir=tmp_path)
    assert notes == []
    assert (source.id, source.path, source.url) == ("127.0.0.1/bridge-closes", url, url)
    assert (source.title, source.site, source.published) == (TITLE, SITE, "2024-03-12")
    assert source.text.splitlines()[0] == TITLE
    # the byline date trafilatura leaves out comes back as a line under the title, so "on Tuesday" has a day
    assert source.text == "\n\n".join([TITLE, "Published 2024-03-12", *PARAGRAPHS]) + "\n"
    for furniture in ("Subscribe", "Weather", "Most read", "Council votes", "Copyright", "Privacy"):
        assert furniture not in source.text


def test_a_redirect_keeps_the_url_given_and_records_where_it_ended(site: Site, tmp_path: Path) -> None:
    (source,) = fetch_sources([site.url("/moved")], notes=[], cache_dir=tmp_path)
    assert source.path == site.url("/moved")
    assert source.url == site.url("/news/bridge-closes.html")
    assert source.title == TITLE


def test_a_plain_text_page_is_read_as_it_is(site: Site, tmp_path: Path) -> None:
    (source,) = fetch_sources([site.url("/plain/ferry.txt")], notes=[], cache_dir=tmp_path)
    assert source.text == PLAIN
    assert source.title == "Ferry service resumes on the Harlow route"
    assert (source.id, source.site, source.published) == ("127.0.0.1/ferry.txt", None, None)


FAILURES = {
    "/missing": "HTTP 404 Not Found; check the address",
    "/loop": f"more than {5} redirects",
    "/huge": "larger than 5 MB",
    "/photo.png": "the server sent image/png, not a web page or text",
    "/slow": "no answer within 0.5 s",
}


@pytest.mark.parametrize("path", FAILURES)
def test_a_page_that_fails_is_one_note_and_the_others_still_load(site: Site, tmp_path: Path, path: str) -> None:
    bad = site.url(path)
    notes: list[str] = []
    started = time.monotonic()
    sources = fetch_sources(
        [site.url("/news/bridge-closes.html"), bad, site.url("/plain/ferry.txt")],
        notes=notes,
        cache_dir=tmp_path,
        timeout=0.5,
    )
    assert time.monotonic() - started < 2.5
    assert [s.path for s in sources] == [site.url("/news/bridge-closes.html"), site.url("/plain/ferry.txt")]
    (note,) = notes
    assert note.startswith(f"{bad}: ") and FAILURES[path] in note and "\n" not in note
    assert not list((tmp_path / "pages").glob("*.tmp*"))


def test_the_huge_page_is_not_read_to_its_end(site: Site, tmp_path: Path) -> None:
    site.huge_sent.clear()
    notes: list[str] = []
    with pytest.raises(InputError, match="larger than 5 MB"):
        fetch_sources([site.url("/huge")], notes=notes, cache_dir=tmp_path)
    deadline = time.monotonic() + 10
    while not site.huge_sent and time.monotonic() < deadline:
        time.sleep(0.05)
    assert site.huge_sent and site.huge_sent[0] < HUGE_BYTES / 2  # the client hung up well before the end


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (f"http://127.0.0.1:{_closed_port()}/story", "cannot connect ("),
        ("ftp://127.0.0.1/story.txt", "only http:// and https:// addresses are read"),
    ],
)
def test_unreachable_and_unsupported_addresses_are_one_line(tmp_path: Path, url: str, message: str) -> None:
    notes: list[str] = []
    with pytest.raises(InputError) as raised:
        fetch_sources([url], notes=notes, cache_dir=tmp_path, timeout=2)
    assert str(raised.value) == notes[0] and notes[0].startswith(f"{url}: ") and message in notes[0]
    assert len(notes) == 1 and "\n" not in notes[0]


def test_when_every_url_fails_the_first_message_is_raised(site: Site, tmp_path: Path) -> None:
    notes: list[str] = []
    with pytest.raises(InputError) as raised:
        fetch_sources([site.url("/missing"), site.url("/photo.png")], notes=notes, cache_dir=tmp_path)
    assert str(raised.value) == notes[0] == f"{site.url('/missing')}: HTTP 404 Not Found; check the address"
    assert len(notes) == 2


def test_a_warm_run_fetches_nothing_even_with_the_server_gone(tmp_path: Path) -> None:
    with serve() as gone:
        urls = [gone.url("/news/bridge-closes.html"), gone.url("/plain/ferry.txt")]
        cold = fetch_sources(urls, notes=[], cache_dir=tmp_path)
        assert sum(gone.requests.values()) == 2
    notes: list[str] = []
    warm = fetch_sources(urls, notes=notes, cache_dir=tmp_path)
    assert notes == []
    assert [s.model_dump() | {"text": s.text} for s in warm] == [s.model_dump() | {"text": s.text} for s in cold]
    with pytest.raises(InputError, match="cannot connect"):  # refresh goes to the network: gone now
        fetch_sources(urls[:1], notes=[], cache_dir=tmp_path, refresh=True)


def test_the_cache_is_counted_and_a_damaged_entry_is_a_miss(site: Site, tmp_path: Path) -> None:
    url = site.url("/archive/bridge-closes.html")
    fetch_sources([url], notes=[], cache_dir=tmp_path)
    fetch_sources([url], notes=[], cache_dir=tmp_path)
    assert site.requests["/archive/bridge-closes.html"] == 1
    entry = PageCache(tmp_path / "pages").path(url)
    assert json.loads(entry.read_text(encoding="utf-8"))["url"] == url
    entry.write_text('{"url": "' + url + '", "text": ', encoding="utf-8")  # cut short, as by a crash
    (source,) = fetch_sources([url], notes=[], cache_dir=tmp_path)
    assert source.title == TITLE and site.requests["/archive/bridge-closes.html"] == 2
    fetch_sources([url], notes=[], cache_dir=tmp_path, refresh=True)
    assert site.requests["/archive/bridge-closes.html"] == 3
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]  # no temp file left behind


def test_the_default_cache_is_factcheck_cache_dir(site: Site, tmp_path: Path) -> None:
    url = site.url("/news/bridge-closes.html")
    fetch_sources([url], notes=[], cache_dir=None)
    assert PageCache(tmp_path / "cache" / "pages").path(url).is_file()


def test_the_timeout_can_be_set_in_the_environment(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_FETCH_TIMEOUT", "0.5")
    notes: list[str] = []
    fetch_sources([site.url("/slow"), site.url("/plain/ferry.txt")], notes=notes, cache_dir=tmp_path)
    assert notes == [f"{site.url('/slow')}: no answer within 0.5 s; try again later or save the page and give the file"]
    monkeypatch.setenv("FACTCHECK_FETCH_TIMEOUT", "soon")
    with pytest.raises(InputError, match="FACTCHECK_FETCH_TIMEOUT"):
        fetch_sources([site.url("/plain/ferry.txt")], notes=[], cache_dir=tmp_path)


def test_ids_come_from_the_address_and_stay_unique() -> None:
    assert url_id("https://www.example.com/2025/03/ferry-sinks.html?ref=home") == "example.com/ferry-sinks"
    assert url_id("https://example.com/") == "example.com"
    assert url_id("http://127.0.0.1:8080/news/caf%C3%A9 story_2") == "127.0.0.1/café-story-2"


def test_files_and_urls_keep_their_order_and_unique_ids(site: Site, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    first = tmp_path / "a" / "bridge-closes"
    first.write_text(PLAIN, encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text(PLAIN, encoding="utf-8")
    urls = [site.url("/news/bridge-closes.html"), site.url("/archive/bridge-closes.html")]
    notes: list[str] = []
    sources = read_sources([str(first), urls[0], str(second), urls[1], urls[0]], notes, cache_dir=tmp_path)
    assert [s.id for s in sources] == [
        "bridge-closes",
        "127.0.0.1/bridge-closes",
        "b.txt",
        "127.0.0.1/bridge-closes-2",
    ]
    assert [s.path for s in sources] == [str(first), urls[0], str(second), urls[1]]
    assert notes == []


def test_a_url_that_fails_beside_a_file_is_skipped_with_a_note(site: Site, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(PLAIN, encoding="utf-8")
    notes: list[str] = []
    sources = read_sources([site.url("/missing"), str(article)], notes, cache_dir=tmp_path)
    assert [s.id for s in sources] == ["a.txt"]
    assert notes == [f"skipped {site.url('/missing')}: HTTP 404 Not Found; check the address"]
    with pytest.raises(InputError, match="HTTP 404"):
        read_sources([site.url("/missing"), str(article)], cache_dir=tmp_path)  # no notes: the first failure raises


def test_find_articles_leaves_urls_to_the_fetcher(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(PLAIN, encoding="utf-8")
    assert find_articles(["https://news.example.invalid/story", str(article)]) == [article]


def test_local_files_never_import_the_http_client(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(PLAIN, encoding="utf-8")
    code = (
        "import sys; from factcheck.ingest import read_sources; "
        f"read_sources([{str(article)!r}]); print('httpx' in sys.modules, 'trafilatura' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


runner = CliRunner()


def test_cli_extract_reads_a_url(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp: object) -> None:
    monkeypatch.chdir(tmp_path)
    url = site.url("/news/bridge-closes.html")
    result = runner.invoke(app, ["extract", url, "--format", "json"], prog_name="factcheck")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    (source,) = report["sources"]
    assert source | {"path": url, "url": url, "site": SITE, "published": "2024-03-12", "title": TITLE} == source
    assert report["claims"] and all(c["source"] == "127.0.0.1/bridge-closes" for c in report["claims"])
    text = "\n\n".join([TITLE, "Published 2024-03-12", *PARAGRAPHS]) + "\n"
    assert all(text[c["start"] : c["end"]] == c["text"] for c in report["claims"])


def test_cli_a_url_that_fails_is_one_line_and_exit_2(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for command in ("extract", "compare"):
        result = runner.invoke(app, [command, site.url("/missing"), "--format", "json"], prog_name="factcheck")
        assert result.exit_code == 2
        assert result.stderr == f"error: {site.url('/missing')}: HTTP 404 Not Found; check the address\n"
        assert result.stdout == "" and "Traceback" not in result.output


def test_compare_fetches_a_page_once_and_again_only_without_the_cache(site: Site, tmp_path: Path, nlp: object) -> None:
    from factcheck import compare_paths

    url = site.url("/news/bridge-closes.html")
    before = site.requests["/news/bridge-closes.html"]
    for _ in range(2):
        compare_paths([url], nlp=nlp, cache=tmp_path / "cache")
    assert site.requests["/news/bridge-closes.html"] - before == 1
    compare_paths([url], nlp=nlp, cache=False)
    assert site.requests["/news/bridge-closes.html"] - before == 2


def test_no_claims_file_is_looked_for_when_every_article_is_a_url(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.pipeline import find_claims_file

    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.yaml").write_text("claims: []\n")
    assert find_claims_file([site.url("/news/bridge-closes.html")]) is None
